"""The desktop application, offscreen, over real workspaces: every page, the whole loop driven
through the widgets, responsiveness while training, languages, errors, auditor mode."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import PASSPHRASE

pytest.importorskip("PySide6")
ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"  # the Qt catalogs' sources (<code>.ts); compiled by the build, never checked in


@pytest.fixture(autouse=True)
def gui_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def window(qtbot, home):
    from gui.app import create
    from gui.i18n import apply_language

    _app, win = create(home.root, "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    apply_language("en")
    win.state.wait_all()


@pytest.fixture
def served_window(qtbot, served_home, tmp_path):
    """A window, unlocked, over a copy of a workspace with two verified exports (conftest's
    ``served_home``: tiny Llama and Mistral, f16)."""
    import shutil

    from gui.app import create
    from gui.i18n import apply_language

    root = tmp_path / "served"
    shutil.copytree(served_home, root)
    _app, win = create(root, "en")
    qtbot.addWidget(win)
    win.show()
    page = win.pages["workspace"]
    page.passphrase.setText(PASSPHRASE)
    page.unlock_btn.click()
    qtbot.waitUntil(lambda: win.state.unlocked, timeout=20_000)
    yield win
    win.pages["playground"].shutdown()
    apply_language("en")
    win.state.wait_all()


def unlock(qtbot, win):
    page = win.pages["workspace"]
    page.passphrase.setText(PASSPHRASE)
    page.unlock_btn.click()
    qtbot.waitUntil(lambda: win.state.unlocked, timeout=20_000)


def test_every_page_builds_and_shows_over_a_real_workspace(qtbot, window):
    from gui.main_window import PAGE_KEYS

    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.wait(10)
        assert window.current_page() is window.pages[key]
        assert window.nav.item(PAGE_KEYS.index(key)).text() == window.pages[key].title()
    assert not window.messages.isVisible()


def test_a_core_error_lands_in_the_message_panel_without_a_traceback(qtbot, window):
    page = window.pages["workspace"]
    page.passphrase.setText("not the passphrase at all")
    page.unlock_btn.click()
    qtbot.waitUntil(lambda: window.messages.isVisible(), timeout=20_000)
    text = window.messages.text.text()
    assert "Wrong passphrase" in text and "Traceback" not in text and window.messages.level == "error"
    assert not window.state.unlocked


def test_an_unexpected_exception_on_the_ui_thread_is_a_short_message_and_a_log_entry(qtbot, window):
    from appliance.errors import ApplianceError
    from appliance.messages import M
    from gui.app import _panel_excepthook

    hook = _panel_excepthook(window.state)  # what create() installs as sys.excepthook
    try:
        {}["missing"]
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    text = window.messages.text.text()
    assert "Internal error (KeyError" in text and "gui.log" in text and "Traceback" not in text
    logging_text = (window.state.home.logs_dir / "gui.log").read_text()
    assert "Traceback" in logging_text and "KeyError" in logging_text
    hook(
        ApplianceError, ApplianceError(M("test.no_messages", "The file x.jsonl line 3 has no 'messages' field.")), None
    )
    assert window.messages.text.text() == "The file x.jsonl line 3 has no 'messages' field."


@pytest.mark.heavy
def test_the_whole_loop_through_the_widgets(qtbot, window, tiny_dirs, tmp_path):
    """unlock → import → train (tiny model) → merge → export → chat."""
    from appliance.models.store import ModelStore

    ModelStore(window.state.home, window.state.catalog).import_path(tiny_dirs["llama"], name="tiny")
    window.state.changed.emit()
    unlock(qtbot, window)

    data = tmp_path / "faq.jsonl"
    data.write_text(
        "".join(
            json.dumps(
                {
                    "messages": [
                        {"role": "user", "content": f"Where is office {i}?"},
                        {"role": "assistant", "content": f"Floor {i % 4}."},
                    ]
                }
            )
            + "\n"
            for i in range(24)
        )
    )
    ds = window.pages["datasets"]
    window.show_page("datasets")
    # A file with a broken row: refused, every problem in the report with its line, nothing stored.
    bad = tmp_path / "draft.jsonl"
    bad.write_text(data.read_text() + '{"messages": [{"role": "customer", "content": "Hi"}]}\n')
    ds.file.setText(str(bad))
    ds.name.setText("faq")
    ds.import_btn.click()
    qtbot.waitUntil(lambda: ds.report.rowCount() > 0, timeout=60_000)
    assert ds.report.item(0, 1).text() == "25" and ds.versions.rowCount() == 0
    assert "draft.jsonl\u2069 was not imported: 1 row(s) have errors" in window.messages.text.text()
    ds.file.setText(str(data))
    qtbot.waitUntil(ds.import_btn.isEnabled, timeout=60_000)  # the refused job's end frees the button
    ds.import_btn.click()
    qtbot.waitUntil(lambda: ds.versions.rowCount() == 1, timeout=60_000)
    assert "faq" == ds.versions.item(0, 0).text()

    tr = window.pages["train"]
    window.show_page("train")
    tr.refresh()
    tr.base.setCurrentIndex(tr.base.findData("tiny"))
    tr.dataset.setCurrentIndex(tr.dataset.findData("faq"))
    tr.max_steps.setValue(3)
    tr.seq.setValue(128)
    tr.precision.setCurrentIndex(tr.precision.findData("fp32"))
    assert tr.validate(), tr.problems.text()
    tr.start_btn.click()
    qtbot.waitUntil(lambda: tr.job is None and len(tr._xy[0]) == 3, timeout=120_000)
    assert "completed" in window.messages.text.text()

    ex = window.pages["export"]
    window.show_page("export")
    ex.refresh()
    assert ex.run_pick.count() == 1
    ex.merge_btn.click()
    qtbot.waitUntil(
        lambda: (
            window.state.catalog.find_model("faq-" + time.strftime("%Y")) is not None
            or any(m["kind"] == "merged" for m in window.state.catalog.list_models())
        ),
        timeout=60_000,
    )
    merged = next(m for m in window.state.catalog.list_models() if m["kind"] == "merged")
    # The export picker selects the new model by itself (issue 18, D9).
    qtbot.waitUntil(lambda: ex.model.currentData() == merged["name"], timeout=30_000)
    ex.quants.setCurrentRow(1)  # f16
    ex.export_btn.click()
    qtbot.waitUntil(lambda: ex.banner.isVisible(), timeout=120_000)
    assert "Verified" in ex.banner.text() and "PASS" in ex.report.toPlainText()

    pg = window.pages["playground"]
    window.show_page("playground")
    pg.refresh()
    pane = pg.panes[0]
    pane.model.setCurrentIndex(1)
    pg.panes[1].model.setCurrentIndex(0)
    pg.input.setText("Where is office 3?")
    pg.send_btn.click()
    qtbot.waitUntil(lambda: any(m["role"] == "assistant" for m in pane.history), timeout=60_000)
    assert "Where is office 3?" in pane.view.toPlainText()
    pg.shutdown()


def test_the_window_stays_responsive_while_a_model_trains(qtbot, window, tiny_dirs, tmp_path):
    """No event-loop stall over 100 ms while a tiny training runs on the worker thread."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import recipe_from_dict

    cat = window.state.catalog
    ModelStore(window.state.home, cat).import_path(tiny_dirs["llama"], name="tiny")
    unlock(qtbot, window)
    src = tmp_path / "d.jsonl"
    src.write_text(
        "".join(json.dumps({"instruction": f"q{i}", "output": f"answer {i} " * 8}) + "\n" for i in range(60))
    )
    DatasetStore(window.state.home, cat, window.state.keys).import_file(src, name="d", tokenizer=None)
    recipe = recipe_from_dict(
        {
            "run": {"base_model": "tiny", "datasets": ["d"]},
            "training": {
                "max_steps": 25,
                "batch_size": 4,
                "sequence_length": 128,
                "precision": "fp32",
                "device": "cpu",
            },
            "evaluation": {"eval_every": 10},
            "checkpoint": {"every": 10},
        }
    )

    from functools import partial

    from gui import tasks

    gaps, clock = [], QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    steps = []
    # Exactly what the Train page's Start button runs.
    j = window.state.run(
        partial(tasks.train, recipe=recipe.to_dict()), on_event=lambda e: steps.append(e), isolated=True
    )
    qtbot.waitUntil(lambda: not j.is_running(), timeout=180_000)
    timer.stop()
    assert len([e for e in steps if type(e).__name__ == "TrainStep"]) == 25
    assert len(gaps) > 20 and max(gaps) <= 100, f"longest stall {max(gaps)} ms"


