"""Documents page: the collections the models answer from (docs/retrieval.md), their documents
and versions, imports (a worker process, progress, Cancel), removal (crypto-erase) and a search
preview. Each action is the core call of ``appliance docs``: ``DocStore.create_collection``,
``import_files``, ``versions``, ``remove``, ``drop_collection``, ``retriever.retrieve`` (purpose
"search"). ``SourceList`` draws the numbered sources under a grounded Playground answer."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)

from gui.pages.datasets import fill, table
from gui.widgets.common import (
    JobProgress,
    Page,
    Section,
    button_row,
    confirm_destructive,
    fit_table,
    local_number,
    local_size,
    local_time,
    ltr,
    reading,
    text_direction,
    wrapping_check,
)

KINDS = {"pdf": "PDF", "docx": "DOCX", "odt": "ODT", "html": "HTML", "markdown": "Markdown"}


# Jobs that run in a worker process (module-level: picklable; results are plain data) ----------
def create_collection(ctx, name: str, description: str, tokenizer_model, chunk_tokens: int, overlap: int) -> dict:
    """``appliance docs create``: the built-in model unpacked first when it measures the chunks
    (the first time only; with its progress and Cancel), then the collection's row."""
    from appliance.knowledge.store import DocStore
    from appliance.models.builtin import BUILTIN_NAME
    from appliance.models.store import ModelStore

    if tokenizer_model is None:
        ModelStore(ctx.home, ctx.catalog).get(BUILTIN_NAME, on_event=ctx.on_event, cancel=ctx.cancel)
    return DocStore(ctx.home, ctx.catalog).create_collection(
        name, description=description, tokenizer_model=tokenizer_model, chunk_tokens=chunk_tokens, overlap=overlap
    )


def import_documents(ctx, collection: str, paths: list[str]) -> list[dict]:
    """``appliance docs import FILE… -c COLLECTION``: one result per file."""
    from appliance.knowledge.store import DocStore

    store = DocStore(ctx.home, ctx.catalog, ctx.keys)
    return store.import_files(collection, [Path(p) for p in paths], on_event=ctx.on_event, cancel=ctx.cancel)


class SourceList(QObject):
    """The numbered sources of a grounded answer (``knowledge.answer.citations``) as links, the
    cited ones in bold, or why there were none; a link opens the chunk's text (``show``)."""

    def label(self, s: dict) -> str:
        page = self.tr("p. {page}").format(page=local_number(s["page"])) if s.get("page") else s.get("anchor") or ""
        title = self.tr("{document} v{version}").format(document=s["document"], version=local_number(s["version"]))
        return f"[{local_number(s['index'])}] {title}" + (f", {page}" if page else "")

    def notice(self, notice: str | None) -> str:
        if notice == "script_not_in_collection":
            return self.tr("The collection holds no text in the question's script: no sources.")
        if notice == "empty_collection":
            return self.tr("The collection holds no documents yet: no sources.")
        return self.tr("No document matched the question: no sources.")

    def html(self, sources: list[dict], notice: str | None, key: int) -> str:
        """``key``: the answer's place in its pane's history, in each link (``source:KEY:N``)."""
        if not sources:
            return f'<p style="color:#8a6d00"><i>{html.escape(self.notice(notice))}</i></p>'
        lines = []
        for n, s in enumerate(sources):
            text = html.escape(self.label(s))
            if s.get("cited"):
                text = f"<b>{text}</b>"
            lines.append(f'<a href="source:{key}:{n}">{text}</a>')
        head = html.escape(self.tr("Sources (bold: cited in the answer; click one to read it):"))
        return f'<p style="color:#555"><small>{head}</small><br>{"<br>".join(lines)}</p>'

    def show(self, parent, source: dict) -> QDialog:
        """The chunk's text in a small window of its own (one per parent, reused)."""
        dlg = getattr(parent, "source_dialog", None)
        if dlg is None:
            dlg = parent.source_dialog = QDialog(parent)
            dlg.resize(520, 360)
            lay = QVBoxLayout(dlg)
            dlg.where, dlg.text = QLabel(), QTextBrowser()
            dlg.where.setWordWrap(True)
            lay.addWidget(dlg.where)
            lay.addWidget(dlg.text, 1)
            buttons = QDialogButtonBox(QDialogButtonBox.Close)
            buttons.rejected.connect(dlg.close)
            lay.addWidget(buttons)
        dlg.setWindowTitle(self.label(source))
        where = self.tr("{collection}, {document} version {version}, chunk {chunk} (score {score})").format(
            collection=source.get("collection", ""),
            document=source["document"],
            version=local_number(source["version"]),
            chunk=local_number(source.get("chunk", 0)),
            score=local_number(source.get("score", 0.0), 4),
        )
        dlg.where.setText(reading(f"<b>{html.escape(self.label(source))}</b><br>{html.escape(where)}"))
        text = source.get("text") or ""
        dlg.text.setHtml(f'<div dir="{text_direction(text)}">' + html.escape(text).replace("\n", "<br>") + "</div>")
        dlg.show()
        dlg.raise_()
        return dlg


