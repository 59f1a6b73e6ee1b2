"""Train page: base model, dataset and preset; hyperparameters with inline validation; the device
and precision the run will use, said before it starts; start, cancel, resume; a live loss plot
with tokens/s, ETA and memory, beside live graphs of the machine's CPU, memory and GPUs."""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QLocale, QSize, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from appliance.states import RunStatus
from gui.core_text import core_text, progress_text
from gui.pages.train_form import FormMixin, FormText
from gui.widgets.common import Page, Section, local_number, local_size, ltr, wrapping_check
from gui.widgets.hardware import HardwarePanel


class _PlotArea(QWidget):
    """The loss plot's place: it takes the room that is left but asks for little. The page sits in
    a scroll area that gives it its preferred height (its labels wrap), and pyqtgraph asks for
    640×480: the page then scrolled at 1024×700, the plot cut in half."""

    def sizeHint(self):  # noqa: N802
        return QSize(320, 60)


class TrainPage(FormMixin, Page):
    def __init__(self, state, parent=None, settings=None):
        super().__init__(state, parent)
        self.settings = settings
        self.job = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.form_box = Section()
        grid = QGridLayout()
        self.base, self.dataset, self.preset = QComboBox(), QComboBox(), QComboBox()
        self.method, self.precision, self.device = QComboBox(), QComboBox(), QComboBox()
        for combo, values in (
            (self.method, ("lora", "qlora", "full")),
            (self.precision, ("auto", "fp32", "bf16", "fp16")),
            (self.device, ("auto", "cpu", "cuda")),
        ):
            for v in values:
                combo.addItem(v, v)
        for combo in (self.base, self.dataset, self.preset, self.method, self.precision, self.device):
            # Long names are elided rather than widening the page (Tamil at 1024×700, item 26).
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        # Each run's own name (issue 25, item 27: two runs of a day shared the automatic one).
        self.run_name = QLineEdit()
        self.lr = QLineEdit()
        self.epochs = QDoubleSpinBox()
        self.epochs.setRange(0, 1000)
        self.max_steps, self.batch, self.seq, self.rank = QSpinBox(), QSpinBox(), QSpinBox(), QSpinBox()
        self.max_steps.setRange(0, 10**7)
        self.batch.setRange(0, 4096)
        self.seq.setRange(0, 1 << 20)
        self.rank.setRange(0, 1024)
        self.alpha = QDoubleSpinBox()
        self.alpha.setRange(0, 4096)
        # One run spread over N processes (tuning/distributed.py): N CPU processes, or one per
        # GPU when the run is on CUDA (the maximum then follows the GPUs; see _show_placement).
        self.processes = QSpinBox()
        self.processes.setRange(1, os.cpu_count() or 1)
        self.processes.setValue(1)
        self.packing = QCheckBox()
        self.new_rows = QCheckBox()
        self.widgets = [
            self.base,
            self.dataset,
            self.preset,
            self.run_name,
            self.method,
            self.lr,
            self.epochs,
            self.max_steps,
            self.batch,
            self.seq,
            self.rank,
            self.alpha,
            self.precision,
            self.device,
            self.processes,
            self.packing,
            self.new_rows,
        ]
        self.labels = [QLabel() for _ in self.widgets]
        # Each field's help, from the recipe itself (issue 18, D14): the same text as
        # `appliance train --explain`, on the field and on its label.
        self.recipe_fields = {
            self.base: "run.base_model",
            self.dataset: "run.datasets",
            self.run_name: "run.name",
            self.method: "method.kind",
            self.lr: "training.learning_rate",
            self.epochs: "training.epochs",
            self.max_steps: "training.max_steps",
            self.batch: "training.batch_size",
            self.seq: "training.sequence_length",
            self.rank: "lora.rank",
            self.alpha: "lora.alpha",
            self.precision: "training.precision",
            self.device: "training.device",
            self.packing: "training.packing",
            self.new_rows: "tokenizer.train_new_rows",
        }
        self._preset_values: dict = {}  # widget -> the value the chosen preset gave it (tooltips)
        # Three columns of five fields, then the two switches on a row of their own, their texts
        # wrapping: no label or check box widens the page past 1024×700 in Tamil (item 26).
        for i, (lbl, w) in enumerate(zip(self.labels[:-2], self.widgets[:-2], strict=True)):
            lbl.setWordWrap(True)
            grid.addWidget(lbl, i % 5, (i // 5) * 2)
            grid.addWidget(w, i % 5, (i // 5) * 2 + 1)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        grid.setVerticalSpacing(4)  # the plot below keeps its height in Arabic's taller font
        self.form_box.body.addLayout(grid)
        switches = QHBoxLayout()
        (self.packing_box, self.packing_text), (self.new_rows_box, self.new_rows_text) = (
            wrapping_check(self.packing),
            wrapping_check(self.new_rows),
        )
        switches.addWidget(self.packing_box, 1)
        switches.addWidget(self.new_rows_box, 2)
        self.form_box.body.addLayout(switches)
        self.problems = QLabel()
        self.problems.setStyleSheet("color:#a01010;")
        self.problems.setWordWrap(True)
        self.form_box.body.addWidget(self.problems)
        # Where the run will train, from the same decision the run makes (tuning/devices.py).
        self.placement = QLabel()
        self.placement.setWordWrap(True)
        self.form_box.body.addWidget(self.placement)
        buttons = QHBoxLayout()
        self.start_btn, self.cancel_btn, self.resume_btn = QPushButton(), QPushButton(), QPushButton()
        self.resume_pick = QComboBox()
        # The whole "name (steps/total)" is shown, not "kestrel-r…" (D5): the picker takes the
        # row's free width, without forcing the page wider (item 26).
        self.resume_pick.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.resume_pick.setMinimumContentsLength(10)
        self.resume_pick.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.start_btn.clicked.connect(self.start)
        self.cancel_btn.clicked.connect(self.cancel)
        self.resume_btn.clicked.connect(self.resume)
        for w in (self.start_btn, self.cancel_btn):
            buttons.addWidget(w)
        buttons.addWidget(self.resume_pick, 1)
        buttons.addWidget(self.resume_btn)
        self.form_box.body.addLayout(buttons)
        top.addWidget(self.form_box, 1)
        lay.addLayout(top)

        lay.addWidget(self._progress_section(), 1)
        self._xy, self._eval = ([], []), ([], [])
        self._stepped = False  # a step of the running job has arrived
        self._last_run = None
        # A run training in a process this window did not start (an earlier window's, which the
        # run outlived, or a terminal's): shown, watched and stoppable from here.
        self._background = None
        self._watch = QTimer(self)
        self._watch.setInterval(5_000)
        self._watch.timeout.connect(self._poll_background)
        for w in self.widgets:
            for sig in ("currentIndexChanged", "textChanged", "valueChanged", "toggled"):
                if hasattr(w, sig):
                    getattr(w, sig).connect(self.validate)
        self.preset.currentIndexChanged.connect(self.load_preset)
        self.retranslate()
        self.refresh()  # the first refresh loads the preset, then the form's saved choices

    def _progress_section(self) -> Section:
        """The loss plot (drawn once the page is first shown), the machine's load beside it, and
        the run's figures under it."""
        self.progress_box = Section()
        # pyqtgraph loads when the page is first shown (or a run reports progress),
        # not at start-up.
        self.plot = None
        self.train_curve = self.eval_curve = None
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

    def title(self) -> str:
        return self.tr("Train")

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
        self.plot_slot.addWidget(self.plot)
        self._label_plot()
        self.train_curve.setData(*self._xy)
        self.eval_curve.setData(*self._eval)

    def _label_plot(self) -> None:
        if self.plot is not None:
            self.plot.setLabel("bottom", self.tr("step"))
            self.plot.setLabel("left", self.tr("loss"))
            self.legend.clear()
            self.legend.addItem(self.train_curve, self.tr("training"))
            self.legend.addItem(self.eval_curve, self.tr("held-out"))
            from gui.widgets.plots import relocalize

            relocalize(self.plot)

    def showEvent(self, event):  # noqa: N802
        self.ensure_plot()
        super().showEvent(event)

    def retranslate(self) -> None:
        names = [
            self.tr("Base model"),
            self.tr("Dataset"),
            self.tr("Preset"),
            self.tr("Run name"),
            self.tr("Method"),
            self.tr("Learning rate"),
            self.tr("Epochs"),
            self.tr("Max steps (0: epochs)"),
            self.tr("Batch size"),
            self.tr("Sequence length"),
            self.tr("LoRA rank"),
            self.tr("LoRA alpha"),
            self.tr("Precision"),
            self.tr("Device"),
            self.tr("Processes"),
            self.tr("Packing"),
            self.tr("New vocabulary rows"),
        ]
        for lbl, text in zip(self.labels, names, strict=True):
            lbl.setText(text)
        for text, box in (
            (self.tr("several rows per sequence"), self.packing),
            (self.tr("train the rows a vocabulary extension added"), self.new_rows),
        ):
            label = self.labels[self.widgets.index(box)].text()
            (self.packing_text if box is self.packing else self.new_rows_text).setText(f"{label}: {text}")
        text = FormText()
        for combo in (self.method, self.precision, self.device):  # "auto" and the rest in words
            for i in range(combo.count()):
                combo.setItemText(i, text.choice(combo.itemData(i)))
        if isinstance(lr := self._lr_value(), float):
            self.lr.blockSignals(True)
            self._show_lr(lr)  # in the new language's digits
            self.lr.blockSignals(False)
        self._tooltips()
        self.processes.setToolTip(
            self.tr(
                "Spread the run over this many processes: the same run and the same loss curve, "
                "each step shared among them. On the CPU, one process per core at most; on a GPU "
                "machine (device CUDA), one process per GPU."
            )
        )
        self.labels[self.widgets.index(self.processes)].setToolTip(self.processes.toolTip())
        self.form_box.setTitle(self.tr("Fine-tune"))
        self.start_btn.setText(self.tr("Start training"))
        self.cancel_btn.setText(self.tr("Cancel (saves a checkpoint)"))
        self.resume_btn.setText(self.tr("Resume"))
        self.progress_box.setTitle(self.tr("Progress"))
        self._label_plot()
        self._show_stats(None)
        self.validate()

    def refresh(self) -> None:
        from appliance.data.datasets import DatasetStore
        from appliance.models import builtin
        from appliance.tuning.recipe import presets
        from appliance.tuning.runs import RunStore

        def reset(combo, items):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, value in items:
                combo.addItem(label, value)
            idx = combo.findData(current)
            combo.setCurrentIndex(idx if idx >= 0 else 0)
            combo.blockSignals(False)

        models = [(m["name"], m["name"]) for m in self.state.catalog.list_models()]
        if builtin.BUILTIN_NAME not in [v for _, v in models]:
            models.insert(0, (builtin.BUILTIN_NAME, builtin.BUILTIN_NAME))
        reset(self.base, models)
        newest: dict[str, int] = {}
        for r in DatasetStore(self.state.home, self.state.catalog).list():
            newest[r["name"]] = max(newest.get(r["name"], 0), r["version"])
        # The version a run would use is shown (issue 18, D16): "faq (v3)".
        reset(self.dataset, [(f"{n} (v{local_number(v)})", n) for n, v in sorted(newest.items())])
        if self.preset.count() == 0:
            reset(self.preset, [(p, p) for p in presets()])
        if not getattr(self, "_restored", False):
            self.load_preset()
            self._restore_form()
            self._restored = True
        runs = RunStore(self.state.home, self.state.catalog).resumable_runs()
        reset(
            self.resume_pick,
            [
                (f"{r['name']} ({local_number(r['steps_done'])}/{local_number(r['total_steps'])})", r["id"])
                for r in runs
            ],
        )
        self._run_names = {r["name"] for r in RunStore(self.state.home, self.state.catalog).list()}
        self.validate()
        if self.job is None:
            self._show_last_run()

    def _show_last_run(self) -> None:
        """While idle, the plot shows the newest run's recorded curves (from the catalog)."""
        from appliance.tuning.runs import RunStore

        runs = RunStore(self.state.home, self.state.catalog).list()
        self._last_run = runs[-1] if runs else None
        last = self._last_run
        self._background = last if last is not None and RunStore.running_elsewhere(last) else None
        self._watch.start() if self._background is not None else self._watch.stop()
        self._xy, self._eval = self._recorded(last["id"]) if last else (([], []), ([], []))
        if self.plot is not None:
            self.train_curve.setData(*self._xy)
            self.eval_curve.setData(*self._eval)
            self._fit_steps()
        self._show_stats(None)

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

    def load_preset(self) -> None:
        from appliance.tuning.recipe import load_recipe, preset_path

        name = self.preset.currentData()
        if not name:
            return
        r = load_recipe(preset_path(name))
        t, lo = r.training, r.lora
        for w in self.widgets:
            w.blockSignals(True)
        self.method.setCurrentIndex(self.method.findData(r.method.kind))
        self._show_lr(t.learning_rate)
        self.epochs.setValue(t.epochs)
        self.max_steps.setValue(t.max_steps)
        self.batch.setValue(t.batch_size)
        self.seq.setValue(t.sequence_length)
        self.rank.setValue(lo.rank)
        self.alpha.setValue(lo.alpha)
        self.precision.setCurrentIndex(self.precision.findData(t.precision))
        device = (self.settings.device if self.settings else None) or t.device
        self.device.setCurrentIndex(self.device.findData(device))
        self.packing.setChecked(t.packing)
        self.new_rows.setChecked(r.tokenizer.train_new_rows)
        for w in self.widgets:
            w.blockSignals(False)
        # What the preset gave each field: said in its tooltip (a default that contradicted the
        # field, with the recipe's internal key, before: issue 25, item 27).
        preset_fields = [w for w in self.recipe_fields if w not in (self.base, self.dataset, self.run_name)]
        self._preset_values = {w: self._raw_value(w) for w in preset_fields}
        self._tooltips()
        self.validate()

    def recipe(self):
        """The recipe the form describes; raises ``RecipeError`` listing every problem."""
        from appliance.tuning.recipe import load_recipe, preset_path

        base = load_recipe(preset_path(self.preset.currentData() or "cpu-quick"))
        lr = self._lr_value()
        return base.with_overrides(
            **{
                "run.base_model": self.base.currentData() or "",
                "run.datasets": [self.dataset.currentData()] if self.dataset.currentData() else [],
                "run.name": self.run_name_or_default(),
                "method.kind": self.method.currentData(),
                "training.learning_rate": lr,
                "training.epochs": self.epochs.value(),
                "training.max_steps": self.max_steps.value(),
                "training.batch_size": self.batch.value(),
                "training.sequence_length": self.seq.value(),
                "lora.rank": self.rank.value(),
                "lora.alpha": self.alpha.value(),
                "training.precision": self.precision.currentData(),
                "training.device": self.device.currentData(),
                "training.packing": self.packing.isChecked(),
                "tokenizer.train_new_rows": self.new_rows.isChecked(),
            }
        )

    def validate(self) -> bool:
        from appliance.tuning.recipe import RecipeError

        problems = []
        try:
            self.recipe()
        except RecipeError as exc:
            problems = [self._plain(p) for p in exc.problems]
        qlora_refused = self.method.currentData() == "qlora" and (
            self.device.currentData() == "cpu" or not self._nvidia_gpu()
        )
        if qlora_refused:
            # Said here, before Start, not by the run a few seconds later (issue 18, D6).
            problems.append(self.tr("QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full)."))
        if not self.dataset.currentData():
            problems.append(self.tr("Import a dataset first (Datasets page)."))
        typed = self.run_name.text().strip()
        if typed and typed in getattr(self, "_run_names", set()):
            problems.append(self.tr("A run named {name} already exists: choose another name.").format(name=ltr(typed)))
        self.run_name.setPlaceholderText(self.tr("automatic: {name}").format(name=self.run_name_or_default()))
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))  # no empty line's height: the page fits 1024×700
        self._show_placement(qlora_refused)
        self._save_form()
        ok = not problems and self.job is None
        self.start_btn.setEnabled(ok)
        self.cancel_btn.setEnabled(self.job is not None or getattr(self, "_background", None) is not None)
        # One run at a time from this page: Resume too waits for the running job (issue 25, item 19).
        self.resume_btn.setEnabled(self.resume_pick.count() > 0 and self.job is None)
        return ok

    def _plain(self, problem: str) -> str:
        """A recipe problem with the field named as the form names it ("Learning rate: expected a
        number…", not "training.learning_rate: …"; issue 18, D6)."""
        path, sep, rest = problem.partition(": ")
        for lbl, w in zip(self.labels, self.widgets, strict=True):
            if sep and self.recipe_fields.get(w) == path:
                return f"{lbl.text()}: {core_text(rest)}"
        return core_text(problem)

    def _show_placement(self, qlora_refused: bool = False) -> None:
        """ "This run will use: CPU (…) · fp32", or why it cannot start here (the run's own message)."""
        from appliance.errors import InvalidInputError
        from appliance.tuning import devices
        from appliance.tuning.recipe import RecipeError

        if not hasattr(self, "_hardware"):  # asked once: nvidia-smi, no torch in this process
            self._hardware = devices.smi_hardware()
        try:
            recipe = self.recipe()
        except RecipeError:  # another field is wrong (listed above); these three are from lists
            recipe = None
        try:
            if recipe is not None:
                p = devices.preview(recipe, self._hardware)
            else:
                form = (self.device.currentData(), self.precision.currentData(), self.method.currentData())
                p = devices.resolve(*form, self._hardware)
        except InvalidInputError as exc:
            self._set_process_limit(str(self.device.currentData()).startswith("cuda"))
            self.placement.setStyleSheet("color:#a01010;")
            self.placement.setText(
                ""
                if qlora_refused
                else self.tr("This run cannot start on this machine: {reason}").format(reason=core_text(exc.message))
            )
            return
        self._set_process_limit(p.is_cuda)
        n = self.processes.value()
        if p.is_cuda and n > 1:
            where = self.tr("{n} GPUs").format(n=QLocale().toString(n))
        elif p.is_cuda:
            where = self.tr("GPU {n}").format(n=QLocale().toString(p.index))
        else:
            where = self.tr("CPU")
        if p.name:
            where = f"{where} ({ltr(p.name)})"
        if n > 1 and not p.is_cuda:
            where = self.tr("{device}, {n} processes").format(device=where, n=QLocale().toString(n))
        self.placement.setStyleSheet("")
        self.placement.setText(
            self.tr("This run will use: {device} · {precision}").format(device=where, precision=p.precision)
        )
        self.placement.setToolTip(p.note)

    def _set_process_limit(self, cuda) -> None:
        """Up to one process per GPU on CUDA, else one per CPU core (``check_processes``)."""
        self._cuda = bool(cuda)
        top = max(1, len(self._hardware.gpus)) if self._cuda else (os.cpu_count() or 1)
        self.processes.blockSignals(True)  # a clamped value is saved by validate() itself
        self.processes.setMaximum(top)
        self.processes.blockSignals(False)

    def _spread(self) -> dict:
        """The ``processes``/``gpus`` arguments of a run: CPU processes, or one per GPU on CUDA
        (device "cuda…", or "auto" where the preview resolved to a GPU)."""
        device = self.device.currentData() or "auto"
        gpus = device.startswith("cuda") or (device == "auto" and getattr(self, "_cuda", False))
        return {"processes": self.processes.value(), "gpus": gpus}

    def _nvidia_gpu(self) -> bool:
        """Whether an NVIDIA GPU is visible (nvidia-smi; no torch in the window's process)."""
        if not hasattr(self, "_gpus"):
            from appliance.host.probes import nvidia_gpus

            self._gpus = nvidia_gpus(timeout=5)["gpus"]
        return bool(self._gpus)

    # Running --------------------------------------------------------------------------------
    def _begin(self, resumed: str | None = None) -> None:
        """The plot and stats for a run about to start: empty for a new run; for a resumed one
        (``resumed``: its id) its recorded steps, which the new steps continue (issue 25, item 21:
        the earlier steps vanished from the plot until the run completed)."""
        # A new run: the last run's message (a cancel, an error) no longer applies (issue 18, D4).
        win = self.window()
        if hasattr(win, "messages"):
            win.messages.hide()
        self.ensure_plot()
        self._background = None  # this page's own run from now on
        self._watch.stop()
        self._xy, self._eval = self._recorded(resumed) if resumed else (([], []), ([], []))
        self._stepped = False
        self.train_curve.setData(*self._xy)
        self.eval_curve.setData(*self._eval)
        self._fit_steps()
        # Not "Not running…" over an empty plot while the model loads (issue 18, D2).
        self.stats.setText(self.tr("Preparing the run: loading the model and the data…"))

    def start(self) -> None:
        if not self.validate():
            return
        from functools import partial

        from gui import tasks

        self._run(partial(tasks.train, recipe=self.recipe().to_dict(), **self._spread()))
        self.run_name.clear()  # the next run gets a name of its own

    def resume(self) -> None:
        run_id = self.resume_pick.currentData()
        if not run_id or self.job is not None:
            return

        from functools import partial

        from gui import tasks

        self._run(partial(tasks.resume, run_id=run_id, **self._spread()), resumed=run_id)

    def _run(self, job_fn, resumed: str | None = None) -> None:
        self._begin(resumed)
        # In a worker process: torch holds the interpreter lock for long stretches; detached, so a
        # window that crashes or closes never takes the run with it (see gui/isolated.py).
        self.job = self.state.run(
            job_fn, on_event=self.on_event, on_done=self.on_done, needs_keys=True, isolated=True, detach=True
        )
        if self.job is not None:
            self.job.finished.connect(self._finished)
        self.validate()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.stats.setText(self.tr("Stopping after this step and saving a checkpoint…"))
        elif self._background is not None:
            from functools import partial

            from gui import tasks

            run = self._background
            self.cancel_btn.setEnabled(False)
            self.state.run(
                partial(tasks.stop_run, run_id=run["id"]), on_done=lambda _r: self._asked(run), refresh=False
            )

    def _asked(self, run) -> None:
        """The stop request is written: said while the run still trains (it may have ended first)."""
        if self._background is not None and self._background["id"] == run["id"]:
            self.stats.setText(
                self.tr("Asked run {name} to stop: it stops at its next step and keeps a checkpoint…").format(
                    name=ltr(run["name"])
                )
            )

    def _poll_background(self) -> None:
        """Every 5 s while a run trains elsewhere: its last checkpoint's step and loss; the page
        is refreshed once it ends (the Resume list, the plot's final curve)."""
        if self.job is not None or self._background is None or self.state.closed:
            self._watch.stop()
            return
        from appliance.tuning.runs import RunStore

        was = self._background
        now = RunStore(self.state.home, self.state.catalog).get(was["id"])
        if now["status"] != was["status"] or not RunStore.running_elsewhere(now):
            self.refresh()
        elif now["steps_done"] != was["steps_done"]:
            self._show_last_run()

    def _finished(self) -> None:
        self.job = None
        if not self.state.closed:  # the window may be closing
            self.refresh()

    def on_done(self, row) -> None:
        self.info(
            self.tr("Run {name} completed: train loss {loss}. Merge it on the Export page.").format(
                name=ltr(row["name"]), loss=local_number(row["train_loss"], 4)
            ),
            "success",
        )

    def on_event(self, event) -> None:
        from appliance.events import EvalDone, Progress, TrainStep

        self.ensure_plot()
        if isinstance(event, TrainStep):
            self._cut(event.step)  # a resumed run redoes the steps after its checkpoint
            self._xy[0].append(event.step)
            self._xy[1].append(event.loss)
            self.train_curve.setData(*self._xy)
            self._fit_steps()
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
        for xs, ys in (self._xy, self._eval):
            while xs and xs[-1] >= step:
                xs.pop()
                ys.pop()

    def _fit_steps(self) -> None:
        """Steps from 0 to at least 10 on the x axis (issue 18, D3: one point at step 1 showed
        −30…30 with the point lost, and ticks at 1.5 and 2.5)."""
        if self.plot is not None and self._xy[0]:
            self.plot.setXRange(0, max(10, max(self._xy[0])), padding=0.02)

    def _show_stats(self, e) -> None:
        if e is None:
            last = self._last_run
            if last is not None and last is getattr(self, "_background", None):
                loss = last.get("train_loss")
                self.stats.setText(
                    self.tr(
                        "Run {name} is training in a process of its own (started by an earlier window or in a "
                        "terminal): {done}/{total} steps at its last checkpoint, loss {loss}. Cancel asks it to "
                        "stop at its next step and keep a checkpoint."
                    ).format(
                        name=ltr(last["name"]),
                        done=local_number(last.get("steps_done") or 0),
                        total=local_number(last.get("total_steps") or 0),
                        loss=local_number(loss, 4) if loss is not None else "–",
                    )
                )
            elif last is None:
                self.stats.setText(self.tr("Not running."))
            else:
                loss = last.get("train_loss")
                status = {
                    RunStatus.COMPLETED: self.tr("completed"),
                    RunStatus.RUNNING: self.tr("running"),
                    RunStatus.CANCELLED: self.tr("cancelled"),
                    RunStatus.FAILED: self.tr("failed"),
                    RunStatus.INTERRUPTED: self.tr("interrupted"),
                }.get(last["status"], last["status"])
                self.stats.setText(
                    self.tr(
                        "Not running. The plot shows the latest run, {name} ({status}, {done}/{total} "
                        "steps, final loss {loss})."
                    ).format(
                        name=ltr(last["name"]),
                        status=status,
                        done=local_number(last.get("steps_done") or 0),
                        total=local_number(last.get("total_steps") or 0),
                        loss=local_number(loss, 4) if loss is not None else "–",
                    )
                )
            return
        eta = int(e.eta_s or 0)
        # Digits, separators and sizes in the interface language; the time left as h:mm:ss (D3
        # showed "ETA 1,378 s").
        eta_text = QLocale().toString(QTime(0, 0).addSecs(eta), "h:mm:ss" if eta >= 3600 else "m:ss")
        self.stats.setText(
            self.tr("Step {s}/{t}   loss {loss}   {tps} tokens/s   time left {eta}   memory {mem}").format(
                s=local_number(e.step),
                t=local_number(e.total),
                loss=local_number(e.loss, 4),
                tps=local_number(e.tokens_per_s or 0, 0),
                eta=eta_text,
                mem=local_size(e.memory_bytes),
            )
        )
