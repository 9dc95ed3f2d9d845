"""`sqlml.connect()` and the Database API, through the public interface only (issue 2, part 2)."""
from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import sqlml
from sqlml import ConnectError, SqlmlError

ROOT = Path(__file__).resolve().parents[1]


def file_url(path: Path) -> str:
    return f"duckdb:///{path}"  # an absolute path gives duckdb:////abs/file.duckdb


DB_FILE = "test.duckdb"



def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SQLML_DATABASE_URL", "SQLML_HOME")}
    env.update(extra)
    return env


# -- where the URL comes from ------------------------------------------------------------------------

def test_the_argument_wins_over_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SQLML_DATABASE_URL", file_url(tmp_path / "from_env.duckdb"))
    with sqlml.connect(file_url(tmp_path / "from_argument.duckdb")) as db:
        db.execute("CREATE TABLE dbo.marker (a INT)")
    assert (tmp_path / "from_argument.duckdb").exists()
    assert not (tmp_path / "from_env.duckdb").exists()


def test_without_an_argument_the_environment_variable_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("SQLML_DATABASE_URL", file_url(tmp_path / "from_env.duckdb"))
    with sqlml.connect() as db:
        db.execute("CREATE TABLE dbo.marker (a INT)")
    with sqlml.connect(file_url(tmp_path / "from_env.duckdb")) as again:
        assert again.table_exists("dbo.marker")


def test_the_default_is_the_course_database_file(monkeypatch):
    monkeypatch.delenv("SQLML_DATABASE_URL", raising=False)
    monkeypatch.delenv("SQLML_HOME", raising=False)
    assert sqlml.resolve_url() == file_url(ROOT / "data" / "tpcxbb_1gb.duckdb")


@pytest.mark.parametrize("start", ["", "content", "tests", "src/sqlml"])
def test_the_default_is_the_same_file_from_any_working_directory(start):
    cwd = ROOT / start
    if not cwd.is_dir():
        pytest.skip(f"{start}/ does not exist yet")
    found = subprocess.run([sys.executable, "-c", "import sqlml; print(sqlml.resolve_url())"], cwd=cwd,
                           env=clean_env(), capture_output=True, text=True, check=True).stdout.strip()
    assert found == file_url(ROOT / "data" / "tpcxbb_1gb.duckdb")


def test_a_relative_url_opens_the_same_file_from_any_working_directory(tmp_path):
    """duckdb:///data/x.duckdb is under the course root, not the working directory."""
    home = tmp_path / "course"
    home.mkdir()
    program = ("import pandas, sqlml; db = sqlml.connect(); "
               "db.load_frame(pandas.DataFrame({'a': [1]}), 'dbo.visits', if_exists='append'); "
               "print(db.scalar('SELECT COUNT(*) FROM dbo.visits'))")
    counts = []
    for cwd in (ROOT, ROOT / "tests", tmp_path):
        env = clean_env(SQLML_HOME=str(home), SQLML_DATABASE_URL="duckdb:///data/tpcxbb_1gb.duckdb")
        done = subprocess.run([sys.executable, "-c", program], cwd=cwd, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        counts.append(done.stdout.strip())
    assert counts == ["1", "2", "3"]
    assert sorted(p.name for p in home.rglob("*.duckdb")) == ["tpcxbb_1gb.duckdb"]


# -- running scripts ---------------------------------------------------------------------------------------

SCRIPT = """\
-- a table of fruit
CREATE TABLE dbo.fruit (name VARCHAR(20), qty INT);
INSERT INTO dbo.fruit VALUES ('apple', 3), ('pear', 5), ('fig', 1); /* three rows */
GO
/* a block comment
   with GO inside it
GO
*/
SELECT name FROM dbo.fruit WHERE qty > 1 ORDER BY name;  -- two of them
SELECT COUNT(*) AS n FROM dbo.fruit
GO
"""


def test_execute_runs_batches_statements_and_comments_in_order(db):
    results = db.execute(SCRIPT)
    shape = [("table", r.frame.to_dict("list")) if r.is_result_set else ("message", r.message) for r in results]
    assert shape == [
        ("message", "(3 rows affected)"),
        ("table", {"name": ["apple", "pear"]}),
        ("message", "(2 rows affected)"),
        ("table", {"n": [3]}),
        ("message", "(1 row affected)"),
    ]


def test_several_statements_in_a_batch_need_no_semicolons(db):
    results = db.execute("CREATE TABLE dbo.t (a INT)\nINSERT INTO dbo.t VALUES (1), (2)\n"
                         "SELECT a FROM dbo.t ORDER BY a SELECT COUNT(*) AS n FROM dbo.t")
    frames = [r.frame for r in results if r.is_result_set]
    assert [f.iloc[:, 0].tolist() for f in frames] == [[1, 2], [2]]


def test_go_with_a_count_repeats_the_batch(db):
    db.execute("CREATE TABLE dbo.t (a INT)\nGO\nINSERT INTO dbo.t VALUES (1)\nGO 3")
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == 3


def test_query_returns_the_last_result_set(db):
    db.execute(SCRIPT)
    frame = db.query("SELECT name FROM dbo.fruit ORDER BY name; SELECT qty FROM dbo.fruit ORDER BY qty")
    assert isinstance(frame, pd.DataFrame)
    assert frame["qty"].tolist() == [1, 3, 5]


def test_query_without_a_result_set_says_to_use_execute(db):
    with pytest.raises(SqlmlError, match="use execute"):
        db.query("CREATE TABLE dbo.t (a INT)")


def test_parameters_are_bound_not_pasted(db):
    db.execute(SCRIPT)
    sneaky = "x'; DROP TABLE dbo.fruit; --"
    assert db.query("SELECT COUNT(*) AS n FROM dbo.fruit WHERE name = @name", {"name": sneaky})["n"].tolist() == [0]
    assert db.table_exists("dbo.fruit")


def test_load_frame_round_trips_a_dataframe(db):
    frame = pd.DataFrame({
        "customer_sk": [1, 2, 3],
        "ratio": [0.5, 1.25, None],
        "email": ["a@example.com", None, "c'quote@example.com"],
        "first_seen": pd.to_datetime(["2001-01-02", "2002-03-04", "2003-05-06"]),
    })
    assert db.load_frame(frame, "dbo.features") == 3
    back = db.query("SELECT customer_sk, ratio, email, first_seen FROM dbo.features ORDER BY customer_sk")
    assert back["customer_sk"].tolist() == [1, 2, 3]
    assert back["ratio"].tolist()[:2] == [0.5, 1.25] and pd.isna(back["ratio"].iloc[2])
    assert back["email"].tolist()[0] == "a@example.com" and pd.isna(back["email"].iloc[1])
    assert back["email"].iloc[2] == "c'quote@example.com"
    assert [pd.Timestamp(v).date() for v in back["first_seen"]] == [
        datetime.date(2001, 1, 2), datetime.date(2002, 3, 4), datetime.date(2003, 5, 6)]


def test_load_frame_will_not_overwrite_by_accident(db):
    frame = pd.DataFrame({"a": [1, 2]})
    db.load_frame(frame, "dbo.t")
    with pytest.raises(SqlmlError, match="already exists"):
        db.load_frame(frame, "dbo.t")
    assert db.load_frame(frame, "dbo.t", if_exists="append") == 2
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == 4
    db.load_frame(frame.head(1), "dbo.t", if_exists="replace")
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == 1


# -- bad input --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["sqlite:///course.db", "postgresql://localhost/tpcxbb_1gb",
                                 "data/tpcxbb_1gb.duckdb", "duckdb:/tpcxbb_1gb.duckdb"])
