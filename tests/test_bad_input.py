"""Every input gets a message, never a traceback: hostile dataset rows and files, absurd recipe
numbers, a sealed file swapped for another sealed under the same key, wrong passphrases in a
row, a silent client of the session agent, and errors that must say what to do. Property-based
tests (hypothesis) feed the dataset parsers and the recipe loader arbitrary input."""

from __future__ import annotations

import json
import os
import socket
import string
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appliance import workspace
from appliance.errors import ApplianceError

CHAT = {
    "messages": [
        {"role": "user", "content": "Where is the registry?"},
        {"role": "assistant", "content": "At 14 Alder Lane."},
    ]
}


# --- dataset rows and files -------------------------------------------------------------------


def test_a_row_nested_200000_levels_deep_is_an_error_with_its_line(home, capsys, pfile, tmp_path):
    src = tmp_path / "deep.jsonl"
    src.write_text(json.dumps(CHAT) + "\n" + '{"messages": ' + "[" * 200_000 + "]" * 200_000 + "}\n")
    code, _, err = run(
        capsys, "--passphrase-file", pfile, "datasets", "import", str(src), "--name", "deep", "--tokenizer", "none"
    )
    assert code == 4 and "Traceback" not in err
    assert "line 2: nested more deeply than the 32 levels a row may have" in err


def test_an_oversized_row_is_an_error_with_its_line(home, capsys, pfile, tmp_path):
    src = tmp_path / "big.jsonl"
    huge = {"messages": [{"role": "user", "content": "x" * (5 << 20)}, {"role": "assistant", "content": "ok"}]}
    src.write_text(json.dumps(CHAT) + "\n" + json.dumps(huge) + "\n")
    code, _, err = run(
        capsys, "--passphrase-file", pfile, "datasets", "import", str(src), "--name", "big", "--tokenizer", "none"
    )
    assert code == 4 and "line 2: the line is 5.0 MiB; a row may have at most 4 MiB" in err


def test_an_oversized_csv_field_is_an_error_with_its_line(home, capsys, pfile, tmp_path):
    src = tmp_path / "big.csv"
    src.write_text('question,answer\nWhere?,Here.\n"' + "y" * (5 << 20) + '",no\n')
    code, _, err = run(
        capsys, "--passphrase-file", pfile, "datasets", "import", str(src), "--name", "bigcsv", "--tokenizer", "none"
    )
    assert code == 4 and "Traceback" not in err and "line 3" in err


def test_symlinks_and_special_files_are_refused(home, capsys, pfile, tmp_path):
    link = tmp_path / "x.txt"
    link.symlink_to("/etc/passwd")
    code, _, err = run(capsys, "--passphrase-file", pfile, "datasets", "import", str(link), "--name", "x")
    assert code == 4 and "is a symbolic link (to /etc/passwd)" in err and "What to do" in err
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "--passphrase-file", pfile, "datasets", "import", str(fifo), "--name", "p")
    assert code == 4 and "is not a regular file" in err


# --- recipes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value,expected",
    [
        ("nan", "training.learning_rate: must be a finite number (got nan)"),
        ("inf", "training.learning_rate: must be a finite number (got inf)"),
        ("-0.1", "training.learning_rate: -0.1 is below the minimum"),
        ("5", "training.learning_rate: 5.0 is above the maximum 1.0"),
    ],
)
def test_absurd_learning_rates_are_refused_with_the_field(home, capsys, pfile, value, expected):
    code, _, err = run(
        capsys,
        "--passphrase-file",
        pfile,
        "train",
        "--preset",
        "cpu-quick",
        "--base",
        "x",
        "--dataset",
        "y",
        "--lr",
        value,
    )
    assert code == 4 and expected in err and "Traceback" not in err


