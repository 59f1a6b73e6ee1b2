"""A GGUF file's metadata values, read without parsing its tensors or its vocabulary arrays.

gguf-py's ``GGUFReader`` builds a NumPy view of every field and tensor when it opens a file: about
1–2.5 s for SmolLM2-135M's 49,152-token vocabulary on the 2-core test machine, paid by every chat,
gate and offload plan that only wants a few scalars. This reader walks the key–value section once
(the layout of the GGUF specification, versions 2 and 3: ``GGUF``, version, tensor count, KV
count, then each key, its value type and value), returns the scalar and string values, and skips
arrays by their length (strings one length at a time). Key names come from gguf-py's ``Keys``.
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

from appliance.messages import M, Message

_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9


class GGUFMetadataError(ValueError):
    """The file is not a GGUF this reader understands (names the reason): ``str()`` in English
    (stored in the gate's report), ``msg`` the ``Message``."""

    def __init__(self, message: Message):
        self.msg = message
        super().__init__(message.render("en"))

    def __reduce__(self):
        return (type(self), (self.msg,))


def read_metadata(path: Path) -> dict:
    """Every scalar and string value in the file's metadata (arrays are left out)."""
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        try:
            return _parse(m)
        except (struct.error, IndexError, UnicodeDecodeError) as exc:
            raise GGUFMetadataError(
                M(
                    "serving.gguf.damaged",
                    "{path}: the metadata is cut short or damaged ({error})",
                    path=str(path),
                    error=str(exc),
                )
            ) from exc


def _parse(m) -> dict:
    if m[:4] != b"GGUF":
        raise GGUFMetadataError(M("serving.gguf.no_magic", "not a GGUF file (no GGUF magic)"))
    version = struct.unpack_from("<I", m, 4)[0]
    if version < 2:
        raise GGUFMetadataError(M("serving.gguf.too_old", "GGUF version {version} is too old", version=version))
    _tensors, n_kv = struct.unpack_from("<QQ", m, 8)
    pos = 24
    out: dict = {}

    def string(pos: int) -> tuple[str, int]:
        n = struct.unpack_from("<Q", m, pos)[0]
        return m[pos + 8 : pos + 8 + n].decode("utf-8", "replace"), pos + 8 + n

    for _ in range(n_kv):
        key, pos = string(pos)
        vtype = struct.unpack_from("<I", m, pos)[0]
        pos += 4
        if vtype in _SCALARS:
            fmt = _SCALARS[vtype]
            out[key] = struct.unpack_from(fmt, m, pos)[0]
            pos += struct.calcsize(fmt)
        elif vtype == _STRING:
            out[key], pos = string(pos)
        elif vtype == _ARRAY:
            etype, count = struct.unpack_from("<IQ", m, pos)
            pos += 12
            if etype in _SCALARS:
                pos += struct.calcsize(_SCALARS[etype]) * count
            elif etype == _STRING:
                for _ in range(count):
                    pos += 8 + struct.unpack_from("<Q", m, pos)[0]
            else:
                raise GGUFMetadataError(
                    M(
                        "serving.gguf.array_type",
                        "{key}: an array of type {etype} is not supported",
                        key=key,
                        etype=etype,
                    )
                )
        else:
            raise GGUFMetadataError(
                M("serving.gguf.value_type", "{key}: unknown value type {vtype}", key=key, vtype=vtype)
            )
    return out
