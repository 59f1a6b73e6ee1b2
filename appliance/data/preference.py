"""Preference data: pairs (a prompt, a chosen and a rejected answer) and unpaired judgements (a
prompt, an answer, and whether it is desirable), for the preference methods (``docs/training.md``).

Rows, in JSONL (one object per line), with the prompt as text or as a conversation that ends with
the user's turn:

    preference  {"prompt": str, "chosen": str, "rejected": str}
                {"messages": [..., {"role": "user", ...}], "chosen": str, "rejected": str}
    judgement   {"prompt": str | "messages": [...], "completion": str, "label": true | false}

An answer may also be given as TRL's conversational form, a list with one assistant message
(``"chosen": [{"role": "assistant", "content": "..."}]``); it is stored as its text. Every problem
is named by line and field (``problems.Report``); a pair whose two answers are the same text is an
error (it teaches nothing and, in DPO, its loss is constant), and a judgement file with only one
label is refused as a whole (KTO needs both). Stored records keep the same fields, normalised:
``prompt`` or ``messages``, then ``chosen``/``rejected`` or ``completion``/``label``.
"""

from __future__ import annotations

import math
import statistics
import unicodedata

from appliance.data.problems import Report
from appliance.messages import M, Message

KINDS = ("preference", "judgement")
ROLES = ("system", "user", "assistant")


def kind_of(obj: dict) -> str | None:
    """``preference`` for a row with a chosen or rejected answer, ``judgement`` for one with a
    completion and a label; None otherwise (a chat, instruction or text row)."""
    if "chosen" in obj or "rejected" in obj:
        return "preference"
    if "label" in obj and "completion" in obj:
        return "judgement"
    return None


def _prompt(obj: dict, line: int, report: Report) -> dict | None:
    """``{"prompt": str}`` or ``{"messages": [...]}`` (ending with the user's turn), or None after
    reporting why the row has no usable prompt."""
    if "messages" in obj:
        msgs = obj["messages"]
        if not isinstance(msgs, list) or not msgs:
            report.add(
                "error",
                M("dataset.pref.messages_invalid", "must be a non-empty list of {{role, content}} messages"),
                line,
                "messages",
            )
            return None
        out, ok = [], True
        for i, m in enumerate(msgs):
            where = f"messages[{i}]"
            role = m.get("role") if isinstance(m, dict) else None
            content = m.get("content") if isinstance(m, dict) else None
            if role not in ROLES:
                report.add(
                    "error",
                    M("dataset.pref.bad_role", "role must be one of {roles}", roles=", ".join(ROLES)),
                    line,
                    f"{where}.role",
                )
                ok = False
            elif role == "system" and i:
                report.add(
                    "error",
                    M("dataset.chat.system_not_first", "a system message may only come first"),
                    line,
                    f"{where}.role",
                )
                ok = False
            if not isinstance(content, str) or not content.strip():
                report.add(
                    "error", M("dataset.pref.content_empty", "content must be non-empty text"), line, f"{where}.content"
                )
                ok = False
            out.append({"role": role, "content": content})
        if ok and out[-1]["role"] != "user":
            report.add(
                "error",
                M(
                    "dataset.pref.prompt_must_end_user",
                    "the prompt's conversation must end with the user's turn (the answers follow it)",
                ),
                line,
                "messages",
            )
            ok = False
        return {"messages": out} if ok else None
    value = obj.get("prompt")
    if value is None:
        report.add(
            "error", M("dataset.pref.prompt_missing", "is missing (give 'prompt' text or 'messages')"), line, "prompt"
        )
        return None
    if not isinstance(value, str):
        report.add("error", M("dataset.field_not_text", "must be text"), line, "prompt")
        return None
    if not value.strip():
        report.add("error", M("dataset.field_empty", "is empty"), line, "prompt")
        return None
    return {"prompt": value}


def _answer(obj: dict, name: str, line: int, report: Report) -> str | None:
    """An answer's text: a string, or a list holding one assistant message."""
    if name not in obj:
        report.add("error", M("dataset.field_missing", "is missing"), line, name)
        return None
    value = obj[name]
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
        if value[0].get("role") != "assistant":
            report.add(
                "error",
                M("dataset.pref.answer_role", "an answer given as a message must be the assistant's"),
                line,
                name,
            )
            return None
        value = value[0].get("content")
    if not isinstance(value, str):
        report.add(
            "error",
            M("dataset.pref.answer_not_text", "must be text (or a list with one assistant message)"),
            line,
            name,
        )
        return None
    if not value.strip():
        report.add("error", M("dataset.field_empty", "is empty"), line, name)
        return None
    return value


