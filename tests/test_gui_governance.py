"""The governance pages (issue 32), offscreen over real workspaces: people made through the core
(alice admin, bob approver, olga operator; real Argon2id keys at the test parameters), signing in
and out on the Workspace page, the operator's promotion of the tiny Llama (its verified f16 export,
evaluated through llama.cpp by the real gate) waiting for approval on the Evaluate page's Model
lines tab, the approver's signed decision on the Approvals page, the operator's second promotion
going through; the People page's own operations and the core's refusal of an operator's role
change; "Give this workspace people"; the Export page's model card; the Datasets page's
personal-data report."""

from __future__ import annotations

import json
import re
import shutil

import pytest
import test_gui
from conftest import PASSPHRASE

pytest.importorskip("PySide6")
gui_config = test_gui.gui_config

WAIT_MS = 60_000
BOB, OLGA = "bob's long passphrase", "olga's long passphrase"
SUITE = '[suite]\nname = "s"\n[[case]]\nid = "a"\nprompt = "q"\nscorer = { type = "exact", expected = "a" }\n'


def plain(text: str) -> str:
    return re.sub("[\u2066-\u2069\u200f]", "", text)


@pytest.fixture(autouse=True)
def nobody_acts_after_the_test():
    """A person signed in by a test's window does not act in the next test (the window's sign-in
    is process state: ``roles.set_person``)."""
    yield
    from appliance.audit import roles

    roles.forget_inherited()


def _catalog(home):
    from appliance.catalog import Catalog

    return Catalog.open(home)


@pytest.fixture
def gov_home(served_home, tmp_path):
    """A copy of the served workspace (tiny Llama and Mistral, verified f16 exports) with people:
    alice (admin, the workspace passphrase), bob (approver), olga (operator), and a line ``x``
    whose gate any model passes."""
    from appliance.audit import people, roles
    from appliance.eval.lines import Lines
    from appliance.home import Home

    root = tmp_path / "home"
    shutil.copytree(served_home, root)
    home = Home.open(root)
    suite, recipe = tmp_path / "s.toml", tmp_path / "r.toml"
    suite.write_text(SUITE)
    recipe.write_text('[run]\nbase_model = "tiny-llama"\n')
    with _catalog(home) as cat:
        alice = people.init(cat, PASSPHRASE, "alice")
        people.add(cat, alice, "bob", "approver", BOB)
        people.add(cat, alice, "olga", "operator", OLGA)
        Lines(home, cat, alice.mk).create_from_recipe("x", recipe, suites=[str(suite)], gate={"min_pass_rate": 0.0})
        alice.forget()
    roles.set_person(None)  # the window signs its own people in
    return home


@pytest.fixture
def win(qtbot, gov_home):
    from gui.app import create
    from gui.i18n import apply_language

    _app, w = create(gov_home.root, "en")
    qtbot.addWidget(w)
    w.resize(1280, 820)
    w.show()
    yield w
    apply_language("en")
    w.state.wait_all()


def _idle(qtbot, w) -> None:
    qtbot.waitUntil(lambda: not w.state.jobs, timeout=WAIT_MS)


def sign_in(qtbot, w, name: str, passphrase: str) -> None:
    page = w.pages["workspace"]
    w.show_page("workspace")
    assert page.person.isVisible() and page.unlock_btn.text() == "Sign in"
    page.person.setCurrentIndex(page.person.findData(name))
    page.passphrase.setText(passphrase)
    page.unlock_btn.click()
    qtbot.waitUntil(lambda: w.state.person is not None and w.state.person["name"] == name, timeout=WAIT_MS)
    _idle(qtbot, w)


def sign_out(qtbot, w) -> None:
    w.show_page("workspace")
    w.pages["workspace"].lock_btn.click()
    qtbot.waitUntil(lambda: not w.state.unlocked, timeout=WAIT_MS)
    _idle(qtbot, w)
    assert w.state.person is None and w.lock_label.text() == "Locked"


