"""The Serve page, offscreen, over a real workspace: it starts the real server (llama.cpp's
server behind our API) on a verified tiny export, the official ``openai`` client asks it with the
URL and token the page copied, the request appears in the page's table, Stop and closing the
window close the port; the token is copied only after a warning, never shown; the core's errors
(nothing ticked, port in use) land in the message panel."""

from __future__ import annotations

import re
import socket

import pytest
import test_gui

# The GUI tests' fixtures: a window over a fresh workspace, and a private Qt settings folder.
window, gui_config = test_gui.window, test_gui.gui_config

pytest.importorskip("PySide6")

ISOLATES = "\u2066\u2069"


def _plain(text: str) -> str:
    return text.strip(ISOLATES)


def _export_tiny(window, tiny_dirs) -> str:
    """A verified f16 export of the tiny Llama in the window's workspace (as `served_home` makes
    them); returns its id."""
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    state = window.state
    ModelStore(state.home, state.catalog).import_path(tiny_dirs["llama"], name="tiny")
    row, _report = Exporter(state.home, state.catalog).export("tiny", "f16")
    state.changed.emit()
    return row["id"]


def _answer_dialog(qtbot, button_text: str | None, seen: dict) -> None:
    """When the page's warning opens: note what it shows, then click ``button_text`` (or press
    Enter, which takes the default button, when None)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text() + box.windowTitle()
        seen["default"] = box.standardButton(box.defaultButton())
        if button_text is None:
            QTest.keyClick(box, Qt.Key_Return)
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _visible_texts(page) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit

    return "\n".join(w.text() for w in page.findChildren(QLabel) + page.findChildren(QLineEdit))


def test_serve_page_starts_the_server_answers_lists_the_request_and_stops(qtbot, window, tiny_dirs):
    import openai
    from PySide6.QtWidgets import QApplication

    export_id = _export_tiny(window, tiny_dirs)
    page = window.pages["serve"]
    window.show_page("serve")
    assert page.chosen() == [export_id]  # the newest verified export is ticked

    # A port another program holds: the core's error in the panel, the page ready to start again.
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        busy = blocker.getsockname()[1]
        page.port.setValue(busy)
        page.start_btn.click()
        assert not page.start_btn.isEnabled()
        qtbot.waitUntil(lambda: not page.jobs, timeout=120_000)
    assert window.messages.level == "error"
    assert f"could not start on 127.0.0.1:{busy}" in window.messages.text.text()
    assert page.start_btn.isEnabled() and page.serving is None

    page.port.setValue(0)  # any free port
    page.start_btn.click()
    # The click returns at once: the start runs as a job while the window keeps going.
    assert page.serving is None and page.status.text().startswith("Starting…")
    qtbot.waitUntil(lambda: page.serving is not None, timeout=120_000)
    assert page.stop_btn.isEnabled() and not page.start_btn.isEnabled() and not page.exports.isEnabled()
    url = _plain(page.url.text())
    port = int(re.fullmatch(r"http://127\.0\.0\.1:(\d+)/v1", url).group(1))
    assert page.names.text() == "tiny"
    assert window.messages.level == "success" and url in window.messages.text.text()
    page.copy_url_btn.click()
    base_url = QApplication.clipboard().text()
    assert base_url == url

    seen = {}
    _answer_dialog(qtbot, "Copy token", seen)
    page.copy_token_btn.click()
    token = QApplication.clipboard().text()
    assert token.startswith("apl-") and token not in seen["text"]
    assert token not in _visible_texts(page)

    client = openai.OpenAI(base_url=base_url, api_key=token, max_retries=0, timeout=120)
    answer = client.chat.completions.create(
        model="tiny", max_tokens=4, temperature=0, messages=[{"role": "user", "content": "Hi"}]
    )
    assert answer.usage.completion_tokens >= 1
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nope", max_tokens=4, messages=[{"role": "user", "content": "Hi"}])

    # Both requests, newest first, as the page's timer reads them from the running server.
    qtbot.waitUntil(lambda: page.requests.rowCount() == 2, timeout=10_000)
    assert [page.requests.item(0, c).text() for c in (1, 3)] == ["nope", "404"]
    assert "not served here" in page.requests.item(0, 3).toolTip()
    row = [page.requests.item(1, c).text() for c in range(6)]
    assert re.fullmatch(r"\d\d:\d\d:\d\d", row[0])
    assert row[1:4] == ["tiny", "\u2066/v1/chat/completions\u2069", "200"]
    assert row[4] == f"{answer.usage.prompt_tokens} / {answer.usage.completion_tokens}"
    assert float(row[5]) > 0

    serving = page.serving
    page.stop_btn.click()
    qtbot.waitUntil(lambda: page.serving is None and not page.jobs, timeout=60_000)
    assert not _port_open(port)
    assert not any(b.alive() for b in serving.backends)
    assert page.start_btn.isEnabled() and _plain(page.url.text()) == "—"
    assert page.requests.rowCount() == 2  # the last session's requests stay until the next start

    # Closing the window stops a running server (once the user confirms it: issue 25, item 27).
    page.start_btn.click()
    qtbot.waitUntil(lambda: page.serving is not None, timeout=120_000)
    serving = page.serving
    assert _port_open(serving.port) and page.requests.rowCount() == 0
    _answer_dialog(qtbot, "Stop the server and close", {})
    window.close()
    assert not _port_open(serving.port)
    assert not any(b.alive() for b in serving.backends)


def test_copying_the_token_asks_first_and_copies_nothing_when_declined(qtbot, window):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from appliance.serving.token import get_or_create_token

    page = window.pages["serve"]
    window.show_page("serve")
    QApplication.clipboard().setText("what was there before")

    seen = {}
    _answer_dialog(qtbot, None, seen)  # Enter: the default button
    page.copy_token_btn.click()
    assert seen["default"] == QMessageBox.Cancel
    assert "token" in seen["text"]
    assert QApplication.clipboard().text() == "what was there before"

    _answer_dialog(qtbot, "Copy token", seen)
    page.copy_token_btn.click()
    token = get_or_create_token(window.state.home)
    assert QApplication.clipboard().text() == token
    assert token not in seen["text"] and token not in _visible_texts(page)


def test_starting_with_no_export_ticked_shows_the_cores_message(qtbot, window):
    page = window.pages["serve"]
    window.show_page("serve")
    assert page.chosen() == [] and page.exports.count() == 0
    page.start_btn.click()
    qtbot.waitUntil(lambda: not page.jobs and page.start_btn.isEnabled(), timeout=30_000)
    assert window.messages.level == "error"
    assert window.messages.text.text().startswith("Nothing to serve.")
    assert page.serving is None and page.status.text() == "Not running."
