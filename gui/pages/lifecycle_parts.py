"""Small pieces the Lifecycle page's sections share."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

MIB = 1024 * 1024


@lru_cache(maxsize=1)
def emoji_font() -> bool:
    """Whether the machine has an emoji font for 👍 / 👎 (the bundled fonts have none; an
    air-gapped machine may have none either, and then the words are shown alone)."""
    from PySide6.QtGui import QFontDatabase

    return any("emoji" in f.lower() for f in QFontDatabase.families())


def hint_label() -> QLabel:
    """A label for an empty state or a note: wraps, selectable, hidden until it has something to say."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.hide()
    return label
