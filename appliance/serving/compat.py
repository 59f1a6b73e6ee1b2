"""OpenAI's legacy completions fields that llama.cpp's server answers in another shape or not at all.

- ``logprobs`` (an integer, 0–5 in OpenAI's API): llama.cpp returns the chat form (``content``:
  a list of ``{token, logprob, top_logprobs}``); clients of ``/v1/completions`` expect
  ``{tokens, token_logprobs, top_logprobs: [{token: logprob}], text_offset}``. Converted here,
  streamed or not.
- ``echo``: llama.cpp ignores it; we put the prompt before the answer (for a stream, as a first
  chunk). The prompt's own tokens get no log-probabilities.
- ``suffix`` (fill in the middle) is refused with a message rather than ignored.
"""

from __future__ import annotations


def legacy_logprobs(lp, offset: int) -> tuple[dict | None, int]:
    """Chat-form log-probabilities as the completions form; returns it and the next text offset."""
    if not isinstance(lp, dict) or "content" not in lp:
        return lp, offset
    out = {"tokens": [], "token_logprobs": [], "top_logprobs": [], "text_offset": []}
    for t in lp.get("content") or []:
        out["tokens"].append(t.get("token", ""))
        out["token_logprobs"].append(t.get("logprob"))
        out["top_logprobs"].append({x.get("token", ""): x.get("logprob") for x in t.get("top_logprobs") or []})
        out["text_offset"].append(offset)
        offset += len(t.get("token", ""))
    return out, offset


class CompletionFix:
    """Rewrites one completion (or its stream's chunks) for ``echo`` and the logprobs form."""

    def __init__(self, body: dict):
        p = body.get("prompt")
        self.prompts = [p] if isinstance(p, str) else list(p or [])
        self.echo = bool(body.get("echo"))
        self.offsets: dict[int, int] = {}

    @staticmethod
    def needed(body: dict) -> bool:
        return bool(body.get("echo")) or body.get("logprobs") not in (None, 0, False)

    def prompt_for(self, index: int) -> str:
        return self.prompts[index] if index < len(self.prompts) else (self.prompts[0] if self.prompts else "")

    def choice(self, c: dict) -> dict:
        i = int(c.get("index") or 0)
        start = self.offsets.get(i, len(self.prompt_for(i)) if self.echo else 0)
        lp, self.offsets[i] = legacy_logprobs(c.get("logprobs"), start)
        if c.get("logprobs") is not None:
            c["logprobs"] = lp
        return c

    def response(self, data: dict) -> dict:
        for c in data.get("choices") or []:
            self.choice(c)
            if self.echo:
                c["text"] = self.prompt_for(int(c.get("index") or 0)) + (c.get("text") or "")
        return data

    def chunk(self, obj: dict) -> dict:
        for c in obj.get("choices") or []:
            self.choice(c)
        return obj

    def echo_chunk(self, model: str) -> dict | None:
        if not self.echo:
            return None
        return {
            "object": "text_completion",
            "model": model,
            "choices": [
                {"index": i, "text": p, "logprobs": None, "finish_reason": None} for i, p in enumerate(self.prompts[:1])
            ],
        }
