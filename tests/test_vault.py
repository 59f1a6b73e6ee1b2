"""The key vault: envelope keys, passphrase and key file, rotation without payload rewrites,
crypto-erase, and the session agent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from conftest import PASSPHRASE

from appliance import workspace
from appliance.errors import InvalidInputError
from appliance.security.vault import KeyDestroyedError, LockedError, Vault, WrongPassphraseError, create_keyfile


def _snapshot(catalog) -> dict:
    return {t: [dict(r) for r in catalog.db[t].rows] for t in ("vault", "master_keys", "data_keys")}


def _new_key(vault, mk, object_id):
    from appliance.audit.actions import action

    with action(vault.catalog, "test.new-key"), vault.catalog.atomic():
        return vault.new_data_key(mk, object_id, "test")


def test_init_unlock_and_wrong_passphrase_changes_nothing(fresh_vault):
    vault, catalog = fresh_vault, fresh_vault.catalog
    mk = workspace.init(vault, PASSPHRASE)
    key_id, dek = _new_key(vault, mk, "obj-1")
    before = _snapshot(catalog)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase; nothing was changed .1 wrong in a row"):
        workspace.unlock(vault, "correct horse battery stable")
    with pytest.raises(WrongPassphraseError):
        workspace.change_passphrase(vault, "not the passphrase!", "a brand new passphrase")
    with pytest.raises(WrongPassphraseError):
        workspace.rotate_master_key(vault, "not the passphrase!")
    assert _snapshot(catalog) == before  # (the audit log did record the three denied attempts)
    assert vault.data_key(workspace.unlock(vault, PASSPHRASE), key_id, "obj-1") == dek


def test_no_key_is_stored_in_the_clear(fresh_vault, fresh_home):
    vault, catalog, home = fresh_vault, fresh_vault.catalog, fresh_home
    mk = workspace.init(vault, PASSPHRASE)
    _, dek = _new_key(vault, mk, "obj-1")
    catalog.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(p.read_bytes() for p in home.root.rglob("*") if p.is_file())
    assert mk.raw() not in raw and dek not in raw
    assert PASSPHRASE.encode() not in raw


def test_short_passphrase_and_weak_kdf_are_refused(fresh_vault):
    vault, catalog = fresh_vault, fresh_vault.catalog
    with pytest.raises(InvalidInputError, match="at least 12"):
        workspace.init(vault, "short")
    with pytest.raises(InvalidInputError, match="memory_kib=1024"):
        workspace.init(vault, PASSPHRASE, kdf={"time_cost": 3, "memory_kib": 1024, "parallelism": 4})
    with pytest.raises(InvalidInputError, match="time_cost=1"):
        workspace.init(vault, PASSPHRASE, kdf={"time_cost": 1, "memory_kib": 65536, "parallelism": 4})
    assert not vault.initialised
    workspace.init(vault, PASSPHRASE)
    params = json.loads(catalog.db["vault"].get(1)["kdf_params"])
    params["memory_kib"] = 8
    catalog.db["vault"].update(1, {"kdf_params": json.dumps(params)})
    with pytest.raises(InvalidInputError, match="Refusing weak key-derivation parameters"):
        workspace.unlock(vault, PASSPHRASE)


def test_the_test_only_kdf_is_refused_outside_the_test_suite(fresh_vault, fresh_home, monkeypatch):
    """The suite's cheap key derivation (KDF_TEST) is what a vault gets only under
    APPLIANCE_TEST_KDF=1; without it a new vault gets the production parameters, and a vault made
    with the test ones cannot be opened (in this process or by the CLI)."""
    from appliance.security.vault import KDF_DEFAULT, KDF_MIN, KDF_TEST, kdf_default

    assert kdf_default() == KDF_TEST and KDF_DEFAULT == KDF_MIN == {
        "time_cost": 3,
        "memory_kib": 65536,
        "parallelism": 4,
    }
    vault, catalog = fresh_vault, fresh_vault.catalog
    workspace.init(vault, PASSPHRASE).forget()
    assert json.loads(catalog.db["vault"].get(1)["kdf_params"])["memory_kib"] == KDF_TEST["memory_kib"]
    workspace.unlock(vault, PASSPHRASE).forget()
    monkeypatch.delenv("APPLIANCE_TEST_KDF")
    assert kdf_default() == KDF_DEFAULT
    with pytest.raises(InvalidInputError, match="Refusing weak key-derivation parameters: time_cost=1"):
        workspace.unlock(vault, PASSPHRASE)
    pfile = fresh_home.root.parent / "pass.txt"
    pfile.write_text(PASSPHRASE)
    env = {k: v for k, v in os.environ.items() if k != "APPLIANCE_TEST_KDF"}
    r = subprocess.run(
        [sys.executable, "-m", "appliance", "--passphrase-file", str(pfile), "unlock"],
        capture_output=True,
        text=True,
        env={**env, "APPLIANCE_HOME": str(fresh_home.root)},
    )
    assert r.returncode == 4 and "Refusing weak key-derivation parameters" in r.stderr, r.stderr


def test_key_file_as_second_factor(fresh_vault, tmp_path):
    vault = fresh_vault
    kf = create_keyfile(tmp_path / "usb.key")
    assert (tmp_path / "usb.key").stat().st_mode & 0o777 == 0o400
    workspace.init(vault, PASSPHRASE, keyfile=kf)
    with pytest.raises(LockedError, match="key file"):
        workspace.unlock(vault, PASSPHRASE)
    with pytest.raises(WrongPassphraseError, match="or key file"):
        workspace.unlock(vault, PASSPHRASE, keyfile=b"x" * 64)
    assert workspace.unlock(vault, PASSPHRASE, keyfile=kf).usable
    with pytest.raises(InvalidInputError, match="refusing to overwrite"):
        create_keyfile(tmp_path / "usb.key")


def test_passphrase_change_and_rotation_rewrap_keys_only(home, catalog, vault, tmp_path, bpe_tokenizer):
    """The acceptance test: no payload byte of any sealed file changes, and data reads back."""
    from appliance.data.datasets import DatasetStore

    mk = workspace.unlock(vault, PASSPHRASE)
    src = tmp_path / "d.jsonl"
    src.write_text("".join(json.dumps({"instruction": f"q{i}", "output": f"a{i}"}) + "\n" for i in range(40)))
    row, _, _ = DatasetStore(home, catalog, mk).import_file(src, name="d", tokenizer=bpe_tokenizer)
    sealed_files = {p: p.read_bytes() for p in home.datasets_dir.iterdir()}
    original = DatasetStore(home, catalog, mk).read_records("d")
    wrapped_before = {r["key_id"]: r["wrapped"] for r in catalog.db["data_keys"].rows}

    workspace.change_passphrase(vault, PASSPHRASE, "a completely different passphrase")
    with pytest.raises(WrongPassphraseError):
        workspace.unlock(vault, PASSPHRASE)
    mk_id, n = workspace.rotate_master_key(vault, "a completely different passphrase")
    assert n == len(wrapped_before) == 3  # the dataset's key, the workspace id key, the audit key
    assert all(catalog.db["data_keys"].get(k)["wrapped"] != w for k, w in wrapped_before.items())
    assert {p: p.read_bytes() for p in home.datasets_dir.iterdir()} == sealed_files
    mk2 = workspace.unlock(vault, "a completely different passphrase")
    assert mk2.mk_id == mk_id != mk.mk_id
    assert DatasetStore(home, catalog, mk2).read_records("d") == original
    # The old master key can no longer open anything.
    with pytest.raises(LockedError, match="rotated"):
        DatasetStore(home, catalog, mk).read_records("d")


def test_crypto_erase_makes_remaining_ciphertext_unreadable(home, catalog, datasets, tmp_path, bpe_tokenizer):
    from appliance.security import sealed

    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"instruction": "secret question", "output": "secret answer"}) + "\n")
    row, _, _ = datasets.import_file(src, name="d", tokenizer=bpe_tokenizer)
    kept = tmp_path / "stolen-copy.sealed"
    kept.write_bytes((home.root / row["path"]).read_bytes())
    wrapped = catalog.db["data_keys"].get(row["key_id"])["wrapped"]
    datasets.remove("d")
    assert not (home.root / row["path"]).exists()
    with pytest.raises(KeyDestroyedError, match="no longer exists"):
        datasets.vault.data_key(datasets.provider, row["key_id"], row["id"])
    # No key in the store opens the copy, and the wrapped key bytes are gone from the database.
    for dk in catalog.db["data_keys"].rows:
        key = datasets.vault.data_key(datasets.provider, dk["key_id"], dk["object_id"])
        with pytest.raises(sealed.IntegrityError):
            sealed.open_file(kept, lambda h, k=key: k, expected_object_id=row["id"])
    catalog.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert wrapped not in home.catalog_path.read_bytes()


def test_session_agent_unlocks_locks_and_times_out(home, catalog, unlocked):
    from appliance.security import agent

    client = agent.start(home.root, unlocked, idle_seconds=60)
    try:
        assert client.workspace_id == unlocked.workspace_id and client.mk_id == unlocked.mk_id
        vault = Vault(catalog)
        key_id, dek = _new_key(vault, client, "obj-x")
        assert vault.data_key(unlocked, key_id, "obj-x") == dek  # same wrapping as in-process
        assert vault.data_key(client, key_id, "obj-x") == dek
        sock = agent.socket_path(home.root)
        assert sock.stat().st_mode & 0o777 == 0o600 and sock.parent.stat().st_mode & 0o777 == 0o700
    finally:
        assert agent.stop(home.root)
    assert agent.connect(home.root) is None
    agent.start(home.root, unlocked, idle_seconds=1)
    time.sleep(2.5)
    assert agent.connect(home.root) is None, "the agent should lock itself when idle"
