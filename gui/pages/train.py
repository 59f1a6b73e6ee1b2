"""Train page: base model, dataset and preset; hyperparameters with inline validation; the device
and precision the run will use, said before it starts; start, cancel, resume; a live loss plot
with tokens/s, ETA and memory, beside live graphs of the machine's CPU, memory and GPUs."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QTime, QTimer
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
)

from appliance.states import RunStatus
from gui.core_text import core_text
from gui.pages.train_form import FormMixin, FormText
from gui.pages.train_plot import PlotMixin
from gui.pages.train_runs import RunsMixin
from gui.widgets.common import Page, Section, local_number, local_size, ltr, wrapping_check


class TrainPage(FormMixin, PlotMixin, RunsMixin, Page):
    """The page and all its texts (its ``self.tr`` context is TrainPage); the form's data is
    ``train_form``, the loss plot ``train_plot``, starting and watching runs ``train_runs``."""

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
        # What the run learns from (issue 29): the answers, or preferences (DPO, SimPO, KTO).
        self.objective = QComboBox()
        for combo, values in (
            (self.method, ("lora", "qlora", "full")),
            (self.objective, ("none", "dpo", "simpo", "kto")),
            (self.precision, ("auto", "fp32", "bf16", "fp16")),
            (self.device, ("auto", "cpu", "cuda")),
        ):
            for v in values:
                combo.addItem(v, v)
        for combo in (self.base, self.dataset, self.preset, self.method, self.objective, self.precision, self.device):
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
        self.beta = QDoubleSpinBox()
        self.beta.setRange(0, 100)
        self.beta.setDecimals(3)
        self.beta.setSingleStep(0.05)
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
            self.objective,
            self.beta,
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
            self.objective: "preference.method",
            self.beta: "preference.beta",
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
        # Three columns of five fields, then what the run learns from (Objective, Beta) and the two
        # switches on a row of their own, their texts wrapping: no label or check box widens the
        # page past 1024×700 in Tamil (item 26), and the plot keeps its height.
        row_of_its_own = (self.objective, self.beta, self.packing, self.new_rows)
        placed = [(lbl, w) for lbl, w in zip(self.labels, self.widgets, strict=True) if w not in row_of_its_own]
        for i, (lbl, w) in enumerate(placed):
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
        for w in (self.objective, self.beta):
            lbl = self.labels[self.widgets.index(w)]
            lbl.setWordWrap(True)
            switches.addWidget(lbl)
            switches.addWidget(w, 1)
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
        self.form_box.body.addLayout(self._buttons())
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
        self.objective.currentIndexChanged.connect(self._objective_changed)
        self.retranslate()
        self.refresh()  # the first refresh loads the preset, then the form's saved choices

    def _buttons(self) -> QHBoxLayout:
        """Start, cancel, and resume a run picked from those that can go on."""
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
        return buttons

    def title(self) -> str:
        return self.tr("Train")

    def _objective_changed(self) -> None:
        self.beta.setEnabled(self.objective.currentData() != "none")

    def _label_plot(self) -> None:
        if self.plot is not None:
            self.plot.setLabel("bottom", self.tr("step"))
            self.plot.setLabel("left", self.tr("loss"))
            self.legend.clear()
            self.legend.addItem(self.train_curve, self.tr("training"))
            self.legend.addItem(self.eval_curve, self.tr("held-out"))
            self._legend_pref = bool(self._pref["reward_margin"][0])
            if self._legend_pref:
                self.legend.addItem(self.pref_curves["reward_margin"], self.tr("reward margin"))
                self.legend.addItem(self.pref_curves["pref_accuracy"], self.tr("preference accuracy"))
            from gui.widgets.plots import relocalize

            relocalize(self.plot)

    def retranslate(self) -> None:
        names = [
            self.tr("Base model"),
            self.tr("Dataset"),
            self.tr("Preset"),
            self.tr("Run name"),
            self.tr("Method"),
            self.tr("Objective"),
            self.tr("Beta (preference)"),
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
        for combo in (self.method, self.objective, self.precision, self.device):  # "auto" and the rest in words
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
            # The quick supervised preset first: it is what a new window starts with.
            reset(self.preset, [(p, p) for p in sorted(presets(), key=lambda p: (p != "cpu-quick", p))])
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
        self._show_curves(resumed)
        self._stepped = False
        # Not "Not running…" over an empty plot while the model loads (issue 18, D2).
        self.stats.setText(self.tr("Preparing the run: loading the model and the data…"))

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

    def on_done(self, row) -> None:
        self.info(
            self.tr("Run {name} completed: train loss {loss}. Merge it on the Export page.").format(
                name=ltr(row["name"]), loss=local_number(row["train_loss"], 4)
            ),
            "success",
        )

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
            + (
                self.tr("   reward margin {margin}   preference accuracy {accuracy}").format(
                    margin=local_number(e.extras["reward_margin"], 4),
                    accuracy=QLocale().toString(100 * e.extras["pref_accuracy"], "f", 0) + " %",
                )
                if "reward_margin" in (e.extras or {})
                else ""
            )
        )
