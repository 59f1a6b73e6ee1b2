"""The portable llama.cpp runtime a bundle ships (``native/build.py --backend cpu-portable``):
one CPU kernel module per instruction-set level, the best one chosen at run time, no AMX module,
``llama-server`` relocatable with its libraries beside it, and a CPU below the best level still
served (by the ``x64`` module). Built once and kept in native/build.py's cache (the first build
takes about half an hour on 2 cores): `make test-bundle`, run by CI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The staged build below compiles llama.cpp for cpu-portable when no build of that kind is cached (over
# 15 minutes on 2 cores): the first test, whose setup runs it, gets the subprocess's own limit.
pytestmark = [pytest.mark.bundle, pytest.mark.timeout(5400)]

# ggml's x86 variants (ggml/src/CMakeLists.txt) as /proc/cpuinfo flags.
HASWELL = {"avx", "avx2", "fma", "f16c", "bmi2", "sse4_2"}
AVX512 = {"avx512f", "avx512cd", "avx512vl", "avx512dq", "avx512bw"}
VARIANT_FLAGS = {
    "x64": set(),
    "haswell": HASWELL,
    "alderlake": HASWELL | {"avx_vnni"},
    "skylakex": HASWELL | AVX512,
    "icelake": HASWELL | AVX512 | {"avx512vbmi", "avx512_vnni"},
    "zen4": HASWELL | AVX512 | {"avx512vbmi", "avx512_vnni", "avx512_bf16"},
}


@pytest.fixture(scope="module")
def staged(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("portable")
    r = subprocess.run(
        [sys.executable, str(ROOT / "native" / "build.py"), "--backend", "cpu-portable", "--stage", str(out)],
        capture_output=True,
        text=True,
        timeout=5400,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return out


def _gguf() -> Path:
    from appliance.models.builtin import builtin_gguf_path

    return builtin_gguf_path()


def _expected_variant() -> str:
    flags = set()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("flags"):
            flags = set(line.split(":", 1)[1].split())
            break
    fits = [v for v, need in VARIANT_FLAGS.items() if need <= flags]
    return max(fits, key=lambda v: len(VARIANT_FLAGS[v]))


def _python_runtime(staged: Path, dest: Path, keep: tuple[str, ...] | None = None) -> Path:
    """The staged wheel unpacked as a package folder; ``keep`` limits the CPU modules left."""
    wheel = next((staged / "wheels").glob("llama_cpp_python-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(dest)
    if keep is not None:
        for mod in (dest / "llama_cpp" / "lib").glob("libggml-cpu-*.so"):
            if mod.name[len("libggml-cpu-") : -3] not in keep:
                mod.unlink()
    return dest


def _generate(pythonpath: Path) -> dict:
    code = (
        "import json, sys\n"
        "from appliance.host import native\n"
        "m = native.llama_module()\n"
        f"llm = m.Llama({str(_gguf())!r}, n_ctx=256, verbose=False)\n"
        "text = llm('The capital of France is', max_tokens=6, temperature=0)['choices'][0]['text']\n"
        "print(json.dumps({'variant': native.best_cpu_variant(), 'text': text,"
        " 'lib': str(native._runtime_lib_dir(m))}))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": f"{pythonpath}:{ROOT}", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )
    assert r.returncode == 0, r.stderr[-3000:]
    assert "loaded CPU backend" not in r.stderr  # quietened
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_the_runtime_picks_the_best_kernels_this_cpu_runs(staged, tmp_path):
    rec = json.loads(next((staged / "native").glob("*/native.json")).read_text())
    assert rec["backend"] == "cpu-portable" and "sapphirerapids" not in rec["cpu_variants"]
    out = _generate(_python_runtime(staged, tmp_path / "py"))
    assert out["lib"].startswith(str(tmp_path / "py"))
    assert out["variant"] == _expected_variant() and "Paris" in out["text"]


def test_a_cpu_below_every_optimised_level_still_runs_on_the_x64_kernels(staged, tmp_path):
    out = _generate(_python_runtime(staged, tmp_path / "py", keep=("x64",)))
    assert out["variant"] == "x64" and out["text"].strip()


def test_llama_server_is_relocatable_and_carries_its_libraries(staged, tmp_path):
    import httpx

    src = next((staged / "native").glob("llama.cpp-*")) / "bin"
    moved = tmp_path / "elsewhere" / "bin"
    shutil.copytree(src, moved)
    assert not [p for p in moved.iterdir() if p.is_symlink()]
    assert not list(moved.glob("libggml-cpu-sapphirerapids*"))
    ldd = subprocess.run(["ldd", str(moved / "llama-server")], capture_output=True, text=True).stdout
    assert "not found" not in ldd and str(moved) in ldd, ldd
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [
            str(moved / "llama-server"),
            "--model",
            str(_gguf()),
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--ctx-size",
            "512",
            "--threads",
            "2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        import time

        deadline = time.time() + 120
        while time.time() < deadline:
            assert proc.poll() is None, proc.stderr.read()[-3000:]
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        r = httpx.post(
            f"http://127.0.0.1:{port}/completion",
            json={"prompt": "The capital of France is", "n_predict": 6, "temperature": 0},
            timeout=120,
        )
        assert r.status_code == 200 and r.json()["content"].strip()
        maps = Path(f"/proc/{proc.pid}/maps").read_text()
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    # The server loaded the same kernels, from beside itself, and nothing from the build tree.
    cpu_modules = {line.split()[-1] for line in maps.splitlines() if "libggml-cpu-" in line}
    assert cpu_modules == {str(moved / f"libggml-cpu-{_expected_variant()}.so")}, cpu_modules
    assert all(str(moved) in line for line in maps.splitlines() if "libllama" in line or "libggml" in line)
