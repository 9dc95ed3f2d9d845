"""Hostile input to `sqlml data` and `sqlml sql`: one clear line each, never a traceback.

The failures are real ones, not simulations where the system allows it: a file size limit
(RLIMIT_FSIZE, in a child process) makes DuckDB's own writes fail as on a full disk, with the
exception classes DuckDB really raises (an IO error, or a fatal error when a checkpoint cannot be
written); /sys is a folder nobody may create files in, even root; a regular file stands where a
folder should be made. Ctrl+C is a real SIGINT, sent once the long operation is known to run (no
sleep racing a start), repeated until the command says it was interrupted.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from sqlml import data, files
from sqlml.cli import main

SF = 0.01
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("refusals") / "course.duckdb"
    data.ensure_data(f"duckdb:///{path}", scale_factor=SF, progress=False)
    return path


@pytest.fixture
def learners_database(loaded, tmp_path) -> Path:
    """A loaded database with the learner's own work in it, which no failed load may lose."""
    path = tmp_path / "course.duckdb"
    shutil.copy(loaded, path)
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE dbo.learner_notes AS SELECT 42 AS answer")
    return path


def run_child(code: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    # SIGINT as a terminal gives it, even when these tests run in a background job (which ignores
    # SIGINT, and a child inherits that): the Ctrl+C tests below press it.
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          timeout=600, env={**os.environ, **(env or {})}, cwd=ROOT,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def verdict(stderr: str) -> list[str]:
    """The lines the command wrote for a person (progress bars left out)."""
    return [line for line in re.split(r"[\r\n]+", stderr) if line.startswith("sqlml ")]


def learner_work_survived(path: Path) -> bool:
    with duckdb.connect(str(path), read_only=True) as connection:
        return connection.execute("SELECT answer FROM dbo.learner_notes").fetchone()[0] == 42


# -- a full disk, a folder that may not be written ---------------------------------------------------

FULL_DISK = """
import resource, signal, sys
from sqlml import data, files
from sqlml.cli import main

limit = int(sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG, as ENOSPC would
if sys.argv[3] == "generation":
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
else:  # let dsdgen finish, then make the load's own writes fail
    original = data._load_embedded
    def limited(*args, **kwargs):
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        return original(*args, **kwargs)
    data._load_embedded = limited
sys.exit(main(["data", "--scale-factor", "0.02", "--database", f"duckdb:///{sys.argv[1]}"]))
"""


@pytest.mark.parametrize("phase, limit", [("generation", 3_000_000), ("load", 1_000_000)])
def test_a_disk_that_fills_while_loading_gets_one_line_and_keeps_the_old_database(learners_database, phase,
                                                                                    limit):
    before = learners_database.stat()
    child = run_child(FULL_DISK, str(learners_database), str(limit), phase)
    lines = verdict(child.stderr)
    assert child.returncode == 1, child.stderr
    assert "Traceback" not in child.stderr and len(lines) == 1, child.stderr
    assert lines[0].startswith("sqlml data: error: Could not write")
    assert "free some disk space" in lines[0] and "the previous database is unchanged" in lines[0]
    after = learners_database.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert learner_work_survived(learners_database)
    assert sorted(p.name for p in learners_database.parent.iterdir()) == ["course.duckdb"]


def test_duckdbs_write_errors_are_recognised_whatever_their_class():
    """DuckDB reports a failed write as an IO error while writing, as a fatal error when a checkpoint
    fails and as a transaction error when a commit does; each is a write failure, none a traceback."""
    for error in (duckdb.IOException('Could not write file "x": No space left on device'),
                  duckdb.FatalException('Failed to create checkpoint because of error: Could not write file "x": '
                                        'File too large'),
                  duckdb.TransactionException("Failed to commit: could not write to the WAL: No space left on device"),
                  OSError(28, "No space left on device")):
        assert files.is_write_failure(error)
        assert "free some disk space" in files.explain_write_failure(Path("/x/course.duckdb"), error)
    assert not files.is_write_failure(duckdb.TransactionException("Conflict on update"))


@pytest.mark.parametrize("where, advice", [
    ("/sys/sqlml-course.duckdb", "writable"),                # a folder even root cannot create files in
    ("{tmp}/a-file/data/course.duckdb", "cannot be made"),   # a file where a folder must be made
    ("/proc/sqlml/course.duckdb", "cannot be made"),         # a folder that cannot be created
])
def test_a_folder_that_cannot_be_made_or_written_is_said_before_generating(tmp_path, capsys, monkeypatch, where,
                                                                           advice):
    if not where.startswith("{") and not Path("/", Path(where).parts[1]).is_dir():
        pytest.skip(f"no {Path(where).parts[1]} folder on this system")
    (tmp_path / "a-file").write_text("not a folder")
    target = where.format(tmp=tmp_path)

    def must_not_generate(*args, **kwargs):
        raise AssertionError("generated data that could not be stored")

    monkeypatch.setattr(data, "generated_data", must_not_generate)
    assert main(["data", "--scale-factor", str(SF), "--database", f"duckdb:///{target}"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("sqlml data: error: Could not write"), err
    assert advice in err and "no database was created" in err


# -- limits that are stated ----------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["1e6", "101", "1e308"])
def test_a_scale_factor_over_the_limit_is_refused_with_the_limit(tmp_path, capsys, value):
    target = tmp_path / "never.duckdb"
    with pytest.raises(SystemExit) as exit_info:
        main(["data", "--scale-factor", value, "--database", f"duckdb:///{target}"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"scale factor must be at most {data.MAX_SCALE_FACTOR:g}" in err and repr(value) in err
    assert "Traceback" not in err and not target.exists()
    with pytest.raises(data.DataError, match="at most 100"):
        data.ensure_data(f"duckdb:///{target}", scale_factor=float(value), progress=False)


def test_the_largest_scale_factor_is_accepted():
    assert data.validate_scale_factor(data.MAX_SCALE_FACTOR) == data.MAX_SCALE_FACTOR


def run_sql(capsys, monkeypatch, tmp_path, script: str) -> tuple[int, list[str]]:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(script))
    code = main(["sql", "-", "--database", f"duckdb:///{tmp_path / 'scratch.duckdb'}"])
    captured = capsys.readouterr()
    return code, [line for line in captured.err.splitlines() if line.strip()]


@pytest.mark.parametrize("count", ["99999999999999999999", "10001", "0"])
def test_a_go_count_over_the_limit_is_refused_before_anything_runs(capsys, monkeypatch, tmp_path, count):
    from sqlml.tsql.batches import MAX_GO_COUNT

    code, err = run_sql(capsys, monkeypatch, tmp_path, f"CREATE TABLE dbo.t (x INT);\nGO\nSELECT 1 AS one\nGO {count}\n")
    assert code == 1 and len(err) == 1, err
    assert err[0].startswith("sqlml sql: error: Msg 102, Level 15, State 1, Line 4:")
    assert f"GO {count}" in err[0] and f"from 1 to {MAX_GO_COUNT:,}" in err[0]
    with duckdb.connect(str(tmp_path / "scratch.duckdb")) as connection:  # nothing ran, not even batch 1
        assert connection.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 't'").fetchone()[0] == 0


def test_a_go_count_within_the_limit_repeats_the_batch(capsys, monkeypatch, tmp_path):
    code, _ = run_sql(capsys, monkeypatch, tmp_path,
                      "CREATE TABLE dbo.t (x INT);\nGO\nINSERT INTO dbo.t VALUES (1);\nGO 3\n")
    assert code == 0
    with duckdb.connect(str(tmp_path / "scratch.duckdb")) as connection:
        assert connection.execute("SELECT count(*) FROM dbo.t").fetchone()[0] == 3


def test_an_in_list_of_a_million_values_is_refused_at_once_with_the_limit(capsys, monkeypatch, tmp_path):
    from sqlml.tsql.limits import MAX_IN_LIST_VALUES

    values = ", ".join(str(n) for n in range(1_400_000))
    code, err = run_sql(capsys, monkeypatch, tmp_path,
                        f"SELECT 1 AS one\nGO\nSELECT COUNT(*) AS n FROM dbo.customer\nWHERE c_customer_sk IN ({values})")
    assert code == 1 and len(err) == 2, err[:3]  # the error, then which batches ran (as for any failed batch)
    assert err[0].startswith("sqlml sql: error: Msg 8623, Level 16, State 1, Line 4:")
    assert err[1].startswith("sqlml sql: stopped in the batch starting at line 3")
    assert f"more than {MAX_IN_LIST_VALUES:,} values" in err[0] and "table" in err[0]


def test_an_in_list_at_the_limit_and_commas_elsewhere_still_run(capsys, monkeypatch, tmp_path):
    from sqlml.tsql.limits import MAX_IN_LIST_VALUES, check_in_lists

    at_limit = ", ".join(str(n) for n in range(MAX_IN_LIST_VALUES))
    check_in_lists(f"SELECT 1 WHERE 5 IN ({at_limit})")
    commas_in_a_string = "'" + "," * 20_000 + "'"
    check_in_lists(f"SELECT 1 AS x WHERE 'a' IN ({commas_in_a_string}, 'b') -- {',' * 20_000}")
    many_rows = ", ".join(f"({n})" for n in range(20_000))  # VALUES rows are not an IN list
    check_in_lists(f"INSERT INTO dbo.t (x) VALUES {many_rows}")
    code, _ = run_sql(capsys, monkeypatch, tmp_path, f"SELECT COUNT(*) AS n FROM (VALUES (1), (2)) AS t(a) "
                                                     f"WHERE a IN ({', '.join(str(n) for n in range(500))})")
    assert code == 0


# -- standard input and output -------------------------------------------------------------------------

SQL = [sys.executable, "-m", "sqlml.cli", "sql", "-"]


@pytest.mark.parametrize("case", ["closed stdout", "latin-1 stdin", "closed stdin", "broken pipe"])
def test_sqlml_sql_with_unusable_standard_streams_says_so_in_one_line(tmp_path, case):
    database = tmp_path / "scratch.duckdb"
    command = [*SQL, "--database", f"duckdb:///{database}"]
    script = "CREATE TABLE dbo.t (x INT);\nSELECT 'caf\u00e9' AS word;\n"
    stdin, stdout = subprocess.PIPE, subprocess.PIPE
    feed = script.encode("latin-1" if case == "latin-1 stdin" else "utf-8")
    if case == "closed stdout":
        stdout = None
        command = ["sh", "-c", '"$@" >&-', "sh", *command]
    elif case == "closed stdin":
        command, feed = ["sh", "-c", '"$@" <&-', "sh", *command], None
        stdin = None
    elif case == "broken pipe":
        read_end, write_end = os.pipe()
        os.close(read_end)  # nobody reads what sqlml prints
        stdout = write_end
    child = subprocess.run(command, input=feed, stdin=stdin if feed is None else None, stdout=stdout,
                           stderr=subprocess.PIPE, timeout=120, cwd=ROOT)
    if case == "broken pipe":
        os.close(write_end)
    err = child.stderr.decode()
    assert child.returncode == 1 and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("sqlml sql: error: "), err
    expected = {"closed stdout": "Standard output is closed", "latin-1 stdin": "not UTF-8 text (byte 0xE9",
                "closed stdin": "Standard input is closed", "broken pipe": "broken pipe"}[case]
    assert expected in err
    ran = case == "broken pipe"  # only then did the script start; refusals run nothing
    if database.exists():
        with duckdb.connect(str(database)) as connection:
            made = connection.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 't'").fetchone()[0]
        assert made == int(ran)
    else:
        assert not ran


def test_a_utf8_script_on_standard_input_runs_whatever_the_locale(tmp_path):
    child = subprocess.run([*SQL, "--database", f"duckdb:///{tmp_path / 'x.duckdb'}"],
                           input="SELECT N'caf\u00e9' AS word;".encode(), capture_output=True, timeout=120,
                           env={**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}, cwd=ROOT)
    assert child.returncode == 0, child.stderr.decode()
    assert "caf\u00e9" in child.stdout.decode("utf-8", "replace")


# -- Ctrl+C ------------------------------------------------------------------------------------------

INTERRUPT = """
import os, signal, sys, threading
from sqlml import cli, data
from sqlml.external.interpreter import Interpreter

handled = threading.Event()
def press_ctrl_c():
    # Once the long operation has started: Ctrl+C, again every half second until the command has
    # said it was interrupted (the first press may land before DuckDB listens for it).
    os.kill(os.getpid(), signal.SIGINT)
    while not handled.wait(0.5):
        os.kill(os.getpid(), signal.SIGINT)

def when_started(function):
    def wrapper(*args, **kwargs):
        if not getattr(wrapper, "pressed", False) and (sys.argv[1] != "sql" or "COUNT_BIG" in str(args[1])):
            wrapper.pressed = True
            threading.Thread(target=press_ctrl_c, daemon=True).start()
        return function(*args, **kwargs)
    return wrapper

original_interrupted = cli._interrupted
def interrupted(command):
    handled.set()
    return original_interrupted(command)
cli._interrupted = interrupted

phase = sys.argv[1]
if phase == "generation":
    data.load_tpcds = when_started(data.load_tpcds)   # right before dsdgen runs
elif phase == "load":
    data._fill_embedded = when_started(data._fill_embedded)
else:
    Interpreter.execute_sql = when_started(Interpreter.execute_sql)
command = ["sql", sys.argv[3]] if phase == "sql" else ["data", "--force", "--scale-factor", "0.02"]
sys.exit(cli.main([*command, "--database", f"duckdb:///{sys.argv[2]}"]))
"""


@pytest.mark.parametrize("phase", ["generation", "load"])
def test_ctrl_c_during_sqlml_data_exits_130_in_one_line_and_keeps_the_old_database(learners_database, phase):
    child = run_child(INTERRUPT, phase, str(learners_database))
    assert child.returncode == 130, child.stderr
    assert "Traceback" not in child.stderr and "Query interrupted" not in child.stderr, child.stderr
    assert verdict(child.stderr) == ["sqlml data: interrupted; the database is as it was before (nothing "
                                     "half-loaded was kept)."]
    assert learner_work_survived(learners_database)
    assert sorted(p.name for p in learners_database.parent.iterdir()) == ["course.duckdb"]


def test_ctrl_c_during_a_long_query_exits_130_and_keeps_the_batches_that_finished(tmp_path):
    script = tmp_path / "long.sql"
    script.write_text(
        "CREATE TABLE dbo.kept (x INT);\n"
        "INSERT INTO dbo.kept VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10);\n"
        "INSERT INTO dbo.kept SELECT a.x FROM dbo.kept a CROSS JOIN dbo.kept b CROSS JOIN dbo.kept c "
        "CROSS JOIN dbo.kept d CROSS JOIN dbo.kept e;\n"
        "GO\n"
        "SELECT COUNT_BIG(*) AS n FROM dbo.kept a CROSS JOIN dbo.kept b CROSS JOIN dbo.kept c "
        "WHERE a.x + b.x + c.x > 0;\n")
    database = tmp_path / "scratch.duckdb"
    child = run_child(INTERRUPT, "sql", str(database), str(script))
    assert child.returncode == 130, child.stderr
    assert "Traceback" not in child.stderr and "Query interrupted" not in child.stderr, child.stderr
    assert verdict(child.stderr) == ["sqlml sql: interrupted; the batches that had finished keep their changes."]
    with duckdb.connect(str(database), read_only=True) as connection:
        assert connection.execute("SELECT count(*) FROM dbo.kept").fetchone()[0] == 100_010


# -- the course's folder ---------------------------------------------------------------------------------

@pytest.mark.parametrize("home", ["{tmp}/nowhere", "{tmp}", "{tmp}/a-file"])
def test_sqlml_book_with_a_wrong_sqlml_home_says_so_in_one_line(tmp_path, capsys, monkeypatch, home):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("SQLML_HOME", home.format(tmp=tmp_path))
    assert main(["book"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"sqlml book: error: SQLML_HOME={home.format(tmp=tmp_path)} is not the course's folder")
