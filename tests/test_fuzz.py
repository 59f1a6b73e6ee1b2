"""Fuzzing every parser of what an operator is handed (issue 25, "Beyond the list").

Recipes, evaluation suites and gate files, routing policies (with their token and CA files) and
dataset files (JSON Lines, CSV, text) here; bundles' metadata, evidence packages, kept checkpoints
and auditor public keys in tests/test_fuzz_bundles_audit.py; the machinery in tests/fuzzing.py.
Each is mutated by hypothesis from valid files: bytes flipped, inserted or cut, files truncated
or emptied, values nested 100,000 deep, numbers too long to read, wrong types, unknown keys, text
that is not UTF-8, byte-order marks and control characters, and given to the real function or
command that reads it. The property, for every input: it is accepted, or refused with an
``ApplianceError`` that has a message (a named refusal, an exit code of its family in the CLI);
never another exception (a traceback, exit code 70), never a hang past the bound (hypothesis's
``deadline`` per example, and an alarm that stops an example stuck in a loop), and nothing
half-written (the home, the catalog's rows, the install prefix or the package are as they were
after a refusal).

``make test-fuzz`` runs both files (marker ``fuzz``; not part of ``make test``). Each test has a
fixed number of examples and a time budget (examples past the budget are skipped and counted);
the examples are derandomized so that CI runs the same ones every time. For a longer, random
search: ``APPLIANCE_FUZZ_SCALE=10 APPLIANCE_FUZZ_RANDOM=1 .venv/bin/pytest -m fuzz``. What a run
found is fixed in the parser and kept as a plain test in ``tests/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import datetime
import json
import shutil
import tomllib
from pathlib import Path

import fuzzing
import pytest
from fuzzing import (
    HOME_SKIP,
    SESSION,
    P,
    budget_for,
    changed,
    cli,
    edited,
    fuzz,
    jsonl_edited,
    listing,
    mutated,
    primed,
    refusal,
    row_counts,
    scratch,
    to_json,
    toml_or_bytes,
)
from hypothesis import given
from hypothesis import strategies as st

pytestmark = [pytest.mark.fuzz, pytest.mark.filterwarnings("ignore:Generating overly large repr")]


@pytest.fixture(scope="module", autouse=True)
def _report(request):
    yield from fuzzing.report(request)


# --- recipes ------------------------------------------------------------------------------------

RECIPE = (Path(__file__).parent.parent / "appliance" / "tuning" / "presets" / "cpu-quick.toml").read_bytes()


@fuzz(1000)
@given(data=toml_or_bytes(RECIPE))
def test_fuzz_recipes(tmp_path_factory, data):
    """``load_recipe`` (what `appliance train --recipe` and `lines create --recipe` read)."""
    from appliance.tuning.recipe import load_recipe

    budget = budget_for("recipes", 15)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        path = tmp / "recipe.toml"
        path.write_bytes(data)
        recipe, exc = refusal(load_recipe, path)
        if exc is not None:
            assert str(path) in exc.message or "command-line" in exc.message, exc.message
        else:
            assert len(recipe.sha256) == 64 and recipe.to_toml()  # what is stored with the run can be written
        budget.outcome(exc is None)


# --- evaluation suites and gate files (appliance suites import, lines create) --------------------

SUITE_TOML = b"""[suite]
name = "fz"
description = "every scorer once"
max_tokens = 16
repeat_penalty = 1.1
context = 1024
system = "Answer briefly."

[judge]
model = "judge-model"

[[case]]
id = "exact"
prompt = "Say yes."
tags = { language = "en", risk = "low" }
scorer = { type = "exact", expected = "yes", ignore_case = true, strip = true }

[[case]]
id = "contains"
messages = [{ role = "system", content = "s" }, { role = "user", content = "q" }]
scorer = { type = "contains", all = ["a", "b"], ignore_case = false }

[[case]]
id = "regex"
prompt = "Code?"
max_tokens = 8
scorer = { type = "regex", pattern = "^[A-Z]{2}-\\\\d+$", full = true }

[[case]]
id = "json"
prompt = "JSON?"
scorer = { type = "json", schema = { type = "object", required = ["code"], properties = { code = { type = "string", pattern = "^ZX" } }, "$defs" = { a = { type = "integer" } } } }

[[case]]
id = "numeric"
prompt = "2+2?"
tags = { language = "hi" }
scorer = { type = "numeric", expected = 4, tolerance = 0.5, relative = false }

[[case]]
id = "refusal"
prompt = "Do something bad."
scorer = { type = "refusal", expected = true }

[[case]]
id = "choice"
prompt = "Pick."
scorer = { type = "choice", choices = ["red", "blue"], answer = 1 }

