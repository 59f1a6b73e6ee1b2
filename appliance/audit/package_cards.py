"""The model cards an evidence package carries (docs/formats/audit-log.md, "Evidence package").

Each export's model card, ML-BOM and their detached signatures (written by ``export/card.py``,
gathered by ``evidence.export_cards``) go under ``cards/<export id>/``; the manifest lists them
under ``"cards"`` with each file's SHA-256, the export's status and the card files the workspace
should have held but did not (``missing``) or held altered (``altered``). A reader checks every
listed file against the manifest; ``check_cards`` checks each document's signature against the
log's signing key in ``keys.json`` (the key that signs the checkpoints).
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from appliance.audit import records
from appliance.errors import PackageError
from appliance.messages import M, Message

_CARD_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


def write_cards(staging: Path, cards: dict) -> dict:
    out = {}
    for export_id, entry in sorted(cards.items()):
        folder = staging / "cards" / export_id
        folder.mkdir(parents=True, mode=0o700)
        for name, data in entry["files"].items():
            (folder / name).write_bytes(data)
        files = {n: hashlib.sha256(d).hexdigest() for n, d in entry["files"].items()}
        out[export_id] = {**{k: entry.get(k) for k in ("status", "model_id", "missing", "altered")}, "files": files}
    return out


def read_cards(path: Path, manifest: dict) -> dict:
    """The model cards a package carries (``cards/<export>/<name>``), each file checked against the
    manifest: ``{export id: {"status", "model_id", "missing", "altered", "files": {name: bytes}}}``."""
    listed, out = manifest.get("cards") or {}, {}
    if not isinstance(listed, dict):
        raise PackageError(M("package.bad_cards", "{path}/manifest.json: 'cards' is not an object", path=str(path)))
    for export_id, entry in listed.items():
        files = entry.get("files") if isinstance(entry, dict) else None
        names = [export_id, *files] if isinstance(files, dict) else []
        if not names or not all(isinstance(n, str) and _CARD_NAME.fullmatch(n) for n in names):
            raise PackageError(
                M(
                    "package.bad_card_entry",
                    "{path}/manifest.json: card entry {export_id:.40} is malformed",
                    path=str(path),
                    export_id=repr(export_id),
                )
            )
        got = {}
        for name, digest in files.items():
            try:
                data = (path / "cards" / export_id / name).read_bytes()
            except OSError:
                data = None
            if data is None or hashlib.sha256(data).hexdigest() != digest:
                raise PackageError(
                    M(
                        "package.card_modified",
                        "{path}: cards/{export_id}/{name} is missing or does not match the "
                        "manifest (modified after export)",
                        path=str(path),
                        export_id=export_id,
                        name=name,
                    )
                )
            got[name] = data
        out[export_id] = {**entry, "files": got}
    return out


def check_cards(pkg: dict) -> list[Message]:
    """Each carried card file's signature (``NAME.sig`` beside it) checked against the log's signing
    key (``keys.json``); a file the export's record names but the package lacks is named too."""
    from appliance.audit.signing import verify_detached

    problems, public = [], records.unb64(pkg["keys"]["signing_public"])
    for export_id, entry in sorted(pkg.get("cards", {}).items()):
        files = entry["files"]
        for name in sorted(n for n in files if not n.endswith(".sig")):
            try:
                sig = json.loads(files.get(name + ".sig", b"null"))
            except (ValueError, RecursionError):
                sig = None
            why = verify_detached(files[name], sig, public)
            if why is not None:
                problems.append(
                    M(
                        "package.card_signature",
                        "card {export_id}/{name}: {why}",
                        export_id=export_id,
                        name=name,
                        why=why,
                    )
                )
        missing = entry.get("missing")
        for name in missing if isinstance(missing, list) else []:
            problems.append(
                M(
                    "package.card_missing",
                    "card {export_id}/{name}: missing in the workspace",
                    export_id=export_id,
                    name=str(name),
                )
            )
    return problems
