"""The date-time pass: datetime's 1/300 s and datetime2(n)'s rounding in expressions and stored values,
and the date functions (DATEPART, GETDATE, DATEADD, DATEDIFF) as SQL Server computes them.

- **datetime** (T-SQL reference, "datetime (Transact-SQL)"): values are rounded to increments of
  1/300 second, shown as .000, .003 and .007 (.001 -> .000, .002 -> .003, .005 -> .007,
  .995 -> .997, .999 -> the next second); the range is 1753-01-01 to 9999-12-31 23:59:59.997.
  `tsql_datetime(x)` rounds (and refuses a value out of range, Msg 242). It is applied to CAST /
  CONVERT(... AS DATETIME), GETDATE(), CURRENT_TIMESTAMP, GETUTCDATE() (SYSDATETIME is datetime2),
  DATEADD on a datetime (or on a string, which DATEADD reads as a datetime), and to every value
  INSERT (VALUES, SELECT, INSERT ... EXEC), UPDATE or SELECT INTO stores in a datetime column.
  The value keeps DuckDB's TIMESTAMP type (microseconds, so pandas gets the same datetime64[us]
  as for datetime2): the rounded value is the one SQL Server shows (…:00.007), not its 1/300 s
  tick (…:00.0066667). Where SQL Server reveals the tick, the tick is used ("CAST and CONVERT"):
  CAST / CONVERT(d AS DATETIME2(n)) is the tick rounded to n digits (`tsql_datetime_to_datetime2`:
  .007 -> .006667 for n = 6, .007 for n = 3), DATEDIFF(microsecond, ...) on a datetime, a datetime
  compared with a datetime2 (also through IN / ANY / ALL (subquery): refused by name when the subquery's
  column type is unknown) and a datetime stored in a datetime2(n) column (INSERT VALUES / SELECT,
  UPDATE, MERGE; through a UNION, DISTINCT or * converted by position outside the query, a datetime branch
  beside a datetime2 branch in its branch, exactly; beside another type, or of a type the annotation cannot
  tell, refused by name) use it too; where it needs 100 ns (DATETIME2(7),
  a datetime2 column of 6 or 7 digits, which the catalog does not tell apart, DATEDIFF, comparisons:
  a value ending in .003 / .007) it is refused by name when the statement runs. A string that is not
  a literal, converted to datetime or compared with one, is converted when the statement runs: more
  than 3 fractional digits are Msg 241, as for a literal.
- **datetime2(n)** ("datetime2 (Transact-SQL)"), n < 6: rounded to n fractional digits (CAST, columns,
  variables) and shown with n digits; datetime2 and datetime2(7) show 7 (DuckDB keeps 6, the 7th is 0).
  A string with a non-zero 7th fractional digit (100 ns) converted to DATETIME2(6/7) or TIME is refused
  by name (a literal when the statement is read: CAST, CONVERT, a comparison with a datetime2 or time;
  a string in CAST / CONVERT when it runs, and a column's or variable's string stored into a datetime2(6/7)
  or time column by INSERT, UPDATE or MERGE, also through a UNION, DISTINCT or *; a variable's value when it
  is assigned). time(n) variables round to n digits (sqltypes); a TIME column's n is not kept.
  SMALLDATETIME is refused by name in statements (a variable rounds to the minute), and so is TIME(n) for
  n < 6 (SQL Server rounds to n digits, DuckDB's TIME keeps microseconds; a variable rounds).
"""
from __future__ import annotations

import re

from sqlglot import exp

from ..errors import TsqlError
from .declared import _DATETIME2_TYPES, _DATETIME_TYPES, datetime2_precision, is_text_type
from .trees import cast

def as_datetime2(node: exp.Expr, precision: int) -> exp.Expr:
    """`node` rounded to datetime2(precision) (unchanged from 6 digits on: DuckDB keeps microseconds)."""
    if precision >= 6:
        return node
    return _call("tsql_datetime2", node, exp.Literal.number(10 ** (6 - precision)))


def _call(name: str, *arguments: exp.Expr) -> exp.Expr:
    return exp.Anonymous(this=name, expressions=list(arguments))


