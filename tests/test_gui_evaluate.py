"""The Evaluate page over a real workspace (two tiny models exported to GGUF, conftest's
``served_home``): a suite imported and run on both through the widgets (llama.cpp, greedy), the
comparison laid out case by case with the answers, reuse of finished evaluations, the report
saved as HTML; model lines whose gate refuses (the verdict shown, nothing changed) and passes
(production moves); the core's refusal of a broken suite file in the message panel."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
import test_gui

pytest.importorskip("PySide6")
served_window, gui_config = test_gui.served_window, test_gui.gui_config

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "screenshots" / "evaluate.png"
WAIT_MS = 120_000

# Four cases, two languages. The tiny random models answer noise, so a case that any answer
# passes (an empty-matching pattern) and cases no noise passes give both marks in the table.
SUITE = """
[suite]
name = "offices"
description = "Office questions in English and Hindi"
max_tokens = 8

[[case]]
id = "any-answer"
prompt = "Say anything about office 1."
tags = { language = "en" }
scorer = { type = "regex", pattern = "[\\\\s\\\\S]*" }

[[case]]
id = "code"
prompt = "What is the code of office 2?"
tags = { language = "en" }
scorer = { type = "contains", all = ["ZX-14"] }

[[case]]
id = "number"
prompt = "Which number do I dial for office 3?"
tags = { language = "en" }
scorer = { type = "regex", pattern = "\\\\b1577\\\\b" }

[[case]]
id = "hi-code"
prompt = "कार्यालय 7 का कोड क्या है?"
tags = { language = "hi" }
scorer = { type = "contains", all = ["ZX-49"] }
"""

MODELS = ["tiny-llama", "tiny-mistral"]  # served_home's two verified exports


def plain(text: str) -> str:
    """A message without the isolates that keep its values' direction (gui/core_text.py)."""
    return re.sub("[\u2066-\u2069]", "", text)


@pytest.fixture
def page(qtbot, served_window, tmp_path, monkeypatch):
    """The Evaluate page, shown, with the suite imported through its button (a file dialog answered)."""
    from PySide6.QtWidgets import QFileDialog

    suite = tmp_path / "offices.toml"
    suite.write_text(SUITE, encoding="utf-8")
    win = served_window
    pg = win.pages["evaluate"]
    win.show_page("evaluate")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(suite), ""))
    pg.import_btn.click()
    qtbot.waitUntil(lambda: pg.suite.count() == 1 and not win.state.jobs, timeout=WAIT_MS)
    assert win.messages.level == "success" and "4 cases" in win.messages.text.text()
    assert pg.suite.currentText().startswith("offices (version 1")
    return pg


def _evaluate(qtbot, win, pg) -> None:
    pg.run_btn.click()
    assert not pg.run_btn.isEnabled()  # one evaluation at a time from this form
    qtbot.waitUntil(lambda: pg.eval_job is None and not win.state.jobs, timeout=WAIT_MS)
    assert win.messages.level == "success", win.messages.text.text()


