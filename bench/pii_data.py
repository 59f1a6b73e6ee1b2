"""A labelled synthetic set for the personal-data check (bench/pii.py), made from a seed.

Positives: every kind of ``appliance.data.pii.KINDS`` in English, Hindi and French sentences,
each value made valid by construction (Luhn, Verhoeff, ISO 13616 mod-97, phone numbers that
phonenumbers calls valid) and written in the ways people write them. Negatives: look-alikes that
must not be flagged (16-digit numbers failing Luhn, 12-digit numbers failing Verhoeff or starting
with 0 or 1, PAN-shaped codes with a holder type outside the set, IBANs failing mod-97, version
strings, dates, order and invoice numbers, ISBNs, UUIDs, timestamps, ``a@b`` in code).

Each example is ``(text, [(kind, start, end), ...], group)``: no labels for a negative; ``group``
is the kind of its first value, or the look-alike's name.
"""

from __future__ import annotations

import random
import string
import uuid

import phonenumbers
from stdnum import ean, iban, isbn, luhn, verhoeff

PAN_TYPES = "ABCFGHLJPT"

SENTENCES = {
    "en": [
        "Please contact me at {v} about the permit renewal.",
        "My details for the refund: {v}. Thank you.",
        "The applicant gave {v} on the form submitted yesterday.",
        "You can reach the registrar's office with {v} before noon.",
        "For verification, the record shows {v} and nothing else.",
    ],
    "hi": [
        "कृपया परमिट के नवीनीकरण के लिए मुझसे {v} पर संपर्क करें।",
        "धनवापसी के लिए मेरा विवरण: {v} धन्यवाद।",
        "आवेदक ने कल जमा किए गए फॉर्म में {v} दिया था।",
        "सत्यापन के लिए रिकॉर्ड में {v} दर्ज है।",
    ],
    "fr": [
        "Merci de me contacter au {v} pour le renouvellement du permis.",
        "Mes coordonnées pour le remboursement : {v}. Merci.",
        "Le demandeur a indiqué {v} sur le formulaire déposé hier.",
        "Pour vérification, le dossier mentionne {v} uniquement.",
    ],
}
FILLER = {
    "en": "The office opens at nine and the queue moves quickly on weekdays.",
    "hi": "कार्यालय नौ बजे खुलता है और सप्ताह के दिनों में कतार जल्दी चलती है।",
    "fr": "Le bureau ouvre à neuf heures et la file avance vite en semaine.",
}
NAMES = ["anita.sharma", "raj.kumar", "marie.dupont", "j.schmidt", "priya_n", "omar.haddad", "li.wei", "e.martin"]
DOMAINS = ["mail.gov.in", "example.co.in", "exemple.fr", "beispiel.de", "example.com", "post.example.co.uk", "mail.ae"]
PHONE_REGIONS = ["IN", "GB", "FR", "DE", "US", "AE"]
CARD_PREFIXES = [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("65", 16)]
CARD_PREFIXES += [("3530", 16), ("62", 16), ("60", 16), ("508", 16), ("36", 14), ("4", 19)]
IBAN_BBANS = {"DE": "18n", "GB": "4a14n", "AE": "19n", "NL": "4a10n", "CH": "17n", "SA": "20n", "IE": "4a14n"}


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _group(s: str, sep: str, sizes=None) -> str:
    sizes = sizes or [4] * ((len(s) + 3) // 4)
    out, pos = [], 0
    for size in sizes:
        if pos < len(s):
            out.append(s[pos : pos + size])
            pos += size
    return sep.join(out)


def email(rng: random.Random) -> str:
    name = rng.choice(NAMES) + (str(rng.randrange(100)) if rng.random() < 0.3 else "")
    return f"{name}@{rng.choice(DOMAINS)}"


def phone(rng: random.Random) -> str:
    fmt = rng.choice(
        [phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL]
        + [phonenumbers.PhoneNumberFormat.E164]
    )
    while True:
        region = rng.choice(PHONE_REGIONS)
        example = phonenumbers.example_number_for_type(region, rng.choice([0, 1]))  # fixed line, mobile
        national = str(example.national_number)
        candidate = national[:2] + _digits(rng, len(national) - 2)
        number = phonenumbers.parse(candidate, region)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, fmt)


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    if length in (14, 15):  # Diners 4-6-4, Amex 4-6-5
        return _group(number, rng.choice([" ", "-", ""]), [4, 6, 5])
    return _group(number, rng.choice([" ", "-", ""]))


def _bban(rng: random.Random, structure: str) -> str:
    out, n = [], ""
    for c in structure:
        if c.isdigit():
            n += c
        else:
            out.append(_digits(rng, int(n)) if c == "n" else _letters(rng, int(n)))
            n = ""
    return "".join(out)


def iban_(rng: random.Random) -> str:
    while True:
        country = rng.choice(sorted(IBAN_BBANS))
        bban = _bban(rng, IBAN_BBANS[country])
        number = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(number):
            return number if rng.random() < 0.4 else iban.format(number)


def aadhaar(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(2, 9)) + _digits(rng, 10)
        number = body + verhoeff.calc_check_digit(body)
        if number != number[::-1]:
            return _group(number, rng.choice([" ", "-", ""]))


def pan(rng: random.Random) -> str:
    serial = f"{rng.randint(1, 9999):04d}"
    return _letters(rng, 3) + rng.choice(PAN_TYPES) + _letters(rng, 1) + serial + _letters(rng, 1)


MAKERS = {"email": email, "phone": phone, "payment_card": card, "iban": iban_, "aadhaar": aadhaar, "pan": pan}


