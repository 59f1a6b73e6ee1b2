"""Structural rules: the core never imports Qt, and heavy libraries load only when needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import importlib, pkgutil, sys, json
import appliance
for m in pkgutil.walk_packages(appliance.__path__, "appliance."):
    if m.name != "appliance.demo" and not m.name.endswith("__main__"):
        importlib.import_module(m.name)
print(json.dumps(sorted(k for k in sys.modules if k.split(".")[0] in ("PySide6", "gui", "shiboken6"))))
"""


def test_core_never_imports_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_cli_start_does_not_load_torch_or_transformers():
    code = "import sys, appliance.cli; print(sorted(m for m in ('torch','transformers','llama_cpp') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_modules_stay_small():
    too_big = {str(p.relative_to(ROOT)): n for p in (ROOT / "appliance").rglob("*.py")
               if (n := len(p.read_text().splitlines())) > 600}
    assert not too_big, f"split these modules by noun: {too_big}"


def test_gui_first_window_does_not_load_heavy_libraries(tmp_path):
    """The window appears fast because torch, transformers, llama.cpp and pyqtgraph load lazily."""
    code = ("import sys\n"
            "from gui.app import create\n"
            "app, win = create(sys.argv[1], 'en')\n"
            "win.show(); app.processEvents()\n"
            "print(sorted(m for m in ('torch', 'transformers', 'llama_cpp', 'pyqtgraph') if m in sys.modules))\n")
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "home")], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"
