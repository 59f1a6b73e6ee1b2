"""Document readers: a PDF, DOCX, ODT, HTML, Markdown or text file read into text sections, each with
an anchor a citation names (docs/retrieval.md): one section per PDF page ("p. 3"), else one per
heading, anchored by the heading path ("2. Fees › 2.1 Late filing"; "" before the first heading;
the heading's words are in the anchor, not the text). Each refusal is an ``InvalidInputError`` that
names the file and says what to do: over ``MAX_BYTES`` (before reading), a damaged, locked or scanned
PDF, a likely ZIP bomb (by the declared sizes, which bound what zipfile ever unpacks), binary data,
no text. An HTML page's script, style and comments never reach a section. The parsers are imported
where used: reading a text file does not load pypdf, python-docx, odfpy or lxml.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import stat
import threading
import zipfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from appliance.errors import InvalidInputError, NotFoundError
from appliance.messages import M

MAX_BYTES = 100 * 1024 * 1024  # a file larger than this is refused before reading
MAX_EXPANDED_BYTES = 200 * 1024 * 1024  # DOCX/ODT: the ZIP's members uncompressed, summed
MAX_RATIO = 100  # DOCX/ODT: a member compressing better than 100:1 is refused
KINDS = ("pdf", "docx", "odt", "html", "markdown", "text")
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".html": "html", ".htm": "html", ".md": "markdown"}
SUFFIXES.update({".markdown": "markdown", ".txt": "text", ".text": "text"})

_MIB = 1024 * 1024
_SNIFF = 8192  # bytes looked at for magic numbers and for NUL bytes
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"))
_BOMS += ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CELL = "\x1f"  # ends a table cell while a section is built; " | " between cells in its text
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1e\x7f]")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_DROPPED = ("script", "style", "noscript", "template", "iframe", "object", "head")
_HTML_ROLES = dict.fromkeys(
    "address article aside blockquote body caption center details dialog dir div dl fieldset figcaption figure "
    "footer form header hgroup hr html legend main menu nav ol p pre section summary table tbody tfoot thead ul".split(),
    "para",
)
_HTML_ROLES.update(dict.fromkeys(("br", "li", "dt", "dd", "tr", "option"), "line"), td="cell", th="cell")
_HTML_ROLES.update({f"h{n}": "h" for n in range(1, 7)})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_PDF_LOCK = threading.Lock()  # pypdf's log level is the process's; pure Python, it gains nothing from threads


@dataclass(frozen=True)
class Section:
    text: str  # plain text, paragraphs separated by "\n\n"
    page: int | None  # 1-based page for PDFs (one Section per page); None elsewhere
    anchor: str  # "p. 3" (PDF), else the heading path ("2. Fees › 2.1 Late filing"), "" before the first


@dataclass(frozen=True)
class Extracted:
    kind: str  # one of KINDS
    title: str  # PDF /Title, DOCX/ODT title, the first heading (HTML: <title>, the first h1), the file's stem
    sections: list[Section]  # in reading order, none empty
    pages: int | None  # PDF page count
    empty_pages: list[int]  # PDF pages with no text layer (reported, not silently dropped)


def kind_of(path: Path) -> str:
    """The kind of ``path``: by its suffix, else by its first bytes. Raises ``InvalidInputError``
    when neither says (``NotFoundError`` when the bytes must be read and there is no file)."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        _check_file(path)
        kind = _sniff(_read_bytes(path, _SNIFF), path)
    if kind is None:
        raise InvalidInputError(M("docs.unknown_kind", "{name} is not a kind of document the appliance reads (one of {kinds}).", name=path.name, kinds=", ".join(KINDS)),
                                hint=M("docs.unknown_kind.hint", "Save it as PDF, DOCX, ODT, HTML, Markdown (.md) or plain text (.txt), and import it again."))  # fmt: skip
    return kind


def read_file(path: Path) -> bytes:
    """The bytes of ``path``, refused before reading when it is missing, not a regular file, or
    over ``MAX_BYTES``."""
    path = Path(path)
    size = _check_file(path)
    if size > MAX_BYTES:
        raise InvalidInputError(M("docs.too_large", "{name} is {size_mib:.1f} MiB; documents larger than {limit_mib:.0f} MiB are not read.", name=path.name, size_mib=size / _MIB, limit_mib=MAX_BYTES / _MIB),
                                hint=M("docs.too_large.hint", "Split it into smaller documents and import those."))  # fmt: skip
    return _read_bytes(path)


