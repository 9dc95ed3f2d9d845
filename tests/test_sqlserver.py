"""The SQL Server engine without a server: the URL and connection string, one clear line for each way
connecting fails, batches, parameters, results and messages, bulk loads, and `sqlml data` into SQL
Server (one transaction), all against a stand-in for pyodbc that answers as the real one does."""
from __future__ import annotations

import datetime as dt
import decimal
import re
import sys
import types

import numpy as np
import pandas as pd
import pytest
import sqlglot

import sqlml
from sqlml import data
from sqlml.cli import main
from sqlml.engines import sqlserver
from sqlml.engines.sqlserver import (
    SqlServerDatabase, bind_parameters, odbc_connection_string, parse_url, sql_type_of,
)
from sqlml.errors import ConnectError, TsqlError

URL = ("mssql+pyodbc://sa:p%40ss%3Bw%7Brd%7D@db.example:14330/tpcxbb_1gb"
       "?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes")
DRIVER = "ODBC Driver 18 for SQL Server"


# -- a stand-in for pyodbc ---------------------------------------------------------------------------

class FakeError(Exception):
    """pyodbc.Error: args are (SQLSTATE, message), as the real driver raises them."""


class FakeCursor:
    def __init__(self, connection):
        self.connection = connection
        self.fast_executemany = False
        self._sets: list[dict] = [{}]
        self._index = 0
        self._load()

    def _load(self):
        current = self._sets[self._index]
        if "error" in current:
            raise current["error"]
        self.description = [(name,) for name in current["columns"]] if "columns" in current else None
        self._rows = list(current.get("rows", []))
        self.rowcount = current.get("rowcount", -1)
        self.messages = current.get("messages", [])

    def execute(self, sql, *params):
        if len(params) == 1 and isinstance(params[0], (list, tuple)):
            params = tuple(params[0])
        self.connection.log.append(("execute", sql, params))
        self._sets = self.connection.server.answer(sql, params) or [{}]
        self._index = 0
        self._load()
        return self

    def executemany(self, sql, rows):
        rows = list(rows)
        self.connection.log.append(("executemany", sql, rows, self.fast_executemany))
        self.connection.server.bulk(sql, rows)

    def nextset(self):
        if self._index + 1 >= len(self._sets):
            return False
        self._index += 1
        self._load()
        return True

    def fetchall(self):
        return self._rows

    def fetchone(self):
        return self._rows[0] if self._rows else None

    def close(self):
        pass


class FakeConnection:
    def __init__(self, server, autocommit):
        self.server = server
        self.autocommit = autocommit
        self.log: list[tuple] = server.log
        self.commits = 0
        self.rollbacks = 0
        self.closed = False

    def cursor(self):
        return FakeCursor(self)

    def commit(self):
        self.commits += 1
        self.server.committed.append(list(self.server.pending))

    def rollback(self):
        self.rollbacks += 1
        self.server.pending.clear()

    def close(self):
        self.closed = True


class FakeServer:
    """Remembers the tables created; answers INFORMATION_SCHEMA look-ups; scripted answers otherwise."""

    def __init__(self):
        self.log: list[tuple] = []
        self.tables: set[tuple[str, str]] = set()
        self.scripted: list[tuple[str, list[dict]]] = []
        self.bulk_rows: dict[str, int] = {}
        self.fail_bulk_on: str | None = None
        self.pending: list[str] = []
        self.committed: list[list[str]] = []

    def answer(self, sql, params):
        self.pending.append(sql)
        for pattern, sets in self.scripted:
            if re.search(pattern, sql, re.IGNORECASE | re.DOTALL):
                return sets
        if "INFORMATION_SCHEMA.TABLES" in sql:
            return [{"columns": [""], "rows": [(1 if tuple(params) in self.tables else 0,)]}]
        created = re.search(r"CREATE TABLE \[?(\w+)\]?\.\[?(\w+)\]?", sql)
        if created:
            self.tables.add((created[1], created[2]))
        dropped = re.search(r"DROP TABLE (?:IF EXISTS )?\[?(\w+)\]?\.\[?(\w+)\]?", sql)
        if dropped:
            self.tables.discard((dropped[1], dropped[2]))
        return [{}]

    def bulk(self, sql, rows):
        table = re.search(r"INSERT INTO (\S+)", sql)[1]
        if self.fail_bulk_on and self.fail_bulk_on in table:
            raise FakeError("23000", "[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]The transaction "
                                     "log for database 'tpcxbb_1gb' is full due to 'LOG_BACKUP'. (9002) (SQLExecute)")
        self.bulk_rows[table] = self.bulk_rows.get(table, 0) + len(rows)


