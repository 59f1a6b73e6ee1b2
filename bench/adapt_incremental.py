"""Adaptation: incremental retraining against retraining from the base (issue 30).

On the demo workspace (``.demo-home``, after ``make demo``), with the built-in model and the demo's
supervised run ``kestrel-demo`` (model ``kestrel-registry-tuned``, the line ``kestrel``'s first
production model), three retrains learn the sample agency's Hindi questions, with the line's
recipe (its learning rate, schedule and LoRA settings):

* ``full``: from the base, on the line's dataset (``kestrel-registry``) and the new data, the
  recipe's own epochs;
* ``incremental``: continuing ``kestrel-demo``'s adapter (``run.from_run``, as the adaptation
  loop's ``mode = "incremental"`` does), on the new data only, 40 steps (as
  ``appliance/samples/kestrel_adapt.policy.toml``);
* ``incremental+replay``: the same, on the new data plus rows drawn (seeded) from
  ``kestrel-registry``'s train split so that replay is half of the rows (``replay = 0.5``).

Each is merged, exported to q8_0 through the gate and evaluated, as served, on the new suite
(``bench-adapt-hindi``: the Hindi file's held-out questions) and on the old one (the shipped
``kestrel-registry`` suite); ``kestrel-registry-tuned`` itself is the baseline row. The training
wall time is the run's own (its row's ``created_at`` to ``finished_at``: inputs read, model
loaded, steps, held-out loss, adapter saved).

The new data: the Hindi rows of ``appliance/samples/kestrel_registry.hi.jsonl`` with split
``train``, imported as ``bench-adapt-new``; all of the retrains' rows are training rows (nothing is
held out from the new data, so the three variants learn the same rows; the adaptation loop itself
holds out 10 %). The new suite's cases are the file's ``eval`` rows, each a ``contains`` scorer
with ``any`` = the facts of its reference answer: form codes (``KV-27``), times (``09:00``),
numbers of two or more digits, a one-digit number with its word (``काउंटर 5``, ``5 कार्य``),
leaving out what the question itself says (``1577`` when it asks about the helpline 1577); an
answer with none of these gets its key phrase (``FALLBACK``). Its ``max_tokens`` (128) holds the
longest reference answer (124 tokens: Devanagari costs about a token a character in this
tokenizer; the shipped suite's 70 would cut most answers before their facts).

Everything it makes is named ``bench-adapt-…`` and is reused when it runs again (datasets, suite,
runs, models, exports, evaluations); nothing of the demo's is changed or removed (the line's
channels are not touched). Training and merging run in a child process of their own (torch);
this process exports and evaluates through the core, whose workers and ``llama-server`` are
processes of their own (``appliance/isolation.py``).

    .venv/bin/python bench/adapt_incremental.py        # ~20-40 minutes on 2 cores, first run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEMO_HOME = Path(os.environ.get("APPLIANCE_HOME") or ROOT / ".demo-home")
PASSPHRASE_FILE = DEMO_HOME.with_name(DEMO_HOME.name + ".passphrase")
os.environ["APPLIANCE_BENCH_HOME"] = str(DEMO_HOME)  # common.py points APPLIANCE_HOME at it
os.environ["APPLIANCE_HOME"] = str(DEMO_HOME)

from common import header  # noqa: E402

BASE = "smollm2-135m-instruct"
PARENT_RUN = "kestrel-demo"
BASELINE = "kestrel-registry-tuned"
LINE_DATASET = "kestrel-registry"
OLD_SUITE = "kestrel-registry"
NEW_FILE = ROOT / "appliance" / "samples" / "kestrel_registry.hi.jsonl"
NEW_DATASET = "bench-adapt-new"
REPLAY_DATASET = "bench-adapt-replay-rows"
NEW_SUITE = "bench-adapt-hindi"
STEPS = 40  # the policy's retrain.max_steps
REPLAY = 0.5  # the policy's retrain.replay
SEED = 30
QUANT = "q8_0"
SUITE_MAX_TOKENS = 128
VARIANTS = {  # name: (run and model name, datasets, continue kestrel-demo's adapter, max_steps)
    "full": ("bench-adapt-full", [LINE_DATASET, NEW_DATASET], False, 0),
    "incremental": ("bench-adapt-incremental", [NEW_DATASET], True, STEPS),
    "incremental+replay": ("bench-adapt-replay", [REPLAY_DATASET], True, STEPS),
}
# Reference answers without a number or form code: their key phrase (matched in the answer).
FALLBACK = {
    "इलोना मार्श": ["मार्श"],  # the director's name
    "बैंक ट्रांसफर": ["बैंक ट्रांसफर", "नकद स्वीकार नहीं"],  # card or bank transfer; no cash
}
DEVANAGARI = re.compile("[\u0900-\u097f]")


# --- the workspace ---------------------------------------------------------------------------------
def open_workspace():
    """The demo home, its catalog and an unlocked key provider (the demo's passphrase file)."""
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.session import Credentials
    from appliance.workspace import key_provider

    home = Home.open(DEMO_HOME)
    catalog = Catalog.open(home)
    keys = key_provider(home, catalog, Credentials(passphrase_file=PASSPHRASE_FILE))
    return home, catalog, keys


def hindi_rows(split: str) -> list[dict]:
    rows = [json.loads(x) for x in NEW_FILE.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if r.get("split") == split and DEVANAGARI.search(r["messages"][0]["content"])]


def import_rows(home, catalog, keys, rows: list[dict], name: str) -> dict:
    """A chat dataset of ``rows`` (every one a training row), reused when ``name`` exists."""
    from appliance.data.datasets import DatasetStore

    store = DatasetStore(home, catalog, keys)
    if catalog.db["datasets"].count_where("name = ?", [name]):
        return store.get(name)
    with tempfile.TemporaryDirectory(prefix="bench-adapt-") as tmp:
        path = Path(tmp) / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"messages": r["messages"], "split": "train"}, ensure_ascii=False) + "\n")
        row, _report, _created = store.import_file(path, name=name, fmt="chat")
    return row


