"""The core's messages in the interface language.

The core (which never imports Qt) says everything a person reads as a ``Message``
(``appliance/messages.py``): a stable id, the English template and the parameters, translated by
the catalogs ``locales/<code>.po``. ``gui.i18n.apply_language`` makes the interface language the
messages' language too, so even ``str(exc)`` of an ``ApplianceError`` reads in it.
``core_text(x)`` renders what it is given, an error, a ``Message`` or a message as stored in JSON
(``Message.to_dict()``), in the interface language, as ``Message.render`` does, and besides puts
its numbers in the language's digits and separators (Arabic "١٢", French "0,5"); in a
right-to-left language each value is isolated (U+2066 … U+2069; first-strong for a nested message)
so that ids, paths and numbers keep their direction. A plain string is returned as it is: the
window's own strings are translated by Qt's catalogs, and a string from outside the core has no id
to translate it by.

``progress_text`` writes a ``Progress`` or ``StageDone`` event as its line in the window: the
stage's name is the window's own (Qt catalog, context ``ProgressText``), the event's message the
core's.
"""

from __future__ import annotations

import re
import string

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from appliance import messages
from appliance.messages import FSI, LRI, PDI, RIGHT_TO_LEFT, Message

CONTEXT = "ProgressText"
_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)")
_NUMBERS = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?(?:/[+-]?\d[\d,]*(?:\.\d+)?)?")


def local_digits(value: str) -> str:
    """A value that is a number ("1,234", "0.5", "12/40", "85%") in the interface language's
    digits and separators (Arabic: "١٬٢٣٤", "٠٫٥"); any other value (an id, a path, "q8_0") as it is."""
    if not _NUMBERS.fullmatch(value):
        return value
    from PySide6.QtCore import QLocale

    loc = QLocale()

    def one(m: re.Match) -> str:
        sign, whole, decimals, percent = m.groups()
        grouped = "," in whole
        if not grouped:
            loc.setNumberOptions(QLocale.OmitGroupSeparator)  # a year, a port, a count as written
        text = (
            loc.toString(float(whole.replace(",", "") + "." + decimals), "f", len(decimals))
            if decimals
            else (loc.toString(int(whole.replace(",", ""))))
        )
        loc.setNumberOptions(QLocale.DefaultNumberOptions)
        return (loc.negativeSign() if sign == "-" else "") + text + (loc.percent() if percent else "")

    return _NUMBER.sub(one, value)


class _Formatter(string.Formatter):
    """``str.format`` with each value in the interface language: a nested message rendered, a
    number in the language's digits, and every value isolated in right-to-left text."""

    def __init__(self, language: str):
        super().__init__()
        self.language = language

    def convert_field(self, value, conversion):
        if isinstance(value, Message) and conversion:
            value = render(value, self.language)
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        nested = isinstance(value, Message)
        if nested:
            text = format(render(value, self.language), format_spec)
        else:
            text = format(value, format_spec)
            if (isinstance(value, (int, float)) and not isinstance(value, bool)) or isinstance(value, str):
                text = local_digits(text)
        if self.language in RIGHT_TO_LEFT:
            return f"{FSI if nested else LRI}{text}{PDI}"
        return text


def render(message: Message, language: str | None = None) -> str:
    """``message`` in ``language`` (default: the interface's), its numbers in the language's digits."""
    language = language or messages.current_language()
    if type(message).render is not Message.render:  # a message that renders itself (a list of them)
        return message.render(language)
    template = messages.translate(message.id, message.template, language)
    try:
        return _Formatter(language).vformat(template, (), message.params)
    except (KeyError, IndexError, ValueError):  # a catalog entry with a wrong field: the English one
        return _Formatter(language).vformat(message.template, (), message.params)


def core_text(text) -> str:
    """What the core said, in the interface language: an ``ApplianceError`` (its message and what
    to do), a ``Message``, a message dict (``Message.to_dict()``); a plain string unchanged."""
    from appliance.errors import ApplianceError

    if text is None:
        return ""
    if isinstance(text, ApplianceError):
        out = render(text.msg)
        if text.hint_msg is not None:
            label = render(Message("error.what_to_do", "What to do:"))
            out += f"\n  {label} {render(text.hint_msg)}"
        return out
    if isinstance(text, Message):
        return render(text)
    if isinstance(text, dict) and {"id", "template"} <= set(text):
        return render(Message.from_dict(text))
    return text if isinstance(text, str) else str(text)


