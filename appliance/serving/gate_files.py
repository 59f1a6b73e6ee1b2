"""What the export gate's two halves exchange: file names in the gate's work folder, and the
one numeric transform both apply (log-softmax in float64, stored as float32).

Shared by the torch half (``gate_reference.py``), the llama.cpp half (``gate_llama.py``) and
the judge (``verify.py``); it imports neither stack.
"""

from __future__ import annotations

REFERENCE_JSON = "reference.json"
REFERENCE_LOGPROBS = "reference-logprobs.npy"
LLAMA_JSON = "llama.json"
LLAMA_LOGPROBS = "llama-logprobs.npy"


def log_softmax(x):
    import numpy as np

    x = x.astype(np.float64)
    m = x.max(axis=-1, keepdims=True)
    return (x - m - np.log(np.exp(x - m).sum(axis=-1, keepdims=True))).astype(np.float32)
