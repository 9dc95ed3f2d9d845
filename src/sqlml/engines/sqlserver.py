"""The SQL Server engine: T-SQL sent verbatim over pyodbc (imported only when used).

URL: ``mssql+pyodbc://user:password@host:port/database?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes``

- ``driver`` names the ODBC driver (default: ODBC Driver 18 for SQL Server);
- ``connect_timeout`` is the login timeout in seconds (default 5), so a server that is not there
  fails fast;
- any other query parameter is passed to the driver as a connection-string keyword
  (``Encrypt``, ``TrustServerCertificate``, ``ApplicationIntent``, ...).

A URL with a user and no password takes the password from ``SQLML_DATABASE_PASSWORD``, so a
password needs no URL escaping and stays out of the URL (docker-compose.yml works that way).

Every way a connection can fail is turned into one line that says what to do.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import decimal
import os
import re
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Mapping
from urllib.parse import parse_qsl, unquote, urlsplit

from ..database import Database, register_engine
from ..errors import ConnectError, SqlmlError, TsqlError
from ..paths import DEFAULT_DATABASE_NAME
from ..results import Result, rows_affected
from ..tsql.parameter_types import declared_type

if TYPE_CHECKING:
    import pandas as pd

SCHEME = "mssql+pyodbc"
DEFAULT_DRIVER = "ODBC Driver 18 for SQL Server"
DEFAULT_PORT = 1433
DEFAULT_CONNECT_TIMEOUT = 5
PASSWORD_VARIABLE = "SQLML_DATABASE_PASSWORD"
#: Rows sent per executemany call by load_frame: large enough to amortise round trips,
#: small enough that pyodbc's parameter buffers stay modest.
LOAD_CHUNK_ROWS = 20_000

INSTALL_PYODBC = "pip install 'sqlml[mssql]'"
INSTALL_DRIVER = ("install Microsoft's ODBC driver: Debian/Ubuntu 'apt-get install msodbcsql18 unixodbc' "
                  "(from Microsoft's package repository), macOS 'brew install msodbcsql18' "
                  "(tap microsoft/mssql-release)")
START_SERVER = "start it with 'docker compose up -d' (see README, section for instructors)"


# -- the URL and the ODBC connection string ---------------------------------------------------------

@dataclass(frozen=True)
class SqlServerSettings:
    """What a `mssql+pyodbc://` URL says, decoded."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE_NAME
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    driver: str = DEFAULT_DRIVER
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    #: Further ODBC keywords, in the order the URL gave them.
    options: tuple[tuple[str, str], ...] = ()

    @property
    def server(self) -> str:
        return f"{self.host},{self.port}"

    def with_database(self, database: str) -> "SqlServerSettings":
        return SqlServerSettings(self.host, self.port, database, self.user, self.password, self.driver,
                                 self.connect_timeout, self.options)


def parse_url(url: str) -> SqlServerSettings:
    """Decode a `mssql+pyodbc://user:password@host:port/database?...` URL.

    The password is percent-decoded, so `p%40ss` means `p@ss`.
    """
    parts = urlsplit(url)
    if parts.scheme != SCHEME:
        raise ConnectError(f"Not a SQL Server URL: {_redact(url)!r}; it must start with {SCHEME}://")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise ConnectError(f"The port in {_redact(url)!r} is not a number: write host:1433.") from None
    if not parts.hostname:
        raise ConnectError(f"The SQL Server URL {_redact(url)!r} names no host: write "
                           f"{SCHEME}://sa:PASSWORD@localhost:1433/{DEFAULT_DATABASE_NAME}?driver=...")
    database = unquote(parts.path.lstrip("/")) or DEFAULT_DATABASE_NAME
    driver = DEFAULT_DRIVER
    timeout: float = DEFAULT_CONNECT_TIMEOUT
    options: list[tuple[str, str]] = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        lowered = key.lower()
        if lowered == "driver":
            driver = value
        elif lowered in ("connect_timeout", "timeout"):
            try:
                timeout = float(value)
            except ValueError:
                raise ConnectError(f"connect_timeout must be a number of seconds, not {value!r}.") from None
        else:
            options.append((key, value))
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password is not None else None
    if user is not None and password is None:
        password = os.environ.get(PASSWORD_VARIABLE)
    return SqlServerSettings(
        host=parts.hostname, port=port, database=database, user=user, password=password,
        driver=driver, connect_timeout=timeout, options=tuple(options),
    )


