"""Signed offline bundles: signing, verify-before-install, updates and rollback, and the attacks
the installer defends against, each named after the attack (TUF's threat model). Small bundles
are built here with the signing code itself; `tests/test_bundle_build.py` builds a real one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from appliance.bundle.install import Installer, choose_variant, machine_facts
from appliance.bundle.sign import BundleError, init_state, keygen, load_signer, rotate_root, sign_bundle


@pytest.fixture
def site(tmp_path):
    """Release keys and state (2-of-3 root), and a function that makes signed bundles."""
    keys = tmp_path / "keys"
    for name in ("root1", "root2", "root3", "release"):
        keygen(keys, name)
    state = tmp_path / "state"
    signers = [load_signer(keys / f"root{i}.key") for i in (1, 2)]
    init_state(state, [keys / f"root{i}.pub" for i in (1, 2, 3)], keys / "release.pub", 2, signers)
    release = load_signer(keys / "release.key")

    def make(version: str, files: dict | None = None, *, days: int = 30, release_info: dict | None = None) -> Path:
        b = tmp_path / f"bundle-{version}-{len(list(tmp_path.glob('bundle-*')))}"
        (b / "targets" / "app").mkdir(parents=True)
        (b / "targets" / "release.json").write_text(
            json.dumps({"product": "sovereign-appliance", "version": version, **(release_info or {})})
        )
        for rel, text in (files or {"app/appliance.txt": f"the application, version {version}\n"}).items():
            (b / "targets" / rel).parent.mkdir(parents=True, exist_ok=True)
            (b / "targets" / rel).write_text(text)
        sign_bundle(b, state, release, timestamp_days=days)
        return b

    return {"keys": keys, "state": state, "make": make, "root": state / "1.root.json", "tmp": tmp_path}


def _prefix(site) -> Path:
    return site["tmp"] / "install"


def _assert_untouched(prefix: Path, before: dict | None):
    """Nothing installed: the previous version is current and intact, no staging left behind."""
    inst = Installer(prefix)
    state = inst.installed()
    if before is None:
        assert (
            state["current"] is None and not (prefix / "versions").exists() or not any((prefix / "versions").iterdir())
        )
        return
    assert state == before
    cur = (prefix / "current").resolve()
    assert cur.name == before["current"] and (cur / "release.json").is_file()
    assert not list((prefix / "versions").glob(".staging-*"))


def test_install_update_and_deliberate_rollback(site):
    prefix = _prefix(site)
    inst = Installer(prefix)
    with pytest.raises(BundleError, match="no trusted root"):
        inst.install(site["make"]("1.0.0"))
    rep = inst.install(site["make"]("1.0.0"), root=site["root"])
    assert rep["version"] == "1.0.0" and (prefix / "current" / "app" / "appliance.txt").read_text().endswith("1.0.0\n")
    inst.install(site["make"]("1.1.0"))  # later bundles are checked against the trusted state alone
    assert (prefix / "current").resolve().name == "1.1.0"
    st = inst.rollback()
    assert st["current"] == "1.0.0" and st["history"][-1]["action"] == "rollback"
    assert (prefix / "current" / "app" / "appliance.txt").read_text().endswith("1.0.0\n")
    with pytest.raises(BundleError, match="already installed"):
        inst.install(site["make"]("1.1.0"))


def test_rollback_attack_an_older_bundle_is_refused(site):
    prefix = _prefix(site)
    old = site["make"]("1.0.0")
    new = site["make"]("1.1.0")
    Installer(prefix).install(new, root=site["root"])
    before = Installer(prefix).installed()
    with pytest.raises(BundleError, match="rollback"):
        Installer(prefix).install(old)
    _assert_untouched(prefix, before)


def test_freeze_attack_an_expired_bundle_is_refused(site, monkeypatch):
    b = site["make"]("1.0.0", days=1)
    import datetime

    import tuf.ngclient._internal.trusted_metadata_set as tms

    real = datetime.datetime

    class Later(real):
        @classmethod
        def now(cls, tz=None):
            return real.now(tz) + datetime.timedelta(days=2)

    monkeypatch.setattr(tms.datetime, "datetime", Later)  # the installer's clock, two days on
    with pytest.raises(BundleError, match="expired"):
        Installer(_prefix(site)).install(b, root=site["root"])
    _assert_untouched(_prefix(site), None)


def test_mix_and_match_attack_files_from_two_bundles_are_refused(site):
    a, b = site["make"]("1.0.0"), site["make"]("1.1.0")
    shutil.copy(b / "targets" / "app" / "appliance.txt", a / "targets" / "app" / "appliance.txt")
    with pytest.raises(BundleError, match="signed"):
        Installer(_prefix(site)).install(a, root=site["root"])
    a2, b2 = site["make"]("2.0.0"), site["make"]("2.1.0")
    shutil.copy(b2 / "metadata" / "targets.json", a2 / "metadata" / "targets.json")  # metadata from another
    with pytest.raises(BundleError, match="inconsistent"):
        Installer(_prefix(site)).install(a2, root=site["root"])
    _assert_untouched(_prefix(site), None)


@pytest.mark.parametrize("how", ["changed", "added", "endless data"])
def test_arbitrary_file_attack_is_refused(site, how):
    prefix = _prefix(site)
    Installer(prefix).install(site["make"]("1.0.0"), root=site["root"])
    before = Installer(prefix).installed()
    b = site["make"]("1.1.0")
    f = b / "targets" / "app" / "appliance.txt"
    if how == "changed":
        f.write_text(f.read_text().replace("1.1.0", "6.6.6"))
        expect = "does not match|signed length"
    elif how == "added":
        (b / "targets" / "app" / "backdoor.so").write_bytes(b"\x7fELF")
        expect = "no signature covers"
    else:
        with open(f, "ab") as fh:
            fh.write(b"\0" * (1 << 20))
        expect = "signed length"
    with pytest.raises(BundleError, match=expect):
        Installer(prefix).install(b)
    _assert_untouched(prefix, before)


def test_wrong_and_too_few_keys_are_refused(site):
    from tuf.api.metadata import Metadata

    # Targets signed by a key the root does not name.
    keygen(site["keys"], "intruder")
    b = site["make"]("1.0.0")
    md = Metadata.from_bytes((b / "metadata" / "timestamp.json").read_bytes())
    md.signatures.clear()
    md.sign(load_signer(site["keys"] / "intruder.key"))
    (b / "metadata" / "timestamp.json").write_bytes(md.to_bytes())
    with pytest.raises(BundleError, match="not signed by enough"):
        Installer(_prefix(site)).install(b, root=site["root"])
    # A root rotation signed by one of the two root keys the threshold needs.
    with pytest.raises(Exception, match="needs 2"):
        rotate_root(
            site["state"],
            [load_signer(site["keys"] / "root1.key")],
            [site["keys"] / "root3.pub"],
            1,
            [load_signer(site["keys"] / "root3.key")],
        )
    _assert_untouched(_prefix(site), None)


def test_key_rotation_is_followed_and_the_old_keys_stop_counting(site):
    prefix = _prefix(site)
    Installer(prefix).install(site["make"]("1.0.0"), root=site["root"])
    keygen(site["keys"], "newroot")
    rotate_root(
        site["state"],
        [load_signer(site["keys"] / f"root{i}.key") for i in (1, 2)],
        [site["keys"] / "newroot.pub"],
        1,
        [load_signer(site["keys"] / "newroot.key")],
    )
    Installer(prefix).install(site["make"]("1.1.0"))
    st = Installer(prefix).status()
    assert st["current"] == "1.1.0" and st["trusted_root"]["version"] == 2
    assert len(st["trusted_root"]["keys"]) == 1


def test_a_path_escaping_the_install_folder_is_refused(site):
    from tuf.api.metadata import Metadata, TargetFile

    b = site["make"]("1.0.0")
    # Re-sign targets with a path that climbs out, as a holder of the release key could.
    outside = b / "targets" / "evil.txt"
    outside.write_text("x")
    md = Metadata.from_bytes((b / "metadata" / "targets.json").read_bytes())
    md.signed.targets["../../evil.txt"] = TargetFile.from_file("../../evil.txt", str(outside), ["sha256"])
    outside.unlink()
    sign_state = json.loads((site["state"] / "state.json").read_text())
    sign_state["release_version"] -= 1
    (site["state"] / "state.json").write_text(json.dumps(sign_state))
    (b / "metadata" / "targets.json").write_bytes(md.to_bytes())
    # sign_bundle would recompute targets from files; resign snapshot/timestamp by hand instead.
    _resign_snapshot_and_timestamp(b, load_signer(site["keys"] / "release.key"))
    with pytest.raises(BundleError, match="outside its own folder"):
        Installer(_prefix(site)).install(b, root=site["root"])
    assert not (site["tmp"].parent / "evil.txt").exists()
    _assert_untouched(_prefix(site), None)


def _resign_snapshot_and_timestamp(b: Path, signer):
    import hashlib

    from tuf.api.metadata import Metadata

    t = Metadata.from_bytes((b / "metadata" / "targets.json").read_bytes())
    t.signatures.clear()
    t.sign(signer)
    tb = t.to_bytes()
    (b / "metadata" / "targets.json").write_bytes(tb)
    s = Metadata.from_bytes((b / "metadata" / "snapshot.json").read_bytes())
    s.signed.meta["targets.json"].length = len(tb)
    s.signed.meta["targets.json"].hashes = {"sha256": hashlib.sha256(tb).hexdigest()}
    s.signatures.clear()
    s.sign(signer)
    sb = s.to_bytes()
    (b / "metadata" / "snapshot.json").write_bytes(sb)
    ts = Metadata.from_bytes((b / "metadata" / "timestamp.json").read_bytes())
    ts.signed.snapshot_meta.length = len(sb)
    ts.signed.snapshot_meta.hashes = {"sha256": hashlib.sha256(sb).hexdigest()}
    ts.signatures.clear()
    ts.sign(signer)
    (b / "metadata" / "timestamp.json").write_bytes(ts.to_bytes())


def test_a_truncated_archive_is_refused(site):
    b = site["make"]("1.0.0", {"app/big.bin": "x" * 200_000})
    archive = site["tmp"] / "bundle.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(b, arcname="appliance-bundle-1.0.0")
    assert Installer(site["tmp"] / "check").verify(archive, root=site["root"])["version"] == "1.0.0"
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleError, match="damaged or truncated"):
        Installer(_prefix(site)).install(archive, root=site["root"])
    _assert_untouched(_prefix(site), None)


def test_a_full_disk_during_install_keeps_the_previous_version(site):
    """A real full file system: the install prefix on a 1 MiB tmpfs in a mount namespace of its own."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a small tmpfs")
    small = site["make"]("1.0.0")
    big = site["make"]("1.1.0", {"app/model.bin": "x" * (3 << 20)})
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from appliance.bundle.install import Installer\n"
        "from appliance.bundle.sign import BundleError\n"
        "p = Path(sys.argv[1]); inst = Installer(p)\n"
        "inst.install(Path(sys.argv[2]), root=Path(sys.argv[4]))\n"
        "before = inst.installed()\n"
        "try:\n    inst.install(Path(sys.argv[3]))\n    print('INSTALLED')\n"
        "except OSError as exc:\n    print('FULL', exc.errno)\n"
        "after = inst.installed()\n"
        "print(json.dumps({'same': before == after, 'current': (p / 'current').resolve().name,"
        " 'staging': [x.name for x in (p / 'versions').glob('.staging-*')],"
        " 'ok': (p / 'current' / 'app' / 'appliance.txt').is_file()}))\n"
    )
    mnt = site["tmp"] / "small"
    mnt.mkdir()
    script = f'mount -t tmpfs -o size=1m tmpfs {mnt} && exec {sys.executable} -c "$0" "$@"'
    r = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, code, str(mnt / "prefix"), str(small), str(big), str(site["root"])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if r.returncode != 0 and "mount" in r.stderr and "permission" in r.stderr.lower():
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("FULL 28"), r.stdout  # ENOSPC
    res = json.loads(lines[1])
    assert res == {"same": True, "current": "1.0.0", "staging": [], "ok": True}


