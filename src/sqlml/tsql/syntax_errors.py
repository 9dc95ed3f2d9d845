"""Syntax errors placed and worded as SQL Server's parser words them.

SQL Server names the token where its parser stopped: Msg 156 "Incorrect syntax near the keyword
'FROM'." when that token is one of its reserved keywords (Microsoft's "Reserved keywords
(Transact-SQL)" page lists them), Msg 102 "Incorrect syntax near 'x'." for anything else.

sqlglot reads some statements SQL Server refuses, or stops one token later than SQL Server does,
so a learner's typo would run or be reported at the wrong word. `check_statement` catches those
before sqlglot parses: a trailing comma in a list, a misspelled word where UPDATE needs SET, and
where INSERT needs its source (VALUES, SELECT, EXEC, DEFAULT VALUES).
"""
from __future__ import annotations

from sqlglot.tokens import TokenType

from ..errors import TsqlError
from .tokens import LITERAL_TYPES, VARIABLE, Token, TokenError, tokenize

RESERVED_KEYWORDS = frozenset("""
    ADD ALL ALTER AND ANY AS ASC AUTHORIZATION BACKUP BEGIN BETWEEN BREAK BROWSE BULK BY CASCADE CASE
    CHECK CHECKPOINT CLOSE CLUSTERED COALESCE COLLATE COLUMN COMMIT COMPUTE CONSTRAINT CONTAINS
    CONTAINSTABLE CONTINUE CONVERT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP
    CURRENT_USER CURSOR DATABASE DBCC DEALLOCATE DECLARE DEFAULT DELETE DENY DESC DISK DISTINCT
    DISTRIBUTED DOUBLE DROP DUMP ELSE END ERRLVL ESCAPE EXCEPT EXEC EXECUTE EXISTS EXIT EXTERNAL FETCH
    FILE FILLFACTOR FOR FOREIGN FREETEXT FREETEXTTABLE FROM FULL FUNCTION GOTO GRANT GROUP HAVING
    HOLDLOCK IDENTITY IDENTITY_INSERT IDENTITYCOL IF IN INDEX INNER INSERT INTERSECT INTO IS JOIN KEY
    KILL LEFT LIKE LINENO LOAD MERGE NATIONAL NOCHECK NONCLUSTERED NOT NULL NULLIF OF OFF OFFSETS ON
    OPEN OPENDATASOURCE OPENQUERY OPENROWSET OPENXML OPTION OR ORDER OUTER OVER PERCENT PIVOT PLAN
    PRECISION PRIMARY PRINT PROC PROCEDURE PUBLIC RAISERROR READ READTEXT RECONFIGURE REFERENCES
    REPLICATION RESTORE RESTRICT RETURN REVERT REVOKE RIGHT ROLLBACK ROWCOUNT ROWGUIDCOL RULE SAVE
    SCHEMA SECURITYAUDIT SELECT SEMANTICKEYPHRASETABLE SEMANTICSIMILARITYDETAILSTABLE
    SEMANTICSIMILARITYTABLE SESSION_USER SET SETUSER SHUTDOWN SOME STATISTICS SYSTEM_USER TABLE
    TABLESAMPLE TEXTSIZE THEN TO TOP TRAN TRANSACTION TRIGGER TRUNCATE TRY_CONVERT TSEQUAL UNION UNIQUE
    UNPIVOT UPDATE UPDATETEXT USE USER VALUES VARYING VIEW WAITFOR WHEN WHERE WHILE WITH WRITETEXT
""".split())

# Words that end a list: a comma right before one of them (or before `)` or another comma) is a
# trailing comma, which SQL Server refuses and DuckDB accepts.
_LIST_ENDERS = frozenset({"FROM", "WHERE", "GROUP", "ORDER", "HAVING", "UNION", "EXCEPT", "INTERSECT",
                          "INTO", "ON", "JOIN", "OPTION"})
# Statements that open with a word SQL Server does not reserve.
_OTHER_STATEMENT_WORDS = frozenset({"THROW", "ENABLE", "DISABLE", "SEND", "RECEIVE", "GET", "MOVE", "END"})
# What may follow INSERT's target and column list.
_INSERT_SOURCES = frozenset({"VALUES", "SELECT", "EXEC", "EXECUTE", "DEFAULT", "OUTPUT", "WITH"})


def is_bare_word(token: Token) -> bool:
    """A keyword or an unquoted name: not a string, a variable or a [quoted] name."""
    return (token.type not in LITERAL_TYPES and token.type is not VARIABLE
            and token.type is not TokenType.IDENTIFIER and (token.text[:1].isalpha() or token.text[:1] == "_"))


def near_message(shown: str, *, keyword: bool) -> tuple[int, str]:
    """SQL Server's (number, text) for a syntax error at the token `shown`."""
    if keyword:
        return 156, f"Incorrect syntax near the keyword '{shown}'."
    return 102, f"Incorrect syntax near '{shown}'."


