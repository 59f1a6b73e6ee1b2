"""Personal data in dataset rows: found at import, then reported, masked or refused.

Personal data may not enter training unnoticed (docs/datasets.md, "Personal data"). Every text
field of every row is scanned for six kinds, each with a stable id: ``email``, ``phone``,
``payment_card``, ``iban``, ``aadhaar`` and ``pan`` (India's Permanent Account Number). Regexes
find candidates; a library validates them, so that look-alikes (an order number, a date, a UUID,
a 16-digit number failing Luhn) are not flagged: python-stdnum (``stdnum.luhn``, ``stdnum.iban``,
``stdnum.in_.aadhaar`` with its Verhoeff check, ``stdnum.in_.pan``) checks the check digits and
structures, and phonenumbers' ``PhoneNumberMatcher`` (leniency VALID) the phone numbers of the
regions in ``PHONE_REGIONS`` and any number in international ``+CC`` form. Presidio's pattern
recognizers were considered: they run the same checks, but presidio-analyzer imports spaCy and
its engine wants a language model, which an offline appliance would have to ship for nothing.

A finding holds its kind and its offsets in the text, never the value; summaries hold counts,
line numbers and field names. Nothing here writes a value anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from appliance.errors import InvalidInputError
from appliance.messages import M, Message

KINDS = ("email", "phone", "payment_card", "iban", "aadhaar", "pan")
POLICIES = ("report", "mask", "refuse")
PLACEHOLDERS = {
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "payment_card": "[CARD]",
    "iban": "[IBAN]",
    "aadhaar": "[AADHAAR]",
    "pan": "[PAN]",
}
PHONE_REGIONS = ("IN", "GB", "FR", "DE", "US", "AE")
PAN_HOLDER_TYPES = "ABCFGHLJPT"  # the PAN's 4th letter (stdnum also accepts K)
MAX_FIRST = 20  # findings listed by line and field in a summary
# A checksum is more specific than a phone pattern: where two findings overlap, the earlier kind wins.
_PRIORITY = {k: i for i, k in enumerate(("email", "iban", "payment_card", "aadhaar", "pan", "phone"))}
_NUMBERS = frozenset({"phone", "payment_card", "aadhaar"})  # the kinds made of digits only
_NOT_TEXT = frozenset({"split", "role", "label"})  # a record's keys whose values are not free text


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind and where it is in the text (never its value)."""

    kind: str
    start: int
    end: int


# E-mail: a dotted domain ending in letters (``a@b`` in code is not an address), not a file name.
_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"([A-Za-z]{2,24})(?![\w-])"
)
_FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "py", "md", "txt"})
# A run of digit groups separated by single spaces or dashes, not glued to a word, a decimal,
# a version string, a date or a UUID ("x-1234" and "1.2" are not the start of a number).
_DIGIT_RUN = re.compile(r"(?<![\w.+])(?<!\w[-/])\d+(?:[ -]\d+)*(?!\w)(?![-./:]\d)")
_IBAN_RUN = re.compile(r"(?<![\w.-])[A-Z]{2}\d{2}[A-Z0-9]*(?: [A-Z0-9]+)*(?!\w)")
_PAN = re.compile(r"(?<![\w-])[A-Z]{3}[" + PAN_HOLDER_TYPES + r"][A-Z]\d{4}[A-Z](?![\w-])")
# Seven digits or more (maybe after a +, with the separators phone numbers are written with):
# only such a span is handed to the slower phone matcher.
_PHONE_CANDIDATE = re.compile(r"\+?\(?\d(?:[ \u00a0().\-/]{0,2}\d){6,}\)?")
# A bare national-format number right after one of these is an order, invoice or ticket number.
_REFERENCE_BEFORE = re.compile(
    r"(?i)(?:#|\b(?:order|invoice|inv|ref|reference|ticket|po|id|awb|tracking|commande|facture|"
    r"dossier|réf|isbn|issn|version|ver|build|release|ts|ऑर्डर|चालान|बिल)(?!\w)"
    r"(?:\W{0,3}(?:no|nr|num|number|numéro|n°|संख्या)(?!\w))?)\W{0,3}$"
)
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2}")  # 09.06.1991, 2024/06/11
# 12 digits grouped 4-4-4 (or not) and starting with 0 or 1: an Aadhaar look-alike, which only
# Germany's longest national numbers share; written with +49 it is a phone number.
_AADHAAR_SHAPE = re.compile(r"[01]\d{3}([ -]?)\d{4}\1\d{4}")
_MAX_GROUPS = 12  # a run of more groups is a table of numbers: only its first groups are tried


