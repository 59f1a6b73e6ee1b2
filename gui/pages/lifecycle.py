"""Lifecycle page: a model line after it ships (docs/adaptation.md). What it serves is captured
(with consent, sealed, audited), people's feedback is reviewed before anything learns from it,
its traffic is checked for drift, and it is retrained, judged and promoted (or waits for an
operator's approval).

Every action is the core call the command line makes: the capture switch is
``CaptureStore.configure``, a review ``CaptureStore.decide`` (after ``read(…, purpose="review")``),
"Make dataset" ``dataset_from_feedback``, "Check now" ``appliance drift check``'s, "Retrain now"
``retrain_now``, Approve / Refuse / Cancel ``AdaptStore.approve`` / ``refuse`` / ``cancel``
(``gui/pages/lifecycle_tasks.py``). The sections are ``lifecycle_review.py`` (the review queue),
``lifecycle_drift.py`` (the checks and their charts) and ``lifecycle_timeline.py``.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from gui.pages.lifecycle_drift import DriftSection
from gui.pages.lifecycle_parts import MIB, hint_label
from gui.pages.lifecycle_review import ReviewSection
from gui.pages.lifecycle_timeline import TimelineSection
from gui.widgets.common import Page, Section, local_number, local_size, ltr, reading, wrapping_check


class CaptureSection(Section):
    """The line's capture switch, retention and size cap (Apply: ``configure``), and what is kept."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        form = QFormLayout()
        self.enabled = QCheckBox()
        holder, self.enabled_text = wrapping_check(self.enabled)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.cap = QSpinBox()
        self.cap.setRange(1, 1024 * 1024)  # MiB; the core refuses less than 4 KiB
        for box in (self.days, self.cap):
            box.setMinimumWidth(110)
            box.setMaximumWidth(200)
        self.labels = [QLabel(), QLabel()]
        form.addRow(holder)
        form.addRow(self.labels[0], self.days)
        form.addRow(self.labels[1], self.cap)
        self.body.addLayout(form)
        row = QHBoxLayout()
        self.apply_btn = QPushButton()
        self.apply_btn.clicked.connect(self.apply)
        row.addWidget(self.apply_btn)
        self.usage = QLabel()
        self.usage.setWordWrap(True)
        row.addWidget(self.usage, 1)
        self.body.addLayout(row)
        self.hint = hint_label()
        self.body.addWidget(self.hint)
        self.settings: dict | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Capture"))
        self.enabled_text.setText(self.tr("Record what this line serves (sealed, every read audited)"))
        self.labels[0].setText(self.tr("Keep for"))
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr("Captured items older than this are deleted."))
        self.labels[1].setText(self.tr("Size cap"))
        self.cap.setSuffix(self.tr(" MiB"))
        self.cap.setToolTip(
            self.tr("At the cap capture pauses (serving goes on) until items are reviewed or the cap is raised.")
        )
        self.apply_btn.setText(self.tr("Apply"))

    def show_line(self, line: dict | None) -> None:
        from appliance.adapt.capture import CaptureStore

        for w in (self.enabled, self.days, self.cap, self.apply_btn):
            w.setEnabled(line is not None)
        if line is None:
            self.settings = None
            self.usage.clear()
            self.hint.hide()
            return
        store = CaptureStore(self.page.state.home, self.page.state.catalog)
        s = store.settings(line["id"])
        if s != self.settings:  # stored anew (or another line): what is not applied yet is kept otherwise
            self.enabled.setChecked(s["enabled"])
            self.days.setValue(int(s["retention_days"]))
            self.cap.setValue(max(1, round(int(s["max_bytes"]) / MIB)))
        self.settings = s
        n = self.page.state.catalog.db["capture_items"].count_where("line_id = ?", [line["id"]])
        self.usage.setText(
            reading(
                self.tr("{n} item(s) captured, {size} of {cap}").format(
                    n=local_number(n), size=local_size(store.used_bytes(line["id"])), cap=local_size(s["max_bytes"])
                )
            )
        )
        self.hint.setText(self.tr("Capture is off for this line: switch it on to record what it serves."))
        self.hint.setVisible(not s["enabled"])

    def apply(self) -> None:
        from gui.pages import lifecycle_tasks as tasks

        line = self.page.current_line()
        if line is None:
            return
        enabled = self.enabled.isChecked()
        max_bytes = self.cap.value() * MIB
        if self.settings and self.cap.value() == max(1, round(int(self.settings["max_bytes"]) / MIB)):
            max_bytes = int(self.settings["max_bytes"])  # unchanged: a cap set to a fraction of a MiB stays
        job = self.page.state.run(
            partial(
                tasks.configure,
                line=line["name"],
                enabled=enabled,
                retention_days=self.days.value(),
                max_bytes=max_bytes,
            ),
            needs_keys=enabled,  # switching on makes the line's capture key
            on_done=lambda s: self.page.info(
                self.tr("Capture is on for {line}.").format(line=ltr(line["name"]))
                if s["enabled"]
                else self.tr("Capture is off for {line}.").format(line=ltr(line["name"])),
                "success",
            ),
        )
        if job is not None:
            self.apply_btn.setEnabled(False)
            job.finished.connect(lambda: self.apply_btn.setEnabled(self.page.current_line() is not None))


