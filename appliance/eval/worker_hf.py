"""The evaluation worker's transformers model: a stored HF model (``appliance/eval/worker.py`` runs
it in a torch process)."""

from __future__ import annotations

import math
import time


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
        from appliance.tokenizer.report import bits_per_char

        texts = [t for t in req["texts"] if t]
        bpc = bits_per_char(self.model, self.tok, texts)
        chars = sum(len(t) for t in texts)
        tokens = sum(len(self.tok.encode(t, add_special_tokens=False)) for t in texts)
        nll = bpc * math.log(2) * chars / tokens if tokens else 0.0
        return {"bits_per_char": round(bpc, 4), "nll_per_token": round(nll, 4), "tokens": tokens, "chars": chars}
