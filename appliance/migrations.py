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
            "status": str,  # verified | failed | unverified
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
        {"id": int, "workspace_id": str, "kdf": str, "kdf_params": str, "keyfile_required": int,
         "created_at": str, "changed_at": str},
        pk="id",
    )
    db["master_keys"].create(
        {"mk_id": str, "wrapped": bytes, "status": str, "created_at": str},
        pk="mk_id",
    )
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
