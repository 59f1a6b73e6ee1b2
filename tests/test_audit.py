"""The audit log: every action leaves a record, records are encrypted, every tampering is found
(by `appliance audit verify` and by the auditor's standalone verifier), appends survive kill -9."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import PASSPHRASE, run

from appliance import workspace
from appliance.audit import merkle, records
from appliance.audit.log import AuditLog
from appliance.audit.verify import verify
from appliance.cli import main

# Known-answer vectors: the RFC 6962 test tree used by Certificate Transparency implementations.
CT_LEAVES = [
    b"",
    b"\x00",
    b"\x10",
    b"\x20\x21",
    b"\x30\x31",
    b"\x40\x41\x42\x43",
    bytes(range(0x50, 0x58)),
    bytes(range(0x60, 0x70)),
]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_CONSISTENCY_1_8 = [
    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
]


def test_merkle_known_answers_and_proofs():
    leaves = [merkle.leaf_hash(d) for d in CT_LEAVES]
    for n in range(1, 9):
        assert merkle.root(leaves[:n]).hex() == CT_ROOTS[n - 1]
        assert merkle.Frontier.from_bytes(_frontier(leaves[:n]).to_bytes()).root().hex() == CT_ROOTS[n - 1]
    assert [p.hex() for p in merkle.consistency_proof(1, leaves)] == CT_CONSISTENCY_1_8
    assert merkle.inclusion_proof(0, leaves)[0].hex() == CT_CONSISTENCY_1_8[0]
    rng = random.Random(3)
    many = [merkle.leaf_hash(rng.randbytes(8)) for _ in range(300)]
    for _ in range(200):
        n = rng.randrange(1, 301)
        m, i = rng.randrange(1, n + 1), rng.randrange(n)
        r = merkle.root(many[:n])
        assert merkle.verify_inclusion(i, n, many[i], merkle.inclusion_proof(i, many[:n]), r)
        assert merkle.verify_consistency(m, n, merkle.root(many[:m]), r, merkle.consistency_proof(m, many[:n]))
        assert not merkle.verify_inclusion(i, n, many[(i + 1) % n], merkle.inclusion_proof(i, many[:n]), r) or n == 1


def _frontier(leaves):
    f = merkle.Frontier()
    for h in leaves:
        f.append(h)
    return f


@pytest.fixture
def auditor(tmp_path):
    from appliance.cli.auditor import keygen_files

    return keygen_files(tmp_path / "auditor", "Office of the Inspector", None)


def _records(catalog, mk=None):
    log = AuditLog(catalog)
    st = log.state()
    priv = log.audit_private_key(mk) if mk else None
    return verify(st["log_id"], log.iter_rows(), log.checkpoints(), st["signing_public"], audit_private=priv)


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_every_action_of_the_appliance_leaves_a_complete_record(home, capsys, pfile, tiny_dirs, tmp_path, auditor):
    """Drive the earlier issues' actions through the CLI, then read the log back."""
    chat = tmp_path / "c.jsonl"
    chat.write_text(
        "".join(
            json.dumps({"messages": [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}]})
            + "\n"
            for i in range(12)
        )
    )
    P = ["--passphrase-file", pfile]
    steps = [
        [*P, "datasets", "import", str(chat), "--name", "d", "--tokenizer", "none"],
        [*P, "datasets", "preview", "d", "-n", "1"],
        [*P, "datasets", "export", "d", "--to", str(tmp_path / "plain.jsonl"), "--yes"],
        ["models", "import", str(tiny_dirs["llama"]), "--name", "m"],
        ["export", "m", "--quant", "f16"],
        ["token", "--rotate"],
        [*P, "keys", "passwd", "--new-passphrase-file", pfile],
        [*P, "keys", "rotate"],
        [*P, "audit", "add-auditor", str(auditor[1])],
        ["datasets", "remove", "d", "--yes"],
        ["models", "remove", "m", "--yes", "--force"],
    ]
    for argv in steps:
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)
    bad = tmp_path / "bad.txt"
    bad.write_text("definitely not it")
    assert run(capsys, "--passphrase-file", str(bad), "unlock")[0] == 13
    from appliance.catalog import Catalog
    from appliance.security.vault import Vault

    with Catalog.open(home) as cat:
        from appliance.serving.service import ServeOptions, start_server, stop_server

        code, _, _ = run(capsys, "models", "import", str(tiny_dirs["mistral"]), "--name", "s")
        run(capsys, "export", "s", "--quant", "f16")
        stop_server(cat, start_server(home, cat, ["s"], options=ServeOptions(port=0, slots=1, n_ctx=256)))
        res = _records(cat, workspace.unlock(Vault(cat), PASSPHRASE))
    assert res.ok, res.summary()
    recs = res.decrypted
    actions = {r["action"] for r in recs}
    for a in (
        "workspace.init",
        "workspace.unlock",
        "dataset.import",
        "dataset.read",
        "dataset.export",
        "dataset.remove",
        "model.import",
        "model.export",
        "model.remove",
        "keys.passwd",
        "keys.rotate",
        "audit.add-auditor",
        "serve.start",
        "serve.stop",
        "serve.token-rotate",
    ):
        assert a in actions, a
    denied = [r for r in recs if r["action"] == "workspace.unlock" and r["outcome"] == "denied"]
    assert denied and denied[0]["error"]["type"] == "WrongPassphraseError"
    exp = [r for r in recs if r["action"] == "model.export" and r["outputs"].get("gate")]
    assert exp and exp[-1]["outputs"]["gate"] == "pass" and len(exp[-1]["outputs"]["sha256"]) == 64
    for r in recs:
        assert [r["seq"] for r in recs] == list(range(len(recs)))
        assert set(r) >= {
            "seq",
            "time",
            "actor",
            "action",
            "outcome",
            "objects",
            "inputs",
            "outputs",
            "params",
            "app_version",
            "host_id",
        }
        assert r["actor"]["user"] and r["actor"]["role"] == "operator" and r["time"].endswith("Z")
    imp = next(r for r in recs if r["action"] == "dataset.import" and r["outputs"].get("dataset_id"))
    assert imp["outputs"]["dataset_id"] in imp["objects"] and imp["params"]["name"] == "d"
    # Records are encrypted: no action name, id or user name is in the database in the clear.
    raw = b"".join(
        bytes(b) for (b,) in sqlite3.connect(home.root / "catalog.db").execute("SELECT blob FROM audit_records")
    )
    assert b"dataset.import" not in raw and imp["outputs"]["dataset_id"].encode() not in raw


