"""Catalog schema migrations, in order. Each runs once, in a transaction (sqlite-utils).

Names are ``mNNN_what``. Never edit a migration that has shipped: add the next one.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("appliance")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["models"].create(
        {
            "id": str,
            "name": str,
            "kind": str,  # builtin | imported | merged
            "architecture": str,  # HF architecture class, e.g. LlamaForCausalLM
            "model_type": str,  # llama | mistral | qwen2
            "source": str,  # where it came from (path, package)
            "source_sha256": str,  # digest of the file(s) it was imported from
            "path": str,  # relative to the home
            "sha256": str,  # digest of the stored files' manifest
            "files": str,  # JSON manifest {relpath: {sha256, size}}
            "size_bytes": int,
            "params": int,
            "dtype": str,
            "context_length": int,
            "created_at": str,
            "meta": str,  # JSON
        },
        pk="id",
        not_null={"name", "kind", "path", "sha256", "created_at"},
    )
    db["models"].create_index(["name"], unique=True)
    db["exports"].create(
        {
            "id": str,
            "model_id": str,
            "quant": str,
            "path": str,
            "sha256": str,
            "size_bytes": int,
            "status": str,  # pending | verified | failed (m006: "error" says why one never reached a verdict)
            "gate": str,  # JSON verification report
            "tool_versions": str,  # JSON: converter, gguf-py, llama.cpp runtime
            "created_at": str,
            "meta": str,
        },
        pk="id",
        not_null={"model_id", "quant", "path", "sha256", "status", "created_at"},
    )
    db["exports"].create_index(["model_id"])
    db["lineage"].create(
        {"child_id": str, "parent_id": str, "relation": str, "created_at": str},
        pk=("child_id", "parent_id", "relation"),
    )
    db["lineage"].create_index(["parent_id"])


@migrations()
def m002_vault(db: sqlite_utils.Database) -> None:
    # The key hierarchy lives in the catalog so that a rotation (new master key, every data key
    # rewrapped) is one transaction. Only wrapped keys are stored; see docs/formats/keys.md.
    db["vault"].create(
        {
            "id": int,
            "workspace_id": str,
            "kdf": str,
            "kdf_params": str,
            "keyfile_required": int,
            "created_at": str,
            "changed_at": str,
        },
        pk="id",
    )
    db["master_keys"].create({"mk_id": str, "wrapped": bytes, "status": str, "created_at": str}, pk="mk_id")
    db["data_keys"].create(
        {"key_id": str, "object_id": str, "purpose": str, "mk_id": str, "wrapped": bytes, "created_at": str},
        pk="key_id",
    )
    db["data_keys"].create_index(["object_id"])


@migrations()
def m003_datasets(db: sqlite_utils.Database) -> None:
    db["datasets"].create(
        {
            "id": str,  # dsv-<keyed hash of name and content>
            "name": str,
            "version": int,
            "format": str,  # chat | instruction | text
            "rows": int,
            "train_rows": int,
            "eval_rows": int,
            "key_id": str,
            "path": str,
            "sha256": str,  # of the sealed file (ciphertext)
            "size_bytes": int,
            "stats": str,  # JSON: token statistics (numbers only)
            "warnings": str,  # JSON: list of messages with line numbers, never content
            "created_at": str,
            "meta": str,  # JSON
        },
        pk="id",
        not_null={"name", "version", "format", "key_id", "path", "sha256", "created_at"},
    )
    db["datasets"].create_index(["name", "version"], unique=True)


@migrations()
def m004_audit(db: sqlite_utils.Database) -> None:
    # The audit log lives in the catalog file so that a state change and its record commit in
    # one transaction. Format: docs/formats/audit-log.md.
    db["audit_state"].create(
        {
            "id": int,
            "log_id": str,
            "audit_public": bytes,
            "signing_public": bytes,
            "size": int,
            "last_leaf": bytes,
            "frontier": bytes,
            "created_at": str,
        },
        pk="id",
    )
    db["audit_records"].create({"seq": int, "prev": bytes, "blob": bytes, "leaf": bytes}, pk="seq")
    db["audit_checkpoints"].create({"size": int, "root": bytes, "time": str, "signature": bytes}, pk="size")
    db["auditors"].create(
        {"auditor_id": str, "name": str, "public_key": bytes, "wrapped_audit_key": bytes, "added_at": str},
        pk="auditor_id",
    )


@migrations()
def m005_runs(db: sqlite_utils.Database) -> None:
    db["runs"].create(
        {
            "id": str,
            "name": str,
            "status": str,  # running | completed | cancelled | failed | interrupted
            "method": str,
            "base_model_id": str,
            "base_model_sha256": str,
            "dataset_ids": str,  # JSON list
            "from_run_id": str,
            "recipe": str,  # JSON: the resolved recipe
            "recipe_sha256": str,
            "device": str,
            "precision": str,
            "steps_done": int,
            "total_steps": int,
            "tokens_seen": int,
            "train_loss": float,
            "eval_loss": float,
            "path": str,  # runs/<id>
            "adapter_sha256": str,
            "versions": str,  # JSON: code and library versions
            "error": str,
            "created_at": str,
            "finished_at": str,
            "meta": str,
        },
        pk="id",
        not_null={"name", "status", "method", "base_model_id", "recipe_sha256", "path", "created_at"},
    )
    db["run_metrics"].create(
        {"run_id": str, "step": int, "kind": str, "value": float, "lr": float, "tokens": int, "time": str},
        pk=("run_id", "step", "kind"),
    )


@migrations()
def m006_export_errors(db: sqlite_utils.Database) -> None:
    # An export is recorded `pending` before any file is written; one that never reached a
    # verdict (crash, kill, cancel, error) ends `failed` with its reason here and no file.
    db["exports"].add_column("error", str)


@migrations()
def m007_checkpoint_chain(db: sqlite_utils.Database) -> None:
    # Version-2 checkpoints sign the hash of the checkpoint before them (docs/formats/audit-log.md);
    # rows written before keep prev NULL and are version 1.
    db["audit_checkpoints"].add_column("prev", bytes)


@migrations()
def m008_signed_head(db: sqlite_utils.Database) -> None:
    # The signed tree head over every record, rewritten in the same transaction as each append
    # (docs/formats/audit-log.md, "Checkpoints"); promoted to audit_checkpoints at the end of each
    # command and every 256 records.
    for column, kind in (
        ("head_size", int),
        ("head_root", bytes),
        ("head_time", str),
        ("head_signature", bytes),
        ("head_prev", bytes),
    ):
        db["audit_state"].add_column(column, kind)


@migrations()
def m009_intents(db: sqlite_utils.Database) -> None:
    # Multi-step writes record what they will put on disk before they do (appliance/intents.py).
    db["intents"].create(
        {"id": str, "kind": str, "object_id": str, "paths": str, "owner": str, "created_at": str},
        pk="id",
        not_null={"kind", "paths", "owner", "created_at"},
    )


@migrations()
def m010_record_signatures(db: sqlite_utils.Database) -> None:
    # Each record keeps the signed tree head written with it, so a verifier can name exactly the
    # first record the appliance did not sign (docs/formats/audit-log.md).
    for column, kind in (("sig_time", str), ("sig", bytes), ("sig_prev", bytes)):
        db["audit_records"].add_column(column, kind)


@migrations()
def m011_conversations(db: sqlite_utils.Database) -> None:
    # Saved chats (appliance/serving/conversations.py): the text, title included, is in the sealed
    # file; the row only says where it is, under which key, and when it changed.
    db["conversations"].create(
        {"id": str, "key_id": str, "path": str, "created_at": str, "updated_at": str, "turns": int},
        pk="id",
        not_null={"key_id", "path", "created_at", "updated_at"},
    )


@migrations()
def m012_evaluation(db: sqlite_utils.Database) -> None:
    # Evaluation (appliance/eval, docs/evaluation.md). A suite version is its sealed canonical
    # cases; an evaluation is one model (an export through llama.cpp, or a stored HF model) run
    # on one suite version, its outputs sealed, its summary (pass counts per slice) in the row.
    db["suites"].create(
        {
            "id": str,
            "name": str,
            "version": int,
            "sha256": str,
            "path": str,
            "key_id": str,
            "cases": int,
            "meta": str,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "version", "sha256", "path", "key_id", "created_at"},
    )
    db["evaluations"].create(
        {
            "id": str,
            "model_id": str,
            "export_id": str,
            "suite_id": str,
            "dataset_id": str,
            "target": str,
            "status": str,
            "settings": str,
            "summary": str,
            "path": str,
            "key_id": str,
            "error": str,
            "created_at": str,
            "finished_at": str,
            "meta": str,
        },
        pk="id",
        not_null={"model_id", "target", "status", "created_at"},
    )
    # A model line names a customization: its recipe, dataset versions, suites and gate; channels
    # say which model is the line's candidate and production; line_events is its history.
    db["lines"].create(
        {
            "id": str,
            "name": str,
            "recipe": str,
            "dataset_ids": str,
            "suites": str,
            "gate": str,
            "base_model_id": str,
            "created_at": str,
            "meta": str,
        },
        pk="id",
        not_null={"name", "recipe", "created_at"},
    )
    db["lines"].create_index(["name"], unique=True)
    db["line_channels"].create(
        {"line_id": str, "channel": str, "model_id": str, "since": str, "event_id": str},
        pk=("line_id", "channel"),
        not_null={"model_id", "since"},
    )
    db["line_events"].create(
        {
            "id": str,
            "line_id": str,
            "kind": str,
            "channel": str,
            "model_id": str,
            "previous_model_id": str,
            "passed": int,
            "verdict": str,
            "created_at": str,
        },
        pk="id",
        not_null={"line_id", "kind", "created_at"},
    )


@migrations()
def m013_adaptation(db: sqlite_utils.Database) -> None:
    # A living model (appliance/adapt, docs/adaptation.md). Capture is switched per line
    # (capture_settings); each captured request is a sealed file under the line's capture key, its
    # row holding no text (ids, sizes, times, the rating, the review's decision). Drift checks keep
    # their detectors' statistics; adapt_runs are the watch loop's retrains, step by step.
    db["capture_settings"].create(
        {"line_id": str, "enabled": int, "retention_days": int, "max_bytes": int, "updated_at": str},
        pk="line_id",
        not_null={"enabled", "retention_days", "max_bytes", "updated_at"},
    )
    db["capture_items"].create(
        {
            "id": str,
            "line_id": str,
            "source": str,  # api | chat | playground
            "request_id": str,
            "response_id": str,
            "export_id": str,
            "model_id": str,
            "key_id": str,
            "path": str,
            "bytes": int,
            "created_at": str,
            "rating": int,  # +1, -1 or null
            "corrected": int,
            "feedback_at": str,
            "status": str,  # new | accepted | rejected
            "decision": str,  # JSON: how the review decided (no text)
            "reviewed_at": str,
            "dataset_id": str,  # the dataset version its accepted rows went into
        },
        pk="id",
        not_null={"line_id", "source", "path", "created_at", "status"},
    )
    db["capture_items"].create_index(["line_id", "created_at"])
    db["capture_items"].create_index(["response_id"])
    db["capture_items"].create_index(["request_id"])
    db["drift_checks"].create(
        {
            "id": str,
            "line_id": str,
            "created_at": str,
            "window_from": str,
            "window_to": str,
            "n_window": int,
            "n_reference": int,
            "alarm": int,
            "result": str,  # JSON: DriftCheck.to_dict()
        },
        pk="id",
        not_null={"line_id", "created_at", "alarm", "result"},
    )
    db["drift_checks"].create_index(["line_id", "created_at"])
    db["adapt_runs"].create(
        {
            "id": str,
            "line_id": str,
            "state": str,  # appliance/adapt/loop.py: STATES
            "trigger": str,  # JSON: what started it and why
            "steps": str,  # JSON: dataset, run, model, export, verdict as they are made
            "error": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"line_id", "state", "trigger", "created_at", "updated_at"},
    )
    db["adapt_runs"].create_index(["line_id", "created_at"])


@migrations()
def m014_knowledge(db: sqlite_utils.Database) -> None:
    # Document collections (appliance/knowledge, docs/retrieval.md). A collection names its
    # embedder, the model whose tokenizer measures its chunks, and the chunk size and overlap. Each
    # document version is one sealed segment under its own data key (object: the version's id);
    # its row holds names, counts and a keyed digest, never text. Searches read 'current' versions.
    db["collections"].create(
        {
            "id": str,
            "name": str,
            "description": str,
            "embedder": str,
            "tokenizer_model": str,
            "chunk_tokens": int,
            "overlap": int,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "embedder", "tokenizer_model", "chunk_tokens", "overlap", "created_at"},
    )
    db["collections"].create_index(["name"], unique=True)
    db["doc_versions"].create(
        {
            "id": str,
            "collection_id": str,
            "name": str,
            "version": int,
            "digest": str,  # HMAC-SHA256 of the file's bytes under the workspace's document-id key
            "kind": str,  # pdf | docx | odt | html | markdown | text
            "source_file": str,
            "pages": int,
            "empty_pages": str,  # JSON list: PDF pages without a text layer
            "chunks": int,
            "bytes": int,
            "key_id": str,
            "path": str,
            "state": str,  # current | superseded
            "created_at": str,
            "superseded_at": str,
        },
        pk="id",
        not_null={
            "collection_id",
            "name",
            "version",
            "digest",
            "kind",
            "chunks",
            "key_id",
            "path",
            "state",
            "created_at",
        },
    )
    db["doc_versions"].create_index(["collection_id", "name", "version"], unique=True)
    db["doc_versions"].create_index(["collection_id", "state"])


@migrations()
def m015_governance(db: sqlite_utils.Database) -> None:
    # Governance (docs/governance.md). People: each holds an X25519 key (the master key is sealed
    # to it) and an Ed25519 key (they sign approvals and requests with it), both private halves
    # wrapped under a KEK from their own passphrase. A removed person keeps their row (the audit
    # log names them) without any wrap.
    db["people"].create(
        {
            "id": str,
            "name": str,
            "role": str,  # admin | operator | approver | auditor
            "status": str,  # active | removed
            "box_public": bytes,
            "sign_public": bytes,
            "kdf_params": str,  # JSON, as the vault's
            "wrapped_private": bytes,  # AES-GCM(KEK, X25519 private ‖ Ed25519 private)
            "mk_id": str,
            "sealed_mk": bytes,  # the master key sealed to box_public
            "created_at": str,
            "created_by": str,
            "removed_at": str,
        },
        pk="id",
        not_null={"name", "role", "status", "box_public", "sign_public", "created_at"},
    )
    db["people"].create_index(["name"], unique=True)
    # Four-eyes approvals: a request bound to exact objects, decided by a signature of another person.
    db["approvals"].create(
        {
            "id": str,
            "action": str,
            "binding": str,  # JSON: the exact objects and digests the request is for
            "binding_sha256": str,
            "request": str,  # the canonical request document (JSON), signed by the requester
            "requested_by": str,
            "requested_at": str,
            "expires_at": str,
            "status": str,  # pending | approved | refused | used | expired
            "decision": str,  # the signed decision document (JSON)
            "decided_by": str,
            "decided_at": str,
            "used_at": str,
        },
        pk="id",
        not_null={"action", "binding", "binding_sha256", "request", "requested_by", "requested_at", "status"},
    )
    db["approvals"].create_index(["action", "binding_sha256", "status"])
    # The governance policy, versioned: which actions need a second person, approval lifetime,
    # the audit log's retention.
    db["governance_policy"].create(
        {"version": int, "document": str, "sha256": str, "created_at": str, "created_by": str},
        pk="version",
        not_null={"document", "sha256", "created_at"},
    )
    # Retention rules: items of `kind` (datasets, conversations, capture, collections) matching
    # `target` (a name, or "*") are crypto-erased `days` after they were made.
    db["retention_rules"].create(
        {"kind": str, "target": str, "days": int, "created_at": str, "created_by": str},
        pk=("kind", "target"),
        not_null={"days", "created_at"},
    )
    # The personal-data check's summary per dataset version (counts by kind, never values), and
    # each export's model card and ML-BOM (file names and digests).
    db["datasets"].add_column("pii", str)
    db["exports"].add_column("card", str)
