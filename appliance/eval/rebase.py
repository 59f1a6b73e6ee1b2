"""Rebasing a model line onto a new base model: ``appliance rebase LINE --onto NEW_BASE``.

The line's recipe runs again, unchanged but for its base, on the line's own dataset versions;
the result is merged, exported through the verification gate, set as the line's ``candidate``,
and evaluated beside the line's ``production`` model on every suite of the line; the gate's
verdict says whether it may be promoted (``--promote`` does it through the same gate).

Checks come first, before any training (``preflight``): the new base must differ from the
line's, carry a chat template when the line's data or suites are chat, hold the recipe's
sequence length, and be an extended model when the recipe trains new vocabulary rows; a
different tokenizer is allowed (LoRA adapters are retrained, not transplanted) and reported.
"""

from __future__ import annotations

import json
from pathlib import Path

from appliance.audit.actions import action
from appliance.errors import InvalidInputError
from appliance.eval.case_worker import has_chat_template
from appliance.eval.lines import Lines
from appliance.eval.store import encode
from appliance.events import CancelToken, EventSink, Progress, ignore
from appliance.ids import new_id, utc_now
from appliance.messages import M, Message
from appliance.messages import text as _text


class _Joined(Message):
    """Problems in one sentence, separated by "; ", each rendered in the language asked for."""

    __slots__ = ()

    def __init__(self, items):
        super().__init__("list.semicolons", "{items}", items=list(items))

    def render(self, language=None):
        return "; ".join(_text(p, language) for p in self.params["items"])


def _vocab(model_dir: Path) -> dict | None:
    try:
        tok = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    vocab = (tok.get("model") or {}).get("vocab")
    if isinstance(vocab, list):  # Unigram: [[piece, score], ...]
        return {p[0]: i for i, p in enumerate(vocab)}
    return vocab if isinstance(vocab, dict) else None


def preflight(home, catalog, line: dict, new_base: dict) -> list[Message]:
    """What a person should know before the rebase runs; raises ``InvalidInputError`` for what
    would make it fail."""
    from appliance.tokenizer.extension import extension_of

    old = catalog.row_by_id("models", line["base_model_id"])
    new_dir = home.root / new_base["path"]
    problems, notes = [], []
    base = new_base["name"]
    if old and old["id"] == new_base["id"]:
        problems.append(M("rebase.same_base", "line {line} is already on {base}", line=line["name"], base=base))
    datasets = [catalog.row_by_id("datasets", d) for d in line["dataset_ids"]]
    missing = [d for d, row in zip(line["dataset_ids"], datasets, strict=True) if row is None]
    if missing:
        problems.append(
            M(
                "rebase.datasets_gone",
                "the line's dataset versions {ids} are no longer in the appliance",
                ids=", ".join(missing),
            )
        )
    chat = any(row and row.get("format") == "chat" for row in datasets) or bool(line["suites"])
    if chat and not has_chat_template(new_dir):
        if line["suites"]:
            problems.append(
                M(
                    "rebase.no_chat_template.suites",
                    "{base} has no chat template, and the line's data and suites are chat messages",
                    base=base,
                )
            )
        else:
            problems.append(
                M(
                    "rebase.no_chat_template",
                    "{base} has no chat template, and the line's data is chat messages",
                    base=base,
                )
            )
    seq = int(line["recipe"].get("training", {}).get("sequence_length", 0))
    ctx = int(new_base.get("context_length") or 0)
    if ctx and seq > ctx:
        problems.append(
            M(
                "rebase.sequence_too_long",
                "the recipe's sequence length {seq} is past {base}'s context of {ctx} tokens",
                seq=seq,
                base=base,
                ctx=ctx,
            )
        )
    if line["recipe"].get("tokenizer", {}).get("train_new_rows") and not extension_of(catalog, new_base):
        problems.append(
            M(
                "rebase.not_extended",
                "the recipe trains new vocabulary rows, and {base} is not an extended model "
                "(extend it first with `appliance tokenizer extend`)",
                base=base,
            )
        )
    if problems:
        raise InvalidInputError(
            M(
                "rebase.refused",
                "Line {line} cannot be rebased onto {base}: {problems}.",
                line=line["name"],
                base=base,
                problems=_Joined(problems),
            ),
            hint=M("rebase.refused.hint", "Pick another base model, or change the line."),
        )
    if old:
        a, b = _vocab(home.root / old["path"]), _vocab(new_dir)
        if a is not None and b is not None:
            if a == b:
                notes.append(
                    M(
                        "rebase.same_vocabulary",
                        "tokenizer: {base} has the same vocabulary as {old} ({n} tokens)",
                        base=base,
                        old=old["name"],
                        n=len(b),
                    )
                )
            else:
                notes.append(
                    M(
                        "rebase.different_vocabulary",
                        "tokenizer: {base} has a different vocabulary ({n} tokens, {shared} shared with "
                        "{old}'s {old_n}); the adapters are trained afresh, so this is allowed",
                        base=base,
                        n=len(b),
                        shared=len(a.keys() & b.keys()),
                        old=old["name"],
                        old_n=len(a),
                    )
                )
    if has_chat_template(new_dir):
        notes.append(M("rebase.chat_template_present", "chat template: present in {base}", base=base))
    else:
        notes.append(M("rebase.chat_template_absent", "chat template: absent in {base}", base=base))
    return notes