class LifecyclePage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._lines: list[dict] = []
        self._stale = True
        lay = QVBoxLayout(self)
        top = QFormLayout()
        self.line_label = QLabel()
        self.line = QComboBox()
        self.line.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.line.setMinimumContentsLength(16)
        self.line.currentIndexChanged.connect(lambda _i: self.show_line())
        top.addRow(self.line_label, self.line)
        lay.addLayout(top)
        self.line_info = QLabel()
        self.line_info.setWordWrap(True)
        self.line_info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.line_info)
        self.no_lines = hint_label()
        lay.addWidget(self.no_lines)
        self.capture = CaptureSection(self)
        self.review = ReviewSection(self)
        self.drift = DriftSection(self)
        self.timeline = TimelineSection(self)
        self.sections = [self.capture, self.review, self.drift, self.timeline]
        for s in self.sections:
            lay.addWidget(s)
        lay.addStretch(1)
        self.state.lock_changed.connect(self.review.on_lock)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Lifecycle")

    def retranslate(self) -> None:
        self.line_label.setText(self.tr("Line"))
        self.line.setPlaceholderText(self.tr("no model line yet"))
        self.no_lines.setText(
            self.tr(
                "No model lines yet. A line is what this appliance serves, watches and retrains: create one "
                "with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, then come "
                "back here to switch on capture."
            )
        )
        for s in self.sections:
            s.retranslate()
        self.refresh()

    # Data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The lines and the chosen line's sections, read again; while the page is not shown only
        noted, and done when it is (nothing of the loop, nor pyqtgraph, loads at start-up)."""
        from appliance.eval.lines import Lines

        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        cur = self.line.currentData()
        self._lines = Lines(self.state.home, self.state.catalog).list()
        self.line.blockSignals(True)
        self.line.clear()
        for ln in self._lines:
            self.line.addItem(ln["name"], ln["name"])
        idx = self.line.findData(cur)
        self.line.setCurrentIndex(idx if idx >= 0 else (0 if self._lines else -1))
        self.line.blockSignals(False)
        self.no_lines.setVisible(not self._lines)
        self.show_line()

    def current_line(self) -> dict | None:
        return next((ln for ln in self._lines if ln["name"] == self.line.currentData()), None)

    def set_line(self, name: str) -> None:
        idx = self.line.findData(name)
        if idx >= 0:
            self.line.setCurrentIndex(idx)

    def show_line(self) -> None:
        line = self.current_line()
        for s in self.sections:
            s.setVisible(line is not None)
        self.line_info.setVisible(line is not None)
        if line is not None:
            self.line_info.setText(reading(self.line_text(line)))
        for s in self.sections:
            s.show_line(line)

    def line_text(self, line: dict) -> str:
        names = {m["id"]: m["name"] for m in self.state.catalog.list_models()}
        parts = []
        for ch, label in (("production", self.tr("production")), ("candidate", self.tr("candidate"))):
            c = line["channels"].get(ch)
            model = ltr(names.get(c["model_id"], c["model_id"])) if c else "–"
            parts.append(self.tr("{channel}: {model}").format(channel=label, model=model))
        return "; ".join(parts)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.FontChange:  # another language's font: taller rows
            for s in self.sections:
                if hasattr(s, "fit"):
                    s.fit()
        super().changeEvent(event)
