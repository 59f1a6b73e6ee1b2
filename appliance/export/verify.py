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
from appliance.export.gate_report import (  # noqa: F401 - the report's names are read from here too
    ADD_BOS,
    BOS_TOKEN,
    CHAT_RENDERING,
    CHAT_TEMPLATE,
    END_OF_TURN,
    EOS_TOKEN,
    LOADS,
    LOGITS,
    MARKS,
    NEW_ROWS,
    PARITY,
    TOKENIZER_POLICIES,
    TOKENIZER_PROBES,
    Check,
    GateReport,
)
from appliance.messages import M, Message
from appliance.procs import BackgroundWorker, run_worker, worker_command

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

REFERENCE_WHAT = M("gate.reference_what", "The verification gate's reference half (torch)")
LLAMA_WHAT = M("gate.llama_what", "The verification gate's llama.cpp half")


def _pieces(pieces: list[str], start: int) -> list[str]:
    return pieces[max(0, start - 1) : start + 3]


def check_policy(tokenizer_policy: str) -> None:
    if tokenizer_policy not in TOKENIZER_POLICIES:
        raise ExportError(
            M("gate.unknown_policy", "Unknown tokenizer policy {policy!r}.", policy=tokenizer_policy),
            hint=M("gate.unknown_policy.hint", "Use one of: {policies}.", policies=", ".join(TOKENIZER_POLICIES)),
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
        what=LLAMA_WHAT,
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
        report.add(
            LOADS, "fail", M("gate.load_failed", "llama-server cannot load the file: {reason}", reason=ll["load_error"])
        )
        return report.finish()
    if ll.get("placement_message"):
        placement = Message.from_dict(ll["placement_message"])
    else:  # written before the message was
        placement = ll["placement"] if "placement" in ll else M("gate.placement_cpu", "on the CPU")
    loads = M(
        "gate.loads",
        "llama-server loads it ({placement}): {n_vocab} tokens, trained context {n_ctx}",
        placement=placement,
        n_vocab=ll["n_vocab"],
        n_ctx=ll["n_ctx"],
    )
    report.add(LOADS, "pass", loads)
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
    detail = M(
        "gate.logits",
        "top-1 {top1:.3f} / KL {kl:.5f} against ≥ {min_top1:.2f} / ≤ {max_kl:.3f} for {quant}",
        top1=float(top1),
        kl=float(kl.mean()),
        min_top1=min_top1,
        max_kl=max_kl,
        quant=quant,
    )
    report.add(LOGITS, "pass" if ok else "fail", detail)


def _check_metadata(report: GateReport, tok: dict, ll: dict) -> None:
    meta = ll["metadata"]
    template, hf_template = meta.get("chat_template"), tok.get("chat_template")
    if not hf_template:
        report.add(CHAT_TEMPLATE, "warn", M("gate.chat_template.none", "the source tokenizer has no chat template"))
    elif template == hf_template:
        report.add(CHAT_TEMPLATE, "pass", M("gate.chat_template.same", "identical to the tokenizer's"))
    elif template is None:
        report.add(CHAT_TEMPLATE, "fail", M("gate.chat_template.missing", "missing from the GGUF"))
    else:
        report.add(CHAT_TEMPLATE, "fail", M("gate.chat_template.differs", "differs from the tokenizer's"))
    for label, got, hf_id, hf_name in (
        (BOS_TOKEN, meta.get("bos_id"), tok["bos_token_id"], tok["bos_token"]),
        (EOS_TOKEN, meta.get("eos_id"), tok["eos_token_id"], tok["eos_token"]),
    ):
        if hf_id is None:
            none = M("gate.token.none", "the tokenizer defines none (GGUF: {got})", got=got)
            report.add(label, "skip" if got is None else "warn", none)
        elif got == hf_id:
            report.add(label, "pass", M("gate.token.same", "id {id} ({name!r})", id=got, name=hf_name))
        else:
            report.add(
                label, "fail", M("gate.token.differs", "GGUF {got}, tokenizer {expected}", got=got, expected=hf_id)
            )
    eog = tok["end_of_turn"]
    missing = [t["id"] for t in eog if not ll["end_of_generation"].get(str(t["id"]))]
    if not eog:
        report.add(END_OF_TURN, "warn", M("gate.end_of_turn.none", "the model defines no end-of-sequence token"))
    elif missing:
        report.add(END_OF_TURN, "fail", M("gate.end_of_turn.missing", "llama.cpp does not stop on {ids}", ids=missing))
    else:
        names = ", ".join(f"{t['id']} {t['token']!r}" for t in eog)
        report.add(END_OF_TURN, "pass", M("gate.end_of_turn.stops", "llama.cpp stops on {tokens}", tokens=names))
    hf_bos, ll_bos = tok["adds_bos"], ll["adds_bos"]
    if hf_bos == ll_bos:
        if ll_bos:
            report.add(ADD_BOS, "pass", M("gate.add_bos.both", "both add BOS"))
        else:
            report.add(ADD_BOS, "pass", M("gate.add_bos.neither", "both do not add BOS"))
    elif hf_bos:
        report.add(ADD_BOS, "fail", M("gate.add_bos.only_tokenizer", "tokenizer adds BOS, llama.cpp does not"))
    else:
        report.add(ADD_BOS, "fail", M("gate.add_bos.only_llama", "tokenizer does not add BOS, llama.cpp does"))


def _check_chat(report: GateReport, hf_chats: list[dict], ll_chats: list[dict]) -> None:
    if not hf_chats or not ll_chats:
        report.add(CHAT_RENDERING, "skip", M("gate.chat.no_template", "no chat template"))
        return
    problems = []
    for hf, ll in zip(hf_chats, ll_chats, strict=True):
        if hf["text"] != ll["text"]:
            problems.append(M("gate.chat.text_differs", "text differs for a {n}-message chat", n=hf["messages"]))
        elif hf["ids"] != ll["ids"]:
            problems.append(
                M(
                    "gate.chat.tokens_differ",
                    "tokens differ for a {n}-message chat ({hf} vs {llama})",
                    n=hf["messages"],
                    hf=len(hf["ids"]),
                    llama=len(ll["ids"]),
                )
            )
    if problems:
        report.add(CHAT_RENDERING, "fail", _joined(problems))
    else:
        same = M("gate.chat.same", "{n} chats render to the same text and tokens in llama.cpp", n=len(hf_chats))
        report.add(CHAT_RENDERING, "pass", same)


def _joined(problems: list[Message]) -> Message:
    """``a; b; c`` as one message."""
    out = problems[-1]
    for p in reversed(problems[:-1]):
        out = M("gate.problems_joined", "{first}; {rest}", first=p, rest=out)
    return out


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
        detail = M("gate.parity.differs", "lines tokenized differently: {scripts}", scripts=", ".join(bad_scripts))
    else:
        status = "pass"
        detail = M(
            "gate.parity.same",
            "{n} held-out lines of {scripts} tokenized identically",
            n=total,
            scripts=", ".join(lines),
        )
    report.add(PARITY, status, detail)


def _check_new_rows(report: GateReport, rows: dict, policy: str) -> None:
    """An extended vocabulary's new embedding rows: all still as the extension initialised them
    (never trained) fails the gate (warns under ``lenient``); some untrained (tokens the training
    text never held) warns (fails under ``strict``)."""
    report.new_rows = rows
    n, k = rows["rows"], rows["untrained"]
    first, last = rows["first_id"], rows["first_id"] + n - 1
    if k == n:
        status = "warn" if policy == "lenient" else "fail"
        detail = M(
            "gate.new_rows.untrained",
            "untrained: none of the {n:,} new rows (ids {first:,}–{last:,}) changed since the vocabulary extension; "
            "their embeddings are only averages of the pieces they replace, and the model writes the extended "
            "scripts worse than its base. Train them (a recipe with [tokenizer] train_new_rows = true), merge, and "
            "export the merged model",
            n=n,
            first=first,
            last=last,
        )
    elif k:
        status = "fail" if policy == "strict" else "warn"
        detail = M(
            "gate.new_rows.some_untrained",
            "{k:,} of the {n:,} new rows (ids {first:,}–{last:,}) never changed since the extension (tokens the "
            "training text did not hold), e.g. ids {examples}",
            k=k,
            n=n,
            first=first,
            last=last,
            examples=", ".join(map(str, rows["examples"])),
        )
    else:
        status = "pass"
        detail = M(
            "gate.new_rows.trained",
            "all {n:,} new rows (ids {first:,}–{last:,}) trained since the extension",
            n=n,
            first=first,
            last=last,
        )
    report.add(NEW_ROWS, status, detail)


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
    detail = M(
        "gate.tokenizer",
        "{same}/{total} identical, {warned} warned, {failed} failed",
        same=total - n_fail - n_warn,
        total=total,
        warned=n_warn,
        failed=n_fail,
    )
    report.add(TOKENIZER_PROBES, "fail" if n_fail else ("warn" if n_warn else "pass"), detail)
