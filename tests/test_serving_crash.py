"""The server under real failures, with real processes: a model process killed mid-answer, the
server stopped with SIGTERM during a stream, the server itself killed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import httpx
import openai
import psutil
import pytest

from appliance import workspace
from appliance.catalog import Catalog
from appliance.home import Home
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token


def _wait(pred, timeout=60.0, step=0.1):
    deadline = time.time() + timeout
    while time.time() < deadline:
        got = pred()
        if got:
            return got
        time.sleep(step)
    raise AssertionError("timed out")


def test_a_killed_model_process_is_reported_to_its_client_and_restarted(served_home):
    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        serving = start_server(
            home, cat, ["tiny-llama", "tiny-mistral"], options=ServeOptions(port=0, n_ctx=256, slots=2)
        )
    try:
        client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{serving.port}/v1", api_key=get_or_create_token(home), max_retries=0, timeout=60
        )
        victim = next(v.backend for v in serving.variants() if v.backend.alias == "tiny-llama")
        old_pid = victim.proc.pid
        stream = client.completions.create(
            model="tiny-llama", prompt="Once", max_tokens=240, temperature=0.9, stream=True
        )
        it = iter(stream)
        next(it)
        os.kill(old_pid, signal.SIGKILL)
        with pytest.raises(openai.APIError) as exc:  # told in-band, not left hanging
            for _ in it:
                pass
        assert "SIGKILL" in str(exc.value) or "did not answer" in str(exc.value)
        # The other model never noticed.
        assert client.completions.create(model="tiny-mistral", prompt="x", max_tokens=2).usage.completion_tokens
        # The supervisor starts the killed one again; it answers.
        _wait(lambda: victim.alive() and victim.proc.pid != old_pid)
        r = client.completions.create(model="tiny-llama", prompt="again", max_tokens=3)
        assert r.usage.completion_tokens == 3
        assert any(kind == "backend.crashed" for _t, kind, _l, _x in serving.events)
        assert httpx.get(f"http://127.0.0.1:{serving.port}/health").json()["status"] == "ok"
    finally:
        with Catalog.open(home) as cat:
            stop_server(cat, serving)
    assert not victim.alive()


def _serve_cli(served_home, *extra):
    env = {**os.environ, "APPLIANCE_HOME": str(served_home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "appliance",
            "serve",
            "tiny-llama",
            "--port",
            "0",
            "--ctx",
            "256",
            "--slots",
            "2",
            *extra,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    port = None
    for line in proc.stdout:
        m = re.search(r"on http://127\.0\.0\.1:(\d+)/v1", line)
        if m:
            port = int(m.group(1))
            break
    assert port, proc.stderr.read()
    return proc, port


def _audit_records(served_home) -> list[dict]:
    from conftest import PASSPHRASE

    from appliance.audit.log import AuditLog
    from appliance.security.vault import Vault

    with Catalog.open(Home.open(served_home)) as cat:
        log = AuditLog(cat)
        res = log.verify(audit_private=log.audit_private_key(workspace.unlock(Vault(cat), PASSPHRASE)))
    assert res.ok, res.summary()
    return [r for r in res.decrypted if r["outcome"] == "ok"]


def test_sigterm_during_a_stream_drains_it_and_exits_0_with_serve_stop_recorded(served_home):
    proc, port = _serve_cli(served_home, "--drain", "30")
    children = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
    assert children, "the model runs in a process of its own"
    token = get_or_create_token(Home.open(served_home))
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token, max_retries=0, timeout=60)
    stream = client.completions.create(
        model="tiny-llama",
        prompt="Once",
        max_tokens=200,
        temperature=0.9,
        stream=True,
        stream_options={"include_usage": True},
    )
    it = iter(stream)
    next(it)
    proc.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    # New work is refused while the running stream finishes.
    try:
        r = httpx.post(
            f"http://127.0.0.1:{port}/v1/completions",
            headers={"Authorization": f"Bearer {token}"},
            json={"model": "tiny-llama", "prompt": "x", "max_tokens": 2},
            timeout=10,
        )
        assert r.status_code == 503 and r.json()["error"]["code"] == "shutting_down"
    except httpx.ConnectError:
        pass  # the stream had already finished and the server had closed
    rest = list(it)
    assert rest[-1].usage is not None and rest[-1].usage.completion_tokens >= 1  # the stream ended properly
    assert proc.wait(60) == 0, proc.stderr.read()
    for pid in children:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    records = _audit_records(served_home)
    actions = [r["action"] for r in records]
    assert actions.count("serve.start") == actions.count("serve.stop")  # every server that started, stopped
    stop = [r for r in records if r["action"] == "serve.stop"][-1]
    assert stop["outputs"]["drained"] is True and stop["outputs"]["requests_cut"] == 0


def test_a_killed_server_takes_its_model_processes_with_it(served_home):
    proc, port = _serve_cli(served_home)
    children = [c.pid for c in psutil.Process(proc.pid).children(recursive=True)]
    proc.kill()
    proc.wait(30)
    _wait(
        lambda: all(not psutil.pid_exists(p) or psutil.Process(p).status() == psutil.STATUS_ZOMBIE for p in children),
        timeout=20,
    )
