"""Saved conversations: sealed in the workspace, listed, reopened, deleted (crypto-erased), audited;
the CLI makes the same core calls; answers say how fast they came and whether they were cut."""

from __future__ import annotations

import json

import pytest
from conftest import run
from test_library_api import _records

from appliance.errors import InvalidInputError, KeyDestroyedError, LockedError, NotFoundError
from appliance.serving.conversations import ConversationStore


def _doc(question="Which forms does the Kestrel registry need?", answer="Form K-12 and K-14.") -> dict:
    return {
        "settings": {"system": "Answer briefly.", "temperature": 0.3, "max_tokens": 128},
        "panes": [
            {
                "export_id": "exp-aaaa",
                "model": "tiny-llama · f16",
                "messages": [
                    {"role": "user", "content": question},
                    {"role": "assistant", "content": answer, "stats": {"tokens": 7, "finish_reason": "stop"}},
                ],
            },
            {"export_id": None, "model": "", "messages": [{"role": "user", "content": question}]},
        ],
    }


def test_a_conversation_is_sealed_listed_reopened_updated_and_crypto_erased(home, catalog, unlocked):

    store = ConversationStore(home, catalog, unlocked)
    saved = store.save(_doc())
    cid = saved["id"]
    path = home.root / "conversations" / f"{cid}.sealed"
    raw = path.read_bytes()
    assert b"Kestrel" not in raw and b"K-12" not in raw  # nothing said is on disk in clear
    row = catalog.db["conversations"].get(cid)
    assert "Kestrel" not in json.dumps(row) and row["turns"] == 1  # nor in the catalog row
    assert (path.stat().st_mode & 0o777) == 0o600

    [item] = store.list()
    assert item["title"] == "Which forms does the Kestrel registry need?" and item["turns"] == 1
    assert item["models"] == ["tiny-llama · f16"]
    back = store.load(cid)
    assert back["panes"][0]["messages"][1]["stats"]["tokens"] == 7 and back["settings"]["max_tokens"] == 128

    back["panes"][0]["messages"] += [{"role": "user", "content": "And K-14?"}, {"role": "assistant", "content": "Tax."}]
    again = store.save(back)
    assert again["id"] == cid and again["created_at"] == saved["created_at"]
    assert catalog.db["conversations"].get(cid)["turns"] == 2 and len(store.list()) == 1
    assert store.load(cid)["panes"][0]["messages"][-1]["content"] == "Tax."

    store.delete(cid)
    assert store.list() == [] and not path.exists()
    with pytest.raises(NotFoundError, match=cid):
        store.load(cid)
    assert not list(catalog.db["data_keys"].rows_where("object_id = ?", [cid]))  # its key is gone

    saves = _records(catalog, unlocked, "conversation.save")
    assert [r["params"]["new"] for r in saves] == [True, False]
    assert saves[0]["objects"] == [cid, "exp-aaaa"]  # the conversation and what it talked to
    assert _records(catalog, unlocked, "conversation.delete")[0]["objects"] == [cid]


def test_a_conversation_file_kept_from_before_a_delete_opens_no_more(home, catalog, unlocked):

    store = ConversationStore(home, catalog, unlocked)
    cid = store.save(_doc())["id"]
    path = home.root / "conversations" / f"{cid}.sealed"
    copy = path.read_bytes()
    key_id = catalog.db["conversations"].get(cid)["key_id"]
    store.delete(cid)
    path.write_bytes(copy)  # someone kept the file
    with pytest.raises(KeyDestroyedError):
        store.vault.data_key(unlocked, key_id, cid)


def test_bad_conversations_and_a_locked_workspace_are_refused_by_name(home, catalog, unlocked):

    store = ConversationStore(home, catalog, unlocked)
    with pytest.raises(InvalidInputError, match="pane"):
        store.save({"panes": []})
    with pytest.raises(InvalidInputError, match=r"panes\[0\]\.messages\[1\]"):
        store.save({"panes": [{"messages": [{"role": "user", "content": "hi"}, {"role": "robot", "content": "x"}]}]})
    with pytest.raises(NotFoundError, match="cv-nothere"):
        store.save({**_doc(), "id": "cv-nothere"})
    assert not (home.root / "conversations").exists() or not any((home.root / "conversations").iterdir())
    with pytest.raises(LockedError, match="locked"):
        ConversationStore(home, catalog, None).save(_doc())


