"""Comparing models on one suite version: the report behind ``appliance evals compare``, the
Evaluate page and promotion gates.

The first evaluation is the baseline. For each other one the report gives the paired
difference in pass rate with an exact McNemar test (two-sided binomial test on the discordant
cases) and a 95 % paired-bootstrap interval (2,000 resamples, seeded); per-slice pass rates for
every tag (language, topic, risk…); latency and tokens per answer; and each case side by side.
``to_html`` renders it as one self-contained page (inline CSS, no script, nothing fetched), in
English (the page says so); a case's ``detail`` has its Message beside it (``detail_message``)
for the GUI and the CLI to render in the reader's language.
"""

from __future__ import annotations

import html
import math
import random

BOOTSTRAP_RESAMPLES = 2000


def mcnemar_p(b: int, c: int) -> float:
    """Exact two-sided McNemar p-value: ``b`` cases only the baseline passed, ``c`` only the other."""
    n = b + c
    if n == 0:
        return 1.0
    k = min(b, c)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2**n
    return min(1.0, 2 * tail)


def bootstrap_ci(diffs: list[int], *, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 0) -> tuple[float, float]:
    """95 % interval of the mean paired difference (other − baseline), by resampling cases."""
    if not diffs:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    return (round(means[int(0.025 * resamples)], 4), round(means[int(0.975 * resamples) - 1], 4))


def paired(base: dict[str, bool], other: dict[str, bool]) -> dict:
    """The paired comparison of two pass/fail maps over the cases both have."""
    ids = [i for i in base if i in other]
    b = sum(1 for i in ids if base[i] and not other[i])
    c = sum(1 for i in ids if other[i] and not base[i])
    diffs = [int(other[i]) - int(base[i]) for i in ids]
    rate_b = sum(base[i] for i in ids) / len(ids) if ids else 0.0
    rate_o = sum(other[i] for i in ids) / len(ids) if ids else 0.0
    lo, hi = bootstrap_ci(diffs)
    return {
        "cases": len(ids),
        "baseline_rate": round(rate_b, 4),
        "rate": round(rate_o, 4),
        "difference": round(rate_o - rate_b, 4),
        "only_baseline_passed": b,
        "only_this_passed": c,
        "mcnemar_p": round(mcnemar_p(b, c), 6),
        "bootstrap_95": [lo, hi],
    }


def compare(suite, entries: list[dict]) -> dict:
    """``entries``: ``{"label", "evaluation" (row), "results" (by case id)}``, baseline first."""
    models = []
    for e in entries:
        ev = e["evaluation"]
        models.append(
            {
                "label": e["label"],
                "evaluation_id": ev["id"],
                "model_id": ev["model_id"],
                "export_id": ev.get("export_id"),
                "target": ev["target"],
                "summary": ev["summary"],
            }
        )
    passes = [{cid: bool(r["passed"]) for cid, r in e["results"].items()} for e in entries]
    comparisons = [{"label": entries[k]["label"], **paired(passes[0], passes[k])} for k in range(1, len(entries))]
    slices: dict[str, dict[str, list]] = {}
    for key, values in suite.slices().items():
        for v in values:
            ids = [c.id for c in suite.cases if c.tags.get(key) == v]
            slices.setdefault(key, {})[v] = [
                {"passed": sum(p.get(i, False) for i in ids), "cases": len(ids)} for p in passes
            ]
    cases = []
    for c in suite.cases:
        row = {
            "id": c.id,
            "tags": c.tags,
            "scorer": c.scorer["type"],
            "prompt": c.messages[-1]["content"],
            "outcomes": [],
        }
        for e in entries:
            r = e["results"].get(c.id, {})
            row["outcomes"].append(
                {
                    "passed": bool(r.get("passed")),
                    "answer": r.get("answer", ""),
                    "detail": r.get("detail", ""),
                    "detail_message": r.get("detail_message"),  # the scorer's words as a Message (to_dict)
                    "ms": r.get("ms"),
                    "tokens": r.get("tokens"),
                }
            )
        cases.append(row)
    return {
        "suite": {
            "name": suite.name,
            "sha256": suite.sha256,
            "cases": len(suite.cases),
            "description": suite.description,
        },
        "models": models,
        "comparisons": comparisons,
        "slices": slices,
        "cases": cases,
    }


