"""Running a suite on a model: ``appliance eval`` and the Evaluate page, one core path.

``evaluate`` runs every case of a suite version on what is actually served (an export's GGUF
through llama-server, ``gguf_cases.py``, several cases at once with ``slots``) or on a stored HF
model (transformers, in a worker process: ``appliance/eval/worker.py``); the cases reach the model
only through a pipe or the backend's loopback port. Decoding is
deterministic (greedy, seed 0). The suite's own patterns and schemas (``regex`` and ``json``
scorers) run in a scoring process bounded in time and memory (``worker_score.py``): a case past
the bound fails by name, and the run goes on. Rubric cases are judged afterwards by the suite's judge model,
a local export, also through llama-server. Results are sealed as they come (every few cases), so a
cancelled, crashed or killed run resumes where it stopped (``resume``). The row records the
settings, and lineage ties the evaluation to the model, the export and the suite version. The
whole run is the audited action ``eval.run`` (``eval.resume`` for a resumed one).

``evaluate_dataset`` measures held-out loss and bits per character of a stored model on a
dataset's eval split (decrypted in memory only).
"""

from __future__ import annotations

import contextlib
import statistics
from pathlib import Path

from appliance import faults, intents
from appliance.audit.actions import action
from appliance.errors import ApplianceError, Cancelled, InvalidInputError, NotFoundError, ServingError
from appliance.eval import retrieval_cases, scorers
from appliance.eval.case_worker import THE_EVALUATION, CaseWorker, has_chat_template, see_log
from appliance.eval.store import EvalStore, SuiteStore, encode
from appliance.eval.suite import Suite, load_suite
from appliance.eval.worker_score import ScoringWorker
from appliance.events import CancelToken, EventSink, Progress, ignore
from appliance.fsutil import sha256_file
from appliance.ids import new_id, utc_now
from appliance.knowledge.answer import grounded_messages
from appliance.messages import M, Message
from appliance.security.vault import Vault

SAVE_EVERY = 4  # cases between two seals of the results so far


def _no_template(model_name: str, suite: Suite) -> InvalidInputError:
    return InvalidInputError(
        M(
            "eval.no_chat_template",
            "Model {model} has no chat template, and suite {suite} is written as chat messages.",
            model=model_name,
            suite=suite.name,
        ),
        hint=M(
            "eval.no_chat_template.hint",
            "Evaluate a chat (instruct) model, or one whose tokenizer_config.json carries a chat_template.",
        ),
    )


def summarize(suite: Suite, results: dict[str, dict]) -> dict:
    """Counts only (no text): overall, per slice, latency and tokens per answer."""
    done = [results[c.id] for c in suite.cases if c.id in results]
    by_slice: dict[str, dict[str, list[int]]] = {}
    for c in suite.cases:
        r = results.get(c.id)
        if r is None:
            continue
        for k, v in c.tags.items():
            cell = by_slice.setdefault(k, {}).setdefault(v, [0, 0])
            cell[0] += int(r["passed"])
            cell[1] += 1
    ms = [r["ms"] for r in done if r.get("ms") is not None]
    toks = [r["tokens"] for r in done if r.get("tokens") is not None]
    passed = sum(int(r["passed"]) for r in done)
    return {
        "cases": len(suite.cases),
        "done": len(done),
        "passed": passed,
        "pass_rate": round(passed / len(done), 4) if done else 0.0,
        "errors": sum(1 for r in done if r.get("error")),
        "by_slice": by_slice,
        "latency_ms_mean": round(statistics.fmean(ms), 1) if ms else None,
        "latency_ms_median": round(statistics.median(ms), 1) if ms else None,
        "tokens_mean": round(statistics.fmean(toks), 1) if toks else None,
        "failed_cases": [c.id for c in suite.cases if c.id in results and not results[c.id]["passed"]],
        **({"retrieval": retrieval_cases.summarize(suite, results)} if suite.collections else {}),
    }


def _target(home, catalog, model_ref: str, target: str):
    """(model row, export row or None, servable or None): the GGUF that is served, or the stored model."""
    if target == "gguf":
        from appliance.serving.runtime import resolve_servable

        servable = resolve_servable(home, catalog, model_ref)
        return catalog.get_model(servable.model_id), catalog.get_export(servable.export_id), servable
    if target == "hf":
        from appliance.models.store import ModelStore

        model = ModelStore(home, catalog).get(model_ref)
        return model, None, None
    raise InvalidInputError(
        M("eval.unknown_target", "Unknown evaluation target {target!r}.", target=target),
        hint=M("eval.unknown_target.hint", "Use gguf (as served) or hf (stored model)."),
    )


