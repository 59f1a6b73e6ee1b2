"""Drift: is the traffic a line serves now still the traffic it was built for?

A check compares a **window** of recent requests (``Observation``: the last user message, the answer,
token counts when known, the user's rating) with the line's **reference** (earlier traffic, or its
training rows) through the detectors of ``DETECTORS``, each a two-sample test whose p-value is computed
under "one distribution": scripts (chi-square, or its permutation test for small counts), lengths
(KS), tokens per character and byte-fallback share under the line's tokenizer (KS per script),
embeddings (MMD², permutation test), answer lengths (KS), refusals and bad ratings (Fisher's test).

The check alarms when a p-value is under ``alpha / k``, k the detectors that ran (Bonferroni): a
check of traffic that has not drifted alarms with probability at most ``alpha`` whatever their
dependence (ties and counts make KS and Fisher conservative; bench/drift.py measures the rates). A
detector without the data it needs does not run and says why (``why_not``). Deterministic for a seed.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import numpy as np
from scipy import stats

from appliance.errors import InvalidInputError
from appliance.messages import M, Message

DETECTORS = tuple(
    "script_mix prompt_length tokens_per_char byte_fallback embedding answer_length refusal_rate rating_rate".split()
)
DEFAULT_ALPHA = 0.01
MIN_ROWS = 20  # rows a side needs for any detector to run (and a script, for the tokenizer's)
MIN_RATINGS = 10  # ratings a side needs for rating_rate
MIN_EXPECTED = 5.0  # chi-square's rule (Cochran): under this expected count, the permutation test
REFERENCE_CAP = 300  # reference rows the embedding detector draws (the kernel is quadratic)


# --- what a check takes and gives -----------------------------------------------------------------


@dataclass
class Observation:
    """One served request (or one reference row)."""

    prompt: str  # the last user message
    answer: str = ""
    prompt_tokens: int | None = None
    answer_tokens: int | None = None
    rating: int | None = None  # +1 (good), -1 (bad), None (not rated)
    at: str = ""  # ISO time, informational


@dataclass
class DetectorResult:
    """One detector's verdict in one check."""

    name: str  # one of DETECTORS
    ran: bool
    statistic: float | None
    p_value: float | None
    threshold: float | None  # the p-value under which it alarms in this check
    alarm: bool
    why_not: dict | None  # Message.to_dict() when it did not run
    detail: dict  # what a chart shows: the two sides' shares or medians, the test used

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class DriftCheck:
    """A window checked against a reference: every detector's result and the Bonferroni verdict."""

    alpha: float
    n_reference: int
    n_window: int
    results: list[DetectorResult] = field(default_factory=list)

    @property
    def alarm(self) -> bool:
        return any(r.alarm for r in self.results)

    @property
    def alarms(self) -> list[str]:
        return [r.name for r in self.results if r.alarm]

    def to_dict(self) -> dict:
        return asdict(self) | {"alarm": self.alarm}

    @classmethod
    def from_dict(cls, d: dict) -> DriftCheck:
        fields = ("name", "ran", "statistic", "p_value", "threshold", "alarm", "why_not", "detail")
        results = [
            DetectorResult(**{k: r.get(k) for k in fields} | {"detail": r.get("detail") or {}}) for r in d["results"]
        ]
        return cls(float(d["alpha"]), int(d["n_reference"]), int(d["n_window"]), results)


# --- scripts --------------------------------------------------------------------------------------

