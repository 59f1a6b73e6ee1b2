"""The document readers (appliance/knowledge/extract.py): every kind read into anchored sections,
and every refusal naming the file. The inputs are built here, in tmp_path, with the libraries that
write each format (reportlab and pypdf, python-docx, odfpy)."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest

from appliance.errors import InvalidInputError, NotFoundError
from appliance.knowledge import extract
from appliance.knowledge.extract import Extracted, Section, kind_of, read_document


def refused(path: Path, *, kind: str | None = None, error=InvalidInputError) -> str:
    """The refusal's message and hint as a person reads them; it always names the file."""
    with pytest.raises(error) as info:
        read_document(path, kind=kind)
    shown = str(info.value)
    assert path.name in shown
    assert info.value.message_id.startswith("docs.") and info.value.hint_msg is not None
    return shown


# --- inputs --------------------------------------------------------------------------------------


def make_pdf(path: Path, pages: list[str | None], *, title: str | None = None) -> Path:
    """A PDF with one page per item: its lines of text, or (None) only a drawn rectangle."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    if title:
        c.setTitle(title)
    for text in pages:
        if text is None:
            c.rect(100, 100, 300, 400, fill=1)
        else:
            y = 750
            for line in text.split("\n"):
                c.drawString(72, y, line)
                y -= 20
        c.showPage()
    c.save()
    return path


def encrypt_pdf(src: Path, dst: Path, user: str, owner: str | None = None) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(src).pages:
        writer.add_page(page)
    writer.encrypt(user, owner)
    with open(dst, "wb") as f:
        writer.write(f)
    return dst


def make_docx(path: Path, build, *, title: str | None = None) -> Path:
    import docx

    doc = docx.Document()
    if title:
        doc.core_properties.title = title
    build(doc)
    doc.save(str(path))
    return path


def make_odt(path: Path, items, *, title: str | None = None) -> Path:
    """An ODT from ("h", level, words) / ("p", words) / ("table", rows) items."""
    from odf import dc, table, text
    from odf.opendocument import OpenDocumentText

    doc = OpenDocumentText()
    if title:
        doc.meta.addElement(dc.Title(text=title))
    for item in items:
        if item[0] == "h":
            doc.text.addElement(text.H(outlinelevel=item[1], text=item[2]))
        elif item[0] == "p":
            doc.text.addElement(text.P(text=item[1]))
        else:
            t = table.Table(name="T")
            t.addElement(table.TableColumn(numbercolumnsrepeated=len(item[1][0])))
            for row in item[1]:
                tr = table.TableRow()
                for words in row:
                    cell = table.TableCell()
                    cell.addElement(text.P(text=words))
                    tr.addElement(cell)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(str(path))
    return path


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def texts(doc: Extracted) -> list[tuple[str, str]]:
    return [(s.anchor, s.text) for s in doc.sections]


# --- kinds and files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, kind",
    [("a.pdf", "pdf"), ("a.DOCX", "docx"), ("a.odt", "odt"), ("a.html", "html"), ("a.htm", "html")]
    + [("a.md", "markdown"), ("a.markdown", "markdown"), ("a.txt", "text"), ("a.text", "text")],
)
def test_the_kind_comes_from_the_suffix(name, kind, tmp_path):
    assert kind_of(tmp_path / name) == kind  # the file need not exist: the name says it


def test_without_a_known_suffix_the_kind_comes_from_the_first_bytes(tmp_path):
    pdf = make_pdf(tmp_path / "a.pdf", ["One"])
    docx_file = make_docx(tmp_path / "b.docx", lambda d: d.add_paragraph("Two"))
    odt = make_odt(tmp_path / "c.odt", [("p", "Three")])
    for src, kind in [(pdf, "pdf"), (docx_file, "docx"), (odt, "odt")]:
        plain = src.rename(tmp_path / f"{src.stem}-download")
        assert kind_of(plain) == kind
        assert read_document(plain).kind == kind
    assert kind_of(write(tmp_path / "page.bin", "\ufeff  <!DOCTYPE html><html><p>Hi</p></html>")) == "html"
    assert kind_of(write(tmp_path / "page2", "<HTML><body>Hi</body></HTML>")) == "html"


def test_an_unknown_kind_is_refused_naming_the_file_and_the_kinds(tmp_path):
    path = write(tmp_path / "photo.jpg", b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(InvalidInputError) as info:
        kind_of(path)
    assert "photo.jpg" in str(info.value) and all(k in str(info.value) for k in extract.KINDS)
    assert "photo.jpg" in refused(path)
    assert "'slides'" in refused(write(tmp_path / "a.txt", "x"), kind="slides")


def test_a_missing_file_a_folder_and_a_file_over_the_limit_are_refused_before_reading(tmp_path):
    with pytest.raises(NotFoundError) as info:
        read_document(tmp_path / "gone.pdf")
    assert "gone.pdf" in str(info.value)
    with pytest.raises(NotFoundError):
        kind_of(tmp_path / "gone")
    (tmp_path / "folder.txt").mkdir()
    assert "folder" in refused(tmp_path / "folder.txt")
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(501 * 1024 * 1024)  # sparse: nothing is written, nothing is read
    shown = refused(big)
    assert "501.0 MiB" in shown and "100 MiB" in shown


# --- PDF -----------------------------------------------------------------------------------------


def test_a_pdf_gives_one_section_per_page_with_its_page_number(tmp_path):
    path = make_pdf(
        tmp_path / "fees.pdf",
        ["Filing fees are due in March.", "Late   filing costs\n\n  twenty rupees.", "Appeals go to the board."],
        title="Fee schedule",
    )
    doc = read_document(path)
    assert (doc.kind, doc.title, doc.pages, doc.empty_pages) == ("pdf", "Fee schedule", 3, [])
    assert [(s.page, s.anchor) for s in doc.sections] == [(1, "p. 1"), (2, "p. 2"), (3, "p. 3")]
    assert doc.sections[0].text == "Filing fees are due in March."
    assert "Late filing costs" in doc.sections[1].text and "twenty rupees." in doc.sections[1].text
    assert doc.sections[2].text == "Appeals go to the board."


def test_pages_without_text_are_reported_and_a_pdf_without_any_is_refused_as_scanned(tmp_path):
    doc = read_document(make_pdf(tmp_path / "mixed.pdf", ["Page one.", None, "Page three."]))
    assert (doc.title, doc.pages, doc.empty_pages) == ("mixed", 3, [2])
    assert [s.page for s in doc.sections] == [1, 3]
    shown = refused(make_pdf(tmp_path / "scan.pdf", [None, None]))
    assert "no text layer" in shown and "scanned" in shown and "OCR" in shown


def test_a_password_protected_pdf_is_refused_unless_the_empty_password_opens_it(tmp_path):
    src = make_pdf(tmp_path / "src.pdf", ["Confidential minutes."])
    shown = refused(encrypt_pdf(src, tmp_path / "locked.pdf", "secret"))
    assert "password-protected" in shown and "Remove the protection" in shown
    doc = read_document(encrypt_pdf(src, tmp_path / "open.pdf", "", "owner-only"))
    assert doc.sections[0].text == "Confidential minutes."


def test_a_damaged_pdf_is_refused_with_the_libraries_reason(tmp_path, caplog):
    good = make_pdf(tmp_path / "good.pdf", ["Some text."]).read_bytes()
    for name, data in [("cut.pdf", good[:60]), ("junk.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8), ("empty.pdf", b"")]:
        shown = refused(write(tmp_path / name, data))
        assert "is not a readable PDF (" in shown
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]  # pypdf was kept quiet


# --- DOCX ----------------------------------------------------------------------------------------


def fees_docx(doc):
    doc.add_paragraph("Read this first.")
    doc.add_heading("1. Scope", 1)
    doc.add_paragraph("Who pays.")
    doc.add_heading("2. Fees", 1)
    doc.add_paragraph("Fees   ")  # trailing spaces go
    table = doc.add_table(rows=2, cols=2)
    for r, row in enumerate([["Form", "Fee"], ["A-1", "20"]]):
        for c, words in enumerate(row):
            table.cell(r, c).text = words
    doc.add_heading("2.1 Late filing", 2)
    doc.add_paragraph("Twice the fee.")
    doc.add_paragraph("")
    doc.add_paragraph("")
    doc.add_paragraph("Within a year.")
    doc.add_heading("3. Appeals", 1)


def test_a_docx_gives_a_section_per_heading_with_tables_and_its_core_title(tmp_path):
    doc = read_document(make_docx(tmp_path / "fees.docx", fees_docx, title="Fee rules"))
    assert (doc.kind, doc.title, doc.pages, doc.empty_pages) == ("docx", "Fee rules", None, [])
    assert texts(doc) == [
        ("", "Read this first."),
        ("1. Scope", "Who pays."),
        ("2. Fees", "Fees\n\nForm | Fee\nA-1 | 20"),
        ("2. Fees › 2.1 Late filing", "Twice the fee.\n\nWithin a year."),
    ]  # "3. Appeals" has no text: no section
    assert all(s.page is None for s in doc.sections)
    untitled = read_document(make_docx(tmp_path / "b.docx", fees_docx))
    assert untitled.title == "1. Scope"


def test_a_docx_title_paragraph_heads_the_text_below_it_but_not_later_headings(tmp_path):
    def build(doc):
        doc.add_heading("Annual report", 0)
        doc.add_paragraph("Summary.")
        doc.add_heading("Income", 1)
        doc.add_paragraph("Grew.")

    doc = read_document(make_docx(tmp_path / "r.docx", build))
    assert doc.title == "Annual report"
    assert texts(doc) == [("Annual report", "Summary."), ("Income", "Grew.")]


def test_a_hindi_docx_round_trips_exactly(tmp_path):
    words = "भारत एक विशाल देश है। यहाँ अनेक भाषाएँ बोली जाती हैं।"
    path = make_docx(tmp_path / "hindi.docx", lambda d: (d.add_heading("परिचय", 1), d.add_paragraph(words)))
    doc = read_document(path)
    assert texts(doc) == [("परिचय", words)] and doc.title == "परिचय"


def test_a_docx_that_is_not_a_zip_or_has_no_text_is_refused(tmp_path):
    assert "is not a readable DOCX (" in refused(write(tmp_path / "fake.docx", "just text"))
    with zipfile.ZipFile(tmp_path / "odd.docx", "w") as zf:
        zf.writestr("readme.txt", "not a Word document")
    assert "is not a readable DOCX (" in refused(tmp_path / "odd.docx")
    assert "has no text" in refused(make_docx(tmp_path / "blank.docx", lambda d: d.add_paragraph("  ")))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open("word/document.xml", "w") as f,
    ):
        chunk = bytes(1024 * 1024)
        for _ in range(300):
            f.write(chunk)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    shown = refused(bomb)
    assert "ZIP bomb" in shown and "300 MiB" in shown
    dense = tmp_path / "dense.odt"  # small in total, but one part packed far past 100:1
    with zipfile.ZipFile(dense, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        zf.writestr("content.xml", bytes(5 * 1024 * 1024))
    shown = refused(dense)
    assert "ZIP bomb" in shown and "content.xml" in shown


# --- ODT -----------------------------------------------------------------------------------------


def test_an_odt_gives_a_section_per_outline_heading_with_its_tables(tmp_path):
    items = [
        ("p", "Preface."),
        ("h", 1, "2. Fees"),
        ("p", "Fees  apply."),
        ("table", [["Form", "Fee"], ["A-1", "20"]]),
        ("h", 2, "2.1 Late filing"),
        ("p", "Twice the fee।"),
        ("h", 1, "3. Appeals"),
        ("p", "To the board."),
    ]
    doc = read_document(make_odt(tmp_path / "fees.odt", items, title="Fee rules"))
    assert (doc.kind, doc.title, doc.pages) == ("odt", "Fee rules", None)
    assert texts(doc) == [
        ("", "Preface."),
        ("2. Fees", "Fees apply.\n\nForm | Fee\nA-1 | 20"),
        ("2. Fees › 2.1 Late filing", "Twice the fee।"),
        ("3. Appeals", "To the board."),
    ]
    assert read_document(make_odt(tmp_path / "b.odt", items)).title == "2. Fees"
    assert "is not a readable ODT (" in refused(write(tmp_path / "fake.odt", b"PK\x03\x04 broken"))


# --- HTML ----------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Fees  page</title>
<style>body { color: red }</style><script>var token = "SECRET-IN-SCRIPT";</script></head>
<body>
<p>Intro   text,
   caf\xe9.</p>
<!-- SECRET-IN-COMMENT -->
<h1>2. Fees</h1>
<ul><li>first</li><li>second<br>line</li></ul>
<noscript>SECRET-IN-NOSCRIPT</noscript><template><p>SECRET-IN-TEMPLATE</p></template>
<iframe src="x">SECRET-IN-IFRAME</iframe><object>SECRET-IN-OBJECT</object>
<h2>2.1 <em>Late</em> filing</h2>
<table><tr><th>Form</th><th>Fee</th></tr><tr><td>A-1</td><td><p>20</p></td></tr></table>
<div>After<script>SECRET-IN-BODY-SCRIPT</script> the table</div>
</body></html>"""