def _judge_servable(home, catalog, suite: Suite):
    if not suite.needs_judge:
        return None
    from appliance.serving.runtime import resolve_servable

    ref = suite.judge["model"]
    try:
        return resolve_servable(home, catalog, ref)
    except (NotFoundError, ServingError) as exc:
        raise InvalidInputError(
            M(
                "eval.judge_unavailable",
                "Suite {suite}'s judge model {ref!r} is not available: {error}",
                suite=suite.name,
                ref=ref,
                error=exc.msg,
            ),
            hint=M(
                "eval.judge_unavailable.hint",
                "Rubric cases are judged by a local model through llama.cpp (never a remote one): import and "
                "export {ref!r}, or name another local model in the suite's [judge] table.",
                ref=ref,
            ),
        ) from None


def evaluate(
    home,
    catalog,
    keys,
    model_ref: str,
    suite_ref: str,
    *,
    target: str = "gguf",
    slots: int = 1,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
) -> dict:
    """Run a suite on a model; returns the evaluation row (status ``completed``). ``slots`` cases
    decode together on a GGUF (llama-server's continuous batching; results may differ from a
    one-at-a-time run in the last digits of a log-probability, as batched arithmetic does)."""
    cancel = cancel or CancelToken()
    suites = SuiteStore(home, catalog, keys)
    model, export, servable = _target(home, catalog, model_ref, target)
    if suites.is_file_ref(suite_ref):  # checked whole, judge included, before it becomes a version
        suite = load_suite(Path(suite_ref))
        judge = _judge_servable(home, catalog, suite)
        suite_row = suites.import_suite(suite, source=Path(suite_ref).name)
    else:
        suite_row = suites.get(suite_ref)
        suite = suites.load(suite_row)
        judge = _judge_servable(home, catalog, suite)
    if not has_chat_template(home.root / model["path"]):
        raise _no_template(model["name"], suite)
    eid = new_id("ev")
    settings = {
        "target": target,
        "decoding": "greedy",
        "seed": 0,
        "max_tokens": suite.max_tokens,
        "repeat_penalty": suite.repeat_penalty,
        "n_ctx": suite.context,
        "slots": max(1, int(slots)) if target == "gguf" else 1,
        "judge_export_id": judge.export_id if judge else None,
    }
    with action(
        catalog,
        "eval.run",
        objects=[eid, model["id"], suite_row["id"], *([export["id"]] if export else [])],
        params={"suite": f"{suite_row['name']}@{suite_row['version']}", **settings},
    ) as act:
        key_row, _ = Vault.prepare_data_key(keys, eid, "evaluation")
        row = {
            "id": eid,
            "model_id": model["id"],
            "export_id": export["id"] if export else None,
            "suite_id": suite_row["id"],
            "target": target,
            "status": "running",
            "settings": settings,
            "summary": summarize(suite, {}),
            "path": f"evals/{eid}.sealed",
            "key_id": key_row["key_id"],
            "created_at": utc_now(),
            "meta": {"owner": intents.owner(), "model_name": model["name"], "suite": suite_row["name"]},
        }
        with catalog.atomic():
            Vault(catalog).record_data_key(key_row)
            catalog.db["evaluations"].insert(encode(row), pk="id")
            parents = {model["id"]: "evaluated", suite_row["id"]: "suite"}
            if export:
                parents[export["id"]] = "served-as"
            catalog.add_lineage(eid, parents)
        return _drive(home, catalog, keys, row, suite, servable, judge, {}, act, on_event, cancel)


