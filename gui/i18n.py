"""Languages, fonts and layout direction.

Translations are Qt catalogs (``locales/<code>.ts`` sources, compiled ``.qm``); switching the
language installs another ``QTranslator`` and every widget re-reads its texts on the
``LanguageChange`` event. The scripts' fonts are bundled (Noto Sans and its Devanagari, Tamil
and Arabic companions, OFL: ``gui/fonts/OFL.txt``) and registered at start, so text renders on
a machine that has none of them. Arabic switches the whole layout to right-to-left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

ROOT = Path(__file__).resolve().parent.parent
LOCALES = Path(__file__).resolve().parent / "locales"  # package data: in a wheel and a frozen build too
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
    if code not in LANGUAGES:
        code = "en"
    _current = code
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
        for path in (
            LOCALES / f"{code}.qm",
            Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath)) / f"qtbase_{code}.qm",
        ):
            tr = QTranslator(app)
            if tr.load(str(path)):
                app.installTranslator(tr)
                _translators.append(tr)


def current_language() -> str:
    return _current
