"""The Playground as a studio (issue 18, D8 and feature 2), offscreen over a copy of a workspace with
two verified exports: system prompt, temperature and token limit reach both models, answers say
their speed and when they were cut, Stop halts both panes, conversations are saved encrypted,
listed, reopened and deleted."""

from __future__ import annotations

import pytest
import test_gui

pytest.importorskip("PySide6")
gui_config, served_window = test_gui.gui_config, test_gui.served_window


def _backends() -> set[int]:
    """The llama-server processes this test process started (children and their children)."""
    import psutil

    out = set()
    for c in psutil.Process().children(recursive=True):
        try:
            if c.name() == "llama-server" and c.status() != psutil.STATUS_ZOMBIE:
                out.add(c.pid)
        except psutil.Error:
            pass
    return out


def _panes_ready(pg):
    names = [p.model.currentText() for p in pg.panes]
    assert all(p.model.currentData() for p in pg.panes), names
    return names


def test_markdown_answers_render_and_cannot_inject_markup():
    from PySide6.QtWidgets import QApplication

    from gui.pages.playground import markdown_html

    QApplication.instance() or QApplication([])
    out = markdown_html("**bold**\n\n- one\n- two\n\n```\nx = 1\n```\n\n<img src=x onerror=alert(1)>")
    assert "font-weight:700" in out and "<li" in out and "<pre" in out
    assert "<img" not in out and "&lt;img" in out


def test_settings_reach_both_panes_answers_show_speed_and_are_saved_encrypted(qtbot, served_window):
    from appliance.serving.conversations import ConversationStore

    win = served_window
    pg = win.pages["playground"]
    win.show_page("playground")
    pg.refresh()
    _panes_ready(pg)
    assert pg.saved.count() == 0
    pg.system.setText("Answer in one word.")
    pg.temperature.setValue(0.0)
    pg.max_tokens.setValue(16)
    pg.input.setText("Where is office 3?")
    pg.send_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs and all(len(p.history) == 2 for p in pg.panes), timeout=120_000)
    for pane in pg.panes:
        answer = pane.history[-1]
        assert answer["role"] == "assistant" and answer["stats"]["tokens"] <= 16
        assert "First token after" in pane.stats.text() and "tokens" in pane.stats.text()
        assert pane.stats.text().endswith("on the CPU")  # where llama-server runs the model
        cut = answer["stats"]["finish_reason"] == "length"
        assert ("Cut at" in pane.view.toPlainText()) == cut  # a cut answer says so, a whole one does not

    qtbot.waitUntil(lambda: pg.saved.count() == 1 and bool(pg.conversation_id), timeout=20_000)
    assert pg.saved.item(0).text().startswith("Where is office 3?")
    store = ConversationStore(win.state.home, win.state.catalog, win.state.keys)
    doc = store.load(pg.conversation_id)
    assert doc["settings"] == {"system": "Answer in one word.", "temperature": 0.0, "max_tokens": 16}
    assert [len(p["messages"]) for p in doc["panes"]] == [2, 2]
    sealed = (win.state.home.root / "conversations" / f"{pg.conversation_id}.sealed").read_bytes()
    assert b"office 3" not in sealed
    # One llama-server per pane, started once and kept warm across turns.
    warm = {p.session.backend.pid for p in pg.panes}
    assert len(warm) == 2 and warm <= _backends()

    # A second exchange updates the same conversation; a new one starts another.
    first = pg.conversation_id
    pg.input.setText("And office 4?")
    pg.send_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs and all(len(p.history) == 4 for p in pg.panes), timeout=120_000)
    qtbot.waitUntil(lambda: store.load(first)["panes"][0]["messages"][-2]["content"] == "And office 4?", timeout=20_000)
    assert pg.saved.count() == 1
    assert {p.session.backend.pid for p in pg.panes} == warm  # the same processes answered
    # Each model the panes loaded is one audited chat, as for the CLI.
    pg.reset()
    assert all(not p.history for p in pg.panes) and pg.conversation_id is None

    # Reopen: histories, settings and models come back.
    pg.system.setText("")
    pg.saved.setCurrentRow(0)
    pg.open_btn.click()
    assert pg.conversation_id == first and pg.system.text() == "Answer in one word."
    assert [len(p.history) for p in pg.panes] == [4, 4] and "office 4" in pg.panes[1].view.toPlainText()
    # Closing the window stops the models' servers: nothing is left running.
    win.close()
    assert win.state.closed and not warm & _backends()


def test_stop_halts_both_panes_and_marks_the_cut_answer(qtbot, served_window):
    win = served_window
    pg = win.pages["playground"]
    win.show_page("playground")
    pg.refresh()
    _panes_ready(pg)
    pg.max_tokens.setValue(4000)
    pg.temperature.setValue(1.0)
    pg.input.setText("Tell me a long story.")
    pg.send_btn.click()
    first, second = pg.panes
    qtbot.waitUntil(lambda: len(first.current) > 0, timeout=60_000)
    pg.stop_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs, timeout=60_000)
    qtbot.wait(300)
    assert not pg.jobs  # the second pane did not start after the first was stopped
    assert first.history[-1]["role"] == "assistant" and first.history[-1]["stats"]["stopped"]
    assert "Stopped." in first.view.toPlainText()
    # Its question stays, marked unanswered: both panes keep the same turns (issue 25, item 22).
    assert [m["role"] for m in second.history] == ["user", "assistant"] and second.current == ""
    assert second.history[-1]["stats"]["not_started"]
    # The next message goes to both panes again.
    pg.max_tokens.setValue(8)
    pg.input.setText("Short, please.")
    pg.send_btn.click()
    qtbot.waitUntil(
        lambda: not pg.jobs and second.history and second.history[-1]["role"] == "assistant", timeout=120_000
    )
    assert [m["role"] for m in second.history] == ["user", "assistant"] * 2


def test_deleting_a_saved_conversation_asks_then_crypto_erases_it(qtbot, served_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from appliance.serving.conversations import ConversationStore

    win = served_window
    pg = win.pages["playground"]
    store = ConversationStore(win.state.home, win.state.catalog, win.state.keys)
    cid = store.save({"panes": [{"export_id": None, "model": "", "messages": [{"role": "user", "content": "hi"}]}]})[
        "id"
    ]
    win.show_page("playground")
    pg.refresh()
    assert pg.saved.count() == 1
    pg.saved.setCurrentRow(0)
    seen = {}

    def answer(button):
        box = QApplication.activeModalWidget()
        seen["default"] = box.standardButton(box.defaultButton())
        box.button(button).click()

    QTimer.singleShot(200, lambda: answer(QMessageBox.No))
    pg.delete_btn.click()
    assert seen["default"] == QMessageBox.No and pg.saved.count() == 1
    QTimer.singleShot(200, lambda: answer(QMessageBox.Yes))
    pg.delete_btn.click()
    qtbot.waitUntil(lambda: pg.saved.count() == 0, timeout=20_000)
    assert store.list() == [] and not (win.state.home.root / "conversations" / f"{cid}.sealed").exists()

    # Locked: nothing is listed or saved, and the list says why.
    win.state.lock()
    pg.refresh()
    assert not pg.saved.isEnabled() and "Unlock" in pg.saved.item(0).text()
