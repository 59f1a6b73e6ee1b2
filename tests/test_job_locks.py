"""One operation at a time on an object (issue 25, items 19 and 24): the core refuses a second
unpack of the built-in model, merge or resume of a run, import under a name, or export of a model
to a quantization while the first runs, with a message naming the object (``Busy``, exit 22),
never a database constraint's traceback; and an export that already exists, verified, is offered
instead of copied again. Real processes (the CLI, stopped at a fault point with SIGSTOP while it
holds its lock), real flock, tiny models."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE

from appliance.errors import AlreadyExported, Busy
from appliance.locks import exclusive, lock_path

ROWS = [
    {
        "messages": [
            {"role": "user", "content": f"What is the code of office {i}?"},
            {"role": "assistant", "content": f"Office {i} has code ZX-{i * 7}."},
        ]
    }
    for i in range(16)
]

HOLDER = """
import sys, time
from appliance.locks import exclusive
with exclusive(sys.argv[1], sys.argv[2], what="the thing", operation="holding it"):
    print("held", flush=True)
    time.sleep(600)
"""


def _cli(home, *args, fault: str | None = None, wait: bool = True, tmp: Path | None = None):
    """``appliance ARGS`` as its own process; with ``fault`` it stops itself (SIGSTOP) there."""
    pfile = Path(home.root).parent / "passphrase"
    pfile.write_text(PASSPHRASE)
    env = {**os.environ, "APPLIANCE_HOME": str(home.root)}
    if fault:
        env["APPLIANCE_FAULT"] = f"{fault}:SIGSTOP"
    cmd = [sys.executable, "-m", "appliance", "--passphrase-file", str(pfile), *args]
    if wait:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stopped(proc, timeout: float = 240) -> None:
    """Wait until ``proc`` stopped itself at its fault point (state T in /proc)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert proc.poll() is None, proc.communicate()
        state = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state == "T":
            return
        time.sleep(0.1)
    proc.kill()
    pytest.fail("the first process never reached its fault point")


def _resume_proc(proc) -> tuple[int, str, str]:
    os.kill(proc.pid, signal.SIGCONT)
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


# --- the lock itself ---------------------------------------------------------------------------


def test_a_lock_held_by_another_process_is_refused_and_freed_when_that_process_dies(home):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home.root), "run-x"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Busy) as refused:
            with exclusive(home, "run-x", what="run x", operation="merging it"):
                pytest.fail("entered a lock another process holds")
        msg = str(refused.value)
        assert f"An operation on run x is already running (holding it in process {holder.pid})" in msg
        assert "What to do:" in msg and refused.value.exit_code == 22
        # Another object's lock is free.
        with exclusive(home, "run-y", what="run y", operation="merging it"):
            pass
    finally:
        holder.kill()  # a crash: nothing releases the lock but the kernel
        holder.wait()
    with exclusive(home, "run-x", what="run x", operation="merging it"):
        assert lock_path(home, "run-x").read_text().startswith(f"{os.getpid()} merging it")
    assert oct(lock_path(home, "run-x").stat().st_mode & 0o777) == "0o600"


def test_two_threads_of_one_process_exclude_each_other(home):
    """flock belongs to the open file: a second open in the same process (the GUI runs light jobs
    on threads) is refused as another process would be."""
    inside, release = threading.Event(), threading.Event()

    def hold():
        with exclusive(home, "export-m-f16", what="the export of m to f16", operation="exporting it"):
            inside.set()
            release.wait(30)

    t = threading.Thread(target=hold)
    t.start()
    assert inside.wait(30)
    try:
        with pytest.raises(Busy, match="the export of m to f16 is already running"):
            with exclusive(home, "export-m-f16", what="the export of m to f16", operation="exporting it"):
                pass
    finally:
        release.set()
        t.join()
    with exclusive(home, "export-m-f16", what="the export of m to f16", operation="exporting it"):
        pass


# --- the operations that hold it ---------------------------------------------------------------


def test_the_built_in_model_is_unpacked_once_at_a_time(home, catalog):
    from appliance.models.store import ModelStore

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home.root), "builtin-model"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(Busy, match="the built-in model smollm2-135m-instruct is already running"):
            ModelStore(home, catalog).ensure_builtin()
    finally:
        holder.kill()
        holder.wait()
    assert catalog.list_models() == []


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_two_imports_under_one_name_one_is_refused_not_an_internal_error(home, catalog, tiny_dirs):
    first = _cli(
        home, "models", "import", str(tiny_dirs["llama"]), "--name", "tiny", fault="model.import.committed", wait=False
    )
    _stopped(first)
    second = _cli(home, "models", "import", str(tiny_dirs["llama"]), "--name", "tiny")
    assert second.returncode == 22, second.stderr
    text = " ".join(second.stderr.split())
    assert f"An operation on a model named 'tiny' is already running (importing it in process {first.pid})" in text
    assert "Traceback" not in text and "IntegrityError" not in text
    rc, _out, err = _resume_proc(first)
    assert rc == 0, err
    assert [m["name"] for m in catalog.list_models()] == ["tiny"]


