"""Fuzzing of what an operator is handed that is signed or sealed (issue 25, "Beyond the list"):
bundles' metadata (``appliance-bundle verify``/``install``), evidence packages and kept checkpoints
(``appliance-audit verify``, ``appliance audit verify``) and auditor public keys (``appliance audit
add-auditor``). The property and the machinery are tests/test_fuzz.py's (tests/fuzzing.py): accepted
or a named refusal, never a traceback or a hang, nothing half-written; ``make test-fuzz`` runs both.
"""

from __future__ import annotations

import json
import os
import shutil
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
    odd_text,
    primed,
    refusal,
    row_counts,
    scratch,
    to_json,
)
from hypothesis import given
from hypothesis import strategies as st

pytestmark = [pytest.mark.fuzz, pytest.mark.filterwarnings("ignore:Generating overly large repr")]


@pytest.fixture(scope="module", autouse=True)
def _report(request):
    yield from fuzzing.report(request)


# --- bundles' metadata (appliance-bundle verify / install) ---------------------------------------

CPU_ONLY = {"nvidia_driver": False, "gpu_capabilities": []}
WITH_GPU = {"nvidia_driver": True, "gpu_capabilities": ["90"]}


@pytest.fixture(scope="module")
def bundle_site(tmp_path_factory):
    """A release state (one root key, one release key), a bundle of version 1.0.0 installed in a
    prefix, and a signed bundle of 1.1.0 (built with the signing code itself, as tests/test_bundle.py
    does)."""
    from appliance.bundle.install import Installer
    from appliance.bundle.sign import init_state, keygen, load_signer, rotate_root, sign_bundle

    root = tmp_path_factory.mktemp("bundle-site")
    keys = root / "keys"
    for name in ("root1", "release"):
        keygen(keys, name)
    state = root / "state"
    init_state(state, [keys / "root1.pub"], keys / "release.pub", 1, [load_signer(keys / "root1.key")])
    keygen(keys, "root2")  # a rotation, so that the bundle carries a root the installer reads (2.root.json)
    rotate_root(state, [load_signer(keys / "root1.key")], [keys / "root2.pub"], 1, [load_signer(keys / "root2.key")])
    release = load_signer(keys / "release.key")

    def make(dest: Path, release_json: bytes) -> Path:
        (dest / "targets" / "app").mkdir(parents=True)
        (dest / "targets" / "release.json").write_bytes(release_json)
        (dest / "targets" / "app" / "appliance.txt").write_text("the application\n")
        (dest / "targets" / "variants" / "cuda").mkdir(parents=True)
        (dest / "targets" / "variants" / "cuda" / "runtime.txt").write_text("cuda runtime\n")
        sign_bundle(dest, state, release)
        return dest

    def release_json(version: str) -> dict:
        return {
            "product": "sovereign-appliance",
            "version": version,
            "variants": {"cpu": {"runtime": "cpu-portable"}, "cuda": {"cuda_architectures": ["80", "90"]}},
        }

    prefix = root / "installed"
    first = make(root / "b-1.0.0", json.dumps(release_json("1.0.0")).encode())
    Installer(prefix).install(first, root=state / "1.root.json", facts=CPU_ONLY)
    second = make(root / "b-1.1.0", json.dumps(release_json("1.1.0")).encode())
    return {
        "root_file": state / "1.root.json",
        "prefix": prefix,
        "bundle": second,
        "make": make,
        "release_json": release_json("1.2.0"),
    }


# 1.root.json is in the bundle, but an installer that was given it with --root reads 2.root.json only.
BUNDLE_FILES = [
    *["metadata/2.root.json", "metadata/timestamp.json", "metadata/snapshot.json"] * 2,
    "metadata/targets.json",
]
BUNDLE_FILES += ["metadata/targets.json", "metadata/1.root.json"]


@st.composite
def bundle_damage(draw, site):
    """(file, its new bytes): one metadata file of the bundle, or the root given with --root."""
    name = draw(st.sampled_from([*BUNDLE_FILES, "--root"]))
    seed = (site["root_file"] if name == "--root" else site["bundle"] / name).read_bytes()
    new = draw(st.one_of(mutated(seed), edited(json.loads(seed)).map(to_json)))
    return name, new


