"""`%load_ext sqlml`: %%tsql cells, %tsql, %tsql_connect and Python values bound as parameters."""
from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

import sqlml
import sqlml.magic
from sqlml.connection import Database
from sqlml.magic import cell_variables, current_database, python_parameters

EVIL = "O'Brien'; DROP TABLE dbo.people; --"


@pytest.fixture
def url(tmp_path):
    return f"duckdb:///{tmp_path / 'course.duckdb'}"


@pytest.fixture
def shell(url):
    """An IPython shell with the extension loaded and connected to a fresh database file."""
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "sqlml")
    before = set(ip.user_ns)
    ip.user_ns["database_url"] = url
    assert ip.run_cell("%tsql_connect database_url").success
    yield ip
    for name in set(ip.user_ns) - before:
        del ip.user_ns[name]
    sqlml.magic.disconnect()


@pytest.fixture
def shown(monkeypatch):
    """Replace IPython's display with a marker on stdout, so one capture shows tables and messages in order."""
    frames = []

    def fake_display(obj):
        frames.append(obj)
        print(f"<table {obj.shape[0]}x{obj.shape[1]}>")

    monkeypatch.setattr("IPython.display.display", fake_display)
    return frames


def run(shell, cell: str):
    result = shell.run_cell(cell)
    return result


PEOPLE = """\
CREATE TABLE dbo.people (name VARCHAR(100), age INT);
INSERT INTO dbo.people VALUES ('ann', 31), ('bob', 45), ('cy', 27);
"""


class RecordingDatabase(Database):
    """A Database that records what it is asked to run, to check exactly what the magic sends."""

    engine = "recording"
    url = "recording://"

    def __init__(self):
        self.calls = []

    def execute(self, script, params=None):
        self.calls.append((script, dict(params or {})))
        return [sqlml.Result(frame=pd.DataFrame({"n": [1]}))]

    def load_frame(self, frame, table, *, if_exists="fail"):
        raise NotImplementedError

    def table_exists(self, table):
        return False

    def close(self):
        pass


# -- a cell shows its output ----------------------------------------------------------------------

def test_cell_shows_each_result_set_and_message_in_order(shell, shown, capsys):
    result = run(shell, "%%tsql\n" + PEOPLE + "GO\nSELECT name FROM dbo.people WHERE age > 30 ORDER BY name;\n"
                 "SELECT COUNT(*) AS n FROM dbo.people")
    assert result.success, result.error_in_exec
    out = capsys.readouterr().out.split()
    assert out == ["(3", "rows", "affected)", "<table", "2x1>", "(2", "rows", "affected)",
                   "<table", "1x1>", "(1", "row", "affected)"]
    assert shown[0]["name"].tolist() == ["ann", "bob"]
    assert shown[1]["n"].tolist() == [3]


def test_result_sets_are_published_as_rich_tables(shell):
    run(shell, "%%tsql\n" + PEOPLE)
    with capture_output() as captured:
        assert run(shell, "%%tsql\nSELECT name, age FROM dbo.people ORDER BY age").success
    assert "(3 rows affected)" in captured.stdout
    [table] = captured.outputs
    assert "<table" in table.data["text/html"] and "cy" in table.data["text/html"]


def test_keep_puts_the_last_result_set_in_a_variable_and_shows_nothing(shell, shown, capsys):
    run(shell, "%%tsql\n" + PEOPLE)
    capsys.readouterr()
    assert run(shell, "%%tsql adults <<\nSELECT 1 AS first_one;\nSELECT name, age FROM dbo.people "
                      "WHERE age >= 30 ORDER BY age").success
    adults = shell.user_ns["adults"]
    assert isinstance(adults, pd.DataFrame)
    assert adults["name"].tolist() == ["ann", "bob"]
    assert shown == []
    assert capsys.readouterr().out == ""   # the README: `name <<` shows nothing


def test_keep_still_prints_the_messages_a_script_prints(shell, capsys):
    assert run(shell, "%%tsql kept <<\nPRINT 'loading';\nSELECT 1 AS a").success
    assert capsys.readouterr().out == "loading\n"


