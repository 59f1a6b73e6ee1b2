"""``appliance train``, ``appliance runs`` and ``appliance merge``."""

from __future__ import annotations

import signal
from pathlib import Path

import click

from appliance.cli.preference_text import preference_text as _preference_text
from appliance.cli.preference_text import show_preference as _show_preference
from appliance.cli.render import err, out, print_json, spark, table
from appliance.messages import M, text

LINE_EVERY_S = 20.0  # without a terminal: a step line at least this often (besides every 10th step)
HEARTBEAT_S = 25.0  # …and a "still working" line when nothing was printed for this long (a long step, setup)


class TrainPrinter:
    """Training events as a live progress line (a terminal) or, in a log, a line at step 1, every
    10 steps, the last step, whenever ``line_every`` seconds passed since the last line, and
    when nothing was printed for ``heartbeat`` seconds, the newest step not printed yet or, if no
    step came since, a "still working" line (a step or a stage taking longer): at least one line
    every ``heartbeat`` seconds, each with the newest numbers."""

    def __init__(self, line_every: float = LINE_EVERY_S, heartbeat: float = HEARTBEAT_S, console=None):
        import threading
        import time

        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = console or err
        self.tty = self.console.is_terminal
        self.progress = (
            Progress(
                TextColumn("[bold]train[/bold]"),
                BarColumn(),
                TextColumn("{task.description}"),
                TimeRemainingColumn(),
                console=self.console,
                transient=False,
            )
            if self.tty
            else None
        )
        self.task = None
        self.last_print = 0
        self.line_every, self.heartbeat, self.clock = line_every, heartbeat, time.monotonic
        self.last_line = self.last_event = self.clock()
        self.doing = M("cli.train.starting", "starting")
        self.unprinted = None  # the newest step's line, while no line has shown it
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._beat = None
        if self.progress is None and heartbeat:
            self._beat = threading.Thread(target=self._heartbeat, name="train-heartbeat", daemon=True)
            self._beat.start()

    def _heartbeat(self) -> None:
        while not self._stop.wait(min(1.0, self.heartbeat / 4)):
            now = self.clock()
            if now - self.last_line >= self.heartbeat:
                with self._lock:
                    text, self.unprinted = self.unprinted, None
                if text is None:
                    since = M(
                        "cli.train.heartbeat",
                        "… {doing} ({seconds:,.0f} s since the last event)",
                        doing=self.doing,
                        seconds=now - self.last_event,
                    )
                    text = "  " + since.render()
                self._line(text)

    def __call__(self, event) -> None:
        from appliance.events import CheckpointSaved, EvalDone, StageDone, TrainStep
        from appliance.events import Progress as P
        from appliance.fsutil import human_bytes

        self.last_event = self.clock()
        if isinstance(event, TrainStep):
            if event.step < event.total:
                self.doing = M(
                    "cli.train.running", "step {step}/{total} running", step=event.step + 1, total=event.total
                )
            else:
                self.doing = M("cli.train.finishing", "finishing")
            desc = text(
                M(
                    "cli.train.step",
                    "step {step}/{total}  loss {loss:.4f}  lr {lr:.2e}  {speed:,.0f} tok/s  mem {memory}",
                    step=event.step,
                    total=event.total,
                    loss=event.loss,
                    lr=event.lr,
                    speed=event.tokens_per_s,
                    memory=human_bytes(event.memory_bytes),
                )
            ) + _preference_text(event.extras)
            eta = text(M("cli.train.eta", "ETA {seconds:,.0f} s", seconds=event.eta_s))
            if self.progress is not None:
                if self.task is None:
                    self.progress.start()
                    self.task = self.progress.add_task(desc, total=event.total)
                self.progress.update(self.task, completed=event.step, description=desc)
            elif (
                event.step == 1
                or event.step == event.total
                or event.step - self.last_print >= 10
                or self.clock() - self.last_line >= self.line_every
            ):
                self.last_print = event.step
                with self._lock:
                    self.unprinted = None
                self._line(f"  {desc}  {eta}")
            else:
                with self._lock:
                    self.unprinted = f"  {desc}  {eta}"
        elif isinstance(event, EvalDone):
            said = M(
                "cli.train.eval_loss", "eval loss at step {step}: {loss:.4f}", step=event.step, loss=event.eval_loss
            )
            self._line(f"  {text(said)}{_preference_text(event.extras)}")
        elif isinstance(event, CheckpointSaved):
            said = M(
                "cli.train.checkpoint", "checkpoint at step {step} ({reason})", step=event.step, reason=event.reason
            )
            self._line(f"  {text(said)}")
        elif isinstance(event, StageDone):
            self._line(f"[green]✓[/green] {event.detail or event.stage} [dim]({event.seconds:.1f} s)[/dim]")
        elif isinstance(event, P) and event.message and not event.total:
            self.doing = event.message
            self._line(f"[dim]{event.message}[/dim]")

    def _line(self, text: str) -> None:
        self.last_line = self.clock()
        (self.progress.console if self.progress else self.console).print(text, highlight=False)

    def close(self) -> None:
        self._stop.set()
        if self._beat is not None:
            self._beat.join(timeout=5)
        if self.progress is not None and self.task is not None:
            self.progress.stop()


