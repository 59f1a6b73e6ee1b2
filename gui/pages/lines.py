"""The Evaluate page's Model lines tab: each line's production and candidate models, suites and
gate; "Promote to production" (the same core call as ``appliance promote LINE MODEL``) with the
gate's verdict, a refusal shown as that verdict; and the line's decisions, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.pages.datasets import fill, table
from gui.widgets.common import (
    FAIL_MARK,
    PASS_MARK,
    Banner,
    JobProgress,
    Section,
    button_row,
    fit_list,
    local_number,
    local_p,
    local_time,
    ltr,
    reading,
    status_color,
)


class LinesTab(QWidget):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.state = page.state
        self.decision: dict | None = None  # this session's last promotion decision (with its reports)
        self.job = None
        self._promoting = (None, None)  # (line, model) of the running promotion
        self._lines: list[dict] = []
        self._history: list[dict] = []
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.line = QComboBox()
        self.line.currentIndexChanged.connect(lambda _i: self.show_line())
        self.line_info = QLabel()
        self.line_info.setWordWrap(True)
        self.line_info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.model = QComboBox()
        self.promote_btn = QPushButton()
        self.promote_btn.clicked.connect(self.promote)
        promote_row = QHBoxLayout()
        promote_row.addWidget(self.model, 1)
        promote_row.addWidget(self.promote_btn)
        self.labels = [QLabel(), QLabel()]
        form.addRow(self.labels[0], self.line)
        form.addRow("", self.line_info)
        form.addRow(self.labels[1], promote_row)
        lay.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hint.hide()
        lay.addWidget(self.hint)
        self.waiting_note = QLabel()  # the line's promotion waiting for (or holding) a second person's approval
        self.waiting_note.setWordWrap(True)
        self.waiting_note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.waiting_note.setStyleSheet("font-weight:bold;")
        self.waiting_note.hide()
        lay.addWidget(self.waiting_note)
        self.progress = JobProgress()
        lay.addWidget(self.progress)

        self.verdict_box = Section()
        self.verdict = Banner()
        self.verdict_box.body.addWidget(self.verdict)
        self.checks = QListWidget()
        self.checks.setSelectionMode(QAbstractItemView.NoSelection)
        self.checks.setWordWrap(True)
        self.verdict_box.body.addWidget(self.checks)
        row, (self.show_report_btn,) = button_row(self.show_decision_report)
        self.verdict_box.body.addLayout(row)
        lay.addWidget(self.verdict_box)
        self.verdict_box.hide()

        self.history_box = Section()
        self.history = table(5)
        self.history.setMinimumHeight(110)
        self.history.itemSelectionChanged.connect(self.show_history_verdict)
        self.history_box.body.addWidget(self.history)
        lay.addWidget(self.history_box, 1)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Line"))
        self.labels[1].setText(self.tr("Model"))
        self.line.setPlaceholderText(self.tr("no model line yet"))
        self.promote_btn.setText(self.tr("Promote to production"))
        self.promote_btn.setToolTip(
            self.tr(
                "Evaluates the model on the line's suites where needed, compares it with the current "
                "production model, and moves it to production only if the line's gate passes."
            )
        )
        self.hint.setText(
            self.tr(
                "No model lines yet. A line names a customization, its suites and its promotion gate: "
                "create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`."
            )
        )
        self.verdict_box.setTitle(self.tr("The gate's verdict"))
        self.show_report_btn.setText(self.tr("Show its comparison"))
        self.history_box.setTitle(self.tr("Decisions"))
        if self._lines:
            self.show_approval(self.current_line())
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Decision"), self.tr("Channel"), self.tr("Model"), self.tr("Gate")]
        )

    def refresh(self) -> None:
        from appliance.eval.lines import Lines

        names = {m["id"]: m["name"] for m in self.state.catalog.list_models()}
        cur = self.line.currentData()
        self._lines = Lines(self.state.home, self.state.catalog).list()  # no key needed
        self.line.blockSignals(True)
        self.line.clear()
        for ln in self._lines:
            prod = (ln["channels"].get("production") or {}).get("model_id")
            cand = (ln["channels"].get("candidate") or {}).get("model_id")
            self.line.addItem(
                self.tr("{line} (production: {production}; candidate: {candidate})").format(
                    line=ltr(ln["name"]), production=ltr(names.get(prod, "–")), candidate=ltr(names.get(cand, "–"))
                ),
                ln["name"],
            )
        idx = self.line.findData(cur)
        self.line.setCurrentIndex(idx if idx >= 0 else (0 if self._lines else -1))
        self.line.blockSignals(False)
        self.hint.setVisible(not self._lines)
        current_model = self.model.currentData()
        self.model.clear()
        for m in self.page.servable_models():  # promotion evaluates through llama.cpp
            self.model.addItem(m["name"], m["name"])
        idx = self.model.findData(current_model)
        if idx >= 0:
            self.model.setCurrentIndex(idx)
        self.promote_btn.setEnabled(bool(self._lines) and self.job is None)
        self.show_line()

    def current_line(self) -> dict | None:
        return next((ln for ln in self._lines if ln["name"] == self.line.currentData()), None)

    def show_line(self) -> None:
        from appliance.eval.lines import Lines

        line = self.current_line()
        self.history_box.setVisible(line is not None)
        self.show_approval(line)
        if line is None:
            self.line_info.clear()
            self.verdict_box.hide()
            fill(self.history, [])
            return
        names = {m["id"]: m["name"] for m in self.state.catalog.list_models()}
        channels = []
        for ch, label in (("production", self.tr("production")), ("candidate", self.tr("candidate"))):
            c = line["channels"].get(ch)
            if c:
                channels.append(
                    self.tr("{channel}: {model} since {since}").format(
                        channel=label, model=ltr(names.get(c["model_id"], c["model_id"])), since=local_time(c["since"])
                    )
                )
            else:
                channels.append(self.tr("{channel}: none").format(channel=label))
        self.line_info.setText(
            "\n".join(
                reading(part)
                for part in [
                    "; ".join(channels),
                    self.tr("Suites: {suites}").format(suites=ltr(", ".join(line["suites"]))),
                    self.tr("Gate: {gate}").format(gate=self.gate_text(line["gate"])),
                ]
            )
        )
        kinds = {"promote": self.tr("promoted"), "refused": self.tr("refused"), "rebase": self.tr("rebased")}
        self._history = list(reversed(Lines(self.state.home, self.state.catalog).history(line["name"])))
        fill(
            self.history,
            [
                [
                    local_time(h["created_at"]),
                    kinds.get(h["kind"], h["kind"]),
                    h["channel"],
                    names.get(h["model_id"], h["model_id"]),
                    self.tr("passed") if h["passed"] else self.tr("refused"),
                ]
                for h in self._history
            ],
        )
        if self._history:
            self.history.setCurrentCell(0, 0)  # the newest decision's verdict
            self.show_history_verdict()  # (no selection signal when row 0 was already current)
        else:
            self.verdict_box.hide()

    def gate_text(self, gate: dict) -> str:
        """A gate's settings in words (docs/evaluation.md, "Gates")."""
        parts = [self.tr("pass rate at least {pct} %").format(pct=local_number(100 * gate.get("min_pass_rate", 0), 0))]
        for key, minimum in sorted((gate.get("min_slice_pass_rate") or {}).items()):
            parts.append(
                self.tr("{slice} pass rate at least {pct} %").format(slice=ltr(key), pct=local_number(100 * minimum, 0))
            )
        if gate.get("must_pass"):
            parts.append(self.tr("must pass: {cases}").format(cases=ltr(", ".join(gate["must_pass"]))))
        parts.append(
            self.tr("no drop over {pct} % against production that is significant (p < {p})").format(
                pct=local_number(100 * gate.get("max_drop", 0), 0), p=local_p(gate.get("significance", 0.05))
            )
        )
        return "; ".join(parts)

    def show_history_verdict(self) -> None:
        r = self.history.currentRow()
        if not 0 <= r < len(self._history):
            return
        h = self._history[r]
        verdict = h.get("verdict") or {}
        self.show_verdict(bool(h["passed"]), verdict.get("summary", ""), verdict.get("checks", []))
        # The full comparison (answers included) is at hand only for this session's own decision.
        mine = self.decision is not None and self.decision.get("event_id") == h["id"]
        self.show_report_btn.setVisible(mine and bool(self.decision.get("reports")))

    def show_verdict(self, passed: bool, summary: str, checks: list[dict]) -> None:
        from gui.core_text import core_text

        self.verdict.set_verdict(
            passed, reading(core_text(summary) or (self.tr("passed") if passed else self.tr("refused")))
        )
        self.checks.clear()
        for c in checks:
            item = QListWidgetItem(reading(f"{PASS_MARK if c['passed'] else FAIL_MARK}  {core_text(c['text'])}"))
            item.setForeground(QBrush(QColor(status_color(self.checks, c["passed"]))))
            self.checks.addItem(item)
        fit_list(self.checks, len(checks), 1, 6)
        self.verdict_box.show()

    def promote(self) -> None:
        from functools import partial

        from gui import tasks

        line, model = self.line.currentData(), self.model.currentData()
        if not line or not model:
            self.page.info(self.tr("Choose a model line and a model with a verified export."), "error")
            return
        job = self.state.run(partial(tasks.promote, line=line, model=model), needs_keys=True, on_done=self._decided)
        if job is None:
            return
        self.job = job
        self._promoting = (line, model)
        self.promote_btn.setEnabled(False)
        job.finished.connect(self._finished)
        self.progress.attach(job)

    def _finished(self) -> None:
        self.job = None
        self.promote_btn.setEnabled(bool(self._lines))

    def _decided(self, decision: dict) -> None:
        if decision.get("waiting_for_approval"):
            self.refresh()  # the request is shown under the line
            self.page.info(
                self._waiting_text(decision["waiting_for_approval"], decision["model"], decision["line"]), "info"
            )
            return
        self.decision = decision
        self.refresh()  # the new decision heads the history, its verdict shown
        line, model = self._promoting
        if decision["passed"]:
            self.page.info(
                self.tr("{model} is now {line}@production.").format(model=ltr(model), line=ltr(line)), "success"
            )

    def show_decision_report(self) -> None:
        """The comparison behind this session's decision, on the Compare tab (the gate's summary with it)."""
        if self.decision and self.decision.get("reports"):
            self.page.show_report(self.decision["reports"][0], verdict=self.decision)
            self.page.tabs.setCurrentIndex(0)

    def show_approval(self, line: dict | None) -> None:
        """The line's newest promotion request that still counts (docs/governance.md): waiting for a
        second person, or approved and not used yet (the same promotion goes through once)."""
        from appliance.audit import approvals

        requests = [
            r
            for r in (approvals.list_requests(self.state.catalog) if line is not None else [])
            if r["action"] in ("line.promote", "adapt.promote")
            and r["binding"].get("line_id") == line["id"]
            and r["status"] in ("pending", "approved")
        ]
        if not requests:
            self.waiting_note.hide()
            return
        r = requests[0]  # newest first
        b = r["binding"]
        if r["status"] == "pending":
            text = self._waiting_text(r["id"], b.get("model"), b.get("line"))
        else:
            text = self.tr(
                "Request {id} is approved: promote {model} again to move it to {line}@production (an approval is "
                "used once, for this model and this verdict)."
            ).format(id=ltr(r["id"]), model=ltr(b.get("model")), line=ltr(b.get("line")))
        self.waiting_note.setText(reading(text))
        self.waiting_note.show()

    def _waiting_text(self, request_id: str, model: str, line: str) -> str:
        return self.tr(
            "Waiting for approval: request {id} asks a second person to let {model} become "
            "{line}@production. An approver finds it on the Approvals page; promote again once it is "
            "approved. Nothing was changed."
        ).format(id=ltr(request_id), model=ltr(model), line=ltr(line))
