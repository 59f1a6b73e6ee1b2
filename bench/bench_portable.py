"""The portable llama.cpp runtime a bundle ships against the one built for this machine.

Two ``llama-server`` processes on the same GGUF (the built-in SmolLM2-135M, q8_0), same threads,
greedy decoding, asked in turn (interleaved rounds, so machine noise hits both alike):

* **native**: ``make native`` (``-march=native``; the build a developer's machine uses), from
  ``<venv>/share/appliance-native``;
* **portable**: ``native/build.py --backend cpu-portable`` (what ``make bundle`` ships: one CPU
  kernel module per instruction-set level, the best loaded at run time), staged under
  ``.bench/portable`` (built or taken from native/build.py's cache).

Reported: prompt and decode tokens/s from llama-server's own timings, medians, and the ratio
portable / native (goal ≥ 0.95: picking kernels at run time should cost next to nothing).

    python bench/bench_portable.py [--tokens 128] [--repeat 5] [--threads N]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, header, median, open_home, verified_export

PROMPT = (
    "Write a long story about a lighthouse keeper and a storm. The keeper had lived alone on the rock for "
    "twenty years, and every night he climbed the stairs to light the lamp. "
) * 4


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(binary: Path, gguf: Path, threads: int) -> tuple[subprocess.Popen, str]:
    import httpx

    port = free_port()
    proc = subprocess.Popen(
        [
            str(binary),
            "--model",
            str(gguf),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--threads",
            str(threads),
            "--ctx-size",
            "2048",
            "--parallel",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{binary} stopped: {proc.stderr.read()[-2000:]}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise SystemExit(f"{binary} did not become ready")


def once(url: str, tokens: int) -> tuple[float, float]:
    import httpx

    r = httpx.post(
        url + "/completion",
        json={"prompt": PROMPT, "n_predict": tokens, "temperature": 0.0, "cache_prompt": False, "ignore_eos": True},
        timeout=600,
    )
    t = r.json()["timings"]
    return t["prompt_per_second"], t["predicted_per_second"]


def stage_portable() -> Path:
    out = ROOT / ".bench" / "portable"
    subprocess.run(
        [sys.executable, str(ROOT / "native" / "build.py"), "--backend", "cpu-portable", "--stage", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return next((out / "native").glob("llama.cpp-*"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tokens", type=int, default=128)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    header("Portable llama.cpp runtime (bundle) vs the runtime built for this CPU")
    native_dir = next((Path(sys.prefix) / "share" / "appliance-native").glob("llama.cpp-*"))
    portable_dir = stage_portable()
    home, catalog = open_home()
    gguf = home.root / verified_export(home, catalog, "q8_0")["path"]
    rec = {
        k: json.loads((d / "native.json").read_text()) for k, d in (("native", native_dir), ("portable", portable_dir))
    }
    print(f"native flags: {rec['native'].get('cmake_args') or '-march=native'}")
    print(f"portable: kernels {', '.join(rec['portable'].get('cpu_variants', []))}")
    servers = {
        name: start(d / "bin" / "llama-server", gguf, args.threads)
        for name, d in (("native", native_dir), ("portable", portable_dir))
    }
    try:
        results = {name: {"prompt": [], "decode": []} for name in servers}
        for _, url in servers.values():
            once(url, 16)  # warm up
        for _ in range(args.repeat):
            for name, (_, url) in servers.items():
                p, d = once(url, args.tokens)
                results[name]["prompt"].append(p)
                results[name]["decode"].append(d)
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait(30)
    print(f"{'':10} {'prompt tok/s':>14} {'decode tok/s':>14}")
    for name, r in results.items():
        print(f"{name:10} {median(r['prompt']):14.1f} {median(r['decode']):14.1f}")
    for kind in ("prompt", "decode"):
        ratio = median(results["portable"][kind]) / median(results["native"][kind])
        print(f"ratio portable/native, {kind}: {ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
