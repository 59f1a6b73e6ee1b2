"""Grammars that fit in ``max_tokens``: a structure the request forces is never cut.

A compact grammar (``schema_grammar``) removes the whitespace a small model would spend, but a
free string, an array without ``maxItems`` or a free-form object can still grow until
``max_tokens`` cuts it. When a request gives ``max_tokens``, the grammar is bounded so that the
largest answer it admits fits: each free string at most ``L`` characters, each free repetition
(array items, an object's extra members) at most ``K``, free-form values nested at most ``D``
deep. ``L``, ``K`` and ``D`` are the largest on a ladder whose worst-case size (``max_size``) is
within ``max_tokens``; where even the smallest is over, the smallest is used and the answer may
still be cut (then reported as cut).

Sizes are in tokens, counted as one per character of the JSON's structure (keys, punctuation,
literals: the worst case) and one per two characters of free text inside strings (tokenizers
spell text in pieces of several characters; a model that writes one character or one byte a token
can still run out, and is then reported as cut, never passed off as complete). An escape
(``\\u00e9``) counts as one character. Bounds the schema sets itself (``maxLength``,
``maxItems``, ``enum``) are kept.
"""

from __future__ import annotations

import json
import re

from appliance.serving.gbnf_rules import _pointer

STRINGS = (256, 192, 128, 96, 64, 48, 32, 24, 16, 12, 8, 4, 2, 0)  # L to choose from
REPEATS = (8, 4, 2, 1)  # K
DEPTHS = (3, 2, 1)  # D
INTEGER = 17  # characters an integer may take (sign and 16 digits: the grammar's limit)
NUMBER = 40  # a number with a fraction (an exponent's 16 more digits are not counted)
DEPTH = 8  # $ref chains followed when sizing (deeper recursion is sized as a free value)


def caps_for(schema, max_tokens: int) -> tuple[int, int, int] | None:
    """The roomiest (L, K, D) whose largest answer fits in ``max_tokens`` tokens (as counted here):
    strings of up to 64 characters first, then more repetitions, then longer strings, then depth."""
    fits = [
        (L, K, D)
        for L in STRINGS
        for K in REPEATS
        for D in DEPTHS
        if max_size(schema, schema, (L, K, D), 0) <= max_tokens
    ]
    if not fits:  # not even the skeleton fits: left unbounded (a cut answer is reported as cut)
        return None
    return max(fits, key=lambda c: (min(c[0], 64), c[1], c[0], c[2]))


