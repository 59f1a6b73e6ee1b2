"""The catalog's schema, migrations, atomic writes and lineage; the home's durability helpers."""

from __future__ import annotations

import os
import sqlite3

import pytest

from appliance.catalog import Catalog, migrations, new_id, utc_now
from appliance.errors import StorageError
from appliance.fsutil import atomic_write_bytes, commit_path, file_manifest, manifest_digest


def _model(mid: str, name: str) -> dict:
    return {
        "id": mid,
        "name": name,
        "kind": "imported",
        "architecture": "LlamaForCausalLM",
        "model_type": "llama",
        "source": "/x",
        "source_sha256": "0" * 64,
        "path": f"models/{mid}",
        "sha256": "1" * 64,
        "files": {},
        "size_bytes": 1,
        "params": 1,
        "dtype": "float32",
        "context_length": 8,
        "created_at": utc_now(),
        "meta": {},
    }


def test_migrations_apply_once_and_are_recorded(home):
    names = [m.name for m in migrations._migrations]
    assert names == sorted(names) and names[0] == "m001_initial"
    with Catalog.open(home) as cat:
        assert cat.schema_version == names
        assert {"models", "exports", "lineage", "vault", "data_keys", "datasets"} <= set(cat.db.table_names())
    with Catalog.open(home) as cat:  # re-opening applies nothing new
        assert cat.schema_version == names
        assert migrations.pending(cat.db) == []


def audited(catalog):
    from appliance.audit.actions import action

    return action(catalog, "test.write")


def test_writes_outside_an_audited_action_are_refused(catalog):
    from appliance.audit.actions import UnauditedWrite

    with pytest.raises(UnauditedWrite):
        catalog.add_model(_model(new_id("mdl"), "sneaky"))
    assert catalog.list_models() == []


def test_every_object_has_id_hash_time_and_lineage(catalog):
    with audited(catalog):
        m = catalog.add_model(_model(new_id("mdl"), "a"))
    with audited(catalog):
        e = catalog.add_export(
            {
                "id": new_id("exp"),
                "model_id": m["id"],
                "quant": "f16",
                "path": "exports/x/y.gguf",
                "sha256": "2" * 64,
                "size_bytes": 3,
                "status": "verified",
                "created_at": utc_now(),
            },
            parents={m["id"]: "exported-from"},
        )
    assert e["id"].startswith("exp-") and len(e["sha256"]) == 64 and e["created_at"].endswith("Z")
    assert [p["parent_id"] for p in catalog.parents(e["id"])] == [m["id"]]
    assert [c["child_id"] for c in catalog.children(m["id"])] == [e["id"]]


def test_a_failed_write_changes_nothing(catalog):
    mid = new_id("mdl")
    with audited(catalog):
        catalog.add_model(_model(mid, "a"))
    with pytest.raises(sqlite3.IntegrityError), audited(catalog):
        with catalog.atomic():
            catalog.db["models"].insert(_model(new_id("mdl"), "b"))
            catalog.db["models"].insert(_model(new_id("mdl"), "a"))  # unique name violated
    assert [m["name"] for m in catalog.list_models()] == ["a"]


def test_damaged_catalog_is_a_clear_error(home):
    home.catalog_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError, match="cannot be opened"):
        Catalog.open(home)


def test_ids_are_unique_and_prefixed():
    ids = {new_id("mdl") for _ in range(1000)}
    assert len(ids) == 1000 and all(i.startswith("mdl-") and len(i) == 14 for i in ids)


def test_atomic_write_replaces_whole_file(tmp_path):
    p = tmp_path / "f.json"
    atomic_write_bytes(p, b"old")
    atomic_write_bytes(p, b"new contents")
    assert p.read_bytes() == b"new contents"
    assert p.stat().st_mode & 0o777 == 0o600
    assert [x.name for x in tmp_path.iterdir()] == ["f.json"]


def test_commit_refuses_to_overwrite(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    (a / "x").write_text("1")
    b.mkdir()
    with pytest.raises(StorageError, match="already exists"):
        commit_path(a, b)


def test_manifest_digest_changes_with_any_byte(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "w.bin").write_bytes(b"\0" * 100)
    m1 = manifest_digest(file_manifest(tmp_path / "d"))
    (tmp_path / "d" / "w.bin").write_bytes(b"\0" * 99 + b"\1")
    assert manifest_digest(file_manifest(tmp_path / "d")) != m1


def test_stale_staging_from_a_dead_process_is_swept(home):
    stale = home.tmp_dir / "import-999999-abcd1234"
    stale.mkdir()
    live = home.tmp_dir / f"import-{os.getpid()}-abcd1234"
    live.mkdir()
    home.sweep_staging()
    assert not stale.exists() and live.exists()


def test_unwritable_home_is_a_clear_error(tmp_path):
    from appliance.home import Home

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="APPLIANCE_HOME"):
        Home.open(blocker / "home")


@pytest.mark.parametrize("ref", ["", None])
def test_an_empty_reference_is_a_clear_not_found(catalog, ref):
    from appliance.errors import NotFoundError

    with pytest.raises(NotFoundError, match="No model was named"):
        catalog.resolve("models", ref, "model")
