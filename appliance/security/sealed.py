"""Sealed files: the one chunked authenticated-encryption format for everything encrypted.

Layout (all integers big-endian; full spec in docs/formats/sealed-file.md):

    header  = magic "APSEALED" | version u8 (1) | algorithm u8 (1 = AES-256-GCM) | flags u16 (0)
              | chunk_size u32 | nonce_prefix 7 bytes
              | object_id_len u16 | object_id UTF-8 | key_id_len u16 | key_id UTF-8
    chunk i = AES-256-GCM(key, nonce_i, plaintext_i, aad = header) = ciphertext_i | tag_i (16)
    nonce_i = nonce_prefix (7) | i as u32 (4) | last (1: 0x01 for the final chunk, else 0x00)

Every chunk but the last holds exactly ``chunk_size`` plaintext bytes; the last holds 0 to
``chunk_size`` (an empty plaintext is one empty final chunk). Because the whole header is the
associated data of every chunk, a chunk cannot be moved to another file (other nonce prefix,
object id) or position (counter), the end cannot be cut off (last flag), and a file cannot be
passed off as another object's (the reader checks the object id it expects).

Readers return only authenticated plaintext: each chunk is verified before it is handed out.
A streaming reader may have handed out verified chunks before it finds that the file was
truncated or altered further on, so callers that need all-or-nothing use ``open_bytes`` or
discard everything when ``IntegrityError`` is raised. Memory use is constant (one chunk).
"""

from __future__ import annotations

import io
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from appliance.errors import ApplianceError, IntegrityError  # noqa: F401
from appliance.messages import M, Message

MAGIC = b"APSEALED"
_SEALED_FILE = M("sealed.a_sealed_file", "sealed file")  # what an error names when it has no path
_SEALED_DATA = M("sealed.sealed_data", "sealed data")
VERSION = 1
ALG_AES256_GCM = 1
TAG_LEN = 16
NONCE_PREFIX_LEN = 7
DEFAULT_CHUNK = 64 * 1024
MIN_CHUNK, MAX_CHUNK = 1024, 16 * 1024 * 1024
_FIXED = struct.Struct(">8sBBHI7s")  # magic, version, alg, flags, chunk_size, nonce_prefix


@dataclass(frozen=True)
class SealedHeader:
    chunk_size: int
    nonce_prefix: bytes
    object_id: str
    key_id: str
    raw: bytes  # the exact header bytes (the associated data of every chunk)

    @classmethod
    def build(
        cls, object_id: str, key_id: str, chunk_size: int = DEFAULT_CHUNK, nonce_prefix: bytes | None = None
    ) -> "SealedHeader":
        if not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
            raise ValueError(f"chunk size {chunk_size} outside {MIN_CHUNK}..{MAX_CHUNK}")
        prefix = nonce_prefix or os.urandom(NONCE_PREFIX_LEN)
        oid, kid = object_id.encode("utf-8"), key_id.encode("utf-8")
        raw = (
            _FIXED.pack(MAGIC, VERSION, ALG_AES256_GCM, 0, chunk_size, prefix)
            + struct.pack(">H", len(oid))
            + oid
            + struct.pack(">H", len(kid))
            + kid
        )
        return cls(chunk_size, prefix, object_id, key_id, raw)

    @classmethod
    def read(cls, f: BinaryIO, where: Message | str) -> "SealedHeader":
        def bad(why: Message) -> IntegrityError:
            return IntegrityError(
                M("sealed.invalid", "{where} is not a valid sealed file: {why}.", where=where, why=why),
                hint=M("sealed.invalid.hint", "The file was damaged or replaced; restore it from a backup."),
            )

        cut_short = M("sealed.header_cut_short", "the header is cut short")
        fixed = f.read(_FIXED.size)
        if len(fixed) < _FIXED.size:
            raise bad(M("sealed.shorter_than_header", "it is shorter than a header"))
        magic, version, alg, flags, chunk_size, prefix = _FIXED.unpack(fixed)
        if magic != MAGIC:
            raise bad(M("sealed.wrong_magic", "wrong magic bytes"))
        if version != VERSION or alg != ALG_AES256_GCM or flags != 0:
            raise bad(
                M(
                    "sealed.unsupported_version",
                    "unsupported version {version}, algorithm {alg} or flags {flags}",
                    version=version,
                    alg=alg,
                    flags=flags,
                )
            )
        if not MIN_CHUNK <= chunk_size <= MAX_CHUNK:
            raise bad(M("sealed.chunk_size_range", "chunk size {size} out of range", size=chunk_size))
        parts = [fixed]
        fields = []
        for _ in range(2):
            n_raw = f.read(2)
            if len(n_raw) < 2:
                raise bad(cut_short)
            (n,) = struct.unpack(">H", n_raw)
            value = f.read(n)
            if len(value) < n:
                raise bad(cut_short)
            try:
                fields.append(value.decode("utf-8"))
            except UnicodeDecodeError:
                raise bad(M("sealed.id_not_utf8", "an id in the header is not UTF-8")) from None
            parts += [n_raw, value]
        return cls(chunk_size, prefix, fields[0], fields[1], b"".join(parts))

    def nonce(self, counter: int, last: bool) -> bytes:
        if counter >= 1 << 32:
            raise ValueError("sealed file too large for its chunk counter")
        return self.nonce_prefix + struct.pack(">IB", counter, 1 if last else 0)


