"""Result columns without a name: '' as SQL Server sends them, and its errors where a name is needed.

SQL Server names a select item only if it is a column reference, has an alias or comes from `*`;
through pyodbc and pandas an unnamed column's name is ''. A derived table or CTE (Msg 8155),
SELECT INTO (Msg 1038) and CREATE VIEW (Msg 4511) need every column named.
"""
from __future__ import annotations

import pandas as pd
import pytest
import sqlglot

from sqlml import TsqlError, UnsupportedError
from sqlml.scripts import format_frame
from sqlml.tsql import translate
from sqlml.tsql.dialect import SqlmlTSQL
from sqlml.tsql.names import blank_names, unnamed_columns

TABLE = """
CREATE TABLE dbo.t (id INT, Name VARCHAR(20), amount DECIMAL(10, 2));
INSERT INTO dbo.t VALUES (1, 'ann', 10.50), (2, 'bob', 20.00);
"""


SETUP = TABLE


def columns(db, sql: str) -> list[str]:
    return list(db.query(sql).columns)


def error_of(db, sql: str) -> TsqlError:
    with pytest.raises(TsqlError) as caught:
        db.execute(sql)
    return caught.value


# -- result sets ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sql, expected", [
    ("SELECT COUNT(*) FROM dbo.t", [""]),
    ("SELECT 1, 'a'", ["", ""]),
    ("SELECT NULL, 1.5, N'x'", ["", "", ""]),
    ("SELECT id + 1, amount * 2, UPPER(Name) FROM dbo.t", ["", "", ""]),
    ("SELECT CAST(id AS VARCHAR(10)), CONVERT(INT, amount) FROM dbo.t", ["", ""]),
    ("SELECT (SELECT MAX(id) FROM dbo.t)", [""]),
    ("SELECT CASE WHEN id > 1 THEN 'big' ELSE 'small' END FROM dbo.t", [""]),
    ("SELECT SUM(amount), MIN(Name), MAX(id) FROM dbo.t", ["", "", ""]),
    ("SELECT ROW_NUMBER() OVER (ORDER BY id) FROM dbo.t", [""]),
    ("SELECT COUNT(*) AS n FROM dbo.t", ["n"]),
    ("SELECT n = COUNT(*) FROM dbo.t", ["n"]),
    ("SELECT COUNT(*) n FROM dbo.t", ["n"]),
    ("SELECT COUNT(*) AS [row count] FROM dbo.t", ["row count"]),
    ("SELECT COUNT(*) AS 'quoted' FROM dbo.t", ["quoted"]),
    ("SELECT id, t.amount FROM dbo.t", ["id", "amount"]),
    ("SELECT (id) FROM dbo.t", ["id"]),
    ("SELECT id AS x, id AS y FROM dbo.t", ["x", "y"]),
    ("SELECT id, COUNT(*), Name FROM dbo.t GROUP BY id, Name", ["id", "", "Name"]),
])
def test_an_expression_without_an_alias_has_no_name_a_column_or_alias_keeps_its_own(db, sql, expected):
    assert columns(db, sql) == expected


def test_a_string_alias_before_equals_names_the_column_it_is_not_a_comparison(db):
    # 'alias' = expression is T-SQL's (deprecated) alias form; a select list holds no comparisons.
    frame = db.query("SELECT 'a' = 'a', 'total' = COUNT(*), 'x y' = MAX(id) + 1 FROM dbo.t")
    assert list(frame.columns) == ["a", "total", "x y"]
    assert frame.iloc[0].tolist() == ["a", 2, 3]
    assert columns(db, "SELECT * FROM (SELECT 'k' = 1) AS d") == ["k"]
    assert db.query("SELECT id FROM dbo.t WHERE 'a' = 'a' AND Name = 'bob'")["id"].tolist() == [2]


def test_values_are_unchanged_when_the_names_are_blanked(db):
    frame = db.query("SELECT COUNT(*), SUM(amount), MAX(Name) FROM dbo.t")
    assert frame.iloc[0].tolist() == [2, pytest.approx(30.5), "bob"]


