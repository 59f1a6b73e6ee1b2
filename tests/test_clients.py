"""The libraries applications are written with, against our served models (issue 27): the official
``openai`` client, LangChain (``langchain_openai``), instructor, pydantic-ai and the OpenAI Agents
SDK, each used as its documentation shows, pointed at our base URL with our token.

The model here is the tiny random Llama (module-scoped server, 4 slots): its text is random, so
where an application needs a decision the tests force it (a named or required tool, a schema) and
check shapes and validity, never what the answer says. ``tests/test_clients_builtin.py`` runs the
same tests on the real built-in model (marker ``clients``, ``make test-clients``).

Client versions tested: the pins in pyproject.toml's ``dev`` extra (openai 3.3.0, langchain-openai
1.7.3 with langchain-core 1.7.2, instructor 1.17.0, pydantic-ai-slim 2.38.0, openai-agents 0.24.0).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from typing import Literal

import openai
import pytest
from pydantic import BaseModel, Field

from appliance.catalog import Catalog
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token

MAX_TOKENS = 80  # enough for every forced tool call and schema below, on any model


class City(BaseModel):
    """A city."""

    name: Literal["Paris", "Rome"]
    population_millions: int = Field(ge=0, le=99)


class Weather(BaseModel):
    """The weather in a city (a nested model: its schema has ``$defs`` and ``$ref``)."""

    city: City
    sunny: bool
    celsius: int = Field(ge=-40, le=50)


class Verdict(BaseModel):
    """A yes or no answer."""

    answer: Literal["yes", "no"]
    confidence: int = Field(ge=0, le=9)


WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "enum": ["Paris", "Rome"]}},
            "required": ["city"],
        },
    },
}


def get_weather(city: Literal["Paris", "Rome"]) -> str:
    """The weather in a city."""
    return f"21 C and clear in {city}"


@pytest.fixture(scope="module")
def api(tmp_path_factory, tokenizer_dirs):
    """Our server on a tiny random Llama: ``{"base", "token", "model"}`` (overridden in
    test_clients_builtin.py with the built-in model). The session's tiny models have a 256-token
    context, less than tool descriptions and schemas take: this one, otherwise the same, has 4096."""
    import tiny_models
    from conftest import init_workspace
    from transformers import LlamaConfig

    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    root = tmp_path_factory.mktemp("clients")
    cfg = LlamaConfig(**{**tiny_models._common(49152, 1, 2), "max_position_embeddings": 4096}, tie_word_embeddings=True)
    cfg.architectures = ["LlamaForCausalLM"]
    src = tiny_models._write_model(cfg, tokenizer_dirs["bpe"], root / "tiny-llama-4k", 0, 0.3)
    home = init_workspace(root / "home")
    with Catalog.open(home) as cat:
        ModelStore(home, cat).import_path(src, name="tiny-llama")
        row, report = Exporter(home, cat).export("tiny-llama", "f16")
        assert row["status"] == "verified", report.render()
        serving = start_server(home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=4096, slots=4))
    yield {"base": f"http://127.0.0.1:{serving.port}/v1", "token": get_or_create_token(home), "model": "tiny-llama"}
    with Catalog.open(home) as cat:
        stop_server(cat, serving)


@pytest.fixture
def client(api):
    return openai.OpenAI(base_url=api["base"], api_key=api["token"], max_retries=0, timeout=120)


@pytest.fixture
def aclient(api):
    return openai.AsyncOpenAI(base_url=api["base"], api_key=api["token"], max_retries=0, timeout=120)


def _prompt_only(api):
    """Modes where the schema is only in the prompt (nothing in the request for a grammar to
    enforce), or where the model chooses between a tool and text: a random model cannot follow
    them; test_clients_builtin.py runs these with the built-in model."""
    if api["model"] == "tiny-llama":
        pytest.skip("the format is only in the prompt: a random model cannot follow it (see test_clients_builtin.py)")


def _msgs(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


# ---------------------------------------------------------------------------------------------
# The official openai client
# ---------------------------------------------------------------------------------------------


def test_openai_chat_invoke(client, api):
    r = client.chat.completions.create(model=api["model"], messages=_msgs("Hi"), max_tokens=8, temperature=0)
    assert r.object == "chat.completion" and r.model and r.id
    msg = r.choices[0].message
    assert msg.role == "assistant" and isinstance(msg.content, str)
    assert r.choices[0].finish_reason in ("stop", "length") and 1 <= r.usage.completion_tokens <= 8


def test_openai_chat_stream(client, api):
    chunks = list(
        client.chat.completions.create(
            model=api["model"], messages=_msgs("Hi"), max_tokens=8, temperature=0, stream=True
        )
    )
    assert chunks and all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert isinstance(text, str)
    assert chunks[-1].choices[0].finish_reason in ("stop", "length")


@pytest.mark.parametrize("choice", ["named", "required"])
def test_openai_tools_forced(client, api, choice):
    """A forced call to a plain tool and to one whose schema is a nested Pydantic model (``$defs``
    and ``$ref``, as ``openai.pydantic_function_tool`` makes it), within ``max_tokens`` 80."""
    tools = [WEATHER_TOOL, openai.pydantic_function_tool(Weather, name="report_weather")]
    for name in ("get_weather", "report_weather"):
        tool_choice = {"type": "function", "function": {"name": name}} if choice == "named" else "required"
        r = client.chat.completions.create(
            model=api["model"],
            messages=_msgs("Weather in Rome?"),
            tools=tools if choice == "named" else [t for t in tools if t["function"]["name"] == name],
            tool_choice=tool_choice,
            parallel_tool_calls=False,
            max_tokens=MAX_TOKENS,
            temperature=0,
        )
        c = r.choices[0]
        assert c.finish_reason == "tool_calls", (name, c)
        assert len(c.message.tool_calls) == 1, c.message
        call = c.message.tool_calls[0]
        assert call.type == "function" and call.id and call.function.name == name
        args = json.loads(call.function.arguments)
        if name == "get_weather":
            assert args["city"] in ("Paris", "Rome")
        else:
            Weather.model_validate(args)


def test_openai_tool_result_round_trip(client, api):
    first = client.chat.completions.create(
        model=api["model"],
        messages=_msgs("Weather in Rome?"),
        tools=[WEATHER_TOOL],
        tool_choice="required",
        max_tokens=MAX_TOKENS,
        temperature=0,
    )
    msg = first.choices[0].message
    assert msg.tool_calls, first
    call = msg.tool_calls[0]
    result = get_weather(**json.loads(call.function.arguments))
    msgs = [
        *_msgs("Weather in Rome?"),
        msg.model_dump(exclude_none=True),  # the assistant turn as the client got it
        {"role": "tool", "tool_call_id": call.id, "content": result},
    ]
    second = client.chat.completions.create(
        model=api["model"], messages=msgs, tools=[WEATHER_TOOL], max_tokens=16, temperature=0
    )
    c = second.choices[0]
    assert c.finish_reason in ("stop", "length", "tool_calls")
    assert isinstance(c.message.content, str) or c.message.tool_calls


def _check_auto(message) -> None:
    """``tool_choice`` auto: either an answer in content, or tool calls with valid arguments."""
    if message.tool_calls:
        for call in message.tool_calls:
            assert call.function.name == "get_weather" and call.id
            assert json.loads(call.function.arguments)["city"] in ("Paris", "Rome")
    else:
        assert isinstance(message.content, str)


def test_openai_tools_auto(client, api):
    for seed in (1, 2, 3):
        r = client.chat.completions.create(
            model=api["model"],
            messages=_msgs("Weather in Rome?"),
            tools=[WEATHER_TOOL],
            max_tokens=MAX_TOKENS,
            temperature=1.0,
            seed=seed,
        )
        c = r.choices[0]
        assert c.finish_reason in ("stop", "length", "tool_calls")
        _check_auto(c.message)
        assert (c.finish_reason == "tool_calls") == bool(c.message.tool_calls)


@pytest.mark.parametrize("where", ["chat", "beta"])
def test_openai_parse_pydantic(client, api, where):
    """``parse`` with a Pydantic model (the client sends a strict json_schema with ``$defs``)."""
    completions = client.chat.completions if where == "chat" else client.beta.chat.completions
    for model in (Verdict, Weather):
        r = completions.parse(
            model=api["model"],
            messages=_msgs("Weather in Rome?"),
            response_format=model,
            max_tokens=MAX_TOKENS,
            temperature=0,
        )
        msg = r.choices[0].message
        assert r.choices[0].finish_reason == "stop", msg
        assert isinstance(msg.parsed, model), msg


def test_openai_parse_tools(client, api):
    """``parse`` with a strict Pydantic tool: the call's arguments come back parsed."""
    r = client.chat.completions.parse(
        model=api["model"],
        messages=_msgs("Weather in Rome?"),
        tools=[openai.pydantic_function_tool(Weather)],
        tool_choice="required",
        max_tokens=MAX_TOKENS,
        temperature=0,
    )
    call = r.choices[0].message.tool_calls[0]
    assert call.function.name == "Weather" and isinstance(call.function.parsed_arguments, Weather)


