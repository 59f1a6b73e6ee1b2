"""How many of a model's layers llama.cpp should put on the GPU.

By default serving and chat offload **every** layer when the model fits in the GPUs' free
memory, and as many whole layers as fit when it does not (the rest run on the CPU); a model that
fits nowhere near runs on the CPU with a note saying why. ``--gpu-layers N`` overrides the plan
(0: CPU only; -1: all). The plan needs no torch: the GGUF's own metadata gives the layer count
and the attention shape (for the KV cache), ``nvidia-smi`` the free memory.

Estimate: weights (the GGUF's size) + KV cache (2 × layers × context × KV heads × head size ×
2 bytes, f16) + a compute reserve (512 MiB, plus 5 % of the weights). Measured on an H100 with
SmolLM2-135M q8_0, llama.cpp's own use stayed within it (docs/benchmarks.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from appliance.messages import M, Message

RESERVE_BYTES = 512 << 20
RESERVE_FRACTION = 0.05


@dataclass(frozen=True)
class ModelShape:
    file_bytes: int
    layers: int
    kv_bytes_per_token: int  # f16 K and V over all layers


@dataclass(frozen=True)
class OffloadPlan:
    gpu_layers: int  # llama.cpp's n_gpu_layers: -1 all, 0 none
    note_message: Message | None = None  # why the model runs partly or wholly on the CPU

    @property
    def note(self) -> str:
        """``note_message`` in English ("" when there is none)."""
        return "" if self.note_message is None else self.note_message.render("en")

    def describe_message(self) -> Message:
        """Where the model runs, for the user ("on the CPU", "all layers on the GPU"…)."""
        g = self.gpu_layers
        if g == 0:
            return M("serving.placement.cpu", "on the CPU")
        if g < 0:
            return M("serving.placement.all_gpu", "all layers on the GPU")
        return M("serving.placement.layers_gpu", "{n} layers on the GPU", n=g)

    def describe(self) -> str:
        """``describe_message`` in English (stored in the gate's and evaluations' reports)."""
        return self.describe_message().render("en")


def read_shape(gguf_path: Path) -> ModelShape:
    """Layer count and KV-cache bytes per token from a GGUF's metadata (gguf-py's ``Keys``, read by
    ``gguf_meta.py``, which skips the vocabulary arrays)."""
    import gguf

    from appliance.serving.gguf_meta import read_metadata

    meta = read_metadata(gguf_path)

    def field(key, default=None):
        return meta.get(key, default)

    arch = field(gguf.Keys.General.ARCHITECTURE, "llama")
    layers = int(field(gguf.Keys.LLM.BLOCK_COUNT.format(arch=arch), 0) or 0)
    width = int(field(gguf.Keys.LLM.EMBEDDING_LENGTH.format(arch=arch), 0) or 0)
    heads = int(field(gguf.Keys.Attention.HEAD_COUNT.format(arch=arch), 1) or 1)
    kv_heads = int(field(gguf.Keys.Attention.HEAD_COUNT_KV.format(arch=arch), heads) or heads)
    head_dim = width // heads if heads else 0
    return ModelShape(Path(gguf_path).stat().st_size, layers, 2 * layers * kv_heads * head_dim * 2)


def plan(
    shape: ModelShape, *, n_ctx: int, gpus: list[dict], offload_supported: bool, requested: int | None = None
) -> OffloadPlan:
    """The number of layers to offload; ``gpus`` as ``system.probes.nvidia_gpus()["gpus"]``."""
    from appliance.fsutil import human_bytes

    if requested is not None:
        if requested != 0 and not offload_supported:
            return OffloadPlan(
                0,
                M(
                    "serving.offload.no_gpu_backend",
                    "--gpu-layers {requested} ignored: this llama.cpp runtime was built without a GPU "
                    "backend (rebuild with `make native LLAMA_BACKEND=cuda`).",
                    requested=requested,
                ),
            )
        return OffloadPlan(requested)
    if not offload_supported:
        return OffloadPlan(0)
    free = sum(int(g.get("free_bytes") or 0) for g in gpus)
    if not gpus or free <= 0:
        return OffloadPlan(
            0,
            M(
                "serving.offload.no_gpu_visible",
                "llama.cpp was built with a GPU backend but no GPU is visible (check the driver with "
                "`appliance doctor`); running on the CPU.",
            ),
        )
    kv = shape.kv_bytes_per_token * n_ctx
    need = shape.file_bytes + kv + RESERVE_BYTES + int(shape.file_bytes * RESERVE_FRACTION)
    if need <= free:
        return OffloadPlan(-1)
    room = free - kv - RESERVE_BYTES
    per_layer = (shape.file_bytes * (1 + RESERVE_FRACTION)) / max(shape.layers, 1)
    layers = max(0, min(shape.layers, int(room // per_layer))) if room > 0 else 0
    if layers == 0:
        return OffloadPlan(
            0,
            M(
                "serving.offload.cpu_only",
                "The model needs about {need} with a {n_ctx}-token context and the GPU has {free} free: "
                "running on the CPU. A smaller context (--ctx) or a smaller quantization lets it use the GPU.",
                need=human_bytes(need),
                n_ctx=n_ctx,
                free=human_bytes(free),
            ),
        )
    return OffloadPlan(
        layers,
        M(
            "serving.offload.partial",
            "The model needs about {need} with a {n_ctx}-token context and the GPU has {free} free: "
            "{layers} of {total} layers on the GPU, the rest on the CPU (--gpu-layers sets it).",
            layers=layers,
            total=shape.layers,
            need=human_bytes(need),
            n_ctx=n_ctx,
            free=human_bytes(free),
        ),
    )
