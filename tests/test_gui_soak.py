"""A long-lived window (issue 25): Qt calls that return nothing leave Python's ``None`` alone, a
training run outlives a window that aborts, and the Train page keeps drawing for minutes.

PySide6 6.12.0 on Python 3.11 took one reference from ``None`` per Qt call that returns nothing
(1,000 ``QLabel.setText``: −1,000); the Train page's graphs, redrawn every second, used up
``None``'s references in 3½–5 minutes and the window aborted with "Fatal Python error:
none_dealloc", taking the training run it had started with it. The pin is 6.11.3.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
import test_gui  # noqa: E402

gui_config = test_gui.gui_config  # the window's settings in the test's own folder, never ~/.config
DRIVER = Path(__file__).with_name("gui_train_driver.py")


@pytest.fixture(autouse=True)
def no_run_outlives_the_test(home_dir):
    """Runs started here outlive their windows by design: whatever still trains when a test ends
    (a failed assertion, a timeout) is killed, so no training process outlives the test."""
    yield
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.tuning.runs import RunStore, _meta

    if not (home_dir / "catalog.db").exists():
        return
    home = Home.open(home_dir)
    with Catalog.open(home) as cat:
        rows = [r for r in RunStore(home, cat).list() if RunStore.running_elsewhere(r)]
    for row in rows:
        try:
            os.kill(int(_meta(row)["pid"]), signal.SIGKILL)
        except (OSError, KeyError, ValueError):
            pass


def test_qt_calls_that_return_nothing_leave_none_alone(qtbot):
    """10,000 of each: ``setText``, a graph's ``add`` and repaint, ``QPainter.save/restore``,
    a pyqtgraph curve's ``setData``. A leak of one reference per call shows as −10,000 or more."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from gui.widgets.hardware import Graph

    host = QWidget()
    qtbot.addWidget(host)
    label, graph = QLabel(host), Graph("#1f77b4", host)
    lay = QVBoxLayout(host)
    lay.addWidget(label)
    lay.addWidget(graph)
    host.resize(300, 120)
    host.show()
    image = QImage(64, 64, QImage.Format_ARGB32)

    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    curve = plot.plot([], [])
    xs: list[int] = []

    def one_round(i: int) -> None:
        label.setText(f"Step {i}")
        graph.add(i % 100)
        graph.repaint()
        p = QPainter(image)
        p.save()
        p.restore()
        p.end()
        if i % 10 == 0:
            xs.append(i)
            curve.setData(xs[-200:], xs[-200:])

    for i in range(200):  # warm-up: caches, fonts, first paints
        one_round(i)
    before = sys.getrefcount(None)
    for i in range(10_000):
        one_round(i)
    after = sys.getrefcount(None)
    assert after >= before - 200, (
        f"None lost {before - after} references over 10,000 Qt calls of each kind: this Qt binding "
        "leaks a reference per call that returns nothing and will abort a long GUI session "
        "(PySide6 6.12.0 on Python 3.11 does; the pin is 6.11.3)"
    )


def _workspace_with_model_and_data(home, tiny_dirs, tmp_path) -> None:
    from appliance import workspace
    from appliance.catalog import Catalog
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore
    from appliance.security.vault import Vault

    data = tmp_path / "faq.jsonl"
    data.write_text(
        "".join(
            json.dumps(
                {
                    "messages": [
                        {"role": "user", "content": f"Where is office {i}?"},
                        {"role": "assistant", "content": f"Floor {i % 4}."},
                    ]
                }
            )
            + "\n"
            for i in range(16)
        )
    )
    from conftest import PASSPHRASE

    with Catalog.open(home) as cat:
        ModelStore(home, cat).import_path(tiny_dirs["llama"], name="tiny")
        keys = workspace.unlock(Vault(cat), PASSPHRASE)
        DatasetStore(home, cat, keys).import_file(data, name="faq")
        keys.forget()