def _answer_next_box(clicked: str, seen: dict | None = None):
    """In the next modal message box: note its text, then click the button ``clicked``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.setdefault("texts", []).append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == clicked).click()

    QTimer.singleShot(0, answer)


def _promote(qtbot, w) -> None:
    tab = w.pages["evaluate"].lines
    w.show_page("evaluate")
    w.pages["evaluate"].tabs.setCurrentIndex(1)
    tab.refresh()
    tab.line.setCurrentIndex(tab.line.findData("x"))
    tab.model.setCurrentIndex(tab.model.findData("tiny-llama"))
    tab.promote_btn.click()
    _idle(qtbot, w)


def test_the_operators_promotion_waits_for_the_approver_who_approves_on_the_approvals_page(qtbot, win, gov_home):
    from appliance.audit import approvals
    from appliance.audit.log import AuditLog
    from appliance.audit.people import People
    from appliance.eval.lines import Lines

    # The operator signs in (the chooser beside the passphrase) and asks for production.
    sign_in(qtbot, win, "olga", OLGA)
    assert plain(win.lock_label.text()) == "Signed in as olga (operator)"
    assert "Signed in as olga (operator)" in plain(win.pages["workspace"].status.text())
    _promote(qtbot, win)
    said = plain(win.messages.text.text())
    [request] = approvals.list_requests(win.state.catalog)
    assert said.startswith(f"Waiting for approval: request {request['id']} ") and "Approvals page" in said, said
    tab = win.pages["evaluate"].lines
    assert tab.waiting_note.isVisible() and request["id"] in plain(tab.waiting_note.text())
    assert win.messages.level == "info" and request["status"] == "pending"
    assert Lines(gov_home, win.state.catalog).get("x")["channels"] == {}
    sign_out(qtbot, win)

    # The approver signs in and finds it on the Approvals page, pending first, with its binding.
    sign_in(qtbot, win, "bob", BOB)
    page = win.pages["approvals"]
    win.show_page("approvals")
    assert page.table.rowCount() == 1 and request["id"] in plain(page.details.toPlainText())
    assert page.table.item(0, 0).text() == "pending" and page.table.item(0, 3).text() == "olga"
    details = plain(page.details.toPlainText())
    assert "line.promote" in details and request["binding"]["model_sha256"] in details
    assert "line.promote" in plain(page.policy.text()) and "72" in plain(page.policy.text())
    # A wrong passphrase signs nothing; the right one approves, with the note.
    page.passphrase.setText("not bob's passphrase at all")
    page.approve_btn.click()
    _idle(qtbot, win)
    assert win.messages.level == "error" and "Wrong passphrase for bob" in win.messages.text.text()
    page.note.setText("read the gate's report")
    page.passphrase.setText(BOB)
    page.approve_btn.click()
    _idle(qtbot, win)
    assert plain(win.messages.text.text()) == f"Request {request['id']} is approved.", win.messages.text.text()
    assert page.table.item(0, 0).text() == "approved" and "Decided by bob" in plain(page.details.toPlainText())
    sign_out(qtbot, win)

    # The operator's second promotion goes through, once, with the approval named in its record.
    sign_in(qtbot, win, "olga", OLGA)
    _promote(qtbot, win)
    assert plain(win.messages.text.text()) == "tiny-llama is now x@production.", win.messages.text.text()
    line = Lines(gov_home, win.state.catalog).get("x")
    assert line["channels"]["production"]["model_id"] == win.state.catalog.get_model("tiny-llama")["id"]
    assert [r["status"] for r in approvals.list_requests(win.state.catalog)] == ["used"]
    alice = People(win.state.catalog).open("alice", PASSPHRASE)
    log = AuditLog(win.state.catalog)
    res = log.verify(audit_private=log.audit_private_key(alice.mk))
    alice.forget()
    assert res.ok, [str(f) for f in res.findings]
    promoted = [r for r in res.decrypted if r["action"] == "line.promote" and r["outcome"] == "ok"]
    assert promoted[-1]["actor"]["person"] == "olga" and promoted[-1]["outputs"]["approval"]["id"] == request["id"]
    decided = [r for r in res.decrypted if r["action"] == "approval.decide" and r["outcome"] == "ok"]
    assert decided[-1]["actor"]["person"] == "bob"


def test_the_people_page_adds_changes_removes_and_refuses_an_operators_role_change(qtbot, win, gov_home):
    from appliance.audit.people import People

    page = win.pages["people"]
    # The operator tries to make herself admin: the core refuses, the page says so, nothing changes.
    sign_in(qtbot, win, "olga", OLGA)
    win.show_page("people")
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == ["alice", "bob", "olga"]
    assert page.admin_note.isVisible() and "you are operator" in page.admin_note.text()
    page.table.setCurrentCell(names.index("olga"), 0)
    page.row_role.setCurrentIndex(page.row_role.findData("admin"))
    page.role_btn.click()
    _idle(qtbot, win)
    assert win.messages.level == "error"
    assert "olga (operator) may not do people.role; nothing was changed." in win.messages.text.text()
    assert People(win.state.catalog).row("olga")["role"] == "operator"
    assert page.table.item(names.index("olga"), 1).text() == "operator"
    sign_out(qtbot, win)

    # The admin adds a person (their passphrase twice, then her own), changes the role, removes them.
    sign_in(qtbot, win, "alice", PASSPHRASE)
    win.show_page("people")
    assert not page.admin_note.isVisible()
    page.add_name.setText("dev")
    page.add_role.setCurrentIndex(page.add_role.findData("auditor"))
    page.add_pass.setText("dev's long passphrase")
    page.add_pass2.setText("dev's long passphrase")
    page.admin_pass.setText(PASSPHRASE)
    page.add_btn.click()
    _idle(qtbot, win)
    assert plain(win.messages.text.text()) == "Added dev (auditor).", win.messages.text.text()
    names = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names == ["alice", "bob", "olga", "dev"]
    page.table.setCurrentCell(3, 0)
    page.row_role.setCurrentIndex(page.row_role.findData("approver"))
    page.role_btn.click()
    _idle(qtbot, win)
    assert plain(win.messages.text.text()) == "dev is now approver."
    assert People(win.state.catalog).row("dev")["role"] == "approver"
    old_mk = win.state.keys.mk_id
    seen: dict = {}
    _answer_next_box("Yes", seen)  # the destructive confirmation (No is its default)
    _answer_next_box_then_passphrase(seen)
    page.table.setCurrentCell(3, 0)
    page.remove_btn.click()
    _idle(qtbot, win)
    assert "Remove dev?" in plain(seen["texts"][0]) and "Rotate the master key now" in plain(seen["texts"][1])
    assert People(win.state.catalog).row("dev")["status"] == "removed"
    assert "New master key; " in win.messages.text.text() and win.state.keys.mk_id != old_mk
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["alice", "bob", "olga"]
    page.show_removed.setChecked(True)
    assert page.table.item(3, 2).text() == "removed"
    # The session goes on with the new master key: a decryption that needs it still works.
    from appliance.audit.log import AuditLog

    log = AuditLog(win.state.catalog)
    assert log.verify(audit_private=log.audit_private_key(win.state.keys)).ok


def _answer_next_box_then_passphrase(seen: dict) -> None:
    """After the confirmation: "Rotate now" in the rotation question, then alice's passphrase."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    def question():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or "Rotate" not in box.text():
            QTimer.singleShot(20, question)
            return
        seen["texts"].append(box.text())
        next(b for b in box.buttons() if b.text() == "Rotate now").click()
        QTimer.singleShot(0, passphrase)

    def passphrase():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QInputDialog):
            QTimer.singleShot(20, passphrase)
            return
        dlg.setTextValue(PASSPHRASE)
        dlg.accept()

    QTimer.singleShot(40, question)