def test_html_keeps_readable_text_and_never_scripts_styles_or_comments(tmp_path):
    doc = read_document(write(tmp_path / "fees.html", PAGE, "cp1252"))
    assert (doc.kind, doc.title) == ("html", "Fees page")
    assert texts(doc) == [
        ("", "Intro text, café."),
        ("2. Fees", "first\nsecond\nline"),
        ("2. Fees › 2.1 Late filing", "Form | Fee\nA-1 | 20\n\nAfter the table"),
    ]
    everything = " ".join(s.text + s.anchor for s in doc.sections)
    assert "SECRET" not in everything and "color" not in everything


def test_html_takes_its_title_from_the_first_h1_and_guesses_an_undeclared_encoding(tmp_path):
    page = "<html><body><h2>Aside</h2><p>x</p><h1>Main title</h1><p>Le café coûte trois euros.</p></body></html>"
    doc = read_document(write(tmp_path / "p.htm", page, "utf-8"))
    assert doc.title == "Main title" and doc.sections[-1].text == "Le café coûte trois euros."
    assert read_document(write(tmp_path / "q.html", "<p>plain</p>")).title == "q"
    assert "has no text" in refused(write(tmp_path / "empty.html", "<html><script>x</script></html>"))


# --- Markdown and text ---------------------------------------------------------------------------


