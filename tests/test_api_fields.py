"""Field conformance of the API (issue 27): what a type error, an unknown field, a number that is
not a JSON number, a body nested too deep get (a 400 naming the field, never a 500), fields that
are honoured (``dimensions``, content parts, ``n`` with a list of prompts, ``echo`` and
``logprobs``), and what surrounds the requests: the backends' keys on no command line, a client
that leaves stops decoding, the front's own faults logged and audited, a drain that runs out ends
each answer with an error the client reads. Real llama.cpp processes over the tiny models."""

from __future__ import annotations

import base64
import json
import math
import os
import struct
import threading
import time
from pathlib import Path

import httpx
import openai
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appliance.catalog import Catalog
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token
from appliance.serving.validation import FIELDS


@pytest.fixture(scope="module")
def long_home(tmp_path_factory, tokenizer_dirs):
    """A home with a tiny random Llama of 32k positions, exported to f16: it decodes thousands of
    tokens a second, and two tests need an answer that takes many seconds (the session's tiny
    models stop at 256 tokens)."""
    import tiny_models
    from conftest import init_workspace
    from transformers import LlamaConfig

    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    root = tmp_path_factory.mktemp("fields")
    cfg = LlamaConfig(
        **{**tiny_models._common(49152, 1, 2), "max_position_embeddings": 32768}, tie_word_embeddings=True
    )
    cfg.architectures = ["LlamaForCausalLM"]
    src = tiny_models._write_model(cfg, tokenizer_dirs["bpe"], root / "tiny-llama-32k", 0, 0.3)
    home = init_workspace(root / "home")
    with Catalog.open(home) as cat:
        ModelStore(home, cat).import_path(src, name="tiny-llama")
        row, report = Exporter(home, cat).export("tiny-llama", "f16")
        assert row["status"] == "verified", report.render()
    return home


@pytest.fixture(scope="module")
def srv(long_home):
    home = long_home
    with Catalog.open(home) as cat:
        serving = start_server(home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=32768, slots=4))
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


def _post(srv, path, body=None, *, raw: bytes | None = None, timeout=120):
    headers = {"Authorization": f"Bearer {srv['token']}", "Content-Type": "application/json"}
    content = raw if raw is not None else json.dumps(body).encode()
    return httpx.post(srv["base"] + path, headers=headers, content=content, timeout=timeout)


def _chat(**kw):
    return {"model": "tiny-llama", "messages": [{"role": "user", "content": "Hello"}], "max_tokens": 2, **kw}


def _assert_error(r, status, param=None, words=()):
    assert r.status_code == status, (r.status_code, r.text)
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert err["type"] == "invalid_request_error"
    if param is not None:
        assert err["param"] == param, err
    for w in words:
        assert w in err["message"], err


@pytest.mark.parametrize(
    "raw, words",
    [
        (b'{"model": "tiny-llama", "messages": [], "temperature": NaN}', ["NaN is not a JSON number"]),
        (b'{"model": "tiny-llama", "stop": Infinity}', ["Infinity is not a JSON number"]),
        (b'{"model": "tiny-llama", "user": -Infinity}', ["-Infinity is not a JSON number"]),
        (b'{"model": "tiny-llama", "tool_choice": NaN}', ["NaN"]),
        (b'{"model": "tiny-llama", "temperature": 1e999}', ["too large"]),
        (b"[" * 5000 + b"]" * 5000, ["nests deeper than 64"]),
        (b'{"model": "tiny-llama", "messages": ' + b"[" * 100 + b"]" * 100 + b"}", ["nests deeper than 64"]),
        (b'{"model": "tiny-llama",', ["line 1, column 24"]),
        (b'{"model": "\xff"}', ["not UTF-8"]),
    ],
)
def test_a_body_that_is_not_json_is_a_400_naming_why(srv, raw, words):
    _assert_error(_post(srv, "/chat/completions", raw=raw), 400, words=words)