def fake_pyodbc(*, drivers=(DRIVER,), connect_error=None, server=None) -> types.ModuleType:
    module = types.ModuleType("pyodbc")
    module.Error = FakeError
    module.server = server or FakeServer()
    module.connect_calls = []

    def connect(connection_string, autocommit=True, timeout=0):
        module.connect_calls.append((connection_string, autocommit, timeout))
        if connect_error is not None:
            raise connect_error
        return FakeConnection(module.server, autocommit)

    module.drivers = lambda: list(drivers)
    module.connect = connect
    return module


@pytest.fixture
def pyodbc_stub(monkeypatch):
    def install(**kwargs):
        module = fake_pyodbc(**kwargs)
        monkeypatch.setitem(sys.modules, "pyodbc", module)
        return module
    return install


def parse_odbc(text: str) -> dict[str, str]:
    """An ODBC connection string read back by the ODBC rules (braces, doubled closing braces)."""
    pairs, i = {}, 0
    while i < len(text):
        equals = text.index("=", i)
        key, i = text[i:equals], equals + 1
        if text[i] == "{":
            value, j = "", i + 1
            while True:
                if text[j] == "}":
                    if text[j + 1:j + 2] == "}":
                        value, j = value + "}", j + 2
                        continue
                    break
                value, j = value + text[j], j + 1
            i = j + 1
        else:
            end = text.find(";", i)
            end = len(text) if end < 0 else end
            value, i = text[i:end], end
        pairs[key.upper()] = value
        if text[i:i + 1] == ";":
            i += 1
    return pairs


# -- URL and connection string ------------------------------------------------------------------------

def test_url_is_decoded():
    settings = parse_url(URL)
    assert (settings.host, settings.port, settings.database) == ("db.example", 14330, "tpcxbb_1gb")
    assert settings.user == "sa" and settings.password == "p@ss;w{rd}"
    assert settings.driver == DRIVER
    assert settings.connect_timeout == sqlserver.DEFAULT_CONNECT_TIMEOUT
    assert dict(settings.options) == {"TrustServerCertificate": "yes"}


def test_url_defaults_and_timeout():
    settings = parse_url("mssql+pyodbc://sa:x@localhost?connect_timeout=2.5&Encrypt=no")
    assert (settings.port, settings.database, settings.connect_timeout) == (1433, "tpcxbb_1gb", 2.5)
    assert dict(settings.options) == {"Encrypt": "no"}


def test_connection_string_names_driver_server_database_and_credentials():
    text = odbc_connection_string(parse_url(URL))
    assert text.startswith("DRIVER={ODBC Driver 18 for SQL Server};SERVER=db.example,14330;DATABASE=tpcxbb_1gb;")
    assert parse_odbc(text) == {
        "DRIVER": DRIVER, "SERVER": "db.example,14330", "DATABASE": "tpcxbb_1gb", "UID": "sa",
        "PWD": "p@ss;w{rd}", "TRUSTSERVERCERTIFICATE": "yes",
    }


