"""The Lifecycle page's review queue: a line's captured items (with feedback, new, or all), the
selected one decrypted for review (``CaptureStore.read(…, purpose="review")``, audited), and the
reviewer's decision (``CaptureStore.decide``: accept, accept with an edited answer to learn,
reject; spans to redact go with it); then a dataset from the accepted items
(``dataset_from_feedback``)."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTextBrowser

from gui.pages.datasets import fill, table
from gui.pages.lifecycle_parts import emoji_font, hint_label
from gui.widgets.common import Section, fit_table, local_number, local_time, ltr, reading, status_color, text_direction

LIMIT = 200  # items listed (newest first)


class ReviewSection(Section):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.state = page.state
        self.rows: list[dict] = []
        self.doc: dict | None = None  # the selected item, decrypted (memory only)
        self.doc_id: str | None = None
        self._wanted: str | None = None  # the item whose read runs
        self.spans: list[str] = []  # to redact with the decision
        self._unused = 0  # accepted items not yet in a dataset
        self.job = None
        filters = QHBoxLayout()
        self.show_label = QLabel()
        self.filter = QComboBox()
        self.filter.currentIndexChanged.connect(lambda _i: self.show_line(self.page.current_line()))
        filters.addWidget(self.show_label)
        filters.addWidget(self.filter)
        filters.addStretch(1)
        self.body.addLayout(filters)
        self.table = table(5)
        self.table.itemSelectionChanged.connect(self.select)
        self.body.addWidget(self.table)
        self.empty = hint_label()
        self.body.addWidget(self.empty)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setMinimumHeight(120)
        self.detail.setMaximumHeight(220)
        self.body.addWidget(self.detail)
        self.learn_label = QLabel()
        self.learn = QPlainTextEdit()
        self.learn.setFixedHeight(72)
        self.body.addWidget(self.learn_label)
        self.body.addWidget(self.learn)
        self._build_buttons()
        self._build_dataset_row()

    def _build_buttons(self) -> None:
        redact_row = QHBoxLayout()
        self.redact_text = QLineEdit()
        self.redact_btn = QPushButton()
        self.redact_btn.clicked.connect(self.add_redaction)
        redact_row.addWidget(self.redact_text, 1)
        redact_row.addWidget(self.redact_btn)
        self.body.addLayout(redact_row)
        self.redactions = QLabel()
        self.redactions.setWordWrap(True)
        self.redactions.hide()
        self.body.addWidget(self.redactions)
        row = QHBoxLayout()
        self.accept_btn, self.edit_btn, self.reject_btn = QPushButton(), QPushButton(), QPushButton()
        self.accept_btn.clicked.connect(lambda: self.decide("accept"))
        self.edit_btn.clicked.connect(lambda: self.decide("accept", edited=True))
        self.reject_btn.clicked.connect(lambda: self.decide("reject"))
        for b in (self.accept_btn, self.edit_btn, self.reject_btn):
            row.addWidget(b)
        row.addStretch(1)
        self.body.addLayout(row)

    def _build_dataset_row(self) -> None:
        row = QHBoxLayout()
        self.dataset_note = QLabel()
        self.dataset_note.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)
        self.dataset_btn = QPushButton()
        self.dataset_btn.clicked.connect(self.make_dataset)
        row.addWidget(self.dataset_note, 1)
        row.addWidget(self.kind)
        row.addWidget(self.dataset_btn)
        self.body.addLayout(row)

    # Texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setTitle(self.tr("Review queue"))
        self.show_label.setText(self.tr("Show"))
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("items with feedback"), "feedback")
        self.filter.addItem(self.tr("new items"), "new")
        self.filter.addItem(self.tr("all items"), "all")
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Source"), self.tr("Rating"), self.tr("Corrected"), self.tr("Status")]
        )
        self.learn_label.setText(self.tr("Answer to learn (edit it, then Accept with edit)"))
        self.redact_text.setPlaceholderText(self.tr("Text to redact: type it, or select it above"))
        self.redact_btn.setText(self.tr("Redact"))
        self.redact_btn.setToolTip(
            self.tr("Replaced by [redacted] everywhere in the item (prompt, answer, corrections) when you decide.")
        )
        self.accept_btn.setText(self.tr("Accept"))
        self.accept_btn.setToolTip(self.tr("Learn the correction, or the answer given when it was rated good."))
        self.edit_btn.setText(self.tr("Accept with edit"))
        self.edit_btn.setToolTip(self.tr("Learn the text in the box above instead."))
        self.reject_btn.setText(self.tr("Reject"))
        self.reject_btn.setToolTip(self.tr("Nothing is learnt from this item."))
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("chat rows (supervised)"), "chat")
        self.kind.addItem(self.tr("preference pairs"), "preference")
        self.kind.addItem(self.tr("judgements (good/bad)"), "judgement")
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.dataset_btn.setText(self.tr("Make dataset from accepted"))
        self.show_redactions()
        self.show_doc()

    def source_names(self) -> dict[str, str]:
        return {"api": self.tr("API"), "chat": self.tr("chat"), "playground": self.tr("Playground")}

    def rating_text(self, rating) -> str:
        if rating is None:
            return "–"
        word = self.tr("good") if rating == 1 else self.tr("bad")
        if emoji_font():
            return ("👍 " if rating == 1 else "👎 ") + word
        return word

    # Data --------------------------------------------------------------------------------------
    def show_line(self, line: dict | None) -> None:
        from appliance.adapt.capture import CaptureStore

        if line is None:
            self.rows = []
            fill(self.table, [])
            self.clear_doc()
            return
        store = CaptureStore(self.state.home, self.state.catalog)
        which = self.filter.currentData()
        self.rows = store.items(
            line["id"], status="new" if which == "new" else None, feedback_only=which == "feedback", limit=LIMIT
        )
        statuses = {"new": self.tr("new"), "accepted": self.tr("accepted"), "rejected": self.tr("rejected")}
        sources = self.source_names()
        fill(
            self.table,
            [
                [
                    local_time(r["created_at"]),
                    sources.get(r["source"], r["source"]),
                    self.rating_text(r.get("rating")),
                    self.tr("yes") if r.get("corrected") else self.tr("no"),
                    statuses.get(r["status"], r["status"]),
                ]
                for r in self.rows
            ],
        )
        for i, r in enumerate(self.rows):
            if r.get("rating") is not None:
                self.table.item(i, 2).setForeground(QBrush(QColor(status_color(self.table, r["rating"] == 1))))
        self.fit()
        unused = [r for r in store.items(line["id"], status="accepted") if not r.get("dataset_id")]
        self.dataset_note.setText(
            reading(self.tr("{n} accepted item(s) not yet in a dataset").format(n=local_number(len(unused))))
        )
        self._unused = len(unused)
        self.dataset_btn.setEnabled(bool(unused) and self.job is None)
        self.show_empty(line, store)
        ids = [r["id"] for r in self.rows]
        keep = self.doc_id if self.doc_id in ids else self._wanted if self._wanted in ids else None
        if keep is None:
            # Nothing is read until the reviewer selects an item: each read is an audit record.
            self.table.blockSignals(True)
            self.table.setCurrentCell(-1, -1)
            self.table.clearSelection()
            self.table.blockSignals(False)
            self.clear_doc()
        else:
            self.table.blockSignals(True)
            self.table.setCurrentCell(ids.index(keep), 0)
            self.table.blockSignals(False)
        self.enable()

    def show_empty(self, line: dict, store) -> None:
        which = self.filter.currentData()
        if self.rows:
            self.empty.hide()
            return
        if not store.settings(line["id"])["enabled"] and not store.items(line["id"], limit=1):
            text = self.tr("Capture is off for this line: switch it on to record what it serves.")
        elif which == "feedback":
            text = self.tr(
                "No feedback yet. Items appear here when people rate or correct an answer: under a Playground "
                "answer of this line, or through POST /v1/feedback. Show new items to review the rest."
            )
        elif which == "new":
            text = self.tr("No new items: everything captured has been reviewed.")
        else:
            text = self.tr("Nothing captured yet.")
        self.empty.setText(text)
        self.empty.show()

    def fit(self) -> None:
        fit_table(self.table, 2, 6)

    def on_lock(self, unlocked: bool) -> None:
        """Locking drops the decrypted item from memory (and from the view); unlocking reads it."""
        if not unlocked:
            self.clear_doc()
        self.show_line(self.page.current_line())

    def select(self) -> None:
        r = self.table.currentRow()
        if not 0 <= r < len(self.rows):
            return
        item_id = self.rows[r]["id"]
        if item_id in (self.doc_id, self._wanted):
            return
        self.clear_doc()
        if not self.state.unlocked:
            self.show_doc()
            return
        from gui.pages import lifecycle_tasks as tasks

        self._wanted = item_id
        self.state.run(
            partial(tasks.read_item, item_id=item_id),
            needs_keys=True,
            refresh=False,
            on_done=self._read,
            on_failed=lambda _text, _kind: self._unread(item_id),
        )

    def _unread(self, item_id: str) -> None:
        """A read that failed (its message is in the panel): selecting the item again tries again."""
        if self._wanted == item_id:
            self._wanted = None

    def _read(self, result: dict) -> None:
        if result["item_id"] != self._wanted:
            return  # another item was selected meanwhile
        self._wanted = None
        self.doc, self.doc_id = result["doc"], result["item_id"]
        self.learn.setPlainText(result["learn"] or self.doc.get("answer") or "")
        self.show_doc()
        self.enable()

    def clear_doc(self) -> None:
        self.doc = self.doc_id = self._wanted = None
        self.spans = []
        self.learn.clear()
        self.redact_text.clear()
        self.show_redactions()
        self.show_doc()
        self.enable()

    def enable(self) -> None:
        ready = self.doc is not None and self.job is None
        for w in (self.accept_btn, self.edit_btn, self.reject_btn, self.redact_btn, self.learn, self.redact_text):
            w.setEnabled(ready)

    # The selected item ---------------------------------------------------------------------------
    def show_doc(self) -> None:
        """The selected item: the conversation, the answer given, the feedback (with the spans to
        redact already replaced), each text in its own direction."""
        from appliance.adapt.capture import redacted

        if self.doc is None:
            if self.rows and not self.state.unlocked:
                note = self.tr("Unlock the workspace to read the selected item (Workspace page).")
            elif self.rows:
                note = self.tr("Select an item to read it. Each read is recorded in the audit log.")
            else:
                note = ""
            self.detail.setHtml(f"<p><i>{html.escape(note)}</i></p>" if note else "")
            return
        doc, _n = redacted(self.doc, self.spans)
        roles = {"system": self.tr("System"), "user": self.tr("User"), "assistant": self.tr("Model")}
        parts = []
        for m in doc.get("messages") or []:
            content = m.get("content") if isinstance(m.get("content"), str) else str(m.get("content") or "")
            parts.append(self._block(roles.get(m.get("role"), m.get("role") or ""), content))
        parts.append(self._block(self.tr("Answer given"), doc.get("answer") or "", bold=True))
        for f in doc.get("feedback") or []:
            bits = []
            if f.get("rating") is not None:
                bits.append(self.rating_text(f["rating"]))
            if f.get("comment"):
                bits.append(f["comment"])
            source = self.source_names().get(f.get("source"), f.get("source") or "")
            head = self.tr("Feedback ({source}, {when})").format(source=source, when=local_time(f.get("at")))
            if bits:
                parts.append(self._block(head, " · ".join(bits)))
            if f.get("correction"):
                parts.append(self._block(self.tr("Correction"), f["correction"], bold=True))
        if doc.get("edited_answer"):
            parts.append(self._block(self.tr("The reviewer's edit"), doc["edited_answer"], bold=True))
        self.detail.setHtml("".join(parts))

    @staticmethod
    def _block(who: str, text: str, bold: bool = False) -> str:
        esc = html.escape(text)
        style = "white-space:pre-wrap;" + (" font-weight:600;" if bold else "")
        return (
            f"<p style='margin:2px 0'><span style='color:#555'>\u2068{html.escape(who)}\u2069</span></p>"
            f"<p dir='{text_direction(text)}' style='{style} margin:0 0 6px 0'>{esc}</p>"
        )

    def add_redaction(self) -> None:
        span = self.redact_text.text().strip() or self.detail.textCursor().selectedText().strip()
        span = span or self.learn.textCursor().selectedText().strip()
        if not span:
            self.page.info(self.tr("Type the text to redact, or select it in the item first."), "error")
            return
        if span not in self.spans:
            self.spans.append(span)
        self.redact_text.clear()
        self.learn.setPlainText(self.learn.toPlainText().replace(span, "[redacted]"))
        self.show_redactions()
        self.show_doc()

    def show_redactions(self) -> None:
        self.redactions.setVisible(bool(self.spans))
        if self.spans:
            quoted = ", ".join(f"“{ltr(s)}”" for s in self.spans)
            self.redactions.setText(
                reading(self.tr("Replaced by [redacted] when you decide: {spans}").format(spans=quoted))
            )

    # Decisions -----------------------------------------------------------------------------------
    def decide(self, decision: str, edited: bool = False) -> None:
        from gui.pages import lifecycle_tasks as tasks

        if self.doc_id is None:
            return
        answer = self.learn.toPlainText().strip() if edited else None
        if edited and not answer:
            self.page.info(self.tr("Write the answer to learn in the box first."), "error")
            return
        item_id = self.doc_id

        def done(row):
            said = self.tr("Item {id} accepted.") if decision == "accept" else self.tr("Item {id} rejected.")
            self.page.info(said.format(id=ltr(row["id"])), "success")

        job = self.state.run(
            partial(tasks.decide, item_id=item_id, decision=decision, answer=answer, redact=list(self.spans)),
            needs_keys=True,
            on_done=done,
        )
        if job is not None:
            self._started(job)
            self.clear_doc()  # the decided item leaves the detail; the list shows its new status

    def make_dataset(self) -> None:
        from gui.pages import lifecycle_tasks as tasks

        line = self.page.current_line()
        if line is None:
            return

        def done(out):
            ds = out["dataset"]
            self.page.info(
                self.tr("Dataset {name} version {version}: {rows} row(s) from {items} accepted item(s).").format(
                    name=ltr(ds["name"]),
                    version=local_number(ds["version"] or 0),
                    rows=local_number(out["rows"]),
                    items=local_number(out["items"]),
                ),
                "success",
            )

        job = self.state.run(
            partial(tasks.make_dataset, line=line["name"], kind=self.kind.currentData()), needs_keys=True, on_done=done
        )
        if job is not None:
            self._started(job)

    def _started(self, job) -> None:
        self.job = job
        self.dataset_btn.setEnabled(False)
        self.enable()

        def finished():
            self.job = None
            self.enable()
            self.dataset_btn.setEnabled(self._unused > 0)

        job.finished.connect(finished)
