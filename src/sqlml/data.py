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
import math
import numbers
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .errors import DataError, SqlmlError
from .files import explain_write_failure, is_write_failure, remove_database_file, remove_leftovers, temporary_path

if TYPE_CHECKING:
    import duckdb

    from .connection import Database

#: The tables the course uses, dimensions first.
TABLES = ("date_dim", "item", "store", "customer", "customer_address", "store_sales", "store_returns")
#: Fact tables split at the cutoff, with the date key that places each row.
DATED_TABLES = {"store_sales": "ss_sold_date_sk", "store_returns": "sr_returned_date_sk"}
DEFAULT_CUTOFF = dt.date(2002, 1, 1)
DEFAULT_SCALE_FACTOR = 1.0
METADATA_TABLE = "dbo.sqlml_metadata"
STAGING_SCHEMA = "staging"
GENERATOR = "dsdgen (DuckDB tpcds extension)"
#: Rows fetched from the generator per bulk-load call on SQL Server.
SQLSERVER_CHUNK_ROWS = 100_000
#: The largest scale factor accepted. dsdgen's own limit is far higher, but at 100 the data is
#: about 100 GB raw and takes hours here; beyond it, dsdgen aborts the whole Python process.
MAX_SCALE_FACTOR = 100.0
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


def validate_scale_factor(value: Any) -> float:
    """The scale factor as a float above 0, or a DataError that says what is wrong."""
    number: float | None = None
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            number = float(value)
    if number is None or not math.isfinite(number) or number <= 0:
        raise DataError(f"scale factor must be a number above 0, such as 0.01 or 1; got {value!r}")
    if number > MAX_SCALE_FACTOR:
        raise DataError(f"scale factor must be at most {MAX_SCALE_FACTOR:g} (about {MAX_SCALE_FACTOR:g} GB of "
                        f"raw data, hours of generation); got {value!r}. The course uses 1.")
    return number


