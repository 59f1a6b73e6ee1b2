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

import functools
import hashlib
import math
import random
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from appliance import nesting
from appliance.errors import InvalidInputError
from appliance.messages import M, Message

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
MAX_DEPTH = 8  # levels of tables and arrays: [[models]] -> variants -> a variant's list is 6
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


def _fail(
    where: str, problem: Message, hint: Message | None = None, *, variant: str | None = None
) -> InvalidInputError:
    """The refusal of a policy file: ``where`` (the file and field), the variant's name if any."""
    if variant is None:
        msg = M("routing.problem", "{where}: {problem}.", where=where, problem=problem)
    else:
        msg = M(
            "routing.variant_problem",
            "{where} (variant {variant!r}): {problem}.",
            where=where,
            variant=variant,
            problem=problem,
        )
    return InvalidInputError(
        msg,
        hint=hint
        or M("routing.problem.hint", "See docs/serving.md (Routing policies) for the fields a policy file takes."),
    )


def _at(where: str, variant: str | None):
    """``fail(problem, hint=None)``: the refusals of one field (of one variant)."""
    return lambda problem, hint=None: _fail(where, problem, hint, variant=variant)


def load_policy(path: Path) -> list[ServedName]:
    """Read and check a policy file. Raises ``InvalidInputError`` naming the file and field."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(
            M(
                "routing.cannot_read",
                "Cannot read the routing policy {path}: {reason}.",
                path=str(path),
                reason=str(exc.strerror or exc),
            ),
            hint=M("routing.cannot_read.hint", "Check the path."),
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise InvalidInputError(
            M("routing.not_toml", "{path} is not valid TOML: {error}.", path=str(path), error=str(exc)),
            hint=M("routing.not_toml.hint", "Fix the file; docs/serving.md has an example."),
        ) from exc
    except RecursionError:
        data = None
    if data is None or nesting.depth(data, MAX_DEPTH) > MAX_DEPTH:  # the same refusal whatever the recursion limit
        raise InvalidInputError(
            M(
                "routing.too_deep",
                "{path} is not a routing policy: its values are nested too deeply to read.",
                path=str(path),
            ),
            hint=M("routing.too_deep.hint", "A policy is a list of [[models]] tables; docs/serving.md has an example."),
        ) from None
    models = data.get("models")
    if not isinstance(models, list) or not models:
        raise _fail(str(path), M("routing.no_models", "it declares no [[models]]"))
    unknown_top = set(data) - {"models"}
    if unknown_top:
        raise _fail(
            str(path), M("routing.unknown_fields", "unknown field(s) {fields}", fields=", ".join(sorted(unknown_top)))
        )
    out, names = [], set()
    for i, m in enumerate(models):
        where = f"{path}: models[{i}]"
        if not isinstance(m, dict):
            raise _fail(where, M("routing.not_a_table", "must be a table"))
        extra = set(m) - MODEL_KEYS
        if extra:
            raise _fail(
                where, M("routing.unknown_fields", "unknown field(s) {fields}", fields=", ".join(sorted(extra)))
            )
        name = m.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _fail(where, M("routing.model_needs_name", 'needs a name (what clients put in "model")'))
        if name in names:
            raise _fail(where, M("routing.name_twice", "the name {name!r} is declared twice", name=name))
        names.add(name)
        budget = m.get("latency_budget_ms")
        if budget is not None and not _positive_number(budget):
            raise _fail(
                f"{where}.latency_budget_ms", M("routing.bad_budget", "must be a positive number of milliseconds")
            )
        variants = m.get("variants")
        if not isinstance(variants, list) or not variants:
            raise _fail(where, M("routing.no_variants", "{name!r} needs at least one [[models.variants]]", name=name))
        vs = [_variant(f"{where}.variants[{j}]", v) for j, v in enumerate(variants)]
        if len({v.name for v in vs}) != len(vs):
            raise _fail(where, M("routing.variant_name_twice", "two variants share a name"))
        out.append(ServedName(name, vs, float(budget) if budget else None))
    return out


def _positive_number(x) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x) and x > 0


def _variant(where: str, v) -> Variant:
    if not isinstance(v, dict):
        raise _fail(where, M("routing.not_a_table", "must be a table"))
    extra = set(v) - VARIANT_KEYS
    if extra:
        raise _fail(where, M("routing.unknown_fields", "unknown field(s) {fields}", fields=", ".join(sorted(extra))))
    if not isinstance(v.get("name"), str) or not v["name"].strip():
        raise _fail(where, M("routing.variant_needs_name", "needs a name"))
    label = v["name"]  # each refusal below names the variant
    if bool(v.get("export")) == bool(v.get("url")):
        raise _fail(
            where,
            M("routing.export_or_url", "needs exactly one of export (a local export) or url (another appliance)"),
            variant=label,
        )
    for key in ("export", "url", "token_file", "ca_file", "remote_model"):
        if key in v and not isinstance(v[key], str):
            raise _fail(f"{where}.{key}", M("routing.not_a_string", "must be a string"), variant=label)
    if v.get("url"):
        _check_url(f"{where}.url", v["url"], variant=label)
        if not v.get("token_file"):
            raise _fail(
                where,
                M(
                    "routing.remote_needs_token",
                    "a remote variant needs token_file (the other appliance's bearer token)",
                ),
                variant=label,
            )
        read_token_file(f"{where}.token_file", v["token_file"], variant=label)
    elif v.get("token_file") or v.get("ca_file"):
        raise _fail(
            where,
            M(
                "routing.local_with_remote_files",
                "token_file and ca_file are for a remote variant (one with url), not a local export",
            ),
            variant=label,
        )
    if v.get("ca_file"):
        _check_ca_file(f"{where}.ca_file", v["ca_file"], variant=label)
    for key in ("max_prompt_chars", "min_prompt_chars", "max_in_flight", "slots"):
        if key in v and (
            not isinstance(v[key], int) or isinstance(v[key], bool) or v[key] < (1 if key != "min_prompt_chars" else 0)
        ):
            raise _fail(
                f"{where}.{key}", M("routing.not_positive_whole", "must be a positive whole number"), variant=label
            )
    if "slots" in v and v["slots"] > 64:
        raise _fail(f"{where}.slots", M("routing.too_many_slots", "at most 64"), variant=label)
    if "gpu_layers" in v and (
        not isinstance(v["gpu_layers"], int) or isinstance(v["gpu_layers"], bool) or v["gpu_layers"] < -1
    ):
        raise _fail(
            f"{where}.gpu_layers",
            M("routing.bad_gpu_layers", "must be -1 (all), 0 (none) or a number of layers"),
            variant=label,
        )
    if "share" in v and (
        not isinstance(v["share"], int | float) or isinstance(v["share"], bool) or not 0 <= v["share"] <= 1e6
    ):
        raise _fail(f"{where}.share", M("routing.bad_share", "must be a number of 0 or more"), variant=label)
    if "scripts" in v:
        v = dict(v, scripts=_check_scripts(f"{where}.scripts", v["scripts"], variant=label))
    return Variant(**v)


def _check_url(where: str, url: str, *, variant: str | None = None) -> None:
    """A remote appliance's API: https:// (http:// only to this machine), a host, a valid port,
    and no credentials (the token goes in token_file, never in a URL that logs and headers show)."""
    from urllib.parse import urlsplit

    from appliance.offline import is_loopback_host

    fail = _at(where, variant)
    if not url.startswith(("https://", "http://")):
        raise fail(M("routing.url_scheme", "{url!r} must start with https://", url=url))
    import httpx

    try:
        u = urlsplit(url)
        port = u.port
        httpx.URL(url)  # what will reach it
    except (ValueError, httpx.InvalidURL) as exc:
        raise fail(
            M("routing.bad_url", "{url!r} is not a valid URL ({error})", url=url, error=str(exc)),
            M("routing.bad_url.hint", "Write it as https://HOST:PORT/v1 (an IPv6 host in [brackets])."),
        ) from None
    if u.username is not None or u.password is not None:
        raise fail(
            M("routing.url_credentials", "holds credentials (user:password@); a URL is shown in logs and headers"),
            M(
                "routing.url_credentials.hint",
                "Remove them from the URL and put the other appliance's bearer token in a file named by token_file.",
            ),
        )
    host = u.hostname or ""
    if not host or any(ch.isspace() for ch in host):
        raise fail(
            M("routing.url_no_host", "{url!r} names no host", url=url),
            M("routing.url_no_host.hint", "Write it as https://HOST:PORT/v1."),
        )
    if port == 0:
        raise fail(
            M("routing.url_port_zero", "{url!r} has port 0", url=url),
            M("routing.url_port_zero.hint", "Give the port the other appliance listens on (default 8765)."),
        )
    if u.scheme == "http" and not is_loopback_host(host):
        raise fail(
            M("routing.http_not_local", "{host} is not on this machine, so it must be reached over https://", host=host)
        )


def read_token_file(where: str, name: str, *, variant: str | None = None) -> str:
    """The bearer token in ``name`` (its first line, stripped). Raises ``InvalidInputError``
    naming ``where`` (the policy file and field) and ``variant``."""
    p, fail = Path(name), _at(where, variant)
    hint = M(
        "routing.token_file.hint",
        "Put the other appliance's token (`appliance token` on that machine prints it) in that file.",
    )
    data = _read_small(fail, p, M("routing.token_file", "token file"), 4096, hint)
    try:
        token = data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise fail(
            M("routing.token_not_text", "the token file {path} is not text (UTF-8)", path=str(p)), hint
        ) from None
    if not token:
        raise fail(M("routing.token_empty", "the token file {path} is empty", path=str(p)), hint)
    if any(ch.isspace() or not ch.isprintable() for ch in token):
        raise fail(
            M(
                "routing.token_not_one",
                "the token file {path} holds more than one token (or control characters)",
                path=str(p),
            ),
            hint,
        )
    return token


def _check_ca_file(where: str, name: str, *, variant: str | None = None) -> None:
    """``ca_file`` must hold at least one PEM certificate (what TLS verification will load)."""
    from cryptography import x509

    p, fail = Path(name), _at(where, variant)
    hint = M(
        "routing.ca_file.hint",
        "Give the PEM file of the certificate authority that signed the other appliance's certificate.",
    )
    data = _read_small(fail, p, M("routing.ca_file", "CA file"), 4 << 20, hint)
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        certs = []
    if not certs:
        raise fail(
            M("routing.no_pem", "{path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)", path=str(p)), hint
        )


def _read_small(fail, p: Path, what: Message, limit: int, hint: Message) -> bytes:
    """A regular file's bytes, at most ``limit`` of them (a device or a pipe is never read)."""
    try:
        if not p.exists():
            raise fail(M("routing.file_missing", "the {what} {path} does not exist", what=what, path=str(p)), hint)
        if not p.is_file():
            raise fail(M("routing.not_regular_file", "{path} is not a regular file", path=str(p)), hint)
        if p.stat().st_size > limit:
            raise fail(
                M(
                    "routing.file_too_large",
                    "the {what} {path} is over {limit} bytes, too large to be one",
                    what=what,
                    path=str(p),
                    limit=limit,
                ),
                hint,
            )
        with open(p, "rb") as f:
            return f.read(limit + 1)
    except OSError as exc:
        raise fail(
            M(
                "routing.file_unreadable",
                "the {what} {path} cannot be read: {reason}",
                what=what,
                path=str(p),
                reason=str(exc.strerror or exc),
            ),
            hint,
        ) from None
    except ValueError:  # a NUL in the name
        raise fail(M("routing.bad_file_name", "{path!r} is not a usable file name", path=str(p)), hint) from None


