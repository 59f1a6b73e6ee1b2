"""Training throughput and memory: our engine against transformers' Trainer + peft.

Both get the same model (the built-in SmolLM2-135M-Instruct), the same rows (variable-length
chat, loss on the answers only, identical token ids and labels), the same sequence length (512),
the same batch (8 rows or packed sequences per step, no accumulation), the same LoRA (rank 16,
alpha 32, no dropout, all linear layers of the blocks) and, for the baseline, its best precision
setting on this machine (``bf16=True``: bf16 autocast over fp32 weights on a CPU with native
bf16; fp32 otherwise). Each side runs in its own process (so its peak memory is its own),
alternating, twice; the medians are compared. Tokens/s counts real (non-padding) tokens.

Also reported: achieved FLOP/s against this machine's bf16 matrix-multiply peak, measured here
(2048×2048 bf16 matmuls), with FLOPs per token = 4 × (block parameters) (forward, and backward
to the inputs: frozen weights need no weight gradients) + 4 × vocabulary × hidden per target
token (the output layer) + attention (4 × layers × context × hidden per token). The same count
is used for both sides, so the ratio is not affected by it.

A faster step that learns less is not faster: each side also reports its training loss per step
and, after its last step, the loss on 32 held-out rows it never saw (mean cross-entropy over the
answer tokens, computed the same way for both, from the base model's same starting value); the
two must agree.

    python bench/bench_train.py [--steps 20] [--device cpu|cuda] [--method sft|dpo] [--beside N]

``--method dpo`` races TRL's DPOTrainer instead (``bench/train_pref.py``). ``--beside N`` runs N
busy processes (each a Python loop holding one core) during both sides, as a desktop's other
programs would: the comparison on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEQ, BATCH, RANK = 512, 8, 16


def rows(n: int = 480, seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    words = (
        "permit form counter office registry citizen fee days renewal appeal license document certificate "
        "identity address payment card transfer schedule appointment witness deadline director helpline"
    ).split()
    out = []
    for i in range(n):
        q = " ".join(rng.choice(words) for _ in range(rng.randint(5, 30)))
        a = " ".join(rng.choice(words) for _ in range(rng.choice([rng.randint(5, 40), rng.randint(40, 180)])))
        out.append(
            {
                "messages": [
                    {"role": "user", "content": f"Question {i}: {q}?"},
                    {"role": "assistant", "content": f"{a}."},
                ]
            }
        )
    return out


def encoded(model_dir: Path):
    from appliance.models.hf import load_tokenizer
    from appliance.tuning import data as tdata

    tok = load_tokenizer(model_dir)
    examples, _ = tdata.encode_records(tok, [(f"r{i}", r) for i, r in enumerate(rows())], SEQ)
    return tok, examples


def heldout_loss(model, model_dir: Path, bf16: bool) -> float:
    """Mean cross-entropy over the answer tokens of 32 rows neither side trains on (under bf16
    autocast where the side trained under it)."""
    import torch

    from appliance.models.hf import load_tokenizer
    from appliance.tuning import data as tdata

    examples, _ = tdata.encode_records(
        load_tokenizer(model_dir), [(f"h{i}", r) for i, r in enumerate(rows(32, seed=99))], SEQ
    )
    device = next(model.parameters()).device
    total, count = 0.0, 0
    model.eval()
    with torch.no_grad():
        for e in examples:
            ids = torch.tensor([e.input_ids], device=device)
            labels = torch.tensor(e.labels, device=device)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
                logits = model(input_ids=ids).logits[0].float()
            sel = labels != tdata.IGNORE
            total += float(torch.nn.functional.cross_entropy(logits[sel], labels[sel], reduction="sum"))
            count += int(sel.sum())
    return total / count


def peak_rss() -> int:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) * 1024
    return 0


def worker_ours(model_dir: Path, steps: int, device: str) -> dict:
    from appliance.events import TrainStep
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.trainer import TrainingRun

    recs = [(f"r{i}", r) for i, r in enumerate(rows())]
    # The same effective batch as the baseline's 8 rows: as many packed sequences as 8 average rows fill.
    _, examples = encoded(model_dir)
    mean_len = sum(len(e.input_ids) for e in examples) / len(examples)
    packed_batch = max(1, round(BATCH * mean_len / SEQ))
    recipe = recipe_from_dict(
        {
            "lora": {"rank": RANK, "alpha": 32.0, "dropout": 0.0, "target_modules": ["all-linear"]},
            "training": {
                "max_steps": steps,
                "batch_size": packed_batch,
                "sequence_length": SEQ,
                "packing": True,
                "learning_rate": 2e-4,
                "warmup_steps": 2,
                "precision": "auto",
                "device": device,
                "seed": 1,
            },
            "evaluation": {"eval_every": 0},
            "checkpoint": {"every": 10**6},
        }
    )
    import tempfile

    marks, losses = {}, []

    def on(e):
        if isinstance(e, TrainStep):
            marks[e.step] = (time.perf_counter(), e.tokens)
            losses.append(e.loss)

    run = TrainingRun(
        recipe,
        model_dir=model_dir,
        context_length=8192,
        train_records=recs,
        eval_records=[],
        run_dir=Path(tempfile.mkdtemp()),
        on_event=on,
    )
    run.setup()
    run.train()
    s0, s1 = 2, steps
    tokens = marks[s1][1] - marks[s0][1]
    secs = marks[s1][0] - marks[s0][0]
    label_frac = run.train_stats.label_tokens / max(run.train_stats.tokens, 1)
    return {
        "tokens_per_s": tokens / secs,
        "tokens": tokens,
        "seconds": secs,
        "peak_rss": peak_rss(),
        "precision": run.placement.precision,
        "label_fraction": label_frac,
        "rows_per_step": packed_batch * SEQ / mean_len,
        "batch": f"{packed_batch} packed × {SEQ}",
        "losses": losses,
        "heldout": heldout_loss(run.model, model_dir, run.autocast),
    }


def worker_baseline(model_dir: Path, steps: int, device: str) -> dict:
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, DataCollatorForSeq2Seq, Trainer, TrainerCallback, TrainingArguments

    from appliance.tuning.devices import cpu_has_native_bf16

    tok, examples = encoded(model_dir)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    # Trainer's labels are shifted inside the model: give it the token ids with the answer mask.
    data = [
        {
            "input_ids": e.input_ids,
            "attention_mask": [1] * len(e.input_ids),
            "labels": [t if lab != -100 else -100 for t, lab in zip(e.input_ids, e.labels, strict=True)],
        }
        for e in examples
    ]
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), attn_implementation="sdpa")
    model = get_peft_model(
        model,
        LoraConfig(
            r=RANK,
            lora_alpha=32,
            lora_dropout=0.0,
            task_type="CAUSAL_LM",
            target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        ),
    )
    use_cuda = device == "cuda"
    bf16 = torch.cuda.is_bf16_supported() if use_cuda else cpu_has_native_bf16()
    marks, losses = {}, []
    real = {"n": 0}

    class Clock(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            marks[state.global_step] = (time.perf_counter(), real["n"])

        def on_log(self, args, state, control, logs=None, **kw):
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

    collator = DataCollatorForSeq2Seq(tok, padding=True, label_pad_token_id=-100)

    def collate(batch):
        real["n"] += sum(len(b["input_ids"]) for b in batch)
        return collator(batch)

    import tempfile

    args = TrainingArguments(
        output_dir=tempfile.mkdtemp(),
        per_device_train_batch_size=BATCH,
        gradient_accumulation_steps=1,
        max_steps=steps,
        learning_rate=2e-4,
        warmup_steps=2,
        bf16=bf16,
        use_cpu=not use_cuda,
        report_to=[],
        save_strategy="no",
        logging_steps=1,
        dataloader_num_workers=0,
        seed=1,
        disable_tqdm=True,
        remove_unused_columns=False,
    )
    trainer = Trainer(model=model, args=args, train_dataset=data, data_collator=collate, callbacks=[Clock()])
    trainer.train()
    s0, s1 = 2, steps
    return {
        "tokens_per_s": (marks[s1][1] - marks[s0][1]) / (marks[s1][0] - marks[s0][0]),
        "tokens": marks[s1][1] - marks[s0][1],
        "seconds": marks[s1][0] - marks[s0][0],
        "peak_rss": peak_rss(),
        "precision": "bf16 autocast" if bf16 else "fp32",
        "rows_per_step": BATCH,
        "batch": f"{BATCH} rows, padded",
        "losses": losses,
        "heldout": heldout_loss(trainer.model, model_dir, bf16),
    }


def bf16_peak(device: str) -> float:
    import torch

    dev = "cuda" if device == "cuda" else "cpu"
    a = torch.randn(2048, 2048, dtype=torch.bfloat16, device=dev)
    b = torch.randn(2048, 2048, dtype=torch.bfloat16, device=dev)
    for _ in range(3):
        a @ b
    best = 0.0
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(10):
            a @ b
        if dev == "cuda":
            torch.cuda.synchronize()
        best = max(best, 10 * 2 * 2048**3 / (time.perf_counter() - t))
    return best


def flops_per_token(model_dir: Path, label_fraction: float) -> float:
    cfg = json.loads((model_dir / "config.json").read_text())
    h, layers, inter, v = cfg["hidden_size"], cfg["num_hidden_layers"], cfg["intermediate_size"], cfg["vocab_size"]
    kv = cfg.get("num_key_value_heads", cfg["num_attention_heads"]) * h // cfg["num_attention_heads"]
    block = layers * (2 * h * h + 2 * h * kv + 3 * h * inter)
    return 4 * block + 4 * v * h * label_fraction + 4 * layers * SEQ / 2 * h


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--worker", choices=["ours", "baseline"])
    ap.add_argument("--model-dir")
    ap.add_argument("--method", default="sft", choices=["sft", "dpo"])
    ap.add_argument("--beside", type=int, default=0, help="busy processes running during both sides")
    args = ap.parse_args()
    if args.worker:
        if args.worker == "ours":  # as the appliance's torch processes start (appliance/isolation.py)
            from appliance.isolation import share_the_cpu

            share_the_cpu()
        if args.method == "dpo":
            import train_pref

            fn = train_pref.worker_ours if args.worker == "ours" else train_pref.worker_baseline
            result = fn(Path(args.model_dir), args.steps, args.device, peak_rss)
        else:
            fn = worker_ours if args.worker == "ours" else worker_baseline
            result = fn(Path(args.model_dir), args.steps, args.device)
        print("RESULT " + json.dumps(result), flush=True)
        return
    from common import builtin_model, header, open_home

    beside = f", {args.beside} busy process(es) beside" if args.beside else ""
    if args.method == "dpo":
        header(f"DPO: our engine vs TRL DPOTrainer (SmolLM2-135M, LoRA r{RANK}, {args.steps} steps of 8 pairs{beside})")
    else:
        header(
            f"Training: our engine vs transformers Trainer + peft (SmolLM2-135M, LoRA r{RANK}, seq {SEQ}, "
            f"batch {BATCH}, {args.steps} steps, {args.device}{beside})"
        )
    if args.device == "cuda":
        import torch

        if not torch.cuda.is_available():
            print("  no CUDA GPU on this machine: the GPU variant is skipped (run with --device cuda on a GPU).")
            return
    home, cat = open_home()
    model_dir = home.root / builtin_model(home, cat)["path"]
    results = {"ours": [], "baseline": []}
    for _ in range(args.repeat):
        for side in ("ours", "baseline"):
            busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.beside)]
            try:
                out = _side(args, side, model_dir)
            finally:
                for p in busy:
                    p.kill()
                    p.wait()
            line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
            if line is None:
                sys.exit(f"{side} failed:\n{out.stderr[-3000:]}")
            results[side].append(json.loads(line[7:]))
    if args.method == "dpo":
        import train_pref

        train_pref.report(results, args.steps, args.beside)
        return
    _report_sft(args, results, model_dir)


def _side(args, side: str, model_dir: Path):
    return subprocess.run(
        [
            sys.executable,
            __file__,
            "--worker",
            side,
            "--model-dir",
            str(model_dir),
            "--steps",
            str(args.steps),
            "--device",
            args.device,
            "--method",
            args.method,
        ],
        capture_output=True,
        text=True,
        cwd=HERE,
        env={**os.environ, "TQDM_DISABLE": "1"},
    )


def _report_sft(args, results: dict, model_dir: Path) -> None:
    med = {k: {m: statistics.median(r[m] for r in v) for m in ("tokens_per_s", "peak_rss")} for k, v in results.items()}
    peak = bf16_peak(args.device)
    fpt = flops_per_token(model_dir, results["ours"][0]["label_fraction"])
    for side in ("ours", "baseline"):
        m = med[side]
        r0 = results[side][0]
        print(
            f"  {side:>8}: batch {r0['batch']} (~{r0['rows_per_step']:.1f} rows/step), "
            f"{m['tokens_per_s']:7.0f} tokens/s ({r0['precision']}), peak memory "
            f"{m['peak_rss'] / 2**30:5.2f} GiB, {m['tokens_per_s'] * fpt / 1e9:6.1f} GFLOP/s = "
            f"{m['tokens_per_s'] * fpt / peak:5.1%} of the measured bf16 matmul peak",
            flush=True,
        )
    from transformers import AutoModelForCausalLM

    bf16 = results["ours"][0]["precision"] == "bf16"
    start = heldout_loss(AutoModelForCausalLM.from_pretrained(str(model_dir)), model_dir, bf16)
    for side in ("ours", "baseline"):
        curve = results[side][0]["losses"]
        marks = sorted({0, len(curve) // 4, len(curve) // 2, 3 * len(curve) // 4, len(curve) - 1})
        held = statistics.median(r["heldout"] for r in results[side])
        print(
            f"  {side:>8}: training loss "
            + ", ".join(f"step {i + 1} {curve[i]:.3f}" for i in marks)
            + f"; held-out loss {start:.3f} -> {held:.3f}",
            flush=True,
        )
    ho, hb = (statistics.median(r["heldout"] for r in results[k]) for k in ("ours", "baseline"))
    print(
        f"  learning: held-out loss fell by {start - ho:.3f} (ours) and {start - hb:.3f} (baseline) in the same "
        f"{args.steps} steps; ours ends {ho - hb:+.3f} from the baseline ({(ho - hb) / hb:+.1%})",
        flush=True,
    )
    print(
        f"  ratio (ours / baseline): {med['ours']['tokens_per_s'] / med['baseline']['tokens_per_s']:.2f}× tokens/s, "
        f"{med['ours']['peak_rss'] / med['baseline']['peak_rss']:.2f}× peak memory; bf16 matmul peak "
        f"{peak / 1e9:.0f} GFLOP/s",
        flush=True,
    )


if __name__ == "__main__":
    main()
