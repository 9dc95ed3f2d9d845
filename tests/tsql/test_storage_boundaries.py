"""A value is stored as its column's declared type says, at the lengths where the rule changes.

"char and varchar (Transact-SQL)" and "nchar and nvarchar": char(n) holds exactly n characters, a shorter
value padded with spaces; blanks beyond n are cut without an error, anything else beyond n is Msg 2628
("String or binary data would be truncated"); varchar(n) is not padded, and also loses only blanks beyond
n. "binary and varbinary": binary(n) is padded on the right with 0x00 to n bytes. "datetime2": a value
is rounded to the declared fractional digits. Each case is one byte or one character either side of n,
through every path that stores: INSERT, a frame appended with `load_frame`, a DEFAULT.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import sqlml
from sqlml.errors import TsqlError


DB_PER_MODULE = True


def fresh(db, columns: str) -> None:
    db.execute(f"DROP TABLE IF EXISTS dbo.t; CREATE TABLE dbo.t ({columns})")


# value given -> value stored, for CHAR(4) and VARCHAR(3): below, at and above n, with blanks beyond n.
CHAR_4 = [("abc", "abc "), ("abcd", "abcd"), ("abcd  ", "abcd"), ("", "    "), (" a", " a  ")]
VARCHAR_3 = [("ab", "ab"), ("ab ", "ab "), ("abc", "abc"), ("abc ", "abc"), ("ab    ", "ab "), ("a", "a")]


@pytest.mark.parametrize("given, kept", CHAR_4)
def test_a_char_column_pads_to_n_and_cuts_only_blanks(db, given, kept):
    fresh(db, "c CHAR(4)")
    db.execute("INSERT INTO dbo.t VALUES (@v)", {"v": given})
    assert db.scalar("SELECT c + '|' AS c FROM dbo.t") == kept + "|"


@pytest.mark.parametrize("given, kept", VARCHAR_3)
def test_a_varchar_column_cuts_only_blanks_beyond_n(db, given, kept):
    fresh(db, "v VARCHAR(3)")
    db.execute("INSERT INTO dbo.t VALUES (@v)", {"v": given})
    assert db.scalar("SELECT v + '|' AS v FROM dbo.t") == kept + "|"


@pytest.mark.parametrize("given, kept", CHAR_4)
def test_a_frame_appended_to_a_char_column_is_padded_the_same_way(db, given, kept):
    fresh(db, "c CHAR(4)")
    db.load_frame(pd.DataFrame({"c": [given]}), "dbo.t", if_exists="append")
    assert db.scalar("SELECT c + '|' AS c FROM dbo.t") == kept + "|"


@pytest.mark.parametrize("given, kept", VARCHAR_3)
def test_a_frame_appended_to_a_varchar_column_loses_only_blanks_beyond_n(db, given, kept):
    fresh(db, "v VARCHAR(3)")
    db.load_frame(pd.DataFrame({"v": [given]}), "dbo.t", if_exists="append")
    assert db.scalar("SELECT v + '|' AS v FROM dbo.t") == kept + "|"


@pytest.mark.parametrize("column, given", [("c CHAR(4)", "abcde"), ("v VARCHAR(3)", "abcd")])
def test_a_frame_with_more_than_n_characters_is_refused(db, column, given):
    fresh(db, column)
    with pytest.raises(Exception, match="(?i)truncat|length|2628"):
        db.load_frame(pd.DataFrame({column.split()[0]: [given]}), "dbo.t", if_exists="append")


@pytest.mark.parametrize("given, kept", [
    (b"\x01", b"\x01\x00\x00"), (b"\x01\x02", b"\x01\x02\x00"), (b"\x01\x02\x03", b"\x01\x02\x03")])
def test_a_frame_appended_to_a_binary_column_is_padded_with_zeros(db, given, kept):
    fresh(db, "b BINARY(3), vb VARBINARY(3)")
    db.load_frame(pd.DataFrame({"b": [given], "vb": [given]}), "dbo.t", if_exists="append")
    row = db.query("SELECT b, vb FROM dbo.t").iloc[0]
    assert (bytes(row["b"]), bytes(row["vb"])) == (kept, given)


@pytest.mark.parametrize("digits, given, kept", [
    (2, "12:00:00.125000", "12:00:00.130000"),     # half rounds up
    (2, "12:00:00.124999", "12:00:00.120000"),
    (5, "12:00:00.123455", "12:00:00.123460"),
    (5, "12:00:00.123454", "12:00:00.123450"),
    (6, "12:00:00.123456", "12:00:00.123456"),     # six digits: kept as they are
    (0, "12:00:00.500000", "12:00:01.000000"),
])
def test_a_frame_appended_to_a_datetime2_column_rounds_to_its_digits(db, digits, given, kept):
    fresh(db, f"d DATETIME2({digits})")
    stamp = pd.Timestamp(f"2026-01-02 {given}")
    db.load_frame(pd.DataFrame({"d": [stamp]}), "dbo.t", if_exists="append")
    assert pd.Timestamp(db.scalar("SELECT d FROM dbo.t")).to_pydatetime() == \
        dt.datetime.strptime(f"2026-01-02 {kept}", "%Y-%m-%d %H:%M:%S.%f")


def test_a_frame_with_a_missing_datetime_stores_null(db):
    fresh(db, "id INT, d DATETIME")
    db.load_frame(pd.DataFrame({"id": [1, 2], "d": [pd.Timestamp("2026-01-02 10:00:00.002"), pd.NaT]}),
                  "dbo.t", if_exists="append")
    values = db.query("SELECT d FROM dbo.t ORDER BY id")["d"].tolist()
    assert pd.Timestamp(values[0]).to_pydatetime() == dt.datetime(2026, 1, 2, 10, 0, 0, 3000) and pd.isna(values[1])


def test_a_frame_for_a_table_without_declared_types_is_appended_as_it_is(db):
    fresh(db, "id INT, v NVARCHAR(MAX)")
    db.load_frame(pd.DataFrame({"id": [1], "v": ["ab   "]}), "dbo.t", if_exists="append")
    assert db.scalar("SELECT v + '|' AS v FROM dbo.t") == "ab   |"


@pytest.mark.parametrize("default, kept", [("'ab'", "ab  |"), ("'abcd'", "abcd|"), ("'abcd   '", "abcd|")])
def test_a_char_default_is_stored_padded(db, default, kept):
    fresh(db, f"id INT, c CHAR(4) DEFAULT {default}")
    db.execute("INSERT INTO dbo.t (id) VALUES (1)")
    assert db.scalar("SELECT c + '|' AS c FROM dbo.t") == kept


def test_a_char_value_longer_than_n_is_msg_2628_through_update_and_merge(db):
    fresh(db, "id INT, c CHAR(2)")
    db.execute("INSERT INTO dbo.t VALUES (1, 'a')")
    for statement in ("UPDATE dbo.t SET c = 'abc'",
                      "MERGE dbo.t AS t USING (SELECT 1 AS id) AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET c = 'xyz';",
                      "MERGE dbo.t AS t USING (SELECT 2 AS id) AS s ON t.id = s.id "
                      "WHEN NOT MATCHED THEN INSERT (id, c) VALUES (s.id, 'xyz');"):
        with pytest.raises(TsqlError) as raised:
            db.execute(statement)
        assert raised.value.number == 2628
    db.execute("MERGE dbo.t AS t USING (SELECT 2 AS id) AS s ON t.id = s.id "
               "WHEN NOT MATCHED THEN INSERT (id, c) VALUES (s.id, 'q');")
    assert db.query("SELECT c + '|' AS c FROM dbo.t ORDER BY id")["c"].tolist() == ["a |", "q |"]


def test_a_union_mixing_a_datetime_with_a_string_into_datetime2_is_refused_with_what_to_do(db):
    # SQL Server converts by the UNION's type first; the engine cannot, and says how to write it instead.
    db.execute("DROP TABLE IF EXISTS dbo.s; CREATE TABLE dbo.s (a DATETIME, v VARCHAR(30)); "
               "INSERT INTO dbo.s VALUES ('2026-01-02 10:00:00.007', '2026-01-02')")
    fresh(db, "d DATETIME2")
    with pytest.raises(sqlml.UnsupportedError) as raised:
        db.execute("INSERT INTO dbo.t (d) SELECT a FROM dbo.s UNION ALL SELECT v FROM dbo.s")
    message = str(raised.value)
    assert "whose branches mix a DATETIME with another type" in message
    assert "CAST each branch's column to DATETIME2." in message
    assert db.scalar("SELECT COUNT(*) AS n FROM dbo.t") == 0


# -- what the mutation run of storage.py showed no test held ---------------------------------------------

def test_a_table_in_another_schema_stores_as_its_own_columns_are_declared(db):
    fresh(db, "c VARCHAR(10)")        # dbo.t, of the same name: not the table written to
    db.execute("CREATE SCHEMA other_schema")
    db.execute("CREATE TABLE other_schema.t (c CHAR(4)); INSERT INTO other_schema.t VALUES ('ab')")
    assert db.scalar("SELECT c + '|' AS c FROM other_schema.t") == "ab  |"


def test_insert_select_distinct_keeps_the_rows_distinct_before_they_are_stored(db):
    # DISTINCT decides on the selected values; the column's rounding comes after (two rows, both 10:00:00).
    fresh(db, "d DATETIME2(0)")
    db.execute("INSERT INTO dbo.t SELECT DISTINCT v FROM (VALUES (CAST('2026-01-02 10:00:00.1' AS DATETIME2)), "
               "(CAST('2026-01-02 10:00:00.2' AS DATETIME2))) AS s(v)")
    assert db.query("SELECT d FROM dbo.t")["d"].tolist() == [pd.Timestamp("2026-01-02 10:00:00")] * 2


def test_a_union_of_a_star_datetime_and_a_datetime2_into_datetime2_is_refused_by_name(db):
    db.execute("DROP TABLE IF EXISTS dbo.src; CREATE TABLE dbo.src (d DATETIME); "
               "INSERT INTO dbo.src VALUES ('2026-01-02 10:00:00.007')")
    fresh(db, "d DATETIME2(3)")
    with pytest.raises(sqlml.UnsupportedError) as raised:
        db.execute("INSERT INTO dbo.t SELECT * FROM dbo.src UNION ALL SELECT CAST('2026-01-02' AS DATETIME2)")
    assert "INSERT ... SELECT through a UNION into the DATETIME2 column at position 1" in str(raised.value)
    assert db.scalar("SELECT COUNT(*) AS n FROM dbo.t") == 0



def test_a_datetime_in_a_subquery_of_a_datetime2_beside_another_type_is_refused_by_name(db):
    """SQL Server compares the DATETIME as its 1/300 s tick against the DATETIME2 branch; with a third type
    beside them the embedded engine cannot tell which comparison each row makes, and says so."""
    fresh(db, "d DATETIME")
    db.execute("INSERT INTO dbo.t VALUES ('2026-01-02 10:00:00.007')")
    with pytest.raises(sqlml.UnsupportedError) as raised:
        db.query("SELECT d FROM dbo.t WHERE d IN (SELECT 1 UNION ALL SELECT CAST('2026-01-02' AS DATETIME2))")
    assert "A DATETIME compared through IN / ANY / ALL (subquery)" in str(raised.value)
