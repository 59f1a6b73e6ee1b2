"""The Train page's form texts: the choices in words, each field's help (from the recipe, in the
interface language, with the value the chosen preset gives it), and a run's default name."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QLocale, QObject

from gui.core_text import core_text


class FormText(QObject):
    def choice(self, value: str) -> str:
        """A method, precision or device value as the form shows it ("auto": "automatic")."""
        return {
            "auto": self.tr("automatic"),
            "cpu": self.tr("CPU"),
            "cuda": self.tr("GPU (CUDA)"),
            "lora": "LoRA",
            "qlora": "QLoRA",
            "full": self.tr("full (every weight)"),
        }.get(value, value)

    def yes_no(self, value: bool) -> str:
        return self.tr("on") if value else self.tr("off")

    def field_tip(self, path: str, preset: str | None, value: str | None) -> str:
        """The recipe field's help (``appliance train --explain``'s text, translated), its range,
        and the value ``preset`` gives the field: no internal key and no "default" that the field
        itself contradicts (issue 25, item 27)."""
        meta = field_meta(path)
        lines = [core_text(meta.get("help", ""))]
        if "min" in meta and "max" in meta:
            loc = QLocale()
            lines.append(
                self.tr("From {low} to {high}.").format(
                    low=loc.toString(float(meta["min"]), "g", 6), high=loc.toString(float(meta["max"]), "g", 6)
                )
            )
        if preset and value is not None:
            lines.append(self.tr("The preset {preset} sets {value}.").format(preset=preset, value=value))
        return "\n".join(lines)


def field_meta(path: str) -> dict:
    """A recipe field's metadata (help, min, max, choices), ``section.name``."""
    from appliance.tuning.recipe import SECTIONS

    section, _, name = path.partition(".")
    f = next(f for f in fields(SECTIONS[section]) if f.name == name)
    return dict(f.metadata)


def suggest_run_name(dataset: str, taken: set[str]) -> str:
    """The core's automatic name (the dataset and today's date, UTC), with -2, -3… when a run of
    that name exists: two runs never share one (issue 25, item 27)."""
    import re

    from appliance.ids import utc_now

    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", dataset).strip("-._") or "run"  # a name that names files
    base = f"{stem[:45]}-{utc_now()[:10]}"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name
