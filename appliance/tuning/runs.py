"""Training runs in the catalog: their rows, metrics, checkpoints and lineage.

Writes happen at the moments the audit log must see (start, each checkpoint, finish, cancel,
failure), each inside its own audited action; per-step metrics are kept in memory between
checkpoints and written with them, so a crash loses exactly what resuming from the last
checkpoint repeats.

A run started by a window outlives it (``gui/isolated.py``), so a run can be running in a
process that nobody's terminal holds. ``request_stop`` asks it to stop from any other process
(``appliance runs stop``, the Train page): it writes ``STOP_FILE`` in the run's folder, which the
running process watches (``tuning/service.py``); the run then stops as a cancel does, at its next
step, with a checkpoint, resumable.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from pathlib import Path

from appliance.catalog import Catalog
from appliance.errors import InvalidInputError, NotFoundError
from appliance.fsutil import atomic_write_text
from appliance.home import Home
from appliance.intents import owner_alive
from appliance.messages import M
from appliance.states import RunStatus
from appliance.tuning import checkpoints

STOP_FILE = "stop-requested"


@contextmanager
def watch_stop_requests(run_dir: Path, cancel, every: float = 1.0):
    """While the block runs, cancel ``cancel`` when another process asks the run to stop
    (``RunStore.request_stop`` writes ``STOP_FILE``). A request left by a process that ended is
    removed first, and the one acted on at the end: neither stops a later resume."""
    stop_file = run_dir / STOP_FILE
    stop_file.unlink(missing_ok=True)
    done = threading.Event()

    def watch() -> None:
        while not done.wait(every):
            if stop_file.exists():
                cancel.cancel()
                return

    threading.Thread(target=watch, name="stop-requests", daemon=True).start()
    try:
        yield
    finally:
        done.set()
        stop_file.unlink(missing_ok=True)


def _meta(row: dict) -> dict:
    return json.loads(row["meta"]) if isinstance(row.get("meta"), str) else (row.get("meta") or {})


class RunStore:
    def __init__(self, home: Home, catalog: Catalog):
        self.home, self.catalog = home, catalog
        self.db = catalog.db

    def get(self, ref: str) -> dict:
        try:
            row = self.catalog.resolve("runs", ref, "run")
        except NotFoundError:
            raise NotFoundError(
                M("run.not_found", "No training run called {ref!r}.", ref=ref),
                hint=M("run.not_found.hint", "List them with `appliance runs list`."),
            ) from None
        return self._decode(row)

    @staticmethod
    def _decode(row: dict) -> dict:
        out = dict(row)
        for key in ("dataset_ids", "recipe", "versions"):
            if isinstance(out.get(key), str):
                out[key] = json.loads(out[key])
        return out

    def list(self) -> list[dict]:
        return [self._decode(self.catalog.decode(r)) for r in self.db["runs"].rows_where(order_by="created_at")]

    def path(self, row: dict) -> Path:
        return self.home.root / row["path"]

    def insert(self, row: dict, parents: dict[str, str]) -> None:
        encoded = {
            k: (json.dumps(v, sort_keys=True) if k in ("dataset_ids", "recipe", "versions") else v)
            for k, v in row.items()
        }
        self.db["runs"].insert(self.catalog.encode(encoded), pk="id")
        self.catalog.add_lineage(row["id"], parents)

    def update(self, run_id: str, **fields) -> None:
        self.db["runs"].update(run_id, self.catalog.encode(fields))

    def add_metrics(self, run_id: str, metrics: list[dict]) -> None:
        if metrics:
            self.db["run_metrics"].insert_all(
                [{"run_id": run_id, **m} for m in metrics], pk=("run_id", "step", "kind"), replace=True
            )

    def metrics(self, run_id: str, kind: str | None = None) -> list[dict]:
        where, args = ("run_id = ?", [run_id]) if kind is None else ("run_id = ? AND kind = ?", [run_id, kind])
        return list(self.db["run_metrics"].rows_where(where, args, order_by="step, kind"))

    def loss_curve(self, run_id: str) -> list[tuple[int, float]]:
        return [(m["step"], m["value"]) for m in self.metrics(run_id, "train_loss")]

    def checkpoints(self, row: dict) -> list[Path]:
        """The run's complete checkpoint folders, oldest first (``tuning/checkpoints.py``)."""
        return checkpoints.list_checkpoints(self.path(row))

    def resume_blocker(self, row: dict) -> InvalidInputError | None:
        """Why the run cannot be resumed (finished, running elsewhere, no checkpoint), or None."""
        if row["status"] == RunStatus.COMPLETED:
            return InvalidInputError(
                M("run.already_completed", "Run {id} already completed.", id=row["id"]),
                hint=M(
                    "run.already_completed.hint",
                    "Start a new run with --from-run {id} to continue training on new data.",
                    id=row["id"],
                ),
            )
        if self.running_elsewhere(row):
            return InvalidInputError(
                M(
                    "run.still_running",
                    "Run {id} is still running (process {pid}).",
                    id=row["id"],
                    pid=_meta(row).get("pid"),
                ),
                hint=M(
                    "run.still_running.hint",
                    "Stop it first: `appliance runs stop {id}` (or Stop on the Train page).",
                    id=row["id"],
                ),
            )
        if not self.checkpoints(row):
            return InvalidInputError(
                M("run.no_checkpoint", "Run {id} has no checkpoint to resume from.", id=row["id"]),
                hint=M("run.no_checkpoint.hint", "Start it again with `appliance train --recipe`."),
            )
        return None

    @staticmethod
    def running_elsewhere(row: dict) -> bool:
        """Whether the run is ``running`` in a process that is alive (this one included)."""
        return row["status"] == RunStatus.RUNNING and owner_alive(_meta(row))

    def request_stop(self, ref: str) -> dict:
        """Ask the process running the run to stop at its next step, with a checkpoint (audited as
        ``train.stop-request``). Returns the run's row. Raises ``NotFoundError`` for an unknown
        run and ``InvalidInputError`` for one that is not running."""
        from appliance.audit.actions import action

        row = self.get(ref)
        if not self.running_elsewhere(row):
            raise InvalidInputError(
                M(
                    "run.not_running",
                    "Run {name} ({id}) is not running (it is {status}); there is nothing to stop.",
                    name=row["name"],
                    id=row["id"],
                    status=str(row["status"]),
                ),
                hint=M("run.not_running.hint", "`appliance runs list` shows each run's state."),
            )
        with action(self.catalog, "train.stop-request", objects=[row["id"]], params={"pid": _meta(row).get("pid")}):
            atomic_write_text(self.path(row) / STOP_FILE, "stop\n")
        return row

    def resumable(self, row: dict) -> None:
        """Raise unless the run can be resumed (not finished, not running elsewhere, has a checkpoint)."""
        blocker = self.resume_blocker(row)
        if blocker is not None:
            raise blocker

    def resumable_runs(self) -> list[dict]:
        """The runs ``appliance train --resume`` (and the GUI's Resume) can continue."""
        return [r for r in self.list() if self.resume_blocker(r) is None]

    def mergeable(self) -> list[dict]:
        """Completed runs whose adapter is not merged into a model yet (``appliance merge``)."""
        merged = {(m.get("meta") or {}).get("run_id") for m in self.catalog.list_models()}
        return [r for r in self.list() if r["status"] == RunStatus.COMPLETED and r["id"] not in merged]


def run_lock(home: Home, run: dict, operation: str):
    """The run's lock (``appliance/locks.py``): one resume or merge of a run at a time; a second
    one is refused with ``Busy`` before it changes anything."""
    from appliance.locks import exclusive

    what = M("train.lock_what", "run {name} ({id})", name=run["name"], id=run["id"])
    return exclusive(home, f"run-{run['id']}", what=what, operation=operation)
