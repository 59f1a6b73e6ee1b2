"""The desktop application walked as a new user would (issue 25, items 19-22 and 24), offscreen over
real workspaces: one job per button (disabled while its job runs, enabled again when it ends), the
Datasets preview never shows one dataset's rows under another's name and the sample brings its own
name, a resumed run's plot keeps its earlier steps, the Playground counts tokens (not stream
chunks) and Stop keeps both panes' turns, and an export that exists is offered, not copied again."""

from __future__ import annotations

import json

import pytest
import test_gui

pytest.importorskip("PySide6")
window, gui_config, unlock, served_window = (
    test_gui.window,
    test_gui.gui_config,
    test_gui.unlock,
    test_gui.served_window,
)

ROWS = [
    {
        "messages": [
            {"role": "user", "content": f"What is the code of office {i}?"},
            {"role": "assistant", "content": f"Office {i} has code ZX-{i * 7}."},
        ]
    }
    for i in range(16)
]


def _chat(question: str, n: int = 4) -> list[dict]:
    return [{"messages": [{"role": "user", "content": question}, {"role": "assistant", "content": "Yes."}]}] * n


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _answer_modal(clicked: str):
    """Click the button whose text is ``clicked`` in the next modal dialog (from a timer)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, answer)
            return
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        next(b for b in box.buttons() if b.text() == clicked).click()

    QTimer.singleShot(50, answer)
    return seen


@pytest.fixture
def trained(window, tiny_dirs, tmp_path, bpe_tokenizer):
    """The window's workspace with the tiny model, a dataset, two completed runs (to merge) and a
    run cancelled at its step-2 checkpoint (to resume)."""
    from conftest import PASSPHRASE

    from appliance import workspace
    from appliance.data.datasets import DatasetStore
    from appliance.errors import Cancelled
    from appliance.events import CancelToken
    from appliance.models.store import ModelStore
    from appliance.security.vault import Vault
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import start_training
    from appliance.tuning.trainer import TrainStep

    home, cat = window.state.home, window.state.catalog
    keys = workspace.unlock(Vault(cat), PASSPHRASE)
    ModelStore(home, cat).import_path(tiny_dirs["llama"], name="tiny")
    DatasetStore(home, cat, keys).import_file(
        _jsonl(tmp_path / "offices.jsonl", ROWS), name="offices", tokenizer=bpe_tokenizer, eval_fraction=0.2
    )

    def recipe(name, steps):
        return recipe_from_dict(
            {
                "run": {"base_model": "tiny", "datasets": ["offices"], "name": name},
                "training": {
                    "max_steps": steps,
                    "batch_size": 4,
                    "sequence_length": 64,
                    "precision": "fp32",
                    "device": "cpu",
                    "seed": 7,
                },
                "checkpoint": {"every": 2, "keep": 1},
            }
        )

    for name in ("first", "second"):
        start_training(home, cat, keys, recipe(name, 2))
    token = CancelToken()

    def stop(e):
        if isinstance(e, TrainStep) and e.step == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        start_training(home, cat, keys, recipe("halted", 40), on_event=stop, cancel=token)
    keys.forget()
    window.state.changed.emit()
    return window


def test_resume_is_one_job_and_the_plot_keeps_the_steps_before_the_checkpoint(qtbot, trained):
    from appliance.events import TrainStep
    from appliance.tuning.runs import RunStore

    win = trained
    unlock(qtbot, win)
    qtbot.waitUntil(lambda: not win.state.jobs, timeout=20_000)
    tr = win.pages["train"]
    win.show_page("train")
    tr.refresh()
    halted = next(r for r in RunStore(win.state.home, win.state.catalog).list() if r["name"] == "halted")
    assert tr.resume_pick.currentData() == halted["id"] and tr.resume_btn.isEnabled()
    steps = []
    tr.resume_btn.click()
    assert tr.job is not None
    tr.job.event.connect(lambda e: isinstance(e, TrainStep) and steps.append(list(tr._xy[0])))
    # The recorded steps are on the plot from the start, not only once the run completes.
    assert tr._xy[0] == [1, 2] and list(tr.train_curve.getData()[0]) == [1, 2]
    assert not tr.resume_btn.isEnabled() and not tr.start_btn.isEnabled() and tr.cancel_btn.isEnabled()
    tr.resume_btn.click()  # a second click does nothing
    tr.validate()  # a form change while it runs does not enable either button
    assert len(win.state.jobs) == 1 and not tr.resume_btn.isEnabled() and not tr.start_btn.isEnabled()
    qtbot.waitUntil(lambda: bool(steps), timeout=120_000)
    assert steps[0] == [1, 2, 3]  # the run continues the curve
    tr.cancel_btn.click()
    qtbot.waitUntil(lambda: tr.job is None, timeout=120_000)
    # Done (here: cancelled again, so still resumable): both buttons are back.
    assert tr.resume_btn.isEnabled() and tr.start_btn.isEnabled() and not tr.cancel_btn.isEnabled()


def test_merge_is_one_job_and_comes_back_for_the_next_run(qtbot, trained):
    win = trained
    ex = win.pages["export"]
    win.show_page("export")
    ex.refresh()
    assert ex.run_pick.count() == 2 and ex.merge_btn.isEnabled()
    ex.merge_btn.click()
    assert not ex.merge_btn.isEnabled()
    ex.merge_btn.click()
    ex.refresh()  # another job's end refreshes every page: the button stays disabled
    assert len(win.state.jobs) == 1 and not ex.merge_btn.isEnabled()
    qtbot.waitUntil(lambda: not win.state.jobs, timeout=120_000)
    assert win.messages.level == "success" and "Merged into model" in win.messages.text.text()
    assert ex.run_pick.count() == 1 and ex.merge_btn.isEnabled()
    assert sum(m["kind"] == "merged" for m in win.state.catalog.list_models()) == 1


def test_unpack_is_one_job_and_comes_back_when_it_ends(qtbot, window):
    guide = window.pages["workspace"].guide
    window.show_page("workspace")
    unpack = guide.buttons["model"]
    assert unpack.isEnabled()
    unpack.click()
    assert not unpack.isEnabled() and guide.unpack_job is not None
    unpack.click()
    guide.refresh()  # the guide refreshes on every catalog change: still disabled
    assert len(window.state.jobs) == 1 and not unpack.isEnabled()
    guide.progress.cancel_btn.click()
    qtbot.waitUntil(lambda: not window.state.jobs, timeout=120_000)
    assert unpack.isEnabled() == (not window.state.catalog.list_models())
    assert "Internal error" not in window.messages.text.text()


def test_the_preview_follows_the_selected_dataset_and_the_sample_brings_its_own_name(qtbot, window, tmp_path):
    from appliance.data.datasets import DatasetStore

    ds = window.pages["datasets"]
    # "Use the sample" after a name was typed for other data: the sample's own name.
    ds.name.setText("my-own-data")
    window.pages["workspace"].guide.buttons["data"].click()
    assert window.current_page() is ds
    assert ds.file.text().endswith("kestrel_registry.jsonl") and ds.name.text() == "kestrel_registry"

    unlock(qtbot, window)
    DatasetStore(window.state.home, window.state.catalog, window.state.keys).import_file(
        _jsonl(tmp_path / "zebra.jsonl", _chat("zebra stripes?")), name="zebra"
    )
    ds.refresh()
    ds.versions.setCurrentCell(0, 0)
    ds.preview_btn.click()
    assert not ds.preview_btn.isEnabled()
    qtbot.waitUntil(lambda: "zebra stripes" in ds.preview_view.toPlainText() and not window.state.jobs, timeout=30_000)
    assert ds.preview_btn.isEnabled() and "zebra version 1" in ds.preview_view.toPlainText()

    # An import of a dataset listed above it: the selection stays on zebra, whose rows are shown.
    ds.set_file(str(_jsonl(tmp_path / "apple.jsonl", _chat("apple?"))))
    ds.import_btn.click()
    assert not ds.import_btn.isEnabled()
    ds.import_btn.click()
    assert len(window.state.jobs) == 1
    qtbot.waitUntil(lambda: ds.versions.rowCount() == 2 and not window.state.jobs, timeout=60_000)
    assert ds.import_btn.isEnabled()
    assert ds.versions.item(0, 0).text() == "apple"
    assert ds.versions.item(ds.versions.currentRow(), 0).text() == "zebra"
    assert "zebra stripes" in ds.preview_view.toPlainText()
    # Another selection: the rows of the one before are not left under its name.
    ds.versions.setCurrentCell(0, 0)
    assert ds.preview_view.toPlainText() == ""
    ds.preview_btn.click()
    qtbot.waitUntil(lambda: "apple?" in ds.preview_view.toPlainText(), timeout=30_000)
    window.pages["workspace"].lock()
    qtbot.waitUntil(lambda: not window.state.unlocked, timeout=20_000)
    assert ds.preview_view.toPlainText() == ""  # decrypted rows go with the keys


def test_an_existing_export_is_offered_and_export_is_one_job(qtbot, served_window):
    win = served_window
    ex = win.pages["export"]
    win.show_page("export")
    ex.refresh()
    ex.model.setCurrentIndex(ex.model.findData("tiny-llama"))
    ex.quants.setCurrentRow([ex.quants.item(i).data(256) for i in range(ex.quants.count())].index("f16"))
    (existing,) = [e for e in win.state.catalog.list_exports() if e["quant"] == "f16" and "llama" in e["path"]]

    seen = _answer_modal("Use the existing export")
    ex.export_btn.click()
    assert "tiny-llama is already exported to f16 and verified" in seen["text"]
    assert seen["default"] == "Use the existing export"
    assert not win.state.jobs and ex.selected_export()["id"] == existing["id"]
    assert "Using the existing export" in win.messages.text.text()

    _answer_modal("Cancel")
    ex.export_btn.click()
    assert not win.state.jobs and len(win.state.catalog.list_exports()) == 2

    # A deliberate second copy: one job, the button disabled until it ends.
    _answer_modal("Export again")
    ex.export_btn.click()
    assert len(win.state.jobs) == 1 and not ex.export_btn.isEnabled() and not ex.save_copy_btn.isEnabled()
    ex.export_btn.click()
    assert len(win.state.jobs) == 1
    qtbot.waitUntil(lambda: not win.state.jobs, timeout=180_000)
    assert ex.export_btn.isEnabled() and "Exported and verified" in win.messages.text.text()
    assert len(win.state.catalog.list_exports()) == 3


def test_token_counts_are_tokens_and_stop_keeps_both_panes_turns(qtbot, served_window):
    from appliance.serving.conversations import ConversationStore
    from gui.pages.playground import model_context

    win = served_window
    pg = win.pages["playground"]
    win.show_page("playground")
    pg.refresh()
    assert all(p.model.currentData() for p in pg.panes)
    pg.max_tokens.setValue(40)
    pg.temperature.setValue(1.0)
    pg.input.setText("தமிழ் மொழியில் ஒரு கதை சொல்லுங்கள். हिंदी में भी।")
    pg.send_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs and all(len(p.history) == 2 for p in pg.panes), timeout=120_000)
    cut = [p.history[-1]["stats"] for p in pg.panes if p.history[-1]["stats"]["finish_reason"] == "length"]
    assert cut, [p.history[-1]["stats"] for p in pg.panes]
    for stats in cut:  # a cut answer has exactly Max tokens tokens (the stream's chunks are fewer)
        assert stats["tokens"] == 40, stats
    assert any("Cut at 40 tokens" in p.view.toPlainText() for p in pg.panes)

    # Stop while the first pane answers: the second does not start, but keeps the question.
    pg.max_tokens.setValue(4000)
    pg.input.setText("Tell me a long story.")
    pg.send_btn.click()
    first, second = pg.panes
    qtbot.waitUntil(lambda: len(first.current) > 0, timeout=60_000)
    pg.stop_btn.click()
    qtbot.waitUntil(lambda: not pg.jobs, timeout=60_000)
    roles = [[m["role"] for m in p.history] for p in pg.panes]
    assert roles[0] == roles[1] == ["user", "assistant"] * 2
    assert [m["content"] for m in first.history if m["role"] == "user"] == [
        m["content"] for m in second.history if m["role"] == "user"
    ]
    assert first.history[-1]["stats"]["stopped"] and second.history[-1]["stats"]["not_started"]
    assert "Stopped before this model answered." in second.view.toPlainText()
    # The unanswered turn is not sent to that model again; the saved conversation has both.
    assert [m["content"] for m in model_context(second.history)] == [m["content"] for m in second.history[:2]]
    qtbot.waitUntil(lambda: bool(pg.conversation_id), timeout=20_000)
    store = ConversationStore(win.state.home, win.state.catalog, win.state.keys)
    qtbot.waitUntil(lambda: [len(p["messages"]) for p in store.load(pg.conversation_id)["panes"]] == [4, 4])


def _returns_42(_ctx):
    return 42


def _raises(_ctx):
    raise ValueError("no")


@pytest.mark.parametrize("fn", [_returns_42, _raises])
def test_waiting_on_a_finished_job_returns_at_once(qtbot, home, fn):
    """``wait`` from the window's thread (closing the window, the playground's shutdown) returns as
    soon as the job's work is done, without the window's event loop turning: it sat out its whole
    timeout before (30 s in each of three GUI tests' teardown)."""
    import time

    from gui.jobs import Job

    job = Job(fn, home=home).start()
    start = time.monotonic()
    assert job.wait(20_000), "the job's thread did not end"
    assert time.monotonic() - start < 10, f"wait took {time.monotonic() - start:.1f} s"
    got = []
    job.done.connect(got.append)
    job.failed.connect(lambda text, kind: got.append(kind))
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)  # its outcome still reaches the window
    if fn is _returns_42:
        assert got == [42]
    else:
        assert len(got) == 1 and isinstance(got[0], str), got  # failed, with its kind
