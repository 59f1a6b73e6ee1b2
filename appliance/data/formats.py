"""Reading and validating dataset files: JSONL chat, instruction, preference and judgement rows, CSV,
plain text.

``parse()`` streams a file and yields normalised records with their line numbers, while it
collects every problem (line, field, what is wrong and what to do) in a ``Report``. Problems
never quote the data: reports are shown, stored in the catalog and written to the audit log,
and the data is confidential.

Normalised records (what is sealed and what training reads):

    chat         {"messages": [{"role": "system"|"user"|"assistant", "content": str}, ...]}
    instruction  {"instruction": str, "input": str, "output": str}
    text         {"text": str}   (a paragraph, a Markdown section, or with ``text_rows="line"`` a line)
    preference   {"prompt": str | "messages": [...], "chosen": str, "rejected": str}
    judgement    {"prompt": str | "messages": [...], "completion": str, "label": bool}
                 (these two: ``data/preference.py``)

each optionally with ``"split": "train"|"eval"`` when the source row asks for one.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Iterator

from appliance import nesting
from appliance.data import preference
from appliance.data.problems import REPORT_CAP, Problem, Report, n_columns, n_lines, n_rows  # noqa: F401
from appliance.errors import ImportRefused, InvalidInputError  # noqa: F401
from appliance.messages import M, Message

FORMATS = ("chat", "instruction", "csv", "text", *preference.KINDS)
MAX_ROW_BYTES = 4 << 20  # one row (a JSONL line, a CSV record, a text paragraph)
MAX_DEPTH = 32  # nesting of a JSON row; a chat row needs 3
ROLES = ("system", "user", "assistant")
INSTRUCTION_ALIASES = {
    "instruction": ("instruction", "prompt", "question"),
    "input": ("input", "context"),
    "output": ("output", "response", "answer", "completion"),
}
CSV_TARGETS = ("instruction", "input", "output", "system", "user", "assistant", "text", "split")


def detect_format(path: Path, fmt: str | None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise InvalidInputError(
                M("dataset.unknown_format", "Unknown dataset format {fmt!r}.", fmt=fmt),
                hint=M("dataset.unknown_format.hint", "Use one of: {formats}.", formats=", ".join(FORMATS)),
            )
        return fmt
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".txt", ".md", ".markdown"):
        return "text"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"  # chat, instruction, text, preference or judgement: decided by the rows
    raise InvalidInputError(
        M("dataset.format_unknown_extension", "Cannot tell the format of {name} from its extension.", name=path.name),
        hint=M(
            "dataset.format_unknown_extension.hint",
            "Pass --format chat, instruction, csv, text, preference or judgement.",
        ),
    )


def _lines(path: Path, report: Report) -> Iterator[tuple[int, str]]:
    """Decoded lines with 1-based numbers; invalid UTF-8, BOMs and oversized lines become problems."""
    with open(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            if len(raw) > MAX_ROW_BYTES:
                report.add(
                    "error",
                    M(
                        "dataset.line_too_long",
                        "the line is {size:.1f} MiB; a row may have at most {limit} MiB (split the text into several rows)",
                        size=len(raw) / (1 << 20),
                        limit=MAX_ROW_BYTES >> 20,
                    ),
                    number,
                )
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                report.add("warning", M("dataset.bom_removed", "a UTF-8 byte-order mark was removed"), 1)
            try:
                yield number, raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                report.add(
                    "error",
                    M("dataset.not_utf8_line", "not valid UTF-8 (byte {byte} of the line)", byte=exc.start + 1),
                    number,
                )


def json_error(exc: json.JSONDecodeError) -> Message:
    """``invalid JSON at column 7: unterminated string starting here`` (the decoder's own message
    ends in "at" for some errors: "Unterminated string starting at")."""
    msg = exc.msg[:-3] + " here" if exc.msg.endswith(" at") else exc.msg
    why = msg[:1].lower() + msg[1:]
    return M("dataset.invalid_json", "invalid JSON at column {column}: {why}", column=exc.colno, why=why)


def _too_deep() -> Message:
    return M("dataset.too_deep", "nested more deeply than the {depth} levels a row may have", depth=MAX_DEPTH)


def _json_row(text: str, line: int, report: Report):
    """The row's JSON value, or None after reporting why it cannot be used."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        report.add("error", json_error(exc), line)
        return None
    except RecursionError:
        report.add("error", _too_deep(), line)
        return None
    except ValueError as exc:  # a number too long to read (more than 4,300 digits)
        report.add("error", M("dataset.number_too_long", "a number too long to read ({why})", why=str(exc)), line)
        return None
    if nesting.depth(obj, MAX_DEPTH) > MAX_DEPTH:
        report.add("error", _too_deep(), line)
        return None
    return obj


