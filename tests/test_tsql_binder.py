"""The binder gives every expression SQL Server's type, by the documented rules ("Precision, scale, and
length", "Data type precedence", "Constants", the aggregates' return types), also through derived
tables, CTEs, subqueries and set operations. Each case is the type SQL Server's pages give."""
from __future__ import annotations

import duckdb
import pytest
from sqlglot import exp

from sqlml.tsql import prepare_connection
from sqlml.tsql.context import Context
from sqlml.tsql.rename import rename
from sqlml.tsql.translate import parse


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    prepare_connection(connection)
    connection.execute("CREATE TABLE dbo.sales (amount DECIMAL(7, 2), n INT, big BIGINT, small SMALLINT, "
                       "wide DECIMAL(30, 10), fine DECIMAL(30, 20), price DOUBLE, label VARCHAR)")
    yield connection
    connection.close()


def bound_type(con, statement: str, variables: dict[str, str] | None = None) -> str:
    """SQL Server's type of the outermost SELECT's first column, as the binder derives it."""
    context = Context(statement, {k: v for k, v in (variables or {}).items()}, con)
    tree = rename(parse(context), context)   # as translate does: CROSS APPLY is a LATERAL join by then
    context.annotate(tree)
    select = tree if isinstance(tree, exp.Select) else tree.find(exp.Select)
    while isinstance(select, exp.Union):
        select = select.this
    return str(context.sql_type(select.expressions[0]))


@pytest.mark.parametrize("statement, expected", [
    # constants ("Constants"): 1.0 is decimal(2,1), 0.58 decimal(2,2), an integer int, a larger one decimal
    ("SELECT 1.0", "decimal(2,1)"),
    ("SELECT 0.58", "decimal(2,2)"),
    ("SELECT 123.45", "decimal(5,2)"),
    ("SELECT 7", "int"),
    ("SELECT 3000000000", "decimal(10,0)"),
    ("SELECT 1e3", "float"),
    ("SELECT 'abc'", "varchar(3)"),
    ("SELECT N'abcd'", "nvarchar(4)"),
    # + - * / % ("Precision, scale, and length")
    ("SELECT amount + amount FROM dbo.sales", "decimal(8,2)"),
    ("SELECT amount * amount FROM dbo.sales", "decimal(15,4)"),
    ("SELECT amount / n FROM dbo.sales", "decimal(18,13)"),
    ("SELECT amount % 7 FROM dbo.sales", "decimal(3,2)"),
    ("SELECT 1.0 / 3", "decimal(7,6)"),
    ("SELECT n / 2 FROM dbo.sales", "int"),
    ("SELECT n + big FROM dbo.sales", "bigint"),
    ("SELECT small + small FROM dbo.sales", "smallint"),
    ("SELECT amount * price FROM dbo.sales", "float"),
    # the documented reductions at precision 38
    ("SELECT fine * fine FROM dbo.sales", "decimal(38,17)"),
    ("SELECT wide * wide FROM dbo.sales", "decimal(38,6)"),
    ("SELECT CAST(1.67574 AS DECIMAL(38, 10)) / CAST(10000 AS DECIMAL(38, 10))", "decimal(38,6)"),
    # aggregates (SUM, AVG, COUNT, MIN, MAX)
    ("SELECT SUM(amount) FROM dbo.sales", "decimal(38,2)"),
    ("SELECT AVG(amount) FROM dbo.sales", "decimal(38,6)"),
    ("SELECT SUM(small) FROM dbo.sales", "int"),
    ("SELECT SUM(big) FROM dbo.sales", "bigint"),
    ("SELECT COUNT(*) FROM dbo.sales", "int"),
    ("SELECT MAX(amount) FROM dbo.sales", "decimal(7,2)"),
    # CAST / CONVERT, ISNULL, COALESCE, NULLIF, IIF, CASE
    ("SELECT CAST(n AS VARCHAR) FROM dbo.sales", "varchar(30)"),
    ("SELECT CONVERT(DECIMAL(10, 3), n) FROM dbo.sales", "decimal(10,3)"),
    ("SELECT CAST(n AS DECIMAL) FROM dbo.sales", "decimal(18,0)"),
    # "float and real": real is float(24), float(1-24) is real, float is float(53); CAST's string default is 30
    ("SELECT CAST(n AS REAL) FROM dbo.sales", "real"),
    ("SELECT CAST(n AS FLOAT(24)) FROM dbo.sales", "real"),
    ("SELECT CAST(n AS FLOAT) FROM dbo.sales", "float"),
    ("SELECT CAST(n AS CHAR) FROM dbo.sales", "char(30)"),
    ("SELECT CAST(label AS NVARCHAR(MAX)) FROM dbo.sales", "nvarchar(max)"),
    ("SELECT CAST(n AS DATETIME2(3)) FROM dbo.sales", "datetime2(3)"),
    ("SELECT ISNULL(amount, 0) FROM dbo.sales", "decimal(7,2)"),
    ("SELECT COALESCE(amount, wide) FROM dbo.sales", "decimal(30,10)"),
    ("SELECT NULLIF(amount, 0) FROM dbo.sales", "decimal(7,2)"),
    ("SELECT IIF(n > 0, amount, 1.5) FROM dbo.sales", "decimal(7,2)"),
    ("SELECT CASE WHEN n > 0 THEN 'ab' ELSE 'abcde' END FROM dbo.sales", "varchar(5)"),
    ("SELECT 'ab' + 'cde'", "varchar(5)"),
    # variables: their declared type; the constant 2 meets a decimal as decimal(1,0)
    ("SELECT @x * 2", "decimal(14,2)"),
    ("SELECT @x * n FROM dbo.sales", "decimal(23,2)"),
])
def test_expression_types_follow_sql_servers_rules(con, statement, expected):
    assert bound_type(con, statement, {"x": "DECIMAL(12, 2)"}) == expected


@pytest.mark.parametrize("statement, expected", [
    # a derived table's column keeps its expression's type: SUM of decimal(7,2) is decimal(38,2), so
    # returns / (1.0 * orders) is decimal(38,2) / decimal(38,3) = decimal(38,6) (the clustering tutorial)
    ("SELECT r / NULLIF(1.0 * o, 0) FROM (SELECT SUM(amount) AS r, SUM(amount) AS o FROM dbo.sales) AS t",
     "decimal(38,6)"),
    ("WITH t AS (SELECT AVG(amount) AS a FROM dbo.sales) SELECT a FROM t", "decimal(38,6)"),
    ("WITH t (k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM t WHERE k < 3) SELECT k FROM t", "int"),
    ("SELECT (SELECT MAX(wide) FROM dbo.sales) * n FROM dbo.sales", "decimal(38,7)"),
    ("SELECT u.amount FROM (SELECT amount FROM dbo.sales UNION SELECT wide FROM dbo.sales) AS u", "decimal(30,10)"),
    ("SELECT x.s FROM dbo.sales CROSS APPLY (SELECT SUM(amount) AS s) AS x", "decimal(38,2)"),
])
def test_types_carry_through_derived_tables_ctes_subqueries_and_unions(con, statement, expected):
    assert bound_type(con, statement) == expected
