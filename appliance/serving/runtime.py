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
from appliance.messages import M, Message, text
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
                M("serving.no_such_model", "No export or model called {ref!r}.", ref=ref),
                hint=M(
                    "serving.no_such_model.hint", "List them with `appliance exports list` and `appliance models list`."
                ),
            ) from None
        exports = [
            e
            for e in catalog.list_exports(model["id"])
            if e["status"] == ExportStatus.VERIFIED
            or (allow_unverified and e["status"] == ExportStatus.FAILED and e.get("gate"))
        ]
        if not exports:
            raise ServingError(
                M("serving.no_verified_export", "Model {name} has no verified GGUF export to run.", name=model["name"]),
                hint=M(
                    "serving.no_verified_export.hint",
                    "Export it first: `appliance export {name} --quant q8_0`.",
                    name=model["name"],
                ),
            ) from None
        export = exports[-1]
    if export["status"] == ExportStatus.PENDING or export.get("error"):
        if export.get("error"):
            meta = export.get("meta")
            said = meta.get("error_message") if isinstance(meta, dict) else None  # export/pipeline.py keeps it
            if isinstance(said, dict) and text(said, "en") != export["error"]:
                said = None  # the stored English was cut short: show it as it is
            unfinished = M(
                "serving.export_unfinished",
                "Export {id} never finished: {error}.",
                id=export["id"],
                error=Message.from_dict(said) if isinstance(said, dict) else export["error"],
            )
        else:
            unfinished = M(
                "serving.export_in_progress", "Export {id} never finished: it is still being made.", id=export["id"]
            )
        raise ServingError(
            unfinished,
            hint=M(
                "serving.export_unfinished.hint",
                "Export the model again: `appliance export {model_id}`.",
                model_id=export["model_id"],
            ),
        )
    if export["status"] != ExportStatus.VERIFIED and not allow_unverified:
        raise ServingError(
            M(
                "serving.export_unverified",
                "Export {id} is {status}: it did not pass the verification gate.",
                id=export["id"],
                status=str(export["status"]),
            ),
            hint=M(
                "serving.export_unverified.hint",
                "Read its report with `appliance exports show {id}`; pass --allow-unverified to run it anyway.",
                id=export["id"],
            ),
        )
    path = home.root / export["path"]
    if not path.is_file():
        raise ServingError(
            M("serving.export_file_missing", "Export {id}'s file {path} is missing.", id=export["id"], path=str(path)),
            hint=M("serving.export_file_missing.hint", "Remove the export and export the model again."),
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
        if exists:
            raise NotFoundError(
                M("serving.channel_empty", "Line {line!r} has no {channel!r} model.", line=line, channel=channel),
                hint=M(
                    "serving.channel_empty.hint", "Promote a model first: `appliance promote {line} MODEL`.", line=line
                ),
            )
        raise NotFoundError(
            M("serving.no_such_line", "No model line called {line!r}.", line=line),
            hint=M("serving.no_such_line.hint", "List them with `appliance lines list`."),
        )
    return rows[0][0]


def offload_plan(servable: Servable, *, n_ctx: int, gpu_layers: int | None = None) -> OffloadPlan:
    """All layers on the GPU when the model fits in its free memory, as many as fit otherwise."""
    from appliance.serving.llama_client import plan_offload

    return plan_offload(servable.path, n_ctx=n_ctx, gpu_layers=gpu_layers)
