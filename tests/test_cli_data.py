"""The key and dataset commands as a user types them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import run

PASS = "a long enough passphrase"


@pytest.fixture
def pfile(tmp_path):
    p = tmp_path / "pass.txt"
    p.write_text(PASS + "\n")
    return str(p)


@pytest.fixture
def chat_file(tmp_path):
    p = tmp_path / "faq.jsonl"
    rows = [
        {
            "messages": [
                {"role": "user", "content": f"Question number {i}?"},
                {"role": "assistant", "content": f"Answer number {i}."},
            ]
        }
        for i in range(30)
    ]
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(p)


def test_init_import_list_show_preview_export_remove(capsys, pfile, chat_file, tmp_path):
    assert run(capsys, "--passphrase-file", pfile, "init")[0] == 0
    code, out, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "datasets",
        "import",
        chat_file,
        "--name",
        "faq",
        "--tokenizer",
        "none",
        "--json",
    )
    assert code == 0, err
    row = json.loads(out)
    assert row["rows"] == 30 and row["created"] is True
    code, out, _ = run(capsys, "datasets", "list", "--json")  # no key needed to list
    assert [r["id"] for r in json.loads(out)] == [row["id"]]
    code, out, _ = run(capsys, "datasets", "show", "faq")
    assert "rows  30" in out.replace("       ", " ") or "30" in out
    code, out, _ = run(capsys, "--passphrase-file", pfile, "datasets", "preview", "faq", "-n", "2")
    assert code == 0 and "Question number" in out and "assistant:" in out
    dest = tmp_path / "plain.jsonl"
    code, out, err = run(capsys, "--passphrase-file", pfile, "datasets", "export", "faq", "--to", str(dest), "--yes")
    assert code == 0 and "IN THE CLEAR" in err and len(dest.read_text().splitlines()) == 30
    code, out, _ = run(capsys, "datasets", "remove", "faq", "--yes")
    assert code == 0 and "data key is destroyed" in out
    assert json.loads(run(capsys, "datasets", "list", "--json")[1]) == []


def test_locked_wrong_passphrase_and_not_initialised(capsys, pfile, chat_file, tmp_path):
    code, _, err = run(capsys, "datasets", "import", chat_file, "--name", "x", "--tokenizer", "none")
    assert code == 12 and "appliance init" in err
    run(capsys, "--passphrase-file", pfile, "init")
    code, _, err = run(capsys, "datasets", "import", chat_file, "--name", "x", "--tokenizer", "none")
    assert code == 12 and "locked" in err and "Traceback" not in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right passphrase")
    code, _, err = run(capsys, "--passphrase-file", str(wrong), "unlock")
    assert code == 13 and "Wrong passphrase" in err
    code, _, err = run(capsys, "--passphrase-file", pfile, "init")
    assert code == 4 and "already has keys" in err


def test_refused_import_prints_the_report(capsys, pfile, tmp_path):
    run(capsys, "--passphrase-file", pfile, "init")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}\n{oops\n')
    code, _, err = run(
        capsys, "--passphrase-file", pfile, "datasets", "import", str(bad), "--name", "b", "--tokenizer", "none"
    )
    assert code == 4 and "line 2: invalid JSON" in err and "--skip-invalid" in err


def test_environment_passphrase_warns(capsys, pfile, chat_file, monkeypatch):
    run(capsys, "--passphrase-file", pfile, "init")
    monkeypatch.setenv("APPLIANCE_PASSPHRASE", PASS)
    code, _, err = run(capsys, "datasets", "import", chat_file, "--name", "e", "--tokenizer", "none")
    assert code == 0 and "APPLIANCE_PASSPHRASE is set" in err


def test_unlock_session_serves_later_commands_then_lock(capsys, pfile, chat_file, home_dir):
    run(capsys, "--passphrase-file", pfile, "init")
    code, out, _ = run(capsys, "--passphrase-file", pfile, "unlock", "--timeout", "5")
    assert code == 0 and "Unlocked" in out
    # A separate process, no passphrase anywhere: the agent supplies the keys.
    env = {k: v for k, v in os.environ.items() if k != "APPLIANCE_PASSPHRASE"}
    r = subprocess.run(
        [sys.executable, "-m", "appliance", "datasets", "import", chat_file, "--name", "s", "--tokenizer", "none"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, r.stderr
    code, out, _ = run(capsys, "keys", "status", "--json")
    st = json.loads(out)
    assert st["unlocked"] is True and st["data_keys"] == 3 and "salt" in st["kdf"] and st["kdf"]["salt"] == "…"
    assert run(capsys, "lock")[1].strip() == "Locked."
    r = subprocess.run(
        [sys.executable, "-m", "appliance", "datasets", "preview", "s"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 12


def test_passwd_and_rotate_commands(capsys, pfile, chat_file, tmp_path, home_dir):
    run(capsys, "--passphrase-file", pfile, "init")
    run(capsys, "--passphrase-file", pfile, "datasets", "import", chat_file, "--name", "r", "--tokenizer", "none")
    sealed = {p.name: p.read_bytes() for p in (home_dir / "datasets").iterdir()}
    new = tmp_path / "new.txt"
    new.write_text("the new long passphrase")
    code, out, err = run(capsys, "--passphrase-file", pfile, "keys", "passwd", "--new-passphrase-file", str(new))
    assert code == 0, err
    code, out, err = run(capsys, "--passphrase-file", str(new), "keys", "rotate")
    assert code == 0 and "3 data keys rewrapped" in out
    assert {p.name: p.read_bytes() for p in (home_dir / "datasets").iterdir()} == sealed
    code, out, _ = run(capsys, "--passphrase-file", str(new), "datasets", "preview", "r", "-n", "1")
    assert code == 0 and "Question number" in out
    assert run(capsys, "--passphrase-file", pfile, "datasets", "preview", "r")[0] == 13


def test_key_file_from_the_command_line(capsys, pfile, tmp_path):
    kf = tmp_path / "media" / "appliance.key"
    kf.parent.mkdir()
    code, _, err = run(capsys, "--passphrase-file", pfile, "init", "--key-file", str(kf))
    assert code == 0 and kf.is_file()
    assert run(capsys, "--passphrase-file", pfile, "unlock")[0] == 12
    code, out, _ = run(capsys, "--passphrase-file", pfile, "--key-file", str(kf), "keys", "status")
    assert "key file required" in out
    assert run(capsys, "--passphrase-file", pfile, "--key-file", str(kf), "unlock")[0] == 0
    run(capsys, "lock")
