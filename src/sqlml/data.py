"""The course data: TPC-DS retail tables made by the official generator, loaded into either engine.

`ensure_data(url, scale_factor=1)` is what `sqlml data` and `sqlml run` call:

1. If the database already holds data of that scale factor and cutoff (the metadata table says so),
   it does nothing.
2. Otherwise `dsdgen` (DuckDB's tpcds extension, shipped by the `duckdb-extension-tpcds` package so
   it works offline) generates the data into a scratch DuckDB file beside the database, with a memory
   limit so that DuckDB spills to disk rather than growing with the scale factor.
3. The tables the course uses are loaded into the target:
   - embedded engine: a new database file is built beside the course database and renamed over it
     at the end, so an interrupted or failed run leaves the old file untouched. A reload therefore
     starts the course database afresh: procedures, models and anything else in it go too.
     The scratch file's own connection attaches the new file and copies each table into it, so one
     DuckDB, under one memory limit, does the whole copy and no row passes through Python;
   - SQL Server: the tables are created with SQL Server types and bulk-loaded in one transaction,
     which a failure rolls back. Other objects (procedures, dbo.models) stay.
4. Sales sold on or after the cutoff date (default 2002-01-01) and returns returned on or after it
   go to `staging.store_sales` / `staging.store_returns`: the new data that arrives in the retraining
   module. `dbo` holds the rest.

   Each row is placed by its own date: a return made on or after the cutoff is staged even when its
   sale is older. `dbo` is thus the database as it stood on the eve of the cutoff: a sale whose
   return had not happened yet shows as not returned, and the return arrives with the new data.
   A sale with no date (dsdgen leaves a few percent of dates NULL) stays in `dbo`; a return with no
   date follows its sale, so no return in `dbo` belongs to a sale that is still to come.
5. `dbo.sqlml_metadata` records the scale factor, the cutoff, the generator and its version, the
   sqlml version and the load time.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .errors import DataError, SqlmlError
from .files import explain_write_failure, is_write_failure, remove_database_file, remove_leftovers, temporary_path
from .progress import Reporter
from .tpcds import (DATED_TABLES, DEFAULT_CUTOFF, DEFAULT_SCALE_FACTOR, GENERATOR, MAX_SCALE_FACTOR,  # noqa: F401
                    METADATA_COLUMNS, METADATA_TABLE, SQLSERVER_CHUNK_ROWS, STAGING_SCHEMA, TABLES, Generated,
                    metadata_row, parts, quote, same_data, select_part, validate_cutoff, validate_scale_factor)

if TYPE_CHECKING:
    import duckdb

    from .connection import Database

#: DuckDB's memory limit while generating and while copying into the new file (the same
#: connection does both): beyond it, DuckDB spills to disk.
GENERATOR_MEMORY_LIMIT = "500MB"
#: The name the new database file is attached under, in the scratch file's connection.
BUILDING_ALIAS = "sqlml_building"


@dataclass
class LoadReport:
    """What `ensure_data` did."""

    action: str                       # "loaded", "restored" (from the snapshot) or "kept" (already there)
    scale_factor: float
    cutoff: dt.date
    database: str                     # the URL, password hidden
    rows: dict[str, int] = field(default_factory=dict)   # "dbo.store_sales" -> rows loaded
    seconds: float = 0.0
    generate_seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


# -- the entry point -------------------------------------------------------------------------------

def ensure_data(database_url: str | None = None, scale_factor: Any = DEFAULT_SCALE_FACTOR, force: bool = False,
                *, cutoff: Any = DEFAULT_CUTOFF, progress: bool = True) -> LoadReport:
    """Make sure the database holds the course data at `scale_factor`; generate and load it if not.

    Does nothing when the metadata shows the same scale factor and cutoff, unless `force`.
    A reload of the embedded engine replaces the whole database file: it starts the course
    database afresh (procedures, models and notes go too). Close other connections to it first;
    one held by another process is refused with its PID.

    `progress` shows bars on standard error (tqdm); pass False in notebooks whose outputs are
    compared. Raises DataError (bad input, generator missing) or ConnectError; in either case the
    database is left as it was.
    """
    from .connection import resolve_url, url_scheme

    scale_factor = validate_scale_factor(scale_factor)
    cutoff = validate_cutoff(cutoff)
    url = resolve_url(database_url)
    scheme = url_scheme(url)
    shown = _redact(url)
    say = Reporter(progress)

    target = _embedded_target(url) if scheme == "duckdb" else None
    if target is not None:
        remove_leftovers(target.parent, target.name)  # what a killed load left behind, even if nothing is loaded now
    if target is not None and force:
        from .engines.embedded import check_not_in_use

        check_not_in_use(url)  # fail before generating, not after: another process may hold the file
    if not force:
        current = read_metadata_at(url)
        if current and same_data(current, scale_factor, cutoff):
            say.line(f"The course data is already loaded in {shown} (scale factor {scale_factor:g}, cutoff "
                     f"{cutoff.isoformat()}): nothing to do. Use --force to load it again.")
            return LoadReport("kept", scale_factor, cutoff, shown)
        if current is None and target is not None and not target.exists():
            from .snapshot import restore_snapshot
            began = time.perf_counter()
            if restore_snapshot(url, scale_factor=scale_factor, cutoff=cutoff):
                say.line(f"Restored the course data in {shown} from its snapshot (scale factor {scale_factor:g}, "
                         f"cutoff {cutoff.isoformat()}) in {time.perf_counter() - began:.1f} s.")
                return LoadReport("restored", scale_factor, cutoff, shown, seconds=time.perf_counter() - began)

    started = time.perf_counter()
    if target is not None:
        scratch_folder, scratch_prefix = target.parent, target.name
    else:
        import tempfile
        scratch_folder, scratch_prefix = Path(tempfile.gettempdir()), "sqlml-tpcds"
    remove_leftovers(scratch_folder, scratch_prefix)
    scratch = temporary_path(scratch_folder / f"{scratch_prefix}.dsdgen")
    if target is not None:
        _prepare_folder(target)
    try:
        with generated_data(scale_factor, say, scratch) as (generator, generate_seconds):
            if target is not None:
                rows = _load_embedded(url, generator, scale_factor, cutoff, say)
            else:
                from .data_sqlserver import load_sqlserver
                rows = load_sqlserver(url, generator, scale_factor, cutoff, say)
    except Exception as error:
        if isinstance(error, SqlmlError) or not is_write_failure(error):
            raise
        raise DataError(explain_write_failure(scratch, error, database=target or scratch.parent)) from None
    report = LoadReport("loaded", scale_factor, cutoff, shown, rows, time.perf_counter() - started, generate_seconds)
    say.line(f"Loaded TPC-DS scale factor {scale_factor:g} into {shown}: {report.total_rows:,} rows in "
             f"{report.seconds:.1f} s ({rows.get('staging.store_sales', 0):,} sales and "
             f"{rows.get('staging.store_returns', 0):,} returns from {cutoff.isoformat()} on wait in staging).")
    return report


# -- metadata --------------------------------------------------------------------------------------

def read_metadata(db: "Database") -> dict[str, Any] | None:
    """The latest row of dbo.sqlml_metadata as a dict, or None when the data was never loaded."""
    if not db.table_exists(METADATA_TABLE):
        return None
    columns = {str(c).lower() for c in db.query(f"SELECT TOP (0) * FROM {METADATA_TABLE}").columns}
    missing = [c for c in METADATA_COLUMNS if c not in columns]
    if missing:  # written by an sqlml from before these columns existed
        raise DataError(f"The database {_redact(db.url)} was made by an older sqlml ({METADATA_TABLE} has no "
                        f"{', '.join(missing)}): run `sqlml data --force` to load the course data again "
                        "(it starts the database afresh).")
    frame = db.query(f"SELECT TOP (1) * FROM {METADATA_TABLE} ORDER BY loaded_at DESC")
    if frame.empty:
        return None
    record = frame.iloc[0].to_dict()
    if "cutoff_date" in record and hasattr(record["cutoff_date"], "date") and not isinstance(record["cutoff_date"], dt.date):
        record["cutoff_date"] = record["cutoff_date"].date()
    return record


def read_metadata_at(url: str) -> dict[str, Any] | None:
    """`read_metadata` for a URL; None when the database does not exist yet."""
    from .connection import connect, url_scheme

    if url_scheme(url) == "duckdb":
        from .engines.embedded import database_path

        path = database_path(url)
        if path is not None and not path.exists():
            return None
    else:
        from .errors import ConnectError
        from .engines.sqlserver import parse_url
        try:
            db = connect(url)
        except ConnectError as error:
            if f"{parse_url(url).database!r} does not exist" in str(error):
                return None
            raise
        with db:
            return read_metadata(db)
    with connect(url) as db:
        return read_metadata(db)


# -- generation ------------------------------------------------------------------------------------

def tpcds_extension_path() -> Path | None:
    """The tpcds extension file that the duckdb-extension-tpcds package ships for this DuckDB."""
    import importlib.util

    import duckdb

    spec = importlib.util.find_spec("duckdb_extension_tpcds")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "extensions" / f"v{duckdb.__version__}"
    candidate = folder / "tpcds.duckdb_extension"
    return candidate if candidate.is_file() else None


def load_tpcds(connection: "duckdb.DuckDBPyConnection") -> str:
    """Load the tpcds extension into `connection`; return its version.

    The packaged file first (works offline); DuckDB's own `INSTALL tpcds` (needs the internet) if
    the package is missing.
    """
    import duckdb

    path = tpcds_extension_path()
    try:
        if path is not None:
            connection.execute(f"LOAD '{_sql_string(str(path))}'")
        else:
            connection.execute("INSTALL tpcds")
            connection.execute("LOAD tpcds")
    except duckdb.Error as error:
        raise DataError(
            f"The TPC-DS generator could not be loaded ({str(error).strip().splitlines()[0]}): install the "
            f"package that ships it for this DuckDB, pip install duckdb-extension-tpcds=={duckdb.__version__}"
        ) from None
    row = connection.execute(
        "SELECT extension_version FROM duckdb_extensions() WHERE extension_name = 'tpcds'").fetchone()
    return f"{row[0] if row and row[0] else 'unknown'} (DuckDB {duckdb.__version__})"


@contextlib.contextmanager
def generated_data(scale_factor: float, say: "Reporter", scratch: Path) -> Iterator[tuple[Any, float]]:
    """A private DuckDB file `scratch` holding the generated TPC-DS tables (never the course database).

    A file rather than memory, with a modest memory limit, so that DuckDB spills to disk and the
    peak memory stays about the same at every scale factor (benchmarks/README.md). The generator
    makes all of TPC-DS's tables; those the course does not use are dropped at once. The file is
    removed when the block ends, however it ends.
    """
    import duckdb

    remove_database_file(scratch)
    connection = duckdb.connect(str(scratch))
    try:
        connection.execute(f"SET memory_limit = '{GENERATOR_MEMORY_LIMIT}'")
        connection.execute("SET enable_progress_bar = false")  # our own bar says it, on standard error
        version = load_tpcds(connection)
        started = time.perf_counter()
        with say.timer(f"Generating TPC-DS scale factor {scale_factor:g} with dsdgen"), _interruptible():
            connection.execute(f"CALL dsdgen(sf={scale_factor!r})")
            for (table,) in connection.execute("SELECT table_name FROM duckdb_tables() "
                                               "WHERE database_name = current_database()").fetchall():
                if table not in TABLES:
                    connection.execute(f"DROP TABLE {quote(table)}")
        yield Generated(connection, version), time.perf_counter() - started
    finally:
        connection.close()
        remove_database_file(scratch)


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """DuckDB answers Ctrl+C in a query with RuntimeError('Query interrupted'): make it the
    KeyboardInterrupt it is, so the callers' clean-up and the command's exit 130 apply."""
    from .errors import is_query_interrupt

    try:
        yield
    except Exception as error:
        if is_query_interrupt(error):
            raise KeyboardInterrupt from None
        raise


# -- embedded engine: build aside, then swap ---------------------------------------------------------

def _embedded_target(url: str) -> Path:
    """The database file of a duckdb:// URL; an in-memory database cannot keep the course data."""
    from .engines.embedded import database_path

    target = database_path(url)
    if target is None:
        raise DataError("An in-memory database cannot keep the course data: give a file, such as "
                        "duckdb:///data/tpcxbb_1gb.duckdb.")
    return target


