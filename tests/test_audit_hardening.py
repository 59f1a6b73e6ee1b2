"""The audit log's operator side, hardened (issue 25, items 7-11), and damaged evidence.

One real workspace log (the tamper suite's ``clean`` fixture: N records, one command each, an
auditor, the clean package and the checkpoint kept from it) is copied for every case. The cases
damage the catalog or the package as a person with a text editor or a SQLite shell would, and
drive the real commands (`appliance ...` in this process, `appliance-audit verify` through its
click command) to check what the operator and the auditor read, and that nothing crashes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
import test_audit_tamper as tamper
from click.testing import CliRunner
from test_audit_tamper import K, N, _home_copy, _sql, op_rewrite_unsigned

from appliance.audit import merkle, records
from appliance.audit.actions import action
from appliance.audit.log import AuditLog, AuditTampered
from appliance.audit.package import _sha256, verify_package
from appliance.catalog import Catalog
from appliance.cli import auditor as audit_cli
from appliance.cli import main
from appliance.home import Home


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The tamper suite's clean log: N records, an auditor, the clean package, the kept checkpoint
    and an older copy of the home (at K records)."""
    return tamper.clean.__wrapped__(tmp_path_factory)


def _appliance(capsys, home: Path, *args) -> tuple[int, str, str]:
    """``appliance --home HOME ARGS`` in this process: exit code, stdout and stderr (lines unwrapped)."""
    code = main(["--home", str(home), *args])
    captured = capsys.readouterr()
    return code, " ".join(captured.out.split()), " ".join(captured.err.split())


def _auditor_verify(clean, package: Path, out: Path, *args) -> tuple[int, str, BaseException | None]:
    """`appliance-audit verify` (its click command: the tool's group only adds the process guards)."""
    r = CliRunner().invoke(
        audit_cli.verify, [str(package), "--key", str(clean["key"]), "--out", str(out), *args], catch_exceptions=True
    )
    exc = r.exception if not isinstance(r.exception, SystemExit) else None
    return r.exit_code, r.output, exc


def _record_count(home: Path) -> int:
    conn = sqlite3.connect(home / "catalog.db")
    try:
        return conn.execute("SELECT COUNT(*) FROM audit_records").fetchone()[0]
    finally:
        conn.close()


# --- item 7: the signed head is checked like every checkpoint ------------------------------------

HEAD_DAMAGE = {
    "signature zeroed": (
        "UPDATE audit_state SET head_signature = zeroblob(64)",
        "does not carry the appliance's signature",
    ),
    "root zeroed": ("UPDATE audit_state SET head_root = zeroblob(32)", "does not carry the appliance's signature"),
    "prev zeroed": ("UPDATE audit_state SET head_prev = zeroblob(32)", "does not carry the appliance's signature"),
    "size lowered": (f"UPDATE audit_state SET head_size = {N - 1}", "does not carry the appliance's signature"),
    "root as text": ("UPDATE audit_state SET head_root = 'abc'", "is malformed (its root is not a 32-byte hash)"),
}


def test_a_clean_log_passes_verify_and_takes_records(clean, tmp_path, capsys):
    home = _home_copy(clean, tmp_path)
    assert _appliance(capsys, home, "audit", "verify")[0] == 0
    with Catalog.open(Home.open(home)) as cat:
        assert AuditLog(cat).refusal() is None


@pytest.mark.parametrize("damage", list(HEAD_DAMAGE))
def test_verify_fails_when_the_signed_head_is_damaged_as_appends_refuse(clean, tmp_path, capsys, damage):
    """The head in audit_state counts as the newest checkpoint: verify checks it like every one, so
    verify and the appending commands agree (a log verify passes is one the appliance appends to)."""
    statement, says = HEAD_DAMAGE[damage]
    home = _home_copy(clean, tmp_path)
    _sql(home, (statement, []))
    code, out, err = _appliance(capsys, home, "audit", "verify")
    assert code == 11, (damage, out, err)
    assert "signed head in the log's state" in out and says in out, out
    assert "The audit log failed verification: the signed head in the log's state, not a record (head)." in err, err
    with Catalog.open(Home.open(home)) as cat:
        assert AuditLog(cat).refusal() is not None


