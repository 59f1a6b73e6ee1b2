"""The preference methods in our engine: each loss and its gradients equal TRL's on a tiny model and
a fixed batch (packed into one sequence, or a unit per row), and DPO, SimPO and KTO runs train,
resume and export like supervised ones."""

from __future__ import annotations

import json

import pytest

torch = pytest.importorskip("torch")
trl = pytest.importorskip("trl", reason="TRL is the reference implementation (a dev dependency)")

PAIRS = [
    {"prompt": f"Which form registers boat {i}?", "chosen": f"Form K-{i} at the office.", "rejected": "No idea."}
    for i in range(6)
]
JUDGEMENTS = [
    {
        "prompt": f"Which form registers boat {i}?",
        "completion": f"Form K-{i}." if i % 2 else "No idea.",
        "label": bool(i % 2),
    }
    for i in range(8)
]
TOL = 1e-4


@pytest.fixture(scope="module")
def llama(tiny_dirs):
    return tiny_dirs["llama"]


def _fresh(path):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32, attn_implementation="sdpa")


def _perturb(model, seed=3):
    """Move the policy away from the reference, so the losses are not all at their starting value."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.05 * torch.randn(p.shape, generator=gen))


def _ours(path, policy_state, units, cfg, packed: bool):
    """Our loss and gradients: the reference from the unperturbed model, the policy from TRL's."""
    from appliance.tuning.preference import collate_units, sequence_logps, unit_losses
    from appliance.tuning.sharding import make_head

    groups = [units] if packed else [[u] for u in units]
    fp32 = ("cpu", torch.float32, False)
    if cfg.method != "simpo":
        ref_head = make_head(_fresh(path).eval())
        with torch.no_grad():
            ref, _ = sequence_logps(ref_head, collate_units(groups, 2), "cpu", fp32)
        for u, row in zip(units, ref.tolist(), strict=True):
            u.ref = row
    policy = _fresh(path)
    policy.load_state_dict(policy_state)
    policy.train()
    batch = collate_units(groups, 2)
    logps, counts = sequence_logps(make_head(policy), batch, "cpu", fp32)
    losses, _, _ = unit_losses(cfg, logps, counts, batch["ref"], batch["label"])
    loss = losses.mean()
    loss.backward()
    return loss.item(), {n: p.grad.clone() for n, p in policy.named_parameters()}


def _compare(trl_loss, trl_model, ours):
    loss, grads = ours
    assert abs(loss - trl_loss.item()) < TOL, (loss, trl_loss.item())
    worst = max((g - grads[n]).abs().max().item() for n, g in ((n, p.grad) for n, p in trl_model.named_parameters()))
    assert worst < TOL, worst
    assert any(g.abs().max().item() > 1e-3 for g in grads.values())  # gradients that carry a signal


def _cfg(method, **kw):
    from appliance.tuning.recipe import recipe_from_dict

    return recipe_from_dict({"preference": {"method": method, **kw}}).preference


@pytest.mark.parametrize(
    "packed,chunk", [(True, 256), (False, 256), (True, 7)], ids=["packed", "unit-per-row", "chunked-head"]
)
def test_dpo_loss_and_gradients_equal_trl(llama, tmp_path, packed, chunk, monkeypatch):
    """``chunk``: the output layer's targets per recomputed piece (7: every batch here is cut up)."""
    monkeypatch.setattr("appliance.tuning.sharding.TARGET_CHUNK", chunk)
    from datasets import Dataset
    from transformers import AutoTokenizer
    from trl import DPOConfig, DPOTrainer

    from appliance.tuning.preference import Unit

    args = DPOConfig(
        output_dir=str(tmp_path),
        per_device_train_batch_size=4,
        beta=0.1,
        report_to=[],
        use_cpu=True,
        bf16=False,
        max_length=128,
        save_strategy="no",
    )
    tok = AutoTokenizer.from_pretrained(llama)
    trainer = DPOTrainer(model=_fresh(llama), args=args, train_dataset=Dataset.from_list(PAIRS), processing_class=tok)
    _perturb(trainer.model)
    rows = [trainer.train_dataset[i] for i in range(4)]
    trainer.model.train()
    trl_loss = trainer.compute_loss(trainer.model, trainer.data_collator(rows))
    trl_loss.backward()
    units = [Unit(r["prompt_ids"], [r["chosen_ids"], r["rejected_ids"]]) for r in rows]
    ours = _ours(llama, trainer.model.state_dict(), units, _cfg("dpo", beta=0.1), packed)
    _compare(trl_loss, trainer.model, ours)


