"""The previous engine, kept only as a benchmark baseline: the GGUF loaded into this Python process
through llama-cpp-python, as the appliance did before issue 26 (``load_llama`` with the
template's Jinja formatter, ``logits_all`` for the gate). Run by ``bench/bench_engine.py`` in a
process of its own; prints one JSON object.

    python bench/inprocess_baseline.py chat GGUF TURNS MAX_TOKENS
    python bench/inprocess_baseline.py gate GGUF WORK_DIR
    python bench/inprocess_baseline.py eval GGUF CASES MAX_TOKENS
"""

from __future__ import annotations

import json
import os
import sys
import time


def _load(gguf: str, n_ctx: int, logits_all: bool = False):
    from llama_cpp import Llama, llama_chat_format

    t0 = time.perf_counter()
    llm = Llama(
        gguf, n_ctx=n_ctx, n_threads=os.cpu_count(), n_gpu_layers=0, seed=0, logits_all=logits_all, verbose=False
    )
    template = llm.metadata.get("tokenizer.chat_template")
    eos, bos = llm.token_eos(), llm.token_bos()
    fmt = llama_chat_format.Jinja2ChatFormatter(
        template=template,
        eos_token=llm._model.token_get_text(eos) if eos != -1 else "",
        bos_token=llm._model.token_get_text(bos) if bos != -1 else "",
        stop_token_ids=[eos],
    )
    llm.chat_handler = fmt.to_chat_handler()
    return llm, fmt, time.perf_counter() - t0


def chat(gguf: str, turns: int, max_tokens: int) -> dict:
    from prompts import CHAT_PROMPTS

    llm, _fmt, load_s = _load(gguf, 2048)
    ttft = []
    for i in range(turns):
        msgs = [{"role": "user", "content": CHAT_PROMPTS[i % len(CHAT_PROMPTS)]}]
        t0 = time.perf_counter()
        first = None
        for chunk in llm.create_chat_completion(msgs, stream=True, max_tokens=max_tokens, temperature=0.0):
            if first is None and (chunk["choices"][0].get("delta") or {}).get("content"):
                first = time.perf_counter() - t0
        ttft.append(first)
    return {"load_s": load_s, "ttft_s": ttft}


def gate(gguf_file: str, work_dir: str) -> dict:
    """The llama.cpp half as it was: every probe position's full-vocabulary log-probabilities."""
    from pathlib import Path

    import numpy as np

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import gguf

    from appliance.export import probes
    from appliance.export.gate_files import log_softmax

    t0 = time.perf_counter()
    reader = gguf.GGUFReader(gguf_path := Path(gguf_file))  # the metadata, read as the old half read it
    for key in (gguf.Keys.Tokenizer.CHAT_TEMPLATE, gguf.Keys.Tokenizer.BOS_ID, gguf.Keys.Tokenizer.EOS_ID):
        f = reader.fields.get(key)
        _ = f.contents() if f is not None else None
    ref = json.loads((Path(work_dir) / "reference.json").read_text())
    prompt_ids = ref["prompt_ids"]
    llm, fmt, _ = _load(str(gguf_path), max(64, max(len(p) for p in prompt_ids) + 16), logits_all=True)
    for msgs in probes.CHAT_PROBES:
        llm.tokenize(fmt(messages=msgs).prompt.encode(), add_bos=False, special=True)
    for _cat, text in probes.TOKENIZER_PROBES:
        ids = llm.tokenize(text.encode(), add_bos=False, special=True)
        [llm.detokenize([i], special=True) for i in ids]
    rows = []
    for ids in prompt_ids:
        llm.reset()
        llm.eval(ids)
        rows.append(log_softmax(np.array(llm.scores[: len(ids)], dtype=np.float32)))
    np.save(Path(work_dir) / "baseline-full-logprobs.npy", np.concatenate(rows))
    return {"seconds": time.perf_counter() - t0}


def eval_cases(gguf: str, cases: int, max_tokens: int) -> dict:
    from prompts import CHAT_PROMPTS

    llm, _fmt, _ = _load(gguf, 2048)
    t0 = time.perf_counter()
    tokens = 0
    for i in range(cases):
        r = llm.create_chat_completion(
            [{"role": "user", "content": CHAT_PROMPTS[i % len(CHAT_PROMPTS)]}],
            max_tokens=max_tokens,
            temperature=0.0,
            seed=0,
        )
        tokens += r["usage"]["completion_tokens"]
    return {"seconds": time.perf_counter() - t0, "tokens": tokens}


if __name__ == "__main__":
    mode, gguf, *rest = sys.argv[1:]
    if mode == "chat":
        out = chat(gguf, int(rest[0]), int(rest[1]))
    elif mode == "gate":
        out = gate(gguf, rest[0])
    else:
        out = eval_cases(gguf, int(rest[0]), int(rest[1]))
    print(json.dumps(out))
