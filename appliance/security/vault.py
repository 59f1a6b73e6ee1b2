"""The workspace key vault: passphrase → KEK → master key → one data key per object.

Envelope encryption, with only wrapped keys ever written (to the catalog, so that a rotation
is one transaction; format in docs/formats/keys.md):

* KEK = HKDF-SHA256(Argon2id(passphrase, salt, t, m, p) ‖ SHA-256(key file or ""),
  salt, "appliance/kek/v1"). The Argon2id parameters are stored with the key; anything below
  t=3, m=64 MiB, p=4 is refused, at creation and when read back.
* The master key (32 random bytes) is AES-256-GCM-wrapped by the KEK.
* Each object (a dataset version, the audit log, ...) gets its own data key, wrapped by the
  master key with the object id in the associated data, so a wrapped key cannot be moved to
  another object. Destroying an object's data key crypto-erases it.

Changing the passphrase rewraps the master key; rotating the master key rewraps every data
key. Neither touches a byte of any sealed file. An unlocked master key lives in memory only
(``MasterKey``), in a bytearray that ``forget()`` overwrites (best effort: Python and OpenSSL
may hold transient copies).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from appliance.catalog import Catalog
from appliance.errors import (  # noqa: F401 - the names the vault's callers import from here
    ApplianceError,
    InvalidInputError,
    KeyDestroyedError,
    LockedError,
    NotFoundError,
    WrongPassphraseError,
)
from appliance.ids import new_id, utc_now
from appliance.messages import M
from appliance.states import KeyStatus

KDF_MIN = {"time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 4}
KDF_DEFAULT = dict(KDF_MIN)
# The test suite's only (APPLIANCE_TEST_KDF=1, tests/conftest.py); refused as weak elsewhere.
KDF_TEST = {"time_cost": 1, "memory_kib": 8 * 1024, "parallelism": 1}


def kdf_default() -> dict:
    return dict(KDF_TEST if os.environ.get("APPLIANCE_TEST_KDF") == "1" else KDF_DEFAULT)


PASSPHRASE_MIN_CHARS = 12
KEYFILE_MIN_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes

    def to_dict(self) -> dict:
        return {
            "alg": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_dict(cls, d: dict) -> "KdfParams":
        if d.get("alg") != "argon2id":
            raise InvalidInputError(
                M("vault.unknown_kdf", "Unknown key derivation {alg!r} in the vault.", alg=d.get("alg")),
                hint=M(
                    "vault.unknown_kdf.hint",
                    "The catalog was written by a newer appliance or damaged; restore it from a backup.",
                ),
            )
        return cls(int(d["time_cost"]), int(d["memory_kib"]), int(d["parallelism"]), bytes.fromhex(d["salt"]))

    def check_strength(self) -> None:
        weak = [f"{k}={getattr(self, k)} (minimum {v})" for k, v in KDF_MIN.items() if getattr(self, k) < v]
        if weak and kdf_default() == KDF_TEST == {k: getattr(self, k) for k in KDF_TEST}:
            weak = []
        if weak or len(self.salt) < 16:
            if weak:
                message = M(
                    "vault.weak_kdf", "Refusing weak key-derivation parameters: {params}.", params=", ".join(weak)
                )
            else:
                message = M(
                    "vault.weak_kdf_salt", "Refusing weak key-derivation parameters: salt shorter than 16 bytes."
                )
            raise InvalidInputError(
                message,
                hint=M(
                    "vault.weak_kdf.hint",
                    "The vault's parameters were lowered or damaged; restore the catalog from a backup.",
                ),
            )


def _normalise(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < PASSPHRASE_MIN_CHARS:
        raise InvalidInputError(
            M("vault.passphrase_short", "The passphrase must have at least {n} characters.", n=PASSPHRASE_MIN_CHARS),
            hint=M(
                "vault.passphrase_short.hint",
                "Use several words; a longer passphrase is stronger than a complex short one.",
            ),
        )


def read_keyfile(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInputError(
            M(
                "vault.keyfile_unreadable",
                "Cannot read the key file {path}: {reason}.",
                path=str(path),
                reason=str(exc.strerror or exc),
            ),
            hint=M("vault.keyfile_unreadable.hint", "Insert the removable medium that holds it, or check the path."),
        ) from exc
    if len(data) < KEYFILE_MIN_BYTES:
        raise InvalidInputError(
            M(
                "vault.keyfile_short",
                "The key file {path} is too short ({n} bytes, needs {minimum}).",
                path=str(path),
                n=len(data),
                minimum=KEYFILE_MIN_BYTES,
            ),
            hint=M(
                "vault.keyfile_short.hint",
                "Give the key file this workspace was created with; a new one is made by "
                "`appliance init --key-file PATH` (at least 32 random bytes).",
            ),
        )
    return data


def create_keyfile(path: Path) -> bytes:
    """Write a new random key file (0400). Refuses to overwrite one."""
    path = Path(path)
    if path.exists():
        raise InvalidInputError(
            M("vault.keyfile_exists", "{path} already exists; refusing to overwrite a key file.", path=str(path)),
            hint=M(
                "vault.keyfile_exists.hint", "Choose a new path; an existing key file may still protect a workspace."
            ),
        )
    data = secrets.token_bytes(64)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o400)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    return data


def derive_kek(passphrase: str, params: KdfParams, keyfile: bytes | None) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    params.check_strength()
    stretched = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.time_cost,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    ).derive(_normalise(passphrase))
    second = hashlib.sha256(keyfile).digest() if keyfile else b""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=params.salt, info=b"appliance/kek/v1").derive(
        stretched + second
    )


def _aead(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(bytes(key))


def wrap_key(wrapping_key: bytes, key: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + _aead(wrapping_key).encrypt(nonce, bytes(key), aad)


def unwrap_key(wrapping_key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Raises ``cryptography.exceptions.InvalidTag`` if the key or the context is wrong."""
    return _aead(wrapping_key).decrypt(blob[:12], blob[12:], aad)


