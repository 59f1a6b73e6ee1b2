"""Finishing what a killed process left behind, at the start of the next command.

A process can die at any instruction (``kill -9``, a crash in native code, power loss). Every
multi-step write records its intent before it writes files (``appliance/intents.py``; exports
and runs carry their owner process in their rows), so the next command that opens the catalog
(or ``appliance doctor --repair``, or the GUI when it opens a home) can tell work in progress
from work abandoned and close the latter, each step an audited action:

* an intent whose owner is gone is rolled back: the paths it named are removed
  (``recover.rollback``); the object's row was never written, so nothing else refers to them;
* a training run left ``running`` by a dead process becomes ``interrupted`` at its last
  checkpoint (resumable), or ``failed`` if it never wrote one (``train.interrupted``);
* an export left ``pending`` becomes ``failed`` with the stage its log reached
  (``export.recover``, in ``export/pipeline.py``);
* a file or folder under ``datasets/``, ``models/``, ``runs/`` or ``exports/`` that no catalog row
  and no live intent names is removed (``recover.orphan``): what a removal killed after its
  transaction left, or what an older version left.

Staging folders of dead processes are swept by ``Home.open``. The check costs a few queries and
four directory listings when nothing is wrong. Nothing here ever signs or rewrites the audit log.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from appliance import intents
from appliance.fsutil import remove_path
from appliance.messages import M, Message
from appliance.states import ExportStatus, RunStatus


def _rows(catalog, table: str, where: str | None = None, args=None) -> list[dict]:
    return list(catalog.db[table].rows_where(where, args)) if catalog.db[table].exists() else []


def _meta(row: dict) -> dict:
    meta = row.get("meta")
    return json.loads(meta) if isinstance(meta, str) else (meta or {})


def _orphans(home, catalog) -> list[Path]:
    """Entries of the managed folders that no row names and no live intent will name."""
    named = {
        row["path"]
        for table in ("datasets", "models", "runs", "conversations", "suites", "evaluations")
        for row in _rows(catalog, table)
    }
    named |= {Path(row["path"]).parent.as_posix() for row in _rows(catalog, "exports")}
    for it in intents.pending(catalog):
        named |= set(it["paths"])
    out = []
    for folder in (
        home.datasets_dir,
        home.models_dir,
        home.root / "runs",
        home.exports_dir,
        home.root / "conversations",
        home.root / "suites",
        home.root / "evals",
    ):
        if folder.is_dir():
            out += [p for p in folder.iterdir() if p.relative_to(home.root).as_posix() not in named]
    return sorted(out)


def _dead_runs(catalog) -> list[dict]:
    return [r for r in _rows(catalog, "runs", "status = ?", [RunStatus.RUNNING]) if not intents.owner_alive(_meta(r))]


def needs_recovery(home, catalog) -> bool:
    if not catalog.db["audit_state"].exists():
        return False
    if (
        intents.pending(catalog)
        or _dead_runs(catalog)
        or _rows(catalog, "exports", "status = ?", [ExportStatus.PENDING])
    ):
        return True
    return bool(_orphans(home, catalog))


def note_version(home, catalog) -> Message | None:
    """The first command of a new appliance version records the change in the workspace's audit
    log (``app.version-change``, from and to); returns a sentence for the user, or None."""
    from appliance.audit.log import AuditLog
    from appliance.version import __version__

    marker = home.root / "app-version"
    try:
        before = marker.read_text(encoding="utf-8").strip()
    except OSError:
        before = None
    if before == __version__ or not AuditLog(catalog).available:
        return None
    from appliance.audit.actions import action

    with action(catalog, "app.version-change", params={"from": before, "to": __version__}):
        tmp = marker.with_name("app-version.partial")
        tmp.write_text(__version__ + "\n", encoding="utf-8")
        os.replace(tmp, marker)
    if before is None:
        return None
    return M(
        "recover.updated",
        "The appliance was updated from {before} to {after} (recorded in the audit log).",
        before=before,
        after=__version__,
    )


def recover(home, catalog) -> list[Message]:
    """Close abandoned work; returns one sentence (a ``Message``) per thing it closed, for the user
    to read.

    On a log altered outside the appliance nothing is recorded (every append refuses), so
    nothing is recovered either: `audit verify` and every writing command say why."""
    from appliance.audit.log import AuditTampered

    try:
        return _recover(home, catalog)
    except AuditTampered:
        return []


def _recover(home, catalog) -> list[Message]:
    from appliance.audit.log import AuditLog

    changed = note_version(home, catalog) if catalog.db["audit_state"].exists() else None
    if not needs_recovery(home, catalog) or not AuditLog(catalog).available:
        return [changed] if changed else []
    from appliance.audit.actions import action
    from appliance.export.pipeline import Exporter

    notes = [changed] if changed else []
    for it in intents.pending(catalog):
        if intents.owner_alive(it["owner"]):
            continue
        with (
            action(
                catalog,
                "recover.rollback",
                objects=[it["object_id"]] if it["object_id"] else [],
                params={"kind": it["kind"], "paths": it["paths"], "pid": it["owner"].get("pid")},
            ),
            catalog.atomic(),
        ):
            for p in it["paths"]:
                remove_path(home.root / p)
            catalog.db["intents"].delete(it["id"])
        notes.append(
            M(
                "recover.rolled_back",
                "An unfinished {kind} of {object_id} (process {pid} ended "
                "before it finished) was rolled back; nothing of it was kept.",
                kind=it["kind"],
                object_id=it["object_id"],
                pid=it["owner"].get("pid"),
            )
        )
    notes += _close_dead_runs(home, catalog)
    notes += [
        M(
            "recover.export_failed",
            "Export {export_id} ({quant}) was {error}; it is marked failed and its files are removed.",
            export_id=row["id"],
            quant=row["quant"],
            error=_stored_error(row),
        )
        for row in Exporter(home, catalog).recover_interrupted()
    ]
    for path in _orphans(home, catalog):
        rel = path.relative_to(home.root).as_posix()
        with action(catalog, "recover.orphan", params={"path": rel}):
            remove_path(path)
        notes.append(
            M(
                "recover.orphan_removed",
                "Removed {path}, which no catalog entry names (left by an operation that was killed).",
                path=rel,
            )
        )
    return notes


def _stored_error(row: dict) -> Message | str:
    """A row's ``error``: the message kept beside the English in its meta, or the English."""
    d = _meta(row).get("error_message")
    return Message.from_dict(d) if isinstance(d, dict) else row["error"]


