"""Loading exported GGUF models into llama.cpp for chat and serving.

``resolve_servable`` turns what a user typed (an export id, or a model name whose newest
verified export is meant) into an export row; failed or unverified exports are refused unless
explicitly allowed. ``load_llama`` opens the GGUF with every layer offloaded to the GPU when the
runtime was built with one and the model fits in its free memory (as many layers as fit
otherwise; ``serving/offload.py``), and with a chat formatter built from the template embedded in the
GGUF, which is the exact formatter the export gate checked against the HF tokenizer (llama-cpp-
python would otherwise sometimes substitute a built-in format it guesses from the template).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from appliance.catalog import Catalog
from appliance.errors import NotFoundError, ServingError
from appliance.home import Home
from appliance.models.hf import generation_eos_ids
from appliance.serving.native import gpu_offload_supported, llama_module
from appliance.serving.offload import OffloadPlan, plan, read_shape
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
    supported = gpu_offload_supported()
    if gpu_layers is None and not supported:
        return OffloadPlan(0)
    from appliance.system.probes import nvidia_gpus

    gpus = nvidia_gpus()["gpus"] if supported and gpu_layers is None else []
    return plan(read_shape(servable.path), n_ctx=n_ctx, gpus=gpus, offload_supported=supported, requested=gpu_layers)


def load_llama(
    servable: Servable,
    *,
    n_ctx: int = 4096,
    gpu_layers: int | None = None,
    n_threads: int | None = None,
    seed: int | None = None,
    on_note=None,
    logits_all: bool = False,
):
    """Open the GGUF in llama.cpp. Raises ``ServingError`` if llama.cpp refuses it.

    ``gpu_layers`` None plans the offload (``serving/offload.py``); ``on_note`` hears why a
    model runs partly or wholly on the CPU.
    """
    llama_module()  # a clear error if the runtime is missing
    from llama_cpp import Llama

    if servable.context_length:
        n_ctx = min(n_ctx, servable.context_length)  # beyond its training context a model degrades
    placement = offload_plan(servable, n_ctx=n_ctx, gpu_layers=gpu_layers)
    if placement.note and on_note:
        on_note(placement.note)
    kwargs = dict(n_ctx=n_ctx, n_gpu_layers=placement.gpu_layers, n_threads=n_threads or os.cpu_count(), verbose=False)
    if seed is not None:
        kwargs["seed"] = seed
    if logits_all:  # every position's logits kept (log-probabilities of a continuation: appliance/eval)
        kwargs["logits_all"] = True
    try:
        llm = Llama(str(servable.path), **kwargs)
    except (ValueError, RuntimeError, OSError) as exc:
        raise ServingError(
            f"llama.cpp cannot load {servable.path}: {exc}.", hint="Verify the export with `appliance exports verify`."
        ) from exc
    formatter = chat_formatter(llm, servable)
    if formatter is not None:
        llm.chat_handler = formatter.to_chat_handler()
    return llm


def chat_formatter(llm, servable: Servable):
    """llama-cpp-python's formatter for the chat template embedded in the GGUF (``None`` without
    one), stopping on the model's end-of-generation tokens."""
    from llama_cpp import llama_chat_format

    template = llm.metadata.get("tokenizer.chat_template")
    if not template:
        return None
    eos, bos = llm.token_eos(), llm.token_bos()
    stop_ids = sorted({*servable.eog_ids, *([eos] if eos != -1 else [])})
    return llama_chat_format.Jinja2ChatFormatter(
        template=template,
        eos_token=llm._model.token_get_text(eos) if eos != -1 else "",
        bos_token=llm._model.token_get_text(bos) if bos != -1 else "",
        stop_token_ids=stop_ids,
    )
