"""Variants behind one model name, and the policy that picks one per request.

A served name (what clients put in ``"model"``) has one or more **variants**: exports of the
model line (q4_k_m on the CPU and f16 on the GPU; the production model and a candidate) or
another appliance on the site's network. A policy file (TOML, ``docs/serving.md``) declares them:

    [[models]]
    name = "helpdesk"
    latency_budget_ms = 2000          # optional: first token expected within this

    [[models.variants]]
    name = "short-cpu"
    export = "helpdesk-v3"            # an export id, or a model name (its newest verified export)
    max_prompt_chars = 1500           # only prompts up to this many characters
    scripts = ["Latin"]               # only prompts mostly in these Unicode scripts
    max_in_flight = 4                 # above this load, prefer another variant
    share = 0.9                       # A/B: weight among the variants still eligible

    [[models.variants]]
    name = "remote-gpu"
    url = "https://gpu-box.site.internal:8765/v1"   # another appliance; TLS and its token
    token_file = "/etc/appliance/gpu-box.token"
    ca_file = "/etc/appliance/site-ca.pem"
    remote_model = "helpdesk"
    share = 0.1

For each request the router (``Router.route``) keeps, in file order, the variants whose
conditions hold (prompt length, script) and whose backend is up; drops those over their
``max_in_flight`` while another is free; drops those whose expected time to first token exceeds
the latency budget (the request's ``X-Latency-Budget-Ms`` header, else the name's
``latency_budget_ms``) while another fits; then draws among the rest by ``share`` (a client's
``user`` field keeps it on one variant) or takes the first. The others stay, in order, as
fallbacks should the chosen one fail before answering. The route and its reason go into the
response headers and the audit log.
"""

from __future__ import annotations

import hashlib
import random
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from appliance.errors import InvalidInputError

VARIANT_KEYS = {
    "name",
    "export",
    "url",
    "token_file",
    "ca_file",
    "remote_model",
    "max_prompt_chars",
    "min_prompt_chars",
    "scripts",
    "max_in_flight",
    "share",
    "gpu_layers",
    "slots",
}
MODEL_KEYS = {"name", "latency_budget_ms", "variants"}


@dataclass
class Variant:
    name: str
    export: str | None = None  # local: export id or model name
    url: str | None = None  # remote appliance
    token_file: str | None = None
    ca_file: str | None = None
    remote_model: str | None = None
    max_prompt_chars: int | None = None
    min_prompt_chars: int | None = None
    scripts: list[str] | None = None
    max_in_flight: int | None = None
    share: float | None = None
    gpu_layers: int | None = None
    slots: int | None = None
    backend: object = None  # set when serving starts
    servable: object = None  # the resolved export (local variants)
    export_id: str = ""
    model_id: str = ""
    quant: str = ""

    def conditions(self, prompt_chars: int, script: str | None) -> str | None:
        """Why this variant does not take the request, or None if it may."""
        if self.max_prompt_chars is not None and prompt_chars > self.max_prompt_chars:
            return f"prompt of {prompt_chars} characters over {self.max_prompt_chars}"
        if self.min_prompt_chars is not None and prompt_chars < self.min_prompt_chars:
            return f"prompt of {prompt_chars} characters under {self.min_prompt_chars}"
        if self.scripts and script is not None and script not in self.scripts:
            return f"prompt in {script}, not {'/'.join(self.scripts)}"
        return None


@dataclass
class ServedName:
    name: str
    variants: list[Variant]
    latency_budget_ms: float | None = None


@dataclass
class Route:
    variant: Variant
    reason: str
    fallbacks: list[Variant] = field(default_factory=list)


def _fail(where: str, message: str) -> InvalidInputError:
    return InvalidInputError(
        f"{where}: {message}.", hint="See docs/serving.md (Routing policies) for the fields a policy file takes."
    )