def test_a_workspace_without_people_gets_them_on_the_people_page(qtbot, home):
    from appliance import workspace
    from appliance.audit.people import People
    from appliance.security.vault import Vault
    from gui.app import create

    _app, w = create(home.root, "en")
    qtbot.addWidget(w)
    w.show()
    w.state.set_keys(workspace.unlock(Vault(w.state.catalog), PASSPHRASE, method="gui"))
    page = w.pages["people"]
    w.show_page("people")
    assert page.init_box.isVisible() and not page.list_box.isVisible()
    assert not w.pages["workspace"].person.isVisible()
    page.init_name.setText("asha")
    page.init_pass.setText(PASSPHRASE)
    page.init_btn.click()
    _idle(qtbot, w)
    assert w.state.person["name"] == "asha" and w.state.role() == "admin"
    assert [p["name"] for p in People(w.state.catalog).list()] == ["asha"]
    assert page.list_box.isVisible() and not page.init_box.isVisible()
    assert plain(w.lock_label.text()) == "Signed in as asha (admin)"
    sign_out(qtbot, w)
    assert w.pages["workspace"].person.currentData() == "asha"  # the only person, chosen
    sign_in(qtbot, w, "asha", PASSPHRASE)
    w.state.wait_all()


def test_the_export_page_shows_a_verified_exports_model_card_and_saves_it(qtbot, tmp_path, served_home, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from appliance import workspace
    from appliance.security.vault import Vault
    from gui.app import create

    root = tmp_path / "served"
    shutil.copytree(served_home, root)
    _app, w = create(root, "en")
    qtbot.addWidget(w)
    w.show()
    w.state.set_keys(workspace.unlock(Vault(w.state.catalog), PASSPHRASE, method="gui"))
    page = w.pages["export"]
    w.show_page("export")
    page.model.setCurrentIndex(page.model.findData("tiny-llama"))
    page.tabs.setCurrentWidget(page.card)
    qtbot.waitUntil(lambda: page.card.loaded is not None, timeout=WAIT_MS)
    export = page.selected_export()
    shown = page.card.view.toPlainText()
    assert shown.startswith("Model card: ") and export["id"] in shown and "Intended use" in shown, shown[:300]
    assert page.card.save_btn.isEnabled()
    dest = tmp_path / "out" / "tiny"
    dest.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "Model card, signed JSON (*.json)"))
    )
    page.card.save_btn.click()
    _idle(qtbot, w)
    saved = dest.with_name("tiny.card.json")
    assert json.loads(saved.read_text())["export"]["id"] == export["id"]
    assert json.loads(saved.with_name("tiny.card.json.sig").read_text())["kind"] == "model-card"
    assert "with the workspace's signature tiny.card.json.sig" in plain(w.messages.text.text())
    w.state.wait_all()


