"""Script-aware chunking: a document's sections cut into sentences by the rules of their script,
then packed into chunks of at most ``size`` tokens of the serving model (issue 31).

Sentences (``split_sentences``) end:

- at ``.`` ``!`` ``?`` ``…`` (and closing quotes or brackets after them) followed by whitespace and
  then an uppercase letter, a digit, an opening quote or bracket, or a letter of a script without
  case (Devanagari, Arabic, CJK…); never after a common abbreviation (``e.g.``, ``Mr.``, ``No.``,
  ``Rs.``…), a dotted one (``U.S.``, ``p.m.``), a single initial (``J.``; a single Tamil letter
  too: Tamil names carry initials) or a list number opening the sentence (``1.``). After a Tamil
  or Arabic-script letter the whitespace alone is enough;
- at the Devanagari danda ``।`` / ``॥``, the Arabic ``؟`` and Urdu ``۔``, the Khmer ``។`` ``៕``,
  the Burmese ``။``, the Ethiopic ``።``, the Armenian ``։`` and the full-width ``。！？``, with or
  without a space after them;
- at whitespace between two Thai (or Lao) letters: those scripts separate sentences with spaces;
- at a blank line (a paragraph boundary), and at a single newline before a list item (``- ``,
  ``* ``, ``1. ``, ``a) ``, ``(a) ``).

Only whitespace at the cuts is dropped: the sentences, joined, are the text less that whitespace.

Chunks (``chunk_sections``) never span two sections. Sentences are packed greedily (one call of
``count_tokens`` per sentence, a few per chunk: the chunk, its overlap); a chunk ends at a sentence boundary,
backing up to the last paragraph boundary when the chunk stays over half full that way. A
sentence longer than ``size`` is cut at whitespace, or between graphemes where it has none (Thai,
CJK, Burmese), into pieces of at most ``size`` tokens. Each chunk after a section's first starts
with the last whole sentences of the chunk before it, ``overlap`` tokens at most, and never with
all of it; overlap sentences are dropped, oldest first, where they would take the chunk over
``size``. The sentences of a chunk are joined by a space, by ``"\\n\\n"`` across a paragraph
boundary, and by nothing where the text had no space (after ``。`` or ``।``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex

__all__ = ["MIN_SIZE", "Chunk", "chunk_sections", "split_sentences"]

MIN_SIZE = 16

_CLOSERS = "\"'”’»›)]}」』）】〕〉》"
_OPENERS = "\"'“‘«„‹([{「『（"
_HARD = "।॥؟۔។៕။。！？｡።։"  # always end a sentence, with or without a space after them
_SOFT = ".!?…"  # end one when what follows says so
_MARKER = r"(?:[-*•‣◦▪–]|\d{1,3}[.)]|[a-z][.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})\))[^\S\n]"
_CLOSE = "[" + regex.escape(_CLOSERS) + "]*"
_CUTS = regex.compile(
    r"(?P<para>\n[^\S\n]*\n\s*)"
    rf"|(?P<list>\n[^\S\n]*)(?={_MARKER})"
    rf"|(?P<hard>[{_HARD}]+{_CLOSE})(?P<hgap>\s*)"
    rf"|(?P<soft>[{regex.escape(_SOFT)}]+{_CLOSE})\s+"
    r"|[\p{Thai}\p{Lao}](?P<thai>\s+)(?=[\p{Thai}\p{Lao}])"
)
_LIST_ITEM = regex.compile(_MARKER)
_NEXT_STARTS = regex.compile(r"[\p{Lu}\p{Lt}\p{Lo}\p{Nd}" + regex.escape(_OPENERS + "“‘¿¡") + "]")
_SPACE_ENOUGH = regex.compile(r"[\p{Tamil}\p{Arabic}]")  # after these letters a space ends a sentence
_BLANK = regex.compile(r"\s*")
_WORD_BEFORE = regex.compile(r"(?r)\S{1,40}")  # matched backwards from where it ends
_DOTTED = regex.compile(r"(?:\p{L}\.)+\p{L}")  # e.g, i.e, U.S, p.m
_INITIAL = regex.compile(r"[\p{Lu}\p{Lt}]|(?=\p{Tamil})\p{L}\p{M}*")  # one capital, or one Tamil letter
_LIST_NUMBER = regex.compile(r"\d{1,3}|[a-zA-Z]|[ivx]{1,4}")
_ABBREVIATIONS = frozenset(
    "e.g i.e cf viz vs etc al approx mr mrs ms dr prof rev hon st jr sr smt shri sh capt col gen lt sgt "
    "no nos sec secs art arts ch cl sch para paras fig figs vol vols pp p eq eqs ref refs rs re "
    "inc ltd co corp dept govt jan feb mar apr jun jul aug sep sept oct nov dec डॉ प्रो".split()
)
_WORDS, _GRAPHEMES, _CODEPOINTS = regex.compile(r"\S+"), regex.compile(r"\X"), regex.compile(r"(?s).")


@dataclass(frozen=True)
class Chunk:
    """One chunk of one section, in document order; ``tokens`` is ``count_tokens(text)``."""

    ordinal: int  # 0.. in document order
    text: str
    page: int | None  # the page of the section it came from
    anchor: str  # the section's anchor
    tokens: int  # count_tokens(text), at most the size asked for


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, stripped; nothing but whitespace at the cuts is lost."""
    return [sentence for sentence, _ in _sentences(text)]


