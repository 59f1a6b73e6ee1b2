"""The build's hook (pyproject ``[tool.setuptools.cmdclass]``): compiled catalogs in every wheel.

The catalogs' sources are at the top of the source tree (``locales/<code>.po``, the core's
messages; ``locales/<code>.ts``, the window's strings) and never checked in compiled. ``build_py``
compiles them into the build folder, where the wheel is made from: ``appliance/locales/<code>.mo``
and ``gui/locales/<code>.qm`` (``locales/catalogs.py compile --out``). An editable install reads the
source tree instead (``make setup`` compiles there). The frozen application compiles the same way
(``build.spec``).

Not named ``packaging``: that is the name of the Python packaging library setuptools imports.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from setuptools.command.build_py import build_py as _build_py

ROOT = Path(__file__).resolve().parent


def load_catalogs():
    """``locales/catalogs.py`` as a module (``locales/`` is a folder of catalogs, not a package)."""
    spec = importlib.util.spec_from_file_location("appliance_catalogs", ROOT / "locales" / "catalogs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class build_py(_build_py):  # noqa: N801 - setuptools' command name
    """``build_py``, then the catalogs compiled into the build folder."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the package is the source tree: `make setup` compiles there
        catalogs = load_catalogs()
        qt = catalogs.lrelease() is not None
        if not qt:
            self.warn("pyside6-lrelease (PySide6) is not installed here: the wheel's window is untranslated")
        try:
            written = catalogs.cmd_compile(Path(self.build_lib), ROOT, qt=qt)
        except ImportError as exc:  # polib missing from an isolated build environment
            self.warn(f"the message catalogs are not compiled ({exc}): the wheel's messages are English only")
            return
        for path in written:
            self.announce(f"compiled {path.relative_to(self.build_lib)}", level=2)
