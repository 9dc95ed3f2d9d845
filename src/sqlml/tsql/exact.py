"""Exact decimal arithmetic for the embedded engine: SQL Server's + - * / % on decimal(p, s) values.

DuckDB keeps a DECIMAL(38) product or cast at the operands' scale, so it overflows where SQL Server,
which reduces the result's scale ("Precision, scale, and length"), still answers. Here an operand is a
128-bit integer count of 10^-s units (`units`), the operation is done on those integers and the result is
cut or rounded to SQL Server's scale:

- `/` truncates; `*` and the reduced `+ -` round half away from zero (as SQL Server answers);
- the integer path runs in SQL while the values are small enough for 128 bits (checked per row, against
  bounds computed from the types); a larger row goes to `tsql_exact`, a Python function registered on the
  connection, which computes with Python's unbounded integers. Only rows past the bound pay for it;
- a division of operands that are cheap to read again runs in 64-bit integers for the rows whose values
  allow it (`decimal_quotient`): DuckDB's 128-bit arithmetic costs microseconds a row, its 64-bit
  arithmetic nanoseconds;
- a result past 38 digits (or past the result's precision, at the final CAST) is SQL Server's Msg 8115,
  a zero divisor Msg 8134.
"""
from __future__ import annotations

import time

from sqlglot import exp

from .trees import cast

MAX_DIGITS = 38
_OVERFLOW = "Msg 8115: Arithmetic overflow error converting expression to data type numeric."
_DIVIDE_BY_ZERO = "Msg 8134: Divide by zero error encountered."


# -- the Python side: registered on every connection that runs translated SQL --------------------------

def _rounded(numerator: int, denominator: int, truncate: bool) -> int:
    """numerator / denominator as an integer: truncated toward zero, or rounded half away from zero."""
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    magnitude = abs(numerator)
    quotient, remainder = divmod(magnitude, denominator)
    if not truncate and 2 * remainder >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


def exact_units(operator: str, a: int, a_scale: int, b: int, b_scale: int, scale: int) -> int:
    """(a / 10^a_scale) operator (b / 10^b_scale) in units of 10^-scale, as SQL Server computes it."""
    if operator in "/%" and b == 0:
        raise ArithmeticError(_DIVIDE_BY_ZERO)
    common = max(a_scale, b_scale)
    x, y = a * 10 ** (common - a_scale), b * 10 ** (common - b_scale)   # both in 10^-common units
    if operator == "/":
        result = _rounded(x * 10 ** scale, y, truncate=True)
    elif operator == "*":
        product, product_scale = a * b, a_scale + b_scale
        result = (product * 10 ** (scale - product_scale) if scale >= product_scale
                  else _rounded(product, 10 ** (product_scale - scale), truncate=False))
    else:
        if operator == "%":
            value = x - y * _rounded(x, y, truncate=True)   # the sign of the dividend
        else:
            value = x + y if operator == "+" else x - y
        result = (value * 10 ** (scale - common) if scale >= common
                  else _rounded(value, 10 ** (common - scale), truncate=False))
    if abs(result) >= 10 ** MAX_DIGITS:
        raise ArithmeticError(_OVERFLOW)
    return result


def register(con) -> None:
    """Make `tsql_exact(operator, a, a_scale, b, b_scale, scale)` callable on a DuckDB connection."""
    from duckdb.sqltypes import HUGEINT, INTEGER, VARCHAR

    for attempt in range(100):
        try:
            con.create_function("tsql_exact", exact_units, [VARCHAR, HUGEINT, INTEGER, HUGEINT, INTEGER, INTEGER],
                                HUGEINT, side_effects=False)
            return
        except Exception as error:  # noqa: BLE001 - registered already on this connection
            text = str(error).lower()
            if "already" in text:
                return
            # Two connections of one database registering it at once: the other one's lands first.
            if "write-write conflict" not in text or attempt == 99:
                raise
            time.sleep(0.01)


# -- the SQL side -----------------------------------------------------------------------------------------