def test_simpo_loss_and_gradients_equal_trl_cpo_simpo(llama, tmp_path):
    from datasets import Dataset
    from transformers import AutoTokenizer
    from trl.experimental.cpo import CPOConfig, CPOTrainer

    from appliance.tuning.preference import Unit

    args = CPOConfig(
        output_dir=str(tmp_path),
        per_device_train_batch_size=4,
        report_to=[],
        use_cpu=True,
        bf16=False,
        save_strategy="no",
        loss_type="simpo",
        cpo_alpha=0.0,
        beta=2.0,
        simpo_gamma=0.5,
        label_smoothing=0.1,
        max_length=128,
    )
    tok = AutoTokenizer.from_pretrained(llama)
    trainer = CPOTrainer(model=_fresh(llama), args=args, train_dataset=Dataset.from_list(PAIRS), processing_class=tok)
    _perturb(trainer.model)
    rows = [trainer.train_dataset[i] for i in range(4)]
    trainer.model.train()
    trl_loss = trainer.compute_loss(trainer.model, trainer.data_collator(rows))
    trl_loss.backward()
    units = []
    for r in rows:
        n = sum(1 for x in r["chosen_labels"] if x == -100)  # the prompt (with its BOS)
        units.append(Unit(r["chosen_input_ids"][:n], [r["chosen_input_ids"][n:], r["rejected_input_ids"][n:]]))
    ours = _ours(
        llama, trainer.model.state_dict(), units, _cfg("simpo", beta=2.0, simpo_gamma=0.5, label_smoothing=0.1), True
    )
    _compare(trl_loss, trainer.model, ours)


def test_kto_loss_and_gradients_equal_trl(llama, tmp_path):
    from datasets import Dataset
    from transformers import AutoTokenizer
    from trl import KTOConfig, KTOTrainer

    from appliance.tuning.preference import Unit

    args = KTOConfig(
        output_dir=str(tmp_path),
        per_device_train_batch_size=4,
        report_to=[],
        use_cpu=True,
        bf16=False,
        save_strategy="no",
        beta=0.1,
        desirable_weight=1.0,
        undesirable_weight=1.5,
    )
    tok = AutoTokenizer.from_pretrained(llama)
    trainer = KTOTrainer(
        model=_fresh(llama), args=args, train_dataset=Dataset.from_list(JUDGEMENTS), processing_class=tok
    )
    _perturb(trainer.model)
    rows = [trainer.train_dataset[i] for i in range(4)]
    trainer.model.train()
    trl_loss = trainer.compute_loss(trainer.model, trainer.data_collator(rows))
    trl_loss.backward()
    units = [Unit(r["prompt_ids"], [r["completion_ids"], r["KL_completion_ids"]], r["label"]) for r in rows]
    ours = _ours(llama, trainer.model.state_dict(), units, _cfg("kto", beta=0.1, undesirable_weight=1.5), True)
    _compare(trl_loss, trainer.model, ours)


# --- runs ---------------------------------------------------------------------------------------------


@pytest.fixture
def pref_setup(home, catalog, unlocked, tiny_dirs, tmp_path):
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import recipe_from_dict

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    store = DatasetStore(home, catalog, unlocked)
    pairs = [dict(p, prompt=p["prompt"] + f" ({k})") for k in range(4) for p in PAIRS]
    (tmp_path / "p.jsonl").write_text("".join(json.dumps(r) + "\n" for r in pairs))
    store.import_file(tmp_path / "p.jsonl", name="pairs", tokenizer=None, eval_fraction=0.2)
    (tmp_path / "k.jsonl").write_text("".join(json.dumps(r) + "\n" for r in JUDGEMENTS * 3))
    (tmp_path / "k.jsonl").write_text(
        "".join(json.dumps(dict(r, prompt=r["prompt"] + f" ({k})")) + "\n" for k in range(3) for r in JUDGEMENTS)
    )
    store.import_file(tmp_path / "k.jsonl", name="kto", tokenizer=None, eval_fraction=0.2)

    def recipe(method, dataset="pairs", **over):
        base = {
            "run": {"base_model": "tiny", "datasets": [dataset]},
            "training": {
                "max_steps": 6,
                "batch_size": 4,
                "sequence_length": 128,
                "learning_rate": 5e-3,
                "warmup_steps": 1,
                "precision": "fp32",
                "device": "cpu",
                "seed": 7,
                "packing": True,
            },
            "evaluation": {"eval_every": 3},
            "checkpoint": {"every": 2, "keep": 3},
            "preference": {"method": method, "beta": 0.1 if method != "simpo" else 2.0},
        }
        for path, value in over.items():
            section, key = path.split("__")
            base.setdefault(section, {})[key] = value
        return recipe_from_dict(base)

    return recipe


