"""Preference datasets: pairs and judgements imported sealed, every problem named by line and field,
what `datasets show` says of them, and the recipe/data pairing refused both ways."""

from __future__ import annotations

import json

import pytest
from conftest import run

from appliance.data.formats import ImportRefused

PAIRS = [
    {
        "prompt": f"Which form registers a boat in district {i}?",
        "chosen": f"Form K-{i} at the district office.",
        "rejected": "Some form, probably.",
    }
    for i in range(12)
]
JUDGEMENTS = [
    {
        "prompt": f"Which form registers a boat in district {i}?",
        "completion": f"Form K-{i}." if i % 2 else "No idea.",
        "label": bool(i % 2),
    }
    for i in range(12)
]


def _jsonl(path, rows, extra=()):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "".join(extra), encoding="utf-8")
    return path


def _refused(datasets, path, tok=None, **kw):
    with pytest.raises(ImportRefused) as exc:
        datasets.import_file(path, name="p", tokenizer=tok, **kw)
    return [str(p) for p in exc.value.report.errors]


def _nothing_stored(home, catalog):
    assert catalog.db["datasets"].count == 0 and list(home.datasets_dir.iterdir()) == []


def test_pairs_and_judgements_import_sealed_with_their_statistics(
    datasets, home, tmp_path, bpe_tokenizer, capsys, pfile
):
    conversation = {
        "messages": [
            {"role": "system", "content": "Be exact."},
            {"role": "user", "content": "Form for a dog licence?"},
        ],
        "chosen": [{"role": "assistant", "content": "Form D-2."}],  # TRL's conversational form
        "rejected": "A FORM.",
    }
    near = {"prompt": "Form for a cat?", "chosen": "Form C-1", "rejected": "form  c-1"}
    row, report, _ = datasets.import_file(
        _jsonl(tmp_path / "pairs.jsonl", [*PAIRS, conversation, near]), name="pairs", tokenizer=bpe_tokenizer
    )
    assert row["format"] == "preference" and row["rows"] == 14
    stats = row["meta"]["preference"]
    assert stats["pairs"] == 14 and stats["near_same"] == 1 and stats["near_same_share"] == round(1 / 14, 4)
    assert set(stats["lengths_chars"]) == {"prompt", "chosen", "rejected"}
    assert any("1 of 14 pairs differ only in case or spacing" in str(w) for w in report.warnings)
    back = {json.dumps(r, sort_keys=True) for r in datasets.read_records("pairs")}
    stored = next(json.loads(r) for r in back if "messages" in json.loads(r))
    assert stored["chosen"] == "Form D-2." and stored["messages"][-1]["role"] == "user"
    sealed = (home.root / row["path"]).read_bytes()
    assert b"district" not in sealed and b"Form K-" not in sealed  # encrypted like every dataset

    row, _, _ = datasets.import_file(_jsonl(tmp_path / "kto.jsonl", JUDGEMENTS), name="kto", tokenizer=None)
    assert row["format"] == "judgement" and row["meta"]["preference"]["desirable"] == 6
    assert row["meta"]["preference"]["undesirable"] == 6

    code, out, _ = run(capsys, "--passphrase-file", pfile, "datasets", "show", "pairs")
    flat = " ".join(out.split())
    assert code == 0 and "preference 14 pairs; 1 (7.1%) with answers the same but for case or spacing" in flat
    code, out, _ = run(capsys, "--passphrase-file", pfile, "datasets", "show", "kto")
    assert code == 0 and "6 desirable and 6 undesirable answers" in " ".join(out.split())


