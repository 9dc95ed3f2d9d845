"""Limits the embedded engine states instead of running for minutes or failing in Python,
checked on a statement's text before anything parses it.

- An `IN (...)` list of more than MAX_IN_LIST_VALUES values. SQL Server itself documents that
  lists of many thousands of values can fail with error 8623 or 8632 and advises a table instead;
  for the embedded engine, parsing and translating a list of a million values takes minutes.
- Nesting. sqlglot's parser and the translator's passes recurse once (or a few dozen Python
  frames) per level, so a deep statement would end in Python's RecursionError. The tokens
  (tsql/tokens.py) tell the depth first:
  - more than 10 CASE expressions inside one another: SQL Server's Msg 125 ("Case expressions may
    only be nested to level 10."; MSSQLSERVER_125: "SQL Server allows for only 10 levels of
    nesting in CASE expressions"). IIF counts as a CASE (IIF's page: it is translated to CASE and
    nests to the same level 10). Issue 13 asked that 100 nested CASE expressions run; SQL Server's
    CASE page (Remarks) states the limit for CASE expressions as such, simple or searched, in a
    WHEN (condition or value), THEN, ELSE or a simple CASE's input alike, with no form or part
    exempt (tests/tsql/test_nesting.py has one case per part), so running them would answer where SQL Server
    stops: the engine keeps SQL Server's error (a CASE inside a subquery still counts, as it is
    still inside the outer CASE's text). A CASE after another one's END (side by side, or one per
    derived table) is not nested: any number of those run;
  - more than MAX_PARENTHESES parentheses or MAX_SUBQUERIES subqueries inside one another, or a
    tree deeper than MAX_DEPTH: Msg 191 ("Some part of your SQL statement is nested too
    deeply..."), the error SQL Server gives when its parser runs out of depth. SQL Server
    documents no number for parentheses; its "Maximum capacity specifications" list 32 nested
    subqueries, which the embedded engine exceeds;
  - more than MAX_SCALAR_SUBQUERIES subqueries used as values inside one another are refused by
    name: DuckDB's planner takes time that doubles with each level (24 levels: ~20 s).
  A statement deeper than SHALLOW_DEPTH is translated on a helper thread with a large stack and a
  recursion limit raised while it runs, so 200 nested parentheses and 50 nested subqueries run;
  shallower statements (nearly all) pay only a few character counts.
"""
from __future__ import annotations

import functools
import sys
import threading
from dataclasses import dataclass

from sqlglot.tokens import TokenType

from ..errors import TsqlError, UnsupportedError
from .tokens import TokenError, tokenize

MAX_CASE_NESTING = 10        # SQL Server's own limit (Msg 125)
MAX_PARENTHESES = 256        # parentheses inside one another (Msg 191 beyond)
MAX_SUBQUERIES = 64          # subqueries inside one another (Msg 191 beyond)
MAX_DEPTH = 400              # parentheses + CASE + a chain of operators (a + b + ...): Msg 191 beyond
#                              (DuckDB's max_expression_depth, 1000, counts about two per level)
MAX_SCALAR_SUBQUERIES = 16   # (SELECT ...) used as a value, inside one another: refused by name beyond
SHALLOW_DEPTH = 24           # up to this nesting the translation runs where it is called
_FRAMES_PER_LEVEL = 120      # Python frames one level of nesting may take (parse, passes, generate)
_OPERATORS = frozenset({TokenType.PLUS, TokenType.DASH, TokenType.STAR, TokenType.SLASH, TokenType.MOD,
                        TokenType.EQ, TokenType.NEQ, TokenType.LT, TokenType.GT, TokenType.LTE, TokenType.GTE,
                        TokenType.AMP, TokenType.PIPE, TokenType.CARET, TokenType.DPIPE})
_EXPRESSION_STARTS = ("SELECT", "FROM", "WHERE", "HAVING", "ON", "WHEN", "THEN", "ELSE", "SET", "BY", "VALUES")
# Words before a parenthesis that make its subquery a table or a predicate's set, not a value.
_TABLE_OR_PREDICATE = ("FROM", "JOIN", "APPLY", "IN", "EXISTS", "ANY", "ALL", "SOME", "AS", "INTO", "UNION",
                       "EXCEPT", "INTERSECT")
_DEEP_STACK_BYTES = 256 * 1024 * 1024

NESTED_TOO_DEEPLY = ("Some part of your SQL statement is nested too deeply. Rewrite the query or break it up "
                     "into smaller queries.")


