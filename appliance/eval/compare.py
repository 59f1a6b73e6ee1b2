"""Compare models on one suite version: the one orchestration behind ``appliance evals compare
--suite``, the Evaluate page's "Evaluate and compare" and a line's promotion gate
(``eval/lines.py``).

``compare_on_suite`` takes each model's newest completed evaluation on the suite version (and
target), or evaluates the model first where it has none (or always, with ``rerun``) unless the
options say to refuse instead; checks that the evaluations can be compared (one suite version,
all completed); and builds the comparison report (``eval/report.py``: per case, per slice, the
paired difference of each model against the baseline). ``compare_evaluations`` does the same for
evaluations named by id (``appliance evals compare EV1 EV2 …``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from appliance.errors import InvalidInputError
from appliance.eval.report import compare
from appliance.eval.store import EvalStore, SuiteStore
from appliance.eval.suite import Suite
from appliance.events import CancelToken, EventSink, Progress, ignore
from appliance.messages import M


@dataclass(frozen=True)
class CompareOptions:
    """How ``compare_on_suite`` finds each model and its evaluation."""

    target: str = "gguf"  # the GGUF as served, or "hf": the stored model through transformers
    rerun: bool = False  # evaluate again even where a completed evaluation exists
    evaluate_missing: bool = True  # False: a model with no evaluation is refused (nothing is run)
    as_served: bool = False  # refs resolve as `serve` does (a model, an export id, LINE@CHANNEL)
    show_queue: bool = False  # progress messages say which model is evaluated, n of N
    baseline: int = 0  # the model the others are compared against (first in the report)


@dataclass
class Comparison:
    """A comparison on one suite version: ``entries`` (``{"label", "evaluation", "results"}``)
    and ``report`` in the report's order, the baseline first."""

    suite_row: dict
    suite: Suite
    entries: list[dict]
    report: dict


def compare_on_suite(
    home,
    catalog,
    keys,
    suite: str | dict,
    models: list,
    *,
    labels: list[str] | None = None,
    options: CompareOptions = CompareOptions(),
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
) -> Comparison:
    """Compare ``models`` (refs, or model rows) on ``suite`` (a ref or a suite version row): each
    one's newest completed evaluation on it, evaluated first where needed, in the order given.
    ``labels`` name the models in the report (default: their names)."""
    from appliance.eval.runner import evaluate

    cancel = cancel or CancelToken()
    suites, evals = SuiteStore(home, catalog, keys), EvalStore(home, catalog, keys)
    suite_row = suite if isinstance(suite, dict) else suites.get(suite)
    entries = []
    for i, ref in enumerate(models):
        cancel.check(M("eval.the_evaluation", "The evaluation"))
        model = _model(home, catalog, ref, options.as_served)
        ev = None if options.rerun else evals.latest(model["id"], suite_row["id"], options.target)
        if ev is None:
            if not options.evaluate_missing:
                raise _not_evaluated(ref if isinstance(ref, str) else model["name"], suite_row)
            sink = _queued(on_event, model["name"], i + 1, len(models)) if options.show_queue else on_event
            ev = evaluate(
                home, catalog, keys, model["id"], suite_row["id"], target=options.target, on_event=sink, cancel=cancel
            )
        label = labels[i] if labels else model["name"]
        entries.append({"label": label, "evaluation": ev, "results": evals.read_results(ev)})
    evals.check_comparable([e["evaluation"] for e in entries])
    b = options.baseline
    entries = [entries[b], *entries[:b], *entries[b + 1 :]]
    loaded = suites.load(suite_row)
    return Comparison(suite_row, loaded, entries, compare(loaded, entries))


def compare_evaluations(home, catalog, keys, refs: list[str]) -> Comparison:
    """Compare evaluations by id (one suite version, all completed), the first the baseline; each
    labelled with its model's name."""
    store = EvalStore(home, catalog, keys)
    rows = [store.get(ref) for ref in refs]
    store.check_comparable(rows)
    suites = SuiteStore(home, catalog, keys)
    suite_row = suites.get(rows[0]["suite_id"])
    loaded = suites.load(suite_row)
    entries = [
        {"label": ev["meta"].get("model_name", ev["model_id"]), "evaluation": ev, "results": store.read_results(ev)}
        for ev in rows
    ]
    return Comparison(suite_row, loaded, entries, compare(loaded, entries))


def _model(home, catalog, ref, as_served: bool) -> dict:
    if isinstance(ref, dict):
        return ref
    if as_served:
        from appliance.serving.runtime import resolve_servable

        return catalog.get_model(resolve_servable(home, catalog, ref).model_id)
    return catalog.get_model(ref)


def _queued(on_event: EventSink, name: str, n: int, total: int) -> EventSink:
    """``on_event`` with the model's name and place in the queue in front of each progress message."""

    def relay(event) -> None:
        if isinstance(event, Progress):
            message = M(
                "eval.queue_progress",
                "{model} ({n}/{total}) · {message}",
                model=name,
                n=n,
                total=total,
                message=event.message or event.stage,
            )
            event = dataclasses.replace(event, message=message)
        on_event(event)

    return relay


def _not_evaluated(ref: str, suite_row: dict) -> InvalidInputError:
    return InvalidInputError(
        M(
            "eval.compare.not_evaluated",
            "{model} has no completed evaluation on suite {suite}@{version}.",
            model=ref,
            suite=suite_row["name"],
            version=suite_row["version"],
        ),
        hint=M(
            "eval.compare.not_evaluated.hint",
            "Run `appliance eval {model} --suite {suite}` first.",
            model=ref,
            suite=suite_row["name"],
        ),
    )
