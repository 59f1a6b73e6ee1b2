"""Evaluation suites: files of cases, each with its messages, expected value and scorer.

A suite is a TOML file (a ``[suite]`` table, an optional ``[judge]``, and ``[[case]]`` tables) or
a JSON Lines file (an optional first line ``{"suite": {…}, "judge": {…}}``, then one case per
line); docs/formats/eval-suite.md specifies both. ``load_suite`` checks the whole file at once and
reports *every* problem with the file and the case (its id, and its line in JSON Lines): an
unknown scorer, a regular expression that does not compile (or is too large: ``patterns.py``), a
JSON Schema that is not one or refers outside itself, a missing field, a value nested deeper than
``MAX_DEPTH`` or that JSON cannot hold (a TOML date, NaN). A loaded suite has a canonical form (sorted JSON of its settings and cases) whose
SHA-256 identifies the version: the same cases are the same suite version wherever they came from.
"""

from __future__ import annotations

import collections
import datetime
import hashlib
import json
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from appliance.errors import InvalidInputError
from appliance.eval import patterns

SCORERS = ("exact", "contains", "regex", "json", "numeric", "refusal", "choice", "rubric")
ROLES = ("system", "user", "assistant")
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
CASE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
MAX_DEPTH = 32  # nesting of a case (its scorer's schema included) or of the [suite] table
MAX_BYTES = 64 << 20  # a suite file
_SUITE_KEYS = {"name", "description", "max_tokens", "repeat_penalty", "system", "context"}
_CASE_KEYS = {"id", "prompt", "messages", "scorer", "tags", "max_tokens"}
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


@dataclass(frozen=True)
class Case:
    id: str
    messages: tuple[dict, ...]
    scorer: dict
    tags: dict = field(default_factory=dict)
    max_tokens: int = 0  # 0: the suite's

    def to_dict(self) -> dict:
        d = {"id": self.id, "messages": list(self.messages), "scorer": self.scorer, "tags": self.tags}
        if self.max_tokens:
            d["max_tokens"] = self.max_tokens
        return d

    @property
    def generates(self) -> bool:
        """Whether the case needs a generated answer (``choice`` scores log-probabilities instead)."""
        return self.scorer["type"] != "choice"


@dataclass(frozen=True)
class Suite:
    name: str
    description: str
    cases: tuple[Case, ...]
    max_tokens: int = 128
    repeat_penalty: float = 1.0
    context: int = 2048
    system: str = ""  # a system message put before each case's messages (unless it has its own)
    judge: dict = field(default_factory=dict)  # {"model": ref} for rubric cases

    def to_dict(self) -> dict:
        return {
            "suite": {
                "name": self.name,
                "description": self.description,
                "max_tokens": self.max_tokens,
                "repeat_penalty": self.repeat_penalty,
                "context": self.context,
                "system": self.system,
            },
            "judge": self.judge,
            "cases": [c.to_dict() for c in self.cases],
        }

    def canonical(self) -> bytes:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()

    def slices(self) -> dict[str, list[str]]:
        """Tag keys and their values, e.g. ``{"language": ["en", "hi"]}``."""
        out: dict[str, set] = {}
        for c in self.cases:
            for k, v in c.tags.items():
                out.setdefault(k, set()).add(str(v))
        return {k: sorted(v) for k, v in sorted(out.items())}

    def messages_of(self, case: Case) -> list[dict]:
        """The messages sent for ``case``: the suite's system message first unless the case has one."""
        msgs = [dict(m) for m in case.messages]
        if self.system and not any(m["role"] == "system" for m in msgs):
            msgs.insert(0, {"role": "system", "content": self.system})
        return msgs

    def scorer_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for c in self.cases:
            counts[c.scorer["type"]] = counts.get(c.scorer["type"], 0) + 1
        return counts

    @property
    def needs_judge(self) -> bool:
        return any(c.scorer["type"] == "rubric" for c in self.cases)


