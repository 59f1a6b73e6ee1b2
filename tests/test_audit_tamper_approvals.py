"""The tamper suite's approvals: an insider with the master key and a changed appliance writes
well-chained, appliance-signed records that claim approvals nobody gave. The chain, the Merkle
tree and the checkpoints all verify (the appliance signed them); the auditor's check of people
and approvals (``verify_approvals``) must name each forgery, in the live log and in an exported
evidence package read with only the auditor's key.
"""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE, init_workspace

from appliance.audit import approval_docs as docs
from appliance.audit import people, roles
from appliance.audit.actions import action
from appliance.audit.log import AuditLog
from appliance.audit.package import verify_package
from appliance.catalog import Catalog

T0, LATER = "2026-12-07T08:00:00Z", "2026-12-07T09:00:00Z"


@pytest.fixture
def gov(tmp_path):
    """A workspace with alice (admin), bob (approver), olga (operator); an auditor; a legitimately
    decided request (its records written through the appliance); everyone's signing keys."""
    from appliance.cli.auditor import keygen_files

    home = init_workspace(tmp_path / "home")
    key, pub = keygen_files(tmp_path / "auditor", "Inspectorate", None)
    cat = Catalog.open(home)
    with action(cat, "audit.add-auditor"), cat.atomic():  # before people: no second person needed yet
        from appliance import workspace
        from appliance.security.vault import Vault

        AuditLog(cat).add_auditor(workspace.unlock(Vault(cat), PASSPHRASE), pub.read_text())
    alice = people.init(cat, PASSPHRASE, "alice")
    for name, role in (("bob", "approver"), ("olga", "operator")):
        people.add(cat, alice, name, role, f"{name}'s long passphrase")
    opened = {"alice": alice}
    for name in ("bob", "olga"):
        opened[name] = people.People(cat).open(name, f"{name}'s long passphrase")
    roles.set_person(None)
    request = _request("apr-good", opened["olga"].person)
    decision = docs.sign(docs.make_decision(request, _who(opened["bob"]), "approve", "", LATER), opened["bob"].signing)
    log = AuditLog(cat)
    log.append(_rec("approval.request", {"request": request}))
    log.append(_rec("approval.decide", {"decision": decision}))
    log.promote_head()
    yield {
        "home": home,
        "cat": cat,
        "log": log,
        "opened": opened,
        "request": request,
        "decision": decision,
        "key": key,
        "root": tmp_path,
    }
    cat.close()


def _who(o) -> dict:
    return {"id": o.person["id"], "name": o.person["name"], "role": o.person["role"]}


def _request(rid: str, requester: dict, binding: dict | None = None, expires: str = "2026-12-10T08:00:00Z") -> dict:
    return {
        "type": docs.REQUEST_TYPE,
        "id": rid,
        "workspace_id": "ws-test",
        "action": "dataset.export",
        "binding": binding or {"dataset": "d", "version": 1, "to": "/tmp/plain.jsonl"},
        "summary": "Export dataset d v1 in plaintext",
        "requested_by": {"id": requester["id"], "name": requester["name"], "role": requester["role"]},
        "requested_at": T0,
        "expires_at": expires,
    }


def _rec(name: str, outputs: dict, time: str = LATER, **extra) -> dict:
    return {
        "time": time,
        "actor": {"user": "x"},
        "action": name,
        "outcome": "ok",
        "objects": [],
        "inputs": {},
        "outputs": outputs,
        "params": None,
    } | extra


def _use(request: dict, decision: dict, **override) -> dict:
    used = {
        "id": request["id"],
        "action": request["action"],
        "binding_sha256": docs.digest(request["binding"]),
        "request_sha256": docs.digest(request),
        "decision_sha256": docs.digest(decision),
    }
    return {"approval": used | override}


def _findings(gov) -> list[str]:
    log = gov["log"]
    res = log.verify(audit_private=log.audit_private_key(gov["opened"]["alice"].mk))
    return [str(f) for f in res.findings if f.kind == "approval"]


def case_forged_signature(gov):
    forged = dict(gov["decision"], note="approved by the board")
    return [_rec("approval.import", {"decision": forged})], "signature does not verify"


