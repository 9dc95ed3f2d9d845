"""`INSERT [INTO] table [(columns)] EXEC ...`: the EXEC's result sets become rows of the table.

The frames go to DuckDB through `register` (Arrow/pandas, no row loops), inside one transaction,
so a failure inserts nothing, as on SQL Server.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import TsqlError
from ..results import Result
from ..tsql import Statement
from .calls import parse_exec
from .lexer import tokenize
from .sqltypes import SqlType

if TYPE_CHECKING:
    from .interfaces import Runner
    from .scope import Scope

_FRAME_VIEW = "__sqlml_insert_exec_rows"


def sql_type_of(duckdb_type: str) -> SqlType | None:
    """The SQL Server type whose conversion rules apply to a DuckDB column (None: leave as is)."""
    name = duckdb_type.upper()
    simple = {"INTEGER": SqlType("int"), "BIGINT": SqlType("bigint"), "SMALLINT": SqlType("smallint"),
              "UTINYINT": SqlType("tinyint"), "TINYINT": SqlType("smallint"), "DOUBLE": SqlType("float"),
              "FLOAT": SqlType("real"), "VARCHAR": SqlType("nvarchar"), "DATE": SqlType("date"),
              "TIMESTAMP": SqlType("datetime2"), "BOOLEAN": SqlType("bit"), "BLOB": SqlType("varbinary")}
    if name in simple:
        return simple[name]
    match = re.fullmatch(r"DECIMAL\((\d+),\s*(\d+)\)", name)
    if match:
        return SqlType("decimal", precision=int(match[1]), scale=int(match[2]))
    return None


def insert_from_exec(interpreter: "Runner", statement: Statement, scope: "Scope") -> list[Result]:
    import duckdb
    import pandas as pd

    from .result_sets import convert_column

    text = statement.text
    tokens = tokenize(text)
    i = 1
    if i < len(tokens) and tokens[i].is_word("INTO"):
        i += 1
    target_start = i
    depth, columns_at, exec_at = 0, None, None
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if depth == 0 and tok.text == "(" and columns_at is None:
            columns_at = j
        depth += {"(": 1, ")": -1}.get(tok.text, 0)
        if depth == 0 and tok.is_word("EXEC", "EXECUTE"):
            exec_at = j
            break
    if exec_at is None:
        raise TsqlError("Incorrect syntax near 'INSERT'.", number=102, severity=15)
    target_end = columns_at if columns_at is not None else exec_at
    target = text[tokens[target_start].start:tokens[target_end - 1].end]
    column_list = text[tokens[columns_at].start:tokens[exec_at - 1].end] if columns_at is not None else ""
    call = parse_exec(text[tokens[exec_at].start:])

    inner = interpreter.call(call, scope)
    frames = [r.frame for r in inner if r.frame is not None]
    passed = [r for r in inner if r.frame is None and not interpreter.is_rows_affected(r)]

    listed = column_list.strip()[1:-1] if column_list else "*"
    cursor, _ = interpreter.execute_sql(f"SELECT {listed} FROM {target} WHERE 1 = 0", scope)
    target_types = [sql_type_of(str(column[1])) for column in cursor.description]
    expected = len(target_types)
    connection = interpreter.connection
    own_transaction = interpreter.session.transaction_depth == 0
    inserted = 0
    if own_transaction:
        connection.begin()
    try:
        for frame in frames:
            if frame.shape[1] != expected:
                raise TsqlError("Column name or number of supplied values does not match table definition.",
                                number=213, severity=16, state=7)
            # Positional, as SQL Server inserts; the frame's own names (maybe empty) do not matter.
            # Each column is converted to its target's type the way SQL Server converts on insert
            # (float to int truncates, text that is not a number fails), not the way DuckDB casts.
            rows = pd.DataFrame({f"c{k}": convert_column(frame.iloc[:, k], target_types[k]) if target_types[k] else
                                 frame.iloc[:, k] for k in range(frame.shape[1])}, copy=False)
            connection.register(_FRAME_VIEW, rows)
            try:
                # A DATETIME2 target is told its source's type (the storage pass refuses a date-time it cannot
                # type, which may be a DATETIME); the values were converted to datetime2 above.
                listed_rows = ", ".join(f"CAST(c{k} AS DATETIME2)" if target_types[k] == SqlType("datetime2")
                                        else f"c{k}" for k in range(frame.shape[1]))
                cursor, _ = interpreter.execute_sql(
                    f"INSERT INTO {target} {column_list} SELECT {listed_rows} FROM {_FRAME_VIEW}", scope)
                row = cursor.fetchone()
                inserted += int(row[0]) if row else len(rows)
            finally:
                connection.unregister(_FRAME_VIEW)
        if own_transaction:
            connection.commit()
    except BaseException:
        if own_transaction:
            try:
                connection.rollback()
            except duckdb.Error:
                pass
        raise
    interpreter.session.rowcount = inserted
    results = passed
    if not interpreter.session.nocount:
        from ..results import rows_affected
        results.append(rows_affected(inserted))
    return results
