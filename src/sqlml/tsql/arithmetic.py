"""The arithmetic pass: + - * / %, SUM, AVG and POWER computed as SQL Server computes them.

Each rewrite is `(node, context) -> node`, on operands already rewritten (the passes run bottom-up),
with the types the binder derived (binder.py):

- integer / integer truncates toward zero (DuckDB's `//`); an int result past its range stops with
  Msg 8115 (the result is cast to SQL Server's integer type, so DuckDB's wider literals cannot hide it);
- exact decimals ("Precision, scale, and length"): a division is computed on scaled 128-bit integers and
  cut (not rounded) at the result's scale; a product, sum or difference is DuckDB's exact result cast to
  SQL Server's result type, which rounds where SQL Server's reduction at precision 38 rounds;
- SUM of integers is int (bigint for bigint); AVG of integers an integer; AVG of decimal(p, s) is
  decimal(38, max(s, 6)), truncated;
- an operand whose type decides the answer and cannot be derived is refused by name: nothing falls
  through to DuckDB's own (floating-point) arithmetic.

Values too large for 38 digits at the operands' scale stop with DuckDB's overflow error where SQL Server
might still answer (a known difference, listed in the package's documentation).
"""
from __future__ import annotations

from sqlglot import exp

from .trees import cast, integer_from_string

from . import exact as scaled
from . import sqltype as st
from .dialect import SqlmlTSQL
from .sqltype import SqlType

# SQL Server's integer types as DuckDB's (tinyint is unsigned, 0 to 255, as UTINYINT is)
_DUCKDB_INTEGERS = {"tinyint": exp.DType.UTINYINT, "smallint": exp.DType.SMALLINT, "int": exp.DType.INT,
                    "bigint": exp.DType.BIGINT}


def bound(node: exp.Expr, context) -> SqlType:
    """SQL Server's type of an operand: the binder's, else (a node a rewrite made) sqlglot's annotation."""
    found = context.sql_type(node)
    if found.known:
        return found
    data_type = context.type_of(node)
    if data_type is None or data_type.this == exp.DType.UNKNOWN:
        return st.UNKNOWN
    if data_type.this == exp.DType.NULL:
        return st.NULL
    if data_type.this in exp.DataType.TEXT_TYPES and not data_type.expressions:
        return SqlType("nvarchar" if data_type.this == exp.DType.NVARCHAR else "varchar", length=st.MAX)
    if data_type.this == exp.DType.DECIMAL and not isinstance(node, (exp.Column, exp.Cast)):
        return st.UNKNOWN   # sqlglot's decimal of an expression has no reliable precision
    return st.parse(data_type.sql(dialect=SqlmlTSQL))


def _widened(operand: exp.Expr, own: SqlType, other: SqlType) -> exp.Expr:
    """An integer operand in the type SQL Server computes in: the wider of the two (int at least for a
    constant, which DuckDB would otherwise fit to the other operand's narrower type)."""
    wider = st.higher(own, other)
    target = "int" if wider.base == "tinyint" and own.constant is not None else wider.base
    if target == own.base and own.constant is None:
        return operand
    return cast(operand, exp.DataType.build(_DUCKDB_INTEGERS.get(target, exp.DType.INT)))


def _refuse_unknown(node: exp.Expr, context, what: str) -> Exception:
    return context.unknown_type(f"{what} {node.sql(dialect=SqlmlTSQL)} (operand types unknown)", node,
                                "Cast an operand, e.g. CAST(x AS FLOAT) or CAST(x AS DECIMAL(p, s)), or qualify the column.")


def _strings_converted(node: exp.Binary, left: SqlType, right: SqlType) -> tuple[SqlType, SqlType]:
    """A string operand beside a number is converted to the number's type, as SQL Server converts by data
    type precedence (`CAST(n AS nchar(10)) / orders` divides integers; '1.5' * a decimal(2, 1) is a
    decimal(2, 1), whose overflow stops the statement there as here). The operands' new types."""
    if left.is_string == right.is_string:
        return left, right
    string_key, number = ("this", right) if left.is_string else ("expression", left)
    if number.is_integer:
        target, to = SqlType(number.base), exp.DataType.build(_DUCKDB_INTEGERS.get(number.base, exp.DType.INT))
    elif number.is_decimal:
        target = st.decimal(number.precision, number.scale)
        to = exp.DataType.build(f"DECIMAL({number.precision}, {number.scale})")
    elif number.is_float:
        target, to = SqlType(number.base), exp.DataType.build("DOUBLE" if number.base == "float" else "FLOAT")
    else:
        return left, right
    operand = node.args[string_key]
    node.set(string_key, integer_from_string(operand, to) if number.is_integer else cast(operand, to))
    return (target, right) if left.is_string else (left, target)


# -- division -----------------------------------------------------------------------------------------

