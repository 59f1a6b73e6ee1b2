"""The export gate's verification report in the interface language.

``GateReport.render()`` (appliance/export/verify.py) writes the report for the command line; the
window lays out the same report from its fields: each line's words are the window's own (Qt
catalogs, context ``GateText``), its numbers in the language's digits, and what the core wrote
into it (each check's detail, the tokenizer policy's explanation) is rendered through
``core_text``: a ``Message``, or the message stored beside a report's English (``detail_message``),
in the interface language; plain text as it is. Model text, token pieces and ids keep their own
direction (isolates).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.core_text import core_text
from gui.widgets.common import local_number, ltr

MARKS = {
    "pass": QT_TRANSLATE_NOOP("GateText", "PASS"),
    "warn": QT_TRANSLATE_NOOP("GateText", "WARN"),
    "fail": QT_TRANSLATE_NOOP("GateText", "FAIL"),
    "skip": QT_TRANSLATE_NOOP("GateText", "SKIP"),
}
CHECKS = {
    "loads in llama.cpp": QT_TRANSLATE_NOOP("GateText", "loads in llama.cpp"),
    "logits": QT_TRANSLATE_NOOP("GateText", "logits"),
    "chat template embedded": QT_TRANSLATE_NOOP("GateText", "chat template embedded"),
    "BOS token": QT_TRANSLATE_NOOP("GateText", "BOS token"),
    "EOS token": QT_TRANSLATE_NOOP("GateText", "EOS token"),
    "end-of-turn tokens": QT_TRANSLATE_NOOP("GateText", "end-of-turn tokens"),
    "add-BOS flag": QT_TRANSLATE_NOOP("GateText", "add-BOS flag"),
    "chat rendering": QT_TRANSLATE_NOOP("GateText", "chat rendering"),
    "extended-vocabulary parity": QT_TRANSLATE_NOOP("GateText", "extended-vocabulary parity"),
    "new vocabulary rows": QT_TRANSLATE_NOOP("GateText", "new vocabulary rows"),
    "tokenizer probes": QT_TRANSLATE_NOOP("GateText", "tokenizer probes"),
}
CATEGORIES = {
    "latin": QT_TRANSLATE_NOOP("GateText", "Latin"),
    "code": QT_TRANSLATE_NOOP("GateText", "code"),
    "digits": QT_TRANSLATE_NOOP("GateText", "digits"),
    "devanagari": QT_TRANSLATE_NOOP("GateText", "Devanagari"),
    "tamil": QT_TRANSLATE_NOOP("GateText", "Tamil"),
    "arabic": QT_TRANSLATE_NOOP("GateText", "Arabic"),
    "cjk": QT_TRANSLATE_NOOP("GateText", "Chinese, Japanese, Korean"),
    "emoji": QT_TRANSLATE_NOOP("GateText", "emoji"),
    "native-digits": QT_TRANSLATE_NOOP("GateText", "native digits"),
    "whitespace": QT_TRANSLATE_NOOP("GateText", "whitespace"),
    "normalization": QT_TRANSLATE_NOOP("GateText", "Unicode normalization"),
}
CONTEXT = "GateText"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _n(x, decimals: int | None = None) -> str:
    return ltr(local_number(x, decimals))


def _said(obj, name: str) -> str:
    """A field of the report that the core wrote: its message (``<name>_message``, kept beside
    the English where the report was stored as JSON) or the field itself, in the interface language."""
    if isinstance(obj, dict):
        value = obj.get(f"{name}_message") or obj.get(name, "")
    else:
        value = getattr(obj, f"{name}_message", None) or getattr(obj, name, "")
    return core_text(value)


def _pieces(pieces) -> str:
    return ltr(repr(list(pieces)))


def render_gate(report) -> str:
    """``report`` (a ``GateReport``) as the window shows it: the lines of ``GateReport.render``,
    in the interface language."""
    mark = {k: _t(v) for k, v in MARKS.items()}
    lines = [
        _t(QT_TRANSLATE_NOOP("GateText", "Verification gate ({quant}): {verdict}")).format(
            quant=ltr(report.quant), verdict=mark[report.status]
        )
    ]
    lg = report.logits
    if lg:
        lines.append(
            "  "
            + _t(
                QT_TRANSLATE_NOOP(
                    "GateText",
                    "Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement "
                    "{agreement} (needs ≥ {needed}), mean KL {kl} nats (needs ≤ {max_kl}), p95 KL {kl_high}",
                )
            ).format(
                positions=_n(lg["positions"]),
                prompts=_n(lg["prompts"]),
                dtype=ltr(report.reference_dtype),
                agreement=_n(lg["top1"], 3),
                needed=_n(lg["min_top1"], 2),
                kl=_n(lg["kl_mean"], 5),
                max_kl=_n(lg["max_kl"], 3),
                kl_high=_n(lg["kl_p95"], 5),
            )
        )
    for c in report.checks:
        name = _t(CHECKS[c.name]) if c.name in CHECKS else _said(c, "name")
        lines.append(f"  [{mark.get(c.status, c.status)}] {name}: {_said(c, 'detail')}")
    lines += _tokenizer_lines(report, mark)
    lines += _parity_lines(report)
    lines.append(
        "  "
        + _t(QT_TRANSLATE_NOOP("GateText", "Probe set {version}; took {s} s.")).format(
            version=ltr(report.probe_set_version), s=_n(report.seconds, 1)
        )
    )
    return "\n".join(lines)


def _tokenizer_lines(report, mark: dict) -> list[str]:
    from appliance.export.verify import TOKENIZER_POLICIES

    diffs = [t for t in report.tokenizer if t["status"] != "same"]
    policy = report.tokenizer_policy
    lines = [
        "  "
        + _t(
            QT_TRANSLATE_NOOP("GateText", "Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}")
        ).format(
            same=_n(len(report.tokenizer) - len(diffs)),
            total=_n(len(report.tokenizer)),
            policy=ltr(policy),
            explanation=core_text(TOKENIZER_POLICIES.get(policy, "")),
        )
    ]
    for t in diffs:
        shown = ltr(repr(t["text"]))
        if unicodedata.normalize("NFC", t["text"]) != t["text"]:
            shown += " " + _t(QT_TRANSLATE_NOOP("GateText", "(not NFC)"))
        line = _t(
            QT_TRANSLATE_NOOP(
                "GateText",
                "[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: "
                "HF {hf_pieces} vs llama.cpp {llama_pieces}",
            )
        ).format(
            mark=mark.get(t["status"], t["status"]),
            category=_t(CATEGORIES[t["category"]]) if t["category"] in CATEGORIES else t["category"],
            text=shown,
            hf=_n(t["hf_count"]),
            llama=_n(t["llama_count"]),
            k=_n(t["first_diff"]),
            hf_pieces=_pieces(t["hf_pieces"]),
            llama_pieces=_pieces(t["llama_pieces"]),
        )
        if not t["lossless"]:
            line += " " + _t(QT_TRANSLATE_NOOP("GateText", "(llama.cpp loses text)"))
        lines.append("    " + line)
    return lines


def _parity_lines(report) -> list[str]:
    lines = []
    for p in report.parity:
        line = _t(
            QT_TRANSLATE_NOOP(
                "GateText", "Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp"
            )
        ).format(script=ltr(p["script"]), identical=_n(p["identical"]), lines=_n(p["lines"]))
        if p["lossy"]:
            line += _t(QT_TRANSLATE_NOOP("GateText", ", {n} lose text")).format(n=_n(p["lossy"]))
        lines.append("  " + line)
        for ex in p["examples"]:
            lines.append(
                "    "
                + _t(
                    QT_TRANSLATE_NOOP(
                        "GateText", "{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}"
                    )
                ).format(
                    text=ltr(repr(ex["text"])),
                    k=_n(ex["first_diff"]),
                    hf_pieces=_pieces(ex["hf_pieces"]),
                    llama_pieces=_pieces(ex["llama_pieces"]),
                )
            )
    return lines
