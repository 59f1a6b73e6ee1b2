"""The one worker mechanism: core functions on a worker thread, their events as Qt signals.

A ``Job`` runs ``fn(ctx)`` on its own ``QThread`` where ``ctx`` carries a catalog opened on that
thread (a catalog belongs to one thread), the unlocked key provider, the core's event sink and
its ``CancelToken``. Core events arrive on the UI thread as ``event`` signals; the return value
as ``done``; an ``ApplianceError`` as ``failed`` with the core's message (anything else is
logged with its traceback to ``<home>/logs/gui.log`` and shown as an internal error, never as a
raw traceback). ``cancel()`` sets the token: the core stops at its next safe point.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal

from appliance import messages
from appliance.events import CancelToken
from gui.isolated import JobContext, child_main  # noqa: F401 - JobContext is imported from here by pages

log = logging.getLogger("appliance.gui")


class _Runner(QObject):
    event = Signal(object)
    done = Signal(object)
    failed = Signal(object, str)  # the ApplianceError (or text), kind ("error" | "cancelled" | "bug")

    def __init__(self, fn, home, keys, cancel):
        super().__init__()
        self.fn, self.home, self.keys, self.cancel = fn, home, keys, cancel

    def run(self) -> None:
        from appliance.catalog import Catalog
        from appliance.errors import ApplianceError, Cancelled

        catalog = None
        try:
            catalog = Catalog.open(self.home) if self.home is not None else None
            result = self.fn(JobContext(self.home, catalog, self.keys, self.event.emit, self.cancel))
            self.done.emit(result)
        except Cancelled as exc:
            self.failed.emit(exc, "cancelled")
        except ApplianceError as exc:
            self.failed.emit(exc, "error")
        except BaseException as exc:  # noqa: BLE001 - a bug: logged in full, shown briefly
            log.error("internal error in a job\n%s", traceback.format_exc())
            self.failed.emit(f"Internal error ({type(exc).__name__}: {exc}). Details are in the log.", "bug")
        finally:
            if catalog is not None:
                catalog.close()


class _ProcessRunner(QObject):
    """Runs ``fn`` in a spawned child process (``gui/isolated.py``) and relays its messages."""

    event = Signal(object)
    done = Signal(object)
    failed = Signal(object, str)

    def __init__(self, fn, home, keys, cancel, detach: bool = False):
        super().__init__()
        self.fn, self.home, self.keys, self.cancel, self.detach = fn, home, keys, cancel, detach
        self.released = False  # a detached child the window lets go of (it closes; the child goes on)

    def run(self) -> None:
        import multiprocessing as mp
        import multiprocessing.process

        ctx = mp.get_context("spawn")
        parent_conn, child_conn = ctx.Pipe()
        key = None
        if self.keys is not None and hasattr(self.keys, "raw"):
            key = {"workspace_id": self.keys.workspace_id, "mk_id": self.keys.mk_id, "key": self.keys.raw().hex()}
        proc = ctx.Process(
            target=child_main,
            args=(child_conn, self.fn, str(self.home.root), key, self.detach, messages.current_language()),
            daemon=not self.detach,
        )
        proc.start()
        if self.detach:
            # Not this interpreter's to end: multiprocessing's exit handler would join it (the window
            # would hang until the run ends) or terminate it (the run would die with the window).
            multiprocessing.process._children.discard(proc)
        child_conn.close()
        undo = self.cancel.on_cancel(lambda: self._send(parent_conn, "cancel"))
        outcome = None
        try:
            while outcome is None:
                if self.released:
                    outcome = ("failed", "", "released")
                    break
                try:
                    if not parent_conn.poll(0.2):
                        if not proc.is_alive():
                            outcome = (
                                "failed",
                                f"The worker process stopped unexpectedly (exit code {proc.exitcode}).",
                                "bug",
                            )
                        continue
                    msg = parent_conn.recv()
                except (EOFError, OSError):
                    outcome = ("failed", f"The worker process stopped unexpectedly (exit code {proc.exitcode}).", "bug")
                    break
                if msg[0] == "event":
                    self.event.emit(msg[1])
                else:
                    outcome = msg
        finally:
            undo()
            if outcome is None or outcome[2:] != ("released",):
                proc.join(timeout=30)
                if proc.is_alive():
                    proc.kill()
            parent_conn.close()  # a released child reads the end of the pipe and goes on alone
        if outcome[0] == "done":
            self.done.emit(outcome[1])
        else:
            text, kind = outcome[1], outcome[2]
            if kind == "bug":
                log.error("internal error in an isolated job\n%s", text)
                text = text.split("\n", 1)[0]
            self.failed.emit(text, kind)

    @staticmethod
    def _send(conn, msg) -> None:
        try:
            conn.send(msg)
        except (OSError, ValueError):
            pass


class Job(QObject):
    """One background job. Keep a reference until ``finished`` fires.

    ``isolated=True`` runs it in a child process (``fn`` must then be picklable: a module-level
    function, or a ``functools.partial`` of one, with picklable arguments and result).
    ``detach=True`` (with ``isolated``): the child outlives the window (``gui/isolated.py``).
    """

    event = Signal(object)
    done = Signal(object)
    failed = Signal(object, str)
    finished = Signal()

    def __init__(
        self,
        fn: Callable[[JobContext], Any],
        *,
        home,
        keys=None,
        parent: QObject | None = None,
        isolated: bool = False,
        detach: bool = False,
    ):
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self._thread = QThread()
        if isolated:
            self._runner = _ProcessRunner(fn, home, keys, self.cancel_token, detach=detach)
        else:
            self._runner = _Runner(fn, home, keys, self.cancel_token)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.event.connect(self.event)
        self._runner.done.connect(self.done)
        self._runner.failed.connect(self.failed)
        # quit() is called from the job's own thread (it is thread-safe): queued to the window's
        # thread, it waited for that thread's event loop, and ``wait`` called there (closing the
        # window, the playground's shutdown) sat out its whole timeout with the job already done.
        self._runner.done.connect(self._thread.quit, Qt.DirectConnection)
        self._runner.failed.connect(self._thread.quit, Qt.DirectConnection)
        self._thread.finished.connect(self.finished)

    def start(self) -> "Job":
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def release(self) -> None:
        """Let a detached child go on without this window (which is closing): stop relaying its
        events and end this job's thread; the child keeps running. A no-op for other jobs."""
        if isinstance(self._runner, _ProcessRunner) and self._runner.detach:
            self._runner.released = True

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 600_000) -> bool:
        return self._thread.wait(ms)
