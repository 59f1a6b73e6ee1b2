"""The request checks of ``tools`` and ``tool_choice`` (``validation.check_request`` calls them;
kept apart from ``tools.py``, which raises ``validation.ApiError``, so the two do not import each
other)."""

from __future__ import annotations


def check_tools(body: dict) -> tuple[str | None, str | None]:
    tools = body.get("tools")
    if tools is None:
        return None, None
    if not isinstance(tools, list):
        return "Invalid request: tools: must be a list.", "tools"
    for i, t in enumerate(tools):
        f = t.get("function") if isinstance(t, dict) else None
        if not isinstance(f, dict) or not isinstance(f.get("name"), str) or not f["name"]:
            return (
                f"Invalid request: tools.{i}.function.name: each tool needs a function with a name.",
                f"tools.{i}.function.name",
            )
        if "parameters" in f and not isinstance(f["parameters"], dict):
            return (
                f"Invalid request: tools.{i}.function.parameters: must be a JSON schema object.",
                f"tools.{i}.function.parameters",
            )
    choice = body.get("tool_choice")
    names = {t["function"]["name"] for t in tools}
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if name not in names:
            return f"Invalid request: tool_choice: no tool named {name!r} was given.", "tool_choice"
    elif choice is not None and choice not in ("auto", "none", "required"):
        return "Invalid request: tool_choice: must be auto, none, required or a named function.", "tool_choice"
    return None, None
