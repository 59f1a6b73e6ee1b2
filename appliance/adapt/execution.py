"""An adapt run's steps (appliance/adapt/loop.py): data, training, merging, exporting, judging.
Each step looks for what an earlier, interrupted attempt made (by name) before making it again,
and records what it made before the next step starts."""

from __future__ import annotations

import json
import random

from appliance.adapt.review import dataset_from_feedback, import_records
from appliance.errors import ApprovalRequired, GateFailed, InvalidInputError
from appliance.events import Progress
from appliance.messages import M

STATES = (
    "queued",
    "data",
    "training",
    "merging",
    "exporting",
    "judging",
    "promoted",
    "waiting_approval",
    "refused",
    "failed",
    "cancelled",
    "no_data",
)
FINAL = frozenset({"promoted", "refused", "failed", "cancelled", "no_data"})
STEPS = ("data", "training", "merging", "exporting", "judging")
KIND_FOR = {"sft": "chat", "dpo": "preference", "kto": "judgement"}


class Execution:
    def __init__(self, watcher, run: dict, policy, cancel):
        self.w, self.run, self.policy, self.cancel = watcher, run, policy, cancel
        self.home, self.catalog, self.keys = watcher.home, watcher.catalog, watcher.keys
        self.store = watcher.store
        from appliance.adapt.capture import line_row

        self.line = line_row(self.catalog, run["line_id"])
        self.name = f"{self.line['name']}-adapt-{run['id'][3:]}"

    def go(self) -> dict:
        state = "data" if self.run["state"] == "queued" else self.run["state"]
        for step in STEPS[STEPS.index(state) :]:
            self.cancel.check(M("adapt.the_run", "The adapt run"))
            self.w.on_event(
                Progress(
                    "adapt",
                    message=M("adapt.step_now", "{line}: {step}", line=self.line["name"], step=step),
                    done=STEPS.index(step),
                    total=len(STEPS),
                )
            )
            self.run = getattr(self, "_" + step)()
            if self.run["state"] in FINAL or self.run["state"] == "waiting_approval":
                break
        return self.run

    @property
    def steps(self) -> dict:
        return self.run.get("steps") or {}

    # data ---------------------------------------------------------------------------------------
    def _data(self) -> dict:
        from appliance.data.datasets import DatasetStore

        kind = KIND_FOR[self.policy.retrain.method]
        trigger = self.run.get("trigger") or {}
        new_ids = list(trigger.get("datasets") or [])
        try:
            made = dataset_from_feedback(self.home, self.catalog, self.keys, self.line["id"], kind=kind)
            new_ids.append(made["dataset"]["id"])
        except InvalidInputError:
            pass  # no accepted feedback of this kind: the trigger's datasets alone
        ds = DatasetStore(self.home, self.catalog, self.keys)
        fmt = {"chat": "chat", "preference": "preference", "judgement": "judgement"}[kind]
        new = [r for d in new_ids if _format(self.catalog, d) == fmt for r in ds.read_records(d, purpose="retrain")]
        if len(new) < self.policy.retrain.min_rows:
            return self.store.step(
                self.run,
                "no_data",
                f"{len(new)} new {kind} row(s); the policy needs {self.policy.retrain.min_rows} (review captured items)",
                new_datasets=new_ids,
            )
        share = self.policy.retrain.replay
        pool = [
            r
            for d in self.line["dataset_ids"]
            if d not in new_ids and _format(self.catalog, d) == fmt
            for r in ds.read_records(d, split="train", purpose="replay")
        ]
        want = min(len(pool), round(share / (1 - share) * len(new))) if share else 0
        replay = random.Random(self.run["id"]).sample(pool, want) if want else []
        rows = [{k: v for k, v in r.items() if k != "split"} for r in new + replay]
        row, _report, _created = import_records(
            self.home, self.catalog, self.keys, rows, name=f"{self.line['name']}-retrain", fmt=fmt, eval_fraction=0.1
        )
        return self.store.step(
            self.run,
            "training",
            f"{len(new)} new row(s) and {len(replay)} replayed ({share:.0%} replay)",
            new_datasets=new_ids,
            dataset_id=row["id"],
            new_rows=len(new),
            replay_rows=len(replay),
        )

    # training -----------------------------------------------------------------------------------
    def _recipe(self):
        from appliance.tuning.recipe import recipe_from_dict

        data = json.loads(json.dumps(self.line["recipe"]))
        run = {**data.get("run", {}), "datasets": [self.steps["dataset_id"]], "name": self.name, "from_run": ""}
        run["base_model"] = self.line["base_model_id"]
        prod = self._production()
        method = self.policy.retrain.method
        if method != "sft":
            data["preference"] = {**data.get("preference", {}), "method": method}
            if prod is not None:
                run["base_model"] = prod["id"]  # preference tuning on top of what serves now
        elif self.policy.retrain.mode == "incremental" and prod is not None:
            parent = _run_of(self.catalog, prod)
            if parent and parent.get("base_model_id") == self.line["base_model_id"]:
                run["from_run"] = parent["id"]
        data["run"] = run
        if self.policy.retrain.max_steps:
            data.setdefault("training", {})["max_steps"] = self.policy.retrain.max_steps
        return recipe_from_dict(
            data, source=M("adapt.recipe_source", "line {name}'s adapt run", name=self.line["name"])
        )

    def _training(self) -> dict:
        from appliance.tuning.service import resume_training, start_training

        found = list(self.catalog.db["runs"].rows_where("name = ?", [self.name]))
        if found and found[0]["status"] == "completed":
            run = self.catalog.decode(found[0])
        elif found:
            run = resume_training(
                self.home, self.catalog, self.keys, found[0]["id"], on_event=self.w.on_event, cancel=self.cancel
            )
        else:
            recipe = self._recipe()
            run = start_training(
                self.home, self.catalog, self.keys, recipe, on_event=self.w.on_event, cancel=self.cancel
            )
        return self.store.step(self.run, "merging", "trained", run_id=run["id"], from_run=run.get("from_run_id"))

    # merging and exporting ------------------------------------------------------------------------
    def _merging(self) -> dict:
        from appliance.tuning.service import merge_run

        model = self.catalog.find_model(self.name)
        if model is None:
            model = merge_run(
                self.home,
                self.catalog,
                self.steps["run_id"],
                name=self.name,
                on_event=self.w.on_event,
                cancel=self.cancel,
            )
        return self.store.step(self.run, "exporting", "merged", model_id=model["id"])

    def _exporting(self) -> dict:
        from appliance.export.pipeline import Exporter

        quant = self._quant()
        done = [
            e
            for e in self.catalog.list_exports(self.steps["model_id"])
            if e["status"] == "verified" and e["quant"] == quant
        ]
        if done:
            export = done[-1]
        else:
            export, _report = Exporter(self.home, self.catalog, self.keys).export(
                self.steps["model_id"], quant, on_event=self.w.on_event, cancel=self.cancel
            )
        return self.store.step(self.run, "judging", f"exported {quant} through the gate", export_id=export["id"])

    def _quant(self) -> str:
        """The quantization production serves now (rebase's rule), else q8_0."""
        from appliance.eval.lines import Lines
        from appliance.eval.rebase import _production_quant

        lines = Lines(self.home, self.catalog, self.keys)
        return _production_quant(self.catalog, lines, lines.get(self.line["id"]))

    def _production(self) -> dict | None:
        from appliance.eval.lines import Lines

        lines = Lines(self.home, self.catalog, self.keys)
        return lines.channel_model(lines.get(self.line["id"]), "production")

    # judging --------------------------------------------------------------------------------------
    def _judging(self) -> dict:
        from appliance.eval.lines import Lines

        lines = Lines(self.home, self.catalog, self.keys)
        model = self.catalog.get_model(self.steps["model_id"])
        cand = lines.channel_model(lines.get(self.line["id"]), "candidate")
        if cand is None or cand["id"] != model["id"]:
            lines.promote(self.line["name"], model["id"], channel="candidate")
        prod = self._production()
        judged = lines.judge(lines.get(self.line["id"]), model, prod, on_event=self.w.on_event, cancel=self.cancel)
        verdict = {"passed": judged["passed"], "checks": [c["text"] for c in judged["checks"]]}
        if not judged["passed"]:
            failed = "; ".join(c["text"] for c in judged["checks"] if not c["passed"])
            return self.store.step(self.run, "refused", f"the gate refused the candidate: {failed}", verdict=verdict)
        if self.policy.promote.mode == "approval":
            return self.store.step(
                self.run, "waiting_approval", "the gate passed; an operator approves", verdict=verdict
            )
        try:
            lines.promote(
                self.line["name"], model["id"], on_event=self.w.on_event, cancel=self.cancel, initiator="adapt"
            )
        except ApprovalRequired as exc:  # four-eyes (docs/governance.md): a second person signs first
            return self.store.step(
                self.run,
                "waiting_approval",
                f"the gate passed; request {exc.request_id} waits for a second person's approval",
                verdict=verdict,
            )
        except GateFailed as exc:
            return self.store.step(
                self.run, "refused", "the gate refused the candidate", error=exc.msg.render("en"), verdict=verdict
            )
        self.store._adopt_data(self.line, self.run)
        return self.store.step(self.run, "promoted", "the gate passed; promoted to production", verdict=verdict)


def _format(catalog, dataset_id: str) -> str | None:
    row = catalog.row_by_id("datasets", dataset_id)
    return row["format"] if row else None


def _run_of(catalog, model: dict) -> dict | None:
    """The training run a merged model was made from."""
    for p in catalog.parents(model["id"]):
        if p["relation"] == "merged-from":
            return catalog.row_by_id("runs", p["parent_id"])
    return None
