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
from dataclasses import dataclass
from pathlib import Path

from appliance import faults
from appliance.catalog import Catalog, new_id, utc_now
from appliance.errors import Cancelled, ExportError, InvalidInputError, VerificationFailed
from appliance.events import CancelToken, EventSink, Progress, StageTimer, ignore
from appliance.export.gate_files import write_parity
from appliance.export.verify import THRESHOLDS, GateReport, check_policy, run_gate, start_reference
from appliance.fsutil import commit_path, ensure_free_space, file_manifest, manifest_digest, remove_path, sha256_file
from appliance.home import Home
from appliance.host import native
from appliance.intents import owner, owner_alive
from appliance.models.store import ModelStore
from appliance.procs import run_worker, worker_command
from appliance.states import ExportStatus, GateStatus


@dataclass(frozen=True)
class QuantType:
    name: str
    bits_per_weight: float
    ftype: str | None  # llama_cpp LLAMA_FTYPE_* for the quantizer; None: the converter writes it
    note: str


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
            f"Unknown quantization type {name!r}.", hint=f"Choose one of: {', '.join(QUANT_TYPES)}."
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
                f"{model['name']}'s vocabulary was extended: its export is checked for tokenizer parity on held-out "
                "lines of its corpus, which needs the workspace's keys.",
                hint="Unlock the workspace (`appliance unlock`) and export again.",
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
            f"{model['name']} is already exported to {q.name} and verified: export {e['id']} "
            f"({self.path_of(e)}, {e['size_bytes'] / 2**20:.1f} MiB, made {e['created_at']}). Nothing was written.",
            existing=e,
            hint=f"Use that export (`appliance chat {e['id']}`, `appliance serve {model['name']}`); "
            f"`appliance exports verify {e['id']} --tokenizer-policy strict` checks it again under another policy; "
            "pass --force to export a second copy anyway.",
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
        what = f"the export of {model['name']} to {q.name}"
        with exclusive(self.home, f"export-{model['id']}-{q.name}", what=what, operation="exporting it"):
            return self._export_locked(model, q, tokenizer_policy, on_event, cancel, act, force)

    def _export_locked(self, model, q, tokenizer_policy, on_event, cancel, act, force):
        with StageTimer(on_event, "check", f"Checking {model['name']}'s files against the catalog"):
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
        ensure_free_space(self.home.tmp_dir, need, f"exporting {model['name']} to {q.name}")
        self.recover_interrupted()

        export_id = new_id("exp")
        filename = f"{model['name']}-{q.name}.gguf"
        log_path = self.home.logs_dir / f"export-{export_id}.log"
        final_dir = self.home.exports_dir / export_id
        act.add_object(export_id)
        self.catalog.add_export(
            {
                "id": export_id,
                "model_id": model["id"],
                "quant": q.name,
                "path": (final_dir / filename).relative_to(self.home.root).as_posix(),
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
                    "log": log_path.relative_to(self.home.root).as_posix(),
                },
            },
            parents={model["id"]: "exported-from"},
        )
        stage = ["start"]
        try:
            report = self._produce(
                model,
                q,
                intermediate,
                export_id,
                filename,
                final_dir,
                log_path,
                stage,
                tokenizer_policy,
                on_event,
                cancel,
                act,
                pre=pre,
                parity=parity,
            )
        except BaseException as exc:
            self._abandon(export_id, final_dir, stage[0], exc)
            raise
        act.output(
            gate=report.status,
            top1=round(report.logits.get("top1", 0), 4),
            kl_mean=round(report.logits.get("kl_mean", 0), 6),
        )
        row = self.catalog.update_export(export_id, status=_status_after(report), gate=report.to_dict())
        if report.status != GateStatus.PASS:
            raise VerificationFailed(
                f"Export {export_id} ({filename}) failed its verification gate and is marked failed.",
                report=report,
                hint="Read the report above; `appliance exports show "
                f"{export_id}` shows it again. A lower-bit quantization may need a larger model.",
            )
        return row, report

    def _produce(
        self,
        model,
        q,
        intermediate,
        export_id,
        filename,
        final_dir,
        log_path,
        stage,
        tokenizer_policy,
        on_event,
        cancel,
        act,
        *,
        pre: str | None = None,
        parity: dict[str, list[str]] | None = None,
    ) -> GateReport:
        """Convert, quantize, hash, commit and verify (the gate's torch half from the start, on a
        thread); ``stage[0]`` follows where it is."""
        model_dir = self.store.path_of(model)
        script = native.converter_script()
        with self.home.staging("export") as scratch:
            out_dir = scratch / export_id
            out_dir.mkdir()
            work = scratch / "gate"
            work.mkdir()
            write_parity(work, parity or {})
            # The gate's torch half needs only the source model: it runs while the GGUF is made.
            reference = start_reference(
                model_dir,
                work,
                params=int(model.get("params") or 0),
                stored_dtype=model.get("dtype") or "",
                cancel=cancel,
                log_path=log_path.with_suffix(".reference.log"),
            )
            try:
                self._make_gguf(
                    model_dir,
                    script,
                    q,
                    intermediate,
                    scratch,
                    out_dir / filename,
                    log_path,
                    stage,
                    on_event,
                    cancel,
                    pre=pre,
                )
                stage[0] = "hash"
                _log_stage(log_path, "hash")
                with StageTimer(on_event, "hash", "Hashing the GGUF"):
                    manifest = file_manifest(out_dir)
                    faults.point("export.hash")
                cancel.check("The export")
                commit_path(out_dir, final_dir)
                faults.point("export.commit")
                sha, size = manifest[filename]["sha256"], manifest[filename]["size"]
                act.output(export_id=export_id, sha256=sha)
                self.catalog.update_export(
                    export_id,
                    sha256=sha,
                    size_bytes=size,
                    meta={**self.catalog.get_export(export_id)["meta"], "files_sha256": manifest_digest(manifest)},
                )
                stage[0] = "verify"
                with StageTimer(on_event, "verify", "Running the verification gate"):
                    return run_gate(
                        final_dir / filename,
                        model_dir,
                        q.name,
                        work_dir=work,
                        tokenizer_policy=tokenizer_policy,
                        on_event=on_event,
                        cancel=cancel,
                        log_path=log_path,
                        reference=reference,
                    )
            finally:
                reference.stop()  # a no-op once the gate has its result; else it must not outlive the scratch

    @staticmethod
    def _make_gguf(
        model_dir, script, q, intermediate, scratch, final_file, log_path, stage, on_event, cancel, pre=None
    ):
        """Convert (and quantize) into ``final_file``; ``stage[0]`` follows where it is."""
        convert_target = scratch / f"intermediate-{intermediate}.gguf" if intermediate else final_file
        stage[0] = "convert"
        with StageTimer(on_event, "convert", f"Converting with llama.cpp's converter to {intermediate or q.name}"):
            seen = [0]
            total = max(1, _count_tensors(model_dir))

            def on_convert_line(line: str) -> None:
                if re.match(r"INFO:hf-to-gguf:[\w.]+,\s+torch\.", line):
                    seen[0] += 1
                    on_event(Progress("convert", message="tensors", done=min(seen[0], total), total=total))
                    faults.point("export.convert")

            run_worker(
                worker_command(
                    "convert",
                    str(script),
                    str(model_dir),
                    str(convert_target),
                    intermediate or q.name,
                    *([pre] if pre else []),
                ),
                cancel=cancel,
                stage="convert",
                what="Conversion",
                on_line=on_convert_line,
                log_path=log_path,
            )
        if intermediate:
            stage[0] = "quantize"
            with StageTimer(on_event, "quantize", f"Quantizing to {q.name} with llama.cpp"):

                def on_quant_line(line: str) -> None:
                    m = re.match(r"\[\s*(\d+)/\s*(\d+)\]", line)
                    if m:
                        on_event(Progress("quantize", message="tensors", done=int(m.group(1)), total=int(m.group(2))))
                        faults.point("export.quantize")

                run_worker(
                    worker_command("quantize", str(convert_target), str(final_file), q.ftype, str(os.cpu_count() or 1)),
                    cancel=cancel,
                    stage="quantize",
                    what="Quantization",
                    on_line=on_quant_line,
                    log_path=log_path,
                )
            remove_path(convert_target)
        if not final_file.is_file():
            raise ExportError(
                f"The converter finished but wrote no {final_file.name}.", hint=f"See the export log {log_path}."
            )

    def _abandon(self, export_id: str, final_dir: Path, stage: str, exc: BaseException) -> None:
        """An export stopped before its verdict: record why, keep no file."""
        remove_path(final_dir)
        message = str(getattr(exc, "message", exc)) or type(exc).__name__
        if isinstance(exc, (Cancelled, KeyboardInterrupt)):
            reason = f"cancelled during the {stage} stage"
        elif f"the {stage} stage" in message:  # a worker's error names its stage itself
            reason = message
        else:
            reason = f"stopped during the {stage} stage: {message}"
        try:
            self.catalog.update_export(export_id, status=ExportStatus.FAILED, error=reason[:1000])
        except Exception:  # noqa: BLE001 - the original error matters more; the next command recovers it
            pass

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
            reason = (
                f"interrupted during the {stage} stage: the exporting process (pid {who.get('pid')}) ended "
                "without finishing (killed, crashed, or the machine stopped)"
            )
            with action(self.catalog, "export.recover", objects=[row["id"], row["model_id"]], params={"stage": stage}):
                self.catalog.update_export(row["id"], status=ExportStatus.FAILED, error=reason)
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
            raise ExportError(f"Export {row['id']} is still being made.", hint="Wait for it to finish.")
        if not path.is_file() or sha256_file(path) != row["sha256"]:
            raise ExportError(
                f"Export {row['id']}'s file {path} is missing or no longer matches its recorded hash.",
                hint="Remove the export and export the model again.",
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
        return row, report

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
        leaves no partial GGUF under ``dest``. Refuses an existing ``dest``, a missing folder, an
        export that failed its gate or has no file."""
        from appliance.audit.actions import action

        row = self.catalog.get_export(export_ref)
        src = self.path_of(row)
        dest = Path(dest).expanduser()
        if row["status"] != ExportStatus.VERIFIED:
            raise ExportError(
                f"Export {row['id']} did not pass its verification gate ({row['status']}); it is not copied out.",
                hint="Export the model again, or read its report with `appliance exports show`.",
            )
        if not src.is_file():
            raise ExportError(f"The file of export {row['id']} ({src}) is missing.", hint="Export the model again.")
        if dest.is_dir():
            dest = dest / src.name
        if dest.exists():
            raise InvalidInputError(f"{dest} already exists; refusing to overwrite it.", hint="Choose another name.")
        if not dest.parent.is_dir():
            raise InvalidInputError(f"The folder {dest.parent} does not exist.", hint="Choose an existing folder.")
        cancel = cancel or CancelToken()
        size = src.stat().st_size
        ensure_free_space(dest.parent, size + (1 << 20), f"copying {src.name}")
        with action(self.catalog, "export.copy", objects=[row["id"], row["model_id"]], params={"to": str(dest)}) as act:
            act.input(sha256=row["sha256"])
            tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
            try:
                done = 0
                with open(src, "rb") as fin, open(tmp, "wb") as fout:
                    while chunk := fin.read(8 << 20):
                        cancel.check("Copying the export")
                        fout.write(chunk)
                        done += len(chunk)
                        on_event(Progress("copy", message=f"Copying {src.name}", done=done, total=size, unit="bytes"))
                    fout.flush()
                    os.fsync(fout.fileno())
                digest = sha256_file(tmp)
                if digest != row["sha256"]:
                    raise ExportError(
                        f"The copy of {src.name} does not match the digest recorded at export: the file in the "
                        "home was altered, or the destination disk returned other bytes.",
                        hint="Run `appliance exports verify` on the export, and check the destination disk.",
                    )
                os.replace(tmp, dest)
            finally:
                tmp.unlink(missing_ok=True)
            act.output(sha256=digest, bytes=size)
        return dest

    def remove(self, export_ref: str) -> dict:
        from appliance.audit.actions import action

        row = self.catalog.get_export(export_ref)
        if row["status"] == ExportStatus.PENDING and owner_alive((row.get("meta") or {}).get("owner")):
            raise ExportError(
                f"Export {row['id']} is still being made (process {row['meta']['owner']['pid']}).",
                hint="Cancel that export first, or wait for it to finish.",
            )
        with action(self.catalog, "export.remove", objects=[row["id"], row["model_id"]]) as act:
            act.input(sha256=row["sha256"])
            self.catalog.delete_export(row["id"])
        remove_path(self.path_of(row).parent)
        return row


def _count_tensors(model_dir: Path) -> int:
    from appliance.models.inspect import read_safetensors_header

    n = 0
    for p in model_dir.glob("*.safetensors"):
        n += sum(1 for k in read_safetensors_header(p) if k != "__metadata__")
    return n


def _log_stage(log_path: Path, stage: str) -> None:
    with open(log_path, "a", encoding="utf-8") as f:
        f.write(f"== {stage}\n")