def test_each_bad_pair_is_named_by_line_and_field_and_nothing_is_stored(datasets, home, catalog, tmp_path):
    rows = [
        PAIRS[0],
        {"prompt": "Same?", "chosen": "Yes.", "rejected": " Yes. "},  # 2: same answer
        {"prompt": "Empty?", "chosen": "", "rejected": "No."},  # 3: empty side
        {"prompt": "", "chosen": "A", "rejected": "B"},  # 4: empty prompt
        {"chosen": "A", "rejected": "B"},  # 5: no prompt
        {"prompt": "Missing?", "chosen": "A"},  # 6: no rejected
        {
            "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}],
            "chosen": "A",
            "rejected": "B",
        },  # 7
        {"prompt": "Typed?", "chosen": 3, "rejected": "B"},  # 8
    ]
    errors = _refused(datasets, _jsonl(tmp_path / "bad.jsonl", rows))
    want = [
        "line 2, field 'rejected': chosen and rejected are the same text",
        "line 3, field 'chosen': is empty",
        "line 4, field 'prompt': is empty",
        "line 5, field 'prompt': is missing (give 'prompt' text or 'messages')",
        "line 6, field 'rejected': is missing",
        "line 7, field 'messages': the prompt's conversation must end with the user's turn",
        "line 8, field 'chosen': must be text (or a list with one assistant message)",
    ]
    for w in want:
        assert any(e.startswith(w) for e in errors), (w, errors)
    _nothing_stored(home, catalog)


def test_a_prompt_longer_than_a_row_and_a_single_label_are_refused(datasets, home, catalog, tmp_path, bpe_tokenizer):
    long = {"prompt": "word " * 300, "chosen": "A.", "rejected": "B."}
    errors = _refused(datasets, _jsonl(tmp_path / "long.jsonl", [PAIRS[0], long]), bpe_tokenizer, max_tokens=128)
    assert any(
        e.startswith("line 2, field 'prompt': 301 tokens, as long as a whole row may be (128)") for e in errors
    ), errors
    only_good = [dict(r, label=True) for r in JUDGEMENTS]
    errors = _refused(datasets, _jsonl(tmp_path / "good.jsonl", only_good))
    assert errors == [
        "field 'label': every row's label is true: KTO learns from desirable and undesirable answers together "
        "(add rows labelled false, or train on it as supervised data if every answer is good)"
    ]
    bad_label = [dict(JUDGEMENTS[0], label="yes"), *JUDGEMENTS[1:]]
    errors = _refused(datasets, _jsonl(tmp_path / "label.jsonl", bad_label))
    assert errors == ["line 1, field 'label': must be true (desirable) or false (undesirable)"]
    mixed = [PAIRS[0], JUDGEMENTS[0]]
    errors = _refused(datasets, _jsonl(tmp_path / "mixed.jsonl", mixed))
    assert errors == ["line 2: looks like judgement data in a preference file (mixed formats)"]
    _nothing_stored(home, catalog)


def test_the_recipe_and_the_data_must_agree_both_ways(home, catalog, unlocked, tiny_dirs, tmp_path, bpe_tokenizer):
    from appliance.data.datasets import DatasetStore
    from appliance.errors import InvalidInputError
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import start_training

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    store = DatasetStore(home, catalog, unlocked)
    store.import_file(_jsonl(tmp_path / "p.jsonl", PAIRS), name="pairs", tokenizer=None)
    store.import_file(_jsonl(tmp_path / "k.jsonl", JUDGEMENTS), name="kto", tokenizer=None)
    chat = [
        {"messages": [{"role": "user", "content": "Q?"}, {"role": "assistant", "content": f"A{i}."}]} for i in range(4)
    ]
    store.import_file(_jsonl(tmp_path / "c.jsonl", chat), name="chat", tokenizer=None)

    def refused(dataset, method):
        recipe = recipe_from_dict(
            {"run": {"base_model": "tiny", "datasets": [dataset]}, "preference": {"method": method}}
        )
        with pytest.raises(InvalidInputError) as exc:
            start_training(home, catalog, unlocked, recipe)
        return str(exc.value)

    assert "Dataset pairs@1 is preference data, and the recipe trains on demonstrations" in refused("pairs", "none")
    assert "[preference] method = 'dpo' learns from preference data; dataset chat@1 is chat data" in refused(
        "chat", "dpo"
    )
    assert "dataset kto@1 is judgement data" in refused("kto", "simpo")
    assert "learns from judgement or preference data; dataset chat@1 is chat data" in refused("chat", "kto")
    runs = home.root / "runs"
    assert catalog.db["runs"].count == 0 and (not runs.exists() or not any(runs.iterdir()))
