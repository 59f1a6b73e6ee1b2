"""Full fine-tuning across processes with sharded weights (FSDP, torch's own ``fully_shard``).

LoRA across processes keeps a whole copy of the frozen base on every rank and sums the small
adapter gradients (``tuning/parallel.py``). Full fine-tuning trains every weight, and its fp32
weights, gradients and two Adam moments (16 bytes a parameter) are what outgrow one device: so
under a process group a full run is sharded with FSDP2 (``torch.distributed.fsdp.fully_shard``):
each decoder layer is its own unit, gathered for its forward and backward and freed after, and
the rest (embeddings, final norm, output layer, tied or not) belongs to one root unit. Each rank
keeps 1/N of the weights, gradients and optimiser state.

The step stays the one-process step: gradients are reduce-scattered as sums (divide factor 1;
each rank's loss is already divided by the step's target tokens over all ranks), and a rank with
no share of a micro-batch still runs it, on a stand-in example weighted 0, because every rank
must take part in every gather. Checkpoints and the result are gathered whole on rank 0 and
written in the one-process format (the optimiser state keyed by parameter position), so a run
resumes on any number of processes, one included.
"""

from __future__ import annotations

PREFIX = "core."  # the root unit wraps the model under this name (``LossHead.core``)


def make_head(core):
    """The module that computes a batch's loss sum: the model's body, then the output layer over
    target positions only. Under FSDP it is the root unit, so its forward gathers the root's
    weights and its backward reduces their gradients."""
    import torch

    from appliance.tuning import data as tdata

    class LossHead(torch.nn.Module):
        def __init__(self, core):
            super().__init__()
            self.core = core

        def forward(self, ids, mask, pos, labels):
            """The loss sum over ``labels`` (a tensor, -100: no target), or with ``labels`` a tuple
            ``(rows, positions, tokens)`` each target's log-probability (the preference methods)."""
            out = self.core.model(input_ids=ids, attention_mask=mask, position_ids=pos)
            if isinstance(labels, tuple):
                rows, where, toks = labels
                return target_logps(self.core.lm_head, out.last_hidden_state[rows, where], toks)
            sel = labels != tdata.IGNORE
            logits = self.core.lm_head(out.last_hidden_state[sel])
            return torch.nn.functional.cross_entropy(logits.float(), labels[sel], reduction="sum")

    return LossHead(core)


TARGET_CHUNK = 256  # answer tokens whose logits exist at once (training a preference method)


def target_logps(lm_head, hidden, toks):
    """Each target token's log-probability, from the hidden states that predict it. While training,
    the output layer runs on chunks of ``TARGET_CHUNK`` targets, each recomputed in the backward
    pass rather than kept: one chunk's vocabulary-wide logits (and their softmax) are alive at a
    time, not every answer token's (measured: ``docs/benchmarks.md``, DPO)."""
    import torch
    from torch.nn.functional import cross_entropy
    from torch.utils.checkpoint import checkpoint

    def piece(h, t):
        return -cross_entropy(lm_head(h).float(), t, reduction="none")

    if not torch.is_grad_enabled() or hidden.shape[0] <= TARGET_CHUNK:
        return piece(hidden, toks)
    return torch.cat(
        [
            checkpoint(piece, hidden[i : i + TARGET_CHUNK], toks[i : i + TARGET_CHUNK], use_reentrant=False)
            for i in range(0, hidden.shape[0], TARGET_CHUNK)
        ]
    )


def tied_names(core) -> dict[str, str]:
    """A weight's second name -> its first (tied embeddings), read from the unsharded model."""
    first: dict[int, str] = {}
    tied = {}
    for name, prm in core.named_parameters(remove_duplicate=False):
        if id(prm) in first:
            tied[name] = first[id(prm)]
        else:
            first[id(prm)] = name
    return tied


def shard(run) -> None:
    """Shard the full model (``run.head``, which computes the loss) across the process group."""
    import torch.distributed as dist
    from torch.distributed.fsdp import fully_shard

    from appliance.events import Progress
    from appliance.messages import M

    head = run.head
    units = set(getattr(run.core, "_no_split_modules", None) or ())
    for module in run.core.modules():
        if type(module).__name__ in units:
            fully_shard(module)
    fully_shard(head)
    for module in head.modules():
        if hasattr(module, "set_gradient_divide_factor"):
            module.set_gradient_divide_factor(1.0)  # sums: the loss is already divided by all targets
            module.set_force_sum_reduction_for_comms(True)  # a plain sum (gloo has no pre-scaled one)
    run.trainable = [prm for prm in head.parameters() if prm.requires_grad]
    n = dist.get_world_size()
    run.on_event(
        Progress(
            "setup",
            message=M(
                "train.sharded",
                "Full fine-tuning sharded across {n} processes (FSDP): each holds 1/{n} of the weights, "
                "gradients and optimiser state",
                n=n,
            ),
        )
    )


