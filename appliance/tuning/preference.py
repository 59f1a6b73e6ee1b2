"""Learning from preferences in the engine: DPO, SimPO (reference-free) and KTO.

A recipe's ``[preference] method`` chooses one (``tuning/recipe.py``); the data is preference pairs
or judgements (``data/preference.py``). The run is the supervised one (``TrainingRun``: LoRA,
QLoRA or full, packing, resume, cancel, checkpoints, processes) with three differences:

* **A unit per row, its answers sharing the prompt.** A pair is laid out once as ``prompt,
  chosen, rejected``: each answer's positions continue from the prompt's end and an answer
  attends to the prompt and to itself only (a 4D mask), so the prompt is computed once per pair
  (TRL concatenates chosen and rejected as two padded rows, the prompt twice). A KTO unit is
  ``prompt, completion, mismatched completion`` (the other answer estimates the KL term, as in
  TRL: the completion of the unit before it). Several units pack into one sequence as
  supervised rows do, and the output layer runs only where an answer token is predicted.
* **The reference is the model as the run starts**, its log-probabilities of every answer
  computed once at setup (no second model in memory, no reference forward per step): for a new
  LoRA adapter that is the base (the adapter starts at zero), for a continued adapter its parent,
  for full fine-tuning the starting weights. A resumed run computes them again the same way
  (setup builds the starting model before the checkpoint is loaded).
* **The loss is per unit**, averaged over the step's units: ``dpo`` ``-log σ(β·((πc−rc)−(πr−rr)))``
  (with label smoothing), ``simpo`` ``-log σ(β·(π̄c−π̄r) − γ)`` on per-token mean log-probabilities,
  ``kto`` ``w·(1−σ(β·(π−r−KL)))`` for a desirable answer and ``w·(1−σ(β·(KL−(π−r))))`` for an
  undesirable one, KL the micro-batch's mean mismatched log-ratio, clamped at 0 and not
  differentiated. Each equals TRL's within 1e-4, gradients included (``tests/test_preference.py``).

Each step also records the reward margin (β times the chosen answer's log-ratio less the
rejected one's; for KTO desirable less undesirable) and the preference accuracy (the share of
pairs whose chosen answer has the higher reward; for KTO the share of answers whose reward has
the sign of their label), on the training step and on the held-out rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from appliance.errors import InvalidInputError
from appliance.events import EvalDone
from appliance.ids import utc_now
from appliance.messages import M
from appliance.tuning import data as tdata
from appliance.tuning import parallel, sharding
from appliance.tuning.trainer import TrainingRun

METHODS = ("dpo", "simpo", "kto")
DATA_FOR = {"dpo": ("preference",), "simpo": ("preference",), "kto": ("judgement", "preference")}


@dataclass
class Unit:
    """One training unit: a prompt and its answers (chosen, rejected; or a completion and the
    mismatched one KTO's KL term reads), with the reference's log-probability of each."""

    prompt: list[int]
    answers: list[list[int]]
    label: bool | None = None  # KTO: the answer is desirable
    source: str = ""
    ref: list[float] = field(default_factory=list)

    @property
    def input_ids(self) -> list[int]:  # what packing measures
        return self.prompt + [t for a in self.answers for t in a]


def engine_for(recipe) -> type[TrainingRun]:
    """The engine class a recipe trains with."""
    return PreferenceRun if recipe.preference.method != "none" else TrainingRun


def check_data(recipe, datasets: list[dict]) -> None:
    """Refuse data the recipe's method cannot learn from (before anything is loaded)."""
    method = recipe.preference.method
    for ds in datasets:
        fmt = ds["format"]
        if method == "none" and fmt in ("preference", "judgement"):
            raise InvalidInputError(
                M(
                    "train.pref.data_needs_method",
                    "Dataset {name}@{version} is {format} data, and the recipe trains on demonstrations "
                    "([preference] method = 'none').",
                    name=ds["name"],
                    version=ds["version"],
                    format=fmt,
                ),
                hint=M(
                    "train.pref.data_needs_method.hint",
                    "Set [preference] method = 'dpo', 'simpo' or 'kto' (presets cpu-dpo, gpu-dpo), or train on a "
                    "chat or instruction dataset.",
                ),
            )
        if method != "none" and fmt not in DATA_FOR[method]:
            raise InvalidInputError(
                M(
                    "train.pref.method_needs_data",
                    "[preference] method = '{method}' learns from {wanted} data; dataset {name}@{version} is {format} data.",
                    method=method,
                    wanted=" or ".join(DATA_FOR[method]),
                    name=ds["name"],
                    version=ds["version"],
                    format=fmt,
                ),
                hint=M(
                    "train.pref.method_needs_data.hint",
                    "Import pairs (prompt, chosen, rejected) or judgements (prompt, completion, label) with "
                    "`appliance datasets import`, or set [preference] method = 'none' for supervised data.",
                ),
            )


# Encoding ---------------------------------------------------------------------------------------
def _prompt_text(tokenizer, rec: dict, has_template: bool) -> tuple[str, list[dict] | None]:
    if "messages" in rec:
        msgs = rec["messages"]
    else:
        msgs = [{"role": "user", "content": rec["prompt"]}]
    if has_template:
        return tokenizer.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True), msgs
    prompt = "\n\n".join(m["content"] for m in msgs)
    return f"### Instruction:\n{prompt}\n\n### Response:\n", None


