"""The governance policy: which actions need a second person, and for how long an approval holds.

A TOML file (docs/governance.md, "Policy")::

    [approvals]
    required = ["line.promote", "adapt.promote", "dataset.export", "audit.add-auditor", "policy.set"]
    valid_hours = 72

``required`` must hold at least ``MINIMUM`` (promotion to production by a person or by the
adaptation loop, a dataset's plaintext export, registering an auditor, changing this policy) and
may add any of ``OPTIONAL``. The policy is versioned in the catalog (``governance_policy``);
without a version the default applies. Setting it is ``policy.set``, itself approved by a second
person; a policy that no second person could ever approve again (fewer than two active people who
may decide) is refused, since it would lock every admin out of changing it.
"""

from __future__ import annotations

import json
import tomllib

from appliance.audit import approval_docs, roles
from appliance.errors import InvalidInputError, PermissionDenied
from appliance.messages import M

MINIMUM = ("line.promote", "adapt.promote", "dataset.export", "audit.add-auditor", "policy.set")
OPTIONAL = ("people.add", "people.role", "people.remove", "keys.rotate", "retention.set", "retention.clear")
DEFAULT = {"approvals": {"required": list(MINIMUM), "valid_hours": 72}}
MAX_HOURS = 24 * 30


def _refuse(field: str, problem, hint=None) -> InvalidInputError:
    return InvalidInputError(
        M("govpolicy.invalid", "Policy field {field}: {problem}.", field=field, problem=problem),
        hint=hint or M("govpolicy.invalid.hint", 'Fix the file (docs/governance.md, "Policy") and set it again.'),
    )


def parse(text: str, source: str = "policy") -> dict:
    """The policy in ``text`` (TOML), checked; every problem names its field."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _refuse(source, str(exc)) from None
    unknown = sorted(set(doc) - {"approvals"})
    if unknown:
        raise _refuse(unknown[0], M("govpolicy.unknown_section", "not a section this policy has (only [approvals])"))
    approvals = doc.get("approvals", {})
    if not isinstance(approvals, dict):
        raise _refuse("approvals", M("govpolicy.not_table", "must be a table"))
    extra = sorted(set(approvals) - {"required", "valid_hours"})
    if extra:
        raise _refuse(
            f"approvals.{extra[0]}", M("govpolicy.unknown_field", "unknown field (only required, valid_hours)")
        )
    required = approvals.get("required", list(MINIMUM))
    if not isinstance(required, list) or not all(isinstance(a, str) for a in required):
        raise _refuse("approvals.required", M("govpolicy.not_list", "must be a list of action names"))
    bad = [a for a in required if a not in MINIMUM + OPTIONAL]
    if bad:
        raise _refuse(
            "approvals.required",
            M("govpolicy.unknown_action", "{action!r} is not an action that can be approved", action=bad[0]),
            M("govpolicy.unknown_action.hint", "Use {actions}.", actions=", ".join(MINIMUM + OPTIONAL)),
        )
    missing = [a for a in MINIMUM if a not in required]
    if missing:
        raise _refuse(
            "approvals.required",
            M("govpolicy.below_minimum", "{action} must always need a second person", action=missing[0]),
        )
    hours = approvals.get("valid_hours", 72)
    if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= MAX_HOURS:
        raise _refuse(
            "approvals.valid_hours",
            M("govpolicy.hours", "must be a whole number of hours from 1 to {max}", max=MAX_HOURS),
        )
    return {"approvals": {"required": sorted(set(required), key=(MINIMUM + OPTIONAL).index), "valid_hours": hours}}


def current(catalog) -> dict:
    """The policy in force: the newest version, or the default."""
    db = catalog.db
    if db["governance_policy"].exists():
        row = next(iter(db["governance_policy"].rows_where(order_by="version desc", limit=1)), None)
        if row is not None:
            return json.loads(row["document"])
    return json.loads(json.dumps(DEFAULT))


def needs_approval(catalog, action: str) -> bool:
    """Whether ``action`` needs a second person here (only workspaces with people have approvals)."""
    return roles.has_people(catalog) and action in current(catalog)["approvals"]["required"]


def deciders(catalog) -> int:
    return sum(
        1
        for _ in catalog.db.execute(
            "SELECT 1 FROM people WHERE status = 'active' AND role IN (%s)"
            % ",".join("?" * len(approval_docs.DECIDER_ROLES)),
            list(approval_docs.DECIDER_ROLES),
        )
    )


def check_not_locking_out(catalog) -> None:
    """A policy is only set where a second person can approve the next change of it."""
    if deciders(catalog) < 2:
        raise PermissionDenied(
            M(
                "policy.lockout",
                "Setting a policy now would lock every admin out: changing it again needs a second person who "
                "decides (an admin or an approver), and this workspace has {n}.",
                n=deciders(catalog),
            ),
            hint=M("govpolicy.lockout.hint", "Add an approver first (`appliance people add NAME --role approver`)."),
        )
