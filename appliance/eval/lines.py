"""Model lines: a named customization (recipe, dataset versions, suites, gate) and its channels.

A line's ``candidate`` and ``production`` channels each name one model. ``promote`` moves a model
to ``production`` only through the line's gate (``check_gate``): minimum pass rates overall and
per slice, cases that must pass, and a maximum drop against the current production model that
counts only when it is significant (exact McNemar test). The model is evaluated on each of the
line's suites through llama.cpp first when it has no completed evaluation on the suite's newest
version (the production model too). The gate is checked against the suites when the line is
created and again at each promotion (``gate_problems``: a must-pass case or a slice the suites do
not have, a field outside ``[gate]``, an empty gate); one that does not fit fails the promotion
before anything is evaluated. Every decision, passed or refused, is a ``line_events`` row
and the audited action ``line.promote`` with the verdict and the comparison (pass/fail per case,
no answer text) in its record. A refused promotion changes no channel and raises ``GateFailed``.

``serve``/``chat`` resolve ``LINE@CHANNEL`` to the channel's model (``serving/runtime.py``), so a
promotion changes what a client addressing ``kestrel@production`` gets without touching it.
"""

from __future__ import annotations

import difflib
import tomllib
from pathlib import Path

from appliance import nesting
from appliance.audit.actions import action
from appliance.errors import GateFailed, InvalidInputError, NotFoundError
from appliance.eval import report as reports
from appliance.eval.store import EvalStore, SuiteStore, decode, encode
from appliance.eval.suite import load_suite
from appliance.events import CancelToken, EventSink, ignore
from appliance.ids import new_id, utc_now

CHANNELS = ("candidate", "production")
MAX_GATE_DEPTH = 8  # levels of tables and arrays: [gate] -> min_slice_pass_rate is 2
_GATE_KEYS = {"min_pass_rate", "min_slice_pass_rate", "max_drop", "significance", "must_pass"}
DEFAULT_GATE = {"min_pass_rate": 0.0, "min_slice_pass_rate": {}, "max_drop": 0.0, "significance": 0.05, "must_pass": []}


def parse_gate(data: dict, source: str) -> dict:
    """A gate file's contents (docs/evaluation.md, "Gates"): exactly one ``[gate]`` table that sets at
    least one check, every problem named at once. Returns the gate, defaults filled in."""
    hint = "See docs/evaluation.md, Gates: a gate file holds one [gate] table (and [gate.min_slice_pass_rate])."
    if not isinstance(data, dict) or not data:
        raise InvalidInputError(f"{source} is empty: it has no [gate] table.", hint=hint)
    problems = [
        f"{source}: `{k}` sits outside [gate] (a gate file holds only the [gate] table)"
        for k in sorted(data.keys() - {"gate"})
    ]
    gate = data.get("gate")
    if gate is None:
        problems.append(f"{source}: there is no [gate] table")
        gate = {}
    elif not isinstance(gate, dict):
        raise InvalidInputError(f"{source}: [gate] must be a table.", hint=hint)
    elif not gate:
        problems.append(f"{source}: [gate] sets no check (write min_pass_rate = 0 for a line that takes any model)")
    for k in sorted(gate.keys() - _GATE_KEYS):
        problems.append(f"{source}: [gate] has no field `{k}` (it has {', '.join(sorted(_GATE_KEYS))})")
    out = {**DEFAULT_GATE, **{k: v for k, v in gate.items() if k in _GATE_KEYS}}
    _check_fields(out, source, problems)
    if problems:
        raise InvalidInputError(f"The gate in {source} has problems:\n  " + "\n  ".join(problems), hint=hint)
    return out


def _fraction(v, low_open: bool = False) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    return (0 < v <= 1) if low_open else (0 <= v <= 1)