# Unicode blocks by script (hexadecimal code point ranges): enough to name the script of a prompt.
_SCRIPT_RANGES = """
Latin 41-24F 1E00-1EFF 2C60-2C7F A720-A7FF AB30-AB6F FF21-FF5A | Greek 370-3FF 1F00-1FFF
Cyrillic 400-52F 1C80-1C8F 2DE0-2DFF A640-A69F | Armenian 530-58F | Hebrew 590-5FF FB1D-FB4F
Arabic 600-6FF 750-77F 8A0-8FF FB50-FDFF FE70-FEFF | Devanagari 900-97F A8E0-A8FF | Bengali 980-9FF
Gurmukhi A00-A7F | Gujarati A80-AFF | Oriya B00-B7F | Tamil B80-BFF | Telugu C00-C7F | Kannada C80-CFF
Malayalam D00-D7F | Sinhala D80-DFF | Thai E00-E7F | Lao E80-EFF | Tibetan F00-FFF | Myanmar 1000-109F
Georgian 10A0-10FF | Hangul 1100-11FF 3130-318F AC00-D7AF | Ethiopic 1200-139F | Khmer 1780-17FF
Hiragana 3040-309F | Katakana 30A0-30FF 31F0-31FF | Han 3400-4DBF 4E00-9FFF F900-FAFF 20000-2FA1F
"""
_BLOCKS = sorted(
    (int(a, 16), int(b, 16), name)
    for entry in _SCRIPT_RANGES.replace("\n", " | ").split("|")
    if entry.strip()
    for name, *spans in [entry.split()]
    for a, b in (s.split("-") for s in spans)
)
_STARTS = [b[0] for b in _BLOCKS]


def _block(cp: int) -> str | None:
    i = bisect.bisect_right(_STARTS, cp) - 1
    return _BLOCKS[i][2] if i >= 0 and cp <= _BLOCKS[i][1] else None


@lru_cache(maxsize=1 << 16)
def script_of(text: str) -> str:
    """The script most of ``text``'s letters are written in ("Latin", "Devanagari", "Tamil",
    "Arabic", "Han", "Cyrillic", …), by Unicode block; "Other" for letters of no listed block or a
    text without letters. Vowel signs and other marks count with their block's letters."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch < "\x80":
            if ch.isalpha():
                counts["Latin"] += 1
            continue
        cat = unicodedata.category(ch)[0]
        if cat not in "LM":
            continue
        name = _block(ord(ch))
        if name is None and cat == "L":
            name = "Other"
        if name is not None:
            counts[name] += 1
    return counts.most_common(1)[0][0] if counts else "Other"


# --- refusals -------------------------------------------------------------------------------------

_APOS = "['\u2019]"
REFUSAL_PATTERNS = (  # case does not matter
    rf"\bI(?: am|{_APOS}m)? (?:can{_APOS}?t|cannot|can not|unable to|not able to)\b.{{0,40}}?"
    r"\b(?:help|assist|answer|provide|give|do that|share)",
    rf"\bI(?:{_APOS}m| am) sorry,? but\b",
    r"\bas an AI\b",
    rf"\bI (?:won{_APOS}t|will not) be able to\b",
    r"मैं\s.{0,60}?नहीं\s+(?:कर|दे|बता)\s*(?:सकता|सकती)",  # Hindi: "I cannot …"
    r"माफ़?\s*(?:कीजिए|करें),?\s+(?:लेकिन|पर)",  # Hindi: "sorry, but"
    r"\bje ne (?:peux pas|suis pas en mesure)\b",  # French
    r"\bd[ée]sol[ée]e?,? (?:mais )?je ne\b",
    r"என்னால்\s.{0,40}?முடியாது",  # Tamil: "I cannot …"
    r"لا أستطيع|لا يمكنني",  # Arabic: "I cannot"
)
_REFUSAL = re.compile("|".join(f"(?:{p})" for p in REFUSAL_PATTERNS), re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def is_refusal(answer: str) -> bool:
    """Whether an answer refuses (a small multilingual pattern list: REFUSAL_PATTERNS)."""
    return _REFUSAL.search(answer) is not None


# --- dataset rows ---------------------------------------------------------------------------------


def _content(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # a list of parts ({"type": "text", "text": …}) or assistant turns
        parts = [p.get("text") or p.get("content") for p in value if isinstance(p, dict)]
        return "\n".join(_content(p) for p in parts if p)
    return ""


def _last_user(messages: list) -> tuple[str, str]:
    """The last user turn's text and the assistant turn right after it ("" when none)."""
    turns = [m for m in messages if isinstance(m, dict)]
    users = [i for i, m in enumerate(turns) if m.get("role") == "user"]
    if not users:
        return "", ""
    i = users[-1]
    after = turns[i + 1] if i + 1 < len(turns) and turns[i + 1].get("role") == "assistant" else {}
    return _content(turns[i].get("content")), _content(after.get("content"))


