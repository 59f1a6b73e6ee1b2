"""The appliance's OpenAI-compatible API: our front over llama.cpp's server processes.

Endpoints: ``GET /v1/models``, ``GET /v1/models/{id}``, ``POST /v1/chat/completions``,
``POST /v1/completions`` (both with ``stream``), ``POST /v1/embeddings``, and an
unauthenticated ``GET /health``.

What our layer keeps, whatever decodes: the bearer token (compared in constant time), loopback
by default, the model names of our catalog and their variants (``serving/routing.py``), a body
size limit, every error in OpenAI's shape (``{"error": {message, type, param, code}}``), one
log line and one audit record per request, failures included (who asked which model, which
variant answered and why, tokens and timings; never the prompt or the answer). Decoding,
grammars (``response_format``), tool-call parsing, log-probabilities and embeddings are
llama.cpp's own server (``serving/backends.py``), one process per export with several slots
decoded together; responses stream through unchanged, byte for byte.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import time
import uuid

from fastapi import Request  # at module level: FastAPI resolves the handlers' annotations here

from appliance.errors import ServingError
from appliance.serving import control_text, tools
from appliance.serving.compat import CompletionFix
from appliance.serving.gateway import Gateway
from appliance.serving.handle import ServerHandle  # noqa: F401 - where callers find it
from appliance.serving.routing import ServedName, prompt_text
from appliance.serving.validation import check_request, error_body, filter_events, normalize

log = logging.getLogger("appliance.server")

# Fields that name what the backend computes with; anything else a client sends is passed on.
ROUTE_HEADERS = ("x-appliance-model", "x-appliance-variant", "x-appliance-export", "x-appliance-route")


def _error(status: int, message: str, *, headers: dict | None = None, **kw):
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=status, content=error_body(status, message, **kw), headers=headers)


class _Api:
    """The front's middleware, error handlers and endpoints over one ``Gateway`` (``create_app``
    registers them): authentication and body limits, the model list, and each request routed to
    a backend, forwarded as JSON, as ``n`` answers, or as a stream, and logged."""

    def __init__(self, gw: Gateway):
        self.gw = gw
        self.expected = f"Bearer {gw.token}".encode()

    async def guard(self, request: Request, call_next):
        if request.url.path.startswith("/v1/"):
            got = request.headers.get("authorization", "").encode()
            if not hmac.compare_digest(got, self.expected):
                self.gw.request_log.refused(
                    request.client.host if request.client else None, request.method, request.url.path
                )
                return _error(
                    401,
                    "Missing or wrong bearer token. The token is in the appliance home; `appliance token` prints it.",
                    code="invalid_api_key",
                )
            length = request.headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > self.gw.max_body:
                return _error(
                    413,
                    f"The request body is {int(length)} bytes; this server takes at most {self.gw.max_body}.",
                    code="request_too_large",
                )
        return await call_next(request)

    async def http_error(self, request: Request, exc):
        if exc.status_code == 404:
            msg = f"Unknown endpoint {request.method} {request.url.path}."
        elif exc.status_code == 405:
            msg = f"{request.method} is not allowed on {request.url.path}."
        else:
            msg = str(exc.detail)
        return _error(exc.status_code, msg)

    async def server_error(self, _request: Request, exc: Exception):
        log.exception("unexpected error")
        return _error(500, f"Internal error ({type(exc).__name__}); the server log has the details.")

    async def health(self):
        down = [v.name for n in self.gw.names for v in n.variants if v.backend is not None and not v.backend.alive()]
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

    async def handle(self, kind: str, request: Request):
        rid = "req-" + uuid.uuid4().hex[:16]
        started = time.perf_counter()
        entry = {"id": rid, "kind": kind, "client": request.client.host if request.client else None}
        self.gw.in_flight += 1
        try:
            return await self._handle(kind, request, rid, started, entry)
        finally:
            self.gw.in_flight -= 1

    async def _handle(self, kind, request, rid, started, entry):
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
            body = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
            return fail(400, f"The request body is not valid JSON{where}: {getattr(exc, 'msg', exc)}.")
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
        path = "/v1/chat/completions" if kind == "chat" else "/v1/completions"
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
            outgoing = dict(body, model=variant.remote_model or variant.backend.alias)
            backend = variant.backend
            fix = CompletionFix(body) if kind == "completion" and CompletionFix.needed(body) else None
            generic = kind == "chat" and tools.needs_generic(outgoing, getattr(backend, "caps", None))
            if kind == "chat" and outgoing.get("tool_choice") == "none":
                outgoing = {k: v for k, v in outgoing.items() if k not in ("tools", "tool_choice")}
            try:
                target, payload, plain = path, tools.rewrite_request(outgoing) if generic else outgoing, None
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
                    entry["tool_format"] = "generic"
                    res = await self.forward_json(
                        backend,
                        target,
                        payload,
                        headers,
                        entry,
                        started,
                        convert=_then(plain and plain.response, tools.convert_response),
                        stream=(stream, wants_usage),
                    )
                elif stream:
                    res = await self.forward_stream(
                        backend,
                        target,
                        payload,
                        headers,
                        entry,
                        started,
                        wants_usage,
                        variant,
                        fix=fix or plain,
                        model=served.name,
                    )
                elif n > 1:
                    res = await self.forward_n(backend, target, payload, n, headers, entry, started, plain)
                else:
                    convert = fix.response if fix else plain and plain.response
                    res = await self.forward_json(backend, target, payload, headers, entry, started, convert=convert)
            except control_text.Refused as exc:
                return fail(exc.status, exc.message, param=exc.param)
            except _BackendDown as exc:
                tried.append(f"{variant.name} ({exc})")
                backend.stats.failures += 1
                continue
            return res
        return fail(
            502,
            f"Every variant of {served.name!r} failed: {'; '.join(tried)}. The server log has details; "
            "crashed backends are restarted.",
            code="backend_failed",
        )

    async def post(self, backend, path, payload):
        import httpx

        client = self.gw.client_for(backend)
        for attempt in (1, 2):
            try:
                return await client.post(backend.base_url + path, json=payload, headers=backend.headers)
            except (httpx.RemoteProtocolError, httpx.ConnectError) as exc:
                # A kept-alive connection the backend had just closed: nothing was processed, so
                # try once more on a new connection while the backend is up.
                if attempt == 2 or not backend.alive():
                    raise _BackendDown(_down(backend, exc)) from exc
            except httpx.HTTPError as exc:
                raise _BackendDown(_down(backend, exc)) from exc

    async def forward_json(self, backend, path, payload, headers, entry, started, convert=None, stream=(False, False)):
        from fastapi.responses import JSONResponse, StreamingResponse

        backend.stats.in_flight += 1
        try:
            r = await self.post(backend, path, payload)
        finally:
            backend.stats.in_flight -= 1
        if r.status_code == 503 or (r.status_code >= 500 and not backend.alive()):
            raise _BackendDown(_down(backend, None))
        data = _json_or_none(r)
        seconds = time.perf_counter() - started
        if r.status_code != 200:
            return self.passthrough_error(r, data, headers, entry, started)
        usage = data.get("usage") or {} if isinstance(data, dict) else {}
        backend.stats.requests += 1
        backend.stats.observe(seconds, int(usage.get("completion_tokens") or 0), seconds)
        entry.update(status=200, usage=_usage(usage), seconds=round(seconds, 3), ttft=round(seconds, 3))
        if convert is not None:
            data = convert(data)
        self.gw.request_log.write(entry)
        if stream[0]:
            data["object"] = "chat.completion.chunk"
            return StreamingResponse(
                iter(tools.as_stream(data, stream[1])),
                media_type="text/event-stream",
                headers={**headers, "Cache-Control": "no-cache"},
            )
        return JSONResponse(data, headers=headers)

    async def forward_n(self, backend, path, payload, n, headers, entry, started, fix=None):
        from fastapi.responses import JSONResponse

        """``n`` choices: ``n`` requests decoded side by side in the backend's slots, one answer
        (each first through ``fix.response``, if given)."""
        backend.stats.in_flight += n
        try:
            seed = payload.get("seed")
            rs = await asyncio.gather(
                *[
                    self.post(backend, path, dict(payload, seed=seed + i) if seed is not None else payload)
                    for i in range(n)
                ]
            )
        finally:
            backend.stats.in_flight -= n
        bad = next((r for r in rs if r.status_code != 200), None)
        if bad is not None:
            return self.passthrough_error(bad, _json_or_none(bad), headers, entry, started)
        datas = [fix.response(r.json()) if fix else r.json() for r in rs]
        out = dict(datas[0], choices=[])
        total = {"prompt_tokens": datas[0].get("usage", {}).get("prompt_tokens", 0), "completion_tokens": 0}
        for i, d in enumerate(datas):
            for c in d.get("choices", []):
                out["choices"].append(dict(c, index=i))
            total["completion_tokens"] += d.get("usage", {}).get("completion_tokens", 0)
        total["total_tokens"] = total["prompt_tokens"] + total["completion_tokens"]
        out["usage"] = total
        seconds = time.perf_counter() - started
        backend.stats.requests += 1
        entry.update(status=200, usage=total, seconds=round(seconds, 3), n=n)
        self.gw.request_log.write(entry)
        return JSONResponse(out, headers=headers)

    def passthrough_error(self, r, data, headers, entry, started):
        """The backend's refusal in OpenAI's shape, with our wording where it helps."""
        err = (data or {}).get("error") if isinstance(data, dict) else None
        message = (err or {}).get("message") if isinstance(err, dict) else None
        message = message or (r.text[:300] if r.text else f"status {r.status_code}")
        code = (err or {}).get("code") if isinstance(err, dict) else None
        status = r.status_code
        if "exceed" in message and "context" in message:
            code, status = "context_length_exceeded", 400
        if not isinstance(code, str):
            code = None
        entry.update(status=status, error=message[:300], seconds=round(time.perf_counter() - started, 3))
        self.gw.request_log.write(entry)
        return _error(status, message, code=code, headers=headers)

    async def forward_stream(
        self, backend, path, payload, headers, entry, started, wants_usage, variant, fix=None, model=""
    ):
        import httpx
        from fastapi.responses import StreamingResponse

        client = self.gw.client_for(backend)
        backend.stats.in_flight += 1
        for attempt in (1, 2):
            req = client.build_request("POST", backend.base_url + path, json=payload, headers=backend.headers)
            try:
                r = await client.send(req, stream=True)
                break
            except (httpx.RemoteProtocolError, httpx.ConnectError) as exc:
                if attempt == 2 or not backend.alive():  # see self.post(): a stale kept-alive connection
                    backend.stats.in_flight -= 1
                    raise _BackendDown(_down(backend, exc)) from exc
            except httpx.HTTPError as exc:
                backend.stats.in_flight -= 1
                raise _BackendDown(_down(backend, exc)) from exc
        if r.status_code != 200:
            await r.aread()
            await r.aclose()
            backend.stats.in_flight -= 1
            if r.status_code == 503 or (r.status_code >= 500 and not backend.alive()):
                raise _BackendDown(_down(backend, None))
            return self.passthrough_error(r, _json_or_none(r), headers, entry, started)
        self.gw.in_flight += 1  # until the stream ends (relay's finally): what a drain waits for
        return StreamingResponse(
            self.relay(r, backend, entry, started, wants_usage, fix, model),
            media_type="text/event-stream",
            headers={**headers, "Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def relay(self, r, backend, entry, started, wants_usage, fix=None, model=""):
        """The backend's server-sent events, passed on byte for byte as they arrive. Only a
        stretch that mentions usage or an error is parsed: the usage chunk is read for our log
        and dropped unless the client asked for it; an error is noted."""
        ttft, usage, status, error, done = None, {}, 200, None, False
        buf = b""
        try:
            first = fix.echo_chunk(model) if fix else None
            if first:
                yield ("data: " + json.dumps(first, ensure_ascii=False) + "\n\n").encode()
            async for chunk in r.aiter_raw():
                buf += chunk
                cut = buf.rfind(b"\n\n")
                if cut < 0:
                    continue
                ready, buf = buf[: cut + 2], buf[cut + 2 :]
                if fix is not None or b'"usage"' in ready or b'"error"' in ready:
                    ready, u, e = filter_events(ready, wants_usage, fix.chunk if fix else None)
                    usage = u or usage
                    if e:
                        status, error = 500, e
                if b"data: [DONE]" in ready:
                    done = True
                if ready:
                    if ttft is None:
                        ttft = time.perf_counter() - started
                    yield ready
            if buf.strip():
                yield buf
            if not done and not backend.alive():
                status, error = 502, _down(backend, None)
                yield ("data: " + json.dumps(error_body(502, f"Generation stopped: {error}.")) + "\n\n").encode()
        except Exception as exc:  # noqa: BLE001 - the backend went away mid-answer: tell the client in-band
            status, error = 502, _down(backend, exc)
            with contextlib.suppress(Exception):
                yield ("data: " + json.dumps(error_body(502, f"Generation stopped: {error}.")) + "\n\n").encode()
        finally:
            backend.stats.in_flight -= 1
            self.gw.in_flight -= 1
            with contextlib.suppress(Exception):
                await r.aclose()  # a client that left closes the backend's connection: it stops decoding
            seconds = time.perf_counter() - started
            if status == 200:
                backend.stats.requests += 1
                backend.stats.observe(ttft, int(usage.get("completion_tokens") or 0), seconds)
            else:
                backend.stats.failures += 1
            entry.update(
                status=status,
                usage=_usage(usage),
                seconds=round(seconds, 3),
                ttft=round(ttft, 3) if ttft is not None else None,
            )
            if error:
                entry["error"] = error
            self.gw.request_log.write(entry)

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
        try:
            return await self.forward_json(
                backend, "/v1/embeddings", dict(body, model=backend.alias), headers, entry, started
            )
        except _BackendDown as exc:
            return fail(502, f"The embeddings backend failed: {exc}.", code="backend_failed")

    async def chat(self, request: Request):
        return await self.handle("chat", request)

    async def completions(self, request: Request):
        return await self.handle("completion", request)

    async def embed(self, request: Request):
        return await self.handle("embeddings", request)

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
    app.middleware("http")(api.guard)
    app.exception_handler(StarletteHTTPException)(api.http_error)
    app.exception_handler(Exception)(api.server_error)
    app.get("/health")(api.health)
    app.get("/v1/models")(api.models)
    app.get("/v1/models/{model_id:path}")(api.model)
    app.post("/v1/chat/completions")(api.chat)
    app.post("/v1/completions")(api.completions)
    app.post("/v1/embeddings")(api.embed)
    app.get("/")(api.root)
    return app


class _TooLarge(Exception):
    pass


class _BackendDown(Exception):
    pass


def _down(backend, exc) -> str:
    from appliance.serving.backends import describe_signal

    if getattr(backend, "remote", False):
        return f"the remote appliance at {backend.base_url} did not answer ({type(exc).__name__ if exc else 'error'})"
    status = backend.exit_status()
    if status is not None:
        return f"its llama.cpp process {describe_signal(status)}"
    return f"its llama.cpp process did not answer ({type(exc).__name__ if exc else 'error'})"


def _json_or_none(r):
    try:
        return r.json()
    except (ValueError, UnicodeDecodeError):
        return None


def _usage(u: dict) -> dict:
    return {k: u[k] for k in ("prompt_tokens", "completion_tokens", "total_tokens") if k in u}


def _then(first, second):
    """``second`` after ``first`` (either may be None)."""
    if first is None or second is None:
        return first or second
    return lambda data: second(first(data))


def _header(text: str) -> str:
    return text.encode("ascii", "replace").decode()[:500]
