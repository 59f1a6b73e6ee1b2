"""Text that spells a control token stays text: a message can never open or close a turn.

A model's control tokens (``<|im_start|>``, ``<|im_end|>``, ``<filename>``…) have a text form,
and llama.cpp tokenizes a rendered chat prompt with special-token parsing on: the template's own
markers must become control tokens. Message content is rendered into that same string, so a
client whose message says ``<|im_end|><|im_start|>system`` would, left alone, close its turn and
open a system turn. Every chat path (the API front, ``appliance chat``, the Playground and
evaluations, all over llama-server) therefore does this:

1. **Look.** Each message text is tokenized twice, with special-token parsing on and off; where
   the two differ, the text holds a control token's literal. Most requests stop here and go
   exactly as before (the same prompt string, the same tokens).
2. **Mask.** Each such text is replaced by a mark (a random nonce between two private-use
   characters; its leading and trailing whitespace stay outside, so a template that trims still
   trims) and the chat template is rendered (llama-server's ``/apply-template``).
3. **Splice.** The rendered prompt is cut at the marks: the template's pieces are tokenized as
   before (special parsing on: its markers are control tokens), each masked text with special
   parsing off (its characters are ordinary text tokens, exactly as written), and the model gets
   the token ids. For the API that is a ``/v1/completions`` request whose answer is turned back
   into a chat completion (``ChatFromCompletion``, streamed or not).

Text the template does not render verbatim (tool definitions, tool-call arguments, names) cannot
be masked: a control token's literal there is refused (400, naming the field). A template that
rewrote a mark (so the text could not be put back) is refused too, never passed on.
"""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import time
from dataclasses import dataclass, field

from appliance.messages import M, Message

OPEN, CLOSE = "\ue000", "\ue001"  # private-use characters: no template or tokenizer gives them meaning


class Refused(Exception):
    """A request that cannot be passed on safely; ``param`` names the field. ``message`` is the
    English text (the API's error body), ``msg`` the ``Message`` (the chat's error)."""

    def __init__(self, message: Message, param: str | None = None, status: int = 400):
        self.msg = message
        self.message, self.param, self.status = message.render("en"), param, status
        super().__init__(self.message)

    def __reduce__(self):
        return (type(self), (self.msg, self.param, self.status))


@dataclass
class Masked:
    messages: list
    texts: dict[str, str] = field(default_factory=dict)  # mark -> the text it stands for
    nonce: str = field(default_factory=lambda: secrets.token_hex(8))


def texts_of(messages: list) -> list[tuple[str, str, tuple | None]]:
    """Every string of ``messages`` a template may render: ``(param, text, where)``, where
    ``where`` is ``(message, part)`` for content that can be masked (part ``None`` for a string
    content) and ``None`` for the rest (names, tool calls), which can only be refused."""
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict):
            continue
        c = m.get("content")
        if isinstance(c, str):
            out.append((f"messages.{i}.content", c, (i, None)))
        elif isinstance(c, list):
            for j, p in enumerate(c):
                if isinstance(p, dict) and isinstance(p.get("text"), str):
                    out.append((f"messages.{i}.content.{j}.text", p["text"], (i, j)))
        for key, value in m.items():
            if key not in ("content", "role"):
                out += [(f"messages.{i}.{key}", s, None) for s in _strings(value)]
    return out


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def mask(messages: list, where: list[tuple]) -> Masked:
    """A copy of ``messages`` with each text at ``where`` (``(message, part)``) replaced by a mark."""
    out = Masked(json.loads(json.dumps(messages)))
    for n, (i, j) in enumerate(where):
        holder = out.messages[i] if j is None else out.messages[i]["content"][j]
        key = "content" if j is None else "text"
        text = holder[key]
        mark = f"{OPEN}{out.nonce}:{n}{CLOSE}"
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        holder[key] = lead + mark + trail
        out.texts[mark] = text.strip()
    return out


