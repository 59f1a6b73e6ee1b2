"""``--columns``: which CSV column holds which field of a row (``formats.parse_csv`` reads them)."""

from __future__ import annotations

from appliance.errors import InvalidInputError
from appliance.messages import M


def parse_columns(spec: str | None) -> dict[str, str] | None:
    """``"instruction=question,output=answer"`` → ``{"instruction": "question", ...}``."""
    if not spec:
        return None
    out = {}
    for part in spec.split(","):
        if "=" not in part:
            raise InvalidInputError(
                M("dataset.columns_entry_invalid", "--columns entry {entry!r} is not target=column.", entry=part),
                hint=M("dataset.columns_entry_invalid.hint", "Example: --columns instruction=question,output=answer"),
            )
        target, column = (x.strip() for x in part.split("=", 1))
        out[target] = column
    return out
