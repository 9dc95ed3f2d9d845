"""Errors in the learner's words (issue 15, item 4): an error quotes the learner's T-SQL, never the
translation, and no DuckDB error reaches the learner as such. Each mistake below gets SQL Server's
number and text for it (from SQL Server's messages: sys.messages), or a refusal that names the
learner's statement."""
from __future__ import annotations

import re

import pytest

from sqlml.errors import TsqlError, UnsupportedError
from sqlml.external.engine_errors import database_error

# What a DuckDB message or a translation looks like: none of it may reach the learner.
DUCKDB_WORDS = re.compile(r"Binder Error|Catalog Error|Parser Error|Conversion Error|syntax error at|"
                          r"NUMERIC\(|CAST\(CAST|tsql_|\$\w+|INT32|must appear in the GROUP BY|Referenced column")


DB_PER_MODULE = True
SETUP = "CREATE TABLE t (a INT, b DECIMAL(7, 2), c VARCHAR(10)); INSERT t VALUES (1, 2.50, 'x')"


@pytest.mark.parametrize("statement, number, text", [
    ("SELECT a, c FROM t GROUP BY a", 8120,
     "Column 'c' is invalid in the select list because it is not contained in either an aggregate function or the "
     "GROUP BY clause."),
    ("SELECT a FROM t t1, t t2", 209, "Ambiguous column name 'a'."),
    ("INSERT t VALUES (1)", 213, "Column name or number of supplied values does not match table definition."),
    ("SELECT CAST('abc' AS INT)", 245, "Conversion failed when converting the varchar value 'abc' to data type int."),
    ("CREATE TABLE nosuch.y (a INT)", 2760,
     'The specified schema name "nosuch" either does not exist or you do not have permission to use it.'),
    ("SELECT * FROM nosuch.y", 208, "Invalid object name 'nosuch.y'."),
    # The name as the learner wrote it, brackets aside (DuckDB names only the table).
    ("SELECT * FROM [dbo].[nothere]", 208, "Invalid object name 'dbo.nothere'."),
    ("SELECT * FROM [my table]", 208, "Invalid object name 'my table'."),
    ("SELECT (c) / (2 * a) FROM t", 245, "Conversion failed when converting the varchar value 'x' to data type int."),
    ("SELECT c / NULLIF(1.0 * a, 0) FROM t", 8114, "Error converting data type varchar to numeric."),
    ("SELECT 1; sp_configure", 102, "Incorrect syntax near 'sp_configure'."),
])
def test_a_mistake_gets_sql_servers_message_for_it(db, statement, number, text):
    with pytest.raises(TsqlError) as caught:
        db.execute(statement)
    assert (caught.value.number, caught.value.text) == (number, text)
    assert not DUCKDB_WORDS.search(str(caught.value))


@pytest.mark.parametrize("statement, quoted", [
    # The division's operands are translated (CASTs to NUMERIC) before the division is refused.
    ("SELECT b / NULLIF(CAST(a AS MONEY), 0) FROM t", "The division b / NULLIF(CAST(a AS MONEY), 0) "),
    ("SELECT (CAST(a AS MONEY)) / (2 * a) FROM t", "The division (CAST(a AS MONEY)) / (2 * a) "),
    # A CAST or function call that opens the operand keeps its name (it has no place of its own).
    ("SELECT CAST(a + 1 AS MONEY) / b FROM t", "The division CAST(a + 1 AS MONEY) / b "),
    ("SELECT CONVERT(MONEY, a) / b FROM t", "The division CONVERT(MONEY, a) / b "),
])
def test_a_refusal_quotes_the_learners_expression(db, statement, quoted):
    with pytest.raises(UnsupportedError) as caught:
        db.execute(statement)
    assert quoted in caught.value.text
    assert not DUCKDB_WORDS.search(str(caught.value))


class _DuckDBLike(Exception):
    pass


@pytest.mark.parametrize("message, statement, number, expected", [
    # A parser error near a word the learner wrote: Msg 102 quoting it.
    ('Parser Error: syntax error at or near "FROMM"', "SELECT a FROMM t", 102, "Incorrect syntax near 'FROMM'."),
    # ... near a word only the translation has: refused by name, with the learner's statement.
    ('Parser Error: syntax error at or near "tsql_round"', "SELECT ROUND(a, 1) FROM t", 40000,
     "The statement 'SELECT ROUND(a, 1) FROM t' is not supported"),
    ("Binder Error: No function matches the given name and argument types 'f(INTEGER)'", "SELECT f(a) FROM t", 40000,
     "The statement 'SELECT f(a) FROM t' is not supported"),
    ("Invalid Input Error: something DuckDB says\nLINE 1: SELECT CAST(CAST(a AS NUMERIC(38, 0)) ...", "SELECT a FROM t",
     40000, "The statement 'SELECT a FROM t' is not supported"),
    ("Msg 8134: Divide by zero error encountered.", "SELECT 1/0", 8134, "Divide by zero error encountered."),
])
def test_no_duckdb_message_reaches_the_learner(message, statement, number, expected):
    error = database_error(_DuckDBLike(message), statement)
    assert error.number == number
    assert error.text.startswith(expected)
    assert not DUCKDB_WORDS.search(error.text)
    assert error.engine_detail == message   # kept for whoever debugs, not shown


def test_a_long_statement_is_named_by_its_first_words():
    statement = "SELECT " + ", ".join(f"column_{i}" for i in range(40)) + "\nFROM t"
    error = database_error(_DuckDBLike("Invalid Input Error: no"), statement)
    named = error.text.split("' is not supported")[0]
    assert named.startswith("The statement 'SELECT column_0, column_1, ") and named.endswith("...")
    assert "\n" not in error.text
