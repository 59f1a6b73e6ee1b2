"""One operation at a time on an object: exclusive locks held while an operation runs.

Unpacking the built-in model, merging a run, resuming a run and exporting a model to one
quantization each hold the lock of what they work on for as long as they run; a second one
started meanwhile (a button clicked twice, a second window, the CLI beside the GUI) is refused
at once with ``Busy``, naming the object and what holds it, instead of racing the first into a
half-written row or a database constraint.

The lock is ``flock`` on a file under ``<home>/locks/``: the kernel releases it when the file is
closed or the holding process ends (killed, crashed, the machine stopped), so a crash never
leaves a stale lock and there is nothing to clean up. ``flock`` belongs to the open file, not to
the process: two threads of one process that each take the lock conflict as two processes do.
The file is opened close-on-exec, so worker processes an operation starts never inherit it.
The holder writes its process id and operation into the file, for the refusal's message.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from collections.abc import Iterator
from pathlib import Path

from appliance.errors import Busy
from appliance.messages import M, Message

LOCKS_DIR = "locks"


def lock_path(home, key: str) -> Path:
    """The lock file of ``key`` (e.g. ``run-<id>``) under ``home`` (a ``Home`` or its root)."""
    root = Path(getattr(home, "root", home))
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", key).strip("._") or "lock"
    return root / LOCKS_DIR / f"{safe[:200]}.lock"


def _holder(fd: int) -> Message | None:
    try:
        text = os.pread(fd, 512, 0).decode("utf-8", "replace").strip()
    except OSError:
        return None
    pid, _, operation = text.partition(" ")
    if not (pid.isdigit() and operation):
        return None
    return M("lock.holder", "{operation} in process {pid}", operation=operation, pid=pid)


@contextlib.contextmanager
def exclusive(
    home, key: str, *, what: Message | str, operation: str, hint: Message | str | None = None
) -> Iterator[None]:
    """Hold ``key``'s lock while the block runs, or raise ``Busy`` at once if another holds it.

    ``what`` names the object in the refusal ("run run-…", "the built-in model"); ``operation``
    says what this holder does ("merge"), shown to whoever is refused while it runs."""
    path = lock_path(home, key)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            if holder is not None:
                message = M(
                    "lock.busy_holder",
                    "An operation on {what} is already running ({holder}); it was not started a second time.",
                    what=what,
                    holder=holder,
                )
            else:
                message = M(
                    "lock.busy",
                    "An operation on {what} is already running; it was not started a second time.",
                    what=what,
                )
            raise Busy(
                message, hint=hint or M("lock.busy.hint", "Wait for it to finish (or cancel it), then try again.")
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {operation}\n".encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
