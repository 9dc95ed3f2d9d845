"""`sqlml data`: generation with dsdgen, the load into the embedded engine, the cutoff split, the
metadata, idempotence, atomic reloads, bad input, and the four-feature query."""
from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
import sqlglot

import sqlml
from sqlml import data, snapshot
from sqlml.cli import main
from sqlml.errors import DataError
from sqlml.queries import read as read_query

SF = 0.01
CUTOFF = dt.date(2002, 1, 1)


def _url(path: Path) -> str:
    return f"duckdb:///{path.resolve()}"


@pytest.fixture(scope="module")
def generated():
    """The same data made straight with dsdgen, as the reference to compare the load with."""
    connection = duckdb.connect()
    data.load_tpcds(connection)
    connection.execute(f"CALL dsdgen(sf={SF})")
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Path:
    """A course database loaded once through the CLI, shared read-only by the tests below."""
    path = tmp_path_factory.mktemp("data") / "course.duckdb"
    assert main(["data", "--scale-factor", str(SF), "--database", _url(path)]) == 0
    return path


@pytest.fixture
def copy_of_loaded(loaded, tmp_path) -> Path:
    path = tmp_path / "course.duckdb"
    shutil.copy(loaded, path)
    return path


def _con(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)


# -- what the load produces -------------------------------------------------------------------------

def test_the_packaged_generator_is_found_and_used():
    path = data.tpcds_extension_path()
    assert path is not None and path.is_file() and path.name == "tpcds.duckdb_extension"


def test_every_course_table_is_loaded_with_all_generated_rows(loaded, generated):
    with _con(loaded) as con:
        for table in data.TABLES:
            expected = generated.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            parts = ["dbo", "staging"] if table in data.DATED_TABLES else ["dbo"]
            got = sum(con.execute(f"SELECT count(*) FROM {p}.{table}").fetchone()[0] for p in parts)
            assert got == expected, table
            assert expected > 0


def test_sales_and_returns_are_split_at_the_cutoff_by_their_own_date(loaded):
    with _con(loaded) as con:
        for table, key in data.DATED_TABLES.items():
            staged_before = con.execute(
                f"SELECT count(*) FROM staging.{table} t JOIN dbo.date_dim d ON t.{key} = d.d_date_sk "
                f"WHERE d.d_date < DATE '{CUTOFF}' OR t.{key} IS NULL").fetchone()[0]
            kept_after = con.execute(
                f"SELECT count(*) FROM dbo.{table} t JOIN dbo.date_dim d ON t.{key} = d.d_date_sk "
                f"WHERE d.d_date >= DATE '{CUTOFF}'").fetchone()[0]
            staged = con.execute(f"SELECT count(*) FROM staging.{table}").fetchone()[0]
            assert staged_before == 0 and kept_after == 0 and staged > 0, table


def test_a_return_after_the_cutoff_of_an_older_sale_is_staged(loaded):
    # The documented choice: dbo is the database as of the eve of the cutoff, so such a sale shows
    # as not returned there, and its return arrives with the new data.
    with _con(loaded) as con:
        late_returns = con.execute(
            "SELECT count(*) FROM staging.store_returns r JOIN dbo.store_sales s "
            "ON s.ss_item_sk = r.sr_item_sk AND s.ss_ticket_number = r.sr_ticket_number").fetchone()[0]
        orphans_in_dbo = con.execute(
            "SELECT count(*) FROM dbo.store_returns r JOIN staging.store_sales s "
            "ON s.ss_item_sk = r.sr_item_sk AND s.ss_ticket_number = r.sr_ticket_number").fetchone()[0]
    assert late_returns > 0
    assert orphans_in_dbo == 0  # no return in dbo belongs to a sale that has not happened yet


def test_metadata_records_scale_factor_cutoff_generator_and_versions(loaded):
    with _con(loaded) as con:
        row = con.execute("SELECT * FROM dbo.sqlml_metadata").fetchdf()
    assert len(row) == 1
    record = row.iloc[0]
    assert record["scale_factor"] == SF
    assert pd.Timestamp(record["cutoff_date"]).date() == CUTOFF
    assert "dsdgen" in record["generator"]
    assert duckdb.__version__ in record["generator_version"]
    assert record["sqlml_version"] == sqlml.__version__
    assert abs(pd.Timestamp(record["loaded_at"]) - pd.Timestamp.utcnow().tz_localize(None)) < pd.Timedelta(hours=1)


