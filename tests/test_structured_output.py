"""Structured output and tool calls held to compact grammars (``serving/schema_grammar.py``,
``serving/tools.py``): unit tests of the converter, then the official ``openai`` client against
our front and real llama.cpp server processes (tiny random models, whose template has no tools:
the generic path). The model answers randomly; what is checked is what the grammar guarantees
(shape, validity against the schema, completeness within max_tokens) and the documented errors."""

from __future__ import annotations

import json
import re
from typing import Literal

import httpx
import jsonschema
import openai
import pytest
from pydantic import BaseModel, Field

from appliance.catalog import Catalog
from appliance.home import Home
from appliance.serving import schema_grammar as sg
from appliance.serving import tools
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token
from appliance.serving.validation import ApiError


class Address(BaseModel):
    street: str = Field(max_length=12)
    city: Literal["Paris", "Rome", "Oslo"]


class Person(BaseModel):
    name: str = Field(max_length=12)
    age: int = Field(ge=0, le=120)
    address: Address  # a nested model: $defs / $ref
    tags: list[Literal["a", "b"]] = Field(default_factory=list, max_length=3)
    nickname: str | None = Field(default=None, max_length=8)


class City(BaseModel):
    name: Literal["Paris", "Rome"]


class Trip(BaseModel):
    """A trip."""

    city: City  # a nested model: $defs / $ref
    days: int = Field(ge=1, le=9)
    note: str | None = Field(default=None, max_length=4)


class Pick(BaseModel):
    city: City


class Node(BaseModel):
    value: int = Field(ge=0, le=9)
    children: list[Node] = Field(default_factory=list, max_length=2)


WEATHER = {
    "type": "object",
    "properties": {
        "city": {"type": "string", "enum": ["Paris", "Rome"]},
        "unit": {"type": "string", "enum": ["C", "F"]},
        "days": {"type": "integer", "minimum": 1, "maximum": 7},
    },
    "required": ["city", "unit", "days"],
    "additionalProperties": False,
}
# The tiny test models have a 256-token context: the tools described in the prompt must be short.
SMALL = {
    "type": "object",
    "properties": {"city": {"enum": ["Paris", "Rome"]}, "days": {"type": "integer", "minimum": 1, "maximum": 7}},
    "required": ["city", "days"],
    "additionalProperties": False,
}


def _tool(name, params, description=""):
    return {"type": "function", "function": {"name": name, "description": description, "parameters": params}}


def _compact(text: str) -> bool:
    """No whitespace between JSON tokens (strings' contents aside)."""
    return not re.search(r"\s", re.sub(r'"(?:[^"\\]|\\.)*"', '""', text))


# -- the converter, no server -------------------------------------------------------------------


def test_space_rule_is_empty_and_constructs_convert():
    g = sg.grammar_for_schema(WEATHER)
    assert 'space ::= ""' in g and '" "?' not in g and "\\n" not in g
    assert '"\\"Paris\\"" | "\\"Rome\\""' in g  # enum
    assert '"{" space city-kv "," space unit-kv "," space days-kv "}" space' in g  # required, in order
    assert re.search(r"days ::= \(.*\[1-7\].*\) space", g)  # integer range
    g = sg.grammar_for_schema({"type": "array", "items": {"type": "boolean"}, "minItems": 1, "maxItems": 2})
    assert 'root ::= "[" space boolean ("," space boolean)? "]" space' in g
    g = sg.grammar_for_schema({"const": {"a": [1, 2]}})
    assert 'root ::= "{\\"a\\":[1,2]}"' in g  # const written compact
    g = sg.grammar_for_schema({"anyOf": [{"type": "string"}, {"type": "null"}]})
    assert "root ::= string | null" in g
    g = sg.grammar_for_schema({"type": ["integer", "null"]})
    assert "integer" in g and "null" in g
    g = sg.grammar_for_schema({"type": "object", "properties": {"a": {"type": "string"}}})  # a optional
    assert re.search(r'root ::= "\{" space \(a-kv \)\? "\}" space', g) or "a-kv )?" in g
    g = sg.grammar_for_schema({"type": "object", "properties": {}, "additionalProperties": False})
    assert 'root ::= "{" space  "}" space' in g
    g = sg.grammar_for_schema({"type": "object", "additionalProperties": {"type": "integer"}})
    assert "additional-kv ::= string" in g
    assert "root ::= object" in sg.grammar_for_schema({"type": "object"})
    assert "root ::= value" in sg.grammar_for_schema({})  # any JSON value
    assert "root ::= value" in sg.grammar_for_schema({"title": "Anything"})
    g = sg.grammar_for_schema({"type": "string", "pattern": "^[a-z]{2}$"})
    assert "[a-z]" in g
    assert 'char ::= [^"\\\\\\x7F\\x00-\\x1F]' in sg.grammar_for_schema(
        {"type": "string"}
    )  # no raw control characters in strings
    assert '"\\"a\\\\\\\\b\\""' in sg.grammar_for_schema({"const": "a\\b"})  # a backslash stays one


