"""(Re)generate the sample circulars of the fictional Kestrel Valley Civic Registry.

Every word of every circular is kept in this file; the PDFs and DOCX files next to it are its
output. Run from the repository root:

    .venv/bin/python appliance/samples/circulars/make.py            # write, check, print the text
    .venv/bin/python appliance/samples/circulars/make.py --quiet    # write and check only

The output is deterministic: the PDFs are written with reportlab's ``invariant=1`` (fixed dates
and document id), and the DOCX files get fixed core properties and fixed timestamps in their ZIP
entries, so a rerun with the same library versions gives identical bytes.

After writing, the script reads every file back (pypdf for the PDFs, python-docx for the DOCX),
checks that the facts the question set relies on are where the questions say they are, and prints
the extracted text.

Everything here is fictional: no real agency, person, number or address is described.
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
AGENCY = "Kestrel Valley Civic Registry"
MAX_BYTES = 60 * 1024
# Fixed timestamp for DOCX core properties and ZIP entries (reruns give the same bytes).
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def heading(number: str) -> str:
    return f"{AGENCY} \u2014 Circular {number}"


SIGNATURE_EN = ["Ilona Marsh", "Director, Kestrel Valley Civic Registry", "14 Alder Lane, Kestrel Valley"]
SIGNATURE_HI = ["इलोना मार्श", "निदेशक, केस्ट्रल वैली सिविक रजिस्ट्री", "14 एल्डर लेन, केस्ट्रल वैली"]


# --------------------------------------------------------------------------------------------
# Texts
# --------------------------------------------------------------------------------------------


def fees_pages(birth_fee: int, supersedes: bool) -> list[list[str]]:
    """The two pages of circular KVR-2026-01 (fees), original or revised."""
    page1 = []
    if supersedes:
        page1.append(
            "This circular supersedes the circular of the same number dated 5 January 2026. "
            "The fee for a certified copy of a birth certificate is revised; all other fees and "
            "rules are unchanged."
        )
    page1 += [
        "This circular sets the fees charged by the Kestrel Valley Civic Registry for certified "
        "copies of civil status certificates. The fees apply to every application received from "
        "the date of this circular, at the counter or by post.",
        f"1. Birth certificate. A certified copy of a birth certificate costs {birth_fee} credits. "
        "The copy is ready the same day when the application is made before 13:00.",
        "2. Death certificate. A certified copy of a death certificate costs 18 credits. Copies "
        "may be requested by a relative, by the executor of the estate or by a person authorised "
        "in writing by either.",
        "3. Marriage certificate. A certified copy of a marriage certificate costs 25 credits. "
        "Either spouse may apply; any other person needs the written consent of one spouse.",
        "Fees are paid at the counter by card or bank transfer. Cash is not accepted. A receipt "
        "is issued for every payment and should be kept until the copy is collected.",
    ]
    page2 = [
        "4. Express service. An applicant who needs a copy within the same hour may ask for "
        "express service at the counter. A surcharge of 12 credits is added to the fee for each "
        "copy issued this way.",
        "5. Postal delivery. Copies can be sent by post to any address in Kestrel Valley for 6 "
        "credits per envelope. Documents sent by post arrive within 5 working days.",
        "6. Fee waivers. People over 75 years of age pay no fee for certified copies of birth, "
        "death and marriage certificates. Proof of age, such as an identity card, is shown when "
        "applying. The express surcharge and the postal charge are not waived.",
        "Counter staff will not accept an application until the fee, or proof of a waiver, has "
        "been checked. Fees already paid are not refunded once a copy has been issued.",
        "Questions about this circular may be directed to the registry helpline, 1577.",
    ]
    return [page1, page2]


FEES = {"number": "KVR-2026-01", "subject": "Fees for certified copies of certificates"}

DOCUMENTS = {
    "number": "KVR-2026-03",
    "date": "19 January 2026",
    "subject": "Documents required for marriage registration and change of name",
    "pages": [
        [
            "This circular lists the documents the Kestrel Valley Civic Registry requires for two "
            "common procedures. Applications that arrive without every listed document will be "
            "returned to the applicant without being processed.",
            "Marriage registration. A marriage is registered by appointment only. Appointments "
            "are booked through the helpline, 1577, or at the information desk.",
            "At the appointment the couple present a completed Form KV-27, signed by both "
            "partners. Blank forms are available at the information desk and may also be printed "
            "at home.",
            "Two witnesses must attend the appointment, each with a valid ID. Witnesses who "
            "cannot show a valid identity document will not be accepted on the day.",
            "Each partner also brings proof of address issued within the last three months, such "
            "as a utility bill or a tenancy agreement. Photocopies are accepted only when the "
            "original is shown at the same time.",
        ],
        [
            "Change of name. A resident who wishes to change a first name or a surname applies "
            "with Form KV-41, completed and signed by the applicant.",
            "The application must include a copy of the gazette notification announcing the new "
            "name. The notification must have been published at least 14 days before the "
            "application is made.",
            "An affidavit stating the old name, the new name and the reason for the change must "
            "also be attached. The affidavit is sworn before a notary or a magistrate.",
            "The registry records the new name within 10 working days and issues an updated "
            "extract of the civil register. Documents issued under the old name remain valid "
            "until they expire.",
            "Questions about this circular may be directed to the registry helpline, 1577.",
        ],
    ],
}

HOURS = {
    "file": "KVR-2026-02-hours.docx",
    "number": "KVR-2026-02",
    "date": "12 January 2026",
    "subject": "Opening hours, helpline and public holidays",
    "intro": [
        "This circular sets the public opening hours of the Kestrel Valley Civic Registry, the "
        "hours of its telephone helpline and the days on which the registry is closed. It "
        "replaces the Tuesday to Saturday timetable used until now."
    ],
    "sections": [
        (
            "1. Opening hours",
            [
                "The public counters are open from Monday to Friday, 08:30 to 15:30.",
                "On Saturday the counters are open from 09:00 to 12:00, for the collection of "
                "ready documents and for applications that need no appointment.",
                "The registry is closed on Sundays. Visitors who are inside the building when the "
                "counters close will still be served.",
            ],
        ),
        (
            "2. Helpline",
            [
                "The registry helpline, 1577, answers on weekdays from 09:00 to 13:00.",
                "Callers can book appointments, ask which documents an application needs and "
                "follow the progress of an application already made. The helpline does not take "
                "payments.",
            ],
        ),
        (
            "3. Holidays",
            [
                "The registry is closed on 1 January, 15 August and 2 October. The helpline is "
                "also closed on these days.",
                "Applications due on a day when the registry is closed may be made on the next "
                "working day without penalty.",
            ],
        ),
    ],
    "signature": SIGNATURE_EN,
    "language": "en",
}

DIGITAL = {
    "file": "KVR-2026-04-digital.docx",
    "number": "KVR-2026-04",
    "date": "2 February 2026",
    "subject": "Online applications, digital signatures and e-certificates",
    "intro": [
        "This circular describes the digital services of the Kestrel Valley Civic Registry. Paper "
        "applications at the counter remain available to everyone."
    ],
    "sections": [
        (
            "1. Online applications",
            [
                "Applications for certified copies, appointments and changes of address can be "
                "made online through the registry portal at portal.kestrel.example.",
                "An applicant creates an account with an e-mail address and a telephone number. "
                "Fees for online applications are paid by card or bank transfer, as at the "
                "counter.",
            ],
        ),
        (
            "2. Digital signatures",
            [
                "Digital signatures are accepted on applications from 1 March 2026. Until then, "
                "online applications must be printed, signed by hand and brought to the counter.",
                "A digital signature has the same effect as a handwritten signature. An "
                "application signed digitally does not need to be presented in person, except "
                "where a procedure requires an appointment.",
            ],
        ),
        (
            "3. E-certificates",
            [
                "Certified copies can be issued as e-certificates in PDF form. Every e-certificate carries a QR code.",
                "Anyone who receives an e-certificate, such as a bank or an employer, can check "
                "that it is genuine by scanning the QR code or by entering its reference number at "
                "verify.kestrel.example. No account is needed to verify a certificate.",
            ],
        ),
    ],
    "signature": SIGNATURE_EN,
    "language": "en",
}

FEES_HI = {
    "file": "KVR-2026-01-fees-hi.docx",
    "number": "KVR-2026-01",
    "subtitle": "केस्ट्रल वैली सिविक रजिस्ट्री — परिपत्र KVR-2026-01 (हिंदी संस्करण)",
    "date": "दिनांक: 5 जनवरी 2026",
    "subject": "विषय: प्रमाणपत्रों की प्रमाणित प्रतियों का शुल्क",
    "intro": ["यह अंग्रेज़ी परिपत्र KVR-2026-01 का हिंदी संस्करण है। किसी अंतर की स्थिति में अंग्रेज़ी संस्करण मान्य होगा।"],
    "sections": [
        (
            "1. प्रमाणपत्र शुल्क",
            [
                "यह परिपत्र केस्ट्रल वैली सिविक रजिस्ट्री द्वारा नागरिक प्रमाणपत्रों की प्रमाणित "
                "प्रतियों के शुल्क तय करता है। ये शुल्क इस परिपत्र की तारीख से मिलने वाले हर आवेदन "
                "पर लागू होते हैं।",
                "जन्म प्रमाणपत्र की प्रमाणित प्रति का शुल्क 18 क्रेडिट है। दोपहर 13:00 से पहले "
                "आवेदन करने पर प्रति उसी दिन मिल जाती है।",
                "मृत्यु प्रमाणपत्र की प्रमाणित प्रति का शुल्क 18 क्रेडिट है।",
                "विवाह प्रमाणपत्र की प्रमाणित प्रति का शुल्क 25 क्रेडिट है।",
                "शुल्क का भुगतान काउंटर पर कार्ड या बैंक ट्रांसफर से होता है। नकद स्वीकार नहीं किया जाता।",
            ],
        ),
        (
            "2. अन्य सेवाएँ",
            [
                "एक्सप्रेस सेवा: जिन आवेदकों को प्रति उसी घंटे में चाहिए, वे काउंटर पर एक्सप्रेस "
                "सेवा माँग सकते हैं। इस सेवा में हर प्रति पर 12 क्रेडिट का अतिरिक्त शुल्क लगता है।",
                "डाक से भेजना: प्रतियाँ केस्ट्रल वैली के किसी भी पते पर डाक से भेजी जा सकती हैं। "
                "इसका शुल्क हर लिफ़ाफ़े पर 6 क्रेडिट है। डाक से भेजे गए दस्तावेज़ 5 कार्य दिवसों "
                "के भीतर पहुँच जाते हैं।",
                "शुल्क में छूट: 75 वर्ष से अधिक आयु के लोगों से प्रमाणित प्रतियों का शुल्क नहीं "
                "लिया जाता। आवेदन के समय आयु का प्रमाण, जैसे पहचान पत्र, दिखाना होता है। "
                "एक्सप्रेस सेवा और डाक का शुल्क माफ़ नहीं होता।",
                "इस परिपत्र के बारे में प्रश्न रजिस्ट्री की हेल्पलाइन 1577 पर पूछे जा सकते हैं।",
            ],
        ),
    ],
    "signature": SIGNATURE_HI,
    "language": "hi",
}

WITNESSES_HI = {
    "file": "KVR-2026-05-witnesses-hi.docx",
    "number": "KVR-2026-05",
    "subtitle": "केस्ट्रल वैली सिविक रजिस्ट्री — परिपत्र KVR-2026-05",
    "date": "दिनांक: 9 फ़रवरी 2026",
    "subject": "विषय: विवाह पंजीकरण में गवाहों के नियम",
    "intro": ["यह परिपत्र विवाह पंजीकरण के समय गवाहों से जुड़े नियम बताता है। इसे परिपत्र KVR-2026-03 के साथ पढ़ा जाए।"],
    "sections": [
        (
            "1. गवाहों की संख्या और आयु",
            [
                "हर विवाह पंजीकरण के लिए दो गवाह ज़रूरी हैं।",
                "दोनों गवाहों की आयु 21 वर्ष से अधिक होनी चाहिए। गवाह वर या वधू के रिश्तेदार या मित्र हो सकते हैं।",
            ],
        ),
        (
            "2. पहचान पत्र",
            [
                "हर गवाह को एक वैध पहचान पत्र दिखाना होगा। रजिस्ट्री पहचान पत्र के रूप में केवल "
                "आधार कार्ड या पासपोर्ट स्वीकार करती है।",
                "पहचान पत्र की अवधि पंजीकरण के दिन समाप्त नहीं होनी चाहिए। फ़ोटोकॉपी तभी स्वीकार "
                "होती है जब मूल पत्र साथ में दिखाया जाए।",
            ],
        ),
        (
            "3. उपस्थिति",
            [
                "दोनों गवाहों को पंजीकरण के समय व्यक्तिगत रूप से उपस्थित रहना होगा। वीडियो कॉल "
                "या किसी प्रतिनिधि के माध्यम से दी गई गवाही स्वीकार नहीं की जाती।",
                "पंजीकरण अधिकारी गवाहों के हस्ताक्षर फॉर्म KV-27 पर लेते हैं। प्रश्नों के लिए रजिस्ट्री की हेल्पलाइन 1577 पर संपर्क करें।",
            ],
        ),
    ],
    "signature": SIGNATURE_HI,
    "language": "hi",
}


# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN = 25 * mm
TEXT_W = PAGE_W - 2 * MARGIN
BODY_FONT, BODY_SIZE, LEADING = "Helvetica", 11, 15


def write_pdf(path: Path, number: str, date: str, subject: str, pages: list[list[str]]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(f"Circular {number}: {subject}")
    c.setAuthor(AGENCY)
    c.setSubject(subject)
    c.setCreator("appliance/samples/circulars/make.py")
    total = len(pages)
    for index, paragraphs in enumerate(pages, start=1):
        y = PAGE_H - MARGIN
        c.setFont("Helvetica-Bold", 14)
        title = heading(number) if index == 1 else f"{heading(number)} (continued)"
        c.drawString(MARGIN, y, title)
        y -= 22
        c.setFont(BODY_FONT, BODY_SIZE)
        if index == 1:
            c.drawString(MARGIN, y, f"Date: {date}")
            y -= LEADING
            c.setFont("Helvetica-Bold", BODY_SIZE)
            for line in simpleSplit(f"Subject: {subject}", "Helvetica-Bold", BODY_SIZE, TEXT_W):
                c.drawString(MARGIN, y, line)
                y -= LEADING
            c.setFont(BODY_FONT, BODY_SIZE)
        y -= 8
        for paragraph in paragraphs:
            for line in simpleSplit(paragraph, BODY_FONT, BODY_SIZE, TEXT_W):
                c.drawString(MARGIN, y, line)
                y -= LEADING
            y -= 8
        if index == total:
            y -= 10
            for line in SIGNATURE_EN:
                c.drawString(MARGIN, y, line)
                y -= LEADING
        if y < MARGIN + 20:
            raise SystemExit(f"{path.name}: page {index} overflows; shorten its text")
        c.setFont(BODY_FONT, 9)
        c.drawCentredString(PAGE_W / 2, MARGIN / 2, f"Circular {number} \u2014 page {index} of {total}")
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a DOCX (a ZIP) with fixed entry timestamps, keeping entry order and contents."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def write_docx(path: Path, spec: dict, date_iso: _dt.datetime) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    if spec["language"] == "hi":
        # Word picks the complex-script font for Devanagari; name one that ships with Windows.
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:cs"), "Nirmala UI")
        lang = rpr.makeelement(qn("w:lang"), {qn("w:val"): "en-GB", qn("w:bidi"): "hi-IN"})
        rpr.append(lang)

    doc.add_heading(heading(spec["number"]), level=0)
    if "subtitle" in spec:
        doc.add_paragraph(spec["subtitle"])
        doc.add_paragraph(spec["date"])
        doc.add_paragraph().add_run(spec["subject"]).bold = True
    else:
        doc.add_paragraph(f"Date: {spec['date']}")
        doc.add_paragraph().add_run(f"Subject: {spec['subject']}").bold = True
    for text in spec["intro"]:
        doc.add_paragraph(text)
    for title, paragraphs in spec["sections"]:
        doc.add_heading(title, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.add_paragraph()
    for line in spec["signature"]:
        doc.add_paragraph(line)

    props = doc.core_properties
    props.author = AGENCY
    props.last_modified_by = AGENCY
    props.title = f"Circular {spec['number']}"
    props.subject = spec["subject"].split(": ", 1)[-1]
    props.language = "hi-IN" if spec["language"] == "hi" else "en-GB"
    props.revision = 1
    props.created = date_iso
    props.modified = date_iso
    props.last_printed = date_iso
    props.comments = "Fictional sample document, generated by appliance/samples/circulars/make.py"

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------------------------
# Build and check
# --------------------------------------------------------------------------------------------


def build() -> list[Path]:
    (HERE / "superseded").mkdir(exist_ok=True)
    made = []

    def pdf(name: str, **kw) -> None:
        path = HERE / name
        write_pdf(path, **kw)
        made.append(path)

    pdf(
        "KVR-2026-01-fees.pdf",
        number=FEES["number"],
        date="5 January 2026",
        subject=FEES["subject"],
        pages=fees_pages(birth_fee=18, supersedes=False),
    )
    pdf(
        "superseded/KVR-2026-01-fees.pdf",
        number=FEES["number"],
        date="1 June 2026",
        subject=FEES["subject"],
        pages=fees_pages(birth_fee=22, supersedes=True),
    )
    pdf(
        "KVR-2026-03-documents.pdf",
        number=DOCUMENTS["number"],
        date=DOCUMENTS["date"],
        subject=DOCUMENTS["subject"],
        pages=DOCUMENTS["pages"],
    )
    for spec, when in (
        (HOURS, _dt.datetime(2026, 1, 12, 9, 0, 0)),
        (DIGITAL, _dt.datetime(2026, 2, 2, 9, 0, 0)),
        (FEES_HI, _dt.datetime(2026, 1, 5, 9, 0, 0)),
        (WITNESSES_HI, _dt.datetime(2026, 2, 9, 9, 0, 0)),
    ):
        path = HERE / spec["file"]
        write_docx(path, spec, when)
        made.append(path)
    return made


def extract(path: Path) -> list[str]:
    """The text of each page (PDF) or the whole document as one entry (DOCX)."""
    if path.suffix == ".pdf":
        return [page.extract_text() or "" for page in PdfReader(path).pages]
    doc = Document(str(path))
    return ["\n".join(p.text for p in doc.paragraphs if p.text)]


# (file, page index or None for DOCX, text that must be there)
EXPECTED = [
    ("KVR-2026-01-fees.pdf", 0, "birth certificate costs 18 credits"),
    ("KVR-2026-01-fees.pdf", 0, "death certificate costs 18 credits"),
    ("KVR-2026-01-fees.pdf", 0, "marriage certificate costs 25 credits"),
    ("KVR-2026-01-fees.pdf", 1, "surcharge of 12 credits"),
    ("KVR-2026-01-fees.pdf", 1, "6 credits per envelope"),
    ("KVR-2026-01-fees.pdf", 1, "over 75 years"),
    ("superseded/KVR-2026-01-fees.pdf", 0, "birth certificate costs 22 credits"),
    ("superseded/KVR-2026-01-fees.pdf", 0, "supersedes the circular of the same number dated 5 January 2026"),
    ("superseded/KVR-2026-01-fees.pdf", 0, "1 June 2026"),
    ("superseded/KVR-2026-01-fees.pdf", 0, "death certificate costs 18 credits"),
    ("superseded/KVR-2026-01-fees.pdf", 1, "surcharge of 12 credits"),
    ("KVR-2026-03-documents.pdf", 0, "Form KV-27"),
    ("KVR-2026-03-documents.pdf", 0, "valid ID"),
    ("KVR-2026-03-documents.pdf", 0, "proof of address"),
    ("KVR-2026-03-documents.pdf", 1, "Form KV-41"),
    ("KVR-2026-03-documents.pdf", 1, "gazette notification"),
    ("KVR-2026-03-documents.pdf", 1, "affidavit"),
    ("KVR-2026-02-hours.docx", None, "Monday to Friday, 08:30 to 15:30"),
    ("KVR-2026-02-hours.docx", None, "Saturday the counters are open from 09:00 to 12:00"),
    ("KVR-2026-02-hours.docx", None, "1577, answers on weekdays from 09:00 to 13:00"),
    ("KVR-2026-02-hours.docx", None, "1 January, 15 August and 2 October"),
    ("KVR-2026-04-digital.docx", None, "from 1 March 2026"),
    ("KVR-2026-04-digital.docx", None, "verify.kestrel.example"),
    ("KVR-2026-04-digital.docx", None, "QR code"),
    ("KVR-2026-01-fees-hi.docx", None, "18 क्रेडिट"),
    ("KVR-2026-01-fees-hi.docx", None, "25 क्रेडिट"),
    ("KVR-2026-01-fees-hi.docx", None, "12 क्रेडिट"),
    ("KVR-2026-01-fees-hi.docx", None, "6 क्रेडिट"),
    ("KVR-2026-01-fees-hi.docx", None, "75 वर्ष"),
    ("KVR-2026-05-witnesses-hi.docx", None, "दो गवाह"),
    ("KVR-2026-05-witnesses-hi.docx", None, "21 वर्ष"),
    ("KVR-2026-05-witnesses-hi.docx", None, "आधार"),
    ("KVR-2026-05-witnesses-hi.docx", None, "पासपोर्ट"),
    ("KVR-2026-05-witnesses-hi.docx", None, "व्यक्तिगत रूप से"),
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def check(made: list[Path]) -> list[str]:
    problems = []
    texts = {str(p.relative_to(HERE)): [_flat(t) for t in extract(p)] for p in made}
    for path in made:
        rel = str(path.relative_to(HERE))
        size = path.stat().st_size
        if size >= MAX_BYTES:
            problems.append(f"{rel}: {size} bytes, over {MAX_BYTES}")
        if path.suffix == ".pdf" and len(texts[rel]) != 2:
            problems.append(f"{rel}: {len(texts[rel])} pages, expected 2")
        if not any(heading(rel.split("/")[-1][:11]) in t for t in texts[rel]):
            problems.append(f"{rel}: heading missing")
    for rel, page, needle in EXPECTED:
        pages = texts[rel]
        hay = pages[page] if page is not None else pages[0]
        if needle not in hay:
            where = f"page {page + 1}" if page is not None else "text"
            problems.append(f"{rel}: {needle!r} not found in {where}")
    # Each other page must not carry the fact a question points at a single page for.
    if "18 credits" in texts["KVR-2026-01-fees.pdf"][1]:
        problems.append("KVR-2026-01-fees.pdf: '18 credits' also on page 2")
    if "birth certificate costs 18" in texts["superseded/KVR-2026-01-fees.pdf"][0]:
        problems.append("superseded/KVR-2026-01-fees.pdf: birth fee still 18")
    # Hindi: every body sentence ends with the danda (no stray full stops after Devanagari).
    for spec in (FEES_HI, WITNESSES_HI):
        for paragraph in spec["intro"] + [p for _, ps in spec["sections"] for p in ps]:
            if not paragraph.endswith("।"):
                problems.append(f"{spec['file']}: paragraph does not end with '।': {paragraph[:40]}…")
            if ". " in paragraph or paragraph.endswith("."):
                problems.append(f"{spec['file']}: full stop used as a sentence end: {paragraph[:40]}…")
    return problems


def main(argv: list[str]) -> int:
    made = build()
    problems = check(made)
    if "--quiet" not in argv:
        for path in made:
            rel = path.relative_to(HERE)
            print(f"==== {rel} ({path.stat().st_size} bytes)")
            for index, text in enumerate(extract(path), start=1):
                if path.suffix == ".pdf":
                    print(f"---- page {index}")
                print(text.rstrip())
            print()
    for path in made:
        print(f"{path.relative_to(HERE)}: {path.stat().st_size} bytes")
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ")
        return 1
    print(f"ok: {len(made)} files, {len(EXPECTED)} expected facts found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
