"""Issue 18's defects, each with the test that would have caught it (offscreen, real widgets over a
real workspace)."""

from __future__ import annotations

import json

import pytest
import test_gui

# The GUI tests' fixtures: a window over a fresh workspace, and a private Qt settings folder.
window, gui_config, unlock, served_window = (
    test_gui.window,
    test_gui.gui_config,
    test_gui.unlock,
    test_gui.served_window,
)

pytest.importorskip("PySide6")


def _chat_file(path, n=12):
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


def test_d1_the_dataset_name_follows_each_picked_file_unless_the_user_typed_one(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    ds = window.pages["datasets"]
    window.show_page("datasets")
    picked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (picked[-1], ""))
    picked.append(str(tmp_path / "broken.jsonl"))
    ds.pick()
    assert ds.name.text() == "broken"
    picked.append(str(tmp_path / "kestrel_registry.jsonl"))
    ds.pick()  # the old name came from the old file: it follows the new one
    assert ds.name.text() == "kestrel_registry" and ds.file.text().endswith("kestrel_registry.jsonl")
    ds.name.setText("my-faq")  # typed by the user: kept
    picked.append(str(tmp_path / "other.jsonl"))
    ds.pick()
    assert ds.name.text() == "my-faq"


def test_d15_destroying_a_dataset_asks_with_no_as_the_default(qtbot, window, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    unlock(qtbot, window)
    ds = window.pages["datasets"]
    window.show_page("datasets")
    ds.set_file(str(_chat_file(tmp_path / "faq.jsonl")))
    ds.import_btn.click()
    qtbot.waitUntil(lambda: ds.versions.rowCount() == 1, timeout=60_000)
    ds.versions.selectRow(0)
    seen = {}

    def answer_with_the_default():
        box = QApplication.activeModalWidget()
        seen["default"] = box.standardButton(box.defaultButton()) if isinstance(box, QMessageBox) else None
        box.defaultButton().click()  # what Enter does

    QTimer.singleShot(200, answer_with_the_default)
    ds.remove_btn.click()
    assert seen["default"] == QMessageBox.No
    qtbot.wait(300)
    ds.refresh()
    assert ds.versions.rowCount() == 1  # Enter kept the data


def test_d14_every_hyperparameter_field_explains_itself_from_the_recipe(qtbot, window):
    # The recipe's help, without its internal key and with the value the preset gives the field
    # rather than the recipe's default, which the field contradicted (issue 25, item 27).
    from gui.pages.train_form import field_meta

    tr = window.pages["train"]
    window.show_page("train")
    assert len(tr.recipe_fields) >= 13
    for widget, path in tr.recipe_fields.items():
        tip = widget.toolTip()
        assert tip.startswith(str(field_meta(path)["help"])) and path not in tip and "Default:" not in tip
    assert "From 1e-08 to 1." in tr.lr.toolTip() and "The preset cpu-quick sets 0.001." in tr.lr.toolTip()
    assert "The preset cpu-quick sets 256." in tr.seq.toolTip()


def test_d4_a_new_run_clears_the_last_runs_banner(qtbot, window):
    tr = window.pages["train"]
    window.show_page("train")
    tr.info("Training run r was cancelled at step 5; its checkpoint is kept.", "info")
    qtbot.waitUntil(lambda: window.messages.isVisible(), timeout=5_000)
    tr._begin()  # what Start and Resume do before the job starts
    assert not window.messages.isVisible()


def test_d6_qlora_without_a_gpu_and_bad_values_are_said_plainly_before_start(qtbot, window):
    from appliance.host.probes import nvidia_gpus

    tr = window.pages["train"]
    window.show_page("train")
    tr.refresh()
    tr.lr.setText("fast")
    tr.validate()
    text = tr.problems.text()
    assert "Learning rate: expected a number" in text and "training.learning_rate" not in text
    assert not tr.start_btn.isEnabled()
    tr.lr.setText("2e-4")
    tr.device.setCurrentIndex(tr.device.findData("cpu"))
    tr.method.setCurrentIndex(tr.method.findData("qlora"))
    tr.validate()
    assert "QLoRA needs an NVIDIA GPU" in tr.problems.text() and not tr.start_btn.isEnabled()
    if not nvidia_gpus()["gpus"]:  # on this machine, "auto" cannot mean a GPU either
        tr.device.setCurrentIndex(tr.device.findData("auto"))
        tr.validate()
        assert "QLoRA needs an NVIDIA GPU" in tr.problems.text()
    tr.method.setCurrentIndex(tr.method.findData("lora"))
    tr.validate()
    assert "QLoRA" not in tr.problems.text()


def test_d10_the_action_filter_finds_any_part_of_an_action_name(qtbot, window):
    from appliance.audit.report import matches

    rec = {"action": "workspace.unlock", "time": "2026-11-23T00:00:00Z"}
    assert matches(rec, action="unlock") and matches(rec, action="workspace.") and matches(rec, action="UNLOCK")
    assert not matches(rec, action="dataset")
    page = window.pages["audit"]
    unlock(qtbot, window)
    window.show_page("workspace")
    window.show_page("audit")
    qtbot.waitUntil(lambda: page.records.rowCount() > 0, timeout=20_000)
    page.f_action.setText("unlock")  # not a prefix of "workspace.unlock"
    shown = {page.records.item(r, 4).text() for r in range(page.records.rowCount())}
    assert shown == {"workspace.unlock"}, shown


def test_d16_the_train_form_survives_a_restart_and_shows_the_dataset_version(qtbot, window, tmp_path):
    from gui.app import create

    unlock(qtbot, window)
    ds = window.pages["datasets"]
    window.show_page("datasets")
    ds.set_file(str(_chat_file(tmp_path / "faq.jsonl")))
    ds.import_btn.click()
    qtbot.waitUntil(lambda: ds.versions.rowCount() == 1, timeout=60_000)
    tr = window.pages["train"]
    window.show_page("train")
    tr.refresh()
    assert tr.dataset.currentText() == "faq (v1)" and tr.dataset.currentData() == "faq"
    tr.max_steps.setValue(7)
    tr.seq.setValue(96)
    tr.device.setCurrentIndex(tr.device.findData("cpu"))
    _app, again = create(window.state.home.root, "en")  # the application started again
    qtbot.addWidget(again)
    tr2 = again.pages["train"]
    again.show_page("train")
    tr2.refresh()
    assert (tr2.max_steps.value(), tr2.seq.value(), tr2.device.currentData()) == (7, 96, "cpu")
    assert tr2.dataset.currentData() == "faq"
    again.state.wait_all()


def test_d2_d3_a_starting_run_says_so_and_its_first_steps_are_in_view(qtbot, window):
    from appliance.events import Progress, TrainStep

    tr = window.pages["train"]
    window.show_page("train")
    tr._begin()  # what Start does before the first event
    assert tr.stats.text().startswith("Preparing the run") and "Not running" not in tr.stats.text()
    tr.on_event(Progress("setup", message="Tokenizing the training data"))
    assert tr.stats.text() == "Tokenizing the training data"
    tr.on_event(
        TrainStep(
            "train",
            step=1,
            total=40,
            loss=2.5,
            lr=1e-4,
            tokens=128,
            tokens_per_s=20.0,
            eta_s=40.0,
            memory_bytes=1 << 30,
        )
    )
    (x0, x1), _ = tr.plot.getViewBox().viewRange()
    assert -0.5 <= x0 <= 0.5 and 9.5 <= x1 <= 11, (x0, x1)  # step 1 is in view, from 0, not −30…30


def _contrast(a, b) -> float:
    """WCAG contrast ratio of two QColors."""

    def lum(c):
        def ch(v):
            v /= 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_d13_messages_and_the_lock_state_read_in_a_dark_palette(qtbot, window):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    old = app.palette()
    dark = QPalette()
    for role, color in (
        (QPalette.Window, "#2b2b2b"),
        (QPalette.WindowText, "#eeeeee"),
        (QPalette.Base, "#1e1e1e"),
        (QPalette.Text, "#eeeeee"),
        (QPalette.Button, "#3a3a3a"),
        (QPalette.ButtonText, "#eeeeee"),
    ):
        dark.setColor(role, QColor(color))
    try:
        app.setPalette(dark)
        window.setPalette(dark)
        window.messages.show_message("Imported faq version 1.", "success")
        label = window.messages.text
        label.ensurePolished()
        text = label.palette().color(label.foregroundRole())
        assert _contrast(text, QColor("#e3f6e5")) >= 4.5, text.name()  # readable on the panel's green
        unlock(qtbot, window)
        window.update_status()
        lock = window.lock_label
        lock.ensurePolished()
        fg = lock.palette().color(lock.foregroundRole())
        bg = lock.palette().color(lock.backgroundRole())
        assert _contrast(fg, bg) >= 3.0, (fg.name(), bg.name())
    finally:
        app.setPalette(old)


def test_d8_an_answers_line_breaks_are_kept(qtbot, window):
    pg = window.pages["playground"]
    window.show_page("playground")
    pane = pg.panes[0]
    pane.history = [
        {"role": "user", "content": "List two steps."},
        {"role": "assistant", "content": "1. Bring form R-1.\n2. Go to desk 3."},
        {"role": "user", "content": "And the address?"},
        {"role": "assistant", "content": "Registry office\nHarbour Street 4\n\nOpen **weekdays**."},
    ]
    pane.render()
    text = pane.view.toPlainText()
    # A Markdown list stays a list (one item per line), and single newlines stay line breaks.
    assert "Bring form R-1.\nGo to desk 3." in text
    assert "Registry office\nHarbour Street 4\nOpen weekdays." in text
    assert "<b>weekdays</b>" not in text and "**" not in text


def test_d9_an_export_is_in_hand_path_folder_lineage_and_an_audited_copy(qtbot, served_window, tmp_path, monkeypatch):
    from PySide6.QtCore import QObject, Slot
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QFileDialog
    from test_library_api import _records

    from appliance.fsutil import sha256_file

    win = served_window
    ex = win.pages["export"]
    win.show_page("export")
    ex.model.setCurrentIndex(ex.model.findData("tiny-llama"))
    assert ex.files.rowCount() == 1
    row = ex.selected_export()
    gguf = win.state.home.root / row["path"]
    assert ex.files.item(0, 1).text() == "verified" and ex.files.item(0, 4).text() == gguf.name
    assert "MiB" in ex.files.item(0, 2).text() or "KiB" in ex.files.item(0, 2).text()
    assert str(gguf) in ex.path.text() and ex.banner.isVisible() and "Verified" in ex.banner.text()
    assert ex.chain.lay.count() >= 3  # export ← model, as boxes

    ex.copy_path_btn.click()
    assert QGuiApplication.clipboard().text() == str(gguf)

    class Opened(QObject):  # Qt's own hook for what "open this URL" does
        urls: list = []

        @Slot("QUrl")
        def open(self, url):
            self.urls.append(url.toLocalFile())

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        ex.show_btn.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str(gguf.parent)]

    dest = tmp_path / "handed-over.gguf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    ex.save_copy_btn.click()
    qtbot.waitUntil(lambda: ex.job is None and win.messages.level == "success", timeout=60_000)
    assert sha256_file(dest) == row["sha256"] and str(dest) in win.messages.text.text()
    [rec] = _records(win.state.catalog, win.state.keys, "export.copy")
    assert rec["params"]["to"] == str(dest) and rec["outputs"]["sha256"] == row["sha256"]
    # Saving over an existing file is refused by the core, in the message panel.
    ex.save_copy_btn.click()
    qtbot.waitUntil(lambda: ex.job is None and win.messages.level == "error", timeout=60_000)
    assert "already exists" in win.messages.text.text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_d12_every_page_fits_a_1024_by_700_screen(qtbot, window, lang):
    from gui.i18n import apply_language
    from gui.main_window import PAGE_KEYS

    unlock(qtbot, window)
    apply_language(lang)
    window.resize(1024, 700)
    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.wait(50)
        # No page forces the window past the screen (before: the Models page forced 1044×758,
        # Arabic grew the window to 1280×852); what does not fit scrolls.
        assert window.width() <= 1024 and window.height() <= 700, (key, window.size())
        assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 700, key


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_d17_an_import_shows_its_stages_can_be_cancelled_and_says_when_done(
    qtbot, window, tiny_dirs, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    unlock(qtbot, window)
    page = window.pages["models"]
    window.show_page("models")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tiny_dirs["llama"]))
    before = len(window.state.catalog.list_models())

    # Cancelled at once: the core stops, says so, and nothing is added.
    page.import_dir.click()
    assert page.import_progress.isVisible() and page.import_progress.cancel_btn.isEnabled()
    page.import_progress.cancel_btn.click()
    qtbot.waitUntil(lambda: not window.state.jobs, timeout=60_000)
    assert not page.import_progress.isVisible()
    assert "cancelled" in window.messages.text.text() and len(window.state.catalog.list_models()) == before

    # To the end: the stages appear, then a completion message.
    stages = []
    page.import_dir.click()
    page.import_progress.job.event.connect(lambda _e: stages.append(page.import_progress.stage.text()))
    qtbot.waitUntil(lambda: not window.state.jobs, timeout=120_000)
    assert stages and not page.import_progress.isVisible()
    assert window.messages.level == "success" and "Imported" in window.messages.text.text()
    assert len(window.state.catalog.list_models()) == before + 1


