"""Capture and feedback (issue 30, docs/adaptation.md): a line's served answers sealed with
consent, feedback through ``POST /v1/feedback`` with the real ``openai`` client's requests beside
it, every read audited, and a full disk or a reached cap stopping capture, never serving."""

from __future__ import annotations

import json
import shutil
import subprocess

import httpx
import openai
import pytest
from conftest import PASSPHRASE

from appliance import workspace
from appliance.adapt.capture import CaptureStore, answer_to_learn
from appliance.catalog import Catalog
from appliance.errors import InvalidInputError, NotFoundError
from appliance.home import Home
from appliance.security.vault import Vault
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token

SUITE = '[suite]\nname = "s"\n[[case]]\nid = "a"\nprompt = "q"\nscorer = { type = "exact", expected = "a" }\n'


def _actions(cat, mk) -> list[dict]:
    from appliance.audit.log import AuditLog

    log = AuditLog(cat)
    return log.verify(audit_private=log.audit_private_key(mk)).decrypted


@pytest.fixture(scope="module")
def line_home(served_home, tmp_path_factory):
    """A copy of the served home with a line ``desk`` whose candidate is the tiny Llama."""
    from appliance.eval.lines import Lines

    root = tmp_path_factory.mktemp("capture") / "home"
    shutil.copytree(served_home, root)
    home = Home.open(root)
    suite = root.parent / "s.toml"
    suite.write_text(SUITE)
    with Catalog.open(home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        model = cat.get_model("tiny-llama")
        ls = Lines(home, cat, mk)
        ls.create(
            "desk",
            recipe={"run": {"base_model": model["id"]}},
            dataset_ids=[],
            suites=[str(suite)],
            gate={"min_pass_rate": 0},
            base_model_id=model["id"],
            source="test",
        )
        ls.promote("desk", "tiny-llama", channel="candidate")
        mk.forget()
    return home


@pytest.fixture(scope="module")
def capturing(line_home):
    """The line's candidate served with capture on, with the keys."""
    with Catalog.open(line_home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        CaptureStore(line_home, cat, mk).configure("desk", enabled=True, retention_days=7)
        serving = start_server(
            line_home,
            cat,
            ["desk@candidate", "tiny-mistral"],
            options=ServeOptions(port=0, n_ctx=256, slots=2),
            keys=mk,
        )
    yield {"serving": serving, "home": line_home, "mk": mk, "token": get_or_create_token(line_home)}
    with Catalog.open(line_home) as cat:
        stop_server(cat, serving)
    mk.forget()


def _client(c) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"http://127.0.0.1:{c['serving'].port}/v1", api_key=c["token"], max_retries=0)


def _feedback(c, body: dict) -> httpx.Response:
    return httpx.post(
        f"http://127.0.0.1:{c['serving'].port}/v1/feedback",
        json=body,
        headers={"Authorization": f"Bearer {c['token']}"},
        timeout=30,
    )


def test_answers_of_a_capturing_line_are_sealed_and_each_read_is_audited(capturing):
    c, home, mk = capturing, capturing["home"], capturing["mk"]
    client = _client(c)
    raw = client.chat.completions.with_raw_response.create(
        model="desk@candidate",
        messages=[{"role": "user", "content": "Where is the Kestrel registry office?"}],
        max_tokens=6,
        temperature=0,
    )
    item_id = raw.headers["x-appliance-captured"]
    answer = raw.parse()
    stream = client.chat.completions.create(
        model="desk@candidate",
        messages=[{"role": "user", "content": "Opening hours of the registry?"}],
        max_tokens=6,
        temperature=0,
        stream=True,
    )
    streamed = "".join((ch.choices[0].delta.content or "") for ch in stream if ch.choices)
    other = client.chat.completions.with_raw_response.create(
        model="tiny-mistral", messages=[{"role": "user", "content": "Hi"}], max_tokens=2
    )
    assert "x-appliance-captured" not in other.headers  # a model of no capturing line
    c["serving"].capture.flush()
    with Catalog.open(home) as cat:
        store = CaptureStore(home, cat, mk)
        rows = store.items("desk")
        assert len(rows) == 2 and {r["source"] for r in rows} == {"api"}
        row = store.find(answer.id)
        assert row["id"] == item_id and row["status"] == "new"
        on_disk = (home.root / row["path"]).read_bytes()
        assert b"Kestrel" not in on_disk and b"registry" not in on_disk
        docs = {d["id"]: d for d in store.read(rows, purpose="test")}
        assert docs[item_id]["messages"][-1]["content"] == "Where is the Kestrel registry office?"
        assert docs[item_id]["answer"] == answer.choices[0].message.content
        assert docs[item_id]["usage"]["completion_tokens"] == answer.usage.completion_tokens
        streamed_doc = next(d for d in docs.values() if d["id"] != item_id)
        assert streamed_doc["answer"] == streamed and streamed_doc["messages"][-1]["content"].startswith("Opening")
        records = _actions(cat, mk)
    names = [r["action"] for r in records]
    assert names.count("capture.record") == 2 and "capture.configure" in names
    read = [r for r in records if r["action"] == "capture.read"][-1]
    assert read["params"]["purpose"] == "test" and item_id in read["objects"]
    assert "Kestrel" not in json.dumps(records)  # ids and sizes, never the text
    served = [r for r in records if r["action"] == "serve.request" and r["params"].get("captured") == item_id]
    assert served, "the request's audit record names the captured item"


def test_feedback_is_recorded_and_bad_feedback_is_refused(capturing):
    c, home, mk = capturing, capturing["home"], capturing["mk"]
    r = _client(c).chat.completions.create(
        model="desk@candidate", messages=[{"role": "user", "content": "Fee for a birth certificate?"}], max_tokens=4
    )
    ok = _feedback(c, {"response_id": r.id, "rating": "down", "correction": "It costs 18 credits.", "comment": "fee"})
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["object"] == "feedback" and body["rating"] == -1 and body["status"] == "recorded"
    missing = _feedback(c, {"response_id": "chatcmpl-nothing", "rating": 1})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "response_not_found"
    long = _feedback(c, {"response_id": r.id, "correction": "word " * 400})  # the context is 256 tokens
    assert long.status_code == 400 and long.json()["error"]["param"] == "correction"
    assert "256" in long.json()["error"]["message"]
    for bad, param in (({"response_id": r.id, "rating": 5}, "rating"), ({"response_id": r.id}, None)):
        got = _feedback(c, bad)
        assert got.status_code == 400 and got.json()["error"]["param"] == param, got.text
    unknown = _feedback(c, {"response_id": r.id, "rating": 1, "stars": 4})
    assert unknown.status_code == 400 and unknown.json()["error"]["param"] == "stars"
    with Catalog.open(home) as cat:
        store = CaptureStore(home, cat, mk)
        row = store.find(r.id)
        assert row["rating"] == -1 and row["corrected"] == 1
        doc = store.read([row], purpose="test")[0]
        assert answer_to_learn(doc) == "It costs 18 credits." and len(doc["feedback"]) == 1
        fb = [x for x in _actions(cat, mk) if x["action"] == "capture.feedback"]
    assert len(fb) == 1 and fb[0]["params"] == {"rating": -1, "correction": True, "comment": True, "source": "api"}


def test_review_decisions_redact_and_edit(line_home, tmp_path):
    with Catalog.open(line_home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        store = CaptureStore(line_home, cat, mk)
        line_id = cat.db["lines"].rows_where("name = ?", ["desk"]).__next__()["id"]
        store.configure("desk", enabled=True)
        row = store.record(
            line_id,
            {
                "source": "playground",
                "messages": [{"role": "user", "content": "My number is 98765 43210, which form?"}],
                "answer": "Form KV-27.",
            },
        )
        store.feedback(row["id"], rating=-1, correction="Form KV-31 (98765 43210 noted).", source="playground")
        done = store.decide(row["id"], "accept", redact=["98765 43210"])
        assert done["status"] == "accepted"
        assert b"98765" not in (line_home.root / row["path"]).read_bytes()
        doc = store.read([done], purpose="test")[0]
        assert "98765" not in json.dumps(doc, ensure_ascii=False) and doc["redacted"] == 2
        assert answer_to_learn(doc) == "Form KV-31 ([redacted] noted)."
        store.decide(row["id"], "accept", answer="Use Form KV-31.")
        assert answer_to_learn(store.read([store.find(row["id"])], purpose="test")[0]) == "Use Form KV-31."
        with pytest.raises(InvalidInputError, match="accept or reject"):
            store.decide(row["id"], "maybe")
        with pytest.raises(NotFoundError):
            store.feedback("cap-unknown", rating=1)
        with pytest.raises(InvalidInputError, match="rating, a correction or a comment"):
            store.feedback(row["id"])
        assert store.decide(row["id"], "reject")["status"] == "rejected"
        reviews = [r for r in _actions(cat, mk) if r["action"] == "capture.review"]
        assert [r["params"]["decision"] for r in reviews] == ["accept", "accept", "reject"]
        assert reviews[0]["params"]["redactions"] == 1
        mk.forget()


def test_capture_settings_are_checked_and_audited(line_home):
    with Catalog.open(line_home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        store = CaptureStore(line_home, cat, mk)
        with pytest.raises(InvalidInputError, match="1 to 3650 days"):
            store.configure("desk", retention_days=0)
        with pytest.raises(InvalidInputError, match="at least 4096 bytes"):
            store.configure("desk", max_bytes=10)
        with pytest.raises(NotFoundError):
            store.configure("nope", enabled=True)
        mk.forget()


def test_a_reached_cap_pauses_capture_and_serving_goes_on(line_home):
    with Catalog.open(line_home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        store = CaptureStore(line_home, cat, mk)
        store.configure("desk", enabled=True, max_bytes=store.used_bytes(cat.db["lines"].rows.__next__()["id"]) + 4096)
        serving = start_server(line_home, cat, ["desk@candidate"], options=ServeOptions(port=0, n_ctx=256), keys=mk)
    try:
        client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{serving.port}/v1", api_key=get_or_create_token(line_home), max_retries=0
        )
        long = "Tell me about the registry. " * 200
        for _ in range(12):
            r = client.chat.completions.create(
                model="desk@candidate", messages=[{"role": "user", "content": long[:600]}], max_tokens=2
            )
            assert r.choices  # every request answered
        serving.capture.flush()
        assert serving.capture.skipped.get("cap", 0) >= 1
    finally:
        with Catalog.open(line_home) as cat:
            stop_server(cat, serving)
            paused = [r for r in _actions(cat, mk) if r["action"] == "capture.paused"]
            CaptureStore(line_home, cat, mk).configure("desk", max_bytes=256 * 1024 * 1024)
        mk.forget()
    assert len(paused) == 1 and paused[0]["params"]["reason"] == "cap"


def test_a_full_disk_stops_capture_not_serving(line_home, tmp_path):
    """The line's capture folder on a real 1 MiB filesystem (a tmpfs): below the reserve, capture
    pauses; every request is answered."""
    folder = line_home.root / "capture" / next(iter(Catalog.open(line_home).db["lines"].rows))["id"]
    folder.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        with Catalog.open(line_home) as cat:
            mk = workspace.unlock(Vault(cat), PASSPHRASE)
            CaptureStore(line_home, cat, mk).configure("desk", enabled=True)
            before = cat.db["capture_items"].count
            serving = start_server(line_home, cat, ["desk@candidate"], options=ServeOptions(port=0, n_ctx=256), keys=mk)
        try:
            client = openai.OpenAI(
                base_url=f"http://127.0.0.1:{serving.port}/v1", api_key=get_or_create_token(line_home), max_retries=0
            )
            for _ in range(3):
                assert client.chat.completions.create(
                    model="desk@candidate", messages=[{"role": "user", "content": "Hi"}], max_tokens=2
                ).choices
            serving.capture.flush()
            assert serving.capture.skipped == {"disk": 3} and serving.capture.captured == 0
        finally:
            with Catalog.open(line_home) as cat:
                stop_server(cat, serving)
                assert cat.db["capture_items"].count == before
                paused = [r for r in _actions(cat, mk) if r["action"] == "capture.paused"]
            mk.forget()
        assert paused[-1]["params"]["reason"] == "disk"
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_appliance_chat_turns_of_a_capturing_line_are_captured(line_home, pfile, capsys):
    from conftest import run

    with Catalog.open(line_home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        CaptureStore(line_home, cat, mk).configure("desk", enabled=True)
        before = cat.db["capture_items"].count_where("source = 'chat'")
        mk.forget()
    code, out, err = run(
        capsys,
        "--home",
        str(line_home.root),
        "--passphrase-file",
        pfile,
        "chat",
        "desk@candidate",
        "--prompt",
        "Which form registers a birth?",
        "--max-tokens",
        "3",
    )
    assert code == 0, err
    assert "your turns are recorded" in err
    with Catalog.open(line_home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        store = CaptureStore(line_home, cat, mk)
        rows = [r for r in store.items("desk") if r["source"] == "chat"]
        assert len(rows) == before + 1
        doc = store.read(rows[:1], purpose="test")[0]
        # (the terminal's line ends with the answer; the answer itself may begin with a space)
        assert doc["messages"][-1]["content"] == "Which form registers a birth?"
        assert doc["answer"].strip() == out.strip() and doc["answer"]
        mk.forget()
