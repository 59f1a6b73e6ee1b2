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
    assert set(build.BACKEND_CMAKE_ARGS) == {"cpu", "cpu-portable", "cuda", "cuda-portable", "vulkan", "metal"}
    assert "GGML_CUDA=ON" in build.BACKEND_CMAKE_ARGS["cuda"]


def test_converter_matches_runtime_version():
    from appliance.host import native

    tools = native.tools_dir()
    assert (tools / "convert_hf_to_gguf.py").is_file() and (tools / "gguf-py").is_dir()
    record = json.loads((tools / "native.json").read_text())
    assert record["version"] == native.runtime_version()
    assert native.tool_versions()["backend"] == record["backend"]


def test_missing_converter_is_a_clear_error(monkeypatch, tmp_path):
    from appliance.errors import NativeRuntimeError
    from appliance.host import native

    monkeypatch.setenv(native.TOOLS_ENV, str(tmp_path))
    with pytest.raises(NativeRuntimeError, match="converter is missing"):
        native.tools_dir()


def test_second_native_build_is_a_no_op():
    import subprocess

    r = subprocess.run([sys.executable, str(ROOT / "native" / "build.py")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "already in place" in r.stdout


SAPPHIRE_RAPIDS = (
    "flags\t\t: fpu sse4_2 avx avx2 fma f16c bmi2 avx_vnni avx512f avx512cd avx512vl avx512dq avx512bw "
    "avx512vbmi avx512_vnni avx512_bf16 amx_bf16 amx_tile amx_int8\n"
)
EPYC = "flags\t\t: fpu sse4_2 avx avx2 fma f16c bmi2 avx512f avx512cd avx512vl avx512dq avx512bw avx512_bf16\n"


def test_cpu_build_leaves_out_amx_but_keeps_the_other_instruction_sets():
    """llama.cpp's AMX kernels crash at the pinned version: a CPU with AMX gets every other set."""
    build = _build_module()
    args = build.cpu_cmake_args(build.cpu_flags(SAPPHIRE_RAPIDS), "x86_64").split()
    assert "-DGGML_NATIVE=OFF" in args
    assert {"-DGGML_AMX_TILE=OFF", "-DGGML_AMX_INT8=OFF", "-DGGML_AMX_BF16=OFF"} <= set(args)
    assert {
        "-DGGML_AVX2=ON",
        "-DGGML_AVX512=ON",
        "-DGGML_AVX512_VNNI=ON",
        "-DGGML_AVX512_BF16=ON",
        "-DGGML_AVX_VNNI=ON",
    } <= set(args)
    # Without AMX (or off x86) the build stays -march=native.
    assert build.cpu_cmake_args(build.cpu_flags(EPYC), "x86_64") == ""
    assert build.cpu_cmake_args(build.cpu_flags(SAPPHIRE_RAPIDS), "aarch64") == ""
    # An AVX-512 subset that lacks one of the five base sets does not get GGML_AVX512.
    partial = build.cpu_flags(SAPPHIRE_RAPIDS.replace(" avx512bw", ""))
    assert "-DGGML_AVX512=OFF" in build.cpu_cmake_args(partial, "x86_64").split()


def test_wheel_cache_is_keyed_by_the_build_flags():
    build = _build_module()
    assert build.wheel_cache_dir("0.3.36", "") != build.wheel_cache_dir("0.3.36", "-DGGML_NATIVE=OFF")
    assert build.wheel_cache_dir("0.3.36", "") == build.wheel_cache_dir("0.3.36", "")
    # A -march=native wheel from another CPU (a shared home directory) is never reused.
    epyc, spr = build.cpu_flags(EPYC), build.cpu_flags(SAPPHIRE_RAPIDS)
    assert build.wheel_cache_dir("0.3.36", "", epyc) != build.wheel_cache_dir("0.3.36", "", spr)


def test_installed_runtime_was_built_with_the_flags_for_this_cpu():
    """The recorded build matches what the recipe picks here, and llama.cpp runs a batched
    evaluation (the call that crashed with the AMX kernels) in a fresh process."""
    import subprocess

    from appliance.host import native

    build = _build_module()
    record = json.loads((native.tools_dir() / "native.json").read_text())
    if record["backend"] == "cpu":
        assert record["cmake_args"] == build.cpu_cmake_args(build.cpu_flags())
    from appliance.models.builtin import builtin_gguf_path

    gguf = builtin_gguf_path()
    code = (
        "import sys\nfrom llama_cpp import Llama\n"
        "llm = Llama(sys.argv[1], n_ctx=128, logits_all=True, n_threads=2, verbose=False)\n"
        "ids = llm.tokenize(b'The registry helpline number is 1577. ' * 4)\n"
        "llm.eval(ids)\nprint('ok', len(llm.scores))\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(gguf)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.startswith("ok"), (r.returncode, r.stderr[-1500:])


def _fake_tool(bin_dir: Path, name: str, stdout: str) -> None:
    path = bin_dir / name
    path.write_text(f"#!/bin/sh\ncat <<'OUT'\n{stdout}\nOUT\n")
    path.chmod(0o755)


def test_cuda_build_targets_the_gpus_present_and_records_the_toolkit(tmp_path, monkeypatch):
    """With nvcc and two GPUs (an H100 and an L4), only their architectures are compiled."""
    build = _build_module()
    _fake_tool(tmp_path, "nvidia-smi", "9.0\n8.9\n9.0")
    _fake_tool(
        tmp_path, "nvcc", "nvcc: NVIDIA (R) Cuda compiler driver\nCuda compilation tools, release 13.0, V13.0.88"
    )
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    assert build.gpu_compute_capabilities() == ["89", "90"]
    assert build.cmake_args_for("cuda") == "-DGGML_CUDA=ON -DCMAKE_CUDA_ARCHITECTURES=89;90"
    assert build.cmake_args_for("cuda", "80") == "-DGGML_CUDA=ON -DCMAKE_CUDA_ARCHITECTURES=80"
    assert build.nvcc_version() == "13.0"
    # Different GPUs, different flags, different cached wheel.
    assert build.wheel_cache_dir("0.3.36", build.cmake_args_for("cuda")) != build.wheel_cache_dir(
        "0.3.36", build.cmake_args_for("cuda", "80")
    )


def test_cuda_build_without_a_toolkit_or_a_gpu_says_what_to_do(tmp_path, monkeypatch):
    build = _build_module()
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    with pytest.raises(SystemExit, match="needs the CUDA toolkit"):
        build.cmake_args_for("cuda")
    _fake_tool(tmp_path, "nvcc", "Cuda compilation tools, release 13.0, V13.0.88")
    with pytest.raises(SystemExit, match="No NVIDIA GPU is visible.*--cuda-arch"):
        build.cmake_args_for("cuda")


def test_portable_build_names_its_cpu_variants_and_leaves_out_amx():
    build = _build_module()
    args = build.cmake_args_for("cpu-portable").split()
    assert {"-DGGML_NATIVE=OFF", "-DBUILD_SHARED_LIBS=ON", "-DGGML_BACKEND_DL=ON", "-DGGML_CPU_ALL_VARIANTS=ON"} <= set(
        args
    )
    variants = next(a for a in args if a.startswith("-DAPPLIANCE_CPU_VARIANTS=")).split("=", 1)[1].split(",")
    assert {"x64", "haswell"} <= set(variants) and "sapphirerapids" not in variants
    assert build.is_portable(" ".join(args)) and not build.is_portable(build.cmake_args_for("cpu"))
    rec = build.build_record("0.3.36", "cpu-portable", " ".join(args), "s", "b")
    assert rec["cpu_variants"] == variants


def _llama_source(tmp_path) -> Path:
    """llama.cpp's CMake files from the pinned source distribution (make setup downloaded it)."""

    build = _build_module()
    sdist = build.source_archive(build.pinned_version())
    dest = tmp_path / "src"
    build._unpack(sdist, dest, sdist.name[: -len(".tar.gz")] + "/")
    return dest


def test_the_portable_patch_builds_only_the_named_variants(tmp_path):
    """CMake itself, configured with the patch: only the named CPU variant targets exist."""
    import shutil
    import subprocess

    if not shutil.which("cmake"):
        pytest.skip("cmake is not installed")
    build = _build_module()
    pkg = _llama_source(tmp_path)
    build.patch_portable(pkg / "vendor" / "llama.cpp", pkg)
    assert (pkg / "CMakeLists.txt").read_text().count("llama_cpp_python_install_target(ggml-cpu-${_v})") == 1
    r = subprocess.run(
        [
            "cmake",
            "-S",
            str(pkg / "vendor" / "llama.cpp"),
            "-B",
            str(tmp_path / "b"),
            *build.portable_cmake_args().split(),
            "-DLLAMA_BUILD_TESTS=OFF",
            "-DLLAMA_BUILD_EXAMPLES=OFF",
            "-DLLAMA_BUILD_TOOLS=OFF",
            "-DLLAMA_BUILD_SERVER=OFF",
            "-DLLAMA_CURL=OFF",
            "-DLLAMA_OPENSSL=OFF",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    targets = subprocess.run(
        ["cmake", "--build", str(tmp_path / "b"), "--target", "help"], capture_output=True, text=True
    ).stdout
    built = {t.split("ggml-cpu-", 1)[1].split()[0] for t in targets.splitlines() if "ggml-cpu-" in t}
    built = {t for t in built if not t.endswith("-feats")}  # each variant has a helper target
    assert built == set(build.PORTABLE_CPU_VARIANTS), built


def test_the_portable_patch_refuses_a_source_without_its_hooks(tmp_path):
    build = _build_module()
    root = tmp_path / "llama.cpp"
    (root / "ggml" / "src").mkdir(parents=True)
    (root / "ggml" / "src" / "CMakeLists.txt").write_text("function(ggml_add_cpu_backend_variant tag)\nendfunction()\n")
    with pytest.raises(SystemExit, match="patch_portable\\) must be updated"):
        build.patch_portable(root)


def test_libraries_beside_llama_server_carry_the_name_the_loader_asks_for():
    import llama_cpp

    build = _build_module()
    lib = Path(llama_cpp.__file__).parent / "lib"
    assert build.lib_install_name(lib / "libllama.so") == "libllama.so.0"  # its SONAME
    # A module without a SONAME keeps its file name (ggml finds CPU modules by libggml-cpu-*.so).
    assert build.lib_install_name(Path(sys.executable).resolve()) == Path(sys.executable).resolve().name


def test_cuda_portable_build_adds_the_cuda_module_to_the_portable_cpu_build(monkeypatch):
    build = _build_module()
    monkeypatch.setattr(build.shutil, "which", lambda name: "/usr/bin/" + name if name == "nvcc" else None)
    args = build.cmake_args_for("cuda-portable", "80,90")
    assert build.portable_cmake_args() in args and "-DGGML_CUDA=ON -DCMAKE_CUDA_ARCHITECTURES=80;90" in args
    monkeypatch.setattr(build, "nvcc_version", lambda: "13.0")
    rec = build.build_record("0.3.36", "cuda-portable", args, "s", "b")
    assert rec["cuda_architectures"] == "80;90" and rec["cuda_toolkit"] == "13.0" and rec["cpu_variants"]