# --- the new suite ---------------------------------------------------------------------------------
def facts(question: str, answer: str) -> list[str]:
    """What a right answer contains: form codes, times, numbers of 2+ digits, a one-digit number
    with its word; without what the question already says; else the answer's key phrase."""
    found: list[str] = []
    words = re.findall(r"[^\s,।.]+", answer)
    for i, w in enumerate(words):
        if re.fullmatch(r"KV-\d+|\d{1,2}:\d\d|\d{2,}", w):
            found.append(w)
        elif re.fullmatch(r"\d", w):
            if i and words[i - 1] == "काउंटर":
                found.append(f"काउंटर {w}")
            elif i + 1 < len(words):
                found.append(f"{w} {words[i + 1]}")
    found = [f for f in dict.fromkeys(found) if f not in question]
    if not found:
        found = next((v for k, v in FALLBACK.items() if k in answer), [])
    if not found:
        raise SystemExit(f"no fact to score in the answer {answer!r}: add its key phrase to FALLBACK")
    return found


def suite_toml() -> str:
    def q(s: str) -> str:
        return json.dumps(s, ensure_ascii=False)  # a TOML basic string

    out = [
        "[suite]",
        f"name = {q(NEW_SUITE)}",
        'description = "The Hindi held-out questions of kestrel_registry.hi.jsonl (bench/adapt_incremental.py)."',
        f"max_tokens = {SUITE_MAX_TOKENS}",
        "repeat_penalty = 1.1",
        "context = 1024",
    ]
    for i, r in enumerate(hindi_rows("eval"), start=1):
        question, answer = r["messages"][0]["content"], r["messages"][-1]["content"]
        out += [
            "",
            "[[case]]",
            f'id = "hi-{i:02d}"',
            f"prompt = {q(question)}",
            'tags = { language = "hi" }',
            f'scorer = {{ type = "contains", any = [{", ".join(q(f) for f in facts(question, answer))}] }}',
        ]
    return "\n".join(out) + "\n"


def new_suite(home, catalog, keys) -> dict:
    from appliance.eval.store import SuiteStore
    from appliance.eval.suite import load_suite

    suites = SuiteStore(home, catalog, keys)
    found = suites.find(NEW_SUITE)
    if found:
        return found
    if len(hindi_rows("eval")) < 8:
        raise SystemExit("fewer than 8 Hindi eval rows: hold out a seeded third of the file instead")
    with tempfile.TemporaryDirectory(prefix="bench-adapt-") as tmp:
        path = Path(tmp) / f"{NEW_SUITE}.toml"
        path.write_text(suite_toml(), encoding="utf-8")
        return suites.import_suite(load_suite(path), source="bench/adapt_incremental.py")


