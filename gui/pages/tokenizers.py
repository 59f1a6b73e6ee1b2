"""The Models page's Tokenizers tab: how many tokens each script of a corpus costs with a model's
tokenizer, as a bar chart, and a second model beside it (e.g. a base and its extended copy).
The same core call as ``appliance tokenizer report``. Below it, extending a base model's own
tokenizer for regional scripts: the same core call as ``appliance tokenizer extend``."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.pages.datasets import fill, table
from gui.widgets.common import JobProgress, Section, local_number

SCRIPT_SEPARATORS = r"[,\s\u060c\u3001;]+"  # commas (Latin, Arabic, CJK), semicolons, spaces

COLORS = ("#3b78c2", "#e0892b")


class BarChart(QWidget):
    """Grouped bars: one group per script, one bar per model (tokens per character)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[tuple[str, list[float]]] = []
        self.series: list[str] = []
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def set_data(self, series: list[str], groups: list[tuple[str, list[float]]]) -> None:
        self.series, self.groups = series, groups
        self.update()

    def paintEvent(self, _event):  # noqa: N802
        if not self.groups:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        fm = p.fontMetrics()
        loc = QLocale()
        w, h = self.width(), self.height()
        top, bottom, left = fm.height() * 2, fm.height() * 2 + 6, 8
        top_value = max(max(v) for _n, v in self.groups) or 1.0
        plot_h = h - top - bottom
        n = len(self.groups)
        group_w = (w - 2 * left) / n
        bar_w = min(40.0, group_w * 0.8 / max(1, len(self.series)))
        rtl = self.layoutDirection() == Qt.RightToLeft
        text_color = self.palette().color(self.foregroundRole())
        for i, (name, values) in enumerate(self.groups):
            slot = (n - 1 - i) if rtl else i
            x0 = left + slot * group_w + (group_w - bar_w * len(values)) / 2
            for k, v in enumerate(values):
                bh = plot_h * v / top_value
                rect = QRectF(x0 + k * bar_w, top + plot_h - bh, bar_w - 2, bh)
                p.fillRect(rect, QColor(COLORS[k % len(COLORS)]))
                p.setPen(QPen(text_color))
                p.drawText(
                    QRectF(rect.x() - 10, rect.y() - fm.height() - 2, rect.width() + 20, fm.height()),
                    Qt.AlignCenter,
                    loc.toString(v, "f", 2),
                )
            p.setPen(QPen(text_color))
            p.drawText(QRectF(left + slot * group_w, h - bottom + 4, group_w, fm.height()), Qt.AlignCenter, name)
        # The legend: one swatch per model.
        x = left
        for k, s in enumerate(self.series):
            p.fillRect(QRectF(x, 4, 12, 12), QColor(COLORS[k % len(COLORS)]))
            p.setPen(QPen(text_color))
            p.drawText(int(x + 16), 4 + fm.ascent(), s)
            x += 16 + fm.horizontalAdvance(s) + 20
        p.end()