def test_refs_defs_definitions_and_recursion():
    g = sg.grammar_for_schema(Person.model_json_schema())
    assert "Address ::=" in g and "address-kv ::= " in g and "Address" in g.split("address ::= ")[1].split("\n")[0]
    g = sg.grammar_for_schema(
        {"definitions": {"X": {"type": "integer"}}, "type": "object", "properties": {"x": {"$ref": "#/definitions/X"}}}
    )
    assert "X ::= integer" in g
    g = sg.grammar_for_schema(Node.model_json_schema())  # Node refers to itself
    node_rule = next(line for line in g.splitlines() if line.startswith("Node ::= "))
    assert "Node-children" in node_rule and "Node-children-item ::= Node" in g
    g = sg.grammar_for_schema(
        {"type": "object", "properties": {"a": {"type": "string"}, "b": {"$ref": "#/properties/a"}}, "required": ["b"]}
    )
    assert "b ::= a" in g or re.search(r"b ::= \w+", g)
    g = sg.grammar_for_schema({"type": "object", "properties": {"self": {"$ref": "#"}}})  # the root itself
    assert "self-kv" in g


def test_what_cannot_be_converted_is_named():
    for schema, where in (
        ({"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}}}, "properties.a.$ref"),
        ({"type": "object", "properties": {"a": {"$ref": "https://example.com/s.json"}}}, "properties.a.$ref"),
        ({"type": "object", "properties": {"a": {"type": "fancy"}}}, "properties.a"),
        ({"type": "object", "properties": {"a": {"enum": []}}}, "properties.a"),
        ({"type": "array", "items": {"type": "string"}, "minItems": 3, "maxItems": 1}, ""),
        ({"type": "integer", "minimum": 5, "maximum": 1}, ""),
    ):
        with pytest.raises(sg.SchemaError) as exc:
            sg.grammar_for_schema(schema)
        assert exc.value.where == where, (schema, exc.value)


def test_hoist_and_inline_refs():
    person = Person.model_json_schema()
    args, defs = sg.hoist(person, "tool0")
    assert args["properties"]["address"]["$ref"] == "#/$defs/tool0/$defs/Address"
    wrapper = {"type": "object", "properties": {"arguments": args}, "$defs": defs}
    assert "Address ::=" in sg.grammar_for_schema(wrapper)
    inlined = sg.inline_refs(person)
    assert "$defs" not in json.dumps(inlined) and inlined["properties"]["address"]["properties"]["city"]["enum"]
    assert sg.inline_refs(Node.model_json_schema()) is None  # recursive: cannot be inlined
    assert sg.inline_refs({"properties": {"a": {"$ref": "#/$defs/none"}}}) is None


def test_wrapper_and_native_choice():
    body = {"tools": [_tool("person", Person.model_json_schema())], "tool_choice": "required"}
    g = sg.grammar_for_schema(tools._schema(body))  # one forced function: only its arguments
    assert '"\\"tool_calls\\""' not in g and "Address ::=" in g
    two = dict(body, tools=[*body["tools"], _tool("other", {"type": "object"})])
    g = sg.grammar_for_schema(tools._schema(two))
    assert '"\\"tool_calls\\""' in g and "Address ::=" in g
    caps = {"supports_tools": True}
    auto = dict(body, tool_choice="auto")
    assert tools.needs_generic(auto, None) and not tools.needs_generic(auto, caps)
    assert tools.needs_generic(body, caps)  # a forced call is held by our grammar, native template or not
    assert tools.needs_generic({"tools": [_tool("tree", Node.model_json_schema())]}, caps)  # recursive
    assert not tools.needs_generic(body, None, remote=True)
    native = tools.native_request(body)["tools"][0]["function"]["parameters"]
    assert "$ref" not in json.dumps(native)


def test_cut_answers_are_never_content():
    def data(text, finish="length"):
        return {
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
            "usage": {"completion_tokens": 3},
        }

    with pytest.raises(ApiError) as exc:
        tools.convert_response(data('{"tool_calls":[{"na'), forced=True, max_tokens=3)
    assert exc.value.status == 400 and exc.value.param == "max_tokens" and exc.value.code == "tool_call_truncated"
    assert "max_tokens (3)" in exc.value.message
    out = tools.convert_response(data('{"tool_calls":[{"name":"x","argu'), max_tokens=9)  # auto mode, a call cut
    c = out["choices"][0]  # neither a call nor content: finish reason length
    assert c["message"]["content"] == "" and "tool_calls" not in c["message"] and c["finish_reason"] == "length"
    out = tools.convert_response(data('{"response":"Hello wor'))  # auto mode, a direct answer cut short
    assert out["choices"][0]["message"]["content"] == "Hello wor" and out["choices"][0]["finish_reason"] == "length"
    out = tools.convert_response(data('{"response":"caf\\u00'))  # an escape cut in half is dropped
    assert out["choices"][0]["message"]["content"] == "caf"
    out = tools.convert_response(data('{"tool_calls":[{"name":"x","arguments":{}}]}', "stop"), forced=True)
    c = out["choices"][0]
    assert c["finish_reason"] == "tool_calls" and c["message"]["content"] is None
    assert c["message"]["tool_calls"][0]["function"] == {"name": "x", "arguments": "{}"}


def test_llama_cpp_messages_are_reworded():
    """llama.cpp's own words (as its server sends them) for a schema it cannot take."""
    parser = (
        "Unable to generate parser for this template. Automatic parser generation failed: JSON schema error at "
        "#/properties/a: cannot resolve $ref #/$defs/zz, $defs not found"
    )
    msg, param = tools.reword_backend_error(parser, {"tool_format": "native"})
    assert param == "tools" and "tools.N.function.parameters" in msg and "template" in msg
    assert "cannot resolve $ref #/$defs/zz" in msg
    msg, param = tools.reword_backend_error(parser, {})
    assert param == "response_format.json_schema.schema" and "Unable to generate parser" not in msg
    rf = 'response_format type must be one of "text" or "json_object", but got: yaml'
    msg, param = tools.reword_backend_error(rf, {})
    assert param == "response_format.type" and "json_schema" in msg and "'yaml'" in msg
    assert tools.reword_backend_error("something else", {}) == ("something else", None)


# -- through our front and llama-server ----------------------------------------------------------


@pytest.fixture(scope="module")
def srv(served_home):
    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        serving = start_server(home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=1024, slots=2))
    yield {
        "base": f"http://127.0.0.1:{serving.port}/v1",
        "token": get_or_create_token(home),
        "serving": serving,
        "home": home,
    }
    with Catalog.open(home) as cat:
        stop_server(cat, serving)


@pytest.fixture
def client(srv):
    return openai.OpenAI(base_url=srv["base"], api_key=srv["token"], max_retries=0, timeout=120)


def _raw(srv, path, body):
    return httpx.post(srv["base"] + path, headers={"Authorization": f"Bearer {srv['token']}"}, json=body, timeout=120)


MSG = [{"role": "user", "content": "Call the tool."}]


@pytest.mark.parametrize("choice", ["required", {"type": "function", "function": {"name": "get_weather"}}])
def test_forced_tool_call_fits_in_80_tokens(client, choice):
    other = _tool("get_time", {"type": "object", "properties": {"tz": {"enum": ["UTC", "CET"]}}})
    for seed in range(4):
        r = client.chat.completions.create(
            model="tiny-llama",
            messages=MSG,
            tools=[_tool("get_weather", SMALL), other],
            tool_choice=choice,
            parallel_tool_calls=False,
            max_tokens=80,
            temperature=1.0,
            seed=seed,
        )
        c = r.choices[0]
        assert c.finish_reason == "tool_calls" and c.message.content is None, c
        for call in c.message.tool_calls:
            assert call.id.startswith("call_") and call.type == "function"
            assert _compact(call.function.arguments)
            if call.function.name == "get_weather":
                jsonschema.validate(json.loads(call.function.arguments), SMALL)
            else:
                assert call.function.name == "get_time" and isinstance(json.loads(call.function.arguments), dict)
        if isinstance(choice, dict):
            assert {t.function.name for t in c.message.tool_calls} == {"get_weather"}


def test_parallel_tool_calls_false_gives_at_most_one(client):
    for seed in range(4):
        r = client.chat.completions.create(
            model="tiny-llama",
            messages=MSG,
            tools=[_tool("get_weather", SMALL)],
            tool_choice="required",
            parallel_tool_calls=False,
            max_tokens=80,
            temperature=1.0,
            seed=seed,
        )
        assert len(r.choices[0].message.tool_calls) == 1


def test_nested_pydantic_model_as_tool_and_as_response_format(client):
    params = Trip.model_json_schema()
    assert "$defs" in params
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=MSG,
        tools=[_tool("add_trip", params)],
        tool_choice={"type": "function", "function": {"name": "add_trip"}},
        max_tokens=200,
        temperature=0.7,
        seed=1,
    )
    call = r.choices[0].message.tool_calls[0]
    Trip.model_validate_json(call.function.arguments)
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=[{"role": "user", "content": "A person."}],
        response_format={"type": "json_schema", "json_schema": {"name": "trip", "schema": params}},
        max_tokens=200,
        temperature=0.7,
        seed=1,
    )
    assert r.choices[0].finish_reason == "stop"
    assert _compact(r.choices[0].message.content)
    Trip.model_validate_json(r.choices[0].message.content)
    parsed = client.beta.chat.completions.parse(  # the SDK's own path: strict schema, parse
        model="tiny-llama",
        messages=[{"role": "user", "content": "A person."}],
        response_format=Trip,
        max_tokens=200,
        temperature=0.7,
        seed=2,
    )
    assert isinstance(parsed.choices[0].message.parsed, Trip)


