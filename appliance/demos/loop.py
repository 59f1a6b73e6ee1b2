"""``make demo``: the appliance's whole loop on the built-in model, as the commands a user types.

Each step prints the ``appliance`` command it runs and then runs it as its own process, exactly
as a user would type it (so training's torch and the comparison's llama.cpp never share a
process: ``appliance/isolation.py``), and the demo doubles as a walkthrough: a workspace with a
demo passphrase (clearly flagged), the sample dataset of a fictional public agency imported
encrypted, a quick CPU LoRA fine-tune, merge, q8_0 export through the verification gate, the
shipped evaluation suite (held-out questions) run on the base and the tuned model through
llama.cpp and compared side by side, a model line whose gate refuses the base and promotes the
tuned model to production, and the audit log verified. It works in its own
home (``APPLIANCE_HOME``; the Makefile uses ``.demo-home``) and re-runs quickly: finished steps
(the workspace, the dataset, a completed run, verified exports) are reused.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from appliance.samples import SAMPLES

BASE = "smollm2-135m-instruct"
TUNED = "kestrel-registry-tuned"
DATASET = "kestrel-registry"
SUITE = "kestrel-registry"
LINE = "kestrel"
DEMO_PASSPHRASE = "demo passphrase - NOT SECRET - for the demo workspace only"


def step(title: str, *argv: str, expect: int = 0) -> None:
    shown = [a for a in argv]
    print(f"\n\033[1m== {title}\033[0m\n$ appliance {' '.join(_quote(a) for a in shown)}", flush=True)
    code = subprocess.run([sys.executable, "-m", "appliance", *argv]).returncode
    if code == expect and expect:
        print(f"(exit code {code}, as expected)")
        return
    if code != 0:
        print(f"demo: this step failed with exit code {code}", file=sys.stderr)
        raise SystemExit(code)


def _quote(arg: str) -> str:
    return f'"{arg}"' if " " in arg else arg


def _passphrase_file() -> str:
    """The demo workspace's passphrase, in a file next to the demo home (it is not a secret)."""
    from appliance.home import resolve_home

    path = resolve_home().with_name(resolve_home().name + ".passphrase")
    if not path.exists():
        path.write_text(DEMO_PASSPHRASE + "\n")
    return str(path)


def _state() -> dict:
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault
    from appliance.states import ExportStatus, RunStatus
    from appliance.tuning.runs import RunStore

    home = Home.open()
    with Catalog.open(home) as cat:
        st = {"initialised": Vault(cat).initialised, "dataset": None, "run": None, "tuned": None, "exports": {}}
        if cat.db["datasets"].count_where("name = ?", [DATASET]):
            st["dataset"] = True
        done = [
            r for r in RunStore(home, cat).list() if r["status"] == RunStatus.COMPLETED and r["name"] == "kestrel-demo"
        ]
        st["run"] = done[-1]["id"] if done else None
        st["tuned"] = cat.find_model(TUNED) is not None
        for name in (BASE, TUNED):
            m = cat.find_model(name)
            if m:
                ok = [
                    e
                    for e in cat.list_exports(m["id"])
                    if e["quant"] == "q8_0" and e["status"] == ExportStatus.VERIFIED
                ]
                st["exports"][name] = ok[-1]["id"] if ok else None
        return st


def _evaluations() -> dict:
    """The newest completed evaluation of each demo model on the shipped suite (None if none)."""
    from appliance.catalog import Catalog
    from appliance.eval.lines import Lines
    from appliance.eval.store import EvalStore, SuiteStore
    from appliance.home import Home

    home = Home.open()
    with Catalog.open(home) as cat:
        suite = SuiteStore(home, cat).find(SUITE)
        out = {}
        for name in (BASE, TUNED):
            m = cat.find_model(name)
            out[name] = EvalStore(home, cat).latest(m["id"], suite["id"]) if (m and suite) else None
        lines = {ln["name"]: ln for ln in Lines(home, cat).list()}
        line = lines.get(LINE)
        prod = (line or {}).get("channels", {}).get("production")
        out["line"] = line is not None
        out["production"] = cat.row_by_id("models", prod["model_id"])["name"] if prod else None
        return out


