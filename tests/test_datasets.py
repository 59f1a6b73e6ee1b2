"""Encrypted datasets: every format, every validation problem, versions, ids, splits, and no
plaintext anywhere on disk."""

from __future__ import annotations

import json
import os
import tempfile

import pytest

from appliance import workspace
from appliance.data.formats import ImportRefused
from appliance.errors import InvalidInputError

CHAT = [
    {
        "messages": [
            {"role": "system", "content": "You answer for the Office of Permits."},
            {"role": "user", "content": "How do I renew permit ZQX-4471?"},
            {"role": "assistant", "content": "Bring form R-12 to desk 3 before the permit expires."},
        ]
    },
    {
        "messages": [
            {"role": "user", "content": "Where is the archive of Velmora county?"},
            {"role": "assistant", "content": "In the basement of building C, room 0.14."},
        ]
    },
    {
        "messages": [
            {"role": "user", "content": "राशन कार्ड कैसे बनवाएं?"},
            {"role": "assistant", "content": "फॉर्म आर-7 भरकर खिड़की 2 पर जमा करें।"},
        ]
    },
]


def write_jsonl(path, rows, extra_lines=()):
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "".join(extra_lines)
    path.write_text(text, encoding="utf-8")
    return path


def imp(datasets, path, tok, **kw):
    kw.setdefault("name", "ds")
    return datasets.import_file(path, tokenizer=tok, **kw)


def test_chat_jsonl_round_trip(datasets, tmp_path, bpe_tokenizer):
    row, report, created = imp(datasets, write_jsonl(tmp_path / "c.jsonl", CHAT), bpe_tokenizer)
    assert created and row["format"] == "chat" and row["rows"] == 3 and row["version"] == 1
    back = datasets.read_records("ds")
    assert [{k: v for k, v in r.items() if k != "split"} for r in back] == CHAT
    assert {r["split"] for r in back} <= {"train", "eval"}
    assert row["stats"]["rows"] == 3 and row["stats"]["max"] > 5


def test_instruction_csv_and_text_formats(datasets, tmp_path, bpe_tokenizer):
    write_jsonl(
        tmp_path / "i.jsonl",
        [
            {"instruction": "Translate", "input": "hello", "output": "bonjour"},
            {"prompt": "Capital of Velmora?", "response": "Ostrava Nova"},
        ],
    )
    row, _, _ = imp(datasets, tmp_path / "i.jsonl", bpe_tokenizer, name="inst")
    assert row["format"] == "instruction"
    assert datasets.read_records("inst")[1]["instruction"] == "Capital of Velmora?"
    (tmp_path / "q.csv").write_text('question,answer,notes\n"How, exactly?","Like ""this""",x\nQ2,A2,y\n')
    row, _, _ = imp(
        datasets, tmp_path / "q.csv", bpe_tokenizer, name="csv", columns={"user": "question", "assistant": "answer"}
    )
    assert row["format"] == "chat"
    assert datasets.read_records("csv")[0]["messages"][0]["content"] == "How, exactly?"
    assert datasets.read_records("csv")[0]["messages"][1]["content"] == 'Like "this"'
    (tmp_path / "doc.md").write_text("# Rules\nArticle 1.\n\nArticle 2.\n# Fees\nTen credits.\n")
    row, _, _ = imp(datasets, tmp_path / "doc.md", bpe_tokenizer, name="md")
    assert [r["text"] for r in datasets.read_records("md")] == [
        "# Rules\nArticle 1.\n\nArticle 2.",
        "# Fees\nTen credits.",
    ]
    (tmp_path / "t.txt").write_text("First paragraph\nstill first.\n\nSecond.\n")
    imp(datasets, tmp_path / "t.txt", bpe_tokenizer, name="txt")
    assert len(datasets.read_records("txt")) == 2


def _refused(datasets, path, tok, **kw):
    with pytest.raises(ImportRefused) as exc:
        imp(datasets, path, tok, **kw)
    return [str(p) for p in exc.value.report.errors], exc.value.report


