"""What the catalog knows of an export, for its model card (``export/card.py``): the export, the
models it was made from, the runs that made them, their datasets, evaluations, line gates, the
export gate's verdict, the tokenizer extension, limitations and licences.

Only ids, names, versions, digests, counts and recorded settings are read: never a sealed file.
Tuning and evaluation sit above export in the layers, so their tables (``runs``,
``evaluations``, ``suites``, ``lines``, ``line_events``) are read here as rows.
"""

from __future__ import annotations

import json

from appliance.catalog import Catalog
from appliance.home import Home
from appliance.messages import M, Message
from appliance.tokenizer.extension import extension_of
from appliance.version import __version__

# The recipe's fields a card shows as the run's hyper-parameters (section → fields).
HYPER_PARAMETERS = {
    "method": ("kind",),
    "lora": ("rank", "alpha", "dropout", "target_modules"),
    "training": (
        "learning_rate",
        "schedule",
        "warmup_steps",
        "epochs",
        "max_steps",
        "batch_size",
        "gradient_accumulation",
        "sequence_length",
        "packing",
        "precision",
        "seed",
        "weight_decay",
        "max_grad_norm",
    ),
    "preference": ("method", "beta", "label_smoothing", "simpo_gamma", "desirable_weight", "undesirable_weight"),
}
# Licences of the tools every export goes through (llama.cpp and its converter, gguf-py: MIT).
TOOL_LICENCES = {"llama_cpp_python": "MIT", "gguf_py": "MIT", "transformers": "Apache-2.0", "torch": "BSD-3-Clause"}
LOW_PASS_RATE = 0.5  # a slice below this is a limitation the card names


def _loads(value, default=None):
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return default
    return default if value is None else value


def _said(message: Message) -> dict:
    return {"text": message.render("en"), "message": message.to_dict()}


def _model(row: dict, base_licence: str | None = None) -> dict:
    """A model's identity; ``licence``: its own as recorded, else its base's (a merged or extended
    model is a derivative of it)."""
    meta = row.get("meta") or {}
    return {
        "id": row["id"],
        "name": row["name"],
        "kind": row["kind"],
        "architecture": row.get("architecture"),
        "model_type": row.get("model_type"),
        "params": row.get("params"),
        "dtype": row.get("dtype"),
        "context_length": row.get("context_length"),
        "sha256": row["sha256"],
        "source": row.get("source"),
        "source_sha256": row.get("source_sha256"),
        "created_at": row.get("created_at"),
        "licence": meta.get("license") or base_licence,
        "run_id": meta.get("run_id"),
    }


def _runs_from(catalog: Catalog, run_id: str | None, seen: set) -> list[dict]:
    """The run ``run_id`` and the runs it continued from (``from_run_id``), newest first."""
    out = []
    while run_id and run_id not in seen:
        seen.add(run_id)
        run = catalog.row_by_id("runs", run_id)
        if run is None:
            break
        for key in ("dataset_ids", "recipe", "versions"):
            run[key] = _loads(run.get(key))
        out.append(run)
        run_id = run.get("from_run_id")
    return out


def lineage(catalog: Catalog, model: dict) -> tuple[list[dict], list[dict]]:
    """The exported model and the models it was made from (a merged model's run's base, an
    extended model's base), to the first one imported or built in; and the runs on the way."""
    chain, runs, seen, row = [], [], set(), model
    while row is not None and row["id"] not in seen:
        seen.add(row["id"])
        chain.append(row)
        meta = row.get("meta") or {}
        if row["kind"] == "merged":
            made = _runs_from(catalog, meta.get("run_id"), seen)
            runs += made
            parent = made[0]["base_model_id"] if made else meta.get("base_model_id")
        elif row["kind"] == "extended":
            parent = (meta.get("tokenizer_extension") or {}).get("base_model")
        else:
            break
        row = catalog.row_by_id("models", parent) if parent else None
    return chain, runs


