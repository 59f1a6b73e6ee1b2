"""The main window: a navigation sidebar, the pages, one message panel, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.common import MessagePanel, ltr, status_color

PAGE_KEYS = [
    "workspace",
    "datasets",
    "documents",
    "models",
    "train",
    "export",
    "evaluate",
    "lifecycle",
    "playground",
    "serve",
    "audit",
    "people",
    "approvals",
    "settings",
]


class MainWindow(QMainWindow):
    def __init__(self, state, settings):
        super().__init__()
        from gui.pages.approvals import ApprovalsPage
        from gui.pages.audit import AuditPage
        from gui.pages.datasets import DatasetsPage
        from gui.pages.documents import DocumentsPage
        from gui.pages.evaluate import EvaluatePage
        from gui.pages.export import ExportPage
        from gui.pages.lifecycle import LifecyclePage
        from gui.pages.models import ModelsPage
        from gui.pages.people import PeoplePage
        from gui.pages.playground import PlaygroundPage
        from gui.pages.serve import ServePage
        from gui.pages.settings import SettingsPage
        from gui.pages.train import TrainPage
        from gui.pages.workspace import WorkspacePage

        self.state, self.settings = state, settings
        central = QWidget()
        outer = QVBoxLayout(central)
        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.pages = {
            "workspace": WorkspacePage(state),
            "datasets": DatasetsPage(state),
            "documents": DocumentsPage(state),
            "models": ModelsPage(state),
            "train": TrainPage(state, settings=settings),
            "export": ExportPage(state),
            "evaluate": EvaluatePage(state),
            "lifecycle": LifecyclePage(state),
            "playground": PlaygroundPage(state),
            "serve": ServePage(state),
            "audit": AuditPage(state),
            "people": PeoplePage(state),
            "approvals": ApprovalsPage(state),
            "settings": SettingsPage(state, settings),
        }
        for key in PAGE_KEYS:
            # Each page scrolls when the window is smaller than it needs (1024×700 screens: no page
            # forces the window wider or taller than the screen, D12).
            scroll = QScrollArea()
            scroll.setWidget(self.pages[key])
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.NoFrame)
            self.stack.addWidget(scroll)
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages["workspace"].guide.go.connect(self.follow_guide)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        # Over the top of the pages, outside the layout: a message that comes or goes moves nothing.
        self.messages = MessagePanel(central)
        self.messages.attach(self.stack)
        self.lock_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.lock_label)
        state.message.connect(self.messages.show_message)
        state.lock_changed.connect(lambda _u: self.update_status())
        state.changed.connect(lambda: self.state.closed or self.update_status())  # a role changed
        state.busy.connect(self.busy.setVisible)
        self.resize(1280, 820)
        self.retranslate()
        self.nav.setCurrentRow(0)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def follow_guide(self, target: str) -> None:
        """Where a step of the first-run guide leads (``datasets:sample``: the sample file picked)."""
        if target == "datasets:sample":
            from appliance.samples import SAMPLES

            self.pages["datasets"].set_file(str(SAMPLES / "kestrel_registry.jsonl"))
            target = "datasets"
        self.show_page(target)

    def current_page(self):
        return self.stack.currentWidget().widget()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sovereign model appliance"))
        for i, key in enumerate(PAGE_KEYS):
            self.nav.item(i).setText(self.pages[key].title())
        self.update_status()

    def update_status(self) -> None:
        if not self.state.initialised:
            text = self.tr("No workspace")
        elif self.state.unlocked and self.state.person is not None:
            from gui.widgets.gov_text import GovText

            text = GovText().signed_in(self.state.person, self.state.role())
        elif self.state.unlocked:
            text = self.tr("Unlocked")
        else:
            text = self.tr("Locked")
        self.lock_label.setText(text)
        color = status_color(self.lock_label, self.state.unlocked)
        self.lock_label.setStyleSheet(f"color:{color};" + (" font-weight:bold;" if self.state.unlocked else ""))
        self.statusBar().showMessage(ltr(self.state.home.root))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange and not self.state.closed:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event):  # noqa: N802
        training = None if self.state.closed else self.confirm_training()
        if training == "cancel" or (not self.state.closed and not self.confirm_close()):
            event.ignore()
            return
        if not self.state.closed:
            self.pages["playground"].shutdown()
            self.pages["serve"].shutdown()
            job = self.pages["train"].job
            self.state.close(keep_running=[job] if training == "keep" and job is not None else [])
        super().closeEvent(event)

    def confirm_training(self) -> str:
        """A training run the window started runs in a process of its own that can outlive the
        window (``gui/isolated.py``): ask whether it goes on without the window (the default) or
        stops with a checkpoint. Returns "keep", "stop", "cancel" (do not close) or "none"."""
        from PySide6.QtWidgets import QMessageBox

        page = self.pages["train"]
        if page.job is None:
            return "none"
        box = QMessageBox(
            QMessageBox.Question,
            self.tr("Keep training?"),
            self.tr(
                "A training run is in progress. It can go on without this window: its checkpoints and "
                "result are saved as usual, and the Train page shows it when you open the appliance "
                "again (stop it there, or with `appliance runs stop`). Or it can stop now, keeping a "
                "checkpoint to resume from."
            ),
            QMessageBox.Cancel,
            self,
        )
        keep = box.addButton(self.tr("Keep training and close"), QMessageBox.AcceptRole)
        stop = box.addButton(self.tr("Stop the run and close"), QMessageBox.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(QMessageBox.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "stop" if clicked is stop else "cancel"

    def confirm_close(self) -> bool:
        """A running API server is a child of this window: closing the window stops it, so ask
        first, with Cancel as the default (it stopped without a word before, issue 25 item 27)."""
        from PySide6.QtWidgets import QMessageBox

        serve = self.pages["serve"]
        live = serve._live or serve.serving  # set by the start job itself, before its done signal
        if live is None and serve._phase != "starting":
            return True
        box = QMessageBox(
            QMessageBox.Warning,
            self.tr("Stop the server?"),
            self.tr(
                "The API server at {url} is running ({models}). It runs inside this window: closing the "
                "window stops it, and programs using it lose their connection."
            ).format(
                url=ltr(live.url) if live is not None else "—",
                models=", ".join(n.name for n in live.names) if live is not None else "—",
            ),
            QMessageBox.Cancel,
            self,
        )
        stop = box.addButton(self.tr("Stop the server and close"), QMessageBox.DestructiveRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.setEscapeButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is stop


__all__ = ["MainWindow", "PAGE_KEYS", "Qt"]
