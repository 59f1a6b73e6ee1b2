"""The GUI's own preferences (language, default training device, last home), per user."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path


def settings_path() -> Path:
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "sovereign-appliance" / "gui.json"


@dataclass
class Settings:
    language: str = "en"
    device: str = "auto"
    home: str = ""
    train_form: dict = field(default_factory=dict)  # the Train page's last choices (restored at start)

    @classmethod
    def load(cls) -> "Settings":
        try:
            data = json.loads(settings_path().read_text())
        except (OSError, ValueError):
            return cls()
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def save(self) -> None:
        path = settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2))
        os.replace(tmp, path)
