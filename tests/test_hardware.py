"""Hardware in view (issue 18, feature 5): the machine's load as the core samples it, the device
and precision a run will use said before it starts (the run's own decision), and the Train page's
live graphs (offscreen, real widgets; a stand-in nvidia-smi where a GPU's graphs are tested on a
machine without one)."""

from __future__ import annotations

import json
import shutil
import time

import pytest
import test_gui

from appliance.errors import InvalidInputError
from appliance.system import monitor
from appliance.tuning import devices

# The GUI tests' fixtures: a window over a fresh workspace, and a private Qt settings folder.
window, gui_config, unlock = test_gui.window, test_gui.gui_config, test_gui.unlock

ARABIC_DIGITS = set("٠١٢٣٤٥٦٧٨٩")
H100 = "NVIDIA H100 80GB HBM3"


def _fake_nvidia_smi(tmp_path, monkeypatch, *, usage: str = f"0, {H100}, 37, 1024, 81559", sleep: float = 0):
    """An ``nvidia-smi`` first on PATH that answers like one H100 (or hangs ``sleep`` seconds)."""
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir(exist_ok=True)
    exe = bin_dir / "nvidia-smi"
    exe.write_text(
        "#!/bin/sh\n"
        + (f"exec sleep {sleep}\n" if sleep else "")  # hangs as one process: a kill ends it
        + 'case "$*" in\n'
        + f'  *utilization.gpu*) echo "{usage}" ;;\n'
        + f'  *) echo "0, {H100}, 81559, 80000, 9.0, 580.95.05" ;;\n'
        + "esac\n"
    )
    exe.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{__import__('os').environ['PATH']}")
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    return exe


# --- the core sampler ------------------------------------------------------------------------


def test_a_sample_of_this_machine_has_sane_numbers():
    monitor.sample()
    time.sleep(0.1)
    s = monitor.sample()
    assert 0.0 <= s.cpu_percent <= 100.0
    assert 0 < s.memory_used <= s.memory_total
    if shutil.which("nvidia-smi") is None:  # this machine: no GPU is an empty list, not an error
        assert s.gpus == ()
    for g in s.gpus:
        assert 0 <= g.memory_used <= g.memory_total and (g.utilization is None or 0 <= g.utilization <= 100)


def test_nvidia_smi_usage_is_parsed_with_cuda_visible_devices_honoured():
    text = f"0, {H100}, 37, 1024, 81559\n1, NVIDIA L4, [N/A], 10, 23034\nnot a line\n2, X, 5, [N/A], 1\n"
    both = monitor.parse_gpu_usage(text)
    assert [(g.index, g.name, g.utilization) for g in both] == [(0, H100, 37.0), (1, "NVIDIA L4", None)]
    assert both[0].memory_used == 1024 << 20 and both[0].memory_total == 81559 << 20
    only_l4 = monitor.parse_gpu_usage(text, "1")
    assert [(g.index, g.name) for g in only_l4] == [(0, "NVIDIA L4")]  # renumbered as CUDA does
    assert monitor.parse_gpu_usage(text, "") == () and monitor.parse_gpu_usage("") == ()


def test_the_sampler_reads_nvidia_smi_and_survives_one_that_hangs(tmp_path, monkeypatch):
    _fake_nvidia_smi(tmp_path, monkeypatch)
    (gpu,) = monitor.sample().gpus
    assert (gpu.index, gpu.name, gpu.utilization, gpu.memory_used) == (0, H100, 37.0, 1024 << 20)
    _fake_nvidia_smi(tmp_path, monkeypatch, sleep=5)
    t = time.monotonic()
    assert monitor.sample(timeout=0.3).gpus == ()  # a hung driver: no GPUs, quickly, no error
    assert time.monotonic() - t < 3
    assert monitor.sample(gpus=False).gpus == ()


# --- the device and precision, before the run ------------------------------------------------