def test_star_expands_to_named_columns_and_unnamed_columns_around_it_are_found(db):
    assert columns(db, "SELECT * FROM dbo.t") == ["id", "Name", "amount"]
    assert columns(db, "SELECT t.*, 1 FROM dbo.t") == ["id", "Name", "amount", ""]
    assert columns(db, "SELECT 1, t.*, id * 2 FROM dbo.t") == ["", "id", "Name", "amount", ""]
    assert columns(db, "SELECT COUNT(*) OVER (), *, id AS k FROM dbo.t") == ["", "id", "Name", "amount", "k"]
    # the * of a derived table whose columns are named
    assert columns(db, "SELECT d.*, 2 FROM (SELECT id, id + 1 AS nxt FROM dbo.t) AS d") == ["id", "nxt", ""]


def test_an_unnamed_column_between_two_stars_is_refused_by_name(db):
    with pytest.raises(UnsupportedError) as caught:
        db.execute("SELECT a.*, 1, b.* FROM dbo.t AS a CROSS JOIN dbo.t AS b")
    assert "between two *" in caught.value.text and "SQL Server runs it" in caught.value.text


def test_the_first_branch_of_a_union_names_the_columns(db):
    assert columns(db, "SELECT 1 AS a UNION ALL SELECT 2") == ["a"]
    assert columns(db, "SELECT 1 UNION ALL SELECT 2 AS a") == [""]
    assert columns(db, "SELECT id, 1 FROM dbo.t UNION SELECT 3, 4 AS k ORDER BY 1") == ["id", ""]
    assert columns(db, "SELECT 1 EXCEPT SELECT 2") == [""]


def test_a_cte_or_derived_table_with_named_columns_names_the_result(db):
    assert columns(db, "WITH c AS (SELECT COUNT(*) AS n FROM dbo.t) SELECT * FROM c") == ["n"]
    assert columns(db, "WITH c (n) AS (SELECT COUNT(*) FROM dbo.t) SELECT n, n + 1 FROM c") == ["n", ""]
    assert columns(db, "SELECT * FROM (SELECT 1) AS d(x)") == ["x"]
    assert columns(db, "SELECT * FROM (VALUES (1, 'a')) AS v(k, s)") == ["k", "s"]


def test_repeated_names_are_kept_as_sql_server_sends_them(db):
    # DuckDB's DataFrame would call the second one amount_1.
    assert columns(db, "SELECT amount, amount FROM dbo.t") == ["amount", "amount"]
    assert columns(db, "SELECT 1 AS a, 2 AS a") == ["a", "a"]


def test_variables_and_system_functions_have_no_name(db):
    results = db.execute("DECLARE @v INT = 7; SELECT @v, @v AS v, @@ROWCOUNT")
    [frame] = [r.frame for r in results if r.frame is not None]
    assert list(frame.columns) == ["", "v", ""]
    assert frame.iloc[0, :2].tolist() == [7, 7]


def test_scalar_and_query_helpers_still_work_on_unnamed_columns(db):
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == 2
    frame = db.query("SELECT COUNT(*), 5 FROM dbo.t")
    assert frame.iloc[0].tolist() == [2, 5]


def test_a_stored_procedure_returns_unnamed_columns_without_names(db):
    db.execute("CREATE PROCEDURE dbo.counts AS\nBEGIN\n  SELECT COUNT(*), MAX(id) AS top_id FROM dbo.t;\nEND")
    frame = db.query("EXEC dbo.counts")
    assert list(frame.columns) == ["", "top_id"]
    assert frame.iloc[0].tolist() == [2, 2]


def test_insert_exec_takes_unnamed_columns_by_position(db):
    db.execute("CREATE TABLE dbo.target (n INT, m INT)")
    db.execute("CREATE PROCEDURE dbo.pair AS SELECT COUNT(*), MAX(id) FROM dbo.t")
    db.execute("INSERT INTO dbo.target EXEC dbo.pair")
    assert db.query("SELECT n, m FROM dbo.target").iloc[0].tolist() == [2, 2]


def test_with_result_sets_names_the_unnamed_columns(db):
    db.execute("CREATE PROCEDURE dbo.pair AS SELECT COUNT(*), MAX(id) FROM dbo.t")
    frame = db.query("EXEC dbo.pair WITH RESULT SETS ((n INT, m INT))")
    assert list(frame.columns) == ["n", "m"]


