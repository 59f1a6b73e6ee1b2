"""GGUF export through llama.cpp's converter and quantizer, and the verification gate."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from appliance.errors import Cancelled, ExportError, InvalidInputError, StorageError, VerificationFailed
from appliance.export.pipeline import Exporter
from appliance.fsutil import sha256_file
from appliance.models.store import ModelStore


def _import(home, catalog, path, name):
    return ModelStore(home, catalog).import_path(path, name=name)


def _nothing_left(home, catalog, stage: str | None = None):
    """No file anywhere; the attempt is in the catalog as failed, with the stage and the reason."""
    assert list(home.exports_dir.iterdir()) == []
    assert list(home.tmp_dir.iterdir()) == []
    rows = catalog.list_exports()
    assert all(r["status"] == "failed" and r["error"] for r in rows), rows
    if stage:
        (row,) = rows
        assert f"during the {stage} stage" in row["error"], row["error"]
    return rows


@pytest.mark.parametrize("arch", ["llama", "mistral", "qwen2"])
def test_f16_export_passes_the_gate(home, catalog, tiny_dirs, arch):
    model = _import(home, catalog, tiny_dirs[arch], f"t-{arch}")
    try:
        row, report = Exporter(home, catalog).export(f"t-{arch}", "f16")
    except VerificationFailed as exc:
        raise AssertionError(exc.report.render()) from exc
    assert row["status"] == "verified" and report.status == "pass"
    path = home.root / row["path"]
    assert path.name == f"t-{arch}-f16.gguf"
    assert sha256_file(path) == row["sha256"] and path.stat().st_size == row["size_bytes"]
    assert catalog.parents(row["id"]) == [
        {
            "child_id": row["id"],
            "parent_id": model["id"],
            "relation": "exported-from",
            "created_at": catalog.parents(row["id"])[0]["created_at"],
        }
    ]
    assert row["meta"]["model_sha256"] == model["sha256"]
    assert row["tool_versions"]["llama_cpp_python"] == "0.3.36"
    checks = {c.name: c.status for c in report.checks}
    for name in (
        "loads in llama.cpp",
        "chat template embedded",
        "BOS token",
        "EOS token",
        "end-of-turn tokens",
        "add-BOS flag",
        "chat rendering",
        "logits",
    ):
        assert checks[name] == "pass", (name, report.render())
    assert report.logits["top1"] >= 0.98 and report.logits["kl_mean"] < 0.005
    assert list(home.tmp_dir.iterdir()) == []


@pytest.mark.heavy
def test_tokenizer_differences_are_named_with_an_explicit_policy(home, catalog, tiny_dirs):
    """Qwen2-style tokenizers NFC-normalise; llama.cpp does not: a named, lossless warning."""
    _import(home, catalog, tiny_dirs["qwen2"], "q")
    row, report = Exporter(home, catalog).export("q", "f16")
    assert row["status"] == "verified"
    diffs = [t for t in report.tokenizer if t["status"] != "same"]
    assert diffs and all(t["status"] == "warn" and t["lossless"] for t in diffs)
    assert {t["category"] for t in diffs} == {"normalization"}
    text = report.render()
    assert "[WARN] normalization: 'cafe\\u0301" not in text  # shown as text, flagged as not NFC
    assert "(not NFC)" in text and "policy 'default'" in text
    with pytest.raises(VerificationFailed) as exc:
        Exporter(home, catalog).export("q", "f16", tokenizer_policy="strict", force=True)  # a second copy
    assert exc.value.report.status == "fail"
    failed = catalog.get_export([e for e in catalog.list_exports() if e["status"] == "failed"][0]["id"])
    assert failed["gate"]["tokenizer_policy"] == "strict"


def test_failed_gate_marks_export_failed_with_a_readable_report(home, catalog, tiny_copy):
    """A generation config naming an end-of-turn token llama.cpp will not stop on."""
    d = tiny_copy("llama")
    gen = json.loads((d / "generation_config.json").read_text())
    gen["eos_token_id"] = [2, 300]  # 300 is an ordinary word piece
    (d / "generation_config.json").write_text(json.dumps(gen))
    _import(home, catalog, d, "bad-eot")
    with pytest.raises(VerificationFailed) as exc:
        Exporter(home, catalog).export("bad-eot", "f16")
    report = exc.value.report
    assert "[FAIL] end-of-turn tokens: llama.cpp does not stop on [300]" in report.render()
    (row,) = catalog.list_exports()
    assert row["status"] == "failed" and row["gate"]["status"] == "fail"
    assert (home.root / row["path"]).is_file()  # kept for inspection


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_gate_catches_wrong_weights(home, catalog, tiny_dirs, tiny_copy, tmp_path):
    """The logits comparison fails when the GGUF does not hold the reference's weights."""
    from safetensors.torch import load_file, save_file

    from appliance.export.verify import run_gate

    _import(home, catalog, tiny_dirs["llama"], "orig")
    row, _ = Exporter(home, catalog).export("orig", "f16")
    other = tiny_copy("llama")
    tensors = load_file(other / "model.safetensors")
    tensors["model.layers.0.mlp.down_proj.weight"] *= -3.0
    save_file(tensors, other / "model.safetensors", metadata={"format": "pt"})
    (tmp_path / "gate").mkdir()
    report = run_gate(home.root / row["path"], other, "f16", work_dir=tmp_path / "gate")
    assert report.status == "fail"
    assert next(c for c in report.checks if c.name == "logits").status == "fail"
    assert report.logits["kl_mean"] > 0.005


