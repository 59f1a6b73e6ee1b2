"""The regular expressions and JSON Schemas a suite carries: checked at import, bounded when run.

Both come from whoever wrote the suite, so both are attack surfaces. At import
(``pattern_problem``, ``schema_problems``) a pattern must be Python ``re`` syntax that compiles,
at most ``MAX_PATTERN_CHARS`` long, nesting groups at most ``MAX_GROUP_DEPTH`` deep, and at most ``MAX_PATTERN_SIZE`` once its counted repeats are
written out (the `regex` engine compiles ``(a{100}){100}`` as ten thousand atoms: a short pattern
could otherwise take gigabytes to compile); a schema may refer only inside itself (``#/...`` or
``#anchor``, each resolving), never to a URL or file (``$id`` is refused: it moves where
references resolve). Every ``pattern`` and ``patternProperties`` key of a schema is checked like
a ``regex`` scorer's pattern.

When a case is scored, patterns run on the `regex` engine with its ``timeout`` (``search``), and
schemas validate with a registry that fetches nothing (``validator``); the scoring worker
(``worker_score.py``) bounds the whole of it in time and memory.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre
from re import _parser as sre_parse

import regex

from appliance.nesting import group_depth

MAX_PATTERN_CHARS = 4096
MAX_GROUP_DEPTH = 64  # groups open at once; Python's compiler recurses per level
MAX_PATTERN_SIZE = 100_000  # atoms, counted repeats written out: compiles in well under a second
DRAFT = "https://json-schema.org/draft/2020-12/schema"
REF_KEYS = ("$ref", "$dynamicRef", "$recursiveRef")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _size(parsed, limit: int) -> int:
    """The pattern's atoms with each counted repeat written out (stops counting past ``limit``)."""
    total = 0
    for op, av in parsed:
        if op in _REPEATS:
            lo, hi, sub = av
            total += max(1, lo if hi == sre.MAXREPEAT else hi) * _size(sub, limit)
        elif op is sre.SUBPATTERN:
            total += 1 + _size(av[-1], limit)
        elif op is sre.BRANCH:
            total += 1 + sum(_size(b, limit) for b in av[1])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            total += 1 + _size(av[1], limit)
        elif op is sre.ATOMIC_GROUP:
            total += 1 + _size(av, limit)
        elif op is sre.GROUPREF_EXISTS:
            total += 1 + _size(av[1], limit) + (_size(av[2], limit) if av[2] else 0)
        elif op is sre.IN:
            total += len(av)
        else:
            total += 1
        if total > limit:
            break
    return total


def pattern_problem(pattern, flags: int = 0) -> str | None:
    """Why ``pattern`` cannot be kept (a phrase that follows the pattern's name), or None."""
    if not isinstance(pattern, str):
        return "must be text"
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"is {len(pattern)} characters long (at most {MAX_PATTERN_CHARS})"
    if (levels := group_depth(pattern)) > MAX_GROUP_DEPTH:
        return f"nests groups too deeply to compile ({levels} levels; at most {MAX_GROUP_DEPTH})"
    try:
        re.compile(pattern, flags)
        size = _size(sre_parse.parse(pattern, flags), MAX_PATTERN_SIZE)
    except re.error as exc:
        return f"does not compile: {exc}"
    except RecursionError:
        return "nests groups too deeply to compile"
    except (OverflowError, ValueError, MemoryError) as exc:  # e.g. a{4294967295}
        return f"does not compile: {exc}"
    if size > MAX_PATTERN_SIZE:
        return (
            f"is too large once its counted repeats are written out (more than {MAX_PATTERN_SIZE:,} atoms): "
            "use fewer or smaller {m,n} repeats"
        )
    try:
        compiled(pattern, flags)
    except RecursionError:
        return "nests groups too deeply to compile"
    except (regex.error, OverflowError, ValueError, MemoryError) as exc:
        return f"does not compile: {exc}"
    return None


def shown(pattern: str, limit: int = 80) -> str:
    """A pattern as a message quotes it (a long one cut)."""
    return repr(pattern) if len(pattern) <= limit else repr(pattern[:limit]) + f"… ({len(pattern)} characters)"


@functools.lru_cache(maxsize=256)
def _known_problem(pattern: str, flags: int) -> str | None:
    return pattern_problem(pattern, flags)


@functools.lru_cache(maxsize=256)
def compiled(pattern: str, flags: int = 0):
    return regex.compile(pattern, flags)


def search(pattern: str, text: str, *, flags: int = 0, full: bool = False, seconds: float):
    """``pattern`` (checked like at import: a stored suite may predate the check) found in ``text``,
    or stopped after ``seconds`` (``TimeoutError``)."""
    problem = _known_problem(pattern, flags)
    if problem:
        raise ValueError(f"the pattern {problem}")
    rx = compiled(pattern, flags)
    return (rx.fullmatch if full else rx.search)(text, timeout=seconds)


def _nodes(schema):
    """Every (path, object) inside a schema, iteratively (a nested schema cannot exhaust the stack)."""
    stack = [("", schema)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            yield path, node
            stack.extend((f"{path}/{k}", v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((f"{path}/{i}", v) for i, v in enumerate(node))


def _lookup(schema):
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    uri = "urn:appliance:suite-schema"
    return Registry().with_resource(uri, DRAFT202012.create_resource(schema)).resolver(uri).lookup


def schema_problems(schema) -> list[str]:
    """What keeps a (well-formed) JSON Schema from being used: references out of it, a ``$schema``
    other than 2020-12, patterns that would not compile. Each problem starts with its path."""
    import referencing.exceptions

    problems, refs = [], []
    for path, node in _nodes(schema):
        at = path.lstrip("/") or "(top)"
        for key in REF_KEYS:
            ref = node.get(key)
            if isinstance(ref, str) and not ref.startswith("#"):
                problems.append(
                    f"at {at}: {key} {shown(ref)} points outside the schema; only local references "
                    '("#/$defs/NAME", "#anchor") are allowed, and nothing is ever fetched'
                )
            elif isinstance(ref, str):
                refs.append((at, key, ref))
        if isinstance(node.get("$id"), str):
            problems.append(f"at {at}: `$id` is not allowed (it moves where references resolve); use `$defs`")
        meta = node.get("$schema")
        if isinstance(meta, str) and meta.rstrip("#") != DRAFT:
            problems.append(f"at {at}: `$schema` {shown(meta)} is not draft 2020-12 ({DRAFT}), the one suites use")
        if isinstance(node.get("pattern"), str) and (why := pattern_problem(node["pattern"])):
            problems.append(f"at {at}/pattern: the regular expression {shown(node['pattern'])} {why}")
        if isinstance(node.get("patternProperties"), dict):
            for key in node["patternProperties"]:
                if why := pattern_problem(key):
                    problems.append(f"at {at}/patternProperties: the regular expression {shown(key)} {why}")
    if not problems and refs:
        lookup = _lookup(schema)
        for at, key, ref in refs:
            try:
                lookup(ref)
            except (referencing.exceptions.Unresolvable, RecursionError, ValueError):
                problems.append(f"at {at}: {key} {shown(ref)} does not resolve inside the schema")
    return problems


def validator(schema):
    """A draft 2020-12 validator for ``schema`` whose references never leave it (an empty registry:
    a reference to anything else is ``Unresolvable``, never fetched)."""
    import jsonschema
    from referencing import Registry

    return jsonschema.Draft202012Validator(schema, registry=Registry())