def test_keys_are_integers_like_the_sql_server_tables(loaded):
    with _con(loaded) as con:
        kinds = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_schema = 'dbo' AND table_name = 'store_sales'").fetchall())
    assert kinds["ss_customer_sk"] == "INTEGER" and kinds["ss_net_paid"].startswith("DECIMAL")


def test_the_loaded_database_is_read_through_sqlml(loaded):
    with sqlml.connect(_url(loaded)) as db:
        assert data.read_metadata(db)["scale_factor"] == SF
        assert db.scalar("SELECT COUNT(*) FROM dbo.customer") == 1000


# -- running again ----------------------------------------------------------------------------------

def test_same_scale_factor_again_does_nothing(copy_of_loaded, capsys):
    before = copy_of_loaded.stat()
    report = data.ensure_data(_url(copy_of_loaded), scale_factor=SF)
    after = copy_of_loaded.stat()
    assert report.action == "kept"
    assert (before.st_ino, before.st_mtime_ns, before.st_size) == (after.st_ino, after.st_mtime_ns, after.st_size)
    assert "nothing to do" in capsys.readouterr().err


def test_force_reloads_and_starts_the_database_afresh(copy_of_loaded):
    with duckdb.connect(str(copy_of_loaded)) as con:
        con.execute("CREATE TABLE dbo.learner_notes (x INTEGER)")
    report = data.ensure_data(_url(copy_of_loaded), scale_factor=SF, force=True, progress=False)
    assert report.action == "loaded"
    with _con(copy_of_loaded) as con:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "learner_notes" not in tables and "store_sales" in tables
    assert not list(copy_of_loaded.parent.glob("*.tmp-*"))


def test_a_different_scale_factor_reloads(copy_of_loaded):
    report = data.ensure_data(_url(copy_of_loaded), scale_factor=0.02, progress=False)
    assert report.action == "loaded" and report.scale_factor == 0.02
    with _con(copy_of_loaded) as con:
        assert con.execute("SELECT scale_factor FROM dbo.sqlml_metadata").fetchone()[0] == 0.02
        assert con.execute("SELECT count(*) FROM dbo.customer").fetchone()[0] == 2000


def test_a_different_cutoff_reloads(copy_of_loaded):
    report = data.ensure_data(_url(copy_of_loaded), scale_factor=SF, cutoff="2001-07-01", progress=False)
    assert report.action == "loaded"
    with _con(copy_of_loaded) as con:
        assert con.execute("SELECT cutoff_date FROM dbo.sqlml_metadata").fetchone()[0] == dt.date(2001, 7, 1)


