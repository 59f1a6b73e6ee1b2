"""People of a workspace: each with their own passphrase, key pair and role (docs/governance.md).

A person holds two key pairs: X25519 (the workspace's master key is sealed to it, once per
person) and Ed25519 (they sign approval requests' decisions with it). Both private halves are
kept in the catalog wrapped (AES-256-GCM) under a KEK from the person's own passphrase (Argon2id,
as the vault's, and the workspace's key file when it has one). So:

* a person unlocks with their own passphrase: their KEK opens their private keys, their X25519
  key opens the sealed master key;
* removing a person deletes their wrapped keys and their sealed master key (their row stays:
  the audit log names them); rotating the master key afterwards (``rotate``) seals the new one
  to every active person's public key without anyone's passphrase;
* an approval is an Ed25519 signature anyone can check with the public key recorded in the
  audit log when the person was added.

``People`` holds the primitives; the audited operations (``init``, ``add``, ``remove``,
``set_role``, ``change_passphrase``, ``rotate``) are the functions below it.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from appliance.audit import records, roles
from appliance.audit.actions import action
from appliance.errors import InvalidInputError, NotFoundError, PermissionDenied, WrongPassphraseError
from appliance.ids import new_id, utc_now
from appliance.messages import M
from appliance.security.vault import (
    KdfParams,
    MasterKey,
    Vault,
    check_passphrase,
    derive_kek,
    kdf_default,
    unwrap_key,
    wrap_key,
)
from appliance.states import KeyStatus

MK_INFO = b"appliance/person-mk/v1"
KEY_FILE_TYPE = "appliance.person-key/v1"


def private_aad(workspace_id: str, person_id: str) -> bytes:
    return b"\x00".join([b"appliance/person-key/v1", workspace_id.encode(), person_id.encode()])


def mk_aad(workspace_id: str, person_id: str, mk_id: str) -> bytes:
    return b"\x00".join([b"appliance/person-mk/v1", workspace_id.encode(), person_id.encode(), mk_id.encode()])


def public_view(row: dict) -> dict:
    """A person's row without its wrapped secrets (what lists and records show)."""
    return {
        "id": row["id"],
        "name": row["name"],
        "role": row["role"],
        "status": row["status"],
        "sign_public": bytes(row["sign_public"]).hex(),
        "box_public": bytes(row["box_public"]).hex(),
        "created_at": row["created_at"],
        "created_by": row.get("created_by"),
        "removed_at": row.get("removed_at"),
    }


@dataclass
class Opened:
    """A person who proved their passphrase: their row, the master key and their signing key."""

    person: dict
    mk: MasterKey
    signing: Ed25519PrivateKey
    private: bytearray = dataclasses.field(default_factory=bytearray)  # both private keys, to rewrap them

    def forget(self) -> None:
        self.mk.forget()
        for i in range(len(self.private)):
            self.private[i] = 0


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 64 or any(c.isspace() or ord(c) < 32 for c in name) or name.startswith("pers-"):
        raise InvalidInputError(
            M("people.bad_name", "{name!r} is not a usable person name.", name=name),
            hint=M(
                "people.bad_name.hint",
                "Use one word of at most 64 characters, without spaces, not starting with 'pers-' (e.g. asha.rao).",
            ),
        )
    return name


def check_role(role: str) -> str:
    if role not in roles.ROLES:
        raise InvalidInputError(
            M("people.bad_role", "Unknown role {role!r}.", role=role),
            hint=M("people.bad_role.hint", "Use one of {roles}.", roles=", ".join(roles.ROLES)),
        )
    return role


