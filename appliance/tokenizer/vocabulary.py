"""Extend a base model's own tokenizer for regional scripts: ``appliance tokenizer extend``.

The extension changes the tokenizer's *model*, never its added tokens (added tokens are matched
before the pre-tokenizer, which llama.cpp does differently: the exported GGUF would tokenize
differently from the model that was trained):

* **Byte-level BPE** (GPT-2, SmolLM, Llama-3, Qwen2): the corpus is split with the base's exact
  normaliser and pre-tokenizer (taken from its ``tokenizer.json``), each word segmented with the
  base's own merges, and new merges are learned on top of that segmentation (the most frequent
  adjacent pair, repeatedly) and **appended** after the base's merges, with their vocabulary
  entries after the base's last id. Every existing id keeps its meaning, every existing merge
  keeps its rank, so text the new merges do not touch tokenizes exactly as before. Only words
  written entirely in the declared scripts are learned from, so English cannot change.
* **SentencePiece BPE** (Llama-2, Mistral): ``sentencepiece`` trains a BPE model on the corpus
  with the base's normalisation settings; its pieces that the base lacks (characters first, then
  merged pieces in the order they were learned) are appended to the base's model with scores below
  every base piece, and the Hugging Face tokenizer is rebuilt from that model with the base's own
  configuration.

The model's input (and, when untied, output) embedding grows by the new rows; each new row starts
as the mean of the base rows of the pieces the new token replaces (its text tokenized by the base).
The result is registered as a new base model with lineage to the old one (``extended-from``) and
to each corpus dataset version (``vocabulary-from``); its ``meta.tokenizer_extension`` records the
family, the scripts, the id range, the base's llama.cpp pre-tokenizer name, and tokens per
character before and after on held-out lines.

Held-out lines (``appliance/tokenizer/corpus.py``) are never learned from; the figures and the export
gate's parity check use them.
"""

from __future__ import annotations

import heapq
import json
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from appliance.errors import InvalidInputError, UnsupportedModelError
from appliance.events import CancelToken, EventSink, Progress, StageTimer, ignore
from appliance.messages import M, Message
from appliance.tokenizer.corpus import HELDOUT_RULE, Corpus, corpus_from_datasets, resolve_scripts, split_corpus
from appliance.tokenizer.limits import (  # noqa: F401 - the limits are read from here too
    ADD_MAX,
    MAX_ADD,
    MAX_VOCAB,
    MIN_PAIR_COUNT,
    add_count,
    check_vocab_limits,
    too_few_pieces,
)


# Byte-level BPE -------------------------------------------------------------------------------
def tokenizer_family(spec: dict, model_dir: Path) -> str:
    """``byte-level BPE`` or ``SentencePiece`` from the tokenizer's own definition; else refuse."""
    model = spec.get("model") or {}
    text = json.dumps([spec.get("pre_tokenizer"), spec.get("decoder")])
    if model.get("type") == "BPE" and not model.get("byte_fallback") and "ByteLevel" in text:
        return "byte-level BPE"
    if (model_dir / "tokenizer.model").is_file() and model.get("type") == "BPE" and model.get("byte_fallback"):
        return "SentencePiece"
    kind = model.get("type") or "unknown"
    if model.get("byte_fallback"):
        refused = M(
            "tokenizer.not_extendable.byte_fallback",
            "{model}: its tokenizer ({kind}, byte fallback) cannot be extended.",
            model=model_dir.name,
            kind=kind,
        )
    else:
        refused = M(
            "tokenizer.not_extendable",
            "{model}: its tokenizer ({kind}) cannot be extended.",
            model=model_dir.name,
            kind=kind,
        )
    raise UnsupportedModelError(
        refused,
        hint=M(
            "tokenizer.not_extendable.hint",
            "The appliance extends byte-level BPE tokenizers (GPT-2, SmolLM, Llama-3, Qwen2) and SentencePiece "
            "BPE tokenizers with a tokenizer.model (Llama-2, Mistral). Unigram and WordPiece tokenizers are not supported.",
        ),
    )


