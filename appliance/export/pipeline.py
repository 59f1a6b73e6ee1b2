"""Export a stored model to GGUF with llama.cpp's own converter and quantizer, then verify it.

Flow: record the export ``pending`` with its lineage and owner process; convert the HF copy
with ``convert_hf_to_gguf.py`` (the runtime's version, in a torch worker process), quantize with
``llama_model_quantize`` (a llama.cpp worker, so a cancel stops it at once), hash, flush and
rename into ``<home>/exports/<id>/``, run the verification gate (its two halves in their own
workers), and record ``verified`` or ``failed`` with the report. A failed gate keeps the file
(so it can be inspected) but ``serve`` refuses it by default.

Crash safety: anything that stops the export before its verdict (an error, a cancel, a worker
killed by a signal) marks it ``failed`` with the stage and the reason and removes its files. If
the exporting process itself dies (``kill -9``, power loss), the next command that opens the
catalog finds the ``pending`` row whose owner is gone and does the same
(``Exporter.recover_interrupted``); staging folders of dead processes are swept by ``Home``.
Every stage writes to one log, ``<home>/logs/export-<id>.log``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from appliance import faults
from appliance.catalog import Catalog, new_id, utc_now
from appliance.errors import ApplianceError, Cancelled, ExportError, InvalidInputError, VerificationFailed
from appliance.events import CancelToken, EventSink, Progress, StageTimer, ignore
from appliance.export.gate_files import write_parity
from appliance.export.job import ExportJob, QuantType, log_stage, make_gguf
from appliance.export.verify import THRESHOLDS, GateReport, check_policy, run_gate, start_reference
from appliance.fsutil import commit_path, ensure_free_space, file_manifest, manifest_digest, remove_path, sha256_file
from appliance.home import Home
from appliance.host import native
from appliance.intents import owner, owner_alive
from appliance.messages import M, Message, text
from appliance.models.store import ModelStore
from appliance.states import ExportStatus, GateStatus

QUANT_TYPES = {
    q.name: q
    for q in [
        QuantType("f32", 32.0, None, "full precision, largest"),
        QuantType("f16", 16.0, None, "half precision, near-exact"),
        QuantType("bf16", 16.0, None, "bfloat16, for models trained in bf16"),
        QuantType("q8_0", 8.5, "LLAMA_FTYPE_MOSTLY_Q8_0", "8-bit, nearly lossless"),
        QuantType("q6_k", 6.56, "LLAMA_FTYPE_MOSTLY_Q6_K", "6-bit k-quant"),
        QuantType("q5_k_m", 5.69, "LLAMA_FTYPE_MOSTLY_Q5_K_M", "5-bit k-quant, medium"),
        QuantType("q5_0", 5.5, "LLAMA_FTYPE_MOSTLY_Q5_0", "5-bit legacy"),
        QuantType("q4_k_m", 4.89, "LLAMA_FTYPE_MOSTLY_Q4_K_M", "4-bit k-quant, medium: the usual size/quality trade"),
        QuantType("q4_0", 4.5, "LLAMA_FTYPE_MOSTLY_Q4_0", "4-bit legacy"),
        QuantType("q3_k_m", 3.91, "LLAMA_FTYPE_MOSTLY_Q3_K_M", "3-bit k-quant, lossy"),
        QuantType("q2_k", 3.35, "LLAMA_FTYPE_MOSTLY_Q2_K", "2-bit k-quant, very lossy"),
    ]
}
assert set(QUANT_TYPES) == set(THRESHOLDS), "every quant type needs a gate threshold"

# Above this many parameters the intermediate file is 16-bit instead of f32 (disk and time).
F32_INTERMEDIATE_MAX_PARAMS = 2_000_000_000


def quant_type(name: str) -> QuantType:
    q = QUANT_TYPES.get(name.lower())
    if q is None:
        raise InvalidInputError(
            M("export.unknown_quant", "Unknown quantization type {name!r}.", name=name),
            hint=M("export.unknown_quant.hint", "Choose one of: {choices}.", choices=", ".join(QUANT_TYPES)),
        )
    return q


def estimate_size(params: int, quant: str) -> int:
    return int(params * quant_type(quant).bits_per_weight / 8) + (8 << 20)


def _status_after(report: GateReport) -> ExportStatus:
    """An export's status once its gate has a verdict."""
    return ExportStatus.VERIFIED if report.status == GateStatus.PASS else ExportStatus.FAILED


