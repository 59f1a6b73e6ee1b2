"""Encrypted datasets: imported once, sealed at once, decrypted in memory only.

An import validates the whole file first (``formats.parse``), refusing it with a full report
if any row has an error (unless ``skip_invalid``), then reads it a second time and writes the
normalised rows straight into a sealed file under a fresh data key: plaintext never touches
the disk. A version's id is ``dsv-`` + HMAC-SHA256(workspace id key, name and content), so it
names the content without revealing it; re-importing identical content under a name is a no-op,
different content makes the next version. Each row goes to ``train`` or ``eval`` by a keyed
hash of its content (deterministic) unless the source row says which.

Removing a version destroys its data key first (crypto-erase): whatever copy of the ciphertext
survives can no longer be opened.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import statistics
from dataclasses import dataclass
from pathlib import Path

from appliance import faults, intents
from appliance.catalog import Catalog, utc_now
from appliance.data import control_text, formats, preference
from appliance.data import pii as personal_data
from appliance.errors import InvalidInputError
from appliance.events import CancelToken, EventSink, Progress, StageTimer, ignore
from appliance.fsutil import atomic_write_bytes, commit_path, ensure_free_space, remove_path, sha256_file
from appliance.home import Home
from appliance.messages import M, Message
from appliance.security import sealed
from appliance.security.vault import LockedError, Vault

ID_KEY_OBJECT = "workspace:dataset-ids"


def default_stats_tokenizer(home: Home, catalog: Catalog):
    """The built-in model's tokenizer (from its stored copy, or rebuilt from the packaged GGUF)."""
    from appliance.models import builtin
    from appliance.models.hf import load_tokenizer

    row = catalog.find_model(builtin.BUILTIN_NAME)
    if row is not None:
        return load_tokenizer(home.root / row["path"])
    import gguf

    from appliance.tokenizer.gguf import load_tokenizer_from_gguf

    path = builtin.builtin_gguf_path()
    return load_tokenizer_from_gguf(path, gguf.GGUFReader(path), model_max_length=8192)


def _special_tokens(tokenizer) -> list[str]:
    """The texts of ``tokenizer``'s special tokens (none without a tokenizer)."""
    if tokenizer is None:
        return []
    added = getattr(tokenizer, "added_tokens_decoder", None) or {}
    return [t.content for t in added.values() if t.special] + list(tokenizer.all_special_tokens)


def _token_stats(counts: list[int], max_tokens: int) -> dict:
    if not counts:
        return {}
    ordered = sorted(counts)
    return {
        "rows": len(counts),
        "total": sum(counts),
        "min": ordered[0],
        "max": ordered[-1],
        "mean": round(statistics.fmean(counts), 1),
        "p50": ordered[len(ordered) // 2],
        "p95": ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)],
        "over_max": sum(c > max_tokens for c in counts),
        "max_tokens": max_tokens,
    }


def _prompts_fit(tokenizer, prompts: list[tuple[int, str, str]], max_tokens: int, report) -> None:
    """A preference prompt as long as a whole row may be leaves no room for the answers the method
    learns from: an error naming its line."""
    ids = tokenizer([t for _, t, _ in prompts], add_special_tokens=False)["input_ids"]
    for (line_no, _, where), toks in zip(prompts, ids, strict=True):
        if len(toks) >= max_tokens:
            report.add(
                "error",
                M(
                    "dataset.pref.prompt_too_long",
                    "{n} tokens, as long as a whole row may be ({max}): no room is left for the answers "
                    "(shorten it, or import with a larger --max-tokens and train with a longer sequence_length)",
                    n=len(toks),
                    max=max_tokens,
                ),
                line_no,
                where,
            )


def _no_eval_reason(rows: int, eval_fraction: float) -> Message:
    """Why no row was held out for evaluation."""
    if eval_fraction == 0:
        return M("dataset.no_eval_rows.zero", "no rows are held out for evaluation (--eval-fraction is 0)")
    return M(
        "dataset.no_eval_rows",
        "no rows are held out for evaluation: the dataset has {rows}, and each is held out "
        "with probability {fraction:g} (--eval-fraction)",
        rows=formats.n_rows(rows),
        fraction=eval_fraction,
    )


