"""Drift detectors: false alarms on traffic that has not drifted, and the delay before a shift is
found (issue 30; appliance/adapt/drift.py, the traffic of appliance/adapt/traffic.py).

* **False alarms**: ``--windows`` (1000) windows of 100 and of 200 requests of the sample agency's
  English traffic, each checked against a reference of 300 requests drawn apart from the same
  generator (alpha = 0.01, Bonferroni over the detectors that ran); per detector (alarming in its
  check) and for the whole check: the rate, its 95 % Clopper-Pearson interval, goal at most 1 %. The
  same for traffic with 5 % of its requests in Hindi (a rare script: the permutation branch of the
  script test), windows of 100. And the test chosen for lengths: KS against Mann-Whitney at 5 %.
* **Detection delay**: for each simulated shift, ``--seeds`` (50) streams of ``window`` usual requests
  then the shift; checked every 25 requests on the last 100 (or 200); the delay is the number of
  requests after the shift until the first alarm (at most 600 looked at). Goal: within 200 for
  ``hindi`` and ``renamed_form``.

The tokenizer is the built-in model's (``tokenizer.json`` in the demo home's model folder, else
rebuilt from the packaged GGUF). Embeddings: when ``.demo-home`` holds a verified export of the
built-in model, the prompts are embedded through a real ``llama-server --embeddings`` (mean
pooling), each distinct prompt once, kept in ``.bench/drift-embeddings-<export>.npz`` for the next
run; otherwise the embedding detector is skipped and says why.

    python bench/drift.py                              # about 5 minutes on 2 cores, embeddings cached
    python bench/drift.py --windows 200 --seeds 10     # a quick look
    python bench/drift.py --no-embeddings              # the other detectors only
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter

import numpy as np
from common import ROOT, header
from scipy import stats

from appliance.adapt import traffic
from appliance.adapt.drift import DETECTORS, check_drift

DEMO_HOME = ROOT / ".demo-home"
BUILTIN = "smollm2-135m-instruct"
ALPHA = 0.01
REFERENCE = 300
EVERY = 25
LOOK = 600  # requests after the shift looked at
GOAL_DELAY = {"hindi": 200, "renamed_form": 200}
WINDOWS = (100, 200)


def load_tokenizer():
    """The built-in model's tokenizer as a ``tokenizers.Tokenizer``, and where it came from."""
    from tokenizers import Tokenizer

    if (DEMO_HOME / "catalog.db").is_file():
        from appliance.catalog import Catalog
        from appliance.home import Home

        catalog = Catalog.open(Home(DEMO_HOME))
        model = catalog.find_model(BUILTIN)
        if model and (DEMO_HOME / model["path"] / "tokenizer.json").is_file():
            return Tokenizer.from_file(str(DEMO_HOME / model["path"] / "tokenizer.json")), "the demo home's model"
    import gguf

    from appliance.models.builtin import builtin_gguf_path
    from appliance.tokenizer.gguf import load_tokenizer_from_gguf

    src = builtin_gguf_path()
    return load_tokenizer_from_gguf(src, gguf.GGUFReader(src)).backend_tokenizer, "rebuilt from the packaged GGUF"


