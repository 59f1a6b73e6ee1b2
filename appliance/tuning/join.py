"""A node joining a run across several nodes: ``appliance train --nodes N --node-rank K
--rendezvous HOST:PORT`` with K > 0.

Node 0 starts the run (``tuning/service.py``: the run's row, checkpoints, result and records are
node 0's). Every other node runs this against its own workspace, which holds the same dataset
versions and base model: its driver decrypts its own rows in memory (audited ``dataset.read``, as
for any run), launches its ranks with torchrun's static rendezvous at node 0's address, and
relays progress; the ranks check at setup that every node trains on the same rows, model and
recipe (``rank._same_data_everywhere``). The node records one audited ``train.join`` with node 0's
run id, its outcome and its share of the work. Cancel on any node stops every rank at the same
step (node 0 keeps the checkpoint).
"""

from __future__ import annotations

import shutil
import tempfile

from appliance.audit.actions import action
from appliance.errors import InvalidInputError
from appliance.events import CancelToken, EventSink, ignore
from appliance.ids import utc_now
from appliance.messages import M


def join_training(
    home,
    catalog,
    provider,
    recipe,
    *,
    topology,
    processes: int = 1,
    gpus: bool = False,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
) -> dict:
    """Take part in node 0's run as node ``topology.node_rank``. Returns what this node did."""
    from appliance.models.store import ModelStore
    from appliance.tuning.distributed import DistributedRun, EngineInputs
    from appliance.tuning.service import _check_processes, _new_token_ids, _records, _resolve_inputs

    cancel = cancel or CancelToken()
    _check_processes(processes, gpus, topology)
    if not topology.joining:
        raise InvalidInputError(M("train.join_node_zero", "Only nodes 1, 2, … join a run; node 0 starts it."))
    params = {"recipe": recipe.to_dict(), "processes": processes, **topology.to_dict()}
    with action(catalog, "train.join", params=params) as act:
        model, datasets, parent = _resolve_inputs(home, catalog, recipe, on_event, cancel)
        ModelStore(home, catalog).check_files(model)
        act.add_object(model["id"], *(d["id"] for d in datasets))
        train, evals = _records(home, catalog, provider, [d["id"] for d in datasets])
        scratch = tempfile.mkdtemp(prefix="join-", dir=home.tmp_dir)  # rank 0 alone writes: on node 0
        stamp = utc_now().replace(":", "").replace("-", "")[:15]
        inputs = EngineInputs(
            recipe,
            processes=processes,
            cuda=gpus,
            model_dir=home.root / model["path"],
            context_length=int(model["context_length"] or 0),
            train_records=train,
            eval_records=evals,
            run_dir=scratch,
            from_adapter=(home.root / parent["path"] / "adapter") if parent else None,
            new_token_ids=_new_token_ids(catalog, model),
            log_path=home.logs_dir / f"join-{stamp}-node{topology.node_rank}-ranks.log",
            topology=topology,
            model_sha256=model["sha256"],
        )
        engine = DistributedRun(inputs, on_event=on_event, cancel=cancel)
        try:
            engine.setup()
            act.output(run_id=engine.run_id)
            result = engine.train()
        finally:
            engine.cleanup()
            shutil.rmtree(scratch, ignore_errors=True)
        act.output(steps=result["steps"], train_loss=result["train_loss"], eval_loss=result["eval_loss"])
        return {
            "run_id": engine.run_id,
            "node_rank": topology.node_rank,
            "nodes": topology.nodes,
            "processes": processes,
            "steps": result["steps"],
            "train_loss": result["train_loss"],
            "eval_loss": result["eval_loss"],
            "tokens": engine.tokens_seen,
        }
