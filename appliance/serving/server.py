"""An OpenAI-compatible HTTP API over llama.cpp, on loopback, behind a bearer token.

Endpoints: ``GET /v1/models``, ``POST /v1/chat/completions`` and ``POST /v1/completions``
(both with ``stream``), and an unauthenticated ``GET /health``. Requests are validated up
front and answered with OpenAI-shaped errors (``{"error": {message, type, param, code}}``) and
the matching status: 400 bad request, 401 missing or wrong token, 404 unknown model.

Several exports can be served at once under their model names; at most ``max_loaded`` are held
in memory (least recently used is unloaded). llama.cpp contexts are not thread-safe, so each
model serves one request at a time; a streaming response holds its model until it ends. The log
(``<home>/logs/server.log``) records who asked what of which model, how many tokens and how
long, never the prompt or the answer.

We build on llama-cpp-python's ``Llama`` API rather than its bundled server because that server
keeps its settings, model and auth in module globals (one per process), which does not fit
per-instance tokens, our model catalog and request log.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import json
import logging
import threading
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator

from appliance.errors import ServingError
from appliance.serving.runtime import Servable, load_llama

log = logging.getLogger("appliance.server")


# Request bodies (module level so FastAPI can resolve their annotations) ---------------------
class Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: Optional[Union[str, list[dict]]] = ""

    @field_validator("content")
    @classmethod
    def text_parts_only(cls, value):
        """OpenAI's list-of-parts form is accepted for text parts (these models read text only)."""
        if isinstance(value, list):
            if any(part.get("type") != "text" for part in value):
                raise ValueError("only text content parts are supported by these models")
            return "".join(str(part.get("text", "")) for part in value)
        return value



class Sampling(BaseModel):
    model_config = ConfigDict(extra="ignore")
    model: str
    max_tokens: Optional[int] = Field(default=None, ge=1)
    max_completion_tokens: Optional[int] = Field(default=None, ge=1)
    temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    top_p: float = Field(default=0.95, gt=0.0, le=1.0)
    stop: Optional[Union[str, list[str]]] = None
    stream: bool = False
    seed: Optional[int] = None
    n: int = Field(default=1, ge=1, le=1)
    presence_penalty: float = Field(default=0.0, ge=-2.0, le=2.0)
    frequency_penalty: float = Field(default=0.0, ge=-2.0, le=2.0)
    repeat_penalty: float = Field(default=1.0, ge=1.0, le=2.0)  # llama.cpp extension; 1.0 = OpenAI behaviour

    def common(self) -> dict:
        stop = [self.stop] if isinstance(self.stop, str) else (self.stop or [])
        return dict(max_tokens=self.max_completion_tokens or self.max_tokens, temperature=self.temperature,
                    top_p=self.top_p, stop=stop, seed=self.seed, presence_penalty=self.presence_penalty,
                    frequency_penalty=self.frequency_penalty, repeat_penalty=self.repeat_penalty)


class ChatRequest(Sampling):
    messages: list[Message] = Field(min_length=1)


class CompletionRequest(Sampling):
    prompt: Union[str, list[str]]