_CSS = """
body{font:14px/1.45 system-ui,'Noto Sans','Noto Sans Tamil','Noto Sans Devanagari','Noto Sans Arabic',sans-serif;
margin:24px;color:#1b1f23;background:#fff}h1{font-size:20px}h2{font-size:16px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top;
text-align:left}th{background:#f6f8fa}.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}
.ans{max-width:420px;white-space:pre-wrap;font-size:12px}.muted{color:#57606a;font-size:12px}
.verdict{padding:8px 12px;border-radius:6px;display:inline-block}.ok{background:#dafbe1}.no{background:#ffebe9}
"""


def _pct(passed: int, n: int) -> str:
    return f"{passed}/{n} ({100 * passed / n:.0f} %)" if n else "–"


def to_html(report: dict, *, verdict: dict | None = None) -> str:
    e = html.escape
    s = report["suite"]
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Evaluation: {e(s['name'])}</title><style>{_CSS}</style></head><body>",
        f"<h1>Suite {e(s['name'])}: {len(report['models'])} models, {s['cases']} cases</h1>",
        f"<p class='muted'>{e(s['description'])} · suite SHA-256 {e(s['sha256'][:16])}… · "
        "greedy decoding, seed 0 · generated offline by the appliance</p>",
    ]
    if verdict is not None:
        cls = "ok" if verdict["passed"] else "no"
        out.append(f"<h2>Promotion gate</h2><p class='verdict {cls}'>{e(verdict['summary'])}</p><ul>")
        out += [f"<li class='{'pass' if c['passed'] else 'fail'}'>{e(c['text'])}</li>" for c in verdict["checks"]]
        out.append("</ul>")
    out.append(
        "<h2>Models</h2><table><tr><th>model</th><th>passed</th><th>latency (mean)</th><th>tokens / answer</th></tr>"
    )
    for m in report["models"]:
        sm = m["summary"]
        lat = f"{sm['latency_ms_mean']:.0f} ms" if sm.get("latency_ms_mean") is not None else "–"
        tok = f"{sm['tokens_mean']:.1f}" if sm.get("tokens_mean") is not None else "–"
        out.append(
            f"<tr><td>{e(m['label'])}</td><td>{_pct(sm['passed'], sm['done'])}</td><td>{lat}</td><td>{tok}</td></tr>"
        )
    out.append("</table>")
    if report["comparisons"]:
        out.append(
            f"<h2>Against {e(report['models'][0]['label'])}</h2><table><tr><th>model</th><th>difference</th>"
            "<th>95 % interval (paired bootstrap)</th><th>only baseline passed</th><th>only this passed</th>"
            "<th>McNemar p</th></tr>"
        )
        for c in report["comparisons"]:
            lo, hi = c["bootstrap_95"]
            out.append(
                f"<tr><td>{e(c['label'])}</td><td>{100 * c['difference']:+.1f} points</td>"
                f"<td>{100 * lo:+.1f} … {100 * hi:+.1f}</td><td>{c['only_baseline_passed']}</td>"
                f"<td>{c['only_this_passed']}</td><td>{c['mcnemar_p']:.3g}</td></tr>"
            )
        out.append("</table>")
    for key, values in report["slices"].items():
        out.append(f"<h2>By {e(key)}</h2><table><tr><th>{e(key)}</th>")
        out += [f"<th>{e(m['label'])}</th>" for m in report["models"]]
        out.append("</tr>")
        for v, cells in values.items():
            out.append(
                f"<tr><td>{e(v)}</td>" + "".join(f"<td>{_pct(c['passed'], c['cases'])}</td>" for c in cells) + "</tr>"
            )
        out.append("</table>")
    out.append("<h2>Cases</h2><table><tr><th>case</th>")
    out += [f"<th>{e(m['label'])}</th>" for m in report["models"]]
    out.append("</tr>")
    for c in report["cases"]:
        tags = " · ".join(f"{k}={v}" for k, v in c["tags"].items())
        out.append(
            f"<tr><td><b>{e(c['id'])}</b> <span class='muted'>{e(c['scorer'])} {e(tags)}</span>"
            f"<div class='ans' dir='auto'>{e(c['prompt'][:400])}</div></td>"
        )
        for o in c["outcomes"]:
            mark = "<span class='pass'>✓ pass</span>" if o["passed"] else "<span class='fail'>✗ fail</span>"
            detail = f" <span class='muted'>{e(o['detail'])}</span>" if o["detail"] else ""
            out.append(f"<td>{mark}{detail}<div class='ans' dir='auto'>{e((o['answer'] or '')[:600])}</div></td>")
        out.append("</tr>")
    out.append("</table></body></html>")
    return "\n".join(out)
