"""The embedded engine: DuckDB in a file, T-SQL translated statement by statement."""
from __future__ import annotations

import atexit
import functools
import os
import re
import threading
import time
import weakref
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from ..database import Database, register_engine
from ..redaction import redact_url
from ..errors import ConnectError, ForeignWriteAheadLog, SqlmlError
from ..paths import course_root
from ..results import Result
from . import holders

if TYPE_CHECKING:
    import pandas as pd

_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def database_path(url: str) -> Path | None:
    """The file a `duckdb://` URL names (None for `:memory:`).

    `duckdb:////abs/file.duckdb` is absolute; `duckdb:///data/file.duckdb` is relative to the
    course root, so the same URL means the same file from any working directory.
    """
    rest = url.partition("://")[2]
    if not rest.startswith("/"):
        raise ConnectError(f"Malformed URL {redact_url(url)!r}: write duckdb:///relative/path.duckdb or duckdb:////absolute/path.duckdb.")
    rest = rest[1:]
    if rest in (":memory:", ""):
        return None
    path = Path(rest).expanduser()
    return path if path.is_absolute() else course_root() / path


#: How long opening waits for another sqlml process that is running a statement (seconds).
WAIT_VARIABLE = "SQLML_LOCK_WAIT"
DEFAULT_WAIT = 60.0
_LIVE: "weakref.WeakSet[EmbeddedDatabase]" = weakref.WeakSet()
# DuckDB shares one database instance between the connections of a process and shuts it down
# with the last one: an open racing that shutdown in another thread fails ("already attached").
_OPEN_OR_CLOSE = threading.Lock()


def _holding(method):
    """Run `method` with the file held (opened for it, closed after it unless already held)."""
    @functools.wraps(method)
    def holding(self, *args, **kwargs):
        with self.held():
            return method(self, *args, **kwargs)
    return holding


