"""``appliance audit`` (the operator's side of the audit log) and ``appliance auditor keygen``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from appliance.cli.render import err, out, print_json, table
from appliance.messages import M, text


def _live_result(app, kept_path: str | None, decrypt: bool):
    from appliance.audit.evidence import verify_log

    return verify_log(app.catalog, keys=app.keys if decrypt else None, kept_path=Path(kept_path) if kept_path else None)


@click.group()
def audit() -> None:
    """The encrypted, tamper-evident audit log: verify, export for auditors, manage auditors."""


@audit.command("verify")
@click.option(
    "--checkpoint",
    "kept_path",
    type=click.Path(exists=True, dir_okay=False),
    help="A checkpoint kept from an earlier verification (detects truncation and restored copies).",
)
@click.option("--decrypt/--no-decrypt", default=False, help="Also decrypt every record (needs the workspace unlocked).")
@click.option("--save-checkpoint", type=click.Path(dir_okay=False), help="Write the newest checkpoint here.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def verify_cmd(app, kept_path, decrypt, save_checkpoint, as_json) -> None:
    """Check the whole log: numbering, hash chain, signed checkpoints, Merkle roots (exit 11 if tampered)."""
    from appliance.audit.package import kept_checkpoint_json

    st, res = _live_result(app, kept_path, decrypt)
    if as_json:
        print_json(
            {
                "ok": res.ok,
                "size": res.size,
                "root": res.root.hex(),
                "first_bad_seq": res.first_bad_seq,
                "first_bad_at_most": res.first_bad_at_most,
                "first_bad_exact": res.first_bad_exact,
                "checkpoints_ok": res.checkpoints_ok,
                "findings": [{**vars(f), "message": text(f.message, "en")} for f in res.findings],
            }
        )
    else:
        out.print(res.summary(), markup=False)
        for f in res.findings:
            err.print(f"  {f}", markup=False)
    if save_checkpoint and res.ok and res.latest_checkpoint:
        from appliance.errors import InvalidInputError

        kept = json.dumps(kept_checkpoint_json(st["log_id"], st["signing_public"], res.latest_checkpoint), indent=2)
        try:
            Path(save_checkpoint).write_text(kept + "\n")
        except OSError as exc:
            raise InvalidInputError(
                M(
                    "cli.audit.cannot_save_checkpoint",
                    "Cannot write the checkpoint to {path}: {reason}.",
                    path=str(save_checkpoint),
                    reason=str(exc.strerror or exc),
                ),
                hint=M(
                    "cli.audit.cannot_save_checkpoint.hint",
                    "Give a file in a folder you can write to (--save-checkpoint).",
                ),
            ) from exc
    if not res.ok:
        from appliance.security.sealed import IntegrityError

        kinds = ", ".join(dict.fromkeys(f.kind for f in res.findings))
        raise IntegrityError(
            M(
                "cli.audit.verify_failed",
                "The audit log failed verification: {where} ({kinds}).",
                where=res.where_message(),
                kinds=kinds,
            ),
            hint=M("cli.audit.verify_failed.hint", "Keep this machine as it is and contact your auditor."),
        )


@audit.command("export")
@click.option("--to", "dest", required=True, type=click.Path(file_okay=False), help="New folder for the package.")
@click.pass_obj
def export_cmd(app, dest: str) -> None:
    """Write an evidence package for the registered auditors (sealed records, checkpoints, proofs, keys)."""
    from appliance.audit.evidence import export_evidence

    done = export_evidence(
        app.catalog,
        Path(dest),
        on_note=lambda note: err.print(
            f"[yellow]{text(M('cli.warning', 'warning:'))}[/yellow] {text(note)}", highlight=False
        ),
    )
    out.print(
        text(
            M(
                "cli.audit.exported",
                "Wrote {path}: {n} records, root {root}…, "
                "for {auditors} auditor(s). Verify it with `appliance-audit verify {path} --key auditor.key`.",
                path=dest,
                n=done.size,
                root=done.root[:16],
                auditors=done.auditors,
            )
        )
    )


@audit.command("add-auditor")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def add_auditor(app, public_key_file: str) -> None:
    """Register an auditor from their auditor.pub (wraps the audit key to it; needs the workspace unlocked)."""
    from appliance.audit import approvals, records
    from appliance.audit.actions import action
    from appliance.audit.log import AuditLog

    log = AuditLog(app.catalog)
    data = Path(public_key_file).read_bytes()
    with action(app.catalog, "audit.add-auditor") as act:
        keys = app.keys()
        try:
            name, public = records.parse_public(data)
        except ValueError:
            name, public = "?", b""  # add_auditor below refuses it by name
        auditor_id = "aud-" + records.fingerprint(public) if public else None
        approval = None
        if auditor_id:
            approval = approvals.require(
                app.catalog,
                act,
                "audit.add-auditor",
                {"auditor_id": auditor_id, "name": name},
                M(
                    "approval.summary.auditor",
                    "Register auditor {name} ({auditor_id})",
                    name=name,
                    auditor_id=auditor_id,
                ),
            )
        with app.catalog.atomic():
            row = log.add_auditor(keys, data)
            act.add_object(row["auditor_id"])
            approvals.use(app.catalog, act, approval)
    out.print(
        text(
            M(
                "cli.audit.auditor_added",
                "Registered auditor {name} ({auditor_id}). Exports from now on can be read with their key.",
                name=row["name"],
                auditor_id=row["auditor_id"],
            )
        )
    )


@audit.command("auditors")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def auditors_cmd(app, as_json: bool) -> None:
    """List the registered auditors."""
    from appliance.audit.log import AuditLog

    rows = [
        {"auditor_id": a["auditor_id"], "name": a["name"], "added_at": a["added_at"]}
        for a in AuditLog(app.catalog).auditors()
    ]
    if as_json:
        print_json(rows)
        return
    table(["ID", "NAME", "ADDED"], [[r["auditor_id"], r["name"], r["added_at"]] for r in rows])


@audit.command("log")
@click.option("-n", "--last", "n", default=20, show_default=True, type=click.IntRange(1, 100000))
@click.option("--action", "action_", help="Only actions whose name contains this (e.g. dataset., unlock).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def log_cmd(app, n: int, action_: str | None, as_json: bool) -> None:
    """Decrypt and show the newest records (needs the workspace unlocked)."""
    st, res = _live_result(app, None, True)
    from appliance.audit.report import matches

    recs = [r for r in res.decrypted if matches(r, action=action_)][-n:]
    if as_json:
        print_json(recs)
        return
    table(
        ["SEQ", "TIME", "USER", "ACTION", "OUTCOME", "OBJECTS"],
        [
            [
                r.get("seq"),
                r.get("time"),
                (r.get("actor") or {}).get("user"),
                r.get("action"),
                r.get("outcome"),
                " ".join(map(str, r.get("objects") or []))[:60],
            ]
            for r in recs
        ],
    )


@click.group()
def auditor() -> None:
    """For auditors: create your key pair (the private key never leaves your machine)."""


@auditor.command("keygen")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False))
@click.option("--name", required=True)
@click.option("--passphrase-file", type=click.Path(exists=True, dir_okay=False))
def keygen(out_dir: str, name: str, passphrase_file: str | None) -> None:
    """Create auditor.key (keep) and auditor.pub (give to the operator). Needs no workspace."""
    from appliance.audit.auditor_keys import create_auditor_keypair

    password = Path(passphrase_file).read_text().rstrip("\r\n").encode() if passphrase_file else None
    key_path, pub_path, fingerprint = create_auditor_keypair(Path(out_dir), name, password=password)
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