def observations_from_records(records: list[dict]) -> list[Observation]:
    """Observations from dataset rows as the appliance stores them: chat rows (``messages``: the
    last user turn is the prompt, the assistant turn after it the answer), instruction rows
    (``instruction`` and ``input`` the prompt, ``output`` the answer), preference rows (``prompt``
    or ``messages``; ``chosen`` is the answer) and judgements (``completion`` the answer, ``label``
    a rating of +1 or -1). Text rows and rows without a prompt are skipped. A row's own ``rating``
    (+1/-1), ``prompt_tokens``, ``answer_tokens`` and ``at`` are kept."""
    out = []
    for r in records:
        if not isinstance(r, dict):
            continue
        rating = r.get("rating") if r.get("rating") in (1, -1) else None
        if "chosen" in r or ("completion" in r and "label" in r):
            prompt = _content(r["prompt"]) if "prompt" in r else _last_user(r.get("messages") or [])[0]
            answer = _content(r.get("chosen") if "chosen" in r else r.get("completion"))
            if "label" in r and "chosen" not in r:
                rating = 1 if r["label"] else -1
        elif isinstance(r.get("messages"), list):
            prompt, answer = _last_user(r["messages"])
        elif isinstance(r.get("instruction"), str):
            extra = r.get("input") if isinstance(r.get("input"), str) else ""
            prompt = r["instruction"] + (f"\n\n{extra}" if extra else "")
            answer = _content(r.get("output"))
        else:
            continue
        if not prompt:
            continue
        tokens = {k: r[k] if isinstance(r.get(k), int) else None for k in ("prompt_tokens", "answer_tokens")}
        out.append(Observation(prompt, answer, **tokens, rating=rating, at=str(r.get("at") or "")))
    return out


# --- the detectors --------------------------------------------------------------------------------


@dataclass
class _Outcome:
    statistic: float | None = None
    p_value: float | None = None
    detail: dict = field(default_factory=dict)
    why_not: Message | None = None


def _skip(message: Message) -> _Outcome:
    return _Outcome(why_not=message)


@dataclass
class _Context:
    reference: Sequence[Observation]
    window: Sequence[Observation]
    tokenizer: object | None
    embed: Callable | None
    seed: int
    permutations: int
    _features: dict | None = None

    def rng(self, name: str) -> np.random.Generator:
        """A generator of its own per detector, so one detector's draws do not depend on another's."""
        return np.random.default_rng([self.seed, DETECTORS.index(name)])

    def token_features(self) -> dict[str, tuple[float, float]]:
        """Per distinct prompt: (tokens per character, share of byte-fallback tokens)."""
        if self._features is None:
            texts = sorted({o.prompt for o in (*self.reference, *self.window)})
            is_byte = _byte_token_test(self.tokenizer)
            encodings = self.tokenizer.encode_batch(texts, add_special_tokens=False)
            self._features = {}
            for t, enc in zip(texts, encodings, strict=True):
                n = len(enc.ids)
                partial = sum(1 for p in enc.tokens if is_byte(p))
                self._features[t] = (n / max(1, len(t)), partial / n if n else 0.0)
        return self._features


def _ks(a, b) -> tuple[float, float]:
    r = stats.ks_2samp(np.asarray(a, float), np.asarray(b, float))
    return float(r.statistic), float(r.pvalue)


def _summary(values) -> dict:
    v = np.asarray(values, float)
    return {"n": int(v.size), "median": round(float(np.median(v)), 4), "p90": round(float(np.quantile(v, 0.9)), 4)}