def _check_split(value, line: int, report: Report) -> str | None:
    if value is None:
        return None
    if value not in ("train", "eval"):
        report.add("error", M("dataset.split_invalid", "must be 'train' or 'eval'"), line, "split")
        return "invalid"
    return value


def _chat(obj: dict, line: int, report: Report) -> dict | None:
    def error(message: Message, where: str = "messages") -> None:
        report.add("error", message, line, where)

    msgs = obj.get("messages")
    if not isinstance(msgs, list) or not msgs:
        error(M("dataset.chat.messages_invalid", "must be a non-empty list of {{role, content}} messages"))
        return None
    out, ok = [], True
    for i, m in enumerate(msgs):
        where = f"messages[{i}]"
        if not isinstance(m, dict):
            error(M("dataset.chat.message_not_object", "must be an object with 'role' and 'content'"), where)
            ok = False
            continue
        role, content = m.get("role"), m.get("content")
        if role not in ROLES:
            got = str(role)[:20]
            error(
                M(
                    "dataset.chat.bad_role",
                    "role must be one of {roles} (got {got!r})",
                    roles=", ".join(ROLES),
                    got=got,
                ),
                f"{where}.role",
            )
            ok = False
        if not isinstance(content, str):
            error(M("dataset.chat.content_not_text", "content must be text"), f"{where}.content")
            ok = False
        elif not content.strip():
            error(M("dataset.chat.content_empty", "content is empty"), f"{where}.content")
            ok = False
        if role == "system" and i != 0:
            error(M("dataset.chat.system_not_first", "a system message may only come first"), f"{where}.role")
            ok = False
        out.append({"role": role, "content": content})
    if ok:
        roles = [m["role"] for m in out if m["role"] != "system"]
        if "user" not in roles or "assistant" not in roles:
            error(M("dataset.chat.needs_both", "needs at least one user and one assistant message"))
            ok = False
        elif roles[-1] != "assistant":
            error(
                M(
                    "dataset.chat.must_end_assistant",
                    "the conversation must end with an assistant message (the answer to learn)",
                )
            )
            ok = False
        elif any(a == b for a, b in zip(roles, roles[1:], strict=False)):
            error(M("dataset.chat.must_alternate", "user and assistant messages must alternate"))
            ok = False
    return {"messages": out} if ok else None


def _instruction(obj: dict, line: int, report: Report) -> dict | None:
    rec, ok = {}, True
    for target, names in INSTRUCTION_ALIASES.items():
        value = next((obj[n] for n in names if n in obj), None)
        if value is None:
            value = "" if target == "input" else None
        if value is None:
            report.add("error", M("dataset.field_missing", "is missing"), line, target)
            ok = False
            continue
        if not isinstance(value, str):
            report.add("error", M("dataset.field_not_text", "must be text"), line, target)
            ok = False
            continue
        if target != "input" and not value.strip():
            report.add("error", M("dataset.field_empty", "is empty"), line, target)
            ok = False
        rec[target] = value
    return rec if ok else None


def _kind_of(obj: dict) -> str | None:
    pref = preference.kind_of(obj)
    if pref:
        return pref
    if "messages" in obj:
        return "chat"
    if any(n in obj for names in INSTRUCTION_ALIASES.values() for n in names):
        return "instruction"
    if "text" in obj:
        return "text"
    return None


def _mixed(found: str | None, kind: str) -> Message:
    if found:
        return M(
            "dataset.mixed_formats", "looks like {found} data in a {kind} file (mixed formats)", found=found, kind=kind
        )
    return M("dataset.mixed_formats.unknown", "looks like unknown data in a {kind} file (mixed formats)", kind=kind)


