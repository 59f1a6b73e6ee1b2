"""The Lifecycle page (issue 30), offscreen over a real workspace: a line ``desk`` (trained on the
registry's sample rows) with requests captured through the core, some with feedback. The review
queue lists them and reads the selected one (audited ``capture.read``, purpose review); accepting
with an edit and a redaction is ``capture.review``; the capture switch is ``capture.configure``;
drift checks (one from the core, one from "Check now") fill the table and the charts; a retrain
waiting for approval is refused from the timeline; the page in Arabic reads right to left; a
Playground answer its line captured takes 👍 / 👎 and a correction."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import test_gui
from conftest import PASSPHRASE

pytest.importorskip("PySide6")
gui_config, served_window = test_gui.gui_config, test_gui.served_window

ROOT = Path(__file__).resolve().parent.parent
SUITE = (
    '[suite]\nname = "desk"\n[[case]]\nid = "a"\nprompt = "Helpline?"\nscorer = { type = "contains", any = ["1577"] }\n'
)
PHONE = "98765 43210"
FEEDBACK = [  # (question, answer given, rating, correction), oldest first
    ("When does the registry open on Saturdays?", "It opens at 9 on Saturdays.", 1, None),
    (f"My number is {PHONE}, which form renews a licence?", "Form KV-27.", -1, "Form KV-31 renews a licence."),
    ("How much is a copy of a birth certificate?", "It is free.", -1, None),
]
WAIT_MS = 60_000


def _loop():
    return pytest.importorskip(
        "appliance.adapt.loop", reason="appliance/adapt/loop.py (drift checks, adapt runs) is not in this build yet"
    )


def _records(catalog, mk) -> list[dict]:
    from appliance.audit.log import AuditLog

    log = AuditLog(catalog)
    return log.verify(audit_private=log.audit_private_key(mk)).decrypted


def plain(text: str) -> str:
    return re.sub("[\u2066-\u2069\u200f]", "", text)


@pytest.fixture
def desk(home, catalog, unlocked, tmp_path):
    """Line ``desk`` (its dataset: the registry's sample rows), capture on, 24 API requests in
    English and three Playground answers with feedback."""
    from appliance.adapt import traffic
    from appliance.adapt.capture import CaptureStore
    from appliance.data.datasets import DatasetStore
    from appliance.eval.lines import Lines
    from appliance.samples import SAMPLES

    suite = tmp_path / "desk.toml"
    suite.write_text(SUITE)
    ds, _report, _created = DatasetStore(home, catalog, unlocked).import_file(
        SAMPLES / "kestrel_registry.jsonl", name="registry"
    )
    line = Lines(home, catalog, unlocked).create(
        "desk",
        recipe={"run": {"base_model": "tiny"}},
        dataset_ids=[ds["id"]],
        suites=[str(suite)],
        gate={"min_pass_rate": 0},
        base_model_id="mdl-none",
        source="test",
    )
    store = CaptureStore(home, catalog, unlocked)
    store.configure("desk", enabled=True, retention_days=14)
    for o in traffic.english(24, seed=3):
        store.record(
            line["id"], {"source": "api", "messages": [{"role": "user", "content": o.prompt}], "answer": o.answer}
        )
    ids = []
    for question, answer, rating, correction in FEEDBACK:
        row = store.record(
            line["id"], {"source": "playground", "messages": [{"role": "user", "content": question}], "answer": answer}
        )
        store.feedback(row["id"], rating=rating, correction=correction, source="playground")
        ids.append(row["id"])
    return {"line": line, "feedback_ids": ids, "store": store}


@pytest.fixture
def win(qtbot, home, desk):
    from appliance import workspace
    from appliance.security.vault import Vault
    from gui.app import create
    from gui.i18n import apply_language

    _app, w = create(home.root, "en")
    qtbot.addWidget(w)
    w.state.set_keys(workspace.unlock(Vault(w.state.catalog), PASSPHRASE, method="gui"))
    w.resize(1280, 820)
    w.show()
    w.show_page("lifecycle")
    yield w
    apply_language("en")
    w.state.wait_all()


def _idle(qtbot, w) -> None:
    qtbot.waitUntil(lambda: not w.state.jobs, timeout=WAIT_MS)


def test_the_review_queue_lists_feedback_and_an_accepted_edit_is_audited(qtbot, win, desk, catalog, unlocked):
    from appliance.adapt.capture import CaptureStore, answer_to_learn

    page = win.pages["lifecycle"]
    review = page.review
    assert page.line.currentData() == "desk" and review.filter.currentData() == "feedback"
    assert review.table.rowCount() == 3  # only the items with feedback, newest first
    cells = [[review.table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert [c[2] for c in cells] == [review.rating_text(-1), review.rating_text(-1), review.rating_text(1)]
    assert [c[3] for c in cells] == ["no", "yes", "no"] and {c[4] for c in cells} == {"new"}
    assert {c[1] for c in cells} == {"Playground"}
    # Nothing is read until an item is selected; then it is read for review (and the read audited).
    assert review.doc is None and "Select an item" in review.detail.toPlainText()
    assert not [r for r in _records(catalog, unlocked) if r["action"] == "capture.read"]
    review.table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: review.doc_id == desk["feedback_ids"][2], timeout=WAIT_MS)
    assert "It is free." in review.detail.toPlainText()

    review.table.setCurrentCell(1, 0)  # the corrected one
    qtbot.waitUntil(lambda: review.doc_id == desk["feedback_ids"][1], timeout=WAIT_MS)
    shown = review.detail.toPlainText()
    assert PHONE in shown and "Form KV-27." in shown and "Form KV-31 renews a licence." in shown
    assert review.learn.toPlainText() == "Form KV-31 renews a licence."  # the answer to learn: the correction
    reads = [r for r in _records(catalog, unlocked) if r["action"] == "capture.read"]
    assert [r["params"]["purpose"] for r in reads] == ["review", "review"]

    review.redact_text.setText(PHONE)
    review.redact_btn.click()
    assert PHONE not in review.detail.toPlainText() and "[redacted]" in review.detail.toPlainText()
    review.learn.setPlainText("Form KV-31 renews a driving licence.")
    review.edit_btn.click()
    _idle(qtbot, win)
    assert win.messages.level == "success", win.messages.text.text()

    store = CaptureStore(desk["store"].home, catalog, unlocked)
    row = store.find(desk["feedback_ids"][1])
    assert row["status"] == "accepted"
    doc = store.read([row], purpose="test")[0]
    assert answer_to_learn(doc) == "Form KV-31 renews a driving licence." and PHONE not in json.dumps(doc)
    assert PHONE.encode() not in (desk["store"].home.root / row["path"]).read_bytes()
    review_records = [r for r in _records(catalog, unlocked) if r["action"] == "capture.review"]
    assert len(review_records) == 1
    assert review_records[0]["params"]["edited"] is True and review_records[0]["params"]["redactions"] == 1
    statuses = [review.table.item(r, 4).text() for r in range(review.table.rowCount())]
    assert statuses == ["new", "accepted", "new"]

    # The accepted item becomes a dataset version (chat rows), and is marked used.
    assert review.dataset_btn.isEnabled() and "1 accepted item(s)" in plain(review.dataset_note.text())
    review.kind.setCurrentIndex(review.kind.findData("chat"))
    review.dataset_btn.click()
    _idle(qtbot, win)
    assert win.messages.level == "success" and "desk-feedback" in plain(win.messages.text.text())
    assert store.find(desk["feedback_ids"][1])["dataset_id"]
    assert not review.dataset_btn.isEnabled()


def test_the_capture_switch_is_configure_and_audited(qtbot, win, desk, catalog, unlocked):
    from appliance.adapt.capture import CaptureStore

    page = win.pages["lifecycle"]
    cap = page.capture
    assert cap.enabled.isChecked() and cap.days.value() == 14 and cap.cap.value() == 256
    assert "27 item(s) captured" in plain(cap.usage.text()) and not cap.hint.isVisible()
    cap.enabled.setChecked(False)
    cap.days.setValue(7)
    cap.apply_btn.click()
    _idle(qtbot, win)
    settings = CaptureStore(desk["store"].home, catalog).settings(desk["line"]["id"])
    assert settings["enabled"] is False and settings["retention_days"] == 7
    configured = [r for r in _records(catalog, unlocked) if r["action"] == "capture.configure"]
    assert configured[-1]["params"]["enabled"] is False and configured[-1]["params"]["retention_days"] == 7
    assert cap.hint.isVisible() and "Capture is off for this line" in cap.hint.text()
    assert win.messages.level == "success"

    # Locking drops the decrypted item from memory and from the view.
    review = page.review
    review.table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: review.doc is not None, timeout=WAIT_MS)
    assert "It is free." in review.detail.toPlainText()
    win.state.lock()
    assert review.doc is None and "It is free." not in review.detail.toPlainText()
    assert "Unlock the workspace" in review.detail.toPlainText() and not review.accept_btn.isEnabled()


def test_drift_checks_fill_the_table_and_the_charts(qtbot, win, desk, catalog, unlocked):
    loop = _loop()
    from appliance.samples import SAMPLES

    page = win.pages["lifecycle"]
    drift = page.drift
    assert drift.table.rowCount() == 0 and drift.empty.isVisible()
    first = loop.check_drift_now(desk["store"].home, catalog, unlocked, "desk")  # from the core
    assert not first["alarm"]
    store, line_id = desk["store"], desk["line"]["id"]
    for raw in (SAMPLES / "kestrel_registry.hi.jsonl").read_text(encoding="utf-8").splitlines()[:24]:
        r = json.loads(raw)
        store.record(line_id, {"source": "api", "messages": r["messages"][:1], "answer": r["messages"][1]["content"]})
    page.refresh()
    assert drift.table.rowCount() == 1
    drift.check_btn.click()  # the second from the page: check_drift_now on a worker thread
    qtbot.waitUntil(lambda: drift.table.rowCount() == 2, timeout=WAIT_MS)
    _idle(qtbot, win)
    assert drift.table.currentRow() == 0  # the check just made is the one shown
    rows = [[drift.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows[0][2] == "drift" and rows[1][2] == "no drift"  # newest first
    assert "Scripts of the prompts" in rows[0][3] and rows[1][3] == "–"
    assert rows[0][1] == "51" and rows[1][1] == "27"
    # One chart per detector that ran, each with the p-values of both checks; the rest say why not.
    ran = {r["name"] for r in drift.checks[0]["result"]["results"] if r["ran"]}
    assert ran >= {"script_mix", "prompt_length"}
    shown = {name for name, chart in drift.charts.items() if chart.isVisible()}
    assert shown == ran
    (x1, p1, t1, alarm1), (x2, p2, t2, alarm2) = drift.charts["script_mix"].points  # oldest first
    assert (x1, x2) == (1, 2) and p2 < t2 and p1 > t1 and alarm2 and not alarm1
    assert len(drift.charts["script_mix"].alarms.getData()[0]) == 1  # the alarm, marked
    assert "did not run" in drift.not_run.text() and "tokenizer" in drift.not_run.text()
    assert [r for r in _records(catalog, unlocked) if r["action"] == "adapt.drift_check"]
    # The alarm is on the timeline.
    assert any("drift" in page.timeline.table.item(r, 3).text() for r in range(page.timeline.table.rowCount()))

    if os.environ.get("APPLIANCE_SCREENSHOT"):  # docs/screenshots/lifecycle.png, lifecycle-hi.png
        _screenshots(qtbot, win, desk, catalog, unlocked)


def _screenshots(qtbot, win, desk, catalog, unlocked) -> None:
    from appliance.adapt.loop import AdaptStore
    from gui.i18n import apply_language

    store = AdaptStore(desk["store"].home, catalog, unlocked)
    run = store.create_run(desk["line"], {"kind": "drift", "reason": "drift alarm (script_mix)"})
    store.step(run, "waiting_approval", "the gate passed; an operator approves")
    page = win.pages["lifecycle"]
    page.review.filter.setCurrentIndex(page.review.filter.findData("feedback"))
    page.refresh()
    page.review.table.setCurrentCell(1, 0)
    qtbot.waitUntil(lambda: page.review.doc is not None, timeout=WAIT_MS)
    win.messages.hide()
    for lang, name in (("en", "lifecycle.png"), ("hi", "lifecycle-hi.png")):
        apply_language(lang)
        win.resize(1280, 2000)
        qtbot.wait(200)
        scroll = win.stack.currentWidget()
        # The whole page, nothing scrolled away: the window as tall as its sections need.
        needed = page.timeline.geometry().bottom() + 12
        win.resize(1280, needed + win.height() - scroll.viewport().height())
        qtbot.wait(300)
        win.statusBar().clearMessage()  # the test's home path says nothing in the docs
        out = ROOT / "docs" / "screenshots" / name
        assert win.grab().save(str(out))


def test_a_run_waiting_for_approval_is_refused_from_the_timeline(qtbot, win, desk, catalog, unlocked):
    loop = _loop()
    store = loop.AdaptStore(desk["store"].home, catalog, unlocked)
    run = store.create_run(desk["line"], {"kind": "feedback", "reason": "3 accepted feedback item(s)"})
    store.step(run, "waiting_approval", "the gate passed; an operator approves")
    page = win.pages["lifecycle"]
    page.refresh()
    tl = page.timeline
    row = next(r for r, e in enumerate(tl.entries) if run["id"] in e["ids"])
    tl.table.setCurrentCell(row, 0)
    assert tl.table.item(row, 2).text() == "waiting for your approval"
    assert tl.approve_btn.isVisible() and tl.refuse_btn.isVisible() and not tl.cancel_btn.isVisible()
    tl.refuse_btn.click()
    _idle(qtbot, win)
    assert store.run(run["id"])["state"] == "refused"
    steps = [r for r in _records(catalog, unlocked) if r["action"] == "adapt.step"]
    assert steps[-1]["params"]["state"] == "refused"
    row = next(r for r, e in enumerate(tl.entries) if run["id"] in e["ids"])
    tl.table.setCurrentCell(row, 0)
    assert tl.table.item(row, 2).text() == "refused" and not tl.approve_btn.isVisible()


def test_the_page_reads_right_to_left_in_arabic(qtbot, win, desk):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gui.i18n import apply_language
    from gui.main_window import PAGE_KEYS

    page = win.pages["lifecycle"]
    page.review.table.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: page.review.doc is not None, timeout=WAIT_MS)
    loop = _loop()
    loop.check_drift_now(desk["store"].home, win.state.catalog, win.state.keys, "desk")  # a chart to draw
    page.refresh()
    apply_language("ar")
    qtbot.wait(50)
    assert QApplication.layoutDirection() == Qt.RightToLeft and page.layoutDirection() == Qt.RightToLeft
    assert page.title() != "Lifecycle" and win.nav.item(PAGE_KEYS.index("lifecycle")).text() == page.title()
    english = ["Capture", "Review queue", "Drift", "Timeline"]
    assert not {s.title.text() for s in page.sections} & set(english)
    assert page.review.table.horizontalHeaderItem(0).text() != "When"
    assert page.review.accept_btn.text() != "Accept" and page.capture.apply_btn.text() != "Apply"
    assert re.search("[\u0660-\u0669]", page.capture.usage.text())  # the counts in Arabic digits
    charts = list(page.drift.charts.values())
    assert all(c.layoutDirection() == Qt.LeftToRight for c in charts)  # plots read left to right
    # With every section filled, no language makes the page wider than a 1024×700 window leaves it.
    win.resize(1024, 700)
    for lang in ("ar", "ta", "hi"):
        apply_language(lang)
        qtbot.wait(50)
        scroll = win.stack.currentWidget()
        room = scroll.width() - scroll.verticalScrollBar().sizeHint().width()
        assert page.minimumSizeHint().width() <= room, lang
        assert win.width() <= 1024, lang


def test_a_playground_answer_its_line_captured_takes_feedback(qtbot, win, desk, catalog, unlocked, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from appliance.adapt.capture import CaptureStore

    item = desk["store"].record(
        desk["line"]["id"],
        {"source": "playground", "messages": [{"role": "user", "content": "Helpline?"}], "answer": "1577."},
    )
    pane = win.pages["playground"].panes[0]
    win.show_page("playground")
    pane.history = [{"role": "user", "content": "Helpline?"}, {"role": "assistant", "content": "1577."}]
    pane.render()
    assert not pane.feedback.isVisible()  # not captured: no feedback to give
    pane.history[-1]["capture_id"] = item["id"]
    pane.render()
    assert pane.feedback.isVisible()
    pane.feedback.bad_btn.click()
    _idle(qtbot, win)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("1577, weekdays 09:00-13:00.", True))
    pane.feedback.correct_btn.click()
    _idle(qtbot, win)
    row = CaptureStore(desk["store"].home, catalog, unlocked).find(item["id"])
    assert row["rating"] == -1 and row["corrected"] == 1
    given = [r for r in _records(catalog, unlocked) if r["action"] == "capture.feedback"][-2:]
    assert [g["params"]["source"] for g in given] == ["playground", "playground"]
    assert "recorded" in pane.feedback.note.text()


@pytest.mark.heavy
def test_a_real_playground_answer_of_a_capturing_line_is_captured_and_rated(qtbot, served_window, tmp_path):
    """The whole way on the tiny models (llama.cpp): a line whose candidate is the tiny Llama, capture
    on; the Playground's answer is recorded (``capture_turn``) and 👎 under it is its feedback."""
    from appliance import workspace
    from appliance.adapt.capture import CaptureStore
    from appliance.catalog import Catalog
    from appliance.eval.lines import Lines
    from appliance.security.vault import Vault

    win = served_window
    home = win.state.home
    suite = tmp_path / "desk.toml"
    suite.write_text(SUITE)
    with Catalog.open(home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        model = cat.get_model("tiny-llama")
        lines = Lines(home, cat, mk)
        lines.create(
            "desk",
            recipe={"run": {"base_model": model["id"]}},
            dataset_ids=[],
            suites=[str(suite)],
            gate={"min_pass_rate": 0},
            base_model_id=model["id"],
            source="test",
        )
        lines.promote("desk", "tiny-llama", channel="candidate")
        CaptureStore(home, cat, mk).configure("desk", enabled=True)
    pg = win.pages["playground"]
    win.show_page("playground")
    pg.refresh()
    pane = pg.panes[0]
    pane.model.setCurrentIndex(next(i for i in range(pane.model.count()) if "tiny-llama" in pane.model.itemText(i)))
    pg.panes[1].model.setCurrentIndex(0)  # (no model)
    pg.max_tokens.setValue(16)
    pg.input.setText("When does the registry open?")
    pg.send_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs and pane.history[-1]["role"] == "assistant", timeout=120_000)
    item_id = pane.history[-1].get("capture_id")
    assert item_id and pane.feedback.isVisible()
    pane.feedback.bad_btn.click()
    _idle(qtbot, win)
    with Catalog.open(home) as cat:
        store = CaptureStore(home, cat, mk)
        row = store.find(item_id)
        doc = store.read([row], purpose="test")[0]
        mk.forget()
    assert row["source"] == "playground" and row["rating"] == -1
    assert doc["messages"][-1]["content"] == "When does the registry open?"
    assert doc["answer"] == pane.history[-1]["content"]
