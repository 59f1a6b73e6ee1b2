"""Evidence packages: everything an auditor needs to verify and read the log elsewhere.

    PACKAGE/
      manifest.json      format, log id, workspace id, export time, size and root, SHA-256 of each file
      records.jsonl      {"seq", "prev" (hex), "blob" (base64), "leaf" (hex, as recorded at append)} per record
      checkpoints.jsonl  {"size", "root" (hex), "time", "signature" (base64)}
      proofs.jsonl       {"from", "to", "proof": [hex, ...]}: consistency proofs between successive checkpoints
      keys.json          log id, signing and audit public keys, and per auditor the audit key wrapped to them
      cards/EXPORT/      each export's model card, ML-BOM and their signatures (listed under "cards")

Written to a staging directory and renamed into place. Reading checks the manifest's hashes.
Format v2 (docs/formats/audit-log.md): checkpoints carry ``prev``, the hash of the one before.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from pathlib import Path

from appliance.audit import merkle, records
from appliance.audit.package_cards import check_cards, read_cards, write_cards
from appliance.errors import PackageError  # noqa: F401 - raised here, imported from here by callers
from appliance.messages import M, Message

FORMAT = "appliance-audit-package/v2"
FORMATS = ("appliance-audit-package/v1", FORMAT)  # v1: checkpoints without "prev" (read, never written)


def _write_jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, sort_keys=True) + "\n")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def cp_to_json(cp: dict) -> dict:
    out = {"size": cp["size"], "root": cp["root"].hex(), "time": cp["time"], "signature": records.b64(cp["signature"])}
    if cp.get("prev") is not None:
        out["prev"] = cp["prev"].hex()
    return out


class _Bad(ValueError):
    """A field of a package file that is missing or of the wrong type (``msg`` names it)."""

    def __init__(self, msg: Message):
        super().__init__(msg.render("en"))
        self.msg = msg


def _field(d, name: str, *, optional: bool = False):
    if not isinstance(d, dict):
        raise _Bad(M("package.field.not_object", "not a JSON object"))
    if name not in d or d[name] is None:
        if optional:
            return None
        raise _Bad(M("package.field.missing", "{name!r} is missing", name=name))
    return d[name]


def _int(d, name: str, low: int = 0) -> int:
    v = _field(d, name)
    if not isinstance(v, int) or isinstance(v, bool) or not low <= v < 1 << 63:
        raise _Bad(
            M(
                "package.field.not_count",
                "{name!r} is not a whole number from {low} (got {value:.40})",
                name=name,
                low=low,
                value=repr(v),
            )
        )
    return v


def _text(d, name: str, *, optional: bool = False) -> str | None:
    v = _field(d, name, optional=optional)
    if v is not None and not isinstance(v, str):
        raise _Bad(M("package.field.not_text", "{name!r} is not text", name=name))
    return v


def _hash(d, name: str, *, optional: bool = False) -> bytes | None:
    v = _text(d, name, optional=optional)
    if v is None:
        return None
    try:
        raw = bytes.fromhex(v)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise _Bad(M("package.field.not_hash", "{name!r} is not a 32-byte hash in hex", name=name))
    return raw


def _bytes(d, name: str, size: int | None = None) -> bytes:
    v = _text(d, name)
    try:
        raw = base64.b64decode(v.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise _Bad(M("package.field.not_base64", "{name!r} is not base64", name=name)) from None
    if size is not None and len(raw) != size:
        raise _Bad(M("package.field.size", "{name!r} is not {size} bytes", name=name, size=size))
    return raw


def cp_from_json(d: dict) -> dict:
    """A checkpoint from its JSON form; raises ``ValueError`` naming the field that is wrong."""
    return {
        "size": _int(d, "size", 1),
        "root": _hash(d, "root"),
        "time": _text(d, "time"),
        "signature": _bytes(d, "signature"),
        "prev": _hash(d, "prev", optional=True) if d.get("prev") else None,
    }


def _row_from_json(r) -> tuple:
    sig = None
    if isinstance(r, dict) and r.get("sig"):
        sig = {"time": _text(r, "sig_time"), "signature": _bytes(r, "sig"), "prev": _hash(r, "sig_prev")}
    return (_int(r, "seq"), _hash(r, "prev"), _bytes(r, "blob"), _hash(r, "leaf"), sig)


def _proof_from_json(p) -> dict:
    proof = _field(p, "proof")
    if not isinstance(proof, list) or not all(isinstance(x, str) for x in proof):
        raise _Bad(M("package.field.proof", "'proof' is not a list of hashes"))
    return {"from": _int(p, "from"), "to": _int(p, "to"), "proof": proof}


def _keys_from_json(k) -> dict:
    _text(k, "log_id")
    _bytes(k, "signing_public", 32)
    _bytes(k, "audit_public", 32)
    auditors = _field(k, "auditors")
    if not isinstance(auditors, list):
        raise _Bad(M("package.field.auditors", "'auditors' is not a list"))
    for a in auditors:
        for name in ("auditor_id", "name", "added_at"):
            _text(a, name)
        _bytes(a, "public_key", 32)
        _bytes(a, "wrapped_audit_key")
    return k


def kept_checkpoint_json(log_id: str, signing_public: bytes, cp: dict) -> dict:
    """What ``--save-checkpoint`` writes: the checkpoint, its log and the key that signed it."""
    return {"log_id": log_id, "signing_public": records.b64(signing_public), **cp_to_json(cp)}


def _check_exportable(state: dict, rows: list, checkpoints: list[dict]) -> None:
    """A package carries the log's keys, every record and every checkpoint as stored; one whose
    fields are of the wrong type (a damaged catalog) cannot be written down: refuse, naming it,
    before writing anything."""
    from appliance.audit.integrity import state_problem
    from appliance.audit.verify import checkpoint_problem, row_problem

    hint = M(
        "package.damaged_log.hint", "Run `appliance audit verify`, keep this machine as it is and tell your auditor."
    )
    if state_problem(state) is not None:
        raise PackageError(
            M(
                "package.state_damaged",
                "The audit log's state row is damaged in the catalog ({problem}): no package can carry it.",
                problem=state_problem(state),
            ),
            hint=hint,
        )
    for i, row in enumerate(rows):
        problem = row_problem(row)
        if problem is not None:
            raise PackageError(
                M(
                    "package.record_damaged",
                    "Record {seq} of the audit log is damaged in the catalog ({problem}): no package can carry it.",
                    seq=i,
                    problem=problem,
                ),
                hint=hint,
            )
    for cp in checkpoints:
        problem = checkpoint_problem(cp)
        if problem is not None:
            raise PackageError(
                M(
                    "package.checkpoint_damaged",
                    "A checkpoint of the audit log is damaged in the catalog ({problem}): no package can carry it.",
                    problem=problem,
                ),
                hint=hint,
            )


def write_package(
    dest: Path,
    *,
    state: dict,
    workspace_id: str,
    rows,
    checkpoints: list[dict],
    auditors: list[dict],
    exported_by: dict,
    exported_at: str,
    cards: dict | None = None,
) -> dict:
    """``cards``: per export id ``{"status", "model_id", "files": {name: bytes}, "missing", "altered"}``
    (``evidence.export_cards``), written under ``cards/<export id>/`` and listed in the manifest."""
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise PackageError(
            M("package.dest_not_empty", "{path} exists and is not empty.", path=str(dest)),
            hint=M("package.dest_not_empty.hint", "Choose a new, empty folder."),
        )
    rows = list(rows)
    _check_exportable(state, rows, checkpoints)
    staging = dest.with_name(f".{dest.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True, mode=0o700)
    try:
        leaves = []
        with open(staging / "records.jsonl", "w", encoding="utf-8") as f:
            for seq, prev, blob, stored_leaf, *rest in rows:
                leaves.append(merkle.leaf_hash(records.leaf_data(seq, prev, blob)))
                line = {"seq": seq, "prev": prev.hex(), "blob": records.b64(blob), "leaf": stored_leaf.hex()}
                sig = rest[0] if rest else None
                if sig is not None:
                    line.update(sig_time=sig["time"], sig=records.b64(sig["signature"]), sig_prev=sig["prev"].hex())
                f.write(json.dumps(line) + "\n")
        _write_jsonl(staging / "checkpoints.jsonl", [cp_to_json(c) for c in checkpoints])
        proofs = []
        sizes = [c["size"] for c in checkpoints if c["size"] <= len(leaves)]
        for a, b in zip(sizes, sizes[1:], strict=False):
            proofs.append({"from": a, "to": b, "proof": [p.hex() for p in merkle.consistency_proof(a, leaves[:b])]})
        _write_jsonl(staging / "proofs.jsonl", proofs)
        keys = {
            "log_id": state["log_id"],
            "signing_public": records.b64(state["signing_public"]),
            "audit_public": records.b64(state["audit_public"]),
            "auditors": [
                {
                    "auditor_id": a["auditor_id"],
                    "name": a["name"],
                    "public_key": records.b64(a["public_key"]),
                    "wrapped_audit_key": records.b64(a["wrapped_audit_key"]),
                    "added_at": a["added_at"],
                }
                for a in auditors
            ],
        }
        (staging / "keys.json").write_text(json.dumps(keys, indent=2, sort_keys=True))
        manifest = {
            "format": FORMAT,
            "log_id": state["log_id"],
            "workspace_id": workspace_id,
            "exported_at": exported_at,
            "exported_by": exported_by,
            "size": len(leaves),
            "root": merkle.root_iterative(leaves).hex(),
            "files": {
                n: _sha256(staging / n) for n in ("records.jsonl", "checkpoints.jsonl", "proofs.jsonl", "keys.json")
            },
        }
        if cards:
            manifest["cards"] = write_cards(staging, cards)
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
        for p in staging.rglob("*"):
            if p.is_file():
                with open(p, "rb") as f:
                    os.fsync(f.fileno())
        if dest.exists():
            dest.rmdir()
        os.rename(staging, dest)
        return manifest
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


PACKAGE_FILES = ("records.jsonl", "checkpoints.jsonl", "proofs.jsonl", "keys.json")


def _why(exc: BaseException) -> Message | str:
    """Why a file could not be read, in words (never a class name such as ``_Bad``)."""
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return M("package.why.not_utf8", "not UTF-8 text (byte {byte})", byte=exc.start)
    if isinstance(exc, json.JSONDecodeError):
        return M(
            "package.why.not_json",
            "not JSON: {error} at line {line}, column {column}",
            error=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        )
    if isinstance(exc, RecursionError):
        return M("package.why.too_deep", "nested too deeply to read")
    if isinstance(exc, (_Bad, records.KeyFormatError)):
        return exc.msg
    return str(exc)[:200]


def _json_file(path: Path):
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError) as exc:
        raise PackageError(
            M("package.not_json", "{path} is not readable JSON ({why})", path=str(path), why=_why(exc))
        ) from exc


def _jsonl(path: Path, parse) -> list:
    """Every line of ``path`` through ``parse``; a bad line is named by number."""
    out = []
    try:
        with open(path, "rb") as f:
            for n, line in enumerate(f, 1):
                try:
                    out.append(parse(json.loads(line)))
                except (ValueError, RecursionError) as exc:
                    if isinstance(exc, _Bad):
                        message = M("package.bad_line", "{path}, line {n}: {why}", path=str(path), n=n, why=exc.msg)
                    else:
                        message = M(
                            "package.bad_line_json",
                            "{path}, line {n}: not readable JSON ({error})",
                            path=str(path),
                            n=n,
                            error=str(exc)[:300],
                        )
                    raise PackageError(
                        message,
                        hint=M(
                            "package.damaged.hint",
                            "The package is damaged or was altered: ask the operator for a new export.",
                        ),
                    ) from exc
    except OSError as exc:
        raise PackageError(
            M("package.cannot_read", "Cannot read {path}: {reason}.", path=str(path), reason=str(exc.strerror or exc))
        ) from exc
    return out


def _manifest(path: Path) -> dict:
    manifest = _json_file(path / "manifest.json")
    if not isinstance(manifest, dict):
        raise PackageError(
            M(
                "package.not_package",
                "{path} is not an audit package (manifest.json is not a JSON object)",
                path=str(path),
            )
        )
    if manifest.get("format") not in FORMATS:
        raise PackageError(
            M(
                "package.unknown_format",
                "{path}: unknown package format {format!r}",
                path=str(path),
                format=str(manifest.get("format"))[:80],
            )
        )
    files = manifest.get("files")
    try:
        _text(manifest, "log_id")
        _int(manifest, "size")
        _text(manifest, "root")
        if not isinstance(files, dict) or sorted(files) != sorted(PACKAGE_FILES):
            raise _Bad(
                M("package.field.files", "'files' does not list exactly {names}", names=", ".join(PACKAGE_FILES))
            )
        if not all(isinstance(v, str) for v in files.values()):
            raise _Bad(M("package.field.files_hash", "'files' holds a hash that is not text"))
        if not isinstance(manifest.get("exported_by", {}), dict):
            raise _Bad(M("package.field.exported_by", "'exported_by' is not an object"))
    except _Bad as exc:
        raise PackageError(
            M("package.bad_manifest", "{path}/manifest.json: {why}", path=str(path), why=exc.msg)
        ) from exc
    return manifest


def read_package(path: Path) -> dict:
    """Load a package, checking its manifest and the type of every field. Returns rows,
    checkpoints, proofs, keys, manifest. Raises ``PackageError`` naming the file (and line)."""
    path = Path(path)
    manifest = _manifest(path)
    for name, digest in manifest["files"].items():
        if not (path / name).is_file():
            raise PackageError(M("package.file_missing", "{path}: {name} is missing", path=str(path), name=name))
        if _sha256(path / name) != digest:
            raise PackageError(
                M(
                    "package.file_modified",
                    "{path}: {name} does not match the manifest (modified after export)",
                    path=str(path),
                    name=name,
                )
            )
    rows = _jsonl(path / "records.jsonl", _row_from_json)
    checkpoints = _jsonl(path / "checkpoints.jsonl", cp_from_json)
    proofs = _jsonl(path / "proofs.jsonl", _proof_from_json)
    try:
        keys = _keys_from_json(_json_file(path / "keys.json"))
    except _Bad as exc:
        raise PackageError(M("package.bad_keys", "{path}/keys.json: {why}", path=str(path), why=exc.msg)) from exc
    cards = read_cards(path, manifest)
    return {
        "manifest": manifest,
        "rows": rows,
        "checkpoints": checkpoints,
        "proofs": proofs,
        "keys": keys,
        "cards": cards,
    }


def check_proofs(pkg: dict) -> list[Message]:
    """Verify the package's consistency proofs against its checkpoints (no record needed)."""
    problems = []
    by_size = {c["size"]: c for c in pkg["checkpoints"]}
    for p in pkg["proofs"]:
        a, b = by_size.get(p["from"]), by_size.get(p["to"])
        try:
            proof = [bytes.fromhex(x) for x in p["proof"]]
        except ValueError:
            proof = None
        if (
            a is None
            or b is None
            or proof is None
            or not merkle.verify_consistency(a["size"], b["size"], a["root"], b["root"], proof)
        ):
            problems.append(
                M("package.proof_fails", "consistency proof {a} → {b} does not verify", a=p["from"], b=p["to"])
            )
    return problems


