"""The hybrid index of one or more collections, in memory, and retrieval over it.

``load`` opens the current version of every document of the collections (``store.open_segment``:
decrypted in memory, never written anywhere) and stacks them: the vectors into one float32
matrix, the term counts into BM25 weights (``lexical.Bm25``). Nothing of it reaches the disk; a
process keeps the last few loaded indexes (``cached``), keyed by the exact versions they hold, so
an import or a removal is seen by the next question.

``search`` ranks every chunk twice, by cosine similarity of the embeddings (an exact scan: no
approximation to lose recall) and by BM25, and fuses the two rankings by reciprocal-rank fusion
(RRF, k = 60): a chunk's score is the sum of 1 / (60 + rank) over the rankings that found it.
A question whose letters are all in scripts the collections hold no text in gets no sources and
the notice ``script_not_in_collection`` instead of unrelated chunks.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import asdict, dataclass, field

import numpy as np

from appliance.knowledge import embed, lexical

RRF_K = 60
MODES = ("hybrid", "dense", "lexical")
CACHE_SIZE = 4


@dataclass
class Hit:
    rank: int
    score: float
    collection: str
    document: str
    document_id: str  # the version's id (dv-…)
    version: int
    title: str
    page: int | None
    anchor: str
    chunk: int  # the chunk's ordinal in its document
    text: str
    dense_rank: int | None = None
    lexical_rank: int | None = None

    def citation(self) -> dict:
        """What an answer's ``citations`` carry (docs/retrieval.md, "Citations")."""
        d = asdict(self)
        d["index"] = d.pop("rank")
        d["score"] = round(float(d["score"]), 6)
        return d


@dataclass
class Retrieval:
    query: str
    hits: list[Hit]
    mode: str
    notice: str | None = None  # "script_not_in_collection" | "empty_collection" | None
    documents: list[str] = field(default_factory=list)  # version ids read for the hits

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "mode": self.mode,
            "notice": self.notice,
            "hits": [h.citation() for h in self.hits],
        }


class CollectionIndex:
    """Chunks of the current versions of some collections, with both channels ready."""

    def __init__(self, segments, collection_names: dict[str, str], embedder: str):
        self.embedder = embedder
        self.chunks: list[tuple[int, int]] = []  # (segment, ordinal) per row
        self.segments = segments
        self.names = collection_names
        vectors, ptrs, ids, counts, offset = [], [np.zeros(1, np.int64)], [], [], 0
        self.scripts: dict[str, int] = {}
        for si, seg in enumerate(segments):
            n = len(seg.meta["chunks"])
            self.chunks.extend((si, j) for j in range(n))
            vectors.append(np.asarray(seg.vectors, dtype=np.float32))
            p = seg.terms["term_ptr"]
            ptrs.append(p[1:] + offset)
            offset += int(p[-1])
            ids.append(seg.terms["term_ids"])
            counts.append(seg.terms["term_counts"])
            for s, c in (seg.meta.get("scripts") or {}).items():
                self.scripts[s] = self.scripts.get(s, 0) + c
        dim = embed.get(embedder).dim
        self.vectors = np.concatenate(vectors) if vectors else np.zeros((0, dim), np.float32)
        self.bm25 = lexical.Bm25(
            np.concatenate(ptrs).astype(np.int64),
            np.concatenate(ids) if ids else np.zeros(0, np.uint64),
            np.concatenate(counts) if counts else np.zeros(0, np.uint16),
        )

    def __len__(self) -> int:
        return len(self.chunks)

    def dense_scores(self, query: str) -> np.ndarray:
        q = embed.get(self.embedder).embed([query])[0]
        return self.vectors @ q

    def search(self, query: str, *, k: int = 5, mode: str = "hybrid", depth: int = 50) -> Retrieval:
        if not len(self):
            return Retrieval(query, [], mode, notice="empty_collection")
        asked = lexical.scripts(query)
        if asked and not set(asked) & set(self.scripts):
            return Retrieval(query, [], mode, notice="script_not_in_collection")
        depth = max(depth, k)
        dense = lex = None
        fused: dict[int, float] = {}
        if mode in ("hybrid", "dense"):
            dense = _top(self.dense_scores(query), depth, positive=False)
            for r, i in enumerate(dense):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + r + 1)
        if mode in ("hybrid", "lexical"):
            lex = _top(self.bm25.scores(query), depth, positive=True)
            for r, i in enumerate(lex):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + r + 1)
        order = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        d_rank = {i: r + 1 for r, i in enumerate(dense)} if dense is not None else {}
        l_rank = {i: r + 1 for r, i in enumerate(lex)} if lex is not None else {}
        hits = [self._hit(n + 1, i, fused[i], d_rank.get(i), l_rank.get(i)) for n, i in enumerate(order)]
        return Retrieval(query, hits, mode, documents=sorted({h.document_id for h in hits}))

    def _hit(self, rank: int, row: int, score: float, d: int | None, lx: int | None) -> Hit:
        si, j = self.chunks[row]
        seg = self.segments[si]
        c = seg.meta["chunks"][j]
        return Hit(
            rank=rank,
            score=score,
            collection=self.names.get(seg.row["collection_id"], seg.row["collection_id"]),
            document=seg.row["name"],
            document_id=seg.row["id"],
            version=int(seg.row["version"]),
            title=seg.meta.get("title") or seg.row["name"],
            page=c.get("page"),
            anchor=c.get("anchor") or "",
            chunk=j,
            text=c["text"],
            dense_rank=d,
            lexical_rank=lx,
        )


def _top(scores: np.ndarray, k: int, *, positive: bool) -> list[int]:
    """The indexes of the ``k`` best scores, best first (only those above 0 when ``positive``)."""
    if positive:
        cand = np.flatnonzero(scores > 0)
        if len(cand) > k:
            cand = cand[np.argpartition(-scores[cand], k - 1)[:k]]
    else:
        cand = np.argpartition(-scores, min(k, len(scores)) - 1)[:k] if len(scores) > k else np.arange(len(scores))
    return [int(i) for i in cand[np.lexsort((cand, -scores[cand]))]]


_cache: OrderedDict = OrderedDict()
_cache_lock = threading.Lock()


def load(store, collection_refs: list[str]) -> CollectionIndex:
    """The index of the collections' current versions (see ``cached``)."""
    cols = [store.collection(r) for r in collection_refs]
    embedders = {c["embedder"] for c in cols}
    embedder = sorted(embedders)[0] if embedders else embed.DEFAULT
    rows = store.current_rows([c["id"] for c in cols])
    key = (embedder, tuple(r["id"] for r in rows))
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    index = CollectionIndex([store.open_segment(r) for r in rows], {c["id"]: c["name"] for c in cols}, embedder)
    with _cache_lock:
        _cache[key] = index
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return index


def forget() -> None:
    """Drop the loaded indexes (their text leaves this process's memory with them)."""
    with _cache_lock:
        _cache.clear()
