"""Audit record encoding and encryption (hybrid X25519 + AES-256-GCM).

Records are encrypted to the workspace's *audit public key*, so the appliance can append while
the workspace is locked, and only a holder of the audit private key (the operator's unlocked
vault, or a registered auditor who unwraps it with their own X25519 key) can read them.

    sealed record = 0x01 ‖ ephemeral X25519 public key (32) ‖ AES-256-GCM ciphertext ‖ tag (16)
    shared  = X25519(ephemeral private, audit public)
    key     = HKDF-SHA256(shared, salt = ephemeral public ‖ audit public, info = "appliance/audit-record/v1")
    nonce   = 12 zero bytes (every record has its own key)
    aad     = "appliance/audit-record/v1" ‖ log id ‖ seq (8 bytes) ‖ previous leaf hash (32)

The same construction wraps the audit private key to each auditor (info
"appliance/audit-key-wrap/v1", aad = log id ‖ auditor id). Only ``cryptography``, the standard
library and ``appliance.messages`` (standard library only) are used: the standalone verifier
imports this module.
"""

from __future__ import annotations

import base64
import hashlib
import json

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from appliance.messages import M, Message

RECORD_VERSION = 1
RECORD_INFO = b"appliance/audit-record/v1"
WRAP_INFO = b"appliance/audit-key-wrap/v1"
ZERO_NONCE = bytes(12)
GENESIS_PREV = bytes(32)


def raw_public(key) -> bytes:
    """Raw 32-byte public key of a public key, or of a private key's public half."""
    if hasattr(key, "public_key"):
        key = key.public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _derive(shared: bytes, eph_pub: bytes, recipient_pub: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub, info=info).derive(shared)


