"""The Train page offers the preference methods (Objective, Beta, each with the recipe's help) and
plots a DPO run's reward margin and preference accuracy beside its loss."""

from __future__ import annotations

import json

import pytest
import test_gui

window, gui_config, unlock = test_gui.window, test_gui.gui_config, test_gui.unlock

pytest.importorskip("PySide6")


@pytest.mark.heavy  # 14 s (make test-heavy, run by CI); the engine's margin and accuracy: tests/test_preference.py
def test_a_dpo_run_from_the_train_page_draws_its_margin_and_accuracy(qtbot, window, tiny_dirs, tmp_path):
    from appliance.models.store import ModelStore
    from appliance.tuning.runs import RunStore

    ModelStore(window.state.home, window.state.catalog).import_path(tiny_dirs["llama"], name="tiny")
    window.state.changed.emit()
    unlock(qtbot, window)
    data = tmp_path / "pairs.jsonl"
    rows = [
        {"prompt": f"Which form for office {i}?", "chosen": f"Form K-{i}.", "rejected": "Some form."} for i in range(16)
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    ds = window.pages["datasets"]
    window.show_page("datasets")
    ds.file.setText(str(data))
    ds.name.setText("pairs")
    ds.import_btn.click()
    qtbot.waitUntil(lambda: ds.versions.rowCount() == 1, timeout=60_000)

    tr = window.pages["train"]
    window.show_page("train")
    tr.refresh()
    tr.preset.setCurrentIndex(tr.preset.findData("cpu-dpo"))
    # The preset chose DPO and its beta; the fields say what they are, from the recipe's help.
    assert tr.objective.currentData() == "dpo" and tr.beta.value() == pytest.approx(0.1) and tr.beta.isEnabled()
    assert "prefer each pair's chosen answer" in tr.objective.toolTip()
    assert "How far the model may move" in tr.beta.toolTip()
    assert [tr.objective.itemText(i) for i in range(4)][1] == "DPO (preference pairs)"
    tr.base.setCurrentIndex(tr.base.findData("tiny"))
    tr.dataset.setCurrentIndex(tr.dataset.findData("pairs"))
    tr.max_steps.setValue(3)
    tr.seq.setValue(128)
    tr.precision.setCurrentIndex(tr.precision.findData("fp32"))
    tr.device.setCurrentIndex(tr.device.findData("cpu"))
    assert tr.recipe().preference.method == "dpo"
    assert tr.validate(), tr.problems.text()
    tr.start_btn.click()
    qtbot.waitUntil(lambda: tr.job is None, timeout=180_000)
    assert "completed" in window.messages.text.text(), window.messages.text.text()
    (run,) = RunStore(window.state.home, window.state.catalog).list()
    assert run["recipe"]["preference"]["method"] == "dpo" and run["steps_done"] == 3
    assert len(tr._xy[0]) == 3 and len(tr._pref["reward_margin"][0]) == 3 and len(tr._pref["pref_accuracy"][1]) == 3
    legend = [label.text for _, label in tr.legend.items]
    assert "reward margin" in legend and "preference accuracy" in legend
    # Supervised again: Beta has nothing to do, and is greyed.
    tr.objective.setCurrentIndex(tr.objective.findData("none"))
    assert not tr.beta.isEnabled()
