"""The native runtime recipe and the runtime/converter pairing."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _build_module():
    spec = importlib.util.spec_from_file_location("native_build", ROOT / "native" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_llama_cpp_version_is_pinned_in_one_place():
    build = _build_module()
    assert build.pinned_version() == "0.3.36"
    from importlib.metadata import version

    assert version("llama-cpp-python") == build.pinned_version()


def test_backend_detection_needs_toolkit_and_gpu(monkeypatch):
    build = _build_module()
    monkeypatch.setattr(build.shutil, "which", lambda name: "/usr/bin/" + name if name == "nvcc" else None)
    assert build.detect_backend() == ("metal" if sys.platform == "darwin" else "cpu")  # nvcc alone is not enough
    assert set(build.BACKEND_CMAKE_ARGS) == {"cpu", "cpu-portable", "cuda", "vulkan", "metal"}
    assert "GGML_CUDA=ON" in build.BACKEND_CMAKE_ARGS["cuda"]


def test_converter_matches_runtime_version():
    from appliance.serving import native

    tools = native.tools_dir()
    assert (tools / "convert_hf_to_gguf.py").is_file() and (tools / "gguf-py").is_dir()
    record = json.loads((tools / "native.json").read_text())
    assert record["version"] == native.runtime_version()
    assert native.tool_versions()["backend"] == record["backend"]


def test_missing_converter_is_a_clear_error(monkeypatch, tmp_path):
    from appliance.errors import NativeRuntimeError
    from appliance.serving import native

    monkeypatch.setenv(native.TOOLS_ENV, str(tmp_path))
    with pytest.raises(NativeRuntimeError, match="converter is missing"):
        native.tools_dir()


def test_second_native_build_is_a_no_op():
    import subprocess

    r = subprocess.run([sys.executable, str(ROOT / "native" / "build.py")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "already in place" in r.stdout
