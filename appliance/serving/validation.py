"""What the API accepts: request checks and normalisation, OpenAI-shaped error bodies, and the
server-sent events our front reads on their way through (``serving/server.py``)."""

from __future__ import annotations

import json


def error_body(
    status: int, message: str, *, type_: str | None = None, param: str | None = None, code: str | None = None
) -> dict:
    if type_ is None:
        type_ = {
            401: "authentication_error",
            403: "permission_error",
            404: "not_found_error",
            413: "invalid_request_error",
            429: "rate_limit_error",
        }.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def normalize(kind: str, body: dict) -> dict:
    """OpenAI accepts ``null`` for any optional field: drop them rather than pass them on, and
    give a message without content (an assistant turn that only calls tools) an empty string
    where the template needs one."""
    body = {k: v for k, v in body.items() if v is not None}
    if kind == "chat":
        msgs = []
        for m in body.get("messages") or []:
            if isinstance(m, dict):
                m = {k: v for k, v in m.items() if v is not None or k == "content"}
                if m.get("content") is None:
                    m["content"] = None if m.get("tool_calls") else ""
            msgs.append(m)
        body["messages"] = msgs
    if isinstance(body.get("stream_options"), dict):
        body["stream_options"] = {k: v for k, v in body["stream_options"].items() if v is not None}
    return body


def check_request(kind: str, body) -> tuple[str | None, str | None]:
    """A message and the parameter at fault, or ``(None, None)``."""
    if not isinstance(body, dict):
        return "The request body must be a JSON object.", None
    model = body.get("model")
    if not isinstance(model, str) or not model:
        return "Invalid request: model: a model name is required (GET /v1/models lists them).", "model"
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
        from appliance.serving.tools import check_tools

        message, param = check_tools(body)
        if message:
            return message, param
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
