"""The course knows its phase, the run cache keys on the right things, one book comes from one run.

The fast tests here use small databases and notebooks made on the spot; the slow ones reuse the
session's course run (`executed_course`) and copies of it, never a course run of their own: the
executions they check are counted, not timed.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sqlml
from conftest import SCALE_FACTOR
from sqlml import state
from sqlml.checkpoints import begin, passed
from sqlml.errors import CoursePhaseError, ForeignWriteAheadLog, SqlmlError

NOTEBOOKS = ["01-architecture", "02-methodology", "03-business-understanding", "04-data-understanding",
             "05-modeling", "06-deployment", "07-acceptance", "08-retraining"]


@pytest.fixture
def staged_db(tmp_path):
    """A database shaped like the course's: metadata, dbo and staging sales."""
    url = f"duckdb:///{tmp_path / 'state.duckdb'}"
    with sqlml.connect(url) as db:
        db.execute("CREATE TABLE dbo.sqlml_metadata (scale_factor FLOAT, cutoff_date DATE, loaded_at DATETIME2);\n"
                   "INSERT INTO dbo.sqlml_metadata VALUES (0.01, '2002-01-01', '2020-01-01T00:00:00');\n"
                   "CREATE SCHEMA staging;")
        db.execute("CREATE TABLE staging.store_sales (ss_item_sk INT);\nINSERT INTO staging.store_sales VALUES (1), (2)")
    return url


# -- the phase ---------------------------------------------------------------------------------------
def test_a_notebooks_checkpoint_records_its_phase_with_the_run_id(staged_db, monkeypatch):
    monkeypatch.setenv(state.RUN_ID_VARIABLE, "run-42")
    with sqlml.connect(staged_db) as db:
        assert state.current_phase(db) == ("loaded", None)
        for name in NOTEBOOKS[:6]:
            begin(db, name)
            passed(db, name)
        assert state.current_phase(db) == ("deployed", "run-42")
        assert [(e.event, e.notebook) for e in state.events(db)][-2:] == [("started", "06-deployment"),
                                                                          ("passed", "06-deployment")]


def test_a_passed_checkpoint_leaves_the_file_whole_while_the_kernel_keeps_its_connection(staged_db, tmp_path):
    """A learner's kernel stays open after the last cell; a copy of the file alone has the work."""
    with sqlml.connect(staged_db) as db:
        db.execute("CREATE TABLE dbo.customer_clusters (customer INT, cluster INT);\n"
                   "INSERT INTO dbo.customer_clusters VALUES (1, 0), (2, 1)")
        passed(db, "05-modeling")
        path = Path(staged_db.partition(":///")[2])
        shutil.copy2(path, tmp_path / "alone.duckdb")  # the file alone: no .wal goes with it
    with sqlml.connect(f"duckdb:///{tmp_path / 'alone.duckdb'}") as copy:
        assert copy.scalar("SELECT COUNT(*) AS n FROM dbo.customer_clusters") == 2
        assert state.current_phase(copy)[0] == "modeled"


@pytest.mark.parametrize("notebook", NOTEBOOKS[2:])
def test_a_notebook_refuses_a_database_whose_new_data_was_moved_and_names_the_fix(staged_db, notebook, monkeypatch):
    monkeypatch.setenv(state.RUN_ID_VARIABLE, "run-7")
    with sqlml.connect(staged_db) as db:
        begin(db, notebook)  # before retraining: fine, as often as a learner likes
        db.execute("DELETE FROM staging.store_sales")  # what 08-retraining does with the staged rows
        passed(db, "08-retraining")
        with pytest.raises(CoursePhaseError) as refused:
            begin(db, notebook)
    message = str(refused.value)
    assert "\n" not in message and "08-retraining already moved the new data into dbo in run run-7" in message
    assert f"`sqlml run --from {notebook} --database duckdb:///" in message


