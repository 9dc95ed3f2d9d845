"""User-defined functions (issue 15, item 2): scalar functions whose body declares, sets and tests
variables, inline table-valued functions, CREATE / ALTER / DROP FUNCTION, called as dbo.f(x) and FROM
dbo.g(x), kept in the database file and listed in the catalog; what has no faithful form is refused by
name. Expected values are what SQL Server's rules give (IF / ELSE, CAST to the declared return type)."""
from __future__ import annotations

import pytest

import sqlml
from sqlml.errors import TsqlError, UnsupportedError

SIGN_WORD = """CREATE FUNCTION dbo.sign_word (@x INT)
RETURNS VARCHAR(10)
AS
BEGIN
    DECLARE @w VARCHAR(10);
    IF @x > 0
        SET @w = 'positive';
    ELSE IF @x < 0
        SET @w = 'negative';
    ELSE
        SET @w = 'zero';
    RETURN @w;
END;"""


DB_FILE = "functions.duckdb"
SETUP = "CREATE TABLE t (a INT, b DECIMAL(7, 2)); INSERT t VALUES (1, 2.50), (-3, 4.00), (NULL, 1.00)"


@pytest.mark.parametrize("definition, call, expected", [
    (SIGN_WORD, "SELECT dbo.sign_word(a) AS v FROM t ORDER BY b", ["zero", "positive", "negative"]),
    # RETURN inside IF: the rest of the body runs only when the condition is false.
    ("CREATE FUNCTION dbo.f (@x INT) RETURNS INT AS BEGIN IF @x IS NULL RETURN -1; RETURN @x * 10 END",
     "SELECT dbo.f(a) AS v FROM t ORDER BY b", [-1, 10, -30]),
    # Assignments in order, a compound assignment, SELECT @v = ...; the result cast to the declared type.
    ("CREATE FUNCTION dbo.f (@x DECIMAL(7, 2)) RETURNS DECIMAL(9, 1) AS BEGIN DECLARE @y DECIMAL(9, 2) = @x; "
     "SET @y += 1; SELECT @y = @y * 2; RETURN @y END", "SELECT dbo.f(b) AS v FROM t ORDER BY b",
     [4.0, 7.0, 10.0]),
    # Decimal division typed by SQL Server's rules inside the body: 4.00 / -3 = -1.333333, cast to (10, 4).
    ("CREATE FUNCTION dbo.f (@a DECIMAL(7, 2), @b INT) RETURNS DECIMAL(10, 4) AS BEGIN RETURN @a / NULLIF(@b, 0) END",
     "SELECT dbo.f(b, a) AS v FROM t ORDER BY b", [None, 2.5, -1.3333]),
    # Integer division truncates, as in SQL Server.
    ("CREATE FUNCTION dbo.half (@n INT) RETURNS INT AS BEGIN RETURN @n / 2 END", "SELECT dbo.half(7) AS v", [3]),
    # The call has its declared type: SUM of an int function is an int, and / between ints truncates.
    ("CREATE FUNCTION dbo.twice (@n INT) RETURNS INT AS BEGIN RETURN @n * 2 END",
     "SELECT SUM(dbo.twice(a)) AS v FROM t UNION ALL SELECT dbo.twice(a) / 4 FROM t WHERE a = -3", [-4, -1]),
    # An argument is converted to the parameter's type, as SQL Server converts it: '3' is the float 3.
    ("CREATE FUNCTION dbo.f (@x FLOAT) RETURNS FLOAT AS BEGIN RETURN @x / 2 END",
     "SELECT dbo.f('3') AS v UNION ALL SELECT dbo.f(CAST(a AS VARCHAR(5))) FROM t WHERE a = 1", [1.5, 0.5]),
    # A scalar subquery in the body reads the table.
    ("CREATE FUNCTION dbo.total () RETURNS DECIMAL(9, 2) AS BEGIN RETURN (SELECT SUM(b) FROM t) END",
     "SELECT dbo.total() AS v", [7.5]),
])
def test_a_scalar_function_returns_what_sql_server_returns(db, definition, call, expected):
    db.execute(definition)
    values = db.query(call)["v"].tolist()
    assert [None if v is None or v != v else (v if isinstance(v, (int, str)) else float(v)) for v in values] \
        == expected


