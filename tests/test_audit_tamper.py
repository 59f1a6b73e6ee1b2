"""The tamper suite: every way to alter a log, against both verifiers, with the expected verdict
and first bad record.

One real workspace log (appends through the appliance's own code, a signed checkpoint in each
append's transaction) is copied for every case. The operator's side tampers with the catalog
and runs the live verification (`appliance audit verify`); the auditor's side tampers with an
exported package as a forger would (recomputing the chain, the leaf hashes and the manifest's
file hashes from public data) and runs the standalone verifier's core (`verify_package`), with
and without the checkpoint the auditor kept from the clean package. A few cases also run the
`appliance-audit` program to check what a person reads.
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, init_workspace

from appliance import workspace
from appliance.audit import merkle, records
from appliance.audit.actions import action
from appliance.audit.log import AuditLog
from appliance.audit.package import kept_checkpoint_json, read_package, verify_package
from appliance.catalog import Catalog
from appliance.home import Home

N = 12  # records in the clean log
K = 5  # where single-record tampering happens


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """A workspace log of N records, an auditor, the clean package and the checkpoint kept from it."""
    from appliance.cli.auditor import keygen_files
    from appliance.security.vault import Vault

    root = tmp_path_factory.mktemp("tamper")
    home = init_workspace(root / "home")
    key, pub = keygen_files(root / "auditor", "Inspectorate", None)
    with Catalog.open(home) as cat:
        log = AuditLog(cat)
        with action(cat, "audit.add-auditor"), cat.atomic():
            log.add_auditor(workspace.unlock(Vault(cat), PASSPHRASE), pub.read_text())
        while log.require()["size"] < N:  # one command each, as the CLI does: a permanent checkpoint each
            with action(cat, "test.event", params={"n": log.require()["size"]}):
                pass
            if log.require()["size"] == K:  # a backup of the whole home, for the roll-back case
                cat.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copytree(home.root, root / "older-home")
        assert log.require()["size"] == N and cat.db["audit_checkpoints"].count >= N - 2
        log.export_package(root / "pkg", workspace_id="ws-test")
    result, extra, pkg = verify_package(root / "pkg", key)
    assert result.ok and not extra, result.summary()
    kept = root / "kept.json"
    kept.write_text(
        json.dumps(
            kept_checkpoint_json(
                pkg["keys"]["log_id"], records.unb64(pkg["keys"]["signing_public"]), result.latest_checkpoint
            )
        )
    )
    return {
        "root": root,
        "home": home.root,
        "key": key,
        "pkg": root / "pkg",
        "kept": kept,
        "older": root / "older-home",
    }


# --- forging helpers (what an attacker can compute from public data) --------------------------


def _leaf(seq, prev, blob) -> bytes:
    return merkle.leaf_hash(records.leaf_data(seq, prev, blob))


def _forge(log_id, audit_public, seq, prev, what="forged") -> bytes:
    return records.seal_record(audit_public, log_id, seq, prev, {"seq": seq, "action": what, "outcome": "ok"})


def _rechain(rows, log_id, audit_public, start):
    """Relink rows from ``start`` on (re-encrypting each, which the public key allows)."""
    out = list(rows[:start])
    prev = out[-1][3] if out else records.GENESIS_PREV
    for i in range(start, len(rows)):
        blob = _forge(log_id, audit_public, i, prev, f"rewritten {i}")
        leaf = _leaf(i, prev, blob)
        out.append((i, prev, blob, leaf))
        prev = leaf
    return out


# --- the operator's side: the catalog ----------------------------------------------------------


def _home_copy(clean, tmp_path) -> Path:
    dest = tmp_path / "home"
    shutil.copytree(clean["home"], dest)
    return dest


def _sql(home: Path, *statements) -> None:
    conn = sqlite3.connect(home / "catalog.db")
    conn.isolation_level = None
    try:
        conn.execute("BEGIN")
        for st, args in statements:
            conn.execute(st, args)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _rows(home: Path):
    conn = sqlite3.connect(home / "catalog.db")
    try:
        rows = conn.execute(
            "SELECT seq, prev, blob, leaf, sig_time, sig, sig_prev FROM audit_records ORDER BY seq"
        ).fetchall()
        st = conn.execute("SELECT log_id, audit_public FROM audit_state").fetchone()
        return rows, st[0], st[1]
    finally:
        conn.close()


def _replace_records(home: Path, rows, *, state: bool = True) -> None:
    """Write ``rows`` as the log's records (and, as a careful forger would, the log's state).
    Rows copied from the log keep their signature columns; forged ones (four fields) have none."""
    stmts = [("DELETE FROM audit_records", [])]
    stmts += [
        (
            "INSERT INTO audit_records (seq, prev, blob, leaf, sig_time, sig, sig_prev) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [*r, None, None, None][:7],
        )
        for r in rows
    ]
    if state:
        f = merkle.Frontier()
        for r in rows:
            f.append(r[3])
        stmts.append(
            (
                "UPDATE audit_state SET size = ?, last_leaf = ?, frontier = ?",
                [len(rows), rows[-1][3] if rows else records.GENESIS_PREV, f.to_bytes()],
            )
        )
    _sql(home, *stmts)


def _operator_verify(home: Path, kept: Path | None = None):
    from appliance.audit.package import read_kept_checkpoint

    with Catalog.open(Home.open(home)) as cat:
        return AuditLog(cat).verify(kept=read_kept_checkpoint(kept) if kept else None)


def op_delete(home):
    _sql(home, ("DELETE FROM audit_records WHERE seq = ?", [K]))


def op_modify(home):
    rows, *_ = _rows(home)
    blob = bytearray(rows[K][2])
    blob[40] ^= 1
    _sql(home, ("UPDATE audit_records SET blob = ? WHERE seq = ?", [bytes(blob), K]))


def op_insert(home):
    rows, log_id, pub = _rows(home)
    forged = (K, rows[K - 1][3], _forge(log_id, pub, K, rows[K - 1][3]))
    shifted = [(r[0] + 1, *r[1:]) for r in rows[K:]]
    _replace_records(home, rows[:K] + [(*forged, _leaf(*forged))] + shifted)


def op_reorder(home):
    rows, *_ = _rows(home)
    a, b = rows[K], rows[K + 1]
    _sql(
        home,
        ("UPDATE audit_records SET prev = ?, blob = ?, leaf = ? WHERE seq = ?", [b[1], b[2], b[3], K]),
        ("UPDATE audit_records SET prev = ?, blob = ?, leaf = ? WHERE seq = ?", [a[1], a[2], a[3], K + 1]),
    )


def op_truncate(home):
    _sql(home, ("DELETE FROM audit_records WHERE seq >= ?", [K]))


def op_truncate_clean(home):
    """Cut the records and every permanent checkpoint past the cut, and fix the size and tree: the
    signed head, which cannot be re-signed, still names the records that were cut."""
    rows, *_ = _rows(home)
    _replace_records(home, rows[:K])
    _sql(home, ("DELETE FROM audit_checkpoints WHERE size > ?", [K]))


def op_strip_checkpoints(home):
    """The independent test's attack on the operator's side: every row of audit_checkpoints."""
    _sql(home, ("DELETE FROM audit_checkpoints", []))


def op_strip_checkpoints_and_head(home):
    _sql(home, ("DELETE FROM audit_checkpoints", []), ("UPDATE audit_state SET head_signature = NULL", []))


def op_strip_middle_checkpoints(home):
    _sql(home, ("DELETE FROM audit_checkpoints WHERE size > ? AND size < ?", [K, N]))


def op_append_forged(home):
    rows, log_id, pub = _rows(home)
    forged = (N, rows[-1][3], _forge(log_id, pub, N, rows[-1][3]))
    _replace_records(home, rows + [(*forged, _leaf(*forged))])


def op_rewrite_unsigned(home):
    """Forge record K and rechain everything after it, without the signing key."""
    rows, log_id, pub = _rows(home)
    _replace_records(home, _rechain(rows, log_id, pub, K))


def op_rewrite_under_one_checkpoint(home):
    """Remove the checkpoints between K and N, so one checkpoint covers records K..N-1, and rewrite
    record K + 2 and the chain after it, copying every record's stored signature columns as they
    were: only the per-record signatures name the record."""
    rows, log_id, pub = _rows(home)
    forged = _rechain(rows, log_id, pub, K + 2)
    forged = forged[: K + 2] + [(*f[:4], *r[4:]) for f, r in zip(forged[K + 2 :], rows[K + 2 :], strict=True)]
    _replace_records(home, forged)
    _sql(home, ("DELETE FROM audit_checkpoints WHERE size > ? AND size < ?", [K, N]))


def op_edit_state_size(home):
    _sql(home, ("UPDATE audit_state SET size = ?", [N - 3]))


def op_replace_signing_key(home):
    """A forged log under a key of the forger's own: records rewritten from K, every checkpoint re-signed."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    rows, log_id, pub = _rows(home)
    rows = _rechain(rows, log_id, pub, K)
    _replace_records(home, rows)
    key = Ed25519PrivateKey.generate()
    stmts, before = [("DELETE FROM audit_checkpoints", [])], None
    for size in range(1, len(rows) + 1):
        cp = {
            "size": size,
            "root": merkle.root([r[3] for r in rows[:size]]),
            "time": "2026-11-22T00:00:00.000Z",
            "prev": records.checkpoint_hash(log_id, before) if before else records.NO_CHECKPOINT,
        }
        cp["signature"] = key.sign(records.checkpoint_message(log_id, size, cp["root"], cp["time"], cp["prev"]))
        stmts.append(
            (
                "INSERT INTO audit_checkpoints (size, root, time, signature, prev) VALUES (?, ?, ?, ?, ?)",
                [cp["size"], cp["root"], cp["time"], cp["signature"], cp["prev"]],
            )
        )
        before = cp
    stmts.append(("UPDATE audit_state SET signing_public = ?", [records.raw_public(key.public_key())]))
    stmts.append(  # the signed head too: it counts as the newest checkpoint
        (
            "UPDATE audit_state SET head_size = ?, head_root = ?, head_time = ?, head_signature = ?, head_prev = ?",
            [before["size"], before["root"], before["time"], before["signature"], before["prev"]],
        )
    )
    _sql(home, *stmts)


