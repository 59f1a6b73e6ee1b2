"""``appliance tokenizer``: how well a model's tokenizer fits a corpus, per writing system."""

from __future__ import annotations

import click

from appliance.cli.render import ProgressPrinter, out, print_json, table
from appliance.messages import M, text

PROGRESS_LINE_S = 0.0  # without a terminal, every progress event is a line (the core sends one every 10 s at most)


@click.group()
def tokenizer() -> None:
    """Tokenizers: measure how many tokens a language costs, and extend a base's vocabulary."""


class AddCount(click.ParamType):
    """``--add``: a number of new tokens, or ``max`` (as many as the corpus supports)."""

    name = "N|max"

    def convert(self, value, param, ctx):
        if isinstance(value, int) or str(value).strip().lower() == "max":
            return value if isinstance(value, int) else "max"
        try:
            return int(value)
        except ValueError:
            self.fail(
                text(M("cli.tokenizer.bad_add", "{value!r} is neither a number nor 'max'.", value=value)), param, ctx
            )


def _scripts_epilog() -> str:
    from appliance.tokenizer.corpus import script_rows

    return (
        "\b\nScripts (--script, any case): a Unicode script name, its ISO 15924 code or an ISO 639 language code "
        "(also as a tag: pa-Arab, zh-Hant, ta-IN):\n"
        + "\n".join(f"  {row}" for row in script_rows())
        + "\n  Japanese (ja, jpn) extends Han, Hiragana and Katakana together."
    )


@tokenizer.command("report")
@click.argument("model")
@click.option(
    "--corpus",
    "corpora",
    multiple=True,
    required=True,
    help="A text, Markdown or JSONL file, or an encrypted dataset's name (repeatable).",
)
@click.option(
    "--heldout", is_flag=True, help="Only the corpus lines a vocabulary extension never learns from (about 10 %)."
)
@click.option(
    "--bits-per-char",
    "bits",
    is_flag=True,
    help="Also the model's loss in bits per character per script (comparable across tokenizers; loads the model).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON for scripts.")
@click.pass_obj
def report_cmd(app, model: str, corpora: tuple[str, ...], heldout: bool, bits: bool, as_json: bool) -> None:
    """Tokens per character and per word, and the byte-fallback share, of MODEL's tokenizer on
    each script of the corpus, with English as a control."""
    from appliance.tokenizer.report import report

    # The passphrase is asked for only if a corpus is a dataset (decrypted in memory).
    printer = ProgressPrinter(log_every=PROGRESS_LINE_S)
    try:
        rep = report(
            app.home, app.catalog, app.keys, model, list(corpora), heldout=heldout, bits=bits, on_event=printer
        )
    finally:
        printer.close()
    if as_json:
        print_json(rep.to_dict())
        return
    rows = [
        [
            s.script,
            s.lines,
            s.chars,
            s.tokens,
            f"{s.tokens_per_char:.2f}",
            f"{s.tokens_per_word:.2f}",
            f"{100 * s.byte_fallback_share:.0f} %",
            *([f"{s.bits_per_char:.3f}"] if bits else []),
        ]
        for s in [*rep.scripts, rep.english_control]
    ]
    table(
        ["script", "lines", "characters", "tokens", "tokens/char", "tokens/word", "byte fallback"]
        + (["bits/char"] if bits else []),
        rows,
        title=f"{rep.model}: {rep.tokenizer_kind}, {rep.vocab_size:,} tokens",
    )
    out.print(
        text(
            M(
                "cli.tokenizer.report_note",
                "Tokens per character is what a vocabulary extension lowers; English (control) must not rise.",
            )
        ),
        highlight=False,
    )


@tokenizer.command("extend", epilog=_scripts_epilog())
@click.argument("base")
@click.option(
    "--corpus",
    "corpora",
    multiple=True,
    required=True,
    help="An encrypted dataset of text in the target language(s) (repeatable; import files first).",
)
@click.option(
    "--add",
    "add",
    type=AddCount(),
    metavar="N|max",
    required=True,
    help="How many tokens to add (all scripts together), or 'max': every token the corpus supports (a pair of "
    "pieces seen at least twice); the extension reports how many that was.",
)
@click.option("--name", required=True, help="Name of the new base model.")
@click.option(
    "--script",
    "scripts",
    multiple=True,
    help="A script to extend for: its Unicode name or ISO 15924 code, or an ISO 639 language code (Tamil, Taml, ta, "
    "Arabic, Arab, ar, ko, zh…; any case; repeatable; all listed below). Default: the corpus's non-Latin scripts.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the new model's row as JSON.")
@click.pass_obj
def extend_cmd(
    app, base: str, corpora: tuple[str, ...], add: int | str, name: str, scripts: tuple[str, ...], as_json: bool
):
    """Extend BASE's own tokenizer with tokens learned on the corpus (new BPE merges, or new
    SentencePiece pieces), grow its embeddings, and register the result as a new base model."""
    from appliance.tokenizer.vocabulary import extend

    printer = ProgressPrinter()
    try:
        row = extend(
            app.home,
            app.catalog,
            app.keys,
            base,
            list(corpora),
            add=add,
            name=name,
            scripts=list(scripts) or None,
            on_event=printer,
        )
    finally:
        printer.close()
    ext = row["meta"]["tokenizer_extension"]
    if as_json:
        print_json({k: row[k] for k in ("id", "name", "kind", "architecture", "params", "sha256")} | {"extension": ext})
        return
    out.print(
        text(
            M(
                "cli.tokenizer.extended",
                "Registered {name} ({id}): {family}, {added:,} tokens added for {scripts} (ids {first:,}–{last:,}).",
                name=f"[bold]{row['name']}[/bold]",
                id=row["id"],
                family=ext["family"],
                added=ext["added"],
                scripts=", ".join(ext["scripts"]),
                first=ext["first_id"],
                last=ext["first_id"] + ext["added"] - 1,
            )
        ),
        highlight=False,
    )
    table(
        ["text", "held-out lines", "tokens/char before", "after", "change"],
        [
            [k, f["heldout_lines"], f"{f['before']:.3f}", f"{f['after']:.3f}", _change(f["before"], f["after"])]
            for k, f in ((k, ext["figures"][k]) for k in [*ext["scripts"], "English (control)"])
        ],
    )
    out.print(
        text(
            M(
                "cli.tokenizer.train_new_rows",
                "Train the new rows before use (a recipe with {section} train_new_rows = true); until then the new "
                "tokens' embeddings are only averages of the pieces they replace.",
                section="\\[tokenizer]",
            )
        ),
        highlight=False,
    )


def _change(before: float, after: float) -> str:
    return f"{100 * (after - before) / before:+.1f} %" if before else "-"
