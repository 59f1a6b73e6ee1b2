"""What the API accepts: request checks and normalisation, OpenAI-shaped error bodies, and the
server-sent events our front reads on their way through (``serving/server.py``)."""

from __future__ import annotations

import json


class ApiError(Exception):
    """A request the front refuses or cannot answer, at any stage: becomes an error body in the
    API's shape (OpenAI's, or the adapter's for ``/v1/messages`` and ``/v1/responses``) and one
    log line and audit record."""

    def __init__(self, status: int, message: str, *, param: str | None = None, code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.param, self.code = status, message, param, code


def error_body(
    status: int, message: str, *, type_: str | None = None, param: str | None = None, code: str | None = None
) -> dict:
    if type_ is None:
        type_ = {
            401: "authentication_error",
            403: "permission_error",
            404: "invalid_request_error",  # as OpenAI: an unknown model or URL is a bad request
            413: "invalid_request_error",
            429: "rate_limit_error",
        }.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def normalize(kind: str, body: dict) -> dict:
    """OpenAI accepts ``null`` for any optional field: drop them rather than pass them on, and
    give a message without content (an assistant turn that only calls tools) an empty string
    where the template needs one."""
    body = {k: v for k, v in body.items() if v is not None and k not in IGNORED}
    if kind == "chat":
        msgs = []
        for m in body.get("messages") or []:
            if isinstance(m, dict):
                m = {k: v for k, v in m.items() if v is not None or k == "content"}
                if m.get("content") is None:
                    m["content"] = None if m.get("tool_calls") else ""
                elif isinstance(m["content"], list):  # text parts read as the one string they spell
                    m["content"] = "".join(p["text"] for p in m["content"])
            msgs.append(m)
        body["messages"] = msgs
        if "max_completion_tokens" in body:  # OpenAI's newer name; llama.cpp reads max_tokens
            body.setdefault("max_tokens", body["max_completion_tokens"])
            del body["max_completion_tokens"]
    if isinstance(body.get("stream_options"), dict):
        body["stream_options"] = {k: v for k, v in body["stream_options"].items() if v is not None}
    return body


def parse_body(raw: bytes):
    """The request's JSON, or ``ApiError`` 400 naming what is wrong: not JSON (line and column),
    ``NaN``/``Infinity`` (not JSON numbers, though Python's reader takes them), a number too large
    for a double, or nesting deeper than ``MAX_DEPTH``."""
    import math

    from appliance.nesting import depth

    def constant(name):
        raise ValueError(f"{name} is not a JSON number")

    def number(text):
        v = float(text)
        if not math.isfinite(v):
            raise ValueError(f"the number {text[:40]} is too large")
        return v

    try:
        body = json.loads(raw, parse_constant=constant, parse_float=number)
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, f"The request body is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}."
        ) from exc
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"The request body is not valid JSON: it is not UTF-8 ({exc.reason}).") from exc
    except ValueError as exc:
        raise ApiError(400, f"The request body is not valid JSON: {exc}.") from exc
    except RecursionError as exc:
        raise ApiError(400, f"The request body nests deeper than {MAX_DEPTH} levels.") from exc
    if depth(body, MAX_DEPTH) > MAX_DEPTH:
        raise ApiError(400, f"The request body nests deeper than {MAX_DEPTH} levels.")
    return body


# Accepted and ignored: not passed on to llama.cpp (docs/serving.md says why for each).
IGNORED = (
    "metadata",
    "store",
    "service_tier",
    "prompt_cache_key",
    "safety_identifier",
    "reasoning_effort",
    "verbosity",
    "modalities",
    "best_of",
)

MAX_DEPTH = 64  # a tool's or a response format's JSON schema nests well within this


def _is_int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_num(v) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _strs(v, most: int) -> bool:
    return isinstance(v, str) or (isinstance(v, list) and len(v) <= most and all(isinstance(x, str) for x in v))


def _logit_bias(v) -> bool:
    return isinstance(v, dict) and all(
        isinstance(k, str) and k.lstrip("-").isdigit() and _is_num(x) and -100 <= x <= 100 for k, x in v.items()
    )


def _stream_options(v) -> bool:
    return isinstance(v, dict) and all(
        k in ("include_usage", "include_obfuscation") and (x is None or isinstance(x, bool)) for k, x in v.items()
    )


def _metadata(v) -> bool:
    return isinstance(v, dict) and len(v) <= 16 and all(isinstance(x, str) for x in v.values())


def _collections(v) -> bool:
    return isinstance(v, list) and 1 <= len(v) <= 8 and all(isinstance(x, str) and x for x in v)