# case: (tamper, expected without kept, expected with kept); expected = None (PASS) or (first bad, exact)
OPERATOR_CASES = {
    "delete a record": (op_delete, (K, True), (K, True)),
    "modify a record": (op_modify, (K, True), (K, True)),
    "insert a forged record": (op_insert, (K, True), (K, True)),
    "reorder two records": (op_reorder, (K, True), (K, True)),
    # Against the kept checkpoint, records before the cut cannot be compared with those verified
    # (the kept root covers the missing ones too): the first changed record is at or before K.
    "truncate the records": (op_truncate, (K, True), (0, False)),
    "truncate records, checkpoints and state": (op_truncate_clean, (K, True), (0, False)),
    # The signed head (in the log's state) still covers every record, but no longer follows any
    # checkpoint: the removal is found; no record is proven bad, so the finding is a bound.
    "strip every checkpoint": (op_strip_checkpoints, (0, False), (0, False)),
    "strip every checkpoint and the signed head": (op_strip_checkpoints_and_head, (0, True), (0, True)),
    "strip the checkpoints in the middle": (op_strip_middle_checkpoints, (K, False), (K, False)),
    "append a forged record after the last checkpoint": (op_append_forged, (N, True), (N, True)),
    "rewrite from a record on, without the key": (op_rewrite_unsigned, (K, True), (K, True)),
    "rewrite a record under a checkpoint that covers many": (
        op_rewrite_under_one_checkpoint,
        (K + 2, True),
        (K + 2, True),
    ),
    "edit the log's recorded size": (op_edit_state_size, (N - 3, True), (N - 3, True)),
    "replace the signing key and re-sign a rewrite": (op_replace_signing_key, None, (None, False)),
}


