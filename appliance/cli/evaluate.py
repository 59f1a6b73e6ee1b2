"""``appliance eval``, ``suites``, ``evals``, ``lines``, ``promote`` and ``rebase``: the
evaluation framework on the command line (docs/evaluation.md)."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.render import ProgressPrinter, err, out, print_json, table


def _pct(s: dict) -> str:
    done = s.get("done", s.get("cases", 0))
    return f"{s['passed']}/{done} ({100 * s['passed'] / done:.0f} %)" if done else "–"


def _write_report(rep: dict, html_path: str | None, json_path: str | None, verdict: dict | None = None) -> None:
    import json

    from appliance.eval.report import to_html
    from appliance.fsutil import atomic_write_text

    if html_path:
        atomic_write_text(Path(html_path), to_html(rep, verdict=verdict))
        err.print(f"Report (with the answers, in the clear): {html_path}")
    if json_path:
        atomic_write_text(Path(json_path), json.dumps(rep, indent=2, ensure_ascii=False, sort_keys=True))
        err.print(f"Report as JSON (with the answers, in the clear): {json_path}")


def _print_report(rep: dict) -> None:
    table(
        ["model", "passed", "latency (mean)", "tokens/answer"],
        [
            [
                m["label"],
                _pct(m["summary"]),
                f"{m['summary']['latency_ms_mean']:.0f} ms" if m["summary"].get("latency_ms_mean") is not None else "–",
                m["summary"].get("tokens_mean") if m["summary"].get("tokens_mean") is not None else "–",
            ]
            for m in rep["models"]
        ],
        title=f"Suite {rep['suite']['name']} ({rep['suite']['cases']} cases)",
    )
    for c in rep["comparisons"]:
        lo, hi = c["bootstrap_95"]
        out.print(
            f"{c['label']} against {rep['models'][0]['label']}: {100 * c['difference']:+.1f} points "
            f"(95 % paired bootstrap {100 * lo:+.1f} … {100 * hi:+.1f}); only baseline passed "
            f"{c['only_baseline_passed']}, only this passed {c['only_this_passed']}, McNemar p = {c['mcnemar_p']:.3g}"
        )
    for key, values in rep["slices"].items():
        table(
            [key, *[m["label"] for m in rep["models"]]],
            [[v, *[f"{c['passed']}/{c['cases']}" for c in cells]] for v, cells in values.items()],
        )


# appliance eval ----------------------------------------------------------------------------
@click.command("eval")
@click.argument("model", required=False)
@click.option(
    "--suite", help="A suite: a registered name (name@N for a version) or a .toml/.jsonl file (imported first)."
)
@click.option(
    "--dataset", help="Instead of a suite: held-out loss and bits per character on this dataset's eval split."
)
@click.option(
    "--hf", "use_hf", is_flag=True, help="Evaluate the stored HF model with transformers instead of its GGUF export."
)
@click.option(
    "--slots",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Cases the GGUF's llama-server decodes together (faster; a resumed run keeps its setting).",
)
@click.option("--resume", "resume_id", help="Continue an evaluation that was cancelled, failed or killed.")
@click.option("--json", "as_json", is_flag=True, help="Print the evaluation row as JSON.")
@click.pass_obj
def eval_cmd(app, model, suite, dataset, use_hf, slots, resume_id, as_json) -> None:
    """Evaluate MODEL (a model, an export id, or LINE@CHANNEL) on a suite, as it is served:
    its GGUF through llama-server with greedy decoding. Answers are sealed; the row keeps counts."""
    from appliance.eval import runner

    if not resume_id and (not model or bool(suite) == bool(dataset)):
        raise click.UsageError("give MODEL and one of --suite or --dataset (or --resume ID)")
    printer = ProgressPrinter()
    try:
        if resume_id:
            row = runner.resume(app.home, app.catalog, app.keys(), resume_id, on_event=printer)
        elif dataset:
            row = runner.evaluate_dataset(app.home, app.catalog, app.keys(), model, dataset, on_event=printer)
        else:
            row = runner.evaluate(
                app.home,
                app.catalog,
                app.keys(),
                model,
                suite,
                target="hf" if use_hf else "gguf",
                slots=slots,
                on_event=printer,
            )
    finally:
        printer.close()
    if as_json:
        print_json(row)
        return
    s = row["summary"]
    if row.get("dataset_id"):
        out.print(
            f"Evaluation [bold]{row['id']}[/bold]: {row['meta']['model_name']} on {row['meta']['dataset']} (eval split, "
            f"{s['rows']} rows): {s['bits_per_char']} bits per character, {s['nll_per_token']} nats per token."
        )
        return
    out.print(
        f"Evaluation [bold]{row['id']}[/bold]: {row['meta']['model_name']} on suite {row['meta']['suite']}: "
        f"{_pct(s)} passed."
    )
    if s["by_slice"]:
        for key, vals in s["by_slice"].items():
            out.print(f"  by {key}: " + ", ".join(f"{v} {p}/{n}" for v, (p, n) in sorted(vals.items())))
    if s["failed_cases"]:
        out.print("  failed: " + ", ".join(s["failed_cases"][:20]) + (" …" if len(s["failed_cases"]) > 20 else ""))


# appliance suites --------------------------------------------------------------------------
@click.group()
def suites() -> None:
    """Evaluation suites: import (encrypted), list, show."""


@suites.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", help="Name the suite (default: its [suite] name).")
@click.pass_obj
def suites_import(app, path: Path, name: str | None) -> None:
    """Check a suite file and keep it encrypted as a new version (the same cases: the same version)."""
    from appliance.eval.store import SuiteStore

    row = SuiteStore(app.home, app.catalog, app.keys()).import_file(path, name=name)
    out.print(
        f"Suite [bold]{row['name']}[/bold] version {row['version']} ({row['id']}): {row['cases']} cases, encrypted."
    )


@suites.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def suites_list(app, as_json: bool) -> None:
    """List suite versions (metadata only: no key needed)."""
    from appliance.eval.store import SuiteStore

    rows = SuiteStore(app.home, app.catalog).list()
    if as_json:
        print_json(rows)
        return
    table(
        ["ID", "name", "version", "cases", "scorers", "slices", "CREATED"],
        [
            [
                r["id"],
                r["name"],
                r["version"],
                r["cases"],
                ", ".join(f"{k} {v}" for k, v in r["meta"]["scorers"].items()),
                ", ".join(f"{k}: {'/'.join(v)}" for k, v in r["meta"]["slices"].items()),
                r["created_at"][:19],
            ]
            for r in rows
        ],
    )


@suites.command("show")
@click.argument("suite")
@click.option("--cases", "show_cases", is_flag=True, help="Decrypt and print the cases.")
@click.pass_obj
def suites_show(app, suite: str, show_cases: bool) -> None:
    """A suite version's metadata (and, with --cases, its cases)."""
    from appliance.eval.store import SuiteStore

    store = SuiteStore(app.home, app.catalog, app.keys() if show_cases else None)
    row = store.get(suite)
    out.print(
        f"[bold]{row['name']}[/bold] version {row['version']} ({row['id']}), {row['cases']} cases, sha256 {row['sha256'][:16]}…"
    )
    if row["meta"]["description"]:
        out.print(row["meta"]["description"])
    if show_cases:
        s = store.load(row)
        table(
            ["case", "scorer", "tags", "prompt"],
            [
                [
                    c.id,
                    c.scorer["type"],
                    " ".join(f"{k}={v}" for k, v in c.tags.items()),
                    c.messages[-1]["content"][:80],
                ]
                for c in s.cases
            ],
        )


