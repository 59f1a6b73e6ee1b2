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

Variants (``variants.py``): a bundle may carry the application and llama.cpp runtime more than once, built for
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
import shutil
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from appliance.bundle.sign import BundleError, fingerprint
from appliance.bundle.variants import (  # noqa: F401 - the names the installer's callers import from here
    VARIANTS_DIR,
    choose_variant,
    install_plan,
    machine_facts,
    release_problem,
    variants_of,
)
from appliance.messages import M

SCHEME = "bundle:///"


def _fetcher_class():
    from tuf.api.exceptions import DownloadHTTPError
    from tuf.ngclient import FetcherInterface

    class BundleFetcher(FetcherInterface):
        """Reads ``bundle:///metadata/X`` and ``bundle:///targets/X`` from the bundle folder, never
        outside it."""

        def __init__(self, root: Path):
            self.root = root.resolve()

        @staticmethod
        def _refuse(msg, status: int) -> DownloadHTTPError:
            exc = DownloadHTTPError(msg.render("en"), status)
            exc.msg = msg  # what the installer's error says, in the reader's language
            return exc

        def _fetch(self, url: str) -> Iterator[bytes]:
            if not url.startswith(SCHEME):
                raise self._refuse(M("bundle.not_bundle_address", "not a bundle address: {url}", url=url), 400)
            rel = url[len(SCHEME) :]
            path = (self.root / rel).resolve()
            if self.root not in path.parents or not path.is_file() or path.is_symlink():
                raise self._refuse(M("bundle.not_in_bundle", "{path} is not in the bundle", path=rel), 404)

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
        raise BundleError(
            M("bundle.no_bundle", "No bundle at {path}.", path=str(source)),
            hint=M("bundle.no_bundle.hint", "Give the bundle folder or its .tar / .tar.gz archive."),
        )
    try:
        with tarfile.open(source) as tar:
            tar.extractall(tmp, filter="data")  # refuses absolute paths, .., links out, devices
    except tarfile.FilterError as exc:
        raise BundleError(
            M(
                "bundle.unsafe_entry",
                "The bundle archive {path} holds an unsafe entry: {error}.",
                path=str(source),
                error=str(exc),
            ),
            hint=M("bundle.unsafe_entry.hint", "Do not install it; ask for the bundle again from who built it."),
        ) from exc
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BundleError(
            M(
                "bundle.damaged_archive",
                "The bundle archive {path} is damaged or truncated ({error}).",
                path=str(source),
                error=str(exc),
            ),
            hint=M("bundle.damaged_archive.hint", "Copy it again from the original medium and compare its SHA-256."),
        ) from exc
    found = [p.parent.parent for p in tmp.rglob("metadata/timestamp.json")]
    if len(found) != 1:
        raise BundleError(
            M(
                "bundle.not_one_bundle",
                "{path} does not hold one bundle (metadata/timestamp.json found {n} times).",
                path=str(source),
                n=len(found),
            ),
            hint=M("bundle.not_one_bundle.hint", "Give the archive made by `make bundle`."),
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
            M("bundle.path_outside", "The bundle names a file {path!r} outside its own folder.", path=rel),
            hint=M("bundle.path_outside.hint", "Do not install this bundle: its metadata was made to write elsewhere."),
        )
    return p