# --- item 8: a refused log changes nothing ----------------------------------------------------


def _damage_head(home: Path) -> None:
    _sql(home, ("UPDATE audit_state SET head_signature = zeroblob(64)", []))


def test_token_rotate_on_a_refused_log_keeps_the_token(clean, tmp_path, capsys):
    home = _home_copy(clean, tmp_path)
    assert _appliance(capsys, home, "token")[0] == 0
    token_file = home / "secrets" / "server-token"
    before = token_file.read_bytes()
    _damage_head(home)
    n = _record_count(home)
    code, out, err = _appliance(capsys, home, "token", "--rotate")
    assert code == 11, (out, err)
    assert token_file.read_bytes() == before and before.decode().strip() not in out
    assert "altered outside the appliance" in err and "Nothing was written" in err
    assert _record_count(home) == n


def test_an_audited_action_on_a_refused_log_never_runs_its_body(clean, tmp_path):
    home = _home_copy(clean, tmp_path)
    _damage_head(home)
    ran = []
    with Catalog.open(Home.open(home)) as cat:
        with pytest.raises(AuditTampered):
            with action(cat, "test.body"):
                ran.append(True)
    assert not ran


def test_export_of_a_refused_log_says_exactly_what_was_written(clean, tmp_path, capsys):
    home = _home_copy(clean, tmp_path)
    _damage_head(home)
    dest = tmp_path / "pkg"
    code, out, err = _appliance(capsys, home, "audit", "export", "--to", str(dest))
    assert code == 11, (out, err)
    assert "Nothing was written" not in err
    assert f"the evidence package was written to {dest} all the same ({N} records" in err
    assert "this export is not recorded in the log" in err
    result, extra, _ = verify_package(dest, clean["key"])  # the package is the auditor's evidence
    assert result.ok and not extra and result.size == N
    assert _record_count(home) == N


# --- item 9: the refusal says what no longer matches, and which record ---------------------------


def test_the_refusal_says_the_signed_head_no_longer_matches_and_names_the_record(clean, tmp_path):
    home = _home_copy(clean, tmp_path)
    op_rewrite_unsigned(home)  # record K forged and the chain after it rebuilt, the state fixed
    with Catalog.open(Home.open(home)) as cat:
        with pytest.raises(AuditTampered) as info:
            with action(cat, "test.after-rewrite"):
                pass
    message = info.value.message
    assert f"its signed head no longer matches its records (first bad record {K})" in message, message
    assert "signed" not in message.split("(")[0].replace("signed head", ""), message
    assert f"holds {N} records but the appliance signed" not in message


def test_the_refusal_for_a_damaged_head_says_the_records_are_not_in_question(clean, tmp_path):
    home = _home_copy(clean, tmp_path)
    _damage_head(home)
    with Catalog.open(Home.open(home)) as cat:
        message = AuditLog(cat).refusal().message
    assert message.startswith(
        f"The audit log was altered outside the appliance: its signed head (over {N} records) does not carry "
        "the appliance's signature; the records themselves still match their signed checkpoints."
    ), message


# --- item 10: a bound where the evidence gives only a bound ---------------------------------------


