"""A line's adaptation policy: a TOML file saying what starts a retrain and what follows it
(docs/adaptation.md, "Policies"). Every key is checked; an unknown key or an impossible value is
refused with the file, the key and what to do, before anything is stored.

```toml
[triggers]
datasets = ["kestrel-registry"]   # a new version of any of these starts a retrain
watch_folder = "/srv/drop/kestrel"  # files dropped here are imported encrypted (then retrained on)
remove_plaintext = true           # delete a dropped file once it is imported
drift = true                      # a drift alarm starts a retrain
drift_window = 100                # requests in a drift check's window (20 to 5000)
drift_every = 50                  # a check after this many newly captured requests
drift_alpha = 0.01                # the check's false-alarm rate (0.0001 to 0.1)
drift_embeddings = false          # also compare embeddings of the served model (a llama-server)
feedback_count = 20               # this many accepted, unused feedback items start a retrain
schedule_hours = 0                # and a retrain every N hours (0: never)
canary_hours = 0                  # the line's suites run on production every N hours (0: never); a
                                  # case that passed and now fails alarms as drift does

[retrain]
mode = "incremental"              # from production's run (its LoRA adapter), or "full" from the base
method = "sft"                    # sft | dpo | kto (the preference methods learn from feedback pairs)
replay = 0.3                      # share of the retrain's rows drawn from the line's earlier data
max_steps = 60                    # 0: the recipe's own
min_rows = 4                      # fewer new rows than this: no retrain (the trigger is recorded)

[promote]
mode = "auto"                     # auto: production changes when the gate passes; approval: it waits
```
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from appliance.errors import InvalidInputError
from appliance.messages import M


@dataclass(frozen=True)
class Triggers:
    datasets: list = field(default_factory=list)
    watch_folder: str = ""
    remove_plaintext: bool = False
    drift: bool = True
    drift_window: int = 100
    drift_every: int = 50
    drift_alpha: float = 0.01
    drift_embeddings: bool = False
    feedback_count: int = 20
    schedule_hours: float = 0.0
    canary_hours: float = 0.0


@dataclass(frozen=True)
class Retrain:
    mode: str = "incremental"
    method: str = "sft"
    replay: float = 0.3
    max_steps: int = 60
    min_rows: int = 4


@dataclass(frozen=True)
class Promote:
    mode: str = "auto"


@dataclass(frozen=True)
class Policy:
    triggers: Triggers = field(default_factory=Triggers)
    retrain: Retrain = field(default_factory=Retrain)
    promote: Promote = field(default_factory=Promote)

    def to_dict(self) -> dict:
        return asdict(self)


SECTIONS = {"triggers": Triggers, "retrain": Retrain, "promote": Promote}
CHOICES = {
    ("retrain", "mode"): ("incremental", "full"),
    ("retrain", "method"): ("sft", "dpo", "kto"),
    ("promote", "mode"): ("auto", "approval"),
}
RANGES = {
    ("triggers", "drift_window"): (20, 5000),
    ("triggers", "drift_every"): (1, 100_000),
    ("triggers", "drift_alpha"): (0.0001, 0.1),
    ("triggers", "feedback_count"): (0, 1_000_000),
    ("triggers", "schedule_hours"): (0, 24 * 366),
    ("triggers", "canary_hours"): (0, 24 * 366),
    ("retrain", "replay"): (0.0, 0.9),
    ("retrain", "max_steps"): (0, 1_000_000),
    ("retrain", "min_rows"): (1, 1_000_000),
}


def _bad(where: str, key: str, why) -> InvalidInputError:
    return InvalidInputError(
        M("policy.bad_key", "{where}: {key}: {why}", where=where, key=key, why=why),
        hint=M("policy.bad_key.hint", "Fix the policy file (docs/adaptation.md, Policies) and set it again."),
    )


def _value(where: str, section: str, key: str, value, default):
    name = f"{section}.{key}"
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise _bad(where, name, M("policy.want_bool", "must be true or false, not {v!r}", v=value))
        return value
    if isinstance(default, (int, float)) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _bad(where, name, M("policy.want_number", "must be a number, not {v!r}", v=value))
        if isinstance(default, int) and not isinstance(default, bool) and value != int(value):
            raise _bad(where, name, M("policy.want_whole", "must be a whole number, not {v}", v=value))
        low, high = RANGES.get((section, key), (float("-inf"), float("inf")))
        if not low <= value <= high:
            raise _bad(
                where,
                name,
                M("policy.out_of_range", "must be from {low} to {high}, not {v}", low=low, high=high, v=value),
            )
        return type(default)(value)
    if isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise _bad(where, name, M("policy.want_names", "must be a list of dataset names"))
        return value
    if not isinstance(value, str):
        raise _bad(where, name, M("policy.want_text", "must be text, not {v!r}", v=value))
    choices = CHOICES.get((section, key))
    if choices and value not in choices:
        raise _bad(
            where,
            name,
            M("policy.want_choice", "must be one of {choices}, not {v!r}", choices=", ".join(choices), v=value),
        )
    return value


def parse_policy(data: dict, where: str) -> Policy:
    """A checked ``Policy`` from parsed TOML; raises ``InvalidInputError`` naming ``where`` and the key."""
    unknown = [k for k in data if k not in SECTIONS]
    if unknown:
        raise _bad(
            where, unknown[0], M("policy.unknown_section", "is not a section (sections: triggers, retrain, promote)")
        )
    built = {}
    for section, cls in SECTIONS.items():
        got = data.get(section, {})
        if not isinstance(got, dict):
            raise _bad(where, section, M("policy.want_table", "must be a table ([{section}])", section=section))
        defaults = asdict(cls())
        for key in got:
            if key not in defaults:
                raise _bad(
                    where,
                    f"{section}.{key}",
                    M("policy.unknown_key", "is not a setting (known: {known})", known=", ".join(defaults)),
                )
        built[section] = cls(
            **{k: _value(where, section, k, got[k], d) if k in got else d for k, d in defaults.items()}
        )
    policy = Policy(**built)
    t = policy.triggers
    if t.watch_folder and not Path(t.watch_folder).expanduser().is_absolute():
        raise _bad(where, "triggers.watch_folder", M("policy.folder_relative", "must be an absolute path"))
    if not (t.datasets or t.watch_folder or t.drift or t.feedback_count or t.schedule_hours):
        raise _bad(where, "triggers", M("policy.no_trigger", "sets no trigger: nothing would ever start a retrain"))
    return policy


def load_policy(path: Path) -> Policy:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInputError(
            M("policy.unreadable", "{path}: cannot be read ({why}).", path=str(path), why=exc.strerror or str(exc)),
            hint=M("policy.unreadable.hint", "Check the path."),
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInputError(
            M("policy.not_toml", "{path}: not valid TOML ({why}).", path=str(path), why=str(exc)),
            hint=M("policy.not_toml.hint", "Fix the file's syntax."),
        ) from exc
    return parse_policy(data, str(path))


def policy_from_dict(data: dict | None) -> Policy:
    return parse_policy(data or {}, "stored policy")
