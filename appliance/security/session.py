"""How a command gets the workspace's keys: flags, environment, agent, or a prompt.

In order: ``--passphrase-file`` (with ``--key-file`` when the workspace needs one); the
``APPLIANCE_PASSPHRASE`` environment variable (for automation; a warning says that other
processes of the same user can read it); a running session agent (``appliance unlock``); an
interactive prompt when there is a terminal. Otherwise the command stops with "locked".
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from appliance.errors import InvalidInputError
from appliance.security import agent
from appliance.security.vault import LockedError, Vault, read_keyfile

PASSPHRASE_ENV = "APPLIANCE_PASSPHRASE"
KEYFILE_ENV = "APPLIANCE_KEY_FILE"
ENV_WARNING = (f"{PASSPHRASE_ENV} is set: convenient for automation, but other processes of this user can "
               "read it. Prefer `appliance unlock` or --passphrase-file on a protected medium.")


@dataclass
class Credentials:
    passphrase_file: Path | None = None
    key_file: Path | None = None
    warn: Callable[[str], None] = lambda msg: print(f"warning: {msg}", file=sys.stderr)

    def keyfile_bytes(self) -> bytes | None:
        path = self.key_file or (Path(os.environ[KEYFILE_ENV]) if os.environ.get(KEYFILE_ENV) else None)
        return read_keyfile(path)

    def non_interactive_passphrase(self, use_env: bool = True) -> str | None:
        if self.passphrase_file:
            try:
                text = Path(self.passphrase_file).read_text(encoding="utf-8")
            except OSError as exc:
                raise InvalidInputError(f"Cannot read the passphrase file {self.passphrase_file}: "
                                        f"{exc.strerror or exc}.",
                                        hint="Check the path given to --passphrase-file (or leave it out to be "
                                             "asked for the passphrase).") from exc
            return text.rstrip("\r\n")
        if use_env and os.environ.get(PASSPHRASE_ENV):
            self.warn(ENV_WARNING)
            return os.environ[PASSPHRASE_ENV]
        return None

    def passphrase(self, prompt: str = "Passphrase: ", *, confirm: bool = False, use_env: bool = True) -> str:
        value = self.non_interactive_passphrase(use_env)
        if value is not None:
            return value
        if not sys.stdin.isatty():
            raise LockedError("A passphrase is needed and there is no terminal to ask for it.",
                              hint=f"Pass --passphrase-file PATH, set {PASSPHRASE_ENV}, or run `appliance unlock` first.")
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != value:
            raise InvalidInputError("The two passphrases differ; nothing was changed.",
                                    hint="Run the command again and type the same passphrase twice.")
        return value


def key_provider(home, catalog, creds: Credentials):
    """An unlocked key provider (a ``MasterKey`` or an ``AgentClient``). Raises ``LockedError``."""
    vault = Vault(catalog)
    vault.require()
    wait = vault.unlock_delay()
    if wait > 0:
        creds.warn(f"{vault.failed_attempts()[0]} wrong passphrases in a row: waiting {wait:.0f} s before the next "
                   "attempt (recorded in the audit log).")
    value = creds.non_interactive_passphrase()
    if value is not None:
        method = "passphrase-file" if creds.passphrase_file else "environment"
        return vault.unlock(value, keyfile=creds.keyfile_bytes(), method=method)
    client = agent.connect(home.root)
    if client is not None:
        if client.workspace_id == vault.status()["workspace_id"]:
            return client
        client.lock()  # an agent for an older workspace at this path
    if sys.stdin.isatty():
        return vault.unlock(creds.passphrase(), keyfile=creds.keyfile_bytes(), method="prompt")
    raise LockedError("The workspace is locked.",
                      hint="Run `appliance unlock` first, or pass --passphrase-file PATH.")