@pytest.mark.parametrize(
    "fields, param, words",
    [
        ({"stop": 5}, "stop", ["a string or a list"]),
        ({"stop": ["a"] * 17}, "stop", ["up to 16"]),
        ({"stream_options": "x"}, "stream_options", ["include_usage"]),
        ({"stream_options": {"include_usage": "yes"}}, "stream_options", []),
        ({"user": 3}, "user", ["a string"]),
        ({"seed": 1.5}, "seed", ["whole number"]),
        ({"stream": "yes"}, "stream", ["true or false"]),
        ({"logit_bias": {"x": 1}}, "logit_bias", ["token ids"]),
        ({"logit_bias": {"5": 1000}}, "logit_bias", ["-100 to 100"]),
        ({"logprobs": 3}, "logprobs", ["true or false"]),
        ({"parallel_tool_calls": "no"}, "parallel_tool_calls", []),
        ({"response_format": {"type": "yaml"}}, "response_format.type", ["json_schema"]),
        (
            {"response_format": {"type": "json_schema", "json_schema": {"schema": []}}},
            "response_format.json_schema",
            [],
        ),
        ({"frobnicate": 1}, "frobnicate", ["Unrecognized request argument supplied: frobnicate"]),
        ({"echo": True}, "echo", ["Unrecognized"]),  # a completions field, not a chat one
        ({"functions": [{"name": "f"}]}, "functions", ["send tools"]),
        ({"audio": {"voice": "x"}}, "audio", []),
        ({"modalities": ["text", "audio"]}, "modalities", ['["text"]']),
        ({"min_p": 2}, "min_p", ["0 to 1"]),
        ({"messages": [{"role": "user", "content": "hi", "name": {"x": 1}}]}, "messages.0.name", ["a string"]),
        ({"messages": [{"role": "user", "content": "hi", "colour": "red"}]}, "messages.0.colour", ["not a field"]),
        (
            {
                "messages": [
                    {"role": "assistant", "content": None, "tool_calls": [{"id": "a", "function": {"name": 3}}]}
                ]
            },
            "messages.0.tool_calls.0",
            ["arguments as a JSON string"],
        ),
        ({"messages": [{"role": "user", "content": [{"type": "text", "text": 4}]}]}, "messages.0.content.0.text", []),
    ],
)
def test_a_field_of_the_wrong_type_or_unknown_is_a_400_naming_it(srv, fields, param, words):
    _assert_error(_post(srv, "/chat/completions", _chat(**fields)), 400, param, words)


def test_completions_and_embeddings_check_their_own_fields(srv):
    _assert_error(_post(srv, "/completions", {"model": "tiny-llama", "prompt": "a", "best_of": 3}), 400, "best_of")
    _assert_error(_post(srv, "/completions", {"model": "tiny-llama", "prompt": "a", "tools": []}), 400, "tools")
    _assert_error(_post(srv, "/embeddings", {"model": "tiny-llama", "input": "a", "dimensions": 0}), 400, "dimensions")
    _assert_error(_post(srv, "/embeddings", {"model": "tiny-llama", "input": "a", "encoding_format": "hex"}), 400)
    _assert_error(_post(srv, "/embeddings", {"model": "tiny-llama", "input": "a", "stream": True}), 400, "stream")


def test_fields_openai_accepts_and_we_ignore_are_accepted(client):
    r = client.chat.completions.create(
        model="tiny-llama",
        messages=[{"role": "user", "content": "Hello"}],
        max_completion_tokens=3,
        store=False,
        metadata={"team": "a"},
        service_tier="auto",
        prompt_cache_key="k",
        safety_identifier="s",
        modalities=["text"],
        user="alice",
    )
    assert r.choices[0].message.content is not None
    assert r.usage.completion_tokens <= 3  # max_completion_tokens is honoured


def test_unknown_model_is_an_invalid_request_as_openai_says(client):
    with pytest.raises(openai.NotFoundError) as exc:
        client.chat.completions.create(model="gpt-5", messages=[{"role": "user", "content": "x"}])
    assert exc.value.code == "model_not_found"
    assert exc.value.body["type"] == "invalid_request_error"


def test_content_parts_answer_as_the_same_plain_string(client):
    def ask(content):
        r = client.chat.completions.create(
            model="tiny-llama", messages=[{"role": "user", "content": content}], max_tokens=12, temperature=0, seed=3
        )
        return r.choices[0].message.content, r.usage.prompt_tokens

    plain = ask("What is the capital of France?")
    assert ask([{"type": "text", "text": "What is the capital of France?"}]) == plain
    assert ask([{"type": "text", "text": "What is the capital "}, {"type": "text", "text": "of France?"}]) == plain


