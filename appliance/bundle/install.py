"""The installer: verify a bundle against the trusted root, then install it beside the others.

Install prefix layout (``docs/formats/bundle.md``):

    PREFIX/state/tuf/          the trusted TUF metadata (root.json and the last timestamp,
                               snapshot and targets seen): what makes an older bundle fail
    PREFIX/state/installed.json  versions installed, the current one, the one before, history
    PREFIX/versions/VERSION/   one folder per installed release: its common targets, and the
                               targets of the variant chosen for this machine
                               (``variants/<name>/X`` installed as ``X``)
    PREFIX/current             symbolic link to versions/VERSION, switched atomically

Order of work: (1) the bundle is read where it lies (a folder, or a tar archive unpacked into a
temporary folder with unsafe members refused); (2) TUF's client (``tuf.ngclient.Updater`` with a
fetcher that reads the bundle) verifies root (and any root rotation), timestamp, snapshot and
targets against a *copy* of the trusted metadata, refusing expired, rolled-back, unsigned or
inconsistent metadata; (3) every target path is checked (relative, no ``..``) and the bundle's
files must be exactly the signed ones; (4) every file is checked against its signed length and
SHA-256, reading no more than its length. Only then is a byte written under PREFIX: the files are
copied into ``versions/.staging-VERSION`` (each verified again as written), renamed into place,
``current`` is switched, and the trusted metadata and ``installed.json`` are replaced. A failure at
any point removes the staging folder and leaves the previous version and the trusted state as
they were.

Variants: a bundle may carry the application and llama.cpp runtime more than once, built for
different machines (``release.json``'s ``variants``: ``cpu`` always; ``cuda`` where the build
machine had the CUDA toolkit, with the GPU architectures it was built for). The installer picks
one for the machine it runs on (``choose_variant``: ``cuda`` where an NVIDIA driver is loaded and
a GPU is at least as new as the oldest architecture built, ``cpu`` otherwise; ``--variant``
overrides) and installs only that one. Every variant's files are verified all the same.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from appliance.bundle.sign import BundleError, fingerprint

SCHEME = "bundle:///"


def _fetcher_class():
    from tuf.api.exceptions import DownloadHTTPError
    from tuf.ngclient import FetcherInterface

    class BundleFetcher(FetcherInterface):
        """Reads ``bundle:///metadata/X`` and ``bundle:///targets/X`` from the bundle folder, never
        outside it."""

        def __init__(self, root: Path):
            self.root = root.resolve()

        def _fetch(self, url: str) -> Iterator[bytes]:
            if not url.startswith(SCHEME):
                raise DownloadHTTPError(f"not a bundle address: {url}", 400)
            rel = url[len(SCHEME) :]
            path = (self.root / rel).resolve()
            if self.root not in path.parents or not path.is_file() or path.is_symlink():
                raise DownloadHTTPError(f"{rel} is not in the bundle", 404)

            def chunks():
                with open(path, "rb") as f:
                    while True:
                        block = f.read(1 << 20)
                        if not block:
                            return
                        yield block

            return chunks()

    return BundleFetcher


def _open_bundle(source: Path, tmp: Path) -> Path:
    """The bundle folder: ``source`` itself, or a tar archive unpacked under ``tmp``."""
    if source.is_dir():
        return source
    if not source.is_file():
        raise BundleError(f"No bundle at {source}.", hint="Give the bundle folder or its .tar / .tar.gz archive.")
    try:
        with tarfile.open(source) as tar:
            tar.extractall(tmp, filter="data")  # refuses absolute paths, .., links out, devices
    except tarfile.FilterError as exc:
        raise BundleError(
            f"The bundle archive {source} holds an unsafe entry: {exc}.",
            hint="Do not install it; ask for the bundle again from who built it.",
        ) from exc
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BundleError(
            f"The bundle archive {source} is damaged or truncated ({exc}).",
            hint="Copy it again from the original medium and compare its SHA-256.",
        ) from exc
    found = [p.parent.parent for p in tmp.rglob("metadata/timestamp.json")]
    if len(found) != 1:
        raise BundleError(
            f"{source} does not hold one bundle (metadata/timestamp.json found {len(found)} times).",
            hint="Give the archive made by `make bundle`.",
        )
    return found[0]


def _safe_target_path(rel: str) -> PurePosixPath:
    p = PurePosixPath(rel)
    if (
        not rel
        or rel.startswith("/")
        or "\\" in rel
        or any(part in ("..", "") for part in rel.split("/"))
        or p.is_absolute()
    ):
        raise BundleError(
            f"The bundle names a file {rel!r} outside its own folder.",
            hint="Do not install this bundle: its metadata was made to write elsewhere.",
        )
    return p


VARIANTS_DIR = "variants/"


def variants_of(release: dict) -> dict[str, dict]:
    """The variants a release names (``{"cpu": {...}, "cuda": {...}}``); a list of names is the
    older form of the same thing."""
    v = release.get("variants") or {"cpu": {}}
    return {name: {} for name in v} if isinstance(v, list) else dict(v)


def machine_facts() -> dict:
    """What decides the variant: an NVIDIA driver (``/proc/driver/nvidia/version``) and the compute
    capability of each GPU ``nvidia-smi`` lists."""
    facts: dict = {"nvidia_driver": Path("/proc/driver/nvidia/version").is_file(), "gpu_capabilities": []}
    if shutil.which("nvidia-smi"):
        try:
            out = subprocess.run(
                ["nvidia-smi", "--query-gpu=compute_cap", "--format=csv,noheader"],
                capture_output=True,
                text=True,
                timeout=20,
            )
            if out.returncode == 0:
                facts["nvidia_driver"] = True
                facts["gpu_capabilities"] = [
                    line.strip().replace(".", "")
                    for line in out.stdout.splitlines()
                    if re.fullmatch(r"\s*\d+\.\d+\s*", line)
                ]
        except (OSError, subprocess.TimeoutExpired):
            pass
    return facts


def choose_variant(release: dict, facts: dict, requested: str | None = None) -> tuple[str, str]:
    """``(variant, reason)`` for a machine with these facts (``machine_facts()``)."""
    variants = variants_of(release)
    if requested:
        if requested not in variants:
            raise BundleError(
                f"This bundle has no {requested!r} variant (it has: {', '.join(sorted(variants))}).",
                hint="Leave out --variant to let the installer choose for this machine.",
            )
        return requested, "chosen by the operator (--variant)"
    if "cpu" not in variants:
        raise BundleError("The bundle has no cpu variant.", hint="Build it with `make bundle`.")
    cuda = variants.get("cuda")
    if cuda is None:
        return "cpu", "the bundle has no GPU variant"
    if not facts.get("nvidia_driver"):
        return "cpu", "no NVIDIA driver is loaded on this machine"
    built = sorted(int(a) for a in re.findall(r"\d+", " ".join(map(str, cuda.get("cuda_architectures") or []))))
    gpus = sorted(int(c) for c in facts.get("gpu_capabilities") or [])
    if not gpus:
        return "cpu", "an NVIDIA driver is loaded but nvidia-smi lists no GPU"
    if built and max(gpus) < built[0]:
        return "cpu", (
            f"the GPU (compute capability {max(gpus) / 10:.1f}) is older than the bundle's CUDA build "
            f"(architectures {', '.join(map(str, built))})"
        )
    return "cuda", f"an NVIDIA GPU (compute capability {max(gpus) / 10:.1f}) and its driver are present"


def install_plan(signed: dict, variant: str, variants: dict) -> dict[str, str]:
    """``{path in the bundle: path in the version folder}`` for one variant: the common files, and
    that variant's files with their ``variants/<name>/`` prefix taken off."""
    plan: dict[str, str] = {}
    for rel in signed:
        if rel.startswith(VARIANTS_DIR):
            name, _, inner = rel[len(VARIANTS_DIR) :].partition("/")
            if name not in variants:
                raise BundleError(
                    f"The bundle holds {rel}, of a variant release.json does not name.",
                    hint="Do not install it; build the bundle again.",
                )
            if name != variant:
                continue
            dest = inner
        else:
            dest = rel
        if dest in plan.values():
            raise BundleError(
                f"The bundle's {variant} variant and its common files both hold {dest}.", hint="Build the bundle again."
            )
        plan[rel] = dest
    return plan


