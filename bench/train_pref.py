"""DPO throughput, memory and learning: our engine against TRL's DPOTrainer (``bench_train.py
--method dpo``).

Both sides get the same model (the built-in SmolLM2-135M-Instruct), the same pairs (a question, a
chosen answer that names the question's form number, a rejected vague one; variable lengths), the
same LoRA (rank 16, alpha 32, no dropout, every linear layer of the blocks), beta 0.1, learning
rate 5e-5, the same number of steps of about 8 pairs (TRL: 8 pairs, as padded rows; ours: as
many packed sequences as hold 8 pairs on average), each side at its best precision here (bf16
autocast on a CPU with native bf16). TRL runs with its
defaults for the reference (the base with the adapter disabled, a reference forward each step);
ours computes the reference once before its first step, and that pass is inside its timed window:
the time is from the first reference or training forward to the end of the last step, the same
pairs on both sides. Pairs/s is the comparison; tokens/s counts each pair's prompt once and both
answers (the text of the pair).

The learning check: on 48 held-out pairs, the preference accuracy (the share whose chosen answer
the tuned model prefers more than the base does: β·((πc−rc)−(πr−rr)) > 0) and the mean reward
margin, computed for both tuned models by the same code (ours), from the same starting point
(accuracy 0, margin 0 at the base).
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

PAIRS_PER_STEP, SEQ, RANK, BETA, LR = 8, 512, 16, 0.1, 5e-5
MICRO = int(__import__("os").environ.get("BENCH_DPO_MICRO", "2"))  # packed sequences per micro-batch
FORMS = ["K-12", "B-7", "R-40", "D-2", "T-19", "M-5", "P-33", "L-8"]


def pairs(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    words = (
        "permit counter office registry citizen fee days renewal appeal license document certificate "
        "identity address payment card transfer schedule appointment witness deadline director helpline"
    ).split()
    out = []
    for i in range(n):
        form = rng.choice(FORMS)
        topic = " ".join(rng.choice(words) for _ in range(rng.randint(4, 20)))
        detail = " ".join(rng.choice(words) for _ in range(rng.randint(10, 120)))
        out.append(
            {
                "prompt": f"Question {i}: which form do I need for {topic}?",
                "chosen": f"Use form {form} at the district office. {detail}.",
                "rejected": f"There is probably a form for that somewhere. {detail}.",
            }
        )
    return out


def _recipe(device: str, packed_batch: int, steps: int):
    from appliance.tuning.recipe import recipe_from_dict

    return recipe_from_dict(
        {
            "lora": {"rank": RANK, "alpha": 32.0, "dropout": 0.0, "target_modules": ["all-linear"]},
            "training": {
                "max_steps": steps,
                "batch_size": MICRO,
                "gradient_accumulation": max(1, packed_batch // MICRO),
                "sequence_length": SEQ,
                "packing": True,
                "learning_rate": LR,
                "warmup_steps": 2,
                "schedule": "constant",
                "precision": "auto",
                "device": device,
                "seed": 1,
            },
            "evaluation": {"eval_every": 0},
            "checkpoint": {"every": 10**6},
            "preference": {"method": "dpo", "beta": BETA},
        }
    )


def heldout(model, model_dir: Path, autocast: bool, n: int = 48) -> dict:
    """Preference accuracy and mean reward margin of ``model`` (a peft model) on held-out pairs,
    against the same model with its adapter disabled (the base)."""
    import torch

    from appliance.models.hf import load_tokenizer
    from appliance.tuning.preference import collate_units, encode_units, sequence_logps
    from appliance.tuning.sharding import make_head

    units, _ = encode_units(load_tokenizer(model_dir), [(f"h{i}", r) for i, r in enumerate(pairs(n, 99))], SEQ, "dpo")
    core = model.get_base_model() if hasattr(model, "get_base_model") else model
    head = make_head(core)
    model.eval()
    margins = []
    with torch.no_grad():
        for i in range(0, len(units), 8):
            batch = collate_units([[u] for u in units[i : i + 8]], 0)
            dev = next(model.parameters()).device
            pol, _ = sequence_logps(head, batch, dev, (dev.type, torch.bfloat16, autocast))
            with model.disable_adapter():
                ref, _ = sequence_logps(head, batch, dev, (dev.type, torch.bfloat16, autocast))
            d = BETA * ((pol[:, 0] - ref[:, 0]) - (pol[:, 1] - ref[:, 1]))
            margins += d.float().cpu().tolist()
    return {"accuracy": sum(m > 0 for m in margins) / len(margins), "margin": sum(margins) / len(margins)}


def _text_tokens(tok, rows: list[dict]) -> int:
    return sum(len(tok(r["prompt"] + r["chosen"] + r["rejected"])["input_ids"]) for r in rows)


def worker_ours(model_dir: Path, steps: int, device: str, peak_rss) -> dict:
    from appliance.events import Progress, TrainStep
    from appliance.models.hf import load_tokenizer
    from appliance.tuning.preference import PreferenceRun, encode_units

    rows = pairs(PAIRS_PER_STEP * steps, 5)
    recs = [(f"r{i}", r) for i, r in enumerate(rows)]
    tok = load_tokenizer(model_dir)
    units, _ = encode_units(tok, recs, SEQ, "dpo")
    from appliance.tuning import data as tdata

    per_sequence = len(units) / len(tdata.pack(units, SEQ))  # pairs a packed sequence holds
    packed_batch = max(MICRO, round(PAIRS_PER_STEP / per_sequence / MICRO) * MICRO)  # sequences holding ~8 pairs
    marks: dict = {}
    losses: list[float] = []

    def on(e):
        if isinstance(e, Progress) and "reference" in str(e.message):
            marks.setdefault("start", time.perf_counter())
        if isinstance(e, TrainStep):
            marks["end"] = time.perf_counter()
            losses.append(e.loss)

    run = PreferenceRun(
        _recipe(device, packed_batch, steps),
        model_dir=model_dir,
        context_length=8192,
        train_records=recs,
        eval_records=[],
        run_dir=Path(tempfile.mkdtemp()),
        on_event=on,
    )
    run.setup()
    run.train()
    secs = marks["end"] - marks["start"]
    # The pairs the steps took (the same number of steps as TRL's; packing makes it about 8 a step).
    done = [u for k in range(run.step) for mb in run.micro_batches_for(k) for i in mb for u in run.train_groups[i]]
    taken = [rows[int(u.source[1:])] for u in done]
    return {
        "pairs_per_s": len(done) / secs,
        "pairs": len(done),
        "tokens_per_s": _text_tokens(tok, taken) / secs,
        "seconds": secs,
        "steps": run.step,
        "peak_rss": peak_rss(),
        "precision": run.placement.precision,
        "batch": f"{packed_batch // MICRO}×{MICRO} packed × {SEQ} (~{PAIRS_PER_STEP} pairs, prompt once)",
        "losses": losses,
        "heldout": heldout(run.model, model_dir, run.autocast),
    }


def worker_baseline(model_dir: Path, steps: int, device: str, peak_rss) -> dict:
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, TrainerCallback
    from trl import DPOConfig, DPOTrainer

    from appliance.models.hf import load_tokenizer
    from appliance.tuning.devices import cpu_has_native_bf16

    rows = pairs(PAIRS_PER_STEP * steps, 5)
    tok = load_tokenizer(model_dir)
    use_cuda = device == "cuda"
    bf16 = torch.cuda.is_bf16_supported() if use_cuda else cpu_has_native_bf16()
    marks: dict = {}
    losses: list[float] = []

    class Clock(TrainerCallback):
        def on_step_begin(self, args, state, control, **kw):
            marks.setdefault("start", time.perf_counter())

        def on_step_end(self, args, state, control, **kw):
            marks["end"] = time.perf_counter()

        def on_log(self, args, state, control, logs=None, **kw):
            if logs and "loss" in logs:
                losses.append(float(logs["loss"]))

    args = DPOConfig(
        output_dir=tempfile.mkdtemp(),
        per_device_train_batch_size=PAIRS_PER_STEP,
        num_train_epochs=1,
        learning_rate=LR,
        lr_scheduler_type="constant_with_warmup",
        warmup_steps=2,
        beta=BETA,
        max_length=SEQ,
        bf16=bf16,
        use_cpu=not use_cuda,
        report_to=[],
        save_strategy="no",
        logging_steps=1,
        dataloader_num_workers=0,
        seed=1,
        disable_tqdm=True,
    )
    lora = LoraConfig(
        r=RANK,
        lora_alpha=32,
        lora_dropout=0.0,
        task_type="CAUSAL_LM",
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    )
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), attn_implementation="sdpa")
    # Conversational rows: TRL applies the chat template as our engine does (a plain-text prompt it
    # would tokenize raw).
    chat = [
        {
            "prompt": [{"role": "user", "content": r["prompt"]}],
            "chosen": [{"role": "assistant", "content": r["chosen"]}],
            "rejected": [{"role": "assistant", "content": r["rejected"]}],
        }
        for r in rows
    ]
    trainer = DPOTrainer(
        model=model,
        args=args,
        train_dataset=Dataset.from_list(chat),
        processing_class=tok,
        peft_config=lora,
        callbacks=[Clock()],
    )
    trainer.train()
    secs = marks["end"] - marks["start"]
    return {
        "pairs_per_s": len(rows) / secs,
        "pairs": len(rows),
        "tokens_per_s": _text_tokens(tok, rows) / secs,
        "seconds": secs,
        "steps": trainer.state.global_step,
        "peak_rss": peak_rss(),
        "precision": "bf16 autocast" if bf16 else "fp32",
        "batch": f"{PAIRS_PER_STEP} pairs, chosen and rejected as padded rows",
        "losses": losses,
        "heldout": heldout(trainer.model, model_dir, bf16),
    }


def report(results: dict, steps: int, beside: int) -> None:
    import statistics

    med = {
        k: {m: statistics.median(r[m] for r in v) for m in ("pairs_per_s", "tokens_per_s", "peak_rss")}
        for k, v in results.items()
    }
    for side in ("ours", "baseline"):
        m, r0 = med[side], results[side][0]
        held = [r["heldout"] for r in results[side]]
        print(
            f"  {side:>8}: {r0['batch']}, {r0['steps']} steps ({r0['pairs']} pairs), {m['pairs_per_s']:6.2f} pairs/s "
            f"({m['tokens_per_s']:5.0f} tokens/s, {r0['precision']}), peak memory {m['peak_rss'] / 2**30:5.2f} GiB",
            flush=True,
        )
        curve = r0["losses"]
        marks = sorted({0, len(curve) // 2, len(curve) - 1})
        print(
            f"  {side:>8}: training loss "
            + ", ".join(f"step {i + 1} {curve[i]:.4f}" for i in marks)
            + f"; held-out preference accuracy {statistics.median(h['accuracy'] for h in held):.1%}, "
            f"reward margin {statistics.median(h['margin'] for h in held):+.4f} (base: 0.0%, +0.0000)",
            flush=True,
        )
    print(
        f"  ratio (ours / TRL DPOTrainer){' with ' + str(beside) + ' busy process(es) beside' if beside else ''}: "
        f"{med['ours']['pairs_per_s'] / med['baseline']['pairs_per_s']:.2f}× pairs/s, "
        f"{med['ours']['peak_rss'] / med['baseline']['peak_rss']:.2f}× peak memory",
        flush=True,
    )
