"""Evaluation suites: files of cases, each with its messages, expected value and scorer.

A suite is a TOML file (a ``[suite]`` table, an optional ``[judge]``, and ``[[case]]`` tables) or
a JSON Lines file (an optional first line ``{"suite": {…}, "judge": {…}}``, then one case per
line); docs/formats/eval-suite.md specifies both. ``load_suite`` checks the whole file at once and
reports *every* problem with the file and the case (its id, and its line in JSON Lines): an
unknown scorer, a regular expression that does not compile (or is too large: ``patterns.py``), a
JSON Schema that is not one or refers outside itself (the scorer tables: ``suite_scorers.py``), a
missing field, a value nested deeper than ``MAX_DEPTH`` or that JSON cannot hold (a TOML date,
NaN); each problem is a Message. A loaded suite has a canonical form (sorted JSON of its settings and cases) whose
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
from appliance.eval import retrieval_cases
from appliance.eval.suite_scorers import SCORERS, check_scorer  # noqa: F401 - SCORERS: the names it had
from appliance.messages import M, Message
from appliance.messages import text as _text

ROLES = ("system", "user", "assistant")
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
CASE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
MAX_DEPTH = 32  # nesting of a case (its scorer's schema included) or of the [suite] table
MAX_BYTES = 64 << 20  # a suite file
_SUITE_KEYS = {"name", "description", "max_tokens", "repeat_penalty", "system", "context"} | retrieval_cases.SUITE_KEYS
_CASE_KEYS = {"id", "prompt", "messages", "scorer", "tags", "max_tokens"} | retrieval_cases.CASE_KEYS


@dataclass(frozen=True)
class Case:
    id: str
    messages: tuple[dict, ...]
    scorer: dict
    tags: dict = field(default_factory=dict)
    max_tokens: int = 0  # 0: the suite's
    sources: tuple[dict, ...] = ()  # expected sources of a retrieval case (eval/retrieval_cases.py)

    def to_dict(self) -> dict:
        d = {"id": self.id, "messages": list(self.messages), "scorer": self.scorer, "tags": self.tags}
        if self.max_tokens:
            d["max_tokens"] = self.max_tokens
        if self.sources:
            d["sources"] = list(self.sources)
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
    collections: tuple[str, ...] = ()  # answered from these document collections (retrieval_cases.py)
    retrieval_k: int = 4

    def to_dict(self) -> dict:
        head = {
            "name": self.name,
            "description": self.description,
            "max_tokens": self.max_tokens,
            "repeat_penalty": self.repeat_penalty,
            "context": self.context,
            "system": self.system,
        }
        if self.collections:  # (absent otherwise: a suite without them keeps its digest)
            head.update(collections=list(self.collections), retrieval_k=self.retrieval_k)
        return {"suite": head, "judge": self.judge, "cases": [c.to_dict() for c in self.cases]}

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


def _where(source: str, case_id: str | None, line: int | None) -> str | Message:
    """Where a problem is: the file, its line (JSON Lines), the case."""
    if line and case_id:
        return M(
            "suite.where.line_case", "{source}, line {line}, case {case!r}", source=source, line=line, case=case_id
        )
    if line:
        return M("suite.where.line", "{source}, line {line}", source=source, line=line)
    if case_id:
        return M("suite.where.case", "{source}, case {case!r}", source=source, case=case_id)
    return source


class _Lines(Message):
    """Problems, one a line, indented as the suite's refusal lists them; each rendered in the
    language asked for."""

    __slots__ = ()

    def __init__(self, items):
        super().__init__("list.lines", "{items}", items=list(items))

    def render(self, language=None):
        return "\n  ".join(_text(p, language) for p in self.params["items"])


def _too_deep(where) -> Message:
    return M(
        "suite.too_deep",
        "{where}: nested more deeply than the {max_depth} levels a case may have",
        where=where,
        max_depth=MAX_DEPTH,
    )


def _plain(value, where, problems: list[Message]) -> bool:
    """Whether ``value`` is plain JSON that the canonical form can hold: nested at most
    ``MAX_DEPTH`` deep, no TOML dates or times, finite numbers, text that is valid Unicode."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)) and depth > MAX_DEPTH:
            problems.append(_too_deep(where))
            return False
        if isinstance(node, dict):
            stack.extend((k, depth) for k in node)
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
        elif isinstance(node, (datetime.date, datetime.time)):
            problems.append(
                M(
                    "suite.date_value",
                    "{where}: {value} is a date or time; write it as text (in quotes)",
                    where=where,
                    value=node.isoformat(),
                )
            )
            return False
        elif isinstance(node, float) and not math.isfinite(node):
            problems.append(
                M(
                    "suite.not_finite",
                    "{where}: {value} is not a number a suite can hold (use a finite number)",
                    where=where,
                    value=str(node),
                )
            )
            return False
        elif isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                problems.append(
                    M(
                        "suite.lone_surrogate",
                        "{where}: text with a lone surrogate ({text}) is not valid Unicode",
                        where=where,
                        text=repr(node[:40]),
                    )
                )
                return False
        elif not (node is None or isinstance(node, (bool, int, float))):
            problems.append(
                M(
                    "suite.value_type",
                    "{where}: a value of type {type} cannot be held",
                    where=where,
                    type=type(node).__name__,
                )
            )
            return False
    return True