def test_the_external_scripts_input_data_has_sql_servers_names(db):
    db.execute("EXEC sp_configure 'external scripts enabled', 1;\nRECONFIGURE WITH OVERRIDE;")
    script = "OutputDataSet = pandas.DataFrame({\"names\": [\"|\".join(InputDataSet.columns)]})"
    frame = db.query(
        "EXEC sp_execute_external_script @language = N'Python', @script = N'" + script.replace("'", "''") + "', "
        "@input_data_1 = N'SELECT COUNT(*), MAX(id) AS top_id, id, id FROM dbo.t GROUP BY id' "
        "WITH RESULT SETS ((names NVARCHAR(100)))")
    assert frame["names"].tolist() == ["|top_id|id|id"]
    # and the script's own output still comes back without names
    frame = db.query("EXEC sp_execute_external_script @language = N'Python', "
                     "@script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 AS a, 2'")
    assert list(frame.columns) == ["", ""] and frame.iloc[0].tolist() == [1, 2]


def test_the_sql_command_prints_an_unnamed_column_with_a_blank_heading(db):
    text = format_frame(db.query("SELECT COUNT(*), 1 AS one FROM dbo.t"))
    assert text.splitlines() == ["  one", "- ---", "2 1"]


def test_a_tsql_cell_shows_a_result_set_with_unnamed_columns(tmp_path):
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    import sqlml.magic

    shell = InteractiveShell.instance()
    shell.run_line_magic("load_ext", "sqlml")
    shell.user_ns["database_url"] = f"duckdb:///{tmp_path / 'cell.duckdb'}"
    try:
        assert shell.run_cell("%tsql_connect database_url").success
        with capture_output() as captured:
            assert shell.run_cell("%%tsql\nSELECT COUNT(*), 2, 'x' AS x FROM (VALUES (1), (2)) AS v(k)").success
        [table] = captured.outputs
        assert "<table" in table.data["text/html"] and "<th>x</th>" in table.data["text/html"]
        assert shell.run_cell("%%tsql kept <<\nSELECT 1, 2 AS b").success
        assert list(shell.user_ns["kept"].columns) == ["", "b"]
    finally:
        sqlml.magic.disconnect()
        for name in ("database_url", "kept"):
            shell.user_ns.pop(name, None)


# -- where a name is needed ------------------------------------------------------------------------

@pytest.mark.parametrize("sql, position, alias", [
    ("SELECT * FROM (SELECT COUNT(*) FROM dbo.t) AS d", 1, "d"),
    ("SELECT x FROM (SELECT id AS x, id + 1 FROM dbo.t) d", 2, "d"),
    ("SELECT * FROM (SELECT 1 UNION SELECT 2 AS a) AS u", 1, "u"),
    ("WITH c AS (SELECT id, COUNT(*) FROM dbo.t GROUP BY id) SELECT id FROM c", 2, "c"),
    ("SELECT * FROM dbo.t CROSS APPLY (SELECT t.id * 2) AS twice", 1, "twice"),
    ("SELECT * FROM (VALUES (1), (2)) AS v", 1, "v"),
    ("SELECT id FROM dbo.t WHERE id IN (SELECT k FROM (SELECT MAX(id) FROM dbo.t) AS m(k) "
     "JOIN (SELECT MIN(id) FROM dbo.t) AS low ON 1 = 1)", 1, "low"),
    ("INSERT INTO dbo.t (id) SELECT n FROM (SELECT 5) AS d", 1, "d"),
])
def test_a_derived_table_or_cte_with_an_unnamed_column_is_msg_8155(db, sql, position, alias):
    error = error_of(db, sql)
    assert (error.number, error.severity) == (8155, 16)
    assert error.text == f"No column name was specified for column {position} of '{alias}'."
    assert db.query("SELECT COUNT(*) AS n FROM dbo.t")["n"].iat[0] == 2   # the INSERT did not run


