"""Statement forms SQL Server runs as written, from Microsoft's quickstarts (issue 15, item 3):
a procedure called without EXEC by a batch's first statement, DELETE without FROM, IDENTITY without
(seed, increment), an input query that is empty or only a semicolon, and sp_configure's full table
of SQL Server 2022 options behind 'show advanced options'."""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError
from sqlml.external.configuration_options import OPTIONS_2022
from sqlml.tsql import Batch, StatementKind as K, split_statements


DB_FILE = "forms.duckdb"


@pytest.mark.parametrize("script, kinds", [
    ("sp_configure 'external scripts enabled', 1", [K.EXEC]),
    ("sp_configure 'external scripts enabled', 1;\nRECONFIGURE WITH override;", [K.EXEC, K.RECONFIGURE]),
    ("[dbo].[py_generate_customer_return_clusters]", [K.EXEC]),
    ("dbo.get_iris_dataset", [K.EXEC]),
    ("my_procedure @a = 1, @b = 'x'", [K.EXEC]),
    # Only the batch's first statement may leave EXEC out: later ones stay as they are (SQL Server: Msg 102).
    ("SELECT 1; my_procedure", [K.PLAIN, K.PLAIN]),
    ("ENABLE TRIGGER t ON dbo.x", [K.PLAIN]),
    ("SELECT 1", [K.PLAIN]),
])
def test_a_batch_may_open_with_a_procedure_call_without_exec(script, kinds):
    assert [s.kind for s in split_statements(Batch(script, 1))] == kinds


def test_a_procedure_called_without_exec_runs(db):
    db.execute("CREATE PROCEDURE greet @name VARCHAR(10) AS SELECT 'hello ' + @name AS greeting")
    assert db.query("greet @name = 'ann'")["greeting"].tolist() == ["hello ann"]
    assert db.query("dbo.greet 'bob'")["greeting"].tolist() == ["hello bob"]


@pytest.mark.parametrize("statement, left", [
    ("DELETE m WHERE model_name = 'a'", ["b", "c"]),
    ("DELETE dbo.m WHERE model_name <> 'c'", ["c"]),
    ("DELETE FROM m WHERE model_name = 'b'", ["a", "c"]),
    ("DELETE m", []),
])
def test_delete_without_from_deletes_from_the_table_named(db, statement, left):
    db.execute("CREATE TABLE m (model_name VARCHAR(50) PRIMARY KEY); INSERT INTO m VALUES ('a'), ('b'), ('c')")
    db.execute(statement)
    assert db.query("SELECT model_name FROM m ORDER BY model_name")["model_name"].tolist() == left


@pytest.mark.parametrize("column, numbers", [
    ("id INT NOT NULL IDENTITY PRIMARY KEY", [1, 2, 3]),
    ("id INT IDENTITY", [1, 2, 3]),
    ("id INT IDENTITY(1,1) PRIMARY KEY", [1, 2, 3]),
    ("id BIGINT IDENTITY(10, 5) NOT NULL", [10, 15, 20]),
])
def test_identity_numbers_rows_as_sql_server_does(db, column, numbers):
    db.execute(f"CREATE TABLE t ({column}, x INT NOT NULL)")
    db.execute("INSERT INTO t (x) VALUES (7); INSERT INTO t (x) VALUES (8); INSERT INTO t VALUES (9)")
    assert db.query("SELECT id FROM t ORDER BY x")["id"].tolist() == numbers


@pytest.mark.parametrize("input_query", ["N''", "N';'", "N'   ;'", "N' ;'", "N'/* nothing */ ;'", None])
def test_an_empty_input_query_gives_an_empty_input_data_set(db, input_query):
    db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;")
    argument = f", @input_data_1 = {input_query}" if input_query else ""
    results = db.execute("EXECUTE sp_execute_external_script @language = N'Python', "
                         f"@script = N'print(InputDataSet.shape, list(InputDataSet.columns))'{argument}")
    assert results[0].message.splitlines()[1] == "(0, 0) []"


# -- sp_configure ------------------------------------------------------------------------------

BASIC = sorted((o.name for o in OPTIONS_2022 if not o.advanced), key=str.lower)
EVERY = sorted((o.name for o in OPTIONS_2022), key=str.lower)


