"""Worker processes' entry point: one command each, each declared llama.cpp or torch.

The parent starts these with ``appliance.procs.run_worker`` (or ``query_worker``). Each command
is either a llama.cpp command or a torch command (``appliance/isolation.py``); the process is
declared of that kind before anything loads, so a stray import of the other stack is refused
with a clear error instead of crashing. The network guard is installed first: the converter is
held to the same offline rule as the rest of the appliance.

    torch:  convert SCRIPT MODEL_DIR OUT OUTTYPE [PRE]
            converter-pre SCRIPT MODEL_DIR
            convert-lora SCRIPT ADAPTER_DIR BASE_DIR OUT OUTTYPE
            gate-reference MODEL_DIR WORK_DIR PARAMS STORED_DTYPE
            probe-torch
    llama:  quantize IN OUT FTYPE_NAME THREADS    (libllama's quantizer: file to file, no model loaded)
            gate-llama GGUF WORK_DIR           (a client of llama-server: export/gate_llama.py)
            adapter-check GGUF ADAPTER_GGUF    (a client of llama-server)
            probe-llama                        (the library's facts for `appliance doctor`)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from appliance import faults, isolation
from appliance.offline import apply_offline_env, install_network_guard
from appliance.procs import progress

LLAMA_COMMANDS = {"quantize", "gate-llama", "adapter-check", "probe-llama"}
TORCH_COMMANDS = {"convert", "convert-lora", "converter-pre", "gate-reference", "probe-torch"}


def run_quantizer(src: str, dst: str, ftype_name: str, threads: int) -> int:
    from appliance.host.native import llama_module

    llama_cpp = llama_module()
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, ftype_name)
    params.nthread = threads
    faults.point("worker.quantize")
    return int(llama_cpp.llama_model_quantize(src.encode(), dst.encode(), params))


def _adapter_check(gguf_path: str, adapter: str) -> int:
    """llama-server loads the base with the adapter applied and generates a token through it."""
    from appliance.serving.llama_client import LlamaBackend

    with LlamaBackend(Path(gguf_path), n_ctx=256, lora=Path(adapter), gpu_layers=0, warmup=False) as b:
        b.post("/completion", {"prompt": "Hello", "n_predict": 1, "temperature": 0.0})
    return 0


def _probe(kind: str) -> int:
    if kind == "llama":
        from appliance.host.probes import llama_facts

        facts = llama_facts()
    else:
        from appliance.host.probes import torch_facts

        facts = torch_facts()
    print(json.dumps(facts), flush=True)
    return 0


def main(argv: list[str]) -> int:
    apply_offline_env()
    install_network_guard()
    if not argv:
        print("usage: python -m appliance.export.workers COMMAND ARGS…", file=sys.stderr)
        return 2
    cmd, *rest = argv
    if cmd not in LLAMA_COMMANDS | TORCH_COMMANDS:
        print(f"unknown worker command {cmd!r}", file=sys.stderr)
        return 2
    isolation.install(isolation.LLAMA if cmd in LLAMA_COMMANDS else isolation.TORCH)
    faults.point(f"worker.{cmd}.start")
    if cmd == "convert":
        script, model_dir, out, outtype, *pre = rest
        faults.point("worker.convert")
        from appliance.export.converter import run_converter

        run_converter(script, [model_dir, "--outfile", out, "--outtype", outtype], pre=pre[0] if pre else None)
        return 0
    if cmd == "converter-pre":
        from appliance.export.converter import converter_pre_name

        return converter_pre_name(*rest)
    if cmd == "convert-lora":
        script, adapter_dir, base_dir, out, outtype = rest
        from appliance.export.converter import run_converter

        run_converter(script, ["--base", base_dir, "--outfile", out, "--outtype", outtype, adapter_dir])
        return 0
    if cmd == "quantize":
        src, dst, ftype_name, threads = rest
        rc = run_quantizer(src, dst, ftype_name, int(threads))
        if rc != 0:
            print(f"llama_model_quantize returned {rc}", file=sys.stderr)
        return 1 if rc else 0
    if cmd == "gate-reference":
        from appliance.export.gate_reference import collect

        model_dir, work_dir, params, stored_dtype = rest
        collect(Path(model_dir), Path(work_dir), params=int(params), stored_dtype=stored_dtype, progress=progress)
        faults.point("worker.gate-reference")
        return 0
    if cmd == "gate-llama":
        from appliance.export.gate_llama import collect

        gguf_path, work_dir = rest

        def report(message, done=None, total=None):
            progress(message, done, total)
            if done == 1:  # the model is loaded and has evaluated a prompt
                faults.point("worker.gate-llama")

        collect(Path(gguf_path), Path(work_dir), progress=report, on_note=lambda note: progress(note))
        return 0
    if cmd == "adapter-check":
        return _adapter_check(*rest)
    return _probe("llama" if cmd == "probe-llama" else "torch")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
