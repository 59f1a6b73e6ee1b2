"""The Train page's runs: starting or resuming one in a worker process that outlives the window,
the newest run shown while the page is idle, and a run training in a process this window did
not start, watched every 5 seconds."""

from __future__ import annotations


class RunsMixin:
    """Start, resume and watch runs. Its texts are the page's (``TrainPage._begin``, ``cancel``,
    ``on_done``, ``_show_stats``): no ``self.tr`` here, so every string keeps its TrainPage context."""

    def _show_last_run(self) -> None:
        """While idle, the plot shows the newest run's recorded curves (from the catalog)."""
        from appliance.tuning.runs import RunStore

        runs = RunStore(self.state.home, self.state.catalog).list()
        self._last_run = runs[-1] if runs else None
        last = self._last_run
        self._background = last if last is not None and RunStore.running_elsewhere(last) else None
        self._watch.start() if self._background is not None else self._watch.stop()
        self._show_curves(last["id"] if last else None)
        self._show_stats(None)

    def start(self) -> None:
        if not self.validate():
            return
        from functools import partial

        from gui import tasks

        self._run(partial(tasks.train, recipe=self.recipe().to_dict(), **self._spread()))
        self.run_name.clear()  # the next run gets a name of its own

    def resume(self) -> None:
        run_id = self.resume_pick.currentData()
        if not run_id or self.job is not None:
            return

        from functools import partial

        from gui import tasks

        self._run(partial(tasks.resume, run_id=run_id, **self._spread()), resumed=run_id)

    def _run(self, job_fn, resumed: str | None = None) -> None:
        self._begin(resumed)
        # In a worker process: torch holds the interpreter lock for long stretches; detached, so a
        # window that crashes or closes never takes the run with it (see gui/isolated.py).
        self.job = self.state.run(
            job_fn, on_event=self.on_event, on_done=self.on_done, needs_keys=True, isolated=True, detach=True
        )
        if self.job is not None:
            self.job.finished.connect(self._finished)
        self.validate()

    def _finished(self) -> None:
        self.job = None
        if not self.state.closed:  # the window may be closing
            self.refresh()

    def _poll_background(self) -> None:
        """Every 5 s while a run trains elsewhere: its last checkpoint's step and loss; the page
        is refreshed once it ends (the Resume list, the plot's final curve)."""
        if self.job is not None or self._background is None or self.state.closed:
            self._watch.stop()
            return
        from appliance.tuning.runs import RunStore

        was = self._background
        now = RunStore(self.state.home, self.state.catalog).get(was["id"])
        if now["status"] != was["status"] or not RunStore.running_elsewhere(now):
            self.refresh()
        elif now["steps_done"] != was["steps_done"]:
            self._show_last_run()
