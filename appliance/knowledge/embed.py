"""Dense embeddings of chunks and questions, computed here.

The embedder is chosen by measurement (docs/retrieval.md, "Choosing the embeddings";
``bench/retrieval.py``): WordLlama's ``l2_supercat`` static embeddings (MIT, 256 dimensions),
whose weights and tokenizer ship inside the ``wordllama`` wheel on PyPI, so nothing is
downloaded; an embedding is the normalised average of token vectors, thousands of chunks a second
on one core with numpy alone (no torch, no model server). A collection records the embedder
it was built with (``NAMES``), and its questions are embedded with the same one.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from appliance.errors import InvalidInputError
from appliance.messages import M

WORDLLAMA = "wordllama-l2-supercat-256"
NAMES = (WORDLLAMA,)
DEFAULT = WORDLLAMA

_lock = threading.Lock()
_loaded: dict[str, object] = {}


class Embedder:
    """``embed(texts)``: one L2-normalised float32 row per text."""

    name: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


class WordLlamaEmbedder(Embedder):
    name, dim = WORDLLAMA, 256

    def __init__(self):
        # The library calls logging.basicConfig(level=INFO) on import, which would turn on every
        # library's INFO lines in our processes: a handler on the root logger makes that a no-op.
        import logging

        root, guard = logging.getLogger(), logging.NullHandler()
        root.addHandler(guard)
        try:
            import wordllama
            from wordllama import WordLlama
        finally:
            root.removeHandler(guard)

        # The wheel carries the weights and the tokenizer; cache_dir points at them so that the
        # library finds them (it looks in a folder name the wheel does not use) and never downloads.
        self._model = WordLlama.load(
            config="l2_supercat", dim=256, cache_dir=Path(wordllama.__file__).parent, disable_download=True
        )

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._model.embed(list(texts), norm=True), dtype=np.float32)
        out[~np.isfinite(out)] = 0.0  # a text with no known token embeds as zeros, not NaN
        return out


def check_name(name: str) -> None:
    if name not in NAMES:
        raise InvalidInputError(
            M("docs.embedder_unknown", "Unknown embedder {name!r}.", name=name),
            hint=M("docs.embedder_unknown.hint", "Use one of: {names}.", names=", ".join(NAMES)),
        )


def get(name: str = DEFAULT) -> Embedder:
    """The embedder called ``name``, loaded once per process."""
    check_name(name)
    with _lock:
        if name not in _loaded:
            _loaded[name] = WordLlamaEmbedder()
        return _loaded[name]
