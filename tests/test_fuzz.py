"""Fuzzing every parser of what an operator is handed (issue 25, "Beyond the list").

Recipes, bundles' metadata, evidence packages and kept checkpoints, auditor public keys, evaluation
suites and gate files, routing policies (with their token and CA files) and dataset files (JSON
Lines, CSV, text) are mutated by hypothesis from valid files: bytes flipped, inserted or cut, files truncated or emptied, values
nested 100,000 deep, numbers too long to read, wrong types, unknown keys, text that is not UTF-8,
byte-order marks and control characters. Each is given to the real function or command that reads
it. The property, for every input: it is accepted, or refused with an ``ApplianceError`` that has
a message (a named refusal, an exit code of its family in the CLI); never another exception (a
traceback, exit code 70), never a hang past the bound (hypothesis's ``deadline`` per example, and
an alarm that stops an example stuck in a loop), and nothing half-written (the home, the catalog's
rows, the install prefix or the package are as they were after a refusal).

``make test-fuzz`` runs this file (marker ``fuzz``; not part of ``make test``). Each test has a
fixed number of examples and a time budget (examples past the budget are skipped and counted);
the examples are derandomized so that CI runs the same ones every time. For a longer, random
search: ``APPLIANCE_FUZZ_SCALE=10 APPLIANCE_FUZZ_RANDOM=1 .venv/bin/pytest -m fuzz``. What a run
found is fixed in the parser and kept as a plain test in ``tests/test_fuzz_regressions.py``.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import tempfile
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appliance.errors import ApplianceError

pytestmark = [pytest.mark.fuzz, pytest.mark.filterwarnings("ignore:Generating overly large repr")]

SCALE = float(os.environ.get("APPLIANCE_FUZZ_SCALE", "1"))
RANDOM = os.environ.get("APPLIANCE_FUZZ_RANDOM") == "1"
PER_EXAMPLE_S = 20.0  # hypothesis's deadline; the alarm stops an example at twice this

# --- the bound and the budget -------------------------------------------------------------------


class Hang(Exception):
    """An example that ran past its bound: a parser that can be made to hang."""


STATS: dict[str, dict] = {}


class Budget:
    """The examples of one test: each under an alarm, all within ``seconds`` (the ones past it are
    skipped and counted, so a slow machine shortens the search instead of the run failing)."""

    def __init__(self, name: str, seconds: float):
        self.name, self.seconds = name, seconds * SCALE
        self.start: float | None = None
        STATS[name] = self.stats = {"run": 0, "skipped": 0, "accepted": 0, "refused": 0, "seconds": 0.0}

    @contextlib.contextmanager
    def example(self):
        now = time.monotonic()
        if self.start is None:
            self.start = now
        if now - self.start > self.seconds:
            self.stats["skipped"] += 1
            yield False
            return

        def stop(signum, frame):
            raise Hang(f"{self.name}: an example ran past {2 * PER_EXAMPLE_S:.0f} s")

        old = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, 2 * PER_EXAMPLE_S)
        try:
            yield True
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
            self.stats["run"] += 1
            self.stats["seconds"] = time.monotonic() - self.start

    def outcome(self, accepted: bool) -> None:
        self.stats["accepted" if accepted else "refused"] += 1


def fuzz(examples: int):
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=datetime.timedelta(seconds=PER_EXAMPLE_S),
        derandomize=not RANDOM,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )


@pytest.fixture(scope="module", autouse=True)
def _report(request):
    """The examples each test ran, printed at the end of the module."""
    yield
    tr = request.config.pluginmanager.getplugin("terminalreporter")
    cm = request.config.pluginmanager.getplugin("capturemanager")
    if tr is None:
        return
    with cm.global_and_fixture_disabled() if cm else contextlib.nullcontext():
        tr.write("\n")
        for name, s in STATS.items():
            tr.write_line(
                f"fuzz {name}: {s['run']} examples ({s['accepted']} accepted, {s['refused']} refused, "
                f"{s['skipped']} past the budget) in {s['seconds']:.1f} s"
            )
    STATS.clear()


def refusal(call, *args, **kwargs):
    """``(result, None)`` or ``(None, the ApplianceError)``; any other exception fails the example."""
    try:
        return call(*args, **kwargs), None
    except ApplianceError as exc:
        assert exc.message.strip(), f"{type(exc).__name__} without a message"
        return None, exc


def cli(capsys, *args) -> tuple[int, str, str]:
    """``appliance ARGS`` in this process: never an internal error, a refusal always says why."""
    from conftest import run

    code, out, err = run(capsys, *args)
    assert code != 70 and "Traceback" not in err and "Internal error" not in err, (args, code, err[-3000:])
    assert code == 0 or err.strip(), (args, code, out)
    return code, out, err


def changed(before: dict, after: dict) -> list[str]:
    """The entries of two listings that differ."""
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def listing(root: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Every file (its SHA-256), folder and link under ``root``, but the names in ``skip``."""
    out = {}
    for p in sorted(root.rglob("*")) if root.exists() else []:
        rel = p.relative_to(root).as_posix()
        if any(rel == s or rel.startswith(s) for s in skip):
            continue
        if p.is_symlink():
            out[rel] = "-> " + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            out[rel] = "dir"
    return out


