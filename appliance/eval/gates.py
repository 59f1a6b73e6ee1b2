"""A model line's promotion gate: reading it, fitting it to suites, and its verdict.

A gate file (docs/evaluation.md, "Gates") holds one ``[gate]`` table: minimum pass rates overall
and per slice, cases that must pass, and a maximum drop against the current production model that
counts only when it is significant (exact McNemar test). ``parse_gate`` names every problem at
once; ``gate_problems`` also checks the gate against the suites it will be judged on (a must-pass
case or a slice they do not have); ``check_gate`` gives the verdict on a candidate's evaluation.

Each problem and each check is a ``Message``. A verdict's checks keep their English ``text`` (the
audit record and old readers use it) with the message beside it as ``text_message``
(``Message.to_dict()``), to be shown in the reader's language.
"""

from __future__ import annotations

import difflib
import tomllib
from pathlib import Path

from appliance import nesting
from appliance.errors import InvalidInputError
from appliance.eval import report as reports
from appliance.messages import M, Message, text

MAX_GATE_DEPTH = 8  # levels of tables and arrays: [gate] -> min_slice_pass_rate is 2
# Retrieval minimums (eval/retrieval_cases.py), checked on suites that answer from collections.
RETRIEVAL_GATES = {"min_retrieval_recall": "recall_at_k", "min_mrr": "mrr", "min_cited_rate": "cited_rate"}
_GATE_KEYS = {"min_pass_rate", "min_slice_pass_rate", "max_drop", "significance", "must_pass", *RETRIEVAL_GATES}
DEFAULT_GATE = {"min_pass_rate": 0.0, "min_slice_pass_rate": {}, "max_drop": 0.0, "significance": 0.05, "must_pass": []}


def each_on_its_line(items: list[Message]) -> Message | str:
    """Messages one per line, indented by two spaces after the first (nested, so each renders in
    the reader's language; halved at each level, so a long list nests only log2(n) deep)."""
    if len(items) <= 1:
        return items[0] if items else ""
    mid = len(items) // 2
    return M(
        "line.lines_joined",
        "{first}\n  {rest}",
        first=each_on_its_line(items[:mid]),
        rest=each_on_its_line(items[mid:]),
    )


def semicolon_separated(items: list[Message]) -> Message | str:
    """Messages one after another with "; " between them (nested, as ``each_on_its_line``)."""
    if len(items) <= 1:
        return items[0] if items else ""
    mid = len(items) // 2
    return M(
        "line.semicolons_joined",
        "{first}; {rest}",
        first=semicolon_separated(items[:mid]),
        rest=semicolon_separated(items[mid:]),
    )


def _hint() -> Message:
    return M(
        "line.gate_file.hint",
        "See docs/evaluation.md, Gates: a gate file holds one [gate] table (and [gate.min_slice_pass_rate]).",
    )


def parse_gate(data: dict, source: Message | str) -> dict:
    """A gate file's contents (docs/evaluation.md, "Gates"): exactly one ``[gate]`` table that sets at
    least one check, every problem named at once. Returns the gate, defaults filled in."""
    if not isinstance(data, dict) or not data:
        raise InvalidInputError(
            M("line.gate_empty", "{source} is empty: it has no [gate] table.", source=source), hint=_hint()
        )
    out, problems = _read_gate(data, source)
    if problems:
        raise InvalidInputError(
            M(
                "line.gate_problems",
                "The gate in {source} has problems:\n  {problems}",
                source=source,
                problems=each_on_its_line(problems),
            ),
            hint=_hint(),
        )
    return out


