"""Split T-SQL scripts into batches (`GO`) and batches into classified statements."""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from .tokens import TokenError, tokenize


class StatementKind(str, enum.Enum):
    """What a statement is, as far as the engine must know to run it."""

    PLAIN = "plain"                        # translated and run as SQL (SELECT, INSERT, CREATE TABLE, ...)
    DECLARE = "declare"                    # DECLARE @v type [= value], ...
    SET_VARIABLE = "set_variable"          # SET @v = expression
    SELECT_ASSIGN = "select_assign"        # SELECT @v = expression [FROM ...]
    SET_OPTION = "set_option"              # SET NOCOUNT ON and friends
    EXEC = "exec"                          # EXEC[UTE] proc args [WITH RESULT SETS ...]
    INSERT_EXEC = "insert_exec"            # INSERT [INTO] t [(cols)] EXEC ...
    CREATE_PROCEDURE = "create_procedure"  # CREATE [OR ALTER] PROC[EDURE] ... (rest of the batch)
    DROP_PROCEDURE = "drop_procedure"      # DROP PROC[EDURE] [IF EXISTS] name
    PRINT = "print"
    USE = "use"
    BEGIN_TRANSACTION = "begin_transaction"
    COMMIT = "commit"
    ROLLBACK = "rollback"
    RECONFIGURE = "reconfigure"
    BLOCK = "block"                        # IF / WHILE / BEGIN ... END / TRY-CATCH: control flow
    RETURN = "return"
    THROW = "throw"                        # THROW / RAISERROR
    BREAK = "break"                        # BREAK (leaves the innermost WHILE)
    CONTINUE = "continue"                  # CONTINUE (next round of the innermost WHILE)


@dataclass(frozen=True)
class Batch:
    text: str
    line: int          # 1-based line of the batch's first line in the whole script
    repeat: int = 1    # `GO 3` runs the batch three times
    column: int = 1    # 1-based column of the text's first character (a procedure body may start mid-line)


@dataclass(frozen=True)
class Statement:
    text: str
    kind: StatementKind
    line: int          # 1-based, in the whole script
    column: int = 1    # 1-based


_GO = re.compile(r"^[ \t]*GO(?:[ \t]+(\d+))?[ \t]*(?:--.*)?$", re.IGNORECASE)
#: The most times `GO n` may repeat a batch. sqlcmd takes any positive count; each run is a full
#: batch, so a count beyond this would run for hours: it is refused at once instead.
MAX_GO_COUNT = 10_000


def split_batches(script: str) -> list[Batch]:
    """Cut a script at lines that hold only `GO` (optionally a count), as sqlcmd does.

    A `GO` inside a block comment, a string literal or a [bracketed] name is not a separator: the
    batch read so far must be whole tokens (tsql/tokens.py) for the line to end it.
    """
    batches: list[Batch] = []
    current: list[str] = []
    start = 1
    for number, line in enumerate(script.splitlines(), start=1):
        match = _GO.match(line)
        if match and _closed("\n".join(current)):
            text = "\n".join(current)
            if text.strip():
                batches.append(Batch(text, start, _go_count(match.group(1), number)))
            current, start = [], number + 1
            continue
        current.append(line)
    text = "\n".join(current)
    if text.strip():
        batches.append(Batch(text, start))
    return batches


def _go_count(digits: str | None, line: int) -> int:
    if digits is None:
        return 1
    if len(digits) > 12 or not 1 <= int(digits) <= MAX_GO_COUNT:  # never turn a huge string into an int
        from ..errors import TsqlError
        raise TsqlError(f"GO {digits}: the count of GO must be a whole number from 1 to {MAX_GO_COUNT:,}; "
                        "repeat the batch fewer times (or loop with WHILE inside the batch).", number=102,
                        severity=15, line=line)
    return int(digits)


def _closed(text: str) -> bool:
    """Whether `text` leaves no string, comment or bracketed name open."""
    try:
        tokenize(text)
    except TokenError:
        return False
    return True


