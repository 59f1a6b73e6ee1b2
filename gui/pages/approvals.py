"""Approvals page: four-eyes approvals (docs/governance.md). The inbox of requests (pending first),
the selected one's details with the digests of exactly what it binds, Approve / Refuse (the
signed-in person proves their passphrase again and signs, with a note), a request saved to a file
for an approver who signs offline and the signed decision taken back in, and the policy in force
(read-only). Each action is the core call of ``appliance approvals`` (``gui/tasks.py``)."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHeaderView, QLabel, QLineEdit, QTextBrowser, QVBoxLayout

from gui.pages.datasets import fill, table
from gui.pages.people import password, wrapped
from gui.widgets.common import Page, Section, button_row, fit_table, local_number, local_time, ltr, reading
from gui.widgets.gov_text import GovText


class ApprovalsPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self._rows: list[dict] = []
        self.decide_job = None  # one decision at a time
        lay = QVBoxLayout(self)
        self.status = wrapped()
        lay.addWidget(self.status)

        self.inbox_box = Section()
        self.table = table(6)  # the id is in the details
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)  # the summary takes the rest
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTextElideMode(Qt.ElideMiddle)  # a long summary keeps its start and its end
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.inbox_box.body.addWidget(self.table)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setMinimumHeight(210)
        self.inbox_box.body.addWidget(self.details)
        lay.addWidget(self.inbox_box)

        self.decide_box = Section()
        f = QFormLayout()
        self.note, self.passphrase = QLineEdit(), password()
        self.decide_lbl = [QLabel(), QLabel()]
        f.addRow(self.decide_lbl[0], self.note)
        f.addRow(self.decide_lbl[1], self.passphrase)
        self.decide_box.body.addLayout(f)
        row, (self.approve_btn, self.refuse_btn) = button_row(
            lambda: self.decide("approve"), lambda: self.decide("refuse")
        )
        self.decide_box.body.addLayout(row)
        self.offline_note = wrapped()
        self.decide_box.body.addWidget(self.offline_note)
        row, (self.save_btn, self.import_btn) = button_row(self.save_request, self.import_decision)
        self.decide_box.body.addLayout(row)
        lay.addWidget(self.decide_box)

        self.policy_box = Section()
        self.policy = wrapped()
        self.policy_box.body.addWidget(self.policy)
        lay.addWidget(self.policy_box)
        lay.addStretch(1)
        state.lock_changed.connect(lambda _u: self.refresh())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Approvals")

    def retranslate(self) -> None:
        self.inbox_box.setTitle(self.tr("Requests waiting for a second person"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Action"),
                self.tr("Summary"),
                self.tr("Asked by"),
                self.tr("Asked"),
                self.tr("Expires"),
            ]
        )
        self.decide_box.setTitle(self.tr("Decide the selected request"))
        self.decide_lbl[0].setText(self.tr("Note"))
        self.decide_lbl[1].setText(self.tr("Your passphrase"))
        self.note.setPlaceholderText(self.tr("kept with your signed decision, e.g. what you checked"))
        self.passphrase.setPlaceholderText(self.tr("your decision is signed with your own key"))
        self.approve_btn.setText(self.tr("Approve"))
        self.refuse_btn.setText(self.tr("Refuse"))
        self.offline_note.setText(
            self.tr(
                "An approver without access to this computer signs offline: save the request to a file, they "
                "sign it with their key file (`appliance-audit approve`), and you import the signed decision."
            )
        )
        self.save_btn.setText(self.tr("Save request for offline signing…"))
        self.import_btn.setText(self.tr("Import signed decision…"))
        self.policy_box.setTitle(self.tr("The policy in force"))
        self.refresh()

    # State --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from appliance.audit import approvals, gov_policy

        g = GovText()
        people = self.state.has_people
        if not self.state.initialised:
            self.status.setText(self.tr("No workspace yet: create it on the Workspace page."))
        elif not people:
            self.status.setText(
                self.tr(
                    "This workspace has no people, so nothing waits for a second person: give it people on the "
                    "People page."
                )
            )
        elif self.state.person is not None:
            self.status.setText(g.signed_in(self.state.person, self.state.role()))
        else:
            self.status.setText(self.tr("Nobody is signed in: sign in on the Workspace page to decide."))
        keep = self._selected()
        rows = approvals.list_requests(self.state.catalog) if self.state.initialised else []
        self._rows = sorted(rows, key=lambda r: r["status"] != "pending")  # pending first, each newest first
        self.table.blockSignals(True)
        fill(
            self.table,
            [
                [
                    g.status(r["status"]),
                    r["action"],
                    _summary(r),
                    r["requested_by"]["name"],
                    local_time(r["requested_at"]),
                    local_time(r["expires_at"]),
                ]
                for r in self._rows
            ],
        )
        for i, r in enumerate(self._rows):
            if r["status"] == "pending":
                for c in range(self.table.columnCount()):
                    font = QFont(self.table.item(i, c).font())
                    font.setBold(True)
                    self.table.item(i, c).setFont(font)
        ids = [r["id"] for r in self._rows]
        if keep is not None and keep["id"] in ids:
            self.table.setCurrentCell(ids.index(keep["id"]), 0)
        elif self._rows and self._rows[0]["status"] == "pending":
            self.table.setCurrentCell(0, 0)
        self.table.blockSignals(False)
        fit_table(self.table, 2, 6)
        self.policy.setText(self._policy_text(gov_policy.current(self.state.catalog)) if people else "")
        self.policy_box.setVisible(people)
        self.show_selected()

    def _policy_text(self, policy: dict) -> str:
        doc = policy["approvals"]
        return reading(
            self.tr(
                "These actions need a second person's approval: {actions}. An approval holds for {hours} hours "
                "after the request and is used once. An admin changes the policy with `appliance policy set` "
                "(approved by a second person too)."
            ).format(actions=ltr(", ".join(doc["required"])), hours=local_number(doc["valid_hours"]))
        )

    def _selected(self) -> dict | None:
        r = self.table.currentRow()
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def show_selected(self) -> None:
        row = self._selected()
        pending = row is not None and row["status"] == "pending"
        for b in (self.approve_btn, self.refuse_btn):
            b.setEnabled(pending and self.decide_job is None)
        self.save_btn.setEnabled(pending)
        self.import_btn.setEnabled(self.state.has_people)
        if row is None:
            self.details.setHtml(
                "<p>" + html.escape(self.tr("Select a request to read what exactly it asks for.")) + "</p>"
            )
            return
        self.details.setHtml(self._details_html(row))

    def _details_html(self, r: dict) -> str:
        g = GovText()
        e = html.escape
        who = r["requested_by"]
        lines = [
            "<p><b>"
            + e(self.tr("Request {id}: {status}").format(id=ltr(r["id"]), status=g.status(r["status"])))
            + "</b></p>",
            "<p>"
            + e(self.tr("Action: {action}").format(action=ltr(r["action"])))
            + "<br>"
            + e(_summary(r))
            + "<br>"
            + e(
                self.tr("Asked by {name} ({role}) at {when}; expires {expires}.").format(
                    name=ltr(who["name"]),
                    role=g.role(who.get("role")),
                    when=local_time(r["requested_at"]),
                    expires=local_time(r["expires_at"]),
                )
            )
            + "</p>",
        ]
        if r.get("decided_by"):
            lines.append(
                "<p>"
                + e(
                    self.tr("Decided by {name} at {when}.").format(
                        name=ltr(r["decided_by"]["name"]), when=local_time(r.get("decided_at"))
                    )
                )
                + (("<br>" + e(self.tr("Note: {note}").format(note=r["note"]))) if r.get("note") else "")
                + "</p>"
            )
        lines.append("<p><b>" + e(self.tr("What it binds (the exact objects, by digest):")) + "</b></p>")
        rtl = self.layoutDirection() == Qt.RightToLeft  # the table mirrors with the page: names at its start
        rows = []
        for k, v in sorted(r["binding"].items()):
            name, value = f"<td>{e(str(k))}</td>", f'<td dir="ltr"><code>{e(str(v))}</code></td>'
            rows.append("<tr>" + (value + name if rtl else name + value) + "</tr>")
        cells = "".join(rows)
        side = "right" if rtl else "left"
        lines.append(f'<table align="{side}" cellspacing="0" cellpadding="3">{cells}</table>')
        return "".join(lines)

    # Actions ------------------------------------------------------------------------------------
    def decide(self, decision: str) -> None:
        from gui import tasks

        row = self._selected()
        if row is None:
            return
        if self.state.person is None:
            self.info(self.tr("Sign in first (Workspace page)."), "error")
            return
        job = partial(
            tasks.decide,
            request_id=row["id"],
            me=self.state.person["name"],
            passphrase=self.passphrase.text(),
            decision=decision,
            note=self.note.text().strip(),
            keyfile=self.state.keyfile,
        )
        g = GovText()
        self.decide_job = self.state.run(
            job,
            needs_keys=True,
            on_done=lambda r: self.info(
                self.tr("Request {id} is {status}.").format(id=ltr(r["id"]), status=g.status(r["status"])), "success"
            ),
        )
        self.passphrase.clear()
        if self.decide_job is not None:
            self.note.clear()
            self.decide_job.finished.connect(self._decided)
        self.show_selected()

    def _decided(self) -> None:
        self.decide_job = None
        self.show_selected()

    def save_request(self) -> None:
        from gui import tasks

        row = self._selected()
        if row is None:
            return
        dest, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the request"), str(Path.home() / f"{row['id']}.request.json"), "JSON (*.json)"
        )
        if not dest:
            return
        self.state.run(
            partial(tasks.save_request, request_id=row["id"], dest=dest),
            refresh=False,
            on_done=lambda path: self.info(
                self.tr(
                    "Wrote request {id} to {path}. The approver signs it with `appliance-audit approve`; "
                    "import their signed decision here."
                ).format(id=ltr(row["id"]), path=ltr(path)),
                "success",
            ),
        )

    def import_decision(self) -> None:
        from gui import tasks

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signed decision"), "", "JSON (*.json)")
        if not path:
            return
        g = GovText()
        self.state.run(
            partial(tasks.import_decision, path=path),
            needs_keys=True,
            on_done=lambda r: self.info(
                self.tr("Request {id} is {status}.").format(id=ltr(r["id"]), status=g.status(r["status"])), "success"
            ),
        )

    def showEvent(self, event):  # noqa: N802
        self.refresh()  # requests made elsewhere (the command line, another window) since
        super().showEvent(event)


def _summary(r: dict) -> str:
    """The request's summary in the window's language (its message), else its English text."""
    from appliance.messages import Message

    if r.get("summary_message"):
        return Message.from_dict(r["summary_message"]).render()
    return r.get("summary") or ""