def _answer_ids(tokenizer, prompt_text: str, msgs, answer: str) -> list[int]:
    """An answer's tokens as the template writes it after the prompt (its end-of-turn included),
    or the answer and the end-of-sequence token for a model without a template."""
    if msgs is not None:
        full = tokenizer.apply_chat_template([*msgs, {"role": "assistant", "content": answer}], tokenize=False)
        tail = full[len(prompt_text) :] if full.startswith(prompt_text) else answer + (tokenizer.eos_token or "")
        return tokenizer(tail, add_special_tokens=False)["input_ids"]
    eos = [tokenizer.eos_token_id] if tokenizer.eos_token_id is not None else []
    return tokenizer(answer, add_special_tokens=False)["input_ids"] + eos


def encode_units(
    tokenizer, records: list[tuple[str, dict]], seq_len: int, method: str
) -> tuple[list[Unit], tdata.EncodeStats]:
    """Units from preference or judgement records (KTO on pairs: the chosen answer desirable, the
    rejected one not). A unit longer than ``seq_len`` has its answers cut to share what the prompt
    leaves; one whose prompt leaves no room for a token of each answer is dropped (counted)."""
    stats = tdata.EncodeStats()
    has_template = bool(getattr(tokenizer, "chat_template", None))
    units: list[Unit] = []
    for where, rec in records:
        text, msgs = _prompt_text(tokenizer, rec, has_template)
        prompt = tokenizer(text, add_special_tokens=not has_template)["input_ids"]
        if "chosen" in rec:
            answers = [_answer_ids(tokenizer, text, msgs, rec[k]) for k in ("chosen", "rejected")]
            if method == "kto":
                units += [Unit(prompt, [answers[0]], True, where), Unit(prompt, [answers[1]], False, where)]
                continue
            units.append(Unit(prompt, answers, None, where))
        else:
            units.append(Unit(prompt, [_answer_ids(tokenizer, text, msgs, rec["completion"])], rec["label"], where))
    if method == "kto":  # the KL term's mismatched answer: the previous unit's (TRL rotates by one)
        n = len(units)
        for i, u in enumerate(units):
            u.answers.append(list(units[i - 1].answers[0]) if n > 1 else list(u.answers[0]))
    out = []
    for u in units:
        room = seq_len - len(u.prompt)
        if room < 2 * len(u.answers):
            stats.dropped_no_target += 1
            continue
        if sum(len(a) for a in u.answers) > room:
            stats.truncated += 1
            share = room // len(u.answers)
            u.answers = [a[:share] for a in u.answers]
        stats.examples += 1
        stats.tokens += len(u.input_ids)
        stats.label_tokens += sum(len(a) for a in u.answers)
        out.append(u)
    return out, stats


