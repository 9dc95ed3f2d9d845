"""external/engine_errors.py: a mistake DuckDB catches reaches the learner as SQL Server's message.

Truth: SQL Server's messages (sys.messages, level 16): 2628 "String or binary data would be truncated in
table '...', column '...'. Truncated value: '...'." (SQL Server 2019 on); 537 "Invalid length parameter
passed to the LEFT or SUBSTRING function."; 536 "Invalid length parameter passed to the RIGHT function."
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError

DB_FILE = "home.duckdb"
DB_PER_MODULE = True
SETUP = ("CREATE TABLE dbo.short (s VARCHAR(3)); CREATE TABLE dbo.k (a INT PRIMARY KEY); INSERT dbo.k VALUES (1); "
         "CREATE TABLE dbo.ks (s VARCHAR(5) PRIMARY KEY); INSERT dbo.ks VALUES ('a'); "
         "CREATE TABLE dbo.ku (s INT UNIQUE); INSERT dbo.ku VALUES (NULL)")


@pytest.mark.parametrize("statement, number, text", [
    ("INSERT INTO dbo.short VALUES ('abcd')", 2628,
     "String or binary data would be truncated in table 'home.dbo.short', column 's'. Truncated value: 'abc'."),
    ("SELECT LEFT('abc', -1) AS x", 537, "Invalid length parameter passed to the LEFT or SUBSTRING function."),
    ("SELECT SUBSTRING('abc', 1, -1) AS x", 537, "Invalid length parameter passed to the LEFT or SUBSTRING function."),
    ("SELECT RIGHT('abc', -1) AS x", 536, "Invalid length parameter passed to the RIGHT function."),
])
def test_a_mistake_the_engine_catches_is_sql_servers_message(db, statement, number, text):
    with pytest.raises(TsqlError) as caught:
        db.execute(statement)
    assert (caught.value.number, caught.value.severity, caught.value.text) == (number, 16, text)


# "PRIMARY KEY and UNIQUE constraints": a duplicate key is Msg 2627; under the default collation 'A ' equals
# 'a', and a UNIQUE column takes one NULL only. The message says which rule made the keys equal.
@pytest.mark.parametrize("statement, why", [
    ("INSERT dbo.k VALUES (1)", "cannot insert a duplicate key."),
    ("INSERT dbo.ks VALUES ('A ')", "cannot insert a duplicate key (case and trailing spaces do not count, and NULL "
                                    "equals NULL)."),
    ("INSERT dbo.ku VALUES (NULL)", "cannot insert a duplicate key (case and trailing spaces do not count, and NULL "
                                    "equals NULL)."),
])
def test_a_duplicate_key_is_msg_2627_saying_why_the_keys_are_equal(db, statement, why):
    with pytest.raises(TsqlError) as caught:
        db.execute(statement)
    assert (caught.value.number, caught.value.text) == (2627, "Violation of PRIMARY KEY or UNIQUE constraint: " + why)
