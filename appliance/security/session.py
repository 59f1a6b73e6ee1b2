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
from appliance.messages import M, Message, text
from appliance.security.vault import LockedError, read_keyfile

PASSPHRASE_ENV = "APPLIANCE_PASSPHRASE"
KEYFILE_ENV = "APPLIANCE_KEY_FILE"
ENV_WARNING = M(
    "session.env_passphrase",
    "{env} is set: convenient for automation, but other processes of this user can "
    "read it. Prefer `appliance unlock` or --passphrase-file on a protected medium.",
    env=PASSPHRASE_ENV,
)


@dataclass
class Credentials:
    passphrase_file: Path | None = None
    key_file: Path | None = None
    person: str | None = None  # --as: who signs in, in a workspace with people
    warn: Callable[[Message | str], None] = lambda msg: print(f"warning: {msg}", file=sys.stderr)

    def keyfile_bytes(self) -> bytes | None:
        path = self.key_file or (Path(os.environ[KEYFILE_ENV]) if os.environ.get(KEYFILE_ENV) else None)
        return read_keyfile(path)

    def non_interactive_passphrase(self, use_env: bool = True) -> str | None:
        if self.passphrase_file:
            try:
                text = Path(self.passphrase_file).read_text(encoding="utf-8")
            except OSError as exc:
                raise InvalidInputError(
                    M(
                        "session.passphrase_file_unreadable",
                        "Cannot read the passphrase file {path}: {reason}.",
                        path=str(self.passphrase_file),
                        reason=str(exc.strerror or exc),
                    ),
                    hint=M(
                        "session.passphrase_file_unreadable.hint",
                        "Check the path given to --passphrase-file (or leave it out to be asked for the passphrase).",
                    ),
                ) from exc
            return text.rstrip("\r\n")
        if use_env and os.environ.get(PASSPHRASE_ENV):
            self.warn(ENV_WARNING)
            return os.environ[PASSPHRASE_ENV]
        return None

    def passphrase(self, prompt: Message | str | None = None, *, confirm: bool = False, use_env: bool = True) -> str:
        """The passphrase; ``prompt`` defaults to "Passphrase: "."""
        value = self.non_interactive_passphrase(use_env)
        if value is not None:
            return value
        if not sys.stdin.isatty():
            raise LockedError(
                M("session.no_terminal", "A passphrase is needed and there is no terminal to ask for it."),
                hint=M(
                    "session.no_terminal.hint",
                    "Pass --passphrase-file PATH, set {env}, or run `appliance unlock` first.",
                    env=PASSPHRASE_ENV,
                ),
            )
        value = getpass.getpass(text(prompt if prompt is not None else M("session.prompt", "Passphrase: ")))
        if confirm and getpass.getpass(text(M("session.prompt_repeat", "Repeat it: "))) != value:
            raise InvalidInputError(
                M("session.passphrases_differ", "The two passphrases differ; nothing was changed."),
                hint=M("session.passphrases_differ.hint", "Run the command again and type the same passphrase twice."),
            )
        return value
