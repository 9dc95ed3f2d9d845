"""Deeply nested statements run, or stop with SQL Server's own error: never Python's RecursionError.

SQL Server: Msg 125 "Case expressions may only be nested to level 10." (MSSQLSERVER_125: "SQL Server
allows for only 10 levels of nesting in CASE expressions"); Msg 191 "Some part of your SQL statement
is nested too deeply. Rewrite the query or break it up into smaller queries."
"""
from __future__ import annotations

import pytest

import sqlml
from sqlml.errors import TsqlError, UnsupportedError
from sqlml.tsql import limits


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    connection = sqlml.connect(f"duckdb:///{tmp_path_factory.mktemp('nesting') / 'deep.duckdb'}")
    yield connection
    connection.close()


def parentheses(depth: int) -> str:
    return "SELECT " + "(" * depth + "1" + ")" * depth + " AS x"


def case_expressions(depth: int) -> str:
    expression = "1"
    for level in range(depth):
        expression = f"CASE WHEN {level} = {level} THEN {expression} ELSE 0 END"
    return f"SELECT {expression} AS x"


def iif_calls(depth: int) -> str:
    expression = "1"
    for level in range(depth):
        expression = f"IIF({level} = {level}, {expression}, 0)"
    return f"SELECT {expression} AS x"


def cases_side_by_side(count: int) -> str:
    """CASE expressions one after another's END: none is inside another."""
    return "SELECT " + " + ".join(f"CASE WHEN {n} = {n} THEN 1 ELSE 0 END" for n in range(count)) + " AS x"


def scalar_subqueries(depth: int) -> str:
    expression = "1"
    for _ in range(depth):
        expression = f"(SELECT {expression})"
    return f"SELECT {expression} AS x"


def in_subqueries(depth: int) -> str:
    query = "SELECT 1 AS x"
    for _ in range(depth):
        query = f"SELECT 1 AS x WHERE 1 IN ({query})"
    return query


def derived_tables(depth: int) -> str:
    query = "SELECT 1 AS x"
    for level in range(depth):
        query = f"SELECT x FROM ({query}) AS t{level}"
    return query


@pytest.mark.parametrize("statement", [
    parentheses(200), parentheses(limits.MAX_PARENTHESES),
    case_expressions(limits.MAX_CASE_NESTING),
    in_subqueries(50), derived_tables(50), scalar_subqueries(limits.MAX_SCALAR_SUBQUERIES),
    "SELECT " + " + ".join(["(1)"] * 100) + " AS x",      # a chain: a tree 100 deep
    iif_calls(limits.MAX_CASE_NESTING), cases_side_by_side(100),
    "SELECT " + "CASE WHEN 1 = 1 THEN " * 5 + iif_calls(5)[7:-5] + " END" * 5 + " AS x",
], ids=["200 parentheses", "256 parentheses", "10 CASE", "50 IN subqueries", "50 derived tables",
        "16 scalar subqueries", "100 terms", "10 IIF", "100 CASE side by side", "5 CASE around 5 IIF"])
def test_deep_statements_run(database, statement):
    assert database.query(statement).iloc[0, 0] in (1, 100)


@pytest.mark.parametrize("statement, number", [
    (parentheses(limits.MAX_PARENTHESES + 1), 191),
    (parentheses(5000), 191),
    ("SELECT " + " + ".join(["1"] * (limits.MAX_DEPTH + 2)) + " AS x", 191),
    (in_subqueries(limits.MAX_SUBQUERIES + 1), 191),
    (derived_tables(limits.MAX_SUBQUERIES + 1), 191),
    (case_expressions(limits.MAX_CASE_NESTING + 1), 125),
    (case_expressions(100), 125),
    (case_expressions(2000), 125),
    (iif_calls(limits.MAX_CASE_NESTING + 1), 125),     # IIF's page: translated to CASE, nested to level 10
    ("SELECT " + "CASE WHEN 1 = 1 THEN " * 6 + iif_calls(5)[7:-5] + " END" * 6 + " AS x", 125),
], ids=["257 parentheses", "5000 parentheses", "402 terms", "65 IN subqueries", "65 derived tables", "11 CASE",
        "100 CASE", "2000 CASE", "11 IIF", "6 CASE around 5 IIF"])
