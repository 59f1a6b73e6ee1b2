"""How the evaluation commands print a comparison report (``appliance evals compare``,
``promote``, ``rebase``) and write it as HTML or JSON."""

from __future__ import annotations

from pathlib import Path

from appliance.cli.render import err, out, table
from appliance.messages import M, text


def pct(s: dict) -> str:
    done = s.get("done", s.get("cases", 0))
    return f"{s['passed']}/{done} ({100 * s['passed'] / done:.0f} %)" if done else "–"


def write_report(rep: dict, html_path: str | None, json_path: str | None, verdict: dict | None = None) -> None:
    import json

    from appliance.eval.report import to_html
    from appliance.fsutil import atomic_write_text

    if html_path:
        atomic_write_text(Path(html_path), to_html(rep, verdict=verdict))
        err.print(text(M("cli.eval.report_html", "Report (with the answers, in the clear): {path}", path=html_path)))
    if json_path:
        atomic_write_text(Path(json_path), json.dumps(rep, indent=2, ensure_ascii=False, sort_keys=True))
        err.print(
            text(M("cli.eval.report_json", "Report as JSON (with the answers, in the clear): {path}", path=json_path))
        )


def print_report(rep: dict) -> None:
    table(
        ["model", "passed", "latency (mean)", "tokens/answer"],
        [
            [
                m["label"],
                pct(m["summary"]),
                f"{m['summary']['latency_ms_mean']:.0f} ms" if m["summary"].get("latency_ms_mean") is not None else "–",
                m["summary"].get("tokens_mean") if m["summary"].get("tokens_mean") is not None else "–",
            ]
            for m in rep["models"]
        ],
        title=text(
            M(
                "cli.eval.report_title",
                "Suite {suite} ({cases} cases)",
                suite=rep["suite"]["name"],
                cases=rep["suite"]["cases"],
            )
        ),
    )
    for c in rep["comparisons"]:
        lo, hi = c["bootstrap_95"]
        out.print(
            text(
                M(
                    "cli.eval.comparison",
                    "{model} against {baseline}: {points:+.1f} points (95 % paired bootstrap {lo:+.1f} … {hi:+.1f}); "
                    "only baseline passed {only_baseline}, only this passed {only_this}, McNemar p = {p:.3g}",
                    model=c["label"],
                    baseline=rep["models"][0]["label"],
                    points=100 * c["difference"],
                    lo=100 * lo,
                    hi=100 * hi,
                    only_baseline=c["only_baseline_passed"],
                    only_this=c["only_this_passed"],
                    p=c["mcnemar_p"],
                )
            )
        )
    for key, values in rep["slices"].items():
        table(
            [key, *[m["label"] for m in rep["models"]]],
            [[v, *[f"{c['passed']}/{c['cases']}" for c in cells]] for v, cells in values.items()],
        )
