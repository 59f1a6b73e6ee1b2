"""Variants behind one model name: the routing policy file, each rule with real backends, the route
in headers and the audit log, fallback, remote appliances, and the serving report."""

from __future__ import annotations

import json
import os
import signal
import time

import httpx
import pytest

from appliance import workspace
from appliance.catalog import Catalog
from appliance.errors import InvalidInputError
from appliance.home import Home
from appliance.serving.backends import RemoteBackend
from appliance.serving.routing import Router, ServedName, Variant, dominant_script, load_policy
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token

POLICY = """
[[models]]
name = "assistant"

[[models.variants]]
name = "hindi"
export = "tiny-mistral"
scripts = ["Devanagari"]

[[models.variants]]
name = "short"
export = "tiny-llama"
max_prompt_chars = 40
max_in_flight = 1

[[models.variants]]
name = "long"
export = "tiny-mistral"

[[models]]
name = "ab"

[[models.variants]]
name = "a"
export = "tiny-llama"
share = 1

[[models.variants]]
name = "b"
export = "tiny-mistral"
share = 1
"""


@pytest.fixture(scope="module")
def routed(served_home, tmp_path_factory):
    policy = tmp_path_factory.mktemp("policy") / "policy.toml"
    policy.write_text(POLICY)
    home = Home.open(served_home)
    with Catalog.open(home) as cat:
        serving = start_server(home, cat, options=ServeOptions(policy=policy, port=0, n_ctx=256, slots=2, seed=7))
    yield {
        "base": f"http://127.0.0.1:{serving.port}/v1",
        "token": get_or_create_token(home),
        "serving": serving,
        "home": home,
    }
    with Catalog.open(home) as cat:
        stop_server(cat, serving)


def _ask(r, model, text, **extra):
    body = {"model": model, "messages": [{"role": "user", "content": text}], "max_tokens": 2, **extra}
    res = httpx.post(
        r["base"] + "/chat/completions",
        json=body,
        timeout=60,
        headers={"Authorization": f"Bearer {r['token']}", **extra.pop("headers", {})},
    )
    assert res.status_code == 200, res.text
    return res


def test_prompt_length_and_script_pick_the_variant(routed):
    assert _ask(routed, "assistant", "short one").headers["x-appliance-variant"] == "short"
    long = _ask(routed, "assistant", "a much longer question that goes past forty characters")
    assert long.headers["x-appliance-variant"] == "long"
    assert "over 40" in long.headers["x-appliance-route"]
    hindi = _ask(routed, "assistant", "नमस्ते, आप कैसे हैं?")
    assert hindi.headers["x-appliance-variant"] == "hindi"
    assert dominant_script("नमस्ते, आप कैसे हैं? ok") == "Devanagari" and dominant_script("தமிழ்") == "Tamil"


