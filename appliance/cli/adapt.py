"""``appliance capture``, ``feedback``, ``drift``, ``adapt`` and ``watch``: a living model on the
command line (docs/adaptation.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from appliance.cli.render import ProgressPrinter, err, out, print_json, table
from appliance.messages import M, Message, text


# appliance capture ----------------------------------------------------------------------------------
@click.command("capture")
@click.argument("line")
@click.option("--on/--off", "enabled", default=None, help="Switch capture of what the line serves on or off.")
@click.option("--retention-days", type=int, help="Delete captured requests older than this (1 to 3650 days).")
@click.option("--max-mb", type=float, help="Stop capturing once the line's captured requests take this much space.")
@click.option("--erase", is_flag=True, help="Crypto-erase everything captured for the line (and switch capture off).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def capture(app, line, enabled, retention_days, max_mb, erase, as_json) -> None:
    """Show or change whether a model line records what it serves (sealed; off by default)."""
    from appliance.adapt.capture import CaptureStore, line_row

    store = CaptureStore(app.home, app.catalog, app.keys() if (enabled or erase) else None)
    if erase:
        n = store.erase(line)
        out.print(
            text(M("cli.capture.erased", "Erased {n} captured request(s) of {line}; capture is off.", n=n, line=line))
        )
        return
    if enabled is not None or retention_days is not None or max_mb is not None:
        max_bytes = int(max_mb * 1024 * 1024) if max_mb is not None else None
        store.configure(line, enabled=enabled, retention_days=retention_days, max_bytes=max_bytes)
    row = line_row(app.catalog, line)
    s = store.settings(row["id"])
    n = app.catalog.db["capture_items"].count_where("line_id = ?", [row["id"]])
    if as_json:
        print_json({**s, "items": n, "bytes": store.used_bytes(row["id"])})
        return
    state = M("cli.capture.on", "on") if s["enabled"] else M("cli.capture.off", "off")
    out.print(
        text(
            M(
                "cli.capture.settings",
                "Capture for {line}: {state}; retention {days} day(s); cap {cap} MiB; {n} request(s) captured ({mb} MiB).",
                line=row["name"],
                state=state,
                days=s["retention_days"],
                cap=round(s["max_bytes"] / 1048576, 1),
                n=n,
                mb=round(store.used_bytes(row["id"]) / 1048576, 2),
            )
        )
    )


# appliance feedback ---------------------------------------------------------------------------------
@click.group()
def feedback() -> None:
    """Feedback on captured answers and its review before anything is learned from it."""


def _rating(r) -> str:
    return {1: "👍", -1: "👎"}.get(r, "")


@feedback.command("list")
@click.argument("line")
@click.option("--status", type=click.Choice(["new", "accepted", "rejected"]), help="Only items in this state.")
@click.option("--all", "show_all", is_flag=True, help="Every captured item, not only those with feedback.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def feedback_list(app, line, status, show_all, limit, as_json) -> None:
    """A line's captured items (no text: ids, times, ratings, review state)."""
    from appliance.adapt.capture import CaptureStore

    rows = CaptureStore(app.home, app.catalog).items(line, status=status, feedback_only=not show_all, limit=limit)
    if as_json:
        print_json(rows)
        return
    table(
        ["ID", "CREATED", "SOURCE", "RATING", "CORRECTED", "STATUS", "DATASET"],
        [
            [
                r["id"],
                r["created_at"],
                r["source"],
                _rating(r["rating"]),
                "✓" if r["corrected"] else "",
                r["status"],
                r.get("dataset_id") or "",
            ]
            for r in rows
        ],
    )


def _show_doc(doc: dict) -> None:
    for m in doc.get("messages") or []:
        out.print(f"[bold]{m['role']}:[/bold] {m['content']}", markup=True, highlight=False)
    out.print(f"[bold]answer:[/bold] {doc.get('answer') or ''}", highlight=False)
    for f in doc.get("feedback") or []:
        bits = [_rating(f.get("rating"))]
        if f.get("correction"):
            bits.append(f"correction: {f['correction']}")
        if f.get("comment"):
            bits.append(f"comment: {f['comment']}")
        out.print(f"[bold]feedback ({f.get('source')}):[/bold] " + " · ".join(b for b in bits if b), highlight=False)
    if doc.get("edited_answer"):
        out.print(f"[bold]edited answer:[/bold] {doc['edited_answer']}", highlight=False)


