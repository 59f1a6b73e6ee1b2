"""What verifying an audit log finds (``verify.py`` checks, this module says): a ``Finding``
names the record it is about (or a range the evidence bounds) and what is wrong, as a
``Message``; a ``VerifyResult`` gathers them with the counts, and says where the damage starts
(``where_message``) and the verdict (``summary_message``), in the reader's language.

Only the standard library and the sibling ``merkle`` module are used, with ``appliance.messages``
(standard library only): the standalone verifier imports this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from appliance.audit import merkle
from appliance.messages import M, Message


def joined(items: list) -> Message:
    """Messages (or strings) one after the other, separated by "; " in the reader's language."""
    out = items[0] if isinstance(items[0], Message) else M("text", "{text}", text=str(items[0]))
    for item in items[1:]:
        out = M("list.semicolon", "{first}; {next}", first=out, next=item)
    return out


@dataclass
class Finding:
    seq: int | None
    kind: str
    message: Message | str
    exact: bool = True  # False: the bad record is at or after ``seq``, not necessarily ``seq`` itself
    end: int | None = None  # for a range: the last record it may be

    def as_message(self) -> Message:
        """The finding with the record(s) it names in front ("record 7: …")."""
        if self.seq is None:
            return self.message if isinstance(self.message, Message) else M("text", "{text}", text=self.message)
        if self.exact:
            return M("audit.finding.record", "record {seq}: {message}", seq=self.seq, message=self.message)
        if self.end is not None and self.end >= self.seq:
            return M(
                "audit.finding.records",
                "records {seq}..{end}: {message}",
                seq=self.seq,
                end=self.end,
                message=self.message,
            )
        return M("audit.finding.records_from", "records from {seq}: {message}", seq=self.seq, message=self.message)

    def __str__(self) -> str:
        return self.as_message().render()


@dataclass
class VerifyResult:
    size: int = 0
    root: bytes = merkle.EMPTY_ROOT
    findings: list[Finding] = field(default_factory=list)
    checkpoints_ok: int = 0
    latest_checkpoint: dict | None = None
    decrypted: list[dict] = field(default_factory=list)
    leaves: list[bytes] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def bounds(self) -> tuple[int, int | None] | None:
        """``(lo, hi)``: the first bad record the evidence shows is at or after ``lo`` and at or
        before ``hi`` (None: no upper bound). Each finding shows a bad record within its own range
        (exact: one record), so the first of them lies between the lowest start and the lowest end.
        None when no finding names a record."""
        placed = [f for f in self.findings if f.seq is not None]
        if not placed:
            return None
        ends = [f.seq if f.exact else f.end for f in placed if f.exact or f.end is not None]
        return min(f.seq for f in placed), (min(ends) if ends else None)

    @property
    def first_bad_seq(self) -> int | None:
        """The lowest record the evidence may show bad (exact, or the start of a bound)."""
        b = self.bounds()
        return b[0] if b else None

    @property
    def first_bad_at_most(self) -> int | None:
        """The highest record the first bad one can be (equal to ``first_bad_seq`` when exact)."""
        b = self.bounds()
        return b[1] if b else None

    @property
    def first_bad_exact(self) -> bool:
        b = self.bounds()
        return b is not None and b[0] == b[1]

    def where_message(self) -> Message:
        """Where the damage starts, in words: "first bad record 7" (exact) or a bound."""
        b = self.bounds()
        if b is None:
            if self.findings and all(f.kind == "head" for f in self.findings):
                return M("audit.where.head", "the signed head in the log's state, not a record")
            return M("audit.where.whole_log", "the log as a whole")
        lo, hi = b
        if lo == hi:
            return M("audit.where.record", "first bad record {seq}", seq=lo)
        if hi is None:
            return M(
                "audit.where.at_or_after",
                "first bad record at or after {lo} (the evidence bounds it, it does not name it)",
                lo=lo,
            )
        return M(
            "audit.where.between",
            "first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)",
            lo=lo,
            hi=hi,
        )

    def where(self) -> str:
        return self.where_message().render()

    def summary_message(self) -> Message:
        if self.ok:
            return M(
                "audit.summary.pass",
                "PASS: {n} records, every one under a signed checkpoint ({checkpoints} verified), root {root}…",
                n=self.size,
                checkpoints=self.checkpoints_ok,
                root=self.root.hex()[:16],
            )
        return M(
            "audit.summary.fail",
            "FAIL: {where}; {findings}",
            where=self.where_message(),
            findings=joined([f.as_message() for f in _ordered(self.findings)[:5]]),
        )

    def summary(self) -> str:
        return self.summary_message().render()


def _ordered(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.seq is None, f.seq if f.seq is not None else 0, not f.exact))
