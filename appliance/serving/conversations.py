"""Saved conversations: chats kept encrypted in the workspace (the Playground's and
``appliance chat --save``'s), listed, reopened and deleted.

A conversation is one JSON document sealed under a data key of its own (docs/formats/sealed-file.md,
purpose ``conversation``) in ``<home>/conversations/<id>.sealed``. Everything said in it (the
title too, which is the first question) is inside the sealed file; the catalog row
(``conversations``: id, key_id, path, created_at, updated_at, turns) holds nothing a reader of the
disk could learn the conversation from. Saving again replaces the file atomically under the same
key (each save seals with a fresh nonce prefix). Deleting destroys the data key first
(crypto-erasure), then the row and the file; a kill in between leaves a file nothing can open,
which recovery removes.

Each save and delete is an audited action (``conversation.save``, ``conversation.delete``) naming
the conversation and the exports it talked to; the chats themselves are ``model.chat``
(serving/chat.py). The document (``FORMAT`` 1)::

    {"format": 1, "id": "cv-…", "title": str, "created_at": iso, "updated_at": iso,
     "settings": {"system": str, "temperature": float, "max_tokens": int},
     "panes": [{"export_id": str | null, "model": str, "messages": [
         {"role": "system"|"user"|"assistant", "content": str,
          "stats": {"tokens": int, "ttft_s": float, "tokens_per_s": float, "finish_reason": str}}]}]}

``stats`` is optional and only on answers.
"""

from __future__ import annotations

import json
import os

from appliance import intents
from appliance.audit.actions import action
from appliance.errors import (
    AmbiguousNameError,
    ApplianceError,
    InvalidInputError,
    LockedError,
    NotFoundError,
    WrongPassphraseError,
)
from appliance.fsutil import commit_path, fsync_dir, fsync_tree, remove_path
from appliance.ids import new_id, utc_now
from appliance.messages import M
from appliance.security import sealed
from appliance.security.vault import Vault

FORMAT = 1
TITLE_CHARS = 80


def _title(doc: dict) -> str:
    for pane in doc.get("panes", []):
        for m in pane.get("messages", []):
            if m.get("role") == "user" and m.get("content", "").strip():
                text = " ".join(m["content"].split())
                return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"
    return "(empty conversation)"


def _check(doc: dict) -> None:
    """Refuse a document that is not a conversation, naming the field."""
    panes = doc.get("panes")
    if not isinstance(panes, list) or not panes:
        raise InvalidInputError(M("conversation.no_panes", "A conversation needs at least one pane (field `panes`)."))
    for i, pane in enumerate(panes):
        messages = pane.get("messages")
        if not isinstance(messages, list):
            raise InvalidInputError(
                M("conversation.messages_not_list", "panes[{i}].messages must be a list of messages.", i=i)
            )
        for j, m in enumerate(messages):
            if m.get("role") not in ("system", "user", "assistant") or not isinstance(m.get("content"), str):
                raise InvalidInputError(
                    M(
                        "conversation.bad_message",
                        "panes[{i}].messages[{j}] needs a role (system, user or assistant) and a text `content`.",
                        i=i,
                        j=j,
                    )
                )


