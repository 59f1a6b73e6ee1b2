"""Serving speed: our front against the raw engine, and against the server it replaced.

Same GGUF (the built-in SmolLM2-135M, q8_0), greedy decoding, same threads. Three parts, all in
one run, interleaved:

1. **Single stream** (128 tokens): our API (front + llama.cpp server process) against the raw
   engine, the very same llama-server process asked directly on its own port (so the ratio is
   our front's cost), and against llama-cpp-python in-process (the previous raw baseline).
   Time to first token and decode tokens/s, medians; ratios ours / raw (goals: tokens/s ≥ 0.97,
   TTFT ≤ 1.2).
2. **8 concurrent clients** (short prompts, 64 tokens each, several requests per client): aggregate
   tokens/s, p95 first token and p95 latency, ours against the previous server (`appliance serve`
   from commit ``BASELINE``, run from a git worktree with the same Python), ratio (goal ≥ 3×).

    python bench/bench_serving.py [--tokens 128] [--repeat 5] [--clients 8] [--per-client 3]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

from common import BENCH_HOME, ROOT, header, median, open_home, verified_export

BASELINE = "e7c9010"  # the last commit with the one-request-at-a-time server (llama-cpp-python in-process)
PROMPT = [{"role": "user", "content": "Write a long story about a lighthouse keeper and a storm."}]
SHORT = [
    "What is the capital of France?",
    "Name three colours.",
    "Say hello politely.",
    "What is 2 + 2?",
    "Give me a fruit.",
    "What day comes after Monday?",
    "Name a planet.",
    "What is water made of?",
]


def measure(stream) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    first, n = None, 0
    for piece in stream:
        if piece:
            n += 1
            if first is None:
                first = time.perf_counter()
    end = time.perf_counter()
    return first - t0, (n - 1) / (end - first) if n > 1 else 0.0, n


def sse(_http, url, key, model, messages, tokens):
    import httpx

    body = {"model": model, "messages": messages, "stream": True, "max_tokens": tokens, "temperature": 0.0}
    with (
        httpx.Client() as http,
        http.stream(
            "POST", url + "/v1/chat/completions", json=body, timeout=300, headers={"Authorization": f"Bearer {key}"}
        ) as r,
    ):
        for line in r.iter_lines():
            yield line if line.startswith("data: {") and '"content":"' in line.replace('": "', '":"') else None


def raw_python(llm, tokens):
    for chunk in llm.create_chat_completion(messages=PROMPT, stream=True, max_tokens=tokens, temperature=0.0):
        yield chunk["choices"][0]["delta"].get("content")


def start_cli(args, cwd, env) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "serve", *args, "--port", "0"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    for line in proc.stdout:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/v1", line)
        if m:
            threading.Thread(target=proc.stdout.read, daemon=True).start()
            return proc, int(m.group(1))
    raise SystemExit("the server did not start")


def baseline_tree() -> Path:
    tree = ROOT / ".bench" / f"baseline-{BASELINE}"
    if not (tree / "appliance").is_dir():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--force", "--detach", str(tree), BASELINE],
            check=True,
            capture_output=True,
        )
    return tree


def concurrent(url, key, model, clients, per_client, tokens) -> dict:
    import httpx

    ttfts, latencies, counts = [], [], []
    lock = threading.Lock()

    def client(i):
        with httpx.Client() as http:
            for j in range(per_client):
                msgs = [{"role": "user", "content": SHORT[(i + j) % len(SHORT)]}]
                t0 = time.perf_counter()
                ttft, _tps, n = measure(sse(http, url, key, model, msgs, tokens))
                with lock:
                    ttfts.append(ttft)
                    latencies.append(time.perf_counter() - t0)
                    counts.append(n)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    p95 = lambda xs: sorted(xs)[max(0, round(0.95 * (len(xs) - 1)))]  # noqa: E731
    return {"tps": sum(counts) / wall, "ttft_p95": p95(ttfts), "latency_p95": p95(latencies), "tokens": sum(counts)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quant", default="q8_0")
    ap.add_argument("--tokens", type=int, default=128)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--per-client", type=int, default=3)
    ap.add_argument("--concurrent-tokens", type=int, default=64)
    args = ap.parse_args()
    header("Serving: our API vs the raw engine, and vs the previous server (SmolLM2-135M)")
    import httpx

    from appliance.serving.token import get_or_create_token

    home, catalog = open_home()
    token = get_or_create_token(home)
    export = verified_export(home, catalog, args.quant)
    env = dict(os.environ, APPLIANCE_HOME=str(BENCH_HOME))
    model = "smollm2-135m-instruct"

    # 1. Single stream ----------------------------------------------------------------------
    from appliance.catalog import Catalog
    from appliance.serving.service import start_server, stop_server

    with Catalog.open(home) as cat:
        serving = start_server(home, cat, [export["id"]], port=0, n_ctx=2048, slots=args.clients)
    backend = serving.variants()[0].backend
    ours, raw = f"http://127.0.0.1:{serving.port}", backend.base_url
    runs = {"raw engine (llama-server)": [], "ours": []}
    with httpx.Client() as http:
        measure(sse(http, ours, token, model, PROMPT, 8))
        measure(sse(http, raw, backend.key, model, PROMPT, 8))
        for _ in range(args.repeat):
            runs["raw engine (llama-server)"].append(measure(sse(http, raw, backend.key, model, PROMPT, args.tokens)))
            runs["ours"].append(measure(sse(http, ours, token, model, PROMPT, args.tokens)))
        # 2a. Concurrency through ours, while it runs.
        conc_ours = concurrent(ours, token, model, args.clients, args.per_client, args.concurrent_tokens)
    with Catalog.open(home) as cat:
        stop_server(cat, serving)
    # llama-cpp-python in-process, in a process of its own (the front never loads llama.cpp).
    code = (
        "import sys, time, json\nfrom llama_cpp import Llama\n"
        f"llm = Llama({str(home.root / export['path'])!r}, n_ctx=2048, n_threads={os.cpu_count()}, verbose=False)\n"
        f"P = {PROMPT!r}\n"
        "def m(t):\n    t0=time.perf_counter(); f=None; n=0\n"
        "    for c in llm.create_chat_completion(messages=P, stream=True, max_tokens=t, temperature=0.0):\n"
        "        if c['choices'][0]['delta'].get('content'):\n            n+=1\n            f = f or time.perf_counter()\n"
        "    e=time.perf_counter(); return (f-t0, (n-1)/(e-f), n)\n"
        f"m(8); print(json.dumps([m({args.tokens}) for _ in range({args.repeat})]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, cwd=ROOT)
    import json

    runs["llama-cpp-python in-process"] = [tuple(x) for x in json.loads(out.stdout.strip().splitlines()[-1])]
    med = {
        k: (median([x[0] for x in v]), median([x[1] for x in v]), median([x[2] for x in v])) for k, v in runs.items()
    }
    r_ttft, r_tps, _ = med["raw engine (llama-server)"]
    print(f"single stream, {args.tokens} tokens, medians of {args.repeat}:")
    for k, (ttft, tps, n) in med.items():
        print(
            f"  {k:<30} {tps:6.1f} tok/s, TTFT {ttft * 1000:6.1f} ms ({n:.0f} tokens) | "
            f"ratio to the raw engine: tokens/s {tps / r_tps:4.2f}, TTFT {ttft / r_ttft:4.2f}",
            flush=True,
        )

    # 2b. Concurrency through the previous server -------------------------------------------
    tree = baseline_tree()
    old_env = dict(env, PYTHONPATH=str(tree))
    proc, port = start_cli([export["id"], "--ctx", "2048"], tree, old_env)
    try:
        with httpx.Client() as http:
            measure(sse(http, f"http://127.0.0.1:{port}", token, model, PROMPT, 8))
        conc_old = concurrent(
            f"http://127.0.0.1:{port}", token, model, args.clients, args.per_client, args.concurrent_tokens
        )
    finally:
        proc.terminate()
        proc.wait(60)
    print(f"{args.clients} concurrent clients x {args.per_client} requests, {args.concurrent_tokens} tokens each:")
    for label, c in ((f"previous server ({BASELINE})", conc_old), ("ours", conc_ours)):
        print(
            f"  {label:<30} {c['tps']:6.1f} tok/s aggregate, first token p95 {c['ttft_p95']:5.2f} s, "
            f"latency p95 {c['latency_p95']:5.2f} s",
            flush=True,
        )
    print(f"  aggregate ratio ours / previous: {conc_ours['tps'] / conc_old['tps']:4.2f}", flush=True)


if __name__ == "__main__":
    main()
