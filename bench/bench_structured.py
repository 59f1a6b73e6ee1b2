"""Structured output: compact grammars (ours) against llama.cpp's own response_format path.

The built-in SmolLM2-135M (q8_0) served by our front; the same requests, interleaved, two ways:

- **ours**: through our API. Forced tool calls (``tool_choice`` named or ``required``) go the
  generic way, ``response_format`` json_schema / json_object as a compact ``grammar``
  (``serving/schema_grammar.py``: no whitespace between JSON tokens).
- **baseline**: the very same llama-server process asked directly with llama.cpp's own
  ``response_format`` (json_schema / json_object), i.e. llama.cpp's converter, whose grammar lets
  the model put spaces and newlines between tokens; tool calls as our front sent them before
  (same system prompt, the wrapper ``{"tool_calls": [...]}`` as a json_schema, the tool's schema
  nested as it is).

Success = HTTP 200, not cut by ``max_tokens``, valid JSON that matches the schema (``jsonschema``;
for a tool call, the name and the arguments against the tool's parameters). Also: completion
tokens per answer, and the cost of the constraint itself: each of a sample of our answers timed
against unconstrained generation of the same number of tokens (same prompt, ``ignore_eos``).

    python bench/bench_structured.py [--requests 200] [--max-tokens 120] [--latency-sample 40]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from common import header, open_home, verified_export

MODEL = "smollm2-135m-instruct"


def schemas() -> dict[str, dict]:
    from typing import Literal

    from pydantic import BaseModel, Field

    class Address(BaseModel):
        street: str = Field(max_length=30)
        city: str = Field(max_length=20)
        country: Literal["FR", "IT", "DE", "ES"]

    class Person(BaseModel):
        name: str = Field(max_length=30)
        age: int = Field(ge=0, le=120)
        address: Address
        email: str | None = None

    class Item(BaseModel):
        sku: str = Field(max_length=12)
        qty: int = Field(ge=1, le=99)

    class Order(BaseModel):
        customer: Person
        items: list[Item] = Field(min_length=1, max_length=3)
        priority: Literal["low", "normal", "high"] = "normal"

    return {
        "weather": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "maxLength": 30},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
        "search": {
            "type": "object",
            "properties": {
                "query": {"type": "string", "maxLength": 40},
                "tags": {"type": "array", "items": {"type": "string", "maxLength": 12}, "minItems": 1, "maxItems": 3},
                "limit": {"type": "integer", "minimum": 1, "maximum": 50},
                "exact": {"type": "boolean"},
            },
            "required": ["query", "tags"],
        },
        "person": Person.model_json_schema(),  # nested model: $defs / $ref
        "order": Order.model_json_schema(),  # two levels of $defs, an array of models
        "ticket": {
            "type": "object",
            "properties": {
                "severity": {"enum": ["low", "medium", "high", "critical"]},
                "component": {"enum": ["auth", "billing", "search", "ui"]},
                "summary": {"type": "string", "maxLength": 40},
                "assignee": {"anyOf": [{"type": "string", "maxLength": 20}, {"type": "null"}]},
            },
            "required": ["severity", "component", "summary"],
            "additionalProperties": False,
        },
    }


PROMPTS = {
    "weather": ["What's the weather in Paris?", "Is it cold in Oslo today, in fahrenheit?", "Weather for Rome please."],
    "search": ["Find articles about solar panels.", "Search the docs for 'rate limit', 5 results.", "Look up llamas."],
    "person": ["Alice Martin, 34, lives at 5 Rue Cler, Paris, France.", "Record: Bob Rossi, 51, Via Roma 3, Milan."],
    "order": ["Alice (34, 5 Rue Cler, Paris, FR) orders 2 x SKU-1 and 1 x SKU-9, urgent.", "Bob orders 3 pens."],
    "ticket": ["Login fails with a 500 for all users since noon.", "The search box is a bit slow on mobile."],
}


def requests(n: int) -> list[dict]:
    """``n`` varied requests: forced tool calls (named / required), json_schema, json_object."""
    sch = schemas()
    names = list(sch)
    out = []
    for i in range(n):
        name = names[i % len(names)]
        prompt = PROMPTS[name][(i // len(names)) % len(PROMPTS[name])]
        mode = ["named", "required", "json_schema", "json_object"][(i // len(names)) % 4]
        out.append({"i": i, "name": name, "schema": sch[name], "mode": mode, "prompt": prompt, "seed": i})
    return out


def tool_of(name, schema):
    return {"type": "function", "function": {"name": name, "description": f"Record a {name}.", "parameters": schema}}


def chat_body(req, max_tokens) -> dict:
    body = {
        "model": MODEL,
        "messages": [{"role": "user", "content": req["prompt"]}],
        "max_tokens": max_tokens,
        "temperature": 0.7,
        "seed": req["seed"],
    }
    if req["mode"] in ("named", "required"):
        other = tool_of("noop", {"type": "object", "properties": {}, "additionalProperties": False})
        body["tools"] = [tool_of(req["name"], req["schema"]), *([other] if req["mode"] == "required" else [])]
        body["tool_choice"] = (
            {"type": "function", "function": {"name": req["name"]}} if req["mode"] == "named" else "required"
        )
        body["parallel_tool_calls"] = False
    elif req["mode"] == "json_schema":
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": req["name"], "schema": req["schema"]}}
        body["messages"].insert(0, {"role": "system", "content": "Answer in JSON."})
    else:
        body["response_format"] = {"type": "json_object"}
        body["messages"].insert(0, {"role": "system", "content": "Answer in JSON."})
    return body


def old_wrapper(body) -> dict:
    """The wrapper schema our front sent llama.cpp before (tool schemas nested as they are)."""
    from appliance.serving import tools

    funcs = tools._functions(body)
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        funcs = [f for f in funcs if f["name"] == choice["function"]["name"]]
    calls = [
        {
            "type": "object",
            "properties": {"name": {"const": f["name"]}, "arguments": f.get("parameters") or {"type": "object"}},
            "required": ["name", "arguments"],
        }
        for f in funcs
    ]
    array = {"type": "array", "items": calls[0] if len(calls) == 1 else {"anyOf": calls}, "minItems": 1, "maxItems": 1}
    return {"type": "object", "properties": {"tool_calls": array}, "required": ["tool_calls"]}


def baseline_body(body) -> dict:
    """The same request as llama.cpp's own response_format path gets it."""
    from appliance.serving import tools

    if body.get("tools"):
        out = tools.rewrite_request(body)
        out.pop("grammar")
        out["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "tool_call", "schema": old_wrapper(body)},
        }
        return out
    return dict(body)


