"""Training across processes: the driver's side of ``appliance train --processes N`` / ``--gpus N``.

``DistributedRun`` stands in for ``TrainingRun`` in the run driver (``tuning/service.py``): the
driver keeps the catalog, the keys and the audit log (one run, one set of records), and this
object launches the ranks through torch's own launcher, ``torchrun`` (``python -m
torch.distributed.run --standalone``: a rendezvous on loopback), each running
``appliance/tuning/rank.py``. The ranks get the run's specification, dataset rows included, over
a Unix socket in a private folder, one connection each; the rows were decrypted in memory by the
driver and never touch the disk. Rank 0 reports events, each checkpoint it wrote (recorded by the
driver as ``train.checkpoint``) and the outcome. Cancel is sent to rank 0 and reaches every rank
at the same step; they stop with a checkpoint. A rank that dies makes torchrun stop the others:
the run ends ``failed`` with its last checkpoint intact, and ``appliance train --resume RUN``
continues it with any number of processes, since the schedule of micro-batches depends on the
step alone (``TrainingRun.micro_batches_for``).

On CUDA each rank takes one GPU (NCCL); on the CPU the ranks share the cores (gloo, over the
loopback interface: ``GLOO_SOCKET_IFNAME=lo``).

Several nodes (``--nodes N --node-rank K --rendezvous HOST:PORT``) are the one place training
leaves loopback, and only where the operator names the rendezvous: every node runs ``appliance
train`` against its own workspace, which holds the same dataset versions and base model; each
node's driver decrypts its own rows in memory, so rows never cross the network, only gradients
do. torchrun's static rendezvous (``--master-addr/--master-port``, hosted by node 0) keeps the
node order, so global rank 0 (the run's checkpoints, result and records) is on node 0; the other
nodes join (``Topology.joining``), relay progress and record a ``train.join`` in their own audit
log. At setup the ranks compare a digest of their rows, model and recipe and refuse to train on
different data. A node that does not join within ``join_timeout`` fails the run before step 1.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from appliance.errors import ApplianceError, Cancelled, GpuFailed, InvalidInputError, OutOfMemory
from appliance.events import CancelToken, CheckpointSaved, EvalDone, EventSink, Progress, TrainStep, ignore
from appliance.messages import M, Message

EVENTS = {"TrainStep": TrainStep, "EvalDone": EvalDone, "Progress": Progress, "CheckpointSaved": CheckpointSaved}
ERRORS = {"OutOfMemory": OutOfMemory, "GpuFailed": GpuFailed, "InvalidInputError": InvalidInputError}
CONNECT_TIMEOUT_S = 300


class Topology:
    """Where the ranks run: one node (``nodes`` 1) or several joined at ``rendezvous``."""

    def __init__(self, nodes: int = 1, node_rank: int = 0, rendezvous: str | None = None, join_timeout: int = 300):
        self.nodes, self.node_rank, self.rendezvous, self.join_timeout = nodes, node_rank, rendezvous, join_timeout

    @property
    def joining(self) -> bool:
        return self.node_rank > 0

    def check(self) -> None:
        """Refuse a topology that cannot start, before anything is recorded."""
        if self.nodes < 1:
            raise InvalidInputError(
                M("train.distributed.nodes_invalid", "--nodes must be 1 or more (got {nodes}).", nodes=self.nodes)
            )
        if not 0 <= self.node_rank < self.nodes:
            raise InvalidInputError(
                M(
                    "train.distributed.node_rank_invalid",
                    "--node-rank {rank} is outside 0..{last} for --nodes {nodes}.",
                    rank=self.node_rank,
                    last=self.nodes - 1,
                    nodes=self.nodes,
                ),
                hint=M(
                    "train.distributed.node_rank_invalid.hint",
                    "Node 0 starts the run; the others join it with --node-rank 1, 2, ….",
                ),
            )
        if self.join_timeout < 1:
            raise InvalidInputError(
                M(
                    "train.distributed.join_timeout_invalid",
                    "--join-timeout must be at least 1 second (got {seconds}).",
                    seconds=self.join_timeout,
                )
            )
        if self.nodes == 1:
            if self.rendezvous:
                raise InvalidInputError(
                    M(
                        "train.distributed.rendezvous_single_node",
                        "--rendezvous is for several nodes; give --nodes N too.",
                    )
                )
            return
        host, sep, port = (self.rendezvous or "").rpartition(":")
        if not self.rendezvous or not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise InvalidInputError(
                M(
                    "train.distributed.rendezvous_needed",
                    "--nodes {nodes} needs --rendezvous HOST:PORT, node 0's address and a free port (got {got!r}).",
                    nodes=self.nodes,
                    got=self.rendezvous,
                ),
                hint=M(
                    "train.distributed.distributed.rendezvous_needed.hint",
                    "For example --rendezvous 10.0.0.1:29400, the same on every node.",
                ),
            )

    @property
    def host(self) -> str:
        return self.rendezvous.rpartition(":")[0].strip("[]")

    @property
    def port(self) -> int:
        return int(self.rendezvous.rpartition(":")[2])

    def launcher_args(self) -> list[str]:
        if self.nodes == 1:
            return ["--standalone", "--nnodes=1"]
        return [
            f"--nnodes={self.nodes}",
            f"--node-rank={self.node_rank}",
            f"--master-addr={self.host}",
            f"--master-port={self.port}",
            f"--rdzv-conf=timeout={self.join_timeout}",
        ]

    def to_dict(self) -> dict:
        return {"nodes": self.nodes, "node_rank": self.node_rank, "rendezvous": self.rendezvous}


class RankFailed(ApplianceError):
    """A training process died or failed; the run's last checkpoint is intact."""


