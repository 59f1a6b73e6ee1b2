"""One request to the API as an object, from its arrival to the end of its answer (as llama.cpp's
server keeps a task per request): ``server.py``'s endpoints each make a ``Call`` and ``answer()``
it.

A ``Call`` holds what the request is (its kind, the HTTP request, its id, when it started, its log
line, the parsed body, the adapter of ``/v1/responses`` and ``/v1/messages``, whether it streams
and wants usage, ``n``) and does the route's work: a chat or text completion routed to a variant
and tried on its fallbacks (``generate``, ``send_to``), or embeddings (``embeddings``); what it
does with a backend is ``backend_calls.py``'s. ``Hold`` is the one owner of the in-flight counts:
nothing else changes ``Gateway.in_flight`` or a backend's ``stats.in_flight``.
"""

from __future__ import annotations

import asyncio
import time
import types
import uuid

from appliance.errors import ServingError
from appliance.ids import new_id, utc_now
from appliance.serving import control_text, tools
from appliance.serving.backend_calls import BackendCalls, _BackendDown, _ClientGone, _embeddings_shape, _error
from appliance.serving.compat import CompletionFix
from appliance.serving.routing import prompt_text
from appliance.serving.validation import ApiError, check_request, normalize, parse_body


class Hold:
    """A request's share of the in-flight counts, and the only place they change: the gateway's
    (``Gateway.in_flight``, what a shutdown drain waits for) and a backend's (``stats.in_flight``,
    what the router weighs; counted from before the backend is asked, so the router sees it taken).
    Taken when made, given back once: at the end of its ``with`` block, or, once ``keep()`` handed
    it on (to a stream), by ``release()`` (at the stream's end)."""

    def __init__(self, gw, backend=None, k: int = 1, *, gateway: bool = False):
        self.gw, self.backend, self.k = gw, backend, k
        self.gateway = self.kept = self.released = False
        if backend is not None:
            backend.stats.in_flight += k
        if gateway:
            self._take_gateway()

    def _take_gateway(self) -> None:
        self.gw.in_flight += 1
        self.gateway = True

    def keep(self, *, gateway: bool = False) -> Hold:
        """The counts outlive the ``with`` block (``release`` ends them); with ``gateway`` the
        gateway counts the request from now too."""
        if gateway and not self.gateway:
            self._take_gateway()
        self.kept = True
        return self

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        if self.backend is not None:
            self.backend.stats.in_flight -= self.k
        if self.gateway:
            self.gw.in_flight -= 1

    def __enter__(self) -> Hold:
        return self

    def __exit__(self, *_exc) -> None:
        if not self.kept:
            self.release()


