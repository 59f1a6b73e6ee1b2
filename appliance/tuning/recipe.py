"""Training recipes: TOML files loaded into frozen dataclasses, validated in one pass.

A recipe says what to train (base model, dataset versions, an optional earlier run to continue
from) and how (method, LoRA shape, optimiser and schedule, batch shape, precision, device,
checkpoints). ``load_recipe`` reports *every* problem at once, each with its ``section.field``
(unknown fields get a "did you mean" suggestion). The resolved recipe, with every default filled
in, is stored with the run and hashed (``Recipe.sha256``), so every artifact names the exact
settings that produced it. Every field has a ``help`` text (``appliance train --explain``).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import re
import tomllib
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from pathlib import Path

from appliance import nesting
from appliance.errors import InvalidInputError, RecipeError  # noqa: F401
from appliance.messages import M, Message

MAX_DEPTH = 8  # levels of tables and arrays: [section] -> key = [list] is 3

PRESETS_DIR = Path(__file__).parent / "presets"


def _f(default, help: Message, **kw):
    """A recipe field: its default and its ``help`` (a Message: `appliance train --explain`, the GUI's
    tooltips), with ``choices``, ``min``/``max`` or ``pattern`` (and ``pattern_help``, a Message)."""
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda d=default: type(d)(d), metadata={"help": help, **kw})
    return field(default=default, metadata={"help": help, **kw})


@dataclass(frozen=True)
class RunSection:
    base_model: str = _f(
        "",
        M(
            "recipe.help.run.base_model",
            "Model to train: a name or id from `appliance models list` (built-in: smollm2-135m-instruct).",
        ),
    )
    datasets: list = _f(
        [], M("recipe.help.run.datasets", "Dataset versions: names (newest version), name@N, or dsv- ids.")
    )
    name: str = _f(
        "",
        M("recipe.help.run.name", "A name for the run (default: from the dataset and the date)."),
        pattern=r"|[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
        pattern_help=M("recipe.pattern.run.name", "a name of 1-64 letters, digits, '.', '_' or '-' (it names files)"),
    )
    from_run: str = _f(
        "", M("recipe.help.run.from_run", "Continue from this earlier run's adapter (incremental training).")
    )


@dataclass(frozen=True)
class MethodSection:
    kind: str = _f(
        "lora",
        M(
            "recipe.help.method.kind",
            "lora: train low-rank adapters; qlora: the same on a 4-bit base (CUDA only); full: train every weight.",
        ),
        choices=("lora", "qlora", "full"),
    )


@dataclass(frozen=True)
class LoraSection:
    rank: int = _f(
        16, M("recipe.help.lora.rank", "Adapter rank r: capacity of the update (4-64 typical)."), min=1, max=1024
    )
    alpha: float = _f(
        32.0,
        M("recipe.help.lora.alpha", "Scaling numerator: the update is scaled by alpha / rank."),
        min=0.0,
        max=100_000.0,
    )
    dropout: float = _f(
        0.05, M("recipe.help.lora.dropout", "Dropout on the adapter input during training."), min=0.0, max=0.9
    )
    target_modules: list = _f(
        ["all-linear"],
        M(
            "recipe.help.lora.target_modules",
            "Layers that get adapters: 'all-linear', or names such as "
            "q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj.",
        ),
    )


@dataclass(frozen=True)
class TrainingSection:
    learning_rate: float = _f(2e-4, M("recipe.help.training.learning_rate", "Peak learning rate."), min=1e-8, max=1.0)
    schedule: str = _f(
        "cosine",
        M("recipe.help.training.schedule", "Learning-rate schedule after warm-up."),
        choices=("cosine", "linear", "constant"),
    )
    warmup_steps: int = _f(
        10, M("recipe.help.training.warmup_steps", "Steps of linear warm-up from 0 to the peak."), min=0, max=10_000_000
    )
    epochs: float = _f(
        3.0,
        M("recipe.help.training.epochs", "Passes over the training split (ignored when max_steps > 0)."),
        min=0.0,
        max=1000.0,
    )
    max_steps: int = _f(
        0,
        M("recipe.help.training.max_steps", "Stop after this many optimiser steps (0: use epochs)."),
        min=0,
        max=100_000_000,
    )
    batch_size: int = _f(8, M("recipe.help.training.batch_size", "Sequences per micro-batch."), min=1, max=4096)
    gradient_accumulation: int = _f(
        1,
        M(
            "recipe.help.training.gradient_accumulation",
            "Micro-batches per optimiser step (effective batch = batch_size × this).",
        ),
        min=1,
        max=1024,
    )
    sequence_length: int = _f(
        512,
        M("recipe.help.training.sequence_length", "Tokens per sequence; longer rows are truncated."),
        min=16,
        max=1 << 20,
    )
    packing: bool = _f(
        True,
        M(
            "recipe.help.training.packing",
            "Pack several rows into one sequence (no attention across rows) to avoid padding.",
        ),
    )
    precision: str = _f(
        "auto",
        M("recipe.help.training.precision", "auto: bf16 where the CPU/GPU supports it, else fp16 on GPU or fp32."),
        choices=("auto", "fp32", "bf16", "fp16"),
    )
    device: str = _f(
        "auto",
        M(
            "recipe.help.training.device",
            "auto: the first CUDA GPU if present, else the CPU; cuda (GPU 0) or cuda:N picks a GPU "
            "(numbered as CUDA_VISIBLE_DEVICES leaves them).",
        ),
        pattern=r"auto|cpu|cuda(:\d+)?",
        pattern_help=M("recipe.pattern.training.device", "auto, cpu, cuda or cuda:N (N a GPU index, e.g. cuda:1)"),
    )
    gradient_checkpointing: bool = _f(
        False,
        M(
            "recipe.help.training.gradient_checkpointing",
            "Recompute activations in the backward pass: less memory, ~30% slower.",
        ),
    )
    seed: int = _f(
        1234,
        M(
            "recipe.help.training.seed",
            "Seed for data order, adapter initialisation and dropout (same seed, same run).",
        ),
        min=0,
        max=2**32 - 1,
    )
    weight_decay: float = _f(0.0, M("recipe.help.training.weight_decay", "AdamW weight decay."), min=0.0, max=1.0)
    max_grad_norm: float = _f(
        1.0,
        M("recipe.help.training.max_grad_norm", "Clip the gradient norm to this (0: no clipping)."),
        min=0.0,
        max=1_000_000.0,
    )
    threads: int = _f(0, M("recipe.help.training.threads", "CPU threads for torch (0: all cores)."), min=0, max=1024)


@dataclass(frozen=True)
class EvaluationSection:
    eval_every: int = _f(
        50,
        M(
            "recipe.help.evaluation.eval_every",
            "Compute the loss on the held-out split every this many steps (0: only at the end).",
        ),
        min=0,
        max=100_000_000,
    )
    max_eval_rows: int = _f(
        64, M("recipe.help.evaluation.max_eval_rows", "Held-out rows used for the eval loss."), min=1, max=1_000_000
    )


@dataclass(frozen=True)
class TokenizerSection:
    train_new_rows: bool = _f(
        False,
        M(
            "recipe.help.tokenizer.train_new_rows",
            "Train the embedding and output rows of the tokens `appliance tokenizer extend` added (peft trainable "
            "tokens), along with the adapters; the base model must be an extended one. Full fine-tuning trains them anyway.",
        ),
    )


@dataclass(frozen=True)
class CheckpointSection:
    every: int = _f(
        50,
        M("recipe.help.checkpoint.every", "Save a resumable checkpoint every this many steps (and on cancel)."),
        min=1,
        max=100_000_000,
    )
    keep: int = _f(2, M("recipe.help.checkpoint.keep", "How many checkpoints to keep."), min=1, max=100)


@dataclass(frozen=True)
class PreferenceSection:
    method: str = _f(
        "none",
        M(
            "recipe.help.preference.method",
            "none: learn the answers (supervised data); dpo: prefer each pair's chosen answer over its rejected one, "
            "against the model as the run starts; simpo: the same without a reference (length-normalised); "
            "kto: learn from answers labelled desirable or undesirable (judgement data, or pairs split in two).",
        ),
        choices=("none", "dpo", "simpo", "kto"),
    )
    beta: float = _f(
        0.1,
        M(
            "recipe.help.preference.beta",
            "How far the model may move from its reference (dpo, kto: 0.1 typical; lower moves further) or the "
            "reward scale (simpo: 2.0 typical).",
        ),
        min=0.001,
        max=100.0,
    )
    label_smoothing: float = _f(
        0.0,
        M(
            "recipe.help.preference.label_smoothing",
            "dpo and simpo: the share of pairs assumed to be labelled the wrong way round (0: trust every pair).",
        ),
        min=0.0,
        max=0.49,
    )
    simpo_gamma: float = _f(
        0.5,
        M("recipe.help.preference.simpo_gamma", "simpo: the reward margin the chosen answer must win by."),
        min=0.0,
        max=100.0,
    )
    desirable_weight: float = _f(
        1.0,
        M(
            "recipe.help.preference.desirable_weight",
            "kto: the weight of desirable answers' losses (raise it when they are fewer than the undesirable ones).",
        ),
        min=0.0,
        max=100.0,
    )
    undesirable_weight: float = _f(
        1.0,
        M("recipe.help.preference.undesirable_weight", "kto: the weight of undesirable answers' losses."),
        min=0.0,
        max=100.0,
    )


SECTIONS = {
    "run": RunSection,
    "method": MethodSection,
    "lora": LoraSection,
    "training": TrainingSection,
    "evaluation": EvaluationSection,
    "checkpoint": CheckpointSection,
    "tokenizer": TokenizerSection,
    "preference": PreferenceSection,
}


@dataclass(frozen=True)
class Recipe:
    run: RunSection = field(default_factory=RunSection)
    method: MethodSection = field(default_factory=MethodSection)
    lora: LoraSection = field(default_factory=LoraSection)
    training: TrainingSection = field(default_factory=TrainingSection)
    evaluation: EvaluationSection = field(default_factory=EvaluationSection)
    checkpoint: CheckpointSection = field(default_factory=CheckpointSection)
    tokenizer: TokenizerSection = field(default_factory=TokenizerSection)
    preference: PreferenceSection = field(default_factory=PreferenceSection)

    def to_dict(self) -> dict:
        """Every section, with [preference] only when a preference method is chosen: a supervised
        recipe resolves (and hashes) as it did before the section existed."""
        out = asdict(self)
        if self.preference.method == "none":
            del out["preference"]
        return out

    def to_toml(self) -> str:
        lines = []
        for section, values in self.to_dict().items():
            lines.append(f"[{section}]")
            for k, v in values.items():
                lines.append(f"{k} = {json.dumps(v)}")
            lines.append("")
        return "\n".join(lines)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(json.dumps(self.to_dict(), sort_keys=True).encode()).hexdigest()

    def with_overrides(self, **paths) -> "Recipe":
        """``with_overrides(**{"training.max_steps": 5})``; values are validated like the file's."""
        data = self.to_dict()
        for path, value in paths.items():
            section, key = path.split(".", 1)
            data.setdefault(section, {})[key] = value  # [preference] is left out of a supervised recipe's dict
        return recipe_from_dict(data, source=M("recipe.source.overrides", "command-line overrides"))


