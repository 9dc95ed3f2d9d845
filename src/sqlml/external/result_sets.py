"""WITH RESULT SETS: check the shape of what an EXEC sends back and convert it, as SQL Server does.

The conversions are column-wise pandas operations (no loops over rows) that give the same dtypes a
plain SELECT of that type gives on the embedded engine: int -> int32 (Int32 with NULLs),
bigint -> int64, float -> float64, decimal -> float64 rounded to its scale, bit -> bool,
strings -> str, date/datetime -> datetime64.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import TsqlError
from ..results import Result
from .calls import ResultSetColumn, ResultSets
from .sqltypes import (BINARIES, DATES, DATETIMES, DECIMALS, FLOATS, INTEGER_RANGES, STRINGS, SqlType, parse_datetime_text,
                       to_text)

if TYPE_CHECKING:
    import pandas as pd

_INTEGER_DTYPES = {"tinyint": "uint8", "smallint": "int16", "int": "int32", "bigint": "int64"}
_NULLABLE_INTEGER_DTYPES = {"tinyint": "UInt8", "smallint": "Int16", "int": "Int32", "bigint": "Int64"}


def shape_result_sets(results: list[Result], spec: ResultSets) -> list[Result]:
    """Apply a WITH RESULT SETS clause to the results of one EXEC."""
    if spec.mode == "undefined":
        return results
    frames = [r for r in results if r.frame is not None]
    allowed = 0 if spec.mode == "none" else len(spec.sets)
    if len(frames) > allowed:
        raise TsqlError(f"EXECUTE statement failed because its WITH RESULT SETS clause specified {allowed} result "
                        f"set(s), and the statement tried to send more result sets than this.", number=11535, severity=16)
    if spec.mode == "none":
        return results
    shaped = []
    index = 0
    for result in results:
        if result.frame is None:
            shaped.append(result)
            continue
        shaped.append(Result(frame=convert_frame(result.frame, spec.sets[index], index + 1)))
        index += 1
    if index < len(spec.sets):
        raise TsqlError(f"EXECUTE statement failed because its WITH RESULT SETS clause specified {len(spec.sets)} result "
                        f"set(s), but the statement only sent {index} result set(s) at run time.", number=11536, severity=16)
    return shaped


def convert_frame(frame: "pd.DataFrame", columns: tuple[ResultSetColumn, ...], number: int = 1) -> "pd.DataFrame":
    """`frame` with the declared names and types; SQL Server's errors where they do not fit."""
    import pandas as pd

    if frame.shape[1] != len(columns):
        raise TsqlError(f"EXECUTE statement failed because its WITH RESULT SETS clause specified {len(columns)} "
                        f"column(s) for result set number {number}, but the statement sent {frame.shape[1]} column(s).",
                        number=11537, severity=16)
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.start != 0 or frame.index.step != 1:
        frame = frame.reset_index(drop=True)
    converted, originals = [], []
    for position, column in enumerate(columns):
        series = frame.iloc[:, position]
        originals.append(series)
        converted.append(convert_column(series, column.type))
        if not column.nullable and converted[-1].isna().any():
            raise TsqlError(f"EXECUTE statement failed because its WITH RESULT SETS clause specified a non-nullable "
                            f"type for column #{position + 1} in result set #{number}, and the corresponding value "
                            "sent at run time was null.", number=11555, severity=16)
    names = [column.name for column in columns]
    if all(new is old for new, old in zip(converted, originals)):
        return frame.set_axis(names, axis=1)  # nothing to convert: the same data, renamed
    return pd.DataFrame(dict(zip(names, converted)), copy=False) if len(set(names)) == len(names) else \
        pd.concat(converted, axis=1, keys=range(len(names))).set_axis(names, axis=1)


