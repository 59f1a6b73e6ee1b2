"""Checks a model source before anything is copied or registered.

A model the appliance accepts must be one it can tune, export, verify and serve end to end, so
the architecture must be in ``SUPPORTED_ARCHITECTURES`` (each one is exercised by the tests on a
tiny random model). Files are checked for truncation and damage up front (safetensors headers
against file sizes, GGUF structure), and a Hugging Face folder must carry its tokenizer. Every
problem is an ``InvalidInputError`` subclass naming the file and what to do.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

from appliance.errors import CorruptFileError, InvalidInputError, MissingTokenizerError, UnsupportedModelError
from appliance.messages import M, Message

# HF architecture class -> model_type. Extending this list means adding a tiny-model test for it.
SUPPORTED_ARCHITECTURES = {"LlamaForCausalLM": "llama", "MistralForCausalLM": "mistral", "Qwen2ForCausalLM": "qwen2"}
# GGUF general.architecture -> HF architecture (Mistral 7B-style GGUFs say "llama").
GGUF_ARCHITECTURES = {"llama": "LlamaForCausalLM", "qwen2": "Qwen2ForCausalLM"}

TOKENIZER_FILES = ("tokenizer.json", "tokenizer.model", "vocab.json")
TOKENIZER_AUX_FILES = (
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "merges.txt",
    "chat_template.jinja",
    "chat_template.json",
    "tokenizer_extension.json",  # a vocabulary extension's new rows as initialised (appliance/tokenizer/extension.py)
)
CONFIG_FILES = ("config.json", "generation_config.json")


@dataclass
class SourceInfo:
    """What an inspection found out about a model source."""

    path: Path
    format: str  # "hf" | "gguf"
    architecture: str
    model_type: str
    files: list[Path] = field(default_factory=list)  # files to take over (HF folders)
    weights_format: str = "safetensors"  # "safetensors" | "bin" | "gguf"
    params: int = 0
    dtype: str = ""
    context_length: int = 0
    name_hint: str = ""
    warnings: list[Message] = field(default_factory=list)


def _supported_list() -> str:
    return ", ".join(sorted(SUPPORTED_ARCHITECTURES))


def read_json(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CorruptFileError(
            M("model.json_not_utf8", "{path} is not UTF-8 text (byte {byte}).", path=str(path), byte=exc.start),
            hint=M("model.json_not_utf8.hint", "Restore the file from the original model."),
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorruptFileError(
            M(
                "model.json_invalid",
                "{path} line {line}, column {column}: invalid JSON ({why}).",
                path=str(path),
                line=exc.lineno,
                column=exc.colno,
                why=exc.msg,
            ),
            hint=M("model.json_invalid.hint", "The file is damaged or truncated; restore it from the original model."),
        ) from exc
    if not isinstance(data, dict):
        raise CorruptFileError(
            M(
                "model.json_not_object",
                "{path} must hold a JSON object, not {type}.",
                path=str(path),
                type=type(data).__name__,
            ),
            hint=M("model.json_not_object.hint", "Restore the file from the model's original download."),
        )
    return data


# safetensors ---------------------------------------------------------------------------------
_ST_DTYPE_SIZES = {
    "F64": 8,
    "F32": 4,
    "F16": 2,
    "BF16": 2,
    "I64": 8,
    "I32": 4,
    "I16": 2,
    "I8": 1,
    "U8": 1,
    "BOOL": 1,
    "F8_E4M3": 1,
    "F8_E5M2": 1,
    "U16": 2,
    "U32": 4,
    "U64": 8,
}


def read_safetensors_header(path: Path) -> dict:
    """Parse a safetensors header and check it against the file size. Raises CorruptFileError."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(8)
        if len(head) < 8:
            raise CorruptFileError(
                M(
                    "model.safetensors_too_short",
                    "{path} is truncated: {size} bytes, too short for a safetensors header.",
                    path=str(path),
                    size=size,
                ),
                hint=_copy_again(),
            )
        (n,) = struct.unpack("<Q", head)
        if n > min(size - 8, 100 * 1024 * 1024):
            raise CorruptFileError(
                M(
                    "model.safetensors_header_size",
                    "{path} is damaged or truncated: its header claims {n} bytes.",
                    path=str(path),
                    n=n,
                ),
                hint=_copy_again(),
            )
        raw = f.read(n)
    try:
        header = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CorruptFileError(
            M(
                "model.safetensors_header_damaged",
                "{path} has a damaged safetensors header ({why}).",
                path=str(path),
                why=str(exc),
            ),
            hint=_copy_again(),
        ) from exc
    data_len = size - 8 - n
    end = 0
    for name, info in header.items():
        if name == "__metadata__":
            continue
        try:
            start, stop = info["data_offsets"]
            expected = _ST_DTYPE_SIZES[info["dtype"]]
            for d in info["shape"]:
                expected *= d
        except (KeyError, TypeError, ValueError) as exc:
            raise CorruptFileError(
                M(
                    "model.tensor_entry_malformed",
                    "{path}: tensor {name!r} has a malformed header entry.",
                    path=str(path),
                    name=name,
                ),
                hint=M(
                    "model.tensor_entry_malformed.hint",
                    "The file is damaged: copy it again from the model's original download.",
                ),
            ) from exc
        if stop - start != expected:
            raise CorruptFileError(
                M(
                    "model.tensor_size",
                    "{path}: tensor {name!r} has {n} bytes for shape {shape}.",
                    path=str(path),
                    name=name,
                    n=stop - start,
                    shape=str(info["shape"]),
                ),
                hint=M(
                    "model.tensor_size.hint",
                    "The file is truncated or damaged: copy it again from the original download.",
                ),
            )
        end = max(end, stop)
    if end != data_len:
        if end > data_len:
            wrong = M(
                "model.safetensors_truncated",
                "{path} is truncated: the header describes {end} bytes of tensor data, the file holds {size}.",
                path=str(path),
                end=end,
                size=data_len,
            )
        else:
            wrong = M(
                "model.safetensors_too_long",
                "{path} is longer than its header says: the header describes {end} bytes of tensor data, "
                "the file holds {size}.",
                path=str(path),
                end=end,
                size=data_len,
            )
        raise CorruptFileError(wrong, hint=_copy_again())
    return header