def _where(source: str, case_id: str | None, line: int | None) -> str:
    at = f"{source}"
    if line:
        at += f", line {line}"
    if case_id:
        at += f", case {case_id!r}"
    return at


_FLAGS = {"ignore_case", "strip", "full", "relative"}


def _finite(v) -> bool:
    """A number the scorers can compute with (an integer too large for a float is not)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return False
    try:
        return math.isfinite(float(v))
    except OverflowError:
        return False


def _check_schema(schema, where: str, problems: list[str]) -> None:
    import jsonschema

    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as exc:
        path = "/".join(str(p) for p in exc.path) or "(top)"
        problems.append(f"{where}: `schema` is not a valid JSON Schema at {path}: {exc.message}")
        return
    except RecursionError:
        problems.append(f"{where}: `schema` nests too deeply to check")
        return
    problems.extend(f"{where}: `schema` {p}" for p in patterns.schema_problems(schema))


def _plain(value, where: str, problems: list[str]) -> bool:
    """Whether ``value`` is plain JSON that the canonical form can hold: nested at most
    ``MAX_DEPTH`` deep, no TOML dates or times, finite numbers, text that is valid Unicode."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)) and depth > MAX_DEPTH:
            problems.append(f"{where}: nested more deeply than the {MAX_DEPTH} levels a case may have")
            return False
        if isinstance(node, dict):
            stack.extend((k, depth) for k in node)
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
        elif isinstance(node, (datetime.date, datetime.time)):
            problems.append(f"{where}: {node.isoformat()} is a date or time; write it as text (in quotes)")
            return False
        elif isinstance(node, float) and not math.isfinite(node):
            problems.append(f"{where}: {node} is not a number a suite can hold (use a finite number)")
            return False
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                problems.append(f"{where}: text with a lone surrogate ({node[:40]!r}) is not valid Unicode")
                return False
        elif not (node is None or isinstance(node, (bool, int, float))):
            problems.append(f"{where}: a value of type {type(node).__name__} cannot be held")
            return False
    return True


def _check_scorer(sc, where: str, problems: list[str]) -> dict:
    if not isinstance(sc, dict):
        problems.append(f'{where}: `scorer` must be a table such as {{type = "contains", all = ["…"]}}')
        return {"type": "exact", "expected": ""}
    kind = sc.get("type")
    if kind not in SCORERS:
        problems.append(f"{where}: unknown scorer {kind!r}; use one of {', '.join(SCORERS)}")
        return dict(sc)
    required, optional = _SCORER_KEYS[kind]
    for k in sorted(required - sc.keys()):
        problems.append(f"{where}: scorer {kind!r} needs `{k}`")
    for k in sorted(sc.keys() - required - optional - {"type"}):
        problems.append(
            f"{where}: scorer {kind!r} has no setting `{k}` (it takes {', '.join(sorted(required | optional)) or 'none'})"
        )
    if kind == "contains":
        if ("all" in sc) == ("any" in sc):
            problems.append(f"{where}: scorer 'contains' needs exactly one of `all` or `any` (a list of strings)")
        for k in ("all", "any"):
            v = sc.get(k)
            if v is not None and (not isinstance(v, list) or not v or not all(isinstance(s, str) and s for s in v)):
                problems.append(f"{where}: `{k}` must be a non-empty list of non-empty strings")
    for k in sorted(_FLAGS & sc.keys()):
        if not isinstance(sc[k], bool):
            problems.append(f"{where}: scorer {kind!r} `{k}` must be true or false")
    if kind == "regex" and "pattern" in sc:
        pattern = sc["pattern"]
        if not isinstance(pattern, str):
            problems.append(f"{where}: `pattern` must be text")
        elif why := patterns.pattern_problem(pattern, re.I if sc.get("ignore_case") is True else 0):
            problems.append(f"{where}: the regular expression {patterns.shown(pattern)} {why} (field `pattern`)")
    elif kind == "json" and "schema" in sc:
        _check_schema(sc["schema"], where, problems)
    elif kind == "numeric":
        for k in ("expected", "tolerance"):
            if not _finite(sc.get(k, 0)):
                problems.append(f"{where}: `{k}` must be a number (a finite one)")
        if _finite(sc.get("tolerance", 0)) and sc.get("tolerance", 0) < 0:
            problems.append(f"{where}: `tolerance` must not be negative")
    elif kind == "refusal":
        if not isinstance(sc.get("expected"), bool):
            problems.append(f"{where}: scorer 'refusal' needs `expected = true` (a refusal is right) or false")
    elif kind == "choice":
        choices = sc.get("choices")
        if not isinstance(choices, list) or len(choices) < 2 or not all(isinstance(c, str) and c for c in choices):
            problems.append(f"{where}: `choices` must list at least two non-empty strings")
        elif isinstance(sc.get("answer"), int) and not isinstance(sc.get("answer"), bool):
            if not 0 <= sc["answer"] < len(choices):
                problems.append(f"{where}: `answer` {sc['answer']} is not an index of `choices` (0-{len(choices) - 1})")
        elif sc.get("answer") not in choices:
            problems.append(f"{where}: `answer` must be one of `choices` or its index")
    elif kind == "rubric":
        if not isinstance(sc.get("rubric"), str) or not sc["rubric"].strip():
            problems.append(f"{where}: `rubric` must say what a passing answer does")
    elif kind == "exact" and not isinstance(sc.get("expected"), str):
        problems.append(f"{where}: `expected` must be text")
    return dict(sc)