def _recipe(recipe_path, preset, kw):
    """The recipe file or preset, with the command line's overrides."""
    from appliance.tuning import recipe as rmod

    recipe = rmod.load_recipe(Path(recipe_path) if recipe_path else rmod.preset_path(preset))
    overrides = _overrides(**kw)
    return recipe.with_overrides(**overrides) if overrides else recipe


def _overrides(**kw) -> dict:
    mapping = {
        "base": "run.base_model",
        "name": "run.name",
        "from_run": "run.from_run",
        "max_steps": "training.max_steps",
        "epochs": "training.epochs",
        "lr": "training.learning_rate",
        "batch_size": "training.batch_size",
        "seq_len": "training.sequence_length",
        "seed": "training.seed",
        "device": "training.device",
        "precision": "training.precision",
        "method": "method.kind",
        "train_new_rows": "tokenizer.train_new_rows",
        "preference": "preference.method",
        "beta": "preference.beta",
    }
    out = {mapping[k]: v for k, v in kw.items() if v is not None and k in mapping}
    if kw.get("datasets"):
        out["run.datasets"] = list(kw["datasets"])
    return out


@click.command()
@click.option("--recipe", "recipe_path", type=click.Path(exists=True, dir_okay=False), help="A recipe TOML file.")
@click.option("--preset", help="A shipped recipe: cpu-quick, cpu-regional, cpu-dpo, gpu-standard, gpu-qlora, gpu-dpo.")
@click.option("--resume", "resume_ref", help="Continue an interrupted or cancelled run from its last checkpoint.")
@click.option("--base", help="Base model (overrides run.base_model).")
@click.option("--dataset", "datasets", multiple=True, help="Dataset version (repeatable; overrides run.datasets).")
@click.option("--name", help="Run name.")
@click.option("--from-run", help="Start from this completed run's adapter (incremental training).")
@click.option("--method", type=click.Choice(["lora", "qlora", "full"]))
@click.option(
    "--preference",
    type=click.Choice(["none", "dpo", "simpo", "kto"]),
    help="Learn from preference data: dpo, simpo or kto (preference.method; docs/training.md).",
)
@click.option("--beta", type=float, help="The preference methods' beta (preference.beta).")
@click.option("--max-steps", type=int)
@click.option("--epochs", type=float)
@click.option("--lr", type=float, help="Learning rate.")
@click.option("--batch-size", type=int)
@click.option("--seq-len", type=int, help="Sequence length.")
@click.option("--seed", type=int)
@click.option("--device", help="auto, cpu, cuda or cuda:N (a GPU by index; CUDA_VISIBLE_DEVICES is honoured).")
@click.option("--precision", type=click.Choice(["auto", "fp32", "bf16", "fp16"]))
@click.option(
    "--train-new-rows/--no-train-new-rows",
    default=None,
    help="Train the embedding rows of tokens a vocabulary extension added (tokenizer.train_new_rows).",
)
@click.option(
    "--processes",
    type=int,
    default=None,
    help="Train across N processes on the CPU (torchrun, gloo over loopback); the result is the same run.",
)
@click.option("--gpus", type=int, default=None, help="Train across N GPUs, one process each (torchrun, NCCL).")
@click.option(
    "--nodes",
    type=int,
    default=1,
    show_default=True,
    help="Train across N machines, each with --gpus/--processes ranks; needs --rendezvous. "
    "The only training that leaves loopback: gradients cross the network, rows do not.",
)
@click.option(
    "--node-rank",
    type=int,
    default=0,
    show_default=True,
    help="This machine's place: 0 starts the run (and keeps it); 1, 2, … join it with their own copy of the data.",
)
@click.option("--rendezvous", metavar="HOST:PORT", help="Node 0's address and a free port, the same on every node.")
@click.option(
    "--join-timeout",
    type=int,
    default=300,
    show_default=True,
    help="Seconds to wait for every node to join before giving up (nothing is trained).",
)
@click.option("--explain", is_flag=True, help="List every recipe field with its default and meaning, then exit.")
@click.option("--json", "as_json", is_flag=True, help="Print the finished run as JSON.")
@click.pass_obj
def train(
    app,
    recipe_path,
    preset,
    resume_ref,
    as_json,
    explain,
    processes,
    gpus,
    nodes,
    node_rank,
    rendezvous,
    join_timeout,
    **kw,
) -> None:
    """Fine-tune a base model on encrypted datasets (LoRA, QLoRA or full).

    Ctrl-C stops after the current step and saves a checkpoint; `--resume RUN` continues it.
    """
    from appliance.events import CancelToken
    from appliance.tuning import recipe as rmod
    from appliance.tuning.distributed import Topology
    from appliance.tuning.service import resume_training, start_training

    if explain:
        out.print(rmod.explain(), markup=False, highlight=False)
        return
    if resume_ref and (recipe_path or preset):
        raise click.UsageError(
            text(
                M(
                    "cli.train.resume_with_recipe",
                    "--resume continues a run with its own recipe; do not combine it with --recipe/--preset.",
                )
            )
        )
    if not resume_ref and not (recipe_path or preset):
        raise click.UsageError(text(M("cli.train.no_recipe", "Give --recipe FILE or --preset NAME (or --resume RUN).")))
    token = CancelToken()
    presses = []

    def on_sigint(_sig, _frame):
        presses.append(1)
        if len(presses) > 1:
            raise KeyboardInterrupt
        stopping = M(
            "cli.train.stopping", "Stopping after this step and saving a checkpoint (Ctrl-C again to abort now)…"
        )
        err.print(f"[yellow]{text(stopping)}[/yellow]")
        token.cancel()

    previous = signal.signal(signal.SIGINT, on_sigint)
    printer = TrainPrinter()
    try:
        if processes is not None and gpus is not None:
            raise click.UsageError(
                text(M("cli.train.processes_and_gpus", "give --processes (CPU) or --gpus (CUDA), not both"))
            )
        topology = Topology(nodes, node_rank, rendezvous, join_timeout)
        topology.check()
        spread = {
            "processes": gpus if gpus is not None else (1 if processes is None else processes),
            "gpus": gpus is not None,
            "topology": topology if nodes > 1 else None,
        }
        if nodes > 1:
            across = M(
                "cli.train.nodes",
                "Training across {nodes} nodes: this node ({rank}) talks to the others through "
                "{rendezvous} and the ports they open, outside loopback. Dataset rows stay on each node; "
                "gradients cross the network.",
                nodes=nodes,
                rank=node_rank,
                rendezvous=rendezvous,
            )
            err.print(f"[yellow]{text(across)}[/yellow]")
        keys = app.keys()
        if node_rank > 0 and not resume_ref:
            from appliance.tuning.join import join_training

            done = join_training(
                app.home, app.catalog, keys, _recipe(recipe_path, preset, kw), on_event=printer, cancel=token, **spread
            )
            printer.close()
            if as_json:
                print_json(done)
            else:
                out.print(
                    text(
                        M(
                            "cli.train.node_done",
                            "Node {rank} of {nodes} finished its part of run {run_id}: "
                            "{steps} steps, train loss {loss:.4f}. The run is recorded on node 0.",
                            rank=node_rank,
                            nodes=nodes,
                            run_id=f"[bold]{done['run_id']}[/bold]",
                            steps=done["steps"],
                            loss=done["train_loss"],
                        )
                    )
                )
            return
        if resume_ref:
            row = resume_training(app.home, app.catalog, keys, resume_ref, on_event=printer, cancel=token, **spread)
        else:
            recipe = _recipe(recipe_path, preset, kw)
            row = start_training(app.home, app.catalog, keys, recipe, on_event=printer, cancel=token, **spread)
    finally:
        printer.close()
        signal.signal(signal.SIGINT, previous)
    if as_json:
        print_json(row)
        return
    out.print(text(_completed(row)))