def resume(
    home, catalog, keys, eval_ref: str, *, on_event: EventSink = ignore, cancel: CancelToken | None = None
) -> dict:
    """Continue an evaluation that was cancelled, failed or whose process died; finished cases are kept."""
    from appliance.procs import owner_alive

    cancel = cancel or CancelToken()
    store = EvalStore(home, catalog, keys)
    row = store.get(eval_ref)
    if row["status"] == "completed" or not row.get("suite_id"):
        raise InvalidInputError(
            M(
                "eval.nothing_to_resume",
                "Evaluation {id} is {status}: nothing to resume.",
                id=row["id"],
                status=row["status"],
            ),
            hint=M("eval.nothing_to_resume.hint", "Start a new one."),
        )
    if row["status"] == "running" and owner_alive(row["meta"].get("owner")):
        raise InvalidInputError(
            M("eval.still_running", "Evaluation {id} is still running in another process.", id=row["id"]),
            hint=M("eval.still_running.hint", "Wait for it."),
        )
    suites = SuiteStore(home, catalog, keys)
    suite = suites.load(suites.get(row["suite_id"]))
    servable = None
    if row["target"] == "gguf":
        from appliance.serving.runtime import resolve_servable

        servable = resolve_servable(home, catalog, row["export_id"])
    judge = _judge_servable(home, catalog, suite)
    results = store.read_results(row)
    with action(catalog, "eval.resume", objects=[row["id"]], params={"done": len(results)}) as act:
        row["meta"]["owner"] = intents.owner()
        with catalog.atomic():
            catalog.db["evaluations"].update(
                row["id"], encode({"status": "running", "meta": row["meta"], "error": None})
            )
        return _drive(home, catalog, keys, row, suite, servable, judge, results, act, on_event, cancel)


def _drive(home, catalog, keys, row, suite, servable, judge, results, act, on_event, cancel) -> dict:
    store = EvalStore(home, catalog, keys)
    log_path = home.logs_dir / f"{row['id']}.log"

    def finish(status: str, error: str | None = None) -> dict:
        store.write_results(row, results)
        fields = {"status": status, "summary": summarize(suite, results), "error": error}
        if status == "completed":
            fields["finished_at"] = utc_now()
        with catalog.atomic():
            catalog.db["evaluations"].update(row["id"], encode(fields))
        return store.get(row["id"])

    try:
        _generate(home, catalog, keys, row, suite, servable, results, store, log_path, on_event, cancel)
        _judge(suite, judge, results, store, row, log_path, on_event, cancel)
    except Cancelled as exc:
        finish("cancelled", "cancelled")
        raise Cancelled(
            M(
                "eval.cancelled",
                "The evaluation was cancelled after {done} of {total} cases; those results are kept.",
                done=len(results),
                total=len(suite.cases),
            ),
            hint=M("eval.cancelled.hint", "Resume it with `appliance eval --resume {id}`.", id=row["id"]),
        ) from exc
    except ApplianceError as exc:
        finish("failed", exc.render("en"))  # the row's error: English, like every stored record
        raise
    except KeyboardInterrupt:
        with contextlib.suppress(Exception):
            finish("cancelled", "cancelled")
        raise
    except BaseException:
        with contextlib.suppress(Exception):
            finish("failed", "interrupted")
        raise
    done = finish("completed")
    s = done["summary"]
    act.output(
        evaluation_id=row["id"], passed=s["passed"], cases=s["cases"], results_sha256=sha256_file(store.path(row))
    )
    passed = M("eval.passed", "{passed}/{cases} cases passed", passed=s["passed"], cases=s["cases"])
    on_event(Progress("eval", message=passed, done=s["cases"], total=s["cases"]))
    return done


def _error_of(resp: dict, cut: int | None = None) -> Message | str:
    """A case's error as its Message (the backend's, when it sent one), else its English words (cut)."""
    said = resp.get("error_message")
    return Message.from_dict(said) if said else resp["error"][:cut]


def _open_gguf(servable, suite: Suite, slots: int, log_path, cancel: CancelToken, what: Message):
    from appliance.eval.gguf_cases import GgufCases

    return GgufCases(servable, n_ctx=suite.context, slots=slots, log_path=log_path, what=what, cancel=cancel)


def _each(worker, items: list, request, slots: int, cancel: CancelToken, what: Message):
    """Ask ``worker`` for ``request(item)`` of each item, ``slots`` at a time; yields
    ``(index, item, response)`` as they finish, in this thread. Raises ``Cancelled``."""
    if slots <= 1:
        for i, item in enumerate(items):
            cancel.check(what)
            yield i, item, _asked(worker, request(item), cancel, what)
        return
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    with ThreadPoolExecutor(max_workers=slots, thread_name_prefix="eval-case") as pool:
        pending: dict = {}
        queue = list(enumerate(items))
        while queue or pending:
            while queue and len(pending) < slots:
                cancel.check(what)
                i, item = queue.pop(0)
                pending[pool.submit(_asked, worker, request(item), cancel, what)] = (i, item)
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                i, item = pending.pop(f)
                try:
                    resp = f.result()
                except BaseException:
                    for g in pending:
                        g.cancel()
                    raise
                yield i, item, resp


