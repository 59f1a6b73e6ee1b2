"""What `make test-fuzz` (tests/test_fuzz.py) found, kept as plain tests that run in `make test`:
each input was a traceback (or a hang) before its parser was fixed, and is a named refusal now."""

from __future__ import annotations

import pytest

from appliance.errors import InvalidInputError

# --- recipes (appliance/tuning/recipe.py) --------------------------------------------------------

RECIPE_INPUTS = {
    "not UTF-8": (b"\xa3[run]\n", "is not UTF-8 text (byte 0)"),
    "arrays nested 100,000 deep": (
        b"[run]\ndatasets = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "nested too deeply to read",
    ),
    "inline tables nested 600 deep": (b'"run" = ' + b"{a=" * 600 + b"1" + b"}" * 600 + b"\n", "nested too deeply"),
    "a number of 5,000 digits": (b"[training]\nseed = " + b"9" * 5000 + b"\n", "a number is too long to read"),
}


@pytest.mark.parametrize("case", list(RECIPE_INPUTS))
def test_fuzz_found_recipe_inputs_are_named_refusals(tmp_path, case):
    from appliance.tuning.recipe import load_recipe

    data, says = RECIPE_INPUTS[case]
    path = tmp_path / "recipe.toml"
    path.write_bytes(data)
    with pytest.raises(InvalidInputError) as info:
        load_recipe(path)
    assert str(path) in info.value.message and says in info.value.message, info.value.message


def test_a_recipe_with_a_byte_order_mark_reads_as_without(tmp_path):
    from appliance.tuning.recipe import load_recipe, preset_path

    path = tmp_path / "recipe.toml"
    path.write_bytes(b"\xef\xbb\xbf" + preset_path("cpu-quick").read_bytes())
    assert load_recipe(path) == load_recipe(preset_path("cpu-quick"))


# --- bundles: a release.json that is signed but malformed (appliance/bundle/install.py) ----------


@pytest.fixture(scope="module")
def signing(tmp_path_factory):
    """A release state and a function that signs a small bundle around the release.json given."""
    from appliance.bundle.sign import init_state, keygen, load_signer, sign_bundle

    root = tmp_path_factory.mktemp("signing")
    keygen(root / "keys", "root")
    keygen(root / "keys", "release")
    state = root / "state"
    init_state(
        state, [root / "keys" / "root.pub"], root / "keys" / "release.pub", 1, [load_signer(root / "keys" / "root.key")]
    )
    release = load_signer(root / "keys" / "release.key")

    def make(dest, release_json: bytes):
        (dest / "targets" / "app").mkdir(parents=True)
        (dest / "targets" / "app" / "appliance.txt").write_text("the application\n")
        (dest / "targets" / "release.json").write_bytes(release_json)
        sign_bundle(dest, state, release)
        return dest

    return {"make": make, "root": state / "1.root.json"}


RELEASE_INPUTS = {
    "a list": (b'["1.2.0"]', "release.json is not a JSON object"),
    "a version that is a list": (b'{"version": ["1.2.0"]}', "release.json has no usable version"),
    "a version with a NUL": (b'{"version": "1.2\\u0000"}', "release.json has no usable version"),
    "a version too long for a folder name": (b'{"version": "' + b"1" * 300 + b'"}', "has no usable version"),
    "variants a list of objects": (b'{"version": "1.2.0", "variants": [{"cpu": {}}]}', "that is not a plain name"),
    "variants a string": (b'{"version": "1.2.0", "variants": "cpu"}', "`variants` that are neither"),
    "the cuda variant a list": (
        b'{"version": "1.2.0", "variants": {"cpu": {}, "cuda": [{"cuda_architectures": ["90"]}]}}',
        "describes variant 'cuda' with list",
    ),
    "cuda_architectures a number": (
        b'{"version": "1.2.0", "variants": {"cpu": {}, "cuda": {"cuda_architectures": 90}}}',
        "cuda_architectures that are not a list",
    ),
    "nested 100,000 deep": (
        b'{"version": "1.2.0", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "nested too deeply",
    ),
}


@pytest.mark.parametrize("case", list(RELEASE_INPUTS))
def test_fuzz_found_release_json_is_refused_by_name(tmp_path, signing, case):
    from appliance.bundle.install import Installer
    from appliance.errors import BundleError

    data, says = RELEASE_INPUTS[case]
    bundle = signing["make"](tmp_path / "bundle", data)
    prefix = tmp_path / "prefix"
    gpu = {"nvidia_driver": True, "gpu_capabilities": ["90"]}
    with pytest.raises(BundleError) as info:
        Installer(prefix).install(bundle, root=signing["root"], facts=gpu)
    assert says in info.value.message, info.value.message
    assert not (prefix / "current").exists() and not list(prefix.glob("versions/*"))


