"""Typed progress events and cooperative cancellation for long operations.

Long jobs (import, export, verification, training) are plain core functions that take an
``on_event`` callback and a ``CancelToken``. They emit ``Progress`` events as they go and call
``cancel.check()`` at safe points, where a cancelled job raises ``Cancelled`` after removing
anything half-written. The CLI renders the events as progress bars; the GUI wraps the same
functions in Qt workers and turns events into signals. Nothing here knows about either.
Training adds its own: ``TrainStep``, ``EvalDone`` and ``CheckpointSaved``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable

from appliance.errors import Cancelled
from appliance.messages import M, Message


@dataclass(frozen=True)
class Event:
    stage: str
    time: float = field(default_factory=time.time, compare=False)


@dataclass(frozen=True)
class Progress(Event):
    """``done`` of ``total`` ``unit`` in ``stage``; ``total`` is None when unknown. ``message`` is
    a ``Message`` (a plain string only from outside the core)."""

    message: Message | str = ""
    done: float = 0.0
    total: float | None = None
    unit: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, max(0.0, self.done / self.total))


@dataclass(frozen=True)
class StageDone(Event):
    """A stage finished; ``detail`` is a short human-readable summary (a ``Message``)."""

    detail: Message | str = ""
    seconds: float = 0.0


@dataclass(frozen=True)
class TrainStep(Event):
    """An optimiser step of a training run finished (``tuning/trainer.py``)."""

    step: int = 0
    total: int = 0
    loss: float = 0.0
    lr: float = 0.0
    tokens: int = 0
    tokens_per_s: float = 0.0
    eta_s: float = 0.0
    memory_bytes: int = 0
    epoch: float = 0.0
    extras: dict = field(default_factory=dict)  # the preference methods: reward_margin, pref_accuracy


@dataclass(frozen=True)
class EvalDone(Event):
    """A training run measured its loss on the held-out rows."""

    step: int = 0
    eval_loss: float = 0.0
    extras: dict = field(default_factory=dict)  # the preference methods: reward_margin, pref_accuracy


@dataclass(frozen=True)
class CheckpointSaved(Event):
    """A training run wrote a checkpoint (``reason``: ``interval`` or ``cancel``) at ``path``."""

    step: int = 0
    path: str = ""
    reason: str = ""


EventSink = Callable[[Event], None]


def ignore(_event: Event) -> None:
    """The default sink: long operations may run without anyone listening."""


class CancelToken:
    """A thread-safe flag a job polls. ``cancel()`` may be called from any thread."""

    def __init__(self) -> None:
        self._flag = threading.Event()
        self._callbacks: list[Callable[[], None]] = []
        self._lock = threading.Lock()

    def cancel(self) -> None:
        self._flag.set()
        with self._lock:
            callbacks = list(self._callbacks)
        for cb in callbacks:
            cb()

    @property
    def cancelled(self) -> bool:
        return self._flag.is_set()

    def check(self, what: Message | str | None = None) -> None:
        """Raise ``Cancelled`` if cancellation was requested (``what``: "The operation" unless named)."""
        if self._flag.is_set():
            if what is None:
                what = M("events.the_operation", "The operation")
            raise Cancelled(M("events.cancelled", "{what} was cancelled; nothing half-written was kept.", what=what))

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Run ``callback`` when cancelled (e.g. terminate a child process). Returns an undo."""
        with self._lock:
            self._callbacks.append(callback)
        if self._flag.is_set():
            callback()

        def remove() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return remove


class StageTimer:
    """Emit a ``StageDone`` with the elapsed time when the ``with`` block completes."""

    def __init__(self, sink: EventSink, stage: str, detail: Message | str = "") -> None:
        self.sink, self.stage, self.detail = sink, stage, detail
        self.start = 0.0

    def __enter__(self) -> "StageTimer":
        self.start = time.perf_counter()
        self.sink(Progress(self.stage, message=self.detail))
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.sink(StageDone(self.stage, detail=self.detail, seconds=time.perf_counter() - self.start))