def _damaged_bundle(site, tmp: Path, name: str, new: bytes) -> tuple[Path, Path]:
    bundle = tmp / "bundle"
    shutil.copytree(site["bundle"], bundle)
    root = tmp / "root.json"
    shutil.copy(site["root_file"], root)
    (root if name == "--root" else bundle / name).write_bytes(new)
    return bundle, root


@fuzz(300)
@given(data=st.data())
def test_fuzz_bundle_metadata_verify(tmp_path_factory, bundle_site, data):
    """`appliance-bundle verify` on a machine that trusts no root yet: the bundle's TUF metadata
    and the root given with --root, damaged; the bundle as a folder or as a tar archive."""
    import tarfile

    from appliance.bundle.install import Installer

    name, new = data.draw(bundle_damage(bundle_site))
    as_archive = data.draw(st.booleans())
    budget = budget_for("bundle metadata (verify)", 25)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        bundle, root = _damaged_bundle(bundle_site, tmp, name, new)
        if as_archive:
            with tarfile.open(tmp / "bundle.tar", "w") as tar:
                tar.add(bundle, arcname="appliance-bundle")
            shutil.rmtree(bundle)
            bundle = tmp / "bundle.tar"
        before = listing(tmp)
        report, exc = refusal(Installer(tmp / "prefix").verify, bundle, root=root)
        assert not (tmp / "prefix").exists(), "verify wrote under the prefix"
        assert listing(tmp) == before, "verify changed the bundle"
        if exc is None:
            assert report["version"] == "1.1.0" and report["files"] == 3
        budget.outcome(exc is None)


@fuzz(200)
@given(data=st.data())
def test_fuzz_bundle_metadata_install(tmp_path_factory, bundle_site, data):
    """`appliance-bundle install` of a damaged 1.1.0 over an installed 1.0.0: refused with the
    install prefix exactly as it was, or installed whole."""
    from appliance.bundle.install import Installer

    name, new = data.draw(bundle_damage(bundle_site))
    budget = budget_for("bundle metadata (install)", 20)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        bundle, root = _damaged_bundle(bundle_site, tmp, name, new)
        prefix = tmp / "prefix"
        shutil.copytree(bundle_site["prefix"], prefix, symlinks=True)
        before = listing(prefix)
        report, exc = refusal(Installer(prefix).install, bundle, root=root, facts=CPU_ONLY)
        if exc is not None:
            assert listing(prefix) == before, f"a refused install changed the prefix ({exc.message})"
        else:
            assert os.readlink(prefix / "current") == "versions/1.1.0"
            assert Installer(prefix).installed()["current"] == "1.1.0"
        budget.outcome(exc is None)


@fuzz(250)
@given(data=st.data())
def test_fuzz_bundle_release_json_signed(tmp_path_factory, bundle_site, data):
    """A bundle whose release.json is malformed but signed (a broken build, or a release key in
    the wrong hands): verify and install name the problem, never a traceback, and a refused
    install leaves nothing behind."""
    from appliance.bundle.install import Installer

    seed = json.dumps(bundle_site["release_json"]).encode()
    release = data.draw(st.one_of(mutated(seed), edited(bundle_site["release_json"]).map(to_json)))
    facts = data.draw(st.sampled_from([CPU_ONLY, WITH_GPU, {"nvidia_driver": True, "gpu_capabilities": ["50"]}]))
    variant = data.draw(st.sampled_from([None, None, "cpu", "cuda", "x"]))
    budget = budget_for("bundle release.json (signed)", 20)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        bundle = bundle_site["make"](tmp / "bundle", release)
        prefix = tmp / "prefix"
        report, exc = refusal(
            Installer(prefix).install, bundle, root=bundle_site["root_file"], facts=facts, variant=variant
        )
        if exc is not None:
            assert not (prefix / "current").exists() and not list((prefix / "versions").glob("*"))
        else:
            assert (prefix / "current").resolve().name == report["version"]
        budget.outcome(exc is None)


# --- evidence packages and kept checkpoints (appliance-audit verify, appliance audit verify) ------

PACKAGE_FILES = ["manifest.json", "keys.json", "records.jsonl", "checkpoints.jsonl", "proofs.jsonl"]