def test_json_object_is_a_compact_object(client):
    for seed in range(3):
        r = client.chat.completions.create(
            model="tiny-llama",
            messages=[{"role": "user", "content": "JSON please"}],
            response_format={"type": "json_object"},
            max_tokens=60,
            temperature=1.0,
            seed=seed,
        )
        text = r.choices[0].message.content
        assert text.startswith("{")
        if r.choices[0].finish_reason == "stop":
            assert isinstance(json.loads(text), dict) and _compact(text)


def test_json_schema_required_fields_are_always_there(client):
    schema = {
        "type": "object",
        "properties": {
            "title": {"type": "string", "maxLength": 10},
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "ok": {"type": "boolean"},
            "kind": {"enum": ["x", "y"]},
            "note": {"type": "string", "maxLength": 5},
            "items": {"type": "array", "items": {"type": "integer"}, "maxItems": 2},
        },
        "required": ["title", "score", "ok", "kind", "items"],
    }
    for seed in range(10):
        r = client.chat.completions.create(
            model="tiny-llama",
            messages=[{"role": "user", "content": "Rate it."}],
            response_format={"type": "json_schema", "json_schema": {"name": "r", "schema": schema}},
            max_tokens=120,
            temperature=1.0,
            seed=seed,
        )
        assert r.choices[0].finish_reason == "stop", r
        jsonschema.validate(json.loads(r.choices[0].message.content), schema)