def _card_prefix_ok(digits: str) -> bool:
    """A known issuer (IIN) prefix: Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay,
    RuPay and Maestro."""
    n2, n4 = int(digits[:2]), int(digits[:4])
    return (
        digits[0] == "4"
        or 51 <= n2 <= 55
        or 2221 <= n4 <= 2720
        or n2 in (34, 37, 36, 38, 39, 50, 60, 62, 65, 81, 82)
        or 300 <= int(digits[:3]) <= 305
        or 3528 <= n4 <= 3589
        or 56 <= n2 <= 69
    )


def _is_card(groups: list[str]) -> bool:
    from stdnum import luhn

    digits = "".join(groups)
    if not 13 <= len(digits) <= 19 or min(map(len, groups[:-1]), default=3) < 3 or len(groups[-1]) < 2:
        return False
    if len(set(digits)) == 1:  # 0000 0000 0000 0000 passes Luhn
        return False
    return _card_prefix_ok(digits) and luhn.is_valid(digits)


def _is_aadhaar(groups: list[str], seps: set[str]) -> bool:
    from stdnum.in_ import aadhaar

    if [len(g) for g in groups] not in ([12], [4, 4, 4]) or len(seps) > 1:
        return False
    return aadhaar.is_valid("".join(groups))


def _numbers(text: str) -> Iterator[Finding]:
    """Payment cards (the longest run of consecutive groups of a digit run that validates: a card
    may be followed by a year) and Aadhaar numbers (a whole digit run: three groups of a longer
    number are not one)."""
    for m in _DIGIT_RUN.finditer(text):
        parts = re.split(r"([ -])", m.group(0))
        groups, seps = parts[0::2][:_MAX_GROUPS], parts[1::2]
        whole = len(parts[0::2])
        offsets, pos = [], m.start()
        for i, g in enumerate(groups):
            offsets.append(pos)
            pos += len(g) + (len(seps[i]) if i < len(seps) else 0)
        i = 0
        while i < len(groups):
            for j in range(len(groups), i, -1):
                sub = groups[i:j]
                if _is_card(sub):
                    kind = "payment_card"
                elif i == 0 and j == whole and _is_aadhaar(sub, set(seps[i : j - 1])):
                    kind = "aadhaar"
                else:
                    kind = None
                if kind:
                    yield Finding(kind, offsets[i], offsets[j - 1] + len(groups[j - 1]))
                    i = j - 1
                    break
            i += 1


def _emails(text: str) -> Iterator[Finding]:
    for m in _EMAIL.finditer(text):
        if m.group(1).lower() not in _FILE_SUFFIXES:
            yield Finding("email", m.start(), m.end())


def _ibans(text: str) -> Iterator[Finding]:
    from stdnum import iban

    for m in _IBAN_RUN.finditer(text):
        groups = m.group(0).split(" ")[:10]
        for j in range(len(groups), 0, -1):
            value = "".join(groups[:j])
            if 15 <= len(value) <= 34 and iban.is_valid(value):
                yield Finding("iban", m.start(), m.start() + len(" ".join(groups[:j])))
                break


def _pans(text: str) -> Iterator[Finding]:
    from stdnum.in_ import pan

    for m in _PAN.finditer(text):
        if pan.is_valid(m.group(0)):
            yield Finding("pan", m.start(), m.end())


