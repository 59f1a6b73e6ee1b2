"""An export's GGUF answering evaluation cases: a ``llama-server`` of its own (the engine that
serves it, ``serving/llama_client.py``), asked over loopback by the evaluation's own process.

``slots`` cases decode together (llama-server's continuous batching); decoding is greedy with
seed 0. A case's text travels only to the backend's loopback port, never to disk. The answers
have the shapes the HF worker's have (``appliance/eval/worker.py``):

    generate → {"text", "tokens", "prompt_tokens", "ms"}      choices → {"logprobs", "ms"}
    and {"error": "...", "error_message": {…}} for a case that failed (the evaluation goes on): the
    English words and the Message (``Message.to_dict``)
"""

from __future__ import annotations

import time

from appliance.errors import ServingError
from appliance.eval.case_worker import THE_EVALUATION, results_kept
from appliance.messages import M, Message


def _failed(msg: Message) -> dict:
    return {"error": msg.render("en"), "error_message": msg.to_dict()}


class GgufCases:
    def __init__(
        self, servable, *, n_ctx: int, slots: int = 1, log_path=None, what: Message = THE_EVALUATION, cancel=None
    ):
        from appliance.serving.llama_client import LlamaBackend

        self.what = what
        n_ctx = min(n_ctx, servable.context_length) if servable.context_length else n_ctx
        self.backend = LlamaBackend(servable.path, n_ctx=n_ctx, slots=slots, log_path=log_path, label="eval")
        try:
            self.backend.start()
        except ServingError as exc:
            raise ServingError(
                M("eval.load_failed", "{what} could not load the model: {error}", what=what, error=exc.msg),
                hint=exc.hint_msg,
            ) from exc
        self.facts = {"chat_template": bool(self.backend.chat_template()), "n_ctx": n_ctx, "slots": slots}
        self.placement = self.backend.describe()
        # A cancel stops the server under the cases in flight: they end at once.
        self._undo = cancel.on_cancel(self.backend.server.stop) if cancel is not None else (lambda: None)

    def ask(self, req: dict) -> dict:
        """One case; a dead backend is an error the caller raises (``BackendDied``), anything
        else the server refused is this case's error."""
        from appliance.serving.control_text import Refused
        from appliance.serving.llama_client import BackendDied

        try:
            return self.choices(req) if req["op"] == "choices" else self.generate(req)
        except BackendDied as exc:
            raise ServingError(
                M("eval.backend_stopped", "{what} stopped: {error}", what=self.what, error=exc.msg), hint=results_kept()
            ) from exc
        except (ServingError, Refused) as exc:
            return _failed(exc.msg)

    def generate(self, req: dict) -> dict:
        from appliance.serving.chat import chat_request

        t0 = time.perf_counter()
        body = {
            "messages": req["messages"],
            "max_tokens": int(req["max_tokens"]),
            "temperature": 0.0,
            "repeat_penalty": float(req.get("repeat_penalty", 1.0)),
            "seed": 0,
        }
        path, payload = chat_request(self.backend, body)
        r = self.backend.post(path, payload)
        choice = (r.get("choices") or [{}])[0]
        text = choice.get("text") if "text" in choice else (choice.get("message") or {}).get("content")
        usage = r.get("usage") or {}
        return {
            "text": text or "",
            "tokens": int(usage.get("completion_tokens", 0)),
            "prompt_tokens": int(usage.get("prompt_tokens", 0)),
            "ms": round((time.perf_counter() - t0) * 1000, 1),
        }

    def choices(self, req: dict) -> dict:
        """Each choice's log-probability as the answer to the chat, summed over its tokens."""
        t0 = time.perf_counter()
        b = self.backend
        prompt = b.tokenize(b.apply_template(req["messages"]), special=True, add_special=True)
        out = []
        for choice in req["choices"]:
            cont = b.tokenize(choice, special=False)
            if len(prompt) + len(cont) > self.facts["n_ctx"]:
                return _failed(
                    M(
                        "eval.choice_past_context",
                        "the prompt and a choice take {n} tokens, past the context {n_ctx}",
                        n=len(prompt) + len(cont),
                        n_ctx=self.facts["n_ctx"],
                    )
                )
            out.append(sum(b.token_logprob(prompt + cont[:i], t) for i, t in enumerate(cont)))
        return {"logprobs": out, "ms": round((time.perf_counter() - t0) * 1000, 1)}

    def close(self) -> None:
        self._undo()
        self.backend.close()
