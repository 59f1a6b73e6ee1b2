"""How well a model's tokenizer fits a corpus, per writing system: ``appliance tokenizer report``.

Each line of the corpus is assigned the script most of its letters are written in (Unicode
``Script`` property, through the ``regex`` module); per script the report gives lines,
characters, words, tokens, **tokens per character** and per word, and the **byte-fallback share**:
the tokens that are not whole characters (SentencePiece's ``<0xNN>`` byte pieces; in byte-level
BPE, tokens whose bytes are not complete UTF-8 on their own, i.e. a character split across
tokens). English is measured too, always on the same fixed control text (``ENGLISH_CONTROL``, also
what ``tokenizer extend`` reports), so that a change to the tokenizer can be checked not to cost
English anything; a corpus's own Latin-script lines are reported as ``Latin`` (in real corpora they
are often mixed lines, not English).

Tokens per character is the figure a vocabulary extension (issue 15) moves: a Tamil line at 1.6
tokens per character gives the model six times less context per character than English at 0.25.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from appliance.data.formats import json_error
from appliance.errors import InvalidInputError
from appliance.messages import M

# Scripts reported by name; letters of any other script count as "Other".
SCRIPTS = (
    "Latin",
    "Devanagari",
    "Bengali",
    "Gurmukhi",
    "Gujarati",
    "Oriya",
    "Tamil",
    "Telugu",
    "Kannada",
    "Malayalam",
    "Sinhala",
    "Thai",
    "Myanmar",
    "Khmer",
    "Ethiopic",
    "Arabic",
    "Hebrew",
    "Cyrillic",
    "Greek",
    "Han",
    "Hangul",
    "Hiragana",
    "Katakana",
)
# The English control: plain administrative prose, the register the appliance is used for.
ENGLISH_CONTROL = [
    "The registry office is open on weekdays from nine in the morning until one in the afternoon.",
    "Applications must be submitted with a copy of the identity card and the completed form.",
    "If the form is incomplete, the clerk returns it and explains which fields are missing.",
    "Fees can be paid at the counter or by bank transfer before the appointment.",
    "The committee will publish its decision within thirty days of the hearing.",
    "Please bring the original documents; photocopies are only accepted with a certified stamp.",
]


@dataclass
class ScriptStats:
    script: str
    lines: int = 0
    chars: int = 0
    words: int = 0
    tokens: int = 0
    byte_tokens: int = 0
    examples: list[str] = field(default_factory=list)
    bits_per_char: float | None = None  # the model's loss on these lines, in bits per character

    @property
    def tokens_per_char(self) -> float:
        return self.tokens / self.chars if self.chars else 0.0

    @property
    def tokens_per_word(self) -> float:
        return self.tokens / self.words if self.words else 0.0

    @property
    def byte_fallback_share(self) -> float:
        return self.byte_tokens / self.tokens if self.tokens else 0.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d.update(
            tokens_per_char=round(self.tokens_per_char, 4),
            tokens_per_word=round(self.tokens_per_word, 4),
            byte_fallback_share=round(self.byte_fallback_share, 4),
        )
        return d


@dataclass
class TokenizerReport:
    model: str
    tokenizer_kind: str  # "byte-level BPE" | "SentencePiece" | "other"
    vocab_size: int
    scripts: list[ScriptStats]
    english_control: ScriptStats
    sources: list[str]

    def to_dict(self) -> dict:
        return {
            "model": self.model,
            "tokenizer_kind": self.tokenizer_kind,
            "vocab_size": self.vocab_size,
            "sources": self.sources,
            "scripts": [s.to_dict() for s in self.scripts],
            "english_control": self.english_control.to_dict(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _script_patterns():
    import regex

    return [(name, regex.compile(rf"\p{{Script={name}}}")) for name in SCRIPTS]


def dominant_script(line: str, patterns=None) -> str | None:
    """The script most of ``line``'s letters are written in (None for a line without letters)."""
    patterns = patterns or _script_patterns()
    counts = {name: len(p.findall(line)) for name, p in patterns}
    letters = sum(1 for ch in line if ch.isalpha())
    if not letters:
        return None
    best = max(counts, key=counts.get)
    if counts[best] * 2 < letters:  # no script holds half the letters
        return "Other" if counts[best] == 0 else best
    return best


