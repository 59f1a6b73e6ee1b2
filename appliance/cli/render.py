"""How the CLI shows things: progress from core events, tables, JSON for scripts.

Progress and messages go to stderr so that ``--json`` output on stdout stays parseable.
"""

from __future__ import annotations

import json
import sys
import time

from rich.console import Console
from rich.table import Table

from appliance.events import Event, Progress, StageDone
from appliance.messages import text as message_text

# Wide enough for tables when output goes to a file or a pipe (rich would assume 80 columns).
err = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 160)
out = Console(highlight=False, width=None if sys.stdout.isatty() else 160)


def print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n")


def table(columns: list[str], rows: list[list], title: str | None = None) -> None:
    t = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        t.add_column(c, overflow="fold", no_wrap=c in ("ID", "CREATED"))
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
    out.print(t)


class ProgressPrinter:
    """An event sink: one status line per running stage, a ✓ line per finished stage."""

    def __init__(self, console: Console = err, min_interval: float = 0.2, log_every: float | None = None):
        """``log_every``: without a terminal, also print a progress event as a line when at least this
        many seconds passed since the last one (None: only the ✓ lines)."""
        self.console = console
        self.status = None
        self.last = 0.0
        self.min_interval = min_interval
        self.log_every, self.logged = log_every, time.monotonic()

    def __call__(self, event: Event) -> None:
        if isinstance(event, StageDone):
            self._stop()
            detail = message_text(event.detail) or event.stage
            self.console.print(f"[green]✓[/green] {detail} [dim]({event.seconds:.1f} s)[/dim]")
        elif isinstance(event, Progress):
            now = time.monotonic()
            if self.status is not None and now - self.last < self.min_interval and event.fraction not in (None, 1.0):
                return
            self.last = now
            text = message_text(event.message) or event.stage  # a Message, in the chosen language
            if event.total:
                text = f"{event.stage}: {text} {event.done:.0f}/{event.total:.0f} {event.unit}".rstrip()
            if not self.console.is_terminal:
                if self.log_every is not None and event.total and now - self.logged >= self.log_every:
                    self.logged = now
                    self.console.print(f"  {text}", markup=False, highlight=False)
                return
            if self.status is None:
                self.status = self.console.status(text)
                self.status.start()
            else:
                self.status.update(text)

    def _stop(self) -> None:
        if self.status is not None:
            self.status.stop()
            self.status = None

    def close(self) -> None:
        self._stop()


def human_size(n) -> str:
    from appliance.fsutil import human_bytes

    return human_bytes(n or 0)


def human_params(n) -> str:
    n = int(n or 0)
    if n >= 1e9:
        return f"{n / 1e9:.1f}B"
    if n >= 1e6:
        return f"{n / 1e6:.0f}M"
    return str(n)


def spark(values: list[float], width: int = 60) -> str:
    """A sparkline of ``values`` (at most ``width`` characters)."""
    if not values:
        return ""
    blocks = "▁▂▃▄▅▆▇█"
    if len(values) > width:
        step = len(values) / width
        values = [values[int(i * step)] for i in range(width)]
    lo, hi = min(values), max(values)
    return "".join(blocks[int((v - lo) / (hi - lo or 1) * (len(blocks) - 1))] for v in values)
