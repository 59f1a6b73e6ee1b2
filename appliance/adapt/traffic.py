"""Simulated traffic for the drift detectors' tests, their benchmark and the demo.

The sample agency (``appliance/samples/kestrel_registry.jsonl``, the Kestrel Valley Civic Registry)
is the line's world: ``english(n, seed)`` draws requests from its English questions with light
variation (greetings, "please", thanks, a rephrasing) and the answers the line gives, a few
off-topic requests that it refuses, and ratings from the users who rate. ``shift(name, n_before,
n_after, seed)`` is the same stream that changes after ``n_before`` requests, in one of ``SHIFTS``:

* ``hindi``: half the requests come in Hindi (``kestrel_registry.hi.jsonl``);
* ``renamed_form``: the marriage form KV-27 is renamed KV-31; a third of the requests ask about
  KV-31, the line still answers KV-27, and the users who rate an answer about the form rate it bad;
* ``long_questions``: half the prompts come with several sentences of context before the question;
* ``refusals``: the line starts refusing a fifth of the requests.

Each generator is a seeded ``random.Random``: the same arguments give the same observations.
Token counts are left None unless a ``tokenizers.Tokenizer`` is given.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from functools import cache

from appliance.adapt.drift import Observation, script_of
from appliance.errors import InvalidInputError
from appliance.messages import M
from appliance.samples import SAMPLES

SHIFTS = ("hindi", "renamed_form", "long_questions", "refusals")
SHARE = {"hindi": 0.5, "renamed_form": 1 / 3, "long_questions": 0.5, "refusals": 0.2}  # of requests after the shift
RATED = 0.3  # share of right answers a user rates
RATED_WHEN_WRONG = 0.6  # share of wrong or refused answers a user rates (the unhappy rate more often)
BAD_WHEN_RIGHT = 0.06  # a right answer rated bad anyway
BAD_WHEN_WRONG = 0.9  # a wrong or refused answer rated bad
OFF_TOPIC = 0.03  # share of requests about something else, which the line refuses
START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

PREFIXES = ["Hello, ", "Hi, ", "Good morning. ", "Excuse me, ", "Quick question: ", "Please tell me: "]
PREFIXES += ["Could you please tell me: ", "Sorry to bother you, "]
SUFFIXES = [" Thanks.", " Thank you!", " Thanks in advance.", " Please.", " I could not find it on the website."]
HINDI_PREFIXES = ["नमस्ते, ", "नमस्कार। ", "कृपया बताइए, "]
HINDI_SUFFIXES = [" धन्यवाद।", " कृपया बताइए।"]
OFF_TOPIC_PROMPTS = [
    "Can you write a short poem about autumn?",
    "What will the weather be like tomorrow?",
    "Tell me a joke about cats.",
    "Who won the football match last night?",
    "Can you help me with my maths homework?",
    "What is the best pizza place in town?",
]
OFF_TOPIC_ANSWERS = [
    "I'm sorry, but I can only answer questions about the Kestrel Valley Civic Registry.",
    "I can't help with that; I answer questions about the registry's services.",
]
REFUSALS = [
    "I'm sorry, but I can't help with that request.",
    "I cannot help with questions about personal documents.",
    "As an AI, I am not able to give information about registry procedures.",
    "I'm sorry, but I am unable to answer that.",
]
KV31_PROMPTS = [
    "Is Form KV-31 the new form for marriage registration?",
    "Where can I pick up Form KV-31 for our wedding?",
    "The notice at the registry says marriages now need Form KV-31. What else should we bring?",
    "Do I still need two witnesses with the new Form KV-31?",
    "I heard Form KV-27 was replaced by KV-31. Which one do I fill in?",
    "Can I hand in Form KV-31 at the counter without an appointment?",
]
CONTEXT = [
    "I moved to Kestrel Valley last spring with my family.",
    "My employer asked me to sort out my papers before the end of the month.",
    "I tried calling last week but nobody could tell me for sure.",
    "My neighbour said the rules changed recently, so I want to be certain.",
    "I work long shifts and can only come on one day, so I need to get it right the first time.",
    "We are new here and the whole system is different from where we lived before.",
    "Last time I went I had to come back because a document was missing.",
    "My English is not perfect, so please excuse any mistakes in my question.",
    "I have already filled in some forms online but I am not sure they arrived.",
    "My lawyer is on holiday and I do not want to wait until she is back.",
    "The website was confusing and I could not find a clear answer there.",
    "I am asking for my elderly mother, who cannot come to the office herself.",
]


@cache
def _rows(name: str) -> tuple[tuple[str, str], ...]:
    out = []
    for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            msgs = json.loads(line)["messages"]
            out.append((msgs[0]["content"], msgs[1]["content"]))
    return tuple(out)


@cache
def english_rows() -> tuple[tuple[str, str], ...]:
    """The sample agency's English (question, answer) pairs, both splits."""
    return tuple(qa for qa in _rows("kestrel_registry.jsonl") if script_of(qa[0]) == "Latin")


