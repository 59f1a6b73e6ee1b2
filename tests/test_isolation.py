"""llama.cpp and torch never share a process (their CUDA builds crash together).

The guard itself (``appliance/isolation.py``) in fresh interpreters, then every entry point run
for real as the user runs it, each process writing a report of the stacks it loaded at exit
(``APPLIANCE_PROCESS_REPORT``): the CLI's export (converter, quantizer, both gate halves), chat,
serve (asked through the ``openai`` client), doctor, train, merge, the adapter export, and the
GUI's playground. A test fails if any process held both stacks, or if a process of one kind
loaded a module of the other.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE, serve_and_ask

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=300,
    )


def test_a_llama_process_refuses_torch_with_a_clear_error():
    out = _python("""
        import importlib.util, sys
        from appliance import isolation
        isolation.install()
        assert importlib.util.find_spec("torch") is not None  # asking does not decide the kind
        assert isolation.current_kind() is None
        import llama_cpp
        assert isolation.current_kind() == "llama"
        for name in ("torch", "transformers", "peft"):
            try:
                __import__(name)
            except isolation.NativeStackConflict as exc:
                print("refused", name, "|", exc)
        print(sorted(m for m in ("torch", "transformers", "peft") if m in sys.modules))
    """)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert [ln.split()[1] for ln in lines[:3]] == ["torch", "transformers", "peft"]
    assert "This is a llama.cpp process" in lines[0] and "separate worker processes" in lines[0]
    assert lines[-1] == "[]"


def test_a_torch_process_refuses_llama_cpp_and_a_declared_kind_holds_from_the_start():
    out = _python("""
        from appliance import isolation
        isolation.install()
        import torch
        try:
            import llama_cpp
        except ImportError as exc:
            print("refused:", exc)
    """)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("refused: This is a torch process")
    out = _python("""
        from appliance import isolation
        isolation.install("torch")
        try:
            import llama_cpp
        except isolation.NativeStackConflict:
            print("refused")
    """)
    assert out.stdout.strip() == "refused"


def test_a_process_that_already_holds_both_is_refused_at_install():
    out = _python("""
        import torch, llama_cpp
        from appliance import isolation
        try:
            isolation.install()
        except isolation.NativeStackConflict as exc:
            print("refused")
    """)
    assert out.stdout.strip() == "refused", out.stderr


# Entry points -------------------------------------------------------------------------------


def _env(home: Path, reports: Path, **extra) -> dict:
    return {**os.environ, "APPLIANCE_HOME": str(home), "APPLIANCE_PROCESS_REPORT": str(reports), **extra}


def _cli(args: list[str], home: Path, reports: Path, *, expect: int = 0) -> subprocess.CompletedProcess:
    out = subprocess.run(
        [sys.executable, "-m", "appliance", *args], capture_output=True, text=True, env=_env(home, reports), timeout=600
    )
    assert out.returncode == expect, out.stdout + out.stderr
    return out


def _reports(folder: Path) -> list[dict]:
    reports = [json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))]
    assert reports, "no process wrote a report"
    for r in reports:
        loaded = r["loaded"]
        assert not (loaded["llama"] and loaded["torch"]), f"both stacks in one process: {r}"
        if r["kind"] == "llama":
            assert not loaded["torch"], r
        if r["kind"] == "torch":
            assert not loaded["llama"], r
    return reports


def _by_role(reports: list[dict]) -> dict[str, dict]:
    """Each report under its worker command, or ``cli:<command>`` for the appliance itself."""
    out = {}
    for r in reports:
        argv = r["argv"]
        if "appliance.export.workers" in " ".join(argv) or argv[0].endswith("workers.py"):
            out[argv[1]] = r
        else:
            out["cli:" + next(a for a in argv[1:] if not a.startswith("-") and "/" not in a)] = r
    return out


def _loaded(r: dict) -> str:
    return (
        "both"
        if all(r["loaded"].values())
        else ("llama" if r["loaded"]["llama"] else "torch" if r["loaded"]["torch"] else "none")
    )


def test_export_runs_each_native_stack_in_its_own_worker(home, catalog, tiny_dirs, tmp_path):
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="iso")
    reports = tmp_path / "reports"
    # A tiny random model's logits have no margin for q8_0 (docs/export-gate.md): the gate's
    # verdict is "failed" (exit 7), after every stage ran in its process.
    out = _cli(["export", "iso", "--quant", "q8_0"], home.root, reports, expect=7)
    assert "[PASS] tokenizer probes" in out.stderr
    roles = _by_role(_reports(reports))
    assert _loaded(roles["cli:export"]) == "none"  # the exporting process only coordinates
    assert {k: _loaded(roles[k]) for k in ("convert", "quantize", "gate-reference", "gate-llama")} == {
        "convert": "torch",
        "quantize": "llama",
        "gate-reference": "torch",
        "gate-llama": "none",  # a client: the GGUF runs in its llama-server (docs/native.md, "One engine")
    }


def test_chat_serve_and_doctor_processes(served_home, tmp_path):
    reports = tmp_path / "reports"
    out = _cli(["chat", "tiny-llama", "--prompt", "Hello", "--max-tokens", "4", "--ctx", "256"], served_home, reports)
    assert out.stdout.strip() != "" or out.stderr
    _cli(["doctor", "--json"], served_home, reports)
    serve_and_ask(served_home, "tiny-llama", env={"APPLIANCE_PROCESS_REPORT": str(reports)})
    roles = _by_role(_reports(reports))
    assert _loaded(roles["cli:chat"]) == "none"  # the model runs in llama-server, not in the chat's process
    assert _loaded(roles["cli:serve"]) == "none"  # the front: each model runs in a llama.cpp server process
    assert _loaded(roles["cli:doctor"]) == "none"
    assert _loaded(roles["probe-torch"]) == "torch" and _loaded(roles["probe-llama"]) == "llama"


@pytest.mark.heavy
def test_train_merge_and_adapter_export_processes(home, catalog, unlocked, tiny_dirs, tmp_path, bpe_tokenizer):
    from appliance.data.datasets import DatasetStore
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    Exporter(home, catalog).export("tiny", "f16")
    src = tmp_path / "rows.jsonl"
    src.write_text(
        "".join(
            json.dumps(
                {
                    "messages": [
                        {"role": "user", "content": f"Code of office {i}?"},
                        {"role": "assistant", "content": f"K-{i}"},
                    ]
                }
            )
            + "\n"
            for i in range(12)
        )
    )
    DatasetStore(home, catalog, unlocked).import_file(src, name="rows", tokenizer=bpe_tokenizer)
    pfile = tmp_path / "pass"
    pfile.write_text(PASSPHRASE)
    reports = tmp_path / "reports"
    out = _cli(
        [
            "--passphrase-file",
            str(pfile),
            "train",
            "--base",
            "tiny",
            "--dataset",
            "rows",
            "--preset",
            "cpu-quick",
            "--max-steps",
            "2",
            "--seq-len",
            "64",
            "--precision",
            "fp32",
            "--device",
            "cpu",
            "--json",
        ],
        home.root,
        reports,
    )
    run_id = json.loads(out.stdout)["id"]
    _cli(["merge", run_id, "--name", "tiny-merged"], home.root, reports)
    _cli(["runs", "export-adapter", run_id], home.root, reports)
    roles = _by_role(_reports(reports))
    assert _loaded(roles["cli:train"]) == "torch" and _loaded(roles["cli:merge"]) == "torch"
    assert _loaded(roles["convert-lora"]) == "torch" and _loaded(roles["adapter-check"]) == "none"
    assert _loaded(roles["cli:runs"]) == "none"


GUI_DRIVER = """
import sys, time
from appliance import isolation
isolation.install(isolation.LLAMA)  # as gui.app.main does
from gui.app import create
app, win = create(sys.argv[1], "en")
win.show()
page = win.pages["workspace"]
page.passphrase.setText(sys.argv[2])
page.unlock_btn.click()
deadline = time.time() + 60
while not win.state.unlocked and time.time() < deadline:
    app.processEvents(); time.sleep(0.02)
