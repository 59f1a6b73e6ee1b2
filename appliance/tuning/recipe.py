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

MAX_DEPTH = 8  # levels of tables and arrays: [section] -> key = [list] is 3

PRESETS_DIR = Path(__file__).parent / "presets"


def _f(default, help: str, **kw):
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda d=default: type(d)(d), metadata={"help": help, **kw})
    return field(default=default, metadata={"help": help, **kw})


@dataclass(frozen=True)
class RunSection:
    base_model: str = _f(
        "", "Model to train: a name or id from `appliance models list` (built-in: smollm2-135m-instruct)."
    )
    datasets: list = _f([], "Dataset versions: names (newest version), name@N, or dsv- ids.")
    name: str = _f(
        "",
        "A name for the run (default: from the dataset and the date).",
        pattern=r"|[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
        pattern_help="a name of 1-64 letters, digits, '.', '_' or '-' (it names files)",
    )
    from_run: str = _f("", "Continue from this earlier run's adapter (incremental training).")


@dataclass(frozen=True)
class MethodSection:
    kind: str = _f(
        "lora",
        "lora: train low-rank adapters; qlora: the same on a 4-bit base (CUDA only); full: train every weight.",
        choices=("lora", "qlora", "full"),
    )


@dataclass(frozen=True)
class LoraSection:
    rank: int = _f(16, "Adapter rank r: capacity of the update (4-64 typical).", min=1, max=1024)
    alpha: float = _f(32.0, "Scaling numerator: the update is scaled by alpha / rank.", min=0.0, max=100_000.0)
    dropout: float = _f(0.05, "Dropout on the adapter input during training.", min=0.0, max=0.9)
    target_modules: list = _f(
        ["all-linear"],
        "Layers that get adapters: 'all-linear', or names such as "
        "q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj.",
    )


@dataclass(frozen=True)
class TrainingSection:
    learning_rate: float = _f(2e-4, "Peak learning rate.", min=1e-8, max=1.0)
    schedule: str = _f("cosine", "Learning-rate schedule after warm-up.", choices=("cosine", "linear", "constant"))
    warmup_steps: int = _f(10, "Steps of linear warm-up from 0 to the peak.", min=0, max=10_000_000)
    epochs: float = _f(3.0, "Passes over the training split (ignored when max_steps > 0).", min=0.0, max=1000.0)
    max_steps: int = _f(0, "Stop after this many optimiser steps (0: use epochs).", min=0, max=100_000_000)
    batch_size: int = _f(8, "Sequences per micro-batch.", min=1, max=4096)
    gradient_accumulation: int = _f(
        1, "Micro-batches per optimiser step (effective batch = batch_size × this).", min=1, max=1024
    )
    sequence_length: int = _f(512, "Tokens per sequence; longer rows are truncated.", min=16, max=1 << 20)
    packing: bool = _f(True, "Pack several rows into one sequence (no attention across rows) to avoid padding.")
    precision: str = _f(
        "auto",
        "auto: bf16 where the CPU/GPU supports it, else fp16 on GPU or fp32.",
        choices=("auto", "fp32", "bf16", "fp16"),
    )
    device: str = _f(
        "auto",
        "auto: the first CUDA GPU if present, else the CPU; cuda (GPU 0) or cuda:N picks a GPU "
        "(numbered as CUDA_VISIBLE_DEVICES leaves them).",
        pattern=r"auto|cpu|cuda(:\d+)?",
        pattern_help="auto, cpu, cuda or cuda:N (N a GPU index, e.g. cuda:1)",
    )
    gradient_checkpointing: bool = _f(False, "Recompute activations in the backward pass: less memory, ~30% slower.")
    seed: int = _f(
        1234, "Seed for data order, adapter initialisation and dropout (same seed, same run).", min=0, max=2**32 - 1
    )
    weight_decay: float = _f(0.0, "AdamW weight decay.", min=0.0, max=1.0)
    max_grad_norm: float = _f(1.0, "Clip the gradient norm to this (0: no clipping).", min=0.0, max=1_000_000.0)
    threads: int = _f(0, "CPU threads for torch (0: all cores).", min=0, max=1024)


@dataclass(frozen=True)
class EvaluationSection:
    eval_every: int = _f(
        50, "Compute the loss on the held-out split every this many steps (0: only at the end).", min=0, max=100_000_000
    )
    max_eval_rows: int = _f(64, "Held-out rows used for the eval loss.", min=1, max=1_000_000)


@dataclass(frozen=True)
class TokenizerSection:
    train_new_rows: bool = _f(
        False,
        "Train the embedding and output rows of the tokens `appliance tokenizer extend` added (peft trainable "
        "tokens), along with the adapters; the base model must be an extended one. Full fine-tuning trains them anyway.",
    )


@dataclass(frozen=True)
class CheckpointSection:
    every: int = _f(50, "Save a resumable checkpoint every this many steps (and on cancel).", min=1, max=100_000_000)
    keep: int = _f(2, "How many checkpoints to keep.", min=1, max=100)


