"""SQL Server data types for variables, parameters and WITH RESULT SETS columns.

`SqlType.convert` assigns a value to a typed variable the way SQL Server converts it:
float to int truncates, strings are cut to their length, a string that is not a number is
Msg 245, an out-of-range number is Msg 8115, and so on.
"""
from __future__ import annotations

import datetime as dt
import decimal
import math
import re
from dataclasses import dataclass
from typing import Any

from ..errors import SqlmlError, TsqlError
from ..tsql.parameter_types import declared_type

INTEGER_RANGES = {
    "tinyint": (0, 255), "smallint": (-2**15, 2**15 - 1), "int": (-2**31, 2**31 - 1),
    "bigint": (-2**63, 2**63 - 1),
}
FLOATS = {"float", "real"}
DECIMALS = {"decimal", "numeric", "money", "smallmoney"}
STRINGS = {"char", "varchar", "nchar", "nvarchar", "text", "ntext", "sysname", "uniqueidentifier", "xml"}
BINARIES = {"binary", "varbinary", "image"}
DATES = {"date"}
DATETIMES = {"datetime", "datetime2", "smalldatetime", "datetimeoffset"}
KNOWN = set(INTEGER_RANGES) | FLOATS | DECIMALS | STRINGS | BINARIES | DATES | DATETIMES | {"bit", "time"}

