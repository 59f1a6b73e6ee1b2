"""People, roles and four-eyes approvals, end to end through the command line (docs/governance.md).

Real keys (Argon2id at the test parameters), the real catalog and audit log, a real tiny model
evaluated through the real gate; the offline approver is the real ``appliance-audit approve``.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import PASSPHRASE, run

SUITE = '[suite]\nname = "s"\n[[case]]\nid = "a"\nprompt = "q"\nscorer = { type = "exact", expected = "a" }\n'


@pytest.fixture
def gov(home, tmp_path):
    """Passphrase files of alice (admin), bob (approver) and olga (operator)."""
    files = {}
    for name, secret in (("alice", PASSPHRASE), ("bob", "bob's long passphrase"), ("olga", "olga's long passphrase")):
        files[name] = tmp_path / f"{name}.pass"
        files[name].write_text(secret)
    return {k: str(v) for k, v in files.items()}


def audit_tool(argv: list[str]):
    """``appliance-audit ARGV`` as its own program, as an approver runs it on their machine (it
    installs the native-stack guard in its process, so never in the test process)."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "appliance.cli.auditor", *argv], capture_output=True, text=True)


def as_(gov, who):
    return ["--as", who, "--passphrase-file", gov[who]]


def _catalog(home):
    from appliance.catalog import Catalog

    return Catalog.open(home)


def _records(home):
    from appliance.audit.log import AuditLog
    from appliance.audit.people import People

    with _catalog(home) as cat:
        opened = People(cat).open("alice", PASSPHRASE)
        log = AuditLog(cat)
        res = log.verify(audit_private=log.audit_private_key(opened.mk))
        opened.forget()
        return res