def test_one_decision_over_the_hardware_facts():
    def where(*args):
        p = devices.resolve(*args)
        return p.device, p.precision, p.autocast, p.name

    ampere, turing = devices.Hardware((("A100", 8),)), devices.Hardware((("T4", 7),))
    assert where("auto", "auto", "lora", ampere) == ("cuda:0", "bf16", True, "A100")
    assert where("auto", "auto", "lora", turing) == ("cuda:0", "fp16", True, "T4")
    assert where("cuda", "fp32", "full", ampere) == ("cuda:0", "fp32", False, "A100")
    assert where("auto", "auto", "lora", devices.Hardware(cpu_bf16=True))[:2] == ("cpu", "bf16")
    assert where("auto", "auto", "lora", devices.Hardware(cpu_name="Some CPU")) == ("cpu", "fp32", False, "Some CPU")
    assert "no native bf16" in devices.resolve("cpu", "bf16", "lora", devices.Hardware()).note
    for args, match in (
        (("cuda", "auto", "lora", devices.Hardware()), "no CUDA GPU"),
        (("auto", "auto", "qlora", devices.Hardware()), "QLoRA"),
        (("cuda:1", "auto", "lora", ampere), "shows 1 GPU"),
        (("cuda", "bf16", "lora", turing), "does not support bf16"),
        (("cpu", "fp16", "lora", ampere), "fp16 training is not supported on the CPU"),
    ):
        with pytest.raises(InvalidInputError, match=match):
            devices.resolve(*args)


def test_the_preview_asks_nvidia_smi_and_not_torch(tmp_path, monkeypatch):
    from appliance.tuning.recipe import recipe_from_dict

    _fake_nvidia_smi(tmp_path, monkeypatch)
    recipe = recipe_from_dict({"training": {"device": "auto", "precision": "auto"}})
    monkeypatch.setattr(devices, "_torch_has_cuda", lambda: True)
    p = devices.preview(recipe)
    assert (p.device, p.precision, p.name) == ("cuda:0", "bf16", H100)  # compute capability 9.0
    monkeypatch.setattr(devices, "_torch_has_cuda", lambda: False)  # a CPU-only torch cannot use it
    assert devices.preview(recipe).device == "cpu"


def test_torch_cuda_build_is_read_without_importing_torch():
    import importlib.metadata
    import subprocess
    import sys

    code = "import sys; from appliance.tuning import devices; print(devices._torch_has_cuda(), 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    import torch

    assert out == [str(torch.version.cuda is not None), "False"], importlib.metadata.version("torch")


def test_the_preview_is_what_the_run_uses(home, catalog, unlocked, tiny_dirs, tmp_path, bpe_tokenizer):
    """A tiny CPU run on "auto"/"auto": the preview (nvidia-smi, no torch) names the device and
    precision the run recorded (torch's answer)."""
    from appliance.data.datasets import DatasetStore
    from appliance.models.store import ModelStore
    from appliance.tuning.recipe import recipe_from_dict
    from appliance.tuning.service import start_training

    ModelStore(home, catalog).import_path(tiny_dirs["llama"], name="tiny")
    src = tmp_path / "rows.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": f"Q{i}?"}, {"role": "assistant", "content": f"A{i}."}]}
        for i in range(8)
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    DatasetStore(home, catalog, unlocked).import_file(src, name="rows", tokenizer=bpe_tokenizer)
    recipe = recipe_from_dict(
        {
            "run": {"base_model": "tiny", "datasets": ["rows"]},
            "training": {
                "max_steps": 1,
                "batch_size": 2,
                "sequence_length": 128,
                "device": "auto",
                "precision": "auto",
            },
            "evaluation": {"eval_every": 0},
        }
    )
    before = devices.preview(recipe)
    assert devices.smi_hardware().gpus == devices.torch_hardware().gpus  # both sources agree here
    row = start_training(home, catalog, unlocked, recipe)
    assert row["status"] == "completed"
    assert (before.device, before.precision) == (row["device"], row["precision"])
    assert devices.placement_for(recipe) == before  # the run's own call, torch asked


@pytest.mark.gpu
def test_on_a_gpu_the_sampler_sees_it_and_the_preview_matches_torch():
    from appliance.tuning.recipe import recipe_from_dict

    s = monitor.sample()
    assert s.gpus and all(0 < g.memory_total and 0 <= g.memory_used <= g.memory_total for g in s.gpus)
    recipe = recipe_from_dict({"training": {"device": "auto", "precision": "auto"}})
    smi, torch_side = devices.preview(recipe), devices.placement_for(recipe)
    assert (smi.device, smi.precision) == (torch_side.device, torch_side.precision)
    assert smi.device.startswith("cuda")


# --- the Train page --------------------------------------------------------------------------