VERSION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,127}")  # it names a folder: versions/VERSION
VARIANT_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def release_problem(rel) -> str | None:
    """What makes a (signed) ``release.json`` unusable, in words, or None: it must be an object
    whose ``version`` names a folder and whose ``variants`` are ``{NAME: {...}}`` (or a list of
    names), with ``cuda_architectures`` a list."""
    if not isinstance(rel, dict):
        return "is not a JSON object"
    v = rel.get("version")
    if not isinstance(v, str) or not VERSION_RE.fullmatch(v):
        return f"has no usable version (got {str(v)[:40]!r}; letters, digits, '.', '_', '+' or '-')"
    variants = rel.get("variants")
    if variants is None:
        return None
    if isinstance(variants, list):
        named = variants
    elif isinstance(variants, dict):
        named = list(variants)
        for name, spec in variants.items():
            if not isinstance(spec, dict):
                return f"describes variant {name!r} with {type(spec).__name__}, not an object"
            archs = spec.get("cuda_architectures")
            if archs is not None and (
                not isinstance(archs, list)
                or not all(isinstance(a, (str, int)) and not isinstance(a, bool) for a in archs)
            ):
                return f"gives variant {name!r} cuda_architectures that are not a list of architectures"
    else:
        return "has `variants` that are neither an object nor a list of names"
    bad = [n for n in named if not isinstance(n, str) or not VARIANT_RE.fullmatch(n)]
    if bad:
        return f"names a variant {str(bad[0])[:40]!r} that is not a plain name"
    return None


