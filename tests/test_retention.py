"""Retention (issue 32, docs/retention.md): a rule per kind, ``apply`` as of a later day
crypto-erases exactly the expired datasets, conversations, captured requests and document versions
through their own removal paths (key row gone, sealed file gone, a copy of the file unreadable),
leaves the others, writes one ``retention.erase`` per item, and erases nothing more the second
time; the audit log's minimum, bad rules and a past ``--as-of`` are refused; the CLI does the same."""

from __future__ import annotations

import os
import shutil
import time
from datetime import datetime, timedelta, timezone

import pytest
from conftest import PASSPHRASE, init_workspace, run

from appliance import workspace
from appliance.adapt.capture import CaptureStore, key_object
from appliance.catalog import Catalog
from appliance.data.datasets import DatasetStore
from appliance.errors import InvalidInputError, KeyDestroyedError, NotFoundError
from appliance.home import Home
from appliance.knowledge.store import DocStore
from appliance.samples import SAMPLES
from appliance.security.vault import Vault
from appliance.serving.conversations import ConversationStore
from appliance.system import retention

SUITE = '[suite]\nname = "s"\n[[case]]\nid = "a"\nprompt = "q"\nscorer = { type = "exact", expected = "a" }\n'
FEES = "# Fees\n\nA certified copy of a birth certificate costs 18 credits.\n"
HOURS = "# Hours\n\nThe counters open Monday to Friday from 08:30 to 15:30.\n"
MANUAL = "# Manual\n\nThe archive closes for inventory in March.\n"


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