def test_a_history_rewritten_from_an_older_copy_is_a_bound_against_the_kept_checkpoint(clean, tmp_path):
    """The reviewer's case: the log is restored to an older copy (K records) and the appliance writes
    new records after it, fewer than the auditor verified before. Records from K on changed; the
    kept checkpoint's root cannot say which of the first records did: no exact number past K."""
    home = tmp_path / "home"
    shutil.copytree(clean["older"], home)
    with Catalog.open(Home.open(home)) as cat:
        log = AuditLog(cat)
        while log.require()["size"] < N - 2:
            with action(cat, "test.rewritten", params={"n": log.require()["size"]}):
                pass
        log.export_package(tmp_path / "pkg", workspace_id="ws-test")
    result, _, _ = verify_package(tmp_path / "pkg", clean["key"], kept_path=clean["kept"])
    assert not result.ok
    assert (result.first_bad_seq, result.first_bad_at_most, result.first_bad_exact) == (0, N - 2, False)
    code, out, exc = _auditor_verify(clean, tmp_path / "pkg", tmp_path / "rep", "--checkpoint", str(clean["kept"]))
    assert code == 1 and exc is None, out
    assert out.startswith(f"FAIL: first bad record at or after 0 and at or before {N - 2} (the evidence bounds it"), out
    assert f"records {N - 2}..{N - 1} are missing" in out and f"records 0..{N - 3} cannot be compared" in out
    assert f"first bad record {N - 2};" not in out
    # The earlier package names it exactly.
    result, _, _ = verify_package(tmp_path / "pkg", clean["key"], old_package=clean["pkg"])
    assert (result.first_bad_seq, result.first_bad_exact) == (K, True), result.summary()


def test_an_exact_finding_past_a_range_does_not_hide_the_range():
    from appliance.audit.verify import Finding, VerifyResult

    res = VerifyResult(
        findings=[Finding(0, "rewritten", "r", exact=False, end=41), Finding(42, "unsigned", "u")], size=44
    )
    assert (res.first_bad_seq, res.first_bad_at_most, res.first_bad_exact) == (0, 41, False)
    assert res.where().startswith("first bad record at or after 0 and at or before 41")
    res = VerifyResult(findings=[Finding(5, "checkpoint", "c", exact=False, end=9), Finding(7, "modified", "m")])
    assert (res.first_bad_seq, res.first_bad_at_most) == (5, 7)
    res = VerifyResult(findings=[Finding(7, "modified", "m"), Finding(7, "chain", "c", exact=False, end=9)])
    assert res.where() == "first bad record 7"


# --- item 11: decrypted records only in a private folder ----------------------------------------


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} | {
        ".": stat.S_IMODE(folder.stat().st_mode)
    }


def test_the_report_is_written_0600_in_a_0700_folder(clean, tmp_path, umask_022):
    out = tmp_path / "deep" / "rep"
    code, text, exc = _auditor_verify(clean, clean["pkg"], out)
    assert code == 0 and exc is None, text
    assert _modes(out) == {".": 0o700, "records.csv": 0o600, "records.jsonl": 0o600, "report.html": 0o600}


def test_an_earlier_report_folder_open_to_others_is_made_private(clean, tmp_path, umask_022):
    out = tmp_path / "rep"
    out.mkdir(mode=0o755)
    os.chmod(out, 0o755)
    (out / "records.csv").write_text("old")
    os.chmod(out / "records.csv", 0o644)
    code, text, exc = _auditor_verify(clean, clean["pkg"], out)
    assert code == 0 and exc is None, text
    assert f"Made {out} private" in text
    assert _modes(out) == {".": 0o700, "records.csv": 0o600, "records.jsonl": 0o600, "report.html": 0o600}


def test_a_shared_folder_is_refused_and_nothing_is_written(clean, tmp_path, umask_022):
    out = tmp_path / "shared"
    out.mkdir()
    os.chmod(out, 0o755)
    (out / "notes.txt").write_text("mine")
    code, text, exc = _auditor_verify(clean, clean["pkg"], out)
    assert code == 1 and exc is None, text
    assert "can be read by other users (mode 755)" in text and "chmod 700" in text
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"] and _modes(out)["."] == 0o755


# --- damaged evidence: every one a named refusal or a FAIL, never a traceback ---------------------


