"""Chatting with an exported model: the one core path behind ``appliance chat`` and the GUI's
Playground, with its audit record.

A ``ChatSession`` is an export running in a ``llama-server`` of its own (``serving/llama_client.py``,
the engine ``appliance serve`` and the export gate use), started once and kept warm across turns,
whose GGUF carries a chat template; ``reply(messages)`` streams the answer's pieces. A conversation that no longer fits the context
window is a ``ServingError`` that says so (the caller drops the turn and may start over).

Every chat is recorded as the audited action ``model.chat`` naming the export and its model.
The two callers keep a model for different spans, so there are two entry points:

- ``chat_session(...)`` (a context manager; ``appliance chat``): **one record per conversation**,
  written when it ends, with its outcome and duration.
- ``open_chat(...)`` (the Playground): **one record per loaded model session**, written once the
  model has loaded (a failed load is recorded with its error). The Playground keeps a model
  loaded across many messages, each sent from a worker thread with a catalog of its own, so a
  record cannot stay open across them; it records the model being opened for chat, and
  ``close()`` stops its server. A Playground model unused for ``IDLE_STOP_S`` gives its memory
  back and is started again by the next message.

Resolving what the user named (``resolve_servable``) happens before the action, as for
``appliance serve``: an unknown name is not a chat.

The export queries the Playground and the Export page show (``servable_exports``,
``latest_gated_export``) live here too, so that no window builds its own.
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
import time
from collections.abc import Callable, Iterator

from appliance.audit.actions import action
from appliance.errors import InvalidInputError, ServingError
from appliance.messages import M, Message
from appliance.states import ExportStatus

IDLE_STOP_S = 600.0  # a Playground model unused this long gives its memory back (started again when asked)


class ChatSession:
    """An export running in a ``llama-server`` of its own (``serving/llama_client.py``), kept warm
    across turns. ``close()`` (or leaving ``chat_session``) stops it.

    With ``idle_stop_s``, a backend unused that long is stopped and started again by the next
    ``reply``. A backend that dies mid-answer raises ``ServingError`` saying so; the next
    ``reply`` starts it again, and the conversation goes on."""

    def __init__(self, servable, backend, *, idle_stop_s: float | None = None, seed: int | None = None):
        self.servable, self.backend, self.seed = servable, backend, seed
        self.last_stats: dict = {}
        self.restarts = 0
        self._closed = False
        self._dead = False
        self._busy = threading.Lock()
        self._used = threading.Event()
        self._idle = idle_stop_s
        if idle_stop_s:
            threading.Thread(target=self._reaper, name="chat-idle", daemon=True).start()

    def _reaper(self) -> None:
        while not self._closed:
            if self._used.wait(self._idle):
                self._used.clear()
                continue
            with self._busy:
                if not self._closed and self.backend.server.running():
                    self.backend.server.stop()

    @property
    def export_id(self) -> str:
        return self.servable.export_id

    @property
    def placement(self) -> str:
        """Where the model runs ("on the CPU", "all layers on the GPU"…), in English."""
        return self.backend.describe()

    @property
    def placement_message(self) -> Message:
        """``placement`` as a message, for the user's language."""
        return self.backend.describe_message()

    def _ensure_running(self) -> None:
        if self._dead:  # the last answer lost its server: let the process finish dying first
            self._dead = False
            proc = self.backend.server.proc
            if proc is not None:
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if self.backend.server.running():
            return
        if self.backend.server.proc is not None and not self.backend.server.stopping:
            self.restarts += 1  # it died (the idle reaper stops it with ``stopping`` set)
        self.backend.start()

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
        answer was produced) or when the model's server died (the next call starts it again).

        While and after it streams, ``last_stats`` says how it went: ``tokens`` generated,
        ``ttft_s`` (time to the first token), ``tokens_per_s`` (after the first token),
        ``finish_reason`` (``stop``; ``length`` when cut at ``max_tokens``; ``None`` if the
        caller stopped reading), ``prompt_tokens``.

        Message text that spells a control token (``<|im_end|>``…) reaches the model as plain
        text, never as that token (serving/control_text.py, as on the API)."""
        if self._closed:
            raise ServingError(
                M("chat.closed", "{name} was closed.", name=self.servable.name),
                hint=M("chat.closed.hint", "Open the model again."),
            )
        from appliance.serving.llama_client import BackendDied

        with self._busy:
            self._used.set()
            self._ensure_running()
            try:
                yield from self._reply(messages, max_tokens, temperature, repeat_penalty, seed)
            except BackendDied:
                self._dead = True
                raise
            self._used.set()

    def _reply(self, messages, max_tokens, temperature, repeat_penalty, seed) -> Iterator[str]:
        from appliance.serving.control_text import Refused

        messages = [{"role": m["role"], "content": m["content"]} for m in messages]
        stats = self.last_stats = {"tokens": 0, "ttft_s": None, "tokens_per_s": None, "finish_reason": None}
        body = {
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "repeat_penalty": repeat_penalty,
            "stream_options": {"include_usage": True},
        }
        if seed is not None or self.seed is not None:
            body["seed"] = seed if seed is not None else self.seed
        started = time.perf_counter()
        try:
            path, payload = self._request(body)
        except Refused as exc:
            raise InvalidInputError(
                exc.msg, hint=M("chat.control_token.hint", "Remove the control-token text from the message.")
            ) from None
        first = None
        try:
            for chunk in self.backend.stream(path, payload):
                if chunk.get("usage"):
                    stats["tokens"] = int(chunk["usage"].get("completion_tokens") or stats["tokens"])
                    stats["prompt_tokens"] = int(chunk["usage"].get("prompt_tokens") or 0)
                for choice in chunk.get("choices") or []:
                    piece = choice.get("text") if "text" in choice else (choice.get("delta") or {}).get("content")
                    if choice.get("finish_reason"):
                        stats["finish_reason"] = choice["finish_reason"]
                    if not piece:
                        continue
                    now = time.perf_counter()
                    if first is None:
                        first = now
                        stats["ttft_s"] = round(now - started, 3)
                    stats["tokens"] += 1
                    if stats["tokens"] > 1:
                        stats["tokens_per_s"] = round((stats["tokens"] - 1) / max(now - first, 1e-9), 1)
                    yield piece
        except ServingError as exc:
            said = exc.msg.render("en")
            if "context" in said and ("exceed" in said or "context size" in said):
                raise ServingError(
                    M(
                        "chat.context_full",
                        "{error} (the conversation no longer fits the model's context window)",
                        error=exc.msg,
                    ),
                    hint=M("chat.context_full.hint", "Start a new conversation."),
                ) from exc
            raise
        if first is not None and stats["tokens"] > 1:
            stats["tokens_per_s"] = round((stats["tokens"] - 1) / max(time.perf_counter() - first, 1e-9), 1)

    def _request(self, body: dict) -> tuple[str, dict]:
        return chat_request(self.backend, body)

    def close(self) -> None:
        self._closed = True
        self._used.set()
        self.backend.close()


def chat_request(backend, body: dict) -> tuple[str, dict]:
    """``/v1/chat/completions`` with ``body``, or the ``/v1/completions`` request that gives the
    model the same prompt with control-token text as plain text (serving/control_text.py, the
    API front's own path). Raises ``control_text.Refused``."""
    import asyncio

    import httpx

    from appliance.serving.control_text import completion_for

    client = backend._client

    async def call(path, payload):
        try:
            return client.post(path, json=payload)
        except httpx.HTTPError as exc:  # the server died between two turns
            raise backend.died(exc) from exc

    completion = asyncio.run(completion_for(call, body))
    if completion is None:
        return "/v1/chat/completions", body
    return "/v1/completions", completion


def _load(
    servable,
    *,
    n_ctx: int,
    gpu_layers: int | None,
    seed: int | None,
    on_note: Callable[[Message], None] | None,
    idle_stop_s: float | None = None,
) -> ChatSession:
    from appliance.serving.llama_client import LlamaBackend

    if servable.context_length:
        n_ctx = min(n_ctx, servable.context_length)  # beyond its training context a model degrades
    backend = LlamaBackend(servable.path, n_ctx=n_ctx, slots=1, gpu_layers=gpu_layers, label="chat", on_note=on_note)
    backend.start()
    if not backend.chat_template():
        backend.close()
        raise ServingError(
            M("chat.no_template", "{name} has no chat template, so it cannot chat.", name=servable.name),
            hint=M(
                "chat.no_template.hint", "Serve it (`appliance serve`) and use /v1/completions with a plain prompt."
            ),
        )
    return ChatSession(servable, backend, idle_stop_s=idle_stop_s, seed=seed)


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
    on_note: Callable[[Message], None] | None = None,
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
    on_note: Callable[[Message], None] | None = None,
    idle_stop_s: float | None = None,
) -> ChatSession:
    """Load ``model_ref`` for a chat that outlives this call (the caller ``close()``s it); its
    ``model.chat`` record is written now, once the model has loaded. Same arguments and errors
    as ``chat_session``."""
    servable = _resolve(home, catalog, model_ref, allow_unverified)
    with action(catalog, "model.chat", objects=[servable.export_id, servable.model_id], params=params):
        return _load(servable, n_ctx=n_ctx, gpu_layers=gpu_layers, seed=seed, on_note=on_note, idle_stop_s=idle_stop_s)


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