def _run(run: dict) -> dict:
    recipe = run.get("recipe") or {}
    hyper = {
        f"{section}.{k}": (recipe.get(section) or {}).get(k)
        for section, keys in HYPER_PARAMETERS.items()
        if section in recipe
        for k in keys
        if k in (recipe.get(section) or {})
    }
    versions = run.get("versions") or {}
    return {
        "id": run["id"],
        "name": run["name"],
        "status": run["status"],
        "method": run["method"],
        "base_model_id": run["base_model_id"],
        "base_model_sha256": run.get("base_model_sha256"),
        "dataset_ids": list(run.get("dataset_ids") or []),
        "from_run_id": run.get("from_run_id"),
        "recipe_sha256": run["recipe_sha256"],
        "hyperparameters": hyper,
        "hardware": {"device": run.get("device"), "precision": run.get("precision")},
        "software": {k: v for k, v in versions.items() if isinstance(v, str)},
        "steps": run.get("steps_done"),
        "total_steps": run.get("total_steps"),
        "tokens_seen": run.get("tokens_seen"),
        "train_loss": run.get("train_loss"),
        "eval_loss": run.get("eval_loss"),
        "adapter_sha256": run.get("adapter_sha256"),
        "started_at": run.get("created_at"),
        "finished_at": run.get("finished_at"),
    }


def _personal_data(raw) -> dict | None:
    """A dataset's personal-data summary as counts (kinds, rows, the policy): never the finding list."""
    pii = _loads(raw)
    if not isinstance(pii, dict):
        return None
    counts = {k: v for k, v in (pii.get("counts") or {}).items() if isinstance(v, int)}
    return {"policy": pii.get("policy"), "counts": counts, "rows_with_findings": pii.get("rows_with_findings")}


def datasets(catalog: Catalog, runs: list[dict], extension: dict | None) -> list[dict]:
    """Each dataset version the runs trained on (``training``) and the tokenizer extension's corpus
    was learned from (``vocabulary``), once per role; a removed one keeps its id."""
    wanted = [(d, "training") for r in reversed(runs) for d in (r.get("dataset_ids") or [])]
    wanted += [(c.get("dataset"), "vocabulary") for c in (extension or {}).get("corpus") or []]
    out, seen = [], set()
    for did, role in wanted:
        if not did or (did, role) in seen:
            continue
        seen.add((did, role))
        row = catalog.row_by_id("datasets", did)
        if row is None:
            out.append({"id": did, "role": role, "removed": True})
            continue
        out.append(
            {
                "id": did,
                "role": role,
                "name": row["name"],
                "version": row["version"],
                "format": row.get("format"),
                "rows": row.get("rows"),
                "train_rows": row.get("train_rows"),
                "eval_rows": row.get("eval_rows"),
                "sealed_sha256": row["sha256"],
                "created_at": row.get("created_at"),
                "personal_data": _personal_data(row.get("pii")),
            }
        )
    return out


def _suite_eval(catalog: Catalog, ev: dict, summary: dict) -> dict:
    suite = catalog.row_by_id("suites", ev["suite_id"]) or {"id": ev["suite_id"]}
    slices = []
    for tag, values in sorted((summary.get("by_slice") or {}).items()):
        for value, (passed, cases) in sorted(values.items()):
            slices.append({"slice": f"{tag}={value}", "passed": passed, "cases": cases})
    retrieval = summary.get("retrieval") or {}
    return {
        "evaluation_id": ev["id"],
        "kind": "suite",
        "suite": {k: suite.get(k) for k in ("id", "name", "version", "sha256")},
        "target": ev["target"],
        "export_id": ev.get("export_id"),
        "finished_at": ev.get("finished_at"),
        "cases": summary.get("cases"),
        "done": summary.get("done"),
        "passed": summary.get("passed"),
        "pass_rate": summary.get("pass_rate"),
        "errors": summary.get("errors"),
        "slices": slices,
        "retrieval": {k: v for k, v in retrieval.items() if isinstance(v, (int, float))} or None,
    }


