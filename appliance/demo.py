"""``make demo``: the appliance's main job on the built-in model, as the commands a user types.

Each step prints the ``appliance`` command it runs and then runs it (in this process), so the
demo doubles as a walkthrough. It works in its own home (``APPLIANCE_HOME``, the Makefile uses
``.demo-home``) and is quick to re-run: an existing verified q8_0 export is reused.
"""

from __future__ import annotations

import os
import sys
import time

from appliance.cli import main as cli_main

QUESTIONS = [
    "Name the largest ocean on Earth.",
    "Explain in one sentence what a passport is.",
    "Give me three tips for writing a clear email.",
]
MODEL = "smollm2-135m-instruct"


def step(title: str, *argv: str) -> None:
    print(f"\n\033[1m== {title}\033[0m\n$ appliance {' '.join(_quote(a) for a in argv)}", flush=True)
    code = cli_main(list(argv))
    if code != 0:
        print(f"demo: `appliance {argv[0]}` failed with exit code {code}", file=sys.stderr)
        raise SystemExit(code)


def _quote(arg: str) -> str:
    return f'"{arg}"' if " " in arg else arg


def _existing_export() -> str | None:
    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open()) as cat:
        model = cat.find_model(MODEL)
        if model is None:
            return None
        done = [e for e in cat.list_exports(model["id"]) if e["quant"] == "q8_0" and e["status"] == "verified"]
        return done[-1]["id"] if done else None


DEMO_PASSPHRASE = "demo passphrase - NOT SECRET - for the demo workspace only"


def _passphrase_file() -> str:
    """The demo workspace's passphrase, in a file next to the demo home (it is not a secret)."""
    from appliance.home import resolve_home

    path = resolve_home().with_name(resolve_home().name + ".passphrase")
    if not path.exists():
        path.write_text(DEMO_PASSPHRASE + "\n")
    return str(path)


def _initialised() -> bool:
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault

    with Catalog.open(Home.open()) as cat:
        return Vault(cat).initialised


def main() -> int:
    started = time.perf_counter()
    print(f"Appliance home for the demo: {os.environ.get('APPLIANCE_HOME', '(default)')}")
    pfile = _passphrase_file()
    if not _initialised():
        print(f"\n\033[1;33mDEMO WORKSPACE: its passphrase is {DEMO_PASSPHRASE!r}, kept in {pfile}. "
              "It protects nothing; never use it for real data.\033[0m")
        step("0. Create the workspace keys and the audit log (demo passphrase)", "--passphrase-file", pfile, "init")
    step("1. What this machine has, and that the appliance is offline", "doctor")
    step("2. The built-in base model (unpacked to an HF-format copy on first use)", "models", "show", MODEL)
    existing = _existing_export()
    if existing:
        step("3. GGUF export (q8_0) already made and verified; its report", "exports", "show", existing)
    else:
        step("3. Export to GGUF (q8_0) with llama.cpp's converter, then the verification gate",
             "export", MODEL, "--quant", "q8_0")
    for i, q in enumerate(QUESTIONS, 1):
        step(f"4.{i} The model answers through llama.cpp", "chat", MODEL, "--prompt", q,
             "--temperature", "0", "--max-tokens", "80")
    step("5. Verify the audit log of everything above", "audit", "verify")
    print(f"\nDemo finished in {time.perf_counter() - started:.0f} s. Serve the model with "
          f"`appliance serve {MODEL}` (OpenAI API on http://127.0.0.1:8765/v1).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
