"""Signed offline bundles: TUF metadata over a release directory (``sign.py``), and the installer
that verifies a bundle against the root it trusts before installing it (``install.py``; which
variant of a release a machine gets, and ``release.json``'s rules: ``variants.py``).

The format is in ``docs/formats/bundle.md``; the command is ``appliance-bundle``.
"""