def read_kept_checkpoint(path: Path) -> dict:
    """A checkpoint saved by an earlier verification (``--save-checkpoint``), with its log id.
    Raises ``PackageError`` naming the file if it cannot be read."""
    try:
        d = json.loads(Path(path).read_bytes())
        signing = _bytes(d, "signing_public", 32) if isinstance(d, dict) and d.get("signing_public") else None
        return {**cp_from_json(d), "log_id": _text(d, "log_id", optional=True), "signing_public": signing}
    except (OSError, ValueError, RecursionError) as exc:
        raise PackageError(
            M(
                "package.not_kept_checkpoint",
                "{path} is not a kept checkpoint ({why}). Give the file that an "
                "earlier verification saved with --save-checkpoint.",
                path=str(path),
                why=_why(exc),
            )
        ) from exc


def verify_package(
    package: Path,
    key_path: Path,
    *,
    key_password: bytes | None = None,
    kept_path: Path | None = None,
    old_package: Path | None = None,
):
    """Everything the auditor's check does, for the CLI and the GUI alike: read the package, the
    auditor's key and (optionally) a kept checkpoint or an earlier package, and verify.

    Returns ``(result, extra_findings, pkg)``. Raises ``PackageError`` with a readable message
    naming the file if the package, the key or the checkpoint cannot be used.
    """
    from cryptography.exceptions import UnsupportedAlgorithm

    from appliance.audit.verify import verify

    pkg = read_package(Path(package))
    keys = pkg["keys"]
    log_id = keys["log_id"]
    try:
        me = records.load_private(Path(key_path).read_bytes(), key_password)
    except (OSError, ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise PackageError(
            M(
                "package.auditor_key_unreadable",
                "Cannot read the auditor key {path}: {reason}. If it is protected, give its passphrase.",
                path=str(key_path),
                reason=records.reason(exc),
            )
        ) from exc
    my_id = "aud-" + records.fingerprint(records.raw_public(me.public_key()))
    entry = next((a for a in keys["auditors"] if a["auditor_id"] == my_id), None)
    if entry is None:
        raise PackageError(
            M(
                "package.not_shared",
                "This package was not shared with your key ({auditor_id}). Ask the operator to run "
                "`appliance audit add-auditor` with your auditor.pub, then export again.",
                auditor_id=my_id,
            )
        )
    try:
        audit_priv = records.unwrap_as_auditor(me, records.unb64(entry["wrapped_audit_key"]), log_id, my_id)
    except Exception as exc:  # noqa: BLE001 - any failure means the wrap is unusable
        raise PackageError(
            M("package.wrap_fails", "Your wrapped audit key in keys.json does not open: {reason}", reason=str(exc))
        ) from exc
    if records.raw_public(audit_priv.public_key()) != records.unb64(keys["audit_public"]):
        raise PackageError(
            M("package.keys_inconsistent", "keys.json is inconsistent: the unwrapped audit key is not the log's.")
        )
    kept = read_kept_checkpoint(kept_path) if kept_path else None
    if kept is not None and kept.get("log_id") not in (None, log_id):
        # The log ids are shown escaped and cut: either file may hold control characters or lone surrogates.
        raise PackageError(
            M(
                "package.kept_other_log",
                "{path} belongs to log {kept:.80}, not {log_id:.80}.",
                path=str(kept_path),
                kept=repr(kept.get("log_id")),
                log_id=repr(log_id),
            )
        )
    kept_leaves = None
    if old_package is not None:
        old = read_package(Path(old_package))
        kept_leaves = [merkle.leaf_hash(records.leaf_data(r[0], r[1], r[2])) for r in old["rows"]]
        if old["checkpoints"] and kept is None:
            kept = max(old["checkpoints"], key=lambda c: c["size"])
    result = verify(
        log_id,
        pkg["rows"],
        pkg["checkpoints"],
        records.unb64(keys["signing_public"]),
        audit_private=audit_priv,
        kept=kept,
        kept_leaves=kept_leaves,
    )
    extra = check_proofs(pkg) + check_cards(pkg)
    if result.ok and (result.size != pkg["manifest"]["size"] or result.root.hex() != pkg["manifest"]["root"]):
        extra.append(M("package.manifest_mismatch", "the manifest's size or root does not match the records"))
    return result, extra, pkg
