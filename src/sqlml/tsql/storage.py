"""Declared column types and the values stored in them, for the embedded engine.

SQL Server stores a value as its column's declared type says; DuckDB has neither fixed-length
strings nor a datetime with SQL Server's precision, so the translator makes the difference here:

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
- **char(n) / nchar(n)** ("char and varchar"): values are padded with spaces to n; blanks beyond
  n are cut without an error (a longer value is still Msg 2628, the length's CHECK).
  **varchar(n) / nvarchar(n)**: blanks beyond n are cut too; nothing is padded.
- **binary(n)** ("binary and varbinary"): values are padded on the right with 0x00 to n bytes (columns,
  CAST(x AS BINARY(n)), variables); varbinary(n) is not padded.
- **nvarchar(n) / nvarchar(max)**: stored like varchar; a CHECK that checks nothing says `is nvarchar(n):`
  so that the catalog views report nvarchar (CHARACTER_MAXIMUM_LENGTH n, sys.columns max_length 2n).
- A column's declared type lives in a CHECK constraint, like its length (translate.length_check):
  a datetime column's CHECK stops a value that is not rounded, a char column's a value that is not
  padded, with an error that names the column and says why. So a path that bypasses the translator
  (a bulk append) fails loudly instead of storing what SQL Server never would. The CHECK's text
  says `is datetime:` / `is char(n):` / `is nvarchar(n):` / `is binary(n):`, which the catalog views read
  (`DECLARED_COLUMNS`).
- **SELECT ... INTO** ("SELECT - INTO Clause"): the new table gets the source columns' declared
  types, as SQL Server copies them. Rules (those of "Data type precedence" and "+ (String
  Concatenation)"): a column keeps its declared type; CAST/CONVERT to a sized type gives that size
  (30 without one); 'abc' is varchar(3), N'abc' nvarchar(3); a variable has its declared type;
  UPPER/LOWER/TRIM/LTRIM/RTRIM, MIN/MAX and ISNULL keep their (first) argument's type; + of strings
  adds the lengths (up to 8000 bytes, then that size); CASE / IIF / COALESCE / UNION take the longest
  (varchar over char, nvarchar over varchar, datetime2 over datetime). A string or date-time column
  made any other way is refused by name (CAST it). A string from a table loaded from a frame (no
  declared length) stays unbounded, as before. Nullability (same page: "the same ... nullability ...
  as the corresponding expression"): a column copied from a NOT NULL column is NOT NULL unless an
  outer join can make it NULL (also through derived tables and CTEs; a UNION's column when every branch
  is); a constant other than NULL and ISNULL(x, y) with x or y NOT NULL are NOT NULL; any other
  expression is nullable. An IDENTITY column selected directly (one table, no join, GROUP BY,
  aggregate or UNION, listed once) would stay IDENTITY on SQL Server, with a numbering the engine
  cannot continue as SQL Server does: refused by name; otherwise it is a plain NOT NULL column.
"""
from __future__ import annotations

import datetime as _dt
import re
import weakref
from typing import TYPE_CHECKING, Any

from sqlglot import exp

from ..errors import TsqlError

if TYPE_CHECKING:  # pragma: no cover
    from .translate import _Translator

_UNKNOWN = ("?", None)
_OTHER = ("other", None)
_NULL = ("null", None)        # a NULL literal: takes the type of the values beside it
_STRINGS = ("char", "varchar", "nchar", "nvarchar")
_TEXT_TYPES = {exp.DType.VARCHAR: "varchar", exp.DType.NVARCHAR: "nvarchar", exp.DType.CHAR: "char",
               exp.DType.NCHAR: "nchar", exp.DType.TEXT: "varchar"}
_DATETIME_TYPES = {exp.DType.DATETIME, exp.DType.TIMESTAMP_MS}
# DuckDB's TIMESTAMP (read by sqlglot as TIMESTAMP or TIMESTAMPNTZ) is SQL Server's datetime2.
_DATETIME2_TYPES = {exp.DType.DATETIME2, exp.DType.TIMESTAMP, exp.DType.TIMESTAMPNTZ}
_FINE_TYPES = _DATETIME2_TYPES | {exp.DType.TIME}

# The datetime nearest a TIMESTAMP on SQL Server's 1/300 s grid, in milliseconds as SQL Server shows it:
# ticks = round(us * 300 / 10^6) (half up), then ms = round(ticks * 10 / 3). Counted from 1700-01-01
# (a midnight before datetime's range), so that DuckDB's `//`, which truncates toward zero, floors.
_ROUNDED = ("epoch_ms(((((epoch_us(CAST({x} AS TIMESTAMP)) + 8520336000000000) * 3 + 5000) // 10000) * 10 + 1) // 3 "
            "- 8520336000000)")

# datetime2(n), n < 6: to the nearest 10^(6-n) microseconds (half up), counted from 0001-01-01.
_ROUNDED2 = ("make_timestamp(((epoch_us(CAST({x} AS TIMESTAMP)) + 62135596800000000 + {unit} // 2) // {unit}) * {unit} "
             "- 62135596800000000)")

_MSG_241 = "Conversion failed when converting date and/or time from character string."
_UNSUPPORTED = " is not supported by the embedded engine (DuckDB); SQL Server runs it. "
_FINE_TIME_REFUSED = ("A date-time string with a 7th fractional digit (100 ns) converted to DATETIME2 or TIME"
                      + _UNSUPPORTED + "The embedded engine keeps microseconds. ")
_TICK_REFUSED = ("A DATETIME ending in .003 or .007 converted to DATETIME2(7) (CAST, or stored in a DATETIME2 column "
                 "of 6 or 7 digits), compared with a DATETIME2 or counted in microseconds (SQL Server converts its "
                 "1/300 s tick, .0066667)" + _UNSUPPORTED + "CAST it to DATETIME2(6) or fewer digits. ")

#: TEMP macros the translated SQL calls (created with the catalog's, see catalog.py).
MACROS = [
    "CREATE OR REPLACE TEMP MACRO tsql_datetime_in_range(r, source) AS CASE WHEN r < TIMESTAMP '1753-01-01' "
    "OR r > TIMESTAMP '9999-12-31 23:59:59.997' THEN error('The conversion of a ' || source || "
    "' data type to a datetime data type resulted in an out-of-range value.') ELSE r END",
    # A string with more than 3 fractional digits is Msg 241 (SQL Server reads datetime strings to the ms).
    "CREATE OR REPLACE TEMP MACRO tsql_datetime(x) AS CASE WHEN typeof(x) = 'VARCHAR' AND "
    "regexp_matches(CAST(x AS VARCHAR), ':\\d\\d\\.\\d{4,}\\s*$') THEN error('" + _MSG_241 + "') "
    "ELSE tsql_datetime_in_range(" + _ROUNDED.format(x="x")
    + ", CASE typeof(x) WHEN 'VARCHAR' THEN 'varchar' WHEN 'DATE' THEN 'date' ELSE 'datetime2' END) END",
    # binary(n): padded on the right with 0x00 to n bytes; a longer value is left for Msg 2628.
    "CREATE OR REPLACE TEMP MACRO tsql_binary(x, n) AS CASE WHEN octet_length(CAST(x AS BLOB)) < n "
    "THEN CAST(x AS BLOB) || from_hex(repeat('00', n - octet_length(CAST(x AS BLOB)))) ELSE CAST(x AS BLOB) END",
    # A string converted to datetime2(6 or 7) or time: DuckDB keeps microseconds and drops a 7th digit.
    "CREATE OR REPLACE TEMP MACRO tsql_fine_time(x) AS CASE WHEN regexp_matches(CAST(x AS VARCHAR), "
    "':\\d\\d\\.\\d{6}[1-9]\\d*\\s*$') THEN error('" + _FINE_TIME_REFUSED + "') ELSE x END",
    # datetime -> datetime2(n): SQL Server converts the 1/300 s tick (.007 is .0066667), rounded to n digits
    # (unit = 10^(6-n) microseconds); datetime2(7) keeps 100 ns, which DuckDB cannot: refused unless exact.
    "CREATE OR REPLACE TEMP MACRO tsql_ticks(x) AS ((epoch_ms(CAST(x AS TIMESTAMP)) + 8520336000000) * 3 + 5) // 10",
    "CREATE OR REPLACE TEMP MACRO tsql_datetime_to_datetime2(x, unit) AS CASE WHEN x IS NULL THEN NULL "
    "WHEN unit = 0 AND tsql_ticks(x) % 3 <> 0 THEN error('" + _TICK_REFUSED + "') "
    "ELSE make_timestamp((tsql_ticks(x) * 20000 + 3 * greatest(unit, 1)) // (6 * greatest(unit, 1)) "
    "* greatest(unit, 1) - 8520336000000000) END",
    # char(n): padded with spaces to n; blanks beyond n cut; a longer value is left for Msg 2628.
    "CREATE OR REPLACE TEMP MACRO tsql_char(x, n) AS CASE WHEN length(rtrim(CAST(x AS VARCHAR), ' ')) <= n "
    "THEN rpad(CAST(x AS VARCHAR), n, ' ') ELSE CAST(x AS VARCHAR) END",
    # varchar(n): blanks beyond n cut, nothing padded.
    "CREATE OR REPLACE TEMP MACRO tsql_varchar(x, n) AS CASE WHEN length(CAST(x AS VARCHAR)) > n "
    "AND length(rtrim(CAST(x AS VARCHAR), ' ')) <= n THEN left(CAST(x AS VARCHAR), n) ELSE CAST(x AS VARCHAR) END",
    # datetime2(n): rounded to n fractional digits (`unit` = 10^(6-n) microseconds, n < 6).
    "CREATE OR REPLACE TEMP MACRO tsql_datetime2(x, unit) AS " + _ROUNDED2.format(x="x", unit="unit"),
    # datetime2(n) to a string without a style: 'yyyy-mm-dd hh:mi:ss.fffffff' with n digits (7: DuckDB keeps 6).
    "CREATE OR REPLACE TEMP MACRO tsql_datetime2_text(ts, n) AS CASE WHEN n = 0 THEN strftime(ts, '%Y-%m-%d %H:%M:%S') "
    "ELSE strftime(ts, '%Y-%m-%d %H:%M:%S.') || left(strftime(ts, '%f') || '0', n) END",
]

