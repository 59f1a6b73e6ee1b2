"""Corpora for vocabulary extension: lines by script, and the held-out rule.

A corpus is one or more encrypted datasets of text (``appliance datasets import FILE.txt``). Its
lines are grouped by the script most of their letters are written in; a line is **held out**
(never learned from, used to measure the extension and by the export gate's parity check) when
the first byte of the SHA-256 of its UTF-8 text is below 26, about 10 % of lines. The rule needs
no stored list: the gate re-selects the same lines from the same dataset version.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from appliance.errors import InvalidInputError
from appliance.messages import M, Message
from appliance.tokenizer.report import HELDOUT_BELOW, HELDOUT_RULE, is_heldout  # noqa: F401

MIN_SCRIPT_CHARS = 2_000  # characters of a declared script the corpus must hold

# What ``--script`` accepts (case-insensitively): a Unicode script name, its ISO 15924 code, or an
# ISO 639 language code (two or three letters), also as a BCP 47 tag (``pa-Arab``, ``ta-IN``).
SCRIPT_CODES = {  # ISO 15924
    "Devanagari": ("Deva",),
    "Bengali": ("Beng",),
    "Gurmukhi": ("Guru",),
    "Gujarati": ("Gujr",),
    "Oriya": ("Orya",),
    "Tamil": ("Taml",),
    "Telugu": ("Telu",),
    "Kannada": ("Knda",),
    "Malayalam": ("Mlym",),
    "Sinhala": ("Sinh",),
    "Thai": ("Thai",),
    "Myanmar": ("Mymr",),
    "Khmer": ("Khmr",),
    "Ethiopic": ("Ethi",),
    "Arabic": ("Arab",),
    "Hebrew": ("Hebr",),
    "Cyrillic": ("Cyrl",),
    "Greek": ("Grek",),
    "Han": ("Hani", "Hans", "Hant"),
    "Hangul": ("Hang",),
    "Hiragana": ("Hira",),
    "Katakana": ("Kana",),
}
SCRIPT_ALIASES = {"odia": "Oriya", "burmese": "Myanmar", "geez": "Ethiopic", "ge'ez": "Ethiopic"}
LANGUAGE_SCRIPTS = {  # ISO 639-1 and 639-2/3 codes of languages written in one supported script
    "Devanagari": "hi hin mr mar ne nep sa san kok mai bho new doi",
    "Bengali": "bn ben as asm",
    "Gurmukhi": "pa pan",
    "Gujarati": "gu guj",
    "Oriya": "or ori ory",
    "Tamil": "ta tam",
    "Telugu": "te tel",
    "Kannada": "kn kan",
    "Malayalam": "ml mal",
    "Sinhala": "si sin",
    "Thai": "th tha",
    "Myanmar": "my mya bur",
    "Khmer": "km khm",
    "Ethiopic": "am amh ti tir",
    "Arabic": "ar ara fa fas per ur urd ps pus sd snd ug uig ckb",
    "Hebrew": "he heb yi yid",
    "Cyrillic": "ru rus uk ukr be bel bg bul mk mkd mac kk kaz ky kir tg tgk mn mon",
    "Greek": "el ell gre",
    "Han": "zh zho chi yue",
    "Hangul": "ko kor",
}
# Languages written in several scripts at once: all of them are extended.
LANGUAGE_SCRIPT_SETS = {"ja": ("Han", "Hiragana", "Katakana"), "jpn": ("Han", "Hiragana", "Katakana")}


def _script_lookup() -> dict[str, tuple[str, ...]]:
    from appliance.tokenizer.report import SCRIPTS

    table: dict[str, tuple[str, ...]] = {s.lower(): (s,) for s in SCRIPTS}
    table |= {alias: (s,) for alias, s in SCRIPT_ALIASES.items()}
    table |= {code.lower(): (s,) for s, codes in SCRIPT_CODES.items() for code in codes}
    table["latn"] = ("Latin",)
    table |= {code: (s,) for s, codes in LANGUAGE_SCRIPTS.items() for code in codes.split()}
    table |= LANGUAGE_SCRIPT_SETS
    return table


def _lookup(name: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """A name, a code, or a BCP 47 tag whose script subtag (``pa-Arab``) or language (``ta-IN``) is known."""
    key = name.strip().lower().replace("_", "-")
    if key in table:
        return table[key]
    parts = key.split("-")
    script = next((p for p in parts[1:] if len(p) == 4 and p in table), None)
    return table.get(script or parts[0]) if len(parts) > 1 else None


def script_rows() -> list[str]:
    """Every accepted script, with its ISO 15924 code(s) and the ISO 639 codes that map to it."""
    rows = []
    for script, codes in SCRIPT_CODES.items():
        langs = LANGUAGE_SCRIPTS.get(script, "").split()
        langs += [code for code, scripts in LANGUAGE_SCRIPT_SETS.items() if script in scripts and len(code) == 2]
        rows.append(f"{script} ({', '.join(codes)}{'; ' + ', '.join(langs) if langs else ''})")
    return rows


def script_help() -> str:
    return ", ".join(script_rows())


def resolve_scripts(names: list[str]) -> list[str]:
    """Unicode script names from script names, ISO 15924 codes or ISO 639 language codes (any case);
    a clear error for others."""
    table = _script_lookup()
    out: list[str] = []
    for name in names:
        scripts = _lookup(name, table)
        if scripts is None or "Latin" in scripts:
            raise InvalidInputError(
                M("tokenizer.unknown_script", "Unknown or unsupported script {name!r}.", name=name),
                hint=M(
                    "tokenizer.unknown_script.hint",
                    "Give a Unicode script name or ISO 15924 code, or an ISO 639 language code: "
                    "{scripts}. Latin is never extended: English must stay unchanged.",
                    scripts=script_help(),
                ),
            )
        out += [s for s in scripts if s not in out]
    return out


@dataclass
class Corpus:
    """A corpus's lines in the declared scripts, split into learning and held-out lines."""

    scripts: list[str]
    train: dict[str, list[str]] = field(default_factory=dict)
    heldout: dict[str, list[str]] = field(default_factory=dict)
    other: Counter = field(default_factory=Counter)  # characters per script outside the declared ones

    def learn_lines(self) -> list[str]:
        return [ln for s in self.scripts for ln in self.train.get(s, [])]