def _driver(home, *args) -> subprocess.Popen:
    env = {**os.environ, "APPLIANCE_HOME": str(home.root), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(DRIVER), "--home", str(home.root), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for_run(home, run_id: str, statuses: set[str], timeout: float) -> dict:
    from appliance.catalog import Catalog
    from appliance.tuning.runs import RunStore

    deadline = time.monotonic() + timeout
    while True:
        with Catalog.open(home) as cat:
            row = RunStore(home, cat).get(run_id)
        if row["status"] in statuses or time.monotonic() > deadline:
            return row
        time.sleep(1)


def test_a_training_run_outlives_a_window_that_aborts(home, tiny_dirs, tmp_path):
    """The window starts a run with its Start button and aborts (SIGABRT, as a fatal Python error
    does) at the run's first step; the run goes on without it and completes, audited."""
    _workspace_with_model_and_data(home, tiny_dirs, tmp_path)
    proc = _driver(home, "--mode", "abort", "--steps", "12")
    try:
        out, _ = proc.communicate(timeout=240)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGABRT, out[-3000:]
    line = next(x for x in out.splitlines() if x.startswith("ABORTING "))
    _, run_id, step = line.split()
    assert int(step) < 12
    row = _wait_for_run(home, run_id, {"completed", "failed", "cancelled", "interrupted"}, timeout=240)
    assert row["status"] == "completed" and row["steps_done"] == 12, row

    from appliance.audit.evidence import verify_log
    from appliance.catalog import Catalog

    with Catalog.open(home) as cat:
        _state, result = verify_log(cat)
    assert result.ok, result


@pytest.mark.soak
def test_the_train_page_keeps_drawing_for_six_minutes_with_a_run_going(home, tiny_dirs, tmp_path):
    """Longer than the crash took (3½–5 minutes): the Train page on screen with its loss plot and
    the machine's graphs redrawn, a run going, ``None``'s references sampled every 10 s."""
    seconds = float(os.environ.get("APPLIANCE_SOAK_SECONDS", "360"))
    _workspace_with_model_and_data(home, tiny_dirs, tmp_path)
    proc = _driver(home, "--mode", "soak", "--steps", "10000000", "--seconds", str(seconds))
    try:
        out, _ = proc.communicate(timeout=seconds + 300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out[-3000:]
    samples = [line.split()[1:] for line in out.splitlines() if line.startswith("NONE ")]
    samples = [(float(s), int(n), int(hw), int(steps)) for s, n, hw, steps in samples]
    assert samples[-1][0] >= seconds and len(samples) >= seconds // 10, out[-3000:]
    assert samples[-1][2] >= 0.8 * seconds, f"the machine's graphs drew {samples[-1][2]} samples in {seconds} s"
    assert samples[-1][3] >= 10, "the loss plot drew too few steps"
    first = samples[1][1]  # after the window has settled
    lowest = min(n for _, n, _, _ in samples[1:])
    assert lowest >= first - 2_000, f"None lost {first - lowest} references while the page drew: {samples}"


def _answer_modal(clicked: str, seen: dict) -> None:
    """In the next modal message box: note its text and default button, then click ``clicked``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"], seen["default"] = box.text(), box.defaultButton().text()
        next(b for b in box.buttons() if b.text() == clicked).click()

    QTimer.singleShot(0, answer)


def _start_from_the_page(qtbot, win, steps: int) -> str:
    from appliance.events import TrainStep
    from appliance.tuning.runs import RunStore

    tr = win.pages["train"]
    win.show_page("train")
    tr.refresh()
    tr.base.setCurrentIndex(tr.base.findData("tiny"))
    tr.dataset.setCurrentIndex(tr.dataset.findData("faq"))
    tr.method.setCurrentIndex(tr.method.findData("lora"))
    tr.max_steps.setValue(steps)
    tr.batch.setValue(2)
    tr.seq.setValue(64)
    tr.precision.setCurrentIndex(tr.precision.findData("fp32"))
    tr.device.setCurrentIndex(tr.device.findData("cpu"))
    tr.run_name.setText(f"run-{steps}")
    assert tr.validate(), tr.problems.text()
    stepped = []
    tr.start_btn.click()
    tr.job.event.connect(lambda e: isinstance(e, TrainStep) and stepped.append(e.step))
    qtbot.waitUntil(lambda: bool(stepped), timeout=120_000)
    (row,) = [r for r in RunStore(win.state.home, win.state.catalog).list() if r["name"] == f"run-{steps}"]
    return row["id"]


@pytest.mark.soak
def test_closing_the_window_asks_and_a_kept_run_trains_on_and_is_stopped_from_the_next_window(
    qtbot, home, tiny_dirs, tmp_path
):
    """Close with a run going: "Keep training and close" (the default) lets it go on without the
    window; the next window shows it training and its Cancel stops it with a checkpoint. "Stop
    the run and close" stops the run with a checkpoint."""
    _workspace_with_model_and_data(home, tiny_dirs, tmp_path)
    windows = []
    try:
        _closing_and_keeping(qtbot, home, windows)
    finally:  # a window left open on a failure closes without asking (it would wait on a modal box)
        for w in windows:
            if not w.state.closed:
                w.state.close()
                w.close()


def _closing_and_keeping(qtbot, home, windows):
    from test_gui import unlock

    from appliance.catalog import Catalog
    from appliance.tuning.runs import RunStore
    from gui.app import create

    _app, win = create(home.root, "en")
    windows.append(win)
    win.show()
    unlock(qtbot, win)
    run_id = _start_from_the_page(qtbot, win, 100_000)
    seen = {}
    _answer_modal("Keep training and close", seen)
    win.close()
    assert not win.isVisible() and win.state.closed
    assert "training run is in progress" in seen["text"] and seen["default"] == "Keep training and close"
    time.sleep(3)
    row = _wait_for_run(home, run_id, {"completed", "failed", "cancelled", "interrupted"}, timeout=0)
    assert row["status"] == "running", row  # it goes on without the window

    _app, win = create(home.root, "en")
    windows.append(win)
    win.show()
    unlock(qtbot, win)
    tr = win.pages["train"]
    win.show_page("train")
    tr.refresh()
    assert tr._background is not None and tr._background["id"] == run_id
    assert "training in a process of its own" in tr.stats.text() and tr.cancel_btn.isEnabled()
    tr.cancel_btn.click()
    row = _wait_for_run(home, run_id, {"completed", "failed", "cancelled", "interrupted"}, timeout=120)
    assert row["status"] == "cancelled", row
    with Catalog.open(home) as cat:
        assert RunStore(home, cat).checkpoints(row)
    qtbot.waitUntil(lambda: tr._background is None, timeout=15_000)  # the page saw it end
    assert "cancelled" in tr.stats.text()

    second = _start_from_the_page(qtbot, win, 100_001)
    _answer_modal("Stop the run and close", seen)
    win.close()
    assert not win.isVisible()
    row = _wait_for_run(home, second, {"completed", "failed", "cancelled", "interrupted"}, timeout=60)
    assert row["status"] == "cancelled", row