_MARK = "the embedded engine stores"
#: (database_name, schema_name, table_name, column_name, declared_type, declared_length) of every column
#: whose CHECKs declare a length (translate.length_check) or a type (this module): for the catalog views.
DECLARED_COLUMNS = (
    "SELECT database_name, schema_name, table_name, constraint_column_names[1] AS column_name, "
    "nullif(max(regexp_extract(expression, 'is ([a-z0-9()]+): " + _MARK + "', 1)), '') AS declared_type, "
    "max(CASE WHEN expression LIKE '%String or binary data would be truncated%' "
    "THEN CAST(regexp_extract(expression, '<= (\\d+)\\)* THEN', 1) AS INTEGER) END) AS declared_length "
    "FROM duckdb_constraints() WHERE constraint_type = 'CHECK' GROUP BY ALL")
#: SQL Server's (name, system_type_id, max_length) of the declared types the catalog reports.
DECLARED_TYPE_IDS = {"char": (175, 1), "nchar": (239, 2), "nvarchar": (231, 2), "binary": (173, 1),
                     "datetime": (61, 8)}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def rounded_datetime_sql(value_sql: str) -> str:
    """DuckDB SQL for `value_sql` rounded as a datetime, without the TEMP macro (for DEFAULTs and CHECKs)."""
    return _ROUNDED.format(x=value_sql)