def near_error(shown: str, line: int, column: int, *, keyword: bool | None = None) -> TsqlError:
    """Msg 156 or 102 at a token; `keyword` None: decided by the reserved keywords list."""
    if keyword is None:
        keyword = shown.upper() in RESERVED_KEYWORDS
    number, text = near_message(shown, keyword=keyword)
    return TsqlError(text, number=number, severity=15, line=line, column=column)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def error_at_token(text: str, token: Token) -> TsqlError:
    line, column = _position(text, token.start)
    return near_error(text[token.start:token.end], line, column,
                      keyword=is_bare_word(token) and token.upper in RESERVED_KEYWORDS)


def check_statement(text: str) -> None:
    """Raise SQL Server's error for what it refuses in one statement and sqlglot would read."""
    try:
        tokens = tokenize(text)
    except TokenError:
        return   # an unclosed string or comment: the parser reports it
    # A table definition (CREATE TABLE, DECLARE @t TABLE) may end its column list with a comma:
    # SQL Server accepts `(a INT, b INT,)` there.
    definition = bool(tokens) and tokens[0].is_word("CREATE", "ALTER", "DECLARE")
    for index, token in enumerate(tokens[:-1]):
        if token.type is TokenType.COMMA:
            following = tokens[index + 1]
            if ((following.type is TokenType.R_PAREN and not definition) or following.type is TokenType.COMMA
                    or (is_bare_word(following) and following.upper in _LIST_ENDERS)):
                raise error_at_token(text, following)
    if tokens and tokens[0].is_word("UPDATE"):
        _check_update(text, tokens)
    if tokens and tokens[0].is_word("INSERT"):
        _check_insert(text, tokens)


def _skip_parenthesized(tokens: list[Token], i: int) -> int:
    """The index after the parenthesized group opening at i (i itself when no `(` is there)."""
    if i >= len(tokens) or tokens[i].type is not TokenType.L_PAREN:
        return i
    depth = 0
    while i < len(tokens):
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(tokens[i].type, 0)
        i += 1
        if depth == 0:
            break
    return i


def _skip_name(tokens: list[Token], i: int) -> int:
    """The index after a (multi-part, #temp or @variable) object name starting at i."""
    while i < len(tokens) and tokens[i].type is TokenType.HASH:
        i += 1
    if i < len(tokens) and tokens[i].type not in (TokenType.L_PAREN, TokenType.R_PAREN, TokenType.COMMA):
        i += 1
    while i + 1 < len(tokens) and tokens[i].type is TokenType.DOT:
        i += 1
        if tokens[i].type is not TokenType.DOT:   # database..table names no schema: one more dot
            i += 1
    return i


def _check_update(text: str, tokens: list[Token]) -> None:
    """UPDATE [TOP (n) [PERCENT]] target [WITH (hints)] SET ...: a word in SET's place is the error."""
    i = 1
    if i < len(tokens) and tokens[i].is_word("STATISTICS"):
        return   # UPDATE STATISTICS: another statement
    if i < len(tokens) and tokens[i].is_word("TOP"):
        i = _skip_parenthesized(tokens, i + 1)
        if i < len(tokens) and tokens[i].is_word("PERCENT"):
            i += 1
    i = _skip_name(tokens, i)
    if i < len(tokens) and tokens[i].is_word("WITH"):
        i = _skip_parenthesized(tokens, i + 1)
    if i < len(tokens) and is_bare_word(tokens[i]) and not tokens[i].is_word("SET"):
        raise error_at_token(text, tokens[i])


def _check_insert(text: str, tokens: list[Token]) -> None:
    """INSERT [TOP (n)] [INTO] target [WITH (hints)] [(columns)] source: a word in the source's place."""
    i = 1
    if i < len(tokens) and tokens[i].is_word("TOP"):
        i = _skip_parenthesized(tokens, i + 1)
        if i < len(tokens) and tokens[i].is_word("PERCENT"):
            i += 1
    if i < len(tokens) and tokens[i].is_word("INTO"):
        i += 1
    i = _skip_name(tokens, i)
    if i < len(tokens) and tokens[i].is_word("WITH") and i + 1 < len(tokens) and tokens[i + 1].type is TokenType.L_PAREN:
        i = _skip_parenthesized(tokens, i + 1)
    i = _skip_parenthesized(tokens, i)   # the column list
    if i < len(tokens) and is_bare_word(tokens[i]) and tokens[i].upper not in _INSERT_SOURCES:
        raise error_at_token(text, tokens[i])


def check_statement_start(text: str, *, first_in_batch: bool) -> None:
    """A statement after the first of its batch that opens with a name (not a keyword): SQL Server
    runs a procedure without EXEC only as the batch's first statement, elsewhere the name is the error."""
    if first_in_batch:
        return
    try:
        tokens = tokenize(text)
    except TokenError:
        return
    if (tokens and is_bare_word(tokens[0]) and tokens[0].type is TokenType.VAR
            and tokens[0].upper not in RESERVED_KEYWORDS and tokens[0].upper not in _OTHER_STATEMENT_WORDS
            and not (len(tokens) > 1 and tokens[1].type is TokenType.COLON)):   # a GOTO label
        raise error_at_token(text, tokens[0])
