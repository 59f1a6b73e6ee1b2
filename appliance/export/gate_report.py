"""The export gate's report: its verdict, each check's finding, each tokenizer difference.

``verify.judge`` fills a ``GateReport``; the export's catalog row stores it as JSON
(``to_dict``), the CLI prints ``render()`` and the GUI renders ``lines()`` in its language. Each
check keeps its English ``name`` and ``detail`` (the stored report reads as it always did) and the
same as messages beside them (``name_message``, ``detail_message``: ``Message.to_dict()``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, field

from appliance.export import probes
from appliance.messages import M, Message, text
from appliance.states import GateStatus

TOKENIZER_POLICIES = {
    "default": M(
        "gate.policy.default",
        "A difference fails the gate if the probe is Latin text, code or ASCII digits (it means a "
        "wrong pre-tokenizer) or if llama.cpp's tokens do not decode back to the exact text; any "
        "other difference is a lossless re-segmentation and only warns.",
    ),
    "strict": M("gate.policy.strict", "Any difference between the tokenizers fails the gate."),
    "lenient": M(
        "gate.policy.lenient",
        "Differences only warn; use when a tokenizer is known to differ (recorded in the report).",
    ),
}
MARKS = {
    "pass": M("gate.mark.pass", "PASS"),
    "warn": M("gate.mark.warn", "WARN"),
    "fail": M("gate.mark.fail", "FAIL"),
    "skip": M("gate.mark.skip", "SKIP"),
}


@dataclass
class Check:
    """One finding of the gate. ``name`` and ``detail`` are English (the stored report's text);
    ``name_message`` and ``detail_message`` are the same as messages (``Message.to_dict()``), for
    a reader in another language (``None`` in reports written before they existed)."""

    name: str
    status: str  # pass | warn | fail | skip
    detail: str
    name_message: dict | None = None
    detail_message: dict | None = None

    def name_msg(self) -> Message | str:
        return Message.from_dict(self.name_message) if self.name_message else self.name

    def detail_msg(self) -> Message | str:
        return Message.from_dict(self.detail_message) if self.detail_message else self.detail


# The checks' names: English in the stored report (``Check.name``), messages beside them.
LOADS = M("gate.check.loads", "loads in llama.cpp")
LOGITS = M("gate.check.logits", "logits")
CHAT_TEMPLATE = M("gate.check.chat_template", "chat template embedded")
BOS_TOKEN = M("gate.check.bos", "BOS token")
EOS_TOKEN = M("gate.check.eos", "EOS token")
END_OF_TURN = M("gate.check.end_of_turn", "end-of-turn tokens")
ADD_BOS = M("gate.check.add_bos", "add-BOS flag")
CHAT_RENDERING = M("gate.check.chat_rendering", "chat rendering")
PARITY = M("gate.check.parity", "extended-vocabulary parity")
NEW_ROWS = M("gate.check.new_rows", "new vocabulary rows")
TOKENIZER_PROBES = M("gate.check.tokenizer", "tokenizer probes")


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

    def add(self, name: Message | str, status: str, detail: Message | str) -> None:
        """A finding: its name and detail kept in English, and as messages beside them."""
        self.checks.append(Check(text(name, "en"), status, text(detail, "en"), _as_dict(name), _as_dict(detail)))

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

    def lines(self) -> list[tuple[str, Message]]:
        """The report a person reads, line by line, each with its indent: the verdict, the logits,
        each check, each tokenizer difference, each extended script's parity, the probe set."""
        verdict = M(
            "gate.report.verdict",
            "Verification gate ({quant}): {verdict}",
            quant=self.quant,
            verdict=MARKS[self.status],
        )
        out = [("", verdict)]
        lg = self.logits
        if lg:
            logits = M(
                "gate.report.logits",
                "Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement "
                "{top1:.3f} (needs ≥ {min_top1:.2f}), mean KL {kl_mean:.5f} nats (needs ≤ {max_kl:.3f}), "
                "p95 KL {kl_p95:.5f}",
                positions=lg["positions"],
                prompts=lg["prompts"],
                dtype=self.reference_dtype,
                top1=lg["top1"],
                min_top1=lg["min_top1"],
                kl_mean=lg["kl_mean"],
                max_kl=lg["max_kl"],
                kl_p95=lg["kl_p95"],
            )
            out.append(("  ", logits))
        for c in self.checks:
            check = M(
                "gate.report.check",
                "[{mark}] {name}: {detail}",
                mark=MARKS[c.status],
                name=c.name_msg(),
                detail=c.detail_msg(),
            )
            out.append(("  ", check))
        diffs = [t for t in self.tokenizer if t["status"] != "same"]
        probes_line = M(
            "gate.report.tokenizer",
            "Tokenizer probes: {same}/{total} identical; policy '{policy}': {explanation}",
            same=len(self.tokenizer) - len(diffs),
            total=len(self.tokenizer),
            policy=self.tokenizer_policy,
            explanation=TOKENIZER_POLICIES[self.tokenizer_policy],
        )
        out.append(("  ", probes_line))
        out += [("    ", _tokenizer_line(t)) for t in diffs]
        for p in self.parity:
            out.append(("  ", _parity_line(p)))
            for ex in p["examples"]:
                example = M(
                    "gate.report.parity_example",
                    "{text!r}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}",
                    text=ex["text"],
                    k=ex["first_diff"],
                    hf_pieces=str(ex["hf_pieces"]),
                    llama_pieces=str(ex["llama_pieces"]),
                )
                out.append(("    ", example))
        footer = M(
            "gate.report.footer",
            "Probe set {version}; took {seconds:.1f} s.",
            version=self.probe_set_version,
            seconds=self.seconds,
        )
        out.append(("  ", footer))
        return out

    def render(self, language: str | None = None) -> str:
        """The report a person reads: verdict, each check, each tokenizer difference."""
        return "\n".join(indent + line.render(language) for indent, line in self.lines())


def _as_dict(value: Message | str) -> dict | None:
    return value.to_dict() if isinstance(value, Message) else None


def _tokenizer_line(t: dict) -> Message:
    """One tokenizer probe the two tokenizers split differently."""
    shown: Message | str = repr(t["text"])
    if unicodedata.normalize("NFC", t["text"]) != t["text"]:
        shown = M("gate.report.not_nfc", "{text} (not NFC)", text=shown)
    fields = dict(
        mark=MARKS[t["status"]],
        category=t["category"],
        text=shown,
        hf=t["hf_count"],
        llama=t["llama_count"],
        k=t["first_diff"],
        hf_pieces=str(t["hf_pieces"]),
        llama_pieces=str(t["llama_pieces"]),
    )
    if t["lossless"]:
        return M(
            "gate.report.tokenizer_diff",
            "[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: "
            "HF {hf_pieces} vs llama.cpp {llama_pieces}",
            **fields,
        )
    return M(
        "gate.report.tokenizer_diff_lossy",
        "[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: "
        "HF {hf_pieces} vs llama.cpp {llama_pieces} (llama.cpp loses text)",
        **fields,
    )


def _parity_line(p: dict) -> Message:
    """How many held-out lines of one extended script llama.cpp tokenized as HF did."""
    if p["lossy"]:
        return M(
            "gate.report.parity_lossy",
            "Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp, {lossy} lose text",
            script=p["script"],
            identical=p["identical"],
            lines=p["lines"],
            lossy=p["lossy"],
        )
    return M(
        "gate.report.parity",
        "Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp",
        script=p["script"],
        identical=p["identical"],
        lines=p["lines"],
    )
