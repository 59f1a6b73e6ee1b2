"""Loading models and tokenizers from the store with transformers (imported lazily).

torch and transformers take seconds to import, so nothing at module level pulls them in: the
CLI's quick commands and the GUI's first window stay fast.
"""

from __future__ import annotations

from pathlib import Path


def torch_dtype(name: str | None):
    import torch

    return {
        None: torch.float32,
        "": torch.float32,
        "auto": "auto",
        "float32": torch.float32,
        "fp32": torch.float32,
        "f32": torch.float32,
        "float16": torch.float16,
        "fp16": torch.float16,
        "f16": torch.float16,
        "bfloat16": torch.bfloat16,
        "bf16": torch.bfloat16,
    }[name]


def load_tokenizer(model_dir: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)


def load_causal_lm(model_dir: Path, *, dtype: str = "float32", device: str = "cpu"):
    """Load a stored model for inference (eval mode, no grad bookkeeping)."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(
        str(model_dir), local_files_only=True, dtype=torch_dtype(dtype), low_cpu_mem_usage=True
    )
    model.to(device)
    model.eval()
    return model


def generation_eos_ids(model_dir: Path) -> list[int]:
    """End-of-sequence ids of a stored model's generation config (an int or a list there)."""
    import json

    path = Path(model_dir) / "generation_config.json"
    if not path.is_file():
        return []
    eos = json.loads(path.read_text()).get("eos_token_id")
    if eos is None:
        return []
    return [int(e) for e in (eos if isinstance(eos, list) else [eos])]


def rebuild_for_saving(model):
    """A model loaded from GGUF refuses ``save_pretrained``; rebuild it from config + weights."""
    from transformers import AutoModelForCausalLM

    config = model.config
    for attr in ("quantization_config",):
        if hasattr(config, attr):
            delattr(config, attr)
    fresh = AutoModelForCausalLM.from_config(config)
    fresh.load_state_dict(model.state_dict(), strict=True)
    return fresh