class Call(BackendCalls):
    """One request: ``answer()`` gives its response, an error in OpenAI's shape included. With an
    ``adapter`` (``/v1/responses``, ``/v1/messages``) the body is first turned into a chat
    completion (``adapter.to_chat``) and the answer, whatever it is (an error, a JSON body, a
    stream), is turned back (``adapter.finish``)."""

    def __init__(self, gw, kind: str, request, adapter=None):
        self.gw, self.kind, self.request, self.adapter = gw, kind, request, adapter
        self.rid = "req-" + uuid.uuid4().hex[:16]
        self.started = time.perf_counter()
        self.entry: dict = {  # the request's log line (request_log) and audit record
            "id": self.rid,
            "kind": adapter.kind if adapter else kind,
            "client": request.client.host if request.client else None,
        }
        self.body: dict = {}
        self.served = None  # the ServedName asked for
        self.headers: dict = {"x-request-id": self.rid}  # the response's, for the variant answering
        self.n, self.stream, self.wants_usage = 1, False, False
        self.capture_line, self.capture_id = None, None  # the line this answer is captured for
        self.retrieval = None  # the sources of an answer from document collections (grounding.py)
        self.client_messages = None  # the messages as the client sent them, before the sources

    def hold(self, backend=None, k: int = 1, *, gateway: bool = False) -> Hold:
        return Hold(self.gw, backend, k, gateway=gateway)

    async def answer(self):
        with self.hold(gateway=True):  # the request is in flight until its answer is made
            res = await self._answer()
            return await self.adapter.finish(res) if self.adapter is not None else res

    def fail(self, status: int, message: str, **kw):
        """The refusal ``status`` (OpenAI's shape), logged and audited."""
        self.entry.update(status=status, error=message[:300], seconds=round(time.perf_counter() - self.started, 3))
        self.gw.request_log.write(self.entry)
        return _error(status, message, headers={"x-request-id": self.rid}, **kw)

    async def _answer(self):
        refusal = await self._parse()
        if refusal is not None:
            return refusal
        if self.kind == "embeddings":
            return await self.embeddings()
        if self.kind == "chat" and "collections" in self.body:
            from appliance.serving import grounding

            refusal = await grounding.ground(self)
            if refusal is not None:
                return refusal
            return grounding.with_citations(self, await self.generate())
        return await self.generate()

    async def _read_body(self) -> bytes:
        chunks, size = [], 0
        async for chunk in self.request.stream():
            size += len(chunk)
            if size > self.gw.max_body:
                raise _TooLarge()
            chunks.append(chunk)
        return b"".join(chunks)

    async def _parse(self):
        """The body read, parsed, adapted, checked and normalized, its model found (``self.body``,
        ``self.served``); the refusal if any of that fails, else None."""
        if self.gw.draining:
            return self.fail(
                503, "The server is stopping; retry on another server or in a moment.", code="shutting_down"
            )
        try:
            raw = await self._read_body()
        except _TooLarge:
            return self.fail(413, f"The request body is over {self.gw.max_body} bytes.", code="request_too_large")
        try:
            body = parse_body(raw)
        except ApiError as exc:
            return self.fail(exc.status, exc.message)
        if self.adapter is not None:
            try:
                body = self.adapter.to_chat(body)
            except ApiError as exc:
                return self.fail(exc.status, exc.message, param=exc.param, code=exc.code)
        message, param = check_request(self.kind, body)
        if message:
            return self.fail(400, message, param=param)
        self.body = normalize(self.kind, body)
        self.entry["model"] = self.body["model"]
        self.served = self.gw.router.served(self.body["model"])
        if self.served is None:
            return self.fail(
                404,
                f"The model {self.body['model']!r} is not served here; GET /v1/models lists those that are.",
                param="model",
                code="model_not_found",
                type_="invalid_request_error",
            )
        return None

    async def generate(self):
        """A chat or text completion: routed to a variant, and to its fallbacks while backends fail."""
        body, served = self.body, self.served
        budget = self.request.headers.get("x-latency-budget-ms")
        try:
            budget_ms = float(budget) if budget else None
        except ValueError:
            return self.fail(400, "The X-Latency-Budget-Ms header must be a number of milliseconds.")
        text = prompt_text(self.kind, body)
        route = self.gw.router.route(
            served, text, budget_ms=budget_ms, user=body.get("user") if isinstance(body.get("user"), str) else None
        )
        if route is None:
            return self.fail(
                503,
                f"No variant of {served.name!r} can take this request now (each is down or its conditions exclude it).",
                code="no_variant",
            )
        self.entry["prompt_chars"] = len(text)
        if self.gw.capture is not None:
            self.capture_line = self.gw.capture.line_for(served.name)
            self.capture_id = new_id("cap") if self.capture_line else None
        self.n = int(body.pop("n", 1) or 1)
        self.stream = bool(body.get("stream"))
        self.wants_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        if self.stream:  # we always need the counts; the usage chunk reaches the client only if it asked
            body["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        tried = []
        for variant in [route.variant, *route.fallbacks]:
            reason = route.reason if not tried else f"fallback after {', '.join(tried)} failed; {route.reason}"
            self.answered_by(variant, reason)
            try:
                return await self.send_to(variant)
            except control_text.Refused as exc:
                return self.fail(exc.status, exc.message, param=exc.param)
            except ApiError as exc:
                return self.fail(exc.status, exc.message, param=exc.param, code=exc.code)
            except _ClientGone:
                return self.fail(
                    499,
                    "The client closed the connection before the answer was ready; decoding stopped.",
                    code="client_closed",
                )
            except _BackendDown as exc:
                tried.append(f"{variant.name} ({exc})")
                variant.backend.stats.failures += 1
        return self.fail(
            502,
            f"Every variant of {served.name!r} failed: {'; '.join(tried)}. The server log has details; "
            "crashed backends are restarted.",
            code="backend_failed",
        )

    def answered_by(self, variant, reason: str) -> None:
        """The variant now asked, in the response's headers and the log line."""
        self.headers = {
            "x-request-id": self.rid,
            "x-appliance-model": self.served.name,
            "x-appliance-variant": variant.name,
            "x-appliance-export": variant.export_id or "remote",
            "x-appliance-route": _header(reason),
        }
        if self.capture_id:  # the client learns its request is recorded, and under which id
            self.headers["x-appliance-captured"] = self.capture_id
        self.entry.update(
            variant=variant.name, export=variant.export_id or None, model_id=variant.model_id or None, route=reason
        )

    async def send_to(self, variant):
        """The request sent to one variant: structured output and tools as compact grammars
        (``serving/tools.py``), a control token's text kept text (``control_text``), then forwarded
        as JSON, as ``n`` answers or as a stream. Raises what ``generate`` turns into errors."""
        kind, body, entry, backend = self.kind, self.body, self.entry, variant.backend
        path = "/v1/chat/completions" if kind == "chat" else "/v1/completions"
        outgoing = dict(body, model=variant.remote_model or backend.alias)
        fix = CompletionFix(body) if kind == "completion" and CompletionFix.needed(body) else None
        generic = kind == "chat" and tools.needs_generic(
            outgoing, getattr(backend, "caps", None), remote=bool(getattr(backend, "remote", False))
        )
        if kind == "chat" and outgoing.get("tool_choice") == "none":
            outgoing = {k: v for k, v in outgoing.items() if k not in ("tools", "tool_choice")}
        first = outgoing
        if generic:
            entry.update(tool_format="generic", grammar="compact")
            first = tools.rewrite_request(outgoing)
        elif kind == "chat" and not backend.remote:
            if outgoing.get("tools"):
                entry["tool_format"] = "native"
                first = tools.native_request(outgoing)
            elif outgoing.get("response_format") is not None:
                first = tools.constrain_response_format(outgoing)
                if "grammar" in first:
                    entry["grammar"] = "compact"
        target, payload, plain = path, first, None
        if kind == "chat" and not backend.remote:  # a control token's text in a message stays text
            with self.hold(backend):
                safe = await control_text.completion_for(lambda p, b, be=backend: self.post(be, p, b), payload)
            if safe is not None:
                target, payload, plain = "/v1/completions", safe, control_text.ChatFromCompletion(self.rid)
                entry["control_text"] = "plain"
        if generic:
            convert = _then(plain and plain.response, tools.converter(outgoing))
            if self.n > 1:
                make = lambda c=convert: types.SimpleNamespace(response=c)  # noqa: E731
                return await self.forward_n(backend, target, payload, make)
            return await self.forward_json(backend, target, payload, convert=convert, as_stream=self.stream)
        if self.stream:
            return await self.forward_stream(backend, target, payload, fix=fix or plain)
        if self.n > 1:
            make = (lambda b=body: CompletionFix(b)) if fix else (lambda p=plain: p)
            return await self.forward_n(backend, target, payload, make)
        return await self.forward_json(
            backend, target, payload, convert=fix.response if fix else plain and plain.response
        )

    def capture_answer(self, data: dict, usage: dict | None = None) -> None:
        """Hand a finished answer to the capture thread when this request's line captures
        (``appliance/adapt/capture.py``); the log line and audit record name the item, not its text."""
        if not self.capture_id or not isinstance(data, dict):
            return
        body, entry = self.body, self.entry
        choice = (data.get("choices") or [{}])[0]
        answer = (choice.get("message") or {}).get("content") if self.kind == "chat" else choice.get("text")
        if self.kind == "chat":  # as the client sent them: a document's text is never captured with them
            sent = self.client_messages if self.client_messages is not None else body.get("messages")
            messages = [{"role": m.get("role"), "content": _text(m.get("content"))} for m in sent or []]
        else:
            messages = [{"role": "user", "content": prompt_text("completion", body)}]
        self.gw.capture.put(
            self.capture_line,
            {
                "id": self.capture_id,
                "source": "api",
                "request_id": self.rid,
                "response_id": data.get("id"),
                "served_name": self.served.name,
                "export_id": entry.get("export"),
                "model_id": entry.get("model_id"),
                "kind": self.kind,
                "messages": messages,
                "answer": _text(answer),
                "usage": _counts(usage or data.get("usage") or {}),
                "seconds": round(time.perf_counter() - self.started, 3),
                "ttft": entry.get("ttft"),
                "route": entry.get("route"),
                "at": utc_now(),
            },
        )
        entry["captured"] = self.capture_id

    async def embeddings(self):
        """``/v1/embeddings``: the served name's embeddings backend (started on first use)."""
        served, body = self.served, self.body
        if self.gw.embedder is None:
            return self.fail(404, "Embeddings are not served here.", code="embeddings_unavailable")
        try:
            variant, backend = await asyncio.get_running_loop().run_in_executor(None, self.gw.embedder, served)
        except ServingError as exc:  # (an API body: English, whatever the server's language)
            return self.fail(
                503,
                f"The embeddings backend for {served.name!r} could not start: {exc.msg.render('en')}",
                code="backend_failed",
            )
        self.headers = {
            "x-request-id": self.rid,
            "x-appliance-model": served.name,
            "x-appliance-variant": variant.name,
            "x-appliance-export": variant.export_id or "remote",
            "x-appliance-route": "embeddings",
        }
        self.entry.update(
            variant=variant.name,
            export=variant.export_id or None,
            model_id=variant.model_id or None,
            route="embeddings",
            prompt_chars=len(prompt_text("embeddings", body)),
        )
        outgoing = {k: v for k, v in body.items() if k not in ("dimensions", "encoding_format")}
        try:
            return await self.forward_json(
                backend,
                "/v1/embeddings",
                dict(outgoing, model=backend.alias),
                convert=_embeddings_shape(body.get("dimensions"), body.get("encoding_format") == "base64"),
            )
        except _BackendDown as exc:
            return self.fail(502, f"The embeddings backend failed: {exc}.", code="backend_failed")
        except ApiError as exc:
            return self.fail(exc.status, exc.message, param=exc.param, code=exc.code)


class _TooLarge(Exception):
    pass


def _then(first, second):
    """``second`` after ``first`` (either may be None)."""
    if first is None or second is None:
        return first or second
    return lambda data: second(first(data))


def _text(content) -> str:
    """A message's text: a string, or the text parts of a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text") or "" for p in content if isinstance(p, dict))
    return ""


def _counts(usage: dict) -> dict:
    return {k: int(usage.get(k) or 0) for k in ("prompt_tokens", "completion_tokens")}


def _header(text: str) -> str:
    return text.encode("ascii", "replace").decode()[:500]
