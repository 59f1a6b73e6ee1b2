"""The lexical channel: terms of a text in any script, hashed to ids, and BM25 over them.

An English sentence-embedding model serves Hindi or Tamil poorly; words match in every script. A
term is a run of letters, marks and digits (``\\p{L}\\p{M}\\p{N}``: a Devanagari word keeps its
vowel signs), case-folded and NFC-normalised; in scripts written without spaces (Thai, Lao,
Khmer, Myanmar, Han, kana) each run becomes its overlapping character pairs. A term is stored
only as a 64-bit keyed-free hash (BLAKE2b) inside the sealed segment of its document: there is no
vocabulary file, so segments of different documents need nothing shared and a removed document
takes its terms with it.

``Bm25`` scores with Okapi BM25 (k1 = 1.2, b = 0.75) over a sparse chunk × term matrix whose
weights are computed once when a collection is loaded; a query sums the columns of its terms.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

import numpy as np
import regex
from scipy import sparse

K1, B = 1.2, 0.75
_RUN = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_NO_SPACE = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Han}\p{Hiragana}\p{Katakana}]")


def terms(text: str) -> list[str]:
    """The terms of ``text`` (see the module's docstring)."""
    out: list[str] = []
    for run in _RUN.findall(unicodedata.normalize("NFC", text).casefold()):
        if _NO_SPACE.search(run):
            if len(run) == 1:
                out.append(run)
            else:
                out.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            out.append(run)
    return out


@lru_cache(maxsize=1 << 18)
def term_id(term: str) -> int:
    return int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "little")


def counted(text: str) -> tuple[np.ndarray, np.ndarray]:
    """A text's distinct term ids (uint64, sorted) and how often each occurs (uint16)."""
    counts: dict[int, int] = {}
    for t in terms(text):
        i = term_id(t)
        counts[i] = counts.get(i, 0) + 1
    ids = np.fromiter(sorted(counts), dtype=np.uint64, count=len(counts))
    return ids, np.array([min(counts[int(i)], 65535) for i in ids], dtype=np.uint16)


def pack(texts: list[str]) -> dict[str, np.ndarray]:
    """The term arrays of a segment: ``term_ptr`` (rows' offsets), ``term_ids``, ``term_counts``."""
    ptr = [0]
    ids, counts = [], []
    for t in texts:
        i, c = counted(t)
        ids.append(i)
        counts.append(c)
        ptr.append(ptr[-1] + len(i))
    return {
        "term_ptr": np.array(ptr, dtype=np.int64),
        "term_ids": np.concatenate(ids) if ids else np.zeros(0, np.uint64),
        "term_counts": np.concatenate(counts) if counts else np.zeros(0, np.uint16),
    }


class Bm25:
    """BM25 over the chunks of a loaded collection (the segments' term arrays, concatenated)."""

    def __init__(self, ptr: np.ndarray, ids: np.ndarray, counts: np.ndarray):
        n = len(ptr) - 1
        self.vocab, cols = np.unique(ids, return_inverse=True)
        tf = counts.astype(np.float32)
        m = sparse.csr_matrix((tf, cols.astype(np.int32), ptr), shape=(n, len(self.vocab)))
        dl = np.asarray(m.sum(axis=1)).ravel()
        avgdl = float(dl.mean()) if n else 1.0
        df = np.bincount(cols, minlength=len(self.vocab)).astype(np.float32)
        idf = np.log1p((n - df + 0.5) / (df + 0.5)).astype(np.float32)
        rows = np.repeat(np.arange(n), np.diff(ptr))
        norm = K1 * (1 - B + B * dl[rows] / max(avgdl, 1e-9))
        m.data = idf[cols] * tf * (K1 + 1) / (tf + norm)
        self.weights = m.tocsc()
        self.n = n

    def scores(self, query: str) -> np.ndarray:
        """Each chunk's BM25 score for ``query`` (zeros where no term matches)."""
        out = np.zeros(self.n, dtype=np.float32)
        if not self.n or not len(self.vocab):
            return out
        for t in terms(query):
            h = np.uint64(term_id(t))
            j = int(np.searchsorted(self.vocab, h))
            if j < len(self.vocab) and self.vocab[j] == h:
                col = self.weights[:, j]
                out[col.indices] += col.data
        return out


@lru_cache(maxsize=4096)
def _script_of_char(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    first = name.split()[0]
    return {"CJK": "HAN", "HIRAGANA": "KANA", "KATAKANA": "KANA"}.get(first, first)


def scripts(text: str, sample: int = 4000) -> dict[str, int]:
    """Letters per script (``LATIN``, ``DEVANAGARI``, ``TAMIL``, ``ARABIC``…) in ``text``."""
    out: dict[str, int] = {}
    for ch in text[:sample]:
        s = _script_of_char(ch)
        if s:
            out[s] = out.get(s, 0) + 1
    return out
