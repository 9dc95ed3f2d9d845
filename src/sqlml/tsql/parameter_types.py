"""The T-SQL type of a Python value bound as a parameter: one rule for every engine and path.

SQL Server sees a bound value with the type its client declares for it, so the rule is the one
pyodbc (the SQL Server engine's driver) uses when it binds a parameter (`GetParameterInfo` in its
params.cpp), as `sp_executesql` then declares it:

- `bool` -> bit; `int` -> int, or bigint outside -2147483647..2147483647 (pyodbc's own bound;
  beyond bigint a Decimal is needed); `float` -> float;
- `Decimal` -> decimal(p, s) with exactly its digits: Decimal('1.50') is decimal(3,2),
  Decimal('0.005') decimal(3,3), Decimal('1E+2') decimal(3,0);
- `str` -> nvarchar(n) with n its UTF-16 length (at least 1), nvarchar(max) beyond 4000;
  `bytes` -> varbinary(n), varbinary(max) beyond 8000;
- `datetime` -> datetime2(7) (ODBC Driver 17+ keeps the microseconds), `date` -> date,
  `time` -> time(7), `UUID` -> uniqueidentifier; `None` -> nvarchar(max) (converts to any type);
- numpy scalars as the Python value they hold; pandas' Timestamp is a datetime.

The embedded engine's translator, its runtime (external/) and the SQL Server engine all ask
`declared_type`; nothing else maps Python values to T-SQL types.
"""
from __future__ import annotations

import datetime as _dt
import decimal
import uuid
from typing import Any

from ..errors import SqlmlError

MAX_PRECISION = 38
NVARCHAR_MAX_LENGTH = 4000
VARBINARY_MAX_LENGTH = 8000
_INT_LIMIT = 2**31 - 1          # pyodbc binds |value| <= 2147483647 as SQL_INTEGER
_BIGINT_RANGE = (-2**63, 2**63 - 1)


def plain_value(value: Any) -> Any:
    """A numpy scalar as the Python value it holds (numpy.int64(5) -> 5); anything else as is."""
    if hasattr(value, "item") and type(value).__module__ == "numpy":
        return value.item()
    return value


def declared_type(value: Any) -> str:
    """The T-SQL type (lower case, e.g. 'decimal(3,2)', 'nvarchar(5)') a bound `value` gets.

    Raises SqlmlError, one line that says what to pass instead, for a value SQL Server cannot hold.
    """
    value = plain_value(value)
    if value is None:
        return "nvarchar(max)"
    if isinstance(value, bool):
        return "bit"
    if isinstance(value, int):
        if -_INT_LIMIT <= value <= _INT_LIMIT:
            return "int"
        if _BIGINT_RANGE[0] <= value <= _BIGINT_RANGE[1]:
            return "bigint"
        raise SqlmlError(f"The integer {value} is too large for a bigint parameter: pass it as a Decimal.")
    if isinstance(value, float):
        return "float"
    if isinstance(value, decimal.Decimal):
        precision, scale = decimal_precision_scale(value)
        return f"decimal({precision},{scale})"
    if isinstance(value, str):
        length = len(value.encode("utf-16-le")) // 2
        return f"nvarchar({max(length, 1)})" if length <= NVARCHAR_MAX_LENGTH else "nvarchar(max)"
    if isinstance(value, (bytes, bytearray, memoryview)):
        length = len(bytes(value))
        return f"varbinary({max(length, 1)})" if length <= VARBINARY_MAX_LENGTH else "varbinary(max)"
    if isinstance(value, _dt.datetime):
        return "datetime2(7)"
    if isinstance(value, _dt.date):
        return "date"
    if isinstance(value, _dt.time):
        return "time(7)"
    if isinstance(value, uuid.UUID):
        return "uniqueidentifier"
    raise SqlmlError(f"Cannot bind a Python {type(value).__name__} as a T-SQL parameter: pass an int, float, "
                     "Decimal, str, bytes, bool, date, datetime, time, UUID or None.")


def decimal_precision_scale(value: decimal.Decimal) -> tuple[int, int]:
    """pyodbc's precision and scale of a Decimal: its digits, as written (trailing zeros count)."""
    if not value.is_finite():
        raise SqlmlError(f"Cannot bind the Decimal {value} as a T-SQL parameter: SQL Server's decimal holds "
                         "finite numbers only.")
    _sign, digits, exponent = value.as_tuple()
    count = len(digits)
    if exponent >= 0:
        precision, scale = count + exponent, 0
    elif -exponent <= count:
        precision, scale = count, -exponent
    else:
        precision = scale = -exponent
    if precision > MAX_PRECISION:
        raise SqlmlError(f"The Decimal {value} has {precision} digits; a SQL Server decimal holds at most "
                         f"{MAX_PRECISION}: round it (Decimal.quantize) before binding it.")
    return precision, scale


__all__ = ["declared_type", "decimal_precision_scale", "plain_value"]
