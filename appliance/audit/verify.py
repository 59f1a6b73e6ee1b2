"""Verifying an audit log: the same code for the operator's live log and an auditor's package.

Checks, each reporting the record where it first fails (docs/formats/audit-log.md, "Verification"):

1. records are numbered 0, 1, 2, … without gaps, duplicates or reordering;
2. every record's ``prev`` is the leaf hash of the record before it (a hash chain), and its leaf
   hash is the one recorded when it was appended;
3. every checkpoint's Ed25519 signature, that its root is the Merkle root of the first ``size``
   records, and (version 2) that it links to the checkpoint before it: none was removed;
4. **completeness**: the newest signed checkpoint covers every record. Records no checkpoint
   covers could have been written by anyone (the audit public key and the chain are public), so
   they fail the log: a log with no checkpoint, or a tail after the newest one, is not intact;
5. with the audit private key: every record decrypts under its own position and link, and its
   inner ``seq`` is its position;
6. against a checkpoint the auditor kept from an earlier verification: the same signing key, at
   least that many records (else truncated or an older copy restored), the same root over them
   (a consistency proof to the newest checkpoint is produced and checked). Given the earlier
   package's leaf hashes too, the exact first differing record is named.

A finding is *exact* when it names the record that is wrong, or a *range* when the evidence only
bounds it (a checkpoint that no longer matches says "somewhere after the previous good one").
The summary's first bad record is the lowest exact one, else the start of the lowest range.

Only the standard library, ``cryptography``, the sibling modules (``findings.py`` holds what a
verification finds: ``Message``s, and their renderings in the current language) and
``appliance.messages`` (standard library only) are used, so the standalone verifier runs on a
machine with nothing else of the appliance.
"""

from __future__ import annotations

import json

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from appliance.audit import merkle, records, verify_approvals
from appliance.audit.findings import Finding, VerifyResult, joined  # noqa: F401 - imported from here too
from appliance.messages import M, Message