def read_document(path: Path, *, kind: str | None = None, data: bytes | None = None) -> Extracted:
    """Read ``path`` (of ``kind``, else ``kind_of(path)``) into sections; ``data``: its bytes when
    the caller has read them already (``read_file``). Raises ``NotFoundError`` for a missing file
    and ``InvalidInputError`` for everything the module docstring lists."""
    path = Path(path)
    if data is None:
        data = read_file(path)
    if kind is not None and kind not in KINDS:
        raise InvalidInputError(M("docs.bad_kind", "{name}: {kind!r} is not a document kind (one of {kinds}).", name=path.name, kind=kind, kinds=", ".join(KINDS)),
                                hint=M("docs.bad_kind.hint", "Name one of the kinds listed, or none to go by the file."))  # fmt: skip
    kind = kind or kind_of(path)
    return _READERS[kind](path, data)


def _check_file(path: Path) -> int:
    """The size of ``path``, a regular file; refuses a missing file, a folder or a device."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise NotFoundError(M("docs.not_found", "No file at {path}.", path=str(path)),
                            hint=M("docs.not_found.hint", "Check the path and import it again.")) from None  # fmt: skip
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    if not stat.S_ISREG(st.st_mode):
        raise InvalidInputError(M("docs.not_a_file", "{name} is a folder or a device, not a document.", name=path.name),
                                hint=M("docs.not_a_file.hint", "Name a document file; import the files of a folder one by one."))  # fmt: skip
    return st.st_size


def _cannot_read(path: Path, exc: OSError) -> InvalidInputError:
    return InvalidInputError(M("docs.cannot_read", "{name} cannot be read ({reason}).", name=path.name, reason=exc.strerror or str(exc)),
                             hint=M("docs.cannot_read.hint", "Check that the file is yours to read, then import it again."))  # fmt: skip


def _read_bytes(path: Path, limit: int = -1) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(limit)
    except OSError as exc:
        raise _cannot_read(path, exc) from None


def _sniff(head: bytes, path: Path) -> str | None:
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "mimetype" in names and zf.getinfo("mimetype").file_size < 100:
                    return "odt" if zf.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text" else None
        except (zipfile.BadZipFile, OSError):
            return None
    start = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return "html" if start.startswith((b"<!doctype html", b"<html")) else None


def _no_text(path: Path) -> InvalidInputError:
    return InvalidInputError(M("docs.empty_document", "{name} has no text.", name=path.name),
                             hint=M("docs.empty_document.hint", "Check that this is the document you meant; a picture of text needs OCR (text recognition) first."))  # fmt: skip


def _unreadable(path: Path, kind: str, exc: BaseException) -> InvalidInputError:
    reason = str(exc).strip() or type(exc).__name__
    return InvalidInputError(M("docs.unreadable", "{name} is not a readable {kind} ({reason}).", name=path.name, kind=kind, reason=reason),
                             hint=M("docs.unreadable.hint", "Open it in the program that made it, save it again as {kind}, and import the new file.", kind=kind))  # fmt: skip


class _Sections:
    """Sections in reading order while a document is walked: a heading closes the section being
    built and opens the next. Roles of elements: "h" (a heading), "cell" (of a table), "para" and
    "line" (a break before and after); inside a heading or a cell a break is a space."""

    def __init__(self, *, strip_lines: bool = False):
        self.strip_lines, self.done, self.parts, self.cells, self.level = strip_lines, [], [], 0, 0
        self.path: list[tuple[int, str]] = []  # (level, words) of the headings above; level 0: a Title
        self.headings: list[tuple[int, str]] = []
        self.heading_parts: list[str] | None = None  # the words of the heading being read

    def text(self, s: str) -> None:
        (self.parts if self.heading_parts is None else self.heading_parts).append(s)

    def brk(self, para: bool = True) -> None:
        if self.heading_parts is not None or self.cells:
            self.text(" ")
        elif para or not "".join(self.parts[-3:]).rstrip(" \t").endswith("\n"):  # line breaks do not add up
            self.parts.append("\n\n" if para else "\n")

    def open(self, role: str | None, level: int = 1) -> None:
        if role == "h" and not self.cells and self.heading_parts is None:
            self.heading_parts, self.level = [], level
        elif role == "cell":
            self.cells += 1
        elif role:
            self.brk(role != "line")

    def shut(self, role: str | None) -> None:
        if role == "h" and self.heading_parts is not None:
            words, self.heading_parts = "".join(self.heading_parts), None
            self.heading(self.level, words)
        elif role == "cell":
            self.cells -= 1
            self.parts.append(_CELL)
        elif role:
            self.brk(role != "line")

    def heading(self, level: int, words: str) -> None:
        words = " ".join(words.split())
        if words:
            self.close()
            while self.path and (self.path[-1][0] >= level or self.path[-1][0] == 0):
                self.path.pop()
            self.path.append((level, words))
            self.headings.append((level, words))

    def close(self) -> None:
        body = _clean("".join(self.parts), strip_lines=self.strip_lines)
        if body:
            self.done.append(Section(body, None, " › ".join(w for _, w in self.path)))
        self.parts = []

    def finish(self, path: Path, kind: str, title: str = "", h1: bool = False) -> Extracted:
        """The document, titled ``title``, else by its first heading (its first h1), else its stem."""
        if self.heading_parts is not None:
            self.shut("h")
        self.close()
        if not self.done:
            raise _no_text(path)
        first = next((w for lv, w in self.headings if not h1 or lv == 1), None)
        return Extracted(kind, title or first or path.stem, self.done, None, [])


def _clean(text: str, *, strip_lines: bool = False) -> str:
    """Lines without trailing spaces (or any spaces at either end), no run of blank lines, table
    cells joined by " | ", no control characters; "" when nothing but whitespace is left."""
    text = re.sub(r"\r\n?|[\f\v]", "\n", text)
    if _CELL in text:
        text = re.sub(_CELL + r"(?:\s*" + _CELL + ")+", _CELL, text)  # empty cells
        text = re.sub(r"(?m)^[ \t]*" + _CELL + r"|[ \t]*" + _CELL + r"[ \t]*$", "", text)
        text = re.sub(r"[ \t]*" + _CELL + r"[ \t]*", " | ", text)
    lines = (line.strip() if strip_lines else line.rstrip() for line in _CONTROLS.sub("", text).split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text if text.strip() else ""


def _decode(path: Path, data: bytes) -> str:
    """Text from bytes: by a byte-order mark, as UTF-8, else charset-normalizer's best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
    binary = b"\x00" in data[:_SNIFF]
    if not binary:  # NUL bytes are in binary data, and in UTF-16 or -32 text without a byte-order mark
        with suppress(UnicodeDecodeError):
            return data.decode("utf-8")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or (binary and not best.encoding.startswith(("utf_16", "utf_32"))):
        raise InvalidInputError(M("docs.not_text", "{name} does not look like text: it holds binary data.", name=path.name),
                                hint=M("docs.not_text.hint", "Import it as the kind of document it is (PDF, DOCX, ODT, HTML), or save it as plain text (UTF-8)."))  # fmt: skip
    return str(best).lstrip("\ufeff")


