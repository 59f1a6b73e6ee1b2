"""Models page: base and merged models, training runs, exports, and the selected object's lineage."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QTabWidget, QVBoxLayout

from appliance.states import ExportStatus, RunStatus
from gui.pages.datasets import fill, table
from gui.pages.train_form import FormText
from gui.widgets.common import (
    Chain,
    JobProgress,
    Page,
    Section,
    button_row,
    confirm_destructive,
    local_number,
    local_size,
    local_time,
)


def short(n) -> str:
    """A parameter count, "135M" or "1.5B", in the interface language's digits."""
    n = int(n or 0)
    if n >= 1e9:
        return local_number(n / 1e9, 1) + "B"
    return local_number(n / 1e6, 0) + "M" if n >= 1e6 else local_number(n)


class ModelsPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.models, self.runs, self.exports = table(7), table(7), table(6)
        for t in (self.models, self.runs, self.exports):
            self.tabs.addTab(t, "")
            t.itemSelectionChanged.connect(self.show_lineage)
        from gui.pages.tokenizers import TokenizerTab

        self.tokenizers = TokenizerTab(self)
        self.tabs.addTab(self.tokenizers, "")
        lay.addWidget(self.tabs, 1)
        self.lineage_box = Section()
        self.chain = Chain()
        self.lineage_box.body.addWidget(self.chain)
        lay.addWidget(self.lineage_box)
        row, (self.import_dir, self.import_gguf, self.remove_btn) = button_row(
            lambda: self.import_model(folder=True), lambda: self.import_model(folder=False), self.remove
        )
        self.hint = QLabel()
        row.addWidget(self.hint)
        lay.addLayout(row)
        self.import_progress = JobProgress()
        lay.addWidget(self.import_progress)
        self.import_job = self.remove_job = None  # one job per button (issue 25, item 19)
        self.tabs.currentChanged.connect(lambda _i: self.show_lineage())
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Models")

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Models"))
        self.tabs.setTabText(1, self.tr("Training runs"))
        self.tabs.setTabText(2, self.tr("Exports"))
        self.tabs.setTabText(3, self.tr("Tokenizers"))
        self.tokenizers.retranslate()
        self.models.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Architecture"),
                self.tr("Parameters"),
                self.tr("Type"),
                self.tr("Created"),
                self.tr("Id"),
            ]
        )
        self.runs.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Status"),
                self.tr("Method"),
                self.tr("Steps"),
                self.tr("Train loss"),
                self.tr("Held-out loss"),
                self.tr("Id"),
            ]
        )
        self.exports.setHorizontalHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Type"),
                self.tr("Verification"),
                self.tr("Size"),
                self.tr("Created"),
                self.tr("Id"),
            ]
        )
        self.lineage_box.setTitle(self.tr("Lineage of the selected item"))
        self.import_dir.setText(self.tr("Import a model folder…"))
        self.import_gguf.setText(self.tr("Import a GGUF file…"))
        self.remove_btn.setText(self.tr("Remove"))
        self.refresh()

    def refresh(self) -> None:
        from appliance.tuning.runs import RunStore

        keep = self._selected_id() if hasattr(self, "_exports") else None
        cat = self.state.catalog
        kinds = {
            "builtin": self.tr("built-in"),
            "imported": self.tr("imported"),
            "merged": self.tr("merged"),
            "extended": self.tr("extended"),
        }
        self._models = cat.list_models()
        fill(
            self.models,
            [
                [
                    m["name"],
                    kinds.get(m["kind"], m["kind"]),
                    m["architecture"],
                    short(m["params"]),
                    m["dtype"],
                    local_time(m["created_at"]),
                    m["id"],
                ]
                for m in self._models
            ],
        )
        self._runs = RunStore(self.state.home, cat).list()
        run_status = {
            RunStatus.COMPLETED: self.tr("completed"),
            RunStatus.RUNNING: self.tr("running"),
            RunStatus.CANCELLED: self.tr("cancelled"),
            RunStatus.FAILED: self.tr("failed"),
            RunStatus.INTERRUPTED: self.tr("interrupted"),
        }
        fill(
            self.runs,
            [
                [
                    r["name"],
                    run_status.get(r["status"], r["status"]),
                    FormText().choice(r["method"]),
                    f"{local_number(r['steps_done'])}/{local_number(r['total_steps'])}",
                    local_number(r["train_loss"], 4) if r.get("train_loss") is not None else "",
                    local_number(r["eval_loss"], 4) if r.get("eval_loss") is not None else "",
                    r["id"],
                ]
                for r in self._runs
            ],
        )
        names = {m["id"]: m["name"] for m in self._models}
        self._exports = cat.list_exports()
        status = {
            ExportStatus.VERIFIED: self.tr("verified"),
            ExportStatus.FAILED: self.tr("failed"),
            "unverified": self.tr("unverified"),
        }
        fill(
            self.exports,
            [
                [
                    names.get(e["model_id"], e["model_id"]),
                    e["quant"],
                    status.get(e["status"], e["status"]),
                    local_size(e["size_bytes"]),
                    local_time(e["created_at"]),
                    e["id"],
                ]
                for e in self._exports
            ],
        )
        self.tokenizers.refresh()
        if keep is not None and self.tabs.currentIndex() <= 2:  # a language switch or a data change keeps the selection
            rows = [self._models, self._runs, self._exports][self.tabs.currentIndex()]
            t = [self.models, self.runs, self.exports][self.tabs.currentIndex()]
            for i, row in enumerate(rows):
                if row["id"] == keep:
                    t.setCurrentCell(i, 0)  # selectRow() misses in right-to-left layouts
        self.show_lineage()

    def _selected_id(self) -> str | None:
        if self.tabs.currentIndex() > 2:  # the Tokenizers tab selects no object
            return None
        t = [self.models, self.runs, self.exports][self.tabs.currentIndex()]
        rows = [self._models, self._runs, self._exports][self.tabs.currentIndex()]
        r = t.currentRow()
        return rows[r]["id"] if 0 <= r < len(rows) else None

    def show_lineage(self) -> None:
        oid = self._selected_id()
        if oid is None:
            self.chain.set_items([])
            return
        self.chain.set_lineage(self.state.catalog.lineage(oid, limit=8))

    def import_model(self, folder: bool) -> None:
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Hugging Face model folder"))
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("GGUF file"), "", "GGUF (*.gguf)")
        if not path:
            return

        from functools import partial

        from gui import tasks

        self._hold(
            "import_job",
            self.state.run(
                partial(tasks.import_model, path=path),
                isolated=True,
                on_done=lambda row: self.info(self.tr("Imported {name}.").format(name=row["name"]), "success"),
            ),
        )
        self.import_progress.attach(self.import_job)

    def _sync_buttons(self) -> None:
        """Import while an import runs, Remove while a removal runs, are disabled."""
        for b in (self.import_dir, self.import_gguf):
            b.setEnabled(self.import_job is None)
        self.remove_btn.setEnabled(self.remove_job is None)

    def _hold(self, attr: str, job) -> None:
        setattr(self, attr, job)
        if job is not None:
            job.finished.connect(lambda: self._release(attr, job))
        self._sync_buttons()

    def _release(self, attr: str, job) -> None:
        if getattr(self, attr) is job:
            setattr(self, attr, None)
        self._sync_buttons()

    def remove(self) -> None:
        oid = self._selected_id()
        target = self.state.catalog.describe(oid) if oid is not None else None
        if target is None or target["kind"] not in ("model", "export"):
            self.info(self.tr("Select a model or an export to remove."), "error")
            return
        if not confirm_destructive(
            self, self.tr("Remove"), self.tr("Remove {obj} and its files?").format(obj=target["label"])
        ):
            return

        def job(ctx):
            if target["kind"] == "model":
                from appliance.models.store import ModelStore

                return ModelStore(ctx.home, ctx.catalog).remove(oid, force=True)
            from appliance.export.pipeline import Exporter

            return Exporter(ctx.home, ctx.catalog).remove(oid)

        self._hold("remove_job", self.state.run(job, on_done=lambda _r: self.info(self.tr("Removed."), "success")))
