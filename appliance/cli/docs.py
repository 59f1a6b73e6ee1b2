"""``appliance docs`` (document collections, sealed) and ``appliance ask`` (an answer from them,
with its sources): docs/retrieval.md."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.render import ProgressPrinter, err, human_size, out, print_json, table
from appliance.messages import M, text


@click.group()
def docs() -> None:
    """Document collections the models answer from, with citations (encrypted at rest)."""


def _store(app, keys: bool = False):
    from appliance.knowledge.store import DocStore

    return DocStore(app.home, app.catalog, app.keys() if keys else None)


@docs.command("create")
@click.argument("name")
@click.option("--description", default="", help="What the collection holds.")
@click.option(
    "--tokenizer", "tokenizer_model", help="The model whose tokens measure chunks (default: the built-in one)."
)
@click.option("--chunk-tokens", type=int, default=200, show_default=True, help="Chunk size in that model's tokens.")
@click.option("--overlap", type=int, default=40, show_default=True, help="Tokens a chunk repeats from the one before.")
@click.pass_obj
def docs_create(app, name, description, tokenizer_model, chunk_tokens, overlap) -> None:
    """Create an empty collection."""
    row = _store(app).create_collection(
        name, description=description, tokenizer_model=tokenizer_model, chunk_tokens=chunk_tokens, overlap=overlap
    )
    out.print(text(M("cli.docs.created", "Created collection {name} ({id}).", name=row["name"], id=row["id"])))


@docs.command("collections")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def docs_collections(app, as_json) -> None:
    """The collections, with their documents and chunks."""
    rows = _store(app).collections()
    if as_json:
        print_json(rows)
        return
    if not rows:
        out.print(
            text(M("cli.docs.no_collections", "No collections yet: `appliance docs import FILE --collection NAME`."))
        )
        return
    table(
        ["NAME", "DOCUMENTS", "CHUNKS", "SIZE", "CHUNK TOKENS", "EMBEDDER", "ID"],
        [
            [r["name"], r["documents"], r["chunks"], human_size(r["bytes"]), r["chunk_tokens"], r["embedder"], r["id"]]
            for r in rows
        ],
    )


@docs.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--collection", "-c", required=True, help="The collection (created with the defaults if it does not exist)."
)
@click.option(
    "--name",
    "names",
    multiple=True,
    help="The document's name (default: the file's name without its suffix); one per file.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def docs_import(app, files, collection, names, as_json) -> None:
    """Import PDF, DOCX, ODT, HTML, Markdown or text files; a changed file becomes a new version."""
    from appliance.errors import NotFoundError

    store = _store(app, keys=True)
    try:
        store.collection(collection)
    except NotFoundError:
        store.create_collection(collection)
        err.print(
            text(M("cli.docs.created_default", "Created collection {name} with the default settings.", name=collection))
        )
    results = store.import_files(collection, list(files), names=list(names) or None, on_event=ProgressPrinter())
    if as_json:
        print_json(results)
        return
    for r in results:
        f = dict(file=Path(r["path"]).name, name=r["name"], version=r["version"], chunks=r["chunks"], kind=r["kind"])
        f["pages"] = f", {r['pages']} p." if r.get("pages") else ""
        if r["status"] == "new":
            said = M("cli.docs.import_new", "{file}: {name} version {version}, {chunks} chunks ({kind}{pages}).", **f)
        elif r["status"] == "updated":
            said = M(
                "cli.docs.import_updated",
                "{file}: {name} version {version} replaces the previous one, {chunks} chunks ({kind}{pages}).",
                **f,
            )
        else:
            said = M("cli.docs.import_unchanged", "{file}: unchanged; {name} stays at version {version}.", **f)
        out.print(text(said))
        if r.get("empty_pages"):
            note = M(
                "cli.docs.empty_pages",
                "{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; OCR them to include them.",
                file=Path(r["path"]).name,
                pages=", ".join(str(p) for p in r["empty_pages"]),
            )
            err.print(f"[yellow]{text(note)}[/yellow]")


@docs.command("list")
@click.argument("collection")
@click.option("--all-versions", is_flag=True, help="Superseded versions too.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def docs_list(app, collection, all_versions, as_json) -> None:
    """A collection's documents (names, versions, sizes; no text)."""
    rows = _store(app).documents(collection, all_versions=all_versions)
    if as_json:
        print_json(rows)
        return
    table(
        ["DOCUMENT", "VERSION", "STATE", "KIND", "PAGES", "CHUNKS", "SIZE", "FILE", "IMPORTED", "ID"],
        [
            [
                r["name"],
                r["version"],
                r["state"],
                r["kind"],
                r["pages"],
                r["chunks"],
                human_size(r["bytes"]),
                r["source_file"],
                r["created_at"][:19],
                r["id"],
            ]
            for r in rows
        ],
    )


@docs.command("versions")
@click.argument("collection")
@click.argument("document")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def docs_versions(app, collection, document, as_json) -> None:
    """Every version of one document."""
    rows = _store(app).versions(collection, document)
    if as_json:
        print_json(rows)
        return
    table(
        ["VERSION", "STATE", "CHUNKS", "IMPORTED", "SUPERSEDED", "ID"],
        [
            [r["version"], r["state"], r["chunks"], r["created_at"][:19], (r.get("superseded_at") or "")[:19], r["id"]]
            for r in rows
        ],
    )