def parse_jsonl(path: Path, report: Report, fmt_hint: str | None) -> tuple[str, Iterator[tuple[int, dict]]]:
    """Returns the file's format and an iterator of (line, record)."""
    kind = fmt_hint if fmt_hint in ("chat", "instruction", "text", *preference.KINDS) else None
    if kind is None:  # decide from the first parseable row
        with open(path, "rb") as f:
            for raw in f:
                if len(raw) > MAX_ROW_BYTES:
                    continue
                try:
                    obj = json.loads(raw.decode("utf-8", "ignore").lstrip("\ufeff"))
                except (ValueError, RecursionError):
                    continue
                if isinstance(obj, dict) and _kind_of(obj):
                    kind = _kind_of(obj)
                    break
    if kind is None:
        raise InvalidInputError(
            M(
                "dataset.no_known_rows",
                "{path}: no row looks like chat ('messages'), instruction ('instruction'/'output'), text ('text'), "
                "preference ('chosen'/'rejected') or judgement ('completion'/'label') data.",
                path=str(path),
            ),
            hint=M("dataset.no_known_rows.hint", "Check the file, or pass --format."),
        )

    def records():
        blank = []
        for line, text in _lines(path, report):
            if not text.strip():
                blank.append(line)
                continue
            report.rows_read += 1
            obj = _json_row(text, line, report)
            if obj is None:
                continue
            if not isinstance(obj, dict):
                report.add(
                    "error",
                    M("dataset.row_not_object", "must be a JSON object, not {type}", type=type(obj).__name__),
                    line,
                )
                continue
            row_kind = _kind_of(obj)
            if row_kind != kind:
                report.add("error", _mixed(row_kind, kind), line)
                continue
            split = _check_split(obj.get("split"), line, report)
            if kind == "chat":
                rec = _chat(obj, line, report)
            elif kind == "instruction":
                rec = _instruction(obj, line, report)
            elif kind in preference.KINDS:
                rec = preference.parse_row(kind, obj, line, report)
            else:
                t = obj.get("text")
                rec = {"text": t} if isinstance(t, str) and t.strip() else None
                if rec is None:
                    report.add("error", M("dataset.text_empty", "must be non-empty text"), line, "text")
            if rec is not None and split != "invalid":
                if split:
                    rec["split"] = split
                yield line, rec
        if blank:
            shown = ", ".join(map(str, blank[:10])) + (" …" if len(blank) > 10 else "")
            report.add(
                "warning",
                M("dataset.blank_lines", "{n} blank line(s) ignored (lines {lines})", n=len(blank), lines=shown),
            )

    return kind, records()