_KIND = {
    float: M("recipe.kind.number", "a number"),
    int: M("recipe.kind.whole_number", "a whole number"),
    str: M("recipe.kind.text", "text"),
    bool: M("recipe.kind.bool", "true or false"),
    list: M("recipe.kind.list", "a list"),
    dict: M("recipe.kind.table", "a table"),
}


def field_problem(where: str, problem: Message) -> Message:
    """A problem with one field: ``{field}: {problem}`` (the GUI shows the field's label instead of
    ``params["field"]``, then ``params["problem"]``)."""
    return M("recipe.field_problem", "{field}: {problem}", field=where, problem=problem)


def _check_value(section: str, f, value, problems: list[Message]):
    where = f"{section}.{f.name}"
    default = f.default if f.default is not MISSING else f.default_factory()
    meta = f.metadata
    expected = type(default)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if expected is list and isinstance(value, str):
        value = [value]

    def problem(msg: Message) -> None:
        problems.append(field_problem(where, msg))

    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        problem(
            M(
                "recipe.wrong_type",
                "expected {expected}, got {got} ({value!r})",
                expected=_KIND.get(expected, expected.__name__),
                got=_KIND.get(type(value), type(value).__name__),
                value=str(value)[:40],
            )
        )
        return default
    if expected is float and not math.isfinite(value):
        problem(M("recipe.not_finite", "must be a finite number (got {value})", value=str(value)))
        return default
    if "choices" in meta and value not in meta["choices"]:
        problem(
            M(
                "recipe.not_a_choice",
                "{value!r} is not one of {choices}",
                value=value,
                choices=", ".join(meta["choices"]),
            )
        )
    if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
        problem(
            M(
                "recipe.pattern_refused",
                "{value!r} is not allowed; expected {expected}",
                value=str(value)[:40],
                expected=meta["pattern_help"],
            )
        )
    if "min" in meta and value < meta["min"]:
        problem(M("recipe.below_minimum", "{value} is below the minimum {min}", value=value, min=meta["min"]))
    if "max" in meta and value > meta["max"]:
        problem(M("recipe.above_maximum", "{value} is above the maximum {max}", value=value, max=meta["max"]))
    if expected is list and not all(isinstance(x, str) and x for x in value):
        problem(M("recipe.list_entries", "every entry must be a non-empty string"))
    return value


