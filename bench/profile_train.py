"""Where a training step spends its time: ``torch.profiler`` over our engine's steps.

The same run as ``bench_train.py``'s "ours" side (the built-in SmolLM2-135M-Instruct, LoRA rank 16
on every linear layer, packed sequences of 512 tokens, loss on the answers only), profiled for
``--steps`` steps after two warm-up steps. Prints the operators by their own CPU (or CUDA) time,
and the share of the step in a few groups: matrix multiplies, attention, the output layer with
cross-entropy, normalisation and activations, the optimiser, and the rest.

    python bench/profile_train.py [--steps 3] [--device cpu|cuda] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

GROUPS = {
    "dtype copies": ("aten::copy_", "aten::_to_copy"),
    "matmul (linear layers, LoRA)": ("aten::mm", "aten::addmm", "aten::bmm", "aten::matmul", "aten::linear"),
    "attention": ("aten::_scaled_dot_product", "aten::scaled_dot_product", "flash", "efficient_attention"),
    "output layer + cross-entropy": ("log_softmax", "nll_loss", "cross_entropy"),
    "elementwise (norm, SiLU, RoPE, masks)": (
        "aten::mul",
        "aten::add",
        "aten::silu",
        "aten::rsqrt",
        "aten::pow",
        "aten::mean",
        "aten::neg",
        "aten::cat",
        "aten::where",
        "aten::sub",
        "aten::div",
    ),
    "optimiser": ("Optimizer.step", "aten::_foreach", "adamw"),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    ap.add_argument("--json", dest="json_path")
    ap.add_argument(
        "--peft-casts",
        action="store_true",
        help="Profile the engine as it was before: no autocast for LoRA, peft casting each adapted "
        "layer's input to fp32 (the comparison in docs/training.md).",
    )
    args = ap.parse_args()

    import torch
    from bench_train import BATCH, RANK, SEQ, encoded, rows
    from common import builtin_model, open_home
    from torch.profiler import ProfilerActivity, profile

    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.trainer import TrainingRun

    home, cat = open_home()
    model_dir = home.root / builtin_model(home, cat)["path"]
    _, examples = encoded(model_dir)
    mean_len = sum(len(e.input_ids) for e in examples) / len(examples)
    packed_batch = max(1, round(BATCH * mean_len / SEQ))
    recipe = recipe_from_dict(
        {
            "lora": {"rank": RANK, "alpha": 32.0, "dropout": 0.0, "target_modules": ["all-linear"]},
            "training": {
                "max_steps": 2 + args.steps,
                "batch_size": packed_batch,
                "sequence_length": SEQ,
                "packing": True,
                "learning_rate": 2e-4,
                "warmup_steps": 1,
                "precision": "auto",
                "device": args.device,
                "seed": 1,
            },
            "evaluation": {"eval_every": 0},
            "checkpoint": {"every": 10**6},
        }
    )
    run = TrainingRun(
        recipe,
        model_dir=model_dir,
        context_length=8192,
        train_records=[(f"r{i}", r) for i, r in enumerate(rows())],
        eval_records=[],
        run_dir=Path(tempfile.mkdtemp()),
    )
    run.setup()
    if args.peft_casts:
        from peft.tuners.lora import LoraLayer

        run.autocast = False
        for m in run.model.modules():
            if isinstance(m, LoraLayer):
                m.cast_input_dtype_enabled = True
    run.total_steps = 2
    run.train()  # warm-up
    run.total_steps = 2 + args.steps
    activities = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if args.device == "cuda" else [])
    with profile(activities=activities) as prof:
        run.train()
    key = "self_cuda_time_total" if args.device == "cuda" else "self_cpu_time_total"
    events = prof.key_averages()
    total = sum(getattr(e, key) for e in events) or 1
    print(events.table(sort_by=key, row_limit=25))
    shares = {g: 0.0 for g in GROUPS}
    shares["other"] = 0.0
    for e in events:
        t = getattr(e, key)
        for g, names in GROUPS.items():
            if any(n.lower() in e.key.lower() for n in names):
                shares[g] += t
                break
        else:
            shares["other"] += t
    out = {
        "device": args.device,
        "precision": run.placement.precision,
        "threads": torch.get_num_threads(),
        "batch": f"{packed_batch} packed x {SEQ}",
        "steps": args.steps,
        "peft_casts": args.peft_casts,
        "seconds_per_step": round(total / 1e6 / args.steps, 2),
        "shares": {g: round(100 * t / total, 1) for g, t in shares.items()},
    }
    print(json.dumps(out, indent=2))
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