def odbc_value(value: str) -> str:
    """A value as an ODBC connection string may hold it.

    Values with `;`, braces, `=` or surrounding spaces are wrapped in braces, with `}` doubled
    (the ODBC rule); others go as they are.
    """
    if value == "" or re.search(r"[;{}=]", value) or value != value.strip():
        return "{" + value.replace("}", "}}") + "}"
    return value


def odbc_connection_string(settings: SqlServerSettings) -> str:
    """The ODBC connection string for `settings` (the password included: never log it)."""
    pairs: list[tuple[str, str]] = [
        ("DRIVER", "{" + settings.driver.replace("}", "}}") + "}"),
        ("SERVER", odbc_value(settings.server)),
        ("DATABASE", odbc_value(settings.database)),
    ]
    if settings.user is not None:
        pairs.append(("UID", odbc_value(settings.user)))
        # Always braced: a password may hold anything.
        pairs.append(("PWD", "{" + (settings.password or "").replace("}", "}}") + "}"))
    else:
        pairs.append(("Trusted_Connection", "yes"))
    pairs.extend((key, odbc_value(value)) for key, value in settings.options)
    return "".join(f"{key}={value};" for key, value in pairs)


def _redact(url: str) -> str:
    from ..redaction import redact_url

    return redact_url(url)


# -- connecting, with one clear line per failure -------------------------------------------------

def import_pyodbc():
    """pyodbc, or a ConnectError that says how to get it (and unixODBC under it)."""
    try:
        import pyodbc
    except ModuleNotFoundError:
        raise ConnectError(f"The SQL Server engine needs pyodbc, which is not installed: {INSTALL_PYODBC}.") from None
    except ImportError as error:  # pyodbc is there, but the unixODBC library under it is not
        raise ConnectError(
            f"pyodbc cannot load the ODBC driver manager ({error}): install unixODBC "
            "(Debian/Ubuntu 'apt-get install unixodbc', macOS 'brew install unixodbc'), then "
            f"{INSTALL_DRIVER}.") from None
    return pyodbc


def open_connection(settings: SqlServerSettings, *, autocommit: bool = True):
    """A pyodbc connection, or a ConnectError whose single line names the cause and the fix."""
    pyodbc = import_pyodbc()
    if "/" not in settings.driver:  # a driver given by file path is not in the driver list
        installed = list(pyodbc.drivers())
        if settings.driver not in installed:
            have = ", ".join(installed) if installed else "none"
            raise ConnectError(f"The ODBC driver {settings.driver!r} is not installed (installed: {have}): "
                               f"{INSTALL_DRIVER}; or name an installed one with ?driver=... in the URL.")
    try:
        return pyodbc.connect(odbc_connection_string(settings), autocommit=autocommit,
                              timeout=max(1, int(round(settings.connect_timeout))))
    except pyodbc.Error as error:
        from ..redaction import hide_secret  # a driver may quote what it was given
        raise ConnectError(hide_secret(explain_connect_error(settings, error), settings.password)) from None


_DRIVER_PREFIX = re.compile(r"^(?:\[[^\]]*\])+\s*")


def _error_parts(error: Exception) -> tuple[str, str]:
    """(SQLSTATE, text) of a pyodbc error."""
    args = getattr(error, "args", ())
    if len(args) >= 2:
        return str(args[0]), str(args[1])
    return "", str(args[0]) if args else str(error)


