"""The Documents page and the Playground's "Use documents" (issue 31), offscreen over a copy of the
served workspace (tiny Llama and Mistral, verified f16 exports), chunks measured by the tiny
Llama's tokenizer so the built-in model is never unpacked: a collection created from the page's
dialog, a Markdown and an HTML file imported through the page in a worker process, a changed file
becoming version 2, the search preview ranking the right document first (and saying why a Tamil
question has no sources), a document removed after the destructive confirmation, and a grounded
Playground answer showing its numbered sources, each opening its chunk's text."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import test_gui
from conftest import PASSPHRASE

pytest.importorskip("PySide6")
gui_config = test_gui.gui_config

ROOT = Path(__file__).resolve().parent.parent
WAIT_MS = 60_000
FEES = """# Fees circular

## 1. Certificates
A certified copy of a birth certificate costs 18 credits. A copy of a death certificate costs 18 credits.

## 2. Other services
Express same-hour service adds 12 credits.
"""
HOURS = """<html><head><title>Opening hours</title><script>var leaked = "SCRIPTSECRET-991";</script></head>
<body><h1>Opening hours</h1><p>The counters open Monday to Friday from 08:30 to 15:30.</p>
<h2>Helpline</h2><p>The helpline 1577 answers on weekdays from 09:00 to 13:00.</p></body></html>"""


def plain(text: str) -> str:
    return re.sub("[\u2066-\u2069\u200f]", "", text)


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "fees.md").write_text(FEES, encoding="utf-8")
    (folder / "hours.html").write_text(HOURS, encoding="utf-8")
    return folder


def _window(qtbot, root):
    from appliance import workspace
    from appliance.security.vault import Vault
    from gui.app import create

    _app, w = create(root, "en")
    qtbot.addWidget(w)
    w.state.set_keys(workspace.unlock(Vault(w.state.catalog), PASSPHRASE, method="gui"))
    w.resize(1280, 820)
    w.show()
    return w


@pytest.fixture
def win(qtbot, served_home, tmp_path):
    from gui.i18n import apply_language

    root = tmp_path / "home"
    shutil.copytree(served_home, root)
    w = _window(qtbot, root)
    w.show_page("documents")
    yield w
    w.pages["playground"].shutdown()
    apply_language("en")
    w.state.wait_all()


def _idle(qtbot, w) -> None:
    qtbot.waitUntil(lambda: not w.state.jobs, timeout=WAIT_MS)


def _in_next_dialog(fn):
    """Run ``fn(dialog)`` on the next modal dialog once it is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def look():
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, look)
            return
        fn(dlg)

    QTimer.singleShot(0, look)


def _cells(t, col: int) -> list[str]:
    return [plain(t.item(r, col).text()) for r in range(t.rowCount())]


