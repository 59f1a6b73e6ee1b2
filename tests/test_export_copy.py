"""A GGUF in hand: copying a verified export out of the home is audited, checked against the digest
recorded at export, never overwrites, and leaves nothing partial on a cancel or a mismatch."""

from __future__ import annotations

import shutil

import pytest
from conftest import run
from test_library_api import _records

from appliance.catalog import Catalog
from appliance.errors import Cancelled, ExportError, InvalidInputError
from appliance.events import CancelToken, Progress
from appliance.export.pipeline import Exporter
from appliance.fsutil import sha256_file
from appliance.home import Home


@pytest.fixture
def served(served_home, tmp_path):
    root = tmp_path / "served"
    shutil.copytree(served_home, root)
    home = Home.open(root)
    with Catalog.open(home) as cat:
        yield home, cat, next(e for e in cat.list_exports() if e["status"] == "verified")


def test_a_copy_is_the_verified_file_and_an_audited_event(served, tmp_path, unlocked_served):
    home, cat, row = served
    events = []
    dest = Exporter(home, cat).copy_out(row["id"], tmp_path, on_event=events.append)
    assert dest.parent == tmp_path and dest.name == (home.root / row["path"]).name  # a folder: same name inside
    assert sha256_file(dest) == row["sha256"]
    assert any(isinstance(e, Progress) and e.total and e.done == e.total for e in events)
    [rec] = _records(cat, unlocked_served(cat), "export.copy")
    assert rec["objects"] == [row["id"], row["model_id"]] and rec["params"]["to"] == str(dest)
    assert rec["outputs"]["sha256"] == row["sha256"] and rec["outcome"] == "ok"


def test_a_copy_never_overwrites_and_needs_an_existing_folder(served, tmp_path):
    home, cat, row = served
    taken = tmp_path / "model.gguf"
    taken.write_text("mine")
    with pytest.raises(InvalidInputError, match="already exists"):
        Exporter(home, cat).copy_out(row["id"], taken)
    assert taken.read_text() == "mine"
    with pytest.raises(InvalidInputError, match="does not exist"):
        Exporter(home, cat).copy_out(row["id"], tmp_path / "no" / "such" / "m.gguf")


def test_a_cancelled_or_mismatching_copy_leaves_nothing(served, tmp_path):
    home, cat, row = served
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        Exporter(home, cat).copy_out(row["id"], tmp_path / "c.gguf", cancel=token)
    src = home.root / row["path"]
    with open(src, "r+b") as f:  # the file in the home altered since its export
        f.seek(src.stat().st_size - 8)
        f.write(b"\x00" * 8)
    with pytest.raises(ExportError, match="does not match the digest"):
        Exporter(home, cat).copy_out(row["id"], tmp_path / "m.gguf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["served"]  # no copy, no partial file


def test_the_cli_copies_an_export_out(capsys, served, tmp_path, monkeypatch):
    home, cat, row = served
    monkeypatch.setenv("APPLIANCE_HOME", str(home.root))
    code, out, err = run(capsys, "exports", "copy", row["id"], str(tmp_path / "x.gguf"))
    assert code == 0, err
    assert "Copied to" in out and sha256_file(tmp_path / "x.gguf") == row["sha256"]
    code, out, err = run(capsys, "exports", "copy", row["id"], str(tmp_path / "x.gguf"))
    assert code != 0 and "already exists" in err


@pytest.fixture
def unlocked_served():
    from conftest import PASSPHRASE

    from appliance.security.vault import Vault
    from appliance.workspace import unlock

    opened = []

    def open_keys(cat):
        mk = unlock(Vault(cat), PASSPHRASE)
        opened.append(mk)
        return mk

    yield open_keys
    for mk in opened:
        mk.forget()
