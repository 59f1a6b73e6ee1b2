"""What governance costs: the role check every audited action makes, and the verifier's check of
approvals, each beside the same work without it.

    .venv/bin/python bench/governance.py [--actions 300] [--approvals 200]

1. Audited actions (each one record, fsync'd, as every command's change is) in a workspace
   without people (no role check) and in one with people (the acting person's role read from the
   catalog before each action): per-action time, both, and the ratio.
2. The auditor's verification of a log whose records include N approval requests, decisions
   (Ed25519-signed) and uses, with the approvals check and without it (``verify_approvals``
   skipped): the time and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("APPLIANCE_TEST_KDF", "1")  # weak Argon2id: the bench measures actions, not unlocking

PASS = "a benchmark passphrase"


def _workspace(root: Path):
    from appliance import workspace
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault

    home = Home.open(root)
    cat = Catalog.open(home)
    workspace.init(Vault(cat), PASS).forget()
    return home, cat


def _check_alone(cat, n: int) -> float:
    """The role check by itself (what every action adds in a workspace with people)."""
    from appliance.audit import roles

    t = time.perf_counter()
    for _ in range(n):
        roles.check(cat, "bench.event")
    return (time.perf_counter() - t) / n


def bench_actions(n: int) -> dict:
    from appliance.audit import people, roles
    from appliance.audit.actions import action

    with tempfile.TemporaryDirectory() as d:
        _, plain = _workspace(Path(d) / "a")
        _, gov = _workspace(Path(d) / "b")
        admin = people.init(gov, PASS, "alice")
        times = {"without people": [], "with people": []}
        for i in range(n + 20):  # interleaved, so that the disk's moods fall on both alike
            for label, cat in (("without people", plain), ("with people", gov)):
                roles.set_person(admin.person if cat is gov else None)
                t = time.perf_counter()
                with action(cat, "bench.event", params={"i": i}):
                    pass
                if i >= 20:  # the first 20: warm-up
                    times[label].append(time.perf_counter() - t)
        out = {k: statistics.median(v) for k, v in times.items()}
        out["check"] = _check_alone(gov, n)
        roles.set_person(None)
        plain.close()
        gov.close()
    return out


def bench_verify(n: int) -> dict:
    from appliance.audit import approval_docs as docs
    from appliance.audit import people, roles, verify_approvals
    from appliance.audit.log import AuditLog

    with tempfile.TemporaryDirectory() as d:
        _, cat = _workspace(Path(d) / "v")
        alice = people.init(cat, PASS, "alice")
        people.add(cat, alice, "bob", "approver", PASS + " bob")
        bob = people.People(cat).open("bob", PASS + " bob")
        roles.set_person(None)
        log = AuditLog(cat)
        base = {"actor": {"user": "x"}, "outcome": "ok", "objects": [], "inputs": {}, "params": None}
        for i in range(n):
            req = {
                "type": docs.REQUEST_TYPE,
                "id": f"apr-{i:08d}",
                "workspace_id": "ws",
                "action": "dataset.export",
                "binding": {"dataset": "d", "version": i},
                "summary": "s",
                "requested_by": {"id": alice.person["id"], "name": "alice", "role": "admin"},
                "requested_at": "2026-12-07T00:00:00Z",
                "expires_at": "2026-12-10T00:00:00Z",
            }
            dec = docs.sign(
                docs.make_decision(
                    req,
                    {"id": bob.person["id"], "name": "bob", "role": "approver"},
                    "approve",
                    "",
                    "2026-12-07T01:00:00Z",
                ),
                bob.signing,
            )
            use = {"id": req["id"], "action": req["action"], "binding_sha256": docs.digest(req["binding"])}
            use.update(request_sha256=docs.digest(req), decision_sha256=docs.digest(dec))
            t = "2026-12-07T02:00:00Z"
            log.append(base | {"time": t, "action": "approval.request", "outputs": {"request": req}})
            log.append(base | {"time": t, "action": "approval.decide", "outputs": {"decision": dec}})
            log.append(base | {"time": t, "action": "dataset.export", "outputs": {"approval": use}})
        log.promote_head()
        private = log.audit_private_key(alice.mk)
        out = {"records": log.require()["size"]}
        t = time.perf_counter()
        res = log.verify(audit_private=private)
        out["with the approvals check"] = time.perf_counter() - t
        assert res.ok, res.summary()
        t = time.perf_counter()
        verify_approvals.check(res.decrypted)
        out["the approvals check alone"] = time.perf_counter() - t
        out["without it"] = out["with the approvals check"] - out["the approvals check alone"]
        cat.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--actions", type=int, default=300)
    ap.add_argument("--approvals", type=int, default=200)
    a = ap.parse_args()
    acts = bench_actions(a.actions)
    ratio = acts["with people"] / acts["without people"]
    print(
        f"audited action, median of {a.actions}: without people {acts['without people'] * 1e3:.2f} ms, "
        f"with people (role check) {acts['with people'] * 1e3:.2f} ms, ratio {ratio:.2f}x; "
        f"the role check alone {acts['check'] * 1e6:.0f} µs"
    )
    v = bench_verify(a.approvals)
    print(
        f"verify {v['records']} records ({a.approvals} approvals requested, signed and used): "
        f"{v['with the approvals check']:.2f} s with the approvals check, {v['without it']:.2f} s without, "
        f"ratio {v['with the approvals check'] / v['without it']:.2f}x "
        f"({v['the approvals check alone'] / a.approvals * 1e3:.2f} ms per approval)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
