"""Strings compare, count, group and sort as SQL Server's default collation has it, one case per rule.

The rules ("= (String comparison or assignment)" and "How SQL Server compares strings with trailing
spaces" in the T-SQL reference): SQL_Latin1_General_CP1_CI_AS ignores case; every comparison except
LIKE pads the shorter string with spaces first (SQL-92), so 'abc' and 'abc  ' are one value for =, <>,
<, >, BETWEEN, IN, ANY / ALL, a simple CASE, NULLIF, COUNT(DISTINCT), GROUP BY, ORDER BY and
PARTITION BY; a value assigned or stored keeps its trailing spaces; CHARINDEX compares with the input's
collation. Each case sits where the rule decides: a trailing space on one side only, a letter in the
other case, and the cases where nothing may change (a leading space, LIKE, numbers).
"""
from __future__ import annotations

import pytest

import sqlml


DB_PER_MODULE = True
SETUP = ("CREATE TABLE dbo.p (id INT, s VARCHAR(10)); "
         "INSERT INTO dbo.p VALUES (1, 'a'), (2, 'A '), (3, 'b'), (4, NULL), (5, ' a'); "
         "CREATE TABLE dbo.w (k INT, j INT, w NVARCHAR(5)); INSERT INTO dbo.w VALUES (1, 1, N'f'), (1, 1, N'é')")


def ids(db, where: str) -> list[int]:
    return db.query(f"SELECT id FROM dbo.p WHERE {where} ORDER BY id")["id"].tolist()


@pytest.mark.parametrize("where, expected", [
    # IN: each value compared as = compares it.
    ("s IN ('a  ', 'x')", [1, 2]),
    ("s IN ('x', 'y ')", []),
    ("s NOT IN ('a ')", [3, 5]),
    ("'a ' IN ('b', N'A')", [1, 2, 3, 4, 5]),          # literals only: still padded
    ("'a' IN (' a')", []),                             # a leading space counts
    ("s IN (SELECT 'A   ')", [1, 2]),
    ("s IN (SELECT 'x' UNION ALL SELECT 'a ')", [1, 2]),   # every branch of the subquery
    ("'a ' IN (SELECT s FROM dbo.p WHERE id = 2)", [1, 2, 3, 4, 5]),   # a literal on the left
    # ANY / ALL (subquery): as = compares.
    ("s = ANY (SELECT 'b  ')", [3]),
    ("s = ANY (SELECT 'x' UNION ALL SELECT 'a ')", [1, 2]),
    ("s = ALL (SELECT 'a' UNION ALL SELECT 'A ')", [1, 2]),
    ("s <> ALL (SELECT 'a ')", [3, 5]),
    ("id = ANY (SELECT 1 UNION SELECT 3)", [1, 3]),     # numbers: left as they are
    # =, <> between a column and a literal, on either side.
    ("'A' = s", [1, 2]),
    ("s <> 'a '", [3, 5]),
    # <, <=, >, >=, BETWEEN: without case or trailing spaces.
    ("s < 'B '", [1, 2, 5]),
    ("s <= 'a'", [1, 2, 5]),
    ("s > 'a  '", [3]),
    ("s >= 'B   '", [3]),
    ("'b ' > s", [1, 2, 5]),
    ("s BETWEEN 'A  ' AND 'a'", [1, 2]),
    ("s BETWEEN 'a' AND 'B '", [1, 2, 3]),
    ("s NOT BETWEEN 'a ' AND 'a'", [3, 5]),
    # LIKE is the documented exception: a pattern's trailing space must be there.
    ("s LIKE 'a '", [2]),
    ("s LIKE 'a'", [1]),
])
def test_a_string_compares_without_case_and_trailing_spaces(db, where, expected):
    assert ids(db, where) == expected


@pytest.mark.parametrize("expression, expected", [
    ("CASE WHEN 'a' IN ('a ') THEN 1 ELSE 0 END", 1),
    ("CASE WHEN 'a' IN ('A') THEN 1 ELSE 0 END", 1),
    ("CASE WHEN 'b ' BETWEEN 'a' AND 'b' THEN 1 ELSE 0 END", 1),
    ("CASE WHEN 'B' > 'a ' THEN 1 ELSE 0 END", 1),
    ("CASE WHEN 'a' < 'a ' THEN 1 ELSE 0 END", 0),
    ("CASE 'a ' WHEN 'A' THEN 1 ELSE 0 END", 1),
    ("CASE 'a' WHEN ' a' THEN 1 ELSE 0 END", 0),
    ("CHARINDEX('B', 'abc')", 2),              # the collation's case-insensitive search
    ("CHARINDEX('bC', 'ABC')", 2),
    ("CHARINDEX('x', 'ABC')", 0),
])
def test_constants_compare_as_the_collation_does(db, expression, expected):
    assert db.scalar(f"SELECT {expression} AS v") == expected