def _phone_ok(text: str, start: int, end: int, raw: str) -> bool:
    """The matcher's find, unless glued to a word or a number; in national form (no +), unless
    it is a date, an ISBN, a value after ``=`` (a timestamp in a log), longer than a national
    number, shaped like an Aadhaar number, or right after "order", "invoice", "#"…"""
    from stdnum import isbn

    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if re.search(r"[\w.]$|\w[-/]$", before) or re.match(r"\w|[-./:]\d", after):
        return False
    if raw.startswith("+"):
        return True
    digits = sum(c.isdigit() for c in raw)
    return not (
        before.endswith("=")
        or _DATE.fullmatch(raw)
        or ("-" in raw and isbn.is_valid(raw))  # a hyphenated ISBN-10 (0-306-40615-2)
        or (digits > 12 and not raw.startswith("00"))  # 00 is the international prefix
        or _AADHAAR_SHAPE.fullmatch(raw)
        or _REFERENCE_BEFORE.search(text[max(0, start - 32) : start])
    )


def _phones(text: str) -> Iterator[Finding]:
    from phonenumbers import Leniency, PhoneNumberMatcher

    seen: set[tuple[int, int]] = set()
    for c in _PHONE_CANDIDATE.finditer(text):
        # The matcher on a window around the candidate: it reads a character or two of context.
        lo, hi = max(0, c.start() - 3), min(len(text), c.end() + 3)
        window = text[lo:hi]
        for region in PHONE_REGIONS:
            for m in PhoneNumberMatcher(window, region, leniency=Leniency.VALID):
                span = (lo + m.start, lo + m.end)
                if span not in seen and _phone_ok(text, *span, m.raw_string):
                    seen.add(span)
                    yield Finding("phone", *span)


_DETECTORS: tuple[Callable[[str], Iterator[Finding]], ...] = (_emails, _ibans, _numbers, _pans, _phones)