def _prepare_folder(target: Path) -> None:
    """Make the database's folder and write a probe file in it: a folder that cannot be made or
    written is said in one line before minutes of generation, not after."""
    probe = temporary_path(target.with_name(target.name + ".probe"))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise DataError(explain_write_failure(target, error)) from None


def _load_embedded(url: str, generator: "Generated", scale_factor: float, cutoff: dt.date,
                   say: "Reporter") -> dict[str, int]:
    """Build the new database in a file of its own, keep its snapshot, then rename it into place."""
    from .engines.embedded import EmbeddedDatabase, check_not_in_use
    from .snapshot import drop_snapshot, keep_snapshot, publish_snapshot

    target = _embedded_target(url)
    started = time.perf_counter()
    building = temporary_path(target)
    snapshot = None
    remove_database_file(building)
    try:
        with _interruptible():
            rows = _fill_embedded(generator, building, cutoff, say)
        db = EmbeddedDatabase(f"duckdb:///{building.resolve()}")
        try:
            with _interruptible():
                _write_metadata_embedded(db, metadata_row(scale_factor, cutoff, generator.version,
                                                           time.perf_counter() - started))
                db.connection.execute("CHECKPOINT")
        finally:
            db.close()
        snapshot = keep_snapshot(building, target)
        check_not_in_use(url)
        drop_snapshot(target)  # never an old snapshot beside the new data, even if we stop right here
        remove_database_file(target, keep_main=True)  # a stale WAL must not be replayed onto the new file
        os.replace(building, target)
        publish_snapshot(snapshot, target)
    except BaseException as error:
        remove_database_file(building)
        if snapshot is not None:
            remove_database_file(snapshot)
        if is_write_failure(error):
            raise DataError(explain_write_failure(target, error)) from None
        raise
    return rows


