"""Document collections (issue 31, docs/retrieval.md): import into sealed per-document segments,
versions, crypto-erasing removal, hybrid retrieval in English and Hindi, cited answers through
the API with the real ``openai`` client (JSON and streamed), ``appliance ask``, an import killed
for real before its commit, and a scan of everything on disk for the documents' text."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import openai
import pytest
from conftest import PASSPHRASE, run

from appliance import workspace
from appliance.catalog import Catalog
from appliance.errors import InvalidInputError, KeyDestroyedError, NotFoundError
from appliance.home import Home
from appliance.knowledge import index
from appliance.knowledge.retriever import retrieve
from appliance.knowledge.store import DocStore
from appliance.security.vault import Vault
from appliance.serving.service import ServeOptions, start_server, stop_server
from appliance.serving.token import get_or_create_token

# Phrases that appear only in the documents: none may be found on disk in the clear.
SECRET_EN = "Heronsgate annex issues lamplighter permits"
SECRET_HI = "बगुलाद्वार उपभवन में दीपक परमिट"

FEES_V1 = f"""# Fees circular

## 1. Certificates
A certified copy of a birth certificate costs 18 credits. A copy of a death certificate costs 18 credits.
Marriage certificates cost 25 credits per copy.

## 2. Other services
Express same-hour service adds 12 credits. {SECRET_EN} every Tuesday.
"""
FEES_V2 = FEES_V1.replace("birth certificate costs 18 credits", "birth certificate costs 22 credits")
HOURS = """<html><head><title>Opening hours</title><script>var leaked = "SCRIPTSECRET-991";</script></head>
<body><h1>Opening hours</h1><p>The counters open Monday to Friday from 08:30 to 15:30.</p>
<h2>Helpline</h2><p>The helpline 1577 answers on weekdays from 09:00 to 13:00.</p></body></html>"""
HINDI = f"""# गवाहों के नियम

विवाह पंजीकरण के लिए इक्कीस वर्ष से अधिक आयु के दो गवाह आवश्यक हैं। गवाहों के पास वैध पहचान पत्र होना चाहिए।
{SECRET_HI} हर मंगलवार जारी होते हैं।
"""


def _write(folder, name, text):
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def docs_home(served_home, tmp_path_factory):
    """A copy of the served home with a collection ``circulars`` of three documents (English
    Markdown and HTML, Hindi Markdown), chunks measured by the tiny Llama's tokenizer."""
    root = tmp_path_factory.mktemp("docs") / "home"
    shutil.copytree(served_home, root)
    files = tmp_path_factory.mktemp("docs-files")
    paths = [
        _write(files, "fees.md", FEES_V1),
        _write(files, "hours.html", HOURS),
        _write(files, "witnesses-hi.md", HINDI),
    ]
    home = Home.open(root)
    with Catalog.open(home) as cat:
        mk = workspace.unlock(Vault(cat), PASSPHRASE)
        store = DocStore(home, cat, mk)
        store.create_collection("circulars", tokenizer_model="tiny-llama", chunk_tokens=64, overlap=8)
        results = store.import_files("circulars", paths)
        mk.forget()
    assert [r["status"] for r in results] == ["new", "new", "new"]
    return {"home": home, "files": files}


def _unlocked(home):
    cat = Catalog.open(home)
    return cat, workspace.unlock(Vault(cat), PASSPHRASE)


