"""JSON schema → GBNF: the ``SchemaConverter`` of llama-cpp-python 0.3.36
(``llama_cpp/llama_grammar.py``), vendored and changed as ``schema_grammar.py`` says (changes
marked ``# changed``); use it through ``schema_grammar.grammar_for_schema``.

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

import json
import re
from itertools import groupby

from appliance.serving.gbnf_rules import (
    _ANNOTATION_ONLY,
    DOT,
    DOTALL,
    ESCAPED_IN_REGEXPS_BUT_NOT_IN_LITERALS,
    GRAMMAR_LITERAL_ESCAPE_RE,
    GRAMMAR_LITERAL_ESCAPES,
    INVALID_RULE_CHARS_RE,
    NON_LITERAL_SET,
    PRIMITIVE_RULES,
    RESERVED_NAMES,
    SPACE_RULE,
    STRING_FORMAT_RULES,
    BuiltinRule,
    SchemaError,
    _build_min_max_int,
    _build_repetition,
    _int_bounds,
    _pointer,
)


def _quantifier_bounds(braces: str) -> tuple[int, int | None]:
    """``{n}``, ``{n,}``, ``{,m}``, ``{n,m}`` → (min, max or None); ValueError otherwise.
    (changed: split out of ``_visit_pattern``, unchanged in what it accepts)"""
    nums = [s.strip() for s in braces[1:-1].split(",")]
    if len(nums) == 1:
        return int(nums[0]), int(nums[0])
    if len(nums) == 2:
        return (int(nums[0]) if nums[0] else 0), (int(nums[1]) if nums[1] else None)
    raise ValueError(braces)


class SchemaConverter:
    def __init__(self, root: dict, *, prop_order=None, dotall=False, raw_pattern=False):
        self._root = root  # changed: references resolve against this, when met
        self._prop_order = prop_order or {}
        self._dotall = dotall
        self._raw_pattern = raw_pattern
        self._rules = {"space": SPACE_RULE}
        self._ref_rules: dict[str, str] = {}  # changed: each reference's rule name
        self._pending: set[str] = set()

    def _format_literal(self, literal):
        escaped = GRAMMAR_LITERAL_ESCAPE_RE.sub(lambda m: GRAMMAR_LITERAL_ESCAPES.get(m.group(0)), literal)
        return f'"{escaped}"'

    def _add_rule(self, name, rule):
        esc_name = INVALID_RULE_CHARS_RE.sub("-", name)
        if esc_name in self._pending:  # changed: the rule a reference reserved this name for
            self._pending.discard(esc_name)
            self._rules[esc_name] = rule
            return esc_name
        if esc_name not in self._rules or self._rules[esc_name] == rule:
            key = esc_name
        else:
            i = 0
            while (f"{esc_name}{i}" in self._rules and self._rules[f"{esc_name}{i}"] != rule) or (
                f"{esc_name}{i}" in self._pending
            ):
                i += 1
            key = f"{esc_name}{i}"
        self._rules[key] = rule
        return key

    def _generate_union_rule(self, name, alt_schemas, where):
        if not isinstance(alt_schemas, list) or not alt_schemas:
            raise SchemaError("anyOf/oneOf must be a non-empty list", where)
        return " | ".join(
            self.visit(alt_schema, f"{name}{'-' if name else 'alternative-'}{i}", f"{where}.anyOf.{i}")
            for i, alt_schema in enumerate(alt_schemas)
        )

    def _visit_pattern(self, pattern, name, where):
        """
        Transforms a regular expression pattern into a GBNF rule.

        Unsupported features: negative/positive lookaheads, greedy/non-greedy modifiers.
        """
        if not isinstance(pattern, str):
            raise SchemaError("pattern must be a string", where)
        # changed: JSON schema patterns match anywhere unless anchored
        pattern = (pattern[1:] if pattern.startswith("^") else ".*" + pattern) if pattern else ".*"
        pattern = pattern[:-1] if pattern.endswith("$") and not pattern.endswith("\\$") else pattern + ".*"
        sub_rule_ids = {}

        i = 0
        length = len(pattern)

        def to_rule(s: tuple[str, bool]) -> str:
            (txt, is_literal) = s
            return '"' + txt + '"' if is_literal else txt

        def fail(msg):
            raise SchemaError(f"{msg} in the pattern /{pattern}/", where)

        def transform() -> tuple[str, bool]:
            nonlocal i
            start = i
            seq: list[tuple[str, bool]] = []

            def get_dot():
                rule = DOTALL if self._dotall else DOT
                return self._add_rule("dot", rule)

            def join_seq():
                ret = []
                for is_literal, g in groupby(seq, lambda x: x[1]):
                    if is_literal:
                        ret.append(("".join(x[0] for x in g), True))
                    else:
                        ret.extend(g)
                if len(ret) == 1:
                    return ret[0]
                return (" ".join(to_rule(x) for x in seq), False)

            while i < length:
                c = pattern[i]
                if c == ".":
                    seq.append((get_dot(), False))
                    i += 1
                elif c == "(":
                    i += 1
                    if i < length and pattern[i] == "?":
                        fail(f'unsupported syntax "(?" at index {i}')
                    seq.append((f"({to_rule(transform())})", False))
                elif c == ")":
                    i += 1
                    if not (start > 0 and pattern[start - 1] == "("):
                        fail("unbalanced parentheses")
                    return join_seq()
                elif c == "[":
                    square_brackets = c
                    i += 1
                    while i < length and pattern[i] != "]":
                        if pattern[i] == "\\":
                            square_brackets += pattern[i : i + 2]
                            i += 2
                        else:
                            square_brackets += pattern[i]
                            i += 1
                    if i >= length:
                        fail("unbalanced square brackets")
                    square_brackets += "]"
                    i += 1
                    seq.append((square_brackets, False))
                elif c == "|":
                    seq.append(("|", False))
                    i += 1
                elif c in ("*", "+", "?"):
                    if not seq:
                        fail(f"nothing to repeat at index {i}")
                    seq[-1] = (to_rule(seq[-1]) + c, False)
                    i += 1
                elif c == "{":
                    curly_brackets = c
                    i += 1
                    while i < length and pattern[i] != "}":
                        curly_brackets += pattern[i]
                        i += 1
                    if i >= length:
                        fail("unbalanced curly brackets")
                    curly_brackets += "}"
                    i += 1
                    try:
                        min_times, max_times = _quantifier_bounds(curly_brackets)
                    except ValueError:
                        fail(f"invalid quantifier {curly_brackets}")
                    if not seq:
                        fail(f"nothing to repeat at index {i}")
                    (sub, sub_is_literal) = seq[-1]

                    if not sub_is_literal:
                        id_ = sub_rule_ids.get(sub)
                        if id_ is None:
                            id_ = self._add_rule(f"{name}-{len(sub_rule_ids) + 1}", sub)
                            sub_rule_ids[sub] = id_
                        sub = id_

                    seq[-1] = (
                        _build_repetition(
                            f'"{sub}"' if sub_is_literal else sub,
                            min_times,
                            max_times,
                            item_rule_is_literal=sub_is_literal,
                        ),
                        False,
                    )
                else:
                    literal = ""
                    while i < length:
                        if pattern[i] == "\\" and i < length - 1:
                            nxt = pattern[i + 1]
                            if nxt in ESCAPED_IN_REGEXPS_BUT_NOT_IN_LITERALS:
                                i += 1
                                literal += pattern[i]
                                i += 1
                            else:
                                literal += pattern[i : i + 2]
                                i += 2
                        elif pattern[i] == '"' and not self._raw_pattern:
                            literal += '\\"'
                            i += 1
                        elif pattern[i] not in NON_LITERAL_SET and (
                            i == length - 1
                            or literal == ""
                            or pattern[i + 1] == "."
                            or pattern[i + 1] not in NON_LITERAL_SET
                        ):
                            literal += pattern[i]
                            i += 1
                        else:
                            break
                    if literal:
                        seq.append((literal, True))

            return join_seq()

        return self._add_rule(
            name, (to_rule(transform()) if self._raw_pattern else '"\\"" ' + to_rule(transform()) + ' "\\"" space')
        )

    def _resolve_ref(self, ref, where):
        # changed: lazily, by JSON pointer from the root; a reference met again (recursion) gets
        # the name reserved for it before its schema was visited
        if ref in self._ref_rules:
            return self._ref_rules[ref]
        try:
            target = _pointer(self._root, ref)
        except SchemaError as exc:
            raise SchemaError(exc.message, where) from None
        base = INVALID_RULE_CHARS_RE.sub("-", ref.rstrip("/").split("/")[-1].lstrip("#")) or "ref"
        if base in RESERVED_NAMES:
            base += "-"
        name, i = base, 0
        while name in self._rules or name in self._pending:
            name, i = f"{base}{i}", i + 1
        self._ref_rules[ref] = name
        self._pending.add(name)
        key = self.visit(target, name, ref)
        if name in self._pending:  # its schema's rule went by another name (a primitive): alias it
            self._pending.discard(name)
            self._rules[name] = key
        return name

    def _generate_constant_rule(self, value):
        # changed: compact JSON, as the rest of the grammar
        return self._format_literal(json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def visit(self, schema, name, where=""):
        if schema is True:
            schema = {}
        if not isinstance(schema, dict):
            raise SchemaError("a schema must be a JSON object", where)
        schema_type = schema.get("type")
        schema_format = schema.get("format")
        rule_name = name + "-" if name in RESERVED_NAMES else name or "root"

        if (ref := schema.get("$ref")) is not None:
            return self._add_rule(rule_name, self._resolve_ref(ref, f"{where}.$ref" if where else "$ref"))

        elif "oneOf" in schema or "anyOf" in schema:
            return self._add_rule(
                rule_name, self._generate_union_rule(name, schema.get("oneOf") or schema.get("anyOf"), where)
            )

        elif isinstance(schema_type, list):
            # changed: each type keeps the schema's other keywords (enum, properties, items…)
            return self._add_rule(
                rule_name, self._generate_union_rule(name, [{**schema, "type": t} for t in schema_type], where)
            )

        elif "const" in schema:
            return self._add_rule(rule_name, self._generate_constant_rule(schema["const"]))

        elif "enum" in schema:
            if not isinstance(schema["enum"], list) or not schema["enum"]:
                raise SchemaError("enum must be a non-empty list", where)
            rule = " | ".join(self._generate_constant_rule(v) for v in schema["enum"])
            return self._add_rule(rule_name, rule)

        elif schema_type in (None, "object") and (
            "properties" in schema or ("additionalProperties" in schema and schema["additionalProperties"] is not True)
        ):
            props = schema.get("properties", {})
            if not isinstance(props, dict):
                raise SchemaError("properties must be an object", where)
            required = set(schema.get("required", []) or [])
            properties = list(props.items())
            return self._add_rule(
                rule_name,
                self._build_object_rule(properties, required, name, schema.get("additionalProperties"), where),
            )

        elif schema_type in (None, "object") and "allOf" in schema:
            parts = schema["allOf"]
            if not isinstance(parts, list) or not parts:
                raise SchemaError("allOf must be a non-empty list", where)
            if len(parts) == 1 and isinstance(parts[0], dict):  # changed: one part (a described $ref)
                rest = {k: v for k, v in schema.items() if k != "allOf"}
                return self.visit({**rest, **parts[0]}, name, where)
            required = set()
            properties = []
            hybrid_name = name

            def add_component(comp_schema, is_required):
                if (ref := comp_schema.get("$ref")) is not None:
                    comp_schema = _pointer(self._root, ref)

                if "properties" in comp_schema:
                    for prop_name, prop_schema in comp_schema["properties"].items():
                        properties.append((prop_name, prop_schema))
                        # changed: required only where that part requires it
                        if is_required and prop_name in (comp_schema.get("required") or []):
                            required.add(prop_name)

            for t in parts:
                if "anyOf" in t:
                    for tt in t["anyOf"]:
                        add_component(tt, is_required=False)
                else:
                    add_component(t, is_required=True)

            return self._add_rule(rule_name, self._build_object_rule(properties, required, hybrid_name, [], where))

        elif schema_type in (None, "array") and ("items" in schema or "prefixItems" in schema):
            items = schema.get("prefixItems") or schema["items"]
            if isinstance(items, list):
                return self._add_rule(
                    rule_name,
                    '"[" space '
                    + ' "," space '.join(
                        self.visit(item, f"{name}{'-' if name else ''}tuple-{i}", f"{where}.prefixItems.{i}")
                        for i, item in enumerate(items)
                    )
                    + ' "]" space',
                )
            else:
                item_rule_name = self.visit(items, f"{name}{'-' if name else ''}item", f"{where}.items")
                min_items = schema.get("minItems", 0)
                max_items = schema.get("maxItems")
                if not isinstance(min_items, int) or min_items < 0:
                    raise SchemaError("minItems must be a whole number", where)
                if max_items is not None and (not isinstance(max_items, int) or max_items < min_items):
                    raise SchemaError("maxItems must be a whole number, at least minItems", where)
                return self._add_rule(
                    rule_name,
                    '"[" space '
                    + _build_repetition(item_rule_name, min_items, max_items, separator_rule='"," space')
                    + ' "]" space',
                )

        elif schema_type in (None, "string") and "pattern" in schema:
            return self._visit_pattern(schema["pattern"], rule_name, where)

        elif schema_type in (None, "string") and re.match(r"^uuid[1-5]?$", schema_format or ""):
            return self._add_primitive("root" if rule_name == "root" else schema_format, PRIMITIVE_RULES["uuid"])

        elif schema_type in (None, "string") and f"{schema_format}-string" in STRING_FORMAT_RULES:
            prim_name = f"{schema_format}-string"
            return self._add_rule(rule_name, self._add_primitive(prim_name, STRING_FORMAT_RULES[prim_name]))

        elif schema_type == "string" and ("minLength" in schema or "maxLength" in schema):
            char_rule = self._add_primitive("char", PRIMITIVE_RULES["char"])
            min_len = schema.get("minLength", 0)
            max_len = schema.get("maxLength")
            if not isinstance(min_len, int) or min_len < 0:
                raise SchemaError("minLength must be a whole number", where)
            if max_len is not None and (not isinstance(max_len, int) or max_len < min_len):
                raise SchemaError("maxLength must be a whole number, at least minLength", where)
            return self._add_rule(rule_name, r'"\"" ' + _build_repetition(char_rule, min_len, max_len) + r' "\"" space')

        elif schema_type == "integer" and any(
            k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        ):
            # changed: integer ranges, as llama.cpp's current converter
            lo, hi = _int_bounds(schema, where)
            if lo > hi:
                raise SchemaError("no integer lies between minimum and maximum", where)
            out: list[str] = []
            _build_min_max_int(lo, hi, out)
            return self._add_rule(rule_name, "(" + "".join(out) + ") space")

        elif schema_type == "object":
            return self._add_rule(rule_name, self._add_primitive("object", PRIMITIVE_RULES["object"]))

        elif schema_type is None and not (set(schema) - _ANNOTATION_ONLY - {"$defs", "definitions"}):
            # changed: {} (or annotations only) is any JSON value, not only an object
            return self._add_rule(rule_name, self._add_primitive("value", PRIMITIVE_RULES["value"]))

        else:
            if schema_type is None:
                raise SchemaError(
                    "cannot tell what this schema allows (give it a type, properties, items, enum, const or anyOf)",
                    where,
                )
            if schema_type not in ("string", "number", "integer", "boolean", "null", "array"):
                raise SchemaError(f"unknown type {schema_type!r}", where)
            return self._add_primitive("root" if rule_name == "root" else schema_type, PRIMITIVE_RULES[schema_type])

    def _add_primitive(self, name: str, rule: BuiltinRule):
        n = self._add_rule(name, rule.content)

        for dep in rule.deps:
            dep_rule = PRIMITIVE_RULES.get(dep) or STRING_FORMAT_RULES.get(dep)
            if dep not in self._rules:
                self._add_primitive(dep, dep_rule)
        return n

    def _build_object_rule(self, properties, required, name, additional_properties, where=""):
        prop_order = self._prop_order
        sorted_props = [
            kv[0]
            for _, kv in sorted(
                enumerate(properties), key=lambda ikv: (prop_order.get(ikv[1][0], len(prop_order)), ikv[0])
            )
        ]

        prop_kv_rule_names = {}
        for prop_name, prop_schema in properties:
            prop_rule_name = self.visit(
                prop_schema, f"{name}{'-' if name else ''}{prop_name}", f"{where}.properties.{prop_name}".lstrip(".")
            )
            prop_kv_rule_names[prop_name] = self._add_rule(
                f"{name}{'-' if name else ''}{prop_name}-kv",
                rf'{self._format_literal(self._key(prop_name))} space ":" space {prop_rule_name}',
            )
        required_props = [k for k in sorted_props if k in required]
        optional_props = [k for k in sorted_props if k not in required]

        if additional_properties is True or isinstance(additional_properties, dict):
            sub_name = f"{name}{'-' if name else ''}additional"
            value_rule = self.visit(
                {} if additional_properties is True else additional_properties,
                f"{sub_name}-value",
                f"{where}.additionalProperties".lstrip("."),
            )
            prop_kv_rule_names["*"] = self._add_rule(
                f"{sub_name}-kv", self._add_primitive("string", PRIMITIVE_RULES["string"]) + f' ":" space {value_rule}'
            )
            optional_props.append("*")

        rule = '"{" space '
        rule += ' "," space '.join(prop_kv_rule_names[k] for k in required_props)

        if optional_props:
            rule += " ("
            if required_props:
                rule += ' "," space ( '

            def get_recursive_refs(ks, first_is_optional):
                [k, *rest] = ks
                kv_rule_name = prop_kv_rule_names[k]
                if k == "*":
                    res = self._add_rule(
                        f"{name}{'-' if name else ''}additional-kvs",
                        f'{kv_rule_name} ( "," space ' + kv_rule_name + " )*",
                    )
                elif first_is_optional:
                    res = f'( "," space {kv_rule_name} )?'
                else:
                    res = kv_rule_name
                if len(rest) > 0:
                    res += " " + self._add_rule(
                        f"{name}{'-' if name else ''}{k}-rest", get_recursive_refs(rest, first_is_optional=True)
                    )
                return res

            rule += " | ".join(
                get_recursive_refs(optional_props[i:], first_is_optional=False) for i in range(len(optional_props))
            )
            if required_props:
                rule += " )"
            rule += " )?"

        rule += ' "}" space'

        return rule

    @staticmethod
    def _key(prop_name) -> str:
        return json.dumps(prop_name, ensure_ascii=False)

    def format_grammar(self):
        return "\n".join(f"{name} ::= {rule}" for name, rule in sorted(self._rules.items(), key=lambda kv: kv[0]))
