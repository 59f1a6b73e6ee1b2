"""One engine (issue 26): ours, every GGUF in ``llama-server``, against the previous in-process
engine (llama-cpp-python's ``Llama`` in the calling Python process, ``bench/inprocess_baseline.py``)
on the built-in model's q8_0 export, in one run:

1. chat: time to the first token of a turn on a warm model (and the time to load it);
2. the export gate's llama.cpp half: wall time of the worker (ours: a client of its own
   llama-server, top-64 log-probabilities per position; before: the model in the worker, every
   position's full-vocabulary log-probabilities), and the verdict each gives (top-1, KL: ours on
   the top-64 partition, before on the whole vocabulary);
3. evaluation throughput: the same generate cases, ours with 1 and with ``--slots`` at once.

    python bench/bench_engine.py [--turns 12] [--cases 16] [--slots 4] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import builtin_model, header, median, open_home, verified_export
from prompts import CHAT_PROMPTS

from appliance.events import CancelToken

HERE = Path(__file__).resolve().parent


def baseline(mode: str, *args) -> dict:
    out = subprocess.run(
        [sys.executable, str(HERE / "inprocess_baseline.py"), mode, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def chat_ours(home, catalog, export_id: str, turns: int, max_tokens: int) -> dict:
    from appliance.serving.chat import open_chat

    t0 = time.perf_counter()
    session = open_chat(home, catalog, export_id, n_ctx=2048, params={"client": "bench"})
    load_s = time.perf_counter() - t0
    ttft = []
    try:
        for i in range(turns):
            msgs = [{"role": "user", "content": CHAT_PROMPTS[i % len(CHAT_PROMPTS)]}]
            t0 = time.perf_counter()
            first = None
            for _piece in session.reply(msgs, max_tokens=max_tokens, temperature=0.0, repeat_penalty=1.0):
                if first is None:
                    first = time.perf_counter() - t0
            ttft.append(first)
    finally:
        session.close()
    return {"load_s": load_s, "ttft_s": ttft}


def reference(model_dir: Path, work: Path) -> None:
    from appliance.procs import run_worker, worker_command

    run_worker(
        worker_command("gate-reference", str(model_dir), str(work), "0", "float32"),
        cancel=CancelToken(),
        stage="verify",
        what="reference",
    )


def gate_ours(gguf: Path, work: Path) -> float:
    from appliance.procs import run_worker, worker_command

    t0 = time.perf_counter()
    run_worker(worker_command("gate-llama", str(gguf), str(work)), cancel=CancelToken(), stage="verify", what="gate")
    return time.perf_counter() - t0


def full_kl(work: Path, prompt_ids) -> tuple[float, float]:
    """The previous judge: top-1 and mean KL over the whole vocabulary (baseline's files)."""
    import numpy as np

    hf = np.load(work / "reference-logprobs.npy").astype(np.float64)
    gg = np.load(work / "baseline-full-logprobs.npy").astype(np.float64)
    v = min(hf.shape[1], gg.shape[1])
    hf, gg = hf[:, :v], gg[:, :v]
    top = hf.argmax(1) == gg.argmax(1)
    return float(top.mean()), float((np.exp(hf) * (hf - gg)).sum(1).mean())


def eval_ours(export, home, catalog, cases: int, max_tokens: int, slots: int) -> dict:
    from appliance.eval.gguf_cases import GgufCases
    from appliance.eval.runner import _each
    from appliance.serving.runtime import resolve_servable

    s = resolve_servable(home, catalog, export["id"])
    worker = GgufCases(s, n_ctx=2048, slots=slots)
    try:
        reqs = [
            {"op": "generate", "messages": [{"role": "user", "content": CHAT_PROMPTS[i % len(CHAT_PROMPTS)]}],
             "max_tokens": max_tokens, "repeat_penalty": 1.0}
            for i in range(cases)
        ]  # fmt: skip
        t0 = time.perf_counter()
        tokens = sum(r["tokens"] for _i, _r, r in _each(worker, reqs, lambda r: r, slots, CancelToken(), "bench"))
        return {"seconds": time.perf_counter() - t0, "tokens": tokens}
    finally:
        worker.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--turns", type=int, default=12)
    ap.add_argument("--max-tokens", type=int, default=16)
    ap.add_argument("--cases", type=int, default=16)
    ap.add_argument("--case-tokens", type=int, default=32)
    ap.add_argument("--slots", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    header("One engine: llama-server against the previous in-process llama-cpp-python (built-in model, q8_0)")
    home, catalog = open_home()
    model = builtin_model(home, catalog)
    export = verified_export(home, catalog, "q8_0")
    gguf = home.root / export["path"]

    # 1. chat
    ours_ttft, base_ttft, ours_load, base_load = [], [], [], []
    for _ in range(args.repeat):
        b = baseline("chat", gguf, args.turns, args.max_tokens)
        o = chat_ours(home, catalog, export["id"], args.turns, args.max_tokens)
        base_ttft += b["ttft_s"][1:]  # the first turn of each warms caches on both sides
        ours_ttft += o["ttft_s"][1:]
        base_load.append(b["load_s"])
        ours_load.append(o["load_s"])
    bt, ot = median(base_ttft), median(ours_ttft)
    print(f"chat, time to first token (median of {len(ours_ttft)} warm turns, {args.max_tokens} tokens each):")
    print(
        f"  in-process llama-cpp-python {bt * 1000:7.1f} ms   llama-server {ot * 1000:7.1f} ms   ratio {ot / bt:.2f}x"
    )
    print(f"  model ready: in-process {median(base_load):.2f} s   llama-server {median(ours_load):.2f} s")

    # 2. the gate's llama.cpp half
    from appliance.export.verify import GateReport, _check_logits

    work = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    try:
        reference(home.root / model["path"], work)
        ref = json.loads((work / "reference.json").read_text())
        ours_s, base_s = [], []
        for _ in range(args.repeat):
            base_s.append(baseline("gate", gguf, work)["seconds"] + 0.0)
            ours_s.append(gate_ours(gguf, work))
        report = GateReport(quant="q8_0", tokenizer_policy="default", reference_dtype="float32")
        _check_logits(report, work, ref["prompt_ids"], "q8_0")
        top1_full, kl_full = full_kl(work, ref["prompt_ids"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    bs, os_ = median(base_s), median(ours_s)
    lg = report.logits
    print(f"gate, llama.cpp half on {lg['positions']} probe positions (median of {args.repeat}):")
    print(
        f"  in-process (model in the worker) {bs:6.2f} s   worker + llama-server {os_:6.2f} s   ratio {os_ / bs:.2f}x"
    )
    print(
        f"  verdict: before top-1 {top1_full:.3f} KL {kl_full:.5f} (whole vocabulary); now top-1 {lg['top1']:.3f} "
        f"KL {lg['kl_mean']:.5f} (top-{lg['top_k']} + rest; reference mass outside: {lg['tail_mass_mean']:.4f})"
    )

    # 3. evaluation throughput
    b = baseline("eval", gguf, args.cases, args.case_tokens)
    one = eval_ours(export, home, catalog, args.cases, args.case_tokens, 1)
    many = eval_ours(export, home, catalog, args.cases, args.case_tokens, args.slots)
    rate = {k: v["tokens"] / v["seconds"] for k, v in (("base", b), ("one", one), ("many", many))}
    print(f"evaluation, {args.cases} generate cases of up to {args.case_tokens} tokens:")
    print(
        f"  in-process {b['seconds']:.2f} s ({rate['base']:.0f} tok/s)   llama-server 1 slot {one['seconds']:.2f} s "
        f"({rate['one']:.0f} tok/s, {b['seconds'] / one['seconds']:.2f}x)   {args.slots} slots {many['seconds']:.2f} s "
        f"({rate['many']:.0f} tok/s, {b['seconds'] / many['seconds']:.2f}x faster than in-process)"
    )
    catalog.close()


if __name__ == "__main__":
    main()
