"""Capture: what a model line serves, recorded with consent into sealed storage, and the feedback
people give on it (docs/adaptation.md, "Capture").

Capture is off for every line until an operator switches it on (``configure``, audited as
``capture.configure``), with a retention period (days) and a size cap (bytes). Each captured
request is one JSON document (``FORMAT`` 1, below) sealed (docs/formats/sealed-file.md) under the
line's capture key (purpose ``capture``, object ``capture-<line id>``) in
``<home>/capture/<line id>/<item id>.sealed``; its ``capture_items`` row holds no text: ids, size,
times, the rating, whether a correction came, the review's decision. Every record, feedback, read
(with its purpose), review decision, purge and erasure is an audited action (``capture.*``) whose
record names the items, never their text.

Capture never stops serving: the server hands each answer to a ``CaptureSink`` thread, which
refuses to write past the line's cap or into the disk's last ``RESERVE_BYTES`` (a
``CaptureFull`` it records once as ``capture.paused`` and once as ``capture.resumed`` when it can
write again), and a write that fails for want of space is dropped, never retried on the request.

The document::

    {"format": 1, "id": "cap-…", "line_id": "ln-…", "source": "api"|"chat"|"playground",
     "request_id": str|null, "response_id": str|null, "served_name": str, "export_id": str|null,
     "model_id": str|null, "kind": "chat"|"completion", "messages": [{"role", "content"}…],
     "answer": str, "usage": {"prompt_tokens", "completion_tokens"}, "seconds": float|null,
     "ttft": float|null, "route": str|null, "at": iso,
     "feedback": [{"rating": 1|-1|null, "correction": str|null, "comment": str|null,
                   "source": str, "at": iso}…],
     "redacted": int (how many spans review replaced), "edited_answer": str|null}
"""

from __future__ import annotations

import errno
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from appliance.audit.actions import action
from appliance.errors import ApplianceError, InvalidInputError, LockedError, NotFoundError, StorageError
from appliance.fsutil import atomic_write_bytes, free_bytes, remove_path
from appliance.ids import new_id, utc_now
from appliance.messages import M
from appliance.security import sealed
from appliance.security.vault import Vault

FORMAT = 1
DEFAULT_RETENTION_DAYS = 30
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
MIN_MAX_BYTES = 4096
MAX_RETENTION_DAYS = 3650
RESERVE_BYTES = 64 * 1024 * 1024  # capture stops before the disk's last 64 MiB; serving goes on
MAX_CORRECTION_CHARS = 32_000
MAX_COMMENT_CHARS = 4_000
STATUSES = ("new", "accepted", "rejected")
SOURCES = ("api", "chat", "playground")


class CaptureFull(ApplianceError):
    """Capture cannot write this item (the line's cap, or the disk's reserve); serving goes on."""

    exit_code = StorageError.exit_code

    def __init__(self, msg, *, reason: str, **kw):
        super().__init__(msg, **kw)
        self.reason = reason


def key_object(line_id: str) -> str:
    return f"capture-{line_id}"


def line_row(catalog, ref: str) -> dict:
    """A model line's row by name or id (the lines room is above this one)."""
    rows = list(catalog.db["lines"].rows_where("name = ? OR id = ?", [ref, ref]))
    if not rows:
        raise NotFoundError(
            M("line.not_found", "No model line called {name!r}.", name=ref),
            hint=M("line.not_found.hint", "List them with `appliance lines list`."),
        )
    row = catalog.decode(rows[0])
    for k in ("recipe", "dataset_ids", "suites", "gate", "meta"):
        if isinstance(row.get(k), str):
            row[k] = json.loads(row[k])
    return row


def lines_serving(catalog, model_id: str | None, served_name: str = "") -> list[str]:
    """The ids of the lines a served model belongs to: the line a ``LINE@CHANNEL`` name names, else
    every line one of whose channels holds ``model_id`` now."""
    if "@" in served_name:
        name = served_name.partition("@")[0]
        rows = list(catalog.db["lines"].rows_where("name = ?", [name]))
        if rows:
            return [rows[0]["id"]]
    if not model_id:
        return []
    rows = catalog.db.execute("SELECT DISTINCT line_id FROM line_channels WHERE model_id = ?", [model_id]).fetchall()
    return [r[0] for r in rows]


