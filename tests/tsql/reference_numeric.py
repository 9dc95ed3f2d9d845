"""A reference model of SQL Server's numeric typing and arithmetic, written from Microsoft's pages.

It is the truth the embedded engine's binder is checked against, so it imports nothing from
`sqlml`: every rule here comes from the documentation cited next to it, computed with Python's
`decimal` module (exact) rather than floating point.

Pages (learn.microsoft.com/sql/t-sql/...):
- [PSL] "Precision, scale, and length (Transact-SQL)", data-types/precision-scale-and-length-transact-sql:
  the table of result precision and scale for + - * / % and UNION, the cap at 38 and how the scale
  is then reduced (the SQL Server 2016+ text, with the minimum scale of 6 for * and /).
- [DTP] "Data type precedence (Transact-SQL)", data-types/data-type-precedence-transact-sql.
- [CON] "Constants (Transact-SQL)", data-types/constants-transact-sql: integer, decimal and float
  constants; a decimal constant gets the least precision and scale that hold it (12.345 is (5,3)).
- [INT] "int, bigint, smallint, and tinyint (Transact-SQL)", data-types/int-bigint-smallint-and-tinyint-transact-sql:
  ranges, and "Integer constants greater than 2,147,483,647 are converted to the decimal data type".
- [DIV] "/ (Divide) (Transact-SQL)", language-elements/divide-transact-sql: integer division
  truncates the fractional part.
- [MOD] "% (Modulus) (Transact-SQL)", language-elements/modulus-transact-sql.
- [CAST] "CAST and CONVERT (Transact-SQL)", functions/cast-and-convert-transact-sql: "Truncating and
  rounding results" (decimal to decimal rounds; decimal or float to an integer truncates).
- [SUM] "SUM (Transact-SQL)", [AVG] "AVG (Transact-SQL)", [MINMAX] "MIN"/"MAX (Transact-SQL)":
  the return-type tables of the aggregates.
- Errors: Msg 8115 "Arithmetic overflow error converting expression to data type %s.", Msg 8134
  "Divide by zero error encountered." (severity 16).

Two behaviours the pages do not spell out and this model takes from SQL Server as it answers:
- a decimal result whose scale is cut (division always, [PSL]'s reduction otherwise) is cut
  differently by operator: division truncates (SELECT CAST(1.67574 AS decimal(38,10)) /
  CAST(10000 AS decimal(38,10)) gives 0.000167, not 0.000168), while + - * round half away from
  zero ([PSL]'s multiplication example gives 0.000001 for 0.0000009 * 1 at scale 6);
- an integer *constant* that meets a decimal is converted to decimal(number of its digits, 0), not
  to int's decimal(10,0): SELECT 1.0/3 is decimal(7,6), 0.333333. An int column or variable is
  decimal(10,0).

Values: `Decimal` for decimal, `int` for the integer types, `float` for float/real, `None` for NULL.
"""
from __future__ import annotations

import decimal
import math
from dataclasses import dataclass
from decimal import Decimal

MAX_PRECISION = 38
MIN_DIVISION_SCALE = 6  # [PSL]: the scale kept for * and / when the precision passes 38

# The exact context: 200 digits hold any product or quotient of two decimal(38) values exactly
# before the result is cut to its scale.
EXACT = decimal.Context(prec=200, rounding=decimal.ROUND_HALF_UP, Emin=-999999, Emax=999999)


class SqlServerError(Exception):
    """An error SQL Server raises: its number and its message text."""

    def __init__(self, number: int, message: str):
        super().__init__(f"Msg {number}: {message}")
        self.number = number
        self.message = message


class NotModelled(Exception):
    """A case the pages leave open (e.g. a float's exact digits in a CAST to decimal): not checked."""


def overflow(type_name: str) -> SqlServerError:
    return SqlServerError(8115, f"Arithmetic overflow error converting expression to data type {type_name}.")


def divide_by_zero() -> SqlServerError:
    return SqlServerError(8134, "Divide by zero error encountered.")


@dataclass(frozen=True)
class SqlType:
    """A numeric SQL Server type. `precision`/`scale` matter for decimal only."""

    name: str
    precision: int = 0
    scale: int = 0

    def __str__(self) -> str:
        return f"decimal({self.precision},{self.scale})" if self.name == "decimal" else self.name

    @property
    def is_integer(self) -> bool:
        return self.name in INTEGER_RANGES


def decimal_type(precision: int, scale: int) -> SqlType:
    if not 1 <= precision <= MAX_PRECISION or not 0 <= scale <= precision:
        raise ValueError(f"decimal({precision},{scale}) is not a valid type")
    return SqlType("decimal", precision, scale)


