"""Chatting with an exported model: the one core path behind ``appliance chat`` and the GUI's
Playground, with its audit record.

A ``ChatSession`` is an export loaded in llama.cpp (in the calling process: llama.cpp and torch
never share a process, and neither caller loads torch) whose GGUF carries a chat template;
``reply(messages)`` streams the answer's pieces. A conversation that no longer fits the context
window is a ``ServingError`` that says so (the caller drops the turn and may start over).

Every chat is recorded as the audited action ``model.chat`` naming the export and its model.
The two callers keep a model for different spans, so there are two entry points:

- ``chat_session(...)`` (a context manager; ``appliance chat``): **one record per conversation**,
  written when it ends, with its outcome and duration.
- ``open_chat(...)`` (the Playground): **one record per loaded model session**, written once the
  model has loaded (a failed load is recorded with its error). The Playground keeps a model
  loaded across many messages, each sent from a worker thread with a catalog of its own, so a
  record cannot stay open across them; it records the model being opened for chat, and
  ``close()`` unloads it.

Resolving what the user named (``resolve_servable``) happens before the action, as for
``appliance serve``: an unknown name is not a chat.

The export queries the Playground and the Export page show (``servable_exports``,
``latest_gated_export``) live here too, so that no window builds its own.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from appliance.audit.actions import action
from appliance.errors import InvalidInputError, ServingError
from appliance.states import ExportStatus


class ChatSession:
    """An export loaded for chat. ``close()`` (or leaving ``chat_session``) frees llama.cpp."""

    def __init__(self, servable, llm, formatter=None):
        self.servable, self.llm = servable, llm
        self.formatter = formatter  # the GGUF's chat template (serving/runtime.py chat_formatter)
        self.last_stats: dict = {}
        self._generated = 0
        self._count_tokens()

    def _count_tokens(self) -> None:
        """Count the tokens llama.cpp generates, as llama-server's usage does (the end token
        included): the stream's chunks are not tokens, since llama-cpp-python holds back a token
        that ends inside a UTF-8 character and sends it with the next one, so Tamil or Hindi text
        came out ~40 % short ("cut at 24 tokens" at a limit of 40)."""
        generate = getattr(self.llm, "generate", None)
        if generate is None:
            return

        def counted(*args, **kwargs):
            tokens = generate(*args, **kwargs)
            try:
                for token in tokens:
                    self._generated += 1
                    yield token
            finally:
                tokens.close()

        self.llm.generate = counted

    @property
    def export_id(self) -> str:
        return self.servable.export_id

    def reply(
        self,
        messages: list[dict],
        *,
        max_tokens: int = 256,
        temperature: float = 0.7,
        repeat_penalty: float = 1.1,
        seed: int | None = None,
    ) -> Iterator[str]:
        """Stream the answer to ``messages`` (OpenAI-style ``role``/``content`` dicts, the newest
        user turn last; other keys of a message are ignored), piece by piece. Raises
        ``ServingError`` when the conversation no longer fits the context window (nothing of the
        answer was produced).

        While and after it streams, ``last_stats`` says how it went: ``tokens`` generated,
        ``ttft_s`` (time to the first token), ``tokens_per_s`` (after the first token),
        ``finish_reason`` (``stop``; ``length`` when cut at ``max_tokens``; ``None`` if the
        caller stopped reading), ``prompt_tokens``.

        Message text that spells a control token (``<|im_end|>``…) reaches the model as plain
        text, never as that token (serving/control_text.py)."""
        from appliance.serving.control_text import Refused, llama_prompt

        if self.llm is None:
            raise ServingError(f"{self.servable.name} was closed.", hint="Open the model again.")
        messages = [{"role": m["role"], "content": m["content"]} for m in messages]
        stream = None
        started = time.perf_counter()
        first = None
        stats = self.last_stats = {"tokens": 0, "ttft_s": None, "tokens_per_s": None, "finish_reason": None}
        self._generated = pieces = 0
        try:
            prompt, rendered = llama_prompt(self.llm, self.formatter, messages)
        except Refused as exc:
            raise InvalidInputError(exc.message, hint="Remove the control-token text from the message.") from None
        stats["prompt_tokens"] = len(prompt)
        try:
            stream = self.llm.create_completion(  # the chat template's prompt, as token ids
                prompt=prompt,
                stream=True,
                max_tokens=max_tokens,
                temperature=temperature,
                repeat_penalty=repeat_penalty,
                seed=seed,
                stop=rendered.stop,
                stopping_criteria=rendered.stopping_criteria,
            )
            for chunk in stream:
                choice = chunk["choices"][0]
                piece = choice.get("text") or ""
                if choice.get("finish_reason"):
                    stats["finish_reason"] = choice["finish_reason"]
                if piece:
                    now = time.perf_counter()
                    if first is None:
                        first = now
                        stats["ttft_s"] = round(now - started, 3)
                    pieces += 1
                    stats["tokens"] = max(self._generated, pieces)  # pieces: if the count is unavailable
                    if stats["tokens"] > 1:
                        stats["tokens_per_s"] = round((stats["tokens"] - 1) / max(now - first, 1e-9), 1)
                    yield piece
                stats["tokens"] = max(self._generated, pieces)
        except ValueError as exc:  # llama.cpp: the prompt outgrew the context window
            raise ServingError(
                f"{exc} (the conversation no longer fits the model's context window)", hint="Start a new conversation."
            ) from exc
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()

    def close(self) -> None:
        if self.llm is not None:
            self.llm.close()
            self.llm = None


def _load(
    servable, *, n_ctx: int, gpu_layers: int | None, seed: int | None, on_note: Callable[[str], None] | None
) -> ChatSession:
    from appliance.serving.runtime import chat_formatter, load_llama

    llm = load_llama(servable, n_ctx=n_ctx, gpu_layers=gpu_layers, seed=seed, on_note=on_note)
    formatter = chat_formatter(llm, servable)
    if formatter is None:
        llm.close()
        raise ServingError(
            f"{servable.name} has no chat template, so it cannot chat.",
            hint="Serve it (`appliance serve`) and use /v1/completions with a plain prompt.",
        )
    return ChatSession(servable, llm, formatter)


def _resolve(home, catalog, model_ref: str, allow_unverified: bool):
    from appliance.serving.runtime import resolve_servable

    return resolve_servable(home, catalog, model_ref, allow_unverified=allow_unverified)


@contextlib.contextmanager
def chat_session(
    home,
    catalog,
    model_ref: str,
    *,
    n_ctx: int = 4096,
    gpu_layers: int | None = None,
    seed: int | None = None,
    allow_unverified: bool = False,
    params: dict | None = None,
    on_loading: Callable[[object], None] | None = None,
    on_note: Callable[[str], None] | None = None,
) -> Iterator[ChatSession]:
    """A conversation with ``model_ref`` (an export id, or a model name: its newest verified
    export), recorded as one ``model.chat`` when it ends (``params`` go into the record).

    ``on_loading(servable)`` is called just before llama.cpp loads the file; ``on_note`` hears
    why a model runs partly or wholly on the CPU. Raises ``NotFoundError`` / ``ServingError``
    (unknown, unverified, unloadable, or no chat template)."""
    servable = _resolve(home, catalog, model_ref, allow_unverified)
    with action(catalog, "model.chat", objects=[servable.export_id, servable.model_id], params=params):
        if on_loading is not None:
            on_loading(servable)
        session = _load(servable, n_ctx=n_ctx, gpu_layers=gpu_layers, seed=seed, on_note=on_note)
        try:
            yield session
        finally:
            session.close()


def open_chat(
    home,
    catalog,
    model_ref: str,
    *,
    n_ctx: int = 4096,
    gpu_layers: int | None = None,
    seed: int | None = None,
    allow_unverified: bool = False,
    params: dict | None = None,
    on_note: Callable[[str], None] | None = None,
) -> ChatSession:
    """Load ``model_ref`` for a chat that outlives this call (the caller ``close()``s it); its
    ``model.chat`` record is written now, once the model has loaded. Same arguments and errors
    as ``chat_session``."""
    servable = _resolve(home, catalog, model_ref, allow_unverified)
    with action(catalog, "model.chat", objects=[servable.export_id, servable.model_id], params=params):
        return _load(servable, n_ctx=n_ctx, gpu_layers=gpu_layers, seed=seed, on_note=on_note)


# Export queries -------------------------------------------------------------------------------
def servable_exports(catalog) -> list[dict]:
    """The exports a chat may open without ``allow_unverified``: those that passed their gate,
    oldest first, each with its model's name as ``model_name``."""
    names = {m["id"]: m["name"] for m in catalog.list_models()}
    return [
        {**e, "model_name": names.get(e["model_id"], e["model_id"])}
        for e in catalog.list_exports()
        if e["status"] == ExportStatus.VERIFIED
    ]


def latest_gated_export(catalog, model_id: str) -> dict | None:
    """The newest export of ``model_id`` that went through the verification gate (passed or
    failed: ``gate`` holds its report), or ``None``."""
    exports = [e for e in catalog.list_exports(model_id) if e.get("gate")]
    return max(exports, key=lambda e: e["created_at"]) if exports else None
