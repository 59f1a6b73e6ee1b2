"""Retrieval for a process that serves: the API server's and the Playground's.

A ``Retriever`` holds the workspace's keys and opens the catalog for each question on the thread
that asks (requests are answered on worker threads; a SQLite connection stays on its thread); the
loaded indexes themselves are shared (``index.cached``).
"""

from __future__ import annotations

from appliance.knowledge import index as _index
from appliance.knowledge.index import Retrieval
from appliance.knowledge.store import DocStore

MAX_COLLECTIONS = 8
MAX_K = 20
DEFAULT_K = 4


class Retriever:
    def __init__(self, home, keys):
        self.home, self.keys = home, keys

    def search(self, collections: list[str], query: str, *, k: int = DEFAULT_K, mode: str = "hybrid") -> Retrieval:
        """The ``k`` best chunks for ``query`` over ``collections`` (``NotFoundError`` naming an
        unknown collection)."""
        from appliance.catalog import Catalog

        with Catalog.open(self.home) as catalog:
            store = DocStore(self.home, catalog, self.keys)
            return _index.load(store, collections).search(query, k=k, mode=mode)


def retrieve(
    home, catalog, keys, collections: list[str], query: str, *, k: int = DEFAULT_K, mode: str = "hybrid", purpose: str
):
    """``search`` for a command or a window, audited as ``docs.retrieve``: the collections, the
    document versions read for the hits, why (``purpose``: "search", "ask", "playground",
    "evaluation"), never the question or the text."""
    from appliance.audit.actions import action

    store = DocStore(home, catalog, keys)
    cols = [store.collection(c) for c in collections]
    with action(
        catalog, "docs.retrieve", objects=[c["id"] for c in cols], params={"purpose": purpose, "k": k, "mode": mode}
    ) as act:
        result = _index.load(store, [c["id"] for c in cols]).search(query, k=k, mode=mode)
        act.add_object(*result.documents)
        act.output(
            hits=len(result.hits), notice=result.notice, chunks=[f"{h.document_id}#{h.chunk}" for h in result.hits]
        )
    return result
