"""external/databases.py at its edges: sys.databases' columns, a CREATE DATABASE without a name, and what
a refusal tells the learner to do.

Truth: "sys.databases (Transact-SQL)" types compatibility_level, user_access, state and recovery_model as
tinyint (0 to 255; SQL Server 2022's level is 160) and spells the *_desc columns in capitals (MULTI_USER,
ONLINE, SIMPLE); a word that is no name where a name must be stops the parser there (Msg 102, Level 15).
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError, UnsupportedError

DB_FILE = "home.duckdb"


def test_sys_databases_describes_each_database_with_sql_servers_columns(db):
    row = db.query("SELECT name, compatibility_level, collation_name, user_access, user_access_desc, state, "
                   "state_desc, recovery_model, recovery_model_desc FROM sys.databases WHERE name = 'home'")
    assert row.values.tolist() == [["home", 160, "SQL_Latin1_General_CP1_CI_AS", 0, "MULTI_USER", 0, "ONLINE", 3,
                                    "SIMPLE"]]


@pytest.mark.parametrize("statement, line", [
    ("CREATE DATABASE @x", "Msg 102, Level 15, State 1, Line 1, Column 1: Incorrect syntax near '@x'."),
])
def test_a_database_statement_without_a_name_is_a_syntax_error(db, statement, line):
    with pytest.raises(TsqlError) as caught:
        db.execute(statement)
    assert str(caught.value) == line


@pytest.mark.parametrize("statement, hint", [
    ("CREATE DATABASE x COLLATE Latin1_General_CI_AS",
     "CREATE DATABASE x makes the database as a file beside the current one."),
    ("USE tempdb", "The embedded engine keeps temporary tables per connection (#name) and has no model or msdb "
                   "database."),
])
def test_a_refused_database_statement_says_what_runs_instead(db, statement, hint):
    with pytest.raises(UnsupportedError) as caught:
        db.execute(statement)
    assert hint in caught.value.text and "\n" not in str(caught.value)