def _copy_again() -> Message:
    return M("model.copy_again.hint", "Copy the file again from the original model.")


def _safetensors_summary(files: list[Path]) -> tuple[set[str], int, str]:
    names: set[str] = set()
    params = 0
    dtypes: dict[str, int] = {}
    for p in files:
        for name, info in read_safetensors_header(p).items():
            if name == "__metadata__":
                continue
            names.add(name)
            n = 1
            for d in info["shape"]:
                n *= d
            params += n
            dtypes[info["dtype"]] = dtypes.get(info["dtype"], 0) + n
    dtype = max(dtypes, key=dtypes.get).lower() if dtypes else ""
    return names, params, {"f32": "float32", "f16": "float16", "bf16": "bfloat16"}.get(dtype, dtype)


def _expected_weight_names(config_dict: dict) -> set[str]:
    """Parameter names the architecture needs, from a weightless (meta-device) instance."""
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model(**config_dict)
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config)
    names = set(model.state_dict().keys())
    if getattr(config, "tie_word_embeddings", False):
        names.discard("lm_head.weight")
    return names


def inspect_hf_dir(path: Path) -> SourceInfo:
    path = Path(path)
    cfg_path = path / "config.json"
    if not cfg_path.is_file():
        raise InvalidInputError(
            M(
                "model.no_config",
                "{path} has no config.json, so it is not a Hugging Face model folder.",
                path=str(path),
            ),
            hint=M(
                "model.no_config.hint",
                "Point at the folder that holds config.json, the *.safetensors weights and the tokenizer, or at a .gguf file.",
            ),
        )
    config = read_json(cfg_path)
    archs = config.get("architectures") or []
    arch = archs[0] if archs else None
    if arch not in SUPPORTED_ARCHITECTURES:
        raise UnsupportedModelError(
            M(
                "model.arch_unsupported",
                "{path}: architecture {arch!r} is not supported.",
                path=str(cfg_path),
                arch=arch,
            ),
            hint=M(
                "model.arch_unsupported.hint",
                "The appliance can tune, export and serve: {supported}.",
                supported=_supported_list(),
            ),
        )
    if config.get("model_type") != SUPPORTED_ARCHITECTURES[arch]:
        raise UnsupportedModelError(
            M(
                "model.type_mismatch",
                "{path}: model_type {model_type!r} does not match architecture {arch}.",
                path=str(cfg_path),
                model_type=config.get("model_type"),
                arch=arch,
            ),
            hint=M("model.type_mismatch.hint", "The config is inconsistent; restore it from the original model."),
        )
    if not any((path / f).is_file() for f in TOKENIZER_FILES):
        raise MissingTokenizerError(
            M(
                "model.no_tokenizer",
                "{path} has model weights but no tokenizer (none of {files}).",
                path=str(path),
                files=", ".join(TOKENIZER_FILES),
            ),
            hint=M(
                "model.no_tokenizer.hint",
                "Copy the tokenizer files (tokenizer.json, tokenizer_config.json, ...) from the original model into the folder.",
            ),
        )
    st_files = sorted(path.glob("*.safetensors"))
    bin_files = sorted(path.glob("pytorch_model*.bin"))
    info = SourceInfo(
        path=path, format="hf", architecture=arch, model_type=SUPPORTED_ARCHITECTURES[arch], name_hint=path.name
    )
    index = path / "model.safetensors.index.json"
    if st_files:
        if index.is_file():
            wanted = set(read_json(index).get("weight_map", {}).values())
            missing = sorted(w for w in wanted if not (path / w).is_file())
            if missing:
                raise CorruptFileError(
                    M(
                        "model.shards_missing",
                        "{path}: weight shards listed in {index} are missing: {shards}.",
                        path=str(path),
                        index=index.name,
                        shards=", ".join(missing),
                    ),
                    hint=M("model.shards_missing.hint", "Copy the missing shards from the original model."),
                )
        names, params, dtype = _safetensors_summary(st_files)
        needed = _expected_weight_names(config)
        missing = sorted(needed - names)
        if missing:
            raise CorruptFileError(
                M(
                    "model.tensors_missing",
                    "{path}: the weights lack {n} tensors the {arch} config needs (e.g. {examples}).",
                    path=str(path),
                    n=len(missing),
                    arch=arch,
                    examples=", ".join(missing[:3]),
                ),
                hint=M(
                    "model.tensors_missing.hint",
                    "The weights do not match config.json; restore both from the same model.",
                ),
            )
        extra = sorted(names - needed - {"lm_head.weight"})
        if extra:
            info.warnings.append(
                M(
                    "model.tensors_unused",
                    "{n} tensors in the weights are not used by {arch} (e.g. {example}).",
                    n=len(extra),
                    arch=arch,
                    example=extra[0],
                )
            )
        info.params, info.dtype = params, dtype
        info.weights_format = "safetensors"
        weights = st_files + ([index] if index.is_file() else [])
    elif bin_files:
        info.weights_format = "bin"
        weights = bin_files + [p for p in [path / "pytorch_model.bin.index.json"] if p.is_file()]
        info.dtype = str(config.get("torch_dtype") or config.get("dtype") or "")
    else:
        raise CorruptFileError(
            M(
                "model.no_weights",
                "{path} has config.json but no weights (*.safetensors or pytorch_model*.bin).",
                path=str(path),
            ),
            hint=M("model.no_weights.hint", "Copy the weight files from the original model."),
        )
    keep = [path / f for f in (*CONFIG_FILES, *TOKENIZER_FILES, *TOKENIZER_AUX_FILES) if (path / f).is_file()]
    info.files = keep + weights
    info.context_length = int(config.get("max_position_embeddings") or 0)
    if not info.dtype:
        info.dtype = str(config.get("torch_dtype") or "")
    return info