def _bytes_decoder():
    from transformers.models.gpt2.tokenization_gpt2 import bytes_to_unicode

    to_byte = {c: b for b, c in bytes_to_unicode().items()}
    return lambda s: bytes(to_byte[c] for c in s).decode("utf-8", "replace")


def _script_word(scripts: list[str]):
    import regex

    body = "".join(rf"\p{{Script={s}}}" for s in scripts)
    return regex.compile(rf"^\s?[{body}]+$")


def learn_bpe_merges(
    spec: dict, lines: list[str], n: int, scripts: list[str], *, cancel: CancelToken | None = None, on_event=ignore
) -> tuple[list[tuple[str, str]], list[str]]:
    """Merges to append to a byte-level BPE tokenizer, and the new vocabulary entries, learned on
    ``lines`` split and segmented exactly as the base tokenizer does."""
    from tokenizers import Tokenizer

    cancel = cancel or CancelToken()
    base = Tokenizer.from_str(json.dumps(spec))
    norm, pre = base.normalizer, base.pre_tokenizer
    decode = _bytes_decoder()
    in_scripts = _script_word(scripts)
    counts: Counter = Counter()
    for line in lines:
        text = norm.normalize_str(line) if norm is not None else line
        for piece, _ in pre.pre_tokenize_str(text) if pre is not None else [(text, None)]:
            if in_scripts.match(decode(piece)):
                counts[piece] += 1
    vocab = set(spec["model"]["vocab"])
    words: list[list[str]] = []
    freqs: list[int] = []
    for piece, c in counts.items():
        seg = [t.value for t in base.model.tokenize(piece)]
        if len(seg) > 1:
            words.append(seg)
            freqs.append(c)
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    where: dict[tuple[str, str], set[int]] = defaultdict(set)
    for wi, w in enumerate(words):
        for p in zip(w, w[1:], strict=False):
            pairs[p] += freqs[wi]
            where[p].add(wi)
    heap = [(-c, p) for p, c in pairs.items()]
    heapq.heapify(heap)
    merges: list[tuple[str, str]] = []
    new_tokens: list[str] = []
    while len(new_tokens) < n and heap:
        negc, pair = heapq.heappop(heap)
        current = pairs.get(pair, 0)
        if current != -negc:
            if current > 0:
                heapq.heappush(heap, (-current, pair))
            continue
        if current < MIN_PAIR_COUNT:
            break
        a, b = pair
        merged = a + b
        merges.append(pair)
        if merged not in vocab:
            vocab.add(merged)
            new_tokens.append(merged)
            if len(new_tokens) % 256 == 0:
                cancel.check(_extension())
                on_event(
                    Progress("learn", message=M("tokenizer.progress.merges", "merges"), done=len(new_tokens), total=n)
                )
        changed: set[tuple[str, str]] = set()
        for wi in list(where.pop(pair, ())):
            w, f = words[wi], freqs[wi]
            for p in zip(w, w[1:], strict=False):
                pairs[p] -= f
                changed.add(p)
            out, i = [], 0
            while i < len(w):
                if i + 1 < len(w) and w[i] == a and w[i + 1] == b:
                    out.append(merged)
                    i += 2
                else:
                    out.append(w[i])
                    i += 1
            words[wi] = out
            for p in zip(out, out[1:], strict=False):
                pairs[p] += f
                where[p].add(wi)
                changed.add(p)
        pairs.pop(pair, None)
        for p in changed:
            if pairs.get(p, 0) > 0:
                heapq.heappush(heap, (-pairs[p], p))
    return merges, new_tokens


def extend_bpe_spec(spec: dict, merges: list[tuple[str, str]], new_tokens: list[str]) -> tuple[dict, int]:
    """A copy of ``spec`` with the merges and entries appended; returns it and the first new id."""
    spec = json.loads(json.dumps(spec))
    model = spec["model"]
    ids = list(model["vocab"].values()) + [t["id"] for t in spec.get("added_tokens") or []]
    first = max(ids) + 1
    for i, tok in enumerate(new_tokens):
        model["vocab"][tok] = first + i
    as_strings = bool(model["merges"]) and isinstance(model["merges"][0], str)
    model["merges"] = list(model["merges"]) + [f"{a} {b}" if as_strings else [a, b] for a, b in merges]
    return spec, first


