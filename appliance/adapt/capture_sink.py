"""The server's side of capture (appliance/adapt/capture.py): a thread that writes what requests
hand it, in order, so that no request waits on the disk, and which served names belong to which
lines."""

from __future__ import annotations

import concurrent.futures
import contextlib
import queue
import threading
import time

from appliance.adapt.capture import CaptureFull, CaptureStore, lines_serving
from appliance.audit.actions import action


class CaptureSink:
    """The server's capture: answers handed over by requests (``put``) and feedback
    (``submit_feedback``) written in order by a thread of its own, with its own catalog connection,
    so that no request waits on the disk. ``line_for(served_name)`` says (from settings refreshed
    every ``REFRESH_S``) whether a request is captured. Nothing here raises into a request."""

    REFRESH_S = 2.0

    def __init__(self, home, keys, served: dict[str, list[str]]):
        self.home, self.keys = home, keys
        self.served = served  # served name -> the line ids it belongs to
        self.q: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="capture", daemon=True)
        self._enabled: dict[str, str] = {}  # served name -> line id captured now
        self.captured = 0
        self.skipped: dict[str, int] = {}
        self.paused: dict[str, str] = {}  # line id -> reason
        self._last_refresh = 0.0
        self._last_purge = 0.0

    def start(self) -> "CaptureSink":
        from appliance.catalog import Catalog

        with Catalog.open(self.home) as cat:
            self._refresh(cat)
        self.thread.start()
        return self

    def capturing(self) -> list[str]:
        """The served names whose answers are captured now."""
        return sorted(self._enabled)

    def line_for(self, served_name: str) -> str | None:
        return self._enabled.get(served_name)

    def put(self, line_id: str, item: dict) -> None:
        self.q.put(("record", line_id, item, None))

    def submit(self, kind: str, payload: dict) -> concurrent.futures.Future:
        """``kind`` ``find`` (payload ``ref``) or ``feedback`` (``CaptureStore.feedback``'s
        arguments): done by the thread after every answer handed over before it."""
        fut: concurrent.futures.Future = concurrent.futures.Future()
        self.q.put((kind, None, payload, fut))
        return fut

    def _refresh(self, cat) -> None:
        enabled = CaptureStore(self.home, cat, self.keys).enabled_lines()
        self._enabled = {
            name: next(line for line in lines if line in enabled)
            for name, lines in self.served.items()
            if any(line in enabled for line in lines)
        }
        self._last_refresh = time.monotonic()

    def _run(self) -> None:
        from appliance.catalog import Catalog

        with Catalog.open(self.home) as cat:
            store = CaptureStore(self.home, cat, self.keys)
            while True:
                if time.monotonic() - self._last_refresh > self.REFRESH_S:
                    with contextlib.suppress(Exception):
                        self._refresh(cat)
                if time.monotonic() - self._last_purge > 3600:
                    self._last_purge = time.monotonic()
                    with contextlib.suppress(Exception):
                        store.purge_expired()
                try:
                    job = self.q.get(timeout=0.5)
                except queue.Empty:
                    continue
                if job is None:
                    break
                self._do(store, *job)

    def _do(self, store: CaptureStore, kind: str, line_id, payload, fut) -> None:
        try:
            if kind == "record":
                self._record(store, line_id, payload)
            elif kind == "flush":
                fut.set_result(None)
            elif kind == "find":
                fut.set_result(store.find(payload["ref"]))
            else:
                fut.set_result(store.feedback(**payload))
        except Exception as exc:  # noqa: BLE001 - a request's capture never fails the request
            if fut is not None:
                fut.set_exception(exc)

    def _record(self, store: CaptureStore, line_id: str, item: dict) -> None:
        try:
            row = store.record(line_id, item)
        except CaptureFull as exc:
            self.skipped[exc.reason] = self.skipped.get(exc.reason, 0) + 1
            if self.paused.get(line_id) != exc.reason:
                self.paused[line_id] = exc.reason
                with (
                    contextlib.suppress(Exception),
                    action(store.catalog, "capture.paused", objects=[line_id], params={"reason": exc.reason}),
                ):
                    pass
            return
        except Exception:  # noqa: BLE001 - a write that failed (the disk, the key) is dropped
            self.skipped["error"] = self.skipped.get("error", 0) + 1
            return
        if row is not None:
            self.captured += 1
            if line_id in self.paused:
                reason = self.paused.pop(line_id)
                with (
                    contextlib.suppress(Exception),
                    action(store.catalog, "capture.resumed", objects=[line_id], params={"after": reason}),
                ):
                    pass

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until everything handed over so far is written (tests, shutdown)."""
        self.submit("flush", {}).result(timeout=timeout)

    def stop(self) -> None:
        self.q.put(None)
        self.thread.join(timeout=30)


def served_lines(catalog, names) -> dict[str, list[str]]:
    """For each served name, the lines its variants' models belong to."""
    out: dict[str, list[str]] = {}
    for n in names:
        ids: list[str] = []
        for v in n.variants:
            for line in lines_serving(catalog, getattr(v, "model_id", None), n.name):
                if line not in ids:
                    ids.append(line)
        if ids:
            out[n.name] = ids
    return out


def needs_keys(catalog, names) -> bool:
    """Whether serving ``names`` captures for some line now (so the server needs the keys)."""
    enabled = {r["line_id"] for r in catalog.db["capture_settings"].rows_where("enabled = 1")}
    return any(set(lines) & enabled for lines in served_lines(catalog, names).values())
