"""Finishing what a killed process left behind, at the start of the next command.

A process can die at any instruction (``kill -9``, a crash in native code, power loss). Every
long operation records its intent in the catalog first and names its owner process, so the next
appliance command that opens the catalog can tell work in progress from work abandoned: an export
left ``pending`` by a dead process is marked ``failed`` with the stage it reached, and files under
``exports/`` that no catalog row knows are removed (each an audited action). Staging folders of
dead processes are swept by ``Home.open`` itself.

The check costs one query and one directory listing when nothing is wrong.
"""

from __future__ import annotations


def needs_recovery(home, catalog) -> bool:
    if not catalog.db["exports"].exists():
        return False
    if catalog.db["exports"].count_where("status = ?", ["pending"]):
        return True
    known = {r["id"] for r in catalog.db.query("select id from exports")}
    return any(entry.name not in known for entry in home.exports_dir.iterdir()) if home.exports_dir.is_dir() else False


def recover(home, catalog) -> list[str]:
    """Close abandoned work; returns one sentence per thing it closed (for the user to read)."""
    from appliance.audit.log import AuditLog

    if not needs_recovery(home, catalog) or not AuditLog(catalog).available:
        return []
    from appliance.serving.export import Exporter

    return [f"Export {row['id']} ({row['quant']}) was {row['error']}; it is marked failed and its files are removed."
            for row in Exporter(home, catalog).recover_interrupted()]
