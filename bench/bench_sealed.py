"""Sealed-file throughput and memory, and dataset import speed.

1. Throughput: sealing / opening N MiB with our chunked format (64 KiB chunks, streaming)
   against one-shot AES-256-GCM over the same bytes in the same process (the baseline: the
   cheapest possible authenticated encryption of that buffer). Ratio = our MB/s / one-shot MB/s.
2. Memory: peak RSS of a fresh process sealing a 256 MiB and a 1 GiB stream (generated, never
   held whole) to a file: it must not grow with size.
3. Dataset import: rows per second for a 20,000-row chat JSONL (validate, count tokens, seal),
   against just reading and json-parsing the same file (the floor).

    python bench/bench_sealed.py [--mib 256] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import header, median

KEY = os.urandom(32)


def throughput(mib: int, repeat: int) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from appliance.security.sealed import iter_open, seal_stream

    data = os.urandom(mib << 20)
    ours_w, ours_r, base_w, base_r = [], [], [], []
    aead = AESGCM(KEY)
    for _ in range(repeat):
        out = io.BytesIO()
        t = time.perf_counter()
        seal_stream(io.BytesIO(data), out, KEY, object_id="bench", key_id="k")
        ours_w.append(time.perf_counter() - t)
        blob = out.getvalue()
        t = time.perf_counter()
        n = sum(len(c) for c in iter_open(io.BytesIO(blob), lambda h: KEY, expected_object_id="bench"))
        ours_r.append(time.perf_counter() - t)
        assert n == len(data)
        nonce = os.urandom(12)
        t = time.perf_counter()
        ct = aead.encrypt(nonce, data, None)
        base_w.append(time.perf_counter() - t)
        t = time.perf_counter()
        aead.decrypt(nonce, ct, None)
        base_r.append(time.perf_counter() - t)
        del blob, ct, out
    mb = mib * 1.048576
    for label, ours, base in (("seal", ours_w, base_w), ("open", ours_r, base_r)):
        o, b = mb / median(ours), mb / median(base)
        print(f"  {label}: sealed file {o:7.0f} MB/s | one-shot AES-GCM {b:7.0f} MB/s | ratio {o / b:4.2f}", flush=True)


PEAK_CHILD = """
import sys, os
sys.path.insert(0, {bench!r})
from appliance.security.sealed import SealedWriter
n = int(sys.argv[1]) << 20
block = os.urandom(1 << 20)
with open(sys.argv[2], "wb") as f, SealedWriter(f, os.urandom(32), object_id="m", key_id="k") as w:
    for _ in range(n >> 20):
        w.write(block)
# VmHWM: this process's own peak (ru_maxrss would include the parent's peak across exec).
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def peak_memory() -> None:
    code = PEAK_CHILD.format(bench=str(Path(__file__).parent))
    with tempfile.TemporaryDirectory() as tmp:
        for mib in (256, 1024):
            out = subprocess.run(
                [sys.executable, "-c", code, str(mib), f"{tmp}/x.sealed"], check=True, capture_output=True, text=True
            ).stdout
            size = os.path.getsize(f"{tmp}/x.sealed")
            print(
                f"  sealing a {mib:4d} MiB stream: peak RSS {int(out) / 1024:6.1f} MiB (file {size / 2**20:.1f} MiB)",
                flush=True,
            )
            os.unlink(f"{tmp}/x.sealed")


def dataset_import(rows: int) -> None:
    from appliance.catalog import Catalog
    from appliance.data.datasets import DatasetStore, default_stats_tokenizer
    from appliance.home import Home
    from appliance.security.vault import Vault

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "rows.jsonl"
        with open(src, "w") as f:
            for i in range(rows):
                f.write(
                    json.dumps(
                        {
                            "messages": [
                                {"role": "user", "content": f"Citizen request {i}: how do I renew permit {i * 7}?"},
                                {
                                    "role": "assistant",
                                    "content": f"Bring form R-{i % 40} to desk {i % 9}. " * (1 + i % 5),
                                },
                            ]
                        }
                    )
                    + "\n"
                )
        t = time.perf_counter()
        with open(src) as f:
            parsed = sum(1 for line in f if json.loads(line))
        floor = time.perf_counter() - t
        home = Home.open(Path(tmp) / "home")
        with Catalog.open(home) as cat:
            from appliance import workspace

            mk = workspace.init(Vault(cat), "benchmark passphrase!")
            store = DatasetStore(home, cat, mk)
            tok = default_stats_tokenizer(home, cat)
            results = {}
            for label, tk in (("without token counts", None), ("with token counts", tok)):
                t = time.perf_counter()
                row, _, _ = store.import_file(src, name=f"b{len(results)}", tokenizer=tk)
                results[label] = time.perf_counter() - t
                assert row["rows"] == rows
    print(f"  json.loads only (floor): {parsed / floor:9.0f} rows/s", flush=True)
    for label, secs in results.items():
        print(
            f"  import {label}: {rows / secs:9.0f} rows/s ({secs:.2f} s; {floor / secs:.3f} of the floor)", flush=True
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rows", type=int, default=20_000)
    args = ap.parse_args()
    header(f"Sealed files: throughput on {args.mib} MiB against one-shot AES-256-GCM")
    throughput(args.mib, args.repeat)
    header("Sealed files: peak memory while sealing a stream")
    peak_memory()
    header(f"Dataset import: {args.rows} chat rows")
    dataset_import(args.rows)


if __name__ == "__main__":
    main()
