"""One rank of a training run across processes (``appliance train --processes N`` / ``--gpus N``).

``torchrun`` starts N of these (``python -m torch.distributed.run … -m appliance.tuning.rank``).
Each one connects to the driving process's private Unix socket (``APPLIANCE_RANK_SOCKET``, in a
0700 folder), says its rank and receives the run's specification: the resolved recipe, the model
folder, the checkpoint to resume from, and the dataset rows, which the driver decrypted in memory
and which stay in memory here (never on disk). It then joins the process group (gloo on CPU, NCCL
on CUDA, over loopback only), and trains with ``TrainingRun``: each rank takes its share of every
micro-batch and the gradients are summed across ranks, so the step is the same as in one process
(a full fine-tuning is sharded across the ranks: ``tuning/sharding.py``).

Rank 0 alone writes checkpoints and the result. Each node's first rank (local rank 0) reports
events, checkpoints (rank 0's) and the outcome to its node's driver as JSON lines on its
connection; it also hears "cancel" there, which every rank then sees at the same step. At setup
the ranks check that every node trains on the same rows, model and recipe (several nodes each
decrypt their own copy). The drivers (``tuning/distributed.py``, ``tuning/join.py``) record
everything in the catalog and the audit log: ranks never open the catalog.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading

from appliance import faults, isolation
from appliance.offline import apply_offline_env, install_network_guard


class _Link:
    def __init__(self, path: str):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.reader = self.sock.makefile("r", encoding="utf-8")
        self.lock = threading.Lock()

    def send(self, obj: dict) -> None:
        data = (json.dumps(obj, ensure_ascii=False, default=str) + "\n").encode("utf-8")
        with self.lock:
            self.sock.sendall(data)

    def receive(self) -> dict | None:
        line = self.reader.readline()
        return json.loads(line) if line else None


def _event_message(event) -> dict:
    import dataclasses

    return {"event": type(event).__name__, **dataclasses.asdict(event)}


def main() -> int:
    apply_offline_env()
    install_network_guard()
    isolation.install(isolation.TORCH)
    rank = int(os.environ["RANK"])
    local = int(os.environ.get("LOCAL_RANK", rank))
    link = _Link(os.environ["APPLIANCE_RANK_SOCKET"])  # this node's driver
    link.send({"hello": local})
    lead = local == 0  # reports to this node's driver; the run's rank 0 also writes checkpoints
    spec = link.receive()
    if spec is None:
        return 1

    import torch
    import torch.distributed as dist

    from appliance.errors import ApplianceError, Cancelled
    from appliance.events import CancelToken, TrainStep
    from appliance.messages import M
    from appliance.tuning.preference import engine_for
    from appliance.tuning.recipe import recipe_from_dict

    data = spec["recipe"]
    if spec["cuda"]:
        torch.cuda.set_device(local)
        data["training"]["device"] = f"cuda:{local}"
    else:
        torch.set_num_threads(max(1, int(spec.get("threads") or 1)))
    recipe = recipe_from_dict(data, source=M("train.the_runs_recipe", "the run's recipe"))
    dist.init_process_group("nccl" if spec["cuda"] else "gloo")
    cancel = CancelToken()

    def on_event(event) -> None:
        if isinstance(event, TrainStep):
            faults.point(f"train.rank{rank}.step{event.step}")  # the crash tests kill one rank here
        if lead:
            link.send(_event_message(event))

    engine = None

    def on_checkpoint(reason: str):
        path = engine.save_checkpoint(reason)  # every rank: a sharded state is gathered; rank 0 writes
        if path is not None:
            link.send(
                {
                    "checkpoint": str(path),
                    "reason": reason,
                    "step": engine.step,
                    "tokens_seen": engine.tokens_seen,
                    "train_loss": engine.last_loss,
                    "history": engine.history,
                }
            )
            engine.history = []
        dist.barrier()
        return path

    if lead:

        def listen() -> None:
            while (msg := link.receive()) is not None:
                if msg.get("cancel"):
                    cancel.cancel()
            cancel.cancel()  # the driver is gone: stop at the next step

        threading.Thread(target=listen, daemon=True).start()
    engine = engine_for(recipe)(
        recipe,
        model_dir=spec["model_dir"],
        context_length=spec["context_length"],
        train_records=[tuple(r) for r in spec["train"]],
        eval_records=[tuple(r) for r in spec["eval"]],
        run_dir=spec["run_dir"],
        from_adapter=spec.get("from_adapter"),
        on_event=on_event,
        cancel=cancel,
        on_checkpoint=on_checkpoint,
        new_token_ids=spec.get("new_token_ids") or [],
    )
    code = 0
    try:
        run_id = _same_data_everywhere(dist, spec)
        engine.setup()
        if spec.get("checkpoint"):
            from pathlib import Path

            engine.load_checkpoint(Path(spec["checkpoint"]))
        if lead:
            link.send(
                {
                    "setup": {
                        "run_id": run_id,
                        "total_steps": engine.total_steps,
                        "device": engine.placement.device,
                        "precision": engine.placement.precision,
                        "examples": engine.train_stats.examples,
                        "step": engine.step,
                        "tokens_seen": engine.tokens_seen,
                    }
                }
            )
        result = engine.train()
        from pathlib import Path

        engine.save_result(Path(spec["result_dir"]))  # every rank (gathered when sharded); rank 0 writes
        if lead:
            link.send(
                {
                    "done": result,
                    "step": engine.step,
                    "tokens_seen": engine.tokens_seen,
                    "train_loss": engine.last_loss,
                    "eval_loss": engine.last_eval,
                    "history": engine.history,
                }
            )
        dist.barrier()
    except Cancelled:
        on_checkpoint("cancel")
        if lead:
            link.send({"cancelled": engine.step})
    except ApplianceError as exc:
        if lead:
            link.send({"error": str(exc.message), "type": type(exc).__name__, "hint": exc.hint})
        code = 1
    finally:
        engine.cleanup()
        if dist.is_initialized():
            dist.destroy_process_group()
    return code


def _same_data_everywhere(dist, spec: dict) -> str | None:
    """Every rank compares its digests of rows, model and recipe with the others' (several nodes
    each decrypt their own workspace's copy) and learns the run's id from rank 0."""
    from appliance.errors import InvalidInputError
    from appliance.messages import M

    seen = [None] * dist.get_world_size()
    dist.all_gather_object(seen, (spec.get("digest") or {}, spec.get("run_id")))
    per_node = int(os.environ.get("LOCAL_WORLD_SIZE", "1"))
    mine = seen[0][0]
    differ = sorted({r // per_node for r, (digest, _) in enumerate(seen) if digest != mine})
    if differ:
        parts = sorted({k for digest, _ in seen for k in mine if digest.get(k) != mine[k]})
        hint = M(
            "train.nodes_differ.hint",
            "Import the same dataset versions and base model on every node, and give every node the same recipe.",
        )
        if parts == ["evaluation rows", "training rows"]:  # sorted
            hint = M(
                "train.nodes_differ.split_hint",
                "If the rows are the same, their split differs: each workspace splits rows with its own key. "
                'Name each row\'s split in the file (a "split" field) or import with --eval-fraction 0 on every node.',
            )
        nodes, what = ", ".join(map(str, differ)), ", ".join(parts)  # what: the digest's keys ("training rows")
        if len(differ) > 1:
            message = M(
                "train.nodes_differ",
                "Nodes {nodes} would train on other data than node 0 ({parts} differ); nothing was trained.",
                nodes=nodes,
                parts=what,
            )
        else:
            message = M(
                "train.node_differs",
                "Node {nodes} would train on other data than node 0 ({parts} differ); nothing was trained.",
                nodes=nodes,
                parts=what,
            )
        raise InvalidInputError(message, hint=hint)
    return seen[0][1]


if __name__ == "__main__":
    sys.exit(main())