class Embedder:
    """Each distinct prompt embedded once through llama-server's /v1/embeddings (started at the first
    prompt not in the cache), kept in ``.bench/drift-embeddings-<export>.npz`` for the next run."""

    def __init__(self, servable):
        self.servable = servable
        self.cache = ROOT / ".bench" / f"drift-embeddings-{servable.export_id}.npz"
        self.vectors: dict[str, np.ndarray] = {}
        if self.cache.is_file():
            with np.load(self.cache) as f:
                self.vectors = dict(zip(f["texts"].tolist(), f["vectors"], strict=True))
        self.cached = len(self.vectors)
        self.server = self.client = None
        self.seconds = 0.0
        # One thread when the machine is busy: on 2 cores shared with a training run, llama.cpp's two
        # threads waiting on each other embedded five times slower than one thread.
        self.threads = 1 if os.getloadavg()[0] >= 1.0 else os.cpu_count()

    def _start(self) -> None:
        import httpx

        from appliance.serving.backends import LlamaServer

        self.server = LlamaServer(
            self.servable.path, alias="drift-bench", n_ctx=256, slots=8, threads=self.threads, embeddings=True
        )
        self.server.start()
        self.client = httpx.Client(
            base_url=self.server.base_url, headers=self.server.headers, timeout=600, trust_env=False
        )

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.vectors})
        t0 = time.perf_counter()
        if missing and self.server is None:
            self._start()
        for i in range(0, len(missing), 64):
            batch = missing[i : i + 64]
            r = self.client.post("/v1/embeddings", json={"input": batch, "model": "drift-bench"})
            r.raise_for_status()
            for item in r.json()["data"]:
                self.vectors[batch[item["index"]]] = np.asarray(item["embedding"], float)
        self.seconds += time.perf_counter() - t0
        return np.stack([self.vectors[t] for t in texts])

    def close(self) -> None:
        if self.server is not None:
            self.client.close()
            self.server.stop()
        if len(self.vectors) > self.cached:
            self.cache.parent.mkdir(parents=True, exist_ok=True)
            texts = list(self.vectors)
            np.savez(self.cache, texts=np.array(texts), vectors=np.stack([self.vectors[t] for t in texts]))


def start_embedder() -> tuple[Embedder | None, str]:
    """An embedder over a verified export of the built-in model in the demo home, or why there is none."""
    if not (DEMO_HOME / "catalog.db").is_file():
        return None, f"no demo home at {DEMO_HOME} (make demo makes one)"
    from appliance.catalog import Catalog
    from appliance.errors import ApplianceError
    from appliance.home import Home
    from appliance.serving.runtime import resolve_servable

    try:
        servable = resolve_servable(Home(DEMO_HOME), Catalog.open(Home(DEMO_HOME)), BUILTIN)
    except ApplianceError as exc:
        return None, f"the demo home has no verified export of {BUILTIN}: {exc}"
    e = Embedder(servable)
    said = (
        f"{servable.path.name} ({servable.export_id}), llama-server --embeddings --pooling mean, {e.threads} thread(s)"
    )
    return e, said + f"; {e.cached} prompts already in {e.cache.name}"


def clopper_pearson(k: int, n: int) -> tuple[float, float]:
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="exact")
    return ci.low, ci.high


def false_alarms(n: int, window: int, tokenizer, embed, hindi: float = 0.0) -> tuple[Counter, int, dict]:
    """``n`` no-drift checks: alarms per detector and for the check, checks run, and the share of
    p < 0.05 for prompt lengths under KS (ours) and Mann-Whitney (the alternative)."""
    alarms: Counter = Counter()
    ran: Counter = Counter()
    lengths = {"KS": 0, "Mann-Whitney": 0}
    scenario = 100_000 * (window + (1 if hindi else 0))  # seeds of their own per window size and traffic
    for i in range(n):
        ref = traffic.english(REFERENCE, 10_000_000 + scenario + i, hindi=hindi)
        win = traffic.english(window, 20_000_000 + scenario + i, hindi=hindi)
        check = check_drift(ref, win, alpha=ALPHA, tokenizer=tokenizer, embed=embed, seed=i)
        alarms["check"] += check.alarm
        for r in check.results:
            ran[r.name] += r.ran
            alarms[r.name] += r.alarm
        a, b = [len(o.prompt) for o in ref], [len(o.prompt) for o in win]
        lengths["KS"] += stats.ks_2samp(a, b).pvalue < 0.05
        lengths["Mann-Whitney"] += stats.mannwhitneyu(a, b).pvalue < 0.05
    return alarms, ran, {k: v / n for k, v in lengths.items()}


def delay(name: str, window: int, seed: int, tokenizer, embed) -> tuple[int | None, list[str]]:
    """Requests after the shift until the first alarm (None: not within LOOK) and who alarmed. The
    windows of 100 and of 200 watch the same stream (and its prompts are embedded once)."""
    stream = traffic.shift(name, max(WINDOWS), LOOK, 30_000_000 + seed)
    ref = traffic.english(REFERENCE, 40_000_000 + seed)
    for after in range(EVERY, LOOK + 1, EVERY):
        end = max(WINDOWS) + after
        check = check_drift(ref, stream[end - window : end], alpha=ALPHA, tokenizer=tokenizer, embed=embed, seed=seed)
        if check.alarm:
            return after, check.alarms
    return None, []


