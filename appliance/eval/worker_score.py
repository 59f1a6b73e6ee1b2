"""The scoring worker: what a suite's author wrote (a ``regex`` pattern, a ``json`` schema) runs
here, in a process of its own that the evaluation can kill.

    python -m appliance.eval.worker_score MEMORY_BYTES
    ← {"ready": true}
    → {"case": ID, "scorer": {...}, "answer": "...", "seconds": S}
                                        ← {"passed": bool, "detail": "..."}

The process caps its own address space (``RLIMIT_AS``) before it reads anything, so a pattern or
schema that would take memory without end fails there, not in the appliance. Inside, patterns
run on the `regex` engine with ``timeout = S``; the parent (``ScoringWorker``) gives each answer
``S`` seconds and a second more, then kills the process and starts another for the next case: a
schema or pattern that runs too long, or the process dying, fails that one case with a message
naming it (``scorers.SECONDS``, docs/formats/eval-suite.md, "Bounds"). Only the ``BOUNDED``
scorers come here; the others are the appliance's own code, linear in the answer.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import time

from appliance.eval.scorers import BOUNDED, SECONDS, Score, for_case, score_text
from appliance.messages import M, Message

MEMORY_BYTES = 1 << 30
_START_SECONDS = 60.0  # Python and jsonschema loading, on a slow or busy machine


def _send(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    import resource

    from appliance.offline import install_network_guard

    install_network_guard()
    limit = int(argv[0]) if argv else MEMORY_BYTES
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # a platform without an address-space limit: the time bound still holds
        pass
    import jsonschema  # noqa: F401 - loaded before the first case, so its time is not the case's

    _send({"ready": True})
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        sc = score_text(req["scorer"], req["answer"], case_id=req.get("case"), seconds=float(req["seconds"]))
        _send({"passed": sc.passed, "detail": sc.detail, "detail_message": sc.detail_message})
    return 0


class ScoringWorker:
    """The parent's side: ``score(case_id, scorer, answer)`` never raises and never takes much more
    than ``seconds`` per answer. The process starts at the first bounded case and is reused."""

    def __init__(self, *, seconds: float = SECONDS, memory: int = MEMORY_BYTES):
        self.seconds, self.memory = seconds, memory
        self.proc: subprocess.Popen | None = None
        self._buf = b""

    def __enter__(self) -> ScoringWorker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def score(self, case_id: str, scorer: dict, answer: str) -> Score:
        if scorer.get("type") not in BOUNDED:
            return score_text(scorer, answer, case_id=case_id, seconds=self.seconds)
        kind = scorer.get("type")
        if self.proc is None and not self._start():
            msg = M("eval.score.no_process", "the process that runs {kind} scorers did not start", kind=kind)
            return Score(False, for_case(case_id, msg))
        req = {"case": case_id, "scorer": scorer, "answer": answer, "seconds": self.seconds}
        try:
            self.proc.stdin.write((json.dumps(req, ensure_ascii=False) + "\n").encode())
            self.proc.stdin.flush()
        except OSError:
            pass  # it died; _line says how
        line = self._line(self.seconds + 1.0)
        if line is None:
            how = self._stop()
            msg = M("eval.score.process_failed", "its {kind} scorer {how} (the case fails)", kind=kind, how=how)
            return Score(False, for_case(case_id, msg))
        reply = json.loads(line)
        said = reply.get("detail_message")
        return Score(bool(reply["passed"]), str(reply["detail"]), Message.from_dict(said) if said else None)

    def _start(self) -> bool:
        from appliance.procs import _die_with_parent

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "appliance.eval.worker_score", str(self.memory)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        self._buf = b""
        if self._line(_START_SECONDS) is None:
            self._stop()
            return False
        return True

    def _line(self, seconds: float) -> bytes | None:
        """The worker's next line, or None when it ends or says nothing for ``seconds``."""
        deadline = time.monotonic() + seconds
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self._buf += chunk
        line, _, self._buf = self._buf.partition(b"\n")
        return line

    def _stop(self) -> Message:
        """Kill the worker (the next bounded case starts another); how it had ended."""
        proc, self.proc = self.proc, None
        rc = proc.poll()
        if rc is None:
            proc.kill()
            proc.wait()
            how = M(
                "eval.score.stopped",
                "ran past the {seconds:g} s bound on this answer and was stopped",
                seconds=self.seconds,
            )
        else:
            how = M(
                "eval.score.process_ended",
                "ended its process (exit status {rc}; past the memory bound of {mib} MiB?)",
                rc=rc,
                mib=self.memory >> 20,
            )
        for f in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                f.close()
        return how

    def close(self) -> None:
        if self.proc is not None:
            proc, self.proc = self.proc, None
            with contextlib.suppress(OSError):
                proc.stdin.close()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            with contextlib.suppress(OSError):
                proc.stdout.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
