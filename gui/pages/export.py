"""Export page: merge a finished run, pick a quantization (with size estimates), export to GGUF
through the verification gate, and read its report."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from appliance.states import GateStatus
from gui.widgets.common import Banner, Page, Section, button_row


class ExportPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.job = None
        lay = QVBoxLayout(self)
        self.merge_box = Section()
        row = QHBoxLayout()
        self.run_pick = QComboBox()
        self.merge_name = QLineEdit()
        self.merge_btn = QPushButton()
        self.merge_btn.clicked.connect(self.merge)
        row.addWidget(self.run_pick, 2)
        row.addWidget(self.merge_name, 1)
        row.addWidget(self.merge_btn)
        self.merge_box.body.addLayout(row)
        lay.addWidget(self.merge_box)

        self.export_box = Section()
        f = QFormLayout()
        self.model = QComboBox()
        self.quants = QListWidget()
        self.policy = QComboBox()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for lbl, w in zip(self.labels, (self.model, self.quants, self.policy), strict=True):
            f.addRow(lbl, w)
        self.export_box.body.addLayout(f)
        row, (self.export_btn, self.cancel_btn) = button_row(self.export, lambda: self.job and self.job.cancel())
        self.export_box.body.addLayout(row)
        self.progress = QProgressBar()
        self.stage = QLabel()
        self.export_box.body.addWidget(self.stage)
        self.export_box.body.addWidget(self.progress)
        self.banner = Banner()
        self.export_box.body.addWidget(self.banner)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.export_box.body.addWidget(self.report, 1)
        lay.addWidget(self.export_box, 1)
        self.model.currentIndexChanged.connect(self.fill_quants)
        self.model.currentIndexChanged.connect(self.show_latest_report)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Export")

    def retranslate(self) -> None:
        self.merge_box.setTitle(self.tr("Merge a finished training run into a new model"))
        self.merge_name.setPlaceholderText(self.tr("name of the merged model (optional)"))
        self.run_pick.setPlaceholderText(self.tr("no finished run waiting to be merged"))
        self.merge_btn.setText(self.tr("Merge"))
        self.export_box.setTitle(self.tr("Export to GGUF with the verification gate"))
        for lbl, t in zip(
            self.labels, (self.tr("Model"), self.tr("Quantization"), self.tr("Tokenizer differences")), strict=True
        ):
            lbl.setText(t)
        current = self.policy.currentIndex()
        self.policy.clear()
        for label, value in (
            (self.tr("default: fail only on Latin, code, digits or lost text"), "default"),
            (self.tr("strict: any difference fails"), "strict"),
            (self.tr("lenient: differences only warn"), "lenient"),
        ):
            self.policy.addItem(label, value)
        self.policy.setCurrentIndex(max(current, 0))
        self.export_btn.setText(self.tr("Export and verify"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.refresh()  # the model kinds, size labels and report verdict are translated texts too

    def refresh(self) -> None:
        from appliance.tuning.runs import RunStore

        cur = self.model.currentData()
        self.model.blockSignals(True)
        self.model.clear()
        self._models = self.state.catalog.list_models()
        kinds = {"builtin": self.tr("built-in"), "imported": self.tr("imported"), "merged": self.tr("merged")}
        for m in self._models:
            self.model.addItem(f"{m['name']} ({kinds.get(m['kind'], m['kind'])})", m["name"])
        idx = self.model.findData(cur)
        self.model.setCurrentIndex(idx if idx >= 0 else max(0, self.model.count() - 1))
        self.model.blockSignals(False)
        self.run_pick.clear()
        for r in RunStore(self.state.home, self.state.catalog).mergeable():
            self.run_pick.addItem(f"{r['name']} ({r['id']})", r["id"])
        if self.run_pick.count():
            self.run_pick.setCurrentIndex(0)  # with a placeholder text Qt leaves it at -1
        self.merge_btn.setEnabled(self.run_pick.count() > 0)
        self.fill_quants()
        self.show_latest_report()

    def show_latest_report(self) -> None:
        """While idle: the selected model's newest export and its verification report."""
        if self.job is not None:
            return
        from appliance.serving.chat import latest_gated_export
        from appliance.serving.verify import GateReport

        m = next((x for x in getattr(self, "_models", []) if x["name"] == self.model.currentData()), None)
        e = latest_gated_export(self.state.catalog, m["id"]) if m else None
        self.stage.setText("")
        self.progress.hide()
        if e is None:
            self.banner.hide()
            self.report.clear()
            return
        report = GateReport.from_dict(e["gate"])
        self.stage.setText(self.tr("Latest export of this model: {id} ({quant}).").format(id=e["id"], quant=e["quant"]))
        self.report.setPlainText(report.render())
        if report.status == GateStatus.PASS:
            self.banner.set_verdict(True, self.tr("Verified: the GGUF behaves like the model it was made from."))
        else:
            self.banner.set_verdict(False, self.tr("Failed verification: the export is kept but marked failed."))

    def fill_quants(self) -> None:
        from appliance.fsutil import human_bytes
        from appliance.serving.export import QUANT_TYPES, estimate_size

        m = next((x for x in getattr(self, "_models", []) if x["name"] == self.model.currentData()), None)
        keep = self.quants.currentRow()
        self.quants.clear()
        for q in QUANT_TYPES.values():
            size = human_bytes(estimate_size(int(m["params"]), q.name)) if m else "?"
            item = QListWidgetItem(
                self.tr("{name}  ~{size}  ({bits:g} bits per weight)").format(
                    name=q.name, size=size, bits=q.bits_per_weight
                )
            )
            item.setData(256, q.name)
            self.quants.addItem(item)
        self.quants.setCurrentRow(keep if keep >= 0 else list(QUANT_TYPES).index("q8_0"))
        # Every type visible without scrolling.
        rows = self.quants.count() * max(self.quants.sizeHintForRow(0), 1)
        self.quants.setFixedHeight(rows + 2 * self.quants.frameWidth() + 2)

    def merge(self) -> None:
        from functools import partial

        from gui import tasks

        if not self.run_pick.currentData():
            self.info(self.tr("Choose a finished training run to merge."), "error")
            return
        job = partial(tasks.merge, run_id=self.run_pick.currentData(), name=self.merge_name.text().strip() or None)
        self.state.run(job, on_event=self.on_event, isolated=True, on_done=self._merged)

    def _merged(self, row) -> None:
        self.info(self.tr("Merged into model {name}.").format(name=row["name"]), "success")
        # The model to export next is the one just made (issue 18, D9).
        self.refresh()
        idx = self.model.findData(row["name"])
        if idx >= 0:
            self.model.setCurrentIndex(idx)

    def export(self) -> None:
        model, item, policy = self.model.currentData(), self.quants.currentItem(), self.policy.currentData()
        if not model or item is None:
            self.info(self.tr("Choose a model and a quantization."), "error")
            return
        quant = item.data(256)
        self.progress.setValue(0)
        self.progress.show()
        self.banner.hide()
        self.report.clear()

        from functools import partial

        from gui import tasks

        self.job = self.state.run(
            partial(tasks.export, model=model, quant=quant, policy=policy),
            on_event=self.on_event,
            on_done=self.on_done,
            isolated=True,
        )
        if self.job is not None:
            self.job.finished.connect(lambda: setattr(self, "job", None))

    def on_event(self, event) -> None:
        from appliance.events import Progress, StageDone

        if isinstance(event, Progress):
            self.stage.setText(event.message or event.stage)
            if event.total:
                self.progress.setRange(0, 1000)
                self.progress.setValue(int(1000 * (event.fraction or 0)))
            else:
                self.progress.setRange(0, 0)
        elif isinstance(event, StageDone):
            self.progress.setRange(0, 1000)
            self.progress.setValue(1000)

    def on_done(self, result) -> None:
        row, report = result
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        self.stage.setText("")
        self.report.setPlainText(report.render())
        if report.status == GateStatus.PASS:
            self.banner.set_verdict(True, self.tr("Verified: the GGUF behaves like the model it was made from."))
        else:
            self.banner.set_verdict(False, self.tr("Failed verification: the export is kept but marked failed."))