def round_datetime(value: _dt.datetime) -> _dt.datetime:
    """A Python datetime as SQL Server's datetime holds it (DECLARE @d DATETIME = ...)."""
    midnight = value.replace(hour=0, minute=0, second=0, microsecond=0)
    micros = (value - midnight) // _dt.timedelta(microseconds=1)
    ticks = (micros * 3 + 5000) // 10000
    try:
        result = midnight + _dt.timedelta(milliseconds=(ticks * 10 + 1) // 3)
    except OverflowError:       # 9999-12-31 23:59:59.999 rounds past the last day
        result = _dt.datetime.max
    if not _dt.datetime(1753, 1, 1) <= result <= _dt.datetime(9999, 12, 31, 23, 59, 59, 997000):
        raise TsqlError("The conversion of a datetime2 data type to a datetime data type resulted in an "
                        "out-of-range value.", number=242, severity=16)
    return result


def round_smalldatetime(value: _dt.datetime) -> _dt.datetime:
    """smalldatetime: to the minute; 29.998 seconds or less round down, 29.999 or more up."""
    value = round_datetime(value)
    minute = value.replace(second=0, microsecond=0)
    return minute + _dt.timedelta(minutes=1) if value - minute >= _dt.timedelta(seconds=29, milliseconds=999) else minute


def column_checks(table: exp.Table, column: str, kind: exp.Expr | None) -> list[str]:
    """The CHECKs (DuckDB SQL) a column declared `kind` needs besides its length's: datetime rounding, char padding."""
    declared = declared_of(kind)
    if declared is None:
        return []
    name, size = declared
    quoted = _quoted(column)
    if table.name.startswith("#"):
        where = _literal("tempdb.dbo." + table.name)
    else:
        where = "current_database() || " + _literal("." + (table.text("db") or "dbo") + "." + table.name)
    label = f"{name}({size})" if size is not None else name
    head = (f"'Column ''{column.replace(chr(39), chr(39) * 2)}'' of ''' || {where} || ''' is {label}: {_MARK} ")
    tail = (" Store it with T-SQL (INSERT, UPDATE, INSERT ... EXEC, SELECT INTO), which does this as SQL Server does.'")
    if name == "datetime2":
        fits = f"{quoted} = {_ROUNDED2.format(x=quoted, unit=10 ** (6 - size))}"
        message = (head + f"its values rounded to {size} fractional digits, as SQL Server does; got ''' || "
                   f"CAST({quoted} AS VARCHAR) || ''', which is not." + tail)
    elif name == "datetime":
        fits = f"{quoted} = {rounded_datetime_sql(quoted)}"
        message = (head + "its values rounded to 1/300 second, as SQL Server does; got ''' || "
                   f"CAST({quoted} AS VARCHAR) || ''', which is not." + tail)
    elif name == "nvarchar":
        # Nothing to shape (a length is the length CHECK's): this CHECK only says the column is Unicode.
        fits = f"{quoted} IS NOT NULL"
        message = head + "its declared type in this CHECK, for the catalog views." + tail
    elif name == "binary":
        fits = f"octet_length({quoted}) >= {size}"   # longer: Msg 2628's CHECK
        message = (head + f"its values padded with 0x00 to {size} bytes, as SQL Server does; got 0x' || "
                   f"hex({quoted}) || ', which is not." + tail)
    else:
        fits = f"length({quoted}) = {size} OR length(rtrim({quoted}, ' ')) > {size}"   # longer: Msg 2628's CHECK
        message = (head + f"its values padded with spaces to {size} characters, as SQL Server does; got ''' || "
                   f"{quoted} || ''', which is not." + tail)
    return [f"CASE WHEN {quoted} IS NULL OR {fits} THEN true ELSE error({message}) END"]


def declared_of(kind: exp.Expr | None) -> tuple[str, int | None] | None:
    """('datetime', None) or ('char' | 'nchar', n) for a column type whose stored values this module shapes."""
    if not isinstance(kind, exp.DataType):
        return None
    if kind.this == exp.DType.DATETIME:
        return "datetime", None
    if kind.this == exp.DType.DATETIME2:
        precision = datetime2_precision(kind)
        return ("datetime2", precision) if precision < 6 else None
    if kind.this == exp.DType.NVARCHAR:
        params = kind.expressions
        if not params:
            return "nvarchar", 1      # NVARCHAR in a column definition: nvarchar(1)
        if isinstance(params[0].this, exp.Literal) and params[0].this.is_int:
            return "nvarchar", int(params[0].this.name)
        return "nvarchar", None       # NVARCHAR(MAX)
    if kind.this == exp.DType.BINARY:
        params = kind.expressions
        if not params:
            return "binary", 1
        if isinstance(params[0].this, exp.Literal) and params[0].this.is_int:
            return "binary", int(params[0].this.name)
        return None
    if kind.this in (exp.DType.CHAR, exp.DType.NCHAR):
        params = kind.expressions
        if not params:
            size = 1
        elif isinstance(params[0].this, exp.Literal) and params[0].this.is_int:
            size = int(params[0].this.name)
        else:
            return None
        return _TEXT_TYPES[kind.this], size
    return None


def datetime2_precision(data_type: exp.DataType | None) -> int:
    """The fractional digits of a datetime2(n) type (7 without n)."""
    params = data_type.expressions if isinstance(data_type, exp.DataType) else []
    if params and isinstance(params[0].this, exp.Literal) and params[0].this.is_int:
        return int(params[0].this.name)
    return 7


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


def round_datetime2(value: _dt.datetime, precision: int) -> _dt.datetime:
    """A Python datetime as datetime2(precision) holds it (DECLARE @d DATETIME2(3) = ...)."""
    if precision >= 6:
        return value
    unit = 10 ** (6 - precision)
    micros = (value.microsecond + unit // 2) // unit * unit
    return value.replace(microsecond=0) + _dt.timedelta(microseconds=micros)


def dateadd(translator: "_Translator", node: exp.DateAdd) -> exp.Expr:
    """DATEADD on a datetime returns a datetime (rounded again); on a string, SQL Server reads a datetime."""
    date = node.this
    data_type = translator.type_of(date)
    if is_datetime(date, data_type) or _is_text(data_type):
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
            _is_text(source) or (isinstance(value, exp.Literal) and value.is_string)):
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

def declared_columns(con) -> dict[tuple[str, str], dict[str, tuple[str, int | None]]]:
    """{(schema, table): {column: (type, length)}} (lower case) of the columns with a declared length or type.

    Temporary tables are under dbo, as in catalog.catalog_schema. Types: char, nchar, datetime (from
    this module's CHECKs), else varchar with the declared length (nvarchar is not told apart).
    """
    from . import catalog

    version = catalog.catalog_version(con)
    cached = _DECLARED.get(con)
    if cached is not None and cached[0] == version:
        return cached[1]
    rows = con.execute(
        f"SELECT database_name, schema_name, table_name, column_name, declared_type, declared_length "
        f"FROM ({DECLARED_COLUMNS}) WHERE database_name IN (current_database(), 'temp')").fetchall()
    result: dict[tuple[str, str], dict[str, tuple[str, int | None]]] = {}
    for database, schema, table, column, declared, length in rows:
        if database == "temp" and table.startswith("#"):
            schema = "dbo"
        if declared:
            match = re.fullmatch(r"([a-z0-9]+)(?:\((\d+)\))?", declared)
            entry = (match[1], int(match[2]) if match[2] else None) if match else ("varchar", length)
        elif length is not None:
            entry = ("varchar", length)
        else:
            continue
        result.setdefault((schema.lower(), table.lower()), {})[column.lower()] = entry
    _DECLARED[con] = (version, result)
    return result


_DECLARED: "weakref.WeakKeyDictionary[Any, tuple]" = weakref.WeakKeyDictionary()


def overlay_schema(con, schema: dict[str, dict[str, dict[str, str]]]) -> None:
    """Mark datetime columns TIMESTAMP_MS in the schema sqlglot types columns with (DuckDB stores TIMESTAMP).

    The translator reads TIMESTAMP_MS as SQL Server's datetime and TIMESTAMP as datetime2.
    """
    try:
        declared = declared_columns(con)
    except Exception:  # pragma: no cover - a connection without duckdb_constraints(): nothing to mark
        return
    for (owner, table), columns in declared.items():
        for column, (kind, size) in columns.items():
            if column not in schema.get(owner, {}).get(table, {}):
                continue
            if kind == "datetime":
                schema[owner][table][column] = "TIMESTAMP_MS"
            elif kind == "datetime2" and size is not None:
                schema[owner][table][column] = f"TIMESTAMP({size})"   # its digits, for conversions to strings


def _table_columns(con, table: exp.Table, datetime2: bool = False) -> list[tuple[str, tuple[str, int | None] | None]]:
    """(name, declared) of a table's columns in order; declared None for a column stored as DuckDB has it.

    `datetime2`: a TIMESTAMP column without a declared type is ('datetime2', None) (6 or 7 digits), a TIME
    column ('time', None).
    """
    from .catalog import table_columns

    temporary = table.name.startswith("#") or table.text("catalog").lower() == "temp"
    schema = table.text("db") or ("main" if temporary else "dbo")
    declared = declared_columns(con).get(("dbo" if temporary and table.name.startswith("#") else schema.lower(),
                                          table.name.lower()), {})
    undeclared = {"TIMESTAMP": ("datetime2", None), "TIME": ("time", None)} if datetime2 else {}
    return [(name, declared.get(name.lower()) or undeclared.get(data_type))
            for name, _, data_type in table_columns(con, table)]


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


def stored_select_sql(con, schema: str, table: str, source: str, names: list[str]) -> str | None:
    """`SELECT ... FROM source` storing `names` (positional) as the table's columns do; None when no column needs it.

    For Database.load_frame appending a frame: inline SQL, no macros.
    """
    target = exp.Table(this=exp.to_identifier(table), db=exp.to_identifier(schema))
    columns = _table_columns(con, target)
    if not any(declared for _, declared in columns):
        return None
    parts = []
    for position, name in enumerate(names):
        quoted = _quoted(name)
        declared = columns[position][1] if position < len(columns) else None
        kind, size = declared or (None, None)
        if kind == "datetime":
            quoted = f"CASE WHEN {quoted} IS NULL THEN NULL ELSE {rounded_datetime_sql(quoted)} END"
        elif kind == "datetime2" and size is not None and size < 6:
            quoted = _ROUNDED2.format(x=quoted, unit=10 ** (6 - size))
        elif kind in ("char", "nchar") and size:
            text = f"CAST({quoted} AS VARCHAR)"
            quoted = f"CASE WHEN length(rtrim({text}, ' ')) <= {size} THEN rpad({text}, {size}, ' ') ELSE {text} END"
        elif kind == "binary" and size:
            quoted = (f"CASE WHEN octet_length({quoted}) < {size} THEN {quoted} || "
                      f"from_hex(repeat('00', {size} - octet_length({quoted}))) ELSE {quoted} END")
        elif kind in ("varchar", "nvarchar") and size:
            text = f"CAST({quoted} AS VARCHAR)"
            quoted = (f"CASE WHEN length({text}) > {size} AND length(rtrim({text}, ' ')) <= {size} "
                      f"THEN left({text}, {size}) ELSE {text} END")
        parts.append(quoted)
    return f"SELECT {', '.join(parts)} FROM {source}"


# -- the translator's hook -----------------------------------------------------------------------------

class Storage:
    """What one statement stores: made before the translator's rewrites (`plan`), applied after them (`apply`)."""

    def __init__(self, translator: "_Translator", tree: exp.Expr) -> None:
        self.translator = translator
        self.connection = translator.connection
        #: "ddl-dml" when a SELECT INTO became CREATE TABLE + INSERT (the translator's kind otherwise).
        self.kind: str | None = None
        self.into_types: list[tuple[str, int | None]] | None = None
        self.into_not_null: list[bool] = []
        self._facts = None
        self._columns: dict[tuple[str, str, str], list] = {}
        self.tree = tree
        self.refuse(tree)
        if isinstance(tree, exp.Create) and tree.kind and tree.kind.upper() == "TABLE":
            self.declare(tree)
        elif self.select_into(tree) is not None and self.connection is not None:
            self.into_types = self.derive_into(tree)
        elif isinstance(tree, (exp.Insert, exp.Update, exp.Merge)) and self.connection is not None \
                and not self.translator.types and self.stores_typed_values(tree) and self.has_datetime2_target(tree):
            # Whether a value stored in a datetime2 column is a datetime depends on its type.
            self.translator.typed = True
            self.translator.annotate(tree)

    # -- before the rewrites -------------------------------------------------------------------------
    def refuse(self, tree: exp.Expr) -> None:
        for node in tree.walk():
            if isinstance(node, exp.DataType) and node.this == exp.DType.SMALLDATETIME:
                raise self.translator.unsupported(
                    "The data type SMALLDATETIME (SQL Server rounds it to the minute)", node,
                    "Use DATETIME or DATETIME2, or run the statement on SQL Server.")
            if isinstance(node, exp.DataType) and node.this == exp.DType.TIME and node.expressions \
                    and datetime2_precision(node) < 6:
                raise self.translator.unsupported(
                    f"The data type {node.sql(dialect='tsql')} (SQL Server rounds a time(n) to n fractional digits; "
                    "the embedded engine keeps microseconds)", node,
                    "Use TIME (or TIME(6), TIME(7)), or run the statement on SQL Server.")
        if isinstance(tree, exp.Alter):
            for action in tree.args.get("actions") or []:
                kind = action.args.get("kind") if isinstance(action, exp.ColumnDef) else (
                    action.args.get("dtype") if isinstance(action, exp.AlterColumn) else None)
                if declared_of(kind) is not None:
                    # The declared type lives in a CHECK, which DuckDB cannot add to an existing table: an
                    # NVARCHAR(MAX) column added here would be reported as varchar(max) by the catalog views.
                    raise self.translator.unsupported(
                        f"ALTER TABLE with the column {action.name} {kind.sql(dialect='tsql')} (the values a datetime "
                        "or char column stores, and the nvarchar type the catalog views report, are kept only on "
                        "columns made by CREATE TABLE)", action,
                        hint="Declare the column in CREATE TABLE.")

    def declare(self, tree: exp.Create) -> None:
        """CREATE TABLE: each column with a declared length (translate.length_check) or a type this
        module shapes (column_checks) gets its CHECKs."""
        from .translate import length_check

        table = tree.find(exp.Table)
        schema = tree.this if isinstance(tree.this, exp.Schema) else None
        if table is None or schema is None:
            return
        for column in schema.expressions:
            if not isinstance(column, exp.ColumnDef):
                continue
            kind = column.args.get("kind")
            length = length_check(table, column.name, kind)
            for check in ([length] if length else []) + list(column_checks(table, column.name, kind)):
                column.append("constraints", exp.ColumnConstraint(kind=exp.CheckColumnConstraint(this=exp.Var(this=check))))

    def is_datetime_column(self, value: exp.Expr) -> bool:
        """Whether a column the annotation left untyped (UPDATE ... FROM) is a datetime column of its table."""
        kind = self.column_kind(value)
        return kind is not None and kind[0] == "datetime"

    def catalog_type(self, value: exp.Expr) -> exp.DataType | None:
        """The type of a column the annotation left untyped, from its table's declared columns."""
        kind = self.column_kind(value)
        if kind is None:
            return None
        kinds = {"datetime": exp.DType.TIMESTAMP_MS, "datetime2": exp.DType.TIMESTAMP, "time": exp.DType.TIME}
        return exp.DataType(this=kinds.get(kind[0], exp.DType.VARCHAR))

    def column_kind(self, value: exp.Expr) -> tuple[str, int | None] | None:
        if not isinstance(value, exp.Column) or self.translator.type_of(value) is not None \
                or self.connection is None:
            return None
        tables = {}
        for table in self.tree.find_all(exp.Table):
            if table.name:
                tables.setdefault(table.alias_or_name.lower(), table)
        if value.table:
            candidates = [tables[value.table.lower()]] if value.table.lower() in tables else []
        else:
            candidates = list({id(t): t for t in tables.values()}.values())
        try:
            kinds = [d for table in candidates for name, d in self.columns_of(table)
                     if name.lower() == value.name.lower()]
        except Exception:  # pragma: no cover - a table the catalog does not have: DuckDB reports it
            return None
        return kinds[0] if len(kinds) == 1 else None

    @staticmethod
    def stores_typed_values(tree: exp.Expr) -> bool:
        """Whether a stored value's type needs the annotation (a column, variable or subquery; not literals)."""
        typed = (exp.Column, exp.Parameter, exp.Subquery)
        if isinstance(tree, exp.Insert) and isinstance(tree.expression, exp.Values):
            return any(value.find(*typed) for value in tree.expression.expressions)
        if isinstance(tree, exp.Update):
            return any(isinstance(a, exp.EQ) and a.expression.find(*typed) for a in tree.expressions)
        return True

    def has_datetime2_target(self, tree: exp.Expr) -> bool:
        target = tree.this.this if isinstance(tree.this, exp.Schema) else tree.this
        if not isinstance(target, exp.Table):
            return False
        if isinstance(tree, exp.Update):
            target = self.update_target(tree) or target
        try:
            return any(d and d[0] in ("datetime2", "time") for _, d in self.columns_of(target))
        except Exception:  # pragma: no cover - a target the catalog does not have: DuckDB reports it
            return False

    def columns_of(self, table: exp.Table) -> list[tuple[str, tuple[str, int | None] | None]]:
        self.translator.typed = True   # the translation now depends on the catalog
        key = (table.text("catalog").lower(), table.text("db").lower(), table.name.lower())
        if key not in self._columns:
            self._columns[key] = _table_columns(self.connection, table, datetime2=True)
        return self._columns[key]

    @staticmethod
    def select_into(tree: exp.Expr) -> exp.Select | None:
        select = tree
        while isinstance(select, exp.SetOperation):
            select = select.this
        if isinstance(select, exp.Select) and select.args.get("into") is not None:
            return select
        return None

    # -- after the rewrites --------------------------------------------------------------------------
    def apply(self, tree: exp.Expr) -> exp.Expr:
        self.compared_literals(tree)
        self.compared_subqueries(tree)
        if isinstance(tree, exp.Create):
            self.inline_defaults(tree)
            return tree
        if self.connection is None:
            return tree
        if self.into_types is not None and tree.find(exp.Into) is not None:
            return self.apply_into(tree)
        if isinstance(tree, exp.Insert):
            self.apply_insert(tree)
        elif isinstance(tree, exp.Update):
            self.apply_update(tree)
        elif isinstance(tree, exp.Merge):
            self.apply_merge(tree)
        return tree

    def apply_merge(self, merge: exp.Merge) -> None:
        """MERGE's WHEN ... THEN UPDATE SET / INSERT (...) VALUES (...) store as UPDATE and INSERT do."""
        target = merge.this
        if not isinstance(target, exp.Table):
            return
        columns = self.columns_of(target)
        declared = {name.lower(): d for name, d in columns}
        if not any(declared.values()):
            return
        whens = merge.args.get("whens")
        for when in (whens.expressions if whens is not None else []):
            then = when.args.get("then")
            if isinstance(then, exp.Update):
                self.shape_assignments(then, declared)
            elif isinstance(then, exp.Insert) and isinstance(then.expression, exp.Tuple):
                names = [c.name for c in then.this.expressions] if isinstance(then.this, exp.Tuple) else [
                    name for name, _ in columns]
                for name, value in zip(names, then.expression.expressions):
                    kind = declared.get(name.lower())
                    if kind is not None:
                        value.replace(self.stored(value.copy(), kind))

    def shape_assignments(self, update: exp.Expr, declared: dict) -> None:
        for assignment in update.expressions:
            if isinstance(assignment, exp.EQ) and isinstance(assignment.this, exp.Column):
                kind = declared.get(assignment.this.name.lower())
                if kind is not None:
                    assignment.set("expression", self.stored(assignment.expression.copy(), kind))

    def stored(self, value: exp.Expr, declared: tuple[str, int | None] | None) -> exp.Expr:
        """`stored`, and a datetime stored in a datetime2(n) column is its 1/300 s tick rounded to n digits
        (.007 -> .0066667; refused when that needs 100 ns), as SQL Server converts it ("CAST and CONVERT")."""
        if declared is not None and declared[0] in ("datetime2", "time") and declared[1] is None \
                and isinstance(value, exp.Literal):
            refuse_fine_time(value)     # a 7th fractional digit that datetime2(7) / time(7) would keep
        elif declared is not None and declared[0] in ("datetime2", "time") and declared[1] is None \
                and not isinstance(value, exp.Null) and not (isinstance(value, exp.Anonymous)
                                                             and value.name.lower().startswith("tsql_")):
            data_type = self.translator.type_of(value) or self.catalog_type(value)
            if data_type is None or _is_text(data_type) or data_type.this == exp.DType.UNKNOWN:
                # A string from a column or variable: its 7th digit is checked when the statement runs.
                value = _call("tsql_fine_time", value)
        if declared is not None and declared[0] == "datetime2" and not isinstance(value, exp.Null) and (
                is_datetime(value, self.translator.type_of(value)) or self.is_datetime_column(value)):
            size = declared[1]
            return _call("tsql_datetime_to_datetime2", value, exp.Literal.number(0 if size is None else 10 ** (6 - size)))
        return stored(value, declared)

    def compared_literals(self, tree: exp.Expr) -> None:
        """d = '2026-11-22 21:07:00.005': SQL Server converts the string to the datetime's type (.007) to compare.

        A string literal compared with a datetime (=, <>, <, >, <=, >=, BETWEEN, IN) is rounded as a datetime.
        """
        comparisons = (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE, exp.Between, exp.In, exp.Nullif)
        for node in list(tree.walk()):
            if not isinstance(node, comparisons):
                continue
            if isinstance(node, exp.Between):
                operands = [node.this, node.args.get("low"), node.args.get("high")]
            elif isinstance(node, exp.In):
                operands = [node.this, *node.expressions]
            else:
                operands = [node.this, node.expression]
            operands = [o for o in operands if o is not None]
            if any(isinstance(o, exp.Literal) and not o.is_string for o in operands):
                continue    # compared with a number: no date-time string or datetime2 meets a datetime here
            types = [self.translator.type_of(o) or self.catalog_type(o) for o in operands]
            if any(t is not None and t.this in _FINE_TYPES and not is_datetime(o, t) for o, t in zip(operands, types)):
                fine = next(t for o, t in zip(operands, types) if t is not None and t.this in _FINE_TYPES
                            and not is_datetime(o, t))
                for operand, data_type in zip(operands, types):   # datetime2 / time: a 7th digit is cut here
                    if isinstance(operand, exp.Literal):
                        refuse_fine_time(operand)
                    elif _is_text(data_type):
                        # A column's or variable's string: checked when the statement runs, then of the other's type.
                        operand.replace(exp.cast(_call("tsql_fine_time", operand.copy()), exp.DataType.build(
                            "TIME" if fine.this == exp.DType.TIME else "TIMESTAMP")))
            if not any(is_datetime(o, t) for o, t in zip(operands, types)):
                continue
            if any(is_datetime2(o, t) for o, t in zip(operands, types)):
                # datetime with datetime2: SQL Server compares the datetime's tick (.007 is .0066667), which
                # is refused when it is not whole microseconds (storage's tsql_datetime_to_datetime2).
                for operand, data_type in zip(operands, types):
                    if is_datetime(operand, data_type):
                        operand.replace(exact_datetime(operand.copy()))
                continue
            for operand, data_type in zip(operands, types):
                if isinstance(operand, exp.Literal) and operand.is_string:
                    operand.replace(as_datetime(operand.copy()))
                elif _is_text(data_type) and not is_datetime(operand, data_type):
                    # A string that is not a literal is converted the same way, when the statement runs
                    # (more than 3 fractional digits: Msg 241).
                    operand.replace(as_datetime(operand.copy()))

    @staticmethod
    def branches(query: exp.Expr) -> list[exp.Select | None]:
        """The SELECTs of a query's set operations, in order (None for what is not a SELECT)."""
        from .translate import set_operation_branches

        return [branch if isinstance(branch, exp.Select) else None for branch in set_operation_branches(query)]

    def date_kind(self, node: exp.Expr) -> str | None:
        """'datetime', 'datetime2' or 'other' for a value; None when its type is unknown."""
        value = node.unalias() if isinstance(node, exp.Alias) else node
        data_type = self.translator.type_of(value) or self.catalog_type(value)
        if is_datetime(value, data_type):
            return "datetime"
        if data_type is None or data_type.this == exp.DType.UNKNOWN:
            return "other" if isinstance(value, exp.Null) else None
        return "datetime2" if is_datetime2(value, data_type) else "other"

    def compared_subqueries(self, tree: exp.Expr) -> None:
        """x IN (SELECT ...), x = ANY / ALL (SELECT ...): a datetime met by a datetime2 is its 1/300 s tick (exact,
        refused when that needs 100 ns), as in compared_literals; refused by name when a side's type is unknown."""
        comparisons = (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE)
        for node in list(tree.walk()):
            if isinstance(node, exp.In) and node.args.get("query") is not None:
                left, query = node.this, node.args["query"]
            elif isinstance(node, comparisons) and isinstance(node.expression, (exp.Any, exp.All)):
                left, query = node.this, node.expression.this
            else:
                continue
            items = []
            for branch in self.branches(query):
                single = branch is not None and len(branch.expressions) == 1 and not (
                    isinstance(branch.expressions[0], exp.Star) or (isinstance(branch.expressions[0], exp.Column)
                                                                    and isinstance(branch.expressions[0].this, exp.Star)))
                items.append(branch.expressions[0] if single else None)
            left_kind = self.date_kind(left)
            kinds = [self.date_kind(item) if item is not None else None for item in items]
            every = [left_kind, *kinds]
            if "datetime" not in every:
                continue
            if None in every or (left_kind != "datetime" and "other" in every) or (
                    left_kind == "datetime" and "other" in kinds and "datetime2" in kinds):
                if None in every or "datetime2" in every:
                    raise self.translator.unsupported(
                        "A DATETIME compared through IN / ANY / ALL (subquery) with a value whose type the engine "
                        "cannot tell, or with a DATETIME2 beside another type (SQL Server compares a DATETIME met "
                        "by a DATETIME2 as its 1/300 s tick, .007 as .0066667)", node,
                        hint="CAST the DATETIME to DATETIME2, or name the subquery's column instead of *.")
                continue
            if "datetime2" not in every:
                continue
            if left_kind == "datetime":
                left.replace(exact_datetime(left.copy()))
            for item, kind in zip(items, kinds):
                if kind == "datetime":
                    value = item.this if isinstance(item, exp.Alias) else item
                    value.replace(exact_datetime(value.copy()))

    def inline_defaults(self, tree: exp.Create) -> None:
        """A column's DEFAULT is stored in the file: shaped inline (no TEMP macro), as the column stores it."""
        schema = tree.this if isinstance(tree.this, exp.Schema) else None
        for column in (schema.expressions if schema is not None else []):
            if not isinstance(column, exp.ColumnDef):
                continue
            declared = declared_of(column.args.get("kind"))
            for constraint in column.args.get("constraints") or []:
                default = constraint.args.get("kind")
                if not isinstance(default, exp.DefaultColumnConstraint) or default.this is None:
                    continue
                value = default.this
                if declared is not None and declared[0] == "datetime" and not is_datetime_call(value):
                    value = as_datetime(value.copy())
                    default.set("this", value)
                if is_datetime_call(value):
                    inner = value.expressions[0].sql(dialect=_duckdb())
                    default.set("this", exp.Var(this=f"({rounded_datetime_sql(inner)})"))
                elif declared is not None and declared[0] in ("char", "nchar"):
                    size = declared[1]
                    text = f"CAST({value.sql(dialect=_duckdb())} AS VARCHAR)"
                    default.set("this", exp.Var(this=f"(CASE WHEN length(rtrim({text}, ' ')) <= {size} "
                                                     f"THEN rpad({text}, {size}, ' ') ELSE {text} END)"))

    def insert_target(self, insert: exp.Insert) -> tuple[exp.Table, list[str] | None] | None:
        target = insert.this
        names = None
        if isinstance(target, exp.Schema):
            names = [e.name for e in target.expressions]
            target = target.this
        return (target, names) if isinstance(target, exp.Table) else None

    def apply_insert(self, insert: exp.Insert, columns: list | None = None) -> None:
        found = self.insert_target(insert)
        if found is None:
            return
        table, names = found
        if columns is None:
            columns = self.columns_of(table)
        declared = {name.lower(): d for name, d in columns}
        targets = [declared.get(n.lower()) for n in names] if names is not None else [d for _, d in columns]
        if not any(targets):
            return
        source = insert.expression
        if isinstance(source, exp.Values):
            for row in source.expressions:
                values = row.expressions if isinstance(row, exp.Tuple) else [row]
                for position, value in enumerate(values):
                    if isinstance(value, (exp.Var, exp.Column)) and value.name.upper() == "DEFAULT":
                        continue   # the column's DEFAULT, shaped in CREATE TABLE
                    if position < len(targets) and targets[position] is not None:
                        value.replace(self.stored(value.copy(), targets[position]))
            return
        if not isinstance(source, exp.Query):
            return
        first = source
        while isinstance(first, (exp.SetOperation, exp.Subquery)):
            first = first.this
        starred = not isinstance(first, exp.Select) or any(
            isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
            for e in first.expressions)
        if starred:
            described = self.describe(source)
            count = len(described) if described is not None else None
        else:
            count = len(first.expressions)
        if count != len(targets):
            return      # DuckDB reports the mismatch in its own words (or the CHECKs stop unshaped values)
        if source is first and not starred and not source.args.get("distinct"):
            # A plain SELECT: each value is shaped where it is selected.
            for expression, kind in zip(source.expressions, targets):
                if kind is None:
                    continue
                if isinstance(expression, exp.Alias):
                    expression.set("this", self.stored(expression.this.copy(), kind))
                else:
                    expression.replace(self.stored(expression.copy(), kind))
            return
        # A set operation, DISTINCT or *: shaped outside, by position.
        aliases = [f"sqlml_c{k + 1}" for k in range(len(targets))]
        ticks = self.datetime_sources(source, targets, starred)
        wrapped = exp.select(*[
            _call("tsql_datetime_to_datetime2", exp.column(a), exp.Literal.number(0 if d[1] is None else 10 ** (6 - d[1])))
            if k in ticks else _call("tsql_fine_time", exp.column(a)) if d in (("datetime2", None), ("time", None))
            else stored(exp.column(a), d) for k, (a, d) in enumerate(zip(aliases, targets))]).from_(
            exp.Subquery(this=source.copy(), alias=exp.TableAlias(
                this=exp.to_identifier("sqlml_stored"), columns=[exp.to_identifier(a) for a in aliases])))
        insert.set("expression", wrapped)

    def datetime_sources(self, source: exp.Query, targets: list, starred: bool) -> set[int]:
        """INSERT ... SELECT through a UNION, DISTINCT or *: the positions of the datetime2 columns whose value is
        a datetime in every branch, to be stored as its 1/300 s tick ("CAST and CONVERT": .007 is .0066667).

        A branch that is a datetime where another is a datetime2 is converted in its branch (exactly, refused
        when that needs 100 ns); a datetime beside another type, or a column whose type is unknown while
        DuckDB says it is a TIMESTAMP (it may be a datetime), is refused by name."""
        branches = self.branches(source)
        described = None
        ticks: set[int] = set()
        for position, kind in enumerate(targets):
            if kind is None or kind[0] != "datetime2":
                continue
            kinds = []      # per branch: "datetime", "datetime2", "null", "other" or None (unknown)
            for branch in branches:
                types = self.translator.outputs.get(branch._meta.get("sqlml_id") if branch is not None
                                                    and branch._meta else None)
                expression = None
                if branch is not None and not any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(
                        e.this, exp.Star)) for e in branch.expressions) and len(branch.expressions) == len(targets):
                    expression = branch.expressions[position]
                data_type = types[position] if types is not None and len(types) == len(targets) else None
                if expression is not None and (is_datetime_call(expression.unalias())
                                               or self.is_datetime_column(expression.unalias())):
                    kinds.append("datetime")
                elif data_type is None or data_type.this == exp.DType.UNKNOWN:
                    kinds.append("null" if isinstance(expression, exp.Null) else None)
                elif data_type.this in _DATETIME_TYPES:
                    kinds.append("datetime")
                elif data_type.this in _DATETIME2_TYPES:
                    kinds.append("datetime2")
                elif data_type.this == exp.DType.NULL:
                    kinds.append("null")
                else:
                    kinds.append("other")
            if None in kinds:
                if described is None:
                    described = self.describe(source) or []
                if position < len(described) and not described[position][1].startswith("TIMESTAMP") and \
                        described[position][1] != "TIMESTAMP_MS":
                    continue     # not a date-time: no datetime to convert
                raise self.translator.unsupported(
                    f"INSERT ... SELECT through a UNION, DISTINCT or * into the DATETIME2 column at position "
                    f"{position + 1}, from a column whose type (DATETIME or DATETIME2) the engine cannot tell "
                    "(SQL Server stores a DATETIME's 1/300 s tick, .007 as .0066667)", source,
                    hint="CAST the column to DATETIME2 in the select list.")
            if "datetime" not in kinds:
                continue
            if all(k in ("datetime", "null") for k in kinds):
                ticks.add(position)
                continue
            if all(k in ("datetime", "datetime2", "null") for k in kinds) and all(
                    b is not None and len(b.expressions) == len(targets) and not any(
                        isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
                        for e in b.expressions) for b, k in zip(branches, kinds) if k == "datetime"):
                for branch, k in zip(branches, kinds):
                    if k == "datetime":
                        expression = branch.expressions[position]
                        inner = expression.this if isinstance(expression, exp.Alias) else expression
                        inner.replace(exact_datetime(inner.copy()))
                continue
            raise self.translator.unsupported(
                f"INSERT ... SELECT through a UNION into the DATETIME2 column at position {position + 1}, whose "
                "branches mix a DATETIME with another type (SQL Server converts by the UNION's type first)", source,
                hint="CAST each branch's column to DATETIME2.")
        return ticks

    @staticmethod
    def update_target(update: exp.Update) -> exp.Table | None:
        """The table UPDATE changes: `UPDATE a SET ... FROM dbo.t AS a` changes dbo.t."""
        target = update.this
        if not isinstance(target, exp.Table):
            return None
        aliases = {}
        for source in [update.args.get("from_") or update.args.get("from")] + list(update.args.get("joins") or []):
            table = source.this if isinstance(source, (exp.From, exp.Join)) else None
            if isinstance(table, exp.Table) and table.alias:
                aliases[table.alias.lower()] = table
        if not target.text("db") and target.name.lower() in aliases:
            target = aliases[target.name.lower()]
        return target

    def apply_update(self, update: exp.Update) -> None:
        target = self.update_target(update)
        if target is None:
            return
        columns = self.columns_of(target)
        declared = {name.lower(): d for name, d in columns}
        if not any(declared.values()):
            return
        self.shape_assignments(update, declared)

    # -- SELECT INTO ---------------------------------------------------------------------------------
    def apply_into(self, tree: exp.Expr) -> exp.Expr:
        """SELECT ... INTO t -> CREATE TABLE t (declared columns); INSERT INTO t SELECT ..."""
        from .dialect import SqlmlDuckDB, SqlmlTSQL
        from .translate import length_check

        # The INTO may sit inside a rewrite's wrapper (a UNION compared without trailing spaces).
        select = tree.find(exp.Into).parent
        into = select.args["into"]
        target = into.this
        query = tree.copy()
        query.find(exp.Into).parent.set("into", None)
        described = self.describe(query)
        if described is None or len(described) != len(self.into_types):
            return tree     # DuckDB's CREATE TABLE AS reports the statement's own error when it runs
        temporary = bool(into.args.get("temporary")) or target.name.startswith("#")
        definitions = []
        not_null = self.into_not_null if len(self.into_not_null) == len(described) else [False] * len(described)
        for (name, duck_type), (kind, size), required in zip(described, self.into_types, not_null):
            if duck_type == "VARCHAR" and kind not in _STRINGS:
                kind = "?" if kind in ("?", "datetime", "datetime2") else kind
            if kind == "?" and (duck_type == "VARCHAR" or duck_type.startswith("TIMESTAMP")):
                what = "string" if duck_type == "VARCHAR" else "date and time"
                raise self.translator.unsupported(
                    f"SELECT ... INTO with the {what} column {name} (the embedded engine cannot derive the type SQL "
                    "Server gives it)", select,
                    hint=("CAST the column to VARCHAR(n) or NVARCHAR(n)." if what == "string"
                          else "CAST the column to DATETIME or DATETIME2."))
            checks: list[str] = []
            column_type = "INTEGER" if duck_type == '"NULL"' or duck_type == "NULL" else duck_type
            if duck_type == "BLOB":
                # binary(n) (its CHECK says so) or varbinary(n) (only a length): bytes, not a string.
                column_type = "BLOB"
                if kind in ("binary", "varchar") and size is not None:
                    tsql_type = exp.DataType.build(f"{'BINARY' if kind == 'binary' else 'VARBINARY'}({size})",
                                                   dialect=SqlmlTSQL)
                    check = length_check(target, name, tsql_type)
                    checks += ([check] if check else []) + column_checks(target, name, tsql_type)
                kind = "binary" if kind == "binary" else "other"
            elif kind in _STRINGS:
                column_type = "VARCHAR"
                if kind == "nvarchar" and size is None:   # NVARCHAR(MAX): its CHECK says nvarchar
                    checks += column_checks(target, name, exp.DataType.build("NVARCHAR(MAX)", dialect=SqlmlTSQL))
                if size is not None:
                    tsql_type = exp.DataType.build(f"{kind.upper()}({size})", dialect=SqlmlTSQL)
                    check = length_check(target, name, tsql_type)
                    checks += ([check] if check else []) + column_checks(target, name, tsql_type)
            elif kind == "datetime":
                column_type = "TIMESTAMP"
                checks += column_checks(target, name, exp.DataType.build("DATETIME", dialect=SqlmlTSQL))
            elif kind == "datetime2" and size is not None:
                column_type = "TIMESTAMP"
                checks += column_checks(target, name, exp.DataType.build(f"DATETIME2({size})", dialect=SqlmlTSQL))
            definitions.append(" ".join([_quoted(name), column_type, *(["NOT NULL"] if required else []),
                                         *(f"CHECK ({c})" for c in checks)]))
        table_sql = target.sql(dialect=SqlmlDuckDB)
        self.translator.prelude.append(
            f"CREATE {'TEMP ' if temporary else ''}TABLE {table_sql} ({', '.join(definitions)})")
        insert = exp.Insert(this=target.copy(), expression=query)
        self.apply_insert(insert, columns=[(name, None if kind in ("?", "other", "null") or (
            duck_type == "BLOB" and kind != "binary") else (kind, size))
            for (name, duck_type), (kind, size) in zip(described, self.into_types)])
        self.kind = "ddl-dml"
        return insert

    def describe(self, query: exp.Expr) -> list[tuple[str, str]] | None:
        """(name, DuckDB type) of the query's columns, from DuckDB (variables as typed NULLs)."""
        from .dialect import SqlmlDuckDB, SqlmlTSQL
        from . import catalog

        probe = query.copy()
        for node in list(probe.find_all(exp.Parameter)):
            declared = self.translator.variable_types.get(node.name.lower(), "")
            try:
                data_type = exp.DataType.build(declared, dialect=SqlmlTSQL) if declared else None
            except Exception:
                data_type = None
            node.replace(exp.cast(exp.Null(), data_type or exp.DataType.build("VARCHAR")))
        try:
            catalog.ensure_objects(self.connection, views=True)
            rows = self.connection.execute("DESCRIBE " + probe.sql(dialect=SqlmlDuckDB)).fetchall()
        except Exception:
            return None
        return [(row[0], str(row[1])) for row in rows]

    def derive_into(self, tree: exp.Expr) -> list[tuple[str, int | None]] | None:
        """The declared type of each column SELECT INTO makes, in order (stars expanded); None if unknown."""
        from sqlglot.optimizer.annotate_types import annotate_types
        from sqlglot.optimizer.qualify import qualify
        from sqlglot.optimizer.scope import build_scope

        from .dialect import SqlmlTSQL
        from . import catalog

        self.translator.typed = True
        copy = tree.copy()
        self.select_into(copy).set("into", None)
        for node in list(copy.find_all(exp.Parameter)):
            declared = self.translator.variable_types.get(node.name.lower(), "")
            try:
                data_type = exp.DataType.build(declared, dialect=SqlmlTSQL) if declared else None
            except Exception:
                data_type = None
            if data_type is not None:
                node.replace(exp.cast(exp.Null(), data_type))
        schema = catalog.mapping_schema(self.connection)
        try:
            qualified = qualify(copy, dialect=SqlmlTSQL, schema=schema, db="dbo", quote_identifiers=False,
                                expand_alias_refs=False, validate_qualify_columns=False, identify=False)
            annotate_types(qualified, schema=schema, dialect=SqlmlTSQL)
            root = build_scope(qualified)
        except Exception:
            root = None
        if root is None:
            self.refuse_unknown_identity(tree)
            return [_UNKNOWN] * 1000   # described columns then decide: strings and dates are refused
        self.declared = declared_columns(self.connection)
        types = self.scope_types(root)
        self.into_not_null = self.scope_not_null(root, direct=True)
        return types

    # -- SELECT INTO: NOT NULL and IDENTITY ("SELECT - INTO Clause") ------------------------------------
    def scope_not_null(self, scope, direct: bool) -> list[bool]:
        """Whether each column of a scope is NOT NULL as SQL Server derives it for SELECT INTO.

        A column copied from a NOT NULL (or IDENTITY) column is NOT NULL, unless an outer join can make it
        NULL; a constant other than NULL and ISNULL(x, y) with either NOT NULL are NOT NULL; every other
        expression is nullable. `direct`: no join, GROUP BY, aggregate or UNION on the way, so that an
        IDENTITY column selected here would keep its IDENTITY property on SQL Server (refused below).
        """
        expression = scope.expression
        if isinstance(expression, exp.SetOperation):
            children = getattr(scope, "set_operation_scopes", None) or getattr(scope, "union_scopes", None) or []
            branches = [self.scope_not_null(s, direct=False) for s in children]
            return [all(column) for column in zip(*branches)] if branches else []
        if not isinstance(expression, exp.Select):
            return []
        joins = expression.args.get("joins") or []
        single = (not joins and not expression.args.get("group") and not any(
            p.find(exp.AggFunc) for p in expression.expressions))
        nullable_sources = self.outer_joined(expression)
        result = []
        identities: list[tuple] = []
        for projection in expression.expressions:
            not_null, identity = self.not_null(projection, scope, direct and single, nullable_sources)
            result.append(not_null)
            if identity is not None:
                identities.append(identity)
        if direct and identities and len(identities) == len(set(identities)):
            owner, table, column = identities[0]
            raise self.translator.unsupported(
                f"SELECT ... INTO copying the IDENTITY column {column} of {owner}.{table} (SQL Server makes it an "
                "IDENTITY column of the new table, whose numbering the embedded engine cannot continue as SQL "
                "Server does)", expression,
                hint="CREATE TABLE the new table with its IDENTITY column and INSERT ... SELECT the other columns.")
        return result

    def refuse_unknown_identity(self, tree: exp.Expr) -> None:
        """A SELECT INTO the engine cannot analyse, from a table with an IDENTITY column: SQL Server may copy it."""
        for table in tree.find_all(exp.Table):
            if isinstance(table.parent, exp.Into):
                continue
            columns = self.facts.get(((table.text("db") or "dbo").lower(), table.name.lower()), {})
            identity = [name for name, (_, is_identity) in columns.items() if is_identity]
            if identity:
                raise self.translator.unsupported(
                    f"SELECT ... INTO from {table.name}, which has the IDENTITY column {identity[0]} (the embedded "
                    "engine cannot tell whether SQL Server copies it as an IDENTITY column)", tree,
                    hint="CREATE TABLE the new table and INSERT ... SELECT into it.")

    @staticmethod
    def outer_joined(select: exp.Select) -> set[str]:
        """The sources (alias, lower case) an outer join can fill with NULLs."""
        from_ = select.args.get("from_") or select.args.get("from")
        seen = [from_.this.alias_or_name.lower()] if from_ is not None else []
        nullable: set[str] = set()
        for join in select.args.get("joins") or []:
            name = join.this.alias_or_name.lower()
            side = (join.side or "").upper()
            if side in ("LEFT", "FULL"):
                nullable.add(name)
            if side in ("RIGHT", "FULL"):
                nullable.update(seen)
            seen.append(name)
        return nullable

    def not_null(self, node: exp.Expr, scope, direct: bool, nullable_sources: set[str]) -> tuple[bool, tuple | None]:
        """(NOT NULL, the IDENTITY column it copies when `direct`) of one select item."""
        if isinstance(node, (exp.Alias, exp.Paren)):
            return self.not_null(node.this, scope, direct, nullable_sources)
        if isinstance(node, exp.Column):
            if node.table.lower() in nullable_sources:
                return False, None
            source = scope.sources.get(node.table) if node.table else None
            if isinstance(source, exp.Table):
                owner = (source.text("db") or "dbo").lower()
                facts = self.facts.get((owner, source.name.lower()), {}).get(node.name.lower())
                if facts is None:
                    return False, None
                not_null, identity = facts
                return not_null or identity, ((owner, source.name.lower(), node.name.lower())
                                              if identity and direct else None)
            if source is not None and hasattr(source, "expression"):
                inner = source.expression
                names = [s.alias_or_name.lower() for s in inner.selects] if isinstance(inner, exp.Query) else []
                if node.name.lower() not in names:
                    return False, None
                position = names.index(node.name.lower())
                if isinstance(inner, exp.Select):
                    inner_joins = inner.args.get("joins") or []
                    keeps = direct and not inner_joins and not inner.args.get("group") and not any(
                        p.find(exp.AggFunc) for p in inner.expressions)
                    return self.not_null(inner.expressions[position], source, keeps, self.outer_joined(inner))
                return self.scope_not_null(source, direct=False)[position], None
            return False, None
        if isinstance(node, (exp.Literal, exp.National)):
            return True, None
        if isinstance(node, exp.Coalesce) and node.args.get("is_null") and node.expressions:
            # ISNULL(x, y): NOT NULL when either is ("ISNULL": the result is NOT NULL with a NOT NULL y).
            first = self.not_null(node.this, scope, False, nullable_sources)[0]
            second = self.not_null(node.expressions[0], scope, False, nullable_sources)[0]
            return first or second, None
        return False, None

    @property
    def facts(self) -> dict[tuple[str, str], dict[str, tuple[bool, bool]]]:
        """{(schema, table): {column: (NOT NULL, IDENTITY)}} from DuckDB's catalog (temp tables under dbo)."""
        if self._facts is None:
            rows = self.connection.execute(
                "SELECT database_name, schema_name, table_name, column_name, is_nullable, "
                "coalesce(column_default LIKE 'nextval(%__identity%', false) FROM duckdb_columns() "
                "WHERE database_name IN (current_database(), 'temp') AND NOT internal").fetchall()
            facts: dict[tuple[str, str], dict[str, tuple[bool, bool]]] = {}
            for database, schema, table, column, nullable, identity in rows:
                if database == "temp" and table.startswith("#"):
                    schema = "dbo"
                facts.setdefault((schema.lower(), table.lower()), {})[column.lower()] = (not nullable, bool(identity))
            self._facts = facts
        return self._facts

    def scope_types(self, scope) -> list[tuple[str, int | None]]:
        expression = scope.expression
        if isinstance(expression, exp.SetOperation):
            children = getattr(scope, "set_operation_scopes", None) or getattr(scope, "union_scopes", None) or []
            branches = [self.scope_types(s) for s in children]
            if not branches:
                return []
            return [_merge(list(column)) for column in zip(*branches)]
        if not isinstance(expression, exp.Select):
            return []
        return [self.derive(projection, scope) for projection in expression.expressions]

    def derive(self, node: exp.Expr, scope) -> tuple[str, int | None]:
        if isinstance(node, (exp.Alias, exp.Paren)):
            return self.derive(node.this, scope)
        if isinstance(node, exp.Column):
            return self.derive_column(node, scope)
        if isinstance(node, (exp.Cast, exp.TryCast)):
            return _of_type(node.to)
        if isinstance(node, exp.Convert):
            return _of_type(node.this)
        if isinstance(node, exp.National):
            return "nvarchar", max(len(node.name), 1)
        if isinstance(node, exp.Literal):
            return ("varchar", max(len(node.name), 1)) if node.is_string else _OTHER
        if isinstance(node, exp.Null):
            return _NULL
        if isinstance(node, exp.CurrentTimestamp):
            return ("datetime2", None) if node.this is not None else ("datetime", None)
        if isinstance(node, (exp.Upper, exp.Lower, exp.Trim, exp.Max, exp.Min)):
            return self.derive(node.this, scope)
        if isinstance(node, exp.Coalesce):
            if node.args.get("is_null"):   # ISNULL: the first argument's type
                return self.derive(node.this, scope)
            return _merge([self.derive(e, scope) for e in [node.this, *node.expressions]])
        if isinstance(node, exp.Case):
            values = [i.args.get("true") for i in node.args.get("ifs") or []] + [node.args.get("default")]
            return _merge([self.derive(v, scope) for v in values if v is not None])
        if isinstance(node, exp.If):
            values = [node.args.get("true"), node.args.get("false")]
            return _merge([self.derive(v, scope) for v in values if v is not None])
        if isinstance(node, exp.DateAdd):
            inner = self.derive(node.this, scope)
            if inner[0] in _STRINGS:
                return "datetime", None
            return inner if inner[0] in ("datetime", "datetime2") else _from_annotation(node)
        if isinstance(node, exp.Add) and _is_text(node.type):
            left, right = self.derive(node.left, scope), self.derive(node.right, scope)
            return _concatenated(left, right)
        return _from_annotation(node)

    def derive_column(self, column: exp.Column, scope) -> tuple[str, int | None]:
        source = scope.sources.get(column.table) if column.table else None
        if isinstance(source, exp.Table):
            owner = (source.text("db") or "dbo").lower()
            declared = self.declared.get((owner, source.name.lower()), {}).get(column.name.lower())
            if declared is not None:
                return declared
            data_type = column.type
            if data_type is not None and data_type.this in (exp.DType.VARCHAR, exp.DType.TEXT):
                return "varchar", None          # a string without a declared length (loaded from a frame, MAX)
            if data_type is not None and data_type.this in _DATETIME2_TYPES:
                return "datetime2", None    # a table's TIMESTAMP column is datetime2 (datetime ones are declared)
            return _from_annotation(column)
        if source is not None and hasattr(source, "expression"):
            inner = source.expression
            if isinstance(inner, exp.SetOperation):
                names = [s.alias_or_name.lower() for s in inner.selects]
                if column.name.lower() in names:
                    return self.scope_types(source)[names.index(column.name.lower())]
                return _UNKNOWN
            if isinstance(inner, exp.Select):
                for projection in inner.expressions:
                    if projection.alias_or_name.lower() == column.name.lower():
                        return self.derive(projection, source)
        return _from_annotation(column)


