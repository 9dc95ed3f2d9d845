"""Tokens of T-SQL text for the runtime's small parsers (DECLARE lists, EXEC arguments, blocks).

The tokens come from the one T-SQL tokenizer (tsql/tokens.py); this module adds what the runtime's
parsers need on top: a syntax error for text that cannot be read, top-level splitting, BEGIN/END
matching.
"""
from __future__ import annotations

from sqlglot.tokens import TokenType

from ..errors import TsqlError
from ..tsql.tokens import STRING_TYPES, VARIABLE, Token, TokenError
from ..tsql.tokens import tokenize as _tokenize


def tokenize(text: str) -> list[Token]:
    try:
        return _tokenize(text)
    except TokenError as error:
        raise TsqlError(f"Incorrect syntax: {error}", number=102, severity=15) from None


def split_top_level(tokens: list[Token], separator=TokenType.COMMA) -> list[list[Token]]:
    """Cut `tokens` at separators outside parentheses."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for tok in tokens:
        if tok.type == TokenType.L_PAREN:
            depth += 1
        elif tok.type == TokenType.R_PAREN:
            depth -= 1
        if depth == 0 and tok.type == separator:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


def opens_block(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] opens something that a later END closes (BEGIN ... END, CASE ... END)."""
    tok = tokens[i]
    if tok.is_word("CASE"):
        return True
    if not tok.is_word("BEGIN"):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (after is not None and after.is_word("TRAN", "TRANSACTION", "DISTRIBUTED", "DIALOG", "CONVERSATION"))


def matching_end(tokens: list[Token], i: int) -> int:
    """The index of the END that closes the BEGIN (or CASE) at tokens[i]."""
    depth = 0
    for j in range(i, len(tokens)):
        if opens_block(tokens, j):
            depth += 1
        elif tokens[j].is_word("END"):
            depth -= 1
            if depth == 0:
                return j
    raise TsqlError("Incorrect syntax near the end of the batch: a BEGIN has no matching END.",
                    number=102, severity=15)


def source(text: str, tokens: list[Token]) -> str:
    """The original text that `tokens` cover (comments inside included)."""
    return text[tokens[0].start:tokens[-1].end] if tokens else ""


__all__ = ["STRING_TYPES", "Token", "VARIABLE", "matching_end", "opens_block", "source",
           "split_top_level", "tokenize"]
