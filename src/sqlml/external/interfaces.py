"""The two interfaces that keep `external/` free of import loops.

- `Host`: what the interpreter needs of the database it runs in. The embedded engine provides it
  and imports the interpreter; `external/` never names the engine.
- `Runner`: what the statement kinds kept in their own modules (procedures, external scripts,
  INSERT ... EXEC, system procedures) need of the interpreter that calls them, and calls back.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ..results import Result
    from ..tsql import Statement
    from .calls import ExecCall
    from .scope import Scope, Session
    from .sqltypes import SqlType


class Host(Protocol):
    #: The database's name, as DB_NAME() gives it.
    name: str
    #: Its file (None in memory): other databases are files beside it.
    path: Path | None
    #: SET NOCOUNT, @@ROWCOUNT and the transaction's depth, kept between statements.
    session: "Session"

    @property
    def connection(self) -> Any:
        """The open DuckDB connection."""


class Runner(Protocol):
    database: Host

    @property
    def session(self) -> "Session": ...

    @property
    def connection(self) -> Any: ...

    def run_statements(self, statements: list["Statement"], scope: "Scope", results: list["Result"]) -> None: ...

    def execute_sql(self, text: str, scope: "Scope", *, line: int | None = None, column: int = 1) -> Any: ...

    def evaluate(self, expression: str, scope: "Scope") -> Any: ...

    def argument_value(self, argument: Any, scope: "Scope") -> Any: ...

    def argument_type(self, argument: Any, scope: "Scope") -> "SqlType | None": ...

    def call(self, call: "ExecCall", scope: "Scope") -> list["Result"]: ...

    def is_rows_affected(self, result: "Result") -> bool: ...
