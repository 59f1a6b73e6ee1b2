"""The training engine's data parallelism and precision helpers (``tuning/trainer.py``).

Under ``torch.distributed`` (ranks started by ``tuning/distributed.py`` through torchrun, each
running ``tuning/rank.py``) every rank holds all the data and takes its share of each micro-batch,
the step's loss is divided by the target tokens of every rank's share, and the trainable gradients
are summed across ranks: the step's global batch, and so the loss curve, do not depend on the
number of processes. Without a process group every helper is the one-process behaviour.
"""

from __future__ import annotations

from appliance.errors import Cancelled
from appliance.messages import M


def setup(run) -> tuple[int, int]:
    """``(rank, world size)``; under a process group, also the per-group target counts the step's
    divisor needs, and either a full model sharded (``tuning/sharding.py``: every rank loaded the
    same weights) or rank 0's initial trainable weights broadcast, so every rank starts equal."""
    import torch.distributed as dist

    from appliance.tuning import sharding

    run.fsdp = False
    if not (dist.is_available() and dist.is_initialized()):
        return 0, 1
    run.group_targets = [run.group_target(g) for g in run.train_groups]
    if run.recipe.method.kind == "full":
        run.fsdp = True
        sharding.shard(run)
    else:
        for prm in run.trainable:
            dist.broadcast(prm.data, 0)
    return dist.get_rank(), dist.get_world_size()


def world_size() -> int:
    """The number of ranks in this process's group (1 without one)."""
    import torch.distributed as dist

    return dist.get_world_size() if dist.is_available() and dist.is_initialized() else 1


def share(run, micro_batches: list[list[int]]) -> tuple[int, list[list[int]]]:
    """This rank's share of the step's micro-batches, and the step's target tokens over every
    rank's share (0 in one process: the caller counts its own batches)."""
    if run.world == 1:
        return 0, micro_batches
    targets = sum(run.group_targets[i] for mb in micro_batches for i in mb) or 1
    return targets, [mb[run.rank :: run.world] for mb in micro_batches]


def reduce_step(run, loss_sum: float, tokens: int) -> tuple[float, int]:
    """After the backward passes: gradients summed across ranks; the step's loss sum and tokens too."""
    if run.world == 1:
        return loss_sum, tokens
    if not run.fsdp:  # FSDP reduced the sharded gradients in the backward pass
        sync_gradients(run.trainable)
    total, real = all_reduce(run, [loss_sum, float(tokens)])
    return total, int(real)


def all_reduce(run, values: list[float], op: str = "sum") -> list[float]:
    import torch
    import torch.distributed as dist

    device = run.placement.device if run.placement.is_cuda else "cpu"
    t = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(t, op=dist.ReduceOp.MAX if op == "max" else dist.ReduceOp.SUM)
    return t.tolist()


def check_cancel(run) -> None:
    """Every rank stops at the same step: a cancel seen by any rank is seen by all."""
    if run.world > 1:
        if all_reduce(run, [1.0 if run.cancel.cancelled else 0.0], "max")[0]:
            raise Cancelled(M("train.cancelled_all_ranks", "Training was cancelled."))
        return
    run.cancel.check(M("train.where.training", "Training"))


def sync_gradients(trainable) -> None:
    """Sum the trainable gradients across ranks (one all-reduce of them flattened)."""
    import torch
    import torch.distributed as dist

    for prm in trainable:  # a rank with no share this step still takes part
        if prm.grad is None:
            prm.grad = torch.zeros_like(prm)
    grads = [prm.grad for prm in trainable]
    flat = torch.cat([g.reshape(-1).float() for g in grads])
    dist.all_reduce(flat, op=dist.ReduceOp.SUM)
    offset = 0
    for g in grads:
        n = g.numel()
        g.copy_(flat[offset : offset + n].view_as(g))
        offset += n


def lora_in_compute_dtype(model) -> None:
    """Let the adapters take the base's bf16/fp16 activations as they are (autocast casts their
    small fp32 weights instead): peft's ``cast_input_dtype_enabled``, off on every LoRA layer."""
    from peft.tuners.lora import LoraLayer

    for m in model.modules():
        if isinstance(m, LoraLayer):
            m.cast_input_dtype_enabled = False
