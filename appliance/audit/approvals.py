"""Four-eyes approvals: an action the policy names waits for a second person's signature.

``require(catalog, act, kind, binding, summary)`` is called by such an action (inside its own
audited action, after it has computed exactly what it would do, before it changes anything):

* an approved, unexpired, unused decision on a request with this exact binding is checked again
  (signature, signer, not the requester's own, not expired) and returned; the caller then
  ``use``s it inside the transaction that makes the change, so it is used once;
* otherwise a request is recorded (``approval.request``; an identical pending one is reused) and
  ``ApprovalRequired`` names it: nothing changed.

A second person decides in the appliance (``decide``: signed with the key their passphrase opens;
``approval.decide``), or offline: ``request_file`` writes the request out, the approver signs it
with their key file (``appliance-audit approve``), and ``import_decision`` takes the signed file
in (``approval.import``). Every decision's document is in its audit record, with the person's
public key in their ``people.add`` record, so an auditor checks every approval offline
(``verify_approvals``).
"""

from __future__ import annotations

import datetime as _dt
import json

from appliance.audit import approval_docs as docs
from appliance.audit import gov_policy, roles
from appliance.audit.actions import action
from appliance.errors import ApprovalInvalid, ApprovalRequired, InvalidInputError, NotFoundError, PermissionDenied
from appliance.ids import new_id, utc_now
from appliance.messages import M, Message

STATUSES = ("pending", "approved", "refused", "used", "expired", "void")  # void: a decision that stopped holding


def _later(hours: int) -> str:
    t = _dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(hours=hours)
    return t.isoformat(timespec="seconds").replace("+00:00", "Z")


def _row(catalog, request_id: str) -> dict:
    rows = list(catalog.db["approvals"].rows_where("id = ?", [request_id]))
    if not rows:
        raise NotFoundError(
            M("approval.not_found", "No approval request {id}.", id=request_id),
            hint=M("approval.not_found.hint", "See `appliance approvals list`."),
        )
    return rows[0]


def _signer(catalog, person_id: str) -> dict | None:
    rows = list(catalog.db["people"].rows_where("id = ?", [person_id]))
    return rows[0] if rows else None


def status(row: dict, now: str | None = None) -> str:
    """The request's status, ``expired`` once its time is past (pending or approved)."""
    if row["status"] in ("pending", "approved") and docs.expired(row, now or utc_now()):
        return "expired"
    return row["status"]


def view(row: dict) -> dict:
    request = json.loads(row["request"])
    out = {
        "id": row["id"],
        "action": row["action"],
        "status": status(row),
        "binding": json.loads(row["binding"]),
        "summary": request.get("summary"),
        "summary_message": request.get("summary_message"),
        "requested_by": request["requested_by"],
        "requested_at": row["requested_at"],
        "expires_at": row["expires_at"],
        "decided_at": row.get("decided_at"),
        "used_at": row.get("used_at"),
    }
    if row.get("decision"):
        decision = json.loads(row["decision"])
        out["decided_by"] = decision["approver"]
        out["note"] = decision.get("note")
    return out


def list_requests(catalog, state: str | None = None) -> list[dict]:
    rows = (
        [view(r) for r in catalog.db["approvals"].rows_where(order_by="requested_at desc")]
        if catalog.db["approvals"].exists()
        else []
    )
    return [r for r in rows if state is None or r["status"] == state]


def _check(catalog, row: dict) -> Message | None:
    decision = json.loads(row["decision"])
    return docs.decision_problem(json.loads(row["request"]), decision, _signer(catalog, decision["approver"]["id"]))


def require(catalog, act, kind: str, binding: dict, summary: Message) -> dict | None:
    """The approval ``kind`` needs for ``binding``, or None when the policy needs none. Raises
    ``ApprovalRequired`` (a request made) or ``ApprovalInvalid`` (a decision that no longer holds)."""
    if not gov_policy.needs_approval(catalog, kind):
        return None
    bsha = docs.digest(binding)
    now = utc_now()
    rows = list(
        catalog.db["approvals"].rows_where(
            "action = ? AND binding_sha256 = ?", [kind, bsha], order_by="requested_at desc"
        )
    )
    for row in rows:
        if status(row, now) == "approved":
            problem = _check(catalog, row)
            if problem is not None:  # void from now on: the next try makes a new request
                with action(catalog, "approval.void", objects=[row["id"]], params={"reason": problem.render("en")}):
                    with catalog.atomic():
                        catalog.db["approvals"].update(row["id"], {"status": "void"})
                raise ApprovalInvalid(
                    M(
                        "approval.invalid",
                        "The approval of request {id} does not hold: {problem}.",
                        id=row["id"],
                        problem=problem,
                    ),
                    hint=M(
                        "approval.void.hint",
                        "Run the same command again: a new request is made for a second person to decide.",
                    ),
                )
            return row
    pending = next((r for r in rows if status(r, now) == "pending"), None)
    request_id = pending["id"] if pending else _request(catalog, kind, binding, bsha, summary)
    act.output(approval_request=request_id)
    raise ApprovalRequired(
        M(
            "approval.required",
            "{action} needs a second person's approval: request {id} is waiting. Nothing was changed.",
            action=kind,
            id=request_id,
        ),
        request_id=request_id,
        hint=M(
            "approval.required.hint",
            "An approver runs `appliance approvals approve {id}` (or signs `appliance approvals request {id} -o FILE` "
            "offline); then run this again.",
            id=request_id,
        ),
    )


