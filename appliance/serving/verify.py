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

Memory (7B-class models on a 32 GB machine): the two models are never resident together.
llama.cpp runs first (the GGUF is memory-mapped) and only the probe positions' log-probabilities
are kept (about 400 × vocabulary floats), then it is freed and the reference model is loaded:
in its stored dtype when that fits in 40 % of available memory, otherwise in bfloat16 (a 7B
model is then ~14 GB). The probe set is bounded, so cost is one forward pass per prompt.
"""

from __future__ import annotations

import gc
import os
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from appliance.errors import ExportError
from appliance.events import CancelToken, EventSink, Progress, ignore
from appliance.serving import probes

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
    status: str = "pass"
    checks: list[Check] = field(default_factory=list)
    logits: dict = field(default_factory=dict)
    tokenizer: list[dict] = field(default_factory=list)
    tokenizer_policy: str = "default"
    reference_dtype: str = ""
    probe_set_version: str = probes.PROBE_SET_VERSION
    seconds: float = 0.0

    def add(self, name: str, status: str, detail: str) -> None:
        self.checks.append(Check(name, status, detail))

    def finish(self) -> "GateReport":
        self.status = "fail" if any(c.status == "fail" for c in self.checks) else "pass"
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
        lines.append(f"  Tokenizer probes: {same}/{len(self.tokenizer)} identical; policy '{self.tokenizer_policy}': "
                     f"{TOKENIZER_POLICIES[self.tokenizer_policy]}")
        for t in diffs:
            shown = repr(t["text"]) + ("" if unicodedata.normalize("NFC", t["text"]) == t["text"] else " (not NFC)")
            lines.append(
                f"    [{mark[t['status']]}] {t['category']}: {shown} — HF {t['hf_count']} tokens, "
                f"llama.cpp {t['llama_count']}; first difference at token {t['first_diff']}: "
                f"HF {t['hf_pieces']} vs llama.cpp {t['llama_pieces']}"
                f"{'' if t['lossless'] else ' (llama.cpp loses text)'}"
            )
        lines.append(f"  Probe set {self.probe_set_version}; took {self.seconds:.1f} s.")
        return "\n".join(lines)


def reference_dtype_for(params: int, stored_dtype: str) -> str:
    import psutil

    avail = psutil.virtual_memory().available
    stored = stored_dtype if stored_dtype in ("float32", "float16", "bfloat16") else "float32"
    bytes_per = 4 if stored == "float32" else 2
    return stored if params * bytes_per <= 0.4 * avail else "bfloat16"


def _log_softmax(x):
    import numpy as np

    x = x.astype(np.float64)
    m = x.max(axis=-1, keepdims=True)
    return (x - m - np.log(np.exp(x - m).sum(axis=-1, keepdims=True))).astype(np.float32)


def _pieces(fn, ids, start):
    return [fn(i) for i in ids[max(0, start - 1): start + 3]]


def run_gate(gguf_path: Path, model_dir: Path, quant: str, *, params: int = 0, stored_dtype: str = "float32",
             tokenizer_policy: str = "default", on_event: EventSink = ignore,
             cancel: CancelToken | None = None) -> GateReport:
    """Run every check; returns the report (its ``status`` says pass or fail). Raises ``Cancelled``."""
    import numpy as np

    from appliance.models.hf import load_causal_lm, load_tokenizer
    from appliance.serving.native import llama_module

    if tokenizer_policy not in TOKENIZER_POLICIES:
        raise ExportError(f"Unknown tokenizer policy {tokenizer_policy!r}.",
                          hint=f"Use one of: {', '.join(TOKENIZER_POLICIES)}.")
    cancel = cancel or CancelToken()
    t0 = time.perf_counter()
    report = GateReport(quant=quant, tokenizer_policy=tokenizer_policy)
    min_top1, max_kl = THRESHOLDS.get(quant, THRESHOLDS["q2_k"])
    tok = load_tokenizer(model_dir)
    prompt_ids = [tok(p, add_special_tokens=True)["input_ids"] for p in probes.LOGIT_PROMPTS]
    n_ctx = max(64, max(len(p) for p in prompt_ids) + 16)

    # Phase 1: llama.cpp --------------------------------------------------------------------
    on_event(Progress("verify", message="Loading the GGUF in llama.cpp"))
    llama_cpp = llama_module()
    from llama_cpp import Llama

    try:
        llm = Llama(str(gguf_path), n_ctx=n_ctx, logits_all=True, n_threads=os.cpu_count(),
                    n_gpu_layers=0, verbose=False)
    except (ValueError, RuntimeError, OSError) as exc:
        report.add("loads in llama.cpp", "fail", f"llama.cpp cannot load the file: {exc}")
        report.seconds = time.perf_counter() - t0
        return report.finish()
    report.add("loads in llama.cpp", "pass", f"{llm.n_vocab()} tokens, context {llm.n_ctx()}")
    try:
        _check_metadata(report, gguf_path, tok, model_dir, llm, llama_cpp)
        _check_chat(report, tok, llm)
        _check_tokenizer(report, tok, llm, tokenizer_policy)
        cancel.check("Verification")
        gguf_logprobs = []
        for i, ids in enumerate(prompt_ids):
            cancel.check("Verification")
            on_event(Progress("verify", message="llama.cpp logits", done=i, total=2 * len(prompt_ids)))
            llm.reset()
            llm.eval(ids)
            gguf_logprobs.append(_log_softmax(np.array(llm.scores[: len(ids)], dtype=np.float32)))
    finally:
        llm.close()
        del llm
        gc.collect()

    # Phase 2: the reference model ----------------------------------------------------------
    import torch

    ref_dtype = reference_dtype_for(params, stored_dtype)
    report.reference_dtype = ref_dtype
    on_event(Progress("verify", message=f"Loading the reference model ({ref_dtype})"))
    model = load_causal_lm(model_dir, dtype=ref_dtype)
    top1_hits = positions = 0
    kls = []
    try:
        with torch.inference_mode():
            for i, ids in enumerate(prompt_ids):
                cancel.check("Verification")
                on_event(Progress("verify", message="reference logits", done=len(prompt_ids) + i,
                                  total=2 * len(prompt_ids)))
                logits = model(torch.tensor([ids])).logits[0].float().numpy()
                hf = _log_softmax(logits)
                gg = gguf_logprobs[i]
                v = min(hf.shape[1], gg.shape[1])
                hf, gg = hf[:, :v], gg[:, :v]
                hf_top = hf.argmax(axis=1)
                gg_top = gg.argmax(axis=1)
                # A numerical tie in the reference counts as agreement.
                tie = hf[np.arange(len(ids)), gg_top] >= hf[np.arange(len(ids)), hf_top] - 1e-5
                top1_hits += int(((hf_top == gg_top) | tie).sum())
                positions += len(ids)
                p = np.exp(hf.astype(np.float64))
                kls.extend((p * (hf.astype(np.float64) - gg.astype(np.float64))).sum(axis=1).tolist())
    finally:
        del model
        gc.collect()

    kl = np.array(kls)
    top1 = top1_hits / max(positions, 1)
    report.logits = {
        "prompts": len(prompt_ids), "positions": positions, "top1": top1,
        "kl_mean": float(kl.mean()), "kl_p95": float(np.percentile(kl, 95)), "kl_max": float(kl.max()),
        "min_top1": min_top1, "max_kl": max_kl,
    }
    ok = top1 >= min_top1 and kl.mean() <= max_kl
    report.add("logits", "pass" if ok else "fail",
               f"top-1 {top1:.3f} / KL {kl.mean():.5f} against ≥ {min_top1:.2f} / ≤ {max_kl:.3f} for {quant}")
    report.seconds = time.perf_counter() - t0
    return report.finish()


def _check_metadata(report: GateReport, gguf_path: Path, tok, model_dir: Path, llm, llama_cpp) -> None:
    import gguf

    from appliance.models.hf import generation_eos_ids

    reader = gguf.GGUFReader(gguf_path)

    def field(key):
        f = reader.fields.get(key)
        return f.contents() if f is not None else None

    K = gguf.Keys.Tokenizer
    template = field(K.CHAT_TEMPLATE)
    hf_template = getattr(tok, "chat_template", None)
    if hf_template:
        same = template == hf_template
        report.add("chat template embedded", "pass" if same else "fail",
                   "identical to the tokenizer's" if same else
                   ("missing from the GGUF" if template is None else "differs from the tokenizer's"))
    else:
        report.add("chat template embedded", "warn", "the source tokenizer has no chat template")
    for label, key, hf_id in (("BOS token", K.BOS_ID, tok.bos_token_id), ("EOS token", K.EOS_ID, tok.eos_token_id)):
        got = field(key)
        if hf_id is None:
            report.add(label, "skip" if got is None else "warn", f"the tokenizer defines none (GGUF: {got})")
        else:
            report.add(label, "pass" if got == hf_id else "fail",
                       f"id {got} ({tok.convert_ids_to_tokens(hf_id)!r})" if got == hf_id else f"GGUF {got}, tokenizer {hf_id}")
    vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
    eog = sorted(set(generation_eos_ids(model_dir) + ([tok.eos_token_id] if tok.eos_token_id is not None else [])))
    missing = [i for i in eog if not llama_cpp.llama_vocab_is_eog(vocab, i)]
    if not eog:
        report.add("end-of-turn tokens", "warn", "the model defines no end-of-sequence token")
    else:
        names = ", ".join(f"{i} {tok.convert_ids_to_tokens(i)!r}" for i in eog)
        report.add("end-of-turn tokens", "fail" if missing else "pass",
                   f"llama.cpp does not stop on {missing}" if missing else f"llama.cpp stops on {names}")
    hf_bos = tok.bos_token_id is not None and tok("a")["input_ids"][:1] == [tok.bos_token_id]
    ll_bos = bool(llama_cpp.llama_vocab_get_add_bos(vocab))
    report.add("add-BOS flag", "pass" if hf_bos == ll_bos else "fail",
               f"both {'add' if ll_bos else 'do not add'} BOS" if hf_bos == ll_bos
               else f"tokenizer {'adds' if hf_bos else 'does not add'} BOS, llama.cpp {'does' if ll_bos else 'does not'}")


def _check_chat(report: GateReport, tok, llm) -> None:
    from llama_cpp import llama_chat_format

    template = llm.metadata.get("tokenizer.chat_template")
    if not template or not getattr(tok, "chat_template", None):
        report.add("chat rendering", "skip", "no chat template")
        return
    eos_id, bos_id = llm.token_eos(), llm.token_bos()
    fmt = llama_chat_format.Jinja2ChatFormatter(
        template=template,
        eos_token=llm._model.token_get_text(eos_id) if eos_id != -1 else "",
        bos_token=llm._model.token_get_text(bos_id) if bos_id != -1 else "",
    )
    problems = []
    for msgs in probes.CHAT_PROBES:
        hf_text = tok.apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
        ll_text = fmt(messages=msgs).prompt
        if hf_text != ll_text:
            problems.append(f"text differs for a {len(msgs)}-message chat")
            continue
        hf_ids = tok.apply_chat_template(msgs, tokenize=True, add_generation_prompt=True)
        if hasattr(hf_ids, "input_ids"):
            hf_ids = hf_ids["input_ids"]
        # Exactly how llama-cpp-python's chat handler tokenizes a rendered Jinja chat.
        ll_ids = llm.tokenize(ll_text.encode(), add_bos=False, special=True)
        if list(hf_ids) != list(ll_ids):
            problems.append(f"tokens differ for a {len(msgs)}-message chat ({len(hf_ids)} vs {len(ll_ids)})")
    report.add("chat rendering", "fail" if problems else "pass",
               "; ".join(problems) if problems else
               f"{len(probes.CHAT_PROBES)} chats render to the same text and tokens in llama.cpp")


def _check_tokenizer(report: GateReport, tok, llm, policy: str) -> None:
    n_fail = n_warn = 0

    def ll_piece(i):
        return llm.detokenize([i], special=True).decode("utf-8", "backslashreplace")

    def hf_piece(i):
        return tok.decode([i])

    for category, text in probes.TOKENIZER_PROBES:
        hf_ids = tok.encode(text, add_special_tokens=False)
        ll_ids = llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
        entry = {"category": category, "text": text, "hf_count": len(hf_ids), "llama_count": len(ll_ids),
                 "status": "same", "first_diff": None, "hf_pieces": [], "llama_pieces": [], "lossless": True}
        if hf_ids != ll_ids:
            first = next((k for k, (a, b) in enumerate(zip(hf_ids, ll_ids, strict=False)) if a != b), min(len(hf_ids), len(ll_ids)))
            lossless = llm.detokenize(ll_ids, special=True).decode("utf-8", "replace") == text
            if policy == "strict":
                status = "fail"
            elif policy == "lenient":
                status = "warn"
            else:
                status = "fail" if (category in probes.FAIL_CATEGORIES or not lossless) else "warn"
            entry.update(status=status, first_diff=first, lossless=lossless,
                         hf_pieces=_pieces(hf_piece, hf_ids, first), llama_pieces=_pieces(ll_piece, ll_ids, first))
            n_fail += status == "fail"
            n_warn += status == "warn"
        report.tokenizer.append(entry)
    total = len(probes.TOKENIZER_PROBES)
    detail = f"{total - n_fail - n_warn}/{total} identical, {n_warn} warned, {n_fail} failed"
    report.add("tokenizer probes", "fail" if n_fail else ("warn" if n_warn else "pass"), detail)
