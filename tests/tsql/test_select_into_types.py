"""SELECT ... INTO makes each column with SQL Server's type of its select item ("SELECT - INTO Clause":
same name, data type, nullability and value), read back through INFORMATION_SCHEMA.COLUMNS.

Every expected type comes from the T-SQL reference: "Constants" (1.0 is decimal(2,1), 'abc' varchar(3)),
"Precision, scale, and length" (+ - * / and the reduction at 38), "+ (String Concatenation)" (lengths add),
"CAST and CONVERT" (varchar without a length is 30), "Data type precedence" (CASE, COALESCE, UNION),
the aggregates' pages (SUM of decimal(p,s) is decimal(38,s), AVG decimal(38,max(s,6)), COUNT int), and each
function's "Return types": LEN int (bigint for varchar(max)), CHARINDEX likewise, LEFT / RIGHT / SUBSTRING
varchar or nvarchar, REPLACE and REPLICATE cut at 8,000 bytes, GETDATE datetime, SYSDATETIME datetime2,
DATEADD the date argument's type (datetime for a string), DATEDIFF / YEAR int, EOMONTH / DATEFROMPARTS date.
"""
from __future__ import annotations

import pytest

import sqlml
from sqlml.errors import TsqlError


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    connection = sqlml.connect(f"duckdb:///{tmp_path_factory.mktemp('into') / 'into.duckdb'}")
    connection.execute(
        "CREATE TABLE dbo.src (x INT, s VARCHAR(20), m VARCHAR(MAX), n NVARCHAR(10), c CHAR(5), dm DECIMAL(7, 2), "
        "d DATETIME, big BIGINT);"
        "INSERT INTO dbo.src VALUES (4, 'abcdef', 'long text', N'uv', 'x', 12.34, '2026-11-22 21:07:00.003', 9)")
    yield connection
    connection.close()


def column_type(database, table: str = "out") -> str:
    """The first column's type as INFORMATION_SCHEMA.COLUMNS reports it, written as T-SQL declares it."""
    row = database.query(
        "SELECT DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE FROM INFORMATION_SCHEMA.COLUMNS "
        f"WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = '{table}' ORDER BY ORDINAL_POSITION").iloc[0]
    name = row["DATA_TYPE"]
    if name == "decimal":
        return f"decimal({int(row['NUMERIC_PRECISION'])},{int(row['NUMERIC_SCALE'])})"
    if name in ("varchar", "nvarchar", "char", "nchar", "varbinary", "binary"):
        length = int(row["CHARACTER_MAXIMUM_LENGTH"])
        return f"{name}({'max' if length == -1 else length})"
    return name


@pytest.mark.parametrize("expression, expected", [
    # constants and the example
    ("1.0", "decimal(2,1)"), ("'abc'", "varchar(3)"), ("N'abc'", "nvarchar(3)"), ("123.456", "decimal(6,3)"),
    ("CAST(x AS VARCHAR(10)) + 'yz'", "varchar(12)"), ("LEN(s)", "int"), ("LEN(m)", "bigint"),
    ("GETDATE()", "datetime"), ("SYSDATETIME()", "datetime2"),
    # CAST / CONVERT
    ("CAST(x AS VARCHAR)", "varchar(30)"), ("CAST(x AS DECIMAL)", "decimal(18,0)"),
    ("CONVERT(NVARCHAR(7), x)", "nvarchar(7)"), ("CAST(dm AS DECIMAL(5, 1))", "decimal(5,1)"),
    # arithmetic ("Precision, scale, and length")
    ("dm * dm", "decimal(15,4)"), ("dm + x", "decimal(13,2)"), ("x * 1.5", "decimal(13,1)"), ("x / 2", "int"),
    ("x + big", "bigint"), ("SUM(dm) OVER ()", "decimal(38,2)"), ("AVG(dm)", "decimal(38,6)"),
    ("COUNT(*) OVER ()", "int"), ("MAX(s) OVER ()", "varchar(20)"),
    # strings
    ("n + s", "nvarchar(30)"), ("UPPER(s)", "varchar(20)"), ("LTRIM(n)", "nvarchar(10)"),
    ("LEFT(s, 3)", "varchar(3)"), ("RIGHT(n, 30)", "nvarchar(10)"), ("SUBSTRING(s, 2, 4)", "varchar(4)"),
    ("LEFT(c, 2)", "varchar(2)"), ("REPLACE(s, 'a', 'b')", "varchar(8000)"), ("REPLICATE(s, 2)", "varchar(8000)"),
    ("REPLICATE(m, 2)", "varchar(max)"), ("REPLICATE(n, 2)", "nvarchar(4000)"), ("CHARINDEX('a', s)", "int"),
    ("CHARINDEX('a', m)", "bigint"), ("REVERSE(s)", "varchar(20)"), ("CONCAT(s, 'ab')", "varchar(22)"),
    ("CONCAT(s, m)", "varchar(max)"), ("CONCAT(s, n)", "nvarchar(30)"),
    # ISNULL, COALESCE, CASE, IIF ("Data type precedence")
    ("ISNULL(s, 'x')", "varchar(20)"), ("COALESCE(s, n)", "nvarchar(20)"),
    ("CASE WHEN x > 0 THEN 'ab' ELSE 'abcde' END", "varchar(5)"), ("IIF(x > 0, dm, 1.5)", "decimal(7,2)"),
    # dates
    ("DATEADD(day, 1, d)", "datetime"), ("DATEADD(day, 1, '2026-01-01')", "datetime"),
    ("DATEDIFF(day, d, d)", "int"), ("YEAR(d)", "int"), ("EOMONTH(d)", "date"),
    ("DATEFROMPARTS(2026, 1, 1)", "date"), ("CAST(d AS DATE)", "date"),
])
def test_select_into_makes_sql_servers_type(database, expression, expected):
    database.execute(f"DROP TABLE IF EXISTS dbo.out; SELECT {expression} AS v INTO dbo.out FROM dbo.src")
    assert column_type(database) == expected