@pytest.mark.parametrize("password", ["plain", "semi;colon", "}{", "a}}b", " spaced ", "=", "x'\"y", ""])
def test_any_password_survives_the_connection_string(password):
    settings = parse_url("mssql+pyodbc://sa:placeholder@localhost:1433/db")
    settings = sqlserver.SqlServerSettings(settings.host, settings.port, "my;db}", "us}er", password)
    parsed = parse_odbc(odbc_connection_string(settings))
    assert parsed["PWD"] == password and parsed["UID"] == "us}er" and parsed["DATABASE"] == "my;db}"


def test_password_can_come_from_the_environment_instead_of_the_url(monkeypatch):
    monkeypatch.setenv("SQLML_DATABASE_PASSWORD", "S3cret@/:;}")
    assert parse_url("mssql+pyodbc://sa@mssql:1433/tpcxbb_1gb").password == "S3cret@/:;}"
    assert parse_url("mssql+pyodbc://sa:inurl@mssql/tpcxbb_1gb").password == "inurl"
    monkeypatch.delenv("SQLML_DATABASE_PASSWORD")
    assert parse_url("mssql+pyodbc://sa@mssql/tpcxbb_1gb").password is None


def test_no_user_means_integrated_login():
    assert parse_odbc(odbc_connection_string(parse_url("mssql+pyodbc://localhost/db")))["TRUSTED_CONNECTION"] == "yes"


def test_bad_urls_are_refused_clearly():
    with pytest.raises(ConnectError, match="port .* is not a number"):
        parse_url("mssql+pyodbc://sa:x@localhost:port/db")
    with pytest.raises(ConnectError, match="names no host"):
        parse_url("mssql+pyodbc:///db")
    with pytest.raises(ConnectError, match="connect_timeout must be a number"):
        parse_url("mssql+pyodbc://sa:x@localhost/db?connect_timeout=soon")


# -- connecting: one clear line for each failure ----------------------------------------------------