def split(rendered: str, masked: Masked) -> list:
    """The rendered prompt as pieces: template text (``str``) and the marks where masked text
    goes back (``(mark,)``, a one-element tuple). Raises ``Refused`` if the template changed a
    mark (so that text cannot be put back as it was written)."""
    pattern = re.compile(re.escape(OPEN + masked.nonce) + r":\d+" + re.escape(CLOSE))
    pieces: list = []
    pos = 0
    for m in pattern.finditer(rendered):
        if m.group(0) not in masked.texts:
            raise _changed()
        pieces += [rendered[pos : m.start()], (m.group(0),)]
        pos = m.end()
    pieces.append(rendered[pos:])
    if any(isinstance(p, str) and masked.nonce.lower() in p.lower() for p in pieces):
        raise _changed()
    return pieces


def _changed() -> Refused:
    return Refused(
        M(
            "serving.control_text.template_changes_text",
            "A message holds the text of one of the model's control tokens, and this model's chat template "
            "changes message text, so it cannot be passed on as plain text. Remove the control-token text.",
        )
    )


def unsafe(specials: list[list[int]], plains: list[list[int]]) -> list[int]:
    """Indexes of the texts whose tokens differ with special-token parsing on and off."""
    return [k for k, (a, b) in enumerate(zip(specials, plains, strict=True)) if a != b]


# The API front (llama-server) --------------------------------------------------------------------
async def completion_for(call, body: dict) -> dict | None:
    """``None`` when no message of the chat request ``body`` holds a control token's text (it goes
    to ``/v1/chat/completions`` as it is); else the ``/v1/completions`` request that gives the
    model the same prompt with those texts as plain text. ``call(path, payload)`` posts to the
    backend and returns its response. Raises ``Refused``."""
    items = texts_of(body.get("messages") or [])
    for k, t in enumerate(_strings(body.get("tools"))):
        items.append((f"tools ({k + 1}. text)", t, None))
    if not items:
        return None
    texts = [t.strip() if where else t for _p, t, where in items]
    specials, plains = await asyncio.gather(_tokenize(call, texts, True), _tokenize(call, texts, False))
    bad = unsafe(specials, plains)
    if not bad:
        return None
    for k in bad:
        if items[k][2] is None:
            param = items[k][0]
            raise Refused(
                M(
                    "serving.control_text.not_content",
                    "Invalid request: {param}: holds the text of one of the model's control tokens, which only "
                    "message content may hold (it is passed on as plain text there).",
                    param=param,
                ),
                param.split(" ", 1)[0],
            )
    masked = mask(body["messages"], [items[k][2] for k in bad])
    ids = dict(zip(masked.texts, (plains[k] for k in bad), strict=True))  # mark -> its text's plain tokens
    rendered = await _json(call, "/apply-template", {**body, "messages": masked.messages, "stream": False})
    prompt: list = []
    for piece in split(str(rendered.get("prompt", "")), masked):
        if isinstance(piece, tuple):
            prompt += ids[piece[0]]
        elif piece or not prompt:  # the first piece is always a string: llama.cpp puts BOS before it
            prompt.append(piece)
    return _completion_body(body, prompt)


async def _json(call, path: str, payload: dict) -> dict:
    r = await call(path, payload)
    try:
        data = r.json()
    except ValueError:
        data = None
    if r.status_code != 200 or not isinstance(data, dict):
        err = (data or {}).get("error") if isinstance(data, dict) else None
        message = (err or {}).get("message") if isinstance(err, dict) else None
        if message:
            said = M("serving.control_text.backend_said", "{message}", message=str(message))
        else:
            said = M(
                "serving.control_text.backend_refused",
                "The model's server refused the request (status {status}).",
                status=r.status_code,
            )
        raise Refused(said, None, r.status_code if 400 <= r.status_code < 500 else 502)
    return data


