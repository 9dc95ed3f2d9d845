"""The errors sqlml raises. Each one's message is a single line that says what to do."""
from __future__ import annotations


class SqlmlError(Exception):
    """Base class: every error the library means a user to read."""


class ConnectError(SqlmlError):
    """The database could not be reached or opened."""


class DataError(SqlmlError):
    """Generating or loading the course data failed; the database was left as it was."""


def is_query_interrupt(error: BaseException) -> bool:
    """Whether `error` is DuckDB's answer to Ctrl+C during a query.

    DuckDB's Python client turns the interrupt into RuntimeError('Query interrupted') (and some
    versions into its InterruptException) instead of KeyboardInterrupt.
    """
    if isinstance(error, KeyboardInterrupt):
        return True
    if type(error).__name__ == "InterruptException":
        return True
    return isinstance(error, RuntimeError) and str(error).strip() == "Query interrupted"


class TsqlError(SqlmlError):
    """An error in a T-SQL script, shaped like SQL Server's own messages.

    `Msg 102, Level 15, State 1, Line 3` followed by the text; `line` is counted in the whole
    script (not the batch), `column` where known.
    """

    def __init__(
        self,
        text: str,
        *,
        number: int = 50000,
        severity: int = 16,
        state: int = 1,
        line: int | None = None,
        column: int | None = None,
        procedure: str | None = None,
    ) -> None:
        self.text = text
        self.number = number
        self.severity = severity
        self.state = state
        self.line = line
        self.column = column
        self.procedure = procedure
        super().__init__(self._format())

    def _format(self) -> str:
        head = f"Msg {self.number}, Level {self.severity}, State {self.state}"
        if self.procedure:
            head += f", Procedure {self.procedure}"
        if self.line is not None:
            head += f", Line {self.line}"
            if self.column is not None:
                head += f", Column {self.column}"
        return f"{head}: {self.text}"

    def at(self, line: int | None = None, column: int | None = None) -> "TsqlError":
        """The same error placed at a position of the whole script."""
        if self.line is None and line is not None:
            self.line, self.column = line, column
            self.args = (self._format(),)
        return self


class UnsupportedError(TsqlError):
    """A construct the embedded engine cannot run faithfully. SQL Server runs it."""

    def __init__(self, construct: str, *, line: int | None = None, column: int | None = None,
                 hint: str | None = None) -> None:
        self.construct = construct
        text = (
            f"{construct} is not supported by the embedded engine (DuckDB); SQL Server runs it. "
            + (hint + " " if hint else "")
            + "Rewrite the statement, or point SQLML_DATABASE_URL at SQL Server (see README)."
        )
        super().__init__(text, number=40000, severity=16, line=line, column=column)


class FiguresError(SqlmlError):
    """A run's figures (`_build/figures.json`) are missing or unreadable, or a tolerance is malformed."""


class CoursePhaseError(SqlmlError):
    """The database is past the phase a notebook works in (or not at it yet); the message names the fix."""


class ForeignWriteAheadLog(ConnectError):
    """A `.wal` beside an embedded database file that was written against another copy of it."""