def test_openai_embeddings(client, api):
    e = client.embeddings.create(model=api["model"], input=["first text", "second text"])
    full = len(e.data[0].embedding)
    assert [d.index for d in e.data] == [0, 1] and full > 8 and e.usage.prompt_tokens > 0
    f = client.embeddings.create(model=api["model"], input="first text", encoding_format="float")
    assert f.data[0].embedding == pytest.approx(e.data[0].embedding, abs=1e-5)
    short = client.embeddings.create(model=api["model"], input=["first text", "second text"], dimensions=8)
    assert [len(d.embedding) for d in short.data] == [8, 8]
    # Shortened as OpenAI does: the first dimensions, normalised again.
    assert sum(x * x for x in short.data[0].embedding) == pytest.approx(1.0, abs=1e-3)


def test_openai_unknown_model(client, aclient):
    with pytest.raises(openai.NotFoundError) as exc:
        client.chat.completions.create(model="no-such-model", messages=_msgs("Hi"), max_tokens=2)
    assert exc.value.code == "model_not_found" and exc.value.type == "invalid_request_error"
    with pytest.raises(openai.NotFoundError) as exc:
        client.embeddings.create(model="no-such-model", input="x")
    assert exc.value.code == "model_not_found" and exc.value.type == "invalid_request_error"

    async def stream():
        s = await aclient.chat.completions.create(
            model="no-such-model", messages=_msgs("Hi"), max_tokens=2, stream=True
        )
        async for _ in s:
            pass

    with pytest.raises(openai.NotFoundError):
        asyncio.run(stream())