def _completed(row: dict) -> M:
    """What a finished run says (its eval loss when it measured one)."""
    if row.get("eval_loss") is not None:
        return M(
            "cli.train.completed_eval",
            "Run {id} ({name}) completed: {steps} steps, train loss {loss:.4f}, eval loss {eval_loss:.4f}. "
            "Merge it with `appliance merge {run_id}`.",
            id=f"[bold]{row['id']}[/bold]",
            name=row["name"],
            steps=row["steps_done"],
            loss=row["train_loss"],
            eval_loss=row["eval_loss"],
            run_id=row["id"],
        )
    return M(
        "cli.train.completed",
        "Run {id} ({name}) completed: {steps} steps, train loss {loss:.4f}. Merge it with `appliance merge {run_id}`.",
        id=f"[bold]{row['id']}[/bold]",
        name=row["name"],
        steps=row["steps_done"],
        loss=row["train_loss"],
        run_id=row["id"],
    )


@click.group()
def runs() -> None:
    """Training runs: list, show (recipe, lineage, loss curve), stop one running elsewhere."""


@runs.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def runs_list(app, as_json: bool) -> None:
    from appliance.tuning.runs import RunStore

    rows = RunStore(app.home, app.catalog).list()
    if as_json:
        print_json(rows)
        return
    table(
        ["ID", "NAME", "STATUS", "METHOD", "STEPS", "TRAIN LOSS", "EVAL LOSS", "CREATED"],
        [
            [
                r["id"],
                r["name"],
                r["status"],
                r["method"],
                f"{r['steps_done']}/{r['total_steps']}",
                f"{r['train_loss']:.4f}" if r.get("train_loss") is not None else "",
                f"{r['eval_loss']:.4f}" if r.get("eval_loss") is not None else "",
                r["created_at"],
            ]
            for r in rows
        ],
    )