def _last_stage(log_path: Path) -> str:
    """The stage an export's log says it reached (``== convert: …`` lines); "start" if none."""
    stage = "start"
    try:
        with open(log_path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"== (\w+)[:\s]", line)
                if m:
                    stage = m.group(1)
    except OSError:
        pass
    return stage


class Exporter:
    """Export models and manage exports. Methods raise ``ApplianceError`` subclasses."""

    def __init__(self, home: Home, catalog: Catalog, keys=None):
        """``keys``: the unlocked key provider (or a function returning it), needed only for a
        model whose vocabulary was extended: the gate checks tokenizer parity on held-out lines
        of its corpus datasets, decrypted in memory."""
        self.home, self.catalog = home, catalog
        self.store = ModelStore(home, catalog)
        self.keys = keys

    def _tokenizer_extension(self, model: dict) -> tuple[str | None, dict[str, list[str]]]:
        """The converter's pre-tokenizer name and the parity lines per script for an extended
        model (``(None, {})`` for any other)."""
        from appliance.tokenizer.corpus import heldout_lines
        from appliance.tokenizer.extension import extension_of

        ext = extension_of(self.catalog, model)
        if not ext:
            return None, {}
        if self.keys is None:
            raise ExportError(
                M(
                    "export.extended_needs_keys",
                    "{model}'s vocabulary was extended: its export is checked for tokenizer parity on held-out "
                    "lines of its corpus, which needs the workspace's keys.",
                    model=model["name"],
                ),
                hint=M(
                    "export.extended_needs_keys.hint", "Unlock the workspace (`appliance unlock`) and export again."
                ),
            )
        return ext.get("pre_tokenizer"), heldout_lines(self.home, self.catalog, self.keys, ext)

    def path_of(self, row: dict) -> Path:
        return self.home.root / row["path"]

    def export(
        self,
        model_ref: str,
        quant: str,
        *,
        tokenizer_policy: str = "default",
        on_event: EventSink = ignore,
        cancel: CancelToken | None = None,
        force: bool = False,
    ) -> tuple[dict, GateReport]:
        """Convert, quantize, record and verify. Raises ``VerificationFailed`` if the gate fails.

        The export is recorded ``pending`` before any file is written. If anything stops it
        before the gate's verdict (an error, a cancel, a worker killed by a signal) it ends
        ``failed`` with the reason and no file; if this process itself is killed, the next
        command finds it (``recover_interrupted``) and does the same.

        One export of a model to a quantization at a time (another meanwhile: ``Busy``), and one
        verified copy: ``AlreadyExported`` names an ``existing`` one, unless ``force``.
        """
        from appliance.audit.actions import action

        with action(
            self.catalog,
            "model.export",
            params={"model": model_ref, "quant": quant, "tokenizer_policy": tokenizer_policy, "force": force},
        ) as act:
            return self._export(model_ref, quant, tokenizer_policy, on_event, cancel, act, force)

    def existing(self, model: dict, quant: str) -> dict | None:
        """The newest verified export of ``model``'s current files (its digest) to ``quant`` whose
        GGUF is still in place, or None."""
        q, digest = quant_type(quant).name, model["sha256"]
        found = [e for e in self.catalog.list_exports(model["id"]) if (e["quant"], e["status"]) == (q, "verified")]
        found = [e for e in found if (e.get("meta") or {}).get("model_sha256") == digest and self.path_of(e).is_file()]
        return max(found, key=lambda e: e["created_at"]) if found else None

    def _refuse_duplicate(self, model: dict, q: QuantType) -> None:
        from appliance.errors import AlreadyExported

        e = self.existing(model, q.name)
        if e is None:
            return
        raise AlreadyExported(
            M(
                "export.already_exported",
                "{model} is already exported to {quant} and verified: export {export_id} "
                "({path}, {mib:.1f} MiB, made {made}). Nothing was written.",
                model=model["name"],
                quant=q.name,
                export_id=e["id"],
                path=str(self.path_of(e)),
                mib=e["size_bytes"] / 2**20,
                made=e["created_at"],
            ),
            existing=e,
            hint=M(
                "export.already_exported.hint",
                "Use that export (`appliance chat {export_id}`, `appliance serve {model}`); "
                "`appliance exports verify {export_id} --tokenizer-policy strict` checks it again under another "
                "policy; pass --force to export a second copy anyway.",
                export_id=e["id"],
                model=model["name"],
            ),
        )

    def _export(self, model_ref, quant, tokenizer_policy, on_event, cancel, act, force=False):
        from appliance.audit.log import AuditLog
        from appliance.locks import exclusive

        AuditLog(self.catalog).require()
        cancel = cancel or CancelToken()
        q = quant_type(quant)
        check_policy(tokenizer_policy)
        model = self.store.get(model_ref, on_event=on_event, cancel=cancel)
        act.add_object(model["id"])
        act.input(model_sha256=model["sha256"])
        what = M("export.lock_what", "the export of {model} to {quant}", model=model["name"], quant=q.name)
        with exclusive(self.home, f"export-{model['id']}-{q.name}", what=what, operation="exporting it"):
            return self._export_locked(model, q, tokenizer_policy, on_event, cancel, act, force)

    def _export_locked(self, model, q, tokenizer_policy, on_event, cancel, act, force):
        checking = M("export.checking_files", "Checking {model}'s files against the catalog", model=model["name"])
        with StageTimer(on_event, "check", checking):
            self.store.check_files(model)
        pre, parity = self._tokenizer_extension(model)
        if not force:
            self._refuse_duplicate(model, q)
        params = int(model.get("params") or 0)
        intermediate = None
        if q.ftype is not None:
            intermediate = (
                "f32"
                if params <= F32_INTERMEDIATE_MAX_PARAMS
                else ("bf16" if model.get("dtype") == "bfloat16" else "f16")
            )
        need = estimate_size(params, q.name) + (estimate_size(params, intermediate) if intermediate else 0)
        for_what = M("export.space_for", "exporting {model} to {quant}", model=model["name"], quant=q.name)
        ensure_free_space(self.home.tmp_dir, need, for_what)
        self.recover_interrupted()

        export_id = new_id("exp")
        job = ExportJob(
            model=model,
            model_dir=self.store.path_of(model),
            quant=q,
            intermediate=intermediate,
            export_id=export_id,
            final_dir=self.home.exports_dir / export_id,
            log_path=self.home.logs_dir / f"export-{export_id}.log",
            tokenizer_policy=tokenizer_policy,
            on_event=on_event,
            cancel=cancel,
            act=act,
            pre=pre,
            parity=parity,
        )
        act.add_object(export_id)
        self.catalog.add_export(
            {
                "id": export_id,
                "model_id": model["id"],
                "quant": q.name,
                "path": job.final_file.relative_to(self.home.root).as_posix(),
                "sha256": "",
                "size_bytes": 0,
                "status": ExportStatus.PENDING,
                "gate": None,
                "tool_versions": native.tool_versions(),
                "created_at": utc_now(),
                "meta": {
                    "model_sha256": model["sha256"],
                    "intermediate": intermediate,
                    "owner": owner(),
                    "log": job.log_path.relative_to(self.home.root).as_posix(),
                },
            },
            parents={model["id"]: "exported-from"},
        )
        try:
            report = self._produce(job)
        except BaseException as exc:
            self._abandon(export_id, job.final_dir, job.stage, exc)
            raise
        act.output(
            gate=report.status,
            top1=round(report.logits.get("top1", 0), 4),
            kl_mean=round(report.logits.get("kl_mean", 0), 6),
        )
        row = self._write_card(
            self.catalog.update_export(export_id, status=_status_after(report), gate=report.to_dict())
        )
        if report.status != GateStatus.PASS:
            raise VerificationFailed(
                M(
                    "export.gate_failed",
                    "Export {export_id} ({file}) failed its verification gate and is marked failed.",
                    export_id=export_id,
                    file=job.filename,
                ),
                report=report,
                hint=M(
                    "export.gate_failed.hint",
                    "Read the report above; `appliance exports show {export_id}` shows it again. A lower-bit "
                    "quantization may need a larger model.",
                    export_id=export_id,
                ),
            )
        return row, report

    def _produce(self, job: ExportJob) -> GateReport:
        """Convert, quantize, hash, commit and verify (the gate's torch half from the start, on a
        thread); ``job.stage`` follows where it is."""
        script = native.converter_script()
        with self.home.staging("export") as scratch:
            out_dir = scratch / job.export_id
            out_dir.mkdir()
            work = scratch / "gate"
            work.mkdir()
            write_parity(work, job.parity)
            # The gate's torch half needs only the source model: it runs while the GGUF is made.
            reference = start_reference(
                job.model_dir,
                work,
                params=int(job.model.get("params") or 0),
                stored_dtype=job.model.get("dtype") or "",
                cancel=job.cancel,
                log_path=job.log_path.with_suffix(".reference.log"),
            )
            try:
                make_gguf(job, script, scratch, out_dir / job.filename)
                job.enter("hash")
                log_stage(job.log_path, "hash")
                with StageTimer(job.on_event, "hash", M("export.hashing", "Hashing the GGUF")):
                    manifest = file_manifest(out_dir)
                    faults.point("export.hash")
                job.cancel.check(M("export.the_export", "The export"))
                commit_path(out_dir, job.final_dir)
                faults.point("export.commit")
                self._record_file(job, manifest)
                job.enter("verify")
                with StageTimer(job.on_event, "verify", M("export.verifying", "Running the verification gate")):
                    return run_gate(
                        job.final_file,
                        job.model_dir,
                        job.quant.name,
                        work_dir=work,
                        tokenizer_policy=job.tokenizer_policy,
                        on_event=job.on_event,
                        cancel=job.cancel,
                        log_path=job.log_path,
                        reference=reference,
                    )
            finally:
                reference.stop()  # a no-op once the gate has its result; else it must not outlive the scratch

    def _record_file(self, job: ExportJob, manifest: dict) -> None:
        """The committed GGUF's digest and size, in the audit record and the export's row."""
        sha, size = manifest[job.filename]["sha256"], manifest[job.filename]["size"]
        job.act.output(export_id=job.export_id, sha256=sha)
        self.catalog.update_export(
            job.export_id,
            sha256=sha,
            size_bytes=size,
            meta={**self.catalog.get_export(job.export_id)["meta"], "files_sha256": manifest_digest(manifest)},
        )

    def _abandon(self, export_id: str, final_dir: Path, stage: str, exc: BaseException) -> None:
        """An export stopped before its verdict: record why, keep no file."""
        remove_path(final_dir)
        cause = exc.msg if isinstance(exc, ApplianceError) else (str(exc) or type(exc).__name__)
        if isinstance(exc, (Cancelled, KeyboardInterrupt)):
            reason = M("export.cancelled_during", "cancelled during the {stage} stage", stage=stage)
        elif f"the {stage} stage" in text(cause, "en"):  # a worker's error names its stage itself
            reason = cause
        else:
            reason = M("export.stopped_during", "stopped during the {stage} stage: {cause}", stage=stage, cause=cause)
        try:
            self._record_failure(export_id, reason)
        except Exception:  # noqa: BLE001 - the original error matters more; the next command recovers it
            pass

    def _record_failure(self, export_id: str, reason: Message | str) -> None:
        """Mark an export failed: ``error`` in English (as ever), the message beside it in its meta
        (``error_message``, ``Message.to_dict()``) to be shown in the reader's language."""
        meta = dict(self.catalog.get_export(export_id).get("meta") or {})
        if isinstance(reason, Message):
            meta["error_message"] = reason.to_dict()
        self.catalog.update_export(export_id, status=ExportStatus.FAILED, error=text(reason, "en")[:1000], meta=meta)

    def recover_interrupted(self) -> list[dict]:
        """Close exports whose process died before a verdict.

        A ``pending`` export whose owner process is gone (killed, crashed, the machine lost power)
        becomes ``failed`` with the stage its log reached; its file, if any, is removed. Runs at
        the start of every export and, through ``appliance/system/recovery.py`` (which also removes
        folders under ``exports/`` that no row names), of every command that opens the catalog.
        Returns the exports it closed.
        """
        from appliance.audit.actions import action

        closed = []
        for row in self.catalog.list_exports():
            if row["status"] != ExportStatus.PENDING or owner_alive((row.get("meta") or {}).get("owner")):
                continue
            meta = row.get("meta") or {}
            stage = _last_stage(self.home.root / meta["log"]) if meta.get("log") else "start"
            who = meta.get("owner") or {}
            reason = M(
                "export.interrupted",
                "interrupted during the {stage} stage: the exporting process (pid {pid}) ended "
                "without finishing (killed, crashed, or the machine stopped)",
                stage=stage,
                pid=who.get("pid"),
            )
            with action(self.catalog, "export.recover", objects=[row["id"], row["model_id"]], params={"stage": stage}):
                self._record_failure(row["id"], reason)
            remove_path(self.path_of(row).parent)
            closed.append(self.catalog.get_export(row["id"]))
        return closed

    def verify(
        self,
        export_ref: str,
        *,
        tokenizer_policy: str = "default",
        on_event: EventSink = ignore,
        cancel: CancelToken | None = None,
    ) -> tuple[dict, GateReport]:
        """Re-run the gate on an existing export (e.g. after checking its hash)."""
        from appliance.audit.actions import action

        row = self.catalog.get_export(export_ref)
        with action(self.catalog, "export.verify", objects=[row["id"], row["model_id"]]) as act:
            row, report = self._verify(row, tokenizer_policy, on_event, cancel)
            act.output(gate=report.status)
            return row, report

    def _verify(self, row, tokenizer_policy, on_event, cancel):
        path = self.path_of(row)
        if row["status"] == ExportStatus.PENDING:
            raise ExportError(
                M("export.still_being_made", "Export {export_id} is still being made.", export_id=row["id"]),
                hint=M("export.still_being_made.hint", "Wait for it to finish."),
            )
        if not path.is_file() or sha256_file(path) != row["sha256"]:
            raise ExportError(
                M(
                    "export.file_altered",
                    "Export {export_id}'s file {path} is missing or no longer matches its recorded hash.",
                    export_id=row["id"],
                    path=str(path),
                ),
                hint=M("export.file_altered.hint", "Remove the export and export the model again."),
            )
        model = self.catalog.get_model(row["model_id"])
        _, parity = self._tokenizer_extension(model)
        with self.home.staging("gate") as work:
            write_parity(work, parity)
            report = run_gate(
                path,
                self.store.path_of(model),
                row["quant"],
                work_dir=work,
                params=int(model.get("params") or 0),
                stored_dtype=model.get("dtype") or "",
                tokenizer_policy=tokenizer_policy,
                on_event=on_event,
                cancel=cancel,
                log_path=self.home.logs_dir / f"export-{row['id']}.log",
            )
        row = self.catalog.update_export(row["id"], status=_status_after(report), gate=report.to_dict())
        return self._write_card(row), report

    def _write_card(self, row: dict) -> dict:
        """A verified export's model card and ML-BOM (export/card.py); returns the row as it is then.
        Their failure leaves the export verified (logged): ``card.load`` builds them at first use."""
        from appliance.export import card

        if row["status"] == ExportStatus.VERIFIED:
            try:
                card.write(self.home, self.catalog, row)
            except Exception as exc:  # noqa: BLE001 - the verdict stands whatever happens to its card
                log_stage(self.home.logs_dir / f"export-{row['id']}.log", f"card not written: {exc}")
        return self.catalog.get_export(row["id"])

    def list(self, model_ref: str | None = None) -> list[dict]:
        model_id = self.catalog.get_model(model_ref)["id"] if model_ref else None
        return self.catalog.list_exports(model_id)

    def copy_out(
        self, export_ref: str, dest: Path, *, on_event: EventSink = ignore, cancel: CancelToken | None = None
    ) -> Path:
        """Copy an export's GGUF out of the home to ``dest`` (a new file), audited as
        ``export.copy``: model weights leaving the home is an event an auditor sees (the record
        names the export, its model, the destination and the copy's SHA-256).

        The copy is written beside ``dest`` under a temporary name, checked against the digest
        recorded at export, and only then renamed into place: a cancel, a full disk or a kill
        leaves no partial GGUF under ``dest``. Its model card, ML-BOM and their signatures go beside
        it (``NAME.card.md``, ``NAME.card.json``, ``NAME.cdx.json``, each with ``.sig``: export/card.py).
        Refuses an existing ``dest`` (or card file), a missing folder, an export that failed its gate
        or has no file."""
        from appliance.audit.actions import action
        from appliance.export import card

        row = self.catalog.get_export(export_ref)
        src = self.path_of(row)
        dest = Path(dest).expanduser()
        if row["status"] != ExportStatus.VERIFIED:
            raise ExportError(
                M(
                    "export.copy_unverified",
                    "Export {export_id} did not pass its verification gate ({status}); it is not copied out.",
                    export_id=row["id"],
                    status=row["status"],
                ),
                hint=M(
                    "export.copy_unverified.hint",
                    "Export the model again, or read its report with `appliance exports show`.",
                ),
            )
        if not src.is_file():
            raise ExportError(
                M(
                    "export.file_missing",
                    "The file of export {export_id} ({path}) is missing.",
                    export_id=row["id"],
                    path=str(src),
                ),
                hint=M("export.file_missing.hint", "Export the model again."),
            )
        if dest.is_dir():
            dest = dest / src.name
        taken = next((p for p in [dest, *card.beside(dest)] if p.exists()), None)
        if taken is not None:
            raise InvalidInputError(
                M("export.dest_exists", "{path} already exists; refusing to overwrite it.", path=str(taken)),
                hint=M("export.dest_exists.hint", "Choose another name."),
            )
        if not dest.parent.is_dir():
            raise InvalidInputError(
                M("export.dest_folder_missing", "The folder {path} does not exist.", path=str(dest.parent)),
                hint=M("export.dest_folder_missing.hint", "Choose an existing folder."),
            )
        cards = card.load(self.home, self.catalog, row["id"])  # built first if it has none yet
        cancel = cancel or CancelToken()
        size = src.stat().st_size
        ensure_free_space(dest.parent, size + (1 << 20), M("export.space_for_copy", "copying {file}", file=src.name))
        copying = M("export.copying", "Copying {file}", file=src.name)
        with action(self.catalog, "export.copy", objects=[row["id"], row["model_id"]], params={"to": str(dest)}) as act:
            act.input(sha256=row["sha256"])
            tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
            try:
                done = 0
                with open(src, "rb") as fin, open(tmp, "wb") as fout:
                    while chunk := fin.read(8 << 20):
                        cancel.check(M("export.copying_the_export", "Copying the export"))
                        fout.write(chunk)
                        done += len(chunk)
                        on_event(Progress("copy", message=copying, done=done, total=size, unit="bytes"))
                    fout.flush()
                    os.fsync(fout.fileno())
                digest = sha256_file(tmp)
                if digest != row["sha256"]:
                    raise ExportError(
                        M(
                            "export.copy_digest_mismatch",
                            "The copy of {file} does not match the digest recorded at export: the file in the "
                            "home was altered, or the destination disk returned other bytes.",
                            file=src.name,
                        ),
                        hint=M(
                            "export.copy_digest_mismatch.hint",
                            "Run `appliance exports verify` on the export, and check the destination disk.",
                        ),
                    )
                os.replace(tmp, dest)
                try:
                    card.write_beside(cards, dest)
                except BaseException:
                    dest.unlink(missing_ok=True)
                    raise
            finally:
                tmp.unlink(missing_ok=True)
            act.output(sha256=digest, bytes=size, card_sha256=cards["signatures"]["card.json"]["sha256"])
        return dest

    def remove(self, export_ref: str) -> dict:
        from appliance.audit.actions import action

        row = self.catalog.get_export(export_ref)
        if row["status"] == ExportStatus.PENDING and owner_alive((row.get("meta") or {}).get("owner")):
            raise ExportError(
                M(
                    "export.still_being_made_by",
                    "Export {export_id} is still being made (process {pid}).",
                    export_id=row["id"],
                    pid=row["meta"]["owner"]["pid"],
                ),
                hint=M("export.still_being_made_by.hint", "Cancel that export first, or wait for it to finish."),
            )
        with action(self.catalog, "export.remove", objects=[row["id"], row["model_id"]]) as act:
            act.input(sha256=row["sha256"])
            self.catalog.delete_export(row["id"])
        remove_path(self.path_of(row).parent)
        return row
