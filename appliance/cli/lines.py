"""``appliance lines``, ``promote`` and ``rebase``: model lines, their gate and channels on the
command line (docs/evaluation.md)."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.eval_reports import print_report, write_report
from appliance.cli.render import ProgressPrinter, out, print_json, table
from appliance.messages import M, text


# appliance lines / promote / rebase --------------------------------------------------------
@click.group()
def lines() -> None:
    """Model lines: a customization (recipe, dataset versions, suites, gate) and its channels."""


@lines.command("create")
@click.argument("name")
@click.option("--from-run", "run_ref", help="Take the recipe and dataset versions of this run.")
@click.option("--recipe", "recipe_path", type=click.Path(dir_okay=False, path_type=Path), help="Or a recipe file.")
@click.option("--suite", "suite_refs", multiple=True, required=True, help="A suite the line is judged on (repeatable).")
@click.option(
    "--gate",
    "gate_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A TOML file with a [gate] table (its case ids and slices must be in the suites; default: no minimum).",
)
@click.pass_obj
def lines_create(app, name, run_ref, recipe_path, suite_refs, gate_path) -> None:
    """Create a model line."""
    from appliance.eval.lines import DEFAULT_GATE, Lines, load_gate

    if bool(run_ref) == bool(recipe_path):
        raise click.UsageError(text(M("cli.lines.create_usage", "give one of --from-run RUN or --recipe FILE")))
    gate = load_gate(gate_path) if gate_path else dict(DEFAULT_GATE)
    where = str(gate_path) if gate_path else ""
    ls = Lines(app.home, app.catalog, app.keys())
    if run_ref:
        line = ls.create_from_run(name, run_ref, suites=list(suite_refs), gate=gate, gate_source=where)
    else:
        line = ls.create_from_recipe(name, recipe_path, suites=list(suite_refs), gate=gate, gate_source=where)
    out.print(
        text(
            M(
                "cli.lines.created",
                "Line [bold]{name}[/bold] ({id}): suites {suites}.",
                name=line["name"],
                id=line["id"],
                suites=", ".join(line["suites"]),
            )
        )
    )


@lines.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def lines_list(app, as_json: bool) -> None:
    from appliance.eval.lines import Lines

    rows = Lines(app.home, app.catalog).list()
    if as_json:
        print_json(rows)
        return
    names = {m["id"]: m["name"] for m in app.catalog.list_models()}
    table(
        ["name", "suites", "candidate", "production", "CREATED"],
        [
            [
                r["name"],
                ", ".join(r["suites"]),
                names.get((r["channels"].get("candidate") or {}).get("model_id"), "–"),
                names.get((r["channels"].get("production") or {}).get("model_id"), "–"),
                r["created_at"][:19],
            ]
            for r in rows
        ],
    )


@lines.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def lines_show(app, name: str, as_json: bool) -> None:
    """A line: its recipe's base and datasets, gate, channels and history of decisions."""
    from appliance.eval.lines import Lines

    ls = Lines(app.home, app.catalog)
    line, hist = ls.get(name), ls.history(name)
    if as_json:
        print_json({**line, "history": hist})
        return
    names = {m["id"]: m["name"] for m in app.catalog.list_models()}
    out.print(
        text(
            M(
                "cli.lines.show",
                "[bold]{name}[/bold] ({id}): base {base}, datasets {datasets}, suites {suites}",
                name=line["name"],
                id=line["id"],
                base=names.get(line["base_model_id"], line["base_model_id"]),
                datasets=", ".join(line["dataset_ids"]),
                suites=", ".join(line["suites"]),
            )
        )
    )
    gate = ", ".join(f"{k}={v}" for k, v in line["gate"].items())
    out.print(text(M("cli.lines.gate", "gate: {gate}", gate=gate)))
    for ch in ("candidate", "production"):
        c = line["channels"].get(ch)
        held = (
            M(
                "cli.lines.held_since",
                "{model} since {since}",
                model=names.get(c["model_id"], c["model_id"]),
                since=c["since"][:19],
            )
            if c
            else "–"
        )
        out.print(text(M("cli.lines.channel", "  {line}@{channel}: {held}", line=line["name"], channel=ch, held=held)))
    table(
        ["when", "event", "channel", "model", "gate"],
        [
            [
                h["created_at"][:19],
                h["kind"],
                h["channel"],
                names.get(h["model_id"], h["model_id"]),
                "passed" if h["passed"] else "refused",
            ]
            for h in hist
        ],
        title="History",
    )


