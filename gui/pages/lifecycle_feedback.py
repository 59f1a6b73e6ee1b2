"""Feedback under a Playground answer (docs/adaptation.md, "Capture"): when the answer's model
belongs to a line that captures, the core recorded the turn (``capture_turn``, called from the
Playground's chat job through ``capture``); under it 👍 / 👎 and "Correct this answer…", each a
``CaptureStore.feedback`` call (audited ``capture.feedback``, source ``playground``)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QToolButton, QWidget

from gui.pages.lifecycle_parts import emoji_font


def capture(ctx, export_id: str, messages: list[dict], answer: str, stats: dict) -> str | None:
    """In a chat job: the turn recorded for the line its model serves, when that line captures (the
    core's ``capture_turn``; nothing without the keys). Its item id, or None; a capture that fails
    never fails the chat."""
    if ctx.keys is None:
        return None
    from appliance.adapt.capture import capture_turn
    from appliance.errors import ApplianceError

    try:
        export = ctx.catalog.get_export(export_id)
        return capture_turn(ctx.home, ctx.catalog, ctx.keys, export, messages, answer, stats, source="playground")
    except ApplianceError:
        return None


class FeedbackRow(QWidget):
    """Under a pane: shown for the pane's last answer when it was captured (``capture_id``)."""

    def __init__(self, state, parent=None):
        super().__init__(parent)
        self.state = state
        self.message: dict | None = None  # the answer (a pane's history entry) it is about
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.good_btn, self.bad_btn = QToolButton(), QToolButton()
        self.correct_btn = QPushButton()
        self.correct_btn.setMinimumWidth(60)  # a long translation is cut, never widens the page
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setMinimumWidth(40)
        self.good_btn.clicked.connect(lambda: self.give(rating=1))
        self.bad_btn.clicked.connect(lambda: self.give(rating=-1))
        self.correct_btn.clicked.connect(self.correct)
        for w in (self.good_btn, self.bad_btn, self.correct_btn):
            row.addWidget(w)
        row.addWidget(self.note, 1)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        emoji = emoji_font()
        self.good_btn.setText("👍" if emoji else self.tr("Good"))
        self.bad_btn.setText("👎" if emoji else self.tr("Bad"))
        self.good_btn.setToolTip(self.tr("A good answer (recorded with the captured request)"))
        self.bad_btn.setToolTip(self.tr("A bad answer (recorded with the captured request)"))
        self.correct_btn.setText(self.tr("Correct this answer…"))
        self.correct_btn.setToolTip(
            self.tr("Write the answer it should have given; a reviewer decides whether it is learnt.")
        )
        self.show_for(self.message)

    def show_for(self, message: dict | None) -> None:
        """``message``: the pane's last answer (None: no answer yet)."""
        self.message = message if message and message.get("capture_id") else None
        self.setVisible(self.message is not None)
        if self.message is not None:
            self.note.setText(
                self.tr("Thank you: recorded for review.")
                if self.message.get("feedback_given")
                else self.tr("Captured for this line's review: was it right?")
            )

    def give(self, rating: int | None = None, correction: str | None = None) -> None:
        from gui.pages import lifecycle_tasks

        m = self.message
        if m is None:
            return

        def done(_r):
            m["feedback_given"] = True
            self.show_for(m if self.message is m else self.message)

        self.state.run(
            partial(lifecycle_tasks.feedback, item_id=m["capture_id"], rating=rating, correction=correction),
            needs_keys=True,
            refresh=False,
            on_done=done,
        )

    def correct(self) -> None:
        m = self.message
        if m is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Correct this answer"), self.tr("The answer the model should have given:"), m["content"]
        )
        if ok and text.strip() and text.strip() != m["content"].strip():
            self.give(correction=text.strip())

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
