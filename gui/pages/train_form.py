"""The Train page's form: the choices in words, each field's help (from the recipe, in the
interface language, with the value the chosen preset gives it), a run's default name, a preset's
values loaded into the fields, the recipe the fields describe, and where the run will train."""

from __future__ import annotations

import os
from dataclasses import fields

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox

from gui.core_text import core_text, field_problem


class FormText(QObject):
    def choice(self, value: str) -> str:
        """A method, precision or device value as the form shows it ("auto": "automatic")."""
        return {
            "auto": self.tr("automatic"),
            "cpu": self.tr("CPU"),
            "cuda": self.tr("GPU (CUDA)"),
            "lora": "LoRA",
            "qlora": "QLoRA",
            "full": self.tr("full (every weight)"),
            "none": self.tr("supervised (learn the answers)"),
            "dpo": self.tr("DPO (preference pairs)"),
            "simpo": self.tr("SimPO (pairs, no reference)"),
            "kto": self.tr("KTO (answers judged good or bad)"),
        }.get(value, value)

    def yes_no(self, value: bool) -> str:
        return self.tr("on") if value else self.tr("off")

    def field_tip(self, path: str, preset: str | None, value: str | None) -> str:
        """The recipe field's help (``appliance train --explain``'s text, translated), its range,
        and the value ``preset`` gives the field: no internal key and no "default" that the field
        itself contradicts (issue 25, item 27)."""
        meta = field_meta(path)
        lines = [core_text(meta.get("help", ""))]
        if "min" in meta and "max" in meta:
            loc = QLocale()
            lines.append(
                self.tr("From {low} to {high}.").format(
                    low=loc.toString(float(meta["min"]), "g", 6), high=loc.toString(float(meta["max"]), "g", 6)
                )
            )
        if preset and value is not None:
            lines.append(self.tr("The preset {preset} sets {value}.").format(preset=preset, value=value))
        return "\n".join(lines)


def field_meta(path: str) -> dict:
    """A recipe field's metadata (help, min, max, choices), ``section.name``."""
    from appliance.tuning.recipe import SECTIONS

    section, _, name = path.partition(".")
    f = next(f for f in fields(SECTIONS[section]) if f.name == name)
    return dict(f.metadata)


def suggest_run_name(dataset: str, taken: set[str]) -> str:
    """The core's automatic name (the dataset and today's date, UTC), with -2, -3… when a run of
    that name exists: two runs never share one (issue 25, item 27)."""
    import re

    from appliance.ids import utc_now

    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", dataset).strip("-._") or "run"  # a name that names files
    base = f"{stem[:45]}-{utc_now()[:10]}"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


