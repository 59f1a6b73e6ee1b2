"""The states objects go through, as the catalog stores them (strings; these are ``str`` enums,
so a member equals its value and is written to SQLite and JSON as that value).

Runs: ``running`` → ``completed`` | ``cancelled`` | ``failed`` | ``interrupted`` (a process that
died while it ran; ``appliance doctor --repair`` and every command's start mark it).
Exports: ``pending`` (recorded before a byte is written) → ``verified`` | ``failed``.
Gate verdicts: ``pass`` | ``fail``. Master keys: ``current`` (a rotated-out key is deleted).
"""

from __future__ import annotations

from enum import StrEnum


class RunStatus(StrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


#: Runs that stopped before their last step: ``appliance train --resume`` may continue them.
STOPPED_RUNS = (RunStatus.CANCELLED, RunStatus.FAILED, RunStatus.INTERRUPTED)


class ExportStatus(StrEnum):
    PENDING = "pending"
    VERIFIED = "verified"
    FAILED = "failed"


class GateStatus(StrEnum):
    PASS = "pass"
    FAIL = "fail"


class KeyStatus(StrEnum):
    CURRENT = "current"
