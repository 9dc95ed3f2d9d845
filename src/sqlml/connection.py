"""`sqlml.connect`: one entry point, two engines behind a registry (as papermill does for its engines)."""
from __future__ import annotations

import abc
import contextlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

from .errors import ConnectError, SqlmlError
from .paths import DEFAULT_DATABASE_NAME, course_root, default_database_url
from .results import Result

if TYPE_CHECKING:
    import pandas as pd

URL_VARIABLE = "SQLML_DATABASE_URL"


class Database(abc.ABC):
    """A connection to the course database, whichever engine serves it."""

    #: "embedded" or "sqlserver": notebooks branch on it only where the engines really differ.
    engine: str
    url: str
    #: The database's name, as `USE [name]` and `DB_NAME()` see it.
    name: str = DEFAULT_DATABASE_NAME

    @abc.abstractmethod
    def execute(self, script: str, params: Mapping[str, Any] | None = None) -> list[Result]:
        """Run a whole T-SQL script (GO batches, several statements, comments).

        `params` are bound as T-SQL variables (`@name`) in every batch, never pasted into the text.
        Returns the result sets and messages in order.
        """

    def query(self, tsql: str, params: Mapping[str, Any] | None = None) -> "pd.DataFrame":
        """Run `tsql` and return its last result set."""
        frames = [r.frame for r in self.execute(tsql, params) if r.frame is not None]
        if not frames:
            raise SqlmlError("The query returned no result set: query() needs a statement that returns rows "
                             "(a SELECT); use execute() for the others.")
        return frames[-1]

    def scalar(self, tsql: str, params: Mapping[str, Any] | None = None) -> Any:
        """The first column of the first row of the last result set (None if it has no rows)."""
        frame = self.query(tsql, params)
        return None if frame.empty else frame.iat[0, 0]

    @abc.abstractmethod
    def load_frame(self, frame: "pd.DataFrame", table: str, *, if_exists: str = "fail") -> int:
        """Bulk-load `frame` into `table` (`schema.name`); `if_exists` is fail, replace or append.

        Returns the number of rows loaded.
        """

    @abc.abstractmethod
    def table_exists(self, table: str) -> bool:
        """Whether `schema.name` exists."""

    @abc.abstractmethod
    def close(self) -> None:
        ...

    @contextlib.contextmanager
    def held(self):
        """Keep the connection for a unit of work, such as a script's batches.

        The embedded engine opens its file only meanwhile (see `EmbeddedDatabase`); a server
        connection has nothing to hold.
        """
        yield

    def release(self) -> bool:
        """Let go of what the connection holds between statements, if it can (see `EmbeddedDatabase`)."""
        return True

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.engine} {self.name!r}>"


#: URL scheme -> factory. The engines import their drivers lazily, so this costs nothing.
ENGINES: dict[str, Callable[[str], Database]] = {}


def register_engine(scheme: str) -> Callable[[Callable[[str], Database]], Callable[[str], Database]]:
    def decorator(factory: Callable[[str], Database]) -> Callable[[str], Database]:
        ENGINES[scheme] = factory
        return factory
    return decorator


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the argument, else `SQLML_DATABASE_URL`, else the course's embedded file."""
    return url or os.environ.get(URL_VARIABLE) or default_database_url()


#: Query parameters that carry a secret (ODBC keywords are passed through from the query).
_SECRET_KEYS = re.compile(r"(?P<key>(?:^|[?&;])\s*(?:pwd|password|passwd|access_token)\s*=)[^&]*", re.IGNORECASE)


def redact_url(url: str) -> str:
    """`url` as messages, logs and notebooks may show it: any password replaced by `***`.

    The one place that hides passwords in URLs. A password may hold anything (`@`, `:`, `%`, `;`,
    braces, `/`), escaped or not, so everything between the user name's colon and the *last* `@`
    goes, whatever it holds; when unsure it hides too much rather than too little. A string that
    is not a URL at all is treated the same way. Passwords given as query parameters (`PWD=`,
    `password=`) are hidden too.
    """
    if not isinstance(url, str):
        return repr(type(url).__name__)
    head, separator, rest = url.partition("://")
    if not separator:
        head, rest = "", url
    at = rest.rfind("@")
    if at >= 0:
        user, colon, _ = rest[:at].partition(":")
        if colon:
            rest = f"{user}:***{rest[at:]}"
    rest = _SECRET_KEYS.sub(lambda match: match["key"] + "***", rest)
    return f"{head}{separator}{rest}"


