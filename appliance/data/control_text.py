"""Control-token text in dataset rows: found at import and reported, never trained as a token.

A row whose text spells a control token (``<|im_end|>``, ``<|im_start|>system``, ``<filename>``…)
is imported as it is, with a warning naming its line and field (docs/datasets.md): training
tokenizes a row's own text with special tokens split (``appliance/tuning/data.py``), so such text
is trained as the characters it is made of and can neither end a turn nor open one.
"""

from __future__ import annotations

from typing import Iterator

from appliance.data.formats import Report
from appliance.messages import M

# Control-token texts of common chat formats, looked for in every row even without a tokenizer.
CONTROL_LITERALS = (
    "<|im_start|>",
    "<|im_end|>",
    "<|endoftext|>",
    "<|begin_of_text|>",
    "<|end_of_text|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|eot_id|>",
    "<|system|>",
    "<|user|>",
    "<|assistant|>",
    "<|end|>",
    "<start_of_turn>",
    "<end_of_turn>",
    "[INST]",
    "[/INST]",
    "<s>",
    "</s>",
)


def record_fields(rec: dict) -> Iterator[tuple[str, str]]:
    """``(field, text)`` for every text of a normalised record (``messages[1].content``, ``output``…)."""
    if "messages" in rec:
        for i, m in enumerate(rec["messages"]):
            yield f"messages[{i}].content", m["content"]
    else:
        for key in ("instruction", "input", "output", "text"):
            if rec.get(key):
                yield key, rec[key]


def control_literal_finder(specials=()):
    """A function giving, for a text, the control-token texts it contains (the tokenizer's special
    tokens ``specials`` and ``CONTROL_LITERALS``), longest first."""
    import re

    names = sorted({s for s in (*specials, *CONTROL_LITERALS) if s}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(s) for s in names))
    return lambda text: list(dict.fromkeys(pattern.findall(text)))


def check_control_literals(rec: dict, line: int, report: Report, find) -> None:
    """A warning per field whose text contains a control token's text: training keeps it as plain
    text (never the control token), but the row may have been meant to hold a conversation."""
    for name, text in record_fields(rec):
        found = find(text)
        if found:
            shown = ", ".join(f"'{s}'" for s in found[:3])
            report.add(
                "warning",
                M(
                    "dataset.control_text",
                    "contains {found}, the text of a control token; it is trained as plain text, never as the "
                    "token (it cannot end a turn or open one)",
                    found=shown,
                ),
                line,
                name,
            )
