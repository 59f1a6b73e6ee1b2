"""Where suites and evaluations live: catalog rows, and sealed files for what holds text.

A suite version is its canonical JSON (``Suite.canonical``) sealed under its own data key in
``suites/<id>.sealed``: its cases may be sensitive, so they are encrypted at rest like a dataset.
Versions are content-addressed: importing the same cases under the same name again returns the
existing version. An evaluation's per-case results (the answers included) are sealed in
``evals/<id>.sealed`` as JSON lines; the catalog row keeps only counts (``summary``), so listing
and comparing pass rates needs no key. docs/formats/eval-suite.md specifies both.
"""

from __future__ import annotations

import json
from pathlib import Path

from appliance import intents
from appliance.audit.actions import action
from appliance.catalog import Catalog
from appliance.errors import InvalidInputError, LockedError, NotFoundError
from appliance.eval.suite import NAME_RE, Suite, load_suite, suite_from_canonical
from appliance.fsutil import atomic_write_bytes, sha256_file
from appliance.home import Home
from appliance.ids import new_id, utc_now
from appliance.messages import M
from appliance.security import sealed
from appliance.security.vault import Vault

_JSON = ("meta", "settings", "summary", "recipe", "dataset_ids", "suites", "gate", "verdict")


def decode(row: dict | None) -> dict | None:
    if row is None:
        return None
    out = dict(row)
    for k in _JSON:
        if isinstance(out.get(k), str):
            out[k] = json.loads(out[k])
    return out


def encode(row: dict) -> dict:
    return {
        k: (
            json.dumps(v, sort_keys=True, ensure_ascii=False)
            if k in _JSON and v is not None and not isinstance(v, str)
            else v
        )
        for k, v in row.items()
    }


def _dir(home: Home, name: str) -> Path:
    d = home.root / name
    d.mkdir(mode=0o700, exist_ok=True)
    return d