def max_size(node, root, caps, depth: int) -> int:
    """The most tokens (as counted here) compact JSON valid for ``node`` can take under ``caps``."""
    L, K, D = caps
    if node is True or node == {} or not isinstance(node, dict):
        return _free(caps, D)
    if "const" in node:
        return len(_dump(node["const"]))
    if isinstance(node.get("enum"), list) and node["enum"]:
        return max(len(_dump(v)) for v in node["enum"])
    if isinstance(node.get("$ref"), str):
        if depth >= DEPTH:
            return _free(caps, D)
        try:
            target = _pointer(root, node["$ref"])
        except Exception:  # noqa: BLE001 - the converter reports it
            return _free(caps, D)
        return max_size(target, root, caps, depth + 1)
    for key in ("anyOf", "oneOf"):
        if isinstance(node.get(key), list) and node[key]:
            return max(max_size(s, root, caps, depth + 1) for s in node[key])
    if isinstance(node.get("allOf"), list) and node["allOf"]:
        merged = {"type": "object", "properties": {}}
        for s in node["allOf"]:
            s = _pointer(root, s["$ref"]) if isinstance(s, dict) and isinstance(s.get("$ref"), str) else s
            if isinstance(s, dict):
                merged["properties"].update(s.get("properties") or {})
        return max_size(merged, root, caps, depth + 1)
    t = node.get("type")
    if isinstance(t, list):
        return max((max_size(dict(node, type=x), root, caps, depth) for x in t), default=_free(caps, D))
    if t == "string" or (t is None and ("pattern" in node or "format" in node)):
        top = node.get("maxLength")
        if isinstance(node.get("format"), str) and node["format"] in ("date", "time", "date-time", "uuid"):
            return 40
        return 2 + _text(min(top, L) if isinstance(top, int) and "pattern" not in node else L)
    if t == "integer":
        lo, hi = node.get("minimum"), node.get("maximum")
        if isinstance(lo, int) and isinstance(hi, int):  # the grammar holds it to that range
            return max(len(str(lo)), len(str(hi)))
        return INTEGER
    if t == "number":
        return NUMBER
    if t == "boolean":
        return 5
    if t == "null":
        return 4
    if t == "array" or "items" in node or "prefixItems" in node:
        fixed = node.get("prefixItems")
        if isinstance(fixed, list):
            return 2 + sum(max_size(s, root, caps, depth + 1) + 1 for s in fixed)
        top = node.get("maxItems")
        n = max(node.get("minItems") or 0, top if isinstance(top, int) else K)
        return 2 + n * (max_size(node.get("items", {}), root, caps, depth + 1) + 1)
    if t == "object" or "properties" in node:
        props = node.get("properties") or {}
        size = 2 + sum(len(_dump(k)) + 2 + max_size(s, root, caps, depth + 1) for k, s in props.items())
        extra = node.get("additionalProperties", not props)
        if extra is not False:
            value = extra if isinstance(extra, dict) else {}
            size += K * (_text(L) + 4 + (max_size(value, root, caps, depth + 1) if value else _free(caps, D - 1)))
        return size
    return _free(caps, D)


def _free(caps, depth: int) -> int:
    """Any JSON value nested at most ``depth`` deep."""
    L, K, _ = caps
    flat = max(_text(L) + 2, NUMBER)
    if depth <= 0:
        return flat
    inner = _free(caps, depth - 1)
    return max(flat, 2 + K * (_text(L) + 4 + inner), 2 + K * (inner + 1))


def _text(chars: int) -> int:
    """Tokens a free string of ``chars`` characters may take: counted as two characters a token
    (tokenizers spell text in pieces of several characters; a model writing one character a
    token could still run out, and is then reported as cut)."""
    return (chars + 1) // 2


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def bound(grammar: str, caps: tuple[int, int, int]) -> str:
    """``grammar`` with its free strings, repetitions and free-form values bounded by ``caps``."""
    if caps is None:
        return grammar
    L, K, D = caps
    rules = {}
    for line in grammar.splitlines():
        name, sep, body = line.partition(" ::= ")
        if sep:
            rules[name] = body
    out = {}
    for name, body in rules.items():
        body = body.replace("char*", f"char{{0,{L}}}")
        body = re.sub(r"\)\*", f"){{0,{max(K - 1, 0)}}}", body)  # "first ( sep item )*": K items
        out[name] = body
    if "value" in rules:  # a free-form value (json_object, {}): unrolled D levels deep
        for d in range(D + 1):
            last = d == D
            v, o, a = f"value-d{d}", f"object-d{d}", f"array-d{d}"
            inner = f"value-d{d + 1}"
            out[v] = f"{o} | {a} | string | number | boolean | null"
            if last:
                out[o], out[a] = '"{" "}"', '"[" "]"'
            else:
                rep = f"{{0,{max(K - 1, 0)}}}"
                out[o] = f'"{{" ( string ":" {inner} ("," string ":" {inner}){rep} )? "}}"'
                out[a] = f'"[" ( {inner} ("," {inner}){rep} )? "]"'
        out["value"] = "value-d0"
        if "object" in rules:
            out["object"] = "object-d0"
        if "array" in rules:
            out["array"] = "array-d0"
    return "\n".join(f"{name} ::= {body}" for name, body in out.items()) + "\n"