@click.command("promote")
@click.argument("line")
@click.argument("model")
@click.option(
    "--to", "channel", default="production", show_default=True, type=click.Choice(["production", "candidate"])
)
@click.option("--html", "html_path", help="Write the comparison and the gate's verdict as an HTML page.")
@click.option("--json", "as_json", is_flag=True, help="Print the decision as JSON.")
@click.pass_obj
def promote(app, line, model, channel, html_path, as_json) -> None:
    """Move MODEL to LINE@CHANNEL; production only through the line's gate (exit code 21 and the
    verdict when it refuses; nothing changes)."""
    from appliance.errors import GateFailed
    from appliance.eval.lines import Lines

    printer = ProgressPrinter()
    try:
        decision = Lines(app.home, app.catalog, app.keys()).promote(line, model, channel=channel, on_event=printer)
    except GateFailed as exc:
        printer.close()
        _show_decision(exc.verdict, html_path)
        raise
    finally:
        printer.close()
    if as_json:
        print_json(decision)
        return
    _show_decision(decision, html_path)
    out.print(
        text(
            M(
                "cli.promote.done",
                "[bold]{model} is now {line}@{channel}.[/bold]",
                model=model,
                line=line,
                channel=channel,
            )
        )
    )


def _mark(check: dict) -> str:
    return "[green]✓[/green] " if check["passed"] else "[red]✗[/red] "


def _check_text(check: dict) -> str:
    """A gate check's text in the current language (its message, where the record has one)."""
    return text(check.get("text_message") or check["text"])


def _show_decision(decision: dict, html_path: str | None) -> None:
    for rep in decision.get("reports", []):
        print_report(rep)
    for c in decision.get("checks", []):
        out.print(_mark(c) + _check_text(c), highlight=False)
    out.print(f"[bold]{text(decision.get('summary_message') or decision['summary'])}[/bold]")
    if html_path and decision.get("reports"):
        write_report(decision["reports"][0], html_path, None, verdict=decision)


@click.command("rebase")
@click.argument("line")
@click.option("--onto", "new_base", required=True, help="The new base model.")
@click.option(
    "--quant",
    help="The export to make, evaluate and serve (default: the quantization production is served in, else q8_0).",
)
@click.option("--max-steps", type=int, help="Override the recipe's training.max_steps (e.g. a quick trial).")
@click.option("--promote", "do_promote", is_flag=True, help="Promote the result to production if the gate passes.")
@click.option("--html", "html_path", help="Write the side-by-side report as an HTML page.")
@click.pass_obj
def rebase(app, line, new_base, quant, max_steps, do_promote, html_path) -> None:
    """Re-run LINE's recipe on its dataset versions with NEW_BASE, export it, evaluate it beside
    the line's production model on the line's suites, and say whether the gate would pass."""
    from appliance.eval.rebase import rebase as run_rebase

    printer = ProgressPrinter()
    try:
        res = run_rebase(
            app.home,
            app.catalog,
            app.keys(),
            line,
            new_base,
            quant=quant,
            max_steps=max_steps,
            promote=do_promote,
            on_event=printer,
        )
    finally:
        printer.close()
    for n in res["notes"]:
        out.print(text(M("cli.rebase.note", "note: {note}", note=text(n))))
    for rep in res["reports"]:
        print_report(rep)
    for c in res["verdict"]["checks"]:
        out.print(_mark(c) + _check_text(c), highlight=False)
    m = res["model"]["name"]
    if res["promoted"]:
        out.print(text(M("cli.rebase.promoted", "[bold]{model} is now {line}@production.[/bold]", model=m, line=line)))
    elif res["verdict"]["passed"]:
        out.print(
            text(
                M(
                    "cli.rebase.candidate_passes",
                    "[bold]{model} is {line}@candidate and passes the gate:[/bold] `appliance promote {line} {model}`",
                    model=m,
                    line=line,
                )
            )
        )
    else:
        out.print(
            text(
                M(
                    "cli.rebase.candidate_refused",
                    "[bold]{model} is {line}@candidate; the gate would refuse it for production.[/bold]",
                    model=m,
                    line=line,
                )
            )
        )
    if html_path and res["reports"]:
        write_report(
            res["reports"][0],
            html_path,
            None,
            verdict={
                **res["verdict"],
                "summary": text(M("cli.rebase.against_production", "{model} against production", model=m)),
            },
        )