def test_shares_split_traffic_and_a_user_stays_on_one_variant(routed):
    seen = {_ask(routed, "ab", "x", user=f"user-{i}").headers["x-appliance-variant"] for i in range(16)}
    assert seen == {"a", "b"}
    for user in ("alice", "bob"):
        assert len({_ask(routed, "ab", "x", user=user).headers["x-appliance-variant"] for _ in range(4)}) == 1


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_a_busy_variant_sends_work_to_the_next(routed):
    """Six requests at once: "short" takes one at a time (max_in_flight = 1), the rest go on."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(6) as pool:
        rs = list(pool.map(lambda i: _ask(routed, "assistant", f"hi {i}", max_tokens=150, ignore_eos=True), range(6)))
    variants = [r.headers["x-appliance-variant"] for r in rs]
    assert "short" in variants and "long" in variants, variants
    assert any(
        "busy: short" in r.headers["x-appliance-route"] for r in rs if r.headers["x-appliance-variant"] == "long"
    )


def test_a_variant_that_is_down_falls_back_and_comes_back(routed):
    short = next(v for v in routed["serving"].variants() if v.name == "short")
    old = short.backend.proc.pid
    os.kill(old, signal.SIGKILL)
    short.backend.proc.wait()
    r = _ask(routed, "assistant", "tiny")
    assert r.headers["x-appliance-variant"] == "long"
    assert "short: its backend is down" in r.headers["x-appliance-route"]
    deadline = time.time() + 60
    while not (short.backend.alive() and short.backend.proc.pid != old) and time.time() < deadline:
        time.sleep(0.1)
    assert _ask(routed, "assistant", "tiny").headers["x-appliance-variant"] == "short"


def test_latency_budget_prefers_the_variant_expected_to_answer_in_time():
    slow, fast = (RemoteBackend("https://a.invalid", "t", "m"), RemoteBackend("https://b.invalid", "t", "m"))
    slow.stats.ewma_ttft, fast.stats.ewma_ttft = 3.0, 0.2
    name = ServedName(
        "m",
        [
            Variant("slow", url="https://a.invalid", backend=slow),
            Variant("fast", url="https://b.invalid", backend=fast),
        ],
    )
    router = Router([name], seed=1)
    assert router.route(name, "hi").variant.name == "slow"  # no budget: file order
    route = router.route(name, "hi", budget_ms=1000)
    assert route.variant.name == "fast" and "over the 1000 ms budget: slow" in route.reason
    assert [v.name for v in route.fallbacks] == ["slow"]
    assert router.route(name, "hi", budget_ms=1).variant.name == "fast"  # none fits: the quickest


def test_route_and_variant_are_in_the_audit_log(routed):
    from conftest import PASSPHRASE

    from appliance.audit.log import AuditLog
    from appliance.security.vault import Vault

    rid = _ask(routed, "assistant", "audit me").headers["x-request-id"]
    deadline = time.time() + 20
    while time.time() < deadline:
        with Catalog.open(routed["home"]) as cat:
            log = AuditLog(cat)
            res = log.verify(audit_private=log.audit_private_key(workspace.unlock(Vault(cat), PASSPHRASE)))
        recs = [r for r in res.decrypted if r["action"] == "serve.request" and r["params"].get("id") == rid]
        if recs:
            break
        time.sleep(0.3)
    assert recs and recs[0]["params"]["variant"] == "short" and recs[0]["params"]["route"]


def _self_signed(tmp_path):
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "appliance test")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_a_remote_appliance_over_tls_as_a_variant(served_home, tmp_path):
    """Another appliance's API, over HTTPS with its token, behind a name of ours; its certificate
    is checked against the policy's ca_file (here on loopback; any other host must use https)."""
    cert, key = _self_signed(tmp_path)
    home = Home.open(served_home)
    token = get_or_create_token(home)
    with Catalog.open(home) as cat:
        other = start_server(
            home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=256, slots=1, tls=(cert, key))
        )
        token_file = tmp_path / "other.token"
        token_file.write_text(token)
        fronts = {}
        try:
            for label, extra in (("trusted", f'ca_file = "{cert}"\n'), ("untrusted", "")):
                policy = tmp_path / f"{label}.toml"
                policy.write_text(
                    f'[[models]]\nname = "far"\n[[models.variants]]\nname = "remote"\n'
                    f'url = "https://127.0.0.1:{other.port}/v1"\ntoken_file = "{token_file}"\n'
                    f'remote_model = "tiny-llama"\n{extra}'
                )
                fronts[label] = start_server(home, cat, options=ServeOptions(policy=policy, port=0))
            ask = {"model": "far", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
            r = httpx.post(
                f"http://127.0.0.1:{fronts['trusted'].port}/v1/chat/completions",
                json=ask,
                timeout=60,
                headers={"Authorization": f"Bearer {token}"},
            )
            assert r.status_code == 200, r.text
            assert r.headers["x-appliance-variant"] == "remote" and r.headers["x-appliance-export"] == "remote"
            r = httpx.post(
                f"http://127.0.0.1:{fronts['untrusted'].port}/v1/chat/completions",
                json=ask,
                timeout=60,
                headers={"Authorization": f"Bearer {token}"},
            )
            assert r.status_code == 502 and r.json()["error"]["code"] == "backend_failed"
            assert "did not answer" in r.json()["error"]["message"]
        finally:
            for f in fronts.values():
                stop_server(cat, f)
            stop_server(cat, other)


@pytest.mark.parametrize(
    "text,field",
    [
        ("[[models]]\nname = 'x'\n[[models.variants]]\nname = 'v'\nexport = 'e'\nspeed = 3\n", "models[0].variants[0]"),
        (
            "[[models]]\nname = 'x'\n[[models.variants]]\nname = 'v'\nexport = 'e'\nshare = -1\n",
            "models[0].variants[0].share",
        ),
        ("[[models]]\nname = 'x'\n", "models[0]"),
        (
            "[[models]]\nname = 'x'\n[[models.variants]]\nname = 'v'\nurl = 'http://10.1.2.3:8765/v1'\ntoken_file = 't'\n",
            "models[0].variants[0].url",
        ),
        (
            "[[models]]\nname = 'x'\n[[models.variants]]\nname = 'v'\nexport = 'e'\nurl = 'https://h/v1'\n",
            "models[0].variants[0]",
        ),
        ("models = 3\n", "no [[models]]"),
        ("[[models]\n", "not valid TOML"),
    ],
)
def test_a_bad_policy_is_refused_naming_the_field(tmp_path, text, field):
    p = tmp_path / "bad.toml"
    p.write_text(text)
    with pytest.raises(InvalidInputError) as exc:
        load_policy(p)
    assert field in str(exc.value) and str(p) in str(exc.value)


def test_serve_refuses_a_bad_policy_with_a_message(served_home, tmp_path):
    import subprocess
    import sys

    p = tmp_path / "bad.toml"
    p.write_text("[[models]]\nname = 'x'\n[[models.variants]]\nname = 'v'\nexport = 'no-such-export'\n")
    r = subprocess.run(
        [sys.executable, "-m", "appliance", "serve", "--policy", str(p), "--port", "0"],
        env={**os.environ, "APPLIANCE_HOME": str(served_home)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode != 0 and "no-such-export" in r.stderr and "Traceback" not in r.stderr


def test_the_network_guard_lets_through_only_the_remote_a_policy_names():
    import socket

    from appliance import offline
    from appliance.errors import NetworkPolicyError

    code = (
        "import socket\nfrom appliance import offline\nfrom appliance.errors import NetworkPolicyError\n"
        "offline.install_network_guard()\n"
        "def attempt(port):\n"
        "    try:\n        socket.create_connection(('192.0.2.10', port), timeout=0.2)\n"
        "    except NetworkPolicyError:\n        return 'blocked'\n"
        "    except OSError:\n        return 'tried'\n    return 'tried'\n"
        "before = attempt(8765)\noffline.allow_remote('192.0.2.10', 8765)\n"
        "print(before, attempt(8765), attempt(22))\n"
    )
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != offline.GUARD_LOG_ENV}  # these attempts are deliberate
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert out.stdout.split() == ["blocked", "tried", "blocked"], out.stderr
    assert socket and offline and NetworkPolicyError


def test_serve_report_shows_each_variant(routed, served_home, capsys):
    from appliance.cli import main

    def run(capsys, *args):
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    for _ in range(3):
        _ask(routed, "assistant", "report me")
    code, out, err = run(capsys, "--home", str(served_home), "serve-report", "--json")
    assert code == 0, err
    rep = json.loads(out)
    rows = {(v["model"], v["variant"]): v for v in rep["variants"]}
    short = rows[("assistant", "short")]
    assert short["requests"] >= 3 and short["latency_p50_s"] is not None and short["gate_top1"] is not None
    code, out, _ = run(capsys, "--home", str(served_home), "serve-report")
    assert code == 0 and "assistant" in out and "short" in out
