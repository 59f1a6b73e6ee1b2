"""``make demo-docs``: the sample agency's circulars as a document collection, answered with
citations, in English and Hindi; a circular superseded by a new version changes the answer.

The circulars (``samples/circulars``: PDFs and DOCX files made by the project, fictional) are
imported into a sealed collection; questions are asked in both languages through ``appliance
ask`` with the built-in model (its q8_0 export, made and verified first if ``make demo`` has not
made it); the fees circular is then replaced by its revised version (a birth certificate's copy
from 18 to 22 credits) and the same question is asked again; finally the suite of retrieval cases
is evaluated (recall@k, MRR, citation rate) and the audit log verified. Each step is an
``appliance`` command run as its own process, printed first, as in ``make demo``; the demo checks
the citations and the changed answer itself and says PASS or FAIL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from appliance.demos.loop import BASE, _passphrase_file, step
from appliance.samples import SAMPLES

COLLECTION = "circulars"
CIRCULARS = SAMPLES / "circulars"
FILES = [
    "KVR-2026-01-fees.pdf",
    "KVR-2026-02-hours.docx",
    "KVR-2026-03-documents.pdf",
    "KVR-2026-04-digital.docx",
    "KVR-2026-01-fees-hi.docx",
    "KVR-2026-05-witnesses-hi.docx",
]
FEE_EN = "How much does a copy of a birth certificate cost?"
FEE_HI = "जन्म प्रमाणपत्र की एक प्रति का शुल्क कितना है?"
WITNESS_HI = "विवाह पंजीकरण के लिए गवाहों की क्या शर्तें हैं?"


def _state() -> dict:
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault
    from appliance.states import ExportStatus

    home = Home.open()
    with Catalog.open(home) as cat:
        base = cat.find_model(BASE)
        exports = [
            e
            for e in (cat.list_exports(base["id"]) if base else [])
            if e["quant"] == "q8_0" and e["status"] == ExportStatus.VERIFIED
        ]
        return {
            "initialised": Vault(cat).initialised,
            "export": exports[-1]["id"] if exports else None,
            "collection": bool(cat.db["collections"].count_where("name = ?", [COLLECTION])),
        }


def _ask_json(P: list[str], export: str, question: str) -> dict:
    """``appliance ask --json`` as its own process; the demo reads its answer and citations."""
    argv = [
        *P,
        "ask",
        COLLECTION,
        question,
        "--model",
        export,
        "--json",
        "--temperature",
        "0",
        "--max-tokens",
        "60",
        "-k",
        "2",
        "--repeat-penalty",
        "1.0",
    ]
    print(f"\n$ appliance {' '.join(a if ' ' not in a else repr(a) for a in argv)}", flush=True)
    p = subprocess.run([sys.executable, "-m", "appliance", *argv], capture_output=True, text=True)
    if p.returncode != 0:
        print(p.stderr, file=sys.stderr)
        raise SystemExit(p.returncode)
    doc = json.loads(p.stdout)
    print(f"answer: {doc['answer'].strip()}")
    for c in doc["citations"]:
        where = f"p. {c['page']}" if c.get("page") else c.get("anchor") or ""
        print(
            f"  {'*' if c['cited'] else ' '}[{c['index']}] {c['document']} v{c['version']} {where}  ({c['score']:.4f})"
        )
    return doc


def _check(label: str, ok: bool) -> bool:
    print(f"{'PASS' if ok else 'FAIL'}: {label}", flush=True)
    return ok


def main() -> int:
    from appliance.offline import install_network_guard

    install_network_guard()
    started = time.perf_counter()
    print(f"Appliance home for the demo: {os.environ.get('APPLIANCE_HOME', '(default)')}")
    P = ["--passphrase-file", _passphrase_file()]
    st = _state()
    if not st["initialised"]:
        step("D0. Create the workspace keys and the audit log (demo passphrase)", *P, "init")
    if not st["export"]:
        step(f"D0b. Export {BASE} to GGUF (q8_0) through the verification gate", "export", BASE, "--quant", "q8_0")
    export = _state()["export"]
    if _state()["collection"]:
        step(
            "D1. Start again from an empty collection (every document crypto-erased)",
            *P,
            "docs",
            "drop",
            COLLECTION,
            "--yes",
        )
    step(
        "D1. A collection for the circulars: chunks of 100 tokens of the model that answers (a 135M model reads short sources best)",
        "docs",
        "create",
        COLLECTION,
        "--description",
        "Kestrel Valley Civic Registry circulars",
        "--tokenizer",
        BASE,
        "--chunk-tokens",
        "100",
        "--overlap",
        "20",
    )
    step(
        "D2. Import four English circulars (PDF, DOCX) and two Hindi ones (DOCX): each sealed under its own key",
        *P,
        "docs",
        "import",
        *[str(CIRCULARS / f) for f in FILES],
        "-c",
        COLLECTION,
    )
    step(
        "D3. What the collection holds (names and counts: no key needed, no text in the catalog)",
        "docs",
        "list",
        COLLECTION,
    )
    step(
        "D4. What a question retrieves: both channels' ranks, fused",
        *P,
        "docs",
        "search",
        COLLECTION,
        FEE_EN,
        "-k",
        "3",
    )
    ok = True
    print("\n\033[1m== D5. Answers with citations (the built-in model, its verified q8_0 export)\033[0m")
    doc = _ask_json(P, export, FEE_EN)
    ok &= _check(
        "English fee question: first source is the fees circular, page 1",
        doc["citations"][0]["document"] == "KVR-2026-01-fees" and doc["citations"][0]["page"] == 1,
    )
    ok &= _check("the answer says 18 credits", "18" in doc["answer"])
    doc = _ask_json(P, export, FEE_HI)
    ok &= _check(
        "Hindi fee question: first source is the Hindi fees circular",
        doc["citations"][0]["document"] == "KVR-2026-01-fees-hi",
    )
    doc = _ask_json(P, export, WITNESS_HI)
    ok &= _check(
        "Hindi witness question: first source is the Hindi witnesses circular",
        doc["citations"][0]["document"] == "KVR-2026-05-witnesses-hi",
    )
    step(
        "D6. The fees circular is superseded: the revised file, same name, becomes version 2",
        *P,
        "docs",
        "import",
        str(CIRCULARS / "superseded" / "KVR-2026-01-fees.pdf"),
        "-c",
        COLLECTION,
    )
    step("D7. Its versions (version 1 kept, never searched again)", "docs", "versions", COLLECTION, "KVR-2026-01-fees")
    print("\n\033[1m== D8. The same question after the change\033[0m")
    doc = _ask_json(P, export, FEE_EN)
    first = doc["citations"][0]
    ok &= _check(
        "first source is the fees circular's version 2",
        first["document"] == "KVR-2026-01-fees" and first["version"] == 2,
    )
    ok &= _check("the answer now says 22 credits", "22" in doc["answer"])
    step(
        "D9. Import the suite of retrieval cases (expected sources per question)",
        *P,
        "suites",
        "import",
        str(CIRCULARS / "suite.toml"),
    )
    step(
        "D10. Evaluate: answers scored, and retrieval recall@k, MRR and citation rate",
        *P,
        "eval",
        export,
        "--suite",
        "circulars",
    )
    step("D11. The audit log: every import, retrieval and answer, ids only", *P, "audit", "verify")
    print(
        f"\nDocuments demo finished in {time.perf_counter() - started:.0f} s: {'every check passed' if ok else 'SOME CHECKS FAILED'}."
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
