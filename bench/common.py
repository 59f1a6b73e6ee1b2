"""Shared helpers for the benchmarks: a bench home with the built-in model, timing, output."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_HOME = Path(os.environ.get("APPLIANCE_BENCH_HOME", ROOT / ".bench" / "home"))
os.environ["APPLIANCE_HOME"] = str(BENCH_HOME)

import appliance  # noqa: E402,F401  (offline switches before anything else)
from appliance import workspace  # noqa: E402

# The bench home's workspace passphrase: a benchmark fixture, not a secret (the home holds only
# the built-in model and its exports).
BENCH_PASSPHRASE = "benchmark workspace, not a secret"


def open_home():
    """The bench home, with a workspace (every change the appliance makes needs its audit log)."""
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault

    home = Home.open(BENCH_HOME)
    catalog = Catalog.open(home)
    vault = Vault(catalog)
    if not vault.initialised:
        workspace.init(vault, BENCH_PASSPHRASE).forget()
    return home, catalog


def builtin_model(home, catalog) -> dict:
    from appliance.models.store import ModelStore

    return ModelStore(home, catalog).ensure_builtin()


def verified_export(home, catalog, quant: str) -> dict:
    from appliance.export.pipeline import Exporter

    model = builtin_model(home, catalog)
    for e in catalog.list_exports(model["id"]):
        if e["quant"] == quant and e["status"] == "verified":
            return e
    return Exporter(home, catalog).export(model["name"], quant)[0]


def median(xs):
    return statistics.median(xs)


def header(title: str) -> None:
    print(f"\n=== {title}", flush=True)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} logical cores", flush=True)