@pytest.mark.parametrize("definition", [
    "CREATE FUNCTION dbo.bigger (@min INT) RETURNS TABLE AS RETURN (SELECT a, b FROM t WHERE a > @min)",
    "CREATE FUNCTION dbo.bigger (@min INT)\nRETURNS TABLE\nAS\nRETURN\n    SELECT a, b FROM t WHERE a > @min;",
])
def test_an_inline_table_valued_function_is_a_table(db, definition):
    db.execute(definition)
    assert db.query("SELECT a FROM dbo.bigger(-5) ORDER BY a")["a"].tolist() == [-3, 1]
    assert db.query("SELECT x.b FROM dbo.bigger(0) AS x")["b"].astype(float).tolist() == [2.5]
    joined = db.query("SELECT t.a FROM t JOIN dbo.bigger(0) g ON g.a = t.a")
    assert joined["a"].tolist() == [1]


def test_an_inline_functions_arguments_take_the_parameters_types(db):
    db.execute("CREATE FUNCTION dbo.g (@x FLOAT, @n INT) RETURNS TABLE AS RETURN (SELECT @x AS v, @n / 2 AS h)")
    row = db.query("SELECT v, h FROM dbo.g('2.5', '7')").iloc[0].tolist()
    assert row == [2.5, 3]   # a float, and an int divided as integers


def test_functions_are_kept_in_the_file_listed_altered_and_dropped(db):
    db.execute(SIGN_WORD)
    db.execute("CREATE FUNCTION dbo.bigger (@min INT) RETURNS TABLE AS RETURN (SELECT a FROM t WHERE a > @min)")
    db.release()   # the next statement opens the file again
    assert db.scalar("SELECT dbo.sign_word(-2)") == "negative"
    listed = db.query("SELECT name, type, type_desc FROM sys.objects WHERE type IN ('FN', 'IF') ORDER BY name")
    assert listed.values.tolist() == [["bigger", "IF", "SQL_INLINE_TABLE_VALUED_FUNCTION"],
                                      ["sign_word", "FN", "SQL_SCALAR_FUNCTION"]]
    assert db.query("SELECT name FROM sys.procedures")["name"].tolist() == []
    assert db.scalar("SELECT CASE WHEN OBJECT_ID('dbo.sign_word') IS NULL THEN 0 ELSE 1 END") == 1
    db.execute("ALTER FUNCTION dbo.sign_word (@x INT) RETURNS VARCHAR(10) AS BEGIN RETURN 'always' END")
    assert db.scalar("SELECT dbo.sign_word(-2)") == "always"
    db.execute("DROP FUNCTION dbo.sign_word, dbo.bigger")
    assert db.query("SELECT name FROM sys.objects WHERE type IN ('FN', 'IF')").empty
    db.execute("DROP FUNCTION IF EXISTS dbo.sign_word")


@pytest.mark.parametrize("statement, number, text", [
    (SIGN_WORD, 2714, "There is already an object named 'sign_word' in the database."),
    ("ALTER FUNCTION dbo.nope (@x INT) RETURNS INT AS BEGIN RETURN 1 END", 208, "Invalid object name 'dbo.nope'."),
    ("DROP FUNCTION dbo.nope", 3701, "Cannot drop the function 'dbo.nope', because it does not exist or you do not "
                                     "have permission."),
    ("SELECT dbo.nope(1)", 4121, 'Cannot find either column "dbo" or the user-defined function or aggregate '
                                 '"dbo.nope", or the name is ambiguous.'),
    ("SELECT * FROM dbo.nope(1)", 208, "Invalid object name 'dbo.nope'."),
    ("CREATE FUNCTION dbo.g (@x INT) RETURNS INT AS BEGIN DECLARE @y INT = @x END", 455,
     "The last statement included within a function must be a return statement."),
    ("CREATE FUNCTION dbo.g (@x INT) RETURNS INT AS BEGIN RETURN @z END", 137, 'Must declare the scalar variable "@z".'),
])
def test_function_mistakes_get_sql_servers_errors(db, statement, number, text):
    db.execute(SIGN_WORD)
    with pytest.raises(TsqlError) as caught:
        db.execute(statement)
    assert (caught.value.number, caught.value.text) == (number, text)


