"""The one T-SQL tokenizer: the statement splitter, the batch splitter, the runtime's small parsers
(external/lexer.py), the nesting and IN-list limits (limits.py) and the `%%tsql` magic all read T-SQL
through it.

sqlglot's T-SQL tokenizer does the hard part (strings, nested block comments, `[brackets]`,
"quoted" names); `tokenize` reshapes its tokens: `@name` and `@@name` become one VARIABLE token,
and positions become [start, end) offsets in the text.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlglot.dialects.tsql import TSQL
from sqlglot.errors import TokenError
from sqlglot.tokens import TokenType

VARIABLE = "VARIABLE"
# Character strings ('...' and N'...'): `Token.is_string`. A hex literal (0x0102) is a value the
# runtime evaluates, not text.
STRING_TYPES = frozenset({TokenType.STRING, TokenType.NATIONAL_STRING})
# Every kind of quoted literal: none of them can hold a keyword.
LITERAL_TYPES = STRING_TYPES | {TokenType.HEX_STRING, TokenType.BIT_STRING, TokenType.BYTE_STRING,
                                TokenType.RAW_STRING, TokenType.HEREDOC_STRING, TokenType.UNICODE_STRING}


class Tokenizer(TSQL.Tokenizer):
    # sqlglot reads the rest of a statement after END or PRINT (at a statement's start) as one
    # opaque string; every reader here needs every token.
    COMMANDS: set = set()


@dataclass(frozen=True)
class Token:
    type: object          # a sqlglot TokenType, or VARIABLE
    text: str             # for strings their value, for variables `@name` / `@@name`, else the source text
    start: int            # offset in the tokenized text
    end: int              # exclusive

    @property
    def upper(self) -> str:
        return self.text.upper()

    def is_word(self, *words: str) -> bool:
        """A keyword or bare name spelled as one of `words` (never a string or a quoted name)."""
        return self.type not in LITERAL_TYPES and self.type is not VARIABLE and self.upper in words

    @property
    def is_string(self) -> bool:
        return self.type in STRING_TYPES

    @property
    def is_system_variable(self) -> bool:
        return self.type is VARIABLE and self.text.startswith("@@")


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`. Raises sqlglot's TokenError for a string, name or comment left open
    (each caller turns it into its own message)."""
    raw = Tokenizer().tokenize(text)
    tokens: list[Token] = []
    i = 0
    while i < len(raw):
        tok = raw[i]
        if tok.token_type == TokenType.PARAMETER and i + 1 < len(raw) and raw[i + 1].start == tok.end + 1:
            name = raw[i + 1]
            # `@@TRANCOUNT` arrives as '@', '@', 'TRANCOUNT'.
            if name.token_type == TokenType.PARAMETER and i + 2 < len(raw) and raw[i + 2].start == name.end + 1:
                tokens.append(Token(VARIABLE, "@@" + raw[i + 2].text, tok.start, raw[i + 2].end + 1))
                i += 3
                continue
            if name.token_type != TokenType.PARAMETER:
                tokens.append(Token(VARIABLE, "@" + name.text, tok.start, name.end + 1))
                i += 2
                continue
        tokens.append(Token(tok.token_type, tok.text, tok.start, tok.end + 1))
        i += 1
    return tokens


def left_open(text: str) -> int | None:
    """Where the string, quoted name or comment that `text` leaves open begins (the offset of its quote,
    bracket or `/*`; of the N of N'...), or None when the tokenizer reads it all. The tokenizer knows:
    it was reading that token when the text ended."""
    tokenizer = Tokenizer()
    try:
        tokenizer.tokenize(text)
    except TokenError:
        start = getattr(getattr(tokenizer, "_core", tokenizer), "_start", None)
        return start if isinstance(start, int) and 0 <= start < len(text) else None
    return None


__all__ = ["LITERAL_TYPES", "STRING_TYPES", "Token", "TokenError", "Tokenizer", "VARIABLE", "left_open", "tokenize"]