def _hugeint(value: int) -> exp.Expr:
    return cast(exp.Literal.string(str(value)), exp.DataType.build("HUGEINT"))


def units(operand: exp.Expr, precision: int, scale: int) -> exp.Expr:
    """decimal(precision, scale) `operand` as a 128-bit integer count of 10^-scale units, exactly.

    DuckDB's DECIMAL(38, s) * 10^s keeps scale s, so it overflows once the digits plus s pass 38: the
    decimal's text without its point is read instead (the common small case multiplies)."""
    decimal = cast(operand, exp.DataType.build(f"DECIMAL({MAX_DIGITS}, {scale})"))
    if scale == 0:
        return cast(decimal, exp.DataType.build("HUGEINT"))
    if precision + scale <= MAX_DIGITS:
        return cast(exp.Mul(this=decimal, expression=_hugeint(10 ** scale)), exp.DataType.build("HUGEINT"))
    digits = exp.func("replace", cast(decimal, exp.DataType.build("VARCHAR")), exp.Literal.string("."),
                      exp.Literal.string(""))
    return cast(digits, exp.DataType.build("HUGEINT"))


def as_decimal(count: exp.Expr, precision: int, scale: int) -> exp.Expr:
    """A 128-bit integer count of 10^-scale units as decimal(precision, scale) (DuckDB's cast error past it)."""
    unit = cast(exp.Literal.string(f"{10 ** -scale:.{scale}f}" if scale else "1"),
                exp.DataType.build(f"DECIMAL({MAX_DIGITS}, {scale})"))
    value = exp.Mul(this=cast(count, exp.DataType.build(f"DECIMAL({MAX_DIGITS}, 0)")), expression=unit)
    return cast(value, exp.DataType.build(f"DECIMAL({precision}, {scale})"))


def _below(count: exp.Expr, digits: int) -> exp.Expr:
    """abs(count) < 10^digits (for digits <= 0: count = 0)."""
    if digits <= 0:
        return exp.EQ(this=count.copy(), expression=exp.Literal.number(0))
    return exp.LT(this=exp.func("abs", count.copy()), expression=_hugeint(10 ** min(digits, MAX_DIGITS)))


def _fallback(operator: str, a: exp.Expr, a_scale: int, b: exp.Expr, b_scale: int, scale: int) -> exp.Expr:
    return exp.Anonymous(this="tsql_exact", expressions=[
        exp.Literal.string(operator), a.copy(), exp.Literal.number(a_scale), b.copy(), exp.Literal.number(b_scale),
        exp.Literal.number(scale)])


def _guarded(fast: exp.Expr, checks: list[exp.Expr], fallback: exp.Expr) -> exp.Expr:
    if not checks:
        return fast
    condition = checks[0]
    for check in checks[1:]:
        condition = exp.And(this=condition, expression=check)
    return exp.Case(ifs=[exp.If(this=condition, true=fast)], default=fallback)


def _round_away(value: exp.Expr, drop: int) -> exp.Expr:
    """value / 10^drop rounded half away from zero (|value| + half stays in 128 bits: guarded below 10^37)."""
    if drop == 0:
        return value
    half = _hugeint(5 * 10 ** (drop - 1))
    shifted = exp.Add(this=value, expression=exp.Mul(this=exp.func("sign", value.copy()), expression=half))
    return exp.IntDiv(this=exp.Paren(this=shifted), expression=_hugeint(10 ** drop))


def quotient(a: exp.Expr, a_digits: tuple[int, int], b: exp.Expr, b_digits: tuple[int, int], scale: int) -> exp.Expr:
    """Units of a / b at `scale`, truncated (a and b are unit counts of the operands' types)."""
    (p1, s1), (p2, s2) = a_digits, b_digits
    shift = scale + s2 - s1
    checks = []
    if shift >= 0:
        fast = exp.IntDiv(this=exp.Paren(this=exp.Mul(this=a.copy(), expression=_hugeint(10 ** shift))
                                          if shift else a.copy()), expression=exp.Paren(this=b.copy()))
        if p1 + shift > MAX_DIGITS:
            checks.append(_below(a, MAX_DIGITS - shift))
    else:
        fast = exp.IntDiv(this=exp.Paren(this=a.copy()),
                          expression=exp.Paren(this=exp.Mul(this=b.copy(), expression=_hugeint(10 ** -shift))))
        if p2 - shift > MAX_DIGITS:
            checks.append(_below(b, MAX_DIGITS + shift))
    return _guarded(fast, checks, _fallback("/", a, s1, b, s2, scale))