@pytest.mark.parametrize("statement, construct", [
    ("CREATE FUNCTION dbo.g (@n INT) RETURNS INT AS BEGIN WHILE @n > 0 SET @n = @n - 1; RETURN @n END",
     "WHILE in the body of the function dbo.g"),
    ("CREATE FUNCTION dbo.g (@n INT) RETURNS @r TABLE (a INT) AS BEGIN INSERT @r VALUES (@n); RETURN END",
     "A multi-statement table-valued function (dbo.g RETURNS @r TABLE)"),
    ("CREATE FUNCTION dbo.g (@n INT) RETURNS INT AS BEGIN DECLARE @v INT; SELECT @v = a FROM t; RETURN @v END",
     "SELECT @variable = ... FROM in a function's body"),
    ("CREATE FUNCTION dbo.g (@n INT) RETURNS INT AS BEGIN DECLARE @t TABLE (a INT); RETURN 1 END",
     "A table variable in a function's body"),
    ("CREATE FUNCTION dbo.g (@n INT) RETURNS INT AS BEGIN PRINT 'x'; RETURN 1 END",
     "The statement 'PRINT 'x'' in the body of the function dbo.g"),
    # SQL Server lets a function call itself (32 levels deep); a macro cannot: refused, not "cannot find dbo.g"
    ("CREATE FUNCTION dbo.g (@n INT) RETURNS INT AS BEGIN IF @n <= 1 RETURN 1; RETURN @n * [dbo].[G](@n - 1) END",
     "A function that calls itself (dbo.g)"),
])
def test_what_has_no_faithful_form_is_refused_by_name(db, statement, construct):
    with pytest.raises(UnsupportedError) as caught:
        db.execute(statement)
    assert caught.value.text.startswith(construct)
    assert db.query("SELECT name FROM sys.objects WHERE name = 'g'").empty   # nothing was made


# The NYC taxi tutorial's two functions (python-taxi-classification-create-features), verbatim but for the
# comments; the deploy part calls the table-valued one by its bracketed name.
CALCULATE_DISTANCE = """CREATE FUNCTION [dbo].[fnCalculateDistance] (@Lat1 float, @Long1 float, @Lat2 float, @Long2 float)
RETURNS float
AS
BEGIN
  DECLARE @distance decimal(28, 10)
  SET @Lat1 = @Lat1 / 57.2958
  SET @Long1 = @Long1 / 57.2958
  SET @Lat2 = @Lat2 / 57.2958
  SET @Long2 = @Long2 / 57.2958
  SET @distance = (SIN(@Lat1) * SIN(@Lat2)) + (COS(@Lat1) * COS(@Lat2) * COS(@Long2 - @Long1))
  IF @distance <> 0
  BEGIN
    SET @distance = 3958.75 * ATAN(SQRT(1 - POWER(@distance, 2)) / @distance);
  END
  RETURN @distance
END"""
ENGINEER_FEATURES = """CREATE FUNCTION [dbo].[fnEngineerFeatures] (
@passenger_count int = 0, @trip_distance float = 0, @trip_time_in_secs int = 0, @pickup_latitude float = 0,
@pickup_longitude float = 0, @dropoff_latitude float = 0, @dropoff_longitude float = 0)
RETURNS TABLE
AS
  RETURN
  (
  SELECT
    @passenger_count AS passenger_count,
    @trip_distance AS trip_distance,
    @trip_time_in_secs AS trip_time_in_secs,
    [dbo].[fnCalculateDistance](@pickup_latitude, @pickup_longitude, @dropoff_latitude, @dropoff_longitude) AS direct_distance
  )"""


@pytest.mark.parametrize("call", [
    "SELECT * FROM [dbo].[fnEngineerFeatures](1, 2.5, 631, 40.763958,-73.973373, 40.782139,-73.977303)",
    'SELECT * FROM "dbo"."fnEngineerFeatures"(1, 2.5, 631, 40.763958,-73.973373, 40.782139,-73.977303)',
])
def test_a_function_called_by_its_bracketed_name_runs_on_a_new_connection(tmp_path, call):
    # The helper macros a function's body uses are made for a call however its name is quoted (a
    # bracketed call was a DuckDB error naming dbo.tsql_divisor). Expected: the formula in Python, the
    # DECLAREd decimal(28, 10) rounding each assignment: 1.2729705407 miles.
    path = tmp_path / "taxi.duckdb"
    with sqlml.connect(f"duckdb:///{path}") as database:
        database.execute(CALCULATE_DISTANCE)
        database.execute(ENGINEER_FEATURES)
    with sqlml.connect(f"duckdb:///{path}") as database:
        row = database.query(call).iloc[0].tolist()
    assert row[:3] == [1, 2.5, 631] and round(float(row[3]), 10) == 1.2729705407
