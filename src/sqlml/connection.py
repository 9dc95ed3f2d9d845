"""`sqlml.connect`: one entry point, two engines behind a registry (as papermill does for its engines)."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Callable, Iterator

from .database import ENGINES, Database, register_engine  # noqa: F401  (sqlml.connection.Database is public)
from .errors import ConnectError
from .paths import DEFAULT_DATABASE_NAME, course_root, default_database_url
from .redaction import hide_secret, redact_url  # noqa: F401  (and so are these)

URL_VARIABLE = "SQLML_DATABASE_URL"


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the argument, else `SQLML_DATABASE_URL`, else the course's embedded file."""
    return url or os.environ.get(URL_VARIABLE) or default_database_url()


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
