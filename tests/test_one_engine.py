"""One llama.cpp engine (issue 26): everything that runs a GGUF goes through ``llama-server``.

No runtime module loads a model into a Python process through llama-cpp-python (a scan, with
the exceptions docs/native.md names, and a real chat whose process never imports it); chat keeps
one warm backend, says when it dies and goes on after a restart; a killed parent takes its
backend with it; a file llama-server refuses is named with llama.cpp's reason; a port someone
else takes is retried; a backend killed mid-gate fails the export at the verify stage with
nothing kept.
"""

from __future__ import annotations

import ast
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest

from appliance.catalog import Catalog
from appliance.errors import ExportError, ServingError
from appliance.home import Home

ROOT = Path(__file__).resolve().parent.parent
# The only runtime modules that may touch llama-cpp-python, and why (docs/native.md, "What
# llama-cpp-python still does"): none of them loads a model.
ALLOWED = {
    "appliance/host/native.py": "loads the library for its facts (version, system info, GPU support)",
    "appliance/export/workers.py": "libllama's quantizer, file to file, in a worker process",
}
# What loading a model (or a context over one) looks like in llama-cpp-python.
MODEL_LOADERS = {
    "Llama",
    "LlamaGrammar",
    "llama_chat_format",
    "llama_model_load_from_file",
    "llama_load_model_from_file",
    "llama_init_from_model",
    "llama_new_context_with_model",
    "llama_adapter_lora_init",
}


def _runtime_modules():
    for top in ("appliance", "gui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_no_runtime_module_loads_a_model_through_llama_cpp_python():
    found = []
    for rel, tree in _runtime_modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "llama_cpp" for a in node.names):
                found.append((rel, node.lineno, "import llama_cpp"))
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "llama_cpp":
                names = {a.name for a in node.names}
                what = "loads a model" if names & MODEL_LOADERS or node.module != "llama_cpp" else "import"
                found.append((rel, node.lineno, f"from {node.module} import {sorted(names)} ({what})"))
            elif isinstance(node, ast.Attribute) and node.attr in MODEL_LOADERS:
                found.append((rel, node.lineno, f".{node.attr} (loads a model)"))
    loaders = [f for f in found if "loads a model" in f[2]]
    assert loaders == [], loaders
    assert {rel for rel, *_ in found} <= set(ALLOWED), found
    native = (ROOT / "docs" / "native.md").read_text(encoding="utf-8")
    assert all(rel in native for rel in ALLOWED), "docs/native.md names every exception"


