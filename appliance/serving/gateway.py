"""The gateway behind the API front (``server.py``): the names served, the router over their
variants' backends, the request log, the body limit and drain state, and one pooled HTTP client
per backend (TLS verified against a remote backend's own CA file where it names one)."""

from __future__ import annotations

import contextlib

from appliance.serving.request_log import RequestLog
from appliance.serving.routing import Router, ServedName

MAX_BODY_BYTES = 8 * 1024 * 1024


class Gateway:
    """The names we serve, their variants' backends, and the HTTP client that reaches them."""

    def __init__(
        self,
        names: list[ServedName],
        token: str,
        *,
        request_log: RequestLog | None = None,
        max_body: int = MAX_BODY_BYTES,
        embedder=None,
        seed: int | None = None,
    ):
        self.router = Router(names, seed=seed)
        self.names = names
        self.token = token
        self.request_log = request_log or RequestLog(None)
        self.max_body = max_body
        self.embedder = embedder  # name -> backend for /v1/embeddings (started on first use)
        self.capture = None  # appliance.adapt.capture.CaptureSink: answers of lines that capture
        self.knowledge = None  # appliance.knowledge.retriever.Retriever: answers from document collections
        self.in_flight = 0
        self.draining = False
        self.cutting = False  # the drain ran out: answers still running end now, with an error (server.py)
        self.cut = 0  # how many did
        self._idle = None
        self._clients: dict[int, object] = {}

    def client_for(self, backend):
        import httpx

        key = id(backend)
        c = self._clients.get(key)
        if c is None:
            verify = True
            if getattr(backend, "ca_file", None):
                import ssl

                verify = ssl.create_default_context(cafile=str(backend.ca_file))
            c = httpx.AsyncClient(
                # No read limit for our own llama.cpp processes: a long answer on a CPU may take more
                # than any fixed time, a dead process closes the connection, and a client that
                # leaves cancels the request (server.py). Another appliance over the network keeps one.
                timeout=httpx.Timeout(
                    connect=10.0, read=600.0 if getattr(backend, "remote", False) else None, write=60.0, pool=600.0
                ),
                limits=httpx.Limits(max_connections=256, max_keepalive_connections=64),
                verify=verify,
                trust_env=False,
            )
            self._clients[key] = c
        return c

    async def aclose(self) -> None:
        for c in self._clients.values():
            with contextlib.suppress(Exception):
                await c.aclose()
        self._clients.clear()