def _error_text(row: dict) -> str:
    """A run's error in the reader's language: the message kept in its meta while it still is the
    one ``error`` says in English (a later error of a resumed run replaces only ``error``)."""
    from appliance.messages import Message

    d = (row.get("meta") or {}).get("error_message")
    if isinstance(d, dict):
        msg = Message.from_dict(d)
        if msg.render("en") == row["error"]:
            return msg.render()
    return row["error"]


@runs.command("show")
@click.argument("run")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def runs_show(app, run: str, as_json: bool) -> None:
    from appliance.tuning.runs import RunStore

    store = RunStore(app.home, app.catalog)
    row = store.get(run)
    metrics = store.metrics(row["id"])
    if as_json:
        print_json(
            {
                **row,
                "metrics": metrics,
                "parents": app.catalog.parents(row["id"]),
                "checkpoints": [p.name for p in store.checkpoints(row)],
            }
        )
        return
    for key in (
        "id",
        "name",
        "status",
        "method",
        "base_model_id",
        "base_model_sha256",
        "dataset_ids",
        "from_run_id",
        "recipe_sha256",
        "device",
        "precision",
        "steps_done",
        "total_steps",
        "tokens_seen",
        "train_loss",
        "eval_loss",
        "adapter_sha256",
        "created_at",
        "finished_at",
        "error",
    ):
        if row.get(key) not in (None, ""):
            val = _error_text(row) if key == "error" else row[key]
            out.print(f"[bold]{key:>17}[/bold]  {val}", highlight=False)
    out.print(f"[bold]{'versions':>17}[/bold]  {row.get('versions')}", highlight=False)
    train_curve = [m["value"] for m in metrics if m["kind"] == "train_loss"]
    evals = [(m["step"], m["value"]) for m in metrics if m["kind"] == "eval_loss"]
    if train_curve:
        out.print(
            f"[bold]{'loss curve':>17}[/bold]  {spark(train_curve)}  {train_curve[0]:.3f} → {train_curve[-1]:.3f}"
        )
    if evals:
        losses = ", ".join(text(M("cli.train.step_loss", "step {step}: {loss:.4f}", step=s, loss=v)) for s, v in evals)
        out.print(f"[bold]{'eval loss':>17}[/bold]  {losses}")
    _show_preference(row, metrics)
    cks = store.checkpoints(row)
    if cks:
        out.print(f"[bold]{'checkpoints':>17}[/bold]  {', '.join(p.name for p in cks)}")