@pytest.mark.parametrize("case", list(OPERATOR_CASES))
def test_operator_verify_finds_each_tampering(clean, tmp_path, case):
    tamper, plain, with_kept = OPERATOR_CASES[case]
    home = _home_copy(clean, tmp_path)
    tamper(home)
    for kept, expected in ((None, plain), (clean["kept"], with_kept)):
        res = _operator_verify(home, kept)
        if expected is None:
            assert res.ok, (case, res.summary())
            continue
        assert not res.ok, (case, "kept" if kept else "plain")
        assert (res.first_bad_seq, res.first_bad_exact) == expected, (case, res.summary())


def test_roll_back_to_an_older_copy_passes_alone_and_fails_against_the_kept_checkpoint(clean, tmp_path):
    """Restoring an older copy of the whole home (a backup taken at K records) gives a consistent
    log: only what the auditor kept shows that records are missing."""
    older = tmp_path / "older"
    shutil.copytree(clean["older"], older)
    assert _operator_verify(older).ok
    res = _operator_verify(older, clean["kept"])
    assert not res.ok and (res.first_bad_seq, res.first_bad_at_most, res.first_bad_exact) == (0, K, False)
    assert "an older copy was restored" in res.summary()


# --- the auditor's side: the package -----------------------------------------------------------