# SentencePiece --------------------------------------------------------------------------------
def learn_spm_pieces(
    model_path: Path, lines: list[str], n: int, scripts: list[str], tmp: Path
) -> tuple[bytes, list[str]]:
    """The base SentencePiece model with up to ``n`` new pieces appended, and those pieces."""
    import sentencepiece as spm
    from sentencepiece import sentencepiece_model_pb2 as pb

    base = pb.ModelProto()
    base.ParseFromString(model_path.read_bytes())
    if base.trainer_spec.model_type != pb.TrainerSpec.BPE:
        raise UnsupportedModelError(
            M(
                "tokenizer.spm_not_bpe",
                "{path}: a SentencePiece {type} model cannot be extended.",
                path=str(model_path),
                type=pb.TrainerSpec.ModelType.Name(base.trainer_spec.model_type),
            ),
            hint=M("tokenizer.spm_not_bpe.hint", "Only SentencePiece BPE models (Llama-2, Mistral) are supported."),
        )
    in_scripts = _script_word(scripts)
    have = {p.piece for p in base.pieces}
    ns = base.normalizer_spec
    prefix = tmp / "extension"
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_prefix=str(prefix),
        model_type="bpe",
        vocab_size=min(MAX_ADD, n + 2 * len(have) // 3 + 512),
        hard_vocab_limit=False,
        character_coverage=1.0,
        byte_fallback=False,
        normalization_rule_name="identity" if not ns.precompiled_charsmap else ns.name or "nmt_nfkc",
        add_dummy_prefix=ns.add_dummy_prefix,
        remove_extra_whitespaces=ns.remove_extra_whitespaces,
        split_digits=base.trainer_spec.split_digits,
        allow_whitespace_only_pieces=base.trainer_spec.allow_whitespace_only_pieces,
        max_sentencepiece_length=base.trainer_spec.max_sentencepiece_length or 16,
        unk_id=0,
        bos_id=-1,
        eos_id=-1,
        pad_id=-1,
        minloglevel=2,
        num_threads=2,
    )
    trained = pb.ModelProto()
    trained.ParseFromString(prefix.with_suffix(".model").read_bytes())
    normal = pb.ModelProto.SentencePiece.NORMAL
    candidates = [p for p in trained.pieces if p.type == normal and p.piece not in have]
    wanted = [p for p in candidates if in_scripts.match(p.piece.replace("\u2581", " "))]
    chars = [p.piece for p in wanted if len(p.piece) == 1]
    merged = [p.piece for p in sorted(wanted, key=lambda p: -p.score) if len(p.piece) > 1]
    pieces = (chars + merged)[:n]
    low = min((p.score for p in base.pieces if p.type == normal), default=0.0)
    for i, piece in enumerate(pieces):
        new = base.pieces.add()
        new.piece, new.score, new.type = piece, low - 1.0 - i, normal
    return base.SerializeToString(), pieces


# Embeddings -----------------------------------------------------------------------------------
def grow_embeddings(model, first_id: int, replaced: list[list[int]]) -> int:
    """Resize the model's embeddings to hold ``len(replaced)`` new rows from ``first_id`` and start
    each as the mean of the rows it replaces (input and, if untied, output). Returns the new size."""
    import torch

    new_size = max(model.config.vocab_size, first_id + len(replaced))
    model.resize_token_embeddings(new_size, mean_resizing=False)
    inp = model.get_input_embeddings().weight
    out = model.get_output_embeddings()
    tied = out is None or out.weight is inp or out.weight.data_ptr() == inp.data_ptr()
    with torch.no_grad():
        for i, ids in enumerate(replaced):
            row = first_id + i
            idx = torch.tensor(ids or [0])
            inp[row] = inp[idx].mean(0)
            if not tied:
                out.weight[row] = out.weight[idx].mean(0)
    return new_size