def mk_aad(workspace_id: str, mk_id: str) -> bytes:
    return b"\x00".join([b"appliance/mk/v1", workspace_id.encode(), mk_id.encode()])


def dek_aad(workspace_id: str, key_id: str, object_id: str, mk_id: str) -> bytes:
    return b"\x00".join(
        [b"appliance/dek/v1", workspace_id.encode(), key_id.encode(), object_id.encode(), mk_id.encode()]
    )


class MasterKey:
    """An unlocked master key, in memory only. Also the interface the session agent serves."""

    def __init__(self, workspace_id: str, mk_id: str, key: bytes | bytearray):
        self.workspace_id, self.mk_id = workspace_id, mk_id
        self._key = bytearray(key)

    def wrap_data_key(self, key_id: str, object_id: str, dek: bytes) -> bytes:
        return wrap_key(self._key, dek, dek_aad(self.workspace_id, key_id, object_id, self.mk_id))

    def unwrap_data_key(self, key_id: str, object_id: str, blob: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag

        try:
            return unwrap_key(self._key, blob, dek_aad(self.workspace_id, key_id, object_id, self.mk_id))
        except InvalidTag:
            raise ApplianceError(
                M(
                    "vault.data_key_mismatch",
                    "The data key {key_id} does not belong to {object_id} under this master key: the key store "
                    "was altered.",
                    key_id=key_id,
                    object_id=object_id,
                ),
                hint=M("vault.restore_catalog.hint", "Restore the catalog from a backup."),
            ) from None

    def raw(self) -> bytes:
        return bytes(self._key)

    def forget(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key = bytearray()

    @property
    def usable(self) -> bool:
        return len(self._key) == 32


def _wrong_passphrase(keyfile: bool, count: int, later: float) -> M:
    if keyfile and later:
        return M(
            "vault.wrong_passphrase_keyfile_wait",
            "Wrong passphrase or key file; nothing was changed ({count} wrong in a row; the next attempt waits "
            "{seconds:.0f} s).",
            count=count,
            seconds=later,
        )
    if keyfile:
        return M(
            "vault.wrong_passphrase_keyfile",
            "Wrong passphrase or key file; nothing was changed ({count} wrong in a row).",
            count=count,
        )
    if later:
        return M(
            "vault.wrong_passphrase_wait",
            "Wrong passphrase; nothing was changed ({count} wrong in a row; the next attempt waits {seconds:.0f} s).",
            count=count,
            seconds=later,
        )
    return M("vault.wrong_passphrase", "Wrong passphrase; nothing was changed ({count} wrong in a row).", count=count)


FREE_ATTEMPTS = 3  # wrong passphrases in a row before attempts are slowed down
MAX_DELAY_S = 60.0


def backoff_seconds(failures: int) -> float:
    """Wait before the next attempt after ``failures`` wrong passphrases in a row: none for the
    first few, then 1, 2, 4, … seconds, at most a minute. Argon2id already makes each guess cost
    ~0.5 s; this makes a sustained guessing run through the appliance cost far more, while a
    person who mistyped waits at most seconds."""
    return 0.0 if failures < FREE_ATTEMPTS else min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS))