def _gguf_damaged(path: Path, why: Message | str) -> CorruptFileError:
    return CorruptFileError(
        M(
            "model.gguf_damaged",
            "{path} is truncated or damaged and cannot be read as GGUF ({why}).",
            path=str(path),
            why=why,
        ),
        hint=M("model.gguf_damaged.hint", "Copy the file again from its source."),
    )


def inspect_gguf(path: Path):
    """Open and check a GGUF file. Returns ``(SourceInfo, GGUFReader)``."""
    import gguf

    path = Path(path)
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"GGUF":
        raise CorruptFileError(
            M(
                "model.not_gguf",
                "{path} is not a GGUF file (it does not start with the GGUF magic bytes).",
                path=str(path),
            ),
            hint=M("model.not_gguf.hint", "Check the file; only .gguf files and Hugging Face folders can be imported."),
        )
    try:
        reader = gguf.GGUFReader(path)
        size = path.stat().st_size
        end = max((int(t.data_offset) + int(t.n_bytes) for t in reader.tensors), default=0)
    except (ValueError, IndexError, KeyError, struct.error, OSError) as exc:
        raise _gguf_damaged(path, str(exc)) from exc
    if end > size:
        raise _gguf_damaged(
            path,
            M("model.gguf_data_past_end", "tensor data ends at byte {end} but the file has {size}", end=end, size=size),
        )
    arch_field = reader.fields.get(gguf.Keys.General.ARCHITECTURE)
    arch = arch_field.contents() if arch_field else None
    if arch not in GGUF_ARCHITECTURES:
        raise UnsupportedModelError(
            M(
                "model.gguf_arch_unsupported",
                "{path}: GGUF architecture {arch!r} is not supported.",
                path=str(path),
                arch=arch,
            ),
            hint=M(
                "model.gguf_arch_unsupported.hint",
                "Supported GGUF architectures: {gguf}; as Hugging Face folders: {hf}.",
                gguf=", ".join(sorted(GGUF_ARCHITECTURES)),
                hf=_supported_list(),
            ),
        )
    if reader.fields.get(gguf.Keys.Tokenizer.LIST) is None:
        raise MissingTokenizerError(
            M(
                "model.gguf_no_tokenizer",
                "{path} carries no tokenizer vocabulary (tokenizer.ggml.tokens).",
                path=str(path),
            ),
            hint=M(
                "model.gguf_no_tokenizer.hint",
                "Export the GGUF again with its tokenizer, or import the Hugging Face folder.",
            ),
        )
    hf_arch = GGUF_ARCHITECTURES[arch]
    name_field = reader.fields.get(gguf.Keys.General.NAME)
    ctx_field = reader.fields.get(gguf.Keys.LLM.CONTEXT_LENGTH.format(arch=arch))
    info = SourceInfo(
        path=path,
        format="gguf",
        architecture=hf_arch,
        model_type=SUPPORTED_ARCHITECTURES[hf_arch],
        weights_format="gguf",
        files=[path],
        params=sum(int(t.n_elements) for t in reader.tensors),
        dtype="float32",  # transformers dequantizes GGUF weights to float32
        context_length=int(ctx_field.contents()) if ctx_field else 0,
        name_hint=(name_field.contents() if name_field else path.stem),
    )
    return info, reader