def test_cut_structures(srv, client):
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(
            model="tiny-llama", messages=MSG, tools=[_tool("get_weather", SMALL)], tool_choice="required", max_tokens=3
        )
    err = exc.value.body
    assert exc.value.status_code == 400 and err["code"] == "tool_call_truncated" and err["param"] == "max_tokens"
    assert "max_tokens (3)" in err["message"] and "Raise max_tokens" in err["message"]
    with pytest.raises(openai.BadRequestError):  # streamed: the same error, before any chunk
        list(
            client.chat.completions.create(
                model="tiny-llama",
                messages=MSG,
                tools=[_tool("get_weather", SMALL)],
                tool_choice="required",
                max_tokens=3,
                stream=True,
            )
        )
    r = client.chat.completions.create(  # a json_schema answer cut short: 200, finish_reason length
        model="tiny-llama",
        messages=MSG,
        response_format={"type": "json_schema", "json_schema": {"name": "w", "schema": WEATHER}},
        max_tokens=3,
    )
    assert r.choices[0].finish_reason == "length" and r.choices[0].message.content.startswith("{")
    with pytest.raises(openai.LengthFinishReasonError):
        client.beta.chat.completions.parse(model="tiny-llama", messages=MSG, response_format=Trip, max_tokens=3)


def test_streamed_tool_calls_accumulate_in_the_sdk(client):
    kw = dict(
        model="tiny-llama",
        messages=MSG,
        tools=[openai.pydantic_function_tool(Pick, name="pick")],
        tool_choice={"type": "function", "function": {"name": "pick"}},
        max_tokens=200,
        temperature=0.5,
        seed=4,
    )
    with client.chat.completions.stream(**kw) as stream:
        events = list(stream)
        final = stream.get_final_completion()
    call = final.choices[0].message.tool_calls[0]
    assert final.choices[0].finish_reason == "tool_calls" and call.function.name == "pick"
    assert isinstance(call.function.parsed_arguments, Pick)  # strict tool: the SDK parsed it
    assert any(e.type == "tool_calls.function.arguments.done" for e in events)
    chunks = list(client.chat.completions.create(**kw, stream=True))  # raw chunks, as OpenAI sends them
    first = chunks[0].choices[0].delta
    assert first.role == "assistant"
    deltas = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    assert deltas[0].id and deltas[0].type == "function" and deltas[0].function.name == "pick"
    assert len(deltas) > 2 and all(d.index == 0 for d in deltas) and all(d.id is None for d in deltas[1:])
    Pick.model_validate_json("".join(d.function.arguments or "" for d in deltas))
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_n_choices_with_tools(client):
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=MSG,
        tools=[_tool("get_weather", SMALL)],
        tool_choice="required",
        parallel_tool_calls=False,
        max_tokens=80,
        temperature=1.0,
        seed=3,
        n=2,
    )
    assert [c.index for c in r.choices] == [0, 1]
    for c in r.choices:
        assert c.finish_reason == "tool_calls"
        jsonschema.validate(json.loads(c.message.tool_calls[0].function.arguments), SMALL)


