"""The air-gapped install, for real: build a bundle with `packaging/build_bundle.py`, then, in a
network namespace with no network at all (`unshare -n`), verify and install it into a fresh
folder, and run `appliance doctor` and a short train → export → chat twice: from the installed
desktop application (the frozen one, with the bundle's portable llama.cpp runtime), and from a
fresh Python environment the bundle's wheelhouse was installed into (no registry, no compiler).

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
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return "unshare or ip is not installed"
    r = subprocess.run(["unshare", "-n", "true"], capture_output=True, text=True)
    if r.returncode != 0:
        return f"cannot make a network namespace here: {r.stderr.strip()}"
    return None


def _build(tmp_path: Path, small: bool, desktop: Path | None = None) -> dict:
    args = [
        sys.executable,
        str(ROOT / "packaging" / "build_bundle.py"),
        "--out",
        str(tmp_path / "dist"),
        "--keys",
        str(tmp_path / "keys"),
        "--version",
        "9.9.9-test",
        "--no-cuda",
    ]
    args += ["--small"] if small else []
    args += ["--desktop", str(desktop)] if desktop else []
    r = subprocess.run(args, capture_output=True, text=True, timeout=3600)
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout[r.stdout.index("{") :])


def _offline(script: str, tmp_path: Path, timeout: int) -> subprocess.CompletedProcess:
    """Run a shell script with no network (loopback only, and down)."""
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": "C.UTF-8",
        "PIP_NO_INDEX": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "CC": "/nonexistent/no-compiler",
        "CXX": "/nonexistent/no-compiler",
    }
    (tmp_path / "home").mkdir(exist_ok=True)
    return subprocess.run(
        # A namespace with no network interface but its loopback, brought up as every machine has
        # it: the appliance's model servers listen on 127.0.0.1 (docs/native.md, "One engine").
        ["unshare", "-n", "sh", "-ec", "ip link set lo up\n" + script],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=tmp_path,
    )


@pytest.mark.bundle  # a real build and an install with no network (about 20 s): in `make test-bundle`, run by CI
def test_small_bundle_installs_offline(tmp_path):
    why = _no_network_available()
    if why:
        pytest.skip(why)
    built = _build(tmp_path, small=True)
    prefix = tmp_path / "opt-appliance"
    r = _offline(
        f"""
        appliance-bundle verify {built["archive"]} --prefix {prefix} --root {built["root"]}
        appliance-bundle install {built["archive"]} --prefix {prefix} --root {built["root"]}
        appliance-bundle status --prefix {prefix} --json > status.json
        test -f {prefix}/current/wheels/sovereign_appliance-0.1.0-py3-none-any.whl
        """,
        tmp_path,
        300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    st = json.loads((tmp_path / "status.json").read_text())
    assert st["current"] == "9.9.9-test" and st["trusted_root"]["fingerprint"] == built["root_fingerprint"]
    rel = json.loads((prefix / "current" / "release.json").read_text())
    assert rel["version"] == "9.9.9-test" and len(rel["commit"]) == 40
    sbom = json.loads((prefix / "current" / "sbom.cdx.json").read_text())
    assert sbom["bomFormat"] == "CycloneDX" and sbom["components"]


def _loop(appliance: str, home: Path, pfile: Path, tag: str) -> str:
    """doctor, then import → train → merge → export → chat → audit verify, with one program."""
    sample = ROOT / "appliance" / "samples" / "kestrel_registry.jsonl"
    return f"""
        A="{appliance} --home {home}"
        $A --passphrase-file {pfile} init
        $A doctor --json > doctor-{tag}.json
        $A --passphrase-file {pfile} datasets import {sample} --name reg
        $A --passphrase-file {pfile} train --preset cpu-quick --base smollm2-135m-instruct --dataset reg \\
            --name offline --max-steps 2 --seq-len 128 --json > run-{tag}.json
        run=$(python3 -c "import json; print(json.load(open('run-{tag}.json'))['id'])")
        $A merge "$run" --name offline-tuned
        $A export offline-tuned --quant q8_0
        $A chat offline-tuned --prompt "Where do I register a boat?" --max-tokens 16 > chat-{tag}.txt
        $A audit verify
        """


@pytest.mark.bundle
@pytest.mark.timeout(3600)  # the frozen app, the full bundle and two offline loops: about 15-20 minutes on 2 cores
def test_full_bundle_air_gapped_install_runs_the_whole_loop(tmp_path, frozen_app):
    why = _no_network_available()
    if why:
        pytest.skip(why)
    built = _build(tmp_path, small=False, desktop=frozen_app)
    prefix, venv = tmp_path / "opt-appliance", tmp_path / "venv"
    pfile = tmp_path / "pass.txt"
    pfile.write_text("air-gapped test passphrase, not a secret\n")
    r = _offline(
        f"""
        appliance-bundle install {built["archive"]} --prefix {prefix} --root {built["root"]} > install.txt
        {_loop(f"{prefix}/current/app/appliance", tmp_path / "work-app", pfile, "app")}
        sh {prefix}/current/install.sh {venv}
        {_loop(f"{venv}/bin/appliance", tmp_path / "work-venv", pfile, "venv")}
        """,
        tmp_path,
        3000,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "variant cpu" in (tmp_path / "install.txt").read_text()
    for tag in ("app", "venv"):
        doctor = json.loads((tmp_path / f"doctor-{tag}.json").read_text())
        kernels = doctor["llama_cpp"]["cpu_kernels"]  # the portable runtime picked its kernels for this CPU
        assert kernels["chosen"] in kernels["available"] and "sapphirerapids" not in kernels["available"]
        assert (tmp_path / f"chat-{tag}.txt").read_text().strip()


@pytest.mark.bundle  # two builds, about 20 s: in `make test-bundle`, which CI runs too
def test_two_builds_of_one_commit_give_the_same_files(tmp_path):
    """Reproducible builds: with SOURCE_DATE_EPOCH fixed (the commit's time by default), every
    shipped file is byte for byte the same; only the signed metadata differ (each signing is the
    next release number, by design)."""
    outs = []
    for i in (1, 2):
        args = [
            sys.executable,
            str(ROOT / "packaging" / "build_bundle.py"),
            "--small",
            "--out",
            str(tmp_path / f"d{i}"),
            "--keys",
            str(tmp_path / "keys"),
            "--version",
            "1.0.0-repro",
        ]
        r = subprocess.run(args, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-2000:]
        outs.append(json.loads(r.stdout[r.stdout.index("{") :])["bundle"])
    r = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "compare_bundles.py"), *outs], capture_output=True, text=True
    )
    rep = json.loads(r.stdout)
    assert r.returncode == 0 and not rep["unexpected_differences"], rep
    assert rep["expected_differences"] == ["metadata/snapshot.json", "metadata/targets.json", "metadata/timestamp.json"]