def url_password(url: str | None) -> str | None:
    """The password written in `url` (percent-decoded, as the engine reads it), or None."""
    from urllib.parse import unquote, urlsplit

    if not url:
        return None
    try:
        password = urlsplit(url).password
    except ValueError:
        return None
    return unquote(password) if password is not None else None


def without_password(url: str) -> str:
    """`url` with its password taken out (the user name stays)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at:
        return url
    return urlunsplit(parts._replace(netloc=f"{userinfo.partition(':')[0]}@{host}"))


@contextlib.contextmanager
def password_in_environment(url: str | None) -> Iterator[str | None]:
    """Yield `url` without its password while the password waits in SQLML_DATABASE_PASSWORD.

    For handing a URL to a notebook kernel: the kernel inherits the variable, and the URL that
    papermill writes into the executed notebook (and the failed copy, and the book) holds no secret.
    """
    from .engines.sqlserver import PASSWORD_VARIABLE

    given = url if url is not None else os.environ.get(URL_VARIABLE)
    password = url_password(given)
    if given is None or password is None:
        yield url
        return
    changes = {PASSWORD_VARIABLE: password}
    if url is None:  # the kernel reads SQLML_DATABASE_URL itself: that copy loses its password too
        changes[URL_VARIABLE] = without_password(given)
    from .environment import environment

    with environment(changes):
        yield None if url is None else without_password(url)


def hide_secret(text: str, secret: str | None) -> str:
    """`text` with `secret` (and its percent-encoded spelling) replaced by `***`: for messages that
    come from a driver or a traceback, which may quote what they were given."""
    from urllib.parse import quote

    if not secret:
        return text
    # As given, percent-encoded, and as an ODBC connection string writes it (`}` doubled); longest first.
    for spelling in sorted({secret, quote(secret, safe=""), quote(secret), secret.replace("}", "}}")}, key=len,
                           reverse=True):
        text = text.replace(spelling, "***")
    return text


#: The schemes of the engines sqlml ships: naming one needs no import of the engines (nor of sqlglot).
BUILT_IN_SCHEMES = ("duckdb", "mssql+pyodbc")


def url_scheme(url: str) -> str:
    scheme, sep, _ = url.partition("://")
    if sep and (scheme in BUILT_IN_SCHEMES or scheme in ENGINES):
        return scheme
    if not sep or scheme not in _known_engines():
        known = ", ".join(f"{s}://" for s in sorted(_known_engines()))
        raise ConnectError(
            f"Unknown database URL {redact_url(url)!r}: it must start with one of {known} "
            f"(for example duckdb:///data/{DEFAULT_DATABASE_NAME}.duckdb or "
            "mssql+pyodbc://sa:PASSWORD@localhost:1433/tpcxbb_1gb)."
        )
    return scheme


def database_file(url: str) -> Path | None:
    """The file of an embedded database's URL, without opening it (None: SQL Server, or DuckDB in memory).

    `duckdb:////abs/file.duckdb` is absolute; `duckdb:///data/file.duckdb` is relative to the course's
    folder. The same answer as `sqlml.engines.embedded.database_path`, for the callers that must stay
    quick: importing the engines costs sqlglot's import (seconds on a loaded machine).
    """
    if url_scheme(url) != "duckdb":
        return None
    rest = url.partition("://")[2]
    if not rest.startswith("/"):
        from .engines.embedded import database_path

        return database_path(url)  # it says what is malformed, in the engine's words
    if rest[1:] in (":memory:", ""):
        return None
    path = Path(rest[1:]).expanduser()
    return path if path.is_absolute() else course_root() / path


def _known_engines() -> dict[str, Callable[[str], Database]]:
    from . import engines  # noqa: F401  (registers the engines)
    return ENGINES


def connect(url: str | None = None) -> Database:
    """Open the course database. See `resolve_url` for where the URL comes from."""
    url = resolve_url(url)
    return _known_engines()[url_scheme(url)](url)
