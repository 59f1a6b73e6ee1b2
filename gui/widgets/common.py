"""Small shared widgets: the message panel, a section frame, a verdict banner, a lineage chain."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.core_text import progress_text

STYLES = {
    "error": "background:#fde4e4; color:#7a1010; border:1px solid #e3a4a4;",
    "info": "background:#e8f0fb; color:#143a66; border:1px solid #a9c3e6;",
    "success": "background:#e3f6e5; color:#145a1f; border:1px solid #9fd3a6;",
}


class MessagePanel(QFrame):
    """The one place where the core's messages (and errors) appear.

    It floats over the top of the page area (``attach``) instead of taking a place in the
    window's layout: a message that comes or goes moves nothing below it (issue 25, item 27: the
    whole window jumped). It shows text, or what the core said as such: an ``ApplianceError``, a
    ``Message`` or a message dict, rendered in the interface language (``gui/core_text.py``) and
    kept, so that a language switch renders it again in the new language; text (the window's own,
    or a message already rendered) was written in the old language, and is closed rather than
    left behind."""

    MAX_SHARE = 0.6  # of the page area's height; a longer message scrolls inside the panel

    def __init__(self, parent=None):
        from PySide6.QtWidgets import QGraphicsDropShadowEffect, QScrollArea

        super().__init__(parent)
        self.setObjectName("MessagePanel")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.text)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.close_button = QPushButton("×")
        self.close_button.setFixedWidth(28)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        lay.addWidget(self.scroll, 1)
        lay.addWidget(self.close_button, 0, Qt.AlignTop)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(12)
        shadow.setOffset(0, 2)
        self.setGraphicsEffect(shadow)
        self.level = ""
        self.raw = ""  # the message as it came: text, or the core's error / Message / message dict
        self.anchor = None
        self.hide()

    def attach(self, anchor: QWidget) -> None:
        """Float over the top of ``anchor`` (a sibling: the page area), following its size."""
        self.anchor = anchor
        anchor.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.anchor and event.type() in (QEvent.Resize, QEvent.Move) and not self.isHidden():
            self.place()
        return super().eventFilter(obj, event)

    def place(self) -> None:
        if self.anchor is None:
            return
        geo = self.anchor.geometry()
        margins = self.layout().contentsMargins()
        inner = geo.width() - margins.left() - margins.right() - self.close_button.width() - 12
        wanted = self.text.heightForWidth(max(inner, 50)) + margins.top() + margins.bottom() + 4
        height = min(max(wanted, 36), int(geo.height() * self.MAX_SHARE))
        self.setGeometry(geo.x(), geo.y(), geo.width(), height)
        self.raise_()

    def show_message(self, text, level: str = "info") -> None:
        """``text``: a string, or an ``ApplianceError``, a ``Message`` or a message dict."""
        self.level = level
        self.raw = text
        style = STYLES.get(level, STYLES["info"])
        text_color = style.split("color:", 1)[1].split(";", 1)[0]
        # The text's color is set on the label itself: inherited from a dark palette it was pale
        # on the panel's fixed pale background, unreadable (issue 18, D13).
        self.setStyleSheet(
            f"QFrame#MessagePanel {{{style} border-radius:4px;}} "
            f"QFrame#MessagePanel QLabel, QFrame#MessagePanel QPushButton {{color:{text_color};}}"
        )
        from gui.core_text import core_text

        self.text.setText(core_text(text))  # the core's message in the interface language (D11)
        self.show()
        self.place()

    def renders_again(self) -> bool:
        """Whether the message shown can be written again in another language (what the core said,
        kept as such; not text already written in one)."""
        return not isinstance(self.raw, str)

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange and not self.isHidden():
            from gui.core_text import core_text

            if self.renders_again():
                self.text.setText(core_text(self.raw))
                self.place()
            else:
                self.hide()
        super().changeEvent(event)


class Section(QFrame):
    """A titled block of a page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:bold; font-size:11pt;")
        self.outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.outer.addLayout(self.body)

    def setTitle(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.title.setText(text)


class Banner(QLabel):
    """A large pass/fail verdict."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def set_verdict(self, ok: bool, text: str) -> None:
        style = STYLES["success"] if ok else STYLES["error"]
        self.setStyleSheet(f"QLabel {{{style} font-size:14pt; font-weight:bold; padding:10px; border-radius:6px;}}")
        self.setText(text)
        self.show()


class Chain(QWidget):
    """Lineage as a chain of boxes joined by arrows: newest on the reading-start side."""

    clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """``items``: (title, subtitle) from the object to its origins."""
        while self.lay.count():
            w = self.lay.takeAt(0).widget()
            if w:
                w.hide()  # off screen now, not at the next event-loop turn
                w.setParent(None)
                w.deleteLater()
        for i, (title, sub) in enumerate(items):
            if i:
                arrow = QLabel("←" if self.layoutDirection() == Qt.LeftToRight else "→")
                arrow.setStyleSheet("font-size:16pt; color:#666;")
                self.lay.addWidget(arrow)
            box = QLabel(f"<b>{title}</b><br><span style='color:#555'>{sub}</span>")
            box.setStyleSheet("border:1px solid #9ab; border-radius:5px; padding:6px; background:#f6f9fb;")
            self.lay.addWidget(box)
        self.lay.addStretch(1)

    def set_lineage(self, descriptions: list[dict]) -> None:
        """``Catalog.lineage`` (``describe`` dicts, from the object to its origins) as boxes: each
        object's label and its kind in the interface language; a removed one by its id."""
        kinds = {
            "model": self.tr("model"),
            "export": self.tr("export"),
            "run": self.tr("training run"),
            "dataset": self.tr("dataset"),
        }
        items = []
        for d in descriptions:
            if not d["exists"]:
                items.append((d["id"], self.tr("removed") if d["kind"] else ""))
            else:
                items.append((d["label"], kinds.get(d["kind"], d["kind"])))
        self.set_items(items)

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LayoutDirectionChange:
            for i in range(self.lay.count()):
                w = self.lay.itemAt(i).widget()
                if isinstance(w, QLabel) and w.text() in ("←", "→"):
                    w.setText("←" if self.layoutDirection() == Qt.LeftToRight else "→")
        super().changeEvent(event)


def text_direction(text: str) -> str:
    """ "rtl" or "ltr" from the first strongly directional character (Unicode bidi rule P2)."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def local_time(iso: str | None, seconds: bool = False, utc: bool = False) -> str:
    """A stored UTC timestamp (ISO 8601) as local time in the interface language's date and time
    format (QLocale: Arabic reads "٢٢‏/١١‏/٢٠٢٦ ٩:٠٤ م", not "21:04:42 2026-11-22"; D11);
    ``utc`` keeps it in UTC (the audit page's columns and filters are in UTC)."""
    from PySide6.QtCore import QDateTime, QLocale

    if not iso:
        return ""
    dt = QDateTime.fromString(str(iso), Qt.ISODateWithMs)
    if not dt.isValid():
        dt = QDateTime.fromString(str(iso), Qt.ISODate)
    if not dt.isValid():
        return str(iso)
    loc = QLocale()
    fmt = loc.dateTimeFormat(QLocale.ShortFormat)
    if seconds and ":ss" not in fmt:
        fmt = fmt.replace(":mm", ":mm:ss")
    return loc.toString(dt.toUTC() if utc else dt.toLocalTime(), fmt)


def local_size(n) -> str:
    """A byte count in the interface language's digits and units (QLocale, IEC: KiB, MiB, GiB)."""
    from PySide6.QtCore import QLocale

    return QLocale().formattedDataSize(int(n or 0), 1, QLocale.DataSizeIecFormat)


def local_number(x, decimals: int | None = None) -> str:
    """A number in the interface language's digits and separators."""
    from PySide6.QtCore import QLocale

    if decimals is None:
        return QLocale().toString(int(x))
    return QLocale().toString(float(x), "f", decimals)


def reading(text: str) -> str:
    """``text`` laid out in the interface's reading direction: in a right-to-left language a
    right-to-left mark goes first, so a line that opens with a Latin name (a model, a suite)
    still reads from the right instead of taking that name's direction."""
    from PySide6.QtGui import QGuiApplication

    return "\u200f" + text if QGuiApplication.layoutDirection() == Qt.RightToLeft else text


def local_p(p) -> str:
    """A p-value with three significant digits, in the interface language's digits."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(p), "g", 3)


PASS_MARK, FAIL_MARK = "✓", "✗"  # a check or a case that passed / failed (with a green / red colour)


def fit_list(widget, rows: int, least: int = 2, most: int = 4) -> None:
    """A list as tall as ``rows`` rows, between ``least`` and ``most`` (it scrolls to the rest):
    no large empty box, and no page taller than a small screen."""
    per_row = max(widget.sizeHintForRow(0), 20)
    widget.setFixedHeight(min(max(rows, least), most) * per_row + 2 * widget.frameWidth() + 2)


def fit_table(t, least: int = 1, most: int = 4) -> None:
    """A table as tall as its rows (between ``least`` and ``most``; it scrolls to the rest), in
    the current language's font, with room for its horizontal scroll bar when it needs one."""
    vh = t.verticalHeader()
    n = t.rowCount()
    rows = sum(vh.sectionSize(i) for i in range(min(n, most))) + vh.defaultSectionSize() * max(0, least - n)
    h = t.horizontalHeader().sizeHint().height() + rows + 2 * t.frameWidth() + 2
    if t.horizontalHeader().length() > t.viewport().width():
        h += t.horizontalScrollBar().sizeHint().height()
    t.setFixedHeight(h)


def ltr(text) -> str:
    """Keep a path or an id left-to-right inside right-to-left text (Unicode isolates)."""
    return f"\u2066{text}\u2069"


class Page(QWidget):
    """Base of every page: ``retranslate()`` on language change, ``refresh()`` on data change."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        state.changed.connect(self._maybe_refresh)

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def _maybe_refresh(self) -> None:
        if not self.state.closed:
            self.refresh()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange and not self.state.closed:
            self.retranslate()
        super().changeEvent(event)

    def info(self, text: str, level: str = "info") -> None:
        self.state.message.emit(text, level)


class JobProgress(QWidget):
    """What a long job is doing: its stage, a bar (determinate when the core says how much is
    done), and Cancel. ``attach(job)`` follows a ``gui.jobs.Job`` until it finishes (D17: merges
    and imports showed only a busy bar, with no way to stop them)."""

    def __init__(self, parent=None):
        from PySide6.QtWidgets import QProgressBar

        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.stage = QLabel()
        self.stage.setWordWrap(True)  # a long stage in Tamil wraps instead of widening the page
        self.stage.setMinimumWidth(120)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(260)
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self.cancel)
        lay.addWidget(self.stage, 1)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_btn)
        self.job = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_btn.setText(self.tr("Cancel"))
        if self.job is not None and getattr(self, "_last", None) is not None:
            self.stage.setText(progress_text(self._last))

    def attach(self, job) -> None:
        if job is None:
            return
        self.job, self._last = job, None
        self.stage.setText(self.tr("Starting…"))
        self.bar.setRange(0, 0)
        self.cancel_btn.setEnabled(True)
        self.show()
        job.event.connect(self.on_event)
        job.finished.connect(self._finished)

    def on_event(self, event) -> None:
        from appliance.events import Progress, StageDone

        if isinstance(event, Progress):
            self._last = event
            self.stage.setText(progress_text(event))
            if event.total:
                self.bar.setRange(0, 1000)
                self.bar.setValue(int(1000 * min(1.0, event.done / event.total)))
            else:
                self.bar.setRange(0, 0)
        elif isinstance(event, StageDone) and event.detail:
            self._last = event
            self.stage.setText(progress_text(event))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_btn.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))

    def _finished(self) -> None:
        self.job = None
        self.hide()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def button_row(*slots) -> tuple[QHBoxLayout, list[QPushButton]]:
    """A row of buttons, one per slot (clicked → slot), left-aligned (a stretch after them).
    Their texts are set by the page's ``retranslate``."""
    row = QHBoxLayout()
    buttons = []
    for slot in slots:
        b = QPushButton()
        b.clicked.connect(slot)
        row.addWidget(b)
        buttons.append(b)
    row.addStretch(1)
    return row, buttons


def confirm_destructive(parent, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; No is the default button, so Enter keeps the
    data (issue 18, D15)."""
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Yes | QMessageBox.No, parent)
    box.setDefaultButton(QMessageBox.No)
    box.setEscapeButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes


def status_color(widget, ok: bool) -> str:
    """A green (ok) or red that reads on the widget's own background, light or dark (D13)."""
    dark = widget.palette().color(widget.backgroundRole()).lightness() < 128
    if ok:
        return "#7ee08a" if dark else "#145a1f"
    return "#ff8a8a" if dark else "#7a1010"


class _ClickLabel(QLabel):
    def __init__(self, box: QCheckBox):
        super().__init__()
        self.box = box
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event):  # noqa: N802
        if self.box.isEnabled():
            self.box.toggle()
        super().mouseReleaseEvent(event)


def wrapping_check(box: QCheckBox) -> tuple[QWidget, QLabel]:
    """``box`` with its text in a label that wraps (a QCheckBox's own text never does, and a long
    Tamil one widened the whole page): the container for the layout, and the label for its text.
    Clicking the label ticks the box, as clicking a check box's own text does."""
    holder = QWidget()
    lay = QHBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    label = _ClickLabel(box)
    label.setMinimumWidth(60)
    lay.addWidget(box, 0, Qt.AlignTop)
    lay.addWidget(label, 1)
    return holder, label