def test_import_lists_versions_and_searches_in_both_languages(docs_home, tmp_path):
    home = docs_home["home"]
    cat, mk = _unlocked(home)
    try:
        store = DocStore(home, cat, mk)
        docs = {d["name"]: d for d in store.documents("circulars")}
        assert set(docs) == {"fees", "hours", "witnesses-hi"}
        assert docs["hours"]["kind"] == "html" and docs["fees"]["kind"] == "markdown"
        assert all(d["version"] == 1 and d["state"] == "current" for d in docs.values())
        r = retrieve(home, cat, mk, ["circulars"], "How much is a copy of a birth certificate?", k=3, purpose="test")
        assert r.hits[0].document == "fees" and "18 credits" in r.hits[0].text
        assert r.hits[0].anchor.endswith("1. Certificates")
        r = retrieve(home, cat, mk, ["circulars"], "विवाह के लिए कितने गवाह चाहिए?", k=3, purpose="test")
        assert r.hits[0].document == "witnesses-hi"
        # the script is not in the collection: no sources, a notice, not unrelated chunks
        r = retrieve(home, cat, mk, ["circulars"], "திருமணப் பதிவுக்கு எத்தனை சாட்சிகள் தேவை?", purpose="test")
        assert r.hits == [] and r.notice == "script_not_in_collection"
        # the script tag and its text never reached the index
        assert all(
            "SCRIPTSECRET" not in h.text
            for h in retrieve(home, cat, mk, ["circulars"], "leaked var", k=10, purpose="test").hits
        )

        # the same bytes again: unchanged; changed bytes: version 2, and searches see only it
        assert store.import_files("circulars", [docs_home["files"] / "fees.md"])[0]["status"] == "unchanged"
        changed = _write(tmp_path, "fees.md", FEES_V2)
        res = store.import_files("circulars", [changed])[0]
        assert res["status"] == "updated" and res["version"] == 2
        vs = store.versions("circulars", "fees")
        assert [(v["version"], v["state"]) for v in vs] == [(1, "superseded"), (2, "current")]
        r = retrieve(home, cat, mk, ["circulars"], "How much is a copy of a birth certificate?", k=3, purpose="test")
        assert r.hits[0].version == 2 and "22 credits" in r.hits[0].text
        assert all("18 credits per" not in h.text for h in r.hits)
        # each retrieval is audited with the document versions it read, never the question
        from appliance.audit.log import AuditLog

        log = AuditLog(cat)
        records = [
            a for a in log.verify(audit_private=log.audit_private_key(mk)).decrypted if a["action"] == "docs.retrieve"
        ]
        assert records and vs[1]["id"] in records[-1]["objects"]
        assert "birth" not in json.dumps(records[-1])
    finally:
        mk.forget()
        cat.close()


def test_bad_names_collections_and_files_are_refused(docs_home, tmp_path):
    home = docs_home["home"]
    cat, mk = _unlocked(home)
    try:
        store = DocStore(home, cat, mk)
        with pytest.raises(NotFoundError, match="No document collection called 'nope'"):
            store.documents("nope")
        with pytest.raises(InvalidInputError, match="exists already"):
            store.create_collection("circulars", tokenizer_model="tiny-llama")
        with pytest.raises(InvalidInputError, match="chunk size"):
            store.create_collection("other", tokenizer_model="tiny-llama", chunk_tokens=8)
        with pytest.raises(NotFoundError, match="does not exist"):
            store.import_files("circulars", [tmp_path / "missing.pdf"])
        with pytest.raises(NotFoundError, match="no document 'ghost'"):
            store.remove("circulars", "ghost")
        empty = _write(tmp_path, "empty.txt", "   \n\n ")
        with pytest.raises(InvalidInputError):
            store.import_files("circulars", [empty])
        assert "empty" not in {d["name"] for d in store.documents("circulars")}
    finally:
        mk.forget()
        cat.close()


def test_removing_a_document_crypto_erases_it(docs_home, tmp_path):
    home = docs_home["home"]
    cat, mk = _unlocked(home)
    try:
        store = DocStore(home, cat, mk)
        extra = _write(tmp_path, "notice.md", "# Notice\n\nThe kestrel archive closes for inventory in March.\n")
        store.import_files("circulars", [extra])
        row = store.versions("circulars", "notice")[0]  # its catalog row: path is the sealed segment
        kept = tmp_path / "copy.sealed"
        shutil.copy(home.root / row["path"], kept)
        assert (
            retrieve(home, cat, mk, ["circulars"], "archive inventory March", k=1, purpose="test").hits[0].document
            == "notice"
        )
        assert store.remove("circulars", "notice") == 1
        assert not (home.root / row["path"]).exists()
        assert cat.db["data_keys"].count_where("object_id = ?", [row["id"]]) == 0
        with pytest.raises(KeyDestroyedError):  # a copy of the file taken before is unreadable now
            store.open_segment({**row, "path": os.path.relpath(kept, home.root)})
        hits = retrieve(home, cat, mk, ["circulars"], "archive inventory March", k=5, purpose="test").hits
        assert all(h.document != "notice" for h in hits)
    finally:
        mk.forget()
        cat.close()