def free_body(body, tokens) -> dict:
    """The same prompt, without any constraint, generating exactly ``tokens`` tokens."""
    from appliance.serving import tools

    free = {
        k: v for k, v in body.items() if k not in ("tools", "tool_choice", "parallel_tool_calls", "response_format")
    }
    if body.get("tools"):  # the same prompt as the constrained request (the tools described)
        free["messages"] = tools.rewrite_request(body)["messages"]
    return dict(free, max_tokens=tokens, ignore_eos=True)


def check(req, status, data) -> tuple[bool, str, int]:
    """(success, why not, completion tokens)."""
    import jsonschema

    if status != 200:
        msg = (data or {}).get("error", {}).get("message", "") if isinstance(data, dict) else ""
        return False, f"HTTP {status}: {msg[:60]}", 0
    tokens = (data.get("usage") or {}).get("completion_tokens", 0)
    c = data["choices"][0]
    if c.get("finish_reason") == "length":
        return False, "cut by max_tokens", tokens
    msg = c["message"]
    try:
        if req["mode"] in ("named", "required"):
            calls = msg.get("tool_calls")
            if not calls:  # the baseline: the wrapper JSON is in content
                calls = [
                    {"function": {"name": x["name"], "arguments": json.dumps(x["arguments"])}}
                    for x in json.loads(msg.get("content") or "")["tool_calls"]
                ]
            for call in calls:
                if call["function"]["name"] == "noop":
                    continue
                if call["function"]["name"] != req["name"]:
                    return False, "wrong tool", tokens
                jsonschema.validate(json.loads(call["function"]["arguments"]), req["schema"])
        elif req["mode"] == "json_schema":
            jsonschema.validate(json.loads(msg["content"]), req["schema"])
        elif not isinstance(json.loads(msg["content"]), dict):
            return False, "not an object", tokens
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        return False, f"invalid JSON ({type(exc).__name__})", tokens
    except jsonschema.ValidationError:
        return False, "does not match the schema", tokens
    return True, "", tokens


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--max-tokens", type=int, default=120)
    ap.add_argument("--latency-sample", type=int, default=40)
    ap.add_argument("--quant", default="q8_0")
    args = ap.parse_args()
    header("Structured output: compact grammars (ours) vs llama.cpp's response_format (SmolLM2-135M)")
    import httpx

    from appliance.catalog import Catalog
    from appliance.serving.service import start_server, stop_server
    from appliance.serving.token import get_or_create_token

    home, catalog = open_home()
    token = get_or_create_token(home)
    export = verified_export(home, catalog, args.quant)
    with Catalog.open(home) as cat:
        serving = start_server(home, cat, [export["id"]], port=0, n_ctx=2048, slots=1)
    backend = serving.variants()[0].backend
    ours_url = f"http://127.0.0.1:{serving.port}/v1/chat/completions"
    raw_url = backend.base_url + "/v1/chat/completions"
    ours_h = {"Authorization": f"Bearer {token}"}
    results = {"ours (compact grammar)": [], "baseline (llama.cpp response_format)": []}
    why = {k: {} for k in results}
    by_mode = {k: {} for k in results}
    lat = []  # (ours s, free s, tokens, ours ms/token, free ms/token) for the latency sample
    t_start = time.perf_counter()
    try:
        with httpx.Client(timeout=600) as http:
            http.post(ours_url, json=chat_body(requests(1)[0], 8), headers=ours_h)  # warm up
            for req in requests(args.requests):
                body = chat_body(req, args.max_tokens)
                for label, url, b, h in (
                    ("ours (compact grammar)", ours_url, body, ours_h),
                    ("baseline (llama.cpp response_format)", raw_url, baseline_body(body), backend.headers),
                ):
                    t0 = time.perf_counter()
                    r = http.post(url, json=b, headers=h)
                    secs = time.perf_counter() - t0
                    try:
                        data = r.json()
                    except ValueError:
                        data = None
                    ok, reason, tokens = check(req, r.status_code, data)
                    results[label].append((ok, tokens, secs))
                    by_mode[label].setdefault(req["mode"], []).append(ok)
                    if not ok:
                        why[label][reason] = why[label].get(reason, 0) + 1
                    if label.startswith("ours") and ok and len(lat) < args.latency_sample and tokens > 4:
                        # The constraint's own cost, measured at once (a shared machine's load
                        # changes): the same prompt and length, unconstrained (ignore_eos).
                        free = free_body(body, tokens)
                        t0 = time.perf_counter()
                        rf = http.post(ours_url, json=free, headers=ours_h)
                        free_secs = time.perf_counter() - t0
                        fd = rf.json() if rf.status_code == 200 else {}
                        if (fd.get("usage") or {}).get("completion_tokens") == tokens:
                            lat.append(
                                (
                                    secs,
                                    free_secs,
                                    tokens,
                                    (data.get("timings") or {}).get("predicted_per_token_ms"),
                                    (fd.get("timings") or {}).get("predicted_per_token_ms"),
                                )
                            )
    finally:
        with Catalog.open(home) as cat:
            stop_server(cat, serving)
    n = args.requests
    print(
        f"{n} requests each way (max_tokens {args.max_tokens}, temperature 0.7), {time.perf_counter() - t_start:.0f} s"
    )
    rates = {}
    for label, rs in results.items():
        good = sum(ok for ok, _, _ in rs)
        rates[label] = good / len(rs)
        toks = [t for ok, t, _ in rs if ok]
        modes = ", ".join(f"{m} {sum(v)}/{len(v)}" for m, v in by_mode[label].items())
        print(f"  {label:<38} success {good}/{len(rs)} ({100 * good / len(rs):5.1f} %): {modes}")
        if toks:
            print(f"  {'':<38} completion tokens of the successes: median {statistics.median(toks):.0f}")
        if why[label]:
            print(f"  {'':<38} failures: " + ", ".join(f"{k} {v}" for k, v in sorted(why[label].items())))
    base = rates["baseline (llama.cpp response_format)"]
    ours = rates["ours (compact grammar)"]
    print(f"  success ratio ours / baseline: {ours / base:4.2f}" if base else "  baseline succeeded never")
    if lat:
        c = statistics.median(s / t for s, _, t, _, _ in lat)
        f = statistics.median(s / t for _, s, t, _, _ in lat)
        print(
            f"constraint cost, {len(lat)} of our answers each timed against unconstrained generation of the same "
            f"length: wall clock per token, median {1000 * c:.1f} ms constrained vs {1000 * f:.1f} ms free "
            f"(ratio {c / f:4.2f})"
        )
        dec = [(a, b) for _, _, _, a, b in lat if a and b]
        if dec:
            a, b = statistics.median(x for x, _ in dec), statistics.median(y for _, y in dec)
            print(
                f"  decode only (llama-server's timings): {a:.1f} ms/token constrained vs {b:.1f} free (ratio {a / b:4.2f})"
            )


if __name__ == "__main__":
    main()