def _read_gate(data: dict, source: Message | str) -> tuple[dict, list[Message]]:
    """The gate, defaults filled in, and what is wrong with it (raises only for a ``[gate]`` that
    is not a table)."""
    problems = [
        M(
            "line.gate_outside",
            "{source}: `{key}` sits outside [gate] (a gate file holds only the [gate] table)",
            source=source,
            key=str(k),
        )
        for k in sorted(data.keys() - {"gate"})
    ]
    gate = data.get("gate")
    if gate is None:
        problems.append(M("line.gate_missing", "{source}: there is no [gate] table", source=source))
        gate = {}
    elif not isinstance(gate, dict):
        raise InvalidInputError(
            M("line.gate_not_table", "{source}: [gate] must be a table.", source=source), hint=_hint()
        )
    elif not gate:
        problems.append(
            M(
                "line.gate_no_check",
                "{source}: [gate] sets no check (write min_pass_rate = 0 for a line that takes any model)",
                source=source,
            )
        )
    for k in sorted(gate.keys() - _GATE_KEYS):
        problems.append(
            M(
                "line.gate_unknown_field",
                "{source}: [gate] has no field `{key}` (it has {fields})",
                source=source,
                key=str(k),
                fields=", ".join(sorted(_GATE_KEYS)),
            )
        )
    out = {**DEFAULT_GATE, **{k: v for k, v in gate.items() if k in _GATE_KEYS}}
    _check_fields(out, source, problems)
    return out, problems


def _fraction(v, low_open: bool = False) -> bool:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    return (0 < v <= 1) if low_open else (0 <= v <= 1)


def _check_fields(out: dict, source: Message | str, problems: list[Message]) -> None:
    for k in ("min_pass_rate", "max_drop", *sorted(RETRIEVAL_GATES.keys() & out.keys())):
        if not _fraction(out[k]):
            problems.append(
                M(
                    "line.gate_not_fraction",
                    "{source}: gate.{field} must be a fraction from 0 to 1 (got {got})",
                    source=source,
                    field=k,
                    got=repr(out[k]),
                )
            )
    if not _fraction(out["significance"], low_open=True):
        problems.append(
            M(
                "line.gate_significance",
                "{source}: gate.significance must be in (0, 1] (got {got})",
                source=source,
                got=repr(out["significance"]),
            )
        )
    sl = out["min_slice_pass_rate"]
    if not isinstance(sl, dict):
        problems.append(
            M(
                "line.gate_slices_not_table",
                '{source}: gate.min_slice_pass_rate must be a table such as {{"language=hi" = 0.5}}',
                source=source,
            )
        )
    else:
        for k, v in sl.items():
            tag, eq, value = k.partition("=")
            if not (eq and tag and value):
                problems.append(
                    M(
                        "line.gate_slice_key",
                        '{source}: gate.min_slice_pass_rate key {key} must be TAG=VALUE, e.g. "language=hi"',
                        source=source,
                        key=repr(k),
                    )
                )
            if not _fraction(v):
                problems.append(
                    M(
                        "line.gate_slice_not_fraction",
                        "{source}: gate.min_slice_pass_rate.{key} must be a fraction from 0 to 1",
                        source=source,
                        key=str(k),
                    )
                )
    must = out["must_pass"]
    if not isinstance(must, list) or not all(isinstance(c, str) and c for c in must):
        problems.append(
            M("line.gate_must_pass_list", "{source}: gate.must_pass must be a list of case ids", source=source)
        )
    elif len(set(must)) < len(must):
        problems.append(M("line.gate_must_pass_twice", "{source}: gate.must_pass names a case twice", source=source))


def gate_problems(gate: dict, suites: list, source: Message | str) -> list[str]:
    """What keeps ``gate`` from being checked on ``suites`` (loaded ``Suite`` objects), as text in
    the current language (``gate_problem_messages`` gives the messages)."""
    return [text(p) for p in gate_problem_messages(gate, suites, source)]