@pytest.mark.parametrize("sql, text", [
    # SQL Server numbers the columns after expanding `*` / `t.*` (dbo.t has 3 columns, #pair 2).
    ("SELECT * FROM (SELECT *, COUNT(*) OVER () FROM dbo.t) AS d", "No column name was specified for column 4 of 'd'."),
    ("SELECT * FROM (SELECT t.*, 1 FROM dbo.t JOIN dbo.t AS u ON 1 = 1) AS d",
     "No column name was specified for column 4 of 'd'."),
    ("SELECT * FROM (SELECT *, 1 FROM dbo.t JOIN #pair AS p ON 1 = 1) AS d",
     "No column name was specified for column 6 of 'd'."),
    ("WITH c AS (SELECT x.*, 2 FROM (SELECT 1 AS a, 2 AS b) AS x) SELECT * FROM c",
     "No column name was specified for column 3 of 'c'."),
    ("CREATE VIEW dbo.v AS SELECT *, 1 FROM dbo.t",
     "Create View or Function failed because no column name was specified for column 4."),
    # A `*` over a CTE counts the CTE's columns (its select list, its column list, a `*` in it expanded);
    # a CTE hides a table of the same name.
    ("WITH c AS (SELECT id, Name FROM dbo.t) SELECT * FROM (SELECT *, 1 FROM c) AS d",
     "No column name was specified for column 3 of 'd'."),
    ("WITH c (p, q, r, s) AS (SELECT 1, 2, 3, 4) SELECT * FROM (SELECT c.*, 1 FROM c) AS d",
     "No column name was specified for column 5 of 'd'."),
    ("WITH c AS (SELECT * FROM dbo.t), e AS (SELECT *, 5 AS z FROM c) SELECT * FROM (SELECT *, 1 FROM e) AS d",
     "No column name was specified for column 5 of 'd'."),
    ("WITH t AS (SELECT 1 AS a) SELECT * FROM (SELECT *, 1 FROM t) AS d",
     "No column name was specified for column 2 of 'd'."),
    ("WITH c AS (SELECT * FROM #pair) SELECT * FROM c JOIN (SELECT *, 2 FROM c) AS d ON 1 = 1",
     "No column name was specified for column 3 of 'd'."),
])
def test_the_column_number_of_msg_8155_and_4511_counts_the_columns_of_a_star(db, sql, text):
    db.execute("CREATE TABLE #pair (a INT, b INT)")
    error = error_of(db, sql)
    assert error.number in (8155, 4511) and error.text == text


@pytest.mark.parametrize("view", ["sys.tables", "sys.columns", "INFORMATION_SCHEMA.COLUMNS"])
def test_a_star_over_a_catalog_view_counts_the_columns_the_engine_has(db, view):
    # The catalog views have fewer columns than SQL Server's (see sqlml.tsql): `*` counts the ones here.
    width = len(db.query(f"SELECT * FROM {view}").columns)
    assert width > 1
    error = error_of(db, f"SELECT * FROM (SELECT *, 1 FROM {view}) AS d")
    assert (error.number, error.text) == (8155, f"No column name was specified for column {width + 1} of 'd'.")
    error = error_of(db, f"CREATE VIEW dbo.v AS SELECT v.*, 1 FROM {view} AS v")
    assert (error.number, error.text) == (
        4511, f"Create View or Function failed because no column name was specified for column {width + 1}.")


def test_a_column_list_names_a_derived_table_and_must_match_its_width(db):
    assert db.query("SELECT x + 1 AS y FROM (SELECT COUNT(*) FROM dbo.t) AS d(x)")["y"].iat[0] == 3
    error = error_of(db, "SELECT * FROM (SELECT 1, 2) AS d(x)")
    assert (error.number, error.text) == (8158, "'d' has more columns than were specified in the column list.")
    error = error_of(db, "WITH c (a, b) AS (SELECT 1) SELECT * FROM c")
    assert (error.number, error.text) == (8159, "'c' has fewer columns than were specified in the column list.")


@pytest.mark.parametrize("sql", [
    "SELECT COUNT(*) INTO dbo.copy FROM dbo.t",
    "SELECT id, id * 2 INTO #copy FROM dbo.t",
    "SELECT *, 1 INTO dbo.copy FROM dbo.t",
    "SELECT 1 AS a INTO dbo.copy UNION SELECT 2",   # named: allowed (checked below)
])
def test_select_into_an_unnamed_column_is_msg_1038(db, sql):
    if "AS a" in sql:
        db.execute(sql)
        assert db.query("SELECT a FROM dbo.copy ORDER BY a")["a"].tolist() == [1, 2]
        return
    error = error_of(db, sql)
    assert (error.number, error.severity) == (1038, 15)
    assert error.text.startswith("An object or column name is missing or empty. For SELECT INTO statements, "
                                 "verify each column has a name.")
    assert not db.table_exists("dbo.copy")