def parse_row(kind: str, obj: dict, line: int, report: Report) -> dict | None:
    """A preference or judgement row, normalised; None after reporting every problem it has."""
    prompt = _prompt(obj, line, report)
    if kind == "preference":
        chosen, rejected = _answer(obj, "chosen", line, report), _answer(obj, "rejected", line, report)
        if chosen is not None and rejected is not None and chosen.strip() == rejected.strip():
            report.add(
                "error",
                M(
                    "dataset.pref.same_answers",
                    "chosen and rejected are the same text: the pair prefers nothing (remove it, or fix one side)",
                ),
                line,
                "rejected",
            )
            return None
        if prompt is None or chosen is None or rejected is None:
            return None
        return {**prompt, "chosen": chosen, "rejected": rejected}
    completion = _answer(obj, "completion", line, report)
    label = obj.get("label")
    if not isinstance(label, bool):
        report.add(
            "error", M("dataset.pref.label_not_bool", "must be true (desirable) or false (undesirable)"), line, "label"
        )
        return None
    if prompt is None or completion is None:
        return None
    return {**prompt, "completion": completion, "label": label}


def prompt_text(rec: dict) -> str:
    if "messages" in rec:
        return "\n".join(m["content"] for m in rec["messages"])
    return rec["prompt"]


def record_text(rec: dict) -> str:
    """All the text of a preference or judgement record (what one training row holds: the prompt
    and each answer)."""
    answers = [rec["chosen"], rec["rejected"]] if "chosen" in rec else [rec["completion"]]
    return "\n".join([prompt_text(rec), *answers])


def is_preference(rec: dict) -> bool:
    return "chosen" in rec or "completion" in rec


def _folded(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def _lengths(values: list[int]) -> dict:
    if not values:
        return {}
    ordered = sorted(values)
    return {
        "mean": round(statistics.fmean(ordered), 1),
        "p50": ordered[len(ordered) // 2],
        "p95": ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)],
        "max": ordered[-1],
    }


class Summary:
    """What ``datasets show`` says of a preference or judgement dataset, gathered while the rows
    are validated: pairs (or desirable/undesirable counts), the share of pairs whose answers are
    the same once case and spacing are set aside, and the lengths (characters) of each part."""

    def __init__(self, kind: str):
        self.kind = kind
        self.rows = 0
        self.near_same = 0
        self.labels = {True: 0, False: 0}
        self.first_line = {True: 0, False: 0}
        self.parts: dict[str, list[int]] = {}

    def add(self, rec: dict, line: int) -> None:
        self.rows += 1
        self.parts.setdefault("prompt", []).append(len(prompt_text(rec)))
        if self.kind == "preference":
            self.parts.setdefault("chosen", []).append(len(rec["chosen"]))
            self.parts.setdefault("rejected", []).append(len(rec["rejected"]))
            self.near_same += _folded(rec["chosen"]) == _folded(rec["rejected"])
        else:
            self.parts.setdefault("completion", []).append(len(rec["completion"]))
            self.labels[rec["label"]] += 1
            self.first_line[rec["label"]] = self.first_line[rec["label"]] or line

    def finish(self, report: Report) -> None:
        """File-level problems: a judgement file with one label only; pairs that differ only in
        case or spacing (a warning with their share)."""
        if self.kind == "judgement" and self.rows and not (self.labels[True] and self.labels[False]):
            only = "true" if self.labels[True] else "false"
            report.add(
                "error",
                M(
                    "dataset.pref.one_label",
                    "every row's label is {label}: KTO learns from desirable and undesirable answers together "
                    "(add rows labelled {other}, or train on it as supervised data if every answer is good)",
                    label=only,
                    other="false" if only == "true" else "true",
                ),
                None,
                "label",
            )
        if self.kind == "preference" and self.near_same:
            report.add(
                "warning",
                M(
                    "dataset.pref.near_same",
                    "{n} of {rows} pairs differ only in case or spacing ({share:.1%}): they teach little",
                    n=self.near_same,
                    rows=self.rows,
                    share=self.near_same / self.rows,
                ),
            )

    def to_dict(self) -> dict:
        out: dict = {
            "kind": self.kind,
            "rows": self.rows,
            "lengths_chars": {k: _lengths(v) for k, v in self.parts.items()},
        }
        if self.kind == "preference":
            out.update(
                pairs=self.rows, near_same=self.near_same, near_same_share=round(self.near_same / max(1, self.rows), 4)
            )
        else:
            out.update(desirable=self.labels[True], undesirable=self.labels[False])
        return out


def describe(stats: dict) -> Message:
    """One line for ``datasets show``."""
    lengths = stats.get("lengths_chars") or {}
    parts = ", ".join(f"{k} {v.get('p50', 0)}/{v.get('p95', 0)}" for k, v in lengths.items())
    if stats.get("kind") == "preference":
        return M(
            "dataset.pref.describe_pairs",
            "{pairs} pairs; {near_same} ({share:.1%}) with answers the same but for case or spacing; "
            "characters (median/p95): {parts}",
            pairs=stats["pairs"],
            near_same=stats["near_same"],
            share=stats["near_same_share"],
            parts=parts,
        )
    return M(
        "dataset.pref.describe_judgements",
        "{desirable} desirable and {undesirable} undesirable answers; characters (median/p95): {parts}",
        desirable=stats["desirable"],
        undesirable=stats["undesirable"],
        parts=parts,
    )
