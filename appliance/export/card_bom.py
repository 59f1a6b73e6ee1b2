"""An export's CycloneDX 1.6 ML-BOM, made from its model card (``export/card.py``) with
cyclonedx-python-lib and its JSON outputter (docs/model-cards.md, "The ML-BOM").

The BOM describes the export (``metadata.component``, a ``machine-learning-model`` with the GGUF's
SHA-256); its components are the models it was made from (the base model with its licence), the
dataset versions they were trained on (``data``, the sealed file's SHA-256) and the tools that made
the GGUF (llama.cpp's runtime and converter, gguf-py, transformers, torch); ``dependencies`` link
them. The library (11.12) has no classes for a component's ``modelCard`` nor its ``data``: both
are added to the outputter's JSON as CycloneDX 1.6 defines them, and the result is what the
schema accepts (tests/test_model_card.py validates it with the library's ``JsonStrictValidator``).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from cyclonedx.model import HashAlgorithm, HashType, Property
from cyclonedx.model.bom import Bom, BomMetaData
from cyclonedx.model.component import Component, ComponentType
from cyclonedx.model.license import DisjunctiveLicense
from cyclonedx.model.tool import ToolRepository
from cyclonedx.output.json import JsonV1Dot6
from cyclonedx.spdx import is_supported_id
from packageurl import PackageURL

# The tools an export's row names (``tool_versions``): the BOM's name, PyPI package, what it did.
TOOLS = {
    "llama_cpp_python": ("llama-cpp-python", "llama-cpp-python", "llama.cpp: the quantizer and the runtime"),
    "gguf_py": ("gguf", "gguf", "gguf-py: the GGUF file format"),
    "transformers": ("transformers", "transformers", "reads the stored model for the converter"),
    "torch": ("torch", "torch", "tensors for the converter and the gate's reference"),
}
CONVERTER = "convert_hf_to_gguf.py"


def _prop(name: str, value) -> Property | None:
    return None if value is None else Property(name=f"appliance:{name}", value=str(value))


def _props(**values) -> list[Property]:
    return [p for k, v in values.items() if (p := _prop(k.replace("_", "-"), v)) is not None]


def _licences(licence: str | None) -> list[DisjunctiveLicense]:
    if not licence or licence == "unknown":
        return []
    return [DisjunctiveLicense(id=licence) if is_supported_id(licence) else DisjunctiveLicense(name=licence)]


def _sha256(digest: str | None) -> list[HashType]:
    return [HashType(alg=HashAlgorithm.SHA_256, content=digest)] if digest and len(digest) == 64 else []


def _tools(card: dict) -> dict[str, Component]:
    versions = card["export"]["tool_versions"]
    out = {}
    for key, (name, package, what) in TOOLS.items():
        v = versions.get(key)
        if not v or v == "not installed":
            continue
        out[key] = Component(
            name=name,
            type=ComponentType.LIBRARY,
            bom_ref=f"tool:{name}",
            version=str(v),
            purl=PackageURL(type="pypi", name=package, version=str(v)),
            description=what,
            licenses=_licences(_tool_licence(card, key)),
        )
    if "llama_cpp_python" in out:
        v = out["llama_cpp_python"].version
        out["converter"] = Component(
            name=CONVERTER,
            type=ComponentType.APPLICATION,
            bom_ref=f"tool:{CONVERTER}",
            version=v,
            description="llama.cpp's converter from Hugging Face to GGUF, as shipped with llama-cpp-python " + v,
            licenses=_licences("MIT"),
        )
    return out


def _tool_licence(card: dict, key: str) -> str | None:
    return next((lic["licence"] for lic in card["licences"] if lic["component"] == key), None)


def _model_component(m: dict, runs: dict) -> Component:
    run = runs.get(m.get("run_id") or "")
    return Component(
        name=m["name"],
        type=ComponentType.MACHINE_LEARNING_MODEL,
        bom_ref=f"model:{m['id']}",
        hashes=_sha256(m.get("sha256")),
        licenses=_licences(m.get("licence")),
        properties=_props(
            model_id=m["id"],
            kind=m["kind"],
            architecture=m.get("architecture"),
            params=m.get("params"),
            dtype=m.get("dtype"),
            source=m.get("source"),
            source_sha256=m.get("source_sha256"),
            run_id=run and run["id"],
            recipe_sha256=run and run["recipe_sha256"],
            method=run and run["method"],
            device=run and run["hardware"].get("device"),
        ),
    )


def _datasets(card: dict) -> dict[str, Component]:
    out = {}
    for d in card["data"]:
        roles = sorted({x["role"] for x in card["data"] if x["id"] == d["id"]})
        out[d["id"]] = Component(
            name=d.get("name") or d["id"],
            type=ComponentType.DATA,
            bom_ref=f"data:{d['id']}",
            version=None if d.get("version") is None else str(d["version"]),
            hashes=_sha256(d.get("sealed_sha256")),
            properties=_props(
                dataset_id=d["id"],
                role=", ".join(roles),
                format=d.get("format"),
                rows=d.get("rows"),
                removed=d.get("removed"),
            ),
        )
    return out


def _run_datasets(card: dict, run_id: str | None) -> list[str]:
    """The datasets of run ``run_id`` and of the runs it continued from."""
    runs, out = {r["id"]: r for r in card["training"]}, []
    while run_id in runs:
        out += runs[run_id]["dataset_ids"]
        run_id = runs[run_id].get("from_run_id")
    return out


def _bom(card: dict) -> Bom:
    ex = card["export"]
    gate = card["evaluation"]["export_gate"] or {}
    export = Component(
        name=ex["file"],
        type=ComponentType.MACHINE_LEARNING_MODEL,
        bom_ref=f"export:{ex['id']}",
        version=ex["quant"],
        description=f"GGUF export ({ex['quant']}) of {card['model']['name']}",
        hashes=_sha256(ex["sha256"]),
        licenses=_licences(card["model"].get("licence")),
        properties=_props(
            export_id=ex["id"],
            quant=ex["quant"],
            size_bytes=ex["size_bytes"],
            created_at=ex["created_at"],
            status=ex["status"],
            gate=gate.get("status"),
            model_sha256=ex.get("model_sha256"),
            card_generated_at=card["generated_at"],
        ),
    )
    runs = {r["id"]: r for r in card["training"]}
    models = {m["id"]: _model_component(m, runs) for m in card["lineage"]}
    data = _datasets(card)
    tools = _tools(card)
    app = Component(name="sovereign-appliance", type=ComponentType.APPLICATION, version=card["generator"]["version"])
    bom = Bom(
        serial_number=uuid.uuid5(uuid.NAMESPACE_URL, f"urn:appliance:{ex['id']}:{card['generated_at']}"),
        metadata=BomMetaData(
            component=export,
            timestamp=datetime.fromisoformat(card["generated_at"].replace("Z", "+00:00")),
            tools=ToolRepository(components=[app]),
        ),
    )
    bom.components.update([*models.values(), *data.values(), *tools.values()])
    made_with = [tools[k] for k in ("converter", "llama_cpp_python", "gguf_py") if k in tools]
    bom.register_dependency(export, [models[card["lineage"][0]["id"]], *made_with])
    if "converter" in tools:
        bom.register_dependency(
            tools["converter"], [tools[k] for k in ("gguf_py", "transformers", "torch") if k in tools]
        )
    chain = card["lineage"]
    for i, m in enumerate(chain):
        below = [models[chain[i + 1]["id"]]] if i + 1 < len(chain) else []
        if m["kind"] == "merged":
            below += [data[d] for d in dict.fromkeys(_run_datasets(card, m.get("run_id"))) if d in data]
        elif m["kind"] == "extended":
            below += [data[d["id"]] for d in card["data"] if d["role"] == "vocabulary"]
        bom.register_dependency(models[m["id"]], list(dict.fromkeys(below)))
    for c in [*data.values(), *[t for k, t in tools.items() if k != "converter"]]:
        bom.register_dependency(c, [])
    return bom


def _metric(kind: str, value, slice_: str | None = None) -> dict:
    out = {"type": kind, "value": str(value)}
    if slice_:
        out["slice"] = slice_
    return out


def _performance(card: dict) -> list[dict]:
    out = []
    for ev in card["evaluation"]["evaluations"]:
        if ev["kind"] == "suite":
            suite = f"{ev['suite'].get('name')} v{ev['suite'].get('version')}, {ev['target']}"
            out.append(_metric(f"pass rate ({suite})", ev["pass_rate"]))
            for s in ev["slices"]:
                rate = round(s["passed"] / s["cases"], 4) if s["cases"] else 0
                out.append(_metric(f"pass rate ({suite}; {s['passed']}/{s['cases']})", rate, s["slice"]))
        elif "bits_per_char" in ev:
            out.append(_metric(f"bits per character (held-out split of {ev['dataset_id']})", ev["bits_per_char"]))
    logits = (card["evaluation"]["export_gate"] or {}).get("logits") or {}
    for key, label in (
        ("top1", "export gate: top-1 agreement with the stored model"),
        ("kl_mean", "export gate: mean KL (nats)"),
    ):
        if key in logits:
            out.append(_metric(label, logits[key]))
    return out


def _model_card(card: dict) -> dict:
    params = {
        "task": "text-generation",
        "architectureFamily": "transformer",
        "modelArchitecture": card["model"].get("architecture") or card["model"]["name"],
        "datasets": [{"ref": f"data:{i}"} for i in dict.fromkeys(d["id"] for d in card["data"])],
        "inputs": [{"format": "text"}],
        "outputs": [{"format": "text"}],
    }
    if card["training"]:
        params["approach"] = {"type": "supervised"}
    if not params["datasets"]:
        del params["datasets"]
    out = {
        "modelParameters": params,
        "considerations": {
            "useCases": [card["intended_use"]["text"]],
            "technicalLimitations": [lim["text"] for lim in card["limitations"]],
        },
    }
    metrics = _performance(card)
    if metrics:
        out["quantitativeAnalysis"] = {"performanceMetrics": metrics}
    return out


def bom_json(card: dict) -> str:
    """The ML-BOM of ``card`` as CycloneDX 1.6 JSON text (sorted keys, indented)."""
    doc = json.loads(JsonV1Dot6(_bom(card)).output_as_string())
    doc["metadata"]["component"]["modelCard"] = _model_card(card)
    pii = {d["id"]: d.get("personal_data") or {} for d in card["data"]}
    for c in doc.get("components", []):
        if c["type"] == "data":
            entry = {"type": "dataset", "name": c["name"]}
            found = sorted(k for k, n in (pii.get(c["bom-ref"][len("data:") :], {}).get("counts") or {}).items() if n)
            if found:
                entry["sensitiveData"] = found
            c["data"] = [entry]
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
