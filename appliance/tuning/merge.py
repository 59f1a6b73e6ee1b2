"""Merging a training run into a model, and exporting a LoRA run's adapter as a GGUF LoRA.

``merge_run`` folds a run's adapter into its base model (or takes a full run's weights) and
registers the result as a new model with its lineage; ``export_adapter`` converts a LoRA adapter
with llama.cpp's converter and, when the base has a verified export, proves that llama-server
applies it. Both hold the run's lock (``runs.run_lock``), like a resume.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from appliance.audit.actions import action
from appliance.catalog import Catalog
from appliance.errors import InvalidInputError
from appliance.events import CancelToken, EventSink, Progress, ignore
from appliance.fsutil import remove_path
from appliance.home import Home
from appliance.messages import M
from appliance.states import ExportStatus, RunStatus
from appliance.tuning.runs import RunStore, run_lock


def merge_run(
    home: Home,
    catalog: Catalog,
    run_ref: str,
    *,
    name: str | None = None,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
) -> dict:
    """Fold a run's adapter into its base and register the merged model (kind ``merged``). One
    merge (or resume) of a run at a time: a second one is refused with ``Busy``."""
    runs = RunStore(home, catalog)
    run = runs.get(run_ref)
    with run_lock(home, run, "merging it"):
        return _merge(home, catalog, runs.get(run["id"]), name, on_event, cancel)


def _merge(home: Home, catalog: Catalog, run: dict, name, on_event, cancel) -> dict:
    from appliance.models.store import ModelStore, slugify

    with action(catalog, "model.merge", objects=[run["id"], run["base_model_id"]]) as act:
        if run["status"] != RunStatus.COMPLETED:
            raise InvalidInputError(
                M(
                    "merge.not_completed",
                    "Run {id} is {status}; only completed runs can be merged.",
                    id=run["id"],
                    status=str(run["status"]),
                ),
                hint=M("merge.not_completed.hint", "Resume it with `appliance train --resume {id}`.", id=run["id"]),
            )
        store = ModelStore(home, catalog)
        base = catalog.get_model(run["base_model_id"])
        name = name or slugify(f"{run['name']}-merged")
        run_dir = home.root / run["path"]
        with home.staging("merge") as stage:
            out = stage / "merged"
            if run["method"] == "full":
                shutil.copytree(run_dir / "model", out)
            else:
                _merge_adapter(
                    home.root / base["path"],
                    run_dir / "adapter",
                    out,
                    on_event,
                    dtype=merge_dtype(run, base),
                    cancel=cancel,
                )
            row = store._import(
                out,
                name=name,
                kind="merged",
                source=f"run:{run['id']}",
                on_event=on_event,
                cancel=cancel,
                meta={"run_id": run["id"], "base_model_id": base["id"]},
                parents={run["id"]: "merged-from", base["id"]: "base-of"},
            )
        act.add_object(row["id"])
        act.output(model_id=row["id"], sha256=row["sha256"])
        return row


def merge_dtype(run: dict, base: dict) -> str:
    """The dtype the adapter is folded into: the base's stored dtype (bf16 stays bf16, anything else
    float32), except after QLoRA, whose adapter was trained against a 4-bit base but is folded into a
    full-precision copy in the run's compute dtype (bf16, or fp16 on GPUs without bf16): never into
    the 4-bit weights, which would quantize the merged model a second time."""
    if run["method"] == "qlora":
        return "float16" if run.get("precision") == "fp16" else "bfloat16"
    return "bfloat16" if base.get("dtype") == "bfloat16" else "float32"


def _merge_adapter(
    base_dir: Path, adapter_dir: Path, out: Path, on_event, *, dtype: str = "float32", cancel: CancelToken | None = None
) -> None:
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from appliance.models.hf import torch_dtype

    cancel = cancel or CancelToken()
    # Three steps, then the store's own (copy, check, hash): a cancel is honoured between them.
    the_merge = M("merge.the_merge", "The merge")
    loading = M("merge.loading", "Loading the base model ({dtype}) and the adapter", dtype=str(dtype))
    on_event(Progress("merge", message=loading, done=0, total=3))
    base = AutoModelForCausalLM.from_pretrained(
        str(base_dir), dtype=torch_dtype(dtype), local_files_only=True, low_cpu_mem_usage=True
    )  # no quantization_config: full weights
    cancel.check(the_merge)
    on_event(Progress("merge", message=M("merge.folding", "Folding the adapter into the weights"), done=1, total=3))
    merged = PeftModel.from_pretrained(base, str(adapter_dir)).merge_and_unload()
    cancel.check(the_merge)
    on_event(Progress("merge", message=M("merge.writing", "Writing the merged model"), done=2, total=3))
    merged.save_pretrained(str(out), safe_serialization=True)
    for f in base_dir.iterdir():
        if f.name.startswith(
            ("tokenizer", "special_tokens", "chat_template", "generation_config", "added_tokens", "vocab", "merges")
        ):
            shutil.copy(f, out / f.name)


def export_adapter(
    home: Home, catalog: Catalog, run_ref: str, *, on_event: EventSink = ignore, cancel: CancelToken | None = None
) -> dict:
    """Write a LoRA run's adapter as a GGUF LoRA (llama.cpp's ``convert_lora_to_gguf.py``, f16).

    llama.cpp can apply it at load time to any GGUF export of the same base model
    (``llama-server --model base.gguf --lora adapter.gguf``). When the base has a verified export,
    llama-server loads the adapter onto it once and generates through it, to prove it applies.
    Returns path and hashes.
    """
    from appliance.fsutil import sha256_file
    from appliance.host import native
    from appliance.procs import run_worker, worker_command

    cancel = cancel or CancelToken()
    runs = RunStore(home, catalog)
    run = runs.get(run_ref)
    with action(catalog, "run.export-adapter", objects=[run["id"], run["base_model_id"]]) as act:
        if run["status"] != RunStatus.COMPLETED or run["method"] not in ("lora", "qlora"):
            raise InvalidInputError(
                M(
                    "adapter.not_exportable",
                    "Run {id} is a {status} {method} run; only completed LoRA runs have an adapter to export.",
                    id=run["id"],
                    status=str(run["status"]),
                    method=run["method"],
                ),
                hint=M(
                    "adapter.not_exportable.hint",
                    "Resume it to the end first (`appliance train --resume RUN`), or merge a full "
                    "run with `appliance merge` and export the model.",
                ),
            )
        base = catalog.get_model(run["base_model_id"])
        run_dir = home.root / run["path"]
        final = run_dir / f"{run['name']}-lora-f16.gguf"
        with home.staging("adapter") as stage:
            target = stage / final.name
            log_path = home.logs_dir / f"adapter-{run['id']}.log"
            run_worker(
                worker_command(
                    "convert-lora",
                    str(native.lora_converter_script()),
                    str(run_dir / "adapter"),
                    str(home.root / base["path"]),
                    str(target),
                    "f16",
                ),
                cancel=cancel,
                stage="convert",
                log_path=log_path,
                what=M("adapter.conversion", "Adapter conversion"),
            )
            from appliance.fsutil import commit_path

            remove_path(final)
            commit_path(target, final)
        checked = None
        exports = [e for e in catalog.list_exports(base["id"]) if e["status"] == ExportStatus.VERIFIED]
        if exports:
            # llama-server applies it to the base's export (a worker process is its client).
            run_worker(
                worker_command("adapter-check", str(home.root / exports[-1]["path"]), str(final)),
                cancel=cancel,
                stage="check",
                log_path=log_path,
                what=M("adapter.loading_check", "Loading the adapter in llama.cpp"),
            )
            checked = exports[-1]["id"]
        result = {
            "path": str(final),
            "sha256": sha256_file(final),
            "size_bytes": final.stat().st_size,
            "base_model_id": base["id"],
            "checked_with_export": checked,
        }
        act.output(sha256=result["sha256"], checked_with_export=checked)
        return result
