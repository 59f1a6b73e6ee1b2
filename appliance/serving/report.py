"""``appliance serve-report``: what each variant served, how fast, at what cost, and how good.

Read from ``<home>/logs/server.log`` (one JSON line per request, and one ``backend`` line per
backend when the server stops, with the CPU seconds its process used). Cost is CPU seconds per
1,000 generated tokens (a GPU variant's line says GPU: its CPU seconds are mostly the feeding
thread); quality is the export's verification gate (top-1 agreement with the reference model on
the gate's prompts), the one measure every export has.
"""

from __future__ import annotations

import json
from pathlib import Path


def _pct(xs: list[float], p: float) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def read_log(path: Path, since: str | None = None) -> tuple[list[dict], list[dict]]:
    requests, backends = [], []
    if not path.is_file():
        return requests, backends
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError:
                continue
            if since and str(e.get("time", "")) < since:
                continue
            (backends if e.get("kind") == "backend" else requests).append(e)
    return requests, backends


def build_report(home, catalog, *, since: str | None = None) -> dict:
    requests, backends = read_log(home.logs_dir / "server.log", since)
    rows: dict[tuple, dict] = {}
    for e in requests:
        key = (e.get("model") or "?", e.get("variant") or "-")
        r = rows.setdefault(
            key,
            {
                "model": key[0],
                "variant": key[1],
                "export": e.get("export"),
                "requests": 0,
                "failures": 0,
                "latency": [],
                "ttft": [],
                "tps": [],
                "completion_tokens": 0,
                "prompt_tokens": 0,
                "cpu_seconds": 0.0,
                "gpu": False,
                "routes": {},
            },
        )
        r["requests"] += 1
        if int(e.get("status") or 0) >= 400:
            r["failures"] += 1
            continue
        u = e.get("usage") or {}
        r["completion_tokens"] += int(u.get("completion_tokens") or 0)
        r["prompt_tokens"] += int(u.get("prompt_tokens") or 0)
        if e.get("seconds") is not None:
            r["latency"].append(float(e["seconds"]))
        if e.get("ttft") is not None:
            r["ttft"].append(float(e["ttft"]))
            gen = float(e.get("seconds") or 0) - float(e["ttft"])
            n = int(u.get("completion_tokens") or 0)
            if gen > 0 and n > 1:
                r["tps"].append((n - 1) / gen)
        why = (e.get("route") or "").split(";")[0]
        r["routes"][why] = r["routes"].get(why, 0) + 1
    for b in backends:
        key = (b.get("model") or "?", b.get("variant") or "-")
        if key in rows:
            rows[key]["cpu_seconds"] += float(b.get("cpu_seconds") or 0)
            rows[key]["gpu"] = rows[key]["gpu"] or bool(b.get("gpu_layers"))
    out = []
    for r in rows.values():
        quality = None
        if r["export"]:
            try:
                gate = catalog.get_export(r["export"]).get("gate") or {}
                if isinstance(gate, str):
                    gate = json.loads(gate)
                top1 = (gate.get("logits") or {}).get("top1")
                quality = round(float(top1), 4) if top1 is not None else None
            except Exception:  # noqa: BLE001 - an export removed since: no quality figure
                quality = None
        tokens = r["completion_tokens"]
        out.append(
            {
                "model": r["model"],
                "variant": r["variant"],
                "export": r["export"],
                "requests": r["requests"],
                "failures": r["failures"],
                "completion_tokens": tokens,
                "prompt_tokens": r["prompt_tokens"],
                "latency_p50_s": _pct(r["latency"], 50),
                "latency_p95_s": _pct(r["latency"], 95),
                "ttft_p50_s": _pct(r["ttft"], 50),
                "ttft_p95_s": _pct(r["ttft"], 95),
                "tokens_per_s_p50": round(_pct(r["tps"], 50), 1) if r["tps"] else None,
                "cpu_s_per_1k_tokens": round(r["cpu_seconds"] / tokens * 1000, 2)
                if tokens and r["cpu_seconds"]
                else None,
                "device": "GPU" if r["gpu"] else "CPU",
                "gate_top1": quality,
                "routes": r["routes"],
            }
        )
    out.sort(key=lambda x: (x["model"], x["variant"]))
    return {"since": since, "variants": out}


def render_report(rep: dict, console) -> None:
    from rich.table import Table

    if not rep["variants"]:
        console.print("No requests served yet (the server log is empty).")
        return
    t = Table(title="Serving, per variant" + (f" since {rep['since']}" if rep["since"] else ""))
    for col in (
        "model",
        "variant",
        "requests",
        "failed",
        "p50 / p95 s",
        "first token p50 / p95 s",
        "tok/s",
        "CPU s / 1k tok",
        "gate top-1",
    ):
        t.add_column(col)

    def f(x, nd=2):
        return "—" if x is None else f"{x:.{nd}f}"

    for v in rep["variants"]:
        t.add_row(
            v["model"],
            v["variant"],
            str(v["requests"]),
            str(v["failures"]),
            f"{f(v['latency_p50_s'])} / {f(v['latency_p95_s'])}",
            f"{f(v['ttft_p50_s'], 3)} / {f(v['ttft_p95_s'], 3)}",
            f(v["tokens_per_s_p50"], 1),
            f(v["cpu_s_per_1k_tokens"]) + (" (GPU)" if v["device"] == "GPU" else ""),
            f(v["gate_top1"], 3),
        )
    console.print(t)
