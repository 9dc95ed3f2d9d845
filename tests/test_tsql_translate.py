"""T-SQL on the embedded engine answers as SQL Server does, or refuses.

Every test runs T-SQL through `sqlml.connect('duckdb:///...')` (or `translate` on a prepared
DuckDB connection) and compares the result with what SQL Server returns. The expected values come
from SQL Server's documented behaviour in the T-SQL reference (learn.microsoft.com/sql/t-sql/...),
cited next to each test.
"""
from __future__ import annotations

import datetime as dt
import decimal
import subprocess
import sys

import duckdb
import pandas as pd
import pytest

import sqlml
from sqlml.errors import TsqlError, UnsupportedError
from sqlml.tsql import prepare_connection, translate


@pytest.fixture
def con():
    """A bare DuckDB connection prepared for translated T-SQL."""
    connection = duckdb.connect()
    prepare_connection(connection)
    yield connection
    connection.close()


def run(con, tsql: str, **variables):
    """Translate one statement, run it on DuckDB with the variables bound, return all rows."""
    translation = translate(tsql, variables, con)
    bound = {name: variables[name] for name in translation.parameters}
    return con.execute(translation.sql, bound).fetchall()


def row(db, tsql: str) -> tuple:
    return tuple(db.query(tsql).iloc[0])


def day(value) -> dt.date:
    """A DATE as pandas returns it (a Timestamp at midnight) as a date."""
    return pd.Timestamp(value).date()


# -- operators ------------------------------------------------------------------------------------

def test_integer_division_truncates_toward_zero(db):
    # "/ (Division)": an integer divided by an integer is an integer with the fraction truncated.
    db.execute("CREATE TABLE dbo.n (i INT, b BIGINT, f FLOAT, d DECIMAL(9, 2)); "
               "INSERT INTO dbo.n VALUES (7, -7, 7.0, 7.00)")
    assert row(db, "SELECT 7 / 2, -7 / 2, 7 / -2, 1 / 3") == (3, -3, -3, 0)
    assert row(db, "SELECT i / 2, b / 2, i / b FROM dbo.n") == (3, -3, -1)
    # A float or decimal operand makes it an ordinary division.
    assert row(db, "SELECT i / 2.0, f / 2, d / 2, CAST(i AS FLOAT) / 2 FROM dbo.n") == (3.5, 3.5, 3.5, 3.5)
    # Variables are typed by their declaration.
    assert db.scalar("DECLARE @n INT = 9, @k INT = 2 SELECT @n / @k") == 4
    assert db.scalar("DECLARE @n FLOAT = 9, @k INT = 2 SELECT @n / @k") == 4.5


def test_decimal_division_has_sql_server_scale_and_truncates(db):
    # "Precision, scale, and length": e1 / e2 has scale max(6, s1 + p2 + 1) and precision
    # p1 - s1 + s2 + scale, capped at 38 (the scale gives way, down to 6). A literal 1.0 is
    # decimal(2, 1); an int column is decimal(10, 0), an int constant decimal(its digits, 0) (SQL Server's
    # answer to SELECT 1.0 / 3 is 0.333333). The quotient is cut, not rounded, at that scale.
    frame = db.query("SELECT 1.0 / 3 AS a, 2.0 / 3 AS b, 7 / 2.0 AS c")
    assert [str(decimal.Decimal(repr(v))) for v in frame.iloc[0]] == ["0.333333", "0.666666", "3.5"]
    con = duckdb.connect()
    prepare_connection(con)
    con.execute("CREATE TABLE dbo.m (amount DECIMAL(7, 2), n INT, big DECIMAL(38, 10)); "
                "INSERT INTO dbo.m VALUES (10.00, 3, 1.67574)")
    assert run(con, "SELECT amount / n, 2.0 / 3, SUM(amount) / COUNT(*), big / CAST(10000 AS DECIMAL(38, 10)) "
                    "FROM dbo.m GROUP BY amount, n, big") == [
        (decimal.Decimal("3.3333333333333"), decimal.Decimal("0.666666"), decimal.Decimal("10.000000"),
         decimal.Decimal("0.000167"))]
    con.close()


def test_division_by_zero_stops_the_statement(db):
    # "SET ANSI_WARNINGS" (on by default): a divide-by-zero error ends the statement, Msg 8134.
    db.execute("CREATE TABLE dbo.z (a INT, b INT); INSERT INTO dbo.z VALUES (1, 0)")
    with pytest.raises(TsqlError, match="Divide by zero"):
        db.query("SELECT a / b FROM dbo.z")
    with pytest.raises(TsqlError, match="Divide by zero"):
        db.query("SELECT CAST(a AS FLOAT) / b FROM dbo.z")
    # NULLIF is the usual guard and gives NULL.
    assert pd.isna(db.scalar("SELECT a / NULLIF(b, 0) FROM dbo.z"))


def test_plus_joins_strings_and_adds_numbers(db):
    # "+ (String Concatenation)": + between character expressions concatenates; NULL gives NULL.
    db.execute("CREATE TABLE dbo.s (first NVARCHAR(20), last VARCHAR(20), n INT); "
               "INSERT INTO dbo.s VALUES (N'Ada', 'Lovelace', 1)")
    assert row(db, "SELECT first + N' ' + last, 'a' + 'b', n + 1, n + 1.5 FROM dbo.s") == (
        "Ada Lovelace", "ab", 2, decimal.Decimal("2.5"))
    assert pd.isna(db.scalar("SELECT NULL + 'a'"))
    assert db.scalar("DECLARE @who NVARCHAR(10) = N'you' SELECT N'thank ' + @who") == "thank you"


def test_len_ignores_trailing_spaces(db):
    # "LEN": the number of characters, excluding trailing spaces (leading spaces count).
    assert row(db, "SELECT LEN('ab  '), LEN('  ab'), LEN(''), LEN(N'héllo')") == (2, 4, 0, 5)


# -- collation: SQL_Latin1_General_CP1_CI_AS, case-insensitive --------------------------------------

def test_strings_compare_group_and_count_case_insensitively(db):
    # "Collation and Unicode support": the default collation is case-insensitive, so 'abc' = 'ABC'
    # for comparisons, LIKE, GROUP BY, DISTINCT and COUNT(DISTINCT).
    db.execute("CREATE TABLE dbo.c (s VARCHAR(10)); INSERT INTO dbo.c VALUES ('abc'), ('ABC'), ('Abd'), ('b')")
    assert db.scalar("SELECT COUNT(*) FROM dbo.c WHERE s = 'ABC'") == 2
    assert db.scalar("SELECT COUNT(*) FROM dbo.c WHERE s LIKE 'ab%'") == 3
    assert db.scalar("SELECT COUNT(*) FROM dbo.c WHERE s IN ('B')") == 1
    assert db.scalar("SELECT COUNT(*) FROM (SELECT s FROM dbo.c GROUP BY s) g") == 3
    assert db.scalar("SELECT COUNT(DISTINCT s) FROM dbo.c") == 3
    assert db.scalar("SELECT COUNT(*) FROM dbo.c WHERE s < 'B'") == 3
    # CHARINDEX and REPLACE search with the collation too.
    assert row(db, "SELECT CHARINDEX('B', 'abc'), REPLACE('aBc', 'b', 'x')") == (2, "axc")


def test_order_by_ignores_case(db):
    db.execute("CREATE TABLE dbo.names (s VARCHAR(5)); INSERT INTO dbo.names VALUES ('b'), ('A'), ('B'), ('a')")
    assert [s.lower() for s in db.query("SELECT s FROM dbo.names ORDER BY s")["s"]] == ["a", "a", "b", "b"]


def test_trailing_spaces_do_not_count_when_strings_compare(db):
    # "How SQL Server compares strings with trailing spaces" (ANSI/ISO SQL-92 padding): 'abc' = 'abc  '.
    db.execute("CREATE TABLE dbo.pad (s VARCHAR(10)); INSERT INTO dbo.pad VALUES ('abc')")
    assert db.scalar("SELECT COUNT(*) FROM dbo.pad WHERE s = 'abc  '") == 1
    assert db.scalar("SELECT CASE WHEN 'ab' = 'ab  ' THEN 1 ELSE 0 END") == 1
    assert db.scalar("SELECT CASE WHEN N'ab ' <> 'ab' THEN 1 ELSE 0 END") == 0


