"""Serve page: start and stop the OpenAI-compatible API over chosen verified exports (the same
core call as ``appliance serve``), show its URL and served names, copy the API token after a
warning, and list requests as they come (the running server's own request log).

The server listens on loopback only. Starting and stopping run as jobs (llama.cpp's servers are
processes of their own, so a thread job keeps the window responsive); closing the window stops
the server (``shutdown``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from appliance.serving.handle import DEFAULT_PORT
from gui.core_text import core_text
from gui.pages.datasets import fill, table
from gui.widgets.common import Page, Section, button_row, local_number, ltr

HOST = "127.0.0.1"  # loopback only: the page offers no other address
DRAIN_S = 10.0  # Stop: running requests get this long to finish (the CLI's --drain default)
CLOSE_DRAIN_S = 3.0  # closing the window should not hang on a long answer
POLL_MS = 500
MAX_ROWS = 500
SERIOUS = ("backend.restart-failed", "backend.gave-up")


def local_clock(iso: str) -> str:
    """The time of day (UTC) of an ISO timestamp, "HH:MM:SS" in the interface language's digits."""
    from PySide6.QtCore import QLocale, QTime

    t = QTime.fromString(iso[11:19], "HH:mm:ss")
    return QLocale().toString(t, "HH:mm:ss") if t.isValid() else iso[11:19]


