"""Real appliance processes killed with SIGKILL, at random moments (seeded) and at each commit
point, then the home must be whole: the audit log verifies, no file is left that no catalog row
names, no run stays `running`, nothing is pending, and the same import, run and merge succeed.

What is killed: dataset imports and removals, model imports, training runs and merges, each as
the `appliance` program a user runs. The next command closes what a kill left
(`appliance/system/recovery.py`); here that is whatever command comes next, and finally `doctor --repair`.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE

SEED = 20261123
KILLS = 18  # of the 26 scheduled, at least this many must hit a running process
ROWS = [
    {
        "messages": [
            {"role": "user", "content": f"Which counter handles form {i}?"},
            {"role": "assistant", "content": f"Counter {i % 5}, in room {i}."},
        ]
    }
    for i in range(40)
]


def _cli(home: Path, *args: str, fault: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "APPLIANCE_HOME": str(home)}
    env.pop("APPLIANCE_FAULT", None)
    if fault:
        env["APPLIANCE_FAULT"] = fault
    return subprocess.Popen(
        [sys.executable, "-m", "appliance", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _run(home: Path, *args: str) -> subprocess.CompletedProcess:
    p = _cli(home, *args)
    out, err = p.communicate(timeout=600)
    return subprocess.CompletedProcess(p.args, p.returncode, out, err)


@pytest.fixture
def crash_home(home_dir, tiny_dirs, tmp_path, bpe_tokenizer):
    """A workspace with the production key derivation (not the suite's KDF_TEST), so each command
    unlocks as long as it does on a real installation and the random kills land inside it."""
    from appliance import workspace
    from appliance.catalog import Catalog
    from appliance.data.datasets import DatasetStore
    from appliance.home import Home
    from appliance.models.store import ModelStore
    from appliance.security.vault import KDF_DEFAULT, Vault

    home = Home.open(home_dir)
    with Catalog.open(home) as catalog:
        vault = Vault(catalog)
        workspace.init(vault, PASSPHRASE, kdf=KDF_DEFAULT).forget()
        unlocked = workspace.unlock(vault, PASSPHRASE)
        ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
        src = tmp_path / "rows.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
        DatasetStore(home, catalog, unlocked).import_file(src, name="train-rows", tokenizer=bpe_tokenizer)
        unlocked.forget()
    pfile = tmp_path / "pass"
    pfile.write_text(PASSPHRASE)
    recipe = tmp_path / "recipe.toml"
    recipe.write_text(
        '[run]\nbase_model = "tiny"\ndatasets = ["train-rows"]\nname = "crash"\n'
        '[training]\nmax_steps = 6\nbatch_size = 4\nsequence_length = 64\nprecision = "fp32"\ndevice = "cpu"\n'
        "warmup_steps = 1\n[checkpoint]\nevery = 2\n"
    )
    return {"home": home.root, "src": src, "pfile": str(pfile), "recipe": str(recipe), "tiny": str(tiny_dirs["llama"])}


def _catalog_facts(home: Path) -> dict:
    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open(home)) as cat:
        runs = list(cat.db["runs"].rows)
        return {
            "imported": cat.db["datasets"].count_where("name = ?", ["rows"]) > 0,
            "completed": next((r["id"] for r in runs if r["status"] == "completed"), None),
            "running": [r["id"] for r in runs if r["status"] == "running"],
            "intents": cat.db["intents"].count,
            "pending": cat.db["exports"].count_where("status = ?", ["pending"]),
            "named": {r["path"] for t in ("datasets", "models", "runs") for r in cat.db[t].rows},
        }


@pytest.mark.crash  # about 90 s: in `make test-crash`, which CI runs too
def test_random_kills_leave_a_whole_home_and_every_operation_can_be_repeated(crash_home):
    c, home = crash_home, crash_home["home"]
    rng = random.Random(SEED)
    # First, one kill exactly at each commit point (the windows a random kill rarely hits).
    P = ["--passphrase-file", c["pfile"]]
    for fault, argv in (
        (
            "dataset.import.committed",
            [*P, "datasets", "import", str(c["src"]), "--name", "rows", "--tokenizer", "none"],
        ),
        ("model.import.committed", ["models", "import", c["tiny"], "--name", "m-commit"]),
        ("train.setup", [*P, "train", "--recipe", c["recipe"]]),
    ):
        p = _cli(home, *argv, fault=fault)
        p.communicate(timeout=600)
        assert p.returncode == -signal.SIGKILL, (fault, p.returncode)
    assert _run(home, *P, "datasets", "import", str(c["src"]), "--name", "rows", "--tokenizer", "none").returncode == 0
    p = _cli(home, "datasets", "remove", "rows", "--yes", fault="dataset.remove.row-deleted")
    p.communicate(timeout=600)
    assert p.returncode == -signal.SIGKILL
    # Then each kind of operation killed several times, at seeded random moments of its run.
    first = _run(home, *P, "train", "--recipe", c["recipe"], "--json")  # a completed run to merge
    assert first.returncode == 0, first.stderr
    completed = json.loads(first.stdout)["id"]
    import_argv = [*P, "datasets", "import", str(c["src"]), "--name", "rows", "--tokenizer", "none"]
    schedule = [
        ("import", 8, 1.6, lambda: import_argv),
        ("remove", 5, 1.2, lambda: ["datasets", "remove", "rows", "--yes"]),
        ("model", 5, 5.0, lambda: ["models", "import", c["tiny"], "--name", f"m-{rng.randrange(10**6)}"]),
        ("train", 5, 10.0, lambda: [*P, "train", "--recipe", c["recipe"]]),
        ("merge", 3, 6.0, lambda: ["merge", completed, "--name", f"merged-{rng.randrange(10**6)}"]),
    ]
    kills = 0
    for kind, times, duration, argv in schedule:
        hit, tries = 0, 0
        while hit < times and tries < 2 * times:  # an operation that finished first does not count
            tries += 1
            if kind == "remove" and not _catalog_facts(home)["imported"]:
                _run(home, *import_argv)
            p = _cli(home, *argv())
            t0 = time.monotonic()
            target = rng.uniform(0.3, duration)
            while time.monotonic() - t0 < target and p.poll() is None:
                time.sleep(0.02)
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                hit += 1
            else:  # it finished first (a fast machine): aim the next kills within its real duration
                duration = max(0.35, 0.9 * (time.monotonic() - t0))
            p.communicate(timeout=600)
        kills += hit
    assert kills >= KILLS, f"only {kills} operations were still running when their kill came"
    repair = _run(home, "doctor", "--repair")
    assert repair.returncode == 0, repair.stderr
    facts = _catalog_facts(home)
    assert facts["running"] == [] and facts["intents"] == 0 and facts["pending"] == 0
    on_disk = {p.relative_to(home).as_posix() for d in ("datasets", "models", "runs") for p in (home / d).iterdir()}
    assert on_disk == facts["named"], f"left behind: {on_disk - facts['named']}; missing: {facts['named'] - on_disk}"
    assert list((home / "tmp").iterdir()) == []
    verify = _run(home, "audit", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    # Everything can be done again, to the end.
    again = _run(home, *P, "datasets", "import", str(c["src"]), "--name", "rows", "--tokenizer", "none")
    assert again.returncode == 0, again.stderr
    trained = _run(home, *P, "train", "--recipe", c["recipe"], "--json")
    assert trained.returncode == 0, trained.stderr
    run_id = json.loads(trained.stdout)["id"]
    assert _run(home, "merge", run_id, "--name", "merged-final").returncode == 0
    assert _run(home, "models", "import", c["tiny"], "--name", "m-final").returncode == 0
    assert _run(home, "audit", "verify").returncode == 0


def test_a_new_appliance_version_is_recorded_once_in_the_audit_log(home, catalog, unlocked):
    """After an update, the first command records the version change (from, to); later ones don't."""
    from appliance.audit.log import AuditLog
    from appliance.system.recovery import recover
    from appliance.version import __version__

    (home.root / "app-version").write_text("0.0.9\n")
    notes = recover(home, catalog)
    assert any("updated from 0.0.9" in str(n) for n in notes)
    assert recover(home, catalog) == []
    log = AuditLog(catalog)
    res = log.verify(audit_private=log.audit_private_key(unlocked))
    changes = [r for r in res.decrypted if r["action"] == "app.version-change"]
    assert len(changes) == 1 and changes[0]["params"] == {"from": "0.0.9", "to": __version__}