def convert_column(series: "pd.Series", sql_type: SqlType) -> "pd.Series":
    import numpy as np
    import pandas as pd

    name = sql_type.name
    kind = series.dtype.kind  # i/u integers, f floats, b bool, M datetimes, O/T objects and strings
    if name in INTEGER_RANGES:
        low, high = INTEGER_RANGES[name]
        if kind in "iu" and pd.api.types.is_integer_dtype(series.dtype):
            values = series
        elif kind == "b":
            values = series.astype("Int64")
        elif kind == "f":
            values = np.trunc(series)  # float to int truncates toward zero
        elif kind == "M":
            raise _clash("datetime", name)
        else:
            values = _numbers_from_text(series, name, integer=True)
        if len(values) and values.notna().any() and (values.min() < low or values.max() > high):
            raise TsqlError(f"Arithmetic overflow error converting expression to data type {name}.", number=8115, severity=16)
        if values.isna().any():
            return values.astype(_NULLABLE_INTEGER_DTYPES[name])
        if values.dtype == _INTEGER_DTYPES[name] or values.dtype == _NULLABLE_INTEGER_DTYPES[name]:
            return series if values is series else values
        return values.astype(_INTEGER_DTYPES[name])
    if name in FLOATS:
        if kind in "iufb":
            wanted = "float32" if name == "real" else "float64"
            return series if series.dtype == wanted else series.astype(wanted)
        if kind == "M":
            raise _clash("datetime", name)
        return _numbers_from_text(series, name, integer=False).astype("float64")
    if name in DECIMALS:
        values = series.astype("float64") if kind in "iufb" else _numbers_from_text(series, name, integer=False)
        scale = sql_type.scale if sql_type.scale is not None else (4 if "money" in name else 0)
        precision = sql_type.precision or 18
        factor = 10.0 ** scale
        values = np.sign(values) * np.floor(values.abs() * factor + 0.5) / factor  # half away from zero
        if values.notna().any() and values.abs().max() >= 10.0 ** (precision - scale):
            raise TsqlError("Arithmetic overflow error converting float to data type numeric.", number=8115, severity=16)
        return values.astype("float64")
    if name == "bit":
        if kind == "b":
            return series
        if kind in "iuf":
            result = series != 0
            return result.astype("boolean").mask(series.isna()) if series.isna().any() else result
        return series.map(lambda v: None if _missing(v) else SqlType("bit").convert(v)).astype("boolean")
    if name in STRINGS:
        if kind in "OT" or isinstance(series.dtype, pd.StringDtype):
            text = series if _all_text(series) else series.map(lambda v: None if _missing(v) else to_text(v))
        else:
            text = series.map(lambda v: None if _missing(v) else to_text(v))
        text = text.astype("str") if not isinstance(text.dtype, pd.StringDtype) else text
        if sql_type.length is not None and len(text) and text.str.len().max() > sql_type.length:
            raise TsqlError("String or binary data would be truncated.", number=8152, severity=16, state=10)
        if name in ("char", "nchar") and sql_type.length is not None:
            text = text.str.ljust(sql_type.length)  # fixed length, padded with spaces
        return text
    if name in BINARIES:
        return series.map(lambda v: None if _missing(v) else SqlType(name).convert(v)).astype("object")
    if name in DATES | DATETIMES:
        if kind == "M":
            values = series
        elif kind in "iufb":
            raise _clash(series.dtype.name, name)
        else:
            # ISO 8601 at once; the other forms SQL Server reads (yyyymmdd, mm/dd/yyyy) value by value, so that
            # a column mixing forms converts (pandas would take the first value's form for all of them)
            values = pd.to_datetime(series, errors="coerce", format="ISO8601")
            bad = values.isna() & series.notna()
            if bad.any():
                values = values.astype("datetime64[us]")
                values[bad] = pd.to_datetime(series[bad].map(lambda v: parse_datetime_text(str(v))))
                bad = values.isna() & series.notna()
            if bad.any():
                raise TsqlError("Conversion failed when converting date and/or time from character string.",
                                number=241, severity=16)
        values = values.astype("datetime64[us]")
        return values.dt.normalize() if name in DATES else values
    if name == "time":
        return series
    raise TsqlError(f"Column, parameter, or variable #1: Cannot find data type {name}.", number=2715, severity=16)


def _numbers_from_text(series: "pd.Series", name: str, *, integer: bool) -> "pd.Series":
    import pandas as pd

    values = pd.to_numeric(series.map(lambda v: v.strip() if isinstance(v, str) else v), errors="coerce")
    bad = values.isna() & series.notna()
    if integer:
        bad |= values.notna() & (values != values.round())
    if bad.any():
        first = series[bad].iloc[0]
        if integer:
            raise TsqlError(f"Conversion failed when converting the nvarchar value '{first}' to data type {name}.",
                            number=245, severity=16)
        raise TsqlError(f"Error converting data type nvarchar to {'numeric' if name in DECIMALS else name}.",
                        number=8114, severity=16)
    return values


def _all_text(series: "pd.Series") -> bool:
    import pandas as pd
    if isinstance(series.dtype, pd.StringDtype):
        return True
    present = series.dropna()
    return bool(present.map(lambda v: isinstance(v, str)).all())


def _missing(value) -> bool:
    import pandas as pd
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _clash(source: str, target: str) -> TsqlError:
    return TsqlError(f"Operand type clash: {source} is incompatible with {target}", number=206, severity=16, state=2)