def test_collection_import_versions_search_and_removal(qtbot, win, files, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from appliance.audit.log import AuditLog

    page = win.pages["documents"]
    assert page.cols.rowCount() == 0

    # New collection… : the dialog's values reach create_collection (tokens of the tiny Llama).
    def fill_dialog(dlg):
        dlg.name.setText("circulars")
        dlg.tokenizer.setCurrentIndex(dlg.tokenizer.findData("tiny-llama"))
        dlg.chunk_tokens.setValue(64)
        dlg.overlap.setValue(8)
        dlg.accept()

    _in_next_dialog(fill_dialog)
    page.new_btn.click()
    _idle(qtbot, win)
    assert _cells(page.cols, 0) == ["circulars"] and page.current_collection()["chunk_tokens"] == 64
    assert "Created collection circulars." in win.messages.text.text()

    # Import files… : both files through the worker process; each file's result in the info line.
    paths = [str(files / "fees.md"), str(files / "hours.html")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (paths, "")))
    page.import_btn.click()
    assert not page.import_btn.isEnabled() and page.import_progress.isVisible()  # one job per button
    _idle(qtbot, win)
    assert page.import_btn.isEnabled()
    said = plain(win.messages.text.text())
    assert "fees.md: fees version 1" in said and "hours.html: hours version 1" in said, said
    assert _cells(page.docs, 0) == ["fees", "hours"]
    assert _cells(page.docs, 2) == ["Markdown", "HTML"] and _cells(page.docs, 6) == ["fees.md", "hours.html"]
    assert _cells(page.cols, 1) == ["2"]

    # A changed file is version 2; the superseded one shows on request; Versions lists both.
    changed = tmp_path / "fees.md"
    changed.write_text(FEES.replace("18 credits. A copy", "22 credits. A copy"), encoding="utf-8")
    page.import_files([str(changed)])
    _idle(qtbot, win)
    assert "replaces the previous one" in win.messages.text.text()
    assert _cells(page.docs, 1) == ["2", "1"]
    page.show_all.setChecked(True)
    assert _cells(page.docs, 1) == ["1 (superseded)", "2", "1"]
    page.docs.setCurrentCell(1, 0)
    page.versions_btn.click()
    assert page.versions_dialog.isVisible() and _cells(page.versions_dialog.table, 1) == ["superseded", "current"]
    page.versions_dialog.close()
    page.show_all.setChecked(False)

    # The search preview: the current fees version first; a Tamil question gets no sources.
    page.query.setText("How much is a copy of a birth certificate?")
    page.search_btn.click()
    _idle(qtbot, win)
    hits = page._retrieval.hits
    assert hits[0].document == "fees" and hits[0].version == 2 and "22 credits" in hits[0].text
    shown = page.results.toPlainText()
    assert shown.startswith("[1] fees version 2") and "22 credits" in shown and not page.notice.isVisible()
    assert all("SCRIPTSECRET" not in h.text for h in hits)
    page.query.setText("திருமணப் பதிவுக்கு எத்தனை சாட்சிகள் தேவை?")
    page.search_btn.click()
    _idle(qtbot, win)
    assert page.notice.isVisible() and "script" in page.notice.text() and not page.results.toPlainText()

    # Remove document… asks first (No is the default), then crypto-erases every version.
    page.docs.setCurrentCell(0, 0)
    seen = {}

    def answer(box):
        seen["text"], seen["default"] = box.text(), box.defaultButton().text().replace("&", "")
        box.button(QMessageBox.Yes).click()

    _in_next_dialog(answer)
    page.remove_btn.click()
    _idle(qtbot, win)
    assert "crypto-erased" in seen["text"] and "cannot be undone" in seen["text"]
    assert seen["default"] == "No"
    assert _cells(page.docs, 0) == ["hours"]
    assert "Removed fees (2 version(s))" in win.messages.text.text()
    log = AuditLog(win.state.catalog)
    actions = [r["action"] for r in log.verify(audit_private=log.audit_private_key(win.state.keys)).decrypted]
    assert {"docs.collection-create", "docs.import", "docs.retrieve", "docs.remove"} <= set(actions)

    # Locking drops the decrypted results; an import while locked asks to unlock.
    page.query.setText("helpline")
    page.search_btn.click()
    _idle(qtbot, win)
    assert "1577" in page.results.toPlainText()
    win.state.lock()
    assert not page.results.toPlainText() and page._retrieval is None
    page.import_files([str(files / "fees.md")])
    assert "Unlock the workspace first" in win.messages.text.text() and not win.state.jobs


