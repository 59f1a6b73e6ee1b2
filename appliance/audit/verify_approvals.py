"""The auditor's check of people and approvals, from the decrypted records alone (docs/governance.md).

Replaying the log in order:

* ``people.init`` / ``people.add`` records give each person's id, name, role and Ed25519 public
  key; ``people.role`` and ``people.remove`` change them;
* ``approval.request`` records hold each request document, ``approval.decide`` and
  ``approval.import`` records each signed decision;
* every decision must verify with its signer's key as recorded, be on the request's exact
  document, by a second person who was an active admin or approver then, before the request
  expired;
* every action that spent an approval (its record's ``outputs.approval``) must name a valid
  ``approve`` decision of the same kind and binding, given before the action and before it
  expired, and no approval may be spent twice;
* once the workspace has people, every successful promotion to production, plaintext dataset
  export, auditor registration and policy change must have spent one.

Only the standard library, ``cryptography`` and sibling modules are used (the standalone verifier).
"""

from __future__ import annotations

from appliance.audit import approval_docs as docs
from appliance.audit.findings import Finding
from appliance.messages import M

ALWAYS = {"dataset.export", "audit.add-auditor", "policy.set"}


def _needs_approval(rec: dict) -> bool:
    name = rec.get("action")
    if name == "line.promote":
        return (rec.get("params") or {}).get("channel") == "production" and (rec.get("outputs") or {}).get(
            "passed"
        ) is True
    return name in ALWAYS


def check(recs: list[dict]) -> list[Finding]:
    """Findings about people and approvals in the decrypted records ``recs`` (in log order)."""
    people: dict[str, dict] = {}
    requests: dict[str, dict] = {}
    decisions: dict[str, dict] = {}
    spent: set[str] = set()
    findings: list[Finding] = []

    def bad(seq, message) -> None:
        findings.append(Finding(seq, "approval", message))

    for rec in recs:
        seq, name, outcome = rec.get("seq"), rec.get("action"), rec.get("outcome")
        outputs = rec.get("outputs") or {}
        if outcome != "ok":
            continue
        if name in ("people.init", "people.add") and isinstance(outputs.get("person"), dict):
            p = outputs["person"]
            people[p["id"]] = {
                "id": p["id"],
                "name": p["name"],
                "role": p["role"],
                "status": "active",
                "sign_public": bytes.fromhex(p["sign_public"]),
            }
        elif name == "people.role" and rec.get("objects") and rec["objects"][0] in people:
            people[rec["objects"][0]]["role"] = outputs.get("role")
        elif name == "people.remove" and rec.get("objects") and rec["objects"][0] in people:
            people[rec["objects"][0]]["status"] = "removed"
        elif name == "approval.request" and isinstance(outputs.get("request"), dict):
            requests[outputs["request"]["id"]] = outputs["request"]
        elif name in ("approval.decide", "approval.import") and isinstance(outputs.get("decision"), dict):
            _decision(bad, seq, outputs["decision"], requests, people, decisions)
        approval = outputs.get("approval")
        if isinstance(approval, dict):
            _spent(bad, rec, approval, requests, decisions, spent)
        elif people and _needs_approval(rec):
            bad(seq, M("audit.approval.missing", "{action} succeeded without a second person's approval", action=name))
    return findings


def _decision(bad, seq, decision: dict, requests: dict, people: dict, decisions: dict) -> None:
    request = requests.get(decision.get("request_id"))
    if request is None:
        bad(
            seq,
            M(
                "audit.approval.no_request",
                "a decision on request {id}, which the log never recorded",
                id=decision.get("request_id"),
            ),
        )
        return
    signer = people.get((decision.get("approver") or {}).get("id"))
    problem = docs.decision_problem(request, decision, dict(signer) if signer else None)
    if problem is not None:
        bad(
            seq,
            M(
                "audit.approval.bad_decision",
                "the decision on request {id} does not hold: {problem}",
                id=request["id"],
                problem=problem,
            ),
        )
        return
    if decision["decision"] == "approve":
        decisions[request["id"]] = decision


def _spent(bad, rec: dict, approval: dict, requests: dict, decisions: dict, spent: set) -> None:
    seq, rid = rec.get("seq"), approval.get("id")
    decision, request = decisions.get(rid), requests.get(rid)
    if decision is None or request is None:
        bad(
            seq,
            M(
                "audit.approval.unknown",
                "{action} used approval {id}, which no valid decision in the log approved",
                action=rec.get("action"),
                id=rid,
            ),
        )
        return
    if rid in spent:
        bad(
            seq,
            M("audit.approval.replayed", "{action} used approval {id} a second time", action=rec.get("action"), id=rid),
        )
        return
    spent.add(rid)
    if approval.get("binding_sha256") != docs.digest(request["binding"]) or approval.get(
        "decision_sha256"
    ) != docs.digest(decision):
        bad(
            seq,
            M(
                "audit.approval.binding",
                "{action} used approval {id} for other objects than it approved",
                action=rec.get("action"),
                id=rid,
            ),
        )
    elif approval.get("action") != request.get("action"):
        bad(
            seq,
            M(
                "audit.approval.kind",
                "{action} used approval {id}, which is for {kind}",
                action=rec.get("action"),
                id=rid,
                kind=request.get("action"),
            ),
        )
    elif rec.get("time") and docs.expired(request, rec["time"]):
        bad(
            seq,
            M(
                "audit.approval.expired",
                "{action} used approval {id} after it expired ({expires})",
                action=rec.get("action"),
                id=rid,
                expires=request["expires_at"],
            ),
        )