[[case]]
id = "rubric"
prompt = "Explain."
scorer = { type = "rubric", rubric = "Mentions the fee." }
"""


def _suite_jsonl() -> bytes:
    doc = tomllib.loads(SUITE_TOML.decode())
    lines = [json.dumps({"suite": doc["suite"], "judge": doc["judge"]})] + [json.dumps(c) for c in doc["case"]]
    return ("\n".join(lines) + "\n").encode()


SUITE_JSONL = _suite_jsonl()
ANSWERS = st.one_of(
    st.sampled_from(["yes", "ab", "ZX-7", '{"code": "ZX-7"}', "4", "I cannot help with that.", "a" * 5000 + "!"]),
    st.text(max_size=200),
)


REGEX_ALPHABET = "()[]{}*+?|^$.\\-,:=!<>#dwsbDWSBazAZ09 "


@st.composite
def scorer_suites(draw):
    """A suite of one case whose pattern or schema is made up (most are still valid), to fuzz
    the import check of patterns and schemas and the bounded scoring behind it."""
    schema = json.loads(SUITE_JSONL.splitlines()[4])["scorer"]["schema"]
    scorer = draw(
        st.one_of(
            st.builds(
                lambda p, i, f: {"type": "regex", "pattern": p, "ignore_case": i, "full": f},
                st.text(alphabet=REGEX_ALPHABET, max_size=40),
                st.booleans(),
                st.booleans(),
            ),
            edited(schema).map(lambda s: {"type": "json", "schema": s}),
            st.builds(
                lambda e, t: {"type": "numeric", "expected": e, "tolerance": t},
                st.one_of(st.integers(), st.floats()),
                st.one_of(st.integers(), st.floats()),
            ),
        )
    )
    return to_json({"id": "made-up", "prompt": "q", "scorer": scorer}) + b"\n", ".jsonl"


def suite_files():
    """(bytes, suffix): the TOML suite or its JSON Lines twin, damaged; or a made-up scorer."""
    toml = toml_or_bytes(SUITE_TOML).map(lambda b: (b, ".toml"))
    jsonl = st.one_of(mutated(SUITE_JSONL), jsonl_edited(SUITE_JSONL)).map(lambda b: (b, ".jsonl"))
    return st.one_of(toml, jsonl, scorer_suites())


@fuzz(1200)
@given(file=suite_files(), answer=ANSWERS)
def test_fuzz_suites(tmp_path_factory, file, answer):
    """``load_suite`` (what `suites import`, `lines create` and `eval SUITE_FILE` read), and every
    case of a suite it accepts scored against an answer: the canonical form round-trips and
    scoring never raises (a case that cannot be scored fails with a detail naming it)."""
    from appliance.eval import scorers
    from appliance.eval.suite import load_suite, suite_from_canonical

    data, suffix = file
    budget = budget_for("suites", 35)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        path = tmp / f"suite{suffix}"
        path.write_bytes(data)
        suite, exc = refusal(load_suite, path)
        if exc is not None:
            assert str(path) in exc.message, exc.message
        else:
            assert suite_from_canonical(suite.canonical(), "again").sha256 == suite.sha256
            for case in suite.cases:
                if case.generates and case.scorer["type"] != "rubric":
                    score = scorers.score_text(case.scorer, answer, case_id=case.id, seconds=2.0)
                    assert score.passed or score.detail is not None
        budget.outcome(exc is None)


@fuzz(25)
@given(file=suite_files())
def test_fuzz_suites_import_cli(home, pfile, capsys, tmp_path_factory, file):
    """`appliance suites import FILE` itself (each call unlocks the workspace: fewer examples):
    imported, or refused with exit 4 and the catalog's rows and the home unchanged."""
    data, suffix = file
    budget = budget_for("suites (CLI import)", 15)
    primed(capsys, home.root)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        path = tmp / f"suite{suffix}"
        path.write_bytes(data)
        before, rows = listing(home.root, skip=HOME_SKIP), row_counts(home.root)
        code, out, err = cli(capsys, P, pfile, "suites", "import", str(path))
        if code != 0:
            assert code == 4, (code, err)
            assert row_counts(home.root) == rows and not changed(before, listing(home.root, skip=HOME_SKIP)), err
        budget.outcome(code == 0)


GATE = (
    (Path(__file__).parent.parent / "appliance" / "samples" / "kestrel_registry.gate.toml")
    .read_bytes()
    .replace(b"[gate]\n", b'[gate]\nmust_pass = ["exact", "json"]\n', 1)
    .replace(b'"language=en" = 0.25', b'"language=en" = 0.25\n"risk=low" = 0.5')
)


