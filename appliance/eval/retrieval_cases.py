"""Retrieval cases in evaluation suites (docs/formats/eval-suite.md, "Retrieval"; docs/retrieval.md).

A suite whose ``[suite]`` names ``collections`` answers every case from them: the case's last
user message is looked up (``retrieval_k`` sources, default 4), the sources go before its
messages, and the model answers. A case may name the ``sources`` a correct retrieval finds
(``{document = "…", page = N}``, the page optional). Each such case's result gains
``retrieval``: ``recall`` (the share of its expected sources among the sources found), ``rr``
(1 / the rank of the first expected source found, 0 if none), ``cited`` (whether the answer
cites, by its ``[n]`` mark, a source that is expected) and the sources found (ids, pages, ranks,
scores; no text). The summary's ``retrieval`` averages them: ``recall_at_k``, ``mrr``,
``cited_rate``, over the cases with expected sources. Gates may require minimums of them
(``min_retrieval_recall``, ``min_mrr``, ``min_cited_rate``).
"""

from __future__ import annotations

import statistics

from appliance.messages import M, Message

SUITE_KEYS = {"collections", "retrieval_k"}
CASE_KEYS = {"sources"}


def check_header(head: dict, source: str, problems: list[Message]) -> tuple[tuple[str, ...], int]:
    cols = head.get("collections", [])
    if not isinstance(cols, list) or not all(isinstance(c, str) and c for c in cols) or len(cols) > 8:
        problems.append(
            M(
                "suite.collections",
                '{source}: [suite] collections must be a list of up to 8 collection names, e.g. ["circulars"]',
                source=source,
            )
        )
        cols = []
    k = head.get("retrieval_k", 4)
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 20:
        problems.append(
            M("suite.retrieval_k", "{source}: [suite] retrieval_k must be a whole number from 1 to 20", source=source)
        )
        k = 4
    return tuple(cols), int(k)


def check_sources(raw: dict, where, problems: list[Message]) -> tuple[dict, ...]:
    sources = raw.get("sources", [])
    out = []
    if not isinstance(sources, list):
        sources = [None]
    for i, s in enumerate(sources):
        ok = (
            isinstance(s, dict)
            and isinstance(s.get("document"), str)
            and s["document"]
            and not set(s) - {"document", "page"}
        )
        page = s.get("page") if isinstance(s, dict) else None
        if ok and page is not None and (isinstance(page, bool) or not isinstance(page, int) or page < 1):
            ok = False
        if not ok:
            problems.append(
                M(
                    "suite.sources",
                    '{where}: sources[{i}] must be a table like {{document = "KVR-2026-01-fees", page = 1}} (page optional)',
                    where=where,
                    i=i,
                )
            )
            continue
        out.append({"document": s["document"], **({"page": page} if page is not None else {})})
    return tuple(out)


def retrieve_all(home, catalog, keys, suite, cases) -> dict:
    """Each case's retrieval, in one audited ``docs.retrieve`` (purpose ``evaluation``)."""
    from appliance.audit.actions import action
    from appliance.knowledge import index
    from appliance.knowledge.answer import last_user_text
    from appliance.knowledge.store import DocStore

    store = DocStore(home, catalog, keys)
    cols = [store.collection(c) for c in suite.collections]
    out = {}
    with action(
        catalog,
        "docs.retrieve",
        objects=[c["id"] for c in cols],
        params={"purpose": "evaluation", "suite": suite.name, "k": suite.retrieval_k, "cases": len(cases)},
    ) as act:
        idx = index.load(store, [c["id"] for c in cols])
        for case in cases:
            out[case.id] = idx.search(last_user_text(list(case.messages)), k=suite.retrieval_k)
            act.add_object(*out[case.id].documents)
    return out


def _matches(hit, expected: dict) -> bool:
    return hit.document == expected["document"] and ("page" not in expected or hit.page == expected["page"])


def case_result(case, retrieval, answer: str) -> dict:
    """The ``retrieval`` part of a case's result (see the module's docstring)."""
    from appliance.knowledge.answer import cited_numbers

    hits = retrieval.hits
    found = [
        {
            "rank": h.rank,
            "document": h.document,
            "version": h.version,
            "page": h.page,
            "chunk": h.chunk,
            "score": round(h.score, 6),
        }
        for h in hits
    ]
    out: dict = {"hits": found, "notice": retrieval.notice}
    if case.sources:
        got = [e for e in case.sources if any(_matches(h, e) for h in hits)]
        first = next((h.rank for h in hits if any(_matches(h, e) for e in case.sources)), None)
        named = cited_numbers(answer)
        out.update(
            recall=round(len(got) / len(case.sources), 4),
            rr=round(1.0 / first, 4) if first else 0.0,
            cited=any(h.rank in named and any(_matches(h, e) for e in case.sources) for h in hits),
        )
    return out


def summarize(suite, results: dict) -> dict | None:
    rs = [
        results[c.id]["retrieval"]
        for c in suite.cases
        if c.id in results and "recall" in (results[c.id].get("retrieval") or {})
    ]
    if not suite.collections:
        return None
    if not rs:
        return {"cases": 0, "k": suite.retrieval_k}
    return {
        "cases": len(rs),
        "k": suite.retrieval_k,
        "recall_at_k": round(statistics.fmean(r["recall"] for r in rs), 4),
        "mrr": round(statistics.fmean(r["rr"] for r in rs), 4),
        "cited_rate": round(statistics.fmean(1.0 if r["cited"] else 0.0 for r in rs), 4),
    }
