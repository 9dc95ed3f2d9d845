"""external/sqltypes.py: a value given to a date-time variable converts as SQL Server converts it.

Truth: "Data type conversion" (the chart): int converts implicitly to datetime and smalldatetime (days
after 1900-01-01) and not to date or datetime2 (Msg 206, Level 16, State 2, "Operand type clash");
"datetime (Transact-SQL)": the ISO 8601 form yyyy-mm-ddThh:mm:ss[.mmm] is read whatever the language.
"""
from __future__ import annotations

import datetime as dt

import pytest

from sqlml.errors import TsqlError

DB_PER_MODULE = True


@pytest.mark.parametrize("declare, expected", [
    ("@d SMALLDATETIME = 1", dt.datetime(1900, 1, 2)),
    ("@d DATETIME = 2", dt.datetime(1900, 1, 3)),
    ("@d DATETIME = '2020-01-02T10:30:00.5'", dt.datetime(2020, 1, 2, 10, 30, 0, 500000)),
    ("@d DATETIME2 = '2020-01-02T10:30:00.123456'", dt.datetime(2020, 1, 2, 10, 30, 0, 123456)),
])
def test_a_date_time_variable_reads_numbers_and_iso_text(db, declare, expected):
    assert db.scalar(f"DECLARE {declare}; SELECT @d AS d") == expected


@pytest.mark.parametrize("declare, source, target", [
    ("@d DATE = 1", "int", "date"),
    ("@d DATETIME2 = 1", "int", "datetime2"),
])
def test_an_int_given_to_a_date_is_an_operand_type_clash(db, declare, source, target):
    with pytest.raises(TsqlError) as caught:
        db.execute(f"DECLARE {declare}")
    assert str(caught.value) == (f"Msg 206, Level 16, State 2, Line 1, Column 1: Operand type clash: {source} is "
                                 f"incompatible with {target}")


# "binary and varbinary": a binary(n) value shorter than n is padded on the right with 0x00; varbinary(n)
# keeps what it is given.
@pytest.mark.parametrize("declare, expected", [
    ("@b BINARY(4) = 0x01", b"\x01\x00\x00\x00"),
    ("@b BINARY(2) = 0x010203", b"\x01\x02"),
    ("@b VARBINARY(4) = 0x01", b"\x01"),
])
def test_a_binary_variable_is_padded_to_its_length(db, declare, expected):
    assert bytes(db.scalar(f"DECLARE {declare}; SELECT @b AS b")) == expected