def test_the_line_form_prints_its_row_count_under_its_table_as_a_cell_does(shell, shown, capsys):
    """IPython shows the line form's value (its table) after the cell ran: the count must still follow it."""
    run(shell, "%%tsql\n" + PEOPLE)
    capsys.readouterr()
    assert run(shell, "%%tsql\nSELECT name FROM dbo.people WHERE age > 30 ORDER BY name").success
    cell = capsys.readouterr().out
    assert cell.split() == ["<table", "2x1>", "(2", "rows", "affected)"]
    assert run(shell, "%tsql SELECT name FROM dbo.people WHERE age > 30 ORDER BY name").success
    line = capsys.readouterr().out   # IPython's display hook prints the value as Out[n]
    assert "bob" in line and line.index("bob") < line.index("(2 rows affected)")
    assert run(shell, "adults = %tsql SELECT name FROM dbo.people WHERE age > 30").success
    assert capsys.readouterr().out == "(2 rows affected)\n"


def test_keep_without_a_result_set_fails_the_cell(shell, capsys):
    result = run(shell, "%%tsql kept <<\n" + PEOPLE)
    assert not result.success
    out = capsys.readouterr()
    assert "no result set to keep in kept" in out.out + out.err
    assert "kept" not in shell.user_ns
    assert current_database().scalar("SELECT COUNT(*) FROM dbo.people") == 3


def test_line_form_returns_the_last_result_set(shell):
    run(shell, "%%tsql\n" + PEOPLE)
    assert run(shell, "oldest = %tsql SELECT TOP (1) name FROM dbo.people ORDER BY age DESC").success
    assert shell.user_ns["oldest"]["name"].tolist() == ["bob"]
    assert run(shell, "%tsql youngest << SELECT name FROM dbo.people WHERE age < 30").success
    assert shell.user_ns["youngest"]["name"].tolist() == ["cy"]


def test_line_form_does_not_expand_python_expressions_into_the_text():
    db = RecordingDatabase()
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "sqlml")
    sqlml.magic.use_database(db)
    try:
        ip.user_ns["n"] = 7
        assert ip.run_cell("%tsql SELECT '{n}' AS a, '$n' AS b").success
        assert db.calls == [("SELECT '{n}' AS a, '$n' AS b", {})]
    finally:
        del ip.user_ns["n"]
        sqlml.magic.disconnect()


@pytest.mark.parametrize("cell", ["%%tsql nonsense here\nSELECT 1", "%tsql", "%%tsql class <<\nSELECT 1"])
def test_wrong_usage_fails_with_a_usage_message(shell, cell, capsys):
    result = run(shell, cell)
    assert not result.success
    assert type(result.error_in_exec).__name__ == "UsageError"
    err = capsys.readouterr()
    assert "Traceback" not in err.out + err.err


# -- Python values are bound, never pasted -------------------------------------------------------

def test_python_values_travel_as_parameters_not_as_text():
    db = RecordingDatabase()
    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "sqlml")
    sqlml.magic.use_database(db)
    try:
        ip.user_ns.update(who=EVIL, limit=np.int64(40), unused="x")
        assert ip.run_cell("%%tsql\nSELECT * FROM dbo.people WHERE name = @who AND age < @limit").success
        [(script, params)] = db.calls
        assert params == {"who": EVIL, "limit": 40}
        assert type(params["limit"]) is int
        assert EVIL not in script and "40" not in script
    finally:
        for name in ("who", "limit", "unused"):
            del ip.user_ns[name]
        sqlml.magic.disconnect()


def test_a_quote_or_drop_table_in_a_value_is_only_data(shell):
    run(shell, "%%tsql\n" + PEOPLE)
    shell.user_ns["who"] = EVIL
    assert run(shell, "%%tsql found <<\nSELECT COUNT(*) AS n FROM dbo.people WHERE name = @who").success
    assert shell.user_ns["found"]["n"].tolist() == [0]
    assert run(shell, "%%tsql\nINSERT INTO dbo.people (name, age) VALUES (@who, 50)").success
    assert run(shell, "%%tsql back <<\nSELECT name FROM dbo.people WHERE age = 50").success
    assert shell.user_ns["back"]["name"].tolist() == [EVIL]
    assert current_database().scalar("SELECT COUNT(*) FROM dbo.people") == 4


