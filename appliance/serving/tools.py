"""Structured output and tool calls: what our front sends llama.cpp, and how the answers come back.

**Compact grammars.** ``response_format`` (``json_object``, ``json_schema``) and the generic tool
format below are sent to llama.cpp as a GBNF ``grammar`` built by ``serving/schema_grammar.py``,
which admits only compact JSON (no whitespace between tokens), rather than as llama.cpp's
``json_schema``, whose grammar lets a small model spend dozens of tokens on spaces and newlines.
A schema the grammar cannot express is refused with 400 naming the field
(``response_format.json_schema.schema``, ``tools.N.function.parameters``).

**Tool calls for models whose chat template knows nothing of tools.** llama.cpp's server parses
tool calls in the format the model's own template defines. Many small and older models (SmolLM2
among them) have a template without tools: there llama.cpp passes ``tools`` over silently and the
client never gets ``tool_calls``. For those we do what llama.cpp once called its *generic* format,
in our front:

- the tools are described in a system message, with the exact JSON the model must answer with;
- that JSON is enforced by a grammar: ``{"tool_calls": [{"name", "arguments"}]}`` when a call is
  required (``tool_choice`` "required" or a named function), or either that or
  ``{"response": …}`` when the model may choose (``"auto"``); each tool's ``parameters`` schema
  holds its ``arguments``, its ``$defs``/``$ref`` moved under the wrapper's root
  (``schema_grammar.hoist``) so they resolve there;
- earlier tool calls and tool results in the conversation are written as that same JSON, so the
  model sees its own format;
- the answer is turned back into OpenAI's ``message.tool_calls`` (finish reason ``tool_calls``),
  or into plain content. Streaming clients get the chunks OpenAI sends (role, then per call its
  index, id, type and name, then the arguments in fragments, then the finish reason), after the
  answer is complete;
- a call cut by ``max_tokens`` is never passed off as content: it is a 400 ``tool_call_truncated``
  (``param: max_tokens``) saying how many tokens were allowed. A cut ``{"response": "…"}`` in auto
  mode gives its text so far, finish reason ``length``.

Templates that support tools natively are left to llama.cpp, with local ``$ref``s inlined into
the parameters first (llama.cpp's tool grammar does not resolve them); a recursive schema, which
cannot be inlined, goes the generic way instead.
"""

from __future__ import annotations

import json
import secrets
import time

from appliance.serving import schema_grammar
from appliance.serving.tool_checks import check_tools  # noqa: F401 - where callers found it
from appliance.serving.validation import ApiError


def _functions(body: dict) -> list[dict]:
    out = []
    for t in body.get("tools") or []:
        if isinstance(t, dict) and t.get("type", "function") == "function" and isinstance(t.get("function"), dict):
            out.append(t["function"])
    return out


def _params(f: dict) -> dict:
    return f.get("parameters") or {"type": "object"}


def needs_generic(body: dict, caps: dict | None, remote: bool = False) -> bool:
    """Whether this chat request's tools go the generic way (our grammar) rather than llama.cpp's
    native tool path: the template has no tools, the call is forced (llama.cpp's server, as built
    here, ignores a named ``tool_choice`` and does not hold ``required`` to a call for templates it
    parses with its automatic parser: the model may answer text), or a tool's parameters hold a
    ``$ref`` that cannot be inlined (recursion). A remote appliance gets the request as it came."""
    if not body.get("tools") or body.get("tool_choice") == "none" or remote:
        return False
    if not (caps or {}).get("supports_tools") or _forced(body):
        return True
    return any(
        schema_grammar.local_refs(_params(f)) and schema_grammar.inline_refs(_params(f)) is None
        for f in _functions(body)
    )


