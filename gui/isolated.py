"""The child-process side of isolated jobs (no Qt here).

Heavy jobs (training, export, merge, imports) run in a spawned process: torch's and the
tokenizers' native code hold Python's interpreter lock for long stretches (loading a tokenizer,
a 0.3 s garbage collection, initialising libtorch), which would freeze a window that ran them on
a thread. The child opens its own catalog, rebuilds the unlocked master key from bytes the parent
sends through the pipe (memory only, never disk), runs the task, and sends back every core event,
then the result or the error. A "cancel" message from the parent sets the task's CancelToken.

A training job is *detached* (``detach=True``): it must never die with the window (issue 25: a
window that aborted took a 13-minute run down with it, "failed 0/40", no checkpoint). It runs in
a session of its own (no signal sent to the window's terminal or process group reaches it), and
when the window goes away, crashed or closed, it goes on without it: its events are dropped, its
progress, checkpoints and result land in the catalog as they always do, and the next window
shows it running. Any other job is cancelled when its window goes away (it stops at its next safe
point and removes what it had half-written).
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass
from typing import Any, Callable


@dataclass
class JobContext:
    """What a job function receives, in a thread of the window or in its own process: the home,
    a catalog opened for it, the unlocked keys, where to send core events, its cancel token."""

    home: Any
    catalog: Any
    keys: Any
    on_event: Callable
    cancel: Any  # appliance.events.CancelToken


def _own_output(home_root: str) -> None:
    """A detached job writes to ``<home>/logs/detached-jobs.log``, not to the window's standard
    streams: those may be a terminal or a pipe that closes with the window (a write would fail),
    or one that a caller waits on to end (it would wait for the run too)."""
    import os
    from pathlib import Path

    logs = Path(home_root) / "logs"
    logs.mkdir(mode=0o700, exist_ok=True)
    fd = os.open(logs / "detached-jobs.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    os.close(null)


def _portable(exc):
    """The error itself (it pickles with its messages: the window renders it in its language), or
    its text where it does not pickle."""
    import pickle

    try:
        pickle.dumps(exc)
        return exc
    except Exception:  # noqa: BLE001 - an attribute that does not pickle: the text will do
        return str(exc)


def child_main(conn, fn, home_root: str, key: dict | None, detach: bool = False, language: str | None = None) -> None:
    import os

    from appliance import messages

    messages.set_language(language)  # the window's: any text the job writes reads in it too

    if detach:
        os.setsid()  # its own session: the window's Ctrl-C, hang-up or process-group kill pass it by
        _own_output(home_root)
    from appliance import isolation
    from appliance.offline import apply_offline_env, install_network_guard

    apply_offline_env()
    install_network_guard()
    isolation.install()  # llama.cpp or torch in this process, never both
    from appliance.catalog import Catalog
    from appliance.errors import ApplianceError, Cancelled
    from appliance.events import CancelToken
    from appliance.home import Home
    from appliance.security.vault import MasterKey

    cancel = CancelToken()
    send_lock = threading.Lock()
    window = {"gone": False}

    def send(msg) -> None:
        # A window that is gone cannot be told anything; the job goes on (or stops, below) without
        # it: a broken pipe here must never fail the job (it did: "failed 0/40").
        with send_lock:
            if window["gone"]:
                return
            try:
                conn.send(msg)
            except (OSError, EOFError, ValueError):
                window["gone"] = True

    def listen() -> None:
        try:
            while True:
                if conn.recv() == "cancel":
                    cancel.cancel()
        except (EOFError, OSError):
            window["gone"] = True  # the window went away, closed or crashed
            if not detach:
                cancel.cancel()  # stop cleanly at the next safe point

    threading.Thread(target=listen, daemon=True).start()
    keys = MasterKey(key["workspace_id"], key["mk_id"], bytes.fromhex(key["key"])) if key else None
    home = Home.open(home_root)
    catalog = Catalog.open(home)
    try:
        result = fn(JobContext(home, catalog, keys, lambda e: send(("event", e)), cancel))
        send(("done", result))
    except Cancelled as exc:
        send(("failed", _portable(exc), "cancelled"))
    except ApplianceError as exc:
        send(("failed", _portable(exc), "error"))
    except BaseException as exc:  # noqa: BLE001
        send(
            (
                "failed",
                f"Internal error ({type(exc).__name__}: {exc}). Details are in the log.\n" + traceback.format_exc(),
                "bug",
            )
        )
    finally:
        if keys is not None:
            keys.forget()
        catalog.close()
        conn.close()
