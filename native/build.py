#!/usr/bin/env python3
"""Build the llama.cpp runtime for this machine and unpack llama.cpp's converter beside it.

The llama.cpp version is pinned in exactly one place: the ``llama-cpp-python==X`` dependency in
``pyproject.toml``. This script reads it from there, then

1. picks a backend: ``cpu`` by default; ``cuda`` when a CUDA toolkit (nvcc) *and* an NVIDIA GPU
   (``nvidia-smi -L``) are present; ``metal`` on Apple silicon; or whatever ``--backend`` /
   ``APPLIANCE_LLAMA_BACKEND`` says (``cpu``, ``cpu-portable``, ``cuda``, ``vulkan``, ``metal``);
2. builds and installs ``llama-cpp-python`` at the pinned version with the CMake flags for that
   backend (the CPU build comes from pip's wheel cache after the first time; other backends are
   built with the cache off so a CPU wheel is never mistaken for a GPU one);
3. unpacks ``convert_hf_to_gguf.py``, ``convert_lora_to_gguf.py``, ``conversion/`` and
   ``gguf-py/`` from the *same* source distribution into
   ``<venv>/share/appliance-native/llama.cpp-<version>/``, so export and runtime always agree;
4. records what it did in ``native.json`` there; a second run with nothing changed does nothing.

Usage: python native/build.py [--backend auto|cpu|cpu-portable|cuda|vulkan|metal] [--force]
Run it with the interpreter of the environment to install into (the Makefile does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python < 3.11
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "llama-cpp-python"

# CMake flags per backend (llama.cpp's GGML_* options).
BACKEND_CMAKE_ARGS = {
    "cpu": "",  # GGML_NATIVE: tuned to this machine's CPU (AVX2 / AVX-512 / AMX as present)
    "cpu-portable": "-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON",
    "cuda": "-DGGML_CUDA=ON",
    "vulkan": "-DGGML_VULKAN=ON",
    "metal": "-DGGML_METAL=ON",
}
CONVERTER_MEMBERS = ("convert_hf_to_gguf.py", "convert_lora_to_gguf.py", "conversion/", "gguf-py/", "LICENSE")


def pinned_version() -> str:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for dep in deps:
        m = re.fullmatch(rf"\s*{re.escape(PACKAGE)}\s*==\s*([0-9][0-9a-zA-Z.]*)\s*", dep)
        if m:
            return m.group(1)
    sys.exit(f"pyproject.toml must pin {PACKAGE}==<version> in [project].dependencies")


def has_nvidia_gpu() -> bool:
    if not shutil.which("nvidia-smi"):
        return False
    try:
        out = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0 and "GPU" in out.stdout


def detect_backend() -> str:
    if sys.platform == "darwin" and platform.machine() == "arm64":
        return "metal"
    if shutil.which("nvcc") and has_nvidia_gpu():
        return "cuda"
    return "cpu"


def share_dir(version: str) -> Path:
    return Path(sys.prefix) / "share" / "appliance-native" / f"llama.cpp-{version}"


def installed_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PACKAGE)
    except PackageNotFoundError:
        return None


def pip(*args: str, env: dict | None = None) -> None:
    cmd = [sys.executable, "-m", "pip", *args]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, env=env)


def install_runtime(version: str, backend: str, *, replace: bool) -> None:
    env = dict(os.environ)
    env["CMAKE_ARGS"] = BACKEND_CMAKE_ARGS[backend]
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    args = ["install", "--no-deps", f"{PACKAGE}=={version}"]
    if backend != "cpu":
        args += ["--no-cache-dir", "--force-reinstall", "--no-binary", PACKAGE]
    elif replace:
        args += ["--force-reinstall"]
    print(f"Building llama.cpp ({PACKAGE} {version}) for backend '{backend}'"
          f"{' with ' + env['CMAKE_ARGS'] if env['CMAKE_ARGS'] else ''}; the first build takes a few minutes.",
          flush=True)
    pip(*args, env=env)


def unpack_converter(version: str, dest: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        pip("download", "--no-deps", "--no-binary", ":all:", "-d", tmp, f"{PACKAGE}=={version}")
        sdists = list(Path(tmp).glob("*.tar.gz"))
        if len(sdists) != 1:
            sys.exit(f"expected one source archive of {PACKAGE} {version}, found {sdists}")
        sdist = sdists[0]
        digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
        staging = dest.with_name(dest.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        prefix = f"{sdist.name[:-len('.tar.gz')]}/vendor/llama.cpp/"
        with tarfile.open(sdist) as tar:
            for member in tar.getmembers():
                if not member.name.startswith(prefix):
                    continue
                rel = member.name[len(prefix):]
                if not any(rel == m or (m.endswith("/") and rel.startswith(m)) for m in CONVERTER_MEMBERS):
                    continue
                if not (member.isfile() or member.isdir()):
                    continue
                member.name = rel
                tar.extract(member, staging, filter="data")
        if not (staging / "convert_hf_to_gguf.py").is_file():
            sys.exit(f"{sdist.name} does not carry vendor/llama.cpp/convert_hf_to_gguf.py")
        shutil.rmtree(dest, ignore_errors=True)
        staging.rename(dest)
        return digest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backend", default=os.environ.get("APPLIANCE_LLAMA_BACKEND", "auto"),
                    choices=["auto", *BACKEND_CMAKE_ARGS])
    ap.add_argument("--force", action="store_true", help="rebuild even if the recorded build matches")
    args = ap.parse_args()

    version = pinned_version()
    backend = detect_backend() if args.backend == "auto" else args.backend
    dest = share_dir(version)
    record_path = dest / "native.json"
    record = json.loads(record_path.read_text()) if record_path.is_file() else {}
    up_to_date = (
        not args.force
        and installed_version() == version
        and record.get("version") == version
        and record.get("backend") == backend
        and (dest / "convert_hf_to_gguf.py").is_file()
    )
    if up_to_date:
        print(f"llama.cpp runtime {version} ({backend}) and its converter are already in place.")
        return 0
    installed = installed_version()
    if args.force or installed != version or record.get("backend") not in (None, backend):
        # Same version but another backend (or --force): pip must replace the installed build.
        install_runtime(version, backend, replace=installed is not None)
    digest = unpack_converter(version, dest)
    record = {
        "package": PACKAGE,
        "version": version,
        "backend": backend,
        "cmake_args": BACKEND_CMAKE_ARGS[backend],
        "sdist_sha256": digest,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
    }
    record_path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"llama.cpp runtime {version} ({backend}) installed; converter in {dest}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
