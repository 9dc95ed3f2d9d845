"""TRY...CATCH on the embedded engine: the ERROR_...() functions say what SQL Server says.

SQL Server's documentation ("TRY...CATCH (Transact-SQL)", "ERROR_LINE", "ERROR_NUMBER") gives, for
`SELECT 1/0`, error 8134 "Divide by zero error encountered." at severity 16, state 1; ERROR_LINE()
counts the lines of the batch (or of the procedure) in which the error arose.
"""
from __future__ import annotations

import pytest

import sqlml
from sqlml.errors import TsqlError

CATCH = ("BEGIN CATCH\n"
         "    SELECT ERROR_NUMBER() AS number, ERROR_MESSAGE() AS message, ERROR_SEVERITY() AS severity,\n"
         "           ERROR_STATE() AS state, ERROR_LINE() AS line;\n"
         "END CATCH")


@pytest.fixture
def database(tmp_path):
    connection = sqlml.connect(f"duckdb:///{tmp_path / 'catch.duckdb'}")
    yield connection
    connection.close()


def caught(database, script: str) -> tuple:
    frames = [result.frame for result in database.execute(script) if result.frame is not None]
    row = frames[-1].iloc[0]
    return (int(row["number"]), row["message"], int(row["severity"]), int(row["state"]), int(row["line"]))


@pytest.mark.parametrize("body, expected", [
    ("SELECT 1/0 AS x;", (8134, "Divide by zero error encountered.", 16, 1, 2)),
    ("DECLARE @d int = 0;\n    SELECT 10 % @d AS x;", (8134, "Divide by zero error encountered.", 16, 1, 3)),
    ("DECLARE @d decimal(5,2) = 0;\n    SELECT 10.5 % @d AS x;", (8134, "Divide by zero error encountered.", 16, 1, 3)),
    ("DECLARE @t tinyint = 169;\n    SELECT @t + @t AS x;",
     (8115, "Arithmetic overflow error converting expression to data type tinyint.", 16, 1, 3)),
    ("SELECT CAST(99999999999999999999999999999999999999 AS decimal(38,0)) * 10 AS x;",
     (8115, "Arithmetic overflow error converting expression to data type numeric.", 16, 1, 2)),
    ("SELECT 1.5 / 0 AS x;", (8134, "Divide by zero error encountered.", 16, 1, 2)),
    ("SELECT 2147483647 + 1 AS x;",
     (8115, "Arithmetic overflow error converting expression to data type int.", 16, 1, 2)),
    ("THROW 50001, 'The order is not known.', 3;", (50001, "The order is not known.", 16, 3, 2)),
    ("RAISERROR('%d orders are late', 16, 2, 5);", (50000, "5 orders are late", 16, 2, 2)),
])
def test_error_functions_in_catch(database, body, expected):
    script = f"BEGIN TRY\n    {body}\nEND TRY\n{CATCH}"
    assert caught(database, script) == expected


def test_error_line_counts_in_the_batch(database):
    script = "SELECT 1 AS first_batch\nGO\n\nBEGIN TRY\n    SELECT 1/0 AS x;\nEND TRY\n" + CATCH
    assert caught(database, script)[4] == 3  # line 5 of the script, line 3 of the second batch


def test_rethrown_error_keeps_its_number_message_and_line(database):
    script = ("BEGIN TRY\n"
              "    BEGIN TRY\n"
              "        SELECT 1/0 AS x;\n"
              "    END TRY\n"
              "    BEGIN CATCH\n"
              "        THROW;\n"
              "    END CATCH\n"
              "END TRY\n" + CATCH)
    assert caught(database, script) == (8134, "Divide by zero error encountered.", 16, 1, 3)


def test_error_raised_in_a_procedure_counts_lines_from_create(database):
    database.execute("CREATE PROCEDURE dbo.divide AS\nBEGIN\n    SELECT 1 AS a;\n    SELECT 1/0 AS b;\nEND")
    script = "SELECT 1 AS first_batch\nGO\nBEGIN TRY\n    EXEC dbo.divide;\nEND TRY\n" + CATCH
    assert caught(database, script) == (8134, "Divide by zero error encountered.", 16, 1, 4)


def test_uncaught_engine_error_has_sql_servers_number(database):
    with pytest.raises(TsqlError) as raised:
        database.execute("SELECT 1 AS x\nGO\nSELECT 1/0 AS y")
    assert (raised.value.number, raised.value.severity, raised.value.text) == (
        8134, 16, "Divide by zero error encountered.")
    assert str(raised.value).startswith("Msg 8134, Level 16, State 1, Line 3")
