"""Fixtures shared by the tests.

- `db`: an embedded database for a test of the T-SQL core or an engine. A test module says what it
  holds and how it is shared, with module-level names:
  `SETUP` (T-SQL run once on the new file; a list runs as separate batches), `DB_FILE` (the file's name, `tpcxbb_1gb.duckdb` unless
  said: DB_NAME() is its stem) and `DB_PER_MODULE = True` (one database for all the module's tests,
  for modules whose tests leave it as they found it; otherwise each test gets a new one).
- The course, executed once per session at scale factor 0.01, its book, and TPC-DS data files.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import sqlml

ROOT = Path(__file__).resolve().parents[1]
SCALE_FACTOR = 0.01


# -- the database of a T-SQL or engine test -----------------------------------------------------------

def _new_database(module, folder: Path):
    database = sqlml.connect(f"duckdb:///{folder / getattr(module, 'DB_FILE', 'tpcxbb_1gb.duckdb')}")
    setup = getattr(module, "SETUP", ())
    for script in [setup] if isinstance(setup, str) else setup:   # a list: one batch each
        database.execute(script)
    return database


@pytest.fixture(scope="module")
def _module_db(request, tmp_path_factory):
    database = _new_database(request.module, tmp_path_factory.mktemp("db"))
    yield database
    database.close()


@pytest.fixture
def db(request, tmp_path):
    """The module's database (see the module's notes): a new one for each test unless DB_PER_MODULE."""
    if getattr(request.module, "DB_PER_MODULE", False):
        yield request.getfixturevalue("_module_db")
        return
    database = _new_database(request.module, tmp_path)
    yield database
    database.close()


def copy_course(target: Path) -> Path:
    """A course folder with the sources of this checkout: what `sqlml run` needs, nothing more."""
    target.mkdir(parents=True)
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy2(ROOT / name, target / name)
    for folder in ("content", "assets", "_ext"):  # _ext: the book's local Sphinx extensions
        shutil.copytree(ROOT / folder, target / folder,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    return target


class CourseRun:
    def __init__(self, home: Path) -> None:
        self.home = home
        self.timings: list[tuple[str, float]] = []
        self.error: Exception | None = None
        self.lines: list[str] = []

    @property
    def executed(self) -> Path:
        return self.home / "_build" / "executed"

    @property
    def database_url(self) -> str:
        return f"duckdb:///{self.home / 'data' / 'course.duckdb'}"

    def require_success(self) -> None:
        if self.error is not None:
            pytest.fail(f"sqlml run failed: {self.error}", pytrace=False)


def run_course_copy(folder: Path, *, build: bool) -> CourseRun:
    """Run the whole course from scratch in a fresh copy under `folder` (SQLML_HOME points at it
    meanwhile). A failure is kept on the run, so each test that needs it reports it."""
    from sqlml.course import run_course
    from sqlml.environment import environment

    home = copy_course(folder / "course")
    run = CourseRun(home)
    with environment({"SQLML_HOME": str(home), "SQLML_DATABASE_URL": None}):
        try:
            run.timings = run_course(database_url=run.database_url, scale_factor=SCALE_FACTOR, build=build,
                                     echo=run.lines.append)
        except Exception as error:
            run.error = error
    return run


@pytest.fixture(scope="session")
def executed_course(tmp_path_factory) -> CourseRun:
    """Run the whole course once (data, every notebook in order, the book) in a temporary copy."""
    return run_course_copy(tmp_path_factory.mktemp("course"), build=True)


@pytest.fixture(scope="session")
def built_book(executed_course) -> Path:
    """The HTML book of the session's course run."""
    executed_course.require_success()
    return executed_course.home / "_build" / "html"


@pytest.fixture(scope="session")
def tpcds_file(tmp_path_factory) -> Path:
    """A TPC-DS database at scale factor 0.01 named like Microsoft's sample (made once; copy it per test)."""
    import importlib.util

    import duckdb

    spec = importlib.util.find_spec("duckdb_extension_tpcds")
    if spec is None:
        pytest.fail("the duckdb-extension-tpcds package is missing: pip install the test extra")
    extension = Path(list(spec.submodule_search_locations)[0]) / "extensions" / f"v{duckdb.__version__}" / "tpcds.duckdb_extension"
    path = tmp_path_factory.mktemp("tpcds") / "tpcxbb_1gb.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f"LOAD '{extension}'")
    con.execute("CREATE SCHEMA dbo")
    con.execute("CALL dsdgen(sf = 0.01, schema = 'dbo')")
    con.close()
    return path