@pytest.fixture
def train(home, catalog, unlocked, tiny_dirs, tmp_path, bpe_tokenizer):
    """``train(name, steps, stop_at=None)``: a tiny run, completed, or cancelled at ``stop_at``
    (a checkpoint every 2 steps)."""
    from appliance.data.datasets import DatasetStore
    from appliance.errors import Cancelled
    from appliance.events import CancelToken
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import start_training
    from appliance.tuning.trainer import TrainStep

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    src = tmp_path / "offices.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    DatasetStore(home, catalog, unlocked).import_file(src, name="offices", tokenizer=bpe_tokenizer, eval_fraction=0.2)

    def run(name: str, steps: int, stop_at: int | None = None) -> dict:
        recipe = recipe_from_dict(
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
        if stop_at is None:
            return start_training(home, catalog, unlocked, recipe)
        token = CancelToken()

        def stop(e):
            if isinstance(e, TrainStep) and e.step == stop_at:
                token.cancel()

        with pytest.raises(Cancelled):
            start_training(home, catalog, unlocked, recipe, on_event=stop, cancel=token)
        return next(r for r in RunStore(home, catalog).list() if r["name"] == name)

    return run


def test_a_second_merge_of_a_run_is_refused_while_the_first_runs(home, catalog, train):
    run_id = train("done", 2)["id"]
    first = _cli(home, "merge", run_id, "--name", "first", fault="model.import.committed", wait=False)
    _stopped(first)
    second = _cli(home, "merge", run_id, "--name", "second")
    assert second.returncode == 22, second.stderr
    assert f"An operation on run done ({run_id}) is already running (merging it in process {first.pid})" in (
        " ".join(second.stderr.split())
    )
    rc, _out, err = _resume_proc(first)
    assert rc == 0, err
    assert sorted(m["name"] for m in catalog.list_models()) == ["first", "tiny"]


def test_a_second_resume_of_a_run_is_refused_while_the_first_runs(home, catalog, train):
    from appliance.tuning.runs import RunStore

    run_id = train("halted", 6, stop_at=2)["id"]
    first = _cli(home, "train", "--resume", run_id, fault="train.restart", wait=False)
    _stopped(first)
    second = _cli(home, "train", "--resume", run_id)
    assert second.returncode == 22, second.stderr
    assert f"(resuming it in process {first.pid})" in " ".join(second.stderr.split())
    rc, _out, err = _resume_proc(first)
    assert rc == 0, err
    row = RunStore(home, catalog).get(run_id)
    assert row["status"] == "completed" and row["steps_done"] == 6


# --- exports: one at a time, and one verified copy ---------------------------------------------


@pytest.mark.heavy
def test_an_export_that_exists_is_offered_not_made_again_and_force_makes_a_second(home, catalog, tiny_dirs):
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    first = _cli(home, "export", "tiny", "--quant", "f16", fault="export.hash", wait=False)
    _stopped(first)
    busy = _cli(home, "export", "tiny", "--quant", "f16")
    assert busy.returncode == 22, busy.stderr
    assert "the export of tiny to f16 is already running (exporting it in process" in " ".join(busy.stderr.split())
    rc, _out, err = _resume_proc(first)
    assert rc == 0, err
    (row,) = catalog.list_exports()
    assert row["status"] == "verified"

    again = _cli(home, "export", "tiny", "--quant", "f16")
    text = " ".join(again.stderr.split())
    assert again.returncode == 6, again.stderr
    assert f"tiny is already exported to f16 and verified: export {row['id']}" in text
    assert "Nothing was written" in text and "--force" in text
    assert len(catalog.list_exports()) == 1 and len(list(home.exports_dir.iterdir())) == 1

    exporter = Exporter(home, catalog)
    with pytest.raises(AlreadyExported) as refused:
        exporter.export("tiny", "f16")
    assert refused.value.existing["id"] == row["id"] and exporter.existing(catalog.get_model("tiny"), "f16") == row
    second, report = exporter.export("tiny", "f16", force=True)
    assert second["id"] != row["id"] and second["status"] == "verified"
    # Another quantization is no duplicate; a model whose files changed would not be either.
    assert exporter.existing(catalog.get_model("tiny"), "q8_0") is None