def _duckdb():
    from .dialect import SqlmlDuckDB
    return SqlmlDuckDB


def _is_text(data_type: exp.DataType | None) -> bool:
    return data_type is not None and data_type.this in _TEXT_TYPES


def _from_annotation(node: exp.Expr) -> tuple[str, int | None]:
    """A column of a type without a declared size (numbers, dates) is other; a string or timestamp is unknown."""
    data_type = node.type
    if data_type is None or data_type.this in (exp.DType.UNKNOWN, exp.DType.NULL):
        return _UNKNOWN
    if _is_text(data_type) or data_type.this in exp.DataType.TEMPORAL_TYPES - {exp.DType.DATE, exp.DType.TIME}:
        return _of_type(data_type) if data_type.expressions else _UNKNOWN
    return _OTHER


def _of_type(data_type: exp.DataType) -> tuple[str, int | None]:
    """The declared type a CAST / CONVERT target (or a typed variable) gives."""
    if data_type.this in _DATETIME_TYPES:
        return "datetime", None
    if data_type.this in _DATETIME2_TYPES:
        precision = datetime2_precision(data_type)
        return "datetime2", precision if precision < 6 else None
    if data_type.this in _TEXT_TYPES:
        params = data_type.expressions
        kind = _TEXT_TYPES[data_type.this]
        if data_type.this == exp.DType.TEXT:
            return "varchar", None
        if not params:
            return kind, 30      # CAST(x AS VARCHAR): 30 characters
        value = params[0].this
        if isinstance(value, exp.Literal) and value.is_int:
            return kind, int(value.name)
        return kind, None        # MAX
    return _OTHER