class Vault:
    """The key hierarchy as stored in the catalog. Methods raise ``ApplianceError`` subclasses."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.db = catalog.db

    # State --------------------------------------------------------------------------------
    def _row(self) -> dict | None:
        rows = list(self.db["vault"].rows_where("id = 1"))
        return self.catalog.decode(rows[0]) if rows else None

    @property
    def initialised(self) -> bool:
        return self._row() is not None

    def require(self) -> dict:
        row = self._row()
        if row is None:
            raise LockedError(
                M("vault.no_keys", "This workspace has no keys yet."),
                hint=M("vault.no_keys.hint", "Create them with `appliance init`."),
            )
        return row

    def status(self) -> dict:
        row = self._row()
        if row is None:
            return {"initialised": False}
        mks = list(self.db["master_keys"].rows_where(order_by="created_at"))
        return {
            "initialised": True,
            "workspace_id": row["workspace_id"],
            "kdf": row["kdf_params"] | {"salt": "…"},
            "keyfile_required": bool(row["keyfile_required"]),
            "created_at": row["created_at"],
            "changed_at": row["changed_at"],
            "master_key": next((m["mk_id"] for m in mks if m["status"] == KeyStatus.CURRENT), None),
            "data_keys": self.db["data_keys"].count,
        }

    def _current_mk_row(self) -> dict:
        rows = list(self.db["master_keys"].rows_where("status = ?", [KeyStatus.CURRENT]))
        if len(rows) != 1:
            raise ApplianceError(
                M("vault.no_current_master_key", "The key store has no single current master key."),
                hint=M("vault.restore_catalog.hint", "Restore the catalog from a backup."),
            )
        return rows[0]

    # Create, unlock, change ----------------------------------------------------------------
    # These are the unaudited primitives; the audited workspace operations that users run are
    # in ``appliance.workspace`` (one layer up: it records each in the audit log).
    def create(self, passphrase: str, *, keyfile: bytes | None = None, kdf: dict | None = None) -> MasterKey:
        """The key store's rows (vault and first master key), in one catalog change; the caller's
        transaction may add more (the audit log is born in it)."""
        if self.initialised:
            raise InvalidInputError(
                M("vault.already_has_keys", "This workspace already has keys."),
                hint=M("vault.already_has_keys.hint", "Use `appliance keys passwd` to change the passphrase."),
            )
        check_passphrase(passphrase)
        params = KdfParams(salt=os.urandom(16), **(kdf or kdf_default()))
        params.check_strength()
        workspace_id, mk_id = new_id("ws", 8), new_id("mk", 8)
        mk = MasterKey(workspace_id, mk_id, secrets.token_bytes(32))
        kek = derive_kek(passphrase, params, keyfile)
        now = utc_now()
        with self.catalog.atomic():
            self.db["vault"].insert(
                {
                    "id": 1,
                    "workspace_id": workspace_id,
                    "kdf": "argon2id",
                    "kdf_params": params.to_dict(),
                    "keyfile_required": int(keyfile is not None),
                    "created_at": now,
                    "changed_at": now,
                },
                pk="id",
            )
            self.db["master_keys"].insert(
                {
                    "mk_id": mk_id,
                    "status": KeyStatus.CURRENT,
                    "created_at": now,
                    "wrapped": wrap_key(kek, mk.raw(), mk_aad(workspace_id, mk_id)),
                },
                pk="mk_id",
            )
        return mk

    # Wrong passphrases: a delay that grows --------------------------------------------------
    def _failures_path(self) -> Path:
        return Path(self.catalog.path).parent / "secrets" / "unlock-failures.json"

    def failed_attempts(self) -> tuple[int, float]:
        """``(wrong passphrases in a row, time of the last one)``."""
        try:
            d = json.loads(self._failures_path().read_text())
            return int(d["count"]), float(d["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    def unlock_delay(self) -> float:
        """Seconds to wait before the next passphrase may be tried (0 for the first few)."""
        count, last = self.failed_attempts()
        return max(0.0, backoff_seconds(count) - (time.time() - last))

    def _note_failure(self) -> int:
        from appliance.fsutil import atomic_write_text

        count = self.failed_attempts()[0] + 1
        atomic_write_text(self._failures_path(), json.dumps({"count": count, "last": time.time()}))
        return count

    def open_master_key(self, passphrase: str, keyfile: bytes | None = None) -> MasterKey:
        """Open the master key (a wrong passphrase counts towards the back-off)."""
        return self._open_mk(passphrase, keyfile)[2]

    def _open_mk(self, passphrase: str, keyfile: bytes | None) -> tuple[dict, dict, MasterKey]:
        from cryptography.exceptions import InvalidTag

        row = self.require()
        wait = self.unlock_delay()
        if wait > 0:
            time.sleep(wait)
        if row["keyfile_required"] and keyfile is None:
            raise LockedError(
                M("vault.keyfile_needed", "This workspace also needs its key file."),
                hint=M("vault.keyfile_needed.hint", "Pass --key-file PATH (or set APPLIANCE_KEY_FILE)."),
            )
        params = KdfParams.from_dict(row["kdf_params"])
        kek = derive_kek(passphrase, params, keyfile if row["keyfile_required"] else None)
        mk_row = self._current_mk_row()
        try:
            mk = unwrap_key(kek, mk_row["wrapped"], mk_aad(row["workspace_id"], mk_row["mk_id"]))
        except InvalidTag:
            count = self._note_failure()
            later = backoff_seconds(count)
            raise WrongPassphraseError(
                _wrong_passphrase(bool(row["keyfile_required"]), count, later),
                hint=M(
                    "vault.wrong_passphrase_keyfile.hint",
                    "Check the passphrase (it is case-sensitive) and the key file.",
                )
                if row["keyfile_required"]
                else M("vault.wrong_passphrase.hint", "Check the passphrase (it is case-sensitive)."),
            ) from None
        if self.failed_attempts()[0]:
            self._failures_path().unlink(missing_ok=True)
        return row, mk_row, MasterKey(row["workspace_id"], mk_row["mk_id"], mk)

    def rewrap_master_key(
        self,
        passphrase: str,
        new_passphrase: str,
        keyfile: bytes | None = None,
        new_keyfile: bytes | None = None,
        keep_keyfile: bool = True,
    ) -> None:
        """Rewrap the master key under a new passphrase (and optionally a new / no key file)."""
        check_passphrase(new_passphrase)
        row, mk_row, mk = self._open_mk(passphrase, keyfile)
        try:
            params = KdfParams(
                salt=os.urandom(16),
                **{k: v for k, v in row["kdf_params"].items() if k in ("time_cost", "memory_kib", "parallelism")},
            )
            kf = (
                new_keyfile
                if new_keyfile is not None
                else (keyfile if (keep_keyfile and row["keyfile_required"]) else None)
            )
            kek = derive_kek(new_passphrase, params, kf)
            with self.catalog.atomic():
                self.db["vault"].update(
                    1,
                    {"kdf_params": params.to_dict(), "keyfile_required": int(kf is not None), "changed_at": utc_now()},
                    conversions={},
                )
                self.db["master_keys"].update(
                    mk_row["mk_id"], {"wrapped": wrap_key(kek, mk.raw(), mk_aad(row["workspace_id"], mk_row["mk_id"]))}
                )
        finally:
            mk.forget()

    def rotate(self, passphrase: str, keyfile: bytes | None = None) -> tuple[str, int]:
        """New master key; every data key rewrapped in one transaction. Returns (mk_id, count)."""
        row, old_row, old = self._open_mk(passphrase, keyfile)
        params = KdfParams.from_dict(row["kdf_params"])
        kek = derive_kek(passphrase, params, keyfile if row["keyfile_required"] else None)
        new_mk_id = new_id("mk", 8)
        new = MasterKey(row["workspace_id"], new_mk_id, secrets.token_bytes(32))
        n = 0
        try:
            with self.catalog.atomic():
                self.db["master_keys"].insert(
                    {
                        "mk_id": new_mk_id,
                        "status": KeyStatus.CURRENT,
                        "created_at": utc_now(),
                        "wrapped": wrap_key(kek, new.raw(), mk_aad(row["workspace_id"], new_mk_id)),
                    },
                    pk="mk_id",
                )
                for dk in list(self.db["data_keys"].rows):
                    dek = old.unwrap_data_key(dk["key_id"], dk["object_id"], dk["wrapped"])
                    self.db["data_keys"].update(
                        dk["key_id"],
                        {"wrapped": new.wrap_data_key(dk["key_id"], dk["object_id"], dek), "mk_id": new_mk_id},
                    )
                    n += 1
                self.db["master_keys"].delete(old_row["mk_id"])
                self.db["vault"].update(1, {"changed_at": utc_now()})
        finally:
            old.forget()
            new.forget()
        return new_mk_id, n

    # Data keys ----------------------------------------------------------------------------
    @staticmethod
    def prepare_data_key(provider, object_id: str, purpose: str) -> tuple[dict, bytes]:
        """A fresh data key and its wrapped catalog row, not yet recorded (see ``record_data_key``)."""
        key_id = new_id("dk", 8)
        dek = secrets.token_bytes(32)
        row = {
            "key_id": key_id,
            "object_id": object_id,
            "purpose": purpose,
            "mk_id": provider.mk_id,
            "wrapped": provider.wrap_data_key(key_id, object_id, dek),
            "created_at": utc_now(),
        }
        return row, dek

    def record_data_key(self, row: dict) -> None:
        self.db["data_keys"].insert(row, pk="key_id")

    def new_data_key(self, provider, object_id: str, purpose: str) -> tuple[str, bytes]:
        """Create, wrap and record a fresh data key for ``object_id``."""
        row, dek = self.prepare_data_key(provider, object_id, purpose)
        self.record_data_key(row)
        return row["key_id"], dek

    def object_key(self, provider, object_id: str, purpose: str, *, on_create=None) -> bytes:
        """The data key of a workspace-level object, created on first use (then ``on_create(object_id)``
        is called first: an audited caller names the object in its record)."""
        rows = list(self.db["data_keys"].rows_where("object_id = ?", [object_id]))
        if rows:
            return self.data_key(provider, rows[0]["key_id"], object_id)
        if on_create is not None:
            on_create(object_id)
        with self.catalog.atomic():
            return self.new_data_key(provider, object_id, purpose)[1]

    def data_key(self, provider, key_id: str, object_id: str) -> bytes:
        rows = list(self.db["data_keys"].rows_where("key_id = ?", [key_id]))
        if not rows:
            raise KeyDestroyedError(
                M(
                    "vault.data_key_destroyed",
                    "The data key {key_id} of {object_id} no longer exists: the object was removed "
                    "and its data can no longer be decrypted.",
                    key_id=key_id,
                    object_id=object_id,
                ),
                hint=M("vault.data_key_destroyed.hint", "Import the data again from its source."),
            )
        dk = rows[0]
        if dk["object_id"] != object_id:
            raise ApplianceError(
                M(
                    "vault.data_key_wrong_object",
                    "Data key {key_id} belongs to {owner}, not {object_id}.",
                    key_id=key_id,
                    owner=dk["object_id"],
                    object_id=object_id,
                ),
                hint=M("vault.catalog_altered.hint", "The catalog was altered; restore it from a backup."),
            )
        if dk["mk_id"] != provider.mk_id:
            raise LockedError(
                M("vault.master_key_rotated", "The master key was rotated since this session was unlocked."),
                hint=M("vault.master_key_rotated.hint", "Run `appliance lock` and `appliance unlock` again."),
            )
        return provider.unwrap_data_key(key_id, object_id, dk["wrapped"])

    def destroy_data_keys(self, object_id: str) -> int:
        """Crypto-erase: delete (and, with secure_delete, overwrite) the object's data keys."""
        with self.catalog.atomic():
            n = self.db["data_keys"].count_where("object_id = ?", [object_id])
            self.db.execute("DELETE FROM data_keys WHERE object_id = ?", [object_id])
        return n

    def key_for_object(self, object_id: str) -> str:
        rows = list(self.db["data_keys"].rows_where("object_id = ?", [object_id]))
        if not rows:
            raise NotFoundError(
                M("vault.no_data_key", "No data key for {object_id}.", object_id=object_id),
                hint=M("vault.no_data_key.hint", "The object was removed or never imported; import it again."),
            )
        return rows[0]["key_id"]