@pytest.mark.parametrize("query, expected", [
    # COUNT(DISTINCT) and GROUP BY: 'a' and 'A ' are one value; ' a' is another.
    ("SELECT COUNT(DISTINCT s) AS v FROM dbo.p", [3]),
    ("SELECT COUNT(DISTINCT id) AS v FROM dbo.p", [5]),
    ("SELECT COUNT(*) AS v FROM dbo.p WHERE s IS NOT NULL GROUP BY s ORDER BY COUNT(*) DESC, MIN(id)", [2, 1, 1]),
    # NULLIF: NULL when equal as = compares.
    ("SELECT CASE WHEN NULLIF(s, 'a ') IS NULL THEN 1 ELSE 0 END AS v FROM dbo.p ORDER BY id", [1, 1, 0, 1, 0]),
    # A simple CASE on a column: each WHEN compared as =.
    ("SELECT CASE s WHEN 'a  ' THEN 1 WHEN 'B' THEN 2 ELSE 0 END AS v FROM dbo.p ORDER BY id", [1, 1, 2, 0, 0]),
    # ORDER BY a string, by an alias, by an ordinal, descending: the collation's order (' a' first).
    ("SELECT id AS v FROM dbo.p WHERE s IS NOT NULL ORDER BY s DESC, id", [3, 1, 2, 5]),
    ("SELECT id AS v, s AS k FROM dbo.p WHERE s IS NOT NULL ORDER BY k, id", [5, 1, 2, 3]),
    ("SELECT id AS v, s FROM dbo.p WHERE s IS NOT NULL ORDER BY 2 DESC, 1", [3, 1, 2, 5]),
    # A window's ORDER BY and PARTITION BY.
    ("SELECT RANK() OVER (ORDER BY s) AS v FROM dbo.p ORDER BY id", [3, 3, 5, 1, 2]),
    ("SELECT COUNT(*) OVER (PARTITION BY s) AS v FROM dbo.p ORDER BY id", [2, 2, 1, 1, 1]),
])
def test_strings_count_group_and_sort_as_one_value(db, query, expected):
    assert db.query(query)["v"].tolist() == expected


def test_min_and_max_follow_the_collation_and_distinct_changes_nothing(db):
    row = db.query("SELECT MAX(DISTINCT s) AS hi, MIN(s) AS lo, MAX(s) AS top FROM dbo.p").iloc[0]
    assert (row["hi"], row["lo"], row["top"]) == ("b", " a", "b")


@pytest.mark.parametrize("statement, kept", [
    ("UPDATE dbo.kept SET s = 'x  '", "x  |"),                        # an assignment keeps its spaces
    ("UPDATE dbo.kept SET s = 'x  ' WHERE s = 'old  '", "x  |"),      # the WHERE still ignores them
    ("UPDATE dbo.kept SET s = 'x  ' WHERE s = ' old'", "old|"),
])
def test_an_assigned_value_keeps_its_trailing_spaces(db, statement, kept):
    db.execute("DROP TABLE IF EXISTS dbo.kept; CREATE TABLE dbo.kept (s VARCHAR(10)); "
               "INSERT INTO dbo.kept VALUES ('old')")
    db.execute(statement)
    assert db.scalar("SELECT s + '|' AS v FROM dbo.kept") == kept
    assert db.scalar("DECLARE @v VARCHAR(10); SELECT @v = 'y  '; SELECT @v + '|' AS v") == "y  |"


# -- what the mutation run of collation.py showed no test held ------------------------------------------

@pytest.mark.parametrize("query, expected", [
    # Numbers keep their own order: 3 is between 2 and 10 (as strings '3' > '10').
    ("SELECT id AS v FROM dbo.p WHERE id BETWEEN 2 AND 10 ORDER BY id", [2, 3, 4, 5]),
    ("SELECT id AS v FROM dbo.p WHERE id NOT BETWEEN 2 AND 10 ORDER BY id", [1]),
    # MIN of the grouped string itself, beside the group's key (one of the group's equal values).
    ("SELECT COUNT(*) AS v FROM dbo.p WHERE s IS NOT NULL GROUP BY s HAVING MIN(s) = 'A' ORDER BY 1", [2]),
    ("SELECT UPPER(RTRIM(MIN(s))) AS v FROM dbo.p WHERE s IS NOT NULL GROUP BY s ORDER BY COUNT(*), MIN(s)",
     [" A", "B", "A"]),
    # SELECT DISTINCT * of numbers only: nothing to group.
    ("SELECT DISTINCT * FROM (SELECT id / 2 AS v FROM dbo.p) AS q ORDER BY v", [0, 1, 2]),
    # A UNION sorted by a string, with OFFSET: the sort key decides which rows are skipped.
    ("SELECT s AS v FROM dbo.p WHERE s IS NOT NULL UNION SELECT 'c' ORDER BY v OFFSET 2 ROWS", ["b", "c"]),
    ("SELECT s AS v FROM dbo.p WHERE s IS NOT NULL UNION SELECT 'c' ORDER BY v "
     "OFFSET 1 ROWS FETCH NEXT 1 ROWS ONLY", ["a"]),
    # UNION ALL sorted by a string keeps its duplicates.
    ("SELECT s AS v FROM dbo.p WHERE id = 3 UNION ALL SELECT 'b' ORDER BY v", ["b", "b"]),
    # A UNION of strings whose column name needs quoting keeps that name.
    ("SELECT v FROM (SELECT s AS [my label] FROM dbo.p WHERE id = 3 UNION SELECT 'x') AS q(v) ORDER BY v", ["b", "x"]),
])
def test_what_the_mutation_run_found_untested(db, query, expected):
    assert db.query(query)["v"].tolist() == expected