def test_cited_answers_through_the_api(docs_home):
    home = docs_home["home"]
    cat, mk = _unlocked(home)
    serving = start_server(home, cat, ["tiny-llama"], options=ServeOptions(port=0, n_ctx=1024, slots=1), keys=mk)
    try:
        client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{serving.port}/v1",
            api_key=get_or_create_token(home),
            max_retries=0,
            timeout=120,
        )
        ask = {"role": "user", "content": "When does the helpline answer?"}
        r = client.chat.completions.create(
            model="tiny-llama",
            messages=[ask],
            max_tokens=4,
            temperature=0,
            extra_body={"collections": ["circulars"], "retrieval": {"k": 1}},
        )
        cites = r.model_extra["citations"]
        assert len(cites) == 1 and cites[0]["document"] == "hours" and cites[0]["index"] == 1
        assert {"document", "version", "page", "chunk", "score", "cited", "anchor", "document_id"} <= set(cites[0])
        assert r.usage.prompt_tokens > 40  # the sources went to the model

        stream = client.chat.completions.create(
            model="tiny-llama",
            messages=[ask],
            max_tokens=4,
            temperature=0,
            stream=True,
            extra_body={"collections": ["circulars"], "retrieval": {"k": 1}},
        )
        chunks = list(stream)
        assert chunks[0].model_extra["citations"][0]["document"] == "hours"
        assert chunks[0].model_extra["citations"][0]["cited"] is None
        assert chunks[-1].choices == [] and all(
            c["cited"] in (True, False) for c in chunks[-1].model_extra["citations"]
        )

        with pytest.raises(openai.NotFoundError) as exc:
            client.chat.completions.create(model="tiny-llama", messages=[ask], extra_body={"collections": ["nope"]})
        assert exc.value.code == "collection_not_found" and "nope" in exc.value.message
        with pytest.raises(openai.BadRequestError) as exc:
            client.chat.completions.create(model="tiny-llama", messages=[ask], extra_body={"collections": "circulars"})
        assert exc.value.param == "collections"
    finally:
        stop_server(cat, serving)
        mk.forget()
        cat.close()
    log = (home.root / "logs" / "server.log").read_text()
    entries = [json.loads(line) for line in log.splitlines() if '"collections"' in line]
    assert entries and entries[0]["documents"] and entries[0]["chunks"][0].startswith("dv-")
    assert "helpline" not in log