def _import_what() -> Message:
    return M("dataset.import.what", "The import")


@dataclass(frozen=True)
class _ImportRequest:
    """What ``DatasetStore.import_file`` was asked to import, and how."""

    path: Path
    name: str
    fmt: str | None
    columns: dict | None
    eval_fraction: float
    skip_invalid: bool
    max_tokens: int
    text_rows: str = "paragraph"
    pii: str = "report"  # the personal-data policy (``personal_data.POLICIES``)


@dataclass(frozen=True)
class _SplitAssigner:
    """A row's split: the one its source row names, else ``eval`` for the share of rows whose keyed
    hash (of the canonical row) falls under ``threshold`` (in ten-thousandths), else ``train``."""

    mac: hmac.HMAC
    threshold: int

    def __call__(self, rec: dict, canon: bytes) -> str:
        if "split" in rec:
            return rec["split"]
        h = self.mac.copy()
        h.update(canon)
        return "eval" if int.from_bytes(h.digest()[:8], "big") % 10_000 < self.threshold else "train"


@dataclass
class _Validated:
    """What the validation pass learned of a file, for the sealing pass: its format, the report
    (errors, warnings, rows kept), rows per split, token counts, the version's keyed content id
    and how rows are split."""

    request: _ImportRequest
    kind: str
    report: formats.Report
    splits: dict[str, int]
    counts: list[int]
    version_id: str
    assign: _SplitAssigner
    preference: dict | None = None  # ``preference.Summary.to_dict()`` for preference and judgement data
    pii: dict | None = None  # ``personal_data.Scan.summary()`` and the policy


