"""A run's checkpoint folders (``appliance/tuning/checkpoints.py``), on real files: written whole
or not at all, listed in step order without staging leftovers, pruned to the newest N."""

from __future__ import annotations

import json
import os

import pytest

from appliance.errors import StorageError
from appliance.tuning import checkpoints


def _files(folder):
    (folder / checkpoints.TRAINABLE).write_bytes(b"weights")
    (folder / checkpoints.TRAINER_STATE).write_bytes(b"optimizer")


def _write(run_dir, step, *, keep=100, writer=_files, **state):
    return checkpoints.write(run_dir, step, writer, {"step": step, "tokens_seen": 10 * step, **state}, keep=keep)


def test_a_checkpoint_is_a_step_folder_with_its_files_and_state(tmp_path):
    path = _write(tmp_path, 6, reason="interval")
    assert path == tmp_path / "checkpoints" / "step-000006"
    assert sorted(p.name for p in path.iterdir()) == ["state.json", "trainable.safetensors", "trainer_state.pt"]
    assert checkpoints.read_state(path) == {"step": 6, "tokens_seen": 60, "reason": "interval"}
    assert json.loads((path / "state.json").read_text())["step"] == 6
    assert checkpoints.step_of(path) == 6
    assert checkpoints.list_checkpoints(tmp_path) == [path]
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".staging")]


def test_no_folder_means_no_checkpoints(tmp_path):
    assert checkpoints.list_checkpoints(tmp_path) == []
    assert checkpoints.list_checkpoints(tmp_path / "missing") == []
    assert checkpoints.prune(tmp_path, 1) == []


def test_step_of_reads_the_folder_name(tmp_path):
    assert checkpoints.step_of(tmp_path / "step-000042") == 42
    assert checkpoints.step_of(tmp_path / "step-1234567") == 1234567
    for bad in (".staging-000042-123", "step-", "step-abc", "model"):
        with pytest.raises(ValueError):
            checkpoints.step_of(tmp_path / bad)


def test_a_crash_leftover_is_never_listed(tmp_path):
    """A staging folder (a kill before the rename) and a step folder without its state.json are
    not checkpoints: resuming never picks them."""
    done = _write(tmp_path, 3)
    ckdir = tmp_path / "checkpoints"
    staging = ckdir / f".staging-000006-{os.getpid() + 1}"
    staging.mkdir()
    _files(staging)
    (staging / "state.json").write_text(json.dumps({"step": 6}))
    half = ckdir / "step-000009"
    half.mkdir()
    _files(half)
    (ckdir / "notes.txt").write_text("not a checkpoint")
    assert checkpoints.list_checkpoints(tmp_path) == [done]


def test_a_failed_write_keeps_the_previous_checkpoint_and_leaves_no_staging(tmp_path):
    first = _write(tmp_path, 3)

    def broken(folder):
        (folder / checkpoints.TRAINABLE).write_bytes(b"half")
        raise RuntimeError("killed half-way")

    with pytest.raises(RuntimeError, match="killed half-way"):
        _write(tmp_path, 6, writer=broken)

    def disk_error(folder):
        raise OSError(28, "No space left on device")

    with pytest.raises(StorageError, match="Could not write the checkpoint at step 6: No space left on device"):
        _write(tmp_path, 6, writer=disk_error)
    assert checkpoints.list_checkpoints(tmp_path) == [first]
    assert [p.name for p in (tmp_path / "checkpoints").iterdir()] == ["step-000003"]
    assert (first / checkpoints.TRAINABLE).read_bytes() == b"weights"


def test_no_room_refuses_before_writing(tmp_path):
    with pytest.raises(StorageError, match="Not enough disk space for checkpoint at step 4"):
        checkpoints.write(tmp_path, 4, _files, {"step": 4}, keep=2, need_bytes=1 << 62)
    assert checkpoints.list_checkpoints(tmp_path) == []
    assert list((tmp_path / "checkpoints").iterdir()) == []


def test_the_same_step_written_again_replaces_it(tmp_path):
    _write(tmp_path, 5, reason="interval")
    again = _write(tmp_path, 5, reason="cancel")
    assert checkpoints.list_checkpoints(tmp_path) == [again]
    assert checkpoints.read_state(again)["reason"] == "cancel"


def test_pruning_keeps_the_newest_n_in_step_order(tmp_path):
    for step in (3, 6, 9, 12, 15):
        _write(tmp_path, step, keep=2)
    assert [checkpoints.step_of(p) for p in checkpoints.list_checkpoints(tmp_path)] == [12, 15]
    # Steps past six digits still sort by number, not by name.
    _write(tmp_path, 999_999, keep=3)
    _write(tmp_path, 1_000_000, keep=3)
    assert [checkpoints.step_of(p) for p in checkpoints.list_checkpoints(tmp_path)] == [15, 999_999, 1_000_000]
    removed = checkpoints.prune(tmp_path, 1)
    assert [checkpoints.step_of(p) for p in removed] == [15, 999_999]
    assert [p.name for p in (tmp_path / "checkpoints").iterdir()] == ["step-1000000"]


def test_the_run_store_lists_the_same_checkpoints(home, catalog):
    from appliance.tuning.runs import RunStore

    row = {"path": "runs/run-0000000000"}
    run_dir = home.root / row["path"]
    for step in (2, 4):
        _write(run_dir, step)
    (run_dir / "checkpoints" / ".staging-000006-1").mkdir()
    runs = RunStore(home, catalog)
    assert runs.checkpoints(row) == checkpoints.list_checkpoints(run_dir)
    assert [p.name for p in runs.checkpoints(row)] == ["step-000002", "step-000004"]