def test_the_datasets_page_reports_personal_data_on_import(qtbot, home, tmp_path):
    from appliance import workspace
    from appliance.data.datasets import DatasetStore
    from appliance.security.vault import Vault
    from gui.app import create

    _app, w = create(home.root, "en")
    qtbot.addWidget(w)
    w.show()
    w.state.set_keys(workspace.unlock(Vault(w.state.catalog), PASSPHRASE, method="gui"))
    page = w.pages["datasets"]
    w.show_page("datasets")
    data = tmp_path / "faq.jsonl"
    rows = [
        ("When does the registry open?", "On weekdays from 09:00."),
        ("Who answers?", "Write to desk@registry.example.org."),
    ]
    data.write_text(
        "".join(
            json.dumps({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}) + "\n"
            for q, a in rows
        )
    )
    assert [page.pii.itemData(i) for i in range(page.pii.count())] == ["report", "mask", "refuse"]
    assert page.pii.currentData() == "report"  # the default, as the command line's
    # Masked before sealing: the report says where it was (never the value), the rows hold the placeholder.
    page.set_file(str(data))
    page.pii.setCurrentIndex(page.pii.findData("mask"))
    page.import_btn.click()
    _idle(qtbot, w)
    said = plain(page.pii_report.text())
    assert page.pii_report.isVisible() and said.startswith("Personal data: 1 e-mail address (masked)"), said
    assert "line 2 (messages[1].content: e-mail address)" in said and "@" not in said, said
    records = DatasetStore(w.state.home, w.state.catalog, w.state.keys).read_records("faq", purpose="test")
    assert "[EMAIL]" in json.dumps(records) and "desk@registry" not in json.dumps(records)
    w.state.wait_all()