def gate_problem_messages(gate: dict, suites: list, source: Message | str) -> list[Message]:
    """What keeps ``gate`` from being checked on ``suites`` (loaded ``Suite`` objects): a field
    that is wrong, a must-pass case none of them has, a slice one of them does not carry. Checked
    when a line is created and again at each promotion (a suite's newest version may differ)."""
    try:
        gate, problems = _read_gate({"gate": gate}, source)
    except InvalidInputError as exc:
        return [exc.msg]
    if problems:
        return problems
    if not suites:
        problems.append(M("line.gate_no_suite", "{source}: there is no suite to check the gate on", source=source))
    ids = {c.id for s in suites for c in s.cases}
    names = ", ".join(s.name for s in suites)
    for cid in gate["must_pass"]:
        if cid not in ids:
            near = difflib.get_close_matches(cid, sorted(ids), n=1)
            if near:
                problem = M(
                    "line.gate_unknown_case_near",
                    "{source}: gate.must_pass names case {case!r}, which no case of {suites} has "
                    "(did you mean {near!r}?)",
                    source=source,
                    case=cid,
                    suites=names,
                    near=near[0],
                )
            else:
                problem = M(
                    "line.gate_unknown_case",
                    "{source}: gate.must_pass names case {case!r}, which no case of {suites} has",
                    source=source,
                    case=cid,
                    suites=names,
                )
            problems.append(problem)
    for key in sorted(gate["min_slice_pass_rate"]):
        tag, _, value = key.partition("=")
        for s in suites:
            if value not in s.slices().get(tag, []):
                carried = ", ".join(f"{k}={v}" for k, vs in s.slices().items() for v in vs)
                problems.append(
                    M(
                        "line.gate_unknown_slice",
                        "{source}: gate.min_slice_pass_rate names slice {key!r}, which no case of suite {suite} "
                        "carries (its slices: {carried})",
                        source=source,
                        key=key,
                        suite=s.name,
                        carried=carried or M("line.gate_no_slices", "none"),
                    )
                )
    return problems


def load_gate(path: Path) -> dict:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8").removeprefix("\ufeff"))
    except FileNotFoundError:
        raise InvalidInputError(
            M("line.gate_file_missing", "No gate file at {path}.", path=str(path)),
            hint=M("line.gate_file_missing.hint", "Give a TOML file with a [gate] table."),
        ) from None
    except OSError as exc:
        raise InvalidInputError(
            M(
                "line.gate_file_unreadable",
                "Cannot read the gate file {path}: {reason}.",
                path=str(path),
                reason=str(exc.strerror or exc),
            ),
            hint=M("line.gate_file_unreadable.hint", "Check the file."),
        ) from None
    except RecursionError:
        data = None
    except (ValueError, UnicodeDecodeError) as exc:  # TOMLDecodeError, a number too long to read
        raise InvalidInputError(
            M("line.gate_file_not_toml", "{path} is not valid TOML: {reason}.", path=str(path), reason=str(exc)),
            hint=M("line.gate_file_not_toml.hint", "Fix the file and try again."),
        ) from None
    if data is None or nesting.depth(data, MAX_GATE_DEPTH) > MAX_GATE_DEPTH:  # same whatever the recursion limit
        raise InvalidInputError(
            M("line.gate_file_too_deep", "{path}: arrays or tables are nested too deeply to read.", path=str(path)),
            hint=M("line.gate_file_too_deep.hint", "Fix the file."),
        )
    return parse_gate(data, str(path))


def check(name: str, ok: bool, message: Message) -> dict:
    """One check of a verdict: its English ``text`` and, beside it, its message."""
    return {"name": name, "passed": bool(ok), "text": message.render("en"), "text_message": message.to_dict()}


