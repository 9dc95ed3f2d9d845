"""Cut one T-SQL batch into statements and classify them.

T-SQL needs no semicolons, so a statement ends where the next one can start: at a
statement-opening keyword (SELECT, SET, EXEC, ...) at parenthesis depth 0 that cannot continue
the statement read so far (`INSERT ... SELECT`, `SELECT ... UNION SELECT`, `UPDATE ... SET`,
`WITH cte AS (...) SELECT`, `EXEC ... WITH RESULT SETS`, `ON DELETE SET NULL` continue it).
Control flow (`IF`/`ELSE`, `WHILE`, `BEGIN ... END`, `BEGIN TRY ... END CATCH`) is read
recursively and returned as one BLOCK statement; `split_block` opens it.
`CREATE PROCEDURE`, `FUNCTION`, `TRIGGER` and `VIEW` take the rest of the batch, as in SQL Server.

The tokens come from the one T-SQL tokenizer (tokens.py, on sqlglot's), so comments, strings,
`[bracketed]` and "quoted" identifiers never look like keywords.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from sqlglot.tokens import TokenType

from ..errors import TsqlError
from .batches import Batch, Statement, StatementKind
from .syntax_errors import RESERVED_KEYWORDS, near_error
from .tokens import LITERAL_TYPES, VARIABLE, TokenError, left_open, tokenize

# Words that can open a statement.
_STARTS = frozenset("""
    SELECT INSERT UPDATE DELETE MERGE CREATE ALTER DROP TRUNCATE DECLARE SET EXEC EXECUTE PRINT
    USE IF WHILE BEGIN COMMIT ROLLBACK SAVE RETURN THROW RAISERROR RECONFIGURE WITH GRANT REVOKE
    DENY BREAK CONTINUE GOTO WAITFOR BULK DBCC OPEN CLOSE FETCH DEALLOCATE KILL CHECKPOINT
""".split())
# Object kinds whose CREATE takes the rest of the batch (SQL Server: "must be the first
# statement in a query batch"; the body runs to the batch's end).
_WHOLE_BATCH_OBJECTS = frozenset({"PROC", "PROCEDURE", "FUNCTION", "TRIGGER", "VIEW"})
# `DROP TABLE IF EXISTS`: IF after one of these continues the statement.
_OBJECT_WORDS = frozenset("""
    TABLE VIEW PROC PROCEDURE FUNCTION SCHEMA INDEX TRIGGER COLUMN CONSTRAINT DATABASE TYPE
    SEQUENCE SYNONYM USER ROLE STATISTICS
