"""external/system_procedures.py: sp_executesql's arguments, and SQL Server Agent's procedures refused by name.

Truth: "sp_executesql (Transact-SQL)": `sp_executesql [@stmt =] statement [, [@params =] N'@p type, ...'
[, @p = value ...]]`; @params may be a variable; more values than parameters is Msg 8144; without a
statement, Msg 201 names the missing parameter. SQL Server Agent's jobs live in msdb.
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError, UnsupportedError

DB_PER_MODULE = True


@pytest.mark.parametrize("script, expected", [
    ("DECLARE @p NVARCHAR(50) = N'@x INT'; EXEC sp_executesql N'SELECT @x + 1 AS v', @p, 5", 6),
    ("DECLARE @p NVARCHAR(50) = N'@x INT, @y INT'; EXEC sp_executesql N'SELECT @x * @y AS v', @p, @y = 3, @x = 4", 12),
])
def test_sp_executesql_takes_its_parameter_list_from_a_variable(db, script, expected):
    assert db.scalar(script) == expected


@pytest.mark.parametrize("script, number, words", [
    ("EXEC sp_executesql N'SELECT @x AS x', N'@x INT', 5, 6", 8144,
     "Procedure or function sp_executesql has too many arguments specified."),
    ("EXEC sp_executesql N'SELECT 1 AS x', N'', 5", 8144,
     "Procedure or function sp_executesql has too many arguments specified."),
    ("EXEC sp_executesql", 201, "Procedure or function 'sp_executesql' expects parameter '@stmt', which was not "
                                "supplied."),
])
def test_sp_executesql_called_wrongly_gets_sql_servers_error(db, script, number, words):
    with pytest.raises(TsqlError) as caught:
        db.execute(script)
    assert (caught.value.number, caught.value.text) == (number, words)


@pytest.mark.parametrize("call", ["EXEC sp_add_job @job_name = N'nightly'", "EXEC msdb.dbo.sp_start_job N'nightly'"])
def test_an_agent_procedure_is_refused_with_where_to_run_the_job(db, call):
    with pytest.raises(UnsupportedError) as caught:
        db.execute(call)
    assert caught.value.text.startswith("SQL Server Agent (")
    assert "start the same work from the operating system's scheduler (cron, Task Scheduler)" in caught.value.text
