"""The model server's bearer token, generated once and kept in the home (0600)."""

from __future__ import annotations

import secrets

from appliance.fsutil import atomic_write_text
from appliance.home import Home


def token_path(home: Home):
    return home.secrets_dir / "server-token"


def get_or_create_token(home: Home) -> str:
    path = token_path(home)
    if path.is_file():
        token = path.read_text().strip()
        if token:
            return token
    return rotate_token(home)


def rotate_token(home: Home) -> str:
    token = "apl-" + secrets.token_urlsafe(32)
    atomic_write_text(token_path(home), token + "\n", mode=0o600)
    return token
