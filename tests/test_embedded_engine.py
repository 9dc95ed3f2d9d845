"""The embedded engine runs T-SQL batches the way SQL Server does: variables, messages, blocks."""
from __future__ import annotations

import datetime as dt
import decimal
import subprocess
import sys
import textwrap

import duckdb
import pytest

import sqlml
from sqlml import TsqlError, UnsupportedError


def messages(results):
    return [r.message for r in results if r.frame is None]


def frames(results):
    return [r.frame for r in results if r.frame is not None]


# -- variables -----------------------------------------------------------------------------------

def test_declare_several_variables_with_initial_values_and_comments_between_them(db):
    results = db.execute("""
        DECLARE @count int = 3,   -- how many
                /* the label */ @label nvarchar(max) = N'three',
                @ratio float = 0.5
        SELECT @count AS n, @label AS label, @ratio AS ratio
    """)
    frame = frames(results)[0]
    assert frame.to_dict("records") == [{"n": 3, "label": "three", "ratio": 0.5}]
    assert messages(results) == ["(1 row affected)"]


def test_assignment_converts_as_sql_server_does(db):
    frame = db.query("""
        DECLARE @i int = 2.9, @neg int = -2.9, @short varchar(3) = 'abcdef', @one varchar = 'xyz',
                @flag bit = 5, @when date = '2020-02-29', @at datetime = '20200102 10:30:00',
                @money decimal(10, 2) = 3.14159, @fromtext int = ' 42 ', @blob varbinary(max) = 0x0102
        SELECT @i AS i, @neg AS neg, @short AS short, @one AS one, @flag AS flag, @when AS d,
               @at AS at, @money AS money, @fromtext AS fromtext, @blob AS blob
    """)
    row = frame.iloc[0]
    assert row["i"] == 2 and row["neg"] == -2          # float to int truncates toward zero
    assert row["short"] == "abc" and row["one"] == "x"  # cut to the declared length; varchar alone is 1
    assert bool(row["flag"]) is True
    assert row["d"] == dt.datetime(2020, 2, 29)
    assert row["at"] == dt.datetime(2020, 1, 2, 10, 30)
    assert row["money"] == pytest.approx(3.14)
    assert row["fromtext"] == 42
    assert bytes(row["blob"]) == b"\x01\x02"


@pytest.mark.parametrize("script, number, fragment", [
    ("DECLARE @i int = 'abc'", 245, "Conversion failed when converting the varchar value 'abc' to data type int"),
    ("DECLARE @i tinyint = 300", 8115, "Arithmetic overflow error"),
    ("DECLARE @d date = 'not a date'", 241, "Conversion failed when converting date and/or time"),
    ("DECLARE @x widget", 2715, "Cannot find data type widget"),
    ("DECLARE @a int; DECLARE @a int", 134, "The variable name '@a' has already been declared"),
    ("SET @never = 1", 137, 'Must declare the scalar variable "@never"'),
    ("SELECT @never AS x", 137, 'Must declare the scalar variable "@never"'),
])
def test_bad_variables_get_sql_server_errors(db, script, number, fragment):
    with pytest.raises(TsqlError) as caught:
        db.execute(script)
    assert caught.value.number == number
    assert fragment in str(caught.value)


def test_set_and_compound_assignment(db):
    assert db.scalar("DECLARE @n int = 1; SET @n = @n * 10; SET @n += 5; SELECT @n") == 15


def test_select_assignment_keeps_the_last_row_and_leaves_the_variable_when_no_rows(db):
    db.execute("CREATE TABLE dbo.numbers (n int); INSERT INTO dbo.numbers VALUES (1), (7), (3)")
    frame = db.query("""
        DECLARE @last int, @untouched int = -1, @total int
        SELECT @last = n FROM dbo.numbers ORDER BY n
        SELECT @untouched = n FROM dbo.numbers WHERE n > 100
        SELECT @total = SUM(n) FROM dbo.numbers
        SELECT @last AS last, @untouched AS untouched, @total AS total
    """)
    assert frame.to_dict("records") == [{"last": 7, "untouched": -1, "total": 11}]