def test_tool_results_in_the_next_turn(client):
    tool = _tool("f", {"type": "object", "properties": {"c": {"enum": ["P", "R"]}}, "required": ["c"]})
    first = client.chat.completions.create(
        model="tiny-llama", messages=MSG, tools=[tool], tool_choice="required", parallel_tool_calls=False, max_tokens=60
    )
    call = first.choices[0].message.tool_calls[0]
    msgs = [
        *MSG,
        first.choices[0].message.model_dump(exclude_none=True),  # sent back as the SDK gives it
        {"role": "tool", "tool_call_id": call.id, "content": "ok"},
    ]
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=msgs,
        tools=[tool],
        tool_choice="required",
        parallel_tool_calls=False,
        max_tokens=60,
        seed=1,
    )
    assert r.choices[0].finish_reason == "tool_calls"
    assert json.loads(r.choices[0].message.tool_calls[0].function.arguments)["c"] in ("P", "R")


def test_schemas_that_cannot_be_held_are_400_naming_the_field(client):
    bad = {"type": "object", "properties": {"a": {"$ref": "#/$defs/Missing"}}}
    cases = [
        (dict(tools=[_tool("ok", WEATHER), _tool("bad", bad)], tool_choice="required"), "tools.1.function.parameters"),
        (
            dict(response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": bad}}),
            "response_format.json_schema.schema",
        ),
        (dict(response_format={"type": "yaml"}), "response_format.type"),
    ]
    for kw, param in cases:
        with pytest.raises(openai.BadRequestError) as exc:
            client.chat.completions.create(model="tiny-llama", messages=MSG, max_tokens=5, **kw)
        assert exc.value.body["param"] == param, exc.value.body
        assert param in exc.value.body["message"]
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model="tiny-llama", messages=MSG, max_tokens=5, response_format={"type": "yaml"})
    assert "json_schema" in exc.value.body["message"]


