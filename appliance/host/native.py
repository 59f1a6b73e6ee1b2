"""Where the llama.cpp runtime and its converter live, and what they were built for.

``native/build.py`` installs ``llama-cpp-python`` (the runtime) and unpacks llama.cpp's own
HF→GGUF converter from the same source distribution into
``<sys.prefix>/share/appliance-native/llama.cpp-<version>/``. This module finds both and refuses
a converter whose version differs from the runtime's: an exporter and a runtime from different
llama.cpp versions can disagree about tensor layouts and tokenizer metadata.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from appliance.errors import NativeRuntimeError
from appliance.messages import M

TOOLS_ENV = "APPLIANCE_LLAMA_CPP_TOOLS"
_FIX = M(
    "native.build.hint", "Run `make native` (or `python native/build.py` with the appliance's Python) to build it."
)


def runtime_version() -> str:
    try:
        return version("llama-cpp-python")
    except PackageNotFoundError as exc:
        raise NativeRuntimeError(
            M("native.not_installed", "The llama.cpp runtime (llama-cpp-python) is not installed."), hint=_FIX
        ) from exc


def tools_dir() -> Path:
    """The directory holding ``convert_hf_to_gguf.py`` for the installed runtime's version."""
    env = os.environ.get(TOOLS_ENV)
    ver = runtime_version()
    path = Path(env) if env else Path(sys.prefix) / "share" / "appliance-native" / f"llama.cpp-{ver}"
    if not (path / "convert_hf_to_gguf.py").is_file():
        raise NativeRuntimeError(
            M("native.converter_missing", "llama.cpp's converter is missing (looked in {path}).", path=str(path)),
            hint=_FIX,
        )
    record = build_record(path)
    if record.get("version") not in (None, ver):
        raise NativeRuntimeError(
            M(
                "native.converter_version",
                "The converter in {path} is from llama.cpp {converter} but the runtime is {runtime}.",
                path=str(path),
                converter=str(record.get("version")),
                runtime=ver,
            ),
            hint=_FIX,
        )
    return path


def build_record(path: Path | None = None) -> dict:
    try:
        path = path or tools_dir()
    except NativeRuntimeError:
        return {}
    f = path / "native.json"
    return json.loads(f.read_text()) if f.is_file() else {}


def converter_script() -> Path:
    return tools_dir() / "convert_hf_to_gguf.py"


def lora_converter_script() -> Path:
    return tools_dir() / "convert_lora_to_gguf.py"


def gguf_py_version() -> str:
    pyproject = tools_dir() / "gguf-py" / "pyproject.toml"
    try:
        import tomllib

        return tomllib.loads(pyproject.read_text())["project"]["version"]
    except (OSError, KeyError, ValueError):
        return "?"


@lru_cache(maxsize=1)
def llama_module():
    """Import llama_cpp (loads the shared library) once, with its logging quietened."""
    try:
        import llama_cpp
    except (ImportError, OSError) as exc:
        if isinstance(exc, ImportError) and type(exc).__name__ == "NativeStackConflict":
            raise  # a bug, not a broken runtime: say so (appliance/isolation.py)
        text = str(exc)
        if build_record().get("backend") == "cuda" and ("libcuda" in text or "CUDA" in text or "cudart" in text):
            raise NativeRuntimeError(
                M(
                    "native.cuda_unavailable",
                    "This llama.cpp runtime was built for CUDA but cannot start on this machine: {error}.",
                    error=text,
                ),
                hint=M(
                    "native.cuda_unavailable.hint",
                    "Install the NVIDIA driver, or rebuild the runtime for the CPU: `make native LLAMA_BACKEND=cpu`.",
                ),
            ) from exc
        raise NativeRuntimeError(
            M("native.cannot_load", "The llama.cpp runtime cannot be loaded: {error}.", error=str(exc)), hint=_FIX
        ) from exc
    _load_backend_modules(llama_cpp)
    return llama_cpp


def _runtime_lib_dir(llama_cpp=None) -> Path | None:
    spec_file = getattr(llama_cpp, "__file__", None) if llama_cpp is not None else None
    if spec_file is None:
        from importlib.util import find_spec

        spec = find_spec("llama_cpp")
        spec_file = spec.origin if spec else None
    return Path(spec_file).parent / "lib" if spec_file else None


