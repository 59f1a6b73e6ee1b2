"""The jobs, as module-level functions so that they can run in a worker process.

Each takes the job context first; the pages bind the rest with ``functools.partial``. Results
are plain data (rows, reports) that cross the process boundary. The heavy ones (torch, the
tokenizers' native code) run isolated; the evaluation jobs run on a thread, since the core runs
the models in worker processes of its own (``appliance/eval/worker.py``).
"""

from __future__ import annotations

from pathlib import Path


def import_dataset(ctx, path: str, name: str, fmt, columns: str, eval_fraction: float, skip_invalid: bool):
    from appliance.data.columns import parse_columns
    from appliance.data.datasets import DatasetStore, default_stats_tokenizer
    from appliance.data.formats import ImportRefused

    store = DatasetStore(ctx.home, ctx.catalog, ctx.keys)
    try:
        row, report, created = store.import_file(
            Path(path),
            name=name,
            fmt=fmt,
            columns=parse_columns(columns),
            eval_fraction=eval_fraction,
            skip_invalid=skip_invalid,
            tokenizer=default_stats_tokenizer(ctx.home, ctx.catalog),
            on_event=ctx.on_event,
            cancel=ctx.cancel,
        )
        return {"status": "imported", "row": row, "report": report, "created": created}
    except ImportRefused as exc:
        return {"status": "refused", "report": exc.report, "message": str(exc)}


def import_model(ctx, path: str):
    from appliance.models.store import ModelStore

    return ModelStore(ctx.home, ctx.catalog).import_path(Path(path), on_event=ctx.on_event, cancel=ctx.cancel)


def train(ctx, recipe: dict, processes: int = 1, gpus: bool = False):
    """``processes`` > 1: one run across that many CPU processes, or GPUs with ``gpus``."""
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import start_training

    return start_training(
        ctx.home,
        ctx.catalog,
        ctx.keys,
        recipe_from_dict(recipe),
        on_event=ctx.on_event,
        cancel=ctx.cancel,
        processes=processes,
        gpus=gpus,
    )


def resume(ctx, run_id: str, processes: int = 1, gpus: bool = False):
    from appliance.tuning.service import resume_training

    return resume_training(
        ctx.home,
        ctx.catalog,
        ctx.keys,
        run_id,
        on_event=ctx.on_event,
        cancel=ctx.cancel,
        processes=processes,
        gpus=gpus,
    )


def stop_run(ctx, run_id: str):
    """Ask a run training in another process to stop (``appliance runs stop``)."""
    from appliance.tuning.runs import RunStore

    return RunStore(ctx.home, ctx.catalog).request_stop(run_id)


def merge(ctx, run_id: str, name: str | None):
    from appliance.tuning.service import merge_run

    row = merge_run(ctx.home, ctx.catalog, run_id, name=name, on_event=ctx.on_event, cancel=ctx.cancel)
    return {k: v for k, v in row.items() if k != "files"}


def export(ctx, model: str, quant: str, policy: str, force: bool = False):
    """``force``: a second copy even if this model is already exported, verified, to ``quant``."""
    from appliance.errors import VerificationFailed
    from appliance.export.pipeline import Exporter

    try:
        row, report = Exporter(ctx.home, ctx.catalog, ctx.keys).export(
            model, quant, tokenizer_policy=policy, on_event=ctx.on_event, cancel=ctx.cancel, force=force
        )
        return row, report
    except VerificationFailed as exc:
        return None, exc.report


def unpack_builtin(ctx):
    from appliance.models.store import ModelStore

    row = ModelStore(ctx.home, ctx.catalog).ensure_builtin(on_event=ctx.on_event, cancel=ctx.cancel)
    return {k: v for k, v in row.items() if k != "files"}


def tokenizer_report(ctx, models: list[str], corpora: list[str]) -> list[dict]:
    """``appliance tokenizer report`` for each model over the same corpora (the reports as dicts)."""
    from appliance.tokenizer.report import report

    return [report(ctx.home, ctx.catalog, ctx.keys, m, corpora).to_dict() for m in models]


def tokenizer_extend(ctx, base: str, corpora: list[str], add: int, name: str, scripts: list[str] | None):
    """``appliance tokenizer extend``: the new model's row (without its file list)."""
    from appliance.tokenizer.vocabulary import extend

    row = extend(
        ctx.home,
        ctx.catalog,
        ctx.keys,
        base,
        corpora,
        add=add,
        name=name,
        scripts=scripts,
        on_event=ctx.on_event,
        cancel=ctx.cancel,
    )
    return {k: v for k, v in row.items() if k != "files"}


def import_suite(ctx, path: str) -> dict:
    """``appliance suites import PATH``: the suite version's row (an existing one for the same cases)."""
    from appliance.eval.store import SuiteStore

    return SuiteStore(ctx.home, ctx.catalog, ctx.keys).import_file(Path(path))


def evaluate_and_compare(ctx, suite: str, models: list[str], target: str = "gguf", rerun: bool = False) -> dict:
    """``appliance eval MODEL --suite SUITE`` for each model in turn, then ``appliance evals compare
    --suite SUITE MODELS…`` (the first model the baseline): the comparison report
    (``appliance/eval/compare.py``, the orchestration the CLI and the promotion gate share).

    A model's newest completed evaluation on this suite version (and target) is reused, as the
    compare command and the promotion gate do, unless ``rerun``. The core's progress events go on
    with the model's name and place in the queue in front of their message."""
    from appliance.eval.compare import CompareOptions, compare_on_suite

    options = CompareOptions(target=target, rerun=rerun, show_queue=True)
    return compare_on_suite(
        ctx.home, ctx.catalog, ctx.keys, suite, models, options=options, on_event=ctx.on_event, cancel=ctx.cancel
    ).report


def promote(ctx, line: str, model: str, channel: str = "production") -> dict:
    """``appliance promote LINE MODEL``: the gate's decision, a refusal included (``passed`` false:
    nothing changed, and the verdict says why) rather than raised."""
    from appliance.errors import GateFailed
    from appliance.eval.lines import Lines

    try:
        return Lines(ctx.home, ctx.catalog, ctx.keys).promote(
            line, model, channel=channel, on_event=ctx.on_event, cancel=ctx.cancel
        )
    except GateFailed as exc:
        if exc.verdict is None:
            raise
        return {**exc.verdict, "passed": False}
