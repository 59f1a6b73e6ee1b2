"""``appliance eval``, ``suites`` and ``evals``: the evaluation framework on the command line
(docs/evaluation.md); ``lines``, ``promote`` and ``rebase`` are in ``cli/lines.py`` (named here
too, where the command line registers them)."""

from __future__ import annotations

from pathlib import Path

import click

from appliance.cli.eval_reports import pct, print_report, write_report
from appliance.cli.lines import lines, promote, rebase  # noqa: F401 - registered from here
from appliance.cli.render import ProgressPrinter, out, print_json, table
from appliance.messages import M, text


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
        raise click.UsageError(text(M("cli.eval.usage", "give MODEL and one of --suite or --dataset (or --resume ID)")))
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
            text(
                M(
                    "cli.eval.dataset_result",
                    "Evaluation [bold]{id}[/bold]: {model} on {dataset} (eval split, {rows} rows): "
                    "{bits_per_char} bits per character, {nll_per_token} nats per token.",
                    id=row["id"],
                    model=row["meta"]["model_name"],
                    dataset=row["meta"]["dataset"],
                    rows=s["rows"],
                    bits_per_char=s["bits_per_char"],
                    nll_per_token=s["nll_per_token"],
                )
            )
        )
        return
    out.print(
        text(
            M(
                "cli.eval.suite_result",
                "Evaluation [bold]{id}[/bold]: {model} on suite {suite}: {passed} passed.",
                id=row["id"],
                model=row["meta"]["model_name"],
                suite=row["meta"]["suite"],
                passed=pct(s),
            )
        )
    )
    if s["by_slice"]:
        for key, vals in s["by_slice"].items():
            counts = ", ".join(f"{v} {p}/{n}" for v, (p, n) in sorted(vals.items()))
            out.print(text(M("cli.eval.by_slice", "  by {key}: {counts}", key=key, counts=counts)))
    r = s.get("retrieval") or {}
    if r.get("cases"):
        said = M(
            "cli.eval.retrieval",
            "  retrieval over {cases} cases: recall@{k} {recall:.2f}, MRR {mrr:.2f}, answers citing an expected source {cited:.0%}",
            cases=r["cases"],
            k=r["k"],
            recall=r["recall_at_k"],
            mrr=r["mrr"],
            cited=r["cited_rate"],
        )
        out.print(text(said))
    if s["failed_cases"]:
        failed = ", ".join(s["failed_cases"][:20]) + (" …" if len(s["failed_cases"]) > 20 else "")
        out.print(text(M("cli.eval.failed_cases", "  failed: {cases}", cases=failed)))


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
        text(
            M(
                "cli.suite.imported",
                "Suite [bold]{name}[/bold] version {version} ({id}): {cases} cases, encrypted.",
                name=row["name"],
                version=row["version"],
                id=row["id"],
                cases=row["cases"],
            )
        )
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
        text(
            M(
                "cli.suite.show",
                "[bold]{name}[/bold] version {version} ({id}), {cases} cases, sha256 {sha256}…",
                name=row["name"],
                version=row["version"],
                id=row["id"],
                cases=row["cases"],
                sha256=row["sha256"][:16],
            )
        )
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
                f"{r['summary']['bits_per_char']} bits/char" if r.get("dataset_id") else pct(r["summary"]),
                r["created_at"][:19],
            ]
            for r in rows
        ],
    )


@evals.command("compare")
@click.argument("refs", nargs=-1, required=True)
@click.option("--suite", help="REFS are models (or LINE@CHANNEL): compare their newest evaluations on this suite.")
@click.option("--html", "html_path", help="Write the report as a self-contained HTML page.")
@click.option("--json", "json_path", help="Write the report as JSON.")
@click.pass_obj
def evals_compare(app, refs, suite, html_path, json_path) -> None:
    """Compare two or more evaluations on one suite version, the first as the baseline: per-case
    outcomes, per-slice pass rates, the paired difference (McNemar, paired bootstrap), latency."""
    from appliance.eval.compare import CompareOptions, compare_evaluations, compare_on_suite

    if len(refs) < 2:
        raise click.UsageError(
            text(M("cli.evals.compare_usage", "compare needs at least two evaluations (or models with --suite)"))
        )
    if suite:
        options = CompareOptions(evaluate_missing=False, as_served=True)
        rep = compare_on_suite(
            app.home, app.catalog, app.keys(), suite, list(refs), labels=list(refs), options=options
        ).report
    else:
        rep = compare_evaluations(app.home, app.catalog, app.keys(), list(refs)).report
    print_report(rep)
    write_report(rep, html_path, json_path)


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
        text(
            M(
                "cli.evals.show",
                "[bold]{id}[/bold] {status}: {model} on {on} ({target})",
                id=r["id"],
                status=r["status"],
                model=r["meta"].get("model_name"),
                on=r["meta"].get("suite") or r["meta"].get("dataset"),
                target=r["target"],
            )
        )
    )
    settings = ", ".join(f"{k}={v}" for k, v in (r["settings"] or {}).items())
    out.print(text(M("cli.evals.settings", "settings: {settings}", settings=settings)))
    if r.get("error"):
        out.print(f"[red]{text(r.get('error_message') or r['error'])}[/red]")
    if r.get("dataset_id"):
        out.print(
            text(
                M(
                    "cli.evals.dataset_summary",
                    "{bits_per_char} bits per character, {nll_per_token} nats per token, {rows} rows",
                    bits_per_char=s["bits_per_char"],
                    nll_per_token=s["nll_per_token"],
                    rows=s["rows"],
                )
            )
        )
        return
    out.print(
        text(
            M(
                "cli.evals.suite_summary",
                "passed {passed}; mean latency {latency} ms; tokens per answer {tokens}",
                passed=pct(s),
                latency=s.get("latency_ms_mean"),
                tokens=s.get("tokens_mean"),
            )
        )
    )
    if answers:
        res = store.read_results(r)
        table(
            ["case", "pass", "detail", "answer"],
            [
                [cid, "✓" if x["passed"] else "✗", x.get("detail", ""), " ".join((x.get("answer") or "").split())[:120]]
                for cid, x in res.items()
            ],
        )
