"""``make demo-governance``: separation of duties on a copy of the demo workspace (docs/governance.md).

The demo workspace (made first when missing: its keys and the built-in model's verified q8_0
export, as ``make demo-docs`` makes them) is copied, so the other demos keep their single
passphrase; on the copy:

1. the passphrase holder becomes admin ``alice``; ``bob`` (approver) and ``olga`` (operator) are
   added, each with their own passphrase;
2. olga tries to make herself admin: refused (23) and recorded;
3. olga makes a line (the built-in model, the registry data, its suite, a gate) and asks for the
   built-in model's export on its production: the gate passes and the promotion waits (24) for a
   second person; bob approves in the appliance with his own key; olga's second
   try promotes;
4. olga asks for a plaintext export of the registry dataset: it waits; the request goes out as a
   file, bob signs it offline with his key file (``appliance-audit approve``), the signed file
   comes back in, and the export goes through;
5. a file with personal data is imported with ``--pii mask``; a retention rule is set and what it
   would erase is shown;
6. the export's model card; the audit log is verified, approvals included.

Every step is an ``appliance`` command run as its own process, printed first; the demo checks the
exit codes itself and says PASS or FAIL.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from appliance.demos.loop import BASE, _passphrase_file, step
from appliance.samples import SAMPLES

DATASET = "kestrel-registry"
GOV_LINE = "kestrel-governed"
PEOPLE = {
    "bob": ("approver", "bob's demo passphrase - not secret"),
    "olga": ("operator", "olga's demo passphrase - not secret"),
}
PERSONAL = [
    {"prompt": "Whom do I write to?", "completion": "Write to registry.desk@kestrel.example or call +91 98765 43210."},
    {"prompt": "My Aadhaar is 2345 6789 0124, is that needed?", "completion": "No, the registry does not need it."},
    {"prompt": "Opening hours?", "completion": "Nine to five on working days."},
]


def _run(argv: list[str]) -> subprocess.CompletedProcess:
    print(f"\n$ appliance {' '.join(a if ' ' not in a else repr(a) for a in argv)}", flush=True)
    return subprocess.run([sys.executable, "-m", "appliance", *argv], capture_output=True, text=True)


def _request_id(proc: subprocess.CompletedProcess) -> str:
    print(proc.stdout + proc.stderr, end="")
    if proc.returncode != 24:
        raise SystemExit(f"demo: expected exit code 24 (a second person's approval), got {proc.returncode}")
    return proc.stderr.split("request ")[1].split(" ")[0]


def _copy(src: Path, dest: Path) -> None:
    from appliance.security import agent

    agent.stop(dest)
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("*.sock", "*.lock"))


def _prepare(pfile: str) -> None:
    """The demo workspace's keys and the built-in model's verified q8_0 export (as demo-docs makes them)."""
    from appliance.demos.documents import _state

    st = _state()
    if not st["initialised"]:
        step("0. Create the demo workspace's keys and the audit log", "--passphrase-file", pfile, "init")
    if not st["export"]:
        step(f"0. Export {BASE} to GGUF (q8_0) through the verification gate", "export", BASE, "--quant", "q8_0")


def main() -> int:
    from appliance.home import resolve_home
    from appliance.offline import install_network_guard

    install_network_guard()
    pfile = _passphrase_file()
    _prepare(pfile)
    source = resolve_home()
    home = source.with_name(source.name + "-governance")
    _copy(source, home)
    os.environ["APPLIANCE_HOME"] = str(home)
    print(f"Governance demo on a copy of the demo workspace: {home}")
    files = home.with_name(home.name + ".files")
    files.mkdir(exist_ok=True)
    secrets = {"alice": pfile}
    for name, (_, secret) in PEOPLE.items():
        secrets[name] = str(files / f"{name}.pass")
        Path(secrets[name]).write_text(secret + "\n")

    def as_(who: str) -> list[str]:
        return ["--as", who, "--passphrase-file", secrets[who]]

    step("1. The passphrase holder becomes admin alice", "--passphrase-file", pfile, "people", "init", "alice")
    for name, (role, _) in PEOPLE.items():
        step(
            f"   {name} joins as {role}, with their own passphrase",
            *as_("alice"),
            "people",
            "add",
            name,
            "--role",
            role,
            "--new-passphrase-file",
            secrets[name],
        )
    step("   Who is who", "people", "list")
    step("2. olga (operator) tries to make herself admin", *as_("olga"), "people", "role", "olga", "admin", expect=23)

    recipe, gate = files / "recipe.toml", files / "gate.toml"
    recipe.write_text(f'[run]\nbase_model = "{BASE}"\ndatasets = ["{DATASET}"]\n')
    gate.write_text("[gate]\nmin_pass_rate = 0.0\n")
    if not _has_dataset():
        step(
            "3. olga imports the registry's training data",
            *as_("olga"),
            "datasets",
            "import",
            str(SAMPLES / "kestrel_registry.jsonl"),
            "--name",
            DATASET,
        )
    suite = str(SAMPLES / "kestrel_registry.suite.toml")
    step(
        "3. olga makes a governed line: recipe, suite and gate",
        *as_("olga"),
        "lines",
        "create",
        GOV_LINE,
        "--recipe",
        str(recipe),
        "--suite",
        suite,
        "--gate",
        str(gate),
    )
    request = _request_id(_run([*as_("olga"), "promote", GOV_LINE, BASE]))
    step("   olga may not approve her own request", *as_("olga"), "approvals", "approve", request, expect=23)
    step("   bob reads what the request is bound to", *as_("bob"), "approvals", "show", request)
    step(
        "   and approves it with his own key",
        *as_("bob"),
        "approvals",
        "approve",
        request,
        "--note",
        "gate report read",
    )
    step("   olga promotes again: the approval is used, once", *as_("olga"), "promote", GOV_LINE, BASE)

    plain = files / "registry-plain.jsonl"
    plain.unlink(missing_ok=True)
    request = _request_id(_run([*as_("olga"), "datasets", "export", DATASET, "--to", str(plain), "--yes"]))
    req_file, key_file, decision = files / "request.json", files / "bob.key", files / "decision.json"
    for f in (key_file, decision):
        f.unlink(missing_ok=True)
    step("4. The request goes out as a file", *as_("olga"), "approvals", "request", request, "-o", str(req_file))
    step(
        "   bob takes his key (it still opens only with his passphrase)",
        *as_("bob"),
        "people",
        "key-file",
        "bob",
        "-o",
        str(key_file),
    )
    argv = ["approve", str(req_file), "--key", str(key_file), "-o", str(decision), "--passphrase-file", secrets["bob"]]
    print(f"\n$ appliance-audit {' '.join(argv)}", flush=True)
    subprocess.run([sys.executable, "-m", "appliance.cli.auditor", *argv], check=True)
    step("   the signed decision comes back in", *as_("olga"), "approvals", "import", str(decision))
    step("   and the export goes through", *as_("olga"), "datasets", "export", DATASET, "--to", str(plain), "--yes")

    personal = files / "contacts.jsonl"
    personal.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in PERSONAL))
    step(
        "5. A file with personal data, masked before it is sealed",
        *as_("olga"),
        "datasets",
        "import",
        str(personal),
        "--name",
        "contacts",
        "--pii",
        "mask",
    )
    step(
        "   a retention rule (admin): contacts kept 30 days",
        *as_("alice"),
        "retention",
        "set",
        "datasets",
        "contacts",
        "30",
    )
    step("   the rules, and what is due", *as_("alice"), "retention", "show")
    step("6. The model card of the promoted export", *as_("olga"), "exports", "card", _export_of(BASE))
    step("   The audit log, approvals included, verified", *as_("alice"), "audit", "verify", "--decrypt")
    print(f"\ndemo-governance: PASS (the workspace copy: {home})")
    return 0


def _has_dataset() -> bool:
    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open()) as cat:
        return bool(cat.db["datasets"].count_where("name = ?", [DATASET]))


def _export_of(model_name: str) -> str:
    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open()) as cat:
        model = cat.find_model(model_name)
        return [e for e in cat.list_exports(model["id"]) if e["status"] == "verified" and e["quant"] == "q8_0"][-1][
            "id"
        ]


if __name__ == "__main__":
    sys.exit(main())