def test_absurd_recipe_values_in_a_file(tmp_path):
    from appliance.tuning.recipe import RecipeError, load_recipe

    path = tmp_path / "r.toml"
    path.write_text(
        '[run]\nname = "../../etc"\n[training]\nepochs = inf\nseed = 99999999999999999999\n'
        "max_grad_norm = nan\nbatch_size = true\n[lora]\nalpha = -1\n"
    )
    with pytest.raises(RecipeError) as exc:
        load_recipe(path)
    text = str(exc.value)
    for part in (
        "run.name: '../../etc' is not allowed",
        "training.epochs: must be a finite number",
        "training.seed: 99999999999999999999 is above the maximum",
        "training.max_grad_norm: must be a finite number",
        "training.batch_size: expected a whole number, got true or false",
        "lora.alpha: -1.0 is below the minimum",
    ):
        assert part in text, part


# --- sealed files -------------------------------------------------------------------------------


def test_a_file_sealed_again_under_the_same_key_is_refused(home, catalog, unlocked, tmp_path):
    """Authentic ciphertext (same data key, same object id) but not what was imported: the recorded
    SHA-256 catches it before anything is decrypted."""
    from appliance.data.datasets import DatasetStore
    from appliance.security import sealed
    from appliance.security.sealed import IntegrityError
    from appliance.security.vault import Vault

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(CHAT) + "\n")
    store = DatasetStore(home, catalog, unlocked)
    row, _, _ = store.import_file(src, name="a")
    dek = Vault(catalog).data_key(unlocked, row["key_id"], row["id"])
    forged = json.dumps(
        {"messages": [{"role": "user", "content": "Where?"}, {"role": "assistant", "content": "Somewhere else."}]}
    )
    with (
        open(home.root / row["path"], "wb") as f,
        sealed.SealedWriter(f, dek, object_id=row["id"], key_id=row["key_id"]) as w,
    ):
        w.write(forged.encode() + b"\n")
    with pytest.raises(IntegrityError, match="not the one recorded at import"):
        store.read_records("a")


# --- passphrases and the agent -----------------------------------------------------------------


def test_wrong_passphrases_in_a_row_meet_a_growing_delay_recorded_in_the_audit_log(vault):
    from appliance.audit.log import AuditLog
    from appliance.audit.verify import verify
    from appliance.security.vault import WrongPassphraseError, backoff_seconds

    assert [backoff_seconds(n) for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    took = []
    for _ in range(5):
        t = time.monotonic()
        with pytest.raises(WrongPassphraseError):
            workspace.unlock(vault, "definitely not the passphrase")
        took.append(time.monotonic() - t)
    # The 4th and 5th attempts wait 1 s and 2 s before deriving the key; the key derivation's own
    # time varies with the machine's load, so the waits are checked as lower bounds.
    assert took[3] >= 0.95 and took[4] >= 1.95
    assert vault.failed_attempts()[0] == 5 and vault.unlock_delay() > 3
    mk = workspace.unlock(vault, PASSPHRASE)  # waits its turn, then succeeds and clears the count
    assert vault.failed_attempts()[0] == 0
    log = AuditLog(vault.catalog)
    st_ = log.require()
    recs = verify(
        st_["log_id"],
        log.iter_rows(),
        log.checkpoints(),
        st_["signing_public"],
        audit_private=log.audit_private_key(mk),
    ).decrypted
    denied = [r for r in recs if r["action"] == "workspace.unlock" and r["outcome"] == "denied"]
    assert len(denied) == 5 and "5 wrong in a row; the next attempt waits 4 s" in denied[-1]["error"]["message"]


def test_a_silent_client_of_the_agent_delays_no_one(home, unlocked):
    from appliance.security import agent

    client = agent.start(home.root, unlocked, idle_seconds=60)
    try:
        silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        silent.connect(str(agent.socket_path(home.root)))  # connects, says nothing
        t = time.monotonic()
        assert client.workspace_id == unlocked.workspace_id
        assert agent.connect(home.root) is not None
        assert time.monotonic() - t < 1.0
        silent.close()
    finally:
        agent.stop(home.root)


# --- errors say what to do ---------------------------------------------------------------------


def test_errors_that_lacked_what_to_do(home, capsys, tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps(CHAT) + "\n")
    code, _, err = run(
        capsys,
        "--passphrase-file",
        str(tmp_path / "missing"),
        "datasets",
        "import",
        str(tmp_path / "x.jsonl"),
        "--name",
        "x",
        "--tokenizer",
        "none",
    )
    assert code == 4 and "Cannot read the passphrase file" in err and "What to do" in err
    pfile = tmp_path / "p"
    pfile.write_text(PASSPHRASE)
    short = tmp_path / "short.key"
    short.write_bytes(b"x" * 10)
    code, _, err = run(capsys, "--passphrase-file", str(pfile), "--key-file", str(short), "unlock")
    assert code == 4 and "too short" in err and "What to do" in err
    src = tmp_path / "ok.jsonl"
    src.write_text(json.dumps(CHAT) + "\n")
    code, _, err = run(capsys, "--passphrase-file", str(pfile), "datasets", "import", str(src), "--name", "Bad Name!")
    assert code == 4 and "Dataset name 'Bad Name!' is not allowed" in err and "Model name" not in err


# --- property-based: any input ends in an ApplianceError or a result --------------------------

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_TEXT, kids, max_size=4),
    max_leaves=20,
)
_ROW_KEYS = st.sampled_from(
    [
        "messages",
        "role",
        "content",
        "instruction",
        "output",
        "input",
        "text",
        "split",
        "user",
        "assistant",
        "system",
        "prompt",
        "answer",
    ]
)
_ROW = st.dictionaries(
    _ROW_KEYS, _JSONISH | st.lists(st.dictionaries(_ROW_KEYS, _JSONISH, max_size=3), max_size=4), max_size=4
)
_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _parse_all(path: Path, fmt=None):
    from appliance.data import formats

    try:
        _kind, report, records = formats.parse(path, fmt)
        list(records)
        return report
    except ApplianceError:
        return None


