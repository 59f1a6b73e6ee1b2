"""A dataset file's validation report: every problem (line, field, what is wrong) as a message.

``formats.parse`` fills a ``Report`` while it reads a file; the CLI prints ``Report.render()``,
the GUI lays out each ``Problem`` (its ``message`` a ``Message``: translated where it is shown),
and a dataset version stores its warnings in English with the messages beside them. Problems
never quote the data: reports are shown, stored in the catalog and written to the audit log, and
the data is confidential.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from appliance.messages import M, Message, text

REPORT_CAP = 50


@dataclass
class Problem:
    severity: str  # error | warning
    message: Message  # what is wrong ("is missing"), without where
    line: int | None = None
    field: str | None = None

    def located(self) -> Message:
        """The message with where it is: ``line 3, field 'output': is missing``."""
        if self.line is not None and self.field:
            return M(
                "dataset.problem.at_line_field",
                "line {line}, field '{field}': {message}",
                line=self.line,
                field=self.field,
                message=self.message,
            )
        if self.line is not None:
            return M("dataset.problem.at_line", "line {line}: {message}", line=self.line, message=self.message)
        if self.field:
            return M("dataset.problem.at_field", "field '{field}': {message}", field=self.field, message=self.message)
        return self.message

    def render(self, language: str | None = None) -> str:
        return text(self.located(), language)

    def __str__(self) -> str:
        return self.render()


@dataclass
class Report:
    """Every problem found, capped per severity for display, with exact totals."""

    source: str
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    n_errors: int = 0
    n_warnings: int = 0
    rows_read: int = 0
    rows_kept: int = 0

    def add(self, severity: str, message: Message, line: int | None = None, field_: str | None = None) -> None:
        p = Problem(severity, message, line, field_)
        if severity == "error":
            self.n_errors += 1
            if len(self.errors) < REPORT_CAP:
                self.errors.append(p)
        else:
            self.n_warnings += 1
            if len(self.warnings) < REPORT_CAP:
                self.warnings.append(p)

    def render(self, language: str | None = None) -> str:
        summary = M(
            "dataset.report.summary",
            "{source}: {rows} read, {kept:,} usable; {errors}, {warnings}.",
            source=self.source,
            rows=n_rows(self.rows_read),
            kept=self.rows_kept,
            errors=n_errors(self.n_errors),
            warnings=n_warnings(self.n_warnings),
        )
        lines = [summary.render(language)]
        for title, items, total in (
            (M("dataset.report.errors", "Errors:"), self.errors, self.n_errors),
            (M("dataset.report.warnings", "Warnings:"), self.warnings, self.n_warnings),
        ):
            if items:
                lines.append(title.render(language))
                lines += [f"  {p.render(language)}" for p in items]
                if total > len(items):
                    lines.append("  " + _more(total - len(items)).render(language))
        return "\n".join(lines)

    def warning_messages(self) -> list[Message]:
        """The warnings as messages, each with where it is, and how many more there were."""
        more = self.n_warnings - len(self.warnings)
        return [p.located() for p in self.warnings] + ([_more(more)] if more > 0 else [])

    def messages(self) -> list[str]:
        """The warnings in English (stored with a dataset version; ``warning_messages`` beside them)."""
        return [text(m, "en") for m in self.warning_messages()]


def _more(n: int) -> Message:
    return M("dataset.report.more", "… and {n} more", n=n)


# Counts with their noun (``1 row``, ``2 rows``): one message for one, one for more.
def n_rows(n: int) -> Message:
    return M("dataset.n_rows.one", "{n:,} row", n=n) if n == 1 else M("dataset.n_rows.many", "{n:,} rows", n=n)


def n_errors(n: int) -> Message:
    return M("dataset.n_errors.one", "{n:,} error", n=n) if n == 1 else M("dataset.n_errors.many", "{n:,} errors", n=n)


def n_warnings(n: int) -> Message:
    if n == 1:
        return M("dataset.n_warnings.one", "{n:,} warning", n=n)
    return M("dataset.n_warnings.many", "{n:,} warnings", n=n)


def n_columns(n: int) -> Message:
    if n == 1:
        return M("dataset.n_columns.one", "{n:,} column", n=n)
    return M("dataset.n_columns.many", "{n:,} columns", n=n)


def n_lines(n: int) -> Message:
    return M("dataset.n_lines.one", "{n:,} line", n=n) if n == 1 else M("dataset.n_lines.many", "{n:,} lines", n=n)
