"""The evaluation worker's llama.cpp model: an export's GGUF, loaded as ``appliance serve`` loads it
(``appliance/eval/worker.py`` runs it in a llama.cpp process)."""

from __future__ import annotations

import math
import time


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