def hindi_rows() -> tuple[tuple[str, str], ...]:
    """The Hindi (question, answer) pairs: ``kestrel_registry.hi.jsonl``."""
    return _rows("kestrel_registry.hi.jsonl")


def _vary(rng: random.Random, question: str, prefixes: list[str], suffixes: list[str]) -> str:
    """A light variation of a question: a greeting or "please" before it, thanks after it."""
    if rng.random() < 0.35:
        prefix = rng.choice(prefixes)
        if prefix.endswith((", ", ": ")) and question[1:2].islower():
            question = question[0].lower() + question[1:]
        question = prefix + question
    if rng.random() < 0.25:
        question += rng.choice(suffixes)
    return question


def _rate(rng: random.Random, wrong: bool) -> int | None:
    if rng.random() >= (RATED_WHEN_WRONG if wrong else RATED):
        return None
    return -1 if rng.random() < (BAD_WHEN_WRONG if wrong else BAD_WHEN_RIGHT) else 1


def _one(rng: random.Random, shifted: str | None, hindi: float) -> tuple[str, str, bool]:
    """One request: (prompt, answer, whether the answer is wrong or refused)."""
    share = SHARE.get(shifted or "", 0.0)
    hindi = share if shifted == "hindi" else hindi
    if hindi and rng.random() < hindi:
        q, a = rng.choice(hindi_rows())
        return _vary(rng, q, HINDI_PREFIXES, HINDI_SUFFIXES), a, False
    if shifted == "renamed_form" and rng.random() < share:
        marriage = next(a for q, a in english_rows() if "KV-27" in a)
        return _vary(rng, rng.choice(KV31_PROMPTS), PREFIXES, SUFFIXES), marriage, True
    if rng.random() < OFF_TOPIC:
        return rng.choice(OFF_TOPIC_PROMPTS), rng.choice(OFF_TOPIC_ANSWERS), True
    q, a = rng.choice(english_rows())
    q = _vary(rng, q, PREFIXES, SUFFIXES)
    wrong = shifted == "renamed_form" and "KV-27" in a  # the old form, now wrong
    if shifted == "long_questions" and rng.random() < share:
        q = " ".join(rng.sample(CONTEXT, rng.randint(2, 4))) + " " + q
    if shifted == "refusals" and rng.random() < share:
        a, wrong = rng.choice(REFUSALS), True
    return q, a, wrong


def _stream(plan: list[str | None], seed: int, tokenizer=None, hindi: float = 0.0) -> list[Observation]:
    rng = random.Random(seed)
    at = START
    out = []
    for shifted in plan:
        prompt, answer, wrong = _one(rng, shifted, hindi)
        at += timedelta(seconds=round(rng.expovariate(1 / 40), 1))
        obs = Observation(prompt, answer, rating=_rate(rng, wrong), at=at.isoformat())
        if tokenizer is not None:
            obs.prompt_tokens = len(tokenizer.encode(prompt, add_special_tokens=False).ids)
            obs.answer_tokens = len(tokenizer.encode(answer, add_special_tokens=False).ids)
        out.append(obs)
    return out


def english(n: int, seed: int, *, tokenizer=None, hindi: float = 0.0) -> list[Observation]:
    """``n`` requests of the line's usual (English) traffic; ``hindi``: the share of them in Hindi
    (a line whose usual traffic mixes scripts, where some scripts are rare)."""
    return _stream([None] * n, seed, tokenizer, hindi)


def shift(name: str, n_before: int, n_after: int, seed: int, *, tokenizer=None) -> list[Observation]:
    """``n_before`` usual requests, then ``n_after`` after the shift ``name`` (one of ``SHIFTS``)."""
    if name not in SHIFTS:
        raise InvalidInputError(
            M(
                "drift.unknown_shift",
                "There is no simulated shift {name} (there are {names}).",
                name=name,
                names=", ".join(SHIFTS),
            )
        )
    return _stream([None] * n_before + [name] * n_after, seed, tokenizer)