def test_deeper_statements_get_sql_servers_error(database, statement, number):
    with pytest.raises(TsqlError) as raised:
        database.execute("SELECT 1 AS first\nGO\n" + statement)
    assert raised.value.number == number
    assert raised.value.line == 3
    message = {191: limits.NESTED_TOO_DEEPLY, 125: "Case expressions may only be nested to level 10."}[number]
    assert raised.value.text == message


def test_deeply_nested_scalar_subqueries_are_refused_by_name(database):
    """DuckDB plans (SELECT (SELECT ...)) in time that doubles per level (24 levels: ~20 s)."""
    with pytest.raises(UnsupportedError, match="More than 16 scalar subqueries inside one another"):
        database.execute(scalar_subqueries(limits.MAX_SCALAR_SUBQUERIES + 1))


def test_nesting_inside_a_procedure_and_a_catch_block(database):
    database.execute(f"CREATE PROCEDURE dbo.deep AS\nBEGIN\n    {parentheses(150)};\nEND")
    assert database.query("EXEC dbo.deep").iloc[0, 0] == 1
    script = (f"BEGIN TRY\n    {parentheses(300)};\nEND TRY\n"
              "BEGIN CATCH\n    SELECT ERROR_NUMBER() AS number;\nEND CATCH")
    with pytest.raises(TsqlError) as raised:   # a compile error: CATCH does not see it, as in SQL Server
        database.execute(script)
    assert raised.value.number == 191


def test_strings_and_comments_do_not_count():
    text = "SELECT '" + "(" * 400 + "' AS x -- " + "CASE " * 50 + "\n/* " + "(" * 400 + " */"
    assert limits.measure(text) == limits.Nesting()


# Where the inner CASE sits. CASE's page (Remarks) and MSSQLSERVER_125 state the limit for "CASE
# expressions" without exempting any part of one, and IIF's page counts IIF as a CASE: a CASE nested in
# a THEN, an ELSE, a searched WHEN's condition, a simple CASE's input or its WHEN value is one level.
def nested_in(position: str, depth: int) -> str:
    expression = "1"
    for level in range(depth):
        expression = {
            "THEN": f"CASE WHEN {level} = {level} THEN {expression} ELSE 0 END",
            "ELSE": f"CASE WHEN {level} = -1 THEN 0 ELSE {expression} END",
            "WHEN condition": f"CASE WHEN {expression} = 1 THEN 1 ELSE 0 END",
            "input": f"CASE {expression} WHEN 1 THEN 1 ELSE 0 END",
            "WHEN value": f"CASE 1 WHEN {expression} THEN 1 ELSE 0 END",
            "subquery": f"CASE WHEN 1 = 1 THEN (SELECT {expression}) ELSE 0 END",
        }[position]
    return f"SELECT {expression} AS x"


POSITIONS = ["THEN", "ELSE", "WHEN condition", "input", "WHEN value", "subquery"]


@pytest.mark.parametrize("position", POSITIONS)
def test_ten_nested_case_expressions_run_wherever_they_nest(database, position):
    assert database.query(nested_in(position, limits.MAX_CASE_NESTING)).iloc[0, 0] == 1


@pytest.mark.parametrize("depth", [limits.MAX_CASE_NESTING + 1, 100])
@pytest.mark.parametrize("position", POSITIONS)
def test_an_eleventh_nested_case_is_msg_125_wherever_it_nests(database, position, depth):
    with pytest.raises(TsqlError) as raised:
        database.execute(nested_in(position, depth))
    assert (raised.value.number, raised.value.severity, raised.value.text) == (
        125, 15, "Case expressions may only be nested to level 10.")
