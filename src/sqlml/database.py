"""What every engine is (`Database`) and the registry that maps a URL's scheme to its engine.

The engines import this module to register themselves; `sqlml.connection` imports the engines.
Keeping the two apart is what lets the registry work without an import loop.
"""
from __future__ import annotations

import abc
import contextlib
from typing import TYPE_CHECKING, Any, Callable, Mapping

from .errors import SqlmlError
from .paths import DEFAULT_DATABASE_NAME
from .results import Result

if TYPE_CHECKING:
    import pandas as pd


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
