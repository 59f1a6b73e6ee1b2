"""A case's scorer table, checked when a suite is read (docs/formats/eval-suite.md, "Scorers"):
the scorer is one the appliance has, with the settings it needs and no others, of the right
types; a ``regex`` scorer's pattern compiles within bounds and a ``json`` scorer's schema is a
draft 2020-12 schema that refers only inside itself (``patterns.py``). Each problem is a Message
that starts with where it is (``suite._where``)."""

from __future__ import annotations

import math
import re

from appliance.eval import patterns
from appliance.messages import M, Message

SCORERS = ("exact", "contains", "regex", "json", "numeric", "refusal", "choice", "rubric")
_SCORER_KEYS = {
    "exact": ({"expected"}, {"ignore_case", "strip"}),
    "contains": (set(), {"all", "any", "ignore_case"}),
    "regex": ({"pattern"}, {"ignore_case", "full"}),
    "json": (set(), {"schema"}),
    "numeric": ({"expected"}, {"tolerance", "relative"}),
    "refusal": ({"expected"}, set()),
    "choice": ({"choices", "answer"}, set()),
    "rubric": ({"rubric"}, set()),
}


_FLAGS = {"ignore_case", "strip", "full", "relative"}


def finite(v) -> bool:
    """A number the scorers can compute with (an integer too large for a float is not)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    try:
        return math.isfinite(float(v))
    except OverflowError:
        return False


def check_schema(schema, where, problems: list[Message]) -> None:
    import jsonschema

    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        path = "/".join(str(p) for p in exc.path) or "(top)"
        problems.append(
            M(
                "suite.schema_invalid",
                "{where}: `schema` is not a valid JSON Schema at {path}: {error}",
                where=where,
                path=path,
                error=exc.message,
            )
        )
        return
    except RecursionError:
        problems.append(M("suite.schema_too_deep", "{where}: `schema` nests too deeply to check", where=where))
        return
    problems.extend(
        M("suite.schema_problem", "{where}: `schema` {problem}", where=where, problem=p)
        for p in patterns.schema_problems(schema)
    )


def check_scorer(sc, where, problems: list[Message]) -> dict:
    if not isinstance(sc, dict):
        problems.append(
            M(
                "suite.scorer_not_table",
                '{where}: `scorer` must be a table such as {{type = "contains", all = ["…"]}}',
                where=where,
            )
        )
        return {"type": "exact", "expected": ""}
    kind = sc.get("type")
    if kind not in SCORERS:
        problems.append(
            M(
                "suite.unknown_scorer",
                "{where}: unknown scorer {kind}; use one of {scorers}",
                where=where,
                kind=repr(kind),
                scorers=", ".join(SCORERS),
            )
        )
        return dict(sc)
    required, optional = _SCORER_KEYS[kind]
    for k in sorted(required - sc.keys()):
        problems.append(
            M("suite.scorer_needs", "{where}: scorer {kind!r} needs `{key}`", where=where, kind=kind, key=k)
        )
    for k in sorted(sc.keys() - required - optional - {"type"}):
        takes = ", ".join(sorted(required | optional))
        if takes:
            problems.append(
                M(
                    "suite.scorer_no_setting",
                    "{where}: scorer {kind!r} has no setting `{key}` (it takes {takes})",
                    where=where,
                    kind=kind,
                    key=str(k),
                    takes=takes,
                )
            )
        else:
            problems.append(
                M(
                    "suite.scorer_no_settings",
                    "{where}: scorer {kind!r} has no setting `{key}` (it takes none)",
                    where=where,
                    kind=kind,
                    key=str(k),
                )
            )
    if kind == "contains":
        if ("all" in sc) == ("any" in sc):
            problems.append(
                M(
                    "suite.contains_all_or_any",
                    "{where}: scorer 'contains' needs exactly one of `all` or `any` (a list of strings)",
                    where=where,
                )
            )
        for k in ("all", "any"):
            v = sc.get(k)
            if v is not None and (not isinstance(v, list) or not v or not all(isinstance(s, str) and s for s in v)):
                problems.append(
                    M(
                        "suite.contains_list",
                        "{where}: `{key}` must be a non-empty list of non-empty strings",
                        where=where,
                        key=k,
                    )
                )
    for k in sorted(_FLAGS & sc.keys()):
        if not isinstance(sc[k], bool):
            problems.append(
                M(
                    "suite.flag_not_bool",
                    "{where}: scorer {kind!r} `{key}` must be true or false",
                    where=where,
                    kind=kind,
                    key=k,
                )
            )
    if kind == "regex" and "pattern" in sc:
        pattern = sc["pattern"]
        if not isinstance(pattern, str):
            problems.append(M("suite.pattern_not_text", "{where}: `pattern` must be text", where=where))
        elif why := patterns.pattern_problem(pattern, re.I if sc.get("ignore_case") is True else 0):
            problems.append(
                M(
                    "suite.pattern_refused",
                    "{where}: the regular expression {pattern} {why} (field `pattern`)",
                    where=where,
                    pattern=patterns.shown(pattern),
                    why=why,
                )
            )
    elif kind == "json" and "schema" in sc:
        check_schema(sc["schema"], where, problems)
    elif kind == "numeric":
        for k in ("expected", "tolerance"):
            if not finite(sc.get(k, 0)):
                problems.append(
                    M("suite.not_a_number", "{where}: `{key}` must be a number (a finite one)", where=where, key=k)
                )
        if finite(sc.get("tolerance", 0)) and sc.get("tolerance", 0) < 0:
            problems.append(M("suite.negative_tolerance", "{where}: `tolerance` must not be negative", where=where))
    elif kind == "refusal":
        if not isinstance(sc.get("expected"), bool):
            problems.append(
                M(
                    "suite.refusal_expected",
                    "{where}: scorer 'refusal' needs `expected = true` (a refusal is right) or false",
                    where=where,
                )
            )
    elif kind == "choice":
        choices = sc.get("choices")
        if not isinstance(choices, list) or len(choices) < 2 or not all(isinstance(c, str) and c for c in choices):
            problems.append(
                M("suite.choices_list", "{where}: `choices` must list at least two non-empty strings", where=where)
            )
        elif isinstance(sc.get("answer"), int) and not isinstance(sc.get("answer"), bool):
            if not 0 <= sc["answer"] < len(choices):
                problems.append(
                    M(
                        "suite.answer_index",
                        "{where}: `answer` {answer} is not an index of `choices` (0-{last})",
                        where=where,
                        answer=sc["answer"],
                        last=len(choices) - 1,
                    )
                )
        elif sc.get("answer") not in choices:
            problems.append(
                M("suite.answer_not_choice", "{where}: `answer` must be one of `choices` or its index", where=where)
            )
    elif kind == "rubric":
        if not isinstance(sc.get("rubric"), str) or not sc["rubric"].strip():
            problems.append(
                M("suite.rubric_empty", "{where}: `rubric` must say what a passing answer does", where=where)
            )
    elif kind == "exact" and not isinstance(sc.get("expected"), str):
        problems.append(M("suite.expected_not_text", "{where}: `expected` must be text", where=where))
    return dict(sc)
