"""The training engine: a run is a small object with setup / train / save_checkpoint / cleanup.

One loop for LoRA, QLoRA and full fine-tuning, on CUDA or the CPU:

* data comes decrypted in memory from sealed dataset versions (``tuning/data.py``), packed into
  full sequences with a block-diagonal attention mask (no attention across rows, no padding);
* the loss is computed only where there is a target: the hidden states of answer tokens go
  through the output layer, not the whole sequence's (the vocabulary projection is the largest
  matrix of a small model) and the loss is the mean over the optimiser step's target tokens, so
  it does not depend on how rows were packed or split into micro-batches;
* on CPUs with native bf16 the frozen base weights are kept in bf16 and computation runs under
  bf16 autocast; LoRA weights and optimiser state stay fp32. On CUDA: bf16 (or fp16 with loss
  scaling), QLoRA through bitsandbytes' 4-bit NF4;
* every run is reproducible: data order comes from a generator seeded by the recipe, the torch
  RNG state is saved in each checkpoint, so a resumed run continues the same loss curve;
* checkpoints (every N steps and on cancel) are written to a staging directory and renamed into
  place, so a crash leaves the previous one intact (the files: ``tuning/checkpoints.py``).

``TrainingRun`` is the engine itself; ``tuning/service.py`` drives a run and records it in the
catalog and the audit log (its ``on_checkpoint`` sink records each checkpoint). The training
events (``TrainStep``, ``EvalDone``, ``CheckpointSaved``) live in ``appliance/events.py`` and are
re-exported here.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from pathlib import Path
from typing import Callable

from appliance.errors import ApplianceError, Cancelled, GpuFailed, InvalidInputError, OutOfMemory, StorageError  # noqa: F401
from appliance.events import CancelToken, CheckpointSaved, EvalDone, EventSink, Progress, TrainStep, ignore
from appliance.fsutil import fsync_tree
from appliance.ids import utc_now
from appliance.messages import M
from appliance.tuning import checkpoints, parallel, sharding
from appliance.tuning import data as tdata
from appliance.tuning.devices import placement_for
from appliance.tuning.failures import memory_bytes, native_failure
from appliance.tuning.recipe import Recipe

LINEAR_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


class TrainingRun:
    """One training run. ``setup()`` then ``train()``; ``save_checkpoint()`` any time between steps.

    ``on_checkpoint(reason)`` is called at each interval checkpoint instead of ``save_checkpoint``:
    the driver's sink, which saves it and records it (``tuning/service.py``). Without one the run
    only saves it.
    """

    def __init__(
        self,
        recipe: Recipe,
        *,
        model_dir: Path,
        context_length: int,
        train_records,
        eval_records,
        run_dir: Path,
        from_adapter: Path | None = None,
        on_event: EventSink = ignore,
        cancel: CancelToken | None = None,
        on_checkpoint: Callable[[str], object] | None = None,
        new_token_ids: list[int] | None = None,
    ):
        """``new_token_ids``: the ids a vocabulary extension added (trained when the recipe's
        ``tokenizer.train_new_rows`` is on)."""
        self.recipe, self.model_dir, self.context_length = recipe, Path(model_dir), context_length
        self.new_token_ids = list(new_token_ids or [])
        self.train_records, self.eval_records = train_records, eval_records
        self.run_dir, self.from_adapter = Path(run_dir), from_adapter
        self.on_event, self.cancel = on_event, cancel or CancelToken()
        self.on_checkpoint: Callable[[str], object] = on_checkpoint or self.save_checkpoint
        self.step = 0
        self.tokens_seen = 0
        self.history: list[dict] = []  # metrics not yet written to the catalog
        self.last_loss = math.nan
        self.last_eval = math.nan

    # Setup ----------------------------------------------------------------------------------
    def setup(self) -> None:
        import torch

        r, t = self.recipe, self.recipe.training
        if t.sequence_length > self.context_length > 0:
            raise InvalidInputError(
                M(
                    "train.sequence_too_long",
                    "training.sequence_length {length} is longer than the base model's context ({context} tokens).",
                    length=t.sequence_length,
                    context=self.context_length,
                ),
                hint=M("train.sequence_too_long.hint", "Use sequence_length ≤ {context}.", context=self.context_length),
            )
        self.placement = placement_for(r)
        if self.placement.note:
            note = self.placement.note_message or M("train.device_name", "{name}", name=self.placement.note)
            self.on_event(Progress("setup", message=note))
        if t.threads:
            torch.set_num_threads(t.threads)
        if self.placement.is_cuda:
            try:  # bitsandbytes and peft allocate on the current device
                torch.cuda.set_device(self.placement.index)
            except RuntimeError as exc:  # torch.AcceleratorError: no memory left even for the CUDA context
                failure = native_failure(exc, M("train.where.gpu_start", "Starting on the GPU"), 0)
                if failure is None:
                    raise
                raise failure from exc
        from appliance.models.hf import load_tokenizer

        self.tokenizer = load_tokenizer(self.model_dir)
        self.pad_id = (
            self.tokenizer.pad_token_id
            if self.tokenizer.pad_token_id is not None
            else (self.tokenizer.eos_token_id or 0)
        )
        self.on_event(Progress("setup", message=M("train.tokenizing", "Tokenizing the training data")))
        self._encode()
        micro_per_epoch = math.ceil(len(self.train_groups) / t.batch_size)
        self.steps_per_epoch = max(1, math.ceil(micro_per_epoch / t.gradient_accumulation))
        self.total_steps = t.max_steps or max(1, math.ceil(t.epochs * self.steps_per_epoch))
        self._check_memory()
        try:
            self._build_model()
        except (RuntimeError, MemoryError) as exc:
            failure = native_failure(exc, M("train.where.loading", "Loading the model"), 0)
            if failure is None:
                raise
            raise failure from exc
        self.rank, self.world = parallel.setup(self)  # under a process group: shared or sharded
        self._build_optimizer()
        self._after_setup()

    def _encode(self) -> None:
        """The training and held-out rows as groups of examples (``train_groups``, ``eval_groups``)."""
        r, t = self.recipe, self.recipe.training
        train, self.train_stats = tdata.encode_records(self.tokenizer, self.train_records, t.sequence_length)
        evals, self.eval_stats = tdata.encode_records(
            self.tokenizer, self.eval_records[: r.evaluation.max_eval_rows], t.sequence_length
        )
        if not train:
            raise InvalidInputError(
                M(
                    "train.no_examples",
                    "No training example is left after tokenization (every row was empty or longer "
                    "than sequence_length before its answer).",
                ),
                hint=M("train.no_examples.hint", "Raise training.sequence_length."),
            )
        # Packed: groups of examples filling sequence_length, batched at random each epoch.
        # Not packed: one example per row, batched with others of similar length (little padding,
        # no mask) and the batches shuffled each epoch.
        self.train_groups = tdata.pack(train, t.sequence_length, t.packing)
        self.eval_groups = tdata.pack(evals, t.sequence_length, t.packing)
        self.fixed_batches = (
            None if t.packing else tdata.length_grouped([g[0] for g in self.train_groups], t.batch_size)
        )

    def _after_setup(self) -> None:
        """What a run needs once its model and optimiser exist (the preference methods' reference)."""

    def _collate(self, groups):
        return tdata.collate(groups, self.pad_id)

    def group_target(self, group) -> int:
        """What one group of examples adds to a step's loss divisor: its target tokens."""
        return sum(sum(1 for lab in e.labels[1:] if lab != tdata.IGNORE) for e in group)

    def _step_extras(self) -> dict:
        """Metrics a step records beside its loss (the preference methods' reward margin and accuracy)."""
        return {}

    def _check_memory(self) -> None:
        """Refuse a run that cannot fit, before loading anything big."""
        import psutil

        cfg = json.loads((self.model_dir / "config.json").read_text())
        t = self.recipe.training
        hidden, layers = cfg.get("hidden_size", 0), cfg.get("num_hidden_layers", 0)
        vocab, inter = cfg.get("vocab_size", 0), cfg.get("intermediate_size", 0)
        params = layers * (4 * hidden * hidden + 3 * hidden * inter) + 2 * vocab * hidden
        bytes_w = 2 if self.placement.precision != "fp32" and self.recipe.method.kind != "full" else 4
        weights = params * (0.6 if self.recipe.method.kind == "qlora" else bytes_w)
        if self.recipe.method.kind == "full":  # fp32 gradients and two Adam moments, sharded across ranks
            weights += params * 12 / parallel.world_size()
        tokens = t.batch_size * t.sequence_length
        per_layer = tokens * (hidden * 16 + inter * 4) * (2 if self.placement.precision != "fp32" else 4)
        acts = per_layer * (1 if t.gradient_checkpointing else layers)
        mask = t.batch_size * t.sequence_length**2
        need = int(weights + acts + mask + tokens * 0.4 * vocab * 4)
        if self.placement.is_cuda:
            import torch

            avail = torch.cuda.mem_get_info(self.placement.index)[0]  # free now: other processes count
        else:
            avail = psutil.virtual_memory().available
        if need > avail:
            from appliance.fsutil import human_bytes

            raise OutOfMemory(
                M(
                    "train.needs_memory",
                    "This run needs about {need} of memory and {available} is available.",
                    need=human_bytes(need),
                    available=human_bytes(avail),
                ),
                hint=M(
                    "train.needs_memory.hint",
                    "Lower training.batch_size or training.sequence_length, turn on gradient_checkpointing, "
                    "or use method.kind = 'qlora' on a GPU.",
                ),
            )

    def _build_model(self) -> None:
        import torch
        from transformers import AutoModelForCausalLM

        p, kind = self.placement, self.recipe.method.kind
        torch.manual_seed(self.recipe.training.seed)
        kwargs = dict(local_files_only=True, attn_implementation="sdpa", low_cpu_mem_usage=True)
        if kind == "qlora":
            from transformers import BitsAndBytesConfig

            try:
                import bitsandbytes  # noqa: F401
            except ImportError as exc:
                raise InvalidInputError(
                    M("train.no_bitsandbytes", "QLoRA needs the bitsandbytes package."),
                    hint=M(
                        "train.no_bitsandbytes.hint",
                        "Install it in the appliance's environment: pip install bitsandbytes",
                    ),
                ) from exc
            kwargs["quantization_config"] = BitsAndBytesConfig(
                load_in_4bit=True,
                bnb_4bit_quant_type="nf4",
                bnb_4bit_use_double_quant=True,
                bnb_4bit_compute_dtype=p.torch_dtype(),
            )
            kwargs["device_map"] = {"": p.index}
        elif kind == "lora" and p.precision != "fp32":
            kwargs["dtype"] = p.torch_dtype()  # frozen base in the compute dtype: no per-step casts
        else:
            kwargs["dtype"] = torch.float32
        model = AutoModelForCausalLM.from_pretrained(str(self.model_dir), **kwargs)
        if kind != "qlora":
            model.to(p.device)
        model.config.use_cache = False
        # fp32 master weights (full) or adapters (LoRA, with peft's input casts off: docs/training.md,
        # "Where a step spends its time") under autocast; a LoRA base is held in the compute dtype.
        self.autocast = p.autocast and kind in ("full", "lora")
        if kind == "qlora":
            from peft import prepare_model_for_kbit_training

            model = prepare_model_for_kbit_training(
                model, use_gradient_checkpointing=self.recipe.training.gradient_checkpointing
            )
        elif self.recipe.training.gradient_checkpointing:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
            model.enable_input_require_grads()
        if kind in ("lora", "qlora"):
            model = self._wrap_lora(model)
        if kind == "lora" and self.autocast:
            parallel.lora_in_compute_dtype(model)
        self.model = model
        self.core = model.get_base_model() if hasattr(model, "get_base_model") else model
        self.trainable = [prm for prm in self.model.parameters() if prm.requires_grad]
        self.trainable_count = sum(prm.numel() for prm in self.trainable)
        self.head, self.tied = sharding.make_head(self.core), sharding.tied_names(self.core)

    def _wrap_lora(self, model):
        from peft import LoraConfig, PeftModel, get_peft_model

        lo = self.recipe.lora
        names = {n.rsplit(".", 1)[-1] for n, m in model.named_modules() if type(m).__name__ in ("Linear", "Linear4bit")}
        targets = list(lo.target_modules)
        if targets == ["all-linear"]:
            targets = [t for t in LINEAR_TARGETS if t in names] or "all-linear"
        else:
            unknown = [t for t in targets if t not in names]
            if unknown:
                raise InvalidInputError(
                    M(
                        "train.unknown_targets",
                        "lora.target_modules: {targets} not found in this model.",
                        targets=", ".join(unknown),
                    ),
                    hint=M(
                        "train.unknown_targets.hint",
                        "Its linear layers are: {layers} (or use 'all-linear').",
                        layers=", ".join(sorted(names - {"lm_head"})),
                    ),
                )
        if self.from_adapter is not None:
            return PeftModel.from_pretrained(model, str(self.from_adapter), is_trainable=True)
        config = LoraConfig(
            r=lo.rank,
            lora_alpha=lo.alpha,
            lora_dropout=lo.dropout,
            target_modules=targets,
            bias="none",
            task_type="CAUSAL_LM",
            trainable_token_indices=self._token_rows(model),
        )
        return get_peft_model(model, config)

    def _token_rows(self, model) -> dict[str, list[int]] | None:
        """peft's trainable tokens for the extension's rows: the input embedding, and the output
        layer too when it is not tied to it (a tied one follows the input's)."""
        if not self.recipe.tokenizer.train_new_rows:
            return None
        if not self.new_token_ids:
            raise InvalidInputError(
                M(
                    "train.not_extended",
                    "tokenizer.train_new_rows is on, but this base model's vocabulary was not extended.",
                ),
                hint=M(
                    "train.not_extended.hint",
                    "Train an extended model (`appliance tokenizer extend`), or set train_new_rows = false.",
                ),
            )
        names = {m: n.rsplit(".", 1)[-1] for n, m in model.named_modules()}
        rows = {names[model.get_input_embeddings()]: self.new_token_ids}
        out = model.get_output_embeddings()
        if out is not None and not model.config.tie_word_embeddings:
            rows[names[out]] = self.new_token_ids
        return rows

    def _build_optimizer(self) -> None:
        import torch

        t = self.recipe.training
        self.optimizer = torch.optim.AdamW(
            self.trainable, lr=t.learning_rate, weight_decay=t.weight_decay, betas=(0.9, 0.999), eps=1e-8
        )
        total, warm = self.total_steps, t.warmup_steps

        def factor(step: int) -> float:
            if warm and step < warm:
                return (step + 1) / warm
            if t.schedule == "constant":
                return 1.0
            progress = min(1.0, (step - warm) / max(1, total - warm))
            if t.schedule == "linear":
                return max(0.0, 1.0 - progress)
            return 0.5 * (1.0 + math.cos(math.pi * progress))

        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, factor)
        self.scaler = torch.amp.GradScaler("cuda") if self.placement.precision == "fp16" else None

    # The schedule of micro-batches: a pure function of the seed, so resuming needs no state --
    def micro_batches_for(self, step: int) -> list[list[int]]:
        import torch

        t = self.recipe.training
        n = len(self.train_groups)
        per_epoch = math.ceil(n / t.batch_size)
        out = []
        for k in range(step * t.gradient_accumulation, (step + 1) * t.gradient_accumulation):
            epoch, idx = divmod(k, per_epoch)
            gen = torch.Generator().manual_seed(t.seed * 1009 + epoch)
            if self.fixed_batches is not None:
                order = torch.randperm(len(self.fixed_batches), generator=gen).tolist()
                out.append(self.fixed_batches[order[idx]])
            else:
                order = torch.randperm(n, generator=gen).tolist()
                out.append(order[idx * t.batch_size : (idx + 1) * t.batch_size])
        return out

    # Training -------------------------------------------------------------------------------
    def _loss_sum(self, batch, weight: float = 1.0) -> tuple:
        """The batch's loss sum and target count (``weight`` 0: an FSDP stand-in, run for its
        gathers only; the caller weights the sum)."""
        import torch

        p = self.placement
        dev = p.device
        ids, labels = batch["input_ids"].to(dev), batch["labels"].to(dev)
        with torch.autocast(device_type="cuda" if p.is_cuda else "cpu", dtype=p.torch_dtype(), enabled=self.autocast):
            mask, pos = batch["attention_mask"], batch["position_ids"]
            loss = self.head(ids, None if mask is None else mask.to(dev), None if pos is None else pos.to(dev), labels)
        return loss, int((labels != tdata.IGNORE).sum())

    def train(self) -> dict:
        import torch

        t = self.recipe.training
        self.model.train()
        started = time.perf_counter()
        start_step, start_tokens = self.step, self.tokens_seen
        try:
            while self.step < self.total_steps:
                parallel.check_cancel(self)
                targets, mbs = parallel.share(self, self.micro_batches_for(self.step))
                groups = [[self.train_groups[i] for i in mb] for mb in mbs]
                batches = [(self._collate(g), w) for g, w in sharding.stand_in(self, groups)]
                targets = targets or sum(b["label_tokens"] for b, _ in batches) or 1
                total, real = 0.0, 0
                for b, w in batches:  # w: 0 for a stand-in (sharding.stand_in)
                    loss_sum, _ = self._loss_sum(b, w)
                    loss = loss_sum * w / targets
                    (self.scaler.scale(loss) if self.scaler else loss).backward()
                    total += float(loss_sum.detach()) * w
                    real += int(b["real_tokens"] * w)
                total, real = parallel.reduce_step(self, total, real)
                self.tokens_seen += int(real)
                if self.scaler:
                    self.scaler.unscale_(self.optimizer)
                if t.max_grad_norm:
                    torch.nn.utils.clip_grad_norm_(self.trainable, t.max_grad_norm)
                if self.scaler:
                    self.scaler.step(self.optimizer)
                    self.scaler.update()
                else:
                    self.optimizer.step()
                lr = self.scheduler.get_last_lr()[0]
                self.scheduler.step()
                self.optimizer.zero_grad(set_to_none=True)
                self.step += 1
                self.last_loss = total / targets
                elapsed = time.perf_counter() - started
                done = self.step - start_step
                rate = (self.tokens_seen - start_tokens) / elapsed if elapsed else 0.0
                extras = self._step_extras()
                for kind, value in (("train_loss", self.last_loss), *extras.items()):
                    self.history.append(
                        {
                            "step": self.step,
                            "kind": kind,
                            "value": value,
                            "lr": lr if kind == "train_loss" else None,
                            "tokens": self.tokens_seen,
                            "time": utc_now(),
                        }
                    )
                self.on_event(
                    TrainStep(
                        "train",
                        step=self.step,
                        total=self.total_steps,
                        loss=self.last_loss,
                        lr=lr,
                        tokens=self.tokens_seen,
                        tokens_per_s=rate,
                        eta_s=elapsed / done * (self.total_steps - self.step),
                        memory_bytes=memory_bytes(self.placement),
                        epoch=self.step / self.steps_per_epoch,
                        extras=extras,
                    )
                )
                ev = self.recipe.evaluation.eval_every
                if self.eval_groups and ev and self.step % ev == 0 and self.step < self.total_steps:
                    self.evaluate()
                if self.step % self.recipe.checkpoint.every == 0 and self.step < self.total_steps:
                    self.on_checkpoint("interval")
        except (RuntimeError, MemoryError) as exc:
            failure = native_failure(exc, M("train.where.training", "Training"), self.step + 1)
            if failure is None:
                raise
            raise failure from exc
        if self.eval_groups:
            self.evaluate()
        return {
            "steps": self.step,
            "train_loss": self.last_loss,
            "eval_loss": self.last_eval,
            "tokens": self.tokens_seen,
            "seconds": time.perf_counter() - started,
        }

    def evaluate(self) -> float:
        import torch

        self.model.eval()
        total, count = 0.0, 0
        groups = self.eval_groups[self.rank :: self.world]
        with torch.no_grad():
            for chunk, w in sharding.eval_rounds(self, groups, self.recipe.training.batch_size):
                s, n = self._loss_sum(self._collate(chunk), w)
                total += float(s) * w
                count += int(n * w)
        if self.world > 1:
            total, count = parallel.all_reduce(self, [total, float(count)])
        self.model.train()
        self.last_eval = total / max(count, 1)
        self.history.append(
            {
                "step": self.step,
                "kind": "eval_loss",
                "value": self.last_eval,
                "lr": None,
                "tokens": self.tokens_seen,
                "time": utc_now(),
            }
        )
        self.on_event(EvalDone("eval", step=self.step, eval_loss=self.last_eval))
        return self.last_eval

    # Checkpoints ----------------------------------------------------------------------------
    def _write_state_files(self, folder: Path, weights: dict, optim: dict) -> None:
        """The checkpoint's tensors: trainable weights, optimiser, scheduler, scaler, RNG."""
        import torch
        from safetensors.torch import save_file

        state = {k: v.detach().contiguous().cpu() for k, v in weights.items()}
        save_file(state, str(folder / checkpoints.TRAINABLE))
        torch.save(
            {
                "optimizer": optim,
                "scheduler": self.scheduler.state_dict(),
                "rng": torch.get_rng_state(),
                "scaler": self.scaler.state_dict() if self.scaler else None,
            },
            folder / checkpoints.TRAINER_STATE,
        )

    def save_checkpoint(self, reason: str) -> Path | None:
        """Write a checkpoint of the current step (``tuning/checkpoints.py``: atomic, keep-N).
        Across processes every rank calls it (a sharded state is gathered) and rank 0 writes it."""
        state = sharding.full_state(self)
        if self.world > 1 and self.rank != 0:
            return None
        final = checkpoints.write(
            self.run_dir,
            self.step,
            lambda folder: self._write_state_files(folder, *state),
            {
                "step": self.step,
                "tokens_seen": self.tokens_seen,
                "reason": reason,
                "time": utc_now(),
                "recipe_sha256": self.recipe.sha256,
                "train_loss": self.last_loss,
            },
            keep=self.recipe.checkpoint.keep,
            need_bytes=self.trainable_count * 4 * 3 + (8 << 20),
        )
        self.on_event(CheckpointSaved("checkpoint", step=self.step, path=str(final), reason=reason))
        return final

    def load_checkpoint(self, path: Path) -> None:
        import torch
        from safetensors.torch import load_file

        blob = torch.load(path / checkpoints.TRAINER_STATE, weights_only=True)
        sharding.load_state(self, load_file(str(path / checkpoints.TRAINABLE)), blob["optimizer"])
        self.scheduler.load_state_dict(blob["scheduler"])
        if self.scaler and blob.get("scaler"):
            self.scaler.load_state_dict(blob["scaler"])
        meta = checkpoints.read_state(path)
        self.step, self.tokens_seen = meta["step"], meta["tokens_seen"]
        self.last_loss = meta.get("train_loss", math.nan)
        torch.set_rng_state(blob["rng"])

    def save_result(self, dest: Path) -> None:
        """The trained adapter (LoRA) or model (full), in Hugging Face format, written atomically.
        Across processes every rank calls it (a sharded model is gathered) and rank 0 writes it."""
        state = sharding.full_state(self) if self.fsdp else None
        weights = state[0] if state else None
        if self.world > 1 and self.rank != 0:
            return
        staging = dest.with_name(f".{dest.name}-staging-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        if hasattr(self.model, "peft_config"):
            self.model.save_pretrained(str(staging), safe_serialization=True)
        else:
            self.model.save_pretrained(str(staging), safe_serialization=True, state_dict=weights)
            self.tokenizer.save_pretrained(str(staging))
            gen = self.model_dir / "generation_config.json"
            if gen.is_file():
                shutil.copy(gen, staging / gen.name)
        fsync_tree(staging)
        if dest.exists():
            shutil.rmtree(dest)
        os.rename(staging, dest)

    def cleanup(self) -> None:
        # Dropping the references is enough; a forced gc.collect() here held the interpreter lock
        # for ~0.3 s (measured), freezing a GUI that runs training on a thread.
        for attr in ("model", "core", "head", "optimizer", "trainable"):
            if hasattr(self, attr):
                delattr(self, attr)


__all__ = ["TrainingRun", "TrainStep", "EvalDone", "CheckpointSaved", "OutOfMemory", "GpuFailed", "Cancelled"]
