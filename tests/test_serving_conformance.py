"""The OpenAI features applications rely on, driven through the official ``openai`` client against
our front and real llama.cpp server processes (tiny random models: the checks are on shape and
constraints, not on what the answers say)."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from appliance import workspace
from appliance.catalog import Catalog
from appliance.home import Home
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token

TOOLS = [
    {
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
]


@pytest.fixture(scope="module")
def srv(served_home):
    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        serving = start_server(home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=512, slots=2))
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


def _raw(srv, path, body=None, method="POST", **kw):
    headers = {"Authorization": f"Bearer {srv['token']}", **kw.pop("headers", {})}
    return httpx.request(method, srv["base"] + path, headers=headers, json=body, timeout=120, **kw)


def test_model_retrieve(client):
    m = client.models.retrieve("tiny-llama")
    assert m.id == "tiny-llama" and m.object == "model"
    with pytest.raises(openai.NotFoundError) as exc:
        client.models.retrieve("gpt-5")
    assert exc.value.code == "model_not_found"


def test_tool_call_required(client):
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=[{"role": "user", "content": "Weather?"}],
        tools=TOOLS,
        tool_choice="required",
        parallel_tool_calls=False,
        max_tokens=300,
        temperature=0,
    )
    choice = r.choices[0]
    assert choice.finish_reason == "tool_calls", choice
    call = choice.message.tool_calls[0]
    assert call.type == "function" and call.function.name == "get_weather" and call.id
    assert json.loads(call.function.arguments)["city"] in ("Paris", "Rome")


def test_tool_call_named_function_streamed(client):
    chunks = list(
        client.chat.completions.create(
            model="tiny-llama",
            messages=[{"role": "user", "content": "Weather?"}],
            tools=TOOLS,
            tool_choice={"type": "function", "function": {"name": "get_weather"}},
            parallel_tool_calls=False,
            max_tokens=300,
            temperature=0,
            stream=True,
        )
    )
    deltas = [tc for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])]
    assert deltas and deltas[0].function.name == "get_weather"
    args = "".join(d.function.arguments or "" for d in deltas)
    assert json.loads(args)["city"] in ("Paris", "Rome")
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_tool_results_in_the_conversation(client):
    """An assistant turn with tool calls and content null, then the tool's result: accepted."""
    msgs = [
        {"role": "user", "content": "Weather in Rome?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Rome"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "21 C, clear"},
    ]
    r = client.chat.completions.create(model="tiny-llama", messages=msgs, tools=TOOLS, max_tokens=20, temperature=0)
    assert r.choices[0].finish_reason in ("stop", "length", "tool_calls")


def test_json_schema_output_is_enforced(client):
    schema = {
        "type": "object",
        "properties": {
            "answer": {"type": "string", "enum": ["yes", "no"]},
            "confidence": {"type": "integer", "minimum": 0, "maximum": 9},
        },
        "required": ["answer", "confidence"],
        "additionalProperties": False,
    }
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=[{"role": "user", "content": "Is it?"}],
        response_format={"type": "json_schema", "json_schema": {"name": "verdict", "schema": schema}},
        max_tokens=300,
        temperature=0.8,
        seed=3,
    )
    assert r.choices[0].finish_reason == "stop"
    out = json.loads(r.choices[0].message.content)
    assert out["answer"] in ("yes", "no") and 0 <= out["confidence"] <= 9 and set(out) == {"answer", "confidence"}


def test_json_object_output(client):
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=[{"role": "user", "content": "JSON please"}],
        response_format={"type": "json_object"},
        max_tokens=40,
        temperature=0,
    )
    assert r.choices[0].message.content.lstrip().startswith("{")


def test_logprobs_and_top_logprobs(client):
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=[{"role": "user", "content": "Hi"}],
        max_tokens=4,
        temperature=0,
        logprobs=True,
        top_logprobs=3,
    )
    content = r.choices[0].logprobs.content
    assert len(content) == r.usage.completion_tokens
    assert all(len(t.top_logprobs) == 3 and t.logprob <= 0 for t in content)
    assert content[0].token == content[0].top_logprobs[0].token  # greedy: the most likely token


def test_stream_usage_only_when_asked(client):
    kw = dict(
        model="tiny-llama", messages=[{"role": "user", "content": "Hi"}], max_tokens=5, temperature=0, stream=True
    )
    with_usage = list(client.chat.completions.create(**kw, stream_options={"include_usage": True}))
    assert with_usage[-1].choices == [] and with_usage[-1].usage.completion_tokens == 5
    without = list(client.chat.completions.create(**kw))
    assert all(c.usage is None for c in without)


def test_n_choices(client):
    r = client.chat.completions.create(
        model="tiny-llama", messages=[{"role": "user", "content": "Hi"}], max_tokens=4, temperature=1.0, seed=5, n=3
    )
    assert [c.index for c in r.choices] == [0, 1, 2]
    assert 3 <= r.usage.completion_tokens <= 12