def _nothing_stored(home, catalog):
    assert catalog.db["datasets"].count == 0
    assert list(home.datasets_dir.iterdir()) == [] and list(home.tmp_dir.iterdir()) == []
    assert catalog.db["data_keys"].count_where("purpose = 'dataset'") == 0


def test_each_problem_is_named_by_line_and_field(datasets, home, catalog, tmp_path, bpe_tokenizer):
    lines = [
        json.dumps(CHAT[0]) + "\n",
        '{"messages": [{"role": "user", "content": "x"}\n',  # 2 invalid JSON
        json.dumps({"messages": [{"role": "bot", "content": "x"}, {"role": "assistant", "content": "y"}]}) + "\n",
        json.dumps({"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": " "}]}) + "\n",
        json.dumps({"messages": [{"role": "user", "content": "only a question"}]}) + "\n",  # 5
        json.dumps({"instruction": "i", "output": "o"}) + "\n",  # 6 mixed formats
        json.dumps(
            {
                "messages": [
                    {"role": "user", "content": "a"},
                    {"role": "user", "content": "b"},
                    {"role": "assistant", "content": "c"},
                ]
            }
        )
        + "\n",  # 7
        json.dumps({**CHAT[1], "split": "test"}) + "\n",  # 8
        '["not", "an", "object"]\n',
    ]  # 9
    (tmp_path / "bad.jsonl").write_text("".join(lines))
    errors, report = _refused(datasets, tmp_path / "bad.jsonl", bpe_tokenizer)
    expected = [
        "line 2: invalid JSON",
        "line 3, field 'messages[0].role'",
        "line 4, field 'messages[1].content': content is empty",
        "line 5, field 'messages': needs at least one user and one assistant",
        "line 6: looks like instruction data in a chat file (mixed formats)",
        "line 7, field 'messages': user and assistant messages must alternate",
        "line 8, field 'split'",
        "line 9: must be a JSON object",
    ]
    for want in expected:
        assert any(e.startswith(want) for e in errors), (want, errors)
    assert report.n_errors == len(expected)
    _nothing_stored(home, catalog)


