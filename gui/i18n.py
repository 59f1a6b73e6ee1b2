"""Languages, fonts and layout direction.

The window's own strings are Qt catalogs (``locales/<code>.ts`` at the top of the source tree,
compiled by the build into ``gui/locales/<code>.qm``); switching the language installs another
``QTranslator`` and every widget re-reads its texts on the ``LanguageChange`` event. The core's
messages are gettext catalogs (``appliance/messages.py``): switching also sets their language, so
an error the core raises reads in the interface language (``gui/core_text.py``). A source checkout
that has not compiled the Qt catalogs (or edited a ``.ts`` since) gets them compiled on the fly
into a cache folder when ``pyside6-lrelease`` is at hand, and runs untranslated otherwise.

The scripts' fonts are bundled (Noto Sans and its Devanagari, Tamil and Arabic companions, OFL:
``gui/fonts/OFL.txt``) and registered at start, so text renders on a machine that has none of
them. Arabic switches the whole layout to right-to-left.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

ROOT = Path(__file__).resolve().parent.parent
LOCALES = Path(__file__).resolve().parent / "locales"  # <code>.qm, package data: in a wheel and a frozen build too
SOURCES = ROOT / "locales"  # <code>.ts, in a source checkout
FONTS = Path(__file__).resolve().parent / "fonts"

# code: (native name, right-to-left, font families in fallback order)
LANGUAGES = {
    "en": ("English", False, ["Noto Sans"]),
    "hi": ("हिन्दी", False, ["Noto Sans", "Noto Sans Devanagari"]),
    "ta": ("தமிழ்", False, ["Noto Sans", "Noto Sans Tamil"]),
    "ar": ("العربية", True, ["Noto Sans Arabic", "Noto Sans"]),
    "fr": ("Français", False, ["Noto Sans"]),
}
# Every family the window may need, whatever the language (names, datasets in other scripts).
ALL_SCRIPTS = ["Noto Sans", "Noto Sans Devanagari", "Noto Sans Tamil", "Noto Sans Arabic"]

_translators: list[QTranslator] = []
_current = "en"
log = logging.getLogger("appliance.gui")


def register_fonts() -> list[str]:
    families = []
    for path in sorted(FONTS.glob("*.ttf")):
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0:
            families += QFontDatabase.applicationFontFamilies(fid)
    return sorted(set(families))


def apply_language(code: str) -> None:
    """Install ``code``'s catalog, font fallbacks and layout direction (at start or at runtime)."""
    global _current
    from appliance import messages

    if code not in LANGUAGES:
        code = "en"
    _current = code
    messages.set_language(code)  # the core's messages, in the same language
    app = QCoreApplication.instance()
    # The locale first: the catalogs' LanguageChange makes every page write its texts again, and
    # the dates and numbers among them must come out in the new language's format and digits
    # (before, the Datasets table kept "PM 11:39 12/5/26" in Arabic).
    QLocale.setDefault(QLocale(code))
    # Widgets made before the switch keep the locale they were made with (a spin box would go on
    # showing Latin digits in Arabic): give the windows, and so every child, the new one.
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.setLocale(QLocale(code))
    name, rtl, families = LANGUAGES[code]
    font = QFont()
    font.setFamilies(families + [f for f in ALL_SCRIPTS if f not in families])
    font.setPointSize(10)
    QGuiApplication.setFont(font)
    QGuiApplication.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if code != "en":
        # Ours, and Qt's own (qtbase: the dialogs' standard buttons, size units) where Qt ships one.
        for path in (qt_catalog(code), Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath)) / f"qtbase_{code}.qm"):
            tr = QTranslator(app)
            if path is not None and tr.load(str(path)):
                app.installTranslator(tr)
                _translators.append(tr)


def current_language() -> str:
    return _current


def qt_catalog(code: str) -> Path | None:
    """The compiled Qt catalog of ``code``: the built one, or (in a source checkout without it, or
    with a newer ``.ts``) one compiled now into the cache; None when there is none to load."""
    built, source = LOCALES / f"{code}.qm", SOURCES / f"{code}.ts"
    if not source.is_file() or (built.is_file() and built.stat().st_mtime >= source.stat().st_mtime):
        return built if built.is_file() else None
    import platformdirs

    cached = Path(platformdirs.user_cache_dir("sovereign-appliance", appauthor=False)) / "qt-catalogs" / f"{code}.qm"
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(tool) if tool.is_file() else shutil.which("pyside6-lrelease")
    if tool is None:
        log.warning("no compiled catalog for %s and no pyside6-lrelease to compile %s: untranslated", code, source)
        return built if built.is_file() else None
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f".{code}.{os.getpid()}.qm")
        subprocess.run([tool, "-silent", str(source), "-qm", str(tmp)], check=True, capture_output=True, timeout=120)
        os.replace(tmp, cached)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s (%s): untranslated", source, exc)
        return built if built.is_file() else None
    return cached
