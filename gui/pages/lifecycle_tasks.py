"""The Lifecycle page's jobs: each one core call the command line makes (capture settings, review
decisions, a dataset from feedback, a drift check, a retrain and its approval), as module-level
functions so that the heavy ones (a drift check loads the line's tokenizer; a retrain trains,
merges, exports and judges) can run in a worker process (``gui/isolated.py``). No Qt here.

Each takes the job context first (``gui.isolated.JobContext``); the page binds the rest with
``functools.partial``. Results are plain data.
"""

from __future__ import annotations

import importlib.util


def loop_available() -> bool:
    """Whether this build has the retraining loop (``appliance/adapt/loop.py``)."""
    return importlib.util.find_spec("appliance.adapt.loop") is not None


def configure(ctx, line: str, enabled: bool, retention_days: int, max_bytes: int) -> dict:
    """``CaptureStore.configure`` (audited ``capture.configure``): the line's new settings."""
    from appliance.adapt.capture import CaptureStore

    return CaptureStore(ctx.home, ctx.catalog, ctx.keys).configure(
        line, enabled=enabled, retention_days=retention_days, max_bytes=max_bytes
    )


def read_item(ctx, item_id: str) -> dict:
    """One captured item decrypted for review (audited ``capture.read``, purpose ``review``)."""
    from appliance.adapt.capture import CaptureStore, answer_to_learn

    store = CaptureStore(ctx.home, ctx.catalog, ctx.keys)
    doc = store.read([store.find(item_id)], purpose="review")[0]
    return {"item_id": item_id, "doc": doc, "learn": answer_to_learn(doc)}


def decide(ctx, item_id: str, decision: str, answer: str | None, redact: list[str]) -> dict:
    """``CaptureStore.decide`` (audited ``capture.review``): the item's row after the decision."""
    from appliance.adapt.capture import CaptureStore

    return CaptureStore(ctx.home, ctx.catalog, ctx.keys).decide(item_id, decision, answer=answer, redact=redact)


def make_dataset(ctx, line: str, kind: str) -> dict:
    """``dataset_from_feedback`` (audited ``feedback.dataset``): the new version and its counts."""
    from appliance.adapt.review import dataset_from_feedback

    out = dataset_from_feedback(ctx.home, ctx.catalog, ctx.keys, line, kind=kind)
    ds = out["dataset"]
    return {"dataset": {k: ds.get(k) for k in ("id", "name", "version")}, "items": out["items"], "rows": out["rows"]}


def feedback(ctx, item_id: str, rating: int | None, correction: str | None) -> dict:
    """``CaptureStore.feedback`` from the Playground (audited ``capture.feedback``)."""
    from appliance.adapt.capture import CaptureStore

    return CaptureStore(ctx.home, ctx.catalog, ctx.keys).feedback(
        item_id, rating=rating, correction=correction, source="playground"
    )


def check_drift(ctx, line: str) -> dict:
    """``appliance drift check LINE``: the check's row (stored in ``drift_checks``), with the
    production model's embeddings when the line's policy says so, as the command line does."""
    from appliance.adapt import loop
    from appliance.adapt.capture import line_row
    from appliance.adapt.policy import policy_from_dict

    row = line_row(ctx.catalog, line)
    if not hasattr(loop, "drift_check"):  # a loop without served embeddings
        return loop.check_drift_now(ctx.home, ctx.catalog, ctx.keys, row["id"])
    embeddings = policy_from_dict((row.get("meta") or {}).get("policy")).triggers.drift_embeddings
    return loop.drift_check(ctx.home, ctx.catalog, ctx.keys, row, embeddings=embeddings)


def retrain(ctx, line: str) -> dict:
    """``retrain_now`` with its progress: the adapt run's row. The page's Cancel is an operator's
    cancel of the run (``AdaptStore.cancel``, as ``appliance adapt cancel RUN``): the run ends
    ``cancelled`` at its next safe point, not left to be resumed."""
    import inspect
    import threading

    from appliance.adapt.loop import retrain_now

    stop = threading.Event()

    def cancel_run() -> None:
        from appliance.adapt.capture import line_row
        from appliance.adapt.loop import AdaptStore
        from appliance.catalog import Catalog
        from appliance.errors import ApplianceError

        try:
            with Catalog.open(ctx.home) as cat:  # the cancelling thread's own connection
                store = AdaptStore(ctx.home, cat, ctx.keys)
                run = store.active(line_row(cat, line)["id"])
                if run is not None:
                    store.cancel(run["id"])
        except ApplianceError:
            pass  # the run ended meanwhile
        finally:
            stop.set()

    undo = ctx.cancel.on_cancel(lambda: threading.Thread(target=cancel_run, daemon=True).start())
    how = {"cancel": ctx.cancel} if "cancel" in inspect.signature(retrain_now).parameters else {"stop": stop}
    try:
        return retrain_now(ctx.home, ctx.catalog, ctx.keys, line, reason="operator", on_event=ctx.on_event, **how)
    finally:
        undo()


def run_action(ctx, run_id: str, what: str) -> dict:
    """``AdaptStore.approve`` (a promotion through the gate: progress and Cancel) / ``refuse`` /
    ``cancel`` of one adapt run: the run's row after it."""
    from appliance.adapt.loop import AdaptStore

    store = AdaptStore(ctx.home, ctx.catalog, ctx.keys)
    if what == "approve":
        return store.approve(run_id, on_event=ctx.on_event, cancel=ctx.cancel)
    return {"refuse": store.refuse, "cancel": store.cancel}[what](run_id)