class EmbeddedDatabase(Database):
    """A DuckDB file that this process holds only while a statement (or a script) runs.

    DuckDB lets one process write a file, and a Jupyter kernel outlives its notebook's tab, so a
    connection kept for the kernel's life would lock every other notebook out. Each statement
    opens the file, runs, and closes it (closing checkpoints: no WAL is left behind). What SQL
    Server keeps per connection is kept: SET NOCOUNT, @@ROWCOUNT and @@TRANCOUNT live in
    `self.session`; while a transaction is open, or #temp tables exist, the file stays open until
    COMMIT / ROLLBACK / DROP (they live in the DuckDB connection). Python code that takes the raw
    `connection` keeps it until `release()` (the `%%tsql` extension releases at the end of each
    cell) or `close()`. Variables need nothing: T-SQL scopes them to one batch.
    """

    engine = "embedded"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.url = url
        self.path = database_path(url)
        self.name = self.path.stem if self.path else "memory"
        self.read_only = read_only
        self._connection = None
        self._holds = 0            # nesting of held(): the outermost one closes the file
        # The file as this object left it (its stat) and what that connection knew of the catalog:
        # reopened unchanged, the catalog is the same, so the column types need not be read again.
        self._left = None
        self._kept_by_python = False
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise ConnectError(f"Cannot create the folder for {self.path}: {error.strerror}. "
                                   "Choose a writable location with SQLML_DATABASE_URL.") from None
        from ..external.interpreter import Session
        from ..external.procedures import ProcedureStore
        #: SET NOCOUNT, @@ROWCOUNT, the open transaction's depth: they outlive each opening of the file.
        self.session = Session()
        self.procedures = ProcedureStore(self)
        with self.held():   # open once now: a locked or damaged file is reported by connect()
            pass
        _LIVE.add(self)

    # -- holding the file ----------------------------------------------------------------------
    @property
    def connection(self):
        """The DuckDB connection, opened if needed. Outside `held()` it stays open until `release()`."""
        if self._connection is None:
            self._open()
        if self._holds == 0:
            self._kept_by_python = True
            self._note(holders.PYTHON_CELL)
        return self._connection

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    @contextmanager
    def held(self):
        """Hold the file open for a unit of work (a statement, a script, a load)."""
        self._holds += 1
        try:
            if self._connection is None:
                self._open()
            yield self._connection
        finally:
            self._holds -= 1
            if self._holds == 0 and not self._kept_by_python:
                self._release_if_idle()

    def release(self) -> bool:
        """Close the file unless the session still needs it (open transaction, #temp tables).

        Returns whether the file is now closed.
        """
        if self._holds:
            return False
        self._kept_by_python = False
        return self._release_if_idle()

    def _why_kept(self) -> str | None:
        if self.path is None:
            return "in-memory"   # a :memory: database lives only as long as its connection: never let it go
        if self.session.transaction_depth:
            return holders.TRANSACTION
        try:
            temp = self._connection.execute(
                "SELECT count(*) FROM duckdb_tables() WHERE database_name = 'temp'").fetchone()[0]
        except Exception:  # noqa: BLE001 - a connection DuckDB invalidated holds nothing worth keeping
            return None
        return holders.TEMP_TABLES if temp else None

    def _release_if_idle(self) -> bool:
        if self._connection is None:
            return True
        reason = self._why_kept()
        if reason is not None:
            self._note(reason)
            return False
        self._shut()
        return True

    def _shut(self) -> None:
        from ..tsql import catalog

        connection, self._connection = self._connection, None
        self._kept_by_python = False
        learned = catalog.learned_state(connection)
        with _OPEN_OR_CLOSE:
            try:
                if not self.read_only:
                    connection.execute("CHECKPOINT")   # the file stands alone: no WAL beside it
            except Exception:  # noqa: BLE001 - closing checkpoints too; a failed one must not hide the file
                pass
            finally:
                connection.close()
                self._left = (_file_state(self.path), learned) if self.path is not None else None
                if self.path is not None:
                    holders.remove_note(self.path)

    def _note(self, reason: str) -> None:
        if self.path is not None and self._connection is not None:
            holders.write_note(self.path, reason)

    def _open(self) -> None:
        import duckdb

        target = str(self.path) if self.path else ":memory:"
        if self.path is not None:
            holders.remove_stale_notes(self.path)
            holders.write_note(self.path, holders.RUNNING)   # before opening: a waiting process reads it
        deadline = time.monotonic() + _wait_seconds()
        pause = 0.01
        letting_go: set[int] = set()
        try:
            while True:
                try:
                    with _OPEN_OR_CLOSE:
                        connection = duckdb.connect(target, read_only=self.read_only)
                    break
                except duckdb.Error as error:
                    holder = _LOCK_HOLDER.search(str(error))
                    pid = int(holder["pid"]) if holder else None
                    # A holder seen running a statement is still worth waiting for when its note is gone:
                    # it removes the note as it closes, and DuckDB may free the lock a moment later.
                    if (pid is not None and self.path is not None and time.monotonic() < deadline
                            and (holders.holder_passes(self.path, pid)
                                 or (pid in letting_go and holders.read_note(self.path, pid) is None))):
                        letting_go.add(pid)
                        time.sleep(pause)    # another notebook runs a statement: it lets go soon
                        pause = min(pause * 2, 0.2)
                        continue
                    raise _explain_io_error(self.path, error) from None
            from ..tsql import catalog, prepare_connection
            try:
                prepare_connection(connection)
                from ..external.databases import reopened
                reopened(self, connection)   # the session's USE holds from one statement to the next
                if self._left is not None and self._left[0] == _file_state(self.path):
                    catalog.adopt_state(connection, self._left[1])   # no one changed the file meanwhile
            except BaseException:
                connection.close()  # never leave the file locked behind a failed connect
                raise
        except BaseException:
            if self.path is not None:
                holders.remove_note(self.path)
            raise
        self._connection = connection

    # -- running T-SQL -------------------------------------------------------------------------
    def execute(self, script: str, params: Mapping[str, Any] | None = None) -> list[Result]:
        """Run a T-SQL script; see `sqlml.external.interpreter` for how each statement kind runs."""
        from ..external.interpreter import Interpreter

        with self.held():
            return Interpreter(self).run_script(script, params)

    # -- bulk load and catalog -----------------------------------------------------------------
    @_holding
    def load_frame(self, frame: "pd.DataFrame", table: str, *, if_exists: str = "fail") -> int:
        from ..tsql import invalidate_catalog

        schema, name = _split_table(table)
        if if_exists not in ("fail", "replace", "append"):
            raise SqlmlError(f"if_exists must be 'fail', 'replace' or 'append', not {if_exists!r}.")
        exists = self.table_exists(table)
        if exists and if_exists == "fail":
            raise SqlmlError(f"Table {schema}.{name} already exists: pass if_exists='replace' or 'append'.")
        target = f"{_quoted(schema)}.{_quoted(name)}"  # quoted: a name may hold anything, `"` too
        self.connection.execute(f"CREATE SCHEMA IF NOT EXISTS {_quoted(schema)}")
        self.connection.register("_sqlml_frame", frame)
        try:
            if exists and if_exists == "append":
                # char(n) padded, datetime rounded, as the table's declared types store them (tsql/storage.py)
                from ..tsql.storage import stored_select_sql
                select = stored_select_sql(self.connection, schema, name, "_sqlml_frame", [str(c) for c in frame.columns])
                self.connection.execute(f'INSERT INTO {target} {select or "SELECT * FROM _sqlml_frame"}')
            else:
                self.connection.execute(f"CREATE OR REPLACE TABLE {target} AS SELECT * FROM _sqlml_frame")
        finally:
            self.connection.unregister("_sqlml_frame")
            invalidate_catalog(self.connection)  # the translator's cached column types may be stale
        return len(frame)

    @_holding
    def table_exists(self, table: str) -> bool:
        schema, name = _split_table(table)
        row = self.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE lower(table_schema) = lower(?) "
            "AND lower(table_name) = lower(?) AND table_catalog = current_database()", [schema, name]).fetchone()
        return bool(row and row[0])

    def close(self) -> None:
        """Close the file (checkpointed) whatever the session holds; an open transaction is rolled back."""
        if getattr(self, "_connection", None) is not None:
            self._shut()
        if getattr(self, "session", None) is not None:
            self.session.transaction_depth = 0