class SealedWriter:
    """Streaming writer. ``write()`` any amount; ``close()`` seals the final chunk."""

    def __init__(self, f: BinaryIO, key: bytes, *, object_id: str, key_id: str, chunk_size: int = DEFAULT_CHUNK):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(key) != 32:
            raise ValueError("AES-256-GCM needs a 32-byte key")
        self._f = f
        self._aead = AESGCM(bytes(key))
        self.header = SealedHeader.build(object_id, key_id, chunk_size)
        self._buf = bytearray()
        self._counter = 0
        self._closed = False
        f.write(self.header.raw)

    def write(self, data: bytes) -> int:
        if self._closed:
            raise ValueError("write to a closed sealed file")
        # At most one chunk stays buffered: it may be the final one, which must be flagged, and
        # we only know which chunk is final at close(). Full chunks go straight from ``data``.
        size = self.header.chunk_size
        mv = memoryview(data).cast("B")
        if self._buf:
            take = min(size - len(self._buf), len(mv))
            self._buf += mv[:take]
            mv = mv[take:]
            if not mv:
                return len(data)
            self._emit(self._buf, last=False)
            self._buf = bytearray()
        while len(mv) > size:
            self._emit(mv[:size], last=False)
            mv = mv[size:]
        self._buf += mv
        return len(data)

    def _emit(self, chunk, last: bool) -> None:
        self._f.write(self._aead.encrypt(self.header.nonce(self._counter, last), chunk, self.header.raw))
        self._counter += 1

    def close(self) -> None:
        if not self._closed:
            self._emit(bytes(self._buf), last=True)
            self._buf.clear()
            self._closed = True

    def __enter__(self) -> "SealedWriter":
        return self

    def __exit__(self, exc_type, *_exc) -> None:
        if exc_type is None:
            self.close()


def iter_open(
    f: BinaryIO,
    key_for: Callable[[SealedHeader], bytes],
    *,
    expected_object_id: str,
    where: Message | str = _SEALED_FILE,
) -> Iterator[bytes]:
    """Yield verified plaintext chunks. Raises ``IntegrityError`` at the first bad byte.

    ``key_for(header)`` returns the key for the header's key id (and may refuse it).
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = SealedHeader.read(f, where)
    if header.object_id != expected_object_id:
        raise IntegrityError(
            M(
                "sealed.wrong_object",
                "{where} belongs to object {object_id!r}, not {expected!r}: files were swapped.",
                where=where,
                object_id=header.object_id,
                expected=expected_object_id,
            ),
            hint=M("sealed.wrong_object.hint", "Restore the right file from a backup."),
        )
    aead = AESGCM(bytes(key_for(header)))
    size = header.chunk_size + TAG_LEN
    counter = 0
    block = f.read(size)
    while True:
        nxt = f.read(size) if len(block) == size else b""
        last = not nxt
        if len(block) < TAG_LEN:
            raise IntegrityError(
                M("sealed.truncated", "{where} is truncated (chunk {n} is incomplete).", where=where, n=counter),
                hint=M("sealed.restore.hint", "Restore the file from a backup."),
            )
        try:
            plain = aead.decrypt(header.nonce(counter, last), block, header.raw)
        except InvalidTag:
            raise IntegrityError(
                M(
                    "sealed.tampered",
                    "{where} failed its integrity check at chunk {n}: it was modified, truncated, reordered or spliced.",
                    where=where,
                    n=counter,
                ),
                hint=M("sealed.restore.hint", "Restore the file from a backup."),
            ) from None
        yield plain
        if last:
            return
        block = nxt
        counter += 1


def seal_stream(
    src: BinaryIO,
    dst: BinaryIO,
    key: bytes,
    *,
    object_id: str,
    key_id: str,
    chunk_size: int = DEFAULT_CHUNK,
    read_size: int = 1 << 20,
) -> int:
    """Seal everything readable from ``src`` into ``dst``; returns the plaintext length."""
    n = 0
    with SealedWriter(dst, key, object_id=object_id, key_id=key_id, chunk_size=chunk_size) as w:
        while block := src.read(read_size):
            w.write(block)
            n += len(block)
    return n


def seal_bytes(data: bytes, key: bytes, *, object_id: str, key_id: str, chunk_size: int = DEFAULT_CHUNK) -> bytes:
    out = io.BytesIO()
    with SealedWriter(out, key, object_id=object_id, key_id=key_id, chunk_size=chunk_size) as w:
        w.write(data)
    return out.getvalue()


def open_bytes(blob: bytes, key_for, *, expected_object_id: str, where: Message | str = _SEALED_DATA) -> bytes:
    """All-or-nothing: the whole plaintext, or ``IntegrityError`` and nothing."""
    return b"".join(iter_open(io.BytesIO(blob), key_for, expected_object_id=expected_object_id, where=where))


def open_file(path: Path, key_for, *, expected_object_id: str) -> bytes:
    """Decrypt a whole sealed file into memory (all-or-nothing)."""
    with open(path, "rb") as f:
        return b"".join(iter_open(f, key_for, expected_object_id=expected_object_id, where=str(path)))
