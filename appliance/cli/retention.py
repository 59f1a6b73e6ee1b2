"""``appliance retention``: how long personal data is kept, and erasing what expired
(docs/retention.md). ``apply`` is what a systemd timer runs; nothing applies retention on its own."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import click

from appliance.cli.render import ProgressPrinter, out, print_json, table
from appliance.messages import M, text

KIND_CHOICES = ("datasets", "conversations", "capture", "collections", "audit")


def _as_of(value: str | None) -> datetime | None:
    """``--as-of``: an ISO date (its start, UTC; today means now) or date and time."""
    if not value:
        return None
    from appliance.errors import InvalidInputError

    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            if day == datetime.now(timezone.utc).date():
                return None
            return datetime.combine(day, time(0), tzinfo=timezone.utc)
        t = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInputError(
            M("cli.retention.bad_as_of", "{value!r} is not a date (YYYY-MM-DD) or a date and time.", value=value),
            hint=M("cli.retention.bad_as_of.hint", "For example --as-of 2030-01-31."),
        ) from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _rule(item: dict) -> str:
    return f"{item['rule']['target']}: {item['rule']['days']} d"


def _due_rows(items: list[dict]) -> list[list]:
    return [[i["kind"], i["name"], i["id"], i["created"], i["age_days"], _rule(i)] for i in items]


@click.group()
def retention() -> None:
    """Retention rules: how long datasets, conversations, captured requests and documents are kept."""


@retention.command("set")
@click.argument("kind", type=click.Choice(KIND_CHOICES))
@click.argument("target")
@click.argument("days", type=int)
@click.pass_obj
def set_cmd(app, kind: str, target: str, days: int) -> None:
    """Keep KIND items named TARGET (a dataset, line or collection name; * for all) DAYS days, then
    crypto-erase them. `audit * DAYS` records how long you keep the audit log (at least 183)."""
    from appliance.system import retention as r

    row = r.set_rule(app.home, app.catalog, kind, target, days)
    out.print(
        text(
            M(
                "cli.retention.set",
                "Retention for {kind} {target}: {days} day(s).",
                kind=row["kind"],
                target=row["target"],
                days=row["days"],
            )
        ),
        highlight=False,
    )


@retention.command("clear")
@click.argument("kind", type=click.Choice(KIND_CHOICES))
@click.argument("target")
@click.pass_obj
def clear_cmd(app, kind: str, target: str) -> None:
    """Remove the rule for KIND TARGET (items it covered are kept from now on)."""
    from appliance.system import retention as r

    r.clear_rule(app.home, app.catalog, kind, target)
    out.print(
        text(M("cli.retention.cleared", "Removed the retention rule for {kind} {target}.", kind=kind, target=target)),
        highlight=False,
    )


@retention.command("show")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def show_cmd(app, as_json: bool) -> None:
    """The rules, and what is due for erasure now (names and times only, nothing decrypted)."""
    from appliance.system import retention as r

    rules = r.rules(app.catalog)
    items = r.due(app.home, app.catalog)
    if as_json:
        print_json({"rules": rules, "due": items})
        return
    default = text(M("cli.retention.default", "(default)"))
    table(
        ["kind", "target", "days", "set at", "by"],
        [[x["kind"], x["target"], x["days"], x["created_at"] or default, x["created_by"] or ""] for x in rules],
        title=text(M("cli.retention.rules_title", "Retention rules")),
    )
    if not items:
        out.print(text(M("cli.retention.nothing_due", "Nothing is due for erasure.")), highlight=False)
        return
    table(
        ["kind", "name", "id", "since", "age (days)", "rule"],
        _due_rows(items),
        title=text(M("cli.retention.due_title", "Due for erasure ({n})", n=len(items))),
    )


def _print_erased(item: dict) -> None:
    if item.get("line_key"):
        said = M("cli.retention.erased_key", "erased the capture key of line {name}", name=item["name"])
    elif item.get("leftover"):
        said = M("cli.retention.erased_leftover", "removed a leftover captured file {name}", name=item["name"])
    else:
        said = M(
            "cli.retention.erased",
            "erased {kind} {name} ({id}), {age} days old (rule {rule})",
            kind=item["kind"],
            name=item["name"],
            id=item["id"],
            age=item["age_days"],
            rule=_rule(item),
        )
    out.print(text(said), highlight=False)
    if item.get("referenced_by"):
        refs = ", ".join(item["referenced_by"][:8])
        note = M("cli.retention.still_named", "  still named by {refs} (their history keeps its id)", refs=refs)
        out.print(text(note), highlight=False)


@retention.command("apply")
@click.option("--as-of", "as_of", metavar="DATE", help="Apply as of this date (today or later; for planning).")
@click.option("--dry-run", is_flag=True, help="Only list what would be erased.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def apply_cmd(app, as_of: str | None, dry_run: bool, as_json: bool) -> None:
    """Crypto-erase everything the rules say has expired, each item audited. Needs no passphrase
    (erasing destroys keys, it opens none). For a systemd timer: see docs/retention.md."""
    from appliance.system import retention as r

    when = _as_of(as_of)
    if dry_run:
        items = r.due(app.home, app.catalog, when)
        if as_json:
            print_json(items)
            return
        for i in items:
            out.print(
                text(
                    M(
                        "cli.retention.would_erase",
                        "would erase {kind} {name} ({id})",
                        kind=i["kind"],
                        name=i["name"],
                        id=i["id"],
                    )
                ),
                highlight=False,
            )
        out.print(text(M("cli.retention.would_count", "{n} item(s) due.", n=len(items))), highlight=False)
        return
    printer = ProgressPrinter()
    try:
        erased = r.apply(app.home, app.catalog, None, when, on_event=printer)
    except r.RetentionIncomplete as exc:
        printer.close()
        _report(exc.erased, as_json)
        raise
    printer.close()
    _report(erased, as_json)


def _report(erased: list[dict], as_json: bool) -> None:
    if as_json:
        print_json(erased)
        return
    for item in erased:
        _print_erased(item)
    out.print(text(M("cli.retention.count", "Erased {n} item(s).", n=len(erased))), highlight=False)