@docs.command("remove")
@click.argument("collection")
@click.argument("document")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def docs_remove(app, collection, document, yes) -> None:
    """Remove a document and every version of it (crypto-erased: its keys are destroyed)."""
    if not yes:
        click.confirm(
            text(
                M(
                    "cli.docs.confirm_remove",
                    "Remove {name} from {collection} for good?",
                    name=document,
                    collection=collection,
                )
            ),
            abort=True,
        )
    n = _store(app).remove(collection, document)
    out.print(
        text(
            M(
                "cli.docs.removed",
                "Removed {name} ({n} version(s)); its data can no longer be decrypted.",
                name=document,
                n=n,
            )
        )
    )


@docs.command("drop")
@click.argument("collection")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def docs_drop(app, collection, yes) -> None:
    """Remove a whole collection (every document crypto-erased)."""
    if not yes:
        click.confirm(
            text(
                M(
                    "cli.docs.confirm_drop",
                    "Remove the collection {collection} and all its documents for good?",
                    collection=collection,
                )
            ),
            abort=True,
        )
    n = _store(app).drop_collection(collection)
    out.print(
        text(
            M(
                "cli.docs.dropped",
                "Removed collection {collection} and its {n} document(s).",
                collection=collection,
                n=n,
            )
        )
    )


def _collections(value: str) -> list[str]:
    return [c.strip() for c in value.split(",") if c.strip()]


def _print_sources(cites: list[dict]) -> None:
    if not cites:
        return
    out.print(text(M("cli.docs.sources", "Sources:")))
    for c in cites:
        where = f"p. {c['page']}" if c.get("page") else c.get("anchor") or ""
        mark = "*" if c.get("cited") else " "
        out.print(
            f" {mark}[{c['index']}] {c['document']} v{c['version']}{', ' + where if where else ''}  ({c['collection']}, chunk {c['chunk']}, {c['score']:.4f})",
            highlight=False,
        )


@docs.command("search")
@click.argument("collections")
@click.argument("query")
@click.option("-k", "k", type=click.IntRange(1, 50), default=5, show_default=True)
@click.option("--mode", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid", show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def docs_search(app, collections, query, k, mode, as_json) -> None:
    """The chunks a question retrieves (COLLECTIONS: one name, or several separated by commas)."""
    from appliance.knowledge.retriever import retrieve

    r = retrieve(app.home, app.catalog, app.keys(), _collections(collections), query, k=k, mode=mode, purpose="search")
    if as_json:
        print_json(r.to_dict())
        return
    _notice(r.notice)
    for h in r.hits:
        where = f"p. {h.page}" if h.page else h.anchor
        out.print(
            f"[bold][{h.rank}] {h.document} v{h.version}{', ' + where if where else ''}[/bold]  [dim]{h.score:.4f} dense {h.dense_rank or '-'} lexical {h.lexical_rank or '-'}[/dim]"
        )
        snippet = " ".join(h.text.split())
        out.print("    " + (snippet[:300] + ("…" if len(snippet) > 300 else "")), highlight=False, markup=False)


def _notice(notice: str | None) -> None:
    if notice == "script_not_in_collection":
        err.print(
            text(M("cli.docs.script_missing", "The collections hold no text in the question's script: no sources."))
        )
    elif notice == "empty_collection":
        err.print(text(M("cli.docs.empty", "The collections hold no documents yet: no sources.")))


@click.command("ask")
@click.argument("collections")
@click.argument("question")
@click.option(
    "--model", "-m", required=True, help="The model to answer with (an export id, or a model with a verified export)."
)
@click.option("-k", "k", type=click.IntRange(1, 20), default=4, show_default=True, help="Sources given to the model.")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid", show_default=True)
@click.option("--max-tokens", type=int, default=256, show_default=True)
@click.option("--temperature", type=float, default=0.2, show_default=True)
@click.option("--repeat-penalty", type=float, default=1.1, show_default=True)
@click.option("--seed", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def ask(app, collections, question, model, k, mode, max_tokens, temperature, repeat_penalty, seed, as_json) -> None:
    """Answer QUESTION from document collections, citing the sources (COLLECTIONS: comma-separated)."""
    from appliance.knowledge.answer import citations
    from appliance.serving.chat import chat_session
    from appliance.serving.grounding import ask as ask_documents

    keys = app.keys()
    names = _collections(collections)
    with chat_session(
        app.home, app.catalog, model, seed=seed, params={"one_shot": True, "collections": names}
    ) as session:
        retrieval, pieces = ask_documents(
            session,
            app.home,
            app.catalog,
            keys,
            names,
            [{"role": "user", "content": question}],
            k=k,
            mode=mode,
            max_tokens=max_tokens,
            temperature=temperature,
            repeat_penalty=repeat_penalty,
            seed=seed,
        )
        if not as_json:
            _notice(retrieval.notice)
        parts = []
        for piece in pieces:
            parts.append(piece)
            if not as_json:
                out.print(piece, end="", highlight=False, markup=False)
        answer = "".join(parts)
    cites = citations(retrieval, answer)
    if as_json:
        print_json({"answer": answer, "citations": cites, "notice": retrieval.notice})
        return
    out.print()
    _print_sources(cites)
