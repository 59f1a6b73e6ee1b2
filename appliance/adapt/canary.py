"""Canary runs: the line's suites run again on what production serves now, compared case by case
with production's previous evaluation on the same suite version (docs/adaptation.md, "Canary
runs"). Evaluation is deterministic (greedy, seed 0), so the same model in the same runtime gives
the same answers: cases that passed and now fail mean something under the model changed (the
runtime, the export file, a judge). Each suite is one detector: an exact one-sided binomial
(sign) test on the discordant cases (passed then, failed now against the reverse), its threshold
``alpha`` divided by the number of suites compared (Bonferroni). Stored as a drift check (its
results named ``canary:<suite>``) and audited as ``adapt.canary``."""

from __future__ import annotations

import json

from appliance.adapt.capture import line_row
from appliance.audit.actions import action
from appliance.errors import InvalidInputError
from appliance.events import EventSink, ignore
from appliance.ids import new_id, utc_now
from appliance.messages import M


def _production(catalog, line: dict) -> dict:
    from appliance.eval.lines import Lines

    lines = Lines(None, catalog)
    model = lines.channel_model(lines.get(line["id"]), "production")
    if model is None:
        raise InvalidInputError(
            M(
                "adapt.canary_no_production",
                "Line {line} has no production model to run canaries on.",
                line=line["name"],
            ),
            hint=M(
                "adapt.canary_no_production.hint",
                "Promote one first: `appliance promote {line} MODEL`.",
                line=line["name"],
            ),
        )
    return model


def _suite_result(store, suite_row: dict, now: dict, before: dict | None, threshold: float) -> dict:
    from scipy import stats

    name = f"canary:{suite_row['name']}"
    if before is None:
        why = M("adapt.canary_no_before", "production has no earlier evaluation on this suite version to compare with")
        return {"name": name, "ran": False, "statistic": None, "p_value": None, "threshold": None, "alarm": False,
                "why_not": why.to_dict(), "detail": {"now": now["id"]}}  # fmt: skip
    was, got = store.read_results(before), store.read_results(now)
    shared = sorted(set(was) & set(got))
    worse = sum(1 for c in shared if was[c].get("passed") and not got[c].get("passed"))
    better = sum(1 for c in shared if not was[c].get("passed") and got[c].get("passed"))
    p = stats.binomtest(worse, worse + better, 0.5, alternative="greater").pvalue if worse + better else 1.0
    return {
        "name": name,
        "ran": True,
        "statistic": float(worse - better),
        "p_value": float(p),
        "threshold": threshold,
        "alarm": bool(p < threshold),
        "why_not": None,
        "detail": {
            "before": {"evaluation": before["id"], "passed": sum(1 for c in shared if was[c].get("passed"))},
            "now": {"evaluation": now["id"], "passed": sum(1 for c in shared if got[c].get("passed"))},
            "worse": worse,
            "better": better,
            "cases": len(shared),
            "test": "sign test (exact binomial, one-sided)",
        },
    }


def canary_check(home, catalog, keys, line_ref: str, *, alpha: float = 0.01, on_event: EventSink = ignore) -> dict:
    """Run each of the line's suites on production now and compare; returns the stored drift-check row."""
    from appliance.eval.runner import evaluate
    from appliance.eval.store import EvalStore, SuiteStore

    line = line_row(catalog, line_ref)
    model = _production(catalog, line)
    suites, store = SuiteStore(home, catalog, keys), EvalStore(home, catalog, keys)
    threshold = alpha / max(1, len(line["suites"]))
    with action(
        catalog, "adapt.canary", objects=[line["id"], model["id"]], params={"suites": line["suites"], "alpha": alpha}
    ) as act:
        results = []
        for suite_name in line["suites"]:
            row = suites.get(suite_name)
            before = store.latest(model["id"], row["id"])
            now = evaluate(home, catalog, keys, model["id"], row["id"], on_event=on_event)
            results.append(_suite_result(store, row, now, before, threshold))
        alarm = any(r["alarm"] for r in results)
        cid = new_id("dc")
        result = {
            "alpha": alpha,
            "n_reference": 0,
            "n_window": 0,
            "results": results,
            "reference": "evaluations",
            "canary": True,
        }
        row = {
            "id": cid,
            "line_id": line["id"],
            "created_at": utc_now(),
            "window_from": None,
            "window_to": None,
            "n_window": 0,
            "n_reference": 0,
            "alarm": int(alarm),
            "result": json.dumps(result),
        }
        act.add_object(cid)
        act.output(alarm=alarm, p_values={r["name"]: r["p_value"] for r in results})
        with catalog.atomic():
            catalog.db["drift_checks"].insert(row, pk="id")
    return {**row, "result": result}
