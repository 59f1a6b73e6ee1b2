"""``appliance conversations``: chats saved encrypted in the workspace (by the GUI's Playground or
``appliance chat --save``): list, show, delete."""

from __future__ import annotations

import click
from rich.markup import escape

from appliance.cli.render import err, out, print_json, table
from appliance.messages import M, text


def _store(app):
    from appliance.serving.conversations import ConversationStore

    return ConversationStore(app.home, app.catalog, app.keys())


@click.group()
def conversations() -> None:
    """Saved conversations, encrypted in the workspace and decrypted in memory only."""


@conversations.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def list_cmd(app, as_json: bool) -> None:
    """Saved conversations, most recent first."""
    items = _store(app).list()
    if as_json:
        print_json(items)
    else:
        table(
            ["id", "title", "models", "turns", "updated"],
            [[c["id"], c["title"], ", ".join(c["models"]), c["turns"], c["updated_at"]] for c in items],
            title="Saved conversations",
        )
    for c in items:
        if c.get("damaged"):
            damaged = M(
                "cli.conversations.damaged",
                "conversation {id} cannot be opened: {why} (`appliance conversations delete {id}` removes it).",
                id=c["id"],
                why=text(c["damaged"]),
            )
            err.print(f"[yellow]{text(M('cli.warning', 'warning:'))}[/yellow] {escape(text(damaged))}", highlight=False)


@conversations.command("show")
@click.argument("conversation")
@click.option("--json", "as_json", is_flag=True, help="The whole saved document (docs/formats/catalog.md).")
@click.pass_obj
def show_cmd(app, conversation: str, as_json: bool) -> None:
    """Print a saved CONVERSATION (its id, or the start of it), pane by pane."""
    doc = _store(app).load(conversation)
    if as_json:
        print_json(doc)
        return
    out.print(f"[bold]{escape(doc['title'])}[/bold]  ({doc['id']}, {doc['updated_at']})", highlight=False)
    system = (doc.get("settings") or {}).get("system")
    for pane in doc["panes"]:
        if not pane.get("messages"):
            continue
        out.rule(escape(pane.get("model") or text(M("cli.conversations.no_model", "(no model)"))))
        if system:
            said = text(M("cli.conversations.system", "system: {text}", text=system))
            out.print(f"[dim]{escape(said)}[/dim]", highlight=False)
        for m in pane["messages"]:
            who = text(M("cli.conversations.you", "you")) if m["role"] == "user" else m["role"]
            out.print(f"[bold]{who}>[/bold] {escape(m['content'])}", highlight=False)
            stats = m.get("stats") or {}
            if stats.get("finish_reason") == "length":
                cut = text(M("cli.conversations.cut", "(cut at {n} tokens)", n=stats.get("tokens")))
                out.print(f"[yellow]{cut}[/yellow]", highlight=False)


@conversations.command("delete")
@click.argument("conversation")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def delete_cmd(app, conversation: str, yes: bool) -> None:
    """Destroy a saved CONVERSATION (its id, or the start of it) for good (its key is destroyed first).
    A damaged conversation can be deleted too."""
    from appliance.errors import ApplianceError, LockedError

    store = _store(app)
    row = store.find(conversation)
    try:
        what = M(
            "cli.conversations.the_conversation",
            "the conversation {title!r} ({id})",
            title=store.load(row["id"])["title"],
            id=row["id"],
        )
    except LockedError:
        raise
    except ApplianceError:  # damaged: it can still be deleted
        what = M("cli.conversations.the_damaged", "the damaged conversation {id}", id=row["id"])
    if not yes:
        click.confirm(
            text(M("cli.conversations.confirm_destroy", "Destroy {what} for good?", what=what)), abort=True, err=True
        )
    store.delete(row["id"])
    out.print(text(M("cli.conversations.deleted", "Deleted conversation {id}.", id=row["id"])), highlight=False)
