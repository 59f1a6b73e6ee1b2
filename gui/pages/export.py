"""Export page: merge a finished run, pick a quantization (with size estimates), export to GGUF
through the verification gate, and read its report and its model card (``gui/pages/export_card.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from appliance.states import ExportStatus, GateStatus
from gui.core_text import progress_text
from gui.gate_text import render_gate
from gui.pages.datasets import fill, table
from gui.widgets.common import Banner, Chain, JobProgress, Page, Section, button_row, local_size, local_time, ltr


class ExportPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.job = None  # the export (or a copy out): one at a time
        self.merge_job = None
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
        self.merge_progress = JobProgress()
        self.merge_box.body.addWidget(self.merge_progress)
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
        lay.addWidget(self.export_box)

        # The exports of the chosen model, each in hand: its file, size, verdict and lineage; show
        # it in its folder, copy its path, or save a copy elsewhere (audited) (D9, feature 3).
        self.tabs = QTabWidget()
        files = QWidget()
        files_lay = QVBoxLayout(files)
        self.files = table(6)
        self.files.itemSelectionChanged.connect(self.show_selected)
        files_lay.addWidget(self.files, 1)
        self.path = QLabel()
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextSelectableByMouse)
        files_lay.addWidget(self.path)
        self.chain = Chain()
        files_lay.addWidget(self.chain)
        row, (self.show_btn, self.copy_path_btn, self.save_copy_btn) = button_row(
            self.show_in_folder, self.copy_path, self.save_copy
        )
        files_lay.addLayout(row)
        self.tabs.addTab(files, "")
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.tabs.addTab(self.report, "")
        from gui.pages.export_card import CardTab

        self.card = CardTab(self)
        self.tabs.addTab(self.card, "")
        self.tabs.currentChanged.connect(lambda _i: self._follow_card())
        lay.addWidget(self.tabs, 1)
        self._exports: list[dict] = []
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
        self.tabs.setTabText(0, self.tr("Exports of this model"))
        self.tabs.setTabText(1, self.tr("Verification report"))
        self.tabs.setTabText(2, self.tr("Model card"))
        self.files.setHorizontalHeaderLabels(
            [
                self.tr("Quantization"),
                self.tr("Verdict"),
                self.tr("Size"),
                self.tr("Created"),
                self.tr("File"),
                self.tr("Id"),
            ]
        )
        self.show_btn.setText(self.tr("Show in folder"))
        self.copy_path_btn.setText(self.tr("Copy path"))
        self.save_copy_btn.setText(self.tr("Save a copy as…"))
        self.save_copy_btn.setToolTip(
            self.tr("Copies the GGUF out of the workspace; the copy is recorded in the audit log.")
        )
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
        self._sync_buttons()
        self.fill_quants()
        self.show_latest_report()

    def _sync_buttons(self) -> None:
        """One job per button: Merge while a merge runs, Export and Save a copy while an export or
        a copy runs, are disabled, and enabled again when it ends (issue 25, item 19)."""
        self.merge_btn.setEnabled(self.run_pick.count() > 0 and self.merge_job is None)
        self.export_btn.setEnabled(self.job is None)
        if self.job is not None:
            self.save_copy_btn.setEnabled(False)

    def _model_row(self) -> dict | None:
        return next((x for x in getattr(self, "_models", []) if x["name"] == self.model.currentData()), None)

    def show_latest_report(self, select: str | None = None) -> None:
        """While idle: the selected model's exports, newest first, with the newest (or ``select``)
        selected and its verification report shown."""
        if self.job is not None:
            return
        m = self._model_row()
        self._exports = sorted(
            self.state.catalog.list_exports(m["id"]) if m else [], key=lambda e: e["created_at"], reverse=True
        )
        verdicts = {
            ExportStatus.VERIFIED: self.tr("verified"),
            ExportStatus.FAILED: self.tr("failed"),
            ExportStatus.PENDING: self.tr("in progress"),
        }
        fill(
            self.files,
            [
                [
                    e["quant"],
                    verdicts.get(e["status"], e["status"]),
                    local_size(e["size_bytes"]) if e.get("size_bytes") else "",
                    local_time(e["created_at"]),
                    Path(e["path"]).name if e.get("path") else "",
                    e["id"],
                ]
                for e in self._exports
            ],
        )
        self.stage.setText("")
        self.progress.hide()
        ids = [e["id"] for e in self._exports]
        if ids:
            self.files.setCurrentCell(ids.index(select) if select in ids else 0, 0)
        self.show_selected()

    def selected_export(self) -> dict | None:
        r = self.files.currentRow()
        return self._exports[r] if 0 <= r < len(self._exports) else None

    def file_of(self, e: dict) -> Path:
        return self.state.home.root / e["path"]

    def show_selected(self) -> None:
        from appliance.export.verify import GateReport

        e = self.selected_export()
        has_file = bool(e) and self.file_of(e).is_file()
        for b in (self.show_btn, self.copy_path_btn):
            b.setEnabled(has_file)
        self.save_copy_btn.setEnabled(has_file and e["status"] == ExportStatus.VERIFIED and self.job is None)
        self._follow_card()
        if e is None:
            self.banner.hide()
            self.report.clear()
            self.path.clear()
            self.chain.set_items([])
            return
        self.path.setText(
            ltr(self.file_of(e)) if has_file else self.tr("No file: {why}").format(why=e.get("error") or "–")
        )
        self.chain.set_lineage(self.state.catalog.lineage(e["id"], limit=6))
        if not e.get("gate"):
            self.banner.hide()
            self.report.clear()
            return
        report = GateReport.from_dict(e["gate"])
        self.report.setPlainText(render_gate(report))
        if report.status == GateStatus.PASS:
            self.banner.set_verdict(True, self.tr("Verified: the GGUF behaves like the model it was made from."))
        else:
            self.banner.set_verdict(False, self.tr("Failed verification: the export is kept but marked failed."))

    def _follow_card(self) -> None:
        """The card tab follows the selected export while it is shown (a card is read, or made,
        only when someone looks at it)."""
        if self.tabs.currentWidget() is self.card:
            self.card.follow(self.selected_export())

    def show_in_folder(self) -> None:
        e = self.selected_export()
        if e is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.file_of(e).parent)))

    def copy_path(self) -> None:
        e = self.selected_export()
        if e is not None:
            QGuiApplication.clipboard().setText(str(self.file_of(e)))
            self.info(self.tr("Copied the path of the GGUF."), "success")

    def save_copy(self) -> None:
        """Copy the GGUF out of the home (the core checks it against its recorded digest and
        records the copy in the audit log)."""
        e = self.selected_export()
        if e is None:
            return
        src = self.file_of(e)
        dest, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the GGUF"), str(Path.home() / src.name), "GGUF (*.gguf)"
        )
        if not dest:
            return
        export_id = e["id"]

        def job(ctx):
            from appliance.export.pipeline import Exporter

            return str(
                Exporter(ctx.home, ctx.catalog).copy_out(
                    export_id, Path(dest), on_event=ctx.on_event, cancel=ctx.cancel
                )
            )

        def done(path):
            self.progress.hide()
            self.stage.setText("")
            self.info(self.tr("Saved a copy to {path} (recorded in the audit log).").format(path=ltr(path)), "success")

        self.progress.setValue(0)
        self.progress.show()
        self.job = self.state.run(job, on_event=self.on_event, on_done=done, refresh=False)
        if self.job is not None:
            self.job.finished.connect(self._job_finished)
        self._sync_buttons()

    def _job_finished(self) -> None:
        self.job = None
        self.progress.hide()
        self._sync_buttons()
        self.show_selected()  # Save a copy follows the selected export again

    def fill_quants(self) -> None:
        from appliance.export.pipeline import QUANT_TYPES, estimate_size

        m = self._model_row()
        keep = self.quants.currentRow()
        self.quants.clear()
        for q in QUANT_TYPES.values():
            size = local_size(estimate_size(int(m["params"]), q.name)) if m else "?"
            item = QListWidgetItem(
                self.tr("{name}  ~{size}  ({bits} bits per weight)").format(
                    name=q.name, size=size, bits=QLocale().toString(float(q.bits_per_weight), "g", 3)
                )
            )
            item.setData(256, q.name)
            self.quants.addItem(item)
        self.quants.setCurrentRow(keep if keep >= 0 else list(QUANT_TYPES).index("q8_0"))
        self.quants.scrollToItem(self.quants.currentItem())
        # Six types visible (the list scrolls to the rest), so the exports below keep their room.
        rows = min(self.quants.count(), 6) * max(self.quants.sizeHintForRow(0), 1)
        self.quants.setFixedHeight(rows + 2 * self.quants.frameWidth() + 2)

    def merge(self) -> None:
        from functools import partial

        from gui import tasks

        if not self.run_pick.currentData():
            self.info(self.tr("Choose a finished training run to merge."), "error")
            return
        job = partial(tasks.merge, run_id=self.run_pick.currentData(), name=self.merge_name.text().strip() or None)
        self.merge_job = self.state.run(job, isolated=True, on_done=self._merged)
        if self.merge_job is not None:
            self.merge_job.finished.connect(self._merge_finished)
        self.merge_progress.attach(self.merge_job)
        self._sync_buttons()

    def _merge_finished(self) -> None:
        self.merge_job = None
        self._sync_buttons()

    def _merged(self, row) -> None:
        self.info(self.tr("Merged into model {name}.").format(name=row["name"]), "success")
        # The model to export next is the one just made (issue 18, D9).
        self.refresh()
        idx = self.model.findData(row["name"])
        if idx >= 0:
            self.model.setCurrentIndex(idx)

    def export(self) -> None:
        model, item, policy = self.model.currentData(), self.quants.currentItem(), self.policy.currentData()
        if self.job is not None:
            return
        if not model or item is None:
            self.info(self.tr("Choose a model and a quantization."), "error")
            return
        quant = item.data(256)
        force = False
        existing = self._existing(quant)
        if existing is not None:
            choice = self.offer_existing(existing)
            if choice != "again":
                if choice == "use":
                    self.use_existing(existing)
                return
            force = True
        self.progress.setValue(0)
        self.progress.show()
        self.banner.hide()
        self.report.clear()

        from functools import partial

        from gui import tasks

        self.job = self.state.run(
            partial(tasks.export, model=model, quant=quant, policy=policy, force=force),
            on_event=self.on_event,
            on_done=self.on_done,
            isolated=True,
        )
        if self.job is not None:
            self.job.finished.connect(self._job_finished)
        self._sync_buttons()

    def _existing(self, quant: str) -> dict | None:
        """The selected model's verified export to ``quant`` (the core's own check), if any."""
        from appliance.export.pipeline import Exporter

        m = self._model_row()
        return Exporter(self.state.home, self.state.catalog).existing(m, quant) if m else None

    def offer_existing(self, e: dict) -> str:
        """Ask what to do about an export that already exists: "use" it (the default), export
        "again" (a second copy), or "cancel" (issue 25, item 24: a silent duplicate before)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Question)
        box.setWindowTitle(self.tr("Already exported"))
        box.setText(
            self.tr(
                "{model} is already exported to {quant} and verified: {file} ({size}, {date}). "
                "Use that export, or make a second copy?"
            ).format(
                model=self.model.currentData(),
                quant=e["quant"],
                file=ltr(Path(e["path"]).name),
                size=local_size(e["size_bytes"]),
                date=local_time(e["created_at"]),
            )
        )
        use = box.addButton(self.tr("Use the existing export"), QMessageBox.AcceptRole)
        again = box.addButton(self.tr("Export again"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(use)
        box.exec()
        return {use: "use", again: "again"}.get(box.clickedButton(), "cancel")

    def use_existing(self, e: dict) -> None:
        """Select the existing export below, with its report, and say where to use it."""
        self.show_latest_report(select=e["id"])
        self.tabs.setCurrentIndex(0)
        self.info(
            self.tr("Using the existing export {file}: chat with it on the Playground page, or serve it.").format(
                file=ltr(self.file_of(e))
            ),
            "success",
        )

    def on_event(self, event) -> None:
        from appliance.events import Progress, StageDone

        if isinstance(event, Progress):
            self.stage.setText(progress_text(event))
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
        self.job = None  # the list below is read now, before the job's finished signal
        self.show_latest_report(select=row["id"] if row else None)
        self.tabs.setCurrentIndex(0 if row and report.status == GateStatus.PASS else 1)
        if row is None or report.status != GateStatus.PASS:
            self.report.setPlainText(render_gate(report))
            self.banner.set_verdict(False, self.tr("Failed verification: the export is kept but marked failed."))
            return
        self.info(
            self.tr("Exported and verified: {file} ({size}). Chat with it on the Playground page.").format(
                file=ltr(self.file_of(row)), size=local_size(row["size_bytes"])
            ),
            "success",
        )
