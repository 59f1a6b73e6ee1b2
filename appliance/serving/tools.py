"""Tool calls for models whose chat template knows nothing of tools.

llama.cpp's server parses tool calls in the format the model's own template defines. Many small
and older models (SmolLM2 among them) have a template without tools: there llama.cpp passes
``tools`` over silently and the client never gets ``tool_calls``. For those we do what
llama.cpp once called its *generic* format, in our front:

- the tools are described in a system message, with the exact JSON the model must answer with;
- that JSON is enforced by a grammar (``response_format`` json_schema): ``{"tool_calls": [{"name",
  "arguments"}]}`` when a call is required (``tool_choice`` "required" or a named function),
  or either that or ``{"response": "…"}`` when the model may choose (``"auto"``);
- earlier tool calls and tool results in the conversation are written as that same JSON, so the
  model sees its own format;
- the answer is turned back into OpenAI's ``message.tool_calls`` (finish reason ``tool_calls``),
  or into plain content. Streaming clients get the same chunks OpenAI sends (role, one delta per
  call with the name and the arguments, the finish reason), after the answer is complete.

Templates that support tools natively are left to llama.cpp.
"""

from __future__ import annotations

import json
import secrets
import time


def needs_generic(body: dict, caps: dict | None) -> bool:
    return bool(body.get("tools")) and body.get("tool_choice") != "none" and not (caps or {}).get("supports_tools")


def _functions(body: dict) -> list[dict]:
    out = []
    for t in body.get("tools") or []:
        if isinstance(t, dict) and t.get("type", "function") == "function" and isinstance(t.get("function"), dict):
            out.append(t["function"])
    return out


def check_tools(body: dict) -> tuple[str | None, str | None]:
    tools = body.get("tools")
    if tools is None:
        return None, None
    if not isinstance(tools, list):
        return "Invalid request: tools: must be a list.", "tools"
    for i, t in enumerate(tools):
        f = t.get("function") if isinstance(t, dict) else None
        if not isinstance(f, dict) or not isinstance(f.get("name"), str) or not f["name"]:
            return (
                f"Invalid request: tools.{i}.function.name: each tool needs a function with a name.",
                f"tools.{i}.function.name",
            )
        if "parameters" in f and not isinstance(f["parameters"], dict):
            return (
                f"Invalid request: tools.{i}.function.parameters: must be a JSON schema object.",
                f"tools.{i}.function.parameters",
            )
    choice = body.get("tool_choice")
    names = {t["function"]["name"] for t in tools}
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if name not in names:
            return f"Invalid request: tool_choice: no tool named {name!r} was given.", "tool_choice"
    elif choice is not None and choice not in ("auto", "none", "required"):
        return "Invalid request: tool_choice: must be auto, none, required or a named function.", "tool_choice"
    return None, None


def _schema(body: dict) -> dict:
    funcs = _functions(body)
    choice = body.get("tool_choice") or "auto"
    if isinstance(choice, dict):
        funcs = [f for f in funcs if f["name"] == choice["function"]["name"]]
    calls = [
        {
            "type": "object",
            "properties": {"name": {"const": f["name"]}, "arguments": f.get("parameters") or {"type": "object"}},
            "required": ["name", "arguments"],
        }
        for f in funcs
    ]
    item = calls[0] if len(calls) == 1 else {"anyOf": calls}
    max_items = None if body.get("parallel_tool_calls", True) else 1
    array = {"type": "array", "items": item, "minItems": 1}
    if max_items:
        array["maxItems"] = max_items
    call_schema = {"type": "object", "properties": {"tool_calls": array}, "required": ["tool_calls"]}
    if choice == "required" or isinstance(choice, dict):
        return call_schema
    return {
        "anyOf": [
            call_schema,
            {"type": "object", "properties": {"response": {"type": "string"}}, "required": ["response"]},
        ]
    }


def _system_text(body: dict) -> str:
    funcs = _functions(body)
    lines = [
        "You can call these tools. Each is a JSON object with its name, description and the JSON schema of "
        "its arguments:"
    ]
    lines += [
        json.dumps(
            {
                "name": f["name"],
                "description": f.get("description", ""),
                "parameters": f.get("parameters") or {"type": "object"},
            },
            ensure_ascii=False,
        )
        for f in funcs
    ]
    choice = body.get("tool_choice") or "auto"
    if choice == "auto":
        lines.append(
            'Answer with JSON only: {"tool_calls": [{"name": TOOL, "arguments": {...}}]} to call tools, or '
            '{"response": "your answer"} to answer directly.'
        )
    else:
        lines.append('Answer with JSON only: {"tool_calls": [{"name": TOOL, "arguments": {...}}]}.')
    return "\n".join(lines)


