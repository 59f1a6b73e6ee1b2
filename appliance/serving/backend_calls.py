"""The front's calls to its backends (``serving/calls.py``'s ``Call``, one per request, inherits
them): a JSON request, ``n`` of them side by side, a stream relayed as it arrives, and the
backend's refusals passed on in OpenAI's shape. Each waits on llama.cpp only while its client is
connected and the server's drain has not run out (``watched``). The in-flight counts are the
call's ``hold``s (``calls.Hold``), taken and given back there."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time

from appliance.serving import tools
from appliance.serving.validation import ApiError, error_body, filter_events


def _error(status: int, message: str, *, headers: dict | None = None, **kw):
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=status, content=error_body(status, message, **kw), headers=headers)


class BackendCalls:
    """What a ``Call`` does with a backend once its request is routed (needs the call's ``gw``,
    ``request``, ``entry``, ``started``, ``headers``, ``n``, ``wants_usage``, ``served`` and
    ``hold``)."""

    async def watched(self, coro):
        """``coro``'s result, unless the request's client leaves first (``_ClientGone``) or the
        shutdown drain runs out (``ApiError`` 503): then it is cancelled, which closes the
        connection to llama.cpp, and llama.cpp stops decoding for it."""
        request = self.request
        task = asyncio.ensure_future(coro)
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=0.25)
                if done:
                    return task.result()
                if self.gw.cutting:
                    self.gw.cut += 1
                    raise ApiError(
                        503,
                        "The server stopped before this answer was finished (its shutdown drain ran out); send the "
                        "request again to a running server.",
                        code="shutting_down",
                    )
                if request is not None and await request.is_disconnected():
                    raise _ClientGone()
        finally:
            if not task.done():
                task.cancel()
                with contextlib.suppress(BaseException):
                    await task

    async def post(self, backend, path, payload):
        import httpx

        client = self.gw.client_for(backend)
        for attempt in (1, 2):
            try:
                return await self.watched(client.post(backend.base_url + path, json=payload, headers=backend.headers))
            except (httpx.RemoteProtocolError, httpx.ConnectError) as exc:
                # A kept-alive connection the backend had just closed: nothing was processed, so
                # try once more on a new connection while the backend is up.
                if attempt == 2 or not backend.alive():
                    raise _BackendDown(_down(backend, exc)) from exc
            except httpx.HTTPError as exc:
                raise _BackendDown(_down(backend, exc)) from exc

    async def forward_json(self, backend, path, payload, convert=None, as_stream=False):
        """One request, its answer (through ``convert``) as JSON, or, ``as_stream``, as the
        server-sent events of a stream that was asked for."""
        from fastapi.responses import JSONResponse, StreamingResponse

        with self.hold(backend):
            r = await self.post(backend, path, payload)
        if r.status_code == 503 or (r.status_code >= 500 and not backend.alive()):
            raise _BackendDown(_down(backend, None))
        data = _json_or_none(r)
        seconds = time.perf_counter() - self.started
        if r.status_code != 200:
            return self.passthrough_error(r, data)
        usage = data.get("usage") or {} if isinstance(data, dict) else {}
        backend.stats.requests += 1
        backend.stats.observe(seconds, int(usage.get("completion_tokens") or 0), seconds)
        self.entry.update(status=200, usage=_usage(usage), seconds=round(seconds, 3), ttft=round(seconds, 3))
        if convert is not None:
            data = convert(data)
        self.capture_answer(data)
        self.gw.request_log.write(self.entry)
        if as_stream:
            data["object"] = "chat.completion.chunk"
            return StreamingResponse(
                iter(tools.as_stream(data, self.wants_usage)),
                media_type="text/event-stream",
                headers={**self.headers, "Cache-Control": "no-cache"},
            )
        return JSONResponse(data, headers=self.headers)

    async def forward_n(self, backend, path, payload, make_fix=None):
        """``n`` choices: ``n`` requests decoded side by side in the backend's slots, one answer
        (each first through ``make_fix().response``, if it gives one). With a list of prompts each
        request answers every prompt: prompt ``p``'s ``i``-th answer is choice ``p * n + i``, as
        OpenAI numbers them."""
        from fastapi.responses import JSONResponse

        n = self.n
        with self.hold(backend, n):
            seed = payload.get("seed")
            rs = await asyncio.gather(
                *[
                    self.post(backend, path, dict(payload, seed=seed + i) if seed is not None else payload)
                    for i in range(n)
                ]
            )
        bad = next((r for r in rs if r.status_code != 200), None)
        if bad is not None:
            return self.passthrough_error(bad, _json_or_none(bad))
        datas = []
        for r in rs:
            fix = make_fix() if make_fix else None
            datas.append(fix.response(r.json()) if fix else r.json())
        out = dict(datas[0], choices=[])
        total = {"prompt_tokens": datas[0].get("usage", {}).get("prompt_tokens", 0), "completion_tokens": 0}
        for i, d in enumerate(datas):
            for c in d.get("choices", []):
                out["choices"].append(dict(c, index=int(c.get("index") or 0) * n + i))
            total["completion_tokens"] += d.get("usage", {}).get("completion_tokens", 0)
        out["choices"].sort(key=lambda c: c["index"])
        total["total_tokens"] = total["prompt_tokens"] + total["completion_tokens"]
        out["usage"] = total
        seconds = time.perf_counter() - self.started
        backend.stats.requests += 1
        self.entry.update(status=200, usage=total, seconds=round(seconds, 3), n=n)
        self.capture_answer(out)
        self.gw.request_log.write(self.entry)
        return JSONResponse(out, headers=self.headers)

    def passthrough_error(self, r, data):
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
        message, param = tools.reword_backend_error(message, self.entry) if status == 400 else (message, None)
        self.entry.update(status=status, error=message[:300], seconds=round(time.perf_counter() - self.started, 3))
        self.gw.request_log.write(self.entry)
        return _error(status, message, code=code, param=param, headers=self.headers)

    async def forward_stream(self, backend, path, payload, fix=None):
        from fastapi.responses import StreamingResponse

        with self.hold(backend) as hold:  # the backend's count, from before the send to the stream's end
            r = await self._open_stream(backend, path, payload)
            ok = r.status_code == 200
            if ok:  # until the stream ends (relay's finally); the gateway's count too: what a drain waits for
                hold.keep(gateway=True)
            else:
                await r.aread()
                await r.aclose()
        if not ok:
            if r.status_code == 503 or (r.status_code >= 500 and not backend.alive()):
                raise _BackendDown(_down(backend, None))
            return self.passthrough_error(r, _json_or_none(r))
        return StreamingResponse(
            self.relay(r, backend, hold, fix),
            media_type="text/event-stream",
            headers={**self.headers, "Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _open_stream(self, backend, path, payload):
        import httpx

        client = self.gw.client_for(backend)
        for attempt in (1, 2):
            req = client.build_request("POST", backend.base_url + path, json=payload, headers=backend.headers)
            try:
                return await client.send(req, stream=True)
            except (httpx.RemoteProtocolError, httpx.ConnectError) as exc:
                if attempt == 2 or not backend.alive():  # see self.post(): a stale kept-alive connection
                    raise _BackendDown(_down(backend, exc)) from exc
            except httpx.HTTPError as exc:
                raise _BackendDown(_down(backend, exc)) from exc

    async def relay(self, r, backend, hold, fix=None):
        """The backend's server-sent events, passed on byte for byte as they arrive. Only a
        stretch that mentions usage or an error is parsed: the usage chunk is read for our log
        and dropped unless the client asked for it; an error is noted. Ends ``hold``."""
        ttft, usage, status, error, done = None, {}, 200, None, False
        entry, started, wants_usage = self.entry, self.started, self.wants_usage
        buf = b""
        heard = _Heard() if self.capture_id else None  # the answer's text, for capture
        try:
            first = fix.echo_chunk(self.served.name) if fix else None
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
                if heard is not None:
                    heard.hear(ready)
                if ready:
                    if ttft is None:
                        ttft = time.perf_counter() - started
                    yield ready
                if self.gw.cutting and not done:
                    self.gw.cut += 1
                    status, error = (
                        503,
                        "the server stopped before this answer was finished (its shutdown drain ran out)",
                    )
                    yield _error_event(503, f"Generation stopped: {error}; send the request again.", "shutting_down")
                    return
            if buf.strip():
                yield buf
            if not done and not backend.alive():
                status, error = 502, _down(backend, None)
                yield _error_event(502, f"Generation stopped: {error}.", "backend_failed")
        except Exception as exc:  # noqa: BLE001 - the backend went away mid-answer: tell the client in-band
            status, error = 502, _down(backend, exc)
            with contextlib.suppress(Exception):
                yield _error_event(502, f"Generation stopped: {error}.", "backend_failed")
        finally:
            hold.release()
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
            if heard is not None and status == 200:
                self.capture_answer(heard.response(), usage=usage)
            self.gw.request_log.write(entry)


class _Heard:
    """What a stream said, gathered for capture: its id and its first choice's text."""

    def __init__(self):
        self.id, self.parts = None, []

    def hear(self, events: bytes) -> None:
        for line in events.split(b"\n"):
            if not line.startswith(b"data: {"):
                continue
            try:
                obj = json.loads(line[6:])
            except ValueError:
                continue
            self.id = self.id or obj.get("id")
            for c in obj.get("choices") or []:
                if int(c.get("index") or 0) == 0:
                    delta = c.get("delta") or {}
                    self.parts.append(delta.get("content") or c.get("text") or "")

    def response(self) -> dict:
        return {"id": self.id, "choices": [{"index": 0, "message": {"content": "".join(self.parts)}}]}


