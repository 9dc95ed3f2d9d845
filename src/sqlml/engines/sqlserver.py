"""The SQL Server engine: T-SQL sent verbatim over pyodbc (imported only when used)."""
from __future__ import annotations

from ..connection import Database, register_engine
from ..errors import ConnectError


@register_engine("mssql+pyodbc")
def _open_sqlserver(url: str) -> Database:
    raise ConnectError("The SQL Server engine is not written yet.")
