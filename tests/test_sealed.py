"""Sealed files: round trips and the mutation suite. Every tampering is an IntegrityError, and
nothing unauthenticated ever reaches the caller."""

from __future__ import annotations

import io
import os
import random
import tracemalloc

import pytest

from appliance.security.sealed import (
    TAG_LEN,
    IntegrityError,
    SealedHeader,
    SealedWriter,
    iter_open,
    open_bytes,
    seal_bytes,
)

KEY = bytes(range(32))
CHUNK = 1024


def seal(data: bytes, object_id: str = "obj-a", key: bytes = KEY) -> bytes:
    return seal_bytes(data, key, object_id=object_id, key_id="dk-1", chunk_size=CHUNK)


def opened(blob: bytes, object_id: str = "obj-a", key: bytes = KEY) -> bytes:
    return open_bytes(blob, lambda h: key, expected_object_id=object_id)


def split_chunks(blob: bytes) -> tuple[bytes, list[bytes]]:
    header = SealedHeader.read(io.BytesIO(blob), "t")
    body = blob[len(header.raw) :]
    size = header.chunk_size + TAG_LEN
    return header.raw, [body[i : i + size] for i in range(0, len(body), size)]


def assert_rejected_without_leak(blob: bytes, original: bytes, object_id: str = "obj-a") -> None:
    """IntegrityError, and every chunk handed out before it is authentic original plaintext."""
    got = []
    with pytest.raises(IntegrityError):
        for chunk in iter_open(io.BytesIO(blob), lambda h: KEY, expected_object_id=object_id):
            got.append(chunk)
    assert original.startswith(b"".join(got))
    with pytest.raises(IntegrityError):
        opened(blob, object_id)


@pytest.mark.parametrize("n", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17, 100_000])
def test_round_trip(n):
    data = os.urandom(n)
    blob = seal(data)
    assert opened(blob) == data
    assert blob.count(data[:64]) == 0 if n >= 64 else True  # no plaintext in the clear


def test_streaming_writer_matches_one_shot_and_splits_writes():
    data = os.urandom(5000)
    out = io.BytesIO()
    with SealedWriter(out, KEY, object_id="obj-a", key_id="dk-1", chunk_size=CHUNK) as w:
        for i in range(0, len(data), 333):
            w.write(data[i : i + 333])
    assert opened(out.getvalue()) == data


SMALL = os.urandom(3 * CHUNK + 200)


def test_truncation_at_every_byte_is_caught():
    blob = seal(SMALL)
    for cut in range(len(blob)):
        assert_rejected_without_leak(blob[:cut], SMALL)


def test_every_header_bit_flip_is_caught():
    blob = seal(SMALL)
    header_len = len(SealedHeader.read(io.BytesIO(blob), "t").raw)
    for byte in range(header_len):
        for bit in range(8):
            bad = bytearray(blob)
            bad[byte] ^= 1 << bit
            assert_rejected_without_leak(bytes(bad), SMALL)


def test_sampled_body_bit_flips_are_caught():
    blob = seal(SMALL)
    header_len = len(SealedHeader.read(io.BytesIO(blob), "t").raw)
    rng = random.Random(7)
    for _ in range(300):
        pos = rng.randrange(header_len, len(blob))
        bad = bytearray(blob)
        bad[pos] ^= 1 << rng.randrange(8)
        assert_rejected_without_leak(bytes(bad), SMALL)


def test_dropped_duplicated_and_reordered_chunks_are_caught():
    header, chunks = split_chunks(seal(SMALL))
    assert len(chunks) == 4
    variants = {
        "drop first": chunks[1:],
        "drop middle": chunks[:1] + chunks[2:],
        "drop last": chunks[:-1],
        "duplicate": chunks[:2] + chunks[1:],
        "duplicate last": chunks + chunks[-1:],
        "swap": [chunks[1], chunks[0]] + chunks[2:],
        "reverse": chunks[::-1],
        "last moved first": chunks[-1:] + chunks[:-1],
    }
    for name, parts in variants.items():
        assert_rejected_without_leak(header + b"".join(parts), SMALL), name


def test_chunk_spliced_from_another_file_under_the_same_key_is_caught():
    other = os.urandom(len(SMALL))
    h1, c1 = split_chunks(seal(SMALL, "obj-a"))
    _, c2 = split_chunks(seal(other, "obj-a"))  # same key, same object id, other nonce prefix
    _, c3 = split_chunks(seal(other, "obj-b"))
    for i in range(len(c1)):
        for donor in (c2, c3):
            parts = list(c1)
            parts[i] = donor[i]
            assert_rejected_without_leak(h1 + b"".join(parts), SMALL)


def test_swapped_files_are_caught():
    a, b = seal(b"A" * 3000, "obj-a"), seal(b"B" * 3000, "obj-b")
    with pytest.raises(IntegrityError, match="swapped"):
        opened(b, "obj-a")
    # Rewriting the swapped file's header to claim the expected id breaks every chunk's tag.
    ha, _ = split_chunks(a)
    hb, cb = split_chunks(b)
    forged = SealedHeader.build("obj-a", "dk-1", CHUNK, nonce_prefix=SealedHeader.read(io.BytesIO(b), "t").nonce_prefix)
    with pytest.raises(IntegrityError):
        opened(forged.raw + b"".join(cb), "obj-a")


def test_wrong_key_is_caught():
    with pytest.raises(IntegrityError):
        opened(seal(SMALL), key=bytes(32))


def test_not_a_sealed_file():
    with pytest.raises(IntegrityError, match="magic"):
        opened(b"PLAINTEXT" * 10)


def test_sealing_uses_constant_memory():
    """Peak Python allocation while sealing 64 MiB from a stream stays near one chunk + buffer."""

    class Source(io.RawIOBase):
        def __init__(self, n):
            self.left = n

        def readable(self):
            return True

        def readinto(self, b):
            n = min(len(b), self.left)
            b[:n] = b"\x5a" * n
            self.left -= n
            return n

    class Sink(io.RawIOBase):
        def writable(self):
            return True

        def write(self, b):
            return len(b)

    from appliance.security.sealed import seal_stream

    tracemalloc.start()
    n = seal_stream(io.BufferedReader(Source(64 << 20)), Sink(), KEY, object_id="o", key_id="k", read_size=1 << 20)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert n == 64 << 20
    assert peak < 8 << 20, f"peak {peak} bytes"
