"""The Export page's "Model card" tab: the selected verified export's model card (docs/model-cards.md),
its Markdown rendered in the interface language, and "Save card…" (``appliance exports card EXPORT
--format markdown|json|bom -o FILE``: the signed JSON card and ML-BOM get the workspace's signature
beside them)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget

from appliance.states import ExportStatus
from gui.widgets.common import button_row, ltr


class CardTab(QWidget):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.state = page.state
        self.loaded: dict | None = None  # {"export_id", "card", "paths"} of the card shown
        self.export_id: str | None = None  # the export the tab follows
        self.job = None
        self._loading: str | None = None  # the export whose card the running job reads
        lay = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.view = QTextBrowser()
        self.view.setOpenExternalLinks(False)
        self.view.setMinimumHeight(320)
        lay.addWidget(self.view, 1)
        row, (self.save_btn,) = button_row(self.save)
        lay.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_btn.setText(self.tr("Save card…"))
        self.save_btn.setToolTip(
            self.tr(
                "Saves the card as Markdown (in this language), or the signed card (JSON) or ML-BOM "
                "(CycloneDX) with the workspace's signature beside it."
            )
        )
        self.render()

    def follow(self, export: dict | None) -> None:
        """Show ``export``'s card (loaded in a worker: a card made before it existed is made now)."""
        verified = export is not None and export["status"] == ExportStatus.VERIFIED
        self.export_id = export["id"] if verified else None
        if not verified:
            self.loaded = None
            self.render()
            return
        if self.loaded is not None and self.loaded["export_id"] == export["id"]:
            return
        if self.job is not None:
            return  # when the running load ends, the tab follows the export selected then

        from gui import tasks

        self.loaded, self._loading = None, export["id"]
        self.render(loading=True)
        self.job = self.state.run(partial(tasks.load_card, export_id=export["id"]), refresh=False, on_done=self._got)
        if self.job is not None:
            self.job.finished.connect(self._finished)

    def _got(self, loaded: dict) -> None:
        if loaded["export_id"] == self.export_id:
            self.loaded = loaded
            self.render()

    def _finished(self) -> None:
        self.job = None
        loaded_for, self._loading = self._loading, None
        if self.export_id is not None and self.export_id != loaded_for:
            self.follow(self.page.selected_export())  # the selection moved while it read
        elif self.loaded is None:
            self.render()  # it failed: the message panel says why; not tried again by itself

    def render(self, loading: bool = False) -> None:
        from appliance.export.card import render_markdown

        self.save_btn.setEnabled(self.loaded is not None)
        if self.loaded is None:
            self.view.clear()
            if loading:
                self.note.setText(self.tr("Reading the model card…"))
            elif self.export_id is None:
                self.note.setText(self.tr("Model cards are made for verified exports: select one above."))
            else:
                self.note.setText(self.tr("The model card could not be read (the message above says why)."))
            return
        self.note.setText(
            self.tr(
                "What this export is made of, from the catalog: lineage, data (ids and digests, never rows), "
                "training, evaluation and licences. Signed by the workspace: {path}"
            ).format(path=ltr(self.loaded["paths"]["card.json"]))
        )
        self.view.setMarkdown(render_markdown(self.loaded["card"]))  # in the interface language

    def save(self) -> None:
        from gui import tasks

        if self.loaded is None:
            return
        card = self.loaded["card"]
        stem = Path(card["export"]["file"]).stem
        filters = {
            self.tr("Model card, Markdown (*.md)"): ("markdown", ".card.md"),
            self.tr("Model card, signed JSON (*.json)"): ("json", ".card.json"),
            self.tr("ML-BOM, signed CycloneDX JSON (*.cdx.json)"): ("bom", ".cdx.json"),
        }
        first = next(iter(filters))
        dest, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the model card"), str(Path.home() / (stem + ".card.md")), ";;".join(filters), first
        )
        if not dest:
            return
        fmt, suffix = filters.get(chosen, filters[first])
        if not Path(dest).suffix:
            dest += suffix
        export_id = self.loaded["export_id"]
        self.state.run(
            partial(tasks.save_card, export_id=export_id, fmt=fmt, dest=dest), refresh=False, on_done=self._saved
        )

    def _saved(self, result: dict) -> None:
        paths = result["written"]
        if result["signed"]:
            text = self.tr("Saved the card to {path}, with the workspace's signature {sig}.").format(
                path=ltr(paths[0]), sig=ltr(Path(paths[1]).name)
            )
        else:
            text = self.tr("Saved the card to {path}.").format(path=ltr(paths[0]))
        self.page.info(text, "success")

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