def _package(clean, tmp_path) -> dict:
    dest = tmp_path / "pkg"
    shutil.copytree(clean["pkg"], dest)
    return {"dir": dest, **read_package(dest)}


def _write_package(p: dict, *, rows=None, checkpoints=None, keys=None) -> None:
    """Rewrite the package's files and, as any forger can, its manifest's hashes."""
    from appliance.audit.package import _sha256, cp_to_json

    d = p["dir"]
    if rows is not None:
        lines = []
        for s, pr, b, lf, *sig in rows:
            line = {"seq": s, "prev": pr.hex(), "blob": records.b64(b), "leaf": lf.hex()}
            if sig and sig[0] is not None:  # copied rows keep the signature written with them
                line.update(
                    sig_time=sig[0]["time"], sig=records.b64(sig[0]["signature"]), sig_prev=sig[0]["prev"].hex()
                )
            lines.append(json.dumps(line) + "\n")
        (d / "records.jsonl").write_text("".join(lines))
    if checkpoints is not None:
        (d / "checkpoints.jsonl").write_text("".join(json.dumps(cp_to_json(c)) + "\n" for c in checkpoints))
        (d / "proofs.jsonl").write_text("")
    if keys is not None:
        (d / "keys.json").write_text(json.dumps(keys))
    manifest = json.loads((d / "manifest.json").read_text())
    manifest["files"] = {n: _sha256(d / n) for n in manifest["files"]}
    rows_now = p["rows"] if rows is None else rows
    manifest["size"] = len(rows_now)
    manifest["root"] = merkle.root_iterative([r[3] for r in rows_now]).hex()
    (d / "manifest.json").write_text(json.dumps(manifest))


def _pub(p):
    return p["keys"]["log_id"], records.unb64(p["keys"]["audit_public"])


def pk_delete(p):
    _write_package(p, rows=[r for r in p["rows"] if r[0] != K])


def pk_modify(p):
    rows = list(p["rows"])
    blob = bytearray(rows[K][2])
    blob[40] ^= 1
    rows[K] = (K, rows[K][1], bytes(blob), *rows[K][3:])
    _write_package(p, rows=rows)


def pk_insert(p):
    log_id, pub = _pub(p)
    rows = p["rows"]
    prev = rows[K - 1][3]
    blob = _forge(log_id, pub, K, prev)
    _write_package(p, rows=rows[:K] + [(K, prev, blob, _leaf(K, prev, blob))] + [(r[0] + 1, *r[1:]) for r in rows[K:]])


def pk_reorder(p):
    rows = list(p["rows"])
    rows[K], rows[K + 1] = (K, *rows[K + 1][1:]), (K + 1, *rows[K][1:])
    _write_package(p, rows=rows)


def pk_truncate(p):
    _write_package(p, rows=p["rows"][:K])


def pk_truncate_clean(p):
    _write_package(p, rows=p["rows"][:K], checkpoints=[c for c in p["checkpoints"] if c["size"] <= K])


def pk_strip_checkpoints(p):
    _write_package(p, checkpoints=[])


