"""Calls of user-defined functions (external/functions.py makes them as DuckDB macros).

A scalar function is called by its two-part name, `dbo.f(x)` (SQL Server requires the schema); an
inline table-valued function in FROM, `FROM dbo.g(x)`. Either passes the refusal of unknown functions
when the current database holds a function of that name.
"""
from __future__ import annotations

import re

from sqlglot import exp

from ..errors import TsqlError

_MACROS = ("SELECT lower(schema_name), lower(function_name) FROM duckdb_functions() "
           "WHERE function_type IN ('macro', 'table_macro') AND NOT internal AND database_name = current_database()")
_RETURNS = ("SELECT returns FROM sqlml_system.functions WHERE object_key = ? AND EXISTS (SELECT 1 FROM duckdb_columns() "
            "WHERE database_name = current_database() AND schema_name = 'sqlml_system' AND table_name = 'functions' "
            "AND column_name = 'returns')")


def is_user_function(context, node: exp.Anonymous) -> bool:
    """Whether a function the translator does not know is one of the database's own (raising SQL Server's
    error for a two-part name that is none). A scalar call gets a CAST to its declared return type, so the
    passes type what it returns as SQL Server does (SUM of an int function is an int)."""
    parent = node.parent
    if isinstance(parent, exp.Dot) and parent.expression is node and isinstance(parent.this, exp.Identifier):
        schema = parent.this.name
    elif isinstance(parent, exp.Table) and parent.this is node:
        schema = parent.text("db") or "dbo"
    else:
        return False
    if context.connection is None:
        return False
    context.typed = True   # the translation now depends on the catalog (cached with its version)
    functions = {tuple(row) for row in context.connection.execute(_MACROS).fetchall()}
    if (schema.lower(), node.name.lower()) in functions:
        if isinstance(parent, exp.Dot):
            _typed(context, parent, f"{schema}.{node.name}".lower())
        return True
    schemas = {row[0].lower() for row in context.connection.execute(
        "SELECT schema_name FROM duckdb_schemas() WHERE database_name = current_database()").fetchall()}
    if schema.lower() not in schemas:
        return False   # not a schema: a column's method (XML's value(), ...), refused by name
    called = f"{schema}.{node.name}"
    if isinstance(parent, exp.Table):
        raise TsqlError(f"Invalid object name '{called}'.", number=208, severity=16)
    raise TsqlError(f'Cannot find either column "{schema}" or the user-defined function or aggregate "{called}", '
                    "or the name is ambiguous.", number=4121, severity=16)


_CALL = re.compile(r"\b\w+\s*[\]\"]?\s*\.\s*[\[\"]?\s*\w+\s*[\]\"]?\s*\(")


def prepare_calls(connection, text: str) -> None:
    """A statement that may call a user-defined function gets the translator's helper macros, which the
    function's body may use (they live with the connection, and the call's own text does not name them)."""
    if "(" in text and _CALL.search(text):
        from .catalog import ensure_objects
        ensure_objects(connection, exact=True)


def _typed(context, call: exp.Dot, key: str) -> None:
    from .dialect import SqlmlTSQL
    try:
        row = context.connection.execute(_RETURNS, [key]).fetchone()
    except Exception:  # noqa: BLE001 - no functions table in this database: the call stays untyped
        row = None
    if row and row[0]:
        call.replace(exp.Cast(this=call.copy(), to=exp.DataType.build(row[0], dialect=SqlmlTSQL)))