def test_an_undeclared_variable_with_no_python_value_is_a_sql_error(shell, capsys):
    result = run(shell, "%%tsql\nSELECT 1 AS a\nGO\nSELECT @nowhere_defined AS b")
    assert not result.success
    assert isinstance(result.error_in_exec, sqlml.TsqlError)
    out = capsys.readouterr().out
    assert 'Must declare the scalar variable "@nowhere_defined"' in out
    # the hint: a Python variable of that name would have been bound
    assert ("No Python variable nowhere_defined exists to bind it: define nowhere_defined in a Python cell" in out
            and "or DECLARE @nowhere_defined in this cell" in out)
    shell.user_ns["nowhere_defined"] = 5
    try:
        assert run(shell, "%%tsql got <<\nSELECT @nowhere_defined AS b").success
        assert shell.user_ns["got"]["b"].tolist() == [5]
    finally:
        del shell.user_ns["nowhere_defined"]


def test_a_variable_a_procedure_body_leaves_undeclared_gets_no_python_hint(shell, capsys):
    assert run(shell, "%%tsql\nCREATE PROCEDURE dbo.p AS SELECT @inside AS v").success
    capsys.readouterr()
    assert not run(shell, "%%tsql\nEXEC dbo.p").success
    out = capsys.readouterr().out
    assert 'Must declare the scalar variable "@inside"' in out and "Python variable" not in out


def test_a_python_value_that_is_not_a_scalar_is_refused_clearly(shell, capsys):
    shell.user_ns["frame"] = pd.DataFrame({"a": [1]})
    result = run(shell, "%%tsql\nSELECT @frame AS f")
    assert not result.success
    out = capsys.readouterr().out
    assert "@frame would take the Python variable frame, which is a DataFrame" in out
    assert "Traceback" not in out


def test_variables_the_cell_declares_are_not_taken_from_python():
    script = """
    DECLARE @a INT = @x, @b FLOAT = CASE WHEN @y > 1 THEN 1 END, @c VARCHAR(10);  -- @commented
    DECLARE @t TABLE (k INT, v INT)
    SELECT @a, @b, @c, @@ROWCOUNT, @@VERSION, '@in_string', N'@in_n_string', [@bracketed], "@quoted"
    /* outer /* nested @hidden */ still comment @hidden2 */
    EXEC dbo.score @customer = @who, @model = @m OUTPUT
    INSERT INTO dbo.t EXEC dbo.score @limit = @z
    SELECT * FROM dbo.t WHERE @w = k
    GO
    CREATE PROCEDURE dbo.score @customer INT, @model VARBINARY(MAX) OUTPUT AS
    SELECT @customer, @body_only
    """
    assert cell_variables(script) == ["x", "y", "who", "m", "z", "w"]


def test_declared_names_shadow_python_variables():
    namespace = {"a": 1, "x": 2, "c": 3}
    assert python_parameters("DECLARE @a INT = 5; SELECT @a + @x, @c", namespace) == {"x": 2, "c": 3}


def test_each_python_scalar_type_is_accepted():
    import datetime
    import decimal

    values = {"i": 1, "f": 1.5, "s": "x", "none": None, "flag": True, "raw": bytearray(b"ab"),
              "d": datetime.date(2002, 1, 1), "ts": pd.Timestamp("2002-01-01 10:00"),
              "money": decimal.Decimal("1.25"), "np_float": np.float64(2.5)}
    script = "SELECT " + ", ".join(f"@{name}" for name in values)
    params = python_parameters(script, values)
    assert set(params) == set(values)
    assert params["raw"] == b"ab" and type(params["np_float"]) is float


# -- errors ------------------------------------------------------------------------------------------

