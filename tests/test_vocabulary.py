"""Vocabulary extension (issue 15): both tokenizer families on tiny models, the new rows' start and
training, the export's parity gate on held-out lines, and each bad input leaving nothing behind."""

from __future__ import annotations

import json

import pytest

from appliance.errors import InvalidInputError, UnsupportedModelError
from appliance.samples import SAMPLES

REGIONAL = SAMPLES / "regional"
ENGLISH = [
    "The registry office is open on weekdays from nine in the morning.",
    "Applications must be submitted with a copy of the identity card.",
]


@pytest.fixture
def corpus(home, catalog, unlocked, datasets):
    """The shipped Tamil and Hindi corpora as encrypted text datasets."""
    for name, file in (("corpus-ta", "ta.txt"), ("corpus-hi", "hi.txt")):
        datasets.import_file(REGIONAL / file, name=name, eval_fraction=0.0)
    return ["corpus-ta", "corpus-hi"]


def _extend(home, catalog, unlocked, base, corpora, **kw):
    from appliance.tokenizer.vocabulary import extend

    return extend(home, catalog, unlocked, base, corpora, **kw)


def _tok(home, row):
    from appliance.models.hf import load_tokenizer

    return load_tokenizer(home.root / row["path"])


def _heldout(file: str) -> list[str]:
    from appliance.tokenizer.corpus import is_heldout

    return [ln for ln in (REGIONAL / file).read_text(encoding="utf-8").splitlines() if ln and is_heldout(ln)]


def _tpc(tok, lines):
    return sum(len(tok.encode(x, add_special_tokens=False)) for x in lines) / sum(map(len, lines))


@pytest.fixture
def tiny_bpe(home, catalog, tiny_dirs):
    from appliance.models.store import ModelStore

    return ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")


@pytest.fixture
def tiny_spm(home, catalog, tiny_dirs):
    from appliance.models.store import ModelStore

    return ModelStore(home, catalog).import_path(tiny_dirs["mistral"], name="tiny-spm")


def test_byte_level_bpe_extension_keeps_every_id_and_english(home, catalog, unlocked, corpus, tiny_bpe):
    import torch
    from safetensors.torch import load_file

    row = _extend(home, catalog, unlocked, "tiny", corpus, add=400, name="tiny-ta-hi", scripts=["ta", "hi"])
    ext = row["meta"]["tokenizer_extension"]
    assert row["kind"] == "extended" and ext["family"] == "byte-level BPE"
    assert ext["pre_tokenizer"] == "smollm"  # asked of llama.cpp's converter for the base
    assert ext["added"] == 400 and ext["first_id"] == 49152 and ext["scripts"] == ["Tamil", "Devanagari"]
    rels = {(p["parent_id"], p["relation"]) for p in catalog.parents(row["id"])}
    assert (tiny_bpe["id"], "extended-from") in rels
    assert {r for _, r in rels} == {"extended-from", "vocabulary-from"} and len(rels) == 3

    base_tok, new_tok = _tok(home, tiny_bpe), _tok(home, row)
    base_vocab, new_vocab = base_tok.get_vocab(), new_tok.get_vocab()
    assert all(new_vocab[t] == i for t, i in base_vocab.items())  # every existing id keeps its meaning
    assert len(new_vocab) == len(base_vocab) + 400
    for line in ENGLISH:  # English is tokenized exactly as before
        assert new_tok.encode(line) == base_tok.encode(line)
    for file in ("ta.txt", "hi.txt"):
        held = _heldout(file)
        assert _tpc(new_tok, held) < 0.8 * _tpc(base_tok, held)
    assert ext["figures"]["Tamil"]["after"] < ext["figures"]["Tamil"]["before"]
    assert ext["figures"]["English (control)"]["after"] == ext["figures"]["English (control)"]["before"]

    # Each new row starts as the mean of the base rows of the pieces it replaces.
    old = load_file(home.root / tiny_bpe["path"] / "model.safetensors")["model.embed_tokens.weight"]
    new = load_file(home.root / row["path"] / "model.safetensors")["model.embed_tokens.weight"]
    assert new.shape[0] == 49152 + 400 and torch.equal(new[:49152], old)
    piece = new_tok.convert_ids_to_tokens(49152 + 7)
    parts = [t.id for t in base_tok.backend_tokenizer.model.tokenize(piece)]
    assert len(parts) > 1 and torch.allclose(new[49152 + 7], old[parts].mean(0))


