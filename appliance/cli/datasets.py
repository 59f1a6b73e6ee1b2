"""``appliance datasets``: encrypted datasets (import, list, show, preview, export, remove)."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.render import ProgressPrinter, err, human_size, out, print_json, table
from appliance.messages import M, Message, text


def _store(app, keys: bool = True):
    from appliance.data.datasets import DatasetStore

    return DatasetStore(app.home, app.catalog, app.keys() if keys else None)


@click.group()
def datasets() -> None:
    """Datasets, encrypted the moment they are imported and decrypted in memory only."""


@datasets.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--name", required=True, help="Dataset name; importing a name again makes a new version.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["chat", "instruction", "csv", "text", "preference", "judgement"]),
    help="Default: from the extension and the rows (.jsonl chat/instruction/preference/judgement, .csv, .txt/.md).",
)
@click.option("--columns", help="CSV column mapping, e.g. instruction=question,output=answer or user=q,assistant=a.")
@click.option(
    "--eval-fraction",
    default=0.1,
    show_default=True,
    type=float,
    help="Share of rows held out for evaluation (by a keyed hash of each row: deterministic).",
)
@click.option("--skip-invalid", is_flag=True, help="Import the valid rows and skip the invalid ones (listed).")
@click.option(
    "--max-tokens",
    default=2048,
    show_default=True,
    type=click.IntRange(16, 1 << 20),
    help="Warn about rows longer than this many tokens (a preference prompt this long is an error).",
)
@click.option(
    "--tokenizer",
    "tokenizer_ref",
    default=None,
    help="Model whose tokenizer counts tokens (default: the built-in model's); 'none' skips counting.",
)
@click.option(
    "--text-rows",
    type=click.Choice(["paragraph", "line"]),
    default="paragraph",
    show_default=True,
    help="What one row of a .txt/.md file is: a paragraph (up to a blank line; in Markdown, a section from one "
    "heading to the next) or each non-empty line.",
)
@click.option(
    "--pii",
    type=click.Choice(["report", "mask", "refuse"]),
    default="report",
    show_default=True,
    help="Personal data in the rows (e-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers, "
    "PANs): report it and import as is, mask each value with a placeholder ([EMAIL]…) before sealing, or "
    "refuse the file.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def import_cmd(
    app, file, name, fmt, columns, eval_fraction, skip_invalid, max_tokens, tokenizer_ref, text_rows, pii, as_json
):
    """Validate FILE, then store it encrypted as a new version of NAME.

    \b
    What a row is:
      .jsonl  one line: a chat {"messages": [...]}, an instruction {"instruction", "output"}, {"text"},
              a preference pair {"prompt" or "messages", "chosen", "rejected"} or a judgement
              {"prompt" or "messages", "completion", "label": true/false} (for KTO)
      .csv    one record, its columns mapped with --columns
      .txt    one paragraph: lines up to a blank line (a file without blank lines is ONE row;
              --text-rows line makes each line a row)
      .md     one section, from one heading to the next (or each line with --text-rows line)
    """
    from appliance.data.columns import parse_columns
    from appliance.data.datasets import default_stats_tokenizer
    from appliance.data.formats import check_source
    from appliance.data.pii import describe
    from appliance.models.store import validate_name

    check_source(Path(file))  # before the seconds a tokenizer takes to load
    validate_name(name, "Dataset")
    store = _store(app)
    if tokenizer_ref == "none":
        tokenizer = None
    elif tokenizer_ref:
        from appliance.models.hf import load_tokenizer
        from appliance.models.store import ModelStore

        ms = ModelStore(app.home, app.catalog)
        tokenizer = load_tokenizer(ms.path_of(ms.get(tokenizer_ref)))
    else:
        tokenizer = default_stats_tokenizer(app.home, app.catalog)
    printer = ProgressPrinter()
    try:
        row, report, created = store.import_file(
            Path(file),
            name=name,
            fmt=fmt,
            columns=parse_columns(columns),
            eval_fraction=eval_fraction,
            skip_invalid=skip_invalid,
            max_tokens=max_tokens,
            tokenizer=tokenizer,
            text_rows=text_rows,
            pii=pii,
            on_event=printer,
        )
    finally:
        printer.close()
    if as_json:
        print_json({**row, "created": created})
        return
    if report.n_warnings:
        err.print(report.render(), markup=False, soft_wrap=True)
    if created:
        out.print(
            text(
                M(
                    "cli.datasets.imported",
                    "Imported {name} version {version} as {id}: {rows} rows "
                    "({train} train, {eval} eval), encrypted ({size}).",
                    name=f"[bold]{row['name']}[/bold]",
                    version=row["version"],
                    id=row["id"],
                    rows=row["rows"],
                    train=row["train_rows"],
                    eval=row["eval_rows"],
                    size=human_size(row["size_bytes"]),
                )
            )
        )
    else:
        out.print(
            text(
                M(
                    "cli.datasets.unchanged",
                    "Unchanged: {name} version {version} ({id}) already holds exactly this data.",
                    name=row["name"],
                    version=row["version"],
                    id=row["id"],
                )
            )
        )
    out.print(text(describe(row["pii"])), markup=False, highlight=False)
    source_note = M(
        "cli.datasets.source_in_clear",
        "The source file is still where it was, in the clear: delete it if it must not stay there.",
    )
    out.print(f"[dim]{text(source_note)}[/dim]")


@datasets.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def list_cmd(app, as_json: bool) -> None:
    """List dataset versions (no key needed)."""
    rows = _store(app, keys=False).list()
    if as_json:
        print_json(rows)
        return
    table(
        ["ID", "NAME", "VERSION", "FORMAT", "ROWS", "TRAIN", "EVAL", "SIZE", "CREATED"],
        [
            [
                r["id"],
                r["name"],
                r["version"],
                r["format"],
                r["rows"],
                r["train_rows"],
                r["eval_rows"],
                human_size(r["size_bytes"]),
                r["created_at"],
            ]
            for r in rows
        ],
    )


@datasets.command("show")
@click.argument("dataset")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def show_cmd(app, dataset: str, as_json: bool) -> None:
    """Counts, token statistics and warnings of a version (no key needed: no content is shown)."""
    row = _store(app, keys=False).get(dataset)
    if as_json:
        print_json(row)
        return
    for key in ("id", "name", "version", "format", "rows", "train_rows", "eval_rows", "sha256", "created_at"):
        out.print(f"[bold]{key:>11}[/bold]  {row[key]}")
    sealed = M("cli.datasets.size_sealed", "{size} sealed", size=human_size(row["size_bytes"]))
    out.print(f"[bold]{'size':>11}[/bold]  {text(sealed)}")
    s = row.get("stats") or {}
    if s:
        tokens = M(
            "cli.datasets.token_stats",
            "total {total}, per row min {min} / median {p50} / mean {mean} / p95 {p95} / max {max}; "
            "{over} over {max_tokens}",
            total=s["total"],
            min=s["min"],
            p50=s["p50"],
            mean=s["mean"],
            p95=s["p95"],
            max=s["max"],
            over=s["over_max"],
            max_tokens=s["max_tokens"],
        )
        out.print(f"[bold]{'tokens':>11}[/bold]  {text(tokens)}")
    pref = (row.get("meta") or {}).get("preference")
    if pref:
        from appliance.data.preference import describe

        out.print(f"[bold]{pref['kind']:>11}[/bold]  {text(describe(pref))}", markup=True, highlight=False)
    if row.get("pii"):  # versions imported before the personal-data check have none
        import json

        from appliance.data.pii import describe

        summary = json.loads(row["pii"]) if isinstance(row["pii"], str) else row["pii"]
        out.print(f"[bold]{'pii':>11}[/bold]  {text(describe(summary))}", markup=True, highlight=False)
    stored = (row.get("meta") or {}).get("warnings_message")
    warnings = [Message.from_dict(m) for m in stored] if stored else row.get("warnings") or []
    for w in warnings:  # in the chosen language where the version stored its messages
        out.print(f"[yellow]{'warning':>11}[/yellow]  {text(w)}", markup=True, highlight=False)


@datasets.command("preview")
@click.argument("dataset")
@click.option("-n", "--rows", "n", default=5, show_default=True, type=click.IntRange(1, 1000))
@click.option("--split", type=click.Choice(["train", "eval"]))
@click.pass_obj
def preview_cmd(app, dataset: str, n: int, split: str | None) -> None:
    """Decrypt in memory and print the first rows."""
    for i, rec in enumerate(_store(app).read_records(dataset, split=split)[:n], 1):
        out.print(f"[bold]#{i}[/bold] [dim]({rec.get('split', 'train')})[/dim]")
        if "messages" in rec:
            for m in rec["messages"]:
                out.print(f"  [cyan]{m['role']}:[/cyan] ", end="")
                out.print(m["content"], markup=False, highlight=False)
        else:
            for key in ("instruction", "input", "output", "text"):
                if rec.get(key):
                    out.print(f"  [cyan]{key}:[/cyan] ", end="")
                    out.print(rec[key], markup=False, highlight=False)


@datasets.command("export")
@click.argument("dataset")
@click.option("--to", "dest", required=True, type=click.Path(dir_okay=False), help="Plaintext JSONL file to write.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def export_cmd(app, dataset: str, dest: str, yes: bool) -> None:
    """Decrypt a version to a plaintext file: the data leaves the appliance's protection."""
    row = _store(app, keys=False).get(dataset)
    in_clear = M(
        "cli.datasets.export_warning",
        "this writes {name} version {version} to {path} IN THE CLEAR.",
        name=row["name"],
        version=row["version"],
        path=dest,
    )
    err.print(f"[yellow]{text(M('cli.warning', 'warning:'))}[/yellow] {text(in_clear)}")
    if not yes:
        click.confirm(text(M("cli.continue", "Continue?")), abort=True, err=True)
    path = _store(app).export(row["id"], Path(dest))
    out.print(text(M("cli.datasets.exported", "Wrote {n} rows to {path} (mode 0600).", n=row["rows"], path=str(path))))


@datasets.command("remove")
@click.argument("dataset")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def remove_cmd(app, dataset: str, yes: bool) -> None:
    """Crypto-erase a version: its key is destroyed, so no copy of it can be decrypted again."""
    row = _store(app, keys=False).get(dataset)
    if not yes:
        click.confirm(
            text(
                M(
                    "cli.datasets.confirm_destroy",
                    "Destroy {name} version {version} ({id}) for good?",
                    name=row["name"],
                    version=row["version"],
                    id=row["id"],
                )
            ),
            abort=True,
            err=True,
        )
    _store(app, keys=False).remove(row["id"])
    out.print(text(M("cli.datasets.removed", "Removed {id}: its data key is destroyed.", id=row["id"])))
