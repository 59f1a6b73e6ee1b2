"""Document collections, sealed: each document version one segment under its own data key.

A collection (``collections`` row) names the embedder its vectors come from, the model whose
tokenizer measures its chunks, and the chunk size and overlap in those tokens. Importing a file
(``import_files``, audited ``docs.import``) reads it (``extract.py``), cuts it into chunks
(``chunking.py``), embeds them (``embed.py``) and counts their terms (``lexical.py``), all in
memory; then writes one **segment** (docs/retrieval.md, "Segments": an NPZ of the chunks' text and
anchors, vectors and term counts) sealed (docs/formats/sealed-file.md) under a fresh data key whose
object is the version's id, and only then commits, in one transaction, the key, the version's row
and the previous version's ``superseded`` state. A kill before that commit leaves a file no row
names and no key can open; the next import or removal in that collection deletes it
(``cleanup``). Removing a document destroys its versions' keys first (crypto-erase), then rows
and files. The catalog holds names, counts and ids, never text.

Re-importing a file whose bytes are unchanged (a keyed HMAC under the workspace's document-id key,
so the catalog does not reveal which public file it holds) changes nothing; a changed one becomes
the next version, and searches see only each document's current version.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from appliance import faults, locks
from appliance.audit.actions import action
from appliance.errors import InvalidInputError, LockedError, NotFoundError
from appliance.events import CancelToken, Progress, ignore
from appliance.fsutil import atomic_write_bytes, remove_path
from appliance.ids import new_id, utc_now
from appliance.knowledge import chunking, embed, extract, lexical
from appliance.messages import M
from appliance.security import sealed
from appliance.security.vault import Vault

FORMAT = 1
DEFAULT_CHUNK_TOKENS = 200
DEFAULT_OVERLAP = 40
NAME_RE = re.compile(r"[A-Za-z0-9\u0080-\uffff][A-Za-z0-9\u0080-\uffff._ -]{0,127}")
ID_KEY_OBJECT = "docs-ids"
FOLDER = "knowledge"


@dataclass
class Segment:
    """One document version's chunks, opened: ``meta`` (the document and its chunks' text and
    anchors), ``vectors`` (float16, one row per chunk) and the term arrays (``lexical.pack``)."""

    row: dict
    meta: dict
    vectors: np.ndarray
    terms: dict[str, np.ndarray]


def pack_segment(meta: dict, vectors: np.ndarray, terms: dict[str, np.ndarray]) -> bytes:
    buf = io.BytesIO()
    blob = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8)
    np.savez(buf, meta=blob, vectors=vectors.astype(np.float16), **terms)
    return buf.getvalue()


def unpack_segment(data: bytes, row: dict) -> Segment:
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        meta = json.loads(z["meta"].tobytes())
        vectors = z["vectors"]
        terms = {k: z[k] for k in ("term_ptr", "term_ids", "term_counts")}
    return Segment(row=row, meta=meta, vectors=vectors, terms=terms)


def check_name(value: str, what) -> str:
    value = (value or "").strip()
    if not NAME_RE.fullmatch(value):
        raise InvalidInputError(
            M("docs.bad_name", "{what} {name!r} is not a valid name.", what=what, name=value),
            hint=M(
                "docs.bad_name.hint",
                "Use 1 to 128 letters, digits, dots, dashes, underscores or spaces, starting with a letter or digit.",
            ),
        )
    return value


def default_name(path: Path) -> str:
    """A document's name from its file's: the stem, with characters a name cannot hold as dashes."""
    name = re.sub(r"[^A-Za-z0-9\u0080-\uffff._ -]+", "-", path.stem).strip(" .-_")
    return name[:128] or "document"


class DocStore:
    """The workspace's document collections."""

    def __init__(self, home, catalog, keys=None):
        self.home, self.catalog, self.keys = home, catalog, keys
        self.vault = Vault(catalog)

    # Keys -----------------------------------------------------------------------------------
    def _need_keys(self):
        if self.keys is None:
            raise LockedError(
                M("docs.locked", "Document collections are encrypted: the workspace is locked."),
                hint=M("docs.locked.hint", "Unlock it first (`appliance unlock`)."),
            )
        return self.keys

    def _id_key(self, on_create=None) -> bytes:
        return self.vault.object_key(self._need_keys(), ID_KEY_OBJECT, "document-ids", on_create=on_create)

    # Collections ------------------------------------------------------------------------------
    def collections(self) -> list[dict]:
        rows = [self.catalog.decode(r) for r in self.catalog.db["collections"].rows_where(order_by="name")]
        for r in rows:
            q = self.catalog.db.execute(
                "SELECT COUNT(*), COALESCE(SUM(chunks), 0), COALESCE(SUM(bytes), 0) FROM doc_versions "
                "WHERE collection_id = ? AND state = 'current'",
                [r["id"]],
            ).fetchone()
            r.update(documents=q[0], chunks=q[1], bytes=q[2])
        return rows

    def collection(self, ref: str) -> dict:
        rows = list(self.catalog.db["collections"].rows_where("name = ? OR id = ?", [ref, ref]))
        if not rows:
            raise NotFoundError(
                M("docs.collection_not_found", "No document collection called {name!r}.", name=ref),
                hint=M(
                    "docs.collection_not_found.hint",
                    "List them with `appliance docs collections`; create one with `appliance docs create NAME`.",
                ),
            )
        return self.catalog.decode(rows[0])

    def create_collection(
        self,
        name: str,
        *,
        description: str = "",
        tokenizer_model: str | None = None,
        chunk_tokens: int = DEFAULT_CHUNK_TOKENS,
        overlap: int = DEFAULT_OVERLAP,
        embedder: str = embed.DEFAULT,
    ) -> dict:
        """A new, empty collection (audited ``docs.collection-create``)."""
        from appliance.models.builtin import BUILTIN_NAME
        from appliance.models.store import ModelStore

        name = check_name(name, M("docs.what_collection", "Collection"))
        if self.catalog.db["collections"].count_where("name = ?", [name]):
            raise InvalidInputError(
                M("docs.collection_exists", "A collection called {name!r} exists already.", name=name),
                hint=M("docs.collection_exists.hint", "Choose another name, or import into that one."),
            )
        if not 32 <= chunk_tokens <= 4096:
            raise InvalidInputError(
                M("docs.chunk_range", "The chunk size must be 32 to 4096 tokens, not {n}.", n=chunk_tokens),
                hint=M("docs.chunk_range.hint", "For example --chunk-tokens 200."),
            )
        if not 0 <= overlap < chunk_tokens // 2:
            raise InvalidInputError(
                M(
                    "docs.overlap_range",
                    "The overlap must be 0 or more and less than half the chunk size ({half}), not {n}.",
                    half=chunk_tokens // 2,
                    n=overlap,
                ),
                hint=M("docs.overlap_range.hint", "For example --overlap 40 with --chunk-tokens 200."),
            )
        embed.check_name(embedder)
        with action(self.catalog, "docs.collection-create", params={"name": name}) as act:
            model = ModelStore(self.home, self.catalog).get(tokenizer_model or BUILTIN_NAME)
            self._count_tokens_for(model)  # the model has a tokenizer we can count with
            row = {
                "id": new_id("col"),
                "name": name,
                "description": description,
                "embedder": embedder,
                "tokenizer_model": model["id"],
                "chunk_tokens": int(chunk_tokens),
                "overlap": int(overlap),
                "created_at": utc_now(),
            }
            act.add_object(row["id"], model["id"])
            with self.catalog.atomic():
                self.catalog.db["collections"].insert(row, pk="id")
        return self.collection(row["id"])

    def drop_collection(self, ref: str) -> int:
        """Remove a collection and crypto-erase every document in it (audited ``docs.collection-remove``)."""
        col = self.collection(ref)
        with self._locked(col, "remove"):
            rows = list(self.catalog.db["doc_versions"].rows_where("collection_id = ?", [col["id"]]))
            with action(
                self.catalog,
                "docs.collection-remove",
                objects=[col["id"]],
                params={"name": col["name"], "versions": len(rows)},
            ):
                self._erase(rows)
                with self.catalog.atomic():
                    self.catalog.db["collections"].delete(col["id"])
            remove_path(self.folder(col["id"]))
        return len({r["name"] for r in rows})

    # Documents --------------------------------------------------------------------------------
    def folder(self, collection_id: str) -> Path:
        return self.home.root / FOLDER / collection_id

    def documents(self, ref: str, *, all_versions: bool = False) -> list[dict]:
        col = self.collection(ref)
        where = "collection_id = ?" + ("" if all_versions else " AND state = 'current'")
        rows = self.catalog.db["doc_versions"].rows_where(where, [col["id"]], order_by="name, version")
        return [self._decode(r) for r in rows]

    def versions(self, ref: str, name: str) -> list[dict]:
        col = self.collection(ref)
        rows = [
            self._decode(r)
            for r in self.catalog.db["doc_versions"].rows_where(
                "collection_id = ? AND name = ?", [col["id"], name], order_by="version"
            )
        ]
        if not rows:
            raise self._no_document(col, name)
        return rows

    def _decode(self, row: dict) -> dict:
        row = self.catalog.decode(row)
        if isinstance(row.get("empty_pages"), str):
            row["empty_pages"] = json.loads(row["empty_pages"])
        return row

    @staticmethod
    def _no_document(col: dict, name: str) -> NotFoundError:
        return NotFoundError(
            M(
                "docs.document_not_found",
                "Collection {collection!r} has no document {name!r}.",
                collection=col["name"],
                name=name,
            ),
            hint=M(
                "docs.document_not_found.hint",
                "List its documents with `appliance docs list {collection}`.",
                collection=col["name"],
            ),
        )

    def _locked(self, col: dict, operation: str):
        return locks.exclusive(
            self.home,
            f"docs-{col['id']}",
            what=M("docs.lock_what", "collection {name}", name=col["name"]),
            operation=operation,
        )

    def _count_tokens_for(self, model: dict):
        from tokenizers import Tokenizer

        path = self.home.root / model["path"] / "tokenizer.json"
        if not path.is_file():
            raise InvalidInputError(
                M(
                    "docs.no_tokenizer",
                    "Model {name} has no tokenizer.json to measure chunks with.",
                    name=model["name"],
                ),
                hint=M("docs.no_tokenizer.hint", "Name another model with --tokenizer (the model you serve)."),
            )
        tok = Tokenizer.from_file(str(path))
        return lambda text: len(tok.encode(text, add_special_tokens=False).ids)

    def _counter(self, col: dict):
        return self._count_tokens_for(self.catalog.db["models"].get(col["tokenizer_model"]))

    def import_files(
        self,
        ref: str,
        paths: list[Path],
        *,
        names: list[str] | None = None,
        on_event=ignore,
        cancel: CancelToken | None = None,
    ) -> list[dict]:
        """Import files into a collection, each its own audited ``docs.import``: a result per file
        (``status`` new / updated / unchanged, and the version's row). A bad file stops the import
        before it (earlier files stay imported)."""
        col = self.collection(ref)
        self._need_keys()
        cancel = cancel or CancelToken()
        paths = [Path(p) for p in paths]
        names = names or [default_name(p) for p in paths]
        if len(names) != len(paths):
            raise InvalidInputError(
                M(
                    "docs.names_count",
                    "Give one --name per file ({files} files, {names} names).",
                    files=len(paths),
                    names=len(names),
                ),
                hint=M("docs.names_count.hint", "Or leave --name out: each document is named after its file."),
            )
        names = [check_name(n, M("docs.what_document", "Document")) for n in names]
        out = []
        with self._locked(col, "import"):
            self.cleanup(col)
            count = self._counter(col)
            for i, (path, name) in enumerate(zip(paths, names, strict=True)):
                cancel.check(M("docs.import_what", "The import"))
                on_event(
                    Progress(
                        "docs.import",
                        message=M("docs.reading", "Reading {file}", file=path.name),
                        done=i,
                        total=len(paths),
                        unit="files",
                    )
                )
                out.append(self._import_one(col, path, name, count, on_event, cancel))
            on_event(
                Progress(
                    "docs.import",
                    message=M("docs.imported", "Imported"),
                    done=len(paths),
                    total=len(paths),
                    unit="files",
                )
            )
        return out

    def _import_one(self, col, path: Path, name: str, count, on_event, cancel) -> dict:
        with action(
            self.catalog, "docs.import", objects=[col["id"]], params={"collection": col["name"], "document": name}
        ) as act:
            data = _read_checked(path)
            digest = hmac.new(self._id_key(act.add_object), b"document\x00" + data, hashlib.sha256).hexdigest()
            prev = self._current(col["id"], name)
            if prev is not None and prev["digest"] == digest:
                act.add_object(prev["id"])
                act.output(status="unchanged")
                return {**prev, "status": "unchanged", "path": str(path)}
            started = time.perf_counter()
            doc = extract.read_document(path, data=data)
            chunks = chunking.chunk_sections(doc.sections, count, size=col["chunk_tokens"], overlap=col["overlap"])
            if not chunks:
                raise InvalidInputError(
                    M("docs.no_text", "{file} has no text to index.", file=path.name),
                    hint=M("docs.no_text.hint", "Check that the file holds text (a scan needs OCR first)."),
                )
            vectors = self._embed([c.text for c in chunks], col["embedder"], on_event, cancel)
            cancel.check(M("docs.import_what", "The import"))
            vid = new_id("dv")
            seen = lexical.scripts(" ".join(c.text for c in chunks[:50]))
            meta = {
                "format": FORMAT,
                "id": vid,
                "collection_id": col["id"],
                "name": name,
                "title": doc.title,
                "kind": doc.kind,
                "embedder": col["embedder"],
                "scripts": seen,
                "chunks": [{"text": c.text, "page": c.page, "anchor": c.anchor, "tokens": c.tokens} for c in chunks],
            }
            body = pack_segment(meta, vectors, lexical.pack([c.text for c in chunks]))
            key_row, key = self.vault.prepare_data_key(self._need_keys(), vid, "document")
            blob = sealed.seal_bytes(body, key, object_id=vid, key_id=key_row["key_id"])
            target = self.folder(col["id"]) / f"{vid}.sealed"
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write_bytes(target, blob)
            faults.point("docs.sealed")  # the crash tests kill an import here, before its commit
            row = {
                "id": vid,
                "collection_id": col["id"],
                "name": name,
                "version": (prev["version"] + 1) if prev else self._next_version(col["id"], name),
                "digest": digest,
                "kind": doc.kind,
                "source_file": path.name,
                "pages": doc.pages,
                "empty_pages": json.dumps(doc.empty_pages),
                "chunks": len(chunks),
                "bytes": len(blob),
                "key_id": key_row["key_id"],
                "path": target.relative_to(self.home.root).as_posix(),
                "state": "current",
                "created_at": utc_now(),
            }
            act.add_object(vid)
            try:
                with self.catalog.atomic():
                    self.vault.record_data_key(key_row)
                    if prev is not None:
                        self.catalog.db["doc_versions"].update(
                            prev["id"], {"state": "superseded", "superseded_at": utc_now()}
                        )
                    self.catalog.db["doc_versions"].insert(row, pk="id")
            except BaseException:
                remove_path(target)
                raise
            status = "updated" if prev else "new"
            act.output(
                status=status,
                version=row["version"],
                kind=doc.kind,
                pages=doc.pages,
                chunks=len(chunks),
                superseded=prev["id"] if prev else None,
                seconds=round(time.perf_counter() - started, 3),
            )
        return {**self._decode(row), "status": status, "path": str(path), "empty_pages": doc.empty_pages}

    def _embed(self, texts: list[str], embedder: str, on_event, cancel: CancelToken, batch: int = 256) -> np.ndarray:
        e = embed.get(embedder)
        parts = []
        for i in range(0, len(texts), batch):
            cancel.check(M("docs.import_what", "The import"))
            parts.append(e.embed(texts[i : i + batch]))
            on_event(
                Progress(
                    "docs.embed",
                    message=M("docs.embedding", "Embedding chunks"),
                    done=min(i + batch, len(texts)),
                    total=len(texts),
                    unit="chunks",
                )
            )
        return np.concatenate(parts)

    def _current(self, collection_id: str, name: str) -> dict | None:
        rows = list(
            self.catalog.db["doc_versions"].rows_where(
                "collection_id = ? AND name = ? AND state = 'current'", [collection_id, name], limit=1
            )
        )
        return self._decode(rows[0]) if rows else None

    def _next_version(self, collection_id: str, name: str) -> int:
        q = self.catalog.db.execute(
            "SELECT COALESCE(MAX(version), 0) FROM doc_versions WHERE collection_id = ? AND name = ?",
            [collection_id, name],
        ).fetchone()
        return int(q[0]) + 1

    def remove(self, ref: str, name: str) -> int:
        """Remove a document, every version of it: keys first (crypto-erase), then rows and
        files (audited ``docs.remove``). Returns the number of versions removed."""
        col = self.collection(ref)
        with self._locked(col, "remove"):
            self.cleanup(col)
            rows = list(self.catalog.db["doc_versions"].rows_where("collection_id = ? AND name = ?", [col["id"], name]))
            if not rows:
                raise self._no_document(col, name)
            with action(
                self.catalog,
                "docs.remove",
                objects=[col["id"], *[r["id"] for r in rows]],
                params={"collection": col["name"], "document": name, "versions": len(rows)},
            ):
                self._erase(rows)
        return len(rows)

    def _erase(self, rows: list[dict]) -> None:
        with self.catalog.atomic():
            for r in rows:
                self.vault.destroy_data_keys(r["id"])
                self.catalog.db["doc_versions"].delete(r["id"])
        for r in rows:  # a kill here leaves files no row names and no key opens: cleanup removes them
            remove_path(self.home.root / r["path"])

    def cleanup(self, col: dict) -> int:
        """Delete segment files no version row names (an import killed before its commit, a
        removal killed after it). Runs under the collection's lock."""
        folder = self.folder(col["id"])
        if not folder.is_dir():
            return 0
        known = {
            r["id"] for r in self.catalog.db["doc_versions"].rows_where("collection_id = ?", [col["id"]], select="id")
        }
        n = 0
        for f in folder.iterdir():
            stem = f.name.split(".")[0]
            if stem not in known:
                remove_path(f)
                n += 1
        return n

    # Reading ----------------------------------------------------------------------------------
    def open_segment(self, row: dict) -> Segment:
        key = self.vault.data_key(self._need_keys(), row["key_id"], row["id"])
        data = sealed.open_file(self.home.root / row["path"], lambda _h: key, expected_object_id=row["id"])
        return unpack_segment(data, row)

    def current_rows(self, collection_ids: list[str]) -> list[dict]:
        marks = ",".join("?" * len(collection_ids))
        rows = self.catalog.db["doc_versions"].rows_where(
            f"collection_id IN ({marks}) AND state = 'current'", list(collection_ids), order_by="collection_id, name"
        )
        return [self._decode(r) for r in rows]


def _read_checked(path: Path) -> bytes:
    """The file's bytes (for its digest and its reader: read once), refused before reading when it
    is missing, not a file, or too large."""
    if not path.exists():
        raise NotFoundError(
            M("docs.file_missing", "{file} does not exist.", file=str(path)),
            hint=M("docs.file_missing.hint", "Check the path and try again."),
        )
    return extract.read_file(path)
