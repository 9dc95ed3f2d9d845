"""T-SQL rules at their boundaries, with the values SQL Server gives (its documented rules).

Decimal division (Microsoft, "Precision, scale, and length"): e1 / e2 has scale max(6, s1 + p2 + 1)
and precision p1 - s1 + s2 + scale; the quotient is cut at that scale. The cases sit where
s1 + p2 + 1 is below, at and above 6. String comparison ("How SQL Server compares strings with
trailing spaces", SQL-92 padding): trailing spaces do not count, leading spaces and other trailing
blanks (a tab) do.
"""
from __future__ import annotations

import decimal

import pytest



DB_PER_MODULE = True
SETUP = "CREATE TABLE dbo.pad (s VARCHAR(10)); INSERT INTO dbo.pad VALUES ('abc')"


@pytest.mark.parametrize("dividend, divisor, expected", [
    # s1 + p2 + 1 = 0 + 1 + 1 = 2, below 6: the scale is still 6.
    ("CAST(1 AS DECIMAL(1, 0))", "CAST(3 AS DECIMAL(1, 0))", "0.333333"),
    # 1 + 2 + 1 = 4: scale 6.
    ("CAST(2.0 AS DECIMAL(2, 1))", "CAST(3 AS DECIMAL(2, 0))", "0.666666"),
    # 1 + 4 + 1 = 6, exactly the minimum.
    ("CAST(1.0 AS DECIMAL(2, 1))", "CAST(3 AS DECIMAL(4, 0))", "0.333333"),
    # 2 + 4 + 1 = 7, above it: scale 7.
    ("CAST(1.00 AS DECIMAL(3, 2))", "CAST(3 AS DECIMAL(4, 0))", "0.3333333"),
    # Seven digits of 2/3 when the scale is 7, six when it is 6: cut, never rounded up.
    ("CAST(2.00 AS DECIMAL(3, 2))", "CAST(3 AS DECIMAL(4, 0))", "0.6666666"),
])
def test_decimal_division_scale_at_its_minimum_of_6(db, dividend, divisor, expected):
    # The engine hands decimals to pandas as floats: the digits, not trailing zeros, show the scale.
    value = db.scalar(f"SELECT {dividend} / {divisor} AS q")
    assert str(decimal.Decimal(repr(float(value)))) == expected


@pytest.mark.parametrize("condition, holds", [
    ("s = 'abc'", True),
    ("s = 'abc  '", True),            # the literal's trailing spaces do not count
    ("'abc ' = s", True),             # on either side
    ("s <> 'abc   '", False),
    ("s = ' abc'", False),            # leading spaces do
    ("s = 'abc' + CHAR(9)", False),   # a trailing tab is not padding
    ("s = 'ab'", False),
])
def test_a_string_literal_compared_with_a_column_ignores_only_its_trailing_spaces(db, condition, holds):
    assert db.scalar(f"SELECT COUNT(*) AS n FROM dbo.pad WHERE {condition}") == int(holds)


@pytest.mark.parametrize("left, right, equal", [
    ("'abc'", "'abc   '", True),
    ("N'abc '", "'abc'", True),
    ("' abc'", "'abc'", False),
    ("'abc' + CHAR(9)", "'abc'", False),
])
def test_two_literals_compare_padded(db, left, right, equal):
    assert db.scalar(f"SELECT CASE WHEN {left} = {right} THEN 1 ELSE 0 END AS q") == int(equal)