def test_a_change_and_its_record_commit_together(home, catalog, tiny_dirs):
    """If the record cannot be written, the change does not happen either."""
    from appliance.audit.log import AuditUnavailable
    from appliance.models.store import ModelStore

    catalog.db.conn.execute("UPDATE audit_state SET audit_public = ? WHERE id = 1", [b"short"])
    catalog.db.conn.commit()
    with pytest.raises(Exception):  # noqa: B017 - the sealing fails on the broken key
        ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="x")
    assert catalog.list_models() == []
    from appliance.messages import M

    assert isinstance(AuditUnavailable(M("test.x", "x")), Exception)


# --- tampering ------------------------------------------------------------------------------


def _populate(capsys, n_models: int, tiny_dirs):
    for i in range(n_models):
        assert run(capsys, "models", "import", str(tiny_dirs["llama"]), "--name", f"m{i}")[0] == 0
        assert run(capsys, "models", "remove", f"m{i}", "--yes")[0] == 0


@contextlib.contextmanager
def _db(home):
    conn = sqlite3.connect(home.root / "catalog.db")
    conn.isolation_level = None
    try:
        yield conn
    finally:
        conn.close()


def _rows(conn):
    return conn.execute("SELECT seq, prev, blob, leaf FROM audit_records ORDER BY seq").fetchall()


def _verify_cli(capsys, *extra):
    code, out, err = run(capsys, "audit", "verify", "--json", *extra)
    assert out, err
    return code, json.loads(out)


def _tamper_delete(conn, k):
    conn.execute("DELETE FROM audit_records WHERE seq = ?", [k])