def test_two_models_are_evaluated_and_compared_case_by_case(qtbot, served_window, page, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from appliance.eval.store import EvalStore

    win, pg = served_window, page
    state = win.state
    assert [pg.models.item(i).text() for i in range(pg.models.count())] == MODELS
    pg.run_btn.click()  # nothing ticked: the page says so and starts nothing
    assert win.messages.level == "error" and "Tick at least one model" in win.messages.text.text()
    assert not state.jobs

    pg.set_chosen(["tiny-mistral", "tiny-llama"])  # the baseline first
    assert pg.chosen() == ["tiny-mistral", "tiny-llama"]
    _evaluate(qtbot, win, pg)

    store = EvalStore(state.home, state.catalog, state.keys)
    evals = store.list()
    assert len(evals) == 2 and all(e["status"] == "completed" for e in evals)
    results = {e["meta"]["model_name"]: store.read_results(e) for e in evals}
    # The summary: one row per model, the baseline first and marked as such.
    assert pg.summary.rowCount() == 2
    assert (
        plain(pg.summary.item(0, 0).text()) == "tiny-mistral (baseline)"
        and pg.summary.item(1, 0).text() == "tiny-llama"
    )
    for r, name in enumerate(["tiny-mistral", "tiny-llama"]):
        passed = sum(x["passed"] for x in results[name].values())
        assert pg.summary.item(r, 1).text().startswith(f"{passed}/4 ")
    # The paired difference with its interval and McNemar p; the per-language slices.
    assert "tiny-llama against tiny-mistral" in plain(pg.difference.text()) and "McNemar p = " in pg.difference.text()
    slices = {pg.slices.item(r, 0).text(): pg.slices.item(r, 1).text() for r in range(pg.slices.rowCount())}
    assert {"language = en", "language = hi"} <= set(slices)
    # Every case, a mark per model that is the stored verdict, the answer in the tooltip.
    assert pg.cases.rowCount() == 4
    headers = [pg.cases.horizontalHeaderItem(c).text() for c in range(pg.cases.columnCount())]
    assert headers == ["Case", "Tags", "tiny-mistral", "tiny-llama"]
    for r in range(4):
        cid = pg.cases.item(r, 0).text()
        for c, name in ((2, "tiny-mistral"), (3, "tiny-llama")):
            res = results[name][cid]
            assert pg.cases.item(r, c).text() == ("✓" if res["passed"] else "✗")
            assert html.escape(res["answer"][:30]) in pg.cases.item(r, c).toolTip()
    assert pg.cases.item(0, 2).text() == "✓" and pg.cases.item(1, 2).text() == "✗"
    # The detail pane: the selected case's prompt (in its own script) and each model's answer.
    pg.cases.setCurrentCell(3, 0)
    detail = pg.detail.toPlainText()
    assert "कार्यालय 7 का कोड क्या है?" in detail and "tiny-llama" in detail and "failed" in detail

    # Again: the finished evaluations are reused; "Run again" evaluates anew.
    _evaluate(qtbot, win, pg)
    assert len(store.list()) == 2
    pg.set_chosen(["tiny-llama"])
    pg.rerun.setChecked(True)
    _evaluate(qtbot, win, pg)
    assert len(store.list()) == 3 and pg.summary.rowCount() == 1 and pg.cases.columnCount() == 3
    # Cancel: the core stops (the worker process is killed), the page says so, nothing completes.
    pg.run_btn.click()
    assert pg.progress.isVisible()
    pg.progress.cancel_btn.click()
    qtbot.waitUntil(lambda: pg.eval_job is None and not state.jobs, timeout=WAIT_MS)
    assert win.messages.level == "info" and "cancelled" in win.messages.text.text()
    assert [e["status"] for e in store.list()].count("completed") == 3 and pg.run_btn.isEnabled()

    # The report as one HTML page (the core's to_html), where the user chose.
    dest = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    pg.save_btn.click()
    page_html = dest.read_text(encoding="utf-8")
    assert "कार्यालय" in page_html and "<script" not in page_html and win.messages.level == "success"

    if os.environ.get("APPLIANCE_SCREENSHOT"):  # docs/screenshots/evaluate.png
        pg.rerun.setChecked(False)
        pg.set_chosen(["tiny-mistral", "tiny-llama"])
        _evaluate(qtbot, win, pg)
        win.messages.hide()
        win.resize(1280, 820)
        pg.cases.setCurrentCell(3, 0)
        qtbot.wait(200)
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        assert win.grab().save(str(SCREENSHOT))

    # Another language: the headers and marks follow; the page still fits a 1024×700 screen.
    from gui.i18n import apply_language

    apply_language("hi")
    qtbot.wait(50)
    assert pg.title() == "मूल्यांकन" and pg.cases.horizontalHeaderItem(0).text() != "Case"
    win.resize(1024, 700)
    qtbot.wait(50)
    assert win.width() <= 1024 and win.height() <= 700
    assert win.minimumSizeHint().width() <= 1024 and win.minimumSizeHint().height() <= 700


def test_a_line_gate_refuses_with_its_verdict_then_a_permissive_gate_promotes(qtbot, served_window, page):
    from appliance.eval.lines import Lines, parse_gate

    win, pg = served_window, page
    ln, state = pg.lines, win.state
    lines = Lines(state.home, state.catalog, state.keys)
    base = state.catalog.get_model("tiny-llama")
    for name, gate in (("strict", {"min_pass_rate": 1.0}), ("open", {"min_pass_rate": 0.0})):
        lines.create(
            name,
            recipe={},
            dataset_ids=[],
            suites=["offices"],
            gate=parse_gate({"gate": gate}, name),
            base_model_id=base["id"],
            source="test",
        )
    state.changed.emit()
    pg.tabs.setCurrentIndex(1)
    assert [ln.line.itemData(i) for i in range(ln.line.count())] == ["open", "strict"]
    assert "production: –" in plain(ln.line.itemText(1))

    # The strict gate: the model is evaluated on the line's suite, the gate refuses, and the page
    # shows the verdict (each check with its mark), not only an error; nothing changes.
    ln.line.setCurrentIndex(ln.line.findData("strict"))
    ln.model.setCurrentIndex(ln.model.findData("tiny-llama"))
    ln.promote_btn.click()
    qtbot.waitUntil(lambda: ln.job is None and not state.jobs, timeout=WAIT_MS)
    assert ln.verdict_box.isVisible() and ln.verdict.isVisible()
    assert plain(ln.verdict.text()) == "tiny-llama may not be promoted to strict@production: 1 gate check failed"
    checks = [plain(ln.checks.item(i).text()) for i in range(ln.checks.count())]
    assert checks[0].startswith("✗  offices: pass rate") and "(minimum 100%)" in checks[0]
    assert any(c.startswith("✓  offices: no production model yet") for c in checks)
    assert lines.get("strict")["channels"] == {}
    assert ln.history.rowCount() == 1 and ln.history.item(0, 1).text() == "refused"
    assert ln.history.item(0, 3).text() == "tiny-llama"
    # Its comparison (answers included) opens on the first tab, with the gate's summary.
    assert ln.show_report_btn.isVisible()
    ln.show_report_btn.click()
    assert pg.tabs.currentIndex() == 0 and pg.cases.rowCount() == 4
    assert "Promotion gate: tiny-llama may not be promoted" in plain(pg.difference.text())

    # The permissive gate passes: production moves, the history and the line's label say so.
    pg.tabs.setCurrentIndex(1)
    ln.line.setCurrentIndex(ln.line.findData("open"))
    ln.model.setCurrentIndex(ln.model.findData("tiny-llama"))
    ln.promote_btn.click()
    qtbot.waitUntil(lambda: ln.job is None and not state.jobs, timeout=WAIT_MS)
    assert win.messages.level == "success" and "tiny-llama is now open@production" in plain(win.messages.text.text())
    assert lines.get("open")["channels"]["production"]["model_id"] == base["id"]
    assert ln.line.currentData() == "open" and "production: tiny-llama" in plain(ln.line.currentText())
    assert "production: tiny-llama since" in plain(ln.line_info.text())
    assert plain(ln.verdict.text()) == "tiny-llama may be promoted to open@production"
    assert all(ln.checks.item(i).text().startswith("✓") for i in range(ln.checks.count()))
    assert ln.history.item(0, 1).text() == "promoted" and ln.history.item(0, 4).text() == "passed"


def test_a_broken_suite_file_is_refused_with_the_cores_message(qtbot, served_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    win = served_window
    pg = win.pages["evaluate"]
    win.show_page("evaluate")
    bad = tmp_path / "bad.toml"
    bad.write_text('[suite]\nname = "bad"\n[[case]]\nid = "x"\nprompt = "hi"\nscorer = { type = "fuzzy" }\n')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    pg.import_btn.click()
    qtbot.waitUntil(lambda: not win.state.jobs and win.messages.isVisible(), timeout=WAIT_MS)
    assert win.messages.level == "error" and "unknown scorer 'fuzzy'" in win.messages.text.text()
    assert pg.suite.count() == 0
    pg.run_btn.click()
    assert "Choose a suite" in win.messages.text.text() and not win.state.jobs