def test_markdown_headings_start_sections_and_code_fences_are_not_headings(tmp_path):
    md = "Before.\n\n# Guide #\n\nIntro *text*.   \n\n\n\n## Install\n\n```sh\n# not a heading\nmake\n```\n\n#hashtag\n### Deep ###\nDone.\n"
    doc = read_document(write(tmp_path / "guide.md", md))
    assert (doc.kind, doc.title) == ("markdown", "Guide")
    assert texts(doc) == [
        ("", "Before."),
        ("Guide", "Intro *text*."),
        ("Guide › Install", "```sh\n# not a heading\nmake\n```\n\n#hashtag"),
        ("Guide › Install › Deep", "Done."),
    ]


FRENCH = (  # charset-normalizer needs a paragraph or so to tell cp1252 from its neighbours
    "La réunion du conseil municipal aura lieu jeudi prochain à la mairie. Les habitants sont invités à présenter "
    "leurs questions écrites avant mercredi. Le maire répondra aux préoccupations concernant les travaux de la rue "
    "principale, la sécurité près de l'école et le budget de la bibliothèque"
)


@pytest.mark.parametrize(
    "words, encoding",
    [
        (FRENCH + " (12 000 €).\n", "cp1252"),
        (FRENCH + ".\n", "latin-1"),
        ("भारत एक विशाल देश है। यहाँ अनेक भाषाएँ बोली जाती हैं।\n", "utf-16"),
        ("Plain words.\n", "utf-8-sig"),
        ("Plain words, ünïcode.\n", "utf-8"),
    ],
)
def test_text_is_read_in_its_encoding(words, encoding, tmp_path):
    doc = read_document(write(tmp_path / "notes.txt", words, encoding))
    assert doc.kind == "text" and doc.title == "notes"
    assert doc.sections == [Section(words.strip(), None, "")]


def test_binary_data_is_not_text_and_sections_are_tidied(tmp_path):
    for data in (b"\x00\x01\x02\x03\xff" * 200, bytes(range(128)) * 10, bytes(3000)):
        assert "does not look like text" in refused(write(tmp_path / "a.txt", data))
    no_bom = "Notepad saved these words as Unicode, with no byte-order mark.\n"
    assert read_document(write(tmp_path / "u16.txt", no_bom, "utf-16-le")).sections[0].text == no_bom.strip()
    assert "has no text" in refused(write(tmp_path / "b.txt", " \n\t\n"))
    doc = read_document(write(tmp_path / "c.txt", "one  \r\ntwo\t\n\n\n\n\nthree\x07\n"))
    assert doc.sections[0].text == "one\ntwo\n\nthree"
    as_markdown = read_document(write(tmp_path / "d.txt", "# Head\nbody"), kind="markdown")
    assert (as_markdown.kind, texts(as_markdown)) == ("markdown", [("Head", "body")])


def test_the_reader_returns_frozen_records(tmp_path):
    doc = read_document(write(tmp_path / "a.md", "# T\nx"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.title = "other"
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.sections[0].text = "other"
