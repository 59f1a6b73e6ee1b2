"""Shared fixtures: a private home per test, the network guard, tiny models, served exports.

Every test runs with the network guard installed and ``APPLIANCE_NETGUARD_LOG`` pointing at a
file that child processes (the converter, the quantizer, ``appliance serve``) append to; a test
during which anything tried to reach a non-loopback address fails.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Key derivation with the vault's test-only parameters (appliance/security/vault.py KDF_TEST): the
# suite derives keys thousands of times. Outside the suite a vault made with them is refused
# (tests/test_vault.py::test_the_test_only_kdf_is_refused_outside_the_test_suite).
os.environ["APPLIANCE_TEST_KDF"] = "1"
# The core's messages in English whatever the machine's LANG (tests that need another language say
# so), and every core message with an id: a plain string raised as an ApplianceError is a TypeError.
os.environ["APPLIANCE_LANGUAGE"] = "en"
os.environ["APPLIANCE_STRICT_MESSAGES"] = "1"
sys.path.insert(0, str(Path(__file__).parent))

from appliance import workspace
from appliance.offline import GUARD_LOG_ENV, apply_offline_env, install_network_guard  # noqa: E402

apply_offline_env()


@pytest.fixture(scope="session", autouse=True)
def netguard_log(tmp_path_factory) -> Path:
    log = tmp_path_factory.mktemp("netguard") / "violations.log"
    log.touch()
    os.environ[GUARD_LOG_ENV] = str(log)
    install_network_guard()
    return log


@pytest.fixture(autouse=True)
def home_dir(tmp_path, monkeypatch, netguard_log) -> Path:
    """Point APPLIANCE_HOME at a fresh directory; fail the test on any network attempt."""
    home = tmp_path / "home"
    monkeypatch.setenv("APPLIANCE_HOME", str(home))
    start = netguard_log.stat().st_size
    yield home
    from appliance.security import agent

    if home.exists():
        agent.stop(home)  # a session agent a test started must not outlive it
    with open(netguard_log, encoding="utf-8") as f:
        f.seek(start)
        attempts = f.read()
    assert not attempts, f"non-loopback network use during the test:\n{attempts}"


@pytest.fixture(autouse=True)
def messages_in_english():
    """A test that switches the language (the GUI's language menu, ``main(["--language", ...])``
    in-process) leaves the next test's messages in English again."""
    yield
    from appliance import messages

    messages.set_language(None)


PASSPHRASE = "correct horse battery staple"


def init_workspace(root: Path, passphrase: str = PASSPHRASE):
    """An initialised workspace (keys and audit log) at ``root``; returns its home."""
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault

    home = Home.open(root)
    with Catalog.open(home) as cat:
        workspace.init(Vault(cat), passphrase).forget()
    return home


@pytest.fixture
def fresh_home(home_dir):
    """A home with no workspace keys yet (for tests of `init` and of what needs it)."""
    from appliance.home import Home

    return Home.open(home_dir)


@pytest.fixture(scope="session")
def workspace_template(tmp_path_factory) -> Path:
    """One initialised workspace for the session, copied into each test's home (nothing in a home
    names its own path, so a copy is a whole workspace: same keys, its own files)."""
    root = tmp_path_factory.mktemp("workspace-template") / "home"
    init_workspace(root)
    return root


@pytest.fixture
def home(home_dir, workspace_template):
    """The usual test home: initialised with ``PASSPHRASE`` (every change needs a workspace)."""
    import shutil

    from appliance.home import Home

    shutil.copytree(workspace_template, home_dir, dirs_exist_ok=True)
    return Home.open(home_dir)


@pytest.fixture
def catalog(home):
    from appliance.catalog import Catalog

    with Catalog.open(home) as cat:
        yield cat


@pytest.fixture(scope="session")
def tokenizer_dirs(tmp_path_factory) -> dict[str, Path]:
    import tiny_models

    root = tmp_path_factory.mktemp("tokenizers")
    return {"bpe": tiny_models.smollm_tokenizer(root / "smollm"), "spm": tiny_models.spm_tokenizer(root / "spm")}


