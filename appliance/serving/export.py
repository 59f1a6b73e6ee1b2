"""Export a stored model to GGUF with llama.cpp's own converter and quantizer, then verify it.

Flow: convert the HF copy with ``convert_hf_to_gguf.py`` (the runtime's version, in a child
process), quantize with ``llama_model_quantize`` (also a child process, so a cancel stops it at
once), hash, flush and rename into ``<home>/exports/<id>/``, record it as ``unverified`` with
its lineage, run the verification gate, and record ``verified`` or ``failed`` with the report.
A failed gate keeps the file (so it can be inspected) but ``serve`` refuses it by default. A
cancel or error before the gate leaves nothing behind.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from appliance.catalog import Catalog, new_id, utc_now
from appliance.errors import ExportError, InvalidInputError, StorageError, VerificationFailed
from appliance.events import CancelToken, EventSink, Progress, StageTimer, ignore
from appliance.fsutil import commit_path, ensure_free_space, file_manifest, manifest_digest, remove_path, sha256_file
from appliance.home import Home
from appliance.models.store import ModelStore
from appliance.serving import native
from appliance.serving.verify import THRESHOLDS, GateReport, run_gate


@dataclass(frozen=True)
class QuantType:
    name: str
    bits_per_weight: float
    ftype: str | None  # llama_cpp LLAMA_FTYPE_* for the quantizer; None: the converter writes it
    note: str


QUANT_TYPES = {q.name: q for q in [
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
]}
assert set(QUANT_TYPES) == set(THRESHOLDS), "every quant type needs a gate threshold"

# Above this many parameters the intermediate file is 16-bit instead of f32 (disk and time).
F32_INTERMEDIATE_MAX_PARAMS = 2_000_000_000


def quant_type(name: str) -> QuantType:
    q = QUANT_TYPES.get(name.lower())
    if q is None:
        raise InvalidInputError(f"Unknown quantization type {name!r}.",
                                hint=f"Choose one of: {', '.join(QUANT_TYPES)}.")
    return q


def estimate_size(params: int, quant: str) -> int:
    return int(params * quant_type(quant).bits_per_weight / 8) + (8 << 20)


def _worker_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "appliance.serving.workers", *args]


def run_worker(cmd: list[str], *, cancel: CancelToken, on_line=None, log_path: Path | None = None,
               what: str) -> None:
    """Run a worker process, streaming its output lines; kill it on cancel. Raises on failure."""
    tail: deque[str] = deque(maxlen=25)
    env = dict(os.environ, PYTHONUNBUFFERED="1", TQDM_DISABLE="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            errors="replace", env=env, start_new_session=True)
    undo = cancel.on_cancel(proc.kill)
    log = open(log_path, "w", encoding="utf-8") if log_path else None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            tail.append(line.rstrip())
            if log:
                log.write(line)
            if on_line:
                on_line(line)
        rc = proc.wait()
    finally:
        undo()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if log:
            log.close()
    cancel.check(what)
    if rc != 0:
        text = "\n".join(tail)
        if "No space left on device" in text:
            raise StorageError(f"The disk filled up during {what.lower()}.",
                               hint="Free some space or point APPLIANCE_HOME at a larger disk; nothing was kept.")
        raise ExportError(f"{what} failed (exit code {rc}). Last lines of its output:\n{text}",
                          hint="Run with --debug for details; the full log is in the appliance home's logs/ folder.")


class Exporter:
    """Export models and manage exports. Methods raise ``ApplianceError`` subclasses."""

    def __init__(self, home: Home, catalog: Catalog):
        self.home, self.catalog = home, catalog
        self.store = ModelStore(home, catalog)

    def path_of(self, row: dict) -> Path:
        return self.home.root / row["path"]

    def export(self, model_ref: str, quant: str, *, tokenizer_policy: str = "default",
               on_event: EventSink = ignore, cancel: CancelToken | None = None) -> tuple[dict, GateReport]:
        """Convert, quantize, record and verify. Raises ``VerificationFailed`` if the gate fails."""
        from appliance.audit.actions import action

        with action(self.catalog, "model.export", params={"model": model_ref, "quant": quant,
                                                          "tokenizer_policy": tokenizer_policy}) as act:
            return self._export(model_ref, quant, tokenizer_policy, on_event, cancel, act)

    def _export(self, model_ref, quant, tokenizer_policy, on_event, cancel, act):
        from appliance.audit.log import AuditLog

        AuditLog(self.catalog).require()
        cancel = cancel or CancelToken()
        q = quant_type(quant)
        model = self.store.get(model_ref, on_event=on_event, cancel=cancel)
        act.add_object(model["id"])
        act.input(model_sha256=model["sha256"])
        with StageTimer(on_event, "check", f"Checking {model['name']}'s files against the catalog"):
            self.store.check_files(model)
        model_dir = self.store.path_of(model)
        script = native.converter_script()
        params = int(model.get("params") or 0)
        intermediate = None
        if q.ftype is not None:
            intermediate = "f32" if params <= F32_INTERMEDIATE_MAX_PARAMS else (
                "bf16" if model.get("dtype") == "bfloat16" else "f16")
        need = estimate_size(params, q.name) + (estimate_size(params, intermediate) if intermediate else 0)
        ensure_free_space(self.home.tmp_dir, need, f"exporting {model['name']} to {q.name}")

        export_id = new_id("exp")
        filename = f"{model['name']}-{q.name}.gguf"
        log_path = self.home.logs_dir / f"export-{export_id}.log"
        with self.home.staging("export") as stage:
            out_dir = stage / export_id
            out_dir.mkdir()
            final_file = out_dir / filename
            convert_target = stage / f"intermediate-{intermediate}.gguf" if intermediate else final_file
            with StageTimer(on_event, "convert", f"Converting with llama.cpp's converter to {intermediate or q.name}"):
                seen = [0]
                total = max(1, _count_tensors(model_dir))

                def on_convert_line(line: str) -> None:
                    if re.match(r"INFO:hf-to-gguf:[\w.]+,\s+torch\.", line):
                        seen[0] += 1
                        on_event(Progress("convert", message="tensors", done=min(seen[0], total), total=total))

                run_worker(_worker_cmd("convert", str(script), str(model_dir), str(convert_target),
                                       intermediate or q.name),
                           cancel=cancel, on_line=on_convert_line, log_path=log_path, what="Conversion")
            if intermediate:
                with StageTimer(on_event, "quantize", f"Quantizing to {q.name} with llama.cpp"):
                    def on_quant_line(line: str) -> None:
                        m = re.match(r"\[\s*(\d+)/\s*(\d+)\]", line)
                        if m:
                            on_event(Progress("quantize", message="tensors", done=int(m.group(1)), total=int(m.group(2))))

                    run_worker(_worker_cmd("quantize", str(convert_target), str(final_file), q.ftype,
                                           str(os.cpu_count() or 1)),
                               cancel=cancel, on_line=on_quant_line, log_path=log_path.with_suffix(".quant.log"),
                               what="Quantization")
                remove_path(convert_target)
            if not final_file.is_file():
                raise ExportError(f"The converter finished but wrote no {filename}.", hint="See the export log in logs/.")
            with StageTimer(on_event, "hash", "Hashing the GGUF"):
                manifest = file_manifest(out_dir)
            cancel.check("The export")
            final_dir = self.home.exports_dir / export_id
            commit_path(out_dir, final_dir)
        gguf_file = final_dir / filename
        act.add_object(export_id)
        act.output(export_id=export_id, sha256=manifest[filename]["sha256"])
        try:
            row = self.catalog.add_export({
                "id": export_id, "model_id": model["id"], "quant": q.name,
                "path": gguf_file.relative_to(self.home.root).as_posix(),
                "sha256": manifest[filename]["sha256"], "size_bytes": manifest[filename]["size"],
                "status": "unverified", "gate": None, "tool_versions": native.tool_versions(),
                "created_at": utc_now(),
                "meta": {"model_sha256": model["sha256"], "intermediate": intermediate,
                         "files_sha256": manifest_digest(manifest)},
            }, parents={model["id"]: "exported-from"})
        except BaseException:
            remove_path(final_dir)
            raise
        try:
            with StageTimer(on_event, "verify", "Running the verification gate"):
                report = run_gate(gguf_file, model_dir, q.name, params=params, stored_dtype=model.get("dtype") or "",
                                  tokenizer_policy=tokenizer_policy, on_event=on_event, cancel=cancel)
        except BaseException:
            # Cancelled, interrupted or broken before a verdict: an unverified export would be
            # half-done work, so it goes (the gate's own verdicts, pass or fail, are kept).
            self.remove(export_id)
            raise
        act.output(gate=report.status, top1=round(report.logits.get("top1", 0), 4),
                   kl_mean=round(report.logits.get("kl_mean", 0), 6))
        row = self.catalog.update_export(export_id, status="verified" if report.status == "pass" else "failed",
                                         gate=report.to_dict())
        if report.status != "pass":
            raise VerificationFailed(
                f"Export {export_id} ({filename}) failed its verification gate and is marked failed.",
                report=report,
                hint="Read the report above; `appliance exports show "
                f"{export_id}` shows it again. A lower-bit quantization may need a larger model.",
            )
        return row, report

    def verify(self, export_ref: str, *, tokenizer_policy: str = "default", on_event: EventSink = ignore,
               cancel: CancelToken | None = None) -> tuple[dict, GateReport]:
        """Re-run the gate on an existing export (e.g. after checking its hash)."""
        from appliance.audit.actions import action

        row = self.catalog.get_export(export_ref)
        with action(self.catalog, "export.verify", objects=[row["id"], row["model_id"]]) as act:
            row, report = self._verify(row, tokenizer_policy, on_event, cancel)
            act.output(gate=report.status)
            return row, report

    def _verify(self, row, tokenizer_policy, on_event, cancel):
        path = self.path_of(row)
        if not path.is_file() or sha256_file(path) != row["sha256"]:
            raise ExportError(f"Export {row['id']}'s file {path} is missing or no longer matches its recorded hash.",
                              hint="Remove the export and export the model again.")
        model = self.catalog.get_model(row["model_id"])
        report = run_gate(path, self.store.path_of(model), row["quant"], params=int(model.get("params") or 0),
                          stored_dtype=model.get("dtype") or "", tokenizer_policy=tokenizer_policy,
                          on_event=on_event, cancel=cancel)
        row = self.catalog.update_export(row["id"], status="verified" if report.status == "pass" else "failed",
                                         gate=report.to_dict())
        return row, report

    def list(self, model_ref: str | None = None) -> list[dict]:
        model_id = self.catalog.get_model(model_ref)["id"] if model_ref else None
        return self.catalog.list_exports(model_id)

    def remove(self, export_ref: str) -> dict:
        from appliance.audit.actions import action

        row = self.catalog.get_export(export_ref)
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