_RECIPE = M("recipe.source.default", "recipe")  # how a recipe without a file is named in its problems


def recipe_from_dict(data: dict, source: str | Message = _RECIPE) -> Recipe:
    """The recipe in ``data`` (a TOML document's tables), checked; ``source`` names it in the error
    (a path, or a Message such as "command-line overrides")."""
    problems: list[Message] = []
    built = {}
    for key in data:
        if key not in SECTIONS:
            hint = difflib.get_close_matches(key, SECTIONS, n=1)
            if hint:
                problems.append(
                    M(
                        "recipe.unknown_section.suggest",
                        "unknown section [{section}]; did you mean [{suggestion}]?",
                        section=key,
                        suggestion=hint[0],
                    )
                )
            else:
                problems.append(M("recipe.unknown_section", "unknown section [{section}]", section=key))
    for name, cls in SECTIONS.items():
        values = data.get(name, {})
        if not isinstance(values, dict):
            problems.append(M("recipe.section_not_table", "[{section}] must be a table", section=name))
            values = {}
        known = {f.name: f for f in fields(cls)}
        for key in values:
            if key not in known:
                hint = difflib.get_close_matches(key, known, n=1)
                unknown = (
                    M("recipe.unknown_field.suggest", "unknown field; did you mean '{suggestion}'?", suggestion=hint[0])
                    if hint
                    else M("recipe.unknown_field", "unknown field")
                )
                problems.append(field_problem(f"{name}.{key}", unknown))
        kwargs = {k: _check_value(name, known[k], v, problems) for k, v in values.items() if k in known}
        built[name] = cls(**kwargs)
    recipe = Recipe(**built)
    t = recipe.training
    if t.max_steps == 0 and t.epochs == 0:
        problems.append(
            M("recipe.nothing_to_train", "training.epochs and training.max_steps are both 0: nothing would be trained")
        )
    if problems:
        raise RecipeError(source, problems)
    return recipe


