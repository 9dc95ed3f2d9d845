"""One rule maps a Python value to the T-SQL type it is bound with, on every engine and path.

The truth is pyodbc's binding (GetParameterInfo in its params.cpp), which is what SQL Server
declares for a value the SQL Server engine binds: an int within +-2147483647 is SQL_INTEGER, a
Decimal is SQL_NUMERIC with its own digits as precision and scale, a str is SQL_WVARCHAR of its
length (a long one SQL_WLONGVARCHAR), and so on.
"""
from __future__ import annotations

import datetime as dt
import decimal
import uuid

import numpy as np
import pytest

import sqlml
from sqlml.engines.sqlserver import sql_type_of
from sqlml.external.sqltypes import type_of_value
from sqlml.tsql.parameter_types import declared_type

D = decimal.Decimal

CASES = [
    (True, "bit"),
    (5, "int"),
    (-2147483647, "int"),
    (2147483647, "int"),
    (2147483648, "bigint"),
    (-2147483648, "bigint"),          # pyodbc's bound is +-2147483647
    (np.int64(7), "int"),
    (2**62, "bigint"),
    (1.5, "float"),
    (np.float32(0.5), "float"),
    (D("1.50"), "decimal(3,2)"),
    (D("-12.345"), "decimal(5,3)"),
    (D("0.005"), "decimal(3,3)"),
    (D("1E+2"), "decimal(3,0)"),
    (D("0"), "decimal(1,0)"),
    ("", "nvarchar(1)"),
    ("O'Hara", "nvarchar(6)"),
    ("\N{GRINNING FACE}", "nvarchar(2)"),   # UTF-16 code units, as nvarchar counts them
    ("x" * 4000, "nvarchar(4000)"),
    ("x" * 4001, "nvarchar(max)"),
    (b"\x00\x01", "varbinary(2)"),
    (b"\x00" * 8001, "varbinary(max)"),
    (dt.datetime(2002, 1, 1, 12, 30, 0, 123456), "datetime2(7)"),
    (dt.date(2002, 1, 1), "date"),
    (dt.time(12, 30), "time(7)"),
    (uuid.UUID(int=1), "uniqueidentifier"),
    (None, "nvarchar(max)"),
]


@pytest.mark.parametrize("value, expected", CASES)
def test_declared_type(value, expected):
    assert declared_type(value) == expected


@pytest.mark.parametrize("value, expected", CASES)
def test_the_engines_agree(value, expected):
    assert sql_type_of(value) == expected
    runtime = str(type_of_value(value)).lower()
    assert runtime == expected


@pytest.mark.parametrize("value, message", [
    (2**70, "too large for a bigint parameter: pass it as a Decimal"),
    (D("1" * 39), "a SQL Server decimal holds at most 38"),
    (D("NaN"), "finite numbers only"),
    ({"a": 1}, "Cannot bind a Python dict"),
])
def test_values_sql_server_cannot_hold_are_refused_in_one_line(value, message):
    with pytest.raises(sqlml.SqlmlError, match=message) as raised:
        declared_type(value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("value, data_type, precision, scale", [
    (D("1.50"), "decimal", 3, 2),
    (7, "int", 10, 0),
    (2**40, "bigint", 19, 0),
])
def test_a_bound_parameter_keeps_its_type_through_select_into(tmp_path, value, data_type, precision, scale):
    database = sqlml.connect(f"duckdb:///{tmp_path / 'bound.duckdb'}")
    database.execute("SELECT @p AS p INTO dbo.bound", {"p": value})
    row = database.query("SELECT DATA_TYPE, NUMERIC_PRECISION, NUMERIC_SCALE FROM INFORMATION_SCHEMA.COLUMNS "
                         "WHERE TABLE_NAME = 'bound'").iloc[0]
    assert (row.DATA_TYPE, int(row.NUMERIC_PRECISION), int(row.NUMERIC_SCALE)) == (data_type, precision, scale)
