"""Retrieval over sealed document collections (issue 31; appliance/knowledge, docs/retrieval.md).

Ours against the same retrieval over an unencrypted index, in one run:

* **Import throughput** (chunks/s): ``--docs`` synthetic text documents imported by
  ``DocStore.import_files`` (read, chunk, embed, count terms, seal under a fresh key, commit with
  its audit record) against the same pipeline writing the segment in the clear with no catalog.
* **Query latency** p50/p95 at 10k and 100k chunks: segments of synthetic chunks (real WordLlama
  embeddings, real term counts), stored sealed (ours) and in the clear (baseline); each loaded into
  the in-memory hybrid index (load time printed: decrypting is the only difference), then
  ``--queries`` questions through ``CollectionIndex.search`` (dense scan + BM25 + RRF). Goal: ours
  within 1.2x of the baseline, p95 under 100 ms at 100k chunks.
* **Exact against approximate**: the dense channel is an exact scan; its top 10 is compared with a
  float64 argsort of every score (recall@10 = 1.0 unless something is wrong).
* **Recall@5 per language** on the sample circulars' question set
  (appliance/samples/circulars/questions.jsonl), for the lexical channel, WordLlama's embeddings,
  the two fused, and the built-in model's own embeddings through ``llama-server --embeddings``
  (alone and fused with the lexical channel): the measurement the embedder was chosen by.

    python bench/retrieval.py                       # about 5 minutes on 2 cores
    python bench/retrieval.py --sizes 10000 --queries 100 --no-served   # a quick look
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from common import BENCH_PASSPHRASE, header, open_home

from appliance import workspace
from appliance.knowledge import chunking, embed, extract, lexical
from appliance.knowledge.index import CollectionIndex, Retrieval
from appliance.knowledge.store import DocStore, Segment, pack_segment, unpack_segment
from appliance.samples import SAMPLES
from appliance.security import sealed
from appliance.security.vault import Vault

CIRCULARS = SAMPLES / "circulars"
WORDS_EN = (
    "registry certificate copy fee credits form witness marriage birth death address counter helpline "
    "appointment office notice circular applicant document signature portal postal delivery express "
    "service waiver holiday hours week month year proof identity passport name change gazette affidavit "
    "court record archive permit licence renewal payment card bank transfer receipt deadline penalty "
    "appeal officer clerk district village ward municipal annex division section schedule amendment"
).split()
WORDS_HI = "प्रमाणपत्र शुल्क रजिस्ट्री गवाह विवाह जन्म मृत्यु पता आवेदन कार्यालय सूचना पहचान भुगतान".split()


def synthetic_text(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(WORDS_EN) for _ in range(rng.randint(8, 16))]
        if rng.random() < 0.15:
            words += [rng.choice(WORDS_HI) for _ in range(4)]
        words.append(str(rng.randint(1, 999)))
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def pct(xs, q):
    return float(np.percentile(np.asarray(xs), q))


# Import ---------------------------------------------------------------------------------------
def bench_import(home, catalog, keys, n_docs: int, tokenizer_model: str) -> None:
    header(f"Import throughput: {n_docs} text documents (sealed + catalogued vs plain files)")
    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="retrieval-import-"))
    paths = []
    for i in range(n_docs):
        p = folder / f"doc-{i:04d}.txt"
        p.write_text("\n\n".join(synthetic_text(rng, 6) for _ in range(5)))
        paths.append(p)
    store = DocStore(home, catalog, keys)
    name = f"bench-import-{int(time.time())}"
    store.create_collection(name, tokenizer_model=tokenizer_model)
    embed.get()  # loaded before either side's clock starts
    t = time.perf_counter()
    res = store.import_files(name, paths)
    ours_s = time.perf_counter() - t
    chunks = sum(r["chunks"] for r in res)
    count = store._counter(store.collection(name))
    out = folder / "plain"
    out.mkdir()
    t = time.perf_counter()
    n_plain = 0
    for p in paths:
        doc = extract.read_document(p)
        cs = chunking.chunk_sections(doc.sections, count, size=200, overlap=40)
        vec = embed.get().embed([c.text for c in cs])
        body = pack_segment(
            {"chunks": [{"text": c.text, "page": c.page, "anchor": c.anchor} for c in cs]},
            vec,
            lexical.pack([c.text for c in cs]),
        )
        (out / f"{p.stem}.npz").write_bytes(body)
        n_plain += len(cs)
    base_s = time.perf_counter() - t
    print(f"ours (sealed, audited): {chunks} chunks in {ours_s:.2f} s = {chunks / ours_s:,.0f} chunks/s")
    print(f"plain files, no catalog: {n_plain} chunks in {base_s:.2f} s = {n_plain / base_s:,.0f} chunks/s")
    print(f"ratio (ours / plain time per chunk): {(ours_s / chunks) / (base_s / n_plain):.2f}x")
    store.drop_collection(name)
    shutil.rmtree(folder, ignore_errors=True)


# Latency --------------------------------------------------------------------------------------
def make_segments(n_chunks: int, per_doc: int, rng: random.Random):
    e = embed.get()
    segs = []
    for d in range(0, n_chunks, per_doc):
        texts = [synthetic_text(rng, 3) for _ in range(min(per_doc, n_chunks - d))]
        meta = {
            "title": f"doc {d}",
            "scripts": lexical.scripts(" ".join(texts[:5])),
            "chunks": [{"text": t, "page": None, "anchor": ""} for t in texts],
        }
        segs.append((f"dv-{d:07d}", pack_segment(meta, e.embed(texts), lexical.pack(texts))))
    return segs


def bench_latency(sizes: list[int], n_queries: int, keys) -> None:
    rng = random.Random(11)
    for n in sizes:
        header(f"Query latency at {n:,} chunks: sealed segments vs the same segments in the clear")
        t = time.perf_counter()
        segs = make_segments(n, 100, rng)
        print(f"(made {len(segs)} segments of 100 chunks in {time.perf_counter() - t:.1f} s)")
        folder = Path(tempfile.mkdtemp(prefix="retrieval-latency-"))
        key = bytes(32)
        for vid, body in segs:
            (folder / f"{vid}.sealed").write_bytes(sealed.seal_bytes(body, key, object_id=vid, key_id="dk-bench"))
            (folder / f"{vid}.npz").write_bytes(body)
        del segs

        def load(suffix: str, folder=folder, key=key) -> tuple[CollectionIndex, float]:
            t = time.perf_counter()
            out = []
            for f in sorted(folder.glob(f"*{suffix}")):
                vid = f.name.split(".")[0]
                data = f.read_bytes()
                if suffix == ".sealed":
                    data = sealed.open_bytes(data, lambda _h: key, expected_object_id=vid)
                out.append(unpack_segment(data, {"id": vid, "collection_id": "col", "name": vid, "version": 1}))
            idx = CollectionIndex(out, {"col": "bench"}, embed.DEFAULT)
            return idx, time.perf_counter() - t

        ours, ours_load = load(".sealed")
        plain, plain_load = load(".npz")
        queries = []
        for _ in range(n_queries):
            seg = ours.segments[rng.randrange(len(ours.segments))]
            words = rng.choice(seg.meta["chunks"])["text"].split()
            s = rng.randrange(max(1, len(words) - 6))
            queries.append(" ".join(words[s : s + 6]))
        for q in queries[:5]:  # warm both
            ours.search(q)
            plain.search(q)
        lat = {"ours": [], "plain": []}
        for q in queries:  # interleaved, so a noisy moment hits both
            for name, idx in (("ours", ours), ("plain", plain)):
                t = time.perf_counter()
                idx.search(q, k=10)
                lat[name].append((time.perf_counter() - t) * 1000)
        print(
            f"load into memory: ours {ours_load:.2f} s, plain {plain_load:.2f} s (ratio {ours_load / plain_load:.2f}x)"
        )
        for name in ("ours", "plain"):
            print(
                f"{name:>5}: p50 {pct(lat[name], 50):.1f} ms  p95 {pct(lat[name], 95):.1f} ms  over {len(queries)} queries"
            )
        print(
            f"ratio p50 {pct(lat['ours'], 50) / pct(lat['plain'], 50):.2f}x  p95 {pct(lat['ours'], 95) / pct(lat['plain'], 95):.2f}x (goal <= 1.2x; p95 goal < 100 ms)"
        )
        agree = []
        for q in queries[:50]:
            scores = ours.dense_scores(q)
            top = set(np.argsort(-scores.astype(np.float64), kind="stable")[:10].tolist())
            got = set(_rows(ours, q))  # what search() takes from the dense channel
            agree.append(len(top & got) / 10)
        print(f"dense recall@10 of the search against a float64 sort of every score: {statistics.fmean(agree):.3f}")
        shutil.rmtree(folder, ignore_errors=True)


def _rows(idx: CollectionIndex, q: str) -> list[int]:
    from appliance.knowledge.index import _top

    return _top(idx.dense_scores(q), 10, positive=False)


# Recall per language ----------------------------------------------------------------------------
def bench_recall(home, catalog, keys, tokenizer_model: str, served: bool) -> None:
    header("Retrieval recall@5 per language on the sample circulars' questions")
    store = DocStore(home, catalog, keys)
    name = "circulars-bench"
    try:
        store.collection(name)
    except Exception:  # noqa: BLE001 - first run: create and import
        store.create_collection(name, tokenizer_model=tokenizer_model)
    files = sorted(p for p in CIRCULARS.iterdir() if p.suffix in (".pdf", ".docx"))
    store.import_files(name, files)
    segs = [store.open_segment(r) for r in store.current_rows([store.collection(name)["id"]])]
    idx = CollectionIndex(segs, {store.collection(name)["id"]: name}, embed.DEFAULT)
    questions = [json.loads(line) for line in (CIRCULARS / "questions.jsonl").read_text().splitlines() if line.strip()]
    variants = {mode: (lambda q, m=mode: idx.search(q, k=5, mode=m)) for mode in ("lexical", "dense", "hybrid")}
    server = None
    if served:
        more, server = _served_variants(idx, segs)
        variants.update(more)
    print(f"{'variant':<28}{'language':>9}{'questions':>10}{'recall@5':>10}{'MRR':>8}")
    for vname, fn in variants.items():
        for lang in sorted({q["language"] for q in questions}):
            qs = [q for q in questions if q["language"] == lang]
            rec, rr = [], []
            for q in qs:
                hits = fn(q["question"]).hits
                good = [
                    h.rank
                    for h in hits
                    if any(h.document == e["document"] and e.get("page") in (None, h.page) for e in q["expect"])
                ]
                rec.append(1.0 if good else 0.0)
                rr.append(1.0 / good[0] if good else 0.0)
            print(f"{vname:<28}{lang:>9}{len(qs):>10}{statistics.fmean(rec):>10.2f}{statistics.fmean(rr):>8.2f}")
    if server is not None:
        server.stop()


def _served_variants(idx: CollectionIndex, segs: list[Segment]):
    """The built-in model's own embeddings (llama-server --embeddings, mean pooling), alone and
    fused with the lexical channel by the same RRF."""
    import httpx

    from appliance.knowledge.index import RRF_K, _top
    from appliance.models.builtin import builtin_gguf_path
    from appliance.serving.backends import LlamaServer

    server = LlamaServer(
        builtin_gguf_path(),
        alias="bench-embed",
        n_ctx=2048,
        slots=2,
        embeddings=True,
        log_kept=False,
        warmup=False,
        label="bench/embeddings",
    )
    server.start()

    def emb(texts):
        out = []
        with httpx.Client(timeout=600, trust_env=False) as http:
            for i in range(0, len(texts), 16):
                r = http.post(
                    server.base_url + "/v1/embeddings",
                    json={"input": texts[i : i + 16], "model": server.alias},
                    headers=server.headers,
                )
                r.raise_for_status()
                out += [d["embedding"] for d in sorted(r.json()["data"], key=lambda d: d["index"])]
        m = np.asarray(out, dtype=np.float32)
        return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)

    t = time.perf_counter()
    matrix = emb([c["text"] for s in segs for c in s.meta["chunks"]])
    print(
        f"(built-in model embeddings: {len(matrix)} chunks in {time.perf_counter() - t:.1f} s; WordLlama embeds them in {_time_wordllama(segs):.2f} s)"
    )
    cache = {}

    def search(q: str, fuse: bool) -> Retrieval:
        if q not in cache:
            cache[q] = emb([q])[0]
        dense = _top(matrix @ cache[q], 50, positive=False)
        fused = {i: 1.0 / (RRF_K + r + 1) for r, i in enumerate(dense)}
        if fuse:
            for r, i in enumerate(_top(idx.bm25.scores(q), 50, positive=True)):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + r + 1)
        order = sorted(fused, key=lambda i: -fused[i])[:5]
        return Retrieval(q, [idx._hit(n + 1, i, fused[i], None, None) for n, i in enumerate(order)], "x")

    return {
        "built-in model embeddings": lambda q: search(q, False),
        "built-in model + lexical": lambda q: search(q, True),
    }, server


def _time_wordllama(segs) -> float:
    t = time.perf_counter()
    embed.get().embed([c["text"] for s in segs for c in s.meta["chunks"]])
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--docs", type=int, default=60)
    ap.add_argument("--no-served", action="store_true", help="skip the built-in model's embeddings (llama-server)")
    args = ap.parse_args()
    home, catalog = open_home()
    keys = workspace.unlock(Vault(catalog), BENCH_PASSPHRASE)
    from common import builtin_model

    tok = builtin_model(home, catalog)["name"]
    bench_recall(home, catalog, keys, tok, served=not args.no_served)
    bench_import(home, catalog, keys, args.docs, tok)
    bench_latency([int(s) for s in args.sizes.split(",")], args.queries, keys)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
