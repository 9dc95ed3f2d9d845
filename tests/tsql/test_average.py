"""AVG as SQL Server's page describes it: NULLs are left out, an integer average is an integer
truncated toward zero, and no row to average gives NULL (never a division by zero)."""
from __future__ import annotations

import pandas as pd
import pytest



DB_PER_MODULE = True
SETUP = ("CREATE TABLE dbo.t (a int, s smallint, b bigint, g int);"
         "INSERT INTO dbo.t VALUES (3, 3, 3, 1), (4, 4, 4, 1), (-7, -7, -7, 2), (NULL, NULL, NULL, 3)")


@pytest.mark.parametrize("query, expected", [
    ("SELECT AVG(a) AS v FROM dbo.t WHERE g = 1", 3),             # 3.5 truncated
    ("SELECT AVG(s) AS v FROM dbo.t WHERE g = 1", 3),
    ("SELECT AVG(b) AS v FROM dbo.t WHERE g = 1", 3),
    ("SELECT AVG(a) AS v FROM dbo.t WHERE g IN (1, 2)", 0),       # 0 / 3 = 0
    ("SELECT AVG(a) AS v FROM dbo.t WHERE g = 2", -7),
    ("SELECT AVG(a) AS v FROM dbo.t", 0),                         # the NULL row is left out
    ("SELECT AVG(a) AS v FROM dbo.t WHERE g = 3", None),          # only a NULL: NULL
    ("SELECT AVG(a) AS v FROM dbo.t WHERE 1 = 0", None),          # no row: NULL
    ("SELECT AVG(s) AS v FROM dbo.t WHERE a IS NULL", None),
    ("SELECT AVG(b) AS v FROM dbo.t WHERE a IS NULL", None),
])
def test_average_of_integers(db, query, expected):
    value = db.query(query)["v"].iloc[0]
    if expected is None:
        assert pd.isna(value)
    else:
        assert int(value) == expected


def test_a_group_with_only_nulls_averages_to_null_beside_the_others(db):
    frame = db.query("SELECT g, AVG(a) AS v FROM dbo.t GROUP BY g ORDER BY g")
    assert [None if pd.isna(v) else int(v) for v in frame["v"]] == [3, -7, None]
