"""Compare two bundles file by file: what a second build of the same commit changed, and why.

    python packaging/compare_bundles.py BUNDLE_A BUNDLE_B

Expected differences: ``metadata/targets.json``, ``snapshot.json`` and ``timestamp.json`` (each
signing is the next release number, by design: an installer must see versions grow). Anything
under ``targets/`` that differs is a reproducibility defect and is listed with its sizes.
Exit status 0 when only the expected files differ.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

EXPECTED = {"metadata/targets.json", "metadata/snapshot.json", "metadata/timestamp.json"}


def digests(root: Path) -> dict[str, tuple[str, int]]:
    return {
        p.relative_to(root).as_posix(): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_size)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def compare(a: Path, b: Path) -> dict:
    da, db = digests(a), digests(b)
    differ = [k for k in sorted(set(da) | set(db)) if da.get(k, ("", 0))[0] != db.get(k, ("", 0))[0]]
    unexpected = [
        {"file": k, "a_bytes": da.get(k, ("", None))[1], "b_bytes": db.get(k, ("", None))[1]}
        for k in differ
        if k not in EXPECTED
    ]
    return {
        "files": len(da),
        "identical": len(da) - len(differ),
        "expected_differences": sorted(set(differ) & EXPECTED),
        "unexpected_differences": unexpected,
    }


def main(argv=None) -> int:
    a, b = (Path(x) for x in (argv or sys.argv[1:]))
    rep = compare(a, b)
    print(json.dumps(rep, indent=2))
    return 1 if rep["unexpected_differences"] else 0


if __name__ == "__main__":
    sys.exit(main())