_BIGINT_DIGITS = 18   # |count| < 10^18 fits DuckDB's 64-bit BIGINT (up to 9.2 * 10^18)


def _units64(operand: exp.Expr, scale: int) -> exp.Expr:
    """A decimal operand known to be below 10^(18 - scale) as its BIGINT count of 10^-scale units.

    DuckDB keeps a DECIMAL(18, s) times an integer at scale s (so x * 10^s overflows 18 digits where the
    count would not), and a wider product is 128-bit: the integral part and the fraction are scaled apart,
    the fraction (below 1, so at most 2s digits: s <= 9) in DECIMAL(18, s)."""
    narrow = cast(cast(operand, exp.DataType.build(f"DECIMAL({MAX_DIGITS}, {scale})")),
                  exp.DataType.build(f"DECIMAL({_BIGINT_DIGITS}, {scale})"))
    whole = cast(exp.func("trunc", narrow), exp.DataType.build("BIGINT"))
    if not scale:
        return whole
    fraction = exp.Mul(this=exp.Paren(this=exp.Sub(this=narrow.copy(), expression=exp.func("trunc", narrow.copy()))),
                       expression=exp.Literal.number(10 ** scale))
    return exp.Paren(this=exp.Add(this=exp.Mul(this=whole, expression=exp.Literal.number(10 ** scale)),
                                  expression=cast(fraction, exp.DataType.build("BIGINT"))))


def _value_below(operand: exp.Expr, scale: int, digits: int) -> exp.Expr:
    """abs(operand) < 10^digits, compared as decimals (exactly)."""
    value = cast(operand, exp.DataType.build(f"DECIMAL({MAX_DIGITS}, {scale})"))
    return exp.LT(this=exp.func("abs", value), expression=cast(exp.Literal.string("1" + "0" * digits),
                                                               exp.DataType.build(f"DECIMAL({MAX_DIGITS}, 0)")))


def _cheap(operand: exp.Expr) -> bool:
    """Cheap to compute again: the 64-bit path reads each operand several times (DuckDB does not share
    them), which costs more than the 128-bit path once an operand is itself a guarded computation."""
    nodes = [n for n in operand.walk() if not isinstance(n, (exp.DataType, exp.DataTypeParam))
             and not isinstance(n.parent, exp.DataTypeParam)]   # a CAST's type costs nothing to read
    return len(nodes) <= 16 and not any(isinstance(n, (exp.Case, exp.If, exp.Query, exp.Subquery, exp.Anonymous))
                                        for n in nodes)