# Batches ----------------------------------------------------------------------------------------
def collate_units(groups: list[list[Unit]], pad_id: int) -> dict:
    """Tensors for one micro-batch of units: ids, positions (each answer continuing from its
    prompt), the 4D mask (within a unit, causal, an answer seeing the prompt and itself), and the
    targets: for every answer token, the row and position that predicts it and its sequence
    (unit × answer) number."""
    import torch

    length = max(sum(len(u.input_ids) for u in g) for g in groups)
    b = len(groups)
    ids = torch.full((b, length), pad_id, dtype=torch.long)
    pos = torch.zeros((b, length), dtype=torch.long)
    unit = torch.full((b, length), -1, dtype=torch.long)
    branch = torch.zeros((b, length), dtype=torch.long)
    rows, where, toks, seqs = [], [], [], []
    n_answers = len(groups[0][0].answers)
    k, real, ref, labels = 0, 0, [], []
    for r, group in enumerate(groups):
        cur = 0
        for u in group:
            p = len(u.prompt)
            ids[r, cur : cur + p] = torch.tensor(u.prompt)
            pos[r, cur : cur + p] = torch.arange(p)
            unit[r, cur : cur + p] = k
            start = cur + p
            for a, ans in enumerate(u.answers):
                n = len(ans)
                ids[r, start : start + n] = torch.tensor(ans)
                pos[r, start : start + n] = torch.arange(p, p + n)
                unit[r, start : start + n] = k
                branch[r, start : start + n] = a + 1
                # token j of the answer is predicted at the position before it: the prompt's last
                # token for j = 0, the answer's own previous token after that
                where += [cur + p - 1] + list(range(start, start + n - 1))
                rows += [r] * n
                toks += ans
                seqs += [k * n_answers + a] * n
                start += n
            real += start - cur
            cur = start
            ref.append(u.ref or [0.0] * n_answers)
            labels.append(bool(u.label))
            k += 1
    same = (unit[:, :, None] == unit[:, None, :]) & (unit[:, :, None] >= 0)
    causal = torch.ones(length, length, dtype=torch.bool).tril()[None]
    sees = (branch[:, None, :] == 0) | (branch[:, None, :] == branch[:, :, None])
    allowed = (same & causal & sees) | torch.eye(length, dtype=torch.bool)[None]  # padding sees itself
    return {
        "input_ids": ids,
        "attention_mask": allowed[:, None],
        "position_ids": pos,
        "targets": (torch.tensor(rows), torch.tensor(where), torch.tensor(toks)),
        "seq": torch.tensor(seqs),
        "units": k,
        "answers": n_answers,
        "ref": torch.tensor(ref, dtype=torch.float32),
        "label": torch.tensor(labels),
        "label_tokens": k,  # the step's divisor counts units: the loss is a mean over them
        "real_tokens": real,
    }


# Losses -----------------------------------------------------------------------------------------
def unit_losses(cfg, logps, counts, ref, label):
    """Per-unit losses and (detached) rewards for chosen/desirable and rejected/undesirable.

    ``logps``/``counts``: (units, answers) sums of answer log-probabilities and token counts;
    ``ref`` the reference's sums (unused by SimPO); ``label`` KTO's desirability per unit.
    Returns ``(losses, margin, correct)``: per-unit loss, reward margin and whether it is right."""
    import torch
    import torch.nn.functional as F

    beta, method = cfg.beta, cfg.method
    if method in ("dpo", "simpo"):
        if method == "dpo":
            chosen, rejected = logps[:, 0] - ref[:, 0], logps[:, 1] - ref[:, 1]
            logits = chosen - rejected
        else:  # TRL's CPO with loss_type "simpo": per-token means, margin gamma/beta
            chosen, rejected = logps[:, 0] / counts[:, 0], logps[:, 1] / counts[:, 1]
            logits = chosen - rejected - cfg.simpo_gamma / beta
        ls = cfg.label_smoothing
        losses = -F.logsigmoid(beta * logits) * (1 - ls) - F.logsigmoid(-beta * logits) * ls
        rc, rr = beta * chosen.detach(), beta * rejected.detach()
        return losses, rc - rr, (rc > rr).float()
    ratio = logps[:, 0] - ref[:, 0]
    kl = (logps[:, 1] - ref[:, 1]).detach().mean().clamp(min=0)
    desirable = cfg.desirable_weight * (1 - torch.sigmoid(beta * (ratio - kl)))
    undesirable = cfg.undesirable_weight * (1 - torch.sigmoid(beta * (kl - ratio)))
    losses = torch.where(label, desirable, undesirable)
    reward = beta * ratio.detach()
    sign = torch.where(label, reward, -reward)
    return losses, sign, (sign > 0).float()


def sequence_logps(head, batch, device, autocast: tuple[str, object, bool]):
    """(units, answers) sums of the answers' log-probabilities and their token counts."""
    import torch

    kind, dtype, enabled = autocast
    rows, where, toks = (t.to(device) for t in batch["targets"])
    with torch.autocast(device_type=kind, dtype=dtype, enabled=enabled):
        per_token = head(
            batch["input_ids"].to(device),
            batch["attention_mask"].to(device),
            batch["position_ids"].to(device),
            (rows, where, toks),
        )
    n = batch["units"] * batch["answers"]
    seq = batch["seq"].to(device)
    sums = torch.zeros(n, device=device, dtype=per_token.dtype).index_add(0, seq, per_token)
    counts = torch.zeros(n, device=device).index_add(0, seq, torch.ones_like(per_token, dtype=torch.float32))
    shape = (batch["units"], batch["answers"])
    return sums.view(shape), counts.view(shape)


