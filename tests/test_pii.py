"""The personal-data check (appliance/data/pii.py): each kind found and validated, look-alikes
left alone, masking that leaves no value, and the import's three policies through the real
DatasetStore, its sealed files, its catalog and its encrypted audit log."""

from __future__ import annotations

import json

import pytest
from conftest import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import iban, luhn, verhoeff

from appliance.data import pii
from appliance.errors import InvalidInputError


def _aadhaar(body11: str) -> str:
    return body11 + verhoeff.calc_check_digit(body11)


def _card(body: str) -> str:
    return body + luhn.calc_check_digit(body)


AADHAAR = _aadhaar("23412341234")  # 234123412346, stdnum's own example
RUPAY = _card("608000000000000")  # a 16-digit RuPay-range number with a valid Luhn digit


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in pii.find(text)]


# --- each kind, valid examples from the standards --------------------------------------------------


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("Write to raj.kumar@example.co.in today.", "email", "raj.kumar@example.co.in"),
        ("कृपया anita.sharma+hr@mail.gov.in पर लिखें", "email", "anita.sharma+hr@mail.gov.in"),
        ("Écrivez à marie.dupont@exemple.fr.", "email", "marie.dupont@exemple.fr"),
        ("Call +91 98765 43210 after six", "phone", "+91 98765 43210"),
        ("मेरा नंबर 98765 43210 है", "phone", "98765 43210"),
        ("Appelez le 01 42 68 53 00 svp", "phone", "01 42 68 53 00"),
        ("Ring 020 7946 0958 now", "phone", "020 7946 0958"),
        ("Tel. 030 901820 (Berlin)", "phone", "030 901820"),
        ("US office (415) 555-2671", "phone", "(415) 555-2671"),
        ("Dubai +971 50 123 4567", "phone", "+971 50 123 4567"),
        ("Mobile:9876543210", "phone", "9876543210"),
        ("Fax 01.42.68.53.00", "phone", "01.42.68.53.00"),
        ("call 00 91 98765 43210", "phone", "00 91 98765 43210"),
        ("phone=+919876543210", "phone", "+919876543210"),
        ("Visa 4111 1111 1111 1111 exp 12/26", "payment_card", "4111 1111 1111 1111"),
        ("MC 5555-5555-5555-4444.", "payment_card", "5555-5555-5555-4444"),
        ("Amex 3782 822463 10005", "payment_card", "3782 822463 10005"),
        (f"RuPay {RUPAY}", "payment_card", RUPAY),
        ("IBAN FR76 3000 6000 0112 3456 7890 189 please", "iban", "FR76 3000 6000 0112 3456 7890 189"),
        ("Konto DE89370400440532013000", "iban", "DE89370400440532013000"),
        ("GB82 WEST 1234 5698 7654 32", "iban", "GB82 WEST 1234 5698 7654 32"),
        ("AE07 0331 2345 6789 0123 456 in Dubai", "iban", "AE07 0331 2345 6789 0123 456"),
        (
            f"Aadhaar {AADHAAR[:4]} {AADHAAR[4:8]} {AADHAAR[8:]}",
            "aadhaar",
            f"{AADHAAR[:4]} {AADHAAR[4:8]} {AADHAAR[8:]}",
        ),
        (f"आधार: {AADHAAR[:4]}-{AADHAAR[4:8]}-{AADHAAR[8:]}", "aadhaar", f"{AADHAAR[:4]}-{AADHAAR[4:8]}-{AADHAAR[8:]}"),
        (f"UID {AADHAAR}.", "aadhaar", AADHAAR),
        ("PAN ABCPE1234F on file", "pan", "ABCPE1234F"),
        ("पैन AAACT2727Q कंपनी", "pan", "AAACT2727Q"),
    ],
)
def test_each_kind_is_found(text, kind, value):
    assert kinds(text) == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Card 4111 1111 1111 1112 (fails Luhn)",
        "Account 1234567812345678",  # 16 digits, no valid Luhn
        "0000 0000 0000 0000",
        f"Aadhaar {AADHAAR[:-1]}{(int(AADHAAR[-1]) + 1) % 10}",  # Verhoeff fails
        "Ref 123456789012 and 023412341234",  # start with 1 or 0
        "Code ABCDE1234F and ABCKE1234F",  # 4th letter outside ABCFGHLJPT
        "GB82 WEST 1234 5698 7654 33",  # mod-97 fails
        "DE89370400440532013001",
        "release v2.14.3 and 10.2.3.4567",
        "on 2024-06-11 at 10:22:33, or 11/06/2024 15:30",
        "order #9123456780 and invoice INV-2024-000417, ticket 9812345678",
        "ISBN 978-3-16-148410-0 and 0-306-40615-2",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "epoch 1718031234 and 1718031234567, ts=1513232462, at 1696460578958 ms",
        "on 09.06.1991, build 7.0.1738.6685",
        "account 4950 7293 6439 2843",  # fails Luhn; phonenumbers reads it as a German number
        "IBAN AE04 4131 9862 2332 3106 629",  # fails mod-97: its digits are no phone or Aadhaar either
        "code: a@b and x@y.z1 and icon@2x.png",
    ],
)
def test_look_alikes_are_not_flagged(text):
    assert pii.find(text) == []