def test_a_sql_error_fails_the_cell_with_one_sql_server_style_message(shell, capsys):
    run(shell, "%%tsql\n" + PEOPLE)
    capsys.readouterr()
    result = run(shell, "%%tsql\nSELECT name FROM dbo.people\nGO\n\nSELECT @undeclared AS x")
    assert not result.success
    assert isinstance(result.error_in_exec, sqlml.TsqlError)
    out = capsys.readouterr().out
    assert "(3 rows affected)" in out.split("Msg")[0]  # the first batch's output came before the error
    error_lines = [line for line in out.splitlines() if "Msg " in line]
    assert len(error_lines) == 1
    assert re.fullmatch(r'Msg 137, Level 15, State \d+, Line 4(, Column \d+)?: '
                        r'Must declare the scalar variable "@undeclared"\. No Python variable undeclared .*',
                        error_lines[0]), error_lines
    assert "Traceback" not in out and "File " not in out


def test_a_failing_batch_keeps_what_earlier_batches_did(shell):
    result = run(shell, "%%tsql\n" + PEOPLE + "GO\nSELECT * FROM dbo.no_such_table")
    assert not result.success
    assert current_database().scalar("SELECT COUNT(*) FROM dbo.people") == 3


def test_a_missing_prerequisite_shows_its_one_line(shell, capsys):
    result = run(shell, "import sqlml.magic\nfrom sqlml.checkpoints import require\n"
                        "require(sqlml.magic.current_database(), table='dbo.customer_clusters', made_by='05-modeling')")
    assert not result.success
    out = capsys.readouterr().out.strip()
    assert out == ("PrerequisiteMissing: dbo.customer_clusters is missing: run 05-modeling first "
                   "(then this notebook again).")


# -- %tsql_connect and current_database() ------------------------------------------------------------

def test_connect_takes_a_url_from_a_python_variable(shell, url):
    db = current_database()
    assert db.url == url
    assert run(shell, "%tsql_connect database_url").success
    assert current_database() is db  # the same URL again keeps the connection (re-running a cell)


def test_connect_none_uses_the_default_database(shell, tmp_path, monkeypatch):
    other = f"duckdb:///{tmp_path / 'from_env.duckdb'}"
    monkeypatch.setenv("SQLML_DATABASE_URL", other)
    first = current_database()
    assert run(shell, "%tsql_connect None").success
    assert current_database().url == other
    assert not first.is_open  # nothing holds the first file
    assert (tmp_path / "from_env.duckdb").exists()


def test_connect_accepts_a_database_object_and_python_code_shares_it(shell, tmp_path):
    mine = sqlml.connect(f"duckdb:///{tmp_path / 'mine.duckdb'}")
    shell.user_ns["mine"] = mine
    assert run(shell, "%tsql_connect mine").success
    assert run(shell, "%%tsql\nCREATE TABLE dbo.shared (a INT)").success
    assert current_database() is mine
    assert mine.table_exists("dbo.shared")
    sqlml.magic.disconnect()
    assert mine.table_exists("dbo.shared")  # not the magic's to close: still usable
    mine.close()


def test_connect_to_an_undefined_name_says_to_run_the_parameters_cell(shell, capsys):
    result = run(shell, "%tsql_connect database_url_typo")
    assert not result.success
    assert "run the parameters cell first" in capsys.readouterr().err


def test_connect_with_an_unknown_url_fails_with_one_line(shell, capsys):
    result = run(shell, "%tsql_connect 'sqlite:///x.db'")
    assert not result.success
    out = capsys.readouterr().out.strip()
    assert out.startswith("ConnectError: Unknown database URL 'sqlite:///x.db'")
    assert len(out.splitlines()) == 1


def test_current_database_connects_lazily_to_the_configured_url(tmp_path, monkeypatch):
    sqlml.magic.disconnect()
    url = f"duckdb:///{tmp_path / 'lazy.duckdb'}"
    monkeypatch.setenv("SQLML_DATABASE_URL", url)
    try:
        assert current_database().url == url
        assert current_database() is current_database()
    finally:
        sqlml.magic.disconnect()


# -- in a real kernel, as papermill runs the notebooks ----------------------------------------------

