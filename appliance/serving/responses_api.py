"""OpenAI's Responses API (``POST /v1/responses``) over our chat completions (``serving/adapters.py``
says how an adapter is used; ``docs/serving.md`` what is honoured, ignored and refused)."""

from __future__ import annotations

import json
import secrets
import time

from appliance.serving.adapters import (
    Accumulator,
    bad,
    check_count,
    check_number,
    converted,
    headers_of,
    json_of,
    message_text,
)
from appliance.serving.validation import ApiError

_RESPONSES_TEXT_PARTS = ("input_text", "output_text", "text", "refusal", "summary_text", "reasoning_text")


class ResponsesAdapter:
    """``POST /v1/responses``: one request, its conversation sent whole (nothing is stored)."""

    kind = "responses"

    def __init__(self):
        self.id = "resp_" + secrets.token_hex(24)
        self.created = int(time.time())
        self.body: dict = {}
        self.seq = 0

    # -- request ------------------------------------------------------------------------------

    def to_chat(self, body) -> dict:
        if not isinstance(body, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        self.body = body = {k: v for k, v in body.items() if v is not None}
        for key, what in (
            ("previous_response_id", "responses are not stored here"),
            ("conversation", "conversations are not stored here"),
            ("prompt", "stored prompt templates are not kept here"),
        ):
            if key in body:
                raise bad(
                    f"{what}; send the whole conversation in `input` (earlier outputs included).",
                    key,
                    code="unsupported_parameter",
                )
        if body.get("background"):
            raise bad("background responses are not supported; nothing is stored here.", "background")
        check_count(body, "max_output_tokens")
        check_number(body, "temperature", 0.0, 2.0)
        check_number(body, "top_p", 0.0, 1.0)
        msgs = []
        instructions = body.get("instructions")
        if isinstance(instructions, str) and instructions:
            msgs.append({"role": "system", "content": instructions})
        elif instructions is not None and not isinstance(instructions, str):
            raise bad("must be a string.", "instructions")
        msgs += self._messages(body.get("input"))
        chat: dict = {"model": body.get("model"), "messages": msgs}
        if body.get("tools"):
            chat["tools"] = self._tools(body["tools"])
        if "tool_choice" in body:
            chat["tool_choice"] = self._tool_choice(body["tool_choice"])
        if "parallel_tool_calls" in body:
            chat["parallel_tool_calls"] = body["parallel_tool_calls"]
        fmt = self._format(body.get("text"))
        if fmt is not None:
            chat["response_format"] = fmt
        for ours, theirs in (
            ("max_output_tokens", "max_tokens"),
            ("temperature", "temperature"),
            ("top_p", "top_p"),
            ("user", "user"),
        ):
            if ours in body:
                chat[theirs] = body[ours]
        if body.get("stream"):
            chat["stream"] = True
            chat["stream_options"] = {"include_usage": True}
        return chat

    def _messages(self, items) -> list[dict]:
        if isinstance(items, str):
            return [{"role": "user", "content": items}]
        if not isinstance(items, list) or not items:
            raise bad("a string, or a list of input items, is required.", "input")
        msgs: list[dict] = []
        for i, item in enumerate(items):
            where = f"input.{i}"
            if not isinstance(item, dict):
                raise bad("each input item must be an object.", where)
            kind = item.get("type") or ("message" if "role" in item else None)
            if kind == "message":
                role = item.get("role")
                if role not in ("user", "assistant", "system", "developer"):
                    raise bad("role must be one of user, assistant, system, developer.", where + ".role")
                content = item.get("content")
                if isinstance(content, list):
                    parts = []
                    for j, p in enumerate(content):
                        ptype = p.get("type") if isinstance(p, dict) else None
                        if ptype not in _RESPONSES_TEXT_PARTS:
                            raise bad(
                                f"only text parts ({', '.join(_RESPONSES_TEXT_PARTS[:2])}) are supported by these "
                                f"models, not {ptype!r}.",
                                f"{where}.content.{j}",
                            )
                        parts.append({"type": "text", "text": p.get("text") or p.get("refusal") or ""})
                    content = message_text(parts) if role == "assistant" else parts
                elif not isinstance(content, str):
                    raise bad("a string or a list of text parts is required.", where + ".content")
                msgs.append({"role": "system" if role == "developer" else role, "content": content})
            elif kind == "function_call":
                name, args = item.get("name"), item.get("arguments")
                call_id = item.get("call_id") or item.get("id")
                if not isinstance(name, str) or not isinstance(call_id, str):
                    raise bad("a function call needs call_id and name.", where)
                call = {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)},
                }
                last = msgs[-1] if msgs else None
                if last is not None and last["role"] == "assistant":
                    last.setdefault("tool_calls", []).append(call)
                    if not last.get("content"):
                        last["content"] = None
                else:
                    msgs.append({"role": "assistant", "content": None, "tool_calls": [call]})
            elif kind == "function_call_output":
                out = item.get("output")
                if isinstance(out, list):
                    out = message_text(out)
                if not isinstance(item.get("call_id"), str) or not isinstance(out, str):
                    raise bad("a function call output needs call_id and output (a string).", where)
                msgs.append({"role": "tool", "tool_call_id": item["call_id"], "content": out})
            elif kind == "reasoning":
                continue  # a reasoning model's notes: not shown to the model again
            elif kind == "item_reference":
                raise bad("items are not stored here; send the item itself.", where, code="unsupported_parameter")
            else:
                raise bad(
                    f"{kind!r} items are not supported (messages, function_call and function_call_output are).",
                    where + ".type",
                )
        return msgs

    def _tools(self, tools) -> list[dict]:
        if not isinstance(tools, list):
            raise bad("must be a list.", "tools")
        out = []
        for i, t in enumerate(tools):
            if not isinstance(t, dict) or t.get("type") != "function":
                kind = t.get("type") if isinstance(t, dict) else None
                raise bad(f"only function tools are supported here, not {kind!r}.", f"tools.{i}.type")
            fn = {"name": t.get("name")}
            for key in ("description", "parameters", "strict"):
                if t.get(key) is not None:
                    fn[key] = t[key]
            out.append({"type": "function", "function": fn})
        return out

    def _tool_choice(self, choice):
        if choice in ("auto", "none", "required"):
            return choice
        if isinstance(choice, dict) and choice.get("type") == "function" and isinstance(choice.get("name"), str):
            return {"type": "function", "function": {"name": choice["name"]}}
        raise bad('must be "auto", "none", "required" or {"type": "function", "name": NAME}.', "tool_choice")

    def _format(self, text):
        if text is None:
            return None
        fmt = text.get("format") if isinstance(text, dict) else None
        if fmt is None:
            return None
        kind = fmt.get("type") if isinstance(fmt, dict) else None
        if kind == "text":
            return None
        if kind == "json_object":
            return {"type": "json_object"}
        if kind == "json_schema":
            if not isinstance(fmt.get("schema"), dict):
                raise bad("a JSON schema object is required.", "text.format.schema")
            spec = {"name": fmt.get("name") or "output", "schema": fmt["schema"]}
            if fmt.get("strict") is not None:
                spec["strict"] = fmt["strict"]
            return {"type": "json_schema", "json_schema": spec}
        raise bad("type must be text, json_object or json_schema.", "text.format.type")

    # -- response -----------------------------------------------------------------------------

    def response(self, status: str, output: list, usage: dict | None, error: str | None = None) -> dict:
        b = self.body
        tools = [t for t in b.get("tools") or [] if isinstance(t, dict)]
        text = b.get("text") if isinstance(b.get("text"), dict) else {"format": {"type": "text"}}
        return {
            "id": self.id,
            "object": "response",
            "created_at": self.created,
            "status": status,
            "completed_at": int(time.time()) if status == "completed" else None,
            "error": {"code": "server_error", "message": error} if error else None,
            "incomplete_details": {"reason": "max_output_tokens"} if status == "incomplete" else None,
            "instructions": b.get("instructions"),
            "max_output_tokens": b.get("max_output_tokens"),
            "model": b.get("model"),
            "output": output,
            "parallel_tool_calls": b.get("parallel_tool_calls", True),
            "previous_response_id": None,
            "store": False,
            "temperature": b.get("temperature"),
            "text": text,
            "tool_choice": b.get("tool_choice", "auto"),
            "tools": tools,
            "top_p": b.get("top_p"),
            "truncation": "disabled",
            "user": b.get("user"),
            "metadata": b.get("metadata") or {},
            "usage": _responses_usage(usage) if usage is not None else None,
        }

    def _from_chat(self, data: dict) -> dict:
        choice = (data.get("choices") or [{}])[0]
        msg = choice.get("message") or {}
        incomplete = choice.get("finish_reason") == "length"
        output = []
        text = msg.get("content") or ""
        calls = msg.get("tool_calls") or []
        if text or not calls:
            output.append(
                _message_item("msg_" + secrets.token_hex(24), text, "incomplete" if incomplete else "completed")
            )
        for c in calls:
            fn = c.get("function") or {}
            output.append(
                _call_item(
                    "fc_" + secrets.token_hex(24),
                    c.get("id") or "call_" + secrets.token_hex(12),
                    fn.get("name"),
                    fn.get("arguments") or "",
                    "completed",
                )
            )
        return self.response("incomplete" if incomplete else "completed", output, data.get("usage") or {})

    async def finish(self, res):
        from fastapi.responses import JSONResponse, StreamingResponse

        if isinstance(res, StreamingResponse):
            return StreamingResponse(
                converted(self._convert, res.body_iterator), media_type="text/event-stream", headers=headers_of(res)
            )
        if res.status_code != 200:
            return res  # OpenAI's error shape already
        return JSONResponse(self._from_chat(json_of(res)), headers=headers_of(res))

    def _event(self, kind: str, **fields) -> bytes:
        obj = {"type": kind, "sequence_number": self.seq, **fields}
        self.seq += 1
        return f"event: {kind}\ndata: {json.dumps(obj, ensure_ascii=False)}\n\n".encode()

    async def _convert(self, events):
        acc = Accumulator()
        output: list[dict] = []
        open_msg: dict | None = None  # {"index", "item", "text"}
        open_calls: dict[int, dict] = {}  # chat call index -> {"index", "item"}
        yield self._event("response.created", response=self.response("in_progress", [], None))
        yield self._event("response.in_progress", response=self.response("in_progress", [], None))

        def close_msg(status):
            nonlocal open_msg
            if open_msg is None:
                return []
            m, open_msg = open_msg, None
            item = _message_item(m["item"]["id"], m["text"], status)
            output[m["index"]] = item
            part = item["content"][0]
            ids = {"item_id": item["id"], "output_index": m["index"]}
            return [
                self._event("response.output_text.done", **ids, content_index=0, text=m["text"], logprobs=[]),
                self._event("response.content_part.done", **ids, content_index=0, part=part),
                self._event("response.output_item.done", output_index=m["index"], item=item),
            ]

        def close_calls(status):
            out = []
            for k in sorted(open_calls):
                c = open_calls.pop(k)
                call = acc.calls[k]
                item = _call_item(c["item"]["id"], c["item"]["call_id"], call["name"], call["arguments"], status)
                output[c["index"]] = item
                out.append(
                    self._event(
                        "response.function_call_arguments.done",
                        item_id=item["id"],
                        output_index=c["index"],
                        name=call["name"],
                        arguments=call["arguments"],
                    )
                )
                out.append(self._event("response.output_item.done", output_index=c["index"], item=item))
            return out

        async for obj in events:
            if obj == "[DONE]":
                break
            for piece in acc.feed(obj):
                if piece[0] == "text":
                    for e in close_calls("completed"):
                        yield e
                    if open_msg is None:
                        item = _message_item("msg_" + secrets.token_hex(24), "", "in_progress", parts=False)
                        open_msg = {"index": len(output), "item": item, "text": ""}
                        output.append(item)
                        yield self._event("response.output_item.added", output_index=open_msg["index"], item=item)
                        yield self._event(
                            "response.content_part.added",
                            item_id=item["id"],
                            output_index=open_msg["index"],
                            content_index=0,
                            part={"type": "output_text", "text": "", "annotations": [], "logprobs": []},
                        )
                    open_msg["text"] += piece[1]
                    yield self._event(
                        "response.output_text.delta",
                        item_id=open_msg["item"]["id"],
                        output_index=open_msg["index"],
                        content_index=0,
                        delta=piece[1],
                        logprobs=[],
                    )
                elif piece[0] == "call":
                    for e in close_msg("completed"):
                        yield e
                    call = acc.calls[piece[1]]
                    call_id = call["id"] or "call_" + secrets.token_hex(12)
                    item = _call_item("fc_" + secrets.token_hex(24), call_id, call["name"], "", "in_progress")
                    open_calls[piece[1]] = {"index": len(output), "item": item}
                    output.append(item)
                    yield self._event("response.output_item.added", output_index=len(output) - 1, item=item)
                elif piece[0] == "args" and piece[1] in open_calls:
                    c = open_calls[piece[1]]
                    yield self._event(
                        "response.function_call_arguments.delta",
                        item_id=c["item"]["id"],
                        output_index=c["index"],
                        delta=piece[2],
                    )
            if acc.error:
                break
        if acc.error:
            for e in close_msg("incomplete") + close_calls("incomplete"):
                yield e
            yield self._event("response.failed", response=self.response("failed", output, acc.usage, acc.error))
            return
        status = "incomplete" if acc.finish_reason == "length" else "completed"
        for e in close_msg(status) + close_calls(status):
            yield e
        if status == "completed" and not output:  # an empty answer is still a message
            item = _message_item("msg_" + secrets.token_hex(24), "", "completed")
            output.append(item)
            yield self._event("response.output_item.added", output_index=0, item=item)
            yield self._event("response.output_item.done", output_index=0, item=item)
        yield self._event(f"response.{status}", response=self.response(status, output, acc.usage))


def _message_item(item_id: str, text: str, status: str, parts: bool = True) -> dict:
    content = [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}] if parts else []
    return {"id": item_id, "type": "message", "role": "assistant", "status": status, "content": content}


def _call_item(item_id: str, call_id: str, name, arguments: str, status: str) -> dict:
    return {
        "id": item_id,
        "type": "function_call",
        "call_id": call_id,
        "name": name or "",
        "arguments": arguments,
        "status": status,
    }


def _responses_usage(u: dict) -> dict:
    i, o = int(u.get("prompt_tokens") or 0), int(u.get("completion_tokens") or 0)
    cached = int(((u.get("prompt_tokens_details") or {}).get("cached_tokens")) or 0)
    return {
        "input_tokens": i,
        "input_tokens_details": {"cached_tokens": cached, "cache_write_tokens": 0},
        "output_tokens": o,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": i + o,
    }
