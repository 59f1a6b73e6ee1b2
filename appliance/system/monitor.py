"""How busy the machine is right now: CPU, memory and each NVIDIA GPU's load and VRAM.

One ``sample()`` is one reading, for the Train page's live graphs (issue 18, feature 5) and for
anyone else who wants to watch a run. The CPU and memory come from psutil (a read of ``/proc``:
microseconds); the GPUs from ``nvidia-smi`` (a subprocess: tens of milliseconds, so the window
runs ``GPU_QUERY`` itself in a ``QProcess`` and parses its answer with ``parse_gpu_usage``). No
nvidia-smi, or no GPU, is an empty GPU list, never an error. Nothing here touches the network.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

# The fields asked of nvidia-smi, in the order parse_gpu_usage reads them.
GPU_FIELDS = "index,name,utilization.gpu,memory.used,memory.total"
GPU_QUERY = ("nvidia-smi", f"--query-gpu={GPU_FIELDS}", "--format=csv,noheader,nounits")


@dataclass(frozen=True)
class GpuUsage:
    index: int  # in CUDA's numbering (CUDA_VISIBLE_DEVICES honoured), as training names it
    name: str
    utilization: float | None  # percent busy over nvidia-smi's last sample period; None: not reported
    memory_used: int  # bytes
    memory_total: int  # bytes


@dataclass(frozen=True)
class Sample:
    time: float  # time.monotonic() when taken
    cpu_percent: float  # all cores together, 0 to 100, since the previous sample
    memory_used: int  # bytes in use (total less what is available)
    memory_total: int  # bytes
    gpus: tuple[GpuUsage, ...] = field(default=())


def host_usage() -> tuple[float, int, int]:
    """(CPU percent since the previous call in this process, memory used, memory total): cheap
    enough for the UI thread. The first call in a process returns a CPU percent of 0.0."""
    import psutil

    mem = psutil.virtual_memory()
    return float(psutil.cpu_percent(interval=None)), int(mem.total - mem.available), int(mem.total)


def parse_gpu_usage(text: str, visible: str | None = None) -> tuple[GpuUsage, ...]:
    """nvidia-smi's CSV answer to ``GPU_QUERY`` as ``GpuUsage``s, only those ``visible``
    (``CUDA_VISIBLE_DEVICES``) leaves. Lines it cannot read are skipped."""
    from appliance.host.probes import only_visible

    rows = []
    for line in text.strip().splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 5 or not parts[0].isdigit():
            continue
        try:
            used, total = int(float(parts[3])) << 20, int(float(parts[4])) << 20  # MiB
        except ValueError:
            continue
        try:
            util = float(parts[2])
        except ValueError:  # "[N/A]" on GPUs that do not report it
            util = None
        rows.append(
            {"index": int(parts[0]), "name": parts[1], "utilization": util, "memory_used": used, "memory_total": total}
        )
    return tuple(GpuUsage(**r) for r in only_visible(rows, visible))


def gpu_usage(timeout: float = 2) -> tuple[GpuUsage, ...]:
    """Each visible NVIDIA GPU's load and memory; empty without nvidia-smi, a GPU, or an answer
    within ``timeout`` seconds. Blocks for the subprocess: not for a UI thread."""
    from appliance.host.probes import query_nvidia_smi

    return parse_gpu_usage(query_nvidia_smi(GPU_FIELDS, timeout), os.environ.get("CUDA_VISIBLE_DEVICES"))


def sample(*, gpus: bool = True, timeout: float = 2) -> Sample:
    """One reading of the whole machine (``gpus=False``: skip nvidia-smi). Never raises for a
    missing or silent GPU tool."""
    cpu, used, total = host_usage()
    return Sample(time.monotonic(), cpu, used, total, gpu_usage(timeout) if gpus else ())