# --- training (a torch process of its own) -----------------------------------------------------------
def worker_train(variant: str) -> None:
    """Train (or resume) and merge one variant; prints ``RESULT {run, model}``."""
    from appliance import isolation

    isolation.install(isolation.TORCH)
    from appliance.events import TrainStep
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.runs import RunStore
    from appliance.tuning.service import merge_run, resume_training, start_training

    home, catalog, keys = open_workspace()
    name, datasets, incremental, max_steps = VARIANTS[variant]

    def on(e):
        if isinstance(e, TrainStep) and (e.step % 10 == 0 or e.step == e.total):
            print(
                f"    {variant}: step {e.step}/{e.total}, loss {e.loss:.3f}, {e.tokens_per_s:.0f} tokens/s", flush=True
            )

    runs = [r for r in RunStore(home, catalog).list() if r["name"] == name]
    if runs and runs[-1]["status"] == "completed":
        run = runs[-1]
    elif runs:
        print(f"    {variant}: resuming run {runs[-1]['id']} ({runs[-1]['status']}): its time is not one run's")
        run = resume_training(home, catalog, keys, runs[-1]["id"], on_event=on)
    else:
        parent = RunStore(home, catalog).get(PARENT_RUN)
        from appliance.data.datasets import DatasetStore

        ds = DatasetStore(home, catalog)
        data = json.loads(json.dumps(parent["recipe"]))
        line_version = parent["dataset_ids"][0]  # the line's dataset as kestrel-demo trained on it
        data["run"] = {
            **data.get("run", {}),
            "name": name,
            "base_model": parent["base_model_id"],
            "datasets": [line_version if d == LINE_DATASET else ds.get(d)["id"] for d in datasets],
            "from_run": parent["id"] if incremental else "",
        }
        if max_steps:
            data.setdefault("training", {})["max_steps"] = max_steps
        recipe = recipe_from_dict(data, source=f"bench/adapt_incremental.py ({variant})")
        run = start_training(home, catalog, keys, recipe, on_event=on)
    model = catalog.find_model(name) or merge_run(home, catalog, run["id"], name=name)
    print("RESULT " + json.dumps({"run": run["id"], "model": model["id"]}), flush=True)


def train(variant: str) -> None:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", variant],
        cwd=HERE,
        env={**os.environ, "TQDM_DISABLE": "1"},
        stdout=subprocess.PIPE,
        text=True,
    )
    if out.returncode != 0 or "RESULT " not in out.stdout:
        sys.exit(f"training {variant} failed (exit {out.returncode}):\n{out.stdout[-3000:]}")
    print("\n".join(x for x in out.stdout.splitlines() if not x.startswith("RESULT ")), flush=True)


# --- export and evaluation (this process) ----------------------------------------------------------
def exported(home, catalog, keys, model_name: str) -> dict:
    from appliance.export.pipeline import Exporter

    model = catalog.get_model(model_name)
    done = [e for e in catalog.list_exports(model["id"]) if e["quant"] == QUANT and e["status"] == "verified"]
    if done:
        return done[-1]
    print(f"  export {model_name} ({QUANT}, through the gate)", flush=True)
    return Exporter(home, catalog, keys).export(model["id"], QUANT)[0]


def evaluation(home, catalog, keys, model_name: str, suite: dict) -> tuple[dict, dict]:
    """The model's evaluation on the suite (its newest verified export, greedy), and its cases."""
    from appliance.eval.runner import evaluate
    from appliance.eval.store import EvalStore

    evals = EvalStore(home, catalog, keys)
    model = catalog.get_model(model_name)
    row = evals.latest(model["id"], suite["id"])
    if row is None:
        print(f"  evaluate {model_name} on {suite['name']} ({suite['cases']} cases)", flush=True)
        t = time.perf_counter()
        row = evaluate(home, catalog, keys, model_name, suite["id"])
        print(f"    {row['summary']['passed']} of {suite['cases']} right ({time.perf_counter() - t:.0f} s)", flush=True)
    return row, evals.read_results(row)


