"""``make demo``: the appliance's whole loop on the built-in model, as the commands a user types.

Each step prints the ``appliance`` command it runs and then runs it as its own process, exactly
as a user would type it (so training's torch and the comparison's llama.cpp never share a
process: ``appliance/isolation.py``), and the demo doubles as a walkthrough: a workspace with a demo passphrase (clearly flagged), the sample
dataset of a fictional public agency imported encrypted, a quick CPU LoRA fine-tune, merge,
q8_0 export through the verification gate, the held-out questions asked of the base and the
tuned model side by side through llama.cpp, and the audit log verified. It works in its own
home (``APPLIANCE_HOME``; the Makefile uses ``.demo-home``) and re-runs quickly: finished steps
(the workspace, the dataset, a completed run, verified exports) are reused.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from appliance.samples import SAMPLES

BASE = "smollm2-135m-instruct"
TUNED = "kestrel-registry-tuned"
DATASET = "kestrel-registry"
DEMO_PASSPHRASE = "demo passphrase - NOT SECRET - for the demo workspace only"


def step(title: str, *argv: str) -> None:
    shown = [a for a in argv]
    print(f"\n\033[1m== {title}\033[0m\n$ appliance {' '.join(_quote(a) for a in shown)}", flush=True)
    code = subprocess.run([sys.executable, "-m", "appliance", *argv]).returncode
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


def compare(base_ref: str, tuned_ref: str) -> tuple[int, int, int]:
    """Ask every held-out question of both models; returns (base hits, tuned hits, questions)."""
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.serving.runtime import load_llama, resolve_servable

    checks = json.loads((SAMPLES / "kestrel_registry.checks.json").read_text())["checks"]
    home = Home.open()
    with Catalog.open(home) as cat:
        models = {
            label: load_llama(resolve_servable(home, cat, ref), n_ctx=1024, seed=0)
            for label, ref in (("base", base_ref), ("tuned", tuned_ref))
        }
    hits = {"base": 0, "tuned": 0}
    try:
        for i, c in enumerate(checks, 1):
            print(f"\n\033[1mQ{i}. {c['question']}\033[0m   (a right answer mentions: {', '.join(c['expect'])})")
            for label, llm in models.items():
                r = llm.create_chat_completion(
                    messages=[{"role": "user", "content": c["question"]}],
                    temperature=0,
                    max_tokens=70,
                    repeat_penalty=1.1,
                    seed=0,
                )
                answer = " ".join(r["choices"][0]["message"]["content"].split())
                ok = all(k in answer for k in c["expect"])
                hits[label] += ok
                mark = "\033[32m✓\033[0m" if ok else "\033[31m✗\033[0m"
                print(f"  {mark} {label:>5}: {answer[:220]}")
    finally:
        for llm in models.values():
            llm.close()
    return hits["base"], hits["tuned"], len(checks)


def main() -> int:
    from appliance import isolation
    from appliance.offline import install_network_guard

    install_network_guard()
    isolation.install(isolation.LLAMA)  # this process only compares answers through llama.cpp
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
            "cpu-quick",
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
    print("\n\033[1m== 8. Held-out questions (never seen in training), base and tuned model, through llama.cpp\033[0m")
    base_hits, tuned_hits, n = compare(BASE, TUNED)
    print(f"\n\033[1mRight answers: base model {base_hits}/{n}, tuned model {tuned_hits}/{n}.\033[0m")
    step("9. Verify the audit log of everything above", "audit", "verify")
    print(
        f"\nDemo finished in {time.perf_counter() - started:.0f} s. Serve the tuned model with "
        f"`appliance serve {TUNED}` (OpenAI API on http://127.0.0.1:8765/v1), "
        "or open the desktop application with `make gui`."
    )
    return 0 if tuned_hits > base_hits else 1


if __name__ == "__main__":
    sys.exit(main())
