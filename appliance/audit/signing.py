"""Detached signatures by the workspace: a document the appliance hands out (a model card, an
ML-BOM) signed with the audit log's Ed25519 key, so that whoever holds the log's public key (every
evidence package carries it in ``keys.json``) can check that this workspace produced exactly
these bytes.

A signature is a small JSON object kept beside the document (``NAME.sig``)::

    {"format": "appliance.signature/v1", "alg": "ed25519", "key": <public key, hex>,
     "sha256": <the document's SHA-256, hex>, "kind": <what the document is>,
     "signed_at": <UTC time>, "signature": <hex>}

``signature`` is Ed25519 over the canonical JSON of every other field (``canonical``: keys
sorted, no spaces, ASCII). The signed text starts with ``{``, never with the
``appliance-audit-checkpoint`` line the same key signs for the log, so neither can pass for
the other. docs/model-cards.md shows how to check one with Python or openssl.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from appliance.errors import ApplianceError, AuditUnavailable
from appliance.ids import utc_now
from appliance.messages import M

FORMAT = "appliance.signature/v1"
FIELDS = ("format", "alg", "key", "sha256", "kind", "signed_at", "signature")
_HEX = re.compile(r"[0-9a-f]+")


def canonical(fields: dict) -> bytes:
    """The bytes a signature covers: ``fields`` (all but ``signature``) as canonical JSON."""
    body = {k: v for k, v in fields.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _signing_key(catalog) -> tuple[bytes, Ed25519PrivateKey]:
    """The log's public signing key (``audit_state``) and its private half, read from the file the
    log signs its checkpoints with (``audit/log.py``'s ``signing_key_path``: read here, not through
    the log, which imports the package format that checks these signatures)."""
    row = (
        next(iter(catalog.db["audit_state"].rows_where("id = 1")), None) if catalog.db["audit_state"].exists() else None
    )
    if row is None:
        raise AuditUnavailable(
            M("audit.no_log", "This workspace has no audit log yet, so nothing can be changed in it."),
            hint=M("audit.no_log.hint", "Create the workspace first with `appliance init`."),
        )
    public = bytes(row["signing_public"])
    path = Path(catalog.path).parent / "secrets" / "audit-signing.key"
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey) or key.public_key().public_bytes_raw() != public:
        raise ApplianceError(
            M("audit.signing_key_mismatch", "The audit signing key does not match the log."),
            hint=M("audit.signing_key_mismatch.hint", "Restore <home>/secrets/audit-signing.key from a backup."),
        )
    return public, key


def sign_detached(catalog, data: bytes, kind: str) -> dict:
    """A detached signature of ``data`` by this workspace's log-signing key. ``kind`` names what
    is signed (``model-card``, ``model-card-markdown``, ``ml-bom``). Raises ``AuditUnavailable``
    without a workspace and ``ApplianceError`` when the key file is missing or not the log's."""
    public, key = _signing_key(catalog)
    fields = {
        "format": FORMAT,
        "alg": "ed25519",
        "key": public.hex(),
        "sha256": hashlib.sha256(data).hexdigest(),
        "kind": kind,
        "signed_at": utc_now(),
    }
    return {**fields, "signature": key.sign(canonical(fields)).hex()}


def _hex(sig: dict, name: str, size: int) -> bytes | None:
    v = sig.get(name)
    if not isinstance(v, str) or len(v) != 2 * size or not _HEX.fullmatch(v):
        return None
    return bytes.fromhex(v)


def verify_detached(data: bytes, sig: dict, public: bytes) -> str | None:
    """``None`` when ``sig`` is a valid signature of ``data`` by the Ed25519 key ``public`` (32
    raw bytes), else the problem in English (the first one found): not a signature object, an
    unknown format or algorithm, a field missing or of the wrong type, another key, another
    digest (the document changed), or a signature that does not verify (a field was altered)."""
    if not isinstance(sig, dict):
        return "the signature is not a JSON object"
    missing = [f for f in FIELDS if not isinstance(sig.get(f), str)]
    if missing:
        return f"the signature lacks {', '.join(missing)} (or has them of the wrong type)"
    if sig["format"] != FORMAT:
        return f"unknown signature format {sig['format'][:60]!r}"
    if sig["alg"] != "ed25519":
        return f"unknown signature algorithm {sig['alg'][:30]!r}"
    key, digest, signature = _hex(sig, "key", 32), _hex(sig, "sha256", 32), _hex(sig, "signature", 64)
    if key is None or digest is None or signature is None:
        return "the signature's key, sha256 or signature is not hex of the right length"
    if key != bytes(public):
        return f"signed by another key ({sig['key'][:16]}…), not this workspace's ({bytes(public).hex()[:16]}…)"
    if hashlib.sha256(data).digest() != digest:
        return "the document does not match the signed SHA-256: it changed after it was signed"
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(signature, canonical(sig))
    except (InvalidSignature, ValueError):
        return "the signature does not verify: the signature file was altered"
    return None
