"""Exports killed for real at every stage: a clear error, the catalog says what happened, no orphan.

Two ways to die, each at each stage (`make test` runs one case of each; `make test-crash`, which
CI also runs, every stage) (``appliance/faults.py`` makes the process send itself the
signal at an exact point; nothing is simulated afterwards):

* the exporting process itself (``kill -9`` while converting, quantizing, hashing, after the
  file is in place, during the gate): the next command marks the export failed with the stage
  its log reached and removes every file; no worker survives its parent;
* a worker (the converter, the quantizer, the gate's torch half by SIGKILL, its llama.cpp half
  by SIGSEGV as on the GPU workstation): the export command ends at once with an error naming
  the stage, the signal and the log, and leaves a failed row and no file.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from appliance.catalog import Catalog
from appliance.home import Home


@pytest.fixture
def exporting_home(home, catalog, tiny_dirs):
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    return home


def _appliance(home: Home, *args: str, fault: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "APPLIANCE_HOME": str(home.root)}
    env.pop("APPLIANCE_FAULT", None)
    if fault:
        env["APPLIANCE_FAULT"] = fault
    return subprocess.run(
        [sys.executable, "-m", "appliance", *args], capture_output=True, text=True, env=env, timeout=600
    )


def _no_process_left(home: Home) -> None:
    """No worker outlived its parent (they die with it: PR_SET_PDEATHSIG)."""
    deadline = time.time() + 10
    while True:
        left = [
            p
            for p in psutil.process_iter(["cmdline"])
            if p.info["cmdline"] and any(str(home.root) in a for a in p.info["cmdline"])
        ]
        if not left or time.time() > deadline:
            break
        time.sleep(0.2)
    assert not left, [p.info["cmdline"] for p in left]


def _rows(home: Home) -> list[dict]:
    with Catalog.open(home) as cat:
        return cat.list_exports()


# `make test` runs one case of each kind (the ones closest to what was seen on a GPU workstation);
# every stage runs in `make test-crash` (marker `crash`), which CI runs too.
CRASH = pytest.mark.crash


@pytest.mark.parametrize(
    "stage,point",
    [
        pytest.param("convert", "export.convert", marks=CRASH),
        pytest.param("quantize", "export.quantize", marks=CRASH),
        pytest.param("hash", "export.hash", marks=CRASH),
        pytest.param("hash", "export.commit", marks=CRASH),  # the file is in exports/, the gate has not started
        ("verify", "export.gate"),
    ],
)
def test_killing_the_exporting_process_at_each_stage(exporting_home, stage, point):
    home = exporting_home
    out = _appliance(home, "export", "tiny", "--quant", "q8_0", fault=point)
    assert out.returncode == -9, out.stderr
    _no_process_left(home)
    (row,) = _rows(home)
    assert row["status"] == "pending"  # what the kill left: intent recorded, no verdict
    # The next command, whatever it is, finishes the job.
    listing = _appliance(home, "exports", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    assert f"interrupted during the {stage} stage" in listing.stderr and "marked failed" in listing.stderr
    (row,) = json.loads(listing.stdout)
    assert row["status"] == "failed" and f"during the {stage} stage" in row["error"]
    assert list(home.exports_dir.iterdir()) == [] and list(home.tmp_dir.iterdir()) == []
    verify = _appliance(home, "audit", "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    # Nothing more to do on the command after.
    again = _appliance(home, "exports", "list")
    assert "note:" not in again.stderr


@pytest.mark.parametrize(
    "stage,point,signal_name,what",
    [
        pytest.param("convert", "worker.convert", "SIGKILL", "Conversion", marks=CRASH),
        pytest.param("quantize", "worker.quantize", "SIGKILL", "Quantization", marks=CRASH),
        pytest.param("verify", "worker.gate-reference", "SIGKILL", "reference half", marks=CRASH),
        ("verify", "worker.gate-llama:SIGSEGV", "SIGSEGV", "llama.cpp half"),
    ],
)
def test_a_worker_dying_by_a_signal_is_a_clear_error(exporting_home, stage, point, signal_name, what):
    home = exporting_home
    out = _appliance(home, "export", "tiny", "--quant", "q8_0", fault=point)
    assert out.returncode == 6, out.stdout + out.stderr
    err = " ".join(out.stderr.split())
    assert what in err and f"ended by {signal_name}" in err and f"during the {stage} stage" in err, err
    assert "Traceback" not in out.stderr
    (row,) = _rows(home)
    named = re.search(r"Its log: (\S+\.log)\.", err)
    assert named and Path(named.group(1)).is_file(), err
    assert Path(named.group(1)).name.startswith(f"export-{row['id']}")  # export-<id>.log or .reference.log
    assert row["status"] == "failed" and signal_name in row["error"] and f"during the {stage} stage" in row["error"]
    assert list(home.exports_dir.iterdir()) == [] and list(home.tmp_dir.iterdir()) == []
    _no_process_left(home)


def test_an_orphan_export_folder_is_removed_by_the_next_command(exporting_home):
    home = exporting_home
    stray = home.exports_dir / "exp-0123456789"
    stray.mkdir()
    (stray / "tiny-q8_0.gguf").write_bytes(b"GGUF" + b"\0" * 64)
    out = _appliance(home, "exports", "list")
    assert out.returncode == 0 and list(home.exports_dir.iterdir()) == []


def test_a_running_export_is_not_touched_by_another_command(exporting_home):
    """Recovery only closes exports whose process is gone: a live one keeps its row and files."""
    home = exporting_home
    env = {**os.environ, "APPLIANCE_HOME": str(home.root), "APPLIANCE_FAULT": "export.gate:SIGSTOP"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "export", "tiny", "--quant", "f16"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.time() + 300
        while psutil.Process(proc.pid).status() != psutil.STATUS_STOPPED and time.time() < deadline:
            time.sleep(0.2)
        listing = _appliance(home, "exports", "list", "--json")
        (row,) = json.loads(listing.stdout)
        assert row["status"] == "pending" and "note:" not in listing.stderr
        assert (home.root / row["path"]).is_file()
        removed = _appliance(home, "exports", "remove", row["id"], "--yes")
        assert removed.returncode == 6 and "still being made" in removed.stderr
    finally:
        proc.kill()
        proc.wait()
