"""The OpenAI-compatible server, exercised with the official ``openai`` client."""

from __future__ import annotations

import httpx
import openai
import pytest

from appliance.catalog import Catalog
from appliance.errors import ServingError
from appliance.home import Home
from appliance.serving.service import ServeOptions, check_bind_address, start_server, stop_server
from appliance.serving.token import get_or_create_token


@pytest.fixture(scope="module")
def server(served_home):
    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        serving = start_server(
            home, cat, ["tiny-llama", "tiny-mistral"], options=ServeOptions(port=0, n_ctx=256, slots=2)
        )
    base = f"http://127.0.0.1:{serving.port}/v1"
    yield {"base": base, "token": get_or_create_token(home), "serving": serving, "home": home}
    with Catalog.open(home) as cat:
        stop_server(cat, serving)


@pytest.fixture
def client(server):
    return openai.OpenAI(base_url=server["base"], api_key=server["token"], max_retries=0, timeout=60)


def test_models_lists_served_models(client):
    ids = [m.id for m in client.models.list().data]
    assert ids == ["tiny-llama", "tiny-mistral"]


def test_chat_completion(client):
    r = client.chat.completions.create(
        model="tiny-llama", messages=[{"role": "user", "content": "Hello"}], max_tokens=8, temperature=0, seed=1
    )
    assert r.object == "chat.completion"
    assert r.choices[0].message.role == "assistant"
    assert isinstance(r.choices[0].message.content, str)
    assert r.usage.completion_tokens <= 8
    assert r.usage.prompt_tokens > 0


def test_chat_completion_is_repeatable_with_temperature_zero(client):
    kw = dict(model="tiny-llama", messages=[{"role": "user", "content": "Count"}], max_tokens=6, temperature=0)
    assert (
        client.chat.completions.create(**kw).choices[0].message.content
        == client.chat.completions.create(**kw).choices[0].message.content
    )


def test_chat_streaming(client):
    stream = client.chat.completions.create(
        model="tiny-llama", messages=[{"role": "user", "content": "Hi"}], max_tokens=6, temperature=0, stream=True
    )
    chunks = list(stream)
    assert chunks, "no chunks streamed"
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    full = client.chat.completions.create(
        model="tiny-llama", messages=[{"role": "user", "content": "Hi"}], max_tokens=6, temperature=0
    )
    assert text == full.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason in ("length", "stop")


def test_max_tokens_limits_the_answer(client):
    r = client.completions.create(model="tiny-llama", prompt="The quick brown fox", max_tokens=3, temperature=0)
    assert r.usage.completion_tokens == 3
    assert r.choices[0].finish_reason == "length"


def test_stop_sequence_ends_the_answer(client):
    free = client.completions.create(model="tiny-llama", prompt="One two three", max_tokens=12, temperature=0)
    text = free.choices[0].text
    assert len(text) > 2
    stop = text[1:3]  # a stop string that certainly occurs in the unconstrained answer
    r = client.completions.create(model="tiny-llama", prompt="One two three", max_tokens=12, temperature=0, stop=[stop])
    assert stop not in r.choices[0].text
    assert text.startswith(r.choices[0].text)
    assert r.choices[0].finish_reason == "stop"


def test_completion_streaming(client):
    chunks = list(
        client.completions.create(model="tiny-mistral", prompt="Forms are", max_tokens=5, temperature=0, stream=True)
    )
    assert "".join(c.choices[0].text for c in chunks)


def test_two_models_answer_at_overlapping_times(client):
    """Each export has its own llama.cpp process: asking B while A streams never touches A."""
    stream = client.chat.completions.create(
        model="tiny-mistral", messages=[{"role": "user", "content": "a"}], max_tokens=24, temperature=0, stream=True
    )
    first = next(iter(stream))
    b = client.chat.completions.create(model="tiny-llama", messages=[{"role": "user", "content": "b"}], max_tokens=4)
    rest = list(stream)
    assert first.model == "tiny-mistral" and b.model == "tiny-llama"
    assert rest[-1].choices[0].finish_reason in ("length", "stop")


def test_bad_request_gets_400(client):
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model="tiny-llama", messages=[{"role": "user", "content": "x"}], temperature=7.5)
    assert exc.value.status_code == 400
    assert "temperature" in str(exc.value)


def test_empty_messages_get_400(client):
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="tiny-llama", messages=[])


def test_prompt_longer_than_context_gets_400(client):
    with pytest.raises(openai.BadRequestError) as exc:
        client.completions.create(model="tiny-llama", prompt="word " * 400, max_tokens=4)
    assert exc.value.code == "context_length_exceeded"


def test_unknown_model_gets_404(client):
    with pytest.raises(openai.NotFoundError) as exc:
        client.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": "x"}])
    assert exc.value.code == "model_not_found"


