"""Model cards and CycloneDX ML-BOMs: what a verified export is made of, signed by the workspace.

For every verified export the appliance writes into the export's folder ``card.json`` (the card,
``appliance.model-card/v1``), ``card.md`` (its rendering, in English), ``bom.cdx.json`` (a
CycloneDX 1.6 ML-BOM) and beside each a detached signature ``NAME.sig``
(``appliance/audit/signing.py``). Their names and digests are in the export's catalog row
(``exports.card``). docs/model-cards.md specifies all three.

Everything in them comes from the catalog: ids, names, versions, digests, counts and the settings
a run recorded. Never a dataset's rows, a suite's cases or an answer: an evaluation's row keeps
counts only, and of the gate's report the card keeps verdicts and numbers (its parity examples
quote held-out lines of the corpus and its tokenizer differences quote probes: both left out).

``write`` builds and records them (audited ``export.card``). The pipeline calls it when an export
becomes verified; a failure there leaves the export verified, and ``load`` builds what is missing
(an export verified before cards existed, or whose card failed). ``write_beside`` puts copies next
to a GGUF copied out of the home.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from appliance.catalog import Catalog
from appliance.errors import ExportError, InvalidInputError
from appliance.export.card_facts import facts
from appliance.fsutil import atomic_write_bytes, remove_path
from appliance.home import Home
from appliance.ids import utc_now
from appliance.messages import M, Message, text
from appliance.states import ExportStatus

CARD_FORMAT = "appliance.model-card/v1"
# The documents in an export's folder and the kind each one's signature names.
FILES = {"card.json": "model-card", "card.md": "model-card-markdown", "bom.cdx.json": "ml-bom"}
# Their names beside a copied GGUF: NAME.card.json, NAME.card.md, NAME.cdx.json (and .sig each).
BESIDE = {"card.json": ".card.json", "card.md": ".card.md", "bom.cdx.json": ".cdx.json"}
NAMES = [n + sig for n in FILES for sig in ("", ".sig")]  # the six files in an export's folder
MAX_INTENDED_USE = 2000


def _dumps(obj) -> bytes:
    return (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _intended_use(facts_: dict, chosen: str | None) -> dict:
    if chosen:
        return {"text": chosen, "set_by": "operator"}
    base = facts_["base_model"]["name"]
    names = sorted({f"{d['name']} v{d['version']}" for d in facts_["data"] if d.get("name")})
    if names:
        said = M(
            "card.default_use_trained",
            "A small language model derived from {base} and fine-tuned on {datasets}, for answering requests "
            "like those in that data, served offline from this workspace.",
            base=base,
            datasets=", ".join(names),
        )
    else:
        said = M(
            "card.default_use_base",
            "The language model {base} as exported to GGUF, served offline from this workspace.",
            base=base,
        )
    return {"text": said.render("en"), "message": said.to_dict(), "set_by": "default"}


def build(home: Home, catalog: Catalog, export_row: dict, *, intended_use: str | None = None) -> tuple[dict, str]:
    """The card (``appliance.model-card/v1``) and the ML-BOM (CycloneDX 1.6 JSON) of an export,
    from the catalog alone. ``intended_use``: the operator's text, else the one recorded before
    (``exports.card``), else a default sentence naming the base model and the training data."""
    from appliance.export.card_bom import bom_json

    recorded = card_record(export_row)
    chosen = intended_use if intended_use is not None else recorded.get("intended_use")
    f = facts(home, catalog, export_row)
    card = {"format": CARD_FORMAT, "generated_at": utc_now(), **f, "intended_use": _intended_use(f, chosen)}
    return card, bom_json(card)


def card_record(export_row: dict) -> dict:
    """The export row's ``card`` column (files and digests, intended use), ``{}`` if none."""
    raw = export_row.get("card")
    if isinstance(raw, dict):
        return raw
    try:
        got = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return got if isinstance(got, dict) else {}


def _check_intended_use(value: str) -> str:
    value = value.strip()
    if not value or len(value) > MAX_INTENDED_USE or any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise InvalidInputError(
            M(
                "card.intended_use_bad",
                "The intended use must be 1 to {n} characters of text without control characters.",
                n=MAX_INTENDED_USE,
            ),
            hint=M("card.intended_use_bad.hint", "Give one or a few sentences saying what the model is for."),
        )
    return value


def _refuse_unverified(row: dict) -> None:
    if row["status"] != ExportStatus.VERIFIED:
        raise ExportError(
            M(
                "card.unverified",
                "Export {export_id} is {status}: model cards are made for verified exports only.",
                export_id=row["id"],
                status=str(row["status"]),
            ),
            hint=M(
                "card.unverified.hint", "Verify it with `appliance exports verify {export_id}`.", export_id=row["id"]
            ),
        )


