"""The personal-data check (appliance/data/pii.py) on a labelled synthetic set, beside a plain
regex-only detector (the same kinds, no check digits, no phone metadata): precision, recall and
F1 per kind and overall, the look-alikes each one flags, and scan throughput.

    .venv/bin/python bench/pii.py [--seed 20261206] [--per-kind 60] [--per-look-alike 30] [--rows 10000]

The set (bench/pii_data.py) is made from the seed: positives of every kind in English, Hindi and
French sentences, and look-alikes that must not be flagged. A finding counts as right when a
labelled value of the same kind overlaps it; every other finding is a false positive, every
labelled value without one a miss. Throughput: rows per second through ``pii.Scan.row`` (ours) and
through the regex detector, on 10,000 rows drawn from the labelled set (every row holds a
candidate) and on 10,000 rows of which one in ten holds personal data (the rest: clean text
with room numbers, form numbers and days).
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import pii_data  # noqa: E402  (beside this script)

from appliance.data import pii  # noqa: E402

# The baseline: a candidate regex per kind, taken as found (what a detector without checks does).
BASELINE = [
    ("email", re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*")),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")),
    ("payment_card", re.compile(r"(?<!\d)\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{1,4})?(?!\d)")),
    ("aadhaar", re.compile(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)")),
    ("pan", re.compile(r"\b[A-Z]{5}\d{4}[A-Z]\b")),
    ("phone", re.compile(r"(?<![\w+])(?:\+\d{1,3}[ -]?)?\(?\d{2,5}\)?(?:[ -]?\d{2,5}){1,4}(?!\d)")),
]


def baseline_find(text: str) -> list[pii.Finding]:
    """Non-overlapping findings, the kinds in the same order of precedence as ours."""
    kept: list[pii.Finding] = []
    for kind, pattern in BASELINE:
        for m in pattern.finditer(text):
            digits = sum(c.isdigit() for c in m.group(0))
            if kind == "phone" and not 7 <= digits <= 15:
                continue
            if kind == "payment_card" and not 13 <= digits <= 19:
                continue
            f = pii.Finding(kind, m.start(), m.end())
            if all(f.end <= k.start or f.start >= k.end for k in kept):
                kept.append(f)
    return sorted(kept, key=lambda f: f.start)


def score(examples, detect) -> tuple[dict, Counter]:
    """Per kind: true positives, false positives, misses; and false positives per look-alike."""
    tally = {k: Counter() for k in pii.KINDS}
    flagged: Counter = Counter()
    for text, labels, group in examples:
        found = detect(text)
        matched = set()
        for f in found:
            hit = next(
                (
                    i
                    for i, (k, s, e) in enumerate(labels)
                    if k == f.kind and s < f.end and f.start < e and i not in matched
                ),
                None,
            )
            if hit is None:
                tally[f.kind]["fp"] += 1
                if not labels:
                    flagged[group] += 1
            else:
                matched.add(hit)
                tally[f.kind]["tp"] += 1
        for i, (k, _, _) in enumerate(labels):
            if i not in matched:
                tally[k]["fn"] += 1
    return tally, flagged


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def throughput(rows: list[str], detect) -> float:
    start = time.perf_counter()
    for text in rows:
        detect(text)
    return len(rows) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--per-kind", type=int, default=60)
    ap.add_argument("--per-look-alike", type=int, default=30)
    ap.add_argument("--rows", type=int, default=10_000)
    args = ap.parse_args()
    examples = pii_data.make(args.seed, args.per_kind, args.per_look_alike)
    n_pos = sum(len(labels) for _, labels, _ in examples)
    n_neg = sum(1 for _, labels, _ in examples if not labels)
    print(f"# {len(examples)} rows: {n_pos} labelled values, {n_neg} look-alike rows (seed {args.seed})")
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")

    ours, ours_flagged = score(examples, pii.find)
    base, base_flagged = score(examples, baseline_find)
    print("\n| kind | ours P | ours R | ours F1 | regex P | regex R | regex F1 | ours FP | regex FP |")
    print("|---|---|---|---|---|---|---|---|---|")
    totals = [Counter(), Counter()]
    for kind in pii.KINDS:
        for t, side in zip(totals, (ours, base), strict=True):
            t.update(side[kind])
        a, b = prf(ours[kind]), prf(base[kind])
        cells = [f"{x:.3f}" for x in (*a, *b)]
        print(f"| {kind} | " + " | ".join(cells) + f" | {ours[kind]['fp']} | {base[kind]['fp']} |")
    a, b = prf(totals[0]), prf(totals[1])
    cells = [f"**{x:.3f}**" for x in (*a, *b)]
    print("| **all** | " + " | ".join(cells) + f" | {totals[0]['fp']} | {totals[1]['fp']} |")

    print("\nLook-alike rows flagged (of each group's rows): ours / regex")
    for name in pii_data.LOOK_ALIKES:
        print(f"  {name:<24} {ours_flagged[name]:>3} / {base_flagged[name]:>3}")

    labelled = [examples[i % len(examples)][0] for i in range(args.rows)]
    positives = [t for t, labels, _ in examples if labels]
    clean = pii_data.clean_rows(args.rows)
    typical = [positives[i % len(positives)] if i % 10 == 0 else clean[i] for i in range(args.rows)]
    scan = pii.Scan()
    print(f"\n| rows ({args.rows:,}) | ours rows/s | regex rows/s | ratio |")
    print("|---|---|---|---|")
    for name, rows in (("labelled set (every row a candidate)", labelled), ("1 in 10 with personal data", typical)):
        fast = throughput(rows, baseline_find)
        ours_rate = throughput(rows, lambda t: scan.row(0, "text", t))
        print(f"| {name} | {ours_rate:,.0f} | {fast:,.0f} | {fast / ours_rate:.1f}x |")


if __name__ == "__main__":
    main()
