"""Bad input a user can reach, each answered with one line that says what to do, nothing lost.

The cases of issue 6 that no other test file covers: a notebook parameter of the wrong type,
a database made by an older version (another DuckDB storage version, an older metadata table,
no engine schema), a disk that is full or a folder that may not be written while the database
is written, and an interrupted `sqlml run` that the next run picks up. (A notebook run out of
order is in test_notebooks.py; the CLI's, the magic's and the registry's own refusals are in
test_cli.py, test_magic.py and test_models.py.)

Tests run as root here, so chmod cannot make a folder unwritable and there is no small file
system to fill: the disk-full and permission failures are injected where the load writes
(DuckDB's writes and the final rename), with the errors the system would raise.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import sqlml
from conftest import SCALE_FACTOR, copy_course

ROOT = Path(__file__).resolve().parents[1]


def run_cli(capsys, *argv: str) -> tuple[int, str]:
    from sqlml.cli import main

    code = main(list(argv))
    # Progress bars may come first on standard error; the verdict is its last line, and the only one.
    lines = [line for line in re.split(r"[\r\n]+", capsys.readouterr().err) if line.strip()]
    errors = [line for line in lines if line.startswith("sqlml ")]
    assert len(errors) <= 1 and (not errors or errors[0] == lines[-1]), lines
    return code, errors[0] if errors else ""


@pytest.fixture(scope="module")
def loaded_file(tmp_path_factory) -> Path:
    from sqlml.data import ensure_data

    path = tmp_path_factory.mktemp("loaded") / "course.duckdb"
    ensure_data(f"duckdb:///{path}", scale_factor=SCALE_FACTOR, progress=False)
    return path


@pytest.fixture
def course_db(loaded_file, tmp_path) -> Path:
    """A loaded course database of this test's own, with a model of the learner's in it."""
    path = tmp_path / "course.duckdb"
    shutil.copy2(loaded_file, path)
    with sqlml.connect(f"duckdb:///{path}") as db:
        db.execute("CREATE TABLE dbo.learner_work (note NVARCHAR(50)); INSERT INTO dbo.learner_work VALUES (N'keep me');")
    return path


def learner_work(path: Path) -> list[str]:
    with sqlml.connect(f"duckdb:///{path}") as db:
        return db.query("SELECT note FROM dbo.learner_work")["note"].tolist()


# -- notebook parameters ---------------------------------------------------------------------------
@pytest.mark.parametrize("values, named, expected", [
    ({"database_url": 5, "scale_factor": 0.01}, "database_url", "a database URL"),
    ({"database_url": ["duckdb:///x.duckdb"], "scale_factor": 0.01}, "database_url", "a database URL"),
    ({"database_url": None, "scale_factor": "abc"}, "scale_factor", "a number above 0"),
    ({"database_url": None, "scale_factor": True}, "scale_factor", "a number above 0"),
    ({"database_url": None, "scale_factor": -1}, "scale_factor", "a number above 0"),
    ({"database_url": None, "scale_factor": float("nan")}, "scale_factor", "a number above 0"),
])
def test_a_parameter_of_the_wrong_type_is_named_with_the_type_it_needs(values, named, expected):
    from sqlml.checkpoints import ParameterError, require_parameters

    with pytest.raises(ParameterError) as caught:
        require_parameters(**values)
    message = str(caught.value)
    assert message.startswith(f"Parameter {named} must be {expected}")
    assert type(values[named]).__name__ in message and "\n" not in message


def test_good_parameters_pass():
    from sqlml.checkpoints import require_parameters

    require_parameters(database_url=None, scale_factor=1.0)
    require_parameters(database_url="duckdb:///data/x.duckdb", scale_factor=0.01)
    require_parameters(database_url=None, scale_factor=1)


def test_every_notebook_checks_its_parameters_before_it_connects():
    import nbformat

    for path in sorted((ROOT / "content").glob("[0-9][0-9]-*.ipynb")):
        sources = [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        connect = next(i for i, s in enumerate(sources) if "%tsql_connect database_url" in s)
        lines = sources[connect].splitlines()
        check = next((i for i, line in enumerate(lines) if line.startswith("require_parameters(")), None)
        assert check is not None and check < lines.index("%tsql_connect database_url"), path.name
        assert lines.index("%load_ext sqlml") < check, "after %load_ext the error shows as its line alone"


@pytest.mark.slow
@pytest.mark.parametrize("parameters, named", [({"scale_factor": "abc"}, "scale_factor"),
                                               ({"database_url": 5}, "database_url")])
def test_papermill_injecting_a_wrong_type_fails_the_notebook_naming_the_parameter(tmp_path, monkeypatch,
                                                                                   parameters, named):
    """What `papermill 01-architecture.ipynb out.ipynb -p scale_factor abc` does."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    home = copy_course(tmp_path / "course")
    monkeypatch.setenv("SQLML_HOME", str(home))
    monkeypatch.delenv("SQLML_DATABASE_URL", raising=False)
    with pytest.raises(PapermillExecutionError) as caught:
        papermill.execute_notebook(str(home / "content" / "01-architecture.ipynb"), str(tmp_path / "out.ipynb"),
                                   parameters=parameters, cwd=str(home / "content"), progress_bar=False,
                                   kernel_name="python3")
    assert caught.value.ename == "ParameterError"
    assert caught.value.evalue.startswith(f"Parameter {named} must be")
    assert not (home / "data").exists(), "nothing was connected to or created"


