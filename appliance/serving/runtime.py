"""Which exported GGUF to run for chat, evaluation and serving.

``resolve_servable`` turns what a user typed (an export id, a model name whose newest verified
export is meant, or ``LINE@CHANNEL``) into a ``Servable``; failed or unverified exports are
refused unless explicitly allowed. The file then runs in ``llama-server``
(``serving/llama_client.py``, ``serving/backends.py``), with the offload ``offload_plan`` chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from appliance.catalog import Catalog
from appliance.errors import NotFoundError, ServingError
from appliance.home import Home
from appliance.models.hf import generation_eos_ids
from appliance.serving.offload import OffloadPlan
from appliance.states import ExportStatus


@dataclass(frozen=True)
class Servable:
    name: str  # what API clients put in "model"
    export_id: str
    model_id: str
    model_name: str
    quant: str
    path: Path
    status: str
    eog_ids: tuple[int, ...] = ()
    context_length: int = 0  # the model's training context (0: unknown)


def resolve_servable(home: Home, catalog: Catalog, ref: str, *, allow_unverified: bool = False) -> Servable:
    """Find the export to run: an export id, a model (its newest verified export) or ``LINE@CHANNEL``
    (the model a line's channel names now: appliance/eval/lines.py). Raises ``NotFoundError`` or
    ``ServingError``."""
    export = None
    channel_ref = None
    if "@" in ref:
        channel_ref = ref
        ref = channel_model_id(catalog, ref)
    try:
        export = catalog.get_export(ref)
    except NotFoundError:
        model = catalog.find_model(ref)
        if model is None:
            raise NotFoundError(
                f"No export or model called {ref!r}.",
                hint="List them with `appliance exports list` and `appliance models list`.",
            ) from None
        exports = [
            e
            for e in catalog.list_exports(model["id"])
            if e["status"] == ExportStatus.VERIFIED
            or (allow_unverified and e["status"] == ExportStatus.FAILED and e.get("gate"))
        ]
        if not exports:
            raise ServingError(
                f"Model {model['name']} has no verified GGUF export to run.",
                hint=f"Export it first: `appliance export {model['name']} --quant q8_0`.",
            ) from None
        export = exports[-1]
    if export["status"] == ExportStatus.PENDING or export.get("error"):
        raise ServingError(
            f"Export {export['id']} never finished: " + (export.get("error") or "it is still being made") + ".",
            hint=f"Export the model again: `appliance export {export['model_id']}`.",
        )
    if export["status"] != ExportStatus.VERIFIED and not allow_unverified:
        raise ServingError(
            f"Export {export['id']} is {export['status']}: it did not pass the verification gate.",
            hint="Read its report with `appliance exports show "
            f"{export['id']}`; pass --allow-unverified to run it anyway.",
        )
    path = home.root / export["path"]
    if not path.is_file():
        raise ServingError(
            f"Export {export['id']}'s file {path} is missing.", hint="Remove the export and export the model again."
        )
    model = catalog.get_model(export["model_id"])
    model_dir = home.root / model["path"]
    return Servable(
        name=channel_ref or model["name"],
        export_id=export["id"],
        model_id=model["id"],
        model_name=model["name"],
        quant=export["quant"],
        path=path,
        status=export["status"],
        eog_ids=tuple(generation_eos_ids(model_dir)),
        context_length=int(model.get("context_length") or 0),
    )


def channel_model_id(catalog: Catalog, ref: str) -> str:
    """The model id a line's channel names (``kestrel@production``). Raises ``NotFoundError``."""
    line, _, channel = ref.partition("@")
    rows = list(
        catalog.db.execute(
            "SELECT c.model_id FROM line_channels c JOIN lines l ON l.id = c.line_id WHERE l.name = ? AND c.channel = ?",
            [line, channel],
        )
    )
    if not rows:
        exists = catalog.db["lines"].count_where("name = ?", [line])
        raise NotFoundError(
            f"Line {line!r} has no {channel!r} model." if exists else f"No model line called {line!r}.",
            hint=f"Promote a model first: `appliance promote {line} MODEL`."
            if exists
            else "List them with `appliance lines list`.",
        )
    return rows[0][0]


def offload_plan(servable: Servable, *, n_ctx: int, gpu_layers: int | None = None) -> OffloadPlan:
    """All layers on the GPU when the model fits in its free memory, as many as fit otherwise."""
    from appliance.serving.llama_client import plan_offload

    return plan_offload(servable.path, n_ctx=n_ctx, gpu_layers=gpu_layers)
