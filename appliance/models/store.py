"""The model store: base models (the built-in one and imported ones) kept in HF format.

Every stored model lives in ``<home>/models/<id>/`` as safetensors weights, config, tokenizer
(with its chat template and special tokens) and generation config, and has a catalog row with
the SHA-256 of each file. An import is staged in ``<home>/tmp``, checked, flushed and renamed
into place, and only then recorded in one catalog transaction: a failed or cancelled import
leaves neither files nor rows behind.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from appliance import faults
from appliance.catalog import Catalog, new_id, utc_now
from appliance.errors import ApplianceError, InvalidInputError, NotFoundError
from appliance.events import CancelToken, EventSink, Progress, StageTimer, ignore
from appliance.fsutil import commit_path, ensure_free_space, file_manifest, manifest_digest, remove_path, sha256_file
from appliance.home import Home
from appliance.intents import intent
from appliance.locks import exclusive
from appliance.messages import M
from appliance.models import builtin
from appliance.models.inspect import SourceInfo, inspect_gguf, inspect_hf_dir

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_IMPORT = M("model.import.what", "The import")


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")
    return (s or "model")[:64]


def validate_name(name: str, noun: str = "Model") -> str:
    if not _NAME_RE.match(name):
        if noun == "Model":
            refused = M("model.name_not_allowed", "Model name {name!r} is not allowed.", name=name)
        elif noun == "Dataset":
            refused = M("dataset.name_not_allowed", "Dataset name {name!r} is not allowed.", name=name)
        elif noun == "Line":
            refused = M("line.name_not_allowed", "Line name {name!r} is not allowed.", name=name)
        else:
            refused = M("model.name_not_allowed.other", "{noun} name {name!r} is not allowed.", noun=noun, name=name)
        raise InvalidInputError(
            refused,
            hint=M(
                "model.name_not_allowed.hint",
                "Use 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.",
            ),
        )
    return name


class ModelStore:
    """Import, list, show and remove base models. Methods raise ``ApplianceError`` subclasses."""

    def __init__(self, home: Home, catalog: Catalog):
        self.home, self.catalog = home, catalog

    # Queries ------------------------------------------------------------------------------
    def list(self) -> list[dict]:
        return self.catalog.list_models()

    def get(self, ref: str, *, on_event: EventSink = ignore, cancel: CancelToken | None = None) -> dict:
        """Resolve a model by id, name or id prefix; the built-in one is registered on first use."""
        found = self.catalog.find_model(ref)
        if found is None and ref == builtin.BUILTIN_NAME:
            return self.ensure_builtin(on_event=on_event, cancel=cancel)
        if found is None:
            raise NotFoundError(
                M("model.not_found", "No model called {ref!r} in the catalog.", ref=ref),
                hint=M(
                    "model.not_found.hint",
                    "List models with `appliance models list`; the built-in one is {builtin!r}.",
                    builtin=builtin.BUILTIN_NAME,
                ),
            )
        return found

    def path_of(self, row: dict) -> Path:
        return self.home.root / row["path"]

    def check_files(self, row: dict) -> None:
        """Re-hash a stored model; raise ``CorruptFileError`` if any file changed since import."""
        from appliance.errors import CorruptFileError

        path = self.path_of(row)
        current = file_manifest(path) if path.is_dir() else {}
        if manifest_digest(current) != row["sha256"]:
            changed = sorted(k for k in set(current) | set(row["files"]) if current.get(k) != row["files"].get(k))
            if changed:
                found = M(
                    "model.files_changed",
                    "Model {name} ({id}): its stored files no longer match the catalog ({files}).",
                    name=row["name"],
                    id=row["id"],
                    files=", ".join(changed[:5]),
                )
            else:
                found = M(
                    "model.folder_missing",
                    "Model {name} ({id}): its stored files no longer match the catalog (folder missing).",
                    name=row["name"],
                    id=row["id"],
                )
            raise CorruptFileError(
                found,
                hint=M(
                    "model.files_changed.hint",
                    "The model store was modified outside the appliance. Remove the model and import it again.",
                ),
            )

    def builtin_registered(self) -> bool:
        return self.catalog.find_model(builtin.BUILTIN_NAME) is not None

    # Built-in -----------------------------------------------------------------------------
    def ensure_builtin(self, *, on_event: EventSink = ignore, cancel: CancelToken | None = None) -> dict:
        """The built-in model's row, unpacked into the store first if it is not there yet. One
        unpack at a time: a second one while the first runs is refused (``Busy``)."""
        found = self.catalog.find_model(builtin.BUILTIN_NAME)
        if found is not None:
            return found
        with exclusive(
            self.home,
            "builtin-model",
            what=M("model.builtin_what", "the built-in model {name}", name=builtin.BUILTIN_NAME),
            operation="unpacking it",
            hint=M("model.builtin_busy.hint", "It is being unpacked; wait for that to finish, then try again."),
        ):
            found = self.catalog.find_model(builtin.BUILTIN_NAME)  # another unpack finished just before
            if found is not None:
                return found
            return self._import(
                builtin.builtin_gguf_path(),
                name=builtin.BUILTIN_NAME,
                kind="builtin",
                source=builtin.builtin_source(),
                on_event=on_event,
                cancel=cancel,
                meta={"license": builtin.BUILTIN_LICENSE},
            )

    # Import -------------------------------------------------------------------------------
    def import_path(
        self, path: Path, *, name: str | None = None, on_event: EventSink = ignore, cancel: CancelToken | None = None
    ) -> dict:
        """Import a Hugging Face folder or a GGUF file as a new base model."""
        path = Path(path).expanduser()
        if not path.exists():
            raise InvalidInputError(
                M("model.source_missing", "{path} does not exist.", path=str(path)),
                hint=M("model.source_missing.hint", "Check the path."),
            )
        return self._import(
            path, name=name, kind="imported", source=str(path.resolve()), on_event=on_event, cancel=cancel
        )

    def _import(
        self,
        path: Path,
        *,
        name: str | None,
        kind: str,
        source: str,
        on_event: EventSink,
        cancel: CancelToken | None,
        meta: dict | None = None,
        parents: dict[str, str] | None = None,
    ) -> dict:
        from appliance.audit.actions import action

        label = {
            "builtin": "model.register-builtin",
            "merged": "model.register-merged",
            "extended": "model.register-extended",
        }.get(kind, "model.import")
        with action(self.catalog, label, params={"source": source, "name": name}) as act:
            row = self._import_audited(
                path,
                name=name,
                kind=kind,
                source=source,
                on_event=on_event,
                cancel=cancel,
                meta=meta,
                act=act,
                parents=parents,
            )
            return row

    def _import_audited(self, path: Path, *, name, kind, source, on_event, cancel, meta, act, parents=None) -> dict:
        from appliance.audit.log import AuditLog

        AuditLog(self.catalog).require()  # refuse before any work if there is no workspace yet
        cancel = cancel or CancelToken()
        with StageTimer(on_event, "inspect", M("model.progress.checking", "Checking {name}", name=path.name)):
            if path.is_dir():
                info = inspect_hf_dir(path)
                reader = None
            else:
                info, reader = inspect_gguf(path)
        name = validate_name(name or slugify(info.name_hint))
        # One import under a name at a time: two at once both found the name free, and the
        # second failed on the catalog's constraint (issue 25, item 19).
        named = M("model.named_what", "a model named {name!r}", name=name)
        with exclusive(self.home, f"model-name-{name}", what=named, operation="importing it"):
            if self.catalog.find_model(name) is not None:
                raise InvalidInputError(
                    M("model.name_taken", "A model named {name!r} already exists.", name=name),
                    hint=M(
                        "model.name_taken.hint", "Pass --name with another name, or remove the existing model first."
                    ),
                )
            return self._import_named(info, reader, path, name, kind, source, on_event, cancel, meta, act, parents)

    def _import_named(self, info, reader, path, name, kind, source, on_event, cancel, meta, act, parents) -> dict:
        cancel.check(_IMPORT)
        src_bytes = sum(p.stat().st_size for p in info.files)
        needed = src_bytes * (4 if info.format == "gguf" else 1) + (64 << 20)  # GGUF is dequantized
        ensure_free_space(self.home.tmp_dir, needed, M("model.importing_what", "importing {name}", name=path.name))

        model_id = new_id("mdl")
        final = self.home.models_dir / model_id
        with intent(self.home, self.catalog, f"model.{kind}", model_id, [final]) as it:
            with self.home.staging("import") as stage:
                out = stage / "model"
                out.mkdir()
                if info.format == "gguf":
                    source_sha = self._stage_from_gguf(info, reader, out, on_event, cancel)
                else:
                    source_sha = self._stage_from_hf(info, out, on_event, cancel)
                cancel.check(_IMPORT)
                with StageTimer(on_event, "check", M("model.progress.tokenizer_back", "Loading the tokenizer back")):
                    chat_template = self._check_staged(out, info)
                with StageTimer(on_event, "hash", M("model.progress.hashing_stored", "Hashing the stored files")):
                    manifest = file_manifest(out)
                cancel.check(_IMPORT)
                commit_path(out, final)
            faults.point("model.import.committed")
            act.add_object(model_id)
            act.input(source_sha256=source_sha)
            act.output(model_id=model_id, sha256=manifest_digest(manifest))
            row = {
                "id": model_id,
                "name": name,
                "kind": kind,
                "architecture": info.architecture,
                "model_type": info.model_type,
                "source": source,
                "source_sha256": source_sha,
                "path": final.relative_to(self.home.root).as_posix(),
                "sha256": manifest_digest(manifest),
                "files": manifest,
                "size_bytes": sum(f["size"] for f in manifest.values()),
                "params": info.params,
                "dtype": info.dtype,
                "context_length": info.context_length,
                "created_at": utc_now(),
                "meta": {
                    **(meta or {}),
                    "warnings": [w.render("en") for w in info.warnings],
                    "warnings_message": [w.to_dict() for w in info.warnings],
                    "source_format": info.format,
                    "has_chat_template": chat_template,
                },
            }
            with self.catalog.atomic():
                added = self.catalog.add_model(row, parents)
                it.done()
            return added

    def _stage_from_hf(self, info: SourceInfo, out: Path, on_event: EventSink, cancel: CancelToken) -> str:
        src_manifest = {}
        total = sum(p.stat().st_size for p in info.files)
        done = 0
        for p in info.files:
            cancel.check(_IMPORT)
            if info.weights_format == "bin" and p.name.startswith("pytorch_model"):
                continue
            shutil.copyfile(p, out / p.name)
            src_manifest[p.name] = {"sha256": sha256_file(p), "size": p.stat().st_size}
            done += p.stat().st_size
            on_event(Progress("copy", message=p.name, done=done, total=total, unit="B"))
        if info.weights_format == "bin":
            converting = M("model.progress.converting_bin", "Converting pytorch_model.bin to safetensors")
            with StageTimer(on_event, "convert", converting):
                from appliance.models.hf import load_causal_lm

                for p in info.files:
                    if p.name.startswith("pytorch_model"):
                        src_manifest[p.name] = {"sha256": sha256_file(p), "size": p.stat().st_size}
                model = load_causal_lm(info.path, dtype="auto")
                model.save_pretrained(out, safe_serialization=True)
                from appliance.models.inspect import _safetensors_summary

                _, info.params, info.dtype = _safetensors_summary(sorted(out.glob("*.safetensors")))
        if not (out / "generation_config.json").is_file():
            from transformers import AutoConfig, GenerationConfig

            config = AutoConfig.from_pretrained(str(out), local_files_only=True)
            GenerationConfig.from_model_config(config).save_pretrained(out)
        return manifest_digest(src_manifest)

    def _stage_from_gguf(self, info: SourceInfo, reader, out: Path, on_event: EventSink, cancel: CancelToken) -> str:
        from appliance.tokenizer.gguf import load_tokenizer_from_gguf, read_tokenizer_metadata

        with StageTimer(on_event, "hash", M("model.progress.hashing", "Hashing {name}", name=info.path.name)):
            source_sha = sha256_file(info.path)
        cancel.check(_IMPORT)
        with StageTimer(
            on_event, "tokenizer", M("model.progress.gguf_tokenizer", "Rebuilding the tokenizer from the GGUF")
        ):
            tok = load_tokenizer_from_gguf(info.path, reader, model_max_length=info.context_length or 2048)
            tok.save_pretrained(out)
        cancel.check(_IMPORT)
        dequantizing = M("model.progress.dequantizing", "Dequantizing the GGUF weights to safetensors")
        with StageTimer(on_event, "weights", dequantizing):
            from transformers import AutoModelForCausalLM, GenerationConfig
            from transformers.utils import logging as hf_logging

            from appliance.models.hf import rebuild_for_saving

            hf_logging.disable_progress_bar()  # our own progress events report this stage
            import transformers.modeling_gguf_pytorch_utils as gguf_utils

            # The GGUF dequantizer draws its own tqdm bar on stderr; our events report the stage.
            bar = gguf_utils.tqdm
            gguf_utils.tqdm = lambda iterable, **_kw: iterable
            try:
                loaded = AutoModelForCausalLM.from_pretrained(
                    str(info.path.parent), gguf_file=info.path.name, local_files_only=True
                )
            except (ValueError, RuntimeError, KeyError) as exc:
                raise InvalidInputError(
                    M(
                        "model.gguf_weights_unloadable",
                        "{path}: transformers cannot load these weights ({why}).",
                        path=str(info.path),
                        why=str(exc),
                    ),
                    hint=M("model.gguf_weights_unloadable.hint", "Import the model's Hugging Face folder instead."),
                ) from exc
            finally:
                gguf_utils.tqdm = bar
            model = rebuild_for_saving(loaded)
            del loaded
            cancel.check(_IMPORT)
            model.config.architectures = [info.architecture]
            model.save_pretrained(out, safe_serialization=True)
            tmeta = read_tokenizer_metadata(reader)
            eos = [i for i in (tmeta.get("eos_id"), tmeta.get("eot_id"), tmeta.get("eom_id")) if i is not None]
            eos = list(dict.fromkeys(eos))
            gen = GenerationConfig(
                bos_token_id=tmeta.get("bos_id"),
                eos_token_id=eos[0] if len(eos) == 1 else (eos or None),
                pad_token_id=tmeta.get("pad_id"),
            )
            gen.save_pretrained(out)
            info.params = sum(p.numel() for p in model.parameters())
        # The dequantized config still names a quantization; the stored copy is plain weights.
        cfg_path = out / "config.json"
        cfg = json.loads(cfg_path.read_text())
        cfg.pop("quantization_config", None)
        cfg_path.write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n")
        return source_sha

    @staticmethod
    def _check_staged(out: Path, info: SourceInfo) -> bool:
        """Load the staged tokenizer as every later step will; refuse a broken one now."""
        from appliance.models.hf import load_tokenizer

        try:
            tok = load_tokenizer(out)
        except Exception as exc:  # noqa: BLE001 - any failure here means an unusable tokenizer
            raise InvalidInputError(
                M(
                    "model.tokenizer_unloadable",
                    "{path}: the tokenizer cannot be loaded ({type}: {why}).",
                    path=str(info.path),
                    type=type(exc).__name__,
                    why=str(exc),
                ),
                hint=M("model.tokenizer_unloadable.hint", "Check the tokenizer files against the original model."),
            ) from exc
        if tok.eos_token is None:
            info.warnings.append(
                M("model.no_eos", "The tokenizer defines no end-of-sequence token; generation may not stop.")
            )
        has_template = bool(getattr(tok, "chat_template", None))
        if not has_template:
            info.warnings.append(
                M(
                    "model.no_chat_template",
                    "The tokenizer has no chat template; chat fine-tuning and chat serving need one.",
                )
            )
        return has_template

    # Removal ------------------------------------------------------------------------------
    def remove(self, ref: str, *, force: bool = False) -> dict:
        """Remove a model's files and row. Refuses while exports of it exist, unless ``force``."""
        from appliance.audit.actions import action

        row = self.catalog.get_model(ref)
        with action(self.catalog, "model.remove", objects=[row["id"]], params={"force": force}) as act:
            return self._remove(row, force, act)

    def _remove(self, row: dict, force: bool, act) -> dict:
        exports = self.catalog.list_exports(row["id"])
        act.add_object(*(e["id"] for e in exports))
        act.input(sha256=row["sha256"])
        if exports and not force:
            raise ApplianceError(
                M(
                    "model.has_exports",
                    "Model {name} ({id}) has {n} export(s).",
                    name=row["name"],
                    id=row["id"],
                    n=len(exports),
                ),
                hint=M(
                    "model.has_exports.hint",
                    "Remove them first with `appliance exports remove`, or pass --force to remove them too.",
                ),
            )
        with self.catalog.atomic():
            for e in exports:
                self.catalog.delete_export(e["id"])
            self.catalog.delete_model(row["id"])
        for e in exports:
            remove_path((self.home.root / e["path"]).parent)
        remove_path(self.path_of(row))
        return row