def _asked(worker, req: dict, cancel: CancelToken, what: Message) -> dict:
    try:
        return worker.ask(req)
    except ServingError:
        cancel.check(what)  # a cancel stopped the backend under the request
        raise


def _generate(home, catalog, keys, row, suite, servable, results, store, log_path, on_event, cancel) -> None:
    todo = [c for c in suite.cases if c.id not in results]
    total = len(suite.cases)
    if not todo:
        return
    grounds = retrieval_cases.retrieve_all(home, catalog, keys, suite, todo) if suite.collections else {}
    on_event(
        Progress("eval", message=M("eval.loading_model", "Loading the model"), done=total - len(todo), total=total)
    )
    slots = 1
    if row["target"] == "gguf":
        slots = int(row["settings"].get("slots") or 1)
        worker = _open_gguf(servable, suite, slots, log_path, cancel, THE_EVALUATION)
        runs = M("eval.model_runs", "The model runs {placement}", placement=worker.placement)
        on_event(Progress("eval", message=runs, done=total - len(todo), total=total))
    else:
        model = catalog.get_model(row["model_id"])
        worker = CaseWorker(
            "hf",
            {"model_dir": str(home.root / model["path"]), "n_ctx": suite.context},
            cancel=cancel,
            log_path=log_path,
            what=THE_EVALUATION,
        )
    bounded = ScoringWorker()  # the suite's own patterns and schemas run there, bounded

    def request(case) -> dict:
        msgs = suite.messages_of(case)
        if case.id in grounds:  # the sources go into the case's question turn (knowledge/answer.py)
            msgs = grounded_messages(msgs, grounds[case.id])
        if case.scorer["type"] == "choice":
            return {"op": "choices", "messages": msgs, "choices": case.scorer["choices"]}
        return {
            "op": "generate",
            "messages": msgs,
            "max_tokens": case.max_tokens or suite.max_tokens,
            "repeat_penalty": suite.repeat_penalty,
        }

    try:
        if not worker.facts.get("chat_template"):
            raise _no_template(row["meta"].get("model_name", row["model_id"]), suite)
        for n, (_i, case, resp) in enumerate(_each(worker, todo, request, slots, cancel, THE_EVALUATION)):
            on_event(
                Progress(
                    "eval", message=M("eval.case", "Case {id}", id=case.id), done=total - len(todo) + n, total=total
                )
            )
            r = {"case": case.id, "tags": case.tags, "scorer": case.scorer["type"]}
            if case.scorer["type"] == "choice":
                if "error" not in resp:
                    sc = scorers.score_choice(case.scorer, resp["logprobs"])
                    best = max(range(len(resp["logprobs"])), key=lambda k: resp["logprobs"][k])
                    r.update(answer=case.scorer["choices"][best], logprobs=resp["logprobs"], ms=resp["ms"], tokens=0)
            elif "error" not in resp:
                r.update(answer=resp["text"], ms=resp["ms"], tokens=resp["tokens"])
                if case.scorer["type"] == "rubric":
                    sc = scorers.Score(False, M("eval.awaiting_judge", "awaiting the judge"))
                    r["pending_judge"] = True
                else:
                    sc = bounded.score(case.id, case.scorer, resp["text"])
            if "error" in resp:
                said = M("eval.case_error", "error: {error}", error=_error_of(resp, 200))
                sc = scorers.Score(False, "error: " + resp["error"][:200], said)
                r.update(answer="", error=resp["error"][:500], ms=None, tokens=None)
            r.update(passed=sc.passed, detail=sc.detail, detail_message=sc.detail_message)
            if case.id in grounds:
                r["retrieval"] = retrieval_cases.case_result(case, grounds[case.id], r.get("answer") or "")
            results[case.id] = r
            if (n + 1) % SAVE_EVERY == 0:
                store.write_results(row, results)
                with catalog.atomic():
                    catalog.db["evaluations"].update(row["id"], encode({"summary": summarize(suite, results)}))
                faults.point("eval.saved")
    finally:
        bounded.close()
        worker.close()