@dataclass
class Extension:
    family: str
    first_id: int
    pieces: list[str]
    spec: dict | None = None  # byte-level BPE: the new tokenizer.json
    spm_model: bytes | None = None  # SentencePiece: the new tokenizer.model
    replaced: list[list[int]] = field(default_factory=list)


def plan_extension(
    model_dir: Path,
    lines: list[str],
    n: int,
    scripts: list[str],
    tmp: Path,
    *,
    cancel: CancelToken | None = None,
    on_event: EventSink = ignore,
) -> Extension:
    """Learn the extension of ``model_dir``'s tokenizer (no files written outside ``tmp``)."""
    spec = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    family = tokenizer_family(spec, model_dir)
    if family == "byte-level BPE":
        from tokenizers import Tokenizer

        merges, pieces = learn_bpe_merges(spec, lines, n, scripts, cancel=cancel, on_event=on_event)
        new_spec, first = extend_bpe_spec(spec, merges, pieces)
        base = Tokenizer.from_str(json.dumps(spec))
        replaced = [[t.id for t in base.model.tokenize(p)] for p in pieces]
        return Extension(family, first, pieces, spec=new_spec, replaced=replaced)
    import sentencepiece as spm

    new_model, pieces = learn_spm_pieces(model_dir / "tokenizer.model", lines, n, scripts, tmp)
    base_sp = spm.SentencePieceProcessor(model_file=str(model_dir / "tokenizer.model"))
    first = base_sp.get_piece_size()
    added = [t["id"] for t in spec.get("added_tokens") or [] if t["id"] >= first]
    if added:
        raise UnsupportedModelError(
            M(
                "tokenizer.spm_added_tokens",
                "{model}: its tokenizer adds tokens after the SentencePiece vocabulary (ids {ids}…), "
                "where the new pieces would go.",
                model=model_dir.name,
                ids=str(added[:3]),
            ),
            hint=M(
                "tokenizer.spm_added_tokens.hint",
                "Extend a model whose special tokens are part of its SentencePiece model (Llama-2, Mistral).",
            ),
        )
    dummy = base_sp.piece_to_id("\u2581")
    replaced = []
    for piece in pieces:
        ids = base_sp.encode(piece.replace("\u2581", " "))
        if not piece.startswith("\u2581") and ids and ids[0] == dummy:
            ids = ids[1:]
        replaced.append(ids)
    return Extension(family, first, pieces, spm_model=new_model, replaced=replaced)


def write_tokenizer(ext: Extension, base_dir: Path, out: Path) -> None:
    """Write the extended tokenizer files into ``out`` (which holds a copy of the base's files)."""
    if ext.spec is not None:
        (out / "tokenizer.json").write_text(json.dumps(ext.spec, ensure_ascii=False), encoding="utf-8")
        return
    from transformers import AutoTokenizer

    (out / "tokenizer.model").write_bytes(ext.spm_model)
    slow_dir = out.parent / "slow-tokenizer"
    slow_dir.mkdir()
    for f in base_dir.iterdir():
        if f.name in ("tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja"):
            shutil.copy(f, slow_dir / f.name)
    (slow_dir / "tokenizer.model").write_bytes(ext.spm_model)
    tok = AutoTokenizer.from_pretrained(str(slow_dir), local_files_only=True, from_slow=True)
    tok.save_pretrained(str(slow_dir))
    shutil.copy(slow_dir / "tokenizer.json", out / "tokenizer.json")
    shutil.rmtree(slow_dir)


def tokens_per_char(tokenizer, lines: list[str]) -> float:
    chars = sum(len(x) for x in lines)
    return sum(len(tokenizer.encode(x, add_special_tokens=False)) for x in lines) / chars if chars else 0.0


# The whole operation ----------------------------------------------------------------------------
_PRE_NAMES: dict[tuple[str, str], dict] = {}  # (tokenizer.json digest, converter) -> the converter's answer


