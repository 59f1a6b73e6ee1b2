"""``make demo-dpo``: preference tuning on top of ``make demo``'s supervised model.

The sample agency's preference set (``samples/kestrel_registry.pref.jsonl``: for each training
question, its exact answer, with the form number or fee, preferred over a vague one) is imported
encrypted; a DPO run continues the demo's supervised LoRA adapter (so the reference is that
supervised model); the result is merged, exported through the gate and evaluated on the same
held-out suite, and its score is printed beside the supervised model's. Each step is an
``appliance`` command run as its own process, printed first, as in ``make demo``; the steps of
``make demo`` run first (reused when done).
"""

from __future__ import annotations

import sys
import time

from appliance.demos.loop import BASE, SUITE, TUNED, _passphrase_file, step
from appliance.demos.loop import main as supervised_demo
from appliance.samples import SAMPLES

PREF = "kestrel-pref"
DPO_RUN = "kestrel-dpo-run"
DPO_MODEL = "kestrel-registry-dpo"


def _state() -> dict:
    from appliance.catalog import Catalog
    from appliance.eval.store import EvalStore, SuiteStore
    from appliance.home import Home
    from appliance.states import ExportStatus, RunStatus
    from appliance.tuning.runs import RunStore

    home = Home.open()
    with Catalog.open(home) as cat:
        runs = RunStore(home, cat).list()
        done = lambda name: [r for r in runs if r["name"] == name and r["status"] == RunStatus.COMPLETED]  # noqa: E731
        suite = SuiteStore(home, cat).find(SUITE)
        st = {
            "pref": bool(cat.db["datasets"].count_where("name = ?", [PREF])),
            "sft_run": done("kestrel-demo")[-1]["id"] if done("kestrel-demo") else None,
            "dpo_run": done(DPO_RUN)[-1]["id"] if done(DPO_RUN) else None,
            "model": cat.find_model(DPO_MODEL) is not None,
            "export": None,
            "evals": {},
        }
        for name in (TUNED, DPO_MODEL):
            m = cat.find_model(name)
            if m and name == DPO_MODEL:
                ok = [
                    e
                    for e in cat.list_exports(m["id"])
                    if e["quant"] == "q8_0" and e["status"] == ExportStatus.VERIFIED
                ]
                st["export"] = ok[-1]["id"] if ok else None
            st["evals"][name] = EvalStore(home, cat).latest(m["id"], suite["id"]) if (m and suite) else None
        return st


def main() -> int:
    started = time.perf_counter()
    if supervised_demo() != 0:
        return 1
    P = ["--passphrase-file", _passphrase_file()]
    st = _state()
    print("\n\033[1m== Preference tuning (DPO) on top of the supervised model\033[0m", flush=True)
    if not st["pref"]:
        step(
            "P1. Import the preference pairs (the exact answer preferred over a vague one): encrypted on import",
            *P,
            "datasets",
            "import",
            str(SAMPLES / "kestrel_registry.pref.jsonl"),
            "--name",
            PREF,
        )
    step("P2. The pairs: counts, identical answers, lengths", "datasets", "show", PREF)
    run_id = st["dpo_run"]
    if not run_id:
        step(
            "P3. DPO, continuing the supervised adapter (the reference: the supervised model as it is)",
            *P,
            "train",
            "--preset",
            "cpu-dpo",
            "--base",
            BASE,
            "--dataset",
            PREF,
            "--from-run",
            st["sft_run"],
            "--name",
            DPO_RUN,
        )
        run_id = _state()["dpo_run"]
    step("P4. The run: loss, reward margin and preference accuracy", "runs", "show", run_id)
    if not st["model"]:
        step("P5. Merge the DPO adapter into the base model", "merge", run_id, "--name", DPO_MODEL)
    if st["export"]:
        step("P6. GGUF export (q8_0) already verified; its report", "exports", "show", st["export"])
    else:
        step("P6. Export to GGUF (q8_0) through the verification gate", "export", DPO_MODEL, "--quant", "q8_0")
    if st["evals"].get(DPO_MODEL) is None:
        step("P7. Evaluate the DPO model on the same held-out suite", *P, "eval", DPO_MODEL, "--suite", SUITE)
    step("P8. Supervised and DPO models side by side", *P, "evals", "compare", "--suite", SUITE, TUNED, DPO_MODEL)
    ev = _state()["evals"]
    sft, dpo = ev[TUNED]["summary"]["passed"], ev[DPO_MODEL]["summary"]["passed"]
    total = ev[TUNED]["summary"].get("cases") or ev[TUNED]["summary"].get("total")
    print(
        f"\nPreference demo finished in {time.perf_counter() - started:.0f} s. Right answers on the held-out "
        f"suite{f' (of {total})' if total else ''}: supervised model {sft}, after DPO {dpo} ({dpo - sft:+d})."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
