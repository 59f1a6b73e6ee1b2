"""Playground: chat with exported models through llama.cpp, tokens streaming in; two models side
by side (e.g. the base and the tuned one) answer the same message."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from gui.widgets.common import Page, text_direction


def _paragraph(who: str, text: str) -> str:
    # Line breaks kept (issue 18, D8: a list or code in an answer ran together on one line).
    body = html.escape(text).replace("\n", "<br>")
    return f'<p dir="{text_direction(text)}"><b>\u2068{html.escape(who)}:\u2069</b> {body}</p>'


class ChatPane(QWidget):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        lay = QVBoxLayout(self)
        self.model = QComboBox()
        self.view = QTextBrowser()
        lay.addWidget(self.model)
        lay.addWidget(self.view, 1)
        self.history: list[dict] = []
        self.current = ""
        self.session = None  # appliance.serving.chat.ChatSession
        self.loaded_for = None

    def reset(self) -> None:
        self.history, self.current = [], ""
        self.view.clear()

    def render(self) -> None:
        # Each message is a paragraph in its own text's direction (an English answer stays
        # left-to-right in the Arabic interface, an Arabic one right-to-left in English).
        parts = []
        for m in self.history:
            who = self.tr("You") if m["role"] == "user" else self.tr("Model")
            parts.append(_paragraph(who, m["content"]))
        if self.current:
            parts.append(_paragraph(self.tr("Model"), self.current + "▌"))
        self.view.setHtml("".join(parts))
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().maximum())

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
        panes = QHBoxLayout()
        self.panes = [ChatPane(self), ChatPane(self)]
        for p in self.panes:
            panes.addWidget(p, 1)
        lay.addLayout(panes, 1)
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

    def send(self) -> None:
        text = self.input.text().strip()
        if not text or self.jobs:
            return
        self.input.clear()
        queue = [p for p in self.panes if p.model.currentData()]
        if not queue:
            self.info(self.tr("Export a model first (Export page)."), "error")
            return
        for p in queue:
            p.history.append({"role": "user", "content": text})
            p.render()
        self._next(queue)

    def _next(self, queue) -> None:
        if not queue:
            return
        pane, rest = queue[0], queue[1:]
        export_id, messages = pane.model.currentData(), list(pane.history)

        def job(ctx):
            from appliance.serving.chat import open_chat

            if pane.loaded_for != export_id:
                pane.close_model()
                # One audited `model.chat` per model loaded into a pane (serving/chat.py).
                pane.session = open_chat(ctx.home, ctx.catalog, export_id, n_ctx=2048, params={"client": "gui"})
                pane.loaded_for = export_id
            pieces = []
            for piece in pane.session.reply(messages, max_tokens=256, temperature=0.3, repeat_penalty=1.1):
                if ctx.cancel.cancelled:
                    break
                pieces.append(piece)
                ctx.on_event(piece)
            return "".join(pieces)

        def on_token(piece):
            pane.current += piece
            pane.render()

        def done(answer):
            pane.history.append({"role": "assistant", "content": answer})
            pane.current = ""
            pane.render()

        def failed(_text, _kind):
            # The core's message is in the panel (e.g. the conversation outgrew the context
            # window); the unanswered turn is dropped, as `appliance chat` drops it.
            if pane.history and pane.history[-1]["role"] == "user":
                pane.history.pop()
            pane.current = ""
            pane.render()

        job_obj = self.state.run(job, on_event=on_token, on_done=done, on_failed=failed, refresh=False)
        if job_obj is None:
            return
        self.jobs.append(job_obj)

        def finished():
            self.jobs.remove(job_obj)
            self._next(rest)

        job_obj.finished.connect(finished)

    def stop(self) -> None:
        for j in self.jobs:
            j.cancel()

    def reset(self) -> None:
        for p in self.panes:
            p.reset()

    def shutdown(self) -> None:
        self.stop()
        for j in list(self.jobs):
            j.wait(30_000)
        for p in self.panes:
            p.close_model()
