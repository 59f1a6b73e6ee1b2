"""Choosing the device and precision a run trains with.

``auto`` picks the first CUDA GPU when there is one, else the CPU; precision ``auto`` picks
bf16 on GPUs that support it (Ampere and newer) and fp16 on older ones, and on CPUs bf16 when
they have native bf16 matrix instructions (AVX-512 BF16 or AMX), where it is several times
faster than fp32, else fp32. Explicit choices the hardware cannot honour are errors.

The choice is one function (``resolve``) over the facts it depends on (``Hardware``): a run asks
torch for them (``torch_hardware``); the Train page, whose process must not load torch, asks
``nvidia-smi`` (``smi_hardware``) to say beforehand what the run will use (``preview``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from appliance.errors import InvalidInputError
from appliance.messages import M, Message


@dataclass(frozen=True)
class Placement:
    device: str  # "cpu" | "cuda:0"
    precision: str  # "fp32" | "bf16" | "fp16"
    autocast: bool  # compute in ``precision`` under torch.autocast
    note: str = ""
    name: str = ""  # the device's model name (the GPU's, the CPU's), for people
    note_message: Message | None = None  # ``note`` as a Message, when it is words (not the GPU's name)

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


@dataclass(frozen=True)
class Hardware:
    """What the choice depends on: the CUDA GPUs the run would see (in CUDA's numbering), each as
    (name, major compute capability), and whether the CPU has native bf16 instructions; the CPU's
    name only names it."""

    gpus: tuple[tuple[str, int], ...] = ()
    cpu_bf16: bool = False
    cpu_name: str = ""
    source: str = ""  # "torch" | "nvidia-smi": who was asked


def _cpuinfo() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            return f.read()
    except OSError:
        return ""


def cpu_has_native_bf16() -> bool:
    text = _cpuinfo()
    return any(flag in text for flag in (" avx512_bf16", " amx_bf16"))


def cpu_name() -> str:
    """The CPU's model name ("AMD EPYC 9654 96-Core Processor"), or "" where the system does not say."""
    import platform

    for line in _cpuinfo().splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("model name", "Model", "Hardware") and value.strip():
            return value.strip()
    return platform.processor()


def torch_hardware() -> Hardware:
    """The hardware as torch sees it: what a training run uses (imports torch)."""
    import torch

    gpus: tuple[tuple[str, int], ...] = ()
    if torch.cuda.is_available():
        gpus = tuple(
            (torch.cuda.get_device_name(i), torch.cuda.get_device_capability(i)[0])
            for i in range(torch.cuda.device_count())
        )
    return Hardware(gpus, cpu_has_native_bf16(), cpu_name(), "torch")


def _torch_has_cuda() -> bool:
    """Whether the installed torch is a CUDA build, read from its ``version.py`` without importing
    it (a llama.cpp process must not; ``isolation.py``). True where that cannot be read."""
    import re
    from importlib import metadata

    try:
        text = metadata.distribution("torch").locate_file("torch/version.py").read_text(encoding="utf-8")
    except (metadata.PackageNotFoundError, OSError, ValueError):
        return True
    m = re.search(r"^cuda\b[^=]*=\s*(.+)$", text, re.M)
    return m is None or m.group(1).strip() != "None"


def _major(capability: str) -> int:
    """``"8.9"`` → 8; 0 (no bf16 assumed) where an old driver answers ``[N/A]``."""
    head = capability.partition(".")[0].strip()
    return int(head) if head.isdigit() else 0


def smi_hardware(timeout: float = 5) -> Hardware:
    """The hardware as ``nvidia-smi`` sees it (``CUDA_VISIBLE_DEVICES`` honoured), without importing
    torch: for saying what a run will use from a process that must not load torch (the window).
    No GPU where torch is a CPU-only build, since the run could not use one."""
    from appliance.host.probes import nvidia_gpus

    gpus: tuple[tuple[str, int], ...] = ()
    if _torch_has_cuda():
        found = nvidia_gpus(timeout)["gpus"]
        gpus = tuple((g["name"], _major(g["capability"])) for g in found)
    return Hardware(gpus, cpu_has_native_bf16(), cpu_name(), "nvidia-smi")


def resolve(device: str, precision: str, method: str, hardware: Hardware | None = None) -> Placement:
    """The device and precision a run trains with: the one decision, for the run (``hardware``
    left out: torch is asked) and for saying it beforehand (``preview``).

    Raises ``InvalidInputError`` for a device or precision this machine cannot honour."""
    hw = hardware if hardware is not None else torch_hardware()
    count = len(hw.gpus)
    has_cuda = count > 0
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    seen = f" (CUDA_VISIBLE_DEVICES={visible!r})" if visible is not None else ""  # no words: not translated
    if device.startswith("cuda") and not has_cuda:
        raise InvalidInputError(
            M(
                "train.no_cuda",
                "training.device is {device!r} but no CUDA GPU is available{seen}.",
                device=device,
                seen=seen,
            ),
            hint=M(
                "train.no_cuda.hint", 'Use device = "cpu" (or "auto"), or check the GPU driver with `appliance doctor`.'
            ),
        )
    if method == "qlora" and not has_cuda:
        raise InvalidInputError(
            M(
                "train.qlora_needs_cuda",
                "QLoRA (method.kind = 'qlora') needs a CUDA GPU: bitsandbytes' 4-bit kernels run only there.",
            ),
            hint=M("train.qlora_needs_cuda.hint", "Use method.kind = 'lora' on this machine."),
        )
    use_cuda = device.startswith("cuda") or (device == "auto" and has_cuda)
    if use_cuda:
        index = int(device.split(":", 1)[1]) if ":" in device else 0
        if index >= count:
            raise InvalidInputError(
                M(
                    "train.no_such_gpu",
                    "training.device is {device!r} but this machine shows {count} GPU(s){seen}, numbered 0 to {last}.",
                    device=device,
                    count=count,
                    seen=seen,
                    last=count - 1,
                ),
                hint=M("train.no_such_gpu.hint", "Pick one of them; `appliance doctor` lists them."),
            )
        name, major = hw.gpus[index]
        bf16_ok = major >= 8
        if precision == "auto":
            precision = "bf16" if bf16_ok else "fp16"
        if precision == "bf16" and not bf16_ok:
            raise InvalidInputError(
                M("train.gpu_no_bf16", "This GPU does not support bf16."),
                hint=M("train.gpu_no_bf16.hint", 'Use precision = "fp16" or "auto".'),
            )
        return Placement(f"cuda:{index}", precision, precision != "fp32", name, name)
    native = hw.cpu_bf16
    if precision == "auto":
        precision = "bf16" if native else "fp32"
    if precision == "fp16":
        raise InvalidInputError(
            M("train.cpu_no_fp16", "fp16 training is not supported on the CPU."),
            hint=M("train.cpu_no_fp16.hint", "Use bf16 or fp32 (or auto)."),
        )
    if precision != "bf16" or native:
        return Placement("cpu", precision, precision == "bf16", "", hw.cpu_name)
    slow = M("train.cpu_bf16_slow", "this CPU has no native bf16: bf16 will be slow")
    return Placement("cpu", precision, True, slow.render("en"), hw.cpu_name, slow)


def placement_for(recipe, hardware: Hardware | None = None) -> Placement:
    """Where ``recipe`` trains: what ``TrainingRun.setup`` uses (``hardware`` left out: torch is
    asked). Raises ``InvalidInputError`` as the run would."""
    t = recipe.training
    return resolve(t.device, t.precision, recipe.method.kind, hardware)


def preview(recipe, hardware: Hardware | None = None) -> Placement:
    """Where ``recipe`` will train, said before it starts and without loading torch or a model
    (``hardware`` left out: ``smi_hardware()``). Raises ``InvalidInputError`` as the run would."""
    return placement_for(recipe, hardware if hardware is not None else smi_hardware())
