"""``make demo-adapt``: a living model, on the built-in model, after ``make demo``.

The sample agency's line ``kestrel`` serves its production model with capture switched on. Its
users ask in English (the traffic the line was built for: drift checks stay quiet), then half of
their questions move to Hindi; users correct the answers they get to those with the right Hindi
answer through ``POST /v1/feedback``. A drift check every 25 requests finds the shift; an
operator accepts the corrections; the watch service (one pass: ``appliance watch --once``)
retrains the line incrementally from production's adapter with half of the rows replayed from
the line's earlier data, exports through the export gate, judges the candidate on the line's
suite through its gate, and promotes it. The audit log is verified at the end. Each appliance
step is a command run as its own process, printed first; the users' traffic is the demo's own
client (the real ``openai`` client and ``httpx``), against ``appliance serve`` on loopback.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time

from appliance.demos.loop import LINE, _passphrase_file, step
from appliance.demos.loop import main as supervised_demo
from appliance.samples import SAMPLES

CHECK_EVERY = 25
MAX_AFTER_SHIFT = 200
BASELINE = 150


def _serve(pfile: str) -> tuple[subprocess.Popen, int]:
    print(f"\n$ appliance --passphrase-file {pfile} serve {LINE}@production --port 0", flush=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "appliance", "--passphrase-file", pfile, "serve", f"{LINE}@production", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    for line in proc.stdout:
        print("  " + line.rstrip(), flush=True)
        m = re.search(r"http://127\.0\.0\.1:(\d+)/v1", line)
        if m:
            return proc, int(m.group(1))
    raise SystemExit("demo: the server did not start")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=120)


def _check(pfile: str) -> bool:
    """``appliance drift check`` as its own process; True when it alarms."""
    print(f"$ appliance drift check {LINE}", flush=True)
    got = subprocess.run(
        [sys.executable, "-m", "appliance", "--passphrase-file", pfile, "drift", "check", LINE, "--json"],
        capture_output=True,
        text=True,
    )
    if got.returncode != 0:
        print(got.stderr, file=sys.stderr)
        raise SystemExit(got.returncode)
    import json

    row = json.loads(got.stdout)
    said = ", ".join(
        f"{r['name']} p={r['p_value']:.2g}{' ALARM' if r['alarm'] else ''}"
        for r in row["result"]["results"]
        if r["ran"]
    )
    print(f"  window {row['n_window']} vs reference {row['n_reference']}: {said}", flush=True)
    return bool(row["alarm"])


def _captured() -> int:
    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open()) as cat:
        return cat.db["capture_items"].count


def main() -> int:
    import httpx
    import openai

    from appliance.adapt import traffic
    from appliance.home import Home
    from appliance.serving.token import get_or_create_token

    started = time.perf_counter()
    if supervised_demo() != 0:
        return 1
    pfile = _passphrase_file()
    P = ["--passphrase-file", pfile]
    print("\n\033[1m== A living model: capture, drift, review, retrain through the gate\033[0m", flush=True)
    if _captured():
        step(
            "A0. Start from no captured traffic: crypto-erase what an earlier run captured",
            *P,
            "capture",
            LINE,
            "--erase",
        )
    step(
        "A1. Switch capture on for the line (sealed, 30 days, audited)",
        *P,
        "capture",
        LINE,
        "--on",
        "--retention-days",
        "30",
    )
    step("A2. The line's adaptation policy", *P, "adapt", "policy", LINE, str(SAMPLES / "kestrel_adapt.policy.toml"))
    proc, port = _serve(pfile)
    token = get_or_create_token(Home.open())
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key=token, max_retries=0, timeout=300)
    stream = traffic.shift("hindi", BASELINE, MAX_AFTER_SHIFT, seed=7)
    detected_after, corrected, alarm_at = None, 0, None
    try:

        def ask(o) -> str:
            r = client.chat.completions.create(
                model=f"{LINE}@production",
                messages=[{"role": "user", "content": o.prompt}],
                max_tokens=32,
                temperature=0,
            )
            return r.id

        print(f"\n== A3. {BASELINE} English questions from the agency's users (the traffic the line was built for)")
        for o in stream[:BASELINE]:
            ask(o)
        false_alarm = _check(pfile)
        print("  (no drift: as expected)" if not false_alarm else "  (an alarm on unshifted traffic: a false alarm)")
        print("\n== A4. Half of the questions move to Hindi; users correct the answers (POST /v1/feedback)")
        for i, o in enumerate(stream[BASELINE:], start=1):
            rid = ask(o)
            if traffic.script_of(o.prompt) == "Devanagari" and o.answer:
                fb = httpx.post(
                    f"http://127.0.0.1:{port}/v1/feedback",
                    json={"response_id": rid, "rating": -1, "correction": o.answer},
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=60,
                )
                fb.raise_for_status()
                corrected += 1
            if i % CHECK_EVERY == 0 and detected_after is None:
                print(f"  after {i} requests since the shift ({corrected} corrections so far):")
                if _check(pfile):
                    detected_after, alarm_at = i, time.perf_counter()
                    break
    finally:
        _stop(proc)
    if detected_after is None:
        print(f"demo: no drift alarm within {MAX_AFTER_SHIFT} requests after the shift", file=sys.stderr)
        return 1
    print(f"\nDrift detected {detected_after} requests after the shift.")
    step("A5. The captured items with feedback (no text)", "feedback", "list", LINE)
    step(
        "A6. The operator's review: accept the users' corrections", *P, "feedback", "review", LINE, "--accept-corrected"
    )
    step("A7. The watch service, one pass: drift alarm → retrain → export → gate → promotion", *P, "watch", "--once")
    step("A8. The adapt run", "adapt", "runs", LINE)
    step("A9. The line: its production model changed through the gate", "lines", "show", LINE)
    step("A10. Verify the audit log of everything above", "audit", "verify")
    took = time.perf_counter() - alarm_at
    print(
        f"\nAdaptation demo finished in {time.perf_counter() - started:.0f} s: drift detected {detected_after} requests "
        f"after the shift; from the alarm to the promoted candidate {took / 60:.1f} minutes (review included)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
