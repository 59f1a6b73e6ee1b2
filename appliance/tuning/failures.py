"""How a training run's native failures become errors a person can act on: an out-of-memory
(CPU or GPU) becomes ``OutOfMemory``, a CUDA device that stopped working ``GpuFailed`` (the texts
torch raises are matched); and the peak memory a run used, for its metrics."""

from __future__ import annotations

from appliance.errors import ApplianceError, GpuFailed, OutOfMemory
from appliance.messages import M, Message
from appliance.tuning.devices import Placement


def memory_bytes(placement: Placement) -> int:
    if placement.is_cuda:
        import torch

        return int(torch.cuda.max_memory_allocated(placement.index))
    import psutil

    return psutil.Process().memory_info().rss


def is_oom(exc: BaseException) -> bool:
    text = str(exc).lower()
    return (
        isinstance(exc, MemoryError)
        or "out of memory" in text
        or "can't allocate memory" in text
        or type(exc).__name__ == "OutOfMemoryError"
    )


def is_gpu_failure(exc: BaseException) -> bool:
    """CUDA errors that mean the device itself is gone or broken (not our bug, not memory)."""
    text = str(exc)
    return type(exc).__name__ == "AcceleratorError" or any(
        s in text
        for s in (
            "CUDA error",
            "CUDA driver",
            "cudaErrorDevicesUnavailable",
            "device-side assert",
            "ECC error",
            "no CUDA-capable device",
            "unspecified launch failure",
        )
    )


def native_failure(exc: BaseException, where: Message | str, step: int) -> ApplianceError | None:
    """The user-facing error for an out-of-memory or a failed GPU, or None for anything else;
    ``where`` names what ran ("Training", "Loading the model")."""
    if is_oom(exc):
        return OutOfMemory(
            M("train.out_of_memory", "{where} ran out of memory at step {step}.", where=where, step=step),
            hint=M(
                "train.out_of_memory.hint",
                "Lower training.batch_size or sequence_length, or turn on gradient_checkpointing "
                "(on a GPU, QLoRA needs less); the last checkpoint is intact.",
            ),
        )
    if is_gpu_failure(exc):
        return GpuFailed(
            M(
                "train.gpu_failed",
                "The GPU stopped working at step {step}: {error}.",
                step=step,
                error=str(exc).splitlines()[0][:300],
            ),
            hint=M(
                "train.gpu_failed.hint",
                "Check it with `appliance doctor` (and nvidia-smi); the last checkpoint is intact, so "
                "`appliance train --resume RUN` continues from it.",
            ),
        )
    return None