def _request(catalog, kind: str, binding: dict, bsha: str, summary: Message) -> str:
    who = roles.person()
    hours = gov_policy.current(catalog)["approvals"]["valid_hours"]
    request = {
        "type": docs.REQUEST_TYPE,
        "id": new_id("apr", 8),
        "workspace_id": catalog.db["vault"].get(1)["workspace_id"],
        "action": kind,
        "binding": binding,
        "summary": summary.render("en"),
        "summary_message": summary.to_dict(),  # the same, for each reader's language
        "requested_by": {"id": who["id"], "name": who["name"], "role": who["role"]},
        "requested_at": utc_now(),
        "expires_at": _later(hours),
    }
    with action(catalog, "approval.request", objects=[request["id"]], params={"action": kind}) as act:
        with catalog.atomic():
            catalog.db["approvals"].insert(
                {
                    "id": request["id"],
                    "action": kind,
                    "binding": json.dumps(binding, sort_keys=True),
                    "binding_sha256": bsha,
                    "request": json.dumps(request, sort_keys=True),
                    "requested_by": who["id"],
                    "requested_at": request["requested_at"],
                    "expires_at": request["expires_at"],
                    "status": "pending",
                },
                pk="id",
            )
            act.output(request=request, request_sha256=docs.digest(request))
    return request["id"]


def use(catalog, act, row: dict | None) -> None:
    """Inside the caller's transaction: the approval is spent (once), and the caller's record names it."""
    if row is None:
        return
    cur = catalog.db.execute(
        "UPDATE approvals SET status = 'used', used_at = ? WHERE id = ? AND status = 'approved'", [utc_now(), row["id"]]
    )
    if cur.rowcount != 1:
        raise ApprovalInvalid(
            M("approval.used", "The approval of request {id} was already used.", id=row["id"]),
            hint=M("approval.invalid.hint", "Ask for a new decision (`appliance approvals list`)."),
        )
    act.output(
        approval={
            "id": row["id"],
            "action": row["action"],
            "binding_sha256": row["binding_sha256"],
            "request_sha256": docs.digest(json.loads(row["request"])),
            "decision_sha256": docs.digest(json.loads(row["decision"])),
        }
    )


def request_file(catalog, request_id: str) -> dict:
    """The request as a file for an offline approver (the request document and nothing secret)."""
    row = _row(catalog, request_id)
    return json.loads(row["request"])


def write_request_file(catalog, request_id: str, dest) -> None:
    """``approvals request ID -o FILE`` (the CLI and the window): the request written for an offline approver."""
    from pathlib import Path

    from appliance.fsutil import atomic_write_text

    text = json.dumps(request_file(catalog, request_id), indent=2, ensure_ascii=False)
    atomic_write_text(Path(dest), text)


def _record(catalog, row: dict, decision: dict, via: str) -> dict:
    request = json.loads(row["request"])
    problem = docs.decision_problem(request, decision, _signer(catalog, decision["approver"]["id"]))
    name = "approval.decide" if via == "appliance" else "approval.import"
    with action(catalog, name, objects=[row["id"]], params={"action": row["action"], "via": via}) as act:
        if problem is not None:
            raise ApprovalInvalid(
                M(
                    "approval.refused_file",
                    "The decision on request {id} is not accepted: {problem}.",
                    id=row["id"],
                    problem=problem,
                ),
                hint=M(
                    "approval.refused_file.hint", "Nothing was changed; ask the approver to sign the request again."
                ),
            )
        current = status(row)
        if current != "pending":
            raise ApprovalInvalid(
                M(
                    "approval.not_pending",
                    "Request {id} is {status}, not waiting for a decision.",
                    id=row["id"],
                    status=current,
                ),
                hint=M(
                    "approval.not_pending.hint",
                    "A decision counts once; ask for the action again to get a new request.",
                ),
            )
        new_status = "approved" if decision["decision"] == "approve" else "refused"
        with catalog.atomic():
            catalog.db["approvals"].update(
                row["id"],
                {
                    "status": new_status,
                    "decision": json.dumps(decision, sort_keys=True),
                    "decided_by": decision["approver"]["id"],
                    "decided_at": decision["decided_at"],
                },
            )
            act.output(decision=decision, decision_sha256=docs.digest(decision), status=new_status)
    return view(_row(catalog, row["id"]))