def divide(node: exp.Div, context) -> exp.Expr:
    left, right = _strings_converted(node, bound(node.left, context), bound(node.right, context))
    if left.is_null or right.is_null:
        return node
    if left.is_float or right.is_float:
        return node   # a float division: DuckDB's DOUBLE division is SQL Server's float division
    if not left.known or not right.known:
        raise _refuse_unknown(node, context, "The division")
    if left.is_integer and right.is_integer:
        this, other = _widened(node.this, left, right), _widened(node.expression, right, left)
        return exp.IntDiv(this=this, expression=other)
    if {left.base, right.base} & {"money", "smallmoney"}:
        raise context.unsupported(f"The division {node.sql(dialect=SqlmlTSQL)} (a money operand: a decimal whose "
                                  "precision the embedded engine cannot work out)", node,
                                  "CAST the operand to DECIMAL(p, s), or to FLOAT.")
    a, b = left.digits(), right.digits()
    if a is None or b is None:
        raise context.unsupported(f"The division {node.sql(dialect=SqlmlTSQL)} (a {left if a is None else right} "
                                  "operand, which SQL Server converts by data type precedence)", node,
                                  "CAST the operand to a number.")
    return decimal_division(node.left, node.right, a, b)


def decimal_division(dividend: exp.Expr, divisor: exp.Expr, left: tuple[int, int], right: tuple[int, int]) -> exp.Expr:
    """Decimal division as SQL Server does it: exact, cut to the result's scale.

    The result of e1 / e2 has scale max(6, s1 + p2 + 1) and precision p1 - s1 + s2 + scale (then reduced
    to 38). It is computed on scaled integers (exact.py) so that no float rounding creeps in.
    """
    result = st.arithmetic("/", st.decimal(*left), st.decimal(*right))
    count = scaled.decimal_quotient(dividend, left, divisor, right, result.scale)
    return scaled.as_decimal(count, result.precision, result.scale)


# -- + - * % ---------------------------------------------------------------------------------------------

_OPERATORS = {exp.Add: "+", exp.Sub: "-", exp.Mul: "*", exp.Mod: "%"}


def exact(node: exp.Binary, context) -> exp.Expr:
    """+ - * % between numbers: the result in SQL Server's type (strings and dates are the string pass's)."""
    left, right = _strings_converted(node, bound(node.left, context), bound(node.right, context))
    if left.is_null or right.is_null or left.is_float or right.is_float:
        return node
    if left.base in st.DATES or right.base in st.DATES or left.is_string or right.is_string:
        return node
    if not left.known or not right.known:
        if isinstance(node, exp.Add):
            return node   # + of unknown operands: rewrite_add decides (numbers or strings)
        raise _refuse_unknown(node, context, "The expression")
    result = st.arithmetic(_OPERATORS[type(node)], left, right)
    if result.base in _DUCKDB_INTEGERS and left.is_integer and right.is_integer:
        # DuckDB may widen (literals, mixed sizes) or narrow (a constant beside a tinyint); SQL Server
        # computes in the wider operand's type and stops with Msg 8115 past its range.
        node.set("this", _widened(node.this, left, right))
        node.set("expression", _widened(node.expression, right, left))
        return cast(node, exp.DataType.build(_DUCKDB_INTEGERS[result.base]))
    if not result.is_decimal:
        return node
    a, b = left.digits(), right.digits()
    if a is None or b is None:
        return node
    operator = _OPERATORS[type(node)]
    if _fits_duckdb(operator, a, b, result.scale):
        # DuckDB's own decimal types are narrower than the values can be (a product of two decimals of up to
        # 18 digits in 64 bits; decimal(8,4) - decimal(17,16) as DECIMAL(18,16)): both operands are widened
        # to 38 digits first, so DuckDB computes exactly and the cast below gives SQL Server's type.
        scales = (a[1], b[1]) if operator == "*" else (max(a[1], b[1]),) * 2
        node.set("this", cast(node.this, exp.DataType.build(f"DECIMAL(38, {scales[0]})")))
        node.set("expression", cast(node.expression, exp.DataType.build(f"DECIMAL(38, {scales[1]})")))
        return cast(node, exp.DataType.build(f"DECIMAL({result.precision}, {result.scale})"))
    # Past that, DuckDB would overflow where SQL Server reduces the scale: computed on scaled integers.
    left, right = scaled.units(node.left, *a), scaled.units(node.right, *b)
    if operator == "*":
        count = scaled.product(left, a, right, b, result.scale)
    else:
        count = scaled.combined(operator, left, a, right, b, result.scale)
    return scaled.as_decimal(count, result.precision, result.scale)