def _free_name(catalog, base: str) -> str:
    from appliance.models.store import slugify

    name = slugify(base)[:60]
    n = 1
    candidate = name
    while catalog.find_model(candidate) is not None:
        n += 1
        candidate = f"{name}-{n}"
    return candidate


def _production_quant(catalog, lines: Lines, line: dict) -> str:
    """The quantization the line serves now (its production model's newest verified export), else q8_0."""
    prod = lines.channel_model(line, "production")
    done = [e for e in catalog.list_exports(prod["id"]) if e["status"] == "verified"] if prod else []
    return done[-1]["quant"] if done else "q8_0"


def rebase(
    home,
    catalog,
    keys,
    line_ref: str,
    new_base_ref: str,
    *,
    quant: str | None = None,
    max_steps: int | None = None,
    promote: bool = False,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
) -> dict:
    """Re-run the line on a new base; returns ``{"notes", "run", "model", "export", "reports", "verdict", "promoted"}``."""
    from appliance.export.pipeline import Exporter
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import merge_run, start_training

    cancel = cancel or CancelToken()
    lines = Lines(home, catalog, keys)
    line = lines.get(line_ref)
    new_base = ModelStore(home, catalog).get(new_base_ref, on_event=on_event, cancel=cancel)
    notes = preflight(home, catalog, line, new_base)
    for n in notes:
        on_event(Progress("rebase", message=n, done=0, total=4))
    data = json.loads(json.dumps(line["recipe"]))
    data["run"] = {
        **data.get("run", {}),
        "base_model": new_base["id"],
        "datasets": list(line["dataset_ids"]),
        "from_run": "",
        "name": _free_name(catalog, f"{line['name']}-on-{new_base['name']}"),
    }
    if max_steps is not None:
        data.setdefault("training", {})["max_steps"] = max_steps
    recipe = recipe_from_dict(data, source=M("rebase.recipe_source", "line {name}", name=line["name"]))
    quant = quant or _production_quant(catalog, lines, line)
    rid = new_id("le")
    with action(
        catalog,
        "line.rebase",
        objects=[line["id"], new_base["id"], rid],
        params={"line": line["name"], "onto": new_base["name"]},
    ) as act:
        training = M("rebase.training", "Training {line}'s recipe on {base}", line=line["name"], base=new_base["name"])
        on_event(Progress("rebase", message=training, done=1, total=4))
        run = start_training(home, catalog, keys, recipe, on_event=on_event, cancel=cancel)
        on_event(Progress("rebase", message=M("rebase.merging", "Merging the adapter"), done=2, total=4))
        model = merge_run(
            home, catalog, run["id"], name=_free_name(catalog, recipe.run.name), on_event=on_event, cancel=cancel
        )
        exporting = M(
            "rebase.exporting", "Exporting {model} ({quant}) through the gate", model=model["name"], quant=quant
        )
        on_event(Progress("rebase", message=exporting, done=3, total=4))
        export, _report = Exporter(home, catalog, keys).export(model["id"], quant, on_event=on_event, cancel=cancel)
        lines.promote(line["name"], model["id"], channel="candidate")
        line = lines.get(line["name"])
        production = lines.channel_model(line, "production")
        judged = lines.judge(line, model, production, on_event=on_event, cancel=cancel)
        reports = judged["reports"]
        verdict = {"passed": judged["passed"], "checks": judged["checks"]}
        event = {
            "id": rid,
            "line_id": line["id"],
            "kind": "rebase",
            "channel": "candidate",
            "model_id": model["id"],
            "previous_model_id": production["id"] if production else None,
            "passed": int(verdict["passed"]),
            "verdict": {**verdict, "onto": new_base["id"], "run_id": run["id"], "export_id": export["id"]},
            "created_at": utc_now(),
        }
        with catalog.atomic():
            catalog.db["line_events"].insert(encode(event), pk="id")
            catalog.add_lineage(model["id"], {line["id"]: "rebased-in"})
        act.output(run_id=run["id"], model_id=model["id"], export_id=export["id"], gate_passed=verdict["passed"])
    promoted = None
    if promote:
        promoted = lines.promote(line["name"], model["id"], channel="production", on_event=on_event, cancel=cancel)
    return {
        "notes": notes,
        "run": run,
        "model": model,
        "export": export,
        "reports": reports,
        "verdict": verdict,
        "promoted": promoted,
    }
