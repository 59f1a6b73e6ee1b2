"""Document collections the models answer from, with citations (docs/retrieval.md): readers
(extract), script-aware chunking, embeddings, a lexical channel, sealed per-document segments
(store), the in-memory hybrid index, and grounded answers."""
