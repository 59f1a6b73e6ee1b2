"""``appliance chat``, ``appliance serve`` and ``appliance token``: running exported models."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from appliance.cli.render import err, out
from appliance.messages import M, text
from appliance.serving.handle import DEFAULT_PORT


def _gpu_option(f):
    return click.option(
        "--gpu-layers",
        type=click.IntRange(-1),
        default=None,
        help="Layers to offload to the GPU: 0 for none, -1 for all (default: all when the model "
        "fits in the GPU's free memory, as many as fit otherwise; none without a GPU build).",
    )(f)


@click.command()
@click.argument("model")
@click.option("--prompt", "prompts", multiple=True, help="Ask this and exit (repeat for a multi-turn script).")
@click.option("--system", help="System message for the conversation.")
@click.option("--max-tokens", default=256, show_default=True, type=click.IntRange(1, 32768))
@click.option("--temperature", default=0.7, show_default=True, type=click.FloatRange(0.0, 2.0))
@click.option(
    "--repeat-penalty",
    default=1.1,
    show_default=True,
    type=click.FloatRange(1.0, 2.0),
    help="Discourage repeating recent tokens (1.0 = off); small models loop without it.",
)
@click.option("--seed", type=int, help="Sampling seed, for repeatable answers.")
@click.option(
    "--ctx",
    "n_ctx",
    default=4096,
    show_default=True,
    type=click.IntRange(256, 1 << 20),
    help="Context window in tokens.",
)
@click.option("--allow-unverified", is_flag=True, help="Run an export that did not pass its gate.")
@click.option(
    "--save",
    is_flag=True,
    help="Save the conversation, encrypted, in the workspace when it ends (see `appliance conversations`).",
)
@_gpu_option
@click.pass_obj
def chat(
    app,
    model,
    prompts,
    system,
    max_tokens,
    temperature,
    repeat_penalty,
    seed,
    n_ctx,
    allow_unverified,
    save,
    gpu_layers,
):
    """Chat with an exported MODEL in the terminal (answers stream in).

    MODEL is an export id, or a model name (its newest verified export). Type /reset to start
    over and /exit (or Ctrl-D) to leave.
    """
    from appliance.serving.chat import chat_session

    def loading(servable) -> None:
        starting = M(
            "cli.chat.starting",
            "Starting llama.cpp's server for {name} ({quant}, export {export_id})…",
            name=servable.name,
            quant=servable.quant,
            export_id=servable.export_id,
        )
        err.print(f"[dim]{text(starting)}[/dim]")

    with chat_session(
        app.home,
        app.catalog,
        model,
        n_ctx=n_ctx,
        gpu_layers=gpu_layers,
        seed=seed,
        allow_unverified=allow_unverified,
        params={"one_shot": bool(prompts), "turns": len(prompts) or None},
        on_loading=loading,
        on_note=lambda note: err.print(f"[yellow]{text(M('cli.note', 'note:'))}[/yellow] {note}", highlight=False),
    ) as session:
        runs = M(
            "cli.chat.placement", "{name} runs {placement}.", name=session.servable.name, placement=session.placement
        )
        err.print(f"[dim]{text(runs)}[/dim]", highlight=False)
        from appliance.adapt.capture import capture_turn, capturing_line

        export = app.catalog.get_export(session.export_id)
        captured = capturing_line(app.catalog, export["model_id"]) is not None
        keys = app.keys() if (save or captured) else None  # asked for before the conversation, not after it
        if captured:
            note = M(
                "cli.chat.captured", "This model's line captures what it serves: your turns are recorded (sealed)."
            )
            err.print(f"[dim]{text(note)}[/dim]")

        def keep(messages: list[dict], answer: str, stats: dict) -> None:
            if captured:
                capture_turn(app.home, app.catalog, keys, export, messages, answer, stats, source="chat")

        history = _chat(session, prompts, system, max_tokens, temperature, repeat_penalty, seed, keep)
    if save:
        from appliance.serving.conversations import ConversationStore

        messages = [m for m in history if m["role"] != "system"]
        if not messages:
            err.print(text(M("cli.chat.nothing_said", "Nothing was said; no conversation saved.")))
            return
        doc = ConversationStore(app.home, app.catalog, keys).save(
            {
                "settings": {"system": system or "", "temperature": temperature, "max_tokens": max_tokens},
                "panes": [{"export_id": session.export_id, "model": session.servable.name, "messages": messages}],
            }
        )
        err.print(text(M("cli.chat.saved", "Saved as conversation {id} (encrypted).", id=doc["id"])), highlight=False)


def _chat(session, prompts, system, max_tokens, temperature, repeat_penalty, seed, keep=None) -> list[dict]:
    """The conversation, in the terminal; returns its messages."""
    from appliance.errors import ServingError

    history: list[dict] = [{"role": "system", "content": system}] if system else []

    def ask(said: str) -> None:
        history.append({"role": "user", "content": said})
        pieces = []
        try:
            for piece in session.reply(
                history, max_tokens=max_tokens, temperature=temperature, repeat_penalty=repeat_penalty, seed=seed
            ):
                pieces.append(piece)
                sys.stdout.write(piece)
                sys.stdout.flush()
        except ServingError as exc:  # the conversation outgrew the context window
            history.pop()
            again = M("cli.chat.reply_failed", "{message}. Type /reset to start a new conversation.", message=exc.msg)
            err.print(f"\n[red]{text(M('cli.error_label', 'Error:'))}[/red] {text(again)}", highlight=False)
            return
        sys.stdout.write("\n")
        sys.stdout.flush()
        if keep is not None:
            keep(list(history), "".join(pieces), dict(session.last_stats))
        history.append({"role": "assistant", "content": "".join(pieces), "stats": dict(session.last_stats)})

    if prompts:
        for p in prompts:
            if len(prompts) > 1:
                out.print(f"[bold]> {p}[/bold]")
            ask(p)
        return history
    howto = M("cli.chat.howto", "Type a message; /reset clears the conversation, /exit or Ctrl-D leaves.")
    err.print(f"[dim]{text(howto)}[/dim]")
    prompt = text(M("cli.chat.prompt", "you> "))
    while True:
        try:
            said = input(prompt)
        except EOFError:
            break
        if said.strip() in ("/exit", "/quit"):
            break
        if said.strip() == "/reset":
            del history[1 if system else 0 :]
            continue
        if said.strip():
            ask(said)
    return history


@click.command()
@click.argument("models", nargs=-1)
@click.option(
    "--policy",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A routing policy (TOML): names served as several variants, with rules to pick one per request "
    "(docs/serving.md). Instead of MODELS.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--allow-non-loopback",
    is_flag=True,
    help="Allow listening on an address other than loopback (other machines could connect).",
)
@click.option(
    "--slots",
    default=4,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Requests each model decodes together (continuous batching); each gets the full context.",
)
@click.option(
    "--ctx",
    "n_ctx",
    default=4096,
    show_default=True,
    type=click.IntRange(256, 1 << 20),
    help="Context window per request, in tokens.",
)
@click.option("--threads", type=click.IntRange(1, 1024), help="CPU threads per model (default: every core).")
@click.option(
    "--drain",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0, 3600),
    help="On Ctrl-C or SIGTERM, seconds running requests get to finish before they are cut.",
)
@click.option(
    "--tls-cert",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Serve HTTPS with this PEM certificate (with --tls-key), for other machines on the site's network.",
)
@click.option("--tls-key", type=click.Path(dir_okay=False, path_type=Path), help="The certificate's PEM private key.")
@click.option("--allow-unverified", is_flag=True, help="Serve exports that did not pass their gate.")
@_gpu_option
@click.pass_obj
def serve(
    app,
    models,
    policy,
    host,
    port,
    allow_non_loopback,
    slots,
    n_ctx,
    threads,
    drain,
    tls_cert,
    tls_key,
    allow_unverified,
    gpu_layers,
):
    """Serve exported MODELS through an OpenAI-compatible API (default http://127.0.0.1:8765/v1).

    Each export runs in llama.cpp's own server, in a process of its own, decoding up to --slots
    requests together. Clients send the bearer token kept in the appliance home (`appliance token`
    prints it). `appliance serve-report` summarises what was served.
    """
    import signal
    import threading

    from appliance.serving.service import ServeOptions, check_bind_address, start_server, stop_server

    if models and policy is not None:
        raise click.UsageError(
            text(
                M(
                    "cli.serve.models_and_policy",
                    "Give either MODELS or --policy FILE, not both (list every export in the policy file).",
                )
            )
        )
    if not models and policy is None:
        raise click.UsageError(
            text(M("cli.serve.nothing", "Nothing to serve: name exports or models, or give --policy FILE."))
        )
    check_bind_address(host, allow_non_loopback)
    if bool(tls_cert) != bool(tls_key):
        raise click.UsageError(text(M("cli.serve.tls_pair", "--tls-cert and --tls-key go together.")))
    if allow_non_loopback and host not in ("127.0.0.1", "::1", "localhost"):
        reach = M(
            "cli.serve.non_loopback",
            "listening on {host}: other machines on that network can reach the API (they still need the token).",
            host=host,
        )
        err.print(f"[yellow]{text(M('cli.warning', 'warning:'))}[/yellow] {text(reach)}")
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_a: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        options = ServeOptions(
            host=host,
            port=port,
            n_ctx=n_ctx,
            slots=slots,
            gpu_layers=gpu_layers,
            threads=threads,
            allow_unverified=allow_unverified,
            tls=(tls_cert, tls_key) if tls_cert else None,
            policy=policy,
        )
        # A line that captures what it serves needs the keys (its captured requests are sealed), as
        # do answers from document collections (their segments are sealed).
        needs_keys = app.catalog.db["capture_settings"].count_where("enabled = 1") > 0
        needs_keys = needs_keys or app.catalog.db["collections"].count > 0
        serving = start_server(
            app.home,
            app.catalog,
            list(models),
            options=options,
            on_status=lambda m: err.print(f"[dim]{m}[/dim]"),
            keys=app.keys() if needs_keys else None,
        )
        if serving.capture is not None and serving.capture.capturing():
            names = ", ".join(serving.capture.capturing())
            out.print(
                text(
                    M(
                        "cli.serve.capturing",
                        "Capturing requests to {names} (their lines have capture on).",
                        names=names,
                    )
                )
            )
        served = ", ".join(
            f"{n.name} ({', '.join(v.name for v in n.variants)})" if len(n.variants) > 1 else n.name
            for n in serving.names
        )
        out.print(text(M("cli.serve.serving", "Serving {served} on {url}", served=served, url=serving.url)))
        out.print(
            text(
                M(
                    "cli.serve.token",
                    "Bearer token: in {path} (print it with `appliance token`). Ctrl-C stops the server.",
                    path=str(app.home.secrets_dir / "server-token"),
                )
            )
        )
        while not stop.wait(0.5):
            if not serving.handle.thread.is_alive():
                break
        err.print(
            text(
                M("cli.serve.stopping", "Stopping: running requests get up to {seconds:g} s to finish…", seconds=drain)
            )
        )
        drained = stop_server(app.catalog, serving, drain=drain)
        if not drained:
            cut = M("cli.serve.cut_short", "Some requests were cut short at the end of the drain time.")
            err.print(f"[yellow]{text(cut)}[/yellow]")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@click.command("serve-report")
@click.option("--since", help="Only requests from this UTC date or time on (e.g. 2026-11-01).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def serve_report(app, since, as_json):
    """Per model and variant: requests, failures, latency, time to first token, tokens/s, CPU
    seconds per 1,000 tokens, and the export's quality from its verification gate."""
    import json as _json

    from appliance.serving.report import build_report, render_report

    rep = build_report(app.home, app.catalog, since=since)
    if as_json:
        click.echo(_json.dumps(rep, indent=2))
    else:
        render_report(rep, out)


@click.command()
@click.option("--rotate", is_flag=True, help="Replace the token with a new one (running servers keep the old one).")
@click.pass_obj
def token(app, rotate: bool) -> None:
    """Print the model server's bearer token."""
    from appliance.audit.actions import action
    from appliance.serving.token import get_or_create_token, rotate_token

    if rotate:
        with action(app.catalog, "serve.token-rotate"):
            click.echo(rotate_token(app.home))
    else:
        click.echo(get_or_create_token(app.home))