def write(
    home: Home, catalog: Catalog, export_row: dict, *, intended_use: str | None = None, reason: str = "verified"
) -> dict:
    """Build the card, its Markdown and the ML-BOM of a verified export, sign each, write the six
    files atomically into the export's folder and record their names and digests in
    ``exports.card``, as the audited action ``export.card`` (``reason``: why it is written now).
    Returns the recorded ``card`` value. Raises ``ExportError`` for an export that is not
    verified, ``InvalidInputError`` for an intended use that is empty or too long, and
    ``StorageError`` when a file cannot be written."""
    from appliance.audit.actions import action
    from appliance.audit.signing import sign_detached

    if intended_use is not None:
        intended_use = _check_intended_use(intended_use)
    objects = [export_row["id"], export_row["model_id"]]
    with action(catalog, "export.card", objects=objects, params={"reason": reason}) as act:
        row = catalog.get_export(export_row["id"])  # as it is now, inside the action
        _refuse_unverified(row)
        card, bom = build(home, catalog, row, intended_use=intended_use)
        docs = {
            "card.json": _dumps(card),
            "card.md": render_markdown(card, "en").encode("utf-8"),
            "bom.cdx.json": bom.encode("utf-8"),
        }
        folder, files = (home.root / row["path"]).parent, {}
        for name, data in docs.items():
            sig = _dumps(sign_detached(catalog, data, FILES[name]))
            for fname, content in ((name, data), (name + ".sig", sig)):
                atomic_write_bytes(folder / fname, content, mode=0o644)
                files[fname] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
        keep = intended_use if intended_use is not None else card_record(row).get("intended_use")
        record = {"files": files, "generated_at": card["generated_at"], "intended_use": keep}
        act.output(**{name.replace(".", "_"): files[name]["sha256"] for name in FILES})
        catalog.update_export(row["id"], card=json.dumps(record, sort_keys=True, ensure_ascii=False))
    return record


def _read(home: Home, row: dict) -> tuple[dict, str | None]:
    """The six card files' bytes as recorded, and why they must be (re)built when they cannot be
    used: ``"missing"`` (none recorded, a file gone) or ``"altered"`` (a file no longer matches
    its recorded digest)."""
    files, folder, raw = card_record(row).get("files") or {}, (home.root / row["path"]).parent, {}
    for n in NAMES:
        try:
            raw[n] = (folder / n).read_bytes() if n in files else None
        except OSError:
            raw[n] = None
        if raw[n] is None:
            return raw, "missing"
        if hashlib.sha256(raw[n]).hexdigest() != files[n].get("sha256"):
            return raw, "altered"
    return raw, None


def load(home: Home, catalog: Catalog, export_ref: str) -> dict:
    """A verified export's card (dict), Markdown (text), ML-BOM (text), signatures (by document
    name), the six files' bytes (``raw``, by file name) and paths; built first when missing or
    altered (recorded as ``export.card`` with the reason). Raises ``NotFoundError``,
    ``ExportError`` (not verified, or the files changed under it while it read them)."""
    row = catalog.get_export(export_ref)
    _refuse_unverified(row)
    raw, why = _read(home, row)
    if why is not None:
        write(home, catalog, row, reason=why)
        row = catalog.get_export(row["id"])
        raw, why = _read(home, row)
    if why is not None:
        raise ExportError(
            M("card.changed", "The model card of export {export_id} changed while it was read.", export_id=row["id"]),
            hint=M("card.changed.hint", "Try again."),
        )
    folder = (home.root / row["path"]).parent
    return {
        "export": row,
        "card": json.loads(raw["card.json"]),
        "markdown": raw["card.md"].decode("utf-8"),
        "bom": raw["bom.cdx.json"].decode("utf-8"),
        "signatures": {n: json.loads(raw[n + ".sig"]) for n in FILES},
        "raw": raw,
        "paths": {n: folder / n for n in NAMES},
    }


FORMATS = {"markdown": "card.md", "json": "card.json", "bom": "bom.cdx.json"}


def save(loaded: dict, fmt: str, dest: Path) -> list[Path]:
    """``exports card EXPORT --format FMT -o FILE`` (the CLI and the window): the Markdown in the
    current language, or the signed JSON card or ML-BOM (``load``'s bytes) with the workspace's
    signature beside it (``FILE.sig``) when the bytes written are the signed ones. Returns the paths."""
    name = FORMATS[fmt]
    data = render_markdown(loaded["card"]).encode("utf-8") if fmt == "markdown" else loaded["raw"][name]
    dest = Path(dest)
    atomic_write_bytes(dest, data, mode=0o644)
    if data != loaded["raw"][name]:
        return [dest]
    sig = dest.with_name(dest.name + ".sig")
    atomic_write_bytes(sig, loaded["raw"][name + ".sig"], mode=0o644)
    return [dest, sig]


