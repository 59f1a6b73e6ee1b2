"""Playground: chat with exported models through llama.cpp, tokens streaming in; two models side
by side (e.g. the base and the tuned one) answer the same message.

A system prompt, the temperature and the token limit apply to both panes. Answers render as
Markdown (raw HTML in an answer is shown as text, never interpreted) and say how fast they came
(time to first token, tokens per second) and whether they were cut at the token limit. Stop halts
both panes. While the workspace is unlocked every finished exchange is saved, encrypted, as a
conversation (appliance/serving/conversations.py; the same calls as `appliance conversations`),
listed on the side to reopen or delete.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.pages.documents import SourceList
from gui.pages.lifecycle_feedback import FeedbackRow, capture
from gui.widgets.common import Page, confirm_destructive, local_time, text_direction

_MD = QTextDocument.MarkdownFeatures(QTextDocument.MarkdownDialectGitHub | QTextDocument.MarkdownNoHTML)


def _hard_breaks(text: str) -> str:
    """Every line break outside code blocks as a Markdown hard break: a model's single newline
    means a new line, which plain Markdown would join into one paragraph (D8)."""
    out, fenced = [], False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        out.append(line if fenced or not line.strip() else line.rstrip() + "  ")
    return "\n".join(out)


def markdown_html(text: str) -> str:
    """``text`` (Markdown, GitHub dialect) as the inner HTML of a document body, its line breaks
    kept. HTML inside the text stays text (MarkdownNoHTML): a model's answer cannot inject markup."""
    doc = QTextDocument()
    doc.setMarkdown(_hard_breaks(text), _MD)
    full = doc.toHtml()
    start = full.find(">", full.find("<body")) + 1
    return full[start : full.rfind("</body>")]


def model_context(history: list[dict]) -> list[dict]:
    """The messages a pane's model is sent: its history without the exchanges Stop left
    unanswered (a question kept in the pane, with no answer started; issue 25, item 22)."""
    out = []
    for i, m in enumerate(history):
        nxt = history[i + 1] if i + 1 < len(history) else {}
        if (m.get("stats") or {}).get("not_started") or (nxt.get("stats") or {}).get("not_started"):
            continue
        out.append({"role": m["role"], "content": m["content"]})
    return out


def _paragraph(who: str, body_html: str, direction: str, note: str = "") -> str:
    note_html = f'<p style="color:#8a6d00"><i>{html.escape(note)}</i></p>' if note else ""
    return f'<div dir="{direction}"><p><b>\u2068{html.escape(who)}:\u2069</b></p>{body_html}{note_html}</div>'


