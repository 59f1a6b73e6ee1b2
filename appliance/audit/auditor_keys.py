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
from appliance.messages import M


def create_auditor_keypair(out: Path, name: str, *, password: bytes | None = None) -> tuple[Path, Path, str]:
    """Create ``out/auditor.key`` (mode 0600, encrypted with ``password`` when given) and
    ``out/auditor.pub``; ``out`` is created if needed. Returns ``(key_path, pub_path,
    fingerprint)`` where the fingerprint (``aud-…``) is the auditor id the operator will see.

    Raises ``InvalidInputError`` for an empty name, a folder that cannot be made or written, or a
    key already there (a key is never overwritten)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    out = Path(out)
    name_hint = M("auditor.name.hint", "Give your name or office with --name; the operator sees it.")
    writable_hint = M("auditor.folder.hint", "Choose a folder you can write to (--out).")
    if not name.strip():
        raise InvalidInputError(M("auditor.name_empty", "The auditor's name must not be empty."), hint=name_hint)
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name) or len(name.strip()) > 200:
        raise InvalidInputError(
            M(
                "auditor.name_invalid",
                "The auditor's name must be one line of at most 200 characters, without control characters.",
            ),
            hint=name_hint,
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInputError(
            M(
                "auditor.cannot_make_folder",
                "Cannot make the folder {path} for the key pair: {reason}.",
                path=str(out),
                reason=str(exc.strerror or exc),
            ),
            hint=writable_hint,
        ) from exc
    key_path, pub_path = out / "auditor.key", out / "auditor.pub"
    if key_path.exists() or pub_path.exists():
        raise InvalidInputError(
            M(
                "auditor.key_exists",
                "{key} or {pub} already exists; refusing to overwrite a key.",
                key=str(key_path),
                pub=str(pub_path),
            ),
            hint=M("auditor.key_exists.hint", "Choose another folder (--out), or keep using the key already there."),
        )
    key = X25519PrivateKey.generate()
    public = records.raw_public(key.public_key())
    try:
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise InvalidInputError(_cannot_write(out, exc), hint=writable_hint) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(records.dump_private(key, password))
        pub_path.write_text(records.format_public(name.strip(), public))
    except OSError as exc:
        key_path.unlink(missing_ok=True)  # half a pair is no pair
        pub_path.unlink(missing_ok=True)
        raise InvalidInputError(_cannot_write(out, exc), hint=writable_hint) from exc
    return key_path, pub_path, f"aud-{records.fingerprint(public)}"


def _cannot_write(out: Path, exc: OSError) -> M:
    return M(
        "auditor.cannot_write",
        "Cannot write the key pair into {path}: {reason}.",
        path=str(out),
        reason=str(exc.strerror or exc),
    )
