"""An independent reader written from docs/formats/sealed-file.md alone (it does not import the
appliance's sealed module), run against files the appliance wrote."""

from __future__ import annotations

import json
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def spec_reader(blob: bytes, key: bytes, expected_object_id: str) -> bytes:
    assert blob[:8] == b"APSEALED" and blob[8] == 1 and blob[9] == 1 and blob[10:12] == b"\0\0"
    (chunk_size,) = struct.unpack(">I", blob[12:16])
    assert 1024 <= chunk_size <= 16 * 1024 * 1024
    prefix = blob[16:23]
    (n,) = struct.unpack(">H", blob[23:25])
    object_id = blob[25 : 25 + n].decode()
    (m,) = struct.unpack(">H", blob[25 + n : 27 + n])
    header = blob[: 27 + n + m]
    assert object_id == expected_object_id
    body = blob[len(header) :]
    step = chunk_size + 16
    pieces = [body[i : i + step] for i in range(0, len(body), step)] or [b""]
    out = []
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        nonce = prefix + struct.pack(">I", i) + (b"\x01" if last else b"\x00")
        out.append(AESGCM(key).decrypt(nonce, piece, header))
    return b"".join(out)


def test_independent_reader_opens_a_dataset_the_appliance_sealed(home, catalog, datasets, tmp_path, bpe_tokenizer):
    rows = [{"instruction": f"q{i}", "output": "x" * (i * 50 + 1)} for i in range(60)]  # spans several chunks
    src = tmp_path / "d.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    row, _, _ = datasets.import_file(src, name="d", tokenizer=bpe_tokenizer)
    key = datasets.vault.data_key(datasets.provider, row["key_id"], row["id"])
    blob = (home.root / row["path"]).read_bytes()
    plain = spec_reader(blob, key, row["id"]).decode()
    assert [json.loads(line)["instruction"] for line in plain.splitlines()] == [f"q{i}" for i in range(60)]
    assert plain.encode() == b"".join(
        json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in datasets.read_records("d")
    )