@pytest.fixture(scope="module")
def template(tmp_path_factory, tokenizer_dirs, bpe_tokenizer) -> dict:
    """One workspace of every kind, copied into each test's home: datasets ``alpha`` (named by
    line ``desk``) and ``beta``; one saved conversation; line ``desk`` capturing, with a request
    made ten days ago and one now; collection ``circulars`` (``fees`` in two versions, ``hours``)
    and ``manuals`` (one document)."""
    import tiny_models

    from appliance.eval.lines import Lines
    from appliance.models.store import ModelStore

    root = tmp_path_factory.mktemp("retention") / "home"
    files = tmp_path_factory.mktemp("retention-files")
    home = init_workspace(root)
    with Catalog.open(home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        ds = DatasetStore(home, cat, mk)
        alpha = ds.import_file(SAMPLES / "kestrel_registry.jsonl", name="alpha", tokenizer=bpe_tokenizer)[0]
        beta = ds.import_file(SAMPLES / "kestrel_registry.jsonl", name="beta", tokenizer=bpe_tokenizer)[0]
        conv = ConversationStore(home, cat, mk).save(
            {"panes": [{"export_id": None, "model": "m", "messages": [{"role": "user", "content": "Which form?"}]}]}
        )
        (files / "s.toml").write_text(SUITE)
        line = Lines(home, cat, mk).create(
            "desk",
            recipe={"run": {"base_model": "tiny"}},
            dataset_ids=[alpha["id"]],
            suites=[str(files / "s.toml")],
            gate={"min_pass_rate": 0},
            base_model_id="mdl-none",
            source="test",
        )
        cap = CaptureStore(home, cat, mk)
        cap.configure("desk", enabled=True)
        ago = _iso(datetime.now(timezone.utc) - timedelta(days=10))
        old = cap.record(line["id"], {"source": "api", "messages": [{"role": "user", "content": "q1"}], "at": ago})
        new = cap.record(line["id"], {"source": "api", "messages": [{"role": "user", "content": "q2"}], "answer": "a"})
        ModelStore(home, cat).import_path(
            tiny_models.build_llama(tokenizer_dirs["bpe"], files / "tiny-llama"), name="tiny-llama"
        )
        docs = DocStore(home, cat, mk)
        for name in ("circulars", "manuals"):
            docs.create_collection(name, tokenizer_model="tiny-llama", chunk_tokens=64, overlap=8)
        for name, body in (("fees.md", FEES), ("hours.md", HOURS), ("manual.md", MANUAL)):
            (files / name).write_text(body, encoding="utf-8")
        docs.import_files("circulars", [files / "fees.md", files / "hours.md"])
        (files / "fees.md").write_text(FEES.replace("18", "22"), encoding="utf-8")
        docs.import_files("circulars", [files / "fees.md"])  # fees v1 is superseded now
        docs.import_files("manuals", [files / "manual.md"])
        mk.forget()
    return {
        "root": root,
        "alpha": alpha["id"],
        "beta": beta["id"],
        "conversation": conv["id"],
        "line": line["id"],
        "old": old["id"],
        "new": new["id"],
    }


@pytest.fixture
def world(home_dir, template):
    """The template in this test's home, opened and unlocked."""
    shutil.copytree(template["root"], home_dir, dirs_exist_ok=True)
    home = Home.open(home_dir)
    with Catalog.open(home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        yield {**template, "home": home, "catalog": cat, "keys": mk}
        mk.forget()


def _records(cat, mk, name: str) -> list[dict]:
    from appliance.audit.log import AuditLog

    log = AuditLog(cat)
    return [r for r in log.verify(audit_private=log.audit_private_key(mk)).decrypted if r["action"] == name]


def _later(days: float) -> datetime:
    return datetime.now(timezone.utc) + timedelta(days=days)


def _rules(home, cat) -> None:
    retention.set_rule(home, cat, "datasets", "alpha", 10)
    retention.set_rule(home, cat, "datasets", "beta", 30)
    retention.set_rule(home, cat, "conversations", "*", 10)
    retention.set_rule(home, cat, "capture", "desk", 12)
    retention.set_rule(home, cat, "collections", "circulars", 10)


def _doc_rows(cat, collection: str) -> list[dict]:
    col = next(cat.db["collections"].rows_where("name = ?", [collection]))
    return list(cat.db["doc_versions"].rows_where("collection_id = ?", [col["id"]]))


def test_apply_erases_exactly_what_expired_through_each_removal_path(world, tmp_path):
    home, cat, mk = world["home"], world["catalog"], world["keys"]
    _rules(home, cat)
    circulars = _doc_rows(cat, "circulars")
    assert sorted(r["state"] for r in circulars) == ["current", "current", "superseded"]
    alpha = cat.db["datasets"].get(world["alpha"])
    conv = cat.db["conversations"].get(world["conversation"])
    new_item = cat.db["capture_items"].get(world["new"])
    copies = {}  # copies of the sealed files taken before: unreadable once the keys are gone
    for oid, row in [(alpha["id"], alpha), (conv["id"], conv), *[(r["id"], r) for r in circulars]]:
        copies[oid] = tmp_path / f"{oid}.sealed"
        shutil.copy(home.root / row["path"], copies[oid])

    # Five days on: only the request made ten days ago is past its line's twelve.
    assert [(i["kind"], i["id"]) for i in retention.due(home, cat, _later(5))] == [("capture", world["old"])]
    erased = retention.apply(home, cat, mk, now=_later(5))
    assert [i["id"] for i in erased] == [world["old"]] and erased[0]["age_days"] >= 15
    with pytest.raises(NotFoundError):
        CaptureStore(home, cat, mk).find(world["old"])
    assert not (home.root / "capture" / world["line"] / f"{world['old']}.sealed").exists()

    # Fifteen days on: alpha, the conversation, the newer request and every version in circulars.
    erased = retention.apply(home, cat, mk, now=_later(15))
    expected = {world["alpha"], world["conversation"], world["new"], *[r["id"] for r in circulars]}
    assert {i["id"] for i in erased} == expected and len(erased) == len(expected)
    [a] = [i for i in erased if i["id"] == world["alpha"]]
    assert a["referenced_by"] == [world["line"]]  # still erased: the line's history keeps the id

    for oid in (alpha["id"], conv["id"], *[r["id"] for r in circulars]):
        assert cat.db["data_keys"].count_where("object_id = ?", [oid]) == 0
    assert not (home.root / alpha["path"]).exists() and not (home.root / conv["path"]).exists()
    assert not (home.root / new_item["path"]).exists() and cat.db["capture_items"].count == 0
    assert not any((home.root / r["path"]).exists() for r in circulars)
    ds = DatasetStore(home, cat, mk)
    with pytest.raises(NotFoundError):
        ds.read_records(world["alpha"])
    with pytest.raises(KeyDestroyedError):
        ds.vault.data_key(mk, alpha["key_id"], alpha["id"])
    with pytest.raises(NotFoundError):
        ConversationStore(home, cat, mk).load(world["conversation"])
    docs = DocStore(home, cat, mk)
    for r in circulars:
        with pytest.raises(KeyDestroyedError):
            docs.open_segment({**r, "path": os.path.relpath(copies[r["id"]], home.root)})
    with pytest.raises(KeyDestroyedError):
        ds.vault.data_key(mk, conv["key_id"], conv["id"])

    # What no rule covers, or covers for longer, is whole.
    assert len(ds.read_records(world["beta"])) > 0
    [manual] = _doc_rows(cat, "manuals")
    assert docs.open_segment(manual).meta["name"] == "manual"
    assert cat.db["data_keys"].count_where("object_id = ?", [key_object(world["line"])]) == 1  # capture is on

    # The audit trail: one retention.erase per item (kind, object, rule, age), inside two applies.
    records = _records(cat, mk, "retention.erase")
    assert len(records) == 1 + len(expected)
    assert {r["objects"][0] for r in records} == expected | {world["old"]}
    for r in records:
        assert r["outcome"] == "ok" and r["within"] == "retention.apply"
        assert r["params"]["kind"] in retention.KINDS and r["params"]["age_days"] >= r["params"]["rule"]["days"]
    [ra] = [r for r in records if r["objects"][0] == world["alpha"]]
    assert ra["params"]["rule"] == {"target": "alpha", "days": 10} and ra["params"]["referenced_by"] == [world["line"]]
    removes = _records(cat, mk, "dataset.remove")
    assert [r["within"] for r in removes] == ["retention.erase"]
    assert [r["outputs"]["erased"] for r in _records(cat, mk, "retention.apply")] == [1, len(expected)]

    # Idempotent: nothing more is due, nothing more is erased or recorded.
    assert retention.apply(home, cat, mk, now=_later(15)) == []
    assert len(_records(cat, mk, "retention.erase")) == 1 + len(expected)


def test_a_line_that_stopped_capturing_loses_its_key_and_leftovers_are_swept(world):
    home, cat, mk = world["home"], world["catalog"], world["keys"]
    retention.set_rule(home, cat, "capture", "*", 12)
    folder = home.root / "capture" / world["line"]
    # A file a killed removal left (no row names it), a day old: the line's key still opens it.
    leftover = folder / "cap-leftover.sealed"
    shutil.copy(folder / f"{world['new']}.sealed", leftover)
    os.utime(leftover, (time.time() - 2 * 86400,) * 2)
    fresh = folder / "cap-recording.sealed"  # one being recorded right now: left alone
    shutil.copy(folder / f"{world['new']}.sealed", fresh)
    erased = retention.apply(home, cat, mk, now=_later(5))
    assert {i["id"] for i in erased} == {world["old"], "cap-leftover"}
    assert not leftover.exists() and fresh.exists()
    fresh.unlink()
    assert [r["params"].get("leftover") for r in _records(cat, mk, "retention.erase")] == [None, True]

    kept = home.root.parent / "kept.sealed"
    item = cat.db["capture_items"].get(world["new"])
    shutil.copy(home.root / item["path"], kept)
    CaptureStore(home, cat, mk).configure("desk", enabled=False)
    erased = retention.apply(home, cat, mk, now=_later(15))
    assert [i["id"] for i in erased] == [world["new"], key_object(world["line"])]
    assert cat.db["data_keys"].count_where("object_id = ?", [key_object(world["line"])]) == 0
    assert not folder.exists()
    with pytest.raises(KeyDestroyedError):  # the copy taken before: its line's key is gone
        Vault(cat).data_key(mk, item["key_id"], key_object(world["line"]))
    assert retention.apply(home, cat, mk, now=_later(15)) == []


def test_rules_are_checked_and_the_audit_log_keeps_its_six_months(world):
    home, cat, mk = world["home"], world["catalog"], world["keys"]
    [audit] = [r for r in retention.rules(cat) if r["kind"] == "audit"]
    assert audit["days"] == retention.AUDIT_MIN_DAYS == 183 and audit["default"]
    with pytest.raises(InvalidInputError, match="at least 183 days"):
        retention.set_rule(home, cat, "audit", "*", 182)
    retention.set_rule(home, cat, "audit", "*", 365)
    [audit] = [r for r in retention.rules(cat) if r["kind"] == "audit"]
    assert audit["days"] == 365 and not audit.get("default") and audit["created_by"]
    for kind, target, days, said in [
        ("datasets", "alpha", 0, "1 to 36525 days"),
        ("datasets", "alpha", -3, "1 to 36525 days"),
        ("models", "*", 30, "not a kind"),
        ("conversations", "cv-1", 30, "its target is \\*"),
        ("datasets", "", 30, "not a target"),
    ]:
        with pytest.raises(InvalidInputError, match=said):
            retention.set_rule(home, cat, kind, target, days)
    with pytest.raises(InvalidInputError, match="not applied as of a past time"):
        retention.apply(home, cat, mk, now=datetime.now(timezone.utc) - timedelta(days=1))
    with pytest.raises(InvalidInputError, match="past time"):
        retention.due(home, cat, datetime.now(timezone.utc) - timedelta(hours=2))
    with pytest.raises(NotFoundError):
        retention.clear_rule(home, cat, "datasets", "nothing")

    retention.set_rule(home, cat, "datasets", "*", 40)
    retention.set_rule(home, cat, "datasets", "alpha", 10)  # a named rule wins over the kind's *
    assert [i["id"] for i in retention.due(home, cat, _later(15))] == [world["alpha"]]
    retention.set_rule(home, cat, "datasets", "alpha", 20)  # set again: replaced
    assert retention.due(home, cat, _later(15)) == []
    retention.clear_rule(home, cat, "datasets", "alpha")
    retention.clear_rule(home, cat, "audit", "*")  # back to the minimum
    kinds = [(r["kind"], r["target"], r["days"]) for r in retention.rules(cat)]
    assert kinds == [("datasets", "*", 40), ("audit", "*", 183)]
    sets = _records(cat, mk, "retention.set")
    assert [r["params"]["days"] for r in sets] == [365, 40, 10, 20]
    assert sets[-1]["params"]["before"] == 10 and sets[-1]["outcome"] == "ok"
    assert [r["params"]["target"] for r in _records(cat, mk, "retention.clear")] == ["alpha", "*"]
    assert retention.rules(cat)[0]["created_by"]


def test_the_command_line_sets_shows_and_applies(world, capsys):
    later = _later(15).date().isoformat()
    assert run(capsys, "retention", "set", "datasets", "alpha", "10")[0] == 0
    assert run(capsys, "retention", "set", "conversations", "*", "10")[0] == 0
    code, _out, err = run(capsys, "retention", "set", "audit", "*", "90")
    assert code == 4 and "at least 183 days" in err
    code, out, _err = run(capsys, "retention", "show")
    assert code == 0 and "alpha" in out and "183" in out and "Nothing is due" in out
    code, out, _err = run(capsys, "retention", "apply", "--dry-run", "--as-of", later)
    assert code == 0 and "2 item(s) due" in out and world["alpha"] in out
    assert world["alpha"] in {r["id"] for r in world["catalog"].db["datasets"].rows}  # a dry run erases nothing
    code, out, _err = run(capsys, "retention", "apply", "--as-of", later)
    assert code == 0 and "Erased 2 item(s)." in out
    assert f"erased datasets alpha@1 ({world['alpha']})" in out and world["line"] in out
    code, out, _err = run(capsys, "retention", "apply", "--as-of", later)
    assert code == 0 and "Erased 0 item(s)." in out
    code, _out, err = run(capsys, "retention", "apply", "--as-of", "2000-01-01")
    assert code == 4 and "past time" in err
    code, _out, err = run(capsys, "retention", "apply", "--as-of", "soon")
    assert code == 4 and "not a date" in err
    assert run(capsys, "retention", "clear", "datasets", "alpha")[0] == 0
    assert run(capsys, "retention", "clear", "datasets", "alpha")[0] == 3


def test_a_kill_midway_leaves_each_item_whole_or_erased(world, capsys):
    """``retention apply`` killed for real (SIGKILL) just after a dataset's key and row went, before
    its file did: that version is erased (no key opens the file left; the next command's recovery
    removes it), the conversation not reached yet is whole, and the next apply erases it."""
    import signal
    import subprocess
    import sys

    home, cat, mk = world["home"], world["catalog"], world["keys"]
    retention.set_rule(home, cat, "datasets", "alpha", 10)
    retention.set_rule(home, cat, "conversations", "*", 10)
    alpha = cat.db["datasets"].get(world["alpha"])
    later = _later(15).date().isoformat()
    env = {**os.environ, "APPLIANCE_HOME": str(home.root), "APPLIANCE_FAULT": "dataset.remove.row-deleted"}
    p = subprocess.run(
        [sys.executable, "-m", "appliance", "retention", "apply", "--as-of", later],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == -signal.SIGKILL, p.stderr
    assert cat.db["datasets"].count_where("id = ?", [alpha["id"]]) == 0
    assert cat.db["data_keys"].count_where("object_id = ?", [alpha["id"]]) == 0
    assert (home.root / alpha["path"]).exists()  # left by the kill; no key can open it
    assert ConversationStore(home, cat, mk).load(world["conversation"])["panes"]  # not reached: whole
    [removed] = _records(cat, mk, "dataset.remove")
    assert removed["within"] == "retention.erase"  # its record committed with the key's destruction

    code, out, err = run(capsys, "retention", "apply", "--as-of", later)
    assert code == 0 and "Erased 1 item(s)." in out and world["conversation"] in out
    assert "Removed datasets/" in err  # recovery, before the command ran
    assert not (home.root / alpha["path"]).exists()
    assert cat.db["conversations"].count == 0


def test_with_people_rules_are_an_admins_and_a_policy_can_ask_a_second_person(world, capsys, tmp_path):
    """In a workspace with people (docs/governance.md): an operator may apply retention but not
    set a rule; once the policy names ``retention.set``, an admin's rule waits for an approver."""
    files = {}
    for name, secret in (("alice", PASSPHRASE), ("bob", "bob's long passphrase"), ("olga", "olga's long passphrase")):
        files[name] = tmp_path / f"{name}.pass"
        files[name].write_text(secret)

    def as_(who):
        return ["--as", who, "--passphrase-file", str(files[who])]

    assert run(capsys, "--passphrase-file", str(files["alice"]), "people", "init", "alice")[0] == 0
    for name, role in (("bob", "approver"), ("olga", "operator")):
        code, _out, err = run(
            capsys, *as_("alice"), "people", "add", name, "--role", role, "--new-passphrase-file", str(files[name])
        )
        assert code == 0, err
    code, _out, err = run(capsys, *as_("olga"), "retention", "set", "datasets", "alpha", "10")
    assert code == 23 and "may not do retention.set" in err
    assert run(capsys, *as_("alice"), "retention", "set", "datasets", "alpha", "10")[0] == 0
    policy = tmp_path / "policy.toml"
    required = '"line.promote", "adapt.promote", "dataset.export", "audit.add-auditor", "policy.set", "retention.set"'
    policy.write_text(f"[approvals]\nrequired = [{required}]\nvalid_hours = 24\n")
    code, _out, err = run(capsys, *as_("alice"), "policy", "set", str(policy))
    assert code == 24, err
    assert run(capsys, *as_("bob"), "approvals", "approve", err.split("request ")[1].split(" ")[0])[0] == 0
    assert run(capsys, *as_("alice"), "policy", "set", str(policy))[0] == 0

    code, _out, err = run(capsys, *as_("alice"), "retention", "set", "datasets", "alpha", "5")
    assert code == 24 and "Nothing was changed" in err
    assert world["catalog"].db["retention_rules"].get(("datasets", "alpha"))["days"] == 10
    assert run(capsys, *as_("bob"), "approvals", "approve", err.split("request ")[1].split(" ")[0])[0] == 0
    assert run(capsys, *as_("alice"), "retention", "set", "datasets", "alpha", "5")[0] == 0
    assert world["catalog"].db["retention_rules"].get(("datasets", "alpha"))["days"] == 5
    code, out, err = run(capsys, *as_("olga"), "retention", "apply", "--as-of", _later(6).date().isoformat())
    assert code == 0 and "Erased 1 item(s)." in out, err
