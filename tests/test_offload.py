"""How many layers go to the GPU: all when the model fits, as many as fit otherwise, none
without a GPU; read from a real GGUF's metadata and nvidia-smi's answer."""

from __future__ import annotations

from appliance.host.probes import parse_nvidia_smi
from appliance.serving.offload import ModelShape, plan, read_shape

GIB = 1 << 30
SMOLLM_1_7B_Q8 = ModelShape(file_bytes=int(1.82 * GIB), layers=24, kv_bytes_per_token=2 * 24 * 32 * 64 * 2)


def test_the_shape_comes_from_the_gguf_metadata(served_home):
    from appliance.catalog import Catalog
    from appliance.home import Home

    with Catalog.open(Home.open(served_home)) as cat:
        row = next(e for e in cat.list_exports() if e["status"] == "verified")
    shape = read_shape(served_home / row["path"])
    assert shape.layers == 2  # the tiny test models (tests/tiny_models.py)
    assert shape.file_bytes == (served_home / row["path"]).stat().st_size
    assert shape.kv_bytes_per_token > 0


def test_a_model_that_fits_goes_entirely_to_the_gpu():
    gpus = [{"index": 0, "free_bytes": 70 * GIB}]
    assert plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=gpus, offload_supported=True).gpu_layers == -1


def test_a_model_too_large_gets_the_layers_that_fit_and_says_so():
    p = plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=[{"index": 0, "free_bytes": int(1.5 * GIB)}], offload_supported=True)
    assert 0 < p.gpu_layers < 24
    assert f"{p.gpu_layers} of 24 layers on the GPU" in p.note and "--gpu-layers" in p.note
    tiny = plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=[{"index": 0, "free_bytes": 300 << 20}], offload_supported=True)
    assert tiny.gpu_layers == 0 and "running on the CPU" in tiny.note


def test_no_gpu_backend_or_no_visible_gpu_runs_on_the_cpu():
    assert plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=[], offload_supported=False).gpu_layers == 0
    p = plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=[], offload_supported=True)
    assert p.gpu_layers == 0 and "no GPU is visible" in p.note


def test_an_explicit_layer_count_wins_but_not_without_a_gpu_build():
    gpus = [{"index": 0, "free_bytes": 70 * GIB}]
    assert plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=gpus, offload_supported=True, requested=10).gpu_layers == 10
    assert plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=gpus, offload_supported=True, requested=0).gpu_layers == 0
    p = plan(SMOLLM_1_7B_Q8, n_ctx=4096, gpus=[], offload_supported=False, requested=-1)
    assert p.gpu_layers == 0 and "without a GPU backend" in p.note


def test_nvidia_smi_answer_and_cuda_visible_devices():
    text = "0, NVIDIA H100 80GB HBM3, 81559, 80000, 9.0, 580.95.05\n1, NVIDIA L4, 23034, 22000, 8.9, 580.95.05\n"
    both = parse_nvidia_smi(text)
    assert both["driver"] == "580.95.05" and [g["name"] for g in both["gpus"]] == ["NVIDIA H100 80GB HBM3", "NVIDIA L4"]
    assert both["gpus"][0]["free_bytes"] == 80000 << 20 and both["gpus"][1]["capability"] == "8.9"
    only_l4 = parse_nvidia_smi(text, "1")
    assert [(g["index"], g["name"]) for g in only_l4["gpus"]] == [(0, "NVIDIA L4")]  # renumbered as CUDA does
    assert parse_nvidia_smi(text, "")["gpus"] == []
    assert parse_nvidia_smi("")["gpus"] == []
