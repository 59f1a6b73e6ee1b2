"""The Train page's Processes box: one run spread over N CPU processes, started through the
page's widgets (``tuning/distributed.py`` behind ``start_training(processes=N)``)."""

from __future__ import annotations

import json
import os

import pytest
import test_gui

# The GUI tests' fixtures: a window over a fresh workspace, and a private Qt settings folder.
window, gui_config, unlock = test_gui.window, test_gui.gui_config, test_gui.unlock

pytest.importorskip("PySide6")


@pytest.mark.heavy
def test_the_processes_box_trains_one_run_on_two_cpu_processes(qtbot, window, tiny_dirs, tmp_path):
    from appliance.models.store import ModelStore
    from appliance.tuning.runs import RunStore

    ModelStore(window.state.home, window.state.catalog).import_path(tiny_dirs["llama"], name="tiny")
    window.state.changed.emit()
    unlock(qtbot, window)
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
    ds = window.pages["datasets"]
    window.show_page("datasets")
    ds.file.setText(str(data))
    ds.name.setText("faq")
    ds.import_btn.click()
    qtbot.waitUntil(lambda: ds.versions.rowCount() == 1, timeout=60_000)

    tr = window.pages["train"]
    window.show_page("train")
    tr.refresh()
    tr.base.setCurrentIndex(tr.base.findData("tiny"))
    tr.dataset.setCurrentIndex(tr.dataset.findData("faq"))
    tr.method.setCurrentIndex(tr.method.findData("lora"))
    tr.max_steps.setValue(4)
    tr.batch.setValue(4)
    tr.seq.setValue(128)
    tr.precision.setCurrentIndex(tr.precision.findData("fp32"))
    tr.device.setCurrentIndex(tr.device.findData("cpu"))
    # On the CPU the box goes up to the number of cores, and says so in the preview.
    assert tr.processes.minimum() == 1 and tr.processes.maximum() == (os.cpu_count() or 1)
    assert tr.processes.toolTip()
    tr.processes.setValue(2)
    assert tr.processes.value() == 2
    assert "2 processes" in tr.placement.text(), tr.placement.text()
    assert tr._spread() == {"processes": 2, "gpus": False}
    assert tr.validate(), tr.problems.text()
    tr.start_btn.click()
    qtbot.waitUntil(lambda: tr.job is None, timeout=180_000)
    assert "completed" in window.messages.text.text(), window.messages.text.text()
    (run,) = RunStore(window.state.home, window.state.catalog).list()
    assert run["status"] == "completed" and run["device"] == "cpu×2", run
    assert run["steps_done"] == 4 and len(tr._xy[0]) == 4
