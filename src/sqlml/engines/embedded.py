"""The embedded engine: DuckDB in a file, T-SQL translated statement by statement."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from ..connection import Database, redact_url, register_engine
from ..errors import ConnectError, SqlmlError
from ..paths import course_root
from ..results import Result

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


class EmbeddedDatabase(Database):
    engine = "embedded"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        import duckdb

        self.url = url
        self.path = database_path(url)
        self.name = self.path.stem if self.path else "memory"
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise ConnectError(f"Cannot create the folder for {self.path}: {error.strerror}. "
                                   "Choose a writable location with SQLML_DATABASE_URL.") from None
        try:
            self.connection = duckdb.connect(str(self.path) if self.path else ":memory:", read_only=read_only)
        except duckdb.Error as error:
            raise _explain_io_error(self.path, error) from None
        from ..tsql import prepare_connection
        try:
            prepare_connection(self.connection)
        except BaseException:
            self.connection.close()  # never leave the file locked behind a failed connect
            raise
        from ..external.interpreter import Session
        from ..external.procedures import ProcedureStore
        #: SET NOCOUNT, the open transaction's depth: they last as long as the connection.
        self.session = Session()
        self.procedures = ProcedureStore(self)

    # -- running T-SQL -------------------------------------------------------------------------
    def execute(self, script: str, params: Mapping[str, Any] | None = None) -> list[Result]:
        """Run a T-SQL script; see `sqlml.external.interpreter` for how each statement kind runs."""
        from ..external.interpreter import Interpreter

        return Interpreter(self).run_script(script, params)

    # -- bulk load and catalog -----------------------------------------------------------------
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

    def table_exists(self, table: str) -> bool:
        schema, name = _split_table(table)
        row = self.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE lower(table_schema) = lower(?) "
            "AND lower(table_name) = lower(?) AND table_catalog = current_database()", [schema, name]).fetchone()
        return bool(row and row[0])

    def close(self) -> None:
        if getattr(self, "connection", None) is not None:
            self.connection.close()
            self.connection = None


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
        return ConnectError(
            f"The database file {path} is in use by another process ({holder['program']}, PID {holder['pid']}). "
            "DuckDB lets one process write a file at a time: close that notebook kernel or program "
            "(or restart its kernel), then try again.")
    if "not a valid DuckDB database file" in text:
        return UnreadableDatabase(
            f"The file {path} is not a DuckDB database (or it is damaged): run `sqlml data --force` to build "
            "the course database again in its place (move the file aside first to keep it).")
    if "version" in text.lower() and ("database file" in text or "storage" in text.lower()):
        return UnreadableDatabase(
            f"The database file {path} was written by another DuckDB version ({_first_line(error)}): run "
            "`sqlml data --force` to build it again with this version (move the file aside first to keep it).")
    return ConnectError(f"Cannot open the database file {path}: {_first_line(error)}")


@register_engine("duckdb")
def _open_embedded(url: str) -> Database:
    return EmbeddedDatabase(url)
