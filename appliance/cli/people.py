"""``appliance people``, ``approvals`` and ``policy``: governance (docs/governance.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from appliance.cli.render import out, print_json, table
from appliance.messages import M, text


def _new_passphrase(app, name: str, path: str | None) -> str:
    from appliance.security.session import Credentials

    creds = Credentials(passphrase_file=Path(path) if path else None, warn=app.creds.warn)
    prompt = M("cli.people.prompt_new", "Passphrase for {name} (12+ characters, typed by them): ", name=name)
    return creds.passphrase(prompt, confirm=True, use_env=False)


def _session_person(app) -> str | None:
    """Who acts: --as, else the session agent's person, else the only person."""
    from appliance.audit.people import People
    from appliance.security import agent

    if app.creds.person:
        return app.creds.person
    client = agent.connect(app.home.root)
    if client is not None and client.person:
        return client.person["name"]
    return People(app.catalog).sole()


def _prove(app, name: str | None):
    """``name`` proves their passphrase now (signing and key operations always ask): ``Opened``."""
    from appliance.audit import roles
    from appliance.audit.people import People
    from appliance.errors import LockedError

    if name is None:
        raise LockedError(
            M("workspace.who", "This workspace has several people: say who signs in."),
            hint=M("workspace.who.hint", "Pass --as NAME (see `appliance people list`)."),
        )
    passphrase = app.creds.passphrase(M("workspace.prompt_person", "Passphrase of {name}: ", name=name))
    opened = People(app.catalog).open(name, passphrase, app.creds.keyfile_bytes())
    roles.set_person(opened.person)
    return opened


# people -------------------------------------------------------------------------------------
@click.group()
def people() -> None:
    """People of the workspace: their own passphrases, keys and roles."""


@people.command("init")
@click.argument("name")
@click.pass_obj
def init_cmd(app, name: str) -> None:
    """Give this workspace people: you (the passphrase holder) become admin NAME."""
    from appliance.audit import people as ops

    opened = ops.init(
        app.catalog,
        app.creds.passphrase(M("cli.keys.prompt_current", "Current passphrase: ")),
        name,
        keyfile=app.creds.keyfile_bytes(),
    )
    opened.forget()
    out.print(
        text(
            M(
                "cli.people.init_done",
                "{name} is the admin of this workspace and unlocks it with their passphrase; add people with "
                "`appliance people add NAME --role ROLE`.",
                name=name,
            )
        )
    )


@people.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(["admin", "operator", "approver", "auditor"]))
@click.option(
    "--new-passphrase-file", type=click.Path(exists=True, dir_okay=False), help="Their passphrase, from a file."
)
@click.pass_obj
def add_cmd(app, name: str, role: str, new_passphrase_file: str | None) -> None:
    """Add a person (admins): their keys are made and the master key sealed to them."""
    from appliance.audit import people as ops

    admin = _prove(app, _session_person(app))
    try:
        row = ops.add(
            app.catalog,
            admin,
            name,
            role,
            _new_passphrase(app, name, new_passphrase_file),
            keyfile=app.creds.keyfile_bytes(),
        )
    finally:
        admin.forget()
    out.print(
        text(M("cli.people.added", "Added {name} ({role}), {id}.", name=row["name"], role=row["role"], id=row["id"]))
    )


@people.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also removed people.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def list_cmd(app, show_all: bool, as_json: bool) -> None:
    """People, their roles and public keys' fingerprints."""
    from appliance.audit.people import People

    rows = People(app.catalog).list(include_removed=show_all)
    if as_json:
        print_json(rows)
        return
    table(
        ["name", "role", "status", "id", "signing key", "added"],
        [[r["name"], r["role"], r["status"], r["id"], r["sign_public"][:16], r["created_at"]] for r in rows],
    )


@people.command("remove")
@click.argument("name")
@click.option("--rotate", is_flag=True, help="Also rotate the master key at once (asks your passphrase).")
@click.pass_obj
def remove_cmd(app, name: str, rotate: bool) -> None:
    """Remove a person (admins): their keys are deleted; rotating the master key is offered."""
    from appliance.audit import people as ops

    app.keys()
    ops.remove(app.catalog, name)
    if rotate:
        from appliance import workspace
        from appliance.security import agent
        from appliance.security.vault import Vault

        me = _session_person(app)
        passphrase = app.creds.passphrase(M("workspace.prompt_person", "Passphrase of {name}: ", name=me))
        mk_id, n = workspace.rotate_master_key(
            Vault(app.catalog), passphrase, keyfile=app.creds.keyfile_bytes(), person=me
        )
        agent.stop(app.home.root)
        out.print(
            text(
                M(
                    "cli.people.removed_rotated",
                    "Removed {name}; new master key {mk_id}, {n} data keys rewrapped. Unlock again.",
                    name=name,
                    mk_id=mk_id,
                    n=n,
                )
            )
        )
        return
    out.print(
        text(
            M(
                "cli.people.removed",
                "Removed {name}: their keys are deleted. Rotate the master key (`appliance keys rotate`) so that a copy "
                "of the catalog taken before opens nothing new.",
                name=name,
            )
        )
    )


@people.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(["admin", "operator", "approver", "auditor"]))
@click.pass_obj
def role_cmd(app, name: str, role: str) -> None:
    """Change a person's role (admins)."""
    from appliance.audit import people as ops

    app.keys()
    row = ops.set_role(app.catalog, name, role)
    out.print(text(M("cli.people.role_set", "{name} is now {role}.", name=row["name"], role=row["role"])))


