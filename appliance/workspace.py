"""The audited workspace operations: create the keys, unlock, change the passphrase, rotate the
master key, and the key provider every command uses.

Each is one audited action (``appliance.audit.actions``) around an unaudited primitive of
``security.vault.Vault``; this module sits above both layers (docs/architecture.md), so the vault
knows nothing of the audit log and the audit log nothing of how keys are made. The CLI
(``appliance init / unlock / keys passwd / keys rotate``) and the GUI's workspace page call these.
"""

from __future__ import annotations

import sys

from appliance.audit import roles
from appliance.audit.actions import action
from appliance.audit.log import AuditLog
from appliance.audit.people import People
from appliance.errors import LockedError
from appliance.messages import M
from appliance.security import agent
from appliance.security.session import Credentials
from appliance.security.vault import MasterKey, Vault, check_passphrase, kdf_default


def init(vault: Vault, passphrase: str, *, keyfile: bytes | None = None, kdf: dict | None = None) -> MasterKey:
    """Create the workspace's keys; the audit log is born in the same transaction, its first
    record this ``workspace.init``."""
    params = {"kdf": dict(kdf or kdf_default()), "keyfile": keyfile is not None}
    with action(vault.catalog, "workspace.init", params=params) as act:
        with vault.catalog.atomic():
            mk = vault.create(passphrase, keyfile=keyfile, kdf=kdf)
            act.add_object(mk.workspace_id)
            AuditLog(vault.catalog).create(vault, mk, mk.workspace_id)
    return mk


def unlock(
    vault: Vault,
    passphrase: str,
    *,
    keyfile: bytes | None = None,
    method: str = "passphrase",
    person: str | None = None,
) -> MasterKey:
    """Open the master key: ``workspace.unlock`` recorded, a wrong passphrase as ``denied``. In a
    workspace with people, ``person`` (or the only one) signs in with their own passphrase and
    acts from then on (docs/governance.md)."""
    return unlock_person(vault, passphrase, keyfile=keyfile, method=method, person=person)[0]


def unlock_person(
    vault: Vault,
    passphrase: str,
    *,
    keyfile: bytes | None = None,
    method: str = "passphrase",
    person: str | None = None,
):
    """``unlock``, also returning the person who signed in (``people.Opened``, or None in a
    workspace without people)."""
    row = vault.require()
    people = People(vault.catalog)
    with_people = people.any()
    name = (person or (roles.person() or {}).get("name") or people.sole()) if with_people else None
    params = {"method": method, "keyfile": keyfile is not None}
    if with_people:
        params["person"] = name
    with action(vault.catalog, "workspace.unlock", objects=[row["workspace_id"]], params=params) as act:
        if not with_people:
            return vault.open_master_key(passphrase, keyfile), None
        if name is None:
            raise LockedError(
                M("workspace.who", "This workspace has several people: say who signs in."),
                hint=M("workspace.who.hint", "Pass --as NAME (see `appliance people list`)."),
            )
        opened = people.open(name, passphrase, keyfile)
        act.add_object(opened.person["id"])
        roles.set_person(opened.person)
        return opened.mk, opened


def lock(catalog, keys=None, *, method: str = "gui") -> None:
    """Forget an unlocked master key held in this process, recorded as ``session.lock`` (as
    ``appliance lock`` records stopping the session agent)."""
    with action(catalog, "session.lock", params={"method": method}):
        if keys is not None and hasattr(keys, "forget"):
            keys.forget()
    roles.set_person(None)  # signed out


def change_passphrase(
    vault: Vault,
    passphrase: str,
    new_passphrase: str,
    *,
    keyfile: bytes | None = None,
    new_keyfile: bytes | None = None,
    keep_keyfile: bool = True,
    person: str | None = None,
) -> None:
    """Rewrap the master key under a new passphrase (``keys.passwd``); in a workspace with people,
    the signed-in person's (or ``person``'s) own keys under their new passphrase (``people.passwd``)."""
    check_passphrase(new_passphrase)
    if People(vault.catalog).any():
        from appliance.audit import people

        if new_keyfile is not None or not keep_keyfile:
            from appliance.errors import InvalidInputError

            raise InvalidInputError(
                M(
                    "workspace.keyfile_people",
                    "In a workspace with people, the key file cannot be changed; nothing was changed.",
                ),
                hint=M(
                    "workspace.keyfile_people.hint",
                    "Every person's key is bound to the workspace's key file; change only your passphrase "
                    "(`appliance keys passwd` without --new-key-file or --drop-key-file).",
                ),
            )
        who = person or (roles.person() or {}).get("name") or People(vault.catalog).sole()
        if who is None:
            raise LockedError(
                M("workspace.who", "This workspace has several people: say who signs in."),
                hint=M("workspace.who.hint", "Pass --as NAME (see `appliance people list`)."),
            )
        people.change_passphrase(vault.catalog, who, passphrase, new_passphrase, keyfile=keyfile)
        return
    row = vault.require()
    with action(
        vault.catalog,
        "keys.passwd",
        objects=[row["workspace_id"]],
        params={"new_keyfile": new_keyfile is not None, "keep_keyfile": keep_keyfile},
    ):
        vault.rewrap_master_key(passphrase, new_passphrase, keyfile, new_keyfile, keep_keyfile)


