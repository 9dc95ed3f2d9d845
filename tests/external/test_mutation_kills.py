"""The embedded engine's runtime at the edges its other tests left open (found by mutation testing).

Each case is one rule a learner relies on, with SQL Server's documented answer: EXECUTE's WITH RESULT SETS
("EXECUTE (Transact-SQL)": the declared result sets rename and convert what a procedure sends; more result
sets than declared is Msg 11535, fewer Msg 11536, NONE refuses any), ...
"""
from __future__ import annotations

import pytest

from sqlml import TsqlError


DB_PER_MODULE = True
SETUP = ["CREATE PROCEDURE dbo.two_sets AS BEGIN SELECT 1 AS a; SELECT N'x' AS b, 2.5 AS c; END",
         "CREATE PROCEDURE dbo.one_set @n INT AS SELECT @n AS n, @n * 2 AS twice",
         "CREATE PROCEDURE dbo.no_set AS PRINT 'nothing to send'",
         "CREATE PROCEDURE dbo.words AS SELECT N'abc' AS w"]



def frames(results):
    return [r.frame for r in results if r.frame is not None]


def test_with_result_sets_renames_and_converts_what_a_procedure_sends(db):
    sent = frames(db.execute("EXEC dbo.two_sets WITH RESULT SETS ((first_one BIGINT), (label NVARCHAR(5), amount INT))"))
    assert [list(f.columns) for f in sent] == [["first_one"], ["label", "amount"]]
    assert sent[1].values.tolist() == [["x", 2]]     # 2.5 to int truncates, as CAST does
    single = frames(db.execute("EXEC dbo.one_set 4 WITH RESULT SETS ((value FLOAT, doubled VARCHAR(3)))"))
    assert single[0].values.tolist() == [[4.0, "8"]]


@pytest.mark.parametrize("statement, number", [
    ("EXEC dbo.two_sets WITH RESULT SETS ((a INT))", 11535),                 # one declared, two sent
    ("EXEC dbo.one_set 1 WITH RESULT SETS NONE", 11535),                     # none declared, one sent
    ("EXEC dbo.one_set 1 WITH RESULT SETS ((n INT, t INT), (x INT))", 11536),   # two declared, one sent
    ("EXEC dbo.no_set WITH RESULT SETS ((x INT))", 11536),
    ("EXEC dbo.one_set 1 WITH RESULT SETS ((n INT))", 11537),                # a column too few
])
def test_a_result_set_shape_that_does_not_match_is_sql_servers_error(db, statement, number):
    with pytest.raises(TsqlError) as raised:
        db.execute(statement)
    assert raised.value.number == number


@pytest.mark.parametrize("statement, sent", [
    ("EXEC dbo.two_sets WITH RESULT SETS UNDEFINED", 2),
    ("EXEC dbo.no_set WITH RESULT SETS NONE", 0),
    ("EXEC dbo.one_set 3", 1),
])
def test_undefined_and_none_pass_what_they_allow(db, statement, sent):
    results = db.execute(statement)
    assert len(frames(results)) == sent


@pytest.mark.parametrize("statement, number, words", [
    ("EXEC dbo.one_set", 201,
     "Procedure or function 'one_set' expects parameter '@n', which was not supplied."),
    ("DECLARE @f FLOAT; SET @f = 'abc'", 8114, "Error converting data type varchar to float."),
    ("EXEC dbo.words WITH RESULT SETS ((x INT))", 245,
     "Conversion failed when converting the nvarchar value 'abc' to data type int."),
    ("EXEC dbo.one_set 1 WITH RESULT SETS ((n INT, t NOSUCHTYPE))", 2715, "Cannot find data type"),
])
def test_sql_servers_error_for_a_bad_value_or_call(db, statement, number, words):
    with pytest.raises(TsqlError) as raised:
        db.execute(statement)
    assert raised.value.number == number and words in str(raised.value)


def test_a_result_set_ended_by_a_semicolon_and_a_char_column_pads(db):
    sent = frames(db.execute("EXEC dbo.one_set 3 WITH RESULT SETS ((n CHAR(4), t INT));"))
    assert sent[0].values.tolist() == [["3   ", 6]]


# "CAST and CONVERT": a value assigned to a string variable is written in its type's default style: a float
# with up to six significant digits and a three-digit exponent, datetime2(n) and time(n) with n fractional digits.
@pytest.mark.parametrize("declare, expected", [
    ("@v FLOAT = 3", "3"),
    ("@v FLOAT = 1.5", "1.5"),
    ("@v FLOAT = 1234567", "1.23457e+006"),
    ("@v FLOAT = 0.0001", "0.0001"),
    ("@v DATETIME2 = '2020-01-02 10:30:00'", "2020-01-02 10:30:00.0000000"),
    ("@v DATETIME2(3) = '2020-01-02 10:30:00.5'", "2020-01-02 10:30:00.500"),
    ("@v DATETIME2(0) = '2020-01-02 10:30:00'", "2020-01-02 10:30:00"),
    ("@v TIME(2) = '10:30:00.25'", "10:30:00.25"),
    ("@v TIME = '10:30:00'", "10:30:00.0000000"),
])
def test_a_value_assigned_to_a_string_variable_is_written_in_its_default_style(db, declare, expected):
    assert db.scalar(f"DECLARE {declare}; DECLARE @s VARCHAR(40) = @v; SELECT @s AS s") == expected