@pytest.fixture(scope="session")
def tiny_dirs(tmp_path_factory, tokenizer_dirs) -> dict[str, Path]:
    """Tiny random Llama, Mistral and Qwen2 models as Hugging Face folders (read-only use)."""
    import tiny_models

    root = tmp_path_factory.mktemp("tiny")
    return {
        "llama": tiny_models.build_llama(tokenizer_dirs["bpe"], root / "tiny-llama"),
        "qwen2": tiny_models.build_qwen2(tokenizer_dirs["bpe"], root / "tiny-qwen2"),
        "mistral": tiny_models.build_mistral(tokenizer_dirs["spm"], root / "tiny-mistral"),
    }


@pytest.fixture
def tiny_copy(tmp_path, tiny_dirs):
    """A writable copy of a tiny model folder, for tests that damage files."""
    import shutil

    def make(arch: str = "llama") -> Path:
        dest = tmp_path / f"copy-{arch}"
        shutil.copytree(tiny_dirs[arch], dest)
        return dest

    return make


@pytest.fixture(scope="session")
def served_home(tmp_path_factory, tiny_dirs) -> Path:
    """A home with the tiny Llama and Mistral imported and exported to f16 (verified)."""
    from appliance.catalog import Catalog
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore

    root = tmp_path_factory.mktemp("served") / "home"
    home = init_workspace(root)
    with Catalog.open(home) as cat:
        store = ModelStore(home, cat)
        for arch in ("llama", "mistral"):
            store.import_path(tiny_dirs[arch], name=f"tiny-{arch}")
            Exporter(home, cat).export(f"tiny-{arch}", "f16")
    return root


def pytest_collection_modifyitems(config, items):
    try:
        import torch

        has_gpu = torch.cuda.is_available()
    except Exception:  # noqa: BLE001
        has_gpu = False
    if not has_gpu:
        skip = pytest.mark.skip(reason="needs a CUDA GPU; none is present on this machine")
        for item in items:
            if "gpu" in item.keywords:
                item.add_marker(skip)


@pytest.fixture
def vault(catalog):
    from appliance.security.vault import Vault

    return Vault(catalog)


@pytest.fixture
def unlocked(vault):
    """The test workspace's unlocked master key."""
    mk = workspace.unlock(vault, PASSPHRASE)
    yield mk
    mk.forget()


@pytest.fixture
def fresh_vault(fresh_home):
    from appliance.catalog import Catalog
    from appliance.security.vault import Vault

    with Catalog.open(fresh_home) as cat:
        yield Vault(cat)


@pytest.fixture(scope="session")
def bpe_tokenizer(tokenizer_dirs):
    from appliance.models.hf import load_tokenizer

    return load_tokenizer(tokenizer_dirs["bpe"])


@pytest.fixture
def datasets(home, catalog, unlocked):
    from appliance.data.datasets import DatasetStore

    return DatasetStore(home, catalog, unlocked)


def serve_and_ask(
    home_root: Path, model: str, *, env: dict | None = None, ctx: int = 256, max_tokens: int = 4, question: str = "Hi"
) -> str:
    """`appliance serve MODEL` as its own process (as a user starts it), asked once through the
    official openai client, then stopped with SIGTERM. Returns the server's stderr; fails the
    test if it did not answer or did not stop cleanly."""
    import re
    import signal
    import subprocess

    import openai

    from appliance.home import Home
    from appliance.serving.token import get_or_create_token

    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "serve", model, "--port", "0", "--ctx", str(ctx)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "APPLIANCE_HOME": str(home_root), **(env or {})},
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
            base_url=f"http://127.0.0.1:{port}/v1",
            max_retries=0,
            timeout=120,
            api_key=get_or_create_token(Home.open(home_root)),
        )
        answer = client.chat.completions.create(
            model=model, max_tokens=max_tokens, temperature=0, messages=[{"role": "user", "content": question}]
        )
        assert answer.usage.completion_tokens >= 1
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return err


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory) -> Path:
    """The desktop application built once per session (``packaging/build_desktop.py``, several
    minutes): for the ``bundle`` tests only."""
    import json
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("desktop")
    root = Path(__file__).resolve().parent.parent
    r = subprocess.run(
        [
            sys.executable,
            str(root / "packaging" / "build_desktop.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=3000,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    info = json.loads(r.stdout[r.stdout.rindex("{\n") :])
    return Path(info["app"])


def run(capsys, *args):
    """``appliance ARGS`` in this process: ``(exit code, stdout, stderr)``."""
    from appliance.cli import main

    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def pfile(tmp_path) -> str:
    """A passphrase file holding the test workspace's passphrase."""
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE)
    return str(p)