def _case(raw, source: str, line: int | None, index: int, problems: list[str], seen: set[str]) -> Case | None:
    if not isinstance(raw, dict):
        problems.append(f"{_where(source, None, line)}: case {index + 1} is not a table/object")
        return None
    cid = raw.get("id")
    where = _where(source, str(cid) if cid is not None else f"#{index + 1}", line)
    if not isinstance(cid, str) or not CASE_ID_RE.fullmatch(cid):
        problems.append(f"{where}: `id` must be 1-128 letters, digits, '.', '_', ':' or '-'")
        cid = f"#{index + 1}"
    elif cid in seen:
        problems.append(f"{where}: the id {cid!r} is used twice")
    seen.add(cid)
    if not _plain(raw, where, problems):
        return None
    for k in sorted(raw.keys() - _CASE_KEYS):
        problems.append(f"{where}: unknown field `{k}` (a case has {', '.join(sorted(_CASE_KEYS))})")
    messages = raw.get("messages")
    if "prompt" in raw and messages is not None:
        problems.append(f"{where}: give `prompt` or `messages`, not both")
    if "prompt" in raw:
        if not isinstance(raw["prompt"], str) or not raw["prompt"].strip():
            problems.append(f"{where}: `prompt` must be non-empty text")
        messages = [{"role": "user", "content": str(raw["prompt"])}]
    if not isinstance(messages, list) or not messages:
        problems.append(f"{where}: a case needs `prompt` (text) or `messages` (a list of role/content tables)")
        messages = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            problems.append(f"{where}: messages[{i}] needs `role` ({', '.join(ROLES)}) and `content` (text)")
    if messages and isinstance(messages[-1], dict) and messages[-1].get("role") != "user":
        problems.append(f"{where}: the last message must be the user's (the model answers it)")
    tags = raw.get("tags", {})
    if not isinstance(tags, dict) or not all(isinstance(v, (str, int)) for v in tags.values()):
        problems.append(f'{where}: `tags` must be a table of text values, e.g. {{language = "en", risk = "high"}}')
        tags = {}
    max_tokens = raw.get("max_tokens", 0)
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or not 0 <= max_tokens <= 8192:
        problems.append(f"{where}: `max_tokens` must be a whole number from 1 to 8192")
        max_tokens = 0
    scorer = _check_scorer(raw.get("scorer"), where, problems)
    return Case(
        id=cid,
        messages=tuple(dict(m) for m in messages if isinstance(m, dict)),
        scorer=scorer,
        tags={str(k): str(v) for k, v in tags.items()},
        max_tokens=max_tokens,
    )