def test_stored_trailing_spaces_do_not_count_in_equality_joins_in_and_variables(db):
    # The same padding rule for values stored with trailing spaces, compared column to column, with
    # a literal, a variable, an IN list and an IN subquery; integer keys are compared as they are.
    db.execute("CREATE TABLE dbo.left_side (id INT, s VARCHAR(10)); CREATE TABLE dbo.right_side (id INT, s NVARCHAR(10)); "
               "INSERT INTO dbo.left_side VALUES (1, 'abc  '), (2, 'Xyz'), (3, 'q'); "
               "INSERT INTO dbo.right_side VALUES (1, N'ABC'), (2, N'xyz '), (3, N'r')")
    joined = db.query("SELECT l.id FROM dbo.left_side l JOIN dbo.right_side r ON l.s = r.s ORDER BY l.id")
    assert joined["id"].tolist() == [1, 2]
    assert db.query("SELECT l.id FROM dbo.left_side l JOIN dbo.right_side r ON r.id = l.id "
                    "WHERE l.s <> r.s")["id"].tolist() == [3]
    assert db.query("SELECT id FROM dbo.left_side WHERE s = 'abc'")["id"].tolist() == [1]
    assert db.query("DECLARE @v NVARCHAR(10) = N'xyz  ' SELECT id FROM dbo.left_side WHERE s = @v")["id"].tolist() == [2]
    assert db.query("SELECT id FROM dbo.left_side WHERE s IN ('abc', 'xyz') ORDER BY id")["id"].tolist() == [1, 2]
    assert db.query("SELECT id FROM dbo.left_side WHERE s IN (SELECT s FROM dbo.right_side) ORDER BY id"
                    )["id"].tolist() == [1, 2]
    assert db.scalar("SELECT COUNT(*) FROM dbo.left_side l WHERE EXISTS "
                     "(SELECT 1 FROM dbo.right_side r WHERE r.s = l.s)") == 2
    assert translate("SELECT l.id FROM dbo.left_side l JOIN dbo.right_side r ON r.id = l.id", {},
                     db.connection).sql.upper().count("RTRIM") == 0


def test_nulls_sort_first_ascending_and_last_descending(db):
    # "ORDER BY clause": NULL values are treated as the lowest possible values.
    db.execute("CREATE TABLE dbo.o (a INT); INSERT INTO dbo.o VALUES (2), (NULL), (1)")
    ascending = db.query("SELECT a FROM dbo.o ORDER BY a")["a"]
    descending = db.query("SELECT a FROM dbo.o ORDER BY a DESC")["a"]
    assert ascending.isna().tolist() == [True, False, False] and ascending.tolist()[1:] == [1, 2]
    assert descending.isna().tolist() == [False, False, True] and descending.tolist()[:2] == [2, 1]


# -- syntax -----------------------------------------------------------------------------------------

def test_top_brackets_double_quotes_and_unicode_literals(db):
    db.execute('CREATE TABLE [dbo].[order details] ([key] INT, "value" NVARCHAR(10)); '
               "INSERT INTO dbo.[order details] VALUES (1, N'één'), (2, N'twee'), (3, N'drie')")
    assert db.query('SELECT TOP (2) [key], "value" FROM [dbo].[order details] ORDER BY [key] DESC')["key"].tolist() == [3, 2]
    assert db.query("SELECT TOP 1 [key] FROM dbo.[order details] ORDER BY [key]")["key"].tolist() == [1]
    assert db.scalar("DECLARE @n INT = 2 SELECT COUNT(*) FROM (SELECT TOP (@n) [key] FROM dbo.[order details]) t") == 2
    assert db.scalar("SELECT \"value\" FROM dbo.[order details] WHERE [key] = 1") == "één"


