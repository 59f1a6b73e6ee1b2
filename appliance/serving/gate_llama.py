"""The export gate's llama.cpp half: what the GGUF says, read the way the runtime reads it.

Runs in a llama.cpp worker process (``python -m appliance.serving.workers gate-llama``), never
beside torch (``appliance/isolation.py``). It reads the token ids the torch half wrote
(``reference.json``: the same ids are fed to both models, so weights are judged apart from the
tokenizers) and writes into the gate's work folder:

* ``llama.json``: whether llama.cpp loads the file (and its error if not), the embedded chat
  template and BOS/EOS ids (GGUF metadata through gguf-py's ``Keys``), which end-of-turn ids
  llama.cpp treats as end of generation, its add-BOS flag, each chat probe rendered by
  llama-cpp-python's Jinja formatter and tokenized the way its chat handler does, and each
  tokenizer probe tokenized with ``special=True`` (ids, the text of each token, and whether
  the tokens decode back to the exact text);
* ``llama-logprobs.npy``: float32 log-probabilities at every probe position, laid out like the
  reference's.

The GGUF is memory-mapped; only the probe positions' rows are kept.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from appliance.serving import probes
from appliance.serving.gate_files import LLAMA_JSON, LLAMA_LOGPROBS, REFERENCE_JSON, log_softmax, read_parity


def _metadata(gguf_path: Path) -> dict:
    import gguf

    reader = gguf.GGUFReader(gguf_path)

    def field(key):
        f = reader.fields.get(key)
        return f.contents() if f is not None else None

    K = gguf.Keys.Tokenizer
    return {"chat_template": field(K.CHAT_TEMPLATE), "bos_id": field(K.BOS_ID), "eos_id": field(K.EOS_ID)}


def _chat(llm, llama_chat_format) -> list[dict]:
    template = llm.metadata.get("tokenizer.chat_template")
    if not template:
        return []
    eos_id, bos_id = llm.token_eos(), llm.token_bos()
    fmt = llama_chat_format.Jinja2ChatFormatter(
        template=template,
        eos_token=llm._model.token_get_text(eos_id) if eos_id != -1 else "",
        bos_token=llm._model.token_get_text(bos_id) if bos_id != -1 else "",
    )
    out = []
    for msgs in probes.CHAT_PROBES:
        text = fmt(messages=msgs).prompt
        # Exactly how llama-cpp-python's chat handler tokenizes a rendered Jinja chat.
        ids = llm.tokenize(text.encode(), add_bos=False, special=True)
        out.append({"messages": len(msgs), "text": text, "ids": [int(i) for i in ids]})
    return out


def _tokens(llm, text: str) -> dict:
    ids = llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
    pieces = [llm.detokenize([i], special=True).decode("utf-8", "backslashreplace") for i in ids]
    lossless = llm.detokenize(ids, special=True).decode("utf-8", "replace") == text
    return {"ids": [int(i) for i in ids], "pieces": pieces, "lossless": lossless}


def _tokenizer_probes(llm) -> list[dict]:
    return [{"category": category, **_tokens(llm, text)} for category, text in probes.TOKENIZER_PROBES]


def collect(gguf_path: Path, work_dir: Path, *, progress=lambda *a: None, cancelled=lambda: False) -> dict:
    """Write ``llama.json`` and ``llama-logprobs.npy`` into ``work_dir``; returns the JSON."""
    import numpy as np

    from appliance.serving.native import llama_module

    work_dir = Path(work_dir)
    ref = json.loads((work_dir / REFERENCE_JSON).read_text())
    prompt_ids = ref["prompt_ids"]
    n_ctx = max(64, max(len(p) for p in prompt_ids) + 16)
    result: dict = {"metadata": _metadata(gguf_path)}
    progress("Loading the GGUF in llama.cpp")
    llama_cpp = llama_module()
    from llama_cpp import Llama, llama_chat_format

    try:
        llm = Llama(
            str(gguf_path), n_ctx=n_ctx, logits_all=True, n_threads=os.cpu_count(), n_gpu_layers=0, verbose=False
        )
    except (ValueError, RuntimeError, OSError) as exc:
        result["load_error"] = str(exc)
        (work_dir / LLAMA_JSON).write_text(json.dumps(result, ensure_ascii=False))
        return result
    try:
        result.update(n_vocab=llm.n_vocab(), n_ctx=llm.n_ctx())
        vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        result["end_of_generation"] = {
            str(t["id"]): bool(llama_cpp.llama_vocab_is_eog(vocab, t["id"])) for t in ref["tokenizer"]["end_of_turn"]
        }
        result["adds_bos"] = bool(llama_cpp.llama_vocab_get_add_bos(vocab))
        result["chat"] = _chat(llm, llama_chat_format)
        result["tokenizer_probes"] = _tokenizer_probes(llm)
        result["parity"] = {
            script: [_tokens(llm, line) for line in lines] for script, lines in read_parity(work_dir).items()
        }
        rows = sum(len(p) for p in prompt_ids)
        out = np.lib.format.open_memmap(
            work_dir / LLAMA_LOGPROBS, mode="w+", dtype=np.float32, shape=(rows, llm.n_vocab())
        )
        start = 0
        for i, ids in enumerate(prompt_ids):
            if cancelled():
                return result
            progress("llama.cpp logits", i, len(prompt_ids))
            llm.reset()
            llm.eval(ids)
            out[start : start + len(ids)] = log_softmax(np.array(llm.scores[: len(ids)], dtype=np.float32))
            start += len(ids)
        out.flush()
    finally:
        llm.close()
    (work_dir / LLAMA_JSON).write_text(json.dumps(result, ensure_ascii=False))
    return result