def test_a_chat_runs_in_llama_server_and_its_process_never_loads_llama_cpp(served_home):
    code = (
        "import sys\n"
        "from appliance.catalog import Catalog\nfrom appliance.home import Home\n"
        "from appliance.serving.chat import open_chat\n"
        "home = Home.open(sys.argv[1])\n"
        "with Catalog.open(home) as cat:\n"
        "    s = open_chat(home, cat, 'tiny-llama', n_ctx=256)\n"
        "print(''.join(s.reply([{'role': 'user', 'content': 'hi'}], max_tokens=3, temperature=0)) is not None)\n"
        "s.close()\n"
        "print(sorted(m for m in ('llama_cpp', 'torch') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(served_home)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[-2] == "[]"


@pytest.fixture
def chat(served_home):
    from appliance.serving.chat import open_chat

    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        session = open_chat(home, cat, "tiny-llama", n_ctx=256, seed=0)
    yield session
    session.close()


def test_chat_keeps_one_backend_warm_and_goes_on_after_it_is_killed_mid_answer(chat, monkeypatch):
    msgs = [{"role": "user", "content": "Tell me a story."}]
    list(chat.reply(msgs, max_tokens=4, temperature=0))
    pid = chat.backend.pid
    list(chat.reply(msgs, max_tokens=4, temperature=0))
    assert chat.backend.pid == pid and chat.placement == "on the CPU"  # the same process answered

    answer = chat.reply(msgs, max_tokens=400, temperature=1.0)
    next(answer)
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(ServingError) as exc:
        list(answer)
    assert "killed by SIGKILL" in exc.value.message or "stopped answering" in exc.value.message
    # The next turn starts the backend again and the conversation goes on, even when the kernel
    # hands the restarted server the same port (no kept-alive connection to the dead one is reused).
    from appliance.serving import backends

    same = [chat.backend.server.port]
    real = backends.free_port
    monkeypatch.setattr(backends, "free_port", lambda host="127.0.0.1": same.pop() if same else real(host))
    assert "".join(chat.reply(msgs, max_tokens=4, temperature=0)) is not None
    assert chat.backend.pid != pid and chat.restarts == 1 and chat.last_stats["tokens"] >= 1
    chat.close()
    assert not psutil.pid_exists(chat.backend.server.proc.pid) or chat.backend.server.proc.poll() is not None


def test_an_idle_chat_gives_its_memory_back_and_starts_again_when_asked(served_home):
    from appliance.serving.chat import open_chat

    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        session = open_chat(home, cat, "tiny-llama", n_ctx=256, idle_stop_s=0.5)
    try:
        proc = session.backend.server.proc
        deadline = time.monotonic() + 15
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert proc.poll() is not None  # stopped while idle
        assert list(session.reply([{"role": "user", "content": "hi"}], max_tokens=2, temperature=0))
        assert session.backend.server.running() and session.restarts == 0  # an idle stop is not a crash
    finally:
        session.close()


def test_a_killed_parent_takes_its_backend_with_it(served_home):
    code = (
        "import sys, time\n"
        "from appliance.catalog import Catalog\nfrom appliance.home import Home\n"
        "from appliance.serving.chat import open_chat\n"
        "home = Home.open(sys.argv[1])\n"
        "with Catalog.open(home) as cat:\n"
        "    s = open_chat(home, cat, 'tiny-llama', n_ctx=256)\n"
        "print(s.backend.pid, flush=True)\n"
        "time.sleep(120)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", code, str(served_home)], stdout=subprocess.PIPE, text=True)
    try:
        backend = int(parent.stdout.readline())
        assert psutil.Process(backend).name() == "llama-server"
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while psutil.pid_exists(backend) and psutil.Process(backend).status() != psutil.STATUS_ZOMBIE:
            assert time.monotonic() < deadline, "the backend outlived its killed parent"
            time.sleep(0.1)
    finally:
        parent.kill()


def test_a_file_llama_server_refuses_is_named_with_its_reason(served_home, tmp_path):
    """A truncated export: `appliance chat` exits non-zero naming the file and llama.cpp's reason,
    and leaves no process behind."""
    root = tmp_path / "home"
    shutil.copytree(served_home, root)
    home = Home.open(root)
    with Catalog.open(home) as cat:
        export = next(e for e in cat.list_exports() if e["status"] == "verified")
    path = root / export["path"]
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    before = {c.pid for c in psutil.Process().children(recursive=True)}
    out = subprocess.run(
        [sys.executable, "-m", "appliance", "chat", export["id"], "--prompt", "hi"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "APPLIANCE_HOME": str(root)},
    )
    assert out.returncode == ServingError.exit_code, out.stderr
    err = " ".join(out.stderr.split())
    assert str(path) in err and ("corrupted or incomplete" in err or "failed to load" in err), err
    assert {c.pid for c in psutil.Process().children(recursive=True)} <= before


def test_a_port_someone_else_takes_is_retried_on_another(served_home, monkeypatch):
    from appliance.serving import backends
    from appliance.serving.llama_client import LlamaBackend

    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        export = next(e for e in cat.list_exports() if e["status"] == "verified")
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    ports = [taken.getsockname()[1]]
    real = backends.free_port
    monkeypatch.setattr(backends, "free_port", lambda host="127.0.0.1": ports.pop() if ports else real(host))
    try:
        with LlamaBackend(home.root / export["path"], n_ctx=128) as b:
            assert b.server.port != taken.getsockname()[1]
            assert b.tokenize("hello")
    finally:
        taken.close()


