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
from appliance.audit.integrity import HEAD_FIELDS, head_of, refusal_reason, state_findings, state_problem
from appliance.audit.verify import checkpoint_problem
from appliance.errors import ApplianceError, AuditTampered, AuditUnavailable, InvalidInputError  # noqa: F401
from appliance.ids import utc_now
from appliance.messages import M, Message

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
                M("audit.no_log", "This workspace has no audit log yet, so nothing can be changed in it."),
                hint=M("audit.no_log.hint", "Create the workspace first with `appliance init`."),
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
                M("audit.signing_key_mismatch", "The audit signing key does not match the log."),
                hint=M("audit.signing_key_mismatch.hint", "Restore <home>/secrets/audit-signing.key from a backup."),
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
        st, newest = self._state_and_newest()
        if st is None:
            self.require()
        reason = refusal_reason(st, newest)
        if reason is not None:
            raise self._tampered(reason)
        log_id, seq, prev = st["log_id"], st["size"], st["last_leaf"]
        frontier = merkle.Frontier.from_bytes(st["frontier"])
        record = {**record, "seq": seq}
        blob = records.seal_record(st["audit_public"], log_id, seq, prev, record)
        leaf = merkle.leaf_hash(records.leaf_data(seq, prev, blob))
        frontier.append(leaf)
        size, root = seq + 1, frontier.root()
        head_prev = records.checkpoint_hash(log_id, newest) if newest is not None else records.NO_CHECKPOINT
        time = utc_now()
        signature = self._signing_key(st["signing_public"]).sign(
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

    _STATE_AND_NEWEST = (
        "SELECT s.log_id, s.audit_public, s.size, s.last_leaf, s.frontier, s.signing_public, s.head_size, "
        "s.head_root, s.head_time, s.head_signature, s.head_prev, c.size, c.root, c.time, c.signature, c.prev, "
        "c.size IS NOT NULL FROM audit_state s LEFT JOIN (SELECT size, root, time, signature, prev FROM "
        "audit_checkpoints ORDER BY size DESC LIMIT 1) c WHERE s.id = 1"
    )
    _STATE_COLUMNS = (
        "log_id",
        "audit_public",
        "size",
        "last_leaf",
        "frontier",
        "signing_public",
        "head_size",
        "head_root",
        "head_time",
        "head_signature",
        "head_prev",
    )

    def _state_and_newest(self) -> tuple[dict | None, dict | None]:
        """The state row (with its signed head) and the newest permanent checkpoint, read in one
        statement: one consistent view even while another process appends and promotes."""
        row = self.db.conn.execute(self._STATE_AND_NEWEST).fetchone()
        if row is None:
            return None, None
        st = dict(zip(self._STATE_COLUMNS, row[:11], strict=True))
        newest = dict(zip(HEAD_FIELDS, row[11:16], strict=True)) if row[16] else None
        return st, newest

    def refusal(self) -> AuditTampered | None:
        """The error an append would raise now because the log was altered outside the appliance,
        or None (also None without a log). Read only: every audited action asks before its body
        runs (``actions.Action``), so a refused log changes nothing, in the catalog or outside it."""
        st, newest = self._state_and_newest()
        if st is None:
            return None
        reason = refusal_reason(st, newest)
        return self._tampered(reason) if reason is not None else None

    def _tampered(self, reason: Message) -> AuditTampered:
        """The refusal, saying what does not hold and, where verification finds it, which record.
        Its ``reason`` (a ``Message``) is that, with the detail."""
        try:
            res = self.verify()
        except Exception:  # noqa: BLE001 - the refusal stands without the detail
            res = None
        if res is not None and res.bounds() is not None:
            reason = M("audit.refusal.where", "{reason} ({where})", reason=reason, where=res.where_message())
        elif res is not None and res.findings and all(f.kind in ("head", "state") for f in res.findings):
            reason = M(
                "audit.refusal.records_intact",
                "{reason}; the records themselves still match their signed checkpoints",
                reason=reason,
            )
        err = AuditTampered(
            M(
                "audit.tampered",
                "The audit log was altered outside the appliance: {reason}. "
                "Nothing was written, so the evidence stays as it is.",
                reason=reason,
            ),
            hint=M(
                "audit.tampered.hint",
                "Run `appliance audit verify` for the details, keep this machine as it is, and tell your auditor.",
            ),
        )
        err.reason = reason
        return err

    def append(self, record: dict) -> int:
        """Append in a transaction of its own (durable when this returns)."""
        with self.catalog.transaction():
            return self.append_in_transaction(record)

    def head(self) -> dict | None:
        """The signed tree head over every record (None for a log written before format 2 that has
        not appended since). Its fields are as stored: check them (``checkpoint_problem``)."""
        st, _ = self._state_and_newest()
        return head_of(st) if st is not None else None

    def _promote_in_transaction(self) -> None:
        head = self.head()
        last = self.db.conn.execute("SELECT MAX(size) FROM audit_checkpoints").fetchone()[0]
        if head is not None and checkpoint_problem(head) is None and head["size"] > (last or 0):
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
        a verifier checks (the head at the newest permanent one's size is that checkpoint; the
        operator's verify checks that too, ``integrity.state_findings``)."""
        return _with_head(self._permanent_checkpoints(), self.head())

    def _permanent_checkpoints(self) -> list[dict]:
        return [dict(r) for r in self.db["audit_checkpoints"].rows_where(order_by="size")]

    def verify(self, *, audit_private=None, kept: dict | None = None):
        """Verify the live log (``audit/verify.py``), that the log's own state (its size, last leaf
        and tree frontier in ``audit_state``) agrees with its records, and that its signed head
        verifies like every checkpoint (``integrity.state_findings``). Returns a ``VerifyResult``."""
        from appliance.audit.verify import Finding, verify

        with self.catalog.transaction():  # one consistent view, even while another process appends
            st, rows, permanent = self.require(), list(self.iter_rows()), self._permanent_checkpoints()
        cps = _with_head(permanent, head_of(st))
        problem = state_problem(st)
        if problem is not None:  # no usable log id or signing key: every signature fails
            log_id = st["log_id"] if isinstance(st.get("log_id"), str) else ""
            signing = st["signing_public"] if isinstance(st.get("signing_public"), bytes) else bytes(32)
            res = verify(log_id, rows, cps, signing, audit_private=audit_private, kept=kept)
            res.findings.append(
                Finding(
                    None,
                    "state",
                    M("audit.finding.state_damaged", "the log's state row is damaged: {problem}", problem=problem),
                )
            )
            return res
        res = verify(st["log_id"], rows, cps, st["signing_public"], audit_private=audit_private, kept=kept)
        last_leaf = rows[-1][3] if rows else records.GENESIS_PREV
        res.findings.extend(state_findings(st, res, permanent, last_leaf))
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
    def add_auditor(self, provider, public_text: str | bytes) -> dict:
        """Register the auditor of ``public_text`` (an auditor.pub's text or bytes): the audit key
        wrapped to them. Raises ``InvalidInputError`` for a file that is not an auditor key."""
        st = self.require()
        try:
            name, public = records.parse_public(public_text)
        except ValueError as exc:
            raise InvalidInputError(
                M("audit.not_public_key", "Not an auditor public key: {reason}.", reason=records.reason(exc)),
                hint=M("audit.not_public_key.hint", "Use the .pub file made by `appliance auditor keygen`."),
            ) from exc
        auditor_id = "aud-" + records.fingerprint(public)
        if self.db["auditors"].count_where("auditor_id = ?", [auditor_id]):
            raise InvalidInputError(
                M(
                    "audit.auditor_registered",
                    "Auditor {auditor_id} ({name}) is already registered.",
                    auditor_id=auditor_id,
                    name=name,
                ),
                hint=M(
                    "audit.auditor_registered.hint",
                    "Nothing to do: packages exported from now on already include them "
                    "(`appliance audit auditors` lists them).",
                ),
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


def _with_head(permanent: list[dict], head: dict | None) -> list[dict]:
    last = max((c["size"] for c in permanent if checkpoint_problem(c) is None), default=0)
    if head is not None and checkpoint_problem(head) is None and head["size"] > last:
        return [*permanent, head]
    return permanent


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
    from appliance.audit.roles import person

    who = person()
    out = {"user": user, "uid": os.getuid(), "role": os.environ.get("APPLIANCE_ROLE", "operator"), "pid": os.getpid()}
    if who is not None:  # a workspace with people: the person who signed in, and their role
        out.update(person=who["name"], person_id=who["id"], role=who["role"])
    return out