def load_policy(path: Path) -> list[ServedName]:
    """Read and check a policy file. Raises ``InvalidInputError`` naming the file and field."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(
            f"Cannot read the routing policy {path}: {exc.strerror}.", hint="Check the path."
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInputError(
            f"{path} is not valid TOML: {exc}.", hint="Fix the file; docs/serving.md has an example."
        ) from exc
    models = data.get("models")
    if not isinstance(models, list) or not models:
        raise _fail(str(path), "it declares no [[models]]")
    unknown_top = set(data) - {"models"}
    if unknown_top:
        raise _fail(str(path), f"unknown field(s) {', '.join(sorted(unknown_top))}")
    out, names = [], set()
    for i, m in enumerate(models):
        where = f"{path}: models[{i}]"
        if not isinstance(m, dict):
            raise _fail(where, "must be a table")
        extra = set(m) - MODEL_KEYS
        if extra:
            raise _fail(where, f"unknown field(s) {', '.join(sorted(extra))}")
        name = m.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _fail(where, 'needs a name (what clients put in "model")')
        if name in names:
            raise _fail(where, f"the name {name!r} is declared twice")
        names.add(name)
        budget = m.get("latency_budget_ms")
        if budget is not None and (not isinstance(budget, int | float) or isinstance(budget, bool) or budget <= 0):
            raise _fail(f"{where}.latency_budget_ms", "must be a positive number of milliseconds")
        variants = m.get("variants")
        if not isinstance(variants, list) or not variants:
            raise _fail(where, f"{name!r} needs at least one [[models.variants]]")
        vs = [_variant(f"{where}.variants[{j}]", v) for j, v in enumerate(variants)]
        if len({v.name for v in vs}) != len(vs):
            raise _fail(where, "two variants share a name")
        out.append(ServedName(name, vs, float(budget) if budget else None))
    return out


def _variant(where: str, v) -> Variant:
    if not isinstance(v, dict):
        raise _fail(where, "must be a table")
    extra = set(v) - VARIANT_KEYS
    if extra:
        raise _fail(where, f"unknown field(s) {', '.join(sorted(extra))}")
    if not isinstance(v.get("name"), str) or not v["name"].strip():
        raise _fail(where, "needs a name")
    if bool(v.get("export")) == bool(v.get("url")):
        raise _fail(where, "needs exactly one of export (a local export) or url (another appliance)")
    for key in ("export", "url", "token_file", "ca_file", "remote_model"):
        if key in v and not isinstance(v[key], str):
            raise _fail(f"{where}.{key}", "must be a string")
    if v.get("url"):
        url = v["url"]
        if not url.startswith(("https://", "http://")):
            raise _fail(f"{where}.url", "must start with https://")
        from urllib.parse import urlsplit

        from appliance.offline import is_loopback_host

        host = urlsplit(url).hostname or ""
        if url.startswith("http://") and not is_loopback_host(host):
            raise _fail(f"{where}.url", f"{host} is not on this machine, so it must be reached over https://")
        if not v.get("token_file"):
            raise _fail(where, "a remote variant needs token_file (the other appliance's bearer token)")
    for key in ("max_prompt_chars", "min_prompt_chars", "max_in_flight", "slots"):
        if key in v and (
            not isinstance(v[key], int) or isinstance(v[key], bool) or v[key] < (1 if key != "min_prompt_chars" else 0)
        ):
            raise _fail(f"{where}.{key}", "must be a positive whole number")
    if "slots" in v and v["slots"] > 64:
        raise _fail(f"{where}.slots", "at most 64")
    if "gpu_layers" in v and (
        not isinstance(v["gpu_layers"], int) or isinstance(v["gpu_layers"], bool) or v["gpu_layers"] < -1
    ):
        raise _fail(f"{where}.gpu_layers", "must be -1 (all), 0 (none) or a number of layers")
    if "share" in v and (
        not isinstance(v["share"], int | float) or isinstance(v["share"], bool) or not 0 <= v["share"] <= 1e6
    ):
        raise _fail(f"{where}.share", "must be a number of 0 or more")
    if "scripts" in v:
        s = v["scripts"]
        if not isinstance(s, list) or not s or not all(isinstance(x, str) and x for x in s):
            raise _fail(f"{where}.scripts", 'must be a list of Unicode script names, e.g. ["Latin", "Devanagari"]')
        v = dict(v, scripts=[x.capitalize() for x in s])
    return Variant(**v)


def dominant_script(text: str, sample: int = 2000) -> str | None:
    """The Unicode script most letters of ``text`` are in (``Latin``, ``Devanagari``, ``Tamil``…)."""
    counts: dict[str, int] = {}
    for ch in text[-sample:]:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if not name:
            continue
        word = name.split(" ", 1)[0]
        script = {"CJK": "Han", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Hangul"}.get(word, word)
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.get).capitalize()


def prompt_text(kind: str, body: dict) -> str:
    """The text the router looks at: the messages' text, or the prompt."""
    if kind == "chat":
        parts = []
        for m in body.get("messages") or []:
            c = m.get("content") if isinstance(m, dict) else None
            if isinstance(c, str):
                parts.append(c)
            elif isinstance(c, list):
                parts += [p.get("text", "") for p in c if isinstance(p, dict) and isinstance(p.get("text"), str)]
        return "\n".join(parts)
    p = body.get("prompt") if kind == "completion" else body.get("input")
    if isinstance(p, str):
        return p
    if isinstance(p, list):
        return "\n".join(x for x in p if isinstance(x, str))
    return ""