def case_own_request(gov):
    olga = gov["opened"]["olga"]
    req = _request("apr-own", olga.person)
    signed = docs.sign(docs.make_decision(req, _who(olga), "approve", "", LATER), olga.signing)
    return [
        _rec("approval.request", {"request": req}),
        _rec("approval.decide", {"decision": signed}),
    ], "decided their own request"


def case_operator_decides(gov):
    alice, olga = gov["opened"]["alice"], gov["opened"]["olga"]
    req = _request("apr-op", alice.person)
    signed = docs.sign(docs.make_decision(req, _who(olga), "approve", "", LATER), olga.signing)
    return [
        _rec("approval.request", {"request": req}),
        _rec("approval.decide", {"decision": signed}),
    ], "only an admin or an approver"


def case_unknown_signer(gov):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    req = _request("apr-x", gov["opened"]["olga"].person)
    mallory = {"id": "pers-mallory", "name": "mallory", "role": "approver"}
    signed = docs.sign(docs.make_decision(req, mallory, "approve", "", LATER), Ed25519PrivateKey.generate())
    return [
        _rec("approval.request", {"request": req}),
        _rec("approval.decide", {"decision": signed}),
    ], "not a person of this workspace"


def case_removed_signer(gov):
    bob = gov["opened"]["bob"]
    req = _request("apr-late", gov["opened"]["olga"].person)
    signed = docs.sign(docs.make_decision(req, _who(bob), "approve", "", LATER), bob.signing)
    removed = _rec("people.remove", {"removed": "bob"}, objects=[bob.person["id"]])
    return [
        removed,
        _rec("approval.request", {"request": req}),
        _rec("approval.decide", {"decision": signed}),
    ], "was removed"


def case_used_without_any(gov):
    return [_rec("dataset.export", {"file_sha256": "0" * 64})], "succeeded without a second person's approval"


def case_never_decided(gov):
    req = _request("apr-nobody", gov["opened"]["olga"].person)
    fake = dict(gov["decision"], request_id="apr-nobody")
    return [
        _rec("approval.request", {"request": req}),
        _rec("dataset.export", _use(req, fake)),
    ], "which no valid decision in the log approved"


def case_replayed(gov):
    use = _use(gov["request"], gov["decision"])
    return [_rec("dataset.export", use), _rec("dataset.export", use)], "a second time"


def case_other_binding(gov):
    other = {"dataset": "d", "version": 2, "to": "/tmp/elsewhere.jsonl"}
    return [
        _rec("dataset.export", _use(gov["request"], gov["decision"], binding_sha256=docs.digest(other)))
    ], "for other objects"


def case_expired(gov):
    return [
        _rec("dataset.export", _use(gov["request"], gov["decision"]), time="2026-12-11T08:00:00Z")
    ], "after it expired"


def case_other_kind(gov):
    use = _use(gov["request"], gov["decision"], action="line.promote")
    return [_rec("line.promote", use, params={"channel": "production"})], "which is for dataset.export"


CASES = {name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def test_the_clean_log_with_a_decided_and_used_approval_verifies(gov):
    gov["log"].append(_rec("dataset.export", _use(gov["request"], gov["decision"])))
    gov["log"].promote_head()
    assert _findings(gov) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_forged_approval_is_named_by_the_auditors_verifier(gov, case):
    recs, words = CASES[case](gov)
    for r in recs:
        gov["log"].append(r)
    gov["log"].promote_head()
    problems = _findings(gov)
    assert any(words in p for p in problems), problems
    assert gov["log"].verify().ok  # the chain and checkpoints alone see nothing wrong


def test_an_evidence_package_read_with_only_the_auditors_key_names_the_forgery(gov):
    recs, words = case_replayed(gov)
    for r in recs:
        gov["log"].append(r)
    gov["log"].promote_head()
    gov["log"].export_package(gov["root"] / "pkg", workspace_id="ws-test")
    result, _extra, _pkg = verify_package(gov["root"] / "pkg", gov["key"])
    assert not result.ok and any(words in str(f) for f in result.findings), result.summary()
