"""The export verification gate: does the GGUF behave like the model it was made from?

After every export the gate

* loads the GGUF in llama.cpp and the source model in transformers and compares next-token
  distributions at every position of the fixed probe prompts (same token ids fed to both, so
  weights are judged separately from tokenizers): top-1 agreement and mean KL(HF ‖ GGUF) against
  a threshold that depends on the quantization type (``THRESHOLDS``; f16 is near-exact);
* checks the embedded metadata: chat template, BOS/EOS, every end-of-turn id of the generation
  config recognised by llama.cpp as end-of-generation, the add-BOS flag, and that a chat rendered
  by llama-cpp-python's formatter from the embedded template gives HF's exact text and tokens;
* tokenizes a multilingual probe set with both tokenizers and reports every difference by
  script, with an explicit policy (``TOKENIZER_POLICIES``).

Two processes, never one: llama.cpp and torch crash when loaded together (CUDA builds above
all), so the gate has a torch half (``gate_reference.py``: the HF tokenizer and the reference
model) and a llama.cpp half (``gate_llama.py``: the GGUF as the runtime reads it), each run in its
own worker process; the torch half needs only the source model, so an export starts it while it
converts (``start_reference``) and the llama.cpp half runs once the GGUF is in place. They exchange token ids and log-probabilities through
files in a private work folder; this module, which loads neither stack, judges what they wrote.
A worker that crashes (a segmentation fault in native code) raises ``WorkerCrashed`` naming the
half, the signal and the log.

Memory (7B-class models on a 32 GB machine): the two models are never resident together, and
only the probe positions' log-probabilities are kept (about 260 × vocabulary floats per side,
memory-mapped). The reference model is loaded in its stored dtype when that fits in 40 % of
available memory, otherwise in bfloat16. Cost: one forward pass per prompt on each side.
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from appliance import faults
from appliance.errors import ExportError
from appliance.events import CancelToken, EventSink, ignore
from appliance.export import probes
from appliance.export.gate_files import (
    LLAMA_JSON,
    LLAMA_TOP_IDS,
    LLAMA_TOP_LOGPROBS,
    REFERENCE_JSON,
    REFERENCE_LOGPROBS,
    read_parity,
)
from appliance.procs import BackgroundWorker, run_worker, worker_command
from appliance.states import GateStatus

# quant -> (minimum top-1 agreement, maximum mean KL in nats). Calibrated on SmolLM2-135M and
# the tiny random test models (docs/export-gate.md); lower-bit types get looser bounds because
# quantization legitimately moves the distribution.
THRESHOLDS: dict[str, tuple[float, float]] = {
    "f32": (0.99, 0.001),
    "f16": (0.98, 0.005),
    "bf16": (0.95, 0.02),
    "q8_0": (0.90, 0.03),
    "q6_k": (0.85, 0.06),
    "q5_k_m": (0.80, 0.10),
    "q5_0": (0.78, 0.12),
    "q4_k_m": (0.70, 0.20),
    "q4_0": (0.65, 0.30),
    "q3_k_m": (0.55, 0.50),
    "q2_k": (0.40, 1.00),
}

REFERENCE_WHAT = "The verification gate's reference half (torch)"

TOKENIZER_POLICIES = {
    "default": (
        "A difference fails the gate if the probe is Latin text, code or ASCII digits (it means a "
        "wrong pre-tokenizer) or if llama.cpp's tokens do not decode back to the exact text; any "
        "other difference is a lossless re-segmentation and only warns."
    ),
    "strict": "Any difference between the tokenizers fails the gate.",
    "lenient": "Differences only warn; use when a tokenizer is known to differ (recorded in the report).",
}


@dataclass
class Check:
    name: str
    status: str  # pass | warn | fail | skip
    detail: str


@dataclass
class GateReport:
    quant: str
    status: str = GateStatus.PASS
    checks: list[Check] = field(default_factory=list)
    logits: dict = field(default_factory=dict)
    tokenizer: list[dict] = field(default_factory=list)
    tokenizer_policy: str = "default"
    parity: list[dict] = field(default_factory=list)  # per extended script: held-out lines compared
    new_rows: dict = field(default_factory=dict)  # an extended vocabulary's rows never trained (rows, untrained)
    reference_dtype: str = ""
    probe_set_version: str = probes.PROBE_SET_VERSION
    seconds: float = 0.0

    def add(self, name: str, status: str, detail: str) -> None:
        self.checks.append(Check(name, status, detail))

    def finish(self) -> "GateReport":
        self.status = GateStatus.FAIL if any(c.status == "fail" for c in self.checks) else GateStatus.PASS
        return self

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "GateReport":
        d = dict(d)
        d["checks"] = [Check(**c) for c in d.get("checks", [])]
        return cls(**d)

    def render(self) -> str:
        """The report a person reads: verdict, each check, each tokenizer difference."""
        mark = {"pass": "PASS", "warn": "WARN", "fail": "FAIL", "skip": "SKIP"}
        lines = [f"Verification gate ({self.quant}): {mark[self.status]}"]
        lg = self.logits
        if lg:
            lines.append(
                f"  Logits on {lg['positions']} probe positions ({lg['prompts']} prompts, reference in "
                f"{self.reference_dtype}): top-1 agreement {lg['top1']:.3f} (needs ≥ {lg['min_top1']:.2f}), "
                f"mean KL {lg['kl_mean']:.5f} nats (needs ≤ {lg['max_kl']:.3f}), p95 KL {lg['kl_p95']:.5f}"
            )
        for c in self.checks:
            lines.append(f"  [{mark[c.status]}] {c.name}: {c.detail}")
        diffs = [t for t in self.tokenizer if t["status"] != "same"]
        same = len(self.tokenizer) - len(diffs)
        lines.append(
            f"  Tokenizer probes: {same}/{len(self.tokenizer)} identical; policy '{self.tokenizer_policy}': "
            f"{TOKENIZER_POLICIES[self.tokenizer_policy]}"
        )
        for t in diffs:
            shown = repr(t["text"]) + ("" if unicodedata.normalize("NFC", t["text"]) == t["text"] else " (not NFC)")
            lines.append(
                f"    [{mark[t['status']]}] {t['category']}: {shown} — HF {t['hf_count']} tokens, "
                f"llama.cpp {t['llama_count']}; first difference at token {t['first_diff']}: "
                f"HF {t['hf_pieces']} vs llama.cpp {t['llama_pieces']}"
                f"{'' if t['lossless'] else ' (llama.cpp loses text)'}"
            )
        for p in self.parity:
            lines.append(
                f"  Held-out {p['script']} lines: {p['identical']}/{p['lines']} tokenized identically by llama.cpp"
                + (f", {p['lossy']} lose text" if p["lossy"] else "")
            )
            for ex in p["examples"]:
                lines.append(
                    f"    {ex['text']!r}: first difference at token {ex['first_diff']}: HF {ex['hf_pieces']} "
                    f"vs llama.cpp {ex['llama_pieces']}"
                )
        lines.append(f"  Probe set {self.probe_set_version}; took {self.seconds:.1f} s.")
        return "\n".join(lines)


def _pieces(pieces: list[str], start: int) -> list[str]:
    return pieces[max(0, start - 1) : start + 3]


def check_policy(tokenizer_policy: str) -> None:
    if tokenizer_policy not in TOKENIZER_POLICIES:
        raise ExportError(
            f"Unknown tokenizer policy {tokenizer_policy!r}.", hint=f"Use one of: {', '.join(TOKENIZER_POLICIES)}."
        )


def start_reference(
    model_dir: Path,
    work_dir: Path,
    *,
    params: int,
    stored_dtype: str,
    cancel: CancelToken,
    log_path: Path | None = None,
    on_event: EventSink | None = None,
) -> BackgroundWorker:
    """Start the gate's torch half now, on a thread: it needs only the source model, so an export
    runs it while the GGUF is being converted and quantized (one torch start-up overlaps another)."""
    return BackgroundWorker(
        worker_command("gate-reference", str(model_dir), str(work_dir), str(int(params)), stored_dtype or ""),
        cancel=cancel,
        stage="verify",
        what=REFERENCE_WHAT,
        log_path=log_path,
        on_event=on_event,
    )


def run_gate(
    gguf_path: Path,
    model_dir: Path,
    quant: str,
    *,
    work_dir: Path,
    params: int = 0,
    stored_dtype: str = "float32",
    tokenizer_policy: str = "default",
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
    log_path: Path | None = None,
    reference: BackgroundWorker | None = None,
) -> GateReport:
    """Run both halves in worker processes and judge them; returns the report (``status`` pass or fail).

    ``work_dir`` is a private, empty scratch folder the caller removes; ``reference`` is the torch
    half if the caller started it already (``start_reference``). Raises ``Cancelled``,
    ``WorkerCrashed`` (a half died by a signal) or ``ExportError`` (a half failed).
    """
    check_policy(tokenizer_policy)
    cancel = cancel or CancelToken()
    t0 = time.perf_counter()

    def on_progress(event) -> None:
        on_event(event)
        faults.point("export.gate")

    (
        reference
        or start_reference(
            model_dir,
            work_dir,
            params=params,
            stored_dtype=stored_dtype,
            cancel=cancel,
            log_path=log_path,
            on_event=on_event,
        )
    ).result()
    run_worker(
        worker_command("gate-llama", str(gguf_path), str(work_dir)),
        cancel=cancel,
        stage="verify",
        what="The verification gate's llama.cpp half",
        on_event=on_progress,
        log_path=log_path,
    )
    report = judge(Path(work_dir), quant, tokenizer_policy)
    report.seconds = time.perf_counter() - t0
    return report


def judge(work_dir: Path, quant: str, tokenizer_policy: str = "default") -> GateReport:
    """The verdict on what the two halves wrote into ``work_dir``."""
    ref = json.loads((work_dir / REFERENCE_JSON).read_text())
    ll = json.loads((work_dir / LLAMA_JSON).read_text())
    report = GateReport(quant=quant, tokenizer_policy=tokenizer_policy, reference_dtype=ref.get("reference_dtype", ""))
    if "load_error" in ll:
        report.add("loads in llama.cpp", "fail", f"llama-server cannot load the file: {ll['load_error']}")
        return report.finish()
    report.add(
        "loads in llama.cpp",
        "pass",
        f"llama-server loads it ({ll.get('placement', 'on the CPU')}): {ll['n_vocab']} tokens, trained context "
        f"{ll['n_ctx']}",
    )
    _check_metadata(report, ref["tokenizer"], ll)
    _check_chat(report, ref["chat"], ll["chat"])
    _check_tokenizer(report, ref["tokenizer_probes"], ll["tokenizer_probes"], tokenizer_policy)
    if ref.get("parity"):
        _check_parity(report, read_parity(work_dir), ref["parity"], ll.get("parity") or {}, tokenizer_policy)
    if ref.get("new_rows"):
        _check_new_rows(report, ref["new_rows"], tokenizer_policy)
    _check_logits(report, work_dir, ref["prompt_ids"], quant)
    return report.finish()


def _check_logits(report: GateReport, work_dir: Path, prompt_ids: list[list[int]], quant: str) -> None:
    """Top-1 agreement and KL(HF ‖ GGUF) at every probe position. llama-server gives the GGUF's
    ``TOP_K`` most likely tokens with their exact log-probabilities; the KL is taken over the
    vocabulary cut into those tokens and one bucket for the rest, which never exceeds the
    full-vocabulary KL and misses only the divergence inside the tail (docs/export-gate.md)."""
    import numpy as np

    min_top1, max_kl = THRESHOLDS.get(quant, THRESHOLDS["q2_k"])
    ref_all = np.load(work_dir / REFERENCE_LOGPROBS, mmap_mode="r")
    top_ids = np.load(work_dir / LLAMA_TOP_IDS)
    top_lp = np.load(work_dir / LLAMA_TOP_LOGPROBS).astype(np.float64)
    v = ref_all.shape[1]
    top1_hits = positions = 0
    kls: list[float] = []
    tails: list[float] = []
    start = 0
    for ids in prompt_ids:  # one prompt at a time: memory stays at one prompt's rows
        n = len(ids)
        hf = np.asarray(ref_all[start : start + n], dtype=np.float64)
        gi = np.clip(top_ids[start : start + n], 0, v - 1)
        gl = top_lp[start : start + n]
        start += n
        rows = np.arange(n)
        hf_top, gg_top = hf.argmax(axis=1), gi[:, 0]
        # A numerical tie in the reference counts as agreement.
        tie = hf[rows, gg_top] >= hf[rows, hf_top] - 1e-5
        top1_hits += int(((hf_top == gg_top) | tie).sum())
        positions += n
        known = np.isfinite(gl) & (top_ids[start - n : start] < v)
        p = np.where(known, np.exp(hf[rows[:, None], gi]), 0.0)
        q = np.where(known, np.exp(gl), 0.0)
        p_rest = np.clip(1.0 - p.sum(axis=1), 0.0, 1.0)
        q_rest = np.clip(1.0 - q.sum(axis=1), 1e-12, 1.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            head = np.where(p > 0, p * (np.log(np.maximum(p, 1e-300)) - np.where(known, gl, 0.0)), 0.0).sum(axis=1)
            tail = np.where(p_rest > 1e-12, p_rest * (np.log(np.maximum(p_rest, 1e-300)) - np.log(q_rest)), 0.0)
        kls.extend(np.maximum(head + tail, 0.0).tolist())
        tails.extend(p_rest.tolist())
    kl = np.array(kls)
    top1 = top1_hits / max(positions, 1)
    report.logits = {
        "prompts": len(prompt_ids),
        "positions": positions,
        "top1": top1,
        "kl_mean": float(kl.mean()),
        "kl_p95": float(np.percentile(kl, 95)),
        "kl_max": float(kl.max()),
        "top_k": int(top_ids.shape[1]),
        "tail_mass_mean": float(np.mean(tails)),
        "min_top1": min_top1,
        "max_kl": max_kl,
    }
    ok = top1 >= min_top1 and kl.mean() <= max_kl
    report.add(
        "logits",
        "pass" if ok else "fail",
        f"top-1 {top1:.3f} / KL {kl.mean():.5f} against ≥ {min_top1:.2f} / ≤ {max_kl:.3f} for {quant}",
    )


def _check_metadata(report: GateReport, tok: dict, ll: dict) -> None:
    meta = ll["metadata"]
    template, hf_template = meta.get("chat_template"), tok.get("chat_template")
    if hf_template:
        same = template == hf_template
        report.add(
            "chat template embedded",
            "pass" if same else "fail",
            "identical to the tokenizer's"
            if same
            else ("missing from the GGUF" if template is None else "differs from the tokenizer's"),
        )
    else:
        report.add("chat template embedded", "warn", "the source tokenizer has no chat template")
    for label, got, hf_id, hf_name in (
        ("BOS token", meta.get("bos_id"), tok["bos_token_id"], tok["bos_token"]),
        ("EOS token", meta.get("eos_id"), tok["eos_token_id"], tok["eos_token"]),
    ):
        if hf_id is None:
            report.add(label, "skip" if got is None else "warn", f"the tokenizer defines none (GGUF: {got})")
        else:
            report.add(
                label,
                "pass" if got == hf_id else "fail",
                f"id {got} ({hf_name!r})" if got == hf_id else f"GGUF {got}, tokenizer {hf_id}",
            )
    eog = tok["end_of_turn"]
    missing = [t["id"] for t in eog if not ll["end_of_generation"].get(str(t["id"]))]
    if not eog:
        report.add("end-of-turn tokens", "warn", "the model defines no end-of-sequence token")
    else:
        names = ", ".join(f"{t['id']} {t['token']!r}" for t in eog)
        report.add(
            "end-of-turn tokens",
            "fail" if missing else "pass",
            f"llama.cpp does not stop on {missing}" if missing else f"llama.cpp stops on {names}",
        )
    hf_bos, ll_bos = tok["adds_bos"], ll["adds_bos"]
    report.add(
        "add-BOS flag",
        "pass" if hf_bos == ll_bos else "fail",
        f"both {'add' if ll_bos else 'do not add'} BOS"
        if hf_bos == ll_bos
        else f"tokenizer {'adds' if hf_bos else 'does not add'} BOS, llama.cpp {'does' if ll_bos else 'does not'}",
    )


def _check_chat(report: GateReport, hf_chats: list[dict], ll_chats: list[dict]) -> None:
    if not hf_chats or not ll_chats:
        report.add("chat rendering", "skip", "no chat template")
        return
    problems = []
    for hf, ll in zip(hf_chats, ll_chats, strict=True):
        if hf["text"] != ll["text"]:
            problems.append(f"text differs for a {hf['messages']}-message chat")
        elif hf["ids"] != ll["ids"]:
            problems.append(f"tokens differ for a {hf['messages']}-message chat ({len(hf['ids'])} vs {len(ll['ids'])})")
    report.add(
        "chat rendering",
        "fail" if problems else "pass",
        "; ".join(problems) if problems else f"{len(hf_chats)} chats render to the same text and tokens in llama.cpp",
    )


def _check_parity(report: GateReport, lines: dict, hf: dict, ll: dict, policy: str) -> None:
    """Held-out lines of each script the vocabulary was extended for: any line llama.cpp tokenizes
    differently fails the gate (warns under the lenient policy), with up to three examples."""
    bad_scripts = []
    for script, texts in lines.items():
        hf_rows, ll_rows = hf.get(script, []), ll.get(script, [])
        entry = {"script": script, "lines": len(texts), "identical": 0, "lossy": 0, "examples": []}
        for text, a, b in zip(texts, hf_rows, ll_rows, strict=True):
            if a["ids"] == b["ids"]:
                entry["identical"] += 1
                continue
            entry["lossy"] += not b["lossless"]
            if len(entry["examples"]) < 3:
                first = next(
                    (k for k, (x, y) in enumerate(zip(a["ids"], b["ids"], strict=False)) if x != y),
                    min(len(a["ids"]), len(b["ids"])),
                )
                entry["examples"].append(
                    {
                        "text": text[:80],
                        "first_diff": first,
                        "hf_pieces": _pieces(a["pieces"], first),
                        "llama_pieces": _pieces(b["pieces"], first),
                    }
                )
        report.parity.append(entry)
        if entry["identical"] < entry["lines"]:
            bad_scripts.append(f"{script} {entry['lines'] - entry['identical']}/{entry['lines']}")
    total = sum(p["lines"] for p in report.parity)
    if bad_scripts:
        status = "warn" if policy == "lenient" else "fail"
        detail = f"lines tokenized differently: {', '.join(bad_scripts)}"
    else:
        status, detail = "pass", f"{total} held-out lines of {', '.join(lines)} tokenized identically"
    report.add("extended-vocabulary parity", status, detail)


def _check_new_rows(report: GateReport, rows: dict, policy: str) -> None:
    """An extended vocabulary's new embedding rows: all still as the extension initialised them
    (never trained) fails the gate (warns under ``lenient``); some untrained (tokens the training
    text never held) warns (fails under ``strict``)."""
    report.new_rows = rows
    n, k = rows["rows"], rows["untrained"]
    span = f"ids {rows['first_id']:,}–{rows['first_id'] + n - 1:,}"
    if k == n:
        status = "warn" if policy == "lenient" else "fail"
        detail = (
            f"untrained: none of the {n:,} new rows ({span}) changed since the vocabulary extension; their "
            "embeddings are only averages of the pieces they replace, and the model writes the extended scripts "
            "worse than its base. Train them (a recipe with [tokenizer] train_new_rows = true), merge, and export "
            "the merged model"
        )
    elif k:
        status = "fail" if policy == "strict" else "warn"
        detail = (
            f"{k:,} of the {n:,} new rows ({span}) never changed since the extension (tokens the training text did "
            f"not hold), e.g. ids {', '.join(map(str, rows['examples']))}"
        )
    else:
        status, detail = "pass", f"all {n:,} new rows ({span}) trained since the extension"
    report.add("new vocabulary rows", status, detail)


def _check_tokenizer(report: GateReport, hf_probes: list[dict], ll_probes: list[dict], policy: str) -> None:
    n_fail = n_warn = 0
    for hf, ll in zip(hf_probes, ll_probes, strict=True):
        hf_ids, ll_ids = hf["ids"], ll["ids"]
        entry = {
            "category": hf["category"],
            "text": hf["text"],
            "hf_count": len(hf_ids),
            "llama_count": len(ll_ids),
            "status": "same",
            "first_diff": None,
            "hf_pieces": [],
            "llama_pieces": [],
            "lossless": True,
        }
        if hf_ids != ll_ids:
            first = next(
                (k for k, (a, b) in enumerate(zip(hf_ids, ll_ids, strict=False)) if a != b),
                min(len(hf_ids), len(ll_ids)),
            )
            lossless = ll["lossless"]
            if policy == "strict":
                status = "fail"
            elif policy == "lenient":
                status = "warn"
            else:
                status = "fail" if (hf["category"] in probes.FAIL_CATEGORIES or not lossless) else "warn"
            entry.update(
                status=status,
                first_diff=first,
                lossless=lossless,
                hf_pieces=_pieces(hf["pieces"], first),
                llama_pieces=_pieces(ll["pieces"], first),
            )
            n_fail += status == "fail"
            n_warn += status == "warn"
        report.tokenizer.append(entry)
    total = len(hf_probes)
    detail = f"{total - n_fail - n_warn}/{total} identical, {n_warn} warned, {n_fail} failed"
    report.add("tokenizer probes", "fail" if n_fail else ("warn" if n_warn else "pass"), detail)
