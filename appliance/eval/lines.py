"""Model lines: a named customization (recipe, dataset versions, suites, gate) and its channels.

A line's ``candidate`` and ``production`` channels each name one model. ``promote`` moves a model
to ``production`` only through the line's gate (``eval/gates.py``): minimum pass rates overall and
per slice, cases that must pass, and a maximum drop against the current production model that
counts only when it is significant (exact McNemar test). The model is compared with production on
each of the line's suites (``eval/compare.py``), evaluated through llama.cpp first when it has no
completed evaluation on the suite's newest version (the production model too). The gate is checked
against the suites when the line is
created and again at each promotion (``gate_problems``: a must-pass case or a slice the suites do
not have, a field outside ``[gate]``, an empty gate); one that does not fit fails the promotion
before anything is evaluated. Every decision, passed or refused, is a ``line_events`` row
and the audited action ``line.promote`` with the verdict and the comparison (pass/fail per case,
no answer text) in its record. A refused promotion changes no channel and raises ``GateFailed``.
The decision's ``summary`` and each check's ``text`` are English, with their messages beside them
(``summary_message``, ``text_message``: ``Message.to_dict()``) to be shown in the reader's language.

``serve``/``chat`` resolve ``LINE@CHANNEL`` to the channel's model (``serving/runtime.py``), so a
promotion changes what a client addressing ``kestrel@production`` gets without touching it.
"""

from __future__ import annotations

from pathlib import Path

from appliance.audit import approvals
from appliance.audit.actions import action
from appliance.audit.approval_docs import digest
from appliance.errors import GateFailed, InvalidInputError, NotFoundError
from appliance.eval.compare import CompareOptions, compare_on_suite
from appliance.eval.gates import (  # noqa: F401 - the gate's names, where they always were
    DEFAULT_GATE,
    MAX_GATE_DEPTH,
    check,
    check_gate,
    checked,
    each_on_its_line,
    gate_problem_messages,
    gate_problems,
    load_gate,
    parse_gate,
    semicolon_separated,
)
from appliance.eval.store import SuiteStore, decode, encode
from appliance.eval.suite import load_suite
from appliance.events import CancelToken, EventSink, ignore
from appliance.ids import new_id, utc_now
from appliance.messages import M, Message

CHANNELS = ("candidate", "production")
DEFAULT_GATE_SOURCE = "the default gate"  # what a line's meta names as its gate's source when no file gave it


def _default_gate_source() -> Message:
    return M("line.default_gate", "the default gate")