def test_moved_data_is_seen_even_when_no_run_recorded_it(staged_db):
    """08 run by hand before the state table existed: the fact decides, not the record."""
    with sqlml.connect(staged_db) as db:
        db.execute("DELETE FROM staging.store_sales")
        assert state.current_phase(db) == ("retrained", None)
        with pytest.raises(CoursePhaseError) as refused:
            begin(db, "05-modeling")
        begin(db, "01-architecture")  # 01 and 02 read no course data
    assert str(refused.value) == (
        "This database is past 05-modeling: 08-retraining already moved the new data into dbo, so 05-modeling "
        f"would work on data it is not meant to see. Run `sqlml run --from 05-modeling --database {staged_db}` "
        "(it restores the data from before retraining and runs the course on from there).")


def test_events_from_before_a_reload_do_not_count(staged_db):
    with sqlml.connect(staged_db) as db:
        passed(db, "07-acceptance")
        db.execute("UPDATE dbo.sqlml_metadata SET loaded_at = '2999-01-01T00:00:00'")  # loaded again since
        assert state.current_phase(db) == ("loaded", None) and state.events(db) == []


# -- the cache keys --------------------------------------------------------------------------------
def _notebook(path: Path, cells: list[tuple[str, str]]) -> Path:
    path.write_text(json.dumps({"cells": [{"cell_type": kind, "metadata": {}, "source": text,
                                           **({"outputs": [], "execution_count": None} if kind == "code" else {})}
                                          for kind, text in cells],
                                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1))
    return path


def _course(folder: Path) -> list[Path]:
    folder.mkdir()
    return [_notebook(folder / f"{name}.ipynb", [("markdown", f"# {name}"), ("code", f"print('{name}')")])
            for name in NOTEBOOKS]


def test_a_code_edit_changes_the_key_of_that_notebook_and_those_after_it_only(tmp_path):
    from sqlml.run_cache import notebook_keys

    sources = _course(tmp_path / "content")
    parameters = {"database_url": "duckdb:///x.duckdb", "scale_factor": 0.01}
    before = notebook_keys(sources, "data", parameters)
    _notebook(sources[5], [("markdown", "# 06-deployment"), ("code", "print('06-deployment')  # edited")])
    after = notebook_keys(sources, "data", parameters)
    assert [n for n in NOTEBOOKS if before[n] != after[n]] == ["06-deployment", "07-acceptance", "08-retraining"]


@pytest.mark.parametrize("change, changed", [
    ("prose", []),
    ("scale_factor", NOTEBOOKS),
    ("database_url", NOTEBOOKS),
    ("data", NOTEBOOKS),
])
def test_the_keys_follow_parameters_and_data_not_prose(tmp_path, change, changed):
    from sqlml.run_cache import notebook_keys

    sources = _course(tmp_path / "content")
    parameters = {"database_url": "duckdb:///x.duckdb", "scale_factor": 0.01}
    before = notebook_keys(sources, "data", parameters)
    start = "data"
    if change == "prose":
        _notebook(sources[4], [("markdown", "# 05 with a new sentence"), ("code", "print('05-modeling')")])
    elif change == "data":
        start = "other data"
    else:
        parameters = {**parameters, change: 1.0 if change == "scale_factor" else "duckdb:///y.duckdb"}
    after = notebook_keys(sources, start, parameters)
    assert [n for n in NOTEBOOKS if before[n] != after[n]] == changed


def test_a_reused_copy_takes_the_new_prose_and_keeps_its_outputs(tmp_path):
    from sqlml.run_cache import refresh_prose

    source = _notebook(tmp_path / "05-modeling.ipynb", [("markdown", "Old words."), ("code", "x = 1\nx")])
    executed = tmp_path / "executed.ipynb"
    done = json.loads(source.read_text())
    done["cells"][1]["outputs"] = [{"output_type": "execute_result", "data": {"text/plain": "1"},
                                    "metadata": {}, "execution_count": 1}]
    executed.write_text(json.dumps(done))
    assert not refresh_prose(source, executed), "nothing to do when the prose is the same"
    _notebook(source, [("markdown", "New words."), ("markdown", "A new cell."), ("code", "x = 1\nx")])
    assert refresh_prose(source, executed)
    cells = json.loads(executed.read_text())["cells"]
    assert [c["source"] for c in cells] == ["New words.", "A new cell.", "x = 1\nx"]
    assert cells[2]["outputs"][0]["data"]["text/plain"] == "1"


# -- one run, one book ---------------------------------------------------------------------------------
def test_the_book_refuses_notebooks_from_two_runs_and_names_them(tmp_path):
    from sqlml.run_record import check_one_run

    copies = []
    for name, scale in [("01-architecture", 1.0), ("02-methodology", 1.0), ("03-business-understanding", 0.01)]:
        copies.append(_notebook(tmp_path / f"{name}.ipynb", [("code", "1")]))
        notebook = json.loads(copies[-1].read_text())
        notebook["metadata"]["sqlml"] = {"run_id": f"run-{scale}", "database": "duckdb:///a.duckdb",
                                         "scale_factor": scale, "engine": "embedded", "passed": True}
        copies[-1].write_text(json.dumps(notebook))
    check_one_run(copies[:2])
    with pytest.raises(SqlmlError) as mixed:
        check_one_run(copies)
    message = str(mixed.value)
    assert "01-architecture, 02-methodology from scale factor 1 on duckdb:///a.duckdb" in message
    assert "03-business-understanding from scale factor 0.01" in message and "`sqlml run`" in message


# -- a write-ahead log that is not the database's --------------------------------------------------
def test_a_restored_backup_beside_a_newer_log_is_diagnosed_and_nothing_is_lost(tmp_path, capsys):
    """The backup is put back while a log written against the newer file is still beside it."""
    import duckdb

    from sqlml.cli import main

    path = tmp_path / "course.duckdb"
    with sqlml.connect(f"duckdb:///{path}") as db:
        db.execute("CREATE TABLE dbo.kept (x INT);\nINSERT INTO dbo.kept VALUES (1)")
    shutil.copy2(path, tmp_path / "backup.duckdb")
    connection = duckdb.connect(str(path))
    connection.execute("CREATE TABLE dbo.later AS SELECT range AS x FROM range(100000)")
    connection.execute("CHECKPOINT")
    connection.close()
    # A process that dies without closing leaves its last changes in the log.
    subprocess.run([sys.executable, "-c", "import duckdb, os\nc = duckdb.connect(r'%s')\n"
                    "c.execute('INSERT INTO dbo.later VALUES (5)')\nos._exit(0)" % path], check=True)
    wal = path.with_name(path.name + ".wal")
    assert wal.exists()
    shutil.copy2(tmp_path / "backup.duckdb", path)

    with pytest.raises(ForeignWriteAheadLog) as foreign:
        sqlml.connect(f"duckdb:///{path}")
    message = str(foreign.value)
    assert f"The write-ahead log {wal} does not belong to the database file {path}" in message
    assert "move the .wal file aside (keep it)" in message and "--force" not in message
    script = tmp_path / "q.sql"
    script.write_text("SELECT x FROM dbo.kept")
    assert main(["sql", str(script), "--database", f"duckdb:///{path}"]) == 1
    assert capsys.readouterr().err.strip().endswith("the database file itself is left as it is.")
    assert wal.exists(), "the log is the learner's to keep"

    wal.rename(tmp_path / "aside.wal")  # the advice
    with sqlml.connect(f"duckdb:///{path}") as db:
        assert db.query("SELECT x FROM dbo.kept")["x"].tolist() == [1]


# -- with the session's course run -----------------------------------------------------------------
@pytest.mark.slow
def test_the_run_leaves_one_database_file_and_no_log(executed_course):
    executed_course.require_success()
    database = executed_course.home / "data" / "course.duckdb"
    assert database.exists() and not database.with_name(database.name + ".wal").exists()
    copy = executed_course.home.parent / "alone.duckdb"
    shutil.copy2(database, copy)  # the file alone, as a learner would back it up
    with sqlml.connect(f"duckdb:///{copy}") as db:
        assert state.current_phase(db)[0] == "retrained"
        assert db.scalar("SELECT COUNT(*) AS n FROM dbo.models WHERE is_champion = 1") == 1
        assert db.scalar("SELECT COUNT(*) AS n FROM staging.store_sales") == 0, "retraining's move is in the file"


@pytest.mark.slow
def test_every_executed_notebook_carries_its_run_and_run_json_lists_them(executed_course):
    executed_course.require_success()
    from sqlml.run_cache import read_record

    records = [read_record(executed_course.executed / f"{name}.ipynb") for name in NOTEBOOKS]
    assert {r["run_id"] for r in records} == {records[0]["run_id"]}
    assert all(r["passed"] and r["scale_factor"] == SCALE_FACTOR and r["engine"] == "embedded"
               and r["engine_version"].startswith("DuckDB ") and r["seconds"] > 0 for r in records)
    run = json.loads((executed_course.home / "_build" / "run.json").read_text())
    assert run["run_id"] == records[0]["run_id"] and run["scale_factor"] == SCALE_FACTOR
    assert [n["notebook"] for n in run["notebooks"]] == NOTEBOOKS and "python" in run["versions"]


@pytest.mark.slow
def test_modeling_by_hand_after_retraining_stops_in_its_first_cells(executed_course, tmp_path):
    """05 run again after a full run would train on the data 08 moved into dbo: it refuses."""
    executed_course.require_success()
    from sqlml.course import NotebookFailed, execute_notebook

    database = tmp_path / "after.duckdb"
    shutil.copy2(executed_course.home / "data" / "course.duckdb", database)
    url = f"duckdb:///{database}"
    count = "SELECT COUNT(*) AS n FROM dbo.models"
    with sqlml.connect(url) as db:
        before = db.scalar(count)
    with pytest.raises(NotebookFailed) as failure:
        execute_notebook(executed_course.home / "content" / "05-modeling.ipynb", database_url=url,
                         scale_factor=SCALE_FACTOR, output_dir=tmp_path)
    message = str(failure.value)
    assert "CoursePhaseError" in message and "`sqlml run --from 05-modeling --database" in message
    with sqlml.connect(url) as db:
        assert db.scalar(count) == before, "no model was trained"


@pytest.fixture
def course_copy(executed_course, tmp_path, monkeypatch):
    """A copy of the session's course folder after its run (data, cache, executed notebooks, book)."""
    executed_course.require_success()
    home = tmp_path / "course"
    shutil.copytree(executed_course.home, home)
    monkeypatch.setenv("SQLML_HOME", str(home))
    monkeypatch.delenv("SQLML_DATABASE_URL", raising=False)
    return home


def _counted(monkeypatch):
    """Replace the kernel run by a copy of the executed notebook; count which notebooks ran."""
    import sqlml.course as course

    ran = []

    def fake(source, database_url, scale_factor, output_dir=None):
        ran.append(source.stem)
        target = (output_dir or course.executed_dir()) / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copy2(source, target)
        return target

    monkeypatch.setattr(course, "_run_one", fake)
    return ran


@pytest.mark.slow
def test_a_rerun_with_nothing_changed_executes_nothing(course_copy, monkeypatch):
    import sqlml.course as course

    ran = _counted(monkeypatch)
    url = f"duckdb:///{course_copy / 'data' / 'course.duckdb'}"
    # The copy's database has another path: the first rerun records it (and so builds the book once).
    course.run_course(database_url=url, scale_factor=SCALE_FACTOR, build=True, echo=lambda line: None)
    assert ran == []
    lines = []
    course.run_course(database_url=url, scale_factor=SCALE_FACTOR, build=True, echo=lines.append)
    assert ran == []
    assert not any("loading the data again" in line or "nothing to do" in line for line in lines), lines
    assert any(line.startswith("Book unchanged") for line in lines), lines

    # As a learner types it: the command checks what changed without loading what executes notebooks,
    # translates T-SQL or builds the book (what made a rerun cost seconds on a loaded machine).
    heavy = ("sqlglot", "pandas", "sklearn", "papermill", "nbclient", "nbformat", "jupyter_book", "sphinx")
    probe = ("import sys\nfrom sqlml.cli import main\ncode = main(sys.argv[1:])\n"
             f"print('loaded:', sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})))\nsys.exit(code)")
    rerun = subprocess.run([sys.executable, "-c", probe, "run", "--scale-factor", str(SCALE_FACTOR), "--database", url],
                           cwd=course_copy, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "Book unchanged" in rerun.stdout and " done in " not in rerun.stdout, rerun.stdout
    assert "loaded: []" in rerun.stdout, rerun.stdout


@pytest.mark.slow
def test_a_code_edit_of_06_executes_06_07_and_08_on_the_state_05_left(course_copy, monkeypatch):
    import sqlml.course as course

    source = course_copy / "content" / "06-deployment.ipynb"
    notebook = json.loads(source.read_text())
    next(c for c in notebook["cells"] if c["cell_type"] == "code")["source"].insert(0, "# an edit\n")
    source.write_text(json.dumps(notebook, indent=1))
    ran = _counted(monkeypatch)
    url = f"duckdb:///{course_copy / 'data' / 'course.duckdb'}"
    course.run_course(database_url=url, scale_factor=SCALE_FACTOR, build=False, echo=lambda line: None)
    assert ran == ["06-deployment", "07-acceptance", "08-retraining"]
    with sqlml.connect(url) as db:  # the kernels were replaced: the database is as 05 left it
        last = state.last_event(db)
        assert (last.event, last.notebook) == ("passed", "05-modeling")
        assert db.scalar("SELECT COUNT(*) AS n FROM staging.store_sales") > 0


@pytest.mark.slow
def test_run_from_restores_the_data_that_notebook_expects(course_copy, monkeypatch):
    from sqlml.cli import main

    ran = _counted(monkeypatch)
    url = f"duckdb:///{course_copy / 'data' / 'course.duckdb'}"
    assert main(["run", "--from", "05-modeling", "--database", url, "--scale-factor", str(SCALE_FACTOR),
                 "--no-book"]) == 0
    assert ran == NOTEBOOKS[4:]
    with sqlml.connect(url) as db:
        assert state.current_phase(db)[0] == "loaded", "the state 04 left: nothing modeled, nothing moved"
        assert db.scalar("SELECT COUNT(*) AS n FROM staging.store_sales") > 0


@pytest.mark.slow
def test_a_partial_run_against_other_data_goes_elsewhere(course_copy, monkeypatch, capsys):
    from sqlml.cli import main
    from sqlml.data import ensure_data

    other = course_copy.parent / "other.duckdb"
    ensure_data(f"duckdb:///{other}", scale_factor=0.02, progress=False)
    ran = _counted(monkeypatch)
    before = (course_copy / "_build" / "executed" / "02-methodology.ipynb").read_bytes()
    assert main(["run", "--only", "02-methodology", "--database", f"duckdb:///{other}",
                 "--scale-factor", "0.02"]) == 0
    assert ran == ["02-methodology"]
    assert (course_copy / "_build" / "executed" / "02-methodology.ipynb").read_bytes() == before
    elsewhere = course_copy / "_build" / "runs" / "other-sf0.02"
    assert (elsewhere / "executed" / "02-methodology.ipynb").exists()
    assert json.loads((elsewhere / "run.json").read_text())["scale_factor"] == 0.02
    assert "is not the data of the notebooks in" in capsys.readouterr().out


@pytest.mark.parametrize("url", ["duckdb:////tmp/course/x.duckdb", "duckdb:///data/x.duckdb", "duckdb:///:memory:",
                                 "duckdb:///", "duckdb:///~/x.duckdb", "duckdb:///../up/x.duckdb", "duckdb://x.duckdb"])
def test_the_quick_file_lookup_names_the_file_the_engine_opens(url):
    """`sqlml run` finds the database file without importing the engines; it must be the engine's file."""
    from sqlml.connection import database_file
    from sqlml.engines.embedded import database_path

    try:
        expected = database_path(url)
    except SqlmlError as error:
        with pytest.raises(SqlmlError, match=re.escape(str(error))):
            database_file(url)
    else:
        assert database_file(url) == expected


def test_the_quick_file_lookup_has_no_file_for_sql_server():
    from sqlml.connection import database_file

    assert database_file("mssql+pyodbc://sa:secret@localhost:1433/tpcxbb_1gb?driver=ODBC+Driver+18") is None
