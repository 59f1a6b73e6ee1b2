"""The library calls the CLI and the GUI share (one core function per operation both offer):
evidence export and live-log verification, auditor key pairs, chat with its audit record, and the
catalog queries the windows show (mergeable and resumable runs, an object's description and
lineage)."""

from __future__ import annotations

import json

import pytest
from conftest import PASSPHRASE

from appliance.audit.actions import action
from appliance.catalog import Catalog, new_id, utc_now
from appliance.errors import InvalidInputError, ServingError
from appliance.states import RunStatus


def _records(catalog, keys, name: str) -> list[dict]:
    from appliance.audit.evidence import verify_log

    st, res = verify_log(catalog, keys=lambda: keys)
    assert res.ok and st["log_id"]
    return [r for r in res.decrypted if r["action"] == name]


# Evidence ------------------------------------------------------------------------------------
def test_export_evidence_writes_the_package_and_its_record(catalog, unlocked, tmp_path):
    from appliance.audit.evidence import export_evidence
    from appliance.audit.package import read_package

    notes = []
    done = export_evidence(catalog, tmp_path / "pkg", on_note=notes.append)
    assert done.path == tmp_path / "pkg" and done.size >= 2 and len(done.root) == 64 and done.auditors == 0
    assert notes and "no auditor is registered" in str(notes[0])  # written anyway, with the warning
    assert read_package(done.path)["manifest"]["size"] == done.size
    [rec] = _records(catalog, unlocked, "audit.export")
    assert rec["outcome"] == "ok" and rec["params"] == {"to": str(tmp_path / "pkg")}
    assert rec["outputs"] == {"size": done.size, "root": done.root}


def test_export_evidence_into_a_used_folder_is_refused_and_recorded(catalog, unlocked, tmp_path):
    from appliance.audit.evidence import export_evidence

    dest = tmp_path / "used"
    dest.mkdir()
    (dest / "notes.txt").write_text("keep me")
    with pytest.raises(InvalidInputError) as exc:
        export_evidence(catalog, dest)
    assert f"{dest} exists and is not empty" in exc.value.message and str(dest) in exc.value.hint
    assert [p.name for p in dest.iterdir()] == ["notes.txt"]
    [rec] = _records(catalog, unlocked, "audit.export")
    assert rec["outcome"] == "refused" and "not empty" in rec["error"]["message"]


def test_export_evidence_counts_the_auditors_who_can_read_it(catalog, unlocked, tmp_path):
    from appliance.audit.auditor_keys import create_auditor_keypair
    from appliance.audit.evidence import export_evidence
    from appliance.audit.log import AuditLog

    _key, pub, fingerprint = create_auditor_keypair(tmp_path / "auditor", "Inspector")
    with action(catalog, "audit.add-auditor"), catalog.atomic():
        row = AuditLog(catalog).add_auditor(unlocked, pub.read_text())
    assert row["auditor_id"] == fingerprint
    notes = []
    assert export_evidence(catalog, tmp_path / "pkg", on_note=notes.append).auditors == 1 and notes == []


def test_verify_log_refuses_a_kept_checkpoint_it_cannot_read(catalog, tmp_path):
    from appliance.audit.evidence import verify_log

    st, res = verify_log(catalog)  # no keys: integrity only, nothing decrypted
    assert res.ok and res.decrypted == [] and st["size"] == res.size
    bad = tmp_path / "kept.json"
    bad.write_text("not json")
    with pytest.raises(InvalidInputError, match="is not a kept checkpoint"):
        verify_log(catalog, kept_path=bad)


# Auditor keys --------------------------------------------------------------------------------
def test_create_auditor_keypair(tmp_path):
    from appliance.audit import records
    from appliance.audit.auditor_keys import create_auditor_keypair

    key, pub, fingerprint = create_auditor_keypair(tmp_path / "k", "  Office  ", password=b"words")
    assert key.stat().st_mode & 0o777 == 0o600 and b"ENCRYPTED" in key.read_bytes()
    name, public = records.parse_public(pub.read_text())
    assert name == "Office" and fingerprint == f"aud-{records.fingerprint(public)}"
    with pytest.raises(InvalidInputError, match="refusing to overwrite"):
        create_auditor_keypair(tmp_path / "k", "Office")
    with pytest.raises(InvalidInputError, match="must not be empty"):
        create_auditor_keypair(tmp_path / "k2", "  ")
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    with pytest.raises(InvalidInputError, match="Cannot make the folder") as exc:
        create_auditor_keypair(a_file, "Office")
    assert exc.value.hint and "--out" in exc.value.hint


# Runs ----------------------------------------------------------------------------------------
def _model(name: str, **meta) -> dict:
    mid = new_id("mdl")
    return {
        "id": mid,
        "name": name,
        "kind": "merged" if meta else "imported",
        "path": f"models/{mid}",
        "sha256": "1" * 64,
        "files": {},
        "params": 1,
        "created_at": utc_now(),
        "meta": meta,
    }