def seconds(run: dict) -> float:
    def t(s: str) -> datetime:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))

    return (t(run["finished_at"]) - t(run["created_at"])).total_seconds()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--worker", choices=list(VARIANTS))
    args = ap.parse_args()
    if args.worker:
        worker_train(args.worker)
        return
    from appliance import isolation

    isolation.install()  # this process loads neither stack: training is a child, exports and evals are workers
    header("Adaptation: incremental retraining against retraining from the base (demo home, SmolLM2-135M, q8_0)")
    if not PASSPHRASE_FILE.exists():
        sys.exit(f"no demo workspace at {DEMO_HOME}: run `make demo` first")
    home, catalog, keys = open_workspace()
    from appliance.data.datasets import DatasetStore
    from appliance.eval.store import SuiteStore
    from appliance.tuning.runs import RunStore

    runs = RunStore(home, catalog)
    parent = runs.get(PARENT_RUN)
    if catalog.find_model(BASELINE) is None:
        sys.exit(f"no model {BASELINE}: run `make demo` first")
    new = hindi_rows("train")
    import_rows(home, catalog, keys, new, NEW_DATASET)
    if not catalog.db["datasets"].count_where("name = ?", [REPLAY_DATASET]):
        pool = DatasetStore(home, catalog, keys).read_records(parent["dataset_ids"][0], split="train", purpose="replay")
        want = min(len(pool), round(REPLAY / (1 - REPLAY) * len(new)))
        replay = random.Random(SEED).sample(pool, want)
        import_rows(home, catalog, keys, new + replay, REPLAY_DATASET)
    suites = SuiteStore(home, catalog, keys)
    old, hindi = suites.get(OLD_SUITE), new_suite(home, catalog, keys)
    recipe = parent["recipe"]["training"]
    lora = parent["recipe"]["lora"]
    print(
        f"recipe of {PARENT_RUN}: lr {recipe['learning_rate']:g} ({recipe['schedule']}, warmup {recipe['warmup_steps']}), "
        f"LoRA r{lora['rank']} alpha {lora['alpha']:g}, batch {recipe['batch_size']} x {recipe['sequence_length']} packed, "
        f"{recipe['epochs']:g} epochs; new rows {len(new)}; suites: {hindi['name']} ({hindi['cases']} cases), "
        f"{old['name']} ({old['cases']} cases)",
        flush=True,
    )
    rows = {}
    for variant, (name, _datasets, _inc, _steps) in VARIANTS.items():
        done = [r for r in runs.list() if r["name"] == name and r["status"] == "completed"]
        if not (done and catalog.find_model(name)):
            print(f"  train {variant} ({name})", flush=True)
            train(variant)
        run = [r for r in runs.list() if r["name"] == name and r["status"] == "completed"][-1]
        n_rows = sum(DatasetStore(home, catalog).get(i)["train_rows"] for i in run["dataset_ids"])
        rows[variant] = {"model": name, "run": run, "rows": n_rows}
    table = {f"{BASELINE} (no retrain)": {"model": BASELINE, "run": None}, **rows}
    for r in table.values():
        exported(home, catalog, keys, r["model"])
        r["new"], _ = evaluation(home, catalog, keys, r["model"], hindi)
        r["old"], r["old_cases"] = evaluation(home, catalog, keys, r["model"], old)
    base = table[f"{BASELINE} (no retrain)"]
    print(
        f"\n  | variant | training rows | steps | tokens trained | training wall time | new suite ({hindi['name']}) "
        f"| old suite ({old['name']}: en, hi) | old suite vs {BASELINE} |",
        flush=True,
    )
    print("  |---|---|---|---|---|---|---|---|")
    for label, r in table.items():
        old_s = r["old"]["summary"]
        langs = old_s.get("by_slice", {}).get("language", {})
        old_cell = (
            f"{old_s['passed']} of {old['cases']} ({', '.join(f'{k} {v[0]}/{v[1]}' for k, v in sorted(langs.items()))})"
        )
        if r["run"] is None:
            train_cells, change = "— | — | — | —", "—"
        else:
            run = r["run"]
            train_cells = f"{r['rows']} | {run['total_steps']} | {run['tokens_seen']:,} | {seconds(run):.0f} s"
            lost = sum(
                1 for c, v in base["old_cases"].items() if v["passed"] and not r["old_cases"].get(c, {}).get("passed")
            )
            gained = sum(
                1 for c, v in r["old_cases"].items() if v["passed"] and not base["old_cases"].get(c, {}).get("passed")
            )
            change = f"{old_s['passed'] - base['old']['summary']['passed']:+d} ({lost} lost, {gained} gained)"
        print(
            f"  | {label} | {train_cells} | {r['new']['summary']['passed']} of {hindi['cases']} | {old_cell} | {change} |",
            flush=True,
        )
    full = seconds(rows["full"]["run"])
    inc, rep = seconds(rows["incremental"]["run"]), seconds(rows["incremental+replay"]["run"])
    print(
        f"\n  incremental vs full: training time ×{inc / full:.2f} (incremental+replay ×{rep / full:.2f}); "
        f"full {full:.0f} s, incremental {inc:.0f} s, incremental+replay {rep:.0f} s; tokens trained "
        f"×{rows['incremental']['run']['tokens_seen'] / rows['full']['run']['tokens_seen']:.2f} "
        f"(×{rows['incremental+replay']['run']['tokens_seen'] / rows['full']['run']['tokens_seen']:.2f})",
        flush=True,
    )


if __name__ == "__main__":
    main()