def _forge_record(pkg: Path, position: int, plaintext: bytes) -> None:
    """Replace record ``position`` by one sealed (from public data) around ``plaintext``, chained."""
    keys = json.loads((pkg / "keys.json").read_text())
    lines = [json.loads(x) for x in (pkg / "records.jsonl").read_text().splitlines()]
    prev = bytes.fromhex(lines[position]["prev"])
    aad = records.record_aad(keys["log_id"], position, prev)
    blob = records.seal_to(records.unb64(keys["audit_public"]), plaintext, aad, records.RECORD_INFO)
    leaf = merkle.leaf_hash(records.leaf_data(position, prev, blob))
    lines[position] = {"seq": position, "prev": prev.hex(), "blob": records.b64(blob), "leaf": leaf.hex()}
    (pkg / "records.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines[: position + 1]))


def _set_line(name: str, index: int, value):
    def edit(pkg: Path) -> None:
        lines = (pkg / name).read_bytes().splitlines()
        lines[index] = value if isinstance(value, bytes) else json.dumps(value).encode()
        (pkg / name).write_bytes(b"\n".join(lines) + b"\n")

    return edit


def _edit_record(field: str, value):
    def edit(pkg: Path) -> None:
        lines = [json.loads(x) for x in (pkg / "records.jsonl").read_text().splitlines()]
        lines[K][field] = value
        (pkg / "records.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))

    return edit


def _edit_json(name: str, **fields):
    def edit(pkg: Path) -> None:
        d = json.loads((pkg / name).read_text())
        d.update(fields)
        (pkg / name).write_text(json.dumps(d))

    return edit


def _edit_first_proof(pkg: Path) -> None:
    lines = (pkg / "proofs.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    lines[0] = json.dumps({**first, "proof": ["zz"] * max(len(first["proof"]), 1)})
    (pkg / "proofs.jsonl").write_text("\n".join(lines) + "\n")


def _write(name: str, data: bytes):
    def edit(pkg: Path) -> None:
        (pkg / name).write_bytes(data)

    return edit


DEEP = b"[" * 100_000 + b"]" * 100_000

# name: (damage, what the output must say)
PACKAGE_DAMAGE = {
    "manifest is a list": (_write("manifest.json", b"[]"), "manifest.json is not a JSON object"),
    "manifest not UTF-8": (_write("manifest.json", b"\xff\xfe\xfa{"), "manifest.json is not readable JSON"),
    "manifest nested deep": (_write("manifest.json", DEEP), "manifest.json is not readable JSON"),
    "manifest lists a path outside": (_edit_json("manifest.json", files={"../../x": "0"}), "'files' does not list"),
    "record line is a list": (_set_line("records.jsonl", K, []), f"records.jsonl, line {K + 1}: not a JSON object"),
    "record seq huge": (_edit_record("seq", 2**70), f"line {K + 1}: 'seq' is not a whole number"),
    "record seq text": (_edit_record("seq", "5"), "'seq' is not a whole number"),
    "record blob a number": (_edit_record("blob", 5), "'blob' is not text"),
    "record prev short": (_edit_record("prev", "00"), "'prev' is not a 32-byte hash"),
    "record line not UTF-8": (_set_line("records.jsonl", K, b"\xff\xff"), f"line {K + 1}: not readable JSON"),
    "record line nested deep": (_set_line("records.jsonl", K, DEEP), f"line {K + 1}: not readable JSON"),
    "checkpoint size infinite": (_set_line("checkpoints.jsonl", 0, b'{"size": 1e400}'), "'size' is not a whole number"),
    "checkpoint size negative": (_set_line("checkpoints.jsonl", 0, {"size": -1}), "'size' is not a whole number"),
    "checkpoint null": (_set_line("checkpoints.jsonl", 0, None), "checkpoints.jsonl, line 1: not a JSON object"),
    "proof not hex": (_edit_first_proof, "does not verify"),
    "proof a number": (_set_line("proofs.jsonl", 0, 7), "proofs.jsonl, line 1: not a JSON object"),
    "auditors a string": (_edit_json("keys.json", auditors="x"), "keys.json: 'auditors' is not a list"),
    "log id a number": (_edit_json("keys.json", log_id=5), "keys.json: 'log_id' is not text"),
    "audit key not base64": (_edit_json("keys.json", audit_public="***"), "'audit_public' is not base64"),
    "a record that decrypts to a list": (
        lambda p: _forge_record(p, N - 1, b"[1, 2]"),
        f"record {N - 1}: it decrypts to something that is not a record",
    ),
    "a record that decrypts to deep nesting": (
        lambda p: _forge_record(p, N - 1, DEEP),
        f"record {N - 1}: it decrypts to something that is not a record",
    ),
    "a record that is not JSON": (lambda p: _forge_record(p, N - 1, b"\xff\x00"), "not a record"),
    "a record whose actor is text": (
        lambda p: _forge_record(p, N - 1, json.dumps({"seq": N - 1, "actor": "x", "objects": 3}).encode()),
        "its field 'actor' is not an object",
    ),
}


def _package_copy(clean, tmp_path) -> Path:
    dest = tmp_path / "pkg"
    shutil.copytree(clean["pkg"], dest)
    return dest


def _rehash(pkg: Path) -> None:
    """Fix the manifest's hashes, as anyone can."""
    try:
        manifest = json.loads((pkg / "manifest.json").read_bytes())
    except (ValueError, RecursionError):
        return
    if isinstance(manifest, dict) and isinstance(manifest.get("files"), dict):
        manifest["files"] = {n: _sha256(pkg / n) if (pkg / n).is_file() else h for n, h in manifest["files"].items()}
        (pkg / "manifest.json").write_text(json.dumps(manifest))


@pytest.mark.parametrize("case", list(PACKAGE_DAMAGE))
def test_a_damaged_package_is_named_never_a_traceback(clean, tmp_path, case):
    damage, says = PACKAGE_DAMAGE[case]
    pkg = _package_copy(clean, tmp_path)
    damage(pkg)
    _rehash(pkg)
    code, out, exc = _auditor_verify(clean, pkg, tmp_path / "rep")
    assert exc is None, (case, repr(exc))
    assert code == 1 and says in out, (case, out)


KEPT_DAMAGE = {
    "a list": (b"[]", "not a JSON object"),
    "size infinite": (b'{"size": 1e400}', "'size' is not a whole number"),
    "not UTF-8": (b"\xff", "not UTF-8 text (byte 0)"),
    "nested": (DEEP, "kept.json is not a kept checkpoint ("),  # too deep to read, or not a checkpoint
    "not JSON": (b"{", "not JSON: Expecting property name"),
}


@pytest.mark.parametrize("case", list(KEPT_DAMAGE))
def test_a_damaged_kept_checkpoint_is_named(clean, tmp_path, capsys, case):
    data, why = KEPT_DAMAGE[case]
    kept = tmp_path / "kept.json"
    kept.write_bytes(data)
    code, out, exc = _auditor_verify(clean, clean["pkg"], tmp_path / "rep", "--checkpoint", str(kept))
    assert exc is None and code == 1 and f"{kept} is not a kept checkpoint" in out, (case, out)
    assert why in out and not re.search(r"\b_?[A-Z]\w*(Error|Bad)\b", out.removeprefix("Error: ")), (case, out)
    home = _home_copy(clean, tmp_path)
    code, out, err = _appliance(capsys, home, "audit", "verify", "--checkpoint", str(kept))
    assert code == 4 and f"{kept} is not a kept checkpoint" in err, (case, out, err)


def test_prove_on_a_package_without_checkpoints_or_readable_manifest(clean, tmp_path):
    pkg = _package_copy(clean, tmp_path)
    (pkg / "checkpoints.jsonl").write_text("")
    _rehash(pkg)
    r = CliRunner().invoke(audit_cli.prove, [str(pkg), "--seq", "0"])
    assert r.exit_code == 1 and "has no checkpoint" in r.output, r.output
    (pkg / "manifest.json").write_text("[]")
    r = CliRunner().invoke(audit_cli.prove, [str(pkg), "--seq", str(2**70)])
    assert r.exit_code == 1 and "not a JSON object" in r.output, r.output


# --- damaged catalog rows: `appliance audit verify` fails (11), never a traceback -----------------


def _frontier_size(home: Path) -> None:
    conn = sqlite3.connect(home / "catalog.db")
    try:
        frontier = conn.execute("SELECT frontier FROM audit_state").fetchone()[0]
    finally:
        conn.close()
    _sql(home, ("UPDATE audit_state SET frontier = ?", [(N + 1).to_bytes(8, "big") + frontier[8:]]))


_NEWEST_CP = "WHERE size = (SELECT MAX(size) FROM audit_checkpoints)"
# The state row and the newest checkpoint: what the appliance signs over, so appends refuse too.
STATE_DAMAGE = {
    "frontier NULL": "UPDATE audit_state SET frontier = NULL",
    "frontier text": "UPDATE audit_state SET frontier = 'abc'",
    "frontier size field": _frontier_size,
    "signing key NULL": "UPDATE audit_state SET signing_public = NULL",
    "log id NULL": "UPDATE audit_state SET log_id = NULL",
    "size text": "UPDATE audit_state SET size = 'many'",
    "head size text": "UPDATE audit_state SET head_size = 'many'",
    "head size huge": f"UPDATE audit_state SET head_size = {2**62}",
    "newest checkpoint root NULL": f"UPDATE audit_checkpoints SET root = NULL {_NEWEST_CP}",
    "newest checkpoint signature text": f"UPDATE audit_checkpoints SET signature = 'x' {_NEWEST_CP}",
}
# Records: damage that stays visible to verify; appends go on (they sign the state's own tree).
RECORD_DAMAGE = {
    "record blob text": f"UPDATE audit_records SET blob = 'text' WHERE seq = {K}",
    "record seq huge": f"UPDATE audit_records SET seq = {2**62} WHERE seq = {K}",
    "record prev NULL": f"UPDATE audit_records SET prev = NULL WHERE seq = {K}",
    "record leaf NULL": f"UPDATE audit_records SET leaf = NULL WHERE seq = {K}",
    "record signature prev NULL": f"UPDATE audit_records SET sig_prev = NULL WHERE seq = {K}",
    "old checkpoint root NULL": "UPDATE audit_checkpoints SET root = NULL WHERE size = 3",
}


def _damage(home: Path, how) -> None:
    how(home) if callable(how) else _sql(home, (how, []))


@pytest.mark.parametrize("case", list(STATE_DAMAGE) + list(RECORD_DAMAGE))
def test_a_damaged_catalog_row_fails_verify_never_a_traceback(clean, tmp_path, capsys, case):
    home = _home_copy(clean, tmp_path)
    _damage(home, STATE_DAMAGE.get(case) or RECORD_DAMAGE[case])
    code, out, err = _appliance(capsys, home, "audit", "verify")
    assert code == 11 and "FAIL" in out, (case, out, err)
    n = _record_count(home)
    code, out, err = _appliance(capsys, home, "token", "--rotate")
    if case in STATE_DAMAGE:
        assert code == 11 and "altered outside the appliance" in err, (case, out, err)
        assert _record_count(home) == n
    else:
        assert code in (0, 11), (case, out, err)
    code, out, err = _appliance(capsys, home, "audit", "export", "--to", str(tmp_path / "pkg"))
    assert code in (0, 4, 11) and "internal error" not in (out + err).lower(), (case, out, err)
    assert code != 4 or "no package can carry it" in err, (case, err)