def test_a_name_given_twice_where_names_must_be_unique_is_refused(db):
    # DuckDB would call the second one a_1; SQL Server refuses it (names ignore case).
    error = error_of(db, "SELECT * FROM (SELECT id AS a, amount AS A FROM dbo.t) AS d")
    assert (error.number, error.text) == (8156, "The column 'A' was specified multiple times for 'd'.")
    error = error_of(db, "WITH c (x, x) AS (SELECT 1, 2) SELECT * FROM c")
    assert (error.number, error.text) == (8156, "The column 'x' was specified multiple times for 'c'.")
    error = error_of(db, "SELECT a.id, b.id FROM (SELECT t.id, u.id FROM dbo.t JOIN dbo.t AS u ON 1 = 1) AS q")
    assert error.number == 8156
    error = error_of(db, "SELECT id, Name AS id INTO #copy FROM dbo.t")
    assert (error.number, error.text) == (2705, "Column names in each table must be unique. Column name 'id' in "
                                                "table '#copy' is specified more than once.")
    error = error_of(db, "CREATE VIEW dbo.v AS SELECT id, id FROM dbo.t")
    assert (error.number, error.text) == (4506, "Column names in each view or function must be unique. Column name "
                                                "'id' in view or function 'v' is specified more than once.")
    # a column list renames them apart
    assert columns(db, "SELECT * FROM (SELECT id, id FROM dbo.t) AS d(a, b)") == ["a", "b"]


def test_an_empty_alias_is_msg_1038(db):
    for sql in ('SELECT 1 AS ""', "SELECT 1 AS []", "SELECT * FROM (SELECT 1 AS a) AS d([])"):
        assert error_of(db, sql).number == 1038, sql


def test_create_view_with_an_unnamed_column_is_msg_4511(db):
    error = error_of(db, "CREATE VIEW dbo.v AS SELECT id, COUNT(*) FROM dbo.t GROUP BY id")
    assert (error.number, error.severity) == (4511, 16)
    assert error.text == "Create View or Function failed because no column name was specified for column 2."
    assert not db.table_exists("dbo.v")
    # a column list, or aliases, name it
    db.execute("CREATE VIEW dbo.v (id, n) AS SELECT id, COUNT(*) FROM dbo.t GROUP BY id")
    assert columns(db, "SELECT * FROM dbo.v ORDER BY id") == ["id", "n"]
    db.execute("CREATE VIEW dbo.w AS SELECT COUNT(*) AS n FROM dbo.t")
    assert db.scalar("SELECT n FROM dbo.w") == 2


def test_create_view_column_list_must_match_the_select(db):
    error = error_of(db, "CREATE VIEW dbo.v (a) AS SELECT 1 AS x, 2 AS y")
    assert (error.number, error.text) == (8158, "'v' has more columns than were specified in the column list.")
    error = error_of(db, "CREATE VIEW dbo.v (a, b, c) AS SELECT 1 AS x")
    assert error.number == 4502 and "'v' has more column names specified than columns defined" in error.text


def test_unnamed_columns_in_subqueries_that_need_no_name_are_fine(db):
    frame = db.query("SELECT id FROM dbo.t WHERE EXISTS (SELECT 1) AND id IN (SELECT MAX(id) FROM dbo.t) "
                     "AND amount > (SELECT MIN(amount) FROM dbo.t)")
    assert frame["id"].tolist() == [2]
    db.execute("INSERT INTO dbo.t (id, Name) SELECT MAX(id) + 1, 'cy' FROM dbo.t")
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == 3


def test_the_errors_come_from_a_procedure_too_with_its_name(db):
    db.execute("CREATE PROCEDURE dbo.bad AS SELECT * FROM (SELECT 1) AS d")
    error = error_of(db, "EXEC dbo.bad")
    assert error.number == 8155 and error.procedure and error.procedure.lower().endswith("bad")


# -- the translation and the helpers ------------------------------------------------------------------

def parsed(sql: str):
    return sqlglot.parse_one(sql, dialect=SqlmlTSQL)


@pytest.mark.parametrize("sql, expected", [
    ("SELECT 1", (0,)),
    ("SELECT a, b AS c, d = 1 + 1, (e) FROM t", ()),
    ("SELECT *, 1, x FROM t", (-2,)),
    ("SELECT 1, t.*, 2 FROM t", (0, -1)),
    ("(SELECT 1 AS a) UNION (SELECT 2)", ()),
    ("INSERT INTO t SELECT 1", ()),
    ("UPDATE t SET a = 1", ()),
    ("SELECT 1 AS a INTO x", ()),
])
def test_positions_are_decided_on_the_tsql_tree(sql, expected):
    assert unnamed_columns(parsed(sql)) == expected


