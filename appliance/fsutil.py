"""Durable file operations and content hashes.

Every write the appliance makes is either a transaction in the catalog or a file written to a
staging location, flushed to disk and renamed into place, so that a crash, a full disk or a
cancelled job never leaves a half-written object where a reader would find it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from appliance.errors import StorageError
from appliance.messages import M, Message

CHUNK = 1 << 20


def sha256_file(path: Path, *, chunk: int = CHUNK) -> str:
    """Hex SHA-256 of a file's bytes, read in constant memory."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def file_manifest(root: Path) -> dict[str, dict]:
    """``{relative posix path: {"sha256", "size"}}`` for every regular file under ``root``."""
    root = Path(root)
    if root.is_file():
        return {root.name: {"sha256": sha256_file(root), "size": root.stat().st_size}}
    out: dict[str, dict] = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            out[p.relative_to(root).as_posix()] = {"sha256": sha256_file(p), "size": p.stat().st_size}
    return out


def manifest_digest(manifest: dict[str, dict]) -> str:
    """One SHA-256 naming a whole set of files: the hash of the canonical JSON manifest."""
    canonical = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(canonical).hexdigest()


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Flush every file and directory under ``root`` (before it is renamed into place)."""
    root = Path(root)
    if root.is_file():
        with open(root, "rb") as f:
            os.fsync(f.fileno())
        return
    for p in root.rglob("*"):
        if p.is_file():
            with open(p, "rb") as f:
                os.fsync(f.fileno())
    for d in [*sorted({p for p in root.rglob("*") if p.is_dir()}, reverse=True), root]:
        fsync_dir(d)


def _storage_error(exc: OSError, path: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError(
            M("storage.disk_full", "The disk is full while writing {path}.", path=str(path)),
            hint=M(
                "storage.disk_full.hint",
                "Free some space (or point APPLIANCE_HOME at a larger disk) and run the command again; nothing was kept.",
            ),
        )
    return StorageError(
        M("storage.cannot_write", "Could not write {path}: {reason}.", path=str(path), reason=str(exc.strerror or exc)),
        hint=M("storage.cannot_write.hint", "Check the folder's permissions."),
    )


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, path)
        except OSError as exc:
            raise _storage_error(exc, path) from exc
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def atomic_write_text(path: Path, text: str, *, mode: int = 0o600) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


def commit_path(staged: Path, final: Path) -> None:
    """Flush ``staged`` (file or directory) and rename it to ``final`` on the same filesystem."""
    staged, final = Path(staged), Path(final)
    final.parent.mkdir(parents=True, exist_ok=True)
    try:
        fsync_tree(staged)
        if final.exists():
            raise StorageError(
                M("storage.already_exists", "{path} already exists; refusing to overwrite it.", path=str(final)),
                hint=M(
                    "storage.already_exists.hint",
                    "Another appliance process may be writing it. If none is running, "
                    "`appliance doctor --repair` removes what a killed process left behind.",
                ),
            )
        os.rename(staged, final)
        fsync_dir(final.parent)
    except OSError as exc:
        raise _storage_error(exc, final) from exc


def remove_path(path: Path) -> None:
    path = Path(path)
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def free_bytes(path: Path) -> int:
    path = Path(path)
    while not path.exists():
        path = path.parent
    return shutil.disk_usage(path).free


def ensure_free_space(path: Path, needed: int, what: Message | str) -> None:
    """Refuse to start a write that cannot fit, instead of failing half-way."""
    free = free_bytes(path)
    if free < needed:
        raise StorageError(
            M(
                "storage.not_enough_space",
                "Not enough disk space for {what}: it needs about {needed} and {path} has {free} free.",
                what=what,
                needed=human_bytes(needed),
                path=str(path),
                free=human_bytes(free),
            ),
            hint=M("storage.not_enough_space.hint", "Free some space or point APPLIANCE_HOME at a larger disk."),
        )


def human_bytes(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TiB"