def explain_connect_error(settings: SqlServerSettings, error: Exception) -> str:
    state, text = _error_parts(error)
    where = f"SQL Server at {settings.server}"
    lowered = text.lower()
    detail = _DRIVER_PREFIX.sub("", text.split(";")[0]).strip()
    if state == "IM002" or "can't open lib" in lowered or "data source name not found" in lowered:
        return f"The ODBC driver {settings.driver!r} cannot be loaded ({detail}): {INSTALL_DRIVER}."
    # 4060 comes with a 18456 "login failed" after it: the missing database is the cause.
    if "(4060)" in text or "cannot open database" in lowered:
        return (f"The database {settings.database!r} does not exist on {where}: create and load it with "
                f"'sqlml data --database URL' (or 'docker compose run --rm loader').")
    if state == "28000" or "(18456)" in text or "login failed" in lowered:
        return (f"Login failed for user {settings.user!r} on {where}: check the password (in the URL, or in "
                f"{PASSWORD_VARIABLE}); it must match MSSQL_SA_PASSWORD in .env, the one the container "
                "started with.")
    if "certificate" in lowered:
        return (f"The TLS certificate of {where} is not trusted ({detail}): a development container has a "
                "self-signed certificate; add TrustServerCertificate=yes to the URL.")
    if state in ("08001", "08S01", "HYT00", "HYT01") or "timeout" in lowered:
        return (f"Cannot reach {where} within {settings.connect_timeout:g} s: is it running? {START_SERVER}, "
                "and check the host and port in the URL.")
    return f"Cannot connect to {where}: [{state}] {detail}"


# -- parameters bound as T-SQL variables ---------------------------------------------------------

def sql_type_of(value: Any) -> str:
    """The T-SQL type a Python value is declared with when bound as `@name`: the one rule of
    tsql.parameter_types (what pyodbc itself would bind), which the embedded engine uses too."""
    return declared_type(value)


def _python_value(value: Any) -> Any:
    if hasattr(value, "item") and type(value).__module__ == "numpy":
        value = value.item()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    return value


# A batch that must start with its statement cannot take a DECLARE in front of it.
_MUST_LEAD = re.compile(r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*CREATE\s+(?:OR\s+ALTER\s+)?"
                        r"(?:PROC|PROCEDURE|VIEW|FUNCTION|TRIGGER|SCHEMA)\b", re.IGNORECASE | re.DOTALL)


def bind_parameters(batch: str, params: Mapping[str, Any] | None) -> tuple[str, list[Any]]:
    """Prefix `batch` with `DECLARE @name type = ?` for each parameter it uses.

    The declarations go on the batch's first line, so the server's line numbers stay those of the
    script. A batch that declares the variable itself keeps its own declaration, and a batch that
    must start with its statement (CREATE PROCEDURE, VIEW, ...) gets nothing.
    """
    if not params or _MUST_LEAD.match(batch):
        return batch, []
    declarations, values = [], []
    for raw_name, value in params.items():
        name = raw_name.lstrip("@")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise SqlmlError(f"{raw_name!r} is not a valid T-SQL variable name.")
        if not re.search(rf"(?<![@\w])@{name}\b", batch, re.IGNORECASE):
            continue
        if re.search(rf"\bDECLARE\s+@{name}\b", batch, re.IGNORECASE):
            continue
        declarations.append(f"@{name} {sql_type_of(value)} = ?")
        values.append(_python_value(value))
    if not declarations:
        return batch, []
    return f"DECLARE {', '.join(declarations)}; {batch}", values


# -- errors and messages from the server ---------------------------------------------------------

_SERVER_ERROR = re.compile(r"\[SQL Server\](?P<text>.*?)\s*\((?P<number>\d+)\)\s*(?:\(SQL\w+\))?\s*(?:;|$)", re.DOTALL)


def tsql_error(error: Exception, batch_line: int) -> TsqlError:
    """A pyodbc error as SQL Server states it: Msg number and text (ODBC does not give the line)."""
    state, text = _error_parts(error)
    match = _SERVER_ERROR.search(text)
    if match:
        message, number = match["text"].strip(), int(match["number"])
    else:
        message, number = _DRIVER_PREFIX.sub("", text).strip(), 50000
    if batch_line > 1:
        message += f" (in the batch starting at line {batch_line})"
    return TsqlError(message, number=number, severity=16)