# -- a database made by an older version -----------------------------------------------------------
def _rewrite_storage_version(path: Path, version: int) -> None:
    """Give a DuckDB file another storage version number, as an older DuckDB would have written.

    The main header (block 0) holds a checksum of its remaining bytes, then "DUCK" and the version;
    the checksum is DuckDB's: 5381 XOR each little-endian 64-bit word times 0xbf58476d1ce4e5b9.
    """
    data = bytearray(path.read_bytes())
    assert data[8:12] == b"DUCK"
    data[12:20] = struct.pack("<Q", version)
    checksum = 5381
    for (word,) in struct.iter_unpack("<Q", bytes(data[8:4096])):
        checksum ^= (word * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    data[0:8] = struct.pack("<Q", checksum)
    path.write_bytes(bytes(data))


def test_a_file_from_an_older_duckdb_says_to_run_sqlml_data_force_and_force_rebuilds_it(course_db, capsys):
    url = f"duckdb:///{course_db}"
    sqlml.connect(url).close()  # no write-ahead log left beside it
    _rewrite_storage_version(course_db, 39)  # DuckDB 0.6's storage
    before = course_db.read_bytes()

    with pytest.raises(sqlml.ConnectError) as caught:
        sqlml.connect(url)
    assert "was written by another DuckDB version" in str(caught.value)
    assert "version number 39" in str(caught.value) and "`sqlml data --force`" in str(caught.value)

    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database", url)
    assert code == 1 and "\n" not in error
    assert error.startswith("sqlml data: error: The database file") and "sqlml data --force" in error
    assert course_db.read_bytes() == before, "without --force the file is left as it was"

    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database", url, "--force")
    assert code == 0, error
    with sqlml.connect(url) as db:
        assert db.scalar("SELECT COUNT(*) AS n FROM dbo.customer") > 0


def test_a_file_that_is_not_a_database_is_kept_without_force_and_replaced_with_it(tmp_path, capsys):
    path = tmp_path / "course.duckdb"
    path.write_text("notes, not tables")
    url = f"duckdb:///{path}"
    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database", url)
    assert code == 1 and "is not a DuckDB database" in error and "`sqlml data --force`" in error
    assert path.read_text() == "notes, not tables"
    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database", url, "--force")
    assert code == 0, error
    with sqlml.connect(url) as db:
        assert db.scalar("SELECT COUNT(*) AS n FROM dbo.customer") > 0


def test_metadata_from_an_older_sqlml_says_to_reload_and_changes_nothing(course_db, capsys):
    url = f"duckdb:///{course_db}"
    with sqlml.connect(url) as db:  # an sqlml that did not record the load time yet
        db.execute("ALTER TABLE dbo.sqlml_metadata DROP COLUMN loaded_at; UPDATE dbo.sqlml_metadata SET sqlml_version = '0.0.1';")

    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database", url)
    assert code == 1 and "\n" not in error
    assert "was made by an older sqlml (dbo.sqlml_metadata has no loaded_at)" in error
    assert "run `sqlml data --force`" in error
    assert learner_work(course_db) == ["keep me"]

    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database", url, "--force")
    assert code == 0, error
    from sqlml.data import read_metadata_at
    assert read_metadata_at(url)["sqlml_version"] == sqlml.__version__


def test_a_database_from_before_the_engine_schema_still_runs_procedures(course_db):
    """sqlml_system (procedures, sp_configure) is made on first use, so older files keep working."""
    import duckdb

    connection = duckdb.connect(str(course_db))
    connection.execute("DROP SCHEMA IF EXISTS sqlml_system CASCADE")
    connection.close()
    with sqlml.connect(f"duckdb:///{course_db}") as db:
        db.execute("CREATE PROCEDURE dbo.count_customers AS SELECT COUNT(*) AS customers FROM dbo.customer;")
        assert db.query("EXEC dbo.count_customers")["customers"].iloc[0] > 0


# -- disk full / not allowed to write while the database is written -------------------------------
def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _duckdb_no_space(*args, **kwargs):
    import duckdb

    raise duckdb.IOException('IO Error: Could not write file "course.duckdb.tmp": No space left on device')


def _not_permitted(*args, **kwargs):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


@pytest.mark.parametrize("where, failure, advice", [
    ("_fill_embedded", _duckdb_no_space, "free some disk space"),       # DuckDB writing the tables
    ("_write_metadata_embedded", _no_space, "free some disk space"),    # any OSError(ENOSPC) at a write
    ("os.replace", _not_permitted, "writable"),                         # putting the new file in place
])
def test_a_full_disk_or_a_forbidden_write_gets_one_line_and_keeps_the_old_database(course_db, capsys, monkeypatch,
                                                                                   where, failure, advice):
    import sqlml.data as data

    if where == "os.replace":
        monkeypatch.setattr(data.os, "replace", failure)
    else:
        monkeypatch.setattr(data, where, failure)
    url = f"duckdb:///{course_db}"
    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database", url, "--force")
    monkeypatch.undo()
    assert code == 1 and "\n" not in error
    assert error.startswith(f"sqlml data: error: Could not write the course database {course_db}")
    assert advice in error and "the previous database is unchanged" in error
    assert learner_work(course_db) == ["keep me"]
    assert sorted(p.name for p in course_db.parent.iterdir()) == ["course.duckdb"], "no half-built file is left"


def test_a_first_load_on_a_full_disk_says_nothing_was_created(tmp_path, capsys, monkeypatch):
    import sqlml.data as data

    monkeypatch.setattr(data, "_fill_embedded", _duckdb_no_space)
    code, error = run_cli(capsys, "data", "--scale-factor", str(SCALE_FACTOR), "--database",
                          f"duckdb:///{tmp_path / 'new.duckdb'}")
    assert code == 1 and "no database was created" in error
    assert list(tmp_path.iterdir()) == []


# -- an interrupted `sqlml run` --------------------------------------------------------------------
# A course of three small notebooks that do what the real ones do to the database (begin, work,
# passed): each run is quick, and the kernel itself presses Ctrl+C at a chosen point, so the signal
# lands exactly there whatever the machine's load (no sleep, no poll racing a kernel start).
PRESS = """import os, signal
def press_ctrl_c():  # as a terminal does: SIGINT to its foreground process group, sqlml's (the kernel has its own)
    os.killpg(os.getpgid(os.getppid()), signal.SIGINT)
"""
TINY_COURSE = {
    "01-first": ["import os, time, atexit", PRESS,
                 'if os.environ.get("CTRL_C_AT") == "the kernel stops":\n    atexit.register(press_ctrl_c)'],
    "02-second": ["import os, time", PRESS,
                  'if os.environ.get("CTRL_C_AT") == "a cell runs":\n    press_ctrl_c()\n'
                  '    time.sleep(300)  # ended by the interrupt sqlml passes on to the kernel\n'
                  '    raise RuntimeError("Ctrl+C did not reach the cell")',
                  # A cell that lets no interrupt through (as a long call into C code may): the second
                  # Ctrl+C, pressed once the first reached the kernel, stops the kernel itself.
                  'import signal, threading\nif os.environ.get("CTRL_C_AT") == "a cell ignores it":\n'
                  '    reached = threading.Event()\n'
                  '    signal.signal(signal.SIGINT, lambda *_: reached.set())\n'
                  '    press_ctrl_c()\n    reached.wait(300)\n    press_ctrl_c()\n    time.sleep(300)\n'
                  '    raise RuntimeError("the second Ctrl+C did not stop the kernel")'],
    "03-third": [],
}


def tiny_course(home: Path) -> Path:
    import nbformat

    (home / "content").mkdir(parents=True)
    (home / "_toc.yml").write_text("format: jb-book\nroot: content/01-first\n")
    for name, cells in TINY_COURSE.items():
        notebook = nbformat.v4.new_notebook()
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        parameters = nbformat.v4.new_code_cell("database_url = None\nscale_factor = 1.0")
        parameters.metadata["tags"] = ["parameters"]
        work = (f'import sqlml\nfrom sqlml.checkpoints import begin, passed\ndb = sqlml.connect(database_url)\n'
                f'begin(db, "{name}")\n'
                + ("db.execute(\"CREATE TABLE dbo.work (step NVARCHAR(20))\")\n" if name == "01-first" else "")
                + f"db.execute(\"INSERT INTO dbo.work VALUES (N'{name}')\")")
        notebook.cells = [parameters, nbformat.v4.new_code_cell(work)]
        notebook.cells += [nbformat.v4.new_code_cell(source) for source in cells]
        notebook.cells.append(nbformat.v4.new_code_cell(f'passed(db, "{name}")'))
        nbformat.write(notebook, home / "content" / f"{name}.ipynb")
    # IPython runs these files as a kernel starts, before it answers: Ctrl+C while sqlml waits for it.
    startup = home / "ipython" / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "00-press.py").write_text(PRESS + 'if os.environ.get("CTRL_C_AT") == "the kernel starts":\n'
                                                 "    press_ctrl_c()\n")
    return home