def test_create_table_with_sql_server_types_filegroup_and_trailing_comma(db):
    # FLOAT is float(53), 8 bytes ("float and real"); BIT holds 1/0; IDENTITY(seed, increment)
    # numbers the rows; (MAX) types have no length limit; ON [PRIMARY] names the filegroup.
    db.execute("""
        CREATE TABLE dbo.everything (
            id      INT IDENTITY(1,1) NOT NULL,
            ratio   FLOAT,
            small   REAL,
            note    VARCHAR(MAX),
            name    NVARCHAR(MAX),
            blob    VARBINARY(MAX),
            flag    BIT,
            amount  DECIMAL(7, 2),
        ) ON [PRIMARY]
    """)
    db.execute("INSERT INTO dbo.everything (ratio, small, note, name, blob, flag, amount) "
               "VALUES (0.1, 0.1, REPLICATE(CAST('x' AS VARCHAR(MAX)), 10000), N'ñ', 0x0102, 1, 12.345)")
    db.execute("INSERT INTO dbo.everything (ratio) VALUES (2)")
    frame = db.query("SELECT id, ratio, small, LEN(note) AS n, name, blob, flag, amount FROM dbo.everything ORDER BY id")
    assert frame["id"].tolist() == [1, 2]
    assert frame["ratio"][0] == 0.1                       # 64-bit: exactly the double 0.1
    small = float(frame["small"][0])
    assert small != 0.1 and abs(small - 0.1) < 1e-7       # 32-bit real
    assert frame["n"][0] == 10000      # REPLICATE of a varchar(max) is not cut at 8,000 bytes ("REPLICATE")
    assert bytes(frame["blob"][0]) == b"\x01\x02"
    assert bool(frame["flag"][0]) is True
    assert float(frame["amount"][0]) == 12.35             # rounded to the column's scale
    types = dict(db.query("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                          "WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = 'everything'").values)
    assert types == {"id": "int", "ratio": "float", "small": "real", "note": "varchar", "name": "nvarchar",
                     "blob": "varbinary", "flag": "bit", "amount": "decimal"}


def test_insert_without_a_column_list_skips_the_identity_column(db):
    # "IDENTITY (Property)": the identity column takes no value in INSERT; SQL Server numbers it.
    db.execute("CREATE TABLE dbo.auto (id INT IDENTITY(1,1), name VARCHAR(10), score FLOAT)")
    db.execute("INSERT INTO dbo.auto VALUES ('a', 1.5), ('b', 2.5)")
    db.execute("INSERT dbo.auto SELECT 'c', 3.5")
    db.execute("CREATE TABLE #auto (id INT IDENTITY(10, 5), name VARCHAR(10)); INSERT INTO #auto VALUES ('t')")
    assert db.query("SELECT id, name FROM dbo.auto ORDER BY id").values.tolist() == [[1, "a"], [2, "b"], [3, "c"]]
    assert db.query("SELECT id, name FROM #auto").values.tolist() == [[10, "t"]]


def test_identity_with_seed_and_increment_restarts_after_drop(db):
    db.execute("CREATE TABLE dbo.seq (id INT IDENTITY(100, 10), v INT); INSERT INTO dbo.seq (v) VALUES (1), (2)")
    assert db.query("SELECT id FROM dbo.seq ORDER BY id")["id"].tolist() == [100, 110]
    db.execute("DROP TABLE dbo.seq")
    db.execute("CREATE TABLE dbo.seq (id INT IDENTITY(1, 1), v INT); INSERT INTO dbo.seq (v) VALUES (1)")
    assert db.scalar("SELECT id FROM dbo.seq") == 1


def test_dbo_is_the_default_schema(db):
    db.execute("CREATE TABLE plain (a INT); INSERT INTO plain VALUES (1)")
    assert db.scalar("SELECT COUNT(*) FROM dbo.plain") == 1
    assert db.scalar("SELECT s.name FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id "
                     "WHERE t.name = 'plain'") == "dbo"


def test_drop_if_exists_truncate_and_select_into(db):
    db.execute("DROP TABLE IF EXISTS dbo.never_made")
    db.execute("CREATE TABLE dbo.src (a INT); INSERT INTO dbo.src VALUES (1), (2), (3)")
    results = db.execute("SELECT a * 10 AS b INTO dbo.copy FROM dbo.src WHERE a > 1")
    assert [r.message for r in results if r.frame is None] == ["(2 rows affected)"]
    assert db.query("SELECT b FROM dbo.copy ORDER BY b")["b"].tolist() == [20, 30]
    db.execute("TRUNCATE TABLE dbo.copy")
    assert db.scalar("SELECT COUNT(*) FROM dbo.copy") == 0


def test_temp_tables_are_session_tables_that_never_touch_dbo(db):
    db.execute("CREATE TABLE dbo.scratch (a INT); INSERT INTO dbo.scratch VALUES (1)")
    db.execute("SELECT a + 1 AS a INTO #scratch FROM dbo.scratch")
    db.execute("CREATE TABLE ##shared (a INT); INSERT INTO ##shared VALUES (5)")
    assert db.scalar("SELECT #scratch.a FROM #scratch") == 2
    assert db.scalar("SELECT a FROM ##shared") == 5
    db.execute("DROP TABLE IF EXISTS #scratch")
    assert db.scalar("SELECT a FROM dbo.scratch") == 1          # the real table is untouched
    assert "scratch" not in db.query("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES")["TABLE_NAME"].str.lstrip("#").tolist()[1:]


def test_cross_and_outer_apply(db):
    # "FROM clause": CROSS APPLY keeps left rows with a result from the right; OUTER APPLY keeps all,
    # with NULLs where the right side is empty.
    db.execute("CREATE TABLE dbo.cust (id INT); INSERT INTO dbo.cust VALUES (1), (2); "
               "CREATE TABLE dbo.sale (cust INT, amount INT); INSERT INTO dbo.sale VALUES (1, 5), (1, 9)")
    cross = db.query("SELECT c.id, s.amount FROM dbo.cust c CROSS APPLY "
                     "(SELECT TOP 1 amount FROM dbo.sale WHERE cust = c.id ORDER BY amount DESC) s")
    assert cross.values.tolist() == [[1, 9]]
    outer = db.query("SELECT c.id, s.amount FROM dbo.cust c OUTER APPLY "
                     "(SELECT TOP 1 amount FROM dbo.sale WHERE cust = c.id ORDER BY amount DESC) s ORDER BY c.id")
    assert outer["id"].tolist() == [1, 2] and outer["amount"].isna().tolist() == [False, True]


# -- functions --------------------------------------------------------------------------------------

def test_getdate_is_the_local_datetime(db):
    now = db.scalar("SELECT GETDATE()")
    assert abs((now.to_pydatetime() if hasattr(now, "to_pydatetime") else now) - dt.datetime.now()) < dt.timedelta(minutes=1)


def test_dateadd_keeps_the_type_and_clamps_to_month_end(db):
    # "DATEADD": adding a month to Jan 31 gives the last day of February; the result has the
    # date argument's type.
    frame = db.query("SELECT DATEADD(month, 1, CAST('2024-01-31' AS DATE)) AS a, "
                     "DATEADD(day, -1, CAST('2024-03-01' AS DATE)) AS b")
    assert [day(frame["a"][0]), day(frame["b"][0])] == [dt.date(2024, 2, 29)] * 2
    assert db.scalar("DECLARE @d DATE = '2024-01-31' SELECT CONVERT(VARCHAR(30), DATEADD(day, 1, @d), 23)") == "2024-02-01"
    assert db.scalar("SELECT DATEADD(hour, 5, CAST('2024-01-31 22:00' AS DATETIME))") == dt.datetime(2024, 2, 1, 3)


def test_datediff_counts_boundaries_crossed(db):
    # "DATEDIFF": the count of datepart boundaries crossed between start and end, so one
    # microsecond across New Year is 1 year, 1 month, 1 day, 1 hour...
    start, end = "'2005-12-31 23:59:59.999999'", "'2006-01-01 00:00:00'"
    units = ["year", "quarter", "month", "day", "hour", "minute", "second"]
    assert row(db, "SELECT " + ", ".join(f"DATEDIFF({u}, {start}, {end})" for u in units)) == (1,) * len(units)
    # Weeks end on Saturday night (Sunday starts one); 2024-01-06 is a Saturday.
    assert row(db, "SELECT DATEDIFF(week, '2024-01-06', '2024-01-07'), DATEDIFF(week, '2024-01-07', '2024-01-13')") == (1, 0)
    assert db.scalar("SELECT DATEDIFF(day, '2024-03-01', '2024-02-01')") == -29


def test_datepart_weekday_counts_from_sunday(db):
    # "DATEPART" with the default SET DATEFIRST 7 (us_english): Sunday is 1.
    assert row(db, "SELECT DATEPART(weekday, '2026-11-22'), DATEPART(weekday, '2026-11-28'), "
                   "DATEPART(year, '2026-11-22'), DATEPART(quarter, '2026-11-22')") == (1, 7, 2026, 4)


def test_isnull_iif_and_db_name(db):
    assert row(db, "SELECT ISNULL(NULL, 'x'), ISNULL('a', 'x'), IIF(2 > 1, 'yes', 'no'), DB_NAME()") == (
        "x", "a", "yes", "tpcxbb_1gb")


@pytest.mark.parametrize("style, expected", [
    # "CAST and CONVERT", date and time styles.
    (23, "2026-11-02"), (101, "11/02/2026"), (103, "02/11/2026"), (112, "20261102"),
    (120, "2026-11-02 18:05:03"), (121, "2026-11-02 18:05:03.123"), (1, "11/02/26"), (104, "02.11.2026"),
    (108, "18:05:03"), (100, "Nov  2 2026  6:05PM"), (0, "Nov  2 2026  6:05PM"),
])
def test_convert_date_styles(db, style, expected):
    value = "CAST('2026-11-02 18:05:03.123' AS DATETIME)"
    assert db.scalar(f"SELECT CONVERT(VARCHAR(30), {value}, {style})") == expected


def test_convert_cuts_to_the_target_length_and_reads_styled_strings(db):
    # "CAST and CONVERT": the default length of a character target is 30; a shorter one cuts.
    value = "CAST('2026-11-02 18:05:03' AS DATETIME)"
    assert db.scalar(f"SELECT CONVERT(VARCHAR(10), {value}, 120)") == "2026-11-02"
    assert db.scalar(f"SELECT CAST({value} AS VARCHAR)") == "Nov  2 2026  6:05PM"
    assert db.scalar("SELECT CAST('abcdef' AS VARCHAR(3))") == "abc"
    assert db.scalar("SELECT CAST('ab' AS CHAR(4)) + '|'") == "ab  |"
    assert db.scalar("SELECT CAST(REPLICATE('x', 40) AS VARCHAR)") == "x" * 30
    values = row(db, "SELECT CONVERT(DATE, '02/11/2026', 103), CONVERT(DATE, '11/02/2026', 101), "
                     "CONVERT(DATE, '20261102', 112)")
    assert [day(v) for v in values] == [dt.date(2026, 11, 2)] * 3


def test_numbers_cast_to_integers_truncate_and_avg_of_integers_is_an_integer(db):
    # "CAST and CONVERT", truncating and rounding results: decimal and float -> int truncate.
    assert row(db, "SELECT CAST(2.7 AS INT), CAST(-2.7 AS INT), CAST(CAST(2.7 AS FLOAT) AS INT)") == (2, -2, 2)
    # "AVG": the result type of AVG over int is int.
    db.execute("CREATE TABLE dbo.av (a INT, f FLOAT); INSERT INTO dbo.av VALUES (1, 1), (2, 2)")
    assert row(db, "SELECT AVG(a), AVG(f), AVG(CAST(a AS FLOAT)) FROM dbo.av") == (1, 1.5, 1.5)


def test_string_functions_do_not_cut_long_strings(db):
    # LEFT/RIGHT/LEN take strings of any length; only CAST/CONVERT without a length cut at 30.
    long = "x" * 40 + "yz"
    assert row(db, f"SELECT LEN(LEFT('{long}', 41)), RIGHT('{long}', 2), LEN('{long}')") == (41, "yz", 42)


def test_try_convert_gives_null_where_convert_fails(db):
    # "TRY_CONVERT": NULL when the conversion fails.
    assert pd.isna(db.scalar("SELECT TRY_CONVERT(INT, 'x')"))
    assert db.scalar("SELECT TRY_CONVERT(INT, '5')") == 5
    assert pd.isna(db.scalar("SELECT TRY_CAST('2026-13-45' AS DATE)"))


def test_statistics_functions_use_sql_server_definitions(db):
    # VAR/STDEV are sample statistics, VARP/STDEVP population ones.
    db.execute("CREATE TABLE dbo.v (x FLOAT); INSERT INTO dbo.v VALUES (1), (2), (3), (4)")
    var, varp, stdev, stdevp = row(db, "SELECT VAR(x), VARP(x), STDEV(x), STDEVP(x) FROM dbo.v")
    assert (round(var, 6), round(varp, 6)) == (1.666667, 1.25)
    assert (round(stdev ** 2, 6), round(stdevp ** 2, 6)) == (1.666667, 1.25)


def test_recursive_common_table_expression(db):
    # "WITH common_table_expression": a CTE that names itself is recursive (no RECURSIVE keyword).
    frame = db.query("WITH r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 4) SELECT n FROM r ORDER BY n")
    assert frame["n"].tolist() == [1, 2, 3, 4]


def test_indexes_of_any_kind_are_accepted(db):
    db.execute("CREATE TABLE dbo.ix (a INT, b INT, CONSTRAINT pk_ix PRIMARY KEY CLUSTERED (a))")
    db.execute("CREATE NONCLUSTERED INDEX ix_b ON dbo.ix (b) INCLUDE (a)")
    db.execute("INSERT INTO dbo.ix VALUES (1, 2)")
    with pytest.raises(TsqlError):
        db.execute("INSERT INTO dbo.ix VALUES (1, 3)")   # the primary key still holds
    assert db.scalar("SELECT COUNT(*) FROM dbo.ix") == 1


# -- catalog ----------------------------------------------------------------------------------------

def test_a_data_dictionary_from_the_catalog_views(db):
    db.execute("CREATE TABLE dbo.customer (c_customer_sk INT NOT NULL, c_email_address VARCHAR(50), "
               "c_birth_year BIGINT, c_balance DECIMAL(7, 2), c_since DATE, c_score FLOAT, c_vip BIT)")
    columns = db.query("""
        SELECT t.name AS table_name, c.name AS column_name, ty.name AS type_name, c.is_nullable
        FROM sys.tables t
        JOIN sys.columns c ON c.object_id = t.object_id
        JOIN sys.types ty ON ty.user_type_id = c.user_type_id
        WHERE t.name = 'customer'
        ORDER BY c.column_id
    """)
    assert columns["type_name"].tolist() == ["int", "varchar", "bigint", "decimal", "date", "float", "bit"]
    assert columns["is_nullable"].tolist() == [False] + [True] * 6
    info = db.query("SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE, NUMERIC_PRECISION, NUMERIC_SCALE "
                    "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'customer' ORDER BY ORDINAL_POSITION")
    assert info["DATA_TYPE"].tolist() == ["int", "varchar", "bigint", "decimal", "date", "float", "bit"]
    assert info["IS_NULLABLE"].tolist()[:2] == ["NO", "YES"]
    assert (info["NUMERIC_PRECISION"][0], info["NUMERIC_PRECISION"][3], info["NUMERIC_SCALE"][3]) == (10, 7, 2)
    assert db.query("SELECT TABLE_SCHEMA, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'customer'"
                    ).values.tolist() == [["dbo", "BASE TABLE"]]
    assert db.scalar("SELECT CASE WHEN OBJECT_ID('dbo.customer') IS NOT NULL THEN 1 ELSE 0 END") == 1
    assert pd.isna(db.scalar("SELECT OBJECT_ID('dbo.nothing_here')"))


def test_prepare_connection_works_on_a_read_only_file(tmp_path):
    path = str(tmp_path / "ro.duckdb")
    writer = duckdb.connect(path)
    prepare_connection(writer)
    writer.execute("CREATE TABLE dbo.t (a INT); INSERT INTO dbo.t VALUES (7)")
    writer.close()
    reader = duckdb.connect(path, read_only=True)
    prepare_connection(reader)
    assert run(reader, "SELECT a / 2 FROM t") == [(3,)]
    assert run(reader, "SELECT name FROM sys.tables") == [("t",)]
    reader.close()


def test_views_stored_in_the_file_work_from_new_connections_read_only_ones_and_new_processes(tmp_path):
    # A view is stored as translated SQL: it calls the divide-by-zero check and reads the catalog
    # views, which live only as long as the connection that made them unless connect remakes them.
    url = f"duckdb:///{tmp_path}/views.duckdb"
    with sqlml.connect(url) as db:
        db.execute("CREATE TABLE dbo.t (a INT, b INT); INSERT INTO dbo.t VALUES (1, 4), (3, 0)")
        db.execute("CREATE VIEW dbo.ratio AS SELECT CAST(a AS FLOAT) / b AS r FROM dbo.t WHERE b <> 0")
        db.execute("CREATE VIEW dbo.unsafe AS SELECT a / b AS q FROM dbo.t")
        db.execute("CREATE VIEW dbo.table_names AS SELECT name FROM sys.tables")
    with sqlml.connect(url) as db:
        assert db.scalar("SELECT * FROM dbo.ratio") == 0.25
        with pytest.raises(TsqlError, match="Divide by zero"):
            db.query("SELECT * FROM dbo.unsafe")
        assert db.query("SELECT name FROM dbo.table_names")["name"].tolist() == ["t"]
    reader = duckdb.connect(str(tmp_path / "views.duckdb"), read_only=True)
    prepare_connection(reader)
    assert run(reader, "SELECT r FROM dbo.ratio") == [(0.25,)]
    assert run(reader, "SELECT name FROM dbo.table_names") == [("t",)]
    reader.close()
    code = f"import sqlml\nwith sqlml.connect({url!r}) as db: print(db.scalar('SELECT r FROM dbo.ratio'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0.25"


# -- parameters and the catalog cache ----------------------------------------------------------------

def test_variables_are_bound_as_parameters_never_pasted(con):
    hostile = "x'; DROP TABLE dbo.t; --"
    con.execute("CREATE TABLE dbo.t (a INT)")
    translation = translate("SELECT @Name AS n, @n2 + 1 AS m", {"name": hostile, "n2": 1}, con)
    assert translation.parameters == ("name", "n2")
    assert hostile not in translation.sql and "$name" in translation.sql
    assert run(con, "SELECT @Name AS n", name=hostile) == [(hostile,)]
    assert run(con, "SELECT COUNT(*) FROM dbo.t") == [(0,)]


def test_rowcount_is_a_parameter_the_engine_binds(con):
    translation = translate("SELECT @@ROWCOUNT AS n", {}, con)
    assert translation.parameters == ("__rowcount",)
    assert con.execute(translation.sql, {"__rowcount": 4}).fetchall() == [(4,)]


def test_ddl_refreshes_the_column_types_used_for_division(con):
    con.execute(translate("CREATE TABLE dbo.t (a INT)", {}, con).sql)
    con.execute("INSERT INTO dbo.t VALUES (7)")
    assert run(con, "SELECT a / 2 FROM dbo.t") == [(3,)]
    for statement in ("DROP TABLE dbo.t", "CREATE TABLE dbo.t (a FLOAT)"):
        con.execute(translate(statement, {}, con).sql)
    con.execute("INSERT INTO dbo.t VALUES (7)")
    assert run(con, "SELECT a / 2 FROM dbo.t") == [(3.5,)]


@pytest.mark.parametrize("made, stored_in, query", [
    ("CREATE TABLE dbo.t (a INT); CREATE VIEW dbo.v AS SELECT a FROM dbo.t", "dbo.t", "SELECT a / 2 FROM dbo.v"),
    ('CREATE TEMP TABLE "#t" (a INT)', '"#t"', "SELECT a / 2 FROM #t"),
    ("CREATE TABLE dbo.MiXed (A INT)", "dbo.mixed", "SELECT a / 2 FROM DBO.mixed"),
    ('CREATE TABLE dbo."a.b" (a INT)', 'dbo."a.b"', "SELECT a / 2 FROM dbo.[a.b]"),
    ('CREATE TABLE dbo."q""t" (a INT)', 'dbo."q""t"', 'SELECT a / 2 FROM dbo.[q"t]'),
    ("CREATE SCHEMA s; CREATE TABLE s.t (a INT)", "s.t", "SELECT a / 2 FROM s.t"),
])
def test_the_tables_a_statement_names_are_typed_from_the_catalog_also_when_made_after_a_translation(
        con, made, stored_in, query):
    # "/ (Division)": int / int is an int. The translator reads the tables a statement names as it needs them,
    # so a table made outside translate after an earlier translation read the catalog is typed too.
    con.execute("CREATE TABLE dbo.other (a FLOAT)")
    assert run(con, "SELECT a / 2 FROM dbo.other") == []
    con.execute(made)
    con.execute(f"INSERT INTO {stored_in} VALUES (7)")
    assert run(con, query) == [(3,)]


def test_the_same_text_on_two_databases_is_typed_by_each_catalog():
    first, second = duckdb.connect(), duckdb.connect()
    for connection, column_type in ((first, "INT"), (second, "FLOAT")):
        prepare_connection(connection)
        connection.execute(f"CREATE TABLE dbo.t (a {column_type}); INSERT INTO dbo.t VALUES (7)")
    assert run(first, "SELECT a / 2 FROM dbo.t") == [(3,)]
    assert run(second, "SELECT a / 2 FROM dbo.t") == [(3.5,)]
    first.close()
    second.close()


def test_the_course_feature_query_translates_and_runs(con):
    from sqlml.queries import read
    from sqlml.tsql import split_batches, split_statements

    con.execute("CREATE TABLE dbo.store_sales (ss_customer_sk INT, ss_ticket_number INT, ss_item_sk INT, "
                "ss_net_paid DECIMAL(7, 2)); CREATE TABLE dbo.store_returns (sr_item_sk INT, "
                "sr_ticket_number INT, sr_return_amt DECIMAL(7, 2))")
    con.execute("INSERT INTO dbo.store_sales VALUES (1, 10, 100, 5.00), (1, 10, 101, 5.00), (1, 11, 100, 10.00), "
                "(2, 12, 100, 0.00); INSERT INTO dbo.store_returns VALUES (100, 10, 5.00)")
    (statement,) = [s for b in split_batches(read("return_features")) for s in split_statements(b)]
    rows = run(con, statement.text)
    # customer 1: 1 of 2 tickets returned, 1 of 3 lines, 5 of 20 paid; customer 2 paid 0.
    assert rows == [(1, 0.5, 1 / 3, 0.25, 1), (2, 0.0, 0.0, 0.0, 0)]


def test_a_table_loaded_outside_translate_is_typed_after_the_load(db):
    db.load_frame(pd.DataFrame({"a": [7]}), "dbo.loaded")
    assert db.scalar("SELECT a / 2 FROM dbo.loaded") == 3
    db.load_frame(pd.DataFrame({"a": [7.0]}), "dbo.loaded", if_exists="replace")
    assert db.scalar("SELECT a / 2 FROM dbo.loaded") == 3.5


# -- bad input ----------------------------------------------------------------------------------------

def test_a_missing_table_is_msg_208(db):
    # SQL Server: Msg 208, "Invalid object name".
    with pytest.raises(TsqlError) as raised:
        db.query("SELECT\n  a / 2 FROM dbo.nowhere")
    assert raised.value.number == 208 and "Invalid object name 'dbo.nowhere'" in str(raised.value)


def test_a_syntax_error_gives_msg_102_with_line_and_column_in_the_script(db):
    script = "CREATE TABLE dbo.kept (a INT)\nGO\nINSERT INTO dbo.kept VALUES (1)\nSELECT a\n  FROM dbo.kept WHERE a = = 1\n"
    with pytest.raises(TsqlError) as raised:
        db.execute(script)
    error = raised.value
    assert (error.number, error.severity, error.line, error.column) == (102, 15, 5, 27)
    assert "Incorrect syntax near '='" in str(error)


def test_translate_places_errors_with_the_statement_position():
    with pytest.raises(TsqlError) as raised:
        translate("SELECT 1 +", {}, line=12, column=5)
    assert (raised.value.line, raised.value.column) == (12, 14)
    with pytest.raises(TsqlError) as raised:
        translate("SELECT 1\nFROM WHERE", {}, line=12, column=5)
    assert (raised.value.line, raised.value.column) == (13, 6)


@pytest.mark.parametrize("tsql, construct", [
    ("SELECT name FROM dbo.t FOR XML PATH('')", "FOR XML"),
    ("SELECT FORMAT(a, 'N2') FROM dbo.t", "FORMAT"),
    ("SELECT TOP 10 PERCENT a FROM dbo.t", "PERCENT"),
    ("SELECT STUFF(name, 1, 1, 'x') FROM dbo.t", "STUFF"),
    ("SELECT a FROM dbo.t WHERE name LIKE '[a-c]%'", "LIKE with a [ ] character set"),
    ("SELECT CAST(f AS VARCHAR(20)) FROM dbo.t", "FLOAT to a string"),
    ("SELECT * FROM sys.dm_exec_sessions", "sys.dm_exec_sessions"),
    ("SELECT @@SERVERNAME", "@@SERVERNAME"),
    ("SELECT DATENAME(month, GETDATE())", "DATENAME"),
    ("DELETE TOP (1) FROM dbo.t", "DELETE TOP"),
    ("SELECT ROUND(f, 1, 1) FROM dbo.t", "ROUND with a truncation argument"),
    ("ALTER TABLE dbo.t ADD CONSTRAINT df_a DEFAULT 0 FOR a", "ALTER TABLE dbo.t"),
    ("WAITFOR DELAY '00:00:01'", "WAITFOR statement"),
    ("SAVE TRANSACTION before_load", "SAVE statement"),
])
def test_unsupported_constructs_are_refused_by_name(con, tsql, construct):
    con.execute("CREATE TABLE dbo.t (a INT, name VARCHAR(10), f FLOAT)")
    con.execute(translate("CREATE TABLE dbo.numbered (id INT IDENTITY(1, 1), a INT)", {}, con).sql)
    with pytest.raises(UnsupportedError) as raised:
        translate(tsql, {}, con)
    assert construct in str(raised.value) and "SQL Server runs it" in str(raised.value)


def test_an_unsupported_function_is_placed_where_it_starts(con):
    with pytest.raises(UnsupportedError) as raised:
        translate("SELECT a,\n       FORMAT(a, 'N2') FROM t", {}, con, line=10, column=3)
    assert (raised.value.line, raised.value.column) == (11, 8)


def test_a_division_whose_operand_types_cannot_be_known_is_refused(con):
    with pytest.raises(UnsupportedError, match="operand types unknown"):
        translate("SELECT @a / @b", ["a", "b"], con)          # names only: no types


def test_an_unsupported_statement_leaves_the_database_as_it_was(db):
    db.execute("CREATE TABLE dbo.keep (a INT); INSERT INTO dbo.keep VALUES (1)")
    with pytest.raises(UnsupportedError):
        db.execute("DELETE FROM dbo.keep WHERE FORMAT(a, 'N') = '1'")
    assert db.scalar("SELECT COUNT(*) FROM dbo.keep") == 1


# -- SUM keeps SQL Server's integer types ------------------------------------------------------------
# T-SQL reference, SUM: the result is int for tinyint/smallint/int, bigint for bigint, and an
# int sum past 2^31 - 1 stops with Msg 8115 (arithmetic overflow).

def test_sum_of_integers_is_an_integer_and_overflows_like_sql_server():
    with sqlml.connect("duckdb:///:memory:") as db:
        db.execute("CREATE TABLE dbo.t (a INT, b VARCHAR(5), c BIGINT, d DECIMAL(7,2));"
                   "INSERT INTO dbo.t VALUES (1, 'x', 5, 1.50), (2, 'y', 6, 2.25)")
        frame = db.query("SELECT SUM(a) AS s, SUM(CASE WHEN b = 'x' THEN 1 ELSE 0 END) AS flagged, "
                         "SUM(c) AS sc, SUM(DISTINCT a) AS sd, SUM(d) AS dec FROM dbo.t")
        assert frame.to_dict("records") == [{"s": 3, "flagged": 1, "sc": 11, "sd": 3, "dec": 3.75}]
        assert [frame[c].dtype.kind for c in ("s", "flagged", "sc", "sd")] == ["i"] * 4
        running = db.query("SELECT a, SUM(a) OVER (ORDER BY a) AS total FROM dbo.t")
        assert running["total"].tolist() == [1, 3] and running["total"].dtype.kind == "i"
        db.execute("CREATE TABLE dbo.big (a INT); INSERT INTO dbo.big VALUES (2147483647), (1)")
        with pytest.raises(sqlml.TsqlError, match="Msg 8115.*Arithmetic overflow error converting expression to data type int"):
            db.query("SELECT SUM(a) FROM dbo.big")
        assert db.scalar("SELECT SUM(CAST(a AS BIGINT)) FROM dbo.big") == 2147483648


# -- declared lengths -----------------------------------------------------------------------------
# "String or binary data would be truncated" (Msg 2628, SQL Server 2019 and later): a value longer
# than the column's declared length stops the statement, names table, column and the value cut to
# the length, and changes nothing. Blanks beyond the length are trimmed without an error (ANSI_PADDING).

def truncation(db, tsql: str) -> TsqlError:
    with pytest.raises(TsqlError) as raised:
        db.execute(tsql)
    assert raised.value.number == 2628 and raised.value.severity == 16
    return raised.value


def test_a_value_longer_than_the_declared_length_is_msg_2628_on_insert_and_update(db):
    db.execute("CREATE TABLE dbo.t (id INT, name VARCHAR(5), code NCHAR(3), note NVARCHAR(MAX), "
               "bits VARBINARY(2), wide VARCHAR(MAX))")
    db.execute("INSERT INTO dbo.t VALUES (1, 'exact', N'été', REPLICATE(CAST('x' AS NVARCHAR(MAX)), 9000), 0x0102, "
               "REPLICATE(CAST('y' AS VARCHAR(MAX)), 9000)), "
               "(2, NULL, NULL, NULL, NULL, NULL), (3, 'ab   ', 'a', '', 0x01, '')")
    error = truncation(db, "INSERT INTO dbo.t (id, name) VALUES (4, 'ok'), (5, 'toolong')")
    assert str(error).endswith("String or binary data would be truncated in table 'tpcxbb_1gb.dbo.t', "
                               "column 'name'. Truncated value: 'toolo'.")
    truncation(db, "INSERT INTO dbo.t (id, name) SELECT 6, 'ok' UNION ALL SELECT 7, name + 'x' FROM dbo.t WHERE id = 1")
    truncation(db, "UPDATE dbo.t SET name = CONCAT(name, 'x') WHERE id IN (1, 3)")
    assert "column 'code'. Truncated value: 'été'." in str(truncation(db, "UPDATE dbo.t SET code = N'étés'"))
    assert "column 'bits'" in str(truncation(db, "INSERT INTO dbo.t (id, bits) VALUES (8, 0x010203)"))
    # INFORMATION_SCHEMA.COLUMNS states the declared length in characters (bytes for binary), -1 for MAX.
    lengths = db.query("SELECT COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                       "WHERE TABLE_NAME = 't' ORDER BY ORDINAL_POSITION")
    assert lengths.values.tolist()[1:] == [["name", 5], ["code", 3], ["note", -1], ["bits", 2], ["wide", -1]]
    # Blanks beyond the length are not an error (SQL Server trims them).
    db.execute("CREATE TABLE #blanks (name VARCHAR(3)); INSERT INTO #blanks VALUES ('abc      ')")
    assert db.query("SELECT LEN(name) AS n FROM #blanks")["n"].tolist() == [3]
    # Every statement was stopped whole: the rows are the first three, unchanged.
    rows = db.query("SELECT id, name, code, LEN(note) AS n, LEN(wide) AS w, bits "
                    "FROM dbo.t WHERE id <> 2 ORDER BY id")
    # NCHAR(3) pads 'a' with spaces to 3 ("nchar and nvarchar").
    assert rows.values.tolist() == [[1, "exact", "été", 9000, 9000, b"\x01\x02"], [3, "ab   ", "a  ", 0, 0, b"\x01"]]
    assert db.query("SELECT COUNT(*) AS n FROM dbo.t WHERE id = 2 AND name IS NULL AND code IS NULL "
                    "AND bits IS NULL")["n"].tolist() == [1]


def test_declared_lengths_hold_in_temp_tables_and_for_insert_exec(db):
    db.execute("CREATE TABLE #t (name VARCHAR(3))")
    error = truncation(db, "INSERT INTO #t VALUES ('four')")
    assert "in table 'tempdb.dbo.#t', column 'name'. Truncated value: 'fou'." in str(error)
    db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;")
    db.execute("CREATE TABLE dbo.names (name NVARCHAR(4))")
    script = ("INSERT INTO dbo.names EXEC sp_execute_external_script @language = N'Python', "
              "@script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT {} AS name'")
    db.execute(script.format("N''four''"))
    truncation(db, script.format("N''five5''"))
    assert db.query("SELECT name FROM dbo.names")["name"].tolist() == ["four"]


def test_tables_loaded_from_frames_and_select_into_keep_unbounded_strings(db):
    db.load_frame(pd.DataFrame({"name": ["a much longer name"]}), "dbo.loaded")
    db.execute("CREATE TABLE dbo.short (name VARCHAR(20)); INSERT INTO dbo.short SELECT name FROM dbo.loaded")
    db.execute("SELECT name INTO dbo.copy FROM dbo.short; INSERT INTO dbo.loaded VALUES (REPLICATE('z', 50))")
    assert db.query("SELECT COUNT(*) AS n FROM dbo.loaded WHERE LEN(name) = 50")["n"].tolist() == [1]


def test_altering_a_column_to_a_declared_length_is_refused_by_name(db):
    # DuckDB cannot add the length's CHECK to an existing table; unchecked it would differ in silence.
    db.execute("CREATE TABLE dbo.t (id INT)")
    for statement in ("ALTER TABLE dbo.t ADD name VARCHAR(5)", "ALTER TABLE dbo.t ALTER COLUMN id NCHAR(2)"):
        with pytest.raises(UnsupportedError, match="ALTER TABLE with the column (name VARCHAR|id NCHAR)"):
            db.execute(statement)
    # NVARCHAR(MAX) has no length to check, but its type lives in a CHECK too (the catalog views): refused.
    with pytest.raises(UnsupportedError, match="ALTER TABLE with the column note NVARCHAR"):
        db.execute("ALTER TABLE dbo.t ADD note NVARCHAR(MAX)")
    db.execute("ALTER TABLE dbo.t ADD note VARCHAR(MAX)")
    db.execute("INSERT INTO dbo.t VALUES (1, REPLICATE('n', 5000))")
    assert db.query("SELECT LEN(note) AS n FROM dbo.t")["n"].tolist() == [5000]


# -- trailing spaces in ordering comparisons and ORDER BY -----------------------------------------
def test_less_greater_and_between_ignore_trailing_spaces_between_strings(db):
    # SQL Server pads the shorter string with spaces before comparing (ANSI padding), so for
    # < > <= >= and BETWEEN a value with trailing spaces equals the value without them.
    db.execute("CREATE TABLE dbo.ordered_pad (id INT, s VARCHAR(10), t NVARCHAR(10)); "
               "INSERT INTO dbo.ordered_pad VALUES (1, 'a  ', N'a'), (2, 'a', N'a '), (3, 'b', N'a')")
    assert db.query("SELECT id FROM dbo.ordered_pad WHERE s < 'a' ORDER BY id")["id"].tolist() == []
    assert db.query("SELECT id FROM dbo.ordered_pad WHERE s >= 'a' ORDER BY id")["id"].tolist() == [1, 2, 3]
    assert db.query("SELECT id FROM dbo.ordered_pad WHERE s > 'a' ORDER BY id")["id"].tolist() == [3]
    assert db.query("SELECT id FROM dbo.ordered_pad WHERE s <= t ORDER BY id")["id"].tolist() == [1, 2]
    assert db.query("SELECT id FROM dbo.ordered_pad WHERE t > s ORDER BY id")["id"].tolist() == []
    assert db.query("SELECT id FROM dbo.ordered_pad WHERE s BETWEEN 'a' AND t ORDER BY id")["id"].tolist() == [1, 2]
    assert db.query("DECLARE @low VARCHAR(5) = 'a   ' SELECT id FROM dbo.ordered_pad "
                    "WHERE s BETWEEN @low AND 'a' ORDER BY id")["id"].tolist() == [1, 2]
    assert row(db, "SELECT CASE WHEN 'a ' < 'a' THEN 1 ELSE 0 END, CASE WHEN 'a ' >= 'a' THEN 1 ELSE 0 END, "
                   "CASE WHEN 'a' BETWEEN 'a  ' AND 'a ' THEN 1 ELSE 0 END") == (0, 1, 1)


def test_ordering_comparisons_of_numbers_and_dates_are_left_as_they_are(db):
    db.execute("CREATE TABLE dbo.ordered_numbers (n INT, d DATE, m DECIMAL(5, 2))")
    for statement in ("SELECT n FROM dbo.ordered_numbers WHERE n < 3 AND m >= 1.5",
                      "SELECT n FROM dbo.ordered_numbers WHERE d BETWEEN '2001-01-01' AND '2002-01-01' ORDER BY d, n",
                      "SELECT n, ROW_NUMBER() OVER (ORDER BY m) AS r FROM dbo.ordered_numbers ORDER BY 1"):
        assert "RTRIM" not in translate(statement, {}, db.connection).sql.upper()


def test_order_by_a_string_sorts_without_trailing_spaces_and_keeps_the_values(db):
    # 'a  ' sorts with 'a', before 'a!' ('!' follows the space): SQL Server compares padded strings.
    db.execute("CREATE TABLE dbo.sorted_pad (id INT, s VARCHAR(10)); "
               "INSERT INTO dbo.sorted_pad VALUES (1, 'a!'), (2, 'a  '), (3, 'a'), (4, 'B')")
    by_column = db.query("SELECT id, s FROM dbo.sorted_pad ORDER BY s, id")
    assert by_column["id"].tolist() == [2, 3, 1, 4]
    assert by_column["s"].tolist() == ["a  ", "a", "a!", "B"]
    assert db.query("SELECT id, s AS label FROM dbo.sorted_pad ORDER BY label DESC, id")["id"].tolist() == [4, 1, 2, 3]
    assert db.query("SELECT id, s FROM dbo.sorted_pad ORDER BY 2, 1")["id"].tolist() == [2, 3, 1, 4]
    assert db.query("SELECT TOP 2 id FROM dbo.sorted_pad ORDER BY s, id")["id"].tolist() == [2, 3]
    numbered = db.query("SELECT id, ROW_NUMBER() OVER (ORDER BY s, id) AS r FROM dbo.sorted_pad ORDER BY id")
    assert numbered["r"].tolist() == [3, 1, 2, 4]
    # An alias that shadows a column sorts by the selected expression, as in SQL Server.
    assert db.query("SELECT id, REVERSE(s) AS s FROM dbo.sorted_pad WHERE id IN (1, 4) ORDER BY s"
                    )["id"].tolist() == [1, 4]


def test_return_features_query_translates_as_before(con):
    # No string comparison or string sort in it: the trailing-space rewrites must not touch it.
    from sqlml.queries import read as read_query
    con.execute("CREATE TABLE dbo.store_sales (ss_item_sk INTEGER, ss_customer_sk INTEGER, "
                "ss_ticket_number BIGINT, ss_net_paid DECIMAL(7,2))")
    con.execute("CREATE TABLE dbo.store_returns (sr_item_sk INTEGER, sr_ticket_number BIGINT, "
                "sr_return_amt DECIMAL(7,2))")
    sql = translate(read_query("return_features"), {}, con).sql
    assert sql[sql.index("WITH sale_lines"):] == (
        "WITH sale_lines AS (SELECT s.ss_customer_sk AS customer, s.ss_ticket_number AS ticket, "
        "s.ss_net_paid AS amount_paid, r.sr_ticket_number AS returned_ticket, r.sr_return_amt AS amount_returned "
        "FROM dbo.store_sales AS s LEFT OUTER JOIN dbo.store_returns AS r ON r.sr_item_sk = s.ss_item_sk "
        "AND r.sr_ticket_number = s.ss_ticket_number WHERE NOT s.ss_customer_sk IS NULL), "
        "per_customer AS (SELECT customer, COUNT(DISTINCT ticket) AS orders, "
        "COUNT(DISTINCT returned_ticket) AS returned_orders, COUNT(*) AS lines_bought, "
        "COUNT(returned_ticket) AS lines_returned, SUM(amount_paid) AS amount_paid, "
        "SUM(amount_returned) AS amount_returned FROM sale_lines GROUP BY customer) "
        "SELECT customer, CAST(returned_orders AS DOUBLE) / TSQL_DIVISOR(orders) AS orderRatio, "
        "CAST(lines_returned AS DOUBLE) / TSQL_DIVISOR(lines_bought) AS itemsRatio, "
        "COALESCE(CAST(amount_returned AS DOUBLE) / TSQL_DIVISOR(NULLIF(amount_paid, 0)), 0) AS monetaryRatio, "
        "returned_orders AS frequency FROM per_customer ORDER BY customer")


# -- a string or binary type without a length -----------------------------------------------------
# In CREATE TABLE and DECLARE, VARCHAR / CHAR / NVARCHAR / NCHAR / BINARY / VARBINARY without a
# length means a length of 1 ("char and varchar", "binary and varbinary"); CAST and CONVERT use 30.

def test_a_column_declared_without_a_length_holds_one_character_or_byte(db):
    db.execute("CREATE TABLE dbo.bare (s VARCHAR, c CHAR, n NVARCHAR, w NCHAR, b VARBINARY, f BINARY)")
    db.execute("INSERT INTO dbo.bare VALUES ('a', 'b', N'é', N'w', 0x01, 0x02), ('x   ', NULL, NULL, NULL, NULL, NULL)")
    error = truncation(db, "INSERT INTO dbo.bare (s) VALUES ('ab')")
    assert str(error).endswith("column 's'. Truncated value: 'a'.")
    for column, value in (("c", "'cd'"), ("n", "N'éé'"), ("w", "N'wx'"), ("b", "0x0102"), ("f", "0x0203")):
        assert f"column '{column}'" in str(truncation(db, f"INSERT INTO dbo.bare ({column}) VALUES ({value})"))
    lengths = db.query("SELECT CHARACTER_MAXIMUM_LENGTH AS n FROM INFORMATION_SCHEMA.COLUMNS "
                       "WHERE TABLE_NAME = 'bare' ORDER BY ORDINAL_POSITION")
    assert lengths["n"].tolist() == [1] * 6
    assert db.scalar("SELECT COUNT(*) FROM dbo.bare") == 2
    with pytest.raises(UnsupportedError, match="ALTER TABLE with the column t VARCHAR"):
        db.execute("ALTER TABLE dbo.bare ADD t VARCHAR")


def test_a_variable_declared_without_a_length_keeps_the_first_character_and_cast_keeps_thirty(db):
    assert row(db, "DECLARE @v VARCHAR = 'abc', @n NVARCHAR; SET @n = N'xyz'; "
                   "SELECT @v AS v, @n AS n, CAST(REPLICATE('q', 40) AS VARCHAR) AS c") == ("a", "x", "q" * 30)


# -- trailing spaces where values are grouped ---------------------------------------------------------
# "How SQL Server compares strings with trailing spaces" (ANSI padding): 'a' and 'a  ' are equal, so
# GROUP BY, DISTINCT, UNION, COUNT(DISTINCT), PARTITION BY and a simple CASE treat them as one value,
# and which of the equal values is returned is up to the server. Only LIKE sees the spaces.

@pytest.fixture
def padded(db):
    db.execute("CREATE TABLE dbo.padded (id INT, s VARCHAR(10), n INT); "
               "INSERT INTO dbo.padded VALUES (1, 'a', 10), (2, 'A ', 20), (3, 'a  ', 30), (4, 'b', 40), "
               "(5, 'B', 50), (6, NULL, 60); "
               "CREATE TABLE dbo.other (s VARCHAR(10)); INSERT INTO dbo.other VALUES ('b  '), ('c')")
    return db


def spaced_out(values) -> list:
    """Values compared as SQL Server's collation does: without case or trailing spaces (NULL as None)."""
    return [None if pd.isna(v) else v.rstrip(" ").lower() for v in values]


def test_group_by_a_string_groups_values_that_differ_in_case_and_trailing_spaces(padded):
    groups = padded.query("SELECT s, COUNT(*) AS c, SUM(n) AS total FROM dbo.padded GROUP BY s ORDER BY s")
    assert spaced_out(groups["s"]) == [None, "a", "b"]
    assert groups["c"].tolist() == [1, 3, 2] and groups["total"].tolist() == [60, 60, 90]
    # Qualified and unqualified references, HAVING and an expression of the key.
    having = padded.query("SELECT p.s, COUNT(*) AS c FROM dbo.padded AS p GROUP BY p.s "
                          "HAVING s = 'A' AND COUNT(*) > 1")
    assert spaced_out(having["s"]) == ["a"] and having["c"].tolist() == [3]
    upper = padded.query("SELECT UPPER(s) AS up, COUNT(*) AS c FROM dbo.padded WHERE s IS NOT NULL "
                         "GROUP BY UPPER(s) ORDER BY up")
    assert spaced_out(upper["up"]) == ["a", "b"] and upper["c"].tolist() == [3, 2]


def test_distinct_and_count_distinct_keep_one_of_the_equal_strings(padded):
    assert spaced_out(padded.query("SELECT DISTINCT s FROM dbo.padded ORDER BY s")["s"]) == [None, "a", "b"]
    both = padded.query("SELECT DISTINCT s, n / 100 AS bucket FROM dbo.padded WHERE s IS NOT NULL ORDER BY s")
    assert spaced_out(both["s"]) == ["a", "b"] and both["bucket"].tolist() == [0, 0]
    assert row(padded, "SELECT COUNT(DISTINCT s) FROM dbo.padded") == (2,)
    assert row(padded, "SELECT COUNT(*) FROM (SELECT DISTINCT s, 'x' AS k FROM dbo.padded) AS d") == (3,)


def test_union_removes_strings_equal_but_for_trailing_spaces_and_union_all_keeps_them(padded):
    union = padded.query("SELECT s FROM dbo.padded WHERE s IS NOT NULL UNION SELECT s FROM dbo.other ORDER BY s")
    assert spaced_out(union["s"]) == ["a", "b", "c"]
    assert list(union.columns) == ["s"]
    three = padded.query("SELECT s AS label FROM dbo.other UNION SELECT 'C ' UNION SELECT 'a' ORDER BY 1")
    assert spaced_out(three["label"]) == ["a", "b", "c"]
    kept = padded.query("SELECT s FROM dbo.other UNION ALL SELECT 'C '")
    assert sorted(kept["s"]) == ["C ", "b  ", "c"]
    # Numbers are left to DuckDB's own UNION.
    assert padded.query("SELECT n FROM dbo.padded UNION SELECT 10 ORDER BY n")["n"].tolist() == [10, 20, 30, 40, 50, 60]


def test_intersect_and_except_of_strings_are_refused_by_name(padded):
    for word in ("INTERSECT", "EXCEPT"):
        with pytest.raises(UnsupportedError, match=f"{word} of strings"):
            padded.query(f"SELECT s FROM dbo.padded {word} SELECT s FROM dbo.other")
    assert padded.query("SELECT n FROM dbo.padded INTERSECT SELECT 20")["n"].tolist() == [20]


def test_simple_case_in_over_a_union_and_scalar_subqueries_ignore_trailing_spaces(padded):
    hits = padded.query("SELECT id, CASE s WHEN 'a' THEN 'yes' WHEN 'b ' THEN 'bee' ELSE 'no' END AS hit "
                        "FROM dbo.padded ORDER BY id")
    assert hits["hit"].tolist() == ["yes", "yes", "yes", "bee", "bee", "no"]
    inside = padded.query("SELECT id FROM dbo.padded WHERE s IN (SELECT s FROM dbo.other UNION ALL SELECT 'zz') "
                          "ORDER BY id")
    assert inside["id"].tolist() == [4, 5]
    scalar = padded.query("SELECT id FROM dbo.padded WHERE s = (SELECT s FROM dbo.other WHERE s LIKE 'b%') "
                          "ORDER BY id")
    assert scalar["id"].tolist() == [4, 5]


def test_partition_by_a_string_ignores_trailing_spaces(padded):
    numbered = padded.query("SELECT id, ROW_NUMBER() OVER (PARTITION BY s ORDER BY id) AS r, "
                            "COUNT(*) OVER (PARTITION BY s) AS size FROM dbo.padded ORDER BY id")
    assert numbered["r"].tolist() == [1, 2, 3, 1, 2, 1]
    assert numbered["size"].tolist() == [3, 3, 3, 2, 2, 1]


def test_grouping_constructs_it_cannot_make_faithful_are_refused(padded):
    with pytest.raises(UnsupportedError, match="ROLLUP of a string"):
        padded.query("SELECT s, SUM(n) AS total FROM dbo.padded GROUP BY ROLLUP(s)")
    with pytest.raises(UnsupportedError, match=r"SELECT DISTINCT of strings with \*"):
        padded.query("SELECT DISTINCT * FROM dbo.other")
    with pytest.raises(UnsupportedError, match=r"UNION of strings with \*"):
        padded.query("SELECT *, 1 AS k FROM dbo.padded UNION SELECT *, 2 FROM dbo.padded")
    with pytest.raises(UnsupportedError, match="ROLLUP of a string"):
        padded.query("SELECT s, SUM(n) AS total FROM dbo.padded GROUP BY s WITH ROLLUP")
    with pytest.raises(UnsupportedError, match="GROUPING SETS of a string"):
        padded.query("SELECT s, n, SUM(n) AS total FROM dbo.padded GROUP BY GROUPING SETS ((s), (n))")
    assert padded.query("SELECT n, SUM(id) AS total FROM dbo.padded GROUP BY ROLLUP(n)").shape == (7, 2)
    # WITH ROLLUP (the older spelling) is ROLLUP: the grand total comes first, its key NULL.
    rolled = padded.query("SELECT n / 100 AS bucket, SUM(id) AS total FROM dbo.padded GROUP BY n / 100 WITH ROLLUP "
                          "ORDER BY bucket")
    assert rolled["total"].tolist() == [21, 21] and rolled["bucket"].isna().tolist() == [True, False]
    # MIN / MAX of the grouped string itself.
    top = padded.query("SELECT s, MAX(s) AS biggest, COUNT(*) AS c FROM dbo.padded WHERE s IS NOT NULL GROUP BY s ORDER BY s")
    assert spaced_out(top["biggest"]) == ["a", "b"] and top["c"].tolist() == [3, 2]


def test_nullif_and_quantified_comparisons_ignore_trailing_spaces(padded):
    nulled = padded.query("SELECT id, NULLIF(s, 'a') AS x FROM dbo.padded ORDER BY id")
    assert [None if pd.isna(v) else v for v in nulled["x"]] == [None, None, None, "b", "B", None]
    assert padded.query("SELECT id FROM dbo.padded WHERE s = ANY (SELECT 'b  ') ORDER BY id")["id"].tolist() == [4, 5]
    assert padded.query("SELECT id FROM dbo.padded WHERE s <> ALL (SELECT 'a ') ORDER BY id")["id"].tolist() == [4, 5]


# -- keys: "PRIMARY KEY and UNIQUE constraints" -- keys compare with the column's collation, and a UNIQUE
# constraint or unique index allows one NULL.

def test_primary_and_unique_keys_refuse_what_sql_server_calls_a_duplicate(db):
    db.execute("CREATE TABLE dbo.keyed (name NVARCHAR(20) NOT NULL, version INT NOT NULL, code VARCHAR(5) NULL UNIQUE, "
               "n INT NULL, CONSTRAINT pk_keyed PRIMARY KEY (name, version)); "
               "CREATE UNIQUE INDEX ix_keyed_n ON dbo.keyed (n); "
               "INSERT INTO dbo.keyed VALUES (N'segments', 1, 'x', NULL)")
    for duplicate in ("(N'SEGMENTS ', 1, 'y', 1)",     # primary key: case and trailing spaces do not count
                      "(N'other', 1, 'X  ', 2)",       # UNIQUE column
                      "(N'other', 2, 'z', NULL)"):     # unique index: a second NULL
        with pytest.raises(TsqlError, match="Msg 2627.*duplicate key"):
            db.execute(f"INSERT INTO dbo.keyed VALUES {duplicate}")
    db.execute("INSERT INTO dbo.keyed VALUES (N'segments', 2, NULL, 3)")
    with pytest.raises(TsqlError, match="Msg 2627"):
        db.execute("INSERT INTO dbo.keyed VALUES (N'other', 3, NULL, 4)")   # UNIQUE column: one NULL only
    with pytest.raises(TsqlError, match="Msg 2627"):
        db.execute("UPDATE dbo.keyed SET name = N'Segments ', version = 1 WHERE n = 3")  # (segments, 1) exists
    assert db.query("SELECT name, version FROM dbo.keyed ORDER BY version")["version"].tolist() == [1, 2]
    db.execute("CREATE TABLE #codes (code VARCHAR(3) PRIMARY KEY); INSERT INTO #codes VALUES ('ab')")
    with pytest.raises(TsqlError, match="Msg 2627"):
        db.execute("INSERT INTO #codes VALUES ('AB ')")
    with pytest.raises(UnsupportedError, match="ADD a PRIMARY KEY or UNIQUE"):
        db.execute("ALTER TABLE dbo.keyed ADD CONSTRAINT uq_code UNIQUE (code)")
    with pytest.raises(UnsupportedError, match="filtered unique index"):
        db.execute("CREATE UNIQUE INDEX ix_code ON dbo.keyed (code) WHERE code IS NOT NULL")


def test_update_and_merge_store_trailing_spaces_as_given(db):
    # An assignment is not a comparison: SET c = 'x  ' stores the spaces (ANSI_PADDING ON).
    db.execute("CREATE TABLE dbo.assigned (id INT, s VARCHAR(10)); INSERT INTO dbo.assigned VALUES (1, 'a'), (2, 'b'); "
               "UPDATE dbo.assigned SET s = 'x  ' WHERE id = 1; "
               "MERGE dbo.assigned AS t USING (SELECT 2 AS id) AS src ON t.id = src.id "
               "WHEN MATCHED THEN UPDATE SET s = 'y ';")
    assert db.query("SELECT s FROM dbo.assigned ORDER BY id")["s"].tolist() == ["x  ", "y "]


# -- decimals: "Precision, scale, and length", AVG, and "Truncating and rounding results" in CAST and CONVERT

def test_avg_of_a_decimal_has_scale_six_or_more_and_truncates(db):
    db.execute("CREATE TABLE dbo.prices (p DECIMAL(9, 2), q DECIMAL(12, 8)); "
               "INSERT INTO dbo.prices VALUES (1.00, 0.00000001), (2.00, 0.00000001), (2.00, 0.00000002), (NULL, NULL)")
    averages = db.query("SELECT AVG(p) AS p, AVG(q) AS q, AVG(DISTINCT p) AS d FROM dbo.prices")
    # Decimals reach pandas as floats: 1.666666 exactly, not DuckDB's 1.6666666666666667; 4e-08 / 3 cut at 8 places.
    assert averages.to_dict("records") == [{"p": 1.666666, "q": 1e-08, "d": 1.5}]
    # An aggregate's precision carries into a division: decimal(9,2) / int has scale 13; / 3 (a constant,
    # decimal(1,0)) scale 6.
    assert db.scalar("SELECT MAX(p) / COUNT(p) FROM dbo.prices") == pytest.approx(0.6666666666666, abs=1e-14)
    assert db.scalar("SELECT MAX(p) / 3 FROM dbo.prices") == 0.666666
    with pytest.raises(UnsupportedError, match="AVG\\(...\\) OVER"):
        db.query("SELECT AVG(p) OVER (ORDER BY q) FROM dbo.prices")


def test_a_decimal_division_through_isnull_is_typed_and_unknown_operands_are_refused(db):
    db.execute("CREATE TABLE dbo.amounts (a DECIMAL(7, 2)); INSERT INTO dbo.amounts VALUES (10.00), (NULL)")
    # ISNULL(decimal(7,2), 0) is decimal(7,2); divided by the constant 3: scale max(6, 2 + 1 + 1) = 6, cut.
    assert db.query("SELECT ISNULL(a, 0) / 3 AS x FROM dbo.amounts ORDER BY x")["x"].tolist() == [0.0, 3.333333]
    # A variable known only by name: its type decides the answer, so the division is refused by name.
    with pytest.raises(UnsupportedError, match="operand types unknown"):
        translate("SELECT a / @x FROM dbo.amounts", ["x"], db.connection)
    with pytest.raises(UnsupportedError, match="money operand"):
        db.query("SELECT CAST(a AS MONEY) / 3 FROM dbo.amounts")
    assert db.query("SELECT CAST(ISNULL(a, 0) AS FLOAT) / 4 AS x FROM dbo.amounts ORDER BY x")["x"].tolist() == [0.0, 2.5]
    assert row(db, "SELECT CAST(CAST(2.5 AS MONEY) AS INT), CAST(CAST(-2.5 AS MONEY) AS INT), CAST(2.5 AS INT)") == (3, -3, 2)
    with pytest.raises(UnsupportedError, match="MONEY column"):
        db.execute("CREATE TABLE dbo.wallet (m MONEY)")


# -- string functions at their edges: "SUBSTRING", "LEFT", "RIGHT", "REPLICATE", "SPACE", "CHAR", "ASCII"

def test_substring_with_a_start_before_one_takes_only_the_characters_that_exist(db):
    # SUBSTRING('abcdef', -1, 3) covers positions -1, 0 and 1: just 'a' (DuckDB would count from the end).
    assert row(db, "SELECT SUBSTRING('abcdef', 0, 3), SUBSTRING('abcdef', -1, 3), SUBSTRING('abc', 2, 100), "
                   "SUBSTRING('abc', 5, 2), SUBSTRING('abc', -5, 2)") == ("ab", "a", "bc", "", "")


@pytest.mark.parametrize("tsql, number, function", [
    ("SELECT LEFT('abc', -1)", 537, "LEFT or SUBSTRING"),
    ("SELECT SUBSTRING('abc', 2, -1)", 537, "LEFT or SUBSTRING"),
    ("SELECT RIGHT('abc', -1)", 536, "RIGHT"),
])
def test_a_negative_length_is_an_error(db, tsql, number, function):
    with pytest.raises(TsqlError, match=rf"Msg {number}, .*Invalid length parameter passed to the {function} function"):
        db.query(tsql)


def test_negative_counts_give_null_and_char_ascii_use_code_page_1252(db):
    assert row(db, "SELECT SPACE(-1), REPLICATE('ab', -1), REPLICATE('ab', 2), LEN(SPACE(3))") == (None, None, "abab", 0)
    values = row(db, "SELECT CHAR(65), CHAR(128), CHAR(233), CHAR(256), ASCII('€'), ASCII('é'), ASCII(''), ASCII(N'Ω')")
    assert [None if pd.isna(v) else v for v in values] == ["A", "€", "é", None, 128, 233, None, 63]


def test_integer_overflow_in_arithmetic_is_msg_8115(db):
    with pytest.raises(TsqlError, match="Msg 8115.*data type int\\."):
        db.query("SELECT 2147483647 * 2")
    with pytest.raises(TsqlError, match="Msg 8115.*data type bigint\\."):
        db.query("SELECT CAST(9223372036854775807 AS BIGINT) + 1")


# -- the collation's order: "Collation and Unicode support" -- accented letters sort next to their plain
# letter, and punctuation other than the hyphen and the apostrophe comes before digits and letters.

def test_strings_sort_compare_and_aggregate_in_the_collation_order(db):
    db.execute("CREATE TABLE dbo.words (id INT, w NVARCHAR(10)); "
               "INSERT INTO dbo.words VALUES (1, N'f'), (2, N'é'), (3, N'E'), (4, N'a1'), (5, N'a_'), (6, N'Z'), (7, N'ab')")
    assert db.query("SELECT id FROM dbo.words ORDER BY w, id")["id"].tolist() == [5, 4, 7, 3, 2, 1, 6]
    assert db.query("SELECT id, ROW_NUMBER() OVER (ORDER BY w DESC) AS r FROM dbo.words ORDER BY id"
                    )["r"].tolist() == [2, 3, 4, 6, 7, 1, 5]
    assert row(db, "SELECT MIN(w), MAX(w) FROM dbo.words WHERE w > N'a'") == ("a_", "Z")
    assert db.query("SELECT id FROM dbo.words WHERE w BETWEEN N'e' AND N'f' ORDER BY id")["id"].tolist() == [1, 2, 3]
    assert db.query("SELECT id FROM dbo.words WHERE w < N'a1' ORDER BY id")["id"].tolist() == [5]
    # A UNION ALL sorted by a string sorts the same way.
    assert db.query("SELECT w FROM dbo.words WHERE id < 4 UNION ALL SELECT N'e ' ORDER BY w")["w"].tolist()[:2] in (
        ["E", "e "], ["e ", "E"])