def converter_pre_tokenizer(model_dir: Path) -> str:
    """The llama.cpp pre-tokenizer name its converter recognises for ``model_dir``'s tokenizer
    (asked of the converter itself, in a torch worker, once per tokenizer and converter in this
    process); refuse a base it does not recognise."""
    from appliance.fsutil import sha256_file
    from appliance.host import native
    from appliance.procs import query_worker, worker_command

    script = str(native.converter_script())
    key = (sha256_file(model_dir / "tokenizer.json"), script)
    answer = _PRE_NAMES.get(key) or query_worker(worker_command("converter-pre", script, str(model_dir)), timeout=300)
    if answer.get("pre"):
        _PRE_NAMES[key] = answer
    if not answer.get("pre"):
        if answer.get("error_message"):  # the worker failed (appliance/procs.py: query_worker)
            why = Message.from_dict(answer["error_message"])
        elif "error" in answer:  # the converter's own reason (English, from llama.cpp)
            why = str(answer["error"])
        else:
            why = M("tokenizer.converter_no_answer", "no answer")
        raise UnsupportedModelError(
            M(
                "tokenizer.converter_pre_unknown",
                "{model}: llama.cpp's converter does not recognise this tokenizer's pre-tokenizer "
                "({why}), so an extension of it could not be exported.",
                model=model_dir.name,
                why=why,
            ),
            hint=M(
                "tokenizer.converter_pre_unknown.hint",
                "Extend a base model the appliance can already export (its export gate passes).",
            ),
        )
    return answer["pre"]


def _check_inputs(catalog, corpora: list[str], name: str, add: int | str, scripts: list[str] | None):
    """What can be checked before the base is loaded (the built-in model is unpacked on first use):
    the new name, the scripts, ``--add`` and that every corpus is a dataset of this workspace."""
    from appliance.models.store import validate_name
    from appliance.tokenizer.corpus import check_corpus_refs

    name = validate_name(name)
    if catalog.find_model(name) is not None:
        raise InvalidInputError(
            M("model.name_taken", "A model named {name!r} already exists.", name=name),
            hint=M("tokenizer.extend_name_taken.hint", "Pass --name with another name, or remove that model first."),
        )
    add_count(add, 0)
    check_corpus_refs(catalog, corpora)
    return name, resolve_scripts(scripts) if scripts else None