def test_the_governance_pages_fit_a_1024_by_700_window_in_tamil_arabic_and_hindi(qtbot, win, gov_home, tmp_path):
    """With people and a request waiting (a dataset's plaintext export, asked for through the core),
    no governance page is wider than the room a 1024×700 window leaves it, and their words are
    the language's."""
    from gui.i18n import apply_language

    _export_request(win, gov_home, tmp_path)
    sign_in(qtbot, win, "alice", PASSPHRASE)
    win.resize(1024, 700)
    too_wide = []
    for lang in ("ta", "ar", "hi"):
        apply_language(lang)
        qtbot.wait(30)
        for key in ("workspace", "people", "approvals"):
            win.show_page(key)
            qtbot.wait(20)
            scroll = win.stack.currentWidget()
            hint = win.pages[key].minimumSizeHint().width()
            room = scroll.width() - scroll.verticalScrollBar().sizeHint().width()
            if hint > room or scroll.horizontalScrollBar().maximum() > 0:
                too_wide.append((lang, key, hint, room))
        assert win.width() <= 1024
        assert win.pages["approvals"].table.item(0, 0).text() != "pending"
        assert win.pages["people"].title() != "People" and "alice" in plain(win.lock_label.text())
    assert not too_wide, too_wide


def _export_request(win, home, tmp_path) -> dict:
    """Olga imports a dataset and asks for its plaintext export, through the core: the request."""
    from appliance.audit import approvals, people, roles
    from appliance.data.datasets import DatasetStore
    from appliance.errors import ApprovalRequired

    data = tmp_path / "d.jsonl"
    data.write_text('{"prompt": "When does the registry open?", "completion": "On weekdays from 09:00."}\n' * 2)
    olga = people.People(win.state.catalog).open("olga", OLGA)
    roles.set_person(olga.person)
    store = DatasetStore(home, win.state.catalog, olga.mk)
    store.import_file(data, name="d")
    with pytest.raises(ApprovalRequired) as exc:
        store.export("d", tmp_path / "plain.jsonl")
    olga.forget()
    roles.set_person(None)
    return next(r for r in approvals.list_requests(win.state.catalog) if r["id"] == exc.value.request_id)


def test_a_request_saved_for_offline_signing_and_its_signed_decision_imported(
    qtbot, win, gov_home, tmp_path, monkeypatch
):
    """Save request for offline signing… writes the request; bob signs it with his key file (the
    offline approver's side, as `appliance-audit approve`); Import signed decision… takes it in,
    and a forged copy is refused with the core's reason."""
    from PySide6.QtWidgets import QFileDialog

    from appliance.audit import approvals, people

    request = _export_request(win, gov_home, tmp_path)
    sign_in(qtbot, win, "olga", OLGA)
    page = win.pages["approvals"]
    win.show_page("approvals")
    assert page.approve_btn.isEnabled() and page.save_btn.isEnabled()
    saved = tmp_path / "request.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "JSON (*.json)")))
    page.save_btn.click()
    _idle(qtbot, win)
    doc = json.loads(saved.read_text())
    assert doc["id"] == request["id"] and doc["requested_by"]["name"] == "olga"
    assert f"Wrote request {request['id']} to " in plain(win.messages.text.text())
    # Bob, on another machine: his key file opens with his passphrase only; he signs the file.
    who, signing = people.open_key_file(people.People(win.state.catalog).key_file("bob"), BOB)
    decision = approvals.sign_offline(doc, who, signing, "approve", "checked the destination")
    forged, signed = tmp_path / "forged.json", tmp_path / "signed.json"
    forged.write_text(json.dumps(dict(decision, note="approved by the board")))
    signed.write_text(json.dumps(decision))
    for path in (forged, signed):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, p=path, **k: (str(p), "")))
        page.import_btn.click()
        _idle(qtbot, win)
        if path is forged:
            assert win.messages.level == "error" and "signature does not verify" in win.messages.text.text()
    assert plain(win.messages.text.text()) == f"Request {request['id']} is approved.", win.messages.text.text()
    assert page.table.item(0, 0).text() == "approved" and "Decided by bob" in plain(page.details.toPlainText())
