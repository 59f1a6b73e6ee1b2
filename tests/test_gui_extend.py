"""The Models page's Tokenizers tab, "Extend the vocabulary" (issue 15): a base model's own tokenizer
extended for a regional script through the widgets, with the same core call as
`appliance tokenizer extend`; the core's refusal of bad input in the message panel."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import test_gui

pytest.importorskip("PySide6")
window, gui_config, unlock = test_gui.window, test_gui.gui_config, test_gui.unlock

ROOT = Path(__file__).resolve().parent.parent
TAMIL_CORPUS = ROOT / "appliance" / "samples" / "regional" / "ta.txt"
SCREENSHOT = ROOT / "docs" / "screenshots" / "models-tokenizers-extend.png"


@pytest.fixture
def extend_tab(qtbot, window, tiny_dirs):
    """The window, unlocked, with the tiny Llama (SmolLM2's tokenizer) as "tiny" and the shipped
    Tamil sample imported as the dataset "tamil"; the Tokenizers tab shown."""
    from PySide6.QtCore import Qt

    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore

    unlock(qtbot, window)
    state = window.state
    ModelStore(state.home, state.catalog).import_path(tiny_dirs["llama"], name="tiny")
    DatasetStore(state.home, state.catalog, state.keys).import_file(TAMIL_CORPUS, name="tamil")
    page = window.pages["models"]
    window.show_page("models")
    page.refresh()
    page.tabs.setCurrentIndex(3)
    tab = page.tokenizers
    tab.ext_base.setCurrentIndex(tab.ext_base.findData("tiny"))
    for i in range(tab.ext_corpora.count()):
        item = tab.ext_corpora.item(i)
        if item.data(Qt.UserRole) == "tamil":
            item.setCheckState(Qt.Checked)
    assert tab.checked_corpora() == ["tamil"]
    return tab


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_extending_a_base_for_tamil_registers_a_model_and_shows_the_figures(qtbot, window, extend_tab):
    from PySide6.QtCore import QLocale

    tab = extend_tab
    tab.ext_scripts.setText("ta")
    tab.ext_add.setValue(300)
    tab.ext_name.setText("tiny-ta")
    tab.extend_btn.click()
    assert not tab.extend_btn.isEnabled()  # one extension at a time from this form
    qtbot.waitUntil(lambda: tab.ext_job is None and not window.state.jobs, timeout=120_000)
    assert window.messages.level == "success", window.messages.text.text()
    assert tab.extend_btn.isEnabled()

    row = window.state.catalog.find_model("tiny-ta")
    assert row is not None and row["kind"] == "extended"
    ext = row["meta"]["tokenizer_extension"]
    assert ext["scripts"] == ["Tamil"] and ext["added"] == 300

    # The result table: the Tamil row gets cheaper; the English control row is there too.
    assert tab.ext_table.isVisible() and tab.ext_table.rowCount() == 2
    cells = {
        tab.ext_table.item(r, 0).text(): [tab.ext_table.item(r, c).text() for c in range(1, 4)]
        for r in range(tab.ext_table.rowCount())
    }
    assert set(cells) == {"Tamil", "English (control)"}
    before, after, change = cells["Tamil"]
    assert float(after) < float(before) and change.startswith("-")
    assert float(before) == pytest.approx(ext["figures"]["Tamil"]["before"], abs=1e-3)
    assert "tiny-ta" in tab.ext_summary.text() and "train_new_rows" in tab.ext_note.text()

    # The pickers know the new model: a base for another extension, and already set beside its
    # base for a report.
    assert tab.ext_base.findData("tiny-ta") >= 0
    assert tab.model_a.currentData() == "tiny" and tab.model_b.currentData() == "tiny-ta"
    models = window.pages["models"].models
    assert "tiny-ta" in [models.item(r, 0).text() for r in range(models.rowCount())]

    if os.environ.get("APPLIANCE_SCREENSHOT"):  # docs/screenshots/models-tokenizers-extend.png
        window.resize(1280, 820)
        tab.scroll.ensureWidgetVisible(tab.extend_box)
        qtbot.wait(200)
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENSHOT))

    # In another interface language the figures follow: script names, digits, headers.
    from gui.i18n import apply_language

    apply_language("ar")
    qtbot.wait(50)
    assert tab.extend_btn.text() == "توسيع"
    assert tab.ext_table.item(0, 0).text() == "التاميلية"
    assert tab.ext_table.item(0, 1).text() == QLocale().toString(ext["figures"]["Tamil"]["before"], "f", 3)
    # The form scrolls inside its tab: a 1024×700 screen still holds the window.
    window.resize(1024, 700)
    qtbot.wait(50)
    hint = window.minimumSizeHint()
    assert window.width() <= 1024 and window.height() <= 700 and hint.width() <= 1024 and hint.height() <= 700


def test_too_many_tokens_is_refused_with_the_cores_message_and_registers_nothing(qtbot, window, extend_tab):
    tab = extend_tab
    models = len(window.state.catalog.list_models())
    tab.ext_scripts.setText("ta")
    tab.ext_add.setValue(60_000)
    tab.ext_name.setText("tiny-too-many")
    tab.extend_btn.click()
    qtbot.waitUntil(lambda: tab.ext_job is None and not window.state.jobs, timeout=120_000)
    assert window.messages.level == "error"
    assert "supports only" in window.messages.text.text()
    assert window.state.catalog.find_model("tiny-too-many") is None
    assert len(window.state.catalog.list_models()) == models
    assert not tab.ext_table.isVisible()


def test_the_form_asks_for_what_is_missing_before_starting(qtbot, window, extend_tab):
    tab = extend_tab
    tab.ext_name.setText("")
    tab.extend_btn.click()
    assert window.messages.level == "error" and "name" in window.messages.text.text()
    assert not window.state.jobs


def test_the_train_page_trains_the_new_rows_of_an_extended_model(qtbot, window):
    """The Train page's "New vocabulary rows" box is the recipe's tokenizer.train_new_rows: on for
    the cpu-regional preset, and what the box says goes into the recipe the run starts with."""
    unlock(qtbot, window)
    tr = window.pages["train"]
    window.show_page("train")
    tr.refresh()
    tr.preset.setCurrentIndex(tr.preset.findData("cpu-regional"))
    assert tr.new_rows.isChecked()
    assert tr.new_rows.toolTip().startswith("Train the embedding")  # the recipe's help, without its key
    tr.new_rows.setChecked(False)
    assert tr.recipe().tokenizer.train_new_rows is False
    tr.new_rows.setChecked(True)
    assert tr.recipe().tokenizer.train_new_rows is True
