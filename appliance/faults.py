"""Fault injection for the crash tests: a named point where a process kills itself for real.

``APPLIANCE_FAULT=<point>[:<SIGNAL>]`` makes the process that reaches ``point(<point>)`` send
itself that signal (SIGKILL by default). The crash tests use it to stop an export at an exact
stage (converting, quantizing, hashing, each half of the gate), in the parent or in a worker,
with the same signal a real crash or ``kill -9`` delivers; nothing is simulated after that.
Without the variable, ``point`` does nothing.

Points: ``export.convert``, ``export.quantize`` (the exporting process, once its worker is
under way), ``export.hash``, ``export.commit``, ``export.gate``; ``worker.<command>`` in a
worker process (e.g. ``worker.gate-llama``, after it loaded its model); ``eval.saved`` (an
evaluation, each time it has sealed the results so far).
"""

from __future__ import annotations

import os
import signal

FAULT_ENV = "APPLIANCE_FAULT"


def point(name: str) -> None:
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    target, _, sig = spec.partition(":")
    if target == name:
        os.kill(os.getpid(), getattr(signal, sig or "SIGKILL"))
