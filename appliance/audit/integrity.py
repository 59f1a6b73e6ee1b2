"""The operator's log against its own signed state (docs/formats/audit-log.md, "Checkpoints" and
"Completeness"): why the appliance refuses to append (``refusal_reason``), and what
``appliance audit verify`` checks beyond the records (``state_findings``): the state row agrees
with the records, and the signed head, which counts as the log's newest checkpoint, verifies
like every other one. The two use the same rules, so a log that verify passes is one the
appliance appends to, and the other way round.

Every field read from the database is checked for type and size first: a damaged row gives a
finding or a refusal naming the field, never a crash.
"""

from __future__ import annotations

from appliance.audit import merkle, records
from appliance.audit.verify import Finding, checkpoint_problem, verify_checkpoint_signature
from appliance.messages import M, Message

HEAD_FIELDS = ("size", "root", "time", "signature", "prev")
_STATE_HEAD = ("head_size", "head_root", "head_time", "head_signature", "head_prev")


def state_problem(st: dict) -> Message | None:
    """What makes the state row unusable (a field of the wrong type or size), or None."""
    if not isinstance(st.get("log_id"), str) or not st["log_id"]:
        return M("audit.state.log_id", "its log_id is not text")
    for name in ("audit_public", "signing_public", "last_leaf"):
        if not isinstance(st.get(name), bytes) or len(st[name]) != 32:
            return M("audit.state.not_32_bytes", "its {name} is not 32 bytes", name=name)
    size = st.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size < 1 << 63:
        return M("audit.problem.size", "its size {size:.40} is not a record count", size=repr(size))
    frontier = st.get("frontier")
    if not isinstance(frontier, bytes) or len(frontier) < 8 or (len(frontier) - 8) % 32:
        return M("audit.state.frontier", "its tree frontier is not 8 bytes and whole 32-byte hashes")
    return None


def head_of(st: dict) -> dict | None:
    """The signed head kept in the state row, as a checkpoint dict (None: never written, a log
    from before format 2 that has not appended since)."""
    if st.get("head_signature") is None:
        return None
    return {field: st.get(column) for field, column in zip(HEAD_FIELDS, _STATE_HEAD, strict=True)}


def _frontier_problem(st: dict) -> Message | None:
    f = merkle.Frontier.from_bytes(st["frontier"])
    if f.size != st["size"] or len(f.hashes) != bin(st["size"]).count("1"):
        return M("audit.state.frontier_size", "its tree frontier does not describe its {n} records", n=st["size"])
    return None


def _follows(log_id: str, head: dict, newest: dict | None) -> bool:
    """The head is the newest permanent checkpoint, or the next one after it (linked to it)."""
    if newest is not None and all(head.get(k) == newest.get(k) for k in HEAD_FIELDS):
        return True
    if newest is None:
        return head.get("prev") == records.NO_CHECKPOINT
    return head["size"] > newest["size"] and head.get("prev") == records.checkpoint_hash(log_id, newest)


def refusal_reason(st: dict, newest: dict | None) -> Message | None:
    """Why the appliance must not append to this log (its stored state is not one it signed), or
    None. ``st``: the state row with its head columns; ``newest``: the newest permanent
    checkpoint. A forger who added records and fixed the state would otherwise have them signed
    by the next command; one who removed checkpoints would have the removal covered."""
    problem = state_problem(st)
    if problem is not None:
        return M("audit.refusal.state_damaged", "its state row is damaged ({problem})", problem=problem)
    size, head = st["size"], head_of(st)
    if newest is not None and checkpoint_problem(newest) is not None:
        return M(
            "audit.refusal.newest_malformed",
            "the newest checkpoint kept in it is malformed ({problem})",
            problem=checkpoint_problem(newest),
        )
    cp = head if head is not None else newest  # a log from before format 2: its newest checkpoint
    if cp is None:
        if size == 0:
            return None
        return M("audit.refusal.unsigned", "none of its {n} records is under a signed head", n=size)
    if checkpoint_problem(cp) is not None:
        return M(
            "audit.refusal.head_malformed", "its signed head is malformed ({problem})", problem=checkpoint_problem(cp)
        )
    if not verify_checkpoint_signature(st["log_id"], cp, st["signing_public"]):
        return M(
            "audit.refusal.head_signature",
            "its signed head (over {n} records) does not carry the appliance's signature",
            n=cp["size"],
        )
    if cp["size"] != size:
        return M(
            "audit.refusal.head_size",
            "it holds {n} records but its signed head covers {covered}",
            n=size,
            covered=cp["size"],
        )
    if _frontier_problem(st) is not None:
        return _frontier_problem(st)
    if cp["root"] != merkle.Frontier.from_bytes(st["frontier"]).root():
        return M("audit.refusal.head_root", "its signed head no longer matches its records")
    if head is not None and not _follows(st["log_id"], head, newest):
        return M(
            "audit.refusal.head_unlinked",
            "its signed head does not follow the newest checkpoint kept in it: signed checkpoints were removed or "
            "replaced",
        )
    return None