@feedback.command("show")
@click.argument("item")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def feedback_show(app, item, as_json) -> None:
    """One captured item's text (decrypted; the read is audited)."""
    from appliance.adapt.capture import CaptureStore

    store = CaptureStore(app.home, app.catalog, app.keys())
    doc = store.read([store.find(item)], purpose="review")[0]
    if as_json:
        print_json(doc)
    else:
        _show_doc(doc)


@feedback.command("give")
@click.argument("response_id")
@click.option("--rating", type=click.Choice(["up", "down"]))
@click.option("--correction", help="The answer it should have given.")
@click.option("--comment")
@click.pass_obj
def feedback_give(app, response_id, rating, correction, comment) -> None:
    """Feedback on a captured answer (a response id, request id or item id)."""
    from appliance.adapt.capture import CaptureStore

    done = CaptureStore(app.home, app.catalog, app.keys()).feedback(
        response_id, rating=rating, correction=correction, comment=comment, source="cli"
    )
    out.print(
        text(M("cli.feedback.recorded", "Feedback {id} recorded on {item}.", id=done["id"], item=done["item_id"]))
    )


@feedback.command("review")
@click.argument("ref")
@click.option("--accept", "decision", flag_value="accept", help="Accept ITEM for training.")
@click.option("--reject", "decision", flag_value="reject", help="Reject ITEM.")
@click.option("--answer", help="With --accept: the answer to learn instead (an edit).")
@click.option(
    "--redact", "spans", multiple=True, help="With --accept: text replaced by [redacted] everywhere (repeatable)."
)
@click.option(
    "--accept-corrected", is_flag=True, help="REF a line: accept each of its new items that carries a correction."
)
@click.pass_obj
def feedback_review(app, ref, decision, answer, spans, accept_corrected) -> None:
    """Review captured items: REF an item with --accept/--reject, or a line to go through its new
    items with feedback one by one (a: accept, e: accept with an edit, x: redact, r: reject, s: skip, q: quit)."""
    from appliance.adapt.capture import CaptureStore

    store = CaptureStore(app.home, app.catalog, app.keys())
    if accept_corrected:
        rows = [r for r in store.items(ref, status="new", feedback_only=True) if r["corrected"]]
        for r in rows:
            store.decide(r["id"], "accept", reason="a user's correction, accepted in bulk")
        out.print(
            text(M("cli.feedback.accepted_n", "Accepted {n} corrected item(s) of {line}.", n=len(rows), line=ref))
        )
        return
    if decision:
        row = store.decide(ref, decision, answer=answer, redact=list(spans))
        out.print(text(M("cli.feedback.decided", "{item}: {status}.", item=row["id"], status=row["status"])))
        return
    rows = list(reversed(store.items(ref, status="new", feedback_only=True)))
    if not rows:
        out.print(text(M("cli.feedback.nothing", "Nothing to review: no new item of {line} has feedback.", line=ref)))
        return
    for row in rows:
        out.rule(row["id"])
        _show_doc(store.read([row], purpose="review")[0])
        choice = click.prompt("a/e/x/r/s/q", type=click.Choice(list("aexrsq")), show_choices=False)
        if choice == "q":
            break
        if choice == "s":
            continue
        if choice == "r":
            store.decide(row["id"], "reject")
        elif choice == "a":
            store.decide(row["id"], "accept")
        elif choice == "e":
            store.decide(row["id"], "accept", answer=click.prompt("answer"))
        else:
            store.decide(row["id"], "accept", redact=[click.prompt("text to redact")])