BAD_FIELDS = {
    "temperature": {"temperature": 7},
    "max_tokens": {"max_tokens": -1},
    "messages": {"messages": []},
    "n": {"n": 0},
    "top_logprobs": {"logprobs": True, "top_logprobs": 99},
    "tool_choice": {"tools": [WEATHER_TOOL], "tool_choice": {"type": "function", "function": {"name": "nope"}}},
    "tools": {"tools": [{"type": "function", "function": {"parameters": {}}}]},
    "response_format": {"response_format": {"type": "bogus"}},
    "json_schema": {"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": 5}}},
}


@pytest.mark.parametrize("field", list(BAD_FIELDS))
def test_openai_bad_field_is_400(client, api, field):
    kw = {"model": api["model"], "messages": _msgs("Hi"), "max_tokens": 2, **BAD_FIELDS[field]}
    with pytest.raises(openai.BadRequestError) as exc:  # never a 500 (InternalServerError)
        client.chat.completions.create(**kw)
    assert exc.value.type == "invalid_request_error" and exc.value.message


# ---------------------------------------------------------------------------------------------
# LangChain (langchain_openai)
# ---------------------------------------------------------------------------------------------


def _chat_openai(api, **kw):
    from langchain_openai import ChatOpenAI

    kw = {"max_tokens": MAX_TOKENS, "temperature": 0, **kw}
    return ChatOpenAI(model=api["model"], base_url=api["base"], api_key=api["token"], max_retries=0, timeout=120, **kw)


