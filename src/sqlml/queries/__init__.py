"""T-SQL files shipped with sqlml, read with `sqlml.queries.read("return_features")`.

Each file is plain T-SQL that runs unchanged on SQL Server and on the embedded engine.
"""
from __future__ import annotations

from importlib import resources


def read(name: str) -> str:
    """The text of `<name>.sql` from this package."""
    filename = name if name.endswith(".sql") else f"{name}.sql"
    try:
        return resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    except FileNotFoundError:
        known = ", ".join(sorted(p.name[:-4] for p in resources.files(__name__).iterdir() if p.name.endswith(".sql")))
        raise FileNotFoundError(f"No query named {name!r} ships with sqlml; known: {known}.") from None