def _retrieval(v) -> bool:
    if not isinstance(v, dict) or set(v) - {"k", "mode"}:
        return False
    k, mode = v.get("k", 4), v.get("mode", "hybrid")
    return _is_int(k) and 1 <= k <= 20 and mode in ("hybrid", "dense", "lexical")


# Each field the API takes: (which endpoints, the check, what it must be). Fields not here are
# refused as OpenAI refuses them ("Unrecognized request argument supplied"); docs/serving.md lists
# which are honoured and which are accepted and ignored.
C, T, E = "chat", "completion", "embeddings"
FIELDS = {
    "model": ((C, T, E), lambda v: isinstance(v, str), "a string"),
    "messages": ((C,), lambda v: isinstance(v, list), "a list of messages"),
    "prompt": ((T,), lambda v: True, ""),
    "input": ((E,), lambda v: True, ""),
    "stream": ((C, T), lambda v: isinstance(v, bool), "true or false"),
    "stream_options": ((C, T), _stream_options, "an object with include_usage (true or false)"),
    "max_tokens": ((C, T), lambda v: True, ""),
    "max_completion_tokens": ((C,), lambda v: True, ""),
    "temperature": ((C, T), lambda v: True, ""),
    "top_p": ((C, T), lambda v: True, ""),
    "presence_penalty": ((C, T), lambda v: True, ""),
    "frequency_penalty": ((C, T), lambda v: True, ""),
    "n": ((C, T), lambda v: True, ""),
    "stop": ((C, T), lambda v: _strs(v, 16), "a string or a list of up to 16 strings"),
    "seed": ((C, T), _is_int, "a whole number"),
    "user": ((C, T, E), lambda v: isinstance(v, str), "a string"),
    "logit_bias": ((C, T), _logit_bias, "an object mapping token ids to numbers from -100 to 100"),
    "logprobs": ((C, T), lambda v: True, ""),
    "top_logprobs": ((C,), lambda v: True, ""),
    "response_format": ((C,), lambda v: True, ""),
    "tools": ((C,), lambda v: True, ""),
    "tool_choice": ((C,), lambda v: True, ""),
    "parallel_tool_calls": ((C,), lambda v: isinstance(v, bool), "true or false"),
    "echo": ((T,), lambda v: isinstance(v, bool), "true or false"),
    "best_of": ((T,), lambda v: v == 1, "1 (several candidates per prompt are not offered; use n)"),
    "suffix": ((T,), lambda v: True, ""),
    "dimensions": ((E,), lambda v: _is_int(v) and v >= 1, "a whole number of at least 1"),
    "encoding_format": ((E,), lambda v: v in ("float", "base64"), "float or base64"),
    # Accepted and ignored (nothing is stored, there is one service tier, no reasoning models):
    "metadata": ((C, T), _metadata, "an object of up to 16 string values"),
    "store": ((C,), lambda v: isinstance(v, bool), "true or false"),
    "service_tier": ((C, T), lambda v: isinstance(v, str), "a string"),
    "prompt_cache_key": ((C, T), lambda v: isinstance(v, str), "a string"),
    "safety_identifier": ((C, T), lambda v: isinstance(v, str), "a string"),
    "reasoning_effort": ((C,), lambda v: isinstance(v, str), "a string"),
    "verbosity": ((C,), lambda v: isinstance(v, str), "a string"),
    "modalities": ((C,), lambda v: v == ["text"], '["text"] (these models only write text)'),
    # llama.cpp's own sampling extensions, passed on:
    "top_k": ((C, T), lambda v: _is_int(v) and v >= 0, "a whole number of at least 0"),
    "min_p": ((C, T), lambda v: _is_num(v) and 0 <= v <= 1, "a number from 0 to 1"),
    "typical_p": ((C, T), lambda v: _is_num(v) and 0 <= v <= 1, "a number from 0 to 1"),
    "repeat_penalty": ((C, T), lambda v: _is_num(v) and 0 <= v <= 10, "a number from 0 to 10"),
    "repeat_last_n": ((C, T), lambda v: _is_int(v) and v >= -1, "a whole number of at least -1"),
    "ignore_eos": ((C, T), lambda v: isinstance(v, bool), "true or false"),
    "chat_template_kwargs": ((C,), lambda v: isinstance(v, dict), "an object"),
    # Ours: answer from document collections, with citations (docs/retrieval.md):
    "collections": ((C,), _collections, "a list of 1 to 8 collection names"),
    "retrieval": (
        (C,),
        _retrieval,
        'an object like {"k": 4, "mode": "hybrid"} (k 1 to 20; mode hybrid, dense or lexical)',
    ),
}
REFUSED = {
    "functions": "the functions field was replaced by tools; send tools",
    "function_call": "the function_call field was replaced by tool_choice; send tool_choice",
    "audio": "these models neither hear nor speak",
    "prediction": "predicted outputs are not offered",
    "web_search_options": "nothing here reaches the web",
}
MESSAGE_FIELDS = {
    "role": lambda v: isinstance(v, str),
    "content": lambda v: True,
    "name": lambda v: isinstance(v, str),
    "tool_calls": lambda v: isinstance(v, list),
    "tool_call_id": lambda v: isinstance(v, str),
    "refusal": lambda v: isinstance(v, str),
    "reasoning_content": lambda v: isinstance(v, str),
}


