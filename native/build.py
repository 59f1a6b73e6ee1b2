#!/usr/bin/env python3
"""Build the llama.cpp runtime for this machine and unpack llama.cpp's converter beside it.

The llama.cpp version is pinned in exactly one place: the ``llama-cpp-python==X`` dependency in
``pyproject.toml``. This script reads it from there, then

1. picks a backend: ``cpu`` by default; ``cuda`` when a CUDA toolkit (nvcc) *and* an NVIDIA GPU
   (``nvidia-smi -L``) are present, compiled for the architectures of the GPUs present only
   (``CMAKE_CUDA_ARCHITECTURES`` from ``nvidia-smi``'s compute capability, or ``--cuda-arch``),
   with the toolkit's version recorded; ``metal`` on Apple silicon; or whatever ``--backend`` /
   ``APPLIANCE_LLAMA_BACKEND`` says (``cpu``, ``cpu-portable``, ``cuda``, ``vulkan``, ``metal``);
2. builds ``llama-cpp-python`` at the pinned version into a wheel with the CMake flags for that
   backend and installs it. Wheels are kept in our own cache, keyed by version and flags
   (``$XDG_CACHE_HOME/sovereign-appliance/llama-wheels/``): pip's wheel cache ignores
   ``CMAKE_ARGS`` and would hand a wheel built with other flags to a new environment. The
   ``cpu`` backend is tuned to this CPU, except that llama.cpp's AMX kernels are left out: at
   the pinned version they crash (SIGSEGV in ``ggml_backend_amx_mul_mat``) on the first
   batched evaluation (upstream llama.cpp issue #20824), so on a CPU with AMX the build names
   the instruction sets it has (AVX2, AVX-512, VNNI, BF16...) instead of ``-march=native``;
3. unpacks ``convert_hf_to_gguf.py``, ``convert_lora_to_gguf.py``, ``conversion/`` and
   ``gguf-py/`` from the *same* source distribution into
   ``<venv>/share/appliance-native/llama.cpp-<version>/``, so export and runtime always agree;
4. records what it did in ``native.json`` there; a second run with nothing changed does nothing.

Usage: python native/build.py [--backend auto|cpu|cpu-portable|cuda|vulkan|metal] [--cuda-arch 90] [--force]
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
    "cpu": "",  # GGML_NATIVE: tuned to this machine's CPU; see cpu_cmake_args() for CPUs with AMX
    "cpu-portable": "-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON",
    "cuda": "-DGGML_CUDA=ON",
    "vulkan": "-DGGML_VULKAN=ON",
    "metal": "-DGGML_METAL=ON",
}
# /proc/cpuinfo flag(s) -> ggml's CMake option, for building without -march=native.
X86_FEATURES = (
    (("sse4_2",), "GGML_SSE42"),
    (("avx",), "GGML_AVX"),
    (("avx2",), "GGML_AVX2"),
    (("fma",), "GGML_FMA"),
    (("f16c",), "GGML_F16C"),
    (("bmi2",), "GGML_BMI2"),
    (("avx_vnni",), "GGML_AVX_VNNI"),
    (("avx512f", "avx512cd", "avx512vl", "avx512dq", "avx512bw"), "GGML_AVX512"),
    (("avx512vbmi",), "GGML_AVX512_VBMI"),
    (("avx512_vnni",), "GGML_AVX512_VNNI"),
    (("avx512_bf16",), "GGML_AVX512_BF16"),
)
AMX_FLAGS = ("amx_tile", "amx_int8", "amx_bf16")
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


def gpu_compute_capabilities() -> list[str]:
    """Compute capabilities of the visible NVIDIA GPUs as CMake architectures ("9.0" -> "90")."""
    if not shutil.which("nvidia-smi"):
        return []
    try:
        out = subprocess.run(["nvidia-smi", "--query-gpu=compute_cap", "--format=csv,noheader"], capture_output=True,
                             text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return []
    caps = [line.strip().replace(".", "") for line in out.stdout.splitlines() if re.fullmatch(r"\s*\d+\.\d+\s*", line)]
    return sorted(set(caps)) if out.returncode == 0 else []


def nvcc_version() -> str | None:
    """The CUDA toolkit's version ("13.0") from ``nvcc --version``, or None without nvcc."""
    if not shutil.which("nvcc"):
        return None
    try:
        out = subprocess.run(["nvcc", "--version"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"release (\d+\.\d+)", out)
    return m.group(1) if m else None


def cuda_cmake_args(architectures: list[str]) -> str:
    """``GGML_CUDA`` for these GPU architectures only: building every architecture llama.cpp knows
    takes several times longer and makes a far larger library."""
    return f"-DGGML_CUDA=ON -DCMAKE_CUDA_ARCHITECTURES={';'.join(architectures)}"


def detect_backend() -> str:
    if sys.platform == "darwin" and platform.machine() == "arm64":
        return "metal"
    if shutil.which("nvcc") and has_nvidia_gpu():
        return "cuda"
    return "cpu"


def cpu_flags(cpuinfo: str | None = None) -> set[str]:
    """The CPU's feature flags as Linux reports them (empty where /proc/cpuinfo does not exist)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text()
        except OSError:
            return set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def cpu_cmake_args(flags: set[str], machine: str | None = None) -> str:
    """CMake flags of the ``cpu`` backend for a CPU with these feature flags.

    ``-march=native`` (GGML_NATIVE) everywhere but on x86-64 CPUs with AMX: there it would
    compile in llama.cpp's AMX matrix kernels, which crash at the pinned version (see the module
    docstring), so the build names every other instruction set the CPU has and turns AMX off.
    """
    machine = machine or platform.machine()
    if machine not in ("x86_64", "AMD64") or not (flags & set(AMX_FLAGS)):
        return BACKEND_CMAKE_ARGS["cpu"]
    args = ["-DGGML_NATIVE=OFF"]
    for needed, option in X86_FEATURES:
        args.append(f"-D{option}={'ON' if all(f in flags for f in needed) else 'OFF'}")
    args += ["-DGGML_AMX_TILE=OFF", "-DGGML_AMX_INT8=OFF", "-DGGML_AMX_BF16=OFF"]
    return " ".join(args)


def cmake_args_for(backend: str, cuda_arch: str | None = None) -> str:
    if backend == "cpu":
        return cpu_cmake_args(cpu_flags())
    if backend == "cuda":
        if not shutil.which("nvcc"):
            sys.exit("The cuda backend needs the CUDA toolkit (nvcc on PATH) to compile llama.cpp's kernels. "
                     "Install it, or build the cpu backend (`make native LLAMA_BACKEND=cpu`).")
        archs = [a.strip() for a in cuda_arch.split(",")] if cuda_arch else gpu_compute_capabilities()
        if not archs:
            sys.exit("No NVIDIA GPU is visible (nvidia-smi found none), so there is no architecture to build the "
                     "cuda backend for. Name it: --cuda-arch 90 (H100), 89 (L4/RTX 40), 86 (A10/RTX 30), 80 (A100); "
                     "or build the cpu backend.")
        return cuda_cmake_args(archs)
    return BACKEND_CMAKE_ARGS[backend]


def wheel_cache_dir(version: str, cmake_args: str, flags: set[str] | None = None) -> Path:
    """Where the wheel built with these flags is kept, so a fresh environment installs it again
    without rebuilding (and never picks up a wheel built with other flags). The CPU's feature
    flags are part of the key: a ``-march=native`` wheel from another CPU in a shared home
    directory could stop with an illegal instruction here."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    cpu = " ".join(sorted(cpu_flags() if flags is None else flags))
    key = hashlib.sha256(f"{version}|{cmake_args}|{sys.version_info[:2]}|{platform.machine()}|{cpu}".encode())
    return base / "sovereign-appliance" / "llama-wheels" / f"{version}-{key.hexdigest()[:16]}"


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


