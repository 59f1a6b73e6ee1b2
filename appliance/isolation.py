"""Two kinds of process, never mixed: llama.cpp's and torch's.

llama.cpp's native library and torch's (their CUDA builds above all) do not coexist in one
process: on a CUDA workstation ``import llama_cpp`` then ``import torch`` aborts with
``free(): invalid pointer``, and the other order crashed the export gate with a segmentation
fault. So every appliance process is one of two kinds, decided by the first of the two stacks it
imports, and the other stack is refused from then on:

* ``llama`` processes load ``llama_cpp`` (serving, chat, the playground, quantizing, the gate's
  llama.cpp half, adapter probes) and never ``torch``, ``transformers``, ``peft``, ``accelerate``
  or ``bitsandbytes``;
* ``torch`` processes (training, merge, model import, the converter, the gate's reference half)
  never load ``llama_cpp``.

``install()`` puts a finder at the front of ``sys.meta_path`` that watches the first import of
either stack and raises ``NativeStackConflict`` (an ``ImportError``) for the other one: a clear
error in place of a crash deep inside a C library. Every appliance entry point (the CLI, the
workers, the GUI and its job processes, the auditor's tool) installs it; library use from other
programs (the test suite, which drives both stacks in one CPU process) does not.

When ``APPLIANCE_PROCESS_REPORT`` names a directory, each guarded process writes
``<pid>.json`` there at exit (its kind, its command line, which of the two stacks it had loaded):
the isolation tests read these to prove, entry point by entry point, that no process held both.
"""

from __future__ import annotations

import atexit
import importlib.abc
import json
import os
import sys
import threading

LLAMA = "llama"
TORCH = "torch"
STACKS = {
    LLAMA: ("llama_cpp",),
    TORCH: ("torch", "transformers", "peft", "accelerate", "bitsandbytes", "torchvision", "torchaudio", "triton"),
}
REPORT_ENV = "APPLIANCE_PROCESS_REPORT"

_lock = threading.RLock()
_kind: str | None = None
_installed = False


class NativeStackConflict(ImportError):
    """A process of one kind tried to load the other kind's native stack (a bug in the appliance)."""


def _stack_of(module_name: str) -> str | None:
    top = module_name.partition(".")[0]
    for kind, names in STACKS.items():
        if top in names:
            return kind
    return None


def loaded_stacks() -> dict[str, list[str]]:
    """Which modules of each stack this process has loaded (top-level names)."""
    tops = {m.partition(".")[0] for m in list(sys.modules)}
    return {kind: sorted(n for n in names if n in tops) for kind, names in STACKS.items()}


def _conflict(kind: str, wanted: str) -> NativeStackConflict:
    other = LLAMA if kind == TORCH else TORCH
    what = "llama.cpp" if kind == LLAMA else "torch"
    return NativeStackConflict(
        f"This is a {what} process (it already loaded {', '.join(loaded_stacks()[kind]) or kind}); it must not "
        f"import {wanted!r}, which belongs to the {other} stack. llama.cpp and torch crash when loaded into one "
        "process (CUDA builds above all), so the appliance runs them in separate worker processes. "
        "This is a bug in the appliance: please report it with the command you ran."
    )


def share_the_cpu() -> None:
    """Before torch loads: OpenMP threads that wait at a barrier sleep instead of spinning
    (``OMP_WAIT_POLICY=PASSIVE``, unless the environment already chose). On a desktop, where the
    window, a browser or the server run beside training, a spinning thread takes the core another
    program needs, and a thread that program has descheduled holds every other at the barrier.
    Measured (``docs/benchmarks.md``, 2 cores, one busy process beside the engine): 106 tokens/s
    spinning, 176 passive (GOMP_SPINCOUNT=10000: 126); alone 298 and 286. No effect once torch's
    OpenMP runtime is loaded: libgomp reads it when it loads."""
    if "torch" not in sys.modules:
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class _Finder(importlib.abc.MetaPathFinder):
    """Decides nothing about where modules live; only refuses the other stack's modules (and sets
    torch's threads to share the CPU before a torch process first loads it)."""

    def find_spec(self, fullname, path=None, target=None):
        stack = _stack_of(fullname)
        if stack is not None:
            kind = current_kind()
            if kind is not None and kind != stack:
                raise _conflict(kind, fullname)
            if stack == TORCH:
                share_the_cpu()
        return None


def install(kind: str | None = None) -> None:
    """Guard this process (idempotent). ``kind`` declares it now; else its first import decides.

    Raises ``NativeStackConflict`` if the process already holds the other stack than ``kind``,
    or already holds both.
    """
    global _installed, _kind
    with _lock:
        loaded = loaded_stacks()
        present = [k for k, mods in loaded.items() if mods]
        if len(present) == 2:
            raise _conflict(LLAMA, loaded[TORCH][0])
        if kind is not None:
            if current_kind() not in (None, kind):
                raise _conflict(current_kind(), STACKS[kind][0])
            _kind = kind
            if kind == TORCH:
                share_the_cpu()
        if not _installed:
            sys.meta_path.insert(0, _Finder())
            _installed = True
            if os.environ.get(REPORT_ENV):
                atexit.register(_write_report, list(sys.argv))  # as started (runpy rewrites sys.argv)


def current_kind() -> str | None:
    """``llama`` or ``torch`` (declared, or the stack this process loaded first); None before either.

    Only a real import decides: a library that merely asks whether torch is installed
    (``importlib.util.find_spec``) before anything is loaded does not fix the kind.
    """
    global _kind
    if _kind is None:
        for kind, names in STACKS.items():
            if any(n in sys.modules for n in names):
                _kind = kind
                break
    return _kind


def installed() -> bool:
    return _installed


def _write_report(argv: list[str]) -> None:
    folder = os.environ.get(REPORT_ENV)
    if not folder:
        return
    try:
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{os.getpid()}.json"), "w", encoding="utf-8") as f:
            json.dump(
                {
                    "pid": os.getpid(),
                    "ppid": os.getppid(),
                    "argv": argv,
                    "kind": current_kind(),
                    "loaded": loaded_stacks(),
                },
                f,
            )
    except OSError:
        pass
