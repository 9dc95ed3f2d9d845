"""`INSERT [INTO] table [(columns)] EXEC ...`: the EXEC's result sets become rows of the table.

The frames go to DuckDB through `register` (Arrow/pandas, no row loops), inside one transaction,
so a failure inserts nothing, as on SQL Server.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import TsqlError
from ..results import Result
from ..tsql import Statement
from .calls import parse_exec
from .lexer import tokenize

if TYPE_CHECKING:
    from .interpreter import Interpreter, Scope

_FRAME_VIEW = "__sqlml_insert_exec_rows"


def insert_from_exec(interpreter: "Interpreter", statement: Statement, scope: "Scope") -> list[Result]:
    import duckdb

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

    if column_list:
        expected = len([t for t in tokenize(column_list) if t.text not in ("(", ")", ",")])
    else:
        cursor, _ = interpreter.execute_sql(f"SELECT * FROM {target} WHERE 1 = 0", scope)
        expected = len(cursor.description)
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
            rows = frame.set_axis([f"c{k}" for k in range(frame.shape[1])], axis=1)
            connection.register(_FRAME_VIEW, rows)
            try:
                cursor, _ = interpreter.execute_sql(f"INSERT INTO {target} {column_list} SELECT * FROM {_FRAME_VIEW}", scope)
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
