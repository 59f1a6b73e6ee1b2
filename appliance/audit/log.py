"""The audit log: encrypted records in a Merkle tree, signed checkpoints, auditors.

Records, checkpoints and the tree's frontier live in the catalog database (``audit_*`` tables),
so a state change and its record are one transaction (``appliance/audit/actions.py`` does
that). Each append is ``BEGIN IMMEDIATE`` … ``COMMIT`` with ``synchronous=FULL``: when it
returns, the record is on disk.

Keys: records are encrypted to the workspace's audit X25519 public key (``records.py``); its
private key is wrapped by the vault (data key of object ``workspace:audit``) and to every
registered auditor. Checkpoints are signed with the workspace's Ed25519 log-signing key, kept in
``<home>/secrets/audit-signing.key`` (0600): the log must be able to sign while the workspace is
locked, like a server's host key. It proves which appliance produced a checkpoint; what stops
anyone, the operator included, from rewriting history is the checkpoint an auditor keeps
(``appliance-audit verify --checkpoint``).
"""

from __future__ import annotations

import functools
import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from appliance.audit import merkle, records
from appliance.errors import ApplianceError, InvalidInputError

AUDIT_OBJECT = "workspace:audit"
CHECKPOINT_EVERY = 256


class AuditUnavailable(ApplianceError):
    """The workspace has no audit log yet (it is created by `appliance init`)."""

    exit_code = 12


def signing_key_path(catalog) -> Path:
    return Path(catalog.path).parent / "secrets" / "audit-signing.key"


def utc_now() -> str:
    from appliance.catalog import utc_now as now

    return now()


