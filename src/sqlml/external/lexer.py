"""Tokens of T-SQL text for the runtime's small parsers (DECLARE lists, EXEC arguments, blocks).

The tokens come from the one T-SQL tokenizer (tsql/tokens.py); this module adds what the runtime's
parsers need on top: a syntax error for text that cannot be read, top-level splitting.
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


def source(text: str, tokens: list[Token]) -> str:
    """The original text that `tokens` cover (comments inside included)."""
    return text[tokens[0].start:tokens[-1].end] if tokens else ""


__all__ = ["STRING_TYPES", "Token", "VARIABLE", "source",
           "split_top_level", "tokenize"]