def _message_text(item: Any) -> str:
    text = item[1] if isinstance(item, (tuple, list)) and len(item) > 1 else item
    return _DRIVER_PREFIX.sub("", str(text)).strip()


# -- the engine ------------------------------------------------------------------------------------

class SqlServerDatabase(Database):
    engine = "sqlserver"

    def __init__(self, url: str, *, autocommit: bool = True) -> None:
        self.url = url
        self.settings = parse_url(url)
        self.name = self.settings.database
        self.connection = open_connection(self.settings, autocommit=autocommit)

    # -- running T-SQL -------------------------------------------------------------------------
    def execute(self, script: str, params: Mapping[str, Any] | None = None) -> list[Result]:
        """Send each GO batch verbatim; collect every result set and message, in order."""
        from ..tsql import split_batches

        results: list[Result] = []
        for batch in split_batches(script):
            sql, values = bind_parameters(batch.text, params)
            for _ in range(batch.repeat):
                results.extend(self._run_batch(sql, values, batch.line))
        return results

    def _run_batch(self, sql: str, values: list[Any], line: int) -> list[Result]:
        import pyodbc

        results: list[Result] = []
        cursor = self.connection.cursor()
        try:
            if values:
                cursor.execute(sql, values)
            else:
                cursor.execute(sql)
            while True:
                results.extend(Result(message=_message_text(m)) for m in (getattr(cursor, "messages", None) or []))
                if cursor.description:
                    frame = _frame(cursor)
                    results.append(Result(frame=frame))
                    results.append(rows_affected(len(frame)))
                elif cursor.rowcount is not None and cursor.rowcount >= 0:
                    results.append(rows_affected(cursor.rowcount))
                if not cursor.nextset():
                    break
        except pyodbc.Error as error:
            raise tsql_error(error, line) from None
        finally:
            cursor.close()
        return results

    @contextlib.contextmanager
    def transaction(self) -> Iterator["SqlServerDatabase"]:
        """Everything inside commits together, or not at all."""
        previous = self.connection.autocommit
        self.connection.autocommit = False
        try:
            yield self
            self.connection.commit()
        except BaseException:
            self.connection.rollback()
            raise
        finally:
            self.connection.autocommit = previous

    # -- bulk load and catalog -----------------------------------------------------------------
    def load_frame(self, frame: "pd.DataFrame", table: str, *, if_exists: str = "fail",
                   column_types: Mapping[str, str] | None = None) -> int:
        """Bulk-load `frame` with pyodbc's fast_executemany (array-bound INSERTs).

        A new table's column types come from the frame's dtypes, or from `column_types`
        (T-SQL type names by column).
        """
        import pyodbc

        if if_exists not in ("fail", "replace", "append"):
            raise SqlmlError(f"if_exists must be 'fail', 'replace' or 'append', not {if_exists!r}.")
        schema, name = split_table(table)
        target = f"{quote_name(schema)}.{quote_name(name)}"
        exists = self.table_exists(table)
        if exists and if_exists == "fail":
            raise SqlmlError(f"Table {schema}.{name} already exists: pass if_exists='replace' or 'append'.")
        cursor = self.connection.cursor()
        try:
            if exists and if_exists == "replace":
                cursor.execute(f"DROP TABLE {target}")
            if not exists or if_exists == "replace":
                cursor.execute("IF SCHEMA_ID(?) IS NULL EXEC('CREATE SCHEMA ' + QUOTENAME(?))", schema, schema)
                types = dict(column_types or {})
                columns = ", ".join(f"{quote_name(str(c))} {types.get(str(c)) or sql_type_for_column(frame[c])}"
                                    for c in frame.columns)
                cursor.execute(f"CREATE TABLE {target} ({columns})")
            if len(frame):
                insert = (f"INSERT INTO {target} ({', '.join(quote_name(str(c)) for c in frame.columns)}) "
                          f"VALUES ({', '.join('?' for _ in frame.columns)})")
                cursor.fast_executemany = True
                for start in range(0, len(frame), LOAD_CHUNK_ROWS):
                    cursor.executemany(insert, frame_rows(frame.iloc[start:start + LOAD_CHUNK_ROWS]))
        except pyodbc.Error as error:
            raise tsql_error(error, 1) from None
        finally:
            cursor.close()
        return len(frame)

    def table_exists(self, table: str) -> bool:
        schema, name = split_table(table)
        cursor = self.connection.cursor()
        try:
            row = cursor.execute("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? "
                                 "AND TABLE_NAME = ?", schema, name).fetchone()
        finally:
            cursor.close()
        return bool(row and row[0])

    def close(self) -> None:
        if getattr(self, "connection", None) is not None:
            self.connection.close()
            self.connection = None