class AuditLog:
    """Append to, checkpoint and read the log in ``catalog``'s database."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.db = catalog.db

    # State --------------------------------------------------------------------------------
    def state(self) -> dict | None:
        rows = list(self.db["audit_state"].rows_where("id = 1"))
        return rows[0] if rows else None

    def require(self) -> dict:
        st = self.state()
        if st is None:
            raise AuditUnavailable("This workspace has no audit log yet, so nothing can be changed in it.",
                                   hint="Create the workspace first with `appliance init`.")
        return st

    @property
    def available(self) -> bool:
        return self.state() is not None

    # Genesis (inside `appliance init`'s transaction) ---------------------------------------
    def create(self, vault, provider, workspace_id: str) -> None:
        audit_key = X25519PrivateKey.generate()
        signing = Ed25519PrivateKey.generate()
        path = signing_key_path(self.catalog)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        from appliance.fsutil import atomic_write_bytes

        atomic_write_bytes(path, signing.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()), mode=0o600)
        row, _ = vault.prepare_data_key(provider, AUDIT_OBJECT, "audit")
        # The data key slot holds the audit private key itself (a 32-byte secret like any data key).
        row["wrapped"] = provider.wrap_data_key(row["key_id"], AUDIT_OBJECT, records.raw_private(audit_key))
        vault.record_data_key(row)
        self.db["audit_state"].insert({
            "id": 1, "log_id": f"log-{workspace_id}-{secrets.token_hex(4)}",
            "audit_public": records.raw_public(audit_key),
            "signing_public": records.raw_public(signing.public_key()),
            "size": 0, "last_leaf": records.GENESIS_PREV, "frontier": merkle.Frontier().to_bytes(),
            "created_at": utc_now()}, pk="id")

    def _signing_key(self) -> Ed25519PrivateKey:
        data = signing_key_path(self.catalog).read_bytes()
        key = serialization.load_pem_private_key(data, password=None)
        st = self.require()
        if records.raw_public(key.public_key()) != st["signing_public"]:
            raise ApplianceError("The audit signing key does not match the log.",
                                 hint="Restore <home>/secrets/audit-signing.key from a backup.")
        return key

    def audit_private_key(self, provider) -> X25519PrivateKey:
        from appliance.security.vault import Vault

        vault = Vault(self.catalog)
        key_id = vault.key_for_object(AUDIT_OBJECT)
        return X25519PrivateKey.from_private_bytes(vault.data_key(provider, key_id, AUDIT_OBJECT))

    # Appending ----------------------------------------------------------------------------
    def append_in_transaction(self, record: dict) -> int:
        """Append inside the caller's (immediate) transaction; returns the record's seq."""
        # Plain SQL on the hot path: sqlite-utils' table helpers re-read the schema on every call.
        conn = self.db.conn
        row = conn.execute("SELECT log_id, audit_public, size, last_leaf, frontier FROM audit_state "
                           "WHERE id = 1").fetchone()
        if row is None:
            self.require()
        log_id, audit_public, seq, prev, frontier_raw = row
        record = {**record, "seq": seq}
        blob = records.seal_record(audit_public, log_id, seq, prev, record)
        leaf = merkle.leaf_hash(records.leaf_data(seq, prev, blob))
        frontier = merkle.Frontier.from_bytes(frontier_raw)
        frontier.append(leaf)
        conn.execute("INSERT INTO audit_records (seq, prev, blob, leaf) VALUES (?, ?, ?, ?)", [seq, prev, blob, leaf])
        conn.execute("UPDATE audit_state SET size = ?, last_leaf = ?, frontier = ? WHERE id = 1",
                     [seq + 1, leaf, frontier.to_bytes()])
        if (seq + 1) % CHECKPOINT_EVERY == 0:
            self._checkpoint_in_transaction(log_id, seq + 1, frontier.root())
        return seq

    def append(self, record: dict) -> int:
        """Append in a transaction of its own (durable when this returns)."""
        with self.catalog.transaction():
            return self.append_in_transaction(record)

    def _checkpoint_in_transaction(self, log_id: str, size: int, root: bytes) -> None:
        if self.db["audit_checkpoints"].count_where("size = ?", [size]):
            return
        time = utc_now()
        sig = self._signing_key().sign(records.checkpoint_message(log_id, size, root, time))
        self.db["audit_checkpoints"].insert({"size": size, "root": root, "time": time, "signature": sig}, pk="size")

    def checkpoint(self) -> int | None:
        """Sign the current tree head unless it already is; returns the size checkpointed."""
        if not self.available:
            return None
        with self.catalog.transaction():
            st = self.require()
            if st["size"] == 0:
                return None
            self._checkpoint_in_transaction(st["log_id"], st["size"],
                                            merkle.Frontier.from_bytes(st["frontier"]).root())
            return st["size"]

    # Reading ------------------------------------------------------------------------------
    def iter_rows(self):
        yield from self.db.execute("SELECT seq, prev, blob, leaf FROM audit_records ORDER BY rowid").fetchall()

    def checkpoints(self) -> list[dict]:
        return [dict(r) for r in self.db["audit_checkpoints"].rows_where(order_by="size")]

    # Auditors -----------------------------------------------------------------------------
    def add_auditor(self, provider, public_text: str) -> dict:
        st = self.require()
        try:
            name, public = records.parse_public(public_text)
        except ValueError as exc:
            raise InvalidInputError(f"Not an auditor public key: {exc}.",
                                    hint="Use the .pub file made by `appliance auditor keygen`.") from exc
        auditor_id = "aud-" + records.fingerprint(public)
        if self.db["auditors"].count_where("auditor_id = ?", [auditor_id]):
            raise InvalidInputError(f"Auditor {auditor_id} ({name}) is already registered.")
        priv = self.audit_private_key(provider)
        row = {"auditor_id": auditor_id, "name": name, "public_key": public,
               "wrapped_audit_key": records.wrap_for_auditor(public, records.raw_private(priv), st["log_id"], auditor_id),
               "added_at": utc_now()}
        self.db["auditors"].insert(row, pk="auditor_id")
        return row

    def auditors(self) -> list[dict]:
        return [dict(r) for r in self.db["auditors"].rows_where(order_by="added_at")]


@functools.lru_cache(maxsize=1)
def host_id() -> str:
    import hashlib
    import platform

    for p in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return hashlib.sha256(Path(p).read_bytes().strip()).hexdigest()[:16]
        except OSError:
            continue
    return hashlib.sha256(platform.node().encode()).hexdigest()[:16]


def actor() -> dict:
    import getpass

    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no passwd entry in some containers
        user = str(os.getuid())
    return {"user": user, "uid": os.getuid(), "role": os.environ.get("APPLIANCE_ROLE", "operator"), "pid": os.getpid()}