def test_converter_refusal_becomes_a_clear_error(home, catalog, tiny_copy):
    """llama.cpp's converter refuses BPE tokenizers it does not recognise; nothing is kept."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    d = tiny_copy("llama")
    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.train_from_iterator(
        ["a small corpus for a new tokenizer"] * 10,
        trainers.BpeTrainer(vocab_size=300, special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"]),
    )
    for f in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "chat_template.jinja"):
        (d / f).unlink(missing_ok=True)
    PreTrainedTokenizerFast(tokenizer_object=tk, bos_token="<|im_start|>", eos_token="<|im_end|>").save_pretrained(d)
    _import(home, catalog, d, "odd-tok")
    with pytest.raises(ExportError, match="pre-tokenizer"):
        Exporter(home, catalog).export("odd-tok", "f16")
    _nothing_left(home, catalog, "convert")


def test_cancel_during_export_leaves_nothing(home, catalog, tiny_dirs):
    from appliance.events import CancelToken, Progress

    _import(home, catalog, tiny_dirs["llama"], "c")
    token = CancelToken()

    def on_event(e):
        if isinstance(e, Progress) and e.stage == "convert" and e.done >= 3:
            token.cancel()

    with pytest.raises(Cancelled):
        Exporter(home, catalog).export("c", "q8_0", on_event=on_event, cancel=token)
    (row,) = _nothing_left(home, catalog, "convert")
    assert row["error"].startswith("cancelled")


def test_cancel_during_gate_removes_the_export(home, catalog, tiny_dirs):
    from appliance.events import CancelToken, Progress

    _import(home, catalog, tiny_dirs["llama"], "c2")
    token = CancelToken()

    def on_event(e):
        if isinstance(e, Progress) and e.stage == "verify" and str(e.message) == "llama.cpp log-probabilities":
            token.cancel()

    with pytest.raises(Cancelled):
        Exporter(home, catalog).export("c2", "f16", on_event=on_event, cancel=token)
    _nothing_left(home, catalog, "verify")


def test_unknown_quant_and_model(home, catalog, tiny_dirs):
    from appliance.errors import NotFoundError

    with pytest.raises(InvalidInputError, match="q4_k_m"):
        Exporter(home, catalog).export("anything", "q9_9")
    with pytest.raises(NotFoundError):
        Exporter(home, catalog).export("no-such-model", "f16")


def test_quantizer_writes_the_requested_type(served_home, tmp_path):
    """llama.cpp's quantizer (in its worker process) turns an f16 GGUF into q8_0 and q4_k_m."""
    import gguf

    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open(served_home)) as cat:
        src = served_home / cat.list_exports()[0]["path"]
    for name, ftype, code in (("q8_0", "LLAMA_FTYPE_MOSTLY_Q8_0", 7), ("q4_k_m", "LLAMA_FTYPE_MOSTLY_Q4_K_M", 15)):
        out = tmp_path / f"{name}.gguf"
        subprocess.run(
            [sys.executable, "-m", "appliance.export.workers", "quantize", str(src), str(out), ftype, "2"],
            check=True,
            capture_output=True,
        )
        reader = gguf.GGUFReader(out)
        assert reader.fields[gguf.Keys.General.FILE_TYPE].contents() == code
        assert out.stat().st_size < src.stat().st_size


@pytest.mark.heavy  # 12 s or more: make test-heavy (make test stays under 15 minutes)
def test_verify_again_and_tampered_file(home, catalog, tiny_dirs):
    _import(home, catalog, tiny_dirs["llama"], "v")
    row, _ = Exporter(home, catalog).export("v", "f16")
    again, report = Exporter(home, catalog).verify(row["id"])
    assert report.status == "pass" and again["status"] == "verified"
    path = home.root / row["path"]
    with open(path, "r+b") as f:
        f.seek(path.stat().st_size - 10)
        f.write(b"\x00" * 10)
    with pytest.raises(ExportError, match="no longer matches"):
        Exporter(home, catalog).verify(row["id"])


@pytest.fixture
def small_disk(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root) to simulate a full disk")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_is_refused_before_writing(small_disk, tiny_dirs, monkeypatch):
    from conftest import init_workspace

    from appliance.catalog import Catalog

    home = init_workspace(small_disk / "home")
    with Catalog.open(home) as cat:
        with pytest.raises(StorageError, match="Not enough disk space"):
            ModelStore(home, cat).import_path(tiny_dirs["llama"], name="big")
        assert cat.list_models() == []
    assert list(home.models_dir.iterdir()) == [] and list(home.tmp_dir.iterdir()) == []


def test_disk_filling_up_mid_write_keeps_nothing(small_disk):
    from appliance.fsutil import atomic_write_bytes

    target = small_disk / "out.bin"
    with pytest.raises(StorageError, match="disk is full"):
        atomic_write_bytes(target, b"\0" * (8 << 20))
    assert list(small_disk.iterdir()) == []


@pytest.mark.slow
@pytest.mark.parametrize("quant", ["q8_0", "q4_k_m"])
def test_builtin_model_quantized_exports_pass(home, catalog, quant):
    row, report = Exporter(home, catalog).export("smollm2-135m-instruct", quant)
    assert row["status"] == "verified", report.render()
    assert all(t["status"] == "same" for t in report.tokenizer), report.render()