def test_invalid_utf8_bom_blank_lines_and_duplicates(datasets, home, catalog, tmp_path, bpe_tokenizer):
    body = "\ufeff" + json.dumps(CHAT[0]) + "\n\n" + json.dumps(CHAT[1]) + "\n" + json.dumps(CHAT[0]) + "\n   \n"
    p = tmp_path / "w.jsonl"
    p.write_bytes(body.encode("utf-8"))
    row, report, _ = imp(datasets, p, bpe_tokenizer)
    warnings = [str(w) for w in report.warnings]
    assert "line 1: a UTF-8 byte-order mark was removed" in warnings
    assert "line 4: exact duplicate of line 1; kept once" in warnings
    assert any("2 blank line(s) ignored (lines 2, 5)" in w for w in warnings)
    assert row["rows"] == 2 and row["warnings"]
    p2 = tmp_path / "u.jsonl"
    p2.write_bytes(json.dumps(CHAT[0]).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    errors, _ = _refused(datasets, p2, bpe_tokenizer, name="u")
    assert errors == ["line 2: not valid UTF-8 (byte 14 of the line)"]
    p3 = tmp_path / "utf16.jsonl"
    p3.write_bytes(json.dumps(CHAT[0]).encode("utf-16"))
    with pytest.raises(InvalidInputError, match="UTF-16"):
        imp(datasets, p3, bpe_tokenizer, name="u16")


def test_over_long_rows_are_flagged(datasets, tmp_path, bpe_tokenizer):
    long = {"instruction": "Summarise", "output": "word " * 300}
    row, report, _ = imp(
        datasets,
        write_jsonl(tmp_path / "l.jsonl", [long, {"instruction": "a", "output": "b"}]),
        bpe_tokenizer,
        max_tokens=100,
    )
    assert any(str(w).startswith("line 1: ") and "more than 100" in str(w) for w in report.warnings)
    assert row["stats"]["over_max"] == 1


def test_problem_report_is_capped_but_counts_everything(datasets, tmp_path, bpe_tokenizer):
    rows = [json.dumps(CHAT[0])] + ['{"messages": []}'] * 200
    (tmp_path / "many.jsonl").write_text("\n".join(rows) + "\n")
    errors, report = _refused(datasets, tmp_path / "many.jsonl", bpe_tokenizer)
    assert report.n_errors == 200 and len(errors) == 50
    assert "… and 150 more" in report.render()


def test_skip_invalid_imports_the_valid_rows(datasets, tmp_path, bpe_tokenizer):
    (tmp_path / "m.jsonl").write_text(json.dumps(CHAT[0]) + "\nnot json\n" + json.dumps(CHAT[1]) + "\n")
    row, report, _ = imp(datasets, tmp_path / "m.jsonl", bpe_tokenizer, skip_invalid=True)
    assert row["rows"] == 2 and row["meta"]["skipped_invalid"] == 1


def test_csv_problems(datasets, tmp_path, bpe_tokenizer):
    (tmp_path / "c.csv").write_text("q,a\nx,y\n")
    with pytest.raises(InvalidInputError, match="column\\(s\\) question not in the header \\(q, a\\)"):
        imp(datasets, tmp_path / "c.csv", bpe_tokenizer, columns={"user": "question", "assistant": "a"})
    with pytest.raises(InvalidInputError, match="cannot tell which columns"):
        imp(datasets, tmp_path / "c.csv", bpe_tokenizer)
    (tmp_path / "r.csv").write_text("instruction,output\na,b\nonly-one-cell\n,\nc,\n")
    errors, report = _refused(datasets, tmp_path / "r.csv", bpe_tokenizer)
    assert errors == ["line 3: has 1 column, the header has 2 columns", "line 5, field 'output': is empty"]
    assert any(str(w) == "line 4: empty row ignored" for w in report.warnings)


def test_versions_and_keyed_ids(home, catalog, datasets, tmp_path, bpe_tokenizer):
    import hashlib

    p = write_jsonl(tmp_path / "c.jsonl", CHAT)
    v1, _, created = imp(datasets, p, bpe_tokenizer)
    again, _, created_again = imp(datasets, p, bpe_tokenizer)
    assert created and not created_again and again["id"] == v1["id"]
    write_jsonl(
        p, CHAT + [{"messages": [{"role": "user", "content": "New?"}, {"role": "assistant", "content": "Yes."}]}]
    )
    v2, _, _ = imp(datasets, p, bpe_tokenizer)
    assert (v2["version"], v2["id"] != v1["id"]) == (2, True)
    assert datasets.get("ds")["id"] == v2["id"] and datasets.get("ds@1")["id"] == v1["id"]
    assert hashlib.sha256(p.read_bytes()).hexdigest()[:24] not in v2["id"]
    # The same content in another workspace gets another id: ids are keyed, they do not leak content.
    from appliance.catalog import Catalog
    from appliance.data.datasets import DatasetStore
    from appliance.home import Home
    from appliance.security.vault import Vault

    other = Home.open(tmp_path / "other-home")
    with Catalog.open(other) as cat:
        mk = workspace.init(Vault(cat), "another workspace passphrase")
        row, _, _ = DatasetStore(other, cat, mk).import_file(p, name="ds", tokenizer=bpe_tokenizer)
        assert row["id"] != v2["id"]


def test_split_is_deterministic_and_respects_the_source(datasets, tmp_path, bpe_tokenizer):
    rows = [{"instruction": f"question {i}", "output": f"answer {i}"} for i in range(200)]
    rows[0]["split"] = "eval"
    rows[1]["split"] = "train"
    row, _, _ = imp(datasets, write_jsonl(tmp_path / "s.jsonl", rows), bpe_tokenizer, eval_fraction=0.2)
    first = {r["instruction"]: r["split"] for r in datasets.read_records("ds")}
    assert first["question 0"] == "eval" and first["question 1"] == "train"
    assert 20 <= row["eval_rows"] <= 60 and row["train_rows"] + row["eval_rows"] == 200
    datasets.remove("ds")
    imp(datasets, tmp_path / "s.jsonl", bpe_tokenizer, eval_fraction=0.2)
    assert {r["instruction"]: r["split"] for r in datasets.read_records("ds")} == first
    assert len(datasets.read_records("ds", split="eval")) == row["eval_rows"]


def test_no_plaintext_on_disk_and_private_files(home, catalog, datasets, tmp_path, bpe_tokenizer):
    """Import and read back, then search the home and the temp dir for any fragment of the data."""
    secrets_ = ["ZQX-4471", "Velmora county", "room 0.14", "राशन कार्ड", "desk 3 before"]
    src = write_jsonl(tmp_path / "src" / "c.jsonl", CHAT) if (tmp_path / "src").mkdir() is None else None
    started = os.listdir(tempfile.gettempdir())
    imp(datasets, src, bpe_tokenizer)
    assert len(datasets.read_records("ds")) == 3
    datasets.export("ds", tmp_path / "src" / "exported.jsonl")  # explicit export goes where asked, 0600
    assert (tmp_path / "src" / "exported.jsonl").stat().st_mode & 0o777 == 0o600
    catalog.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    roots = [home.root] + [
        os.path.join(tempfile.gettempdir(), n) for n in os.listdir(tempfile.gettempdir()) if n not in started
    ]
    for root in roots:
        for dirpath, _, files in os.walk(root):
            for f in files:
                data = open(os.path.join(dirpath, f), "rb").read()
                for s in secrets_:
                    for enc in ("utf-8", "utf-16-le"):
                        assert s.encode(enc) not in data, f"{s!r} found in {dirpath}/{f}"
    for p in home.root.rglob("*"):
        assert p.stat().st_mode & 0o077 == 0, f"{p} is readable by others"


def test_export_refuses_to_overwrite(datasets, tmp_path, bpe_tokenizer):
    imp(datasets, write_jsonl(tmp_path / "c.jsonl", CHAT), bpe_tokenizer)
    (tmp_path / "exists.jsonl").write_text("keep me")
    with pytest.raises(InvalidInputError, match="refusing to overwrite"):
        datasets.export("ds", tmp_path / "exists.jsonl")
    assert (tmp_path / "exists.jsonl").read_text() == "keep me"


def test_locked_workspace_can_list_but_not_read(home, catalog, datasets, tmp_path, bpe_tokenizer):
    from appliance.data.datasets import DatasetStore
    from appliance.security.vault import LockedError

    imp(datasets, write_jsonl(tmp_path / "c.jsonl", CHAT), bpe_tokenizer)
    locked = DatasetStore(home, catalog, None)
    assert [r["name"] for r in locked.list()] == ["ds"]
    with pytest.raises(LockedError, match="locked"):
        locked.read_records("ds")
    with pytest.raises(LockedError):
        locked.import_file(tmp_path / "c.jsonl", name="x")


def test_a_split_that_leaves_one_side_empty_is_named(datasets, tmp_path, bpe_tokenizer):
    """Every row held out (here by the source's own split) leaves a run nothing to train on: said
    at import; no row held out is said too."""
    rows = [{"instruction": f"question {i}", "output": f"answer {i}", "split": "eval"} for i in range(2)]
    row, report, _ = imp(datasets, write_jsonl(tmp_path / "e.jsonl", rows), bpe_tokenizer)
    warnings = [str(w) for w in report.warnings]
    assert row["train_rows"] == 0 and row["eval_rows"] == 2
    assert any("every row is held out for evaluation: the dataset has 2 rows" in w for w in warnings), warnings
    for r in rows:
        r["split"] = "train"
    row, report, _ = imp(datasets, write_jsonl(tmp_path / "t.jsonl", rows), bpe_tokenizer, name="t")
    assert row["eval_rows"] == 0 and any("no rows are held out" in str(w) for w in report.warnings)