class SuiteStore:
    def __init__(self, home: Home, catalog: Catalog, keys=None):
        self.home, self.catalog, self.keys = home, catalog, keys
        self.vault = Vault(catalog)

    def _need_keys(self):
        if self.keys is None:
            raise LockedError(
                M("suite.locked", "Suites are encrypted: the workspace must be unlocked."),
                hint=M("suite.locked.hint", "Run `appliance unlock`."),
            )
        return self.keys

    def list(self, name: str | None = None) -> list[dict]:
        where, args = ("name = ?", [name]) if name else (None, [])
        rows = self.catalog.db["suites"].rows_where(where, args, order_by="name, version")
        return [decode(r) for r in rows]

    def find(self, ref: str) -> dict | None:
        try:
            return self.get(ref)
        except NotFoundError:
            return None

    def get(self, ref: str) -> dict:
        """A suite version: its id (or a unique prefix), ``name`` (the newest version) or ``name@N``."""
        db = self.catalog.db
        name, _, ver = ref.partition("@")
        if ver:
            rows = list(db["suites"].rows_where("name = ? AND version = ?", [name, int(ver) if ver.isdigit() else -1]))
        else:
            rows = list(db["suites"].rows_where("id = ?", [ref]))
            rows = rows or list(db["suites"].rows_where("name = ?", [ref], order_by="version DESC", limit=1))
            rows = rows or list(db["suites"].rows_where("id LIKE ?", [ref + "%"])) if len(ref) >= 6 else rows
        if len(rows) != 1:
            raise NotFoundError(
                M("suite.not_found", "No evaluation suite called {ref!r}.", ref=ref),
                hint=M(
                    "suite.not_found.hint",
                    "List them with `appliance suites list`, or import one with `appliance suites import FILE`.",
                ),
            )
        return decode(rows[0])

    def import_file(self, path: Path, *, name: str | None = None) -> dict:
        """Check and seal a suite file (``suite.import``). Returns its version row (an existing one
        when the same name already holds exactly these cases)."""
        suite = load_suite(Path(path))
        if name:
            if not NAME_RE.fullmatch(name):
                raise InvalidInputError(
                    M(
                        "suite.bad_name",
                        "The suite name {name!r} must be 1-64 letters, digits, '.', '_' or '-'.",
                        name=name,
                    ),
                    hint=M("suite.bad_name.hint", "Pick another name."),
                )
            suite = Suite(**{**suite.__dict__, "name": name})
        return self.import_suite(suite, source=Path(path).name)

    def import_suite(self, suite: Suite, *, source: str = "") -> dict:
        same = [r for r in self.list(suite.name) if r["sha256"] == suite.sha256]
        if same:
            return same[-1]
        keys = self._need_keys()
        sid = new_id("sv")
        with action(self.catalog, "suite.import", objects=[sid], params={"name": suite.name, "source": source}) as act:
            version = max((r["version"] for r in self.list(suite.name)), default=0) + 1
            key_row, dek = self.vault.prepare_data_key(keys, sid, "suite")
            final = _dir(self.home, "suites") / f"{sid}.sealed"
            with intents.intent(self.home, self.catalog, "suite.import", sid, [final]) as it:
                atomic_write_bytes(
                    final, sealed.seal_bytes(suite.canonical(), dek, object_id=sid, key_id=key_row["key_id"])
                )
                row = {
                    "id": sid,
                    "name": suite.name,
                    "version": version,
                    "sha256": suite.sha256,
                    "path": final.relative_to(self.home.root).as_posix(),
                    "key_id": key_row["key_id"],
                    "cases": len(suite.cases),
                    "meta": {
                        "description": suite.description,
                        "slices": suite.slices(),
                        "scorers": suite.scorer_counts(),
                        "judge": suite.judge.get("model", ""),
                        "source": source,
                        "sealed_sha256": sha256_file(final),
                    },
                    "created_at": utc_now(),
                }
                with self.catalog.atomic():
                    self.vault.record_data_key(key_row)
                    self.catalog.db["suites"].insert(encode(row), pk="id")
                    it.done()
            act.output(suite_id=sid, sha256=suite.sha256, version=version)
        return self.get(sid)

    def load(self, row: dict) -> Suite:
        """Decrypt a suite version in memory."""
        dek = self.vault.data_key(self._need_keys(), row["key_id"], row["id"])
        path = self.home.root / row["path"]
        if not path.is_file() or sha256_file(path) != row["meta"]["sealed_sha256"]:
            raise sealed.IntegrityError(
                M(
                    "suite.sealed_altered",
                    "The sealed file of suite {name} version {version} ({path}) is missing or altered.",
                    name=row["name"],
                    version=row["version"],
                    path=str(path),
                ),
                hint=M("suite.sealed_altered.hint", "Import the suite again from its file."),
            )
        suite = suite_from_canonical(sealed.open_file(path, lambda _h: dek, expected_object_id=row["id"]), str(path))
        if suite.sha256 != row["sha256"]:
            raise sealed.IntegrityError(
                M("suite.hash_mismatch", "Suite {id} does not hash to its recorded SHA-256.", id=row["id"]),
                hint=M("suite.hash_mismatch.hint", "Import it again."),
            )
        return suite

    @staticmethod
    def is_file_ref(ref: str) -> bool:
        """Whether ``ref`` names a suite file rather than a registered suite."""
        p = Path(ref)
        return p.suffix.lower() in (".toml", ".jsonl") and (p.is_file() or "/" in ref)

    def resolve(self, ref: str) -> dict:
        """A registered suite, or a suite file (imported first: a path ends in .toml or .jsonl)."""
        return self.import_file(Path(ref)) if self.is_file_ref(ref) else self.get(ref)


def _status(row: dict) -> dict:
    """A ``running`` evaluation whose process is gone reads ``interrupted`` (resumable)."""
    from appliance.procs import owner_alive

    if row["status"] == "running" and not owner_alive((row.get("meta") or {}).get("owner")):
        row["status"] = "interrupted"
    return row


