"""``appliance-audit``: the auditor's standalone tool. Needs no workspace and no appliance home.

    appliance-audit keygen --out DIR --name NAME [--passphrase-file F]
    appliance-audit verify PACKAGE --key auditor.key [--checkpoint kept.json | --against OLD_PACKAGE]
                           [--out REPORT_DIR] [--save-checkpoint kept.json]
                           [--since T] [--until T] [--actor USER|ROLE|PERSON] [--action TEXT] [--object ID] [--outcome O]
    appliance-audit prove PACKAGE --seq N      (inclusion proof of one record in the newest checkpoint)
    appliance-audit approve REQUEST --key PERSON_KEY -o DECISION [--refuse] [--note T]
                           (a second person signs an approval request offline: docs/governance.md)

``verify`` exits 0 when the log is intact and 1 when tampering was found; it always writes
``report.html``, ``records.csv`` and ``records.jsonl`` (the decrypted records, filtered), mode
0600 in a folder only its owner can enter (``report.private_folder``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from appliance.audit import merkle, records
from appliance.audit.package import PackageError, cp_to_json, kept_checkpoint_json, read_package, verify_package
from appliance.messages import LANGUAGES, M, set_language, text


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--language",
    type=click.Choice(LANGUAGES),
    help="The language of messages (default: env APPLIANCE_LANGUAGE, else the locale: LANG; else English).",
)
def main(language: str | None) -> None:
    """Verify and read an appliance's audit log, offline, with your own auditor key."""
    from appliance import isolation
    from appliance.offline import install_network_guard

    if language:
        set_language(language)

    install_network_guard()

    isolation.install()  # llama.cpp or torch in this process, never both


@main.command()
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False))
@click.option("--name", required=True, help="Your name or office, shown to the operator.")
@click.option(
    "--passphrase-file",
    type=click.Path(exists=True, dir_okay=False),
    help="Protect the private key with the passphrase in this file.",
)
def keygen(out_dir: str, name: str, passphrase_file: str | None) -> None:
    """Create an auditor key pair: keep auditor.key, give auditor.pub to the operator."""
    keygen_files(Path(out_dir), name, passphrase_file)


def keygen_files(out: Path, name: str, passphrase_file: str | None) -> tuple[Path, Path]:
    """``appliance-audit keygen``: ``create_auditor_keypair`` with the passphrase read from a file,
    its outcome printed, and its ``InvalidInputError`` as click's usage error (this tool runs
    click standalone)."""
    from appliance.audit.auditor_keys import create_auditor_keypair
    from appliance.errors import InvalidInputError

    try:
        password = _read_passphrase(passphrase_file)
        key_path, pub_path, fingerprint = create_auditor_keypair(out, name, password=password)
    except (InvalidInputError, PackageError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        text(
            M(
                "cli.auditor.keygen_done",
                "Private key: {key} (keep it; never send it). Public key: {pub} (fingerprint {fingerprint}).",
                key=str(key_path),
                pub=str(pub_path),
                fingerprint=fingerprint,
            )
        )
    )
    return key_path, pub_path