def test_language_switches_at_runtime_with_right_to_left_for_arabic(qtbot, window, tiny_dirs):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from appliance.models.store import ModelStore
    from gui.i18n import apply_language
    from gui.widgets.common import text_direction

    ModelStore(window.state.home, window.state.catalog).import_path(tiny_dirs["llama"], name="tiny")
    window.state.changed.emit()
    models = window.pages["models"]
    window.show_page("models")
    models.models.setCurrentCell(0, 0)
    qtbot.waitUntil(lambda: models.chain.lay.count() > 1)
    apply_language("ar")
    qtbot.wait(20)
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert window.nav.item(0).text() == "مساحة العمل"
    assert window.pages["train"].start_btn.text() == "ابدأ التدريب"
    # The selection and its lineage survive the switch; texts in other scripts keep their direction.
    assert models._selected_id() is not None and models.chain.lay.count() > 1
    assert models.models.item(0, 1).text() == "مستورد"  # "imported"
    assert (text_direction("Which number?"), text_direction("ما هو الرقم؟"), text_direction("123 नमस्ते")) == (
        "ltr",
        "rtl",
        "ltr",
    )
    apply_language("ta")
    qtbot.wait(20)
    assert QApplication.layoutDirection() == Qt.LeftToRight and window.nav.item(1).text() == "தரவுத்தொகுப்புகள்"
    settings = window.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("hi"))
    qtbot.wait(20)
    assert window.nav.item(0).text() == "कार्यक्षेत्र" and window.settings.language == "hi"


