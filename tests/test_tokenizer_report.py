"""`appliance tokenizer report` (issue 15, item 1): tokens per character and per word and the
byte-fallback share per script, English as a control, for both tokenizer families."""

from __future__ import annotations

import json

import pytest
from conftest import run

from appliance.tokenizer.report import ENGLISH_CONTROL, dominant_script, measure

TAMIL = "தமிழ் ஒரு செம்மொழி ஆகும். இது தமிழ்நாடு மாநிலத்தின் ஆட்சி மொழி."
HINDI = "भारत की राजधानी नई दिल्ली है। यह एक बड़ा शहर है।"
ENGLISH = "The registry office is open on weekdays from nine until one."


def test_each_line_goes_to_the_script_most_of_its_letters_are_in():
    assert dominant_script(TAMIL) == "Tamil" and dominant_script(HINDI) == "Devanagari"
    assert dominant_script(ENGLISH) == "Latin" and dominant_script("12:00 — 3.5 %") is None
    assert dominant_script("Form K-12 பதிவு செய்யப்பட்டது") == "Tamil"  # a Latin form name in a Tamil line


@pytest.mark.parametrize("family", ["bpe", "spm"])
def test_a_regional_script_costs_more_tokens_per_character_than_english(tokenizer_dirs, family):
    from appliance.models.hf import load_tokenizer

    rep = measure(load_tokenizer(tokenizer_dirs[family]), [TAMIL, HINDI, ENGLISH, ""], model="tiny")
    assert rep.tokenizer_kind == {"bpe": "byte-level BPE", "spm": "SentencePiece"}[family]
    by = {s.script: s for s in rep.scripts}
    assert set(by) == {"Tamil", "Devanagari", "Latin"}
    assert by["Tamil"].tokens_per_char > 1.0 > 0.5 > by["Latin"].tokens_per_char if family == "bpe" else True
    assert by["Tamil"].tokens_per_char > 2 * by["Latin"].tokens_per_char
    assert by["Tamil"].byte_fallback_share > 0.3 and by["Latin"].byte_fallback_share == 0
    # English (control) is the fixed control text whatever the corpus (the corpus's Latin lines are "Latin").
    assert rep.english_control.lines == len(ENGLISH_CONTROL) and rep.english_control.tokens != by["Latin"].tokens
    d = json.loads(rep.to_json())
    assert d["scripts"][0]["tokens_per_char"] > 0 and d["english_control"]["script"] == "English (control)"
    assert measure(load_tokenizer(tokenizer_dirs[family]), [TAMIL]).english_control == rep.english_control


def test_the_cli_reports_on_files_and_encrypted_datasets(capsys, home, catalog, tiny_dirs, tmp_path, pfile):
    from conftest import PASSPHRASE
    from test_library_api import _records

    from appliance.models.store import ModelStore
    from appliance.security.vault import Vault
    from appliance.workspace import unlock

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    corpus = tmp_path / "ta.txt"
    corpus.write_text(f"{TAMIL}\n{TAMIL}\n{ENGLISH}\n", encoding="utf-8")
    code, out, err = run(capsys, "tokenizer", "report", "tiny", "--corpus", str(corpus), "--json")
    assert code == 0, err
    rep = json.loads(out)
    assert rep["tokenizer_kind"] == "byte-level BPE" and rep["scripts"][0]["script"] == "Tamil"
    assert rep["scripts"][0]["lines"] == 2
    code, out, err = run(capsys, "tokenizer", "report", "tiny", "--corpus", str(corpus))
    assert code == 0 and "tokens/char" in out and "Tamil" in out and "English (control)" in out

    rows = tmp_path / "faq.jsonl"
    rows.write_text(
        "".join(
            json.dumps({"messages": [{"role": "user", "content": HINDI}, {"role": "assistant", "content": f"{i}"}]})
            + "\n"
            for i in range(4)
        ),
        encoding="utf-8",
    )
    code, _, err = run(capsys, "--passphrase-file", pfile, "datasets", "import", str(rows), "--name", "hi-faq")
    assert code == 0, err
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "tokenizer", "report", "tiny", "--corpus", "hi-faq", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["scripts"][0]["script"] == "Devanagari"
    mk = unlock(Vault(catalog), PASSPHRASE)
    try:
        reads = _records(catalog, mk, "dataset.read")
    finally:
        mk.forget()
    assert reads[-1]["params"]["purpose"] == "tokenizer-report"


def test_bad_corpora_are_named_with_what_to_do(capsys, home, catalog, tiny_dirs, tmp_path):
    from appliance.models.store import ModelStore

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    latin1 = tmp_path / "old.txt"
    latin1.write_bytes("caf\xe9\n".encode("latin-1"))
    broken = tmp_path / "c.jsonl"
    broken.write_text('{"text": "ok"}\n{oops\n', encoding="utf-8")
    empty = tmp_path / "e.txt"
    empty.write_text("\n\n", encoding="utf-8")
    for ref, words in (
        (str(latin1), ["not UTF-8", "byte 4"]),
        (str(broken), ["line 2", "invalid JSON"]),
        (str(empty), ["no text"]),
        ("no-such-thing", ["neither a file nor a dataset", "datasets list"]),
    ):
        code, out, err = run(capsys, "tokenizer", "report", "tiny", "--corpus", ref)
        assert code != 0 and all(w in err for w in words), (ref, err)