def _read_text(path: Path, data: bytes) -> Extracted:
    (s := _Sections()).text(_decode(path, data))
    return s.finish(path, "text", path.stem)


def _read_markdown(path: Path, data: bytes) -> Extracted:
    s, fence = _Sections(), ""  # the open code fence: a "#" line inside it is code, not a heading
    for line in re.sub(r"\r\n?", "\n", _decode(path, data)).split("\n"):
        m = _FENCE.match(line)
        if m and (not fence or (m[1][0] == fence[0] and len(m[1]) >= len(fence) and not line[m.end() :].strip())):
            fence = "" if fence else m[1]
        elif not fence and (h := _ATX.fullmatch(line)):
            s.heading(len(h[1]), re.sub(r"(?:^|[ \t]+)#+$", "", h[2] or ""))  # "## Title ##": Title
            continue
        s.text(line + "\n")
    return s.finish(path, "markdown")


def _html_source(path: Path, data: bytes) -> str:
    """The page's text: by a byte-order mark, the encoding its meta tag declares, else as text."""
    if not any(data.startswith(bom) for bom, _ in _BOMS) and (m := _META_CHARSET.search(data[:4096])):
        with suppress(LookupError, UnicodeDecodeError):  # a wrong declaration: the bytes tell
            name = codecs.lookup(m[1].decode("ascii")).name
            # as browsers (WHATWG): bytes that read as ASCII so far are not UTF-16; latin-1 is windows-1252
            utf = "utf-8" if name.startswith(("utf-16", "utf-32")) else name
            return data.decode({"iso8859-1": "cp1252", "ascii": "cp1252"}.get(name, utf))
    return _decode(path, data)