# appliance evals ---------------------------------------------------------------------------
@click.group()
def evals() -> None:
    """Evaluations: list, show, compare models side by side (HTML and JSON reports)."""


@evals.command("list")
@click.option("--model", help="Only evaluations of this model.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def evals_list(app, model: str | None, as_json: bool) -> None:
    from appliance.eval.store import EvalStore

    model_id = app.catalog.get_model(model)["id"] if model else None
    rows = EvalStore(app.home, app.catalog).list(model_id=model_id)
    if as_json:
        print_json(rows)
        return
    table(
        ["ID", "model", "on", "target", "status", "result", "CREATED"],
        [
            [
                r["id"],
                r["meta"].get("model_name", r["model_id"]),
                r["meta"].get("suite") or r["meta"].get("dataset"),
                r["target"],
                r["status"],
                f"{r['summary']['bits_per_char']} bits/char" if r.get("dataset_id") else _pct(r["summary"]),
                r["created_at"][:19],
            ]
            for r in rows
        ],
    )


def _entries(app, refs: tuple[str, ...], suite: str | None):
    from appliance.errors import InvalidInputError
    from appliance.eval.store import EvalStore, SuiteStore

    store = EvalStore(app.home, app.catalog, app.keys())
    rows = []
    suite_row = SuiteStore(app.home, app.catalog, app.keys()).get(suite) if suite else None
    for ref in refs:
        if suite_row is not None:
            from appliance.serving.runtime import resolve_servable

            sv = resolve_servable(app.home, app.catalog, ref)
            ev = store.latest(sv.model_id, suite_row["id"])
            if ev is None:
                raise InvalidInputError(
                    f"{ref} has no completed evaluation on suite {suite_row['name']}@{suite_row['version']}.",
                    hint=f"Run `appliance eval {ref} --suite {suite_row['name']}` first.",
                )
            rows.append((ref, ev))
        else:
            ev = store.get(ref)
            rows.append((ev["meta"].get("model_name", ev["model_id"]), ev))
    store.check_comparable([ev for _, ev in rows])
    suites = SuiteStore(app.home, app.catalog, app.keys())
    s = suites.load(suites.get(rows[0][1]["suite_id"]))
    return s, [{"label": label, "evaluation": ev, "results": store.read_results(ev)} for label, ev in rows]


@evals.command("compare")
@click.argument("refs", nargs=-1, required=True)
@click.option("--suite", help="REFS are models (or LINE@CHANNEL): compare their newest evaluations on this suite.")
@click.option("--html", "html_path", help="Write the report as a self-contained HTML page.")
@click.option("--json", "json_path", help="Write the report as JSON.")
@click.pass_obj
def evals_compare(app, refs, suite, html_path, json_path) -> None:
    """Compare two or more evaluations on one suite version, the first as the baseline: per-case
    outcomes, per-slice pass rates, the paired difference (McNemar, paired bootstrap), latency."""
    from appliance.eval.report import compare

    if len(refs) < 2:
        raise click.UsageError("compare needs at least two evaluations (or models with --suite)")
    s, entries = _entries(app, refs, suite)
    rep = compare(s, entries)
    _print_report(rep)
    _write_report(rep, html_path, json_path)


@evals.command("show")
@click.argument("ref")
@click.option("--answers", is_flag=True, help="Decrypt and print each case's answer.")
@click.pass_obj
def evals_show(app, ref: str, answers: bool) -> None:
    from appliance.eval.store import EvalStore

    store = EvalStore(app.home, app.catalog, app.keys() if answers else None)
    r = store.get(ref)
    s = r["summary"]
    out.print(
        f"[bold]{r['id']}[/bold] {r['status']}: {r['meta'].get('model_name')} on {r['meta'].get('suite') or r['meta'].get('dataset')} ({r['target']})"
    )
    out.print("settings: " + ", ".join(f"{k}={v}" for k, v in (r["settings"] or {}).items()))
    if r.get("error"):
        out.print(f"[red]{r['error']}[/red]")
    if r.get("dataset_id"):
        out.print(f"{s['bits_per_char']} bits per character, {s['nll_per_token']} nats per token, {s['rows']} rows")
        return
    out.print(f"passed {_pct(s)}; mean latency {s.get('latency_ms_mean')} ms; tokens per answer {s.get('tokens_mean')}")
    if answers:
        res = store.read_results(r)
        table(
            ["case", "pass", "detail", "answer"],
            [
                [cid, "✓" if x["passed"] else "✗", x.get("detail", ""), " ".join((x.get("answer") or "").split())[:120]]
                for cid, x in res.items()
            ],
        )


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
        raise click.UsageError("give one of --from-run RUN or --recipe FILE")
    gate = load_gate(gate_path) if gate_path else dict(DEFAULT_GATE)
    where = str(gate_path) if gate_path else ""
    ls = Lines(app.home, app.catalog, app.keys())
    if run_ref:
        line = ls.create_from_run(name, run_ref, suites=list(suite_refs), gate=gate, gate_source=where)
    else:
        line = ls.create_from_recipe(name, recipe_path, suites=list(suite_refs), gate=gate, gate_source=where)
    out.print(f"Line [bold]{line['name']}[/bold] ({line['id']}): suites {', '.join(line['suites'])}.")


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
        f"[bold]{line['name']}[/bold] ({line['id']}): base {names.get(line['base_model_id'], line['base_model_id'])}, "
        f"datasets {', '.join(line['dataset_ids'])}, suites {', '.join(line['suites'])}"
    )
    out.print("gate: " + ", ".join(f"{k}={v}" for k, v in line["gate"].items()))
    for ch in ("candidate", "production"):
        c = line["channels"].get(ch)
        out.print(
            f"  {line['name']}@{ch}: "
            + (f"{names.get(c['model_id'], c['model_id'])} since {c['since'][:19]}" if c else "–")
        )
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
    out.print(f"[bold]{model} is now {line}@{channel}.[/bold]")