def test_ask_in_the_terminal_cites_its_sources(docs_home, capsys, pfile):
    root = str(docs_home["home"].root)
    code, out, err = run(
        capsys,
        "--home",
        root,
        "--passphrase-file",
        pfile,
        "ask",
        "circulars",
        "When does the helpline answer?",
        "--model",
        "tiny-llama",
        "--max-tokens",
        "4",
        "-k",
        "1",
        "--json",
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["citations"][0]["document"] == "hours"
    code, out, err = run(
        capsys,
        "--home",
        root,
        "--passphrase-file",
        pfile,
        "docs",
        "search",
        "circulars",
        "helpline weekdays",
        "-k",
        "2",
    )
    assert code == 0, err
    assert "[1] hours v1" in out
    code, out, err = run(capsys, "--home", root, "--passphrase-file", pfile, "docs", "search", "nope", "x")
    assert code == NotFoundError.exit_code and "nope" in err


def test_an_import_killed_before_its_commit_leaves_nothing_visible(docs_home, tmp_path, pfile):
    home = docs_home["home"]
    doc = _write(tmp_path, "killed.md", "# Killed\n\nThis import dies before it commits its version row.\n")
    env = {**os.environ, "APPLIANCE_FAULT": "docs.sealed"}
    args = [
        sys.executable,
        "-m",
        "appliance",
        "--home",
        str(home.root),
        "--passphrase-file",
        pfile,
        "docs",
        "import",
        str(doc),
        "-c",
        "circulars",
    ]
    p = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == -9, p.stderr
    cat, mk = _unlocked(home)
    try:
        store = DocStore(home, cat, mk)
        assert "killed" not in {d["name"] for d in store.documents("circulars", all_versions=True)}
        col = store.collection("circulars")
        known = {d["id"] for d in store.documents("circulars", all_versions=True)}
        orphans = [f for f in store.folder(col["id"]).iterdir() if f.name.split(".")[0] not in known]
        assert len(orphans) == 1  # sealed, under a key that was never recorded
        p = subprocess.run(args, capture_output=True, text=True, timeout=300)  # the next command cleans up
        assert p.returncode == 0, p.stderr
        assert not orphans[0].exists()
        assert "killed" in {d["name"] for d in store.documents("circulars")}
    finally:
        mk.forget()
        cat.close()


def test_nothing_on_disk_holds_the_documents_text(docs_home):
    """After imports, searches, API answers and a killed import (the tests above), no file under the
    home holds a phrase of the documents in the clear, in UTF-8 or UTF-16."""
    index.forget()
    needles = []
    for phrase in (SECRET_EN, SECRET_HI, "lamplighter", "बगुलाद्वार", "Heronsgate"):
        needles += [phrase.encode(), phrase.encode("utf-16-le")]
    found = []
    for dirpath, _dirs, files in os.walk(docs_home["home"].root):
        for name in files:
            path = os.path.join(dirpath, name)
            try:
                data = open(path, "rb").read()
            except OSError:
                continue
            found += [f"{path}: {n[:20]!r}" for n in needles if n in data]
    assert found == []


def _bad_file(folder, name):
    """One bad input of the issue, made here: what ``appliance docs import`` must refuse."""
    import zipfile

    from pypdf import PdfWriter

    path = folder / name
    if name == "corrupt.pdf":
        path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a PDF body\n")
    elif name in ("locked.pdf", "scan.pdf"):  # a blank page: encrypted, or with no text layer
        w = PdfWriter()
        w.add_blank_page(200, 200)
        if name == "locked.pdf":
            w.encrypt("secret")
        with open(path, "wb") as f:
            w.write(f)
    elif name == "bomb.docx":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b"\0" * (300 << 20))
    elif name == "huge.txt":
        with open(path, "wb") as f:
            f.truncate(500 << 20)  # sparse: 500 MB on paper, nothing on disk
    return path


@pytest.mark.parametrize(
    "name, said",
    [
        ("corrupt.pdf", "not a readable PDF"),
        ("locked.pdf", "password"),
        ("bomb.docx", "ZIP"),
        ("huge.txt", "MiB"),
        ("scan.pdf", "no text layer"),
    ],
)
def test_bad_files_are_refused_by_the_command_and_nothing_is_kept(docs_home, tmp_path, capsys, pfile, name, said):
    path = _bad_file(tmp_path, name)
    root = str(docs_home["home"].root)
    before = sorted(os.listdir(docs_home["home"].root / "knowledge"))
    code, _out, err = run(
        capsys, "--home", root, "--passphrase-file", pfile, "docs", "import", str(path), "-c", "circulars"
    )
    assert code == InvalidInputError.exit_code, err
    assert name in err and said in err
    assert sorted(os.listdir(docs_home["home"].root / "knowledge")) == before
    code, out, _err = run(capsys, "--home", root, "docs", "list", "circulars")
    assert path.stem not in out


def test_an_empty_collection_answers_with_a_notice_not_an_error(docs_home, capsys, pfile):
    root = str(docs_home["home"].root)
    code, _out, err = run(capsys, "--home", root, "docs", "create", "empty-one", "--tokenizer", "tiny-llama")
    assert code == 0, err
    code, out, err = run(
        capsys, "--home", root, "--passphrase-file", pfile, "docs", "search", "empty-one", "anything", "--json"
    )
    assert code == 0, err
    assert json.loads(out) == {"query": "anything", "mode": "hybrid", "notice": "empty_collection", "hits": []}


