"""The evaluation worker: one model loaded in its own process, answering requests on a pipe.

    python -m appliance.eval.worker gguf    (llama.cpp: an export, as it is served)
    python -m appliance.eval.worker hf      (torch + transformers: a stored model)

The process declares its kind before anything loads (llama.cpp and torch never share a
process). The parent writes one JSON object per line on stdin and reads one per line on stdout;
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
import math
import sys
import time

from appliance import isolation
from appliance.offline import apply_offline_env, install_network_guard


def _send(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _log_softmax_at(logits, token: int) -> float:
    import numpy as np

    row = np.asarray(logits, dtype=np.float64)
    m = row.max()
    return float(row[token] - m - math.log(np.exp(row - m).sum()))


class GgufModel:
    def __init__(self, spec: dict):
        from pathlib import Path

        from appliance.serving.runtime import Servable, load_llama

        s = dict(spec["servable"])
        s["path"] = Path(s["path"])
        s["eog_ids"] = tuple(s.get("eog_ids", ()))
        self.servable = Servable(**s)
        self.llm = load_llama(self.servable, n_ctx=int(spec.get("n_ctx", 2048)), seed=0, logits_all=True)
        self.template = self.llm.metadata.get("tokenizer.chat_template")

    def facts(self) -> dict:
        return {"chat_template": bool(self.template), "n_ctx": self.llm.n_ctx()}

    def generate(self, req: dict) -> dict:
        t0 = time.perf_counter()
        r = self.llm.create_chat_completion(
            messages=req["messages"],
            temperature=0.0,
            max_tokens=int(req["max_tokens"]),
            repeat_penalty=float(req.get("repeat_penalty", 1.0)),
            seed=0,
        )
        usage = r.get("usage") or {}
        return {
            "text": r["choices"][0]["message"]["content"] or "",
            "tokens": int(usage.get("completion_tokens", 0)),
            "prompt_tokens": int(usage.get("prompt_tokens", 0)),
            "ms": round((time.perf_counter() - t0) * 1000, 1),
        }

    def _prompt_tokens(self, messages: list[dict]) -> list[int]:
        from llama_cpp import llama_chat_format

        llm = self.llm
        eos, bos = llm.token_eos(), llm.token_bos()
        fmt = llama_chat_format.Jinja2ChatFormatter(
            template=self.template,
            eos_token=llm._model.token_get_text(eos) if eos != -1 else "",
            bos_token=llm._model.token_get_text(bos) if bos != -1 else "",
        )
        resp = fmt(messages=messages)
        return llm.tokenize(resp.prompt.encode("utf-8"), add_bos=not resp.added_special, special=True)

    def choices(self, req: dict) -> dict:
        t0 = time.perf_counter()
        llm = self.llm
        prompt = self._prompt_tokens(req["messages"])
        out = []
        for choice in req["choices"]:
            cont = llm.tokenize(choice.encode("utf-8"), add_bos=False, special=False)
            tokens = prompt + cont
            if len(tokens) > llm.n_ctx():
                raise ValueError(f"the prompt and a choice take {len(tokens)} tokens, past the context {llm.n_ctx()}")
            llm.reset()
            llm.eval(tokens)
            scores = llm.scores
            out.append(sum(_log_softmax_at(scores[len(prompt) - 1 + i], t) for i, t in enumerate(cont)))
        return {"logprobs": out, "ms": round((time.perf_counter() - t0) * 1000, 1)}


class HfModel:
    def __init__(self, spec: dict):
        from pathlib import Path

        from appliance.models.hf import load_causal_lm, load_tokenizer

        self.dir = Path(spec["model_dir"])
        self.tok = load_tokenizer(self.dir)
        self.model = load_causal_lm(self.dir)
        self.model.eval()
        self.n_ctx = int(spec.get("n_ctx", 2048))

    def facts(self) -> dict:
        return {"chat_template": bool(getattr(self.tok, "chat_template", None)), "n_ctx": self.n_ctx}

    def _prompt(self, messages: list[dict]) -> list[int]:
        text = self.tok.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        return self.tok.encode(text, add_special_tokens=False)

    def generate(self, req: dict) -> dict:
        import torch

        t0 = time.perf_counter()
        ids = self._prompt(req["messages"])
        with torch.inference_mode():
            out = self.model.generate(
                torch.tensor([ids]),
                attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                max_new_tokens=int(req["max_tokens"]),
                do_sample=False,
                repetition_penalty=float(req.get("repeat_penalty", 1.0)),
                pad_token_id=self.tok.pad_token_id if self.tok.pad_token_id is not None else self.tok.eos_token_id,
            )
        new = out[0, len(ids) :].tolist()
        return {
            "text": self.tok.decode(new, skip_special_tokens=True),
            "tokens": len(new),
            "prompt_tokens": len(ids),
            "ms": round((time.perf_counter() - t0) * 1000, 1),
        }

    def choices(self, req: dict) -> dict:
        import torch

        t0 = time.perf_counter()
        prompt = self._prompt(req["messages"])
        out = []
        with torch.inference_mode():
            for choice in req["choices"]:
                cont = self.tok.encode(choice, add_special_tokens=False)
                ids = torch.tensor([prompt + cont])
                logits = self.model(input_ids=ids).logits[0].float()
                lp = torch.log_softmax(logits[len(prompt) - 1 : -1], dim=-1)
                out.append(float(lp[torch.arange(len(cont)), torch.tensor(cont)].sum()))
        return {"logprobs": out, "ms": round((time.perf_counter() - t0) * 1000, 1)}

    def loss(self, req: dict) -> dict:
        from appliance.data.tokenizer_report import bits_per_char

        texts = [t for t in req["texts"] if t]
        bpc = bits_per_char(self.model, self.tok, texts)
        chars = sum(len(t) for t in texts)
        tokens = sum(len(self.tok.encode(t, add_special_tokens=False)) for t in texts)
        nll = bpc * math.log(2) * chars / tokens if tokens else 0.0
        return {"bits_per_char": round(bpc, 4), "nll_per_token": round(nll, 4), "tokens": tokens, "chars": chars}


def main(argv: list[str]) -> int:
    apply_offline_env()
    install_network_guard()
    if len(argv) != 1 or argv[0] not in ("gguf", "hf"):
        print("usage: python -m appliance.eval.worker gguf|hf", file=sys.stderr)
        return 2
    isolation.install(isolation.LLAMA if argv[0] == "gguf" else isolation.TORCH)
    line = sys.stdin.readline()
    if not line:
        return 2
    try:
        model = (GgufModel if argv[0] == "gguf" else HfModel)(json.loads(line)["load"])
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