def _merge(types: list[tuple[str, int | None]]) -> tuple[str, int | None]:
    """The type of CASE / COALESCE / UNION branches: the highest precedence, the longest."""
    known = [t for t in types if t != _NULL]
    if not known:
        return _NULL if types else _OTHER
    if any(t == _UNKNOWN for t in known):
        return _UNKNOWN
    strings = [t for t in known if t[0] in _STRINGS]
    if strings and len(strings) == len(known):
        unicode = any(t[0].startswith("n") for t in strings)
        fixed = all(t[0] in ("char", "nchar") for t in strings)
        kind = ("n" if unicode else "") + ("char" if fixed else "varchar")
        sizes = [t[1] for t in strings]
        return kind, None if any(s is None for s in sizes) else max(sizes)
    if strings:
        return _UNKNOWN          # a string mixed with a number or a date: SQL Server converts; unclear here
    kinds = {t[0] for t in known}
    if kinds <= {"datetime", "datetime2"} and kinds:
        if "datetime2" not in kinds:
            return "datetime", None
        digits = max(7 if t[1] is None else t[1] for t in known if t[0] == "datetime2")
        return "datetime2", digits if digits < 6 else None
    return _OTHER if kinds <= {"other"} else _UNKNOWN


def _concatenated(left: tuple[str, int | None], right: tuple[str, int | None]) -> tuple[str, int | None]:
    """+ between strings: the lengths add up, to at most 8000 bytes (4000 Unicode characters)."""
    if left[0] not in _STRINGS or right[0] not in _STRINGS:
        return _UNKNOWN
    unicode = left[0].startswith("n") or right[0].startswith("n")
    fixed = left[0] in ("char", "nchar") and right[0] in ("char", "nchar")
    kind = ("n" if unicode else "") + ("char" if fixed else "varchar")
    if left[1] is None or right[1] is None:
        return kind, None
    return kind, min(left[1] + right[1], 4000 if unicode else 8000)
