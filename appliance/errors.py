"""One error hierarchy for the whole appliance.

Every failure a user can cause or meet is an ``ApplianceError`` whose message says what went
wrong, names the file / field / value involved, and says what to do next. The CLI prints the
message and exits with ``exit_code``; the GUI shows it in its message panel. Anything that is
*not* an ``ApplianceError`` is a bug and is shown as such.
"""

from __future__ import annotations


class ApplianceError(Exception):
    """Base class: a problem the user can act on. ``hint`` says what to do."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n  What to do: {self.hint}"
        return self.message


class NotFoundError(ApplianceError):
    """An object named on the command line is not in the catalog."""

    exit_code = 3


class AmbiguousNameError(ApplianceError):
    """A name or id prefix matches more than one object."""

    exit_code = 3


class InvalidInputError(ApplianceError):
    """A file or value given by the user is malformed, truncated or unsupported."""

    exit_code = 4


class UnsupportedModelError(InvalidInputError):
    """The model's architecture or format is not one the appliance can tune, export and serve."""


class CorruptFileError(InvalidInputError):
    """A file is truncated or damaged."""


class MissingTokenizerError(InvalidInputError):
    """A model directory has weights but no tokenizer."""


class NativeRuntimeError(ApplianceError):
    """The llama.cpp runtime or its converter is missing or failed."""

    exit_code = 5


class ExportError(ApplianceError):
    """Conversion or quantization to GGUF failed."""

    exit_code = 6


class VerificationFailed(ApplianceError):
    """The export's verification gate failed; the export is kept but marked failed."""

    exit_code = 7

    def __init__(self, message: str, *, report=None, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.report = report


class ServingError(ApplianceError):
    """The model server cannot start or a request cannot be served."""

    exit_code = 8


class NetworkPolicyError(ApplianceError, PermissionError):
    """Something tried to reach a non-loopback network address; the appliance is offline.

    Also a ``PermissionError`` (an ``OSError``) so that libraries which expect connection
    failures handle it as one instead of crashing in unexpected ways.
    """

    exit_code = 9


class StorageError(ApplianceError):
    """The disk is full, not writable, or the home directory is damaged."""

    exit_code = 10


class Cancelled(ApplianceError):
    """A long operation was cancelled by the user; nothing half-written was kept."""

    exit_code = 130
