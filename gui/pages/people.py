"""People page: the people of the workspace, each with their own passphrase, keys and role
(docs/governance.md). A workspace without people gets them here ("Give this workspace people": the
passphrase holder becomes the first admin); an admin adds a person, changes a role, removes a person
(and rotates the master key after it); everyone changes their own passphrase. Each action is the
core call of ``appliance people`` (``gui/tasks.py``); the core decides who may do what, and its
refusal is shown as such."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from appliance.audit.roles import ROLES
from gui.pages.datasets import fill, table
from gui.widgets.common import Page, Section, button_row, confirm_destructive, fit_table, local_number, local_time, ltr
from gui.widgets.gov_text import GovText


def password() -> QLineEdit:
    e = QLineEdit()
    e.setEchoMode(QLineEdit.Password)
    return e


def wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class PeoplePage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._rows: list[dict] = []
        lay = QVBoxLayout(self)
        self.status = wrapped()
        self.status.setStyleSheet("font-size:12pt;")
        lay.addWidget(self.status)
        self._build_init(lay)
        self._build_list(lay)
        self._build_add(lay)
        self._build_mine(lay)
        lay.addStretch(1)
        state.lock_changed.connect(lambda _u: self.refresh())
        self.retranslate()

    # Layout -------------------------------------------------------------------------------------
    def _build_init(self, lay) -> None:
        self.init_box = Section()
        self.init_note = wrapped()
        self.init_box.body.addWidget(self.init_note)
        f = QFormLayout()
        self.init_name, self.init_pass = QLineEdit(), password()
        self.init_lbl = [QLabel(), QLabel()]
        f.addRow(self.init_lbl[0], self.init_name)
        f.addRow(self.init_lbl[1], self.init_pass)
        self.init_box.body.addLayout(f)
        row, (self.init_btn,) = button_row(self.give_people)
        self.init_box.body.addLayout(row)
        lay.addWidget(self.init_box)

    def _build_list(self, lay) -> None:
        self.list_box = Section()
        self.table = table(6)
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.list_box.body.addWidget(self.table)
        self.show_removed = QCheckBox()
        self.show_removed.toggled.connect(lambda _c: self.refresh())
        self.list_box.body.addWidget(self.show_removed)
        self.admin_note = wrapped()
        self.list_box.body.addWidget(self.admin_note)
        f = QFormLayout()
        self.row_role = QComboBox()
        self.row_role_lbl = QLabel()
        f.addRow(self.row_role_lbl, self.row_role)
        self.list_box.body.addLayout(f)
        row, (self.role_btn, self.remove_btn) = button_row(self.change_role, self.remove)
        self.list_box.body.addLayout(row)
        lay.addWidget(self.list_box)

    def _build_add(self, lay) -> None:
        self.add_box = Section()
        f = QFormLayout()
        self.add_name, self.add_role = QLineEdit(), QComboBox()
        self.add_pass, self.add_pass2, self.admin_pass = password(), password(), password()
        self.role_help = wrapped()  # what the chosen role may do, under it
        role = QWidget()
        column = QVBoxLayout(role)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.add_role)
        column.addWidget(self.role_help)
        self.add_role.currentIndexChanged.connect(
            lambda _i: self.role_help.setText(GovText().role_help(self.add_role.currentData()))
        )
        self.add_lbl = [QLabel() for _ in range(5)]
        for lbl, w in zip(
            self.add_lbl, (self.add_name, role, self.add_pass, self.add_pass2, self.admin_pass), strict=True
        ):
            f.addRow(lbl, w)
        self.add_box.body.addLayout(f)
        row, (self.add_btn,) = button_row(self.add)
        self.add_box.body.addLayout(row)
        lay.addWidget(self.add_box)

    def _build_mine(self, lay) -> None:
        self.mine_box = Section()
        f = QFormLayout()
        self.my_cur, self.my_new, self.my_new2 = password(), password(), password()
        self.mine_lbl = [QLabel(), QLabel(), QLabel()]
        for lbl, w in zip(self.mine_lbl, (self.my_cur, self.my_new, self.my_new2), strict=True):
            f.addRow(lbl, w)
        self.mine_box.body.addLayout(f)
        row, (self.mine_btn,) = button_row(self.change_mine)
        self.mine_box.body.addLayout(row)
        lay.addWidget(self.mine_box)

    def title(self) -> str:
        return self.tr("People")

    def retranslate(self) -> None:
        g = GovText()
        self.init_box.setTitle(self.tr("Give this workspace people"))
        self.init_note.setText(
            self.tr(
                "Each person gets their own passphrase, keys and role, and every record of the audit log names "
                "who acted. You become the first admin, with the workspace passphrase as your own; from then on "
                "only people unlock the workspace, each with their own passphrase."
            )
        )
        self.init_lbl[0].setText(self.tr("Your name"))
        self.init_lbl[1].setText(self.tr("Workspace passphrase"))
        self.init_name.setPlaceholderText(self.tr("one word, e.g. asha.rao"))
        self.init_btn.setText(self.tr("Give this workspace people"))
        self.list_box.setTitle(self.tr("People of this workspace"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Signing key"),
                self.tr("Added"),
                self.tr("Id"),
            ]
        )
        self.show_removed.setText(self.tr("Show removed people"))
        self.row_role_lbl.setText(self.tr("Role of the selected person"))
        self.role_btn.setText(self.tr("Change role"))
        self.remove_btn.setText(self.tr("Remove…"))
        self.add_box.setTitle(self.tr("Add a person"))
        for lbl, text in zip(
            self.add_lbl,
            (
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Their passphrase (12+ characters)"),
                self.tr("Repeat it"),
                self.tr("Your passphrase (admin)"),
            ),
            strict=True,
        ):
            lbl.setText(text)
        self.add_name.setPlaceholderText(self.tr("one word, e.g. asha.rao"))
        self.add_pass.setPlaceholderText(self.tr("typed by them"))
        self.add_btn.setText(self.tr("Add"))
        self.mine_box.setTitle(self.tr("My passphrase"))
        for lbl, text in zip(
            self.mine_lbl, (self.tr("Current passphrase"), self.tr("New passphrase"), self.tr("Repeat it")), strict=True
        ):
            lbl.setText(text)
        self.mine_btn.setText(self.tr("Change my passphrase"))
        for combo in (self.row_role, self.add_role):
            keep = combo.currentData()
            combo.clear()
            for r in ROLES:
                combo.addItem(g.role(r), r)
                combo.setItemData(combo.count() - 1, g.role_help(r), Qt.ToolTipRole)
            idx = combo.findData(keep or "operator")
            combo.setCurrentIndex(max(idx, 0))
        self.role_help.setText(g.role_help(self.add_role.currentData()))
        self.refresh()

    # State --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from appliance.audit.people import People

        g = GovText()
        init, people = self.state.initialised, self.state.has_people
        self.init_box.setVisible(init and not people)
        for box in (self.list_box, self.add_box, self.mine_box):
            box.setVisible(people)
        if not init:
            self.status.setText(self.tr("No workspace yet: create it on the Workspace page."))
        elif not people:
            self.status.setText(
                self.tr(
                    "This workspace has one passphrase and no people: whoever holds the passphrase may do "
                    "everything, and the audit log cannot say who acted."
                )
            )
        elif self.state.person is not None:
            self.status.setText(g.signed_in(self.state.person, self.state.role()))
        else:
            self.status.setText(self.tr("Nobody is signed in: sign in on the Workspace page."))
        role = self.state.role()
        self.admin_note.setVisible(people and role not in (None, "admin"))
        self.admin_note.setText(
            self.tr("Only an admin adds or removes people and changes roles; you are {role}.").format(role=g.role(role))
        )
        keep = self._selected()
        self._rows = People(self.state.catalog).list(include_removed=self.show_removed.isChecked()) if people else []
        self.table.blockSignals(True)
        fill(
            self.table,
            [
                [
                    r["name"],
                    g.role(r["role"]),
                    g.status(r["status"]),
                    r["sign_public"][:16],
                    local_time(r["created_at"]),
                    r["id"],
                ]
                for r in self._rows
            ],
        )
        ids = [r["id"] for r in self._rows]
        if keep is not None and keep["id"] in ids:
            self.table.setCurrentCell(ids.index(keep["id"]), 0)
        self.table.blockSignals(False)
        fit_table(self.table, 2, 6)
        self._selected_changed()

    def _selected(self) -> dict | None:
        r = self.table.currentRow()
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def _selected_changed(self) -> None:
        row = self._selected()
        active = row is not None and row["status"] == "active"
        self.role_btn.setEnabled(active)
        self.remove_btn.setEnabled(active)
        if row is not None:
            self.row_role.setCurrentIndex(max(self.row_role.findData(row["role"]), 0))

    def _me(self) -> str | None:
        """The signed-in person's name; says so (and None) when nobody is."""
        if self.state.person is None:
            self.info(self.tr("Sign in first (Workspace page)."), "error")
            return None
        return self.state.person["name"]

    # Actions: each the core call of `appliance people …`, on a worker thread ----------------------
    def give_people(self) -> None:
        from gui import tasks

        name, passphrase = self.init_name.text().strip(), self.init_pass.text()
        job = partial(tasks.people_init, passphrase=passphrase, name=name, keyfile=self.state.keyfile)
        self.state.run(job, on_done=self._given)
        self.init_pass.clear()

    def _given(self, result) -> None:
        mk, person = result
        if self.state.keys is None:
            self.state.set_keys(mk, person=person, keyfile=self.state.keyfile)
        else:  # the same master key as the one already open: keep that one
            mk.forget()
            self.state.set_keys(self.state.keys, person=person, keyfile=self.state.keyfile)
        self.info(
            self.tr("{name} is the admin of this workspace and signs in with their passphrase.").format(
                name=ltr(person["name"])
            ),
            "success",
        )

    def add(self) -> None:
        from gui import tasks

        me = self._me()
        if me is None:
            return
        if self.add_pass.text() != self.add_pass2.text():
            self.info(self.tr("The two passphrases differ."), "error")
            return
        job = partial(
            tasks.people_add,
            me=me,
            my_passphrase=self.admin_pass.text(),
            name=self.add_name.text().strip(),
            role=self.add_role.currentData(),
            their_passphrase=self.add_pass.text(),
            keyfile=self.state.keyfile,
        )
        g = GovText()
        self.state.run(
            job,
            needs_keys=True,
            on_done=lambda row: self.info(
                self.tr("Added {name} ({role}).").format(name=ltr(row["name"]), role=g.role(row["role"])), "success"
            ),
        )
        for w in (self.add_pass, self.add_pass2, self.admin_pass):
            w.clear()
        self.add_name.clear()

    def change_role(self) -> None:
        from gui import tasks

        row = self._selected()
        if row is None or self._me() is None:
            return
        g = GovText()
        self.state.run(
            partial(tasks.people_set_role, name=row["name"], role=self.row_role.currentData()),
            needs_keys=True,
            on_done=lambda r: self.info(
                self.tr("{name} is now {role}.").format(name=ltr(r["name"]), role=g.role(r["role"])), "success"
            ),
        )

    def remove(self) -> None:
        from gui import tasks

        row = self._selected()
        if row is None or self._me() is None:
            return
        if not confirm_destructive(
            self,
            self.tr("Remove a person"),
            self.tr(
                "Remove {name}? Their keys are deleted: they can no longer sign in, approve or open anything in "
                "this workspace. Their name stays in the audit log. This cannot be undone."
            ).format(name=ltr(row["name"])),
        ):
            return
        self.state.run(
            partial(tasks.people_remove, name=row["name"]),
            needs_keys=True,
            on_done=lambda r: self.offer_rotation(r["name"]),
        )

    def offer_rotation(self, name: str) -> None:
        """After a removal: rotating the master key (the new one sealed to the remaining people)
        makes a copy of the catalog taken before open nothing new."""
        box = QMessageBox(
            QMessageBox.Question,
            self.tr("Rotate the master key?"),
            self.tr(
                "Removed {name}: their keys are deleted. Rotate the master key now, so that a copy of the "
                "catalog taken before opens nothing new? Every data key is rewrapped; it takes your passphrase."
            ).format(name=ltr(name)),
            QMessageBox.NoButton,
            self,
        )
        rotate = box.addButton(self.tr("Rotate now"), QMessageBox.AcceptRole)
        later = box.addButton(self.tr("Later"), QMessageBox.RejectRole)
        box.setDefaultButton(rotate)
        box.setEscapeButton(later)
        box.exec()
        if box.clickedButton() is not rotate:
            self.info(
                self.tr("Removed {name}. Rotate the master key soon (Workspace page).").format(name=ltr(name)), "info"
            )
            return
        passphrase, ok = QInputDialog.getText(
            self, self.tr("Rotate the master key"), self.tr("Your passphrase"), QLineEdit.Password
        )
        if ok and passphrase:
            self.rotate(passphrase)

    def rotate(self, passphrase: str) -> None:
        from gui import tasks

        me = self._me()
        if me is None:
            return
        job = partial(tasks.rotate_signed_in, me=me, passphrase=passphrase, keyfile=self.state.keyfile)

        def done(result):
            _mk_id, n, mk = result
            old = self.state.keys
            self.state.set_keys(mk, person=self.state.person, keyfile=self.state.keyfile)
            if old is not None and hasattr(old, "forget"):
                old.forget()  # its master key no longer exists
            self.info(self.tr("New master key; {n} data keys rewrapped.").format(n=local_number(n)), "success")

        self.state.run(job, needs_keys=True, on_done=done)

    def change_mine(self) -> None:
        from gui import tasks

        me = self._me()
        if me is None:
            return
        if self.my_new.text() != self.my_new2.text():
            self.info(self.tr("The two passphrases differ."), "error")
            return
        job = partial(
            tasks.change_passphrase,
            me=me,
            passphrase=self.my_cur.text(),
            new_passphrase=self.my_new.text(),
            keyfile=self.state.keyfile,
        )
        self.state.run(
            job, on_done=lambda _r: self.info(self.tr("Your passphrase is changed; use it to sign in."), "success")
        )
        for w in (self.my_cur, self.my_new, self.my_new2):
            w.clear()
