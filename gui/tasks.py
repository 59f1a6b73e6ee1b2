"""The jobs, as module-level functions so that they can run in a worker process.

Each takes the job context first; the pages bind the rest with ``functools.partial``. Results
are plain data (rows, reports) that cross the process boundary. The heavy ones (torch, the
tokenizers' native code) run isolated; the evaluation jobs run on a thread, since the core runs
the models in worker processes of its own (``appliance/eval/worker.py``).
"""

from __future__ import annotations

from pathlib import Path


def import_dataset(
    ctx, path: str, name: str, fmt, columns: str, eval_fraction: float, skip_invalid: bool, pii: str = "report"
):
    """``appliance datasets import``; ``pii``: what to do with personal data in the rows (``report``
    it, ``mask`` it before sealing, ``refuse`` the file: appliance/data/pii.py)."""
    from appliance.data.columns import parse_columns
    from appliance.data.datasets import DatasetStore, default_stats_tokenizer
    from appliance.data.formats import ImportRefused

    store = DatasetStore(ctx.home, ctx.catalog, ctx.keys)
    try:
        row, report, created = store.import_file(
            Path(path),
            name=name,
            fmt=fmt,
            columns=parse_columns(columns),
            eval_fraction=eval_fraction,
            skip_invalid=skip_invalid,
            tokenizer=default_stats_tokenizer(ctx.home, ctx.catalog),
            pii=pii,
            on_event=ctx.on_event,
            cancel=ctx.cancel,
        )
        return {"status": "imported", "row": row, "report": report, "created": created}
    except ImportRefused as exc:
        return {"status": "refused", "report": exc.report, "message": str(exc)}


def import_model(ctx, path: str):
    from appliance.models.store import ModelStore

    return ModelStore(ctx.home, ctx.catalog).import_path(Path(path), on_event=ctx.on_event, cancel=ctx.cancel)


def train(ctx, recipe: dict, processes: int = 1, gpus: bool = False):
    """``processes`` > 1: one run across that many CPU processes, or GPUs with ``gpus``."""
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import start_training

    return start_training(
        ctx.home,
        ctx.catalog,
        ctx.keys,
        recipe_from_dict(recipe),
        on_event=ctx.on_event,
        cancel=ctx.cancel,
        processes=processes,
        gpus=gpus,
    )


def resume(ctx, run_id: str, processes: int = 1, gpus: bool = False):
    from appliance.tuning.service import resume_training

    return resume_training(
        ctx.home,
        ctx.catalog,
        ctx.keys,
        run_id,
        on_event=ctx.on_event,
        cancel=ctx.cancel,
        processes=processes,
        gpus=gpus,
    )


def stop_run(ctx, run_id: str):
    """Ask a run training in another process to stop (``appliance runs stop``)."""
    from appliance.tuning.runs import RunStore

    return RunStore(ctx.home, ctx.catalog).request_stop(run_id)


def merge(ctx, run_id: str, name: str | None):
    from appliance.tuning.service import merge_run

    row = merge_run(ctx.home, ctx.catalog, run_id, name=name, on_event=ctx.on_event, cancel=ctx.cancel)
    return {k: v for k, v in row.items() if k != "files"}


def export(ctx, model: str, quant: str, policy: str, force: bool = False):
    """``force``: a second copy even if this model is already exported, verified, to ``quant``."""
    from appliance.errors import VerificationFailed
    from appliance.export.pipeline import Exporter

    try:
        row, report = Exporter(ctx.home, ctx.catalog, ctx.keys).export(
            model, quant, tokenizer_policy=policy, on_event=ctx.on_event, cancel=ctx.cancel, force=force
        )
        return row, report
    except VerificationFailed as exc:
        return None, exc.report


def unpack_builtin(ctx):
    from appliance.models.store import ModelStore

    row = ModelStore(ctx.home, ctx.catalog).ensure_builtin(on_event=ctx.on_event, cancel=ctx.cancel)
    return {k: v for k, v in row.items() if k != "files"}