def _tamper_delete_renumber(conn, k):
    conn.execute("DELETE FROM audit_records WHERE seq = ?", [k])
    for (seq,) in conn.execute("SELECT seq FROM audit_records WHERE seq > ? ORDER BY seq", [k]).fetchall():
        conn.execute("UPDATE audit_records SET seq = ? WHERE seq = ?", [seq - 1, seq])


def _tamper_modify(conn, k):
    blob = bytearray(conn.execute("SELECT blob FROM audit_records WHERE seq = ?", [k]).fetchone()[0])
    blob[40] ^= 0x01
    conn.execute("UPDATE audit_records SET blob = ? WHERE seq = ?", [bytes(blob), k])


def _tamper_reorder(conn, k):
    a = conn.execute("SELECT prev, blob FROM audit_records WHERE seq = ?", [k]).fetchone()
    b = conn.execute("SELECT prev, blob FROM audit_records WHERE seq = ?", [k + 1]).fetchone()
    conn.execute("UPDATE audit_records SET prev = ?, blob = ? WHERE seq = ?", [b[0], b[1], k])
    conn.execute("UPDATE audit_records SET prev = ?, blob = ? WHERE seq = ?", [a[0], a[1], k + 1])


def _tamper_insert(conn, k):
    """Forge a record (anyone can encrypt to the public key) and shift the rest up."""
    st = conn.execute("SELECT log_id, audit_public FROM audit_state").fetchone()
    prev = conn.execute("SELECT leaf FROM audit_records WHERE seq = ?", [k - 1]).fetchone()[0]
    blob = records.seal_record(st[1], st[0], k, prev, {"seq": k, "action": "forged"})
    for (seq,) in conn.execute("SELECT seq FROM audit_records WHERE seq >= ? ORDER BY seq DESC", [k]).fetchall():
        conn.execute("UPDATE audit_records SET seq = ? WHERE seq = ?", [seq + 1, seq])
    conn.execute(
        "INSERT INTO audit_records (seq, prev, blob, leaf) VALUES (?, ?, ?, ?)",
        [k, prev, blob, merkle.leaf_hash(records.leaf_data(k, prev, blob))],
    )


def _tamper_truncate(conn, k):
    conn.execute("DELETE FROM audit_records WHERE seq >= ?", [k])


TAMPERINGS = {
    "deletion": _tamper_delete,
    "deletion with renumbering": _tamper_delete_renumber,
    "modification": _tamper_modify,
    "reordering": _tamper_reorder,
    "insertion": _tamper_insert,
    "truncation": _tamper_truncate,
}


@pytest.mark.parametrize("kind", list(TAMPERINGS))
def test_tampering_is_found_with_the_first_bad_record(home, capsys, tiny_dirs, pfile, auditor, tmp_path, kind):
    _populate(capsys, 3, tiny_dirs)
    run(capsys, "--passphrase-file", pfile, "audit", "add-auditor", str(auditor[1]))
    code, before = _verify_cli(capsys)
    assert code == 0 and before["ok"]
    k = 4
    with _db(home) as conn:
        TAMPERINGS[kind](conn, k)
    code, res = _verify_cli(capsys)
    assert code == 11 and not res["ok"], res
    assert res["first_bad_seq"] == k, res
    # The auditor's standalone verifier on an export of the tampered log finds the same record.
    run(capsys, "audit", "export", "--to", str(tmp_path / "pkg"))
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "appliance.cli.auditor",
            "verify",
            str(tmp_path / "pkg"),
            "--key",
            str(auditor[0]),
            "--out",
            str(tmp_path / "rep"),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1, r.stdout + r.stderr
    assert f"first bad record {k}" in r.stdout
    assert "FAIL" in (tmp_path / "rep" / "report.html").read_text()