def beside(dest: Path) -> list[Path]:
    """The card files written next to a GGUF copied to ``dest``: ``NAME.card.json``, its ``.sig``,
    ``NAME.card.md``, …, ``NAME.cdx.json.sig`` (``NAME``: ``dest``'s name without ``.gguf``)."""
    stem = dest.name[: -len(".gguf")] if dest.name.endswith(".gguf") else dest.name
    return [dest.with_name(stem + BESIDE[n] + sig) for n in FILES for sig in ("", ".sig")]


def write_beside(loaded: dict, dest: Path) -> list[Path]:
    """Write the card, its Markdown, the ML-BOM and their signatures (``load``'s bytes, so the
    signatures hold) next to ``dest``; on a failure none of them is left. Returns their paths."""
    written = []
    try:
        for path, name in zip(beside(dest), NAMES, strict=True):
            atomic_write_bytes(path, loaded["raw"][name], mode=0o644)
            written.append(path)
    except BaseException:
        for p in written:
            remove_path(p)
        raise
    return written


# Markdown ---------------------------------------------------------------------------------------
def _cell(v) -> str:
    if v is None or v == "":
        return "–"
    return str(v).replace("|", "\\|").replace("\n", " ")


def _table(lang: str | None, headers: list[Message], rows: list[list]) -> list[str]:
    if not rows:
        return [text(M("card.md.none", "None recorded."), lang), ""]
    line = lambda cells: "| " + " | ".join(cells) + " |"  # noqa: E731
    return [
        line([text(h, lang) for h in headers]),
        line(["---"] * len(headers)),
        *(line([_cell(c) for c in r]) for r in rows),
        "",
    ]


def _said(entry: dict, lang: str | None) -> str:
    """An entry's message in ``lang``; its English ``text`` when it has none (the operator's own)."""
    return text(Message.from_dict(entry["message"]), lang) if entry.get("message") else entry["text"]


def _h(level: int, message: Message, lang: str | None) -> list[str]:
    return ["#" * level + " " + text(message, lang), ""]


def _evaluation_md(card: dict, lang: str | None) -> list[str]:
    ev = card["evaluation"]
    suites = [e for e in ev["evaluations"] if e["kind"] == "suite"]
    out = _h(2, M("card.md.evaluation", "Evaluation"), lang)
    out += _table(
        lang,
        [
            M("card.md.col.suite", "Suite"),
            M("card.md.col.target", "Target"),
            M("card.md.col.passed", "Passed"),
            M("card.md.col.cases", "Cases"),
            M("card.md.col.evaluation", "Evaluation"),
        ],
        [
            [
                f"{e['suite'].get('name')} v{e['suite'].get('version')}",
                e["target"],
                e["passed"],
                e["done"],
                e["evaluation_id"],
            ]
            for e in suites
        ],
    )
    slices = [
        [f"{e['suite'].get('name')} v{e['suite'].get('version')}", s["slice"], s["passed"], s["cases"]]
        for e in suites
        for s in e["slices"]
    ]
    if slices:
        out += _h(3, M("card.md.slices", "Per slice"), lang)
        out += _table(
            lang,
            [
                M("card.md.col.suite", "Suite"),
                M("card.md.col.slice", "Slice"),
                M("card.md.col.passed", "Passed"),
                M("card.md.col.cases", "Cases"),
            ],
            slices,
        )
    splits = [e for e in ev["evaluations"] if e["kind"] == "held-out-split"]
    if splits:
        out += _table(
            lang,
            [M("card.md.col.dataset", "Dataset"), M("card.md.col.bpc", "Bits per character")],
            [[e["dataset_id"], e.get("bits_per_char")] for e in splits],
        )
    out += _h(3, M("card.md.line_gates", "Model line gates"), lang)
    out += _table(
        lang,
        [
            M("card.md.col.line", "Line"),
            M("card.md.col.decision", "Decision"),
            M("card.md.col.channel", "Channel"),
            M("card.md.col.passed", "Passed"),
            M("card.md.col.when", "When"),
        ],
        [[g["line"], g["kind"], g["channel"], g["passed"], g["created_at"]] for g in ev["line_gates"]],
    )
    gate = ev["export_gate"] or {}
    out += _h(3, M("card.md.export_gate", "Export gate"), lang)
    lg = gate.get("logits") or {}
    said = M(
        "card.md.gate_verdict",
        "Verdict: {status} ({quant}, tokenizer policy {policy}); top-1 agreement {top1}, mean KL {kl} nats.",
        status=str(gate.get("status")),
        quant=str(gate.get("quant")),
        policy=str(gate.get("tokenizer_policy")),
        top1=str(lg.get("top1", "–")),
        kl=str(lg.get("kl_mean", "–")),
    )
    out += [text(said, lang), ""]
    out += _table(
        lang,
        [M("card.md.col.check", "Check"), M("card.md.col.status", "Status")],
        [[c["name"], c["status"]] for c in gate.get("checks") or []],
    )
    return out