@dataclass(frozen=True)
class Nesting:
    parentheses: int = 0
    case: int = 0
    subqueries: int = 0
    scalar_subqueries: int = 0     # subqueries used as values, inside one another
    operators: int = 0             # the longest chain of operators in one parenthesis (a + b + c ...)

    @property
    def depth(self) -> int:
        """How deep the parsed tree can be: each level, CASE and chained operator nests one node."""
        return self.parentheses + self.case + self.operators


def measure(text: str) -> Nesting:
    """The deepest nesting of parentheses, CASE expressions and subqueries in `text`, and its
    longest chain of operators."""
    upper = text.upper()
    cases = upper.count("CASE") + upper.count("IIF")
    if (text.count("(") <= MAX_SCALAR_SUBQUERIES and cases <= MAX_CASE_NESTING
            and sum(map(text.count, "+-*/%=<>|&^")) + cases <= SHALLOW_DEPTH):
        return Nesting()     # cannot be deep: no need to tokenize
    try:
        tokens = tokenize(text)
    except TokenError:
        return Nesting()     # the parser reports what is left open
    parentheses: list[tuple[bool, bool, bool]] = []   # per open parenthesis: (a subquery, a scalar one, IIF's)
    deepest_parentheses = deepest_subqueries = subqueries = deepest_scalar = scalar = 0
    case = deepest_case = 0
    chains = [0]                      # operators met at each open parenthesis level
    longest_chain = 0
    for index, token in enumerate(tokens):
        if token.type in _OPERATORS or token.is_word("AND", "OR"):
            chains[-1] += 1
            longest_chain = max(longest_chain, chains[-1])
        elif token.type == TokenType.COMMA or token.is_word(*_EXPRESSION_STARTS):
            chains[-1] = 0       # the next expression is a tree of its own
        elif token.type == TokenType.L_PAREN:
            chains.append(0)
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            opens_query = following is not None and following.is_word("SELECT", "WITH")
            before = tokens[index - 1] if index else None
            as_value = opens_query and not (before is not None and before.is_word(*_TABLE_OR_PREDICATE))
            iif = before is not None and before.is_word("IIF")
            parentheses.append((opens_query, as_value, iif))
            case += iif
            deepest_case = max(deepest_case, case)
            subqueries += opens_query
            scalar += as_value
            deepest_parentheses = max(deepest_parentheses, len(parentheses))
            deepest_subqueries = max(deepest_subqueries, subqueries)
            deepest_scalar = max(deepest_scalar, scalar)
        elif token.type == TokenType.R_PAREN and parentheses:
            chains.pop()
            opened_query, opened_value, opened_iif = parentheses.pop()
            case -= opened_iif
            subqueries -= opened_query
            scalar -= opened_value
        elif token.is_word("CASE"):
            case += 1
            deepest_case = max(deepest_case, case)
        elif token.is_word("END") and case:
            case -= 1
    return Nesting(deepest_parentheses, deepest_case, deepest_subqueries, deepest_scalar, longest_chain)


def check_nesting(text: str, *, line: int = 1, column: int = 1) -> Nesting:
    """Raise SQL Server's Msg 125 or Msg 191 when `text` nests deeper than the limits; else its nesting."""
    nesting = measure(text)
    if nesting.case > MAX_CASE_NESTING:
        raise TsqlError(f"Case expressions may only be nested to level {MAX_CASE_NESTING}.", number=125,
                        severity=15, line=line, column=column)
    if nesting.parentheses > MAX_PARENTHESES or nesting.subqueries > MAX_SUBQUERIES or nesting.depth > MAX_DEPTH:
        raise TsqlError(NESTED_TOO_DEEPLY, number=191, severity=15, line=line, column=column)
    if nesting.scalar_subqueries > MAX_SCALAR_SUBQUERIES:
        raise UnsupportedError(f"More than {MAX_SCALAR_SUBQUERIES} scalar subqueries inside one another",
                               line=line, column=column,
                               hint="DuckDB plans them in time that doubles with each level.")
    return nesting


def nesting_checked(function):
    """For the functions where a statement's text enters translation: check its nesting first, and
    run a deep one on a thread whose stack and recursion limit hold it."""
    @functools.wraps(function)
    def checked(statement: str, *args, line: int = 1, column: int = 1, **kwargs):
        nesting = check_nesting(statement, line=line, column=column)
        if nesting.depth <= SHALLOW_DEPTH or getattr(_HELPER, "running", False):  # already on the helper
            return function(statement, *args, line=line, column=column, **kwargs)
        return run_deep(nesting.depth * _FRAMES_PER_LEVEL, function, statement, *args, line=line, column=column,
                        **kwargs)
    return checked


