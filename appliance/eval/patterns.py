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

from appliance.messages import M, Message
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


def _does_not_compile(exc: BaseException) -> Message:
    return M("suite.pattern.does_not_compile", "does not compile: {error}", error=str(exc))


def _too_deep() -> Message:
    return M("suite.pattern.too_deep", "nests groups too deeply to compile")


def pattern_problem(pattern, flags: int = 0) -> Message | None:
    """Why ``pattern`` cannot be kept (a phrase that follows the pattern's name), or None."""
    if not isinstance(pattern, str):
        return M("suite.pattern.not_text", "must be text")
    if len(pattern) > MAX_PATTERN_CHARS:
        return M(
            "suite.pattern.too_long", "is {n} characters long (at most {max})", n=len(pattern), max=MAX_PATTERN_CHARS
        )
    if (levels := group_depth(pattern)) > MAX_GROUP_DEPTH:
        return M(
            "suite.pattern.too_many_levels",
            "nests groups too deeply to compile ({levels} levels; at most {max})",
            levels=levels,
            max=MAX_GROUP_DEPTH,
        )
    try:
        re.compile(pattern, flags)
        size = _size(sre_parse.parse(pattern, flags), MAX_PATTERN_SIZE)
    except re.error as exc:
        return _does_not_compile(exc)
    except RecursionError:
        return _too_deep()
    except (OverflowError, ValueError, MemoryError) as exc:  # e.g. a{4294967295}
        return _does_not_compile(exc)
    if size > MAX_PATTERN_SIZE:
        return M(
            "suite.pattern.too_large",
            "is too large once its counted repeats are written out (more than {max:,} atoms): "
            "use fewer or smaller {{m,n}} repeats",
            max=MAX_PATTERN_SIZE,
        )
    try:
        compiled(pattern, flags)
    except RecursionError:
        return _too_deep()
    except (regex.error, OverflowError, ValueError, MemoryError) as exc:
        return _does_not_compile(exc)
    return None


def shown(pattern: str, limit: int = 80) -> str | Message:
    """A pattern as a message quotes it (a long one cut, and its length said)."""
    if len(pattern) <= limit:
        return repr(pattern)
    return M("suite.pattern.cut", "{start}… ({n} characters)", start=repr(pattern[:limit]), n=len(pattern))


@functools.lru_cache(maxsize=256)
def _known_problem(pattern: str, flags: int) -> Message | None:
    return pattern_problem(pattern, flags)


@functools.lru_cache(maxsize=256)
def compiled(pattern: str, flags: int = 0):
    return regex.compile(pattern, flags)


def search(pattern: str, text: str, *, flags: int = 0, full: bool = False, seconds: float):
    """``pattern`` (checked like at import: a stored suite may predate the check) found in ``text``,
    or stopped after ``seconds`` (``TimeoutError``)."""
    problem = _known_problem(pattern, flags)
    if problem:
        raise ValueError(f"the pattern {problem.render('en')}")  # the scorer's detail carries it
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


def schema_problems(schema) -> list[Message]:
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
                    M(
                        "suite.schema.outside_ref",
                        "at {at}: {key} {ref} points outside the schema; only local references "
                        '("#/$defs/NAME", "#anchor") are allowed, and nothing is ever fetched',
                        at=at,
                        key=key,
                        ref=shown(ref),
                    )
                )
            elif isinstance(ref, str):
                refs.append((at, key, ref))
        if isinstance(node.get("$id"), str):
            problems.append(
                M(
                    "suite.schema.id",
                    "at {at}: `$id` is not allowed (it moves where references resolve); use `$defs`",
                    at=at,
                )
            )
        meta = node.get("$schema")
        if isinstance(meta, str) and meta.rstrip("#") != DRAFT:
            problems.append(
                M(
                    "suite.schema.draft",
                    "at {at}: `$schema` {meta} is not draft 2020-12 ({draft}), the one suites use",
                    at=at,
                    meta=shown(meta),
                    draft=DRAFT,
                )
            )
        if isinstance(node.get("pattern"), str) and (why := pattern_problem(node["pattern"])):
            problems.append(
                M(
                    "suite.schema.pattern",
                    "at {at}/pattern: the regular expression {pattern} {why}",
                    at=at,
                    pattern=shown(node["pattern"]),
                    why=why,
                )
            )
        if isinstance(node.get("patternProperties"), dict):
            for key in node["patternProperties"]:
                if why := pattern_problem(key):
                    problems.append(
                        M(
                            "suite.schema.pattern_properties",
                            "at {at}/patternProperties: the regular expression {pattern} {why}",
                            at=at,
                            pattern=shown(key),
                            why=why,
                        )
                    )
    if not problems and refs:
        lookup = _lookup(schema)
        for at, key, ref in refs:
            try:
                lookup(ref)
            except (referencing.exceptions.Unresolvable, RecursionError, ValueError):
                problems.append(
                    M(
                        "suite.schema.unresolved_ref",
                        "at {at}: {key} {ref} does not resolve inside the schema",
                        at=at,
                        key=key,
                        ref=shown(ref),
                    )
                )
    return problems


def validator(schema):
    """A draft 2020-12 validator for ``schema`` whose references never leave it (an empty registry:
    a reference to anything else is ``Unresolvable``, never fetched)."""
    import jsonschema
    from referencing import Registry

    return jsonschema.Draft202012Validator(schema, registry=Registry())