# --- evidence packages: the manifest's unsigned fields (appliance/audit/report.py) --------------


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The tamper suite's clean log, its package and the auditor's key."""
    import test_audit_tamper as tamper

    return tamper.clean.__wrapped__(tmp_path_factory)


@pytest.mark.parametrize("fields", [{"exported_at": None}, {"workspace_id": 5}, {"exported_at": ["x"]}])
def test_fuzz_found_manifest_fields_of_any_type_are_shown_in_the_report(tmp_path, clean, fields):
    """The manifest's export time, workspace and exporter are not signed: a package whose
    manifest holds another type there still verifies, and the report shows what it holds."""
    import json
    import shutil

    from click.testing import CliRunner

    from appliance.audit.package import _sha256
    from appliance.cli import auditor as audit_cli

    pkg = tmp_path / "pkg"
    shutil.copytree(clean["pkg"], pkg)
    manifest = json.loads((pkg / "manifest.json").read_text())
    (pkg / "manifest.json").write_text(json.dumps({**manifest, **fields}))
    assert all(_sha256(pkg / n) == h for n, h in manifest["files"].items())
    r = CliRunner().invoke(audit_cli.verify, [str(pkg), "--key", str(clean["key"]), "--out", str(tmp_path / "rep")])
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert r.exit_code == 0 and r.output.startswith("PASS"), r.output
    assert "Audit log verification report" in (tmp_path / "rep" / "report.html").read_text()


# --- auditor public keys (appliance/audit/records.py, appliance audit add-auditor) ---------------

PUB_INPUTS = {
    "a low-order key (all zeros)": (
        b"appliance-auditor-v1 " + b"A" * 43 + b"= Inspectorate\n",
        "the key is not one a secret can be shared with (a low-order point)",
    ),
    "not UTF-8": (b"appliance-auditor-v1 \xff\xfe\n", "the file is not UTF-8 text (byte 21)"),
    "a name with a terminal escape": (None, "the auditor's name must be one line of at most 200 characters"),
}


@pytest.mark.parametrize("case", list(PUB_INPUTS))
def test_fuzz_found_auditor_keys_are_refused_by_name(home, pfile, capsys, tmp_path, case):
    import base64
    import sqlite3

    from conftest import run
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from appliance.audit.records import raw_public

    data, says = PUB_INPUTS[case]
    if data is None:
        key = base64.b64encode(raw_public(X25519PrivateKey.generate().public_key()))
        data = b"appliance-auditor-v1 " + key + b" Inspectorate\x1b[2K\x1b[1Aauditor-2\n"
    pub = tmp_path / "auditor.pub"
    pub.write_bytes(data)
    code, out, err = run(capsys, "--passphrase-file", pfile, "audit", "add-auditor", str(pub))
    assert code == 4, (code, err)
    assert f"Not an auditor public key: {says}" in " ".join(err.split()), err
    conn = sqlite3.connect(home.root / "catalog.db")
    assert conn.execute("SELECT COUNT(*) FROM auditors").fetchone()[0] == 0
    conn.close()


def test_an_auditor_key_pair_is_not_made_for_a_name_with_control_characters(tmp_path):
    from appliance.audit.auditor_keys import create_auditor_keypair

    with pytest.raises(InvalidInputError, match="without control characters"):
        create_auditor_keypair(tmp_path / "k", "Inspectorate\x1b[2J")
    assert not (tmp_path / "k" / "auditor.key").exists()


# --- dataset files (appliance/data/formats.py) ---------------------------------------------------


def test_fuzz_found_a_row_with_a_number_too_long_to_read_is_a_row_error(datasets, tmp_path):
    """A JSON Lines row holding a number of 5,000 digits: the row is named (line and why) and
    the file refused, or skipped with --skip-invalid; it was a ValueError out of the import."""
    from appliance.errors import ImportRefused

    good = '{"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}\n'
    path = tmp_path / "chat.jsonl"
    path.write_text(good + '{"messages": [], "n": ' + "9" * 5000 + "}\n")
    with pytest.raises(ImportRefused) as info:
        datasets.import_file(path, name="fz")
    (problem,) = info.value.report.errors
    assert problem.line == 2 and "a number too long to read" in str(problem.message), problem
    row, report, created = datasets.import_file(path, name="fz", skip_invalid=True)
    assert created and row["rows"] == 1


LINE_BREAKS = "one\u2028two\u2029three\x85four\x0cfive\x0bsix\x1cseven"  # what str.splitlines() also splits on


def test_fuzz_found_a_dataset_whose_text_holds_a_line_separator_reads_back(datasets, tmp_path):
    """A CSV field with U+2028 (and the other characters str.splitlines() splits on) imported,
    then could not be read back (a JSONDecodeError in read_records: training and preview failed)."""
    path = tmp_path / "data.csv"
    path.write_text(f'question,answer\n"Hours?","Tuesday{LINE_BREAKS}"\nq2,a2\n', encoding="utf-8")
    row, _report, created = datasets.import_file(
        path, name="fz", columns={"instruction": "question", "output": "answer"}
    )
    assert created
    records = datasets.read_records(row["id"])
    assert sorted(r["output"] for r in records) == ["Tuesday" + LINE_BREAKS, "a2"]


def test_evaluation_answers_holding_a_line_separator_read_back(home, catalog, unlocked):
    """The same reader in the evaluation store (found by reading the code, not by the fuzzer): an
    answer with U+2028 or a form feed made the sealed results unreadable."""
    from appliance.audit.actions import action
    from appliance.eval.store import EvalStore
    from appliance.security.vault import Vault

    with action(catalog, "test.evaluation-results"), catalog.atomic():
        key_id, _dek = Vault(catalog).new_data_key(unlocked, "ev-fuzz", "evaluation")
    row = {"id": "ev-fuzz", "key_id": key_id}
    results = {"a": {"case": "a", "answer": LINE_BREAKS, "passed": False}, "b": {"case": "b", "answer": "x"}}
    store = EvalStore(home, catalog, unlocked)
    store.write_results(row, results)
    assert store.read_results(row) == results


# --- kept checkpoints of another log (appliance/audit/evidence.py, package.py) -------------------


@pytest.mark.parametrize("log_id", ["\ud800", "log-\x1b]0;owned\x07-x", "x" * 5000])
def test_fuzz_found_a_kept_checkpoint_of_another_log_is_named_with_its_id_escaped(clean, tmp_path, capsys, log_id):
    """A kept checkpoint whose log id is a lone surrogate, a terminal escape or 5,000 characters:
    the refusal shows it escaped and cut (it failed to print, in the operator's CLI, or wrote
    the escape to the terminal)."""
    import json
    import shutil

    from click.testing import CliRunner
    from conftest import run

    from appliance.cli import auditor as audit_cli

    kept = tmp_path / "kept.json"
    kept.write_text(json.dumps({**json.loads(clean["kept"].read_text()), "log_id": log_id}))
    home = tmp_path / "home"
    shutil.copytree(clean["home"], home)
    code, out, err = run(capsys, "--home", str(home), "audit", "verify", "--checkpoint", str(kept))
    err = " ".join(err.split())
    assert code == 4 and f"{kept} belongs to log {log_id!r:.80}, not this" in err, err
    assert "\x1b" not in err
    r = CliRunner().invoke(
        audit_cli.verify,
        [str(clean["pkg"]), "--key", str(clean["key"]), "--checkpoint", str(kept), "--out", str(tmp_path / "r")],
    )
    assert r.exit_code == 1 and f"belongs to log {log_id!r:.80}, not" in " ".join(r.output.split()), r.output
    assert "\x1b" not in r.output


# --- nesting refused the same whatever the recursion limit (appliance/nesting.py) -----------------
# CI ran these readers after torch's compiler had raised the interpreter's recursion limit: TOML
# nested 600 deep and a pattern nesting 300 groups then parsed, and the refusals above changed.

DEEP_INPUTS = {
    "recipe": (
        "recipe.toml",
        b'"run" = ' + b"{a=" * 600 + b"1" + b"}" * 600 + b"\n",
        "nested too deeply to read (a recipe nests at most 8 levels)",
    ),
    "gate": ("gate.toml", b"[gate]\nmust_pass = " + b"[" * 600 + b"]" * 600 + b"\n", "nested too deeply to read"),
    "routing policy": (
        "policy.toml",
        b'[[models]]\nname = "a"\nx = ' + b"[" * 600 + b"]" * 600 + b"\n",
        "its values are nested too deeply to read",
    ),
    "suite pattern": (
        "suite.jsonl",
        (
            '{"id": "pat", "prompt": "q", "scorer": {"type": "regex", "pattern": "'
            + "(?:" * 300
            + "a"
            + ")" * 300
            + '"}}\n'
        ).encode(),
        "nests groups too deeply to compile (300 levels; at most 64)",
    ),
}


@pytest.fixture(params=[None, 50_000], ids=["default limit", "raised limit"])
def recursion_limit(request):
    import sys

    before = sys.getrecursionlimit()
    if request.param:
        sys.setrecursionlimit(request.param)
    yield
    sys.setrecursionlimit(before)


@pytest.mark.parametrize("kind", list(DEEP_INPUTS))
def test_deep_nesting_is_the_same_refusal_under_a_raised_recursion_limit(tmp_path, recursion_limit, kind):
    from appliance.eval.lines import load_gate
    from appliance.eval.suite import load_suite
    from appliance.serving.routing import load_policy
    from appliance.tuning.recipe import load_recipe

    name, data, says = DEEP_INPUTS[kind]
    path = tmp_path / name
    path.write_bytes(data)
    reader = {"recipe": load_recipe, "gate": load_gate, "routing policy": load_policy, "suite pattern": load_suite}
    with pytest.raises(InvalidInputError) as info:
        reader[kind](path)
    assert str(path) in info.value.message and says in info.value.message, info.value.message


def test_group_depth_counts_only_groups():
    from appliance.nesting import group_depth

    assert group_depth(r"(a(b)c)") == 2
    assert group_depth(r"\(\(\(a") == 0
    assert group_depth(r"[(((]x") == 0
    assert group_depth(r"[]((]x(y)") == 1
    assert group_depth(r"[^](](z)") == 1
    assert group_depth("(?:" * 70 + ")" * 70) == 70
