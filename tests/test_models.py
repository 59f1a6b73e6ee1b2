"""The model store: imports of each architecture and of GGUF files, and every refusal."""

from __future__ import annotations

import json

import pytest

from appliance.errors import (
    AmbiguousNameError,
    CorruptFileError,
    InvalidInputError,
    MissingTokenizerError,
    NotFoundError,
    UnsupportedModelError,
)
from appliance.fsutil import file_manifest, manifest_digest
from appliance.models.store import ModelStore


def _store(home, catalog):
    return ModelStore(home, catalog)


def _assert_untouched(home, catalog):
    assert catalog.list_models() == []
    assert list(home.models_dir.iterdir()) == []
    assert list(home.tmp_dir.iterdir()) == []


@pytest.mark.parametrize(
    "arch,hf_arch", [("llama", "LlamaForCausalLM"), ("mistral", "MistralForCausalLM"), ("qwen2", "Qwen2ForCausalLM")]
)
def test_import_hf_folder(home, catalog, tiny_dirs, arch, hf_arch):
    row = _store(home, catalog).import_path(tiny_dirs[arch], name=f"t-{arch}")
    assert row["architecture"] == hf_arch and row["kind"] == "imported"
    stored = home.root / row["path"]
    assert (stored / "model.safetensors").is_file() and (stored / "generation_config.json").is_file()
    # The recorded hashes are the stored files' hashes, and the digest names the whole set.
    assert row["files"] == file_manifest(stored)
    assert row["sha256"] == manifest_digest(row["files"])
    assert row["params"] > 0 and row["created_at"].endswith("Z")
    assert row["meta"]["has_chat_template"] is True


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_import_gguf_file(home, catalog, served_home):
    """A GGUF (here one of our own f16 exports) imports back as an HF copy that loads."""
    from appliance.catalog import Catalog
    from appliance.home import Home
    from appliance.models.hf import load_causal_lm, load_tokenizer

    src_home = Home.open(served_home)
    with Catalog.open(src_home) as cat:
        exp = next(e for e in cat.list_exports() if cat.get_model(e["model_id"])["name"] == "tiny-llama")
    gguf_path = src_home.root / exp["path"]
    row = _store(home, catalog).import_path(gguf_path, name="from-gguf")
    assert row["meta"]["source_format"] == "gguf"
    assert row["source_sha256"] == exp["sha256"]
    stored = home.root / row["path"]
    cfg = json.loads((stored / "config.json").read_text())
    assert "quantization_config" not in cfg
    tok = load_tokenizer(stored)
    assert tok.eos_token == "<|im_end|>" and tok.chat_template
    model = load_causal_lm(stored)
    assert model.config.num_hidden_layers == 2


def test_names_ids_and_prefixes_resolve(home, catalog, tiny_dirs):
    store = _store(home, catalog)
    row = store.import_path(tiny_dirs["llama"], name="alpha")
    assert store.get("alpha")["id"] == row["id"]
    assert store.get(row["id"][:8])["id"] == row["id"]
    with pytest.raises(NotFoundError, match="No model called 'nope'"):
        store.get("nope")
    with pytest.raises(InvalidInputError, match="already exists"):
        store.import_path(tiny_dirs["llama"], name="alpha")
    store.import_path(tiny_dirs["llama"], name="beta")
    with pytest.raises(AmbiguousNameError):
        store.get("mdl")


def test_bad_name_is_refused(home, catalog, tiny_dirs):
    with pytest.raises(InvalidInputError, match="not allowed"):
        _store(home, catalog).import_path(tiny_dirs["llama"], name="Bad Name!")
    _assert_untouched(home, catalog)


def test_unsupported_architecture(home, catalog, tiny_copy):
    d = tiny_copy("llama")
    cfg = json.loads((d / "config.json").read_text())
    cfg["architectures"] = ["GPTNeoXForCausalLM"]
    (d / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(UnsupportedModelError) as exc:
        _store(home, catalog).import_path(d)
    assert "GPTNeoXForCausalLM" in str(exc.value) and "LlamaForCausalLM" in str(exc.value)
    _assert_untouched(home, catalog)


def test_truncated_safetensors(home, catalog, tiny_copy):
    d = tiny_copy("mistral")
    w = d / "model.safetensors"
    data = w.read_bytes()
    w.write_bytes(data[: len(data) - 1000])
    with pytest.raises(CorruptFileError, match="truncated"):
        _store(home, catalog).import_path(d)
    _assert_untouched(home, catalog)


def test_damaged_safetensors_header(home, catalog, tiny_copy):
    d = tiny_copy("llama")
    w = d / "model.safetensors"
    data = bytearray(w.read_bytes())
    data[10:20] = b"\xff" * 10
    w.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError, match="model.safetensors"):
        _store(home, catalog).import_path(d)
    _assert_untouched(home, catalog)


def test_config_with_invalid_json_names_line(home, catalog, tiny_copy):
    d = tiny_copy("llama")
    (d / "config.json").write_text('{\n  "architectures": ["LlamaForCausalLM"],\n  "hidden_size": 64,,\n}')
    with pytest.raises(CorruptFileError, match=r"config.json line 3"):
        _store(home, catalog).import_path(d)
    _assert_untouched(home, catalog)


