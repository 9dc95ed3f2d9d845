"""The IN-list limit reads T-SQL with the one tokenizer (tsql/tokens.py): what counts is the tokens,
not characters that look like them in strings, names and comments."""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError
from sqlml.tsql.limits import MAX_IN_LIST_VALUES, check_in_lists

VALUES = ", ".join(str(n) for n in range(MAX_IN_LIST_VALUES + 1))
AT_LIMIT = ", ".join(str(n) for n in range(MAX_IN_LIST_VALUES))


@pytest.mark.parametrize("script, line", [
    (f"SELECT 1 AS x WHERE 5 IN ({VALUES})", 1),
    (f"SELECT 1 AS x\nWHERE 5 IN /* the ids */ ({VALUES})", 2),            # a comment between IN and (
    (f"SELECT 1 AS x\nWHERE 5 in\n-- ids\n({VALUES})", 2),                   # lower case, a line comment
    (f"SELECT ')' AS [a)b], 'x,y' AS c\nWHERE 5 IN ({VALUES})", 2),          # ) and , in a string and a name
    (f"SELECT 1 AS x WHERE 'it''s' IN ({VALUES})", 1),                     # a doubled quote
])
def test_a_list_over_the_limit_is_refused_at_its_line(script, line):
    with pytest.raises(TsqlError) as raised:
        check_in_lists(script)
    assert raised.value.number == 8623 and raised.value.line == line


@pytest.mark.parametrize("script", [
    f"SELECT 1 AS x WHERE 5 IN ({AT_LIMIT})",
    f"SELECT 1 AS x WHERE 5 IN (1, 2) AND 6 IN (SELECT v FROM (VALUES {AT_LIMIT}, 7) AS t(v))",
    f"SELECT 1 AS x /* IN ({VALUES}) */",
    f"SELECT 'IN ({VALUES})' AS x",
    f"SELECT [IN ({VALUES.replace(']', '')})] FROM t",
    "SELECT 1 AS x WHERE 5 IN (1, 'unclosed" + "," * (MAX_IN_LIST_VALUES + 5),   # left open: the parser says so
])
def test_lists_at_the_limit_and_lookalikes_pass(script):
    check_in_lists(script)
