"""external/scope.py: a variable assigned from another variable keeps the source's declared type for the
conversion, whichever statement assigns it.

Truth: "CAST and CONVERT (Transact-SQL)": datetime2(n) and time(n) are written to a string with n
fractional digits (their default style 21 / 8 with n digits), whatever the string variable.
"""
from __future__ import annotations

import pytest

DB_PER_MODULE = True


@pytest.mark.parametrize("declare, assign, expected", [
    ("@v DATETIME2(3) = '2020-01-02 10:30:00.5'", "SET @s = @v", "2020-01-02 10:30:00.500"),
    ("@v DATETIME2(3) = '2020-01-02 10:30:00.5'", "SELECT @s = @v", "2020-01-02 10:30:00.500"),
    ("@v TIME(2) = '10:30:00.25'", "SET @s = @v", "10:30:00.25"),
    ("@v DATETIME2(0) = '2020-01-02 10:30:00'", "SET @s = @v", "2020-01-02 10:30:00"),
])
def test_a_string_variable_set_from_a_date_variable_takes_the_sources_style(db, declare, assign, expected):
    assert db.scalar(f"DECLARE {declare}; DECLARE @s VARCHAR(40); {assign}; SELECT @s AS s") == expected