class CaptureStore:
    """Capture settings, captured items and their feedback, for every line of a workspace."""

    def __init__(self, home, catalog, keys=None):
        self.home, self.catalog, self.keys = home, catalog, keys
        self.vault = Vault(catalog)

    # Settings -----------------------------------------------------------------------------
    def folder(self, line_id: str) -> Path:
        return self.home.root / "capture" / line_id

    def settings(self, line_id: str) -> dict:
        rows = list(self.catalog.db["capture_settings"].rows_where("line_id = ?", [line_id]))
        row = rows[0] if rows else None
        if row is None:
            return {
                "line_id": line_id,
                "enabled": False,
                "retention_days": DEFAULT_RETENTION_DAYS,
                "max_bytes": DEFAULT_MAX_BYTES,
                "updated_at": None,
            }
        return {**row, "enabled": bool(row["enabled"])}

    def enabled_lines(self) -> dict[str, dict]:
        rows = self.catalog.db["capture_settings"].rows_where("enabled = 1")
        return {r["line_id"]: {**r, "enabled": True} for r in rows}

    def configure(
        self,
        line_ref: str,
        *,
        enabled: bool | None = None,
        retention_days: int | None = None,
        max_bytes: int | None = None,
    ) -> dict:
        """Switch capture for a line and set its retention and cap (audited ``capture.configure``)."""
        line = line_row(self.catalog, line_ref)
        now = self.settings(line["id"])
        new = {
            "line_id": line["id"],
            "enabled": now["enabled"] if enabled is None else bool(enabled),
            "retention_days": now["retention_days"] if retention_days is None else int(retention_days),
            "max_bytes": now["max_bytes"] if max_bytes is None else int(max_bytes),
        }
        if not 1 <= new["retention_days"] <= MAX_RETENTION_DAYS:
            raise InvalidInputError(
                M(
                    "capture.retention_range",
                    "The retention period must be 1 to {most} days, not {days}.",
                    most=MAX_RETENTION_DAYS,
                    days=new["retention_days"],
                ),
                hint=M("capture.retention_range.hint", "For example --retention-days 30."),
            )
        if new["max_bytes"] < MIN_MAX_BYTES:
            raise InvalidInputError(
                M(
                    "capture.cap_too_small",
                    "The size cap must be at least {least} bytes, not {cap}.",
                    least=MIN_MAX_BYTES,
                    cap=new["max_bytes"],
                ),
                hint=M("capture.cap_too_small.hint", "For example --max-mb 256."),
            )
        with action(
            self.catalog,
            "capture.configure",
            objects=[line["id"]],
            params={"line": line["name"], **{k: v for k, v in new.items() if k != "line_id"}},
        ):
            if new["enabled"]:
                self._key(line["id"])  # the line's capture key exists before the first request
            with self.catalog.atomic():
                self.catalog.db["capture_settings"].upsert(
                    {**new, "enabled": int(new["enabled"]), "updated_at": utc_now()}, pk="line_id"
                )
        return self.settings(line["id"])

    def _need_keys(self):
        if self.keys is None:
            raise LockedError(
                M("capture.locked", "Captured requests are encrypted: the workspace is locked."),
                hint=M("capture.locked.hint", "Unlock it first (`appliance unlock`)."),
            )
        return self.keys

    def _key(self, line_id: str) -> bytes:
        return self.vault.object_key(self._need_keys(), key_object(line_id), "capture")

    # Recording ------------------------------------------------------------------------------
    def used_bytes(self, line_id: str) -> int:
        row = self.catalog.db.execute("SELECT COALESCE(SUM(bytes), 0) FROM capture_items WHERE line_id = ?", [line_id])
        return int(row.fetchone()[0])

    def record(self, line_id: str, item: dict) -> dict | None:
        """Seal one served request for ``line_id`` (audited ``capture.record``). Returns its row, or
        None when capture is off for the line; raises ``CaptureFull`` at the cap or the reserve."""
        settings = self.settings(line_id)
        if not settings["enabled"]:
            return None
        iid = item.get("id") or new_id("cap")
        doc = {"format": FORMAT, "feedback": [], "redacted": 0, "edited_answer": None, **item, "id": iid}
        doc["line_id"] = line_id
        doc.setdefault("at", utc_now())
        key = self._key(line_id)
        key_id = self.vault.key_for_object(key_object(line_id))
        blob = sealed.seal_bytes(json.dumps(doc, ensure_ascii=False).encode(), key, object_id=iid, key_id=key_id)
        self._check_room(line_id, settings, len(blob))
        path = self.folder(line_id) / f"{iid}.sealed"
        with action(
            self.catalog,
            "capture.record",
            objects=[line_id, iid],
            params={"source": doc.get("source"), "request_id": doc.get("request_id"), "bytes": len(blob)},
        ):
            try:
                atomic_write_bytes(path, blob)
            except StorageError as exc:
                if isinstance(exc.__cause__, OSError) and exc.__cause__.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise self._full("disk") from exc
                raise
            row = {
                "id": iid,
                "line_id": line_id,
                "source": doc.get("source") or "api",
                "request_id": doc.get("request_id"),
                "response_id": doc.get("response_id"),
                "export_id": doc.get("export_id"),
                "model_id": doc.get("model_id"),
                "key_id": key_id,
                "path": path.relative_to(self.home.root).as_posix(),
                "bytes": len(blob),
                "created_at": doc["at"],
                "status": "new",
                "corrected": 0,
            }
            try:
                with self.catalog.atomic():
                    self.catalog.db["capture_items"].insert(row, pk="id")
            except BaseException:
                remove_path(path)
                raise
        return row

    def _check_room(self, line_id: str, settings: dict, size: int) -> None:
        if self.used_bytes(line_id) + size > settings["max_bytes"]:
            raise self._full("cap")
        if free_bytes(self.folder(line_id)) - size < RESERVE_BYTES:
            raise self._full("disk")

    @staticmethod
    def _full(reason: str) -> CaptureFull:
        if reason == "cap":
            msg = M("capture.full_cap", "Capture is paused: the line's captured requests reached its size cap.")
            hint = M("capture.full_cap.hint", "Review and accept or reject them, raise the cap, or shorten retention.")
        else:
            msg = M("capture.full_disk", "Capture is paused: the disk is nearly full.")
            hint = M("capture.full_disk.hint", "Free some space; serving goes on without capture meanwhile.")
        return CaptureFull(msg, reason=reason, hint=hint)

    # Finding and reading ----------------------------------------------------------------------
    def find(self, ref: str) -> dict:
        """The item a response id, request id or item id names."""
        rows = list(
            self.catalog.db["capture_items"].rows_where(
                "id = ? OR response_id = ? OR request_id = ?", [ref, ref, ref], limit=1
            )
        )
        if not rows:
            raise NotFoundError(
                M(
                    "capture.not_found",
                    "No captured request {id}: it was not captured (capture is off for its line), it expired, "
                    "or the id is wrong.",
                    id=ref,
                ),
                hint=M("capture.not_found.hint", "Give the `id` of a chat completion, or its x-request-id."),
            )
        return self.catalog.decode(rows[0])

    def items(
        self,
        line_ref: str,
        *,
        status: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        feedback_only: bool = False,
    ) -> list[dict]:
        """A line's items (rows, no text), newest first."""
        line = line_row(self.catalog, line_ref)
        where, args = ["line_id = ?"], [line["id"]]
        if status:
            where.append("status = ?")
            args.append(status)
        if since:
            where.append("created_at >= ?")
            args.append(since)
        if feedback_only:
            where.append("(rating IS NOT NULL OR corrected = 1)")
        rows = self.catalog.db["capture_items"].rows_where(
            " AND ".join(where), args, order_by="created_at desc", limit=limit
        )
        return [self.catalog.decode(r) for r in rows]

    def _open(self, row: dict) -> dict:
        key = self.vault.data_key(self._need_keys(), row["key_id"], key_object(row["line_id"]))
        data = sealed.open_file(self.home.root / row["path"], lambda _h: key, expected_object_id=row["id"])
        return json.loads(data)

    def read(self, rows: list[dict], *, purpose: str) -> list[dict]:
        """The documents of ``rows``, decrypted in memory (audited ``capture.read``: the ids and why)."""
        if not rows:
            return []
        with action(
            self.catalog,
            "capture.read",
            objects=sorted({r["line_id"] for r in rows}) + [r["id"] for r in rows[:200]],
            params={"purpose": purpose, "items": len(rows)},
        ):
            return [self._open(r) for r in rows]

    def _rewrite(self, row: dict, doc: dict) -> int:
        key = self.vault.data_key(self._need_keys(), row["key_id"], key_object(row["line_id"]))
        blob = sealed.seal_bytes(
            json.dumps(doc, ensure_ascii=False).encode(), key, object_id=row["id"], key_id=row["key_id"]
        )
        atomic_write_bytes(self.home.root / row["path"], blob)
        return len(blob)

    # Feedback -----------------------------------------------------------------------------------
    def feedback(
        self,
        ref: str,
        *,
        rating: int | None = None,
        correction: str | None = None,
        comment: str | None = None,
        source: str = "api",
        count_tokens=None,
        max_tokens: int | None = None,
    ) -> dict:
        """Feedback on a captured answer (audited ``capture.feedback``: the rating, whether a
        correction and a comment came, never their text). ``count_tokens``/``max_tokens`` refuse a
        correction longer than the model's context."""
        rating = check_feedback(rating, correction, comment)
        row = self.find(ref)
        if correction and count_tokens is not None and max_tokens:
            n = count_tokens(correction)
            if n > max_tokens:
                raise InvalidInputError(
                    M(
                        "capture.correction_too_long",
                        "The correction is {n} tokens long; the model's context holds {most}.",
                        n=n,
                        most=max_tokens,
                    ),
                    hint=M("capture.correction_too_long.hint", "Send a shorter corrected answer."),
                )
        fid = new_id("fb")
        with action(
            self.catalog,
            "capture.feedback",
            objects=[row["line_id"], row["id"], fid],
            params={"rating": rating, "correction": bool(correction), "comment": bool(comment), "source": source},
        ):
            doc = self._open(row)
            doc.setdefault("feedback", []).append(
                {"id": fid, "rating": rating, "correction": correction, "comment": comment, "source": source}
                | {"at": utc_now()}
            )
            size = self._rewrite(row, doc)
            fields = {"feedback_at": utc_now(), "bytes": size}
            if rating is not None:
                fields["rating"] = rating
            if correction:
                fields["corrected"] = 1
            with self.catalog.atomic():
                self.catalog.db["capture_items"].update(row["id"], fields)
        return {"id": fid, "item_id": row["id"], "response_id": row.get("response_id"), "rating": rating}

    # Review -------------------------------------------------------------------------------------
    def decide(
        self,
        item_id: str,
        decision: str,
        *,
        answer: str | None = None,
        redact: list[str] | None = None,
        reason: str = "",
    ) -> dict:
        """An operator's review of one item (audited ``capture.review``): ``accept`` (with an edited
        ``answer`` to learn instead, and ``redact``: spans replaced by ``[redacted]`` everywhere in
        the document, the originals gone from the disk) or ``reject``."""
        if decision not in ("accept", "reject"):
            raise InvalidInputError(
                M("capture.bad_decision", "A review decides accept or reject, not {d!r}.", d=decision),
                hint=M("capture.bad_decision.hint", "Use accept (optionally with an edit or redactions) or reject."),
            )
        row = self.find(item_id)
        spans = [s for s in (redact or []) if s]
        with action(
            self.catalog,
            "capture.review",
            objects=[row["line_id"], row["id"]],
            params={"decision": decision, "edited": answer is not None, "redactions": len(spans), "reason": reason},
        ):
            fields = {
                "status": "accepted" if decision == "accept" else "rejected",
                "reviewed_at": utc_now(),
                "decision": json.dumps({"decision": decision, "edited": answer is not None, "redactions": len(spans)}),
            }
            if answer is not None or spans:
                doc = self._open(row)
                if answer is not None:
                    doc["edited_answer"] = answer
                doc, n = redacted(doc, spans)
                doc["redacted"] = int(doc.get("redacted") or 0) + n
                fields["bytes"] = self._rewrite(row, doc)
            with self.catalog.atomic():
                self.catalog.db["capture_items"].update(row["id"], fields)
        return self.find(row["id"])

    def mark_used(self, item_ids: list[str], dataset_id: str) -> None:
        """Accepted items that went into a dataset version (inside the caller's audited action)."""
        with self.catalog.atomic():
            for iid in item_ids:
                self.catalog.db["capture_items"].update(iid, {"dataset_id": dataset_id})

    # Retention ----------------------------------------------------------------------------------
    def purge_expired(self, *, now: datetime | None = None) -> dict[str, int]:
        """Delete every item older than its line's retention period (audited ``capture.purge`` per
        line, with the count). Returns ``{line_id: removed}``."""
        now = now or datetime.now(timezone.utc)
        out: dict[str, int] = {}
        for s in self.catalog.db["capture_settings"].rows:
            cutoff = expired_before(int(s["retention_days"]), now)
            rows = list(
                self.catalog.db["capture_items"].rows_where("line_id = ? AND created_at < ?", [s["line_id"], cutoff])
            )
            if not rows:
                continue
            with action(
                self.catalog,
                "capture.purge",
                objects=[s["line_id"]],
                params={"retention_days": s["retention_days"], "items": len(rows), "before": cutoff},
            ):
                self._delete(rows)
            out[s["line_id"]] = len(rows)
        return out

    def _delete(self, rows: list[dict]) -> None:
        with self.catalog.atomic():
            for r in rows:
                self.catalog.db["capture_items"].delete(r["id"])
        for r in rows:  # a kill here leaves files no row names: nothing lists them, erase removes them
            remove_path(self.home.root / r["path"])

    def erase(self, line_ref: str) -> int:
        """Crypto-erase everything captured for a line: its key first, then rows and files
        (audited ``capture.erase``). Capture is switched off."""
        line = line_row(self.catalog, line_ref)
        rows = list(self.catalog.db["capture_items"].rows_where("line_id = ?", [line["id"]]))
        with action(self.catalog, "capture.erase", objects=[line["id"]], params={"items": len(rows)}):
            self.vault.destroy_data_keys(key_object(line["id"]))
            with self.catalog.atomic():
                self.catalog.db["capture_items"].delete_where("line_id = ?", [line["id"]])
                if self.catalog.db["capture_settings"].count_where("line_id = ?", [line["id"]]):
                    self.catalog.db["capture_settings"].update(line["id"], {"enabled": 0, "updated_at": utc_now()})
            remove_path(self.folder(line["id"]))
        return len(rows)