class DatasetStore:
    """Import, list, read, export and remove dataset versions. Raises ``ApplianceError``s."""

    def __init__(self, home: Home, catalog: Catalog, provider=None):
        self.home, self.catalog, self.provider = home, catalog, provider
        self.vault = Vault(catalog)

    def _need_keys(self):
        self.vault.require()
        if self.provider is None:
            raise LockedError(
                M("dataset.locked", "The workspace is locked."),
                hint=M("dataset.locked.hint", "Run `appliance unlock` (or pass --passphrase-file) and try again."),
            )
        return self.provider

    def _id_key(self, on_create=None) -> bytes:
        return self.vault.object_key(self._need_keys(), ID_KEY_OBJECT, "dataset-ids", on_create=on_create)

    # Queries ------------------------------------------------------------------------------
    def list(self, name: str | None = None) -> list[dict]:
        where, args = ("name = ?", [name]) if name else (None, None)
        return [
            self.catalog.decode(r)
            for r in self.catalog.db["datasets"].rows_where(where, args, order_by="name, version")
        ]

    def get(self, ref: str) -> dict:
        """``name`` (newest version), ``name@N``, an id or a unique id prefix."""
        db = self.catalog.db["datasets"]
        if "@" in ref:
            name, _, ver = ref.rpartition("@")
            if not ver.isdigit():
                raise InvalidInputError(
                    M("dataset.version_not_number", "{ref!r}: the version after '@' must be a number.", ref=ref),
                    hint=M(
                        "dataset.version_not_number.hint",
                        "For example kestrel-registry@2; `appliance datasets list` shows them.",
                    ),
                )
            rows = list(db.rows_where("name = ? AND version = ?", [name, int(ver)]))
        else:
            rows = list(db.rows_where("name = ?", [ref], order_by="version desc", limit=1))
        if not rows:
            return self.catalog.resolve("datasets", ref, "dataset", name_column=None)
        return self.catalog.decode(rows[0])

    # Import -------------------------------------------------------------------------------
    def import_file(
        self,
        path: Path,
        *,
        name: str,
        fmt: str | None = None,
        columns: dict | None = None,
        eval_fraction: float = 0.1,
        skip_invalid: bool = False,
        max_tokens: int = 2048,
        tokenizer=None,
        text_rows: str = "paragraph",
        pii: str = "report",
        on_event: EventSink = ignore,
        cancel: CancelToken | None = None,
    ) -> tuple[dict, formats.Report, bool]:
        """Returns ``(row, report, created)``; ``created`` is False when nothing changed; ``row["pii"]``
        is this import's personal-data summary. ``text_rows``: what one row of a text file is
        (``paragraph``, or ``line``). ``pii``: ``report`` personal data, ``mask`` it before sealing,
        or ``refuse`` the file (``InvalidInputError``) if it holds any (appliance/data/pii.py)."""
        from appliance.audit.actions import action

        with action(
            self.catalog,
            "dataset.import",
            params={
                "name": name,
                "format": fmt,
                "columns": columns,
                "eval_fraction": eval_fraction,
                "skip_invalid": skip_invalid,
                "max_tokens": max_tokens,
                "text_rows": text_rows,
                "pii": pii,
                "source_name": Path(path).name,
            },
        ) as act:
            cancel = cancel or CancelToken()
            args = (Path(path).expanduser(), name, fmt, columns, eval_fraction, skip_invalid, max_tokens, text_rows)
            request = _ImportRequest(*args, personal_data.check_policy(pii))
            checked = self._validate(request, tokenizer=tokenizer, act=act, on_event=on_event, cancel=cancel)
            existing = list(self.catalog.db["datasets"].rows_where("id = ?", [checked.version_id]))
            if existing:
                row, created = self.catalog.decode(existing[0]), False
            else:
                row, created = self._seal_version(checked, act=act, on_event=on_event, cancel=cancel), True
            report = checked.report
            act.add_object(row["id"])
            act.output(
                dataset_id=row["id"],
                version=row["version"],
                rows=row["rows"],
                sealed_sha256=row["sha256"],
                created=created,
                errors=report.n_errors,
                warnings=report.n_warnings,
            )
            return {**row, "pii": checked.pii}, report, created

    def _validate(
        self, request: _ImportRequest, *, tokenizer, act, on_event: EventSink, cancel: CancelToken
    ) -> _Validated:
        """Pass 1: read the whole file, validate every row, count tokens, assign splits and compute
        the keyed content id. Refuses the file (``ImportRefused``, with the full report) if a row
        has an error and ``skip_invalid`` is off; writes nothing."""
        from appliance.models.store import validate_name

        path, name, eval_fraction, max_tokens = request.path, request.name, request.eval_fraction, request.max_tokens
        validate_name(name, "Dataset")
        if not 0.0 <= eval_fraction < 1.0:
            raise InvalidInputError(
                M(
                    "dataset.eval_fraction_range",
                    "--eval-fraction {fraction} must be at least 0 and below 1.",
                    fraction=eval_fraction,
                ),
                hint=M(
                    "dataset.eval_fraction_range.hint", "For example --eval-fraction 0.1 holds out a tenth of the rows."
                ),
            )
        id_key = self._id_key(act.add_object)
        assign = _SplitAssigner(hmac.new(id_key, b"split\x00", hashlib.sha256), round(eval_fraction * 10_000))

        with StageTimer(on_event, "validate", M("dataset.progress.validating", "Validating {name}", name=path.name)):
            kind, report, records = formats.parse(path, request.fmt, request.columns, text_rows=request.text_rows)
            seen: dict[bytes, int] = {}
            mac = hmac.new(id_key, b"dataset\x00" + name.encode() + b"\x00" + kind.encode(), hashlib.sha256)
            counts: list[int] = []
            splits = {"train": 0, "eval": 0}
            pending: list[tuple[int, str]] = []
            summary = preference.Summary(kind) if kind in preference.KINDS else None
            prompts: list[tuple[int, str, str]] = []  # preference data: a prompt must leave room for its answers

            def count_tokens() -> None:
                # Batches: the fast tokenizer is many times quicker on a list than row by row.
                if tokenizer is None or not pending:
                    return
                from transformers.utils import logging as hf_logging

                verbosity = hf_logging.get_verbosity()
                hf_logging.set_verbosity_error()  # "sequence length is longer than…": our report says it
                try:
                    ids = tokenizer([text for _, text in pending], add_special_tokens=False)["input_ids"]
                finally:
                    hf_logging.set_verbosity(verbosity)
                if prompts:
                    _prompts_fit(tokenizer, prompts, max_tokens, report)
                    prompts.clear()
                for (line_no, _), toks in zip(pending, ids, strict=True):
                    counts.append(len(toks))
                    # Text rows are cut into sequence-length blocks for training, never truncated.
                    if len(toks) > max_tokens and kind != "text":
                        too_long = M(
                            "dataset.row_too_many_tokens",
                            "{n} tokens, more than {max}; training will truncate it",
                            n=len(toks),
                            max=max_tokens,
                        )
                        report.add("warning", too_long, line_no)
                pending.clear()

            find_literals = control_text.control_literal_finder(_special_tokens(tokenizer))
            scan = personal_data.Scan()
            for line, rec in records:
                if report.rows_read % 1000 == 0:
                    cancel.check(_import_what())
                    on_event(Progress("validate", message=M("dataset.progress.rows", "rows"), done=report.rows_read))
                rec = scan.record(line, rec, masking=request.pii == "mask")  # masked: as it will be sealed
                canon = formats.canonical(rec)
                digest = hashlib.sha256(canon).digest()
                if digest in seen:
                    report.add(
                        "warning",
                        M("dataset.duplicate_row", "exact duplicate of line {first}; kept once", first=seen[digest]),
                        line,
                    )
                    continue
                seen[digest] = line
                control_text.check_control_literals(rec, line, report, find_literals)
                if summary is not None:
                    summary.add(rec, line)
                if tokenizer is not None:
                    pending.append((line, formats.record_text(rec)))
                    if summary is not None:
                        prompts.append(
                            (line, preference.prompt_text(rec), "messages" if "messages" in rec else "prompt")
                        )
                    if len(pending) >= 512:
                        count_tokens()
                split = assign(rec, canon)
                splits[split] += 1
                mac.update(canon + b"\x00" + split.encode() + b"\n")
                report.rows_kept += 1
            count_tokens()
            if summary is not None:
                summary.finish(report)
        found = {**scan.summary(), "policy": request.pii}
        act.output(pii={"policy": request.pii, "counts": found["counts"]})  # counts only, never a value
        if report.n_errors and not request.skip_invalid:
            act.output(errors=report.n_errors, warnings=report.n_warnings)
            raise formats.ImportRefused(report)
        if report.n_errors:
            if report.n_errors == 1:
                skipped = M("dataset.skipped_invalid.one", "{n:,} invalid row was skipped (--skip-invalid)", n=1)
            else:
                skipped = M(
                    "dataset.skipped_invalid.many",
                    "{n:,} invalid rows were skipped (--skip-invalid)",
                    n=report.n_errors,
                )
            report.add("warning", skipped)
        if request.pii == "refuse" and scan.found:
            raise personal_data.refusal(found, path.name)
        if report.rows_kept == 0:
            raise InvalidInputError(
                M("dataset.no_usable_rows", "{path} has no usable rows.", path=str(path)),
                hint=M("dataset.no_usable_rows.hint", "Check the file's format and content."),
            )
        if splits["eval"] == 0:
            report.add("warning", _no_eval_reason(report.rows_kept, eval_fraction))
        elif splits["train"] == 0:  # a handful of rows, each held out by the draw: nothing to train on
            report.add(
                "warning",
                M(
                    "dataset.no_train_rows",
                    "every row is held out for evaluation: the dataset has {rows}, and each is held out "
                    "with probability {fraction:g} (--eval-fraction); a run on it has nothing to train on",
                    rows=formats.n_rows(report.rows_kept),
                    fraction=eval_fraction,
                ),
            )
        stats = summary.to_dict() if summary is not None else None
        return _Validated(request, kind, report, splits, counts, "dsv-" + mac.hexdigest()[:24], assign, stats, found)

    def _seal_version(self, checked: _Validated, *, act, on_event: EventSink, cancel: CancelToken) -> dict:
        """Pass 2: write the sealed file from a second read of the source, under a fresh data key,
        and record the version's row (with its key) in one transaction. Returns the row."""
        request, report, version_id = checked.request, checked.report, checked.version_id
        path, name = request.path, request.name
        versions = [r["version"] for r in self.catalog.db["datasets"].rows_where("name = ?", [name])]
        version = max(versions, default=0) + 1
        importing = M("dataset.importing_what", "importing {name}", name=path.name)
        ensure_free_space(self.home.tmp_dir, int(path.stat().st_size * 1.2) + (1 << 20), importing)

        key_row, dek = self.vault.prepare_data_key(self._need_keys(), version_id, "dataset")
        final = self.home.datasets_dir / f"{version_id}.sealed"
        with intents.intent(self.home, self.catalog, "dataset.import", version_id, [final]) as it:
            with self.home.staging("dataset") as stage:
                target = stage / final.name
                encrypting = M("dataset.progress.encrypting", "Encrypting {n} rows", n=report.rows_kept)
                with StageTimer(on_event, "seal", encrypting):
                    self._write_sealed(checked, target, dek, key_row["key_id"], cancel)
                commit_path(target, final)
            faults.point("dataset.import.committed")
            act.add_object(version_id)
            act.output(dataset_id=version_id, sealed_sha256=sha256_file(final))
            row = {
                "id": version_id,
                "name": name,
                "version": version,
                "format": checked.kind,
                "rows": report.rows_kept,
                "train_rows": checked.splits["train"],
                "eval_rows": checked.splits["eval"],
                "key_id": key_row["key_id"],
                "path": final.relative_to(self.home.root).as_posix(),
                "sha256": sha256_file(final),
                "size_bytes": final.stat().st_size,
                "stats": _token_stats(checked.counts, request.max_tokens),
                "warnings": report.messages(),
                "created_at": utc_now(),
                "pii": json.dumps(checked.pii, sort_keys=True),  # counts, lines, fields and kinds: never a value
                "meta": {
                    "warnings_message": [m.to_dict() for m in report.warning_messages()],
                    "source_name": path.name,
                    "eval_fraction": request.eval_fraction,
                    "skipped_invalid": report.n_errors,
                    "columns": request.columns,
                    "sealed_format": sealed.VERSION,
                    "preference": checked.preference,
                },
            }
            with self.catalog.atomic():
                self.vault.record_data_key(key_row)
                self.catalog.db["datasets"].insert(self.catalog.encode(row), pk="id")
                it.done()
        return self.get(version_id)

    @staticmethod
    def _write_sealed(checked: _Validated, target: Path, dek: bytes, key_id: str, cancel: CancelToken) -> None:
        """The sealed file: the validated rows read again, deduplicated, each with its split."""
        request = checked.request
        path = request.path
        _, _, records = formats.parse(
            path, request.fmt, request.columns, report=formats.Report(source=str(path)), text_rows=request.text_rows
        )
        written: set[bytes] = set()
        with open(target, "wb") as f, sealed.SealedWriter(f, dek, object_id=checked.version_id, key_id=key_id) as w:
            for i, (_line, rec) in enumerate(records):
                if i % 1000 == 0:
                    cancel.check(_import_what())
                if request.pii == "mask":
                    rec = personal_data.mask_record(rec)  # the sealed version never holds the values
                canon = formats.canonical(rec)
                digest = hashlib.sha256(canon).digest()
                if digest in written:
                    continue
                written.add(digest)
                out = {k: v for k, v in rec.items() if k != "split"}
                out["split"] = checked.assign(rec, canon)
                w.write(json.dumps(out, ensure_ascii=False).encode("utf-8") + b"\n")
            if len(written) != checked.report.rows_kept:
                raise InvalidInputError(
                    M("dataset.changed_during_import", "{path} changed while it was being imported.", path=str(path)),
                    hint=M("dataset.changed_during_import.hint", "Import it again once nothing else writes to it."),
                )

    # Reading ------------------------------------------------------------------------------
    def read_records(self, ref: str, split: str | None = None, *, purpose: str = "read") -> list[dict]:
        """Decrypt a version in memory (all-or-nothing) and return its rows. Recorded in the audit log."""
        from appliance.audit.actions import action

        row = self.get(ref)
        with action(self.catalog, "dataset.read", objects=[row["id"]], params={"purpose": purpose, "split": split}):
            return self._read(row, split)

    def _read(self, row: dict, split: str | None) -> list[dict]:
        dek = self.vault.data_key(self._need_keys(), row["key_id"], row["id"])
        path = self.home.root / row["path"]
        if not path.is_file() or sha256_file(path) != row["sha256"]:
            # Also a file sealed again under the same key: authentic ciphertext, but not this version's.
            raise sealed.IntegrityError(
                M(
                    "dataset.sealed_file_altered",
                    "The sealed file of dataset {name} version {version} ({path}) is missing or is not the "
                    "one recorded at import (its SHA-256 differs): it was replaced or altered.",
                    name=row["name"],
                    version=row["version"],
                    path=str(path),
                ),
                hint=M(
                    "dataset.sealed_file_altered.hint",
                    "Restore the home from a backup, or remove this version and import the data again.",
                ),
            )
        data = sealed.open_file(path, lambda _h: dek, expected_object_id=row["id"])
        # split("\n"), not splitlines(): a row's text may hold U+2028, U+0085 or a form feed (written raw)
        rows = [json.loads(line) for line in data.decode("utf-8").split("\n") if line]
        return [r for r in rows if split is None or r.get("split") == split]

    def export(self, ref: str, dest: Path) -> Path:
        """Explicit decryption to a plaintext JSONL file (0600), written atomically."""
        from appliance.audit import approvals
        from appliance.audit.actions import action

        row = self.get(ref)
        with action(self.catalog, "dataset.export", objects=[row["id"]], params={"to": str(dest)}) as act:
            binding = {"dataset": row["name"], "dataset_id": row["id"], "version": row["version"]}
            binding.update(sealed_sha256=row["sha256"], to=str(Path(dest).resolve()))
            summary = M(
                "approval.summary.dataset_export",
                "Export dataset {name} v{version} in plaintext to {to}",
                name=row["name"],
                version=row["version"],
                to=binding["to"],
            )
            approval = approvals.require(self.catalog, act, "dataset.export", binding, summary)
            if approval is not None:  # spent before a byte is written: a failed export asks again
                with self.catalog.atomic():
                    approvals.use(self.catalog, act, approval)
            path = self._export(row, dest)
            act.output(file_sha256=sha256_file(path))
            return path

    def _export(self, row: dict, dest: Path) -> Path:
        rows = self._read(row, None)
        dest = Path(dest).expanduser()
        if dest.exists():
            raise InvalidInputError(
                M("dataset.export_exists", "{path} already exists; refusing to overwrite it.", path=str(dest)),
                hint=M("dataset.export_exists.hint", "Choose another path."),
            )
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
        atomic_write_bytes(dest, body, mode=0o600)
        return dest

    def remove(self, ref: str) -> dict:
        """Crypto-erase a version: destroy its data key, then drop its row and file."""
        from appliance.audit.actions import action

        row = self.get(ref)
        with (
            action(self.catalog, "dataset.remove", objects=[row["id"]], inputs={"sealed_sha256": row["sha256"]}),
            self.catalog.atomic(),
        ):
            self.vault.destroy_data_keys(row["id"])
            self.catalog.db["datasets"].delete(row["id"])
        # A kill here leaves a file no row names and no key opens: the next command removes it
        # (appliance/system/recovery.py).
        faults.point("dataset.remove.row-deleted")
        remove_path(self.home.root / row["path"])
        return row