def test_llama_server_takes_each_grammar(srv):
    """Each construct's grammar is accepted by llama-server (asked directly, as our front sends
    it), and what it lets the model write is valid against the schema."""
    backend = srv["serving"].variants()[0].backend
    schemas = [
        WEATHER,
        Person.model_json_schema(),
        Node.model_json_schema(),
        {"type": "array", "items": {"type": "number"}, "minItems": 1, "maxItems": 3},
        {"type": "object", "properties": {"d": {"type": "string", "format": "date"}}, "required": ["d"]},
        {"type": "object", "properties": {"p": {"type": "string", "pattern": "^[a-z]{2,4}$"}}, "required": ["p"]},
        {"type": "object", "properties": {"u": {"const": 'é\\"x'}, "n": {"type": ["integer", "null"]}}},
        {"anyOf": [{"type": "object", "properties": {"a": {"type": "boolean"}}, "required": ["a"]}, {"type": "null"}]},
        {"type": "integer", "minimum": -20, "exclusiveMaximum": 300},
    ]
    for schema in schemas:
        r = httpx.post(
            backend.base_url + "/v1/completions",
            headers=backend.headers,
            timeout=120,
            json={
                "prompt": "JSON:",
                "grammar": sg.grammar_for_schema(schema),
                "max_tokens": 150,
                "temperature": 1.0,
                "seed": 7,
            },
        )
        assert r.status_code == 200, (schema, r.text)
        choice = r.json()["choices"][0]
        if choice["finish_reason"] == "stop":
            jsonschema.validate(json.loads(choice["text"]), schema)
            assert _compact(choice["text"])


def test_the_request_log_says_which_path(srv, client):
    client.chat.completions.create(
        model="tiny-llama",
        messages=MSG,
        tools=[_tool("get_weather", SMALL)],
        tool_choice="required",
        parallel_tool_calls=False,
        max_tokens=80,
    )
    client.chat.completions.create(
        model="tiny-llama", messages=MSG, response_format={"type": "json_object"}, max_tokens=10
    )
    recent = srv["serving"].recent_requests()
    assert any(e.get("tool_format") == "generic" and e.get("grammar") == "compact" for e in recent)
    assert any(e.get("grammar") == "compact" and "tool_format" not in e for e in recent)


# -- the native path: a chat template that knows tools (llama.cpp formats and parses the calls) --

