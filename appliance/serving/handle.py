"""A running API front in a background thread (the CLI, the GUI, tests and benchmarks use this)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from appliance.errors import ServingError
from appliance.messages import M

DEFAULT_PORT = 8765  # `appliance serve` and the GUI's Serve page listen here unless told otherwise


class ServerHandle:
    """A running front in a background thread (the CLI, the GUI, tests and benchmarks use this)."""

    def __init__(self, app, host: str, port: int, tls: tuple[Path, Path] | None = None):
        import uvicorn

        ssl = {"ssl_certfile": str(tls[0]), "ssl_keyfile": str(tls[1])} if tls else {}
        self.config = uvicorn.Config(
            app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=None,
            **ssl,
        )
        self.server = uvicorn.Server(self.config)
        self.server.install_signal_handlers = lambda: None  # the CLI owns SIGTERM/SIGINT
        self.thread = threading.Thread(target=self._run, name="appliance-server", daemon=True)

    def _run(self) -> None:
        try:
            self.server.run()
        except SystemExit:  # uvicorn exits when it cannot bind; start() raises the ServingError
            pass

    def start(self, timeout: float = 30.0) -> "ServerHandle":
        self.thread.start()
        deadline = time.time() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.time() > deadline:
                raise ServingError(
                    M(
                        "serving.cannot_start",
                        "The server could not start on {host}:{port}.",
                        host=self.config.host,
                        port=self.config.port,
                    ),
                    hint=M("serving.cannot_start.hint", "Is the port already in use? Pick another with --port."),
                )
            time.sleep(0.02)
        return self

    @property
    def port(self) -> int:
        for server in getattr(self.server, "servers", []):
            for sock in server.sockets:
                return sock.getsockname()[1]
        return self.config.port

    def stop(self, drain: float = 10.0) -> None:
        """Stop taking connections, let running requests finish for up to ``drain`` seconds, then
        close what is left."""
        self.server.should_exit = True
        self.thread.join(timeout=drain)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(timeout=5)
