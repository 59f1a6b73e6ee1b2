"""Grounded answers: the sources a question retrieved, put before the question, and which of them
the answer cites.

``grounded_messages`` rewrites the conversation's last user turn: the sources numbered ``[1]``…
``[k]`` (title, version, page or section, text), then the question, asking for a brief answer that
cites its source by number; the other turns stay as they were. ``citations`` lists every source
given to the model (docs/retrieval.md, "Citations"), each marked ``cited`` when the answer refers
to its number.
"""

from __future__ import annotations

import re

from appliance.knowledge.index import Retrieval

# The sources go into the question's own turn, before it: small models (the built-in 135M one)
# answer from text in the user's turn far more often than from a system message (measured on the
# sample circulars' questions: docs/retrieval.md, "The prompt").
LEAD = "Read these sources:"
ASK = "Using the sources above, answer briefly: {question}\nCite the source you used by its number, like [1]."
NO_SOURCES = (
    "None of the documents matched this question. Say that the documents do not cover it; do not guess.\n\n"
    "Question: {question}"
)
_MARK = re.compile(r"\[(\d{1,3})(?:\s*,\s*(\d{1,3}))*\]")


def source_label(hit) -> str:
    where = f"p. {hit.page}" if hit.page else hit.anchor
    parts = [hit.title, f"version {hit.version}"] + ([where] if where else [])
    return ", ".join(parts)


def grounded_question(question: str, retrieval: Retrieval) -> str:
    """The question's turn as the model reads it: the numbered sources, then the question."""
    if not retrieval.hits:
        return NO_SOURCES.format(question=question)
    parts = [LEAD, ""]
    for h in retrieval.hits:
        parts += [f"[{h.rank}] ({source_label(h)})", h.text.strip(), ""]
    parts.append(ASK.format(question=question))
    return "\n".join(parts)


def grounded_messages(messages: list[dict], retrieval: Retrieval) -> list[dict]:
    """``messages`` with their last user turn holding the sources before its question (the other
    turns, a system message included, as they were)."""
    out = [dict(m) for m in messages]
    for m in reversed(out):
        if m.get("role") == "user":
            m["content"] = grounded_question(_text(m.get("content")), retrieval)
            break
    return out


def _text(content) -> str:
    if isinstance(content, list):
        return " ".join(p.get("text") or "" for p in content if isinstance(p, dict))
    return content or ""


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
            return _text(m.get("content"))
    return ""
