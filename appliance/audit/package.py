"""Evidence packages: everything an auditor needs to verify and read the log elsewhere.

    PACKAGE/
      manifest.json      format, log id, workspace id, export time, size and root, SHA-256 of each file
      records.jsonl      {"seq", "prev" (hex), "blob" (base64), "leaf" (hex, as recorded at append)} per record
      checkpoints.jsonl  {"size", "root" (hex), "time", "signature" (base64)}
      proofs.jsonl       {"from", "to", "proof": [hex, ...]}: consistency proofs between successive checkpoints
      keys.json          log id, signing and audit public keys, and per auditor the audit key wrapped to them

Written to a staging directory and renamed into place. Reading checks the manifest's hashes.
Format v2 (docs/formats/audit-log.md): checkpoints carry ``prev``, the hash of the one before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from appliance.audit import merkle, records
from appliance.errors import PackageError  # noqa: F401 - raised here, imported from here by callers

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


def cp_from_json(d: dict) -> dict:
    return {
        "size": int(d["size"]),
        "root": bytes.fromhex(d["root"]),
        "time": d["time"],
        "signature": records.unb64(d["signature"]),
        "prev": bytes.fromhex(d["prev"]) if d.get("prev") else None,
    }


def kept_checkpoint_json(log_id: str, signing_public: bytes, cp: dict) -> dict:
    """What ``--save-checkpoint`` writes: the checkpoint, its log and the key that signed it."""
    return {"log_id": log_id, "signing_public": records.b64(signing_public), **cp_to_json(cp)}


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
) -> dict:
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise PackageError(f"{dest} exists and is not empty.", hint="Choose a new, empty folder.")
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
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
        for p in staging.iterdir():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
        if dest.exists():
            dest.rmdir()
        os.rename(staging, dest)
        return manifest
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def read_package(path: Path) -> dict:
    """Load a package, checking its manifest. Returns rows, checkpoints, proofs, keys, manifest."""
    path = Path(path)
    try:
        manifest = json.loads((path / "manifest.json").read_text())
    except (OSError, ValueError) as exc:
        raise PackageError(f"{path} is not an audit package (manifest.json: {exc})") from exc
    if manifest.get("format") not in FORMATS:
        raise PackageError(f"{path}: unknown package format {manifest.get('format')!r}")
    if not isinstance(manifest.get("files"), dict) or not manifest.get("log_id"):
        raise PackageError(f"{path}/manifest.json lacks its file list or log id")
    for name, digest in manifest["files"].items():
        if not (path / name).is_file():
            raise PackageError(f"{path}: {name} is missing")
        if _sha256(path / name) != digest:
            raise PackageError(f"{path}: {name} does not match the manifest (modified after export)")
    try:
        rows = []
        with open(path / "records.jsonl", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                sig = (
                    {"time": r["sig_time"], "signature": records.unb64(r["sig"]), "prev": bytes.fromhex(r["sig_prev"])}
                    if r.get("sig")
                    else None
                )
                rows.append(
                    (int(r["seq"]), bytes.fromhex(r["prev"]), records.unb64(r["blob"]), bytes.fromhex(r["leaf"]), sig)
                )
        with open(path / "checkpoints.jsonl", encoding="utf-8") as f:
            checkpoints = [cp_from_json(json.loads(line)) for line in f]
        with open(path / "proofs.jsonl", encoding="utf-8") as f:
            proofs = [json.loads(line) for line in f]
        keys = json.loads((path / "keys.json").read_text())
        missing = [k for k in ("log_id", "signing_public", "audit_public", "auditors") if k not in keys]
        if missing:
            raise KeyError(f"keys.json lacks {', '.join(missing)}")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PackageError(f"{path}: a file of the package is malformed ({type(exc).__name__}: {exc})") from exc
    return {"manifest": manifest, "rows": rows, "checkpoints": checkpoints, "proofs": proofs, "keys": keys}


def check_proofs(pkg: dict) -> list[str]:
    """Verify the package's consistency proofs against its checkpoints (no record needed)."""
    problems = []
    by_size = {c["size"]: c for c in pkg["checkpoints"]}
    for p in pkg["proofs"]:
        a, b = by_size.get(p["from"]), by_size.get(p["to"])
        if (
            a is None
            or b is None
            or not merkle.verify_consistency(
                a["size"], b["size"], a["root"], b["root"], [bytes.fromhex(x) for x in p["proof"]]
            )
        ):
            problems.append(f"consistency proof {p['from']} → {p['to']} does not verify")
    return problems


def read_kept_checkpoint(path: Path) -> dict:
    """A checkpoint saved by an earlier verification (``--save-checkpoint``), with its log id.
    Raises ``PackageError`` naming the file if it cannot be read."""
    try:
        d = json.loads(Path(path).read_text())
        signing = records.unb64(d["signing_public"]) if d.get("signing_public") else None
        return {**cp_from_json(d), "log_id": d.get("log_id"), "signing_public": signing}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PackageError(
            f"{path} is not a kept checkpoint ({type(exc).__name__}: {exc}). Give the file that an "
            "earlier verification saved with --save-checkpoint."
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
    from appliance.audit.verify import verify

    pkg = read_package(Path(package))
    keys = pkg["keys"]
    log_id = keys["log_id"]
    try:
        me = records.load_private(Path(key_path).read_bytes(), key_password)
    except (OSError, ValueError, TypeError) as exc:
        raise PackageError(
            f"Cannot read the auditor key {key_path}: {exc}. If it is protected, give its passphrase."
        ) from exc
    my_id = "aud-" + records.fingerprint(records.raw_public(me.public_key()))
    entry = next((a for a in keys["auditors"] if a["auditor_id"] == my_id), None)
    if entry is None:
        raise PackageError(
            f"This package was not shared with your key ({my_id}). Ask the operator to run "
            "`appliance audit add-auditor` with your auditor.pub, then export again."
        )
    try:
        audit_priv = records.unwrap_as_auditor(me, records.unb64(entry["wrapped_audit_key"]), log_id, my_id)
    except Exception as exc:  # noqa: BLE001 - any failure means the wrap is unusable
        raise PackageError(f"Your wrapped audit key in keys.json does not open: {exc}") from exc
    if records.raw_public(audit_priv.public_key()) != records.unb64(keys["audit_public"]):
        raise PackageError("keys.json is inconsistent: the unwrapped audit key is not the log's.")
    kept = read_kept_checkpoint(kept_path) if kept_path else None
    if kept is not None and kept.get("log_id", log_id) != log_id:
        raise PackageError(f"{kept_path} belongs to log {kept.get('log_id')}, not {log_id}.")
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
    extra = check_proofs(pkg)
    if result.ok and (result.size != pkg["manifest"]["size"] or result.root.hex() != pkg["manifest"]["root"]):
        extra.append("the manifest's size or root does not match the records")
    return result, extra, pkg