def find(text: str) -> list[Finding]:
    """The personal data in ``text``: non-overlapping findings sorted by offset."""
    if not any(c.isdigit() or c == "@" for c in text):  # every kind holds a digit or an @
        return []
    found = [f for detect in _DETECTORS for f in detect(text)]
    # The digits of an IBAN-shaped string that fails its check are not a phone, card or Aadhaar number.
    shadows = [(m.start(), min(m.end(), m.start() + 42)) for m in _IBAN_RUN.finditer(text)]
    found = [f for f in found if f.kind not in _NUMBERS or not any(a < f.start < b for a, b in shadows)]
    found.sort(key=lambda f: (_PRIORITY[f.kind], f.start - f.end, f.start))
    kept: list[Finding] = []
    for f in found:
        if all(f.end <= k.start or f.start >= k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def mask(text: str, findings) -> str:
    """``text`` with each finding's value replaced by its kind's placeholder (``[EMAIL]``…)."""
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        out += [text[pos : f.start], PLACEHOLDERS[f.kind]]
        pos = f.end
    out.append(text[pos:])
    return "".join(out)


def _visit(value, path: str, fn: Callable[[str, str], str]):
    """``value`` with every string ``s`` at ``path`` replaced by ``fn(path, s)`` (a new structure)."""
    if isinstance(value, str):
        return fn(path, value)
    if isinstance(value, list):
        return [_visit(v, f"{path}[{i}]", fn) for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: v if k in _NOT_TEXT else _visit(v, f"{path}.{k}" if path else k, fn) for k, v in value.items()}
    return value


def mask_record(rec: dict) -> dict:
    """A dataset record with the personal data of every text field masked."""
    return _visit(rec, "", lambda _path, s: mask(s, find(s)))


class Scan:
    """What a dataset's rows hold, accumulated row by row: counts per kind, how many rows, and the
    first findings by line, field and kind (never a value)."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(KINDS, 0)
        self.rows_with_findings = 0
        self.first: list[dict] = []
        self._last_line: int | None = None

    def row(self, line_no: int, field: str, text: str) -> list[Finding]:
        findings = find(text)
        for f in findings:
            self.counts[f.kind] += 1
            if len(self.first) < MAX_FIRST:
                self.first.append({"line": line_no, "field": field, "kind": f.kind})
        if findings and line_no != self._last_line:
            self.rows_with_findings += 1
            self._last_line = line_no
        return findings

    def record(self, line_no: int, rec: dict, *, masking: bool = False) -> dict:
        """Scan every text field of a record; returns it, masked if ``masking``."""

        def each(path: str, s: str) -> str:
            findings = self.row(line_no, path, s)
            return mask(s, findings) if masking and findings else s

        return _visit(rec, "", each)

    @property
    def found(self) -> bool:
        return self.rows_with_findings > 0

    def summary(self) -> dict:
        return {"counts": dict(self.counts), "rows_with_findings": self.rows_with_findings, "first": list(self.first)}


def check_policy(policy: str) -> str:
    """``policy`` if it is one of ``POLICIES``; raises ``InvalidInputError`` otherwise."""
    if policy not in POLICIES:
        raise InvalidInputError(
            M("pii.policy_unknown", "Unknown personal-data policy {policy!r}.", policy=str(policy)[:40]),
            hint=M("pii.policy_unknown.hint", "Use one of: {policies}.", policies=", ".join(POLICIES)),
        )
    return policy


def _count(kind: str, n: int) -> Message:
    if n == 1:
        return {
            "email": M("pii.n.email.one", "{n:,} e-mail address", n=n),
            "phone": M("pii.n.phone.one", "{n:,} phone number", n=n),
            "payment_card": M("pii.n.payment_card.one", "{n:,} payment card number", n=n),
            "iban": M("pii.n.iban.one", "{n:,} IBAN", n=n),
            "aadhaar": M("pii.n.aadhaar.one", "{n:,} Aadhaar number", n=n),
            "pan": M("pii.n.pan.one", "{n:,} PAN", n=n),
        }[kind]
    return {
        "email": M("pii.n.email.many", "{n:,} e-mail addresses", n=n),
        "phone": M("pii.n.phone.many", "{n:,} phone numbers", n=n),
        "payment_card": M("pii.n.payment_card.many", "{n:,} payment card numbers", n=n),
        "iban": M("pii.n.iban.many", "{n:,} IBANs", n=n),
        "aadhaar": M("pii.n.aadhaar.many", "{n:,} Aadhaar numbers", n=n),
        "pan": M("pii.n.pan.many", "{n:,} PANs", n=n),
    }[kind]


def _join(parts: list[Message]) -> Message | str:
    if not parts:
        return ""
    head = parts[0]
    for part in parts[1:]:
        head = M("pii.list", "{first}, {then}", first=head, then=part)
    return head


def describe(summary: dict) -> Message:
    """One line: "Personal data: 3 e-mail addresses, 1 phone number (masked)", or "none found"."""
    counts = summary.get("counts") or {}
    parts = [_count(k, counts[k]) for k in KINDS if counts.get(k)]
    if not parts:
        return M("pii.describe.none", "Personal data: none found")
    outcome = {"mask": M("pii.outcome.mask", "masked"), "refuse": M("pii.outcome.refuse", "refused")}.get(
        summary.get("policy"), M("pii.outcome.report", "kept as is; --pii mask replaces them")
    )
    return M("pii.describe", "Personal data: {found} ({outcome})", found=_join(parts), outcome=outcome)


def refusal(summary: dict, source: str) -> InvalidInputError:
    """The error of an import refused for personal data: where it is (lines, fields, kinds; never
    a value) and what to do."""
    where = [
        M("pii.where", "line {line} ({field}: {kind})", line=f["line"], field=f["field"], kind=f["kind"])
        for f in summary["first"][:5]
    ]
    return InvalidInputError(
        M(
            "pii.refused",
            "{source} holds personal data ({found}) in {rows} rows, first at {where}: nothing was imported (--pii refuse).",
            source=source,
            found=_join([_count(k, n) for k, n in summary["counts"].items() if n]),
            rows=summary["rows_with_findings"],
            where=_join(where),
        ),
        hint=M(
            "pii.refused.hint",
            "Import it with --pii mask (each value is replaced by a placeholder such as [EMAIL] before "
            "the rows are sealed), or remove the personal data from the file and import it again.",
        ),
    )