def test_the_translation_carries_the_positions_and_the_rewritten_sql_keeps_them(db):
    # the translator's rewrites may wrap or alias an item: the positions come from the T-SQL text.
    translation = translate("SELECT id, AVG(id), COUNT(DISTINCT Name), id / 2 FROM dbo.t GROUP BY id",
                            connection=db.connection)
    assert translation.unnamed == (1, 2, 3)
    assert columns(db, "SELECT id, AVG(id), COUNT(DISTINCT Name), id / 2 FROM dbo.t GROUP BY id") == ["id", "", "", ""]
    assert translate("SELECT 1 AS a").unnamed == ()


def test_blank_names_keeps_the_data_and_blanks_all_or_some_columns():
    frame = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    assert list(blank_names(frame).columns) == ["", "", ""]
    assert list(blank_names(frame, (0, -1)).columns) == ["", "b", ""]
    assert blank_names(frame, ()) is frame
    assert blank_names(frame, (1,)).iloc[0].tolist() == [1, 2, 3]


# SQL Server names a column reference as the select list spells it, not as the table does (dbo.t has `Name`).
@pytest.mark.parametrize("sql, expected", [
    ("SELECT name, ID FROM dbo.t", ["name", "ID"]),
    ("SELECT t.NAME FROM dbo.t AS t", ["NAME"]),
    ("SELECT [NaMe], (amount) FROM dbo.t", ["NaMe", "amount"]),
    ("SELECT * FROM dbo.t", ["id", "Name", "amount"]),
    ("SELECT NAME, * FROM dbo.t", ["NAME", "id", "Name", "amount"]),
    ("SELECT *, NAME FROM dbo.t", ["id", "Name", "amount", "NAME"]),
    ("SELECT name AS Who FROM dbo.t", ["Who"]),
    ("SELECT NAME FROM dbo.t UNION ALL SELECT name FROM dbo.t", ["NAME"]),
    ("SELECT q.NAME FROM (SELECT name FROM dbo.t) AS q", ["NAME"]),
])
def test_a_column_is_named_as_the_query_spells_it(db, sql, expected):
    assert list(db.query(sql).columns) == expected


def test_an_input_query_names_its_columns_as_spelled(db):
    db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;")
    frame = db.query("EXEC sp_execute_external_script @language = N'Python', "
                     "@script = N'OutputDataSet = pandas.DataFrame({\"c\": [\",\".join(InputDataSet.columns)]})', "
                     "@input_data_1 = N'SELECT NAME, Amount FROM dbo.t'")
    assert frame.iat[0, 0] == "NAME,Amount"


@pytest.mark.parametrize("sql", [
    "SELECT 1 UNION SELECT 1, 2",
    "SELECT 1 UNION ALL SELECT 1, 2 UNION ALL SELECT 3",             # the first pair already differs
    "SELECT 3 EXCEPT (SELECT 1 UNION ALL SELECT 1, 2)",              # inside parentheses
    "SELECT id FROM dbo.t INTERSECT SELECT id, Name FROM dbo.t",
    "SELECT * FROM dbo.t UNION ALL SELECT 1, 'x'",                   # `*` brings the table's three
    "WITH c AS (SELECT 1 AS a, 2 AS b) SELECT * FROM c EXCEPT SELECT 1",
    "SELECT id FROM dbo.t WHERE id IN (SELECT 1 UNION SELECT 1, 2)",
    "INSERT INTO dbo.t (id) SELECT 1 UNION ALL SELECT 1, 2",
])
def test_branches_of_a_set_operation_with_different_widths_are_msg_205(db, sql):
    # SQL Server refuses it before running anything; DuckDB's own error would read as "not supported".
    error = error_of(db, sql)
    assert (error.number, error.severity) == (205, 16)
    assert error.text == ("All queries combined using a UNION, INTERSECT or EXCEPT operator must have an equal "
                          "number of expressions in their target lists.")
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == 2


@pytest.mark.parametrize("sql, rows", [
    ("SELECT * FROM dbo.t UNION ALL SELECT 3, 'cy', 1.5", 3),
    ("SELECT 1 AS a, 2 AS b EXCEPT SELECT 1, 3", 1),
    ("SELECT id FROM dbo.t INTERSECT (SELECT 1 UNION SELECT 2)", 2),
])
def test_branches_of_the_same_width_combine(db, sql, rows):
    assert len(db.query(sql)) == rows
