"""Sovereign model-customization appliance: the core library (never imports Qt).

Importing the package forces the hub libraries offline before anything can import them.
"""

from appliance.offline import apply_offline_env

__version__ = "0.1.0"

apply_offline_env()