def check_fields(kind: str, body: dict) -> tuple[str | None, str | None]:
    """Every field known for this endpoint and of the right type (``None`` means not given)."""
    for key, value in body.items():
        if key in REFUSED and kind != "embeddings" and value is not None:
            return f"Invalid request: {key}: {REFUSED[key]}.", key
        spec = FIELDS.get(key)
        if spec is None or kind not in spec[0]:
            return f"Unrecognized request argument supplied: {key}", key
        if value is not None and not spec[1](value):
            return f"Invalid request: {key}: must be {spec[2]}.", key
    if kind == "chat" and isinstance(body.get("messages"), list):
        for i, m in enumerate(body["messages"]):
            if not isinstance(m, dict):
                continue
            for key, value in m.items():
                ok = MESSAGE_FIELDS.get(key)
                if ok is None:
                    return f"Invalid request: messages.{i}.{key}: not a field of a message.", f"messages.{i}.{key}"
                if value is not None and not ok(value):
                    kind_ = {"tool_calls": "a list"}.get(key, "a string")
                    return f"Invalid request: messages.{i}.{key}: must be {kind_}.", f"messages.{i}.{key}"
            for k, call in enumerate(m.get("tool_calls") or []):
                fn = call.get("function") if isinstance(call, dict) else None
                if not (
                    isinstance(fn, dict)
                    and isinstance(fn.get("name"), str)
                    and isinstance(fn.get("arguments", ""), str)
                    and isinstance(call.get("id", ""), str)
                ):
                    return (
                        f"Invalid request: messages.{i}.tool_calls.{k}: each call needs an id and a function with a "
                        "name and its arguments as a JSON string."
                    ), f"messages.{i}.tool_calls.{k}"
            for k, part in enumerate(m["content"] if isinstance(m.get("content"), list) else []):
                if isinstance(part, dict) and part.get("type") == "text" and not isinstance(part.get("text"), str):
                    return (
                        f"Invalid request: messages.{i}.content.{k}.text: a text part needs its text as a string."
                    ), f"messages.{i}.content.{k}.text"
    rf = body.get("response_format")
    if rf is not None:
        t = rf.get("type") if isinstance(rf, dict) else None
        if t not in ("text", "json_object", "json_schema"):
            return (
                "Invalid request: response_format.type: must be text, json_object or json_schema."
            ), "response_format.type"
        if t == "json_schema":
            js = rf.get("json_schema")
            if not isinstance(js, dict) or not isinstance(js.get("schema", {}), dict):
                return (
                    "Invalid request: response_format.json_schema: must be an object with name and schema (a JSON "
                    "schema object)."
                ), "response_format.json_schema"
            if not isinstance(js.get("name", ""), str):
                return "Invalid request: response_format.json_schema.name: must be a string.", (
                    "response_format.json_schema.name"
                )
    return None, None


