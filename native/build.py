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

The ``cpu-portable`` and ``cuda-portable`` backends are what a bundle ships (``make bundle``): the
machine that runs them is not the machine that built them. They are built with llama.cpp's
``GGML_BACKEND_DL`` and ``GGML_CPU_ALL_VARIANTS``: the CPU kernels are compiled once per
instruction-set level (``PORTABLE_CPU_VARIANTS``) into ``libggml-cpu-<variant>.so`` modules, and
at run time ggml loads the best one the CPU can execute (the ``x64`` variant keeps a CPU without
AVX2 working, slowly). The ``sapphirerapids`` variant is left out: it is the one with the AMX
kernels that crash (see above), so a CPU with AMX runs the ``zen4``/``icelake`` kernels. llama.cpp
has no option for choosing variants, so the build applies a small, named patch to the unpacked
source (``patch_portable``) that builds only the variants listed in ``APPLIANCE_CPU_VARIANTS``
and has llama-cpp-python's wheel carry them in ``llama_cpp/lib``. ``cuda-portable`` adds the
CUDA backend as one more module: it loads where an NVIDIA driver is present, and the CPU
variants run everywhere else. ``--stage DIR`` builds (or reuses) the runtime wheel and
``llama-server`` for a backend and copies them into DIR without installing anything.