def pk_strip_middle_checkpoints(p):
    _write_package(p, checkpoints=[c for c in p["checkpoints"] if not K < c["size"] < N])


def pk_append_forged(p):
    log_id, pub = _pub(p)
    rows = p["rows"]
    prev = rows[-1][3]
    blob = _forge(log_id, pub, N, prev)
    _write_package(p, rows=rows + [(N, prev, blob, _leaf(N, prev, blob))])


def pk_strip_and_forge(p):
    """The independent test's attack: checkpoints removed, records forged from public data."""
    log_id, pub = _pub(p)
    _write_package(p, rows=_rechain(p["rows"], log_id, pub, 0), checkpoints=[])


def pk_rewrite_unsigned(p):
    log_id, pub = _pub(p)
    _write_package(p, rows=_rechain(p["rows"], log_id, pub, K))


def pk_replace_signing_key(p):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    log_id, pub = _pub(p)
    rows = _rechain(p["rows"], log_id, pub, K)
    key = Ed25519PrivateKey.generate()
    cps, before = [], None
    for size in range(1, len(rows) + 1):
        cp = {
            "size": size,
            "root": merkle.root([r[3] for r in rows[:size]]),
            "time": "2026-11-22T00:00:00.000Z",
            "prev": records.checkpoint_hash(log_id, before) if before else records.NO_CHECKPOINT,
        }
        cp["signature"] = key.sign(records.checkpoint_message(log_id, size, cp["root"], cp["time"], cp["prev"]))
        cps.append(cp)
        before = cp
    keys = dict(p["keys"], signing_public=base64.b64encode(records.raw_public(key.public_key())).decode())
    _write_package(p, rows=rows, checkpoints=cps, keys=keys)


PACKAGE_CASES = {
    "delete a record": (pk_delete, (K, True), (K, True)),
    "modify a record": (pk_modify, (K, True), (K, True)),
    "insert a forged record": (pk_insert, (K, True), (K, True)),
    "reorder two records": (pk_reorder, (K, True), (K, True)),
    "truncate the records": (pk_truncate, (K, True), (0, False)),
    "roll back to an older log": (pk_truncate_clean, None, (0, False)),
    "strip every checkpoint": (pk_strip_checkpoints, (0, True), (0, True)),
    "strip the checkpoints in the middle": (pk_strip_middle_checkpoints, (K, False), (K, False)),
    "append a forged record after the last checkpoint": (pk_append_forged, (N, True), (N, True)),
    "strip the checkpoints and forge every record": (pk_strip_and_forge, (0, True), (0, True)),
    "rewrite from a record on, without the key": (pk_rewrite_unsigned, (K, True), (K, True)),
    "replace the signing key and re-sign a rewrite": (pk_replace_signing_key, None, (None, False)),
}


@pytest.mark.parametrize("case", list(PACKAGE_CASES))
def test_auditor_verify_finds_each_tampering(clean, tmp_path, case):
    tamper, plain, with_kept = PACKAGE_CASES[case]
    p = _package(clean, tmp_path)
    tamper(p)
    for kept, expected in ((None, plain), (clean["kept"], with_kept)):
        result, extra, _ = verify_package(p["dir"], clean["key"], kept_path=kept)
        if expected is None:
            assert result.ok and not extra, (case, result.summary(), extra)
            continue
        assert not result.ok, (case, "kept" if kept else "plain", result.summary())
        assert (result.first_bad_seq, result.first_bad_exact) == expected, (case, result.summary())