def _script_mix(ctx: _Context) -> _Outcome:
    """Chi-square test of homogeneity of the prompts' dominant scripts (2 × k table). When an
    expected count is under 5 (a script new in the window, a rare one) the asymptotic p-value is
    not to be trusted, so the same statistic is referred to its permutation distribution (the
    window's labels drawn again from the pooled prompts): exact in expectation for any counts."""
    ref = [script_of(o.prompt) for o in ctx.reference]
    win = [script_of(o.prompt) for o in ctx.window]
    names = sorted(set(ref) | set(win))
    rc, wc = Counter(ref), Counter(win)
    detail = {
        "reference": {s: round(rc[s] / len(ref), 4) for s in names},
        "window": {s: round(wc[s] / len(win), 4) for s in names},
    }
    if len(names) == 1:
        return _Outcome(0.0, 1.0, detail | {"test": "one script on both sides"})
    table = np.array([[rc[s] for s in names], [wc[s] for s in names]], float)
    expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / table.sum()
    if expected.min() >= MIN_EXPECTED:
        chi2, p, _, _ = stats.chi2_contingency(table, correction=False)
        return _Outcome(float(chi2), float(p), detail | {"test": "chi-square"})
    codes = np.array([names.index(s) for s in ref + win])
    k, n_win = len(names), len(win)

    def chi2_of(window_counts: np.ndarray) -> np.ndarray:
        t = np.stack([table.sum(0) - window_counts, window_counts], axis=-2)
        return ((t - expected) ** 2 / expected).sum(axis=(-2, -1))

    observed = float(chi2_of(table[1]))
    perm = ctx.rng("script_mix").permuted(np.tile(codes, (ctx.permutations, 1)), axis=1)[:, -n_win:]
    offsets = np.arange(ctx.permutations)[:, None] * k
    counts = np.bincount((perm + offsets).ravel(), minlength=k * ctx.permutations).reshape(-1, k)
    p = (1 + int(np.sum(chi2_of(counts.astype(float)) >= observed * (1 - 1e-9)))) / (1 + ctx.permutations)
    return _Outcome(observed, p, detail | {"test": "permutation chi-square", "permutations": ctx.permutations})


def _prompt_length(ctx: _Context) -> _Outcome:
    """Kolmogorov-Smirnov on the prompts' lengths in characters: any change of shape, not only of
    the median. Lengths are integers with ties, which makes KS conservative (measured: bench/drift.py)."""
    a = [len(o.prompt) for o in ctx.reference]
    b = [len(o.prompt) for o in ctx.window]
    d, p = _ks(a, b)
    return _Outcome(d, p, {"reference": _summary(a), "window": _summary(b), "unit": "characters", "test": "KS"})


def _per_script(ctx: _Context, which: int, name: str) -> _Outcome:
    """A tokenizer feature compared per script present with MIN_ROWS prompts on both sides (KS in
    each; the smallest p-value times the number of scripts compared, Bonferroni inside the
    detector), so that a change in the mix of scripts (script_mix's) does not show here again."""
    if ctx.tokenizer is None:
        return _skip(M("drift.no_tokenizer", "No tokenizer was given (the line's model's tokenizer.json)."))
    feats = ctx.token_features()
    sides = [{}, {}]
    for side, rows in zip(sides, (ctx.reference, ctx.window), strict=True):
        for o in rows:
            side.setdefault(script_of(o.prompt), []).append(feats[o.prompt][which])
    common = sorted(s for s in sides[0] if len(sides[0][s]) >= MIN_ROWS and len(sides[1].get(s, ())) >= MIN_ROWS)
    if not common:
        return _skip(M("drift.no_common_script", "No script has {minimum} prompts on both sides.", minimum=MIN_ROWS))
    scripts, best = {}, (0.0, 1.0)
    for s in common:
        d, p = _ks(sides[0][s], sides[1][s])
        scripts[s] = {"reference": _summary(sides[0][s]), "window": _summary(sides[1][s]), "p_value": p}
        best = min(best, (d, p), key=lambda dp: dp[1])
    p = min(1.0, best[1] * len(common))
    return _Outcome(best[0], p, {"compared": "per script", "scripts": scripts, "test": "KS", "feature": name})


