"""Training across processes: two CPU ranks through torchrun and gloo give the one-process run's
loss curve; a rank killed for real leaves the run failed with its last checkpoint, which resumes
on a different number of processes; bad process counts are refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROWS = [
    {
        "messages": [
            {"role": "user", "content": f"What is the code of office {i}?"},
            {"role": "assistant", "content": f"Office {i} has code ZX-{i * 7}."},
        ]
    }
    for i in range(40)
]
RECIPE = """
[run]
base_model = "tiny"
datasets = ["{dataset}"]
name = "{name}"
[lora]
dropout = 0.0
[training]
max_steps = 6
batch_size = 4
gradient_accumulation = 2
sequence_length = 128
learning_rate = 0.005
warmup_steps = 1
precision = "fp32"
device = "cpu"
seed = 7
[evaluation]
eval_every = 3
[checkpoint]
every = 2
keep = 3
"""


@pytest.fixture
def dist_home(home, catalog, unlocked, tiny_dirs, tmp_path, bpe_tokenizer):
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    src = tmp_path / "offices.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    DatasetStore(home, catalog, unlocked).import_file(src, name="offices", tokenizer=bpe_tokenizer, eval_fraction=0.2)

    def recipe(name: str, dataset: str = "offices"):
        p = tmp_path / f"{name}.toml"
        p.write_text(RECIPE.format(name=name, dataset=dataset))
        return str(p)

    return recipe


def _curve(catalog, run_id: str, kind: str = "train_loss") -> list[float]:
    rows = catalog.db.execute(
        "SELECT value FROM run_metrics WHERE run_id = ? AND kind = ? ORDER BY step", [run_id, kind]
    ).fetchall()
    return [r[0] for r in rows]


def _run_id(out: str) -> str:
    return json.loads(out)["id"]


def test_two_processes_train_the_same_run_as_one(home, catalog, dist_home, pfile, capsys):
    from conftest import run

    code, out, err = run(capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("one"), "--json")
    assert code == 0, err
    one = _run_id(out)
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("two"), "--processes", "2", "--json"
    )
    assert code == 0, err
    two = json.loads(out)
    assert two["status"] == "completed" and two["steps_done"] == 6 and two["device"] == "cpu×2"
    a, b = _curve(catalog, one), _curve(catalog, two["id"])
    assert len(a) == len(b) == 6
    assert b == pytest.approx(a, rel=2e-4, abs=2e-5)  # same global batch each step: the same curve
    assert _curve(catalog, two["id"], "eval_loss") == pytest.approx(_curve(catalog, one, "eval_loss"), rel=2e-4)
    # One run in the audit log, recorded by the driver: its start, its checkpoints, its end.
    from conftest import PASSPHRASE

    from appliance.audit.log import AuditLog
    from appliance.security.vault import Vault
    from appliance.workspace import unlock

    mk = unlock(Vault(catalog), PASSPHRASE)
    log = AuditLog(catalog)
    recs = [r for r in log.verify(audit_private=log.audit_private_key(mk)).decrypted if two["id"] in r["objects"]]
    kinds = [(r["action"], (r.get("params") or {}).get("step")) for r in recs]
    assert kinds.count(("train.start", None)) == 1
    assert ("train.checkpoint", 2) in kinds and ("train.checkpoint", 4) in kinds
    assert [r for r in recs if r["action"] == "train"][-1]["params"]["processes"] == 2
    assert (home.root / "runs" / two["id"] / "adapter" / "adapter_model.safetensors").is_file()


@pytest.mark.crash
def test_a_killed_rank_fails_the_run_cleanly_and_it_resumes_on_one_process(home, catalog, dist_home, pfile, capsys):
    from conftest import run

    from appliance.tuning.runs import RunStore

    env = dict(os.environ, APPLIANCE_FAULT="train.rank1.step5")
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "appliance",
            "--passphrase-file",
            pfile,
            "train",
            "--recipe",
            dist_home("killed"),
            "--processes",
            "2",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert p.returncode != 0
    assert (
        "A training process stopped during training" in p.stderr and "The last checkpoint (step 4) is kept" in p.stderr
    )
    (row,) = [r for r in RunStore(home, catalog).list() if r["name"] == "killed"]
    assert row["status"] == "failed" and row["steps_done"] == 4
    code, out, err = run(capsys, "--passphrase-file", pfile, "train", "--resume", row["id"], "--json")
    assert code == 0, err
    done = json.loads(out)
    assert done["status"] == "completed" and done["steps_done"] == 6
    code, out, err = run(capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("ref"), "--json")
    ref = _run_id(out)
    assert _curve(catalog, done["id"]) == pytest.approx(_curve(catalog, ref), rel=2e-4, abs=2e-5)


def test_process_counts_the_machine_cannot_run_are_refused(home, catalog, dist_home, pfile, capsys):
    from conftest import run

    code, out, err = run(capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("g"), "--gpus", "2")
    assert code == 4 and "--gpus 2 asks for more GPUs than this machine has (0 CUDA GPUs visible)" in err
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("p"), "--processes", str(os.cpu_count() + 1)
    )
    assert code == 4 and "more than this machine's" in err
    code, out, err = run(capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("x"), "--processes", "0")
    assert code == 4
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("y"), "--processes", "2", "--gpus", "1"
    )
    assert code == 2
    assert catalog.db["runs"].count == 0


@pytest.mark.heavy
def test_cancel_reaches_every_rank_and_the_run_resumes_with_two(home, catalog, unlocked, dist_home):
    from appliance.errors import Cancelled
    from appliance.events import CancelToken, TrainStep
    from appliance.tuning.recipe import load_recipe
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import resume_training, start_training

    token = CancelToken()

    def on_event(e):
        if isinstance(e, TrainStep) and e.step == 3:
            token.cancel()

    recipe = load_recipe(dist_home("cancelled"))
    with pytest.raises(Cancelled, match="checkpoint is kept"):
        start_training(home, catalog, unlocked, recipe, on_event=on_event, cancel=token, processes=2)
    (row,) = RunStore(home, catalog).list()
    assert row["status"] == "cancelled" and row["steps_done"] in (3, 4)
    done = resume_training(home, catalog, unlocked, row["id"], processes=2)
    assert done["status"] == "completed" and done["steps_done"] == 6


FULL = RECIPE.replace("[lora]\ndropout = 0.0\n", '[method]\nkind = "full"\n').replace(
    "learning_rate = 0.005", "learning_rate = 0.001"
)


@pytest.mark.heavy
def test_full_fine_tuning_is_sharded_across_processes_and_resumes_on_another_count(
    home, catalog, unlocked, dist_home, tmp_path
):
    """Full fine-tuning across two processes shards the model (FSDP); its checkpoints are in the
    one-process format, so a run cancelled on two processes resumes on one and the other way
    round, each on the one-process curve."""
    from appliance.errors import Cancelled
    from appliance.events import CancelToken, TrainStep
    from appliance.tuning.recipe import load_recipe
    from appliance.tuning.service import resume_training, start_training

    def recipe(name):
        p = tmp_path / f"{name}.toml"
        p.write_text(FULL.format(name=name, dataset="offices"))
        return load_recipe(p)

    ref = start_training(home, catalog, unlocked, recipe("fref"))
    assert ref["status"] == "completed"

    notes = []

    def cancelled_at_3(name, processes):
        token = CancelToken()

        def on_event(e):
            notes.append(str(getattr(e, "message", "")))
            if isinstance(e, TrainStep) and e.step == 3:
                token.cancel()

        with pytest.raises(Cancelled):
            start_training(home, catalog, unlocked, recipe(name), on_event=on_event, cancel=token, processes=processes)
        (row,) = [r for r in catalog.db.execute("SELECT id, steps_done FROM runs WHERE name = ?", [name]).fetchall()]
        return row

    two_then_one = cancelled_at_3("f21", 2)
    assert "Full fine-tuning sharded across 2 processes (FSDP)" in " ".join(notes)
    done = resume_training(home, catalog, unlocked, two_then_one[0], processes=1)
    assert done["status"] == "completed" and done["steps_done"] == 6
    assert _curve(catalog, done["id"]) == pytest.approx(_curve(catalog, ref["id"]), rel=2e-4, abs=2e-5)

    one_then_two = cancelled_at_3("f12", 1)
    done = resume_training(home, catalog, unlocked, one_then_two[0], processes=2)
    assert done["status"] == "completed" and done["steps_done"] == 6
    assert _curve(catalog, done["id"]) == pytest.approx(_curve(catalog, ref["id"]), rel=2e-4, abs=2e-5)
    assert _curve(catalog, done["id"], "eval_loss") == pytest.approx(_curve(catalog, ref["id"], "eval_loss"), rel=2e-4)
    # The result was gathered from the shards into one ordinary model folder, equal to the reference.
    from safetensors.torch import load_file

    a = load_file(str(home.root / "runs" / ref["id"] / "model" / "model.safetensors"))
    b = load_file(str(home.root / "runs" / done["id"] / "model" / "model.safetensors"))
    assert a.keys() == b.keys()
    for k in a:
        assert (a[k] - b[k]).abs().max().item() < 1e-4, k


def _node_home(root, tiny_dirs, tmp_path, bpe_tokenizer, rows):
    """Another machine's workspace, with its own keys, holding its own copy of the model and of
    the dataset ``shared``."""
    from conftest import PASSPHRASE, init_workspace

    from appliance.catalog import Catalog
    from appliance.models.store import ModelStore
    from appliance.security.vault import Vault
    from appliance.workspace import unlock

    other = init_workspace(root)
    with Catalog.open(other) as cat:
        mk = unlock(Vault(cat), PASSPHRASE)
        ModelStore(other, cat).import_path(tiny_dirs["llama"], name="tiny")
        _import_shared(other, cat, mk, tmp_path / f"{root.name}.jsonl", rows, bpe_tokenizer)
        mk.forget()
    return other


def _import_shared(home, catalog, mk, src, rows, tokenizer) -> None:
    from appliance.data.datasets import DatasetStore

    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    DatasetStore(home, catalog, mk).import_file(src, name="shared", tokenizer=tokenizer, eval_fraction=0.2)


SPLIT_ROWS = [{**r, "split": "eval" if i % 5 == 0 else "train"} for i, r in enumerate(ROWS)]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _join(node_root, recipe, pfile, port, *extra):
    return subprocess.Popen(
        [sys.executable, "-m", "appliance", "--home", str(node_root), "--passphrase-file", pfile, "train"]
        + ["--recipe", recipe, "--nodes", "2", "--node-rank", "1", "--rendezvous", f"127.0.0.1:{port}", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_two_nodes_train_one_run_each_on_its_own_copy_of_the_data(
    home, catalog, unlocked, dist_home, pfile, capsys, tiny_dirs, tmp_path, bpe_tokenizer
):
    """Two nodes (here two workspaces on one machine, joined over loopback) train the one-process
    run: node 0 records it, node 1 records its train.join; rows never leave their workspace."""
    from conftest import run

    _import_shared(home, catalog, unlocked, tmp_path / "lead.jsonl", SPLIT_ROWS, bpe_tokenizer)
    other = _node_home(tmp_path / "node1", tiny_dirs, tmp_path, bpe_tokenizer, SPLIT_ROWS)
    port = _free_port()
    joiner = _join(other.root, dist_home("joined", "shared"), pfile, port, "--json")
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("lead", "shared"), "--nodes", "2", "--rendezvous",
        f"127.0.0.1:{port}", "--json",
    )  # fmt: skip
    j_out, j_err = joiner.communicate(timeout=600)
    assert code == 0, err
    assert joiner.returncode == 0, j_err
    lead = json.loads(out)
    assert lead["status"] == "completed" and lead["steps_done"] == 6 and lead["device"] == "cpu×2"
    assert "outside loopback" in err
    joined = json.loads(j_out)
    assert joined["run_id"] == lead["id"] and joined["steps"] == 6 and joined["node_rank"] == 1
    code, out, _ = run(capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("alone", "shared"), "--json")
    ref = _run_id(out)
    assert _curve(catalog, lead["id"]) == pytest.approx(_curve(catalog, ref), rel=2e-4, abs=2e-5)
    # Node 1 holds no run of its own; its audit log has the join, naming node 0's run.
    from conftest import PASSPHRASE

    from appliance.audit.log import AuditLog
    from appliance.catalog import Catalog
    from appliance.security.vault import Vault
    from appliance.workspace import unlock

    with Catalog.open(other) as cat:
        assert cat.db["runs"].count == 0
        mk = unlock(Vault(cat), PASSPHRASE)
        log = AuditLog(cat)
        recs = log.verify(audit_private=log.audit_private_key(mk)).decrypted
        (rec,) = [r for r in recs if r["action"] == "train.join"]
        assert rec["outcome"] == "ok" and rec["outputs"]["run_id"] == lead["id"]
        assert rec["params"]["nodes"] == 2 and rec["params"]["rendezvous"] == f"127.0.0.1:{port}"
        assert any(r["action"] == "dataset.read" for r in recs)
        mk.forget()


def test_nodes_with_other_data_refuse_to_train_and_a_missing_node_times_out(
    home, catalog, unlocked, dist_home, pfile, capsys, tiny_dirs, tmp_path, bpe_tokenizer
):
    from conftest import run

    # The same rows, but node 1 let its workspace split them (with its own key): other data.
    _import_shared(home, catalog, unlocked, tmp_path / "lead.jsonl", SPLIT_ROWS, bpe_tokenizer)
    other = _node_home(tmp_path / "node1", tiny_dirs, tmp_path, bpe_tokenizer, ROWS)
    port = _free_port()
    joiner = _join(other.root, dist_home("j", "shared"), pfile, port)
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("l", "shared"), "--nodes", "2", "--rendezvous",
        f"127.0.0.1:{port}",
    )  # fmt: skip
    _, j_err = joiner.communicate(timeout=600)
    says = "Node 1 would train on other data than node 0 (evaluation rows, training rows differ)"
    assert code == 4 and says in err and "their split differs" in err
    assert joiner.returncode == 4 and says in j_err
    assert catalog.db["runs"].count == 0  # refused at setup: no run was recorded
    # Node 0 alone: the other node never joins.
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("alone"), "--nodes", "2", "--rendezvous",
        f"127.0.0.1:{_free_port()}", "--join-timeout", "3",
    )  # fmt: skip
    assert code != 0 and "Not every node joined the rendezvous" in err and "within 3 s" in err
    assert catalog.db["runs"].count == 0
    # Topologies that cannot start are refused before anything runs.
    for args, says in [
        (["--nodes", "2"], "needs --rendezvous HOST:PORT"),
        (["--nodes", "2", "--rendezvous", "nohost"], "needs --rendezvous HOST:PORT"),
        (["--nodes", "2", "--node-rank", "2", "--rendezvous", "127.0.0.1:1"], "--node-rank 2 is outside 0..1"),
        (["--nodes", "0"], "--nodes must be 1 or more"),
    ]:
        code, out, err = run(capsys, "--passphrase-file", pfile, "train", "--recipe", dist_home("bad"), *args)
        assert code == 4 and says in err, (args, err)
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "train", "--resume", "run-x", "--nodes", "2", "--rendezvous", "h:1"
    )
    assert code == 4 and "A run resumes on one node" in err
    assert catalog.db["runs"].count == 0