def test_no_port_to_be_had_is_a_clear_error_after_retries(served_home, monkeypatch):
    from appliance.serving import backends
    from appliance.serving.llama_client import LlamaBackend

    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        export = next(e for e in cat.list_exports() if e["status"] == "verified")
    asked = []

    def exhausted(host="127.0.0.1"):
        asked.append(host)
        raise OSError(99, "Cannot assign requested address")

    monkeypatch.setattr(backends, "free_port", exhausted)
    monkeypatch.setattr(backends.time, "sleep", lambda s: None)
    with pytest.raises(ServingError, match="No free loopback port") as exc:
        LlamaBackend(home.root / export["path"], n_ctx=128).start()
    assert len(asked) == 4 and "close some programs" in exc.value.hint


@pytest.mark.skipif(shutil.which("unshare") is None or os.geteuid() != 0, reason="needs root and unshare")
def test_a_machine_whose_loopback_is_down_is_told_so_at_once(served_home):
    """A network namespace whose loopback is down (``unshare -n``): the backend starts, but
    nothing can reach 127.0.0.1; the error says so instead of waiting and blaming the file."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from appliance.errors import ServingError\n"
        "from appliance.serving.llama_client import LlamaBackend\n"
        "t = time.monotonic()\n"
        "try:\n"
        "    LlamaBackend(Path(sys.argv[1]), n_ctx=128).start()\n"
        "except ServingError as e:\n"
        "    print(round(time.monotonic() - t), e.message, e.hint)\n"
    )
    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        gguf = home.root / next(e for e in cat.list_exports() if e["status"] == "verified")["path"]
    out = subprocess.run(
        ["unshare", "-n", sys.executable, "-c", code, str(gguf)], capture_output=True, text=True, timeout=120
    )
    assert "loopback interface (127.0.0.1) is down" in out.stdout and "ip link set lo up" in out.stdout, out
    assert int(out.stdout.split()[0]) < 30  # at once, not after the load timeout


def test_a_backend_killed_mid_gate_fails_the_export_at_the_verify_stage(home, catalog, tiny_dirs):
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="g")
    killed = []

    def killer():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            try:
                children = psutil.Process().children(recursive=True)
            except psutil.Error:
                continue
            for p in children:
                try:
                    cmd = p.cmdline() if p.name() == "llama-server" else []
                    if "--no-warmup" in cmd and str(home.root) in " ".join(cmd):  # the gate's backend
                        p.kill()
                        killed.append(p.pid)
                except psutil.Error:
                    pass
            time.sleep(0.01)

    t = threading.Thread(target=killer, daemon=True)
    t.start()
    with pytest.raises(ExportError) as caught:
        Exporter(home, catalog).export("g", "f16")
    t.join(5)
    exc = caught.value
    assert killed, "the gate's llama-server was never seen"
    text = str(exc)
    assert "llama.cpp half" in text and "SIGKILL" in text, text
    (row,) = catalog.list_exports()
    assert row["status"] == "failed" and "verify" in row["error"], row
    assert list(home.exports_dir.iterdir()) == [] and list(home.tmp_dir.iterdir()) == []


def test_gguf_metadata_is_read_without_the_vocabulary_and_agrees_with_gguf_py(served_home, tmp_path):
    import gguf

    from appliance.serving.gguf_meta import GGUFMetadataError, read_metadata

    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        path = home.root / next(e for e in cat.list_exports() if e["status"] == "verified")["path"]
    ours = read_metadata(path)
    reader = gguf.GGUFReader(path)
    theirs = {
        k: f.contents()
        for k, f in reader.fields.items()
        if not k.startswith("GGUF.") and f.types and f.types[0] != gguf.GGUFValueType.ARRAY
    }
    assert theirs and set(theirs) == set(ours)
    assert all(ours[k] == pytest.approx(v) if isinstance(v, float) else ours[k] == v for k, v in theirs.items())
    assert ours[gguf.Keys.Tokenizer.CHAT_TEMPLATE]
    for bad, why in ((b"NOPE" + bytes(40), "no GGUF magic"), (path.read_bytes()[:200], "cut short")):
        f = tmp_path / "bad.gguf"
        f.write_bytes(bad)
        with pytest.raises(GGUFMetadataError, match=why):
            read_metadata(f)