def _check_fields(out: dict, source: str, problems: list[str]) -> None:
    for k in ("min_pass_rate", "max_drop"):
        if not _fraction(out[k]):
            problems.append(f"{source}: gate.{k} must be a fraction from 0 to 1 (got {out[k]!r})")
    if not _fraction(out["significance"], low_open=True):
        problems.append(f"{source}: gate.significance must be in (0, 1] (got {out['significance']!r})")
    sl = out["min_slice_pass_rate"]
    if not isinstance(sl, dict):
        problems.append(f'{source}: gate.min_slice_pass_rate must be a table such as {{"language=hi" = 0.5}}')
    else:
        for k, v in sl.items():
            tag, eq, value = k.partition("=")
            if not (eq and tag and value):
                problems.append(f'{source}: gate.min_slice_pass_rate key {k!r} must be TAG=VALUE, e.g. "language=hi"')
            if not _fraction(v):
                problems.append(f"{source}: gate.min_slice_pass_rate.{k} must be a fraction from 0 to 1")
    must = out["must_pass"]
    if not isinstance(must, list) or not all(isinstance(c, str) and c for c in must):
        problems.append(f"{source}: gate.must_pass must be a list of case ids")
    elif len(set(must)) < len(must):
        problems.append(f"{source}: gate.must_pass names a case twice")


def gate_problems(gate: dict, suites: list, source: str) -> list[str]:
    """What keeps ``gate`` from being checked on ``suites`` (loaded ``Suite`` objects): a field
    that is wrong, a must-pass case none of them has, a slice one of them does not carry. Checked
    when a line is created and again at each promotion (a suite's newest version may differ)."""
    try:
        gate = parse_gate({"gate": gate}, source)
    except InvalidInputError as exc:
        return [line.strip() for line in exc.message.splitlines()[1:]] or [exc.message]
    problems = [] if suites else [f"{source}: there is no suite to check the gate on"]
    ids = {c.id for s in suites for c in s.cases}
    names = ", ".join(s.name for s in suites)
    for cid in gate["must_pass"]:
        if cid not in ids:
            near = difflib.get_close_matches(cid, sorted(ids), n=1)
            problems.append(
                f"{source}: gate.must_pass names case {cid!r}, which no case of {names} has"
                + (f" (did you mean {near[0]!r}?)" if near else "")
            )
    for key in sorted(gate["min_slice_pass_rate"]):
        tag, _, value = key.partition("=")
        for s in suites:
            if value not in s.slices().get(tag, []):
                carried = ", ".join(f"{k}={v}" for k, vs in s.slices().items() for v in vs) or "none"
                problems.append(
                    f"{source}: gate.min_slice_pass_rate names slice {key!r}, which no case of suite {s.name} "
                    f"carries (its slices: {carried})"
                )
    return problems


def load_gate(path: Path) -> dict:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8").removeprefix("\ufeff"))
    except FileNotFoundError:
        raise InvalidInputError(f"No gate file at {path}.", hint="Give a TOML file with a [gate] table.") from None
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot read the gate file {path}: {exc.strerror or exc}.", hint="Check the file."
        ) from None
    except RecursionError:
        data = None
    except (ValueError, UnicodeDecodeError) as exc:  # TOMLDecodeError, a number too long to read
        raise InvalidInputError(f"{path} is not valid TOML: {exc}.", hint="Fix the file and try again.") from None
    if data is None or nesting.depth(data, MAX_GATE_DEPTH) > MAX_GATE_DEPTH:  # same whatever the recursion limit
        raise InvalidInputError(f"{path}: arrays or tables are nested too deeply to read.", hint="Fix the file.")
    return parse_gate(data, str(path))


