"""The parent's side of an evaluation's HF worker process (``appliance/eval/worker.py``): a
model loaded in its own process, asked one JSON request at a time over a pipe; and whether a
stored model has a chat template (a suite is chat messages)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections import deque
from pathlib import Path

from appliance.errors import ServingError
from appliance.events import CancelToken
from appliance.messages import M, Message

THE_EVALUATION = M("eval.the_evaluation", "The evaluation")  # what a cancel or a failure names


def see_log(path) -> Message:
    return M("eval.see_log", "Its log: {path}.", path=str(path))


def results_kept() -> Message:
    return M("eval.results_kept.hint", "The results so far are kept: resume with `appliance eval --resume ID`.")


class CaseWorker:
    """A worker process with one model loaded, asked one JSON request at a time."""

    def __init__(self, kind: str, load: dict, *, cancel: CancelToken, log_path, what: Message | str):
        from appliance.procs import _die_with_parent

        self.what, self.cancel, self.log_path = what, cancel, log_path
        self._log = open(log_path, "a", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "appliance.eval.worker", kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            encoding="utf-8",
            bufsize=1,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        self._undo = cancel.on_cancel(self.proc.kill)
        ready = self.ask({"load": load})
        if "error" in ready:
            self.close()
            raise ServingError(
                M(
                    "eval.worker_load_failed",
                    "{what} could not load the model: {error}.",
                    what=what,
                    error=ready["error"],
                ),
                hint=see_log(log_path),
            )
        self.facts = ready

    def ask(self, req: dict) -> dict:
        try:
            self.proc.stdin.write(json.dumps(req, ensure_ascii=False) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        except (BrokenPipeError, OSError):
            line = ""
        if not line:
            self.cancel.check(self.what)
            rc = self.proc.wait()
            self._log.flush()
            tail = deque(open(self.log_path, encoding="utf-8", errors="replace"), maxlen=6)
            raise ServingError(
                M(
                    "eval.worker_ended",
                    "{what} stopped: its worker process ended (exit status {rc}). Last lines of its log:\n{tail}",
                    what=self.what,
                    rc=rc,
                    tail="".join(tail).rstrip(),
                ),
                hint=results_kept(),
            )
        return json.loads(line)

    def close(self) -> None:
        self._undo()
        with contextlib.suppress(OSError):
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


def has_chat_template(model_dir: Path) -> bool:
    if (model_dir / "chat_template.jinja").is_file() or (model_dir / "chat_template.json").is_file():
        return True
    try:
        cfg = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(cfg.get("chat_template"))
