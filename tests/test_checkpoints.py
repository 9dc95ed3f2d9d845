"""sqlml.checkpoints: a notebook run out of order says which notebook to run first."""
from __future__ import annotations

import pytest

import sqlml
from sqlml.checkpoints import DATA_TABLES, PrerequisiteMissing, require, require_data


DB_FILE = "checks.duckdb"


def test_a_missing_table_names_the_notebook_that_makes_it(db):
    with pytest.raises(PrerequisiteMissing) as missing:
        require(db, table="dbo.customer_clusters", made_by="05-modeling")
    assert str(missing.value) == ("dbo.customer_clusters is missing: run 05-modeling first "
                                  "(then this notebook again).")
    assert isinstance(missing.value, sqlml.SqlmlError)
    assert missing.value.made_by == "05-modeling"


def test_an_empty_table_is_missing_too(db):
    db.execute("CREATE TABLE dbo.customer_clusters (customer INT, cluster INT)")
    with pytest.raises(PrerequisiteMissing, match=r"^dbo\.customer_clusters has no rows: run 05-modeling first"):
        require(db, table="dbo.customer_clusters", made_by="05-modeling")


def test_a_table_with_enough_rows_passes_and_gives_the_count(db):
    db.execute("CREATE TABLE dbo.customer_clusters (customer INT, cluster INT);\n"
               "INSERT INTO dbo.customer_clusters VALUES (1, 0), (2, 1), (3, 1)")
    assert require(db, table="dbo.customer_clusters", made_by="05-modeling") == 3
    assert require(db, table="dbo.customer_clusters", made_by="05-modeling", min_rows=3) == 3
    with pytest.raises(PrerequisiteMissing, match="has 3 rows, fewer than the 4 needed: run 05-modeling first"):
        require(db, table="dbo.customer_clusters", made_by="05-modeling", min_rows=4)


def test_where_narrows_the_rows_that_count(db):
    db.execute("CREATE TABLE dbo.models (name VARCHAR(50), is_champion BIT);\n"
               "INSERT INTO dbo.models VALUES ('customer_segments', 0)")
    with pytest.raises(PrerequisiteMissing, match="dbo.models has no rows with is_champion = 1: run 06-deployment"):
        require(db, table="dbo.models", made_by="06-deployment", where="is_champion = 1")
    db.execute("INSERT INTO dbo.models VALUES ('customer_segments', 1)")
    assert require(db, table="dbo.models", made_by="06-deployment", where="is_champion = 1") == 1


def test_the_table_name_must_be_a_plain_name(db):
    with pytest.raises(ValueError, match="schema.name"):
        require(db, table="dbo.t; DROP TABLE dbo.x", made_by="05-modeling")


def test_missing_course_data_says_to_run_sqlml_data(db):
    with pytest.raises(PrerequisiteMissing) as missing:
        require_data(db)
    assert "`sqlml data`" in str(missing.value) and "03-business-understanding" in str(missing.value)
    for table in DATA_TABLES:
        db.execute(f"CREATE TABLE {table} (k INT);\nINSERT INTO {table} VALUES (1)")
    require_data(db)


def test_missing_course_data_is_one_line_naming_the_command(db):
    # The exact line a learner sees in a module from 03 on, before `sqlml data` ran.
    with pytest.raises(PrerequisiteMissing) as missing:
        require_data(db)
    assert str(missing.value) == (f"{DATA_TABLES[0]} is missing: run `sqlml data` (or 03-business-understanding) "
                                  "first (then this notebook again).")


@pytest.mark.parametrize("scale_factor", [0, 0.0, -0.01])
def test_a_scale_factor_of_zero_or_less_is_refused(scale_factor):
    from sqlml.checkpoints import ParameterError, require_parameters

    with pytest.raises(ParameterError, match=r"^Parameter scale_factor must be a number above 0"):
        require_parameters(database_url=None, scale_factor=scale_factor)
    require_parameters(database_url=None, scale_factor=1e-6)      # the smallest positive ones pass


def test_a_wrong_database_url_says_how_to_pass_one():
    from sqlml.checkpoints import ParameterError, require_parameters

    with pytest.raises(ParameterError) as caught:
        require_parameters(database_url=5, scale_factor=0.01)
    assert str(caught.value).endswith("fix the parameters cell, or pass -p database_url with a URL to papermill.")


def test_what_is_missing_and_who_makes_it_are_kept_apart(db):
    with pytest.raises(PrerequisiteMissing) as missing:
        require(db, table="dbo.customer_scores", made_by="06-deployment")
    assert (missing.value.what, missing.value.made_by) == ("dbo.customer_scores is missing", "06-deployment")


# -- begin() and passed(): the course's phase ----------------------------------------------------------
def test_a_passed_checkpoint_saves_work_that_python_code_kept_open_in_the_file(db, tmp_path):
    """A cell that wrote through the raw DuckDB connection keeps the file open (and the work in its
    write-ahead log) for the kernel's life; passing the checkpoint lets it go, so a copy of the
    `.duckdb` file alone holds the module's work while the kernel stays up."""
    import shutil

    from sqlml.checkpoints import passed

    db.execute("CREATE TABLE dbo.customer_clusters (customer INT, cluster INT)")
    db.connection.execute("INSERT INTO dbo.customer_clusters VALUES (1, 0), (2, 1)")
    passed(db, "05-modeling")
    shutil.copy2(db.path, tmp_path / "alone.duckdb")   # the file alone: no .wal goes with it
    with sqlml.connect(f"duckdb:///{tmp_path / 'alone.duckdb'}") as copy:
        assert copy.scalar("SELECT COUNT(*) AS n FROM dbo.customer_clusters") == 2
    assert db.scalar("SELECT COUNT(*) AS n FROM dbo.customer_clusters") == 2   # the kernel goes on


def test_a_refusal_on_the_default_database_names_the_command_without_a_database(tmp_path, monkeypatch):
    """`sqlml run` finds the default database by itself: the command to type names none."""
    from sqlml import state
    from sqlml.checkpoints import begin

    monkeypatch.setenv("SQLML_DATABASE_URL", f"duckdb:///{tmp_path / 'course.duckdb'}")
    with sqlml.connect() as db:
        db.execute("CREATE TABLE dbo.sqlml_metadata (scale_factor FLOAT, cutoff_date DATE, loaded_at DATETIME2);\n"
                   "INSERT INTO dbo.sqlml_metadata VALUES (0.01, '2002-01-01', '2020-01-01T00:00:00');\n"
                   "CREATE SCHEMA staging;\nCREATE TABLE staging.store_sales (ss_item_sk INT)")
        assert state.current_phase(db)[0] == "retrained"     # the staged sales were moved into dbo
        with pytest.raises(sqlml.errors.CoursePhaseError) as refused:
            begin(db, "06-deployment")
    assert str(refused.value) == (
        "This database is past 06-deployment: 08-retraining already moved the new data into dbo, so 06-deployment "
        "would work on data it is not meant to see. Run `sqlml run --from 06-deployment` "
        "(it restores the data from before retraining and runs the course on from there).")
