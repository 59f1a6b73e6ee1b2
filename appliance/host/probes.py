"""What each native stack sees on this machine, asked in a worker process of its own kind.

``appliance doctor`` must not load llama.cpp and torch into one process (``isolation.py``), so
it runs ``probe-llama`` and ``probe-torch`` workers, each printing one JSON object:

* torch: its version, the CUDA runtime it was built with (``torch.version.cuda``), the visible
  GPUs (``CUDA_VISIBLE_DEVICES`` honoured) with total and free memory, compute capability, bf16;
* llama.cpp: its version, the build record of ``native/build.py`` (backend, CMake flags, the CUDA
  toolkit it was compiled with and the GPU architectures), GPU offload support, and its CPU
  feature report.

``nvidia_gpus()`` asks ``nvidia-smi`` directly (no stack at all): the driver, each GPU's memory
and compute capability. Serving uses it to decide how many layers fit in VRAM, the Train page to
say which device a run will use (``tuning/devices.py``); ``system/monitor.py`` asks it for each
GPU's load through the same ``query_nvidia_smi``.
"""

from __future__ import annotations

import os
import shutil
import subprocess


def torch_facts() -> dict:
    import torch

    out: dict = {
        "version": torch.__version__,
        "cuda_runtime": torch.version.cuda,
        "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES"),
        "cuda": [],
    }
    try:
        if torch.cuda.is_available():
            for i in range(torch.cuda.device_count()):
                p = torch.cuda.get_device_properties(i)
                free, total = torch.cuda.mem_get_info(i)
                out["cuda"].append(
                    {
                        "index": i,
                        "name": p.name,
                        "memory_bytes": int(total),
                        "free_bytes": int(free),
                        "capability": f"{p.major}.{p.minor}",
                        "bf16": p.major >= 8,
                    }
                )
    except Exception as exc:  # noqa: BLE001 - a broken driver is a finding, not a crash
        out["error"] = f"{type(exc).__name__}: {exc}"
    return out


def llama_facts() -> dict:
    from appliance.errors import NativeRuntimeError
    from appliance.host import native

    info: dict = {}
    try:
        info["version"] = native.runtime_version()
        info["system_info"] = native.system_info()
        variants = native.cpu_variant_modules()
        if variants:  # a portable runtime: which of its CPU kernel modules this machine runs
            info["cpu_kernels"] = {
                "chosen": native.best_cpu_variant(),
                "available": [m.name[len("libggml-cpu-") : -len(".so")] for m in variants],
            }
        info["gpu_offload"] = native.gpu_offload_supported()
        rec = native.build_record()
        info["backend"] = rec.get("backend", "unknown (not built by native/build.py)")
        info["build"] = {
            k: rec[k] for k in ("cmake_args", "cuda_toolkit", "cuda_architectures", "built_at") if k in rec
        }
        info["converter"] = str(native.tools_dir())
        info["gguf_py"] = native.gguf_py_version()
        info["ok"] = True
    except NativeRuntimeError as exc:
        info["ok"] = False
        info["error"] = str(exc)
    return info


def query_nvidia_smi(fields: str, timeout: float = 10) -> str:
    """``nvidia-smi --query-gpu=<fields>`` as CSV without header or units; "" where there is no
    nvidia-smi, it fails or it does not answer within ``timeout`` seconds (never raises)."""
    if not shutil.which("nvidia-smi"):
        return ""
    try:
        res = subprocess.run(
            ["nvidia-smi", f"--query-gpu={fields}", "--format=csv,noheader,nounits"],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return res.stdout if res.returncode == 0 else ""


def only_visible(gpus: list[dict], visible: str | None) -> list[dict]:
    """The GPUs ``CUDA_VISIBLE_DEVICES`` (``visible``) leaves, in its order and renumbered from 0 as
    CUDA numbers them; all of them when it is unset or not given as indices."""
    if visible is None:
        return gpus
    wanted = [v.strip() for v in visible.split(",") if v.strip()]
    if not all(w.isdigit() for w in wanted):
        return gpus
    by_index = {g["index"]: g for g in gpus}
    return [dict(by_index[int(w)], index=n) for n, w in enumerate(wanted) if int(w) in by_index]


def nvidia_gpus(timeout: float = 10) -> dict:
    """``{"driver": str | None, "gpus": [{index, name, memory_bytes, free_bytes, capability}]}``.

    Honours ``CUDA_VISIBLE_DEVICES`` given as indices (the usual form). Empty without nvidia-smi.
    """
    text = query_nvidia_smi("index,name,memory.total,memory.free,compute_cap,driver_version", timeout)
    return parse_nvidia_smi(text, os.environ.get("CUDA_VISIBLE_DEVICES"))


def parse_nvidia_smi(text: str, visible: str | None = None) -> dict:
    gpus, driver = [], None
    for line in text.strip().splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 6 or not parts[0].isdigit():
            continue
        driver = parts[5]
        gpus.append(
            {
                "index": int(parts[0]),
                "name": parts[1],
                "memory_bytes": int(float(parts[2])) << 20,
                "free_bytes": int(float(parts[3])) << 20,
                "capability": parts[4],
            }
        )
    return {"driver": driver, "gpus": only_visible(gpus, visible)}