def _validate_cutoff(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(value)
    raise DataError(f"cutoff must be a date such as 2002-01-01; got {value!r}")


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
    cutoff = _validate_cutoff(cutoff)
    url = resolve_url(database_url)
    scheme = url_scheme(url)
    shown = _redact(url)
    say = _Reporter(progress)

    target = _embedded_target(url) if scheme == "duckdb" else None
    if target is not None:
        remove_leftovers(target.parent, target.name)  # what a killed load left behind, even if nothing is loaded now
    if target is not None and force:
        _check_not_in_use(url)  # fail before generating, not after: another process may hold the file
    if not force:
        current = read_metadata_at(url)
        if current and _same(current, scale_factor, cutoff):
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


def _same(metadata: dict[str, Any], scale_factor: float, cutoff: dt.date) -> bool:
    try:
        same_scale = math.isclose(float(metadata["scale_factor"]), scale_factor, rel_tol=1e-9)
        return same_scale and _validate_cutoff(metadata["cutoff_date"]) == cutoff
    except (KeyError, TypeError, ValueError, DataError):
        return False


# -- metadata --------------------------------------------------------------------------------------

def read_metadata(db: "Database") -> dict[str, Any] | None:
    """The latest row of dbo.sqlml_metadata as a dict, or None when the data was never loaded."""
    if not db.table_exists(METADATA_TABLE):
        return None
    columns = {str(c).lower() for c in db.query(f"SELECT TOP (0) * FROM {METADATA_TABLE}").columns}
    missing = [c for c in _METADATA_COLUMNS if c not in columns]
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


def _metadata_row(scale_factor: float, cutoff: dt.date, generator_version: str, seconds: float) -> dict[str, Any]:
    from . import __version__

    return {
        "scale_factor": scale_factor,
        "cutoff_date": cutoff,
        "generator": GENERATOR,
        "generator_version": generator_version,
        "sqlml_version": __version__,
        "loaded_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0),
        "load_seconds": round(seconds, 3),
    }


_METADATA_COLUMNS = {  # column -> (DuckDB type, SQL Server type)
    "scale_factor": ("DOUBLE", "FLOAT"),
    "cutoff_date": ("DATE", "DATE"),
    "generator": ("VARCHAR", "NVARCHAR(100)"),
    "generator_version": ("VARCHAR", "NVARCHAR(100)"),
    "sqlml_version": ("VARCHAR", "NVARCHAR(50)"),
    "loaded_at": ("TIMESTAMP", "DATETIME2(0)"),
    "load_seconds": ("DOUBLE", "FLOAT"),
}


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
def generated_data(scale_factor: float, say: "_Reporter", scratch: Path) -> Iterator[tuple[Any, float]]:
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
                    connection.execute(f"DROP TABLE {_q(table)}")
        yield _Generated(connection, version), time.perf_counter() - started
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


@dataclass
class _Generated:
    connection: Any
    version: str

    def columns(self, table: str) -> list[tuple[str, str]]:
        return [(row[0], row[1]) for row in self.connection.execute(f"DESCRIBE {_q(table)}").fetchall()]


def _select_part(generator: "_Generated", table: str, part: str, cutoff: dt.date) -> str:
    """SELECT of one part of a table ("dbo" or "staging"), with the course's column types."""
    if table not in DATED_TABLES:
        columns = ", ".join(_cast_column(name, kind) for name, kind in generator.columns(table))
        return f"SELECT {columns} FROM {_q(table)}"
    columns = ", ".join(_cast_column(name, kind, "t.") for name, kind in generator.columns(table))
    joins = f"LEFT JOIN date_dim AS d ON t.{_q(DATED_TABLES[table])} = d.d_date_sk"
    dated = "d.d_date"
    if table == "store_returns":
        # A return with no date of its own cannot predate its sale: it follows the sale's date.
        joins += (" LEFT JOIN store_sales AS s ON s.ss_item_sk = t.sr_item_sk AND s.ss_ticket_number = t.sr_ticket_number"
                  " LEFT JOIN date_dim AS sd ON s.ss_sold_date_sk = sd.d_date_sk")
        dated = "COALESCE(d.d_date, sd.d_date)"
    staged = f"{dated} >= DATE '{cutoff.isoformat()}'"
    condition = staged if part == STAGING_SCHEMA else f"({dated} IS NULL OR NOT {staged})"
    return f"SELECT {columns} FROM {_q(table)} AS t {joins} WHERE {condition}"


def _cast_column(name: str, kind: str, qualifier: str = "") -> str:
    # dsdgen's keys and counts are BIGINT; INTEGER holds them at any scale factor the course uses
    # and matches the INT the SQL Server tables get.
    if kind.upper() == "BIGINT":
        return f"CAST({qualifier}{_q(name)} AS INTEGER) AS {_q(name)}"
    return f"{qualifier}{_q(name)}"


def _parts(table: str) -> list[str]:
    return ["dbo", STAGING_SCHEMA] if table in DATED_TABLES else ["dbo"]


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


def _load_embedded(url: str, generator: "_Generated", scale_factor: float, cutoff: dt.date,
                   say: "_Reporter") -> dict[str, int]:
    """Build the new database in a file of its own, keep its snapshot, then rename it into place."""
    from .engines.embedded import EmbeddedDatabase
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
                _write_metadata_embedded(db, _metadata_row(scale_factor, cutoff, generator.version,
                                                           time.perf_counter() - started))
                db.connection.execute("CHECKPOINT")
        finally:
            db.close()
        snapshot = keep_snapshot(building, target)
        _check_not_in_use(url)
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


def _fill_embedded(generator: "_Generated", building: Path, cutoff: dt.date, say: "_Reporter") -> dict[str, int]:
    """Copy the course's tables from the scratch file into the new database file `building`.

    The scratch file's connection attaches the new file and fills it with CREATE TABLE ... AS SELECT:
    one DuckDB under one memory limit, spilling to disk, with no row passing through Python. (Reading
    the scratch file through Arrow into the new file's own connection held two caches and the Arrow
    batches between them: 2.20 GB for the whole load at scale factor 10, 0.94 GB now; benchmarks/README.md.)
    """
    import duckdb

    connection = generator.connection
    new = _q(BUILDING_ALIAS)
    rows: dict[str, int] = {}
    total = sum(connection.execute(f"SELECT count(*) FROM {_q(t)}").fetchone()[0] for t in TABLES)
    connection.execute(f"ATTACH '{_sql_string(str(building))}' AS {new}")
    try:
        for schema in ("dbo", STAGING_SCHEMA):
            connection.execute(f"CREATE SCHEMA {new}.{_q(schema)}")
        with say.bar(total, "Loading tables into the embedded database") as bar:
            for table in TABLES:
                for part in _parts(table):
                    name = f"{new}.{_q(part)}.{_q(table)}"
                    connection.execute(f"CREATE TABLE {name} AS {_select_part(generator, table, part, cutoff)}")
                    count = connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                    rows[f"{part}.{table}"] = count
                    bar.update(count, f"{part}.{table}")
    finally:
        with contextlib.suppress(duckdb.Error):  # after a failure the caller removes the file anyway
            connection.execute(f"DETACH {new}")
    return rows


def _write_metadata_embedded(db, row: dict[str, Any]) -> None:
    columns = ", ".join(f"{name} {types[0]}" for name, types in _METADATA_COLUMNS.items())
    db.connection.execute(f"CREATE TABLE dbo.sqlml_metadata ({columns})")
    db.connection.execute(
        f"INSERT INTO dbo.sqlml_metadata VALUES ({', '.join('?' for _ in row)})", list(row.values()))


def _check_not_in_use(url: str) -> None:
    """Open the existing file once: a ConnectError names the process that holds it.

    Renaming a new file over one that another process has open would leave that process working
    on the old data unseen, so the load refuses instead. (Connections of this very process are not
    detected: close them before reloading.)
    """
    from .engines.embedded import EmbeddedDatabase, database_path

    from .engines.embedded import UnreadableDatabase

    path = database_path(url)
    if path is not None and path.exists():
        try:
            EmbeddedDatabase(url).close()
        except UnreadableDatabase:
            pass  # damaged or from another DuckDB version: nothing can be using it, the load replaces it


# -- progress ----------------------------------------------------------------------------------------

class _Reporter:
    """Progress bars and closing lines on standard error, or nothing when progress is off."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = bool(enabled)

    def line(self, text: str) -> None:
        if self.enabled:
            print(text, file=sys.stderr, flush=True)

    @contextlib.contextmanager
    def timer(self, description: str) -> Iterator[None]:
        """An elapsed-time bar while a single long call (dsdgen) runs in this thread."""
        if not self.enabled:
            yield
            return
        from tqdm.auto import tqdm

        done = threading.Event()
        bar = tqdm(total=None, desc=description, bar_format="{desc}: {elapsed}", file=sys.stderr, leave=True)

        def tick() -> None:
            while not done.wait(0.5):
                bar.refresh()

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
            bar.close()

    @contextlib.contextmanager
    def bar(self, total: int, description: str) -> Iterator["_Bar"]:
        if not self.enabled:
            yield _Bar(None)
            return
        from tqdm.auto import tqdm

        with tqdm(total=total, desc=description, unit=" rows", unit_scale=True, file=sys.stderr) as bar:
            yield _Bar(bar)


class _Bar:
    def __init__(self, bar) -> None:
        self._bar = bar

    def update(self, count: int, table: str) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(table, refresh=False)
            self._bar.update(count)


def _redact(url: str) -> str:
    from .connection import redact_url

    return redact_url(url)


def _q(name: str) -> str:
    """A DuckDB identifier, quoted (the generator's names are plain, but no name goes in bare)."""
    return '"' + name.replace('"', '""') + '"'


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


__all__ = [
    "DEFAULT_CUTOFF", "DEFAULT_SCALE_FACTOR", "LoadReport", "METADATA_TABLE", "TABLES",
    "ensure_data", "read_metadata", "read_metadata_at", "tpcds_extension_path", "validate_scale_factor",
]