def check_processes(processes: int, cuda: bool) -> None:
    """Refuse a process count the machine cannot run."""
    if processes < 1:
        raise InvalidInputError(
            M(
                "train.distributed.processes_invalid",
                "--processes must be 1 or more (got {processes}).",
                processes=processes,
            ),
            hint=M("train.distributed.processes_invalid.hint", "Use --processes 2, say."),
        )
    if cuda:
        import torch

        have = torch.cuda.device_count() if torch.cuda.is_available() else 0
        if processes > have:
            if have == 1:
                visible = M("train.distributed.gpus_visible_one", "{n} CUDA GPU visible", n=have)
            else:
                visible = M("train.distributed.gpus_visible", "{n} CUDA GPUs visible", n=have)
            raise InvalidInputError(
                M(
                    "train.distributed.too_many_gpus",
                    "--gpus {processes} asks for more GPUs than this machine has ({visible}).",
                    processes=processes,
                    visible=visible,
                ),
                hint=M("train.distributed.too_many_gpus.hint", "Use --gpus {n}", n=have)
                if have
                else M("train.distributed.no_gpus.hint", "Train on the CPU (--processes N) or on a machine with GPUs."),
            )
    elif processes > (os.cpu_count() or 1):
        raise InvalidInputError(
            M(
                "train.distributed.too_many_processes",
                "--processes {processes} is more than this machine's {cores} CPU cores.",
                processes=processes,
                cores=os.cpu_count(),
            ),
            hint=M(
                "train.distributed.too_many_processes.hint", "Use at most --processes {cores}.", cores=os.cpu_count()
            ),
        )


def data_digest(recipe, model_sha256: str, train_records, eval_records) -> dict:
    """What every node must train on alike, part by part: the recipe but its run section (names
    and ids differ between workspaces), the base model, the training rows, the evaluation rows."""
    import hashlib

    def h(obj) -> str:
        return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode("utf-8")).hexdigest()

    return {
        "recipe": h({k: v for k, v in recipe.to_dict().items() if k != "run"}),
        "base model": model_sha256,
        "training rows": h([rec for _label, rec in train_records]),  # labels name local ids
        "evaluation rows": h([rec for _label, rec in eval_records]),
    }


