"""Audited actions: the one place where every state change meets the audit log.

Core operations run inside ``action(catalog, "dataset.import", ...)``. The catalog refuses any
write outside an action (``Catalog.atomic`` raises ``UnauditedWrite``, a bug caught by the
tests), so a new operation cannot forget its record. When an action's catalog transaction
commits, its record is appended *in the same transaction*: a change is never on disk without
its record. An action that writes nothing to the catalog (a failed unlock, a plaintext export,
a server start) gets its record when it ends; a failure gets one too. Every append re-signs
the log's tree head in the same transaction (``AuditLog.append_in_transaction``); every
outermost action ends by keeping that head as a permanent checkpoint. On a log altered outside
the appliance (``AuditLog.refusal``) an action is refused before its body runs: nothing changes
that could not be recorded.

A record (encrypted; docs/formats/audit-log.md): seq, time, actor (OS user, uid, role, pid, and in
a workspace with people the acting person: docs/governance.md),
action, outcome (ok | refused | denied | cancelled | failed | error), objects, inputs and
outputs (ids and SHA-256 hashes), params, error message, step, app version, host id.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import time as _time
from collections.abc import Callable

from appliance import catalog as _catalog
from appliance.errors import ApplianceError, UnauditedWrite
from appliance.version import __version__

_current: contextvars.ContextVar["Action | None"] = contextvars.ContextVar("appliance_audit_action", default=None)
MAX_PARAM_BYTES = 2048


def current() -> "Action | None":
    return _current.get()


def _outcome(exc: BaseException | None) -> str:
    """``ok``, or what the error says of itself (``ApplianceError.audit_outcome``: failed, refused,
    denied, cancelled); ``error`` for anything else (a bug)."""
    if exc is None:
        return "ok"
    if isinstance(exc, KeyboardInterrupt):
        return "cancelled"
    return getattr(exc, "audit_outcome", "error") if isinstance(exc, ApplianceError) else "error"


def _params(params: dict | None) -> dict | None:
    """Small parameters are kept; large ones are replaced by their hash."""
    if not params:
        return None
    text = json.dumps(params, sort_keys=True, default=str)
    if len(text) <= MAX_PARAM_BYTES:
        return json.loads(text)
    return {"sha256": hashlib.sha256(text.encode()).hexdigest(), "bytes": len(text)}


class Action:
    def __init__(self, catalog, name: str, *, objects=(), params: dict | None = None, inputs: dict | None = None):
        self.catalog, self.name = catalog, name
        self.objects: list[str] = list(objects)
        self.params = params
        self.inputs: dict = dict(inputs or {})
        self.outputs: dict = {}
        self.commits = 0
        self.started = _time.time()
        self._token = None
        self.parent: Action | None = None

    def add_object(self, *ids: str) -> None:
        for i in ids:
            if i and i not in self.objects:
                self.objects.append(i)

    def output(self, **kw) -> None:
        self.outputs.update({k: v for k, v in kw.items() if v is not None})

    def input(self, **kw) -> None:
        self.inputs.update({k: v for k, v in kw.items() if v is not None})

    def record(self, outcome: str, exc: BaseException | None = None) -> dict:
        from appliance.audit.log import actor, host_id, utc_now

        rec = {
            "time": utc_now(),
            "actor": actor(),
            "action": self.name,
            "outcome": outcome,
            "objects": self.objects,
            "inputs": self.inputs,
            "outputs": self.outputs,
            "params": _params(self.params),
            "step": self.commits,
            "app_version": __version__,
            "host_id": host_id(),
            "duration_s": round(_time.time() - self.started, 3),
        }
        if self.parent is not None:
            rec["within"] = self.parent.name
        if exc is not None:
            rec["error"] = {"type": type(exc).__name__, "message": str(getattr(exc, "message", exc))[:500]}
        return rec

    def on_commit(self, catalog) -> None:
        """Called by ``Catalog.atomic`` just before COMMIT: the record joins the transaction."""
        from appliance.audit.log import AuditLog

        AuditLog(catalog).append_in_transaction(self.record("ok"))
        self.commits += 1

    def __enter__(self) -> "Action":
        from appliance.audit import roles

        self.parent = _current.get()
        if self.parent is None:
            self._refuse_if_tampered()
        try:
            roles.check(self.catalog, self.name)  # the acting person's role, before anything changes
        except ApplianceError as exc:  # a refused attempt (an escalation, a removed person) is recorded
            from appliance.audit.log import AuditLog

            log = AuditLog(self.catalog)
            if log.available:
                with contextlib.suppress(Exception):
                    log.append(self.record(_outcome(exc), exc))
                    if self.parent is None:
                        log.promote_head()
            raise
        self._token = _current.set(self)
        return self

    def _refuse_if_tampered(self) -> None:
        """A log altered outside the appliance refuses every record, so an action on it could
        never leave one: refuse before the body runs, so that nothing changes (a file written, a
        token rotated, a package exported) without its record. Nested actions were checked with
        the outermost one."""
        from appliance.audit.log import AuditLog

        refusal = AuditLog(self.catalog).refusal()
        if refusal is not None:
            raise refusal

    def __exit__(self, exc_type, exc, tb) -> None:
        from appliance.audit.log import AuditLog

        _current.reset(self._token)
        log = AuditLog(self.catalog)
        if log.available:
            if exc is not None:
                with contextlib.suppress(Exception):  # never mask the action's own error
                    log.append(self.record(_outcome(exc), exc))
            elif self.commits == 0:
                log.append(self.record("ok"))  # an action that cannot leave its record fails
            if self.parent is None:
                with contextlib.suppress(Exception):
                    log.promote_head()


def action(catalog, name: str, **kw) -> Action:
    return Action(catalog, name, **kw)


def _write_guard(catalog) -> "Callable[[object], None]":
    """The catalog's write guard (``catalog.set_write_guard``): a state change belongs to the
    action in progress, whose record joins the change's transaction; none in progress is a bug."""
    act = current()
    if act is None:
        raise UnauditedWrite("catalog write outside an audited action")
    return act.on_commit


_catalog.set_write_guard(_write_guard)
