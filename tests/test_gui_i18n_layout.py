"""The desktop application walked in English, Arabic and Tamil (issue 25, items 25-27), offscreen
over real workspaces: every visible word in the interface language (the export gate's report, the
jobs' progress, the audit's values, "auto", a message left over after a language switch), dates and
digits as the language's QLocale writes them, no page wider than a 1024×700 window in Tamil,
Arabic or Hindi, and the cosmetic pass: a message that comes or goes moves nothing, tooltips that
agree with their fields, a run name of its own, a left-to-right loss plot with readable axes in
Arabic, and closing the window asks before it stops a running server."""

from __future__ import annotations

import json
import re

import pytest
import test_gui

pytest.importorskip("PySide6")
window, gui_config, unlock, served_window = (
    test_gui.window,
    test_gui.gui_config,
    test_gui.unlock,
    test_gui.served_window,
)

ASCII_DIGIT = re.compile(r"[0-9]")
ARABIC_DIGIT = re.compile(r"[\u0660-\u0669]")
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def _faq(path, n=12):
    path.write_text(
        "".join(
            json.dumps(
                {"messages": [{"role": "user", "content": f"Q{i}?"}, {"role": "assistant", "content": f"A{i}."}]}
            )
            + "\n"
            for i in range(n)
        )
    )
    return path


def _switch(qtbot, lang):
    from gui.i18n import apply_language

    apply_language(lang)
    qtbot.wait(30)  # the catalogs' LanguageChange events


