"""``appliance export`` and ``appliance exports``: GGUF export with its verification gate."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from appliance.cli.render import ProgressPrinter, err, human_size, out, print_json, table
from appliance.messages import M, text
from appliance.states import ExportStatus, GateStatus


def _quant_choices() -> list[str]:
    from appliance.export.pipeline import QUANT_TYPES

    return list(QUANT_TYPES)


@click.command("export")
@click.argument("model")
@click.option(
    "--quant",
    default="q8_0",
    show_default=True,
    type=click.Choice(_quant_choices(), case_sensitive=False),
    help="GGUF type: f32/f16/bf16 or a llama.cpp quantization.",
)
@click.option(
    "--tokenizer-policy",
    default="default",
    show_default=True,
    type=click.Choice(["default", "strict", "lenient"]),
    help="How tokenizer differences between HF and llama.cpp count in the gate.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Export again even if these model files are already exported, verified, to this quantization.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the export row and report as JSON.")
@click.pass_obj
def export_cmd(app, model: str, quant: str, tokenizer_policy: str, force: bool, as_json: bool) -> None:
    """Export MODEL to GGUF with llama.cpp's converter and verify it.

    The export is kept only if conversion succeeds; it is marked verified or failed by the
    gate (exit code 7 when it fails, with the report). A model already exported and verified
    to QUANT is not exported a second time (exit code 6, naming that export) unless --force;
    an export of the same model and quantization already running elsewhere exits 22.
    """
    from appliance.export.pipeline import Exporter

    printer = ProgressPrinter()
    try:
        row, report = Exporter(app.home, app.catalog, app.keys).export(
            model, quant.lower(), tokenizer_policy=tokenizer_policy, on_event=printer, force=force
        )
    finally:
        printer.close()
    if as_json:
        print_json(row)
        return
    err.print(report.render(), markup=False, soft_wrap=True)
    out.print(
        text(
            M(
                "cli.export.done",
                "Exported {id}: {path} ({size}, sha256 {sha256}…), {status}.",
                id=f"[bold]{row['id']}[/bold]",
                path=str(app.home.root / row["path"]),
                size=human_size(row["size_bytes"]),
                sha256=row["sha256"][:16],
                status=row["status"],
            )
        )
    )


@click.group()
def exports() -> None:
    """GGUF exports: list, show (with the verification report), verify again, model card, copy, remove."""


@exports.command("list")
@click.option("--model", help="Only exports of this model.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_obj
def list_cmd(app, model: str | None, as_json: bool) -> None:
    """List exports."""
    from appliance.export.pipeline import Exporter

    rows = Exporter(app.home, app.catalog).list(model)
    if as_json:
        print_json([{k: v for k, v in r.items() if k != "gate"} for r in rows])
        return
    names = {m["id"]: m["name"] for m in app.catalog.list_models()}
    table(
        ["ID", "MODEL", "QUANT", "STATUS", "SIZE", "CREATED"],
        [
            [
                r["id"],
                names.get(r["model_id"], r["model_id"]),
                r["quant"],
                r["status"],
                text(M("cli.export.no_file", "no file"))
                if r.get("error") or r["status"] == ExportStatus.PENDING
                else human_size(r["size_bytes"]),
                r["created_at"],
            ]
            for r in rows
        ],
    )


@exports.command("show")
@click.argument("export")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_obj
def show_cmd(app, export: str, as_json: bool) -> None:
    """Show an export and its verification report."""
    from appliance.export.verify import GateReport

    row = app.catalog.get_export(export)
    if as_json:
        print_json({**row, "parents": app.catalog.parents(row["id"])})
        return
    model = app.catalog.find_model(row["model_id"])
    for key in ("id", "quant", "status", "path", "sha256", "size_bytes", "created_at"):
        val = human_size(row[key]) if key == "size_bytes" else row[key]
        out.print(f"[bold]{key:>12}[/bold]  {val}")
    source = model["name"] if model else text(M("cli.export.model_removed", "removed"))
    out.print(f"[bold]{'made from':>12}[/bold]  {row['model_id']} ({source})")
    out.print(f"[bold]{'tools':>12}[/bold]  {row.get('tool_versions')}")
    if row.get("error"):
        out.print(f"[bold]{'why':>12}[/bold]  ", end="")
        out.print(text((row.get("meta") or {}).get("error_message") or row["error"]), markup=False)
    if row.get("gate"):
        out.print(GateReport.from_dict(row["gate"]).render(), markup=False, soft_wrap=True)


@exports.command("verify")
@click.argument("export")
@click.option(
    "--tokenizer-policy", default="default", show_default=True, type=click.Choice(["default", "strict", "lenient"])
)
@click.pass_obj
def verify_cmd(app, export: str, tokenizer_policy: str) -> None:
    """Check an export's hash and run the verification gate again."""
    from appliance.errors import VerificationFailed
    from appliance.export.pipeline import Exporter

    printer = ProgressPrinter()
    try:
        row, report = Exporter(app.home, app.catalog, app.keys).verify(
            export, tokenizer_policy=tokenizer_policy, on_event=printer
        )
    finally:
        printer.close()
    if report.status != GateStatus.PASS:
        raise VerificationFailed(
            M("cli.export.gate_failed", "Export {id} failed its verification gate.", id=row["id"]), report=report
        )
    out.print(report.render(), markup=False, soft_wrap=True)


