"""The embedded engine as an instance (issue 15, item 1): CREATE DATABASE makes a file beside the current
one, USE switches to it (for the connection, across statements), DROP DATABASE removes it, sys.databases
and DB_NAME() tell them apart, three-part names reach another database, master exists; the instance's
options (sp_configure) hold in every database. Error numbers and texts are SQL Server's."""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError, UnsupportedError


DB_FILE = "home.duckdb"
SETUP = "CREATE TABLE dbo.h (a INT); INSERT dbo.h VALUES (7)"


def files(db) -> list[str]:
    return sorted(p.name for p in db.path.parent.glob("*.duckdb"))


def test_the_course_file_alone_is_the_instance_until_a_database_is_made(db):
    assert files(db) == ["home.duckdb"]
    assert db.scalar("SELECT DB_NAME()") == "home"
    assert db.query("SELECT name, database_id FROM sys.databases").values.tolist() == [
        ["master", 1], ["tempdb", 2], ["model", 3], ["msdb", 4], ["home", 5]]


def test_create_use_and_drop_database(db):
    db.execute("CREATE DATABASE irissql\nGO\nUSE irissql\nGO\nCREATE TABLE t (c VARCHAR(10)); INSERT t VALUES ('x')")
    assert files(db) == ["home.duckdb", "irissql.duckdb"]
    assert db.scalar("SELECT DB_NAME()") == "irissql"            # USE holds for the next statements
    assert db.query("SELECT c FROM t")["c"].tolist() == ["x"]
    assert db.query("SELECT a FROM home.dbo.h")["a"].tolist() == [7]   # three-part name, back home
    with pytest.raises(TsqlError) as caught:
        db.execute("SELECT a FROM h")                             # h is home's, not irissql's
    assert caught.value.number == 208
    db.execute("USE home")
    assert db.query("SELECT c FROM irissql.dbo.t")["c"].tolist() == ["x"]
    assert db.query("SELECT name FROM sys.databases WHERE database_id > 4")["name"].tolist() == ["home", "irissql"]
    db.execute("DROP DATABASE irissql")
    assert files(db) == ["home.duckdb"]


def test_database_dot_dot_table_is_the_dbo_schema(db):
    db.execute("CREATE DATABASE other\nGO\nCREATE TABLE other.dbo.x (a INT)")
    db.execute("INSERT INTO other..x VALUES (5); INSERT other..x VALUES (6); UPDATE [other]..[x] SET a = a + 1")
    assert db.query("SELECT a FROM other..x ORDER BY a")["a"].tolist() == [6, 7]
    assert db.query("SELECT a FROM home..h")["a"].tolist() == [7]


def test_use_outlives_the_file_being_closed_between_statements(db):
    db.execute("CREATE DATABASE other; USE other")
    db.release()
    assert not db.is_open
    assert db.scalar("SELECT DB_NAME()") == "other"


def test_procedures_live_in_their_database(db):
    db.execute("CREATE DATABASE other\nGO\nUSE other\nGO\nCREATE PROCEDURE p AS SELECT DB_NAME() AS d")
    assert db.query("EXEC p")["d"].tolist() == ["other"]
    db.execute("USE home")
    with pytest.raises(TsqlError) as caught:
        db.execute("EXEC p")
    assert caught.value.number == 2812
    with pytest.raises(UnsupportedError, match=r"A procedure of another database \(other.dbo.p\)"):
        db.execute("EXEC other.dbo.p")


def test_the_instances_options_hold_in_every_database(db):
    db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE")
    db.execute("CREATE DATABASE other; USE other")
    assert db.query("EXEC sp_configure 'external scripts enabled'")["run_value"].tolist() == [1]
    results = db.execute("EXECUTE sp_execute_external_script @language = N'Python', @script = N'print(1)'")
    assert results[0].message.splitlines()[1] == "1"


def test_master_exists(db):
    db.execute("USE master")
    assert db.scalar("SELECT DB_NAME()") == "master"
    db.execute("USE home")
    assert db.scalar("SELECT DB_NAME()") == "home"


@pytest.mark.parametrize("statement, number, text", [
    ("CREATE DATABASE home", 1801, "Database 'home' already exists. Choose a different database name."),
    ("CREATE DATABASE master", 1801, "Database 'master' already exists. Choose a different database name."),
    ("DROP DATABASE home", 3702, 'Cannot drop database "home" because it is currently in use.'),
    ("DROP DATABASE master", 3708, "Cannot drop the database 'master' because it is a system database."),
    ("DROP DATABASE nope", 3701, "Cannot drop the database 'nope', because it does not exist or you do not have "
                                 "permission."),
    ("USE nope", 911, "Database 'nope' does not exist. Make sure that the name is entered correctly."),
    # A three-part name whose database there is none of (sp_execute_external_script's page, example B:
    # FROM dbo.Sales.Orders) is an object SQL Server cannot find.
    ("SELECT customer FROM dbo.Sales.Orders", 208, "Invalid object name 'dbo.Sales.Orders'."),
    ("SELECT * FROM nope..t", 208, "Invalid object name 'nope..t'."),
])
def test_database_mistakes_get_sql_servers_errors(db, statement, number, text):
    with pytest.raises(TsqlError) as caught:
        db.execute(statement)
    assert (caught.value.number, caught.value.text) == (number, text)
    assert files(db) == ["home.duckdb"]


@pytest.mark.parametrize("statement, construct", [
    ("CREATE DATABASE x COLLATE Latin1_General_CI_AS", "CREATE DATABASE ... COLLATE"),
    ("CREATE DATABASE x ON PRIMARY (NAME = x, FILENAME = 'x.mdf')", "CREATE DATABASE ... ON"),
    ("USE tempdb", "The system database tempdb"),
])
def test_what_a_file_cannot_hold_is_refused_by_name(db, statement, construct):
    with pytest.raises(UnsupportedError) as caught:
        db.execute(statement)
    assert caught.value.text.startswith(construct)
    assert files(db) == ["home.duckdb"]


def test_drop_database_if_exists_and_a_database_in_use(db):
    db.execute("DROP DATABASE IF EXISTS nope")
    db.execute("CREATE DATABASE other; USE other")
    with pytest.raises(TsqlError) as caught:
        db.execute("DROP DATABASE other")
    assert caught.value.number == 3702
    db.execute("USE home; DROP DATABASE other")
    assert files(db) == ["home.duckdb"]
