"""One error hierarchy for the whole appliance.

Every failure a user can cause or meet is an ``ApplianceError`` whose message says what went
wrong, names the file / field / value involved, and says what to do next. The CLI prints the
message and exits with ``exit_code``; the GUI shows it in its message panel. Anything that is
*not* an ``ApplianceError`` is a bug and is shown as such. Every error class is defined here (the
modules that raise them re-export the names they always had), each family with an exit code of
its own (the README's table); ``audit_outcome`` is how an audited action that ends with the error
is recorded (``failed``, ``refused`` for bad input, ``denied`` for a wrong passphrase,
``cancelled``).

Exit codes: 1 other, 2 wrong usage (click), 3 not found, 4 invalid input, 5 llama.cpp runtime,
6 export, 7 verification gate failed, 8 serving, 9 network refused, 10 storage, 11 integrity
(tampered data or audit log), 12 locked, 13 wrong passphrase, 14 key destroyed, 15 out of memory,
16 GPU failed, 17 ambiguous name, 18 audit log unavailable, 19 evidence package, 20 bundle
refused, 21 promotion gate refused, 22 busy (another operation on the same object is running), 23 permission denied (the
person's role), 24 approval required (a request was made), 25 approval invalid,
70 internal error (a bug), 130 cancelled.
"""

from __future__ import annotations

import os

from appliance.messages import Message


class ApplianceError(Exception):
    """Base class: a problem the user can act on. ``hint`` says what to do.

    ``message`` and ``hint`` are ``Message``s (``appliance/messages.py``: a stable id, the English
    template, the parameters); ``str()`` renders both in the current language, and the GUI renders
    ``msg`` and ``hint_msg`` in its own. A plain string is accepted only from outside the core (a
    plug-in, a test); ``APPLIANCE_STRICT_MESSAGES=1`` (set by the test suite) refuses it, so a core
    message raised without an id fails the tests.
    """

    exit_code = 1
    audit_outcome = "failed"

    def __init__(self, message: Message | str, *, hint: Message | str | None = None):
        self.msg = _as_message(message)
        self.hint_msg = None if hint is None else _as_message(hint)
        super().__init__(self.msg.render("en"))

    @property
    def message(self) -> str:
        return self.msg.render()

    @property
    def hint(self) -> str | None:
        return None if self.hint_msg is None else self.hint_msg.render()

    @property
    def message_id(self) -> str:
        return self.msg.id

    @property
    def params(self) -> dict:
        return self.msg.params

    def render(self, language: str | None = None) -> str:
        """The message, and what to do, in ``language`` (default: the current one)."""
        text = self.msg.render(language)
        if self.hint_msg is not None:
            label = Message("error.what_to_do", "What to do:").render(language)
            text += f"\n  {label} {self.hint_msg.render(language)}"
        return text

    def __str__(self) -> str:
        return self.render()

    def __reduce__(self):  # across processes: the message, its id and parameters, not English text
        return (_rebuild, (type(self), self.__dict__))


def _rebuild(cls, state):
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    Exception.__init__(obj, obj.msg.render("en"))
    return obj


class _ListMessage(Message):
    """A list of messages, one per line ("  - …"), each rendered in the language asked for."""

    __slots__ = ()

    def __init__(self, items):
        super().__init__("list.dashed", "{items}", items=list(items))

    def render(self, language=None):
        return "\n".join(f"  - {p.render(language) if isinstance(p, Message) else p}" for p in self.params["items"])


def _as_message(value: Message | str) -> Message:
    if isinstance(value, Message):
        return value
    if os.environ.get("APPLIANCE_STRICT_MESSAGES") == "1":
        raise TypeError(f"a core message without an id: {value!r} (use appliance.messages.M(id, template, ...))")
    return Message("text", "{text}", text=str(value))


class NotFoundError(ApplianceError):
    """An object named on the command line is not in the catalog."""

    exit_code = 3


class AmbiguousNameError(ApplianceError):
    """A name or id prefix matches more than one object."""

    exit_code = 17


class InvalidInputError(ApplianceError):
    """A file or value given by the user is malformed, truncated or unsupported."""

    exit_code = 4
    audit_outcome = "refused"


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

    def __init__(self, message: Message | str, *, report=None, hint: Message | str | None = None):
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
    audit_outcome = "cancelled"


