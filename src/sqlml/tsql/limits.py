"""Limits the embedded engine states instead of running for minutes: checked on the raw text,
before anything parses it.

- An `IN (...)` list of more than MAX_IN_LIST_VALUES values. SQL Server itself documents that
  lists of many thousands of values can fail with error 8623 or 8632 and advises a table instead;
  for the embedded engine, parsing and translating a list of a million values takes minutes.
"""
from __future__ import annotations

import re

from ..errors import TsqlError

MAX_IN_LIST_VALUES = 10_000

#: What can hold a parenthesis or a comma that is not one: strings, quoted names, comments.
_TOKEN = re.compile(r"'(?:[^']|'')*'?|\"(?:[^\"]|\"\")*\"?|\[(?:[^\]]|\]\])*\]?|--[^\n]*|/\*.*?(?:\*/|\Z)"
                    r"|\bIN\s*\(|[(),]", re.IGNORECASE | re.DOTALL)


def check_in_lists(script: str, first_line: int = 1) -> None:
    """Refuse a script holding an IN list longer than MAX_IN_LIST_VALUES (TsqlError at its line)."""
    if script.count(",") < MAX_IN_LIST_VALUES:  # no list can be that long: the usual case costs one count
        return
    open_lists: list[list[int]] = []  # per open parenthesis: [is an IN list, commas at its level, offset]
    for match in _TOKEN.finditer(script):
        token = match.group()
        if token == ",":
            if open_lists:
                open_lists[-1][1] += 1
                if open_lists[-1][0] and open_lists[-1][1] >= MAX_IN_LIST_VALUES:
                    _refuse(script, open_lists[-1][2], first_line)
        elif token == ")":
            if open_lists:
                open_lists.pop()
        elif token == "(":
            open_lists.append([0, 0, match.start()])
        elif token[-1] == "(":  # IN (
            open_lists.append([1, 0, match.start()])


def _refuse(script: str, offset: int, first_line: int) -> None:
    line = first_line + script.count("\n", 0, offset)
    raise TsqlError(f"An IN list of more than {MAX_IN_LIST_VALUES:,} values is over the embedded engine's limit "
                    f"({MAX_IN_LIST_VALUES:,}); SQL Server too fails on lists of many thousands (errors 8623, "
                    "8632): put the values in a table (or a #temp table) and join it, or use IN (SELECT ...).",
                    number=8623, severity=16, line=line)
