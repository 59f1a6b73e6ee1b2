"""The living model's loop, simulated whole on the tiny models (issue 30): a line serving its
production model captures traffic that shifts from English to Hindi, users correct answers
through ``POST /v1/feedback``, an operator accepts them, the watch service detects the drift,
retrains incrementally from production's adapter, is killed for real in the middle (SIGKILL at the
export), resumes, passes the gate and changes production; the audit log verifies at the end.
Beside it: policies refused with their key, a bad file in the watched folder, a retrain that fails."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import httpx
import pytest

from appliance.adapt import traffic
from appliance.adapt.capture import CaptureStore
from appliance.adapt.loop import AdaptStore, Watcher
from appliance.adapt.policy import load_policy
from appliance.errors import InvalidInputError
from appliance.samples import SAMPLES

SUITE = (
    '[suite]\nname = "desk"\n[[case]]\nid = "a"\nprompt = "Helpline?"\nscorer = { type = "contains", any = ["1577"] }\n'
)
RECIPE = (
    '[run]\nbase_model = "tiny"\ndatasets = ["registry"]\n'
    '[training]\nmax_steps = 2\nbatch_size = 4\nsequence_length = 128\nprecision = "fp32"\ndevice = "cpu"\n'
)
POLICY = """
[triggers]
drift = true
drift_window = 60
drift_every = 20
drift_embeddings = true
feedback_count = 0
[retrain]
mode = "incremental"
replay = 0.3
max_steps = 2
min_rows = 4
[promote]
mode = "auto"
"""


def _records(catalog, mk) -> list[dict]:
    from appliance.audit.log import AuditLog

    log = AuditLog(catalog)
    return log.verify(audit_private=log.audit_private_key(mk)).decrypted


@pytest.fixture
def line(home, catalog, unlocked, tiny_dirs, bpe_tokenizer, tmp_path):
    """Line ``desk``: the tiny Llama tuned on the registry's English rows, merged, exported and in production."""
    from appliance.data.datasets import DatasetStore
    from appliance.eval.lines import Lines
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import load_recipe
    from appliance.tuning.service import merge_run, start_training

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    DatasetStore(home, catalog, unlocked).import_file(
        SAMPLES / "kestrel_registry.jsonl", name="registry", tokenizer=bpe_tokenizer
    )
    (tmp_path / "desk.toml").write_text(SUITE)
    (tmp_path / "recipe.toml").write_text(RECIPE)
    gate = {"min_pass_rate": 0}
    lines = Lines(home, catalog, unlocked)
    lines.create_from_recipe("desk", tmp_path / "recipe.toml", suites=[str(tmp_path / "desk.toml")], gate=gate)
    run = start_training(home, catalog, unlocked, load_recipe(tmp_path / "recipe.toml"))
    model = merge_run(home, catalog, run["id"], name="desk-1")
    Exporter(home, catalog, unlocked).export(model["id"], "f16")
    lines.promote("desk", model["id"])
    return {"run": run, "model": model}