class ChatPane(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.model = QComboBox()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)  # links in an answer are not followed (nothing leaves)
        self.sources = SourceList(self)  # a grounded answer's sources: a link shows the chunk's text
        self.view.anchorClicked.connect(self.open_source)
        self.source_dialog = None
        self.stats = QLabel()
        self.stats.setStyleSheet("color:palette(mid);")
        # Wraps: in Tamil one line of speed figures pushed Send, Stop and New conversation off
        # the window after the first exchange (issue 25, item 26).
        self.stats.setWordWrap(True)
        self.model.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.model.setMinimumContentsLength(12)
        lay.addWidget(self.model)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.stats)
        self.feedback = FeedbackRow(page.state)  # 👍 / 👎 / a correction, for an answer its line captured
        lay.addWidget(self.feedback)
        self.history: list[dict] = []
        self._html: dict[tuple, str] = {}  # rendered messages (see _message_html)
        self.current = ""
        self.session = None  # appliance.serving.chat.ChatSession
        self.loaded_for = None

    def reset(self) -> None:
        self.history, self.current = [], ""
        self._html.clear()
        self.stats.clear()
        self.view.clear()

    def note_for(self, m: dict) -> str:
        stats = m.get("stats") or {}
        if stats.get("finish_reason") == "length":
            return self.tr("Cut at %1 tokens: raise Max tokens for longer answers.").replace(
                "%1", QLocale().toString(int(stats.get("tokens") or 0))
            )
        if stats.get("not_started"):
            return self.tr("Stopped before this model answered.")
        if stats.get("stopped"):
            return self.tr("Stopped.")
        return ""

    def stats_text(self, stats: dict) -> str:
        if not stats or stats.get("ttft_s") is None:
            return ""
        loc = QLocale()
        parts = [self.tr("First token after %1 s").replace("%1", loc.toString(float(stats["ttft_s"]), "f", 2))]
        if stats.get("tokens_per_s"):
            parts.append(self.tr("%1 tokens/s").replace("%1", loc.toString(float(stats["tokens_per_s"]), "f", 1)))
        parts.append(self.tr("%1 tokens").replace("%1", loc.toString(int(stats.get("tokens") or 0))))
        layers = stats.get("gpu_layers")  # where llama-server ran the model (serving/offload.py's plan)
        if layers is not None:
            layers = int(layers)
            parts.append(
                self.tr("on the CPU")
                if layers == 0
                else self.tr("all layers on the GPU")
                if layers < 0
                else self.tr("%1 layers on the GPU").replace("%1", loc.toString(layers))
            )
        return " · ".join(parts)

    def _message_html(self, m: dict) -> str:
        """One message as HTML, kept once made: ``render`` runs for every streamed token, and
        Markdown for the whole history each time would grow with the conversation."""
        who = self.tr("You") if m["role"] == "user" else self.tr("Model")
        note = self.note_for(m) if m["role"] != "user" else ""
        key = (m["role"], m["content"], who, note)
        if key not in self._html:
            if m["role"] == "user":
                body = "<p>" + html.escape(m["content"]).replace("\n", "<br>") + "</p>"
            else:
                body = markdown_html(m["content"])
            self._html[key] = _paragraph(who, body, text_direction(m["content"]), note)
        return self._html[key]

    def render(self) -> None:
        # Each message is a block in its own text's direction (an English answer stays
        # left-to-right in the Arabic interface, an Arabic one right-to-left in English).
        parts = []
        for i, m in enumerate(self.history):
            parts.append(self._message_html(m))
            if "sources" in m:  # answered with "Use documents": numbered, the cited ones in bold
                parts.append(self.sources.html(m["sources"], m.get("notice"), i))
        if self.current:
            body = "<p>" + html.escape(self.current + "▌").replace("\n", "<br>") + "</p>"
            parts.append(_paragraph(self.tr("Model"), body, text_direction(self.current)))
        self.view.setHtml("".join(parts))
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())
        answers = [m for m in self.history if m["role"] == "assistant"]
        self.stats.setText(self.stats_text(answers[-1].get("stats") or {}) if answers else "")
        self.feedback.show_for(answers[-1] if answers and not self.current else None)

    def open_source(self, url) -> None:
        if url.scheme() == "source":
            i, n = (int(x) for x in url.path().split(":"))
            self.sources.show(self, self.history[i]["sources"][n])

    def close_model(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session, self.loaded_for = None, None


class PlaygroundPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        lay = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        settings = QFormLayout()
        self.system = QLineEdit()
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(0.3)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 8192)
        self.max_tokens.setSingleStep(64)
        self.max_tokens.setValue(512)
        numbers = QHBoxLayout()
        self.temperature_label, self.max_tokens_label = QLabel(), QLabel()
        for label, box in ((self.temperature_label, self.temperature), (self.max_tokens_label, self.max_tokens)):
            numbers.addWidget(label)
            numbers.addWidget(box)
        self.use_docs, self.collection = QCheckBox(), QComboBox()  # answers grounded in a collection
        self.collection.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.collection.setMinimumContentsLength(10)
        numbers.addWidget(self.use_docs)
        numbers.addWidget(self.collection)
        numbers.addStretch(1)
        self.system_label = QLabel()
        settings.addRow(self.system_label, self.system)
        settings.addRow(numbers)
        lay.addLayout(settings)

        split = QSplitter(Qt.Horizontal)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        self.saved_label = QLabel()
        self.saved = QListWidget()
        self.saved.setWordWrap(True)
        self.saved.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.saved.itemActivated.connect(lambda _item: self.open_selected())
        self.open_btn, self.delete_btn = QPushButton(), QPushButton()
        self.open_btn.clicked.connect(self.open_selected)
        self.delete_btn.clicked.connect(self.delete_selected)
        side_lay.addWidget(self.saved_label)
        side_lay.addWidget(self.saved, 1)
        row = QHBoxLayout()
        row.addWidget(self.open_btn)
        row.addWidget(self.delete_btn)
        side_lay.addLayout(row)
        split.addWidget(side)
        panes_box = QWidget()
        panes = QHBoxLayout(panes_box)
        panes.setContentsMargins(0, 0, 0, 0)
        self.panes = [ChatPane(self), ChatPane(self)]
        for p in self.panes:
            panes.addWidget(p, 1)
        split.addWidget(panes_box)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 800])
        lay.addWidget(split, 1)

        row = QHBoxLayout()
        self.input = QLineEdit()
        self.send_btn, self.stop_btn, self.reset_btn = QPushButton(), QPushButton(), QPushButton()
        self.input.returnPressed.connect(self.send)
        self.send_btn.clicked.connect(self.send)
        self.stop_btn.clicked.connect(self.stop)
        self.reset_btn.clicked.connect(self.reset)
        row.addWidget(self.input, 1)
        for b in (self.send_btn, self.stop_btn, self.reset_btn):
            row.addWidget(b)
        lay.addLayout(row)
        self.jobs = []
        self.stopping = False
        self.conversation_id: str | None = None
        self.created_at: str | None = None
        self.state.lock_changed.connect(lambda _u: self.refresh_saved())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Playground")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Ask both models the same thing. They run here through llama.cpp; nothing leaves "
                "this machine. Only exports that passed verification are listed."
            )
        )
        self.system_label.setText(self.tr("System prompt"))
        self.system.setPlaceholderText(self.tr("Optional: how the models should answer, for both panes"))
        self.temperature_label.setText(self.tr("Temperature"))
        self.temperature.setToolTip(self.tr("0 always picks the likeliest token; higher values vary more."))
        self.max_tokens_label.setText(self.tr("Max tokens"))
        self.max_tokens.setToolTip(self.tr("The longest answer, in tokens; a longer one is cut and marked."))
        self.use_docs.setText(self.tr("Use documents"))
        self.use_docs.setToolTip(self.tr("Answer from a document collection, with numbered sources (Documents page)."))
        self.saved_label.setText(self.tr("Saved conversations (encrypted)"))
        self.open_btn.setText(self.tr("Open"))
        self.delete_btn.setText(self.tr("Delete"))
        self.input.setPlaceholderText(self.tr("Type a message and press Enter"))
        self.send_btn.setText(self.tr("Send"))
        self.stop_btn.setText(self.tr("Stop"))
        self.reset_btn.setText(self.tr("New conversation"))
        for p in self.panes:
            p.render()
        self.refresh()  # "(no model)" is a translated entry

    def refresh(self) -> None:
        from appliance.serving.chat import servable_exports

        exports = servable_exports(self.state.catalog)
        for i, pane in enumerate(self.panes):
            cur = pane.model.currentData()
            pane.model.blockSignals(True)
            pane.model.clear()
            pane.model.addItem(self.tr("(no model)"), None)
            for e in exports:
                pane.model.addItem(f"{e['model_name']} · {e['quant']}", e["id"])
            # Keep the pane's model; else the first pane takes the oldest export (usually the base
            # model) and the second the newest (usually the tuned one).
            idx = pane.model.findData(cur) if cur else -1
            default = min(1, pane.model.count() - 1) if i == 0 else pane.model.count() - 1
            pane.model.setCurrentIndex(idx if idx >= 0 else default)
            pane.model.blockSignals(False)
        self.refresh_collections()
        self.refresh_saved()

    def refresh_collections(self) -> None:
        """The collections "Use documents" offers (read once the page was shown: not at start-up)."""
        if not self.isVisible() and not self.collection.count():
            return
        from appliance.knowledge.store import DocStore

        cur = self.collection.currentText()
        self.collection.clear()
        for c in DocStore(self.state.home, self.state.catalog).collections():
            self.collection.addItem(c["name"], c["name"])
        self.collection.setCurrentIndex(max(self.collection.findData(cur), 0))

    def showEvent(self, event):  # noqa: N802
        self.refresh_collections()
        super().showEvent(event)

    # Saved conversations --------------------------------------------------------------------
    def _store(self):
        from appliance.serving.conversations import ConversationStore

        return ConversationStore(self.state.home, self.state.catalog, self.state.keys)

    def refresh_saved(self) -> None:
        self.saved.clear()
        unlocked = self.state.unlocked
        for w in (self.saved, self.open_btn, self.delete_btn):
            w.setEnabled(unlocked)
        if not unlocked:
            self.saved.addItem(self.tr("Unlock the workspace to see and save conversations."))
            return
        for c in self._store().list():
            item = QListWidgetItem(f"{c['title']}\n{local_time(c['updated_at'])}")
            item.setData(Qt.UserRole, c["id"])
            item.setToolTip(", ".join(c["models"]))
            self.saved.addItem(item)
            if c["id"] == self.conversation_id:
                item.setSelected(True)

    def _selected_id(self) -> str | None:
        item = self.saved.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def open_selected(self) -> None:
        cid = self._selected_id()
        if not cid or self.jobs:
            return
        doc = self._store().load(cid)
        settings = doc.get("settings") or {}
        self.system.setText(settings.get("system", ""))
        self.temperature.setValue(float(settings.get("temperature", self.temperature.value())))
        self.max_tokens.setValue(int(settings.get("max_tokens", self.max_tokens.value())))
        missing = []
        saved_panes = (doc["panes"] + [{}] * len(self.panes))[: len(self.panes)]
        for pane, saved in zip(self.panes, saved_panes, strict=True):
            pane.reset()
            pane.history = [dict(m) for m in saved.get("messages", [])]
            idx = pane.model.findData(saved.get("export_id")) if saved.get("export_id") else 0
            if idx < 0:  # that export is gone: the history is shown, a new model must be picked
                missing.append(saved.get("model") or saved.get("export_id"))
                idx = 0
            pane.model.setCurrentIndex(idx)
            pane.render()
        self.conversation_id, self.created_at = doc["id"], doc.get("created_at")
        if missing:
            self.info(
                self.tr("Reopened; %1 is no longer exported here, so pick a model for that pane.").replace(
                    "%1", ", ".join(missing)
                )
            )

    def delete_selected(self) -> None:
        cid = self._selected_id()
        if not cid:
            return
        title = self.saved.currentItem().text().split("\n", 1)[0]
        if not confirm_destructive(
            self,
            self.tr("Delete conversation"),
            self.tr("Destroy the conversation “%1” for good? Its key is destroyed; it cannot be recovered.").replace(
                "%1", title
            ),
        ):
            return

        def job(ctx):
            from appliance.serving.conversations import ConversationStore

            ConversationStore(ctx.home, ctx.catalog, ctx.keys).delete(cid)

        def done(_result):
            if self.conversation_id == cid:
                self.conversation_id = self.created_at = None
            self.refresh_saved()

        self.state.run(job, on_done=done, needs_keys=True, refresh=False)

    def _document(self) -> dict:
        doc = {
            "settings": {
                "system": self.system.text(),
                "temperature": round(self.temperature.value(), 2),
                "max_tokens": self.max_tokens.value(),
            },
            "panes": [
                {
                    "export_id": p.model.currentData(),
                    "model": p.model.currentText() if p.model.currentData() else "",
                    "messages": [dict(m) for m in p.history],
                }
                for p in self.panes
            ],
        }
        if self.conversation_id:
            doc.update(id=self.conversation_id, created_at=self.created_at)
        return doc

    def save_conversation(self) -> None:
        """Save the conversation (encrypted) after an exchange; nothing to do while locked."""
        if not self.state.unlocked or not any(p.history for p in self.panes):
            return
        doc = self._document()

        def job(ctx):
            from appliance.serving.conversations import ConversationStore

            saved = ConversationStore(ctx.home, ctx.catalog, ctx.keys).save(doc)
            return saved["id"], saved["created_at"]

        def done(result):
            self.conversation_id, self.created_at = result
            self.refresh_saved()

        self.state.run(job, on_done=done, needs_keys=True, refresh=False)

    # Chatting -------------------------------------------------------------------------------
    def send(self) -> None:
        text = self.input.text().strip()
        if not text or self.jobs:
            return
        queue = [p for p in self.panes if p.model.currentData()]
        if not queue:
            self.info(self.tr("Export a model first (Export page)."), "error")
            return
        if self.use_docs.isChecked() and not (self.collection.currentData() and self.state.unlocked):
            self.info(
                self.tr("Use documents needs a document collection (Documents page) and the workspace unlocked."),
                "error",
            )
            return
        self.input.clear()
        self.stopping = False
        for p in queue:
            p.history.append({"role": "user", "content": text})
            p.render()
        self._next(queue)

    def _settings(self) -> tuple[list[dict], int, float]:
        system = self.system.text().strip()
        return (
            ([{"role": "system", "content": system}] if system else []),
            self.max_tokens.value(),
            self.temperature.value(),
        )

    def _next(self, queue) -> None:
        if not queue or self.stopping:
            self.stopping = False
            self.save_conversation()
            return
        pane, rest = queue[0], queue[1:]
        export_id = pane.model.currentData()
        system, max_tokens, temperature = self._settings()
        messages = system + model_context(pane.history)
        docs = self.collection.currentData() if self.use_docs.isChecked() else None

        def job(ctx):
            from appliance.serving.chat import IDLE_STOP_S, open_chat

            if pane.loaded_for != export_id:
                pane.close_model()
                # One audited `model.chat` per model loaded into a pane (serving/chat.py).
                pane.session = open_chat(
                    ctx.home, ctx.catalog, export_id, n_ctx=4096, params={"client": "gui"}, idle_stop_s=IDLE_STOP_S
                )
                pane.loaded_for = export_id
            pieces, retrieval, generation = [], None, dict(max_tokens=max_tokens, temperature=temperature)
            if docs:  # the question looked up in the collection, its sources before the conversation
                from appliance.knowledge.answer import citations
                from appliance.serving.grounding import ask

                retrieval, stream = ask(
                    pane.session, ctx.home, ctx.catalog, ctx.keys, [docs], messages, purpose="playground",
                    repeat_penalty=1.1, **generation,
                )  # fmt: skip
            else:
                stream = pane.session.reply(messages, repeat_penalty=1.1, **generation)
            for piece in stream:
                pieces.append(piece)
                ctx.on_event(piece)
                if ctx.cancel.cancelled:
                    break
            stats = dict(pane.session.last_stats, gpu_layers=pane.session.backend.placement.gpu_layers)
            answer = "".join(pieces)
            sources = {"sources": citations(retrieval, answer), "notice": retrieval.notice} if docs else {}
            if ctx.cancel.cancelled:
                stats.update(stopped=True, finish_reason=None)
                return answer, stats, None, sources
            return answer, stats, capture(ctx, export_id, messages, answer, stats), sources

        def on_token(piece):
            pane.current += piece
            pane.render()

        def done(result):
            answer, stats, capture_id, sources = result
            pane.history.append({"role": "assistant", "content": answer, "stats": stats, **sources})
            if capture_id:  # its line captured the turn: the answer takes feedback
                pane.history[-1]["capture_id"] = capture_id
            pane.current = ""
            pane.render()

        def failed(_text, _kind):
            # The core's message is in the panel (e.g. the conversation outgrew the context
            # window); the unanswered turn is dropped, as `appliance chat` drops it.
            if pane.history and pane.history[-1]["role"] == "user":
                pane.history.pop()
            pane.current = ""
            pane.render()

        job_obj = self.state.run(
            job, on_event=on_token, on_done=done, on_failed=failed, refresh=False, needs_keys=bool(docs)
        )
        if job_obj is None:
            return
        self.jobs.append(job_obj)

        def finished():
            self.jobs.remove(job_obj)
            if self.stopping:
                # Stop halts both panes: a pane still waiting its turn does not start (D8). Its
                # question stays, marked unanswered, so both panes keep the same turns (issue 25,
                # item 22: it was taken back, and the panes' histories diverged).
                for p in rest:
                    if p.history and p.history[-1]["role"] == "user":
                        p.history.append(
                            {"role": "assistant", "content": "", "stats": {"stopped": True, "not_started": True}}
                        )
                    p.render()
                self._next([])
            else:
                self._next(rest)

        job_obj.finished.connect(finished)

    def stop(self) -> None:
        if not self.jobs:
            return
        self.stopping = True
        for j in self.jobs:
            j.cancel()

    def reset(self) -> None:
        if self.jobs:
            return
        for p in self.panes:
            p.reset()
        self.conversation_id = self.created_at = None
        self.saved.clearSelection()

    def shutdown(self) -> None:
        self.stop()
        for j in list(self.jobs):
            j.wait(30_000)
        for p in self.panes:
            p.close_model()
