"""Worker processes: how the appliance starts one, follows it, and reports how it ended.

Heavy native work runs in child processes (``python -m appliance.export.workers CMD …``): the
converter, the quantizer, both halves of the export gate, the doctor's probes. That keeps
llama.cpp and torch out of each other's way (``appliance/isolation.py``), lets a cancel stop a
blocking C call at once, and turns a crash in native code into an error the user can read.

``run_worker`` streams the child's output to a log file and to the caller, turns progress lines
(``@@progress {json}``, written by ``progress()`` in the child) into ``Progress`` events, kills
the child on cancel, and makes the child die with its parent (Linux ``PR_SET_PDEATHSIG``): a
``kill -9`` of an export leaves no converter writing into a folder nobody owns. A child that
ends by a signal raises ``WorkerCrashed`` naming the stage, the signal and the log.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections import deque
from pathlib import Path

from appliance.errors import ExportError, StorageError, WorkerCrashed  # noqa: F401
from appliance.events import CancelToken, Progress
from appliance.messages import M, Message

PROGRESS_PREFIX = "@@progress "
_PR_SET_PDEATHSIG = 1


def worker_command(*args: str) -> list[str]:
    """The command line of a worker (``appliance/export/workers.py`` dispatches on ``args[0]``)."""
    return [sys.executable, "-m", "appliance.export.workers", *args]


def progress(message: Message | str, done: float | None = None, total: float | None = None) -> None:
    """In a worker: report progress to the parent (one line on stdout; a ``Message`` as its dict)."""
    if isinstance(message, Message):
        message = message.to_dict()
    print(PROGRESS_PREFIX + json.dumps({"message": message, "done": done, "total": total}), flush=True)


def _progress_message(value) -> Message | str:
    return Message.from_dict(value) if isinstance(value, dict) else value


def signal_name(signum: int) -> str:
    """``SIGSEGV``, or ``signal 77`` for a number Python has no name for."""
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


def describe_signal(signum: int) -> Message:
    """``SIGSEGV (segmentation fault)``; SIGKILL also says who usually sends it."""
    name = signal_name(signum)
    description = (signal.strsignal(signum) or "").lower()
    if signum == signal.SIGKILL:
        return M(
            "worker.signal_killed",
            "{name} ({description}): killed from outside, often by the kernel when memory ran out",
            name=name,
            description=description or "unknown",
        )
    if not description:
        return M("worker.signal_unknown", "{name} (unknown)", name=name)
    return M("worker.signal", "{name} ({description})", name=name, description=description)


def _die_with_parent() -> None:
    """In the child before exec: get SIGKILL when the parent dies (Linux only)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def run_worker(
    cmd: list[str],
    *,
    cancel: CancelToken,
    stage: str,
    what: Message | str,
    on_event=None,
    on_line=None,
    log_path: Path | None = None,
) -> None:
    """Run a worker to its end, streaming its output. Raises on cancel, crash or failure.

    ``stage`` names the step for events and errors ("convert", "verify"); ``what`` is the
    phrase a person reads ("Conversion"). Progress lines become ``Progress(stage, …)`` events;
    other lines go to ``on_line`` and the log (appended, so one log holds a whole export).
    """
    tail: deque[str] = deque(maxlen=25)
    env = dict(os.environ, PYTHONUNBUFFERED="1", TQDM_DISABLE="1")
    preexec = _die_with_parent if sys.platform.startswith("linux") else None
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
        env=env,
        start_new_session=True,
        preexec_fn=preexec,
    )
    undo = cancel.on_cancel(proc.kill)
    log = open(log_path, "a", encoding="utf-8") if log_path else None
    try:
        if log:
            log.write(f"== {stage}: {' '.join(cmd[1:])}\n")
            log.flush()
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(PROGRESS_PREFIX):
                if on_event:
                    p = json.loads(line[len(PROGRESS_PREFIX) :])
                    message = _progress_message(p["message"])
                    on_event(Progress(stage, message=message, done=p["done"] or 0, total=p["total"]))
                continue
            tail.append(line.rstrip())
            if log:
                log.write(line)
            if on_line:
                on_line(line)
        rc = proc.wait()
    finally:
        undo()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if log:
            if proc.returncode is not None:
                log.write(f"== {stage}: exit status {proc.returncode}\n")
            log.close()
    cancel.check(what)
    if rc == 0:
        return
    shown_log = M("worker.its_log", " Its log: {path}.", path=str(log_path)) if log_path else ""
    if rc < 0:
        raise WorkerCrashed(
            M(
                "worker.crashed",
                "{what} crashed: its process was ended by {signal}, during the {stage} stage.{log}",
                what=what,
                signal=describe_signal(-rc),
                stage=stage,
                log=shown_log,
            ),
            stage=stage,
            signal_name=signal_name(-rc),
            log_path=log_path,
            hint=M(
                "worker.crashed.hint",
                "Nothing half-written was kept. Run `appliance doctor` to check the native runtime; if it "
                "happens again, report it with the log.",
            ),
        )
    text = "\n".join(tail)
    if "No space left on device" in text:
        raise StorageError(
            M("worker.disk_full", "The disk filled up during {what}.", what=what.lower())
            if isinstance(what, str)
            else M("worker.disk_full_step", "The disk filled up during this step: {what}.", what=what),
            hint=M(
                "worker.disk_full.hint", "Free some space or point APPLIANCE_HOME at a larger disk; nothing was kept."
            ),
        )
    raise ExportError(
        M(
            "worker.failed",
            "{what} failed (exit code {rc}) during the {stage} stage.{log} Last lines of its output:\n{output}",
            what=what,
            rc=rc,
            stage=stage,
            log=shown_log,
            output=text,
        ),
        hint=M("worker.failed.hint", "Nothing half-written was kept; the full log has the details."),
    )


