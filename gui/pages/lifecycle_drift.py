"""The Lifecycle page's drift section: a line's newest drift checks (``AdaptStore.drift_checks``)
as a table and, for the selected check, one chart per detector that ran: its p-value across the
checks on a log axis, the threshold it is held to (alpha over the detectors that ran) as a dashed
line, alarms marked, the selected check a vertical line. "Check now" is the core call of
``appliance drift check`` (``check_drift_now``) on a worker thread. pyqtgraph loads when a chart
is first drawn."""

from __future__ import annotations

import math
from functools import partial

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.pages.datasets import fill, table
from gui.pages.lifecycle_parts import hint_label
from gui.widgets.common import JobProgress, Section, fit_table, local_number, local_p, local_time, reading, status_color

P_FLOOR = 1e-16  # a p-value of 0 (underflow) drawn at the floor of the log axis
CHART_HEIGHT = 150
BLUE, RED, GREY = "#1f77b4", "#d62728", "#888888"


def _log_axis():
    """A left axis for log10 p-values whose ticks are the p-values themselves in the interface
    language's digits (0.001, 1e-06), not exponents."""
    from gui.widgets.plots import _axis_class

    base = _axis_class()

    class PValueAxis(base):
        def tickStrings(self, values, scale, spacing):  # noqa: N802
            if not self.logMode:
                return super().tickStrings(values, scale, spacing)
            loc = QLocale()
            loc.setNumberOptions(QLocale.OmitGroupSeparator)
            return [
                loc.toString(10.0**v, "g", 1) if v < -3 else loc.toString(10.0**v, "f", max(0, -round(v)))
                for v in values
            ]

    return PValueAxis


class _Chart(QWidget):
    """One detector's chart (its size asked for small: the page scrolls, and pyqtgraph asks 640×480)."""

    def __init__(self):
        import pyqtgraph as pg

        from gui.widgets.plots import _axis_class

        super().__init__()
        pg.setConfigOptions(antialias=True, background="w", foreground="k")  # as the Train page's plot
        self.setLayoutDirection(Qt.LeftToRight)  # a plot reads left to right in every language
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        axes = {"left": _log_axis()(orientation="left"), "bottom": _axis_class()(orientation="bottom")}
        self.plot = pg.PlotWidget(background="w", axisItems=axes)
        self.plot.setLayoutDirection(Qt.LeftToRight)
        self.plot.getPlotItem().setLayoutDirection(Qt.LeftToRight)
        self.plot.setLogMode(y=True)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.getAxis("left").setWidth(62)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumSize(160, CHART_HEIGHT)
        self.plot.setFixedHeight(CHART_HEIGHT)
        self.pvalues = self.plot.plot([], [], pen=pg.mkPen(BLUE, width=2), symbol="o", symbolSize=6, symbolBrush=BLUE)
        self.threshold = self.plot.plot([], [], pen=pg.mkPen(RED, width=1, style=Qt.DashLine))
        self.alarms = self.plot.plot([], [], pen=None, symbol="o", symbolSize=10, symbolBrush=RED, symbolPen=RED)
        self.selected = pg.InfiniteLine(angle=90, pen=pg.mkPen(GREY, width=1, style=Qt.DotLine))
        self.plot.addItem(self.selected)
        lay.addWidget(self.plot)
        self.points: list[tuple[int, float, float, bool]] = []  # what is drawn

    def sizeHint(self):  # noqa: N802
        return QSize(240, CHART_HEIGHT)

    def minimumSizeHint(self):  # noqa: N802
        return QSize(160, CHART_HEIGHT)

    def draw(self, title: str, points: list[tuple[int, float, float, bool]], at: int) -> None:
        """``points``: (check number, p-value, threshold, alarm), oldest first; ``at``: the selected check."""
        self.points = points
        self.plot.setTitle(title, size="9pt")
        xs = [x for x, *_ in points]
        self.pvalues.setData(xs, [max(p, P_FLOOR) for _, p, _, _ in points])
        self.threshold.setData(xs, [max(t, P_FLOOR) for _, _, t, _ in points])
        alarms = [(x, max(p, P_FLOOR)) for x, p, _, alarm in points if alarm]
        self.alarms.setData([x for x, _ in alarms], [y for _, y in alarms])
        self.selected.setValue(at)
        n = max(xs + [at, 1])
        step = max(1, math.ceil(n / 8))
        self.plot.getAxis("bottom").setTicks([[(i, local_number(i)) for i in range(1, n + 1, step)]])
        low = min([max(p, P_FLOOR) for _, p, _, _ in points] + [max(t, P_FLOOR) for _, _, t, _ in points] + [1e-3])
        self.plot.setYRange(math.log10(low) - 0.3, 0.2, padding=0)
        self.plot.setXRange(0.5, max(xs + [at, 2]) + 0.5, padding=0)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.picture = None  # the ticks in the current language's digits
            axis.update()