def evaluations(catalog: Catalog, model_id: str, export_id: str) -> list[dict]:
    """The newest completed evaluation per suite (or held-out split) and target of the model and of
    this export (not of its other exports): counts per slice, never a case or an answer."""
    newest: dict = {}
    where = "model_id = ? AND status = 'completed' AND (export_id IS NULL OR export_id = ?)"
    for ev in catalog.db["evaluations"].rows_where(where, [model_id, export_id], order_by="created_at"):
        newest[(ev.get("suite_id") or ev.get("dataset_id"), ev["target"], ev.get("export_id"))] = ev
    out = []
    for ev in newest.values():
        summary = _loads(ev.get("summary"), {}) or {}
        if ev.get("suite_id"):
            out.append(_suite_eval(catalog, ev, summary))
        elif ev.get("dataset_id"):
            keep = ("bits_per_char", "nll_per_token", "tokens", "chars", "rows")
            out.append(
                {
                    "evaluation_id": ev["id"],
                    "kind": "held-out-split",
                    "dataset_id": ev["dataset_id"],
                    "target": ev["target"],
                    "finished_at": ev.get("finished_at"),
                    **{k: summary.get(k) for k in keep if isinstance(summary.get(k), (int, float))},
                }
            )
    return out


def line_gates(catalog: Catalog, model_id: str) -> list[dict]:
    """Every model line decision naming the model (promotions, refusals, rebases), oldest first."""
    out = []
    for e in catalog.db["line_events"].rows_where("model_id = ?", [model_id], order_by="created_at"):
        line = catalog.row_by_id("lines", e["line_id"]) or {}
        verdict = _loads(e.get("verdict"), {}) or {}
        out.append(
            {
                "event_id": e["id"],
                "line": line.get("name", e["line_id"]),
                "kind": e["kind"],
                "channel": e.get("channel"),
                "passed": None if e.get("passed") is None else bool(e["passed"]),
                "created_at": e["created_at"],
                "summary": verdict.get("summary") if isinstance(verdict.get("summary"), str) else None,
                "checks": [
                    {"name": c.get("name"), "passed": bool(c.get("passed")), "text": c.get("text")}
                    for c in verdict.get("checks") or []
                    if isinstance(c, dict)
                ],
            }
        )
    return out


def export_gate(gate: dict | None) -> dict | None:
    """The gate's verdict and numbers: checks (name, status), logits, tokenizer policy; of the parity
    check the counts per script, never its examples (held-out lines of the corpus)."""
    if not gate:
        return None
    logits = {k: v for k, v in (gate.get("logits") or {}).items() if isinstance(v, (int, float))}
    return {
        "status": gate.get("status"),
        "quant": gate.get("quant"),
        "tokenizer_policy": gate.get("tokenizer_policy"),
        "probe_set_version": gate.get("probe_set_version"),
        "reference_dtype": gate.get("reference_dtype"),
        "seconds": gate.get("seconds"),
        "logits": logits,
        "checks": [{"name": c.get("name"), "status": c.get("status")} for c in gate.get("checks") or []],
        "tokenizer_differences": len(gate.get("tokenizer") or []),
        "parity": [{k: p.get(k) for k in ("script", "lines", "identical", "lossy")} for p in gate.get("parity") or []],
        "new_rows": {k: v for k, v in (gate.get("new_rows") or {}).items() if isinstance(v, (int, float, str))},
    }


def tokenizer_extension(ext: dict | None) -> dict | None:
    """The vocabulary extension the model carries (numbers and ids only; its held-out figures are
    tokens per character)."""
    if not ext:
        return None
    keep = ("family", "base_model", "base_name", "pre_tokenizer", "scripts", "added", "first_id", "vocab_size")
    return {
        **{k: ext.get(k) for k in keep},
        "corpus": [{k: c.get(k) for k in ("dataset", "name", "version")} for c in ext.get("corpus") or []],
        "heldout_rule": ext.get("heldout_rule"),
        "figures": ext.get("figures"),
    }