def load_recipe(path: Path) -> Recipe:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")  # a byte-order mark is not content
    except OSError as exc:
        raise InvalidInputError(
            M(
                "recipe.unreadable",
                "Cannot read the recipe {path}: {reason}.",
                path=str(path),
                reason=str(exc.strerror or exc),
            ),
            hint=M(
                "recipe.unreadable.hint", "Check the path; `appliance train --explain` lists what a recipe may hold."
            ),
        ) from exc
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            M("recipe.not_utf8", "{path} is not UTF-8 text (byte {byte}).", path=str(path), byte=exc.start),
            hint=M("recipe.not_utf8.hint", "Save the recipe as UTF-8."),
        ) from None
    too_deep = InvalidInputError(
        M(
            "recipe.too_deep",
            "{path}: arrays or inline tables are nested too deeply to read (a recipe nests at most {max_depth} levels).",
            path=str(path),
            max_depth=MAX_DEPTH,
        ),
        hint=M("recipe.too_deep.hint", "A recipe's values are flat."),
    )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInputError(
            M("recipe.not_toml", "{path}: not valid TOML ({error}).", path=str(path), error=str(exc)),
            hint=M("recipe.not_toml.hint", "Check the line named above."),
        ) from exc
    except RecursionError:
        raise too_deep from None
    except ValueError as exc:  # a number too long to read (more than 4,300 digits)
        raise InvalidInputError(
            M(
                "recipe.number_too_long",
                "{path}: a number is too long to read ({error}).",
                path=str(path),
                error=str(exc),
            ),
            hint=M("recipe.number_too_long.hint", "Check the numbers."),
        ) from None
    if nesting.depth(data, MAX_DEPTH) > MAX_DEPTH:  # the same refusal whatever the recursion limit
        raise too_deep
    return recipe_from_dict(data, source=str(path))