def check_request(kind: str, body) -> tuple[str | None, str | None]:
    """A message and the parameter at fault, or ``(None, None)``."""
    if not isinstance(body, dict):
        return "The request body must be a JSON object.", None
    model = body.get("model")
    if not isinstance(model, str) or not model:
        return "Invalid request: model: a model name is required (GET /v1/models lists them).", "model"
    message, param = check_fields(kind, body)
    if message:
        return message, param
    if kind == "chat":
        msgs = body.get("messages")
        if not isinstance(msgs, list) or not msgs:
            return "Invalid request: messages: at least one message is required.", "messages"
        for i, m in enumerate(msgs):
            if not isinstance(m, dict) or not isinstance(m.get("role"), str):
                return f"Invalid request: messages.{i}: each message needs a role.", f"messages.{i}.role"
            if m["role"] not in ("system", "user", "assistant", "tool", "developer"):
                return (
                    f"Invalid request: messages.{i}.role: {m['role']!r} is not one of system, user, assistant, "
                    "tool, developer."
                ), f"messages.{i}.role"
            c = m.get("content")
            if isinstance(c, list) and any(not isinstance(p, dict) or p.get("type") != "text" for p in c):
                return (
                    f"Invalid request: messages.{i}.content: only text parts are supported by these models."
                ), f"messages.{i}.content"
            if c is not None and not isinstance(c, str | list):
                return (
                    f"Invalid request: messages.{i}.content: must be a string or a list of parts.",
                    f"messages.{i}.content",
                )
    elif kind == "completion":
        p = body.get("prompt")
        if not (isinstance(p, str) or (isinstance(p, list) and p and all(isinstance(x, str) for x in p))):
            return "Invalid request: prompt: a string (or a list of strings) is required.", "prompt"
        if body.get("suffix"):
            return (
                "Invalid request: suffix: fill-in-the-middle is not supported by these models; put the text in "
                "the prompt."
            ), "suffix"
        lp = body.get("logprobs")
        if lp is not None and (not isinstance(lp, int) or isinstance(lp, bool) or not 0 <= lp <= 20):
            return "Invalid request: logprobs: must be a whole number from 0 to 20.", "logprobs"
    elif kind == "embeddings":
        x = body.get("input")
        if not (isinstance(x, str) or (isinstance(x, list) and x and all(isinstance(s, str) for s in x))):
            return "Invalid request: input: a string or a list of strings is required.", "input"
    for key, lo, hi in (
        ("temperature", 0.0, 2.0),
        ("top_p", 0.0, 1.0),
        ("presence_penalty", -2.0, 2.0),
        ("frequency_penalty", -2.0, 2.0),
    ):
        v = body.get(key)
        if v is not None and (not isinstance(v, int | float) or isinstance(v, bool) or not lo <= v <= hi):
            return f"Invalid request: {key}: must be a number from {lo:g} to {hi:g}.", key
    for key in ("max_tokens", "max_completion_tokens"):
        v = body.get(key)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 1):
            return f"Invalid request: {key}: must be a whole number of at least 1.", key
    n = body.get("n")
    if n is not None and (not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 16):
        return "Invalid request: n: must be a whole number from 1 to 16.", "n"
    if n and n > 1 and body.get("stream"):
        return "Invalid request: n: more than one choice is only available without stream.", "n"
    if kind == "chat":
        from appliance.serving.tool_checks import check_tools

        message, param = check_tools(body)
        if message:
            return message, param
    if kind == "chat" and body.get("logprobs") is not None and not isinstance(body["logprobs"], bool):
        return "Invalid request: logprobs: must be true or false.", "logprobs"
    lp = body.get("top_logprobs")
    if lp is not None and (not isinstance(lp, int) or isinstance(lp, bool) or not 0 <= lp <= 20):
        return "Invalid request: top_logprobs: must be a whole number from 0 to 20.", "top_logprobs"
    return None, None


def filter_events(data: bytes, wants_usage: bool, transform=None) -> tuple[bytes, dict, str | None]:
    """Complete events that mention usage or an error (or every event, with ``transform``, which
    may turn one event's object into several): returns them as they go to the client, the usage
    seen, and the error message seen."""
    out, usage, error = [], {}, None
    for event in data.split(b"\n\n"):
        if not event.strip():
            continue
        line = event.strip()
        if not (line.startswith(b"data: {") and (transform is not None or b'"usage"' in line or b'"error"' in line)):
            out.append(event + b"\n\n")
            continue
        try:
            obj = json.loads(line[6:])
        except (json.JSONDecodeError, UnicodeDecodeError):
            obj = None
        if not isinstance(obj, dict):
            out.append(event + b"\n\n")
            continue
        objs = [obj]
        if transform is not None:
            objs = transform(obj)
            objs = objs if isinstance(objs, list) else [objs]
        for obj in objs:
            changed = transform is not None
            if obj.get("error"):
                err = obj["error"]
                error = str(err.get("message", err) if isinstance(err, dict) else err)[:300]
            if obj.get("usage"):
                usage = obj["usage"]
                if not wants_usage:
                    if not obj.get("choices"):
                        continue  # the usage-only chunk the client did not ask for
                    obj = {k: v for k, v in obj.items() if k != "usage"}
                    changed = True
            text = b"data: " + json.dumps(obj, ensure_ascii=False).encode() if changed else event
            out.append(text + b"\n\n")
    return b"".join(out), usage, error
