"""Where a `%%tsql` cell's typo is reported: SQL Server's Msg 102 / 156 at the token its parser stops on.

SQL Server's rules these cases follow (its T-SQL reference and the messages sys.messages holds):
- Msg 156 "Incorrect syntax near the keyword 'X'." when X is a reserved keyword ("Reserved
  keywords (Transact-SQL)"), Msg 102 "Incorrect syntax near 'X'." for any other token.
- A name after a table or a column is its alias (`FROM dbo.t WHER` names dbo.t WHER), so a
  misspelled clause keyword there is an alias and the error falls on the token after it.
- A procedure may be called without EXEC only as the first statement of a batch: a later
  statement that opens with a name (a misspelled SELECT or DELETE) is the error itself.
- UPDATE names its target and then needs SET; INSERT needs VALUES, SELECT, EXEC or DEFAULT VALUES.
- A list may not end with a comma (a table definition's column list excepted).
Lines count from the cell's first line (where the learner looks), columns from 1.
"""
from __future__ import annotations

import pytest
from IPython.core.interactiveshell import InteractiveShell

import sqlml.magic

TABLE = "CREATE TABLE dbo.t (a INT, b INT, c VARCHAR(10));\nINSERT INTO dbo.t VALUES (1, 2, 'x');"


@pytest.fixture
def shell(tmp_path):
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "sqlml")
    ip.user_ns["database_url"] = f"duckdb:///{tmp_path / 'positions.duckdb'}"
    assert ip.run_cell("%tsql_connect database_url").success
    assert ip.run_cell("%%tsql\n" + TABLE).success
    yield ip
    sqlml.magic.disconnect()


CASES = [
    # cell,                                                      Msg, line, column, near
    ("SELECT a FROM dbo.t;\nSELEKT b FROM dbo.t",                 102, 2, 1, "SELEKT"),
    ("SELECT a\nFROM dbo.t AS x\nWHER a = 1",                       102, 3, 1, "WHER"),
    ("SELECT a\nFROM dbo.t\nWHER a = 1",                            102, 3, 6, "a"),
    ("SELECT a\nFROM dbo.t\nWHERE a = 1\nORDR BY a",                102, 4, 1, "ORDR"),
    ("SELECT TOP (5) a\nFROM dbo.t\nORDR BY a",                     156, 3, 6, "BY"),
    ("SELECT a FROM dbo.t\nORDER B a",                              102, 2, 7, "B"),
    ("SELECT a FROM dbo.t\nGROUP BY a\nHAVNG COUNT(*) > 1",         102, 3, 1, "HAVNG"),
    ("SELECT a\nFROM WHERE a = 1",                                  156, 2, 6, "WHERE"),
    ("SELECT a,\n       b,\nFROM dbo.t",                            156, 3, 1, "FROM"),
    ("SELECT a\nFROM dbo.t\nWHERE a IN (1, 2,)",                    102, 3, 18, ")"),
    ("UPDATE dbo.t\nSETT a = 1",                                    102, 2, 1, "SETT"),
    ("INSERT INTO dbo.t (a, b)\nVALUE (1, 2)",                      102, 2, 1, "VALUE"),
    ("DELETE FROM dbo.t\nWHERE a = 1;\nDELET FROM dbo.t",          102, 3, 1, "DELET"),
    ("SELECT 1 AS one\nGO\nSELECT a\nFROM dbo.t AS x\nWHER a = 1", 102, 5, 1, "WHER"),
    ("SELECT a FROM dbo.t\n  WHERE a = 1\n  END",                   156, 3, 3, "END"),
]


@pytest.mark.parametrize("cell, number, line, column, near", CASES)
def test_a_typo_is_reported_at_its_line_and_token(shell, capsys, cell, number, line, column, near):
    capsys.readouterr()
    result = shell.run_cell("%%tsql\n" + cell)
    assert not result.success
    errors = [text for text in capsys.readouterr().out.splitlines() if text.startswith("Msg ")]
    keyword = "the keyword " if number == 156 else ""
    assert errors == [f"Msg {number}, Level 15, State 1, Line {line}, Column {column}: "
                      f"Incorrect syntax near {keyword}'{near}'."]


@pytest.mark.parametrize("cell", [
    "CREATE TABLE dbo.wide (x INT,\n  y INT,\n)",                  # a table definition may end with a comma
    "SELECT a FROM dbo.t;\nTHROW 50001, 'stop', 1;",               # THROW is not reserved, and opens a statement
    "SELECT TOP (1) a FROM dbo.t AS t\nORDER BY a",
    "UPDATE dbo.t\nSET a = 2\nWHERE a = 1",
    "INSERT INTO dbo.t (a, b)\nSELECT a, b FROM dbo.t",
    "INSERT dbo.t\nDEFAULT VALUES",
    "DECLARE @n INT = 1;\nWHILE @n < 3\n  SET @n = @n + 1;\nSELECT @n AS n",
])
def test_what_sql_server_accepts_is_not_refused(shell, capsys, cell):
    capsys.readouterr()
    shell.run_cell("%%tsql\n" + cell)
    out = capsys.readouterr().out
    assert "Incorrect syntax" not in out, out


def test_pivot_is_refused_at_its_own_line(shell, capsys):
    capsys.readouterr()
    assert not shell.run_cell("%%tsql\nSELECT *\nFROM dbo.t\n  PIVOT (SUM(a) FOR c IN ([x])) AS p").success
    errors = [text for text in capsys.readouterr().out.splitlines() if text.startswith("Msg ")]
    assert len(errors) == 1 and ", Line 3, Column 3: PIVOT" in errors[0], errors
