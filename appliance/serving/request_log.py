"""The server's request log: one JSON line per request in ``<home>/logs/server.log`` and one
``serve.request`` audit record (who asked which model, which variant answered and why, tokens
and timings; never the prompt or the answer).

The running server also keeps its most recent requests in memory (``RequestLog.recent``), so a
window can show them as they come without re-reading a log file that every server of the home
appends to."""

from __future__ import annotations

import collections
import json
import logging
import threading
import time
from pathlib import Path

# The endpoint each request kind was sent to (the log records the kind).
ENDPOINTS = {"chat": "/v1/chat/completions", "completion": "/v1/completions", "embeddings": "/v1/embeddings"}


class RequestLog:
    """``<home>/logs/server.log`` (one JSON line per request) and the audit log (one
    ``serve.request`` record per request, appended by a thread of its own so that no request
    waits on the disk)."""

    def __init__(self, log_path: Path | None, audit_sink=None, *, keep: int = 1000):
        self.audit_sink = audit_sink
        self._recent: collections.deque = collections.deque(maxlen=keep)
        self._count = 0
        self._lock = threading.Lock()  # requests end on the server's thread, readers are elsewhere
        self._logger = logging.getLogger(f"appliance.server.requests.{id(self)}")
        self._logger.propagate = False
        self._handler = None
        if log_path is not None:
            self._handler = logging.FileHandler(log_path, encoding="utf-8")
            self._handler.setFormatter(logging.Formatter("%(message)s"))
            self._logger.addHandler(self._handler)
            self._logger.setLevel(logging.INFO)

    def write(self, entry: dict, *, audit: bool = True) -> None:
        entry.setdefault("time", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        self._logger.info(json.dumps(entry, ensure_ascii=False))
        if entry.get("kind") in ENDPOINTS:  # a request (not a backend's line written at stop)
            with self._lock:
                self._count += 1
                self._recent.append({**entry, "seq": self._count, "path": ENDPOINTS[entry["kind"]]})
        if audit and self.audit_sink is not None:
            self.audit_sink.put(entry)

    def recent(self, after: int = 0) -> list[dict]:
        """The requests this log recorded after the one numbered ``after``, oldest first (at most
        the last ``keep``). Each is a copy of its log line with ``seq`` (1, 2, … in the order the
        requests ended) and ``path`` (the endpoint it was sent to)."""
        with self._lock:
            return [dict(e) for e in self._recent if e["seq"] > after]

    def close(self) -> None:
        if self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()