def test_sp_configure_lists_the_basic_options_until_advanced_ones_are_shown(db):
    assert db.query("EXEC sp_configure")["name"].tolist() == BASIC
    db.execute("EXEC sp_configure 'show advanced options', 1")
    assert db.query("EXEC sp_configure")["name"].tolist() == BASIC   # not before RECONFIGURE
    db.execute("RECONFIGURE")
    listing = db.query("EXEC sp_configure")
    assert listing["name"].tolist() == EVERY
    assert list(listing.columns) == ["name", "minimum", "maximum", "config_value", "run_value"]
    row = listing.set_index("name").loc["max server memory (MB)"].tolist()
    assert row == [16, 2147483647, 2147483647, 2147483647]


@pytest.mark.parametrize("statement, number", [
    ("EXEC sp_configure 'recovery interval', 3", 15123),        # advanced, not shown yet
    ("EXEC sp_configure 'max degree of parallelism'", 15123),
    ("EXEC sp_configure 'remote', 1", 15125),                   # names several options
    ("EXEC sp_configure 'no such option'", 15123),
])
def test_sp_configure_refuses_advanced_options_while_they_are_hidden(db, statement, number):
    with pytest.raises(TsqlError) as caught:
        db.execute(statement)
    assert caught.value.number == number


@pytest.mark.parametrize("name, value, shown, message", [
    ("recovery interval", "3", "recovery interval (min)", "changed from 0 to 3"),
    ("max degree of parallelism", 4, "max degree of parallelism", "changed from 0 to 4"),
    ("Cost Threshold", 50, "cost threshold for parallelism", "changed from 5 to 50"),
    ("xp_cmdshell", 1, "xp_cmdshell", "changed from 0 to 1"),
])
def test_advanced_options_are_set_once_shown_and_take_effect_at_reconfigure(db, name, value, shown, message):
    db.execute("EXEC sp_configure 'show advanced options', 1; RECONFIGURE;")
    value_text = f"'{value}'" if isinstance(value, str) else str(value)
    results = db.execute(f"EXEC sp_configure '{name}', {value_text}")
    assert results[0].message == (f"Configuration option '{shown}' {message}. "
                                  "Run the RECONFIGURE statement to install.")
    row = db.query(f"EXEC sp_configure '{name}'")
    assert row[["config_value", "run_value"]].iloc[0].tolist()[0] == int(value)
    db.execute("RECONFIGURE WITH OVERRIDE")
    assert db.query(f"EXEC sp_configure '{name}'")["run_value"].iat[0] == int(value)


@pytest.mark.parametrize("name, value", [
    ("max server memory", 15), ("two digit year cutoff", 1752), ("fill factor", 101), ("cursor threshold", -2),
])
def test_sp_configure_refuses_values_outside_the_documented_range(db, name, value):
    db.execute("EXEC sp_configure 'show advanced options', 1; RECONFIGURE;")
    with pytest.raises(TsqlError) as caught:
        db.execute(f"EXEC sp_configure '{name}', {value}")
    assert caught.value.number == 15129


@pytest.mark.parametrize("table, definition, first", [
    # The iris demo page's table, which the page says to empty with TRUNCATE TABLE before reloading it.
    ("iris_data", 'id INT NOT NULL IDENTITY PRIMARY KEY, "Species" VARCHAR(100) NOT NULL', 1),
    ("dbo.seeded", 'id INT IDENTITY(100, 5), "Species" VARCHAR(100)', 100),
    ("#scratch", 'id INT IDENTITY(1, 1), "Species" VARCHAR(100)', 1),
])
def test_truncate_table_restarts_the_identity_at_its_seed(db, table, definition, first):
    # "TRUNCATE TABLE": the counter used by an identity for new rows is reset to the seed for the column.
    db.execute(f"CREATE TABLE {table} ({definition}); INSERT INTO {table} (\"Species\") VALUES ('a'), ('b')")
    if not table.startswith("#"):
        db.release()   # the file closed and opened again: DuckDB then keeps no sequence's first value
    db.execute(f"TRUNCATE TABLE {table}")
    db.execute(f"INSERT INTO {table} (\"Species\") VALUES ('c'); INSERT INTO {table} (\"Species\") VALUES ('d')")
    step = 5 if "100, 5" in definition else 1
    assert db.query(f"SELECT id FROM {table} ORDER BY id")["id"].tolist() == [first, first + step]