@runs.command("stop")
@click.argument("run")
@click.pass_obj
def runs_stop(app, run: str) -> None:
    """Ask RUN, training in another process (a window's, one closed or crashed, or another
    terminal's), to stop at its next step with a checkpoint; resume it later with --resume."""
    from appliance.tuning.runs import RunStore

    row = RunStore(app.home, app.catalog).request_stop(run)
    out.print(
        text(
            M(
                "cli.train.stop_asked",
                "Asked run {name} ({id}) to stop: it stops at its next step and keeps a checkpoint "
                "(`appliance runs list` shows it cancelled). Resume it with `appliance train --resume {id}`.",
                name=f"[bold]{row['name']}[/bold]",
                id=row["id"],
            )
        )
    )


@click.command()
@click.argument("run")
@click.option("--name", help="Name of the merged model (default: <run name>-merged).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def merge(app, run: str, name: str | None, as_json: bool) -> None:
    """Fold RUN's adapter into its base model and register the result as a new model."""
    from appliance.cli.render import ProgressPrinter
    from appliance.tuning.service import merge_run

    printer = ProgressPrinter()
    try:
        row = merge_run(app.home, app.catalog, run, name=name, on_event=printer)
    finally:
        printer.close()
    if as_json:
        print_json({k: v for k, v in row.items() if k != "files"})
        return
    out.print(
        text(
            M(
                "cli.train.merged",
                "Merged into model {bold_name} ({id}). Export it with `appliance export {name} --quant q8_0`.",
                bold_name=f"[bold]{row['name']}[/bold]",
                id=row["id"],
                name=row["name"],
            )
        )
    )


@runs.command("export-adapter")
@click.argument("run")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def runs_export_adapter(app, run: str, as_json: bool) -> None:
    """Write RUN's LoRA adapter as a GGUF LoRA that llama.cpp applies to the base model at load time."""
    from appliance.tuning.service import export_adapter

    res = export_adapter(app.home, app.catalog, run)
    if as_json:
        print_json(res)
        return
    if res["checked_with_export"]:
        wrote = M(
            "cli.train.adapter_checked",
            "Wrote {path} (sha256 {sha256}…). It loads onto export {export_id} of the base model.",
            path=str(res["path"]),
            sha256=res["sha256"][:16],
            export_id=res["checked_with_export"],
        )
    else:
        wrote = M(
            "cli.train.adapter_unchecked",
            "Wrote {path} (sha256 {sha256}…). Export the base model to check it loads (appliance export BASE).",
            path=str(res["path"]),
            sha256=res["sha256"][:16],
        )
    out.print(text(wrote))
