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
    if m.name != "appliance.demos.loop" and not m.name.endswith("__main__"):
        importlib.import_module(m.name)
print(json.dumps(sorted(k for k in sys.modules if k.split(".")[0] in ("PySide6", "gui", "shiboken6"))))
"""


def test_core_never_imports_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_cli_start_does_not_load_torch_or_transformers():
    code = (
        "import sys, appliance.cli; print(sorted(m for m in ('torch','transformers','llama_cpp') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_modules_stay_small():
    too_big = {
        str(p.relative_to(ROOT)): n
        for top in ("appliance", "gui")
        for p in (ROOT / top).rglob("*.py")
        if (n := len(p.read_text().splitlines())) > 600
    }
    assert not too_big, f"split these modules by noun: {too_big}"


def test_gui_first_window_does_not_load_heavy_libraries(tmp_path):
    """The window appears fast because torch, transformers, llama.cpp and pyqtgraph load lazily."""
    code = (
        "import sys\n"
        "from gui.app import create\n"
        "app, win = create(sys.argv[1], 'en')\n"
        "win.show(); app.processEvents()\n"
        "print(sorted(m for m in ('torch', 'transformers', 'llama_cpp', 'pyqtgraph') if m in sys.modules))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_layers_hold_and_there_is_no_import_circle():
    """docs/architecture.md's layers, enforced: no import (at module level or inside a function)
    points up a layer, every module is placed in one, and no two modules import each other
    through any chain (tests/importgraph.py; `python tests/importgraph.py` prints the report)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import importgraph

    mods = importgraph.modules()
    edges = importgraph.edges(mods)
    assert not importgraph.cycles(edges)
    up = [f"{e.path}:{e.line} {e.src} -> {e.dst}" for e in importgraph.upward(edges)]
    assert not up, "imports that point up a layer:\n" + "\n".join(up)
    assert not [m for m in mods if importgraph.rank(m) is None], "place new modules in importgraph.LAYERS"


def test_the_layer_check_sees_imports_inside_functions(tmp_path):
    """The check is not blind to the imports that hid the old circle."""
    sys.path.insert(0, str(ROOT / "tests"))
    import importgraph

    catalog = ROOT / "appliance" / "catalog.py"
    mods = {"appliance.catalog": catalog, "appliance.audit.actions": ROOT / "appliance" / "audit" / "actions.py"}
    probe = tmp_path / "catalog.py"
    probe.write_text("def atomic():\n    from appliance.audit import actions\n    return actions\n")
    mods["appliance.catalog"] = probe
    es = importgraph.edges(mods)
    up = importgraph.upward(es)
    assert any(e.src == "appliance.catalog" and e.dst == "appliance.audit.actions" and e.in_function for e in up)
    assert importgraph.cycles(es)  # actions imports catalog: the circle is seen


def test_the_public_names_load_lazily():
    code = (
        "import sys, appliance\n"
        "assert 'appliance.tuning.service' not in sys.modules\n"
        "from appliance import Home, workspace, start_training\n"
        "print(Home.__module__, workspace.__name__, start_training.__module__, appliance.__version__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["appliance.home", "appliance.workspace", "appliance.tuning.service", "0.1.0"]


def test_rooms_hold_what_they_are_named_for():
    """docs/architecture.md's rooms: the export pipeline and its gate in export/, every tokenizer
    module in tokenizer/, the host (llama.cpp locator, hardware probes) on the ground floor
    importing nothing but layer 0, the doctor beside recovery, every command line in cli/, the
    demos in demos/."""
    sys.path.insert(0, str(ROOT / "tests"))
    import importgraph

    mods = importgraph.modules()
    rooms = {
        "appliance.export": [
            "pipeline",
            "converter",
            "workers",
            "verify",
            "gate_files",
            "gate_llama",
            "gate_reference",
        ],
        "appliance.tokenizer": ["vocabulary", "corpus", "extension", "gguf"],
        "appliance.host": ["native"],
        "appliance.system": ["doctor", "recovery"],
        "appliance.cli": ["auditor", "bundle"],
        "appliance.demos": ["loop", "regional"],
    }
    missing = [f"{room}.{m}" for room, names in rooms.items() for m in names if f"{room}.{m}" not in mods]
    assert not missing, f"modules missing from their room: {missing}"

    def leaf(n):
        return n.rsplit(".", 1)[-1]

    stray = [
        n
        for n in mods
        if n.startswith("appliance.")
        and (leaf(n) in ("cli", "native", "converter", "recovery") or leaf(n).startswith(("gate_", "demo", "tokeniz")))
        and not n.startswith(("appliance.export", "appliance.tokenizer", "appliance.cli", "appliance.demos"))
        and n not in ("appliance.host.native", "appliance.system.recovery")
    ]
    assert not stray, f"a command line, tokenizer or demo module outside its room: {stray}"
    up = [
        f"{e.path}:{e.line} {e.src} -> {e.dst}"
        for e in importgraph.edges(mods)
        if e.src.startswith("appliance.host") and not e.dst.startswith("appliance.host") and importgraph.rank(e.dst) > 0
    ]
    assert not up, "the host stands on the ground floor (layer 0 only):\n" + "\n".join(up)