@pytest.mark.parametrize("query", [
    # ORDER BY 1 names the first column of *; the string key after it still sorts as the collation does
    # (é next to e, before f; by code point it would come after f).
    "SELECT * FROM dbo.w ORDER BY 1, w",
    "SELECT * FROM dbo.w ORDER BY 2, w",
    "SELECT k, w FROM dbo.w ORDER BY 1, 2",
    "SELECT * FROM dbo.w ORDER BY 3",                 # an ordinal counts the columns * stands for
    "SELECT k, * FROM dbo.w ORDER BY 4",
    "SELECT w.* FROM dbo.w ORDER BY 3, 1",
    # a derived table's column made by a UNION ALL of string constants is a string (the binder's type)
    "SELECT k, w FROM (SELECT 1 AS k, N'f' AS w UNION ALL SELECT 1, N'é') AS q ORDER BY w",
    "SELECT q.w FROM (SELECT 'f' AS w UNION ALL SELECT 'é') AS q ORDER BY q.w",
])
def test_order_by_a_string_after_an_ordinal_sorts_in_the_collation_order(db, query):
    assert db.query(query)["w"].tolist() == ["é", "f"]


def test_a_union_keeps_a_column_name_that_needs_quoting(db):
    frame = db.query("SELECT s AS [my label] FROM dbo.p WHERE id = 3 UNION SELECT 'x' ORDER BY 1")
    assert list(frame.columns) == ["my label"] and frame["my label"].tolist() == ["b", "x"]


@pytest.mark.parametrize("query, construct, hint", [
    ("SELECT DISTINCT s FROM dbo.p GROUP BY s", "SELECT DISTINCT of strings with GROUP BY", "List the columns"),
    ("SELECT * FROM dbo.p UNION ALL SELECT * FROM dbo.p ORDER BY s", "UNION of strings with * and ORDER BY",
     "List the columns."),
    ("SELECT * FROM dbo.p UNION SELECT * FROM dbo.p", "UNION of strings with *", "or use UNION ALL."),
])
def test_string_set_operations_it_cannot_make_faithful_are_refused_by_name(db, query, construct, hint):
    with pytest.raises(sqlml.UnsupportedError) as raised:
        db.query(query)
    message = str(raised.value)
    assert construct in message and hint in message
    # UNION ALL is what the statement already uses: the hint does not suggest it.
    assert ("UNION ALL." in message) == ("UNION SELECT" in query)


@pytest.mark.parametrize("query", [
    "SELECT x.* FROM dbo.p UNION SELECT 1, 'a'",                     # no table or alias x (Msg 107 there)
    "SELECT x.* FROM dbo.p INTERSECT SELECT 1, 'a'",
    "SELECT 1, 'a' EXCEPT SELECT x.* FROM dbo.p",
    "SELECT * FROM dbo.p AS a CROSS JOIN dbo.p AS a UNION SELECT 1, 'a', 2, 'b'",   # alias a twice (Msg 1011)
])
def test_a_set_operation_with_a_branch_whose_types_cannot_be_known_is_refused_in_one_line(db, query):
    # One branch's `*` cannot be typed, the other's columns can: a statement SQL Server refuses is refused
    # here with sqlml's one-line error, never a Python traceback.
    with pytest.raises(sqlml.SqlmlError) as raised:
        db.query(query)
    assert str(raised.value).startswith("Msg ")


# "Data type precedence": a string compared with a number or a date is converted to the other's type,
# so `int IN (SELECT 'string')` compares numbers, and a string that is no number fails as = fails (Msg 245).
@pytest.mark.parametrize("where, expected", [
    ("id IN (SELECT '3')", [3]),
    ("id IN (SELECT ' 2 ' UNION ALL SELECT '5')", [2, 5]),      # every branch; spaces around a number are read
    ("id NOT IN (SELECT '1')", [2, 3, 4, 5]),
    ("id IN (SELECT v FROM (VALUES ('4'), ('9')) AS t(v))", [4]),
    ("'3' IN (SELECT id FROM dbo.p)", [1, 2, 3, 4, 5]),         # the string on the left converts too
    ("CAST(id AS VARCHAR(5)) IN (SELECT 3 UNION ALL SELECT 5)", [3, 5]),   # a string that is no literal too
    ("CAST('2026-01-02' AS date) IN (SELECT '2026-01-02')", [1, 2, 3, 4, 5]),
])
def test_in_a_subquery_converts_the_string_side_by_precedence(db, where, expected):
    assert ids(db, where) == expected


def test_in_a_subquery_with_a_string_that_is_no_number_is_msg_245(db):
    from sqlml.errors import TsqlError

    with pytest.raises(TsqlError) as raised:
        ids(db, "id IN (SELECT 'abc')")
    assert (raised.value.number, raised.value.text) == (
        245, "Conversion failed when converting the varchar value 'abc' to data type int.")