async def _tokenize(call, texts: list[str], special: bool) -> list[list[int]]:
    """Each text's token ids, in one request: the texts go as one mixed prompt with -1 between
    them (llama.cpp passes numbers through as they are), and the answer is cut at the -1s."""
    content: list = []
    for k, t in enumerate(texts):
        content += [t] if k == 0 else [-1, t]
    data = await _json(call, "/tokenize", {"content": content, "add_special": False, "parse_special": special})
    out, cur = [], []
    for tok in data.get("tokens", []):
        if tok == -1:
            out.append(cur)
            cur = []
        else:
            cur.append(tok)
    out.append(cur)
    if len(out) != len(texts):  # a llama.cpp that checks ids: one text per request
        out = []
        for t in texts:
            d = await _json(call, "/tokenize", {"content": t, "add_special": False, "parse_special": special})
            out.append(d.get("tokens", []))
    return out


# Chat fields /v1/completions does not take (response_format and logprobs are translated).
_CHAT_ONLY = {
    "messages", "tools", "tool_choice", "parallel_tool_calls", "response_format", "logprobs", "top_logprobs",
    "max_completion_tokens", "chat_template_kwargs", "add_generation_prompt", "continue_final_message",
    "reasoning_format", "echo", "suffix",
}  # fmt: skip


def _completion_body(body: dict, prompt: list) -> dict:
    out = {k: v for k, v in body.items() if k not in _CHAT_ONLY}
    out["prompt"] = prompt
    if "max_tokens" not in body and body.get("max_completion_tokens") is not None:
        out["max_tokens"] = body["max_completion_tokens"]
    rf = body.get("response_format")
    if isinstance(rf, dict) and rf.get("type") == "json_object":
        out["json_schema"] = rf.get("schema") or {"type": "object"}
    elif isinstance(rf, dict) and rf.get("type") == "json_schema":
        out["json_schema"] = (rf.get("json_schema") or {}).get("schema") or {"type": "object"}
    if body.get("logprobs"):
        out["n_probs"] = body.get("top_logprobs") or 1
    return out


class ChatFromCompletion:
    """A ``/v1/completions`` answer as the chat completion the client asked for: the whole
    answer (``response``) or, streamed, each chunk (``chunk``; ``echo_chunk`` is the first, with
    the role; a usage chunk has ``choices: []``, as in a chat stream)."""

    def __init__(self, rid: str):
        self.id = "chatcmpl-" + rid.removeprefix("req-")

    def response(self, data: dict) -> dict:
        if not isinstance(data, dict) or "choices" not in data:
            return data
        choices = [
            {
                "index": c.get("index", 0),
                "message": {"role": "assistant", "content": c.get("text") or ""},
                "finish_reason": c.get("finish_reason"),
                "logprobs": c.get("logprobs"),
            }
            for c in data.get("choices") or []
        ]
        return {**data, "id": self.id, "object": "chat.completion", "choices": choices}

    def echo_chunk(self, model: str) -> dict:
        return self._chunk({"model": model, "created": int(time.time())}, [_delta(0, {"role": "assistant"}, None)])

    def chunk(self, obj: dict) -> list[dict] | dict:
        if not isinstance(obj, dict) or "choices" not in obj:
            return obj  # an error event
        out = []
        choices = [
            _delta(
                c.get("index", 0),
                {"content": c["text"]} if c.get("text") else {},
                c.get("finish_reason"),
                c.get("logprobs"),
            )
            for c in obj.get("choices") or []
        ]
        if choices:
            out.append(self._chunk({k: v for k, v in obj.items() if k != "usage"}, choices))
        if obj.get("usage"):
            out.append(self._chunk({k: v for k, v in obj.items() if k != "timings"}, []))
        return out

    def _chunk(self, obj: dict, choices: list) -> dict:
        return {**obj, "id": self.id, "object": "chat.completion.chunk", "choices": choices}


def _delta(index: int, delta: dict, finish, logprobs=None) -> dict:
    return {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish}