def _show_decision(decision: dict, html_path: str | None) -> None:
    for rep in decision.get("reports", []):
        _print_report(rep)
    for c in decision.get("checks", []):
        out.print(("[green]✓[/green] " if c["passed"] else "[red]✗[/red] ") + c["text"], highlight=False)
    out.print(f"[bold]{decision['summary']}[/bold]")
    if html_path and decision.get("reports"):
        _write_report(decision["reports"][0], html_path, None, verdict=decision)


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
        out.print(f"note: {n}")
    for rep in res["reports"]:
        _print_report(rep)
    for c in res["verdict"]["checks"]:
        out.print(("[green]✓[/green] " if c["passed"] else "[red]✗[/red] ") + c["text"], highlight=False)
    m = res["model"]["name"]
    if res["promoted"]:
        out.print(f"[bold]{m} is now {line}@production.[/bold]")
    elif res["verdict"]["passed"]:
        out.print(f"[bold]{m} is {line}@candidate and passes the gate:[/bold] `appliance promote {line} {m}`")
    else:
        out.print(f"[bold]{m} is {line}@candidate; the gate would refuse it for production.[/bold]")
    if html_path and res["reports"]:
        _write_report(
            res["reports"][0], html_path, None, verdict={**res["verdict"], "summary": f"{m} against production"}
        )