def names(run) -> list[str]:
    """The trainable parameters' names in the optimiser's order (the one-process order)."""
    return [n.removeprefix(PREFIX) for n, prm in run.head.named_parameters() if prm.requires_grad]


def stand_in(run, groups: list[list]) -> list[tuple[list, float]]:
    """Each micro-batch's groups with its weight: under FSDP an empty share becomes the first
    training group weighted 0 (every rank must run every micro-batch); otherwise empty ones go."""
    if run.fsdp:
        return [(g, 1.0) if g else ([run.train_groups[0]], 0.0) for g in groups]
    return [(g, 1.0) for g in groups if g]


def eval_rounds(run, groups: list, batch_size: int) -> list[tuple[list, float]]:
    """This rank's evaluation batches; under FSDP padded with stand-ins to rank 0's count."""
    import math

    out = [(groups[i : i + batch_size], 1.0) for i in range(0, len(groups), batch_size)]
    if run.fsdp:
        rounds = math.ceil(math.ceil(len(run.eval_groups) / run.world) / batch_size)
        out += [([run.eval_groups[0]], 0.0)] * (rounds - len(out))
    return out


def full_state(run) -> tuple[dict, dict] | None:
    """The trainable weights and the optimiser state, whole, in the one-process format. Under
    FSDP every rank must call it (it gathers); only rank 0 gets them, the others ``None``."""
    if not run.fsdp:
        if hasattr(run.model, "peft_config"):
            from peft import get_peft_model_state_dict

            weights = get_peft_model_state_dict(run.model)
        else:
            weights = {k: v for k, v in run.model.state_dict().items() if k not in run.tied}
        return weights, run.optimizer.state_dict()
    from torch.distributed.checkpoint.state_dict import StateDictOptions, get_model_state_dict, get_optimizer_state_dict

    opts = StateDictOptions(full_state_dict=True, cpu_offload=True)
    weights = get_model_state_dict(run.head, options=opts)
    optim = get_optimizer_state_dict(run.head, run.optimizer, options=opts)
    if run.rank != 0:
        return None
    weights = {k.removeprefix(PREFIX): v for k, v in weights.items() if k.removeprefix(PREFIX) not in run.tied}
    order = {n: i for i, n in enumerate(names(run))}
    optim = {
        "state": {order[k.removeprefix(PREFIX)]: v for k, v in optim["state"].items()},
        "param_groups": [
            {**g, "params": [order[p.removeprefix(PREFIX)] for p in g["params"]]} for g in optim["param_groups"]
        ],
    }
    return weights, optim


def load_state(run, weights: dict, optim: dict) -> None:
    """Load a checkpoint written in the one-process format (every rank reads the whole files).
    A tied weight is stored once, under its first name."""
    weights = dict(weights)
    for second, first in run.tied.items():
        if first in weights:
            weights.setdefault(second, weights[first])
    if not run.fsdp:
        if hasattr(run.model, "peft_config"):
            from peft import set_peft_model_state_dict

            set_peft_model_state_dict(run.model, weights)
        else:
            run.model.load_state_dict(weights)
        run.optimizer.load_state_dict(optim)
        return
    from torch.distributed.checkpoint.state_dict import StateDictOptions, set_model_state_dict, set_optimizer_state_dict

    opts = StateDictOptions(full_state_dict=True)
    known = dict(run.head.state_dict())
    set_model_state_dict(run.head, {PREFIX + k: v for k, v in weights.items() if PREFIX + k in known}, options=opts)
    order = names(run)
    fqn = {i: PREFIX + n for i, n in enumerate(order)}
    keyed = {
        "state": {fqn[int(i)]: v for i, v in optim["state"].items()},
        "param_groups": [{**g, "params": [fqn[int(p)] for p in g["params"]]} for g in optim["param_groups"]],
    }
    set_optimizer_state_dict(run.head, run.optimizer, optim_state_dict=keyed, options=opts)