def test_langchain_invoke_stream_batch(api):
    from langchain_core.messages import AIMessage, AIMessageChunk

    llm = _chat_openai(api, max_tokens=8)
    out = llm.invoke("Hi")
    assert isinstance(out, AIMessage) and isinstance(out.content, str)
    assert out.response_metadata["finish_reason"] in ("stop", "length")
    assert out.usage_metadata["output_tokens"] >= 1
    chunks = list(llm.stream("Hi"))
    assert chunks and all(isinstance(c, AIMessageChunk) for c in chunks)
    assert isinstance(sum(chunks[1:], chunks[0]).content, str)

    async def astream():
        return [c async for c in llm.astream("Hello")]

    achunks = asyncio.run(astream())
    assert achunks and all(isinstance(c, AIMessageChunk) for c in achunks)
    answers = llm.batch(["Hi", "Hello", "Bonjour"])
    assert len(answers) == 3 and all(isinstance(a, AIMessage) for a in answers)


def _langchain_weather_tool():
    from langchain_core.tools import tool

    return tool(get_weather)


@pytest.mark.parametrize("choice", ["get_weather", "any", "report"])
def test_langchain_bind_tools_forced(api, choice):
    """A forced tool: by name, ``"any"`` (sent as ``required``), and a nested Pydantic model as a tool."""
    if choice == "report":
        llm = _chat_openai(api).bind_tools([Weather], tool_choice="Weather")
        name = "Weather"
    else:
        llm = _chat_openai(api).bind_tools([_langchain_weather_tool()], tool_choice=choice)
        name = "get_weather"
    out = llm.invoke("Weather in Rome?")
    assert out.response_metadata["finish_reason"] == "tool_calls", out
    assert not out.invalid_tool_calls and len(out.tool_calls) >= 1, out
    call = out.tool_calls[0]
    assert call["name"] == name and call["id"]
    if name == "Weather":
        Weather.model_validate(call["args"])
    else:
        assert call["args"]["city"] in ("Paris", "Rome")


def test_langchain_bind_tools_auto(api):
    llm = _chat_openai(api, temperature=1.0).bind_tools([_langchain_weather_tool()])
    for seed in (1, 2):
        out = llm.invoke("Weather in Rome?", seed=seed)
        assert not out.invalid_tool_calls, out
        if out.tool_calls:
            assert all(c["name"] == "get_weather" and c["args"]["city"] in ("Paris", "Rome") for c in out.tool_calls)
        else:
            assert isinstance(out.content, str)


def test_langchain_tool_message_round_trip(api):
    from langchain_core.messages import AIMessage, HumanMessage

    weather = _langchain_weather_tool()
    llm = _chat_openai(api).bind_tools([weather], tool_choice="get_weather")
    messages = [HumanMessage("Weather in Rome?")]
    ai = llm.invoke(messages)
    assert ai.tool_calls, ai
    messages += [ai, weather.invoke(ai.tool_calls[0])]  # a ToolMessage with the call's id
    assert messages[-1].tool_call_id == ai.tool_calls[0]["id"]
    final = _chat_openai(api, max_tokens=16).bind_tools([weather]).invoke(messages)
    assert isinstance(final, AIMessage) and (isinstance(final.content, str) or final.tool_calls)
    assert final.response_metadata["finish_reason"] in ("stop", "length", "tool_calls")


@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_langchain_with_structured_output(api, method):
    llm = _chat_openai(api)
    prompt = "Weather in Rome?"
    if method == "json_mode":  # LangChain's documentation: json_mode needs the format in the prompt
        _prompt_only(api)
        prompt += " Answer in JSON with this schema: " + json.dumps(Weather.model_json_schema())
    for schema in (Verdict, Weather):
        out = llm.with_structured_output(schema, method=method, include_raw=True).invoke(prompt)
        if method == "json_mode":  # what the server guarantees: a complete JSON object
            raw = out["raw"]
            assert raw.response_metadata["finish_reason"] == "stop", raw
            assert isinstance(json.loads(raw.content), dict), raw
            if out["parsing_error"] is not None:  # the model did not follow the prompt's schema
                continue
        assert out["parsing_error"] is None, out
        assert isinstance(out["parsed"], schema), out


