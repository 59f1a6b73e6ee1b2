"""What a release holds and which of its variants a machine gets: ``release.json``'s rules
(``release_problem``), the variants it names, the facts that decide one (``machine_facts``), the
choice (``choose_variant``: the variant and why, a ``Message`` the install record keeps beside its
English) and the files it installs (``install_plan``). The installer (``install.py``) uses these."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from appliance.errors import BundleError
from appliance.messages import M, Message

VARIANTS_DIR = "variants/"


def variants_of(release: dict) -> dict[str, dict]:
    """The variants a release names (``{"cpu": {...}, "cuda": {...}}``); a list of names is the
    older form of the same thing."""
    v = release.get("variants") or {"cpu": {}}
    return {name: {} for name in v} if isinstance(v, list) else dict(v)


def machine_facts() -> dict:
    """What decides the variant: an NVIDIA driver (``/proc/driver/nvidia/version``) and the compute
    capability of each GPU ``nvidia-smi`` lists."""
    facts: dict = {"nvidia_driver": Path("/proc/driver/nvidia/version").is_file(), "gpu_capabilities": []}
    if shutil.which("nvidia-smi"):
        try:
            out = subprocess.run(
                ["nvidia-smi", "--query-gpu=compute_cap", "--format=csv,noheader"],
                capture_output=True,
                text=True,
                timeout=20,
            )
            if out.returncode == 0:
                facts["nvidia_driver"] = True
                facts["gpu_capabilities"] = [
                    line.strip().replace(".", "")
                    for line in out.stdout.splitlines()
                    if re.fullmatch(r"\s*\d+\.\d+\s*", line)
                ]
        except (OSError, subprocess.TimeoutExpired):
            pass
    return facts


def choose_variant(release: dict, facts: dict, requested: str | None = None) -> tuple[str, Message]:
    """``(variant, reason)`` for a machine with these facts (``machine_facts()``)."""
    variants = variants_of(release)
    if requested:
        if requested not in variants:
            raise BundleError(
                M(
                    "bundle.no_such_variant",
                    "This bundle has no {variant!r} variant (it has: {variants}).",
                    variant=requested,
                    variants=", ".join(sorted(variants)),
                ),
                hint=M(
                    "bundle.no_such_variant.hint", "Leave out --variant to let the installer choose for this machine."
                ),
            )
        return requested, M("bundle.variant.requested", "chosen by the operator (--variant)")
    if "cpu" not in variants:
        raise BundleError(
            M("bundle.no_cpu_variant", "The bundle has no cpu variant."),
            hint=M("bundle.build.hint", "Build it with `make bundle`."),
        )
    cuda = variants.get("cuda")
    if cuda is None:
        return "cpu", M("bundle.variant.no_gpu_variant", "the bundle has no GPU variant")
    if not facts.get("nvidia_driver"):
        return "cpu", M("bundle.variant.no_driver", "no NVIDIA driver is loaded on this machine")
    built = sorted(int(a) for a in re.findall(r"\d+", " ".join(map(str, cuda.get("cuda_architectures") or []))))
    gpus = sorted(int(c) for c in facts.get("gpu_capabilities") or [])
    if not gpus:
        return "cpu", M("bundle.variant.no_gpu", "an NVIDIA driver is loaded but nvidia-smi lists no GPU")
    if built and max(gpus) < built[0]:
        return "cpu", M(
            "bundle.variant.gpu_too_old",
            "the GPU (compute capability {capability:.1f}) is older than the bundle's CUDA build (architectures {built})",
            capability=max(gpus) / 10,
            built=", ".join(map(str, built)),
        )
    return "cuda", M(
        "bundle.variant.gpu",
        "an NVIDIA GPU (compute capability {capability:.1f}) and its driver are present",
        capability=max(gpus) / 10,
    )


def install_plan(signed: dict, variant: str, variants: dict) -> dict[str, str]:
    """``{path in the bundle: path in the version folder}`` for one variant: the common files, and
    that variant's files with their ``variants/<name>/`` prefix taken off."""
    plan: dict[str, str] = {}
    for rel in signed:
        if rel.startswith(VARIANTS_DIR):
            name, _, inner = rel[len(VARIANTS_DIR) :].partition("/")
            if name not in variants:
                raise BundleError(
                    M(
                        "bundle.unknown_variant_file",
                        "The bundle holds {path}, of a variant release.json does not name.",
                        path=rel,
                    ),
                    hint=M("bundle.rebuild.hint", "Do not install it; build the bundle again."),
                )
            if name != variant:
                continue
            dest = inner
        else:
            dest = rel
        if dest in plan.values():
            raise BundleError(
                M(
                    "bundle.variant_clash",
                    "The bundle's {variant} variant and its common files both hold {path}.",
                    variant=variant,
                    path=dest,
                ),
                hint=M("bundle.build_again.hint", "Build the bundle again."),
            )
        plan[rel] = dest
    return plan


VERSION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,127}")  # it names a folder: versions/VERSION
VARIANT_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def release_problem(rel) -> Message | None:
    """What makes a (signed) ``release.json`` unusable, in words, or None: it must be an object
    whose ``version`` names a folder and whose ``variants`` are ``{NAME: {...}}`` (or a list of
    names), with ``cuda_architectures`` a list."""
    if not isinstance(rel, dict):
        return M("bundle.release.not_object", "is not a JSON object")
    v = rel.get("version")
    if not isinstance(v, str) or not VERSION_RE.fullmatch(v):
        return M(
            "bundle.release.version",
            "has no usable version (got {value!r}; letters, digits, '.', '_', '+' or '-')",
            value=str(v)[:40],
        )
    variants = rel.get("variants")
    if variants is None:
        return None
    if isinstance(variants, list):
        named = variants
    elif isinstance(variants, dict):
        named = list(variants)
        for name, spec in variants.items():
            if not isinstance(spec, dict):
                return M(
                    "bundle.release.variant_spec",
                    "describes variant {name!r} with {kind}, not an object",
                    name=name,
                    kind=type(spec).__name__,
                )
            archs = spec.get("cuda_architectures")
            if archs is not None and (
                not isinstance(archs, list)
                or not all(isinstance(a, (str, int)) and not isinstance(a, bool) for a in archs)
            ):
                return M(
                    "bundle.release.architectures",
                    "gives variant {name!r} cuda_architectures that are not a list of architectures",
                    name=name,
                )
    else:
        return M("bundle.release.variants", "has `variants` that are neither an object nor a list of names")
    bad = [n for n in named if not isinstance(n, str) or not VARIANT_RE.fullmatch(n)]
    if bad:
        return M(
            "bundle.release.variant_name", "names a variant {name!r} that is not a plain name", name=str(bad[0])[:40]
        )
    return None