def decide(catalog, request_id: str, opened, decision: str, note: str = "") -> dict:
    """``opened`` (a person who just proved their passphrase: ``people.Opened``) approves or refuses."""
    if decision not in docs.DECISIONS:
        raise InvalidInputError(
            M("approval.bad_decision", "Decide approve or refuse, not {value!r}.", value=decision),
            hint=M(
                "approval.bad_decision.hint", "Use `appliance approvals approve ID` or `appliance approvals refuse ID`."
            ),
        )
    row = _row(catalog, request_id)
    me = opened.person
    request = json.loads(row["request"])
    if me["id"] == request["requested_by"]["id"]:
        with action(
            catalog, "approval.decide", objects=[row["id"]], params={"action": row["action"], "via": "appliance"}
        ):
            raise PermissionDenied(
                M(
                    "approval.own",
                    "{name} asked for request {id} and may not decide it: a second person must.",
                    name=me["name"],
                    id=row["id"],
                ),
                hint=M("approval.own.hint", "Ask an approver or another admin."),
            )
    who = {"id": me["id"], "name": me["name"], "role": me["role"]}
    roles.set_person(who)  # they just proved their passphrase: the decision is theirs
    signed = docs.sign(docs.make_decision(request, who, decision, note, utc_now()), opened.signing)
    return _record(catalog, row, signed, "appliance")


def import_decision(catalog, text: str | bytes, source: str = "file") -> dict:
    """A decision signed offline (``appliance-audit approve``), checked and recorded."""
    try:
        decision = json.loads(text)
        request_id = decision["request_id"]
        if not isinstance(request_id, str):
            raise TypeError("request_id is not a string")
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidInputError(
            M("approval.file_bad", "{source} is not an approval file: {reason}.", source=source, reason=str(exc)),
            hint=M("approval.file_bad.hint", "Use the file `appliance-audit approve` wrote."),
        ) from None
    row = _row(catalog, request_id)
    return _record(catalog, row, decision, "file")


def sign_offline(request: dict, person: dict, signing, decision: str, note: str = "") -> dict:
    """The offline approver's side: their decision on ``request``, signed (no workspace needed)."""
    if request.get("type") != docs.REQUEST_TYPE:
        raise InvalidInputError(
            M("approval.request_file_bad", "Not an approval request file (type {type!r}).", type=request.get("type")),
            hint=M("approval.request_file_bad.hint", "Use the file `appliance approvals request ID -o FILE` wrote."),
        )
    if person["id"] == (request.get("requested_by") or {}).get("id"):
        raise PermissionDenied(
            M(
                "approval.own",
                "{name} asked for request {id} and may not decide it: a second person must.",
                name=person["name"],
                id=request["id"],
            ),
            hint=M("approval.own.hint", "Ask an approver or another admin."),
        )
    return docs.sign(docs.make_decision(request, person, decision, note, utc_now()), signing)


def set_policy(catalog, text: str, source: str = "policy") -> dict:
    """A new governance policy version (``policy.set``, admins only, approved by a second person)."""
    import hashlib

    policy = gov_policy.parse(text, source)
    sha = hashlib.sha256(docs.canonical(policy)).hexdigest()
    with action(catalog, "policy.set", params={"sha256": sha}) as act:
        gov_policy.check_not_locking_out(catalog)
        approval = require(
            catalog,
            act,
            "policy.set",
            {"policy_sha256": sha},
            M("approval.summary.policy", "Set the governance policy {sha}", sha=sha[:12]),
        )
        db = catalog.db
        version = 1 + max((r["version"] for r in db["governance_policy"].rows), default=0)
        who = roles.person()
        with catalog.atomic():
            db["governance_policy"].insert(
                {
                    "version": version,
                    "document": json.dumps(policy, sort_keys=True),
                    "sha256": sha,
                    "created_at": utc_now(),
                    "created_by": who["id"] if who else None,
                },
                pk="version",
            )
            use(catalog, act, approval)
            act.output(policy=policy, version=version)
    return {"version": version, "sha256": sha, "policy": policy}
