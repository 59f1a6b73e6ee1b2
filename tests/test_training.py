"""Fine-tuning: recipes, data encoding, the engine (reproducible, cancellable, resumable),
merge, incremental runs, every refusal, and the audit trail. Tiny random models throughout."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time

import pytest
from conftest import PASSPHRASE

from appliance.errors import Cancelled, InvalidInputError
from appliance.tuning import data as tdata
from appliance.tuning.recipe import Recipe, RecipeError, explain, load_recipe, preset_path, presets, recipe_from_dict

ROWS = [
    {
        "messages": [
            {"role": "user", "content": f"What is the code of office {i}?"},
            {"role": "assistant", "content": f"Office {i} has code ZX-{i * 7}."},
        ]
    }
    for i in range(30)
]


# --- recipes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", presets())
def test_every_preset_loads(name):
    r = load_recipe(preset_path(name))
    assert isinstance(r, Recipe) and len(r.sha256) == 64
    assert r.to_dict() == recipe_from_dict(r.to_dict()).to_dict()


def test_every_problem_is_reported_at_once_with_its_field(tmp_path):
    p = tmp_path / "r.toml"
    p.write_text(
        '[training]\nlearnig_rate = 1e-3\nbatch_size = 0\nprecision = "fp8"\nepochs = 0\n'
        '[lora]\nrank = "sixteen"\n[evalution]\neval_every = 5\n'
    )
    with pytest.raises(RecipeError) as exc:
        load_recipe(p)
    text = str(exc.value)
    for want in (
        "training.learnig_rate: unknown field; did you mean 'learning_rate'?",
        "training.batch_size: 0 is below the minimum 1",
        "training.precision: 'fp8' is not one of",
        "lora.rank: expected a whole number, got text",
        "unknown section [evalution]; did you mean [evaluation]?",
    ):
        assert want in text, (want, text)
    assert len(exc.value.problems) == 6 and "nothing would be trained" in text
    p.write_text("[training\n")
    with pytest.raises(InvalidInputError, match="not valid TOML"):
        load_recipe(p)


def test_overrides_are_validated_and_explain_covers_every_field():
    r = load_recipe(preset_path("cpu-quick"))
    assert r.with_overrides(**{"training.max_steps": 5}).training.max_steps == 5
    with pytest.raises(RecipeError, match="training.max_steps: -1 is below"):
        r.with_overrides(**{"training.max_steps": -1})
    text = explain()
    for section in ("[run]", "[method]", "[lora]", "[training]", "[evaluation]", "[checkpoint]"):
        assert section in text
    assert "gradient_checkpointing" in text and "Recompute activations" in text


# --- data ------------------------------------------------------------------------------------


def test_chat_loss_covers_only_the_assistant_turns(bpe_tokenizer):
    tok = bpe_tokenizer
    tok.chat_template = (
        "{% for m in messages %}{{'<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n'}}"
        "{% endfor %}{% if add_generation_prompt %}{{'<|im_start|>assistant\\n'}}{% endif %}"
    )
    stats = tdata.EncodeStats()
    msgs = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi there"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "Bye"},
        {"role": "assistant", "content": "Goodbye."},
    ]
    ex = tdata.encode_chat(tok, msgs, 256, "row 1", stats)
    learned = tok.decode([t for t, lab in zip(ex.input_ids, ex.labels, strict=True) if lab != tdata.IGNORE])
    assert learned == "Hello!<|im_end|>\nGoodbye.<|im_end|>\n"
    ex = tdata.encode_chat(tok, msgs, 12, "row 1", stats)  # truncated before any answer
    assert ex is None and stats.dropped_no_target == 1


def test_a_template_that_cannot_render_the_roles_names_the_row(bpe_tokenizer):
    tok = bpe_tokenizer
    tok.chat_template = (
        "{% for m in messages %}{% if m['role'] == 'system' %}"
        "{{ raise_exception('System role not supported') }}{% endif %}"
        "{{ m['role'] + ': ' + m['content'] + '\\n' }}{% endfor %}"
    )
    with pytest.raises(tdata.TemplateRenderError, match="ds-1 row 3.*System role not supported"):
        tdata.encode_records(
            tok,
            [
                (
                    "ds-1 row 3",
                    {
                        "messages": [
                            {"role": "system", "content": "x"},
                            {"role": "user", "content": "q"},
                            {"role": "assistant", "content": "a"},
                        ]
                    },
                )
            ],
            128,
        )


def test_text_rows_become_full_sequences(bpe_tokenizer):
    recs = [(f"r{i}", {"text": "word " * 50}) for i in range(5)]
    examples, stats = tdata.encode_records(bpe_tokenizer, recs, 64)
    assert all(len(e.input_ids) == 64 for e in examples[:-1]) and stats.label_tokens > 200


@pytest.mark.parametrize("arch", ["llama", "qwen2"])
def test_packing_leaks_no_attention_across_rows(home, catalog, tiny_dirs, arch):
    """The loss of packed rows equals the loss of the same rows one by one (fp32), padded rows
    included."""
    import torch
    from transformers import AutoModelForCausalLM

    from appliance.models.hf import load_tokenizer

    tok = load_tokenizer(tiny_dirs[arch])
    examples, _ = tdata.encode_records(tok, [(f"r{i}", r) for i, r in enumerate(ROWS[:6])], 128)
    groups = tdata.pack(examples, 128)
    assert any(len(g) > 1 for g in groups)
    lengths = {sum(len(e.input_ids) for e in g) for g in groups}
    assert len(lengths) > 1  # some rows are padded
    model = AutoModelForCausalLM.from_pretrained(str(tiny_dirs[arch]), attn_implementation="sdpa").eval()

    def loss(batch):
        out = model.model(
            input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], position_ids=batch["position_ids"]
        ).last_hidden_state
        sel = batch["labels"] != tdata.IGNORE
        return float(torch.nn.functional.cross_entropy(model.lm_head(out[sel]), batch["labels"][sel], reduction="sum"))

    with torch.no_grad():
        packed = loss(tdata.collate(groups, 0))
        single = sum(loss(tdata.collate([[e]], 0)) for g in groups for e in g)
    assert math.isclose(packed, single, rel_tol=1e-5), (packed, single)


# --- runs ------------------------------------------------------------------------------------


@pytest.fixture
def setup_run(home, catalog, unlocked, tiny_dirs, tmp_path, bpe_tokenizer):
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    src = tmp_path / "offices.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    DatasetStore(home, catalog, unlocked).import_file(src, name="offices", tokenizer=bpe_tokenizer, eval_fraction=0.2)

    def recipe(**over) -> Recipe:
        base = {
            "run": {"base_model": "tiny", "datasets": ["offices"]},
            "training": {
                "max_steps": 8,
                "batch_size": 4,
                "sequence_length": 128,
                "learning_rate": 5e-3,
                "warmup_steps": 2,
                "precision": "fp32",
                "device": "cpu",
                "seed": 7,
                "packing": True,
            },
            "evaluation": {"eval_every": 4},
            "checkpoint": {"every": 3, "keep": 2},
        }
        for path, value in over.items():
            section, key = path.split("__")
            base.setdefault(section, {})[key] = value
        return recipe_from_dict(base)

    return recipe


def _train(home, catalog, unlocked, recipe, **kw):
    from appliance.tuning.service import start_training

    return start_training(home, catalog, unlocked, recipe, **kw)


def _curve(home, catalog, run_id):
    from appliance.tuning.runs import RunStore

    return RunStore(home, catalog).loss_curve(run_id)


def test_a_run_trains_records_everything_and_is_reproducible(home, catalog, unlocked, setup_run):
    from appliance.tuning.runs import RunStore
    from appliance.tuning.trainer import TrainStep

    events = []
    row = _train(home, catalog, unlocked, setup_run(), on_event=events.append)
    assert row["status"] == "completed" and row["steps_done"] == 8 == row["total_steps"]
    curve = _curve(home, catalog, row["id"])
    assert [s for s, _ in curve] == list(range(1, 9))
    assert curve[-1][1] < curve[0][1]  # it learns
    assert row["eval_loss"] is not None and row["recipe_sha256"] == recipe_from_dict(row["recipe"]).sha256
    assert row["versions"]["torch"].startswith("2.13") and "peft" in row["versions"]
    model = catalog.get_model("tiny")
    assert row["base_model_sha256"] == model["sha256"] and row["dataset_ids"][0].startswith("dsv-")
    assert {(p["parent_id"], p["relation"]) for p in catalog.parents(row["id"])} == {
        (model["id"], "trained-from"),
        (row["dataset_ids"][0], "trained-on"),
    }
    steps = [e for e in events if isinstance(e, TrainStep)]
    assert steps[-1].tokens_per_s > 0 and steps[-1].memory_bytes > 0 and steps[-1].eta_s == 0
    store = RunStore(home, catalog)
    assert (store.path(row) / "adapter" / "adapter_model.safetensors").is_file()
    assert (store.path(row) / "recipe.toml").is_file()
    assert [p.name for p in store.checkpoints(row)] == ["step-000003", "step-000006"]  # keep = 2
    again = _train(home, catalog, unlocked, setup_run())
    assert _curve(home, catalog, again["id"]) == curve  # same recipe, data and seed: same curve


def test_cancel_then_resume_reaches_the_uninterrupted_curve(home, catalog, unlocked, setup_run):
    from appliance.events import CancelToken
    from appliance.tuning.service import resume_training
    from appliance.tuning.trainer import TrainStep

    reference = _curve(home, catalog, _train(home, catalog, unlocked, setup_run())["id"])
    token = CancelToken()

    def stop_at_5(e):
        if isinstance(e, TrainStep) and e.step == 5:
            token.cancel()

    with pytest.raises(Cancelled) as cancelled:
        _train(home, catalog, unlocked, setup_run(), on_event=stop_at_5, cancel=token)
    from appliance.tuning.runs import RunStore

    runs = RunStore(home, catalog)
    row = [r for r in runs.list() if r["status"] == "cancelled"][0]
    assert row["steps_done"] == 5 and runs.checkpoints(row)[-1].name == "step-000005"
    # The message says what happened to it (issue 18, D4): kept, and how to go on; not "nothing kept".
    msg = str(cancelled.value)
    assert "cancelled at step 5; its checkpoint is kept" in msg and f"--resume {row['id']}" in msg
    assert "nothing half-written" not in msg
    done = resume_training(home, catalog, unlocked, row["id"])
    assert done["status"] == "completed"
    resumed = _curve(home, catalog, row["id"])
    assert [s for s, _ in resumed] == [s for s, _ in reference]
    for (_, a), (_, b) in zip(resumed, reference, strict=True):
        assert math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-6), (resumed, reference)
    with pytest.raises(InvalidInputError, match="already completed"):
        resume_training(home, catalog, unlocked, row["id"])


CRASHER = """
import sys
from appliance.catalog import Catalog
from appliance.home import Home
from appliance.security.vault import Vault
from appliance.tuning.recipe import recipe_from_dict
from appliance.tuning.service import start_training
from appliance import workspace
home = Home.open(sys.argv[1]); cat = Catalog.open(home)
mk = workspace.unlock(Vault(cat), sys.argv[2])
start_training(home, cat, mk, recipe_from_dict(__import__("json").loads(sys.argv[3])))
"""


def test_a_crash_leaves_the_last_checkpoint_usable(home, catalog, unlocked, setup_run):
    """kill -9 during training: the checkpoint written before it loads and the run resumes."""
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import resume_training

    recipe = setup_run(training__max_steps=400, checkpoint__every=2)
    proc = subprocess.Popen([sys.executable, "-c", CRASHER, str(home.root), PASSPHRASE, json.dumps(recipe.to_dict())])
    deadline = time.time() + 120
    runs = RunStore(home, catalog)
    while time.time() < deadline:
        rows = runs.list()
        if rows and len(runs.checkpoints(rows[0])) >= 2:
            break
        time.sleep(0.1)
    proc.kill()
    proc.wait()
    row = runs.get(runs.list()[0]["id"])
    assert row["status"] == "running"  # it never got to say otherwise
    last = runs.checkpoints(row)[-1]
    # Resume on a shorter budget: the point is that the checkpoint loads and training goes on.
    from appliance.audit.actions import action

    with action(catalog, "test.shorten"), catalog.atomic():
        r = dict(row["recipe"])
        r["training"]["max_steps"] = int(last.name.split("-")[1]) + 2
        runs.update(row["id"], recipe=json.dumps(r), recipe_sha256=recipe_from_dict(r).sha256)
    done = resume_training(home, catalog, unlocked, row["id"])
    assert done["status"] == "completed"


def test_merge_then_export_and_the_audit_trail(home, catalog, unlocked, setup_run):
    from appliance.audit.log import AuditLog
    from appliance.audit.verify import verify
    from appliance.export.pipeline import Exporter
    from appliance.tuning.service import merge_run

    run = _train(home, catalog, unlocked, setup_run())
    merged = merge_run(home, catalog, run["id"], name="tiny-tuned")
    assert merged["kind"] == "merged"
    rels = {(p["parent_id"], p["relation"]) for p in catalog.parents(merged["id"])}
    assert (run["id"], "merged-from") in rels and (run["base_model_id"], "base-of") in rels
    row, report = Exporter(home, catalog).export("tiny-tuned", "f16")
    assert row["status"] == "verified", report.render()
    log = AuditLog(catalog)
    st = log.state()
    res = verify(
        st["log_id"],
        log.iter_rows(),
        log.checkpoints(),
        st["signing_public"],
        audit_private=log.audit_private_key(unlocked),
    )
    assert res.ok
    actions = [(r["action"], r["outcome"]) for r in res.decrypted]
    for a in ("train.start", "train.checkpoint", "train", "model.merge", "dataset.read"):
        assert (a, "ok") in actions, a


def test_incremental_run_starts_from_the_earlier_adapter(home, catalog, unlocked, setup_run):
    first = _train(home, catalog, unlocked, setup_run())
    fresh = _curve(home, catalog, _train(home, catalog, unlocked, setup_run(training__max_steps=2))["id"])
    cont = _train(home, catalog, unlocked, setup_run(run__from_run=first["id"], training__max_steps=2))
    assert cont["from_run_id"] == first["id"]
    assert (first["id"], "continued-from") in {(p["parent_id"], p["relation"]) for p in catalog.parents(cont["id"])}
    assert _curve(home, catalog, cont["id"])[0][1] < fresh[0][1]  # it starts where the first run ended


def test_full_fine_tuning(home, catalog, unlocked, setup_run):
    from appliance.tuning.service import merge_run

    run = _train(
        home, catalog, unlocked, setup_run(method__kind="full", training__max_steps=3, training__learning_rate=1e-4)
    )
    assert run["method"] == "full" and run["status"] == "completed"
    merged = merge_run(home, catalog, run["id"])
    assert merged["kind"] == "merged" and merged["params"] > 0


@pytest.mark.parametrize(
    "over,match",
    [
        ({"run__base_model": "no-such-model"}, "No model called 'no-such-model'"),
        ({"run__datasets": ["no-such-dataset"]}, "No dataset called 'no-such-dataset'"),
        ({"lora__target_modules": ["query_key_value"]}, "query_key_value not found in this model.*q_proj"),
        ({"training__sequence_length": 4096}, "longer than the base model's context \\(256 tokens\\)"),
        ({"method__kind": "qlora"}, "QLoRA .* needs a CUDA GPU"),
        ({"training__device": "cuda"}, "no CUDA GPU is available"),
        ({"training__batch_size": 4096, "training__sequence_length": 256}, "needs about .* of memory"),
    ],
)
def test_bad_input_is_refused_and_leaves_nothing(home, catalog, unlocked, setup_run, over, match):
    from appliance.tuning.runs import RunStore

    with pytest.raises(InvalidInputError.__mro__[1], match="(?s)" + match):
        _train(home, catalog, unlocked, setup_run(**over))
    assert RunStore(home, catalog).list() == []
    assert not any((home.root / "runs").iterdir()) if (home.root / "runs").exists() else True


def test_template_that_cannot_render_the_dataset_leaves_nothing(
    home, catalog, unlocked, tiny_copy, tmp_path, bpe_tokenizer
):
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore
    from appliance.tuning.runs import RunStore

    d = tiny_copy("llama")
    (d / "chat_template.jinja").write_text(
        "{% for m in messages %}{% if m['role'] == 'system' %}"
        "{{ raise_exception('System role not supported') }}{% endif %}"
        "{{ m['content'] }}{% endfor %}"
    )
    ModelStore(home, catalog).import_path(d, name="strict")
    src = tmp_path / "sys.jsonl"
    src.write_text(
        json.dumps(
            {
                "messages": [
                    {"role": "system", "content": "Be formal."},
                    {"role": "user", "content": "q"},
                    {"role": "assistant", "content": "a"},
                ]
            }
        )
        + "\n"
    )
    DatasetStore(home, catalog, unlocked).import_file(src, name="sys", tokenizer=bpe_tokenizer)
    recipe = recipe_from_dict(
        {
            "run": {"base_model": "strict", "datasets": ["sys"]},
            "training": {"max_steps": 1, "precision": "fp32", "sequence_length": 64},
        }
    )
    with pytest.raises(tdata.TemplateRenderError, match="row 1: the base model's chat template cannot render"):
        _train(home, catalog, unlocked, recipe)
    assert RunStore(home, catalog).list() == []


def test_disk_full_at_a_checkpoint_keeps_the_previous_one(home, catalog, unlocked, setup_run, monkeypatch):
    """The checkpoint refuses to start without room; the run fails and its last checkpoint stays."""
    import shutil as _shutil

    from appliance.errors import StorageError
    from appliance.tuning.runs import RunStore

    real = _shutil.disk_usage
    calls = {"n": 0}

    def usage(path):
        u = real(path)
        if "checkpoints" in str(path):
            calls["n"] += 1
            if calls["n"] > 1:  # the second checkpoint finds the disk full
                return type(u)(u.total, u.total - 1024, 1024)
        return u

    monkeypatch.setattr("appliance.fsutil.shutil.disk_usage", usage)
    with pytest.raises(StorageError, match="Not enough disk space for checkpoint at step 6"):
        _train(home, catalog, unlocked, setup_run())
    runs = RunStore(home, catalog)
    row = runs.list()[0]
    assert row["status"] == "failed" and [p.name for p in runs.checkpoints(row)] == ["step-000003"]
    assert not [p for p in (runs.path(row) / "checkpoints").iterdir() if p.name.startswith(".staging")]


def test_train_cli_and_runs_commands(home, capsys, setup_run, tmp_path):
    from appliance.cli import main

    pfile = tmp_path / "p"
    pfile.write_text(PASSPHRASE)
    recipe = tmp_path / "r.toml"
    recipe.write_text(setup_run(training__max_steps=3).to_toml())
    code = main(["--passphrase-file", str(pfile), "train", "--recipe", str(recipe), "--max-steps", "2", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    run = json.loads(out.out)
    assert run["steps_done"] == 2
    assert main(["runs", "list"]) == 0 and run["id"] in capsys.readouterr().out
    assert main(["runs", "show", run["id"]]) == 0 and "loss curve" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text("[training]\nepoch = 3\n")
    assert main(["--passphrase-file", str(pfile), "train", "--recipe", str(bad)]) == 4
    assert "did you mean 'epochs'" in capsys.readouterr().err
    assert main(["train", "--explain"]) == 0


@pytest.mark.gpu
def test_qlora_on_a_gpu(home, catalog, unlocked, setup_run):
    """Needs CUDA and bitsandbytes: 4-bit NF4 base, bf16 compute."""
    row = _train(
        home,
        catalog,
        unlocked,
        setup_run(method__kind="qlora", training__device="cuda", training__precision="auto", training__max_steps=3),
    )
    assert row["status"] == "completed" and row["precision"] in ("bf16", "fp16")


def test_ctrl_c_in_the_cli_checkpoints_and_exits_cleanly(home, catalog, setup_run, tmp_path):
    import os
    import signal

    from appliance.tuning.runs import RunStore

    pfile = tmp_path / "p"
    pfile.write_text(PASSPHRASE)
    recipe = tmp_path / "r.toml"
    recipe.write_text(setup_run(training__max_steps=100000, checkpoint__every=1000).to_toml())
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "--passphrase-file", str(pfile), "train", "--recipe", str(recipe)],
        env={**os.environ, "APPLIANCE_HOME": str(home.root)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    runs = RunStore(home, catalog)
    deadline = time.time() + 120
    while time.time() < deadline and not runs.list():
        time.sleep(0.2)
    time.sleep(2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "checkpoint" in err
    row = runs.list()[0]
    assert row["status"] == "cancelled" and runs.checkpoints(row)


@pytest.mark.heavy
def test_adapter_exports_as_a_gguf_lora_that_llama_cpp_applies(home, catalog, unlocked, setup_run):
    from appliance.export.pipeline import Exporter
    from appliance.tuning.service import export_adapter

    run = _train(home, catalog, unlocked, setup_run(training__max_steps=2))
    Exporter(home, catalog).export("tiny", "f16")
    res = export_adapter(home, catalog, run["id"])
    assert res["checked_with_export"] and res["size_bytes"] > 0
    import gguf

    reader = gguf.GGUFReader(res["path"])
    assert reader.fields["general.type"].contents() == "adapter"


def test_the_whole_loop_trains_cancels_resumes_merges_exports_and_serves(home, catalog, unlocked, setup_run):
    """One tiny model through everything: a cancelled run, resumed to the end, merged, exported
    through the gate, served on loopback and asked through the official openai client."""
    import openai

    from appliance.events import CancelToken
    from appliance.export.pipeline import Exporter
    from appliance.serving.service import ServeOptions, start_server, stop_server
    from appliance.serving.token import get_or_create_token
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import merge_run, resume_training
    from appliance.tuning.trainer import TrainStep

    token = CancelToken()

    def stop_at_4(e):
        if isinstance(e, TrainStep) and e.step == 4:
            token.cancel()

    with pytest.raises(Cancelled):
        _train(home, catalog, unlocked, setup_run(run__name="loop"), on_event=stop_at_4, cancel=token)
    run = next(r for r in RunStore(home, catalog).list() if r["name"] == "loop")
    assert run["status"] == "cancelled" and run["steps_done"] == 4
    assert resume_training(home, catalog, unlocked, run["id"])["status"] == "completed"
    assert [s for s, _ in _curve(home, catalog, run["id"])] == list(range(1, 9))

    merged = merge_run(home, catalog, run["id"], name="loop-tuned")
    row, report = Exporter(home, catalog).export("loop-tuned", "f16")
    assert row["status"] == "verified", report.render()
    assert (merged["id"], "exported-from") in {(p["parent_id"], p["relation"]) for p in catalog.parents(row["id"])}

    serving = start_server(home, catalog, ["loop-tuned"], options=ServeOptions(port=0, n_ctx=256, slots=1))
    try:
        client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{serving.port}/v1", api_key=get_or_create_token(home), max_retries=0, timeout=60
        )
        assert [m.id for m in client.models.list().data] == ["loop-tuned"]
        answer = client.chat.completions.create(
            model="loop-tuned",
            max_tokens=8,
            temperature=0,
            messages=[{"role": "user", "content": "What is the code of office 3?"}],
        )
        assert answer.choices[0].message.role == "assistant" and answer.usage.completion_tokens >= 1
    finally:
        stop_server(catalog, serving)


def test_gpu_failures_and_out_of_memory_become_clear_errors():
    """The messages torch raises (copied from real CUDA failures) map to errors that say what to do."""
    from appliance.tuning.failures import native_failure as _native_failure
    from appliance.tuning.trainer import GpuFailed, OutOfMemory

    oom = _native_failure(
        RuntimeError(
            "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.19 GiB total "
            "capacity; 77.01 GiB already allocated)"
        ),
        "Training",
        12,
    )
    assert isinstance(oom, OutOfMemory) and oom.exit_code == 15 and "step 12" in str(oom)
    assert "last checkpoint is intact" in str(oom)
    lost = _native_failure(
        RuntimeError(
            "CUDA error: unspecified launch failure\nCUDA kernel errors might be "
            "asynchronously reported at some other API call"
        ),
        "Training",
        7,
    )
    assert isinstance(lost, GpuFailed) and lost.exit_code == 16
    assert "GPU stopped working at step 7: CUDA error: unspecified launch failure." in str(lost)
    assert "--resume" in str(lost)
    assert _native_failure(RuntimeError("mat1 and mat2 shapes cannot be multiplied"), "Training", 1) is None