@main.command()
@click.argument("package", type=click.Path(exists=True, file_okay=False))
@click.option("--key", "key_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--key-passphrase-file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--checkpoint",
    "kept_path",
    type=click.Path(exists=True, dir_okay=False),
    help="A checkpoint saved by an earlier verification (--save-checkpoint): detects truncation, "
    "restored older copies and rewritten history.",
)
@click.option(
    "--against",
    "old_package",
    type=click.Path(exists=True, file_okay=False),
    help="An earlier package of the same log: as --checkpoint, and names the first changed record.",
)
@click.option("--out", "out_dir", default="audit-report", show_default=True, type=click.Path(file_okay=False))
@click.option("--save-checkpoint", type=click.Path(dir_okay=False), help="Keep the newest verified checkpoint here.")
@click.option("--since", help="Only records at or after this UTC time (e.g. 2026-11-01 or 2026-11-01T08:00).")
@click.option("--until", help="Only records up to this UTC time (inclusive prefix).")
@click.option("--actor", help="Only records by this OS user, role or person.")
@click.option(
    "--action", "action_", help="Only actions whose name contains this (e.g. dataset., unlock, model.export)."
)
@click.option("--object", "obj", help="Only records naming this object id (or part of it).")
@click.option("--outcome", type=click.Choice(["ok", "refused", "denied", "cancelled", "failed", "error"]))
def verify(
    package,
    key_path,
    key_passphrase_file,
    kept_path,
    old_package,
    out_dir,
    save_checkpoint,
    since,
    until,
    actor,
    action_,
    obj,
    outcome,
) -> None:
    """Verify PACKAGE's integrity and decrypt it with your key; write the report."""
    from appliance.audit.report import matches, write_outputs
    from appliance.audit.verify import joined

    try:
        password = _read_passphrase(key_passphrase_file)
        result, extra, pkg = verify_package(
            Path(package),
            Path(key_path),
            key_password=password,
            kept_path=Path(kept_path) if kept_path else None,
            old_package=Path(old_package) if old_package else None,
        )
        log_id = pkg["keys"]["log_id"]
        filters = {"since": since, "until": until, "actor": actor, "action": action_, "object": obj, "outcome": outcome}
        selected = [
            r
            for r in result.decrypted
            if matches(r, since=since, until=until, actor=actor, action=action_, obj=obj, outcome=outcome)
        ]
        outcome_ = write_outputs(
            Path(out_dir),
            result=result,
            selected=selected,
            manifest=pkg["manifest"],
            filters=filters,
            extra_findings=extra,
        )
    except PackageError as exc:
        raise click.ClickException(str(exc)) from exc
    if outcome_["made_private"]:
        click.echo(
            text(
                M(
                    "cli.auditor.made_private",
                    "Made {path} private (mode 700): it holds decrypted records.",
                    path=out_dir,
                )
            )
        )
    if result.ok and extra:
        click.echo(text(M("cli.auditor.fail_extra", "FAIL: {findings}", findings=joined(extra))))
    else:
        click.echo(result.summary())
        for line in extra:
            click.echo("  " + text(M("cli.auditor.also", "also: {finding}", finding=line)))
    click.echo(
        text(
            M(
                "cli.auditor.report_written",
                "Report: {path}; {n} records in records.csv and records.jsonl.",
                path=str(Path(out_dir) / "report.html"),
                n=outcome_["records"],
            )
        )
    )
    if save_checkpoint and outcome_["ok"] and result.latest_checkpoint:
        kept = json.dumps(
            kept_checkpoint_json(log_id, records.unb64(pkg["keys"]["signing_public"]), result.latest_checkpoint),
            indent=2,
        )
        try:
            Path(save_checkpoint).write_text(kept + "\n")
        except OSError as exc:
            raise click.ClickException(
                text(
                    M(
                        "cli.audit.cannot_save_checkpoint",
                        "Cannot write the checkpoint to {path}: {reason}.",
                        path=str(save_checkpoint),
                        reason=str(exc.strerror or exc),
                    )
                )
            ) from exc
        click.echo(
            text(
                M(
                    "cli.auditor.checkpoint_kept",
                    "Kept checkpoint (size {size}) in {path}.",
                    size=result.latest_checkpoint["size"],
                    path=str(save_checkpoint),
                )
            )
        )
    if not outcome_["ok"]:
        sys.exit(1)