@pytest.mark.parametrize("failure", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_a_failed_or_interrupted_reload_leaves_the_old_database_as_it_was(copy_of_loaded, monkeypatch, failure):
    with duckdb.connect(str(copy_of_loaded)) as con:
        con.execute("CREATE TABLE dbo.learner_notes (x INTEGER)")
        con.execute("INSERT INTO dbo.learner_notes VALUES (42)")
    original = data._write_metadata_embedded

    def fail_after_the_tables_are_loaded(db, row):
        original(db, row)
        raise failure

    monkeypatch.setattr(data, "_write_metadata_embedded", fail_after_the_tables_are_loaded)
    with pytest.raises(type(failure)):
        data.ensure_data(_url(copy_of_loaded), scale_factor=0.02, progress=False)
    with _con(copy_of_loaded) as con:
        assert con.execute("SELECT scale_factor FROM dbo.sqlml_metadata").fetchone()[0] == SF
        assert con.execute("SELECT x FROM dbo.learner_notes").fetchone()[0] == 42
    assert not list(copy_of_loaded.parent.glob("*.tmp-*")), "the half-built file must be removed"


def test_a_reload_refuses_a_file_another_process_holds(copy_of_loaded):
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                               "print('open', flush=True); sys.stdin.read()", str(copy_of_loaded)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = copy_of_loaded.stat()
        with pytest.raises(sqlml.ConnectError, match=rf"in use by another process .*PID {holder.pid}"):
            data.ensure_data(_url(copy_of_loaded), scale_factor=SF, force=True, progress=False)
        after = copy_of_loaded.stat()
        assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    finally:
        holder.communicate("")
    assert not list(copy_of_loaded.parent.glob("*.tmp-*"))


def test_a_first_load_that_fails_creates_no_database(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("generator crashed")

    monkeypatch.setattr(data, "_fill_embedded", broken)
    target = tmp_path / "new.duckdb"
    with pytest.raises(RuntimeError):
        data.ensure_data(_url(target), scale_factor=SF, progress=False)
    assert list(tmp_path.iterdir()) == []


# -- the pristine snapshot and leftovers ---------------------------------------------------------------

@pytest.fixture
def copy_with_snapshot(loaded, tmp_path) -> Path:
    """A loaded course database with the snapshot `sqlml data` kept beside it."""
    path = tmp_path / "course.duckdb"
    shutil.copy(loaded, path)
    shutil.copy(snapshot.snapshot_path(loaded), snapshot.snapshot_path(path))
    return path


def _tables_and_rows(path: Path) -> dict[str, int]:
    """The loaded data's tables and row counts. The course's event log (sqlml.state) is left out:
    `sqlml data` records its "loaded" event after the snapshot is kept, and a restore starts it anew."""
    from sqlml.state import STATE_TABLE_NAME

    with _con(path) as con:
        names = con.execute("SELECT schema_name || '.' || table_name FROM duckdb_tables() "
                            "WHERE database_name = current_database() ORDER BY 1").fetchall()
        return {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for (name,) in names
                if name != STATE_TABLE_NAME}


def test_the_load_keeps_a_snapshot_identical_to_the_database_it_made(loaded):
    kept = snapshot.snapshot_path(loaded)
    assert kept.name == "course.duckdb.snapshot"
    assert _tables_and_rows(kept) == _tables_and_rows(loaded)
    assert snapshot.snapshot_metadata(loaded)["scale_factor"] == SF
    assert sorted(p.name for p in loaded.parent.iterdir()) == ["course.duckdb", "course.duckdb.snapshot"]


def test_restoring_the_snapshot_undoes_the_course_and_leaves_no_log(copy_with_snapshot):
    expected = _tables_and_rows(copy_with_snapshot)
    with duckdb.connect(str(copy_with_snapshot)) as con:  # what 05 to 08 do: new tables, rows moved
        con.execute("CREATE TABLE dbo.models (name VARCHAR)")
        con.execute("INSERT INTO dbo.store_sales SELECT * FROM staging.store_sales")
        con.execute("DELETE FROM staging.store_sales")
    wal = copy_with_snapshot.with_name("course.duckdb.wal")
    wal.write_bytes(b"a log left by a kernel that never closed")
    assert data.ensure_data(_url(copy_with_snapshot), scale_factor=SF, progress=False).action == "kept"
    assert snapshot.restore_snapshot(_url(copy_with_snapshot), scale_factor=SF) is True
    assert not wal.exists()
    assert _tables_and_rows(copy_with_snapshot) == expected
    assert snapshot.snapshot_path(copy_with_snapshot).exists()  # it can be restored again


@pytest.mark.parametrize("case", ["no snapshot", "another scale factor", "another cutoff", "damaged snapshot",
                                  "sql server", "in memory"])
def test_restore_says_no_and_changes_nothing_when_no_snapshot_fits(copy_with_snapshot, case):
    url = _url(copy_with_snapshot)
    kept = snapshot.snapshot_path(copy_with_snapshot)
    arguments: dict = {"scale_factor": SF}
    if case == "no snapshot":
        kept.unlink()
    elif case == "another scale factor":
        arguments = {"scale_factor": 0.02}
    elif case == "another cutoff":
        arguments = {"cutoff": "2001-07-01"}
    elif case == "damaged snapshot":
        kept.write_bytes(b"not a database")
    elif case == "sql server":  # no file to copy on a server: the caller loads again
        url = "mssql+pyodbc://sa:secret@localhost:1/tpcxbb_1gb"
    elif case == "in memory":
        url = "duckdb:///:memory:"
    before = copy_with_snapshot.stat()
    assert snapshot.restore_snapshot(url, **arguments) is False
    after = copy_with_snapshot.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)


def test_a_missing_database_is_restored_from_its_snapshot_without_generating(copy_with_snapshot, monkeypatch,
                                                                             capsys):
    expected = _tables_and_rows(copy_with_snapshot)
    copy_with_snapshot.unlink()

    def must_not_generate(*args, **kwargs):
        raise AssertionError("the data was generated again though its snapshot was there")

    monkeypatch.setattr(data, "generated_data", must_not_generate)
    report = data.ensure_data(_url(copy_with_snapshot), scale_factor=SF)
    assert report.action == "restored"
    assert "from its snapshot" in capsys.readouterr().err
    assert _tables_and_rows(copy_with_snapshot) == expected


def test_force_generates_again_and_replaces_the_snapshot(copy_with_snapshot):
    before = snapshot.snapshot_metadata(copy_with_snapshot)["loaded_at"]
    data.ensure_data(_url(copy_with_snapshot), scale_factor=0.02, progress=False)
    assert snapshot.snapshot_metadata(copy_with_snapshot)["scale_factor"] == 0.02
    assert snapshot.snapshot_metadata(copy_with_snapshot)["loaded_at"] >= before
    assert _tables_and_rows(snapshot.snapshot_path(copy_with_snapshot)) == _tables_and_rows(copy_with_snapshot)


def _pid_of_a_finished_process() -> int:
    import subprocess
    import sys

    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    return int(finished.stdout)


@pytest.mark.parametrize("next_run", ["reload", "nothing to load"])
def test_the_files_of_a_killed_load_are_removed_by_the_next_run(copy_of_loaded, next_run):
    folder = copy_of_loaded.parent
    dead, alive = _pid_of_a_finished_process(), os.getppid()
    left = [folder / f"course.duckdb.tmp-{dead}", folder / f"course.duckdb.dsdgen.tmp-{dead}.wal",
            folder / f"course.duckdb.snapshot.tmp-{dead}"]
    for path in left:
        path.write_bytes(b"half written")
    spill = folder / f"course.duckdb.dsdgen.tmp-{dead}.tmp"  # DuckDB's spill folder for that file
    spill.mkdir()
    (spill / "duckdb_temp_storage-0.tmp").write_bytes(b"spilled")
    running = folder / f"course.duckdb.tmp-{alive}"  # a load that is still going on is left alone
    running.write_bytes(b"being written")
    other = folder / f"notes.txt.tmp-{dead}"  # not ours
    other.write_bytes(b"")
    report = data.ensure_data(_url(copy_of_loaded), scale_factor=0.02 if next_run == "reload" else SF, progress=False)
    assert report.action == ("loaded" if next_run == "reload" else "kept")
    assert not any(path.exists() for path in left + [spill])
    assert running.exists() and other.exists()


# -- progress ---------------------------------------------------------------------------------------

def test_progress_goes_to_stderr_and_can_be_turned_off(tmp_path, capfd):
    data.ensure_data(_url(tmp_path / "a.duckdb"), scale_factor=SF, progress=True)
    shown = capfd.readouterr()
    assert "Generating TPC-DS" in shown.err and "Loading tables" in shown.err and "store_returns" in shown.err
    assert shown.out == ""
    data.ensure_data(_url(tmp_path / "b.duckdb"), scale_factor=SF, progress=False)
    quiet = capfd.readouterr()
    assert quiet.err == "" and quiet.out == ""


# -- bad input --------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["0", "-1", "abc", "nan", "inf", ""])
def test_cli_refuses_a_bad_scale_factor_with_one_clear_line(tmp_path, capsys, value):
    target = tmp_path / "never.duckdb"
    with pytest.raises(SystemExit) as exit_info:
        main(["data", "--scale-factor", value, "--database", _url(target)])
    assert exit_info.value.code != 0
    err = capsys.readouterr().err
    assert "scale factor must be a number above 0" in err and repr(value) in err
    assert not target.exists()


@pytest.mark.parametrize("value", [0, -0.5, "abc", float("nan"), float("inf"), None, True, [1]])
def test_ensure_data_refuses_a_bad_scale_factor_and_touches_nothing(tmp_path, value):
    target = tmp_path / "never.duckdb"
    with pytest.raises(DataError, match="scale factor must be a number above 0"):
        data.ensure_data(_url(target), scale_factor=value, progress=False)
    assert not target.exists()


def test_ensure_data_accepts_a_numeric_string_scale_factor():
    assert data.validate_scale_factor("0.1") == 0.1


def test_a_bad_cutoff_is_refused(tmp_path):
    with pytest.raises(DataError, match="cutoff must be a date"):
        data.ensure_data(_url(tmp_path / "x.duckdb"), scale_factor=SF, cutoff="next year", progress=False)


def test_a_missing_or_broken_generator_says_which_package_to_install(tmp_path, monkeypatch, capsys):
    broken = tmp_path / "tpcds.duckdb_extension"
    broken.write_bytes(b"not an extension")
    monkeypatch.setattr(data, "tpcds_extension_path", lambda: broken)
    target = tmp_path / "never.duckdb"
    assert main(["data", "--scale-factor", str(SF), "--database", _url(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert f"pip install duckdb-extension-tpcds=={duckdb.__version__}" in err
    assert not target.exists()


# -- the four return features ---------------------------------------------------------------------

def test_return_features_query_is_valid_tsql():
    sqlglot.parse(read_query("return_features"), read="tsql")


def _features_in_pandas(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The same features computed independently, with pandas."""
    sales = con.execute("SELECT ss_customer_sk, ss_item_sk, ss_ticket_number, ss_net_paid FROM dbo.store_sales").fetchdf()
    returns = con.execute("SELECT sr_item_sk, sr_ticket_number, sr_return_amt FROM dbo.store_returns").fetchdf()
    sales = sales[sales["ss_customer_sk"].notna()]
    lines = sales.merge(returns, how="left", left_on=["ss_item_sk", "ss_ticket_number"],
                        right_on=["sr_item_sk", "sr_ticket_number"])
    lines["returned"] = lines["sr_ticket_number"].notna()
    lines["returned_ticket"] = lines["ss_ticket_number"].where(lines["returned"])
    grouped = lines.groupby("ss_customer_sk")
    paid = grouped["ss_net_paid"].sum(min_count=1).astype(float)
    refunded = grouped["sr_return_amt"].sum(min_count=1).astype(float)
    result = pd.DataFrame({
        "orderRatio": grouped["returned_ticket"].nunique() / grouped["ss_ticket_number"].nunique(),
        "itemsRatio": grouped["returned"].sum() / grouped.size(),
        "monetaryRatio": (refunded / paid.where(paid != 0)).fillna(0.0),
        "frequency": grouped["returned_ticket"].nunique(),
    })
    return result.rename_axis("customer").reset_index().sort_values("customer", ignore_index=True)


def test_return_features_match_an_independent_pandas_computation(loaded):
    with sqlml.connect(_url(loaded)) as db:
        got = db.query(read_query("return_features"))
    with _con(loaded) as con:
        expected = _features_in_pandas(con)
    assert list(got.columns) == ["customer", "orderRatio", "itemsRatio", "monetaryRatio", "frequency"]
    assert got["customer"].is_unique and got["customer"].is_monotonic_increasing
    assert len(got) == len(expected)
    np.testing.assert_array_equal(got["customer"].to_numpy(), expected["customer"].to_numpy())
    np.testing.assert_array_equal(got["frequency"].to_numpy(), expected["frequency"].to_numpy())
    # FLOAT is 64-bit on both engines: the ratios agree to rounding.
    for column in ("orderRatio", "itemsRatio", "monetaryRatio"):
        assert got[column].dtype == np.float64, column
        np.testing.assert_allclose(got[column], expected[column], rtol=1e-12, atol=1e-15, err_msg=column)
    assert got["orderRatio"].between(0, 1).all() and got["itemsRatio"].between(0, 1).all()
    assert (got["frequency"] > 0).any() and (got["frequency"] == 0).any()
