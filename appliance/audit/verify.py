"""Verifying an audit log: the same code for the operator's live log and an auditor's package.

Checks, in order, each reporting the sequence number where it first fails:

1. records are numbered 0, 1, 2, … without gaps, duplicates or reordering;
2. every record's ``prev`` is the leaf hash of the record before it (a hash chain);
3. every checkpoint's Ed25519 signature, and that its root is the Merkle root of the first
   ``size`` records (a checkpoint beyond the last record means the log was cut short);
4. with the audit private key: every record decrypts under its own position and link, and
   its inner ``seq`` is its position;
5. against a checkpoint the auditor kept from an earlier verification: the log still holds at
   least that many records (else it was truncated or an older copy was restored) and its first
   ``size`` records still have that root (a consistency proof from the kept checkpoint to the
   newest one is produced and checked). Given the earlier package's leaf hashes too, the exact
   first differing record is named.

Only the standard library, ``cryptography`` and the two sibling modules are used, so the
standalone verifier runs on a machine with nothing else of the appliance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from appliance.audit import merkle, records


@dataclass
class Finding:
    seq: int | None
    kind: str
    message: str

    def __str__(self) -> str:
        return (f"record {self.seq}: " if self.seq is not None else "") + self.message


@dataclass
class VerifyResult:
    size: int = 0
    root: bytes = merkle.EMPTY_ROOT
    findings: list[Finding] = field(default_factory=list)
    checkpoints_ok: int = 0
    latest_checkpoint: dict | None = None
    decrypted: list[dict] = field(default_factory=list)
    leaves: list[bytes] = field(default_factory=list)
    unsigned_tail: int = 0  # records after the newest checkpoint (not tampering; not yet signed)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def first_bad_seq(self) -> int | None:
        seqs = [f.seq for f in self.findings if f.seq is not None]
        return min(seqs) if seqs else (0 if self.findings else None)

    def summary(self) -> str:
        if self.ok:
            tail = f"; {self.unsigned_tail} newest record(s) not yet under a checkpoint" if self.unsigned_tail else ""
            return (f"PASS: {self.size} records, {self.checkpoints_ok} signed checkpoints verified, "
                    f"root {self.root.hex()[:16]}…{tail}")
        return f"FAIL: first bad record {self.first_bad_seq}; " + "; ".join(str(f) for f in self.findings[:5])


def verify_checkpoint_signature(log_id: str, cp: dict, signing_public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(
            cp["signature"], records.checkpoint_message(log_id, cp["size"], cp["root"], cp["time"]))
        return True
    except InvalidSignature:
        return False


def verify(log_id: str, rows, checkpoints: list[dict], signing_public: bytes, *, audit_private=None,
           kept: dict | None = None, kept_leaves: list[bytes] | None = None) -> VerifyResult:
    """``rows``: iterable of (seq, prev, blob) in stored order. ``checkpoints``: dicts with size,
    root, time, signature (bytes). ``kept``: a checkpoint dict the auditor saved earlier."""
    res = VerifyResult()
    frontier = merkle.Frontier()
    by_size = {}
    for cp in checkpoints:
        if cp["size"] in by_size:
            res.findings.append(Finding(cp["size"] - 1, "checkpoint", f"two checkpoints claim size {cp['size']}"))
        by_size[cp["size"]] = cp
    expected_prev = records.GENESIS_PREV
    seen_kinds: set[str] = set()

    def once(kind: str, seq: int, message: str) -> None:
        # Only the first finding of each kind: the first bad record is what matters, not the cascade.
        if kind not in seen_kinds:
            seen_kinds.add(kind)
            res.findings.append(Finding(seq, kind, message))

    for position, row in enumerate(rows):
        seq, prev, blob = row[0], row[1], row[2]
        stored_leaf = row[3] if len(row) > 3 else None
        if seq != position:
            kind = "missing" if seq > position else "duplicated or out of order"
            once("sequence", position, f"expected record {position}, found {seq}: records {kind}")
        leaf = merkle.leaf_hash(records.leaf_data(seq, prev, blob))
        if stored_leaf is not None and stored_leaf != leaf:
            once("modified", position, "its content no longer matches the hash recorded when it was appended")
        if prev != expected_prev:
            once("chain", position, "its link to the previous record is broken (it was altered, removed, "
                                    "moved or inserted)")
        res.leaves.append(leaf)
        frontier.append(leaf)
        expected_prev = leaf
        if audit_private is not None:
            try:
                rec = records.open_record(audit_private, log_id, position, prev, blob)
            except (InvalidTag, ValueError):
                res.findings.append(Finding(position, "decrypt", "does not decrypt at this position: it was "
                                            "modified, moved or forged"))
                rec = None
            if rec is not None:
                if rec.get("seq") != position:
                    res.findings.append(Finding(position, "content", f"says it is record {rec.get('seq')}"))
                res.decrypted.append(rec)
        cp = by_size.get(position + 1)
        if cp is not None:
            _check_checkpoint(res, log_id, cp, frontier.root(), signing_public, by_size)
    res.size = len(res.leaves)
    res.root = frontier.root()
    for size in sorted(by_size):
        if size > res.size:
            res.findings.append(Finding(res.size, "truncated",
                                        f"a signed checkpoint covers {size} records but only {res.size} are present: "
                                        "the log was cut short"))
            break
    signed = [s for s in by_size if s <= res.size]
    if signed:
        newest = by_size[max(signed)]
        res.latest_checkpoint = newest
        res.unsigned_tail = res.size - newest["size"]
    if kept is not None:
        _check_kept(res, log_id, kept, signing_public, kept_leaves)
    return res


def _check_checkpoint(res: VerifyResult, log_id: str, cp: dict, root: bytes, signing_public: bytes, by_size) -> None:
    size = cp["size"]
    if not verify_checkpoint_signature(log_id, cp, signing_public):
        res.findings.append(Finding(size - 1, "signature", f"the checkpoint at size {size} has a bad signature"))
        return
    if cp["root"] != root:
        smaller = [s for s in by_size if s < size]
        start = max(smaller) if smaller else 0
        res.findings.append(Finding(start, "checkpoint",
                                    f"records {start}..{size - 1} no longer match the checkpoint signed at size "
                                    f"{size}: one of them was altered, removed or inserted"))
        return
    res.checkpoints_ok += 1


def _check_kept(res: VerifyResult, log_id: str, kept: dict, signing_public: bytes, kept_leaves) -> None:
    size = kept["size"]
    if not verify_checkpoint_signature(log_id, kept, signing_public):
        res.findings.append(Finding(None, "kept", "the checkpoint you kept does not carry this log's signature "
                                    "(another workspace, or the signing key changed)"))
        return
    if kept_leaves:
        first = next((i for i, (a, b) in enumerate(zip(kept_leaves, res.leaves, strict=False)) if a != b), None)
        if first is not None:
            res.findings.append(Finding(first, "rewritten", f"record {first} differs from the one you verified "
                                        "before: history was rewritten"))
            return
    if res.size < size:
        res.findings.append(Finding(res.size, "rollback",
                                    f"the log has {res.size} records but you verified {size} before: it was "
                                    "truncated or an older copy was restored"))
        return
    if merkle.root_iterative(res.leaves[:size]) != kept["root"]:
        res.findings.append(Finding(0, "rewritten", f"the first {size} records differ from those you verified "
                                    "before: history was rewritten (give the earlier package with --against to "
                                    "name the first changed record)"))
        return
    newest = res.latest_checkpoint
    if newest is not None and newest["size"] >= size:
        proof = merkle.consistency_proof(size, res.leaves[:newest["size"]])
        if not merkle.verify_consistency(size, newest["size"], kept["root"], newest["root"], proof):
            res.findings.append(Finding(size, "consistency", "no consistency proof from your kept checkpoint"))