# Two languages through the whole window (a right-to-left one); that every catalog translates every
# core message is checked for all of them by test_messages.py's catalog test (locales/*.po).
@pytest.mark.parametrize("lang", ["ar", "ta"])
def test_d11_core_messages_reach_the_user_in_the_interface_language(qtbot, window, tmp_path, lang):
    import re

    from appliance.errors import Cancelled
    from appliance.events import CancelToken
    from appliance.messages import M
    from gui.core_text import core_text
    from gui.i18n import apply_language

    apply_language(lang)
    if lang == "ar":  # numbers in widgets made before the switch follow it too
        assert "٠" in window.pages["playground"].temperature.text()
    # A wrong passphrase, as the core words it, in the message panel.
    page = window.pages["workspace"]
    page.passphrase.setText("not the passphrase at all")
    page.unlock_btn.click()
    qtbot.waitUntil(lambda: window.messages.isVisible(), timeout=20_000)
    shown = window.messages.text.text()
    assert "Wrong passphrase" not in shown and "What to do" not in shown, shown
    from PySide6.QtCore import QLocale

    # the count, a value in the language's digits (isolated in right-to-left text: U+2066 … U+2069)
    assert f"\u2066{QLocale().toString(1)}\u2069" in shown if lang == "ar" else QLocale().toString(1) in shown

    # A cancelled import and a refused dataset's report rows, as the core raises and writes them.
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled) as exc:
        token.check(M("dataset.import.what", "The import"))
    assert core_text(exc.value) != exc.value.render("en")
    unlock(qtbot, window)
    ds = window.pages["datasets"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"messages": [{"role": "user", "content": ""}, {"role": "assistant", "content": "x"}]}\n'
        '{"messages": [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]}\n{oops\n'
    )
    ds.set_file(str(bad))
    ds.import_btn.click()
    qtbot.waitUntil(lambda: not window.state.jobs and ds.report.rowCount() >= 3, timeout=60_000)
    messages = [ds.report.item(r, 3).text() for r in range(ds.report.rowCount())]
    english = [m for m in messages if re.search(r"content is empty|must alternate|invalid JSON", m)]
    assert not english, messages

    # Every core message has a translation in this catalog (none falls back to English).
    from test_messages import catalogs

    missing = catalogs().problems()[lang]
    assert not missing, missing


