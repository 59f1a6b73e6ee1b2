"""The signing side: keys, the release state, and TUF metadata written into a bundle.

Everything here uses python-tuf's Metadata API (``tuf.api.metadata``) and securesystemslib's
signers; nothing invents a metadata format. Roles:

- **root**: a threshold of offline Ed25519 keys IT holds (``--root-key`` several times);
  lists the keys of every role. Rotated by signing version N+1 with the old threshold and the new.
- **targets**: the hash (SHA-256) and length of every file of the release.
- **snapshot**: the version of targets; **timestamp**: the version of snapshot, with a short
  expiry (a frozen, stale bundle is refused once it expires).

The release key signs targets, snapshot and timestamp. The release state directory (kept by
whoever builds releases, next to the keys) holds every root version and the last version
numbers, so each bundle's versions are higher than the one before: an installer that saw a newer
bundle refuses an older one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from appliance.errors import ApplianceError, BundleError, InvalidInputError  # noqa: F401
from appliance.messages import M, Message

SPEC_VERSION = "1.0.31"
ROOT_EXPIRY_DAYS = 365
TARGETS_EXPIRY_DAYS = 365
TIMESTAMP_EXPIRY_DAYS = 30


def _now() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    base = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return base.replace(microsecond=0)


# Keys -----------------------------------------------------------------------------------------


def keygen(out: Path, name: str, passphrase: bytes | None = None) -> tuple[Path, Path, str]:
    """An Ed25519 key pair: ``NAME.key`` (PKCS#8 PEM, encrypted when a passphrase is given) and
    ``NAME.pub`` (the TUF key as JSON). Returns the paths and the key id (its fingerprint)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from securesystemslib.signer import SSlibKey

    out.mkdir(parents=True, exist_ok=True)
    key_path, pub_path = out / f"{name}.key", out / f"{name}.pub"
    for p in (key_path, pub_path):
        if p.exists():
            raise InvalidInputError(
                M("bundle.key_exists", "{path} already exists; refusing to overwrite a key.", path=str(p)),
                hint=M("bundle.key_exists.hint", "Choose another --name or folder."),
            )
    private = Ed25519PrivateKey.generate()
    enc = serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    pub = SSlibKey.from_crypto(private.public_key())
    pub_path.write_text(json.dumps({"keyid": pub.keyid, **pub.to_dict()}, indent=2, sort_keys=True) + "\n")
    return key_path, pub_path, pub.keyid


def load_public(path: Path):
    from securesystemslib.signer import SSlibKey

    try:
        d = json.loads(Path(path).read_text())
        keyid = d.pop("keyid")
        return SSlibKey.from_dict(keyid, d)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInputError(
            M(
                "bundle.not_public_key",
                "{path} is not a public key written by `appliance-bundle keygen`: {error}.",
                path=str(path),
                error=str(exc),
            ),
            hint=M("bundle.not_public_key.hint", "Give the .pub file."),
        ) from exc


def load_signer(path: Path, passphrase: bytes | None = None):
    """A signer from ``NAME.key`` (its public key from ``NAME.pub`` beside it, or derived)."""
    from cryptography.hazmat.primitives import serialization
    from securesystemslib.signer import CryptoSigner, SSlibKey

    try:
        priv = serialization.load_pem_private_key(Path(path).read_bytes(), password=passphrase)
    except (OSError, ValueError, TypeError) as exc:
        raise InvalidInputError(
            M(
                "bundle.private_key_unreadable",
                "Cannot read the private key {path}: {error}.",
                path=str(path),
                error=str(exc),
            ),
            hint=M(
                "bundle.private_key_unreadable.hint",
                "Give the .key file from `appliance-bundle keygen` and, if it is encrypted, "
                "its passphrase (--passphrase-file).",
            ),
        ) from exc
    return CryptoSigner(priv, SSlibKey.from_crypto(priv.public_key()))


# Release state ----------------------------------------------------------------------------------


def init_state(state: Path, root_pubs: list[Path], release_pub: Path, threshold: int, root_signers: list) -> Path:
    """A new release state with root version 1, signed by ``threshold`` of the root keys."""
    from tuf.api.metadata import Metadata, Root

    if (state / "1.root.json").exists():
        raise InvalidInputError(
            M("bundle.state_exists", "{path} already holds a release state.", path=str(state)),
            hint=M("bundle.state_exists.hint", "Use it, or choose another folder."),
        )
    if not 1 <= threshold <= len(root_pubs):
        raise InvalidInputError(
            M(
                "bundle.threshold_too_high",
                "A threshold of {threshold} needs at least that many root keys; {n} given.",
                threshold=threshold,
                n=len(root_pubs),
            ),
            hint=M("bundle.threshold_too_high.hint", "Give more --root-key, or a lower --threshold."),
        )
    root = Root(
        version=1,
        expires=_now() + timedelta(days=ROOT_EXPIRY_DAYS),
        consistent_snapshot=False,
        spec_version=SPEC_VERSION,
    )
    for p in root_pubs:
        root.add_key(load_public(p), Root.type)
    release = load_public(release_pub)
    for role in ("targets", "snapshot", "timestamp"):
        root.add_key(release, role)
    root.roles[Root.type].threshold = threshold
    md = Metadata(root)
    _sign(md, root_signers, need=threshold, role=M("bundle.role.root", "root"))
    state.mkdir(parents=True, exist_ok=True)
    (state / "1.root.json").write_bytes(md.to_bytes(_serializer()))
    (state / "state.json").write_text(json.dumps({"release_version": 0}, indent=2) + "\n")
    return state / "1.root.json"


def rotate_root(
    state: Path,
    old_signers: list,
    new_root_pubs: list[Path],
    threshold: int,
    new_signers: list,
    release_pub: Path | None = None,
) -> Path:
    """Root version N+1 with new root keys (and optionally a new release key), signed by the old
    threshold and the new one, as TUF requires for a client to accept it."""
    from tuf.api.metadata import Metadata, Root

    current = latest_root(state)
    old = current.signed
    new = Root(
        version=old.version + 1,
        expires=_now() + timedelta(days=ROOT_EXPIRY_DAYS),
        consistent_snapshot=False,
        spec_version=SPEC_VERSION,
    )
    for p in new_root_pubs:
        new.add_key(load_public(p), Root.type)
    release_keys = [load_public(release_pub)] if release_pub else [old.keys[k] for k in old.roles["targets"].keyids]
    for role in ("targets", "snapshot", "timestamp"):
        for k in release_keys:
            new.add_key(k, role)
    new.roles[Root.type].threshold = threshold
    md = Metadata(new)
    _sign(
        md,
        old_signers,
        need=old.roles[Root.type].threshold,
        role=M("bundle.role.root_old", "root (old keys)"),
        allowed=old.roles[Root.type].keyids,
    )
    _sign(
        md,
        new_signers,
        need=threshold,
        role=M("bundle.role.root_new", "root (new keys)"),
        allowed=new.roles[Root.type].keyids,
        append=True,
    )
    path = state / f"{new.version}.root.json"
    path.write_bytes(md.to_bytes(_serializer()))
    return path


def latest_root(state: Path):
    from tuf.api.metadata import Metadata

    versions = sorted(int(p.name.split(".")[0]) for p in state.glob("*.root.json") if p.name.split(".")[0].isdigit())
    if not versions:
        raise InvalidInputError(
            M("bundle.no_state", "{path} holds no release state (no 1.root.json).", path=str(state)),
            hint=M("bundle.no_state.hint", "Create one with `appliance-bundle init-state`."),
        )
    return Metadata.from_bytes((state / f"{versions[-1]}.root.json").read_bytes())


def _serializer():
    from tuf.api.serialization.json import JSONSerializer

    return JSONSerializer(compact=False)


def _sign(md, signers, *, need: int, role: Message, allowed=None, append: bool = False) -> None:
    allowed = set(allowed) if allowed is not None else None
    used = 0
    first = not append
    for s in signers:
        if allowed is not None and s.public_key.keyid not in allowed:
            continue
        md.sign(s, append=not first)
        first = False
        used += 1
    if used < need:
        raise InvalidInputError(
            M(
                "bundle.too_few_signers",
                "Signing {role} needs {need} of its keys; {used} of the keys given belong to it.",
                role=role,
                need=need,
                used=used,
            ),
            hint=M("bundle.too_few_signers.hint", "Give the private keys of that role with --root-key."),
        )


# Signing a bundle ----------------------------------------------------------------------------


def _walk(targets_dir: Path) -> list[str]:
    out = []
    for p in sorted(targets_dir.rglob("*")):
        if p.is_symlink():
            raise InvalidInputError(
                M("bundle.symlink", "{path} is a symbolic link; a bundle holds plain files only.", path=str(p)),
                hint=M("bundle.symlink.hint", "Copy the file it points to instead."),
            )
        if p.is_file():
            out.append(p.relative_to(targets_dir).as_posix())
    return out


def sign_bundle(bundle: Path, state: Path, release_signer, *, timestamp_days: int = TIMESTAMP_EXPIRY_DAYS) -> dict:
    """Write ``bundle/metadata/`` for the files under ``bundle/targets/``: every root version
    from the release state, and targets, snapshot and timestamp with versions one higher than
    the state's last release. Returns a summary."""
    from tuf.api.metadata import Metadata, MetaFile, Snapshot, TargetFile, Targets, Timestamp

    targets_dir = bundle / "targets"
    if not targets_dir.is_dir():
        raise InvalidInputError(
            M("bundle.no_targets", "{path} has no targets/ folder to sign.", path=str(bundle)),
            hint=M("bundle.no_targets.hint", "Build the bundle first (make bundle)."),
        )
    root_md = latest_root(state)
    release_ids = set(root_md.signed.roles["targets"].keyids)
    if release_signer.public_key.keyid not in release_ids:
        raise InvalidInputError(
            M("bundle.wrong_release_key", "The release key given is not the one the root names for targets."),
            hint=M(
                "bundle.wrong_release_key.hint",
                "Use the release key that `init-state` (or the last root rotation) was given.",
            ),
        )
    st = json.loads((state / "state.json").read_text())
    version = int(st.get("release_version", 0)) + 1
    now = _now()
    targets = Targets(version=version, expires=now + timedelta(days=TARGETS_EXPIRY_DAYS), spec_version=SPEC_VERSION)
    for rel in _walk(targets_dir):
        targets.targets[rel] = TargetFile.from_file(rel, str(targets_dir / rel), ["sha256"])
    meta = bundle / "metadata"
    staging = bundle / "metadata.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    ser = _serializer()
    t_md = Metadata(targets)
    t_md.sign(release_signer)
    t_bytes = t_md.to_bytes(ser)
    (staging / "targets.json").write_bytes(t_bytes)
    snapshot = Snapshot(
        version=version,
        expires=now + timedelta(days=TARGETS_EXPIRY_DAYS),
        spec_version=SPEC_VERSION,
        meta={
            "targets.json": MetaFile(
                version=version, length=len(t_bytes), hashes={"sha256": hashlib.sha256(t_bytes).hexdigest()}
            )
        },
    )
    s_md = Metadata(snapshot)
    s_md.sign(release_signer)
    s_bytes = s_md.to_bytes(ser)
    (staging / "snapshot.json").write_bytes(s_bytes)
    timestamp = Timestamp(
        version=version,
        expires=now + timedelta(days=timestamp_days),
        spec_version=SPEC_VERSION,
        snapshot_meta=MetaFile(
            version=version, length=len(s_bytes), hashes={"sha256": hashlib.sha256(s_bytes).hexdigest()}
        ),
    )
    ts_md = Metadata(timestamp)
    ts_md.sign(release_signer)
    (staging / "timestamp.json").write_bytes(ts_md.to_bytes(ser))
    for p in sorted(state.glob("*.root.json")):
        shutil.copy2(p, staging / p.name)
    shutil.rmtree(meta, ignore_errors=True)
    staging.rename(meta)
    st["release_version"] = version
    tmp = state / "state.json.partial"
    tmp.write_text(json.dumps(st, indent=2) + "\n")
    os.replace(tmp, state / "state.json")
    return {
        "version": version,
        "targets": len(targets.targets),
        "root_version": root_md.signed.version,
        "timestamp_expires": timestamp.expires.isoformat(),
    }


def fingerprint(root_bytes: bytes) -> str:
    """What IT compares by voice or on paper: SHA-256 of the root metadata file, in groups."""
    h = hashlib.sha256(root_bytes).hexdigest()
    return " ".join(h[i : i + 8] for i in range(0, 64, 8))