def seal_to(recipient_pub: bytes, plaintext: bytes, aad: bytes, info: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_pub = raw_public(eph)
    key = _derive(eph.exchange(X25519PublicKey.from_public_bytes(recipient_pub)), eph_pub, recipient_pub, info)
    return bytes([RECORD_VERSION]) + eph_pub + AESGCM(key).encrypt(ZERO_NONCE, plaintext, aad)


def open_from(recipient: X25519PrivateKey, blob: bytes, aad: bytes, info: bytes) -> bytes:
    """Raises ``cryptography.exceptions.InvalidTag`` (or ValueError) when anything is off."""
    if len(blob) < 1 + 32 + 16 or blob[0] != RECORD_VERSION:
        raise ValueError("not a sealed audit record")
    eph_pub = blob[1:33]
    shared = recipient.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    key = _derive(shared, eph_pub, raw_public(recipient), info)
    return AESGCM(key).decrypt(ZERO_NONCE, blob[33:], aad)


def record_aad(log_id: str, seq: int, prev: bytes) -> bytes:
    return RECORD_INFO + b"\x00" + log_id.encode() + seq.to_bytes(8, "big") + prev


def leaf_data(seq: int, prev: bytes, blob: bytes) -> bytes:
    """What the Merkle leaf hashes: the position, the link to the previous leaf, the sealed record."""
    return seq.to_bytes(8, "big") + prev + blob


def encode(record: dict) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal_record(audit_pub: bytes, log_id: str, seq: int, prev: bytes, record: dict) -> bytes:
    return seal_to(audit_pub, encode(record), record_aad(log_id, seq, prev), RECORD_INFO)


def open_record(audit_priv: X25519PrivateKey, log_id: str, seq: int, prev: bytes, blob: bytes) -> dict:
    return json.loads(open_from(audit_priv, blob, record_aad(log_id, seq, prev), RECORD_INFO))


def wrap_for_auditor(auditor_pub: bytes, audit_priv_raw: bytes, log_id: str, auditor_id: str) -> bytes:
    return seal_to(auditor_pub, audit_priv_raw, log_id.encode() + b"\x00" + auditor_id.encode(), WRAP_INFO)


def unwrap_as_auditor(auditor: X25519PrivateKey, wrapped: bytes, log_id: str, auditor_id: str) -> X25519PrivateKey:
    raw = open_from(auditor, wrapped, log_id.encode() + b"\x00" + auditor_id.encode(), WRAP_INFO)
    return X25519PrivateKey.from_private_bytes(raw)


def fingerprint(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


NO_CHECKPOINT = bytes(32)  # what the first checkpoint of a log links to


def checkpoint_message(log_id: str, size: int, root: bytes, time: str, prev: bytes | None = None) -> bytes:
    """The signed text of a checkpoint. Version 2 (``prev`` given) also signs the hash of the
    checkpoint before it, so the checkpoints form a chain and none can be removed unseen;
    version 1 (written before) signs the tree head alone."""
    if prev is None:
        return f"appliance-audit-checkpoint/v1\n{log_id}\n{size}\n{root.hex()}\n{time}\n".encode()
    return f"appliance-audit-checkpoint/v2\n{log_id}\n{size}\n{root.hex()}\n{time}\n{prev.hex()}\n".encode()


def checkpoint_hash(log_id: str, cp: dict) -> bytes:
    """What the next checkpoint links to: SHA-256 of this one's signed message and signature."""
    msg = checkpoint_message(log_id, cp["size"], cp["root"], cp["time"], cp.get("prev"))
    return hashlib.sha256(msg + cp["signature"]).digest()


def b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def unb64(s: str) -> bytes:
    return base64.b64decode(s.encode())


# Auditor key files -------------------------------------------------------------------------
PUB_PREFIX = "appliance-auditor-v1"


def format_public(name: str, public_raw: bytes) -> str:
    return f"{PUB_PREFIX} {b64(public_raw)} {name}\n"


class KeyFormatError(ValueError):
    """A key that is not what it should be; ``msg`` says what (a ``Message``)."""

    def __init__(self, msg: Message):
        super().__init__(msg.render("en"))
        self.msg = msg


def reason(exc: Exception) -> Message | str:
    """What a ``ValueError`` from this module says: its message, or its text."""
    return exc.msg if isinstance(exc, KeyFormatError) else str(exc)


def parse_public(text: str | bytes) -> tuple[str, bytes]:
    """``(name, raw public key)`` of an auditor.pub's text (or bytes). Raises ``ValueError`` saying
    what is wrong: not UTF-8, not the format, a key that is not 32 bytes or not one a key can be
    agreed with (a low-order point such as all zeros), a name with control characters."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise KeyFormatError(
                M("audit.key.not_utf8", "the file is not UTF-8 text (byte {byte})", byte=exc.start)
            ) from None
    parts = text.strip().split(" ", 2)
    if len(parts) < 2 or parts[0] != PUB_PREFIX:
        raise KeyFormatError(
            M(
                "audit.key.not_public_key",
                "not an auditor public key (expected a line starting with {prefix!r})",
                prefix=PUB_PREFIX,
            )
        )
    raw = unb64(parts[1])
    if len(raw) != 32:
        raise KeyFormatError(M("audit.key.public_size", "an auditor public key has 32 bytes"))
    try:
        X25519PrivateKey.generate().exchange(X25519PublicKey.from_public_bytes(raw))
    except ValueError:
        raise KeyFormatError(
            M("audit.key.low_order", "the key is not one a secret can be shared with (a low-order point)")
        ) from None
    name = parts[2] if len(parts) > 2 else "auditor"
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name) or len(name) > 200:
        raise KeyFormatError(
            M(
                "audit.key.name",
                "the auditor's name must be one line of at most 200 characters, without control characters",
            )
        )
    return name, raw


def load_private(data: bytes, password: bytes | None) -> X25519PrivateKey:
    key = serialization.load_pem_private_key(data, password=password)
    if not isinstance(key, X25519PrivateKey):
        raise KeyFormatError(M("audit.key.not_x25519", "not an X25519 private key"))
    return key


def dump_private(key: X25519PrivateKey, password: bytes | None) -> bytes:
    enc = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