def parse_csv(path: Path, report: Report, columns: dict[str, str] | None) -> tuple[str, Iterator[tuple[int, dict]]]:
    text_lines = _lines(path, report)
    buf = io.StringIO()
    numbers: list[int] = []
    for number, text in text_lines:
        buf.write(text + "\n")
        numbers.append(number)
    buf.seek(0)
    csv.field_size_limit(MAX_ROW_BYTES)
    reader = csv.reader(buf)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InvalidInputError(
            M(
                "dataset.csv.bad_header",
                "{path}: the header row cannot be read as CSV ({why}).",
                path=str(path),
                why=str(exc),
            ),
            hint=M("dataset.csv.bad_header.hint", "Check that the file is comma-separated with a header row."),
        ) from exc
    if not header:
        raise InvalidInputError(
            M("dataset.csv.no_header", "{path} is empty or has no header row.", path=str(path)),
            hint=M("dataset.csv.no_header.hint", "The first row must name the columns."),
        )
    header = [h.strip() for h in header]
    mapping = dict(columns or {})
    if not mapping:  # the obvious names map themselves
        mapping = {h.lower(): h for h in header if h.lower() in CSV_TARGETS}
        for target, names in INSTRUCTION_ALIASES.items():
            if target not in mapping:
                hit = next((h for h in header if h.lower() in names), None)
                if hit:
                    mapping[target] = hit
    unknown = [t for t in mapping if t not in CSV_TARGETS]
    if unknown:
        raise InvalidInputError(
            M(
                "dataset.csv.unknown_targets",
                "Unknown target field(s) {targets} in --columns.",
                targets=", ".join(unknown),
            ),
            hint=M("dataset.csv.unknown_targets.hint", "Targets are: {targets}.", targets=", ".join(CSV_TARGETS)),
        )
    missing = [c for c in mapping.values() if c not in header]
    if missing:
        raise InvalidInputError(
            M(
                "dataset.csv.columns_missing",
                "{path}: column(s) {columns} not in the header ({header}).",
                path=str(path),
                columns=", ".join(missing),
                header=", ".join(header),
            ),
            hint=M("dataset.csv.columns_missing.hint", "Check --columns target=column against the first row."),
        )
    if {"user", "assistant"} <= set(mapping):
        kind = "chat"
    elif {"instruction", "output"} <= set(mapping):
        kind = "instruction"
    elif "text" in mapping:
        kind = "text"
    else:
        raise InvalidInputError(
            M(
                "dataset.csv.columns_unknown",
                "{path}: cannot tell which columns hold the data (header: {header}).",
                path=str(path),
                header=", ".join(header),
            ),
            hint=M(
                "dataset.csv.columns_unknown.hint",
                "Map them with --columns, e.g. --columns instruction=question,output=answer "
                "or --columns user=question,assistant=answer.",
            ),
        )
    index = {t: header.index(c) for t, c in mapping.items()}

    def rows():
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # a field over the limit, a stray quote…: the line, then stop
                line = numbers[min(reader.line_num, len(numbers)) - 1] if numbers else None
                unreadable = M(
                    "dataset.csv.unreadable",
                    "cannot be read as CSV ({why}); the rest of the file was not read",
                    why=str(exc),
                )
                report.add("error", unreadable, line)
                return
            yield row

    def records():
        for row in rows():
            line = numbers[min(reader.line_num, len(numbers)) - 1]
            if not any(cell.strip() for cell in row):
                report.add("warning", M("dataset.csv.empty_row", "empty row ignored"), line)
                continue
            report.rows_read += 1
            if len(row) != len(header):
                count = M(
                    "dataset.csv.column_count",
                    "has {found}, the header has {expected}",
                    found=n_columns(len(row)),
                    expected=n_columns(len(header)),
                )
                report.add("error", count, line)
                continue
            value = {t: row[i] for t, i in index.items()}
            split = _check_split(value.pop("split", None) or None, line, report)
            if kind == "chat":
                msgs = [{"role": "system", "content": value["system"]}] if value.get("system", "").strip() else []
                msgs += [
                    {"role": "user", "content": value["user"]},
                    {"role": "assistant", "content": value["assistant"]},
                ]
                rec = _chat({"messages": msgs}, line, report)
            elif kind == "instruction":
                rec = _instruction(value, line, report)
            else:
                rec = {"text": value["text"]} if value["text"].strip() else None
                if rec is None:
                    report.add("error", M("dataset.field_empty", "is empty"), line, "text")
            if rec is not None and split != "invalid":
                if split:
                    rec["split"] = split
                yield line, rec

    return kind, records()


TEXT_ROWS = ("paragraph", "line")  # what one row of a text file is (``--text-rows``)
LONG_ROW_LINES = 20  # a text row averaging this many lines or more gets a warning: maybe one row per line was meant


