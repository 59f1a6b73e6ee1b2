"""The Lifecycle page's timeline: what happened to a line, newest first (``AdaptStore.timeline``:
retraining runs, drift alarms, dataset versions, promotions, approvals asked for), each entry the
core's message in the interface language. The selected entry's run, when it waits for approval,
gets Approve / Refuse; one still running, Cancel. "Retrain now" is ``retrain_now`` in a worker
process (it trains, merges, exports and judges), with its stage and Cancel."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from gui.pages.datasets import fill, table
from gui.pages.lifecycle_parts import hint_label
from gui.widgets.common import (
    JobProgress,
    Section,
    confirm_destructive,
    fit_table,
    local_number,
    local_time,
    ltr,
    reading,
    status_color,
)

RUNNING = ("queued", "data", "training", "merging", "exporting", "judging")


def entry_ids(entry: dict) -> list[str]:
    """The ids an entry names (a list, or a dict of them)."""
    ids = entry.get("ids") or []
    if isinstance(ids, dict):
        ids = list(ids.values())
    return [i for i in ids if isinstance(i, str)]


class TimelineSection(Section):
    def __init__(self, page):
        super().__init__()
        self.page = page
        self.state = page.state
        self.entries: list[dict] = []
        self.runs: dict[str, dict] = {}
        self.job = None  # the retrain this window started
        top = QHBoxLayout()
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.retrain_btn = QPushButton()
        self.retrain_btn.clicked.connect(self.retrain)
        top.addWidget(self.policy, 1)
        top.addWidget(self.retrain_btn)
        self.body.addLayout(top)
        self.progress = JobProgress()
        self.body.addWidget(self.progress)
        self.table = table(4)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._picked)
        self._chosen: tuple | None = None  # the entry the operator selected (kept across refreshes)
        self.body.addWidget(self.table)
        self.empty = hint_label()
        self.body.addWidget(self.empty)
        row = QHBoxLayout()
        self.approve_btn, self.refuse_btn, self.cancel_btn = QPushButton(), QPushButton(), QPushButton()
        self.approve_btn.clicked.connect(lambda: self.act("approve"))
        self.refuse_btn.clicked.connect(lambda: self.act("refuse"))
        self.cancel_btn.clicked.connect(lambda: self.act("cancel"))
        for b in (self.approve_btn, self.refuse_btn, self.cancel_btn):
            row.addWidget(b)
            b.hide()
        row.addStretch(1)
        self.body.addLayout(row)

    def state_names(self) -> dict[str, str]:
        return {
            "queued": self.tr("queued"),
            "data": self.tr("making its dataset"),
            "training": self.tr("training"),
            "merging": self.tr("merging"),
            "exporting": self.tr("exporting"),
            "judging": self.tr("judging"),
            "promoted": self.tr("promoted"),
            "waiting_approval": self.tr("waiting for your approval"),
            "refused": self.tr("refused"),
            "failed": self.tr("failed"),
            "cancelled": self.tr("cancelled"),
            "no_data": self.tr("not enough new data"),
        }

    def kind_names(self) -> dict[str, str]:
        return {
            "run": self.tr("Retraining"),
            "drift": self.tr("Drift alarm"),
            "alarm": self.tr("Drift alarm"),
            "dataset": self.tr("Dataset version"),
            "promotion": self.tr("Promotion"),
            "promote": self.tr("Promotion"),
            "approval": self.tr("Approval"),
            "refused": self.tr("Refused"),
            "rebase": self.tr("Rebase"),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Timeline"))
        self.retrain_btn.setText(self.tr("Retrain now"))
        self.retrain_btn.setToolTip(
            self.tr(
                "Make a dataset from the accepted feedback, train, merge, export and judge a candidate, then "
                "promote it as the line's policy says (or wait for your approval)."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("State"), self.tr("Detail")])
        self.approve_btn.setText(self.tr("Approve"))
        self.approve_btn.setToolTip(self.tr("Promote the run's model to production."))
        self.refuse_btn.setText(self.tr("Refuse"))
        self.refuse_btn.setToolTip(self.tr("Keep production as it is; the run's model stays a candidate."))
        self.cancel_btn.setText(self.tr("Cancel the run"))
        self.empty.setText(
            self.tr(
                "Nothing has happened on this line yet. Drift alarms, retraining runs, new dataset versions "
                "and promotions appear here, newest first. Retrain now starts a run by hand."
            )
        )
        # The rows are written again by the page's refresh (when it is shown).

    # Data --------------------------------------------------------------------------------------
    def show_line(self, line: dict | None) -> None:
        from gui.core_text import core_text
        from gui.pages import lifecycle_tasks as tasks

        self.entries, self.runs, policy = [], {}, None
        if line is not None and tasks.loop_available():
            from appliance.adapt.loop import AdaptStore

            store = AdaptStore(self.state.home, self.state.catalog)
            self.runs = {r["id"]: r for r in store.runs(line["id"])}
            self.entries = sorted(store.timeline(line["id"]), key=lambda e: e.get("at") or "", reverse=True)
            policy = store.policy(line["id"])
        self.policy.setText(reading(self.policy_text(policy)) if line is not None else "")
        kinds, states = self.kind_names(), self.state_names()
        rows = []
        for e in self.entries:
            run = self.run_of(e)
            rows.append(
                [
                    local_time(e.get("at")),
                    kinds.get(e.get("kind"), e.get("kind") or ""),
                    states.get(run["state"], run["state"]) if run else "",
                    core_text(e.get("text") or ""),
                ]
            )
        keys = [self._key(e) for e in self.entries]
        current = keys.index(self._chosen) if self._chosen in keys else -1
        self.table.blockSignals(True)
        fill(self.table, rows)
        for i, e in enumerate(self.entries):
            run = self.run_of(e)
            if run and run["state"] == "waiting_approval":
                cell = self.table.item(i, 2)
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
            elif run and run["state"] in ("failed", "refused", "promoted"):
                ok = run["state"] == "promoted"
                self.table.item(i, 2).setForeground(QBrush(QColor(status_color(self.table, ok))))
        pending = next(
            (i for i, e in enumerate(self.entries) if (self.run_of(e) or {}).get("state") == "waiting_approval"), None
        )
        if self.entries:
            pick = current if 0 <= current < len(self.entries) else pending if pending is not None else 0
            self.table.setCurrentCell(pick, 0)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.fit()
        self.empty.setVisible(line is not None and not self.entries)
        self.retrain_btn.setEnabled(line is not None and self.job is None and tasks.loop_available())
        self.enable()

    def policy_text(self, policy: dict | None) -> str:
        """The line's policy (``AdaptStore.policy``, docs/adaptation.md "Policies") in a sentence."""
        if not policy:
            return self.tr("No retraining policy for this line: it is retrained only by hand (Retrain now).")
        t = policy.get("triggers") or {}
        starts = []
        if t.get("drift"):
            starts.append(self.tr("a drift alarm"))
        if t.get("feedback_count"):
            starts.append(self.tr("{n} accepted feedback items").format(n=local_number(t["feedback_count"])))
        if t.get("datasets"):
            starts.append(self.tr("a new version of {datasets}").format(datasets=ltr(", ".join(t["datasets"]))))
        if t.get("schedule_hours"):
            starts.append(self.tr("every {hours} hours").format(hours=local_number(t["schedule_hours"], 0)))
        approval = (policy.get("promote") or {}).get("mode") == "approval"
        then = (
            self.tr("a retrained model waits for your approval before production")
            if approval
            else self.tr("a retrained model that passes the line's gate goes to production")
        )
        if not starts:
            return self.tr("Retraining policy: by hand only; {then}.").format(then=then)
        return self.tr("Retraining policy: {starts} start a retrain; {then}.").format(
            starts=", ".join(starts), then=then
        )

    def run_of(self, entry: dict) -> dict | None:
        return next((self.runs[i] for i in entry_ids(entry) if i in self.runs), None)

    def fit(self) -> None:
        fit_table(self.table, 1, 6)

    def _picked(self) -> None:
        """The operator selected an entry (refreshes select it again; otherwise a run waiting for
        approval is selected, its Approve / Refuse at hand, else the newest entry)."""
        entry = self.selected_entry()
        self._chosen = self._key(entry) if entry is not None else None
        self.enable()

    def selected_entry(self) -> dict | None:
        r = self.table.currentRow()
        return self.entries[r] if 0 <= r < len(self.entries) else None

    @staticmethod
    def _key(entry: dict) -> tuple:
        """An entry's identity across refreshes (a run's entry moves as its state changes)."""
        ids = tuple(entry_ids(entry))
        return (entry.get("kind"), ids) if ids else (entry.get("kind"), entry.get("at"))

    def selected_run(self) -> dict | None:
        entry = self.selected_entry()
        return self.run_of(entry) if entry is not None else None

    def enable(self) -> None:
        run = self.selected_run()
        state = run["state"] if run else None
        self.approve_btn.setVisible(state == "waiting_approval")
        self.refuse_btn.setVisible(state == "waiting_approval")
        # A run this window drives is cancelled from its progress line.
        self.cancel_btn.setVisible(state in RUNNING and self.job is None)
        for b in (self.approve_btn, self.refuse_btn):
            b.setEnabled(self.job is None)

    # Actions -----------------------------------------------------------------------------------
    def act(self, what: str) -> None:
        from gui.pages import lifecycle_tasks as tasks

        run = self.selected_run()
        if run is None:
            return
        if what == "cancel" and not confirm_destructive(
            self,
            self.tr("Cancel the run"),
            self.tr("Stop retraining run {id}? What it made so far is kept; nothing is promoted.").format(
                id=ltr(run["id"])
            ),
        ):
            return
        said = {
            "approve": self.tr("Run {id} approved: its model is promoted."),
            "refuse": self.tr("Run {id} refused: production is unchanged."),
            "cancel": self.tr("Run {id} is being cancelled."),
        }[what]
        job = self.state.run(
            partial(tasks.run_action, run_id=run["id"], what=what),
            needs_keys=True,
            on_done=lambda _r: self.page.info(said.format(id=ltr(run["id"])), "success"),
        )
        if job is not None and what == "approve":  # a promotion through the gate: it evaluates
            self._follow(job)

    def retrain(self) -> None:
        from gui.pages import lifecycle_tasks as tasks

        line = self.page.current_line()
        if line is None:
            return
        states = self.state_names()

        def done(run):
            if run["state"] == "failed":
                said = self.tr("Retraining run {id} failed (production is unchanged): {error}").format(
                    id=ltr(run["id"]), error=run.get("error") or ""
                )
                self.page.info(said, "error")
                return
            said = self.tr("Retraining run {id}: {state}.").format(
                id=ltr(run["id"]), state=states.get(run["state"], run["state"])
            )
            self.page.info(said, "success" if run["state"] in ("promoted", "waiting_approval") else "info")

        job = self.state.run(partial(tasks.retrain, line=line["name"]), needs_keys=True, isolated=True, on_done=done)
        if job is not None:
            self._follow(job)

    def _follow(self, job) -> None:
        """A long job of this section (a retrain, an approval): its stage, a bar and Cancel."""
        self.job = job
        self.retrain_btn.setEnabled(False)
        self.progress.attach(job)
        self.enable()

        def finished():
            self.job = None
            self.retrain_btn.setEnabled(self.page.current_line() is not None)
            self.enable()

        job.finished.connect(finished)