@pytest.mark.heavy  # the tiny model exported and evaluated through the gate: ~45 s
def test_two_people_the_operators_promotion_waits_for_the_approvers_signature(home, gov, capsys, tmp_path, tiny_dirs):
    from appliance import workspace
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore
    from appliance.security.vault import Vault

    with _catalog(home) as cat:
        ModelStore(home, cat).import_path(tiny_dirs["llama"], name="tiny")
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        Exporter(home, cat, mk).export("tiny", "f16")
        mk.forget()
    # A single-passphrase workspace migrates: its passphrase holder becomes admin alice.
    code, out, err = run(capsys, "--passphrase-file", gov["alice"], "people", "init", "alice")
    assert code == 0, err
    # The old passphrase alone no longer opens anything without saying who.
    code, out, err = run(capsys, *as_(gov, "alice"), "policy", "set", str(_policy(tmp_path)))
    assert code == 23 and "lock every admin out" in err  # nobody else could approve the next change
    for name, role in (("bob", "approver"), ("olga", "operator")):
        code, out, err = run(
            capsys, *as_(gov, "alice"), "people", "add", name, "--role", role, "--new-passphrase-file", gov[name]
        )
        assert code == 0, err
    code, out, err = run(capsys, "people", "list", "--json")
    assert {p["name"]: p["role"] for p in json.loads(out)} == {"alice": "admin", "bob": "approver", "olga": "operator"}
    # Role escalation through the command line is refused, and nothing changes.
    code, out, err = run(capsys, *as_(gov, "olga"), "people", "role", "olga", "admin")
    assert code == 23 and "olga (operator) may not do people.role" in err
    code, out, err = run(
        capsys, *as_(gov, "olga"), "people", "add", "eve", "--role", "admin", "--new-passphrase-file", gov["olga"]
    )
    assert code == 23
    # The operator makes a line and asks for production: the gate passes, the approval is missing.
    suite, recipe, gate = tmp_path / "s.toml", tmp_path / "r.toml", tmp_path / "g.toml"
    suite.write_text(SUITE)
    recipe.write_text('[run]\nbase_model = "tiny"\n')
    gate.write_text("[gate]\nmin_pass_rate = 0.0\n")
    code, out, err = run(
        capsys,
        *as_(gov, "olga"),
        "lines",
        "create",
        "x",
        "--recipe",
        str(recipe),
        "--suite",
        str(suite),
        "--gate",
        str(gate),
    )
    assert code == 0, err
    code, out, err = run(capsys, *as_(gov, "olga"), "promote", "x", "tiny")
    assert code == 24 and "needs a second person's approval" in err and "Nothing was changed" in err, err
    request_id = err.split("request ")[1].split(" ")[0]
    with _catalog(home) as cat:
        from appliance.eval.lines import Lines

        assert Lines(home, cat).get("x")["channels"] == {}
        assert json.loads(cat.db["approvals"].get(request_id)["binding"])["model_sha256"]
    # The adaptation loop's automatic promotion asks under its own name: a separate request.
    with _catalog(home) as cat:
        from appliance.audit import roles
        from appliance.audit.people import People
        from appliance.errors import ApprovalRequired

        olga = People(cat).open("olga", "olga's long passphrase")
        roles.set_person(olga.person)
        try:
            with pytest.raises(ApprovalRequired) as exc:
                Lines(home, cat, olga.mk).promote("x", "tiny", initiator="adapt")
        finally:
            roles.set_person(None)
            olga.forget()
        assert exc.value.request_id != request_id
        assert cat.db["approvals"].get(exc.value.request_id)["action"] == "adapt.promote"
    # Asking again reuses the waiting request; the requester may not decide it, an operator never.
    code, out, err = run(capsys, *as_(gov, "olga"), "promote", "x", "tiny")
    assert code == 24 and request_id in err
    code, out, err = run(capsys, *as_(gov, "olga"), "approvals", "approve", request_id)
    assert code == 23 and "olga (operator) may not do approval.decide" in err
    # The approver signs; the operator's promotion now goes through, once.
    code, out, err = run(capsys, *as_(gov, "bob"), "approvals", "approve", request_id, "--note", "read the report")
    assert code == 0 and "approved" in out, err
    code, out, err = run(capsys, *as_(gov, "olga"), "promote", "x", "tiny")
    assert code == 0, err
    code, out, err = run(capsys, "approvals", "list", "--json")
    assert [r["status"] for r in json.loads(out) if r["id"] == request_id] == ["used"]
    # The policy itself changes only with a second person: an admin may not approve their own request.
    code, out, err = run(capsys, *as_(gov, "alice"), "policy", "set", str(_policy(tmp_path)))
    assert code == 24, err
    policy_request = err.split("request ")[1].split(" ")[0]
    code, out, err = run(capsys, *as_(gov, "alice"), "approvals", "approve", policy_request)
    assert code == 23 and "may not decide it: a second person must" in err
    assert run(capsys, *as_(gov, "bob"), "approvals", "approve", policy_request)[0] == 0
    code, out, err = run(capsys, *as_(gov, "alice"), "policy", "set", str(_policy(tmp_path)))
    assert code == 0 and "Policy version 1" in out, err
    assert '"people.add"' in run(capsys, "policy", "show")[1]
    # The auditor's verifier checks every signature, binding and use.
    res = _records(home)
    assert res.ok, [str(f) for f in res.findings]
    actions = [r["action"] for r in res.decrypted]
    assert {"people.init", "people.add", "approval.request", "approval.decide", "line.promote"} <= set(actions)
    promote = [r for r in res.decrypted if r["action"] == "line.promote" and r["outcome"] == "ok"][-1]
    assert promote["actor"]["person"] == "olga" and promote["outputs"]["approval"]["id"] == request_id
    denied = [r for r in res.decrypted if r["action"] == "people.role"]
    assert denied and denied[0]["outcome"] == "denied" and denied[0]["actor"]["person"] == "olga"


def _policy(tmp_path):
    p = tmp_path / "policy.toml"
    p.write_text(
        '[approvals]\nrequired = ["line.promote", "adapt.promote", "dataset.export", "audit.add-auditor", "policy.set", "people.add"]\nvalid_hours = 24\n'
    )
    return p