def query_worker(cmd: list[str], *, timeout: float = 120) -> dict:
    """Run a worker that prints one JSON object as its last line; returns it.

    Never raises: a worker that fails, crashes or hangs gives ``{"error": "…"}`` (for reports
    such as ``appliance doctor``, where a broken stack is a finding), and the same as a message
    beside it (``error_message``, ``Message.to_dict()``).
    """
    env = dict(os.environ, PYTHONUNBUFFERED="1", TQDM_DISABLE="1")
    try:
        res = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            errors="replace",
            env=env,
            timeout=timeout,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
    except subprocess.TimeoutExpired:
        return _error(M("worker.no_answer", "no answer within {seconds:.0f} s", seconds=timeout))
    except OSError as exc:
        return _error(M("worker.os_error", "{error}", error=str(exc)))
    if res.returncode < 0:
        return _error(
            M("worker.probe_killed", "the probe process was ended by {signal}", signal=describe_signal(-res.returncode))
        )
    lines = [ln for ln in res.stdout.splitlines() if ln.strip()]
    try:
        data = json.loads(lines[-1]) if lines else None
    except ValueError:
        data = None
    if res.returncode != 0 or not isinstance(data, dict):
        tail = (res.stderr or res.stdout).strip().splitlines()[-3:]
        return _error(M("worker.probe_failed", "exit code {rc}: {output}", rc=res.returncode, output=" | ".join(tail)))
    return data


def _error(message: Message) -> dict:
    return {"error": message.render("en"), "error_message": message.to_dict()}


class BackgroundWorker:
    """A worker run on a thread while the caller goes on (e.g. the gate's reference half, which
    needs only the source model, during conversion). ``result()`` waits and re-raises its error;
    the caller's cancel token stops it, and so does ``stop()``. ``on_event`` is called from the
    thread: pass one only if the sink is thread-safe or the caller is waiting in ``result()``."""

    def __init__(
        self,
        cmd: list[str],
        *,
        cancel: CancelToken,
        stage: str,
        what: Message | str,
        log_path: Path | None = None,
        on_event=None,
    ):
        import threading

        self._own = CancelToken()
        self._undo = cancel.on_cancel(self._own.cancel)
        self._error: BaseException | None = None

        def run() -> None:
            try:
                run_worker(cmd, cancel=self._own, stage=stage, what=what, log_path=log_path, on_event=on_event)
            except BaseException as exc:  # noqa: BLE001 - handed to result()
                self._error = exc

        # The thread waits on the child, so the child's parent-death signal (tied to the thread
        # that started it) fires only if this whole process dies.
        self._thread = threading.Thread(target=run, name=f"worker-{stage}", daemon=True)
        self._thread.start()

    def result(self) -> None:
        self._thread.join()
        self._undo()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        """Kill the worker (if still running) and wait for it; its error, if any, is dropped."""
        self._own.cancel()
        self._thread.join()
        self._undo()


def owner() -> dict:
    """This process, in a form another process can check later (``owner_alive``)."""
    import psutil

    return {"pid": os.getpid(), "host": os.uname().nodename, "started": psutil.Process().create_time()}


def owner_alive(who: dict | None) -> bool:
    """Is the process that recorded ``who`` still running? Another machine's (a shared home) counts
    as alive: it is not ours to judge. A record without a start time trusts the pid alone (a
    zombie is dead)."""
    import psutil

    if not who:
        return False
    if who.get("host") != os.uname().nodename:
        return True
    try:
        proc = psutil.Process(int(who["pid"]))
        if who.get("started") is None:
            return proc.status() != psutil.STATUS_ZOMBIE
        return abs(proc.create_time() - float(who["started"])) < 0.5
    except (psutil.Error, KeyError, TypeError, ValueError):
        return False