def test_explicit_nulls_are_accepted(srv):
    body = {
        "model": "tiny-llama",
        "messages": [{"role": "user", "content": None}, {"role": "user", "content": "x"}],
        "temperature": None,
        "top_p": None,
        "stop": None,
        "max_tokens": 3,
        "seed": None,
        "tools": None,
        "tool_choice": None,
        "response_format": None,
        "stream_options": None,
        "logprobs": None,
        "n": None,
        "user": None,
    }
    r = _raw(srv, "/chat/completions", body)
    assert r.status_code == 200, r.text
    # The keep-alive connection is still good for the next request.
    with httpx.Client(headers={"Authorization": f"Bearer {srv['token']}"}, timeout=60) as c:
        for _ in range(2):
            assert c.post(srv["base"] + "/chat/completions", json=body).status_code == 200


def test_completions_with_several_prompts_and_streaming(client):
    chunks = list(
        client.completions.create(
            model="tiny-llama",
            prompt="Forms are",
            max_tokens=4,
            temperature=0,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices)
    assert chunks[-1].usage.completion_tokens == 4


def test_completions_echo_logprobs_and_suffix(client):
    r = client.completions.create(
        model="tiny-llama", prompt="The sky is", max_tokens=3, temperature=0, echo=True, logprobs=2
    )
    text = r.choices[0].text
    assert text.startswith("The sky is") and len(text) > len("The sky is")
    lp = r.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) == 3
    assert lp.text_offset[0] == len("The sky is") and all(len(t) == 2 for t in lp.top_logprobs)
    chunks = list(
        client.completions.create(
            model="tiny-llama", prompt="The sky is", max_tokens=3, temperature=0, echo=True, logprobs=1, stream=True
        )
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == text
    assert [t for c in chunks if c.choices and c.choices[0].logprobs for t in c.choices[0].logprobs.tokens] == lp.tokens
    with pytest.raises(openai.BadRequestError) as exc:
        client.completions.create(model="tiny-llama", prompt="def f(", suffix="    return x", max_tokens=3)
    assert exc.value.param == "suffix"


def test_embeddings(client):
    e = client.embeddings.create(model="tiny-llama", input=["first text", "second, longer text"])
    assert [d.index for d in e.data] == [0, 1]
    assert len(e.data[0].embedding) == len(e.data[1].embedding) > 8
    assert e.data[0].embedding != e.data[1].embedding
    assert e.usage.prompt_tokens > 0


@pytest.mark.parametrize(
    "case", ["unknown endpoint", "wrong method", "not json", "not an object", "too large", "bad field"]
)
def test_every_error_is_in_openai_shape(srv, case):
    if case == "unknown endpoint":
        r = _raw(srv, "/nothing-here", {})
        status = 404
    elif case == "wrong method":
        r = _raw(srv, "/chat/completions", method="GET")
        status = 405
    elif case == "not json":
        r = httpx.post(
            srv["base"] + "/chat/completions",
            content=b"{nope",
            timeout=30,
            headers={"Authorization": f"Bearer {srv['token']}", "Content-Type": "application/json"},
        )
        status = 400
    elif case == "not an object":
        r = _raw(srv, "/chat/completions", [1, 2])
        status = 400
    elif case == "too large":
        r = _raw(
            srv,
            "/chat/completions",
            {"model": "tiny-llama", "messages": [{"role": "user", "content": "x" * (9 << 20)}]},
        )
        status = 413
    else:
        r = _raw(srv, "/chat/completions", {"model": "tiny-llama", "messages": [{"role": "wizard", "content": "x"}]})
        status = 400
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"} and err["message"]
    if case == "not json":
        assert "line 1" in err["message"]
    if case == "bad field":
        assert err["param"] == "messages.0.role"


def test_route_is_in_the_headers(srv):
    r = _raw(
        srv,
        "/chat/completions",
        {"model": "tiny-llama", "messages": [{"role": "user", "content": "x"}], "max_tokens": 2},
    )
    assert r.headers["x-appliance-model"] == "tiny-llama"
    assert r.headers["x-appliance-export"].startswith("exp-")
    assert r.headers["x-request-id"].startswith("req-") and r.headers["x-appliance-route"]


def test_each_request_is_audited(srv):
    from conftest import PASSPHRASE

    from appliance.audit.log import AuditLog
    from appliance.security.vault import Vault

    r = _raw(
        srv,
        "/chat/completions",
        {"model": "tiny-llama", "messages": [{"role": "user", "content": "x"}], "max_tokens": 2},
    )
    rid = r.headers["x-request-id"]
    bad = _raw(srv, "/chat/completions", {"model": "no-such-model", "messages": [{"role": "user", "content": "x"}]})
    bad_id = bad.headers["x-request-id"]
    import time

    deadline = time.time() + 20
    while True:
        with Catalog.open(srv["home"]) as cat:
            log = AuditLog(cat)
            res = log.verify(audit_private=log.audit_private_key(workspace.unlock(Vault(cat), PASSPHRASE)))
        by_id = {(rec.get("params") or {}).get("id"): rec for rec in res.decrypted if rec["action"] == "serve.request"}
        if rid in by_id and bad_id in by_id or time.time() > deadline:
            break
        time.sleep(0.5)
    assert res.ok, res.summary()
    ok, refused = by_id[rid], by_id[bad_id]
    assert ok["outcome"] == "ok" and ok["params"]["variant"] and ok["params"]["usage"]["completion_tokens"] == 2
    assert ok["objects"][0].startswith("exp-")
    assert refused["outcome"] == "refused" and refused["params"]["status"] == 404