def _run(home, catalog, base_id: str, name: str, status: str, *, checkpoint: bool = False) -> str:
    from appliance.tuning import checkpoints
    from appliance.tuning.runs import RunStore

    rid = new_id("run")
    with action(catalog, "test.run"), catalog.atomic():
        RunStore(home, catalog).insert(
            {
                "id": rid,
                "name": name,
                "status": status,
                "method": "lora",
                "base_model_id": base_id,
                "recipe_sha256": "0" * 64,
                "path": f"runs/{rid}",
                "steps_done": 3,
                "total_steps": 6,
                "created_at": utc_now(),
            },
            {base_id: "trained-from"},
        )
    if checkpoint:
        d = checkpoints.checkpoints_dir(home.root / "runs" / rid) / checkpoints.dirname_for(3)
        d.mkdir(parents=True)
        (d / checkpoints.STATE).write_text(json.dumps({"step": 3}))
    return rid


def test_mergeable_and_resumable_runs(home, catalog):
    from appliance.tuning.runs import RunStore

    with action(catalog, "test.model"):
        base = catalog.add_model(_model("base"))
    done = _run(home, catalog, base["id"], "done", RunStatus.COMPLETED, checkpoint=True)
    merged = _run(home, catalog, base["id"], "merged", RunStatus.COMPLETED)
    stopped = _run(home, catalog, base["id"], "stopped", RunStatus.CANCELLED, checkpoint=True)
    _run(home, catalog, base["id"], "broken", RunStatus.FAILED)  # no checkpoint to resume from
    with action(catalog, "test.model"):
        catalog.add_model(_model("merged-model", run_id=merged), parents={merged: "merged-from"})
    store = RunStore(home, catalog)
    assert [r["id"] for r in store.mergeable()] == [done]
    assert [r["id"] for r in store.resumable_runs()] == [stopped]


# Describe and lineage ------------------------------------------------------------------------
def test_describe_and_lineage_of_an_export(home, catalog, datasets, tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text("".join(json.dumps({"instruction": f"q{i}", "output": f"a{i}"}) + "\n" for i in range(10)))
    ds, _report, _created = datasets.import_file(src, name="faq")
    with action(catalog, "test.model"):
        base = catalog.add_model(_model("base"))
    run = _run(home, catalog, base["id"], "tune", RunStatus.COMPLETED)
    with action(catalog, "test.lineage"), catalog.atomic():
        catalog.add_lineage(run, {ds["id"]: "trained-on"})
    with action(catalog, "test.model"):
        merged = catalog.add_model(_model("tuned", run_id=run), parents={run: "merged-from"})
        exp = catalog.add_export(
            {
                "id": new_id("exp"),
                "model_id": merged["id"],
                "quant": "q8_0",
                "path": "exports/x.gguf",
                "sha256": "2" * 64,
                "status": "verified",
                "created_at": utc_now(),
            },
            parents={merged["id"]: "exported-from"},
        )

    assert catalog.describe(exp["id"]) == {"kind": "export", "id": exp["id"], "label": "q8_0 GGUF", "exists": True}
    assert catalog.describe(ds["id"])["label"] == f"faq v{ds['version']}"
    assert catalog.describe(run)["kind"] == "run" and catalog.describe(run)["label"] == "tune"
    gone = new_id("mdl")
    assert catalog.describe(gone) == {"kind": "model", "id": gone, "label": gone, "exists": False}
    assert catalog.describe("xyz-1")["kind"] == "" and not catalog.describe("xyz-1")["exists"]

    chain = catalog.lineage(exp["id"])
    assert [d["id"] for d in chain] == [exp["id"], merged["id"], run, ds["id"], base["id"]]
    assert [d["kind"] for d in chain] == ["export", "model", "run", "dataset", "model"]
    assert len(catalog.lineage(exp["id"], limit=2)) == 2


# Chat ----------------------------------------------------------------------------------------
def test_chat_streams_records_and_says_when_the_context_is_full(served_home):
    from appliance.home import Home
    from appliance.security.vault import Vault
    from appliance.serving.chat import latest_gated_export, open_chat, servable_exports
    from appliance.workspace import unlock

    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        exports = servable_exports(cat)
        assert {e["model_name"] for e in exports} >= {"tiny-llama", "tiny-mistral"}
        exp = next(e for e in exports if e["model_name"] == "tiny-llama")
        assert latest_gated_export(cat, exp["model_id"])["id"] == exp["id"]
        session = open_chat(home, cat, "tiny-llama", n_ctx=256, params={"client": "test"})
        try:
            assert session.export_id == exp["id"]
            pieces = list(session.reply([{"role": "user", "content": "Hi"}], max_tokens=4, temperature=0))
            assert pieces and all(isinstance(p, str) and p for p in pieces)
            with pytest.raises(ServingError, match="context window") as exc:
                list(session.reply([{"role": "user", "content": "word " * 2000}], max_tokens=4))
            assert "new conversation" in exc.value.hint
        finally:
            session.close()
        mk = unlock(Vault(cat), PASSPHRASE)
        try:
            recs = _records(cat, mk, "model.chat")
        finally:
            mk.forget()
    mine = [r for r in recs if (r.get("params") or {}).get("client") == "test"]
    assert mine and mine[-1]["outcome"] == "ok" and mine[-1]["objects"] == [exp["id"], exp["model_id"]]


def test_servable_exports_of_an_empty_catalog(catalog):
    from appliance.serving.chat import latest_gated_export, servable_exports

    assert servable_exports(catalog) == [] and latest_gated_export(catalog, "mdl-none") is None
