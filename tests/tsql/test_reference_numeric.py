"""The reference model against the examples Microsoft's pages work out (see reference_numeric's sources)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from reference_numeric import (
    BIGINT, FLOAT, INT, SMALLINT, TINYINT, SqlServerError, Typed, aggregate, arithmetic, avg_type, cast,
    decimal_result_type, decimal_type, literal, negate, sum_type, union_type,
)


def dec(precision: int, scale: int) -> object:
    return decimal_type(precision, scale)


def typed_decimal(text: str, precision: int, scale: int) -> Typed:
    """CAST(text AS decimal(precision, scale)), as the pages' examples write their operands."""
    return cast(literal(text), dec(precision, scale))


@pytest.mark.parametrize("text, expected", [
    ("5", INT),
    ("-5", INT),
    ("2147483647", INT),
    ("2147483648", dec(10, 0)),        # [INT]: beyond int, an integer constant is decimal
    ("-2147483648", dec(10, 0)),
    ("12345678901234567890", dec(20, 0)),
    ("1.0", dec(2, 1)),
    ("12.345", dec(5, 3)),             # [CON]'s own example
    (".5", dec(1, 1)),
    ("0.5", dec(1, 1)),
    ("0.05", dec(2, 2)),
    ("100.", dec(3, 0)),
    ("1e0", FLOAT),
    ("1.5E3", FLOAT),
])
def test_literal_types(text, expected):
    assert literal(text).type == expected


@pytest.mark.parametrize("operator, left, right, expected", [
    # [PSL]'s table.
    ("+", dec(5, 2), dec(7, 4), dec(8, 4)),
    ("-", dec(5, 2), dec(7, 4), dec(8, 4)),
    ("*", dec(5, 2), dec(7, 4), dec(13, 6)),
    ("/", dec(5, 2), dec(7, 4), dec(17, 10)),
    ("%", dec(5, 2), dec(7, 4), dec(7, 4)),
    # Reductions at 38: * and / keep a scale of 6 when the integral part needs more than 32 digits.
    ("/", dec(38, 10), dec(38, 10), dec(38, 6)),
    ("*", dec(30, 20), dec(30, 20), dec(38, 17)),
    ("*", dec(30, 10), dec(30, 10), dec(38, 6)),
    ("*", dec(38, 2), dec(38, 3), dec(38, 5)),       # scale under 6 is kept
    ("*", dec(20, 0), dec(20, 0), dec(38, 0)),
    ("/", dec(38, 2), dec(38, 3), dec(38, 6)),       # issue 13's monetaryRatio
    ("*", dec(2, 1), dec(38, 2), dec(38, 3)),        # 1.0 * SUM(decimal(7,2))
    ("/", dec(10, 0), dec(38, 2), dec(38, 26)),    # integral part 12 < 32
    ("/", dec(18, 2), dec(18, 2), dec(38, 20)),      # integral part 18 < 32: 38 - 18
    ("+", dec(38, 10), dec(38, 10), dec(38, 10)),    # + and -: 38 - max(p - s)
    ("+", dec(38, 10), dec(20, 20), dec(38, 10)),
    ("-", dec(38, 0), dec(38, 38), dec(38, 0)),
])
def test_decimal_result_types(operator, left, right, expected):
    assert decimal_result_type(operator, left, right) == expected


@pytest.mark.parametrize("left, right, expected", [
    (dec(5, 2), dec(7, 4), dec(7, 4)),
    (dec(38, 0), dec(38, 38), dec(38, 38)),
    (dec(10, 0), dec(3, 2), dec(12, 2)),
])
def test_union_types(left, right, expected):
    assert union_type(left, right) == expected


@pytest.mark.parametrize("left, operator, right, value, kind", [
    # The division the forums quote from [PSL]: decimal(38,6), and the quotient is truncated.
    (typed_decimal("1.67574", 38, 10), "/", typed_decimal("10000", 38, 10), "0.000167", dec(38, 6)),
    # [PSL]'s multiplication examples: the scale is cut and the product rounded.
    (typed_decimal("0.0000009000", 30, 20), "*", typed_decimal("1.0000000000", 30, 20),
     "0.00000090000000000", dec(38, 17)),
    (typed_decimal("0.0000009000", 30, 10), "*", typed_decimal("1.0000000000", 30, 10), "0.000001", dec(38, 6)),
    # An integer constant meets a decimal as decimal(digits, 0).
    (literal("1.0"), "/", literal("3"), "0.333333", dec(7, 6)),
    (literal("2.0"), "/", literal("3"), "0.666666", dec(7, 6)),
    (literal("1"), "/", literal("3.0"), "0.333333", dec(8, 6)),
    # An int column or variable meets it as decimal(10,0).
    (literal("1.0"), "/", Typed(3, INT), "0.333333333333", dec(13, 12)),
    (literal("1.5"), "*", Typed(2, INT), "3.0", dec(13, 1)),
    (literal("1.25"), "+", literal("-3"), "-1.75", dec(4, 2)),
    (literal("7.5"), "%", literal("2"), "1.5", dec(2, 1)),
    (literal("-7.5"), "%", literal("2"), "-1.5", dec(2, 1)),
    (literal("2147483648"), "-", literal("1"), "2147483647", dec(11, 0)),
])
def test_decimal_arithmetic(left, operator, right, value, kind):
    result = arithmetic(operator, left, right)
    assert (result.value, result.type) == (Decimal(value), kind)
    assert format(result.value, "f") == value  # the scale is the type's


