"""JSON schema → llama.cpp GBNF grammar for *compact* JSON (no whitespace between tokens).

llama.cpp's own converter lets the model put up to two newlines and twenty spaces or tabs between
any two JSON tokens (``space ::= | " " | "\\n"{1,2} [ \\t]{0,20}``). Small models take that room:
a forced tool call then costs 45–120 tokens and is cut by an ordinary ``max_tokens``. Here the
space rule is empty (``space ::= ""``): the grammar admits only compact JSON (``{"a":1,"b":[2]}``),
which every JSON parser reads the same.

Where it comes from (the converter is in ``gbnf_converter.py``, its rules in ``gbnf_rules.py``;
this module is the API): the ``SchemaConverter`` of llama-cpp-python 0.3.36
(``llama_cpp/llama_grammar.py``, itself a port of llama.cpp's ``json_schema_to_grammar.py``),
vendored rather than imported because ``import llama_cpp`` loads the native library, which the
API front never does (``tests/test_architecture.py``). Changes from it, all marked ``# changed``:

- ``space ::= ""`` (was ``" "?``), and ``const``/``enum`` values written compact;
- the ``char`` rule refuses raw control characters, and literals escape backslashes (as llama.cpp's
  current converter does), so every string the grammar admits is valid JSON;
- ``$ref`` resolved lazily against the schema's root by JSON pointer (``#/$defs/X``,
  ``#/definitions/X``, ``#/properties/a``, ``#``), each reference its own rule, recursion
  included; remote references are refused;
- ``integer`` with ``minimum``/``maximum``/``exclusiveMinimum``/``exclusiveMaximum`` (ported from
  llama.cpp's ``build_min_max_int``, the llama.cpp that llama-cpp-python 0.3.36 vendors,
  ``common/json-schema-to-grammar.cpp``);
- ``type`` lists keep the schema's other keywords; ``allOf`` respects each part's ``required``;
  an empty schema (or one with only annotations) is any JSON value; patterns without ``^``/``$``
  are matched as JSON schema says (anywhere in the string);
- what cannot be converted raises ``SchemaError`` naming where in the schema, never ``assert``.

Original licence (llama-cpp-python; llama.cpp is under the same MIT terms, copyright the ggml
authors):

    MIT License

    Copyright (c) 2023 Andrei Betlen

    Permission is hereby granted, free of charge, to any person obtaining a copy of this software
    and associated documentation files (the "Software"), to deal in the Software without
    restriction, including without limitation the rights to use, copy, modify, merge, publish,
    distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
    Software is furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all copies or
    substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
    BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
    NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
    DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

from __future__ import annotations

import copy
from typing import Any

from appliance.serving.gbnf_converter import SchemaConverter
from appliance.serving.gbnf_rules import SchemaError, _pointer

__all__ = ["SchemaError", "grammar_for_schema", "hoist", "inline_refs", "json_object_grammar", "local_refs"]


def grammar_for_schema(schema: Any, max_tokens: int | None = None) -> str:
    """The compact-JSON GBNF grammar (root rule ``root``) for a JSON schema (a dict, or ``True``);
    with ``max_tokens``, bounded so that its largest answer fits (``grammar_budget``)."""
    if schema is True:
        schema = {}
    if not isinstance(schema, dict):
        raise SchemaError("a schema must be a JSON object")
    converter = SchemaConverter(schema)
    converter.visit(schema, "", "")
    grammar = converter.format_grammar()
    if max_tokens:
        from appliance.serving import grammar_budget

        grammar = grammar_budget.bound(grammar, grammar_budget.caps_for(schema, max_tokens))
    return grammar


# The grammar for response_format json_object: any JSON object, compact.
def json_object_grammar() -> str:
    return grammar_for_schema({"type": "object"})


def local_refs(schema: Any) -> bool:
    """Whether a schema has any ``$ref``."""
    return any(True for _ in _walk_refs(schema))


def hoist(schema: dict, key: str) -> tuple[dict, dict]:
    """``schema`` to be placed inside another schema: returns its copy with each local ``$ref``
    rewritten to point under ``#/$defs/<key>``, and the ``$defs`` entry (``{key: copy}``) the
    outer schema's root must hold so those references resolve there."""
    out = copy.deepcopy(schema)
    for node in _walk_refs(out):
        ref = node["$ref"]
        if ref == "#" or ref.startswith("#/"):
            node["$ref"] = f"#/$defs/{_escape(key)}{ref[1:]}"
    return out, {key: out}


def inline_refs(schema: dict, *, max_nodes: int = 20000) -> dict | None:
    """A copy of ``schema`` with every local ``$ref`` replaced by what it points to (and the
    ``$defs``/``definitions`` dropped), for consumers that cannot resolve references; ``None`` if
    a reference is recursive, remote or dangling, or the result would be too large."""
    budget = [max_nodes]

    def expand(node, stack):
        budget[0] -= 1
        if budget[0] < 0:
            raise _Stop
        if isinstance(node, list):
            return [expand(x, stack) for x in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in stack:
                raise _Stop
            try:
                target = _pointer(schema, ref)
            except SchemaError:
                raise _Stop from None
            rest = {k: v for k, v in node.items() if k != "$ref"}
            resolved = expand(target, stack | {ref})
            if isinstance(resolved, dict):
                resolved = {k: v for k, v in resolved.items() if k not in ("$defs", "definitions")}
                return {**resolved, **{k: v for k, v in rest.items() if k in _ANNOTATIONS}}
            return resolved
        out = {}
        for k, v in node.items():
            if k in ("$defs", "definitions") or (k in _DATA_KEYS):
                if k in _DATA_KEYS:
                    out[k] = v
                continue
            if k in ("properties", "patternProperties", "dependentSchemas"):
                out[k] = {p: expand(s, stack) for p, s in v.items()} if isinstance(v, dict) else v
            else:
                out[k] = expand(v, stack)
        return out

    try:
        return expand(schema, frozenset())
    except _Stop:
        return None


class _Stop(Exception):
    pass


_DATA_KEYS = ("const", "enum", "default", "examples")
_ANNOTATIONS = ("title", "description", "default", "examples")


def _walk_refs(node):
    """Each schema dict holding a string ``$ref`` (not looking inside data: const, enum…)."""
    if isinstance(node, list):
        for x in node:
            yield from _walk_refs(x)
    elif isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node
        for k, v in node.items():
            if k in _DATA_KEYS:
                continue
            if k in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"):
                if isinstance(v, dict):
                    for s in v.values():
                        yield from _walk_refs(s)
            else:
                yield from _walk_refs(v)


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")