def _people(capsys, gov):
    assert run(capsys, "--passphrase-file", gov["alice"], "people", "init", "alice")[0] == 0
    for name, role in (("bob", "approver"), ("olga", "operator")):
        code, out, err = run(
            capsys, *as_(gov, "alice"), "people", "add", name, "--role", role, "--new-passphrase-file", gov[name]
        )
        assert code == 0, err


def test_an_approval_signed_offline_by_file_and_every_bad_one_refused(home, gov, capsys, tmp_path):
    _people(capsys, gov)
    data = tmp_path / "d.jsonl"
    data.write_text('{"prompt": "p", "completion": "c"}\n' * 3)
    assert run(capsys, *as_(gov, "olga"), "datasets", "import", str(data), "--name", "d")[0] == 0
    dest = tmp_path / "plain.jsonl"
    code, out, err = run(capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", str(dest))
    assert code == 24 and not dest.exists(), err
    request_id = err.split("request ")[1].split(" ")[0]
    req = tmp_path / "req.json"
    assert run(capsys, *as_(gov, "olga"), "approvals", "request", request_id, "-o", str(req))[0] == 0
    # The approver takes their key away (it still opens only with their passphrase) and signs offline.
    bob_key, olga_key = tmp_path / "bob.key", tmp_path / "olga.key"
    assert run(capsys, *as_(gov, "bob"), "people", "key-file", "bob", "-o", str(bob_key))[0] == 0
    code, out, err = run(capsys, *as_(gov, "bob"), "people", "key-file", "olga", "-o", str(olga_key))
    assert code == 13 and not olga_key.exists()  # only olga's own passphrase takes olga's key
    assert run(capsys, *as_(gov, "olga"), "people", "key-file", "olga", "-o", str(olga_key))[0] == 0
    dec = tmp_path / "dec.json"
    r = audit_tool(["approve", str(req), "--key", str(olga_key), "-o", str(dec), "--passphrase-file", gov["olga"]])
    assert r.returncode == 23 and not dec.exists()  # the requester may not sign their own request
    r = audit_tool(["approve", str(req), "--key", str(bob_key), "-o", str(dec), "--passphrase-file", gov["olga"]])
    assert r.returncode == 13 and not dec.exists()
    r = audit_tool(["approve", str(req), "--key", str(bob_key), "-o", str(dec), "--passphrase-file", gov["bob"]])
    assert r.returncode == 0, r.stdout + r.stderr
    good = json.loads(dec.read_text())
    # Forged (a field changed after signing), for another request, and signed by the requester: refused.
    forged = dict(good, note="approved by the board")
    other = dict(good, request_id="apr-00000000")
    for doc, code_, words in ((forged, 25, "signature does not verify"), (other, 3, "No approval request")):
        f = tmp_path / "bad.json"
        f.write_text(json.dumps(doc))
        code, out, err = run(capsys, *as_(gov, "olga"), "approvals", "import", str(f))
        assert code == code_ and words in err, err
    code, out, err = run(capsys, *as_(gov, "olga"), "approvals", "import", str(dec))
    assert code == 0 and "approved" in out, err
    code, out, err = run(capsys, *as_(gov, "olga"), "approvals", "import", str(dec))
    assert code == 25 and "not waiting" in err  # replayed
    # An approval for another destination does not fit this one.
    code, out, err = run(
        capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", str(tmp_path / "elsewhere.jsonl")
    )
    assert code == 24
    code, out, err = run(capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", str(dest))
    assert code == 0 and dest.exists(), err
    code, out, err = run(capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", str(dest))
    assert code == 24  # used once
    res = _records(home)
    assert res.ok, [str(f) for f in res.findings]


def test_expired_and_removed_signers_approvals_do_not_hold(home, gov, capsys, tmp_path):
    _people(capsys, gov)
    data = tmp_path / "d.jsonl"
    data.write_text('{"prompt": "p", "completion": "c"}\n')
    assert run(capsys, *as_(gov, "olga"), "datasets", "import", str(data), "--name", "d")[0] == 0
    dest = str(tmp_path / "plain.jsonl")
    err = run(capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", dest)[2]
    first = err.split("request ")[1].split(" ")[0]
    assert run(capsys, *as_(gov, "bob"), "approvals", "approve", first)[0] == 0
    # Time passes (the clock cannot be moved; the request's expiry is): an expired approval is not used.
    db = sqlite3.connect(home.root / "catalog.db")
    db.execute("UPDATE approvals SET expires_at = '2020-01-01T00:00:00Z' WHERE id = ?", [first])
    db.commit()
    db.close()
    code, out, err = run(capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", dest)
    assert code == 24 and first not in err  # a new request
    second = err.split("request ")[1].split(" ")[0]
    assert run(capsys, *as_(gov, "bob"), "approvals", "approve", second)[0] == 0
    # Bob is removed: his key opens nothing, and his approval no longer holds.
    assert run(capsys, *as_(gov, "alice"), "people", "remove", "bob")[0] == 0
    code, out, err = run(capsys, *as_(gov, "bob"), "approvals", "approve", second)
    assert code == 23 and "was removed" in err
    code, out, err = run(capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", dest)
    assert code == 25 and "was removed" in err
    code, out, err = run(capsys, *as_(gov, "olga"), "datasets", "export", "d", "--yes", "--to", dest)
    assert code == 24 and second not in err  # the void approval is set aside: a new request
    # The last admin cannot be removed or demoted.
    code, out, err = run(capsys, *as_(gov, "alice"), "people", "role", "alice", "operator")
    assert code == 23 and "lock every admin out" in err
    res = _records(home)
    assert res.ok, [str(f) for f in res.findings]


def test_the_verifier_finds_a_forged_approval_written_into_the_log(home, gov, capsys, tmp_path):
    """Someone with the master key and a changed appliance writes a well-chained record whose
    approval nobody signed: the auditor's verifier names it."""
    from appliance.audit.log import AuditLog

    _people(capsys, gov)
    with _catalog(home) as cat:
        log = AuditLog(cat)
        base = {
            "time": "2026-12-07T00:00:00Z",
            "actor": {"user": "x"},
            "objects": [],
            "inputs": {},
            "params": {"channel": "production"},
        }
        log.append(base | {"action": "line.promote", "outcome": "ok", "outputs": {"passed": True}})
        log.append(base | {"action": "dataset.export", "outcome": "ok", "outputs": {"approval": {"id": "apr-forged"}}})
        log.promote_head()
    res = _records(home)
    problems = [str(f) for f in res.findings if f.kind == "approval"]
    assert any("line.promote succeeded without a second person's approval" in p for p in problems), problems
    assert any("apr-forged, which no valid decision" in p for p in problems), problems
    assert not res.ok


def test_an_auditor_reads_evidence_and_changes_nothing(home, gov, capsys, tmp_path):
    _people(capsys, gov)
    audrey = tmp_path / "audrey.pass"
    audrey.write_text("audrey's long passphrase")
    gov["audrey"] = str(audrey)
    assert (
        run(
            capsys,
            *as_(gov, "alice"),
            "people",
            "add",
            "audrey",
            "--role",
            "auditor",
            "--new-passphrase-file",
            gov["audrey"],
        )[0]
        == 0
    )
    data = tmp_path / "d.jsonl"
    data.write_text('{"prompt": "p", "completion": "c"}\n')
    code, out, err = run(capsys, *as_(gov, "audrey"), "datasets", "import", str(data), "--name", "d")
    assert code == 23 and "audrey (auditor) may not do dataset.import" in err
    code, out, err = run(capsys, *as_(gov, "audrey"), "audit", "verify", "--decrypt")
    assert code == 0, err
    with _catalog(home) as cat:
        assert cat.db["datasets"].count == 0
    # A wrong passphrase for a person is refused as such (13) and recorded, naming who was claimed.
    code, out, err = run(
        capsys, "--as", "audrey", "--passphrase-file", gov["bob"], "datasets", "import", str(data), "--name", "d"
    )
    assert code == 13 and "Wrong passphrase for audrey" in err


def test_a_new_workspace_with_an_admin_and_a_session_for_that_person(fresh_home, pfile, capsys, tmp_path):
    gov = {"alice": pfile}
    code, out, err = run(capsys, "--passphrase-file", gov["alice"], "init", "--admin", "alice")
    assert code == 0, err
    code, out, err = run(capsys, "--as", "alice", "--passphrase-file", gov["alice"], "unlock")
    assert code == 0, err
    try:
        data = tmp_path / "d.jsonl"
        data.write_text('{"prompt": "p", "completion": "c"}\n')
        code, out, err = run(capsys, "datasets", "import", str(data), "--name", "d")  # the session's person acts
        assert code == 0, err
        with _catalog(fresh_home) as cat:
            from appliance.audit.log import AuditLog
            from appliance.audit.people import People

            opened = People(cat).open("alice", PASSPHRASE)
            log = AuditLog(cat)
            recs = log.verify(audit_private=log.audit_private_key(opened.mk)).decrypted
            opened.forget()
            assert cat.db["master_keys"].get(cat.db["people"].get(opened.person["id"])["mk_id"])["wrapped"] == b""
        imported = [r for r in recs if r["action"] == "dataset.import"]
        assert imported[0]["actor"]["person"] == "alice" and imported[0]["actor"]["role"] == "admin"
    finally:
        assert run(capsys, "lock")[0] == 0


def test_own_passphrase_change_and_a_rotation_that_needs_nobody_elses_passphrase(home, gov, capsys, tmp_path):
    _people(capsys, gov)
    data = tmp_path / "d.jsonl"
    data.write_text('{"prompt": "p", "completion": "c"}\n')
    assert run(capsys, *as_(gov, "olga"), "datasets", "import", str(data), "--name", "d")[0] == 0
    new = tmp_path / "bob.new"
    new.write_text("bob's brand new passphrase")
    code, out, err = run(
        capsys, *as_(gov, "bob"), "keys", "passwd", "--new-passphrase-file", str(new), "--drop-key-file"
    )
    assert code == 4 and "key file cannot be changed" in err
    code, out, err = run(capsys, *as_(gov, "bob"), "keys", "passwd", "--new-passphrase-file", str(new))
    assert code == 0, err
    code, out, err = run(capsys, *as_(gov, "bob"), "approvals", "list")
    assert code == 0  # reading needs no keys
    code, out, err = run(
        capsys, "--as", "bob", "--passphrase-file", gov["bob"], "people", "key-file", "bob", "-o", str(tmp_path / "k")
    )
    assert code == 13  # the old passphrase opens nothing any more
    # alice rotates the master key: sealed to every active person from their public keys alone.
    assert run(capsys, *as_(gov, "alice"), "people", "remove", "olga", "--rotate")[0] == 0
    with _catalog(home) as cat:
        from appliance.audit.people import People
        from appliance.data.datasets import DatasetStore

        people = People(cat)
        bob = people.open("bob", "bob's brand new passphrase")  # sealed to bob without his passphrase
        current = next(cat.db["master_keys"].rows_where("status = 'current'"))["mk_id"]
        assert bob.mk.mk_id == current
        from appliance.audit import roles

        alice = people.open("alice", PASSPHRASE)
        roles.set_person(alice.person)
        try:  # the data imported before the rotation opens under the new master key
            for mk in (alice.mk, bob.mk):  # each person's sealed copy of the new key opens it
                rows = DatasetStore(home, cat, mk).read_records("d")
                assert len(rows) == 1 and '"c"' in json.dumps(rows)
        finally:
            roles.set_person(None)
        assert cat.db["people"].get(people.row("olga")["id"])["sealed_mk"] is None
