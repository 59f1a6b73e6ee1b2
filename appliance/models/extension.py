"""Which tokenizer extension a stored model carries (``appliance tokenizer extend``).

An extended model records ``meta.tokenizer_extension`` (``appliance/tuning/vocabulary.py``); a
model trained and merged from it keeps its tokenizer, so the record is looked up through the
lineage as well. Export reads it to name the converter's pre-tokenizer and to check tokenizer
parity on the corpus's held-out lines.
"""

from __future__ import annotations


def extension_of(catalog, model_row: dict) -> dict | None:
    """``meta.tokenizer_extension`` of the model, or of the nearest model it was made from (a
    merged model keeps its base's tokenizer)."""
    seen, frontier = set(), [model_row["id"]]
    while frontier:
        oid = frontier.pop(0)
        if oid in seen:
            continue
        seen.add(oid)
        row = catalog.row_by_id("models", oid)
        if row is not None and (row.get("meta") or {}).get("tokenizer_extension"):
            return row["meta"]["tokenizer_extension"]
        frontier += [p["parent_id"] for p in catalog.parents(oid) if p["relation"] in ("merged-from", "trained-from")]
    return None