def tokenizer_report(ctx, models: list[str], corpora: list[str]) -> list[dict]:
    """``appliance tokenizer report`` for each model over the same corpora (the reports as dicts)."""
    from appliance.tokenizer.report import report

    return [report(ctx.home, ctx.catalog, ctx.keys, m, corpora).to_dict() for m in models]


def tokenizer_extend(ctx, base: str, corpora: list[str], add: int, name: str, scripts: list[str] | None):
    """``appliance tokenizer extend``: the new model's row (without its file list)."""
    from appliance.tokenizer.vocabulary import extend

    row = extend(
        ctx.home,
        ctx.catalog,
        ctx.keys,
        base,
        corpora,
        add=add,
        name=name,
        scripts=scripts,
        on_event=ctx.on_event,
        cancel=ctx.cancel,
    )
    return {k: v for k, v in row.items() if k != "files"}


def import_suite(ctx, path: str) -> dict:
    """``appliance suites import PATH``: the suite version's row (an existing one for the same cases)."""
    from appliance.eval.store import SuiteStore

    return SuiteStore(ctx.home, ctx.catalog, ctx.keys).import_file(Path(path))


def evaluate_and_compare(ctx, suite: str, models: list[str], target: str = "gguf", rerun: bool = False) -> dict:
    """``appliance eval MODEL --suite SUITE`` for each model in turn, then ``appliance evals compare
    --suite SUITE MODELS…`` (the first model the baseline): the comparison report
    (``appliance/eval/compare.py``, the orchestration the CLI and the promotion gate share).

    A model's newest completed evaluation on this suite version (and target) is reused, as the
    compare command and the promotion gate do, unless ``rerun``. The core's progress events go on
    with the model's name and place in the queue in front of their message."""
    from appliance.eval.compare import CompareOptions, compare_on_suite

    options = CompareOptions(target=target, rerun=rerun, show_queue=True)
    return compare_on_suite(
        ctx.home, ctx.catalog, ctx.keys, suite, models, options=options, on_event=ctx.on_event, cancel=ctx.cancel
    ).report


def promote(ctx, line: str, model: str, channel: str = "production") -> dict:
    """``appliance promote LINE MODEL``: the gate's decision, a refusal included (``passed`` false:
    nothing changed, and the verdict says why) rather than raised. A promotion the governance
    policy sends to a second person comes back as ``{"waiting_for_approval": REQUEST_ID}``:
    nothing changed, and an approver finds the request on the Approvals page."""
    from appliance.errors import ApprovalRequired, GateFailed
    from appliance.eval.lines import Lines

    try:
        return Lines(ctx.home, ctx.catalog, ctx.keys).promote(
            line, model, channel=channel, on_event=ctx.on_event, cancel=ctx.cancel
        )
    except GateFailed as exc:
        if exc.verdict is None:
            raise
        return {**exc.verdict, "passed": False}
    except ApprovalRequired as exc:
        return {"waiting_for_approval": exc.request_id, "passed": False, "line": line, "model": model}


# Governance (docs/governance.md): each the core call of `appliance people / approvals` ----------
def _keyfile(path: str | None) -> bytes | None:
    from appliance.security.vault import read_keyfile

    return read_keyfile(Path(path)) if path else None


def _who(opened) -> dict:
    """A person's public identity (never their wrapped keys), to hand to the window."""
    return {k: opened.person[k] for k in ("id", "name", "role")}


def sign_in(ctx, passphrase: str, keyfile: str | None, person: str | None):
    """``appliance unlock [--as PERSON]``: the master key, and who signed in (None without people)."""
    from appliance import workspace
    from appliance.security.vault import Vault

    mk, opened = workspace.unlock_person(
        Vault(ctx.catalog), passphrase, keyfile=_keyfile(keyfile), method="gui", person=person
    )
    return mk, (_who(opened) if opened is not None else None)


def people_init(ctx, passphrase: str, name: str, keyfile: str | None):
    """``appliance people init NAME``: the workspace passphrase's holder becomes admin NAME."""
    from appliance.audit import people

    opened = people.init(ctx.catalog, passphrase, name, keyfile=_keyfile(keyfile))
    return opened.mk, _who(opened)