class Installer:
    def __init__(self, prefix: Path):
        self.prefix = Path(prefix)
        self.state = self.prefix / "state"
        self.tuf_dir = self.state / "tuf"
        self.versions = self.prefix / "versions"

    # State ------------------------------------------------------------------------------------
    def installed(self) -> dict:
        f = self.state / "installed.json"
        if not f.is_file():
            return {"current": None, "previous": None, "versions": {}, "history": []}
        return json.loads(f.read_text())

    def _write_installed(self, data: dict) -> None:
        tmp = self.state / "installed.json.partial"
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
        os.replace(tmp, self.state / "installed.json")

    def trusted_root(self) -> bytes | None:
        f = self.tuf_dir / "root.json"
        return f.read_bytes() if f.is_file() else None

    # Verification -----------------------------------------------------------------------------
    def verify(self, source: Path, *, root: Path | None = None, work: Path | None = None) -> dict:
        """Verify ``source`` and return what would be installed (nothing is written under the
        prefix). Raises ``BundleError`` naming what failed."""
        with tempfile.TemporaryDirectory(prefix="appliance-bundle-") as tmp:
            return self._verify(source, root, Path(tmp))[0]

    def _verify(self, source: Path, root: Path | None, tmp: Path):
        from tuf.api import exceptions as tx
        from tuf.api.metadata import Metadata, Targets
        from tuf.ngclient import Updater, UpdaterConfig

        bundle = _open_bundle(Path(source), tmp / "unpacked")
        trusted = self.trusted_root()
        if trusted is None and root is None:
            raise BundleError(
                "This machine has no trusted root yet, so the bundle cannot be verified.",
                hint="The first time, give the root IT received separately: --root root.json "
                "(compare its fingerprint with the one IT wrote down).",
            )
        bootstrap = Path(root).read_bytes() if root is not None and trusted is None else trusted
        # (On a machine that already trusts a root, --root is ignored: a new root arrives only by
        # rotation, signed by the keys this machine trusts.)
        meta_copy = tmp / "tuf"
        if self.tuf_dir.is_dir():
            shutil.copytree(self.tuf_dir, meta_copy)
        else:
            meta_copy.mkdir()
        fetcher = _fetcher_class()(bundle)
        try:
            updater = Updater(
                str(meta_copy),
                SCHEME + "metadata/",
                str(tmp / "dl"),
                SCHEME + "targets/",
                fetcher=fetcher,
                config=UpdaterConfig(max_root_rotations=64),
                bootstrap=bootstrap,
            )
            updater.refresh()
        except tx.ExpiredMetadataError as exc:
            raise BundleError(
                f"The bundle's signatures have expired ({exc}): it is stale, or frozen by someone "
                "replaying an old one.",
                hint="Ask for a freshly signed bundle.",
            ) from exc
        except tx.BadVersionNumberError as exc:
            raise BundleError(
                f"The bundle is older than one this machine already verified ({exc}): a rollback.",
                hint="Install the newest bundle; `appliance-bundle rollback` returns to an installed "
                "version on purpose.",
            ) from exc
        except tx.UnsignedMetadataError as exc:
            raise BundleError(
                f"The bundle is not signed by enough of the keys this machine trusts ({exc}).",
                hint="Do not install it; check with IT which keys signed it.",
            ) from exc
        except tx.RepositoryError as exc:
            raise BundleError(
                f"The bundle's metadata is inconsistent: {type(exc).__name__}: {exc}.",
                hint="Do not install it; files from different bundles were mixed, or it was altered.",
            ) from exc
        except tx.DownloadError as exc:
            raise BundleError(
                f"The bundle is incomplete: {exc}.", hint="Copy the whole bundle folder (metadata/ and targets/)."
            ) from exc
        except (ValueError, json.JSONDecodeError) as exc:
            raise BundleError(f"The bundle's metadata cannot be read: {exc}.", hint="Do not install it.") from exc
        targets = Metadata[Targets].from_bytes((meta_copy / "targets.json").read_bytes()).signed
        signed = {}
        for rel, info in targets.targets.items():
            _safe_target_path(rel)
            signed[rel] = info
        present = set()
        tdir = bundle / "targets"
        for p in tdir.rglob("*") if tdir.is_dir() else []:
            if p.is_symlink() or (p.exists() and not p.is_dir() and not p.is_file()):
                raise BundleError(
                    f"The bundle holds {p.relative_to(bundle)}, which is not a plain file.", hint="Do not install it."
                )
            if p.is_file():
                present.add(p.relative_to(tdir).as_posix())
        extra, missing = sorted(present - set(signed)), sorted(set(signed) - present)
        if extra:
            raise BundleError(
                f"The bundle holds files no signature covers: {', '.join(extra[:5])}.",
                hint="Do not install it: a file was added after signing.",
            )
        if missing:
            raise BundleError(
                f"The bundle lacks signed files: {', '.join(missing[:5])}.", hint="Copy the whole bundle again."
            )
        for rel, info in signed.items():
            self._check_file(tdir / rel, rel, info)
        release = self._release(tdir, signed)
        report = {
            "version": release.get("version"),
            "release": release,
            "files": len(signed),
            "bytes": sum(i.length for i in signed.values()),
            "targets_version": targets.version,
            "root_fingerprint": fingerprint((meta_copy / "root.json").read_bytes()),
        }
        return report, bundle, signed, meta_copy

    @staticmethod
    def _check_file(path: Path, rel: str, info) -> None:
        from tuf.api import exceptions as tx

        size = path.stat().st_size
        if size != info.length:
            raise BundleError(
                f"{rel} is {size} bytes; the signed length is {info.length}.",
                hint="Do not install it: the file was changed (or grown) after signing.",
            )
        try:
            with open(path, "rb") as f:
                info.verify_length_and_hashes(f)
        except tx.LengthOrHashMismatchError as exc:
            raise BundleError(
                f"{rel} does not match its signed hash ({exc}).",
                hint="Do not install it: the file was changed after signing.",
            ) from exc

    @staticmethod
    def _release(tdir: Path, signed: dict) -> dict:
        if "release.json" not in signed:
            raise BundleError(
                "The bundle has no release.json (its version and provenance).", hint="Build it with `make bundle`."
            )
        try:
            rel = json.loads((tdir / "release.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            why = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            raise BundleError(f"release.json cannot be read: {why}.", hint="Build the bundle again.") from None
        if problem := release_problem(rel):
            raise BundleError(f"release.json {problem}.", hint="Do not install it; build the bundle again.")
        return rel

    # Install, rollback ------------------------------------------------------------------------
    def install(
        self, source: Path, *, root: Path | None = None, variant: str | None = None, facts: dict | None = None
    ) -> dict:
        with tempfile.TemporaryDirectory(prefix="appliance-bundle-") as tmp:
            report, bundle, signed, meta_copy = self._verify(source, root, Path(tmp))
            version = report["version"]
            chosen, reason = choose_variant(report["release"], machine_facts() if facts is None else facts, variant)
            plan = install_plan(signed, chosen, variants_of(report["release"]))
            report["variant"], report["variant_reason"] = chosen, reason
            state = self.installed()
            if version in state["versions"]:
                raise BundleError(
                    f"Version {version} is already installed.",
                    hint=f"`appliance-bundle rollback --to {version}` makes it current again.",
                )
            self.versions.mkdir(parents=True, exist_ok=True)
            self.state.mkdir(parents=True, exist_ok=True)
            staging = self.versions / f".staging-{version}"
            shutil.rmtree(staging, ignore_errors=True)
            try:
                for rel, dest_rel in plan.items():
                    dest = staging / dest_rel
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(bundle / "targets" / rel, dest)
                    self._check_file(dest, rel, signed[rel])
                _restore_modes(staging)
                final = self.versions / version
                staging.rename(final)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            try:
                self._switch(version)
                new_tuf = self.state / "tuf.partial"
                shutil.rmtree(new_tuf, ignore_errors=True)
                shutil.copytree(meta_copy, new_tuf)
                old_tuf = self.state / "tuf.old"
                shutil.rmtree(old_tuf, ignore_errors=True)
                if self.tuf_dir.exists():
                    self.tuf_dir.rename(old_tuf)
                new_tuf.rename(self.tuf_dir)
                shutil.rmtree(old_tuf, ignore_errors=True)
            except BaseException:
                if state["current"]:
                    self._switch(state["current"])
                shutil.rmtree(self.versions / version, ignore_errors=True)
                raise
            state["versions"][version] = {
                "installed_at": _utc(),
                "release": report["release"],
                "targets_version": report["targets_version"],
                "variant": chosen,
                "variant_reason": reason,
            }
            state["previous"], state["current"] = state["current"], version
            state["history"].append({"time": _utc(), "action": "install", "version": version})
            self._write_installed(state)
            return report

    def _switch(self, version: str) -> None:
        link = self.prefix / "current"
        tmp = self.prefix / f".current-{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        tmp.symlink_to(Path("versions") / version)
        os.replace(tmp, link)  # atomic: the old or the new target, never none

    def rollback(self, to: str | None = None) -> dict:
        """Make the previous (or the named) installed version current: a deliberate, recorded step."""
        state = self.installed()
        target = to or state.get("previous")
        if not target:
            raise BundleError(
                "There is no earlier installed version to return to.",
                hint="`appliance-bundle status` lists the installed versions.",
            )
        if target not in state["versions"] or not (self.versions / target).is_dir():
            raise BundleError(
                f"Version {target} is not installed here.",
                hint="`appliance-bundle status` lists the installed versions.",
            )
        if target == state["current"]:
            raise BundleError(f"Version {target} is already the current one.", hint="Nothing to do.")
        self._switch(target)
        state["previous"], state["current"] = state["current"], target
        state["history"].append(
            {
                "time": _utc(),
                "action": "rollback",
                "version": target,
                "from": state["previous"],
                "user": os.environ.get("USER") or str(os.getuid()),
            }
        )
        self._write_installed(state)
        return state

    def status(self) -> dict:
        state = self.installed()
        root = self.trusted_root()
        out = {
            "prefix": str(self.prefix),
            "current": state["current"],
            "previous": state["previous"],
            "versions": sorted(state["versions"]),
            "history": state["history"][-10:],
        }
        if state["current"]:
            cur = state["versions"].get(state["current"], {})
            out["variant"] = cur.get("variant", "cpu")
            out["variant_reason"] = cur.get("variant_reason")
        if root is not None:
            from tuf.api.metadata import Metadata

            md = Metadata.from_bytes(root)
            out["trusted_root"] = {
                "version": md.signed.version,
                "expires": md.signed.expires.isoformat(),
                "fingerprint": fingerprint(root),
                "threshold": md.signed.roles["root"].threshold,
                "keys": sorted(md.signed.roles["root"].keyids),
            }
        return out


def _restore_modes(root: Path) -> None:
    """TUF records bytes, not modes: make the programs of an installed version executable again
    (the frozen application's entry point, llama-server, shell scripts and native libraries)."""
    for p in root.rglob("*"):
        if p.is_file() and (
            p.name.startswith("appliance")
            and p.parent.name == "app"
            or p.name == "llama-server"
            or p.suffix == ".sh"
            or ".so" in p.name
        ):
            os.chmod(p, 0o755)


def _utc() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
