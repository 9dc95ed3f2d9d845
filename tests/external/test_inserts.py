"""external/inserts.py: INSERT ... EXEC stores each value as SQL Server converts it to its column's type.

Truth: "INSERT (Transact-SQL)" (INSERT ... EXECUTE) and "CAST and CONVERT": a string converts to datetime2
in the ISO forms, unseparated yyyymmdd included; to bit, 'TRUE' is 1 and a string that is no number and
no TRUE / FALSE is Msg 245; a datetime2(3) keeps three fractional digits.
"""
from __future__ import annotations

import datetime as dt

import pytest

from sqlml.errors import TsqlError

DB_PER_MODULE = True
SETUP = ["CREATE TABLE dbo.kept (d DATETIME2(3), b BIT)",
         "CREATE PROCEDURE dbo.typed AS SELECT CAST('2020-01-02 10:30:00.1234' AS DATETIME2) AS d, CAST(1 AS BIT) AS b",
         "CREATE PROCEDURE dbo.texts AS SELECT '20200103 08:15:00' AS d, 'TRUE' AS b "
         "UNION ALL SELECT '2020-01-04T09:00:00.5', '0'",
         "CREATE PROCEDURE dbo.no_bit AS SELECT '2020-01-05' AS d, 'yes' AS b"]


@pytest.mark.parametrize("procedure, expected", [
    ("dbo.typed", [[dt.datetime(2020, 1, 2, 10, 30, 0, 123000), True]]),
    ("dbo.texts", [[dt.datetime(2020, 1, 3, 8, 15), True], [dt.datetime(2020, 1, 4, 9, 0, 0, 500000), False]]),
])
def test_insert_exec_converts_to_datetime2_and_bit_columns(db, procedure, expected):
    db.execute("DELETE FROM dbo.kept")
    db.execute(f"INSERT dbo.kept EXEC {procedure}")
    rows = db.query("SELECT d, b FROM dbo.kept ORDER BY d").values.tolist()
    assert [[d.to_pydatetime(), bool(b)] for d, b in rows] == expected


def test_a_string_that_is_no_bit_is_msg_245_and_inserts_nothing(db):
    db.execute("DELETE FROM dbo.kept")
    with pytest.raises(TsqlError) as caught:
        db.execute("INSERT dbo.kept EXEC dbo.no_bit")
    assert (caught.value.number, caught.value.text) == (
        245, "Conversion failed when converting the varchar value 'yes' to data type bit.")
    assert db.scalar("SELECT COUNT(*) FROM dbo.kept") == 0
