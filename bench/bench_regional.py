"""Regional languages: the built-in model against its vocabulary extended for Tamil and Hindi, in
one run (issue 15).

Per language, on the held-out lines of the shipped corpora (``appliance/samples/regional``; lines
never learned from): tokens per character before and after, English (the control) before and
after, and generation through llama.cpp (q8_0 exports, greedy): decoding tokens per second and
characters per second. Characters per second = tokens per second ÷ the language's tokens per
character on held-out text (an untrained extended model's own output is not meaningful text, so
its length is not what a user would get); the ratio is the user-visible gain. Bits per character
need a trained model: `make demo-regional` prints them (docs/benchmarks.md).

    python bench/bench_regional.py [--add 1200] [--tokens 64] [--repeat 3]

The extension and exports run as ``appliance`` commands (torch in their own processes); this
process only loads llama.cpp.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from common import BENCH_PASSPHRASE, ROOT, header, median, open_home

EXTENDED = "bench-smollm2-ta-hi"
CORPORA = {"bench-corpus-ta": "ta.txt", "bench-corpus-hi": "hi.txt"}
PROMPTS = {"Tamil": "கோப்பு திறக்கப்படவில்லை", "Hindi": "फ़ाइल खोलने में त्रुटि"}


def cli(*args: str) -> str:
    env = dict(os.environ, APPLIANCE_PASSPHRASE=BENCH_PASSPHRASE)
    r = subprocess.run([sys.executable, "-m", "appliance", *args], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"appliance {' '.join(args)} failed:\n{r.stderr[-2000:]}")
    return r.stdout


def report(model: str) -> dict:
    corpus = [a for name in CORPORA for a in ("--corpus", name)]
    rep = json.loads(cli("tokenizer", "report", model, *corpus, "--heldout", "--json"))
    out = {s["script"]: s["tokens_per_char"] for s in rep["scripts"]}
    out["English"] = rep["english_control"]["tokens_per_char"]
    return out


def decode_speed(home, catalog, model: str, tokens: int, repeat: int) -> dict[str, float]:
    from appliance.serving.llama_client import LlamaBackend
    from appliance.serving.runtime import resolve_servable

    with LlamaBackend(resolve_servable(home, catalog, model).path, n_ctx=512, label="bench") as llm:
        out = {}
        for lang, prompt in PROMPTS.items():
            llm.post("/completion", {"prompt": prompt, "n_predict": 4, "temperature": 0.0})
            runs = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                r = llm.post("/completion", {"prompt": prompt, "n_predict": tokens, "temperature": 0.0, "seed": 0})
                runs.append(r["tokens_predicted"] / (time.perf_counter() - t0))
            out[lang] = median(runs)
        return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--add", type=int, default=1200)
    ap.add_argument("--tokens", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    header("Regional languages: built-in SmolLM2 tokenizer vs. its extension for Tamil and Hindi")
    from appliance import isolation

    isolation.install(isolation.LLAMA)
    home, catalog = open_home()
    base = cli("models", "show", "smollm2-135m-instruct", "--json") and "smollm2-135m-instruct"
    for name, file in CORPORA.items():
        if not catalog.db["datasets"].exists() or not catalog.db["datasets"].count_where("name = ?", [name]):
            cli("datasets", "import", str(ROOT / "appliance" / "samples" / "regional" / file), "--name", name)
    if catalog.find_model(EXTENDED) is None:
        corpus = [a for name in CORPORA for a in ("--corpus", name)]
        t0 = time.perf_counter()
        cli("tokenizer", "extend", base, *corpus, "--add", str(args.add), "--name", EXTENDED, "--script", "ta",
            "--script", "hi")  # fmt: skip
        print(f"extension of {args.add} tokens: {time.perf_counter() - t0:.1f} s (learn, grow, register)")
    for model in (base, EXTENDED):
        m = catalog.find_model(model)
        if not any(e["quant"] == "q8_0" and e["status"] == "verified" for e in catalog.list_exports(m["id"])):
            # The extended model's new rows are untrained here (speed is measured, not text): the gate warns.
            cli("export", model, "--quant", "q8_0", "--tokenizer-policy", "lenient")
    before, after = report(base), report(EXTENDED)
    speed_before = decode_speed(home, catalog, base, args.tokens, args.repeat)
    speed_after = decode_speed(home, catalog, EXTENDED, args.tokens, args.repeat)
    print(f"\n{'':<10} {'tokens/char':>22} {'decode tokens/s':>22} {'characters/s':>26}")
    print(
        f"{'':<10} {'base':>7} {'ours':>7} {'ratio':>6} {'base':>7} {'ours':>7} {'ratio':>6} {'base':>8} {'ours':>8} {'ratio':>8}"
    )
    for lang, script in (("Tamil", "Tamil"), ("Hindi", "Devanagari")):
        b, a = before[script], after[script]
        sb, sa = speed_before[lang], speed_after[lang]
        cb, ca = sb / b, sa / a
        print(
            f"{lang:<10} {b:>7.3f} {a:>7.3f} {a / b:>6.2f} {sb:>7.1f} {sa:>7.1f} {sa / sb:>6.2f} "
            f"{cb:>8.1f} {ca:>8.1f} {ca / cb:>7.2f}×"
        )
    e_b, e_a = before["English"], after["English"]
    print(f"{'English':<10} {e_b:>7.3f} {e_a:>7.3f} {e_a / e_b:>6.3f}   (control: must stay within 1 %)")


if __name__ == "__main__":
    main()
