"""An auditor's key pair: ``auditor.key`` (X25519, kept by the auditor, optionally protected by a
passphrase) and ``auditor.pub`` (their name and public key, given to the operator, who registers
it with ``appliance audit add-auditor``). Needs no workspace.

``appliance-audit keygen`` and ``appliance auditor keygen`` are thin clients of
``create_auditor_keypair``.
"""

from __future__ import annotations

import os
from pathlib import Path

from appliance.audit import records
from appliance.errors import InvalidInputError


def create_auditor_keypair(out: Path, name: str, *, password: bytes | None = None) -> tuple[Path, Path, str]:
    """Create ``out/auditor.key`` (mode 0600, encrypted with ``password`` when given) and
    ``out/auditor.pub``; ``out`` is created if needed. Returns ``(key_path, pub_path,
    fingerprint)`` where the fingerprint (``aud-…``) is the auditor id the operator will see.

    Raises ``InvalidInputError`` for an empty name, a folder that cannot be made or written, or a
    key already there (a key is never overwritten)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    out = Path(out)
    if not name.strip():
        raise InvalidInputError(
            "The auditor's name must not be empty.", hint="Give your name or office with --name; the operator sees it."
        )
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name) or len(name.strip()) > 200:
        raise InvalidInputError(
            "The auditor's name must be one line of at most 200 characters, without control characters.",
            hint="Give your name or office with --name; the operator sees it.",
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot make the folder {out} for the key pair: {exc.strerror or exc}.",
            hint="Choose a folder you can write to (--out).",
        ) from exc
    key_path, pub_path = out / "auditor.key", out / "auditor.pub"
    if key_path.exists() or pub_path.exists():
        raise InvalidInputError(
            f"{key_path} or {pub_path} already exists; refusing to overwrite a key.",
            hint="Choose another folder (--out), or keep using the key already there.",
        )
    key = X25519PrivateKey.generate()
    public = records.raw_public(key.public_key())
    try:
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot write the key pair into {out}: {exc.strerror or exc}.",
            hint="Choose a folder you can write to (--out).",
        ) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(records.dump_private(key, password))
        pub_path.write_text(records.format_public(name.strip(), public))
    except OSError as exc:
        key_path.unlink(missing_ok=True)  # half a pair is no pair
        pub_path.unlink(missing_ok=True)
        raise InvalidInputError(
            f"Cannot write the key pair into {out}: {exc.strerror or exc}.",
            hint="Choose a folder you can write to (--out).",
        ) from exc
    return key_path, pub_path, f"aud-{records.fingerprint(public)}"
