"""Which tokenizer extension a stored model carries (``appliance tokenizer extend``), and whether
its new embedding rows were ever trained.

An extended model records ``meta.tokenizer_extension`` (``appliance/tokenizer/vocabulary.py``); a
model trained and merged from it keeps its tokenizer, so the record is looked up through the
lineage as well. Export reads it to name the converter's pre-tokenizer and to check tokenizer
parity on the corpus's held-out lines.

**Were the new rows trained?** Until trained, a new row is the mean of the rows of the pieces its
token replaces, and the model's bits per character on the extended scripts roughly doubles.
Two kinds of evidence, used where each is available (docs/export-gate.md):

* **The rows themselves** (the export gate, which loads the weights anyway). When it extends a
  model, the extension writes ``tokenizer_extension.json`` beside the tokenizer: the new ids and,
  per new row, a fingerprint of its initial values (the row's dot product with a fixed ±1 vector,
  in float64, and the dtype it was stored in). A merge copies the tokenizer's files, this one
  with them, so every model made from the extension carries it. A row whose fingerprint still
  equals its initial one (exactly when the dtype is unchanged; within the rounding of a dtype
  change otherwise) was never trained.
* **The lineage** (``appliance models list``, which must not read weights): the extended model
  itself is untrained; a model merged from a run that trained the rows (``[tokenizer]
  train_new_rows`` or a full fine-tune) is trained; a model merged from any other run inherits the
  state of the model that run started from.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

ROWS_FILE = "tokenizer_extension.json"  # written beside the tokenizer: merges copy it with it
FINGERPRINT = "sign-projection-v1"
_SEED = 15_924
# Unit roundoff of each dtype: a cast moves each value by at most this fraction of itself.
_ROUNDOFF = {"float32": 2.0**-24, "float16": 2.0**-11, "bfloat16": 2.0**-8, "float64": 2.0**-53}


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


# The lineage --------------------------------------------------------------------------------------
def _trains_new_rows(run: dict) -> bool:
    recipe = run.get("recipe") or {}
    if isinstance(recipe, str):
        recipe = json.loads(recipe)
    method = run.get("method") or (recipe.get("method") or {}).get("kind")
    return method == "full" or bool((recipe.get("tokenizer") or {}).get("train_new_rows"))


def new_rows_state(catalog, model_row: dict) -> str | None:
    """``"untrained"`` or ``"trained"`` for a model whose vocabulary was extended (itself or the
    model it was made from), from the lineage alone; ``None`` for any other model."""
    if extension_of(catalog, model_row) is None:
        return None
    row, seen = model_row, set()
    while row is not None and row["id"] not in seen:
        seen.add(row["id"])
        if (row.get("meta") or {}).get("tokenizer_extension"):
            return "untrained"
        runs = [p["parent_id"] for p in catalog.parents(row["id"]) if p["relation"] in ("merged-from", "trained-from")]
        run = next((r for r in (catalog.row_by_id("runs", i) for i in runs) if r is not None), None)
        if run is None:  # made from a model directly
            row = next((catalog.row_by_id("models", i) for i in runs), None)
            continue
        if _trains_new_rows(run):
            return "trained"
        row = catalog.row_by_id("models", run.get("base_model_id") or "")
    return "untrained"


# The rows themselves ------------------------------------------------------------------------------
def _signs(width: int):
    import numpy as np

    return np.random.default_rng(_SEED).integers(0, 2, width).astype(np.float64) * 2 - 1


def _fingerprint(rows) -> tuple:
    """Per row: its dot product with the fixed ±1 vector and its L1 norm, in float64."""
    import numpy as np

    x = rows.detach().float().cpu().numpy().astype(np.float64)
    return x @ _signs(x.shape[1]), np.abs(x).sum(axis=1)


def _encode(values) -> str:
    import numpy as np

    return base64.b64encode(np.asarray(values, dtype="<f8").tobytes()).decode("ascii")


def _decode(text: str):
    import numpy as np

    return np.frombuffer(base64.b64decode(text), dtype="<f8")


def _new_rows(model, first_id: int, added: int) -> tuple:
    """The new rows of the input embedding and of the output layer (None when tied to the input)."""
    inp = model.get_input_embeddings().weight
    out = model.get_output_embeddings()
    tied = out is None or out.weight is inp or out.weight.data_ptr() == inp.data_ptr()
    end = first_id + added
    return inp[first_id:end], None if tied else out.weight[first_id:end]


def write_rows_record(model, out_dir: Path, first_id: int, added: int) -> dict:
    """Write ``tokenizer_extension.json`` into ``out_dir``: the new ids and the fingerprint of each
    new row as the extension initialised it (``model`` holds the rows as they are saved)."""
    inp, out = _new_rows(model, first_id, added)
    record = {
        "format": 1,
        "fingerprint": FINGERPRINT,
        "first_id": first_id,
        "added": added,
        "dtype": str(inp.dtype).removeprefix("torch."),
        "input": _encode(_fingerprint(inp)[0]),
        "output": None if out is None else _encode(_fingerprint(out)[0]),
    }
    (Path(out_dir) / ROWS_FILE).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return record


def read_rows_record(model_dir: Path) -> dict | None:
    path = Path(model_dir) / ROWS_FILE
    if not path.is_file():
        return None
    record = json.loads(path.read_text(encoding="utf-8"))
    return record if record.get("fingerprint") == FINGERPRINT else None


def untrained_rows(model, record: dict, stored_dtype: str = "") -> dict:
    """How many of the extension's new rows of ``model`` still hold the values the extension gave
    them. ``stored_dtype``: the dtype the model was stored in (the rows are compared in the dtype
    ``model`` holds them; a cast from the recorded dtype is allowed its rounding)."""
    import numpy as np

    first, added = record["first_id"], record["added"]
    inp, out = _new_rows(model, first, added)
    now = str(inp.dtype).removeprefix("torch.")
    dtypes = {record["dtype"], now, stored_dtype or now}
    # A row moved by casts only: at most the coarsest roundoff times its L1 norm (twice, for two casts).
    rel = 1e-9 if len(dtypes) == 1 else 2 * max(_ROUNDOFF.get(d, 2.0**-8) for d in dtypes)
    unchanged = np.ones(added, dtype=bool)
    for rows, initial in ((inp, record["input"]), (out, record.get("output"))):
        if rows is None or initial is None:
            continue
        proj, l1 = _fingerprint(rows)
        unchanged &= np.abs(proj - _decode(initial)) <= rel * l1 + 1e-12
    ids = [first + i for i in np.flatnonzero(unchanged)[:5].tolist()]
    return {"rows": added, "first_id": first, "untrained": int(unchanged.sum()), "examples": ids, "dtype": now}
