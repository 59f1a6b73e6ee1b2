"""The evaluation worker: a stored HF model loaded in its own torch process, answering requests on a pipe.

    python -m appliance.eval.worker hf      (torch + transformers: a stored model)

The model lives in ``worker_hf.py``. (An export's GGUF is asked through llama-server instead:
``gguf_cases.py``, with the same request and answer shapes.) The process declares its kind before
anything loads (llama.cpp and torch never share a process). The parent writes one JSON object per line on stdin and reads one per line on stdout;
cases travel only through the pipe, so a sealed suite's text is never written to disk here.

    → {"load": {...}}                           ← {"ready": true, "chat_template": bool, "n_ctx": N}
    → {"op": "generate", "messages": [...], "max_tokens": N, "repeat_penalty": R}
                                                ← {"text": "...", "tokens": N, "prompt_tokens": N, "ms": T}
    → {"op": "choices", "messages": [...], "choices": ["...", ...]}
                                                ← {"logprobs": [...], "ms": T}
    → {"op": "loss", "texts": [...]}  (hf only) ← {"bits_per_char": B, "nll_per_token": L, "tokens": N, "chars": C}
    ← {"error": "..."} for a request that failed (the worker keeps going)

Decoding is deterministic: greedy (temperature 0), seed 0.
"""

from __future__ import annotations

import json
import sys

from appliance import isolation
from appliance.offline import apply_offline_env, install_network_guard


def _send(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    apply_offline_env()
    install_network_guard()
    if argv != ["hf"]:
        print("usage: python -m appliance.eval.worker hf", file=sys.stderr)
        return 2
    isolation.install(isolation.TORCH)
    line = sys.stdin.readline()
    if not line:
        return 2
    try:
        from appliance.eval.worker_hf import HfModel as Model

        model = Model(json.loads(line)["load"])
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a clear error
        _send({"error": f"{type(exc).__name__}: {exc}"})
        return 1
    _send({"ready": True, **model.facts()})
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        op = getattr(model, req.get("op", ""), None)
        if req.get("op") not in ("generate", "choices", "loss") or op is None:
            _send({"error": f"the {argv[0]} worker has no operation {req.get('op')!r}"})
            continue
        try:
            _send(op(req))
        except Exception as exc:  # noqa: BLE001 - one failed case is reported, the rest go on
            _send({"error": f"{type(exc).__name__}: {exc}"})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
