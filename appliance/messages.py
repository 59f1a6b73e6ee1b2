"""Messages with ids: what the core says to a person, in the language they chose.

Every error, hint, progress line and report item the core emits is a ``Message``: a stable id
(``"dataset.file_missing"``), its English template (``"No file at {path}."``, ``str.format``
fields) and its parameters. The core writes the template where it raises, so the code reads as
it always did; the catalogs (``locales/<code>.po`` at the top of the source tree, gettext, the
message id as ``msgctxt`` and the English template as ``msgid``) give each language's template,
and ``render`` puts the parameters back. A template that changed in the code no longer matches
its old translation, so the old wording is never shown: the English one is, until the catalog is
updated (``make translations`` re-extracts, the test of the catalogs fails meanwhile).

The CLI (``appliance --language hi``, or ``APPLIANCE_LANGUAGE`` / ``LANG``) and the GUI (its
language menu) both render through here. In a right-to-left language each value is isolated
(U+2066 … U+2069, or first-strong for a nested message) so that paths, names and numbers stay
left-to-right inside the sentence.

Catalogs are compiled (``.mo``) by the build into ``appliance/locales/``; a source checkout
without them reads ``locales/<code>.po`` directly (``polib``). Nothing here imports above layer 0.
"""

from __future__ import annotations

import gettext
import os
import re
import threading
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "hi", "ta", "ar", "fr")
RIGHT_TO_LEFT = frozenset({"ar"})
COMPILED = Path(__file__).resolve().parent / "locales"  # <code>.mo, written by the build
SOURCES = Path(__file__).resolve().parent.parent / "locales"  # <code>.po, in a source checkout

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
_FIELD = re.compile(r"(?<!\{)\{(\w+)((?:![rsa])?(?::[^{}]*)?)\}(?!\})")
_lock = threading.Lock()
_catalogs: dict[str, dict[tuple[str, str], str]] = {}
_language: str | None = None


class Message:
    """An id, its English template and its parameters; ``str()`` renders it in the current language."""

    __slots__ = ("id", "template", "params")

    def __init__(self, id: str, template: str, /, **params: Any):
        self.id = id
        self.template = template
        self.params = params

    def render(self, language: str | None = None) -> str:
        lang = language or current_language()
        text = translate(self.id, self.template, lang)
        try:
            return _format(text, self.params, lang)
        except (KeyError, IndexError, ValueError):  # a catalog entry with a wrong field: English
            return _format(self.template, self.params, "en")

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.id!r}, {self.render('en')!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.id, self.template, self.params) == (other.id, other.template, other.params)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.id, self.template))

    def to_dict(self) -> dict:
        """A JSON form (stored reports, events crossing a process): nested messages kept as such."""
        return {"id": self.id, "template": self.template, "params": {k: _jsonable(v) for k, v in self.params.items()}}

    @classmethod
    def from_dict(cls, d: dict) -> Message:
        params = {k: cls.from_dict(v) if _is_message_dict(v) else v for k, v in (d.get("params") or {}).items()}
        return cls(d["id"], d["template"], **params)


M = Message  # the short name raise sites use: raise NotFoundError(M("dataset.not_found", "…", name=n))


def text(value: Message | str | None, language: str | None = None) -> str:
    """Render a message (or pass a plain string through); ``None`` is ""."""
    if value is None:
        return ""
    if isinstance(value, Message):
        return value.render(language)
    if _is_message_dict(value):
        return Message.from_dict(value).render(language)
    return str(value)


def _is_message_dict(v: Any) -> bool:
    return isinstance(v, dict) and set(v) == {"id", "template", "params"}


def _jsonable(v: Any) -> Any:
    if isinstance(v, Message):
        return v.to_dict()
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    return str(v)


def _format(template: str, params: dict, lang: str) -> str:
    values = {k: (v.render(lang) if isinstance(v, Message) else v) for k, v in params.items()}
    if lang in RIGHT_TO_LEFT:

        def isolate(m: re.Match) -> str:
            opener = FSI if isinstance(params.get(m.group(1)), Message) else LRI
            return f"{opener}{m.group(0)}{PDI}"

        template = _FIELD.sub(isolate, template)
    return template.format(**values)


# --- the language --------------------------------------------------------------------------------


def language_from_env(env: os._Environ | dict | None = None) -> str:
    """``APPLIANCE_LANGUAGE``, else the POSIX locale variables (``LANGUAGE``, ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``: ``ta_IN.UTF-8`` → ``ta``); English when none names one we have."""
    env = os.environ if env is None else env
    for var in ("APPLIANCE_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in (env.get(var) or "").split(":"):
            code = part.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code in ("c", "posix") and var != "LANGUAGE":
                return "en"
    return "en"


def set_language(code: str | None) -> str:
    """Choose the language messages render in (``None``: from the environment); returns it."""
    global _language
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; one of {', '.join(LANGUAGES)}")
    _language = code
    return current_language()


def current_language() -> str:
    return _language or language_from_env()


# --- the catalogs --------------------------------------------------------------------------------


def translate(id: str, template: str, language: str) -> str:
    """The template in ``language`` (the English one when the catalog has no current entry)."""
    if language == "en":
        return template
    return catalog(language).get((id, template)) or template


def catalog(language: str) -> dict[tuple[str, str], str]:
    """``{(id, english template): translated template}`` for one language (loaded once)."""
    with _lock:
        if language not in _catalogs:
            _catalogs[language] = _load(language)
        return _catalogs[language]


def _load(language: str) -> dict[tuple[str, str], str]:
    mo = COMPILED / f"{language}.mo"
    po = SOURCES / f"{language}.po"
    out: dict[tuple[str, str], str] = {}
    if mo.is_file() and not (po.is_file() and po.stat().st_mtime > mo.stat().st_mtime):
        with mo.open("rb") as f:
            translations = gettext.GNUTranslations(f)
        for key, value in translations._catalog.items():  # keys are "msgctxt\x04msgid"
            if isinstance(key, str) and "\x04" in key and value:
                ctx, msgid = key.split("\x04", 1)
                out[(ctx, msgid)] = value
        return out
    if po.is_file():  # a source checkout that has not compiled its catalogs
        import polib

        for entry in polib.pofile(str(po)):
            if entry.msgctxt and entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
                out[(entry.msgctxt, entry.msgid)] = entry.msgstr
    return out


def reload() -> None:
    """Forget loaded catalogs (after ``make translations`` in a running process, and in tests)."""
    with _lock:
        _catalogs.clear()