@pytest.mark.parametrize("left, operator, right, value, kind", [
    ("7", "/", "2", 3, INT),
    ("-7", "/", "2", -3, INT),      # [DIV]: the fraction is dropped toward zero
    ("7", "%", "-3", 1, INT),       # [MOD]: the remainder takes the dividend's sign
    ("-7", "%", "3", -1, INT),
    ("2147483647", "-", "1", 2147483646, INT),
])
def test_integer_arithmetic(left, operator, right, value, kind):
    result = arithmetic(operator, literal(left), literal(right))
    assert (result.value, result.type) == (value, kind)


def test_integer_types_follow_precedence():
    assert arithmetic("+", Typed(1, TINYINT), Typed(1, SMALLINT)).type == SMALLINT
    assert arithmetic("*", Typed(1, INT), Typed(1, BIGINT)).type == BIGINT
    assert arithmetic("+", Typed(1, INT), literal("1e0")).type == FLOAT
    assert arithmetic("+", literal("1.5"), literal("1e0")).type == FLOAT


@pytest.mark.parametrize("left, operator, right, number, message", [
    (literal("2147483647"), "+", literal("1"), 8115,
     "Arithmetic overflow error converting expression to data type int."),
    (Typed(200, TINYINT), "+", Typed(100, TINYINT), 8115,
     "Arithmetic overflow error converting expression to data type tinyint."),
    (Typed(2**62, BIGINT), "*", literal("2"), 8115,
     "Arithmetic overflow error converting expression to data type bigint."),
    (literal("1"), "/", literal("0"), 8134, "Divide by zero error encountered."),
    (literal("1.0"), "/", literal("0"), 8134, "Divide by zero error encountered."),
    (literal("5"), "%", literal("0"), 8134, "Divide by zero error encountered."),
    (literal("1e0"), "/", literal("0"), 8134, "Divide by zero error encountered."),
    (typed_decimal("9" * 20, 38, 0), "*", typed_decimal("9" * 20, 38, 0), 8115,
     "Arithmetic overflow error converting expression to data type numeric."),
])
def test_errors(left, operator, right, number, message):
    with pytest.raises(SqlServerError) as raised:
        arithmetic(operator, left, right)
    assert (raised.value.number, raised.value.message) == (number, message)


@pytest.mark.parametrize("text, target, value", [
    # [CAST]'s "Truncating and rounding results" example: to int truncates, to numeric rounds.
    ("10.6496", INT, 10),
    ("-10.6496", INT, -10),
    ("10.6496", dec(18, 0), Decimal("11")),
    ("-10.6496", dec(18, 0), Decimal("-11")),
    ("2.345", dec(3, 2), Decimal("2.35")),
    ("2.5", dec(5, 0), Decimal("3")),
    ("-2.5", dec(5, 0), Decimal("-3")),
    ("1e0", dec(5, 2), Decimal("1.00")),
])
def test_cast(text, target, value):
    assert cast(literal(text), target).value == value


def test_cast_overflow():
    with pytest.raises(SqlServerError) as raised:
        cast(literal("999.5"), dec(3, 0))
    assert raised.value.number == 8115


@pytest.mark.parametrize("kind, sum_kind, avg_kind", [
    (dec(7, 2), dec(38, 2), dec(38, 6)),
    (dec(10, 8), dec(38, 8), dec(38, 8)),
    (INT, INT, INT),
    (TINYINT, INT, INT),
    (BIGINT, BIGINT, BIGINT),
    (FLOAT, FLOAT, FLOAT),
])
def test_aggregate_types(kind, sum_kind, avg_kind):
    assert (sum_type(kind), avg_type(kind)) == (sum_kind, avg_kind)


def test_aggregate_values():
    money = [Decimal("1.10"), Decimal("2.20"), None, Decimal("0.05")]
    assert aggregate("SUM", money, dec(7, 2)) == Typed(Decimal("3.35"), dec(38, 2))
    assert aggregate("AVG", money, dec(7, 2)) == Typed(Decimal("1.116666"), dec(38, 6))
    assert aggregate("MAX", money, dec(7, 2)) == Typed(Decimal("2.20"), dec(7, 2))
    assert aggregate("AVG", [1, 2], INT) == Typed(1, INT)
    assert aggregate("SUM", [], INT) == Typed(None, INT)
    with pytest.raises(SqlServerError):
        aggregate("SUM", [2**31 - 1, 1], INT)


def test_negate_keeps_the_type():
    assert negate(literal("1.50")).type == dec(3, 2)
    assert arithmetic("*", negate(literal("3")), literal("1.0")).type == dec(4, 1)