def test_cli_messages_and_exit_codes(site, tmp_path):
    cmd = [sys.executable, "-m", "appliance.cli.bundle"]
    b = site["make"]("1.0.0")
    r = subprocess.run([*cmd, "install", str(b), "--prefix", str(tmp_path / "p")], capture_output=True, text=True)
    assert r.returncode == 20 and "no trusted root" in r.stderr and "What to do:" in r.stderr
    assert "Traceback" not in r.stderr
    r = subprocess.run(
        [*cmd, "install", str(b), "--prefix", str(tmp_path / "p"), "--root", str(site["root"])],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0 and "Installed release 1.0.0" in r.stdout, r.stderr
    r = subprocess.run([*cmd, "status", "--prefix", str(tmp_path / "p"), "--json"], capture_output=True, text=True)
    st = json.loads(r.stdout)
    assert st["current"] == "1.0.0" and st["trusted_root"]["threshold"] == 2


TWO_VARIANTS = {
    "variants": {
        "cpu": {"runtime": "cpu-portable"},
        "cuda": {"runtime": "cuda-portable", "cuda_architectures": ["80", "90"]},
    }
}


def _two_variant_files(version: str) -> dict:
    return {
        "licenses/index.json": "{}\n",
        "variants/cpu/app/appliance.txt": f"cpu application {version}\n",
        "variants/cpu/native/bin/llama-server": "cpu server\n",
        "variants/cuda/app/appliance.txt": f"cuda application {version}\n",
        "variants/cuda/native/bin/llama-server": "cuda server\n",
    }


def test_the_installer_picks_the_variant_for_the_machine(site):
    release = TWO_VARIANTS
    assert choose_variant(release, {"nvidia_driver": False})[0] == "cpu"
    assert choose_variant(release, {"nvidia_driver": True, "gpu_capabilities": ["90"]})[0] == "cuda"
    assert choose_variant(release, {"nvidia_driver": True, "gpu_capabilities": ["120"]})[0] == "cuda"
    name, why = choose_variant(release, {"nvidia_driver": True, "gpu_capabilities": ["75"]})
    assert name == "cpu" and "older than the bundle's CUDA build" in str(why)
    assert choose_variant(release, {"nvidia_driver": True, "gpu_capabilities": []})[0] == "cpu"
    assert choose_variant({"variants": ["cpu"]}, {"nvidia_driver": True, "gpu_capabilities": ["90"]})[0] == "cpu"
    name, why = choose_variant(release, {"nvidia_driver": False}, "cuda")
    assert (name, str(why)) == ("cuda", "chosen by the operator (--variant)")
    with pytest.raises(BundleError, match="no 'rocm' variant"):
        choose_variant(release, {}, "rocm")

    prefix = _prefix(site)
    inst = Installer(prefix)
    # This machine, as it is: the facts come from the real probe.
    rep = inst.install(site["make"]("1.0.0", _two_variant_files("1.0.0"), release_info=release), root=site["root"])
    expected = "cuda" if choose_variant(release, machine_facts())[0] == "cuda" else "cpu"
    assert rep["variant"] == expected
    cur = prefix / "current"
    assert (cur / "app" / "appliance.txt").read_text() == f"{expected} application 1.0.0\n"
    assert (cur / "native" / "bin" / "llama-server").read_text() == f"{expected} server\n"
    assert os.access(cur / "native" / "bin" / "llama-server", os.X_OK)
    assert (cur / "licenses" / "index.json").is_file() and not (cur / "variants").exists()
    # A GPU machine gets the cuda files; the record says which variant and why.
    inst.install(
        site["make"]("1.1.0", _two_variant_files("1.1.0"), release_info=release),
        facts={"nvidia_driver": True, "gpu_capabilities": ["90"]},
    )
    assert (cur / "app" / "appliance.txt").read_text() == "cuda application 1.1.0\n"
    st = inst.status()
    assert st["variant"] == "cuda" and "compute capability 9.0" in st["variant_reason"]


def test_a_changed_file_of_another_variant_is_refused_too(site):
    """Every variant's files are verified, not only the installed one's: a bundle is signed whole."""
    b = site["make"]("1.0.0", _two_variant_files("1.0.0"), release_info=TWO_VARIANTS)
    (b / "targets" / "variants" / "cuda" / "app" / "appliance.txt").write_text("cuda application 1.0.X\n")
    with pytest.raises(BundleError, match="does not match its signed hash"):
        Installer(_prefix(site)).install(b, root=site["root"], facts={"nvidia_driver": False})
    _assert_untouched(_prefix(site), None)


def test_a_variant_the_release_does_not_name_is_refused(site):
    files = {**_two_variant_files("1.0.0"), "variants/rocm/app/appliance.txt": "?\n"}
    b = site["make"]("1.0.0", files, release_info=TWO_VARIANTS)
    with pytest.raises(BundleError, match="of a variant release.json does not name"):
        Installer(_prefix(site)).install(b, root=site["root"], facts={"nvidia_driver": False})
    _assert_untouched(_prefix(site), None)