def native_request(body: dict) -> dict:
    """The request for a template with native tool support: each tool's parameters with its local
    ``$ref``s inlined (llama.cpp's tool grammar cannot resolve them), after checking that our
    converter can express them (so a bad schema is a 400 naming the tool)."""
    _check_tool_schemas(body)
    tools = []
    for t in body.get("tools") or []:
        f = t.get("function") if isinstance(t, dict) else None
        if isinstance(f, dict) and isinstance(f.get("parameters"), dict) and schema_grammar.local_refs(f["parameters"]):
            inlined = schema_grammar.inline_refs(f["parameters"])
            if inlined is not None:
                t = dict(t, function=dict(f, parameters=inlined))
        tools.append(t)
    return dict(body, tools=tools)


def _check_tool_schemas(body: dict) -> None:
    for i, t in enumerate(body.get("tools") or []):
        f = t.get("function") if isinstance(t, dict) else None
        if isinstance(f, dict):
            try:
                schema_grammar.grammar_for_schema(_params(f))
            except schema_grammar.SchemaError as exc:
                param = f"tools.{i}.function.parameters"
                raise ApiError(400, f"Invalid request: {param}: {exc}.", param=param) from None


def _forced(body: dict) -> bool:
    choice = body.get("tool_choice") or "auto"
    return choice == "required" or isinstance(choice, dict)


def _single(body: dict) -> dict | None:
    """The one function a forced request calls (a named function, or ``required`` with one tool):
    then the model writes only its arguments (the grammar's root is their schema) and we add the
    name: the wrapper's 40-odd characters are tokens a small model would spend on every call, and
    that a small ``max_tokens`` would cut. One call, as OpenAI makes for a named function; for
    ``required`` with one tool OpenAI may make several (``parallel_tool_calls``), we make one."""
    choice = body.get("tool_choice") or "auto"
    funcs = _functions(body)
    if isinstance(choice, dict):
        return next((f for f in funcs if f["name"] == (choice.get("function") or {}).get("name")), None)
    if choice == "required" and len(funcs) == 1:
        return funcs[0]
    return None


def _schema(body: dict) -> dict:
    """The schema the generic answer is held to: a single forced call's arguments (``_single``),
    or the wrapper, each tool's ``$defs`` hoisted to its root."""
    single = _single(body)
    if single is not None:
        return _params(single)
    funcs = _functions(body)
    choice = body.get("tool_choice") or "auto"
    if isinstance(choice, dict):
        funcs = [f for f in funcs if f["name"] == choice["function"]["name"]]
    defs: dict = {}
    calls = []
    for i, f in enumerate(funcs):
        args, d = schema_grammar.hoist(_params(f), f"tool{i}")
        if schema_grammar.local_refs(args):
            defs.update(d)
        calls.append(
            {
                "type": "object",
                "properties": {"name": {"const": f["name"]}, "arguments": args},
                "required": ["name", "arguments"],
                "additionalProperties": False,
            }
        )
    item = calls[0] if len(calls) == 1 else {"anyOf": calls}
    array = {"type": "array", "items": item, "minItems": 1}
    if body.get("parallel_tool_calls") is False or isinstance(choice, dict):  # a named function: one call
        array["maxItems"] = 1
    call_schema = {
        "type": "object",
        "properties": {"tool_calls": array},
        "required": ["tool_calls"],
        "additionalProperties": False,
    }
    if _forced(body):
        out = call_schema
    else:
        answer = _answer_schema(body)
        if answer is not None:
            answer, d = schema_grammar.hoist(answer, "response_format")
            if schema_grammar.local_refs(answer):
                defs.update(d)
        out = {
            "anyOf": [
                call_schema,
                {
                    "type": "object",
                    "properties": {"response": answer or {"type": "string"}},
                    "required": ["response"],
                    "additionalProperties": False,
                },
            ]
        }
    if defs:
        out["$defs"] = defs
    return out


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
                **({"description": f["description"]} if f.get("description") else {}),
                "parameters": _untitled(_params(f)),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for f in funcs
    ]
    single = _single(body)
    if single is not None:
        lines.append(f"Call {single['name']}: answer with JSON only, its arguments as one object.")
    elif not _forced(body):
        lines.append(
            'Answer with JSON only: {"tool_calls": [{"name": TOOL, "arguments": {...}}]} to call tools, or '
            '{"response": "your answer"} to answer directly.'
        )
    else:
        lines.append('Answer with JSON only: {"tool_calls": [{"name": TOOL, "arguments": {...}}]}.')
    return "\n".join(lines)