@pytest.fixture(scope="module")
def evidence(tmp_path_factory):
    """The tamper suite's clean log (a workspace of N records, an auditor, the clean package and
    the checkpoint kept from it) and what `appliance-audit verify` decrypts from the clean package."""
    import test_audit_tamper as tamper

    clean = tamper.clean.__wrapped__(tmp_path_factory)
    out = tmp_path_factory.mktemp("clean-report") / "rep"
    code, text = _auditor_verify(clean, clean["pkg"], out)
    assert code == 0 and text.startswith("PASS"), text
    return {**clean, "records": (out / "records.jsonl").read_bytes()}


def _auditor_verify(clean, package: Path, out: Path, *args) -> tuple[int, str]:
    """`appliance-audit verify` (its click command; the group adds only the process guards)."""
    from click.testing import CliRunner

    from appliance.cli import auditor as audit_cli

    r = CliRunner().invoke(
        audit_cli.verify, [str(package), "--key", str(clean["key"]), "--out", str(out), *args], catch_exceptions=True
    )
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    assert r.exit_code in (0, 1) and r.output.strip(), (r.exit_code, r.output)
    return r.exit_code, r.output


def _file_damage(seed: bytes, jsonl: bool):
    structured = jsonl_edited(seed) if jsonl else edited(json.loads(seed)).map(to_json)
    return st.one_of(mutated(seed), structured)


def _rehash(pkg: Path) -> None:
    """Fix the manifest's hashes, as anyone can, so that the damage is read past the manifest."""
    from appliance.audit.package import _sha256

    try:
        manifest = json.loads((pkg / "manifest.json").read_bytes())
    except (ValueError, RecursionError):
        return
    if isinstance(manifest, dict) and isinstance(manifest.get("files"), dict):
        files = manifest["files"]
        manifest["files"] = {
            n: _sha256(pkg / n) if n in PACKAGE_FILES and (pkg / n).is_file() else h for n, h in files.items()
        }
        (pkg / "manifest.json").write_text(json.dumps(manifest))


@fuzz(500)
@given(data=st.data())
def test_fuzz_evidence_packages(tmp_path_factory, evidence, data):
    """`appliance-audit verify PACKAGE` on a package with one file damaged (the manifest's hashes
    fixed or not): PASS only with the same decrypted records, else FAIL or a named refusal (then
    no report is written), never a traceback; the package itself is never changed."""
    name = data.draw(st.sampled_from(PACKAGE_FILES))
    seed = (evidence["pkg"] / name).read_bytes()
    new = data.draw(_file_damage(seed, name.endswith(".jsonl")))
    rehash = data.draw(st.booleans())
    budget = budget_for("evidence packages", 20)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        pkg = tmp / "pkg"
        shutil.copytree(evidence["pkg"], pkg)
        (pkg / name).write_bytes(new)
        if rehash:
            _rehash(pkg)
        before = listing(pkg)
        code, out = _auditor_verify(evidence, pkg, tmp / "rep")
        assert listing(pkg) == before, "verify changed the package"
        if code == 0:
            assert out.startswith("PASS"), out
            assert (tmp / "rep" / "records.jsonl").read_bytes() == evidence["records"], "damaged records passed"
        elif out.startswith("Error:"):
            assert not (tmp / "rep").exists() or not any((tmp / "rep").iterdir()), "a refusal wrote a report"
        else:
            assert out.startswith("FAIL"), out
        budget.outcome(code == 0)


@fuzz(300)
@given(data=st.data())
def test_fuzz_kept_checkpoints_auditor(tmp_path_factory, evidence, data):
    """`appliance-audit verify --checkpoint KEPT` with the kept checkpoint damaged."""
    seed = evidence["kept"].read_bytes()
    new = data.draw(_file_damage(seed, False))
    budget = budget_for("kept checkpoints (appliance-audit verify)", 8)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        kept = tmp / "kept.json"
        kept.write_bytes(new)
        code, out = _auditor_verify(evidence, evidence["pkg"], tmp / "rep", "--checkpoint", str(kept))
        assert code == 0 or out.startswith(("FAIL", "Error:")), out
        assert kept.read_bytes() == new
        budget.outcome(code == 0)