class ConversationStore:
    def __init__(self, home, catalog, keys):
        self.home, self.catalog, self.keys = home, catalog, keys
        self.vault = Vault(catalog)

    @property
    def folder(self):
        return self.home.root / "conversations"

    def _need_keys(self):
        if self.keys is None:
            raise LockedError(
                M("conversation.locked", "Saved conversations are encrypted: the workspace is locked."),
                hint=M("conversation.locked.hint", "Unlock it first."),
            )
        return self.keys

    def _rows(self) -> list[dict]:
        table = self.catalog.db["conversations"]
        return list(table.rows_where(order_by="updated_at desc")) if table.exists() else []

    def _row(self, conversation_id: str) -> dict:
        """The row of ``conversation_id``: its full id or a unique prefix of it. Raises
        ``NotFoundError``, or ``AmbiguousNameError`` naming the ids a prefix matches."""
        rows = self._rows()
        exact = [r for r in rows if r["id"] == conversation_id]
        found = exact or [r for r in rows if conversation_id and r["id"].startswith(conversation_id)]
        if not found:
            raise NotFoundError(
                M("conversation.not_found", "No saved conversation {id}.", id=conversation_id),
                hint=M("conversation.not_found.hint", "`appliance conversations list` shows them."),
            )
        if len(found) > 1:
            ids = ", ".join(r["id"] for r in found[:8])
            if len(found) > 8:
                msg = M(
                    "conversation.ambiguous_more",
                    "{prefix!r} is the start of several saved conversations' ids: {ids} and {more} more.",
                    prefix=conversation_id,
                    ids=ids,
                    more=len(found) - 8,
                )
            else:
                msg = M(
                    "conversation.ambiguous",
                    "{prefix!r} is the start of several saved conversations' ids: {ids}.",
                    prefix=conversation_id,
                    ids=ids,
                )
            raise AmbiguousNameError(
                msg,
                hint=M(
                    "conversation.ambiguous.hint", "Give more of the id (`appliance conversations list` shows them)."
                ),
            )
        return found[0]

    def find(self, ref: str) -> dict:
        """The catalog row (id, created_at, updated_at, turns…) of the conversation ``ref`` names:
        its id or a unique start of it (see ``_row``); nothing is decrypted."""
        return dict(self._row(ref))

    # Reading ------------------------------------------------------------------------------
    def load(self, conversation_id: str) -> dict:
        """The whole conversation (decrypted in memory)."""
        row = self._row(conversation_id)
        dek = self.vault.data_key(self._need_keys(), row["key_id"], row["id"])
        path = self.home.root / row["path"]
        if not path.is_file():
            raise sealed.IntegrityError(
                M(
                    "conversation.file_missing",
                    "The sealed file of conversation {id} ({path}) is missing.",
                    id=row["id"],
                    path=str(path),
                ),
                hint=M("conversation.file_missing.hint", "Restore the home from a backup, or delete the conversation."),
            )
        body = sealed.open_file(path, lambda _h: dek, expected_object_id=row["id"])
        try:
            doc = json.loads(body)
            _check(doc)
        except (ValueError, TypeError, AttributeError, InvalidInputError) as exc:
            raise sealed.IntegrityError(
                M(
                    "conversation.not_a_document",
                    "Conversation {id} opens but is not a conversation document ({reason}).",
                    id=row["id"],
                    reason=exc.msg if isinstance(exc, ApplianceError) else str(exc),
                ),
                hint=M("conversation.not_a_document.hint", "Delete it with `appliance conversations delete`."),
            ) from None
        return doc

    def list(self) -> list[dict]:
        """Saved conversations, most recently updated first: id, title, created_at, updated_at,
        turns and the models talked to (titles are decrypted, so the workspace must be unlocked).
        A conversation that cannot be opened (its file missing or damaged, its key destroyed) is
        listed with ``damaged`` (why) and no models, and the others are listed as usual."""
        out = []
        self._need_keys()
        for row in self._rows():
            try:
                doc = self.load(row["id"])
            except (LockedError, WrongPassphraseError):
                raise
            except ApplianceError as exc:  # one damaged conversation does not hide the others
                out.append(
                    {
                        "id": row["id"],
                        "title": "(damaged: cannot be opened)",
                        "title_message": M("conversation.damaged_title", "(damaged: cannot be opened)").to_dict(),
                        "created_at": row["created_at"],
                        "updated_at": row["updated_at"],
                        "turns": row["turns"],
                        "models": [],
                        "damaged": exc.message,
                        "damaged_message": exc.msg.to_dict(),
                    }
                )
                continue
            out.append(
                {
                    "id": row["id"],
                    "title": doc.get("title") or _title(doc),
                    "created_at": row["created_at"],
                    "updated_at": row["updated_at"],
                    "turns": row["turns"],
                    "models": [p.get("model") for p in doc.get("panes", []) if p.get("model")],
                }
            )
        return out

    # Writing ------------------------------------------------------------------------------
    def save(self, doc: dict) -> dict:
        """Seal ``doc`` as a new conversation (no ``id``) or over the saved one of its ``id``.
        Returns the saved document (with ``id``, ``title``, timestamps)."""
        _check(doc)
        keys = self._need_keys()
        doc = json.loads(json.dumps(doc))  # a copy, and proof that it is JSON
        existing = doc.get("id") and [r for r in self._rows() if r["id"] == doc["id"]]
        if doc.get("id") and not existing:
            raise NotFoundError(
                M("conversation.save_over_missing", "No saved conversation {id} to save over.", id=doc["id"]),
                hint=M("conversation.save_over_missing.hint", "Save it as a new one."),
            )
        now = utc_now()
        conversation_id = doc.get("id") or new_id("cv", 6)
        doc.update(format=FORMAT, id=conversation_id, updated_at=now)
        doc.setdefault("created_at", now)
        doc["title"] = _title(doc)
        turns = max(sum(1 for m in p["messages"] if m["role"] == "user") for p in doc["panes"])
        exports = sorted({p["export_id"] for p in doc["panes"] if p.get("export_id")})
        path = self.folder / f"{conversation_id}.sealed"
        with action(
            self.catalog,
            "conversation.save",
            objects=[conversation_id, *exports],
            params={"turns": turns, "new": not existing},
        ):
            if existing:
                key_id = existing[0]["key_id"]
                dek = self.vault.data_key(keys, key_id, conversation_id)
            else:
                key_row, dek = self.vault.prepare_data_key(keys, conversation_id, "conversation")
                key_id = key_row["key_id"]
            body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
            with self.home.staging("conversation") as stage:
                # Sealed in staging (swept only once its process is gone), then renamed into place:
                # a reader, or another process's recovery, never sees a part-written file.
                staged = stage / path.name
                staged.write_bytes(sealed.seal_bytes(body, dek, object_id=conversation_id, key_id=key_id))
                os.chmod(staged, 0o600)
                if existing:
                    fsync_tree(staged)
                    os.replace(staged, path)
                    fsync_dir(path.parent)
                    with self.catalog.atomic():
                        self.catalog.db["conversations"].update(conversation_id, {"updated_at": now, "turns": turns})
                else:
                    with intents.intent(self.home, self.catalog, "conversation.save", conversation_id, [path]) as it:
                        commit_path(staged, path)
                        with self.catalog.atomic():
                            self.vault.record_data_key(key_row)
                            self.catalog.db["conversations"].insert(
                                {
                                    "id": conversation_id,
                                    "key_id": key_id,
                                    "path": path.relative_to(self.home.root).as_posix(),
                                    "created_at": doc["created_at"],
                                    "updated_at": now,
                                    "turns": turns,
                                },
                                pk="id",
                            )
                            it.done()
        return doc

    def delete(self, conversation_id: str) -> None:
        """Crypto-erase a conversation: its data key first, then its row and file."""
        row = self._row(conversation_id)
        with action(self.catalog, "conversation.delete", objects=[row["id"]]), self.catalog.atomic():
            self.vault.destroy_data_keys(row["id"])
            self.catalog.db["conversations"].delete(row["id"])
        remove_path(self.home.root / row["path"])