def field_problem(problem) -> tuple[str, str, object]:
    """A problem with one field (the core's ``{field}: {problem}``, ``tuning/recipe.field_problem``)
    as ``(field, ": ", problem)``, so the window can name the field as its form does; any other
    problem as ``(text, "", "")``."""
    if isinstance(problem, Message):
        if {"field", "problem"} <= set(problem.params):
            return str(problem.params["field"]), ": ", problem.params["problem"]
        return core_text(problem), "", ""
    return str(problem).partition(": ")


# The stages of long jobs (``Progress.stage``), shown when an event carries no message.
STAGES = {
    "setup": QT_TRANSLATE_NOOP("ProgressText", "Preparing"),
    "train": QT_TRANSLATE_NOOP("ProgressText", "Training"),
    "merge": QT_TRANSLATE_NOOP("ProgressText", "Merging"),
    "learn": QT_TRANSLATE_NOOP("ProgressText", "Learning the new tokens"),
    "copy": QT_TRANSLATE_NOOP("ProgressText", "Copying"),
    "validate": QT_TRANSLATE_NOOP("ProgressText", "Validating"),
    "seal": QT_TRANSLATE_NOOP("ProgressText", "Encrypting"),
    "eval": QT_TRANSLATE_NOOP("ProgressText", "Evaluating"),
    "judge": QT_TRANSLATE_NOOP("ProgressText", "Judging"),
    "rebase": QT_TRANSLATE_NOOP("ProgressText", "Rebasing"),
    "convert": QT_TRANSLATE_NOOP("ProgressText", "Converting"),
    "quantize": QT_TRANSLATE_NOOP("ProgressText", "Quantizing"),
    "verify": QT_TRANSLATE_NOOP("ProgressText", "Verifying"),
    "hash": QT_TRANSLATE_NOOP("ProgressText", "Hashing"),
    "check": QT_TRANSLATE_NOOP("ProgressText", "Checking"),
    "read": QT_TRANSLATE_NOOP("ProgressText", "Reading"),
    "weights": QT_TRANSLATE_NOOP("ProgressText", "Writing the weights"),
    "inspect": QT_TRANSLATE_NOOP("ProgressText", "Inspecting"),
    "tokenizer": QT_TRANSLATE_NOOP("ProgressText", "Rebuilding the tokenizer"),
    "load": QT_TRANSLATE_NOOP("ProgressText", "Loading"),
    "bits-per-char": QT_TRANSLATE_NOOP("ProgressText", "Measuring bits per character"),
}
# A message that only names what is counted ("tensors", "Tamil: lines"): the count goes with it.
UNITS = ("tensors", "rows", "lines", "merges")


def _english(message) -> str:
    """The message's English template (its key, not its rendering): a plain string is its own."""
    if isinstance(message, Message):
        return message.template
    if isinstance(message, dict):
        return str(message.get("template", ""))
    return str(message)


def progress_text(event) -> str:
    """A ``Progress`` (or ``StageDone``) event as its line in the window: the core's message in
    the interface language; a bare count ("tensors") with its stage and numbers ("Converting ·
    120/290 tensors"); the stage alone when there is no message."""
    from PySide6.QtCore import QLocale

    message = getattr(event, "message", "") or getattr(event, "detail", "")
    stage = QCoreApplication.translate(CONTEXT, STAGES[event.stage]) if event.stage in STAGES else event.stage
    if not message:
        return stage
    if _english(message).rpartition(": ")[2] in UNITS:
        loc = QLocale()
        done, total = int(getattr(event, "done", 0) or 0), getattr(event, "total", None)
        count = f"{loc.toString(done)}/{loc.toString(int(total))}" if total else loc.toString(done)
        return f"{stage} · {count} {core_text(message)}"
    return core_text(message)