def rewrite_request(body: dict) -> dict:
    """The request as the model without tool support gets it."""
    msgs = []
    for m in body.get("messages") or []:
        role = m.get("role")
        if role == "assistant" and m.get("tool_calls"):
            calls = []
            for c in m["tool_calls"]:
                fn = c.get("function") or {}
                try:
                    args = json.loads(fn.get("arguments") or "{}")
                except (TypeError, json.JSONDecodeError):
                    args = fn.get("arguments")
                calls.append({"name": fn.get("name"), "arguments": args})
            msgs.append({"role": "assistant", "content": json.dumps({"tool_calls": calls}, ensure_ascii=False)})
        elif role == "tool":
            msgs.append(
                {
                    "role": "user",
                    "content": json.dumps(
                        {"tool_response": {"tool_call_id": m.get("tool_call_id"), "content": m.get("content")}},
                        ensure_ascii=False,
                    ),
                }
            )
        else:
            msgs.append(m)
    system = _system_text(body)
    if msgs and msgs[0].get("role") == "system" and isinstance(msgs[0].get("content"), str):
        msgs[0] = dict(msgs[0], content=msgs[0]["content"] + "\n\n" + system)
    else:
        msgs.insert(0, {"role": "system", "content": system})
    out = {
        k: v
        for k, v in body.items()
        if k not in ("tools", "tool_choice", "parallel_tool_calls", "stream", "stream_options")
    }
    out["messages"] = msgs
    out["response_format"] = {"type": "json_schema", "json_schema": {"name": "tool_call", "schema": _schema(body)}}
    return out


def convert_response(data: dict) -> dict:
    """The model's JSON turned into OpenAI's message (tool_calls or content)."""
    for choice in data.get("choices") or []:
        msg = choice.get("message") or {}
        try:
            parsed = json.loads(msg.get("content") or "")
        except json.JSONDecodeError:
            continue  # cut short (max_tokens): the text stays as it is, finish_reason says length
        if isinstance(parsed, dict) and isinstance(parsed.get("tool_calls"), list):
            msg["tool_calls"] = [
                {
                    "id": "call_" + secrets.token_hex(12),
                    "type": "function",
                    "function": {
                        "name": c.get("name"),
                        "arguments": json.dumps(c.get("arguments", {}), ensure_ascii=False),
                    },
                }
                for c in parsed["tool_calls"]
                if isinstance(c, dict)
            ]
            msg["content"] = None
            if choice.get("finish_reason") == "stop":
                choice["finish_reason"] = "tool_calls"
        elif isinstance(parsed, dict) and isinstance(parsed.get("response"), str):
            msg["content"] = parsed["response"]
        choice["message"] = msg
    return data


def as_stream(data: dict, include_usage: bool) -> list[str]:
    """A complete chat answer as the server-sent events OpenAI streams."""
    base = {
        "id": data.get("id"),
        "object": "chat.completion.chunk",
        "created": data.get("created", int(time.time())),
        "model": data.get("model"),
    }
    events = []

    def emit(choices, **extra):
        events.append("data: " + json.dumps({**base, "choices": choices, **extra}, ensure_ascii=False) + "\n\n")

    for choice in data.get("choices") or []:
        i = choice.get("index", 0)
        msg = choice.get("message") or {}
        emit([{"index": i, "delta": {"role": "assistant", "content": None}, "finish_reason": None}])
        if msg.get("tool_calls"):
            for k, c in enumerate(msg["tool_calls"]):
                emit(
                    [
                        {
                            "index": i,
                            "delta": {
                                "tool_calls": [
                                    {
                                        "index": k,
                                        "id": c["id"],
                                        "type": "function",
                                        "function": {
                                            "name": c["function"]["name"],
                                            "arguments": c["function"]["arguments"],
                                        },
                                    }
                                ]
                            },
                            "finish_reason": None,
                        }
                    ]
                )
        elif msg.get("content"):
            emit([{"index": i, "delta": {"content": msg["content"]}, "finish_reason": None}])
        emit([{"index": i, "delta": {}, "finish_reason": choice.get("finish_reason")}])
    if include_usage and data.get("usage"):
        emit([], usage=data["usage"])
    events.append("data: [DONE]\n\n")
    return events
