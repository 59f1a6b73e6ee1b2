"""The adaptation loop: triggers turned into retrains that go through the line's gate
(docs/adaptation.md, "The loop").

A line with a policy (``AdaptStore.set_policy``; appliance/adapt/policy.py) is watched by
``Watcher.tick`` (``appliance watch`` calls it every ``--interval`` seconds): files dropped in the
policy's folder are imported encrypted (a bad one moved to ``rejected/`` with its reason, the loop
going on), new versions of the policy's datasets, a drift alarm (``check_drift_now``, every
``drift_every`` newly captured requests), ``feedback_count`` accepted and unused feedback items, or
the schedule start an **adapt run**. A run's steps, each persisted in ``adapt_runs`` before it
starts and audited as ``adapt.step`` with its reason:

``data``       the new rows (accepted feedback as a dataset version, new or dropped dataset
               versions) plus a ``replay`` share drawn from the line's earlier data, imported as
               one sealed version ``<line>-retrain``; too few new rows ends the run ``no_data``
``training``   the line's recipe on it: incrementally from the production model's run
               (``run.from_run``: its LoRA adapter) or from the base (``full``)
``merging``, ``exporting`` (the production export's quantization, through the export gate)
``judging``    the candidate beside production on the line's suites, checked by the gate
then ``promoted`` (``promote.mode = "auto"`` and the gate passed), ``waiting_approval``
(``approval``: ``AdaptStore.approve`` promotes through the gate again), ``refused`` (the gate
said no: production is unchanged), ``failed`` (the error is kept; production is unchanged), or
``cancelled``. One run at a time per line. A run the watch service did not finish (it was
stopped or killed) is resumed at its step by the next tick: the training run, the merged model
and the export are found by their names and reused, an interrupted training run resumed from its
last checkpoint.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import threading
from datetime import datetime, timezone
from pathlib import Path

from appliance.adapt.capture import CaptureStore, line_row
from appliance.adapt.checks import MIN_WINDOW, check_drift_now, drift_check  # noqa: F401 - also the loop's callers
from appliance.adapt.execution import FINAL, STATES, STEPS, Execution  # noqa: F401 - the states, where they were
from appliance.adapt.policy import Policy, load_policy, policy_from_dict
from appliance.audit.actions import action
from appliance.errors import ApplianceError, Cancelled, GateFailed, InvalidInputError, NotFoundError
from appliance.events import CancelToken, EventSink, Progress, ignore
from appliance.ids import new_id, utc_now
from appliance.messages import M


def _dec(row: dict) -> dict:
    out = dict(row)
    for k in ("trigger", "steps", "result", "meta", "dataset_ids", "recipe", "suites", "gate"):
        if isinstance(out.get(k), str):
            with contextlib.suppress(ValueError):
                out[k] = json.loads(out[k])
    return out


class AdaptStore:
    """Policies, adapt runs and drift checks of a workspace's lines."""

    def __init__(self, home, catalog, keys=None):
        self.home, self.catalog, self.keys = home, catalog, keys

    # Policies ---------------------------------------------------------------------------------
    def set_policy(self, line_ref: str, path: Path) -> dict:
        """Check a policy file and store it on the line (audited ``adapt.policy``)."""
        policy = load_policy(path)
        line = line_row(self.catalog, line_ref)
        with action(
            self.catalog, "adapt.policy", objects=[line["id"]], params={"line": line["name"], **policy.to_dict()}
        ):
            self._set_meta(line, policy=policy.to_dict())
        return policy.to_dict()

    def policy(self, line_ref: str) -> dict | None:
        return (line_row(self.catalog, line_ref).get("meta") or {}).get("policy")

    def _set_meta(self, line: dict, **fields) -> None:
        """Inside the caller's audited action."""
        row = line_row(self.catalog, line["id"])
        meta = {**(row.get("meta") or {}), **fields}
        with self.catalog.atomic():
            self.catalog.db["lines"].update(line["id"], {"meta": json.dumps(meta)})

    def watched(self) -> list[dict]:
        return [_dec(r) for r in self.catalog.db["lines"].rows if "policy" in (json.loads(r["meta"] or "{}"))]

    # Runs ---------------------------------------------------------------------------------------
    def runs(self, line_ref: str | None = None) -> list[dict]:
        if line_ref is None:
            rows = self.catalog.db["adapt_runs"].rows_where(order_by="created_at desc")
        else:
            line = line_row(self.catalog, line_ref)
            rows = self.catalog.db["adapt_runs"].rows_where("line_id = ?", [line["id"]], order_by="created_at desc")
        return [_dec(r) for r in rows]

    def run(self, run_id: str) -> dict:
        rows = list(self.catalog.db["adapt_runs"].rows_where("id = ? OR id LIKE ?", [run_id, run_id + "%"], limit=2))
        if len(rows) != 1:
            raise NotFoundError(
                M("adapt.run_not_found", "No adapt run {id}.", id=run_id),
                hint=M("adapt.run_not_found.hint", "`appliance adapt runs LINE` lists them."),
            )
        return _dec(rows[0])

    def active(self, line_id: str) -> dict | None:
        rows = [r for r in self.runs(line_id) if r["state"] not in FINAL]
        return rows[0] if rows else None

    def create_run(self, line: dict, trigger: dict) -> dict:
        rid = new_id("ad")
        with action(self.catalog, "adapt.start", objects=[line["id"], rid], params={"line": line["name"], **trigger}):
            now = utc_now()
            with self.catalog.atomic():
                self.catalog.db["adapt_runs"].insert(
                    {
                        "id": rid,
                        "line_id": line["id"],
                        "state": "queued",
                        "trigger": json.dumps(trigger),
                        "steps": "{}",
                        "created_at": now,
                        "updated_at": now,
                    },
                    pk="id",
                )
        return self.run(rid)

    def step(self, run: dict, state: str, reason: str, error: str | None = None, **steps) -> dict:
        """Move a run to ``state`` (audited ``adapt.step`` with ``reason``), recording ``steps``."""
        merged = {**(run.get("steps") or {}), **steps}
        objects = [run["line_id"], run["id"], *[v for v in steps.values() if isinstance(v, str) and "-" in v]]
        with action(
            self.catalog, "adapt.step", objects=objects, params={"state": state, "reason": reason, "error": error}
        ):
            with self.catalog.atomic():
                self.catalog.db["adapt_runs"].update(
                    run["id"], {"state": state, "steps": json.dumps(merged), "error": error, "updated_at": utc_now()}
                )
        return self.run(run["id"])

    def cancel(self, run_id: str) -> dict:
        """Ask a run to stop: one waiting (queued, or for approval) stops now; one under way at its
        next check (the watch service polls for it)."""
        run = self.run(run_id)
        if run["state"] in FINAL:
            raise InvalidInputError(
                M("adapt.run_over", "Adapt run {id} is already {state}.", id=run["id"], state=run["state"]),
                hint=M("adapt.run_over.hint", "Nothing to cancel."),
            )
        if run["state"] in ("queued", "waiting_approval"):
            return self.step(run, "cancelled", "cancelled by an operator")
        return self.step(run, run["state"], "cancel requested by an operator", cancel_requested=True)

    def refuse(self, run_id: str) -> dict:
        run = self.run(run_id)
        self._need_waiting(run)
        return self.step(run, "refused", "refused by an operator")

    def approve(self, run_id: str, *, on_event: EventSink = ignore, cancel: CancelToken | None = None) -> dict:
        """An operator's approval: the candidate promoted to production through the gate."""
        from appliance.eval.lines import Lines

        run = self.run(run_id)
        self._need_waiting(run)
        line = line_row(self.catalog, run["line_id"])
        try:
            Lines(self.home, self.catalog, self.keys).promote(
                line["name"], run["steps"]["model_id"], on_event=on_event, cancel=cancel, initiator="adapt"
            )
        except GateFailed as exc:
            return self.step(run, "refused", "the gate refused it at approval", error=exc.msg.render("en"))
        self._adopt_data(line, run)
        return self.step(run, "promoted", "approved by an operator; the gate passed")

    def _need_waiting(self, run: dict) -> None:
        if run["state"] != "waiting_approval":
            raise InvalidInputError(
                M(
                    "adapt.not_waiting",
                    "Adapt run {id} is {state}, not waiting for approval.",
                    id=run["id"],
                    state=run["state"],
                ),
                hint=M("adapt.not_waiting.hint", "Only a run waiting for approval can be approved or refused."),
            )

    def _adopt_data(self, line: dict, run: dict) -> None:
        """The new data joins the line's datasets (what later retrains replay and drift compares with)."""
        new = [d for d in (run["steps"].get("new_datasets") or []) if d not in line["dataset_ids"]]
        if new:
            with action(self.catalog, "adapt.line_data", objects=[line["id"], *new], params={"added": new}):
                with self.catalog.atomic():
                    self.catalog.db["lines"].update(line["id"], {"dataset_ids": json.dumps(line["dataset_ids"] + new)})

    # Drift history ------------------------------------------------------------------------------
    def drift_checks(self, line_ref: str, limit: int = 50) -> list[dict]:
        line = line_row(self.catalog, line_ref)
        rows = self.catalog.db["drift_checks"].rows_where(
            "line_id = ?", [line["id"]], order_by="created_at desc", limit=limit
        )
        return [_dec(r) for r in rows]

    def timeline(self, line_ref: str) -> list[dict]:
        """What happened to a line, newest first: promotions, drift alarms, adapt runs, dataset versions."""
        line = line_row(self.catalog, line_ref)
        out = []
        for e in self.catalog.db["line_events"].rows_where("line_id = ?", [line["id"]]):
            out.append(
                {
                    "at": e["created_at"],
                    "kind": e["kind"],
                    "text": M(
                        "adapt.tl.event",
                        "{kind} {model} to {channel}",
                        kind=e["kind"],
                        model=e["model_id"],
                        channel=e["channel"] or "",
                    ).to_dict(),
                    "ids": [e["model_id"]],
                }
            )
        for c in self.drift_checks(line["id"], limit=200):
            if c["alarm"]:
                alarms = ", ".join(r["name"] for r in c["result"]["results"] if r.get("alarm"))
                out.append(
                    {
                        "at": c["created_at"],
                        "kind": "drift",
                        "text": M("adapt.tl.drift", "drift alarm: {alarms}", alarms=alarms).to_dict(),
                        "ids": [c["id"]],
                    }
                )
        for r in self.runs(line["id"]):
            reason = (r["trigger"] or {}).get("reason", "")
            out.append(
                {
                    "at": r["updated_at"],
                    "kind": "run",
                    "text": M(
                        "adapt.tl.run",
                        "adapt run {id}: {state} ({reason})",
                        id=r["id"],
                        state=r["state"],
                        reason=reason,
                    ).to_dict(),
                    "ids": [r["id"]],
                }
            )
        for d in line["dataset_ids"]:
            row = self.catalog.row_by_id("datasets", d)
            if row:
                out.append(
                    {
                        "at": row["created_at"],
                        "kind": "dataset",
                        "text": M(
                            "adapt.tl.dataset", "dataset {name} v{version}", name=row["name"], version=row["version"]
                        ).to_dict(),
                        "ids": [d],
                    }
                )
        return sorted(out, key=lambda e: e["at"], reverse=True)