class ServePage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        lay = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)

        self.setup_box = Section()
        f = QFormLayout()
        self.exports = QListWidget()
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        self.setup_labels = [QLabel(), QLabel()]
        for lbl, w in zip(self.setup_labels, (self.exports, self.port), strict=True):
            f.addRow(lbl, w)
        self.setup_box.body.addLayout(f)
        row, (self.start_btn, self.stop_btn) = button_row(self.start, self.stop)
        self.setup_box.body.addLayout(row)
        lay.addWidget(self.setup_box)

        self.server_box = Section()
        f = QFormLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.url = QLabel("—")
        self.url.setTextInteractionFlags(Qt.TextSelectableByMouse)
        url_row, (self.copy_url_btn, self.copy_token_btn) = button_row(self.copy_url, self.copy_token)
        url_row.insertWidget(0, self.url)
        self.names = QLabel("—")
        self.names.setWordWrap(True)
        self.server_labels = [QLabel(), QLabel(), QLabel()]
        for lbl, w in zip(self.server_labels, (self.status, url_row, self.names), strict=True):
            f.addRow(lbl, w)
        self.server_box.body.addLayout(f)
        lay.addWidget(self.server_box)

        self.requests_box = Section()
        self.requests = table(6)
        self.requests_box.body.addWidget(self.requests, 1)
        lay.addWidget(self.requests_box, 1)

        self.serving = None  # appliance.serving.service.Serving, once the UI knows it started
        # What runs, as the jobs themselves set it: shutdown() must see a server whose start job
        # ended while the UI thread was blocked (its done signal not delivered yet).
        self._live = None
        self._home = None  # the home the server was started from: it is stopped in that home's log
        self._phase = "stopped"  # stopped | starting | running | stopping
        self._note = ""
        self._rows: list[dict] = []
        self._seen = 0
        self._events_seen = 0
        self._closed = False
        self._filled = False
        self.jobs = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Serve")

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Serve exported models to programs on this computer through an OpenAI-compatible API. "
                "The server listens on 127.0.0.1 only, and every request needs the API token. Only "
                "exports that passed verification are listed."
            )
        )
        self.setup_box.setTitle(self.tr("Models to serve"))
        for lbl, t in zip(self.setup_labels, (self.tr("Exports"), self.tr("Port")), strict=True):
            lbl.setText(t)
        self.port.setSpecialValueText(self.tr("any free port"))
        self.start_btn.setText(self.tr("Start"))
        self.stop_btn.setText(self.tr("Stop"))
        self.server_box.setTitle(self.tr("Server"))
        for lbl, t in zip(self.server_labels, (self.tr("Status"), self.tr("URL"), self.tr("Models")), strict=True):
            lbl.setText(t)
        self.copy_url_btn.setText(self.tr("Copy URL"))
        self.copy_token_btn.setText(self.tr("Copy token…"))
        self.requests_box.setTitle(self.tr("Requests (newest first)"))
        self.requests.setHorizontalHeaderLabels(
            [
                self.tr("Time (UTC)"),
                self.tr("Model"),
                self.tr("Endpoint"),
                self.tr("Status"),
                self.tr("Tokens (prompt / answer)"),
                self.tr("Latency (s)"),
            ]
        )
        self._fill()  # refused rows carry translated text
        self._show()

    def refresh(self) -> None:
        from appliance.serving.chat import servable_exports

        checked = set(self.chosen())
        self.exports.clear()
        exports = servable_exports(self.state.catalog)
        for e in exports:
            item = QListWidgetItem(f"{e['model_name']} · {e['quant']} · {ltr(e['id'])}")
            item.setData(Qt.UserRole, e["id"])
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if e["id"] in checked else Qt.Unchecked)
            self.exports.addItem(item)
        self._fit_exports()
        if exports and not self._filled:
            # The first time there is something to serve, the newest export is ticked.
            self.exports.item(self.exports.count() - 1).setCheckState(Qt.Checked)
            self._filled = True

    def _fit_exports(self) -> None:
        # Up to six exports in view without scrolling, and no empty rows below fewer.
        rows = min(max(self.exports.count(), 2), 6) * max(self.exports.sizeHintForRow(0), 20)
        self.exports.setFixedHeight(rows + 2 * self.exports.frameWidth() + 2)

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.FontChange:  # another language's font: taller rows
            self._fit_exports()
        super().changeEvent(event)

    def chosen(self) -> list[str]:
        """The ticked exports' ids, in the list's order."""
        items = (self.exports.item(i) for i in range(self.exports.count()))
        return [it.data(Qt.UserRole) for it in items if it.checkState() == Qt.Checked]

    # Start and stop -------------------------------------------------------------------------
    def start(self) -> None:
        if self._phase != "stopped":
            return
        refs, port = self.chosen(), self.port.value()

        def job(ctx):
            from appliance.serving.service import ServeOptions, check_bind_address, start_server

            starting = [True]  # the core's notes go to this job only while it starts
            check_bind_address(HOST, False)
            serving = start_server(
                ctx.home,
                ctx.catalog,
                refs,  # none ticked: the core says there is nothing to serve
                options=ServeOptions(host=HOST, port=port),
                on_status=lambda note: starting[0] and ctx.on_event(note),
                keys=ctx.keys,  # lines with capture on record what they serve (unlocked only)
            )
            starting[0] = False
            self._live, self._home = serving, ctx.home
            return serving

        def note(text) -> None:
            self._note = str(text)
            self._show()

        self._rows, self._seen, self._events_seen, self._note = [], 0, 0, ""
        self._fill()  # the previous session's requests go
        self._set_phase("starting")
        job_obj = self.state.run(
            job, on_event=note, on_done=self._started, on_failed=lambda *_: self._set_phase("stopped"), refresh=False
        )
        self._track(job_obj)

    def _started(self, serving) -> None:
        if self._closed:
            return
        self.serving = serving
        self._set_phase("running")
        self.timer.start()
        self.info(
            self.tr("Serving {models} on {url}.").format(models=self._served_names(), url=ltr(serving.url)), "success"
        )

    def stop(self) -> None:
        if self._phase != "running" or self.serving is None:
            return
        serving, home = self.serving, self._home

        def job(_ctx):
            return self._stop_now(serving, home, DRAIN_S)

        self._set_phase("stopping")
        job_obj = self.state.run(
            job, on_done=self._stopped, on_failed=lambda *_: self._set_phase("running"), refresh=False
        )
        self._track(job_obj)

    def _stop_now(self, serving, home, drain: float) -> bool:
        """``stop_server`` in the log of the home the server started from (Settings may have opened
        another home since)."""
        from appliance.catalog import Catalog
        from appliance.serving.service import stop_server

        with Catalog.open(home) as catalog:
            drained = stop_server(catalog, serving, drain=drain)
        if self._live is serving:
            self._live = None
        return drained

    def _stopped(self, drained: bool) -> None:
        if self._closed:
            return
        self.poll()  # the last requests
        self.timer.stop()
        self.serving = None
        self._set_phase("stopped")
        if drained:
            self.info(self.tr("The server stopped."), "success")
        else:
            self.info(self.tr("The server stopped; some requests were cut short at the end of the drain time."))

    def _track(self, job_obj) -> None:
        if job_obj is None:
            return
        self.jobs.append(job_obj)
        job_obj.finished.connect(lambda: job_obj in self.jobs and self.jobs.remove(job_obj))

    def shutdown(self) -> None:
        """The window closes: let a start or stop in progress end, then stop what runs."""
        self._closed = True
        self.timer.stop()
        for j in list(self.jobs):
            j.wait(120_000)
        serving, self.serving = self._live, None
        if serving is not None:
            from appliance.errors import ApplianceError

            try:
                self._stop_now(serving, self._home, CLOSE_DRAIN_S)
            except ApplianceError as exc:  # the window is closing: the log is where this can go
                import logging

                logging.getLogger("appliance.gui").error("stopping the server at exit: %s", exc)

    # While it runs --------------------------------------------------------------------------
    def poll(self) -> None:
        """New requests into the table; the backends' crashes and restarts into the message panel."""
        serving = self.serving
        if serving is None:
            return
        new = serving.recent_requests(self._seen)
        if new:
            self._seen = new[-1]["seq"]
            self._rows = (list(reversed(new)) + self._rows)[:MAX_ROWS]
            self._fill()
        for _t, kind, _label, text in serving.events[self._events_seen :]:
            self._events_seen += 1
            self.info(text, "error" if kind in SERIOUS else "info")
        if self._phase == "running" and not serving.handle.thread.is_alive():
            self.info(self.tr("The server stopped unexpectedly; stopping its models."), "error")
            self.stop()

    def _fill(self) -> None:
        rows = []
        for e in self._rows:
            usage = e.get("usage") or {}
            tokens = (
                f"{local_number(usage.get('prompt_tokens') or 0)} / {local_number(usage.get('completion_tokens') or 0)}"
                if usage
                else "—"
            )
            seconds = e.get("seconds")
            refused = e.get("kind") == "auth"  # a wrong or missing token: refused before it was read
            rows.append(
                [
                    local_clock(str(e.get("time", ""))),
                    self.tr("(refused: no valid token)") if refused else e.get("model") or "—",
                    ltr(e["path"]),
                    local_number(e["status"]) if isinstance(e.get("status"), int) else e.get("status"),
                    tokens,
                    local_number(seconds, 2) if seconds is not None else "—",
                ]
            )
        fill(self.requests, rows)
        for r, e in enumerate(self._rows):  # a refusal's reason, on its status
            if e.get("kind") == "auth":
                self.requests.item(r, 3).setToolTip(
                    self.tr("Refused: the request from {client} had no API token or a wrong one.").format(
                        client=ltr(str(e.get("client") or "?"))
                    )
                )
            elif e.get("error"):
                self.requests.item(r, 3).setToolTip(str(e["error"]))

    def _served_names(self) -> str:
        return ", ".join(n.name for n in self.serving.names) if self.serving else "—"

    def _set_phase(self, phase: str) -> None:
        self._phase = phase
        self._show()

    def _show(self) -> None:
        phase = self._phase
        texts = {
            "stopped": self.tr("Not running."),
            "starting": self.tr("Starting…"),
            "running": self.tr("Running."),
            "stopping": self.tr("Stopping…"),
        }
        text = texts[phase]
        if phase == "starting" and self._note:  # the core's own note (which models, GPU layers)
            text += "\n" + core_text(self._note)
        self.status.setText(text)
        running = phase == "running" and self.serving is not None
        self.url.setText(ltr(self.serving.url) if running else "—")
        self.names.setText(self._served_names() if running else "—")
        self.copy_url_btn.setEnabled(running)
        self.start_btn.setEnabled(phase == "stopped")
        self.stop_btn.setEnabled(phase == "running")
        self.exports.setEnabled(phase == "stopped")
        self.port.setEnabled(phase == "stopped")

    # Clipboard ------------------------------------------------------------------------------
    def copy_url(self) -> None:
        if self.serving is None:
            return
        QApplication.clipboard().setText(self.serving.url)
        self.info(self.tr("The URL is in the clipboard."))

    def copy_token(self) -> None:
        """The token is never shown: it goes to the clipboard, after a warning that defaults to Cancel."""
        box = QMessageBox(
            QMessageBox.Warning,
            self.tr("Copy the API token"),
            self.tr(
                "Anyone who has this token can use the served models through the API. Paste it only "
                "into a program you trust, and do not share it."
            ),
            QMessageBox.Cancel,
            self,
        )
        copy = box.addButton(self.tr("Copy token"), QMessageBox.AcceptRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.setEscapeButton(QMessageBox.Cancel)
        box.exec()
        if box.clickedButton() is not copy:
            return
        if self.serving is not None:
            token = self.serving.gateway.token  # what this server accepts, even if rotated since
        else:
            from appliance.serving.token import get_or_create_token

            token = get_or_create_token(self.state.home)
        QApplication.clipboard().setText(token)
        self.info(self.tr("The API token is in the clipboard."))
