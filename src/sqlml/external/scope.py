"""What the embedded engine's interpreter keeps between statements: a batch's or procedure's variables
(Scope), a connection's session settings (Session), and the signals RETURN, BREAK and CONTINUE
raise to leave a block."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import TsqlError
from .sqltypes import SqlType


@dataclass
class Variable:
    type: SqlType
    value: Any = None


class Scope:
    """The variables of one batch or one procedure call.

    `first_line`: the script line where the batch starts (its statements carry script lines);
    a procedure's or dynamic SQL's statements count from their own first line (1).
    """

    def __init__(self, procedure: str | None = None, first_line: int = 1) -> None:
        self.variables: dict[str, Variable] = {}
        self.procedure = procedure
        self.first_line = first_line

    def declare(self, spelled: str, sql_type: SqlType, value: Any = None, source: SqlType | None = None) -> None:
        name = spelled.lstrip("@").lower()
        if name in self.variables:
            raise TsqlError(f"The variable name '{spelled}' has already been declared. Variable names must be unique "
                            "within a query batch or stored procedure.", number=134, severity=15)
        self.variables[name] = Variable(sql_type, sql_type.convert(value, source))

    def get(self, spelled: str) -> Variable:
        variable = self.variables.get(spelled.lstrip("@").lower())
        if variable is None:
            raise TsqlError(f'Must declare the scalar variable "@{spelled.lstrip("@")}".', number=137, severity=15, state=2)
        return variable

    def assign(self, spelled: str, value: Any, source: SqlType | None = None) -> None:
        """`source`: the declared type of the variable the value comes from (see SqlType.convert)."""
        variable = self.get(spelled)
        variable.value = variable.type.convert(value, source)


class Return(Exception):
    def __init__(self, value: int | None) -> None:
        self.value = value


class Break(Exception):
    pass


class Continue(Exception):
    pass


#: SQL Server's limit on nested procedure calls.
MAX_NESTING = 32


class Session:
    """What lasts from one statement to the next on a connection (SQL Server's session settings)."""

    def __init__(self) -> None:
        self.nocount = False
        self.transaction_depth = 0   # @@TRANCOUNT
        self.rowcount = 0            # @@ROWCOUNT: rows of the last statement that counts them
        self.database: str | None = None   # USE: the current database, when not the file opened (databases.py)
        self.nesting = 0             # @@NESTLEVEL


__all__ = ["MAX_NESTING", "Break", "Continue", "Return", "Scope", "Session", "Variable"]