def _case(raw, source: str, line: int | None, index: int, problems: list[Message], seen: set[str]) -> Case | None:
    if not isinstance(raw, dict):
        problems.append(
            M(
                "suite.case_not_table",
                "{where}: case {n} is not a table/object",
                where=_where(source, None, line),
                n=index + 1,
            )
        )
        return None
    cid = raw.get("id")
    where = _where(source, str(cid) if cid is not None else f"#{index + 1}", line)
    if not isinstance(cid, str) or not CASE_ID_RE.fullmatch(cid):
        problems.append(
            M("suite.case_id", "{where}: `id` must be 1-128 letters, digits, '.', '_', ':' or '-'", where=where)
        )
        cid = f"#{index + 1}"
    elif cid in seen:
        problems.append(M("suite.case_id_twice", "{where}: the id {id!r} is used twice", where=where, id=cid))
    seen.add(cid)
    if not _plain(raw, where, problems):
        return None
    for k in sorted(raw.keys() - _CASE_KEYS):
        problems.append(
            M(
                "suite.case_unknown_field",
                "{where}: unknown field `{key}` (a case has {keys})",
                where=where,
                key=str(k),
                keys=", ".join(sorted(_CASE_KEYS)),
            )
        )
    messages = raw.get("messages")
    if "prompt" in raw and messages is not None:
        problems.append(M("suite.prompt_and_messages", "{where}: give `prompt` or `messages`, not both", where=where))
    if "prompt" in raw:
        if not isinstance(raw["prompt"], str) or not raw["prompt"].strip():
            problems.append(M("suite.prompt_empty", "{where}: `prompt` must be non-empty text", where=where))
        messages = [{"role": "user", "content": str(raw["prompt"])}]
    if not isinstance(messages, list) or not messages:
        problems.append(
            M(
                "suite.no_prompt",
                "{where}: a case needs `prompt` (text) or `messages` (a list of role/content tables)",
                where=where,
            )
        )
        messages = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            problems.append(
                M(
                    "suite.message_fields",
                    "{where}: messages[{i}] needs `role` ({roles}) and `content` (text)",
                    where=where,
                    i=i,
                    roles=", ".join(ROLES),
                )
            )
    if messages and isinstance(messages[-1], dict) and messages[-1].get("role") != "user":
        problems.append(
            M("suite.last_not_user", "{where}: the last message must be the user's (the model answers it)", where=where)
        )
    tags = raw.get("tags", {})
    if not isinstance(tags, dict) or not all(isinstance(v, (str, int)) for v in tags.values()):
        problems.append(
            M(
                "suite.tags",
                '{where}: `tags` must be a table of text values, e.g. {{language = "en", risk = "high"}}',
                where=where,
            )
        )
        tags = {}
    max_tokens = raw.get("max_tokens", 0)
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or not 0 <= max_tokens <= 8192:
        problems.append(
            M("suite.case_max_tokens", "{where}: `max_tokens` must be a whole number from 1 to 8192", where=where)
        )
        max_tokens = 0
    scorer = check_scorer(raw.get("scorer"), where, problems)
    return Case(
        id=cid,
        messages=tuple(dict(m) for m in messages if isinstance(m, dict)),
        scorer=scorer,
        tags={str(k): str(v) for k, v in tags.items()},
        max_tokens=max_tokens,
        sources=retrieval_cases.check_sources(raw, where, problems),
    )