def install_runtime(version: str, backend: str, cmake_args: str, *, replace: bool, rebuild: bool = False) -> None:
    """Build (or take from our cache, unless ``rebuild``) the wheel for these flags, then install it."""
    cache = wheel_cache_dir(version, cmake_args)
    if rebuild:
        shutil.rmtree(cache, ignore_errors=True)
    wheels = sorted(cache.glob("llama_cpp_python-*.whl")) if cache.is_dir() else []
    if not wheels:
        env = dict(os.environ)
        env["CMAKE_ARGS"] = cmake_args
        env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
        print(f"Building llama.cpp ({PACKAGE} {version}) for backend '{backend}'"
              f"{' with ' + cmake_args if cmake_args else ''}; the first build takes a few minutes.", flush=True)
        staging = cache.with_name(cache.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        pip("wheel", "--no-deps", "--no-cache-dir", "--no-binary", PACKAGE, "-w", str(staging),
            f"{PACKAGE}=={version}", env=env)
        shutil.rmtree(cache, ignore_errors=True)
        staging.rename(cache)
        wheels = sorted(cache.glob("llama_cpp_python-*.whl"))
        if len(wheels) != 1:
            sys.exit(f"expected one {PACKAGE} wheel in {cache}, found {wheels}")
    else:
        print(f"Installing the llama.cpp runtime built earlier with these flags ({wheels[0]}).", flush=True)
    args = ["install", "--no-deps", str(wheels[0])]
    if replace:
        args.append("--force-reinstall")
    pip(*args)


def source_archive(version: str) -> Path:
    """llama-cpp-python's source distribution (it vendors llama.cpp), downloaded once and kept."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sovereign-appliance" / "sources"
    found = sorted(cache.glob(f"llama_cpp_python-{version}.tar.gz"))
    if found:
        return found[0]
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        pip("download", "--no-deps", "--no-binary", ":all:", "-d", tmp, f"{PACKAGE}=={version}")
        sdists = list(Path(tmp).glob("*.tar.gz"))
        if len(sdists) != 1:
            sys.exit(f"expected one source archive of {PACKAGE} {version}, found {sdists}")
        final = cache / sdists[0].name
        os.replace(sdists[0], final)
    return final


def _vendor_prefix(sdist: Path) -> str:
    return f"{sdist.name[:-len('.tar.gz')]}/vendor/llama.cpp/"


def unpack_converter(sdist: Path, dest: Path) -> str:
    digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
    staging = dest.with_name(dest.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    prefix = _vendor_prefix(sdist)
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


# llama-server: llama.cpp's own OpenAI-compatible server (continuous batching, grammars, tool
# calls, embeddings), built from the same vendored source as the runtime, with the same backend
# flags, as one static binary. No network at build time (no prebuilt web UI from a hub, no curl,
# no TLS: the appliance's own front talks to it over loopback).
SERVER_CMAKE_ARGS = ("-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON "
                     "-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_CURL=OFF "
                     "-DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF")


def server_cache_dir(version: str, cmake_args: str) -> Path:
    """Keyed like the wheels (version, flags, machine, CPU), in a folder of its own."""
    key = wheel_cache_dir(version, cmake_args + " | llama-server")
    return key.parent.parent / "llama-server" / key.name


def build_server(version: str, cmake_args: str, sdist: Path, *, rebuild: bool = False) -> Path:
    """The ``llama-server`` binary for these flags (built once, then kept in our cache)."""
    cache = server_cache_dir(version, cmake_args)
    binary = cache / "llama-server"
    if rebuild:
        shutil.rmtree(cache, ignore_errors=True)
    if binary.is_file():
        print(f"Using llama-server built earlier with these flags ({binary}).", flush=True)
        return binary
    jobs = str(os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or os.cpu_count() or 2)
    print(f"Building llama-server (llama.cpp {version}) with {cmake_args or 'default flags'}; the first build "
          "takes several minutes.", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        prefix = _vendor_prefix(sdist)
        with tarfile.open(sdist) as tar:
            members = []
            for m in tar.getmembers():
                if m.name.startswith(prefix) and (m.isfile() or m.isdir()):
                    m.name = m.name[len(prefix):]
                    members.append(m)
            tar.extractall(Path(tmp) / "src", members=members, filter="data")
        build = Path(tmp) / "build"
        configure = ["cmake", "-S", str(Path(tmp) / "src"), "-B", str(build), *SERVER_CMAKE_ARGS.split(),
                     *cmake_args.split()]
        print("+", " ".join(configure), flush=True)
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "llama-server", "-j", jobs], check=True)
        built = next((p for p in (build / "bin" / "llama-server", build / "tools" / "server" / "llama-server")
                      if p.is_file()), None)
        if built is None:
            sys.exit("the llama-server build finished without a llama-server binary")
        staging = cache.with_name(cache.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        shutil.copy2(built, staging / "llama-server")
        shutil.rmtree(cache, ignore_errors=True)
        staging.rename(cache)
    return binary


def install_server(binary: Path, dest: Path) -> str:
    (dest / "bin").mkdir(parents=True, exist_ok=True)
    target = dest / "bin" / "llama-server"
    shutil.copy2(binary, target)
    target.chmod(0o755)
    return hashlib.sha256(target.read_bytes()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backend", default=os.environ.get("APPLIANCE_LLAMA_BACKEND", "auto"),
                    choices=["auto", *BACKEND_CMAKE_ARGS])
    ap.add_argument("--force", action="store_true", help="rebuild even if the recorded build matches")
    ap.add_argument("--cuda-arch", default=os.environ.get("APPLIANCE_CUDA_ARCH"),
                    help="CUDA architectures to build for, e.g. 90 or 80,90 (default: the GPUs present)")
    args = ap.parse_args()

    version = pinned_version()
    backend = detect_backend() if args.backend == "auto" else args.backend
    cmake_args = cmake_args_for(backend, args.cuda_arch)
    dest = share_dir(version)
    record_path = dest / "native.json"
    record = json.loads(record_path.read_text()) if record_path.is_file() else {}
    up_to_date = (
        not args.force
        and installed_version() == version
        and record.get("version") == version
        and record.get("backend") == backend
        and record.get("cmake_args") == cmake_args
        and (dest / "convert_hf_to_gguf.py").is_file()
        and (dest / "bin" / "llama-server").is_file()
    )
    if up_to_date:
        print(f"llama.cpp runtime {version} ({backend}), llama-server and the converter are already in place.")
        return 0
    installed = installed_version()
    if (args.force or installed != version or record.get("backend") not in (None, backend)
            or record.get("cmake_args") not in (None, cmake_args)):
        # Same version but another backend or other flags (or --force): replace the installed build.
        install_runtime(version, backend, cmake_args, replace=installed is not None, rebuild=args.force)
    sdist = source_archive(version)
    server = build_server(version, cmake_args, sdist, rebuild=args.force)
    digest = unpack_converter(sdist, dest)
    server_sha = install_server(server, dest)
    record = {
        "package": PACKAGE,
        "version": version,
        "backend": backend,
        "cmake_args": cmake_args,
        "sdist_sha256": digest,
        "server_sha256": server_sha,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
    }
    if backend == "cuda":
        record["cuda_toolkit"] = nvcc_version()
        record["cuda_architectures"] = cmake_args.split("CMAKE_CUDA_ARCHITECTURES=", 1)[1]
    record_path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"llama.cpp runtime {version} ({backend}) installed; converter in {dest}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
