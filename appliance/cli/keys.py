"""``appliance init``, ``unlock``, ``lock`` and ``keys``: the workspace's key vault."""

from __future__ import annotations

from pathlib import Path

import click

from appliance import workspace
from appliance.cli.render import err, out, print_json
from appliance.messages import M, text

_NEW_PASSPHRASE = M("cli.keys.prompt_new", "New passphrase (12+ characters): ")


@click.command()
@click.option(
    "--key-file",
    "new_key_file",
    type=click.Path(dir_okay=False),
    help="Also require this key file (created with 64 random bytes if it does not exist), e.g. on removable media.",
)
@click.option(
    "--kdf-memory",
    default=64,
    show_default=True,
    type=click.IntRange(64, 4096),
    help="Argon2id memory in MiB (at least 64).",
)
@click.option(
    "--kdf-time", default=3, show_default=True, type=click.IntRange(3, 64), help="Argon2id passes (at least 3)."
)
@click.option(
    "--admin", metavar="NAME", help="Give the workspace people at once: you become admin NAME (docs/governance.md)."
)
@click.pass_obj
def init(app, new_key_file, kdf_memory, kdf_time, admin) -> None:
    """Create the workspace's keys, protected by a passphrase (and optionally a key file)."""
    from appliance.security.vault import Vault, create_keyfile, read_keyfile

    vault = Vault(app.catalog)
    if vault.initialised:
        from appliance.errors import InvalidInputError

        raise InvalidInputError(
            M("vault.already_has_keys", "This workspace already has keys."),
            hint=M("vault.already_has_keys.hint", "Use `appliance keys passwd` to change the passphrase."),
        )
    passphrase = app.creds.passphrase(_NEW_PASSPHRASE, confirm=True)
    keyfile = None
    if new_key_file:
        path = Path(new_key_file)
        keyfile = read_keyfile(path) if path.exists() else create_keyfile(path)
        err.print(
            text(
                M(
                    "cli.keys.keyfile_made",
                    "Key file: {path} (keep it apart from this machine; without it the workspace cannot be opened).",
                    path=str(path),
                )
            )
        )
    mk = workspace.init(
        vault,
        passphrase,
        keyfile=keyfile,
        kdf={"time_cost": kdf_time, "memory_kib": kdf_memory * 1024, "parallelism": 4},
    )
    mk.forget()
    if admin:
        from appliance.audit import people

        people.init(app.catalog, passphrase, admin, keyfile=keyfile).forget()
    out.print(
        text(
            M(
                "cli.keys.created",
                "Workspace keys created ({workspace_id}). Run `appliance unlock` to start a session.",
                workspace_id=vault.status()["workspace_id"],
            )
        )
    )


@click.command()
@click.option(
    "--timeout",
    default=15,
    show_default=True,
    type=click.IntRange(1, 24 * 60),
    help="Lock again after this many idle minutes.",
)
@click.pass_obj
def unlock(app, timeout: int) -> None:
    """Unlock the workspace for this user's commands until `appliance lock` or the idle timeout."""
    from appliance.audit import roles
    from appliance.audit.people import People
    from appliance.security import agent
    from appliance.security.vault import Vault

    vault = Vault(app.catalog)
    people = People(app.catalog)
    name = (app.creds.person or people.sole()) if people.any() else None
    prompt = M("workspace.prompt_person", "Passphrase of {name}: ", name=name) if name else None
    mk = workspace.unlock(
        vault, app.creds.passphrase(prompt), keyfile=app.creds.keyfile_bytes(), method="session-agent", person=name
    )
    try:
        client = agent.start(app.home.root, mk, idle_seconds=timeout * 60, person=roles.person())
    finally:
        mk.forget()
    out.print(
        text(
            M(
                "cli.keys.unlocked",
                "Unlocked {workspace_id}; locks after {minutes} idle minutes or `appliance lock`.",
                workspace_id=client.workspace_id,
                minutes=timeout,
            )
        )
    )


@click.command()
@click.pass_obj
def lock(app) -> None:
    """Lock the workspace: the session agent forgets the master key and exits."""
    from appliance.audit.actions import action
    from appliance.security import agent

    with action(app.catalog, "session.lock"):
        if agent.stop(app.home.root):
            out.print(text(M("cli.keys.locked", "Locked.")))
        else:
            out.print(text(M("cli.keys.already_locked", "Already locked.")))


