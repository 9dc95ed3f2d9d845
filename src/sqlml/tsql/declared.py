"""How the embedded engine keeps a column's declared type: the CHECKs that carry it, the macros that
store values as that type, and SQL Server's rounding of date-time values (see storage.py for the rules)."""
from __future__ import annotations

import datetime as _dt
from sqlglot import exp

from ..errors import TsqlError

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
# What a column's CHECKs say: its declared type (this module's CHECKs) and length (translate.length_check).
_TYPE_PATTERN = "is ([a-z0-9()]+): " + _MARK
_TRUNCATED = "String or binary data would be truncated"
_LENGTH_PATTERN = "<= (\\d+)\\)* THEN"
#: (database_name, schema_name, table_name, column_name, declared_type, declared_length) of every column
#: whose CHECKs declare a length (translate.length_check) or a type (this module): for the catalog views.
DECLARED_COLUMNS = (
    "SELECT database_name, schema_name, table_name, constraint_column_names[1] AS column_name, "
    f"nullif(max(regexp_extract(expression, '{_TYPE_PATTERN}', 1)), '') AS declared_type, "
    f"max(CASE WHEN expression LIKE '%{_TRUNCATED}%' "
    f"THEN CAST(regexp_extract(expression, '{_LENGTH_PATTERN}', 1) AS INTEGER) END) AS declared_length "
    "FROM duckdb_constraints() WHERE constraint_type = 'CHECK' GROUP BY ALL")
#: The constraints, among them those that say a column's declared type and length (CHECK, read by
#: `declared_of_checks` as DECLARED_COLUMNS reads them) and NOT NULL (catalog.py). Without a WHERE clause and
#: DuckDB's regular expressions, the first read takes about half the time.
CONSTRAINTS = ("SELECT database_name, schema_name, table_name, constraint_column_names[1], expression, constraint_type "
               "FROM duckdb_constraints()")


def declared_of_checks(rows) -> dict[tuple[str, str, str, str], tuple[str | None, int | None]]:
    """{(database, schema, table, column): (declared type, declared length)} from CONSTRAINTS' rows, as
    DECLARED_COLUMNS reads them (the greatest of each, when a column has several CHECKs)."""
    import re

    kind, length = re.compile(_TYPE_PATTERN), re.compile(_LENGTH_PATTERN)
    found: dict[tuple[str, str, str, str], tuple[str | None, int | None]] = {}
    for database, schema, table, column, expression, constraint in rows:
        if constraint != "CHECK":
            continue
        key = (database, schema, table, column)
        declared, size = found.get(key, (None, None))
        match = kind.search(expression)
        if match and (declared is None or match[1] > declared):
            declared = match[1]
        match = length.search(expression) if _TRUNCATED in expression else None
        if match and (size is None or int(match[1]) > size):
            size = int(match[1])
        found[key] = (declared, size)
    return found


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


def datetime2_precision(data_type: exp.DataType | None) -> int:
    """The fractional digits of a datetime2(n) type (7 without n)."""
    params = data_type.expressions if isinstance(data_type, exp.DataType) else []
    if params and isinstance(params[0].this, exp.Literal) and params[0].this.is_int:
        return int(params[0].this.name)
    return 7


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


def round_datetime2(value: _dt.datetime, precision: int) -> _dt.datetime:
    """A Python datetime as datetime2(precision) holds it (DECLARE @d DATETIME2(3) = ...)."""
    if precision >= 6:
        return value
    unit = 10 ** (6 - precision)
    micros = (value.microsecond + unit // 2) // unit * unit
    return value.replace(microsecond=0) + _dt.timedelta(microseconds=micros)




_SIZED_TEXT = {exp.DType.VARCHAR, exp.DType.NVARCHAR, exp.DType.CHAR, exp.DType.NCHAR}
_SIZED_BINARY = {exp.DType.VARBINARY, exp.DType.BINARY}
TRUNCATION_MESSAGE = "String or binary data would be truncated in table"


def length_check(table: exp.Table, column: str, kind: exp.Expr | None) -> str | None:
    """DuckDB's CHECK expression for a column's declared length, None when the type has none (MAX, INT, ...).

    A string or binary type without a length is length 1, as SQL Server has it in a column definition.

    Characters are counted (nvarchar too); trailing blanks beyond the length pass, as SQL Server trims
    them without an error. Binary values count bytes. The failure raises Msg 2628's text with the value
    cut to the length.
    """
    if not isinstance(kind, exp.DataType) or kind.this not in _SIZED_TEXT | _SIZED_BINARY:
        return None
    params = kind.expressions
    if not params:
        size = 1    # VARCHAR, CHAR, BINARY, ... without a length in a column definition: length 1
    elif not isinstance(params[0].this, exp.Literal) or not params[0].this.is_int:
        return None
    else:
        size = int(params[0].this.name)
    quoted = '"' + column.replace('"', '""') + '"'
    if kind.this in _SIZED_BINARY:
        fits = f"octet_length({quoted}) <= {size}"
        shown = f"'0x' || hex({quoted}[1:{size}])"
    else:
        fits = f"length(rtrim({quoted}, ' ')) <= {size}"
        shown = f"'''' || left({quoted}, {size}) || ''''"
    if table.name.startswith("#"):
        where = "'tempdb.dbo." + table.name.replace("'", "''") + "'"
    else:
        where = ("current_database() || '." + (table.text("db") or "dbo").replace("'", "''") + "."
                 + table.name.replace("'", "''") + "'")
    message = (f"'{TRUNCATION_MESSAGE} ''' || {where} || ''', column ''" + column.replace("'", "''")
               + f"''. Truncated value: ' || {shown} || '.'")
    return f"CASE WHEN {quoted} IS NULL OR {fits} THEN true ELSE error({message}) END"




def is_text_type(data_type: exp.DataType | None) -> bool:
    return data_type is not None and data_type.this in _TEXT_TYPES
