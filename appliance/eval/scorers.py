"""Scorers: whether one answer passes its case (docs/formats/eval-suite.md, "Scorers").

Each scorer takes the case's scorer table and what the model produced and returns a
``Score(passed, detail)``; ``detail`` says in a few words why (what was missing, what number
was read): the English words, stored in the results as ``detail``, and ``message``, the same as
a Message (stored beside them as ``detail_message``). Generation scorers read the answer text; ``choice`` reads the log-probability of each
choice as the answer's continuation; ``rubric`` reads the local judge model's verdict.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass

from appliance.eval import patterns
from appliance.messages import M, Message

SECONDS = 10.0  # the bound on scoring one answer with a user-supplied pattern or schema
BOUNDED = ("regex", "json")  # the scorers that run what a suite's author wrote


@dataclass(frozen=True)
class Score:
    """``Score(passed, M(...))`` (or ``""``: nothing to say); ``detail`` is then the English words
    and ``message`` the Message. ``Score(passed, english, message)`` gives both (a cut text)."""

    passed: bool
    detail: str = ""
    message: Message | None = None

    def __post_init__(self):
        if isinstance(self.detail, Message):
            object.__setattr__(self, "message", self.detail)
            object.__setattr__(self, "detail", self.detail.render("en"))

    @property
    def detail_message(self) -> dict | None:
        """The ``detail_message`` stored beside ``detail``."""
        return self.message.to_dict() if self.message is not None else None


def for_case(case_id: str | None, message: Message) -> Message:
    """``message`` about a case named by id (``case 'x': …``), or as it is when there is no id."""
    return M("eval.score.for_case", "case {case!r}: {problem}", case=case_id, problem=message) if case_id else message


# Phrases that open or carry a refusal, in the languages the appliance ships a UI for. A refusal
# scorer is a heuristic by nature: suites that depend on it should say what a refusal looks like
# through a rubric case instead where the wording varies.
REFUSAL_PHRASES = (
    "i can't",
    "i cannot",
    "i can not",
    "i won't",
    "i will not",
    "i'm not able",
    "i am not able",
    "i'm unable",
    "i am unable",
    "i'm sorry, but",
    "i am sorry, but",
    "sorry, i can",
    "i must decline",
    "i'm not allowed",
    "i am not allowed",
    "cannot help with",
    "can't help with",
    "not able to help",
    "cannot provide",
    "can't provide",
    "cannot assist",
    "can't assist",
    "as an ai",
    "je ne peux pas",
    "je ne suis pas en mesure",
    "désolé, mais",
    "मैं नहीं कर सकता",
    "मैं नहीं कर सकती",
    "मैं इसमें मदद नहीं",
    "क्षमा करें",
    "என்னால் முடியாது",
    "மன்னிக்கவும்",
    "لا أستطيع",
    "لا يمكنني",
    "عذرًا",
)

_NUMBER = re.compile(r"[-−]?\d+(?:[ ,]\d{3})*(?:\.\d+)?|[-−]?\.\d+")


def is_refusal(text: str) -> bool:
    t = " ".join(text.lower().split())[:400].replace("’", "'")
    return any(p in t for p in REFUSAL_PHRASES)


def first_number(text: str) -> float | None:
    m = _NUMBER.search(text)
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", "").replace(" ", "").replace("−", "-"))
    except ValueError:
        return None


def extract_json(text: str, *, deadline: float | None = None):
    """The JSON value in an answer: the whole answer, a fenced block, or the first object/array in it.
    Raises ``ValueError`` when there is none (``TimeoutError`` past ``deadline``, a ``time.monotonic``)."""
    s = text.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", s, re.S)
    candidates = [s] + ([fenced.group(1).strip()] if fenced else [])
    for c in candidates:
        try:
            return json.loads(c)
        except (ValueError, RecursionError):
            pass
    dec = json.JSONDecoder()
    for i, ch in enumerate(s):
        if ch in "{[":
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError("looking for JSON in the answer took too long")
            try:
                return dec.raw_decode(s, i)[0]
            except (ValueError, RecursionError):
                continue
    raise ValueError("no JSON value in the answer")


def _norm(s: str, ignore_case: bool) -> str:
    s = " ".join(s.split())
    return s.casefold() if ignore_case else s


def score_text(scorer: dict, answer: str, *, case_id: str | None = None, seconds: float = SECONDS) -> Score:
    """Score a generated answer (every scorer but ``choice`` and ``rubric``). Never raises: a pattern
    or schema that cannot run, or runs past ``seconds``, fails the case and says why."""
    kind = scorer.get("type")
    try:
        return _score_text(scorer, answer, seconds)
    except TimeoutError:
        msg = M(
            "eval.score.timeout",
            "its {kind} scorer ran past the {seconds:g} s bound (stopped)",
            kind=kind,
            seconds=seconds,
        )
        return Score(False, for_case(case_id, msg))
    except MemoryError:
        msg = M("eval.score.memory", "its {kind} scorer ran out of the memory it may use (stopped)", kind=kind)
        return Score(False, for_case(case_id, msg))
    except RecursionError:
        return Score(
            False, for_case(case_id, M("eval.score.recursion", "its {kind} scorer nests too deeply to run", kind=kind))
        )
    except Exception as exc:  # noqa: BLE001 - a suite's pattern or schema that cannot run fails its case
        error = f"{type(exc).__name__}: {exc}"
        msg = for_case(
            case_id, M("eval.score.cannot_run", "its {kind} scorer cannot run: {error}", kind=kind, error=error[:300])
        )
        return Score(False, msg.render("en")[:300], msg)


def _score_text(scorer: dict, answer: str, seconds: float) -> Score:
    kind = scorer["type"]
    if kind == "exact":
        strip = scorer.get("strip", True)
        a, e = (answer.strip(), scorer["expected"].strip()) if strip else (answer, scorer["expected"])
        if scorer.get("ignore_case"):
            a, e = a.casefold(), e.casefold()
        return Score(a == e, "" if a == e else M("eval.score.differs", "differs from the expected text"))
    if kind == "contains":
        ic = scorer.get("ignore_case", False)
        hay = _norm(answer, ic)
        if "all" in scorer:
            missing = [s for s in scorer["all"] if _norm(s, ic) not in hay]
            if not missing:
                return Score(True)
            return Score(False, M("eval.score.missing", "missing: {texts}", texts=", ".join(repr(m) for m in missing)))
        found = [s for s in scorer["any"] if _norm(s, ic) in hay]
        if found:
            return Score(True, M("eval.score.found", "found {text!r}", text=found[0]))
        return Score(False, M("eval.score.none_found", "none of the expected texts"))
    if kind == "regex":
        full = bool(scorer.get("full"))
        m = patterns.search(
            scorer["pattern"],
            answer.strip() if full else answer,
            flags=re.I if scorer.get("ignore_case") else 0,
            full=full,
            seconds=seconds,
        )
        return Score(m is not None, "" if m else M("eval.score.no_match", "no match"))
    if kind == "json":
        deadline = time.monotonic() + seconds
        try:
            value = extract_json(answer, deadline=deadline)
        except ValueError:
            return Score(False, M("eval.score.no_json", "the answer holds no JSON"))
        if "schema" in scorer:
            import jsonschema

            err = jsonschema.exceptions.best_match(patterns.validator(scorer["schema"]).iter_errors(value))
            if err is not None:
                where = "/".join(str(p) for p in err.absolute_path) or "(top)"
                msg = M("eval.score.schema", "schema: {where}: {error}", where=where, error=err.message[:200])
                return Score(False, msg.render("en")[:200], msg)
        return Score(True, "")
    if kind == "numeric":
        got = first_number(answer)
        if got is None:
            return Score(False, M("eval.score.no_number", "no number in the answer"))
        expected = float(scorer["expected"])
        tol = float(scorer.get("tolerance", 0))
        if scorer.get("relative"):
            tol *= abs(expected)
        ok = abs(got - expected) <= tol + 1e-12
        return Score(ok, M("eval.score.read", "read {value:g}", value=got))
    if kind == "refusal":
        refused = is_refusal(answer)
        ok = refused == scorer["expected"]
        return Score(ok, M("eval.score.refused", "refused") if refused else M("eval.score.answered", "answered"))
    raise ValueError(f"scorer {kind!r} does not score text")


def choice_index(scorer: dict) -> int:
    a = scorer["answer"]
    return a if isinstance(a, int) else scorer["choices"].index(a)


def score_choice(scorer: dict, logprobs: list[float]) -> Score:
    """Multiple choice: the choice with the highest total log-probability is the model's answer."""
    best = max(range(len(logprobs)), key=lambda i: logprobs[i])
    right = choice_index(scorer)
    return Score(best == right, M("eval.score.chose", "chose {choice!r}", choice=scorer["choices"][best]))


JUDGE_INSTRUCTIONS = (
    "You are grading an answer. Read the question, the answer and the rubric. "
    "Reply with one word: PASS if the answer meets the rubric, FAIL if it does not."
)


def judge_messages(case_messages: list[dict], answer: str, rubric: str) -> list[dict]:
    question = "\n".join(m["content"] for m in case_messages if m["role"] == "user")
    return [
        {"role": "system", "content": JUDGE_INSTRUCTIONS},
        {
            "role": "user",
            "content": f"Question:\n{question}\n\nAnswer:\n{answer}\n\nRubric:\n{rubric}\n\nVerdict (PASS or FAIL):",
        },
    ]


def score_verdict(verdict: str) -> Score:
    """The judge's reply: PASS or FAIL, whichever comes first (anything else fails, and says so)."""
    m = re.search(r"\b(PASS|FAIL)\b", verdict.upper())
    if not m:
        said = " ".join(verdict.split())[:80]
        return Score(False, M("eval.score.no_verdict", "the judge gave no verdict: {text}", text=said))
    return Score(m.group(1) == "PASS", M("eval.score.judge", "judge: {verdict}", verdict=m.group(1)))
