"""Approval requests and decisions as documents: canonical JSON, Ed25519 signatures, and the check
both the appliance and an auditor's verifier make (docs/governance.md, "Approval documents").

A request (``appliance.approval-request/v1``) names one action and binds it to exact objects (the
model file's digest, the evaluation report's digest, the gate verdict's digest, ...). A decision
(``appliance.approval/v1``) is a person's signature over everything in it but the signature: the
request's id and SHA-256, ``approve`` or ``refuse``, who decided, when, and until when it holds.
Canonical JSON: keys sorted, no spaces, UTF-8. Only the standard library, ``cryptography`` and
``appliance.messages`` are used, so the standalone verifier can check approvals.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime

from appliance.messages import M, Message

REQUEST_TYPE = "appliance.approval-request/v1"
DECISION_TYPE = "appliance.approval/v1"
DECISIONS = ("approve", "refuse")
DECIDER_ROLES = ("admin", "approver")


def canonical(doc: dict) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(doc: dict) -> str:
    return hashlib.sha256(canonical(doc)).hexdigest()


def signed_part(decision: dict) -> bytes:
    return canonical({k: v for k, v in decision.items() if k != "signature"})


def sign(decision: dict, signing_key) -> dict:
    """``decision`` with its ``signature`` (base64 Ed25519 over the canonical rest)."""
    out = {k: v for k, v in decision.items() if k != "signature"}
    out["signature"] = base64.b64encode(signing_key.sign(signed_part(out))).decode()
    return out


def make_decision(request: dict, approver: dict, decision: str, note: str, now: str) -> dict:
    """The unsigned decision on ``request`` by ``approver`` (``{"id", "name", "role"}``)."""
    return {
        "type": DECISION_TYPE,
        "request_id": request["id"],
        "request_sha256": digest(request),
        "action": request["action"],
        "binding_sha256": digest(request["binding"]),
        "decision": decision,
        "note": note[:500],
        "approver": {"id": approver["id"], "name": approver["name"], "role": approver.get("role")},
        "decided_at": now,
        "expires_at": request["expires_at"],
    }


def _time(value: str) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def signature_ok(decision: dict, sign_public: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes(sign_public)).verify(
            base64.b64decode(decision["signature"]), signed_part(decision)
        )
        return True
    except (InvalidSignature, KeyError, TypeError, ValueError):
        return False


def decision_problem(request: dict, decision: dict, signer: dict | None) -> Message | None:
    """Why ``decision`` does not hold for ``request``, or None. ``signer`` is the decider as the
    workspace knows them (``{"id", "role", "status", "sign_public": bytes}``) or None (unknown)."""
    if not isinstance(decision, dict) or decision.get("type") != DECISION_TYPE:
        return M(
            "approval.problem.type",
            "it is not an approval document ({type})",
            type=str(decision.get("type") if isinstance(decision, dict) else type(decision).__name__),
        )
    if decision.get("request_id") != request.get("id") or decision.get("request_sha256") != digest(request):
        return M("approval.problem.request", "it approves another request, or the request was changed")
    if decision.get("decision") not in DECISIONS:
        return M(
            "approval.problem.decision",
            "its decision {value!r} is neither approve nor refuse",
            value=decision.get("decision"),
        )
    who = decision.get("approver") or {}
    if signer is None or who.get("id") != signer.get("id"):
        return M(
            "approval.problem.unknown_signer",
            "it is signed by {name}, who is not a person of this workspace",
            name=who.get("name"),
        )
    if not signature_ok(decision, signer["sign_public"]):
        return M(
            "approval.problem.signature",
            "its signature does not verify with {name}'s key: forged or altered",
            name=who.get("name"),
        )
    if who.get("id") == (request.get("requested_by") or {}).get("id"):
        return M("approval.problem.own", "{name} decided their own request; a second person must", name=who.get("name"))
    if signer.get("status", "active") != "active":
        return M("approval.problem.removed", "{name} was removed from the workspace", name=who.get("name"))
    if signer.get("role") not in DECIDER_ROLES:
        return M(
            "approval.problem.role",
            "{name} is {role}, and only an admin or an approver decides requests",
            name=who.get("name"),
            role=signer.get("role"),
        )
    try:
        if _time(decision["decided_at"]) > _time(request["expires_at"]):
            return M(
                "approval.problem.late",
                "it was signed after the request expired ({expires})",
                expires=request["expires_at"],
            )
    except (KeyError, TypeError, ValueError):
        return M("approval.problem.times", "its times are not ISO 8601")
    return None


def expired(request_or_decision: dict, now: str) -> bool:
    return _time(now) > _time(request_or_decision["expires_at"])
