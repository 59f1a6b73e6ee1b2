"""Starting and stopping the model server from the catalog: used by the CLI, the GUI and the tests.

``start_server`` resolves what to serve (exports named on the command line, or a routing policy
file) under its ``ServeOptions`` (where it listens, context, slots, GPU layers, …), starts one ``llama-server`` process per variant (in parallel), a supervisor that
restarts any that dies, the audit writer, and our API front. ``stop_server`` drains: new
requests get 503, running ones have ``drain`` seconds to finish, then everything stops and
``serve.stop`` is recorded.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path

from appliance.catalog import Catalog
from appliance.errors import ServingError
from appliance.home import Home
from appliance.messages import M
from appliance.offline import is_loopback_host
from appliance.serving.backends import LlamaServer, RemoteBackend, Supervisor, signal_message
from appliance.serving.gateway import Gateway
from appliance.serving.handle import DEFAULT_PORT
from appliance.serving.request_log import RequestLog
from appliance.serving.routing import ServedName, Variant, load_policy, read_token_file
from appliance.serving.runtime import Servable, resolve_servable
from appliance.serving.server import ServerHandle, create_app
from appliance.serving.token import get_or_create_token

DEFAULT_SLOTS = 4


def check_bind_address(host: str, allow_non_loopback: bool) -> None:
    """Refuse a non-loopback listening address unless explicitly allowed. Raises ``ServingError``."""
    if not is_loopback_host(host) and not allow_non_loopback:
        raise ServingError(
            M(
                "serving.non_loopback_refused",
                "Refusing to listen on {host}: the server only listens on loopback (127.0.0.1 or ::1) by default, "
                "so no other machine can reach it.",
                host=host,
            ),
            hint=M(
                "serving.non_loopback_refused.hint",
                "Pass --allow-non-loopback if other machines on a trusted network must connect.",
            ),
        )
    if host in ("", None):
        raise ServingError(
            M("serving.empty_host", "An empty address would listen on every interface."),
            hint=M("serving.empty_host.hint", "Use --host 127.0.0.1."),
        )


class AuditSink:
    """Appends one ``serve.request`` record per request from a thread of its own (with its own
    catalog connection), and keeps the signed head as a permanent checkpoint after each burst."""

    def __init__(self, home: Home):
        self.home = home
        self.q: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="audit-requests", daemon=True)
        self.written = 0
        self.tickers: list = []  # called about once a second from this thread (rate-limited summaries)

    def start(self) -> "AuditSink":
        self.thread.start()
        return self

    def put(self, entry: dict) -> None:
        self.q.put(dict(entry))

    def _run(self) -> None:
        from appliance.audit.log import AuditLog

        with Catalog.open(self.home) as cat:
            log = AuditLog(cat)
            pending = False
            while True:
                for tick in list(self.tickers):
                    with contextlib.suppress(Exception):
                        tick()
                try:
                    entry = self.q.get(timeout=1.0)
                except queue.Empty:
                    if pending:
                        with contextlib.suppress(Exception):
                            log.promote_head()
                        pending = False
                    continue
                if entry is None:
                    break
                rec = _auth_record(cat, entry) if entry.get("kind") == "auth" else _request_record(cat, entry)
                if log.available:
                    with contextlib.suppress(Exception):
                        log.append(rec)
                        self.written += 1
                        pending = True
            if pending:
                with contextlib.suppress(Exception):
                    log.promote_head()

    def stop(self) -> None:
        self.q.put(None)
        self.thread.join(timeout=30)


def _request_record(cat, entry: dict) -> dict:
    from appliance.audit.actions import Action

    status = int(entry.get("status") or 0)
    outcome = "ok" if status < 400 else ("refused" if status < 500 else "failed")
    act = Action(
        cat,
        "serve.request",
        objects=[o for o in (entry.get("export"), entry.get("model_id")) if o],
        params={k: v for k, v in entry.items() if k not in ("export", "model_id", "error")},
    )
    rec = act.record(outcome)
    if entry.get("error"):
        rec["error"] = {"type": f"HTTP {status}", "message": str(entry["error"])[:500]}
    rec["duration_s"] = entry.get("seconds")
    return rec


def _auth_record(cat, entry: dict) -> dict:
    """``serve.auth-failed``: requests refused for a missing or wrong token (``RequestLog.refused``),
    the first from a client or a summary of its later ones (``AuthFailures``)."""
    from appliance.audit.actions import Action

    params = {k: v for k, v in entry.items() if k != "kind"}
    rec = Action(cat, "serve.auth-failed", params=params).record("denied")
    n = entry.get("count", 1)
    rec["error"] = {
        "type": "HTTP 401",
        "message": f"{n} request(s) from {entry.get('client')} with a missing or wrong bearer token",
    }
    rec["duration_s"] = None
    return rec


@dataclass
class Serving:
    """A running server: the front, the backends behind it, and how to stop them."""

    handle: ServerHandle
    gateway: Gateway
    names: list[ServedName]
    backends: list = field(default_factory=list)
    supervisor: Supervisor | None = None
    audit: AuditSink | None = None
    events: list = field(default_factory=list)
    capture: object | None = None  # appliance.adapt.capture.CaptureSink, when a served line may capture

    @property
    def port(self) -> int:
        return self.handle.port

    @property
    def url(self) -> str:
        """The API's base URL, e.g. ``http://127.0.0.1:8765/v1`` (the port actually bound)."""
        host = self.handle.config.host
        shown = f"[{host}]" if ":" in host else host
        scheme = "https" if self.handle.config.ssl_certfile else "http"
        return f"{scheme}://{shown}:{self.port}/v1"

    def variants(self) -> list[Variant]:
        return [v for n in self.names for v in n.variants]

    def recent_requests(self, after: int = 0) -> list[dict]:
        """The requests this server answered (or refused) after the one numbered ``after``, oldest
        first: each its log line (time, kind, model, variant, status, usage, seconds, error…) with
        ``seq`` and the endpoint ``path`` (``RequestLog.recent``)."""
        return self.gateway.request_log.recent(after)

    def drain(self, timeout: float) -> bool:
        """New requests are refused (503) from now; True when the running ones finished in time."""
        self.gateway.draining = True
        deadline = time.monotonic() + timeout
        while self.gateway.in_flight > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        if self.gateway.in_flight == 0:
            return True
        # Out of time: each answer still running ends with an error the client can read (a stream's
        # last event, a 503 body), rather than a connection that just closes.
        self.gateway.cutting = True
        deadline = time.monotonic() + 3.0
        while self.gateway.in_flight > 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        return False


