"""How deeply parsed data nests: checked without recursion, so the answer does not depend on the
interpreter's recursion limit (which a library such as torch's compiler may have raised).

Readers of TOML and JSON also catch ``RecursionError`` for input nested beyond what the parser can
read; input the parser did read is held to a fixed depth here, so the same file gets the same
refusal in every process."""

from __future__ import annotations


def depth(obj, stop: int = 1_000) -> int:
    """How many levels of lists and tables ``obj`` nests (a scalar is 0); counting ends past ``stop``."""
    deepest, stack = 0, [(obj, 1)]
    while stack:
        node, d = stack.pop()
        if isinstance(node, (list, dict)):
            deepest = max(deepest, d)
            if d <= stop:
                stack.extend((v, d + 1) for v in (node.values() if isinstance(node, dict) else node))
    return deepest


def group_depth(pattern: str) -> int:
    """How deeply a regular expression nests its groups: the most ``(`` open at once, not counting
    escaped ones or those in a character class (``[...]``)."""
    deepest = level = 0
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":  # a ] first in a class is itself
                i += 1
            continue
        elif c == "(":
            level += 1
            deepest = max(deepest, level)
        elif c == ")":
            level = max(0, level - 1)
        i += 1
    return deepest