def test_select_assignment_cannot_mix_with_retrieval(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("DECLARE @a int; SELECT @a = 1, 2 AS b")
    assert caught.value.number == 141


def test_variables_live_for_one_batch(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("DECLARE @a int = 1\nGO\nSELECT @a AS a")
    assert caught.value.number == 137
    assert caught.value.line == 3


def test_params_are_bound_not_pasted(db):
    db.execute("CREATE TABLE dbo.people (name varchar(50))")
    hostile = "x'); DROP TABLE dbo.people; --"
    db.execute("INSERT INTO dbo.people VALUES (@name)", {"name": hostile})
    assert db.query("SELECT name FROM dbo.people WHERE name = @name", {"@name": hostile})["name"].tolist() == [hostile]
    assert db.table_exists("dbo.people")


def test_params_seed_every_batch(db):
    results = db.execute("SELECT @k AS k\nGO\nSELECT @k + 1 AS k", {"k": 41})
    assert [f["k"].iat[0] for f in frames(results)] == [41, 42]


# -- messages, PRINT, NOCOUNT, USE ---------------------------------------------------------------

def test_result_sets_come_with_rows_affected_messages_in_order(db):
    results = db.execute("""
        CREATE TABLE dbo.t (a int)
        INSERT INTO dbo.t VALUES (1), (2), (3)
        SELECT a FROM dbo.t WHERE a > 1
        PRINT 'done'
    """)
    assert [("frame" if r.frame is not None else r.message) for r in results] == [
        "(3 rows affected)", "frame", "(2 rows affected)", "done"]


def test_print_writes_values_as_sql_server_converts_them(db):
    results = db.execute("DECLARE @n int = 5, @nothing int; PRINT @n; PRINT N'text'; PRINT @nothing")
    assert messages(results) == ["5", "text", ""]


def test_set_nocount_on_suppresses_rows_affected_until_turned_off(db):
    results = db.execute("""
        SET NOCOUNT ON
        CREATE TABLE dbo.t (a int)
        INSERT INTO dbo.t VALUES (1)
        SELECT a FROM dbo.t
        SET NOCOUNT OFF
        SELECT a FROM dbo.t
    """)
    assert messages(results) == ["(1 row affected)"]
    assert len(frames(results)) == 2


def test_use_accepts_the_instances_databases_only(db):
    assert db.name == "tpcxbb_1gb"
    assert db.execute("USE [tpcxbb_1gb];") == []
    assert db.execute("USE TPCXBB_1GB") == []
    db.execute("USE master")   # master exists, as on every SQL Server (tests/tsql/test_databases.py)
    assert db.scalar("SELECT DB_NAME()") == "master"
    db.execute("USE tpcxbb_1gb")
    with pytest.raises(TsqlError) as caught:
        db.execute("USE no_such_database")
    assert caught.value.number == 911


def test_unsupported_set_option_is_refused_by_name(db):
    with pytest.raises(UnsupportedError, match="SET ANSI_NULLS OFF"):
        db.execute("SET ANSI_NULLS OFF")


def test_accepted_default_options_change_nothing(db):
    assert db.execute("SET ANSI_NULLS ON; SET QUOTED_IDENTIFIER ON") == []


# -- transactions --------------------------------------------------------------------------------

def test_rollback_undoes_and_commit_keeps(db):
    db.execute("CREATE TABLE dbo.t (a int)")
    db.execute("BEGIN TRAN; INSERT INTO dbo.t VALUES (1); ROLLBACK")
    assert db.scalar("SELECT count(*) FROM dbo.t") == 0
    db.execute("BEGIN TRANSACTION; INSERT INTO dbo.t VALUES (2); BEGIN TRAN; INSERT INTO dbo.t VALUES (3); COMMIT; COMMIT")
    assert db.scalar("SELECT count(*) FROM dbo.t") == 2


def test_commit_without_begin_is_an_error(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("COMMIT")
    assert caught.value.number == 3902


def test_a_failing_script_rolls_back_its_open_transaction(db):
    db.execute("CREATE TABLE dbo.t (a int)")
    with pytest.raises(TsqlError) as caught:
        db.execute("BEGIN TRAN\nINSERT INTO dbo.t VALUES (1)\nSELECT * FROM dbo.missing_table")
    assert "The open transaction was rolled back" in str(caught.value)
    assert db.scalar("SELECT count(*) FROM dbo.t") == 0
    db.execute("INSERT INTO dbo.t VALUES (5)")  # the connection is usable again
    assert db.scalar("SELECT count(*) FROM dbo.t") == 1


def test_error_keeps_the_results_before_it_and_names_the_line(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("SELECT 1 AS a\nPRINT 'before'\nSELECT * FROM dbo.missing_table")
    assert caught.value.line == 3
    assert caught.value.number == 208
    assert messages(caught.value.results) == ["(1 row affected)", "before"]


# -- control flow --------------------------------------------------------------------------------

def test_if_else_with_blocks(db):
    db.execute("CREATE TABLE dbo.t (a int); INSERT INTO dbo.t VALUES (1), (2)")
    script = """
        DECLARE @n int = (SELECT count(*) FROM dbo.t)
        IF @n > {limit}
        BEGIN
            SELECT 'many' AS verdict;
        END
        ELSE
            SELECT 'few' AS verdict;
    """
    assert db.scalar(script.format(limit=1)) == "many"
    assert db.scalar(script.format(limit=5)) == "few"


def test_if_exists(db):
    db.execute("CREATE TABLE dbo.t (a int)")
    assert db.scalar("IF EXISTS (SELECT 1 FROM dbo.t) SELECT 'rows' AS x ELSE SELECT 'empty' AS x") == "empty"


def test_while_with_break_and_continue(db):
    frame = db.query("""
        DECLARE @i int = 0, @sum int = 0
        WHILE @i < 10
        BEGIN
            SET @i = @i + 1
            IF @i = 3 CONTINUE
            IF @i > 5 BREAK
            SET @sum = @sum + @i
        END
        SELECT @i AS i, @sum AS total
    """)
    assert frame.to_dict("records") == [{"i": 6, "total": 1 + 2 + 4 + 5}]


def test_return_ends_the_batch(db):
    results = db.execute("SELECT 1 AS a\nRETURN\nSELECT 2 AS b\nGO\nSELECT 3 AS c")
    assert [list(f.columns) for f in frames(results)] == [["a"], ["c"]]


def test_throw_and_raiserror(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("THROW 50001, N'Custom failure', 1")
    assert (caught.value.number, caught.value.text) == (50001, "Custom failure")
    with pytest.raises(TsqlError) as caught:
        db.execute("RAISERROR('Bad value %d', 16, 1, 42)")
    assert caught.value.text == "Bad value 42"
    assert messages(db.execute("RAISERROR('just a note', 10, 1)")) == ["just a note"]


def test_try_catch_runs_the_catch_block_on_error_and_throw_rethrows(db):
    db.execute("CREATE TABLE dbo.t (a int)")
    results = db.execute("""
        BEGIN TRY
            BEGIN TRAN
            INSERT INTO dbo.t VALUES (1)
            SELECT * FROM dbo.missing_table
            COMMIT
        END TRY
        BEGIN CATCH
            ROLLBACK
            PRINT 'rolled back'
        END CATCH
    """)
    assert messages(results) == ["(1 row affected)", "rolled back"]
    assert db.scalar("SELECT count(*) FROM dbo.t") == 0
    with pytest.raises(TsqlError) as caught:
        db.execute("BEGIN TRY\n    THROW 50010, N'inner', 1\nEND TRY\nBEGIN CATCH\n    THROW\nEND CATCH")
    assert (caught.value.number, caught.value.text) == (50010, "inner")


def test_dynamic_sql(db):
    assert db.scalar("DECLARE @sql nvarchar(max) = N'SELECT 40 + 2 AS v'; EXEC (@sql)") == 42


# -- connections ---------------------------------------------------------------------------------

def test_a_file_held_by_another_process_gives_one_clear_line(tmp_path):
    path = tmp_path / "held.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(sqlml.ConnectError) as caught:
            sqlml.connect(f"duckdb:///{path}")
        message = str(caught.value)
        assert "\n" not in message
        assert f"PID {holder.pid}" in message
        assert "close" in message
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    sqlml.connect(f"duckdb:///{path}").close()  # free again once the holder exits


def test_importing_and_connecting_loads_nothing_heavy(tmp_path):
    code = textwrap.dedent(f"""
        import sys, sqlml
        db = sqlml.connect("duckdb:///{tmp_path}/light.duckdb")
        db.execute("DECLARE @a int = 1; SET NOCOUNT ON; CREATE TABLE dbo.t (a int)")
        heavy = [m for m in ("sklearn", "scipy", "pandas") if m in sys.modules]
        print(",".join(heavy))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_decimal_parameter_is_bound_exactly(db):
    assert db.scalar("SELECT @d * 2 AS v", {"d": decimal.Decimal("1.25")}) == decimal.Decimal("2.50")


def test_sp_executesql_binds_its_own_parameters_and_returns_output(db):
    frame = db.query("""
        DECLARE @doubled int
        EXEC sp_executesql N'SET @out = @in * 2', N'@in int, @out int OUTPUT', @in = 21, @out = @doubled OUTPUT
        SELECT @doubled AS doubled
    """)
    assert frame["doubled"].tolist() == [42]


def test_a_system_procedure_the_engine_lacks_is_refused_by_name(db):
    with pytest.raises(UnsupportedError, match="sp_help"):
        db.execute("EXEC sp_help 'dbo.customer'")


AGENT_JOB = """\
USE msdb;
GO
EXEC dbo.sp_add_job @job_name = N'Nightly', @description = N'Scores customers.';
EXEC dbo.sp_add_jobstep @job_name = N'Nightly', @step_name = N'Score', @subsystem = N'TSQL',
    @command = N'EXEC dbo.score_customers;';
GO
"""


@pytest.mark.parametrize("script", [
    AGENT_JOB,
    "USE [msdb]",
    "EXEC msdb.dbo.sp_add_job @job_name = N'x'",
    "EXEC msdb.dbo.sp_add_jobstep @job_name = N'x', @step_name = N's', @command = N'SELECT 1'",
    "EXEC msdb.dbo.sp_add_schedule @schedule_name = N'Daily', @freq_type = 4, @freq_interval = 1",
    "EXEC msdb.dbo.sp_attach_schedule @job_name = N'x', @schedule_name = N'Daily'",
    "EXECUTE msdb.dbo.sp_add_jobserver @job_name = N'x'",
    "EXEC dbo.sp_add_job @job_name = N'x'",          # after USE msdb, as in the scripts SSMS writes
    "SELECT name FROM msdb.dbo.sysjobs",
])
def test_sql_server_agent_is_refused_by_name(db, script):
    # Jobs and schedules need SQL Server Agent (msdb); the engine says so instead of "no such database".
    with pytest.raises(UnsupportedError, match="SQL Server Agent") as caught:
        db.execute(script)
    assert "SQL Server runs it" in str(caught.value)


def test_an_error_in_an_expression_points_at_its_statement(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("SELECT 1 AS a\n\nDECLARE @x int = (SELECT * FROM WHERE)")
    assert caught.value.line == 3


def test_catch_never_swallows_a_refusal_of_the_embedded_engine(db):
    with pytest.raises(UnsupportedError):
        db.execute("BEGIN TRY\n    EXEC sp_help\nEND TRY\nBEGIN CATCH\n    PRINT 'handled'\nEND CATCH")


def test_char_variables_are_fixed_length(db):
    frame = db.query("DECLARE @c char(5) = 'ab', @v varchar(5) = 'ab'; SELECT @c AS c, @v AS v")
    assert frame.iloc[0].tolist() == ["ab   ", "ab"]


def test_rowcount_reports_the_last_statement(db):
    db.execute("CREATE TABLE dbo.t (a int); INSERT INTO dbo.t VALUES (1), (2), (3)")
    frame = db.query("""
        UPDATE dbo.t SET a = a + 1 WHERE a > 1
        DECLARE @updated int = @@ROWCOUNT
        DELETE FROM dbo.t WHERE a > 100
        IF @@ROWCOUNT = 0 PRINT 'nothing deleted'
        SELECT @updated AS updated
    """)
    assert frame["updated"].tolist() == [2]


def test_a_file_that_is_not_a_database_gives_one_clear_line(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are not the tables you are looking for")
    with pytest.raises(sqlml.ConnectError) as caught:
        sqlml.connect(f"duckdb:///{path}")
    message = str(caught.value)
    assert "\n" not in message and "not a DuckDB database" in message and "sqlml data" in message
    assert path.read_text() == "these are not the tables you are looking for"  # left as it was


def test_a_subquery_with_several_rows_in_an_assignment_is_msg_512(db):
    db.execute("CREATE TABLE dbo.t (a int); INSERT INTO dbo.t VALUES (1), (2)")
    with pytest.raises(TsqlError) as caught:
        db.execute("DECLARE @v int; SET @v = (SELECT a FROM dbo.t)")
    assert caught.value.number == 512


def test_a_parameter_of_an_unbindable_type_is_refused_clearly(db):
    with pytest.raises(sqlml.SqlmlError) as caught:
        db.execute("SELECT @ids AS ids", {"ids": [1, 2, 3]})
    assert "Parameter @ids: Cannot bind a Python list" in str(caught.value)


# -- two notebooks at once: the file is held only while a statement runs ----------------------------

OTHER_KERNEL = textwrap.dedent("""
    import json, sys, sqlml
    db = sqlml.connect(sys.argv[1])
    print("ready", flush=True)
    for line in sys.stdin:
        try:
            frames = [r.frame for r in db.execute(line) if r.frame is not None]
            print(json.dumps(frames[-1].iloc[:, 0].tolist() if frames else "ok", default=str), flush=True)
        except sqlml.SqlmlError as error:
            print(json.dumps("error: " + str(error)), flush=True)
""")


class OtherKernel:
    """Another notebook's kernel: a process that keeps its sqlml Database and runs one statement per line."""

    def __init__(self, url: str, notebook: str = "04-data-understanding.ipynb") -> None:
        import os
        env = {**os.environ, "JPY_SESSION_NAME": notebook}   # what Jupyter gives a notebook's kernel
        self.process = subprocess.Popen([sys.executable, "-c", OTHER_KERNEL, url], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env)
        assert self.process.stdout.readline().strip() == "ready"

    def run(self, statement: str):
        import json
        self.process.stdin.write(statement.replace("\n", " ") + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


@pytest.fixture
def other_kernel(tmp_path):
    kernels = []

    def start(url, **kwargs):
        kernels.append(OtherKernel(url, **kwargs))
        return kernels[-1]
    yield start
    for kernel in kernels:
        kernel.stop()


def wal_of(db):
    return db.path.with_name(db.path.name + ".wal")


def test_two_kernels_take_turns_on_one_file_without_shutting_either_down(db, other_kernel):
    db.execute("CREATE TABLE dbo.turns (who VARCHAR(10), n INT)")
    other = other_kernel(db.url)
    assert other.run("INSERT INTO dbo.turns VALUES ('other', 1)") == "ok"
    db.execute("INSERT INTO dbo.turns VALUES ('this', 2)")
    assert other.run("SELECT who FROM dbo.turns ORDER BY n") == ["other", "this"]
    assert db.query("SELECT SUM(n) AS s FROM dbo.turns")["s"].tolist() == [3]
    assert not db.is_open
    assert not wal_of(db).exists()   # closing checkpointed: the file stands alone between statements


def test_session_settings_outlive_each_opening_of_the_file(db, other_kernel):
    db.execute("CREATE TABLE dbo.s (a INT)")
    db.execute("SET NOCOUNT ON")
    other = other_kernel(db.url)
    assert other.run("INSERT INTO dbo.s VALUES (1)") == "ok"   # the file was free in between
    assert messages(db.execute("INSERT INTO dbo.s VALUES (2)")) == []   # NOCOUNT is still ON
    db.execute("SET NOCOUNT OFF")
    assert messages(db.execute("INSERT INTO dbo.s VALUES (3)")) == ["(1 row affected)"]


@pytest.mark.parametrize("open_it, close_it, reason", [
    ("BEGIN TRANSACTION; INSERT INTO dbo.t VALUES (1)", "COMMIT", "has a transaction open: run COMMIT or ROLLBACK there"),
    ("SELECT 1 AS a INTO #scratch", "DROP TABLE #scratch", "keeps #temp tables: DROP them there"),
])
def test_a_transaction_or_temp_table_keeps_the_file_and_the_other_kernel_is_told_which_notebook(
        db, other_kernel, open_it, close_it, reason):
    """SQL Server keeps a session's transaction and #temp tables on its connection: so does the engine."""
    db.execute("CREATE TABLE dbo.t (a INT)")
    other = other_kernel(db.url)
    assert other.run(open_it) == "ok"
    with pytest.raises(sqlml.ConnectError) as refused:
        db.execute("SELECT COUNT(*) FROM dbo.t")
    message = str(refused.value)
    assert "\n" not in message
    assert f"in use by the kernel of the notebook 04-data-understanding.ipynb (PID {other.process.pid})" in message
    assert reason in message
    assert "Kernel > Shut Down Kernel in 04-data-understanding.ipynb" in message
    assert other.run(close_it) == "ok"
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == (1 if "TRANSACTION" in open_it else 0)


def test_a_kernel_waits_while_another_runs_a_statement(db, monkeypatch, tmp_path):
    """The other notebook holds the file for one statement: this one waits and goes on, no error."""
    import threading
    from sqlml.engines import embedded

    db.execute("CREATE TABLE dbo.w (a INT)")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, sqlml
        db = sqlml.connect(sys.argv[1])
        with db.held():                       # as during a long statement
            db.execute("INSERT INTO dbo.w VALUES (1)")
            print("holding", flush=True)
            sys.stdin.readline()
        print("released", flush=True)
        sys.stdin.readline()
    """), db.url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    waiting = threading.Event()
    real_sleep = embedded.time.sleep

    def sleep(seconds):
        waiting.set()        # this kernel found the file held and is waiting for it
        real_sleep(seconds)
    monkeypatch.setattr(embedded.time, "sleep", sleep)
    try:
        assert holder.stdout.readline().strip() == "holding"
        answer = {}
        worker = threading.Thread(target=lambda: answer.setdefault("n", db.scalar("SELECT COUNT(*) FROM dbo.w")))
        worker.start()
        assert waiting.wait(timeout=60)
        holder.stdin.write("go\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        worker.join(timeout=60)
        assert answer == {"n": 1}
    finally:
        holder.communicate("\n", timeout=60)


def test_python_code_that_takes_the_raw_connection_keeps_it_until_released(db):
    db.connection.execute("CREATE TABLE dbo.raw (a INTEGER)")
    db.execute("INSERT INTO dbo.raw VALUES (1)")
    assert db.is_open          # Python code may still use the connection it took
    assert db.release() and not db.is_open
    assert not wal_of(db).exists()


def test_a_kernel_that_exits_leaves_the_file_checkpointed(tmp_path):
    path = tmp_path / "exit.duckdb"
    subprocess.run([sys.executable, "-c", "import sys, sqlml; db = sqlml.connect(sys.argv[1]); "
                    "db.connection.execute('CREATE TABLE dbo.kept AS SELECT 42 AS a')", f"duckdb:///{path}"],
                   check=True, timeout=120)
    assert not path.with_name("exit.duckdb.wal").exists()
    assert not list(tmp_path.glob("*.holder-*.json"))
    with sqlml.connect(f"duckdb:///{path}") as db:
        assert db.scalar("SELECT a FROM dbo.kept") == 42


# -- where an error is reported -------------------------------------------------------------------

@pytest.mark.parametrize("script, line, column", [
    ("SELECT a\nFROM dbo.p PIVOT (SUM(b) FOR a IN ([1], [2])) AS t", 2, 12),
    ("SELECT 'PIVOT' AS x, a\nFROM dbo.p -- PIVOT here?\n  PIVOT (SUM(b) FOR a IN ([1], [2])) AS t", 3, 3),
    ("SELECT 1 AS x\nGO\nSELECT a\nFROM dbo.p\n  UNPIVOT (v FOR a IN (a, b)) AS u", 5, 3),
])
def test_a_refused_pivot_is_reported_at_its_keyword(db, script, line, column):
    db.execute("CREATE TABLE dbo.p (a INT, b INT)")
    with pytest.raises(UnsupportedError) as refused:
        from sqlml.scripts import ScriptFailed, run_batches
        try:
            run_batches(db, script)
        except ScriptFailed as failure:
            raise failure.error
    assert (refused.value.line, refused.value.column) == (line, column)
    assert f"Line {line}, Column {column}: PIVOT / UNPIVOT is not supported" in str(refused.value)


def test_a_table_another_kernel_redefined_is_read_with_its_new_column_types(db, other_kernel):
    """Reopening the file reuses the column types learned before only if no one changed the file."""
    db.execute("CREATE TABLE dbo.v (a INT); INSERT INTO dbo.v VALUES (5)")
    assert db.scalar("SELECT a + a AS x FROM dbo.v") == 10          # int + int
    other = other_kernel(db.url)
    assert other.run("DROP TABLE dbo.v; CREATE TABLE dbo.v (a VARCHAR(10)); INSERT INTO dbo.v VALUES ('5')") == "ok"
    assert db.scalar("SELECT a + a AS x FROM dbo.v") == "55"        # varchar + varchar concatenates


def test_an_in_memory_database_keeps_its_tables_and_procedures_between_statements():
    # A file is let go between statements; a :memory: database would vanish with its connection.
    with sqlml.connect("duckdb:///:memory:") as db:
        db.execute("CREATE TABLE dbo.t (x INT); INSERT INTO dbo.t VALUES (1), (2)")
        db.execute("CREATE PROCEDURE dbo.p AS SELECT SUM(x) AS total FROM dbo.t")
        assert db.query("EXEC dbo.p")["total"].tolist() == [3]
        assert db.query("SELECT COUNT(*) AS n FROM dbo.t")["n"].tolist() == [2]


def test_two_files_of_the_same_name_held_at_once_keep_their_own_tables(tmp_path):
    """Files are attached to one kept DuckDB instance under their stem; a second file of the same
    name in another folder, held at the same time, must still be a database of its own."""
    first = sqlml.connect(f"duckdb:///{tmp_path / 'a' / 'course.duckdb'}")
    second = sqlml.connect(f"duckdb:///{tmp_path / 'b' / 'course.duckdb'}")
    try:
        with first.held(), second.held():
            first.execute("CREATE TABLE dbo.t (x INT); INSERT INTO dbo.t VALUES (1)")
            second.execute("CREATE TABLE dbo.t (x INT); INSERT INTO dbo.t VALUES (2), (3)")
            assert first.scalar("SELECT SUM(x) FROM dbo.t") == 1
            assert second.scalar("SELECT SUM(x) FROM dbo.t") == 5
        assert first.scalar("SELECT DB_NAME()") == second.scalar("SELECT DB_NAME()") == "course"
    finally:
        first.close()
        second.close()


def test_a_raw_connection_kept_past_its_release_is_closed_not_another_database(db):
    connection = db.connection
    assert db.release()
    with pytest.raises(duckdb.Error, match="(?i)closed"):
        connection.execute("SELECT 1")


def test_a_database_object_dropped_while_python_held_its_connection_lets_go_of_the_file(tmp_path):
    import gc

    from sqlml.engines.embedded import release_all

    path = tmp_path / "dropped.duckdb"
    db = sqlml.connect(f"duckdb:///{path}")
    db.connection.execute("CREATE TABLE dbo.kept (a INTEGER)")   # Python holds the file
    del db
    gc.collect()
    release_all()   # what the %%tsql extension does when a cell ends
    other = subprocess.run([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                            "print(c.execute(\"SELECT count(*) FROM duckdb_tables() WHERE table_name = 'kept'\").fetchone()[0])",
                            str(path)], capture_output=True, text=True, timeout=120)
    assert other.stdout.strip() == "1", other.stderr
