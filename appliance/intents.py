"""Intents: what a multi-step write is about to put on disk, recorded before it does.

A write that creates files and then catalog rows (a dataset import, a model import or merge, a
new training run) first records an intent in the catalog: its kind, the object, the paths it will
create, and its owner process (pid, host and the process's start time, so a reused pid is not
mistaken for it). The intent is deleted in the same transaction that inserts the object's row,
or, if the operation fails, after its files are removed. An intent still present whose owner is
gone means the process died in between (kill -9, a crash, power loss): the next command rolls it
back (``appliance/system/recovery.py``), removing the paths, and no file is left that nothing names.

Owners are also how exports and runs tell work in progress from work abandoned.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from appliance.catalog import new_id, utc_now
from appliance.fsutil import remove_path
from appliance.procs import owner, owner_alive  # noqa: F401 - intents record their owner


class Intent:
    def __init__(self, catalog, intent_id: str):
        self.catalog, self.id = catalog, intent_id
        self.closed = False

    def done(self) -> None:
        """Delete the intent: call inside the ``catalog.atomic()`` block that records the object, so
        that the object's row and the intent's end are one transaction."""
        self.catalog.db["intents"].delete(self.id)
        self.closed = True


@contextlib.contextmanager
def intent(home, catalog, kind: str, object_id: str, paths: list[Path]):
    """Record the intent, run the block, and make sure that on any failure the paths are removed
    and the intent with them.

    Intents are a journal, like SQLite's own, not objects: they are written without an audit
    record of their own (the operation's records say what happened; a rollback by recovery is
    audited as ``recover.rollback``)."""
    rel = [Path(p).relative_to(home.root).as_posix() for p in paths]
    intent_id = new_id("int")
    with catalog.transaction():
        catalog.db["intents"].insert(
            {
                "id": intent_id,
                "kind": kind,
                "object_id": object_id,
                "paths": json.dumps(rel),
                "owner": json.dumps(owner()),
                "created_at": utc_now(),
            },
            pk="id",
        )
    handle = Intent(catalog, intent_id)
    try:
        yield handle
    except BaseException:
        for p in rel:
            remove_path(home.root / p)
        with contextlib.suppress(Exception):  # the original error matters more; recovery finishes it
            with catalog.transaction():
                handle.done()
        raise
    if not handle.closed:
        with catalog.transaction():
            handle.done()


def pending(catalog) -> list[dict]:
    if not catalog.db["intents"].exists():
        return []
    out = []
    for r in catalog.db["intents"].rows_where(order_by="created_at"):
        out.append({**r, "paths": json.loads(r["paths"]), "owner": json.loads(r["owner"])})
    return out