def rotate_master_key(
    vault: Vault, passphrase: str, *, keyfile: bytes | None = None, person: str | None = None
) -> tuple[str, int]:
    """A new master key, every data key rewrapped (``keys.rotate``). Returns ``(mk_id, count)``. In
    a workspace with people an admin proves their passphrase and the new key is sealed to every
    active person (after a removal: what they may have copied opens nothing new)."""
    if People(vault.catalog).any():
        from appliance.audit import people

        _, opened = unlock_person(vault, passphrase, keyfile=keyfile, method="rotate", person=person)
        try:
            return people.rotate(vault.catalog, opened)
        finally:
            opened.forget()
    with action(vault.catalog, "keys.rotate", objects=[vault.require()["workspace_id"]]) as act:
        mk_id, n = vault.rotate(passphrase, keyfile)
        act.output(master_key=mk_id, rewrapped=n)
        return mk_id, n


def key_provider(home, catalog, creds: Credentials):
    """An unlocked key provider (a ``MasterKey`` or an ``AgentClient``) for a command, from its
    credentials, the session agent, or a prompt. Raises ``LockedError``."""
    vault = Vault(catalog)
    vault.require()
    wait = vault.unlock_delay()
    if wait > 0:
        creds.warn(
            M(
                "workspace.unlock_delay",
                "{n} wrong passphrases in a row: waiting {seconds:.0f} s before the next "
                "attempt (recorded in the audit log).",
                n=vault.failed_attempts()[0],
                seconds=wait,
            )
        )
    value = creds.non_interactive_passphrase()
    if value is not None:
        method = "passphrase-file" if creds.passphrase_file else "environment"
        return unlock(vault, value, keyfile=creds.keyfile_bytes(), method=method, person=creds.person)
    client = agent.connect(home.root)
    if client is not None:
        if client.workspace_id != vault.status()["workspace_id"]:
            client.lock()  # an agent for an older workspace at this path
        elif not People(catalog).any():
            return client
        elif client.person and creds.person in (None, client.person["name"], client.person["id"]):
            roles.set_person(client.person)  # the person who unlocked the session
            return client
    if sys.stdin.isatty():
        people = People(catalog)
        name = (creds.person or people.sole()) if people.any() else None
        prompt = M("workspace.prompt_person", "Passphrase of {name}: ", name=name) if name else None
        return unlock(vault, creds.passphrase(prompt), keyfile=creds.keyfile_bytes(), method="prompt", person=name)
    raise LockedError(
        M("workspace.locked", "The workspace is locked."),
        hint=M("workspace.locked.hint", "Run `appliance unlock` first, or pass --passphrase-file PATH."),
    )


STEPS = ("workspace", "model", "data", "train", "export", "chat")


def getting_started(catalog) -> list[dict]:
    """The first-run path and how far this workspace is along it: one ``{"step", "done"}`` per
    step of ``STEPS`` (create the workspace, unpack the built-in model, import data, train, export,
    chat), read from the catalog only (nothing is decrypted). The GUI's guide shows it."""
    from appliance.models.builtin import BUILTIN_NAME
    from appliance.states import ExportStatus, RunStatus

    db = catalog.db

    def any_row(table: str, where: str | None = None, args=()) -> bool:
        return db[table].exists() and next(iter(db[table].rows_where(where, list(args), limit=1)), None) is not None

    done = {
        "workspace": Vault(catalog).initialised,
        "model": any_row("models", "name = ? or kind != 'builtin'", [BUILTIN_NAME]),
        "data": any_row("datasets"),
        "train": any_row("runs", "status = ?", [RunStatus.COMPLETED]),
        "export": any_row("exports", "status = ?", [ExportStatus.VERIFIED]),
        "chat": any_row("conversations"),
    }
    return [{"step": s, "done": bool(done[s])} for s in STEPS]
