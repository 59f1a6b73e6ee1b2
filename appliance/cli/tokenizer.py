"""``appliance tokenizer``: how well a model's tokenizer fits a corpus, per writing system."""

from __future__ import annotations

import click

from appliance.cli.render import out, print_json, table


@click.group()
def tokenizer() -> None:
    """Tokenizers: measure how many tokens a language costs."""


@tokenizer.command("report")
@click.argument("model")
@click.option(
    "--corpus",
    "corpora",
    multiple=True,
    required=True,
    help="A text, Markdown or JSONL file, or an encrypted dataset's name (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON for scripts.")
@click.pass_obj
def report_cmd(app, model: str, corpora: tuple[str, ...], as_json: bool) -> None:
    """Tokens per character and per word, and the byte-fallback share, of MODEL's tokenizer on
    each script of the corpus, with English as a control."""
    from appliance.data.tokenizer_report import report

    # The passphrase is asked for only if a corpus is a dataset (decrypted in memory).
    rep = report(app.home, app.catalog, app.keys, model, list(corpora))
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
        ]
        for s in [*rep.scripts, rep.english_control]
    ]
    table(
        ["script", "lines", "characters", "tokens", "tokens/char", "tokens/word", "byte fallback"],
        rows,
        title=f"{rep.model}: {rep.tokenizer_kind}, {rep.vocab_size:,} tokens",
    )
    out.print(
        "Tokens per character is what a vocabulary extension lowers; English (control) must not rise.", highlight=False
    )