@fuzz(1000)
@given(data=st.data())
def test_fuzz_gate_files(tmp_path_factory, data):
    """``load_gate`` (`lines create --gate`), then ``gate_problems`` against a suite (creation and
    every promotion): a gate, or a named refusal; a gate is kept only if it checks something and
    fits (what is stored passes its own check again)."""
    from appliance.eval.lines import gate_problems, load_gate, parse_gate
    from appliance.eval.suite import parse_suite

    new = data.draw(toml_or_bytes(GATE))
    suite = SESSION.setdefault("gate-suite", parse_suite(SUITE_TOML, "fz.toml", suffix=".toml"))
    budget = budget_for("gate files", 15)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        path = tmp / "gate.toml"
        path.write_bytes(new)
        gate, exc = refusal(load_gate, path)
        if exc is not None:
            assert str(path) in exc.message, exc.message
        else:
            assert gate == parse_gate({"gate": gate}, "again")
            problems = gate_problems(gate, [suite], str(path))
            assert all(isinstance(p, str) and str(path) in p for p in problems), problems
        budget.outcome(exc is None)


# --- routing policies (appliance serve --policy) ------------------------------------------------


def _ca_pem() -> bytes:
    """A self-signed certificate authority (what a site's CA file holds)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.x509.oid import NameOID

    key = Ed25519PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "site CA")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, None)
    )
    return cert.public_bytes(serialization.Encoding.PEM)


POLICY = """[[models]]
name = "helpdesk"
latency_budget_ms = 2000

[[models.variants]]
name = "hindi"
export = "helpdesk-hi"
scripts = ["Devanagari", "Taml", "Latin"]
min_prompt_chars = 0

[[models.variants]]
name = "short-cpu"
export = "exp-3f2a9c01d4"
max_prompt_chars = 1500
max_in_flight = 4
gpu_layers = 0
slots = 8
share = 0.9

[[models.variants]]
name = "gpu-box"
url = "https://gpu-box.site.internal:8765/v1"
token_file = "{token}"
ca_file = "{ca}"
remote_model = "helpdesk"
share = 0.1

[[models]]
name = "local"

[[models.variants]]
name = "loop"
url = "http://[::1]:8765/v1"
token_file = "{token}"
"""


REMOTE_POLICY = """[[models]]
name = "helpdesk"

[[models.variants]]
name = "gpu-box"
url = "https://gpu-box.site.internal:8765/v1"
token_file = "{token}"
ca_file = "{ca}"
scripts = ["Latn"]
share = 0.5