def test_aadhaar_and_pan_checks_are_the_librarys():
    from stdnum.in_ import aadhaar, pan

    assert aadhaar.is_valid(AADHAAR) and pii.find(AADHAAR)
    assert pan.is_valid("ABCKE1234F") and not pii.find("ABCKE1234F")  # stdnum allows K; the brief's set does not
    assert iban.is_valid("GB82WEST12345698765432")


def test_overlaps_resolve_and_findings_are_sorted():
    text = "mail a.b@example.com, card 4111111111111111 2024, phone +44 20 7946 0958, PAN ABCPE1234F"
    assert [k for k, _ in kinds(text)] == ["email", "payment_card", "phone", "pan"]


def test_mask_leaves_no_value_and_keeps_the_rest():
    values = [
        "raj@example.in",
        "+91 98765 43210",
        "4111 1111 1111 1111",
        "DE89370400440532013000",
        AADHAAR,
        "ABCPE1234F",
    ]
    text = "Dear Raj, " + "; ".join(values) + ". Thanks."
    masked = pii.mask(text, pii.find(text))
    assert masked == "Dear Raj, [EMAIL]; [PHONE]; [CARD]; [IBAN]; [AADHAAR]; [PAN]. Thanks."
    assert not any(v in masked for v in values) and pii.find(masked) == []


def test_scan_summary_and_record_masking():
    scan = pii.Scan()
    rec = {"messages": [{"role": "user", "content": "I am raj@example.in"}, {"role": "assistant", "content": "OK"}]}
    out = scan.record(3, rec, masking=True)
    assert out["messages"][0] == {"role": "user", "content": "I am [EMAIL]"} and rec["messages"][0]["content"].endswith(
        ".in"
    )
    scan.row(7, "output", "call +91 98765 43210 or +91 98765 43211")
    s = scan.summary()
    assert s["counts"]["email"] == 1 and s["counts"]["phone"] == 2 and s["rows_with_findings"] == 2
    assert s["first"][0] == {"line": 3, "field": "messages[0].content", "kind": "email"}
    assert "raj" not in json.dumps(s) and "98765" not in json.dumps(s)
    assert pii.mask_record({"text": "x raj@example.in", "split": "eval"}) == {"text": "x [EMAIL]", "split": "eval"}


def test_describe():
    summary = {"counts": {"email": 3, "phone": 1}, "policy": "mask"}
    assert str(pii.describe(summary)) == "Personal data: 3 e-mail addresses, 1 phone number (masked)"
    assert str(pii.describe({"counts": dict.fromkeys(pii.KINDS, 0)})) == "Personal data: none found"


