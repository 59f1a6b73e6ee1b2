"""Model backends behind the appliance's API: llama.cpp's own server, one process per export.

``llama-server`` (built by ``native/build.py`` from the same pinned llama.cpp source as the
runtime) decodes several requests together (continuous batching over ``slots`` sequences, a
shared prompt cache), enforces JSON schemas with grammars, parses tool calls with the model's
own chat template, and computes embeddings. Each export runs in a process of its own: a model
is never unloaded under a running decode (the process owns it), a crash takes down one model,
not the server, and the supervisor starts it again.

A backend listens on a loopback port chosen by the kernel, behind an internal key that only our
front knows, so nothing else on the machine can use it without the appliance's bearer token.
Remote backends (``RemoteBackend``) are another appliance's API on the site's network, reached
over TLS with its token, and only when a routing policy names them (``serving/routing.py``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from appliance.errors import NativeRuntimeError, ServingError
from appliance.messages import M, Message

SERVER_ENV = "APPLIANCE_LLAMA_SERVER"
SPIN_MAX_CORES = 4  # up to this many cores, CPU backends wait without spinning (--poll 0)


def server_binary() -> Path:
    """The ``llama-server`` built for the installed runtime (``native/build.py``)."""
    env = os.environ.get(SERVER_ENV)
    if env:
        path = Path(env)
    else:
        from appliance.host.native import tools_dir

        path = tools_dir() / "bin" / "llama-server"
    if not (path.is_file() and os.access(path, os.X_OK)):
        raise NativeRuntimeError(
            M(
                "serving.server_missing",
                "llama.cpp's server (llama-server) is missing (looked for {path}).",
                path=str(path),
            ),
            hint=M(
                "serving.server_missing.hint",
                "Run `make native` (or `python native/build.py` with the appliance's Python) to build it.",
            ),
        )
    return path


def _unreachable(exc: BaseException) -> bool:
    """A connection refused by the network layer itself (no route: the loopback interface down)."""
    import errno

    while exc is not None:
        if isinstance(exc, OSError) and exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return True
        if "Network is unreachable" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        try:
            s.bind((host, port))
        except OSError:
            return True
        return False


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


class _Spawner:
    """Starts every backend process from one thread that lives as long as the appliance.

    The kernel's parent-death signal (``PR_SET_PDEATHSIG``) fires when the *thread* that forked
    the child ends, not the process: forking from a short-lived worker thread would kill the
    backend as soon as that thread finished."""

    def __init__(self):
        import queue

        self.q: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="backend-spawner", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            args, kwargs, done = self.q.get()
            try:
                done["proc"] = subprocess.Popen(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                done["error"] = exc
            done["event"].set()

    def popen(self, *args, **kwargs) -> subprocess.Popen:
        done = {"event": threading.Event()}
        self.q.put((args, kwargs, done))
        done["event"].wait()
        if "error" in done:
            raise done["error"]
        return done["proc"]


_spawner: _Spawner | None = None
_spawner_lock = threading.Lock()


def spawn(*args, **kwargs) -> subprocess.Popen:
    global _spawner
    with _spawner_lock:
        if _spawner is None:
            _spawner = _Spawner()
    return _spawner.popen(*args, **kwargs)


def _die_with_parent() -> None:  # runs in the child between fork and exec
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    os.setpgrp()  # a Ctrl-C in the terminal goes to the appliance, which stops its backends in order


@dataclass
class BackendStats:
    """What the router needs: load now, and how fast this backend has been."""

    in_flight: int = 0
    requests: int = 0
    failures: int = 0
    restarts: int = 0
    ewma_ttft: float | None = None  # seconds to the first token (or whole answer when not streamed)
    ewma_tps: float | None = None  # generated tokens per second of one request

    def observe(self, ttft: float | None, tokens: int, seconds: float) -> None:
        a = 0.3
        if ttft is not None:
            self.ewma_ttft = ttft if self.ewma_ttft is None else (1 - a) * self.ewma_ttft + a * ttft
        decode = seconds - (ttft or 0.0)
        if tokens > 1 and decode > 0:
            tps = (tokens - 1) / decode
            self.ewma_tps = tps if self.ewma_tps is None else (1 - a) * self.ewma_tps + a * tps


@dataclass
class LlamaServer:
    """One ``llama-server`` process serving one GGUF (or its embeddings)."""

    gguf: Path
    alias: str
    n_ctx: int = 4096
    slots: int = 4
    gpu_layers: int = 0
    threads: int | None = None
    embeddings: bool = False
    log_path: Path | None = None
    label: str = ""
    lora: Path | None = None  # a GGUF LoRA adapter applied on top (``--lora``)
    log_kept: bool = True  # False: the log is scratch, removed when the backend closes (not named)
    warmup: bool = True  # False: answer the first request without a warm-up decode (short-lived backends)
    stats: BackendStats = field(default_factory=BackendStats)
    proc: subprocess.Popen | None = None
    port: int = 0
    key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    stopping: bool = False
    caps: dict = field(default_factory=dict)  # the chat template's capabilities (tools…), from /props
    ready: bool = False  # loaded and answering (False while it starts or restarts)
    key_file: Path | None = None  # the key, 0600 in a 0700 folder, only while the process starts

    def _write_key(self) -> None:
        """The key where llama-server reads it at start (``--api-key-file``); removed once it has."""
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="appliance-backend-"))  # 0700
        path = folder / "key"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(self.key + "\n")
        self.key_file = path

    def _remove_key(self) -> None:
        if self.key_file is not None:
            import shutil

            shutil.rmtree(self.key_file.parent, ignore_errors=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.key}"}

    @property
    def remote(self) -> bool:
        return False

    def command(self) -> list[str]:
        cmd = [
            str(server_binary()),
            "--model",
            str(self.gguf),
            "--alias",
            self.alias,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--api-key-file",  # never the key itself: a command line is readable by every local user
            str(self.key_file),
            "--ctx-size",
            str(self.n_ctx * self.slots),
            "--parallel",
            str(self.slots),
            "--cont-batching",
            "--no-kv-unified",
            "--fit",
            "off",
            "--jinja",
            "--no-webui",
            "--offline",
            "--no-slots",
            "--cache-ram",
            "1024",
            "--timeout",
            "600",
        ]
        if self.gpu_layers:  # -1 (every layer, offload.py's plan) is llama.cpp's "more than there are"
            cmd += ["--n-gpu-layers", str(self.gpu_layers if self.gpu_layers > 0 else 999)]
        else:  # (an explicit 0 makes a CPU build warn that it has no GPU, on every start)
            cmd += ["--device", "none"]
        if self.threads:
            cmd += ["--threads", str(self.threads)]
        if self.embeddings:
            cmd += ["--embeddings", "--pooling", "mean"]
        if self.lora:
            cmd += ["--lora", str(self.lora)]
        if not self.warmup:
            cmd += ["--no-warmup"]
        if not self.gpu_layers and (os.cpu_count() or 1) <= SPIN_MAX_CORES:
            # On a small CPU machine, decode threads that spin while they wait take the cores our
            # front and the clients need: sleeping threads were faster (docs/benchmarks.md).
            cmd += ["--poll", "0"]
        return cmd

    def start(self, timeout: float = 120.0, *, attempts: int = 4) -> None:
        """Start the process and wait until it has loaded the model. Raises ``ServingError``.

        The port is one the kernel just chose as free; if another program takes it before
        llama-server binds it (the server exits and the port is in use), it starts again on
        another, up to ``attempts`` times."""
        for attempt in range(attempts):
            try:
                return self._start_once(timeout)
            except OSError as exc:  # no loopback port to be had (exhausted): wait and ask again
                if attempt + 1 == attempts:
                    raise ServingError(
                        M(
                            "serving.no_free_port",
                            "No free loopback port for llama.cpp's server ({error}).",
                            error=str(exc),
                        ),
                        hint=M(
                            "serving.no_free_port.hint",
                            "Too many connections are open on this machine; close some programs and try again.",
                        ),
                    ) from exc
                time.sleep(0.5 * (attempt + 1))
            except ServingError:
                if attempt + 1 == attempts or not port_in_use(self.port) or self.running():
                    raise

    def _start_once(self, timeout: float) -> None:
        self.ready = False
        self.stopping = False
        self.port = free_port()
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self._write_key()
        try:
            try:
                self.proc = spawn(
                    self.command(),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    preexec_fn=_die_with_parent,
                    env=_backend_env(),
                )
            finally:
                if log is not subprocess.DEVNULL:
                    log.close()
            self.wait_ready(timeout)  # (it read its arguments, the key file among them, long before)
        finally:
            self._remove_key()

    def wait_ready(self, timeout: float) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while True:
            code = self.proc.poll()
            if code is not None:
                raise ServingError(
                    M(
                        "serving.cannot_load",
                        "llama.cpp's server cannot load {path}: {reason}.",
                        path=str(self.gguf),
                        reason=self.load_failure(code),
                    ),
                    hint=M(
                        "serving.cannot_load.hint",
                        "Verify the export with `appliance exports verify`; a file that stopped loading after it "
                        "was verified may be damaged: export the model again.",
                    ),
                )
            try:
                r = httpx.get(self.base_url + "/health", timeout=2.0)
            except httpx.ConnectError as exc:
                if _unreachable(exc):
                    self.stop()
                    raise ServingError(
                        M(
                            "serving.loopback_down",
                            "The loopback interface (127.0.0.1) is down, so llama.cpp's server for {name} "
                            "cannot be reached.",
                            name=self.gguf.name,
                        ),
                        hint=M(
                            "serving.loopback_down.hint",
                            "Bring it up (`ip link set lo up`): the appliance runs its models on loopback only, "
                            "even on a machine with no network.",
                        ),
                    ) from exc
                r = None
            except httpx.HTTPError:
                r = None
            if r is not None and r.status_code == 200:
                with contextlib.suppress(httpx.HTTPError, ValueError):
                    props = httpx.get(self.base_url + "/props", headers=self.headers, timeout=5.0).json()
                    self.caps = props.get("chat_template_caps") or {}
                self.ready = True
                return
            if time.monotonic() > deadline:
                self.stop()
                raise ServingError(self._timeout_message(timeout))
            time.sleep(0.05)

    def load_failure(self, code: int | None = None) -> Message:
        """Why the process could not load its model, in llama.cpp's words from its log."""
        import re

        code = self.exit_status() if code is None else code
        lines = []
        if self.log_path and self.log_path.is_file():
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        lines = [re.sub(r"^[\d.]+ [A-Z] +(\w+ +)?", "", ln).strip() for ln in lines]
        said = [ln.split("error loading model:", 1)[1].strip() for ln in lines if "error loading model:" in ln]
        if not said:
            keys = (
                "failed to read",
                "failed to load",
                "failed to allocate",
                "invalid",
                "error:",
                "couldn't bind",
                "out of memory",
            )
            said = [ln for ln in lines if any(k in ln.lower() for k in keys)][:2]
        why = "; ".join(dict.fromkeys(said)) or " | ".join(lines[-3:])
        how = signal_message(code)
        if why:
            failure = M("serving.load_failure", "{why}; the server {how}", why=why, how=how)
        else:
            failure = M("serving.load_failure.no_reason", "the server {how}", how=how)
        if self.log_path and self.log_kept:
            return M("serving.load_failure.log", "{failure} (log: {path})", failure=failure, path=str(self.log_path))
        return failure

    def _timeout_message(self, timeout: float) -> Message:
        name = self.gguf.name
        if not self.log_path or not self.log_path.is_file():
            return M(
                "serving.load_timeout",
                "llama.cpp's server did not load {name} within {timeout:.0f} s.",
                name=name,
                timeout=timeout,
            )
        tail = self.log_path.read_text(errors="replace").strip().splitlines()[-3:]
        if not tail:
            return M(
                "serving.load_timeout.log",
                "llama.cpp's server did not load {name} within {timeout:.0f} s (log: {path}).",
                name=name,
                timeout=timeout,
                path=str(self.log_path),
            )
        return M(
            "serving.load_timeout.log_tail",
            "llama.cpp's server did not load {name} within {timeout:.0f} s (its log, {path}, ends: {tail}).",
            name=name,
            timeout=timeout,
            path=str(self.log_path),
            tail=" | ".join(tail),
        )

    def alive(self) -> bool:
        """Loaded and able to answer."""
        return self.ready and self.running()

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def exit_status(self) -> int | None:
        return None if self.proc is None else self.proc.poll()

    def cpu_seconds(self) -> float:
        """User and system CPU time of the process so far (for cost per 1,000 tokens)."""
        if not self.running():
            return 0.0
        try:
            import psutil

            t = psutil.Process(self.proc.pid).cpu_times()
            return t.user + t.system
        except Exception:  # noqa: BLE001 - it may just have exited
            return 0.0

    def stop(self, grace: float = 5.0) -> None:
        self.stopping = True
        self.ready = False
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@dataclass
class RemoteBackend:
    """Another appliance's API on the site's network: TLS (verified against ``ca_file`` or the
    system's roots) and its bearer token. Allowed through the network guard by its host and port
    only, because a routing policy names it."""

    url: str
    token: str
    alias: str
    label: str = ""
    ca_file: Path | None = None
    stats: BackendStats = field(default_factory=BackendStats)
    embeddings: bool = False
    caps: dict = field(default_factory=lambda: {"supports_tools": True})  # another appliance handles tools

    @property
    def base_url(self) -> str:
        return self.url.rstrip("/").removesuffix("/v1")

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def remote(self) -> bool:
        return True

    def alive(self) -> bool:
        return True

    def exit_status(self) -> None:
        return None

    def cpu_seconds(self) -> float:
        return 0.0

    def start(self, timeout: float = 10.0) -> None:
        pass

    def stop(self, grace: float = 0.0) -> None:
        pass


