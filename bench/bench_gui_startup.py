"""Time to the first window: `appliance-gui` against a bare PySide6 window (the floor).

Each is started as a fresh process (offscreen), 5 times alternating; each prints the time from
the start of its own code (before PySide6 is imported) to its first event-loop turn after
``show()``; interpreter start-up and teardown are the same for both and left out. Medians and
the ratio.

    python bench/bench_gui_startup.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, header

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 820); w.show()
QTimer.singleShot(0, lambda: (print(f"FIRST_WINDOW {time.perf_counter() - t0:.3f}", flush=True), app.quit()))
app.exec()
"""


def measure(cmd, env) -> float:
    """The seconds the process printed as ``FIRST_WINDOW``."""
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    line = next((x for x in out.stdout.splitlines() if x.startswith("FIRST_WINDOW")), None)
    if line is None:
        sys.exit(out.stderr[-2000:])
    return float(line.split()[1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    header("Time to first window: appliance-gui vs a bare PySide6 window")
    home = Path(tempfile.mkdtemp()) / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "APPLIANCE_HOME": str(home),
        "XDG_CONFIG_HOME": str(home.parent / "config"),
    }
    ours, bare = [], []
    for _ in range(args.repeat):
        ours.append(measure([sys.executable, "-m", "gui.app", "--measure-startup"], env))
        bare.append(measure([sys.executable, "-c", BARE], env))
    o, b = statistics.median(ours), statistics.median(bare)
    print(
        f"  appliance-gui {o:.2f} s | bare PySide6 window {b:.2f} s | ratio {o / b:.2f} "
        "(start of its code to first shown window, medians)",
        flush=True,
    )


if __name__ == "__main__":
    main()
