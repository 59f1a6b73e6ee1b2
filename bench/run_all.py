"""`make bench`: every benchmark, each printing our figure, its named baseline and the ratio.

The GPU variants (serving with and without offload, training on CUDA) say so and measure
nothing on a machine without an NVIDIA GPU.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = [
    ["bench_export.py"],
    ["bench_serving.py"],
    ["bench_gpu_serving.py"],
    ["bench_sealed.py"],
    ["bench_audit.py"],
    ["bench_train.py"],
    ["bench_train.py", "--device", "cuda"],
    ["bench_gui_startup.py"],
    ["bench_portable.py"],
    ["bench_regional.py"],
    ["drift.py"],
]

if __name__ == "__main__":
    failed = []
    for name, *args in BENCHMARKS:
        if subprocess.run([sys.executable, str(HERE / name), *args, *sys.argv[1:]], cwd=HERE).returncode != 0:
            failed.append(" ".join([name, *args]))
    if failed:
        sys.exit(f"benchmarks failed: {', '.join(failed)}")