def test_the_train_page_graphs_the_machine_while_shown(qtbot, window):
    from PySide6.QtCore import QLocale

    from gui.i18n import apply_language

    tr = window.pages["train"]
    hw = tr.hardware
    window.show_page("train")
    qtbot.waitUntil(lambda: hw.samples >= 2, timeout=5_000)
    assert hw.timer.isActive() and len(hw.cpu.graph.values) >= 2 and len(hw.memory.graph.values) >= 2
    assert all(0 <= v <= 100 for v in hw.cpu.graph.values) and hw.memory.graph.maximum == hw.last.memory_total
    loc = QLocale()
    assert hw.cpu.value.text() == loc.toString(hw.last.cpu_percent, "f", 0) + loc.percent()
    assert hw.memory.value.text() == (
        f"{loc.formattedDataSize(hw.last.memory_used, 1)} of {loc.formattedDataSize(hw.last.memory_total, 1)}"
    )
    assert (hw.cpu.title.text(), hw.memory.title.text()) == ("CPU", "Memory")
    if shutil.which("nvidia-smi") is None:
        assert hw.gpu_tiles == {}
    # Arabic: the same values in Arabic-Indic digits, at the next sample.
    apply_language("ar")
    n = hw.samples
    qtbot.waitUntil(lambda: hw.samples > n, timeout=5_000)
    assert ARABIC_DIGITS & set(hw.cpu.value.text()) and ARABIC_DIGITS & set(hw.memory.value.text())
    apply_language("en")
    # Hidden (another page): no timer, no samples.
    window.show_page("models")
    assert not hw.timer.isActive()
    n = hw.samples
    qtbot.wait(1_500)
    assert hw.samples == n
    window.show_page("train")
    assert hw.timer.isActive()


def test_the_train_page_says_which_device_and_precision_the_run_will_use(qtbot, window):
    tr = window.pages["train"]
    window.show_page("train")
    tr.device.setCurrentIndex(tr.device.findData("cpu"))
    tr.precision.setCurrentIndex(tr.precision.findData("auto"))
    tr.method.setCurrentIndex(tr.method.findData("lora"))
    p = devices.preview(tr.recipe())
    assert p.device == "cpu" and p.precision in ("fp32", "bf16")
    name = f" (\u2066{p.name}\u2069)" if p.name else ""
    assert tr.placement.text() == f"This run will use: CPU{name} · {p.precision}"
    tr.precision.setCurrentIndex(tr.precision.findData("fp32"))  # it follows the form
    assert tr.placement.text().endswith("· fp32")
    tr.precision.setCurrentIndex(tr.precision.findData("fp16"))  # what the run would refuse, said now
    assert "fp16 training is not supported on the CPU" in tr.placement.text()
    tr.precision.setCurrentIndex(tr.precision.findData("auto"))
    tr.method.setCurrentIndex(tr.method.findData("qlora"))  # already said in the problems above
    assert "QLoRA needs an NVIDIA GPU" in tr.problems.text() and tr.placement.text() == ""
    tr.method.setCurrentIndex(tr.method.findData("lora"))
    tr.lr.setText("fast")  # another field wrong: the device is still said
    assert tr.placement.text().startswith("This run will use: CPU")


def test_a_gpu_gets_its_own_graphs_without_blocking_the_window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QLocale, QProcess

    from gui.widgets.hardware import HardwarePanel

    _fake_nvidia_smi(tmp_path, monkeypatch)
    panel = HardwarePanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: 0 in panel.gpu_tiles and len(panel.gpu_tiles[0][1].graph.values) >= 1, timeout=5_000)
    util, vram = panel.gpu_tiles[0]
    assert (util.title.text(), vram.title.text(), util.toolTip()) == ("GPU 0 load", "GPU 0 memory", H100)
    loc = QLocale()
    assert util.value.text() == loc.toString(37.0, "f", 0) + loc.percent()
    assert vram.value.text() == f"{loc.formattedDataSize(1024 << 20, 1)} of {loc.formattedDataSize(81559 << 20, 1)}"
    assert list(util.graph.values)[-1] == 37.0 and vram.graph.maximum == 81559 << 20
    panel.hide()
    assert not panel.timer.isActive()
    # A driver that hangs: each tick returns at once (nvidia-smi runs in a QProcess).
    _fake_nvidia_smi(tmp_path, monkeypatch, sleep=30)
    slow = HardwarePanel()
    qtbot.addWidget(slow)
    t = time.monotonic()
    slow.show()
    for _ in range(3):
        slow.tick()
    assert time.monotonic() - t < 0.5 and slow.samples >= 4 and slow.gpu_tiles == {}
    assert slow._proc.state() != QProcess.NotRunning
    slow.hide()  # the hung query is killed, not left behind
    assert slow._proc.state() == QProcess.NotRunning
