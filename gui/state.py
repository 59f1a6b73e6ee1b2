"""What the whole window shares: the home, a UI-thread catalog for reads, the unlocked keys,
and the running jobs (so the message panel and the status bar see them all)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.jobs import Job


class AppState(QObject):
    changed = Signal()  # the catalog may have changed: pages refresh
    lock_changed = Signal(bool)  # True: unlocked
    message = Signal(object, str)  # text or the core's error / Message, level ("error" | "info" | "success")
    busy = Signal(bool)

    def __init__(self, home_path=None):
        super().__init__()
        self.closed = False
        self.jobs: list[Job] = []
        self.keys = None
        # Who signed in (``{"id", "name", "role"}``) in a workspace with people, and the key file
        # they signed in with (its path: signing a decision or adding a person proves their
        # passphrase again, with the same key file). None in a workspace without people.
        self.person: dict | None = None
        self.keyfile: str | None = None
        self.open_home(home_path)

    def open_home(self, home_path=None) -> None:
        from appliance.catalog import Catalog
        from appliance.home import Home

        if getattr(self, "catalog", None) is not None:
            self.catalog.close()
        self.lock()
        self.home = Home.open(home_path)
        self.catalog = Catalog.open(self.home)
        self._recover()
        self.changed.emit()

    def _recover(self) -> None:
        """Close what a killed process left behind (as every CLI command does), and say so."""
        from PySide6.QtCore import QTimer

        from appliance.system.recovery import recover

        notes = recover(self.home, self.catalog)
        if notes:  # shown once the window listens to the message panel
            from gui.core_text import core_text

            QTimer.singleShot(0, lambda: self.message.emit("\n".join(core_text(n) for n in notes), "info"))

    # Keys ---------------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.keys is not None

    @property
    def initialised(self) -> bool:
        from appliance.security.vault import Vault

        return Vault(self.catalog).initialised

    def set_keys(self, keys, person: dict | None = None, keyfile: str | None = None) -> None:
        """The unlocked keys, and in a workspace with people who signed in with them."""
        self.keys = keys
        self.person = {k: person[k] for k in ("id", "name", "role")} if person else None
        self.keyfile = keyfile or None
        self.lock_changed.emit(keys is not None)
        self.changed.emit()

    @property
    def has_people(self) -> bool:
        """Whether the workspace has people (each signs in with their own passphrase)."""
        from appliance.audit.people import People

        return self.initialised and People(self.catalog).any()

    def role(self) -> str | None:
        """The signed-in person's role as the catalog has it now (a change takes effect at once);
        None when nobody is signed in or they were removed."""
        from appliance.audit import roles

        if self.person is None or not self.has_people:
            return None
        return roles.current_role(self.catalog, self.person)

    def lock(self) -> None:
        """Forget the keys and sign out (the core's acting person too)."""
        from appliance.audit import roles

        if self.keys is not None and hasattr(self.keys, "forget"):
            self.keys.forget()
        self.person = self.keyfile = None
        roles.set_person(None)
        if getattr(self, "keys", None) is not None:
            self.keys = None
            self.lock_changed.emit(False)

    # Jobs ---------------------------------------------------------------------------------
    def run(
        self,
        fn,
        *,
        on_done=None,
        on_event=None,
        on_failed=None,
        needs_keys: bool = False,
        refresh: bool = True,
        isolated: bool = False,
        detach: bool = False,
    ) -> Job | None:
        """Start ``fn(ctx)`` on a worker thread (``isolated``: in a worker process, for the heavy
        jobs that would otherwise hold the interpreter lock; ``detach``: a process that outlives the
        window, for training); errors go to the message panel."""
        if needs_keys and self.keys is None:
            self.message.emit(self.tr("Unlock the workspace first (Workspace page)."), "error")
            return None
        job = Job(fn, home=self.home, keys=self.keys, parent=self, isolated=isolated, detach=detach)
        if on_event:
            job.event.connect(on_event)
        if on_done:
            job.done.connect(on_done)
        job.failed.connect(
            lambda text, kind: kind == "released" or self.message.emit(text, "info" if kind == "cancelled" else "error")
        )
        if on_failed:
            job.failed.connect(on_failed)
        job.finished.connect(lambda: self._finished(job, refresh))
        self.jobs.append(job)
        self.busy.emit(True)
        return job.start()

    def _finished(self, job: Job, refresh: bool) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        self.busy.emit(bool(self.jobs))
        if refresh:
            self.changed.emit()

    def wait_all(self, ms: int = 600_000) -> None:
        for job in list(self.jobs):
            job.wait(ms)

    def close(self, keep_running=()) -> None:
        """Cancel every job, but let the detached ones in ``keep_running`` go on without the
        window (a training run the person chose to keep)."""
        for job in list(self.jobs):
            if job in keep_running:
                job.release()
            else:
                job.cancel()
        self.wait_all(30_000)
        self.lock()
        self.closed = True
        self.catalog.close()