def _byte_token_test(tokenizer):
    """A function telling whether a token (its string form) is less than a whole character, and
    the tokenizer's family (read from its own definition, not guessed from its vocabulary)."""
    import re

    byte_piece = re.compile(r"<0x[0-9A-Fa-f]{2}>")
    backend = getattr(tokenizer, "backend_tokenizer", None)
    spec = json.loads(backend.to_str()) if backend is not None else {}
    model = spec.get("model") or {}
    if model.get("byte_fallback") or model.get("type") == "Unigram":
        return (lambda t: bool(byte_piece.fullmatch(t))), "SentencePiece"
    if "ByteLevel" in json.dumps([spec.get("pre_tokenizer"), spec.get("decoder")]):
        from transformers.models.gpt2.tokenization_gpt2 import bytes_to_unicode

        to_byte = {c: b for b, c in bytes_to_unicode().items()}

        def partial(t: str) -> bool:
            if not t or not all(c in to_byte for c in t):
                return False
            try:
                bytes(to_byte[c] for c in t).decode("utf-8")
                return False
            except UnicodeDecodeError:
                return True

        return partial, "byte-level BPE"
    return (lambda t: bool(byte_piece.fullmatch(t))), "other"


def measure(tokenizer, lines: list[str], *, model: str = "", sources: list[str] | None = None) -> TokenizerReport:
    """The report of ``tokenizer`` over ``lines`` (one text each)."""
    patterns = _script_patterns()
    is_byte, kind = _byte_token_test(tokenizer)
    stats: dict[str, ScriptStats] = {}

    def add(st: ScriptStats, line: str) -> None:
        ids = tokenizer.encode(line, add_special_tokens=False)
        pieces = tokenizer.convert_ids_to_tokens(ids)
        st.lines += 1
        st.chars += len(line)
        st.words += len(line.split())
        st.tokens += len(ids)
        st.byte_tokens += sum(1 for p in pieces if is_byte(p))
        if len(st.examples) < 3:
            st.examples.append(line[:80])

    for line in lines:
        line = line.strip()
        if not line:
            continue
        script = dominant_script(line, patterns)
        if script is None:
            continue
        add(stats.setdefault(script, ScriptStats(script)), line)
    control = ScriptStats("English (control)")
    for line in ENGLISH_CONTROL:  # the same fixed English text whatever the corpus (and as `extend` reports)
        add(control, line)
    ordered = sorted(stats.values(), key=lambda s: (-s.lines, s.script))
    return TokenizerReport(model, kind, len(tokenizer), ordered, control, sources or [])


# The held-out rule of vocabulary extension (appliance/tokenizer/corpus.py): lines never learned from.
HELDOUT_BELOW = 26  # first SHA-256 byte < 26: about 10 % of lines
HELDOUT_RULE = "sha256(utf-8 line)[0] < 26"


def is_heldout(line: str) -> bool:
    import hashlib

    return hashlib.sha256(line.encode("utf-8")).digest()[0] < HELDOUT_BELOW


BPC_MAX_LINES = 200  # lines per script scored for bits per character (bounds the forward passes)


PROGRESS_EVERY_S = 10.0  # the most seconds between two progress events of a long measurement


class Throttle:
    """Progress events at most every ``every`` seconds (and always the last one), so a long
    measurement reports itself without flooding its listener; ``every=0`` sends each one."""

    def __init__(self, on_event, every: float = PROGRESS_EVERY_S) -> None:
        import time

        self.on_event, self.every, self.clock = on_event, every, time.monotonic
        self.last = self.clock()

    def __call__(self, event, *, last: bool = False) -> None:
        now = self.clock()
        if last or now - self.last >= self.every:
            self.last = now
            self.on_event(event)


