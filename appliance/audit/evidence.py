"""The operator's side of the audit log, as one library call each for the CLI and the GUI:
verify this workspace's live log (``verify_log``) and write an evidence package for the
registered auditors (``export_evidence``), with every export's model card, ML-BOM and their
signatures (``export_cards``: read from the ``exports`` table and the export folders, as the audit
layer sits below the export room that writes them).

``appliance audit verify|log|export`` and the GUI's Audit page are thin clients of these: the
checks, the audited action, the error mapping and the recorded outputs live here only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from appliance.audit.actions import action
from appliance.audit.log import AuditLog, actor
from appliance.audit.package import PackageError, read_kept_checkpoint, write_package
from appliance.errors import AuditTampered, InvalidInputError
from appliance.ids import utc_now
from appliance.messages import M, Message


class LiveVerification(NamedTuple):
    """The log's state row (its id and signing key) and the ``VerifyResult``."""

    state: dict
    result: Any  # appliance.audit.verify.VerifyResult


def verify_log(catalog, *, keys: Callable[[], Any] | None = None, kept_path: Path | None = None) -> LiveVerification:
    """Verify this workspace's audit log: numbering, hash chain, signed checkpoints, Merkle roots
    and the log's own state.

    ``keys`` returns the unlocked key provider when the records are to be decrypted too; it is
    called only once the log is known to exist (so a missing log is reported before a passphrase
    is asked for). ``kept_path`` is a checkpoint kept from an earlier verification (detects
    truncation and restored copies). Raises ``AuditUnavailable`` without a log and
    ``InvalidInputError`` for a kept checkpoint that is unreadable or of another log. A log that
    fails verification is *not* an exception here: read ``result.ok``.
    """
    log = AuditLog(catalog)
    st = log.require()
    kept = None
    if kept_path:
        try:
            kept = read_kept_checkpoint(Path(kept_path))
        except PackageError as exc:
            raise InvalidInputError(
                exc.msg,
                hint=M(
                    "audit.kept_unreadable.hint", "Give the file an earlier verification saved with --save-checkpoint."
                ),
            ) from exc
        if kept["log_id"] not in (None, st["log_id"]):
            raise InvalidInputError(
                M(
                    "audit.kept_other_log",
                    "{path} belongs to log {log_id:.80}, not this workspace's {this}.",
                    path=str(kept_path),
                    log_id=repr(kept["log_id"]),
                    this=st["log_id"],
                ),
                hint=M("audit.kept_other_log.hint", "Give a checkpoint saved from this workspace's log."),
            )
    priv = log.audit_private_key(keys()) if keys is not None else None
    return LiveVerification(st, log.verify(audit_private=priv, kept=kept))


@dataclass(frozen=True)
class EvidenceExport:
    """What ``export_evidence`` wrote: the package folder, how many records it holds, the Merkle
    root of its newest checkpoint (hex) and how many auditors can decrypt it."""

    path: Path
    size: int
    root: str
    auditors: int


def export_evidence(catalog, dest: Path, *, on_note: Callable[[Message], None] | None = None) -> EvidenceExport:
    """Write an evidence package (sealed records, checkpoints, proofs, the auditors' wrapped keys)
    into ``dest``, a new or empty folder, as the audited action ``audit.export``.

    ``on_note`` hears a warning when no auditor is registered (nobody could decrypt the package;
    it is written anyway). Raises ``AuditUnavailable`` without an audit log and
    ``InvalidInputError`` (recorded as refused) when ``dest`` exists and is not empty. On a log
    altered outside the appliance (which takes no record) the package is written, unrecorded,
    and ``AuditTampered`` says so.
    """
    dest = Path(dest)
    log = AuditLog(catalog)
    log.require()
    if not log.auditors() and on_note is not None:
        on_note(
            M(
                "audit.no_auditor",
                "no auditor is registered, so nobody can decrypt this package (`appliance audit add-auditor`).",
            )
        )
    refusal = log.refusal()
    if refusal is not None:
        _export_unrecorded(log, catalog, dest, refusal)
    with action(catalog, "audit.export", params={"to": str(dest)}) as act:
        manifest = _write(log, catalog, dest)
        act.output(size=manifest["size"], root=manifest["root"])
    return EvidenceExport(path=dest, size=manifest["size"], root=manifest["root"], auditors=len(log.auditors()))


def export_cards(catalog) -> dict:
    """Each export's model card files as its row records them (``exports.card``: names and
    digests), read from its folder: ``{export id: {"status", "model_id", "files": {name: bytes},
    "missing": [names], "altered": [names]}}``. A file gone is named in ``missing``; one whose
    bytes no longer match the record is carried as it is and named in ``altered`` (its signature
    then fails for the auditor)."""
    if "card" not in catalog.db["exports"].columns_dict:
        return {}
    root, out = Path(catalog.path).parent, {}
    for row in catalog.db["exports"].rows_where("card IS NOT NULL", order_by="created_at"):
        try:
            recorded = json.loads(row["card"]).get("files") or {}
        except (ValueError, AttributeError):
            continue
        folder, entry = (root / row["path"]).parent, {"status": row["status"], "model_id": row["model_id"]}
        entry.update(files={}, missing=[], altered=[])
        for name, meta in sorted(recorded.items()):
            if "/" in name or name.startswith("."):
                continue
            try:
                data = (folder / name).read_bytes()
            except OSError:
                entry["missing"].append(name)
                continue
            entry["files"][name] = data
            if hashlib.sha256(data).hexdigest() != (meta or {}).get("sha256"):
                entry["altered"].append(name)
        out[row["id"]] = entry
    return out


def _write(log: AuditLog, catalog, dest: Path) -> dict:
    """The package of a consistent snapshot of the log (as ``AuditLog.export_package``), with the
    exports' model cards."""
    from appliance.security.vault import Vault

    try:
        st, rows, checkpoints, auditors = log.snapshot()
        return write_package(
            Path(dest),
            state=st,
            workspace_id=Vault(catalog).status()["workspace_id"],
            rows=rows,
            checkpoints=checkpoints,
            auditors=auditors,
            exported_by=actor(),
            exported_at=utc_now(),
            cards=export_cards(catalog),
        )
    except PackageError as exc:
        raise InvalidInputError(
            exc.msg,
            hint=M(
                "audit.package_dest.hint",
                "Choose a new, empty folder for the package; {path} is left as it is.",
                path=str(dest),
            ),
        ) from exc


def _export_unrecorded(log: AuditLog, catalog, dest: Path, refusal: AuditTampered) -> None:
    """A log altered outside the appliance takes no record, so this export cannot be recorded; the
    package is what the auditor needs to examine the damage, so it is written all the same and
    the error says exactly that (never "nothing was written")."""
    manifest = _write(log, catalog, dest)
    raise AuditTampered(
        M(
            "audit.export_unrecorded",
            "The audit log was altered outside the appliance: {reason}. It takes no new record, so this "
            "export is not recorded in the log; the evidence package was written to {path} all the same "
            "({n} records, as they are now), for your auditor to examine.",
            reason=refusal.reason,
            path=str(dest),
            n=manifest["size"],
        ),
        hint=M(
            "audit.export_unrecorded.hint",
            "Give the package to your auditor; `appliance audit verify` shows the damage. Keep this machine as it is.",
        ),
    )