_DEEP_LOCK = threading.Lock()
_HELPER = threading.local()     # `running` is set on the helper thread


def run_deep(frames: int, function, *args, **kwargs):
    """`function(*args, **kwargs)` on a thread with a large stack and room for `frames` more Python
    frames; its result or its exception comes back here. One at a time: the recursion limit is
    the interpreter's, so it is raised only while the helper runs (the caller waits meanwhile)."""
    outcome: dict = {}

    def work():
        _HELPER.running = True
        try:
            outcome["value"] = function(*args, **kwargs)
        except BaseException as error:  # noqa: BLE001 - handed back to the caller's thread
            outcome["error"] = error

    with _DEEP_LOCK:
        try:
            previous_stack = threading.stack_size(_DEEP_STACK_BYTES)
        except (ValueError, RuntimeError):   # a platform that refuses the size: its default stack
            previous_stack = threading.stack_size()
        previous_limit = sys.getrecursionlimit()
        try:
            helper = threading.Thread(target=work, name="sqlml-deep-statement")
            sys.setrecursionlimit(max(previous_limit, frames + 1000))
            helper.start()
            helper.join()
        finally:
            sys.setrecursionlimit(previous_limit)
            threading.stack_size(previous_stack)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


MAX_IN_LIST_VALUES = 10_000

def check_in_lists(script: str, first_line: int = 1) -> None:
    """Refuse a script holding an IN list longer than MAX_IN_LIST_VALUES (TsqlError at its line).

    Read with the one tokenizer (tokens.py), so commas in strings, quoted names and comments do not count.
    A list of a million values must be refused at once, and tokenizing it whole takes a minute: the script
    is read in growing prefixes (first up to its MAX_IN_LIST_VALUES-th comma, then twice as long, ...),
    stopping at the first prefix that holds a list over the limit. A prefix cut inside a string or a
    comment does not tokenize: the next, longer one is read instead.
    """
    if script.count(",") < MAX_IN_LIST_VALUES:  # no list can be that long: the usual case costs one count
        return
    end = -1
    for _ in range(MAX_IN_LIST_VALUES):
        end = script.find(",", end + 1)
    end += 1
    while True:
        try:
            tokens = tokenize(script[:end])
        except TokenError:
            tokens = None            # cut inside a string or a comment (or the script leaves one open)
        if tokens is not None:
            offset = _long_in_list(tokens)
            if offset is not None:
                _refuse(script, offset, first_line)
        if end >= len(script):
            return                   # a string or comment left open is the parser's to report
        end = min(2 * end, len(script))


def _long_in_list(tokens) -> int | None:
    """Where (offset) the first IN list of more than MAX_IN_LIST_VALUES values starts, None if none."""
    open_lists: list[list[int]] = []  # per open parenthesis: [is an IN list, commas at its level, offset]
    previous = None
    for token in tokens:
        if token.type == TokenType.COMMA:
            if open_lists:
                open_lists[-1][1] += 1
                if open_lists[-1][0] and open_lists[-1][1] >= MAX_IN_LIST_VALUES:
                    return open_lists[-1][2]
        elif token.type == TokenType.R_PAREN:
            if open_lists:
                open_lists.pop()
        elif token.type == TokenType.L_PAREN:
            in_list = previous is not None and previous.is_word("IN")
            open_lists.append([in_list, 0, previous.start if in_list else token.start])
        previous = token
    return None


def _refuse(script: str, offset: int, first_line: int) -> None:
    line = first_line + script.count("\n", 0, offset)
    raise TsqlError(f"An IN list of more than {MAX_IN_LIST_VALUES:,} values is over the embedded engine's limit "
                    f"({MAX_IN_LIST_VALUES:,}); SQL Server too fails on lists of many thousands (errors 8623, "
                    "8632): put the values in a table (or a #temp table) and join it, or use IN (SELECT ...).",
                    number=8623, severity=16, line=line)


__all__ = ["MAX_CASE_NESTING", "MAX_IN_LIST_VALUES", "MAX_PARENTHESES", "MAX_SUBQUERIES", "Nesting",
           "check_in_lists", "check_nesting", "measure", "nesting_checked", "run_deep"]
