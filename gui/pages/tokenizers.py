"""The Models page's Tokenizers tab: how many tokens each script of a corpus costs with a model's
tokenizer, as a bar chart, and a second model beside it (e.g. a base and its extended copy).
The same core call as ``appliance tokenizer report``."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.pages.datasets import fill, table
from gui.widgets.common import JobProgress, local_number

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
        lay = QVBoxLayout(self)
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
        text = self.corpus.currentText()
        self.corpus.clear()
        ds = self.page.state.catalog.db["datasets"]
        for name in sorted({r["name"] for r in ds.rows}) if ds.exists() else []:
            self.corpus.addItem(name)
        self.corpus.setEditText(text)

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