_FRACTION = re.compile(r":\d\d(?:\.(\d*))?\s*$")


_FINE = re.compile(r":\d\d\.\d{6}[1-9]\d*\s*$")


def refuse_fine_time(node: exp.Literal) -> None:
    """A date-time string with a non-zero 7th fractional digit: datetime2(7) / time(7) keep it, DuckDB cannot."""
    if node.is_string and _FINE.search(node.name):
        from ..errors import UnsupportedError
        raise UnsupportedError(f"The date-time string '{node.name}' with a 7th fractional digit (100 ns) as a "
                               "DATETIME2 or TIME", hint="The embedded engine keeps microseconds: give at most 6 "
                               "fractional digits.")


def as_datetime(node: exp.Expr) -> exp.Expr:
    """`node` rounded as SQL Server's datetime (the tsql_datetime macro).

    A string literal with more than 3 digits of fractional seconds is Msg 241, as SQL Server reads
    datetime strings to the millisecond only ("datetime (Transact-SQL)", supported string literal formats).
    """
    if isinstance(node, exp.Literal) and node.is_string:
        fraction = _FRACTION.search(node.name)
        if fraction and fraction[1] and len(fraction[1]) > 3:
            raise TsqlError("Conversion failed when converting date and/or time from character string.",
                            number=241, severity=16)
    return _call("tsql_datetime", node)


def is_datetime_call(node: exp.Expr) -> bool:
    return isinstance(node, exp.Anonymous) and node.name.lower() == "tsql_datetime"


def now(node: exp.CurrentTimestamp) -> exp.Expr:
    """GETDATE() and CURRENT_TIMESTAMP are datetime; SYSDATETIME() (parsed with precision 7) is datetime2."""
    return node if node.this is not None else as_datetime(node.copy())


def is_datetime(node: exp.Expr, data_type: exp.DataType | None) -> bool:
    """Whether a (translated) value is SQL Server's datetime: rounded here, or typed datetime by the catalog."""
    return is_datetime_call(node) or (data_type is not None and data_type.this in _DATETIME_TYPES)


def is_datetime2(node: exp.Expr, data_type: exp.DataType | None) -> bool:
    """Whether a value is a datetime2 (DuckDB's TIMESTAMP that is not a datetime)."""
    return not is_datetime_call(node) and data_type is not None and data_type.this in _DATETIME2_TYPES


def datetime2_text(node: exp.Expr, data_type: exp.DataType | None) -> exp.Expr:
    """A datetime2(n) as a string: 'yyyy-mm-dd hh:mi:ss' and n fractional digits (style 121, its default)."""
    digits = datetime2_precision(data_type) if data_type is not None and data_type.this == exp.DType.DATETIME2 or (
        data_type is not None and data_type.expressions) else 7
    return _call("tsql_datetime2_text", node, exp.Literal.number(min(digits, 7)))



def dateadd(context, node: exp.DateAdd) -> exp.Expr:
    """DATEADD on a datetime returns a datetime (rounded again); on a string, SQL Server reads a datetime."""
    date = node.this
    data_type = context.type_of(date)
    if is_datetime(date, data_type) or is_text_type(data_type):
        return as_datetime(node.copy())
    return node


def exact_datetime(node: exp.Expr) -> exp.Expr:
    """A datetime as its 1/300 s tick in microseconds: refused when the tick is not whole microseconds."""
    return _call("tsql_datetime_to_datetime2", node, exp.Literal.number(0))