class Lines:
    def __init__(self, home, catalog, keys=None):
        self.home, self.catalog, self.keys = home, catalog, keys

    def list(self) -> list[dict]:
        return [self._with_channels(decode(r)) for r in self.catalog.db["lines"].rows_where(order_by="name")]

    def get(self, ref: str) -> dict:
        rows = list(self.catalog.db["lines"].rows_where("name = ? OR id = ?", [ref, ref]))
        if not rows:
            raise NotFoundError(
                M("line.not_found", "No model line called {name!r}.", name=ref),
                hint=M("line.not_found.hint", "List them with `appliance lines list`."),
            )
        return self._with_channels(decode(rows[0]))

    def _with_channels(self, line: dict) -> dict:
        line["channels"] = {
            r["channel"]: r for r in self.catalog.db["line_channels"].rows_where("line_id = ?", [line["id"]])
        }
        return line

    def history(self, ref: str) -> list[dict]:
        line = self.get(ref)
        rows = self.catalog.db["line_events"].rows_where("line_id = ?", [line["id"]], order_by="created_at")
        return [decode(r) for r in rows]

    def create(
        self,
        name: str,
        *,
        recipe: dict,
        dataset_ids: list[str],
        suites: list[str],
        gate: dict,
        base_model_id: str,
        source: str,
        gate_source: str = "",
    ) -> dict:
        """A new line. The gate is checked against the suites before anything is written
        (``gate_problems``); ``gate_source`` names where the gate came from (its file)."""
        from appliance.models.store import validate_name

        validate_name(name, "Line")
        if "@" in name:
            raise InvalidInputError(
                M("line.name_has_at", "A line name cannot contain '@' ({name!r}).", name=name),
                hint=M("line.name_has_at.hint", "`@` separates a line and a channel."),
            )
        if self.catalog.db["lines"].count_where("name = ?", [name]):
            raise InvalidInputError(
                M("line.exists", "A model line called {name!r} already exists.", name=name),
                hint=M("line.exists.hint", "Pick another name."),
            )
        if not suites:
            raise InvalidInputError(
                M("line.no_suite", "Line {name} needs at least one suite.", name=name),
                hint=M("line.no_suite.hint", "Add --suite NAME (or a suite file)."),
            )
        store = SuiteStore(self.home, self.catalog, self.keys)
        source_said = gate_source or _default_gate_source()
        gate_source = gate_source or DEFAULT_GATE_SOURCE
        loaded = [self._suite(store, ref) for ref in suites]
        problems = gate_problem_messages(gate, [suite for suite, _ in loaded], source_said)
        if problems:
            raise InvalidInputError(
                M(
                    "line.gate_does_not_fit",
                    "Line {name} was not created: its gate does not fit its suites:\n  {problems}",
                    name=name,
                    problems=each_on_its_line(problems),
                ),
                hint=M(
                    "line.gate_does_not_fit.hint",
                    "Fix the gate file (docs/evaluation.md, Gates): name case ids and slices the suites have.",
                ),
            )
        gate = parse_gate({"gate": gate}, source_said)  # kept whole: defaults filled in
        suite_names = [
            row["name"] if row else store.import_suite(suite, source=Path(ref).name)["name"]
            for (suite, row), ref in zip(loaded, suites, strict=True)
        ]
        lid = new_id("ln")
        with action(
            self.catalog,
            "line.create",
            objects=[lid, base_model_id, *dataset_ids],
            params={"name": name, "suites": suite_names, "gate": gate, "source": source},
        ):
            row = {
                "id": lid,
                "name": name,
                "recipe": recipe,
                "dataset_ids": dataset_ids,
                "suites": suite_names,
                "gate": gate,
                "base_model_id": base_model_id,
                "created_at": utc_now(),
                "meta": {"source": source, "gate_source": gate_source},
            }
            with self.catalog.atomic():
                self.catalog.db["lines"].insert(encode(row), pk="id")
                self.catalog.add_lineage(lid, {base_model_id: "base", **{d: "trained-on" for d in dataset_ids}})
        return self.get(lid)

    @staticmethod
    def _suite(store: SuiteStore, ref: str):
        """(Suite, its version row) for a registered suite; (Suite, None) for a file not imported yet."""
        if store.is_file_ref(ref):
            return load_suite(Path(ref)), None
        row = store.get(ref)
        return store.load(row), row

    def create_from_run(self, name: str, run_ref: str, *, suites: list[str], gate: dict, gate_source: str = "") -> dict:
        from appliance.tuning.runs import RunStore

        run = RunStore(self.home, self.catalog).get(run_ref)
        recipe = dict(run["recipe"])
        return self.create(
            name,
            recipe=recipe,
            dataset_ids=list(run["dataset_ids"]),
            suites=suites,
            gate=gate,
            base_model_id=run["base_model_id"],
            source=f"run:{run['id']}",
            gate_source=gate_source,
        )

    def create_from_recipe(
        self, name: str, recipe_path: Path, *, suites: list[str], gate: dict, gate_source: str = ""
    ) -> dict:
        from appliance.data.datasets import DatasetStore
        from appliance.models.store import ModelStore
        from appliance.tuning.recipe import load_recipe

        recipe = load_recipe(Path(recipe_path))
        base = ModelStore(self.home, self.catalog).get(recipe.run.base_model)
        ds = DatasetStore(self.home, self.catalog)
        dataset_ids = [ds.get(d)["id"] for d in recipe.run.datasets]
        return self.create(
            name,
            recipe=recipe.to_dict(),
            dataset_ids=dataset_ids,
            suites=suites,
            gate=gate,
            base_model_id=base["id"],
            source=str(recipe_path),
            gate_source=gate_source,
        )

    def channel_model(self, line: dict, channel: str) -> dict | None:
        ch = line["channels"].get(channel)
        return self.catalog.row_by_id("models", ch["model_id"]) if ch else None

    # Promotion ----------------------------------------------------------------------------
    def promote(
        self,
        line_ref: str,
        model_ref: str,
        *,
        channel: str = "production",
        on_event: EventSink = ignore,
        cancel: CancelToken | None = None,
        initiator: str = "person",
    ) -> dict:
        """Move a model to a channel; ``production`` only through the gate, and in a workspace with
        people only with a second person's approval bound to this model, report and verdict
        (``line.promote``, or ``adapt.promote`` when ``initiator`` is the adaptation loop). Returns the decision
        (``{"passed", "checks", "reports", "summary", "event_id"}``); raises ``GateFailed`` when refused."""
        cancel = cancel or CancelToken()
        if channel not in CHANNELS:
            raise InvalidInputError(
                M("line.unknown_channel", "Unknown channel {channel!r}.", channel=channel),
                hint=M("line.unknown_channel.hint", "Use one of {channels}.", channels=", ".join(CHANNELS)),
            )
        line = self.get(line_ref)
        model = self._model(model_ref)
        current = self.channel_model(line, "production")
        held = self.channel_model(line, channel)
        if held is not None and held["id"] == model["id"]:
            raise InvalidInputError(
                M(
                    "line.already_there",
                    "{model} already is {line}@{channel}.",
                    model=model["name"],
                    line=line["name"],
                    channel=channel,
                ),
                hint=M("line.already_there.hint", "Nothing to do."),
            )
        decision = {"passed": True, "checks": [], "reports": []}
        if channel == "production":
            other = current if current is not None and current["id"] != model["id"] else None
            decision.update(self.judge(line, model, other, on_event=on_event, cancel=cancel))
        summary = _summary(model["name"], line["name"], channel, decision)
        decision["summary"], decision["summary_message"] = summary.render("en"), summary.to_dict()
        eid = new_id("le")
        audit_report = [
            {
                "suite": r["suite"]["name"],
                "suite_sha256": r["suite"]["sha256"],
                "models": [
                    {
                        "label": m["label"],
                        "evaluation_id": m["evaluation_id"],
                        "passed": m["summary"]["passed"],
                        "cases": m["summary"]["cases"],
                    }
                    for m in r["models"]
                ],
                "comparisons": r["comparisons"],
                "cases": {c["id"]: [o["passed"] for o in c["outcomes"]] for c in r["cases"]},
            }
            for r in decision["reports"]
        ]
        with action(
            self.catalog,
            "line.promote",
            objects=[line["id"], model["id"], eid, *([current["id"]] if current else [])],
            params={"line": line["name"], "channel": channel, "model": model["name"]},
        ) as act:
            act.output(
                passed=decision["passed"],
                checks=[c["text"] + (" ✓" if c["passed"] else " ✗") for c in decision["checks"]],
                report=audit_report,
            )
            approval = None
            if decision["passed"] and channel == "production":
                approval = approvals.require(
                    self.catalog,
                    act,
                    "adapt.promote" if initiator == "adapt" else "line.promote",
                    _binding(line, model, channel, audit_report, decision),
                    M(  # line@channel is one value: it keeps its order in right-to-left text
                        "approval.summary.promote_to",
                        "Promote {model} to {target}",
                        model=model["name"],
                        target=f"{line['name']}@{channel}",
                    ),
                )
            event = {
                "id": eid,
                "line_id": line["id"],
                "kind": "promote" if decision["passed"] else "refused",
                "channel": channel,
                "model_id": model["id"],
                "previous_model_id": (line["channels"].get(channel) or {}).get("model_id"),
                "passed": int(decision["passed"]),
                "verdict": {
                    "checks": decision["checks"],
                    "summary": decision["summary"],
                    "summary_message": decision["summary_message"],
                    "report": audit_report,
                },
                "created_at": utc_now(),
            }
            with self.catalog.atomic():
                self.catalog.db["line_events"].insert(encode(event), pk="id")
                if decision["passed"]:
                    self.catalog.db["line_channels"].upsert(
                        {
                            "line_id": line["id"],
                            "channel": channel,
                            "model_id": model["id"],
                            "since": utc_now(),
                            "event_id": eid,
                        },
                        pk=("line_id", "channel"),
                    )
                    approvals.use(self.catalog, act, approval)
            decision["event_id"] = eid
            if not decision["passed"]:
                failed = [_check_message(c) for c in decision["checks"] if not c["passed"]]
                raise GateFailed(
                    M(
                        "line.gate_refused",
                        "The gate of line {line} refused {model} for {channel}: {failed}. Nothing changed.",
                        line=line["name"],
                        model=model["name"],
                        channel=channel,
                        failed=semicolon_separated(failed),
                    ),
                    verdict=decision,
                    hint=M(
                        "line.gate_refused.hint",
                        "Read the comparison (`appliance lines show {line}`), improve the model, or change the gate.",
                        line=line["name"],
                    ),
                )
        return decision

    def judge(self, line: dict, model: dict, production: dict | None, *, on_event=ignore, cancel=None) -> dict:
        """``model`` beside ``production`` (or alone) on each of the line's suites, their newest
        versions: evaluated where needed, compared, and checked against the line's gate. Returns
        ``{"passed", "checks", "reports"}`` (one comparison report per suite)."""
        suites = SuiteStore(self.home, self.catalog, self.keys)
        out = {"passed": True, "checks": [], "reports": []}
        rows = [suites.get(name) for name in line["suites"]]
        loaded = [suites.load(row) for row in rows]
        where = _gate_where(line)
        problems = gate_problem_messages(line["gate"], loaded, where)
        if problems:  # a check that cannot be evaluated fails: nothing is evaluated for it
            out["checks"] = [check("gate", False, p) for p in problems]
            out["passed"] = False
            return out
        gate = parse_gate({"gate": line["gate"]}, where)
        # The candidate is evaluated first (a promotion judges it); production is the baseline.
        models, labels = [model], [model["name"]]
        if production is not None:
            models, labels = [model, production], [f"candidate: {model['name']}", f"production: {production['name']}"]
        options = CompareOptions(baseline=len(models) - 1)
        for suite_row, suite in zip(rows, loaded, strict=True):
            compared = compare_on_suite(
                self.home,
                self.catalog,
                self.keys,
                suite_row,
                models,
                labels=labels,
                options=options,
                on_event=on_event,
                cancel=cancel,
            )
            cand = compared.entries[-1]
            prod = compared.entries[0] if production is not None else {"evaluation": None, "results": None}
            verdict = checked(
                gate, suite, cand["evaluation"], cand["results"], prod["evaluation"], prod["results"], where
            )
            out["reports"].append(compared.report)
            out["checks"] += verdict["checks"]
            out["passed"] &= verdict["passed"]
        return out

    def _model(self, ref: str) -> dict:
        if "@" in ref:
            name, _, channel = ref.partition("@")
            m = self.channel_model(self.get(name), channel)
            if m is None:
                raise NotFoundError(
                    M("line.no_channel_model", "Line {line} has no {channel} model.", line=name, channel=channel),
                    hint=M("line.no_channel_model.hint", "Promote one: `appliance promote {line} MODEL`.", line=name),
                )
            return m
        return self.catalog.get_model(ref)