Usage: python native/build.py [--backend auto|cpu|cpu-portable|cuda|cuda-portable|vulkan|metal]
                              [--cuda-arch 90] [--force] [--stage DIR]
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
    "cpu-portable": "",  # see portable_cmake_args()
    "cuda": "-DGGML_CUDA=ON",
    "cuda-portable": "",  # portable_cmake_args() + cuda_cmake_args()
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
# The CPU kernel variants of the portable runtimes, by llama.cpp's names (ggml/src/CMakeLists.txt):
# x64 (no SIMD beyond SSE2: a floor that still runs), haswell (AVX2, FMA, F16C: the baseline the
# product supports), alderlake (AVX-VNNI), skylakex (AVX-512), icelake (+VBMI, VNNI) and zen4
# (+BF16). sapphirerapids (AMX) is deliberately absent.
PORTABLE_CPU_VARIANTS = ("x64", "haswell", "alderlake", "skylakex", "icelake", "zen4")
# Where the variant filter goes in llama.cpp's ggml/src/CMakeLists.txt, and what it says.
_VARIANT_HOOK = "function(ggml_add_cpu_backend_variant tag_name)\n"
_VARIANT_FILTER = """    # sovereign-appliance (native/build.py): only the variants named in APPLIANCE_CPU_VARIANTS
    if (DEFINED APPLIANCE_CPU_VARIANTS)
        string(REPLACE "," ";" _appliance_variants "${APPLIANCE_CPU_VARIANTS}")
        if (NOT tag_name IN_LIST _appliance_variants)
            return()
        endif()
    endif()
"""
# ...and in llama-cpp-python's CMakeLists.txt: its wheel installs the single ``ggml-cpu`` target
# only, so without this the variant modules would not be in llama_cpp/lib.
_WHEEL_HOOK = "    llama_cpp_python_install_target(ggml-cpu)\n"
_WHEEL_INSTALL = """    # sovereign-appliance (native/build.py): ship the CPU variant modules beside libggml
    if (DEFINED APPLIANCE_CPU_VARIANTS)
        string(REPLACE "," ";" _appliance_variants "${APPLIANCE_CPU_VARIANTS}")
        foreach(_v ${_appliance_variants})
            llama_cpp_python_install_target(ggml-cpu-${_v})
        endforeach()
    endif()
"""
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
        out = subprocess.run(
            ["nvidia-smi", "--query-gpu=compute_cap", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=20,
        )
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


def portable_cmake_args() -> str:
    """The CPU part of the portable backends: shared libraries, one module per CPU variant."""
    return (
        "-DGGML_NATIVE=OFF -DBUILD_SHARED_LIBS=ON -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON "
        f"-DAPPLIANCE_CPU_VARIANTS={','.join(PORTABLE_CPU_VARIANTS)}"
    )


def is_portable(cmake_args: str) -> bool:
    return "-DAPPLIANCE_CPU_VARIANTS=" in cmake_args


def patch_portable(llama_root: Path, python_pkg: Path | None = None) -> None:
    """Apply the variant filter to an unpacked llama.cpp (and, for the wheel, to llama-cpp-python's
    CMakeLists). Refuses a source whose CMake no longer has the hooks, rather than building every
    variant (AMX included) silently."""
    edits = [(llama_root / "ggml" / "src" / "CMakeLists.txt", _VARIANT_HOOK, _VARIANT_FILTER)]
    if python_pkg is not None:
        edits.append((python_pkg / "CMakeLists.txt", _WHEEL_HOOK, _WHEEL_INSTALL))
    for path, hook, text in edits:
        src = path.read_text()
        if src.count(hook) != 1:
            sys.exit(
                f"{path} no longer contains {hook.strip()!r} exactly once: the portable build's patch "
                "(native/build.py, patch_portable) must be updated for this llama.cpp version."
            )
        path.write_text(src.replace(hook, hook + text))


def _unpack(sdist: Path, dest: Path, prefix: str) -> None:
    """Unpack the members of ``sdist`` under ``prefix`` into ``dest`` (prefix removed)."""
    with tarfile.open(sdist) as tar:
        members = []
        for m in tar.getmembers():
            if m.name.startswith(prefix) and (m.isfile() or m.isdir()):
                m.name = m.name[len(prefix) :]
                members.append(m)
        tar.extractall(dest, members=members, filter="data")


def cmake_args_for(backend: str, cuda_arch: str | None = None) -> str:
    if backend == "cpu":
        return cpu_cmake_args(cpu_flags())
    if backend == "cpu-portable":
        return portable_cmake_args()
    if backend in ("cuda", "cuda-portable"):
        if not shutil.which("nvcc"):
            sys.exit(
                "The cuda backend needs the CUDA toolkit (nvcc on PATH) to compile llama.cpp's kernels. "
                "Install it, or build the cpu backend (`make native LLAMA_BACKEND=cpu`)."
            )
        archs = [a.strip() for a in cuda_arch.split(",")] if cuda_arch else gpu_compute_capabilities()
        if not archs:
            sys.exit(
                "No NVIDIA GPU is visible (nvidia-smi found none), so there is no architecture to build the "
                "cuda backend for. Name it: --cuda-arch 90 (H100), 89 (L4/RTX 40), 86 (A10/RTX 30), 80 (A100); "
                "or build the cpu backend."
            )
        cuda = cuda_cmake_args(archs)
        return f"{portable_cmake_args()} {cuda}" if backend == "cuda-portable" else cuda
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


def runtime_wheel(version: str, backend: str, cmake_args: str, *, rebuild: bool = False) -> Path:
    """The llama-cpp-python wheel built with these flags (built once, then kept in our cache)."""
    cache = wheel_cache_dir(version, cmake_args)
    if rebuild:
        shutil.rmtree(cache, ignore_errors=True)
    wheels = sorted(cache.glob("llama_cpp_python-*.whl")) if cache.is_dir() else []
    if not wheels:
        env = dict(os.environ)
        env["CMAKE_ARGS"] = cmake_args
        env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
        print(
            f"Building llama.cpp ({PACKAGE} {version}) for backend '{backend}'"
            f"{' with ' + cmake_args if cmake_args else ''}; the first build takes a few minutes.",
            flush=True,
        )
        staging = cache.with_name(cache.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        if is_portable(cmake_args):
            # Built from our copy of the source distribution with the variant patch applied.
            sdist = source_archive(version)
            with tempfile.TemporaryDirectory() as tmp:
                pkg = Path(tmp) / "src"
                _unpack(sdist, pkg, sdist.name[: -len(".tar.gz")] + "/")
                patch_portable(pkg / "vendor" / "llama.cpp", pkg)
                # APPLIANCE_PIP_NO_BUILD_ISOLATION=1: a build machine without a registry that has
                # scikit-build-core installed builds with it instead of fetching it.
                isolation = (
                    ["--no-build-isolation"] if os.environ.get("APPLIANCE_PIP_NO_BUILD_ISOLATION") == "1" else []
                )
                pip("wheel", "--no-deps", "--no-cache-dir", *isolation, "-w", str(staging), str(pkg), env=env)
        else:
            pip(
                "wheel",
                "--no-deps",
                "--no-cache-dir",
                "--no-binary",
                PACKAGE,
                "-w",
                str(staging),
                f"{PACKAGE}=={version}",
                env=env,
            )
        shutil.rmtree(cache, ignore_errors=True)
        staging.rename(cache)
        wheels = sorted(cache.glob("llama_cpp_python-*.whl"))
        if len(wheels) != 1:
            sys.exit(f"expected one {PACKAGE} wheel in {cache}, found {wheels}")
    else:
        print(f"Using the llama.cpp runtime built earlier with these flags ({wheels[0]}).", flush=True)
    return wheels[0]


def install_runtime(version: str, backend: str, cmake_args: str, *, replace: bool, rebuild: bool = False) -> None:
    """Build (or take from our cache, unless ``rebuild``) the wheel for these flags, then install it."""
    wheel = runtime_wheel(version, backend, cmake_args, rebuild=rebuild)
    args = ["install", "--no-deps", str(wheel)]
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
    return f"{sdist.name[: -len('.tar.gz')]}/vendor/llama.cpp/"


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
            rel = member.name[len(prefix) :]
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
SERVER_CMAKE_ARGS = (
    "-DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_SERVER=ON -DLLAMA_BUILD_TOOLS=ON "
    "-DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_CURL=OFF "
    "-DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF"
)


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
    print(
        f"Building llama-server (llama.cpp {version}) with {cmake_args or 'default flags'}; the first build "
        "takes several minutes.",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        _unpack(sdist, Path(tmp) / "src", _vendor_prefix(sdist))
        extra = []
        if is_portable(cmake_args):
            # Shared libraries beside the binary, found through an $ORIGIN run path; ggml looks for
            # its CPU variant modules in the executable's directory.
            patch_portable(Path(tmp) / "src")
            extra = ["-DCMAKE_BUILD_WITH_INSTALL_RPATH=ON", "-DCMAKE_INSTALL_RPATH=$ORIGIN"]
        build = Path(tmp) / "build"
        configure = [
            "cmake",
            "-S",
            str(Path(tmp) / "src"),
            "-B",
            str(build),
            *SERVER_CMAKE_ARGS.split(),
            *cmake_args.split(),
            *extra,
        ]
        print("+", " ".join(configure), flush=True)
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "llama-server", "-j", jobs], check=True)
        built = next(
            (p for p in (build / "bin" / "llama-server", build / "tools" / "server" / "llama-server") if p.is_file()),
            None,
        )
        if built is None:
            sys.exit("the llama-server build finished without a llama-server binary")
        staging = cache.with_name(cache.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        shutil.copy2(built, staging / "llama-server")
        for lib in shared_libraries(built.parent):
            shutil.copyfile(lib.resolve(), staging / lib_install_name(lib))
        shutil.rmtree(cache, ignore_errors=True)
        staging.rename(cache)
    return binary


def shared_libraries(directory: Path) -> list[Path]:
    """The regular files among the shared libraries a build left in ``directory``."""
    return sorted(p for p in directory.glob("lib*.so*") if p.is_file() and not p.is_symlink())


def lib_install_name(lib: Path) -> str:
    """The name a library must have beside the binary: its SONAME where it has one (what the
    dynamic linker asks for, e.g. ``libllama.so.0``), otherwise its file name (the CPU variant
    modules, which ggml finds by the pattern ``libggml-cpu-*.so``). One file per library, no
    symlinks: a bundle carries regular files only."""
    try:
        out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return lib.name
    m = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", out)
    return m.group(1) if m else lib.name


def install_server(binary: Path, dest: Path) -> str:
    """Copy llama-server (and, for a portable build, its libraries) into ``dest/bin``."""
    bindir = dest / "bin"
    if bindir.is_dir():
        shutil.rmtree(bindir)
    bindir.mkdir(parents=True)
    target = bindir / "llama-server"
    shutil.copy2(binary, target)
    target.chmod(0o755)
    for lib in binary.parent.glob("lib*.so*"):
        shutil.copy2(lib, bindir / lib.name)
    return hashlib.sha256(target.read_bytes()).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--backend", default=os.environ.get("APPLIANCE_LLAMA_BACKEND", "auto"), choices=["auto", *BACKEND_CMAKE_ARGS]
    )
    ap.add_argument("--force", action="store_true", help="rebuild even if the recorded build matches")
    ap.add_argument(
        "--cuda-arch",
        default=os.environ.get("APPLIANCE_CUDA_ARCH"),
        help="CUDA architectures to build for, e.g. 90 or 80,90 (default: the GPUs present)",
    )
    ap.add_argument(
        "--stage",
        type=Path,
        metavar="DIR",
        help="build (or reuse) the runtime wheel and llama-server and copy them into DIR/wheels and "
        "DIR/native/llama.cpp-<version>/ instead of installing them (for bundles)",
    )
    args = ap.parse_args()

    version = pinned_version()
    backend = detect_backend() if args.backend == "auto" else args.backend
    cmake_args = cmake_args_for(backend, args.cuda_arch)
    if args.stage:
        return stage(args.stage, version, backend, cmake_args, rebuild=args.force)
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
    if (
        args.force
        or installed != version
        or record.get("backend") not in (None, backend)
        or record.get("cmake_args") not in (None, cmake_args)
    ):
        # Same version but another backend or other flags (or --force): replace the installed build.
        install_runtime(version, backend, cmake_args, replace=installed is not None, rebuild=args.force)
    sdist = source_archive(version)
    server = build_server(version, cmake_args, sdist, rebuild=args.force)
    digest = unpack_converter(sdist, dest)
    server_sha = install_server(server, dest)
    record_path.write_text(json.dumps(build_record(version, backend, cmake_args, digest, server_sha), indent=2) + "\n")
    print(f"llama.cpp runtime {version} ({backend}) installed; converter in {dest}.")
    return 0


def build_record(version: str, backend: str, cmake_args: str, sdist_sha: str, server_sha: str) -> dict:
    """What ``native.json`` says about a build. ``built_at`` is ``SOURCE_DATE_EPOCH`` where set, so a
    reproducible bundle build records the same time twice."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    record = {
        "package": PACKAGE,
        "version": version,
        "backend": backend,
        "cmake_args": cmake_args,
        "sdist_sha256": sdist_sha,
        "server_sha256": server_sha,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(epoch) if epoch else None)),
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
        "machine": platform.machine(),
    }
    if is_portable(cmake_args):
        record["cpu_variants"] = list(PORTABLE_CPU_VARIANTS)
    if backend in ("cuda", "cuda-portable"):
        record["cuda_toolkit"] = nvcc_version()
        record["cuda_architectures"] = cmake_args.split("CMAKE_CUDA_ARCHITECTURES=", 1)[1].split()[0]
    return record


def stage(out: Path, version: str, backend: str, cmake_args: str, *, rebuild: bool = False) -> int:
    """``--stage``: the runtime wheel and the native tools for ``backend`` as files, for a bundle."""
    out = out.resolve()
    wheel = runtime_wheel(version, backend, cmake_args, rebuild=rebuild)
    sdist = source_archive(version)
    server = build_server(version, cmake_args, sdist, rebuild=rebuild)
    (out / "wheels").mkdir(parents=True, exist_ok=True)
    for old in (out / "wheels").glob("llama_cpp_python-*.whl"):
        old.unlink()
    shutil.copy2(wheel, out / "wheels" / wheel.name)
    dest = out / "native" / f"llama.cpp-{version}"
    dest.parent.mkdir(parents=True, exist_ok=True)
    digest = unpack_converter(sdist, dest)
    server_sha = install_server(server, dest)
    (dest / "native.json").write_text(
        json.dumps(build_record(version, backend, cmake_args, digest, server_sha), indent=2) + "\n"
    )
    print(f"llama.cpp runtime {version} ({backend}) staged in {out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
