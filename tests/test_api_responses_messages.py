"""OpenAI's Responses API and Anthropic's Messages API on our front, driven by the official
``openai`` and ``anthropic`` clients and the OpenAI Agents SDK against real llama.cpp server
processes (tiny random models: the checks are on shapes and constraints, not on what the answers
say; tool calls are forced so that the grammar makes them valid)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Literal

import anthropic
import httpx
import openai
import pytest
from pydantic import BaseModel

from appliance import workspace
from appliance.catalog import Catalog
from appliance.home import Home
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token

WEATHER = {
    "type": "object",
    "properties": {"city": {"type": "string", "enum": ["Paris", "Rome"]}},
    "required": ["city"],
    "additionalProperties": False,
}
RESP_TOOLS = [
    {
        "type": "function",
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": WEATHER,
        "strict": True,
    }
]
ANTH_TOOLS = [{"name": "get_weather", "description": "The weather in a city", "input_schema": WEATHER}]


@pytest.fixture(scope="module")
def srv(served_home):
    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        serving = start_server(home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=1024, slots=2))
    yield {
        "root": f"http://127.0.0.1:{serving.port}",
        "base": f"http://127.0.0.1:{serving.port}/v1",
        "token": get_or_create_token(home),
        "serving": serving,
        "home": home,
    }
    with Catalog.open(home) as cat:
        stop_server(cat, serving)


@pytest.fixture
def oai(srv):
    return openai.OpenAI(base_url=srv["base"], api_key=srv["token"], max_retries=0, timeout=120)


@pytest.fixture
def claude(srv):
    return anthropic.Anthropic(base_url=srv["root"], api_key=srv["token"], max_retries=0, timeout=120)


# ---------------------------------------------------------------------------------------------
# Responses API
# ---------------------------------------------------------------------------------------------


def test_responses_plain(oai):
    r = oai.responses.create(
        model="tiny-llama", input="Hello there", instructions="Be brief.", max_output_tokens=6, temperature=0
    )
    assert r.id.startswith("resp_") and r.object == "response" and r.model == "tiny-llama"
    assert r.status in ("completed", "incomplete")
    msg = r.output[0]
    assert msg.type == "message" and msg.role == "assistant" and msg.content[0].type == "output_text"
    assert r.output_text == msg.content[0].text
    assert r.usage.output_tokens <= 6 and r.usage.input_tokens > 0
    assert r.usage.total_tokens == r.usage.input_tokens + r.usage.output_tokens
    # Cut short by max_output_tokens: incomplete, and said why.
    r = oai.responses.create(model="tiny-llama", input="Tell me a long story", max_output_tokens=2, temperature=0)
    if r.usage.output_tokens == 2:
        assert r.status == "incomplete" and r.incomplete_details.reason == "max_output_tokens"


def test_responses_message_list_input_and_metadata(oai):
    r = oai.responses.create(
        model="tiny-llama",
        input=[
            {"role": "developer", "content": "Answer in one word."},
            {"role": "user", "content": [{"type": "input_text", "text": "Hi"}]},
            {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Hello"}]},
            {"role": "user", "content": "Again"},
        ],
        max_output_tokens=4,
        temperature=0,
        metadata={"ticket": "42"},
        store=True,
        user="alice",
    )
    assert r.metadata == {"ticket": "42"} and r.output[0].type == "message"


def test_responses_streamed(oai):
    events = list(oai.responses.create(model="tiny-llama", input="Hi", max_output_tokens=8, temperature=0, stream=True))
    types = [e.type for e in events]
    assert types[:2] == ["response.created", "response.in_progress"]
    assert types[-1] in ("response.completed", "response.incomplete")
    assert [e.sequence_number for e in events] == list(range(len(events)))
    for t in (
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
    ):
        assert t in types, types
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    done = next(e for e in events if e.type == "response.output_text.done")
    final = events[-1].response
    assert done.text == text == final.output_text
    assert final.usage.output_tokens >= 1 and final.output[0].status in ("completed", "incomplete")


def _forced_call(oai, **kw):
    return oai.responses.create(
        model="tiny-llama",
        input="Weather in Rome?",
        tools=RESP_TOOLS,
        tool_choice={"type": "function", "name": "get_weather"},
        parallel_tool_calls=False,
        max_output_tokens=300,
        temperature=0,
        **kw,
    )


def test_responses_function_call_and_output_round_trip(oai):
    r = _forced_call(oai)
    calls = [o for o in r.output if o.type == "function_call"]
    assert r.status == "completed" and len(calls) == 1
    call = calls[0]
    assert call.name == "get_weather" and call.call_id and json.loads(call.arguments)["city"] in ("Paris", "Rome")
    # The call and its result sent back with the whole conversation.
    r2 = oai.responses.create(
        model="tiny-llama",
        input=[
            {"role": "user", "content": "Weather in Rome?"},
            *[o.model_dump(exclude_none=True) for o in r.output],
            {"type": "function_call_output", "call_id": call.call_id, "output": "21 C, clear"},
        ],
        tools=RESP_TOOLS,
        tool_choice="auto",
        max_output_tokens=30,
        temperature=0,
    )
    assert r2.status in ("completed", "incomplete") and r2.output
    # Streamed: the call's item and its arguments as events.
    events = list(_forced_call(oai, stream=True))
    types = [e.type for e in events]
    assert "response.function_call_arguments.delta" in types and types[-1] == "response.completed"
    done = next(e for e in events if e.type == "response.function_call_arguments.done")
    assert done.name == "get_weather" and json.loads(done.arguments)["city"] in ("Paris", "Rome")
    item = next(e.item for e in events if e.type == "response.output_item.done" and e.item.type == "function_call")
    assert item.arguments == done.arguments and events[-1].response.output[-1].call_id == item.call_id
    # The SDK's helper accumulates the events into the final response (it needs response.completed).
    with oai.responses.stream(
        model="tiny-llama",
        input="Weather?",
        tools=RESP_TOOLS,
        tool_choice="required",
        parallel_tool_calls=False,
        max_output_tokens=300,
        temperature=0,
    ) as stream:
        for _ in stream:
            pass
        got = stream.get_final_response()
    assert got.id.startswith("resp_") and got.output[-1].type == "function_call"
    assert json.loads(got.output[-1].arguments)["city"] in ("Paris", "Rome")


def test_responses_json_schema_output(oai):
    schema = {
        "type": "object",
        "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}, "sure": {"type": "boolean"}},
        "required": ["answer", "sure"],
        "additionalProperties": False,
    }
    r = oai.responses.create(
        model="tiny-llama",
        input="Is it?",
        text={"format": {"type": "json_schema", "name": "verdict", "schema": schema, "strict": True}},
        max_output_tokens=200,
        temperature=0.8,
    )
    out = json.loads(r.output_text)
    assert out["answer"] in ("yes", "no") and isinstance(out["sure"], bool) and set(out) == {"answer", "sure"}
    r = oai.responses.create(
        model="tiny-llama", input="JSON", text={"format": {"type": "json_object"}}, max_output_tokens=20
    )
    assert r.output_text.lstrip().startswith("{")


def test_responses_refusals(oai, srv):
    with pytest.raises(openai.BadRequestError) as exc:
        oai.responses.create(model="tiny-llama", input="Hi", previous_response_id="resp_123")
    assert exc.value.param == "previous_response_id" and "whole conversation" in exc.value.message
    with pytest.raises(openai.BadRequestError) as exc:
        oai.responses.create(model="tiny-llama", input="Hi", tools=[{"type": "web_search"}])
    assert exc.value.param == "tools.0.type"
    with pytest.raises(openai.BadRequestError) as exc:
        oai.responses.create(
            model="tiny-llama", input=[{"role": "user", "content": [{"type": "input_image", "image_url": "data:,"}]}]
        )
    assert exc.value.param == "input.0.content.0"
    with pytest.raises(openai.BadRequestError) as exc:
        oai.responses.create(model="tiny-llama", input="Hi", max_output_tokens=0)
    assert exc.value.param == "max_output_tokens"
    with pytest.raises(openai.NotFoundError) as exc:
        oai.responses.create(model="gpt-5", input="Hi")
    assert exc.value.code == "model_not_found"
    bad = openai.OpenAI(base_url=srv["base"], api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as exc:
        bad.responses.create(model="tiny-llama", input="Hi")
    assert exc.value.code == "invalid_api_key"
    r = httpx.post(srv["base"] + "/responses", json={"model": "tiny-llama", "input": "x"}, timeout=30)
    assert r.status_code == 401 and set(r.json()["error"]) == {"message", "type", "param", "code"}


# ---------------------------------------------------------------------------------------------
# OpenAI Agents SDK
# ---------------------------------------------------------------------------------------------


def _agents_model(srv):
    from agents import OpenAIResponsesModel, set_tracing_disabled

    set_tracing_disabled(True)
    client = openai.AsyncOpenAI(base_url=srv["base"], api_key=srv["token"], max_retries=0, timeout=120)
    return OpenAIResponsesModel(model="tiny-llama", openai_client=client)


def test_agents_sdk_function_tool_round_trip(srv):
    from agents import Agent, ModelSettings, Runner, function_tool

    seen = []

    @function_tool
    def get_weather(city: Literal["Paris", "Rome"]) -> str:
        """The weather in a city."""
        seen.append(city)
        return f"21 C in {city}"

    model = _agents_model(srv)
    settings = ModelSettings(tool_choice="required", max_tokens=200, temperature=0, parallel_tool_calls=False)
    caller = Agent(
        name="caller",
        instructions="Use the tool.",
        model=model,
        tools=[get_weather],
        model_settings=settings,
        tool_use_behavior="stop_on_first_tool",
    )
    answerer = Agent(  # output_type: held by the grammar, the answer completes within max_tokens
        name="answerer", model=model, output_type=Verdict, model_settings=ModelSettings(max_tokens=200, temperature=0)
    )

    async def go():  # one event loop: the client's connections belong to it
        first = await Runner.run(caller, "Weather in Rome?", max_turns=2)
        # The call and its output sent back through the SDK: the model answers in text.
        second = await Runner.run(answerer, [*first.to_input_list(), {"role": "user", "content": "So?"}], max_turns=1)
        alone = await Runner.run(answerer, "So?", max_turns=1)
        return first, second, alone

    first, second, alone = asyncio.run(go())
    assert seen and seen[0] in ("Paris", "Rome") and first.final_output == f"21 C in {seen[0]}"
    history = first.to_input_list()
    assert [i.get("type") for i in history][-2:] == ["function_call", "function_call_output"]
    assert isinstance(second.final_output, Verdict)
    assert second.raw_responses[-1].usage.input_tokens > alone.raw_responses[-1].usage.input_tokens + 10


class Verdict(BaseModel):
    answer: Literal["yes", "no"]
    sure: bool


def test_agents_sdk_structured_output(srv):
    from agents import Agent, ModelSettings, Runner

    agent = Agent(
        name="judge",
        instructions="Decide.",
        model=_agents_model(srv),
        output_type=Verdict,
        model_settings=ModelSettings(max_tokens=200, temperature=0),
    )
    result = asyncio.run(Runner.run(agent, "Is the sky green?", max_turns=1))
    assert isinstance(result.final_output, Verdict)


def test_agents_sdk_streamed(srv):
    from agents import Agent, ModelSettings, Runner

    agent = Agent(
        name="talker",
        model=_agents_model(srv),
        output_type=Verdict,  # held by the grammar: the answer completes within max_tokens
        model_settings=ModelSettings(max_tokens=200, temperature=0),
    )

    async def go():
        run = Runner.run_streamed(agent, "Hi", max_turns=1)
        kinds = [e.type async for e in run.stream_events()]
        return run, kinds

    run, kinds = asyncio.run(go())
    assert "raw_response_event" in kinds and isinstance(run.final_output, Verdict)


# ---------------------------------------------------------------------------------------------
# Anthropic Messages API
# ---------------------------------------------------------------------------------------------


def test_messages_plain(claude, oai):
    m = claude.messages.create(
        model="tiny-llama",
        max_tokens=6,
        system=[{"type": "text", "text": "Be brief."}],
        messages=[
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": [{"type": "text", "text": "Hello"}]},
            {"role": "user", "content": [{"type": "text", "text": "Again"}]},
        ],
        extra_body={"temperature": 0, "top_k": 5},  # the client no longer has these arguments
        metadata={"user_id": "alice"},
    )
    assert m.id.startswith("msg_") and m.type == "message" and m.role == "assistant" and m.model == "tiny-llama"
    # The same conversation as a chat completion: the adapter's answer is that one, reshaped.
    c = oai.chat.completions.create(
        model="tiny-llama",
        max_tokens=6,
        temperature=0,
        extra_body={"top_k": 5},
        messages=[
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello"},
            {"role": "user", "content": "Again"},
        ],
    )
    assert m.content[0].type == "text" and m.content[0].text == c.choices[0].message.content
    assert (m.usage.input_tokens, m.usage.output_tokens) == (c.usage.prompt_tokens, c.usage.completion_tokens)
    assert m.stop_reason == {"length": "max_tokens", "stop": "end_turn"}[c.choices[0].finish_reason], m


def test_messages_structured_output(claude):
    schema = {
        "type": "object",
        "properties": {"answer": {"type": "string", "enum": ["yes", "no"]}},
        "required": ["answer"],
        "additionalProperties": False,
    }
    m = claude.messages.create(
        model="tiny-llama",
        max_tokens=100,
        messages=[{"role": "user", "content": "Is it?"}],
        output_config={"format": {"type": "json_schema", "schema": schema}},
    )
    assert json.loads(m.content[0].text)["answer"] in ("yes", "no") and m.stop_reason == "end_turn"


def test_messages_streamed(claude, srv):
    with claude.messages.stream(
        model="tiny-llama", max_tokens=8, messages=[{"role": "user", "content": "Hi"}], extra_body={"temperature": 0}
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert final.content[0].type == "text" and final.content[0].text == text
    assert final.stop_reason in ("end_turn", "max_tokens") and final.usage.output_tokens >= 1
    assert final.usage.input_tokens > 0
    # The raw events, in Anthropic's order and naming.
    with httpx.stream(
        "POST",
        srv["base"] + "/messages",
        json={"model": "tiny-llama", "max_tokens": 4, "stream": True, "messages": [{"role": "user", "content": "x"}]},
        headers={"x-api-key": srv["token"], "anthropic-version": "2023-06-01"},
        timeout=60,
    ) as r:
        assert r.status_code == 200 and r.headers["x-request-id"].startswith("req-")
        names = [line[7:] for line in r.iter_lines() if line.startswith("event: ")]
    assert names[:3] == ["message_start", "ping", "content_block_start"]
    assert names[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(names[3:-3]) <= {"content_block_delta"}


def test_messages_forced_tool_and_result_round_trip(claude):
    m = claude.messages.create(
        model="tiny-llama",
        max_tokens=300,
        messages=[{"role": "user", "content": "Weather in Rome?"}],
        tools=ANTH_TOOLS,
        tool_choice={"type": "tool", "name": "get_weather", "disable_parallel_tool_use": True},
        extra_body={"temperature": 0},
    )
    uses = [b for b in m.content if b.type == "tool_use"]
    assert m.stop_reason == "tool_use" and len(uses) == 1
    use = uses[0]
    assert use.id.startswith("toolu_") and use.name == "get_weather" and use.input["city"] in ("Paris", "Rome")
    m2 = claude.messages.create(
        model="tiny-llama",
        max_tokens=20,
        messages=[
            {"role": "user", "content": "Weather in Rome?"},
            {"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in m.content]},
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": use.id, "content": [{"type": "text", "text": "21 C"}]},
                    {"type": "text", "text": "And so?"},
                ],
            },
        ],
        tools=ANTH_TOOLS,
        tool_choice={"type": "auto"},
        extra_body={"temperature": 0},
    )
    assert m2.stop_reason in ("end_turn", "max_tokens", "tool_use") and m2.content
    # Streamed (tool_choice any): the tool_use block and its input as input_json_delta.
    with claude.messages.stream(
        model="tiny-llama",
        max_tokens=300,
        messages=[{"role": "user", "content": "Weather?"}],
        tools=ANTH_TOOLS,
        tool_choice={"type": "any"},
        extra_body={"temperature": 0},
    ) as stream:
        deltas = [e.delta.type for e in stream if e.type == "content_block_delta"]
        final = stream.get_final_message()
    assert "input_json_delta" in deltas and final.stop_reason == "tool_use"
    block = final.content[-1]
    assert block.type == "tool_use" and block.input["city"] in ("Paris", "Rome")


def test_messages_errors(claude, srv):
    with pytest.raises(anthropic.NotFoundError) as exc:
        claude.messages.create(model="claude-opus", max_tokens=5, messages=[{"role": "user", "content": "Hi"}])
    assert exc.value.body["type"] == "error" and exc.value.body["error"]["type"] == "not_found_error"
    # No max_tokens: the client itself insists, so the raw request.
    r = httpx.post(
        srv["base"] + "/messages",
        json={"model": "tiny-llama", "messages": [{"role": "user", "content": "Hi"}]},
        headers={"x-api-key": srv["token"]},
        timeout=30,
    )
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"
    assert "max_tokens" in body["error"]["message"] and r.headers["x-request-id"].startswith("req-")
    with pytest.raises(anthropic.BadRequestError) as exc:
        claude.messages.create(
            model="tiny-llama",
            max_tokens=5,
            messages=[{"role": "user", "content": [{"type": "image", "source": {"type": "url", "url": "x"}}]}],
        )
    assert "messages.0.content.0" in exc.value.body["error"]["message"]
    bad = anthropic.Anthropic(base_url=srv["root"], api_key="wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError) as exc:
        bad.messages.create(model="tiny-llama", max_tokens=5, messages=[{"role": "user", "content": "Hi"}])
    assert exc.value.body["error"]["type"] == "authentication_error"
    # The same key is good as a bearer token (Anthropic's auth_token) too.
    ok = anthropic.Anthropic(base_url=srv["root"], auth_token=srv["token"], max_retries=0)
    assert ok.messages.create(model="tiny-llama", max_tokens=2, messages=[{"role": "user", "content": "Hi"}]).id


def test_x_api_key_is_checked_in_constant_time_and_not_weaker(srv):
    """A wrong x-api-key is refused even beside nothing else, and an empty one never matches."""
    for headers in ({"x-api-key": ""}, {"x-api-key": srv["token"] + "x"}, {"Authorization": srv["token"]}):
        r = httpx.get(srv["base"] + "/models", headers=headers, timeout=30)
        assert r.status_code == 401, headers
    assert httpx.get(srv["base"] + "/models", headers={"x-api-key": srv["token"]}, timeout=30).status_code == 200


# ---------------------------------------------------------------------------------------------
# Log and audit
# ---------------------------------------------------------------------------------------------


def test_each_request_is_logged_and_audited_with_its_kind(srv):
    from conftest import PASSPHRASE

    from appliance.audit.log import AuditLog
    from appliance.security.vault import Vault

    auth = {"Authorization": f"Bearer {srv['token']}"}
    ok_r = httpx.post(
        srv["base"] + "/responses", json={"model": "tiny-llama", "input": "x", "max_output_tokens": 2}, headers=auth
    )
    ok_m = httpx.post(
        srv["base"] + "/messages",
        json={"model": "tiny-llama", "max_tokens": 2, "messages": [{"role": "user", "content": "x"}]},
        headers=auth,
    )
    bad_m = httpx.post(
        srv["base"] + "/messages",
        json={"model": "nope", "max_tokens": 2, "messages": [{"role": "user", "content": "x"}]},
        headers=auth,
    )
    assert (ok_r.status_code, ok_m.status_code, bad_m.status_code) == (200, 200, 404)
    ids = {r.headers["x-request-id"]: r for r in (ok_r, ok_m, bad_m)}
    recent = {e["id"]: e for e in srv["serving"].gateway.request_log.recent() if e.get("id") in ids}
    assert recent[ok_r.headers["x-request-id"]]["kind"] == "responses"
    assert recent[ok_r.headers["x-request-id"]]["path"] == "/v1/responses"
    assert recent[ok_m.headers["x-request-id"]]["kind"] == "messages"
    deadline = time.time() + 20
    while True:
        with Catalog.open(srv["home"]) as cat:
            log = AuditLog(cat)
            res = log.verify(audit_private=log.audit_private_key(workspace.unlock(Vault(cat), PASSPHRASE)))
        by_id = {(rec.get("params") or {}).get("id"): rec for rec in res.decrypted if rec["action"] == "serve.request"}
        if all(i in by_id for i in ids) or time.time() > deadline:
            break
        time.sleep(0.5)
    assert res.ok, res.summary()
    r_rec, m_rec, bad_rec = (by_id[r.headers["x-request-id"]] for r in (ok_r, ok_m, bad_m))
    assert r_rec["outcome"] == "ok" and r_rec["params"]["kind"] == "responses"
    assert r_rec["params"]["usage"]["completion_tokens"] == 2 and r_rec["objects"][0].startswith("exp-")
    assert m_rec["outcome"] == "ok" and m_rec["params"]["kind"] == "messages"
    assert bad_rec["outcome"] == "refused" and bad_rec["params"]["status"] == 404
    assert bad_rec["params"]["kind"] == "messages"


@pytest.mark.parametrize("path", ["/responses", "/messages"])
def test_a_client_that_leaves_mid_stream_frees_the_backend(srv, path):
    """Leaving a converted stream closes the chat stream under it: the backend stops decoding and
    the request is logged (nothing stays in flight)."""
    body = {"model": "tiny-llama", "stream": True, "temperature": 1.0}
    if path == "/messages":
        body.update(max_tokens=400, messages=[{"role": "user", "content": "Tell a long story"}])
    else:
        body.update(max_output_tokens=400, input="Tell a long story")
    gw = srv["serving"].gateway
    with httpx.stream("POST", srv["base"] + path, json=body, headers={"x-api-key": srv["token"]}, timeout=60) as r:
        rid = r.headers["x-request-id"]
        lines = r.iter_lines()
        seen = [next(lines) for _ in range(30)]
    assert any("delta" in line for line in seen)
    deadline = time.time() + 20
    while time.time() < deadline:
        entry = next((e for e in gw.request_log.recent() if e.get("id") == rid), None)
        if entry is not None and gw.in_flight == 0:
            break
        time.sleep(0.2)
    assert entry is not None and gw.in_flight == 0
    assert entry["usage"].get("completion_tokens", 0) < 400
    assert all(v.backend.stats.in_flight == 0 for n in gw.names for v in n.variants)


def test_an_in_band_error_ends_each_stream_in_its_own_shape():
    """A chat stream that ends with an error event (the backend died mid-answer) becomes
    response.failed, and Anthropic's error event."""
    from appliance.serving.messages_api import MessagesAdapter
    from appliance.serving.responses_api import ResponsesAdapter

    chunk = {"choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}]}
    chat = [
        ("data: " + json.dumps(chunk) + "\n\ndata: ").encode(),  # an event cut between two reads
        b'{"error": {"message": "Generation stopped: killed.", "type": "server_error"}}\n\n',
    ]

    async def source():
        for part in chat:
            yield part

    async def collect(adapter, body):
        from fastapi.responses import StreamingResponse

        adapter.to_chat(body)
        res = await adapter.finish(StreamingResponse(source(), headers={"x-request-id": "req-1"}))
        assert res.headers["x-request-id"] == "req-1"
        return b"".join([part async for part in res.body_iterator]).decode()

    out = asyncio.run(collect(ResponsesAdapter(), {"model": "m", "input": "x", "stream": True}))
    events = [json.loads(line[6:]) for line in out.splitlines() if line.startswith("data: ")]
    assert [e["type"] for e in events][-1] == "response.failed"
    assert events[-1]["response"]["error"]["message"] == "Generation stopped: killed."
    assert any(e["type"] == "response.output_text.delta" and e["delta"] == "Hel" for e in events)
    out = asyncio.run(
        collect(
            MessagesAdapter(),
            {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}], "stream": True},
        )
    )
    assert out.rstrip().splitlines()[-2:] == [
        "event: error",
        'data: {"type": "error", "error": {"type": "api_error", "message": "Generation stopped: killed."}}',
    ]