def converted(result: exp.Expr, value: exp.Expr, target: exp.DataType,
              source: exp.DataType | None = None) -> exp.Expr:
    """CAST / CONVERT(... AS DATETIME): the translator's conversion, rounded; AS BINARY(n): padded with 0x00.

    `source` is the value's type: a datetime converted to DATETIME2(n) is its 1/300 s tick rounded to n
    digits (.007 -> .0066667 -> .006667 for n = 6); to DATETIME2(7) it is refused unless exact in microseconds.
    """
    if isinstance(target, exp.DataType) and target.this == exp.DType.BINARY:
        params = target.expressions
        size = 30 if not params else (int(params[0].this.name) if isinstance(params[0].this, exp.Literal)
                                      and params[0].this.is_int else None)
        return _call("tsql_binary", result, exp.Literal.number(size)) if size else result
    if isinstance(target, exp.DataType) and target.this == exp.DType.DATETIME2 and is_datetime(value, source):
        precision = datetime2_precision(target)
        unit = 0 if precision >= 7 else 10 ** (6 - precision)
        return _call("tsql_datetime_to_datetime2", value, exp.Literal.number(unit))
    if isinstance(target, exp.DataType) and target.this in (exp.DType.DATETIME2, exp.DType.TIME) and (
            is_text_type(source) or (isinstance(value, exp.Literal) and value.is_string)):
        precision = datetime2_precision(target)
        if precision >= 6:
            if isinstance(value, exp.Literal):
                refuse_fine_time(value)
            elif isinstance(result, (exp.Cast, exp.TryCast)) and result.this == value:
                result.set("this", _call("tsql_fine_time", value.copy()))
    if isinstance(target, exp.DataType) and target.this == exp.DType.DATETIME2:
        return as_datetime2(result, datetime2_precision(target))
    if not isinstance(target, exp.DataType) or target.this != exp.DType.DATETIME:
        return result
    if isinstance(result, exp.Cast) and not isinstance(result, exp.TryCast) and result.this == value:
        return as_datetime(value)    # the macro reads the value itself (and names its type when out of range)
    return as_datetime(result)


# -- the declared types of the catalog's columns -----------------------------------------------------



def stored(value: exp.Expr, declared: tuple[str, int | None] | None) -> exp.Expr:
    """`value` as a column of the declared type stores it (unchanged for other columns)."""
    if declared is None:
        return value
    kind, size = declared
    if kind == "datetime":
        return value if is_datetime_call(value) or isinstance(value, exp.Null) else as_datetime(value)
    if kind == "datetime2" and size is not None:
        return as_datetime2(value, size)
    if kind in ("char", "nchar") and size:
        return _call("tsql_char", value, exp.Literal.number(size))
    if kind == "binary" and size:
        return _call("tsql_binary", value, exp.Literal.number(size))
    if kind in ("varchar", "nvarchar") and size:
        return _call("tsql_varchar", value, exp.Literal.number(size))
    return value


def rewrite_extract(node: exp.Extract, context) -> exp.Expr:
    part = node.name.upper()
    if not context.is_a(context.type_of(node.expression), exp.DataType.TEMPORAL_TYPES):
        # DATEPART(part, '2026-11-22'): SQL Server reads the string as a datetime.
        node.set("expression", cast(node.expression, exp.DataType.build("TIMESTAMP")))
    if part in ("WEEKDAY", "DAYOFWEEK", "DOW"):
        # DATEPART(weekday, d) with SQL Server's default DATEFIRST 7: Sunday is 1.
        return exp.Add(this=exp.func("dayofweek", node.expression), expression=exp.Literal.number(1))
    return node


def rewrite_currenttimestamp(node: exp.CurrentTimestamp, context) -> exp.Expr:
    return now(node)   # GETDATE(), CURRENT_TIMESTAMP: a datetime; SYSDATETIME(): datetime2


def rewrite_dateadd(node: exp.DateAdd, context) -> exp.Expr:
    # DATEADD returns the type of its date argument; DuckDB's date + interval is a timestamp.
    if context.is_a(context.type_of(node.this), {exp.DType.DATE}):
        return cast(node, exp.DataType.build("DATE"))
    return dateadd(context, node)   # a datetime (or a string read as one) is rounded


def rewrite_datediff(node: exp.DateDiff, context) -> exp.Expr:
    if node.text("unit").upper() == "WEEK":
        return exp.Anonymous(this="tsql_week_boundaries", expressions=[node.expression, node.this])
    if node.text("unit").upper() == "MICROSECOND":
        for key in ("this", "expression"):   # a datetime counts its 1/300 s tick (py)
            operand = node.args.get(key)
            inner = operand.this if isinstance(operand, (exp.Cast, exp.TimeStrToTime)) else operand
            if inner is not None and is_datetime(inner, context.type_of(inner)):
                node.set(key, exact_datetime(inner))
    return node