def _answer_modal(clicked: str | None, seen: dict):
    """In the next modal dialog: note its text, then click ``clicked`` (None: press Enter)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text() if box.defaultButton() else None
        if clicked is None:
            QTest.keyClick(box, Qt.Key_Return)
        else:
            next(b for b in box.buttons() if b.text() == clicked).click()

    QTimer.singleShot(0, answer)


# Item 26: no page scrolls sideways at 1024×700 -------------------------------------------------
def test_no_page_is_wider_than_a_1024_by_700_window_in_tamil_arabic_or_hindi(qtbot, served_window):
    """For each page and language: the page's minimum size hint fits the width the window leaves
    it, and nothing scrolls sideways, after one Playground exchange (its speed figures pushed
    Send, Stop and New conversation off-screen in Tamil) and on the Train page (its form did)."""
    from gui.main_window import PAGE_KEYS

    win = served_window
    win.resize(1024, 700)
    _switch(qtbot, "ta")
    pg = win.pages["playground"]
    win.show_page("playground")
    pg.max_tokens.setValue(16)
    pg.input.setText("வணக்கம், அலுவலகம் எப்போது திறக்கும்?")
    pg.send_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs and pg.panes[0].history[-1]["role"] == "assistant", timeout=120_000)
    assert pg.panes[0].stats.text()  # the speed figures are shown
    too_wide = []
    for lang in ("ta", "ar", "hi"):
        _switch(qtbot, lang)
        for key in PAGE_KEYS:
            win.show_page(key)
            qtbot.wait(20)
            scroll = win.stack.currentWidget()
            hint = win.pages[key].minimumSizeHint().width()
            room = scroll.width() - scroll.verticalScrollBar().sizeHint().width()
            if hint > room or scroll.horizontalScrollBar().maximum() > 0:
                too_wide.append((lang, key, hint, room))
            assert win.width() <= 1024, (lang, key, win.width())
    assert not too_wide, too_wide
    send = pg.send_btn.mapTo(win, pg.send_btn.rect().topRight())
    assert 0 <= send.x() <= win.width()


# Item 25: every visible word in the interface language -----------------------------------------
def test_the_export_gates_report_is_in_the_interface_language(qtbot, served_window):
    win = served_window
    page = win.pages["export"]
    win.show_page("export")
    page.refresh()
    english = page.report.toPlainText()
    assert english.startswith("Verification gate (") and "PASS" in english and "Tokenizer probes:" in english
    for lang in ("ar", "ta"):
        _switch(qtbot, lang)
        text = page.report.toPlainText()
        for phrase in ("Verification gate", "Logits on", "PASS", "loads in llama.cpp", "Tokenizer probes", "Probe set"):
            assert phrase not in text, (lang, phrase, text)
        assert "A difference fails the gate" not in text  # the policy's explanation too
    assert ARABIC_DIGIT.search(_with(qtbot, "ar", lambda: page.report.toPlainText()))


def _with(qtbot, lang, read):
    _switch(qtbot, lang)
    return read()


def test_a_jobs_progress_is_in_the_interface_language(qtbot, window, tmp_path):
    """A real import's stages, as the Datasets page shows them, in Arabic; and the setup's steps
    on the Train page and a count's numbers in the language's digits."""
    from appliance.events import Progress
    from appliance.messages import M

    unlock(qtbot, window)
    _switch(qtbot, "ar")
    ds = window.pages["datasets"]
    window.show_page("datasets")
    ds.set_file(str(_faq(tmp_path / "faq.jsonl")))
    ds.import_btn.click()
    shown = []
    ds.import_progress.job.event.connect(lambda _e: shown.append(ds.import_progress.stage.text()))
    qtbot.waitUntil(lambda: not window.state.jobs, timeout=120_000)
    assert shown, "no progress was shown"
    assert not [s for s in shown if re.search(r"Validating|Encrypting|\brows\b", s)], shown
    ds.import_progress.on_event(Progress("quantize", message=M("export.unit.tensors", "tensors"), done=12, total=40))
    assert "tensors" not in ds.import_progress.stage.text() and "١٢/٤٠" in ds.import_progress.stage.text()
    tr = window.pages["train"]
    tr.on_event(Progress("setup", message=M("train.tokenizing", "Tokenizing the training data")))
    assert tr.stats.text() and "Tokenizing" not in tr.stats.text()


def test_the_audit_logs_values_and_auto_are_translated(qtbot, window):
    unlock(qtbot, window)
    _switch(qtbot, "ta")
    page = window.pages["audit"]
    window.show_page("audit")
    qtbot.waitUntil(lambda: page.records.rowCount() > 0, timeout=20_000)
    outcomes = {page.records.item(r, 5).text() for r in range(page.records.rowCount())}
    roles = {page.records.item(r, 3).text() for r in range(page.records.rowCount())}
    assert "ok" not in outcomes and "operator" not in roles, (outcomes, roles)
    labels = [page.f_outcome.itemText(i) for i in range(page.f_outcome.count())]
    assert not {"ok", "refused", "cancelled"} & set(labels), labels
    page.f_outcome.setCurrentIndex(page.f_outcome.findData("ok"))  # the filter still means "ok"
    assert page.records.rowCount() > 0
    tr = window.pages["train"]
    for combo in (tr.precision, tr.device):
        assert combo.itemText(combo.findData("auto")) != "auto"


def test_a_language_switch_leaves_no_message_in_the_old_language(qtbot, window):
    page = window.pages["workspace"]
    page.passphrase.setText("not the passphrase at all")
    page.unlock_btn.click()  # the core's message, in English
    qtbot.waitUntil(lambda: window.messages.isVisible(), timeout=20_000)
    assert "Wrong passphrase" in window.messages.text.text()
    _switch(qtbot, "ar")
    assert window.messages.isVisible() and "Wrong passphrase" not in window.messages.text.text()
    window.messages.show_message(page.tr("The two passphrases differ."), "error")  # the window's own, in Arabic
    _switch(qtbot, "ta")
    assert not window.messages.isVisible()  # not left behind in Arabic


def test_dates_and_digits_follow_a_runtime_switch_to_arabic(qtbot, window, tmp_path):
    from appliance.data.datasets import DatasetStore
    from appliance.messages import M
    from gui.core_text import core_text

    unlock(qtbot, window)
    DatasetStore(window.state.home, window.state.catalog, window.state.keys).import_file(
        _faq(tmp_path / "faq.jsonl", 20), name="faq", tokenizer=None
    )
    window.state.changed.emit()
    ds = window.pages["datasets"]
    window.show_page("datasets")
    assert ASCII_DIGIT.search(ds.versions.item(0, 6).text())  # English first
    ds.versions.setCurrentCell(0, 0)
    ds.preview_btn.click()  # the decrypted rows, headed in English
    qtbot.waitUntil(lambda: "the first 20 rows" in ds.preview_view.toPlainText(), timeout=20_000)
    qtbot.waitUntil(lambda: not window.state.jobs, timeout=20_000)  # no job's end refreshes the page
    qtbot.wait(50)
    _switch(qtbot, "ar")
    for col in (1, 3, 4, 5, 6):  # version, rows, train, held out, created
        text = ds.versions.item(0, col).text()
        assert not ASCII_DIGIT.search(text) and ARABIC_DIGIT.search(text), (col, text)
    assert not re.search(r"\b(AM|PM)\b", ds.versions.item(0, 6).text())
    shown = ds.preview_view.toPlainText()  # drawn again, not left in English
    assert "the first" not in shown and "(eval)" not in shown and "Q1?" in shown, shown
    # The core's numbers in a translated message: the language's digits, ids as they are.
    encrypting = M("dataset.progress.encrypting", "Encrypting {n} rows", n=12)
    assert "١٢" in core_text(encrypting) and "12" not in core_text(encrypting)
    assert "q8_0" in core_text(M("export.quantizing", "Quantizing to {quant} with llama.cpp", quant="q8_0"))


# Item 27: the cosmetic pass -------------------------------------------------------------------
def test_a_message_that_comes_or_goes_moves_nothing(qtbot, window):
    page = window.pages["workspace"]
    window.show_page("workspace")
    qtbot.wait(20)
    where = page.mapTo(window, page.rect().topLeft())
    nav = window.nav.mapTo(window, window.nav.rect().topLeft())
    window.messages.show_message("Workspace unlocked.\nA second line, and a third:\nthree lines.", "success")
    qtbot.wait(20)
    assert window.messages.isVisible()
    assert (
        page.mapTo(window, page.rect().topLeft()) == where
        and window.nav.mapTo(window, window.nav.rect().topLeft()) == nav
    )
    panel = window.messages.geometry()
    assert panel.top() == window.stack.geometry().top() and panel.width() == window.stack.width()
    window.messages.close_button.click()
    qtbot.wait(20)
    assert page.mapTo(window, page.rect().topLeft()) == where


def test_every_train_tooltip_agrees_with_its_field(qtbot, window):
    """No internal key (``training.learning_rate``) and no recipe default the field contradicts:
    the preset's value, which is what the field shows after choosing it."""
    tr = window.pages["train"]
    window.show_page("train")
    tr.load_preset()
    for widget, path in tr.recipe_fields.items():
        tip = widget.toolTip()
        assert path not in tip and "Default:" not in tip, (path, tip)
        m = re.search(r"The preset (\S+) sets (.+)\.$", tip)
        if m:
            shown = widget.currentText() if hasattr(widget, "currentText") else getattr(widget, "text", lambda: "")()
            if hasattr(widget, "isChecked"):
                shown = "on" if widget.isChecked() else "off"
            assert m.group(2) == shown, (path, m.group(2), shown)
    _switch(qtbot, "ar")
    assert "Peak learning rate" not in tr.lr.toolTip()