@main.command()
@click.argument("package", type=click.Path(exists=True, file_okay=False))
@click.option("--seq", type=int, required=True)
def prove(package: str, seq: int) -> None:
    """Print an inclusion proof of record SEQ in the newest checkpoint, and check it."""
    try:
        pkg = read_package(Path(package))
    except PackageError as exc:
        raise click.ClickException(str(exc)) from exc
    leaves = [merkle.leaf_hash(records.leaf_data(r[0], r[1], r[2])) for r in pkg["rows"]]
    if not pkg["checkpoints"]:
        raise click.ClickException(
            text(
                M(
                    "cli.auditor.no_checkpoint",
                    "{path} has no checkpoint: no record of it is proven (run verify).",
                    path=str(package),
                )
            )
        )
    cp = max(pkg["checkpoints"], key=lambda c: c["size"])
    if not 0 <= seq < min(cp["size"], len(leaves)):
        raise click.ClickException(
            text(
                M(
                    "cli.auditor.not_covered",
                    "record {seq} is not under the newest checkpoint (size {size}, {n} records in the package).",
                    seq=seq,
                    size=cp["size"],
                    n=len(leaves),
                )
            )
        )
    proof = merkle.inclusion_proof(seq, leaves[: cp["size"]])
    ok = merkle.verify_inclusion(seq, cp["size"], leaves[seq], proof, cp["root"])
    click.echo(
        json.dumps(
            {
                "log_id": pkg["keys"]["log_id"],
                "seq": seq,
                "leaf": leaves[seq].hex(),
                "checkpoint": cp_to_json(cp),
                "proof": [p.hex() for p in proof],
                "verified": ok,
            },
            indent=2,
        )
    )
    if not ok:
        sys.exit(1)


@main.command()
@click.argument("request", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--key", "key_path", required=True, type=click.Path(exists=True, dir_okay=False), help="Your person key file."
)
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False), help="Where to write the signed decision."
)
@click.option("--refuse", is_flag=True, help="Refuse instead of approving.")
@click.option("--note", default="", help="A note kept with the signed decision.")
@click.option("--passphrase-file", type=click.Path(exists=True, dir_okay=False), help="Your passphrase, from a file.")
@click.option(
    "--key-file",
    "workspace_key_file",
    type=click.Path(exists=True, dir_okay=False),
    help="The workspace's key file, if it has one.",
)
def approve(request, key_path, output, refuse, note, passphrase_file, workspace_key_file) -> None:
    """Sign a decision on an approval request offline, with your person key (`appliance people key-file`)."""
    import getpass

    from appliance.audit import approvals
    from appliance.audit.people import open_key_file
    from appliance.errors import ApplianceError
    from appliance.fsutil import atomic_write_text

    try:
        doc = json.loads(Path(request).read_text(encoding="utf-8"))
        key_doc = json.loads(Path(key_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise click.ClickException(
            text(M("cli.auditor.approve_unreadable", "Cannot read {path}: {reason}", path=request, reason=str(exc)))
        ) from exc
    try:
        raw = _read_passphrase(passphrase_file)
        passphrase = (
            raw.decode("utf-8")
            if raw is not None
            else getpass.getpass(text(M("cli.auditor.approve_prompt", "Your passphrase: ")))
        )
        keyfile = Path(workspace_key_file).read_bytes() if workspace_key_file else None
        person, signing = open_key_file(key_doc, passphrase, keyfile)
        click.echo(
            text(
                M(
                    "cli.auditor.approve_what",
                    "{action}: {summary} (asked by {who})",
                    action=doc.get("action"),
                    summary=doc.get("summary"),
                    who=(doc.get("requested_by") or {}).get("name"),
                )
            )
        )
        signed = approvals.sign_offline(doc, person, signing, "refuse" if refuse else "approve", note)
        atomic_write_text(Path(output), json.dumps(signed, indent=2, ensure_ascii=False))
    except ApplianceError as exc:
        click.echo(exc.render(), err=True)
        sys.exit(exc.exit_code)
    click.echo(text(M("cli.auditor.approve_written", "Signed decision written to {path}.", path=output)))


def _read_passphrase(path: str | None) -> bytes | None:
    if not path:
        return None
    try:
        return Path(path).read_bytes().rstrip(b"\r\n")
    except OSError as exc:
        raise PackageError(
            M(
                "session.passphrase_file_unreadable",
                "Cannot read the passphrase file {path}: {reason}.",
                path=str(path),
                reason=str(exc.strerror or exc),
            )
        ) from exc


if __name__ == "__main__":
    main()