@dataclass(frozen=True)
class EngineInputs:
    """What a run across processes trains and where: built by its caller (the run driver in
    ``tuning/service.py``, a joining node in ``tuning/join.py``) and given to ``DistributedRun``
    whole. The rows were decrypted in memory by the caller; they reach the ranks over the socket."""

    recipe: object  # tuning.recipe.Recipe
    model_dir: Path  # the base model's stored folder
    context_length: int
    train_records: list  # (label, record) pairs
    eval_records: list
    run_dir: Path  # the run's folder (a joining node's scratch folder)
    processes: int  # ranks on this node
    cuda: bool = False  # one GPU per rank (NCCL); else the CPU cores shared (gloo)
    topology: Topology = field(default_factory=Topology)  # one node, or several at a rendezvous
    from_adapter: Path | None = None  # an adapter to continue from
    new_token_ids: list[int] = field(default_factory=list)  # an extended vocabulary's new tokens
    checkpoint: Path | None = None  # resume from this checkpoint
    run_id: str | None = None  # node 0's run (None on a joining node: it learns it at setup)
    model_sha256: str = ""  # the base model's digest, part of what every node must share
    log_path: Path | None = None  # the ranks' log (default: beside the run's folder)

    def spec(self) -> dict:
        """The run's specification as each rank receives it."""
        recipe, run_dir = self.recipe, Path(self.run_dir)
        return {
            "recipe": recipe.to_dict(),
            "cuda": self.cuda,
            "threads": max(1, (os.cpu_count() or 1) // self.processes),
            "model_dir": str(self.model_dir),
            "context_length": self.context_length,
            "train": self.train_records,
            "eval": self.eval_records,
            "run_dir": str(run_dir),
            "result_dir": str(run_dir / ("model" if recipe.method.kind == "full" else "adapter")),
            "from_adapter": str(self.from_adapter) if self.from_adapter else None,
            "new_token_ids": list(self.new_token_ids or []),
            "checkpoint": str(self.checkpoint) if self.checkpoint else None,
            "run_id": self.run_id,
            "digest": data_digest(recipe, self.model_sha256, self.train_records, self.eval_records),
        }


class DistributedRun:
    """The ``TrainingRun`` interface the run driver uses, over N rank processes."""

    def __init__(
        self,
        inputs: EngineInputs,
        *,
        on_event: EventSink = ignore,
        cancel: CancelToken | None = None,
        on_checkpoint=None,
    ):
        self.inputs = inputs
        self.recipe, self.processes, self.cuda = inputs.recipe, inputs.processes, inputs.cuda
        self.topology = inputs.topology or Topology()
        self.spec = inputs.spec()
        self.on_event, self.cancel = on_event, cancel or CancelToken()
        self.on_checkpoint = on_checkpoint
        run_dir = Path(inputs.run_dir)
        self.log_path = inputs.log_path or run_dir.parent / f"{run_dir.name}-ranks.log"
        self.step, self.tokens_seen, self.total_steps = 0, 0, 0
        self.last_loss = self.last_eval = float("nan")
        self.history: list[dict] = []
        self._last_checkpoint: Path | None = None
        self._proc = self._dir = self._server = self._link = None
        self._log = None

    # The run driver's interface ----------------------------------------------------------------
    def setup(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="appliance-ranks-"))  # 0700; short enough for AF_UNIX
        path = str(self._dir / "s")
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(path)
        self._server.listen(self.processes)
        self._server.settimeout(1.0)
        env = dict(
            os.environ, APPLIANCE_RANK_SOCKET=path, OMP_NUM_THREADS=str(self.spec["threads"]), PYTHONUNBUFFERED="1"
        )
        env.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # threads that wait sleep: appliance/isolation.py
        from appliance.offline import is_loopback_host

        if self.topology.nodes == 1 or is_loopback_host(self.topology.host):
            env.update(GLOO_SOCKET_IFNAME="lo", NCCL_SOCKET_IFNAME="lo")
        cmd = [
            sys.executable,
            "-m",
            "torch.distributed.run",
            *self.topology.launcher_args(),
            f"--nproc-per-node={self.processes}",
            "--max-restarts=0",
            "-m",
            "appliance.tuning.rank",
        ]
        self._log = open(self.log_path, "a", encoding="utf-8")
        t = self.topology
        if t.nodes > 1:
            starting = M(
                "train.distributed.starting_ranks_on_node",
                "Starting {n} training processes on node {rank} of {nodes} (rendezvous {rendezvous}) (torchrun)",
                n=self.processes,
                rank=t.node_rank,
                nodes=t.nodes,
                rendezvous=t.rendezvous,
            )
        else:
            starting = M(
                "train.distributed.starting_ranks", "Starting {n} training processes (torchrun)", n=self.processes
            )
        self.on_event(Progress("setup", message=starting))
        self._proc = subprocess.Popen(cmd, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        links = {}
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        while len(links) < self.processes:
            if self._proc.poll() is not None:
                raise self._died(M("train.distributed.died_before_start", "before every process had started"))
            if time.monotonic() > deadline:
                raise RankFailed(
                    M(
                        "train.distributed.ranks_not_started",
                        "Only {started} of {n} training processes started within {seconds} s.",
                        started=len(links),
                        n=self.processes,
                        seconds=CONNECT_TIMEOUT_S,
                    ),
                    hint=self._see_log(),
                )
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            conn.settimeout(None)
            reader = conn.makefile("r", encoding="utf-8")
            hello = json.loads(reader.readline() or "{}")
            conn.sendall((json.dumps(self.spec, ensure_ascii=False) + "\n").encode("utf-8"))
            links[int(hello.get("hello", -1))] = (conn, reader)  # by local rank
        self._link = links[0]  # this node's first rank reports; the run's rank 0 also checkpoints
        for r, (conn, _reader) in links.items():
            if r != 0:
                conn.close()
        self._undo = self.cancel.on_cancel(self._send_cancel)
        msg = self._next()
        while "event" in msg:  # the ranks' own setup progress (tokenizing, loading)
            self._relay(msg)
            msg = self._next()
        if "setup" not in msg:
            self._outcome(msg)
        s = msg["setup"]
        self.total_steps, self.step, self.tokens_seen = s["total_steps"], s["step"], s["tokens_seen"]
        self.run_id = s.get("run_id")  # node 0's run, as every rank learnt it at setup
        world = self.processes * self.topology.nodes
        self.placement = SimpleNamespace(device=f"{s['device']}×{world}", precision=s["precision"])
        self.train_stats = SimpleNamespace(examples=s["examples"])

    def load_checkpoint(self, path: Path) -> None:
        """The ranks loaded it at setup (it was in their specification)."""
        if str(path) != self.spec["checkpoint"]:
            raise ValueError("DistributedRun resumes only from the checkpoint it was created with")

    def train(self) -> dict:
        while True:
            msg = self._next()
            if "event" in msg:
                self._relay(msg)
            elif "checkpoint" in msg:
                self._take(msg)
                self._last_checkpoint = Path(msg["checkpoint"])
                if msg["reason"] != "cancel" and self.on_checkpoint:
                    self.on_checkpoint(msg["reason"])  # the driver records it (and clears the history)
            elif "done" in msg:
                self._take(msg)
                self.last_eval = msg["eval_loss"]
                self._proc.wait()
                return msg["done"]
            else:
                self._outcome(msg)

    def save_checkpoint(self, reason: str) -> Path:
        """Rank 0 wrote it; the driver asks for its path to record it."""
        if self._last_checkpoint is None:
            raise RankFailed(
                M("train.distributed.ranks_no_checkpoint", "No checkpoint was written by the training processes."),
                hint=self._see_log(),
            )
        return self._last_checkpoint

    def save_result(self, dest: Path) -> None:
        if self.topology.joining:
            return  # node 0 holds the result
        if not Path(dest).is_dir():
            raise RankFailed(
                M("train.distributed.ranks_no_result", "The training processes did not write {path}.", path=str(dest)),
                hint=self._see_log(),
            )

    def cleanup(self) -> None:
        if getattr(self, "_undo", None):
            self._undo()
        if self._link:
            self._link[0].close()
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        if self._server is not None:
            self._server.close()
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
        if self._log:
            self._log.close()

    # Internals ----------------------------------------------------------------------------------
    def _see_log(self) -> Message:
        return M("train.distributed.see_ranks_log", "See {path}.", path=str(self.log_path))

    def _relay(self, msg: dict) -> None:
        kind = EVENTS.get(msg.pop("event"))
        if kind is not None:
            self.on_event(kind(**msg))

    def _take(self, msg: dict) -> None:
        self.step, self.tokens_seen = msg["step"], msg["tokens_seen"]
        self.last_loss = msg["train_loss"]
        self.history += msg.get("history") or []

    def _send_cancel(self) -> None:
        try:
            self._link[0].sendall(b'{"cancel": true}\n')
        except OSError:
            pass

    def _next(self) -> dict:
        line = self._link[1].readline()
        if not line:
            raise self._died(M("train.distributed.died_during", "during training"))
        return json.loads(line)

    def _died(self, when: Message) -> RankFailed:
        try:
            rc = self._proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            rc = self._proc.wait()
        self._log.flush()
        tail = Path(self.log_path).read_text(encoding="utf-8", errors="replace").splitlines()
        t = self.topology
        if t.nodes > 1 and any("waiting for clients" in ln or "DistStoreError" in ln for ln in tail[-40:]):
            return RankFailed(
                M(
                    "train.distributed.nodes_not_joined",
                    "Not every node joined the rendezvous at {rendezvous} within {seconds} s "
                    "(this is node {rank} of {nodes}); nothing was trained.",
                    rendezvous=t.rendezvous,
                    seconds=t.join_timeout,
                    rank=t.node_rank,
                    nodes=t.nodes,
                ),
                hint=M(
                    "train.distributed.nodes_not_joined.hint",
                    "Start `appliance train` with the same recipe, --nodes and --rendezvous on every node "
                    "(--node-rank 0 first, then 1, 2, …), check that the nodes reach each other on that port, "
                    "or raise --join-timeout.",
                ),
            )
        failed = [ln for ln in tail if "exitcode" in ln or "Signal" in ln or "Error" in ln][-4:]
        kept = (
            M("train.distributed.last_checkpoint_kept", " The last checkpoint (step {step}) is kept.", step=self.step)
            if self._last_checkpoint
            else ""
        )
        return RankFailed(
            M(
                "train.distributed.rank_stopped",
                "A training process stopped {when} (torchrun exit status {rc}).{kept}{lines}",
                when=when,
                rc=rc,
                kept=kept,
                lines="\n  " + "\n  ".join(failed) if failed else "",
            ),
            hint=M(
                "train.distributed.rank_stopped.hint",
                "Its log: {path}. Resume with `appliance train --resume RUN_ID` (with the same or another --processes).",
                path=str(self.log_path),
            ),
        )

    def _outcome(self, msg: dict):
        if "cancelled" in msg:
            self.step = msg["cancelled"]
            self._proc.wait()
            raise Cancelled(M("train.distributed.cancelled", "Training was cancelled."))
        if "error" in msg:
            self._proc.wait()
            cls = ERRORS.get(msg.get("type"), RankFailed)
            raise cls(_from_rank(msg, "error"), hint=_from_rank(msg, "hint"))
        raise RankFailed(
            M(
                "train.distributed.ranks_unexpected",
                "Unexpected message from the training processes: {message}",
                message=str(msg)[:200],
            ),
            hint=self._see_log(),
        )


def _from_rank(msg: dict, key: str) -> Message | None:
    """A rank's error or hint: its message as sent (``<key>_message``, ``Message.to_dict()``), else
    its English text kept as the value of a message."""
    if isinstance(msg.get(f"{key}_message"), dict):
        return Message.from_dict(msg[f"{key}_message"])
    if msg.get(key) is None:
        return None
    return M("train.distributed.rank_said", "{text}", text=str(msg[key]))