class _ClientGone(Exception):
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


def _error_event(status: int, message: str, code: str) -> bytes:
    """An error inside a stream, as OpenAI sends one, and the stream's end."""
    return ("data: " + json.dumps(error_body(status, message, code=code)) + "\n\ndata: [DONE]\n\n").encode()


def _json_or_none(r):
    try:
        return r.json()
    except (ValueError, UnicodeDecodeError):
        return None


def _usage(u: dict) -> dict:
    return {k: u[k] for k in ("prompt_tokens", "completion_tokens", "total_tokens") if k in u}


def _embeddings_shape(dimensions: int | None, base64_: bool):
    """``dimensions``: the first that many values, scaled back to length 1 (how OpenAI shortens
    its own embeddings; useful for models trained for it, a plain truncation for others); more
    than the model has is refused. ``encoding_format: base64``: little-endian float32s."""
    if not dimensions and not base64_:
        return None

    def convert(data):
        import base64
        import math
        import struct

        for item in data.get("data") or [] if isinstance(data, dict) else []:
            v = item.get("embedding")
            if not isinstance(v, list):
                continue
            if dimensions:
                if dimensions > len(v):
                    raise ApiError(
                        400,
                        f"Invalid request: dimensions: this model's embeddings have {len(v)} dimensions; ask for "
                        f"at most {len(v)}.",
                        param="dimensions",
                    )
                v = v[:dimensions]
                norm = math.sqrt(sum(x * x for x in v)) or 1.0
                v = [x / norm for x in v]
            item["embedding"] = base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode() if base64_ else v
        return data

    return convert