def _judge(suite, judge, results, store, row, log_path, on_event, cancel) -> None:
    pending = [c for c in suite.cases if results.get(c.id, {}).get("pending_judge")]
    if not pending:
        return
    loading = M("eval.loading_judge", "Loading the judge {name}", name=judge.model_name)
    on_event(Progress("judge", message=loading, done=0, total=len(pending)))
    slots = int(row["settings"].get("slots") or 1)
    worker = _open_gguf(judge, suite, slots, log_path, cancel, M("eval.the_judge", "The judge"))

    def request(case) -> dict:
        msgs = scorers.judge_messages(suite.messages_of(case), results[case.id]["answer"], case.scorer["rubric"])
        return {"op": "generate", "messages": msgs, "max_tokens": 8, "repeat_penalty": 1.0}

    try:
        for n, (_i, case, resp) in enumerate(_each(worker, pending, request, slots, cancel, THE_EVALUATION)):
            on_event(
                Progress("judge", message=M("eval.judging", "Judging {id}", id=case.id), done=n, total=len(pending))
            )
            r = results[case.id]
            sc = (
                scorers.score_verdict(resp.get("text", ""))
                if "error" not in resp
                else scorers.Score(False, resp["error"], _error_of(resp))
            )
            r.update(passed=sc.passed, detail=sc.detail, detail_message=sc.detail_message, judge=resp.get("text", ""))
            r.pop("pending_judge", None)
            if (n + 1) % SAVE_EVERY == 0:
                store.write_results(row, results)
    finally:
        worker.close()


def evaluate_dataset(
    home,
    catalog,
    keys,
    model_ref: str,
    dataset_ref: str,
    *,
    max_rows: int = 200,
    on_event: EventSink = ignore,
    cancel: CancelToken | None = None,
) -> dict:
    """Held-out loss and bits per character of a stored model on a dataset's eval split."""
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore
    from appliance.tokenizer.report import _texts_of_record

    cancel = cancel or CancelToken()
    model = ModelStore(home, catalog).get(model_ref)
    ds = DatasetStore(home, catalog, keys)
    dsv = ds.get(dataset_ref)
    eid = new_id("ev")
    with action(
        catalog, "eval.run", objects=[eid, model["id"], dsv["id"]], params={"dataset": dsv["id"], "target": "hf"}
    ) as act:
        records = ds.read_records(dsv["id"], "eval", purpose="evaluation")
        if not records:
            raise InvalidInputError(
                M(
                    "eval.no_eval_split",
                    "Dataset {name} version {version} has no eval split.",
                    name=dsv["name"],
                    version=dsv["version"],
                ),
                hint=M(
                    "eval.no_eval_split.hint",
                    "Import it again with an eval fraction (`appliance datasets import … --eval-fraction 0.1`).",
                ),
            )
        texts = ["\n".join(_texts_of_record(r)) for r in records[:max_rows]]
        scoring = M("eval.scoring_rows", "Scoring {n} held-out rows", n=len(texts))
        on_event(Progress("eval", message=scoring, done=0, total=1))
        worker = CaseWorker(
            "hf",
            {"model_dir": str(home.root / model["path"])},
            cancel=cancel,
            log_path=home.logs_dir / f"{eid}.log",
            what=THE_EVALUATION,
        )
        try:
            resp = worker.ask({"op": "loss", "texts": texts})
        finally:
            worker.close()
        if "error" in resp:
            raise ServingError(
                M("eval.loss_failed", "Scoring the eval split failed: {error}.", error=resp["error"]),
                hint=see_log(home.logs_dir / (eid + ".log")),
            )
        summary = {**resp, "rows": len(texts)}
        row = {
            "id": eid,
            "model_id": model["id"],
            "dataset_id": dsv["id"],
            "target": "hf",
            "status": "completed",
            "settings": {"target": "hf", "max_rows": max_rows, "split": "eval"},
            "summary": summary,
            "created_at": utc_now(),
            "finished_at": utc_now(),
            "meta": {"model_name": model["name"], "dataset": f"{dsv['name']}@{dsv['version']}"},
        }
        with catalog.atomic():
            catalog.db["evaluations"].insert(encode(row), pk="id")
            catalog.add_lineage(eid, {model["id"]: "evaluated", dsv["id"]: "eval-split-of"})
        act.output(evaluation_id=eid, bits_per_char=summary["bits_per_char"])
        bpc = M("eval.bits_per_char", "{bpc} bits per character", bpc=summary["bits_per_char"])
        on_event(Progress("eval", message=bpc, done=1, total=1))
        return EvalStore(home, catalog, keys).get(eid)