def decimal_quotient(dividend: exp.Expr, a_digits: tuple[int, int], divisor: exp.Expr, b_digits: tuple[int, int],
                     scale: int) -> exp.Expr:
    """Units of dividend / divisor (decimals of those digits) at `scale`, truncated: in 64-bit integers for
    the rows whose values are small enough (checked per row, exactly), else on 128-bit units (`quotient`).
    DuckDB's 128-bit division costs microseconds a row, its 64-bit one nanoseconds (benchmarks/README.md).

    With A and B the operands' counts and k = scale + s2 - s1 >= 0, A * 10^k // B is
    (A // B) * 10^k + ((A % B) * 10^k) // B: both parts truncate toward zero with the same sign, and
    |A % B| * 10^k < |B| * 10^k stays in 64 bits when |B| * 10^k does (the per-row check)."""
    (p1, s1), (p2, s2) = a_digits, b_digits
    wide = quotient(units(dividend, p1, s1), a_digits, units(divisor, p2, s2), b_digits, scale)
    shift = scale + s2 - s1
    a_room = _BIGINT_DIGITS - s1                     # |dividend| < 10^a_room: its count fits
    b_room = _BIGINT_DIGITS - s2 - abs(shift)        # |divisor| < 10^b_room: its count times 10^|k| fits
    if (a_room < 1 or b_room < 1 or max(s1, s2) > _BIGINT_DIGITS // 2
            or not (_cheap(dividend) and _cheap(divisor))):
        return wide
    a, b = _units64(dividend, s1), _units64(divisor, s2)
    huge = exp.DataType.build("HUGEINT")
    if shift > 0:
        ten = exp.Literal.number(10 ** shift)
        high = exp.Mul(this=cast(exp.IntDiv(this=a, expression=b), huge), expression=_hugeint(10 ** shift))
        low = exp.IntDiv(this=exp.Paren(this=exp.Mul(this=exp.Paren(this=exp.Mod(this=a.copy(), expression=b.copy())),
                                                     expression=ten)), expression=b.copy())
        fast = exp.Add(this=high, expression=cast(low, huge))
    elif shift < 0:
        fast = cast(exp.IntDiv(this=a, expression=exp.Paren(this=exp.Mul(this=b, expression=exp.Literal.number(
            10 ** -shift)))), huge)
    else:
        fast = cast(exp.IntDiv(this=a, expression=b), huge)
    checks = []
    if p1 - s1 > a_room:
        checks.append(_value_below(dividend, s1, a_room))
    if p2 - s2 > b_room:
        checks.append(_value_below(divisor, s2, b_room))
    return _guarded(fast, checks, wide)


def product(a: exp.Expr, a_digits: tuple[int, int], b: exp.Expr, b_digits: tuple[int, int], scale: int) -> exp.Expr:
    """Units of a * b at `scale`, rounded half away from zero."""
    (p1, s1), (p2, s2) = a_digits, b_digits
    drop = s1 + s2 - scale
    fallback = _fallback("*", a, s1, b, s2, scale)
    if drop >= MAX_DIGITS:
        return fallback
    multiplied = exp.Mul(this=a.copy(), expression=b.copy())
    fast = _round_away(multiplied, drop)
    if p1 + p2 <= MAX_DIGITS - 1:
        return fast
    # |a * b| < 10^37 unless abs(a) >= 10^37 // abs(b)
    limit = exp.IntDiv(this=_hugeint(10 ** (MAX_DIGITS - 1)),
                       expression=exp.func("greatest", exp.func("abs", b.copy()), _hugeint(1)))
    return _guarded(fast, [exp.LT(this=exp.func("abs", a.copy()), expression=limit)], fallback)


def combined(operator: str, a: exp.Expr, a_digits: tuple[int, int], b: exp.Expr, b_digits: tuple[int, int],
             scale: int) -> exp.Expr:
    """Units of a + b, a - b or a % b at `scale` (the sum rounded half away from zero when scale is cut)."""
    (p1, s1), (p2, s2) = a_digits, b_digits
    common = max(s1, s2)
    left = exp.Mul(this=a.copy(), expression=_hugeint(10 ** (common - s1))) if common > s1 else a.copy()
    right = exp.Mul(this=b.copy(), expression=_hugeint(10 ** (common - s2))) if common > s2 else b.copy()
    kind = {"+": exp.Add, "-": exp.Sub, "%": exp.Mod}[operator]
    fast = kind(this=exp.Paren(this=left), expression=exp.Paren(this=right))
    fast = _round_away(exp.Paren(this=fast), common - scale) if common > scale else fast
    checks = []
    room = MAX_DIGITS - 1   # a sum of two values under 10^37 stays under 10^38, and rounding stays in 128 bits
    if p1 + common - s1 > room:
        checks.append(_below(a, room - (common - s1)))
    if p2 + common - s2 > room:
        checks.append(_below(b, room - (common - s2)))
    return _guarded(fast, checks, _fallback(operator, a, s1, b, s2, scale))