def _header(head: dict, source: str, problems: list[Message], default_name: str) -> dict:
    if not isinstance(head, dict) or not _plain(head, f"{source}: [suite]", problems):
        if not isinstance(head, dict):
            problems.append(M("suite.header_not_table", "{source}: `suite` must be a table", source=source))
        head = {}
    for k in sorted(head.keys() - _SUITE_KEYS):
        problems.append(
            M(
                "suite.header_unknown_field",
                "{source}: [suite] has no field `{key}` (it has {keys})",
                source=source,
                key=str(k),
                keys=", ".join(sorted(_SUITE_KEYS)),
            )
        )
    name = head.get("name", default_name)
    if not isinstance(name, str) or not NAME_RE.fullmatch(name):
        problems.append(
            M(
                "suite.header_name",
                "{source}: [suite] name {name} must be 1-64 letters, digits, '.', '_' or '-'",
                source=source,
                name=repr(name),
            )
        )
    mt = head.get("max_tokens", 128)
    if isinstance(mt, bool) or not isinstance(mt, int) or not 1 <= mt <= 8192:
        problems.append(
            M(
                "suite.header_max_tokens",
                "{source}: [suite] max_tokens must be a whole number from 1 to 8192",
                source=source,
            )
        )
    rp = head.get("repeat_penalty", 1.0)
    if isinstance(rp, bool) or not isinstance(rp, (int, float)) or not 0.5 <= rp <= 2.0:
        problems.append(
            M(
                "suite.header_repeat_penalty",
                "{source}: [suite] repeat_penalty must be a number from 0.5 to 2",
                source=source,
            )
        )
    ctx = head.get("context", 2048)
    if isinstance(ctx, bool) or not isinstance(ctx, int) or not 256 <= ctx <= 131072:
        problems.append(
            M(
                "suite.header_context",
                "{source}: [suite] context must be a whole number from 256 to 131072",
                source=source,
            )
        )
    for k in ("system", "description"):
        if not isinstance(head.get(k, ""), str):
            problems.append(M("suite.header_not_text", "{source}: [suite] {key} must be text", source=source, key=k))
    return head


def _fix_the_file() -> Message:
    return M("suite.fix_the_file", "Fix the file and try again.")


def _read_toml(data: str, source: str, problems: list[Message]):
    try:
        doc = tomllib.loads(data)
    except RecursionError:
        raise InvalidInputError(
            M(
                "suite.toml_too_deep",
                "{source}: arrays or inline tables are nested too deeply to read (a case may nest {max_depth} levels).",
                source=source,
                max_depth=MAX_DEPTH,
            ),
            hint=_fix_the_file(),
        ) from None
    except ValueError as exc:  # TOMLDecodeError, or a number too long to read
        raise InvalidInputError(
            M("suite.not_toml", "{source} is not valid TOML: {error}.", source=source, error=str(exc)),
            hint=_fix_the_file(),
        ) from None
    for k in sorted(doc.keys() - {"suite", "judge", "case"}):
        problems.append(
            M(
                "suite.unknown_table",
                "{source}: unknown top-level table `{key}` (a suite has [suite], [judge] and [[case]])",
                source=source,
                key=k,
            )
        )
    cases = doc.get("case", [])
    if not isinstance(cases, list):
        problems.append(M("suite.cases_not_tables", "{source}: cases are written as [[case]] tables", source=source))
        cases = []
    return doc.get("suite", {}), doc.get("judge", {}), [(c, None) for c in cases]


def _json_line(line: str, where, problems: list[Message]):
    """The line's JSON value (a key given twice is a problem: the second would silently win)."""

    def pairs(items):
        obj = dict(items)
        if len(obj) < len(items):
            counts = collections.Counter(k for k, _ in items)
            problems.extend(
                M("suite.field_twice", "{where}: the field `{key}` is given twice", where=where, key=k)
                for k in sorted(counts)
                if counts[k] > 1
            )
        return obj

    try:
        return json.loads(line, object_pairs_hook=pairs)
    except RecursionError:
        problems.append(_too_deep(where))
    except ValueError as exc:  # JSONDecodeError, or a number too long to read
        problems.append(
            M("suite.not_json", "{where}: not JSON ({error})", where=where, error=getattr(exc, "msg", str(exc)))
        )
    return None


def _read_jsonl(data: str, source: str, problems: list[Message]):
    head, judge, raw_cases = {}, {}, []
    for n, line in enumerate(data.split("\n"), 1):  # not splitlines(): U+2028 may sit inside a string
        if not line.strip():
            continue
        obj = _json_line(line, _where(source, None, n), problems)
        if obj is None:
            continue
        if isinstance(obj, dict) and "suite" in obj and not raw_cases:
            for k in sorted(obj.keys() - {"suite", "judge"}):
                problems.append(
                    M(
                        "suite.jsonl_header_field",
                        "{where}: the header has no field `{key}` (it has suite and judge)",
                        where=_where(source, None, n),
                        key=k,
                    )
                )
            head, judge = obj.get("suite", {}), obj.get("judge", {})
            continue
        raw_cases.append((obj, n))
    return head, judge, raw_cases