class Router:
    def __init__(self, names: list[ServedName], *, seed: int | None = None):
        self.names = {n.name: n for n in names}
        self.rng = random.Random(seed)

    def served(self, name: str) -> ServedName | None:
        return self.names.get(name)

    def route(
        self, served: ServedName, text: str, *, budget_ms: float | None = None, user: str | None = None
    ) -> Route | None:
        chars = len(text)
        script = dominant_script(text) if any(v.scripts for v in served.variants) else None
        notes, eligible = [], []
        for v in served.variants:
            why = v.conditions(chars, script)
            if why is None and v.backend is not None and not v.backend.alive():
                why = "its backend is down"
            if why:
                notes.append(f"{v.name}: {why}")
            else:
                eligible.append(v)
        if not eligible:
            return None
        free = [v for v in eligible if v.max_in_flight is None or v.backend.stats.in_flight < v.max_in_flight]
        if free and len(free) < len(eligible):
            notes.append("busy: " + ", ".join(v.name for v in eligible if v not in free))
        pool = free or eligible
        budget = budget_ms if budget_ms is not None else served.latency_budget_ms
        if budget is not None:
            fits = [v for v in pool if self.expected_ttft_ms(v) <= budget]
            if fits and len(fits) < len(pool):
                notes.append(f"over the {budget:.0f} ms budget: " + ", ".join(v.name for v in pool if v not in fits))
            pool = fits or sorted(pool, key=self.expected_ttft_ms)[:1]
        weighted = [v for v in pool if v.share is not None]
        if weighted and sum(v.share for v in weighted) > 0:
            total = sum(v.share for v in weighted)
            if user:
                x = int.from_bytes(hashlib.sha256(f"{served.name}\0{user}".encode()).digest()[:8], "big") / 2**64
            else:
                x = self.rng.random()
            x *= total
            chosen = weighted[-1]
            for v in weighted:
                if x < v.share:
                    chosen = v
                    break
                x -= v.share
            how = f"share {chosen.share:g} of {total:g}" + (" (sticky by user)" if user else "")
        else:
            chosen = pool[0]
            how = "first eligible"
        reason = "; ".join([how, *notes])
        fallbacks = [v for v in eligible if v is not chosen]
        return Route(chosen, reason, fallbacks)

    @staticmethod
    def expected_ttft_ms(v: Variant) -> float:
        """What this variant's next first token should take: its recent first-token time, longer
        by the share of its slots already busy. Unknown (never measured) counts as fast, so a new
        variant gets traffic and so a measurement."""
        s = v.backend.stats if v.backend is not None else None
        if s is None or s.ewma_ttft is None:
            return 0.0
        slots = getattr(v.backend, "slots", 1) or 1
        return s.ewma_ttft * 1000.0 * (1 + s.in_flight / slots)