def release_all() -> None:
    """Let go of every embedded database file this process holds and no longer needs."""
    for database in list(_LIVE):
        database.release()


@atexit.register
def _close_all() -> None:
    """A process that ends (a kernel shut down) leaves each file checkpointed, without a WAL."""
    for database in list(_LIVE):
        try:
            database.close()
        except Exception:  # noqa: BLE001 - exiting: nothing left to report to
            pass


def _file_state(path: Path) -> tuple | None:
    """Whether a file changed: any write by another process changes its modification time or size."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _wait_seconds() -> float:
    try:
        return max(float(os.environ.get(WAIT_VARIABLE, DEFAULT_WAIT)), 0.0)
    except ValueError:
        return DEFAULT_WAIT


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _split_table(table: str) -> tuple[str, str]:
    parts = [p.strip("[]\"") for p in table.split(".")]
    if len(parts) == 1:
        return "dbo", parts[0]
    return parts[-2], parts[-1]


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]


class UnreadableDatabase(ConnectError):
    """The file is not a DuckDB database this DuckDB can read (damaged, or another storage version)."""


def _explain_io_error(path: Path | None, error: Exception) -> ConnectError:
    text = str(error)
    holder = _LOCK_HOLDER.search(text)
    if holder:
        return ConnectError(holders.explain_holder(path, holder["program"], int(holder["pid"])))
    if "replaying WAL" in text or "replaying the WAL" in text:
        # sqlml leaves no write-ahead log behind (every command checkpoints), so a log that does not
        # replay was written against another copy of the file: typically a backup put back in place.
        wal = path.with_name(path.name + ".wal") if path else "the .wal file"
        return ForeignWriteAheadLog(
            f"The write-ahead log {wal} does not belong to the database file {path} (it was written against "
            "another copy of it, such as before a backup was restored): move the .wal file aside (keep it) "
            "and open the database again; the database file itself is left as it is.")
    if "not a valid DuckDB database file" in text:
        return UnreadableDatabase(
            f"The file {path} is not a DuckDB database (or it is damaged): run `sqlml data --force` to build "
            "the course database again in its place (move the file aside first to keep it).")
    if "version" in text.lower() and ("database file" in text or "storage" in text.lower()):
        return UnreadableDatabase(
            f"The database file {path} was written by another DuckDB version ({_first_line(error)}): run "
            "`sqlml data --force` to build it again with this version (move the file aside first to keep it).")
    return ConnectError(f"Cannot open the database file {path}: {_first_line(error)}")


def check_not_in_use(url: str) -> None:
    """Open the existing file once: a ConnectError names the process that holds it.

    Renaming a new file over one that another process has open would leave that process working
    on the old data unseen, so the load refuses instead. (Connections of this very process are not
    detected: close them before reloading.)
    """
    path = database_path(url)
    if path is not None and path.exists():
        try:
            EmbeddedDatabase(url).close()
        except UnreadableDatabase:
            pass  # damaged or from another DuckDB version: nothing can be using it, the load replaces it


@register_engine("duckdb")
def _open_embedded(url: str) -> Database:
    return EmbeddedDatabase(url)