@pytest.mark.slow
@pytest.mark.parametrize("point, kept", [
    ("the kernel starts", []),                 # 01's kernel: nothing had finished
    ("a cell runs", ["01-first"]),             # in 02, after it wrote to the database
    ("the kernel stops", ["01-first"]),        # 01 ran its last cell: it finished, so it is kept
    ("a cell ignores it", ["01-first"]),       # pressed twice: the kernel is stopped
])
def test_an_interrupted_run_exits_130_and_the_next_run_picks_up_cleanly(tmp_path, loaded_file, point, kept):
    """Ctrl+C (SIGINT to the terminal's process group) at each point of a notebook's run; then run again."""
    home = tiny_course(tmp_path / "course")
    (home / "data").mkdir()
    shutil.copy2(loaded_file, home / "data" / "course.duckdb")
    url = f"duckdb:///{home / 'data' / 'course.duckdb'}"
    env = {**os.environ, "SQLML_HOME": str(home), "PYTHONUNBUFFERED": "1", "IPYTHONDIR": str(home / "ipython")}
    env.pop("SQLML_DATABASE_URL", None)
    command = [sys.executable, "-m", "sqlml.cli", "run", "--scale-factor", str(SCALE_FACTOR), "--database", url,
               "--no-book"]
    executed = home / "_build" / "executed"

    # Its own session, as a terminal gives a command its own process group; SIGINT handled as in a
    # terminal even when this test runs in a background job (which ignores SIGINT, and children inherit that).
    first = subprocess.run(command, cwd=home, env={**env, "CTRL_C_AT": point}, capture_output=True, text=True,
                           timeout=600, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert first.returncode == 130, first.stdout + first.stderr
    assert "Traceback" not in first.stderr and "Error" not in first.stderr, first.stderr
    message = [line for line in first.stderr.splitlines() if line.strip()][-1]
    assert message.startswith("sqlml run: interrupted; the notebooks that had finished are kept"), first.stderr
    assert sorted(p.name for p in executed.iterdir()) == [f"{name}.ipynb" for name in kept], \
        "the finished notebooks are kept, and no partial, failed or temporary copy"
    assert not (home / "data" / "course.duckdb.wal").exists(), "the database is checkpointed and closed"
    with sqlml.connect(url) as db:  # no kernel holds the file any more
        db.execute("CREATE TABLE dbo.opened_after_the_interrupt (n INT)")

    again = subprocess.run(command, cwd=home, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stdout + again.stderr
    for index, name in enumerate(TINY_COURSE, start=1):
        said = f"[{index}/3] {name}: unchanged, reused" if name in kept else f"[{index}/3] {name} done"
        assert said in again.stdout, again.stdout
    with sqlml.connect(url) as db:  # each notebook's work once: the interrupted one's was not kept
        assert db.query("SELECT step FROM dbo.work ORDER BY step")["step"].tolist() == list(TINY_COURSE)