INT = SqlType("int")
BIGINT = SqlType("bigint")
SMALLINT = SqlType("smallint")
TINYINT = SqlType("tinyint")
BIT = SqlType("bit")
FLOAT = SqlType("float")
REAL = SqlType("real")

# [INT]: the ranges of the integer types (bit holds 0 and 1).
INTEGER_RANGES = {
    "bigint": (-2**63, 2**63 - 1),
    "int": (-2**31, 2**31 - 1),
    "smallint": (-2**15, 2**15 - 1),
    "tinyint": (0, 255),
    "bit": (0, 1),
}

# [PSL]/[INT]: the precision of each integer type when it is converted to decimal.
INTEGER_AS_DECIMAL = {"bigint": 19, "int": 10, "smallint": 5, "tinyint": 3, "bit": 1}

# [DTP], the numeric part of the list, highest first.
PRECEDENCE = ["float", "real", "decimal", "money", "smallmoney", "bigint", "int", "smallint", "tinyint", "bit"]


def higher(left: SqlType, right: SqlType) -> str:
    """[DTP]: the name of the type both operands are converted to."""
    return min(left.name, right.name, key=PRECEDENCE.index)


# ---------------------------------------------------------------- values with their type


@dataclass(frozen=True)
class Typed:
    """A value, its type, and (for an integer constant) its digits: [CON]'s constants."""

    value: object
    type: SqlType
    constant_digits: int | None = None  # set for an integer constant such as 5 or -12


def literal(text: str) -> Typed:
    """The value and type of a numeric constant as written in T-SQL ([CON], [INT]).

    `5` is int; an integer beyond int's range is decimal(number of digits, 0) (2147483648 is
    decimal(10,0)); `1.0` is decimal(2,1) and `.5` decimal(1,1) (precision counts the digits,
    leading zeros of the integral part excluded, and is at least the scale); `1e0` is float.
    A leading minus is part of the constant.
    """
    body = text.strip()
    negative = body.startswith("-")
    digits = body.lstrip("+-")
    if "e" in digits.lower():
        return Typed(float(body), FLOAT)
    if "." not in digits:
        number = int(body)
        significant = len(digits.lstrip("0")) or 1
        if int(digits) <= INTEGER_RANGES["int"][1]:  # the sign applies after the constant is typed
            return Typed(number, INT, constant_digits=significant)
        return Typed(Decimal(number), decimal_type(significant, 0))
    integral, fraction = digits.split(".")
    integral = integral.lstrip("0")
    scale = len(fraction)
    precision = max(len(integral) + scale, scale, 1)
    value = Decimal(digits if not negative else "-" + digits)
    return Typed(value, decimal_type(precision, scale))


def as_decimal_type(operand: Typed) -> SqlType:
    """The decimal type an operand takes when it meets a decimal ([PSL], [INT]; see the module note)."""
    kind = operand.type
    if kind.name == "decimal":
        return kind
    if operand.constant_digits is not None:
        return decimal_type(operand.constant_digits, 0)
    if kind.name in INTEGER_AS_DECIMAL:
        return decimal_type(INTEGER_AS_DECIMAL[kind.name], 0)
    raise TypeError(f"{kind} has no decimal form in this model")


# ---------------------------------------------------------------- result types


def reduce_to_max_precision(precision: int, scale: int, operator: str, integral: int | None = None) -> SqlType:
    """[PSL]: a decimal result type whose precision passes 38 is cut to 38 as the page says.

    + and -: the integral part needs max(p1 - s1, p2 - s2) digits (`integral`); the scale becomes
    min(precision, 38) - that. * and /: with integral = precision - scale, the scale becomes
    min(scale, 38 - integral) when integral < 32, stays when it is under 6, else becomes 6 (the two
    rules agree at 32). %: the page gives no reduction (its precision never passes 38).
    """
    if precision <= MAX_PRECISION:
        return decimal_type(precision, scale)
    if operator in "+-":
        new_scale = min(precision, MAX_PRECISION) - integral
        return decimal_type(MAX_PRECISION, max(0, min(scale, new_scale)))
    integral = precision - scale
    if integral < 32:
        new_scale = min(scale, MAX_PRECISION - integral)
    elif scale < MIN_DIVISION_SCALE:
        new_scale = scale
    else:
        new_scale = MIN_DIVISION_SCALE
    return decimal_type(MAX_PRECISION, new_scale)