_ALPHABET = st.sampled_from(list("0123456789 -+@.()/:#ABCDEFPTXWabcemoz_\nआधार") + ["9876", "4111", " +91 ", "@x.in"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_find_never_crashes_and_never_overlaps(text):
    found = pii.find(text)
    assert all(0 <= f.start < f.end <= len(text) and f.kind in pii.KINDS for f in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    masked = pii.mask(text, found)
    placed = sum(masked.count(p) - text.count(p) for p in pii.PLACEHOLDERS.values())
    assert placed == len(found)  # each finding replaced by its placeholder, nothing else touched


# --- the import ----------------------------------------------------------------------------------

EMAIL, PHONE = "anita.sharma@mail.gov.in", "+91 98765 43210"
ROWS = [
    {"instruction": "Who handles permits?", "output": f"Write to {EMAIL} or call {PHONE}."},
    {"instruction": "Where is the archive?", "output": "In building C, room 0.14."},
    {"instruction": "My Aadhaar?", "input": f"It is {AADHAAR}", "output": "Never share it in a chat."},
]
VALUES = (EMAIL, PHONE, AADHAAR, "98765 43210")


def _file(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    return path


def _audit_plaintext(catalog, mk) -> list[dict]:
    from appliance.audit.log import AuditLog
    from appliance.audit.verify import verify

    log = AuditLog(catalog)
    st_ = log.state()
    res = verify(
        st_["log_id"],
        log.iter_rows(),
        log.checkpoints(),
        st_["signing_public"],
        audit_private=log.audit_private_key(mk),
    )
    assert res.ok, res.summary()
    recs = [r for r in res.decrypted if r["action"] == "dataset.import"]
    assert not any(v in json.dumps(r, ensure_ascii=False) for r in res.decrypted for v in VALUES)
    return recs[-1]  # the import's last commit (the first may be the workspace's id key, made on first use)


def _no_value_in_catalog(home):
    for path in home.root.glob("catalog.db*"):
        data = path.read_bytes()
        assert not any(v.encode() in data for v in VALUES), path


def test_import_report_keeps_rows_and_records_counts(datasets, home, catalog, unlocked, tmp_path):
    row, _, created = datasets.import_file(_file(tmp_path), name="ds")
    assert created and row["pii"]["policy"] == "report"
    assert row["pii"]["counts"] == {**dict.fromkeys(pii.KINDS, 0), "email": 1, "phone": 1, "aadhaar": 1}
    assert row["pii"]["rows_with_findings"] == 2
    assert {(f["line"], f["field"], f["kind"]) for f in row["pii"]["first"]} == {
        (1, "output", "email"),
        (1, "output", "phone"),
        (3, "input", "aadhaar"),
    }
    back = datasets.read_records("ds")
    assert EMAIL in back[0]["output"]  # report: imported as is
    stored = datasets.get("ds")["pii"]  # a JSON column: decoded by the catalog
    assert stored["counts"]["email"] == 1 and stored["policy"] == "report"
    rec = _audit_plaintext(catalog, unlocked)
    assert rec["outputs"]["pii"] == {"policy": "report", "counts": row["pii"]["counts"]}
    assert rec["params"]["pii"] == "report"
    _no_value_in_catalog(home)


def test_import_mask_seals_no_value(datasets, home, catalog, unlocked, tmp_path):
    row, _, _ = datasets.import_file(_file(tmp_path), name="ds", pii="mask")
    assert row["pii"]["policy"] == "mask" and row["pii"]["counts"]["email"] == 1
    back = datasets.read_records("ds")
    text = json.dumps(back, ensure_ascii=False)
    assert not any(v in text for v in VALUES)
    assert back[0]["output"] == "Write to [EMAIL] or call [PHONE]." and back[2]["input"] == "It is [AADHAAR]"
    exported = datasets.export("ds", tmp_path / "plain.jsonl").read_text(encoding="utf-8")
    assert "[EMAIL]" in exported and EMAIL not in exported
    assert _audit_plaintext(catalog, unlocked)["outputs"]["pii"]["policy"] == "mask"
    _no_value_in_catalog(home)
    # The same file imported as is is other content: a new version, not the masked one.
    again, _, created = datasets.import_file(_file(tmp_path), name="ds")
    assert created and again["version"] == 2


def test_import_refuse_writes_nothing(datasets, home, catalog, unlocked, tmp_path):
    with pytest.raises(InvalidInputError) as exc:
        datasets.import_file(_file(tmp_path), name="ds", pii="refuse")
    message, hint = str(exc.value.message), str(exc.value.hint)
    assert "line 1 (output: email)" in message and "line 3 (input: aadhaar)" in message
    assert "--pii mask" in hint
    assert not any(v in message + hint for v in VALUES)
    assert list(catalog.db["datasets"].rows) == []
    assert not list(home.datasets_dir.glob("*")) and not list(home.tmp_dir.rglob("*.sealed"))
    rec = _audit_plaintext(catalog, unlocked)
    assert rec["outcome"] == "refused" and rec["outputs"]["pii"]["counts"]["aadhaar"] == 1


def test_import_refuse_accepts_clean_files_and_unknown_policy_is_an_error(datasets, tmp_path):
    path = tmp_path / "clean.jsonl"
    path.write_text(json.dumps({"instruction": "Hours?", "output": "Nine to five, room 0.14."}) + "\n")
    row, _, created = datasets.import_file(path, name="clean", pii="refuse")
    assert created and row["pii"]["rows_with_findings"] == 0
    with pytest.raises(InvalidInputError):
        datasets.import_file(path, name="clean", pii="ignore")


def test_cli_import_mask_and_show(home, pfile, capsys, tmp_path):
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "datasets", "import", str(_file(tmp_path)), "--name", "d",
        "--tokenizer", "none", "--pii", "mask",
    )  # fmt: skip
    assert code == 0, err
    assert "Personal data: 1 e-mail address, 1 phone number, 1 Aadhaar number (masked)" in out
    code, out, err = run(capsys, "datasets", "show", "d")
    assert code == 0, err
    assert "Personal data: 1 e-mail address, 1 phone number, 1 Aadhaar number (masked)" in " ".join(out.split())
    code, out, err = run(
        capsys, "--passphrase-file", pfile, "datasets", "import", str(_file(tmp_path)), "--name", "r",
        "--tokenizer", "none", "--pii", "refuse",
    )  # fmt: skip
    assert code == InvalidInputError.exit_code and "--pii mask" in err and EMAIL not in err + out
