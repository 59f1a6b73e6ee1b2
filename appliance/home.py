"""The appliance home: the one directory that holds everything the appliance keeps.

``APPLIANCE_HOME`` overrides the default per-user data directory (tests point it at a temporary
directory). Everything below it is private to its owner (0700 directories, 0600 files). Long
writes happen in ``tmp/`` (same filesystem, so the final rename is atomic) and staging
directories left behind by a crashed process are swept the next time the home is opened.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from appliance.errors import StorageError
from appliance.fsutil import remove_path
from appliance.messages import M
from appliance.procs import owner_alive

HOME_ENV = "APPLIANCE_HOME"
APP_NAME = "sovereign-appliance"


def default_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_home() -> Path:
    env = os.environ.get(HOME_ENV)
    return Path(env).expanduser().resolve() if env else default_home()


@dataclass(frozen=True)
class Home:
    root: Path

    @classmethod
    def open(cls, root: Path | None = None) -> "Home":
        """Open (creating if needed) the home at ``root`` or the resolved default.

        Also sets this process's umask to 077: everything an appliance process creates (SQLite's
        WAL files, model copies, exports, logs) is then private to its owner without each writer
        having to remember it.
        """
        os.umask(0o077)
        home = cls(Path(root).resolve() if root else resolve_home())
        home.ensure()
        return home

    # Directory layout ---------------------------------------------------------------------
    @property
    def catalog_path(self) -> Path:
        return self.root / "catalog.db"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def datasets_dir(self) -> Path:
        return self.root / "datasets"

    @property
    def tmp_dir(self) -> Path:
        return self.root / "tmp"

    @property
    def secrets_dir(self) -> Path:
        return self.root / "secrets"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> None:
        try:
            for d in (
                self.root,
                self.models_dir,
                self.exports_dir,
                self.datasets_dir,
                self.tmp_dir,
                self.secrets_dir,
                self.logs_dir,
            ):
                d.mkdir(parents=True, exist_ok=True)
                os.chmod(d, 0o700)
        except OSError as exc:
            raise StorageError(
                M(
                    "storage.home_unusable",
                    "Cannot use {path} as the appliance home: {reason}.",
                    path=str(self.root),
                    reason=str(exc.strerror or exc),
                ),
                hint=M("storage.home_unusable.hint", "Set {env} to a folder you can write to.", env=HOME_ENV),
            ) from exc
        self.sweep_staging()

    # Staging ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def staging(self, kind: str):
        """A private scratch directory on the home's filesystem, removed unless committed.

        The caller moves what it wants to keep out of it (``fsutil.commit_path``); whatever is
        left, including everything on an exception or cancel, is deleted.
        """
        path = self.tmp_dir / f"{kind}-{os.getpid()}-{secrets.token_hex(4)}"
        path.mkdir(mode=0o700)
        try:
            yield path
        finally:
            remove_path(path)

    def sweep_staging(self) -> None:
        """Delete staging directories whose process is gone (a crash or a kill -9)."""
        if not self.tmp_dir.exists():
            return
        for entry in self.tmp_dir.iterdir():
            parts = entry.name.rsplit("-", 2)
            pid = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None
            if pid is None or not owner_alive({"pid": pid, "host": os.uname().nodename}):
                remove_path(entry)