class PreferenceRun(TrainingRun):
    """``TrainingRun`` with preference units and losses (module docstring)."""

    def _encode(self) -> None:
        t, method = self.recipe.training, self.recipe.preference.method
        train, self.train_stats = encode_units(self.tokenizer, self.train_records, t.sequence_length, method)
        evals, self.eval_stats = encode_units(
            self.tokenizer, self.eval_records[: self.recipe.evaluation.max_eval_rows], t.sequence_length, method
        )
        if not train:
            raise InvalidInputError(
                M(
                    "train.pref.no_units",
                    "No preference row fits training.sequence_length: every prompt leaves no room for its answers.",
                ),
                hint=M("train.pref.no_units.hint", "Raise training.sequence_length, or shorten the prompts."),
            )
        self.train_groups = tdata.pack(train, t.sequence_length, t.packing)
        self.eval_groups = tdata.pack(evals, t.sequence_length, t.packing)
        self.fixed_batches = (
            None if t.packing else tdata.length_grouped([g[0] for g in self.train_groups], t.batch_size)
        )
        self.step_metrics: list[tuple[float, float, int]] = []

    def _collate(self, groups):
        return collate_units(groups, self.pad_id)

    def group_target(self, group) -> int:
        return len(group)

    def _after_setup(self) -> None:
        """The reference's log-probabilities of every answer, from the model as it starts."""
        if self.recipe.preference.method == "simpo":
            return
        import torch

        self.on_event(self._progress_reference())
        self.model.eval()
        with torch.no_grad():
            for groups in (self.train_groups, self.eval_groups):
                for i in range(0, len(groups), self.recipe.training.batch_size):
                    chunk = groups[i : i + self.recipe.training.batch_size]
                    logps, _ = self._logps(self._collate(chunk))
                    flat = [u for g in chunk for u in g]
                    for u, row in zip(flat, logps.float().cpu().tolist(), strict=True):
                        u.ref = row
        self.model.train()

    def _progress_reference(self):
        from appliance.events import Progress

        units = sum(len(g) for g in self.train_groups) + sum(len(g) for g in self.eval_groups)
        return Progress(
            "setup",
            message=M(
                "train.pref.reference",
                "Computing the reference's log-probabilities of {n} answers (once, from the model as it starts)",
                n=units * len(self.train_groups[0][0].answers),
            ),
        )

    def _logps(self, batch):
        p = self.placement
        return sequence_logps(
            self.head, batch, p.device, ("cuda" if p.is_cuda else "cpu", p.torch_dtype(), self.autocast)
        )

    def _loss_sum(self, batch, weight: float = 1.0) -> tuple:
        logps, counts = self._logps(batch)
        dev = logps.device
        losses, margin, correct = unit_losses(
            self.recipe.preference, logps.float(), counts, batch["ref"].to(dev), batch["label"].to(dev)
        )
        if weight:  # an FSDP stand-in's units are not the step's
            self.step_metrics.append((float(margin.sum()), float(correct.sum()), batch["units"]))
        return losses.sum(), batch["units"]

    def _step_extras(self) -> dict:
        """The step's mean reward margin and preference accuracy (over every rank's units)."""
        margin, correct, n = (sum(x[i] for x in self.step_metrics) for i in range(3))
        self.step_metrics.clear()
        if self.world > 1:
            margin, correct, n = parallel.all_reduce(self, [margin, correct, float(n)])
        n = max(n, 1)
        return {"reward_margin": margin / n, "pref_accuracy": correct / n}

    def evaluate(self) -> float:
        import torch

        self.model.eval()
        total, count = 0.0, 0
        self.step_metrics.clear()
        with torch.no_grad():
            for chunk, w in sharding.eval_rounds(
                self, self.eval_groups[self.rank :: self.world], self.recipe.training.batch_size
            ):
                s, n = self._loss_sum(self._collate(chunk), w)
                total += float(s) * w
                count += int(n * w)
        if self.world > 1:
            total, count = parallel.all_reduce(self, [total, float(count)])
        extras = self._step_extras()
        self.model.train()
        self.last_eval = total / max(count, 1)
        for kind, value in (("eval_loss", self.last_eval), *((f"eval_{k}", v) for k, v in extras.items())):
            self.history.append(
                {
                    "step": self.step,
                    "kind": kind,
                    "value": value,
                    "lr": None,
                    "tokens": self.tokens_seen,
                    "time": utc_now(),
                }
            )
        self.last_eval_extras = extras
        self.on_event(EvalDone("eval", step=self.step, eval_loss=self.last_eval, extras=extras))
        return self.last_eval


__all__ = ["PreferenceRun", "Unit", "engine_for", "check_data", "encode_units", "collate_units", "unit_losses"]