@feedback.command("dataset")
@click.argument("line")
@click.option("--kind", type=click.Choice(["chat", "preference", "judgement"]), default="chat", show_default=True)
@click.option("--name", help="Dataset name (default: LINE-feedback).")
@click.pass_obj
def feedback_dataset(app, line, kind, name) -> None:
    """A new dataset version from the line's accepted, unused feedback."""
    from appliance.adapt.review import dataset_from_feedback

    made = dataset_from_feedback(app.home, app.catalog, app.keys(), line, kind=kind, name=name)
    ds = made["dataset"]
    out.print(
        text(
            M(
                "cli.feedback.dataset",
                "Dataset {name} v{version} ({id}): {rows} {kind} row(s) from {items} accepted item(s).",
                name=ds["name"],
                version=ds["version"],
                id=ds["id"],
                rows=made["rows"],
                kind=kind,
                items=made["items"],
            )
        )
    )


# appliance drift ---------------------------------------------------------------------------------------
@click.group()
def drift() -> None:
    """Drift of a line's traffic against its reference (detectors with a stated false-alarm rate)."""


def _print_check(row: dict) -> None:
    res = row["result"]
    rows = []
    for r in res["results"]:
        why = Message.from_dict(r["why_not"]).render() if r.get("why_not") else ""
        p = f"{r['p_value']:.2g}" if r.get("p_value") is not None else ""
        th = f"{r['threshold']:.2g}" if r.get("threshold") is not None else ""
        rows.append([r["name"], p, th, "ALARM" if r.get("alarm") else ("" if r["ran"] else why)])
    table(["DETECTOR", "P-VALUE", "THRESHOLD", ""], rows)
    verdict = M("cli.drift.alarm", "drift alarm") if row["alarm"] else M("cli.drift.none", "no drift found")
    out.print(
        text(
            M(
                "cli.drift.summary",
                "{id}: {verdict} ({n} requests against {ref} reference rows; false-alarm rate {alpha} per check).",
                id=row["id"],
                verdict=verdict,
                n=row["n_window"],
                ref=row["n_reference"],
                alpha=res["alpha"],
            )
        )
    )


