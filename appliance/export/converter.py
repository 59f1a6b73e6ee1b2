"""llama.cpp's converter (``convert_hf_to_gguf.py``), run inside a torch worker process.

Only ``appliance/export/workers.py`` calls these, in its torch commands (``convert``,
``convert-lora``, ``converter-pre``); the converter imports torch and transformers, never llama.cpp.
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path


def _converter_modules(script: str):
    """Import llama.cpp's converter package the way its script does (its own gguf-py first)."""
    import os

    sys.path.insert(0, str(Path(script).parent))
    if "NO_LOCAL_GGUF" not in os.environ:
        sys.path.insert(1, str(Path(script).parent / "gguf-py"))
    import conversion.base

    return conversion.base


def run_converter(script: str, argv: list[str], *, pre: str | None = None) -> None:
    """Run ``convert_hf_to_gguf.py`` in this process. ``pre``: the llama.cpp pre-tokenizer name of
    the model this one's tokenizer extends (recorded when it was extended, from the converter's own
    check of the base); its check hashes a probe's tokens, which any appended merge changes."""
    base = _converter_modules(script)
    if pre:
        base.TextModel.get_vocab_base_pre = lambda self, tokenizer: pre
    sys.argv = [script, *argv]
    runpy.run_path(script, run_name="__main__")


def converter_pre_name(script: str, model_dir: str) -> int:
    """Print the pre-tokenizer name llama.cpp's converter recognises for a model's tokenizer
    (JSON: ``{"pre": name}``, or ``{"pre": null, "error": …}`` when it recognises none)."""
    base = _converter_modules(script)
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    try:
        name = base.TextModel.get_vocab_base_pre(None, tok)
        print(json.dumps({"pre": name}), flush=True)
    except NotImplementedError as exc:
        print(json.dumps({"pre": None, "error": str(exc)}), flush=True)
    return 0
