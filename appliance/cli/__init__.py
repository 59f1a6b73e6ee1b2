"""The ``appliance`` command line: one command group per noun.

Errors from the core are ``ApplianceError``s: printed as their message (with what to do) and
the error's exit code, without a traceback unless ``--debug``. Ctrl-C cancels the running job
cooperatively and exits 130. Anything else is a bug and is reported as one. Messages are in the
language ``--language`` names, else ``APPLIANCE_LANGUAGE`` or the locale (``LANG``), else English
(docs/i18n.md).
"""

from __future__ import annotations

import os
import sys
import traceback

import click

from appliance import isolation, messages
from appliance.data.formats import ImportRefused
from appliance.errors import ApplianceError, VerificationFailed
from appliance.messages import M
from appliance.offline import apply_offline_env, install_network_guard
from appliance.version import __version__


class AppContext:
    """Per-invocation state: the home and catalog, opened on first use."""

    def __init__(
        self,
        home_path: str | None,
        debug: bool,
        passphrase_file: str | None = None,
        key_file: str | None = None,
        person: str | None = None,
    ):
        from pathlib import Path

        from rich.markup import escape

        from appliance.cli.render import err
        from appliance.security.session import Credentials

        self.home_path = home_path
        self.debug = debug
        self.creds = Credentials(
            passphrase_file=Path(passphrase_file) if passphrase_file else None,
            key_file=Path(key_file) if key_file else None,
            person=person,
            warn=lambda msg: err.print(
                f"[yellow]{escape(str(M('cli.warning', 'warning:')))}[/yellow] {msg}", highlight=False
            ),
        )
        self._home = None
        self._catalog = None
        self._keys = None

    def keys(self):
        """The unlocked key provider for this command (asks, or uses the agent)."""
        if self._keys is None:
            from appliance.workspace import key_provider

            self._keys = key_provider(self.home, self.catalog, self.creds)
        return self._keys

    @property
    def home(self):
        if self._home is None:
            from appliance.home import Home

            self._home = Home.open(self.home_path)
        return self._home

    @property
    def catalog(self):
        if self._catalog is None:
            from rich.markup import escape

            from appliance.catalog import Catalog
            from appliance.cli.render import err
            from appliance.system.recovery import recover

            self._catalog = Catalog.open(self.home)
            from appliance.audit import roles

            # In a workspace with people, an action that needs one signs them in (--as, the session).
            roles.set_identifier(self.keys)
            for note in recover(self.home, self._catalog):
                err.print(f"[yellow]{escape(str(M('cli.note', 'note:')))}[/yellow] ", end="")
                err.print(messages.text(note), markup=False, highlight=False)
        return self._catalog

    def close(self) -> None:
        if self._keys is not None and hasattr(self._keys, "forget"):
            self._keys.forget()
        if self._catalog is not None:
            self._catalog.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--home",
    "home_path",
    envvar="APPLIANCE_HOME",
    type=click.Path(file_okay=False),
    help="Appliance home directory (default: a per-user data directory; env APPLIANCE_HOME).",
)
@click.option(
    "--passphrase-file",
    type=click.Path(dir_okay=False),
    help="Read the workspace passphrase from this file (else: the session agent, or a prompt).",
)
@click.option(
    "--key-file",
    envvar="APPLIANCE_KEY_FILE",
    type=click.Path(dir_okay=False),
    help="The workspace's key file, if it needs one (env APPLIANCE_KEY_FILE).",
)
@click.option(
    "--as",
    "person",
    envvar="APPLIANCE_AS",
    metavar="PERSON",
    help="Who acts, in a workspace with people (default: the person of the session; env APPLIANCE_AS).",
)
@click.option("--debug", is_flag=True, help="Show full tracebacks for errors.")
@click.option(
    "--language",
    type=click.Choice(messages.LANGUAGES),
    help="The language of messages (default: env APPLIANCE_LANGUAGE, else the locale: LANG; else English).",
)
@click.version_option(__version__, prog_name="appliance")
@click.pass_context
def cli(
    ctx: click.Context,
    home_path: str | None,
    passphrase_file: str | None,
    key_file: str | None,
    person: str | None,
    debug: bool,
    language: str | None,
) -> None:
    """Sovereign model-customization appliance: fine-tune, export and serve models offline."""
    if language:
        messages.set_language(language)
    ctx.obj = AppContext(home_path, debug, passphrase_file, key_file, person)
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    from appliance.cli import (
        adapt,
        audit,
        conversations,
        datasets,
        docs,
        doctor,
        evaluate,
        export,
        keys,
        models,
        people,
        retention,
        serve,
        tokenizer,
        train,
    )

    cli.add_command(keys.init)
    cli.add_command(keys.unlock)
    cli.add_command(keys.lock)
    cli.add_command(keys.keys)
    cli.add_command(datasets.datasets)
    cli.add_command(models.models)
    cli.add_command(export.export_cmd)
    cli.add_command(export.exports)
    cli.add_command(serve.chat)
    cli.add_command(conversations.conversations)
    cli.add_command(serve.serve)
    cli.add_command(serve.serve_report)
    cli.add_command(serve.token)
    cli.add_command(doctor.doctor)
    cli.add_command(train.train)
    cli.add_command(train.runs)
    cli.add_command(train.merge)
    cli.add_command(tokenizer.tokenizer)
    cli.add_command(evaluate.eval_cmd)
    cli.add_command(evaluate.suites)
    cli.add_command(evaluate.evals)
    cli.add_command(evaluate.lines)
    cli.add_command(evaluate.promote)
    cli.add_command(evaluate.rebase)
    cli.add_command(audit.audit)
    cli.add_command(adapt.capture)
    cli.add_command(adapt.feedback)
    cli.add_command(adapt.drift)
    cli.add_command(adapt.adapt)
    cli.add_command(adapt.watch)
    cli.add_command(docs.docs)
    cli.add_command(docs.ask)
    cli.add_command(people.people)
    cli.add_command(people.approvals)
    cli.add_command(people.policy)
    cli.add_command(retention.retention)
    cli.add_command(audit.auditor)


