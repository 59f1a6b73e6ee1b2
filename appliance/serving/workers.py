"""Child-process entry points for llama.cpp's converter and quantizer.

Export runs these in a separate process so that a cancel can stop them at once (the quantizer
is one blocking C call), their memory is returned to the system when they finish, and the
converter's own ``sys.path`` changes stay out of the appliance. The network guard is installed
first, so the converter is held to the same offline rule as the rest of the appliance.

    python -m appliance.serving.workers convert SCRIPT MODEL_DIR OUT OUTTYPE
    python -m appliance.serving.workers convert-lora SCRIPT ADAPTER_DIR BASE_DIR OUT OUTTYPE
    python -m appliance.serving.workers quantize IN OUT FTYPE_NAME THREADS
"""

from __future__ import annotations

import runpy
import sys

from appliance.offline import apply_offline_env, install_network_guard


def run_converter(script: str, argv: list[str]) -> None:
    sys.argv = [script, *argv]
    sys.path.insert(0, str(__import__("pathlib").Path(script).parent))
    runpy.run_path(script, run_name="__main__")


def run_quantizer(src: str, dst: str, ftype_name: str, threads: int) -> int:
    import llama_cpp

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, ftype_name)
    params.nthread = threads
    return int(llama_cpp.llama_model_quantize(src.encode(), dst.encode(), params))


def main(argv: list[str]) -> int:
    apply_offline_env()
    install_network_guard()
    cmd, *rest = argv
    if cmd == "convert":
        script, model_dir, out, outtype = rest
        run_converter(script, [model_dir, "--outfile", out, "--outtype", outtype])
        return 0
    if cmd == "convert-lora":
        script, adapter_dir, base_dir, out, outtype = rest
        run_converter(script, ["--base", base_dir, "--outfile", out, "--outtype", outtype, adapter_dir])
        return 0
    if cmd == "quantize":
        src, dst, ftype_name, threads = rest
        rc = run_quantizer(src, dst, ftype_name, int(threads))
        if rc != 0:
            print(f"llama_model_quantize returned {rc}", file=sys.stderr)
        return 1 if rc else 0
    print(f"unknown worker command {cmd!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