def check_feedback(rating, correction, comment) -> int | None:
    """The rating as +1/-1/None; refuses feedback that says nothing or is not what it should be."""
    words = {"up": 1, "good": 1, "down": -1, "bad": -1, "+1": 1, "-1": -1}
    if isinstance(rating, str):
        rating = words.get(rating.strip().lower(), rating)
    if isinstance(rating, bool) or (rating is not None and rating not in (1, -1)):
        raise InvalidInputError(
            M("capture.bad_rating", "rating must be 1 (good) or -1 (bad), not {r!r}.", r=rating),
            hint=M("capture.bad_rating.hint", 'Send rating 1 or -1 (or "up"/"down").'),
        )
    for name, value, most in (
        ("correction", correction, MAX_CORRECTION_CHARS),
        ("comment", comment, MAX_COMMENT_CHARS),
    ):
        if value is not None and not isinstance(value, str):
            raise InvalidInputError(
                M("capture.field_not_text", "{field} must be text.", field=name),
                hint=M("capture.field_not_text.hint", "Send a JSON string."),
            )
        if value is not None and len(value) > most:
            raise InvalidInputError(
                M(
                    "capture.field_too_long",
                    "{field} is {n} characters; at most {most}.",
                    field=name,
                    n=len(value),
                    most=most,
                ),
                hint=M("capture.field_too_long.hint", "Shorten it."),
            )
    if rating is None and not (correction or "").strip() and not (comment or "").strip():
        raise InvalidInputError(
            M("capture.empty_feedback", "Feedback needs a rating, a correction or a comment."),
            hint=M("capture.empty_feedback.hint", "Send rating 1 or -1, or a corrected answer."),
        )
    return rating