def test_a_fork_is_found_against_the_kept_checkpoint_and_named_exactly_against_the_earlier_package(clean, tmp_path):
    """Two copies of one workspace go different ways after record N: each is a valid log, signed by
    the same key. The auditor who kept a checkpoint of branch A rejects branch B, and with A's
    package names the first record where they part."""
    branches = {}
    for name in ("a", "b"):
        home = tmp_path / name
        shutil.copytree(clean["home"], home)
        with Catalog.open(Home.open(home)) as cat:
            log = AuditLog(cat)
            for i in range(3):
                log.append({"action": f"branch.{name}", "outcome": "ok", "i": i})
            log.export_package(tmp_path / f"pkg-{name}", workspace_id="ws-test")
        branches[name] = home
    res_a, _, pkg_a = verify_package(tmp_path / "pkg-a", clean["key"])
    assert res_a.ok
    kept_a = tmp_path / "kept-a.json"
    kept_a.write_text(
        json.dumps(
            kept_checkpoint_json(
                pkg_a["keys"]["log_id"], records.unb64(pkg_a["keys"]["signing_public"]), res_a.latest_checkpoint
            )
        )
    )
    alone, _, _ = verify_package(tmp_path / "pkg-b", clean["key"])
    assert alone.ok  # a fork is a valid log on its own
    res, _, _ = verify_package(tmp_path / "pkg-b", clean["key"], kept_path=kept_a)
    # A root shows only that one of the kept records changed; the kept checkpoint links to the one
    # at N, which B still holds unchanged: the bound is N..N+2 (issue 25, item 10).
    assert not res.ok and (res.first_bad_seq, res.first_bad_at_most, res.first_bad_exact) == (N, N + 2, False)
    assert "rewritten" in res.summary()
    res, _, _ = verify_package(tmp_path / "pkg-b", clean["key"], old_package=tmp_path / "pkg-a")
    assert not res.ok and (res.first_bad_seq, res.first_bad_exact) == (N, True)
    assert not _operator_verify(branches["b"], kept_a).ok


def test_what_the_auditor_reads_for_a_stripped_and_forged_package(clean, tmp_path):
    """The independent test's finding, through the `appliance-audit` program: exit 1 and a message
    that says the records are not signed."""
    p = _package(clean, tmp_path)
    pk_strip_and_forge(p)
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "appliance.cli.auditor",
            "verify",
            str(p["dir"]),
            "--key",
            str(clean["key"]),
            "--out",
            str(tmp_path / "rep"),
            "--checkpoint",
            str(clean["kept"]),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1, r.stdout + r.stderr
    assert r.stdout.startswith("FAIL: first bad record 0;"), r.stdout
    assert "no signed checkpoint covers any record" in r.stdout and "treated as forged" in r.stdout
    assert "FAIL" in (tmp_path / "rep" / "report.html").read_text()
    p = _package(clean, tmp_path / "tail")
    pk_append_forged(p)
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "appliance.cli.auditor",
            "verify",
            str(p["dir"]),
            "--key",
            str(clean["key"]),
            "--out",
            str(tmp_path / "rep2"),
            "--checkpoint",
            str(clean["kept"]),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1 and r.stdout.startswith(f"FAIL: first bad record {N};"), r.stdout
    assert f"records {N}..{N} come after the newest signed checkpoint" in r.stdout


def test_the_operator_verify_command_names_the_cause(clean, tmp_path, capsys):
    from appliance.cli import main

    home = _home_copy(clean, tmp_path)
    op_append_forged(home)
    assert main(["--home", str(home), "audit", "verify"]) == 11
    out = capsys.readouterr()
    assert out.out.startswith(f"FAIL: first bad record {N};") and "come after the newest signed checkpoint" in out.out
    assert f"The audit log failed verification: first bad record {N} (unsigned)." in out.err
    assert "contact your auditor" in out.err


def test_a_forged_tail_is_never_signed_by_the_next_command(clean, tmp_path, capsys):
    """A forger appends a record and fixes the state; the appliance's next write must refuse
    rather than sign over it (which would make the forgery look like the appliance's own)."""
    from appliance.audit.actions import action
    from appliance.audit.log import AuditTampered
    from appliance.cli import main

    home = _home_copy(clean, tmp_path)
    op_append_forged(home)
    with Catalog.open(Home.open(home)) as cat:
        with pytest.raises(AuditTampered, match="altered outside the appliance"):
            with action(cat, "test.after-forgery"):
                pass
        assert AuditLog(cat).require()["size"] == N + 1  # nothing was appended
    capsys.readouterr()
    assert main(["--home", str(home), "models", "list"]) == 0  # read-only commands still work
    assert main(["--home", str(home), "audit", "verify"]) == 11
    assert f"first bad record {N}" in capsys.readouterr().out