_DO_NOT_INSTALL = M("bundle.do_not_install.hint", "Do not install it.")


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
                M("bundle.no_trusted_root", "This machine has no trusted root yet, so the bundle cannot be verified."),
                hint=M(
                    "bundle.no_trusted_root.hint",
                    "The first time, give the root IT received separately: --root root.json "
                    "(compare its fingerprint with the one IT wrote down).",
                ),
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
                M(
                    "bundle.expired",
                    "The bundle's signatures have expired ({error}): it is stale, or frozen by someone "
                    "replaying an old one.",
                    error=str(exc),
                ),
                hint=M("bundle.expired.hint", "Ask for a freshly signed bundle."),
            ) from exc
        except tx.BadVersionNumberError as exc:
            raise BundleError(
                M(
                    "bundle.rollback",
                    "The bundle is older than one this machine already verified ({error}): a rollback.",
                    error=str(exc),
                ),
                hint=M(
                    "bundle.rollback.hint",
                    "Install the newest bundle; `appliance-bundle rollback` returns to an installed version on purpose.",
                ),
            ) from exc
        except tx.UnsignedMetadataError as exc:
            raise BundleError(
                M(
                    "bundle.unsigned",
                    "The bundle is not signed by enough of the keys this machine trusts ({error}).",
                    error=str(exc),
                ),
                hint=M("bundle.unsigned.hint", "Do not install it; check with IT which keys signed it."),
            ) from exc
        except tx.RepositoryError as exc:
            raise BundleError(
                M(
                    "bundle.inconsistent",
                    "The bundle's metadata is inconsistent: {kind}: {error}.",
                    kind=type(exc).__name__,
                    error=str(exc),
                ),
                hint=M(
                    "bundle.inconsistent.hint",
                    "Do not install it; files from different bundles were mixed, or it was altered.",
                ),
            ) from exc
        except tx.DownloadError as exc:
            raise BundleError(
                M(
                    "bundle.incomplete",
                    "The bundle is incomplete: {error}.",
                    error=getattr(exc, "msg", None) or str(exc),
                ),
                hint=M("bundle.incomplete.hint", "Copy the whole bundle folder (metadata/ and targets/)."),
            ) from exc
        except (ValueError, json.JSONDecodeError) as exc:
            raise BundleError(
                M("bundle.metadata_unreadable", "The bundle's metadata cannot be read: {error}.", error=str(exc)),
                hint=_DO_NOT_INSTALL,
            ) from exc
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
                    M(
                        "bundle.not_plain_file",
                        "The bundle holds {path}, which is not a plain file.",
                        path=str(p.relative_to(bundle)),
                    ),
                    hint=_DO_NOT_INSTALL,
                )
            if p.is_file():
                present.add(p.relative_to(tdir).as_posix())
        extra, missing = sorted(present - set(signed)), sorted(set(signed) - present)
        if extra:
            raise BundleError(
                M(
                    "bundle.unsigned_files",
                    "The bundle holds files no signature covers: {files}.",
                    files=", ".join(extra[:5]),
                ),
                hint=M("bundle.unsigned_files.hint", "Do not install it: a file was added after signing."),
            )
        if missing:
            raise BundleError(
                M("bundle.missing_files", "The bundle lacks signed files: {files}.", files=", ".join(missing[:5])),
                hint=M("bundle.missing_files.hint", "Copy the whole bundle again."),
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
                M(
                    "bundle.wrong_length",
                    "{path} is {size} bytes; the signed length is {length}.",
                    path=rel,
                    size=size,
                    length=info.length,
                ),
                hint=M("bundle.wrong_length.hint", "Do not install it: the file was changed (or grown) after signing."),
            )
        try:
            with open(path, "rb") as f:
                info.verify_length_and_hashes(f)
        except tx.LengthOrHashMismatchError as exc:
            raise BundleError(
                M("bundle.wrong_hash", "{path} does not match its signed hash ({error}).", path=rel, error=str(exc)),
                hint=M("bundle.wrong_hash.hint", "Do not install it: the file was changed after signing."),
            ) from exc

    @staticmethod
    def _release(tdir: Path, signed: dict) -> dict:
        if "release.json" not in signed:
            raise BundleError(
                M("bundle.no_release", "The bundle has no release.json (its version and provenance)."),
                hint=M("bundle.build.hint", "Build it with `make bundle`."),
            )
        try:
            rel = json.loads((tdir / "release.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            why = M("bundle.too_deep", "nested too deeply") if isinstance(exc, RecursionError) else str(exc)
            raise BundleError(
                M("bundle.release_unreadable", "release.json cannot be read: {why}.", why=why),
                hint=M("bundle.build_again.hint", "Build the bundle again."),
            ) from None
        if problem := release_problem(rel):
            raise BundleError(
                M("bundle.release_invalid", "release.json {problem}.", problem=problem),
                hint=M("bundle.rebuild.hint", "Do not install it; build the bundle again."),
            )
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
            report["variant"], report["variant_reason"] = chosen, reason.render("en")
            report["variant_reason_message"] = reason.to_dict()
            state = self.installed()
            if version in state["versions"]:
                raise BundleError(
                    M("bundle.already_installed", "Version {version} is already installed.", version=version),
                    hint=M(
                        "bundle.already_installed.hint",
                        "`appliance-bundle rollback --to {version}` makes it current again.",
                        version=version,
                    ),
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
                "variant_reason": reason.render("en"),
                "variant_reason_message": reason.to_dict(),
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
                M("bundle.nothing_earlier", "There is no earlier installed version to return to."),
                hint=M("bundle.status.hint", "`appliance-bundle status` lists the installed versions."),
            )
        if target not in state["versions"] or not (self.versions / target).is_dir():
            raise BundleError(
                M("bundle.not_installed", "Version {version} is not installed here.", version=target),
                hint=M("bundle.status.hint", "`appliance-bundle status` lists the installed versions."),
            )
        if target == state["current"]:
            raise BundleError(
                M("bundle.already_current", "Version {version} is already the current one.", version=target),
                hint=M("bundle.already_current.hint", "Nothing to do."),
            )
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
            out["variant_reason_message"] = cur.get("variant_reason_message")
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