class FormMixin:
    """The Train page's form as data: the values a preset gave the fields (said in their
    tooltips), the learning rate in any language's digits, the run's name, the form's last
    choices kept across restarts (``Settings.train_form``), the recipe the form describes and the
    processes it spreads over. Its texts are FormText's or the page's: no ``self.tr`` here, so
    every string keeps its TrainPage context."""

    def _raw_value(self, w):
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        return self._lr_value() if w is self.lr else w.value()

    def _shown(self, w, value) -> str:
        """A preset's value as the field shows it, in the interface language."""
        if isinstance(w, QCheckBox):
            return FormText().yes_no(value)
        if isinstance(w, QComboBox):
            return w.itemText(max(0, w.findData(value)))
        if w is self.lr:
            return QLocale().toString(float(value), "g", 6) if isinstance(value, float) else str(value)
        loc = QLocale()
        loc.setNumberOptions(QLocale.OmitGroupSeparator)  # as the spin box writes it
        return loc.toString(float(value), "f", w.decimals()) if isinstance(w, QDoubleSpinBox) else loc.toString(value)

    def _tooltips(self) -> None:
        text = FormText()
        for lbl, w in zip(self.labels, self.widgets, strict=True):
            if w in self.recipe_fields:
                value = self._shown(w, self._preset_values[w]) if w in self._preset_values else None
                w.setToolTip(text.field_tip(self.recipe_fields[w], self.preset.currentData(), value))
                lbl.setToolTip(w.toolTip())
        self.packing_text.setToolTip(self.packing.toolTip())
        self.new_rows_text.setToolTip(self.new_rows.toolTip())

    def _lr_value(self):
        """The learning rate typed: in this language's digits, another's (typed before a language
        switch), or plain ASCII ("2e-4"); the text itself when it is no number."""
        from gui.i18n import LANGUAGES

        text = self.lr.text().strip()
        for loc in [QLocale()] + [QLocale(code) for code in LANGUAGES]:
            value, ok = loc.toDouble(text)
            if ok:
                return value
        try:
            return float(text)
        except ValueError:
            return text

    def _show_lr(self, value) -> None:
        self.lr.setText(QLocale().toString(float(value), "g", 6) if isinstance(value, float) else str(value))

    def run_name_or_default(self) -> str:
        """The name typed, or a new one from the dataset and the date (-2, -3… if taken)."""
        return self.run_name.text().strip() or suggest_run_name(
            self.dataset.currentData() or "run", getattr(self, "_run_names", set())
        )

    # The form's last choices survive a restart (issue 18, D16) -----------------------------
    def _form(self) -> dict:
        return {
            "base": self.base.currentData(),
            "dataset": self.dataset.currentData(),
            "preset": self.preset.currentData(),
            "method": self.method.currentData(),
            "objective": self.objective.currentData(),
            "beta": self.beta.value(),
            "lr": f"{v:g}" if isinstance(v := self._lr_value(), float) else v,
            "epochs": self.epochs.value(),
            "max_steps": self.max_steps.value(),
            "batch": self.batch.value(),
            "seq": self.seq.value(),
            "rank": self.rank.value(),
            "alpha": self.alpha.value(),
            "precision": self.precision.currentData(),
            "device": self.device.currentData(),
            "processes": self.processes.value(),
            "packing": self.packing.isChecked(),
            "new_rows": self.new_rows.isChecked(),
        }

    def _save_form(self) -> None:
        if self.settings is not None and getattr(self, "_restored", False) and self.settings.train_form != self._form():
            self.settings.train_form = self._form()
            self.settings.save()

    def _restore_form(self) -> None:
        saved = dict(self.settings.train_form) if self.settings is not None else {}
        if not saved:
            return
        for w in self.widgets:
            w.blockSignals(True)
        for key, combo in (
            ("base", self.base),
            ("dataset", self.dataset),
            ("preset", self.preset),
            ("method", self.method),
            ("objective", self.objective),
            ("precision", self.precision),
            ("device", self.device),
        ):
            idx = combo.findData(saved.get(key))
            if idx >= 0:
                combo.setCurrentIndex(idx)
        for key, spin in (
            ("epochs", self.epochs),
            ("max_steps", self.max_steps),
            ("batch", self.batch),
            ("seq", self.seq),
            ("rank", self.rank),
            ("alpha", self.alpha),
            ("beta", self.beta),
            ("processes", self.processes),
        ):
            if isinstance(saved.get(key), (int, float)):
                spin.setValue(saved[key])
        if isinstance(saved.get("lr"), str):
            try:
                self._show_lr(float(saved["lr"]))
            except ValueError:
                self.lr.setText(saved["lr"])
        if isinstance(saved.get("packing"), bool):
            self.packing.setChecked(saved["packing"])
        if isinstance(saved.get("new_rows"), bool):
            self.new_rows.setChecked(saved["new_rows"])
        for w in self.widgets:
            w.blockSignals(False)
        self._objective_changed()

    # The recipe the form describes, and where and how widely it will run ----------------------
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
        self.objective.setCurrentIndex(self.objective.findData(r.preference.method))
        self.beta.setValue(r.preference.beta)
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
        self._objective_changed()
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
                "preference.method": self.objective.currentData(),
                "preference.beta": self.beta.value(),
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

    def _plain(self, problem: str) -> str:
        """A recipe problem with the field named as the form names it ("Learning rate: expected a
        number…", not "training.learning_rate: …"; issue 18, D6)."""
        path, sep, rest = field_problem(problem)
        for lbl, w in zip(self.labels, self.widgets, strict=True):
            if sep and self.recipe_fields.get(w) == path:
                return f"{lbl.text()}: {core_text(rest)}"
        return core_text(problem)

    def _spread(self) -> dict:
        """The ``processes``/``gpus`` arguments of a run: CPU processes, or one per GPU on CUDA
        (device "cuda…", or "auto" where the preview resolved to a GPU)."""
        device = self.device.currentData() or "auto"
        gpus = device.startswith("cuda") or (device == "auto" and getattr(self, "_cuda", False))
        return {"processes": self.processes.value(), "gpus": gpus}

    def _set_process_limit(self, cuda) -> None:
        """Up to one process per GPU on CUDA, else one per CPU core (``check_processes``)."""
        self._cuda = bool(cuda)
        top = max(1, len(self._hardware.gpus)) if self._cuda else (os.cpu_count() or 1)
        self.processes.blockSignals(True)  # a clamped value is saved by validate() itself
        self.processes.setMaximum(top)
        self.processes.blockSignals(False)

    def _nvidia_gpu(self) -> bool:
        """Whether an NVIDIA GPU is visible (nvidia-smi; no torch in the window's process)."""
        if not hasattr(self, "_gpus"):
            from appliance.host.probes import nvidia_gpus

            self._gpus = nvidia_gpus(timeout=5)["gpus"]
        return bool(self._gpus)
