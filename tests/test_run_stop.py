"""Stopping a run that another process trains (issue 25: a window's run outlives the window, so
no terminal may hold it): ``appliance runs stop RUN`` asks it, the run stops at its next step as
a cancel does (a checkpoint, ``cancelled``, resumable), audited; a run that is not running is
refused by name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import test_training
from conftest import PASSPHRASE, run

setup_run = test_training.setup_run


def test_a_run_in_another_process_stops_when_asked_and_resumes(home, catalog, setup_run, tmp_path, capsys):
    from appliance.audit.log import AuditLog
    from appliance.errors import InvalidInputError
    from appliance.tuning.runs import STOP_FILE, RunStore

    pfile = tmp_path / "p"
    pfile.write_text(PASSPHRASE)
    recipe = tmp_path / "r.toml"
    recipe.write_text(setup_run(training__max_steps=100000, checkpoint__every=1000).to_toml())
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "--passphrase-file", str(pfile), "train", "--recipe", str(recipe)],
        env={**os.environ, "APPLIANCE_HOME": str(home.root)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # no terminal or process group of ours reaches it
    )
    try:
        runs = RunStore(home, catalog)
        deadline = time.time() + 120
        while time.time() < deadline and not runs.list() and proc.poll() is None:
            time.sleep(0.2)
        assert runs.list(), proc.communicate(timeout=60) if proc.poll() is not None else "no run after 120 s"
        (row,) = runs.list()
        code, out, err = run(capsys, "runs", "stop", row["name"])
        assert code == 0 and "stop" in out and row["id"] in out, out + err
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode != 0 and "Traceback" not in err and "checkpoint" in err, err
    row = runs.get(row["id"])
    assert row["status"] == "cancelled" and runs.checkpoints(row), row
    assert not (runs.path(row) / STOP_FILE).exists()  # the request is spent: a resume is not stopped by it
    log, mk = AuditLog(catalog), _keys(catalog)
    decrypted = log.verify(audit_private=log.audit_private_key(mk)).decrypted
    mk.forget()
    records = [r for r in decrypted if r["action"] == "train.stop-request"]
    assert len(records) == 1 and records[0]["objects"] == [row["id"]] and records[0]["outcome"] == "ok"

    # Not running any more: refused by name, nothing written.
    code, out, err = run(capsys, "runs", "stop", row["id"])
    assert code == InvalidInputError.exit_code and "is not running" in err and "cancelled" in err, out + err
    assert not (runs.path(row) / STOP_FILE).exists()
    code, out, err = run(capsys, "runs", "stop", "no-such-run")
    assert code != 0 and "no-such-run" in err


def _keys(catalog):
    from appliance import workspace
    from appliance.security.vault import Vault

    return workspace.unlock(Vault(catalog), PASSPHRASE)


def test_the_resume_hint_for_a_run_running_elsewhere_names_runs_stop(home, catalog, setup_run):
    from appliance.audit.actions import action
    from appliance.procs import owner
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import start_training

    keys = _keys(catalog)
    done = start_training(home, catalog, keys, setup_run(training__max_steps=3))
    runs = RunStore(home, catalog)
    with action(catalog, "test.pretend-running"), catalog.atomic():  # as if this process trained it
        runs.update(done["id"], status="running", meta=json.dumps(owner()))
    blocker = runs.resume_blocker(runs.get(done["id"]))
    assert blocker is not None and f"appliance runs stop {done['id']}" in blocker.hint