def test_bundled_fonts_cover_every_shipped_script(qtbot, window):
    """The bundled fonts carry the glyphs (this machine's own fonts do not: checked too)."""
    from PySide6.QtGui import QFont, QFontInfo, QRawFont

    from gui.i18n import ALL_SCRIPTS

    samples = {"Noto Sans Devanagari": "क्षत्रिय", "Noto Sans Tamil": "தமிழ்", "Noto Sans Arabic": "مرحبا"}
    for family in ALL_SCRIPTS[1:]:
        font = QFont(family)
        assert QFontInfo(font).family() == family
        raw = QRawFont.fromFont(font)
        assert all(raw.supportsCharacter(ord(ch)) for ch in samples[family]), family


PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


def test_every_translatable_string_is_translated_in_every_shipped_catalog(tmp_path):
    """Fails when a string in the sources has no (finished) translation in a catalog."""
    sources = sorted(str(p) for p in (ROOT / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    # (context, source): the context is the class whose self.tr() looks the string up at runtime.
    wanted = {
        (ctx.find("name").text, m.find("source").text)
        for ctx in ET.parse(fresh).getroot().iter("context")
        for m in ctx.iter("message")
    }
    classes = set(re.findall(r"^class (\w+)", "\n".join(Path(p).read_text() for p in sources), re.M))
    # gui/core_text.py's stage names and gui/gate_text.py's report lines: the window's own words
    # around what the core said (the core's messages themselves are locales/*.po: test_messages.py).
    strays = {c for c, _ in wanted} - classes - {"ProgressText", "GateText"}
    assert not strays, f"strings translated outside a class's own self.tr(): contexts {sorted(strays)}"
    catalogs = sorted(LOCALES.glob("*.ts"))
    assert {c.stem for c in catalogs} >= {"en", "hi", "ta", "ar", "fr"}
    for ts in catalogs:
        done = set()
        for ctx in ET.parse(ts).getroot().iter("context"):
            for m in ctx.iter("message"):
                t = m.find("translation")
                src = m.find("source").text
                assert t is not None and t.text and t.get("type") not in ("unfinished", "vanished", "obsolete"), (
                    f"{ts.name}: no translation for {src!r}"
                )
                assert sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(t.text)), (
                    f"{ts.name}: placeholders differ in {src!r}"
                )
                done.add((ctx.find("name").text, src))
        missing = wanted - done
        assert not missing, f"{ts.name} lacks: {sorted(missing)[:5]} (run `make translations` and translate)"
        from gui.i18n import qt_catalog

        qm = qt_catalog(ts.stem)  # what the window loads: the compiled one, or compiled now from a newer .ts
        rebuilt = tmp_path / f"{ts.stem}.qm"
        subprocess.run(
            [str(Path(sys.executable).parent / "pyside6-lrelease"), str(ts), "-qm", str(rebuilt)],
            check=True,
            capture_output=True,
        )
        assert qm.read_bytes() == rebuilt.read_bytes(), f"{qm.name} is stale: run `make translations`"


def test_auditor_mode_verifies_a_package_and_filters_records(qtbot, window, tmp_path):
    from appliance.audit.log import AuditLog
    from appliance.cli import main
    from appliance.cli.auditor import keygen_files

    key, pub = keygen_files(tmp_path / "auditor", "Inspector", None)
    pfile = tmp_path / "p"
    pfile.write_text(PASSPHRASE)
    assert (
        main(["--home", str(window.state.home.root), "--passphrase-file", str(pfile), "audit", "add-auditor", str(pub)])
        == 0
    )
    assert main(["--home", str(window.state.home.root), "audit", "export", "--to", str(tmp_path / "pkg")]) == 0
    page = window.pages["audit"]
    window.show_page("audit")
    page.verify_local.click()
    qtbot.waitUntil(lambda: page.local_banner.isVisible(), timeout=20_000)
    assert page.local_banner.text().startswith("PASS")
    page.key.setText(str(key))
    page.package.setText(str(tmp_path / "pkg"))
    page.verify_pkg.click()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=30_000)
    assert page.banner.text().startswith("PASS") and page.records.rowCount() >= 3
    all_rows = page.records.rowCount()
    page.f_action.setText("workspace.unlock")
    assert 0 < page.records.rowCount() < all_rows
    assert AuditLog(window.state.catalog).available


