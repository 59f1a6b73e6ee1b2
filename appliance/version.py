"""The appliance's version (one place; the package, the audit records and the bundles read it)."""

__version__ = "0.1.0"


def library_versions(libraries, *, keep_missing: bool) -> dict:
    """``{"python": …, lib: version}`` for installed distributions; a missing one is ``None`` with
    ``keep_missing`` (the doctor shows it), left out without (a run's record)."""
    import sys
    from importlib.metadata import PackageNotFoundError, version

    out: dict = {"python": sys.version.split()[0]}
    for lib in libraries:
        try:
            out[lib] = version(lib)
        except PackageNotFoundError:
            if keep_missing:
                out[lib] = None
    return out