def test_wrong_token_gets_401(server):
    bad = openai.OpenAI(base_url=server["base"], api_key="not-the-token", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.models.list()
    r = httpx.get(server["base"] + "/models")  # no token at all
    assert r.status_code == 401


def test_health_needs_no_token(server):
    r = httpx.get(server["base"].removesuffix("/v1") + "/health")
    assert r.status_code == 200 and r.json()["status"] == "ok"


def test_server_log_has_no_content(client, server):
    client.chat.completions.create(
        model="tiny-llama", messages=[{"role": "user", "content": "SECRET-PROMPT-42"}], max_tokens=2
    )
    log = (server["home"].logs_dir / "server.log").read_text()
    assert '"model": "tiny-llama"' in log
    assert "SECRET-PROMPT-42" not in log
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nope-model", messages=[{"role": "user", "content": "x"}])
    log = (server["home"].logs_dir / "server.log").read_text()
    assert '"model": "nope-model"' in log and '"status": 404' in log  # failures are logged too


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::"])
def test_non_loopback_listening_is_refused(host):
    with pytest.raises(ServingError, match="--allow-non-loopback"):
        check_bind_address(host, allow_non_loopback=False)
    check_bind_address(host, allow_non_loopback=True)


def test_start_server_takes_options_or_their_keywords_not_both():
    """`appliance.start_server` is public: the keyword arguments it took still build its options."""
    import dataclasses

    from appliance.serving.service import _options

    assert _options(None, {}) == ServeOptions()
    assert _options(None, {"port": 0, "slots": 2, "seed": 7}) == ServeOptions(port=0, slots=2, seed=7)
    with pytest.raises(TypeError, match="not both"):
        start_server(None, None, ["m"], options=ServeOptions(), port=0)
    with pytest.raises(TypeError, match="portt"):
        start_server(None, None, ["m"], portt=0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ServeOptions().port = 1


def test_in_flight_counts_are_taken_and_given_back_in_one_place():
    """``calls.Hold``: a backend's count for a call, the gateway's for a request, and a stream's
    both handed on and given back once at its end; an exception gives them back too."""
    from types import SimpleNamespace

    from appliance.serving.calls import Hold

    gw, be = SimpleNamespace(in_flight=0), SimpleNamespace(stats=SimpleNamespace(in_flight=0))
    with Hold(gw, gateway=True):
        with Hold(gw, be, 3):
            assert (gw.in_flight, be.stats.in_flight) == (1, 3)
        with Hold(gw, be) as stream:
            assert (gw.in_flight, be.stats.in_flight) == (1, 1)
            stream.keep(gateway=True)
        assert (gw.in_flight, be.stats.in_flight) == (2, 1)
        stream.release()
        stream.release()
        assert (gw.in_flight, be.stats.in_flight) == (1, 0)
    assert gw.in_flight == 0
    with pytest.raises(RuntimeError), Hold(gw, be, 2):
        raise RuntimeError
    assert (gw.in_flight, be.stats.in_flight) == (0, 0)


def test_unverified_export_is_refused(home, catalog, served_home):
    from appliance.audit.actions import action
    from appliance.serving.runtime import resolve_servable

    src = Home.open(served_home)
    with Catalog.open(src) as cat:
        exp = cat.list_exports()[0]
        with action(cat, "test.mark-failed"):
            cat.update_export(exp["id"], status="failed")
        try:
            with pytest.raises(ServingError, match="did not pass"):
                resolve_servable(src, cat, exp["id"])
            assert resolve_servable(src, cat, exp["id"], allow_unverified=True).export_id == exp["id"]
        finally:
            with action(cat, "test.mark-verified"):
                cat.update_export(exp["id"], status="verified")


@pytest.mark.gpu
def test_gpu_offload_is_used_when_the_runtime_has_a_gpu_backend(served_home):
    """Needs a CUDA GPU and `make native LLAMA_BACKEND=cuda`: every layer goes to the GPU. In a
    process of its own: this test process has torch loaded, which a CUDA llama.cpp does not survive."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from appliance import isolation\nisolation.install('llama')\n"
        "from appliance.catalog import Catalog\nfrom appliance.home import Home\n"
        "from appliance.host import native\n"
        "from appliance.serving.llama_client import LlamaBackend\n"
        "from appliance.serving.runtime import offload_plan, resolve_servable\n"
        "assert native.offload_supported(), 'llama.cpp was built without a GPU backend'\n"
        "home = Home.open(sys.argv[1])\n"
        "with Catalog.open(home) as cat:\n"
        "    s = resolve_servable(home, cat, 'tiny-llama')\n"
        "assert offload_plan(s, n_ctx=256).gpu_layers == -1\n"
        "with LlamaBackend(s.path, n_ctx=256) as b:\n"
        "    assert b.placement.gpu_layers == -1 and '--n-gpu-layers' in b.server.command()\n"
        "    print(b.post('/completion', {'prompt': 'Hello', 'n_predict': 2})['tokens_predicted'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(served_home)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and int(out.stdout.split()[-1]) >= 1, out.stderr