SECTIONS = {
    "run": RunSection,
    "method": MethodSection,
    "lora": LoraSection,
    "training": TrainingSection,
    "evaluation": EvaluationSection,
    "checkpoint": CheckpointSection,
    "tokenizer": TokenizerSection,
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

    def to_dict(self) -> dict:
        return asdict(self)

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
            data[section][key] = value
        return recipe_from_dict(data, source="command-line overrides")


_KIND = {float: "a number", int: "a whole number", str: "text", bool: "true or false", list: "a list", dict: "a table"}


def _check_value(section: str, f, value, problems: list[str]):
    where = f"{section}.{f.name}"
    default = f.default if f.default is not MISSING else f.default_factory()
    meta = f.metadata
    expected = type(default)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if expected is list and isinstance(value, str):
        value = [value]
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        problems.append(
            f"{where}: expected {_KIND.get(expected, expected.__name__)}, got "
            f"{_KIND.get(type(value), type(value).__name__)} ({str(value)[:40]!r})"
        )
        return default
    if expected is float and not math.isfinite(value):
        problems.append(f"{where}: must be a finite number (got {value})")
        return default
    if "choices" in meta and value not in meta["choices"]:
        problems.append(f"{where}: {value!r} is not one of {', '.join(meta['choices'])}")
    if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
        problems.append(f"{where}: {str(value)[:40]!r} is not allowed; expected {meta['pattern_help']}")
    if "min" in meta and value < meta["min"]:
        problems.append(f"{where}: {value} is below the minimum {meta['min']}")
    if "max" in meta and value > meta["max"]:
        problems.append(f"{where}: {value} is above the maximum {meta['max']}")
    if expected is list and not all(isinstance(x, str) and x for x in value):
        problems.append(f"{where}: every entry must be a non-empty string")
    return value


def recipe_from_dict(data: dict, source: str = "recipe") -> Recipe:
    problems: list[str] = []
    built = {}
    for key in data:
        if key not in SECTIONS:
            hint = difflib.get_close_matches(key, SECTIONS, n=1)
            problems.append(f"unknown section [{key}]" + (f"; did you mean [{hint[0]}]?" if hint else ""))
    for name, cls in SECTIONS.items():
        values = data.get(name, {})
        if not isinstance(values, dict):
            problems.append(f"[{name}] must be a table")
            values = {}
        known = {f.name: f for f in fields(cls)}
        for key in values:
            if key not in known:
                hint = difflib.get_close_matches(key, known, n=1)
                problems.append(f"{name}.{key}: unknown field" + (f"; did you mean '{hint[0]}'?" if hint else ""))
        kwargs = {k: _check_value(name, known[k], v, problems) for k, v in values.items() if k in known}
        built[name] = cls(**kwargs)
    recipe = Recipe(**built)
    t = recipe.training
    if t.max_steps == 0 and t.epochs == 0:
        problems.append("training.epochs and training.max_steps are both 0: nothing would be trained")
    if problems:
        raise RecipeError(source, problems)
    return recipe


def load_recipe(path: Path) -> Recipe:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")  # a byte-order mark is not content
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot read the recipe {path}: {exc.strerror or exc}.",
            hint="Check the path; `appliance train --explain` lists what a recipe may hold.",
        ) from exc
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            f"{path} is not UTF-8 text (byte {exc.start}).", hint="Save the recipe as UTF-8."
        ) from None
    too_deep = InvalidInputError(
        f"{path}: arrays or inline tables are nested too deeply to read (a recipe nests at most {MAX_DEPTH} levels).",
        hint="A recipe's values are flat.",
    )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInputError(f"{path}: not valid TOML ({exc}).", hint="Check the line named above.") from exc
    except RecursionError:
        raise too_deep from None
    except ValueError as exc:  # a number too long to read (more than 4,300 digits)
        raise InvalidInputError(f"{path}: a number is too long to read ({exc}).", hint="Check the numbers.") from None
    if nesting.depth(data, MAX_DEPTH) > MAX_DEPTH:  # the same refusal whatever the recursion limit
        raise too_deep
    return recipe_from_dict(data, source=str(path))


def preset_path(name: str) -> Path:
    path = PRESETS_DIR / f"{name}.toml"
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in PRESETS_DIR.glob("*.toml")))
        raise InvalidInputError(f"No preset called {name!r}.", hint=f"Presets: {names}.")
    return path


def field_help(path: str) -> str:
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
    text = meta.get("help", "")
    if "choices" in meta:
        text += f" ({', '.join(meta['choices'])})"
    elif "min" in meta and "max" in meta:
        text += f" ({meta['min']:g} to {meta['max']:g})"
    default = f.default if f.default is not MISSING else f.default_factory()
    return f"{path}: {text} Default: {default!r}."


def presets() -> list[str]:
    return sorted(p.stem for p in PRESETS_DIR.glob("*.toml"))


def explain() -> str:
    """Every section and field with its default and help text."""
    out = []
    for name, cls in SECTIONS.items():
        out.append(f"[{name}]")
        for f in fields(cls):
            default = f.default if f.default is not MISSING else f.default_factory()
            out.append(f"  {f.name} = {json.dumps(default)}")
            out.append(f"      {f.metadata['help']}")
    return "\n".join(out)


__all__ = ["Recipe", "RecipeError", "load_recipe", "recipe_from_dict", "preset_path", "presets", "explain", "replace"]