# --- look-alikes ------------------------------------------------------------------------------------


def _luhn_fail(rng: random.Random) -> str:
    body = rng.choice(["4", "5", "6"]) + _digits(rng, 14)
    bad = str((int(luhn.calc_check_digit(body)) + rng.randint(1, 9)) % 10)
    return "account " + _group(body + bad, rng.choice([" ", "-", ""]))


def _verhoeff_fail(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _digits(rng, 10)
    bad = str((int(verhoeff.calc_check_digit(body)) + rng.randint(1, 9)) % 10)
    return "reference " + _group(body + bad, rng.choice([" ", "-", ""]))


def _starts_01(rng: random.Random) -> str:
    body = rng.choice("01") + _digits(rng, 10)
    return "serial " + _group(body + verhoeff.calc_check_digit(body), rng.choice([" ", "-", ""]))


def _pan_bad_type(rng: random.Random) -> str:
    kind = rng.choice([c for c in string.ascii_uppercase if c not in PAN_TYPES])
    return "code " + _letters(rng, 3) + kind + _letters(rng, 1) + _digits(rng, 4) + _letters(rng, 1)


def _iban_fail(rng: random.Random) -> str:
    good = iban.compact(iban_(rng))
    i = rng.randrange(4, len(good))
    c = good[i]
    alt = rng.choice([d for d in (string.digits if c.isdigit() else string.ascii_uppercase) if d != c])
    bad = good[:i] + alt + good[i + 1 :]
    return "IBAN " + (bad if rng.random() < 0.5 else iban.format(bad))


def _version(rng: random.Random) -> str:
    v = f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 9999)}"
    return rng.choice([f"release v{v}", f"version {v}.{rng.randint(1000, 99999)}", f"build {v}-rc.{rng.randint(1, 9)}"])


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y}"])


def _order(rng: random.Random) -> str:
    n = _digits(rng, rng.choice([6, 8, 10]))
    return rng.choice(
        [
            f"order no. {n}",
            f"invoice INV-{rng.randint(2019, 2026)}-{_digits(rng, 6)}",
            f"facture n° FA-{rng.randint(2019, 2026)}-{_digits(rng, 4)}",
            f"ऑर्डर संख्या {n}",
            f"PO {rng.choice(['45', '46'])}{_digits(rng, 8)}",
            f"ticket #{n}",
        ]
    )


def _isbn(rng: random.Random) -> str:
    body = "978" + _digits(rng, 9)
    number = body + ean.calc_check_digit(body)
    return "ISBN " + isbn.format(number if rng.random() < 0.5 else isbn.to_isbn10(number))


def _uuid(rng: random.Random) -> str:
    return "id " + str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _timestamp(rng: random.Random) -> str:
    t = rng.randint(1_500_000_000, 1_800_000_000)
    return rng.choice(
        [f"ts={t}", f"at {t}{_digits(rng, 3)} ms", f"2024-06-{rng.randint(10, 28)}T10:22:{rng.randint(10, 59)}Z"]
    )


def _code_at(rng: random.Random) -> str:
    return rng.choice(["a@b", "user@localhost", "x@y", "self@property", "icon@2x.png", "matrix @ weights", "git@host"])


LOOK_ALIKES = {
    "card_luhn_fail": _luhn_fail,
    "aadhaar_verhoeff_fail": _verhoeff_fail,
    "aadhaar_starts_0_1": _starts_01,
    "pan_bad_holder_type": _pan_bad_type,
    "iban_mod97_fail": _iban_fail,
    "version": _version,
    "date": _date,
    "order_invoice": _order,
    "isbn": _isbn,
    "uuid": _uuid,
    "timestamp": _timestamp,
    "code_at": _code_at,
}


def _place(rng: random.Random, lang: str, value: str) -> tuple[str, int]:
    template = rng.choice(SENTENCES[lang])
    head = template.split("{v}")[0]
    return template.replace("{v}", value), len(head)


def make(seed: int = 20261206, per_kind: int = 60, per_look_alike: int = 30) -> list[tuple[str, list[tuple], str]]:
    """The labelled set: ``per_kind`` positives of each kind (a third of them in each language, a
    few with a second value in a following sentence) and ``per_look_alike`` of each look-alike."""
    rng = random.Random(seed)
    examples: list[tuple[str, list[tuple], str]] = []
    langs = list(SENTENCES)
    for kind, maker in MAKERS.items():
        for i in range(per_kind):
            lang = langs[i % 3]
            value = maker(rng)
            text, start = _place(rng, lang, value)
            labels = [(kind, start, start + len(value))]
            if i % 5 == 0:  # a second value of another kind in the same row
                other = rng.choice(list(MAKERS))
                value2 = MAKERS[other](rng)
                second, start2 = _place(rng, lang, value2)
                offset = len(text) + 1
                text = text + " " + second
                labels.append((other, offset + start2, offset + start2 + len(value2)))
            examples.append((text, labels, kind))
    for name, maker in LOOK_ALIKES.items():
        for i in range(per_look_alike):
            lang = langs[i % 3]
            examples.append((f"{FILLER[lang]} {maker(rng)} {FILLER[lang]}", [], name))
    rng.shuffle(examples)
    return examples


def clean_rows(n: int, seed: int = 1) -> list[str]:
    """``n`` rows with no personal data (what most of a dataset is): office answers with numbers."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = list(FILLER)[i % 3]
        out.append(f"{FILLER[lang]} Room {rng.randint(1, 40)}, form R-{rng.randint(1, 99)}, {rng.randint(2, 30)} days.")
    return out
