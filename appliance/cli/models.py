"""``appliance models``: import, list, show and remove base models."""

from __future__ import annotations

import click

from appliance.cli.render import ProgressPrinter, err, human_params, human_size, out, print_json, table
from appliance.messages import M, text


def _warn(w) -> None:
    """A warning the core stored (a message dict, or English text from an older record)."""
    err.print(f"[yellow]{text(M('cli.warning', 'warning:'))}[/yellow] {text(w)}")


def _summary(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "files"}


@click.group()
def models() -> None:
    """Base models: the built-in SmolLM2-135M-Instruct and models imported from local files."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_obj
def list_cmd(app, as_json: bool) -> None:
    """List the models in the store."""
    from appliance.models import builtin
    from appliance.models.store import ModelStore
    from appliance.tokenizer.extension import new_rows_state

    store = ModelStore(app.home, app.catalog)
    rows = store.list()
    pending_builtin = not store.builtin_registered()
    # An extended vocabulary's new rows: "untrained" until a run trains them (docs/export-gate.md).
    states = {r["id"]: new_rows_state(app.catalog, r) for r in rows}
    if as_json:
        data = [_summary(r) | ({"new_rows": states[r["id"]]} if states[r["id"]] else {}) for r in rows]
        if pending_builtin:
            data.append(
                {
                    "name": builtin.BUILTIN_NAME,
                    "kind": "builtin",
                    "id": None,
                    "status": "available; unpacked on first use",
                }
            )
        print_json(data)
        return
    table_rows = [
        [
            r["id"],
            r["name"],
            r["kind"] + (" (untrained)" if states[r["id"]] == "untrained" else ""),
            r["architecture"],
            human_params(r["params"]),
            r["dtype"],
            human_size(r["size_bytes"]),
            r["created_at"],
        ]
        for r in rows
    ]
    if pending_builtin:
        table_rows.append(
            ["—", builtin.BUILTIN_NAME, "builtin", "LlamaForCausalLM", "135M", "", "", "unpacked on first use"]
        )
    table(["ID", "NAME", "KIND", "ARCHITECTURE", "PARAMS", "DTYPE", "SIZE", "CREATED"], table_rows)


@models.command("show")
@click.argument("model")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_obj
def show_cmd(app, model: str, as_json: bool) -> None:
    """Show one model: hashes, files, lineage and exports."""
    from appliance.models.store import ModelStore

    printer = ProgressPrinter()
    try:
        row = ModelStore(app.home, app.catalog).get(model, on_event=printer)
    finally:
        printer.close()
    exports = app.catalog.list_exports(row["id"])
    parents = app.catalog.parents(row["id"])
    if as_json:
        print_json(
            {**row, "exports": [{k: v for k, v in e.items() if k != "gate"} for e in exports], "parents": parents}
        )
        return
    for key in (
        "id",
        "name",
        "kind",
        "architecture",
        "model_type",
        "params",
        "dtype",
        "context_length",
        "size_bytes",
        "sha256",
        "source",
        "source_sha256",
        "created_at",
    ):
        val = row.get(key)
        if key == "size_bytes":
            val = human_size(val)
        out.print(f"[bold]{key:>15}[/bold]  {val}")
    for w in _warnings(row):
        _warn(w)
    out.print("[bold]          files[/bold]")
    for name, f in sorted((row.get("files") or {}).items()):
        out.print(f"                 {name}  {human_size(f['size'])}  sha256:{f['sha256'][:16]}…")
    for p in parents:
        out.print(f"[bold]{'made from':>15}[/bold]  {p['parent_id']} ({p['relation']})")
    for e in exports:
        out.print(f"[bold]{'export':>15}[/bold]  {e['id']}  {e['quant']}  {e['status']}  {human_size(e['size_bytes'])}")


@models.command("import")
@click.argument("path", type=click.Path(exists=False))
@click.option("--name", help="Name for the model (default: from the folder or GGUF metadata).")
@click.option("--json", "as_json", is_flag=True, help="Print the new catalog row as JSON.")
@click.pass_obj
def import_cmd(app, path: str, name: str | None, as_json: bool) -> None:
    """Import a local Hugging Face model folder or a GGUF file."""
    from pathlib import Path

    from appliance.models.store import ModelStore

    printer = ProgressPrinter()
    try:
        row = ModelStore(app.home, app.catalog).import_path(Path(path), name=name, on_event=printer)
    finally:
        printer.close()
    if as_json:
        print_json(_summary(row))
        return
    out.print(
        text(
            M(
                "cli.models.imported",
                "Imported {name} as {id} ({architecture}, {params} parameters, sha256 {sha256}…).",
                name=f"[bold]{row['name']}[/bold]",
                id=row["id"],
                architecture=row["architecture"],
                params=human_params(row["params"]),
                sha256=row["sha256"][:16],
            )
        )
    )
    for w in _warnings(row):
        _warn(w)


@models.command("remove")
@click.argument("model")
@click.option("--force", is_flag=True, help="Also remove the model's exports.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def remove_cmd(app, model: str, force: bool, yes: bool) -> None:
    """Remove a model and its files from the store."""
    from appliance.models.store import ModelStore

    row = app.catalog.get_model(model)
    if not yes:
        click.confirm(
            text(M("cli.models.confirm_remove", "Remove model {name} ({id})?", name=row["name"], id=row["id"])),
            abort=True,
            err=True,
        )
    ModelStore(app.home, app.catalog).remove(row["id"], force=force)
    out.print(text(M("cli.models.removed", "Removed {name} ({id}).", name=row["name"], id=row["id"])))


def _warnings(row: dict) -> list:
    """A model's import warnings: its stored messages (rendered in the chosen language), else the
    English text an older record holds."""
    from appliance.messages import Message

    meta = row.get("meta") or {}
    stored = meta.get("warnings_message")
    return [Message.from_dict(m) for m in stored] if stored else meta.get("warnings", [])