class People:
    def __init__(self, catalog):
        self.catalog = catalog
        self.db = catalog.db
        self.vault = Vault(catalog)

    def any(self) -> bool:
        return roles.has_people(self.catalog)

    def list(self, include_removed: bool = False) -> list[dict]:
        where = None if include_removed else "status = 'active'"
        return [public_view(r) for r in self.db["people"].rows_where(where, order_by="created_at")]

    def row(self, ref: str) -> dict:
        rows = list(self.db["people"].rows_where("id = ? OR name = ?", [ref, ref]))
        if not rows:
            raise NotFoundError(
                M("people.not_found", "No person {ref} in this workspace.", ref=ref),
                hint=M("people.not_found.hint", "See `appliance people list`."),
            )
        return rows[0]

    def active(self, ref: str) -> dict:
        row = self.row(ref)
        if row["status"] != "active":
            raise PermissionDenied(
                M(
                    "people.removed",
                    "{name} was removed from this workspace on {when}.",
                    name=row["name"],
                    when=row["removed_at"],
                ),
                hint=M("people.removed.hint", "A removed person's key opens nothing; ask an admin."),
            )
        return row

    def sole(self) -> str | None:
        """The one active person's name, when there is exactly one."""
        rows = self.list()
        return rows[0]["name"] if len(rows) == 1 else None

    # Key material ------------------------------------------------------------------------
    def _keyfile(self, keyfile: bytes | None) -> bytes | None:
        return keyfile if self.vault.require()["keyfile_required"] else None

    def new_row(
        self, mk: MasterKey, name: str, role: str, passphrase: str, keyfile: bytes | None, by: str | None
    ) -> tuple[dict, Ed25519PrivateKey]:
        """A new person's row (keys made, wrapped and sealed), not yet inserted, and their signing key."""
        check_passphrase(passphrase)
        person_id = new_id("pers", 8)
        box, sign = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
        params = KdfParams(salt=os.urandom(16), **kdf_default())
        kek = derive_kek(passphrase, params, self._keyfile(keyfile))
        private = records.raw_private(box) + _raw_signing(sign)
        row = {
            "id": person_id,
            "name": _check_name(name),
            "role": check_role(role),
            "status": "active",
            "box_public": records.raw_public(box),
            "sign_public": records.raw_public(sign.public_key()),
            "kdf_params": json.dumps(params.to_dict()),
            "wrapped_private": wrap_key(kek, private, private_aad(mk.workspace_id, person_id)),
            "mk_id": mk.mk_id,
            "sealed_mk": records.seal_to(
                records.raw_public(box), mk.raw(), mk_aad(mk.workspace_id, person_id, mk.mk_id), MK_INFO
            ),
            "created_at": utc_now(),
            "created_by": by,
        }
        return row, sign

    def open(self, ref: str, passphrase: str, keyfile: bytes | None = None) -> Opened:
        """Prove ``ref``'s passphrase; their master key and signing key. A wrong passphrase counts
        towards the vault's back-off (``WrongPassphraseError``)."""
        import time

        row = self.active(ref)
        vault_row = self.vault.require()
        wait = self.vault.unlock_delay()
        if wait > 0:
            time.sleep(wait)
        params = KdfParams.from_dict(json.loads(row["kdf_params"]))
        kek = derive_kek(passphrase, params, self._keyfile(keyfile))
        try:
            private = unwrap_key(kek, row["wrapped_private"], private_aad(vault_row["workspace_id"], row["id"]))
        except InvalidTag:
            count = self.vault._note_failure()
            raise WrongPassphraseError(
                M(
                    "people.wrong_passphrase",
                    "Wrong passphrase for {name}; nothing was changed ({count} wrong in a row).",
                    name=row["name"],
                    count=count,
                ),
                hint=M(
                    "people.wrong_passphrase.hint", "Check the passphrase (it is case-sensitive) and the person's name."
                ),
            ) from None
        if self.vault.failed_attempts()[0]:
            self.vault._failures_path().unlink(missing_ok=True)
        box = X25519PrivateKey.from_private_bytes(private[:32])
        signing = Ed25519PrivateKey.from_private_bytes(private[32:64])
        mk_raw = records.open_from(
            box, row["sealed_mk"], mk_aad(vault_row["workspace_id"], row["id"], row["mk_id"]), MK_INFO
        )
        return Opened(
            dict(row), MasterKey(vault_row["workspace_id"], row["mk_id"], mk_raw), signing, bytearray(private)
        )

    def key_file(self, ref: str) -> dict:
        """A person's key as a file (``appliance.person-key/v1``) for signing approvals offline: the
        private keys still wrapped under their passphrase."""
        row = self.active(ref)
        vault_row = self.vault.require()
        return {
            "type": KEY_FILE_TYPE,
            "workspace_id": vault_row["workspace_id"],
            "person_id": row["id"],
            "name": row["name"],
            "role": row["role"],
            "kdf_params": json.loads(row["kdf_params"]),
            "keyfile_required": bool(vault_row["keyfile_required"]),
            "wrapped_private": base64.b64encode(row["wrapped_private"]).decode(),
            "sign_public": bytes(row["sign_public"]).hex(),
        }