@_SETTINGS
@given(
    lines=st.lists(
        st.one_of(_ROW.map(json.dumps), _TEXT, st.binary(max_size=80).map(lambda b: b.decode("latin-1"))), max_size=8
    )
)
def test_any_jsonl_ends_in_a_report_or_an_appliance_error(tmp_path_factory, lines):
    path = tmp_path_factory.mktemp("fuzz") / "rows.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogateescape")
    _parse_all(path)
    _parse_all(path, "chat")


@_SETTINGS
@given(body=st.text(alphabet=string.printable + "éअ\u200b\"'", max_size=400))
def test_any_csv_or_text_ends_in_a_report_or_an_appliance_error(tmp_path_factory, body):
    folder = tmp_path_factory.mktemp("fuzz")
    for name in ("rows.csv", "notes.md", "notes.txt"):
        (folder / name).write_text(body, encoding="utf-8")
        _parse_all(folder / name)


@_SETTINGS
@given(
    data=st.dictionaries(
        st.sampled_from(["run", "method", "lora", "training", "evaluation", "checkpoint", "x"]),
        st.dictionaries(
            st.sampled_from(
                [
                    "name",
                    "kind",
                    "rank",
                    "alpha",
                    "learning_rate",
                    "epochs",
                    "max_steps",
                    "batch_size",
                    "device",
                    "seed",
                    "every",
                    "datasets",
                    "target_modules",
                    "packing",
                    "y",
                ]
            ),
            _JSONISH,
            max_size=5,
        )
        | _JSONISH,
        max_size=4,
    )
)
def test_any_recipe_ends_in_a_recipe_or_a_recipe_error(data):
    from appliance.tuning.recipe import recipe_from_dict

    try:
        recipe_from_dict(data)
    except ApplianceError:
        pass


@_SETTINGS
@given(text=st.text(max_size=300))
def test_any_recipe_file_ends_in_a_recipe_or_an_appliance_error(tmp_path_factory, text):
    from appliance.tuning.recipe import load_recipe

    path = tmp_path_factory.mktemp("fuzz") / "r.toml"
    path.write_text(text, encoding="utf-8")
    try:
        load_recipe(path)
    except ApplianceError:
        pass