@dataclass(frozen=True)
class ServeOptions:
    """How ``start_server`` serves: where it listens, each backend's context, slots, GPU layers and
    threads, whether unverified exports may be served, the router's seed, TLS (a certificate and its
    key), and a routing policy file (instead of exports named)."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    n_ctx: int = 4096
    slots: int = DEFAULT_SLOTS
    gpu_layers: int | None = None  # None: as many as the GPU's free memory holds (serving/offload.py)
    threads: int | None = None
    allow_unverified: bool = False
    seed: int | None = None  # the router's random choices (weights), for reproducible tests
    tls: tuple[Path, Path] | None = None  # (certificate, key), PEM
    policy: Path | None = None


_OPTION_NAMES = frozenset(f.name for f in fields(ServeOptions))


def start_server(
    home: Home,
    catalog: Catalog,
    refs: list[str] | None = None,
    options: ServeOptions | None = None,
    *,
    on_status=None,
    keys=None,
    **legacy,
) -> Serving:
    """Resolve what to serve and start it under ``options`` (``ServeOptions()``: its defaults).
    Recorded as ``serve.start`` (``serve.stop`` by ``stop_server``). ``on_status`` is told what
    happens while it starts and runs (Messages, or a plain note: backends starting, crashing,
    restarting, a GPU offload plan).

    For callers written before ``ServeOptions`` (``appliance.start_server`` is public), the options
    may still be given as keyword arguments (``port=0, slots=2``): they build the ``ServeOptions``.

    ``keys`` (the workspace's key provider) lets the server capture what it serves for the lines
    that have capture switched on (appliance/adapt/capture.py) and answer from document
    collections (``collections``, docs/retrieval.md); without them neither is offered.
    """
    from appliance.audit.actions import action

    o = _options(options, legacy)
    refs = list(refs or [])
    with action(
        catalog,
        "serve.start",
        params={
            "host": o.host,
            "port": o.port,
            "models": refs,
            "slots": o.slots,
            "policy": str(o.policy) if o.policy else None,
            "tls": bool(o.tls),
            "allow_unverified": o.allow_unverified,
        },
    ) as act:
        if o.tls:
            _check_tls(*o.tls)
        names = _plan(home, catalog, refs, o.policy, o.allow_unverified)
        serving = _start(home, names, o, on_status)
        _start_capture(home, catalog, serving, keys)
        if keys is not None:  # answers from document collections (docs/retrieval.md) need the keys
            from appliance.knowledge.retriever import Retriever

            serving.gateway.knowledge = Retriever(home, keys)
        for v in serving.variants():
            act.add_object(v.export_id, v.model_id)
        act.output(port=serving.port, variants=[f"{n.name}/{v.name}" for n in names for v in n.variants])
        return serving


def _start_capture(home, catalog, serving: Serving, keys) -> None:
    """The capture thread, for names that belong to a model line, when the keys are at hand
    (``/v1/feedback`` needs it too: without it feedback is answered 404, nothing being captured)."""
    from appliance.adapt.capture_sink import CaptureSink, served_lines

    served = served_lines(catalog, serving.names)
    if served and keys is not None:
        serving.capture = serving.gateway.capture = CaptureSink(home, keys, served).start()


def _options(options: ServeOptions | None, legacy: dict) -> ServeOptions:
    """``options``, or the ``ServeOptions`` that keyword arguments of the old signature give."""
    if not legacy:
        return options or ServeOptions()
    unknown = sorted(set(legacy) - _OPTION_NAMES)
    if unknown:
        raise TypeError(f"start_server() got unexpected keyword arguments: {', '.join(unknown)}")
    if options is not None:
        raise TypeError("start_server() takes either options= or their keyword arguments, not both")
    return ServeOptions(**legacy)


def _plan(home, catalog, refs, policy, allow_unverified) -> list[ServedName]:
    if policy is not None and refs:
        raise ServingError(
            M("serving.refs_and_policy", "Give either exports to serve or a routing policy (--policy), not both."),
            hint=M("serving.refs_and_policy.hint", "List every export in the policy file."),
        )
    if policy is None and not refs:
        raise ServingError(
            M("serving.nothing_to_serve", "Nothing to serve."),
            hint=M("serving.nothing_to_serve.hint", "Name exports or models, or give --policy FILE."),
        )
    if policy is not None:
        names = load_policy(policy)
    else:
        names, seen = [], set()
        for ref in refs:
            s = resolve_servable(home, catalog, ref, allow_unverified=allow_unverified)
            name = s.name if s.name not in seen else f"{s.name}:{s.quant}:{s.export_id}"
            seen.add(name)
            names.append(ServedName(name, [Variant(name=s.quant, export=s.export_id)]))
    for n in names:
        for v in n.variants:
            if v.export:
                s = resolve_servable(home, catalog, v.export, allow_unverified=allow_unverified)
                v.export_id, v.model_id, v.quant = s.export_id, s.model_id, s.quant
                v.servable = s
    return names


def _layers(s: Servable, n_ctx: int, requested: int | None) -> tuple[int, str | None]:
    """GPU layers for a backend, planned without loading llama.cpp into the front process."""
    from appliance.serving.llama_client import plan_offload

    p = plan_offload(s.path, n_ctx=n_ctx, gpu_layers=requested)
    return (p.gpu_layers if p.gpu_layers >= 0 else 999), p.note


def _check_tls(cert: Path, key: Path) -> None:
    """The certificate and key must load together. Raises ``InvalidInputError`` naming the file."""
    import ssl

    from appliance.errors import InvalidInputError

    hint = M("serving.tls_missing.hint", "Give the PEM files with --tls-cert and --tls-key.")
    if not Path(cert).is_file():
        raise InvalidInputError(
            M("serving.tls_certificate_missing", "The TLS certificate {path} does not exist.", path=str(cert)),
            hint=hint,
        )
    if not Path(key).is_file():
        raise InvalidInputError(
            M("serving.tls_key_missing", "The TLS key {path} does not exist.", path=str(key)), hint=hint
        )
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(str(cert), str(key))
    except (ssl.SSLError, OSError) as exc:
        raise InvalidInputError(
            M(
                "serving.tls_mismatch",
                "The TLS certificate {cert} and key {key} cannot be used together: {error}.",
                cert=str(cert),
                key=str(key),
                error=str(exc),
            ),
            hint=M("serving.tls_mismatch.hint", "Give a PEM certificate and its matching unencrypted PEM private key."),
        ) from exc


def _start(home, names, o: ServeOptions, on_status) -> Serving:
    from appliance.offline import allow_remote

    n_ctx, threads = o.n_ctx, o.threads

    note = on_status or (lambda _m: None)
    backends = []
    for n in names:
        for v in n.variants:
            if v.url:
                from urllib.parse import urlsplit

                u = urlsplit(v.url)  # checked when the policy loaded (routing._check_url)
                token = read_token_file(f"{n.name}/{v.name}: token_file", v.token_file)  # read again: it may have gone
                allow_remote(u.hostname, u.port or (443 if u.scheme == "https" else 80))
                v.backend = RemoteBackend(
                    v.url,
                    token,
                    v.remote_model or n.name,
                    label=f"{n.name}/{v.name}",
                    ca_file=Path(v.ca_file) if v.ca_file else None,
                )
                continue
            s = v.servable
            ctx = min(n_ctx, s.context_length) if s.context_length else n_ctx
            layers, why = _layers(s, ctx, v.gpu_layers if v.gpu_layers is not None else o.gpu_layers)
            if why:
                note(why)
            v.backend = LlamaServer(
                s.path,
                alias=n.name,
                n_ctx=ctx,
                slots=v.slots or o.slots,
                gpu_layers=layers,
                threads=threads,
                log_path=home.logs_dir / f"llama-server-{s.export_id}.log",
                label=f"{n.name}/{v.name}",
            )
            backends.append(v.backend)
    note(M("serving.starting_backends", "Starting llama.cpp's server for {n} export(s)…", n=len(backends)))
    with ThreadPoolExecutor(max_workers=max(1, min(4, len(backends)))) as pool:
        futures = [pool.submit(b.start) for b in backends]
        errors = []
        for f in futures:
            try:
                f.result()
            except ServingError as exc:
                errors.append(exc)
    if errors:
        for b in backends:
            b.stop()
        raise errors[0]
    events: list = []

    def on_event(kind, backend, detail):
        msg = _event_message(kind, backend.label, detail)
        events.append(ServeEvent(time.time(), kind, backend.label, msg))
        note(msg)

    embed_backends: dict[str, tuple] = {}
    embed_lock = threading.Lock()

    def embedder(served: ServedName):
        with embed_lock:
            if served.name in embed_backends:
                return embed_backends[served.name]
            local = next((v for v in served.variants if not v.url), None)
            if local is None:
                raise ServingError(
                    M(
                        "serving.no_local_variant",
                        "{name} has no local variant to compute embeddings with.",
                        name=served.name,
                    )
                )
            s = local.servable
            b = LlamaServer(
                s.path,
                alias=served.name,
                n_ctx=min(n_ctx, s.context_length or n_ctx),
                slots=2,
                gpu_layers=local.backend.gpu_layers,
                threads=threads,
                embeddings=True,
                log_path=home.logs_dir / f"llama-server-{s.export_id}-embeddings.log",
                label=f"{served.name}/{local.name}/embeddings",
            )
            b.start()
            backends.append(b)
            embed_backends[served.name] = (local, b)
            return local, b

    audit = AuditSink(home).start()
    gateway = Gateway(
        names,
        get_or_create_token(home),
        request_log=RequestLog(home.logs_dir / "server.log", audit),
        embedder=embedder,
        seed=o.seed,
    )
    supervisor = Supervisor(backends, on_event=on_event).start()
    try:
        handle = ServerHandle(create_app(gateway), o.host, o.port, tls=o.tls).start()
    except ServingError:
        supervisor.stop()
        for b in backends:
            b.stop()
        audit.stop()
        raise
    return Serving(handle, gateway, names, backends, supervisor, audit, events)


class ServeEvent(tuple):
    """A backend's crash or restart, as ``Serving.events`` keeps it: ``(time, kind, label, text)``
    with ``text`` in English; ``message`` is the Message (rendered in any language)."""

    message: M

    def __new__(cls, t: float, kind: str, label: str, message: M):
        self = super().__new__(cls, (t, kind, label, message.render("en")))
        self.message = message
        return self


def _event_message(kind: str, label: str, detail) -> M:
    if kind == "backend.crashed":
        return M(
            "serving.backend_crashed",
            "{label}: llama.cpp {how}; restarting it",
            label=label,
            how=signal_message(detail),
        )
    if kind == "backend.restarted":
        return M("serving.backend_restarted", "{label}: restarted", label=label)
    if kind == "backend.restart-failed":
        return M(
            "serving.backend_restart_failed",
            "{label}: could not restart: {error}",
            label=label,
            error=detail if isinstance(detail, M) else str(detail),
        )
    if kind == "backend.gave-up":
        return M("serving.backend_gave_up", "{label}: crashed too often; no longer restarted", label=label)
    raise KeyError(kind)


def stop_server(catalog: Catalog, serving: Serving, *, drain: float = 10.0) -> bool:
    """Drain for up to ``drain`` seconds, stop the front and every backend; ``serve.stop`` is
    recorded with whether every running request finished. Returns that."""
    from appliance.audit.actions import action

    with action(catalog, "serve.stop", objects=[v.export_id for v in serving.variants() if v.export_id]) as act:
        drained = serving.drain(drain)
        serving.handle.stop(drain=1.0)
        for n in serving.names:  # what each backend cost, for `appliance serve-report`
            for v in n.variants:
                b = v.backend
                if b is not None and not b.remote:
                    serving.gateway.request_log.write(
                        {
                            "kind": "backend",
                            "model": n.name,
                            "variant": v.name,
                            "export": v.export_id,
                            "cpu_seconds": round(b.cpu_seconds(), 3),
                            "gpu_layers": b.gpu_layers,
                            "restarts": b.stats.restarts,
                        },
                        audit=False,
                    )
        if serving.supervisor:
            serving.supervisor.stop()
        for b in serving.backends:
            b.stop()
        with contextlib.suppress(Exception):
            import asyncio

            asyncio.run(serving.gateway.aclose())
        serving.gateway.request_log.close()  # (its last failed-authentication summaries go to the audit sink)
        if serving.capture is not None:
            serving.capture.stop()
        if serving.audit:
            serving.audit.stop()
        act.output(
            drained=drained,
            requests_cut=serving.gateway.cut + serving.gateway.in_flight,
            restarts=sum(b.stats.restarts for b in serving.backends),
        )
    return drained
