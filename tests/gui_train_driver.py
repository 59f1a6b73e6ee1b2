"""A desktop window, driven as a person would, in a process of its own (for tests that crash it
or keep it drawing for minutes: ``tests/test_gui_soak.py``).

It opens the real window on ``--home`` (a workspace with the model ``tiny`` and the dataset
``faq``), unlocks it, fills the Train page's form and clicks Start. Then, by ``--mode``:

* ``abort``: at the first training step it aborts the process as a fatal Python error does
  (``os.abort``: SIGABRT, no clean-up, no exit handlers), printing ``ABORTING <run id>`` first;
* ``soak``: it keeps the Train page on screen, drawing, for ``--seconds``, printing a line
  ``NONE <seconds> <sys.getrefcount(None)> <hardware samples> <plotted steps>`` every 10 s, then
  cancels the run, waits for it, and exits 0 (or 3 if the run did not end cancelled).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from conftest import PASSPHRASE  # noqa: E402


def say(*words) -> None:
    print(*words, flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", required=True)
    ap.add_argument("--mode", choices=["abort", "soak"], required=True)
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--seconds", type=float, default=360)
    args = ap.parse_args()

    from PySide6.QtCore import QTimer

    from appliance.events import TrainStep
    from gui.app import create

    app, win = create(Path(args.home), "en")
    win.show()
    page = win.pages["workspace"]
    page.passphrase.setText(PASSPHRASE)
    page.unlock_btn.click()
    deadline = time.monotonic() + 30
    while not win.state.unlocked and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    assert win.state.unlocked, "the workspace did not unlock"

    tr = win.pages["train"]
    win.show_page("train")
    tr.refresh()
    tr.base.setCurrentIndex(tr.base.findData("tiny"))
    tr.dataset.setCurrentIndex(tr.dataset.findData("faq"))
    tr.method.setCurrentIndex(tr.method.findData("lora"))
    tr.max_steps.setValue(args.steps)
    tr.batch.setValue(2)
    tr.seq.setValue(64)
    tr.precision.setCurrentIndex(tr.precision.findData("fp32"))
    tr.device.setCurrentIndex(tr.device.findData("cpu"))
    assert tr.validate(), tr.problems.text()
    tr.start_btn.click()
    job = tr.job
    assert job is not None, "the Train page started no job"

    if args.mode == "abort":

        def on_event(event) -> None:
            if isinstance(event, TrainStep):
                from appliance.tuning.runs import RunStore

                (run,) = RunStore(win.state.home, win.state.catalog).list()
                say("ABORTING", run["id"], event.step)
                os.abort()  # what "Fatal Python error: none_dealloc" does

        job.event.connect(on_event)
        return app.exec()

    started = time.monotonic()
    hw = tr.hardware

    def sample() -> None:
        s = time.monotonic() - started
        say("NONE", f"{s:.0f}", sys.getrefcount(None), hw.samples, len(tr._xy[0]))
        if s >= args.seconds:
            timer.stop()
            tr.cancel()

    outcome = {}
    job.failed.connect(lambda text, kind: outcome.setdefault("kind", kind))
    job.done.connect(lambda row: outcome.setdefault("kind", "done"))
    job.finished.connect(app.quit)
    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(10_000)
    sample()
    app.exec()
    say("OUTCOME", outcome.get("kind"))
    return 0 if outcome.get("kind") == "cancelled" else 3


if __name__ == "__main__":
    sys.exit(main())
