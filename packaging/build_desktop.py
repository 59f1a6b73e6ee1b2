"""Build the desktop application (PyInstaller, one folder) from build.spec (``make desktop``).

Output: ``dist/appliance/`` with the executable ``appliance`` and, beside it, the links
``appliance-gui``, ``appliance-audit`` and ``appliance-bundle`` (the one executable dispatches
on the name it is called by: ``packaging/entry.py``). ``SOURCE_DATE_EPOCH`` and
``PYTHONHASHSEED`` are fixed so two builds of one commit differ as little as PyInstaller allows.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINKS = ("appliance-gui", "appliance-audit", "appliance-bundle")


def build(dist: Path, work: Path) -> dict:
    env = dict(os.environ, PYTHONHASHSEED="0")
    if "SOURCE_DATE_EPOCH" not in env:
        env["SOURCE_DATE_EPOCH"] = (
            subprocess.run(
                ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"], capture_output=True, text=True
            ).stdout.strip()
            or "0"
        )
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--clean",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    app = dist / "appliance"
    for name in LINKS:
        link = app / name
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to("appliance")
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    return {"app": str(app), "seconds": round(time.perf_counter() - t0, 1), "bytes": size}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = ap.parse_args(argv)
    print(json.dumps(build(args.dist, args.work), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
