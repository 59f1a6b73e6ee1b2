"""The core's messages in the interface language: one mechanism for errors, hints, validation
reports and verdicts that the core (which never imports Qt) writes in English.

Each message the window shows often is listed here as an English *template*, the core's text with
its variable parts as ``{name}`` (a literal brace doubled). The templates are extracted into the
Qt catalogs by ``pyside6-lupdate`` (context ``CoreMessages``, ``QT_TRANSLATE_NOOP``) and translated
there like every other string; ``core_text(text)`` matches a message against the templates and
returns its translation with the values put back (kept left-to-right inside right-to-left text,
since they are ids, paths and numbers). A message with a hint ("…\\n  What to do: …") is
translated part by part. A message no template matches is shown as the core wrote it.

The test ``test_core_messages_are_translated`` raises the real errors (a wrong passphrase, a
cancelled import, a refused dataset row…) and checks that they come out translated, so a change of
wording in the core that a template no longer matches fails there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"
HINT_SEP = "\n  What to do: "

TEMPLATES = [
    # Keys and the workspace.
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong passphrase; nothing was changed ({count} wrong in a row)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Wrong passphrase; nothing was changed ({count} wrong in a row; the next attempt waits {s} s)."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Wrong passphrase or key file; nothing was changed ({count} wrong in a row)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Wrong passphrase or key file; nothing was changed ({count} wrong in a row; the next attempt waits {s} s).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the passphrase (it is case-sensitive)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Check the passphrase (it is case-sensitive) and the key file."),
    QT_TRANSLATE_NOOP("CoreMessages", "The workspace is locked."),
    QT_TRANSLATE_NOOP("CoreMessages", "This workspace has no keys yet."),
    QT_TRANSLATE_NOOP("CoreMessages", "Saved conversations are encrypted: the workspace is locked."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unlock it first."),
    # Cancelled work.
    QT_TRANSLATE_NOOP("CoreMessages", "The import was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "The merge was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "The export was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "Copying the export was cancelled; nothing half-written was kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "Training run {name} was cancelled at step {step}; its checkpoint is kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "Resume it with `appliance train --resume {run}` (or Resume on the Train page)."),
    # Files and copies.
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists; refusing to overwrite it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose another path."),
    QT_TRANSLATE_NOOP("CoreMessages", "The folder {path} does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose an existing folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing to serve."),
    # Where training runs.
    QT_TRANSLATE_NOOP("CoreMessages", "fp16 training is not supported on the CPU."),
    QT_TRANSLATE_NOOP("CoreMessages", "This GPU does not support bf16."),
    # Dataset validation reports (one problem per row and field).
    QT_TRANSLATE_NOOP("CoreMessages", "content is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "content must be text"),
    QT_TRANSLATE_NOOP("CoreMessages", "is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be text"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be non-empty text"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be 'train' or 'eval'"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON ({why} at column {column})"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON at column {column}: {why}"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a non-empty list of {{role, content}} messages"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be an object with 'role' and 'content'"),
    QT_TRANSLATE_NOOP("CoreMessages", "a system message may only come first"),
    QT_TRANSLATE_NOOP("CoreMessages", "needs at least one user and one assistant message"),
    QT_TRANSLATE_NOOP("CoreMessages", "user and assistant messages must alternate"),
    QT_TRANSLATE_NOOP("CoreMessages", "empty row ignored"),
    QT_TRANSLATE_NOOP("CoreMessages", "a UTF-8 byte-order mark was removed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} blank line(s) ignored (lines {lines})"),
    QT_TRANSLATE_NOOP("CoreMessages", "has {n} columns, the header has {m}"),
    QT_TRANSLATE_NOOP("CoreMessages", "role must be one of {roles} (got {role})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the conversation must end with an assistant message (the answer to learn)"),
    QT_TRANSLATE_NOOP("CoreMessages", "exact duplicate of line {line}; kept once"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} tokens, more than {limit}; training will truncate it"),
    QT_TRANSLATE_NOOP("CoreMessages", "no rows are held out for evaluation (--eval-fraction is 0)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no rows are held out for evaluation: the dataset has {n} rows, and each is held out with probability "
        "{p} (--eval-fraction)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no rows are held out for evaluation: the dataset has {n} row, and each is held out with probability "
        "{p} (--eval-fraction)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} invalid rows were skipped (--skip-invalid)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} invalid row was skipped (--skip-invalid)"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a JSON object, not {kind}"),
    QT_TRANSLATE_NOOP("CoreMessages", "looks like {kind} data in a {file_kind} file (mixed formats)"),
    QT_TRANSLATE_NOOP("CoreMessages", "not valid UTF-8 (byte {n} of the line)"),
    QT_TRANSLATE_NOOP("CoreMessages", "nested more deeply than the {n} levels a row may have"),
    QT_TRANSLATE_NOOP("CoreMessages", "has {n} columns, the header has {m} columns"),
    QT_TRANSLATE_NOOP("CoreMessages", "has {n} column, the header has {m} columns"),
    QT_TRANSLATE_NOOP("CoreMessages", "has {n} columns, the header has {m} column"),
    # A model line's promotion gate: its checks and its decision (appliance/eval/lines.py).
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: pass rate {rate} (minimum {minimum})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: {tag} pass rate {rate} (minimum {minimum}, {n} cases)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: no case is tagged {tag}, so its pass rate cannot be checked"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: case {case} passes (it must pass)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: case {case} fails (it must pass)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{suite}: {drop} drop against production (allowed {allowed}; McNemar p = {p}, significant below {significance})",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: no drop against production ({difference}, McNemar p = {p})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{suite}: no production model yet, so no drop to check"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} may be promoted to {target}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} may not be promoted to {target}: {n} gate check failed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} may not be promoted to {target}: {n} gate checks failed"),
    # What a job is doing (``Progress`` and ``StageDone`` events: the progress line of every page).
    QT_TRANSLATE_NOOP("CoreMessages", "Resuming {run} at step {step}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Loading the base model ({dtype}) and the adapter"),
    QT_TRANSLATE_NOOP("CoreMessages", "Folding the adapter into the weights"),
    QT_TRANSLATE_NOOP("CoreMessages", "Writing the merged model"),
    QT_TRANSLATE_NOOP("CoreMessages", "Tokenizing the training data"),
    QT_TRANSLATE_NOOP("CoreMessages", "this CPU has no native bf16: bf16 will be slow"),
    QT_TRANSLATE_NOOP("CoreMessages", "Starting {n} training processes (torchrun)"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Full fine-tuning sharded across {n} processes (FSDP): each holds 1/{m} of the weights, "
        "gradients and optimiser state",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Decrypting the corpus in memory"),
    QT_TRANSLATE_NOOP("CoreMessages", "Learning {n} tokens for {scripts}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Learning as many tokens as the corpus supports for {scripts}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Asking llama.cpp's converter which pre-tokenizer the base uses"),
    QT_TRANSLATE_NOOP("CoreMessages", "Growing the embeddings (new rows: mean of the pieces they replace)"),
    QT_TRANSLATE_NOOP("CoreMessages", "Checking {name}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Loading the tokenizer back"),
    QT_TRANSLATE_NOOP("CoreMessages", "Hashing the stored files"),
    QT_TRANSLATE_NOOP("CoreMessages", "Converting pytorch_model.bin to safetensors"),
    QT_TRANSLATE_NOOP("CoreMessages", "Hashing {name}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Rebuilding the tokenizer from the GGUF"),
    QT_TRANSLATE_NOOP("CoreMessages", "Dequantizing the GGUF weights to safetensors"),
    QT_TRANSLATE_NOOP("CoreMessages", "Validating {name}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Encrypting {n} rows"),
    QT_TRANSLATE_NOOP("CoreMessages", "Loading {name} to measure bits per character"),
    QT_TRANSLATE_NOOP("CoreMessages", "Scoring {n} lines for bits per character"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} cases passed"),
    QT_TRANSLATE_NOOP("CoreMessages", "Loading the model"),
    QT_TRANSLATE_NOOP("CoreMessages", "Case {case}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Loading the judge {model}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Judging {case}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Scoring {n} held-out rows"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} bits per character"),
    QT_TRANSLATE_NOOP("CoreMessages", "Training {line}'s recipe on {model}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Merging the adapter"),
    QT_TRANSLATE_NOOP("CoreMessages", "Exporting {model} ({quant}) through the gate"),
    QT_TRANSLATE_NOOP("CoreMessages", "Starting llama.cpp's server on the GGUF"),
    QT_TRANSLATE_NOOP("CoreMessages", "llama.cpp log-probabilities"),
    QT_TRANSLATE_NOOP("CoreMessages", "The model runs on the CPU"),
    QT_TRANSLATE_NOOP("CoreMessages", "The model runs all layers on the GPU"),
    QT_TRANSLATE_NOOP("CoreMessages", "The model runs {n} layers on the GPU"),
    QT_TRANSLATE_NOOP("CoreMessages", "Reading the Hugging Face tokenizer"),
    QT_TRANSLATE_NOOP("CoreMessages", "Loading the reference model ({dtype})"),
    QT_TRANSLATE_NOOP("CoreMessages", "reference logits"),
    QT_TRANSLATE_NOOP("CoreMessages", "Checking {model}'s files against the catalog"),
    QT_TRANSLATE_NOOP("CoreMessages", "Hashing the GGUF"),
    QT_TRANSLATE_NOOP("CoreMessages", "Running the verification gate"),
    QT_TRANSLATE_NOOP("CoreMessages", "Converting with llama.cpp's converter to {quant}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Quantizing to {quant} with llama.cpp"),
    QT_TRANSLATE_NOOP("CoreMessages", "Copying {name}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} ({i}/{n})"),  # an evaluation's model and place in the queue
    # The API server's notes while it starts and runs (serving/service.py).
    QT_TRANSLATE_NOOP("CoreMessages", "Starting llama.cpp's server for {n} export(s)…"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label}: llama.cpp {why}; restarting it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label}: restarted"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label}: could not restart: {why}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label}: crashed too often; no longer restarted"),
    # What a progress count counts (a message of one word: "tensors", with done and total).
    QT_TRANSLATE_NOOP("CoreMessages", "tensors"),
    QT_TRANSLATE_NOOP("CoreMessages", "rows"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines"),
    QT_TRANSLATE_NOOP("CoreMessages", "merges"),
    QT_TRANSLATE_NOOP("CoreMessages", "{script}: lines"),
    # The export gate's checks (export/verify.py; the report itself: gui/gate_text.py).
    QT_TRANSLATE_NOOP("CoreMessages", "llama.cpp cannot load the file: {error}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} tokens, context {context}"),
    QT_TRANSLATE_NOOP("CoreMessages", "top-1 {agreement} / KL {kl} against ≥ {needed} / ≤ {max_kl} for {quant}"),
    QT_TRANSLATE_NOOP("CoreMessages", "identical to the tokenizer's"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing from the GGUF"),
    QT_TRANSLATE_NOOP("CoreMessages", "differs from the tokenizer's"),
    QT_TRANSLATE_NOOP("CoreMessages", "the source tokenizer has no chat template"),
    QT_TRANSLATE_NOOP("CoreMessages", "the tokenizer defines none (GGUF: {got})"),
    QT_TRANSLATE_NOOP("CoreMessages", "id {id} ({token})"),
    QT_TRANSLATE_NOOP("CoreMessages", "GGUF {got}, tokenizer {expected}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the model defines no end-of-sequence token"),
    QT_TRANSLATE_NOOP("CoreMessages", "llama.cpp does not stop on {ids}"),
    QT_TRANSLATE_NOOP("CoreMessages", "llama.cpp stops on {tokens}"),
    QT_TRANSLATE_NOOP("CoreMessages", "both add BOS"),
    QT_TRANSLATE_NOOP("CoreMessages", "both do not add BOS"),
    QT_TRANSLATE_NOOP("CoreMessages", "tokenizer adds BOS, llama.cpp does not"),
    QT_TRANSLATE_NOOP("CoreMessages", "tokenizer does not add BOS, llama.cpp does"),
    QT_TRANSLATE_NOOP("CoreMessages", "no chat template"),
    QT_TRANSLATE_NOOP("CoreMessages", "text differs for a {n}-message chat"),
    QT_TRANSLATE_NOOP("CoreMessages", "tokens differ for a {n}-message chat ({hf} vs {llama})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} chats render to the same text and tokens in llama.cpp"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines tokenized differently: {scripts}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} held-out lines of {scripts} tokenized identically"),
    QT_TRANSLATE_NOOP("CoreMessages", "{same}/{total} identical, {warned} warned, {failed} failed"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "untrained: none of the {n} new rows (ids {first}–{last}) changed since the vocabulary extension; their "
        "embeddings are only averages of the pieces they replace, and the model writes the extended scripts worse "
        "than its base. Train them (a recipe with [tokenizer] train_new_rows = true), merge, and export the merged "
        "model",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{k} of the {n} new rows (ids {first}–{last}) never changed since the extension (tokens the training text "
        "did not hold), e.g. ids {examples}",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "all {n} new rows (ids {first}–{last}) trained since the extension"),
    # The tokenizer policies (verify.TOKENIZER_POLICIES).
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A difference fails the gate if the probe is Latin text, code or ASCII digits (it means a wrong "
        "pre-tokenizer) or if llama.cpp's tokens do not decode back to the exact text; any other difference is a "
        "lossless re-segmentation and only warns.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Any difference between the tokenizers fails the gate."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Differences only warn; use when a tokenizer is known to differ (recorded in the report)."
    ),
    # Where a run trains (tuning/devices.py) and the recipe's checks (the Train page's form).
    QT_TRANSLATE_NOOP("CoreMessages", "training.device is {device} but no CUDA GPU is available."),
    QT_TRANSLATE_NOOP("CoreMessages", "training.device is {device} but no CUDA GPU is available ({visible})."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "training.device is {device} but this machine shows {n} GPU(s), numbered 0 to {last}."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "QLoRA (method.kind = 'qlora') needs a CUDA GPU: bitsandbytes' 4-bit kernels run only there."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "expected a number, got text ({value})"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be a finite number (got {value})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is below the minimum {minimum}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is above the maximum {maximum}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{value} is not allowed; expected a name of 1-64 letters, digits, '.', '_' or '-' (it names files)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "training.epochs and training.max_steps are both 0: nothing would be trained"),
    # The recipe's fields (their help, the Train page's tooltips).
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Model to train: a name or id from `appliance models list` (built-in: smollm2-135m-instruct)."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Dataset versions: names (newest version), name@N, or dsv- ids."),
    QT_TRANSLATE_NOOP("CoreMessages", "A name for the run (default: from the dataset and the date)."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "lora: train low-rank adapters; qlora: the same on a 4-bit base (CUDA only); full: train every weight.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Peak learning rate."),
    QT_TRANSLATE_NOOP("CoreMessages", "Passes over the training split (ignored when max_steps > 0)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Stop after this many optimiser steps (0: use epochs)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Sequences per micro-batch."),
    QT_TRANSLATE_NOOP("CoreMessages", "Tokens per sequence; longer rows are truncated."),
    QT_TRANSLATE_NOOP("CoreMessages", "Adapter rank r: capacity of the update (4-64 typical)."),
    QT_TRANSLATE_NOOP("CoreMessages", "Scaling numerator: the update is scaled by alpha / rank."),
    QT_TRANSLATE_NOOP("CoreMessages", "auto: bf16 where the CPU/GPU supports it, else fp16 on GPU or fp32."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "auto: the first CUDA GPU if present, else the CPU; cuda (GPU 0) or cuda:N picks a GPU (numbered as "
        "CUDA_VISIBLE_DEVICES leaves them).",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Pack several rows into one sequence (no attention across rows) to avoid padding."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Train the embedding and output rows of the tokens `appliance tokenizer extend` added (peft trainable "
        "tokens), along with the adapters; the base model must be an extended one. Full fine-tuning trains them "
        "anyway.",
    ),
]


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"(\{\{|\}\}|\{[a-z_]+\})", template)
    out = []
    for part in parts:
        if part == "{{":
            out.append(re.escape("{"))
        elif part == "}}":
            out.append(re.escape("}"))
        elif part.startswith("{") and part.endswith("}"):
            out.append(f"(?P<{part[1:-1]}>.+?)")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out) + r"\Z", re.S)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[re.Pattern, str]]:
    # The most specific first (the most fixed text): "Checking {name}" must not take "Checking
    # {model}'s files against the catalog".
    literal = [len(re.sub(r"\{[a-z_]+\}", "", t)) for t in TEMPLATES]
    order = sorted(range(len(TEMPLATES)), key=lambda i: -literal[i])
    return [(_pattern(TEMPLATES[i]), TEMPLATES[i]) for i in order]


def _isolate(value: str) -> str:
    return f"\u2068{value}\u2069"  # first-strong isolate: an id or a path keeps its own direction


_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)")
_NUMBERS = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?(?:/[+-]?\d[\d,]*(?:\.\d+)?)?")


def local_digits(value: str) -> str:
    """A value that is a number ("1,234", "0.5", "12/40", "85%") in the interface language's
    digits and separators (Arabic: "١٬٢٣٤", "٠٫٥"); any other value (an id, a path, "q8_0") as it is."""
    if not _NUMBERS.fullmatch(value):
        return value
    from PySide6.QtCore import QLocale

    loc = QLocale()

    def one(m: re.Match) -> str:
        sign, whole, decimals, percent = m.groups()
        grouped = "," in whole
        if not grouped:
            loc.setNumberOptions(QLocale.OmitGroupSeparator)  # a year, a port, a count as written
        text = (
            loc.toString(float(whole.replace(",", "") + "." + decimals), "f", len(decimals))
            if decimals
            else (loc.toString(int(whole.replace(",", ""))))
        )
        loc.setNumberOptions(QLocale.DefaultNumberOptions)
        return (loc.negativeSign() if sign == "-" else "") + text + (loc.percent() if percent else "")

    return _NUMBER.sub(one, value)


def _one(text: str) -> str:
    for pattern, template in _compiled():
        m = pattern.match(text)
        if m:
            translated = QCoreApplication.translate(CONTEXT, template)
            values = {k: _isolate(local_digits(v)) for k, v in m.groupdict().items()}
            try:
                return translated.format(**values)
            except (KeyError, IndexError, ValueError):  # a catalog entry that lost a placeholder
                return template.format(**values)
    return text


def core_text(text: str) -> str:
    """``text`` from the core in the interface language (unchanged where no template matches)."""
    if not text:
        return text
    message, sep, hint = text.partition(HINT_SEP)
    out = _one(message)
    if sep:
        label = QCoreApplication.translate(CONTEXT, "What to do:")
        out += f"\n{label} {_one(hint)}"
    return out


def translated(text: str) -> bool:
    """Whether ``text`` matches a template (so ``core_text`` can show it in any language)."""
    message = text.partition(HINT_SEP)[0]
    return any(p.match(message) for p, _t in _compiled())


QT_TRANSLATE_NOOP("CoreMessages", "What to do:")

# The stages of long jobs (``Progress.stage``), shown when an event carries no message.
STAGES = {
    "setup": QT_TRANSLATE_NOOP("CoreMessages", "Preparing"),
    "train": QT_TRANSLATE_NOOP("CoreMessages", "Training"),
    "merge": QT_TRANSLATE_NOOP("CoreMessages", "Merging"),
    "learn": QT_TRANSLATE_NOOP("CoreMessages", "Learning the new tokens"),
    "copy": QT_TRANSLATE_NOOP("CoreMessages", "Copying"),
    "validate": QT_TRANSLATE_NOOP("CoreMessages", "Validating"),
    "seal": QT_TRANSLATE_NOOP("CoreMessages", "Encrypting"),
    "eval": QT_TRANSLATE_NOOP("CoreMessages", "Evaluating"),
    "judge": QT_TRANSLATE_NOOP("CoreMessages", "Judging"),
    "rebase": QT_TRANSLATE_NOOP("CoreMessages", "Rebasing"),
    "convert": QT_TRANSLATE_NOOP("CoreMessages", "Converting"),
    "quantize": QT_TRANSLATE_NOOP("CoreMessages", "Quantizing"),
    "verify": QT_TRANSLATE_NOOP("CoreMessages", "Verifying"),
    "hash": QT_TRANSLATE_NOOP("CoreMessages", "Hashing"),
    "check": QT_TRANSLATE_NOOP("CoreMessages", "Checking"),
    "read": QT_TRANSLATE_NOOP("CoreMessages", "Reading"),
    "weights": QT_TRANSLATE_NOOP("CoreMessages", "Writing the weights"),
    "inspect": QT_TRANSLATE_NOOP("CoreMessages", "Inspecting"),
    "tokenizer": QT_TRANSLATE_NOOP("CoreMessages", "Rebuilding the tokenizer"),
    "load": QT_TRANSLATE_NOOP("CoreMessages", "Loading"),
    "bits-per-char": QT_TRANSLATE_NOOP("CoreMessages", "Measuring bits per character"),
}
UNITS = ("tensors", "rows", "lines", "merges")


def progress_text(event) -> str:
    """A ``Progress`` (or ``StageDone``) event as its line in the window: the core's message in
    the interface language; a bare count ("tensors") with its stage and numbers ("Converting ·
    120/290 tensors"); the stage alone when there is no message."""
    from PySide6.QtCore import QLocale

    message = getattr(event, "message", "") or getattr(event, "detail", "")
    stage = QCoreApplication.translate(CONTEXT, STAGES[event.stage]) if event.stage in STAGES else event.stage
    if not message:
        return stage
    unit = message.rpartition(": ")[2]
    if unit in UNITS:
        loc = QLocale()
        done, total = int(getattr(event, "done", 0) or 0), getattr(event, "total", None)
        count = f"{loc.toString(done)}/{loc.toString(int(total))}" if total else loc.toString(done)
        return f"{stage} · {count} {core_text(message)}"
    # A job may put its own label in front ("model (1/2) · Case c3"): each part on its own.
    return " · ".join(core_text(part) for part in message.split(" · "))