def bits_per_char(model, tokenizer, lines: list[str], *, batch_size: int = 8, on_batch=None) -> float:
    """The model's negative log-likelihood of ``lines``, in bits per character: comparable across
    tokenizers, since the text is the same whatever the segmentation. Each line is scored after
    one context token (BOS, else EOS), every one of its tokens counted. ``on_batch(lines_done)``
    is called after each batch."""
    import math

    import torch

    start = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
    rows = [[start, *tokenizer.encode(ln, add_special_tokens=False)] for ln in lines if ln]
    nll, chars = 0.0, sum(len(ln) for ln in lines if ln)
    with torch.inference_mode():
        for i in range(0, len(rows), batch_size):
            chunk = rows[i : i + batch_size]
            width = max(len(r) for r in chunk)
            ids = torch.zeros(len(chunk), width, dtype=torch.long)
            mask = torch.zeros(len(chunk), width, dtype=torch.long)
            for k, r in enumerate(chunk):
                ids[k, : len(r)] = torch.tensor(r)
                mask[k, : len(r)] = 1
            hidden = model.model(input_ids=ids, attention_mask=mask).last_hidden_state[:, :-1]
            keep = mask[:, 1:].bool()
            logits = model.lm_head(hidden[keep]).float()  # only the scored positions
            nll += float(torch.nn.functional.cross_entropy(logits, ids[:, 1:][keep], reduction="sum"))
            if on_batch is not None:
                on_batch(i + len(chunk))
    return nll / math.log(2) / chars if chars else 0.0


def add_bits_per_char(
    rep: TokenizerReport, model_dir: Path, lines: list[str], *, on_event=None, every: float = PROGRESS_EVERY_S
) -> None:
    """Fill ``bits_per_char`` for each script of ``rep`` (at most ``BPC_MAX_LINES`` lines each),
    reporting ``Progress("bits-per-char", done=lines scored, total=lines)`` at most every ``every``
    seconds."""
    from appliance.events import Progress, StageTimer, ignore
    from appliance.models.hf import load_causal_lm, load_tokenizer

    on_event = on_event or ignore
    loading = M("tokenizer.progress.loading_bpc", "Loading {name} to measure bits per character", name=model_dir.name)
    with StageTimer(on_event, "load", loading):
        tok = load_tokenizer(model_dir)
        model = load_causal_lm(model_dir)
    patterns = _script_patterns()
    by_script: dict[str, list[str]] = {}
    for ln in lines:
        ln = ln.strip()
        script = dominant_script(ln, patterns) if ln else None
        if script is not None and len(by_script.setdefault(script, [])) < BPC_MAX_LINES:
            by_script[script].append(ln)
    jobs = [(st, by_script.get(st.script, [])) for st in rep.scripts] + [(rep.english_control, ENGLISH_CONTROL)]
    total, done = sum(len(x) for _, x in jobs), 0
    throttle = Throttle(on_event, every)
    scoring = M("tokenizer.progress.scoring_bpc", "Scoring {n:,} lines for bits per character", n=total)
    with StageTimer(on_event, "bits-per-char", scoring):
        for st, script_lines in jobs:
            lines_of = M("tokenizer.progress.script_lines", "{script}: lines", script=st.script)

            def progress(n: int, message=lines_of, before=done) -> None:
                throttle(Progress("bits-per-char", message=message, done=before + n, total=total))

            st.bits_per_char = round(bits_per_char(model, tok, script_lines, on_batch=progress), 4)
            done += len(script_lines)
        lines_unit = M("tokenizer.progress.lines", "lines")
        throttle(Progress("bits-per-char", message=lines_unit, done=total, total=total), last=True)


def _texts_of_record(rec: dict) -> list[str]:
    if "messages" in rec:
        return [m.get("content", "") for m in rec["messages"] if isinstance(m.get("content"), str)]
    return [v for k, v in rec.items() if k in ("text", "instruction", "input", "output") and isinstance(v, str)]