def _embedding(ctx: _Context) -> _Outcome:
    """Maximum mean discrepancy (MMD², the biased V-statistic) between the prompts' embeddings with
    an RBF kernel whose width is the median distance of the pooled sample; the p-value is
    ``(1 + #permutations with MMD² ≥ observed) / (1 + P)``, valid at any sample size. The reference
    is capped at REFERENCE_CAP rows drawn with the seed (the kernel matrix is quadratic)."""
    if ctx.embed is None:
        return _skip(M("drift.no_embed", "No embedding function was given."))
    rng = ctx.rng("embedding")
    ref = list(ctx.reference)
    if len(ref) > REFERENCE_CAP:
        ref = [ref[i] for i in sorted(rng.choice(len(ref), REFERENCE_CAP, replace=False))]
    texts = [o.prompt for o in ref] + [o.prompt for o in ctx.window]
    x = np.asarray(ctx.embed(texts), float)
    if x.ndim != 2 or x.shape[0] != len(texts):
        raise InvalidInputError(
            M(
                "drift.bad_embedding",
                "The embedding function returned an array of shape {shape} for {n} texts; it must return (n, d).",
                shape=str(x.shape),
                n=len(texts),
            )
        )
    mmd2, p, width = mmd_permutation_test(x[: len(ref)], x[len(ref) :], rng, ctx.permutations)
    detail = {"reference_rows": len(ref), "bandwidth": width, "permutations": ctx.permutations, "test": "MMD²"}
    return _Outcome(mmd2, p, detail)


def mmd_permutation_test(x: np.ndarray, y: np.ndarray, rng: np.random.Generator, permutations: int):
    """MMD² (RBF kernel, median-distance width), its permutation p-value and the width. With ``s``
    the indicator of y's rows, MMD² = a²ΣK + 2a(b-a)·sᵀK1 + (b-a)²·sᵀKs (a = 1/n, b = -1/m): P
    permutations (random subsets of m rows) cost one (P × N) by (N × N) product."""
    z = np.vstack([x, y])
    sq = np.einsum("ij,ij->i", z, z)
    d2 = np.maximum(sq[:, None] + sq[None, :] - 2 * z @ z.T, 0.0)
    positive = d2[np.triu_indices(len(z), 1)]
    positive = positive[positive > 1e-12 * max(1.0, float(sq.max()))]
    if positive.size == 0:  # every text embeds to the same point
        return 0.0, 1.0, 0.0
    width2 = float(np.median(positive))
    k = np.exp(-d2 / (2 * width2))
    a, b = 1 / len(x), -1 / len(y)
    rows, k32 = k.sum(1), k.astype(np.float32)

    def mmd2(s: np.ndarray) -> np.ndarray:  # s: (P, N) indicators of the second sample's rows
        quad = np.einsum("ij,ij->i", (s @ k32).astype(float), s)
        return a * a * rows.sum() + 2 * a * (b - a) * (s @ rows) + (b - a) ** 2 * quad

    observed = float(mmd2((np.arange(len(z)) >= len(x)).astype(np.float32)[None])[0])
    exceed = 0
    for start in range(0, permutations, 500):
        draw = rng.random((min(500, permutations - start), len(z))).argpartition(len(y), axis=1)[:, : len(y)]
        s = np.zeros(draw.shape[:1] + (len(z),), np.float32)
        np.put_along_axis(s, draw, 1.0, axis=1)
        exceed += int(np.sum(mmd2(s) >= observed * (1 - 1e-5)))  # float32 sums: ties within 1e-5 count
    return max(observed, 0.0), (1 + exceed) / (1 + permutations), math.sqrt(width2)