def test_restored_older_copy_and_rewritten_history_need_the_kept_checkpoint(
    home, capsys, tiny_dirs, pfile, auditor, tmp_path
):
    import shutil

    _populate(capsys, 2, tiny_dirs)
    run(capsys, "--passphrase-file", pfile, "audit", "add-auditor", str(auditor[1]))
    backup = tmp_path / "catalog-backup.db"
    with _db(home) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(home.root / "catalog.db", backup)
    with _db(home) as conn:
        old_size = len(_rows(conn))
    _populate(capsys, 2, tiny_dirs)
    run(capsys, "audit", "export", "--to", str(tmp_path / "pkg1"))
    kept = tmp_path / "kept.json"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "appliance.cli.auditor",
            "verify",
            str(tmp_path / "pkg1"),
            "--key",
            str(auditor[0]),
            "--out",
            str(tmp_path / "r1"),
            "--save-checkpoint",
            str(kept),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    # 1. The operator restores the older copy: internally consistent, so only the kept checkpoint shows it.
    for suffix in ("-wal", "-shm"):
        (home.root / f"catalog.db{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, home.root / "catalog.db")
    code, res = _verify_cli(capsys)
    assert code == 0 and res["ok"]
    code, res = _verify_cli(capsys, "--checkpoint", str(kept))
    assert code == 11 and (res["first_bad_seq"], res["first_bad_at_most"]) == (0, old_size)  # a bound (issue 25)
    # 2. Someone with the signing key rewrites record 3 and re-signs every checkpoint.
    _rewrite_history(home, 3)
    code, res = _verify_cli(capsys)
    assert code == 0, "a consistent rewrite passes on its own; that is what kept checkpoints are for"
    run(capsys, "audit", "export", "--to", str(tmp_path / "pkg2"))
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "appliance.cli.auditor",
            "verify",
            str(tmp_path / "pkg2"),
            "--key",
            str(auditor[0]),
            "--out",
            str(tmp_path / "r2"),
            "--against",
            str(tmp_path / "pkg1"),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1 and "first bad record 3" in r.stdout, r.stdout


def _rewrite_history(home, k):
    """What an operator holding the signing key could do: forge record k, rebuild everything after it."""
    from cryptography.hazmat.primitives import serialization

    from appliance.audit.package import cp_to_json  # noqa: F401

    with _db(home) as conn:
        _rewrite(conn, home, k, serialization)


def _rewrite(conn, home, k, serialization):
    st = conn.execute("SELECT log_id, audit_public FROM audit_state").fetchone()
    key = serialization.load_pem_private_key((home.root / "secrets" / "audit-signing.key").read_bytes(), None)
    rows = _rows(conn)
    prev = rows[k][1]
    leaves = [r[3] for r in rows[:k]]
    new_rows = []
    for i, (_seq, _, blob, _) in enumerate(rows[k:], start=k):
        if i == k:
            blob = records.seal_record(st[1], st[0], i, prev, {"seq": i, "action": "nothing happened"})
        else:  # later records cannot be re-encrypted without the audit key, but the chain is rebuilt
            blob = blob
        leaf = merkle.leaf_hash(records.leaf_data(i, prev, blob))
        new_rows.append((i, prev, blob, leaf))
        leaves.append(leaf)
        prev = leaf
    conn.execute("BEGIN")
    for i, p, b, leaf in new_rows:
        conn.execute("UPDATE audit_records SET prev = ?, blob = ?, leaf = ? WHERE seq = ?", [p, b, leaf, i])
    conn.execute("DELETE FROM audit_checkpoints")
    n = len(leaves)
    root = merkle.root(leaves)
    t = "2026-11-22T00:00:00.000Z"
    signature = key.sign(records.checkpoint_message(st[0], n, root, t))
    conn.execute(
        "INSERT INTO audit_checkpoints (size, root, time, signature) VALUES (?, ?, ?, ?)", [n, root, t, signature]
    )
    conn.execute(  # the signed head too: it counts as the newest checkpoint
        "UPDATE audit_state SET head_size = ?, head_root = ?, head_time = ?, head_signature = ?, head_prev = NULL",
        [n, root, t, signature],
    )
    f = merkle.Frontier()
    for h in leaves:
        f.append(h)
    conn.execute("UPDATE audit_state SET last_leaf = ?, frontier = ?, size = ?", [prev, f.to_bytes(), n])
    conn.execute("COMMIT")


def test_standalone_verifier_needs_nothing_but_package_and_key(home, capsys, tiny_dirs, pfile, auditor, tmp_path):
    _populate(capsys, 2, tiny_dirs)
    run(capsys, "--passphrase-file", pfile, "audit", "add-auditor", str(auditor[1]))
    run(capsys, "audit", "export", "--to", str(tmp_path / "pkg"))
    elsewhere = tmp_path / "auditor-machine"
    elsewhere.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(elsewhere), "LANG": "C.UTF-8"}
    verifier = Path(sys.executable).parent / "appliance-audit"
    r = subprocess.run(
        [
            str(verifier),
            "verify",
            str(tmp_path / "pkg"),
            "--key",
            str(auditor[0]),
            "--out",
            "rep",
            "--action",
            "model.import",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "PASS" in r.stdout and not (elsewhere / ".local").exists()
    rows = [json.loads(line) for line in (elsewhere / "rep" / "records.jsonl").read_text().splitlines()]
    assert len(rows) == 2 and {r["action"] for r in rows} == {"model.import"}
    csv_text = (elsewhere / "rep" / "records.csv").read_text()
    assert csv_text.startswith("seq,time,user,role,action,outcome") and csv_text.count("model.import") == 2
    html = (elsewhere / "rep" / "report.html").read_text()
    assert "PASS: the log is intact" in html and "action = model.import" in html
    # Filters by object, actor and time.
    obj = rows[0]["objects"][0]
    r = subprocess.run(
        [
            str(verifier),
            "verify",
            str(tmp_path / "pkg"),
            "--key",
            str(auditor[0]),
            "--out",
            "rep2",
            "--object",
            obj,
            "--actor",
            rows[0]["actor"]["user"],
            "--since",
            rows[0]["time"][:10],
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    got = [json.loads(line) for line in (elsewhere / "rep2" / "records.jsonl").read_text().splitlines()]
    assert r.returncode == 0 and got and all(obj in g["objects"] for g in got)
    r = subprocess.run(
        [
            str(verifier),
            "verify",
            str(tmp_path / "pkg"),
            "--key",
            str(auditor[0]),
            "--out",
            "rep3",
            "--until",
            "2000-01-01",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert (elsewhere / "rep3" / "records.jsonl").read_text() == ""
    # An inclusion proof of one record, checked against the newest signed checkpoint.
    r = subprocess.run(
        [str(verifier), "prove", str(tmp_path / "pkg"), "--seq", "2"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0 and json.loads(r.stdout)["verified"] is True


def test_package_modified_after_export_and_unregistered_auditor(home, capsys, pfile, auditor, tmp_path):
    from appliance.cli.auditor import keygen_files

    run(capsys, "--passphrase-file", pfile, "audit", "add-auditor", str(auditor[1]))
    run(capsys, "audit", "export", "--to", str(tmp_path / "pkg"))
    other = keygen_files(tmp_path / "other", "Someone else", None)
    r = subprocess.run(
        [sys.executable, "-m", "appliance.cli.auditor", "verify", str(tmp_path / "pkg"), "--key", str(other[0])],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode != 0 and "not shared with your key" in r.stderr
    p = tmp_path / "pkg" / "records.jsonl"
    p.write_text(p.read_text().replace('"seq": 0', '"seq": 9'))
    r = subprocess.run(
        [sys.executable, "-m", "appliance.cli.auditor", "verify", str(tmp_path / "pkg"), "--key", str(auditor[0])],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode != 0 and "modified after export" in r.stderr
    assert run(capsys, "--passphrase-file", pfile, "audit", "add-auditor", str(auditor[1]))[0] == 4  # twice


def test_auditor_key_with_passphrase(tmp_path, capsys):
    pw = tmp_path / "pw"
    pw.write_text("auditor secret words")
    assert (
        run(capsys, "auditor", "keygen", "--out", str(tmp_path / "k"), "--name", "A", "--passphrase-file", str(pw))[0]
        == 0
    )
    assert b"ENCRYPTED" in (tmp_path / "k" / "auditor.key").read_bytes()
    assert (tmp_path / "k" / "auditor.key").stat().st_mode & 0o777 == 0o600
    code, _, err = run(capsys, "auditor", "keygen", "--out", str(tmp_path / "k"), "--name", "A")
    assert code != 0 and "refusing to overwrite" in err


CRASH_WORKER = """
import sys
from appliance.catalog import Catalog
from appliance.home import Home
from appliance.audit.log import AuditLog
home = Home.open(sys.argv[1])
cat = Catalog.open(home)
log = AuditLog(cat)
i = 0
while True:
    seq = log.append({"action": "crash.test", "i": i, "pad": "x" * (i % 500)})
    print(seq, flush=True)
    i += 1
"""


@pytest.mark.crash  # the random-kill soak (25 real SIGKILLs): in `make test-crash`, which CI runs too
def test_appends_survive_kill_9_at_random_moments(home):
    rng = random.Random(11)
    acknowledged: set[int] = set()
    for _ in range(25):
        proc = subprocess.Popen([sys.executable, "-c", CRASH_WORKER, str(home.root)], stdout=subprocess.PIPE, text=True)
        first = proc.stdout.readline()  # it is appending now (start-up time varies with the machine's load)
        time.sleep(rng.uniform(0.0, 0.9))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged.update(int(x) for x in (first + out).split())
    from appliance.catalog import Catalog

    with Catalog.open(home) as cat:
        res = _records(cat)
        assert res.ok, res.summary()
        present = {row[0] for row in AuditLog(cat).iter_rows()}
    assert len(acknowledged) > 50
    assert acknowledged <= present, f"acknowledged but missing: {sorted(acknowledged - present)[:5]}"


def test_unusable_key_and_checkpoint_files_are_named_in_clear_errors(home, capsys, pfile, auditor, tmp_path, home_dir):
    """Garbled key, garbled checkpoint, a checkpoint of another log: each names its file, exits
    non-zero and writes no report; the operator's `audit verify --checkpoint` refuses them too."""
    from conftest import init_workspace

    from appliance.cli.auditor import keygen_files

    run(capsys, "--passphrase-file", pfile, "audit", "add-auditor", str(auditor[1]))
    run(capsys, "audit", "export", "--to", str(tmp_path / "pkg"))
    verifier = [sys.executable, "-m", "appliance.cli.auditor", "verify", str(tmp_path / "pkg"), "--out", "rep"]
    bad_key = tmp_path / "garbled.key"
    bad_key.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    r = subprocess.run([*verifier, "--key", str(bad_key)], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode != 0 and f"Cannot read the auditor key {bad_key}" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "rep").exists()

    garbled = tmp_path / "kept.json"
    garbled.write_text('{"size": 3}')
    r = subprocess.run(
        [*verifier, "--key", str(auditor[0]), "--checkpoint", str(garbled)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode != 0 and f"{garbled} is not a kept checkpoint" in r.stderr and "Traceback" not in r.stderr
    code, _, err = run(capsys, "audit", "verify", "--checkpoint", str(garbled))
    assert code != 0 and "is not a kept checkpoint" in err

    # A checkpoint kept from another workspace's log.
    other = init_workspace(tmp_path / "other-home")
    other_key = keygen_files(tmp_path / "other-auditor", "Other", None)
    env_other = ["--home", str(other.root)]
    assert main([*env_other, "--passphrase-file", pfile, "audit", "add-auditor", str(other_key[1])]) == 0
    assert main([*env_other, "audit", "export", "--to", str(tmp_path / "other-pkg")]) == 0
    foreign = tmp_path / "foreign.json"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "appliance.cli.auditor",
            "verify",
            str(tmp_path / "other-pkg"),
            "--key",
            str(other_key[0]),
            "--out",
            "rep-other",
            "--save-checkpoint",
            str(foreign),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    capsys.readouterr()
    r = subprocess.run(
        [*verifier, "--key", str(auditor[0]), "--checkpoint", str(foreign)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert r.returncode != 0 and f"{foreign} belongs to log" in r.stderr
    code, _, err = run(capsys, "--home", str(home_dir), "audit", "verify", "--checkpoint", str(foreign))
    assert code != 0 and "belongs to log" in err and "not this workspace's" in err