def split_corpus(lines: list[str], scripts: list[str]) -> Corpus:
    """Group ``lines`` by dominant script; refuse a corpus without enough text in each declared
    script, naming what the corpus is written in instead."""
    from appliance.tokenizer.report import _script_patterns, dominant_script

    patterns = _script_patterns()
    declared = [(name, p) for name, p in patterns if name in scripts]
    corpus = Corpus(scripts)
    mixed: Counter = Counter()  # letters of a declared script inside lines another declared script dominates
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        script = dominant_script(line, patterns)
        if script in scripts:
            (corpus.heldout if is_heldout(line) else corpus.train).setdefault(script, []).append(line)
            for name, p in declared if len(declared) > 1 else ():
                if name != script:
                    mixed[name] += len(p.findall(line))
        elif script is not None:
            corpus.other[script] += len(line)
    for script in scripts:
        chars = mixed[script] + sum(len(x) for x in corpus.train.get(script, []) + corpus.heldout.get(script, []))
        if chars < MIN_SCRIPT_CHARS:
            raise InvalidInputError(
                M(
                    "tokenizer.too_little_script",
                    "The corpus has {chars:,} characters of {script} text; at least {needed:,} are needed.",
                    chars=chars,
                    script=script,
                    needed=MIN_SCRIPT_CHARS,
                ),
                hint=M(
                    "tokenizer.too_little_script.hint",
                    "The corpus is mostly: {found}. Give a corpus written in {script}, or declare the script "
                    "it is written in with --script.",
                    found=_mostly(corpus.other.most_common(3)),
                    script=script,
                ),
            )
    return corpus


def _mostly(counts: list[tuple[str, int]]) -> Message:
    """What else a corpus is written in: up to three scripts, each with its characters."""
    items = [M("tokenizer.script_chars", "{script} ({n:,} characters)", script=s, n=n) for s, n in counts]
    if not items:
        return M("tokenizer.no_other_script", "no other script")
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return M("tokenizer.list_two", "{a}, {b}", a=items[0], b=items[1])
    return M("tokenizer.list_three", "{a}, {b}, {c}", a=items[0], b=items[1], c=items[2])


def check_corpus_refs(catalog, refs: list[str]) -> list[dict]:
    """The dataset rows ``refs`` name (no key needed); refuse a file or an unknown name before any
    work is done."""
    from appliance.data.datasets import DatasetStore

    if not refs:
        raise InvalidInputError(
            M("tokenizer.no_corpus", "No corpus given."),
            hint=M("tokenizer.no_corpus.extend_hint", "Pass --corpus DATASET (repeatable)."),
        )
    has_table = catalog.db["datasets"].exists()
    rows = []
    for ref in refs:
        if Path(ref).exists() and not (
            has_table and catalog.db["datasets"].count_where("name = ? or id = ?", [ref, ref])
        ):
            raise InvalidInputError(
                M(
                    "tokenizer.corpus_is_file",
                    "{ref} is a file; a corpus for an extension must be an encrypted dataset (its version is "
                    "recorded in the new model's lineage).",
                    ref=ref,
                ),
                hint=M(
                    "tokenizer.corpus_is_file.hint",
                    "Import it first: `appliance datasets import {ref} --name NAME`, then pass --corpus NAME.",
                    ref=ref,
                ),
            )
        rows.append(DatasetStore(None, catalog).get(ref))
    return rows


def corpus_from_datasets(
    home, catalog, keys, refs: list[str], *, purpose: str = "tokenizer-extend"
) -> tuple[list[str], list[dict]]:
    """The text lines of corpus datasets (decrypted in memory, each read audited with
    ``purpose``), and the dataset rows."""
    from appliance.data.datasets import DatasetStore
    from appliance.tokenizer.report import _texts_of_record

    rows = check_corpus_refs(catalog, refs)
    store = DatasetStore(home, catalog, keys() if callable(keys) else keys)
    lines: list[str] = []
    for row in rows:
        for rec in store.read_records(row["id"], purpose=purpose):
            for text in _texts_of_record(rec):
                lines += text.splitlines()
    return lines, rows


def heldout_lines(home, catalog, keys, ext: dict, *, per_script: int = 500) -> dict[str, list[str]]:
    """The held-out corpus lines (per extended script, at most ``per_script``) of a vocabulary
    extension (``meta.tokenizer_extension``, see ``appliance/tokenizer/extension.py``), for the export
    gate's tokenizer parity check (reads audited with purpose ``export-gate``)."""
    refs = [c["dataset"] for c in ext["corpus"]]
    lines, _ = corpus_from_datasets(home, catalog, keys, refs, purpose="export-gate")
    corpus = split_corpus(lines, ext["scripts"]) if lines else Corpus(ext["scripts"])
    return {s: corpus.heldout.get(s, [])[:per_script] for s in ext["scripts"]}
