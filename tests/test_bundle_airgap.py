"""The air-gapped install, for real: build a bundle with `packaging/build_bundle.py`, then, in a
network namespace with no network at all (`unshare -n`), verify and install it into a fresh
folder, install the appliance from the bundle's wheelhouse into a fresh Python environment
(no registry, no compiler), and run `appliance doctor` and a short train → export → chat.

`make test` builds the small bundle (the appliance's own wheel) and installs it offline;
`make test-bundle` (run by CI) builds the full one and runs the whole loop (several minutes).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _no_network_available() -> str | None:
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    r = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if r.returncode != 0:
        return f"cannot make a network namespace here: {r.stderr.strip()}"
    return None


def _build(tmp_path: Path, small: bool) -> dict:
    args = [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--out", str(tmp_path / "dist"),
            "--keys", str(tmp_path / "keys"), "--version", "9.9.9-test"]
    r = subprocess.run(args + (["--small"] if small else []), capture_output=True, text=True, timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout[r.stdout.index("{"):])


def _offline(script: str, tmp_path: Path, timeout: int) -> subprocess.CompletedProcess:
    """Run a shell script with no network (loopback only, and down)."""
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin", "HOME": str(tmp_path / "home"),
           "LANG": "C.UTF-8", "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
           "CC": "/nonexistent/no-compiler", "CXX": "/nonexistent/no-compiler"}
    (tmp_path / "home").mkdir(exist_ok=True)
    return subprocess.run(["unshare", "-n", "sh", "-ec", script], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=tmp_path)


def test_small_bundle_installs_offline(tmp_path):
    why = _no_network_available()
    if why:
        pytest.skip(why)
    built = _build(tmp_path, small=True)
    prefix = tmp_path / "opt-appliance"
    r = _offline(f"""
        appliance-bundle verify {built['archive']} --prefix {prefix} --root {built['root']}
        appliance-bundle install {built['archive']} --prefix {prefix} --root {built['root']}
        appliance-bundle status --prefix {prefix} --json > status.json
        test -f {prefix}/current/wheels/sovereign_appliance-0.1.0-py3-none-any.whl
        """, tmp_path, 300)
    assert r.returncode == 0, r.stdout + r.stderr
    st = json.loads((tmp_path / "status.json").read_text())
    assert st["current"] == "9.9.9-test" and st["trusted_root"]["fingerprint"] == built["root_fingerprint"]
    rel = json.loads((prefix / "current" / "release.json").read_text())
    assert rel["version"] == "9.9.9-test" and len(rel["commit"]) == 40
    sbom = json.loads((prefix / "current" / "sbom.cdx.json").read_text())
    assert sbom["bomFormat"] == "CycloneDX" and sbom["components"]


@pytest.mark.bundle
def test_full_bundle_air_gapped_install_runs_the_whole_loop(tmp_path):
    why = _no_network_available()
    if why:
        pytest.skip(why)
    built = _build(tmp_path, small=False)
    prefix, venv, home = tmp_path / "opt-appliance", tmp_path / "venv", tmp_path / "work"
    pfile = tmp_path / "pass.txt"
    pfile.write_text("air-gapped test passphrase, not a secret\n")
    sample = ROOT / "appliance" / "samples" / "kestrel_registry.jsonl"
    r = _offline(f"""
        appliance-bundle install {built['archive']} --prefix {prefix} --root {built['root']}
        sh {prefix}/current/install.sh {venv}
        A="{venv}/bin/appliance --home {home}"
        $A --passphrase-file {pfile} init
        $A doctor --json > doctor.json
        $A --passphrase-file {pfile} datasets import {sample} --name reg
        $A --passphrase-file {pfile} train --preset cpu-quick --base smollm2-135m-instruct --dataset reg \\
            --name offline --max-steps 2 --seq-len 128 --json > run.json
        run=$(python3 -c "import json; print(json.load(open('run.json'))['id'])")
        $A merge "$run" --name offline-tuned
        $A export offline-tuned --quant q8_0
        $A chat offline-tuned --prompt "Where do I register a boat?" --max-tokens 16 > chat.txt
        $A audit verify
        """, tmp_path, 1800)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    doctor = json.loads((tmp_path / "doctor.json").read_text())
    assert doctor  # what the installed application sees on this machine
    assert (tmp_path / "chat.txt").read_text().strip()


def test_two_builds_of_one_commit_give_the_same_files(tmp_path):
    """Reproducible builds: with SOURCE_DATE_EPOCH fixed (the commit's time by default), every
    shipped file is byte for byte the same; only the signed metadata differ (each signing is the
    next release number, by design)."""
    outs = []
    for i in (1, 2):
        args = [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--small", "--out", str(tmp_path / f"d{i}"),
                "--keys", str(tmp_path / "keys"), "--version", "1.0.0-repro"]
        r = subprocess.run(args, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
        outs.append(json.loads(r.stdout[r.stdout.index("{"):])["bundle"])
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "compare_bundles.py"), *outs], capture_output=True,
                       text=True)
    rep = json.loads(r.stdout)
    assert r.returncode == 0 and not rep["unexpected_differences"], rep
    assert rep["expected_differences"] == ["metadata/snapshot.json", "metadata/targets.json", "metadata/timestamp.json"]
