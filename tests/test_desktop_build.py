"""The frozen desktop application (PyInstaller, build.spec): built once, then started as a user
would, offscreen, in Arabic and Tamil; and the CLI, its workers (`-m MODULE`) and the auditor's
tool from the same executable. Several minutes: `make test-bundle` (run by CI)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def frozen(frozen_app):
    return frozen_app


def _env(tmp_path):
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.bundle
@pytest.mark.parametrize("language,rtl", [("ar", True), ("ta", False)])
def test_the_frozen_gui_shows_its_window_translated(frozen, tmp_path, language, rtl):
    shot = tmp_path / f"{language}.png"
    r = subprocess.run(
        [
            str(frozen / "appliance-gui"),
            "--home",
            str(tmp_path / "home"),
            "--language",
            language,
            "--screenshot",
            str(shot),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=_env(tmp_path),
    )
    assert r.returncode == 0, r.stderr[-3000:]
    facts = json.loads(r.stdout.strip().splitlines()[-1])
    assert facts["frozen"] and facts["right_to_left"] is rtl
    assert facts["title"] != "Sovereign model appliance"  # the translated title, not the English one
    assert shot.stat().st_size > 10_000
    if os.environ.get("APPLIANCE_KEEP_SCREENSHOTS"):
        dest = ROOT / "docs" / "screenshots" / f"frozen-{language}.png"
        dest.write_bytes(shot.read_bytes())


@pytest.mark.bundle
def test_the_frozen_cli_its_workers_and_the_auditor_tool(frozen, tmp_path):
    env = _env(tmp_path)
    r = subprocess.run(
        [str(frozen / "appliance"), "--home", str(tmp_path / "h"), "doctor", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    doctor = json.loads(r.stdout)
    assert doctor
    r = subprocess.run(
        [str(frozen / "appliance"), "-m", "appliance.export.workers", "probe-llama"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert r.returncode == 0 and json.loads(r.stdout.strip().splitlines()[-1]), r.stderr[-2000:]
    r = subprocess.run(
        [str(frozen / "appliance-audit"), "--help"], capture_output=True, text=True, timeout=120, env=env
    )
    assert r.returncode == 0 and "audit" in r.stdout.lower()
    r = subprocess.run(
        [str(frozen / "appliance-bundle"), "status", "--prefix", str(tmp_path / "p")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert r.returncode == 0 and "Current: none" in r.stdout


@pytest.mark.bundle
def test_the_frozen_app_carries_the_compiled_catalogs(frozen, tmp_path):
    """build.spec compiles locales/ and carries both kinds (docs/i18n.md): the core's messages in
    Tamil from the frozen CLI, the path in them intact."""
    import re

    assert sorted(p.name for p in frozen.rglob("appliance/locales/*.mo")) == ["ar.mo", "fr.mo", "hi.mo", "ta.mo"]
    assert {p.name for p in frozen.rglob("gui/locales/*.qm")} >= {"ar.qm", "fr.qm", "hi.qm", "ta.qm"}
    missing = "/nonexistent/missing.jsonl"
    r = subprocess.run(
        [str(frozen / "appliance"), "--home", str(tmp_path / "h"), "--language", "ta", "datasets", "import", missing]
        + ["--name", "missing"],
        capture_output=True,
        text=True,
        timeout=300,
        env=_env(tmp_path),
    )
    assert r.returncode != 0 and re.search("[\u0b80-\u0bff]", r.stderr) and missing in r.stderr, r.stderr[-2000:]
