"""The Models page's Tokenizers tab (issue 15, item 1): two models' tokens per character on the
same corpus, as a chart and a table, through the same core call as `appliance tokenizer report`."""

from __future__ import annotations

import pytest
import test_gui
from test_tokenizer_report import ENGLISH, HINDI, TAMIL

pytest.importorskip("PySide6")
window, gui_config, unlock = test_gui.window, test_gui.gui_config, test_gui.unlock


def test_two_tokenizers_side_by_side_on_a_corpus(qtbot, window, tiny_dirs, tmp_path):
    from appliance.models.hf import load_tokenizer
    from appliance.models.store import ModelStore
    from appliance.tokenizer.report import corpus_lines, measure

    store = ModelStore(window.state.home, window.state.catalog)
    store.import_path(tiny_dirs["llama"], name="bpe-model")
    store.import_path(tiny_dirs["mistral"], name="spm-model")
    corpus = tmp_path / "mixed.txt"
    corpus.write_text(f"{TAMIL}\n{HINDI}\n{ENGLISH}\n", encoding="utf-8")

    page = window.pages["models"]
    window.show_page("models")
    page.refresh()
    page.tabs.setCurrentIndex(3)
    tab = page.tokenizers
    tab.model_a.setCurrentIndex(tab.model_a.findData("bpe-model"))
    tab.model_b.setCurrentIndex(tab.model_b.findData("spm-model"))
    tab.corpus.setEditText(str(corpus))
    tab.run_btn.click()
    qtbot.waitUntil(lambda: len(tab.reports) == 2 and not window.state.jobs, timeout=120_000)

    assert tab.chart.series == ["bpe-model", "spm-model"]
    groups = dict(tab.chart.groups)
    assert set(groups) == {"Tamil", "Devanagari", "Latin", "English (control)"}  # script names, in English here
    want = measure(load_tokenizer(tiny_dirs["llama"]), corpus_lines(corpus))
    tamil = next(s for s in want.scripts if s.script == "Tamil")
    assert groups["Tamil"][0] == pytest.approx(tamil.tokens_per_char, abs=1e-4)
    assert groups["Tamil"][0] > groups["English (control)"][0]
    assert tab.table.rowCount() == 8  # 3 scripts and the control, for each model

    # A dataset corpus while locked: the core's message, in the panel.
    tab.corpus.setEditText("some-dataset")
    tab.run_btn.click()
    qtbot.waitUntil(lambda: not window.state.jobs, timeout=60_000)
    assert window.messages.level == "error" and "some-dataset" in window.messages.text.text()