[[models.variants]]
name = "loop"
url = "http://[::1]:8765/v1"
token_file = "{token}"
max_prompt_chars = 4000
"""


@pytest.fixture(scope="module")
def policy_files(tmp_path_factory):
    d = tmp_path_factory.mktemp("policy")
    (d / "gpu.token").write_text("tok-3f2a9c01d4e5\n")
    (d / "ca.pem").write_bytes(_ca_pem())
    files = {"token": d / "gpu.token", "ca": d / "ca.pem"}
    return {"dir": d, "policies": [POLICY.format(**files).encode(), REMOTE_POLICY.format(**files).encode()]}


@fuzz(800)
@given(data=st.data(), prompt=st.text(max_size=300))
def test_fuzz_routing_policies(home, catalog, tmp_path_factory, policy_files, data, prompt):
    """What `appliance serve --policy FILE` does before it starts anything (``_plan``: the policy
    loaded and checked, its exports looked up), with the policy, its token file or its CA file
    damaged: a plan, or a refusal naming the file or the export; every variant of a policy that
    loads tells whether it takes a prompt (never raises)."""
    from appliance.serving.routing import dominant_script, load_policy
    from appliance.serving.service import _plan

    which = data.draw(st.sampled_from(["policy", "policy", "policy", "token", "ca"]))
    seeds = {
        "policy": data.draw(st.sampled_from(policy_files["policies"])),
        "token": (policy_files["dir"] / "gpu.token").read_bytes(),
        "ca": (policy_files["dir"] / "ca.pem").read_bytes(),
    }
    new = data.draw(toml_or_bytes(seeds["policy"]) if which == "policy" else mutated(seeds[which]))
    budget = budget_for("routing policies", 20)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        shutil.copy(policy_files["dir"] / "gpu.token", tmp / "gpu.token")
        shutil.copy(policy_files["dir"] / "ca.pem", tmp / "ca.pem")
        policy = seeds["policy"].replace(str(policy_files["dir"]).encode(), str(tmp).encode())
        if which == "policy":
            policy = new.replace(str(policy_files["dir"]).encode(), str(tmp).encode())
        else:
            (tmp / ("gpu.token" if which == "token" else "ca.pem")).write_bytes(new)
        path = tmp / "policy.toml"
        path.write_bytes(policy)
        names, exc = refusal(load_policy, path)
        if exc is not None:
            assert str(path) in exc.message, exc.message
        else:
            script = dominant_script(prompt)
            for served in names:
                for v in served.variants:
                    why = v.conditions(len(prompt), script)
                    assert why is None or isinstance(why, str)
            plan, exc = refusal(_plan, home, catalog, [], path, False)
            assert exc is not None or all(v.url for n in plan for v in n.variants)  # no export in this home
        budget.outcome(exc is None)


# --- dataset files (appliance datasets import) ---------------------------------------------------

SAMPLE = Path(__file__).parent.parent / "appliance" / "samples" / "kestrel_registry.jsonl"
DATASET_SEEDS = {
    "chat.jsonl": b"".join(SAMPLE.read_bytes().splitlines(keepends=True)[:4]),
    "instruction.jsonl": (
        b'{"instruction": "Name the fee.", "input": "birth copy", "output": "18 credits", "split": "train"}\n'
        b'{"instruction": "Say hello.", "output": "Hello.", "split": "eval"}\n'
        b'{"instruction": "Translate to Hindi: yes", "output": "\\u0939\\u093e\\u0901"}\n'
    ),
    "data.csv": b'question,answer\n"What is the fee?","18 credits"\n"Hours?","Tuesday to Saturday, 08:30"\nq3,a3\n',
    "notes.txt": "The registry opens at 08:30.\n\nIt closes at 13:00.\nBring your KV-12 form.\n\nहाँ\n".encode(),
}


def dataset_files():
    """(name, bytes): a dataset file of each format, damaged (a JSON Lines file line by line too)."""
    out = []
    for name, seed in DATASET_SEEDS.items():
        strategies = [mutated(seed)]
        if name.endswith(".jsonl"):
            strategies.append(jsonl_edited(seed))
        out.append(st.tuples(st.just(name), st.one_of(*strategies)))
    return st.one_of(*out)


@fuzz(400)
@given(file=dataset_files(), skip_invalid=st.booleans(), text_rows=st.sampled_from(["paragraph", "line"]))
def test_fuzz_dataset_files(datasets, home, bpe_tokenizer, tmp_path_factory, file, skip_invalid, text_rows):
    """``DatasetStore.import_file`` (what `appliance datasets import` runs, with a tokenizer counting
    tokens): a sealed dataset whose rows read back, or a named refusal with the catalog's rows and
    the home unchanged."""
    name, data = file
    columns = {"instruction": "question", "output": "answer"} if name.endswith(".csv") else None
    budget = budget_for("dataset files", 25)
    if home.root not in SESSION.setdefault("seeded", set()):  # the workspace's dataset-id key, made once
        seed = tmp_path_factory.mktemp("seed") / "chat.jsonl"
        seed.write_bytes(DATASET_SEEDS["chat.jsonl"])
        datasets.import_file(seed, name="seed")
        SESSION["seeded"].add(home.root)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        path = tmp / name
        path.write_bytes(data)
        before, rows = listing(home.root, skip=HOME_SKIP), row_counts(home.root)
        result, exc = refusal(
            datasets.import_file,
            path,
            name="fz",
            columns=columns,
            skip_invalid=skip_invalid,
            tokenizer=bpe_tokenizer,
            text_rows=text_rows,
        )
        if exc is not None:
            assert row_counts(home.root) == rows, exc.message
            assert not changed(before, listing(home.root, skip=HOME_SKIP)), exc.message
        else:
            row, report, created = result
            assert len(datasets.read_records(row["id"])) == row["rows"] > 0
        budget.outcome(exc is None)


@fuzz(25)
@given(file=dataset_files())
def test_fuzz_dataset_files_cli(home, pfile, capsys, tmp_path_factory, file):
    """`appliance datasets import FILE --name fz` itself (each call unlocks the workspace: fewer
    examples): imported, or refused (exit 4) with the catalog's rows and the home unchanged."""
    name, data = file
    budget = budget_for("dataset files (CLI import)", 15)
    primed(capsys, home.root)
    if home.root not in SESSION.setdefault("seeded", set()):  # the workspace's dataset-id key, made once
        seed = tmp_path_factory.mktemp("seed") / "chat.jsonl"
        seed.write_bytes(DATASET_SEEDS["chat.jsonl"])
        assert cli(capsys, P, pfile, "datasets", "import", str(seed), "--name", "seed", "--tokenizer", "none")[0] == 0
        SESSION["seeded"].add(home.root)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        path = tmp / name
        path.write_bytes(data)
        extra = ["--columns", "instruction=question,output=answer"] if name.endswith(".csv") else []
        before, rows = listing(home.root, skip=HOME_SKIP), row_counts(home.root)
        args = ["datasets", "import", str(path), "--name", "fz", "--tokenizer", "none", *extra]
        code, out, err = cli(capsys, P, pfile, *args)
        if code != 0:
            assert code == 4, (code, err)
            assert row_counts(home.root) == rows and not changed(before, listing(home.root, skip=HOME_SKIP)), err
        budget.outcome(code == 0)
