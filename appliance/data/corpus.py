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

from appliance.data.tokenizer_report import HELDOUT_BELOW, HELDOUT_RULE, is_heldout  # noqa: F401
from appliance.errors import InvalidInputError

MIN_SCRIPT_CHARS = 2_000  # characters of a declared script the corpus must hold

# Language codes people type, mapped to the Unicode script the extension learns.
LANGUAGE_SCRIPTS = {
    "hi": "Devanagari",
    "mr": "Devanagari",
    "ne": "Devanagari",
    "sa": "Devanagari",
    "ta": "Tamil",
    "te": "Telugu",
    "kn": "Kannada",
    "ml": "Malayalam",
    "gu": "Gujarati",
    "or": "Oriya",
    "bn": "Bengali",
    "as": "Bengali",
    "pa": "Gurmukhi",
    "si": "Sinhala",
    "th": "Thai",
    "my": "Myanmar",
    "km": "Khmer",
    "am": "Ethiopic",
}


def resolve_scripts(names: list[str]) -> list[str]:
    """Unicode script names from script names or language codes; a clear error for others."""
    from appliance.data.tokenizer_report import SCRIPTS

    out = []
    for name in names:
        script = LANGUAGE_SCRIPTS.get(name.lower()) or next((s for s in SCRIPTS if s.lower() == name.lower()), None)
        if script is None or script == "Latin":
            known = ", ".join(s for s in SCRIPTS if s != "Latin")
            raise InvalidInputError(
                f"Unknown or unsupported script {name!r}.",
                hint=f"Give a Unicode script name ({known}) or a language code ({', '.join(sorted(LANGUAGE_SCRIPTS))}). "
                "Latin is never extended: English must stay unchanged.",
            )
        if script not in out:
            out.append(script)
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
    from appliance.data.tokenizer_report import _script_patterns, dominant_script

    patterns = _script_patterns()
    corpus = Corpus(scripts)
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        script = dominant_script(line, patterns)
        if script in scripts:
            (corpus.heldout if is_heldout(line) else corpus.train).setdefault(script, []).append(line)
        elif script is not None:
            corpus.other[script] += len(line)
    for script in scripts:
        chars = sum(len(x) for x in corpus.train.get(script, []) + corpus.heldout.get(script, []))
        if chars < MIN_SCRIPT_CHARS:
            found = ", ".join(f"{s} ({n:,} characters)" for s, n in corpus.other.most_common(3)) or "no other script"
            raise InvalidInputError(
                f"The corpus has {chars:,} characters of {script} text; at least {MIN_SCRIPT_CHARS:,} are needed.",
                hint=f"The corpus is mostly: {found}. Give a corpus written in {script}, or declare the script "
                "it is written in with --script.",
            )
    return corpus


def corpus_from_datasets(
    home, catalog, keys, refs: list[str], *, purpose: str = "tokenizer-extend"
) -> tuple[list[str], list[dict]]:
    """The text lines of corpus datasets (decrypted in memory, each read audited with
    ``purpose``), and the dataset rows."""
    from appliance.data.datasets import DatasetStore
    from appliance.data.tokenizer_report import _texts_of_record

    if not refs:
        raise InvalidInputError("No corpus given.", hint="Pass --corpus DATASET (repeatable).")
    provider = None
    lines: list[str] = []
    rows = []
    for ref in refs:
        if Path(ref).exists() and not catalog.db["datasets"].count_where("name = ? or id = ?", [ref, ref]):
            raise InvalidInputError(
                f"{ref} is a file; a corpus for an extension must be an encrypted dataset (its version is "
                "recorded in the new model's lineage).",
                hint=f"Import it first: `appliance datasets import {ref} --name NAME`, then pass --corpus NAME.",
            )
        provider = provider or (keys() if callable(keys) else keys)
        store = DatasetStore(home, catalog, provider)
        row = store.get(ref)
        rows.append(row)
        for rec in store.read_records(row["id"], purpose=purpose):
            for text in _texts_of_record(rec):
                lines += text.splitlines()
    return lines, rows


def heldout_lines(home, catalog, keys, ext: dict, *, per_script: int = 500) -> dict[str, list[str]]:
    """The held-out corpus lines (per extended script, at most ``per_script``) of a vocabulary
    extension (``meta.tokenizer_extension``, see ``appliance/models/extension.py``), for the export
    gate's tokenizer parity check (reads audited with purpose ``export-gate``)."""
    refs = [c["dataset"] for c in ext["corpus"]]
    lines, _ = corpus_from_datasets(home, catalog, keys, refs, purpose="export-gate")
    corpus = split_corpus(lines, ext["scripts"]) if lines else Corpus(ext["scripts"])
    return {s: corpus.heldout.get(s, [])[:per_script] for s in ext["scripts"]}