_EXACT = decimal.Context(prec=100, rounding=decimal.ROUND_HALF_UP)
_INTEGER_TEXT = re.compile(r"^\s*[+-]?\d+\s*$")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class SqlType:
    name: str                     # lower case base name: int, nvarchar, decimal, ...
    length: int | None = None     # characters or bytes; None means MAX (or not applicable)
    precision: int | None = None
    scale: int | None = None

    def __str__(self) -> str:
        if self.name in STRINGS | BINARIES and self.name not in ("text", "ntext", "image", "sysname", "xml", "uniqueidentifier"):
            return f"{self.name}({'max' if self.length is None else self.length})"
        if self.name in ("decimal", "numeric"):
            return f"{self.name}({self.precision},{self.scale})"
        if self.name in ("datetime2", "time") and self.precision is not None:
            return f"{self.name}({self.precision})"
        return self.name

    @property
    def is_string(self) -> bool:
        return self.name in STRINGS

    # -- assignment ------------------------------------------------------------------------------
    def convert(self, value: Any, source: "SqlType | None" = None) -> Any:
        """`value` as a variable of this type holds it (None stays NULL).

        `source`: the declared type of the variable the value comes from, when it comes from one; a
        date-time value then becomes a string in its own type's default style ("CAST and CONVERT").
        """
        if value is None or _is_missing(value):
            return None
        value = _plain(value)
        name = self.name
        if name in INTEGER_RANGES:
            return self._to_integer(value)
        if name in FLOATS:
            return self._to_float(value)
        if name in DECIMALS:
            return self._to_decimal(value)
        if name == "bit":
            return self._to_bit(value)
        if name in STRINGS:
            text = to_text(value, source)
            if self.length is None:
                return text
            # char(n) is fixed-length: SQL Server pads it with spaces.
            return text[: self.length].ljust(self.length) if name in ("char", "nchar") else text[: self.length]
        if name in BINARIES:
            data = _to_bytes(value)
            if self.length is None:
                return data
            # binary(n) is fixed-length: SQL Server pads it with 0x00 on the right.
            return data[: self.length].ljust(self.length, b"\x00") if name == "binary" else data[: self.length]
        if name in DATES:
            return self._to_datetime(value).date()
        if name in DATETIMES:
            from ..tsql.storage import round_datetime, round_datetime2, round_smalldatetime
            if name in ("datetime", "smalldatetime"):   # 1/300 s, or the minute (tsql/storage.py)
                return (round_datetime if name == "datetime" else round_smalldatetime)(self._to_datetime(value))
            if name == "datetime2" and self.precision is not None:
                return round_datetime2(self._to_datetime(value), self.precision)
            return self._to_datetime(value)
        if name == "time":
            return self._round_time(self._to_time(value))
        raise AssertionError(name)

    def _to_time(self, value: Any) -> dt.time:
        if isinstance(value, dt.time):
            return value
        if isinstance(value, str):   # 'hh:mi[:ss[.fffffff]]' alone is a time
            text = value.strip()
            if _SEVENTH_DIGIT.search(text):
                text = parse_datetime_text("1900-01-01 " + text).strftime("%H:%M:%S.%f")
            for form in ("%H:%M:%S.%f", "%H:%M:%S", "%H:%M"):
                try:
                    return dt.datetime.strptime(text, form).time()
                except ValueError:
                    continue
        return self._to_datetime(value).time()

    def _round_time(self, value: dt.time) -> dt.time:
        """time(n), n < 6: rounded to n fractional digits, half up ("time (Transact-SQL)"); past
        23:59:59 it wraps to 00:00:00, as SQL Server's time does."""
        if self.precision is None or self.precision >= 6:
            return value
        from ..tsql.storage import round_datetime2
        return round_datetime2(dt.datetime.combine(dt.date(1900, 1, 1), value), self.precision).time()

    def _clash(self, value: Any) -> TsqlError:
        return TsqlError(f"Operand type clash: {python_type_name(value)} is incompatible with {self.name}",
                         number=206, severity=16, state=2)

    def _to_integer(self, value: Any) -> int:
        if isinstance(value, bool):
            number = int(value)
        elif isinstance(value, int):
            number = value
        elif isinstance(value, (float, decimal.Decimal)):
            if isinstance(value, float) and not math.isfinite(value):
                raise self._overflow("float")
            number = int(value)  # toward zero, as SQL Server truncates
        elif isinstance(value, str):
            if not _INTEGER_TEXT.match(value):
                raise TsqlError(f"Conversion failed when converting the varchar value '{value}' to data type {self.name}.",
                                number=245, severity=16)
            number = int(value)
        elif isinstance(value, bytes):
            number = int.from_bytes(value[-8:], "big", signed=True) if value else 0
        else:
            raise self._clash(value)
        low, high = INTEGER_RANGES[self.name]
        if not low <= number <= high:
            raise self._overflow("expression")
        return number

    def _overflow(self, what: str) -> TsqlError:
        return TsqlError(f"Arithmetic overflow error converting {what} to data type {self.name}.", number=8115, severity=16)

    def _to_float(self, value: Any) -> float:
        if isinstance(value, (bool, int, float, decimal.Decimal)):
            number = float(value)
            if not math.isfinite(number):  # SQL Server has no infinities
                raise self._overflow("expression")
            return number
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                raise TsqlError("Error converting data type varchar to float.", number=8114, severity=16) from None
        raise self._clash(value)

    def _to_decimal(self, value: Any) -> decimal.Decimal:
        scale = self.scale if self.scale is not None else (4 if "money" in self.name else 0)
        precision = self.precision or (19 if self.name == "money" else 10 if self.name == "smallmoney" else 18)
        if isinstance(value, (bool, int, float, decimal.Decimal)):
            number = decimal.Decimal(str(value)) if isinstance(value, float) else decimal.Decimal(value)
        elif isinstance(value, str):
            try:
                number = decimal.Decimal(value.strip())
            except decimal.InvalidOperation:
                raise TsqlError("Error converting data type varchar to numeric.", number=8114, severity=16) from None
        else:
            raise self._clash(value)
        overflow = not number.is_finite() or number.adjusted() >= precision
        # decimal(38, s) needs up to 76 digits: Python's default context (28) would fail on them.
        rounded = None if overflow else number.quantize(decimal.Decimal(1).scaleb(-scale), context=_EXACT)
        if overflow or rounded.adjusted() >= precision - scale:
            raise TsqlError("Arithmetic overflow error converting numeric to data type numeric.", number=8115, severity=16)
        return rounded

    def _to_bit(self, value: Any) -> bool:
        if isinstance(value, (bool, int, float, decimal.Decimal)):
            return value != 0
        if isinstance(value, str):
            word = value.strip().upper()
            if word in ("TRUE", "FALSE"):
                return word == "TRUE"
            try:
                return float(word) != 0
            except ValueError:
                raise TsqlError(f"Conversion failed when converting the varchar value '{value}' to data type bit.",
                                number=245, severity=16) from None
        raise self._clash(value)

    def _to_datetime(self, value: Any) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        if isinstance(value, dt.date):
            return dt.datetime(value.year, value.month, value.day)
        if isinstance(value, str):
            parsed = parse_datetime_text(value)
            if parsed is None:
                raise TsqlError("Conversion failed when converting date and/or time from character string.",
                                number=241, severity=16)
            return parsed
        if isinstance(value, (int, float)) and self.name in ("datetime", "smalldatetime") and not isinstance(value, bool):
            return dt.datetime(1900, 1, 1) + dt.timedelta(days=value)
        raise self._clash(value)


_SEVENTH_DIGIT = re.compile(r"(:\d\d\.\d{6})(\d)\s*$")