def print_false_alarms(title: str, results: dict[int, tuple[Counter, int, dict]], n: int) -> float:
    print(f"\n{title}: {n} windows per size, alpha = {ALPHA}, reference {REFERENCE} requests")
    sizes = sorted(results)
    print(f"  {'detector':<16}" + "".join(f"{f'window {w}: rate [95 % CI]':<40}" for w in sizes))
    worst = 0.0
    for name in (*DETECTORS, "check"):
        cells = []
        for w in sizes:
            alarms, ran, _ = results[w]
            runs = n if name == "check" else ran[name]
            if not runs:
                cells.append(f"{'did not run':<40}")
                continue
            lo, hi = clopper_pearson(alarms[name], runs)
            cells.append(
                f"{f'{alarms[name]}/{runs} = {100 * alarms[name] / runs:.2f} % [{100 * lo:.2f}, {100 * hi:.2f}]':<40}"
            )
            if name == "check":
                worst = max(worst, alarms[name] / runs)
        label = "whole check" if name == "check" else name
        print(f"  {label:<16}" + "".join(cells))
    return worst


def run_delays(seeds: int, windows: tuple[int, ...], tokenizer, embed) -> None:
    print(
        f"\nDetection delay: {seeds} seeds, checked every {EVERY} requests on the last W, up to {LOOK} after the shift"
    )
    print(f"  {'shift':<16}{'W':>5}{'found':>9}{'median':>9}{'p90':>7}   first alarm by")
    for name in traffic.SHIFTS:
        for w in windows:
            delays, first = [], Counter()
            for s in range(seeds):
                d, who = delay(name, w, s, tokenizer, embed)
                delays.append(d if d is not None else float("inf"))
                first.update(who)
            found = sum(d != float("inf") for d in delays)
            med, p90 = np.median(delays), np.quantile(delays, 0.9)
            show = ", ".join(f"{k} {v}" for k, v in first.most_common(3))
            print(f"  {name:<16}{w:>5}{f'{found}/{seeds}':>9}{med:>9.0f}{p90:>7.0f}   {show}")
            if name in GOAL_DELAY:
                print(f"  {'':<16}ratio median delay / goal ({GOAL_DELAY[name]}): {med / GOAL_DELAY[name]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--windows", type=int, default=1000, help="no-drift windows per window size")
    ap.add_argument("--seeds", type=int, default=50, help="streams per shift and window size")
    ap.add_argument("--no-embeddings", action="store_true", help="skip the llama-server embeddings")
    args = ap.parse_args()
    header("Drift detectors: false alarms and detection delay")
    t0 = time.perf_counter()
    tokenizer, source = load_tokenizer()
    print(f"tokenizer: {source}", flush=True)
    embedder, said = (None, "--no-embeddings") if args.no_embeddings else start_embedder()
    print(f"embeddings: {said}" if embedder else f"embeddings: skipped ({said}); the other detectors run", flush=True)
    try:
        results = {}
        for w in WINDOWS:
            results[w] = false_alarms(args.windows, w, tokenizer, embedder)
            print(f"  ({args.windows} windows of {w}: {time.perf_counter() - t0:.0f} s)", flush=True)
        worst = print_false_alarms("False alarms, English traffic", results, args.windows)
        print(f"  ratio measured false-alarm rate / goal (1 %): {worst / 0.01:.2f} (the larger of the two sizes)")
        for w, (_, _, lengths) in results.items():
            shares = ", ".join(f"{k} {100 * v:.1f} %" for k, v in lengths.items())
            print(f"  prompt lengths, p < 0.05 at window {w} (nominal 5 %): {shares}")
        mixed = {100: false_alarms(args.windows, 100, tokenizer, None, hindi=0.05)}
        print_false_alarms("False alarms, traffic with 5 % Hindi (no embeddings)", mixed, args.windows)
        run_delays(args.seeds, WINDOWS, tokenizer, embedder)
    finally:
        if embedder:
            new = len(embedder.vectors) - embedder.cached
            print(f"\nembeddings: {new} prompts embedded in {embedder.seconds:.0f} s, {embedder.cached} from the cache")
            embedder.close()
    print(f"wall time {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