def _header(head: dict, source: str, problems: list[str], default_name: str) -> dict:
    if not isinstance(head, dict) or not _plain(head, f"{source}: [suite]", problems):
        if not isinstance(head, dict):
            problems.append(f"{source}: `suite` must be a table")
        head = {}
    for k in sorted(head.keys() - _SUITE_KEYS):
        problems.append(f"{source}: [suite] has no field `{k}` (it has {', '.join(sorted(_SUITE_KEYS))})")
    name = head.get("name", default_name)
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        problems.append(f"{source}: [suite] name {name!r} must be 1-64 letters, digits, '.', '_' or '-'")
    mt = head.get("max_tokens", 128)
    if isinstance(mt, bool) or not isinstance(mt, int) or not 1 <= mt <= 8192:
        problems.append(f"{source}: [suite] max_tokens must be a whole number from 1 to 8192")
    rp = head.get("repeat_penalty", 1.0)
    if isinstance(rp, bool) or not isinstance(rp, (int, float)) or not 0.5 <= rp <= 2.0:
        problems.append(f"{source}: [suite] repeat_penalty must be a number from 0.5 to 2")
    ctx = head.get("context", 2048)
    if isinstance(ctx, bool) or not isinstance(ctx, int) or not 256 <= ctx <= 131072:
        problems.append(f"{source}: [suite] context must be a whole number from 256 to 131072")
    for k in ("system", "description"):
        if not isinstance(head.get(k, ""), str):
            problems.append(f"{source}: [suite] {k} must be text")
    return head


def _read_toml(text: str, source: str, problems: list[str]):
    try:
        doc = tomllib.loads(text)
    except RecursionError:
        raise InvalidInputError(
            f"{source}: arrays or inline tables are nested too deeply to read (a case may nest {MAX_DEPTH} levels).",
            hint="Fix the file and try again.",
        ) from None
    except ValueError as exc:  # TOMLDecodeError, or a number too long to read
        raise InvalidInputError(f"{source} is not valid TOML: {exc}.", hint="Fix the file and try again.") from None
    for k in sorted(doc.keys() - {"suite", "judge", "case"}):
        problems.append(f"{source}: unknown top-level table `{k}` (a suite has [suite], [judge] and [[case]])")
    cases = doc.get("case", [])
    if not isinstance(cases, list):
        problems.append(f"{source}: cases are written as [[case]] tables")
        cases = []
    return doc.get("suite", {}), doc.get("judge", {}), [(c, None) for c in cases]


def _json_line(line: str, where: str, problems: list[str]):
    """The line's JSON value (a key given twice is a problem: the second would silently win)."""

    def pairs(items):
        obj = dict(items)
        if len(obj) < len(items):
            counts = collections.Counter(k for k, _ in items)
            problems.extend(f"{where}: the field `{k}` is given twice" for k in sorted(counts) if counts[k] > 1)
        return obj

    try:
        return json.loads(line, object_pairs_hook=pairs)
    except RecursionError:
        problems.append(f"{where}: nested more deeply than the {MAX_DEPTH} levels a case may have")
    except ValueError as exc:  # JSONDecodeError, or a number too long to read
        problems.append(f"{where}: not JSON ({getattr(exc, 'msg', str(exc))})")
    return None


def _read_jsonl(text: str, source: str, problems: list[str]):
    head, judge, raw_cases = {}, {}, []
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 may sit inside a string
        if not line.strip():
            continue
        obj = _json_line(line, f"{source}, line {n}", problems)
        if obj is None:
            continue
        if isinstance(obj, dict) and "suite" in obj and not raw_cases:
            for k in sorted(obj.keys() - {"suite", "judge"}):
                problems.append(f"{source}, line {n}: the header has no field `{k}` (it has suite and judge)")
            head, judge = obj.get("suite", {}), obj.get("judge", {})
            continue
        raw_cases.append((obj, n))
    return head, judge, raw_cases