def test_the_playground_answers_from_documents_with_sources(qtbot, win, files):
    from appliance.knowledge.store import DocStore
    from appliance.serving.conversations import ConversationStore

    store = DocStore(win.state.home, win.state.catalog, win.state.keys)
    store.create_collection("circulars", tokenizer_model="tiny-llama", chunk_tokens=64, overlap=8)
    store.import_files("circulars", [files / "fees.md", files / "hours.html"])
    pg = win.pages["playground"]
    win.show_page("playground")
    pg.refresh()
    assert pg.collection.currentText() == "circulars"
    first, second = pg.panes
    first.model.setCurrentIndex(next(i for i in range(first.model.count()) if "tiny-llama" in first.model.itemText(i)))
    second.model.setCurrentIndex(0)  # "(no model)": one pane is enough here
    pg.use_docs.setChecked(True)
    pg.temperature.setValue(0.0)
    pg.max_tokens.setValue(16)
    pg.input.setText("When does the helpline answer?")
    pg.send_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs and len(first.history) == 2, timeout=WAIT_MS)
    answer = first.history[-1]
    assert answer["role"] == "assistant" and answer["sources"], answer
    assert answer["sources"][0]["document"] == "hours" and "1577" in answer["sources"][0]["text"]
    text = first.view.toPlainText()
    assert "Sources" in text and "[1] hours v1, Opening hours › Helpline" in text
    # A source's link opens its chunk's text.
    from PySide6.QtCore import QUrl

    first.view.anchorClicked.emit(QUrl("source:1:0"))
    dlg = first.source_dialog
    assert dlg.isVisible() and "1577" in dlg.text.toPlainText() and dlg.windowTitle().startswith("[1] hours v1")
    dlg.close()
    # A cited source is bold; an answer without sources says why.
    cited = pg.panes[0].sources.html([dict(answer["sources"][0], cited=True)], None, 1)
    assert "<b>[1] hours v1" in cited
    assert "holds no text in the question" in first.sources.html([], "script_not_in_collection", 1)
    # The retrieval is audited with purpose "playground"; the saved conversation keeps the sources.
    qtbot.waitUntil(lambda: bool(pg.conversation_id), timeout=20_000)
    doc = ConversationStore(win.state.home, win.state.catalog, win.state.keys).load(pg.conversation_id)
    assert doc["panes"][0]["messages"][-1]["sources"][0]["document"] == "hours"
    from appliance.audit.log import AuditLog

    log = AuditLog(win.state.catalog)
    records = log.verify(audit_private=log.audit_private_key(win.state.keys)).decrypted
    assert [r for r in records if r["action"] == "docs.retrieve" and r["params"].get("purpose") == "playground"]


HINDI = """# गवाहों के नियम

विवाह पंजीकरण के लिए इक्कीस वर्ष से अधिक आयु के दो गवाह आवश्यक हैं। गवाहों के पास वैध पहचान पत्र होना चाहिए।
"""


@pytest.mark.skipif(not os.environ.get("APPLIANCE_SCREENSHOT"), reason="set APPLIANCE_SCREENSHOT=1 to remake them")
def test_screenshots(qtbot, win, files):
    """docs/screenshots/documents.png and documents-hi.png: three documents (one in Hindi) and a
    search preview, the whole page in view."""
    from appliance.knowledge.store import DocStore
    from gui.i18n import apply_language

    (files / "witnesses-hi.md").write_text(HINDI, encoding="utf-8")
    store = DocStore(win.state.home, win.state.catalog, win.state.keys)
    store.create_collection("circulars", tokenizer_model="tiny-llama", chunk_tokens=160, overlap=16)
    store.import_files("circulars", [files / "fees.md", files / "hours.html", files / "witnesses-hi.md"])
    page = win.pages["documents"]
    for lang, name, query in (
        ("en", "documents.png", "How much is a copy of a birth certificate?"),
        ("hi", "documents-hi.png", "विवाह के लिए कितने गवाह चाहिए?"),
    ):
        apply_language(lang)
        page.refresh()
        page.docs.setCurrentCell(0, 0)
        page.k.setValue(3)
        page.query.setText(query)
        page.search_btn.click()
        _idle(qtbot, win)
        win.messages.hide()
        win.resize(1280, 2000)
        qtbot.wait(200)
        scroll = win.stack.currentWidget()
        # The whole page and every result in view, and no empty space under them.
        spare = page.results.viewport().height() - page.results.document().size().height() - 16
        needed = page.search_box.geometry().bottom() + 12 - max(0, int(spare))
        win.resize(1280, needed + win.height() - scroll.viewport().height())
        qtbot.wait(300)
        win.statusBar().clearMessage()  # the test's home path says nothing in the docs
        assert win.grab().save(str(ROOT / "docs" / "screenshots" / name))