RETRIEVAL_SUITE = """[suite]
name = "docs-suite"
collections = ["circulars"]
retrieval_k = 1
max_tokens = 4
context = 1024

[[case]]
id = "helpline"
prompt = "When does the helpline answer?"
sources = [{ document = "hours" }]
scorer = { type = "contains", all = ["09:00"] }

[[case]]
id = "witnesses"
prompt = "विवाह के लिए कितने गवाह चाहिए?"
sources = [{ document = "witnesses-hi" }, { document = "fees", page = 3 }]
scorer = { type = "contains", all = ["दो"] }
"""


def test_a_suite_with_retrieval_cases_is_evaluated_and_gated(docs_home, tmp_path):
    from appliance.eval.gates import check_gate, parse_gate
    from appliance.eval.runner import evaluate
    from appliance.eval.suite import load_suite, suite_from_canonical

    path = tmp_path / "docs-suite.toml"
    path.write_text(RETRIEVAL_SUITE, encoding="utf-8")
    suite = load_suite(path)
    assert suite.collections == ("circulars",) and suite.cases[1].sources[1] == {"document": "fees", "page": 3}
    assert suite_from_canonical(suite.canonical(), "again").sha256 == suite.sha256
    bad = tmp_path / "bad.toml"
    bad.write_text(
        RETRIEVAL_SUITE.replace('{ document = "hours" }', '{ doc = "hours" }').replace(
            "retrieval_k = 1", "retrieval_k = 99"
        )
    )
    with pytest.raises(InvalidInputError) as exc:
        load_suite(bad)
    said = str(exc.value.msg.render("en"))
    assert "retrieval_k" in said and "sources[0]" in said

    home = docs_home["home"]
    cat, mk = _unlocked(home)
    try:
        row = evaluate(home, cat, mk, "tiny-llama", str(path))
        s = row["summary"]["retrieval"]
        assert s["cases"] == 2 and s["k"] == 1
        assert s["recall_at_k"] == 0.75 and s["mrr"] == 1.0  # helpline 1/1; witnesses 1 of 2 sources
        from appliance.eval.store import EvalStore

        results = EvalStore(home, cat, mk).read_results(row)
        assert results["helpline"]["retrieval"]["hits"][0]["document"] == "hours"
        assert "text" not in results["helpline"]["retrieval"]["hits"][0]
        gate = parse_gate({"gate": {"min_retrieval_recall": 0.9, "min_mrr": 0.5}}, "g.toml")
        verdict = check_gate(gate, suite, row, results, None, None)
        names = {c["name"]: c["passed"] for c in verdict["checks"]}
        assert names["min_retrieval_recall"] is False and names["min_mrr"] is True and not verdict["passed"]
    finally:
        mk.forget()
        cat.close()


def test_appliance_serve_answers_from_collections_once_unlocked(docs_home, pfile):
    """`appliance serve` as a user starts it: a workspace with collections is unlocked for the
    server, whose answers then carry citations."""
    import re
    import signal

    home = docs_home["home"]
    args = [sys.executable, "-m", "appliance", "--home", str(home.root), "--passphrase-file", pfile]
    proc = subprocess.Popen(
        [*args, "serve", "tiny-llama", "--port", "0", "--ctx", "1024"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        port = None
        for line in proc.stdout:
            m = re.search(r"http://127\.0\.0\.1:(\d+)/v1", line)
            if m:
                port = int(m.group(1))
                break
        assert port, proc.stderr.read()
        client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key=get_or_create_token(home), max_retries=0, timeout=120
        )
        r = client.chat.completions.create(
            model="tiny-llama",
            messages=[{"role": "user", "content": "When does the helpline answer?"}],
            max_tokens=2,
            extra_body={"collections": ["circulars"], "retrieval": {"k": 1}},
        )
        assert r.model_extra["citations"][0]["document"] == "hours"
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    assert proc.returncode == 0