def test_langchain_embeddings(api):
    """``check_embedding_ctx_length=False`` sends the text as it is: with the default (True)
    LangChain tokenizes with tiktoken first, which downloads its encoding from the internet."""
    from langchain_openai import OpenAIEmbeddings

    emb = OpenAIEmbeddings(
        model=api["model"], base_url=api["base"], api_key=api["token"], check_embedding_ctx_length=False, max_retries=0
    )
    docs = emb.embed_documents(["first text", "second text"])
    query = emb.embed_query("first text")
    assert len(docs) == 2 and len(docs[0]) == len(query) > 8 and docs[0] != docs[1]
    assert query == pytest.approx(docs[0], abs=1e-4)
    short = OpenAIEmbeddings(
        model=api["model"],
        base_url=api["base"],
        api_key=api["token"],
        check_embedding_ctx_length=False,
        dimensions=8,
        max_retries=0,
    )
    assert len(short.embed_query("first text")) == 8


# ---------------------------------------------------------------------------------------------
# instructor
# ---------------------------------------------------------------------------------------------

INSTRUCTOR_MODES = ["TOOLS", "TOOLS_STRICT", "JSON_SCHEMA", "JSON"]


@pytest.mark.parametrize("mode", INSTRUCTOR_MODES)
def test_instructor_create(client, api, mode):
    import instructor
    from instructor.core.exceptions import InstructorRetryException

    if mode == "JSON":
        _prompt_only(api)
    ic = instructor.from_openai(client, mode=getattr(instructor.Mode, mode))
    for model in (Verdict, Weather):
        try:
            out = ic.chat.completions.create(
                model=api["model"],
                response_model=model,
                messages=_msgs("Weather in Rome?"),
                max_tokens=MAX_TOKENS,
                temperature=0,
                max_retries=0,
            )
        except InstructorRetryException as exc:
            if mode != "JSON":
                raise
            # JSON mode: the schema is only in the prompt; what the server guarantees is a
            # complete JSON object (a small model may not fill in the prompt's schema)
            choice = exc.last_completion.choices[0]
            assert choice.finish_reason == "stop" and isinstance(json.loads(choice.message.content), dict)
            continue
        assert isinstance(out, model)


@pytest.mark.parametrize("mode", ["TOOLS", "JSON_SCHEMA"])
def test_instructor_create_partial(client, api, mode):
    import instructor

    ic = instructor.from_openai(client, mode=getattr(instructor.Mode, mode))
    partials = list(
        ic.chat.completions.create_partial(
            model=api["model"],
            response_model=Weather,
            messages=_msgs("Weather in Rome?"),
            max_tokens=MAX_TOKENS,
            temperature=0,
            max_retries=0,
        )
    )
    assert partials
    Weather.model_validate(partials[-1].model_dump())  # the last partial is the whole object


def test_instructor_parallel_tools(client, api):
    import instructor

    _prompt_only(api)  # (tool_choice auto: the model chooses between calling and answering)
    ic = instructor.from_openai(client, mode=instructor.Mode.PARALLEL_TOOLS)
    out = list(
        ic.chat.completions.create(
            model=api["model"],
            response_model=Iterable[Verdict | Weather],
            messages=_msgs("Weather in Rome, and is it nice?"),
            max_tokens=MAX_TOKENS * 2,
            temperature=0,
            max_retries=0,
        )
    )
    assert out and all(isinstance(o, Verdict | Weather) for o in out)


# ---------------------------------------------------------------------------------------------
# pydantic-ai
# ---------------------------------------------------------------------------------------------


def _pai_model(api):
    from pydantic_ai.models.openai import OpenAIChatModel
    from pydantic_ai.providers.openai import OpenAIProvider

    return OpenAIChatModel(api["model"], provider=OpenAIProvider(base_url=api["base"], api_key=api["token"]))


def test_pydantic_ai_plain_run(api):
    from pydantic_ai import Agent

    agent = Agent(_pai_model(api), model_settings={"max_tokens": 8, "temperature": 0})
    result = agent.run_sync("Hi")
    usage = result.usage() if callable(result.usage) else result.usage
    assert isinstance(result.output, str) and usage.output_tokens >= 1