def test_missing_tokenizer(home, catalog, tiny_copy):
    d = tiny_copy("qwen2")
    for f in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        (d / f).unlink(missing_ok=True)
    with pytest.raises(MissingTokenizerError, match="no tokenizer"):
        _store(home, catalog).import_path(d)
    _assert_untouched(home, catalog)


def test_weights_that_do_not_match_the_config(home, catalog, tiny_copy):
    d = tiny_copy("llama")
    cfg = json.loads((d / "config.json").read_text())
    cfg["num_hidden_layers"] = 3  # the weights only have two layers
    (d / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(CorruptFileError, match="lack"):
        _store(home, catalog).import_path(d)
    _assert_untouched(home, catalog)


def test_missing_path_and_missing_weights(home, catalog, tiny_copy, tmp_path):
    with pytest.raises(InvalidInputError, match="does not exist"):
        _store(home, catalog).import_path(tmp_path / "nowhere")
    d = tiny_copy("llama")
    (d / "model.safetensors").unlink()
    with pytest.raises(CorruptFileError, match="no weights"):
        _store(home, catalog).import_path(d)
    _assert_untouched(home, catalog)


def test_truncated_and_foreign_gguf(home, catalog, served_home, tmp_path):
    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open(served_home)) as cat:
        gguf_path = served_home / cat.list_exports()[0]["path"]
    data = gguf_path.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFileError, match="truncated or damaged"):
        _store(home, catalog).import_path(cut)
    header_only = tmp_path / "head.gguf"
    header_only.write_bytes(data[:200])
    with pytest.raises(CorruptFileError):
        _store(home, catalog).import_path(header_only)
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_text("hello")
    with pytest.raises(CorruptFileError, match="not a GGUF"):
        _store(home, catalog).import_path(not_gguf)
    _assert_untouched(home, catalog)


def test_cancelled_import_leaves_nothing(home, catalog, tiny_dirs):
    from appliance.errors import Cancelled
    from appliance.events import CancelToken, Progress

    token = CancelToken()

    def on_event(event):
        if isinstance(event, Progress) and event.stage == "copy":
            token.cancel()

    with pytest.raises(Cancelled):
        _store(home, catalog).import_path(tiny_dirs["llama"], on_event=on_event, cancel=token)
    _assert_untouched(home, catalog)


def test_remove_model_and_refusal_with_exports(home, catalog, tiny_dirs):
    from appliance.errors import ApplianceError
    from appliance.export.pipeline import Exporter

    store = _store(home, catalog)
    row = store.import_path(tiny_dirs["llama"], name="gone")
    exp, _ = Exporter(home, catalog).export("gone", "f16")
    with pytest.raises(ApplianceError, match="export"):
        store.remove("gone")
    store.remove("gone", force=True)
    assert catalog.find_model("gone") is None
    assert not (home.root / row["path"]).exists()
    assert not (home.root / exp["path"]).exists()
    assert catalog.list_exports() == []


def test_home_is_private(home, catalog, tiny_dirs):
    _store(home, catalog).import_path(tiny_dirs["llama"], name="private")
    assert home.root.stat().st_mode & 0o777 == 0o700
    assert home.catalog_path.stat().st_mode & 0o077 == 0


@pytest.mark.slow
def test_builtin_model_registers_on_first_use(home, catalog):
    from appliance.models import builtin
    from appliance.models.hf import load_tokenizer

    store = _store(home, catalog)
    assert not store.builtin_registered()
    row = store.get(builtin.BUILTIN_NAME)
    assert row["kind"] == "builtin" and row["params"] == 134515008
    stored = home.root / row["path"]
    for f in (
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
        "chat_template.jinja",
        "special_tokens_map.json",
        "generation_config.json",
        "config.json",
    ):
        assert (stored / f).is_file(), f
    tok = load_tokenizer(stored)
    assert (tok.bos_token, tok.eos_token) == ("<|im_start|>", "<|im_end|>")
    assert tok.convert_ids_to_tokens(tok.encode("a 123"))[-3:] == ["1", "2", "3"]  # SmolLM2 splits digits
    assert store.get(builtin.BUILTIN_NAME)["id"] == row["id"]  # second use: no re-import


def test_pytorch_bin_weights_are_stored_as_safetensors(home, catalog, tiny_copy):
    from safetensors.torch import load_file

    d = tiny_copy("llama")
    import torch

    torch.save(load_file(d / "model.safetensors"), d / "pytorch_model.bin")
    (d / "model.safetensors").unlink()
    row = _store(home, catalog).import_path(d, name="from-bin")
    stored = home.root / row["path"]
    assert (stored / "model.safetensors").is_file() and not (stored / "pytorch_model.bin").exists()
    assert row["params"] > 0 and "pytorch_model.bin" not in row["files"]


def test_changed_model_files_are_detected_before_export(home, catalog, tiny_dirs):
    from appliance.export.pipeline import Exporter

    row = _store(home, catalog).import_path(tiny_dirs["llama"], name="tampered")
    cfg = home.root / row["path"] / "generation_config.json"
    cfg.write_text(cfg.read_text().replace("\n", " \n", 1))
    with pytest.raises(CorruptFileError, match="generation_config.json"):
        Exporter(home, catalog).export("tampered", "f16")
    assert catalog.list_exports() == []
