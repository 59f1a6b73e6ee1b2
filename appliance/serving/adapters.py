"""OpenAI's Responses API (``POST /v1/responses``, ``serving/responses_api.py``) and Anthropic's
Messages API (``POST /v1/messages``, ``serving/messages_api.py``) over our chat completions: what
the two adapters share.

Each request gets an adapter (``ResponsesAdapter``, ``MessagesAdapter``): ``Call.answer`` in
``serving/calls.py`` calls ``to_chat(body)`` right after the JSON is parsed (the request as a chat
completion; a request we refuse raises ``ApiError``), then does all that a chat completion does
(validation, routing, tools, streaming, the log line and the audit record), and ``finish(res)``
turns what that produced (an OpenAI-shaped error, a chat completion, or its server-sent events)
into the adapter's own API's shape, keeping the response's headers. Nothing is stored: a request
carries the whole conversation (``docs/serving.md``, Endpoints).
"""

from __future__ import annotations

import contextlib
import json

from appliance.serving.validation import ApiError

# Headers of the chat completion's response that the adapted response does not take over.
_DROP_HEADERS = {"content-length", "content-type"}


def bad(message: str, param: str | None = None, code: str | None = None) -> ApiError:
    return ApiError(400, f"Invalid request: {param + ': ' if param else ''}{message}", param=param, code=code)


def headers_of(res) -> dict:
    return {k: v for k, v in res.headers.items() if k.lower() not in _DROP_HEADERS}


def json_of(res) -> dict:
    try:
        data = json.loads(bytes(res.body))
    except (ValueError, UnicodeDecodeError, AttributeError):
        return {}
    return data if isinstance(data, dict) else {}


def check_number(body: dict, key: str, lo: float, hi: float) -> None:
    v = body.get(key)
    if v is not None and (not isinstance(v, int | float) or isinstance(v, bool) or not lo <= v <= hi):
        raise bad(f"must be a number from {lo:g} to {hi:g}.", key)


def check_count(body: dict, key: str, required: bool = False) -> None:
    v = body.get(key)
    if v is None and required:
        raise bad("a whole number of at least 1 is required (the most tokens to generate).", key)
    if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 1):
        raise bad("must be a whole number of at least 1.", key)


async def _chat_events(iterator):
    """The parsed events of a chat completion stream: chunk objects, ``"[DONE]"``, and error
    objects (``{"error": …}``), whatever way the bytes were cut. Closes ``iterator`` when done
    or left (the backend's connection is closed and the request logged there)."""
    buf = b""
    try:
        async for part in iterator:
            buf += part.encode() if isinstance(part, str) else part
            while b"\n\n" in buf:
                event, buf = buf.split(b"\n\n", 1)
                for line in event.splitlines():
                    if not line.startswith(b"data:"):
                        continue
                    data = line[5:].strip()
                    if data == b"[DONE]":
                        yield "[DONE]"
                        continue
                    try:
                        obj = json.loads(data)
                    except (ValueError, UnicodeDecodeError):
                        continue
                    if isinstance(obj, dict):
                        yield obj
    finally:
        aclose = getattr(iterator, "aclose", None)
        if aclose is not None:
            with contextlib.suppress(Exception):
                await aclose()


async def converted(convert, iterator):
    """``convert`` over the chat events of ``iterator``; whether the client reads to the end or
    leaves, the chat stream is closed (its backend connection closed, the request logged)."""
    events = _chat_events(iterator)
    try:
        async for data in convert(events):
            yield data
    finally:
        with contextlib.suppress(Exception):
            await events.aclose()


class Accumulator:
    """A chat completion stream folded as it goes: calls ``on_text(delta)``,
    ``on_call_start(k, id, name)``, ``on_call_args(k, delta)`` and keeps the finish reason, the
    usage and an in-band error."""

    def __init__(self):
        self.finish_reason = None
        self.usage: dict = {}
        self.error: str | None = None
        self.calls: dict[int, dict] = {}

    def feed(self, obj: dict):
        """The pieces of one chunk, in order: ``("text", delta)``, ``("call", k)`` for a call's
        first delta, ``("args", k, delta)``."""
        out = []
        if obj.get("error"):
            err = obj["error"]
            self.error = str(err.get("message", err) if isinstance(err, dict) else err)
            return out
        if obj.get("usage"):
            self.usage = obj["usage"]
        for choice in obj.get("choices") or []:
            if choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if delta.get("content"):
                out.append(("text", delta["content"]))
            for tc in delta.get("tool_calls") or []:
                k = tc.get("index", 0)
                fn = tc.get("function") or {}
                if k not in self.calls:
                    self.calls[k] = {"id": tc.get("id"), "name": fn.get("name") or "", "arguments": ""}
                    out.append(("call", k))
                elif fn.get("name") and not self.calls[k]["name"]:
                    self.calls[k]["name"] = fn["name"]
                if fn.get("arguments"):
                    self.calls[k]["arguments"] += fn["arguments"]
                    out.append(("args", k, fn["arguments"]))
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
        return out


def message_text(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text") or "" for p in content if isinstance(p, dict))
    return ""
