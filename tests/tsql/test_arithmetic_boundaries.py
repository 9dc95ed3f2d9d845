"""+ - * / %, SUM, AVG and POWER give SQL Server's digits, at the boundaries of its documented rules.

"Precision, scale, and length (Transact-SQL)": e1 + e2 has scale max(s1, s2) and precision
max(s1, s2) + max(p1 - s1, p2 - s2) + 1; e1 * e2 precision p1 + p2 + 1 and scale s1 + s2; e1 / e2 scale
max(6, s1 + p2 + 1) and precision p1 - s1 + s2 + that scale. Past precision 38 the integral part is kept
and the scale gives way: for + and - to 38 minus the integral digits (rounded); for * and / to
min(scale, 38 - integral digits) while the integral part is under 32 digits, else to 6 (the page's two
products 0.0000009 * 1 at decimal(30, 20) and decimal(30, 10) give decimal(38, 17) and decimal(38, 6)).
A quotient is cut, not rounded. Integers: "/ (Division)" truncates toward zero, "% (Modulus)" takes the
dividend's sign, a result past its type's range is Msg 8115; "SUM" of tinyint, smallint and int is int,
of bigint bigint; "AVG" of an integer type is that type (int at least), truncated, of decimal(p, s)
decimal(38, max(s, 6)); "POWER" of an integer is an integer.

The values are read as text (CAST AS VARCHAR shows every digit of the scale), so one digit too many or
too few, a rounding where SQL Server cuts, or a cut where it rounds fails.
"""
from __future__ import annotations

import duckdb
import pytest

from sqlml.tsql import prepare_connection, translate
from sqlml.errors import TsqlError, UnsupportedError


DB_PER_MODULE = True
SETUP = ("CREATE TABLE dbo.n (i INT, t TINYINT, b BIGINT, d DECIMAL(5, 2), e DECIMAL(10, 8)); "
         "INSERT INTO dbo.n VALUES (-1, 200, 2147483647, 1.00, 0.00000001), "
         "(-2, 100, 1, 2.00, 0.00000002), (NULL, NULL, NULL, 2.00, NULL)")


def text(db, expression: str) -> str:
    return db.scalar(f"SELECT CAST({expression} AS VARCHAR(80)) AS v")


def dec(value: str, p: int, s: int) -> str:
    return f"CAST({value} AS DECIMAL({p}, {s}))"


@pytest.mark.parametrize("expression, expected", [
    # Division: the scale, and the quotient cut at it (toward zero).
    (f"{dec('-2', 1, 0)} / {dec('3', 1, 0)}", "-0.666666"),            # s1 + p2 + 1 = 2: scale 6
    (f"{dec('1', 10, 4)} / {dec('3', 10, 4)}", "0.333333333333333"),   # 4 + 10 + 1 = 15
    (f"{dec('1', 20, 0)} / {dec('3', 10, 0)}", "0.33333333333"),       # 11, precision 31: no reduction
    (f"{dec('1', 20, 10)} / {dec('3', 20, 10)}", "0.333333333333333333"),   # 51 digits, integral 20 < 32: scale 18
    (f"{dec('1', 38, 0)} / {dec('3', 38, 0)}", "0.333333"),            # integral 38 >= 32: scale 6
    (f"{dec('2', 38, 0)} / {dec('3', 38, 0)}", "0.666666"),            # ... cut, not rounded
    # Multiplication: the page's two examples, and the product past 38 digits of scale, rounded.
    (f"{dec('0.0000009', 30, 20)} * {dec('1', 30, 20)}", "0.00000090000000000"),
    (f"{dec('0.0000009', 30, 10)} * {dec('1', 30, 10)}", "0.000001"),
    (f"{dec('1.5', 2, 1)} * {dec('1.5', 2, 1)}", "2.25"),
    (f"{dec('0.0000005', 38, 20)} * {dec('1', 38, 20)}", "0.000001"),    # s1 + s2 = 40: rounded half up
    (f"{dec('-0.0000005', 38, 20)} * {dec('1', 38, 20)}", "-0.000001"),  # ... and half away from zero
    (f"{dec('0.00000049', 38, 20)} * {dec('1', 38, 20)}", "0.000000"),
    (f"{dec('0.5', 20, 19)} * {dec('0.5', 20, 19)}", "0." + "25".ljust(35, "0")),   # s1 + s2 = 38, integral 3: scale 35
    # Addition and subtraction: the scale gives way to the integral part at 38, rounded.
    (f"{dec('1', 38, 0)} + {dec('0.5', 2, 1)}", "2"),
    (f"{dec('1', 37, 0)} + {dec('0.5', 2, 1)}", "1.5"),
    (f"{dec('1', 5, 2)} - {dec('0.001', 4, 3)}", "0.999"),
    # Modulus: the dividend's sign; decimals keep their scale.
    ("-7 % 3", "-1"), ("7 % -3", "1"), (f"{dec('7.5', 2, 1)} % 2", "1.5"),
    # Integers: / truncates toward zero; a constant beside a tinyint computes in int.
    ("-7 / 2", "-3"), ("7 / -2", "-3"), ("CAST(200 AS TINYINT) + 100", "300"),
    ("CAST(2147483647 AS INT) + 0", "2147483647"),
])
def test_a_result_has_sql_servers_digits(db, expression, expected):
    assert text(db, expression) == expected