def test_an_unknown_url_scheme_gets_one_line_naming_the_accepted_ones(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConnectError) as error:
        sqlml.connect(url)
    message = str(error.value)
    assert len(message.splitlines()) == 1
    assert repr(url) in message and "duckdb://" in message and "mssql+pyodbc://" in message
    assert list(tmp_path.iterdir()) == []


def test_a_database_file_held_by_another_process_names_the_holder(tmp_path):
    path = tmp_path / "held.duckdb"
    with sqlml.connect(file_url(path)) as db:
        db.execute("CREATE TABLE dbo.kept (a INT); INSERT INTO dbo.kept VALUES (7)")
    holder = subprocess.Popen(
        # A statement alone releases the file when it ends; an open transaction keeps it (as SQL Server
        # keeps a session's transaction on its connection).
        [sys.executable, "-c", "import sys, sqlml; db = sqlml.connect(sys.argv[1]); db.execute('BEGIN TRANSACTION'); "
                               "print('holding', flush=True); sys.stdin.read()", file_url(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=clean_env())
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(ConnectError) as error:
            sqlml.connect(file_url(path))
        message = str(error.value)
        assert len(message.splitlines()) == 1
        assert f"PID {holder.pid}" in message and "python" in message
        assert "transaction open" in message and "COMMIT or ROLLBACK" in message
    finally:
        holder.communicate("", timeout=60)
    with sqlml.connect(file_url(path)) as db:  # nothing was damaged, and the file is free again
        assert db.scalar("SELECT a FROM dbo.kept") == 7


def test_an_unreachable_sql_server_gets_one_line_that_says_the_fix():
    with pytest.raises(ConnectError) as error:
        sqlml.connect("mssql+pyodbc://sa:NotThePassword1@127.0.0.1:1/tpcxbb_1gb")
    message = str(error.value)
    assert len(message.splitlines()) == 1
    assert any(fix in message for fix in ("docker compose up", "ODBC driver", "unixODBC", "pip install"))


def test_a_failed_statement_changes_nothing(db):
    db.execute(SCRIPT)
    with pytest.raises(sqlml.TsqlError):
        db.execute("INSERT INTO dbo.fruit SELECT name, CAST(name AS INT) FROM dbo.fruit")
    assert db.scalar("SELECT COUNT(*) FROM dbo.fruit") == 3


@pytest.mark.parametrize("where", ["a_file/inside.duckdb", "not_a_database.duckdb"])
def test_a_location_that_cannot_hold_a_database_gets_one_line_naming_it(tmp_path, where):
    (tmp_path / "a_file").write_text("just text")
    (tmp_path / "not_a_database.duckdb").write_text("just text")
    path = tmp_path / where
    with pytest.raises(ConnectError) as error:
        sqlml.connect(file_url(path))
    message = str(error.value)
    assert len(message.splitlines()) == 1 and str(path) in message
    assert (tmp_path / "not_a_database.duckdb").read_text() == "just text"  # left as it was