def _refuse(source: str, problems: list[Message]) -> None:
    """Raise the refusal that lists the problems (the first 25, and how many more)."""
    shown = problems[:25]
    if len(problems) > 25:
        shown.append(M("suite.problems.more", "… and {n} more", n=len(problems) - 25))
    hint = M("suite.problems.hint", "Fix them and try again; docs/formats/eval-suite.md lists the fields and scorers.")
    if len(problems) == 1:
        message = M(
            "suite.problem",
            "The suite {source} has {n} problem:\n  {problems}",
            source=source,
            n=1,
            problems=_Lines(shown),
        )
    else:
        message = M(
            "suite.problems",
            "The suite {source} has {n} problems:\n  {problems}",
            source=source,
            n=len(problems),
            problems=_Lines(shown),
        )
    raise InvalidInputError(message, hint=hint)


def parse_suite(data: bytes, source: str, *, suffix: str) -> Suite:
    """Parse and check a suite's bytes (``suffix`` ``.toml`` or ``.jsonl``). Raises ``InvalidInputError``
    listing every problem."""
    problems: list[Message] = []
    default_name = Path(source).stem
    try:
        decoded = data.decode("utf-8").removeprefix("\ufeff")  # a byte-order mark is not content
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            M("suite.not_utf8", "{source} is not UTF-8 text (byte {byte}).", source=source, byte=exc.start),
            hint=M("suite.not_utf8.hint", "Save the suite as UTF-8."),
        ) from None
    if suffix == ".toml":
        head, judge, raw_cases = _read_toml(decoded, source, problems)
    elif suffix == ".jsonl":
        head, judge, raw_cases = _read_jsonl(decoded, source, problems)
    else:
        raise InvalidInputError(
            M("suite.wrong_suffix", "{source}: a suite is a .toml or .jsonl file.", source=source),
            hint=M("suite.wrong_suffix.hint", "See docs/formats/eval-suite.md."),
        )
    head = _header(head, source, problems, default_name)
    collections, retrieval_k = retrieval_cases.check_header(head, source, problems)
    if not isinstance(judge, dict) or (judge and not isinstance(judge.get("model"), str)):
        problems.append(
            M(
                "suite.judge_model",
                "{source}: [judge] needs `model`, the name of a local model (served through llama.cpp)",
                source=source,
            )
        )
        judge = {}
    for k in sorted(judge.keys() - {"model"}):
        problems.append(
            M(
                "suite.judge_unknown_field",
                "{source}: [judge] has no field `{key}` (it has model)",
                source=source,
                key=k,
            )
        )
    seen: set[str] = set()
    cases = [c for i, (raw, line) in enumerate(raw_cases) if (c := _case(raw, source, line, i, problems, seen))]
    if not raw_cases:
        problems.append(M("suite.no_cases", "{source}: the suite has no cases", source=source))
    if any(c.scorer.get("type") == "rubric" for c in cases) and not judge:
        problems.append(
            M(
                "suite.rubric_needs_judge",
                '{source}: rubric cases need a judge: add [judge] model = "…" (a local model)',
                source=source,
            )
        )
    if problems:
        _refuse(source, problems)
    return Suite(
        name=head.get("name", default_name),
        description=str(head.get("description", "")),
        cases=tuple(cases),
        max_tokens=int(head.get("max_tokens", 128)),
        repeat_penalty=float(head.get("repeat_penalty", 1.0)),
        context=int(head.get("context", 2048)),
        system=str(head.get("system", "")),
        judge=dict(judge),
        collections=collections,
        retrieval_k=retrieval_k,
    )


def load_suite(path: Path) -> Suite:
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(
            M("suite.no_file", "No suite file at {path}.", path=str(path)),
            hint=M("suite.no_file.hint", "Give the path of a .toml or .jsonl suite."),
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInputError(
                M(
                    "suite.too_big",
                    "{path} is {size:,} bytes; a suite file may hold at most {max:,}.",
                    path=str(path),
                    size=path.stat().st_size,
                    max=MAX_BYTES,
                ),
                hint=M("suite.too_big.hint", "Split it into several suites."),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(
            M(
                "suite.unreadable",
                "Cannot read the suite {path}: {reason}.",
                path=str(path),
                reason=str(exc.strerror or exc),
            ),
            hint=M("suite.unreadable.hint", "Check the file."),
        ) from None
    return parse_suite(data, str(path), suffix=path.suffix.lower())


def suite_from_canonical(data: bytes, source: str) -> Suite:
    """A stored suite (its canonical JSON, as sealed at import)."""
    doc = json.loads(data)
    head = dict(doc["suite"], collections=tuple(doc["suite"].get("collections", ())))
    cases = tuple(
        Case(
            id=c["id"],
            messages=tuple(c["messages"]),
            scorer=c["scorer"],
            tags=c.get("tags", {}),
            max_tokens=c.get("max_tokens", 0),
            sources=tuple(c.get("sources", ())),
        )
        for c in doc["cases"]
    )
    return Suite(cases=cases, judge=doc.get("judge", {}), **head)
