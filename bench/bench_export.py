"""Export wall time: `appliance export` (convert + quantize + hash + record + gate) against
running llama.cpp's converter alone on the same model, in the same run.

The baseline is what a user of llama.cpp would run by hand: ``convert_hf_to_gguf.py MODEL
--outtype T`` (the converter can write f16 and q8_0 itself). Runs alternate between the two
and the median of ``--repeat`` runs is reported with the ratio ours / baseline.

    python bench/bench_export.py [--quant f16 q8_0] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import builtin_model, header, median, open_home


def baseline(model_dir: Path, quant: str) -> float:
    from appliance.host.native import converter_script

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(converter_script()),
                str(model_dir),
                "--outfile",
                str(Path(tmp) / "out.gguf"),
                "--outtype",
                quant,
            ],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - t


def ours(home, catalog, name: str, quant: str) -> tuple[float, float]:
    from appliance.events import StageDone
    from appliance.export.pipeline import Exporter

    stages = {}

    def on_event(e):
        if isinstance(e, StageDone):
            stages[e.stage] = e.seconds

    t = time.perf_counter()
    row, _ = Exporter(home, catalog).export(name, quant, on_event=on_event, force=True)  # beside kept exports
    total = time.perf_counter() - t
    Exporter(home, catalog).remove(row["id"])
    return total, stages.get("verify", 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quant", nargs="+", default=["f16", "q8_0"])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    header("Export wall time: appliance export vs llama.cpp's converter alone (SmolLM2-135M)")
    home, catalog = open_home()
    model = builtin_model(home, catalog)
    model_dir = home.root / model["path"]
    for quant in args.quant:
        b, o, g = [], [], []
        for _ in range(args.repeat):
            b.append(baseline(model_dir, quant))
            total, gate = ours(home, catalog, model["name"], quant)
            o.append(total)
            g.append(gate)
        mb, mo, mg = median(b), median(o), median(g)
        print(
            f"{quant:>6}: converter alone {mb:6.1f} s | appliance export {mo:6.1f} s "
            f"(of which verification gate {mg:5.1f} s) | ratio {mo / mb:4.2f}x | "
            f"without the gate {(mo - mg) / mb:4.2f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