class DriftSection(Section):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.state = page.state
        self.checks: list[dict] = []  # newest first
        self.charts: dict[str, _Chart] = {}
        self.job = None
        self._newest = False  # select the newest check at the next refresh
        row = QHBoxLayout()
        self.check_btn = QPushButton()
        self.check_btn.clicked.connect(self.check_now)
        self.about = QLabel()
        self.about.setWordWrap(True)
        row.addWidget(self.about, 1)
        row.addWidget(self.check_btn, 0, Qt.AlignTop)
        self.body.addLayout(row)
        self.progress = JobProgress()
        self.body.addWidget(self.progress)
        self.table = table(4)
        self.table.itemSelectionChanged.connect(self.draw)
        self.body.addWidget(self.table)
        self.empty = hint_label()
        self.body.addWidget(self.empty)
        self.grid_box = QWidget()
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.grid_box)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.body.addWidget(self.legend)
        self.not_run = QLabel()
        self.not_run.setWordWrap(True)
        self.not_run.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.body.addWidget(self.not_run)

    def detector_names(self) -> dict[str, str]:
        return {
            "script_mix": self.tr("Scripts of the prompts"),
            "prompt_length": self.tr("Prompt length"),
            "tokens_per_char": self.tr("Tokens per character"),
            "byte_fallback": self.tr("Byte-fallback tokens"),
            "embedding": self.tr("Meaning (embeddings)"),
            "answer_length": self.tr("Answer length"),
            "refusal_rate": self.tr("Refusals"),
            "rating_rate": self.tr("Bad ratings"),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Drift"))
        self.check_btn.setText(self.tr("Check now"))
        self.check_btn.setToolTip(
            self.tr("Compare the line's recent traffic with its reference now (the same check the watch loop runs).")
        )
        self.about.setText(
            self.tr(
                "Each check compares a window of recent requests with the line's reference through several "
                "tests; a p-value under its threshold is an alarm."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Requests"), self.tr("Verdict"), self.tr("Alarms")]
        )
        self.legend.setText(
            self.tr(
                "Each chart: the detector's p-value at each check, oldest on the left (log scale; lower means "
                "further from the reference), the dashed line its threshold, red dots alarms, the dotted line "
                "the selected check."
            )
        )
        self.empty.setText(
            self.tr(
                "No drift check yet for this line: press Check now to compare its recent traffic (captured "
                "requests) with the data it was trained on."
            )
        )
        # The rows are written again by the page's refresh (when it is shown).

    # Data --------------------------------------------------------------------------------------
    def show_line(self, line: dict | None) -> None:
        from gui.pages import lifecycle_tasks as tasks

        r = self.table.currentRow()
        before = self.checks[r]["id"] if 0 <= r < len(self.checks) else None
        if self._newest:  # a check just made here: show it
            before, self._newest = None, False
        self.checks = []
        if line is not None and tasks.loop_available():
            from appliance.adapt.loop import AdaptStore

            rows = AdaptStore(self.state.home, self.state.catalog).drift_checks(line["id"], limit=50)
            self.checks = sorted(rows, key=lambda r: r["created_at"], reverse=True)
        self.check_btn.setEnabled(line is not None and self.job is None and tasks.loop_available())
        names = self.detector_names()
        ids = [c["id"] for c in self.checks]
        self.table.blockSignals(True)
        fill(
            self.table,
            [
                [
                    local_time(c["created_at"]),
                    local_number(c.get("n_window") or 0),
                    self.tr("drift") if c["alarm"] else self.tr("no drift"),
                    ", ".join(names.get(r["name"], r["name"]) for r in self._results(c) if r.get("alarm")) or "–",
                ]
                for c in self.checks
            ],
        )
        for i, c in enumerate(self.checks):
            self.table.item(i, 2).setForeground(QBrush(QColor(status_color(self.table, not c["alarm"]))))
        if self.checks:
            self.table.setCurrentCell(ids.index(before) if before in ids else 0, 0)  # else the newest
        self.table.blockSignals(False)
        self.fit()
        self.empty.setVisible(line is not None and not self.checks)
        self.legend.setVisible(bool(self.checks))
        self.draw()

    @staticmethod
    def _results(check: dict) -> list[dict]:
        return list((check.get("result") or {}).get("results") or [])

    def fit(self) -> None:
        fit_table(self.table, 1, 4)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self.draw()  # the charts are drawn once the page is shown (pyqtgraph loads then)

    def draw(self) -> None:
        """The selected check's charts: one per detector that ran in it."""
        from gui.core_text import core_text

        r = self.table.currentRow()
        check = self.checks[r] if 0 <= r < len(self.checks) else None
        ran = [x for x in self._results(check) if x.get("ran")] if check else []
        skipped = [x for x in self._results(check) if not x.get("ran")] if check else []
        names = self.detector_names()
        self.not_run.setVisible(bool(skipped))
        self.not_run.setText(
            "\n".join(
                reading(
                    self.tr("{detector} did not run: {why}").format(
                        detector=names.get(x["name"], x["name"]), why=core_text(x.get("why_not") or "")
                    )
                )
                for x in skipped
            )
        )
        self.grid_box.setVisible(bool(ran))
        if not ran or not self.isVisible():
            return
        order = list(reversed(self.checks))  # oldest first: check 1 on the left
        at = order.index(check) + 1
        for w in self.charts.values():
            w.hide()
        for i, res in enumerate(ran):
            chart = self.charts.get(res["name"])
            if chart is None:
                chart = self.charts[res["name"]] = _Chart()
            self.grid.addWidget(chart, i // 2, i % 2)
            chart.show()
            points = []
            for n, c in enumerate(order, start=1):
                x = next((y for y in self._results(c) if y["name"] == res["name"] and y.get("ran")), None)
                if x is not None and x.get("p_value") is not None:
                    points.append((n, float(x["p_value"]), float(x.get("threshold") or 0.0), bool(x.get("alarm"))))
            title = self.tr("{detector}: p = {p}").format(
                detector=names.get(res["name"], res["name"]), p=local_p(res["p_value"])
            )
            chart.draw(title, points, at)

    # Check now ---------------------------------------------------------------------------------
    def check_now(self) -> None:
        from gui.pages import lifecycle_tasks as tasks

        line = self.page.current_line()
        if line is None:
            return

        def done(row):
            self._newest = True
            verdict = self.tr("drift") if row.get("alarm") else self.tr("no drift")
            self.page.info(self.tr("Drift check done: {verdict}.").format(verdict=verdict), "success")

        job = self.state.run(partial(tasks.check_drift, line=line["name"]), needs_keys=True, on_done=done)
        if job is None:
            return
        self.job = job
        self.check_btn.setEnabled(False)
        self.progress.attach(job)

        def finished():
            self.job = None
            self.check_btn.setEnabled(self.page.current_line() is not None)

        job.finished.connect(finished)
