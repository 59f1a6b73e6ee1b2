"""Evaluate page: run a suite on one or more models and compare them; promote a model of a model
line through its gate (the Model lines tab, ``gui/pages/lines.py``).

Every action is the core call the command line makes: "Evaluate and compare" is ``appliance eval
MODEL --suite SUITE`` for each ticked model (its newest completed evaluation on this suite
version reused unless "Run again" is ticked) followed by ``appliance evals compare --suite SUITE
MODELS…``; "Import a suite file…" is ``appliance suites import``; "Save report…" writes the same
HTML page as ``--html``. The statistics (McNemar, paired bootstrap) are the core's report
(``appliance/eval/report.py``); this page only lays them out.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.pages.datasets import fill, table
from gui.widgets.common import (
    FAIL_MARK,
    PASS_MARK,
    JobProgress,
    Page,
    button_row,
    fit_list,
    fit_table,
    local_number,
    local_p,
    ltr,
    reading,
    status_color,
    text_direction,
)

ANSWER_TIP = 600  # characters of an answer in a cell's tooltip (the detail pane shows it all)


class EvaluatePage(Page):
    def __init__(self, state, parent=None):
        from gui.pages.lines import LinesTab

        super().__init__(state, parent)
        self.report: dict | None = None  # the comparison shown (appliance.eval.report.compare)
        self.report_verdict: dict | None = None  # the gate's decision that came with it, if any
        self.eval_job = None
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        compare_tab = QWidget()
        self._build_compare(QVBoxLayout(compare_tab))
        self.tabs.addTab(compare_tab, "")
        self.lines = LinesTab(self)
        self.tabs.addTab(self.lines, "")
        self.retranslate()

    def _build_compare(self, lay: QVBoxLayout) -> None:
        top = QHBoxLayout()
        form = QFormLayout()
        self.suite = QComboBox()
        self.import_btn = QPushButton()
        self.import_btn.clicked.connect(self.import_suite)
        suite_row = QHBoxLayout()
        suite_row.addWidget(self.suite, 1)
        suite_row.addWidget(self.import_btn)
        self.target = QComboBox()
        self.target.currentIndexChanged.connect(lambda _i: self.refresh_models())
        self.form_labels = [QLabel(), QLabel()]
        form.addRow(self.form_labels[0], suite_row)
        form.addRow(self.form_labels[1], self.target)
        top.addLayout(form, 3)
        models_col = QVBoxLayout()
        self.models_label = QLabel()
        self.models = QListWidget()
        # Drag to reorder: the first ticked model is the baseline of the comparison.
        self.models.setDragDropMode(QAbstractItemView.InternalMove)
        self.models_hint = QLabel()
        self.models_hint.setWordWrap(True)
        self.models_hint.hide()
        models_col.addWidget(self.models_label)
        models_col.addWidget(self.models)
        models_col.addWidget(self.models_hint)
        top.addLayout(models_col, 2)
        lay.addLayout(top)
        row, (self.run_btn, self.save_btn) = button_row(self.run, self.save_report)
        self.rerun = QCheckBox()
        row.insertWidget(1, self.rerun)
        lay.addLayout(row)
        self.progress = JobProgress()
        lay.addWidget(self.progress)

        self.report_title = QLabel()
        self.report_title.setWordWrap(True)
        lay.addWidget(self.report_title)
        figures = QHBoxLayout()
        self.summary = table(4)
        self.slices = table(2)
        figures.addWidget(self.summary, 3)
        figures.addWidget(self.slices, 2)
        lay.addLayout(figures)
        self.difference = QLabel()
        self.difference.setWordWrap(True)
        self.difference.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.difference)
        self.split = QSplitter(Qt.Horizontal)
        self.cases = table(3)
        self.cases.itemSelectionChanged.connect(self.show_case)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.split.addWidget(self.cases)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setMinimumHeight(170)
        lay.addWidget(self.split, 1)

    # Texts -------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Evaluate")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Compare models"))
        self.tabs.setTabText(1, self.tr("Model lines"))
        for label, text in zip(self.form_labels, (self.tr("Suite"), self.tr("Run on")), strict=True):
            label.setText(text)
        self.suite.setPlaceholderText(self.tr("no suite yet: import a suite file"))
        self.import_btn.setText(self.tr("Import a suite file…"))
        self.import_btn.setToolTip(
            self.tr("A TOML or JSON Lines file of cases (docs/formats/eval-suite.md); kept encrypted.")
        )
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(self.tr("its GGUF export, through llama.cpp (as served)"), "gguf")
        self.target.addItem(self.tr("the stored model, through transformers"), "hf")
        self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self.target.blockSignals(False)
        self.models_label.setText(self.tr("Models to compare"))
        self.models.setToolTip(self.tr("The first ticked model is the baseline; drag the models to reorder them."))
        self.run_btn.setText(self.tr("Evaluate and compare"))
        self.rerun.setText(self.tr("Run again"))
        self.rerun.setToolTip(
            self.tr(
                "Evaluate anew even the models that already have a finished evaluation on this suite version "
                "(otherwise it is reused)."
            )
        )
        self.save_btn.setText(self.tr("Save report…"))
        self.save_btn.setToolTip(self.tr("The comparison as one HTML page, answers included (in the clear)."))
        self.summary.setHorizontalHeaderLabels(
            [self.tr("Model"), self.tr("Passed"), self.tr("Mean latency"), self.tr("Tokens per answer")]
        )
        self.lines.retranslate()
        self.refresh()
        self.show_report()

    # Data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from appliance.eval.store import SuiteStore

        cur = self.suite.currentData()
        self.suite.blockSignals(True)
        self.suite.clear()
        newest: dict[str, dict] = {}
        for r in SuiteStore(self.state.home, self.state.catalog).list():  # metadata only: no key
            newest[r["name"]] = r  # ordered by name, version: the last is the newest
        for r in newest.values():
            self.suite.addItem(
                self.tr("{name} (version {version}, {cases} cases)").format(
                    name=r["name"], version=local_number(r["version"]), cases=local_number(r["cases"])
                ),
                r["id"],
            )
        idx = self.suite.findData(cur)
        self.suite.setCurrentIndex(idx if idx >= 0 else (0 if self.suite.count() else -1))
        self.suite.blockSignals(False)
        self.refresh_models()
        self.lines.refresh()

    def servable_models(self) -> list[dict]:
        """The models with a verified export (what evaluation through llama.cpp and promotion run)."""
        from appliance.serving.chat import servable_exports

        ids = {e["model_id"] for e in servable_exports(self.state.catalog)}
        return [m for m in self.state.catalog.list_models() if m["id"] in ids]

    def refresh_models(self) -> None:
        models = self.servable_models() if self.target.currentData() != "hf" else self.state.catalog.list_models()
        order = [self.models.item(i).data(Qt.UserRole) for i in range(self.models.count())]
        checked = set(self.chosen())
        # Keep the user's order (the baseline first); models new to the list go at the end.
        rank = {name: i for i, name in enumerate(order)}
        models.sort(key=lambda m: rank.get(m["name"], len(rank)))
        self.models.clear()
        for m in models:
            item = QListWidgetItem(m["name"])
            item.setData(Qt.UserRole, m["name"])
            item.setFlags((item.flags() | Qt.ItemIsUserCheckable) & ~Qt.ItemIsDropEnabled)
            item.setCheckState(Qt.Checked if m["name"] in checked else Qt.Unchecked)
            self.models.addItem(item)
        self.models_hint.setText(
            self.tr("No model has a verified export yet: export one on the Export page.")
            if self.target.currentData() != "hf"
            else self.tr("No model yet: import one on the Models page.")
        )
        self.models_hint.setVisible(not models)
        fit_list(self.models, self.models.count(), 2, 4)

    def chosen(self) -> list[str]:
        """The ticked models' names, in the list's order (the first is the baseline)."""
        items = (self.models.item(i) for i in range(self.models.count()))
        return [it.data(Qt.UserRole) for it in items if it.checkState() == Qt.Checked]

    def set_chosen(self, names: list[str]) -> None:
        """Tick ``names`` (and only them), in this order at the top of the list."""
        for i in range(self.models.count()):
            item = self.models.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in names else Qt.Unchecked)
        for pos, name in enumerate(names):
            for i in range(self.models.count()):
                if self.models.item(i).data(Qt.UserRole) == name:
                    self.models.insertItem(pos, self.models.takeItem(i))
                    break

    # Importing a suite -------------------------------------------------------------------------
    def import_suite(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Evaluation suite"), "", self.tr("Suites (*.toml *.jsonl);;All files (*)")
        )
        if path:
            self.import_suite_file(path)

    def import_suite_file(self, path: str) -> None:
        from functools import partial

        from gui import tasks

        def done(row):
            self.refresh()
            idx = self.suite.findData(row["id"])
            if idx >= 0:
                self.suite.setCurrentIndex(idx)
            self.info(
                self.tr("Suite {name} version {version}: {cases} cases, kept encrypted.").format(
                    name=ltr(row["name"]), version=local_number(row["version"]), cases=local_number(row["cases"])
                ),
                "success",
            )

        self.state.run(partial(tasks.import_suite, path=path), needs_keys=True, on_done=done)

    # Evaluating and comparing ------------------------------------------------------------------
    def run(self) -> None:
        from functools import partial

        from gui import tasks

        suite, models = self.suite.currentData(), self.chosen()
        if not suite:
            self.info(self.tr("Choose a suite, or import a suite file."), "error")
            return
        if not models:
            self.info(self.tr("Tick at least one model to evaluate."), "error")
            return
        job = self.state.run(
            partial(
                tasks.evaluate_and_compare,
                suite=suite,
                models=models,
                target=self.target.currentData(),
                rerun=self.rerun.isChecked(),
            ),
            needs_keys=True,
            on_done=self._compared,
        )
        if job is None:
            return
        self.eval_job = job
        self.run_btn.setEnabled(False)
        job.finished.connect(self._eval_finished)
        self.progress.attach(job)

    def _eval_finished(self) -> None:
        self.eval_job = None
        self.run_btn.setEnabled(True)

    def _compared(self, report: dict) -> None:
        self.show_report(report)
        self.info(
            self.tr("Compared {n} model(s) on suite {suite}.").format(
                n=local_number(len(report["models"])), suite=ltr(report["suite"]["name"])
            ),
            "success",
        )

    def show_report(self, report: dict | None = None, verdict: dict | None = None) -> None:
        """Lay out a comparison report (``None``: the one shown, again, e.g. in a new language)."""
        if report is not None:
            self.report, self.report_verdict = report, verdict
        report = self.report
        for w in (self.summary, self.slices, self.difference, self.split):
            w.setVisible(report is not None)
        self.save_btn.setEnabled(report is not None)
        if report is None:
            self.report_title.setText(
                self.tr(
                    "Choose a suite, tick one or more models and press Evaluate and compare: each model "
                    "answers every case with greedy decoding, and the results appear here side by side."
                )
            )
            self.report_title.setStyleSheet("")
            fill(self.summary, [])
            fill(self.slices, [])
            fill(self.cases, [])
            self.detail.clear()
            return
        models = report["models"]
        labels = [m["label"] for m in models]
        s = report["suite"]
        self.report_title.setStyleSheet("font-weight:bold;")
        self.report_title.setText(
            self.tr("Suite {suite}: {cases} cases, {n} model(s)").format(
                suite=ltr(s["name"]), cases=local_number(s["cases"]), n=local_number(len(models))
            )
        )
        rows = []
        for i, m in enumerate(models):
            sm = m["summary"]
            name = (
                self.tr("{model} (baseline)").format(model=ltr(m["label"]))
                if i == 0 and len(models) > 1
                else m["label"]
            )
            rows.append(
                [
                    name,
                    self._pct(sm["passed"], sm.get("done", sm["cases"])),
                    self.tr("{ms} ms").format(ms=local_number(sm["latency_ms_mean"], 0))
                    if sm.get("latency_ms_mean") is not None
                    else "–",
                    local_number(sm["tokens_mean"], 1) if sm.get("tokens_mean") is not None else "–",
                ]
            )
        fill(self.summary, rows)
        for i, m in enumerate(models):  # the evaluation behind each row, for `appliance evals show ID`
            self.summary.item(i, 0).setToolTip(self.tr("Evaluation {id}").format(id=ltr(m["evaluation_id"])))
        fit_table(self.summary, 1, 4)

        slice_rows = []
        keys = sorted(report["slices"], key=lambda k: (k != "language", k))  # language first
        for key in keys:
            for value, cells in report["slices"][key].items():
                slice_rows.append([f"{key} = {value}", *[self._pct(c["passed"], c["cases"]) for c in cells]])
        self.slices.setColumnCount(1 + len(models))
        self.slices.setHorizontalHeaderLabels([self.tr("Slice"), *labels])
        fill(self.slices, slice_rows)
        fit_table(self.slices, 1, 4)

        lines = []
        base = labels[0]
        for c in report["comparisons"]:
            lo, hi = c["bootstrap_95"]
            lines.append(
                self.tr(
                    "{model} against {baseline}: {difference} points (95 % interval {low} … {high}, paired "
                    "bootstrap); {mcnemar}; only {baseline} passed {b}, only {model} passed {c}."
                ).format(
                    model=ltr(c["label"]),
                    baseline=ltr(base),
                    difference=self._points(c["difference"]),
                    low=self._points(lo),
                    high=self._points(hi),
                    mcnemar=ltr("McNemar p = " + local_p(c["mcnemar_p"])),  # a formula: left to right
                    b=local_number(c["only_baseline_passed"]),
                    c=local_number(c["only_this_passed"]),
                )
            )
        if self.report_verdict is not None:
            from gui.core_text import core_text

            lines.append(self.tr("Promotion gate: {summary}").format(summary=core_text(self.report_verdict["summary"])))
        if not lines and len(models) == 1:
            lines.append(self.tr("Tick a second model to compare it with this one."))
        self.difference.setText("\n".join(reading(line) for line in lines))

        self.cases.setColumnCount(2 + len(models))
        self.cases.setHorizontalHeaderLabels([self.tr("Case"), self.tr("Tags"), *labels])
        self.cases.setRowCount(len(report["cases"]))
        ok_color = QColor(status_color(self.cases, True))
        bad_color = QColor(status_color(self.cases, False))
        for r, case in enumerate(report["cases"]):
            self.cases.setItem(r, 0, QTableWidgetItem(case["id"]))
            self.cases.setItem(r, 1, QTableWidgetItem(" · ".join(f"{k}={v}" for k, v in case["tags"].items())))
            for k, o in enumerate(case["outcomes"]):
                item = QTableWidgetItem(PASS_MARK if o["passed"] else FAIL_MARK)
                item.setTextAlignment(Qt.AlignCenter)
                item.setForeground(QBrush(ok_color if o["passed"] else bad_color))
                item.setToolTip(self._answer_tip(o))
                self.cases.setItem(r, 2 + k, item)
        if report["cases"]:
            self.cases.setCurrentCell(0, 0)
        self.show_case()

    def show_case(self) -> None:
        """The selected case: its prompt, then each model's verdict, the scorer's detail and the answer."""
        r = self.cases.currentRow()
        if self.report is None or not 0 <= r < len(self.report["cases"]):
            self.detail.clear()
            return
        case = self.report["cases"][r]
        esc = html.escape
        tags = " · ".join(f"{k}={v}" for k, v in case["tags"].items())
        parts = [
            f"<p><b>{esc(case['id'])}</b> <span style='color:#666'>{esc(case['scorer'])} · {esc(tags)}</span></p>",
            f"<p dir='{text_direction(case['prompt'])}'>{esc(case['prompt'])}</p><hr>",
        ]
        for m, o in zip(self.report["models"], case["outcomes"], strict=True):
            verdict = self.tr("passed") if o["passed"] else self.tr("failed")
            mark = PASS_MARK if o["passed"] else FAIL_MARK
            color = status_color(self.detail, o["passed"])
            detail = f" <span style='color:#666'>({esc(o['detail'])})</span>" if o.get("detail") else ""
            parts.append(
                f"<p><b>\u2068{esc(m['label'])}\u2069</b>: <span style='color:{color}'>{mark} {esc(verdict)}</span>"
                f"{detail}</p>"
            )
            answer = o.get("answer") or ""
            parts.append(
                f"<p dir='{text_direction(answer)}' style='white-space:pre-wrap'>{esc(answer)}</p>"
                if answer
                else f"<p><i>{esc(self.tr('(no answer)'))}</i></p>"
            )
        self.detail.setHtml("".join(parts))

    def _answer_tip(self, outcome: dict) -> str:
        answer = outcome.get("answer") or ""
        if len(answer) > ANSWER_TIP:
            answer = answer[:ANSWER_TIP] + "…"
        text = html.escape(answer) if answer else f"<i>{html.escape(self.tr('(no answer)'))}</i>"
        detail = (
            f"<br><span style='color:#666'>{html.escape(outcome['detail'])}</span>" if outcome.get("detail") else ""
        )
        return f"<p dir='{text_direction(answer)}' style='white-space:pre-wrap'>{text}{detail}</p>"

    def _pct(self, passed: int, n: int) -> str:
        if not n:
            return "–"
        return self.tr("{passed}/{n} ({pct} %)").format(
            passed=local_number(passed), n=local_number(n), pct=local_number(100 * passed / n, 0)
        )

    @staticmethod
    def _points(fraction: float) -> str:
        value = 100 * fraction
        sign = QLocale().positiveSign() if value > 0 else ""
        return sign + local_number(value, 1)

    def save_report(self) -> None:
        from appliance.eval.report import to_html
        from appliance.fsutil import atomic_write_text

        if self.report is None:
            self.info(self.tr("Evaluate and compare first: there is no report to save."), "error")
            return
        default = Path.home() / f"{self.report['suite']['name']}-report.html"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(default), self.tr("HTML page (*.html)")
        )
        if not path:
            return
        try:
            atomic_write_text(Path(path), to_html(self.report, verdict=self.report_verdict))
        except OSError as exc:
            self.info(self.tr("Could not write {path}: {why}").format(path=ltr(path), why=exc.strerror or exc), "error")
            return
        self.info(
            self.tr("Saved the report to {path}. It holds the answers in the clear.").format(path=ltr(path)), "success"
        )

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.FontChange:  # another language's font: taller rows
            fit_list(self.models, self.models.count(), 2, 4)
            fit_table(self.summary, 1, 4)
            fit_table(self.slices, 1, 4)
        super().changeEvent(event)
