"""The PySide6 desktop application: thin views over the ``appliance`` core.

Widgets call core objects and listen to their events; long jobs run on worker threads through
``gui.jobs``. No training, cryptography or SQL lives here.
"""
