"""The core's messages in the interface language: one mechanism for errors, hints, validation
reports and verdicts that the core (which never imports Qt) writes in English.

Each message the window shows often is listed here as an English *template*, the core's text with
its variable parts as ``{name}`` (a literal brace doubled). The templates are extracted into the
Qt catalogs by ``pyside6-lupdate`` (context ``CoreMessages``, ``QT_TRANSLATE_NOOP``) and translated
there like every other string; ``core_text(text)`` matches a message against the templates and
returns its translation with the values put back (kept left-to-right inside right-to-left text,
since they are ids, paths and numbers). A message with a hint ("…\\n  What to do: …") is
translated part by part. A message no template matches is shown as the core wrote it.

The test ``test_core_messages_are_translated`` raises the real errors (a wrong passphrase, a
cancelled import, a refused dataset row…) and checks that they come out translated, so a change of
wording in the core that a template no longer matches fails there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"
HINT_SEP = "\n  What to do: "

TEMPLATES = [
    # Keys and the workspace.
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong passphrase; nothing was changed ({count} wrong in a row)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Wrong passphrase; nothing was changed ({count} wrong in a row; the next attempt waits {s} s)."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong passphrase or key file; nothing was changed ({count} wrong in a row)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Wrong passphrase or key file; nothing was changed ({count} wrong in a row; the next attempt waits {s} s).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the passphrase (it is case-sensitive)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the passphrase (it is case-sensitive) and the key file."),
    QT_TRANSLATE_NOOP("CoreMessages", "The workspace is locked."),
    QT_TRANSLATE_NOOP("CoreMessages", "This workspace has no keys yet."),
    QT_TRANSLATE_NOOP("CoreMessages", "Saved conversations are encrypted: the workspace is locked."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unlock it first."),
    # Cancelled work.
    QT_TRANSLATE_NOOP("CoreMessages", "The import was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "The merge was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "The export was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "Copying the export was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "Training run {name} was cancelled at step {step}; its checkpoint is kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "Resume it with `appliance train --resume {run}` (or Resume on the Train page)."),
    # Files and copies.
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists; refusing to overwrite it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another path."),
    QT_TRANSLATE_NOOP("CoreMessages", "The folder {path} does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose an existing folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing to serve."),
    # Where training runs.
    QT_TRANSLATE_NOOP("CoreMessages", "fp16 training is not supported on the CPU."),
    QT_TRANSLATE_NOOP("CoreMessages", "This GPU does not support bf16."),
    # Dataset validation reports (one problem per row and field).
    QT_TRANSLATE_NOOP("CoreMessages", "content is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "content must be text"),
    QT_TRANSLATE_NOOP("CoreMessages", "is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be text"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be non-empty text"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be 'train' or 'eval'"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON ({why} at column {column})"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a non-empty list of {{role, content}} messages"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be an object with 'role' and 'content'"),
    QT_TRANSLATE_NOOP("CoreMessages", "a system message may only come first"),
    QT_TRANSLATE_NOOP("CoreMessages", "needs at least one user and one assistant message"),
    QT_TRANSLATE_NOOP("CoreMessages", "user and assistant messages must alternate"),
    QT_TRANSLATE_NOOP("CoreMessages", "empty row ignored"),
    QT_TRANSLATE_NOOP("CoreMessages", "a UTF-8 byte-order mark was removed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} blank line(s) ignored (lines {lines})"),
    QT_TRANSLATE_NOOP("CoreMessages", "has {n} columns, the header has {m}"),
    # A model line's promotion gate: its checks and its decision (appliance/eval/lines.py).
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: pass rate {rate} (minimum {minimum})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: {tag} pass rate {rate} (minimum {minimum}, {n} cases)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: no case is tagged {tag}, so its pass rate cannot be checked"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: case {case} passes (it must pass)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: case {case} fails (it must pass)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{suite}: {drop} drop against production (allowed {allowed}; McNemar p = {p}, significant below {significance})",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: no drop against production ({difference}, McNemar p = {p})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: no production model yet, so no drop to check"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} may be promoted to {target}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} may not be promoted to {target}: {n} gate check failed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} may not be promoted to {target}: {n} gate checks failed"),
]


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"(\{\{|\}\}|\{[a-z_]+\})", template)
    out = []
    for part in parts:
        if part == "{{":
            out.append(re.escape("{"))
        elif part == "}}":
            out.append(re.escape("}"))
        elif part.startswith("{") and part.endswith("}"):
            out.append(f"(?P<{part[1:-1]}>.+?)")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out) + r"\Z", re.S)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern, str]]:
    return [(_pattern(t), t) for t in TEMPLATES]


def _isolate(value: str) -> str:
    return f"\u2068{value}\u2069"  # first-strong isolate: an id or a path keeps its own direction


def _one(text: str) -> str:
    for pattern, template in _compiled():
        m = pattern.match(text)
        if m:
            translated = QCoreApplication.translate(CONTEXT, template)
            values = {k: _isolate(v) for k, v in m.groupdict().items()}
            try:
                return translated.format(**values)
            except (KeyError, IndexError, ValueError):  # a catalog entry that lost a placeholder
                return template.format(**values)
    return text


def core_text(text: str) -> str:
    """``text`` from the core in the interface language (unchanged where no template matches)."""
    if not text:
        return text
    message, sep, hint = text.partition(HINT_SEP)
    out = _one(message)
    if sep:
        label = QCoreApplication.translate(CONTEXT, "What to do:")
        out += f"\n{label} {_one(hint)}"
    return out


QT_TRANSLATE_NOOP("CoreMessages", "What to do:")