def _backend_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLAMA_ARG_", "LLAMA_API_KEY"))}
    env.setdefault("LLAMA_LOG_COLORS", "off")
    return env


class Supervisor:
    """Starts backends again when their process dies, reporting each restart through ``on_event``."""

    def __init__(self, backends: list, *, on_event=None, interval: float = 0.5, max_restarts: int = 5):
        self.backends = backends
        self.on_event = on_event or (lambda *a: None)
        self.interval, self.max_restarts = interval, max_restarts
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="backend-supervisor", daemon=True)

    def start(self) -> "Supervisor":
        self.thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for b in list(self.backends):
                if isinstance(b, LlamaServer) and b.proc is not None and not b.stopping and not b.running():
                    self.restart(b)

    def restart(self, b: LlamaServer) -> bool:
        with self._lock:
            if b.running() or b.stopping:
                return True
            status = b.exit_status()
            if b.stats.restarts >= self.max_restarts:
                self.on_event("backend.gave-up", b, status)
                b.stopping = True
                return False
            b.stats.restarts += 1
            self.on_event("backend.crashed", b, status)
            try:
                b.start()
            except ServingError as exc:
                self.on_event("backend.restart-failed", b, str(exc))
                return False
            self.on_event("backend.restarted", b, None)
            return True

    def stop(self) -> None:
        self._stop.set()
        if self.thread.is_alive():
            self.thread.join(timeout=5)


def signal_message(status: int | None) -> Message:
    """How a backend process ended ("was killed by SIGKILL"), a phrase for a sentence."""
    if status is None:
        return M("serving.process.running", "is running")
    if status < 0:
        try:
            return M("serving.process.killed", "was killed by {signal}", signal=signal.Signals(-status).name)
        except ValueError:
            return M("serving.process.killed_by_number", "was killed by signal {number}", number=-status)
    return M("serving.process.exited", "exited with status {status}", status=status)


def describe_signal(status: int | None) -> str:
    """``signal_message`` in English (API error bodies and log lines)."""
    return signal_message(status).render("en")