def _gate_where(line: dict) -> Message:
    """Where a line's gate came from, as its problems and checks name it."""
    source = (line.get("meta") or {}).get("gate_source")
    if source == DEFAULT_GATE_SOURCE:
        source = _default_gate_source()
    return M(
        "line.gate_where",
        "line {line}'s gate (from {source})",
        line=line["name"],
        source=source or M("line.gate_where.creation", "its creation"),
    )


def _binding(line: dict, model: dict, channel: str, audit_report: list, decision: dict) -> dict:
    """What a promotion's approval is bound to: this line and channel, this model's files (their
    digest), the comparison report and the gate's verdict (their digests)."""
    return {
        "line": line["name"],
        "line_id": line["id"],
        "channel": channel,
        "model": model["name"],
        "model_id": model["id"],
        "model_sha256": model.get("sha256"),
        "report_sha256": digest({"report": audit_report}),
        "verdict_sha256": digest({"passed": decision["passed"], "checks": decision["checks"]}),
    }


def _summary(model: str, line: str, channel: str, decision: dict) -> Message:
    """The decision in one sentence."""
    if decision["passed"]:
        return M(
            "line.may_be_promoted",
            "{model} may be promoted to {line}@{channel}",
            model=model,
            line=line,
            channel=channel,
        )
    n_fail = sum(not c["passed"] for c in decision["checks"])
    if n_fail == 1:
        return M(
            "line.may_not_be_promoted_one",
            "{model} may not be promoted to {line}@{channel}: {n} gate check failed",
            model=model,
            line=line,
            channel=channel,
            n=n_fail,
        )
    return M(
        "line.may_not_be_promoted",
        "{model} may not be promoted to {line}@{channel}: {n} gate checks failed",
        model=model,
        line=line,
        channel=channel,
        n=n_fail,
    )


def _check_message(c: dict) -> Message | str:
    """A check's message (its English text for a check recorded without one)."""
    return Message.from_dict(c["text_message"]) if c.get("text_message") else c["text"]
