"""Choosing the device and precision a run trains with.

``auto`` picks the first CUDA GPU when there is one, else the CPU; precision ``auto`` picks
bf16 on GPUs that support it (Ampere and newer) and fp16 on older ones, and on CPUs bf16 when
they have native bf16 matrix instructions (AVX-512 BF16 or AMX), where it is several times
faster than fp32, else fp32. Explicit choices the hardware cannot honour are errors.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from appliance.errors import InvalidInputError


@dataclass(frozen=True)
class Placement:
    device: str  # "cpu" | "cuda:0"
    precision: str  # "fp32" | "bf16" | "fp16"
    autocast: bool  # compute in ``precision`` under torch.autocast
    note: str = ""

    @property
    def is_cuda(self) -> bool:
        return self.device.startswith("cuda")

    @property
    def index(self) -> int:
        """The CUDA device index (0 on the CPU, where it is unused)."""
        return int(self.device.split(":", 1)[1]) if ":" in self.device else 0

    def torch_dtype(self):
        import torch

        return {"fp32": torch.float32, "bf16": torch.bfloat16, "fp16": torch.float16}[self.precision]


def cpu_has_native_bf16() -> bool:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return False
    return any(flag in text for flag in (" avx512_bf16", " amx_bf16"))


def resolve(device: str, precision: str, method: str) -> Placement:
    """Raises ``InvalidInputError`` for a device or precision this machine cannot honour."""
    import torch

    has_cuda = torch.cuda.is_available()
    count = torch.cuda.device_count() if has_cuda else 0
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    seen = f" (CUDA_VISIBLE_DEVICES={visible!r})" if visible is not None else ""
    if device.startswith("cuda") and not has_cuda:
        raise InvalidInputError(
            f"training.device is {device!r} but no CUDA GPU is available{seen}.",
            hint='Use device = "cpu" (or "auto"), or check the GPU driver with `appliance doctor`.',
        )
    if method == "qlora" and not has_cuda:
        raise InvalidInputError(
            "QLoRA (method.kind = 'qlora') needs a CUDA GPU: bitsandbytes' 4-bit kernels run only there.",
            hint="Use method.kind = 'lora' on this machine.",
        )
    use_cuda = device.startswith("cuda") or (device == "auto" and has_cuda)
    if use_cuda:
        index = int(device.split(":", 1)[1]) if ":" in device else 0
        if index >= count:
            raise InvalidInputError(
                f"training.device is {device!r} but this machine shows {count} GPU(s){seen}, "
                f"numbered 0 to {count - 1}.",
                hint="Pick one of them; `appliance doctor` lists them.",
            )
        bf16_ok = torch.cuda.get_device_capability(index)[0] >= 8
        if precision == "auto":
            precision = "bf16" if bf16_ok else "fp16"
        if precision == "bf16" and not bf16_ok:
            raise InvalidInputError("This GPU does not support bf16.", hint='Use precision = "fp16" or "auto".')
        return Placement(f"cuda:{index}", precision, precision != "fp32", torch.cuda.get_device_name(index))
    native = cpu_has_native_bf16()
    if precision == "auto":
        precision = "bf16" if native else "fp32"
    if precision == "fp16":
        raise InvalidInputError("fp16 training is not supported on the CPU.", hint="Use bf16 or fp32 (or auto).")
    note = "" if precision != "bf16" or native else "this CPU has no native bf16: bf16 will be slow"
    return Placement("cpu", precision, precision == "bf16", note)