def state_findings(st: dict, res, permanent: list[dict], last_leaf: bytes) -> list[Finding]:
    """What the operator's verify adds to the records' verification (``res``): the state row
    agrees with the records (size, last leaf, tree), and the signed head verifies. A head that
    covers more than the newest permanent checkpoint was verified with the checkpoints already
    (``AuditLog.checkpoints``); one at the newest permanent checkpoint's size must be that very
    checkpoint (the head is kept by copying it)."""
    out: list[Finding] = []
    fr = merkle.Frontier.from_bytes(st["frontier"])
    if st["size"] != res.size:
        if st["size"] > res.size:
            message = M(
                "audit.finding.state_removed",
                "the log's state says {n} records but {stored} are stored: records were removed behind its back",
                n=st["size"],
                stored=res.size,
            )
        else:
            message = M(
                "audit.finding.state_added",
                "the log's state says {n} records but {stored} are stored: records were added behind its back",
                n=st["size"],
                stored=res.size,
            )
        out.append(Finding(min(st["size"], res.size), "state", message))
    elif st["last_leaf"] != last_leaf or fr.size != res.size or fr.root() != res.root:
        out.append(
            Finding(
                max(res.size - 1, 0),
                "state",
                M(
                    "audit.finding.state_mismatch",
                    "the log's state (its last leaf and tree) does not match its records",
                ),
                exact=False,
            )
        )
    head = head_of(st)
    if head is not None:
        problem = _head_problem(st, head, res, permanent)
        if problem is not None:
            out.append(
                Finding(
                    None,
                    "head",
                    M(
                        "audit.finding.head",
                        "the signed head in the log's state {problem}; the appliance refuses to append to the "
                        "log until it is restored",
                        problem=problem,
                    ),
                )
            )
    return out


def _head_problem(st: dict, head: dict, res, permanent: list[dict]) -> Message | None:
    problem = checkpoint_problem(head)
    if problem is not None:
        return M("audit.head.malformed", "is malformed ({problem})", problem=problem)
    sizes = [c["size"] for c in permanent if checkpoint_problem(c) is None]
    last = max(sizes, default=0)
    if head["size"] > last:
        return None  # one of the checkpoints verify() checked
    if not verify_checkpoint_signature(st["log_id"], head, st["signing_public"]):
        return M(
            "audit.head.signature",
            "(size {size}) does not carry the appliance's signature: its signature, root, time or link was changed "
            "outside the appliance",
            size=head["size"],
        )
    if head["size"] < last:
        return M(
            "audit.head.fewer",
            "covers {size} records, fewer than the newest checkpoint kept in the log ({last})",
            size=head["size"],
            last=last,
        )
    same = next(c for c in permanent if checkpoint_problem(c) is None and c["size"] == last)
    if any(head.get(k) != same.get(k) for k in HEAD_FIELDS):
        return M(
            "audit.head.not_kept", "is not the checkpoint kept at its size ({last}), though both are signed", last=last
        )
    return None  # the newest permanent checkpoint itself, which verify() checked