def _serve_traffic(home, catalog, unlocked, observations, corrections: dict[int, str]) -> list[str]:
    """The line's production served with capture on; each observation's prompt asked through the
    API; for the indexes in ``corrections`` the user sends a correction. Returns the response ids."""
    from appliance.serving.service import ServeOptions, start_server, stop_server
    from appliance.serving.token import get_or_create_token

    serving = start_server(
        home, catalog, ["desk@production"], options=ServeOptions(port=0, n_ctx=256, slots=2), keys=unlocked
    )
    ids = []
    try:
        base = f"http://127.0.0.1:{serving.port}/v1"
        auth = {"Authorization": f"Bearer {get_or_create_token(home)}"}
        with httpx.Client(timeout=60, headers=auth) as http:
            for i, o in enumerate(observations):
                r = http.post(
                    base + "/chat/completions",
                    json={
                        "model": "desk@production",
                        "messages": [{"role": "user", "content": o.prompt}],
                        "max_tokens": 3,
                    },
                )
                assert r.status_code == 200, r.text
                ids.append(r.json()["id"])
                if i in corrections:
                    fb = http.post(
                        base + "/feedback",
                        json={"response_id": r.json()["id"], "rating": -1, "correction": corrections[i]},
                    )
                    assert fb.status_code == 200, fb.text
        serving.capture.flush()
    finally:
        stop_server(catalog, serving)
    return ids


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_the_loop_detects_drift_learns_the_corrections_and_changes_production(
    home, catalog, unlocked, line, pfile, tmp_path
):
    hindi = traffic.shift("hindi", 20, 60, seed=3)  # a half of the questions move to Hindi
    answers = [
        json.loads(x)["messages"][1]["content"]
        for x in (SAMPLES / "kestrel_registry.hi.jsonl").read_text().splitlines()
    ]
    corrections = {20 + k: answers[k % len(answers)] for k in range(0, 60, 6)}  # ten answers corrected
    capture = CaptureStore(home, catalog, unlocked)
    capture.configure("desk", enabled=True)
    _serve_traffic(home, catalog, unlocked, hindi, corrections)
    queue = capture.items("desk", status="new", feedback_only=True)
    assert len(queue) == 10
    for row in queue:  # the operator's review: every correction accepted
        capture.decide(row["id"], "accept")
    policy = tmp_path / "policy.toml"
    policy.write_text(POLICY)
    AdaptStore(home, catalog, unlocked).set_policy("desk", policy)

    # The watch service, killed for real at the export (SIGKILL in the exporting process itself).
    env = {**os.environ, "APPLIANCE_HOME": str(home.root), "APPLIANCE_FAULT": "export.convert"}
    proc = subprocess.run(
        [sys.executable, "-m", "appliance", "--passphrase-file", pfile, "watch", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    store = AdaptStore(home, catalog, unlocked)
    (run,) = store.runs("desk")
    assert run["state"] == "exporting" and run["trigger"]["kind"] == "drift"
    assert run["steps"]["from_run"] == line["run"]["id"]  # incremental: from production's adapter
    assert run["steps"]["new_rows"] == 10 and run["steps"]["replay_rows"] == 4  # 30 % of the retrain replayed
    (check,) = store.drift_checks("desk")
    alarms = [r["name"] for r in check["result"]["results"] if r["alarm"]]
    assert check["alarm"] and "script_mix" in alarms
    embedding = next(r for r in check["result"]["results"] if r["name"] == "embedding")
    assert embedding["ran"] and embedding["p_value"] is not None  # on the served model's own embeddings

    # The next start resumes the run at its step, and the gate promotes the candidate.
    from appliance.system.recovery import recover

    recover(home, catalog)
    (done,) = Watcher(home, catalog, unlocked).tick()
    assert done["state"] == "promoted", done.get("error")
    from appliance.eval.lines import Lines

    desk = Lines(home, catalog, unlocked).get("desk")
    assert desk["channels"]["production"]["model_id"] == done["steps"]["model_id"] != line["model"]["id"]
    assert run["steps"]["new_datasets"][0] in desk["dataset_ids"]  # the accepted feedback joined the line's data
    assert all(r["dataset_id"] for r in capture.items("desk", status="accepted"))
    assert Watcher(home, catalog, unlocked).tick() == []  # nothing new: no second run
    # A canary run: the suite again on what production serves, case by case against its evaluation
    # at promotion (deterministic decoding: the same answers, no alarm).
    from appliance.adapt.canary import canary_check

    canary = canary_check(home, catalog, unlocked, "desk")
    (suite,) = canary["result"]["results"]
    assert suite["name"] == "canary:desk" and suite["ran"] and not canary["alarm"]
    assert suite["detail"]["worse"] == suite["detail"]["better"] == 0
    records = _records(catalog, unlocked)  # verifies the whole log
    steps = [(r["params"]["state"], r["params"]["reason"]) for r in records if r["action"] == "adapt.step"]
    assert [s for s, _ in steps] == ["training", "merging", "exporting", "judging", "promoted"]
    assert "10 new row(s) and 4 replayed" in steps[0][1]
    assert any(r["action"] == "adapt.drift_check" and r["outputs"]["alarm"] for r in records)


def test_policies_are_checked_with_the_key_named(tmp_path):
    cases = {
        "[triggers]\nwatch = 1\n": "triggers.watch: is not a setting",
        "[retrain]\nreplay = 1.5\n": "retrain.replay: must be from 0.0 to 0.9, not 1.5",
        '[retrain]\nmethod = "magic"\n': "retrain.method: must be one of sft, dpo, kto",
        "[triggers]\ndrift_window = 2.5\n": "triggers.drift_window: must be a whole number",
        '[promote]\nmode = "yes"\n': "promote.mode: must be one of auto, approval",
        "[schedule]\nhours = 1\n": "schedule: is not a section",
        '[triggers]\nwatch_folder = "drop"\n': "triggers.watch_folder: must be an absolute path",
        "[triggers]\ndrift = false\nfeedback_count = 0\n": "triggers: sets no trigger",
        "[triggers\n": "not valid TOML",
    }
    for body, said in cases.items():
        path = tmp_path / "p.toml"
        path.write_text(body)
        with pytest.raises(InvalidInputError) as exc:
            load_policy(path)
        assert said in exc.value.msg.render("en") and str(path) in exc.value.msg.render("en"), body
    path.write_text(POLICY)
    assert load_policy(path).retrain.replay == 0.3


def test_a_bad_file_in_the_watched_folder_is_rejected_and_the_loop_goes_on(
    home, catalog, unlocked, tiny_dirs, tmp_path, pfile, capsys
):
    from conftest import run

    from appliance.eval.lines import Lines
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    (tmp_path / "s.toml").write_text(SUITE)
    (tmp_path / "r.toml").write_text('[run]\nbase_model = "tiny"\n')
    Lines(home, catalog, unlocked).create_from_recipe(
        "desk", tmp_path / "r.toml", suites=[str(tmp_path / "s.toml")], gate={"min_pass_rate": 0}
    )
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "bad.jsonl").write_text('{"messages": [{"role": "user", "content": "hi"}]}\n{oops\n')
    (drop / "good.jsonl").write_text((SAMPLES / "kestrel_registry.jsonl").read_text())
    policy = tmp_path / "p.toml"
    policy.write_text(
        f'[triggers]\nwatch_folder = "{drop}"\nremove_plaintext = true\ndrift = false\n[retrain]\nmin_rows = 1000\n'
    )
    code, out, err = run(capsys, "--passphrase-file", pfile, "adapt", "policy", "desk", str(policy))
    assert code == 0, err
    code, out, err = run(capsys, "--passphrase-file", pfile, "watch", "--once")
    assert code == 0, err
    assert "no_data" in out  # 90 new rows; the policy wants 1000: the trigger is recorded, nothing trained
    assert not (drop / "good.jsonl").exists()  # imported encrypted, the plaintext removed
    assert (drop / "rejected" / "bad.jsonl").exists()
    reason = (drop / "rejected" / "bad.jsonl.error.txt").read_text()
    assert "line 2" in reason
    assert catalog.db["datasets"].count_where("name = 'desk-drop'") == 1
    (r,) = AdaptStore(home, catalog).runs("desk")
    assert r["state"] == "no_data" and r["trigger"]["kind"] == "folder"
    drops = [x for x in _records(catalog, unlocked) if x["action"] == "adapt.drop"]
    assert [d["params"]["imported"] for d in drops] == [False, True]
    assert catalog.db["runs"].count == 0


def test_a_retrain_that_fails_leaves_production_and_is_audited(
    home, catalog, unlocked, tiny_dirs, bpe_tokenizer, tmp_path
):
    from appliance.adapt.loop import retrain_now
    from appliance.data.datasets import DatasetStore
    from appliance.eval.lines import Lines
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    DatasetStore(home, catalog, unlocked).import_file(
        SAMPLES / "kestrel_registry.jsonl", name="registry", tokenizer=bpe_tokenizer
    )
    (tmp_path / "s.toml").write_text(SUITE)
    # A recipe the tiny model cannot hold: its sequence is past the model's context.
    (tmp_path / "r.toml").write_text(RECIPE.replace("sequence_length = 128", "sequence_length = 100000"))
    lines = Lines(home, catalog, unlocked)
    lines.create_from_recipe("desk", tmp_path / "r.toml", suites=[str(tmp_path / "s.toml")], gate={"min_pass_rate": 0})
    lines.promote("desk", "tiny", channel="candidate")
    (tmp_path / "p.toml").write_text("[triggers]\nschedule_hours = 24\n[retrain]\nmin_rows = 1\n")
    store = AdaptStore(home, catalog, unlocked)
    store.set_policy("desk", tmp_path / "p.toml")
    # New data: a new version of the line's dataset, as the policy's trigger would bring it.
    done = retrain_now(home, catalog, unlocked, "desk", reason="test")
    assert done["state"] == "no_data"  # nothing new to learn from: said, not trained
    run = store.create_run(
        lines.get("desk"), {"kind": "dataset", "reason": "test", "datasets": [lines.get("desk")["dataset_ids"][0]]}
    )
    out = Watcher(home, catalog, unlocked).execute(run, load_policy(tmp_path / "p.toml"))
    assert out["state"] == "failed" and "sequence" in out["error"]
    channels = Lines(home, catalog).get("desk")["channels"]
    assert "production" not in channels and channels["candidate"]["model_id"] == catalog.get_model("tiny")["id"]
    failed = [
        r for r in _records(catalog, unlocked) if r["action"] == "adapt.step" and r["params"]["state"] == "failed"
    ]
    assert failed and "production is unchanged" in failed[0]["params"]["reason"]
    with pytest.raises(InvalidInputError, match="already"):
        store.cancel(out["id"])
    # A run waiting for approval: refused by an operator (production unchanged); one queued: cancelled.
    desk = lines.get("desk")
    waiting = store.step(store.create_run(desk, {"kind": "operator", "reason": "test"}), "waiting_approval", "test")
    with pytest.raises(InvalidInputError, match="one run at a time|already has"):
        retrain_now(home, catalog, unlocked, "desk")
    assert store.refuse(waiting["id"])["state"] == "refused"
    with pytest.raises(InvalidInputError, match="not waiting for approval"):
        store.approve(waiting["id"])
    queued = store.create_run(desk, {"kind": "operator", "reason": "test"})
    assert store.cancel(queued["id"])["state"] == "cancelled"
    reasons = [r["params"]["reason"] for r in _records(catalog, unlocked) if r["action"] == "adapt.step"]
    assert "refused by an operator" in reasons and "cancelled by an operator" in reasons