def decimal_result_type(operator: str, left: SqlType, right: SqlType) -> SqlType:
    """[PSL]'s table, for two decimal operands (p1, s1) and (p2, s2)."""
    p1, s1, p2, s2 = left.precision, left.scale, right.precision, right.scale
    integral = max(p1 - s1, p2 - s2)
    if operator in "+-":
        return reduce_to_max_precision(max(s1, s2) + integral + 1, max(s1, s2), operator, integral)
    if operator == "*":
        return reduce_to_max_precision(p1 + p2 + 1, s1 + s2, operator)
    if operator == "/":
        scale = max(MIN_DIVISION_SCALE, s1 + p2 + 1)
        return reduce_to_max_precision(p1 - s1 + s2 + scale, scale, operator)
    if operator == "%":
        return reduce_to_max_precision(min(p1 - s1, p2 - s2) + max(s1, s2), max(s1, s2), operator)
    raise ValueError(f"unknown operator {operator!r}")


def union_type(left: SqlType, right: SqlType) -> SqlType:
    """[PSL]: UNION / EXCEPT / INTERSECT of two decimals."""
    if left.name != "decimal" or right.name != "decimal":
        return left if higher(left, right) == left.name else right
    p1, s1, p2, s2 = left.precision, left.scale, right.precision, right.scale
    return decimal_type(min(MAX_PRECISION, max(s1, s2) + max(p1 - s1, p2 - s2)), max(s1, s2))


def result_type(operator: str, left: Typed, right: Typed) -> SqlType:
    """The type of `left operator right` ([DTP] picks the family, [PSL] sizes a decimal)."""
    family = higher(left.type, right.type)
    if family in ("float", "real"):
        return FLOAT if family == "float" else REAL
    if family == "decimal":
        return decimal_result_type(operator, as_decimal_type(left), as_decimal_type(right))
    if family not in INTEGER_RANGES or family == "bit":
        raise TypeError(f"{left.type} {operator} {right.type} is not in this model")
    return SqlType(family)


# ---------------------------------------------------------------- values


def quantize(value: Decimal, scale: int, *, truncate: bool) -> Decimal:
    mode = decimal.ROUND_DOWN if truncate else decimal.ROUND_HALF_UP
    return value.quantize(Decimal(1).scaleb(-scale), rounding=mode, context=EXACT)


def fit_decimal(value: Decimal, kind: SqlType, *, truncate: bool, error_type: str | None = None) -> Decimal:
    """`value` at `kind`'s scale, or Msg 8115 when its integral part does not fit."""
    result = quantize(value, kind.scale, truncate=truncate)
    # copy_abs and scaleb are exact; abs() and ** would round to the default context's 28 digits.
    if result.copy_abs() >= Decimal(1).scaleb(kind.precision - kind.scale):
        raise overflow(error_type or "numeric")
    return result


def fit_integer(value: int, kind: SqlType) -> int:
    low, high = INTEGER_RANGES[kind.name]
    if not low <= value <= high:
        raise overflow(kind.name)
    return value


def truncated_division(dividend: int, divisor: int) -> int:
    """[DIV]: an integer quotient drops its fraction (toward zero, unlike Python's //)."""
    quotient = abs(dividend) // abs(divisor)
    return quotient if (dividend >= 0) == (divisor >= 0) else -quotient


def truncated_remainder(dividend: int, divisor: int) -> int:
    """[MOD]: the remainder has the sign of the dividend."""
    return dividend - divisor * truncated_division(dividend, divisor)


def to_decimal(operand: Typed) -> Decimal:
    value = operand.value
    return value if isinstance(value, Decimal) else Decimal(int(value))


def arithmetic(operator: str, left: Typed, right: Typed) -> Typed:
    """`left operator right` as SQL Server computes it: the value and its type, or the error."""
    kind = result_type(operator, left, right)
    if left.value is None or right.value is None:
        return Typed(None, kind)
    if operator in "/%" and right.value == 0:
        raise divide_by_zero()
    if kind.name in ("float", "real"):
        a, b = float(left.value), float(right.value)
        value = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}.get(operator)
        if operator == "%":
            # [MOD]: the remainder of the division, with the dividend's sign: fmod's exact remainder of the two
            # floats (a - b * int(a / b) loses digits to the rounded product when a / b is large).
            value = math.fmod(a, b)
        return Typed(value, kind)
    if kind.name == "decimal":
        a, b = to_decimal(left), to_decimal(right)
        if operator == "+":
            exact = EXACT.add(a, b)
        elif operator == "-":
            exact = EXACT.subtract(a, b)
        elif operator == "*":
            exact = EXACT.multiply(a, b)
        elif operator == "/":
            exact = EXACT.divide(a, b)
        else:
            exact = EXACT.remainder(a, b)  # sign of the dividend, as [MOD] says
        return Typed(fit_decimal(exact, kind, truncate=operator == "/"), kind)
    a, b = int(left.value), int(right.value)
    value = {
        "+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
        "/": lambda: truncated_division(a, b), "%": lambda: truncated_remainder(a, b),
    }[operator]()
    return Typed(fit_integer(value, kind), kind)


