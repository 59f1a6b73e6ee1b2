"""Anthropic's Messages API (``POST /v1/messages``) over our chat completions (``serving/adapters.py``
says how an adapter is used; ``docs/serving.md`` what is honoured, ignored and refused)."""

from __future__ import annotations

import json
import secrets

from appliance.serving.adapters import Accumulator, bad, check_count, check_number, converted, headers_of, json_of
from appliance.serving.validation import ApiError

_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    503: "overloaded_error",
}


def anthropic_error_body(status: int, message: str) -> dict:
    kind = _ANTHROPIC_TYPES.get(status, "api_error" if status >= 500 else "invalid_request_error")
    return {"type": "error", "error": {"type": kind, "message": message}}


def anthropic_error(status: int, message: str, headers: dict | None = None):
    """An error response in Anthropic's shape (``{"type": "error", "error": {type, message}}``)."""
    from fastapi.responses import JSONResponse

    return JSONResponse(anthropic_error_body(status, message), status_code=status, headers=headers)


class MessagesAdapter:
    """``POST /v1/messages``: Anthropic's Messages API, one request, nothing stored."""

    kind = "messages"

    def __init__(self):
        self.id = "msg_" + secrets.token_hex(12)
        self.model = None

    # -- request ------------------------------------------------------------------------------

    def to_chat(self, body) -> dict:
        if not isinstance(body, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        body = {k: v for k, v in body.items() if v is not None}
        self.model = body.get("model")
        check_count(body, "max_tokens", required=True)
        check_number(body, "temperature", 0.0, 2.0)
        check_number(body, "top_p", 0.0, 1.0)
        top_k = body.get("top_k")
        if top_k is not None and (not isinstance(top_k, int) or isinstance(top_k, bool) or top_k < 0):
            raise bad("must be a whole number of at least 0.", "top_k")
        msgs = []
        system = body.get("system")
        if system is not None:
            if isinstance(system, list):
                system = self._text_blocks(system, "system")
            if not isinstance(system, str):
                raise bad("a string or a list of text blocks is required.", "system")
            if system:
                msgs.append({"role": "system", "content": system})
        turns = body.get("messages")
        if not isinstance(turns, list) or not turns:
            raise bad("at least one message is required.", "messages")
        for i, m in enumerate(turns):
            msgs += self._turn(m, f"messages.{i}")
        chat: dict = {"model": body.get("model"), "messages": msgs, "max_tokens": body["max_tokens"]}
        if body.get("tools"):
            chat["tools"] = self._tools(body["tools"])
        choice = body.get("tool_choice")
        if choice is not None:
            chat.update(self._tool_choice(choice))
        stops = body.get("stop_sequences")
        if stops is not None:
            if not isinstance(stops, list) or not all(isinstance(s, str) and s for s in stops):
                raise bad("must be a list of strings.", "stop_sequences")
            if stops:
                chat["stop"] = stops
        for key in ("temperature", "top_p", "top_k"):
            if key in body:
                chat[key] = body[key]
        fmt = (body.get("output_config") or {}).get("format") if isinstance(body.get("output_config"), dict) else None
        if fmt is not None:
            if not isinstance(fmt, dict) or fmt.get("type") != "json_schema" or not isinstance(fmt.get("schema"), dict):
                raise bad('must be {"type": "json_schema", "schema": {...}}.', "output_config.format")
            chat["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "output", "schema": fmt["schema"]},
            }
        meta = body.get("metadata")
        if isinstance(meta, dict) and isinstance(meta.get("user_id"), str):
            chat["user"] = meta["user_id"]  # routing keeps a user on one variant, as with OpenAI's `user`
        if body.get("stream"):
            chat["stream"] = True
            chat["stream_options"] = {"include_usage": True}
        return chat

    def _text_blocks(self, blocks, where: str) -> str:
        out = []
        for j, b in enumerate(blocks):
            if not isinstance(b, dict) or b.get("type") != "text" or not isinstance(b.get("text"), str):
                kind = b.get("type") if isinstance(b, dict) else None
                raise bad(f"only text blocks are supported by these models, not {kind!r}.", f"{where}.{j}")
            out.append(b["text"])
        return "\n\n".join(out) if where == "system" else "".join(out)

    def _turn(self, m, where: str) -> list[dict]:
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            raise bad("each message needs a role, user or assistant.", where + ".role")
        role, content = m["role"], m.get("content")
        if isinstance(content, str):
            return [{"role": role, "content": content}]
        if not isinstance(content, list):
            raise bad("a string or a list of content blocks is required.", where + ".content")
        out: list[dict] = []
        texts: list[str] = []
        calls: list[dict] = []
        for j, b in enumerate(content):
            at = f"{where}.content.{j}"
            kind = b.get("type") if isinstance(b, dict) else None
            if kind == "text" and isinstance(b.get("text"), str):
                texts.append(b["text"])
            elif kind == "tool_use" and role == "assistant":
                if not isinstance(b.get("id"), str) or not isinstance(b.get("name"), str):
                    raise bad("a tool_use block needs id and name.", at)
                calls.append(
                    {
                        "id": b["id"],
                        "type": "function",
                        "function": {"name": b["name"], "arguments": json.dumps(b.get("input") or {})},
                    }
                )
            elif kind == "tool_result" and role == "user":
                if not isinstance(b.get("tool_use_id"), str):
                    raise bad("a tool_result block needs tool_use_id.", at)
                result = b.get("content", "")
                if isinstance(result, list):
                    result = self._text_blocks(result, at + ".content")
                if not isinstance(result, str):
                    raise bad("a string or a list of text blocks is required.", at + ".content")
                if b.get("is_error"):
                    result = "Error: " + result
                out.append({"role": "tool", "tool_call_id": b["tool_use_id"], "content": result})
            elif kind in ("thinking", "redacted_thinking") and role == "assistant":
                continue  # a reasoning model's notes: not shown to the model again
            else:
                raise bad(
                    f"{kind!r} blocks are not supported in a {role} message here (text, tool_use in assistant "
                    "messages, tool_result in user messages are).",
                    at,
                )
        if role == "assistant":
            msg = {"role": "assistant", "content": "".join(texts) or (None if calls else "")}
            if calls:
                msg["tool_calls"] = calls
            return [msg]
        if texts or not out:
            out.append({"role": "user", "content": "".join(texts)})
        return out

    def _tools(self, tools) -> list[dict]:
        if not isinstance(tools, list):
            raise bad("must be a list.", "tools")
        out = []
        for i, t in enumerate(tools):
            if not isinstance(t, dict) or t.get("type", "custom") != "custom":
                kind = t.get("type") if isinstance(t, dict) else None
                raise bad(f"only client tools (name, input_schema) are supported here, not {kind!r}.", f"tools.{i}")
            schema = t.get("input_schema")
            if not isinstance(t.get("name"), str) or not isinstance(schema, dict):
                raise bad("each tool needs a name and an input_schema object.", f"tools.{i}")
            fn = {"name": t["name"], "parameters": schema}
            if isinstance(t.get("description"), str):
                fn["description"] = t["description"]
            out.append({"type": "function", "function": fn})
        return out

    def _tool_choice(self, choice) -> dict:
        kind = choice.get("type") if isinstance(choice, dict) else None
        out: dict = {}
        if kind == "auto":
            out["tool_choice"] = "auto"
        elif kind == "any":
            out["tool_choice"] = "required"
        elif kind == "none":
            out["tool_choice"] = "none"
        elif kind == "tool" and isinstance(choice.get("name"), str):
            out["tool_choice"] = {"type": "function", "function": {"name": choice["name"]}}
        else:
            raise bad('type must be "auto", "any", "tool" (with a name) or "none".', "tool_choice")
        if choice.get("disable_parallel_tool_use"):
            out["parallel_tool_calls"] = False
        return out

    # -- response -----------------------------------------------------------------------------

    def _from_chat(self, data: dict) -> dict:
        choice = (data.get("choices") or [{}])[0]
        msg = choice.get("message") or {}
        text = msg.get("content") or ""
        calls = msg.get("tool_calls") or []
        content = []
        if text or not calls:
            content.append({"type": "text", "text": text})
        for c in calls:
            fn = c.get("function") or {}
            content.append({"type": "tool_use", "id": _tool_use_id(), "name": fn.get("name"), "input": _args(fn)})
        u = data.get("usage") or {}
        return {
            "id": self.id,
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": content,
            "stop_reason": _stop_reason(choice.get("finish_reason"), bool(calls)),
            "stop_sequence": None,
            "usage": {
                "input_tokens": int(u.get("prompt_tokens") or 0),
                "output_tokens": int(u.get("completion_tokens") or 0),
            },
        }

    async def finish(self, res):
        from fastapi.responses import JSONResponse, StreamingResponse

        if isinstance(res, StreamingResponse):
            return StreamingResponse(
                converted(self._convert, res.body_iterator), media_type="text/event-stream", headers=headers_of(res)
            )
        if res.status_code != 200:
            err = json_of(res).get("error") or {}
            message = err.get("message") if isinstance(err, dict) else None
            return anthropic_error(res.status_code, message or f"status {res.status_code}", headers=headers_of(res))
        return JSONResponse(self._from_chat(json_of(res)), headers=headers_of(res))

    @staticmethod
    def _event(kind: str, obj: dict) -> bytes:
        return f"event: {kind}\ndata: {json.dumps({'type': kind, **obj}, ensure_ascii=False)}\n\n".encode()

    async def _convert(self, events):
        acc = Accumulator()
        e = self._event
        start = {
            "id": self.id,
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        yield e("message_start", {"message": start})
        yield e("ping", {})
        block = -1  # the open block's index
        open_kind = None  # "text", or the chat call index of an open tool_use block
        async for obj in events:
            if obj == "[DONE]":
                break
            for piece in acc.feed(obj):
                if piece[0] == "text":
                    if open_kind != "text":
                        if open_kind is not None:
                            yield e("content_block_stop", {"index": block})
                        block, open_kind = block + 1, "text"
                        yield e("content_block_start", {"index": block, "content_block": {"type": "text", "text": ""}})
                    yield e("content_block_delta", {"index": block, "delta": {"type": "text_delta", "text": piece[1]}})
                elif piece[0] == "call":
                    if open_kind is not None:
                        yield e("content_block_stop", {"index": block})
                    block, open_kind = block + 1, piece[1]
                    tool = {"type": "tool_use", "id": _tool_use_id(), "name": acc.calls[piece[1]]["name"], "input": {}}
                    yield e("content_block_start", {"index": block, "content_block": tool})
                elif piece[0] == "args" and piece[1] == open_kind:
                    delta = {"type": "input_json_delta", "partial_json": piece[2]}
                    yield e("content_block_delta", {"index": block, "delta": delta})
            if acc.error:
                yield e("error", anthropic_error_body(500, acc.error))
                return
        if open_kind is None:
            block, open_kind = 0, "text"
            yield e("content_block_start", {"index": 0, "content_block": {"type": "text", "text": ""}})
        yield e("content_block_stop", {"index": block})
        u = acc.usage
        yield e(
            "message_delta",
            {
                "delta": {"stop_reason": _stop_reason(acc.finish_reason, bool(acc.calls)), "stop_sequence": None},
                "usage": {
                    "input_tokens": int(u.get("prompt_tokens") or 0),
                    "output_tokens": int(u.get("completion_tokens") or 0),
                },
            },
        )
        yield e("message_stop", {})


def _tool_use_id() -> str:
    return "toolu_" + secrets.token_hex(12)


def _args(fn: dict) -> dict:
    try:
        args = json.loads(fn.get("arguments") or "{}")
    except (TypeError, json.JSONDecodeError):
        return {}  # cut short (max_tokens): stop_reason says so
    return args if isinstance(args, dict) else {}


def _stop_reason(finish_reason, has_calls: bool) -> str:
    if finish_reason == "length":
        return "max_tokens"
    if has_calls or finish_reason == "tool_calls":
        return "tool_use"
    return "end_turn"
