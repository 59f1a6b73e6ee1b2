"""Retention: personal data kept for a set time, then crypto-erased (docs/retention.md).

Records rules say how long data may be kept. A rule (``retention_rules``: kind, target, days) says
that items of a kind (``datasets``, ``conversations``, ``capture``, ``collections``) whose target
(a dataset, line or collection name; ``*`` for all of the kind) it names expire ``days`` after they
were made: a dataset version and a document version at their ``created_at`` (a superseded
document version like any), a saved conversation at its ``updated_at``, a captured request at its
``created_at``. A rule naming a target wins over the kind's ``*``.

``apply`` erases what is due through each store's own removal path (this module adds no way of
deleting anything): the data key destroyed and the row dropped in one transaction, then the
sealed file removed (``DatasetStore.remove``, ``ConversationStore.delete``, the document store's
per-version erasure). Captured requests share their line's key, so an expired request loses its
row and file, and the line's key is destroyed when its last item is gone and capture is off for
it (``CaptureStore.erase``). Each item is one ``retention.erase`` action inside one
``retention.apply``; a kill midway leaves each item whole or erased (the removal paths commit the
key's destruction with the row; a file left behind is swept by recovery, by the collection's
``cleanup``, or here for capture). Applying twice erases nothing more. Nobody applies retention
behind the operator's back: not ``appliance serve``, not the watch loop; ``appliance retention
apply`` does, from a timer if one is set up.

The audit log is never pruned (its Merkle tree must stay whole): the ``audit`` rule records how
long the operator must keep the log and its archives, at least ``AUDIT_MIN_DAYS`` (six months, EU AI
Act Art. 19(1) and 26(6)); ``rules`` shows it, 183 days when none was set.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta, timezone

from appliance.audit import approvals
from appliance.audit.actions import action
from appliance.errors import ApplianceError, InvalidInputError, NotFoundError
from appliance.events import EventSink, Progress, ignore
from appliance.fsutil import remove_path
from appliance.ids import utc_now
from appliance.messages import M

KINDS = ("datasets", "conversations", "capture", "collections")
AUDIT_KIND = "audit"
AUDIT_MIN_DAYS = 183  # six months
MAX_DAYS = 36_525  # a hundred years: past that a number is a typing error
ANY = "*"
FUTURE_SLACK = timedelta(minutes=1)  # a caller's ``now`` taken a moment before ours is not the past
LEFTOVER_GRACE_S = 24 * 3600  # a capture file no row names, this old, is a removal's leftover


class RetentionIncomplete(ApplianceError):
    """Some due items could not be erased (another operation held them, the disk refused): the
    others were; ``erased`` lists them, ``failed`` the items and their errors. Run it again."""

    audit_outcome = "failed"

    def __init__(self, msg, *, erased: list[dict], failed: list[tuple[dict, ApplianceError]], **kw):
        super().__init__(msg, **kw)
        self.erased, self.failed = erased, failed
        self.exit_code = failed[0][1].exit_code


# Rules ------------------------------------------------------------------------------------------
def _check_rule(kind: str, target: str, days) -> tuple[str, str, int]:
    if kind not in (*KINDS, AUDIT_KIND):
        raise InvalidInputError(
            M("retention.unknown_kind", "{kind!r} is not a kind of data retention applies to.", kind=kind),
            hint=M("retention.unknown_kind.hint", "Use one of: {kinds}.", kinds=", ".join((*KINDS, AUDIT_KIND))),
        )
    target = (target or "").strip()
    if not target or len(target) > 256 or any(ord(c) < 32 for c in target):
        raise InvalidInputError(
            M("retention.bad_target", "{target!r} is not a target: give a name, or * for all.", target=target),
            hint=M("retention.bad_target.hint", "For example: appliance retention set datasets registry 365."),
        )
    if kind in ("conversations", AUDIT_KIND) and target != ANY:
        raise InvalidInputError(
            M(
                "retention.target_must_be_any",
                "A {kind} rule holds for all of them: its target is *, not {target!r}.",
                kind=kind,
                target=target,
            ),
            hint=M("retention.target_must_be_any.hint", "Give * as the target (quoted in a shell: '*')."),
        )
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise InvalidInputError(
            M("retention.days_range", "A retention period is 1 to {most} days, not {days}.", most=MAX_DAYS, days=days),
            hint=M("retention.days_range.hint", "Give a whole number of days, for example 365."),
        )
    if kind == AUDIT_KIND and days < AUDIT_MIN_DAYS:
        raise InvalidInputError(
            M(
                "retention.audit_too_short",
                "The audit log must be kept at least {least} days (six months: EU AI Act Art. 19(1) and 26(6)), "
                "not {days}.",
                least=AUDIT_MIN_DAYS,
                days=days,
            ),
            hint=M(
                "retention.audit_too_short.hint",
                "Give {least} days or more; the appliance never prunes its log, the rule says how long you keep it "
                "and its archives.",
                least=AUDIT_MIN_DAYS,
            ),
        )
    return kind, target, days


def _who() -> str:
    from appliance.audit.log import actor

    a = actor()
    return a.get("person") or a["user"]


def set_rule(home, catalog, kind: str, target: str, days: int) -> dict:
    """Keep items of ``kind`` named ``target`` (``*``: all) ``days`` days (audited ``retention.set``).
    Returns the rule. Raises ``InvalidInputError`` for an unknown kind, a bad target, days outside
    1 to ``MAX_DAYS``, or an audit rule under ``AUDIT_MIN_DAYS``."""
    kind, target, days = _check_rule(kind, target, days)
    old = _rule_row(catalog, kind, target)
    row = {"kind": kind, "target": target, "days": days, "created_at": utc_now(), "created_by": _who()}
    params = {"kind": kind, "target": target, "days": days, "before": old["days"] if old else None}
    summary = M(
        "approval.summary.retention_set",
        "Keep {kind} {target} for {days} days (before: {before})",
        kind=kind,
        target=target,
        days=days,
        before=params["before"],
    )
    with action(catalog, "retention.set", params=params) as act:
        # A policy may ask a second person for it (docs/governance.md); spent with the change.
        approval = approvals.require(catalog, act, "retention.set", params, summary)
        with catalog.atomic():
            approvals.use(catalog, act, approval)
            catalog.db["retention_rules"].upsert(row, pk=("kind", "target"))
    return row


def clear_rule(home, catalog, kind: str, target: str) -> None:
    """Remove a rule (audited ``retention.clear``); the audit rule falls back to ``AUDIT_MIN_DAYS``.
    Raises ``NotFoundError`` when there is none."""
    old = _rule_row(catalog, kind, (target or "").strip())
    if old is None:
        raise NotFoundError(
            M("retention.no_rule", "There is no retention rule for {kind} {target!r}.", kind=kind, target=target),
            hint=M("retention.no_rule.hint", "`appliance retention show` lists the rules."),
        )
    params = {"kind": old["kind"], "target": old["target"], "days": old["days"]}
    summary = M(
        "approval.summary.retention_clear",
        "Remove the retention rule for {kind} {target} ({days} days)",
        kind=old["kind"],
        target=old["target"],
        days=old["days"],
    )
    with action(catalog, "retention.clear", params=params) as act:
        approval = approvals.require(catalog, act, "retention.clear", params, summary)
        with catalog.atomic():
            approvals.use(catalog, act, approval)
            catalog.db["retention_rules"].delete((old["kind"], old["target"]))


def _rule_row(catalog, kind: str, target: str) -> dict | None:
    return next(iter(catalog.db["retention_rules"].rows_where("kind = ? AND target = ?", [kind, target])), None)


def rules(catalog) -> list[dict]:
    """Every rule (kind, target, days, created_at, created_by), the audit log's included: set, or
    the default ``AUDIT_MIN_DAYS`` (then ``default`` is true)."""
    out = [dict(r) for r in catalog.db["retention_rules"].rows_where(order_by="kind, target")]
    if not any(r["kind"] == AUDIT_KIND for r in out):
        out.append(
            {
                "kind": AUDIT_KIND,
                "target": ANY,
                "days": AUDIT_MIN_DAYS,
                "created_at": None,
                "created_by": None,
                "default": True,
            }
        )
    order = (*KINDS, AUDIT_KIND)
    return sorted(out, key=lambda r: (order.index(r["kind"]) if r["kind"] in order else len(order), r["target"]))


# What is due --------------------------------------------------------------------------------------
def _parse_time(value: str) -> datetime:
    t = datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _check_now(now: datetime | None) -> datetime:
    real = datetime.now(timezone.utc)
    if now is None:
        return real
    now = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
    if now < real - FUTURE_SLACK:
        raise InvalidInputError(
            M(
                "retention.as_of_past",
                "Retention is not applied as of a past time ({as_of}); the clock says {now}.",
                as_of=now.isoformat(timespec="seconds"),
                now=real.isoformat(timespec="seconds"),
            ),
            hint=M("retention.as_of_past.hint", "Leave out --as-of, or give today or a later date."),
        )
    return now


def _candidates(catalog):
    """Every item retention could erase: (kind, id, the names a rule may target, display name,
    made at, details). No content: names and times from the catalog only."""
    db = catalog.db
    for r in db.execute("SELECT id, name, version, created_at FROM datasets ORDER BY created_at"):
        yield "datasets", r[0], (r[1],), f"{r[1]}@{r[2]}", r[3], {}
    for r in db.execute("SELECT id, updated_at FROM conversations ORDER BY updated_at"):
        yield "conversations", r[0], (), r[0], r[1], {}
    for r in db.execute(
        "SELECT c.id, c.line_id, l.name, c.created_at FROM capture_items c LEFT JOIN lines l ON l.id = c.line_id "
        "ORDER BY c.created_at"
    ):
        names = (r[2], r[1]) if r[2] else (r[1],)
        yield "capture", r[0], names, f"{r[2] or r[1]}/{r[0]}", r[3], {"line_id": r[1]}
    for r in db.execute(
        "SELECT v.id, v.collection_id, c.name, v.name, v.version, v.state, v.created_at FROM doc_versions v "
        "JOIN collections c ON c.id = v.collection_id ORDER BY v.created_at"
    ):
        detail = {"collection_id": r[1], "state": r[5]}
        yield "collections", r[0], (r[2], r[1]), f"{r[2]}/{r[3]} v{r[4]}", r[6], detail


def _referenced_by(catalog, object_id: str) -> list[str]:
    return [r[0] for r in catalog.db.execute("SELECT child_id FROM lineage WHERE parent_id = ?", [object_id])]


def due(home, catalog, now: datetime | None = None) -> list[dict]:
    """What ``apply`` would erase as of ``now`` (default: the clock; never earlier): one dict per
    item, ``kind``, ``id``, ``name``, ``created`` (when its period began), ``age_days``, ``rule``
    (``{"target", "days"}``), and for a dataset version that runs, lines or evaluations name,
    ``referenced_by``. Nothing is decrypted. Raises ``InvalidInputError`` for a past ``now``."""
    now = _check_now(now)
    by_kind: dict[str, dict[str, int]] = {}
    for r in catalog.db["retention_rules"].rows:
        by_kind.setdefault(r["kind"], {})[r["target"]] = int(r["days"])
    out = []
    for kind, oid, names, name, created, detail in _candidates(catalog):
        kind_rules = by_kind.get(kind)
        if not kind_rules:
            continue
        target = next((n for n in names if n in kind_rules), ANY if ANY in kind_rules else None)
        if target is None:
            continue
        age = (now - _parse_time(created)) / timedelta(days=1)
        if age < kind_rules[target]:
            continue
        item = {
            "kind": kind,
            "id": oid,
            "name": name,
            "created": created,
            "age_days": round(age, 2),
            "rule": {"target": target, "days": kind_rules[target]},
            **detail,
        }
        if kind == "datasets":
            item["referenced_by"] = _referenced_by(catalog, oid)
        out.append(item)
    return out


# Erasing -------------------------------------------------------------------------------------------
class _Eraser:
    """One ``apply``: the stores it erases through, and the capture rules (for the lines' keys)."""

    def __init__(self, home, catalog, keys):
        from appliance.adapt.capture import CaptureStore
        from appliance.data.datasets import DatasetStore
        from appliance.knowledge.store import DocStore
        from appliance.serving.conversations import ConversationStore

        self.home, self.catalog = home, catalog
        self.datasets = DatasetStore(home, catalog, keys)
        self.conversations = ConversationStore(home, catalog, keys)
        self.capture = CaptureStore(home, catalog, keys)
        self.docs = DocStore(home, catalog, keys)

    def _row(self, table: str, oid: str) -> dict | None:
        return next(iter(self.catalog.db[table].rows_where("id = ?", [oid])), None)

    def erase(self, item: dict) -> bool:
        """Erase one item inside its ``retention.erase`` action; False when it is already gone."""
        table = {"datasets": "datasets", "conversations": "conversations", "capture": "capture_items"}
        row = self._row(table.get(item["kind"], "doc_versions"), item["id"])
        if row is None:
            return False
        parents = [p for p in (item.get("line_id"), item.get("collection_id")) if p]
        params = {"kind": item["kind"], "rule": item["rule"], "age_days": item["age_days"]}
        if item.get("referenced_by"):
            params["referenced_by"] = item["referenced_by"][:20]
        with action(self.catalog, "retention.erase", objects=[item["id"], *parents], params=params):
            if item["kind"] == "datasets":
                self.datasets.remove(item["id"])  # key destroyed with the row (dataset.remove)
            elif item["kind"] == "conversations":
                self.conversations.delete(item["id"])  # likewise (conversation.delete)
            elif item["kind"] == "capture":
                self.capture._delete([row])  # the line's key stays for its other items
            else:
                col = self.docs.collection(row["collection_id"])
                with self.docs._locked(col, "retention"):
                    self.docs.cleanup(col)
                    row = self._row("doc_versions", item["id"])  # as it is under the lock
                    if row is not None:
                        self.docs._erase([row])  # this version's key with its row, then its segment
        return True

    def _ruled_lines(self) -> dict[str, str]:
        """Line id → the capture rule's target, for every line a rule covers."""
        targets = {r[0] for r in self.catalog.db.execute("SELECT target FROM retention_rules WHERE kind = 'capture'")}
        out = {}
        for line_id, name in self.catalog.db.execute("SELECT id, name FROM lines"):
            target = name if name in targets else line_id if line_id in targets else ANY if ANY in targets else None
            if target is not None:
                out[line_id] = target
        return out  # (lines are never removed: every capture folder is a line's)

    def finish_capture(self) -> list[dict]:
        """For each line a capture rule covers: once it holds no item and capture is off for it,
        destroy its key (``CaptureStore.erase``); otherwise remove files a killed removal left (no
        row names them, a day old), which its key could still open."""
        from appliance.adapt.capture import key_object

        out = []
        for line_id, target in self._ruled_lines().items():
            empty = self.catalog.db["capture_items"].count_where("line_id = ?", [line_id]) == 0
            if empty and not self.capture.settings(line_id)["enabled"]:
                if self.catalog.db["data_keys"].count_where("object_id = ?", [key_object(line_id)]):
                    params = {"kind": "capture", "rule": {"target": target}, "line_key": True}
                    with action(self.catalog, "retention.erase", objects=[key_object(line_id), line_id], params=params):
                        self.capture.erase(line_id)  # capture.erase: the key, then the folder
                    out.append({"kind": "capture", "id": key_object(line_id), "name": target, "line_key": True})
                continue
            out += self._leftovers(line_id, target)
        return out

    def _leftovers(self, line_id: str, target: str) -> list[dict]:
        folder = self.capture.folder(line_id)
        if not folder.is_dir():
            return []
        known = {r[0] for r in self.catalog.db.execute("SELECT id FROM capture_items WHERE line_id = ?", [line_id])}
        out = []
        for f in sorted(folder.glob("*.sealed")):
            stem = f.name[: -len(".sealed")]
            # A file being recorded has no row for a moment: only a day-old one is a leftover.
            if stem in known or time.time() - os.stat(f).st_mtime < LEFTOVER_GRACE_S:
                continue
            params = {"kind": "capture", "rule": {"target": target}, "leftover": True}
            with action(self.catalog, "retention.erase", objects=[stem, line_id], params=params):
                remove_path(f)
            out.append({"kind": "capture", "id": stem, "name": f"{target}/{stem}", "leftover": True})
        return out


def apply(home, catalog, keys, now: datetime | None = None, on_event: EventSink = ignore) -> list[dict]:
    """Erase everything ``due`` as of ``now`` (default: the clock; never earlier): one audited
    ``retention.erase`` per item inside one ``retention.apply``. Returns what was erased (``due``'s
    dicts). No key is opened: erasing destroys keys, so ``keys`` may be None. Raises
    ``InvalidInputError`` for a past ``now``; ``RetentionIncomplete`` when some items could not
    be erased (after erasing the others)."""
    now = _check_now(now)
    items = due(home, catalog, now)
    erased: list[dict] = []
    failed: list[tuple[dict, ApplianceError]] = []
    params = {"as_of": now.isoformat(timespec="seconds"), "due": len(items)}
    with action(catalog, "retention.apply", params=params) as act:
        eraser = _Eraser(home, catalog, keys)
        for i, item in enumerate(items):
            on_event(
                Progress(
                    "retention.erase",
                    message=M("retention.erasing", "Erasing {kind} {name}", kind=item["kind"], name=item["name"]),
                    done=i,
                    total=len(items),
                    unit="items",
                )
            )
            try:
                if eraser.erase(item):
                    erased.append(item)
            except ApplianceError as exc:  # recorded by its retention.erase; the other items go on
                failed.append((item, exc))
        erased += eraser.finish_capture()
        act.output(erased=len(erased), failed=len(failed))
        if failed:
            raise RetentionIncomplete(
                M(
                    "retention.incomplete",
                    "{failed} of {total} due items could not be erased (the first: {kind} {name}: {error}); "
                    "{erased} were.",
                    failed=len(failed),
                    total=len(items),
                    kind=failed[0][0]["kind"],
                    name=failed[0][0]["name"],
                    error=failed[0][1].msg,
                ),
                hint=M("retention.incomplete.hint", "Run `appliance retention apply` again once that is resolved."),
                erased=erased,
                failed=failed,
            )
    return erased