AUDIT_TABLES = ("audit_records", "audit_checkpoints", "audit_state")


def row_counts(home: Path) -> dict[str, int]:
    """Rows per catalog table, but the audit log's (a refusal is recorded there, on purpose)."""
    conn = sqlite3.connect(f"file:{home / 'catalog.db'}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names if n not in AUDIT_TABLES}
    finally:
        conn.close()


HOME_SKIP = ("catalog.db", "agent", "logs", "tmp")  # the catalog is compared by its rows


def primed(capsys, home: Path) -> Path:
    """``home`` as every command leaves it (the first one writes its app-version): run one that
    changes nothing else, once."""
    done = _SCRATCH.setdefault("primed", set())
    if home not in done:
        assert cli(capsys, "--home", str(home), "audit", "auditors")[0] == 0
        done.add(home)
    return home


# --- mutations ----------------------------------------------------------------------------------

DEPTHS = [3, 33, 600, 5_000, 100_000]
HUGE = "9" * 5_000  # longer than Python reads as a number by default (4,300 digits)
TOKENS = [
    b"",
    b"\x00",
    b"\xff",
    b"\xc3",  # the first byte of a two-byte character, alone
    b"\xed\xa0\x80",  # a surrogate, encoded
    b"\xef\xbb\xbf",  # a byte-order mark
    b"\xff\xfe",
    b"\x1b[2J",
    b"\r",
    b"\n",
    b"\t",
    b"\x7f",
    "\u2028".encode(),
    "\u0085".encode(),  # and the form feed: characters str.splitlines() splits on
    b"\x0c",
    "\u202e".encode(),
    b'"',
    b"'",
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b":",
    b"=",
    b"#",
    b".",
    HUGE.encode(),
    b"1e999",
    b"-1",
    b"0",
    b"nan",
    b"inf",
    b"-0.0",
    b"18446744073709551616",
    b"1979-05-27T07:32:00Z",
    b"true",
    b"null",
    b"[]",
    b"{}",
    b'""',
    b"[x]\n",
    b"[[x]]\n",
    b"x = 1\n",
    b"/../../etc/passwd",
]
NESTS = [(b"[", b"]"), (b'{"a":', b"}"), (b"{a=", b"}"), (b"[{a=[", b"]}]")]


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """``seed`` with one to four byte-level changes."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "byte", "cut", "drop", "insert", "nest", "repeat", "bom", "empty"]))
        i = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            i = min(i, len(data) - 1)
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "byte":
            data[i : i + 1] = bytes([draw(st.integers(0, 255))])
        elif op == "cut":
            del data[i:]
        elif op == "drop":
            del data[i : i + draw(st.integers(1, 40))]
        elif op == "insert":
            data[i:i] = draw(st.sampled_from(TOKENS))
        elif op == "nest":
            opening, closing = draw(st.sampled_from(NESTS))
            n = draw(st.sampled_from(DEPTHS))
            data[i:i] = opening * n + b"1" + closing * n
        elif op == "repeat":
            chunk = bytes(data[i : i + draw(st.integers(1, 64))])
            data[i:i] = chunk * draw(st.integers(1, 200))
        elif op == "bom":
            data[0:0] = b"\xef\xbb\xbf"
        elif op == "empty":
            data = bytearray(draw(st.sampled_from([b"", b"\n", b" ", b"\xef\xbb\xbf", b"\x00"])))
    return bytes(data)


# Sentinel strings, replaced after serializing (the serializers cannot write them: json.dumps
# refuses an integer of 5,000 digits, and recursion stops it long before 100,000 levels).
SENTINELS = {
    "\x00HUGE\x00": HUGE,
    "\x00NEGHUGE\x00": "-" + HUGE,
    "\x00DEEP_LIST\x00": "[" * 100_000 + "]" * 100_000,
    "\x00DEEP_LIST_600\x00": "[" * 600 + "]" * 600,
    "\x00DEEP_OBJ\x00": '{"a":' * 20_000 + "1" + "}" * 20_000,
    "\x00DEEP_INLINE\x00": "{a=" * 20_000 + "1" + "}" * 20_000,
}

_text = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        ["", " ", "\x00", "\ud800", "\u202e", "\x1b[31m", "../../x", "a" * 70_000, "ü", "\u2028", "\x85", "\x0c"]
    ),
)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([-1, 0, 1, 2**31, 2**63, 2**64, -(2**63) - 1, 10**300]),
    st.floats(),
    _text,
    st.sampled_from(sorted(SENTINELS)),
    st.sampled_from([datetime.date(1979, 5, 27), datetime.time(7, 32)]),
)
values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4), max_leaves=10
)


def _slots(node, path=()):
    """Every (container, key) in a parsed document."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield node, k
            yield from _slots(v)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield node, i
            yield from _slots(v)


@st.composite
def edited(draw, doc):
    """``doc`` (parsed JSON or TOML) with one to three values replaced, removed, or added as
    unknown keys: wrong types, huge numbers, deep nesting, odd text."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        slots = list(_slots(doc))
        if not slots:
            return draw(values)
        container, key = draw(st.sampled_from(slots))
        op = draw(st.sampled_from(["replace", "replace", "replace", "delete", "add", "retype"]))
        if op == "replace":
            container[key] = draw(values)
        elif op == "retype":
            v = container[key]
            container[key] = [v] if not isinstance(v, list) else {"x": v}
        elif op == "delete":
            del container[key]
        elif isinstance(container, dict):
            container[draw(_text)] = draw(values)
        else:
            container.append(draw(values))
    return doc


def _restore(text: str) -> str:
    for k, v in SENTINELS.items():
        text = text.replace(json.dumps(k), v)
    return text


def to_json(doc, ascii_only: bool = True) -> bytes:
    def default(o):
        return o.isoformat()

    text = json.dumps(doc, ensure_ascii=ascii_only, default=default)
    return _restore(text).encode("utf-8", "surrogatepass")


def _toml_value(v) -> str:
    if v is None:
        return '""'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(repr(v), repr(v))
    if isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return "{" + ", ".join(f"{json.dumps(str(k))} = {_toml_value(x)}" for k, x in v.items()) + "}"


def to_toml(doc) -> bytes:
    """A TOML document with every top-level key as one line (tables inline)."""
    if not isinstance(doc, dict):
        doc = {"x": doc}
    text = "\n".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in doc.items()) + "\n"
    return _restore(text).encode("utf-8", "surrogatepass")


def toml_or_bytes(seed: bytes):
    """Byte-level mutations of a TOML file, or its parsed document edited and written again."""
    return st.one_of(mutated(seed), edited(tomllib.loads(seed.decode())).map(to_toml))


# --- recipes ------------------------------------------------------------------------------------

RECIPE = (Path(__file__).parent.parent / "appliance" / "tuning" / "presets" / "cpu-quick.toml").read_bytes()


@fuzz(1000)
@given(data=toml_or_bytes(RECIPE))
def test_fuzz_recipes(tmp_path_factory, data):
    """``load_recipe`` (what `appliance train --recipe` and `lines create --recipe` read)."""
    from appliance.tuning.recipe import load_recipe

    budget = _budget("recipes", 15)
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


_BUDGETS: dict[str, Budget] = {}
_SCRATCH: dict = {}  # per session: scratch root, the auditor key, primed homes, the operator home


def _budget(name: str, seconds: float) -> Budget:
    if name not in _BUDGETS or _BUDGETS[name].name not in STATS:
        _BUDGETS[name] = Budget(name, seconds)
    return _BUDGETS[name]


@contextlib.contextmanager
def scratch(factory):
    """A fresh, empty folder for one example, removed after it."""
    root = _SCRATCH.setdefault("root", factory.mktemp("fuzz"))
    with tempfile.TemporaryDirectory(dir=root) as d:
        yield Path(d)


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
    budget = _budget("bundle metadata (verify)", 25)
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
    budget = _budget("bundle metadata (install)", 20)
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
    budget = _budget("bundle release.json (signed)", 20)
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

    from appliance.audit import cli as audit_cli

    r = CliRunner().invoke(
        audit_cli.verify, [str(package), "--key", str(clean["key"]), "--out", str(out), *args], catch_exceptions=True
    )
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    assert r.exit_code in (0, 1) and r.output.strip(), (r.exit_code, r.output)
    return r.exit_code, r.output


def _jsonl_edit(seed: bytes):
    lines = seed.decode().splitlines()

    @st.composite
    def edit(draw):
        i = draw(st.integers(0, len(lines) - 1))
        doc = draw(edited(json.loads(lines[i])))
        new = [*lines[:i], to_json(doc).decode("utf-8", "surrogatepass"), *lines[i + 1 :]]
        return "\n".join(new).encode("utf-8", "surrogatepass") + b"\n"

    return edit()


def _file_damage(seed: bytes, jsonl: bool):
    structured = _jsonl_edit(seed) if jsonl else edited(json.loads(seed)).map(to_json)
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
    budget = _budget("evidence packages", 20)
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
    budget = _budget("kept checkpoints (appliance-audit verify)", 8)
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
    budget = _budget("kept checkpoints (appliance audit verify)", 10)
    home = _SCRATCH.get("operator-home")
    if home is None:
        home = _SCRATCH["operator-home"] = tmp_path_factory.mktemp("operator") / "home"
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

P = "--passphrase-file"


@st.composite
def public_keys(draw, seed: bytes):
    """An auditor.pub: mutated bytes, or its three fields (prefix, key, name) each maybe wrong."""
    if draw(st.booleans()):
        return draw(mutated(seed))
    prefix = draw(st.sampled_from(["appliance-auditor-v1", "appliance-auditor-v2", "", "APPLIANCE-AUDITOR-V1"]))
    raw = draw(st.one_of(st.binary(min_size=32, max_size=32), st.binary(max_size=80)))
    import base64

    key = draw(st.sampled_from([base64.b64encode(raw).decode(), base64.b64encode(raw).decode()[:-2], "***", ""]))
    name = draw(_text)
    sep = draw(st.sampled_from([" ", "  ", "\t", "\n"]))
    return f"{prefix}{sep}{key}{sep}{name}\n".encode("utf-8", "surrogatepass")


def _auditor_pub(factory) -> bytes:
    from appliance.audit.cli import keygen_files

    if "pub" not in _SCRATCH:
        _SCRATCH["pub"] = keygen_files(factory.mktemp("auditor"), "Inspectorate", None)[1].read_bytes()
    return _SCRATCH["pub"]


@fuzz(600)
@given(data=st.data())
def test_fuzz_auditor_public_keys(home, catalog, unlocked, tmp_path_factory, data):
    """What `appliance audit add-auditor FILE` runs (the audited action around
    ``AuditLog.add_auditor`` with the file's bytes, with the workspace unlocked once): the auditor
    registered, or a named refusal with the auditors, the catalog's rows and the home unchanged."""
    from appliance.audit.actions import action
    from appliance.audit.log import AuditLog

    new = data.draw(public_keys(_auditor_pub(tmp_path_factory)))
    budget = _budget("auditor public keys", 12)
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
    budget = _budget("auditor public keys (CLI)", 15)
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
    jsonl = st.one_of(mutated(SUITE_JSONL), _jsonl_edit(SUITE_JSONL)).map(lambda b: (b, ".jsonl"))
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
    budget = _budget("suites", 35)
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
    budget = _budget("suites (CLI import)", 15)
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
    suite = _SCRATCH.setdefault("gate-suite", parse_suite(SUITE_TOML, "fz.toml", suffix=".toml"))
    budget = _budget("gate files", 15)
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
    budget = _budget("routing policies", 20)
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
            strategies.append(_jsonl_edit(seed))
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
    budget = _budget("dataset files", 25)
    if home.root not in _SCRATCH.setdefault("seeded", set()):  # the workspace's dataset-id key, made once
        seed = tmp_path_factory.mktemp("seed") / "chat.jsonl"
        seed.write_bytes(DATASET_SEEDS["chat.jsonl"])
        datasets.import_file(seed, name="seed")
        _SCRATCH["seeded"].add(home.root)
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
    budget = _budget("dataset files (CLI import)", 15)
    primed(capsys, home.root)
    if home.root not in _SCRATCH.setdefault("seeded", set()):  # the workspace's dataset-id key, made once
        seed = tmp_path_factory.mktemp("seed") / "chat.jsonl"
        seed.write_bytes(DATASET_SEEDS["chat.jsonl"])
        assert cli(capsys, P, pfile, "datasets", "import", str(seed), "--name", "seed", "--tokenizer", "none")[0] == 0
        _SCRATCH["seeded"].add(home.root)
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