def corpus_lines(path: Path) -> list[str]:
    """The texts of a corpus file: a JSONL file's message contents or text fields, or the lines
    of a text or Markdown file."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(
            M("tokenizer.corpus_not_file", "{path} is not a file.", path=str(path)),
            hint=M("tokenizer.corpus_not_file.hint", "Give a text, Markdown or JSONL file, or a dataset name."),
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            M(
                "tokenizer.corpus_not_utf8",
                "{path} is not UTF-8 text (byte {byte}).",
                path=str(path),
                byte=exc.start + 1,
            ),
            hint=M("tokenizer.corpus_not_utf8.hint", "Save it as UTF-8 and try again."),
        ) from exc
    if path.suffix.lower() == ".jsonl":
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidInputError(
                    M(
                        "tokenizer.corpus_bad_json",
                        "{path}, line {n}: {why}.",
                        path=str(path),
                        n=n,
                        why=json_error(exc),
                    ),
                    hint=M("tokenizer.corpus_bad_json.hint", "Fix the line, or give the corpus as a plain text file."),
                ) from exc
            if isinstance(rec, dict):
                for t in _texts_of_record(rec):
                    out += t.splitlines()
        return out
    return text.splitlines()


def report(
    home,
    catalog,
    keys,
    model_ref: str,
    corpora: list[str],
    *,
    heldout: bool = False,
    bits: bool = False,
    on_event=None,
    progress_every: float = PROGRESS_EVERY_S,
) -> TokenizerReport:
    """The report of a stored model's tokenizer over ``corpora``: files, or names of encrypted
    datasets (read in memory, audited as ``dataset.read`` with purpose ``tokenizer-report``).
    ``keys`` is the unlocked key provider, or a function that returns it, called only when a
    corpus is a dataset. ``heldout``: only the lines a vocabulary extension never learns from
    (``appliance/tokenizer/corpus.py``); ``bits``: also the model's bits per character per script, with
    progress events (``on_event``) at most every ``progress_every`` seconds while it scores."""
    from appliance.data.datasets import DatasetStore
    from appliance.models.hf import load_tokenizer
    from appliance.models.store import ModelStore

    if not corpora:
        raise InvalidInputError(
            M("tokenizer.no_corpus", "No corpus given."),
            hint=M("tokenizer.no_corpus.hint", "Pass --corpus FILE or --corpus DATASET (repeatable)."),
        )
    store = ModelStore(home, catalog)
    row = store.get(model_ref)
    lines: list[str] = []
    for ref in corpora:
        if Path(ref).exists():
            lines += corpus_lines(Path(ref))
        elif catalog.db["datasets"].exists() and catalog.db["datasets"].count_where("name = ? or id = ?", [ref, ref]):
            provider = keys() if callable(keys) else keys
            for rec in DatasetStore(home, catalog, provider).read_records(ref, purpose="tokenizer-report"):
                for t in _texts_of_record(rec):
                    lines += t.splitlines()
        else:
            raise InvalidInputError(
                M("tokenizer.corpus_unknown", "{ref} is neither a file nor a dataset of this workspace.", ref=ref),
                hint=M(
                    "tokenizer.corpus_unknown.hint",
                    "Give a path to a text, Markdown or JSONL file, or a name `appliance datasets list` shows.",
                ),
            )
    if heldout:
        lines = [ln.strip() for ln in lines if ln.strip() and is_heldout(ln.strip())]
    if not any(ln.strip() for ln in lines):
        raise InvalidInputError(
            M("tokenizer.corpus_empty", "The corpus has no text."),
            hint=M("tokenizer.corpus_empty.hint", "Give files or datasets with text in them."),
        )
    rep = measure(load_tokenizer(store.path_of(row)), lines, model=row["name"], sources=list(corpora))
    if bits:
        add_bits_per_char(rep, store.path_of(row), lines, on_event=on_event, every=progress_every)
    return rep