def check_gate(gate: dict, suite, cand: dict, cand_results: dict, prod: dict | None, prod_results: dict | None) -> dict:
    """The verdict of ``gate`` on a candidate's evaluation (and production's, if there is one)."""
    checks = []
    s = cand["summary"]
    rate = s["passed"] / s["cases"] if s["cases"] else 0.0

    def add(ok: bool, message: Message, name: str) -> None:
        checks.append(check(name, ok, message))

    add(
        rate >= gate["min_pass_rate"],
        M(
            "line.check_pass_rate",
            "{suite}: pass rate {rate:.0%} (minimum {minimum:.0%})",
            suite=suite.name,
            rate=rate,
            minimum=gate["min_pass_rate"],
        ),
        "min_pass_rate",
    )
    for key, minimum in sorted(gate["min_slice_pass_rate"].items()):
        tag, _, value = key.partition("=")
        ids = [c.id for c in suite.cases if c.tags.get(tag) == value]
        if not ids:
            untagged = M(
                "line.check_slice_untagged",
                "{suite}: no case is tagged {key}, so its pass rate cannot be checked",
                suite=suite.name,
                key=key,
            )
            add(False, untagged, "min_slice_pass_rate")
            continue
        got = sum(bool(cand_results.get(i, {}).get("passed")) for i in ids) / len(ids)
        add(
            got >= minimum,
            M(
                "line.check_slice_pass_rate",
                "{suite}: {key} pass rate {rate:.0%} (minimum {minimum:.0%}, {cases} cases)",
                suite=suite.name,
                key=key,
                rate=got,
                minimum=minimum,
                cases=len(ids),
            ),
            "min_slice_pass_rate",
        )
    ids = {c.id for c in suite.cases}
    for cid in gate["must_pass"]:
        if cid in ids:
            ok = bool(cand_results.get(cid, {}).get("passed"))
            if ok:
                said = M(
                    "line.check_case_passes", "{suite}: case {case} passes (it must pass)", suite=suite.name, case=cid
                )
            else:
                said = M(
                    "line.check_case_fails", "{suite}: case {case} fails (it must pass)", suite=suite.name, case=cid
                )
            add(ok, said, "must_pass")
    got = s.get("retrieval") or {}
    for key, metric in RETRIEVAL_GATES.items():
        if key in gate and got.get("cases"):
            said = M(
                "line.check_retrieval",
                "{suite}: retrieval {metric} {value:.2f} (minimum {minimum:.2f}, {cases} cases)",
                suite=suite.name,
                metric=metric,
                value=got[metric],
                minimum=gate[key],
                cases=got["cases"],
            )
            add(got[metric] >= gate[key], said, key)
    comparison = None
    if prod is not None and prod_results is not None:
        comparison = reports.paired(
            {k: bool(v["passed"]) for k, v in prod_results.items()},
            {k: bool(v["passed"]) for k, v in cand_results.items()},
        )
        drop = -comparison["difference"]
        significant = comparison["mcnemar_p"] < gate["significance"]
        ok = not (drop > gate["max_drop"] and significant)
        add(ok, _drop_message(suite.name, drop, comparison, gate), "max_drop")
    else:
        no_production = M(
            "line.check_no_production", "{suite}: no production model yet, so no drop to check", suite=suite.name
        )
        add(True, no_production, "max_drop")
    return {"passed": all(c["passed"] for c in checks), "checks": checks, "comparison": comparison}


def _drop_message(suite: str, drop: float, comparison: dict, gate: dict) -> Message:
    if drop > 0:
        return M(
            "line.check_drop",
            "{suite}: {drop:+.0%} drop against production (allowed {allowed:.0%}; McNemar p = {p:.3g}, "
            "significant below {significance:g})",
            suite=suite,
            drop=drop,
            allowed=gate["max_drop"],
            p=comparison["mcnemar_p"],
            significance=gate["significance"],
        )
    return M(
        "line.check_no_drop",
        "{suite}: no drop against production ({difference:+.0%}, McNemar p = {p:.3g})",
        suite=suite,
        difference=comparison["difference"],
        p=comparison["mcnemar_p"],
    )


def checked(gate, suite, cand, cand_res, prod, prod_res, where: Message | str) -> dict:
    """``check_gate``, where a check that cannot be evaluated fails (never passes) and says so."""
    try:
        return check_gate(gate, suite, cand, cand_res, prod, prod_res)
    except (KeyError, TypeError, ValueError, AttributeError, ZeroDivisionError) as exc:
        failed = M(
            "line.check_cannot_evaluate",
            "{where}: the gate cannot be evaluated on suite {suite} ({error}: {detail})",
            where=where,
            suite=suite.name,
            error=type(exc).__name__,
            detail=str(exc),
        )
        return {"passed": False, "checks": [check("gate", False, failed)], "comparison": None}
