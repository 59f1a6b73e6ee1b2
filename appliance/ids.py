"""Identifiers and timestamps: the lowest layer, imported by everything that records objects.

``utc_now()`` is the one clock of the catalog and the audit log (ISO 8601, milliseconds, ``Z``).
``new_id(prefix)`` makes an object id: ``mdl-``, ``exp-``, ``run-``, ``int-`` ids carry 5 random
bytes (10 hex digits); workspace and key ids (``ws-``, ``mk-``, ``dk-``) 8.
"""

from __future__ import annotations

import datetime as dt
import secrets


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id(prefix: str, nbytes: int = 5) -> str:
    return f"{prefix}-{secrets.token_hex(nbytes)}"
