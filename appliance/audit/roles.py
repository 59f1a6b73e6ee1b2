"""Roles, and who is acting: the check every audited action makes before it changes anything.

A workspace with people (``appliance people init``; docs/governance.md) knows who acts: the person
who unlocked it with their own passphrase. Each audited action (``appliance/audit/actions.py``)
asks ``check(catalog, name)`` before its body runs:

* the acting person's role must allow the action (``allowed``), else ``PermissionDenied``;
* with nobody signed in, a client may have installed an identifier (``set_identifier``: the CLI
  unlocks then, asking for the passphrase of ``--as PERSON``); without one the action is refused
  as locked. ``IDENTITY_FREE`` actions (unlocking itself, recovery after a crash) need nobody.

A workspace without people (every workspace before governance, and a new one until
``people init``) keeps its single passphrase and checks no role.

Roles: ``admin`` (people, policy, auditors, key rotation, and everything an operator does),
``operator`` (data, training, export, evaluation, serving, promotion requests), ``approver``
(decides approval requests, may chat with a model to judge it), ``auditor`` (evidence only).

The acting person is process state (a context variable) and, so that worker processes started by
an identified command record the same person, the environment variable ``APPLIANCE_PERSON``; the
command lines and the GUI clear that variable when they start (``forget_inherited``), so it is
only ever inherited from a process that identified its person.
"""

from __future__ import annotations

import contextvars
import json
import os
from collections.abc import Callable

from appliance.errors import LockedError, PermissionDenied
from appliance.messages import M

ROLES = ("admin", "operator", "approver", "auditor")
PERSON_ENV = "APPLIANCE_PERSON"

# Actions only an admin may take.
ADMIN_ONLY = frozenset(
    {
        "people.add",
        "people.remove",
        "people.role",
        "policy.set",
        "audit.add-auditor",
        "keys.rotate",
        "retention.set",
        "retention.clear",
    }
)
# Actions every signed-in person may take (their own session and passphrase).
# (export.card: a missing model card is made when anyone opens it; it is derived and signed.)
EVERYONE = frozenset({"session.lock", "people.passwd", "workspace.unlock", "export.card"})
# What the two narrow roles may do besides.
APPROVER_MAY = frozenset({"approval.decide", "approval.import", "model.chat", "conversation.save"})
AUDITOR_MAY = frozenset({"audit.export"})
# Only those who decide approvals.
DECIDERS = frozenset({"admin", "approver"})
# Actions that need nobody: identifying a person, creating the workspace, recovery after a crash
# and the records a worker or server writes about work it was started for.
IDENTITY_FREE = frozenset(
    {
        "workspace.init",
        "workspace.unlock",
        "people.init",
        "session.lock",
        "app.version-change",
        "recover.orphan",
        "export.recover",
        "train.interrupted",
        "cli.keys.locked",
    }
)

_person: contextvars.ContextVar[dict | None] = contextvars.ContextVar("appliance_person", default=None)
_identifier: Callable[[], None] | None = None


def allowed(role: str, action: str) -> bool:
    """Whether ``role`` may take ``action``."""
    if action in EVERYONE:
        return True
    if role == "admin":
        return True
    if role == "operator":
        return action not in ADMIN_ONLY and action != "approval.decide"
    if role == "approver":
        return action in APPROVER_MAY
    if role == "auditor":
        return action in AUDITOR_MAY
    return False


def set_person(person: dict | None) -> None:
    """The person acting in this process from now on (``{"id", "name", "role"}``), or nobody.
    Worker processes started later inherit them."""
    if person is None:
        _person.set(None)
        os.environ.pop(PERSON_ENV, None)
        return
    who = {"id": person["id"], "name": person["name"], "role": person["role"]}
    _person.set(who)
    os.environ[PERSON_ENV] = json.dumps(who, sort_keys=True)


def person() -> dict | None:
    """The acting person, or None."""
    who = _person.get()
    if who is not None:
        return who
    raw = os.environ.get(PERSON_ENV)
    if raw:
        try:
            who = json.loads(raw)
        except ValueError:
            return None
        if isinstance(who, dict) and {"id", "name", "role"} <= set(who):
            return who
    return None


def forget_inherited() -> None:
    """Called by the command lines and the GUI at start: an acting person is never taken from
    the environment of a process that did not identify them."""
    os.environ.pop(PERSON_ENV, None)
    _person.set(None)


def set_identifier(fn: Callable[[], None] | None) -> None:
    """How this process identifies its person when an action needs one (the CLI: unlock)."""
    global _identifier
    _identifier = fn


def has_people(catalog) -> bool:
    db = catalog.db
    if not db["people"].exists():
        return False
    return next(iter(db.execute("SELECT 1 FROM people WHERE status = 'active' LIMIT 1")), None) is not None


def current_role(catalog, who: dict) -> str | None:
    """The person's role as the catalog has it now (a role changed or a person removed since
    they signed in takes effect at once); None when they are no longer active."""
    row = next(iter(catalog.db["people"].rows_where("id = ? AND status = 'active'", [who["id"]])), None)
    return row["role"] if row else None


def check(catalog, action: str) -> None:
    """Refuse ``action`` unless the acting person's role allows it (workspaces with people only)."""
    if action in IDENTITY_FREE or not has_people(catalog):
        return
    who = person()
    if who is None and _identifier is not None:
        _identifier()
        who = person()
    if who is None:
        raise LockedError(
            M("roles.nobody", "This workspace has people: sign in before {action}.", action=action),
            hint=M(
                "roles.nobody.hint",
                "Run `appliance unlock --as NAME` (or pass --as NAME to the command), or sign in in the window.",
            ),
        )
    role = current_role(catalog, who)
    if role is None:
        raise PermissionDenied(
            M("roles.removed", "{name} is no longer a person of this workspace.", name=who["name"]),
            hint=M("roles.removed.hint", "Ask an admin; run `appliance lock` to end this session."),
        )
    if not allowed(role, action):
        raise PermissionDenied(
            M(
                "roles.denied",
                "{name} ({role}) may not do {action}; nothing was changed.",
                name=who["name"],
                role=role,
                action=action,
            ),
            hint=M("roles.denied.hint", "Ask a person whose role allows it (`appliance people list`)."),
        )