def test_pyodbc_missing(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyodbc", None)
    with pytest.raises(ConnectError) as info:
        sqlml.connect(URL)
    assert "pip install 'sqlml[mssql]'" in str(info.value) and "\n" not in str(info.value)


def test_real_pyodbc_without_the_odbc_driver_manager_says_to_install_unixodbc():
    try:
        import pyodbc  # noqa: F401
    except ImportError as error:
        assert "libodbc" in str(error)
    else:
        pytest.skip("unixODBC is installed here")
    with pytest.raises(ConnectError) as info:
        sqlml.connect(URL)
    assert "unixodbc" in str(info.value).lower() and "msodbcsql18" in str(info.value)


def test_real_pyodbc_without_microsofts_driver_names_the_driver_package():
    # The CI machine's case: unixODBC is there (pyodbc imports), Microsoft's driver is not.
    pyodbc = pytest.importorskip("pyodbc", exc_type=ImportError)
    if DRIVER in pyodbc.drivers():
        pytest.skip("Microsoft's ODBC driver is installed here")
    with pytest.raises(ConnectError) as info:
        sqlml.connect(URL)
    message = str(info.value)
    assert f"'{DRIVER}' is not installed" in message and "msodbcsql18" in message
    assert "\n" not in message


def test_no_odbc_driver(pyodbc_stub):
    stub = pyodbc_stub(drivers=())
    with pytest.raises(ConnectError) as info:
        sqlml.connect(URL)
    message = str(info.value)
    assert "'ODBC Driver 18 for SQL Server' is not installed (installed: none)" in message
    assert "msodbcsql18" in message and "unixodbc" in message
    assert stub.connect_calls == []


_CONNECT_FAILURES = {
    "unreachable": (FakeError("08001", "[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code "
                                       "0x2749 (10057) (SQLDriverConnect)"), "docker compose up -d"),
    "timeout": (FakeError("HYT00", "[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired (0) "
                                   "(SQLDriverConnect)"), "docker compose up -d"),
    "login": (FakeError("28000", "[28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user "
                                 "'sa'. (18456) (SQLDriverConnect)"), "MSSQL_SA_PASSWORD in .env"),
    "no database": (FakeError("42000", "[42000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot open "
                                       "database \"tpcxbb_1gb\" requested by the login. The login failed. (4060) "
                                       "(SQLDriverConnect); [28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL "
                                       "Server]Login failed for user 'sa'. (18456)"), "sqlml data --database URL"),
    "certificate": (FakeError("08001", "[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: [error:"
                                       "0A000086:SSL routines::certificate verify failed:self-signed certificate] "
                                       "(-1) (SQLDriverConnect)"), "TrustServerCertificate=yes"),
    "driver library": (FakeError("01000", "[01000] [unixODBC][Driver Manager]Can't open lib 'ODBC Driver 18 for SQL "
                                          "Server' : file not found (0) (SQLDriverConnect)"), "msodbcsql18"),
}


@pytest.mark.parametrize("case", sorted(_CONNECT_FAILURES))
def test_each_connect_failure_gives_one_line_with_the_fix(pyodbc_stub, case):
    error, fix = _CONNECT_FAILURES[case]
    stub = pyodbc_stub(connect_error=error)
    with pytest.raises(ConnectError) as info:
        sqlml.connect(URL)
    message = str(info.value)
    assert fix in message and "\n" not in message
    assert "p@ss" not in message
    connection_string, autocommit, timeout = stub.connect_calls[0]
    assert timeout == sqlserver.DEFAULT_CONNECT_TIMEOUT and autocommit is True


def test_cli_on_an_unreachable_server_exits_non_zero_with_one_line(pyodbc_stub, tmp_path, capsys):
    pyodbc_stub(connect_error=_CONNECT_FAILURES["unreachable"][0])
    script = tmp_path / "q.sql"
    script.write_text("SELECT 1;\n")
    assert main(["sql", str(script), "--database", URL]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "docker compose up -d" in err and "db.example,14330" in err


def test_sqlml_data_on_an_unreachable_server_fails_cleanly(pyodbc_stub, capsys):
    pyodbc_stub(connect_error=_CONNECT_FAILURES["timeout"][0])
    assert main(["data", "--scale-factor", "0.01", "--database", URL]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Cannot reach SQL Server at db.example,14330" in err


def test_real_driver_on_a_closed_local_port_is_reported_unreachable():
    pyodbc = pytest.importorskip("pyodbc", exc_type=ImportError)
    if DRIVER not in pyodbc.drivers():
        pytest.skip("Microsoft's ODBC driver is not installed here")
    with pytest.raises(ConnectError, match="Cannot reach SQL Server at 127.0.0.1,1 .*docker compose up -d"):
        sqlml.connect("mssql+pyodbc://sa:x@127.0.0.1:1/db?TrustServerCertificate=yes&connect_timeout=2")


# -- parameters ----------------------------------------------------------------------------------------

def test_parameters_are_declared_for_the_batches_that_use_them():
    sql, values = bind_parameters("SELECT * FROM dbo.customer WHERE c_customer_sk = @id AND c_last_name = @Name",
                                  {"id": 7, "@name": "O'Hara", "unused": 1.5})
    assert sql.startswith("DECLARE @id int = ?, @name nvarchar(6) = ?; SELECT")
    assert values == [7, "O'Hara"]
    assert "\n" not in sql.split("SELECT")[0], "declarations stay on the first line: line numbers keep"
    sqlglot.parse(sql.replace("?", "NULL"), read="tsql")


def test_batches_that_must_lead_or_declare_their_own_variable_are_left_alone():
    assert bind_parameters("CREATE PROCEDURE p AS SELECT @x", {"x": 1}) == ("CREATE PROCEDURE p AS SELECT @x", [])
    assert bind_parameters("-- note\nCREATE OR ALTER VIEW v AS SELECT 1 AS a", {"x": 1})[1] == []
    assert bind_parameters("DECLARE @x INT = 3; SELECT @x", {"x": 1}) == ("DECLARE @x INT = 3; SELECT @x", [])
    assert bind_parameters("SELECT @@ROWCOUNT, @xy", {"x": 1})[1] == []


@pytest.mark.parametrize("value, expected", [
    # pyodbc's own binding (tsql/parameter_types.py): what SQL Server declares for the value.
    (True, "bit"), (3, "int"), (np.int32(3), "int"), (2**40, "bigint"), (2.5, "float"), (np.float64(1), "float"),
    (decimal.Decimal("1.25"), "decimal(3,2)"), ("x", "nvarchar(1)"), ("x" * 4001, "nvarchar(max)"),
    (b"\x00", "varbinary(1)"), (dt.datetime(2002, 1, 1, 12), "datetime2(7)"), (dt.date(2002, 1, 1), "date"),
    (None, "nvarchar(max)"),
])
def test_python_values_get_sql_server_types(value, expected):
    assert sql_type_of(value) == expected


def test_unbindable_value_is_refused():
    with pytest.raises(sqlml.SqlmlError, match="Cannot bind a Python dict"):
        bind_parameters("SELECT @x", {"x": {}})


# -- running scripts -----------------------------------------------------------------------------------

def test_execute_sends_each_batch_verbatim_and_collects_sets_and_messages(pyodbc_stub):
    stub = pyodbc_stub()
    stub.server.scripted.append((r"PRINT 'hello'", [
        {"messages": [("[01000] (0)", "[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]hello")]},
        {"columns": ["a", "b"], "rows": [(1, "x"), (2, "y")]},
        {"rowcount": 3},
    ]))
    script = "PRINT 'hello'\nSELECT 1 AS a, 'x' AS b\nGO\nUPDATE t SET a = @a\nGO 2\n"
    with SqlServerDatabase(URL) as db:
        results = db.execute(script, {"a": 5})
    sent = [entry[1:] for entry in stub.server.log if entry[0] == "execute"]
    assert sent == [("PRINT 'hello'\nSELECT 1 AS a, 'x' AS b", ()),
                    ("DECLARE @a int = ?; UPDATE t SET a = @a", (5,)),
                    ("DECLARE @a int = ?; UPDATE t SET a = @a", (5,))]
    assert results[0].message == "hello"
    assert results[1].frame.to_dict("list") == {"a": [1, 2], "b": ["x", "y"]}
    assert [r.message for r in results[2:]] == ["(2 rows affected)", "(3 rows affected)"]


def test_server_errors_become_tsql_errors_with_the_server_number(pyodbc_stub):
    stub = pyodbc_stub()
    stub.server.scripted.append(("missing", [{"error": FakeError(
        "42S02", "[42S02] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Invalid object name "
                 "'dbo.missing'. (208) (SQLExecDirectW)")}]))
    with SqlServerDatabase(URL) as db:
        with pytest.raises(TsqlError) as info:
            db.execute("SELECT 1\nGO\nSELECT * FROM dbo.missing")
    assert info.value.number == 208
    assert str(info.value) == ("Msg 208, Level 16, State 1: Invalid object name 'dbo.missing'. "
                               "(in the batch starting at line 3)")


def test_an_error_in_a_later_result_set_is_raised(pyodbc_stub):
    stub = pyodbc_stub()
    stub.server.scripted.append(("boom", [
        {"columns": ["a"], "rows": [(1,)]},
        {"error": FakeError("22012", "[22012] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Divide by "
                                     "zero error encountered. (8134) (SQLMoreResults)")},
    ]))
    with SqlServerDatabase(URL) as db, pytest.raises(TsqlError, match="Msg 8134.*Divide by zero"):
        db.execute("SELECT 1 AS a; SELECT 1/0 AS boom")


# -- bulk loads and transactions ---------------------------------------------------------------------

def test_load_frame_creates_the_table_and_uses_fast_executemany(pyodbc_stub, monkeypatch):
    stub = pyodbc_stub()
    monkeypatch.setattr(sqlserver, "LOAD_CHUNK_ROWS", 2)
    frame = pd.DataFrame({
        "id": [1, 2, 3], "score": [0.5, np.nan, 2.0], "name": ["a", None, "ccc"],
        "day": [dt.date(2002, 1, 1), None, dt.date(2002, 1, 3)],
        "amount": [decimal.Decimal("1.50"), None, decimal.Decimal("2.25")],
        "flag": [True, False, True],
    })
    with SqlServerDatabase(URL) as db:
        assert db.load_frame(frame, "staging.scores") == 3
    create = next(e[1] for e in stub.server.log if e[0] == "execute" and e[1].startswith("CREATE TABLE"))
    assert create == ("CREATE TABLE [staging].[scores] ([id] BIGINT, [score] FLOAT, [name] NVARCHAR(3), "
                      "[day] DATE, [amount] DECIMAL(38, 2), [flag] BIT)")
    sqlglot.parse_one(create, read="tsql")
    batches = [e for e in stub.server.log if e[0] == "executemany"]
    assert [len(b[2]) for b in batches] == [2, 1] and all(b[3] for b in batches)
    rows = batches[0][2] + batches[1][2]
    assert rows[1] == (2, None, None, None, None, False)
    assert type(rows[0][0]) is int and type(rows[0][5]) is bool


def test_load_frame_refuses_an_existing_table_unless_told(pyodbc_stub):
    stub = pyodbc_stub()
    stub.server.tables.add(("dbo", "t"))
    with SqlServerDatabase(URL) as db, pytest.raises(sqlml.SqlmlError, match="already exists"):
        db.load_frame(pd.DataFrame({"a": [1]}), "dbo.t")


def test_transaction_rolls_back_on_error(pyodbc_stub):
    pyodbc_stub()
    with SqlServerDatabase(URL) as db:
        connection = db.connection
        with pytest.raises(RuntimeError), db.transaction():
            assert connection.autocommit is False
            raise RuntimeError("halfway")
        assert (connection.commits, connection.rollbacks, connection.autocommit) == (0, 1, True)


# -- `sqlml data` into SQL Server --------------------------------------------------------------------

def test_sqlml_data_loads_sql_server_in_one_transaction(pyodbc_stub):
    stub = pyodbc_stub()
    report = data.ensure_data(URL, scale_factor=0.01, progress=False)
    assert report.action == "loaded"
    log = stub.server.log
    ddl = [e[1] for e in log if e[0] == "execute" and e[1].startswith("CREATE TABLE")]
    for statement in ddl:
        sqlglot.parse_one(statement, read="tsql")
    sales = next(s for s in ddl if s.startswith("CREATE TABLE [dbo].[store_sales]"))
    assert "[ss_customer_sk] INT NULL" in sales and "[ss_net_paid] DECIMAL(7,2) NULL" in sales
    customer = next(s for s in ddl if s.startswith("CREATE TABLE [dbo].[customer]"))
    assert re.search(r"\[c_email_address\] VARCHAR\(\d+\) NULL", customer)
    assert any(s.startswith("CREATE TABLE dbo.sqlml_metadata") for s in ddl)
    assert any("CREATE DATABASE" in e[1] for e in log if e[0] == "execute")
    # every generated row went over bulk insert, each table split as on the embedded engine
    assert stub.server.bulk_rows["[staging].[store_sales]"] == report.rows["staging.store_sales"] > 0
    assert sum(stub.server.bulk_rows.values()) == report.total_rows
    load_connections = [c for c in stub.connect_calls if "DATABASE=tpcxbb_1gb" in c[0]]
    assert load_connections
    assert len(stub.server.committed) >= 1
    assert any("INSERT INTO dbo.sqlml_metadata" in s for s in stub.server.committed[-1])


def test_a_failed_sql_server_load_is_rolled_back(pyodbc_stub, monkeypatch):
    stub = pyodbc_stub()
    stub.server.fail_bulk_on = "store_returns"
    rollbacks = []
    original = FakeConnection.rollback

    def watched(self):
        rollbacks.append(self)
        original(self)

    monkeypatch.setattr(FakeConnection, "rollback", watched)
    with pytest.raises(TsqlError, match="Msg 9002"):
        data.ensure_data(URL, scale_factor=0.01, progress=False)
    assert rollbacks, "the load's transaction must be rolled back"
    assert not any("INSERT INTO dbo.sqlml_metadata" in s for batch in stub.server.committed for s in batch)


# -- against a real SQL Server (opt-in: SQLML_TEST_MSSQL_URL) ---------------------------------------
# For instructors, with the container of docker-compose.yml running:
#   SQLML_TEST_MSSQL_URL='mssql+pyodbc://sa@localhost:1433/sqlml_test?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes' \
#   SQLML_DATABASE_PASSWORD="$(sed -n 's/^MSSQL_SA_PASSWORD=//p' .env)" python -m pytest tests/test_sqlserver.py -k real_server
# It loads scale factor 0.01 into the URL's database (created if missing; use a scratch one).

REAL_URL = __import__("os").environ.get("SQLML_TEST_MSSQL_URL")
real_server = pytest.mark.skipif(not REAL_URL, reason="set SQLML_TEST_MSSQL_URL to test against a real SQL Server")


@real_server
def test_real_server_runs_batches_messages_and_parameters():
    with sqlml.connect(REAL_URL) as db:
        results = db.execute("PRINT 'hello'\nSELECT @n * 2 AS twice, @s AS s\nGO\nSELECT 1 AS one\nGO 2",
                             {"n": 21, "s": "O'Hara"})
    assert results[0].message == "hello"
    frames = [r.frame for r in results if r.frame is not None]
    assert frames[0].iloc[0].tolist() == [42, "O'Hara"] and len(frames) == 3
    with sqlml.connect(REAL_URL) as db, pytest.raises(TsqlError) as info:
        db.execute("SELECT * FROM dbo.no_such_table")
    assert info.value.number == 208


@real_server
def test_real_server_load_frame_round_trip():
    frame = pd.DataFrame({"id": [1, 2], "score": [0.5, None], "name": ["a", None]})
    with sqlml.connect(REAL_URL) as db:
        db.load_frame(frame, "dbo.sqlml_test_frame", if_exists="replace")
        back = db.query("SELECT id, score, name FROM dbo.sqlml_test_frame ORDER BY id")
        db.execute("DROP TABLE dbo.sqlml_test_frame")
    assert back["id"].tolist() == [1, 2] and back["name"].tolist() == ["a", None]
    assert back["score"].iloc[0] == 0.5 and pd.isna(back["score"].iloc[1])


@real_server
def test_real_server_data_and_features_match_the_embedded_engine(tmp_path):
    from sqlml.queries import read as read_query

    data.ensure_data(REAL_URL, scale_factor=0.01, force=True, progress=False)
    embedded = f"duckdb:///{(tmp_path / 'e.duckdb').resolve()}"
    data.ensure_data(embedded, scale_factor=0.01, progress=False)
    with sqlml.connect(REAL_URL) as db:
        server = db.query(read_query("return_features"))
        assert data.read_metadata(db)["scale_factor"] == 0.01
    with sqlml.connect(embedded) as db:
        local = db.query(read_query("return_features"))
    assert server["customer"].tolist() == local["customer"].tolist()
    for column in ("orderRatio", "itemsRatio", "monetaryRatio", "frequency"):
        np.testing.assert_allclose(server[column].astype(float), local[column].astype(float), rtol=1e-12,
                                   err_msg=column)