def test_a_conversation_file_no_row_names_is_removed_by_recovery(home, catalog, unlocked):
    from appliance.system.recovery import recover

    store = ConversationStore(home, catalog, unlocked)
    cid = store.save(_doc())["id"]
    stray = home.root / "conversations" / "cv-killed.sealed"  # a save killed after its rename
    stray.write_bytes(b"x")
    notes = recover(home, catalog)
    assert not stray.exists() and any("cv-killed" in str(n) for n in notes)
    assert (home.root / "conversations" / f"{cid}.sealed").exists()


def test_the_cli_lists_shows_and_deletes_saved_conversations(capsys, home, catalog, unlocked, pfile):

    cid = ConversationStore(home, catalog, unlocked).save(_doc())["id"]
    code, out, err = run(capsys, "--passphrase-file", pfile, "conversations", "list", "--json")
    assert code == 0, err
    assert [c["id"] for c in json.loads(out)] == [cid]
    code, out, err = run(capsys, "--passphrase-file", pfile, "conversations", "show", cid)
    assert code == 0 and "Kestrel registry" in out and "K-12" in out and "tiny-llama" in out
    code, out, err = run(capsys, "--passphrase-file", pfile, "conversations", "show", cid, "--json")
    assert json.loads(out)["id"] == cid
    code, out, err = run(capsys, "--passphrase-file", pfile, "conversations", "delete", cid, "--yes")
    assert code == 0 and cid in out
    code, out, err = run(capsys, "--passphrase-file", pfile, "conversations", "show", cid)
    assert code != 0 and cid in err and "conversations list" in err


def test_an_answer_says_its_speed_and_that_it_was_cut(served_home):
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.serving.chat import open_chat

    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        session = open_chat(home, cat, "tiny-llama", n_ctx=256, params={"client": "test"})
        try:
            msgs = [{"role": "user", "content": "Hi", "stats": {"ignored": True}}]  # extra keys are not sent
            pieces = list(session.reply(msgs, max_tokens=6, temperature=0))
            stats = session.last_stats
        finally:
            session.close()
    assert pieces and stats["tokens"] >= 1 and stats["ttft_s"] is not None and stats["ttft_s"] >= 0
    # A random tiny model rarely stops on its own within 6 tokens: cut at the limit.
    assert stats["finish_reason"] in ("length", "stop")
    if stats["tokens"] >= 6:
        assert stats["finish_reason"] == "length"
    if stats["tokens"] > 1:
        assert stats["tokens_per_s"] > 0


def test_the_cli_chat_saves_its_conversation_encrypted(capsys, served_home, tmp_path, monkeypatch):
    import shutil

    from conftest import PASSPHRASE

    root = tmp_path / "served"
    shutil.copytree(served_home, root)
    monkeypatch.setenv("APPLIANCE_HOME", str(root))
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE)
    args = ["--passphrase-file", str(pw), "chat", "tiny-llama", "--max-tokens", "4", "--temperature", "0"]
    code, out, err = run(capsys, *args, "--prompt", "Where is office 3?", "--prompt", "And 4?", "--save")
    assert code == 0, err
    assert "Saved as conversation cv-" in err
    cid = err.split("Saved as conversation ", 1)[1].split()[0]
    code, out, err = run(capsys, "--passphrase-file", str(pw), "conversations", "show", cid, "--json")
    doc = json.loads(out)
    [pane] = doc["panes"]
    assert pane["model"] == "tiny-llama" and [m["role"] for m in pane["messages"]] == ["user", "assistant"] * 2
    assert pane["messages"][1]["stats"]["tokens"] >= 1 and doc["title"] == "Where is office 3?"