def test_the_first_run_guide_ticks_each_step_from_the_workspace_and_leads_there(qtbot, window):
    page = window.pages["workspace"]
    guide = page.guide
    window.show_page("workspace")
    assert guide.isVisible()
    marks = {s: guide.marks[s].text() for s in guide.marks}
    assert marks == {"workspace": "✔", "model": "○", "data": "○", "train": "○", "export": "○", "chat": "○"}
    assert "bold" in guide.texts["model"].styleSheet() and not guide.buttons["workspace"].isEnabled()

    guide.buttons["data"].click()  # "Use the sample": the Datasets page, the sample picked
    ds = window.pages["datasets"]
    assert window.current_page() is ds and ds.file.text().endswith("kestrel_registry.jsonl")
    assert ds.name.text() == "kestrel_registry"
    unlock(qtbot, window)
    ds.import_btn.click()
    qtbot.waitUntil(lambda: not window.state.jobs and ds.versions.rowCount() == 1, timeout=120_000)
    page.refresh()
    assert guide.marks["data"].text() == "✔" and not guide.buttons["data"].isEnabled()

    guide.buttons["train"].click()
    assert window.current_page() is window.pages["train"]
    guide.buttons["chat"].click()
    assert window.current_page() is window.pages["playground"]


def test_locking_from_the_window_is_recorded_as_the_clis_lock_is(qtbot, window):
    from conftest import PASSPHRASE
    from test_library_api import _records

    from appliance import workspace
    from appliance.security.vault import Vault

    unlock(qtbot, window)
    window.pages["workspace"].lock_btn.click()
    qtbot.waitUntil(lambda: not window.state.unlocked, timeout=20_000)
    mk = workspace.unlock(Vault(window.state.catalog), PASSPHRASE)
    try:
        [rec] = _records(window.state.catalog, mk, "session.lock")
    finally:
        mk.forget()
    assert rec["outcome"] == "ok" and rec["params"] == {"method": "gui"}
