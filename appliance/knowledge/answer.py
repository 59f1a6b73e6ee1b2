"""Grounded answers: the sources a question retrieved, put before the conversation, and which of
them the answer cites.

``grounded_messages`` adds one system message that numbers the sources ``[1]``…``[k]`` (title,
version, page or section, text) and asks the model to answer from them and cite them by number;
a system message the client sent follows it. ``citations`` lists every source given to the model
(docs/retrieval.md, "Citations"), each marked ``cited`` when the answer refers to its number.
"""

from __future__ import annotations

import re

from appliance.knowledge.index import Retrieval

INSTRUCTION = (
    "Answer the question using only the numbered sources below. After each fact, cite its source "
    "by number in square brackets, for example [1]. If the sources do not contain the answer, say "
    "that the documents do not say."
)
NO_SOURCES = (
    "No document in the collections matched this question. Say that the documents do not cover it; do not guess."
)
_MARK = re.compile(r"\[(\d{1,3})(?:\s*,\s*(\d{1,3}))*\]")


def source_label(hit) -> str:
    where = f"p. {hit.page}" if hit.page else hit.anchor
    parts = [hit.title, f"version {hit.version}"] + ([where] if where else [])
    return ", ".join(parts)


def context_text(retrieval: Retrieval) -> str:
    if not retrieval.hits:
        return NO_SOURCES
    lines = [INSTRUCTION, ""]
    for h in retrieval.hits:
        lines.append(f"[{h.rank}] ({source_label(h)})")
        lines.append(h.text.strip())
        lines.append("")
    return "\n".join(lines).rstrip()


def grounded_messages(messages: list[dict], retrieval: Retrieval) -> list[dict]:
    """``messages`` with the sources' system message first (the client's system message after it)."""
    return [{"role": "system", "content": context_text(retrieval)}, *messages]


def cited_numbers(answer: str) -> set[int]:
    out: set[int] = set()
    for m in _MARK.finditer(answer or ""):
        out.update(int(x) for x in re.findall(r"\d+", m.group(0)))
    return out


def citations(retrieval: Retrieval, answer: str | None) -> list[dict]:
    """The sources given to the model, each with ``cited``: whether the answer names its number."""
    named = cited_numbers(answer or "")
    return [dict(h.citation(), cited=h.rank in named) for h in retrieval.hits]


def last_user_text(messages: list[dict]) -> str:
    """The question a conversation asks: its last user message's text."""
    for m in reversed(messages or []):
        if m.get("role") == "user":
            c = m.get("content")
            if isinstance(c, str):
                return c
            if isinstance(c, list):
                return " ".join(p.get("text") or "" for p in c if isinstance(p, dict))
    return ""
