"""The catalog: one SQLite file recording every object the appliance holds and its lineage.

Each object (a model, an export, and later datasets, runs, evaluations) has an id, the SHA-256
of its files (the digest of a per-file manifest), a creation time in UTC and lineage edges to
what it was made from. The catalog holds metadata only, never content.

Schema changes are sqlite-utils ``Migrations`` named ``mNNN_what``; each runs in a transaction,
so an interrupted upgrade leaves the previous schema intact. Writes go through ``atomic()``.
A ``Catalog`` belongs to one thread; open one per thread (opening is cheap).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

from appliance.errors import AmbiguousNameError, NotFoundError, StorageError, UnauditedWrite
from appliance.ids import new_id, utc_now  # noqa: F401 - the catalog's clock and ids, imported from here too
from appliance.messages import M
from appliance.migrations import migrations

_JSON_COLUMNS = ("files", "meta", "gate", "tool_versions", "stats", "warnings", "kdf_params", "pii")

#: What a write guard returns: called with the catalog just before COMMIT.
CommitHook = Callable[["Catalog"], None]


def _refuse(catalog: "Catalog") -> CommitHook:
    raise UnauditedWrite("catalog write with no write guard installed (the audit layer was not loaded)")


_write_guard: Callable[["Catalog"], CommitHook] = _refuse


def set_write_guard(guard: Callable[["Catalog"], CommitHook]) -> None:
    """Install what every ``atomic()`` asks before it writes: it raises to refuse the write, or
    returns a hook that runs inside the transaction just before COMMIT. The audit layer installs
    one (``appliance.audit.actions``) that refuses writes outside an audited action and appends
    the action's record in the same transaction; the catalog itself knows nothing of audit.
    Without one, every state change is refused."""
    global _write_guard
    _write_guard = guard


class Catalog:
    """Typed access to the catalog tables. Raises ``NotFoundError`` / ``AmbiguousNameError``."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            conn = sqlite3.connect(str(self.path), timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            # Deleted rows (a destroyed data key) are overwritten, not left in free pages.
            conn.execute("PRAGMA secure_delete=ON")
            self.db = sqlite_utils.Database(conn, execute_plugins=False)
            migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise StorageError(
                M(
                    "catalog.cannot_open",
                    "The catalog {path} cannot be opened: {error}.",
                    path=str(self.path),
                    error=str(exc),
                ),
                hint=M(
                    "catalog.cannot_open.hint",
                    "If the file was damaged, restore it from a backup; the objects' files are still in the home.",
                ),
            ) from exc
        with contextlib.suppress(OSError):
            self.path.chmod(0o600)

    @classmethod
    def open(cls, home) -> "Catalog":
        return cls(home.catalog_path)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Catalog":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """An immediate (write-locking) transaction; nested calls become savepoints.

        For the audit log's own bookkeeping. Everything else uses ``atomic()``.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """A state change, allowed by the write guard (``set_write_guard``), whose hook runs in
        the same transaction just before COMMIT (the audit record of the change)."""
        on_commit = _write_guard(self)
        if self.db.conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        with self.transaction() as db:
            yield db
            on_commit(self)

    @property
    def schema_version(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    # Generic ------------------------------------------------------------------------------
    @staticmethod
    def decode(row: dict | None) -> dict | None:
        """A row as stored → as used: JSON columns parsed."""
        if row is None:
            return None
        out = dict(row)
        for key in _JSON_COLUMNS:
            if key in out and isinstance(out[key], str):
                out[key] = json.loads(out[key])
        return out

    @staticmethod
    def encode(row: dict) -> dict:
        """A row as used → as stored: JSON columns serialised (sorted keys)."""
        out = dict(row)
        for key in _JSON_COLUMNS:
            if key in out and not isinstance(out[key], (str, type(None))):
                out[key] = json.dumps(out[key], sort_keys=True, ensure_ascii=False)
        return out

    def resolve(self, table: str, ref: str, noun: str, *, name_column: str | None = "name") -> dict:
        """Find one row by exact id, exact name, or unique id prefix."""
        if not ref:
            raise NotFoundError(
                M("catalog.none_named", "No {noun} was named.", noun=noun),
                hint=M("catalog.none_named.hint", "Name one; list them with `appliance {noun}s list`.", noun=noun),
            )
        t = self.db[table]
        rows = list(t.rows_where("id = ?", [ref]))
        if not rows and name_column:
            rows = list(t.rows_where(f"{name_column} = ?", [ref]))
        if not rows and len(ref) >= 3:
            rows = list(t.rows_where("substr(id, 1, ?) = ?", [len(ref), ref]))
        if not rows:
            raise NotFoundError(
                M("catalog.not_found", "No {noun} called {ref!r} in the catalog.", noun=noun, ref=ref),
                hint=M("catalog.not_found.hint", "List them with `appliance {noun}s list`.", noun=noun),
            )
        if len(rows) > 1:
            ids = ", ".join(r["id"] for r in rows[:5])
            raise AmbiguousNameError(
                M("catalog.ambiguous", "{ref!r} matches several {noun}s ({ids}).", ref=ref, noun=noun, ids=ids),
                hint=M("catalog.ambiguous.hint", "Use the full id."),
            )
        return self.decode(rows[0])

    def add_lineage(self, child_id: str, parents: dict[str, str]) -> None:
        """``parents`` maps parent id → relation (e.g. ``{"mdl-…": "exported-from"}``)."""
        now = utc_now()
        self.db["lineage"].insert_all(
            [{"child_id": child_id, "parent_id": p, "relation": r, "created_at": now} for p, r in parents.items()],
            pk=("child_id", "parent_id", "relation"),
            replace=True,
        )

    def parents(self, object_id: str) -> list[dict]:
        return list(self.db["lineage"].rows_where("child_id = ?", [object_id], order_by="created_at"))

    def row_by_id(self, table: str, object_id: str) -> dict | None:
        """One row of ``table`` by exact id, or ``None`` (for views that describe lineage)."""
        rows = list(self.db[table].rows_where("id = ?", [object_id])) if self.db[table].exists() else []
        return self.decode(rows[0]) if rows else None

    def children(self, object_id: str) -> list[dict]:
        return list(self.db["lineage"].rows_where("parent_id = ?", [object_id], order_by="created_at"))

    # Models -------------------------------------------------------------------------------
    def add_model(self, row: dict[str, Any], parents: dict[str, str] | None = None) -> dict:
        with self.atomic():
            self.db["models"].insert(self.encode(row))
            if parents:
                self.add_lineage(row["id"], parents)
        return self.get_model(row["id"])

    def get_model(self, ref: str) -> dict:
        return self.resolve("models", ref, "model")

    def find_model(self, ref: str) -> dict | None:
        try:
            return self.get_model(ref)
        except NotFoundError:
            return None

    def list_models(self) -> list[dict]:
        return [self.decode(r) for r in self.db["models"].rows_where(order_by="created_at")]

    def delete_model(self, model_id: str) -> None:
        with self.atomic():
            self.db["models"].delete(model_id)

    # Exports ------------------------------------------------------------------------------
    def add_export(self, row: dict[str, Any], parents: dict[str, str] | None = None) -> dict:
        with self.atomic():
            self.db["exports"].insert(self.encode(row))
            if parents:
                self.add_lineage(row["id"], parents)
        return self.get_export(row["id"])

    def get_export(self, ref: str) -> dict:
        return self.resolve("exports", ref, "export", name_column=None)

    def list_exports(self, model_id: str | None = None) -> list[dict]:
        where, args = ("model_id = ?", [model_id]) if model_id else (None, None)
        return [self.decode(r) for r in self.db["exports"].rows_where(where, args, order_by="created_at")]

    def update_export(self, export_id: str, **fields) -> dict:
        with self.atomic():
            self.db["exports"].update(export_id, self.encode(fields))
        return self.get_export(export_id)

    def delete_export(self, export_id: str) -> None:
        with self.atomic():
            self.db["exports"].delete(export_id)

    # Objects by id (what lineage views show) ----------------------------------------------------
    def describe(self, object_id: str) -> dict:
        """What ``object_id`` names, for people: ``{"kind", "id", "label", "exists"}``.

        ``kind`` comes from the id's prefix: ``model`` (mdl-), ``export`` (exp-), ``run`` (run-),
        ``dataset`` (dsv-, a dataset version), or ``""`` for any other id. ``label`` is the
        model's or run's name, ``"<quant> GGUF"`` for an export, ``"<name> v<version>"`` for a
        dataset version, or the id itself when the object is not in the catalog (removed, or of an
        unknown kind: ``exists`` is False)."""
        tables = {"model": "models", "export": "exports", "run": "runs", "dataset": "datasets"}
        kind = {"mdl-": "model", "exp-": "export", "run-": "run", "dsv-": "dataset"}.get(object_id[:4], "")
        row = self.row_by_id(tables[kind], object_id) if kind else None
        if row is None:
            return {"kind": kind, "id": object_id, "label": object_id, "exists": False}
        if kind == "export":
            label = f"{row['quant']} GGUF"
        elif kind == "dataset":
            label = f"{row['name']} v{row['version']}"
        else:
            label = row["name"]
        return {"kind": kind, "id": object_id, "label": label, "exists": True}

    def lineage(self, object_id: str, *, limit: int = 8) -> list[dict]:
        """``object_id`` and what it was made from, as ``describe`` dicts, at most ``limit``: the
        main line first (export → model → run → datasets and base model), breadth first, each
        object once."""
        order = {
            "exported-from": 0,
            "merged-from": 1,
            "continued-from": 2,
            "trained-on": 3,
            "trained-from": 4,
            "base-of": 5,
            "extended-from": 6,
            "vocabulary-from": 7,
        }
        chain, seen, frontier = [self.describe(object_id)], {object_id}, [object_id]
        while frontier and len(chain) < limit:
            for p in sorted(self.parents(frontier.pop(0)), key=lambda p: order.get(p["relation"], 9)):
                if p["parent_id"] not in seen and len(chain) < limit:
                    seen.add(p["parent_id"])
                    frontier.append(p["parent_id"])
                    chain.append(self.describe(p["parent_id"]))
        return chain