def people_add(ctx, me: str, my_passphrase: str, name: str, role: str, their_passphrase: str, keyfile: str | None):
    """``appliance people add NAME --role ROLE``: the admin ``me`` proves their passphrase first."""
    from appliance.audit import people

    kf = _keyfile(keyfile)
    admin = people.People(ctx.catalog).open(me, my_passphrase, kf)
    try:
        return people.add(ctx.catalog, admin, name, role, their_passphrase, keyfile=kf)
    finally:
        admin.forget()


def people_set_role(ctx, name: str, role: str) -> dict:
    """``appliance people role NAME ROLE``."""
    from appliance.audit import people

    return people.set_role(ctx.catalog, name, role)


def people_remove(ctx, name: str) -> dict:
    """``appliance people remove NAME``."""
    from appliance.audit import people

    return people.remove(ctx.catalog, name)


def rotate_signed_in(ctx, me: str, passphrase: str, keyfile: str | None):
    """``appliance keys rotate --as ME``, then ``me`` opens the new master key (their session goes
    on): ``(mk_id, data keys rewrapped, the new master key)``."""
    from appliance import workspace
    from appliance.audit.people import People
    from appliance.security.vault import Vault

    kf = _keyfile(keyfile)
    mk_id, n = workspace.rotate_master_key(Vault(ctx.catalog), passphrase, keyfile=kf, person=me)
    return mk_id, n, People(ctx.catalog).open(me, passphrase, kf).mk


def change_passphrase(ctx, me: str | None, passphrase: str, new_passphrase: str, keyfile: str | None) -> None:
    """``appliance keys passwd``: the signed-in person's own passphrase (or the workspace's)."""
    from appliance import workspace
    from appliance.security.vault import Vault

    workspace.change_passphrase(Vault(ctx.catalog), passphrase, new_passphrase, keyfile=_keyfile(keyfile), person=me)


def decide(ctx, request_id: str, me: str, passphrase: str, decision: str, note: str, keyfile: str | None) -> dict:
    """``appliance approvals approve|refuse ID --note NOTE``: ``me`` proves their passphrase and signs."""
    from appliance.audit import approvals
    from appliance.audit.people import People

    opened = People(ctx.catalog).open(me, passphrase, _keyfile(keyfile))
    try:
        return approvals.decide(ctx.catalog, request_id, opened, decision, note)
    finally:
        opened.forget()


def save_request(ctx, request_id: str, dest: str) -> str:
    """``appliance approvals request ID -o FILE``: the request, for an approver who signs offline."""
    from appliance.audit import approvals

    approvals.write_request_file(ctx.catalog, request_id, dest)
    return dest


def import_decision(ctx, path: str) -> dict:
    """``appliance approvals import FILE``: a decision signed offline, checked and recorded."""
    from appliance.audit import approvals

    return approvals.import_decision(ctx.catalog, Path(path).read_bytes(), source=path)


# Model cards (docs/model-cards.md) ---------------------------------------------------------------
def load_card(ctx, export_id: str) -> dict:
    """``appliance exports card EXPORT``: the card (made first if the export has none)."""
    from appliance.export import card

    loaded = card.load(ctx.home, ctx.catalog, export_id)
    return {"export_id": export_id, "card": loaded["card"], "paths": {k: str(v) for k, v in loaded["paths"].items()}}


def save_card(ctx, export_id: str, fmt: str, dest: str) -> dict:
    """``appliance exports card EXPORT --format FMT -o FILE``: the Markdown in the interface language,
    or the signed JSON card or ML-BOM; the workspace's signature beside it (FILE.sig) when the bytes
    are the signed ones. Returns the paths written."""
    from appliance.export import card

    written = [str(p) for p in card.save(card.load(ctx.home, ctx.catalog, export_id), fmt, Path(dest))]
    return {"written": written, "signed": len(written) == 2}
