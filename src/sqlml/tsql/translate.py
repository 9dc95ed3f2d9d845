"""T-SQL -> DuckDB for plain statements. First version: sqlglot's stock transpiler.

To be replaced by the dialect subclass that keeps SQL Server's semantics (see the tsql issue).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import sqlglot
from sqlglot import exp

from ..errors import TsqlError


@dataclass(frozen=True)
class Translation:
    sql: str
    #: The T-SQL variables (without `@`) the statement uses, bound as `$name` parameters.
    parameters: tuple[str, ...] = ()
    #: "query" returns a result set, "dml" reports rows affected, "other" reports nothing.
    kind: str = "other"


def translate(statement: str, variables: Iterable[str] = ()) -> Translation:
    try:
        tree = sqlglot.parse_one(statement, read="tsql")
    except sqlglot.errors.ParseError as error:
        first = error.errors[0] if error.errors else {}
        raise TsqlError(f"Incorrect syntax: {first.get('description', error)}", number=102, severity=15,
                        line=first.get("line"), column=first.get("col")) from None
    used = sorted({p.name for p in tree.find_all(exp.Parameter)} | {
        v.name for v in tree.find_all(exp.Var) if v.name.startswith("@")})
    return Translation(tree.sql(dialect="duckdb"), tuple(used), statement_kind(tree))


def statement_kind(tree: exp.Expression) -> str:
    if isinstance(tree, exp.Query):
        return "query"
    if isinstance(tree, (exp.Insert, exp.Update, exp.Delete, exp.Merge)):
        return "dml"
    return "other"


def prepare_connection(con) -> None:
    con.execute("CREATE SCHEMA IF NOT EXISTS dbo")
    con.execute("SET schema = 'dbo'")