@pytest.mark.parametrize("statement, expected", [
    # the tutorial shape: SUMs in a derived table, divided outside: decimal(38,2) / decimal(38,3)
    ("SELECT r / NULLIF(1.0 * o, 0) AS v INTO dbo.out FROM (SELECT SUM(dm) AS r, SUM(dm) AS o FROM dbo.src) AS t",
     "decimal(38,6)"),
    ("WITH t AS (SELECT LEFT(s, 4) AS v FROM dbo.src) SELECT v + '!' AS v INTO dbo.out FROM t", "varchar(5)"),
    ("SELECT s AS v INTO dbo.out FROM dbo.src UNION ALL SELECT 'a longer literal than twenty'", "varchar(28)"),
    ("SELECT x AS v INTO dbo.out FROM dbo.src UNION ALL SELECT 2.5", "decimal(11,1)"),
    ("DECLARE @v VARCHAR(7) = 'abc'; SELECT @v AS v INTO dbo.out", "varchar(7)"),
    ("DECLARE @q DECIMAL(9, 3) = 1; SELECT @q * 2 AS v INTO dbo.out", "decimal(11,3)"),
])
def test_select_into_through_derived_tables_ctes_unions_and_variables(database, statement, expected):
    database.execute("DROP TABLE IF EXISTS dbo.out")
    database.execute(statement)
    assert column_type(database) == expected


def test_a_temp_table_made_by_select_into_stores_as_its_types(database):
    """#temp tables are not in the engine's INFORMATION_SCHEMA: what they store shows their types."""
    database.execute("DROP TABLE IF EXISTS #t; SELECT 1.0 AS a, 'abc' AS b, LEFT(s, 2) AS l INTO #t FROM dbo.src")
    database.execute("INSERT INTO #t (a, b) VALUES (1.25, 'q')")   # decimal(2,1) rounds as SQL Server does
    assert sorted(database.query("SELECT a FROM #t").a.astype(str)) == ["1.0", "1.3"]
    for values in ("1, 'abcd', 'x'", "1, 'abc', 'xyz'"):        # varchar(3), then varchar(2)
        with pytest.raises(TsqlError) as raised:
            database.execute(f"INSERT INTO #t (a, b, l) VALUES ({values})")
        assert raised.value.number == 2628


@pytest.mark.parametrize("expression, length", [
    ("REPLICATE('x', 9000)", 8000), ("REPLICATE(CAST('x' AS VARCHAR(MAX)), 9000)", 9000),
    ("REPLICATE(N'x', 5000)", 4000), ("REPLACE(REPLICATE('x', 5000), 'x', 'yy')", 8000),
    ("REPLICATE('x', 5000) + REPLICATE('y', 5000)", 8000), ("CONCAT(REPLICATE('x', 5000), REPLICATE('y', 5000))", 8000),
    ("SPACE(9000) + 'x'", 0), ("REPLICATE(m, 1000)", 9000),
])
def test_string_results_are_cut_at_8000_bytes_as_sql_server_cuts_them(database, expression, length):
    """REPLICATE, REPLACE, CONCAT, + and SPACE of values that are not (max) stop at 8,000 bytes."""
    assert database.query(f"SELECT LEN({expression}) AS n FROM dbo.src").n[0] == length


