"""Review before learning: captured items become training data only once an operator accepted
them (``CaptureStore.decide``), and only through a new dataset version made here
(docs/adaptation.md, "Review").

``dataset_from_feedback`` reads a line's accepted items not yet used (``capture.read``, purpose
``dataset``) and turns them into rows of one kind:

- ``chat`` (supervised): the prompt's messages and the answer to learn (the reviewer's edit, else
  the newest correction, else the answer given when it was rated good);
- ``preference``: the prompt, ``chosen`` = the answer to learn, ``rejected`` = the answer given,
  for items whose answer to learn differs from the answer given (corrections, edits);
- ``judgement`` (KTO): the answer given labelled by its rating, and each correction labelled good.

The rows are imported as a new sealed version of the dataset ``<line>-feedback`` (or the name
given) through the same import as any file (every check, the keyed version id), from a file in
memory-backed storage (``/dev/shm``, removed at once) so that no plaintext reaches the disk;
the items are marked with the version they went into. Audited as ``feedback.dataset``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from appliance.adapt.capture import CaptureStore, answer_to_learn, line_row
from appliance.audit.actions import action
from appliance.errors import InvalidInputError
from appliance.messages import M

KINDS = ("chat", "preference", "judgement")


def prompt_messages(doc: dict) -> list[dict]:
    """The conversation up to (and with) the last user turn."""
    messages = [m for m in doc.get("messages") or [] if m.get("role") in ("system", "user", "assistant")]
    while messages and messages[-1].get("role") != "user":
        messages.pop()
    return [{"role": m["role"], "content": m.get("content") or ""} for m in messages]


def rows_for(docs: list[dict], kind: str) -> list[dict]:
    """Training rows of ``kind`` from reviewed documents (see the module's docstring)."""
    out: list[dict] = []
    for doc in docs:
        prompt = prompt_messages(doc)
        if not prompt:
            continue
        learn, given = answer_to_learn(doc), doc.get("answer") or ""
        if kind == "chat" and learn:
            out.append({"messages": [*prompt, {"role": "assistant", "content": learn}]})
        elif kind == "preference" and learn and given and learn.strip() != given.strip():
            out.append({"messages": prompt, "chosen": learn, "rejected": given})
        elif kind == "judgement":
            ratings = [f["rating"] for f in doc.get("feedback") or [] if f.get("rating") in (1, -1)]
            if ratings and given:
                out.append({"messages": prompt, "completion": given, "label": ratings[-1] == 1})
            if learn and learn.strip() != given.strip():
                out.append({"messages": prompt, "completion": learn, "label": True})
    return out


def import_records(home, catalog, keys, records: list[dict], *, name: str, fmt: str, eval_fraction: float = 0.0):
    """Import ``records`` as a new version of ``name`` (``DatasetStore.import_file``'s checks and
    sealing) from a memory-backed file removed at once. Returns ``(row, report, created)``."""
    from appliance.data.datasets import DatasetStore

    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    folder = Path(tempfile.mkdtemp(prefix="appliance-rows-", dir=base))  # 0700
    try:
        path = folder / f"{name}.jsonl"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return DatasetStore(home, catalog, keys).import_file(path, name=name, fmt=fmt, eval_fraction=eval_fraction)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(folder)


def dataset_from_feedback(home, catalog, keys, line_ref: str, *, kind: str = "chat", name: str | None = None) -> dict:
    """A new dataset version from a line's accepted, unused items. Returns ``{"dataset", "items",
    "rows"}``; raises ``InvalidInputError`` when nothing accepted makes a row of ``kind``."""
    if kind not in KINDS:
        raise InvalidInputError(
            M("feedback.bad_kind", "Unknown row kind {kind!r}.", kind=kind),
            hint=M("feedback.bad_kind.hint", "Use one of: {kinds}.", kinds=", ".join(KINDS)),
        )
    line = line_row(catalog, line_ref)
    store = CaptureStore(home, catalog, keys)
    rows = [r for r in store.items(line["id"], status="accepted") if not r.get("dataset_id")]
    name = name or f"{line['name']}-feedback"
    with action(catalog, "feedback.dataset", objects=[line["id"]], params={"kind": kind, "name": name}) as act:
        docs = store.read(rows, purpose="dataset")
        records = rows_for(docs, kind)
        if not records:
            raise InvalidInputError(
                M(
                    "feedback.nothing_accepted",
                    "Line {line} has no accepted feedback that makes {kind} rows ({n} accepted item(s) unused).",
                    line=line["name"],
                    kind=kind,
                    n=len(rows),
                ),
                hint=M(
                    "feedback.nothing_accepted.hint",
                    "Review captured items first: `appliance feedback review {line}`.",
                    line=line["name"],
                ),
            )
        fmt = {"chat": "chat", "preference": "preference", "judgement": "judgement"}[kind]
        ds, _report, _created = import_records(home, catalog, keys, records, name=name, fmt=fmt)
        store.mark_used([r["id"] for r in rows], ds["id"])
        act.add_object(ds["id"])
        act.output(dataset_id=ds["id"], items=len(rows), rows=len(records))
    return {"dataset": ds, "items": len(rows), "rows": len(records)}
