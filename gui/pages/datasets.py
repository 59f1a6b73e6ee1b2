"""Datasets page: import with the validation report row by row and the personal-data report (a
policy: report, mask or refuse; appliance/data/pii.py), versions, preview, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from gui.core_text import core_text
from gui.widgets.common import (
    JobProgress,
    Page,
    Section,
    button_row,
    confirm_destructive,
    local_number,
    local_time,
    ltr,
    text_direction,
)


def table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t


def fill(t: QTableWidget, rows: list[list]) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            t.setItem(r, c, item)


class DatasetsPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        lay = QVBoxLayout(self)
        self.import_box = Section()
        f = QFormLayout()
        self.file = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.pick)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        self.name = QLineEdit()
        self._auto_name = None  # the name set from the file's, until the user edits it
        self.fmt = QComboBox()
        self.columns = QLineEdit()
        self.eval_fraction = QDoubleSpinBox()
        self.eval_fraction.setRange(0.0, 0.9)
        self.eval_fraction.setSingleStep(0.05)
        self.eval_fraction.setValue(0.1)
        self.skip_invalid = QCheckBox()
        self.pii = QComboBox()  # what to do with personal data in the rows (appliance/data/pii.py)
        self.labels = [QLabel() for _ in range(6)]
        for lbl, w in zip(
            self.labels, (row, self.name, self.fmt, self.columns, self.eval_fraction, self.pii), strict=True
        ):
            f.addRow(lbl, w)
        f.addRow("", self.skip_invalid)
        self.import_box.body.addLayout(f)
        self.import_btn = QPushButton()
        self.import_btn.clicked.connect(self.do_import)
        self.import_box.body.addWidget(self.import_btn)
        self.import_progress = JobProgress()
        self.import_box.body.addWidget(self.import_progress)
        self.import_job = self.preview_job = self.remove_job = None  # one job per button
        self.report_title = QLabel()
        self._last_report = None
        self.report = table(4)
        self.report.setMinimumHeight(90)
        self.report.setMaximumHeight(150)
        self.import_box.body.addWidget(self.report_title)
        self.import_box.body.addWidget(self.report)
        self.pii_report = QLabel()  # the last import's personal-data summary
        self.pii_report.setWordWrap(True)
        self.pii_report.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.pii_report.hide()
        self._last_pii: dict | None = None
        self.import_box.body.addWidget(self.pii_report)
        lay.addWidget(self.import_box)

        self.list_box = Section()
        split = QSplitter(Qt.Vertical)
        self.versions = table(8)
        self.versions.itemSelectionChanged.connect(self._selection_changed)
        split.addWidget(self.versions)
        self.preview_view = QTextBrowser()
        self._previewed = self._preview = None  # the version whose rows the preview shows, and them
        split.addWidget(self.preview_view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        self.list_box.body.addWidget(split, 1)
        buttons, (self.preview_btn, self.remove_btn) = button_row(self.preview, self.remove)
        self.list_box.body.addLayout(buttons)
        lay.addWidget(self.list_box, 1)
        state.lock_changed.connect(self._lock_changed)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Datasets")

    def retranslate(self) -> None:
        self.import_box.setTitle(self.tr("Import a dataset (encrypted on import)"))
        for lbl, t in zip(
            self.labels,
            (
                self.tr("File"),
                self.tr("Name"),
                self.tr("Format"),
                self.tr("CSV columns"),
                self.tr("Held-out share"),
                self.tr("Personal data"),
            ),
            strict=True,
        ):
            lbl.setText(t)
        current = self.pii.currentIndex()
        self.pii.clear()
        for label, value in (
            (self.tr("report it and import as is"), "report"),
            (self.tr("mask it ([EMAIL], [PHONE]…) before sealing"), "mask"),
            (self.tr("refuse a file that holds any"), "refuse"),
        ):
            self.pii.addItem(label, value)
        self.pii.setCurrentIndex(max(current, 0))
        self.pii.setToolTip(
            self.tr(
                "E-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers and PANs are found in every "
                "row (check digits verified). The report gives counts, lines and fields, never a value."
            )
        )
        self.show_pii(self._last_pii)
        self.browse.setText(self.tr("Browse…"))
        self.columns.setPlaceholderText(self.tr("e.g. instruction=question,output=answer"))
        current = self.fmt.currentIndex()
        self.fmt.clear()
        for label, value in (
            (self.tr("automatic"), None),
            (self.tr("chat (JSONL)"), "chat"),
            (self.tr("instruction (JSONL)"), "instruction"),
            ("CSV", "csv"),
            (self.tr("text / Markdown"), "text"),
        ):
            self.fmt.addItem(label, value)
        self.fmt.setCurrentIndex(max(current, 0))
        self.skip_invalid.setText(self.tr("Import the valid rows and skip the invalid ones"))
        self.import_btn.setText(self.tr("Validate and import"))
        if self._last_report is None:
            self.report_title.setText(self.tr("Validation report"))
        else:
            self.show_report(self._last_report)
        self.report.setHorizontalHeaderLabels(
            [self.tr("Severity"), self.tr("Line"), self.tr("Field"), self.tr("Problem")]
        )
        self.list_box.setTitle(self.tr("Dataset versions"))
        self.versions.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Version"),
                self.tr("Format"),
                self.tr("Rows"),
                self.tr("Train"),
                self.tr("Held out"),
                self.tr("Created"),
                self.tr("Id"),
            ]
        )
        self.preview_btn.setText(self.tr("Preview (decrypt in memory)"))
        self.remove_btn.setText(self.tr("Remove (crypto-erase)"))
        if hasattr(self, "_rows"):  # dates and numbers in the new language's format (issue 25, item 25)
            self.refresh()
            self._render_preview()

    def refresh(self) -> None:
        from appliance.data.datasets import DatasetStore

        keep = self._selected() if hasattr(self, "_rows") else None
        self._rows = DatasetStore(self.state.home, self.state.catalog).list()
        formats = {
            "chat": self.tr("chat"),
            "instruction": self.tr("instruction"),
            "text": self.tr("text"),
            "csv": "CSV",
        }
        self.versions.blockSignals(True)
        fill(
            self.versions,
            [
                [
                    r["name"],
                    local_number(r["version"]),
                    formats.get(r["format"], r["format"]),
                    local_number(r["rows"]),
                    local_number(r["train_rows"]),
                    local_number(r["eval_rows"]),
                    local_time(r["created_at"]),
                    r["id"],
                ]
                for r in self._rows
            ],
        )
        # The same version stays selected when an import adds rows above it (issue 25, item 20).
        ids = [r["id"] for r in self._rows]
        if keep is not None and keep["id"] in ids:
            self.versions.setCurrentCell(ids.index(keep["id"]), 0)
        elif keep is not None:  # removed
            self.versions.setCurrentCell(-1, -1)
        self.versions.blockSignals(False)
        self._selection_changed()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        """One job per button: each is disabled while its job runs (issue 25, item 19)."""
        self.import_btn.setEnabled(self.import_job is None)
        self.preview_btn.setEnabled(self.preview_job is None)
        self.remove_btn.setEnabled(self.remove_job is None)

    def _hold(self, attr: str, job) -> None:
        """Keep ``job`` as the running job of a button (``attr``) until it finishes."""
        setattr(self, attr, job)
        if job is not None:
            job.finished.connect(lambda: self._release(attr, job))
        self._sync_buttons()

    def _release(self, attr: str, job) -> None:
        if getattr(self, attr) is job:
            setattr(self, attr, None)
        self._sync_buttons()

    def _selection_changed(self) -> None:
        """The preview shows only the selected version's rows: another selection (or the table
        refilled after an import) clears it, never leaving one dataset's rows under another's
        name (issue 25, item 20)."""
        row = self._selected()
        if self._previewed is not None and (row is None or row["id"] != self._previewed):
            self.clear_preview()

    def clear_preview(self) -> None:
        self._previewed = self._preview = None
        self.preview_view.clear()

    def _render_preview(self) -> None:
        """The decrypted rows shown (kept in memory while shown), in the interface language: drawn
        again after a language switch rather than left in the old one."""
        import html

        if not getattr(self, "_preview", None):
            return
        row, records = self._preview
        splits = {"train": self.tr("Train"), "eval": self.tr("Held out")}
        parts = [
            "<p><b>"
            + html.escape(
                self.tr("{name} version {v}: the first {n} rows").format(
                    name=row["name"], v=local_number(row["version"]), n=local_number(len(records))
                )
            )
            + "</b></p>"
        ]
        for i, rec in enumerate(records, 1):
            body = "".join(
                f"<div><b>{html.escape(m['role'])}:</b> {html.escape(m['content'])}</div>"
                for m in rec.get("messages", [])
            ) or "".join(
                f"<div><b>{k}:</b> {html.escape(str(rec[k]))}</div>"
                for k in ("instruction", "input", "output", "text")
                if rec.get(k)
            )
            text = " ".join(m["content"] for m in rec.get("messages", [])) or str(
                rec.get("instruction") or rec.get("text") or ""
            )
            split = html.escape(splits.get(rec.get("split"), str(rec.get("split"))))
            parts.append(f'<p dir="{text_direction(text)}"><i>#{local_number(i)} ({split})</i>{body}</p>')
        self.preview_view.setHtml("".join(parts))

    def _lock_changed(self, unlocked: bool) -> None:
        if not unlocked:  # decrypted rows do not outlive the keys
            self.clear_preview()

    def pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Dataset file"), "", self.tr("Datasets (*.jsonl *.json *.csv *.txt *.md)")
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        """The file to import; the name follows it unless the user typed one (issue 18, D1: a name
        left from the previous file silently made the new data that dataset's next version)."""
        from appliance.models.store import slugify
        from appliance.samples import SAMPLES

        self.file.setText(path)
        # The shipped sample ("Use the sample") always brings its own name: a name typed for
        # other data would make the sample that dataset's next version (issue 25, item 20).
        sample = Path(path).resolve().is_relative_to(SAMPLES.resolve())
        if sample or not self.name.text().strip() or self.name.text() == self._auto_name:
            self._auto_name = slugify(Path(path).stem)
            self.name.setText(self._auto_name)

    def show_report(self, report) -> None:
        self._last_report = report
        problems = [(self.tr("error"), p) for p in report.errors] + [(self.tr("warning"), p) for p in report.warnings]
        fill(
            self.report,
            [[sev, local_number(p.line) if p.line else "", p.field or "", core_text(p.message)] for sev, p in problems],
        )
        self.report_title.setText(
            self.tr("Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings").format(
                read=local_number(report.rows_read),
                kept=local_number(report.rows_kept),
                e=local_number(report.n_errors),
                w=local_number(report.n_warnings),
            )
        )

    def show_pii(self, summary: dict | None) -> None:
        """The personal-data report of the last import: the core's summary line, then where the first
        findings are (line, field, kind; never a value)."""
        from appliance.data.pii import describe

        self._last_pii = summary
        if not summary:
            self.pii_report.hide()
            return
        kinds = {
            "email": self.tr("e-mail address"),
            "phone": self.tr("phone number"),
            "payment_card": self.tr("payment card"),
            "iban": self.tr("IBAN"),
            "aadhaar": self.tr("Aadhaar number"),
            "pan": self.tr("PAN"),
        }
        where = [
            self.tr("line {line} ({field}: {kind})").format(
                line=local_number(f["line"]), field=ltr(f["field"]), kind=kinds.get(f["kind"], f["kind"])
            )
            for f in summary.get("first", [])[:8]
        ]
        text = core_text(describe(summary))
        if where:
            text += "\n" + self.tr("Where: {where}").format(where="; ".join(where))
            if summary.get("policy") == "report":
                text += "\n" + self.tr(
                    "They are kept in the sealed dataset and will be trained on: import again with "
                    "\u201cmask it\u201d to replace them."
                )
        self.pii_report.setText(text)
        found = any((summary.get("counts") or {}).values())
        self.pii_report.setStyleSheet("font-weight:bold;" if found else "")
        self.pii_report.show()

    def do_import(self) -> None:
        from functools import partial

        from gui import tasks

        self.show_pii(None)
        job = partial(
            tasks.import_dataset,
            path=self.file.text().strip(),
            name=self.name.text().strip(),
            fmt=self.fmt.currentData(),
            columns=self.columns.text().strip(),
            eval_fraction=self.eval_fraction.value(),
            skip_invalid=self.skip_invalid.isChecked(),
            pii=self.pii.currentData(),
        )

        def done(result):
            self.show_report(result["report"])
            if result["status"] == "refused":
                report = result["report"]
                self.info(
                    self.tr(
                        "{file} was not imported: {n} row(s) have errors, listed in the validation report. "
                        "Fix them, or tick \u201cImport the valid rows and skip the invalid ones\u201d."
                    ).format(file=ltr(Path(str(report.source)).name), n=local_number(report.n_errors)),
                    "error",
                )
                return
            row = result["row"]
            self.show_pii(row.get("pii"))
            self.info(
                self.tr("Imported {name} version {v}: {n} rows, encrypted.").format(
                    name=row["name"], v=local_number(row["version"]), n=local_number(row["rows"])
                )
                if result["created"]
                else self.tr("Unchanged: this version already holds exactly this data."),
                "success",
            )

        self._hold("import_job", self.state.run(job, on_done=done, needs_keys=True, isolated=True))
        self.import_progress.attach(self.import_job)

    def _selected(self):
        r = self.versions.currentRow()
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def preview(self) -> None:
        row = self._selected()
        if row is None:
            self.info(self.tr("Select a dataset version first."), "error")
            return

        def job(ctx):
            from appliance.data.datasets import DatasetStore

            return DatasetStore(ctx.home, ctx.catalog, ctx.keys).read_records(row["id"], purpose="preview")[:20]

        def done(records):
            if self._selected() is None or self._selected()["id"] != row["id"]:
                return  # the selection moved on while it decrypted: not shown under another name
            self._previewed, self._preview = row["id"], (row, records)
            self._render_preview()

        self._hold("preview_job", self.state.run(job, on_done=done, needs_keys=True, refresh=False))

    def remove(self) -> None:
        row = self._selected()
        if row is None:
            self.info(self.tr("Select a dataset version first."), "error")
            return
        if not confirm_destructive(
            self,
            self.tr("Remove dataset"),
            self.tr(
                "Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again."
            ).format(name=row["name"], v=local_number(row["version"])),
        ):
            return

        def job(ctx):
            from appliance.data.datasets import DatasetStore

            return DatasetStore(ctx.home, ctx.catalog).remove(row["id"])

        self._hold(
            "remove_job",
            self.state.run(
                job, on_done=lambda _r: self.info(self.tr("Removed; its data key is destroyed."), "success")
            ),
        )