def limitations(card: dict) -> list[dict]:
    """What the catalog measured that a reader must know (slices under 50 %, gate warnings, no
    evaluation), then what holds for every export (small, offline, may be wrong, quantized)."""
    out = []
    evals = [e for e in card["evaluation"]["evaluations"] if e["kind"] == "suite"]
    for ev in evals:
        for s in ev["slices"]:
            if s["cases"] and s["passed"] / s["cases"] < LOW_PASS_RATE:
                said = M(
                    "card.limit.slice",
                    "On suite {suite}, slice {slice} passed {passed} of {cases} cases (under 50 %).",
                    suite=ev["suite"].get("name") or ev["suite"]["id"],
                    slice=s["slice"],
                    passed=s["passed"],
                    cases=s["cases"],
                )
                out.append({"kind": "measured", **_said(said)})
    if not evals:
        out.append({"kind": "measured", **_said(M("card.limit.no_eval", "No evaluation suite was run on this model."))})
    for c in (card["evaluation"]["export_gate"] or {}).get("checks") or []:
        if c["status"] == "warn":
            said = M("card.limit.gate_warn", "The export gate warned on: {check}.", check=c["name"])
            out.append({"kind": "measured", **_said(said)})
    params = card["model"].get("params") or card["base_model"].get("params")
    small = (
        M(
            "card.limit.small",
            "A small model ({params:,} parameters): it knows less and reasons less well than large models.",
            params=params,
        )
        if params
        else M("card.limit.small_unknown", "A small model: it knows less and reasons less well than large models.")
    )
    fixed = [
        small,
        M("card.limit.wrong", "It can state wrong facts fluently; check answers that matter against a source."),
        M(
            "card.limit.data",
            "It knows its base model's training data and the datasets named here, nothing after them.",
        ),
        M(
            "card.limit.offline",
            "It runs offline, on this workspace's machines; it has no access to the internet or other systems.",
        ),
        M(
            "card.limit.quant",
            "This export is quantized to {quant}: its answers can differ slightly from the stored model's "
            "(the export gate's measurements).",
            quant=card["export"]["quant"],
        ),
    ]
    return out + [{"kind": "fixed", **_said(m)} for m in fixed]


def licences(card: dict) -> list[dict]:
    out = [{"component": m["name"], "kind": "model", "licence": m.get("licence") or "unknown"} for m in card["lineage"]]
    out += [
        {"component": d["name"], "kind": "dataset", "licence": "the workspace's own data"}
        for d in card["data"]
        if d.get("name")
    ]
    out += [{"component": t, "kind": "tool", "licence": lic} for t, lic in TOOL_LICENCES.items()]
    out.append({"component": "sovereign-appliance", "kind": "tool", "licence": "Apache-2.0"})
    return out


def facts(home: Home, catalog: Catalog, row: dict) -> dict:
    """Everything a card says of export ``row`` but its intended use and time."""
    model_row = catalog.row_by_id("models", row["model_id"])
    if model_row is None:
        model_row = {"id": row["model_id"], "name": row["model_id"], "kind": "removed", "sha256": ""}
    chain, runs = lineage(catalog, model_row)
    ext = extension_of(catalog, model_row) if model_row["kind"] != "removed" else None
    made_by = runs[0] if runs else None
    base_licence = (chain[-1].get("meta") or {}).get("license")
    card = {
        "generator": {"name": "sovereign-appliance", "version": __version__},
        "export": {
            "id": row["id"],
            "file": row["path"].rsplit("/", 1)[-1],
            "quant": row["quant"],
            "size_bytes": row["size_bytes"],
            "sha256": row["sha256"],
            "created_at": row["created_at"],
            "status": row["status"],
            "model_sha256": (row.get("meta") or {}).get("model_sha256"),
            "tool_versions": row.get("tool_versions") or {},
        },
        "model": _model(model_row, base_licence),
        "base_model": _model(chain[-1]),
        "lineage": [_model(m, base_licence) for m in chain],
        "training": [_run(r) for r in runs],
        "data": datasets(catalog, runs, ext),
        "recipe": None
        if made_by is None
        else {
            "run_id": made_by["id"],
            "sha256": made_by["recipe_sha256"],
            "method": made_by["method"],
            "hyperparameters": _run(made_by)["hyperparameters"],
        },
        "hardware": None if made_by is None else _run(made_by)["hardware"],
        "evaluation": {
            "evaluations": evaluations(catalog, model_row["id"], row["id"]),
            "line_gates": line_gates(catalog, model_row["id"]),
            "export_gate": export_gate(row.get("gate")),
        },
        "tokenizer_extension": tokenizer_extension(ext),
    }
    card["limitations"] = limitations(card)
    card["licences"] = licences(card)
    return card
