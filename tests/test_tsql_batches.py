"""Batches and statements: how a T-SQL script is cut before anything runs.

SQL Server's rules (T-SQL reference, "GO", "Batches", "BEGIN...END", "IF...ELSE",
"CREATE PROCEDURE"): GO on a line of its own ends a batch and `GO n` runs it n times; semicolons
are optional, so a statement ends where the next one begins; CREATE PROCEDURE/FUNCTION/TRIGGER/
VIEW takes the rest of its batch.
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError
from sqlml.tsql import (Batch, StatementKind as K, split_batches, split_block, split_statements)


def statements(script: str):
    return [s for batch in split_batches(script) for s in split_statements(batch)]


def texts_and_kinds(script: str):
    return [(s.text, s.kind) for s in statements(script)]


# -- batches --------------------------------------------------------------------------------------

def test_go_lines_cut_batches_and_count_repeats():
    script = "SELECT 1\nGO\nSELECT 2\n  go 3  \nSELECT 3\n"
    batches = split_batches(script)
    assert [(b.text.strip(), b.line, b.repeat) for b in batches] == [
        ("SELECT 1", 1, 1), ("SELECT 2", 3, 3), ("SELECT 3", 5, 1)]


def test_go_inside_a_comment_or_a_string_is_not_a_separator():
    script = "SELECT 'a\nGO\nb' AS x\n/* a comment\nGO\n*/\nSELECT 2\nGO\n"
    batches = split_batches(script)
    assert len(batches) == 1
    assert [s.text for s in split_statements(batches[0])] == ["SELECT 'a\nGO\nb' AS x", "SELECT 2"]


def test_go_as_part_of_a_line_is_not_a_separator():
    assert len(split_batches("SELECT 1 AS go\nSELECT 2 GO\n")) == 1


# -- statements without semicolons ---------------------------------------------------------------

@pytest.mark.parametrize("script, expected", [
    ("SELECT 1 SELECT 2", [("SELECT 1", K.PLAIN), ("SELECT 2", K.PLAIN)]),
    ("DECLARE @a INT = 1 SELECT @a", [("DECLARE @a INT = 1", K.DECLARE), ("SELECT @a", K.PLAIN)]),
    ("INSERT INTO t (a) SELECT 1 UNION SELECT 2 SELECT 3",
     [("INSERT INTO t (a) SELECT 1 UNION SELECT 2", K.PLAIN), ("SELECT 3", K.PLAIN)]),
    ("INSERT INTO t VALUES (1), (2) SELECT 1", [("INSERT INTO t VALUES (1), (2)", K.PLAIN), ("SELECT 1", K.PLAIN)]),
    ("WITH c AS (SELECT 1 AS x), d (y) AS (SELECT 2) SELECT * FROM c, d SELECT 5",
     [("WITH c AS (SELECT 1 AS x), d (y) AS (SELECT 2) SELECT * FROM c, d", K.PLAIN), ("SELECT 5", K.PLAIN)]),
    ("WITH c AS (SELECT 1 AS x) INSERT INTO t SELECT x FROM c SELECT 1",
     [("WITH c AS (SELECT 1 AS x) INSERT INTO t SELECT x FROM c", K.PLAIN), ("SELECT 1", K.PLAIN)]),
    ("UPDATE t SET a = 1 WHERE b = 2 SET @x = 3",
     [("UPDATE t SET a = 1 WHERE b = 2", K.PLAIN), ("SET @x = 3", K.SET_VARIABLE)]),
    ("SELECT * FROM t WITH (NOLOCK) SELECT 1", [("SELECT * FROM t WITH (NOLOCK)", K.PLAIN), ("SELECT 1", K.PLAIN)]),
    ("SELECT a FROM t ORDER BY a OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY SELECT 1",
     [("SELECT a FROM t ORDER BY a OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY", K.PLAIN), ("SELECT 1", K.PLAIN)]),
    ("SELECT CASE WHEN a = 1 THEN 'x' ELSE 'y' END AS c FROM t SELECT 2",
     [("SELECT CASE WHEN a = 1 THEN 'x' ELSE 'y' END AS c FROM t", K.PLAIN), ("SELECT 2", K.PLAIN)]),
    ("CREATE TABLE t (a INT, b INT REFERENCES u (a) ON DELETE SET NULL) ON [PRIMARY] DROP TABLE IF EXISTS t",
     [("CREATE TABLE t (a INT, b INT REFERENCES u (a) ON DELETE SET NULL) ON [PRIMARY]", K.PLAIN),
      ("DROP TABLE IF EXISTS t", K.PLAIN)]),
    ("ALTER TABLE t ALTER COLUMN a BIGINT ALTER TABLE t DROP COLUMN b",
     [("ALTER TABLE t ALTER COLUMN a BIGINT", K.PLAIN), ("ALTER TABLE t DROP COLUMN b", K.PLAIN)]),
    ("MERGE t USING s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = 1 WHEN NOT MATCHED THEN INSERT (a) VALUES (1); SELECT 1",
     [("MERGE t USING s ON t.a = s.a WHEN MATCHED THEN UPDATE SET b = 1 WHEN NOT MATCHED THEN INSERT (a) VALUES (1)",
       K.PLAIN), ("SELECT 1", K.PLAIN)]),
    ("SELECT 1; SELECT 2;", [("SELECT 1", K.PLAIN), ("SELECT 2", K.PLAIN)]),
])
def test_statements_split_where_the_next_one_begins(script, expected):
    assert texts_and_kinds(script) == expected


def test_exec_with_named_output_arguments_and_result_sets_is_one_statement():
    script = "EXEC dbo.train @a = 1, @b = @x OUTPUT WITH RESULT SETS ((a int, b float)) SELECT @x"
    assert texts_and_kinds(script) == [
        ("EXEC dbo.train @a = 1, @b = @x OUTPUT WITH RESULT SETS ((a int, b float))", K.EXEC),
        ("SELECT @x", K.PLAIN)]


@pytest.mark.parametrize("script, kind", [
    ("INSERT INTO dbo.clusters (customer, cluster) EXEC dbo.cluster_customers", K.INSERT_EXEC),
    ("INSERT dbo.clusters EXECUTE sp_execute_external_script @language = N'Python', @script = N'x'", K.INSERT_EXEC),
    ("SELECT @v = max(a) FROM t", K.SELECT_ASSIGN),
    ("SELECT TOP (1) @v = a, @w += b FROM t ORDER BY a", K.SELECT_ASSIGN),
    ("SELECT @v", K.PLAIN),
    ("SELECT @v AS v, 1 AS one", K.PLAIN),
    ("SET NOCOUNT ON", K.SET_OPTION),
    ("SET @v = (SELECT count(*) FROM t)", K.SET_VARIABLE),
    ("RECONFIGURE WITH OVERRIDE", K.RECONFIGURE),
    ("RECONFIGURE", K.RECONFIGURE),
    ("USE [tpcxbb_1gb]", K.USE),
    ("BEGIN TRAN", K.BEGIN_TRANSACTION),
    ("BEGIN TRANSACTION", K.BEGIN_TRANSACTION),
    ("COMMIT TRANSACTION", K.COMMIT),
    ("ROLLBACK", K.ROLLBACK),
    ("PRINT N'done'", K.PRINT),
    ("THROW 50000, 'bad', 1", K.THROW),
    ("RAISERROR('bad', 16, 1)", K.THROW),
    ("RETURN", K.RETURN),
    ("DROP PROCEDURE IF EXISTS dbo.p", K.DROP_PROCEDURE),
    ("DROP PROC dbo.p", K.DROP_PROCEDURE),
    ("EXEC sp_configure 'external scripts enabled', 1", K.EXEC),
    ("TRUNCATE TABLE dbo.t", K.PLAIN),
])
def test_each_statement_gets_its_kind(script, kind):
    assert texts_and_kinds(script) == [(script, kind)]


def test_sp_configure_then_reconfigure_without_semicolons():
    script = "EXEC sp_configure 'external scripts enabled', 1 RECONFIGURE WITH OVERRIDE"
    assert texts_and_kinds(script) == [
        ("EXEC sp_configure 'external scripts enabled', 1", K.EXEC), ("RECONFIGURE WITH OVERRIDE", K.RECONFIGURE)]


def test_create_procedure_takes_the_rest_of_its_batch():
    script = ("DECLARE @x INT = 5\nCREATE OR ALTER PROCEDURE dbo.p @a INT = 1 AS\nBEGIN\n  SELECT @a\nEND\n"
              "SELECT 2\nGO\nEXEC dbo.p\n")
    assert texts_and_kinds(script) == [
        ("DECLARE @x INT = 5", K.DECLARE),
        ("CREATE OR ALTER PROCEDURE dbo.p @a INT = 1 AS\nBEGIN\n  SELECT @a\nEND\nSELECT 2", K.CREATE_PROCEDURE),
        ("EXEC dbo.p", K.EXEC)]


def test_comments_anywhere_are_neither_statements_nor_keywords():
    script = ("-- SELECT in a comment\n/* SELECT\n   in a block */ SELECT 'SELECT; GO' AS [select] -- trailing\n"
              "SELECT /* inside */ 2")
    assert [s.text for s in statements(script)] == [
        "SELECT 'SELECT; GO' AS [select]", "SELECT /* inside */ 2"]


def test_positions_are_counted_in_the_whole_script():
    script = "SELECT 1\nGO\n\n  SELECT 2   SELECT 3\nGO\n"
    assert [(s.text, s.line, s.column) for s in statements(script)] == [
        ("SELECT 1", 1, 1), ("SELECT 2", 4, 3), ("SELECT 3", 4, 14)]


def test_a_batch_that_starts_mid_line_counts_columns_from_there():
    batch = Batch("SELECT 1 SELECT 2", line=7, column=20)
    assert [(s.line, s.column) for s in split_statements(batch)] == [(7, 20), (7, 29)]


# -- control flow ----------------------------------------------------------------------------------

def test_if_else_with_blocks_is_one_statement_and_opens_into_its_parts():
    script = "IF @n > 1\nBEGIN\n  SELECT 'many';\n  SELECT 2\nEND\nELSE\n  SELECT 'few';\nPRINT 'after'"
    block, after = statements(script)
    assert (block.kind, after.kind, after.text) == (K.BLOCK, K.PRINT, "PRINT 'after'")
    parts = split_block(block)
    assert parts.keyword == "IF"
    assert (parts.condition.text, parts.condition.line, parts.condition.column) == ("@n > 1", 1, 4)
    assert [(s.text, s.line) for s in parts.body] == [("SELECT 'many'", 3), ("SELECT 2", 4)]
    assert [(s.text, s.line, s.column) for s in parts.orelse] == [("SELECT 'few'", 7, 3)]


def test_else_if_chains_nest():
    (block,) = statements("IF EXISTS (SELECT 1 FROM t) SELECT 1 ELSE IF @a = 2 SELECT 2 ELSE SELECT 3")
    outer = split_block(block)
    assert outer.condition.text == "EXISTS (SELECT 1 FROM t)"
    (inner,) = outer.orelse
    assert inner.kind is K.BLOCK
    nested = split_block(inner)
    assert (nested.condition.text, [s.text for s in nested.body], [s.text for s in nested.orelse]) == (
        "@a = 2", ["SELECT 2"], ["SELECT 3"])


def test_if_without_begin_takes_one_statement():
    assert texts_and_kinds("IF OBJECT_ID('dbo.t') IS NOT NULL DROP TABLE dbo.t CREATE TABLE dbo.t (a INT)") == [
        ("IF OBJECT_ID('dbo.t') IS NOT NULL DROP TABLE dbo.t", K.BLOCK), ("CREATE TABLE dbo.t (a INT)", K.PLAIN)]


def test_while_with_break_and_continue():
    (block,) = statements("WHILE @i < 3 BEGIN SET @i += 1 IF @i = 2 CONTINUE IF @i = 3 BREAK END")
    parts = split_block(block)
    assert (parts.keyword, parts.condition.text) == ("WHILE", "@i < 3")
    assert [s.kind for s in parts.body] == [K.SET_VARIABLE, K.BLOCK, K.BLOCK]
    assert [s.kind for s in split_block(parts.body[1]).body] == [K.CONTINUE]
    assert [s.kind for s in split_block(parts.body[2]).body] == [K.BREAK]


def test_try_catch_is_one_block_with_both_parts():
    (block, after) = statements("BEGIN TRY SELECT 1/0 END TRY BEGIN CATCH SELECT ERROR_MESSAGE() END CATCH SELECT 2")
    parts = split_block(block)
    assert (parts.keyword, [s.text for s in parts.body], [s.text for s in parts.orelse]) == (
        "TRY", ["SELECT 1/0"], ["SELECT ERROR_MESSAGE()"])
    assert after.text == "SELECT 2"


def test_case_end_inside_a_block_does_not_close_the_block():
    (block,) = statements("BEGIN SELECT CASE WHEN 1 = 1 THEN 'a' ELSE 'b' END AS x SELECT 2 END")
    assert [s.text for s in split_block(block).body] == ["SELECT CASE WHEN 1 = 1 THEN 'a' ELSE 'b' END AS x", "SELECT 2"]


# -- bad input: SQL Server's messages with the position --------------------------------------------

def test_an_unclosed_string_is_msg_105_at_its_quote():
    with pytest.raises(TsqlError) as raised:
        statements("SELECT 1\nGO\nSELECT 2\nSELECT 'oops FROM t\n")
    error = raised.value
    assert (error.number, error.severity, error.line, error.column) == (105, 15, 4, 8)
    assert "Unclosed quotation mark" in str(error)


@pytest.mark.parametrize("script, number, line, column, text", [
    ("SELECT 1 /* x", 113, 1, 10, "Missing end comment mark '*/'."),
    # comments nest in T-SQL: the inner */ closes only the inner one
    ("SELECT 1 /* a /* b */ c", 113, 1, 10, "Missing end comment mark '*/'."),
    ("SELECT [abc", 105, 1, 8, "Unclosed bracket after the character string 'abc'."),
    ("SELECT 'a''b", 105, 1, 8, "Unclosed quotation mark after the character string 'a''b'."),
    ("SELECT N'x", 105, 1, 9, "Unclosed quotation mark after the character string 'x'."),
    ("SELECT 'ok',\n 'bad\nline2", 105, 2, 2, "Unclosed quotation mark after the character string 'bad'."),
    # what only looks like an opening: a /* and a [ inside a closed string
    ("SELECT '/* [' AS a, 'x", 105, 1, 21, "Unclosed quotation mark after the character string 'x'."),
])
def test_what_is_left_open_is_found_by_the_one_tokenizer(script, number, line, column, text):
    with pytest.raises(TsqlError) as raised:
        statements(script)
    assert (raised.value.number, raised.value.line, raised.value.column, raised.value.text) == (
        number, line, column, text)


def test_a_begin_without_end_names_the_line_of_the_begin():
    with pytest.raises(TsqlError) as raised:
        statements("SELECT 1\nIF 1 = 1\nBEGIN\n  SELECT 2\n")
    assert (raised.value.number, raised.value.line) == (102, 3)
    assert "END" in str(raised.value)


def test_a_stray_end_is_a_syntax_error_at_its_place():
    with pytest.raises(TsqlError) as raised:
        statements("SELECT 1\n  END\n")
    # END is a reserved keyword: SQL Server's Msg 156, not 102
    assert (raised.value.number, raised.value.line, raised.value.column) == (156, 2, 3)
    assert "Incorrect syntax near the keyword 'END'" in str(raised.value)


def test_if_without_a_statement_is_a_syntax_error():
    with pytest.raises(TsqlError) as raised:
        statements("IF 1 = 1\n")
    assert raised.value.number == 102
