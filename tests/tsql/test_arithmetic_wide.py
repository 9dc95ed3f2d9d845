"""Decimal arithmetic whose operands are too wide for DuckDB's DECIMAL(38) at their own scale.

SQL Server reduces the result's scale ("Precision, scale, and length") and answers; DuckDB keeps the
operands' scale and overflows. Each case is checked against the reference model (value and type, read
back through SELECT INTO and INFORMATION_SCHEMA), and each needs more than 128 bits somewhere, so the
engine's Python fallback (tsql/exact.py) is what answers it.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

import sqlml
from reference_numeric import SqlServerError, arithmetic, cast, decimal_type, literal
from sqlml.errors import TsqlError
from sqlml.tsql import translate

BIG = ("12345678.901234567890123456", 35, 18)                   # 26 of its 35 digits
WIDE = ("45656.72786359364488425597", 38, 20)                   # AVG(decimal) is decimal(38, s)
HUGE = ("3005308630.52283574019", 38, 11)
TINY = ("0.00000000000000000000000000000000000071", 38, 38)


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    connection = sqlml.connect(f"duckdb:///{tmp_path_factory.mktemp('wide') / 'w.duckdb'}")
    yield connection
    connection.close()


def operand(value: tuple[str, int, int]):
    text, precision, scale = value
    return f"CAST({text} AS decimal({precision},{scale}))", cast(literal(text), decimal_type(precision, scale))


def engine_answer(database, sql: str) -> tuple[Decimal, str]:
    database.execute(f"DROP TABLE IF EXISTS dbo.wide; SELECT {sql} AS v INTO dbo.wide;")
    kind = database.query("SELECT NUMERIC_PRECISION AS p, NUMERIC_SCALE AS s FROM INFORMATION_SCHEMA.COLUMNS "
                          "WHERE TABLE_NAME = 'wide'").iloc[0]
    value = database.query("SELECT CAST(v AS varchar(100)) AS v FROM dbo.wide").iloc[0]["v"]
    return Decimal(value), f"decimal({int(kind['p'])},{int(kind['s'])})"


@pytest.mark.parametrize("left, operator, right", [
    (HUGE, "/", ("149", 3, 0)),       # the dividend scaled to the result's 24 decimals passes 10^38
    (WIDE, "*", WIDE),                # 25-digit unit counts: a 50-digit product, decimal(38,6)
    (BIG, "*", BIG),
    (WIDE, "/", HUGE),
    (HUGE, "/", WIDE),
    (TINY, "/", BIG),
    (BIG, "+", TINY),                 # decimal(38,...) + decimal(38,38): the scale gives way
    (BIG, "-", WIDE),
    (WIDE, "%", HUGE),
    (TINY, "*", TINY),                # the product rounds to 0 at scale 38
])
def test_wide_decimal_arithmetic_matches_the_model(database, left, operator, right):
    left_sql, left_value = operand(left)
    right_sql, right_value = operand(right)
    expected = arithmetic(operator, left_value, right_value)
    value, kind = engine_answer(database, f"{left_sql} {operator} {right_sql}")
    assert (value, kind) == (expected.value, str(expected.type))


@pytest.mark.parametrize("left, operator, right", [
    (("99999999999999999999999999999999999999", 38, 0), "*", ("10", 38, 0)),
    (("12345678901234567890123456789012345678", 38, 0), "/", ("0.0001", 38, 4)),
    (("99999999999999999999999999999999999999", 38, 0), "+", ("0.5", 38, 1)),   # rounds up past 38 digits
])
def test_a_result_past_38_digits_is_msg_8115(database, left, operator, right):
    (left_sql, left_value), (right_sql, right_value) = operand(left), operand(right)
    with pytest.raises(SqlServerError) as modelled:
        arithmetic(operator, left_value, right_value)
    with pytest.raises(TsqlError) as raised:
        database.execute(f"SELECT {left_sql} {operator} {right_sql} AS v;")
    assert raised.value.number == modelled.value.number == 8115
    assert str(raised.value).endswith(modelled.value.message)


def test_small_values_stay_in_sql():
    """The Python fallback is only reached past a bound checked per row: narrow types never call it."""
    sql = translate("SELECT CAST(1.5 AS decimal(10,2)) / CAST(3 AS decimal(5,1)) AS v", {}, None).sql
    assert "tsql_exact" not in sql.lower()
    wide = translate("SELECT CAST(1.5 AS decimal(38,20)) * CAST(3 AS decimal(38,20)) AS v", {}, None).sql
    assert "tsql_exact" in wide.lower() and "CASE WHEN" in wide


# The 64-bit path of a division (exact.decimal_quotient): used per row while the dividend's count stays
# below 10^18 and the divisor's, times 10^k, too; the 128-bit path past that. Both sides of each bound,
# negative values (both parts of the two-step division truncate toward zero) and every shift direction.
@pytest.mark.parametrize("left, right", [
    (("9999999999999999.99", 20, 2), ("0.03", 5, 2)),         # dividend count just under 10^18: 64 bits
    (("10000000000000000.00", 20, 2), ("0.03", 5, 2)),        # at 10^18: 128 bits
    (("-9999999999999999.99", 20, 2), ("7.77", 5, 2)),
    (("-1234.5678", 12, 4), ("-0.0007", 9, 4)),
    (("1234.5678", 12, 4), ("-999999.9999", 12, 4)),          # the divisor's count times 10^k near 10^18
    (("5", 10, 0), ("0.000000003", 18, 9)),                   # scale 9, the widest the 64-bit path takes
    (("5", 10, 0), ("0.0000000003", 18, 10)),                 # scale 10: 128 bits
    (("123.45", 5, 2), ("6789", 4, 0)),
])
def test_division_on_either_side_of_the_64_bit_bounds_matches_the_model(database, left, right):
    left_sql, left_value = operand(left)
    right_sql, right_value = operand(right)
    expected = arithmetic("/", left_value, right_value)
    value, kind = engine_answer(database, f"{left_sql} / {right_sql}")
    assert (value, kind) == (expected.value, str(expected.type))
    # the same division over a column (per row, not a constant the optimizer folds)
    database.execute(f"DROP TABLE IF EXISTS dbo.ops; CREATE TABLE dbo.ops (a decimal({left[1]},{left[2]}), "
                     f"b decimal({right[1]},{right[2]})); INSERT INTO dbo.ops VALUES ({left[0]}, {right[0]})")
    column = database.query("SELECT CAST(a / b AS varchar(100)) AS v FROM dbo.ops").iloc[0]["v"]
    assert Decimal(column) == expected.value