class CollectionDialog(QDialog):
    """A new collection's name, description, the model whose tokens measure its chunks, and the
    chunk size and overlap in those tokens (the core checks them)."""

    def __init__(self, parent, models: list[dict]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New collection"))
        form = QFormLayout(self)
        self.name, self.description = QLineEdit(), QLineEdit()
        self.tokenizer = QComboBox()
        self.tokenizer.addItem(self.tr("the built-in model (default)"), None)
        for m in models:
            self.tokenizer.addItem(m["name"], m["name"])
        self.chunk_tokens, self.overlap = QSpinBox(), QSpinBox()
        self.chunk_tokens.setRange(32, 4096)
        self.chunk_tokens.setValue(200)
        self.overlap.setRange(0, 2047)
        self.overlap.setValue(40)
        self.note = QLabel(self.tr(
            "Chunks are measured in the tokens of this model (use the model you serve). The built-in "
            "model is unpacked the first time it is used: that takes a while."
        ))  # fmt: skip
        self.note.setWordWrap(True)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Tokenizer of"), self.tokenizer)
        form.addRow(self.tr("Chunk size (tokens)"), self.chunk_tokens)
        form.addRow(self.tr("Overlap (tokens)"), self.overlap)
        form.addRow(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "description": self.description.text().strip(),
            "tokenizer_model": self.tokenizer.currentData(),
            "chunk_tokens": self.chunk_tokens.value(),
            "overlap": self.overlap.value(),
        }


class DocumentsPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._shown = False  # the collections are read once the page is first shown (start-up stays light)
        self._collections: list[dict] = []
        self._docs: list[dict] = []
        self._retrieval = None  # the search preview's result, kept to draw again in another language
        self.versions_dialog = None
        self.sources = SourceList(self)
        lay = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        self.col_box = Section()
        self.cols = table(4)
        self.cols.horizontalHeader().setStretchLastSection(False)
        self.cols.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)  # the name takes the room
        self.cols.itemSelectionChanged.connect(self.refresh_documents)
        self.col_box.body.addWidget(self.cols)
        row, (self.new_btn, self.drop_btn) = button_row(self.new_collection, self.drop_collection)
        self.col_box.body.addLayout(row)
        self.create_progress = JobProgress()
        self.col_box.body.addWidget(self.create_progress)
        lay.addWidget(self.col_box)

        self.doc_box = Section()
        self.show_all = QCheckBox()
        holder, self.show_all_text = wrapping_check(self.show_all)
        self.show_all.toggled.connect(lambda _on: self.refresh_documents())
        self.doc_box.body.addWidget(holder)
        self.docs = table(8)
        self.doc_box.body.addWidget(self.docs)
        row, (self.import_btn, self.versions_btn, self.remove_btn) = button_row(
            self.pick_files, self.show_versions, self.remove_document
        )
        self.doc_box.body.addLayout(row)
        self.import_progress = JobProgress()
        self.doc_box.body.addWidget(self.import_progress)
        lay.addWidget(self.doc_box)

        self.search_box = Section()
        self.query, self.search_btn = QLineEdit(), QPushButton()
        self.query.returnPressed.connect(self.search)
        self.search_btn.clicked.connect(self.search)
        self.k, self.mode, self.k_label, self.mode_label = QSpinBox(), QComboBox(), QLabel(), QLabel()
        self.k.setRange(1, 20)
        self.k.setValue(5)
        self.mode.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        for widgets in ((self.query, self.search_btn), (self.k_label, self.k, self.mode_label, self.mode)):
            row = QHBoxLayout()
            for w in widgets:
                row.addWidget(w, 1 if w is self.query else 0)
            if w is self.mode:
                row.addStretch(1)
            self.search_box.body.addLayout(row)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#8a6d00;")
        self.notice.hide()
        self.search_box.body.addWidget(self.notice)
        self.results = QTextBrowser()
        self.results.setMinimumHeight(220)
        self.search_box.body.addWidget(self.results, 1)
        lay.addWidget(self.search_box, 1)
        state.lock_changed.connect(self._lock_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Documents")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Collections of documents the models answer from, citing document, version and page. "
                "Everything is encrypted; removing a document crypto-erases it."
            )
        )
        self.col_box.setTitle(self.tr("Collections"))
        self.cols.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Documents"), self.tr("Chunks"), self.tr("Size")])
        self.new_btn.setText(self.tr("New collection…"))
        self.drop_btn.setText(self.tr("Remove collection…"))
        self.show_all_text.setText(self.tr("Show superseded versions"))
        self.docs.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Version"), self.tr("Kind"), self.tr("Pages"), self.tr("Chunks"),
             self.tr("Size"), self.tr("File"), self.tr("Imported")]
        )  # fmt: skip
        self.import_btn.setText(self.tr("Import files…"))
        self.versions_btn.setText(self.tr("Versions"))
        self.remove_btn.setText(self.tr("Remove document…"))
        self.search_box.setTitle(self.tr("Search preview"))
        self.query.setPlaceholderText(self.tr("A question, as a user would ask it"))
        self.search_btn.setText(self.tr("Search"))
        self.k_label.setText(self.tr("Results"))
        self.mode_label.setText(self.tr("Ranking"))
        current = max(self.mode.currentIndex(), 0)
        self.mode.clear()
        for label, value in (
            (self.tr("hybrid (meaning and words)"), "hybrid"),
            (self.tr("dense (meaning)"), "dense"),
            (self.tr("lexical (words)"), "lexical"),
        ):
            self.mode.addItem(label, value)
        self.mode.setCurrentIndex(current)
        self.refresh()  # numbers, sizes and dates in the new language's format
        self._render_results()

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        fit_table(self.docs, least=3, most=8)  # room for its scroll bar when a narrow window needs one

    def showEvent(self, event):  # noqa: N802
        if not self._shown:
            self._shown = True
            self.refresh()
        super().showEvent(event)

    # Collections and documents ------------------------------------------------------------
    def _store(self):
        from appliance.knowledge.store import DocStore

        return DocStore(self.state.home, self.state.catalog)

    def refresh(self) -> None:
        if not self._shown:
            return
        keep = self.current_collection()
        self._collections = self._store().collections()
        self.cols.blockSignals(True)
        fill(
            self.cols,
            [
                [c["name"], local_number(c["documents"]), local_number(c["chunks"]), local_size(c["bytes"])]
                for c in self._collections
            ],
        )
        ids = [c["id"] for c in self._collections]
        if keep is not None and keep["id"] in ids:
            self.cols.setCurrentCell(ids.index(keep["id"]), 0)
        elif self._collections:
            self.cols.setCurrentCell(0, 0)
        fit_table(self.cols, least=1, most=4)
        self.cols.blockSignals(False)
        self.refresh_documents()

    def current_collection(self) -> dict | None:
        r = self.cols.currentRow()
        return self._collections[r] if 0 <= r < len(self._collections) else None

    def current_document(self) -> dict | None:
        r = self.docs.currentRow()
        return self._docs[r] if 0 <= r < len(self._docs) else None

    def refresh_documents(self) -> None:
        col = self.current_collection()
        keep = self.current_document()
        self.doc_box.setTitle(self.tr("Documents in {name}").format(name=col["name"]) if col else self.tr("Documents"))
        self._docs = self._store().documents(col["id"], all_versions=self.show_all.isChecked()) if col else []
        old = self.tr("superseded")
        fill(
            self.docs,
            [
                [
                    d["name"],
                    local_number(d["version"]) + ("" if d["state"] == "current" else f" ({old})"),
                    KINDS.get(d["kind"], self.tr("text") if d["kind"] == "text" else d["kind"]),
                    local_number(d["pages"]) if d.get("pages") else "",
                    local_number(d["chunks"]),
                    local_size(d["bytes"]),
                    ltr(d["source_file"]),
                    local_time(d["created_at"]),
                ]
                for d in self._docs
            ],
        )
        grey = QColor("#888")
        for r, d in enumerate(self._docs):
            if d["state"] != "current":
                for c in range(self.docs.columnCount()):
                    self.docs.item(r, c).setForeground(grey)
        ids = [d["id"] for d in self._docs]
        if keep is not None and keep["id"] in ids:
            self.docs.setCurrentCell(ids.index(keep["id"]), 0)
        fit_table(self.docs, least=3, most=8)

    @staticmethod
    def _hold(job, *buttons):
        """One job per button: ``buttons`` are disabled until ``job`` is done, failed or cancelled."""
        if job is not None:
            for b in buttons:
                b.setEnabled(False)
                job.finished.connect(lambda b=b: b.setEnabled(True))
        return job

    def _need_collection(self) -> dict | None:
        col = self.current_collection()
        if col is None:
            self.info(self.tr("Create a collection first (New collection…)."), "error")
        return col

    def _need_document(self) -> dict | None:
        doc = self.current_document()
        if doc is None:
            self.info(self.tr("Select a document first."), "error")
        return doc

    def new_collection(self) -> None:
        dlg = CollectionDialog(self, self.state.catalog.list_models())
        if dlg.exec() != QDialog.Accepted:
            return
        values = dlg.values()

        def done(row):
            self.refresh()
            names = [c["name"] for c in self._collections]
            if row["name"] in names:
                self.cols.setCurrentCell(names.index(row["name"]), 0)
            self.info(self.tr("Created collection {name}.").format(name=row["name"]), "success")

        job = self.state.run(partial(create_collection, **values), on_done=done, isolated=True)
        self.create_progress.attach(self._hold(job, self.new_btn))

    def drop_collection(self) -> None:
        col = self._need_collection()
        if col is None or not confirm_destructive(
            self,
            self.tr("Remove collection"),
            self.tr(
                "Remove the collection {name} and its {n} document(s) for good? Every document is "
                "crypto-erased: this cannot be undone."
            ).format(name=col["name"], n=local_number(col["documents"])),
        ):
            return

        def job(ctx):
            from appliance.knowledge.store import DocStore

            return DocStore(ctx.home, ctx.catalog).drop_collection(col["id"])

        def done(n):
            self.info(
                self.tr("Removed collection {name} and its {n} document(s).").format(
                    name=col["name"], n=local_number(n)
                ),
                "success",
            )

        self._hold(self.state.run(job, on_done=done), self.remove_btn, self.drop_btn)

    def pick_files(self) -> None:
        if self._need_collection() is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Documents to import"),
            "",
            self.tr("Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;All files (*)"),
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        if (col := self._need_collection()) is None:
            return
        job = self.state.run(
            partial(import_documents, collection=col["id"], paths=[str(p) for p in paths]),
            on_done=lambda results: self._imported(col, results),
            needs_keys=True,
            isolated=True,
        )
        self.import_progress.attach(self._hold(job, self.import_btn))

    def _imported(self, col: dict, results: list[dict]) -> None:
        """Each file's result in the info line (its file name: ``source_file``)."""
        lines, warn = [], False
        for r in results:
            f = dict(
                file=ltr(r["source_file"]), name=r["name"], v=local_number(r["version"]), n=local_number(r["chunks"])
            )
            if r["status"] == "new":
                lines.append(self.tr("{file}: {name} version {v}, {n} chunks.").format(**f))
            elif r["status"] == "updated":
                lines.append(self.tr("{file}: {name} version {v} replaces the previous one, {n} chunks.").format(**f))
            else:
                lines.append(self.tr("{file}: unchanged; {name} stays at version {v}.").format(**f))
            if r.get("empty_pages"):
                warn = True
                pages = ", ".join(local_number(p) for p in r["empty_pages"])
                lines.append(
                    self.tr(
                        "{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; "
                        "OCR them to include them."
                    ).format(file=f["file"], pages=pages)
                )
        head = self.tr("Imported into {collection} (encrypted):").format(collection=col["name"])
        self.info(reading("\n".join([head, *lines])), "info" if warn else "success")

    def show_versions(self) -> None:
        col, doc = self.current_collection(), self._need_document()
        if doc is None:
            return
        rows = self._store().versions(col["id"], doc["name"])
        if self.versions_dialog is None:
            self.versions_dialog = QDialog(self)
            self.versions_dialog.resize(640, 260)
            lay = QVBoxLayout(self.versions_dialog)
            self.versions_dialog.table = table(6)
            lay.addWidget(self.versions_dialog.table)
            buttons = QDialogButtonBox(QDialogButtonBox.Close)
            buttons.rejected.connect(self.versions_dialog.close)
            lay.addWidget(buttons)
        dlg = self.versions_dialog
        dlg.setWindowTitle(self.tr("Versions of {name}").format(name=doc["name"]))
        states = {"current": self.tr("current"), "superseded": self.tr("superseded")}
        dlg.table.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("State"), self.tr("Chunks"), self.tr("File"), self.tr("Imported"),
             self.tr("Superseded")]
        )  # fmt: skip
        fill(
            dlg.table,
            [
                [
                    local_number(r["version"]),
                    states.get(r["state"], r["state"]),
                    local_number(r["chunks"]),
                    ltr(r["source_file"]),
                    local_time(r["created_at"]),
                    local_time(r.get("superseded_at")),
                ]
                for r in rows
            ],
        )
        dlg.show()
        dlg.raise_()

    def remove_document(self) -> None:
        col, doc = self.current_collection(), self._need_document()
        if doc is None:
            return
        if not confirm_destructive(
            self,
            self.tr("Remove document"),
            self.tr(
                "Remove {name} and every version of it from {collection}? It is crypto-erased: its keys are "
                "destroyed, and this cannot be undone."
            ).format(name=doc["name"], collection=col["name"]),
        ):
            return

        def job(ctx):
            from appliance.knowledge.store import DocStore

            return DocStore(ctx.home, ctx.catalog).remove(col["id"], doc["name"])

        def done(n):
            self.info(
                self.tr("Removed {name} ({n} version(s)); its data can no longer be decrypted.").format(
                    name=doc["name"], n=local_number(n)
                ),
                "success",
            )

        self._hold(self.state.run(job, on_done=done), self.remove_btn, self.drop_btn)

    # Search preview -----------------------------------------------------------------------
    def search(self) -> None:
        col = self._need_collection()
        query = self.query.text().strip()
        if col is None or not query or not self.search_btn.isEnabled():
            return
        k, mode = self.k.value(), self.mode.currentData()

        def job(ctx):
            from appliance.knowledge.retriever import retrieve

            return retrieve(ctx.home, ctx.catalog, ctx.keys, [col["id"]], query, k=k, mode=mode, purpose="search")

        def done(retrieval):
            if self.state.unlocked:  # not shown if the workspace locked meanwhile
                self._retrieval = retrieval
                self._render_results()

        self._hold(self.state.run(job, on_done=done, needs_keys=True, refresh=False), self.search_btn)

    def _render_results(self) -> None:
        r = self._retrieval
        if r is None:
            self.results.clear()
            self.notice.hide()
            return
        self.notice.setVisible(not r.hits)
        self.notice.setText(self.sources.notice(r.notice))
        parts = []
        for h in r.hits:
            where = self.tr("p. {page}").format(page=local_number(h.page)) if h.page else h.anchor
            head = f"[{local_number(h.rank)}] " + self.tr("{document} version {version}").format(
                document=h.document, version=local_number(h.version)
            )
            ranks = self.tr("score {score} · meaning {dense} · words {lexical}").format(
                score=local_number(h.score, 4),
                dense=f"#{local_number(h.dense_rank)}" if h.dense_rank else "–",
                lexical=f"#{local_number(h.lexical_rank)}" if h.lexical_rank else "–",
            )
            parts.append(
                f"<p><b>{html.escape(head)}</b>"
                + (f" · {html.escape(where)}" if where else "")
                + f'<br><span style="color:#666">{html.escape(ranks)}</span></p>'
                + f'<p dir="{text_direction(h.text)}">{html.escape(h.text).replace(chr(10), "<br>")}</p><hr>'
            )
        self.results.setHtml("".join(parts))

    def _lock_changed(self, unlocked: bool) -> None:
        """Decrypted chunks do not outlive the keys: the results go, and the indexes loaded here."""
        import sys

        if unlocked:
            return
        self._retrieval = None
        self._render_results()
        if "appliance.knowledge.index" in sys.modules:  # a search loaded one
            from appliance.knowledge import index

            index.forget()