@people.command("key-file")
@click.argument("name")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Where to write it.")
@click.pass_obj
def key_file_cmd(app, name: str, output: str) -> None:
    """Write NAME's key (still locked by their passphrase) for signing approvals on another machine."""
    from appliance.audit.actions import action
    from appliance.audit.people import People
    from appliance.fsutil import atomic_write_text

    opened = _prove(app, name)  # only they may take their key away
    opened.forget()
    people = People(app.catalog)
    row = people.row(name)
    with action(app.catalog, "people.passwd", objects=[row["id"]], params={"key_file": True}):
        atomic_write_text(Path(output), json.dumps(people.key_file(name), indent=2), mode=0o600)
    out.print(
        text(
            M(
                "cli.people.key_file_written",
                "Wrote {name}'s key to {path}; it opens only with their passphrase.",
                name=name,
                path=output,
            )
        )
    )


# approvals ----------------------------------------------------------------------------------
@click.group()
def approvals() -> None:
    """Four-eyes approvals: requests waiting for a second person, decisions, files."""


def _show(row: dict) -> None:
    out.print(
        text(
            M(
                "cli.approvals.line",
                "{id}  {status}  {action}: {summary} (asked by {who} at {when}; expires {expires})",
                id=row["id"],
                status=row["status"],
                action=row["action"],
                summary=row["summary"],
                who=row["requested_by"]["name"],
                when=row["requested_at"],
                expires=row["expires_at"],
            )
        ),
        markup=False,
    )


@approvals.command("list")
@click.option("--status", "state", type=click.Choice(["pending", "approved", "refused", "used", "expired", "void"]))
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def approvals_list(app, state: str | None, as_json: bool) -> None:
    """Requests, newest first."""
    from appliance.audit import approvals as ops

    rows = ops.list_requests(app.catalog, state)
    if as_json:
        print_json(rows)
        return
    for row in rows:
        _show(row)
    if not rows:
        out.print(text(M("cli.approvals.none", "No requests.")))


@approvals.command("show")
@click.argument("request_id")
@click.pass_obj
def approvals_show(app, request_id: str) -> None:
    """One request: what it binds (digests of the exact objects) and its decision."""
    from appliance.audit import approvals as ops

    print_json(ops.view(ops._row(app.catalog, request_id)))


def _decide(app, request_id: str, decision: str, note: str) -> None:
    from appliance.audit import approvals as ops

    opened = _prove(app, _session_person(app))
    try:
        row = ops.decide(app.catalog, request_id, opened, decision, note)
    finally:
        opened.forget()
    out.print(text(M("cli.approvals.decided", "Request {id} is {status}.", id=row["id"], status=row["status"])))


@approvals.command("approve")
@click.argument("request_id")
@click.option("--note", default="", help="A note kept with the signed decision.")
@click.pass_obj
def approvals_approve(app, request_id: str, note: str) -> None:
    """Approve a request, signed with your key (asks your passphrase)."""
    _decide(app, request_id, "approve", note)


@approvals.command("refuse")
@click.argument("request_id")
@click.option("--note", default="", help="Why (kept with the signed decision).")
@click.pass_obj
def approvals_refuse(app, request_id: str, note: str) -> None:
    """Refuse a request, signed with your key."""
    _decide(app, request_id, "refuse", note)


@approvals.command("request")
@click.argument("request_id")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False))
@click.pass_obj
def approvals_request(app, request_id: str, output: str) -> None:
    """Write a request to a file for an approver who signs offline (`appliance-audit approve`)."""
    from appliance.audit import approvals as ops

    ops.write_request_file(app.catalog, request_id, output)
    out.print(text(M("cli.approvals.request_written", "Wrote request {id} to {path}.", id=request_id, path=output)))


@approvals.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def approvals_import(app, file: str) -> None:
    """Take in a decision signed offline: its signature, request and signer are checked."""
    from appliance.audit import approvals as ops

    app.keys()
    row = ops.import_decision(app.catalog, Path(file).read_bytes(), source=file)
    out.print(text(M("cli.approvals.decided", "Request {id} is {status}.", id=row["id"], status=row["status"])))


# policy -------------------------------------------------------------------------------------
@click.group()
def policy() -> None:
    """The governance policy: which actions need a second person."""


@policy.command("show")
@click.pass_obj
def policy_show(app) -> None:
    """The policy in force (TOML)."""
    from appliance.audit import gov_policy

    doc = gov_policy.current(app.catalog)["approvals"]
    out.print("[approvals]", markup=False)
    out.print("required = [" + ", ".join(f'"{a}"' for a in doc["required"]) + "]", markup=False)
    out.print(f"valid_hours = {doc['valid_hours']}", markup=False)


@policy.command("set")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def policy_set(app, file: str) -> None:
    """Set a new policy (admins; a second person approves it)."""
    from appliance.audit import approvals as ops

    app.keys()
    res = ops.set_policy(app.catalog, Path(file).read_text(encoding="utf-8"), source=file)
    out.print(
        text(
            M(
                "cli.policy.set",
                "Policy version {version} is in force ({sha}).",
                version=res["version"],
                sha=res["sha256"][:12],
            )
        )
    )