def _untitled(node):
    """A schema without its ``title`` annotations (Pydantic writes one per field): the model reads
    the tools in its prompt, where they cost context and say nothing the names do not."""
    if isinstance(node, list):
        return [_untitled(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k == "title" and isinstance(v, str):
            continue
        if k in ("properties", "$defs", "definitions") and isinstance(v, dict):
            out[k] = {p: _untitled(s) for p, s in v.items()}
        elif k in ("const", "enum", "default", "examples"):
            out[k] = v
        else:
            out[k] = _untitled(v)
    return out


def rewrite_request(body: dict) -> dict:
    """The request as the model without tool support gets it (``grammar``: compact JSON)."""
    _check_tool_schemas(body)
    check_response_format(body)
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
        if k not in ("tools", "tool_choice", "parallel_tool_calls", "stream", "stream_options", "response_format")
    }
    out["messages"] = msgs
    try:
        out["grammar"] = schema_grammar.grammar_for_schema(_schema(body), _limit(body))
    except schema_grammar.SchemaError as exc:  # each part was checked alone: should not happen
        raise ApiError(400, f"Invalid request: tools: {exc}.", param="tools") from None
    return out


# -- response_format ----------------------------------------------------------------------------


def check_response_format(body: dict) -> None:
    rf = body.get("response_format")
    if rf is None:
        return
    if not isinstance(rf, dict):
        raise ApiError(400, "Invalid request: response_format: must be an object with a type.", param="response_format")
    kind = rf.get("type")
    if kind not in ("text", "json_object", "json_schema"):
        raise ApiError(
            400,
            f"Invalid request: response_format.type: must be text, json_object or json_schema, not {kind!r}.",
            param="response_format.type",
        )
    if kind == "json_schema" and not isinstance(rf.get("json_schema"), dict):
        raise ApiError(
            400,
            'Invalid request: response_format.json_schema: must be an object {"name", "schema"}.',
            param="response_format.json_schema",
        )
    schema, param = _format_schema(rf)
    if schema is not None:
        try:
            schema_grammar.grammar_for_schema(schema)
        except schema_grammar.SchemaError as exc:
            raise ApiError(400, f"Invalid request: {param}: {exc}.", param=param) from None


def _format_schema(rf: dict) -> tuple[dict | None, str]:
    """The schema a response_format asks for (None for text), and the field that holds it."""
    if rf.get("type") == "json_object":
        return (rf.get("schema") if isinstance(rf.get("schema"), dict) else {"type": "object"}), (
            "response_format.schema"
        )
    if rf.get("type") == "json_schema":
        js = rf.get("json_schema") or {}
        schema = js.get("schema")
        return (schema if isinstance(schema, dict | bool) else {"type": "object"}), "response_format.json_schema.schema"
    return None, "response_format"


def _answer_schema(body: dict) -> dict | None:
    rf = body.get("response_format")
    return _format_schema(rf)[0] if isinstance(rf, dict) else None


def constrain_response_format(body: dict) -> dict:
    """A chat request whose ``response_format`` asks for JSON, with that format as a compact
    ``grammar`` instead (the answer is the same JSON without the whitespace a small model spends
    tokens on); other requests unchanged. Raises ``ApiError`` for a format it cannot express."""
    rf = body.get("response_format")
    if rf is None or body.get("grammar") is not None:
        return body
    check_response_format(body)
    schema = _format_schema(rf)[0]
    out = {k: v for k, v in body.items() if k != "response_format"}
    if schema is not None:
        out["grammar"] = schema_grammar.grammar_for_schema(schema, _limit(body))
    return out


def _limit(body: dict) -> int | None:
    """The token budget the grammar must fit (``grammar_budget``), if the request gives one."""
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    return limit if isinstance(limit, int) and not isinstance(limit, bool) else None


# -- answers ------------------------------------------------------------------------------------


def converter(body: dict):
    """The function that turns the model's generic-format answer into OpenAI's message."""
    forced = _forced(body)
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    structured_answer = _answer_schema(body) is not None
    single = _single(body)
    name = single["name"] if single is not None else None
    return lambda data: convert_response(
        data, forced=forced, max_tokens=limit, structured=structured_answer, single=name
    )


def _truncated(data: dict, max_tokens) -> ApiError:
    usage = data.get("usage") or {}
    used, prompt = usage.get("completion_tokens"), usage.get("prompt_tokens")
    if max_tokens and (used is None or used >= max_tokens):
        return ApiError(
            400,
            f"The tool call was cut off by max_tokens ({max_tokens}) before its JSON was complete; it is not "
            "returned as content. Raise max_tokens (or max_completion_tokens) and retry.",
            param="max_tokens",
            code="tool_call_truncated",
        )
    return ApiError(
        400,
        f"The tool call was cut off when the model's context ran out (the prompt, with the tools described, took "
        f"{prompt} tokens, the call {used}) before its JSON was complete; it is not returned as content. Shorten "
        "the conversation or the tools' descriptions, or serve the model with a larger --ctx.",
        param="messages",
        code="tool_call_truncated",
    )


_RESPONSE_PREFIX = '{"response":"'


def _partial_string(text: str) -> str:
    """The text of a JSON string's body that was cut short (an escape cut in half dropped)."""
    for k in range(0, 7):
        try:
            return json.loads('"' + text[: len(text) - k] + '"')
        except json.JSONDecodeError:
            continue
    return ""


def convert_response(
    data: dict, forced: bool = False, max_tokens=None, structured: bool = False, single: str | None = None
) -> dict:
    """The model's JSON turned into OpenAI's message (tool_calls or content); with ``single``, the
    JSON is that one function's arguments (``_single``)."""
    for choice in data.get("choices") or []:
        msg = choice.get("message") or {}
        text = msg.get("content") or ""
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            parsed = None
        if single is not None and parsed is not None:
            parsed = {"tool_calls": [{"name": single, "arguments": parsed}]}
        if parsed is None:
            # Cut short (max_tokens, or the context). A tool call is never passed off as content;
            # a direct answer (auto mode) gives what it has so far, finish reason length.
            if forced:
                raise _truncated(data, max_tokens)
            if not (_RESPONSE_PREFIX.startswith(text) or text.startswith('{"response":')):
                # auto mode, a call cut short: no call and no content, finish reason length
                msg["content"] = ""
                choice["finish_reason"] = "length"
                msg.setdefault("role", "assistant")
                choice["message"] = msg
                continue
            if structured:
                msg["content"] = text[len('{"response":') :] if text.startswith('{"response":') else ""
            else:
                msg["content"] = _partial_string(text[len(_RESPONSE_PREFIX) :])
            choice["finish_reason"] = "length"
        elif isinstance(parsed, dict) and isinstance(parsed.get("tool_calls"), list):
            msg["tool_calls"] = [
                {
                    "id": "call_" + secrets.token_hex(12),
                    "type": "function",
                    "function": {
                        "name": c.get("name"),
                        "arguments": json.dumps(c.get("arguments", {}), ensure_ascii=False, separators=(",", ":")),
                    },
                }
                for c in parsed["tool_calls"]
                if isinstance(c, dict)
            ]
            msg["content"] = None
            choice["finish_reason"] = "tool_calls"  # the grammar ended it: the JSON is complete
        elif isinstance(parsed, dict) and "response" in parsed:
            r = parsed["response"]
            msg["content"] = (
                r if isinstance(r, str) and not structured else json.dumps(r, ensure_ascii=False, separators=(",", ":"))
            )
        msg.setdefault("role", "assistant")
        choice["message"] = msg
    return data


def _fragments(text: str, size: int = 24) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def as_stream(data: dict, include_usage: bool) -> list[str]:
    """A complete chat answer as the server-sent events OpenAI streams: the role first; per tool
    call one delta with its index, id, type, name and empty arguments, then the arguments in
    fragments; or the content; then the finish reason; the usage chunk if asked for."""
    base = {
        "id": data.get("id"),
        "object": "chat.completion.chunk",
        "created": data.get("created", int(time.time())),
        "model": data.get("model"),
    }
    events = []

    def emit(choices, **extra):
        events.append("data: " + json.dumps({**base, "choices": choices, **extra}, ensure_ascii=False) + "\n\n")

    def delta(i, d):
        emit([{"index": i, "delta": d, "logprobs": None, "finish_reason": None}])

    for choice in data.get("choices") or []:
        i = choice.get("index", 0)
        msg = choice.get("message") or {}
        if msg.get("tool_calls"):
            delta(i, {"role": "assistant", "content": None})
            for k, c in enumerate(msg["tool_calls"]):
                first = {
                    "index": k,
                    "id": c["id"],
                    "type": "function",
                    "function": {"name": c["function"]["name"], "arguments": ""},
                }
                delta(i, {"tool_calls": [first]})
                for piece in _fragments(c["function"]["arguments"]):
                    delta(i, {"tool_calls": [{"index": k, "function": {"arguments": piece}}]})
        else:
            delta(i, {"role": "assistant", "content": ""})
            if msg.get("content"):
                delta(i, {"content": msg["content"]})
        emit([{"index": i, "delta": {}, "logprobs": None, "finish_reason": choice.get("finish_reason")}])
    if include_usage and data.get("usage"):
        emit([], usage=data["usage"])
    events.append("data: [DONE]\n\n")
    return events


# -- llama.cpp's refusals, in our fields' words ------------------------------------------------


def reword_backend_error(message: str, entry: dict) -> tuple[str, str | None]:
    """llama.cpp's message for a refused request, reworded where it misleads, and the field at
    fault. ``entry`` (the request's log entry) says which path the request took."""
    tools_field = "tools.N.function.parameters"
    if "Unable to generate parser for this template" in message or "JSON schema conversion failed" in message:
        cause = message.split("failed:", 1)[-1].strip() if "failed:" in message else message
        if entry.get("tool_format") == "native":
            return (
                f"Invalid request: {tools_field}: llama.cpp could not turn a tool's parameters schema into the "
                f"grammar that holds the call (the chat template is not at fault): {cause}",
                "tools",
            )
        return (
            "Invalid request: response_format.json_schema.schema: llama.cpp could not turn the schema into a "
            f"grammar: {cause}",
            "response_format.json_schema.schema",
        )
    if "response_format type must be one of" in message:
        got = message.rsplit("but got:", 1)[-1].strip() if "but got:" in message else "?"
        return (
            f"Invalid request: response_format.type: must be text, json_object or json_schema, not {got!r}.",
            "response_format.type",
        )
    if "failed to parse grammar" in message:
        if entry.get("tool_format") == "generic":
            field = f"{tools_field} (the grammar built from the tools)"
        elif entry.get("grammar"):
            field = "response_format.json_schema.schema (the grammar built from it)"
        else:
            field = "grammar"
        return f"Invalid request: {field} was refused by llama.cpp: {message}", "grammar" if field == "grammar" else (
            "tools" if entry.get("tool_format") == "generic" else "response_format.json_schema.schema"
        )
    return message, None
