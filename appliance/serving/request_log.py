"""The server's request log: one JSON line per request in ``<home>/logs/server.log`` and one
``serve.request`` audit record (who asked which model, which variant answered and why, tokens
and timings; never the prompt or the answer)."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path


class RequestLog:
    """``<home>/logs/server.log`` (one JSON line per request) and the audit log (one
    ``serve.request`` record per request, appended by a thread of its own so that no request
    waits on the disk)."""

    def __init__(self, log_path: Path | None, audit_sink=None):
        self.audit_sink = audit_sink
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
        if audit and self.audit_sink is not None:
            self.audit_sink.put(entry)

    def close(self) -> None:
        if self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()