def _answers(ctx: _Context) -> tuple[list[Observation], list[Observation]] | Message:
    a = [o for o in ctx.reference if o.answer]
    b = [o for o in ctx.window if o.answer]
    if len(a) < MIN_ROWS or len(b) < MIN_ROWS:
        return M(
            "drift.few_answers",
            "Too few answers: {reference} in the reference, {window} in the window (at least {minimum} each).",
            reference=len(a),
            window=len(b),
            minimum=MIN_ROWS,
        )
    return a, b


def _answer_length(ctx: _Context) -> _Outcome:
    """Kolmogorov-Smirnov on the answers' lengths: in tokens when every answer on both sides has
    its count, else in characters (the two units are never mixed)."""
    sides = _answers(ctx)
    if isinstance(sides, Message):
        return _skip(sides)
    tokens = all(o.answer_tokens is not None for side in sides for o in side)
    a, b = ([o.answer_tokens if tokens else len(o.answer) for o in side] for side in sides)
    d, p = _ks(a, b)
    unit = "tokens" if tokens else "characters"
    return _Outcome(d, p, {"reference": _summary(a), "window": _summary(b), "unit": unit, "test": "KS"})


def _fisher(bad_a: int, n_a: int, bad_b: int, n_b: int) -> tuple[float, float, dict]:
    """Fisher's exact test (two-sided) of two shares; the statistic is the window's share minus the
    reference's."""
    res = stats.fisher_exact([[bad_a, n_a - bad_a], [bad_b, n_b - bad_b]], alternative="two-sided")
    detail = {
        "reference": {"share": round(bad_a / n_a, 4), "count": bad_a, "of": n_a},
        "window": {"share": round(bad_b / n_b, 4), "count": bad_b, "of": n_b},
        "test": "Fisher exact",
    }
    return bad_b / n_b - bad_a / n_a, float(res.pvalue), detail


def _refusal_rate(ctx: _Context) -> _Outcome:
    """Fisher's exact test of the share of answers that refuse (``is_refusal``): exact for any
    counts, as refusals are rare in a reference."""
    sides = _answers(ctx)
    if isinstance(sides, Message):
        return _skip(sides)
    a, b = (sum(is_refusal(o.answer) for o in side) for side in sides)
    return _Outcome(*_fisher(a, len(sides[0]), b, len(sides[1])))


def _rating_rate(ctx: _Context) -> _Outcome:
    """Fisher's exact test of the share of rated answers rated bad (-1) against the reference's."""
    rated = [[o.rating for o in side if o.rating in (1, -1)] for side in (ctx.reference, ctx.window)]
    if min(map(len, rated)) < MIN_RATINGS:
        a, b = map(len, rated)
        return _skip(
            M(
                "drift.few_ratings",
                "Too few ratings: {reference} in the reference, {window} in the window (at least {minimum} each).",
                reference=a,
                window=b,
                minimum=MIN_RATINGS,
            )
        )
    a, b = (side.count(-1) for side in rated)
    return _Outcome(*_fisher(a, len(rated[0]), b, len(rated[1])))


_RUN = {
    "script_mix": _script_mix,
    "prompt_length": _prompt_length,
    "tokens_per_char": lambda ctx: _per_script(ctx, 0, "tokens per character"),
    "byte_fallback": lambda ctx: _per_script(ctx, 1, "share of byte-fallback tokens"),
    "embedding": _embedding,
    "answer_length": _answer_length,
    "refusal_rate": _refusal_rate,
    "rating_rate": _rating_rate,
}

_BYTE_PIECE = re.compile(r"<0x[0-9A-Fa-f]{2}>")


# GPT-2's byte-to-character table, reversed: the byte each character of a byte-level BPE token stands for.
_PRINTED = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
_TO_BYTE = {chr(c): c for c in _PRINTED} | {
    chr(256 + i): b for i, b in enumerate(b for b in range(256) if b not in _PRINTED)
}