pg = win.pages["playground"]
win.show_page("playground")
pg.refresh()
pg.panes[0].model.setCurrentIndex(1)
pg.panes[1].model.setCurrentIndex(0)
pg.input.setText("Hello")
pg.send_btn.click()
while not any(m["role"] == "assistant" for m in pg.panes[0].history) and time.time() < deadline:
    app.processEvents(); time.sleep(0.02)
print("answered" if any(m["role"] == "assistant" for m in pg.panes[0].history) else "no answer")
pg.shutdown()
win.state.wait_all()
"""


def test_the_gui_playground_runs_in_a_process_without_torch(served_home, tmp_path):
    import shutil

    # A copy: the Playground saves its conversation into the workspace (the shared one stays clean).
    served_home = shutil.copytree(served_home, tmp_path / "served")
    reports = tmp_path / "reports"
    out = subprocess.run(
        [sys.executable, "-c", GUI_DRIVER, str(served_home), PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env=_env(served_home, reports, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config")),
    )
    assert out.returncode == 0 and out.stdout.strip().endswith("answered"), out.stdout + out.stderr
    (gui,) = [r for r in _reports(reports) if r["argv"][0] == "-c"]
    # The window's models run in llama-server processes: the window loads neither stack.
    assert gui["kind"] == "llama" and _loaded(gui) == "none"


def test_a_torch_process_waits_without_spinning_unless_told_otherwise(tmp_path):
    """The appliance's torch processes set OMP_WAIT_POLICY=PASSIVE before torch loads (the engine
    kept its speed beside another busy program only so: docs/benchmarks.md); a value the user set
    is kept."""
    import os
    import subprocess
    import sys

    probe = (
        "import os; from appliance import isolation; isolation.install(); "
        "import torch; print(os.environ.get('OMP_WAIT_POLICY'))"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "PASSIVE"
    env["OMP_WAIT_POLICY"] = "ACTIVE"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "ACTIVE"
    llama = "import os; from appliance import isolation; isolation.install('llama'); print(os.environ.get('OMP_WAIT_POLICY'))"
    env.pop("OMP_WAIT_POLICY")
    out = subprocess.run([sys.executable, "-c", llama], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "None"  # llama.cpp's processes are left as they were