def test_in_a_notebook_sql_errors_fail_the_run_and_show_only_the_message(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    papermill = pytest.importorskip("papermill")
    cells = [
        nbformat.v4.new_code_cell("database_url = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("import sqlml\n%load_ext sqlml\n%tsql_connect database_url"),
        nbformat.v4.new_code_cell("who = \"it's\""),
        nbformat.v4.new_code_cell("%%tsql\nSELECT @who AS said"),
        nbformat.v4.new_code_cell("%%tsql\nSELECT 1 AS one\nGO\nSELECT @missing AS broken"),
        nbformat.v4.new_code_cell("print('never runs')"),
    ]
    source = tmp_path / "demo.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}), source)
    executed = tmp_path / "executed.ipynb"
    with pytest.raises(papermill.PapermillExecutionError) as failure:
        papermill.execute_notebook(str(source), str(executed), kernel_name="python3", progress_bar=False,
                                   parameters={"database_url": f"duckdb:///{tmp_path / 'nb.duckdb'}"})
    assert failure.value.ename == "TsqlError"
    assert "Must declare the scalar variable" in failure.value.evalue
    notebook = json.loads(executed.read_text())
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    said = code[4]["outputs"]  # index 0 is papermill's injected parameters cell
    assert any("it's" in "".join(o.get("data", {}).get("text/html", "")) for o in said)
    errors = [o for o in code[5]["outputs"] if o["output_type"] == "error"]
    assert [e["traceback"] for e in errors] == [[failure.value.evalue]]
    assert "never runs" not in json.dumps(code[6]["outputs"])


def test_output_from_before_the_failing_statement_is_still_shown(shell, shown, capsys):
    run(shell, "%%tsql\n" + PEOPLE)
    capsys.readouterr()
    result = run(shell, "%%tsql\nSELECT name FROM dbo.people WHERE age > 40;\nSELECT * FROM dbo.no_such_table")
    assert not result.success
    out = capsys.readouterr().out
    assert out.index("<table 1x1>") < out.index("(1 row affected)") < out.index("Msg ")


def test_a_cell_can_declare_a_variable_from_a_python_value_and_shadow_another(shell):
    shell.user_ns.update(limit=2, n=99)
    assert run(shell, "%%tsql doubled <<\nDECLARE @n INT = @limit * 2;\nSELECT @n AS n").success
    assert shell.user_ns["doubled"]["n"].tolist() == [4]


@pytest.mark.parametrize("value", ["5", "1.0", "['duckdb:///x.duckdb']"])
def test_a_database_url_parameter_of_the_wrong_type_gets_one_line(shell, capsys, value):
    before = current_database()
    shell.user_ns["database_url"] = eval(value)
    result = run(shell, "%tsql_connect database_url")
    assert not result.success
    out = capsys.readouterr().out.strip()
    assert len(out.splitlines()) == 1
    assert "needs a database URL (a string), None or a sqlml Database, not" in out
    assert current_database() is before  # the working connection is kept


# -- re-running a notebook, several notebooks at once ------------------------------------------------

def test_loading_the_extension_again_is_silent(shell, capsys):
    for _ in range(2):
        assert run(shell, "%load_ext sqlml").success
        assert capsys.readouterr().out == ""
    assert run(shell, "%%tsql\nSELECT 1 AS a").success   # still loaded, once


def test_the_file_is_free_after_each_cell_even_when_python_took_the_raw_connection(shell, tmp_path):
    import subprocess
    import sys

    assert run(shell, "%%tsql\n" + PEOPLE).success
    assert run(shell, "from sqlml.magic import current_database\n"
                      "current_database().connection.execute('DELETE FROM dbo.people WHERE age > 40')").success
    # another notebook's kernel (another process) can write now, with this kernel still running
    url = shell.user_ns["database_url"]
    subprocess.run([sys.executable, "-c", "import sys, sqlml; sqlml.connect(sys.argv[1]).execute("
                    "\"INSERT INTO dbo.people VALUES ('dee', 52)\")", url], check=True, timeout=120)
    assert run(shell, "%%tsql names <<\nSELECT name FROM dbo.people ORDER BY name").success
    assert shell.user_ns["names"]["name"].tolist() == ["ann", "cy", "dee"]