def _fits_duckdb(operator: str, a: tuple[int, int], b: tuple[int, int], scale: int) -> bool:
    """Whether DuckDB's DECIMAL(38) holds the exact result of decimal(a) operator decimal(b) at the
    operands' scale (then its own arithmetic is exact, and the CAST to SQL Server's type rounds).

    Also when SQL Server's result keeps that scale (`scale`, no reduction): then both types are
    (38, that scale), so DuckDB's answer is exact whenever it has one, and it overflows (Msg 8115) exactly
    where SQL Server's does (10^38 units), e.g. 1.0 * a SUM of decimal(7,2)."""
    (p1, s1), (p2, s2) = a, b
    if operator == "*":
        return s1 + s2 <= 38 and (p1 + p2 <= 38 or scale == s1 + s2)
    common = max(s1, s2)
    if operator != "%" and scale == common:
        return True
    integral = max(p1 - s1, p2 - s2)
    return integral + common + (operator != "%") <= 38


def rewrite_literal(node: exp.Literal, context) -> exp.Expr:
    """A decimal constant in SQL Server's type: 0.58 is decimal(2, 2) (DuckDB: DECIMAL(3, 2)) and
    3000000000 decimal(10, 0) (DuckDB: BIGINT); DuckDB would also fit a bare decimal constant to the
    other operand's type (8158.5002 - a decimal(17,16) fails there), which an explicit type prevents."""
    if node.is_string:
        return node
    constant = st.of_number_literal(node.name)
    if not constant.is_decimal:
        return node
    # DuckDB reads a literal of more than 38 digits (0.1234...678: 38 decimals after a 0) as a DOUBLE: from its text.
    value = exp.Literal.string(node.name) if sum(c.isdigit() for c in node.name) > 38 else node
    return cast(value, exp.DataType.build(f"DECIMAL({constant.precision}, {constant.scale})"))


# -- aggregates ----------------------------------------------------------------------------------------

def _argument(node: exp.Expr) -> exp.Expr:
    argument = node.this
    if isinstance(argument, exp.Distinct):
        argument = argument.expressions[0] if argument.expressions else argument.this
    return argument


def integer_sum_type(node: exp.Sum, context) -> str | None:
    """SQL Server's type for SUM of integers (int, or bigint for bigint); None for other sums."""
    data_type = bound(_argument(node), context)
    if not data_type.is_integer:
        return None
    return "BIGINT" if data_type.base == "bigint" else "INT"


def total(node: exp.Sum, context) -> exp.Expr:
    # DuckDB sums integers into a 128-bit HUGEINT, which reaches pandas as a float; SQL Server keeps int
    # (bigint for bigint) and stops with an overflow error past its range, as the CAST does. A windowed
    # SUM is cast as a whole (window).
    result_type = integer_sum_type(node, context)
    if result_type is None or isinstance(node.parent, exp.Window):
        return node
    return cast(node, exp.DataType.build(result_type))


def average(node: exp.Avg, context) -> exp.Expr:
    argument = _argument(node)
    data_type = bound(argument, context)
    if not data_type.known:
        raise context.unknown_type("AVG of an expression of unknown type", node)
    if data_type.base in ("decimal", "money", "smallmoney"):
        return decimal_average(node, data_type, context)
    if not data_type.is_integer:
        return node
    if isinstance(node.parent, exp.Window):
        raise context.unsupported("AVG(integer) OVER (...)", node, "Cast the argument: AVG(CAST(x AS FLOAT)).")
    # SQL Server's AVG of integers is an integer, truncated toward zero.
    inner = node.this
    result_type = "BIGINT" if data_type.base == "bigint" else "INT"
    # No row (or only NULLs) gives NULL, as SQL Server's AVG does, never a division by zero.
    count = exp.Nullif(this=exp.Count(this=inner.copy()), expression=exp.Literal.number(0))
    return cast(exp.IntDiv(this=exp.Sum(this=inner.copy()), expression=count), exp.DataType.build(result_type))


def decimal_average(node: exp.Avg, data_type: SqlType, context) -> exp.Expr:
    """AVG of decimal(p, s) is decimal(38, max(s, 6)): the sum over the count, truncated to that scale.

    DuckDB's AVG of a decimal is a DOUBLE; the quotient is computed on scaled integers instead.
    """
    if data_type.base != "decimal" or isinstance(node.parent, exp.Window):
        what = "AVG(...) OVER (...)" if isinstance(node.parent, exp.Window) else "AVG"
        raise context.unsupported(f"{what} of a decimal or money value (its precision decides the result)", node,
                                  "CAST the argument to FLOAT, or divide SUM by COUNT.")
    source_scale = data_type.scale
    scale = max(source_scale, 6)
    total = scaled.units(exp.Sum(this=node.this.copy()), 38, source_scale)
    count = cast(exp.Count(this=node.this.copy()), exp.DataType.build("HUGEINT"))
    return scaled.as_decimal(scaled.quotient(total, (38, source_scale), count, (19, 0), scale), 38, scale)


def power(node: exp.Pow, context) -> exp.Expr:
    data_type = bound(node.this, context)
    if not data_type.known:
        raise context.unknown_type("POWER of an expression of unknown type", node)
    if data_type.is_integer:   # POWER(int, y) is an int in SQL Server
        return cast(exp.func("trunc", node.copy()), exp.DataType.build("BIGINT"))
    return node
