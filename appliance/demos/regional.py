"""``make demo-regional``: extend the built-in model's vocabulary for Tamil and Hindi, train the
new rows, export through the parity gate, and generate in both languages through llama.cpp.

Like ``make demo`` (whose workspace it shares, ``.demo-home``), each step prints the ``appliance``
command it runs and runs it as its own process. The corpora are the Tamil and Hindi translations
shipped with the project (``appliance/samples/regional/``: Debian catalogs, LGPL, sources in
``SOURCES.md``). Finished steps are reused on a re-run.
"""

from __future__ import annotations

import os
import sys
import time

from appliance.demos.loop import BASE, _passphrase_file, step
from appliance.samples import SAMPLES

EXTENDED = "smollm2-ta-hi"
TUNED = "smollm2-ta-hi-tuned"
RUN = "regional-demo"
CORPORA = {"corpus-ta": "ta.txt", "corpus-hi": "hi.txt"}
ADD = 1200
# Held-out openings (never learned from: appliance/tokenizer/corpus.py's rule) to continue.
PROMPTS = {"Tamil": "கோப்பு திறக்கப்படவில்லை", "Hindi": "फ़ाइल खोलने में त्रुटि"}


def _state() -> dict:
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault
    from appliance.states import ExportStatus, RunStatus
    from appliance.tuning.runs import RunStore

    home = Home.open()
    with Catalog.open(home) as cat:
        st = {"initialised": Vault(cat).initialised, "datasets": set(), "models": set(), "exports": {}}
        for name in CORPORA:
            if cat.db["datasets"].exists() and cat.db["datasets"].count_where("name = ?", [name]):
                st["datasets"].add(name)
        done = [r for r in RunStore(home, cat).list() if r["status"] == RunStatus.COMPLETED and r["name"] == RUN]
        st["run"] = done[-1]["id"] if done else None
        for name in (BASE, EXTENDED, TUNED):
            m = cat.find_model(name)
            if m:
                st["models"].add(name)
                ok = [
                    e
                    for e in cat.list_exports(m["id"])
                    if e["quant"] == "q8_0" and e["status"] == ExportStatus.VERIFIED
                ]
                st["exports"][name] = ok[-1]["id"] if ok else None
        return st


def generate(models: list[str]) -> dict:
    """Continue each prompt with each model's q8_0 export through llama-server (greedy, 64 tokens);
    prints the text and characters per second."""
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.serving.llama_client import LlamaBackend
    from appliance.serving.runtime import resolve_servable

    home = Home.open()
    speeds = {}
    with Catalog.open(home) as cat:
        for name in models:
            with LlamaBackend(resolve_servable(home, cat, name).path, n_ctx=512, label="demo") as llm:
                for lang, prompt in PROMPTS.items():
                    body = {"prompt": prompt, "temperature": 0.0, "seed": 0}
                    llm.post("/completion", {**body, "n_predict": 4})  # warm-up
                    t0 = time.perf_counter()
                    r = llm.post("/completion", {**body, "n_predict": 64, "repeat_penalty": 1.1})
                    dt = time.perf_counter() - t0
                    text = r["content"]
                    speeds[(name, lang)] = len(text) / dt if dt else 0.0
                    shown = " ".join(text.split())[:160]
                    print(f"  {name:>20} {lang:>6}: {prompt}\033[1m{shown}\033[0m")
                    print(f"  {'':>20} {'':>6}  {len(text)} characters in {dt:.2f} s: {len(text) / dt:.0f} chars/s")
    return speeds


def main() -> int:
    from appliance import isolation
    from appliance.offline import install_network_guard

    install_network_guard()
    isolation.install(isolation.LLAMA)  # this process only asks llama-server (never torch)
    started = time.perf_counter()
    print(f"Appliance home for the demo: {os.environ.get('APPLIANCE_HOME', '(default)')}")
    P = ["--passphrase-file", _passphrase_file()]
    st = _state()
    if not st["initialised"]:
        step("1. Create the workspace keys and the audit log (demo passphrase)", *P, "init")
    regional = SAMPLES / "regional"
    for name, file in CORPORA.items():
        if name not in st["datasets"]:
            step(
                f"2. Import the {file} corpus (Debian translations, LGPL) encrypted",
                *P,
                "datasets",
                "import",
                str(regional / file),
                "--name",
                name,
            )
    corpus = [a for name in CORPORA for a in ("--corpus", name)]
    step(
        "3. What Tamil and Hindi cost with the base's tokenizer (held-out lines)",
        *P,
        "tokenizer",
        "report",
        BASE,
        *corpus,
        "--heldout",
        "--bits-per-char",
    )
    if EXTENDED not in st["models"]:
        step(
            f"4. Extend the base's own BPE with {ADD} merges learned on the corpora",
            *P,
            "tokenizer",
            "extend",
            BASE,
            *corpus,
            "--add",
            str(ADD),
            "--name",
            EXTENDED,
            "--script",
            "ta",
            "--script",
            "hi",
        )
    step(
        "4b. Right after the extension: fewer tokens, but the new rows are untrained",
        *P,
        "tokenizer",
        "report",
        EXTENDED,
        *corpus,
        "--heldout",
        "--bits-per-char",
    )
    run_id = st["run"]
    if not run_id:
        step(
            "5. Continued pre-training on the corpora: LoRA plus the new embedding rows",
            *P,
            "train",
            "--preset",
            "cpu-regional",
            "--base",
            EXTENDED,
            "--dataset",
            "corpus-ta",
            "--dataset",
            "corpus-hi",
            "--name",
            RUN,
        )
        run_id = _state()["run"]
    if TUNED not in st["models"]:
        step("6. Merge the adapter and the trained rows", "merge", run_id, "--name", TUNED)
    step(
        "6b. After training: bits per character on held-out lines",
        *P,
        "tokenizer",
        "report",
        TUNED,
        *corpus,
        "--heldout",
        "--bits-per-char",
    )
    for name in (BASE, TUNED):
        existing = _state()["exports"].get(name)
        if existing:
            step(f"7. GGUF export (q8_0) of {name} already verified; its report", "exports", "show", existing)
        else:
            step(
                f"7. Export {name} (q8_0): the gate checks held-out Tamil and Hindi lines tokenize identically",
                *P,
                "export",
                name,
                "--quant",
                "q8_0",
            )
    print("\n\033[1m== 8. Generate in Tamil and Hindi through llama.cpp, base and tuned model\033[0m")
    speeds = generate([BASE, TUNED])
    for lang in PROMPTS:
        base, tuned = speeds[(BASE, lang)], speeds[(TUNED, lang)]
        print(f"  {lang}: {base:.0f} → {tuned:.0f} characters per second ({tuned / base:.2f}×)")
    step("9. Verify the audit log", "audit", "verify")
    print(f"\nRegional demo finished in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
