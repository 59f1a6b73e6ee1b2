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
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from appliance.errors import NativeRuntimeError

TOOLS_ENV = "APPLIANCE_LLAMA_CPP_TOOLS"
_FIX = "Run `make native` (or `python native/build.py` with the appliance's Python) to build it."


def runtime_version() -> str:
    try:
        return version("llama-cpp-python")
    except PackageNotFoundError as exc:
        raise NativeRuntimeError("The llama.cpp runtime (llama-cpp-python) is not installed.", hint=_FIX) from exc


def tools_dir() -> Path:
    """The directory holding ``convert_hf_to_gguf.py`` for the installed runtime's version."""
    env = os.environ.get(TOOLS_ENV)
    ver = runtime_version()
    path = Path(env) if env else Path(sys.prefix) / "share" / "appliance-native" / f"llama.cpp-{ver}"
    if not (path / "convert_hf_to_gguf.py").is_file():
        raise NativeRuntimeError(f"llama.cpp's converter is missing (looked in {path}).", hint=_FIX)
    record = build_record(path)
    if record.get("version") not in (None, ver):
        raise NativeRuntimeError(
            f"The converter in {path} is from llama.cpp {record.get('version')} but the runtime is {ver}.",
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
                f"This llama.cpp runtime was built for CUDA but cannot start on this machine: {text}.",
                hint="Install the NVIDIA driver, or rebuild the runtime for the CPU: `make native LLAMA_BACKEND=cpu`.",
            ) from exc
        raise NativeRuntimeError(f"The llama.cpp runtime cannot be loaded: {exc}.", hint=_FIX) from exc
    return llama_cpp


def gpu_offload_supported() -> bool:
    return bool(llama_module().llama_supports_gpu_offload())


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
