"""Offline by construction: hub switches, the network guard, and a full run with no escapes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from appliance.errors import NetworkPolicyError
from appliance.offline import OFFLINE_ENV, is_loopback_host, offline_env_status


def test_hub_offline_switches_are_set_by_importing_the_core():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import appliance, os, json; print(json.dumps({{k: os.environ.get(k) for k in {list(OFFLINE_ENV)!r}}}))",
        ],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k not in OFFLINE_ENV},
        check=True,
    )
    import json

    assert json.loads(out.stdout) == OFFLINE_ENV
    assert all(offline_env_status().values())


@pytest.mark.parametrize(
    "host,expected",
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("", True),
        ("10.0.0.1", False),
        ("192.168.1.1", False),
        ("8.8.8.8", False),
        ("example.com", False),
        ("::ffff:8.8.8.8", False),
    ],
)
def test_loopback_classification(host, expected):
    assert is_loopback_host(host) is expected


def test_guard_refuses_non_loopback_and_records_it(netguard_log):
    start = netguard_log.stat().st_size
    with pytest.raises(NetworkPolicyError, match="offline"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    with pytest.raises(NetworkPolicyError):
        socket.getaddrinfo("huggingface.co", 443)
    with pytest.raises(OSError):  # libraries see an ordinary connection error
        socket.create_connection(("203.0.113.5", 80), timeout=1)
    with open(netguard_log) as f:
        f.seek(start)
        recorded = f.read()
    assert "192.0.2.1" in recorded and "huggingface.co" in recorded
    # This test provoked those on purpose: truncate so the autouse check stays meaningful.
    with open(netguard_log, "r+") as f:
        f.truncate(start)


def test_guard_allows_loopback():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    conn = socket.create_connection(srv.getsockname(), timeout=2)
    conn.close()
    srv.close()


@pytest.mark.heavy
def test_import_export_serve_never_leaves_loopback(tiny_dirs, home, home_dir, netguard_log, tmp_path):
    """The whole path, through the CLI in child processes, each with the guard recording."""
    env = dict(os.environ, APPLIANCE_HOME=str(home_dir))
    appliance = [sys.executable, "-m", "appliance"]
    subprocess.run(
        [*appliance, "models", "import", str(tiny_dirs["llama"]), "--name", "net-test"],
        env=env,
        check=True,
        capture_output=True,
    )
    subprocess.run([*appliance, "export", "net-test", "--quant", "f16"], env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        [*appliance, "serve", "net-test", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        token = subprocess.run(
            [*appliance, "token"], env=env, check=True, capture_output=True, text=True
        ).stdout.strip()
        _wait_for(port)
        import openai

        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token, max_retries=0)
        reply = client.chat.completions.create(
            model="net-test", messages=[{"role": "user", "content": "hi"}], max_tokens=4
        )
        assert reply.choices[0].message.content is not None
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert netguard_log.read_text() == "", "a child process tried to reach the network"


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _wait_for(port: int, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"server did not start on port {port}")