def test_each_run_has_a_name_of_its_own(qtbot, window, tiny_dirs, tmp_path):
    from appliance.models.store import ModelStore
    from appliance.tuning.runs import RunStore

    ModelStore(window.state.home, window.state.catalog).import_path(tiny_dirs["llama"], name="tiny")
    unlock(qtbot, window)
    from appliance.data.datasets import DatasetStore

    DatasetStore(window.state.home, window.state.catalog, window.state.keys).import_file(
        _faq(tmp_path / "faq.jsonl", 16), name="faq", tokenizer=None
    )
    window.state.changed.emit()
    tr = window.pages["train"]
    window.show_page("train")
    tr.refresh()
    tr.base.setCurrentIndex(tr.base.findData("tiny"))
    tr.dataset.setCurrentIndex(tr.dataset.findData("faq"))
    tr.max_steps.setValue(1)
    tr.seq.setValue(64)
    tr.precision.setCurrentIndex(tr.precision.findData("fp32"))
    first = tr.run_name_or_default()
    assert first.startswith("faq-") and first in tr.run_name.placeholderText()
    assert tr.validate(), tr.problems.text()
    tr.start_btn.click()
    qtbot.waitUntil(
        lambda: tr.job is None and bool(RunStore(window.state.home, window.state.catalog).list()), timeout=120_000
    )
    tr.refresh()
    second = tr.run_name_or_default()
    assert second != first and second.startswith(first)  # the automatic name is not taken twice
    tr.run_name.setText(first)  # a name that is taken, typed
    assert not tr.validate() and first in tr.problems.text() and not tr.start_btn.isEnabled()
    tr.run_name.setText("my-second-run")
    assert tr.validate() and tr.recipe().run.name == "my-second-run"
    assert [r["name"] for r in RunStore(window.state.home, window.state.catalog).list()] == [first]


