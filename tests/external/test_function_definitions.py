"""external/functions.py at its edges: the CREATE FUNCTION header as SQL Server reads it.

Truth: "CREATE FUNCTION (Transact-SQL)": the parameter list is in parentheses, even when empty; `AS` before
the body is optional (`RETURNS int [AS] BEGIN ... RETURN ... END`, `RETURNS TABLE [AS] RETURN (SELECT ...)`);
a header that breaks the grammar stops at the word where it breaks (Msg 102, Level 15, State 1).
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError

DB_FILE = "functions.duckdb"


@pytest.mark.parametrize("definition, call, expected", [
    ("CREATE FUNCTION dbo.one () RETURNS INT BEGIN RETURN 1 END", "SELECT dbo.one() AS v", [1]),
    ("CREATE FUNCTION dbo.two () RETURNS INT WITH SCHEMABINDING BEGIN RETURN 2 END", "SELECT dbo.two() AS v", [2]),
    ("CREATE FUNCTION dbo.up (@n INT) RETURNS TABLE RETURN (SELECT @n + 1 AS v)", "SELECT v FROM dbo.up(4)", [5]),
    ("CREATE FUNCTION dbo.same (@n INT) RETURNS TABLE RETURN SELECT @n AS v", "SELECT v FROM dbo.same(4)", [4]),
    # a BEGIN ... END block inside the body, with statements after it
    ("CREATE FUNCTION dbo.next (@x INT) RETURNS INT AS BEGIN BEGIN SET @x = @x + 1 END RETURN @x * 10 END",
     "SELECT dbo.next(1) AS v", [20]),
])
def test_a_function_without_as_before_its_body_runs(db, definition, call, expected):
    db.execute(definition)
    assert db.query(call)["v"].tolist() == expected


@pytest.mark.parametrize("definition, near", [
    ("CREATE FUNCTION dbo.f RETURNS INT AS BEGIN RETURN 1 END", "RETURNS"),     # no parameter list
    ("CREATE FUNCTION dbo.f () INT AS BEGIN RETURN 1 END", "INT"),             # no RETURNS
    ("CREATE FUNCTION dbo.f () RETURNS TABLE AS SELECT 1 AS a", "SELECT"),      # an inline body without RETURN
    ("CREATE FUNCTION dbo.f () RETURNS INT AS RETURN 1", "RETURN"),             # a scalar body without BEGIN
])
def test_a_broken_function_header_is_a_syntax_error_at_the_word(db, definition, near):
    with pytest.raises(TsqlError) as caught:
        db.execute(definition)
    assert str(caught.value) == f"Msg 102, Level 15, State 1, Line 1, Column 1: Incorrect syntax near '{near}'."
