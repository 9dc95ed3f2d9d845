"""`sqlml.connect`: one entry point, two engines behind a registry (as papermill does for its engines)."""
from __future__ import annotations

import abc
import os
from typing import TYPE_CHECKING, Any, Callable, Mapping

from .errors import ConnectError, SqlmlError
from .paths import DEFAULT_DATABASE_NAME, default_database_url
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


def url_scheme(url: str) -> str:
    scheme, sep, _ = url.partition("://")
    if not sep or scheme not in _known_engines():
        known = ", ".join(f"{s}://" for s in sorted(_known_engines()))
        raise ConnectError(
            f"Unknown database URL {url!r}: it must start with one of {known} "
            f"(for example duckdb:///data/{DEFAULT_DATABASE_NAME}.duckdb or "
            "mssql+pyodbc://sa:PASSWORD@localhost:1433/tpcxbb_1gb)."
        )
    return scheme


def _known_engines() -> dict[str, Callable[[str], Database]]:
    from . import engines  # noqa: F401  (registers the engines)
    return ENGINES


def connect(url: str | None = None) -> Database:
    """Open the course database. See `resolve_url` for where the URL comes from."""
    url = resolve_url(url)
    return _known_engines()[url_scheme(url)](url)
