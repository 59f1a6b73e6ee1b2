"""The frozen application's one entry point (``build.spec``): it dispatches on how it was called.

In the frozen build ``sys.executable`` is the application itself, so everything the appliance
starts as ``sys.executable -m MODULE …`` (the converter, quantizer and gate workers, the
session agent, the demo's steps) and the GUI's job processes (``multiprocessing`` spawn) come
back here:

    appliance -m MODULE ARGS…      run MODULE as __main__ (what ``python -m`` does)
    appliance-gui [ARGS]           the desktop application (also: appliance gui)
    appliance-audit ARGS           the auditor's verifier   (also: appliance audit-tool …)
    appliance-bundle ARGS          the offline installer    (also: appliance bundle …)
    appliance ARGS                 the CLI
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys
from pathlib import Path

TOOLS = {"appliance-gui": "gui", "appliance-audit": "audit-tool", "appliance-bundle": "bundle"}


def main() -> None:
    multiprocessing.freeze_support()  # a spawned GUI job process runs its target and exits here
    argv = sys.argv
    if len(argv) >= 3 and argv[1] == "-m":
        sys.argv = [argv[2], *argv[3:]]
        runpy.run_module(argv[2], run_name="__main__", alter_sys=True)
        return
    name = Path(argv[0]).name
    tool = TOOLS.get(name)
    args = argv[1:]
    if tool is None and args and args[0] in TOOLS.values():
        tool, args = args[0], args[1:]
    sys.argv = [name, *args]
    if tool == "gui":
        from gui.app import run

        run()
    elif tool == "audit-tool":
        from appliance.cli.auditor import main as audit_main

        sys.exit(audit_main())
    elif tool == "bundle":
        from appliance.cli.bundle import main as bundle_main

        sys.exit(bundle_main(args))
    else:
        from appliance.cli import run

        run()


if __name__ == "__main__":
    main()