def test_sentencepiece_extension_appends_pieces_and_hf_matches_sentencepiece(home, catalog, unlocked, corpus, tiny_spm):
    import sentencepiece as spm

    row = _extend(home, catalog, unlocked, "tiny-spm", ["corpus-ta"], add=150, name="tiny-spm-ta", scripts=["Tamil"])
    ext = row["meta"]["tokenizer_extension"]
    assert ext["family"] == "SentencePiece" and ext["first_id"] == 600 and ext["pre_tokenizer"] is None
    model_dir = home.root / row["path"]
    sp = spm.SentencePieceProcessor(model_file=str(model_dir / "tokenizer.model"))
    base_sp = spm.SentencePieceProcessor(model_file=str(home.root / tiny_spm["path"] / "tokenizer.model"))
    assert sp.get_piece_size() == 750
    assert all(sp.id_to_piece(i) == base_sp.id_to_piece(i) for i in range(600))
    new_tok, base_tok = _tok(home, row), _tok(home, tiny_spm)
    held = _heldout("ta.txt")
    for line in held[:100] + ENGLISH:  # the rebuilt HF tokenizer segments as SentencePiece does
        assert new_tok.encode(line, add_special_tokens=False) == sp.encode(line), line
    for line in ENGLISH:
        assert new_tok.encode(line) == base_tok.encode(line)
    assert _tpc(new_tok, held) < 0.8 * _tpc(base_tok, held)
    cfg = json.loads((model_dir / "config.json").read_text())
    assert cfg["vocab_size"] == 750


@pytest.mark.parametrize("family", ["bpe", "spm"])
def test_export_checks_parity_on_held_out_lines(home, catalog, unlocked, corpus, tiny_bpe, tiny_spm, family):
    from appliance.export.pipeline import Exporter

    base = "tiny" if family == "bpe" else "tiny-spm"
    _extend(home, catalog, unlocked, base, ["corpus-ta"], add=150, name="ext", scripts=["ta"])
    # The new rows are untrained here: under `lenient` that warns (it fails under `default`, issue 25 item 13:
    # tests/test_tokenizer_hardening.py).
    row, report = Exporter(home, catalog, unlocked).export("ext", "f16", tokenizer_policy="lenient")
    assert row["status"] == "verified", report.render()
    assert {c.name: c.status for c in report.checks}["new vocabulary rows"] == "warn"
    (parity,) = report.parity
    assert parity["script"] == "Tamil" and parity["lines"] == len(_heldout("ta.txt"))
    assert parity["identical"] == parity["lines"], report.render()
    assert any(c.name == "extended-vocabulary parity" and c.status == "pass" for c in report.checks)
    # Without the keys the held-out lines cannot be read: the export refuses before any work.
    with pytest.raises(Exception, match="unlock"):
        Exporter(home, catalog).export("ext", "f16")


def test_parity_differences_fail_the_gate_with_examples():
    from appliance.export.verify import GateReport, _check_parity

    lines = {"Tamil": ["வணக்கம் உலகம்", "தமிழ்நாடு அரசு"]}
    hf = {"Tamil": [{"ids": [1, 2], "pieces": ["வண", "க்கம்"]}, {"ids": [5], "pieces": ["x"]}]}
    ll = {"Tamil": [{"ids": [1, 3, 4], "pieces": ["வண", "க்", "கம்"], "lossless": True}, {"ids": [5], "lossless": True}]}
    for policy, status in (("default", "fail"), ("strict", "fail"), ("lenient", "warn")):
        report = GateReport(quant="f16")
        _check_parity(report, lines, hf, ll, policy)
        assert report.checks[-1].status == status
        assert report.parity[0]["identical"] == 1 and report.parity[0]["examples"][0]["first_diff"] == 1
        assert "Tamil 1/2" in report.checks[-1].detail
        assert "1/2 tokenized identically" in report.render()


def test_training_the_new_rows_changes_only_them(home, catalog, unlocked, corpus, tiny_bpe):
    from safetensors.torch import load_file

    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import merge_run, start_training

    ext = _extend(home, catalog, unlocked, "tiny", ["corpus-ta"], add=100, name="tiny-ta", scripts=["ta"])
    recipe = {
        "run": {"base_model": "tiny-ta", "datasets": ["corpus-ta"]},
        "tokenizer": {"train_new_rows": True},
        "training": {"max_steps": 2, "batch_size": 2, "sequence_length": 64, "precision": "fp32", "device": "cpu"},
        "evaluation": {"eval_every": 0},
    }
    run = start_training(home, catalog, unlocked, recipe_from_dict(recipe))
    merged = merge_run(home, catalog, run["id"], name="tiny-ta-tuned")
    before = load_file(home.root / ext["path"] / "model.safetensors")["model.embed_tokens.weight"]
    after = load_file(home.root / merged["path"] / "model.safetensors")["model.embed_tokens.weight"]
    changed = (before - after).abs().sum(1) > 0
    assert changed[49152:].all() and not changed[:49152].any()

    # On a model whose vocabulary was not extended, the setting is refused with its field name.
    recipe["run"]["base_model"] = "tiny"
    with pytest.raises(InvalidInputError, match="tokenizer.train_new_rows"):
        start_training(home, catalog, unlocked, recipe_from_dict(recipe))