@pytest.mark.parametrize("kind", ["tool", "native", "prompted"])
def test_pydantic_ai_output_type(api, kind):
    from pydantic_ai import Agent, NativeOutput, PromptedOutput, ToolOutput

    if kind == "prompted":
        _prompt_only(api)
    wrap = {"tool": ToolOutput, "native": NativeOutput, "prompted": PromptedOutput}[kind]
    agent = Agent(
        _pai_model(api),
        output_type=wrap(Weather),
        model_settings={"max_tokens": MAX_TOKENS, "temperature": 0},
        retries=0,
    )
    from pydantic_ai import UnexpectedModelBehavior, capture_run_messages

    with capture_run_messages() as messages:
        try:
            assert isinstance(agent.run_sync("Weather in Rome?").output, Weather)
        except UnexpectedModelBehavior:
            if kind != "prompted":
                raise
            # PromptedOutput: the schema is only in the prompt; what the server guarantees is a
            # complete JSON object (a small model may not fill in the prompt's schema)
            text = "".join(getattr(p, "content", "") for p in messages[-1].parts)
            assert isinstance(json.loads(text), dict), text


def test_pydantic_ai_function_tool(api):
    """A function tool the model is made to call on the first step (``tool_choice`` per step, as
    pydantic-ai's documentation shows), then a text answer from its result."""
    from dataclasses import dataclass

    from pydantic_ai import Agent
    from pydantic_ai.capabilities import AbstractCapability
    from pydantic_ai.messages import ToolCallPart, ToolReturnPart

    @dataclass
    class WeatherFirst(AbstractCapability):
        def get_model_settings(self):
            return lambda ctx: {"tool_choice": ["get_weather"] if ctx.run_step <= 1 else "none"}

    calls = []

    def tool(city: Literal["Paris", "Rome"]) -> str:
        """The weather in a city."""
        calls.append(city)
        return get_weather(city)

    tool.__name__ = "get_weather"
    agent = Agent(
        _pai_model(api),
        tools=[tool],
        capabilities=[WeatherFirst()],
        model_settings={"max_tokens": MAX_TOKENS, "temperature": 0},
        retries=0,
    )
    result = agent.run_sync("Weather in Rome?")
    assert calls and calls[0] in ("Paris", "Rome"), result.all_messages()
    parts = [p for m in result.all_messages() for p in m.parts]
    assert any(isinstance(p, ToolCallPart) and p.tool_name == "get_weather" for p in parts)
    assert any(isinstance(p, ToolReturnPart) and p.content.startswith("21 C") for p in parts)
    assert isinstance(result.output, str)


# ---------------------------------------------------------------------------------------------
# OpenAI Agents SDK (agents)
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def agents_sdk():
    import agents

    agents.set_tracing_disabled(True)  # tracing would upload to OpenAI's servers
    return agents


@pytest.mark.parametrize("endpoint", ["chat", "responses"])
def test_agents_function_tool(agents_sdk, aclient, api, endpoint):
    """Over ``OpenAIChatCompletionsModel`` (``/v1/chat/completions``) and ``OpenAIResponsesModel``
    (``/v1/responses``, the SDK's default model class)."""
    from agents import Agent, ModelSettings, OpenAIChatCompletionsModel, OpenAIResponsesModel, Runner, function_tool

    calls = []

    @function_tool
    def weather(city: Literal["Paris", "Rome"]) -> str:
        """The weather in a city."""
        calls.append(city)
        return get_weather(city)

    agent = Agent(
        name="weather",
        instructions="Answer with the weather tool.",
        model=(OpenAIChatCompletionsModel if endpoint == "chat" else OpenAIResponsesModel)(
            model=api["model"], openai_client=aclient
        ),
        tools=[weather],
        model_settings=ModelSettings(tool_choice="required", max_tokens=MAX_TOKENS, temperature=0),
        tool_use_behavior="stop_on_first_tool",
    )
    result = asyncio.run(Runner.run(agent, "Weather in Rome?", max_turns=2))
    assert calls and calls[0] in ("Paris", "Rome")
    assert result.final_output == get_weather(calls[0])


def test_agents_output_type(agents_sdk, aclient, api):
    from agents import Agent, ModelSettings, OpenAIChatCompletionsModel, Runner

    agent = Agent(
        name="weather",
        instructions="Report the weather.",
        model=OpenAIChatCompletionsModel(model=api["model"], openai_client=aclient),
        output_type=Weather,
        model_settings=ModelSettings(max_tokens=MAX_TOKENS, temperature=0),
    )
    result = asyncio.run(Runner.run(agent, "Weather in Rome?", max_turns=1))
    assert isinstance(result.final_output, Weather)