def redacted(doc: dict, spans: list[str]) -> tuple[dict, int]:
    """``doc`` with every occurrence of each span in its texts replaced by ``[redacted]``."""
    if not spans:
        return doc, 0
    count = 0

    def scrub(text):
        nonlocal count
        if not isinstance(text, str):
            return text
        for s in spans:
            count += text.count(s)
            text = text.replace(s, "[redacted]")
        return text

    doc = dict(doc)
    doc["messages"] = [dict(m, content=scrub(m.get("content"))) for m in doc.get("messages") or []]
    for field in ("answer", "edited_answer"):
        doc[field] = scrub(doc.get(field))
    doc["feedback"] = [
        dict(f, correction=scrub(f.get("correction")), comment=scrub(f.get("comment")))
        for f in doc.get("feedback") or []
    ]
    return doc, count


def answer_to_learn(doc: dict) -> str | None:
    """The answer a reviewed item teaches: the reviewer's edit, else the newest correction, else
    (when rated good) the answer given."""
    if doc.get("edited_answer"):
        return doc["edited_answer"]
    for f in reversed(doc.get("feedback") or []):
        if (f.get("correction") or "").strip():
            return f["correction"]
    if any(f.get("rating") == 1 for f in doc.get("feedback") or []):
        return doc.get("answer")
    return None


