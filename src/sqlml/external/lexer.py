"""Tokens of T-SQL text for the runtime's small parsers (DECLARE lists, EXEC arguments, blocks).

sqlglot's T-SQL tokenizer does the hard part (strings, comments, brackets); this module only
reshapes its tokens: `@name` becomes one VARIABLE token and positions become [start, end).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlglot.dialects.tsql import TSQL
from sqlglot.errors import TokenError
from sqlglot.tokens import TokenType

from ..errors import TsqlError

VARIABLE = "VARIABLE"
STRING_TYPES = (TokenType.STRING, TokenType.NATIONAL_STRING)


class _Tokenizer(TSQL.Tokenizer):
    # sqlglot reads the rest of a PRINT (or END ...) as one opaque string; we need its tokens.
    COMMANDS: set = set()


@dataclass(frozen=True)
class Token:
    type: object          # a sqlglot TokenType, or VARIABLE
    text: str             # for strings their value, for variables `@name`, else the source text
    start: int            # offset in the tokenized text
    end: int              # exclusive

    @property
    def upper(self) -> str:
        return self.text.upper()

    def is_word(self, *words: str) -> bool:
        """A keyword or bare name spelled as one of `words` (never a string or a quoted name)."""
        return self.type not in STRING_TYPES and self.type is not VARIABLE and self.upper in words

    @property
    def is_string(self) -> bool:
        return self.type in STRING_TYPES


def tokenize(text: str) -> list[Token]:
    try:
        raw = _Tokenizer().tokenize(text)
    except TokenError as error:
        raise TsqlError(f"Incorrect syntax: {error}", number=102, severity=15) from None
    tokens: list[Token] = []
    i = 0
    while i < len(raw):
        tok = raw[i]
        if tok.token_type == TokenType.PARAMETER and i + 1 < len(raw) and raw[i + 1].start == tok.end + 1:
            name = raw[i + 1]
            # `@@TRANCOUNT` arrives as '@', '@', 'TRANCOUNT'.
            if name.token_type == TokenType.PARAMETER and i + 2 < len(raw):
                tokens.append(Token(VARIABLE, "@@" + raw[i + 2].text, tok.start, raw[i + 2].end + 1))
                i += 3
                continue
            tokens.append(Token(VARIABLE, "@" + name.text, tok.start, name.end + 1))
            i += 2
            continue
        tokens.append(Token(tok.token_type, tok.text, tok.start, tok.end + 1))
        i += 1
    return tokens


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