def chunk_sections(
    sections: Iterable[Any], count_tokens: Callable[[str], int], *, size: int = 200, overlap: int = 40
) -> list[Chunk]:
    """Chunks of ``sections`` (objects with ``.text``, ``.page`` and ``.anchor``), numbered in order.

    ``count_tokens`` counts the tokens of the serving model; ``size`` is the most tokens in a chunk,
    ``overlap`` the most tokens of the previous chunk's last sentences a chunk starts with. A size
    under ``MIN_SIZE``, a negative overlap or one of half the size or more is a ``ValueError``: the
    callers check what people type before it comes here.
    """
    if size < MIN_SIZE or overlap < 0 or overlap >= size // 2:
        raise ValueError(f"chunk size {size}, overlap {overlap}: need size >= {MIN_SIZE}, 0 <= overlap < size // 2")
    chunks: list[Chunk] = []
    for section in sections:
        units = _units(section.text or "", count_tokens, size)
        for text, tokens in _pack(units, count_tokens, size, overlap):
            chunks.append(Chunk(len(chunks), text, section.page, section.anchor, tokens))
    return chunks


# -- sentences ----------------------------------------------------------------------------------


def _sentences(text: str) -> list[tuple[str, str]]:
    """(sentence, what joins it to the one before: "", " " or "\\n\\n" for a paragraph boundary)."""
    out: list[tuple[str, str]] = []
    start = last = 0  # where the current sentence starts; where the last one kept ends
    for m in _CUTS.finditer(text):
        kind = m.lastgroup  # hgap closes after hard
        if kind == "soft":
            end = m.end("soft")
            if not _soft_cut(text, m.start(), end, m.end(), start):
                continue
        elif kind == "hgap":
            end = m.end("hard")
        elif kind == "thai":
            end = m.start("thai")
        else:
            end = m.start()
        last = _emit(text, start, end, last, out)
        start = m.end()
    _emit(text, start, len(text), last, out)
    return out


def _emit(text: str, a: int, b: int, last: int, out: list[tuple[str, str]]) -> int:
    segment = text[a:b]
    sentence = segment.strip()
    if not sentence:
        return last
    begin = a + len(segment) - len(segment.lstrip())
    gap = text[last:begin] if out else ""  # whitespace only
    out.append((sentence, "\n\n" if gap.count("\n") >= 2 else " " if gap else ""))
    return begin + len(sentence)


def _soft_cut(text: str, at: int, end: int, after: int, start: int) -> bool:
    """Whether ``.``/``!``/``?``/``…`` at ``text[at:end]``, whitespace up to ``after``, ends a sentence."""
    if after >= len(text):
        return True
    gap = text[end:after]
    if gap.count("\n") >= 2 or ("\n" in gap and _LIST_ITEM.match(text, after)):
        return True
    if not (_NEXT_STARTS.match(text, after) or (at and _SPACE_ENOUGH.match(text[at - 1]))):
        return False
    if text[at:end].rstrip(_CLOSERS) != ".":
        return True
    m = _WORD_BEFORE.match(text, start, at)
    word = m.group().lstrip(_OPENERS) if m else ""
    if word.lower() in _ABBREVIATIONS:
        return False
    if len(word) > 4 and "." not in word:  # a plain word: the common case, decided
        return True
    if _DOTTED.fullmatch(word) or _INITIAL.fullmatch(word):
        return False
    # "1. Fill in the form." opens with its list number
    return not (_LIST_NUMBER.fullmatch(word) and _BLANK.fullmatch(text, start, at - len(word)))


# -- chunks -------------------------------------------------------------------------------------


class _Unit(NamedTuple):
    text: str
    sep: str  # what joins it to the unit before: "", " " or "\n\n"
    tokens: int
    whole: bool  # a whole sentence, not a piece of one longer than a chunk


