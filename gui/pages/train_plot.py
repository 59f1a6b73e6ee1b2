"""The Train page's live loss plot: its place beside the machine's load, pyqtgraph loaded when
the page is first shown (not at start-up), the curves a run draws step by step, and a run's
recorded curves."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.core_text import progress_text
from gui.widgets.common import Section
from gui.widgets.hardware import HardwarePanel

PREF_KINDS = ("reward_margin", "pref_accuracy")


class _PlotArea(QWidget):
    """The loss plot's place: it takes the room that is left but asks for little. The page sits in
    a scroll area that gives it its preferred height (its labels wrap), and pyqtgraph asks for
    640×480: the page then scrolled at 1024×700, the plot cut in half."""

    def sizeHint(self):  # noqa: N802
        return QSize(320, 60)


class PlotMixin:
    """The Train page's progress section: the loss plot, the machine's load beside it and the
    run's figures under it. Its texts are the page's (``TrainPage._label_plot``, ``_show_stats``):
    no ``self.tr`` here, so every string keeps its TrainPage context."""

    def _progress_section(self) -> Section:
        """The loss plot (drawn once the page is first shown), the machine's load beside it, and
        the run's figures under it."""
        self.progress_box = Section()
        # pyqtgraph loads when the page is first shown (or a run reports progress),
        # not at start-up.
        self.plot = None
        self.train_curve = self.eval_curve = None
        self.pref_curves: dict = {}  # a preference run's reward margin and accuracy, drawn beside its loss
        self._pref = {kind: ([], []) for kind in PREF_KINDS}
        plot_area = _PlotArea()
        self.plot_slot = QVBoxLayout(plot_area)
        self.plot_slot.setContentsMargins(0, 0, 0, 0)
        # The machine's load beside the loss plot: the form above keeps its room (1024×700).
        self.hardware = HardwarePanel()
        self.hardware.setFixedWidth(250)
        plots = QHBoxLayout()
        plots.addWidget(plot_area, 1)
        plots.addWidget(self.hardware)
        self.progress_box.body.addLayout(plots, 1)
        self.stats = QLabel()
        self.stats.setWordWrap(True)
        self.progress_box.body.addWidget(self.stats)
        return self.progress_box

    def ensure_plot(self) -> None:
        if self.plot is not None:
            return
        import pyqtgraph as pg

        from gui.widgets.plots import loss_plot

        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = loss_plot()  # left to right in every language, ticks in its digits
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.legend = self.plot.addLegend(offset=(-10, 10))
        self.train_curve = self.plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2))
        self.eval_curve = self.plot.plot([], [], pen=None, symbol="o", symbolBrush="#d62728")
        self.pref_curves = {
            "reward_margin": self.plot.plot([], [], pen=pg.mkPen("#2ca02c", width=2)),
            "pref_accuracy": self.plot.plot([], [], pen=pg.mkPen("#ff7f0e", width=2, style=Qt.DashLine)),
        }
        self.plot_slot.addWidget(self.plot)
        self._label_plot()
        self._draw()

    def showEvent(self, event):  # noqa: N802
        self.ensure_plot()
        super().showEvent(event)

    def on_event(self, event) -> None:
        from appliance.events import EvalDone, Progress, TrainStep

        self.ensure_plot()
        if isinstance(event, TrainStep):
            self._cut(event.step)  # a resumed run redoes the steps after its checkpoint
            self._xy[0].append(event.step)
            self._xy[1].append(event.loss)
            for kind, (xs, ys) in self._pref.items():
                if kind in (event.extras or {}):
                    xs.append(event.step)
                    ys.append(event.extras[kind])
            self._draw()
            self._show_stats(event)
        elif isinstance(event, Progress) and event.message and not self._stepped:
            self.stats.setText(progress_text(event))  # the setup's own steps, until the first step (D2)
        elif isinstance(event, EvalDone) and not math.isnan(event.eval_loss):
            self._eval[0].append(event.step)
            self._eval[1].append(event.eval_loss)
            self.eval_curve.setData(*self._eval)

    def _cut(self, step: int) -> None:
        """Drop the plotted points at ``step`` and after (recorded before a resume's checkpoint)."""
        self._stepped = True
        for xs, ys in (self._xy, self._eval, *self._pref.values()):
            while xs and xs[-1] >= step:
                xs.pop()
                ys.pop()

    def _fit_steps(self) -> None:
        """Steps from 0 to at least 10 on the x axis (issue 18, D3: one point at step 1 showed
        −30…30 with the point lost, and ticks at 1.5 and 2.5)."""
        if self.plot is not None and self._xy[0]:
            self.plot.setXRange(0, max(10, max(self._xy[0])), padding=0.02)

    def _draw(self) -> None:
        """Every curve from the points held; the preference curves named in the legend only for a
        run that has them."""
        if self.plot is None:
            return
        self.train_curve.setData(*self._xy)
        self.eval_curve.setData(*self._eval)
        for kind, curve in self.pref_curves.items():
            curve.setData(*self._pref[kind])
        if bool(self._pref["reward_margin"][0]) != getattr(self, "_legend_pref", False):
            self._label_plot()  # the legend names the preference curves while they are drawn
        self._fit_steps()

    def _show_curves(self, run_id: str | None) -> None:
        """A run's recorded curves on the plot (none: an empty plot)."""
        self._xy, self._eval = self._recorded(run_id) if run_id else (([], []), ([], []))
        self._pref = {kind: ([], []) for kind in PREF_KINDS}
        if run_id:
            from appliance.tuning.runs import RunStore

            for m in RunStore(self.state.home, self.state.catalog).metrics(run_id):
                if m["kind"] in self._pref and m["value"] is not None:
                    self._pref[m["kind"]][0].append(m["step"])
                    self._pref[m["kind"]][1].append(m["value"])
        self._draw()

    def _recorded(self, run_id: str) -> tuple[tuple[list, list], tuple[list, list]]:
        """A run's recorded curves (training loss, held-out loss) as (steps, values) lists."""
        from appliance.tuning.runs import RunStore

        metrics = RunStore(self.state.home, self.state.catalog).metrics(run_id)
        train = [(m["step"], m["value"]) for m in metrics if m["kind"] == "train_loss"]
        held = [
            (m["step"], m["value"])
            for m in metrics
            if m["kind"] == "eval_loss" and m["value"] is not None and not math.isnan(m["value"])
        ]
        return ([x for x, _ in train], [y for _, y in train]), ([x for x, _ in held], [y for _, y in held])
