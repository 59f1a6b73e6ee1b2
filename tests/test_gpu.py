"""The whole loop on a CUDA GPU (skipped with a reason on machines without one).

Run on a GPU machine with llama.cpp built for CUDA (`make native LLAMA_BACKEND=cuda`, or
`../shared/gpu/setup.sh`) as `python -m pytest -m gpu`. Each test drives the real built-in model
(SmolLM2-135M-Instruct): the q8_0 gate's thresholds are calibrated on trained models, not on
random ones. This test process trains (torch, CUDA); everything that loads llama.cpp runs in
processes of its own, as in the product (`appliance/isolation.py`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import PASSPHRASE, serve_and_ask

pytestmark = pytest.mark.gpu

BUILTIN = "smollm2-135m-instruct"


@pytest.fixture
def gpu_home(home, catalog, unlocked):
    from pathlib import Path

    import appliance.samples
    from appliance.data.datasets import DatasetStore, default_stats_tokenizer

    sample = Path(appliance.samples.__file__).parent / "kestrel_registry.jsonl"
    DatasetStore(home, catalog, unlocked).import_file(
        sample, name="kestrel", tokenizer=default_stats_tokenizer(home, catalog)
    )
    return home


def _recipe(**over):
    from appliance.tuning.recipe import recipe_from_dict

    base = {
        "run": {"base_model": BUILTIN, "datasets": ["kestrel"]},
        "training": {
            "max_steps": 20,
            "batch_size": 8,
            "sequence_length": 256,
            "learning_rate": 2e-4,
            "device": "cuda",
            "precision": "auto",
            "seed": 3,
        },
    }
    for path, value in over.items():
        section, key = path.split("__")
        base.setdefault(section, {})[key] = value
    return recipe_from_dict(base)


def test_lora_on_cuda_merge_export_q8_and_serve_offloaded(gpu_home, catalog, unlocked):
    from appliance.export.pipeline import Exporter
    from appliance.tuning.service import merge_run, start_training

    run = start_training(gpu_home, catalog, unlocked, _recipe(run__name="gpu-lora"))
    assert run["status"] == "completed" and run["device"] == "cuda:0" and run["precision"] in ("bf16", "fp16")
    merge_run(gpu_home, catalog, run["id"], name="gpu-lora-tuned")
    row, report = Exporter(gpu_home, catalog).export("gpu-lora-tuned", "q8_0")
    assert row["status"] == "verified", report.render()
    # The server is its own process (llama.cpp never joins this torch process); it prints a note
    # only when it cannot put every layer on the GPU.
    err = serve_and_ask(
        gpu_home.root, "gpu-lora-tuned", ctx=2048, max_tokens=16, question="What is the registry helpline?"
    )
    assert "layers on the GPU" not in err and "running on the CPU" not in err, err


def test_qlora_merges_into_a_full_precision_copy_and_exports(gpu_home, catalog, unlocked):
    pytest.importorskip("bitsandbytes", reason="QLoRA needs bitsandbytes (../shared/gpu: pip_kit .gpu/bnb)")
    from safetensors import safe_open

    from appliance.export.pipeline import Exporter
    from appliance.tuning.service import merge_run, start_training

    run = start_training(gpu_home, catalog, unlocked, _recipe(run__name="gpu-qlora", method__kind="qlora"))
    assert run["status"] == "completed"
    merged = merge_run(gpu_home, catalog, run["id"], name="gpu-qlora-tuned")
    folder = gpu_home.root / merged["path"]
    config = json.loads((folder / "config.json").read_text())
    assert "quantization_config" not in config  # folded into bf16/fp16 weights, not the 4-bit ones
    with safe_open(str(next(folder.glob("*.safetensors"))), "pt") as f:
        dtypes = {str(f.get_tensor(k).dtype) for k in list(f.keys())[:8]}
    assert dtypes <= {"torch.bfloat16", "torch.float16"}, dtypes
    assert merged["dtype"] in ("bfloat16", "float16")
    row, report = Exporter(gpu_home, catalog).export("gpu-qlora-tuned", "q8_0")
    assert row["status"] == "verified", report.render()


def test_a_chosen_gpu_and_a_missing_one(gpu_home, catalog, unlocked):
    import torch

    from appliance.errors import InvalidInputError
    from appliance.tuning.service import start_training

    last = torch.cuda.device_count() - 1
    run = start_training(
        gpu_home, catalog, unlocked, _recipe(run__name="pick", training__device=f"cuda:{last}", training__max_steps=2)
    )
    assert run["device"] == f"cuda:{last}"
    with pytest.raises(InvalidInputError, match=r"cuda:\d+.*numbered 0 to"):
        start_training(gpu_home, catalog, unlocked, _recipe(training__device=f"cuda:{last + 1}"))


def test_gpu_out_of_memory_is_a_clear_error_and_keeps_the_checkpoint(gpu_home, catalog, unlocked, tmp_path):
    """Another process holds nearly all the GPU's memory: training stops with the OOM message."""
    import torch

    from appliance.tuning.runs import RunStore

    free, _total = torch.cuda.mem_get_info(0)
    hog = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import torch, sys, time\n"
                f"x = torch.empty({max(0, free - (600 << 20))}, dtype=torch.uint8, device='cuda:0')\n"
                "print('held', flush=True)\ntime.sleep(600)\n"
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert hog.stdout.readline().strip() == "held"
        pfile = tmp_path / "pass"
        pfile.write_text(PASSPHRASE)
        recipe = tmp_path / "big.toml"
        recipe.write_text(
            _recipe(
                run__name="oom", training__batch_size=64, training__sequence_length=2048, checkpoint__every=1
            ).to_toml()
        )
        out = subprocess.run(
            [sys.executable, "-m", "appliance", "--passphrase-file", str(pfile), "train", "--recipe", str(recipe)],
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "APPLIANCE_HOME": str(gpu_home.root)},
        )
    finally:
        hog.kill()
        hog.wait()
    assert out.returncode == 15, out.stderr
    assert "out of memory" in out.stderr and "Traceback" not in out.stderr
    runs = RunStore(gpu_home, catalog).list()
    assert all(r["status"] != "running" for r in runs)


def test_chat_runs_every_layer_on_the_gpu_in_llama_server(gpu_home, catalog, tmp_path):
    from appliance.export.pipeline import Exporter

    Exporter(gpu_home, catalog).export(BUILTIN, "q8_0")
    reports = tmp_path / "reports"
    out = subprocess.run(
        [sys.executable, "-m", "appliance", "chat", BUILTIN, "--prompt", "Hello", "--max-tokens", "8"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "APPLIANCE_HOME": str(gpu_home.root), "APPLIANCE_PROCESS_REPORT": str(reports)},
    )
    assert out.returncode == 0, out.stderr
    assert "note:" not in out.stderr and "runs all layers on the GPU" in out.stderr  # nothing left on the CPU
    (report,) = [json.loads(p.read_text()) for p in reports.glob("*.json")]
    assert not report["loaded"]["torch"] and not report["loaded"]["llama"]  # the model is in llama-server
