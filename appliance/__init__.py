"""Sovereign model-customization appliance: the core library (never imports Qt).

Importing the package forces the hub libraries offline before anything can import them; nothing
else loads until it is used. The public entry points (what the CLI and the GUI call) are named
here and load on first use:

    from appliance import Home, Catalog, workspace
    home = Home.open("~/.appliance"); catalog = Catalog.open(home)
    keys = workspace.unlock(Vault(catalog), passphrase)
    DatasetStore(home, catalog, keys).import_file("data.jsonl", name="faq")
    run = start_training(home, catalog, keys, load_recipe(Path("recipe.toml")))
    model = merge_run(home, catalog, run["id"])
    Exporter(home, catalog).export(model["name"], "q8_0")
    serving = start_server(home, catalog, [model["name"]])

Layers and data flow: docs/architecture.md.
"""

from appliance.offline import apply_offline_env
from appliance.version import __version__

apply_offline_env()

# name -> module that defines it (imported on first access: `appliance.cli` starts without torch)
_PUBLIC = {
    "Home": "appliance.home",
    "Catalog": "appliance.catalog",
    "Vault": "appliance.security.vault",
    "workspace": "appliance.workspace",
    "AuditLog": "appliance.audit.log",
    "action": "appliance.audit.actions",
    "DatasetStore": "appliance.data.datasets",
    "ModelStore": "appliance.models.store",
    "load_recipe": "appliance.tuning.recipe",
    "recipe_from_dict": "appliance.tuning.recipe",
    "start_training": "appliance.tuning.service",
    "resume_training": "appliance.tuning.service",
    "merge_run": "appliance.tuning.service",
    "RunStore": "appliance.tuning.runs",
    "Exporter": "appliance.export.pipeline",
    "start_server": "appliance.serving.service",
    "ServeOptions": "appliance.serving.service",
    "stop_server": "appliance.serving.service",
    "ApplianceError": "appliance.errors",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'appliance' has no attribute {name!r}")
    import importlib

    mod = importlib.import_module(module)
    return mod if name == module.rpartition(".")[2] else getattr(mod, name)
