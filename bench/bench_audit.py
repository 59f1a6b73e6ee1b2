"""Audit log: append rate against a plain SQLite insert, and verifying 100,000 records.

1. Appends: ``AuditLog.append`` (encrypt to the audit public key, chain, Merkle frontier, one
   durable transaction each) against the baseline, a plain unencrypted ``INSERT`` of the same
   JSON record into a SQLite table in its own transaction with the same durability (WAL,
   synchronous=FULL). Interleaved batches; ratio = our appends/s / baseline inserts/s.
2. Verification of a 100,000-record log (built in large transactions for speed): the structural
   check anyone can run (numbering, chain, leaf hashes, every signed checkpoint's root) and the
   auditor's full check (plus decrypting every record).

    python bench/bench_audit.py [--appends 1000] [--records 100000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

from common import header

from appliance import workspace


def make_workspace(root: Path):
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.security.vault import Vault

    home = Home.open(root)
    cat = Catalog.open(home)
    mk = workspace.init(Vault(cat), "benchmark passphrase!")
    return home, cat, mk


RECORD = {
    "action": "bench.append",
    "outcome": "ok",
    "objects": ["dsv-0123456789abcdef01234567"],
    "params": {"name": "faq", "eval_fraction": 0.1},
    "actor": {"user": "bench", "role": "operator"},
}


def appends(n: int) -> None:
    from appliance.audit.log import AuditLog

    with tempfile.TemporaryDirectory() as tmp:
        home, cat, _ = make_workspace(Path(tmp) / "home")
        log = AuditLog(cat)
        base = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        base.execute("PRAGMA journal_mode=WAL")
        base.execute("PRAGMA synchronous=FULL")
        base.execute("CREATE TABLE r (seq INTEGER PRIMARY KEY, body TEXT)")
        ours = plain = 0.0
        for _batch in range(10):
            t = time.perf_counter()
            for i in range(n // 10):
                log.append({**RECORD, "i": i})
            ours += time.perf_counter() - t
            t = time.perf_counter()
            for i in range(n // 10):
                base.execute("BEGIN IMMEDIATE")
                base.execute("INSERT INTO r (body) VALUES (?)", [json.dumps({**RECORD, "i": i})])
                base.execute("COMMIT")
            plain += time.perf_counter() - t
        print(
            f"  audit append {n / ours:8.0f} /s | plain SQLite insert {n / plain:8.0f} /s | ratio {plain / ours:4.2f} "
            f"(both durable: WAL, synchronous=FULL, one transaction each)",
            flush=True,
        )


def verification(n: int) -> None:
    from appliance.audit.log import AuditLog
    from appliance.audit.verify import verify

    with tempfile.TemporaryDirectory() as tmp:
        home, cat, mk = make_workspace(Path(tmp) / "home")
        log = AuditLog(cat)
        t = time.perf_counter()
        done = log.require()["size"]
        while done < n:
            with cat.transaction():
                for _ in range(min(1000, n - done)):
                    log.append_in_transaction({**RECORD, "i": done})
                    done += 1
        build = time.perf_counter() - t
        st = log.require()
        t = time.perf_counter()
        res = verify(st["log_id"], log.iter_rows(), log.checkpoints(), st["signing_public"])
        structural = time.perf_counter() - t
        assert res.ok and res.size == n, res.summary()
        priv = log.audit_private_key(mk)
        t = time.perf_counter()
        res = verify(st["log_id"], log.iter_rows(), log.checkpoints(), st["signing_public"], audit_private=priv)
        full = time.perf_counter() - t
        assert res.ok and len(res.decrypted) == n
        print(
            f"  {n} records (built in {build:.1f} s, {len(log.checkpoints())} checkpoints): structural verification "
            f"{structural:.2f} s | with decryption of every record {full:.2f} s ({n / full:.0f} records/s)",
            flush=True,
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--appends", type=int, default=1000)
    ap.add_argument("--records", type=int, default=100_000)
    args = ap.parse_args()
    header("Audit log appends against plain SQLite inserts")
    appends(args.appends)
    header(f"Audit log verification of {args.records} records")
    verification(args.records)


if __name__ == "__main__":
    main()