def _close_dead_runs(home, catalog) -> list[Message]:
    from appliance.audit.actions import action
    from appliance.catalog import utc_now
    from appliance.tuning import checkpoints as ckpt
    from appliance.tuning.runs import RunStore

    runs = RunStore(home, catalog)
    notes = []
    for row in _dead_runs(catalog):
        row = runs.get(row["id"])
        pid = _meta(row).get("pid")
        checkpoints = runs.checkpoints(row)
        if checkpoints:
            step = ckpt.read_state(checkpoints[-1])["step"]
            status = RunStatus.INTERRUPTED
            error = M(
                "recover.run_interrupted",
                "the training process (pid {pid}) ended without finishing (killed or crashed); its last "
                "checkpoint is at step {step}: `appliance train --resume {run_id}` continues from it",
                pid=pid,
                step=step,
                run_id=row["id"],
            )
        else:
            step, status = 0, RunStatus.FAILED
            error = M(
                "recover.run_failed",
                "the training process (pid {pid}) ended before its first checkpoint (killed or crashed); "
                "nothing to resume: start the run again",
                pid=pid,
            )
        # ``error`` in English (as ever), the message beside it in the meta (as exports keep theirs).
        meta = {**_meta(row), "error_message": error.to_dict()}
        with (
            action(catalog, "train.interrupted", objects=[row["id"]], params={"step": step, "pid": pid}),
            catalog.atomic(),
        ):
            runs.update(
                row["id"], status=status, error=error.render("en"), meta=meta, steps_done=step, finished_at=utc_now()
            )
        notes.append(
            M(
                "recover.run_closed",
                "Run {run_id} ({name}) was left running by a process that ended: {error}.",
                run_id=row["id"],
                name=row["name"],
                error=error,
            )
        )
    return notes