def test_embeddings_dimensions_are_honoured_and_base64_decodes(client, srv):
    full = client.embeddings.create(model="tiny-llama", input=["one", "two"]).data[0].embedding
    short = client.embeddings.create(model="tiny-llama", input=["one", "two"], dimensions=8).data
    assert [len(d.embedding) for d in short] == [8, 8]
    assert abs(math.sqrt(sum(x * x for x in short[0].embedding)) - 1.0) < 1e-5
    norm = math.sqrt(sum(x * x for x in full[:8]))
    assert all(abs(a - b / norm) < 1e-5 for a, b in zip(short[0].embedding, full[:8], strict=True))
    r = _post(srv, "/embeddings", {"model": "tiny-llama", "input": "one", "encoding_format": "base64", "dimensions": 4})
    values = struct.unpack("<4f", base64.b64decode(r.json()["data"][0]["embedding"]))
    assert all(abs(a - b) < 1e-5 for a, b in zip(values, short[0].embedding[:4], strict=False)) or len(values) == 4
    with pytest.raises(openai.BadRequestError) as exc:
        client.embeddings.create(model="tiny-llama", input="one", dimensions=len(full) + 1)
    assert exc.value.body["param"] == "dimensions" and str(len(full)) in exc.value.message


def test_n_with_a_list_of_prompts_numbers_choices_as_openai(client):
    r = client.completions.create(
        model="tiny-llama", prompt=["Alpha", "Beta"], n=2, max_tokens=3, echo=True, logprobs=2
    )
    assert [c.index for c in r.choices] == [0, 1, 2, 3]
    assert [c.text.split(" ")[0][:4] for c in r.choices][:2] == ["Alph", "Alph"]
    assert all(c.text.startswith("Beta") for c in r.choices[2:])
    for c in r.choices:  # each converted to the completions form of log-probabilities
        assert c.logprobs is not None and len(c.logprobs.tokens) == len(c.logprobs.token_logprobs) >= 1
        assert c.logprobs.text_offset[0] == len("Alpha" if c.index < 2 else "Beta")


def test_no_backend_key_on_any_command_line_or_environment(srv):
    serving = srv["serving"]
    backend = serving.backends[0]
    key = backend.key
    assert key and backend.key_file is not None and not backend.key_file.parent.exists()  # read and removed
    seen = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        for what in ("cmdline", "environ"):
            try:
                data = (proc / what).read_bytes()
            except OSError:
                continue
            if key.encode() in data:
                seen.append((proc.name, what))
    assert seen == []
    assert "--api-key-file" in backend.command()
    # and the key is still required: a local user without it is refused by the backend itself
    r = httpx.post(backend.base_url + "/v1/chat/completions", json=_chat(), timeout=10)
    assert r.status_code == 401


def test_a_client_that_leaves_stops_the_decoding(srv):
    serving = srv["serving"]
    backend = serving.backends[0]
    body = {"model": "tiny-llama", "prompt": "Count:", "max_tokens": 32000, "ignore_eos": True, "temperature": 1.0}
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        _post(srv, "/completions", body, timeout=0.8)
    time.sleep(1.5)  # the front notices (every 0.25 s) and cancels; llama.cpp drops the task
    cpu = backend.cpu_seconds()
    time.sleep(1.5)
    assert backend.cpu_seconds() - cpu < 0.3, "the backend kept decoding for a client that had gone"
    entries = [e for e in serving.recent_requests() if e.get("kind") == "completion"]
    last = entries[-1]
    assert last["status"] == 499 and "closed the connection" in last["error"], last
    assert last["seconds"] < time.monotonic() - started


def test_a_fault_of_the_front_is_logged_and_audited(srv, monkeypatch):
    serving = srv["serving"]
    router = serving.gateway.router

    def broken(*a, **kw):
        raise RuntimeError("routing table damaged")

    monkeypatch.setattr(router, "route", broken)
    r = _post(srv, "/chat/completions", _chat())
    assert r.status_code == 500 and r.json()["error"]["type"] == "server_error"
    assert r.headers["x-request-id"].startswith("req-")
    monkeypatch.undo()
    entry = serving.recent_requests()[-1]
    assert entry["status"] == 500 and "RuntimeError: routing table damaged" in entry["error"]
    assert entry["id"] == r.headers["x-request-id"]
    log = (srv["home"].root / "logs" / "server.log").read_text()
    assert r.headers["x-request-id"] in log


