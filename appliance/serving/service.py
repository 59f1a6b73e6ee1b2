"""Starting the model server from the catalog: used by the CLI, the GUI and the tests."""

from __future__ import annotations

from appliance.catalog import Catalog
from appliance.errors import ServingError
from appliance.home import Home
from appliance.offline import is_loopback_host
from appliance.serving.runtime import resolve_servable
from appliance.serving.server import ModelPool, ServerHandle, create_app
from appliance.serving.token import get_or_create_token


def check_bind_address(host: str, allow_non_loopback: bool) -> None:
    """Refuse a non-loopback listening address unless explicitly allowed. Raises ``ServingError``."""
    if not is_loopback_host(host) and not allow_non_loopback:
        raise ServingError(
            f"Refusing to listen on {host}: the server only listens on loopback (127.0.0.1 or ::1) by default, "
            "so no other machine can reach it.",
            hint="Pass --allow-non-loopback if other machines on a trusted network must connect.",
        )
    if host in ("", None):
        raise ServingError("An empty address would listen on every interface.", hint="Use --host 127.0.0.1.")


def start_server(home: Home, catalog: Catalog, refs: list[str], *, host: str = "127.0.0.1", port: int = 8765,
                 max_loaded: int = 1, n_ctx: int = 4096, gpu_layers: int | None = None,
                 allow_unverified: bool = False, preload: bool = True, on_status=None):
    """Resolve ``refs``, start the server in a background thread; returns ``(handle, pool)``.

    Recorded in the audit log as ``serve.start`` (and ``serve.stop`` by ``stop_server``).
    """
    from appliance.audit.actions import action

    with action(catalog, "serve.start", params={"host": host, "port": port, "models": refs,
                                                "allow_unverified": allow_unverified}) as act:
        handle, pool = _start(home, catalog, refs, host, port, max_loaded, n_ctx, gpu_layers, allow_unverified,
                              preload, on_status)
        for s in pool.names():
            act.add_object(s.export_id, s.model_id)
        act.output(port=handle.port)
        return handle, pool


def stop_server(catalog: Catalog, handle, pool) -> None:
    from appliance.audit.actions import action

    with action(catalog, "serve.stop", objects=[s.export_id for s in pool.names()]):
        handle.stop()
        pool.close()


def _start(home, catalog, refs, host, port, max_loaded, n_ctx, gpu_layers, allow_unverified, preload, on_status):
    servables = []
    names = set()
    for ref in refs:
        s = resolve_servable(home, catalog, ref, allow_unverified=allow_unverified)
        if s.name in names:  # two exports of one model: name the second by its quant
            from dataclasses import replace

            s = replace(s, name=f"{s.name}:{s.quant}:{s.export_id}")
        names.add(s.name)
        servables.append(s)
    pool = ModelPool(servables, max_loaded=max_loaded, n_ctx=n_ctx, gpu_layers=gpu_layers, on_note=on_status)
    if preload:
        if on_status:
            on_status(f"Loading {servables[0].name} in llama.cpp…")
        pool.preload()
    app = create_app(pool, get_or_create_token(home), log_path=home.logs_dir / "server.log")
    try:
        handle = ServerHandle(app, host, port).start()
    except ServingError:
        pool.close()
        raise
    return handle, pool