@fuzz(200)
@given(data=st.data())
def test_fuzz_kept_checkpoints_operator(tmp_path_factory, evidence, capsys, data):
    """`appliance audit verify --checkpoint KEPT` (the operator's live verification) with the kept
    checkpoint damaged: exit 0, 4 (not a kept checkpoint) or 11 (does not match), the home unchanged."""
    new = data.draw(_file_damage(evidence["kept"].read_bytes(), False))
    budget = budget_for("kept checkpoints (appliance audit verify)", 10)
    home = SESSION.get("operator-home")
    if home is None:
        home = SESSION["operator-home"] = tmp_path_factory.mktemp("operator") / "home"
        shutil.copytree(evidence["home"], home)
        primed(capsys, home)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        kept = tmp / "kept.json"
        kept.write_bytes(new)
        before, rows = listing(home, skip=HOME_SKIP), row_counts(home)
        code, out, err = cli(capsys, "--home", str(home), "audit", "verify", "--checkpoint", str(kept))
        assert code in (0, 4, 11), (code, out, err)
        assert listing(home, skip=HOME_SKIP) == before and row_counts(home) == rows
        budget.outcome(code == 0)


# --- auditor public keys (appliance audit add-auditor) -------------------------------------------


@st.composite
def public_keys(draw, seed: bytes):
    """An auditor.pub: mutated bytes, or its three fields (prefix, key, name) each maybe wrong."""
    if draw(st.booleans()):
        return draw(mutated(seed))
    prefix = draw(st.sampled_from(["appliance-auditor-v1", "appliance-auditor-v2", "", "APPLIANCE-AUDITOR-V1"]))
    raw = draw(st.one_of(st.binary(min_size=32, max_size=32), st.binary(max_size=80)))
    import base64

    key = draw(st.sampled_from([base64.b64encode(raw).decode(), base64.b64encode(raw).decode()[:-2], "***", ""]))
    name = draw(odd_text)
    sep = draw(st.sampled_from([" ", "  ", "\t", "\n"]))
    return f"{prefix}{sep}{key}{sep}{name}\n".encode("utf-8", "surrogatepass")


def _auditor_pub(factory) -> bytes:
    from appliance.cli.auditor import keygen_files

    if "pub" not in SESSION:
        SESSION["pub"] = keygen_files(factory.mktemp("auditor"), "Inspectorate", None)[1].read_bytes()
    return SESSION["pub"]


@fuzz(600)
@given(data=st.data())
def test_fuzz_auditor_public_keys(home, catalog, unlocked, tmp_path_factory, data):
    """What `appliance audit add-auditor FILE` runs (the audited action around
    ``AuditLog.add_auditor`` with the file's bytes, with the workspace unlocked once): the auditor
    registered, or a named refusal with the auditors, the catalog's rows and the home unchanged."""
    from appliance.audit.actions import action
    from appliance.audit.log import AuditLog

    new = data.draw(public_keys(_auditor_pub(tmp_path_factory)))
    budget = budget_for("auditor public keys", 12)
    with budget.example() as go:
        if not go:
            return
        before, rows = listing(home.root, skip=HOME_SKIP), row_counts(home.root)

        def register():
            with action(catalog, "audit.add-auditor") as act, catalog.atomic():
                act.add_object(AuditLog(catalog).add_auditor(unlocked, new)["auditor_id"])

        _, exc = refusal(register)
        after = row_counts(home.root)
        if exc is None:
            assert after["auditors"] == rows["auditors"] + 1
        else:
            assert after == rows and listing(home.root, skip=HOME_SKIP) == before, exc.message
        budget.outcome(exc is None)


@fuzz(30)
@given(data=st.data())
def test_fuzz_auditor_public_keys_cli(home, pfile, capsys, tmp_path_factory, data):
    """`appliance audit add-auditor FILE` itself (each call unlocks the workspace: fewer examples)."""
    new = data.draw(public_keys(_auditor_pub(tmp_path_factory)))
    budget = budget_for("auditor public keys (CLI)", 15)
    primed(capsys, home.root)
    with budget.example() as go, scratch(tmp_path_factory) as tmp:
        if not go:
            return
        pub = tmp / "auditor.pub"
        pub.write_bytes(new)
        before, rows = listing(home.root, skip=HOME_SKIP), row_counts(home.root)
        code, out, err = cli(capsys, P, pfile, "audit", "add-auditor", str(pub))
        after = row_counts(home.root)
        if code == 0:
            assert after["auditors"] == rows["auditors"] + 1, out
        else:
            assert code == 4, (code, err)
            assert after == rows and not changed(before, listing(home.root, skip=HOME_SKIP)), err
        budget.outcome(code == 0)
