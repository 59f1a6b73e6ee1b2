"""What the fuzz tests (``make test-fuzz``: tests/test_fuzz.py, tests/test_fuzz_bundles_audit.py)
share: the bound on each example and the budget of each test, the property's checks (a refusal
is an ``ApplianceError`` with a message; the CLI never exits 70; a listing of a folder and the
catalog's row counts, to compare before and after a refusal), and the mutations (bytes changed,
inserted or cut; parsed documents edited: wrong types, huge numbers, deep nesting, odd text).

``APPLIANCE_FUZZ_SCALE`` multiplies every test's examples and budget; ``APPLIANCE_FUZZ_RANDOM=1``
draws new examples instead of the derandomized ones CI runs.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import hashlib
import json
import os
import signal
import sqlite3
import tempfile
import time
import tomllib
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from appliance.errors import ApplianceError

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


def report(request):
    """The examples each test of a module ran, printed at the end of it (a module fixture yields from this)."""
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
    done = SESSION.setdefault("primed", set())
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

odd_text = st.one_of(
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
    odd_text,
    st.sampled_from(sorted(SENTINELS)),
    st.sampled_from([datetime.date(1979, 5, 27), datetime.time(7, 32)]),
)
values = st.recursive(
    _scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4), max_leaves=10
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
            container[draw(odd_text)] = draw(values)
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


_BUDGETS: dict[str, Budget] = {}
SESSION: dict = {}  # per session: scratch root, the auditor key, primed homes, the operator home


def budget_for(name: str, seconds: float) -> Budget:
    """The budget of the test that calls it ``name``: ``seconds`` for all its examples."""
    if name not in _BUDGETS or _BUDGETS[name].name not in STATS:
        _BUDGETS[name] = Budget(name, seconds)
    return _BUDGETS[name]


@contextlib.contextmanager
def scratch(factory):
    """A fresh, empty folder for one example, removed after it."""
    root = SESSION.setdefault("root", factory.mktemp("fuzz"))
    with tempfile.TemporaryDirectory(dir=root) as d:
        yield Path(d)


def jsonl_edited(seed: bytes):
    """A JSON Lines file with one of its lines' documents edited (``edited``)."""
    lines = seed.decode().splitlines()

    @st.composite
    def edit(draw):
        i = draw(st.integers(0, len(lines) - 1))
        doc = draw(edited(json.loads(lines[i])))
        new = [*lines[:i], to_json(doc).decode("utf-8", "surrogatepass"), *lines[i + 1 :]]
        return "\n".join(new).encode("utf-8", "surrogatepass") + b"\n"

    return edit()


P = "--passphrase-file"  # the CLI's option: the test workspace's passphrase from a file