def negate(operand: Typed) -> Typed:
    """Unary minus keeps the type; an integer constant stays a constant."""
    if operand.value is None:
        return operand
    if operand.type.is_integer:
        return Typed(fit_integer(-operand.value, operand.type), operand.type, operand.constant_digits)
    value = operand.value.copy_negate() if isinstance(operand.value, Decimal) else -operand.value   # exact
    return Typed(value, operand.type, operand.constant_digits)


def cast(operand: Typed, target: SqlType) -> Typed:
    """[CAST]: decimal to decimal rounds (half away from zero); decimal and float to an integer
    truncate; float to decimal rounds. Overflow is Msg 8115."""
    value = operand.value
    if value is None:
        return Typed(None, target)
    if target.name == "decimal":
        if isinstance(value, float) and Decimal(value) != Decimal(repr(value)):
            # [CAST] says float to decimal rounds, but not from which digits (a float holds 0.715 as
            # 0.71499999999999996891...): only floats that are exact decimals are modelled.
            raise NotModelled(f"CAST({value!r} AS {target})")
        exact = Decimal(repr(value)) if isinstance(value, float) else to_decimal(operand)
        return Typed(fit_decimal(exact, target, truncate=False), target)
    if target.is_integer:
        if isinstance(value, float):
            whole = int(value)
        else:
            whole = int(to_decimal(operand).to_integral_value(rounding=decimal.ROUND_DOWN))
        return Typed(fit_integer(whole, target), target)
    if target.name in ("float", "real"):
        return Typed(float(value), target)
    raise TypeError(f"CAST to {target} is not in this model")


# ---------------------------------------------------------------- aggregates


def sum_type(kind: SqlType) -> SqlType:
    """[SUM]: tinyint/smallint/int -> int, bigint -> bigint, decimal(p,s) -> decimal(38,s), float -> float."""
    if kind.name in ("tinyint", "smallint", "int", "bit"):
        return INT
    if kind.name == "decimal":
        return decimal_type(MAX_PRECISION, kind.scale)
    return FLOAT if kind.name in ("float", "real") else kind


def avg_type(kind: SqlType) -> SqlType:
    """[AVG]: integers -> int (bigint -> bigint), decimal(p,s) -> decimal(38, max(s,6)), float -> float."""
    if kind.name in ("tinyint", "smallint", "int"):
        return INT
    if kind.name == "decimal":
        return decimal_type(MAX_PRECISION, max(kind.scale, MIN_DIVISION_SCALE))
    return FLOAT if kind.name in ("float", "real") else kind


def aggregate(function: str, values: list, kind: SqlType) -> Typed:
    """SUM, AVG, MIN or MAX of a column of type `kind` (NULLs ignored; no rows -> NULL).

    SUM overflows with Msg 8115 like the arithmetic; AVG is the sum divided by the count,
    truncated to the result's scale (an integer AVG drops the fraction, as integer division does).
    """
    present = [value for value in values if value is not None]
    function = function.upper()
    if function in ("MIN", "MAX"):
        if not present:
            return Typed(None, kind)
        return Typed(min(present) if function == "MIN" else max(present), kind)
    target = sum_type(kind) if function == "SUM" else avg_type(kind)
    if not present:
        return Typed(None, target)
    if kind.name in ("float", "real"):
        total = sum(float(value) for value in present)
        return Typed(total if function == "SUM" else total / len(present), target)
    if kind.name == "decimal":
        total = Decimal(0)
        for value in present:   # in the exact context: sum() would round each step to 28 digits
            total = EXACT.add(total, Decimal(value))
        if function == "SUM":
            return Typed(fit_decimal(total, target, truncate=False), target)
        fit_decimal(total, sum_type(kind), truncate=False)  # the running sum overflows first
        return Typed(fit_decimal(EXACT.divide(total, len(present)), target, truncate=True), target)
    total = sum(int(value) for value in present)
    fit_integer(total, sum_type(kind))
    if function == "SUM":
        return Typed(total, target)
    return Typed(fit_integer(truncated_division(total, len(present)), target), target)
