"""The `sqlml` command: `sqlml sql FILE|-`, and bad input that must fail clearly and damage nothing."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import sqlml
import sqlml.book
from sqlml.cli import main

SQLML = Path(sys.executable).with_name("sqlml")  # the console script installed next to this Python


def file_url(path: Path) -> str:
    return f"duckdb:///{path}"


@pytest.fixture
def course(tmp_path, monkeypatch):
    """A course root of its own with the database URL pointing into it, so nothing touches data/."""
    home = tmp_path / "course"
    home.mkdir()
    monkeypatch.setenv("SQLML_HOME", str(home))
    monkeypatch.setenv("SQLML_DATABASE_URL", file_url(home / "course.duckdb"))
    return home


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def count(home: Path, table: str) -> int:
    with sqlml.connect(file_url(home / "course.duckdb")) as db:
        return int(db.scalar(f"SELECT COUNT(*) FROM {table}"))


def subprocess_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, SQLML_HOME=str(home), SQLML_DATABASE_URL=file_url(home / "course.duckdb"))
    return env


FRUIT = """\
CREATE TABLE dbo.fruit (name VARCHAR(20), qty INT);
INSERT INTO dbo.fruit VALUES ('apple', 3), ('pear', NULL), ('fig', 12);
GO
SELECT name, qty FROM dbo.fruit ORDER BY name
"""


# -- sqlml sql ----------------------------------------------------------------------------------------------

def test_sql_prints_result_sets_and_messages_like_sqlcmd(course, tmp_path, capsys):
    assert main(["sql", write(tmp_path / "fruit.sql", FRUIT)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "(3 rows affected)",
        "name  qty",
        "----- ----",
        "apple 3",
        "fig   12",
        "pear  NULL",
        "(3 rows affected)",
    ]


def test_sql_reads_the_script_from_standard_input(course, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(FRUIT))
    assert main(["sql", "-"]) == 0
    assert "apple 3" in capsys.readouterr().out
    assert count(course, "dbo.fruit") == 3


def test_sql_uses_the_database_option_over_the_environment(course, tmp_path, capsys):
    other = tmp_path / "other.duckdb"
    assert main(["sql", write(tmp_path / "fruit.sql", FRUIT), "--database", file_url(other)]) == 0
    assert other.exists() and not (course / "course.duckdb").exists()


@pytest.mark.parametrize("name, expected", [("missing.sql", "No such script file"), (".", "is a folder")])
def test_a_script_that_cannot_be_read_gets_one_line_and_creates_nothing(course, tmp_path, capsys, monkeypatch,
                                                                       name, expected):
    monkeypatch.chdir(tmp_path)
    assert main(["sql", name]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and expected in err and err.startswith("sqlml sql: error:")
    assert list(course.iterdir()) == []


def test_a_script_that_is_not_utf8_gets_one_line(course, tmp_path, capsys):
    script = tmp_path / "latin1.sql"
    script.write_bytes("SELECT 'café' AS x".encode("latin-1"))
    assert main(["sql", str(script)]) == 1
    assert "is not UTF-8 text" in capsys.readouterr().err


SYNTAX_ERROR = """\
CREATE TABLE dbo.kept (a INT);
INSERT INTO dbo.kept VALUES (1), (2);
GO
-- line 4: the next batch has a mistake on line 6
SELECT a FROM dbo.kept
WHERE a = = 1;
GO
INSERT INTO dbo.kept VALUES (4);
"""

# A typo after a statement of the same batch: SQL Server compiles the batch first, so line 5 never runs.
TYPO_LATE_IN_BATCH = """CREATE TABLE dbo.kept (a INT);
INSERT INTO dbo.kept VALUES (1), (2);
GO
-- line 4: the next batch has a mistake on line 6
INSERT INTO dbo.kept VALUES (3);
SELECT a FROM dbo.kept WHERE a = = 1;
"""


def test_a_syntax_error_gives_line_and_column_exit_1_and_keeps_earlier_batches(course, tmp_path, capsys):
    assert main(["sql", write(tmp_path / "broken.sql", SYNTAX_ERROR)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == ["(2 rows affected)"]  # what ran before the error was printed
    first, *rest = err.splitlines()
    assert re.match(r"sqlml sql: error: Msg 102, Level 15, State 1, Line 6, Column \d+: ", first), first
    assert rest == ["sqlml sql: stopped in the batch starting at line 4; "
                    "the batch before it ran and its changes are kept."]
    with sqlml.connect() as db:
        kept = db.query("SELECT a FROM dbo.kept")["a"].tolist()
    assert sorted(kept) == [1, 2]  # the first batch stayed; nothing after the error ran


def test_a_syntax_error_runs_nothing_of_its_batch(course, tmp_path):
    """SQL Server compiles a whole batch before it runs any of it, so a typo on line 6 stops line 5 too."""
    assert main(["sql", write(tmp_path / "broken.sql", TYPO_LATE_IN_BATCH)]) == 1
    with sqlml.connect() as db:
        assert db.query("SELECT a FROM dbo.kept ORDER BY a")["a"].tolist() == [1, 2]


def test_a_runtime_error_stops_the_script_and_leaves_the_table_as_it_was(course, tmp_path, capsys):
    script = FRUIT + "GO\nINSERT INTO dbo.fruit SELECT name, CAST(name AS INT) FROM dbo.fruit\nGO\n" \
                     "DROP TABLE dbo.fruit\n"
    assert main(["sql", write(tmp_path / "bad.sql", script)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"Msg \d+, Level 16, State 1, Line 6", err), err
    assert count(course, "dbo.fruit") == 3  # the failed INSERT added nothing and the DROP never ran


def test_an_unsupported_construct_is_refused_and_names_sql_server(course, tmp_path, capsys):
    script = FRUIT + "GO\nSELECT name FROM dbo.fruit FOR XML PATH('')\n"
    assert main(["sql", write(tmp_path / "xml.sql", script)]) == 1
    err = capsys.readouterr().err
    assert "SQL Server runs it" in err and "Line 6" in err
    assert count(course, "dbo.fruit") == 3


def test_an_empty_script_does_nothing_and_succeeds(course, tmp_path, capsys):
    assert main(["sql", write(tmp_path / "empty.sql", "-- nothing to do\n\nGO\n")]) == 0
    assert capsys.readouterr().out == ""


# -- connections from the command line ------------------------------------------------------------------------

def test_an_unknown_url_scheme_fails_with_one_line_and_creates_nothing(course, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(course)
    script = write(tmp_path / "fruit.sql", FRUIT)
    assert main(["sql", script, "--database", "sqlite:///course.db"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "Unknown database URL 'sqlite:///course.db'" in err and "duckdb://" in err
    assert list(course.iterdir()) == []


def test_an_unreachable_sql_server_fails_with_one_line(course, tmp_path, capsys):
    script = write(tmp_path / "fruit.sql", FRUIT)
    assert main(["sql", script, "--database", "mssql+pyodbc://sa:NotThePassword1@127.0.0.1:1/tpcxbb_1gb"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("sqlml sql: error:")


def test_a_database_held_by_another_process_fails_naming_it_and_changes_nothing(course, tmp_path, capsys):
    assert main(["sql", write(tmp_path / "fruit.sql", FRUIT)]) == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlml, sys; db = sqlml.connect(); db.execute('BEGIN TRAN'); print('holding', flush=True); "
         "sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=subprocess_env(course))
    try:
        assert holder.stdout.readline().strip() == "holding"
        capsys.readouterr()
        assert main(["sql", write(tmp_path / "drop.sql", "DROP TABLE dbo.fruit")]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and f"PID {holder.pid}" in err
    finally:
        holder.communicate("", timeout=60)
    assert count(course, "dbo.fruit") == 3


# -- scale factors ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["data", "run"])
@pytest.mark.parametrize("value", ["0", "-1", "-0.5", "abc", "nan", "inf", ""])
def test_a_bad_scale_factor_exits_2_with_one_message_and_creates_nothing(course, capsys, command, value):
    with pytest.raises(SystemExit) as stop:
        main([command, "--scale-factor", value])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith(f"usage: sqlml {command}")
    assert err[-1] == (f"sqlml {command}: error: argument --scale-factor: scale factor must be a number above 0, "
                       f"such as 0.01 or 1; got {value!r}")
    assert list(course.iterdir()) == []


# -- the installed console script ---------------------------------------------------------------------------

def test_console_script_runs_a_script_from_standard_input(course):
    done = subprocess.run([str(SQLML), "sql", "-"], input=FRUIT, capture_output=True, text=True,
                          env=subprocess_env(course), cwd=course)
    assert done.returncode == 0, done.stderr
    assert "pear  NULL" in done.stdout and done.stderr == ""


def test_console_script_exits_1_with_sql_server_style_text_and_no_traceback(course, tmp_path):
    done = subprocess.run([str(SQLML), "sql", write(tmp_path / "broken.sql", SYNTAX_ERROR)], capture_output=True,
                          text=True, env=subprocess_env(course))
    assert done.returncode == 1
    assert done.stdout.splitlines() == ["(2 rows affected)"]
    assert "Msg 102, Level 15, State 1, Line 6, Column" in done.stderr
    assert "Traceback" not in done.stderr


def test_console_script_bad_scale_factor_exits_2(course):
    done = subprocess.run([str(SQLML), "data", "--scale-factor", "zero"], capture_output=True, text=True,
                          env=subprocess_env(course))
    assert done.returncode == 2
    assert "scale factor must be a number above 0" in done.stderr and "Traceback" not in done.stderr
    assert list(course.iterdir()) == []


def test_output_from_before_a_runtime_error_in_the_same_batch_is_printed(course, tmp_path, capsys):
    script = FRUIT + "SELECT * FROM dbo.no_such_table\n"
    assert main(["sql", write(tmp_path / "late.sql", script)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[-2:] == ["pear  NULL", "(3 rows affected)"]
    assert "Line 5" in err


def test_binary_values_print_as_hex_and_long_ones_are_cut(course, tmp_path, capsys):
    import pandas as pd

    with sqlml.connect() as db:
        db.load_frame(pd.DataFrame({"k": [1, 2], "blob": [b"\x01\xab", bytes(100)]}), "dbo.blobs")
    assert main(["sql", write(tmp_path / "blobs.sql", "SELECT k, blob FROM dbo.blobs ORDER BY k")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split() == ["1", "0x01AB"]
    assert lines[3].split()[1] == "0x" + "00" * 32 + "..." and lines[3].endswith("(100 bytes)")


def test_an_interrupted_script_exits_130_and_says_what_was_kept(course, tmp_path, capsys, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("sqlml.scripts.run_batches", interrupted)
    assert main(["sql", write(tmp_path / "fruit.sql", FRUIT)]) == 130
    assert capsys.readouterr().err.strip() == "sqlml sql: interrupted; the batches that had finished keep their changes."


# -- Ctrl+C in run, retrain and book ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def loaded_database(tmp_path_factory) -> Path:
    from sqlml.data import ensure_data

    path = tmp_path_factory.mktemp("loaded") / "course.duckdb"
    ensure_data(file_url(path), scale_factor=0.01, progress=False)
    return path


@pytest.fixture
def course_folder(tmp_path, monkeypatch, loaded_database) -> Path:
    """A course folder (its notebooks) whose database is a copy of the loaded data."""
    import shutil

    from conftest import copy_course

    home = copy_course(tmp_path / "course")
    (home / "data").mkdir()
    shutil.copy2(loaded_database, home / "data" / "tpcxbb_1gb.duckdb")
    monkeypatch.setenv("SQLML_HOME", str(home))
    monkeypatch.delenv("SQLML_DATABASE_URL", raising=False)
    return home


def test_a_ctrl_c_that_python_swallowed_still_stops_the_run_with_130(course_folder, capsys, monkeypatch):
    """Python drops a KeyboardInterrupt raised inside a garbage-collector callback (papermill's kernel
    start makes many); the run still stops after the notebook it was in, exit 130."""
    import shutil

    import sqlml.cli as cli
    import sqlml.course as course

    ran = []

    def swallowed(source, database_url, scale_factor, output_dir=None):
        ran.append(source.stem)
        try:
            cli._on_interrupt(2, None)  # the handler runs, its exception is lost on the way
        except KeyboardInterrupt:
            pass
        target = (output_dir or course.executed_dir()) / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        return target

    monkeypatch.setattr(course, "_run_one", swallowed)
    assert main(["run", "--scale-factor", "0.01", "--no-book"]) == 130
    assert ran == ["01-architecture"]
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(
        "sqlml run: interrupted; the notebooks that had finished are kept")


def test_ctrl_c_in_retrain_keeps_nothing_of_it(course_folder, capsys, monkeypatch):
    import sqlml.retraining as retraining

    url = file_url(course_folder / "data" / "tpcxbb_1gb.duckdb")
    staged = "SELECT COUNT(*) AS n FROM staging.store_sales"
    with sqlml.connect(url) as db:
        before = db.scalar(staged)

    def interrupted(db, name):  # the staged rows were moved in the same transaction just before
        raise KeyboardInterrupt

    monkeypatch.setattr(retraining, "retrain", interrupted)
    assert main(["retrain"]) == 130
    assert capsys.readouterr().err.strip() == ("sqlml retrain: interrupted; a retraining is one transaction, so "
                                               "none of it was kept: the staged data and the champion are as they were.")
    with sqlml.connect(url) as db:
        assert db.scalar(staged) == before > 0
    assert not (course_folder / "data" / "tpcxbb_1gb.duckdb.wal").exists()


def test_ctrl_c_in_book_keeps_the_published_book(course_folder, capsys, monkeypatch):
    import json

    executed = course_folder / "_build" / "executed"
    executed.mkdir(parents=True)
    for source in (course_folder / "content").glob("[0-9][0-9]-*.ipynb"):
        notebook = json.loads(source.read_text())  # as a run leaves it: with the run's record
        notebook["metadata"]["sqlml"] = {"run_id": "r1", "notebook": source.stem, "started_at": "2026-01-01T00:00:00Z",
                                         "seconds": 1.0, "passed": True, "engine": "embedded",
                                         "engine_version": "DuckDB", "scale_factor": 0.01, "database": "duckdb:///x"}
        (executed / source.name).write_text(json.dumps(notebook))
    published = course_folder / "_build" / "html" / "index.html"
    published.parent.mkdir()
    published.write_text("<p>the book of the last run</p>")

    def interrupted(*args, **kwargs):  # Ctrl+C while jupyter-book runs
        raise KeyboardInterrupt

    monkeypatch.setattr(sqlml.book.subprocess, "run", interrupted)
    assert main(["book"]) == 130
    assert capsys.readouterr().err.strip() == "sqlml book: interrupted; the book built before is unchanged."
    assert published.read_text() == "<p>the book of the last run</p>"