def _raw_signing(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def open_key_file(doc: dict, passphrase: str, keyfile: bytes | None = None) -> tuple[dict, Ed25519PrivateKey]:
    """The signing key of a person key file (``People.key_file``), for the offline approver."""
    try:
        if doc.get("type") != KEY_FILE_TYPE:
            raise ValueError(f"type is {doc.get('type')!r}, not {KEY_FILE_TYPE}")
        params = KdfParams.from_dict(doc["kdf_params"])
        blob = base64.b64decode(doc["wrapped_private"])
        kek = derive_kek(passphrase, params, keyfile if doc.get("keyfile_required") else None)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(
            M("people.key_file_bad", "Not a person key file: {reason}.", reason=str(exc)),
            hint=M("people.key_file_bad.hint", "Use the file written by `appliance people key-file NAME`."),
        ) from exc
    try:
        private = unwrap_key(kek, blob, private_aad(doc["workspace_id"], doc["person_id"]))
    except InvalidTag:
        raise WrongPassphraseError(
            M("people.key_file_wrong_passphrase", "Wrong passphrase for the key of {name}.", name=doc.get("name")),
            hint=M(
                "people.wrong_passphrase.hint", "Check the passphrase (it is case-sensitive) and the person's name."
            ),
        ) from None
    signing = Ed25519PrivateKey.from_private_bytes(private[32:64])
    if records.raw_public(signing.public_key()).hex() != doc.get("sign_public"):
        raise InvalidInputError(
            M("people.key_file_mismatch", "The key file's public key does not match its private key."),
            hint=M("people.key_file_bad.hint", "Use the file written by `appliance people key-file NAME`."),
        )
    return {"id": doc["person_id"], "name": doc["name"], "role": doc.get("role")}, signing


# Audited operations --------------------------------------------------------------------------
def _by() -> str | None:
    who = roles.person()
    return who["id"] if who else None


def _record_person(act, row: dict) -> None:
    act.add_object(row["id"])
    act.output(person=public_view(row) | {"box_public": None})


def init(catalog, passphrase: str, name: str, *, keyfile: bytes | None = None) -> Opened:
    """Give a single-passphrase workspace its first person: the holder of the workspace passphrase
    becomes admin ``name`` with the same passphrase, and the passphrase's own wrap of the master
    key is deleted (from now on only people unlock). ``people.init``."""
    people = People(catalog)
    if people.any():
        raise InvalidInputError(
            M("people.already", "This workspace already has people."),
            hint=M("people.already.hint", "Add a person with `appliance people add NAME --role ROLE`."),
        )
    vault = people.vault
    ws = vault.require()["workspace_id"]
    with action(catalog, "people.init", objects=[ws]) as act:
        mk = vault.open_master_key(passphrase, keyfile)
        row, signing = people.new_row(mk, name, "admin", passphrase, keyfile, None)
        row["created_by"] = row["id"]
        with catalog.atomic():
            people.db["people"].insert(row, pk="id")
            people.db.execute("UPDATE master_keys SET wrapped = X'' WHERE status = ?", [KeyStatus.CURRENT])
            _record_person(act, row)
    roles.set_person(row)
    return Opened(row, mk, signing)


def add(catalog, admin: Opened, name: str, role: str, passphrase: str, *, keyfile: bytes | None = None) -> dict:
    """Add a person (``people.add``, admins only): their keys made, the master key sealed to them."""
    people = People(catalog)
    with action(catalog, "people.add", params={"name": name, "role": role}) as act:
        if list(people.db["people"].rows_where("name = ?", [name.strip()])):
            raise InvalidInputError(
                M("people.exists", "There already is a person named {name} (active or removed).", name=name),
                hint=M("people.exists.hint", "Choose another name; a removed person's name is not reused."),
            )
        row, _ = people.new_row(admin.mk, name, role, passphrase, keyfile, admin.person["id"])
        with catalog.atomic():
            people.db["people"].insert(row, pk="id")
            _record_person(act, row)
    return public_view(row)


def _admins_left(people: People, without: str | None = None, demote: str | None = None) -> int:
    return sum(1 for p in people.list() if p["role"] == "admin" and p["id"] != without and p["id"] != demote)


def remove(catalog, ref: str) -> dict:
    """Remove a person (``people.remove``): their wrapped keys and sealed master key deleted. The
    last admin cannot be removed."""
    people = People(catalog)
    row = people.active(ref)
    with action(catalog, "people.remove", objects=[row["id"]], params={"name": row["name"]}) as act:
        if row["role"] == "admin" and _admins_left(people, without=row["id"]) == 0:
            raise PermissionDenied(
                M(
                    "people.last_admin",
                    "{name} is the last admin: removing them would lock every admin out.",
                    name=row["name"],
                ),
                hint=M(
                    "people.last_admin.hint", "Make another person admin first (`appliance people role NAME admin`)."
                ),
            )
        with catalog.atomic():
            people.db["people"].update(
                row["id"], {"status": "removed", "removed_at": utc_now(), "wrapped_private": None, "sealed_mk": None}
            )
        act.output(removed=row["name"])
    return public_view(people.row(row["id"]))


def set_role(catalog, ref: str, role: str) -> dict:
    """Change a person's role (``people.role``, admins only); never leaves the workspace without an
    admin."""
    people = People(catalog)
    row = people.active(ref)
    check_role(role)
    with action(catalog, "people.role", objects=[row["id"]], params={"name": row["name"], "role": role}) as act:
        if row["role"] == "admin" and role != "admin" and _admins_left(people, demote=row["id"]) == 0:
            raise PermissionDenied(
                M(
                    "people.last_admin",
                    "{name} is the last admin: removing them would lock every admin out.",
                    name=row["name"],
                ),
                hint=M(
                    "people.last_admin.hint", "Make another person admin first (`appliance people role NAME admin`)."
                ),
            )
        with catalog.atomic():
            people.db["people"].update(row["id"], {"role": role})
        act.output(previous=row["role"], role=role)
    return public_view(people.row(row["id"]))


def change_passphrase(catalog, ref: str, passphrase: str, new_passphrase: str, *, keyfile: bytes | None = None) -> None:
    """A person's own passphrase changed (``people.passwd``): their private keys rewrapped."""
    check_passphrase(new_passphrase)
    people = People(catalog)
    opened = people.open(ref, passphrase, keyfile)
    row = opened.person
    try:
        with action(catalog, "people.passwd", objects=[row["id"]]):
            if (roles.person() or {}).get("id") not in (None, row["id"]):
                raise PermissionDenied(
                    M("people.passwd_other", "Only {name} may change their passphrase.", name=row["name"]),
                    hint=M("people.passwd_other.hint", "Sign in as them, or remove and add them again."),
                )
            private = bytes(opened.private)  # opened with the old passphrase just above: not derived twice
            params = KdfParams(salt=os.urandom(16), **kdf_default())
            kek = derive_kek(new_passphrase, params, people._keyfile(keyfile))
            with catalog.atomic():
                people.db["people"].update(
                    row["id"],
                    {
                        "kdf_params": json.dumps(params.to_dict()),
                        "wrapped_private": wrap_key(kek, private, private_aad(opened.mk.workspace_id, row["id"])),
                    },
                )
    finally:
        opened.forget()


def rotate(catalog, admin: Opened) -> tuple[str, int]:
    """A new master key (``keys.rotate``): every data key rewrapped, the new key sealed to every
    active person, in one transaction. Returns ``(mk_id, data keys rewrapped)``."""
    people = People(catalog)
    db = people.db
    ws = admin.mk.workspace_id
    with action(catalog, "keys.rotate", objects=[ws]) as act:
        new = MasterKey(ws, new_id("mk", 8), secrets.token_bytes(32))
        n = 0
        try:
            with catalog.atomic():
                db["master_keys"].insert(
                    {"mk_id": new.mk_id, "status": KeyStatus.CURRENT, "created_at": utc_now(), "wrapped": b""},
                    pk="mk_id",
                )
                for dk in list(db["data_keys"].rows):
                    dek = admin.mk.unwrap_data_key(dk["key_id"], dk["object_id"], dk["wrapped"])
                    db["data_keys"].update(
                        dk["key_id"],
                        {"wrapped": new.wrap_data_key(dk["key_id"], dk["object_id"], dek), "mk_id": new.mk_id},
                    )
                    n += 1
                for p in db["people"].rows_where("status = 'active'"):
                    sealed = records.seal_to(p["box_public"], new.raw(), mk_aad(ws, p["id"], new.mk_id), MK_INFO)
                    db["people"].update(p["id"], {"mk_id": new.mk_id, "sealed_mk": sealed})
                db["master_keys"].delete(admin.mk.mk_id)
                db["vault"].update(1, {"changed_at": utc_now()})
        finally:
            new.forget()
        act.output(master_key=new.mk_id, rewrapped=n)
    return new.mk_id, n
