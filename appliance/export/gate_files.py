"""What the export gate's two halves exchange: file names in the gate's work folder, and the
one numeric transform both apply (log-softmax in float64, stored as float32).

Shared by the torch half (``gate_reference.py``), the llama.cpp half (``gate_llama.py``) and
the judge (``verify.py``); it imports neither stack.
"""

from __future__ import annotations

REFERENCE_JSON = "reference.json"
REFERENCE_LOGPROBS = "reference-logprobs.npy"
LLAMA_JSON = "llama.json"
# The llama.cpp half's next-token distributions: the TOP_K most likely tokens at each probe
# position (ids, and their log-probabilities over the whole vocabulary), most likely first.
LLAMA_TOP_IDS = "llama-top-ids.npy"
LLAMA_TOP_LOGPROBS = "llama-top-logprobs.npy"
TOP_K = 64
# Held-out corpus lines per script of an extended vocabulary (``appliance/tokenizer/corpus.py``): both
# halves tokenize them. The work folder is private scratch removed when the gate ends.
PARITY_JSON = "parity.json"


def write_parity(work_dir, lines_by_script: dict[str, list[str]]) -> None:
    import json
    from pathlib import Path

    (Path(work_dir) / PARITY_JSON).write_text(json.dumps(lines_by_script, ensure_ascii=False), encoding="utf-8")


def read_parity(work_dir) -> dict[str, list[str]]:
    import json
    from pathlib import Path

    path = Path(work_dir) / PARITY_JSON
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def log_softmax(x):
    import numpy as np

    x = x.astype(np.float64)
    m = x.max(axis=-1, keepdims=True)
    return (x - m - np.log(np.exp(x - m).sum(axis=-1, keepdims=True))).astype(np.float32)