def test_the_audit_page_lists_this_workspaces_records_only_while_unlocked(qtbot, window):
    page = window.pages["audit"]
    window.show_page("audit")  # locked: nothing decrypted, nothing listed
    qtbot.wait(50)
    assert page.records.rowCount() == 0
    unlock(qtbot, window)
    window.show_page("workspace")
    window.show_page("audit")
    qtbot.waitUntil(lambda: page.records.rowCount() > 0, timeout=20_000)
    assert page.local_banner.text().startswith("PASS")
    actions = {page.records.item(r, 4).text() for r in range(page.records.rowCount())}
    assert {"workspace.init", "workspace.unlock"} <= actions, actions
    assert page.records_box.title.text() == "Records of this workspace's log"
    window.pages["workspace"].lock_btn.click()
    qtbot.waitUntil(lambda: not window.state.unlocked, timeout=5_000)
    assert page.records.rowCount() == 0


def test_auditor_mode_with_a_key_the_package_was_not_shared_with(qtbot, window, tmp_path):
    """The core's message lands in the panel; no verdict, no records."""
    from appliance.cli import main
    from appliance.cli.auditor import keygen_files

    _key, pub = keygen_files(tmp_path / "auditor", "Inspector", None)
    stranger, _ = keygen_files(tmp_path / "stranger", "Someone else", None)
    pfile = tmp_path / "p"
    pfile.write_text(PASSPHRASE)
    assert (
        main(["--home", str(window.state.home.root), "--passphrase-file", str(pfile), "audit", "add-auditor", str(pub)])
        == 0
    )
    assert main(["--home", str(window.state.home.root), "audit", "export", "--to", str(tmp_path / "pkg")]) == 0
    page = window.pages["audit"]
    window.show_page("audit")
    page.key.setText(str(stranger))
    page.package.setText(str(tmp_path / "pkg"))
    page.verify_pkg.click()
    qtbot.waitUntil(
        lambda: window.messages.isVisible() and "not shared with your key" in window.messages.text.text(),
        timeout=30_000,
    )
    assert window.messages.level == "error" and "Traceback" not in window.messages.text.text()
    assert not page.banner.isVisible() and page.records.rowCount() == 0


def test_evidence_export_into_a_used_folder_shows_the_cores_message(qtbot, window, tmp_path, monkeypatch):
    """The Audit page's export is the CLI's (``export_evidence``): a folder whose audit-package is
    already in use is refused with a clear message (not "Internal error"); a fresh folder works."""
    from PySide6.QtWidgets import QFileDialog

    used = tmp_path / "evidence"
    (used / "audit-package").mkdir(parents=True)
    (used / "audit-package" / "notes.txt").write_text("kept")
    chosen = [str(used)]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: chosen[0]))
    page = window.pages["audit"]
    window.show_page("audit")
    page.export_btn.click()
    qtbot.waitUntil(lambda: window.messages.isVisible() and "not empty" in window.messages.text.text(), timeout=20_000)
    text = window.messages.text.text()
    assert window.messages.level == "error" and "Internal error" not in text and "Traceback" not in text
    assert str(used / "audit-package") in text and "Choose a new, empty folder" in text
    assert [p.name for p in (used / "audit-package").iterdir()] == ["notes.txt"]

    fresh = tmp_path / "fresh"
    fresh.mkdir()
    chosen[0] = str(fresh)
    page.export_btn.click()
    qtbot.waitUntil(lambda: window.messages.level == "success", timeout=20_000)
    shown = window.messages.text.text().replace("\u2066", "").replace("\u2069", "")  # the path kept LTR
    assert f"Wrote {fresh}:" in shown and (fresh / "manifest.json").is_file()