def _read_html(path: Path, data: bytes) -> Extracted:
    from lxml import etree, html

    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", _html_source(path, data).lstrip("\ufeff"))  # lxml refuses it in a str
    try:
        doc = html.document_fromstring(source)
    except etree.ParserError:  # lxml's word for a page with no elements
        raise _no_text(path) from None
    except ValueError as exc:
        raise _unreadable(path, "HTML", exc) from None
    title_el = doc.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else ""
    for el in list(doc.iter(etree.Comment, etree.ProcessingInstruction, *_DROPPED)):
        if el.getparent() is not None:
            el.drop_tree()  # keeps the text that follows the element
    s, pre = _Sections(strip_lines=True), 0

    def text(t: str | None) -> None:
        if t:
            s.text(t if pre else re.sub(r"\s+", " ", t))

    for event, el in etree.iterwalk(doc, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            pre += tag == "pre"
            s.open(_HTML_ROLES.get(tag), int(tag[1]) if _HTML_ROLES.get(tag) == "h" else 1)
            text(el.text)
        else:
            s.shut(_HTML_ROLES.get(tag))
            pre -= tag == "pre"
            text(el.tail)
    return s.finish(path, "html", title, h1=True)


def _check_zip(path: Path, data: bytes, kind: str) -> None:
    """Refuse what is not a ZIP, and a ZIP that would unpack to far more than it holds."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise _unreadable(path, kind, exc) from None
    hint = M("docs.zip_bomb.hint", "If the document is genuine, save it again from its program (or export it as PDF) and import that.")  # fmt: skip
    total = sum(m.file_size for m in members)
    if total > MAX_EXPANDED_BYTES:
        raise InvalidInputError(M("docs.zip_too_large", "{name} would unpack to {size_mib:.0f} MiB, more than the {limit_mib:.0f} MiB allowed: refused as a likely ZIP bomb.",
                                  name=path.name, size_mib=total / _MIB, limit_mib=MAX_EXPANDED_BYTES / _MIB), hint=hint)  # fmt: skip
    for m in members:
        if m.file_size > _MIB and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise InvalidInputError(M("docs.zip_ratio", "{name} was refused as a likely ZIP bomb: its part {member} is compressed {ratio:.0f} to 1 (at most {limit} to 1 is allowed).",
                                      name=path.name, member=m.filename, ratio=m.file_size / max(m.compress_size, 1), limit=MAX_RATIO), hint=hint)  # fmt: skip


def _read_docx(path: Path, data: bytes) -> Extracted:
    _check_zip(path, data, "DOCX")
    from docx import Document
    from docx.table import Table

    s = _Sections()

    def block(item) -> None:  # a paragraph or a table; lxml refuses XML nested past 256 levels
        if not isinstance(item, Table):
            s.text(item.text)
            return s.brk()
        for row in item.rows:
            s.open("line")
            seen = None
            for c in row.cells:
                if c._tc is not seen:  # a merged cell is listed once per grid column it spans
                    seen = c._tc
                    s.open("cell")
                    for inner in c.iter_inner_content():
                        block(inner)
                    s.shut("cell")
        s.brk()

    try:
        doc = Document(io.BytesIO(data))
        for item in doc.iter_inner_content():
            style = "" if isinstance(item, Table) or item.style is None else item.style.name or ""
            if style == "Title" or re.fullmatch(r"Heading [1-6]", style):
                s.heading(int(style[8:] or 0), item.text)
            else:
                block(item)
        title = (doc.core_properties.title or "").strip()
    except Exception as exc:  # any failure of the parser on this file is this file's fault
        raise _unreadable(path, "DOCX", exc) from None
    return s.finish(path, "docx", title)


def _read_odt(path: Path, data: bytes) -> Extracted:
    _check_zip(path, data, "ODT")
    from odf import dc, teletype
    from odf.namespaces import OFFICENS, TABLENS, TEXTNS
    from odf.opendocument import load

    roles = {(TEXTNS, "h"): "h", (TEXTNS, "p"): "para", (TABLENS, "table"): "para", (TABLENS, "table-row"): "line"}
    roles[(TABLENS, "table-cell")] = "cell"
    skip = {(OFFICENS, "annotation"), (TEXTNS, "tracked-changes"), (TEXTNS, "note-citation")}  # not the text
    s = _Sections(strip_lines=True)
    try:
        doc = load(io.BytesIO(data))
        meta = doc.meta.getElementsByType(dc.Title) if doc.meta is not None else []
        title = " ".join(teletype.extractText(meta[0]).split()) if meta else ""
        if getattr(doc, "text", None) is None:  # a spreadsheet, drawing or slides named .odt
            raise ValueError(f"a {doc.mimetype} document, not a text document")
        stack = [(doc.text, False)]
        while stack:  # a walk without recursion: the file decides how deeply its elements nest
            node, leaving = stack.pop()
            if node.nodeType != node.ELEMENT_NODE:  # text; whitespace runs are one space in ODF
                s.text(re.sub(r"\s+", " ", getattr(node, "data", "")))
            elif leaving:
                s.shut(roles.get(node.qname))
            elif node.qname == (TEXTNS, "s"):
                s.text(" " * min(int(node.getAttrNS(TEXTNS, "c") or 1), 100))
            elif node.qname in ((TEXTNS, "tab"), (TEXTNS, "line-break")):
                s.text("\t" if node.qname[1] == "tab" else "\n")
            elif node.qname not in skip:
                role = roles.get(node.qname)
                s.open(role, int(node.getAttrNS(TEXTNS, "outline-level") or 1) if role == "h" else 1)
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node.childNodes))
    except Exception as exc:  # any failure of the parser on this file is this file's fault
        raise _unreadable(path, "ODT", exc) from None
    return s.finish(path, "odt", title)


def _read_pdf(path: Path, data: bytes) -> Extracted:
    from pypdf import PasswordType, PdfReader

    sections, empty, logger = [], [], logging.getLogger("pypdf")
    with _PDF_LOCK:
        level = logger.level
        logger.setLevel(logging.CRITICAL + 1)  # pypdf logs each oddity of a file it can read; its modules inherit it
        try:
            reader = PdfReader(io.BytesIO(data))
            try:  # the empty password first: many "protected" PDFs only restrict printing or copying
                locked = reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED
            except Exception:  # an encryption pypdf cannot undo here (no AES backend): locked to us
                locked = True
            title = " ".join(str(reader.metadata.title or "").split()) if not locked and reader.metadata else ""
            for number, page in enumerate([] if locked else reader.pages, 1):
                lines = (re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in (page.extract_text() or "").split("\n"))
                text = _clean("\n".join(lines))
                if text:
                    sections.append(Section(text, number, f"p. {number}"))
                else:
                    empty.append(number)
        except Exception as exc:  # any failure of the parser on this file is this file's fault
            raise _unreadable(path, "PDF", exc) from None
        finally:
            logger.setLevel(level)
    if locked:
        raise InvalidInputError(M("docs.pdf_encrypted", "{name} is password-protected.", name=path.name),
                                hint=M("docs.pdf_encrypted.hint", "Remove the protection (open it with its password and save an unprotected copy), then import it again."))  # fmt: skip
    if not sections and empty:
        raise InvalidInputError(M("docs.pdf_scanned", "{name} has no text layer on any of its {pages} page(s): it is probably scanned.", name=path.name, pages=len(empty)),
                                hint=M("docs.pdf_scanned.hint", "Run OCR (text recognition, for example OCRmyPDF) on it first, then import the result."))  # fmt: skip
    if not sections:
        raise _no_text(path)
    title = "" if title.lower() == "untitled" else title  # reportlab's and other tools' placeholder
    return Extracted("pdf", title or path.stem, sections, len(sections) + len(empty), empty)


_READERS = {"pdf": _read_pdf, "docx": _read_docx, "odt": _read_odt, "html": _read_html}
_READERS.update({"markdown": _read_markdown, "text": _read_text})