""".split())
_SET_OPERATORS = frozenset({"UNION", "ALL", "EXCEPT", "INTERSECT"})
# Statements that open with a word _STARTS does not list (refused by name by the translator).
_NOT_PROCEDURES = frozenset({"ENABLE", "DISABLE", "SAVE", "VALUES", "TABLE"})


@dataclass(frozen=True)
class _Token:
    kind: str      # "word" (keyword or plain name), "name" (quoted/qualified/temp name), "var",
    #                "sysvar", "string", "number", "punct"
    text: str      # upper case for words
    start: int     # offsets in the batch text, end exclusive
    end: int


@dataclass(frozen=True)
class Block:
    """The parts of a BLOCK statement, each part a statement placed in the whole script.

    - `IF cond body [ELSE orelse]`: condition is the search condition (kind PLAIN).
    - `WHILE cond body`.
    - `BEGIN ... END`: body.
    - `BEGIN TRY ... END TRY BEGIN CATCH ... END CATCH`: body is the TRY part, orelse the CATCH part.

    A body that is one `BEGIN ... END` is opened: `body` lists the statements inside it.
    """

    keyword: str                      # "IF", "WHILE", "BEGIN" or "TRY"
    condition: Statement | None
    body: list[Statement] = field(default_factory=list)
    orelse: list[Statement] = field(default_factory=list)


@dataclass
class _Node:
    start: int
    end: int
    kind: StatementKind
    keyword: str = ""
    condition: tuple[int, int] | None = None
    body: list["_Node"] = field(default_factory=list)
    orelse: list["_Node"] = field(default_factory=list)
    grouping: bool = False   # a plain BEGIN ... END


def syntax_error(text: str, line: int, column: int) -> TsqlError:
    return TsqlError(text, number=102, severity=15, line=line, column=column)


# -- tokens ------------------------------------------------------------------------------------

def _tokens(text: str, where) -> list[_Token]:
    """The splitter's view of the one tokenizer's tokens (tsql/tokens.py): kinds, upper-case words,
    `#temp` names joined."""
    try:
        source = tokenize(text)
    except TokenError:
        raise _unclosed_error(text, where) from None
    tokens: list[_Token] = []
    i = 0
    while i < len(source):
        token = source[i]
        kind, value, start, end = "punct", token.text, token.start, token.end
        if token.type is VARIABLE:
            kind, value = ("sysvar" if token.is_system_variable else "var"), token.text.lstrip("@")
        elif token.type == TokenType.PARAMETER:
            kind = "var"      # a lone '@'
        elif token.type == TokenType.HASH:
            kind = "name"
            j = i + 1
            while j < len(source) and source[j].start == end and source[j].type != TokenType.L_PAREN:
                end = source[j].end
                i = j
                if source[j].type != TokenType.HASH:
                    break
                j += 1
            value = text[start:end]
        elif token.type == TokenType.IDENTIFIER:
            kind = "name"
        elif token.type in LITERAL_TYPES:
            kind = "string"
        elif token.type == TokenType.NUMBER:
            kind = "number"
        elif value[:1].isalpha() or value[:1] == "_":
            previous = tokens[-1] if tokens else None
            qualified = previous is not None and previous.text == "." and previous.end == start
            kind, value = ("name", value) if qualified else ("word", value.upper())
        tokens.append(_Token(kind, value, start, end))
        i += 1
    return tokens


def _unclosed_error(text: str, where) -> TsqlError:
    """SQL Server's Msg 105 for a string literal (or bracket) left open, Msg 113 for a comment, at the
    place the one tokenizer was reading when the text ended (tokens.left_open)."""
    start = left_open(text)
    if start is not None and text[start] in "Nn" and text.startswith("'", start + 1):
        start += 1   # N'...: the quote
    if start is None or not (text.startswith("/*", start) or text[start] in "'[\""):
        line, column = where(0)
        return syntax_error("Incorrect syntax: the batch cannot be read as T-SQL.", line, column)
    line, column = where(start)
    if text.startswith("/*", start):
        return TsqlError("Missing end comment mark '*/'.", number=113, severity=15, line=line, column=column)
    what = "quotation mark" if text[start] != "[" else "bracket"
    rest = text[start + 1:].splitlines()[0] if text[start + 1:] else ""
    return TsqlError(f"Unclosed {what} after the character string '{rest}'.", number=105, severity=15,
                     line=line, column=column)


# -- the reader --------------------------------------------------------------------------------

class _Reader:
    def __init__(self, text: str, tokens: list[_Token], where) -> None:
        self.text = text
        self.tokens = tokens
        self.where = where

    # helpers
    def word(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) and self.tokens[i].kind == "word" else ""

    def punct(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) and self.tokens[i].kind == "punct" else ""

    def error_at(self, i: int, text: str | None = None) -> TsqlError:
        token = self.tokens[min(i, len(self.tokens) - 1)]
        line, column = self.where(token.start)
        if text is None:
            shown = self.text[token.start:token.end]
            return near_error(shown, line, column, keyword=token.kind == "word" and shown.upper() in RESERVED_KEYWORDS)
        return syntax_error(text, line, column)

    def skip_semicolons(self, i: int) -> int:
        while self.punct(i) == ";":
            i += 1
        return i

    # statements
    def read_all(self) -> list[_Node]:
        nodes, i = [], 0
        while True:
            i = self.skip_semicolons(i)
            if i >= len(self.tokens):
                return nodes
            if self.word(i) in ("END", "ELSE"):
                raise self.error_at(i)
            start = i
            node, i = self.read_statement(i)
            if not nodes and node.kind is StatementKind.PLAIN and self.names_a_procedure(start):
                node.kind = StatementKind.EXEC   # `proc args` opening a batch: SQL Server runs it as EXEC
            nodes.append(node)

    def names_a_procedure(self, i: int) -> bool:
        """Whether the statement at i opens with a procedure's name: a name that is no statement keyword
        (SQL Server lets the first statement of a batch call a procedure without EXECUTE)."""
        token = self.tokens[i]
        if token.kind == "name":
            return True
        return token.kind == "word" and token.text not in _STARTS and token.text not in _NOT_PROCEDURES \
            and self.punct(i + 1) not in (":", "(", "=")

    def read_statement(self, i: int) -> tuple[_Node, int]:
        """One statement starting at token i; returns it and the index after it."""
        head = self.word(i)
        if head == "IF":
            return self.read_if(i)
        if head == "WHILE":
            condition_end = self.condition_end(i + 1)
            body, j = self.read_body(condition_end, i)
            return _Node(self.tokens[i].start, self.tokens[j - 1].end, StatementKind.BLOCK, "WHILE",
                         (i + 1, condition_end), body), j
        if head == "BEGIN" and self.word(i + 1) not in ("TRAN", "TRANSACTION", "DISTRIBUTED"):
            if self.word(i + 1) == "TRY":
                return self.read_try(i)
            body, j = self.read_until_end(i + 1, i)
            node = _Node(self.tokens[i].start, self.tokens[j - 1].end, StatementKind.BLOCK, "BEGIN", None, body)
            node.grouping = True
            return node, j
        if self.whole_batch(i):
            return _Node(self.tokens[i].start, self.tokens[-1].end, StatementKind.CREATE_PROCEDURE
                         if self.is_procedure(i) else StatementKind.PLAIN), len(self.tokens)
        return self.read_simple(i)

    def read_if(self, i: int) -> tuple[_Node, int]:
        condition_end = self.condition_end(i + 1)
        body, j = self.read_body(condition_end, i)
        orelse: list[_Node] = []
        k = self.skip_semicolons(j)
        if self.word(k) == "ELSE":
            orelse, j = self.read_body(k + 1, k)
        node = _Node(self.tokens[i].start, self.tokens[j - 1].end, StatementKind.BLOCK, "IF",
                     (i + 1, condition_end), body, orelse)
        return node, j

    def read_body(self, i: int, owner: int) -> tuple[list[_Node], int]:
        i = self.skip_semicolons(i)
        if i >= len(self.tokens) or self.word(i) in ("END", "ELSE"):
            raise self.error_at(i if i < len(self.tokens) else owner,
                                None if i < len(self.tokens) else
                                f"Incorrect syntax: {self.word(owner)} has no statement to run.")
        node, j = self.read_statement(i)
        return [node], j

    def read_until_end(self, i: int, owner: int, closer: str = "") -> tuple[list[_Node], int]:
        """Statements up to the matching END [closer]; returns them and the index after END."""
        nodes: list[_Node] = []
        while True:
            i = self.skip_semicolons(i)
            if i >= len(self.tokens):
                opener = "BEGIN " + closer if closer else "BEGIN"
                raise self.error_at(owner, f"Incorrect syntax: {opener.strip()} has no matching END{' ' + closer if closer else ''}.")
            if self.word(i) == "END":
                if closer:
                    if self.word(i + 1) != closer:
                        raise self.error_at(i + 1 if i + 1 < len(self.tokens) else i)
                    return nodes, i + 2
                return nodes, i + 1
            if self.word(i) == "ELSE":
                raise self.error_at(i)
            start = i
            node, i = self.read_statement(i)
            if not nodes and node.kind is StatementKind.PLAIN and self.names_a_procedure(start):
                node.kind = StatementKind.EXEC   # `proc args` opening a batch: SQL Server runs it as EXEC
            nodes.append(node)

    def read_try(self, i: int) -> tuple[_Node, int]:
        body, j = self.read_until_end(i + 2, i, "TRY")
        j = self.skip_semicolons(j)
        if not (self.word(j) == "BEGIN" and self.word(j + 1) == "CATCH"):
            raise self.error_at(j if j < len(self.tokens) else i,
                                None if j < len(self.tokens) else "Incorrect syntax: END TRY must be followed by BEGIN CATCH.")
        handler, k = self.read_until_end(j + 2, j, "CATCH")
        return _Node(self.tokens[i].start, self.tokens[k - 1].end, StatementKind.BLOCK, "TRY", None, body,
                     handler), k

    def condition_end(self, i: int) -> int:
        """The index of the first statement keyword after an IF/WHILE search condition."""
        depth, cases, start = 0, 0, i
        while i < len(self.tokens):
            punct, word = self.punct(i), self.word(i)
            if punct == "(":
                depth += 1
            elif punct == ")":
                depth -= 1
            elif depth == 0 and word == "CASE":
                cases += 1
            elif depth == 0 and word == "END" and cases:
                cases -= 1
            elif depth == 0 and cases == 0 and word in _STARTS and i > start:
                # UPDATE(col) in a trigger's condition is a function, not a statement.
                if not (word == "UPDATE" and self.punct(i + 1) == "("):
                    return i
            i += 1
        raise self.error_at(start - 1, f"Incorrect syntax: {self.word(start - 1)} has no statement to run.")

    def whole_batch(self, i: int) -> bool:
        head = self.word(i)
        if head == "CREATE" and self.word(i + 1) == "OR" and self.word(i + 2) == "ALTER":
            return self.word(i + 3) in _WHOLE_BATCH_OBJECTS
        return head in ("CREATE", "ALTER") and self.word(i + 1) in _WHOLE_BATCH_OBJECTS

    def is_procedure(self, i: int) -> bool:
        words = {self.word(i + 1), self.word(i + 3)}
        return bool(words & {"PROC", "PROCEDURE"})

    def is_cte(self, i: int) -> bool:
        """Whether the WITH at i opens a common table expression: WITH name [(cols)] AS (."""
        j = i + 1
        if j >= len(self.tokens) or self.tokens[j].kind not in ("word", "name"):
            return False
        j += 1
        if self.punct(j) == "(":
            depth = 0
            while j < len(self.tokens):
                depth += {"(": 1, ")": -1}.get(self.punct(j), 0)
                j += 1
                if depth == 0:
                    break
        return self.word(j) == "AS" and self.punct(j + 1) == "("

    def read_simple(self, i: int) -> tuple[_Node, int]:
        head = self.word(i)
        first = i
        if head == "WITH" and not self.is_cte(i):
            raise self.error_at(i)
        in_cte = head == "WITH"
        source_seen = False      # INSERT: its VALUES/SELECT/EXEC source has begun
        set_seen = False         # UPDATE: its SET has been read
        on_seen = False          # GRANT/REVOKE/DENY: the permission list is over
        depth = cases = 0
        j = i + 1
        while j < len(self.tokens):
            token = self.tokens[j]
            if token.kind == "punct":
                if token.text == "(":
                    depth += 1
                elif token.text == ")":
                    depth -= 1
                elif token.text == ";" and depth <= 0:
                    break
                j += 1
                continue
            if depth > 0 or token.kind != "word":
                j += 1
                continue
            word = token.text
            if word == "CASE":
                cases += 1
            elif word == "END":
                if not cases:
                    break
                cases -= 1
            elif word == "ELSE" and not cases:
                break
            elif word == "ON":
                on_seen = True
            elif head == "INSERT" and word in ("VALUES", "DEFAULT"):
                source_seen = True
            if word in _STARTS and not cases:
                previous = self.word(j - 1)
                if in_cte:
                    # The statement the common table expressions belong to.
                    if word in ("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE") and self.punct(j - 1) == ")":
                        in_cte, head = False, word
                        j += 1
                        continue
                    break
                if not self.continues(head, word, j, previous, source_seen, set_seen, on_seen):
                    break
                if head == "INSERT" and word in ("SELECT", "EXEC", "EXECUTE", "WITH"):
                    source_seen = True
                if head == "UPDATE" and word == "SET":
                    set_seen = True
            j += 1
        end = self.tokens[j - 1].end
        # A trailing semicolon belongs to no statement.
        while end > self.tokens[first].start and self.text[end - 1] == ";":
            end -= 1
        return _Node(self.tokens[first].start, end, self.classify(first, head)), j

    def continues(self, head: str, word: str, j: int, previous: str, source_seen: bool, set_seen: bool,
                  on_seen: bool) -> bool:
        """Whether a statement keyword at j belongs to the statement opened by `head`."""
        following = self.word(j + 1)
        if head == "MERGE":
            return True  # T-SQL requires MERGE to end with a semicolon
        if word == "WITH":
            return not self.is_cte(j)  # WITH RESULT SETS, WITH (NOLOCK), WITH OVERRIDE, WITH TIES
        if word == "SELECT" and previous in _SET_OPERATORS:
            return True
        if head == "INSERT" and not source_seen and word in ("SELECT", "EXEC", "EXECUTE"):
            return True
        if head == "UPDATE" and word == "SET" and not set_seen:
            return True
        if head == "DECLARE" and word == "SELECT" and previous == "FOR":
            return True  # DECLARE c CURSOR FOR SELECT ...
        if word in ("DELETE", "UPDATE") and previous == "ON":
            return True  # ON DELETE CASCADE
        if word == "SET" and previous in ("DELETE", "UPDATE") and self.word(j - 2) == "ON":
            return True  # ON DELETE SET NULL
        if word == "IF" and following == "EXISTS" and previous in _OBJECT_WORDS:
            return True  # DROP TABLE IF EXISTS
        if word == "FETCH" and previous in ("ROWS", "ROW"):
            return True  # OFFSET n ROWS FETCH NEXT m ROWS ONLY
        if head == "ALTER" and (word in ("ALTER", "DROP") and following in ("COLUMN", "CONSTRAINT", "INDEX")
                                or word == "SET"):
            return True
        if head in ("GRANT", "REVOKE", "DENY") and not on_seen:
            return True
        if head == "DELETE" and word == "TOP":
            return True
        return False

    def classify(self, i: int, head: str) -> StatementKind:
        following = self.word(i + 1)
        if head == "SELECT":
            return StatementKind.SELECT_ASSIGN if self.assigns(i + 1) else StatementKind.PLAIN
        if head == "INSERT":
            depth, j = 0, i + 1
            while j < len(self.tokens):
                depth += {"(": 1, ")": -1}.get(self.punct(j), 0)
                if depth == 0 and self.word(j) in ("SELECT", "VALUES", "DEFAULT", "WITH"):
                    return StatementKind.PLAIN
                if depth == 0 and self.word(j) in ("EXEC", "EXECUTE"):
                    return StatementKind.INSERT_EXEC
                j += 1
            return StatementKind.PLAIN
        if head == "SET":
            return StatementKind.SET_VARIABLE if self.tokens[i + 1].kind == "var" else StatementKind.SET_OPTION
        if head == "DROP" and following in ("PROC", "PROCEDURE"):
            return StatementKind.DROP_PROCEDURE
        if head == "BEGIN":
            return StatementKind.BEGIN_TRANSACTION
        return _SIMPLE_KINDS.get(head, StatementKind.PLAIN)

    def assigns(self, i: int) -> bool:
        """Whether a SELECT list (starting at token i) opens with `@v =` (after DISTINCT/TOP)."""
        if self.word(i) in ("ALL", "DISTINCT"):
            i += 1
        if self.word(i) == "TOP":
            i += 1
            if self.punct(i) == "(":
                depth = 0
                while i < len(self.tokens):
                    depth += {"(": 1, ")": -1}.get(self.punct(i), 0)
                    i += 1
                    if depth == 0:
                        break
            else:
                i += 1
            while self.word(i) in ("PERCENT", "WITH", "TIES"):
                i += 1
        if i >= len(self.tokens) or self.tokens[i].kind != "var":
            return False
        operator = self.punct(i + 1)
        return operator == "=" or (operator in ("+", "-", "*", "/", "%", "&", "|", "^") and self.punct(i + 2) == "=")


_SIMPLE_KINDS = {
    "DECLARE": StatementKind.DECLARE, "EXEC": StatementKind.EXEC, "EXECUTE": StatementKind.EXEC,
    "PRINT": StatementKind.PRINT, "USE": StatementKind.USE, "RECONFIGURE": StatementKind.RECONFIGURE,
    "COMMIT": StatementKind.COMMIT, "ROLLBACK": StatementKind.ROLLBACK, "RETURN": StatementKind.RETURN,
    "THROW": StatementKind.THROW, "RAISERROR": StatementKind.THROW, "BREAK": StatementKind.BREAK,
    "CONTINUE": StatementKind.CONTINUE,
}


# -- positions and the public functions --------------------------------------------------------

def _locator(text: str, line: int, column: int):
    """A function from an offset in `text` to (line, column) in the whole script."""
    starts = [0]
    for index, ch in enumerate(text):
        if ch == "\n":
            starts.append(index + 1)

    def where(offset: int) -> tuple[int, int]:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        in_line = offset - starts[lo]
        return line + lo, (column + in_line if lo == 0 else in_line + 1)
    return where


def _statement(text: str, node: _Node, where) -> Statement:
    line, column = where(node.start)
    return Statement(text[node.start:node.end].rstrip(), node.kind, line, column)


def _read(text: str, line: int, column: int) -> tuple[_Reader, list[_Node]]:
    where = _locator(text, line, column)
    reader = _Reader(text, _tokens(text, where), where)
    return reader, reader.read_all()


def split_statements(batch: Batch) -> list[Statement]:
    """The statements of one batch, in order, each placed in the whole script."""
    return list(_split_cached(batch.text, batch.line, getattr(batch, "column", 1)))


@functools.lru_cache(maxsize=256)
def _split_cached(text: str, line: int, column: int) -> tuple[Statement, ...]:
    # Notebooks and procedures run the same batches again and again: read each once.
    reader, nodes = _read(text, line, column)
    return tuple(_statement(text, node, reader.where) for node in nodes)


def split_block(statement: Statement) -> Block:
    """The condition and bodies of a BLOCK statement (IF, WHILE, BEGIN ... END, TRY ... CATCH)."""
    if statement.kind is not StatementKind.BLOCK:
        raise ValueError(f"not a BLOCK statement: {statement.kind.value}")
    text = statement.text
    reader, nodes = _read(text, statement.line, statement.column)
    node = nodes[0]
    condition = None
    if node.condition is not None:
        first, stop = node.condition
        start, end = reader.tokens[first].start, reader.tokens[stop - 1].end
        line, column = reader.where(start)
        condition = Statement(text[start:end], StatementKind.PLAIN, line, column)

    def opened(parts: list[_Node]) -> list[Statement]:
        if len(parts) == 1 and parts[0].grouping and node.keyword in ("IF", "WHILE"):
            parts = parts[0].body
        return [_statement(text, part, reader.where) for part in parts]

    return Block(node.keyword, condition, opened(node.body), opened(node.orelse))