def check_gate(gate: dict, suite, cand: dict, cand_results: dict, prod: dict | None, prod_results: dict | None) -> dict:
    """The verdict of ``gate`` on a candidate's evaluation (and production's, if there is one)."""
    checks = []
    s = cand["summary"]
    rate = s["passed"] / s["cases"] if s["cases"] else 0.0

    def add(ok: bool, text: str, name: str) -> None:
        checks.append({"name": name, "passed": bool(ok), "text": text})

    add(
        rate >= gate["min_pass_rate"],
        f"{suite.name}: pass rate {rate:.0%} (minimum {gate['min_pass_rate']:.0%})",
        "min_pass_rate",
    )
    for key, minimum in sorted(gate["min_slice_pass_rate"].items()):
        tag, _, value = key.partition("=")
        ids = [c.id for c in suite.cases if c.tags.get(tag) == value]
        if not ids:
            add(
                False,
                f"{suite.name}: no case is tagged {key}, so its pass rate cannot be checked",
                "min_slice_pass_rate",
            )
            continue
        got = sum(bool(cand_results.get(i, {}).get("passed")) for i in ids) / len(ids)
        add(
            got >= minimum,
            f"{suite.name}: {key} pass rate {got:.0%} (minimum {minimum:.0%}, {len(ids)} cases)",
            "min_slice_pass_rate",
        )
    ids = {c.id for c in suite.cases}
    for cid in gate["must_pass"]:
        if cid in ids:
            ok = bool(cand_results.get(cid, {}).get("passed"))
            add(ok, f"{suite.name}: case {cid} {'passes' if ok else 'fails'} (it must pass)", "must_pass")
    comparison = None
    if prod is not None and prod_results is not None:
        comparison = reports.paired(
            {k: bool(v["passed"]) for k, v in prod_results.items()},
            {k: bool(v["passed"]) for k, v in cand_results.items()},
        )
        drop = -comparison["difference"]
        significant = comparison["mcnemar_p"] < gate["significance"]
        ok = not (drop > gate["max_drop"] and significant)
        add(
            ok,
            f"{suite.name}: {drop:+.0%} drop against production (allowed {gate['max_drop']:.0%}; McNemar p = "
            f"{comparison['mcnemar_p']:.3g}, significant below {gate['significance']:g})"
            if drop > 0
            else f"{suite.name}: no drop against production ({comparison['difference']:+.0%}, McNemar p = {comparison['mcnemar_p']:.3g})",
            "max_drop",
        )
    else:
        add(True, f"{suite.name}: no production model yet, so no drop to check", "max_drop")
    return {"passed": all(c["passed"] for c in checks), "checks": checks, "comparison": comparison}


def _checked(gate, suite, cand, cand_res, prod, prod_res, where: str) -> dict:
    """``check_gate``, where a check that cannot be evaluated fails (never passes) and says so."""
    try:
        return check_gate(gate, suite, cand, cand_res, prod, prod_res)
    except (KeyError, TypeError, ValueError, AttributeError, ZeroDivisionError) as exc:
        text = f"{where}: the gate cannot be evaluated on suite {suite.name} ({type(exc).__name__}: {exc})"
        return {"passed": False, "checks": [{"name": "gate", "passed": False, "text": text}], "comparison": None}