@pytest.mark.parametrize("expression, type_name", [
    ("CAST(2147483647 AS INT) + 1", "int"),
    ("CAST(-2147483648 AS INT) - 1", "int"),
    ("CAST(32767 AS SMALLINT) + CAST(1 AS SMALLINT)", "smallint"),
    ("CAST(200 AS SMALLINT) * CAST(200 AS SMALLINT)", "smallint"),
    ("CAST(9223372036854775807 AS BIGINT) + 1", "bigint"),
    ("SUM(i + 2147483647) FROM dbo.n WHERE i = -1 OR i = -2 GROUP BY 1 % 1 HAVING COUNT(*) = 2 --", "int"),
    ("SUM(b) FROM (SELECT CAST(b AS INT) AS b FROM dbo.n) AS s --", "int"),
])
def test_an_integer_result_past_its_range_is_msg_8115(db, expression, type_name):
    with pytest.raises(TsqlError) as raised:
        db.query(f"SELECT {expression}")
    assert raised.value.number == 8115 and f"data type {type_name}" in str(raised.value)


@pytest.mark.parametrize("query, expected", [
    ("SELECT SUM(t) AS v FROM dbo.n", 300),                 # tinyint sums as int
    ("SELECT SUM(b) AS v FROM dbo.n", 2147483648),          # bigint as bigint
    ("SELECT AVG(i) AS v FROM dbo.n", -1),                  # -1.5 truncated toward zero
    ("SELECT AVG(t) AS v FROM dbo.n", 150),
    ("SELECT AVG(DISTINCT i) AS v FROM dbo.n", -1),
    ("SELECT AVG(b) AS v FROM dbo.n", 1073741824),           # (2147483647 + 1) / 2
    ("SELECT SUM(i) OVER () AS v FROM dbo.n WHERE i = -1", -1),
])
def test_integer_aggregates_stay_integers(db, query, expected):
    value = db.scalar(query)
    assert value == expected and float(value).is_integer()


@pytest.mark.parametrize("query, expected", [
    ("SELECT AVG(d) AS v FROM dbo.n", 1.666666),       # decimal(5, 2): scale 6, cut (not 1.666667)
    ("SELECT AVG(e) AS v FROM dbo.n", 0.00000001),     # decimal(10, 8): scale 8, cut (not 0.00000002)
    # POWER of an integer is an integer (2 ^ -1 is 0); of a decimal keeps its fraction.
    ("SELECT POWER(2, 10) AS v", 1024), ("SELECT POWER(2, -1) AS v", 0),
    ("SELECT POWER(CAST(2.0 AS DECIMAL(2, 1)), -1) AS v", 0.5),
])
def test_avg_of_a_decimal_and_power_keep_sql_servers_digits(db, query, expected):
    # These reach pandas as floats: the value, exactly, shows where it was cut.
    assert float(db.scalar(query)) == expected