HERMES_TEMPLATE = (
    "{%- if tools %}<|im_start|>system\nYou may call these tools:\n<tools>\n"
    "{%- for tool in tools %}{{ tool | tojson }}\n{% endfor %}</tools>\n"
    'Answer a call as <tool_call>\n{"name": NAME, "arguments": ARGS}\n</tool_call><|im_end|>\n{% endif %}'
    "{%- for message in messages %}"
    "{%- if message.role == 'tool' %}<|im_start|>user\n<tool_response>\n{{ message.content }}\n</tool_response><|im_end|>\n"
    "{%- elif message.tool_calls %}<|im_start|>assistant\n"
    "{%- for tc in message.tool_calls %}{%- if tc.function is defined %}{%- set tc = tc.function %}{%- endif %}"
    '<tool_call>\n{"name": "{{ tc.name }}", "arguments": {{ tc.arguments | tojson }}}\n</tool_call>'
    "{% endfor %}<|im_end|>\n"
    "{%- else %}<|im_start|>{{ message.role }}\n{{ message.content }}<|im_end|>\n{% endif %}"
    "{%- endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


@pytest.fixture(scope="module")
def native(tmp_path_factory, tokenizer_dirs):
    """A tiny random Llama (4k positions) whose chat template supports tools in the Hermes format:
    llama.cpp reports ``supports_tools`` and builds the call's grammar itself."""
    import tiny_models
    from conftest import init_workspace
    from transformers import LlamaConfig

    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    root = tmp_path_factory.mktemp("native")
    cfg = LlamaConfig(**{**tiny_models._common(49152, 1, 2), "max_position_embeddings": 4096}, tie_word_embeddings=True)
    cfg.architectures = ["LlamaForCausalLM"]
    src = tiny_models._write_model(cfg, tokenizer_dirs["bpe"], root / "tiny-hermes", 0, 0.3)
    tc = json.loads((src / "tokenizer_config.json").read_text())
    tc["chat_template"] = HERMES_TEMPLATE
    (src / "tokenizer_config.json").write_text(json.dumps(tc, indent=2))
    (src / "chat_template.jinja").unlink(missing_ok=True)
    home = init_workspace(root / "home")
    with Catalog.open(home) as cat:
        ModelStore(home, cat).import_path(src, name="tiny-hermes")
        row, report = Exporter(home, cat).export("tiny-hermes", "f16")
        assert row["status"] == "verified", report.render()
        serving = start_server(home, cat, ["tiny-hermes"], options=ServeOptions(port=0, n_ctx=4096, slots=2))
    yield {"base": f"http://127.0.0.1:{serving.port}/v1", "token": get_or_create_token(home), "serving": serving}
    with Catalog.open(home) as cat:
        stop_server(cat, serving)


def test_native_tool_path_takes_a_schema_with_refs_and_forced_calls_are_held(native):
    """llama.cpp's own tool grammar cannot resolve ``$ref``: on the native path (``auto``) the
    front inlines them. A forced call goes the generic way even here: llama.cpp's server ignores
    a named ``tool_choice`` and lets ``required`` answer text for a template like this one."""
    assert native["serving"].backends[0].caps.get("supports_tools") is True
    client = openai.OpenAI(base_url=native["base"], api_key=native["token"], max_retries=0, timeout=120)
    tool = openai.pydantic_function_tool(Person, name="record_person")
    assert "$defs" in json.dumps(tool)
    msgs = [{"role": "user", "content": "Alice, 34, 5 Rue Cler, Paris."}]
    r = client.chat.completions.create(model="tiny-hermes", messages=msgs, tools=[tool], max_tokens=24, temperature=0)
    c = r.choices[0]  # a random model: text or a call, but never the 400 "cannot resolve $ref"
    assert c.finish_reason in ("stop", "length", "tool_calls"), c
    entry = native["serving"].recent_requests()[-1]
    assert entry["status"] == 200 and entry["tool_format"] == "native", entry
    for choice in ("required", {"type": "function", "function": {"name": "record_person"}}):
        r = client.chat.completions.create(
            model="tiny-hermes", messages=msgs, tools=[tool], tool_choice=choice, max_tokens=120, temperature=0
        )
        c = r.choices[0]
        assert c.finish_reason == "tool_calls" and c.message.tool_calls[0].function.name == "record_person", c
        Person.model_validate_json(c.message.tool_calls[0].function.arguments)
        assert native["serving"].recent_requests()[-1]["tool_format"] == "generic"
