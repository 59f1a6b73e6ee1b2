"""The auditor's outputs: a readable HTML report, and the decrypted records as CSV and JSONL."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import stat
from collections import Counter
from pathlib import Path

from appliance.errors import PackageError
from appliance.messages import M, text


def matches(
    rec: dict,
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    action: str | None = None,
    obj: str | None = None,
    outcome: str | None = None,
) -> bool:
    t = str(rec.get("time") or "")
    if since and t < since:
        return False
    if until and t[: len(until)] > until:
        return False
    who = rec.get("actor") or {}
    if actor and actor not in (who.get("user"), who.get("role"), who.get("person"), who.get("person_id")):
        return False
    # Any part of the name: "unlock" finds workspace.unlock, "dataset." every dataset action
    # (issue 18, D10: a prefix match found nothing for "unlock").
    if action and action.lower() not in str(rec.get("action") or "").lower():
        return False
    if obj and not any(obj in str(o) for o in rec.get("objects") or []):
        return False
    if outcome and rec.get("outcome") != outcome:
        return False
    return True


def _flat(rec: dict) -> dict:
    a = rec.get("actor") or {}
    return {
        "seq": rec.get("seq"),
        "time": rec.get("time"),
        "user": a.get("user"),
        "person": a.get("person"),
        "role": a.get("role"),
        "action": rec.get("action"),
        "outcome": rec.get("outcome"),
        "objects": " ".join(map(str, rec.get("objects") or [])),
        "inputs": json.dumps(rec.get("inputs") or {}, sort_keys=True),
        "outputs": json.dumps(rec.get("outputs") or {}, sort_keys=True),
        "params": json.dumps(rec.get("params") or {}, sort_keys=True),
        "error": (rec.get("error") or {}).get("message", ""),
        "host_id": rec.get("host_id"),
        "app_version": rec.get("app_version"),
    }


REPORT_FILES = ("records.jsonl", "records.csv", "report.html")
FIELDS = [
    "seq",
    "time",
    "user",
    "role",
    "action",
    "outcome",
    "objects",
    "inputs",
    "outputs",
    "params",
    "error",
    "host_id",
    "app_version",
    "person",  # in a workspace with people (last, so that older readers of the CSV keep their columns)
]


def private_folder(out_dir: Path) -> bool:
    """Make sure ``out_dir`` is a folder only its owner can enter, for decrypted records: a new one
    is made with mode 0700; an existing one that others can enter is made private (0700) when it
    is the report's own (empty, or holding an earlier report only) and refused otherwise (a
    shared folder's permissions are not ours to change). Returns True when it was made private
    here. Raises ``PackageError`` naming the folder."""
    out_dir = Path(out_dir)
    try:
        if not out_dir.exists():
            out_dir.mkdir(parents=True, mode=0o700)
            os.chmod(out_dir, 0o700)  # whatever the umask
            return False
        if not out_dir.is_dir():
            raise PackageError(
                M("report.not_folder", "{path} is not a folder.", path=str(out_dir)),
                hint=M("report.not_folder.hint", "Give a new folder for the report (--out)."),
            )
        st = out_dir.stat()
        if st.st_uid != os.getuid():
            raise PackageError(
                M(
                    "report.other_owner",
                    "{path} belongs to another user: the decrypted records are not written there.",
                    path=str(out_dir),
                ),
                hint=M("report.other_owner.hint", "Give a new folder of your own for the report (--out)."),
            )
        if not st.st_mode & 0o077:
            return False
        others = sorted(p.name for p in out_dir.iterdir() if p.name not in REPORT_FILES)
        if others:
            raise PackageError(
                M(
                    "report.shared_folder",
                    "{path} can be read by other users (mode {mode:o}) and holds other files "
                    "({files}): the decrypted records are not written there.",
                    path=str(out_dir),
                    mode=stat.S_IMODE(st.st_mode),
                    files=", ".join(others[:3]) + (", …" if len(others) > 3 else ""),
                ),
                hint=M(
                    "report.shared_folder.hint",
                    "Give a new folder for the report (--out), or make this one private first (chmod 700 {path}).",
                    path=str(out_dir),
                ),
            )
        os.chmod(out_dir, 0o700)
        return True
    except OSError as exc:
        raise PackageError(
            M(
                "report.cannot_prepare",
                "Cannot prepare the report folder {path}: {reason}.",
                path=str(out_dir),
                reason=str(exc.strerror or exc),
            ),
            hint=M("report.cannot_prepare.hint", "Give a folder you can write to (--out)."),
        ) from exc


def write_outputs(
    out_dir: Path, *, result, selected: list[dict], manifest: dict, filters: dict, extra_findings: list
) -> dict:
    """Write ``records.jsonl``, ``records.csv`` and ``report.html`` (the decrypted records: mode
    0600, in a private folder, ``private_folder``). Returns ``{"ok", "records", "made_private"}``;
    raises ``PackageError`` when the folder cannot be used."""
    from appliance.errors import StorageError
    from appliance.fsutil import atomic_write_text

    out_dir = Path(out_dir)
    made_private = private_folder(out_dir)
    jsonl = "".join(json.dumps(r, sort_keys=True, ensure_ascii=False, default=str) + "\n" for r in selected)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FIELDS)
    w.writeheader()
    for r in selected:
        w.writerow(_flat(r))
    ok = result.ok and not extra_findings
    try:
        atomic_write_text(out_dir / "records.jsonl", jsonl, mode=0o600)
        atomic_write_text(out_dir / "records.csv", buf.getvalue(), mode=0o600)
        atomic_write_text(
            out_dir / "report.html", _html(ok, result, selected, manifest, filters, extra_findings), mode=0o600
        )
    except StorageError as exc:
        raise PackageError(exc.msg, hint=exc.hint_msg) from exc
    return {"ok": ok, "records": len(selected), "made_private": made_private}


def _html(ok: bool, result, selected, manifest, filters, extra) -> str:
    e = html.escape

    def t(v) -> str:  # a field of the manifest no signature covers: shown as text, whatever its type
        return e("" if v is None else str(v)[:200])

    # The report is an English document (lang="en"), whatever language the tool speaks.
    findings = [f.as_message().render("en") for f in result.findings] + [text(x, "en") for x in extra]
    verdict = (
        "<div class='ok'>PASS: the log is intact</div>"
        if ok
        else f"<div class='bad'>FAIL: tampering detected; {e(result.where_message().render('en'))}</div>"
    )
    by_action = Counter(r.get("action") for r in selected)
    by_outcome = Counter(r.get("outcome") for r in selected)
    times = [str(r.get("time") or "") for r in selected]
    rows = "\n".join(
        "<tr>"
        + "".join(
            f"<td>{e(str(v))}</td>"
            for v in (
                f["seq"],
                f["time"],
                f["user"],
                f["role"],
                f["action"],
                f["outcome"],
                f["objects"],
                f["outputs"] if f["outputs"] != "{}" else "",
                f["error"],
            )
        )
        + "</tr>"
        for f in map(_flat, selected)
    )
    active = ", ".join(f"{k} = {v}" for k, v in filters.items() if v) or "none"
    cp = result.latest_checkpoint
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Audit report {e(manifest.get("log_id", ""))}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
.ok, .bad {{ font-size: 1.6em; font-weight: bold; padding: .6em 1em; border-radius: 6px; }}
.ok {{ background: #e3f6e5; color: #145a1f; }} .bad {{ background: #fde4e4; color: #8a1010; }}
table {{ border-collapse: collapse; width: 100%; font-size: .85em; }}
th, td {{ border: 1px solid #ccc; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f2f2f2; }} dt {{ font-weight: bold; }} code {{ font-size: .9em; }}
</style></head><body>
<h1>Audit log verification report</h1>
{verdict}
<h2>Log</h2>
<dl>
<dt>Log id</dt><dd><code>{e(manifest.get("log_id", ""))}</code> (workspace <code>{t(manifest.get("workspace_id"))}</code>)</dd>
<dt>Exported</dt><dd>{t(manifest.get("exported_at"))} by {t((manifest.get("exported_by") or {}).get("user"))}</dd>
<dt>Records</dt><dd>{result.size}; Merkle root <code>{result.root.hex()}</code></dd>
<dt>Signed checkpoints verified</dt><dd>{result.checkpoints_ok}; newest at size {cp["size"] if cp else "—"}
 ({e(cp["time"]) if cp else ""}); records after it: {result.size - (cp["size"] if cp else 0)}</dd>
<dt>Filters</dt><dd>{e(active)}: {len(selected)} record(s) shown{(", " + e(min(times)) + " to " + e(max(times))) if times else ""}</dd>
</dl>
<h2>Findings</h2>
{"<ul>" + "".join(f"<li>{e(x)}</li>" for x in findings) + "</ul>" if findings else "<p>None.</p>"}
<h2>Summary</h2>
<p>By action: {e(", ".join(f"{k} {v}" for k, v in sorted(by_action.items(), key=lambda kv: str(kv[0]))))}</p>
<p>By outcome: {e(", ".join(f"{k} {v}" for k, v in sorted(by_outcome.items(), key=lambda kv: str(kv[0]))))}</p>
<h2>Records</h2>
<table><tr><th>seq</th><th>time (UTC)</th><th>user</th><th>role</th><th>action</th><th>outcome</th><th>objects</th>
<th>outputs</th><th>error</th></tr>
{rows}
</table>
</body></html>
"""