@click.group()
def keys() -> None:
    """The key vault: status, passphrase change, master-key rotation."""


@keys.command("status")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def status_cmd(app, as_json: bool) -> None:
    """Show the vault's parameters and whether a session is unlocked (no secrets)."""
    from appliance.security import agent
    from appliance.security.vault import Vault

    st = Vault(app.catalog).status()
    client = agent.connect(app.home.root)
    st["unlocked"] = client is not None
    st["locks_in_seconds"] = client.expires_in if client else None
    if as_json:
        print_json(st)
        return
    if not st["initialised"]:
        out.print(text(M("cli.keys.no_keys", "No keys yet: run `appliance init`.")))
        return
    k = st["kdf"]
    if client:
        session = M(
            "cli.keys.session_unlocked", "unlocked (locks in {minutes} min).", minutes=st["locks_in_seconds"] // 60
        )
    else:
        session = M("cli.keys.session_locked", "locked.")
    out.print(
        text(
            M(
                "cli.keys.status",
                "Workspace {workspace_id}: Argon2id t={t} m={m} MiB p={p}; key file {keyfile}; "
                "master key {master_key}; {n} data keys; {session}",
                workspace_id=st["workspace_id"],
                t=k["time_cost"],
                m=k["memory_kib"] // 1024,
                p=k["parallelism"],
                keyfile=M("cli.keys.keyfile_required", "required")
                if st["keyfile_required"]
                else M("cli.keys.keyfile_not_used", "not used"),
                master_key=st["master_key"],
                n=st["data_keys"],
                session=session,
            )
        )
    )


@keys.command("passwd")
@click.option(
    "--new-passphrase-file",
    type=click.Path(exists=True, dir_okay=False),
    help="Read the new passphrase from this file instead of asking.",
)
@click.option(
    "--new-key-file",
    type=click.Path(dir_okay=False),
    help="Require this key file from now on (created if it does not exist).",
)
@click.option("--drop-key-file", is_flag=True, help="Stop requiring a key file.")
@click.pass_obj
def passwd_cmd(app, new_passphrase_file, new_key_file, drop_key_file) -> None:
    """Change the passphrase (rewraps the master key only; no data is re-encrypted)."""
    from appliance.security.vault import Vault, create_keyfile, read_keyfile

    current = app.creds.passphrase(M("cli.keys.prompt_current", "Current passphrase: "))
    from appliance.security.session import Credentials

    new = Credentials(passphrase_file=new_passphrase_file, warn=app.creds.warn).passphrase(
        _NEW_PASSPHRASE, confirm=True, use_env=False
    )
    new_kf = None
    if new_key_file:
        p = Path(new_key_file)
        new_kf = read_keyfile(p) if p.exists() else create_keyfile(p)
    workspace.change_passphrase(
        Vault(app.catalog),
        current,
        new,
        keyfile=app.creds.keyfile_bytes(),
        new_keyfile=new_kf,
        keep_keyfile=not drop_key_file,
        person=app.creds.person,
    )
    out.print(text(M("cli.keys.passwd_done", "Passphrase changed. The master key and every data key are unchanged.")))


@keys.command("rotate")
@click.pass_obj
def rotate_cmd(app) -> None:
    """Replace the master key and rewrap every data key (sealed files are not touched)."""
    from appliance.security import agent
    from appliance.security.vault import Vault

    mk_id, n = workspace.rotate_master_key(
        Vault(app.catalog), app.creds.passphrase(), keyfile=app.creds.keyfile_bytes(), person=app.creds.person
    )
    locked = agent.stop(app.home.root)
    if locked:
        msg = M(
            "cli.keys.rotated_locked",
            "New master key {mk_id}; {n} data keys rewrapped. The session was locked: run `appliance unlock` again.",
            mk_id=mk_id,
            n=n,
        )
    else:
        msg = M("cli.keys.rotated", "New master key {mk_id}; {n} data keys rewrapped.", mk_id=mk_id, n=n)
    out.print(text(msg))