def test_bits_per_character_is_reported_per_script(home, catalog, unlocked, corpus, tiny_bpe):
    from appliance.tokenizer.report import report

    rep = report(home, catalog, unlocked, "tiny", ["corpus-ta"], heldout=True, bits=True)
    (tamil,) = [s for s in rep.scripts if s.script == "Tamil"]
    assert tamil.lines == len(_heldout("ta.txt")) and tamil.bits_per_char > 1.0
    assert rep.english_control.bits_per_char > 0


def _models(catalog):
    return sorted(m["name"] for m in catalog.list_models())


@pytest.mark.parametrize(
    "kw, exc, match",
    [
        ({"add": 60000}, InvalidInputError, r"supports only [\d,]+ new tokens for Tamil"),
        (
            {"add": 100, "scripts": ["hi"], "corpora": ["corpus-ta"]},
            InvalidInputError,
            r"(?s)Devanagari.*mostly: Tamil",
        ),
        ({"add": 0}, InvalidInputError, "between 1 and"),
        ({"add": 100, "scripts": ["xx"]}, InvalidInputError, "Unknown or unsupported script 'xx'"),
        ({"add": 100, "scripts": ["Latin"]}, InvalidInputError, "English must stay unchanged"),
        ({"add": 100, "name": "tiny"}, InvalidInputError, "already exists"),
    ],
)
def test_bad_input_is_refused_and_registers_nothing(home, catalog, unlocked, corpus, tiny_bpe, kw, exc, match):
    args = {"corpora": ["corpus-ta"], "name": "new-model", "scripts": ["ta"], **kw}
    before = _models(catalog)
    with pytest.raises(exc, match=match):
        _extend(home, catalog, unlocked, "tiny", args.pop("corpora"), **args)
    assert _models(catalog) == before
    assert not any(p.name.startswith("extend") for p in home.tmp_dir.iterdir())


def test_vocabulary_past_the_limit_and_unsupported_tokenizers(
    home, catalog, unlocked, corpus, tiny_bpe, tiny_copy, tmp_path
):
    from appliance.models.store import ModelStore
    from appliance.tokenizer.vocabulary import MAX_VOCAB, check_vocab_limits

    with pytest.raises(InvalidInputError, match=f"past the {MAX_VOCAB:,}"):
        check_vocab_limits(MAX_VOCAB - 10, 11)
    # A Unigram tokenizer (T5-style) is refused by name before any data is read.
    from tokenizers import Tokenizer, models, pre_tokenizers

    folder = tiny_copy("llama")
    uni = Tokenizer(models.Unigram([("<unk>", 0.0), ("a", -1.0), ("b", -2.0)], unk_id=0, byte_fallback=False))
    uni.pre_tokenizer = pre_tokenizers.Metaspace()
    uni.save(str(folder / "tokenizer.json"))
    ModelStore(home, catalog).import_path(folder, name="tiny-unigram")
    before = _models(catalog)
    with pytest.raises(UnsupportedModelError, match="Unigram"):
        _extend(home, catalog, unlocked, "tiny-unigram", ["corpus-ta"], add=10, name="x", scripts=["ta"])
    # A file is not a corpus: the extension names the import command.
    with pytest.raises(InvalidInputError, match="appliance datasets import"):
        _extend(home, catalog, unlocked, "tiny", [str(REGIONAL / "ta.txt")], add=10, name="x", scripts=["ta"])
    assert _models(catalog) == before


def test_cli_extend_and_report(home, capsys, corpus, tiny_bpe, pfile):
    from conftest import run

    code, out, err = run(
        capsys, "--passphrase-file", pfile, "tokenizer", "extend", "tiny", "--corpus", "corpus-ta",
        "--add", "120", "--name", "tiny-ta", "--script", "ta", "--json",
    )  # fmt: skip
    assert code == 0, err
    ext = json.loads(out)["extension"]
    assert ext["added"] == 120 and ext["figures"]["Tamil"]["after"] < ext["figures"]["Tamil"]["before"]
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "tokenizer", "extend", "tiny", "--corpus", "corpus-ta",
        "--add", "90000", "--name", "tiny-big", "--script", "ta",
    )  # fmt: skip
    assert code != 0 and "between 1 and 65,536" in err