@pytest.mark.parametrize("script, expected", [
    ("DECLARE @v VARCHAR(5) = 'abcdefgh'; SELECT @v + '|' AS v", "abcde|"),          # DECLARE with a value
    ("DECLARE @v VARCHAR(5); SET @v = 'xyz' + 'uvwxyz'; SELECT @v + '|' AS v", "xyzuv|"),
    ("DECLARE @n NVARCHAR(2); SELECT @n = N'abc'; SELECT @n + '|' AS v", "ab|"),
    ("DECLARE @c CHAR(4) = 'a'; SELECT @c + '|' AS v", "a   |"),                       # char(n) pads
    ("SELECT CAST('abcdef' AS VARCHAR(3)) + '|' AS v", "abc|"),
    ("SELECT CONVERT(CHAR(2), 'xyz') + '|' AS v", "xy|"),
    ("SELECT CAST('ab' AS CHAR(4)) + '|' AS v", "ab  |"),
])
def test_a_string_is_cut_to_the_length_it_is_assigned_or_cast_to(database, script, expected):
    """"char and varchar": a value assigned to a variable or CAST to a shorter string type is cut."""
    assert database.query(script).v[0] == expected


@pytest.fixture(scope="module")
def nullable_source(database):
    database.execute("CREATE TABLE dbo.nn (k INT NOT NULL, n INT NULL, s VARCHAR(5) NOT NULL);"
                     "INSERT INTO dbo.nn VALUES (1, NULL, 'x'), (2, 3, 'y')")
    return database


# "SELECT - INTO Clause": each column has its expression's nullability, as the binder derives it (binder.py):
# a NOT NULL column, a constant and ISNULL(x, NOT NULL) are NOT NULL; a column on the NULL side of an outer
# join is nullable; most other expressions are nullable even over NOT NULL columns, since an overflow can
# make them NULL (CREATE TABLE, computed columns), and COALESCE is nullable where ISNULL is not ("COALESCE").
@pytest.mark.parametrize("select, nullable", [
    ("k", False),
    ("n", True),
    ("1", False),
    ("'abc'", False),
    ("N'abc'", False),
    ("NULL", True),
    ("ISNULL(n, 0)", False),
    ("ISNULL(n, k)", False),
    ("ISNULL(n, n)", True),
    ("COALESCE(n, 0)", True),
    ("COALESCE(k, 0)", True),
    ("n + 1", True),
    ("k + 1", True),
    ("CAST(k AS bigint)", True),
    ("1 + 1", False),                                  # constants only: cannot overflow at run time
    ("CASE WHEN k = 1 THEN 'a' ELSE 'b' END", False),  # every result NOT NULL, with an ELSE
    ("CASE WHEN k = 1 THEN 'a' END", True),            # no ELSE: NULL when no WHEN holds
    ("CASE WHEN k = 1 THEN 'a' ELSE s END", False),
    ("CASE WHEN k = 1 THEN 'a' ELSE CAST(n AS varchar(5)) END", True),
    ("x.k FROM (SELECT k + 0 AS k FROM dbo.nn) AS x", True),   # through a derived table
    ("x.k FROM (SELECT ISNULL(n, 0) AS k FROM dbo.nn) AS x", False),
    ("b.k FROM dbo.nn AS a LEFT JOIN dbo.nn AS b ON a.k = b.n", True),
    ("ISNULL(b.k, 0) FROM dbo.nn AS a LEFT JOIN dbo.nn AS b ON a.k = b.n", False),
    ("CASE WHEN a.k = 1 THEN b.k ELSE 0 END FROM dbo.nn AS a LEFT JOIN dbo.nn AS b ON a.k = b.n", True),
])
def test_select_into_takes_the_binders_nullability(nullable_source, select, nullable):
    database = nullable_source
    database.execute("IF OBJECT_ID('dbo.nulls') IS NOT NULL DROP TABLE dbo.nulls")
    item, _, source = select.partition(" FROM ")
    source = source or "dbo.nn"   # an item with FROM names its own source
    database.execute(f"SELECT {item} AS v INTO dbo.nulls FROM {source}")
    answer = database.query("SELECT IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'nulls'")
    assert answer["IS_NULLABLE"].tolist() == ["YES" if nullable else "NO"]
    listed = database.query("SELECT c.is_nullable FROM sys.columns c JOIN sys.tables t ON t.object_id = c.object_id "
                            "WHERE t.name = 'nulls'")
    assert listed["is_nullable"].tolist() == [nullable]