# The loop ------------------------------------------------------------------------------------------
class _RunCancel(CancelToken):
    """Cancelled when an operator asks (the run's ``cancel_requested``, polled) or the service stops."""

    def __init__(self, home, run_id: str, stop: threading.Event):
        super().__init__()
        self.home, self.run_id, self.stop = home, run_id, stop
        self.by_operator = False
        self._done = threading.Event()
        threading.Thread(target=self._poll, daemon=True, name="adapt-cancel").start()

    def _poll(self) -> None:
        from appliance.catalog import Catalog

        with Catalog.open(self.home) as cat:
            while not self._done.wait(1.0):
                row = cat.db["adapt_runs"].get(self.run_id)
                if (json.loads(row["steps"] or "{}")).get("cancel_requested"):
                    self.by_operator = True
                    self.cancel()
                    return
                if self.stop.is_set():
                    self.cancel()
                    return

    def close(self) -> None:
        self._done.set()


class Watcher:
    """One pass over the watched lines per ``tick``; ``run_forever`` ticks until ``stop`` is set."""

    def __init__(self, home, catalog, keys, *, on_event: EventSink = ignore, stop: threading.Event | None = None):
        self.home, self.catalog, self.keys = home, catalog, keys
        self.store = AdaptStore(home, catalog, keys)
        self.on_event = on_event
        self.stop = stop or threading.Event()

    def run_forever(self, interval: float = 30.0) -> None:
        while not self.stop.is_set():
            self.tick()
            self.stop.wait(interval)

    def tick(self) -> list[dict]:
        """Every watched line once; returns the adapt runs this tick finished or moved."""
        with contextlib.suppress(Exception):
            CaptureStore(self.home, self.catalog, self.keys).purge_expired()
        done = []
        for line in self.store.watched():
            try:
                run = self._line(line)
            except ApplianceError as exc:  # one line's trouble never stops the others
                self.on_event(Progress("watch", message=exc.msg, done=0, total=0))
                continue
            if run is not None:
                done.append(run)
        return done

    def _line(self, line: dict) -> dict | None:
        policy = policy_from_dict(line["meta"]["policy"])
        run = self.store.active(line["id"])
        if run is not None:
            return None if run["state"] == "waiting_approval" else self.execute(run, policy)
        trigger = self._trigger(line, policy)
        if trigger is None:
            return None
        return self.execute(self.store.create_run(line, trigger), policy)

    # Triggers -----------------------------------------------------------------------------------
    def _trigger(self, line: dict, policy: Policy) -> dict | None:
        t, meta = policy.triggers, line.get("meta") or {}
        state = dict(meta.get("adapt") or {})
        trigger = None
        dropped = self._drops(line, policy) if t.watch_folder else []
        if dropped:
            trigger = {
                "kind": "folder",
                "reason": f"{len(dropped)} file(s) dropped in the watched folder",
                "datasets": dropped,
            }
        seen = dict(state.get("seen") or {})
        newer = []
        for name in t.datasets:
            rows = list(self.catalog.db["datasets"].rows_where("name = ?", [name], order_by="version desc", limit=1))
            if rows and rows[0]["version"] > seen.get(name, 0) and rows[0]["id"] not in line["dataset_ids"]:
                newer.append(rows[0]["id"])
            if rows:
                seen[name] = rows[0]["version"]
        if newer and trigger is None:
            trigger = {"kind": "dataset", "reason": f"new dataset version(s) {', '.join(newer)}", "datasets": newer}
        captured = self.catalog.db["capture_items"].count_where("line_id = ?", [line["id"]])
        checked = int(state.get("checked_at_count") or 0)
        if trigger is None and t.drift and captured - checked >= t.drift_every and captured >= MIN_WINDOW:
            check = drift_check(self.home, self.catalog, self.keys, line, embeddings=t.drift_embeddings)
            state["checked_at_count"] = captured
            if check["alarm"]:
                alarms = [r["name"] for r in check["result"]["results"] if r.get("alarm")]
                trigger = {"kind": "drift", "reason": f"drift alarm ({', '.join(alarms)})", "check_id": check["id"]}
        canary = state.get("last_canary_at")
        if trigger is None and t.canary_hours and (canary is None or _hours_since(canary) >= t.canary_hours):
            from appliance.adapt.canary import canary_check

            state["last_canary_at"] = utc_now()
            check = canary_check(
                self.home, self.catalog, self.keys, line["id"], alpha=t.drift_alpha, on_event=self.on_event
            )
            if check["alarm"] and t.drift:
                alarms = [r["name"] for r in check["result"]["results"] if r.get("alarm")]
                trigger = {"kind": "canary", "reason": f"canary alarm ({', '.join(alarms)})", "check_id": check["id"]}
        accepted = self.catalog.db["capture_items"].count_where(
            "line_id = ? AND status = 'accepted' AND dataset_id IS NULL", [line["id"]]
        )
        if trigger is None and t.feedback_count and accepted >= t.feedback_count:
            trigger = {"kind": "feedback", "reason": f"{accepted} accepted feedback item(s)"}
        last = state.get("last_run_at")
        if trigger is None and t.schedule_hours and (last is None or _hours_since(last) >= t.schedule_hours):
            trigger = {"kind": "schedule", "reason": f"every {t.schedule_hours:g} hour(s)"}
        if trigger is not None:
            state["last_run_at"] = utc_now()
        state["seen"] = seen
        if state != (meta.get("adapt") or {}):
            with action(
                self.catalog, "adapt.watch_state", objects=[line["id"]], params={"trigger": (trigger or {}).get("kind")}
            ):
                self.store._set_meta(line, adapt=state)
        return trigger

    def _drops(self, line: dict, policy: Policy) -> list[str]:
        """Files in the watched folder imported as versions of ``<line>-drop``; a bad one moved to
        ``rejected/`` beside a ``.error.txt`` naming its problem (audited ``adapt.drop``)."""
        from appliance.data.datasets import DatasetStore

        folder = Path(policy.triggers.watch_folder).expanduser()
        if not folder.is_dir():
            return []
        out = []
        for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
            try:
                row, _report, _created = DatasetStore(self.home, self.catalog, self.keys).import_file(
                    path, name=f"{line['name']}-drop", eval_fraction=0.0
                )
            except ApplianceError as exc:
                rejected = folder / "rejected"
                rejected.mkdir(exist_ok=True)
                shutil.move(str(path), rejected / path.name)
                said = [exc.msg.render("en"), *([exc.report.render("en")] if hasattr(exc, "report") else [])]
                (rejected / (path.name + ".error.txt")).write_text("\n".join(said) + "\n", encoding="utf-8")
                with action(
                    self.catalog,
                    "adapt.drop",
                    objects=[line["id"]],
                    params={"file": path.name, "imported": False, "error": exc.msg.render("en")[:300]},
                ):
                    pass
                continue
            with action(
                self.catalog,
                "adapt.drop",
                objects=[line["id"], row["id"]],
                params={"file": path.name, "imported": True},
            ):
                if policy.triggers.remove_plaintext:
                    path.unlink()
            out.append(row["id"])
        return out

    # Executing a run ----------------------------------------------------------------------------
    def execute(self, run: dict, policy: Policy) -> dict:
        """Carry a run from its recorded step to its end (or to waiting for approval)."""
        token = _RunCancel(self.home, run["id"], self.stop)
        try:
            return Execution(self, run, policy, token).go()
        except Cancelled:
            if token.by_operator:
                return self.store.step(self.store.run(run["id"]), "cancelled", "cancelled by an operator")
            return self.store.run(run["id"])  # the service stops: the next start resumes it
        except GateFailed as exc:
            return self.store.step(
                self.store.run(run["id"]), "refused", "the gate refused the candidate", error=exc.msg.render("en")
            )
        except ApplianceError as exc:
            return self.store.step(
                self.store.run(run["id"]),
                "failed",
                "the step failed; production is unchanged",
                error=exc.msg.render("en"),
            )
        finally:
            token.close()


def _hours_since(iso: str) -> float:
    then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return (datetime.now(timezone.utc) - then).total_seconds() / 3600


def retrain_now(
    home, catalog, keys, line_ref: str, *, reason: str = "operator", on_event: EventSink = ignore, stop=None
) -> dict:
    """An operator's retrain of a line with a policy (or the default one), now."""
    line = line_row(catalog, line_ref)
    store = AdaptStore(home, catalog, keys)
    if store.active(line["id"]) is not None:
        raise InvalidInputError(
            M("adapt.busy", "Line {line} already has an adapt run under way or waiting.", line=line["name"]),
            hint=M(
                "adapt.busy.hint", "Wait for it, approve or refuse it, or cancel it (`appliance adapt cancel RUN`)."
            ),
        )
    policy = policy_from_dict((line.get("meta") or {}).get("policy"))
    run = store.create_run(line, {"kind": "operator", "reason": reason})
    return Watcher(home, catalog, keys, on_event=on_event, stop=stop).execute(run, policy)
