"""Settings page: language (applied at once), the default training device, the home directory."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from gui.i18n import LANGUAGES, apply_language, current_language
from gui.widgets.common import Page, Section


class SettingsPage(Page):
    def __init__(self, state, settings, parent=None):
        super().__init__(state, parent)
        self.settings = settings
        lay = QVBoxLayout(self)
        self.box = Section()
        f = QFormLayout()
        self.language = QComboBox()
        for code, (name, _rtl, _f) in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.device = QComboBox()
        self.home = QLineEdit(str(state.home.root))
        self.browse, self.apply_home = QPushButton(), QPushButton()
        self.browse.clicked.connect(self.pick_home)
        self.apply_home.clicked.connect(self.change_home)
        row = QHBoxLayout()
        row.addWidget(self.home, 1)
        row.addWidget(self.browse)
        row.addWidget(self.apply_home)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for lbl, w in zip(self.labels, (self.language, self.device, row), strict=True):
            f.addRow(lbl, w)
        self.box.body.addLayout(f)
        self.hw = QLabel()
        self.hw.setWordWrap(True)
        self.box.body.addWidget(self.hw)
        lay.addWidget(self.box)
        lay.addStretch(1)
        self.language.currentIndexChanged.connect(self.change_language)
        self.device.currentIndexChanged.connect(self.change_device)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Settings"))
        for lbl, t in zip(
            self.labels, (self.tr("Language"), self.tr("Training device"), self.tr("Home directory")), strict=True
        ):
            lbl.setText(t)
        self.language.blockSignals(True)  # follows the language however it was switched
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.blockSignals(False)
        self.device.blockSignals(True)
        self.device.clear()
        for label, value in (
            (self.tr("automatic (GPU if present)"), "auto"),
            (self.tr("CPU"), "cpu"),
            (self.tr("GPU (CUDA)"), "cuda"),
        ):
            self.device.addItem(label, value)
        self.device.setCurrentIndex(max(0, self.device.findData(self.settings.device)))
        self.device.blockSignals(False)
        self.browse.setText(self.tr("Browse…"))
        self.apply_home.setText(self.tr("Open"))
        self.hw.setText(
            self.tr(
                "The home holds the workspace: keys, datasets, models, runs, exports and the audit "
                "log. Everything in it is private to your user."
            )
        )

    def change_language(self) -> None:
        code = self.language.currentData()
        self.settings.language = code
        self.settings.save()
        apply_language(code)

    def change_device(self) -> None:
        self.settings.device = self.device.currentData()
        self.settings.save()

    def pick_home(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Home directory"))
        if path:
            self.home.setText(path)

    def change_home(self) -> None:
        from pathlib import Path

        path = self.home.text().strip()
        self.state.open_home(Path(path))
        self.settings.home = path
        self.settings.save()
        self.info(self.tr("Opened {path}.").format(path=path), "success")