# ISO 15924 codes for the scripts the router tells apart (``dominant_script`` names them by the
# first word of each letter's Unicode name: Han for CJK ideographs, Japanese for kana).
ISO_15924 = {
    "latn": "Latin", "cyrl": "Cyrillic", "grek": "Greek", "armn": "Armenian", "geor": "Georgian",
    "hebr": "Hebrew", "arab": "Arabic", "syrc": "Syriac", "thaa": "Thaana", "deva": "Devanagari",
    "beng": "Bengali", "guru": "Gurmukhi", "gujr": "Gujarati", "orya": "Oriya", "taml": "Tamil",
    "telu": "Telugu", "knda": "Kannada", "mlym": "Malayalam", "sinh": "Sinhala", "thai": "Thai",
    "laoo": "Lao", "tibt": "Tibetan", "mymr": "Myanmar", "khmr": "Khmer", "ethi": "Ethiopic",
    "hani": "Han", "hans": "Han", "hant": "Han", "hira": "Japanese", "kana": "Japanese",
    "hrkt": "Japanese", "jpan": "Japanese", "hang": "Hangul", "kore": "Hangul", "mong": "Mongolian",
    "cher": "Cherokee", "copt": "Coptic", "goth": "Gothic", "runr": "Runic", "ogam": "Ogham",
    "tfng": "Tifinagh", "vaii": "Vai", "yiii": "Yi", "nkoo": "Nko", "olck": "Ol", "cans": "Canadian",
}  # fmt: skip
_SCRIPT_WORDS = {"CJK": "Han", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Hangul"}


@functools.cache
def known_scripts() -> frozenset[str]:
    """Every script name ``dominant_script`` can give (from this Python's Unicode tables)."""
    names = set()
    for cp in range(0x110000):
        ch = chr(cp)
        if ch.isalpha() and (name := unicodedata.name(ch, "")):
            word = name.split(" ", 1)[0]
            names.add(_SCRIPT_WORDS.get(word, word).capitalize())
    return frozenset(names)


def _check_scripts(where: str, scripts, *, variant: str | None = None) -> list[str]:
    if not isinstance(scripts, list) or not scripts or not all(isinstance(x, str) and x.strip() for x in scripts):
        raise _fail(
            where,
            M("routing.bad_scripts", 'must be a list of Unicode script names, e.g. ["Latin", "Devanagari"]'),
            variant=variant,
        )
    out = []
    for x in scripts:
        name = ISO_15924.get(x.strip().lower()) or x.strip().capitalize()
        if name not in known_scripts():
            raise _fail(
                where,
                M(
                    "routing.unknown_script",
                    "{script!r} is not a Unicode script, so no prompt could ever match it",
                    script=x,
                ),
                M(
                    "routing.unknown_script.hint",
                    "Give script names as the router counts them (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, "
                    "Bengali, Tamil, Telugu, Kannada, Malayalam, Gujarati, Gurmukhi, Thai, Han, Japanese, Hangul…) or "
                    "ISO 15924 codes (Latn, Deva, Taml, Arab, Hani…).",
                ),
                variant=variant,
            )
        if name not in out:
            out.append(name)
    return out


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
