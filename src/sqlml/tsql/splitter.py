"""Statement splitting and classification for one batch.

First version: statements end at semicolons (or the batch's end); `CREATE PROCEDURE` takes
the rest of its batch, as in SQL Server. To be replaced by a splitter that needs no semicolons.
"""
from __future__ import annotations

from sqlglot.tokens import TokenType
from sqlglot.dialects.tsql import TSQL

from .batches import Batch, Statement, StatementKind


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            offsets.append(i + 1)
    return offsets


def classify(text: str) -> StatementKind:
    words = text.split()
    upper = [w.upper().rstrip(";") for w in words[:6]]
    if not upper:
        return StatementKind.PLAIN
    first = upper[0]
    second = upper[1] if len(upper) > 1 else ""
    if first == "DECLARE":
        return StatementKind.DECLARE
    if first == "SET":
        return StatementKind.SET_VARIABLE if second.startswith("@") else StatementKind.SET_OPTION
    if first in ("EXEC", "EXECUTE"):
        return StatementKind.EXEC
    if first == "CREATE" and (second in ("PROC", "PROCEDURE") or upper[1:4] in (["OR", "ALTER", "PROC"], ["OR", "ALTER", "PROCEDURE"])):
        return StatementKind.CREATE_PROCEDURE
    if first == "ALTER" and second in ("PROC", "PROCEDURE"):
        return StatementKind.CREATE_PROCEDURE
    if first == "DROP" and second in ("PROC", "PROCEDURE"):
        return StatementKind.DROP_PROCEDURE
    if first == "INSERT" and any(w in ("EXEC", "EXECUTE") for w in (w.upper() for w in words)):
        return StatementKind.INSERT_EXEC
    if first == "SELECT" and second.startswith("@") and "=" in text:
        return StatementKind.SELECT_ASSIGN
    simple = {
        "PRINT": StatementKind.PRINT, "USE": StatementKind.USE, "RECONFIGURE": StatementKind.RECONFIGURE,
        "COMMIT": StatementKind.COMMIT, "ROLLBACK": StatementKind.ROLLBACK, "RETURN": StatementKind.RETURN,
        "THROW": StatementKind.THROW, "RAISERROR": StatementKind.THROW,
        "IF": StatementKind.BLOCK, "WHILE": StatementKind.BLOCK,
    }
    if first in simple:
        return simple[first]
    if first == "BEGIN" and second in ("TRAN", "TRANSACTION", ""):
        return StatementKind.BEGIN_TRANSACTION
    if first == "BEGIN":
        return StatementKind.BLOCK
    return StatementKind.PLAIN


def split_statements(batch: Batch) -> list[Statement]:
    text = batch.text
    offsets = _line_offsets(text)
    tokens = TSQL.Tokenizer().tokenize(text)
    pieces: list[tuple[int, int]] = []
    start = None
    for token in tokens:
        if start is None:
            if token.token_type == TokenType.SEMICOLON:
                continue
            start = token.start
            if classify(text[start:]) is StatementKind.CREATE_PROCEDURE:
                pieces.append((start, len(text)))
                start = None
                break
        if token.token_type == TokenType.SEMICOLON:
            pieces.append((start, token.start))
            start = None
    if start is not None:
        pieces.append((start, len(text)))
    statements = []
    for begin, end in pieces:
        body = text[begin:end].strip()
        if not body:
            continue
        line_index = max(i for i, off in enumerate(offsets) if off <= begin)
        statements.append(Statement(body, classify(body), batch.line + line_index, begin - offsets[line_index] + 1))
    return statements
