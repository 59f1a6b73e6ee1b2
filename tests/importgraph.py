"""The import graph of the appliance's own modules, and its layers (docs/architecture.md).

Every ``import`` and ``from … import`` counts, at module level or inside a function (an import
inside a function is still a dependency; it only hides the circle). Imports under
``if TYPE_CHECKING:`` do not count. ``from pkg import sub`` where ``sub`` is a module is an edge
to ``pkg.sub``; ``from pkg import name`` (a name of the package's ``__init__``) or ``import pkg``
is an edge to ``pkg`` itself. The parent packages an import runs implicitly are not counted (a
package's ``__init__`` must stay light: it imports nothing of a higher layer at module level).

    python tests/importgraph.py          # cycles, edges that point up a layer, largest modules
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("appliance", "gui")

# The layers, lowest first: a module may import modules of its own rank or lower, never higher.
# The first matching prefix (longest first) gives a module's rank. docs/architecture.md draws it.
LAYERS: dict[str, float] = {
    # 0: no knowledge of the catalog: errors, ids, states, files, events, processes, the home.
    "appliance.version": 0,
    "appliance.errors": 0,
    "appliance.messages": 0,
    "appliance.ids": 0,
    "appliance.states": 0,
    "appliance.fsutil": 0,
    "appliance.events": 0,
    "appliance.offline": 0,
    "appliance.isolation": 0,
    "appliance.faults": 0,
    "appliance.procs": 0,
    "appliance.home": 0,
    "appliance.migrations": 0,
    "appliance.samples": 0,
    "appliance.locks": 0,
    "appliance.nesting": 0,
    # 1: the catalog (one SQLite file) and the intents journal.
    "appliance.catalog": 1,
    "appliance.intents": 1,
    # 2: keys and sealed files.
    "appliance.security": 2,
    # 3: the audit log (records, Merkle tree, checkpoints, packages) and audited actions.
    "appliance.audit": 3,
    # 3.5: the host, the ground floor the domain stands on: where llama.cpp and its converter live
    # (native), what each native stack sees here (probes).
    "appliance.host": 3.5,
    # 4.x: the domain: models, bundles, tokenizers, datasets, serving, export, tuning (in this order).
    # Two tokenizer modules sit under the models that read them (a GGUF's tokenizer, which extension
    # a model carries); the rest of the room (reports, corpora, extending) uses datasets and models.
    "appliance.tokenizer.gguf": 3.9,
    "appliance.tokenizer.extension": 3.9,
    "appliance.models": 4.0,
    "appliance.bundle": 4.0,
    "appliance.data": 4.1,
    "appliance.tokenizer": 4.15,
    # capture (what a line serves, sealed) sits under the serving that hands answers to it.
    "appliance.adapt.capture": 4.12,
    "appliance.adapt.capture_sink": 4.12,
    # document collections (sealed segments, the hybrid index): under the serving that answers from them.
    "appliance.knowledge": 4.18,
    "appliance.serving": 4.2,
    # the export pipeline and its verification gate (uses serving's llama.cpp client).
    "appliance.export": 4.25,
    "appliance.tuning": 4.3,
    # 4.4: evaluation (suites, runs, reports, lines and promotion, rebase: uses tuning and export).
    "appliance.eval": 4.4,
    # 4.5: a living model (review, drift, policies, the watch loop): uses lines, tuning and export.
    "appliance.adapt": 4.5,
    # 5: operations over several domains: the workspace's audited key operations; the system room
    # (recovery after a crash, the doctor beside it, the machine's load).
    "appliance.workspace": 5,
    "appliance.system": 5,
    # 5.5: the demos (they run the command line's commands).
    "appliance.demos": 5.5,
    # 6: command lines (appliance, appliance-audit, appliance-bundle: all in cli/).
    "appliance.cli": 6,
    "appliance.__main__": 6,
    # 7.x: the desktop application, on top of the core.
    "gui.widgets": 7.0,
    "gui.i18n": 7.0,
    "gui.settings": 7.0,
    "gui.isolated": 7.0,
    "gui.jobs": 7.1,
    "gui.tasks": 7.1,
    "gui.state": 7.1,
    "gui.pages": 7.2,
    "gui.main_window": 7.3,
    "gui.app": 7.4,
    "gui.screenshots": 7.5,
    "gui": 7.0,
    # The package itself: its __init__ only forces offline mode; the public names load lazily.
    "appliance": 8,
}


@dataclass(frozen=True)
class Edge:
    src: str
    dst: str
    path: str
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for p in sorted((ROOT / pkg).rglob("*.py")):
            if "__pycache__" not in p.parts:
                out[module_name(p)] = p
    return out


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST):
    """(node, inside a function) for every import, skipping ``if TYPE_CHECKING:`` blocks."""

    def walk(node, in_fn):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    yield from walk(sub, in_fn)
                continue
            fn = in_fn or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, in_fn
            yield from walk(child, fn)

    yield from walk(tree, False)


def edges(mods: dict[str, Path] | None = None) -> list[Edge]:
    mods = mods or modules()
    out = []
    for name, path in mods.items():
        is_pkg = path.name == "__init__.py"
        tree = ast.parse(path.read_text(), str(path))
        for node, in_fn in _imports(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    pkg = name.split(".") if is_pkg else name.split(".")[:-1]
                    pkg = pkg[: len(pkg) - (node.level - 1)]
                    base = ".".join([*pkg, base] if base else pkg)
                for a in node.names:
                    sub = f"{base}.{a.name}"
                    targets.append(sub if sub in mods else base)
            for t in targets:
                while t and t not in mods:  # `import a.b.c` where c is a name, not a module
                    t = t.rpartition(".")[0]
                if t and t != name:
                    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                    out.append(Edge(name, t, str(shown), node.lineno, in_fn))
    return out


def rank(module: str) -> float | None:
    best = None
    for prefix, r in LAYERS.items():
        if module == prefix or module.startswith(prefix + "."):
            if best is None or len(prefix) > len(best[0]):
                best = (prefix, r)
    return best[1] if best else None


def cycles(es: list[Edge]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for e in es:
        graph.setdefault(e.src, set()).add(e.dst)
        graph.setdefault(e.dst, set())
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    before = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000)
    try:  # (the limit put back: the tests after this one see the interpreter's own)
        for v in sorted(graph):
            if v not in index:
                visit(v)
    finally:
        sys.setrecursionlimit(before)
    return out


def upward(es: list[Edge]) -> list[Edge]:
    return [e for e in es if rank(e.dst) is not None and rank(e.src) is not None and rank(e.dst) > rank(e.src)]


def main() -> int:
    mods = modules()
    es = edges(mods)
    print(f"{len(mods)} modules, {len(es)} import edges ({sum(e.in_function for e in es)} inside functions)")
    cyc = cycles(es)
    print(f"cycles: {len(cyc)}")
    for c in cyc:
        print("  " + " <-> ".join(c))
    up = upward(es)
    print(f"imports that point up a layer: {len(up)}")
    for e in up:
        print(f"  {e.path}:{e.line} {e.src} ({rank(e.src)}) -> {e.dst} ({rank(e.dst)})")
    unplaced = sorted(m for m in mods if rank(m) is None)
    print(f"modules without a layer: {len(unplaced)} {unplaced}")
    sizes = sorted(((len(p.read_text().splitlines()), m) for m, p in mods.items()), reverse=True)[:10]
    print("largest modules: " + ", ".join(f"{m} {n}" for n, m in sizes))
    return 1 if cyc or up or unplaced else 0


if __name__ == "__main__":
    sys.exit(main())