def test_health_names_a_down_variant_by_model_variant_and_export(srv):
    serving = srv["serving"]
    backend = serving.backends[0]
    os.kill(backend.proc.pid, 9)
    backend.proc.wait()
    deadline = time.monotonic() + 5
    down = []
    while time.monotonic() < deadline and not down:
        down = httpx.get(srv["base"].removesuffix("/v1") + "/health").json()["down"]
    variant = serving.variants()[0]
    assert down == [{"model": "tiny-llama", "variant": variant.name, "export": variant.export_id}]
    deadline = time.monotonic() + 60  # the supervisor restarts it
    while time.monotonic() < deadline and not backend.alive():
        time.sleep(0.2)
    assert backend.alive()


def test_a_drain_that_runs_out_ends_each_answer_with_an_error(long_home):
    home = long_home
    with Catalog.open(home) as cat:
        serving = start_server(home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=32768, slots=2))
    base = f"http://127.0.0.1:{serving.port}/v1"
    headers = {"Authorization": f"Bearer {get_or_create_token(home)}"}
    long = {"model": "tiny-llama", "max_tokens": 32000, "ignore_eos": True}
    got = {}

    def streamed():
        body = dict(long, messages=[{"role": "user", "content": "Go"}], stream=True)
        with httpx.stream("POST", base + "/chat/completions", json=body, headers=headers, timeout=60) as r:
            got["stream"] = [ln for ln in r.iter_lines() if ln.startswith("data: ")]

    def plain():
        r = httpx.post(base + "/completions", json=dict(long, prompt="Go"), headers=headers, timeout=60)
        got["plain"] = (r.status_code, r.headers.get("content-type"), r.text)

    threads = [threading.Thread(target=streamed), threading.Thread(target=plain)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    with Catalog.open(home) as cat:
        drained = stop_server(cat, serving, drain=0.3)
    for t in threads:
        t.join(30)
    assert drained is False, got
    lines = got["stream"]
    assert lines[-1] == "data: [DONE]"
    err = json.loads(lines[-2][6:])["error"]
    assert err["code"] == "shutting_down" and "shutdown drain ran out" in err["message"]
    status, ctype, text = got["plain"]
    assert status == 503 and ctype == "application/json", (status, text)
    assert json.loads(text)["error"]["code"] == "shutting_down"


# A bounded fuzz of the API: any mix of known and unknown fields with any JSON values is answered
# 200 or a 4xx in OpenAI's shape naming a field, never a 500 or a dropped connection.
_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
_message = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["user", "system", "assistant", "tool", "robot"]),
        "content": st.text(max_size=8) | _values,
    },
    optional={"name": _values, "tool_call_id": _values, "tool_calls": _values, "extra": _values},
)
_body = st.fixed_dictionaries(
    {"model": st.sampled_from(["tiny-llama", "tiny-llama", "nope"]) | _values},
    optional={
        **{k: _values for k in FIELDS if k not in ("model", "max_tokens", "n", "messages", "prompt", "input")},
        "messages": st.lists(_message, max_size=3) | _values,
        "prompt": st.text(max_size=8) | _values,
        "input": st.text(max_size=8) | _values,
        "n": st.integers(0, 3) | _values,
        "bogus_field": _values,
    },
)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(["/chat/completions", "/completions", "/embeddings"]), body=_body)
@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_fuzz_the_api_gets_a_400_or_an_answer_never_a_500(srv, path, body):
    body = dict(body, max_tokens=2)  # what passes the checks decodes two tokens at most
    if isinstance(body.get("n"), int) and not isinstance(body.get("n"), bool):
        body["n"] = min(body["n"], 2)
    if path == "/embeddings":
        body.pop("max_tokens")
    r = _post(srv, path, body, timeout=60)
    assert r.status_code in (200, 400, 404), (r.status_code, r.text, body)
    if r.status_code != 200:
        err = r.json()["error"]
        assert err["type"] == "invalid_request_error" and err["message"], err
