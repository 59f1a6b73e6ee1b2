"""The export gate's llama.cpp half: what the GGUF says, read the way the server runs it.

Runs in a worker process of the llama.cpp kind (``python -m appliance.export.workers
gate-llama``), which starts ``llama-server`` on the GGUF (``serving/llama_client.py``: the same
binary and flags ``appliance serve`` runs, so the gate checks the engine that serves) and asks it
through its own endpoints. It reads the token ids the torch half wrote (``reference.json``: the
same ids are fed to both models, so weights are judged apart from the tokenizers) and writes
into the gate's work folder:

* ``llama.json``: whether llama-server loads the file (and llama.cpp's reason if not), the
  embedded chat template and BOS/EOS ids (GGUF metadata through gguf-py's ``Keys``), which
  end-of-turn ids the server stops generating at, its add-BOS flag, each chat probe rendered by
  the server's template engine (``/apply-template``) and tokenized as the server tokenizes a chat
  prompt, and each tokenizer probe tokenized with special-token parsing on (ids, each token's
  text, and whether the tokens decode back to the exact text);
* ``llama-top-ids.npy`` / ``llama-top-logprobs.npy``: at every probe position, the ``TOP_K``
  most likely next tokens and their log-probabilities over the whole vocabulary (llama-server
  reports log-probabilities of generated positions only, so each position is one one-token
  completion after its prefix, the prefix cached).
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from appliance.export import probes
from appliance.export.gate_files import (
    LLAMA_JSON,
    LLAMA_TOP_IDS,
    LLAMA_TOP_LOGPROBS,
    REFERENCE_JSON,
    TOP_K,
    read_parity,
)
from appliance.messages import M

SLOTS = 10  # prompts whose positions decode together


def _metadata(gguf_path: Path) -> dict:
    import gguf

    from appliance.serving.gguf_meta import read_metadata

    meta = read_metadata(gguf_path)
    K = gguf.Keys.Tokenizer
    return {"chat_template": meta.get(K.CHAT_TEMPLATE), "bos_id": meta.get(K.BOS_ID), "eos_id": meta.get(K.EOS_ID)}


def _chat(backend, adds_bos: bool) -> list[dict]:
    if not backend.chat_template():
        return []
    out = []
    bos = backend.props().get("bos_token") or ""
    for msgs in probes.CHAT_PROBES:
        rendered = backend.apply_template(msgs)
        # As llama-server tokenizes a rendered chat prompt: special tokens parsed, BOS as the
        # vocabulary says. Where the vocabulary adds BOS, the server drops a BOS the template
        # wrote (llama.cpp's common/chat.cpp), so the text the model reads starts with it again.
        ids = backend.tokenize(rendered, special=True, add_special=True)
        text = bos + rendered if adds_bos and bos and not rendered.startswith(bos) else rendered
        out.append({"messages": len(msgs), "text": text, "rendered": rendered, "ids": ids})
    return out


def _tokens(backend, text: str) -> dict:
    ids, pieces = backend.tokenize_pieces(text, special=True)
    return {"ids": ids, "pieces": pieces, "lossless": backend.detokenize(ids) == text}


def collect(
    gguf_path: Path, work_dir: Path, *, progress=lambda *a: None, cancelled=lambda: False, on_note=None
) -> dict:
    """Write ``llama.json`` and the top log-probabilities into ``work_dir``; returns the JSON."""
    import numpy as np

    from appliance.errors import ServingError
    from appliance.serving.llama_client import LlamaBackend

    work_dir = Path(work_dir)
    ref = json.loads((work_dir / REFERENCE_JSON).read_text())
    prompt_ids = ref["prompt_ids"]
    n_ctx = max(256, max(len(p) for p in prompt_ids) + 16)
    from appliance.serving.gguf_meta import GGUFMetadataError

    try:
        result: dict = {"metadata": _metadata(gguf_path)}
    except GGUFMetadataError as exc:
        result = {"metadata": {}, "load_error": str(exc)}
        (work_dir / LLAMA_JSON).write_text(json.dumps(result, ensure_ascii=False))
        return result
    progress(M("gate.progress.starting_server", "Starting llama.cpp's server on the GGUF"))
    # One slot per prompt: each prompt's positions are asked in order on its own slot (its prefix
    # stays cached) and the slots decode together (1.7 s against 2.2 s on one slot, SmolLM2 q8_0).
    slots = min(len(prompt_ids), SLOTS)
    backend = LlamaBackend(gguf_path, n_ctx=n_ctx, slots=slots, warmup=False, label="gate", on_note=on_note)
    result["placement"] = backend.describe()
    result["placement_message"] = backend.describe_message().to_dict()
    try:
        backend.start()
    except ServingError as exc:
        if (backend.server.exit_status() or 0) <= 0:
            raise  # killed, or never reachable (loopback down, no answer): not the file's fault
        result["load_error"] = exc.msg.render("en").split(": ", 1)[-1]  # llama.cpp's own reason
        (work_dir / LLAMA_JSON).write_text(json.dumps(result, ensure_ascii=False))
        return result
    try:
        meta = backend.model_meta()
        result.update(n_vocab=int(meta.get("n_vocab") or 0), n_ctx=int(meta.get("n_ctx_train") or 0))
        result["end_of_generation"] = {
            str(t["id"]): backend.ends_generation(int(t["id"])) for t in ref["tokenizer"]["end_of_turn"]
        }
        result["adds_bos"] = backend.adds_bos()
        result["chat"] = _chat(backend, result["adds_bos"])
        result["tokenizer_probes"] = [
            {"category": category, **_tokens(backend, text)} for category, text in probes.TOKENIZER_PROBES
        ]
        result["parity"] = {
            script: [_tokens(backend, line) for line in lines] for script, lines in read_parity(work_dir).items()
        }
        rows = sum(len(p) for p in prompt_ids)
        k = min(TOP_K, result["n_vocab"] or TOP_K)
        top_ids = np.zeros((rows, k), dtype=np.int32)
        top_lp = np.full((rows, k), -np.inf, dtype=np.float32)
        starts = [sum(len(p) for p in prompt_ids[:i]) for i in range(len(prompt_ids))]

        def ask(i: int):
            ids = prompt_ids[i]
            return i, backend.top_logprobs([ids[: n + 1] for n in range(len(ids))], k, slot=i % slots)

        asking = M("gate.progress.llama_logprobs", "llama.cpp log-probabilities")
        progress(asking, 0, len(prompt_ids))
        with ThreadPoolExecutor(max_workers=slots) as pool:
            for done, (i, rows_i) in enumerate(pool.map(ask, range(len(prompt_ids))), start=1):
                if cancelled():
                    return result
                for j, row in enumerate(rows_i):
                    top_ids[starts[i] + j, : len(row)] = [t for t, _ in row]
                    top_lp[starts[i] + j, : len(row)] = [lp for _, lp in row]
                progress(asking, done, len(prompt_ids))
        np.save(work_dir / LLAMA_TOP_IDS, top_ids)
        np.save(work_dir / LLAMA_TOP_LOGPROBS, top_lp)
    finally:
        backend.close()
    (work_dir / LLAMA_JSON).write_text(json.dumps(result, ensure_ascii=False))
    return result
