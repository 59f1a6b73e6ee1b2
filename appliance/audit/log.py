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
from appliance.errors import ApplianceError, AuditTampered, AuditUnavailable, InvalidInputError  # noqa: F401
from appliance.ids import utc_now

AUDIT_OBJECT = "workspace:audit"
PROMOTE_EVERY = 256  # records between permanent checkpoints within one long command


def signing_key_path(catalog) -> Path:
    return Path(catalog.path).parent / "secrets" / "audit-signing.key"


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
            raise AuditUnavailable(
                "This workspace has no audit log yet, so nothing can be changed in it.",
                hint="Create the workspace first with `appliance init`.",
            )
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

        atomic_write_bytes(
            path,
            signing.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ),
            mode=0o600,
        )
        row, _ = vault.prepare_data_key(provider, AUDIT_OBJECT, "audit")
        # The data key slot holds the audit private key itself (a 32-byte secret like any data key).
        row["wrapped"] = provider.wrap_data_key(row["key_id"], AUDIT_OBJECT, records.raw_private(audit_key))
        vault.record_data_key(row)
        self.db["audit_state"].insert(
            {
                "id": 1,
                "log_id": f"log-{workspace_id}-{secrets.token_hex(4)}",
                "audit_public": records.raw_public(audit_key),
                "signing_public": records.raw_public(signing.public_key()),
                "size": 0,
                "last_leaf": records.GENESIS_PREV,
                "frontier": merkle.Frontier().to_bytes(),
                "created_at": utc_now(),
            },
            pk="id",
        )

    def _signing_key(self, signing_public: bytes) -> Ed25519PrivateKey:
        key = _load_signing_key(str(signing_key_path(self.catalog)))
        if records.raw_public(key.public_key()) != signing_public:
            raise ApplianceError(
                "The audit signing key does not match the log.",
                hint="Restore <home>/secrets/audit-signing.key from a backup.",
            )
        return key

    def audit_private_key(self, provider) -> X25519PrivateKey:
        from appliance.security.vault import Vault

        vault = Vault(self.catalog)
        key_id = vault.key_for_object(AUDIT_OBJECT)
        return X25519PrivateKey.from_private_bytes(vault.data_key(provider, key_id, AUDIT_OBJECT))

    # Appending ----------------------------------------------------------------------------
    def append_in_transaction(self, record: dict) -> int:
        """Append inside the caller's (immediate) transaction; returns the record's seq.

        The signed tree head over every record is rewritten in the same transaction: the log is
        never, even after a kill, in a state where its newest records are unsigned, which is what
        lets a verifier refuse any record no checkpoint covers (a forged tail). The head links to
        the newest permanent checkpoint and becomes one itself at the end of each command
        (``promote_head``) and every ``PROMOTE_EVERY`` records.
        """
        # Plain SQL on the hot path: sqlite-utils' table helpers re-read the schema on every call.
        conn = self.db.conn
        row = conn.execute(
            "SELECT log_id, audit_public, size, last_leaf, frontier, signing_public, head_size, head_root, "
            "head_time, head_signature, head_prev FROM audit_state WHERE id = 1"
        ).fetchone()
        if row is None:
            self.require()
        log_id, audit_public, seq, prev, frontier_raw, signing_public, *head = row
        frontier = merkle.Frontier.from_bytes(frontier_raw)
        self._check_signed(log_id, seq, frontier.root(), signing_public, head)
        record = {**record, "seq": seq}
        blob = records.seal_record(audit_public, log_id, seq, prev, record)
        leaf = merkle.leaf_hash(records.leaf_data(seq, prev, blob))
        frontier.append(leaf)
        size, root = seq + 1, frontier.root()
        head_prev = self._newest_checkpoint_hash(log_id)
        time = utc_now()
        signature = self._signing_key(signing_public).sign(
            records.checkpoint_message(log_id, size, root, time, head_prev)
        )
        conn.execute(
            "INSERT INTO audit_records (seq, prev, blob, leaf, sig_time, sig, sig_prev) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [seq, prev, blob, leaf, time, signature, head_prev],
        )
        conn.execute(
            "UPDATE audit_state SET size = ?, last_leaf = ?, frontier = ?, head_size = ?, head_root = ?, "
            "head_time = ?, head_signature = ?, head_prev = ? WHERE id = 1",
            [size, leaf, frontier.to_bytes(), size, root, time, signature, head_prev],
        )
        if size % PROMOTE_EVERY == 0:
            self._promote_in_transaction()
        return seq

    def _check_signed(self, log_id: str, size: int, root: bytes, signing_public: bytes, head) -> None:
        """Refuse to append to a log whose state the appliance did not sign: a forger who added
        records (and fixed the state) would otherwise have them signed by the next command."""
        if size == 0:
            return
        from appliance.audit.verify import verify_checkpoint_signature

        head_size, head_root, head_time, head_signature, head_prev = head
        if head_signature is not None:
            cp = {
                "size": head_size,
                "root": head_root,
                "time": head_time,
                "signature": head_signature,
                "prev": head_prev,
            }
        else:  # a log from before format 2: its newest permanent checkpoint must cover every record
            last = self.db.conn.execute(
                "SELECT size, root, time, signature, prev FROM audit_checkpoints ORDER BY size DESC LIMIT 1"
            ).fetchone()
            cp = dict(zip(("size", "root", "time", "signature", "prev"), last, strict=True)) if last else None
        if (
            cp is None
            or cp["size"] != size
            or cp["root"] != root
            or not verify_checkpoint_signature(log_id, cp, signing_public)
        ):
            raise AuditTampered(
                f"The audit log holds {size} records but the appliance signed "
                f"{cp['size'] if cp else 'none'} of them as they are now: it was altered outside the appliance. "
                "Nothing was written, so the evidence stays as it is.",
                hint="Run `appliance audit verify` to see the first bad record, and tell your auditor.",
            )

    def append(self, record: dict) -> int:
        """Append in a transaction of its own (durable when this returns)."""
        with self.catalog.transaction():
            return self.append_in_transaction(record)

    def _newest_checkpoint_hash(self, log_id: str) -> bytes:
        last = self.db.conn.execute(
            "SELECT size, root, time, signature, prev FROM audit_checkpoints ORDER BY size DESC LIMIT 1"
        ).fetchone()
        if last is None:
            return records.NO_CHECKPOINT
        return records.checkpoint_hash(
            log_id, dict(zip(("size", "root", "time", "signature", "prev"), last, strict=True))
        )

    def head(self) -> dict | None:
        """The signed tree head over every record (None for a log written before format 2 that has
        not appended since)."""
        row = self.db.conn.execute(
            "SELECT head_size, head_root, head_time, head_signature, head_prev FROM audit_state WHERE id = 1"
        ).fetchone()
        if row is None or row[3] is None:
            return None
        return dict(zip(("size", "root", "time", "signature", "prev"), row, strict=True))

    def _promote_in_transaction(self) -> None:
        head = self.head()
        last = self.db.conn.execute("SELECT MAX(size) FROM audit_checkpoints").fetchone()[0]
        if head is not None and head["size"] > (last or 0):
            self.db.conn.execute(
                "INSERT INTO audit_checkpoints (size, root, time, signature, prev) VALUES (?, ?, ?, ?, ?)",
                [head["size"], head["root"], head["time"], head["signature"], head["prev"]],
            )

    def promote_head(self) -> None:
        """Keep the current signed head as a permanent checkpoint (the end of every command): the
        history of checkpoints is what kept checkpoints and consistency proofs are checked against.
        Nothing is signed here; the head was signed when its last record was appended."""
        if self.available:
            with self.catalog.transaction():
                self._promote_in_transaction()

    # Reading ------------------------------------------------------------------------------
    def iter_rows(self):
        """``(seq, prev, blob, leaf, signature)`` per record in stored order; ``signature`` is
        ``{"time", "signature", "prev"}`` of the tree head signed with the record, or None for
        records written before format 2."""
        for seq, prev, blob, leaf, t, sig, sig_prev in self.db.execute(
            "SELECT seq, prev, blob, leaf, sig_time, sig, sig_prev FROM audit_records ORDER BY rowid"
        ).fetchall():
            yield seq, prev, blob, leaf, ({"time": t, "signature": sig, "prev": sig_prev} if sig is not None else None)

    def checkpoints(self) -> list[dict]:
        """The permanent checkpoints and, when it covers more, the signed head: every tree head
        a verifier checks."""
        cps = [dict(r) for r in self.db["audit_checkpoints"].rows_where(order_by="size")]
        head = self.head()
        if head is not None and head["size"] > (cps[-1]["size"] if cps else 0):
            cps.append(head)
        return cps

    def verify(self, *, audit_private=None, kept: dict | None = None):
        """Verify the live log (``audit/verify.py``) and that the log's own state (its size, last
        leaf and tree frontier in ``audit_state``) agrees with its records. Returns a ``VerifyResult``."""
        from appliance.audit.verify import Finding, verify

        st, rows, cps, _ = self.snapshot()
        res = verify(st["log_id"], rows, cps, st["signing_public"], audit_private=audit_private, kept=kept)
        stored_last = rows[-1][3] if rows else records.GENESIS_PREV
        if st["size"] != res.size:
            res.findings.append(
                Finding(
                    min(st["size"], res.size),
                    "state",
                    f"the log's state says {st['size']} records but {res.size} are stored: records "
                    f"were {'removed' if st['size'] > res.size else 'added'} behind its back",
                )
            )
        elif st["last_leaf"] != stored_last or merkle.Frontier.from_bytes(st["frontier"]).root() != res.root:
            res.findings.append(
                Finding(
                    max(res.size - 1, 0),
                    "state",
                    "the log's state (its last leaf and tree) does not match its records",
                    exact=False,
                )
            )
        return res

    def export_package(self, dest: Path, *, workspace_id: str) -> dict:
        """Write an evidence package of a consistent snapshot of the log (``audit/package.py``).
        Raises ``PackageError`` if ``dest`` exists and is not empty."""
        from appliance.audit.package import write_package

        st, rows, cps, auditors = self.snapshot()
        return write_package(
            Path(dest),
            state=st,
            workspace_id=workspace_id,
            rows=rows,
            checkpoints=cps,
            auditors=auditors,
            exported_by=actor(),
            exported_at=utc_now(),
        )

    def snapshot(self) -> tuple[dict, list, list[dict], list[dict]]:
        """State, records, checkpoints and auditors read in one transaction (a consistent view
        even while another process appends)."""
        with self.catalog.transaction():
            return (self.require(), list(self.iter_rows()), self.checkpoints(), self.auditors())

    # Auditors -----------------------------------------------------------------------------
    def add_auditor(self, provider, public_text: str) -> dict:
        st = self.require()
        try:
            name, public = records.parse_public(public_text)
        except ValueError as exc:
            raise InvalidInputError(
                f"Not an auditor public key: {exc}.", hint="Use the .pub file made by `appliance auditor keygen`."
            ) from exc
        auditor_id = "aud-" + records.fingerprint(public)
        if self.db["auditors"].count_where("auditor_id = ?", [auditor_id]):
            raise InvalidInputError(
                f"Auditor {auditor_id} ({name}) is already registered.",
                hint="Nothing to do: packages exported from now on already include them "
                "(`appliance audit auditors` lists them).",
            )
        priv = self.audit_private_key(provider)
        row = {
            "auditor_id": auditor_id,
            "name": name,
            "public_key": public,
            "wrapped_audit_key": records.wrap_for_auditor(public, records.raw_private(priv), st["log_id"], auditor_id),
            "added_at": utc_now(),
        }
        self.db["auditors"].insert(row, pk="auditor_id")
        return row

    def auditors(self) -> list[dict]:
        return [dict(r) for r in self.db["auditors"].rows_where(order_by="added_at")]


@functools.lru_cache(maxsize=4)
def _load_signing_key(path: str) -> Ed25519PrivateKey:
    """The log-signing key, read once per process (every append signs a checkpoint)."""
    return serialization.load_pem_private_key(Path(path).read_bytes(), password=None)


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