_register()


def main(argv: list[str] | None = None) -> int:
    # --language holds for this call only (tests, and the GUI's auditor mode, call main in-process).
    from appliance.audit import roles

    chosen = messages._language
    roles.forget_inherited()  # a person acts only once this command has signed them in
    try:
        return _main(argv)
    finally:
        messages.set_language(chosen)
        roles.set_identifier(None)
        roles.forget_inherited()


def _error(exc: ApplianceError) -> None:
    """``Error: <message>`` and what to do, in the chosen language."""
    from rich.markup import escape

    from appliance.cli.render import err

    err.print(f"[red]{escape(str(M('cli.error_label', 'Error:')))}[/red] ", end="")
    err.print(exc.render(), markup=False)


def _main(argv: list[str] | None) -> int:
    apply_offline_env()
    install_network_guard()
    os.umask(0o077)  # everything the appliance writes is private to its owner
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    from rich.markup import escape

    from appliance.cli.render import err

    try:
        cli.main(args=argv, prog_name="appliance", standalone_mode=False)
        return 0
    except click.exceptions.Abort:
        err.print(f"[yellow]{escape(str(M('cli.cancelled', 'Cancelled.')))}[/yellow]")
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except ImportRefused as exc:
        err.print(exc.report.render(), markup=False, soft_wrap=True)
        _error(exc)
        return exc.exit_code
    except VerificationFailed as exc:
        if exc.report is not None:
            err.print(exc.report.render(), markup=False, soft_wrap=True)
        _error(exc)
        return exc.exit_code
    except ApplianceError as exc:
        if debug:
            traceback.print_exc()
        _error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        err.print(f"[yellow]{escape(str(M('cli.interrupted', 'Cancelled; nothing half-written was kept.')))}[/yellow]")
        return 130
    except Exception:  # noqa: BLE001 - a bug: say so, show the traceback
        traceback.print_exc()
        err.print(f"[red]{escape(str(M('cli.internal_error', 'Internal error.')))}[/red] ", end="")
        hint = M("cli.internal_error.hint", "This is a bug in the appliance; please report the traceback above.")
        err.print(str(hint), markup=False)
        return 70


def run() -> None:
    """The ``appliance`` program. Unlike ``main`` (which tests call in their own process), a
    process started as the program holds llama.cpp or torch, never both: its first import of
    either decides, and the other is refused (``appliance/isolation.py``)."""
    isolation.install()
    sys.exit(main())
