"""The export gate's torch half: what the source model and its Hugging Face tokenizer say.

Runs in a torch worker process (``python -m appliance.export.workers gate-reference``), never
beside llama.cpp (``appliance/isolation.py``). It writes two files into the gate's work folder:

* ``reference.json``: the tokenizer's facts (BOS/EOS ids and names, add-BOS behaviour, chat
  template, end-of-turn ids of the generation config), the token ids of every logit prompt (the
  llama.cpp half feeds exactly these), the HF tokenization of every tokenizer probe with each
  token's text, and the HF rendering (text and ids) of every chat probe;
* ``reference-logprobs.npy``: float32 log-probabilities, one row per probe position (the
  prompts' positions concatenated in order), the full vocabulary per row.

For a model whose vocabulary was extended it also counts the new embedding rows still holding the
values the extension gave them (``appliance/tokenizer/extension.py``): never trained.

The reference model is loaded in its stored dtype when that takes at most 40 % of available
memory, otherwise in bfloat16 (a 7B model is then ~14 GB); one forward pass per prompt.
"""

from __future__ import annotations

import json
from pathlib import Path

from appliance.export import probes
from appliance.export.gate_files import REFERENCE_JSON, REFERENCE_LOGPROBS, log_softmax, read_parity
from appliance.messages import M
from appliance.tokenizer.extension import read_rows_record, untrained_rows


def reference_dtype_for(params: int, stored_dtype: str) -> str:
    import psutil

    avail = psutil.virtual_memory().available
    stored = stored_dtype if stored_dtype in ("float32", "float16", "bfloat16") else "float32"
    bytes_per = 4 if stored == "float32" else 2
    return stored if params * bytes_per <= 0.4 * avail else "bfloat16"


def tokenizer_facts(tok, model_dir: Path) -> dict:
    from appliance.models.hf import generation_eos_ids

    eog = sorted(set(generation_eos_ids(model_dir) + ([tok.eos_token_id] if tok.eos_token_id is not None else [])))
    return {
        "bos_token_id": tok.bos_token_id,
        "eos_token_id": tok.eos_token_id,
        "bos_token": tok.convert_ids_to_tokens(tok.bos_token_id) if tok.bos_token_id is not None else None,
        "eos_token": tok.convert_ids_to_tokens(tok.eos_token_id) if tok.eos_token_id is not None else None,
        "adds_bos": tok.bos_token_id is not None and tok("a")["input_ids"][:1] == [tok.bos_token_id],
        "chat_template": getattr(tok, "chat_template", None) or None,
        "end_of_turn": [{"id": i, "token": tok.convert_ids_to_tokens(i)} for i in eog],
    }


def _chat(tok) -> list[dict]:
    out = []
    if not getattr(tok, "chat_template", None):
        return out
    for msgs in probes.CHAT_PROBES:
        text = tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
        ids = tok.apply_chat_template(msgs, tokenize=True, add_generation_prompt=True)
        if hasattr(ids, "input_ids"):
            ids = ids["input_ids"]
        out.append({"messages": len(msgs), "text": text, "ids": [int(i) for i in ids]})
    return out


def _tokens(tok, text: str) -> dict:
    ids = tok.encode(text, add_special_tokens=False)
    return {"ids": ids, "pieces": [tok.decode([i]) for i in ids]}


def _tokenizer_probes(tok) -> list[dict]:
    out = []
    for category, text in probes.TOKENIZER_PROBES:
        ids = tok.encode(text, add_special_tokens=False)
        out.append({"category": category, "text": text, "ids": ids, "pieces": [tok.decode([i]) for i in ids]})
    return out


def collect(
    model_dir: Path, out_dir: Path, *, params: int, stored_dtype: str, progress=lambda *a: None, cancelled=lambda: False
) -> dict:
    """Write ``reference.json`` and ``reference-logprobs.npy`` into ``out_dir``; returns the JSON."""
    import numpy as np
    import torch

    from appliance.models.hf import load_causal_lm, load_tokenizer

    model_dir, out_dir = Path(model_dir), Path(out_dir)
    progress(M("gate.progress.reading_tokenizer", "Reading the Hugging Face tokenizer"))
    tok = load_tokenizer(model_dir)
    prompt_ids = [tok(p, add_special_tokens=True)["input_ids"] for p in probes.LOGIT_PROMPTS]
    ref = {
        "tokenizer": tokenizer_facts(tok, model_dir),
        "prompt_ids": prompt_ids,
        "tokenizer_probes": _tokenizer_probes(tok),
        "chat": _chat(tok),
        "parity": {script: [_tokens(tok, line) for line in lines] for script, lines in read_parity(out_dir).items()},
    }
    ref_dtype = reference_dtype_for(params, stored_dtype)
    ref["reference_dtype"] = ref_dtype
    progress(M("gate.progress.loading_reference", "Loading the reference model ({dtype})", dtype=ref_dtype))
    model = load_causal_lm(model_dir, dtype=ref_dtype)
    record = read_rows_record(model_dir)
    if record is not None:  # an extended vocabulary: are its new rows still as the extension made them?
        ref["new_rows"] = untrained_rows(model, record, stored_dtype)
    rows = sum(len(p) for p in prompt_ids)
    out = None
    try:
        with torch.inference_mode():
            start = 0
            for i, ids in enumerate(prompt_ids):
                if cancelled():
                    return ref
                progress(M("gate.progress.reference_logits", "reference logits"), i, len(prompt_ids))
                logits = model(torch.tensor([ids])).logits[0].float().numpy()
                if out is None:
                    out = np.lib.format.open_memmap(
                        out_dir / REFERENCE_LOGPROBS, mode="w+", dtype=np.float32, shape=(rows, logits.shape[1])
                    )
                out[start : start + len(ids)] = log_softmax(logits)
                start += len(ids)
        out.flush()
    finally:
        del model
    ref["vocab_rows"] = int(out.shape[1])
    (out_dir / REFERENCE_JSON).write_text(json.dumps(ref, ensure_ascii=False))
    return ref