class TokenizerTab(QWidget):
    def __init__(self, page):
        super().__init__()
        self.page = page
        # The tab scrolls inside itself: the extension form below the report would otherwise make
        # the whole Models page (its other tabs included) taller than a small screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.scroll = scroll
        lay = QVBoxLayout(body)
        form = QFormLayout()
        self.model_a, self.model_b = QComboBox(), QComboBox()
        self.corpus = QComboBox()
        self.corpus.setEditable(True)  # a dataset's name, or a file's path
        self.browse = QPushButton()
        self.browse.clicked.connect(self.pick)
        row = QHBoxLayout()
        row.addWidget(self.corpus, 1)
        row.addWidget(self.browse)
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        form.addRow(self.form_labels[0], self.model_a)
        form.addRow(self.form_labels[1], self.model_b)
        form.addRow(self.form_labels[2], row)
        lay.addLayout(form)
        self.run_btn = QPushButton()
        self.run_btn.clicked.connect(self.run)
        lay.addWidget(self.run_btn, 0, Qt.AlignLeft)
        self.progress = JobProgress()
        lay.addWidget(self.progress)
        self.chart = BarChart()
        lay.addWidget(self.chart, 2)
        self.table = table(7)
        lay.addWidget(self.table, 1)
        self.reports: list[dict] = []
        self._build_extend(lay)

    def _build_extend(self, lay: QVBoxLayout) -> None:
        """The "Extend the vocabulary" group: `appliance tokenizer extend` as a form."""
        from appliance.tokenizer.vocabulary import MAX_ADD

        self.extend_box = Section()
        form = QFormLayout()
        self.ext_base = QComboBox()
        self.ext_corpora = QListWidget()  # one or more text datasets, checked
        self.ext_scripts = QLineEdit()
        self.ext_add = QSpinBox()
        self.ext_add.setRange(1, MAX_ADD)
        self.ext_add.setValue(1000)
        self.ext_name = QLineEdit()
        self.ext_labels = [QLabel() for _ in range(5)]
        for label, w in zip(
            self.ext_labels,
            (self.ext_base, self.ext_corpora, self.ext_scripts, self.ext_add, self.ext_name),
            strict=True,
        ):
            label.setBuddy(w)
            form.addRow(label, w)
        self.extend_box.body.addLayout(form)
        self.ext_corpora_hint = QLabel()
        self.ext_corpora_hint.setWordWrap(True)
        self.ext_corpora_hint.hide()
        self.extend_box.body.addWidget(self.ext_corpora_hint)
        self.extend_btn = QPushButton()
        self.extend_btn.clicked.connect(self.extend)
        self.extend_box.body.addWidget(self.extend_btn, 0, Qt.AlignLeft)
        self.ext_progress = JobProgress()
        self.extend_box.body.addWidget(self.ext_progress)
        self.ext_summary = QLabel()
        self.ext_summary.setWordWrap(True)
        self.ext_summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.extend_box.body.addWidget(self.ext_summary)
        self.ext_table = table(4)
        self.extend_box.body.addWidget(self.ext_table)
        self.ext_note = QLabel()
        self.ext_note.setWordWrap(True)
        self.ext_note.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.extend_box.body.addWidget(self.ext_note)
        lay.addWidget(self.extend_box)
        self.extension: dict | None = None  # the last new model's row
        self.ext_job = None
        self.show_extension()

    def retranslate(self) -> None:
        for label, text in zip(
            self.form_labels, (self.tr("Model"), self.tr("Compare with"), self.tr("Corpus")), strict=True
        ):
            label.setText(text)
        self.corpus.lineEdit().setPlaceholderText(
            self.tr("a dataset of this workspace, or a text, Markdown or JSONL file")
        )
        self.browse.setText(self.tr("Browse…"))
        self.run_btn.setText(self.tr("Measure tokens per character"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Script"),
                self.tr("Lines"),
                self.tr("Tokens"),
                self.tr("Tokens per character"),
                self.tr("Tokens per word"),
                self.tr("Byte fallback"),
            ]
        )
        self.show_reports()
        self.extend_box.setTitle(self.tr("Extend the vocabulary"))
        for label, text in zip(
            self.ext_labels,
            (
                self.tr("Base model"),
                self.tr("Corpus datasets"),
                self.tr("Scripts"),
                self.tr("New tokens"),
                self.tr("New model name"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.ext_corpora.setToolTip(self.tr("Check one or more text datasets in the languages to extend for."))
        self.ext_corpora_hint.setText(self.tr("No datasets yet: import a text corpus on the Datasets page."))
        self.ext_scripts.setPlaceholderText(self.tr("ta, hi — empty: the corpus's own scripts"))
        self.ext_scripts.setToolTip(
            self.tr("Language codes (ta, hi, bn…) or Unicode script names (Tamil, Devanagari…), comma-separated.")
        )
        self.ext_add.setToolTip(self.tr("How many tokens to add, all scripts together."))
        self.ext_name.setPlaceholderText(self.tr("e.g. smollm2-ta"))
        self.extend_btn.setText(self.tr("Extend"))
        self.ext_table.setHorizontalHeaderLabels(
            [
                self.tr("Script"),
                self.tr("Tokens per character, before"),
                self.tr("Tokens per character, after"),
                self.tr("Change"),
            ]
        )
        self.show_extension()

    def refresh(self) -> None:
        names = [m["name"] for m in self.page.state.catalog.list_models()]
        for combo, none in ((self.model_a, False), (self.model_b, True)):
            cur = combo.currentData()
            combo.clear()
            if none:
                combo.addItem(self.tr("(none)"), None)
            for n in names:
                combo.addItem(n, n)
            idx = combo.findData(cur)
            combo.setCurrentIndex(idx if idx >= 0 else 0)
        self._refresh_extend(names)
        text = self.corpus.currentText()
        self.corpus.clear()
        ds = self.page.state.catalog.db["datasets"]
        for name in sorted({r["name"] for r in ds.rows}) if ds.exists() else []:
            self.corpus.addItem(name)
        self.corpus.setEditText(text)

    def _refresh_extend(self, names: list[str]) -> None:
        from appliance.data.datasets import DatasetStore
        from appliance.models import builtin

        cur = self.ext_base.currentData()
        self.ext_base.clear()
        if builtin.BUILTIN_NAME not in names:  # registered on first use, as on the Train page
            names = [builtin.BUILTIN_NAME, *names]
        for n in names:
            self.ext_base.addItem(n, n)
        idx = self.ext_base.findData(cur)
        self.ext_base.setCurrentIndex(idx if idx >= 0 else 0)
        checked = set(self.checked_corpora())
        newest: dict[str, int] = {}
        for r in DatasetStore(self.page.state.home, self.page.state.catalog).list():
            newest[r["name"]] = max(newest.get(r["name"], 0), r["version"])
        self.ext_corpora.clear()
        for n, v in sorted(newest.items()):
            item = QListWidgetItem(f"{n} (v{local_number(v)})")  # the version the extension reads
            item.setData(Qt.UserRole, n)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if n in checked else Qt.Unchecked)
            self.ext_corpora.addItem(item)
        self.ext_corpora_hint.setVisible(not newest)
        # Two to four rows visible (the list scrolls to the rest): no large fixed height.
        rows = min(max(self.ext_corpora.count(), 2), 4) * max(self.ext_corpora.sizeHintForRow(0), 20)
        self.ext_corpora.setFixedHeight(rows + 2 * self.ext_corpora.frameWidth() + 2)

    def checked_corpora(self) -> list[str]:
        return [
            self.ext_corpora.item(i).data(Qt.UserRole)
            for i in range(self.ext_corpora.count())
            if self.ext_corpora.item(i).checkState() == Qt.Checked
        ]

    def extend(self) -> None:
        import re
        from functools import partial

        from gui import tasks

        base = self.ext_base.currentData()
        corpora = self.checked_corpora()
        name = self.ext_name.text().strip()
        scripts = [s for s in re.split(SCRIPT_SEPARATORS, self.ext_scripts.text()) if s] or None
        if not base:
            self.page.info(self.tr("Choose a base model to extend."), "error")
            return
        if not corpora:
            self.page.info(self.tr("Check at least one corpus dataset."), "error")
            return
        if not name:
            self.page.info(self.tr("Give the new model a name."), "error")
            return

        def done(row):
            self.extension = row
            self.show_extension()
            self.page.info(self.tr("Registered {name}.").format(name=row["name"]), "success")
            # Ready to compare: the base and its extended copy, on the first corpus.
            self.refresh()
            for combo, value in ((self.model_a, base), (self.model_b, row["name"])):
                idx = combo.findData(value)
                if idx >= 0:
                    combo.setCurrentIndex(idx)
            self.corpus.setEditText(corpora[0])

        job = self.page.state.run(
            partial(
                tasks.tokenizer_extend, base=base, corpora=corpora, add=self.ext_add.value(), name=name, scripts=scripts
            ),
            needs_keys=True,
            isolated=True,
            on_done=done,
        )
        if job is None:
            return
        self.ext_job = job
        self.extend_btn.setEnabled(False)
        job.finished.connect(self._extend_finished)
        self.ext_progress.attach(job)

    def _extend_finished(self) -> None:
        self.ext_job = None
        self.extend_btn.setEnabled(True)

    def show_extension(self) -> None:
        """The last extension's figures: tokens per character on held-out lines, before and after."""
        row = self.extension
        for w in (self.ext_summary, self.ext_table, self.ext_note):
            w.setVisible(row is not None)
        if row is None:
            fill(self.ext_table, [])
            return
        ext = row["meta"]["tokenizer_extension"]
        control = "English (control)"
        loc = QLocale()
        rows = []
        for key in [*ext["scripts"], control]:
            f = ext["figures"].get(key)
            if f is None:
                continue
            before, after = f["before"], f["after"]
            if before:
                pct = 100 * (after - before) / before
                change = (loc.positiveSign() if pct > 0 else "") + local_number(pct, 1) + " %"
            else:
                change = "–"
            label = self.tr("English (control)") if key == control else self.script_name(key)
            rows.append([label, local_number(before, 3), local_number(after, 3), change])
        fill(self.ext_table, rows)
        # As tall as its few rows (in the current language's font): the tab scrolls, not the table.
        self.ext_table.resizeRowsToContents()
        h = self.ext_table.horizontalHeader().sizeHint().height() + self.ext_table.verticalHeader().length()
        self.ext_table.setFixedHeight(h + 2 * self.ext_table.frameWidth() + 2)
        scripts = ", ".join(self.script_name(s) for s in ext["scripts"])
        first, added = int(ext["first_id"]), int(ext["added"])
        self.ext_summary.setText(
            self.tr(
                "Registered {name} as a new base model ({family}): {added} tokens added for {scripts} "
                "(ids {first}–{last}). Tokens per character on held-out lines:"
            ).format(
                name=row["name"],
                family=ext["family"],
                added=local_number(added),
                scripts=scripts,
                first=local_number(first),
                last=local_number(first + added - 1),
            )
        )
        self.ext_note.setText(
            self.tr(
                "Train the new rows before using {name}: until then the new tokens' embeddings are only averages "
                "of the pieces they replace. Use a training recipe with [tokenizer] train_new_rows = true "
                "(appliance train --train-new-rows)."
            ).format(name=row["name"])
        )

    def pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Corpus file"), "", self.tr("Text (*.txt *.md *.jsonl);;All files (*)")
        )
        if path:
            self.corpus.setEditText(path)

    def run(self) -> None:
        from functools import partial

        from gui import tasks

        models = [m for m in (self.model_a.currentData(), self.model_b.currentData()) if m]
        corpus = self.corpus.currentText().strip()
        if not models or not corpus:
            self.page.info(self.tr("Choose a model and a corpus."), "error")
            return

        def done(reports):
            self.reports = reports
            self.show_reports()

        self.progress.attach(
            self.page.state.run(
                partial(tasks.tokenizer_report, models=models, corpora=[corpus]), isolated=True, on_done=done
            )
        )

    def script_name(self, script: str) -> str:
        """A Unicode script name (the core's) in the interface language."""
        names = {
            "Latin": self.tr("Latin"),
            "Devanagari": self.tr("Devanagari"),
            "Bengali": self.tr("Bengali"),
            "Gurmukhi": self.tr("Gurmukhi"),
            "Gujarati": self.tr("Gujarati"),
            "Oriya": self.tr("Odia"),
            "Tamil": self.tr("Tamil"),
            "Telugu": self.tr("Telugu"),
            "Kannada": self.tr("Kannada"),
            "Malayalam": self.tr("Malayalam"),
            "Sinhala": self.tr("Sinhala"),
            "Thai": self.tr("Thai"),
            "Myanmar": self.tr("Myanmar"),
            "Khmer": self.tr("Khmer"),
            "Ethiopic": self.tr("Ethiopic"),
            "Arabic": self.tr("Arabic"),
            "Hebrew": self.tr("Hebrew"),
            "Cyrillic": self.tr("Cyrillic"),
            "Greek": self.tr("Greek"),
            "Han": self.tr("Han (Chinese characters)"),
            "Hangul": self.tr("Hangul"),
            "Hiragana": self.tr("Hiragana"),
            "Katakana": self.tr("Katakana"),
            "Other": self.tr("Other scripts"),
        }
        return names.get(script, script)

    def show_reports(self) -> None:
        if not self.reports:
            self.chart.set_data([], [])
            fill(self.table, [])
            return
        control = self.tr("English (control)")
        scripts = [s["script"] for s in self.reports[0]["scripts"]]
        groups = []
        for script in scripts:
            values = []
            for r in self.reports:
                s = next((x for x in r["scripts"] if x["script"] == script), None)
                values.append(s["tokens_per_char"] if s else 0.0)
            groups.append((self.script_name(script), values))
        groups.append((control, [r["english_control"]["tokens_per_char"] for r in self.reports]))
        self.chart.set_data([r["model"] for r in self.reports], groups)
        rows = []
        for r in self.reports:
            for s in [*r["scripts"], {**r["english_control"], "script": control}]:
                rows.append(
                    [
                        r["model"],
                        self.script_name(s["script"]),
                        local_number(s["lines"]),
                        local_number(s["tokens"]),
                        local_number(s["tokens_per_char"], 2),
                        local_number(s["tokens_per_word"], 2),
                        local_number(100 * s["byte_fallback_share"], 0) + " %",
                    ]
                )
        fill(self.table, rows)