@pytest.mark.parametrize("method,dataset", [("dpo", "pairs"), ("simpo", "pairs"), ("kto", "kto"), ("kto", "pairs")])
def test_each_method_trains_and_records_its_reward_margin_and_accuracy(
    home, catalog, unlocked, pref_setup, method, dataset
):
    from appliance.events import EvalDone, TrainStep
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import start_training

    events = []
    row = start_training(home, catalog, unlocked, pref_setup(method, dataset), on_event=events.append)
    assert row["status"] == "completed" and row["steps_done"] == 6
    steps = [e for e in events if isinstance(e, TrainStep)]
    assert len(steps) == 6 and all({"reward_margin", "pref_accuracy"} <= set(e.extras) for e in steps)
    assert all(0.0 <= e.extras["pref_accuracy"] <= 1.0 for e in steps)
    if method != "kto":
        assert steps[-1].extras["reward_margin"] > steps[0].extras["reward_margin"]  # it learns the preference
    evals = [e for e in events if isinstance(e, EvalDone)]
    assert evals and {"reward_margin", "pref_accuracy"} <= set(evals[-1].extras)
    runs = RunStore(home, catalog)
    assert [m["step"] for m in runs.metrics(row["id"], "reward_margin")] == list(range(1, 7))
    assert runs.metrics(row["id"], "eval_pref_accuracy")
    assert row["recipe"]["preference"]["method"] == method


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_a_dpo_run_resumes_to_the_uninterrupted_curve_merges_and_exports(home, catalog, unlocked, pref_setup):
    from appliance.errors import Cancelled
    from appliance.events import CancelToken, TrainStep
    from appliance.export.pipeline import Exporter
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import merge_run, resume_training, start_training

    runs = RunStore(home, catalog)
    full_curve = runs.loss_curve(start_training(home, catalog, unlocked, pref_setup("dpo"))["id"])
    cancel = CancelToken()

    def stop_at_3(e):
        if isinstance(e, TrainStep) and e.step == 3:
            cancel.cancel()

    with pytest.raises(Cancelled):
        start_training(home, catalog, unlocked, pref_setup("dpo"), on_event=stop_at_3, cancel=cancel)
    stopped = next(r for r in runs.list() if r["status"] == "cancelled")
    assert stopped["steps_done"] == 3
    done = resume_training(home, catalog, unlocked, stopped["id"])
    assert done["status"] == "completed"
    resumed = runs.loss_curve(done["id"])
    assert [s for s, _ in resumed] == [s for s, _ in full_curve]
    assert [v for _, v in resumed] == pytest.approx([v for _, v in full_curve], rel=1e-5, abs=1e-6)
    merge_run(home, catalog, done["id"], name="tiny-dpo")
    row, report = Exporter(home, catalog).export("tiny-dpo", "f16")
    assert row["status"] == "verified", report.render()


def test_the_cli_trains_with_the_dpo_preset_and_shows_the_preference_curves(home, pref_setup, capsys, pfile):
    from conftest import run

    pref_setup("dpo")  # the tiny model and the datasets
    code, out, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "train",
        "--preset",
        "cpu-dpo",
        "--base",
        "tiny",
        "--dataset",
        "pairs",
        "--max-steps",
        "2",
        "--seq-len",
        "128",
        "--precision",
        "fp32",
        "--beta",
        "0.2",
        "--name",
        "dpo-cli",
    )
    assert code == 0, err
    assert "margin" in err + out and "accuracy" in err + out  # on the step lines
    code, out, _ = run(capsys, "runs", "show", "dpo-cli")
    flat = " ".join(out.split())
    assert code == 0 and "preference dpo (beta 0.2)" in flat and "reward margin" in flat and "pref accuracy" in flat
    code, out, _ = run(capsys, "train", "--explain")
    assert "[preference]" in out and "simpo_gamma" in out and "desirable_weight" in out


def test_a_prompt_that_fills_the_sequence_is_refused_before_the_model_loads(home, catalog, unlocked, pref_setup):
    from appliance.errors import InvalidInputError
    from appliance.tuning.service import start_training

    with pytest.raises(InvalidInputError, match="No preference row fits training.sequence_length") as exc:
        start_training(home, catalog, unlocked, pref_setup("dpo", training__sequence_length=16))
    assert "Raise training.sequence_length" in str(exc.value)
    assert catalog.db["runs"].count == 0


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_a_dpo_run_on_two_processes_has_the_one_process_curve(home, catalog, unlocked, pref_setup):
    """The step's units are shared among the ranks, the loss is a mean over every rank's units and the
    adapter gradients are summed: the curve, margin and accuracy do not depend on the processes."""
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import start_training

    runs = RunStore(home, catalog)
    same = {"training__max_steps": 4, "lora__dropout": 0.0}  # no random masks: the ranks draw their own
    one = start_training(home, catalog, unlocked, pref_setup("dpo", **same))
    two = start_training(home, catalog, unlocked, pref_setup("dpo", **same), processes=2)
    assert two["status"] == "completed" and two["device"] == "cpu×2"
    for kind in ("train_loss", "reward_margin", "pref_accuracy"):
        a = [m["value"] for m in runs.metrics(one["id"], kind)]
        b = [m["value"] for m in runs.metrics(two["id"], kind)]
        assert len(a) == 4 and b == pytest.approx(a, rel=2e-4, abs=2e-5), kind
