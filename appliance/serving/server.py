"""The appliance's OpenAI-compatible API: our front over llama.cpp's server processes.

Endpoints: ``GET /v1/models``, ``GET /v1/models/{id}``, ``POST /v1/chat/completions``,
``POST /v1/completions`` (both with ``stream``), ``POST /v1/embeddings``, OpenAI's Responses API
``POST /v1/responses`` and Anthropic's ``POST /v1/messages`` (both turned into a chat completion
and back: ``responses_api.py``, ``messages_api.py``), our ``POST /v1/feedback`` (feedback on an
answer a model line captured: ``feedback_api.py``), and an unauthenticated ``GET /health``.

What our layer keeps, whatever decodes: the bearer token (compared in constant time), loopback
by default, the model names of our catalog and their variants (``serving/routing.py``), a body
size limit, every error in OpenAI's shape (``{"error": {message, type, param, code}}``), one
log line and one audit record per request, failures included (who asked which model, which
variant answered and why, tokens and timings; never the prompt or the answer), every field
checked (``validation.py``). Decoding, log-probabilities and embeddings are llama.cpp's own server
(``serving/backends.py``), one process per export with several slots decoded together, called by
``backend_calls.py`` for each request's ``Call`` (``calls.py``); structured output and tools for templates without them are our compact
grammars (``tools.py``, ``schema_grammar.py``); responses stream through as they arrive.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import uuid

from fastapi import Request  # at module level: FastAPI resolves the handlers' annotations here

from appliance.serving import feedback_api, messages_api, responses_api
from appliance.serving.backend_calls import _error
from appliance.serving.calls import Call
from appliance.serving.gateway import Gateway
from appliance.serving.handle import ServerHandle  # noqa: F401 - where callers find it
from appliance.serving.request_log import ENDPOINTS
from appliance.serving.routing import ServedName

log = logging.getLogger("appliance.server")

# Fields that name what the backend computes with; anything else a client sends is passed on.
ROUTE_HEADERS = ("x-appliance-model", "x-appliance-variant", "x-appliance-export", "x-appliance-route")


class _Api:
    """The front's middleware, error handlers and endpoints over one ``Gateway`` (``create_app``
    registers them): authentication and body limits, the model list, and each request a ``Call``
    (``serving/calls.py``): routed to a backend, forwarded as JSON, as ``n`` answers, or as a
    stream, and logged."""

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

    # Each request is a ``Call`` (serving/calls.py) that answers it.
    async def chat(self, request: Request):
        return await Call(self.gw, "chat", request).answer()

    async def completions(self, request: Request):
        return await Call(self.gw, "completion", request).answer()

    async def embed(self, request: Request):
        return await Call(self.gw, "embeddings", request).answer()

    async def responses(self, request: Request):  # OpenAI's Responses API over chat (serving/responses_api.py)
        return await Call(self.gw, "chat", request, adapter=responses_api.ResponsesAdapter()).answer()

    async def messages(self, request: Request):  # Anthropic's Messages API over chat (serving/messages_api.py)
        return await Call(self.gw, "chat", request, adapter=messages_api.MessagesAdapter()).answer()

    async def feedback(self, request: Request):  # ours: feedback on a captured answer (serving/feedback_api.py)
        return await feedback_api.answer(self.gw, request)

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
    app.post("/v1/feedback")(api.feedback)
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


_KINDS = {path: kind for kind, path in ENDPOINTS.items()}
