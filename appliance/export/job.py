"""One export as an object, and the first half of its work: making the GGUF.

``Exporter.export`` (``export/pipeline.py``) records an export ``pending`` and builds its
``ExportJob`` once: the model and where its files are, the quantization (and the converter's
intermediate type), the export's id, file, folder and log, the gate's tokenizer policy and parity
lines, the converter's pre-tokenizer, the event sink, the cancel token and the audited action.
The stages take the job instead of a dozen loose arguments. ``stage`` is the one field that
changes: it follows where the export is, so that an export that stops is recorded with the stage
it stopped in.

``make_gguf`` converts with llama.cpp's converter (a worker process) and, for a quantized type,
quantizes the intermediate file with llama.cpp's quantizer (another worker).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from appliance import faults
from appliance.errors import ExportError
from appliance.events import CancelToken, EventSink, Progress, StageTimer
from appliance.fsutil import remove_path
from appliance.messages import M
from appliance.procs import run_worker, worker_command


@dataclass(frozen=True)
class QuantType:
    """One GGUF type an export can make (``pipeline.QUANT_TYPES``)."""

    name: str
    bits_per_weight: float
    ftype: str | None  # llama_cpp LLAMA_FTYPE_* for the quantizer; None: the converter writes it
    note: str


@dataclass(eq=False)
class ExportJob:
    """Everything one export's stages need, built once per export."""

    model: dict  # the model's catalog row
    model_dir: Path  # its stored HF folder
    quant: QuantType
    intermediate: str | None  # what the converter writes before quantizing; None: ``quant`` itself
    export_id: str
    final_dir: Path  # <home>/exports/<id>/, where the GGUF is committed
    log_path: Path  # <home>/logs/export-<id>.log: every stage appends to it
    tokenizer_policy: str  # how tokenizer differences count in the gate
    on_event: EventSink
    cancel: CancelToken
    act: object  # the audited ``model.export`` action
    pre: str | None = None  # the converter's pre-tokenizer name (a model whose vocabulary was extended)
    parity: dict[str, list[str]] = field(default_factory=dict)  # held-out lines per script for the gate
    stage: str = "start"  # where the export is now

    @property
    def filename(self) -> str:
        return f"{self.model['name']}-{self.quant.name}.gguf"

    @property
    def final_file(self) -> Path:
        return self.final_dir / self.filename

    def enter(self, stage: str) -> None:
        """The export reaches ``stage``: a failure from here on is recorded as in it."""
        self.stage = stage


def make_gguf(job: ExportJob, script: Path, scratch: Path, out_file: Path) -> None:
    """Convert (and quantize) ``job``'s model into ``out_file`` with the converter ``script``,
    the intermediate file in ``scratch``; ``job.stage`` follows where it is."""
    q, intermediate, on_event = job.quant, job.intermediate, job.on_event
    convert_target = scratch / f"intermediate-{intermediate}.gguf" if intermediate else out_file
    job.enter("convert")
    converting = M("export.converting", "Converting with llama.cpp's converter to {type}", type=intermediate or q.name)
    with StageTimer(on_event, "convert", converting):
        seen = [0]
        total = max(1, count_tensors(job.model_dir))

        def on_convert_line(line: str) -> None:
            if re.match(r"INFO:hf-to-gguf:[\w.]+,\s+torch\.", line):
                seen[0] += 1
                on_event(Progress("convert", message=_TENSORS, done=min(seen[0], total), total=total))
                faults.point("export.convert")

        run_worker(
            worker_command(
                "convert",
                str(script),
                str(job.model_dir),
                str(convert_target),
                intermediate or q.name,
                *([job.pre] if job.pre else []),
            ),
            cancel=job.cancel,
            stage="convert",
            what="Conversion",
            on_line=on_convert_line,
            log_path=job.log_path,
        )
    if intermediate:
        job.enter("quantize")
        quantizing = M("export.quantizing", "Quantizing to {quant} with llama.cpp", quant=q.name)
        with StageTimer(on_event, "quantize", quantizing):

            def on_quant_line(line: str) -> None:
                m = re.match(r"\[\s*(\d+)/\s*(\d+)\]", line)
                if m:
                    on_event(Progress("quantize", message=_TENSORS, done=int(m.group(1)), total=int(m.group(2))))
                    faults.point("export.quantize")

            run_worker(
                worker_command("quantize", str(convert_target), str(out_file), q.ftype, str(os.cpu_count() or 1)),
                cancel=job.cancel,
                stage="quantize",
                what="Quantization",
                on_line=on_quant_line,
                log_path=job.log_path,
            )
        remove_path(convert_target)
    if not out_file.is_file():
        raise ExportError(
            M("export.no_output", "The converter finished but wrote no {file}.", file=out_file.name),
            hint=M("export.see_log", "See the export log {path}.", path=str(job.log_path)),
        )


_TENSORS = M("export.unit.tensors", "tensors")  # a count's unit: "120/290 tensors"


def count_tensors(model_dir: Path) -> int:
    from appliance.models.inspect import read_safetensors_header

    n = 0
    for p in model_dir.glob("*.safetensors"):
        n += sum(1 for k in read_safetensors_header(p) if k != "__metadata__")
    return n


def log_stage(log_path: Path, stage: str) -> None:
    with open(log_path, "a", encoding="utf-8") as f:
        f.write(f"== {stage}\n")