def preset_path(name: str) -> Path:
    path = PRESETS_DIR / f"{name}.toml"
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in PRESETS_DIR.glob("*.toml")))
        raise InvalidInputError(
            M("recipe.no_preset", "No preset called {name!r}.", name=name),
            hint=M("recipe.no_preset.hint", "Presets: {names}.", names=names),
        )
    return path


def field_help(path: str) -> Message:
    """The help of one recipe field, ``section.name`` (``training.learning_rate``), with its
    range or choices: what `appliance train --explain` prints and the GUI shows as a tooltip."""
    section_name, _, name = path.partition(".")
    section = next((f for f in fields(Recipe) if f.name == section_name), None)
    if section is None:
        raise KeyError(path)
    f = next((x for x in fields(section.default_factory) if x.name == name), None)
    if f is None:
        raise KeyError(path)
    meta = f.metadata
    default = f.default if f.default is not MISSING else f.default_factory()
    if "choices" in meta:
        return M(
            "recipe.field_help.choices",
            "{path}: {help} ({choices}) Default: {default!r}.",
            path=path,
            help=meta["help"],
            choices=", ".join(meta["choices"]),
            default=default,
        )
    if "min" in meta and "max" in meta:
        return M(
            "recipe.field_help.range",
            "{path}: {help} ({min:g} to {max:g}) Default: {default!r}.",
            path=path,
            help=meta["help"],
            min=meta["min"],
            max=meta["max"],
            default=default,
        )
    return M("recipe.field_help", "{path}: {help} Default: {default!r}.", path=path, help=meta["help"], default=default)


def presets() -> list[str]:
    return sorted(p.stem for p in PRESETS_DIR.glob("*.toml"))


def explain() -> str:
    """Every section and field with its default and help text (in the current language)."""
    out = []
    for name, cls in SECTIONS.items():
        out.append(f"[{name}]")
        for f in fields(cls):
            default = f.default if f.default is not MISSING else f.default_factory()
            out.append(f"  {f.name} = {json.dumps(default)}")
            out.append(f"      {f.metadata['help'].render()}")
    return "\n".join(out)


__all__ = ["Recipe", "RecipeError", "load_recipe", "recipe_from_dict", "preset_path", "presets", "explain", "replace"]