def _units(text: str, count: Callable[[str], int], size: int) -> list[_Unit]:
    units: list[_Unit] = []
    for sentence, sep in _sentences(text):
        n = count(sentence)
        if n <= size:
            units.append(_Unit(sentence, sep, n, True))
            continue
        pieces: list[tuple[str, str]] = []
        _split_long(sentence, [m.span() for m in _WORDS.finditer(sentence)], 0, count, size, pieces, sep)
        units.extend(_Unit(piece, piece_sep, count(piece), False) for piece, piece_sep in pieces)
    return units


def _split_long(text, spans, level, count, size, out: list[tuple[str, str]], sep: str) -> None:
    """Cut ``text`` at the ``spans`` (words, then graphemes, then code points) into pieces of at most
    ``size`` tokens: as many spans to a piece as fit, a span that does not fit alone cut finer."""
    finer = (_GRAPHEMES, _CODEPOINTS)
    i = 0
    while i < len(spans):
        a = spans[i][0]
        k = _most_spans(text, spans, i, count, size)
        if k:
            out.append((text[a : spans[i + k - 1][1]], sep))
        elif level < len(finer):
            sub = [m.span() for m in finer[level].finditer(text, a, spans[i][1])]
            _split_long(text, sub, level + 1, count, size, out, sep)
        else:  # one code point over the size: a counter no tokenizer is; kept whole
            out.append((text[a : spans[i][1]], sep))
        i += max(k, 1)
        sep = " " if level == 0 else ""


def _most_spans(text: str, spans: list[tuple[int, int]], i: int, count, size: int) -> int:
    """How many spans from ``spans[i]`` fit in ``size`` tokens together: galloping, then bisection."""
    n, a = len(spans) - i, spans[i][0]

    def fits(k: int) -> bool:
        return count(text[a : spans[i + k - 1][1]]) <= size

    lo, hi = 0, min(n, size)
    while fits(hi):
        lo = hi
        if hi == n:
            return n
        hi = min(n, hi * 2)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


def _join(units: list[_Unit], chosen: list[int]) -> str:
    return units[chosen[0]].text + "".join(units[k].sep + units[k].text for k in chosen[1:])


def _estimate(units: list[_Unit], chosen: list[int]) -> int:
    """The tokens of the chosen units joined: their sum, one more for each paragraph break."""
    return sum(units[k].tokens for k in chosen) + sum(units[k].sep == "\n\n" for k in chosen[1:])


def _pack(units: list[_Unit], count, size: int, overlap: int):
    """(text, tokens) of each chunk of one section's units."""
    i, previous = 0, []
    while i < len(units):
        lead = _lead(units, previous, count, overlap) if overlap else []
        chosen, n_lead = _fill(units, lead, i, size)
        while True:  # the estimate is a sum; the chunk's count is what counts
            text = _join(units, chosen)
            tokens = count(text)
            if tokens <= size or len(chosen) == 1:
                break
            if len(chosen) - n_lead > 1:
                chosen.pop()
            else:
                chosen.pop(0)
                n_lead -= 1
        yield text, tokens
        i, previous = chosen[-1] + 1, chosen


def _lead(units: list[_Unit], previous: list[int], count, overlap: int) -> list[int]:
    """The last whole sentences of the previous chunk, ``overlap`` tokens at most, never all of it."""
    lead: list[int] = []
    total = 0
    for k in reversed(previous[1:]):
        total += units[k].tokens + (units[lead[0]].sep == "\n\n" if lead else 0)
        if not units[k].whole or total > overlap:
            break
        lead.insert(0, k)
    while lead and count(_join(units, lead)) > overlap:  # the estimate is a sum; the count decides
        lead.pop(0)
    return lead


def _fill(units: list[_Unit], lead: list[int], i: int, size: int) -> tuple[list[int], int]:
    """The units of the next chunk (``lead`` first, then from ``i``) and how many of them lead."""
    chosen, total, j = list(lead), _estimate(units, lead), i
    while j < len(units):
        cost = units[j].tokens + (1 if chosen and units[j].sep == "\n\n" else 0)
        if total + cost > size:
            break
        chosen.append(j)
        total += cost
        j += 1
    if j == i:  # the next sentence does not fit after the overlap: drop overlap sentences, oldest first
        chosen = list(lead)
        while chosen and _estimate(units, [*chosen, i]) > size:
            chosen.pop(0)
        return [*chosen, i], len(chosen)
    if j < len(units) and units[j].sep != "\n\n":  # end at a paragraph boundary if the chunk stays over half full
        for p in range(len(chosen) - 1, len(lead), -1):
            total -= units[chosen[p]].tokens + (units[chosen[p]].sep == "\n\n")
            if total * 2 <= size:
                break
            if units[chosen[p]].sep == "\n\n":
                chosen = chosen[:p]
                break
    return chosen, len(lead)