def test_the_arabic_loss_plot_reads_left_to_right_with_its_own_digits(qtbot, window):
    from PySide6.QtCore import QPointF

    from appliance.events import TrainStep

    _switch(qtbot, "ar")
    window.resize(1024, 700)
    tr = window.pages["train"]
    window.show_page("train")
    tr._begin()
    for step, loss in ((1, 2.5), (2, 2.1), (3, 1.75)):
        tr.on_event(TrainStep("train", step=step, total=10, loss=loss, tokens=64, tokens_per_s=10.0, eta_s=9.0))
    qtbot.wait(50)
    plot = tr.plot.getPlotItem()
    left, view, bottom = plot.getAxis("left"), plot.getViewBox(), plot.getAxis("bottom")
    # The loss axis at the left of the curves, steps growing to the right, as in every language.
    assert left.geometry().right() <= view.geometry().left() + 1
    assert view.mapViewToScene(QPointF(1, 2.0)).x() < view.mapViewToScene(QPointF(3, 2.0)).x()
    ticks = left.tickStrings([1.5, 2.0, 2.5], 1.0, 0.5) + bottom.tickStrings([2, 4], 1.0, 2)
    assert all(ARABIC_DIGIT.search(t) and not ASCII_DIGIT.search(t) for t in ticks), ticks
    from PySide6.QtCore import Qt

    assert tr.plot.plotItem.layoutDirection() == Qt.LeftToRight
    assert tr.plot.height() >= 90  # room for more than one tick at 1024×700 in Arabic's taller font


def test_closing_the_window_asks_before_it_stops_a_running_server(qtbot, served_window):
    import socket

    win = served_window
    page = win.pages["serve"]
    win.show_page("serve")
    page.port.setValue(0)
    page.start_btn.click()
    qtbot.waitUntil(lambda: page.serving is not None, timeout=120_000)
    serving = page.serving
    seen = {}
    _answer_modal(None, seen)  # Enter: the default, Cancel
    win.close()
    assert seen["text"] and serving.url in seen["text"].replace("\u2066", "").replace("\u2069", "")
    assert win.isVisible() and page.serving is serving
    with socket.create_connection(("127.0.0.1", serving.port), timeout=5):
        pass  # still serving
    _answer_modal("Stop the server and close", seen)
    win.close()
    assert not win.isVisible()
    with socket.socket() as s:
        s.settimeout(2)
        assert s.connect_ex(("127.0.0.1", serving.port)) != 0


def test_the_audit_page_says_a_bound_where_the_evidence_gives_only_a_bound(qtbot, window):
    """The Audit page words the first bad record as the verifier does: exact where the evidence
    names it, a bound where it only bounds it (it said "first bad record 0" for a rewrite that the
    kept checkpoint bounds to 0..41), in the interface language's digits."""
    from appliance.audit.verify import Finding, VerifyResult

    page = window.pages["audit"]
    bounded = VerifyResult(findings=[Finding(0, "rewritten", "r", exact=False, end=41)], size=44)
    page._pkg_verdict_for = (bounded, [])
    page.show_package_verdict()
    text = page.banner.text()
    assert "at or after 0 and at or before 41" in text and "first bad record 0." not in text, text
    page._pkg_verdict_for = (VerifyResult(findings=[Finding(7, "modified", "m")], size=44), [])
    page.show_package_verdict()
    assert "first bad record 7." in page.banner.text()
    page._pkg_verdict_for = (VerifyResult(findings=[Finding(None, "head", "h")], size=44), [])
    page.show_package_verdict()
    assert "the signed head in the log's state" in page.banner.text()
    _switch(qtbot, "ar")
    page._pkg_verdict_for = (bounded, [])
    page.show_package_verdict()
    text = page.banner.text().split("\n")[0]
    assert "٤١" in text and not ASCII_DIGIT.search(text), text