def parse_datetime_text(text: str) -> dt.datetime | None:
    """The date forms SQL Server reads whatever the language setting: ISO and unseparated.

    A 7th fractional digit (datetime2's 100 ns) is read when it is 0 and refused by name otherwise:
    Python's datetime, like DuckDB, keeps microseconds.
    """
    text = text.strip()
    seventh = _SEVENTH_DIGIT.search(text)
    if seventh:
        if seventh[2] != "0":
            from ..errors import UnsupportedError
            raise UnsupportedError(f"The date-time string '{text}' with a 7th fractional digit (100 ns)",
                                   hint="The embedded engine keeps microseconds: give at most 6 fractional digits.")
        text = text[: seventh.end(1)]
    for form in ("%Y-%m-%d", "%Y%m%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M",
                 "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S.%f", "%Y%m%d %H:%M:%S", "%m/%d/%Y", "%m/%d/%Y %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, form)
        except ValueError:
            continue
    return None


def to_text(value: Any, source: SqlType | None = None) -> str:
    """A value as SQL Server's CONVERT(varchar, value) writes it (default styles).

    A date-time value is written in the default style of `source`, its declared type ("CAST and CONVERT"):
    datetime and smalldatetime style 0 ('Nov 22 2026  9:07PM', also without a source); datetime2(n)
    'yyyy-mm-dd hh:mi:ss.fffffff' with n digits (7 by default; the 7th is 0 here, as DuckDB keeps
    microseconds); date 'yyyy-mm-dd'; time(n) 'hh:mi:ss.fffffff'.
    """
    if isinstance(value, str):
        return value
    kind = source.name if source is not None else None
    if isinstance(value, dt.datetime) and kind == "date":
        return value.date().isoformat()
    if isinstance(value, dt.datetime) and kind == "datetime2":
        digits = 7 if source.precision is None else source.precision
        fraction = f"{value.microsecond:06d}0"[:digits]
        return value.strftime("%Y-%m-%d %H:%M:%S") + ("." + fraction if digits else "")
    if isinstance(value, (dt.datetime, dt.time)) and kind == "time" or isinstance(value, dt.time):
        clock = value.time() if isinstance(value, dt.datetime) else value
        digits = 7 if source is None or source.precision is None else source.precision
        fraction = f"{clock.microsecond:06d}0"[:digits]
        return clock.strftime("%H:%M:%S") + ("." + fraction if digits else "")
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value == int(value) and abs(value) < 1e6:
            return str(int(value))
        text = f"{value:g}"
        # SQL Server writes three exponent digits: 1.23457e+006.
        return re.sub(r"e([+-])(\d+)$", lambda m: f"e{m[1]}{int(m[2]):03d}", text)
    if isinstance(value, dt.datetime):
        hour = value.hour % 12 or 12
        return (f"{_MONTHS[value.month - 1]} {value.day:>2} {value.year} "
                f"{hour:>2}:{value.minute:02d}{'AM' if value.hour < 12 else 'PM'}")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    return str(value)


def _to_bytes(value: Any) -> bytes:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, bool):
        return b"\x01" if value else b"\x00"
    if isinstance(value, int):
        return value.to_bytes(8 if abs(value) >= 2**31 else 4, "big", signed=True)
    raise TsqlError(f"Implicit conversion from data type {python_type_name(value)} to varbinary is not allowed. "
                    "Use the CONVERT function to run this query.", number=257, severity=16)


def _plain(value: Any) -> Any:
    """numpy scalars and pandas timestamps as the Python values they stand for."""
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    module = type(value).__module__
    if module.startswith("numpy"):
        return value.item()
    if module.startswith("pandas") and hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    return value


def _is_missing(value: Any) -> bool:
    if isinstance(value, float):
        return math.isnan(value)
    module = type(value).__module__
    if module.startswith(("pandas", "numpy")):
        try:
            import pandas as pd
            return bool(pd.isna(value))
        except (TypeError, ValueError):
            return False
    return False


def python_type_name(value: Any) -> str:
    """The SQL Server type a Python value would have, for error messages (the bound type's name)."""
    try:
        return declared_type(_plain(value)).split("(")[0]
    except SqlmlError:
        return type(value).__name__


def type_of_value(value: Any) -> SqlType:
    """The type a parameter passed from Python gets (Database.execute(script, params)): the one
    rule of tsql.parameter_types, which the SQL Server engine declares too."""
    return parse_type(re.findall(r"\w+|[(),]", declared_type(_plain(value))))


def parse_type(words: list[str], *, default_length: int = 1) -> SqlType:
    """`['nvarchar', '(', 'max', ')']` -> SqlType. `default_length` is what `varchar` alone means
    (1 in DECLARE, as SQL Server has it)."""
    if not words:
        raise TsqlError("Incorrect syntax: a data type is missing.", number=102, severity=15)
    name = words[0].lower()
    if name == "double" and len(words) > 1 and words[1].lower() == "precision":
        name, words = "float", words[1:]
    if name not in KNOWN:
        raise TsqlError(f"Column, parameter, or variable #1: Cannot find data type {words[0]}.", number=2715, severity=16, state=6)
    arguments = [w for w in words[1:] if w not in ("(", ")", ",")]
    if name == "sysname":
        return SqlType("nvarchar", 128)
    if name in STRINGS | BINARIES:
        if name in ("text", "ntext", "image", "xml"):
            return SqlType(name)
        if name == "uniqueidentifier":
            return SqlType(name, 36)
        if not arguments:
            return SqlType(name, default_length)
        if arguments[0].lower() == "max":
            return SqlType(name, None)
        return SqlType(name, int(arguments[0]))
    if name in ("decimal", "numeric"):
        precision = int(arguments[0]) if arguments else 18
        scale = int(arguments[1]) if len(arguments) > 1 else 0
        return SqlType(name, precision=precision, scale=scale)
    if name == "float" and arguments and int(arguments[0]) <= 24:
        return SqlType("real")
    if name in ("datetime2", "time") and arguments and arguments[0].isdigit():
        return SqlType(name, precision=int(arguments[0]))   # fractional digits (tsql/storage.py rounds)
    return SqlType(name)