class Lines:
    def __init__(self, home, catalog, keys=None):
        self.home, self.catalog, self.keys = home, catalog, keys

    def list(self) -> list[dict]:
        return [self._with_channels(decode(r)) for r in self.catalog.db["lines"].rows_where(order_by="name")]

    def get(self, ref: str) -> dict:
        rows = list(self.catalog.db["lines"].rows_where("name = ? OR id = ?", [ref, ref]))
        if not rows:
            raise NotFoundError(f"No model line called {ref!r}.", hint="List them with `appliance lines list`.")
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
                f"A line name cannot contain '@' ({name!r}).", hint="`@` separates a line and a channel."
            )
        if self.catalog.db["lines"].count_where("name = ?", [name]):
            raise InvalidInputError(f"A model line called {name!r} already exists.", hint="Pick another name.")
        if not suites:
            raise InvalidInputError(
                f"Line {name} needs at least one suite.", hint="Add --suite NAME (or a suite file)."
            )
        store = SuiteStore(self.home, self.catalog, self.keys)
        gate_source = gate_source or "the default gate"
        loaded = [self._suite(store, ref) for ref in suites]
        problems = gate_problems(gate, [suite for suite, _ in loaded], gate_source)
        if problems:
            raise InvalidInputError(
                f"Line {name} was not created: its gate does not fit its suites:\n  " + "\n  ".join(problems),
                hint="Fix the gate file (docs/evaluation.md, Gates): name case ids and slices the suites have.",
            )
        gate = parse_gate({"gate": gate}, gate_source)  # kept whole: defaults filled in
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
    def _evaluation(self, model: dict, suite_row: dict, on_event, cancel) -> tuple[dict, dict]:
        from appliance.eval.runner import evaluate

        store = EvalStore(self.home, self.catalog, self.keys)
        ev = store.latest(model["id"], suite_row["id"])
        if ev is None:
            ev = evaluate(
                self.home, self.catalog, self.keys, model["id"], suite_row["id"], on_event=on_event, cancel=cancel
            )
        return ev, store.read_results(ev)

    def promote(
        self,
        line_ref: str,
        model_ref: str,
        *,
        channel: str = "production",
        on_event: EventSink = ignore,
        cancel: CancelToken | None = None,
    ) -> dict:
        """Move a model to a channel; ``production`` only through the gate. Returns the decision
        (``{"passed", "checks", "reports", "summary", "event_id"}``); raises ``GateFailed`` when refused."""
        cancel = cancel or CancelToken()
        if channel not in CHANNELS:
            raise InvalidInputError(f"Unknown channel {channel!r}.", hint=f"Use one of {', '.join(CHANNELS)}.")
        line = self.get(line_ref)
        model = self._model(model_ref)
        current = self.channel_model(line, "production")
        held = self.channel_model(line, channel)
        if held is not None and held["id"] == model["id"]:
            raise InvalidInputError(f"{model['name']} already is {line['name']}@{channel}.", hint="Nothing to do.")
        decision = {"passed": True, "checks": [], "reports": []}
        if channel == "production":
            other = current if current is not None and current["id"] != model["id"] else None
            decision.update(self.judge(line, model, other, on_event=on_event, cancel=cancel))
        n_fail = sum(not c["passed"] for c in decision["checks"])
        decision["summary"] = (
            f"{model['name']} {'may' if decision['passed'] else 'may not'} be promoted to {line['name']}@{channel}"
            + ("" if decision["passed"] else f": {n_fail} gate check{'s' if n_fail != 1 else ''} failed")
        )
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
            event = {
                "id": eid,
                "line_id": line["id"],
                "kind": "promote" if decision["passed"] else "refused",
                "channel": channel,
                "model_id": model["id"],
                "previous_model_id": (line["channels"].get(channel) or {}).get("model_id"),
                "passed": int(decision["passed"]),
                "verdict": {"checks": decision["checks"], "summary": decision["summary"], "report": audit_report},
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
            decision["event_id"] = eid
            if not decision["passed"]:
                failed = "; ".join(c["text"] for c in decision["checks"] if not c["passed"])
                raise GateFailed(
                    f"The gate of line {line['name']} refused {model['name']} for {channel}: {failed}. Nothing changed.",
                    verdict=decision,
                    hint=f"Read the comparison (`appliance lines show {line['name']}`), improve the model, or change the gate.",
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
        where = f"line {line['name']}'s gate (from {(line.get('meta') or {}).get('gate_source') or 'its creation'})"
        problems = gate_problems(line["gate"], loaded, where)
        if problems:  # a check that cannot be evaluated fails: nothing is evaluated for it
            out["checks"] = [{"name": "gate", "passed": False, "text": p} for p in problems]
            out["passed"] = False
            return out
        gate = parse_gate({"gate": line["gate"]}, where)
        for suite_row, suite in zip(rows, loaded, strict=True):
            cand, cand_res = self._evaluation(model, suite_row, on_event, cancel)
            entries, prod, prod_res = [], None, None
            if production is not None:
                prod, prod_res = self._evaluation(production, suite_row, on_event, cancel)
                entries.append({"label": f"production: {production['name']}", "evaluation": prod, "results": prod_res})
            label = f"candidate: {model['name']}" if production is not None else model["name"]
            entries.append({"label": label, "evaluation": cand, "results": cand_res})
            verdict = _checked(gate, suite, cand, cand_res, prod, prod_res, where)
            out["reports"].append(reports.compare(suite, entries))
            out["checks"] += verdict["checks"]
            out["passed"] &= verdict["passed"]
        return out

    def _model(self, ref: str) -> dict:
        if "@" in ref:
            name, _, channel = ref.partition("@")
            m = self.channel_model(self.get(name), channel)
            if m is None:
                raise NotFoundError(
                    f"Line {name} has no {channel} model.", hint=f"Promote one: `appliance promote {name} MODEL`."
                )
            return m
        return self.catalog.get_model(ref)