def verify_checkpoint_signature(log_id: str, cp: dict, signing_public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(
            cp["signature"], records.checkpoint_message(log_id, cp["size"], cp["root"], cp["time"], cp.get("prev"))
        )
        return True
    except (InvalidSignature, ValueError):
        return False


_U64 = 1 << 64


def _is_count(v, low: int = 0) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and low <= v < _U64


def _is_hash(v) -> bool:
    return isinstance(v, bytes) and len(v) == 32


def checkpoint_problem(cp) -> Message | None:
    """What makes ``cp`` unusable as a checkpoint (wrong type or size of a field), or None. A
    damaged database or package must give a finding or a refusal, never a crash."""
    if not isinstance(cp, dict):
        return M("audit.problem.not_checkpoint", "it is not a checkpoint")
    if not _is_count(cp.get("size"), 1):
        return M("audit.problem.size", "its size {size:.40} is not a record count", size=repr(cp.get("size")))
    if not _is_hash(cp.get("root")):
        return M("audit.problem.root", "its root is not a 32-byte hash")
    if not isinstance(cp.get("time"), str):
        return M("audit.problem.time", "its time is not text")
    if not isinstance(cp.get("signature"), bytes):
        return M("audit.problem.signature", "its signature is not bytes")
    if cp.get("prev") is not None and not _is_hash(cp["prev"]):
        return M("audit.problem.checkpoint_link", "its link to the checkpoint before it is not a 32-byte hash")
    return None


def row_problem(row) -> Message | None:
    """What makes a stored record row unusable (wrong type or size of a field), or None."""
    if not isinstance(row, (tuple, list)) or len(row) < 3:
        return M("audit.problem.not_row", "it is not a record row")
    if not _is_count(row[0]):
        return M("audit.problem.position", "its position {position:.40} is not a record number", position=repr(row[0]))
    if not _is_hash(row[1]):
        return M("audit.problem.record_link", "its link to the previous record is not a 32-byte hash")
    if not isinstance(row[2], bytes):
        return M("audit.problem.sealed_record", "its sealed record is not bytes")
    if len(row) > 3 and not _is_hash(row[3]):
        return M("audit.problem.leaf_hash", "its recorded leaf hash is not a 32-byte hash")
    sig = row[4] if len(row) > 4 else None
    if sig is not None and (
        not isinstance(sig, dict)
        or checkpoint_problem({**sig, "size": 1, "root": bytes(32)}) is not None
        or not _is_hash(sig.get("prev"))  # every per-record signature is version 2
    ):
        return M("audit.problem.row_signature", "the signature stored with it is malformed")
    return None


def record_problem(rec) -> Message | None:
    """What makes a decrypted record not a well-formed record (docs/formats/audit-log.md): not an
    object, no whole-number ``seq``, or a field of the wrong type. None when it is well formed."""
    if not isinstance(rec, dict):
        return M("audit.problem.not_record", "it decrypts to something that is not a record")
    if not isinstance(rec.get("seq"), int) or isinstance(rec.get("seq"), bool):
        return M("audit.problem.seq", "its field 'seq' is missing or not a whole number")
    types = {"time": str, "actor": dict, "action": str, "outcome": str, "objects": list}
    types.update(dict.fromkeys(("inputs", "outputs", "params", "error"), dict))
    for name, kind in types.items():
        if rec.get(name) is not None and not isinstance(rec[name], kind):
            if kind is dict:
                return M("audit.problem.field_not_object", "its field {name!r} is not an object", name=name)
            return M("audit.problem.field_type", "its field {name!r} is not {kind}", name=name, kind=kind.__name__)
    return None


def _displayable(rec, position: int) -> dict:
    """A malformed decrypted record in the shape every reader expects, the original kept under
    ``malformed`` (the report shows it; nothing downstream trips over a wrong type)."""
    return {
        "seq": position,
        "time": "",
        "actor": {},
        "action": "",
        "outcome": "",
        "objects": [],
        "malformed": rec if isinstance(rec, (dict, list, str, int, float, bool)) or rec is None else repr(rec),
    }


def verify(
    log_id: str,
    rows,
    checkpoints: list[dict],
    signing_public: bytes,
    *,
    audit_private=None,
    kept: dict | None = None,
    kept_leaves: list[bytes] | None = None,
) -> VerifyResult:
    """``rows``: iterable of (seq, prev, blob[, leaf[, signature]]) in stored order. ``checkpoints``:
    dicts with size, root, time, signature (bytes) and, from version 2, prev. ``kept``: a
    checkpoint dict the auditor saved earlier (with ``signing_public`` when the file has it)."""
    res = VerifyResult()
    by_size = _checkpoints_by_size(res, checkpoints)
    _check_checkpoint_chain(res, log_id, by_size)
    frontier = merkle.Frontier()
    expected_prev = records.GENESIS_PREV
    seen_kinds: set[str] = set()

    def once(kind: str, seq: int, message: Message) -> None:
        # Only the first finding of each kind: the first bad record is what matters, not the cascade.
        if kind not in seen_kinds:
            seen_kinds.add(kind)
            res.findings.append(Finding(seq, kind, message))

    signatures: list[dict | None] = []
    for position, row in enumerate(rows):
        problem = row_problem(row)
        if problem is not None:
            once(
                "malformed",
                position,
                M("audit.finding.malformed", "its stored fields are malformed: {problem}", problem=problem),
            )
            leaf, prev, sig = merkle.leaf_hash(b"malformed" + position.to_bytes(8, "big")), None, None
        else:
            leaf, prev, sig = _check_row(once, position, row, expected_prev)
        signatures.append(sig)
        res.leaves.append(leaf)
        frontier.append(leaf)
        expected_prev = leaf
        if audit_private is not None:
            rec = _open(once, audit_private, log_id, position, prev, row[2] if prev is not None else None)
            if rec is not None:
                res.decrypted.append(rec)
        cp = by_size.get(position + 1)
        if cp is not None:
            _check_checkpoint(res, log_id, cp, frontier.root(), signing_public, by_size)
    res.size = len(res.leaves)
    res.root = frontier.root()
    _check_complete(res, by_size)
    if kept is not None:
        _check_kept(res, log_id, kept, signing_public, kept_leaves, by_size)
    _pinpoint(res, log_id, signing_public, signatures)
    if audit_private is not None:  # people and four-eyes approvals (verify_approvals.py)
        res.findings.extend(verify_approvals.check(res.decrypted))
    return res


def _checkpoints_by_size(res: VerifyResult, checkpoints) -> dict[int, dict]:
    by_size: dict[int, dict] = {}
    for cp in checkpoints:
        problem = checkpoint_problem(cp)
        if problem is not None:  # left out: the chain and completeness rules then say what it leaves unproven
            res.findings.append(
                Finding(
                    None,
                    "checkpoint",
                    M("audit.finding.checkpoint_malformed", "a checkpoint is malformed: {problem}", problem=problem),
                )
            )
            continue
        if cp["size"] in by_size:
            res.findings.append(
                Finding(
                    max(cp["size"] - 1, 0),
                    "checkpoint",
                    M("audit.finding.checkpoint_twice", "two checkpoints claim size {size}", size=cp["size"]),
                )
            )
        by_size[cp["size"]] = cp
    return by_size


def _check_row(once, position: int, row, expected_prev: bytes):
    """Numbering, stored leaf hash and chain link of one well-formed row: ``(leaf, prev, signature)``."""
    seq, prev, blob = row[0], row[1], row[2]
    stored_leaf = row[3] if len(row) > 3 else None
    if seq != position:
        if seq > position:
            message = M(
                "audit.finding.missing",
                "expected record {position}, found {seq}: records missing",
                position=position,
                seq=seq,
            )
        else:
            message = M(
                "audit.finding.out_of_order",
                "expected record {position}, found {seq}: records duplicated or out of order",
                position=position,
                seq=seq,
            )
        once("sequence", position, message)
    leaf = merkle.leaf_hash(records.leaf_data(seq, prev, blob))
    if stored_leaf is not None and stored_leaf != leaf:
        once(
            "modified",
            position,
            M("audit.finding.modified", "its content no longer matches the hash recorded when it was appended"),
        )
    if prev != expected_prev:
        once(
            "chain",
            position,
            M(
                "audit.finding.chain",
                "its link to the previous record is broken (it was altered, removed, moved or inserted)",
            ),
        )
    return leaf, prev, (row[4] if len(row) > 4 else None)


def _open(once, audit_private, log_id: str, position: int, prev: bytes | None, blob: bytes | None) -> dict | None:
    """The decrypted record at ``position`` (a malformed one in a readable shape), or None."""
    if prev is None or blob is None:
        return None
    try:
        plain = records.open_from(audit_private, blob, records.record_aad(log_id, position, prev), records.RECORD_INFO)
    except (InvalidTag, ValueError):
        once(
            "decrypt",
            position,
            M("audit.finding.decrypt", "does not decrypt at this position: it was modified, moved or forged"),
        )
        return None
    try:
        rec = json.loads(plain)
    except (ValueError, RecursionError):  # not JSON, or nested beyond the reader's depth
        rec = plain[:2000].decode("utf-8", "replace")
    problem = record_problem(rec)
    if problem is not None:
        once(
            "content",
            position,
            M("audit.finding.malformed_record", "{problem}: the appliance never writes such a record", problem=problem),
        )
        return _displayable(rec, position)
    if rec["seq"] != position:
        once("content", position, M("audit.finding.says_seq", "says it is record {seq}", seq=rec["seq"]))
    return rec


def _pinpoint(res: VerifyResult, log_id: str, signing_public: bytes, signatures: list) -> None:
    """Turn a range into the exact record where possible: every record carries the tree head the
    appliance signed when it appended it; the first record in the range whose signature does not
    hold over the records as they are now is the first one that is not what was signed."""
    first_signed = next((i for i, sig in enumerate(signatures) if sig is not None), None)
    for f in res.findings:
        if f.exact or f.seq is None or f.seq >= res.size:
            continue
        end = min(f.end if f.end is not None else res.size - 1, res.size - 1)
        frontier = merkle.Frontier()
        for leaf in res.leaves[: f.seq]:
            frontier.append(leaf)
        for i in range(f.seq, end + 1):
            frontier.append(res.leaves[i])
            sig = signatures[i] if i < len(signatures) else None
            if sig is None:
                if first_signed is not None and i > first_signed:
                    # Every record since the log's first signed one carries its signature.
                    f.seq, f.exact = i, True
                    f.message = M(
                        "audit.finding.first_unsigned",
                        "{finding}; record {seq} is the first without the signature every record after {first} carries",
                        finding=f.message,
                        seq=i,
                        first=first_signed,
                    )
                break  # written before format 2: the range is what the evidence gives
            head = {
                "size": i + 1,
                "root": frontier.root(),
                "time": sig["time"],
                "signature": sig["signature"],
                "prev": sig["prev"],
            }
            if not verify_checkpoint_signature(log_id, head, signing_public):
                f.seq, f.exact = i, True
                f.message = M(
                    "audit.finding.first_not_signed",
                    "{finding}; record {seq} is the first that is not what the appliance signed when it appended it",
                    finding=f.message,
                    seq=i,
                )
                break


def _check_checkpoint_chain(res: VerifyResult, log_id: str, by_size: dict[int, dict]) -> None:
    """Version-2 checkpoints each sign the hash of the one before: a removed one breaks the link."""
    before = None
    for size in sorted(by_size):
        cp = by_size[size]
        if cp.get("prev") is not None:
            expected = records.checkpoint_hash(log_id, before) if before is not None else records.NO_CHECKPOINT
            if cp["prev"] != expected:
                start = before["size"] if before is not None else 0
                res.findings.append(
                    Finding(
                        start,
                        "checkpoint-removed",
                        M(
                            "audit.finding.checkpoint_removed",
                            "the checkpoint signed at size {size} does not follow the one before it (size {start}): "
                            "signed checkpoints in between were removed or replaced",
                            size=size,
                            start=start,
                        ),
                        exact=False,
                        end=size - 1,
                    )
                )
                return
        before = cp


def _check_checkpoint(res: VerifyResult, log_id: str, cp: dict, root: bytes, signing_public: bytes, by_size) -> None:
    size = cp["size"]
    smaller = [s for s in by_size if s < size]
    start = max(smaller) if smaller else 0
    if not verify_checkpoint_signature(log_id, cp, signing_public):
        res.findings.append(
            Finding(
                start,
                "signature",
                M(
                    "audit.finding.bad_signature",
                    "the checkpoint at size {size} has a bad signature: it "
                    "was forged or altered, so records after the previous checkpoint are unproven",
                    size=size,
                ),
                exact=size - start == 1,
                end=size - 1,
            )
        )
        return
    if cp["root"] != root:
        res.findings.append(
            Finding(
                start,
                "checkpoint",
                M(
                    "audit.finding.checkpoint_mismatch",
                    "records {start}..{last} no longer match the checkpoint signed at size "
                    "{size}: one of them was altered, removed or inserted",
                    start=start,
                    last=size - 1,
                    size=size,
                ),
                exact=size - start == 1,
                end=size - 1,
            )
        )
        return
    res.checkpoints_ok += 1


def _check_complete(res: VerifyResult, by_size: dict[int, dict]) -> None:
    """The completeness rule: the newest signed checkpoint covers every record."""
    for size in sorted(by_size):
        if size > res.size:
            res.findings.append(
                Finding(
                    res.size,
                    "truncated",
                    M(
                        "audit.finding.truncated",
                        "a signed checkpoint covers {size} records but only {n} are present: the log was cut short",
                        size=size,
                        n=res.size,
                    ),
                )
            )
            break
    signed = [s for s in by_size if s <= res.size]
    if signed:
        res.latest_checkpoint = by_size[max(signed)]
    if res.size == 0:
        return
    covered = max(signed) if signed else 0
    if covered < res.size:
        if not signed:
            message = M(
                "audit.finding.none_signed",
                "no signed checkpoint covers any record: nothing proves the appliance wrote them (anyone can "
                "encrypt and chain records with the public keys), so they are treated as forged",
            )
        else:
            message = M(
                "audit.finding.unsigned_tail",
                "records {covered}..{last} come after the newest signed checkpoint (size {covered}): nothing "
                "proves the appliance wrote them (anyone can encrypt and chain records with the public keys), "
                "so they are treated as forged",
                covered=covered,
                last=res.size - 1,
            )
        res.findings.append(Finding(covered, "unsigned", message))


def _check_kept(
    res: VerifyResult, log_id: str, kept: dict, signing_public: bytes, kept_leaves, by_size: dict[int, dict]
) -> None:
    size = kept["size"]
    if kept.get("signing_public") is not None and kept["signing_public"] != signing_public:
        res.findings.append(
            Finding(
                None,
                "signing-key",
                M(
                    "audit.finding.signing_key",
                    "the log is signed with another key than the one you "
                    "verified before: it was replaced (a forged log) or the workspace re-created",
                ),
            )
        )
        return
    if not verify_checkpoint_signature(log_id, kept, signing_public):
        res.findings.append(
            Finding(
                None,
                "kept",
                M(
                    "audit.finding.kept_signature",
                    "the checkpoint you kept does not carry this log's signature "
                    "(another workspace, or the signing key changed)",
                ),
            )
        )
        return
    if kept_leaves:
        first = next((i for i, (a, b) in enumerate(zip(kept_leaves, res.leaves, strict=False)) if a != b), None)
        if first is not None:
            res.findings.append(
                Finding(
                    first,
                    "rewritten",
                    M(
                        "audit.finding.record_rewritten",
                        "record {seq} differs from the one you verified before: history was rewritten",
                        seq=first,
                    ),
                )
            )
            return
    if res.size < size:
        res.findings.append(_rolled_back(res, log_id, kept, by_size))
        return
    if merkle.root_iterative(res.leaves[:size]) != kept["root"]:
        res.findings.append(_rewritten(res, log_id, kept, by_size))
        return
    newest = res.latest_checkpoint
    if newest is not None and newest["size"] >= size:
        proof = merkle.consistency_proof(size, res.leaves[: newest["size"]])
        if not merkle.verify_consistency(size, newest["size"], kept["root"], newest["root"], proof):
            res.findings.append(
                Finding(
                    size,
                    "consistency",
                    M("audit.finding.consistency", "no consistency proof from your kept checkpoint"),
                    exact=False,
                )
            )


def _unchanged_prefix(res: VerifyResult, log_id: str, kept: dict, by_size: dict[int, dict]) -> int:
    """How many leading records are proven to be those the auditor verified: the size of the
    checkpoint the kept one signed as its predecessor (its hash is the kept ``prev``) when the log
    still holds it and its root still matches the records; else 0. The kept root itself proves
    nothing about a prefix of the records it covers."""
    if kept.get("prev") is None:
        return 0
    for cp in by_size.values():
        if (
            cp["size"] < kept["size"]
            and cp["size"] <= res.size
            and records.checkpoint_hash(log_id, cp) == kept["prev"]
            and merkle.root_iterative(res.leaves[: cp["size"]]) == cp["root"]
        ):
            return cp["size"]
    return 0


def _rolled_back(res: VerifyResult, log_id: str, kept: dict, by_size: dict[int, dict]) -> Finding:
    """Fewer records than the kept checkpoint covers: those from ``res.size`` on are missing, and
    the ones before cannot be compared with the kept root (it covers the missing ones too), so the
    first changed record is at or before ``res.size``: a range, unless the checkpoint the kept one
    follows proves every record before it (``_unchanged_prefix``)."""
    size, low = kept["size"], _unchanged_prefix(res, log_id, kept, by_size)
    message = M(
        "audit.finding.rollback",
        "the log has {n} records but you verified {size} before: it was truncated or an older "
        "copy was restored; records {n}..{last} are missing",
        n=res.size,
        size=size,
        last=size - 1,
    )
    if low < res.size:
        message = M(
            "audit.finding.rollback_unproven",
            "{finding}; records {low}..{high} cannot be compared with those you verified (your kept checkpoint's "
            "root covers all {size}), so the first changed record may be among them",
            finding=message,
            low=low,
            high=res.size - 1,
            size=size,
        )
    return Finding(low, "rollback", message, exact=low == res.size, end=res.size)


def _rewritten(res: VerifyResult, log_id: str, kept: dict, by_size: dict[int, dict]) -> Finding:
    """The first ``size`` records no longer have the kept root. A root shows only that at least one
    of them changed, not which: the finding is the range 0..size-1, narrowed from below by
    ``_unchanged_prefix``; per-record signatures may still name the record (``_pinpoint``)."""
    size = kept["size"]
    low = _unchanged_prefix(res, log_id, kept, by_size)
    if low:
        message = M(
            "audit.finding.rewritten_after",
            "the first {size} records are not those you verified before: history was rewritten; "
            "records 0..{proven} are unchanged (the checkpoint your kept one follows still covers them); "
            "the kept checkpoint's root shows only that one of records {low}..{last} changed "
            "(give the earlier package with --against to name it)",
            size=size,
            proven=low - 1,
            low=low,
            last=size - 1,
        )
    else:
        message = M(
            "audit.finding.rewritten",
            "the first {size} records are not those you verified before: history was rewritten; "
            "the kept checkpoint's root shows only that one of records {low}..{last} changed "
            "(give the earlier package with --against to name it)",
            size=size,
            low=low,
            last=size - 1,
        )
    return Finding(low, "rewritten", message, exact=size - low == 1, end=size - 1)