@drift.command("check")
@click.argument("line")
@click.option("--window", type=int, help="Requests in the window (default: the policy's, else 100).")
@click.option(
    "--embeddings/--no-embeddings",
    default=None,
    help="Also compare the prompts' embeddings by the production model (its llama-server; default: the policy's).",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def drift_check(app, line, window, embeddings, as_json) -> None:
    """Check a line's newest captured requests for drift now (stored and audited)."""
    from appliance.adapt.capture import line_row
    from appliance.adapt.loop import drift_check as check
    from appliance.adapt.policy import policy_from_dict

    row_line = line_row(app.catalog, line)
    if embeddings is None:
        embeddings = policy_from_dict((row_line.get("meta") or {}).get("policy")).triggers.drift_embeddings
    row = check(app.home, app.catalog, app.keys(), row_line, window=window, embeddings=embeddings)
    print_json(row) if as_json else _print_check(row)


@drift.command("canary")
@click.argument("line")
@click.option("--alpha", type=float, default=0.01, show_default=True, help="The check's false-alarm rate.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def drift_canary(app, line, alpha, as_json) -> None:
    """Run the line's suites on production now and compare case by case with its last evaluation."""
    from appliance.adapt.canary import canary_check

    row = canary_check(app.home, app.catalog, app.keys(), line, alpha=alpha, on_event=ProgressPrinter())
    print_json(row) if as_json else _print_check(row)


@drift.command("history")
@click.argument("line")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def drift_history(app, line, as_json) -> None:
    """The line's drift checks, newest first."""
    from appliance.adapt.loop import AdaptStore

    rows = AdaptStore(app.home, app.catalog).drift_checks(line)
    if as_json:
        print_json(rows)
        return
    table(
        ["ID", "CREATED", "WINDOW", "ALARM", "DETECTORS"],
        [
            [
                r["id"],
                r["created_at"],
                r["n_window"],
                "✓" if r["alarm"] else "",
                ", ".join(x["name"] for x in r["result"]["results"] if x.get("alarm")),
            ]
            for r in rows
        ],
    )


# appliance adapt / watch --------------------------------------------------------------------------------
@click.group()
def adapt() -> None:
    """Adaptation policies and the retrains they start (through the line's gate)."""


@adapt.command("policy")
@click.argument("line")
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def adapt_policy(app, line, path) -> None:
    """Set a line's policy from a TOML file (checked first), or show it."""
    from appliance.adapt.loop import AdaptStore

    store = AdaptStore(app.home, app.catalog, app.keys() if path else None)
    if path:
        store.set_policy(line, path)
        out.print(
            text(
                M(
                    "cli.adapt.policy_set",
                    "Policy of {line} set from {path}; `appliance watch` acts on it.",
                    line=line,
                    path=str(path),
                )
            )
        )
    print_json(store.policy(line))


@adapt.command("runs")
@click.argument("line", required=False)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def adapt_runs(app, line, as_json) -> None:
    """Adapt runs, newest first."""
    from appliance.adapt.loop import AdaptStore

    rows = AdaptStore(app.home, app.catalog).runs(line)
    if as_json:
        print_json(rows)
        return
    table(
        ["ID", "UPDATED", "STATE", "TRIGGER", "MODEL", "ERROR"],
        [
            [
                r["id"],
                r["updated_at"],
                r["state"],
                (r["trigger"] or {}).get("reason", ""),
                (r["steps"] or {}).get("model_id", ""),
                (r.get("error") or "")[:80],
            ]
            for r in rows
        ],
    )


@adapt.command("retrain")
@click.argument("line")
@click.option("--reason", default="operator", show_default=True)
@click.pass_obj
def adapt_retrain(app, line, reason) -> None:
    """Retrain a line now under its policy (data, training, export, gate, promotion or approval)."""
    from appliance.adapt.loop import retrain_now

    run = retrain_now(app.home, app.catalog, app.keys(), line, reason=reason, on_event=ProgressPrinter(log_every=10.0))
    _said(run)


def _said(run: dict) -> None:
    out.print(text(M("cli.adapt.run_state", "Adapt run {id}: {state}.", id=run["id"], state=run["state"])))
    if run.get("error"):
        err.print(run["error"], highlight=False)
    if run["state"] == "failed":
        raise SystemExit(1)


@adapt.command("approve")
@click.argument("run_id")
@click.pass_obj
def adapt_approve(app, run_id) -> None:
    """Approve a run waiting for approval: its candidate is promoted through the gate."""
    from appliance.adapt.loop import AdaptStore

    _said(AdaptStore(app.home, app.catalog, app.keys()).approve(run_id, on_event=ProgressPrinter()))


@adapt.command("refuse")
@click.argument("run_id")
@click.pass_obj
def adapt_refuse(app, run_id) -> None:
    """Refuse a run waiting for approval (production is unchanged)."""
    from appliance.adapt.loop import AdaptStore

    _said(AdaptStore(app.home, app.catalog, app.keys()).refuse(run_id))


@adapt.command("cancel")
@click.argument("run_id")
@click.pass_obj
def adapt_cancel(app, run_id) -> None:
    """Cancel a run (one under way stops at its next check)."""
    from appliance.adapt.loop import AdaptStore

    _said(AdaptStore(app.home, app.catalog, app.keys()).cancel(run_id))


@click.command("watch")
@click.option("--once", is_flag=True, help="One pass over the watched lines, then exit.")
@click.option("--interval", type=float, default=30.0, show_default=True, help="Seconds between passes.")
@click.pass_obj
def watch(app, once, interval) -> None:
    """The adaptation service: watch every line with a policy and act on its triggers (SIGTERM stops
    it; a run under way is resumed at the next start)."""
    import signal
    import threading

    from appliance.adapt.loop import Watcher

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_a: stop.set())
    w = Watcher(app.home, app.catalog, app.keys(), on_event=ProgressPrinter(log_every=10.0), stop=stop)
    out.print(text(M("cli.watch.watching", "Watching {n} line(s) with a policy.", n=len(w.store.watched()))))
    if once:
        for run in w.tick():
            _said(run)
        return
    while not stop.is_set():
        for run in w.tick():
            out.print(json.dumps({"run": run["id"], "state": run["state"]}))
        stop.wait(interval)