def capturing_line(catalog, model_id: str | None) -> str | None:
    """The line with capture on that a model belongs to (its first), else None."""
    enabled = {r["line_id"] for r in catalog.db["capture_settings"].rows_where("enabled = 1")}
    return next((line for line in lines_serving(catalog, model_id) if line in enabled), None)


def capture_turn(
    home, catalog, keys, export: dict, messages: list[dict], answer: str, stats: dict | None = None, *, source: str
) -> str | None:
    """Record one answer of ``appliance chat`` or the Playground when the export's model belongs to
    a line with capture on; returns the item id (for feedback on it), or None (capture off, or
    paused: ``CaptureFull``)."""
    line = capturing_line(catalog, export.get("model_id"))
    if line is None or keys is None:
        return None
    stats = stats or {}
    item = {
        "source": source,
        "export_id": export.get("id"),
        "model_id": export.get("model_id"),
        "served_name": export.get("name") or "",
        "kind": "chat",
        "messages": [{"role": m["role"], "content": m.get("content") or ""} for m in messages],
        "answer": answer,
        "usage": {
            "prompt_tokens": int(stats.get("prompt_tokens") or 0),
            "completion_tokens": int(stats.get("tokens") or 0),
        },
        "seconds": stats.get("seconds"),
        "ttft": stats.get("ttft_s"),
        "at": utc_now(),
    }
    try:
        row = CaptureStore(home, catalog, keys).record(line, item)
    except CaptureFull:
        return None
    return row["id"] if row else None


def expired_before(days: int, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return (now - timedelta(days=days)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
