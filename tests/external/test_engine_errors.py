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
SETUP = "CREATE TABLE dbo.short (s VARCHAR(3))"


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
