"""The export gate's verification report in the interface language.

``GateReport.render()`` (appliance/export/verify.py) writes the report in English for the command
line; the window lays out the same report from its fields: each line's words from the catalogs
(context ``CoreMessages``), its numbers in the language's digits, and the checks' details through
``core_text``'s templates. Model text, token pieces and ids keep their own direction (isolates).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.core_text import CONTEXT, core_text
from gui.widgets.common import local_number, ltr

MARKS = {
    "pass": QT_TRANSLATE_NOOP("CoreMessages", "PASS"),
    "warn": QT_TRANSLATE_NOOP("CoreMessages", "WARN"),
    "fail": QT_TRANSLATE_NOOP("CoreMessages", "FAIL"),
    "skip": QT_TRANSLATE_NOOP("CoreMessages", "SKIP"),
}
CHECKS = {
    "loads in llama.cpp": QT_TRANSLATE_NOOP("CoreMessages", "loads in llama.cpp"),
    "logits": QT_TRANSLATE_NOOP("CoreMessages", "logits"),
    "chat template embedded": QT_TRANSLATE_NOOP("CoreMessages", "chat template embedded"),
    "BOS token": QT_TRANSLATE_NOOP("CoreMessages", "BOS token"),
    "EOS token": QT_TRANSLATE_NOOP("CoreMessages", "EOS token"),
    "end-of-turn tokens": QT_TRANSLATE_NOOP("CoreMessages", "end-of-turn tokens"),
    "add-BOS flag": QT_TRANSLATE_NOOP("CoreMessages", "add-BOS flag"),
    "chat rendering": QT_TRANSLATE_NOOP("CoreMessages", "chat rendering"),
    "extended-vocabulary parity": QT_TRANSLATE_NOOP("CoreMessages", "extended-vocabulary parity"),
    "new vocabulary rows": QT_TRANSLATE_NOOP("CoreMessages", "new vocabulary rows"),
    "tokenizer probes": QT_TRANSLATE_NOOP("CoreMessages", "tokenizer probes"),
}
CATEGORIES = {
    "latin": QT_TRANSLATE_NOOP("CoreMessages", "Latin"),
    "code": QT_TRANSLATE_NOOP("CoreMessages", "code"),
    "digits": QT_TRANSLATE_NOOP("CoreMessages", "digits"),
    "devanagari": QT_TRANSLATE_NOOP("CoreMessages", "Devanagari"),
    "tamil": QT_TRANSLATE_NOOP("CoreMessages", "Tamil"),
    "arabic": QT_TRANSLATE_NOOP("CoreMessages", "Arabic"),
    "cjk": QT_TRANSLATE_NOOP("CoreMessages", "Chinese, Japanese, Korean"),
    "emoji": QT_TRANSLATE_NOOP("CoreMessages", "emoji"),
    "native-digits": QT_TRANSLATE_NOOP("CoreMessages", "native digits"),
    "whitespace": QT_TRANSLATE_NOOP("CoreMessages", "whitespace"),
    "normalization": QT_TRANSLATE_NOOP("CoreMessages", "Unicode normalization"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _n(x, decimals: int | None = None) -> str:
    return ltr(local_number(x, decimals))


def _detail(detail: str) -> str:
    """A check's detail; a list of problems ("…; …") part by part."""
    out = core_text(detail)
    if out == detail and "; " in detail:
        out = "; ".join(core_text(part) for part in detail.split("; "))
    return out


def _pieces(pieces) -> str:
    return ltr(repr(list(pieces)))


def render_gate(report) -> str:
    """``report`` (a ``GateReport``) as the window shows it: the lines of ``GateReport.render``,
    in the interface language."""
    mark = {k: _t(v) for k, v in MARKS.items()}
    lines = [
        _t(QT_TRANSLATE_NOOP("CoreMessages", "Verification gate ({quant}): {verdict}")).format(
            quant=ltr(report.quant), verdict=mark[report.status]
        )
    ]
    lg = report.logits
    if lg:
        lines.append(
            "  "
            + _t(
                QT_TRANSLATE_NOOP(
                    "CoreMessages",
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
        name = _t(CHECKS[c.name]) if c.name in CHECKS else c.name
        lines.append(f"  [{mark.get(c.status, c.status)}] {name}: {_detail(c.detail)}")
    lines += _tokenizer_lines(report, mark)
    lines += _parity_lines(report)
    lines.append(
        "  "
        + _t(QT_TRANSLATE_NOOP("CoreMessages", "Probe set {version}; took {s} s.")).format(
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
            QT_TRANSLATE_NOOP(
                "CoreMessages", "Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}"
            )
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
            shown += " " + _t(QT_TRANSLATE_NOOP("CoreMessages", "(not NFC)"))
        line = _t(
            QT_TRANSLATE_NOOP(
                "CoreMessages",
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
            line += " " + _t(QT_TRANSLATE_NOOP("CoreMessages", "(llama.cpp loses text)"))
        lines.append("    " + line)
    return lines


def _parity_lines(report) -> list[str]:
    lines = []
    for p in report.parity:
        line = _t(
            QT_TRANSLATE_NOOP(
                "CoreMessages", "Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp"
            )
        ).format(script=ltr(p["script"]), identical=_n(p["identical"]), lines=_n(p["lines"]))
        if p["lossy"]:
            line += _t(QT_TRANSLATE_NOOP("CoreMessages", ", {n} lose text")).format(n=_n(p["lossy"]))
        lines.append("  " + line)
        for ex in p["examples"]:
            lines.append(
                "    "
                + _t(
                    QT_TRANSLATE_NOOP(
                        "CoreMessages",
                        "{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}",
                    )
                ).format(
                    text=ltr(repr(ex["text"])),
                    k=_n(ex["first_diff"]),
                    hf_pieces=_pieces(ex["hf_pieces"]),
                    llama_pieces=_pieces(ex["llama_pieces"]),
                )
            )
    return lines
