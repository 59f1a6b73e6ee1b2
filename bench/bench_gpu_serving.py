"""Serving speed with every layer on the GPU against the same server on the CPU only.

Same GGUF (the built-in SmolLM2-135M-Instruct exported to q8_0), same prompt, greedy decoding,
same number of generated tokens: ``appliance serve`` started twice, once with its default plan
(all layers offloaded when the model fits, ``serving/offload.py``) and once with
``--gpu-layers 0`` (the baseline: CPU, all cores), each read by a minimal SSE reader over
loopback. Medians of interleaved runs; prints decode tokens/s, time to first token and the ratio
GPU / CPU. On a machine whose llama.cpp has no GPU backend it says so and measures nothing.

This process never loads llama.cpp or torch itself: the servers are their own processes.

    python bench/bench_gpu_serving.py [--quant q8_0] [--tokens 256] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from bench_serving import free_port, measure, sse_stream
from common import BENCH_HOME, ROOT, header, median, open_home, verified_export


def start(export_id: str, port: int, extra: list[str]) -> subprocess.Popen:
    env = dict(os.environ, APPLIANCE_HOME=str(BENCH_HOME))
    return subprocess.Popen(
        [sys.executable, "-m", "appliance", "serve", export_id, "--port", str(port), "--ctx", "2048", *extra],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(http, port: int) -> None:
    import httpx

    deadline = time.time() + 180
    while True:
        try:
            http.get(f"http://127.0.0.1:{port}/health", timeout=2)
            return
        except httpx.HTTPError:
            if time.time() > deadline:
                raise
            time.sleep(0.3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quant", default="q8_0")
    ap.add_argument("--tokens", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=5)
    args, _ = ap.parse_known_args()
    header("Serving with all layers on the GPU vs the CPU only (SmolLM2-135M)")
    from appliance.procs import query_worker, worker_command

    facts = query_worker(worker_command("probe-llama"))
    if not facts.get("gpu_offload"):
        print(
            f"skipped: this llama.cpp runtime has no GPU backend (backend {facts.get('backend', '?')}); "
            "build it with `make native LLAMA_BACKEND=cuda` on a machine with an NVIDIA GPU.",
            flush=True,
        )
        return
    import httpx

    from appliance.serving.token import get_or_create_token

    home, catalog = open_home()
    token = get_or_create_token(home)
    export = verified_export(home, catalog, args.quant)
    ports = {"gpu": free_port(), "cpu": free_port()}
    servers = {
        "gpu": start(export["id"], ports["gpu"], []),
        "cpu": start(export["id"], ports["cpu"], ["--gpu-layers", "0"]),
    }
    runs: dict[str, list] = {"gpu": [], "cpu": []}
    try:
        http = httpx.Client()
        for key in servers:
            wait_ready(http, ports[key])
            measure(sse_stream(http, ports[key], token, 8))  # warm-up
        for _ in range(args.repeat):
            for key in ("gpu", "cpu"):
                runs[key].append(measure(sse_stream(http, ports[key], token, args.tokens)))
    finally:
        for s in servers.values():
            s.terminate()
            s.wait(timeout=60)
    med = {k: (median([x[0] for x in v]), median([x[1] for x in v])) for k, v in runs.items()}
    (g_ttft, g_tps), (c_ttft, c_tps) = med["gpu"], med["cpu"]
    print(
        f"{args.quant}: CPU only ({os.cpu_count()} threads) {c_tps:7.1f} tok/s, TTFT {c_ttft * 1000:6.1f} ms",
        flush=True,
    )
    print(
        f"{'':>{len(args.quant)}}  all layers on the GPU     {g_tps:7.1f} tok/s, TTFT {g_ttft * 1000:6.1f} ms | "
        f"tokens/s ratio GPU/CPU {g_tps / c_tps:5.2f} | TTFT ratio {g_ttft / c_ttft:5.2f}",
        flush=True,
    )


if __name__ == "__main__":
    main()