def cpu_variant_modules(lib_dir: Path | None = None) -> list[Path]:
    """The CPU kernel modules of a portable runtime (``libggml-cpu-<variant>.so``); none for a
    runtime built for one machine, whose CPU kernels are linked in."""
    lib_dir = lib_dir or _runtime_lib_dir()
    return sorted(lib_dir.glob("libggml-cpu-*.so")) if lib_dir and lib_dir.is_dir() else []


def _load_backend_modules(llama_cpp) -> None:
    """A portable runtime (``native/build.py --backend cpu-portable``) keeps its CPU kernels in one
    module per instruction-set level beside libggml; ggml looks for them in the *executable's*
    directory (Python's, here), so load them from the runtime's own folder before the first model
    is loaded. ggml picks the best module this CPU can run."""
    lib_dir = _runtime_lib_dir(llama_cpp)
    if not cpu_variant_modules(lib_dir):
        return
    import ctypes

    # Through libllama's own handle: dlsym searches its dependencies, so this is the very libggml
    # libllama uses (the wheel carries libggml.so and libggml.so.0 as two files; opening one by
    # path could load a second copy whose backend registry libllama never sees).
    ggml = llama_cpp.llama_cpp._lib
    ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
    ggml.ggml_backend_reg_count.argtypes = []
    if ggml.ggml_backend_reg_count() == 0:
        ggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
        ggml.ggml_backend_load_all_from_path.restype = None
        with _quiet_stderr():  # ggml says "loaded CPU backend from ..." on the process's stderr
            ggml.ggml_backend_load_all_from_path(str(lib_dir).encode())
    if ggml.ggml_backend_reg_count() == 0:
        raise NativeRuntimeError(
            M(
                "native.no_cpu_kernels",
                "The portable llama.cpp runtime in {path} has no CPU kernels this machine can run.",
                path=str(lib_dir),
            ),
            hint=M(
                "native.no_cpu_kernels.hint",
                "Install the bundle's runtime again (`appliance-bundle install`), or build one for this machine: "
                "`make native`.",
            ),
        )


@contextmanager
def _quiet_stderr():
    saved, devnull = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    try:
        sys.stderr.flush()
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def best_cpu_variant(lib_dir: Path | None = None) -> str | None:
    """Which CPU kernel module a portable runtime runs on this machine (the one ggml picks: the
    highest ``ggml_backend_score``), or None for a runtime built for one machine."""
    import ctypes

    best, best_score = None, 0
    for mod in cpu_variant_modules(lib_dir):
        try:
            lib = ctypes.CDLL(str(mod))
            lib.ggml_backend_score.restype = ctypes.c_int
            score = lib.ggml_backend_score()
        except (OSError, AttributeError):
            continue
        if score > best_score:
            best, best_score = mod.name[len("libggml-cpu-") : -len(".so")], score
    return best


def gpu_offload_supported() -> bool:
    """Whether the llama.cpp library can offload layers (asks the library: loads it)."""
    return bool(llama_module().llama_supports_gpu_offload())


GPU_BACKENDS = ("cuda", "vulkan", "metal", "hip", "sycl")


@lru_cache(maxsize=1)
def offload_supported() -> bool:
    """Whether ``llama-server`` can put layers on a GPU, from the build record ``native/build.py``
    wrote (no library is loaded into this process). A runtime without a record (installed some
    other way) is asked in a llama.cpp worker process."""
    backend = str(build_record().get("backend") or "").lower()
    if backend:
        return any(b in backend for b in GPU_BACKENDS)
    from appliance.procs import query_worker, worker_command

    return bool(query_worker(worker_command("probe-llama")).get("gpu_offload"))


def system_info() -> str:
    return llama_module().llama_print_system_info().decode("utf-8", "replace").strip()


def tool_versions() -> dict:
    rec = build_record()
    return {
        "llama_cpp_python": runtime_version(),
        "gguf_py": gguf_py_version(),
        "backend": rec.get("backend", "unknown"),
        "transformers": _v("transformers"),
        "torch": _v("torch"),
    }


def _v(pkg: str) -> str:
    try:
        return version(pkg)
    except PackageNotFoundError:
        return "not installed"