class ImportRefused(InvalidInputError):
    """The file has errors; nothing was imported. ``report`` (``data.formats.Report``) lists them all."""

    def __init__(self, report):
        super().__init__(
            Message(
                "dataset.import_refused",
                "{source} was not imported: {n} row(s) have errors.",
                source=str(report.source),
                n=report.n_errors,
            ),
            hint=Message(
                "dataset.import_refused.hint",
                "Fix the rows listed above, or pass --skip-invalid to import the valid rows only.",
            ),
        )
        self.report = report


class TemplateRenderError(InvalidInputError):
    """A chat template cannot render a dataset row."""


class RecipeError(InvalidInputError):
    """A training recipe has wrong, missing or out-of-range fields (each one named)."""

    def __init__(self, source: str, problems: list[Message | str]):
        super().__init__(
            Message(
                "recipe.problems",
                "{source} has {n} problem(s):\n{problems}",
                source=str(source),
                n=len(problems),
                problems=_ListMessage(problems),
            ),
            hint=Message(
                "recipe.problems.hint", "Fix the fields named above; `appliance train --explain` lists every field."
            ),
        )
        self.problems = problems


class WorkerCrashed(ExportError):
    """A worker process (converter, quantizer, gate half) was ended by a signal."""

    def __init__(
        self, message: Message | str, *, stage: str, signal_name: str, log_path=None, hint: Message | str | None = None
    ):
        super().__init__(message, hint=hint)
        self.stage, self.signal_name, self.log_path = stage, signal_name, log_path


class IntegrityError(ApplianceError):
    """Sealed data or a record failed its authentication: it was changed, truncated or reordered."""

    exit_code = 11


class AuditTampered(IntegrityError):
    """The audit log's stored state is not one the appliance signed: nothing is appended to it."""


class LockedError(ApplianceError):
    """The workspace is locked (or does not exist yet): keys are needed."""

    exit_code = 12


class WrongPassphraseError(ApplianceError):
    """The passphrase (or key file) does not open the workspace."""

    exit_code = 13
    audit_outcome = "denied"


class KeyDestroyedError(ApplianceError):
    """The data key of an object was destroyed: it cannot be decrypted again."""

    exit_code = 14


class OutOfMemory(ApplianceError):
    """Training ran out of CPU or GPU memory."""

    exit_code = 15


class GpuFailed(ApplianceError):
    """The GPU stopped working during training."""

    exit_code = 16


class AuditUnavailable(ApplianceError):
    """The audit log cannot be written or read (no workspace yet, or its key is missing)."""

    exit_code = 18


class PackageError(ApplianceError):
    """An evidence package cannot be written (destination not empty) or read (damaged)."""

    exit_code = 19


class BundleError(ApplianceError):
    """A signed offline bundle was refused: what failed and what to do."""

    exit_code = 20


class GateFailed(ApplianceError):
    """A promotion that its line's gate refused: nothing changed; the verdict says which check failed."""

    exit_code = 21
    audit_outcome = "refused"

    def __init__(self, message: Message | str, *, verdict: dict | None = None, hint: Message | str | None = None):
        super().__init__(message, hint=hint)
        self.verdict = verdict


class Busy(ApplianceError):
    """Another operation on the same object is running (``appliance/locks.py``): this one was
    refused before it changed anything."""

    exit_code = 22
    audit_outcome = "refused"


class PermissionDenied(ApplianceError):
    """The acting person's role does not allow the action, or they may not decide this request
    (their own, or not an approver): nothing was changed (docs/governance.md)."""

    exit_code = 23
    audit_outcome = "denied"


class ApprovalRequired(ApplianceError):
    """The governance policy needs a second person's approval for this action and none that fits
    exists yet: a request was made (``request_id``) and nothing was changed."""

    exit_code = 24
    audit_outcome = "refused"

    def __init__(self, message: Message | str, *, request_id: str, hint: Message | str | None = None):
        super().__init__(message, hint=hint)
        self.request_id = request_id


class ApprovalInvalid(ApplianceError):
    """An approval file or record that does not hold: a bad signature, another request's, another
    object's, expired, already used, or signed by someone who may not approve it."""

    exit_code = 25
    audit_outcome = "refused"


class AlreadyExported(ExportError):
    """The model is already exported, verified, to this quantization: ``existing`` is that export's
    row. Nothing was written; pass ``force`` to export it again on purpose."""

    audit_outcome = "refused"

    def __init__(self, message: Message | str, *, existing: dict, hint: Message | str | None = None):
        super().__init__(message, hint=hint)
        self.existing = existing


class UnauditedWrite(RuntimeError):
    """A catalog write outside an audited action: a bug in the appliance, never a user's doing."""