def _byte_token_test(tokenizer) -> Callable[[str], bool]:
    """Whether a token (its string) is less than a whole character, as appliance/tokenizer/report.py
    counts it: SentencePiece's ``<0xNN>`` pieces, or in a byte-level BPE a token whose bytes are not
    complete UTF-8 on their own."""
    model = tokenizer.model
    if getattr(model, "byte_fallback", False) or type(model).__name__ == "Unigram":
        return lambda t: bool(_BYTE_PIECE.fullmatch(t))
    if "ByteLevel" in repr(tokenizer.pre_tokenizer) + repr(tokenizer.decoder):
        return _partial_character
    return lambda t: bool(_BYTE_PIECE.fullmatch(t))


@lru_cache(maxsize=1 << 16)
def _partial_character(token: str) -> bool:
    """In a byte-level BPE: whether the token's bytes are not complete UTF-8 on their own."""
    if not token or not all(c in _TO_BYTE for c in token):
        return False
    try:
        bytes(_TO_BYTE[c] for c in token).decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True


# --- the check ------------------------------------------------------------------------------------


def _chosen(detectors: tuple[str, ...] | None) -> list[str]:
    if detectors is None:
        return list(DETECTORS)
    unknown = [d for d in detectors if d not in DETECTORS]
    if unknown or not detectors:
        raise InvalidInputError(
            M(
                "drift.unknown_detector",
                "There is no drift detector called {name} (there are {names}).",
                name=", ".join(map(str, unknown)) or "''",
                names=", ".join(DETECTORS),
            )
        )
    return [d for d in DETECTORS if d in detectors]


def _too_small(reference: Sequence[Observation], window: Sequence[Observation]) -> Message | None:
    if len(window) < MIN_ROWS:
        return M(
            "drift.window_too_small",
            "The window has {n} requests; a detector needs at least {minimum}.",
            n=len(window),
            minimum=MIN_ROWS,
        )
    if len(reference) < MIN_ROWS:
        return M(
            "drift.reference_too_small",
            "The reference has {n} rows; a detector needs at least {minimum}.",
            n=len(reference),
            minimum=MIN_ROWS,
        )
    return None


def check_drift(
    reference: list[Observation],
    window: list[Observation],
    *,
    alpha: float = DEFAULT_ALPHA,
    tokenizer=None,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    seed: int = 0,
    permutations: int = 2000,
    detectors: tuple[str, ...] | None = None,
) -> DriftCheck:
    """Check ``window`` against ``reference`` with each detector (all of DETECTORS, or those named);
    the check alarms when a detector's p-value is below ``alpha`` / the number of detectors that
    ran. ``tokenizer`` is a ``tokenizers.Tokenizer`` (the line's model's tokenizer.json);
    ``embed(texts)`` returns one row per text. The permutation tests draw at least ``2 / (alpha /
    number of detectors)`` permutations, so that their smallest p-value, 1 / (P + 1), is under
    half the smallest threshold a detector can have."""
    if not (isinstance(alpha, (int, float)) and 0 < alpha < 1):
        raise InvalidInputError(M("drift.bad_alpha", "alpha must be between 0 and 1 (it is {alpha}).", alpha=alpha))
    names = _chosen(detectors)
    floor = alpha / len(names)
    ctx = _Context(reference, window, tokenizer, embed, seed, max(int(permutations), math.ceil(2 / floor)))
    assert 1 / (ctx.permutations + 1) < floor / 2  # a permutation p-value can fall under any threshold
    small = _too_small(reference, window)
    outcomes = {n: _skip(small) if small else _RUN[n](ctx) for n in names}
    ran = [n for n, o in outcomes.items() if o.why_not is None]
    threshold = alpha / len(ran) if ran else None
    results = []
    for n, o in outcomes.items():
        if o.why_not is not None:
            results.append(DetectorResult(n, False, None, None, None, False, o.why_not.to_dict(), o.detail))
            continue
        p = float(o.p_value)
        results.append(DetectorResult(n, True, float(o.statistic), p, threshold, p < threshold, None, o.detail))
    return DriftCheck(float(alpha), len(reference), len(window), results)
