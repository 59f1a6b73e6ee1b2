"""The one way the appliance runs a GGUF outside ``appliance serve``: a ``llama-server`` of its own.

Everything that runs a model file (the export gate's llama.cpp half, ``appliance chat`` and the
Playground, evaluations and their judges, adapter checks, the regional demo) starts a
``LlamaBackend``: the same ``llama-server`` binary, flags and supervisor class (``LlamaServer`` in
``serving/backends.py``) that ``appliance serve`` runs, in a process of its own, on a loopback port
the kernel chose, behind a key only this process knows. Nothing loads a model into a Python
process (docs/native.md says why: the CUDA build crashes there, and one engine means the gate
checks what serves).

The calls are llama-server's own endpoints: ``/tokenize`` and ``/detokenize`` (the runtime's
tokenizer), ``/apply-template`` (its Jinja chat template engine), ``/completion`` (with
``n_probs`` for log-probabilities), ``/v1/chat/completions``, ``/v1/models`` and ``/props``.

Log-probabilities: llama-server reports them for generated positions only. ``top_logprobs``
asks for one generated token after each prefix, forcing that token to a one-character text
token with ``logit_bias`` so that the server never holds it back as half a UTF-8 character; the
probabilities it reports are computed from the model's raw logits before any sampler or bias
(``post_sampling_probs`` false), so the forcing changes nothing they say. ``token_logprob`` forces
the token asked about and reads its own probability the same way.

GPU placement is planned with ``serving/offload.py`` before the process starts and said through
``on_note`` (a ``Message``); ``placement`` keeps what was chosen.

A backend that dies while in use raises ``BackendDied`` (a ``ServingError`` naming how it ended);
``restart()`` starts it again.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from appliance.errors import ServingError
from appliance.messages import M, Message
from appliance.serving.backends import LlamaServer, signal_message
from appliance.serving.offload import OffloadPlan

FORCE_TEXT = "a"  # the token every top_logprobs request is made to generate (see the module's doc)


class BackendDied(ServingError):
    """The backend process ended while a request was in flight (or before it was sent)."""


def plan_offload(gguf: Path, *, n_ctx: int, gpu_layers: int | None = None) -> OffloadPlan:
    """All layers on the GPU when the model fits in its free memory, as many as fit otherwise,
    none when llama.cpp was built without a GPU backend (``serving/offload.py``)."""
    from appliance.host.native import offload_supported
    from appliance.serving.offload import plan, read_shape

    supported = offload_supported()
    if gpu_layers is None and not supported:
        return OffloadPlan(0)
    from appliance.host.probes import nvidia_gpus

    gpus = nvidia_gpus()["gpus"] if supported and gpu_layers is None else []
    return plan(read_shape(gguf), n_ctx=n_ctx, gpus=gpus, offload_supported=supported, requested=gpu_layers)


class LlamaBackend:
    """A ``llama-server`` for one GGUF, owned by its caller: ``start()`` … ``close()`` (or ``with``).

    ``n_ctx`` is each slot's context (``slots`` requests decode together); ``gpu_layers`` None
    plans the offload; ``log_path`` None keeps the log in a private temporary file removed at
    ``close()``."""

    def __init__(
        self,
        gguf: Path,
        *,
        n_ctx: int = 4096,
        slots: int = 1,
        gpu_layers: int | None = None,
        threads: int | None = None,
        lora: Path | None = None,
        log_path: Path | None = None,
        label: str = "",
        warmup: bool = True,
        on_note: Callable[[Message], None] | None = None,
        timeout: float = 300.0,
    ):
        self.gguf = Path(gguf)
        self.n_ctx, self.slots, self.timeout = n_ctx, max(1, slots), timeout
        if not self.gguf.is_file():
            raise ServingError(
                M("serving.model_file_missing", "The model file {path} is missing.", path=str(self.gguf)),
                hint=M("serving.model_file_missing.hint", "Export the model again."),
            )
        self._tmp_log = None
        if log_path is None:
            fd, name = tempfile.mkstemp(prefix="llama-server-", suffix=".log")
            os.close(fd)
            self._tmp_log = log_path = Path(name)
        self.placement = plan_offload(self.gguf, n_ctx=n_ctx, gpu_layers=gpu_layers)
        if self.placement.note_message is not None and on_note:
            on_note(self.placement.note_message)
        self.server = LlamaServer(
            self.gguf,
            alias=self.gguf.stem,
            n_ctx=n_ctx,
            slots=self.slots,
            gpu_layers=self.placement.gpu_layers,
            threads=threads,
            log_path=log_path,
            label=label or self.gguf.name,
            lora=Path(lora) if lora else None,
            warmup=warmup,
            log_kept=self._tmp_log is None,
        )
        self._client = None
        self._lock = threading.Lock()
        self._props: dict | None = None
        self._force_id: int | None = None

    # life ---------------------------------------------------------------------------------------
    def start(self, timeout: float = 120.0) -> LlamaBackend:
        """Start llama-server and wait until the model is loaded. Raises ``ServingError`` naming
        the file and llama.cpp's reason when it cannot load it (no process is left behind)."""
        import httpx

        try:
            self.server.start(timeout)
        except ServingError:
            self.close()
            raise
        with self._lock:
            if self._client is not None:  # a restart: no connection of the old process is kept
                self._client.close()
            self._client = httpx.Client(
                base_url=self.server.base_url,
                headers=self.server.headers,
                timeout=httpx.Timeout(self.timeout, connect=10.0),
                limits=httpx.Limits(max_connections=max(8, 2 * self.slots)),
                trust_env=False,
            )
        self._props = None
        return self

    def restart(self) -> None:
        self.server.stop()
        self.start()

    def alive(self) -> bool:
        return self.server.alive()

    @property
    def pid(self) -> int | None:
        return self.server.proc.pid if self.server.proc is not None else None

    def close(self) -> None:
        self.server.stop()
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None
        if self._tmp_log is not None:
            self._tmp_log.unlink(missing_ok=True)

    def __enter__(self) -> LlamaBackend:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def describe(self) -> str:
        """Where the model runs, for the user (``appliance chat``, the gate's report)."""
        return self.placement.describe()

    def describe_message(self) -> Message:
        """``describe()`` as a message, for the user's language."""
        return self.placement.describe_message()

    # requests -----------------------------------------------------------------------------------
    def died(self, exc: Exception | None = None) -> BackendDied:
        status = self.server.exit_status()
        if status is not None:
            how = signal_message(status)
        else:
            how = M("serving.stopped_answering", "stopped answering ({error})", error=str(exc))
        return BackendDied(
            M("serving.backend_died", "llama.cpp's server for {name} {how}.", name=self.gguf.name, how=how),
            hint=M("serving.backend_died.hint", "Its log: {path}.", path=str(self.server.log_path))
            if self.server.log_path and not self._tmp_log
            else None,
        )

    def post(self, path: str, payload: dict, *, timeout: float | None = None) -> dict | list:
        """POST ``payload`` and return the JSON answer. Raises ``BackendDied`` or ``ServingError``
        (llama-server's own message for a refused request)."""
        import httpx

        client = self._client
        if client is None or not self.server.running():
            raise self.died()
        try:
            r = client.post(path, json=payload, timeout=timeout or self.timeout)
        except httpx.HTTPError as exc:
            raise self.died(exc) from exc
        return self._answer(r)

    def get(self, path: str) -> dict | list:
        import httpx

        if self._client is None or not self.server.running():
            raise self.died()
        try:
            return self._answer(self._client.get(path))
        except httpx.HTTPError as exc:
            raise self.died(exc) from exc

    def _answer(self, r) -> dict | list:
        try:
            data = r.json()
        except ValueError:
            data = None
        if r.status_code != 200:
            err = data.get("error") if isinstance(data, dict) else None
            message = err.get("message") if isinstance(err, dict) else (err or r.text[:300])
            raise ServingError(
                M("serving.request_refused", "llama.cpp's server refused the request: {reason}", reason=str(message))
            )
        return data

    def stream(self, path: str, payload: dict) -> Iterator[dict]:
        """POST a streamed request; yields each server-sent event's JSON object. Raises
        ``BackendDied`` if the process ends mid-answer, ``ServingError`` for a refused request."""
        import httpx

        client = self._client
        if client is None or not self.server.running():
            raise self.died()
        try:
            with client.stream("POST", path, json={**payload, "stream": True}) as r:
                if r.status_code != 200:
                    r.read()
                    self._answer(r)
                for line in r.iter_lines():
                    if not line.startswith("data: "):
                        continue
                    data = line[6:].strip()
                    if data == "[DONE]":
                        return
                    obj = json.loads(data)
                    if isinstance(obj, dict) and obj.get("error"):
                        err = obj["error"]
                        raise ServingError(
                            M(
                                "serving.answer_stopped",
                                "llama.cpp's server stopped the answer: {reason}",
                                reason=str(err.get("message", err) if isinstance(err, dict) else err),
                            )
                        )
                    yield obj
        except httpx.HTTPError as exc:
            raise self.died(exc) from exc

    # what the model is ----------------------------------------------------------------------
    def props(self) -> dict:
        if self._props is None:
            self._props = self.get("/props")
        return self._props

    def model_meta(self) -> dict:
        """``n_vocab``, ``n_ctx_train``, ``n_params``… as ``/v1/models`` reports them."""
        data = self.get("/v1/models")
        models = data.get("data") or [] if isinstance(data, dict) else []
        return dict(models[0].get("meta") or {}) if models else {}

    def chat_template(self) -> str:
        """The chat template embedded in the GGUF ("" without one: llama-server would fall back to
        a built-in format, which is not the model's)."""
        import gguf

        from appliance.serving.gguf_meta import read_metadata

        if not hasattr(self, "_template"):
            self._template = str(read_metadata(self.gguf).get(gguf.Keys.Tokenizer.CHAT_TEMPLATE) or "")
        return self._template

    # tokenizer ------------------------------------------------------------------------------
    def tokenize(self, text: str, *, special: bool = True, add_special: bool = False) -> list[int]:
        data = self.post("/tokenize", {"content": text, "add_special": add_special, "parse_special": special})
        return [int(t) for t in data.get("tokens", [])]

    def tokenize_pieces(self, text: str, *, special: bool = True) -> tuple[list[int], list[str]]:
        """Token ids and each token's text (bytes that are not whole UTF-8 shown as ``\\xNN``)."""
        data = self.post(
            "/tokenize", {"content": text, "add_special": False, "parse_special": special, "with_pieces": True}
        )
        ids, pieces = [], []
        for t in data.get("tokens", []):
            ids.append(int(t["id"]))
            p = t["piece"]
            pieces.append(p if isinstance(p, str) else bytes(p).decode("utf-8", "backslashreplace"))
        return ids, pieces

    def detokenize(self, ids: list[int]) -> str:
        return str(self.post("/detokenize", {"tokens": list(ids)}).get("content", ""))

    def apply_template(self, messages: list[dict], **kwargs) -> str:
        """The prompt text llama-server's chat template engine renders for ``messages``."""
        return str(self.post("/apply-template", {"messages": messages, **kwargs}).get("prompt", ""))

    def ends_generation(self, token: int) -> bool:
        """Whether llama.cpp stops generating at ``token`` (its end-of-generation set): force the
        token once and see whether the server stopped for end of generation or for the limit."""
        r = self.post(
            "/completion",
            {"prompt": [token], "n_predict": 2, "logit_bias": [[token, 1000.0]], "temperature": 0.0, "seed": 0},
        )
        return r.get("stop_type") == "eos"

    def adds_bos(self) -> bool:
        """Whether llama.cpp puts the BOS token before a prompt (the vocabulary's add-BOS flag)."""
        plain = self.tokenize(FORCE_TEXT, add_special=False)
        added = self.tokenize(FORCE_TEXT, add_special=True)
        return len(added) > len(plain) and bool(plain) and added[0] != plain[0]

    # log-probabilities ----------------------------------------------------------------------
    def _force(self) -> int:
        if self._force_id is None:
            ids = self.tokenize(FORCE_TEXT, special=False)
            if not ids:
                raise ServingError(
                    M(
                        "serving.no_force_token",
                        "{name}'s tokenizer gives no token for {text!r}.",
                        name=self.gguf.name,
                        text=FORCE_TEXT,
                    )
                )
            self._force_id = ids[-1]
        return self._force_id

    def top_logprobs(
        self, prefixes: list[list[int]], k: int, *, slot: int | None = None
    ) -> list[list[tuple[int, float]]]:
        """For each prefix (token ids), the ``k`` most likely next tokens and their natural-log
        probabilities over the whole vocabulary, most likely first. One request for all of them
        (llama-server queues one task per prefix and reuses the cached prefix); ``slot`` pins the
        tasks to one of the backend's slots, so that requests for different prompts, sent
        together, each keep their own prefix cached and decode in one batch."""
        if not prefixes:
            return []
        force = self._force()
        data = self.post(
            "/completion",
            {
                "prompt": [list(p) for p in prefixes],
                "n_predict": 1,
                "n_probs": k,
                "temperature": 0.0,
                "logit_bias": [[force, 1000.0]],
                "cache_prompt": True,
                "post_sampling_probs": False,
                **({"id_slot": slot} if slot is not None else {}),
            },
        )
        rows = data if isinstance(data, list) else [data]
        rows = sorted(rows, key=lambda r: r.get("index", 0))
        out = []
        for r in rows:
            probs = r.get("completion_probabilities") or []
            if not probs:
                raise ServingError(
                    M(
                        "serving.no_probabilities",
                        "llama.cpp's server gave no probabilities for a prompt of {n} tokens.",
                        n=r.get("tokens_evaluated"),
                    )
                )
            out.append([(int(t["id"]), float(t["logprob"])) for t in probs[0]["top_logprobs"]])
        return out

    def token_logprob(self, prefix: list[int], token: int) -> float:
        """The natural-log probability of ``token`` after ``prefix`` (over the whole vocabulary)."""
        r = self.post(
            "/completion",
            {
                "prompt": list(prefix),
                "n_predict": 1,
                "n_probs": 1,
                "temperature": 0.0,
                "logit_bias": [[int(token), 1000.0]],
                "cache_prompt": True,
                "post_sampling_probs": False,
                "return_tokens": True,
            },
        )
        probs = r.get("completion_probabilities") or []
        if probs and int(probs[0]["id"]) == int(token):
            return float(probs[0]["logprob"])
        # A token that ends inside a UTF-8 character is held back by the server, with its
        # probability: read it from the whole distribution instead (rare: large, but exact).
        n_vocab = int(self.model_meta().get("n_vocab") or 0)
        for tid, lp in self.top_logprobs([prefix], n_vocab)[0]:
            if tid == int(token):
                return lp
        raise ServingError(
            M(
                "serving.no_token_probability",
                "llama.cpp's server did not report the probability of token {token}.",
                token=token,
            )
        )