def _fill_embedded(generator: "Generated", building: Path, cutoff: dt.date, say: "Reporter") -> dict[str, int]:
    """Copy the course's tables from the scratch file into the new database file `building`.

    The scratch file's connection attaches the new file and fills it with CREATE TABLE ... AS SELECT:
    one DuckDB under one memory limit, spilling to disk, with no row passing through Python. (Reading
    the scratch file through Arrow into the new file's own connection held two caches and the Arrow
    batches between them: 2.20 GB for the whole load at scale factor 10, 0.94 GB now; benchmarks/README.md.)
    """
    import duckdb

    connection = generator.connection
    new = quote(BUILDING_ALIAS)
    rows: dict[str, int] = {}
    total = sum(connection.execute(f"SELECT count(*) FROM {quote(t)}").fetchone()[0] for t in TABLES)
    connection.execute(f"ATTACH '{_sql_string(str(building))}' AS {new}")
    try:
        for schema in ("dbo", STAGING_SCHEMA):
            connection.execute(f"CREATE SCHEMA {new}.{quote(schema)}")
        with say.bar(total, "Loading tables into the embedded database") as bar:
            for table in TABLES:
                for part in parts(table):
                    name = f"{new}.{quote(part)}.{quote(table)}"
                    connection.execute(f"CREATE TABLE {name} AS {select_part(generator, table, part, cutoff)}")
                    count = connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                    rows[f"{part}.{table}"] = count
                    bar.update(count, f"{part}.{table}")
    finally:
        with contextlib.suppress(duckdb.Error):  # after a failure the caller removes the file anyway
            connection.execute(f"DETACH {new}")
    return rows


def _write_metadata_embedded(db, row: dict[str, Any]) -> None:
    columns = ", ".join(f"{name} {types[0]}" for name, types in METADATA_COLUMNS.items())
    db.connection.execute(f"CREATE TABLE dbo.sqlml_metadata ({columns})")
    db.connection.execute(
        f"INSERT INTO dbo.sqlml_metadata VALUES ({', '.join('?' for _ in row)})", list(row.values()))


def _redact(url: str) -> str:
    from .connection import redact_url

    return redact_url(url)


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


__all__ = [
    "DEFAULT_CUTOFF", "DEFAULT_SCALE_FACTOR", "LoadReport", "METADATA_TABLE", "TABLES",
    "ensure_data", "read_metadata", "read_metadata_at", "tpcds_extension_path", "validate_scale_factor",
]