def _training_md(card: dict, lang: str | None) -> list[str]:
    out = _h(2, M("card.md.data", "Training data"), lang)
    out += _table(
        lang,
        [
            M("card.md.col.dataset", "Dataset"),
            M("card.md.col.version", "Version"),
            M("card.md.col.id", "ID"),
            M("card.md.col.rows", "Rows"),
            M("card.md.col.role", "Role"),
            M("card.md.col.sealed", "Sealed SHA-256"),
        ],
        [
            [d.get("name"), d.get("version"), d["id"], d.get("rows"), d["role"], d.get("sealed_sha256")]
            for d in card["data"]
        ],
    )
    out += _h(2, M("card.md.runs", "Training runs"), lang)
    out += _table(
        lang,
        [
            M("card.md.col.run", "Run"),
            M("card.md.col.method", "Method"),
            M("card.md.col.recipe", "Recipe SHA-256"),
            M("card.md.col.hardware", "Hardware"),
            M("card.md.col.started", "Started"),
            M("card.md.col.finished", "Finished"),
        ],
        [
            [
                r["id"],
                r["method"],
                r["recipe_sha256"],
                f"{r['hardware'].get('device')} {r['hardware'].get('precision')}",
                r["started_at"],
                r["finished_at"],
            ]
            for r in card["training"]
        ],
    )
    if card["recipe"]:
        out += _h(3, M("card.md.hyper", "Hyper-parameters of run {run}", run=card["recipe"]["run_id"]), lang)
        out += _table(
            lang,
            [M("card.md.col.parameter", "Parameter"), M("card.md.col.value", "Value")],
            [[k, v] for k, v in sorted(card["recipe"]["hyperparameters"].items())],
        )
    return out


def _sections(card: dict, lang: str | None) -> list[str]:
    ex = card["export"]
    out = _h(1, M("card.md.title", "Model card: {file}", file=ex["file"]), lang)
    made = M(
        "card.md.made",
        "Made by sovereign-appliance {version} at {time}, from the workspace's catalog; signed by the workspace "
        "(the .sig file beside this one).",
        version=card["generator"]["version"],
        time=card["generated_at"],
    )
    out += [text(made, lang), ""]
    out += _h(2, M("card.md.intended_use", "Intended use"), lang) + [_said(card["intended_use"], lang), ""]
    out += _h(2, M("card.md.export", "Export"), lang)
    tools = ", ".join(f"{k} {v}" for k, v in sorted(ex["tool_versions"].items()))
    out += _table(
        lang,
        [M("card.md.col.field", "Field"), M("card.md.col.value", "Value")],
        [
            ["id", ex["id"]],
            ["file", ex["file"]],
            ["quant", ex["quant"]],
            ["size_bytes", ex["size_bytes"]],
            ["sha256", ex["sha256"]],
            ["created_at", ex["created_at"]],
            ["status", ex["status"]],
            ["tools", tools],
        ],
    )
    out += _h(2, M("card.md.models", "Model and lineage"), lang)
    out += _table(
        lang,
        [
            M("card.md.col.model", "Model"),
            M("card.md.col.id", "ID"),
            M("card.md.col.kind", "Kind"),
            M("card.md.col.params", "Parameters"),
            M("card.md.col.sha256", "SHA-256"),
            M("card.md.col.licence", "Licence"),
        ],
        [[x["name"], x["id"], x["kind"], x.get("params"), x["sha256"], x.get("licence")] for x in card["lineage"]],
    )
    out += _training_md(card, lang) + _evaluation_md(card, lang)
    ext = card["tokenizer_extension"]
    if ext:
        out += _h(2, M("card.md.tokenizer", "Tokenizer extension"), lang)
        out += _table(
            lang,
            [M("card.md.col.field", "Field"), M("card.md.col.value", "Value")],
            [[k, ext.get(k)] for k in ("family", "base_name", "pre_tokenizer", "scripts", "added", "vocab_size")],
        )
    out += _h(2, M("card.md.limitations", "Limitations"), lang)
    out += [f"- {_said(lim, lang)}" for lim in card["limitations"]] + [""]
    out += _h(2, M("card.md.licences", "Licences"), lang)
    out += _table(
        lang,
        [M("card.md.col.component", "Component"), M("card.md.col.kind", "Kind"), M("card.md.col.licence", "Licence")],
        [[x["component"], x["kind"], x["licence"]] for x in card["licences"]],
    )
    return out


def render_markdown(card: dict, language: str | None = None) -> str:
    """The card as Markdown, its headings and sentences in ``language`` (the current one if None);
    names, ids and numbers as the card holds them."""
    return "\n".join(_sections(card, language)).rstrip() + "\n"