def ensure_database(url: str) -> None:
    """Create the URL's database on the server if it is not there (connecting through master)."""
    settings = parse_url(url)
    connection = open_connection(settings.with_database("master"), autocommit=True)
    try:
        cursor = connection.cursor()
        # A course database needs no point-in-time restore; simple recovery keeps the log of the
        # one-transaction load from growing without end.
        cursor.execute("IF DB_ID(?) IS NULL BEGIN EXEC('CREATE DATABASE ' + QUOTENAME(?)); "
                       "EXEC('ALTER DATABASE ' + QUOTENAME(?) + ' SET RECOVERY SIMPLE'); END",
                       settings.database, settings.database, settings.database)
        cursor.close()
    finally:
        connection.close()


def split_table(table: str) -> tuple[str, str]:
    parts = [p.strip().strip("[]\"") for p in table.split(".")]
    if len(parts) == 1:
        return "dbo", parts[0]
    return parts[-2], parts[-1]


def quote_name(name: str) -> str:
    return "[" + name.replace("]", "]]") + "]"


def sql_type_for_column(series: "pd.Series") -> str:
    """A T-SQL type that holds every value of `series`."""
    import pandas as pd
    from pandas.api import types

    dtype = series.dtype
    if types.is_bool_dtype(dtype):
        return "BIT"
    if types.is_integer_dtype(dtype):
        return "INT" if getattr(dtype, "itemsize", 8) <= 4 else "BIGINT"
    if types.is_float_dtype(dtype):
        return "FLOAT"
    if types.is_datetime64_any_dtype(dtype):
        return "DATETIME2"
    values = series.dropna()
    if values.empty:
        return "NVARCHAR(255)"
    sample = values.iloc[0]
    if isinstance(sample, decimal.Decimal):
        scale = max((-v.as_tuple().exponent for v in values if isinstance(v.as_tuple().exponent, int)), default=0)
        return f"DECIMAL(38, {min(max(scale, 0), 18)})"
    if isinstance(sample, (bytes, bytearray, memoryview)):
        return "VARBINARY(MAX)"
    if isinstance(sample, _dt.datetime) or isinstance(sample, pd.Timestamp):
        return "DATETIME2"
    if isinstance(sample, _dt.date):
        return "DATE"
    if isinstance(sample, bool):
        return "BIT"
    if isinstance(sample, int):
        return "BIGINT"
    if isinstance(sample, float):
        return "FLOAT"
    longest = int(values.astype(str).str.len().max())
    return f"NVARCHAR({max(longest, 1)})" if longest <= 4000 else "NVARCHAR(MAX)"


def frame_rows(frame: "pd.DataFrame") -> list[tuple]:
    """The frame's rows as tuples of plain Python values, missing values as None."""
    columns = []
    for name in frame.columns:
        series = frame[name]
        values = series.astype(object).where(series.notna(), None).tolist()
        columns.append([_python_value(v) for v in values])
    return list(zip(*columns)) if columns else []


def _frame(cursor) -> "pd.DataFrame":
    import pandas as pd

    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    return pd.DataFrame.from_records([tuple(r) for r in rows], columns=names)


@register_engine(SCHEME)
def _open_sqlserver(url: str) -> Database:
    return SqlServerDatabase(url)
