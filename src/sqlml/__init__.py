"""sqlml: the companion library of the course *SQL Server Machine Learning Services with Python*.

    import sqlml
    db = sqlml.connect()              # the embedded engine, or SQLML_DATABASE_URL
    db.query("SELECT TOP (5) * FROM dbo.customer")

`%load_ext sqlml` in a notebook gives `%%tsql` cells.
"""
from __future__ import annotations

from .connection import Database, connect, resolve_url
from .errors import ConnectError, DataError, SqlmlError, TsqlError, UnsupportedError
from .results import Result

__version__ = "0.1.0"

__all__ = [
    "ConnectError", "DataError", "Database", "Result", "SqlmlError", "TsqlError", "UnsupportedError",
    "connect", "resolve_url", "__version__",
]


def load_ipython_extension(ipython):  # pragma: no cover - exercised through IPython
    from .magic import load_ipython_extension as load
    load(ipython)
