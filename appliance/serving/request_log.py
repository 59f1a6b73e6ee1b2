"""The server's request log: one JSON line per request in ``<home>/logs/server.log`` and one
``serve.request`` audit record (who asked which model, which variant answered and why, tokens
and timings; never the prompt or the answer).

The running server also keeps its most recent requests in memory (``RequestLog.recent``), so a
window can show them as they come without re-reading a log file that every server of the home
appends to. Requests refused for a missing or wrong token are kept there too (kind ``auth``), and
reach the audit log as ``serve.auth-failed`` records, rate-limited (``AuthFailures``): a client
that knocks a million times does not write a million records."""

from __future__ import annotations

import collections
import json
import logging
import threading
import time
from pathlib import Path

# The endpoint each request kind was sent to (the log records the kind).
ENDPOINTS = {
    "chat": "/v1/chat/completions",
    "completion": "/v1/completions",
    "embeddings": "/v1/embeddings",
    "responses": "/v1/responses",
    "messages": "/v1/messages",
    "feedback": "/v1/feedback",
}
AUTH_WINDOW_S = 60.0  # a client's later failed authentications: one summary record per window at most
AUTH_BURST = 10  # first-failure records per window, all clients together; beyond, clients are only summarised
AUTH_CLIENTS = 256  # clients tracked by name; the rest are counted together as "other"


class RequestLog:
    """``<home>/logs/server.log`` (one JSON line per request) and the audit log (one
    ``serve.request`` record per request, appended by a thread of its own so that no request
    waits on the disk)."""

    def __init__(self, log_path: Path | None, audit_sink=None, *, keep: int = 1000):
        self.audit_sink = audit_sink
        self._recent: collections.deque = collections.deque(maxlen=keep)
        self._count = 0
        self._lock = threading.Lock()  # requests end on the server's thread, readers are elsewhere
        self.auth = AuthFailures(self._audit_auth)
        if audit_sink is not None and hasattr(audit_sink, "tickers"):
            audit_sink.tickers.append(self.auth.tick)  # summaries come due while no request arrives
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

    def refused(self, client: str | None, method: str, path: str) -> None:
        """A request refused before it was read, for a missing or wrong token (401): shown with
        the recent requests, and counted for the audit log (``AuthFailures``). Not in the log file:
        a flood of bad tokens must not fill the disk."""
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "kind": "auth",
            "client": client,
            "method": method,
            "status": 401,
            "error": "missing or wrong bearer token",
        }
        with self._lock:
            self._count += 1
            self._recent.append({**entry, "seq": self._count, "path": path[:200]})
        self.auth.note(client or "unknown", path)

    def recent(self, after: int = 0) -> list[dict]:
        """The requests this log recorded after the one numbered ``after``, oldest first (at most
        the last ``keep``). Each is a copy of its log line with ``seq`` (1, 2, … in the order the
        requests ended) and ``path`` (the endpoint it was sent to)."""
        with self._lock:
            return [dict(e) for e in self._recent if e["seq"] > after]

    def close(self) -> None:
        self.auth.flush()
        if self._handler is not None:
            self._logger.removeHandler(self._handler)
            self._handler.close()

    def _audit_auth(self, summary: dict) -> None:
        if self.audit_sink is not None:
            self.audit_sink.put({"kind": "auth", **summary})


class AuthFailures:
    """Failed authentications as audit records, rate-limited.

    The first failure from a client is recorded at once (``count`` 1); that client's later
    failures are counted and recorded as one summary per ``window`` seconds at most (``count``,
    ``first`` and ``last`` time, up to five of the paths asked for). At most ``burst`` first-failure
    records are written per window, all clients together: beyond that a new client is only
    summarised. At most ``AUTH_CLIENTS`` clients are tracked by address; the rest are counted
    together as ``other``. ``tick()`` writes the summaries that are due (called about once a
    second), ``flush()`` all that are pending (when the server stops)."""

    def __init__(self, emit, *, window: float = AUTH_WINDOW_S, burst: int = AUTH_BURST, clock=time.monotonic):
        self.emit, self.window, self.burst, self.clock = emit, window, burst, clock
        self._lock = threading.Lock()
        self._reported: set[str] = set()
        self._pending: dict[str, dict] = {}
        self._window_start = clock()
        self._burst_used = 0

    def note(self, client: str, path: str) -> None:
        now, stamp = self.clock(), _utc()
        out = []
        with self._lock:
            out += self._roll(now)
            if client not in self._reported and self._burst_used < self.burst and len(self._reported) < AUTH_CLIENTS:
                self._reported.add(client)
                self._burst_used += 1
                out.append(_summary(client, 1, stamp, stamp, [path[:200]], summary=False, window=self.window))
            else:
                key = client if client in self._reported or len(self._pending) < AUTH_CLIENTS else "other"
                p = self._pending.setdefault(key, {"count": 0, "first": stamp, "paths": []})
                p["count"] += 1
                p["last"] = stamp
                if path not in p["paths"] and len(p["paths"]) < 5:
                    p["paths"].append(path[:200])
        for summary in out:
            self.emit(summary)

    def tick(self) -> None:
        with self._lock:
            out = self._roll(self.clock())
        for summary in out:
            self.emit(summary)

    def flush(self) -> None:
        with self._lock:
            out = self._drain()
        for summary in out:
            self.emit(summary)

    def _roll(self, now: float) -> list[dict]:
        if now - self._window_start < self.window:
            return []
        self._window_start, self._burst_used = now, 0
        return self._drain()

    def _drain(self) -> list[dict]:
        out = [
            _summary(client, p["count"], p["first"], p["last"], p["paths"], summary=True, window=self.window)
            for client, p in self._pending.items()
        ]
        self._pending.clear()
        return out


def _summary(client, count, since, last, paths, *, summary: bool, window: float) -> dict:
    return {
        "client": client,
        "count": count,
        "since": since,
        "last": last,
        "paths": list(paths),
        "summary": summary,
        "window_s": window,
    }


def _utc() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
