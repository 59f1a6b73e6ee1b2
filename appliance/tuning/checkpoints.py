"""A training run's checkpoints on disk: their layout, written atomically, listed, pruned.

Layout (``run_dir`` is ``<home>/runs/<run id>``)::

    checkpoints/step-000006/trainable.safetensors   the trainable weights (adapter, or the whole model)
    checkpoints/step-000006/trainer_state.pt        optimiser, scheduler, loss scaler, torch RNG
    checkpoints/step-000006/state.json              step, tokens seen, reason, time, recipe hash, loss

A checkpoint is written into ``checkpoints/.staging-<step>-<pid>``, flushed, and renamed to
``step-<step>`` only when every file is in it, so a crash at any instruction leaves either the
new checkpoint or none, and the previous ones intact. A staging folder left by a crash is never
listed (``Home.open`` sweeps those of dead processes). ``state.json`` is written last: a
``step-`` folder without it is not a checkpoint.

This module knows files, not tensors: the engine (``tuning/trainer.py``) writes and reads the
state dicts inside the folder through the callback it passes to ``write``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Callable

from appliance.errors import StorageError
from appliance.fsutil import ensure_free_space, fsync_tree
from appliance.messages import M

DIRNAME = "checkpoints"
TRAINABLE = "trainable.safetensors"
TRAINER_STATE = "trainer_state.pt"
STATE = "state.json"
_STEP_DIR = re.compile(r"step-(\d+)")


def checkpoints_dir(run_dir: Path) -> Path:
    return Path(run_dir) / DIRNAME


def dirname_for(step: int) -> str:
    return f"step-{step:06d}"


def step_of(path: Path) -> int:
    """The step a checkpoint folder holds, from its name (``step-000006`` → 6)."""
    m = _STEP_DIR.fullmatch(Path(path).name)
    if m is None:
        raise ValueError(f"{path} is not a checkpoint folder (step-NNNNNN)")
    return int(m.group(1))


def _step_dirs(run_dir: Path) -> list[Path]:
    """Every ``step-NNNNNN`` folder, complete or not, oldest step first."""
    d = checkpoints_dir(run_dir)
    if not d.is_dir():
        return []
    return sorted((p for p in d.iterdir() if _STEP_DIR.fullmatch(p.name) and p.is_dir()), key=step_of)


def list_checkpoints(run_dir: Path) -> list[Path]:
    """The run's complete checkpoints (with their ``state.json``), oldest step first."""
    return [p for p in _step_dirs(run_dir) if (p / STATE).is_file()]


def read_state(path: Path) -> dict:
    """A checkpoint's ``state.json`` (``step``, ``tokens_seen``, ``reason``, ``time``, ``train_loss``…)."""
    return json.loads((Path(path) / STATE).read_text())


def prune(run_dir: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` checkpoint folders (``keep`` < 1 removes none). Returns
    the folders removed."""
    if keep < 1:
        return []
    old = _step_dirs(run_dir)[:-keep]
    for p in old:
        shutil.rmtree(p, ignore_errors=True)
    return old


def write(
    run_dir: Path, step: int, write_files: Callable[[Path], None], state: dict, *, keep: int, need_bytes: int = 0
) -> Path:
    """Write the checkpoint of ``step`` atomically and prune to the newest ``keep``; returns its folder.

    ``write_files(folder)`` writes the engine's files (``TRAINABLE``, ``TRAINER_STATE``) into the
    staging folder; ``state`` becomes ``state.json``. Refuses to start (``StorageError``) when
    the disk has less than ``need_bytes`` free; a failure half-way removes the staging folder and
    leaves an older checkpoint of the same step, if any, in place.
    """
    ckdir = checkpoints_dir(run_dir)
    ckdir.mkdir(parents=True, exist_ok=True)
    ensure_free_space(ckdir, need_bytes, f"checkpoint at step {step}")
    final = ckdir / dirname_for(step)
    staging = ckdir / f".staging-{step:06d}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        write_files(staging)
        (staging / STATE).write_text(json.dumps(state, indent=2))
        fsync_tree(staging)
        if final.exists():
            shutil.rmtree(final)
        os.rename(staging, final)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StorageError(
            M(
                "train.checkpoint_write",
                "Could not write the checkpoint at step {step}: {reason}.",
                step=step,
                reason=str(exc.strerror or exc),
            ),
            hint=M("train.checkpoint_write.hint", "Free disk space; the previous checkpoint is intact."),
        ) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    prune(run_dir, keep)
    return final