def extend(
    home,
    catalog,
    keys,
    base_ref: str,
    corpora: list[str],
    *,
    add: int | str,
    name: str,
    scripts: list[str] | None = None,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
) -> dict:
    """Extend ``base_ref``'s tokenizer with ``add`` tokens (``"max"``: as many as the corpus
    supports) learned on the corpus datasets and register the result as a new base model
    ``name``. Nothing is registered on any error."""
    from appliance.audit.log import AuditLog
    from appliance.models.hf import load_causal_lm, load_tokenizer
    from appliance.models.store import ModelStore
    from appliance.tokenizer.extension import write_rows_record
    from appliance.tokenizer.report import _script_patterns, dominant_script

    cancel = cancel or CancelToken()
    AuditLog(catalog).require()
    name, scripts = _check_inputs(catalog, corpora, name, add, scripts)
    store = ModelStore(home, catalog)
    base = store.get(base_ref)
    base_dir = store.path_of(base)
    store.check_files(base)
    base_tok = load_tokenizer(base_dir)
    spec = json.loads((base_dir / "tokenizer.json").read_text(encoding="utf-8"))
    family = tokenizer_family(spec, base_dir)  # refuse an unsupported tokenizer before reading any data
    n = add_count(add, len(base_tok))
    with StageTimer(on_event, "read", M("tokenizer.progress.decrypting", "Decrypting the corpus in memory")):
        lines, datasets = corpus_from_datasets(home, catalog, keys, corpora)
    if not scripts:
        patterns = _script_patterns()
        found = Counter(dominant_script(ln, patterns) for ln in lines if ln.strip())
        scripts = [s for s, _ in found.most_common() if s not in (None, "Latin", "Other")][:4]
        if not scripts:
            raise InvalidInputError(
                M("tokenizer.corpus_only_latin", "The corpus has no text in a script other than Latin."),
                hint=M(
                    "tokenizer.corpus_only_latin.hint",
                    "Give a corpus in the regional language(s) to extend for, or name them with --script.",
                ),
            )
    corpus = split_corpus(lines, scripts)
    cancel.check(_extension())
    with home.staging("extend") as stage:
        with StageTimer(on_event, "learn", _learning(add, n, scripts)):
            ext = plan_extension(base_dir, corpus.learn_lines(), n, scripts, stage, cancel=cancel, on_event=on_event)
        if not ext.pieces or (len(ext.pieces) < n and not isinstance(add, str)):
            raise too_few_pieces(len(ext.pieces), n, scripts)
        cancel.check(_extension())
        pre = None
        if family == "byte-level BPE":
            asking = M(
                "tokenizer.progress.asking_converter", "Asking llama.cpp's converter which pre-tokenizer the base uses"
            )
            with StageTimer(on_event, "check", asking):
                pre = converter_pre_tokenizer(base_dir)
        out = stage / "model"
        out.mkdir()
        for f in base_dir.iterdir():
            if f.is_file() and not f.name.endswith(".safetensors") and f.name != "model.safetensors.index.json":
                shutil.copy(f, out / f.name)
        write_tokenizer(ext, base_dir, out)
        new_tok = load_tokenizer(out)
        figures = _figures(base_tok, new_tok, corpus)
        growing = M("tokenizer.progress.growing", "Growing the embeddings (new rows: mean of the pieces they replace)")
        with StageTimer(on_event, "weights", growing):
            model = load_causal_lm(base_dir, dtype=base.get("dtype") or "float32")
            size = grow_embeddings(model, ext.first_id, ext.replaced)
            cancel.check(_extension())
            model.save_pretrained(out, safe_serialization=True)
            write_rows_record(model, out, ext.first_id, len(ext.pieces))  # how the new rows start (export gate)
            del model
        meta = {
            "tokenizer_extension": {
                "family": family,
                "base_model": base["id"],
                "base_name": base["name"],
                "pre_tokenizer": pre,
                "scripts": scripts,
                "added": len(ext.pieces),
                "first_id": ext.first_id,
                "vocab_size": size,
                "corpus": [{"dataset": d["id"], "name": d["name"], "version": d["version"]} for d in datasets],
                "heldout_rule": HELDOUT_RULE,
                "figures": figures,
            },
            "license": (base.get("meta") or {}).get("license"),
        }
        parents = {base["id"]: "extended-from", **{d["id"]: "vocabulary-from" for d in datasets}}
        return store._import(
            out,
            name=name,
            kind="extended",
            source=f"{base['name']} extended for {', '.join(scripts)}",
            on_event=on_event,
            cancel=cancel,
            meta=meta,
            parents=parents,
        )


def _extension() -> Message:
    return M("tokenizer.extension.what", "The extension")


def _learning(add: int | str, n: int, scripts: list[str]) -> Message:
    if isinstance(add, str):
        return M(
            "tokenizer.progress.learning_max",
            "Learning as many tokens as the corpus supports for {scripts}",
            scripts=", ".join(scripts),
        )
    return M("tokenizer.progress.learning", "Learning {n:,} tokens for {scripts}", n=n, scripts=", ".join(scripts))


def _figures(base_tok, new_tok, corpus: Corpus) -> dict:
    """Tokens per character before and after, on held-out lines per script and on English."""
    from appliance.tokenizer.report import ENGLISH_CONTROL

    out = {}
    for script in corpus.scripts:
        held = corpus.heldout.get(script) or corpus.train.get(script, [])[:200]
        out[script] = {
            "heldout_lines": len(held),
            "before": round(tokens_per_char(base_tok, held), 4),
            "after": round(tokens_per_char(new_tok, held), 4),
        }
    out["English (control)"] = {
        "heldout_lines": len(ENGLISH_CONTROL),
        "before": round(tokens_per_char(base_tok, ENGLISH_CONTROL), 4),
        "after": round(tokens_per_char(new_tok, ENGLISH_CONTROL), 4),
    }
    return out
