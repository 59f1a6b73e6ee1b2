"""Evaluation suites: files of cases, each with its messages, expected value and scorer.

A suite is a TOML file (a ``[suite]`` table, an optional ``[judge]``, and ``[[case]]`` tables) or
a JSON Lines file (an optional first line ``{"suite": {…}, "judge": {…}}``, then one case per
line); docs/formats/eval-suite.md specifies both. ``load_suite`` checks the whole file at once and
reports *every* problem with the file and the case (its id, and its line in JSON Lines): an
unknown scorer, a regular expression that does not compile, a JSON Schema that is not one, a
missing field. A loaded suite has a canonical form (sorted JSON of its settings and cases) whose
SHA-256 identifies the version: the same cases are the same suite version wherever they came from.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from appliance.errors import InvalidInputError

SCORERS = ("exact", "contains", "regex", "json", "numeric", "refusal", "choice", "rubric")
ROLES = ("system", "user", "assistant")
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
CASE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
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
    elif kind == "regex":
        pattern = sc.get("pattern")
        if not isinstance(pattern, str):
            problems.append(f"{where}: `pattern` must be text")
        else:
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(f"{where}: the regular expression {pattern!r} does not compile: {exc}")
    elif kind == "json" and "schema" in sc:
        import jsonschema

        try:
            jsonschema.Draft202012Validator.check_schema(sc["schema"])
        except jsonschema.SchemaError as exc:
            path = "/".join(str(p) for p in exc.path) or "(top)"
            problems.append(f"{where}: `schema` is not a valid JSON Schema at {path}: {exc.message}")
    elif kind == "numeric":
        for k in ("expected", "tolerance"):
            v = sc.get(k, 0)
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                problems.append(f"{where}: `{k}` must be a number")
        if isinstance(sc.get("tolerance"), (int, float)) and sc["tolerance"] < 0:
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
    if not isinstance(head.get("system", ""), str):
        problems.append(f"{source}: [suite] system must be text")
    return head


def parse_suite(data: bytes, source: str, *, suffix: str) -> Suite:
    """Parse and check a suite's bytes (``suffix`` ``.toml`` or ``.jsonl``). Raises ``InvalidInputError``
    listing every problem."""
    problems: list[str] = []
    default_name = Path(source).stem
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            f"{source} is not UTF-8 text (byte {exc.start}).", hint="Save the suite as UTF-8."
        ) from None
    raw_cases: list[tuple[object, int | None]] = []
    if suffix == ".toml":
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInputError(f"{source} is not valid TOML: {exc}.", hint="Fix the file and try again.") from None
        for k in sorted(doc.keys() - {"suite", "judge", "case"}):
            problems.append(f"{source}: unknown top-level table `{k}` (a suite has [suite], [judge] and [[case]])")
        head, judge = doc.get("suite", {}), doc.get("judge", {})
        cases = doc.get("case", [])
        if not isinstance(cases, list):
            problems.append(f"{source}: cases are written as [[case]] tables")
            cases = []
        raw_cases = [(c, None) for c in cases]
    elif suffix == ".jsonl":
        head, judge = {}, {}
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                problems.append(f"{source}, line {n}: not JSON ({exc.msg})")
                continue
            if isinstance(obj, dict) and "suite" in obj and not raw_cases:
                head, judge = obj.get("suite", {}), obj.get("judge", {})
                continue
            raw_cases.append((obj, n))
    else:
        raise InvalidInputError(f"{source}: a suite is a .toml or .jsonl file.", hint="See docs/formats/eval-suite.md.")
    head = _header(head, source, problems, default_name)
    if not isinstance(judge, dict) or (judge and not isinstance(judge.get("model"), str)):
        problems.append(f"{source}: [judge] needs `model`, the name of a local model (served through llama.cpp)")
        judge = {}
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
    return parse_suite(path.read_bytes(), str(path), suffix=path.suffix.lower())


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