@exports.command("remove")
@click.argument("export")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_obj
def remove_cmd(app, export: str, yes: bool) -> None:
    """Remove an export and its file."""
    from appliance.export.pipeline import Exporter

    row = app.catalog.get_export(export)
    if not yes:
        click.confirm(
            text(M("cli.export.confirm_remove", "Remove export {id} ({quant})?", id=row["id"], quant=row["quant"])),
            abort=True,
            err=True,
        )
    Exporter(app.home, app.catalog).remove(row["id"])
    out.print(text(M("cli.export.removed", "Removed {id}.", id=row["id"])))


@exports.command("copy")
@click.argument("export")
@click.argument("dest", type=click.Path(path_type=Path))
@click.pass_obj
def copy_cmd(app, export: str, dest: Path) -> None:
    """Copy a verified EXPORT's GGUF out of the home to DEST (a new file, or a folder to put it in).

    Model weights leaving the home is audited (`export.copy`, with the copy's SHA-256)."""
    from appliance.export.pipeline import Exporter

    printer = ProgressPrinter()
    try:
        path = Exporter(app.home, app.catalog).copy_out(export, dest, on_event=printer)
    finally:
        printer.close()
    out.print(
        text(
            M("cli.export.copied", "Copied to {path} ({size}).", path=str(path), size=human_size(path.stat().st_size))
        ),
        highlight=False,
    )


@exports.command("card")
@click.argument("export")
@click.option(
    "--format",
    "fmt",
    default="markdown",
    show_default=True,
    type=click.Choice(["markdown", "json", "bom"]),
    help="The card in Markdown (in your language), the card's JSON, or the CycloneDX 1.6 ML-BOM.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write it to FILE (with the workspace's signature beside it, FILE.sig, when the bytes are the signed ones).",
)
@click.option("--intended-use", help="Record what the model is for; the card is made and signed again with it.")
@click.pass_obj
def card_cmd(app, export: str, fmt: str, output: Path | None, intended_use: str | None) -> None:
    """Show a verified EXPORT's model card or ML-BOM, signed by the workspace (made first if it has none).

    Ids, versions, digests and counts only: never a dataset's rows or an answer."""
    from appliance.export import card

    if intended_use is not None:
        card.write(
            app.home, app.catalog, app.catalog.get_export(export), intended_use=intended_use, reason="intended-use"
        )
    loaded = card.load(app.home, app.catalog, export)
    if output is None:
        if fmt == "markdown":
            sys.stdout.write(card.render_markdown(loaded["card"]))
        else:
            sys.stdout.write(loaded["raw"][card.FORMATS[fmt]].decode("utf-8"))
        return
    signed = len(card.save(loaded, fmt, output)) == 2
    said = M("cli.export.card_written", "Wrote {path}.", path=str(output))
    if signed:
        said = M(
            "cli.export.card_written_signed",
            "Wrote {path} and its signature {sig}.",
            path=str(output),
            sig=output.name + ".sig",
        )
    out.print(text(said), markup=False, highlight=False)