class EvalStore:
    def __init__(self, home: Home, catalog: Catalog, keys=None):
        self.home, self.catalog, self.keys = home, catalog, keys
        self.vault = Vault(catalog)

    def get(self, ref: str) -> dict:
        rows = list(self.catalog.db["evaluations"].rows_where("id = ?", [ref]))
        if not rows and len(ref) >= 6:
            rows = list(self.catalog.db["evaluations"].rows_where("id LIKE ?", [ref + "%"]))
        if len(rows) != 1:
            raise NotFoundError(
                M("eval.not_found", "No evaluation {ref!r}.", ref=ref),
                hint=M("eval.not_found.hint", "List them with `appliance evals list`."),
            )
        return _status(decode(rows[0]))

    def list(self, *, model_id: str | None = None, suite_id: str | None = None) -> list[dict]:
        clauses, args = [], []
        if model_id:
            clauses.append("model_id = ?")
            args.append(model_id)
        if suite_id:
            clauses.append("suite_id = ?")
            args.append(suite_id)
        rows = self.catalog.db["evaluations"].rows_where(" AND ".join(clauses) or None, args, order_by="created_at")
        return [_status(decode(r)) for r in rows]

    def latest(self, model_id: str, suite_id: str, target: str = "gguf") -> dict | None:
        """The newest completed evaluation of the model on the suite version; for ``gguf``, only
        one of the model's newest verified export (what ``serve`` would load now)."""
        done = [
            e
            for e in self.list(model_id=model_id, suite_id=suite_id)
            if e["status"] == "completed" and e["target"] == target
        ]
        if target == "gguf":
            verified = [e["id"] for e in self.catalog.list_exports(model_id) if e["status"] == "verified"]
            done = [e for e in done if verified and e["export_id"] == verified[-1]]
        return done[-1] if done else None

    def path(self, row: dict) -> Path:
        return _dir(self.home, "evals") / f"{row['id']}.sealed"

    def write_results(self, row: dict, results: dict[str, dict]) -> None:
        """Seal the results so far (atomically replacing the previous file)."""
        dek = self.vault.data_key(self.keys, row["key_id"], row["id"])
        body = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in results.values())
        atomic_write_bytes(
            self.path(row), sealed.seal_bytes(body.encode(), dek, object_id=row["id"], key_id=row["key_id"])
        )

    def read_results(self, row: dict) -> dict[str, dict]:
        """The sealed per-case results of an evaluation (answers included), by case id."""
        if not row.get("key_id"):
            return {}
        path = self.path(row)
        if not path.is_file():
            return {}
        if self.keys is None:
            raise LockedError(
                M("eval.locked", "Evaluation answers are encrypted: unlock the workspace."),
                hint=M("suite.locked.hint", "Run `appliance unlock`."),
            )
        dek = self.vault.data_key(self.keys, row["key_id"], row["id"])
        data = sealed.open_file(path, lambda _h: dek, expected_object_id=row["id"])
        out = {}
        for line in data.decode("utf-8").split("\n"):  # not splitlines(): an answer may hold U+2028 or \x0c
            if line:
                r = json.loads(line)
                out[r["case"]] = r
        return out

    def check_comparable(self, rows: list[dict]) -> None:
        suites = {r.get("suite_id") for r in rows}
        if len(suites) != 1 or None in suites:
            raise InvalidInputError(
                M(
                    "eval.different_suites",
                    "Evaluations can be compared only on the same suite version: these used {suites}.",
                    suites=", ".join(sorted(str(s) for s in suites)),
                ),
                hint=M(
                    "eval.different_suites.hint",
                    "Evaluate every model on one suite version (`appliance eval MODEL --suite NAME@N`).",
                ),
            )
        unfinished = [r["id"] for r in rows if r["status"] != "completed"]
        if unfinished:
            ids = ", ".join(unfinished)
            if len(unfinished) > 1:
                message = M("eval.not_completed_many", "Evaluations {ids} did not complete.", ids=ids)
            else:
                message = M("eval.not_completed", "Evaluation {ids} did not complete.", ids=ids)
            raise InvalidInputError(
                message, hint=M("eval.not_completed.hint", "Resume with `appliance eval --resume ID`.")
            )