def parse_text(path: Path, report: Report, text_rows: str = "paragraph") -> tuple[str, Iterator[tuple[int, dict]]]:
    """Plain text: paragraphs (blank-line separated); Markdown: sections starting at headings;
    with ``text_rows="line"`` every non-empty line is a row."""
    markdown = path.suffix.lower() in (".md", ".markdown")
    by_line = text_rows == "line"

    def records():
        block: list[str] = []
        start = None
        size = lines = 0
        for line, text in _lines(path, report):
            lines += bool(text.strip())
            if by_line:
                if text.strip():
                    report.rows_read += 1
                    yield line, {"text": text}
                continue
            boundary = (markdown and text.startswith("#") and block) or (not markdown and not text.strip())
            if boundary and block:
                report.rows_read += 1
                if size > MAX_ROW_BYTES:
                    report.add(
                        "error",
                        M(
                            "dataset.text.paragraph_too_long",
                            "this paragraph is over {limit} MiB; a row may have at most that (separate it with blank lines)",
                            limit=MAX_ROW_BYTES >> 20,
                        ),
                        start,
                    )
                else:
                    yield start, {"text": "\n".join(block).strip("\n")}
                block, start, size = [], None, 0
            if text.strip() or (markdown and block):
                if start is None:
                    start = line
                block.append(text)
                size += len(text)
        if block and "\n".join(block).strip():
            report.rows_read += 1
            yield start, {"text": "\n".join(block).strip("\n")}
        if not by_line and report.rows_read and lines >= LONG_ROW_LINES * report.rows_read:
            if markdown:
                unit = M("dataset.text.unit_section", "a section (from one heading to the next)")
            else:
                unit = M("dataset.text.unit_paragraph", "a paragraph (lines up to a blank line)")
            report.add(
                "warning",
                M(
                    "dataset.text.long_rows",
                    "the file's {lines} of text make {rows}: a text row is {unit}; pass --text-rows line for one row per line",
                    lines=n_lines(lines),
                    rows=n_rows(report.rows_read),
                    unit=unit,
                ),
            )

    return "text", records()


def check_source(path: Path) -> Path:
    """Refuse what is not a plain file one can name: a symbolic link (what would be imported is
    not what was named), a folder, a device or a pipe. Raises ``InvalidInputError``."""
    path = Path(path)
    if path.is_symlink():
        raise InvalidInputError(
            M(
                "dataset.source_symlink",
                "{path} is a symbolic link (to {target}).",
                path=str(path),
                target=os.path.realpath(path),
            ),
            hint=M(
                "dataset.source_symlink.hint",
                "Give the path of the file itself, so that what is imported is what you named.",
            ),
        )
    if not path.exists():
        raise InvalidInputError(
            M("dataset.source_missing", "{path} does not exist.", path=str(path)),
            hint=M("dataset.source_missing.hint", "Check the path."),
        )
    if not path.is_file():
        raise InvalidInputError(
            M(
                "dataset.source_not_file",
                "{path} is not a regular file (a folder, a device or a pipe).",
                path=str(path),
            ),
            hint=M("dataset.source_not_file.hint", "Give the path of a dataset file."),
        )
    return path


def parse(
    path: Path,
    fmt: str | None = None,
    columns: dict[str, str] | None = None,
    report: Report | None = None,
    text_rows: str = "paragraph",
) -> tuple[str, Report, Iterator[tuple[int, dict]]]:
    """``(format, report, records)``; the report fills in as ``records`` is consumed. ``text_rows``:
    what one row of a text file is (``paragraph``, or ``line``)."""
    if text_rows not in TEXT_ROWS:
        raise InvalidInputError(
            M("dataset.unknown_text_rows", "Unknown text row unit {unit!r}.", unit=text_rows),
            hint=M("dataset.unknown_text_rows.hint", "Use one of: {units}.", units=", ".join(TEXT_ROWS)),
        )
    path = check_source(path)
    report = report or Report(source=str(path))
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 2 and (head[0] == 0) != (head[1] == 0)):
        raise InvalidInputError(
            M("dataset.utf16", "{path} is UTF-16 encoded.", path=str(path)),
            hint=M("dataset.utf16.hint", "Save it as UTF-8 and import it again."),
        )
    kind = detect_format(path, fmt)
    if kind == "csv":
        out_kind, recs = parse_csv(path, report, columns)
    elif kind == "text":
        out_kind, recs = parse_text(path, report, text_rows)
    else:
        out_kind, recs = parse_jsonl(path, report, fmt)
    return out_kind, report, recs


def record_text(rec: dict) -> str:
    """All the text of a record, for token counts."""
    if preference.is_preference(rec):
        return preference.record_text(rec)
    if "messages" in rec:
        return "\n".join(m["content"] for m in rec["messages"])
    if "instruction" in rec:
        return "\n".join(x for x in (rec["instruction"], rec.get("input", ""), rec["output"]) if x)
    return rec["text"]


def canonical(rec: dict) -> bytes:
    """Canonical bytes of a record without its split (for duplicates, ids and the split hash)."""
    body = {k: v for k, v in rec.items() if k != "split"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
