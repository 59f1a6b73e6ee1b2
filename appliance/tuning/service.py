"""Running, resuming and merging training runs, with their catalog rows and audit records.

``start_training`` and ``resume_training`` resolve the recipe's base model and dataset versions,
decrypt the data in memory (each decryption is an audited ``dataset.read``), drive a
``TrainingRun`` and record the run: ``train.start`` when it begins, ``train.checkpoint`` at each
checkpoint (with the metrics since the previous one), and the outer ``train`` action's outcome
(ok, cancelled, failed) when it ends; ``_RunDriver`` is that drive, shared by both. ``merge_run``
(which folds an adapter into its base model and registers the result as a new model with its
lineage) and ``export_adapter`` are in ``tuning/merge.py``, and importable from here as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from appliance import faults, intents
from appliance.audit.actions import action
from appliance.catalog import Catalog, new_id, utc_now
from appliance.errors import Cancelled, InvalidInputError
from appliance.events import CancelToken, EventSink, Progress, ignore
from appliance.fsutil import file_manifest, manifest_digest
from appliance.home import Home
from appliance.messages import M
from appliance.states import RunStatus
from appliance.tuning.preference import check_data, engine_for
from appliance.tuning.recipe import Recipe, recipe_from_dict
from appliance.tuning.runs import RunStore, run_lock, watch_stop_requests
from appliance.tuning.trainer import TrainingRun
from appliance.version import __version__, library_versions

LIBRARIES = ("torch", "transformers", "peft", "tokenizers", "accelerate", "safetensors", "bitsandbytes")


def _versions() -> dict:
    return {"appliance": __version__, **library_versions(LIBRARIES, keep_missing=False)}


def _records(home, catalog, provider, dataset_ids: list[str]):
    from appliance.data.datasets import DatasetStore

    store = DatasetStore(home, catalog, provider)
    train, evals = [], []
    for dsid in dataset_ids:
        for i, rec in enumerate(store.read_records(dsid, purpose="training")):
            (evals if rec.get("split") == "eval" else train).append((f"{dsid} row {i + 1}", rec))
    return train, evals


def _resolve_inputs(home, catalog, recipe: Recipe, on_event, cancel) -> tuple[dict, list[dict], dict | None]:
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore

    problems = []
    if not recipe.run.base_model:
        problems.append(M("train.no_base_model", "run.base_model is empty (set it in the recipe or with --base)"))
    if not recipe.run.datasets:
        problems.append(M("train.no_datasets", "run.datasets is empty (set it in the recipe or with --dataset)"))
    if problems:
        from appliance.tuning.recipe import RecipeError

        raise RecipeError(M("train.the_recipe", "the recipe"), problems)
    model = ModelStore(home, catalog).get(recipe.run.base_model, on_event=on_event, cancel=cancel)
    ds_store = DatasetStore(home, catalog)
    datasets = [ds_store.get(ref) for ref in recipe.run.datasets]
    check_data(recipe, datasets)  # preference data for a preference method, and only then
    parent = None
    if recipe.run.from_run:
        parent = RunStore(home, catalog).get(recipe.run.from_run)
        if parent["status"] != RunStatus.COMPLETED:
            raise InvalidInputError(
                M(
                    "train.from_run_status",
                    "run.from_run: run {id} is {status}, not completed.",
                    id=parent["id"],
                    status=str(parent["status"]),
                ),
                hint=M(
                    "train.from_run_status.hint", "Resume it first (appliance train --resume) or pick a completed run."
                ),
            )
        if parent["base_model_id"] != model["id"]:
            raise InvalidInputError(
                M(
                    "train.from_run_base",
                    "run.from_run: run {id} trained {base}, not {model}.",
                    id=parent["id"],
                    base=parent["base_model_id"],
                    model=model["id"],
                ),
                hint=M("train.from_run_base.hint", "Continue a run on the same base model."),
            )
        if parent["method"] not in ("lora", "qlora") or recipe.method.kind not in ("lora", "qlora"):
            raise InvalidInputError(
                M("train.from_run_method", "run.from_run continues LoRA adapters; both runs must be LoRA or QLoRA."),
                hint=M(
                    "train.from_run_method.hint",
                    "Set method.kind = 'lora' (or 'qlora'), or start from the base without run.from_run.",
                ),
            )
    return model, datasets, parent


def _check_processes(processes: int, gpus: bool, topology=None) -> None:
    if topology is not None:
        topology.check()
    if processes != 1 or gpus:
        from appliance.tuning.distributed import check_processes

        check_processes(processes, gpus)


def start_training(
    home: Home,
    catalog: Catalog,
    provider,
    recipe: Recipe,
    *,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
    processes: int = 1,
    gpus: bool = False,
    topology=None,
) -> dict:
    """Train a new run from ``recipe``. Returns the run row. Raises ``Cancelled`` after checkpointing.

    ``processes`` > 1 trains across that many processes through torchrun (one per GPU with
    ``gpus``, else on the CPU with gloo): ``tuning/distributed.py``. ``topology`` (a
    ``distributed.Topology``) spreads them over several nodes, this one node 0; the others join
    with ``tuning/join.py``."""
    cancel = cancel or CancelToken()
    _check_processes(processes, gpus, topology)
    if topology is not None and topology.joining:
        raise InvalidInputError(
            M("train.node_zero_starts", "Node 0 starts a run; the other nodes join it (appliance train --node-rank K).")
        )
    spread = {"processes": processes, **(topology.to_dict() if topology and topology.nodes > 1 else {})}
    with action(catalog, "train", params={"recipe": recipe.to_dict(), **spread}) as act:
        model, datasets, parent = _resolve_inputs(home, catalog, recipe, on_event, cancel)
        from appliance.models.store import ModelStore

        ModelStore(home, catalog).check_files(model)
        run_id = new_id("run")
        act.add_object(run_id, model["id"], *(d["id"] for d in datasets))
        name = recipe.run.name or f"{datasets[0]['name']}-{utc_now()[:10]}"
        resolved = recipe_from_dict(
            {
                **recipe.to_dict(),
                "run": {
                    **recipe.to_dict()["run"],
                    "name": name,
                    "base_model": model["id"],
                    "datasets": [d["id"] for d in datasets],
                    "from_run": parent["id"] if parent else "",
                },
            }
        )
        row = {
            "id": run_id,
            "name": name,
            "status": RunStatus.RUNNING,
            "method": resolved.method.kind,
            "base_model_id": model["id"],
            "base_model_sha256": model["sha256"],
            "dataset_ids": [d["id"] for d in datasets],
            "from_run_id": parent["id"] if parent else None,
            "recipe": resolved.to_dict(),
            "recipe_sha256": resolved.sha256,
            "steps_done": 0,
            "total_steps": 0,
            "tokens_seen": 0,
            "path": f"runs/{run_id}",
            "versions": _versions(),
            "created_at": utc_now(),
            "meta": intents.owner(),
        }
        driver = _RunDriver(
            home,
            catalog,
            provider,
            recipe=resolved,
            row=row,
            model=model,
            parent=parent,
            act=act,
            on_event=on_event,
            cancel=cancel,
            processes=processes,
            cuda=gpus,
            topology=topology,
        )
        return driver.run(checkpoint=None)


def resume_training(
    home: Home,
    catalog: Catalog,
    provider,
    run_ref: str,
    *,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
    processes: int = 1,
    gpus: bool = False,
    topology=None,
) -> dict:
    """Continue a run from its last checkpoint, with any number of processes (the schedule of
    micro-batches depends on the step alone), on this one node. One resume (or merge) of a run at
    a time: a second one while it runs is refused with ``Busy``."""
    cancel = cancel or CancelToken()
    _check_processes(processes, gpus, topology)
    if topology is not None and topology.nodes > 1:
        raise InvalidInputError(
            M(
                "train.resume_one_node",
                "A run resumes on one node (its checkpoints are on node 0), with any --processes or --gpus.",
            ),
            hint=M("train.resume_one_node.hint", "Resume it on node 0 without --nodes."),
        )
    runs = RunStore(home, catalog)
    row = runs.get(run_ref)
    with run_lock(home, row, "resuming it"):
        row = runs.get(row["id"])  # as it is now that no other resume or merge of it runs
        return _resume(home, catalog, provider, runs, row, on_event, cancel, processes, gpus)


def _resume(home, catalog, provider, runs: RunStore, row: dict, on_event, cancel, processes, gpus) -> dict:
    runs.resumable(row)
    recipe = recipe_from_dict(row["recipe"], source=M("train.recipe_of_run", "run {id}", id=row["id"]))
    with action(catalog, "train.resume", objects=[row["id"]], params={"recipe_sha256": row["recipe_sha256"]}) as act:
        model, datasets, parent = _resolve_inputs(home, catalog, recipe, on_event, cancel)
        if model["sha256"] != row["base_model_sha256"]:
            raise InvalidInputError(
                M("train.base_changed", "The base model of run {id} changed since it started.", id=row["id"]),
                hint=M("train.base_changed.hint", "Start a new run instead."),
            )
        checkpoint = runs.checkpoints(row)[-1]
        driver = _RunDriver(
            home,
            catalog,
            provider,
            recipe=recipe,
            row=row,
            model=model,
            parent=parent,
            act=act,
            on_event=on_event,
            cancel=cancel,
            processes=processes,
            cuda=gpus,
        )
        return driver.run(checkpoint=checkpoint)


@dataclass
class _RunDriver:
    """Drives one run's ``TrainingRun`` and records it: the run's row and ``train.start`` (a new
    run) or ``train.restart`` (a resumed one), ``train.checkpoint`` at each checkpoint (the
    engine's ``on_checkpoint`` sink), then the run's end: ``completed`` with its adapter's digest,
    or ``cancelled`` (after a last checkpoint), ``interrupted`` (Ctrl-C) or ``failed``.

    ``row`` is the run's catalog row (to insert for a new run, as stored for a resumed one);
    ``act`` the outer audited action (``train`` or ``train.resume``) whose output it sets.
    """

    home: Home
    catalog: Catalog
    provider: object
    recipe: Recipe
    row: dict
    model: dict
    parent: dict | None
    act: object
    on_event: EventSink
    cancel: CancelToken
    processes: int = 1  # > 1: ranks launched through torchrun (tuning/distributed.py)
    cuda: bool = False
    topology: object = None  # several nodes: distributed.Topology
    runs: RunStore = field(init=False)
    run_dir: Path = field(init=False)
    engine: TrainingRun = field(init=False)

    def __post_init__(self) -> None:
        self.runs = RunStore(self.home, self.catalog)
        self.run_dir = self.home.root / self.row["path"]

    def run(self, checkpoint: Path | None) -> dict:
        """Train from the start (``checkpoint`` None) or from ``checkpoint``; returns the run's row."""
        train, evals = _records(self.home, self.catalog, self.provider, self.row["dataset_ids"])
        adapter_init = (self.home.root / self.parent["path"] / "adapter") if self.parent else None
        data = dict(
            model_dir=self.home.root / self.model["path"],
            context_length=int(self.model["context_length"] or 0),
            train_records=train,
            eval_records=evals,
            run_dir=self.run_dir,
            from_adapter=adapter_init,
            new_token_ids=_new_token_ids(self.catalog, self.model),
        )
        hooks = dict(on_event=self.on_event, cancel=self.cancel, on_checkpoint=self.record_checkpoint)
        if self.processes > 1 or (self.topology is not None and self.topology.nodes > 1):
            from appliance.tuning.distributed import DistributedRun, EngineInputs, Topology

            inputs = EngineInputs(
                self.recipe,
                processes=self.processes,
                cuda=self.cuda,
                topology=self.topology or Topology(),
                checkpoint=checkpoint,
                log_path=self.home.logs_dir / f"{self.row['id']}-ranks.log",
                run_id=self.row["id"],
                model_sha256=self.model["sha256"],
                **data,
            )
            self.engine = DistributedRun(inputs, **hooks)
        else:
            self.engine = engine_for(self.recipe)(self.recipe, **data, **hooks)
        with watch_stop_requests(self.run_dir, self.cancel):  # `appliance runs stop` from elsewhere
            if checkpoint is None:
                self._start()
            else:
                self._restart(checkpoint)
            return self._train()

    def _start(self) -> None:
        engine, row, catalog = self.engine, self.row, self.catalog
        # Recorded before the run's folder exists: a kill before its row is written leaves an
        # intent the next command rolls back (appliance/system/recovery.py), not a folder nobody names.
        with intents.intent(self.home, catalog, "train", row["id"], [self.run_dir]) as it:
            self.run_dir.mkdir(parents=True)
            engine.setup()
            (self.run_dir / "recipe.toml").write_text(self.recipe.to_toml())
            faults.point("train.setup")
            with action(
                catalog,
                "train.start",
                objects=[row["id"], self.model["id"], *row["dataset_ids"]],
                params={
                    "total_steps": engine.total_steps,
                    "device": engine.placement.device,
                    "precision": engine.placement.precision,
                    "examples": engine.train_stats.examples,
                },
            ):
                parents = {self.model["id"]: "trained-from", **{d: "trained-on" for d in row["dataset_ids"]}}
                if self.parent:
                    parents[self.parent["id"]] = "continued-from"
                with catalog.atomic():
                    self.runs.insert(
                        {
                            **row,
                            "total_steps": engine.total_steps,
                            "device": engine.placement.device,
                            "precision": engine.placement.precision,
                        },
                        parents,
                    )
                    it.done()

    def _restart(self, checkpoint: Path) -> None:
        engine, row = self.engine, self.row
        faults.point("train.restart")  # a resume under way, holding its run's lock (tests/test_job_locks.py)
        engine.setup()
        engine.load_checkpoint(checkpoint)
        self.on_event(
            Progress(
                "train", message=M("train.resuming", "Resuming {id} at step {step}", id=row["id"], step=engine.step)
            )
        )
        with (
            action(self.catalog, "train.restart", objects=[row["id"]], params={"step": engine.step}),
            self.catalog.atomic(),
        ):
            old_meta = row.get("meta") if isinstance(row.get("meta"), dict) else json.loads(row.get("meta") or "{}")
            self.runs.update(row["id"], status=RunStatus.RUNNING, error=None, meta={**old_meta, **intents.owner()})

    def record_checkpoint(self, reason: str) -> Path:
        """The engine's checkpoint sink: save it, then write the metrics since the last one."""
        engine, run_id = self.engine, self.row["id"]
        with action(self.catalog, "train.checkpoint", objects=[run_id], params={"step": engine.step, "reason": reason}):
            path = engine.save_checkpoint(reason)
            with self.catalog.atomic():
                self.runs.add_metrics(run_id, engine.history)
                self.runs.update(
                    run_id, steps_done=engine.step, tokens_seen=engine.tokens_seen, train_loss=engine.last_loss
                )
            engine.history = []
            return path

    def _train(self) -> dict:
        engine, run_id, catalog, runs = self.engine, self.row["id"], self.catalog, self.runs
        try:
            result = engine.train()
            adapter_dir = self.run_dir / ("adapter" if self.recipe.method.kind in ("lora", "qlora") else "model")
            engine.save_result(adapter_dir)
            digest = manifest_digest(file_manifest(adapter_dir))
            self.act.output(
                run_id=run_id,
                adapter_sha256=digest,
                steps=result["steps"],
                train_loss=result["train_loss"],
                eval_loss=result["eval_loss"],
            )
            with catalog.atomic():
                runs.add_metrics(run_id, engine.history)
                runs.update(
                    run_id,
                    status=RunStatus.COMPLETED,
                    steps_done=engine.step,
                    tokens_seen=engine.tokens_seen,
                    train_loss=engine.last_loss,
                    eval_loss=engine.last_eval,
                    adapter_sha256=digest,
                    finished_at=utc_now(),
                )
            engine.history = []
            return runs.get(run_id)
        except Cancelled as exc:
            self.record_checkpoint("cancel")
            with catalog.atomic():
                runs.update(run_id, status=RunStatus.CANCELLED, finished_at=utc_now())
            # Not "nothing half-written was kept": a cancelled run keeps its checkpoint (issue 18, D4).
            raise Cancelled(
                M(
                    "train.cancelled",
                    "Training run {name} was cancelled at step {step}; its checkpoint is kept.",
                    name=self.row["name"],
                    step=engine.step,
                ),
                hint=M(
                    "train.cancelled.hint",
                    "Resume it with `appliance train --resume {id}` (or Resume on the Train page).",
                    id=run_id,
                ),
            ) from exc
        except BaseException as exc:
            status = RunStatus.INTERRUPTED if isinstance(exc, KeyboardInterrupt) else RunStatus.FAILED
            with catalog.atomic():
                runs.update(run_id, status=status, error=f"{type(exc).__name__}: {exc}"[:500], finished_at=utc_now())
            raise
        finally:
            engine.cleanup()


def _new_token_ids(catalog, model: dict) -> list[int]:
    from appliance.tokenizer.extension import extension_of

    ext = extension_of(catalog, model) or {}
    return list(range(ext["first_id"], ext["first_id"] + ext["added"])) if ext else []


# Merging a run and exporting its adapter (``tuning/merge.py``), under the names they always had here.
from appliance.tuning.merge import export_adapter, merge_dtype, merge_run  # noqa: E402

__all__ = ["start_training", "resume_training", "run_lock", "merge_run", "merge_dtype", "export_adapter"]