def main() -> int:
    from appliance import isolation
    from appliance.offline import install_network_guard

    install_network_guard()
    isolation.install(isolation.LLAMA)  # this process loads neither stack; every step is its own process
    started = time.perf_counter()
    print(f"Appliance home for the demo: {os.environ.get('APPLIANCE_HOME', '(default)')}")
    pfile = _passphrase_file()
    P = ["--passphrase-file", pfile]
    st = _state()
    if not st["initialised"]:
        print(
            f"\n\033[1;33mDEMO WORKSPACE: its passphrase is {DEMO_PASSPHRASE!r}, kept in {pfile}. "
            "It protects nothing; never use it for real data.\033[0m"
        )
        step("1. Create the workspace keys and the audit log (demo passphrase)", *P, "init")
    step("2. What this machine has, and that the appliance is offline", "doctor")
    step("3. The built-in base model (unpacked to an HF-format copy on first use)", "models", "show", BASE)
    if not st["dataset"]:
        step(
            "4. Import the sample dataset (a fictional public agency, English and Hindi): encrypted on import",
            *P,
            "datasets",
            "import",
            str(SAMPLES / "kestrel_registry.jsonl"),
            "--name",
            DATASET,
        )
    step("4b. What was imported (metadata only: no key needed)", "datasets", "show", DATASET)
    run_id = st["run"]
    if not run_id:
        step(
            "5. Fine-tune with the quick CPU preset (LoRA; Ctrl-C saves a checkpoint, --resume continues)",
            *P,
            "train",
            "--preset",
            os.environ.get("APPLIANCE_DEMO_PRESET", "cpu-quick"),  # gpu-standard on a GPU workstation
            "--base",
            BASE,
            "--dataset",
            DATASET,
            "--name",
            "kestrel-demo",
        )
        run_id = _state()["run"]
    step("5b. The run: recipe hash, lineage, loss curve", "runs", "show", run_id)
    if not st["tuned"]:
        step("6. Merge the adapter into the base model", "merge", run_id, "--name", TUNED)
    for name in (BASE, TUNED):
        existing = _state()["exports"].get(name)
        if existing:
            step(f"7. GGUF export (q8_0) of {name} already verified; its report", "exports", "show", existing)
        else:
            step(
                f"7. Export {name} to GGUF (q8_0) with llama.cpp's converter, then the verification gate",
                "export",
                name,
                "--quant",
                "q8_0",
            )
    ev = _evaluations()
    step(
        "8. Import the evaluation suite (held-out questions, never seen in training): encrypted like a dataset",
        *P,
        "suites",
        "import",
        str(SAMPLES / "kestrel_registry.suite.toml"),
    )
    for name in (BASE, TUNED):
        if ev[name] is None:
            step(
                f"9. Evaluate {name} as it is served (GGUF through llama.cpp, greedy)",
                *P,
                "eval",
                name,
                "--suite",
                SUITE,
            )
    report = os.path.join(os.environ.get("APPLIANCE_HOME", "."), "kestrel-registry-report.html")
    step(
        "10. Base and tuned model side by side: per case, per language, McNemar test (HTML report)",
        *P,
        "evals",
        "compare",
        "--suite",
        SUITE,
        BASE,
        TUNED,
        "--html",
        report,
    )
    if not ev["line"]:
        step(
            "11. A model line: the run's recipe and dataset versions, the suite, and a promotion gate",
            *P,
            "lines",
            "create",
            LINE,
            "--from-run",
            run_id,
            "--suite",
            SUITE,
            "--gate",
            str(SAMPLES / "kestrel_registry.gate.toml"),
        )
    if ev["production"] is None:  # (a later production, e.g. by `make demo-adapt`, is kept)
        step(f"12. The gate refuses the base model for {LINE}@production", *P, "promote", LINE, BASE, expect=21)
        step(f"13. The tuned model passes the gate: {LINE}@production", *P, "promote", LINE, TUNED)
    step("14. The line: channels and the history of decisions", "lines", "show", LINE)
    step("15. Verify the audit log of everything above", "audit", "verify")
    print(
        f"\nDemo finished in {time.perf_counter() - started:.0f} s. Serve the line's production model with "
        f"`appliance serve {LINE}@production` (OpenAI API on http://127.0.0.1:8765/v1), "
        "or open the desktop application with `make gui`."
    )
    ev = _evaluations()
    base_hits, tuned_hits = ev[BASE]["summary"]["passed"], ev[TUNED]["summary"]["passed"]
    print(f"Right answers on the held-out suite: base model {base_hits}, tuned model {tuned_hits}; report: {report}")
    return 0 if tuned_hits > base_hits else 1


if __name__ == "__main__":
    sys.exit(main())
