"""Workspace page: create the keys, unlock with passphrase (and key file), lock, change passphrase.

In a workspace with people (docs/governance.md) unlocking is signing in: the person is chosen beside
the passphrase (their own), the page and the status bar say who is signed in, and locking signs
out (``appliance unlock --as NAME`` / ``appliance lock``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from appliance import workspace
from gui.widgets.common import JobProgress, Page, Section, button_row, local_number, ltr, status_color
from gui.widgets.gov_text import GovText


def _password() -> QLineEdit:
    e = QLineEdit()
    e.setEchoMode(QLineEdit.Password)
    return e


class GettingStarted(Section):
    """The first-run guide: the whole path (workspace, built-in model, data, train, export, chat),
    each step ticked from the catalog (``workspace.getting_started``) with a button that takes
    the user there. Hidden once every step is done."""

    go = Signal(str)  # a page key

    def __init__(self, page):
        super().__init__()
        self.page = page
        grid = QGridLayout()
        self.marks, self.texts, self.buttons = {}, {}, {}
        for i, step in enumerate(workspace.STEPS):
            self.marks[step], self.texts[step], self.buttons[step] = QLabel(), QLabel(), QPushButton()
            self.texts[step].setWordWrap(True)
            self.buttons[step].clicked.connect(lambda _c=False, s=step: self.act(s))
            grid.addWidget(self.marks[step], i, 0)
            grid.addWidget(self.texts[step], i, 1)
            grid.addWidget(self.buttons[step], i, 2)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.progress = JobProgress()
        self.body.addWidget(self.progress)
        self.unpack_job = None  # Unpack stays disabled while it runs (issue 25, item 19)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Getting started"))
        texts = {
            "workspace": self.tr("1. Create the workspace: its keys encrypt every dataset and the audit log."),
            "model": self.tr("2. Unpack the built-in model (SmolLM2, runs on this computer's CPU)."),
            "data": self.tr("3. Import data: the sample registry questions, or your own JSONL or CSV file."),
            "train": self.tr("4. Train: a few minutes on the sample with the CPU preset."),
            "export": self.tr("5. Merge the run and export it to GGUF through the verification gate."),
            "chat": self.tr("6. Chat with the base and the tuned model side by side."),
        }
        buttons = {
            "workspace": self.tr("Create below"),
            "model": self.tr("Unpack"),
            "data": self.tr("Use the sample"),
            "train": self.tr("Open Train"),
            "export": self.tr("Open Export"),
            "chat": self.tr("Open Playground"),
        }
        for step in workspace.STEPS:
            self.texts[step].setText(texts[step])
            self.buttons[step].setText(buttons[step])
        self.refresh()

    def refresh(self) -> None:
        steps = workspace.getting_started(self.page.state.catalog)
        first_open = next((s["step"] for s in steps if not s["done"]), None)
        self.setVisible(first_open is not None)
        for s in steps:
            step, done = s["step"], s["done"]
            self.marks[step].setText("✔" if done else "○")
            self.marks[step].setStyleSheet(f"color:{status_color(self.marks[step], True)};" if done else "")
            self.texts[step].setStyleSheet("font-weight:bold;" if step == first_open else "")
            self.buttons[step].setEnabled(not done and step != "workspace" and self.page.state.initialised)
        self.buttons["model"].setEnabled(self.buttons["model"].isEnabled() and self.unpack_job is None)

    def act(self, step: str) -> None:
        if step == "model":
            from gui import tasks

            if self.unpack_job is not None:
                return
            self.unpack_job = self.page.state.run(
                tasks.unpack_builtin,
                isolated=True,
                on_done=lambda row: self.page.info(
                    self.tr("The built-in model {name} is ready.").format(name=row["name"]), "success"
                ),
            )
            if self.unpack_job is not None:
                self.unpack_job.finished.connect(self._unpacked)
            self.progress.attach(self.unpack_job)
            self.refresh()
        elif step == "data":
            self.go.emit("datasets:sample")
        else:
            self.go.emit({"train": "train", "export": "export", "chat": "playground"}[step])

    def _unpacked(self) -> None:
        self.unpack_job = None
        self.refresh()


class WorkspacePage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        lay = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setStyleSheet("font-size:12pt;")
        lay.addWidget(self.status)
        self.guide = GettingStarted(self)
        lay.addWidget(self.guide)

        self.create_box = Section()
        f = QFormLayout()
        self.new_pass, self.new_pass2, self.new_keyfile = _password(), _password(), QLineEdit()
        self.create_lbl = [QLabel(), QLabel(), QLabel()]
        f.addRow(self.create_lbl[0], self.new_pass)
        f.addRow(self.create_lbl[1], self.new_pass2)
        f.addRow(self.create_lbl[2], self.new_keyfile)
        self.create_box.body.addLayout(f)
        self.create_btn = QPushButton()
        self.create_btn.clicked.connect(self.create)
        self.create_box.body.addWidget(self.create_btn)
        lay.addWidget(self.create_box)

        self.unlock_box = Section()
        f = QFormLayout()
        self.person = QComboBox()  # shown in a workspace with people: who signs in
        self.person_lbl = QLabel()
        f.addRow(self.person_lbl, self.person)
        self.passphrase, self.keyfile = _password(), QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self.pick_keyfile)
        row = QHBoxLayout()
        row.addWidget(self.keyfile, 1)
        row.addWidget(self.browse)
        self.unlock_lbl = [QLabel(), QLabel()]
        f.addRow(self.unlock_lbl[0], self.passphrase)
        f.addRow(self.unlock_lbl[1], row)
        self.unlock_box.body.addLayout(f)
        buttons, (self.unlock_btn, self.lock_btn) = button_row(self.unlock, self.lock)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_box.body.addLayout(buttons)
        lay.addWidget(self.unlock_box)

        self.change_box = Section()
        f = QFormLayout()
        self.cur, self.chg1, self.chg2 = _password(), _password(), _password()
        self.change_lbl = [QLabel(), QLabel(), QLabel()]
        for lbl, w in zip(self.change_lbl, (self.cur, self.chg1, self.chg2), strict=True):
            f.addRow(lbl, w)
        self.change_box.body.addLayout(f)
        row, (self.change_btn, self.rotate_btn) = button_row(self.change, self.rotate)
        self.change_box.body.addLayout(row)
        lay.addWidget(self.change_box)
        lay.addStretch(1)
        state.lock_changed.connect(lambda _u: self.refresh())
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Workspace")

    def retranslate(self) -> None:
        self.create_box.setTitle(self.tr("Create the workspace"))
        for lbl, t in zip(
            self.create_lbl,
            (self.tr("Passphrase (12+ characters)"), self.tr("Repeat it"), self.tr("Key file (optional)")),
            strict=True,
        ):
            lbl.setText(t)
        self.new_keyfile.setPlaceholderText(self.tr("e.g. a file on removable media; created if missing"))
        self.create_btn.setText(self.tr("Create workspace keys"))
        self.unlock_box.setTitle(self.tr("Sign in") if self.state.has_people else self.tr("Unlock"))
        self.person_lbl.setText(self.tr("Person"))
        self.person.setPlaceholderText(self.tr("who signs in"))
        self.unlock_lbl[0].setText(self.tr("Passphrase"))
        self.unlock_lbl[1].setText(self.tr("Key file"))
        self.keyfile.setPlaceholderText(self.tr("only if the workspace needs one"))
        self.browse.setText(self.tr("Browse…"))
        self.unlock_btn.setText(self.tr("Unlock"))
        self.lock_btn.setText(self.tr("Lock"))
        self.change_box.setTitle(self.tr("Change passphrase"))
        for lbl, t in zip(
            self.change_lbl,
            (self.tr("Current passphrase"), self.tr("New passphrase"), self.tr("Repeat it")),
            strict=True,
        ):
            lbl.setText(t)
        self.change_btn.setText(self.tr("Change passphrase"))
        self.rotate_btn.setText(self.tr("Rotate master key"))
        self.guide.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.guide.refresh()
        init = self.state.initialised
        self.create_box.setVisible(not init)
        self.unlock_box.setVisible(init)
        self.change_box.setVisible(init)
        self.lock_btn.setEnabled(self.state.unlocked)
        self.unlock_btn.setEnabled(not self.state.unlocked)
        people = self.state.has_people
        self._fill_people(people)
        self.unlock_box.setTitle(self.tr("Sign in") if people else self.tr("Unlock"))
        self.unlock_btn.setText(self.tr("Sign in") if people else self.tr("Unlock"))
        self.lock_btn.setText(self.tr("Lock and sign out") if people else self.tr("Lock"))
        if not init:
            self.status.setText(self.tr("No workspace yet at {home}.").format(home=ltr(self.state.home.root)))
        elif self.state.unlocked and self.state.person is not None:
            self.status.setText(
                self.tr("Unlocked: workspace {ws}.").format(ws=ltr(self.state.keys.workspace_id))
                + " "
                + GovText().signed_in(self.state.person, self.state.role())
            )
        elif self.state.unlocked:
            self.status.setText(self.tr("Unlocked: workspace {ws}.").format(ws=ltr(self.state.keys.workspace_id)))
        elif people:
            self.status.setText(self.tr("Locked. Choose who you are and sign in with your own passphrase."))
        else:
            self.status.setText(self.tr("Locked. Unlock to work with datasets and training."))

    def _fill_people(self, people: bool) -> None:
        """The person chooser: the workspace's active people (hidden in a workspace without any)."""
        from appliance.audit.people import People

        self.person.setVisible(people)
        self.person_lbl.setVisible(people)
        names = [p["name"] for p in People(self.state.catalog).list()] if people else []
        if names == [self.person.itemData(i) for i in range(self.person.count())]:
            return
        keep = self.person.currentData()
        self.person.clear()
        for name in names:
            self.person.addItem(name, name)
        if keep in names:
            self.person.setCurrentIndex(names.index(keep))
        elif len(names) == 1:
            self.person.setCurrentIndex(0)
        else:
            self.person.setCurrentIndex(-1)

    def pick_keyfile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"))
        if path:
            self.keyfile.setText(path)

    # Actions: each runs the core on a worker thread -----------------------------------------
    def create(self) -> None:
        p1, p2, kf = self.new_pass.text(), self.new_pass2.text(), self.new_keyfile.text().strip()
        if p1 != p2:
            self.info(self.tr("The two passphrases differ."), "error")
            return

        def job(ctx):
            from appliance.security.vault import Vault, create_keyfile, read_keyfile

            keyfile = None
            if kf:
                keyfile = read_keyfile(Path(kf)) if Path(kf).exists() else create_keyfile(Path(kf))
            return workspace.init(Vault(ctx.catalog), p1, keyfile=keyfile)

        self.state.run(job, on_done=self._unlocked)
        self.new_pass.clear()
        self.new_pass2.clear()

    def unlock(self) -> None:
        from functools import partial

        from gui import tasks

        passphrase, kf = self.passphrase.text(), self.keyfile.text().strip() or None
        person = self.person.currentData() if self.state.has_people else None
        if self.state.has_people and not person:
            self.info(self.tr("Choose who signs in."), "error")
            return
        job = partial(tasks.sign_in, passphrase=passphrase, keyfile=kf, person=person)
        self.state.run(job, on_done=lambda result: self._signed_in(result, kf))
        self.passphrase.clear()

    def _signed_in(self, result, keyfile: str | None) -> None:
        mk, person = result
        self.state.set_keys(mk, person=person, keyfile=keyfile)
        if person is not None:
            self.info(GovText().signed_in(person) + ".", "success")
        else:
            self.info(self.tr("Workspace unlocked."), "success")

    def _unlocked(self, mk) -> None:
        self.state.set_keys(mk)
        self.info(self.tr("Workspace unlocked."), "success")

    def lock(self) -> None:
        keys = self.state.keys

        def job(ctx):
            workspace.lock(ctx.catalog, keys, method="gui")  # recorded, as the CLI's lock is

        def done(_result):
            self.state.lock()
            self.info(self.tr("Workspace locked: the keys are gone from memory."), "info")
            self.refresh()

        self.state.run(job, on_done=done)

    def change(self) -> None:
        from functools import partial

        from gui import tasks

        cur, n1, n2, kf = self.cur.text(), self.chg1.text(), self.chg2.text(), self.keyfile.text().strip()
        if n1 != n2:
            self.info(self.tr("The two passphrases differ."), "error")
            return
        me = (self.state.person or {}).get("name")
        job = partial(tasks.change_passphrase, me=me, passphrase=cur, new_passphrase=n1, keyfile=kf or None)
        self.state.run(
            job, on_done=lambda _r: self.info(self.tr("Passphrase changed; no data was re-encrypted."), "success")
        )
        for w in (self.cur, self.chg1, self.chg2):
            w.clear()

    def rotate(self) -> None:
        cur, kf = self.cur.text(), self.keyfile.text().strip()
        me = (self.state.person or {}).get("name")
        if not cur:
            self.info(self.tr("Enter the current passphrase to rotate the master key."), "error")
            return

        def job(ctx):
            from appliance.security.vault import Vault, read_keyfile

            return workspace.rotate_master_key(
                Vault(ctx.catalog), cur, keyfile=read_keyfile(Path(kf)) if kf else None, person=me
            )

        def done(result):
            self.state.lock()
            self.info(
                self.tr("New master key; {n} data keys rewrapped. Unlock again.").format(n=local_number(result[1])),
                "success",
            )

        self.state.run(job, on_done=done)
        self.cur.clear()
