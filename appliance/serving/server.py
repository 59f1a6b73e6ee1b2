"""The appliance's OpenAI-compatible API: our front over llama.cpp's server processes.

Endpoints: ``GET /v1/models``, ``GET /v1/models/{id}``, ``POST /v1/chat/completions``,
``POST /v1/completions`` (both with ``stream``), ``POST /v1/embeddings``, OpenAI's Responses API
``POST /v1/responses`` and Anthropic's ``POST /v1/messages`` (both turned into a chat completion
and back: ``responses_api.py``, ``messages_api.py``), and an unauthenticated ``GET /health``.

What our layer keeps, whatever decodes: the bearer token (compared in constant time), loopback
by default, the model names of our catalog and their variants (``serving/routing.py``), a body
size limit, every error in OpenAI's shape (``{"error": {message, type, param, code}}``), one
log line and one audit record per request, failures included (who asked which model, which
variant answered and why, tokens and timings; never the prompt or the answer), every field
checked (``validation.py``). Decoding, log-probabilities and embeddings are llama.cpp's own server
(``serving/backends.py``), one process per export with several slots decoded together, called by
``backend_calls.py``; structured output and tools for templates without them are our compact
grammars (``tools.py``, ``schema_grammar.py``); responses stream through as they arrive.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
import types
import uuid

from fastapi import Request  # at module level: FastAPI resolves the handlers' annotations here

from appliance.errors import ServingError
from appliance.serving import control_text, messages_api, responses_api, tools
from appliance.serving.backend_calls import _REQUEST, BackendCalls, _BackendDown, _ClientGone, _embeddings_shape, _error
from appliance.serving.compat import CompletionFix
from appliance.serving.gateway import Gateway
from appliance.serving.handle import ServerHandle  # noqa: F401 - where callers find it
from appliance.serving.request_log import ENDPOINTS
from appliance.serving.routing import ServedName, prompt_text
from appliance.serving.validation import ApiError, check_request, normalize, parse_body

log = logging.getLogger("appliance.server")

# Fields that name what the backend computes with; anything else a client sends is passed on.
ROUTE_HEADERS = ("x-appliance-model", "x-appliance-variant", "x-appliance-export", "x-appliance-route")


class _Api(BackendCalls):
    """The front's middleware, error handlers and endpoints over one ``Gateway`` (``create_app``
    registers them): authentication and body limits, the model list, and each request routed to
    a backend, forwarded as JSON, as ``n`` answers, or as a stream, and logged."""

    def __init__(self, gw: Gateway):
        self.gw = gw
        self.expected = f"Bearer {gw.token}".encode()
        self.key = gw.token.encode()  # Anthropic's clients send it as `x-api-key`

    async def guard(self, request: Request):
        """The response that refuses this request before its body is read, or None."""
        if request.url.path.startswith("/v1/"):
            got = request.headers.get("authorization", "").encode()
            key = request.headers.get("x-api-key", "").encode()
            # Both compared, in constant time, whichever the client sent.
            if not (hmac.compare_digest(got, self.expected) | hmac.compare_digest(key, self.key)):
                self.gw.request_log.refused(
                    request.client.host if request.client else None, request.method, request.url.path
                )
                msg = "Missing or wrong bearer token. The token is in the appliance home; `appliance token` prints it."
                if request.url.path == "/v1/messages":
                    return messages_api.anthropic_error(401, msg.replace("bearer token", "API key (x-api-key)"))
                return _error(401, msg, code="invalid_api_key")
            length = request.headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > self.gw.max_body:
                msg = f"The request body is {int(length)} bytes; this server takes at most {self.gw.max_body}."
                if request.url.path == "/v1/messages":
                    return messages_api.anthropic_error(413, msg)
                return _error(413, msg, code="request_too_large")
        return None

    async def http_error(self, request: Request, exc):
        if exc.status_code == 404:
            msg = f"Unknown endpoint {request.method} {request.url.path}."
        elif exc.status_code == 405:
            msg = f"{request.method} is not allowed on {request.url.path}."
        else:
            msg = str(exc.detail)
        return _error(exc.status_code, msg)

    async def server_error(self, request: Request, exc: Exception):
        """A fault of ours: the traceback to the console log, and, like every request, a line in
        ``server.log`` and an audit record (with the exception's type and message, no traceback)."""
        log.exception("unexpected error")
        entry = {
            "id": "req-" + uuid.uuid4().hex[:16],
            "kind": _KINDS.get(request.url.path, request.url.path[:100]),
            "client": request.client.host if request.client else None,
            "status": 500,
            "error": f"internal error: {type(exc).__name__}: {exc}"[:300],
        }
        with contextlib.suppress(Exception):
            self.gw.request_log.write(entry)
        return _error(
            500,
            f"Internal error ({type(exc).__name__}); the server log has the details.",
            headers={"x-request-id": entry["id"]},
        )

    async def health(self):
        down = [
            {"model": n.name, "variant": v.name, "export": v.export_id or "remote"}
            for n in self.gw.names
            for v in n.variants
            if v.backend is not None and not v.backend.alive()
        ]
        return {
            "status": "draining" if self.gw.draining else ("degraded" if down else "ok"),
            "models": [n.name for n in self.gw.names],
            "down": down,
        }

    def model_entry(self, n: ServedName) -> dict:
        return {
            "id": n.name,
            "object": "model",
            "created": 0,
            "owned_by": "appliance",
            "variants": [
                {"name": v.name, "export_id": v.export_id or None, "quant": v.quant or None, "remote": bool(v.url)}
                for v in n.variants
            ],
        }

    async def models(self):
        return {"object": "list", "data": [self.model_entry(n) for n in self.gw.names]}

    async def model(self, model_id: str):
        n = self.gw.router.served(model_id)
        if n is None:
            return _error(
                404,
                f"The model {model_id!r} is not served here; GET /v1/models lists those that are.",
                param="model",
                code="model_not_found",
                type_="invalid_request_error",
            )
        return self.model_entry(n)

    async def read_body(self, request: Request) -> bytes:
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.gw.max_body:
                raise _TooLarge()
            chunks.append(chunk)
        return b"".join(chunks)

    async def handle(self, kind: str, request: Request, adapter=None):
        """One request. With an ``adapter`` (``/v1/responses``, ``/v1/messages``) the body is first
        turned into a chat completion (``adapter.to_chat``) and the answer, whatever it is (an
        error, a JSON body, a stream), is turned back (``adapter.finish``)."""
        rid = "req-" + uuid.uuid4().hex[:16]
        started = time.perf_counter()
        entry = {
            "id": rid,
            "kind": adapter.kind if adapter else kind,
            "client": request.client.host if request.client else None,
        }
        self.gw.in_flight += 1
        _REQUEST.set(request)
        try:
            res = await self._handle(kind, request, rid, started, entry, adapter)
            return await adapter.finish(res) if adapter is not None else res
        finally:
            self.gw.in_flight -= 1

    async def _handle(self, kind, request, rid, started, entry, adapter=None):
        def fail(status, message, **kw):
            entry.update(status=status, error=message[:300], seconds=round(time.perf_counter() - started, 3))
            self.gw.request_log.write(entry)
            return _error(status, message, headers={"x-request-id": rid}, **kw)

        if self.gw.draining:
            return fail(503, "The server is stopping; retry on another server or in a moment.", code="shutting_down")
        try:
            raw = await self.read_body(request)
        except _TooLarge:
            return fail(413, f"The request body is over {self.gw.max_body} bytes.", code="request_too_large")
        try:
            body = parse_body(raw)
        except ApiError as exc:
            return fail(exc.status, exc.message)
        if adapter is not None:
            try:
                body = adapter.to_chat(body)
            except ApiError as exc:
                return fail(exc.status, exc.message, param=exc.param, code=exc.code)
        message, param = check_request(kind, body)
        if message:
            return fail(400, message, param=param)
        body = normalize(kind, body)
        entry["model"] = body["model"]
        served = self.gw.router.served(body["model"])
        if served is None:
            return fail(
                404,
                f"The model {body['model']!r} is not served here; GET /v1/models lists those that are.",
                param="model",
                code="model_not_found",
                type_="invalid_request_error",
            )
        if kind == "embeddings":
            return await self.embeddings(served, body, entry, started, rid, fail)
        budget = request.headers.get("x-latency-budget-ms")
        try:
            budget_ms = float(budget) if budget else None
        except ValueError:
            return fail(400, "The X-Latency-Budget-Ms header must be a number of milliseconds.")
        text = prompt_text(kind, body)
        route = self.gw.router.route(
            served, text, budget_ms=budget_ms, user=body.get("user") if isinstance(body.get("user"), str) else None
        )
        if route is None:
            return fail(
                503,
                f"No variant of {served.name!r} can take this request now (each is down or its conditions exclude it).",
                code="no_variant",
            )
        entry["prompt_chars"] = len(text)
        n = int(body.pop("n", 1) or 1)
        stream = bool(body.get("stream"))
        wants_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        if stream:  # we always need the counts; the usage chunk reaches the client only if it asked
            body["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        tried = []
        for variant in [route.variant, *route.fallbacks]:
            reason = route.reason if not tried else f"fallback after {', '.join(tried)} failed; {route.reason}"
            headers = {
                "x-request-id": rid,
                "x-appliance-model": served.name,
                "x-appliance-variant": variant.name,
                "x-appliance-export": variant.export_id or "remote",
                "x-appliance-route": _header(reason),
            }
            entry.update(
                variant=variant.name, export=variant.export_id or None, model_id=variant.model_id or None, route=reason
            )
            try:
                return await self._one_variant(
                    kind, body, variant, headers, entry, started, rid, n, stream, wants_usage, served.name
                )
            except control_text.Refused as exc:
                return fail(exc.status, exc.message, param=exc.param)
            except ApiError as exc:
                return fail(exc.status, exc.message, param=exc.param, code=exc.code)
            except _ClientGone:
                return fail(
                    499,
                    "The client closed the connection before the answer was ready; decoding stopped.",
                    code="client_closed",
                )
            except _BackendDown as exc:
                tried.append(f"{variant.name} ({exc})")
                variant.backend.stats.failures += 1
        return fail(
            502,
            f"Every variant of {served.name!r} failed: {'; '.join(tried)}. The server log has details; "
            "crashed backends are restarted.",
            code="backend_failed",
        )

    async def _one_variant(self, kind, body, variant, headers, entry, started, rid, n, stream, wants_usage, model):
        """The request sent to one variant: structured output and tools as compact grammars
        (``serving/tools.py``), a control token's text kept text (``control_text``), then forwarded
        as JSON, as ``n`` answers or as a stream. Raises what ``_handle`` turns into errors."""
        path = "/v1/chat/completions" if kind == "chat" else "/v1/completions"
        outgoing = dict(body, model=variant.remote_model or variant.backend.alias)
        backend = variant.backend
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
            backend.stats.in_flight += 1  # (counted from now: the router saw it taken)
            try:
                safe = await control_text.completion_for(lambda p, b, be=backend: self.post(be, p, b), payload)
            finally:
                backend.stats.in_flight -= 1
            if safe is not None:
                target, payload, plain = "/v1/completions", safe, control_text.ChatFromCompletion(rid)
                entry["control_text"] = "plain"
        if generic:
            convert = _then(plain and plain.response, tools.converter(outgoing))
            if n > 1:
                make = lambda c=convert: types.SimpleNamespace(response=c)  # noqa: E731
                return await self.forward_n(backend, target, payload, n, headers, entry, started, make)
            else:
                return await self.forward_json(
                    backend, target, payload, headers, entry, started, convert=convert, stream=(stream, wants_usage)
                )
        elif stream:
            return await self.forward_stream(
                backend, target, payload, headers, entry, started, wants_usage, variant, fix=fix or plain, model=model
            )
        elif n > 1:
            make = (lambda b=body: CompletionFix(b)) if fix else (lambda p=plain: p)
            return await self.forward_n(backend, target, payload, n, headers, entry, started, make)
        else:
            convert = fix.response if fix else plain and plain.response
            return await self.forward_json(backend, target, payload, headers, entry, started, convert=convert)

    async def embeddings(self, served, body, entry, started, rid, fail):
        if self.gw.embedder is None:
            return fail(404, "Embeddings are not served here.", code="embeddings_unavailable")
        try:
            variant, backend = await asyncio.get_running_loop().run_in_executor(None, self.gw.embedder, served)
        except ServingError as exc:
            return fail(
                503, f"The embeddings backend for {served.name!r} could not start: {exc.message}", code="backend_failed"
            )
        headers = {
            "x-request-id": rid,
            "x-appliance-model": served.name,
            "x-appliance-variant": variant.name,
            "x-appliance-export": variant.export_id or "remote",
            "x-appliance-route": "embeddings",
        }
        entry.update(
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
                headers,
                entry,
                started,
                convert=_embeddings_shape(body.get("dimensions"), body.get("encoding_format") == "base64"),
            )
        except _BackendDown as exc:
            return fail(502, f"The embeddings backend failed: {exc}.", code="backend_failed")
        except ApiError as exc:
            return fail(exc.status, exc.message, param=exc.param, code=exc.code)

    async def chat(self, request: Request):
        return await self.handle("chat", request)

    async def completions(self, request: Request):
        return await self.handle("completion", request)

    async def embed(self, request: Request):
        return await self.handle("embeddings", request)

    async def responses(self, request: Request):  # OpenAI's Responses API over chat (serving/responses_api.py)
        return await self.handle("chat", request, adapter=responses_api.ResponsesAdapter())

    async def messages(self, request: Request):  # Anthropic's Messages API over chat (serving/messages_api.py)
        return await self.handle("chat", request, adapter=messages_api.MessagesAdapter())

    async def root(self):
        from fastapi.responses import Response

        return Response(
            "Sovereign appliance model server: the API is under /v1 (bearer token required).\n", media_type="text/plain"
        )


def create_app(gw: Gateway):
    """Build the FastAPI application around a ``Gateway``."""
    from fastapi import FastAPI
    from starlette.exceptions import HTTPException as StarletteHTTPException

    app = FastAPI(title="Sovereign appliance model server", docs_url=None, redoc_url=None, openapi_url=None)
    api = _Api(gw)
    app.add_middleware(_Guard, api=api)
    app.exception_handler(StarletteHTTPException)(api.http_error)
    app.exception_handler(Exception)(api.server_error)
    app.get("/health")(api.health)
    app.get("/v1/models")(api.models)
    app.get("/v1/models/{model_id:path}")(api.model)
    app.post("/v1/chat/completions")(api.chat)
    app.post("/v1/completions")(api.completions)
    app.post("/v1/embeddings")(api.embed)
    app.post("/v1/responses")(api.responses)
    app.post("/v1/messages")(api.messages)
    app.get("/")(api.root)
    return app


class _Guard:
    """``_Api.guard`` as plain ASGI middleware (not Starlette's ``BaseHTTPMiddleware``, whose
    wrapped ``receive`` hides a client's disconnect from ``Request.is_disconnected``)."""

    def __init__(self, app, api: _Api):
        self.app, self.api = app, api

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        refusal = await self.api.guard(Request(scope))
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        started = False

        async def sending(message):
            nonlocal started
            started = True
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:  # a fault of ours: answered (and logged) here, not by the ASGI server
            if started:
                log.exception("unexpected error after the response started")
                return
            await (await self.api.server_error(Request(scope), exc))(scope, receive, send)


class _TooLarge(Exception):
    pass


_KINDS = {path: kind for kind, path in ENDPOINTS.items()}


def _then(first, second):
    """``second`` after ``first`` (either may be None)."""
    if first is None or second is None:
        return first or second
    return lambda data: second(first(data))


def _header(text: str) -> str:
    return text.encode("ascii", "replace").decode()[:500]