# "Data type precedence (Transact-SQL)": a string beside a number is converted to the number's type, its
# precision and scale too (the workshop's CAST(returns_count AS nchar(10)) / orders_count divides integers).
@pytest.mark.parametrize("expression, expected", [
    ("CAST(3 AS NCHAR(10)) / 5", "0"), ("CAST(7 AS NCHAR(10)) / 2", "3"), ("'7' / 2", "3"),
    ("'3' * 2", "6"), ("'3' - 1", "2"), ("'3' + 1", "4"), ("'7' % 4", "3"), ("CAST(2 AS BIGINT) * '3'", "6"),
    ("'2' / CAST(1 AS DECIMAL(5, 2))", "2.00000000"),      # decimal(5, 2) / decimal(5, 2): scale 8
    ("CAST(1 AS DECIMAL(5, 2)) / '2'", "0.50000000"),
    ("'1.5' * CAST(2 AS DECIMAL(2, 1))", "3.00"),           # '1.5' as decimal(2, 1): decimal(5, 2)
])
def test_a_string_operand_takes_the_numbers_type(db, expression, expected):
    assert text(db, expression) == expected


@pytest.mark.parametrize("expression, number, wording", [
    ("'123' * 2.0", 8115, "Arithmetic overflow error converting expression to data type numeric."),   # no decimal(2, 1)
    ("'x' / 2", 245, "Conversion failed when converting the varchar value 'x' to data type int."),
    ("'x' / 1.0", 8114, "Error converting data type varchar to numeric."),
    ("'x' * CAST(1 AS FLOAT)", 8114, "Error converting data type varchar to float."),
])
def test_a_string_that_is_no_such_number_stops_with_sql_servers_error(db, expression, number, wording):
    with pytest.raises(TsqlError) as raised:
        db.query(f"SELECT {expression} AS v")
    assert (raised.value.number, raised.value.text) == (number, wording)


@pytest.mark.parametrize("query, construct, hint", [
    ("SELECT AVG(i) OVER () AS v FROM dbo.n", "AVG(integer) OVER", "AVG(CAST(x AS FLOAT))"),
    ("SELECT AVG(d) OVER () AS v FROM dbo.n", "AVG(...) OVER (...) of a decimal",
     "CAST the argument to FLOAT, or divide SUM by COUNT."),
    ("SELECT AVG(CAST(d AS MONEY)) AS v FROM dbo.n", "AVG of a decimal or money",
     "CAST the argument to FLOAT, or divide SUM by COUNT."),
    ("SELECT CAST(1 AS MONEY) / 3 AS v", "money operand", "CAST the operand to DECIMAL(p, s)"),
])
def test_what_the_engine_cannot_compute_exactly_is_refused_by_name(db, query, construct, hint):
    with pytest.raises(UnsupportedError) as raised:
        db.query(query)
    message = str(raised.value)
    # The construct, where it starts (an AVG at column 8), and what to write instead.
    assert construct in message and "SQL Server runs it" in message and hint in message
    assert "Line 1, Column 8:" in message or not query.startswith("SELECT AVG")


@pytest.mark.parametrize("query, construct", [
    ("SELECT POWER(@a, 2)", "POWER of an expression of unknown type"),
    ("SELECT AVG(@a)", "AVG of an expression of unknown type"),
    ("SELECT @a / @b", "The division"),
])
def test_an_operand_of_unknown_type_is_refused_by_name(construct, query):
    # Variables known by name only (no declared type): the answer depends on a type nobody can know.
    connection = duckdb.connect()
    prepare_connection(connection)
    with pytest.raises(UnsupportedError) as raised:
        translate(query, ["a", "b"], connection)
    assert construct in str(raised.value)