def parse_suite(data: bytes, source: str, *, suffix: str) -> Suite:
    """Parse and check a suite's bytes (``suffix`` ``.toml`` or ``.jsonl``). Raises ``InvalidInputError``
    listing every problem."""
    problems: list[str] = []
    default_name = Path(source).stem
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark is not content
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            f"{source} is not UTF-8 text (byte {exc.start}).", hint="Save the suite as UTF-8."
        ) from None
    if suffix == ".toml":
        head, judge, raw_cases = _read_toml(text, source, problems)
    elif suffix == ".jsonl":
        head, judge, raw_cases = _read_jsonl(text, source, problems)
    else:
        raise InvalidInputError(f"{source}: a suite is a .toml or .jsonl file.", hint="See docs/formats/eval-suite.md.")
    head = _header(head, source, problems, default_name)
    if not isinstance(judge, dict) or (judge and not isinstance(judge.get("model"), str)):
        problems.append(f"{source}: [judge] needs `model`, the name of a local model (served through llama.cpp)")
        judge = {}
    for k in sorted(judge.keys() - {"model"}):
        problems.append(f"{source}: [judge] has no field `{k}` (it has model)")
    seen: set[str] = set()
    cases = [c for i, (raw, line) in enumerate(raw_cases) if (c := _case(raw, source, line, i, problems, seen))]
    if not raw_cases:
        problems.append(f"{source}: the suite has no cases")
    if any(c.scorer.get("type") == "rubric" for c in cases) and not judge:
        problems.append(f'{source}: rubric cases need a judge: add [judge] model = "…" (a local model)')
    if problems:
        shown = problems[:25]
        more = f"\n  … and {len(problems) - 25} more" if len(problems) > 25 else ""
        raise InvalidInputError(
            f"The suite {source} has {len(problems)} problem{'s' if len(problems) != 1 else ''}:\n  "
            + "\n  ".join(shown)
            + more,
            hint="Fix them and try again; docs/formats/eval-suite.md lists the fields and scorers.",
        )
    return Suite(
        name=head.get("name", default_name),
        description=str(head.get("description", "")),
        cases=tuple(cases),
        max_tokens=int(head.get("max_tokens", 128)),
        repeat_penalty=float(head.get("repeat_penalty", 1.0)),
        context=int(head.get("context", 2048)),
        system=str(head.get("system", "")),
        judge=dict(judge),
    )


def load_suite(path: Path) -> Suite:
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(f"No suite file at {path}.", hint="Give the path of a .toml or .jsonl suite.")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInputError(
                f"{path} is {path.stat().st_size:,} bytes; a suite file may hold at most {MAX_BYTES:,}.",
                hint="Split it into several suites.",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot read the suite {path}: {exc.strerror or exc}.", hint="Check the file."
        ) from None
    return parse_suite(data, str(path), suffix=path.suffix.lower())


def suite_from_canonical(data: bytes, source: str) -> Suite:
    """A stored suite (its canonical JSON, as sealed at import)."""
    doc = json.loads(data)
    head = doc["suite"]
    return Suite(
        name=head["name"],
        description=head.get("description", ""),
        cases=tuple(
            Case(
                id=c["id"],
                messages=tuple(c["messages"]),
                scorer=c["scorer"],
                tags=c.get("tags", {}),
                max_tokens=c.get("max_tokens", 0),
            )
            for c in doc["cases"]
        ),
        max_tokens=head["max_tokens"],
        repeat_penalty=head["repeat_penalty"],
        context=head.get("context", 2048),
        system=head.get("system", ""),
        judge=doc.get("judge", {}),
    )
