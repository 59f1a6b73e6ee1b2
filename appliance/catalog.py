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
import datetime as dt
import json
import secrets
import sqlite3
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

from appliance.errors import AmbiguousNameError, NotFoundError, StorageError
from appliance.migrations import migrations

_JSON_COLUMNS = ("files", "meta", "gate", "tool_versions", "stats", "warnings", "kdf_params")


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(5)}"


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
                f"The catalog {self.path} cannot be opened: {exc}.",
                hint="If the file was damaged, restore it from a backup; the objects' files are still in the home.",
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
        """A state change: must run inside an audited action, whose record commits with it."""
        from appliance.audit import actions

        act = actions.current()
        if act is None:
            raise actions.UnauditedWrite("catalog write outside an audited action")
        if self.db.conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        with self.transaction() as db:
            yield db
            act.on_commit(self)

    @property
    def schema_version(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    # Generic ------------------------------------------------------------------------------
    @staticmethod
    def _decode(row: dict | None) -> dict | None:
        if row is None:
            return None
        out = dict(row)
        for key in _JSON_COLUMNS:
            if key in out and isinstance(out[key], str):
                out[key] = json.loads(out[key])
        return out

    @staticmethod
    def _encode(row: dict) -> dict:
        out = dict(row)
        for key in _JSON_COLUMNS:
            if key in out and not isinstance(out[key], (str, type(None))):
                out[key] = json.dumps(out[key], sort_keys=True, ensure_ascii=False)
        return out

    def _resolve(self, table: str, ref: str, noun: str, *, name_column: str | None = "name") -> dict:
        """Find one row by exact id, exact name, or unique id prefix."""
        if not ref:
            raise NotFoundError(f"No {noun} was named.", hint=f"Name one; list them with `appliance {noun}s list`.")
        t = self.db[table]
        rows = list(t.rows_where("id = ?", [ref]))
        if not rows and name_column:
            rows = list(t.rows_where(f"{name_column} = ?", [ref]))
        if not rows and len(ref) >= 3:
            rows = list(t.rows_where("substr(id, 1, ?) = ?", [len(ref), ref]))
        if not rows:
            raise NotFoundError(
                f"No {noun} called {ref!r} in the catalog.",
                hint=f"List them with `appliance {noun}s list`.",
            )
        if len(rows) > 1:
            ids = ", ".join(r["id"] for r in rows[:5])
            raise AmbiguousNameError(f"{ref!r} matches several {noun}s ({ids}).", hint="Use the full id.")
        return self._decode(rows[0])

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
        return self._decode(rows[0]) if rows else None

    def children(self, object_id: str) -> list[dict]:
        return list(self.db["lineage"].rows_where("parent_id = ?", [object_id], order_by="created_at"))

    # Models -------------------------------------------------------------------------------
    def add_model(self, row: dict[str, Any], parents: dict[str, str] | None = None) -> dict:
        with self.atomic():
            self.db["models"].insert(self._encode(row))
            if parents:
                self.add_lineage(row["id"], parents)
        return self.get_model(row["id"])

    def get_model(self, ref: str) -> dict:
        return self._resolve("models", ref, "model")

    def find_model(self, ref: str) -> dict | None:
        try:
            return self.get_model(ref)
        except NotFoundError:
            return None

    def list_models(self) -> list[dict]:
        return [self._decode(r) for r in self.db["models"].rows_where(order_by="created_at")]

    def delete_model(self, model_id: str) -> None:
        with self.atomic():
            self.db["models"].delete(model_id)

    # Exports ------------------------------------------------------------------------------
    def add_export(self, row: dict[str, Any], parents: dict[str, str] | None = None) -> dict:
        with self.atomic():
            self.db["exports"].insert(self._encode(row))
            if parents:
                self.add_lineage(row["id"], parents)
        return self.get_export(row["id"])

    def get_export(self, ref: str) -> dict:
        return self._resolve("exports", ref, "export", name_column=None)

    def list_exports(self, model_id: str | None = None) -> list[dict]:
        where, args = ("model_id = ?", [model_id]) if model_id else (None, None)
        return [self._decode(r) for r in self.db["exports"].rows_where(where, args, order_by="created_at")]

    def update_export(self, export_id: str, **fields) -> dict:
        with self.atomic():
            self.db["exports"].update(export_id, self._encode(fields))
        return self.get_export(export_id)

    def delete_export(self, export_id: str) -> None:
        with self.atomic():
            self.db["exports"].delete(export_id)