class ModelPool:
    """The served models by name, loading them on demand and keeping at most ``max_loaded``."""

    def __init__(self, servables: list[Servable], *, max_loaded: int = 1, n_ctx: int = 4096,
                 gpu_layers: int | None = None, loader=load_llama, on_note=None):
        self.servables: dict[str, Servable] = {}
        for s in servables:
            self.servables[s.name] = s
            self.servables.setdefault(s.export_id, s)
        self.max_loaded = max(1, max_loaded)
        self.n_ctx, self.gpu_layers, self.loader, self.on_note = n_ctx, gpu_layers, loader, on_note
        self._loaded: OrderedDict[str, object] = OrderedDict()
        # Every llama.cpp call for a model runs on that model's own thread: llama.cpp's OpenMP
        # thread team belongs to the calling thread, and hopping between threads leaves idle
        # teams spinning on the cores that decoding needs.
        self._executors = {s.export_id: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"llama-{s.export_id}")
                           for s in servables}
        self._locks: dict[str, asyncio.Lock] = {}
        self._pool_lock = threading.Lock()

    def names(self) -> list[Servable]:
        seen, out = set(), []
        for s in self.servables.values():
            if s.export_id not in seen:
                seen.add(s.export_id)
                out.append(s)
        return out

    def resolve(self, name: str) -> Servable | None:
        return self.servables.get(name)

    def lock_for(self, s: Servable) -> asyncio.Lock:
        """The model's request lock (one request at a time); use from the event loop."""
        if s.export_id not in self._locks:
            self._locks[s.export_id] = asyncio.Lock()
        return self._locks[s.export_id]

    async def call(self, s: Servable, fn, *args):
        """Run ``fn(*args)`` on the model's own thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executors[s.export_id], functools.partial(fn, *args))

    def get(self, s: Servable):
        """The loaded ``Llama`` for ``s`` (caller holds ``lock_for(s)``)."""
        with self._pool_lock:
            if s.export_id in self._loaded:
                self._loaded.move_to_end(s.export_id)
                return self._loaded[s.export_id]
            while len(self._loaded) >= self.max_loaded:
                old_id, old = self._loaded.popitem(last=False)
                old.close()
            llm = self.loader(s, n_ctx=self.n_ctx, gpu_layers=self.gpu_layers, on_note=self.on_note)
            self._loaded[s.export_id] = llm
            return llm

    def preload(self) -> None:
        first = self.names()[0]
        self._executors[first.export_id].submit(self.get, first).result()

    def close(self) -> None:
        with self._pool_lock:
            while self._loaded:
                export_id, llm = self._loaded.popitem()
                self._executors[export_id].submit(llm.close).result()
        for ex in self._executors.values():
            ex.shutdown(wait=True)


def _error(status: int, message: str, *, type_: str = "invalid_request_error", param: str | None = None,
           code: str | None = None):
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=status,
                        content={"error": {"message": message, "type": type_, "param": param, "code": code}})


def create_app(pool: ModelPool, token: str, *, log_path: Path | None = None):
    """Build the FastAPI application. ``token`` is the bearer token every /v1 request needs."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import StreamingResponse

    if log_path is not None:
        handler = logging.FileHandler(log_path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)

    app = FastAPI(title="Sovereign appliance model server", docs_url=None, redoc_url=None, openapi_url=None)
    expected = f"Bearer {token}".encode()

    @app.middleware("http")
    async def auth(request: Request, call_next):
        if request.url.path.startswith("/v1/"):
            got = request.headers.get("authorization", "").encode()
            if not hmac.compare_digest(got, expected):
                return _error(401, "Missing or wrong bearer token. The token is in the appliance home; "
                                   "`appliance token` prints it.", type_="authentication_error", code="invalid_api_key")
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", []) if p != "body"]
        param = ".".join(loc) or None
        return _error(400, f"Invalid request: {param or 'body'}: {first.get('msg', 'invalid value')}.", param=param)

    @app.get("/health")
    async def health():
        return {"status": "ok", "models": [s.name for s in pool.names()]}

    @app.get("/v1/models")
    async def models():
        return {"object": "list", "data": [
            {"id": s.name, "object": "model", "created": 0, "owned_by": "appliance",
             "export_id": s.export_id, "quant": s.quant} for s in pool.names()]}

    def find(name: str):
        s = pool.resolve(name)
        if s is None:
            return None, _error(404, f"The model {name!r} is not served here; GET /v1/models lists those that are.",
                                param="model", code="model_not_found")
        return s, None

    async def run(kind: str, req, s: Servable, call):
        """Run a llama.cpp call for ``s`` with its lock held; stream or return JSON."""
        started = time.perf_counter()
        lock = pool.lock_for(s)
        await lock.acquire()
        try:
            llm = await pool.call(s, pool.get, s)
            result = await pool.call(s, call, llm)
        except ValueError as exc:  # llama-cpp-python: prompt longer than the context, bad stop etc.
            lock.release()
            code = "context_length_exceeded" if "context window" in str(exc) else None
            return _error(400, str(exc), code=code)
        except BaseException:
            lock.release()
            raise
        if not req.stream:
            lock.release()
            _log(kind, s, result.get("usage", {}), started, 200)
            return result
        # Take the first chunk before answering, so that a request llama.cpp refuses (a prompt
        # longer than the context) still gets a proper 400 instead of a broken stream.
        try:
            first = await pool.call(s, _take_first, result)
        except ValueError as exc:
            lock.release()
            return _error(400, str(exc), code="context_length_exceeded" if "context window" in str(exc) else None)
        except BaseException:
            lock.release()
            raise
        return StreamingResponse(_stream(pool, s, result, first, lock, kind, started), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.post("/v1/chat/completions")
    async def chat(req: ChatRequest):
        s, err = find(req.model)
        if err:
            return err
        messages = [m.model_dump(exclude_none=True) for m in req.messages]

        def call(llm):
            if not llm.metadata.get("tokenizer.chat_template"):
                raise ValueError(f"The model {s.name!r} has no chat template, so it cannot chat; "
                                 "use /v1/completions with a plain prompt.")
            return llm.create_chat_completion(messages=messages, stream=req.stream, model=s.name, **req.common())

        return await run("chat", req, s, call)

    @app.post("/v1/completions")
    async def completions(req: CompletionRequest):
        s, err = find(req.model)
        if err:
            return err
        if isinstance(req.prompt, list) and len(req.prompt) != 1:
            return _error(400, "Only one prompt per request is supported.", param="prompt")
        prompt = req.prompt if isinstance(req.prompt, str) else req.prompt[0]

        def call(llm):
            return llm.create_completion(prompt=prompt, stream=req.stream, model=s.name, **req.common())

        return await run("completion", req, s, call)

    return app


_END = object()


COALESCE_SECONDS = 0.02


def _has_text(chunk) -> bool:
    choice = (chunk.get("choices") or [{}])[0]
    return bool(choice.get("text") or (choice.get("delta") or {}).get("content"))


def _take(result, budget: float = COALESCE_SECONDS) -> list:
    """Decode tokens until ``budget`` seconds have passed (at least one) or the end."""
    out = []
    t0 = time.perf_counter()
    while True:
        item = next(result, _END)
        out.append(item)
        if item is _END or time.perf_counter() - t0 >= budget:
            return out


def _take_first(result) -> list:
    """Chunks up to and including the first one carrying text (chat streams open with a role)."""
    out = []
    while True:
        item = next(result, _END)
        out.append(item)
        if item is _END or _has_text(item):
            return out


async def _stream(pool: "ModelPool", s: Servable, result, first, lock: asyncio.Lock, kind: str, started: float):
    """Server-sent events from a llama.cpp chunk generator.

    Decoding and writing alternate: a worker thread decodes the tokens of the next 20 ms
    (``COALESCE_SECONDS``; one token when the model is slower than that), then they go out in one
    write while decoding waits. On a machine with few cores this beats a free-running producer
    thread, because llama.cpp's decode uses every core and slows sharply when JSON encoding and
    socket writes run beside it, and it beats a thread hop per token (bench/bench_serving.py).
    The first token is never delayed. On disconnect the generator is closed before the model's
    lock is released, so no half-run generation is left for the next request.
    """
    n = 0
    try:
        batch = first
        while True:
            out, done = [], False
            for item in batch:
                if item is _END:
                    done = True
                    break
                n += 1
                out.append(f"data: {json.dumps(item, ensure_ascii=False)}\n\n")
            if out:
                yield "".join(out)
            if done:
                break
            try:
                batch = await pool.call(s, _take, result)
            except Exception as exc:  # noqa: BLE001 - reported to the client as an error event
                err = {"error": {"message": f"Generation failed: {exc}", "type": "server_error", "param": None,
                                 "code": None}}
                yield f"data: {json.dumps(err)}\n\n"
                break
        yield "data: [DONE]\n\n"
    finally:
        try:
            await pool.call(s, result.close)
        finally:
            lock.release()
            _log(kind, s, {"completion_chunks": n}, started, 200)


def _log(kind: str, s: Servable, usage: dict, started: float, status: int) -> None:
    log.info(json.dumps({"kind": kind, "model": s.name, "export": s.export_id, "status": status,
                         "usage": usage, "seconds": round(time.perf_counter() - started, 3)}))


class ServerHandle:
    """A running server in a background thread (tests, benchmarks and the GUI use this)."""

    def __init__(self, app, host: str, port: int):
        import uvicorn

        self.config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False,
                                     lifespan="off")
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, name="appliance-server", daemon=True)

    def start(self, timeout: float = 30.0) -> "ServerHandle":
        self.thread.start()
        deadline = time.time() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.time() > deadline:
                raise ServingError(f"The server could not start on {self.config.host}:{self.config.port}.",
                                   hint="Is the port already in use? Pick another with --port.")
            time.sleep(0.02)
        return self

    @property
    def port(self) -> int:
        for server in getattr(self.server, "servers", []):
            for sock in server.sockets:
                return sock.getsockname()[1]
        return self.config.port

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
