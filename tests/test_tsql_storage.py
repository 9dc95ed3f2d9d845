"""The values a column stores are the ones SQL Server stores: datetime, char(n), SELECT INTO's types.

Every test runs T-SQL through `sqlml.connect('duckdb:///...')` and compares with SQL Server's
documented behaviour (T-SQL reference pages named next to each test): "datetime (Transact-SQL)",
"datetime2 (Transact-SQL)", "char and varchar (Transact-SQL)", "nchar and nvarchar (Transact-SQL)",
"CAST and CONVERT (Transact-SQL)", "SELECT - INTO Clause (Transact-SQL)", "binary and varbinary
(Transact-SQL)", "DATEDIFF (Transact-SQL)", "sys.columns (Transact-SQL)", "COLUMNS (Transact-SQL)".
"""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd
import pytest

from sqlml.errors import TsqlError, UnsupportedError


def stamp(value) -> dt.datetime:
    return pd.Timestamp(value).to_pydatetime()


def column_types(db, table: str) -> list[list]:
    return db.query("SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                    f"WHERE TABLE_NAME = '{table}' ORDER BY ORDINAL_POSITION").astype(object).where(
        lambda f: f.notna(), None).values.tolist()


# "datetime (Transact-SQL)", Rounding of datetime fractional second precision: values are rounded to
# increments of .000, .003 or .007 seconds.
ROUNDING = [
    ("2026-11-22 21:07:00.000", "2026-11-22 21:07:00.000"), ("2026-11-22 21:07:00.001", "2026-11-22 21:07:00.000"),
    ("2026-11-22 21:07:00.002", "2026-11-22 21:07:00.003"), ("2026-11-22 21:07:00.004", "2026-11-22 21:07:00.003"),
    ("2026-11-22 21:07:00.005", "2026-11-22 21:07:00.007"), ("2026-11-22 21:07:00.008", "2026-11-22 21:07:00.007"),
    ("2026-11-22 21:07:00.009", "2026-11-22 21:07:00.010"), ("2026-11-22 21:07:00.990", "2026-11-22 21:07:00.990"),
    ("2026-11-22 21:07:00.991", "2026-11-22 21:07:00.990"), ("2026-11-22 21:07:00.992", "2026-11-22 21:07:00.993"),
    ("2026-11-22 21:07:00.994", "2026-11-22 21:07:00.993"), ("2026-11-22 21:07:00.995", "2026-11-22 21:07:00.997"),
    ("2026-11-22 21:07:00.998", "2026-11-22 21:07:00.997"), ("1998-01-01 23:59:59.999", "1998-01-02 00:00:00.000"),
    ("1800-06-30 12:00:00.005", "1800-06-30 12:00:00.007"),
]


def expected(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f")


def test_datetime_columns_round_to_three_hundredths_of_a_second_and_datetime2_keeps_them(db):
    db.execute("CREATE TABLE dbo.t (id INT, d DATETIME, d2 DATETIME2)")
    values = ", ".join(f"({k}, '{given}', '{given}')" for k, (given, _) in enumerate(ROUNDING))
    db.execute(f"INSERT INTO dbo.t VALUES {values}")
    frame = db.query("SELECT id, d, d2 FROM dbo.t ORDER BY id")
    assert [stamp(v) for v in frame["d"]] == [expected(want) for _, want in ROUNDING]
    assert [stamp(v) for v in frame["d2"]] == [expected(given) for given, _ in ROUNDING]
    # A datetime reaches pandas as a datetime2 does (DuckDB TIMESTAMP, microseconds).
    assert frame["d"].dtype == frame["d2"].dtype


def test_every_way_of_storing_a_datetime_rounds_it(db):
    db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;")
    db.execute("CREATE TABLE dbo.t (id INT, d DATETIME); CREATE TABLE dbo.src (id INT, s VARCHAR(30), d2 DATETIME2)")
    db.execute("INSERT INTO dbo.src VALUES (1, '2026-11-22 21:07:00.005', '2026-11-22 21:07:00.001')")
    db.execute("INSERT INTO dbo.t (id, d) SELECT id, s FROM dbo.src")                       # INSERT ... SELECT
    db.execute("INSERT INTO dbo.t SELECT 2, d2 FROM dbo.src")                               # from a datetime2
    db.execute("INSERT INTO dbo.t (d, id) VALUES ('2026-11-22 21:07:00.002', 3)")            # column list reordered
    db.execute("INSERT INTO dbo.t (id) VALUES (4); UPDATE dbo.t SET d = '2026-11-22 21:07:00.995' WHERE id = 4")
    db.execute("INSERT INTO dbo.t EXEC sp_execute_external_script @language = N'Python', "
               "@script = N'import pandas as pd; OutputDataSet = pd.DataFrame({\"id\": [5], "
               "\"d\": [pd.Timestamp(\"2026-11-22 21:07:00.008\")]})'")                        # INSERT ... EXEC
    db.execute("MERGE dbo.t AS t USING (SELECT 6 AS id) AS s ON t.id = s.id "
               "WHEN NOT MATCHED THEN INSERT (id, d) VALUES (s.id, '2026-11-22 21:07:00.001');")
    got = {int(r.id): stamp(r.d) for r in db.query("SELECT id, d FROM dbo.t").itertuples()}
    assert got == {1: expected("2026-11-22 21:07:00.007"), 2: expected("2026-11-22 21:07:00.000"),
                   3: expected("2026-11-22 21:07:00.003"), 4: expected("2026-11-22 21:07:00.997"),
                   5: expected("2026-11-22 21:07:00.007"), 6: expected("2026-11-22 21:07:00.000")}
    # UPDATE with DATEADD: adding 1 ms to a datetime rounds back to where it was ("DATEADD", datetime).
    db.execute("UPDATE dbo.t SET d = DATEADD(millisecond, 1, d) WHERE id = 2")
    assert stamp(db.scalar("SELECT d FROM dbo.t WHERE id = 2")) == expected("2026-11-22 21:07:00.000")


def test_cast_convert_getdate_and_dateadd_give_datetime_values(db):
    row = db.query("SELECT CAST('2026-11-22 21:07:00.005' AS DATETIME) AS a, "
                   "CONVERT(DATETIME, '2026-11-22 21:07:00.998') AS b, "
                   "TRY_CAST('2026-11-22 21:07:00.002' AS DATETIME) AS c, "
                   "CAST(CAST('2026-11-22 21:07:00.0049' AS DATETIME2) AS DATETIME) AS d, "
                   "DATEADD(millisecond, 2, CAST('2026-11-22 21:07:00' AS DATETIME)) AS e, "
                   "DATEADD(millisecond, 1, CAST('2026-11-22 21:07:00' AS DATETIME2)) AS f").iloc[0]
    assert [stamp(row[k]) for k in "abcdef"] == [
        expected("2026-11-22 21:07:00.007"), expected("2026-11-22 21:07:00.997"), expected("2026-11-22 21:07:00.003"),
        expected("2026-11-22 21:07:00.003"), expected("2026-11-22 21:07:00.003"), expected("2026-11-22 21:07:00.001")]
    # GETDATE(), CURRENT_TIMESTAMP and GETUTCDATE() return datetime: on the 1/300 s grid.
    for function in ("GETDATE()", "CURRENT_TIMESTAMP", "GETUTCDATE()", "DATEADD(second, 1, GETDATE())"):
        for _ in range(3):
            value = stamp(db.scalar(f"SELECT {function}"))
            assert value.microsecond % 1000 == 0 and (value.microsecond // 1000) % 10 in (0, 3, 7), function


def test_datetime_out_of_range_and_too_precise_strings_are_errors(db):
    # "datetime": 1753-01-01 through 9999-12-31 23:59:59.997; strings carry at most 3 fractional digits.
    with pytest.raises(TsqlError) as raised:
        db.query("SELECT CAST('1752-12-31' AS DATETIME)")
    assert raised.value.number == 242 and "varchar data type to a datetime data type" in str(raised.value)
    with pytest.raises(TsqlError) as raised:
        db.query("SELECT CAST(CAST('9999-12-31 23:59:59.999' AS DATETIME2) AS DATETIME)")
    assert raised.value.number == 242
    with pytest.raises(TsqlError) as raised:
        db.query("SELECT CAST('2026-11-22 21:07:00.0001' AS DATETIME)")
    assert raised.value.number == 241


def test_datetime_and_datetime2_to_strings_use_their_own_default_styles(db):
    # "CAST and CONVERT", date and time styles: datetime's default is style 0; datetime2's is 121
    # with 7 fractional digits.
    db.execute("CREATE TABLE dbo.t (d DATETIME, d2 DATETIME2); "
               "INSERT INTO dbo.t VALUES ('2026-11-22 21:07:03.123', '2026-11-22 21:07:03.123456')")
    row = db.query("SELECT CAST(d AS VARCHAR(30)) AS a, CAST(d2 AS VARCHAR(30)) AS b, CONVERT(VARCHAR(30), d, 121) AS c, "
                   "CONVERT(VARCHAR(30), d2, 121) AS d, CONVERT(VARCHAR(30), d2, 0) AS e, "
                   "CAST(GETDATE() AS VARCHAR(30)) AS f, CAST(SYSDATETIME() AS VARCHAR(30)) AS g FROM dbo.t").iloc[0]
    assert list(row[list("abcde")]) == ["Nov 22 2026  9:07PM", "2026-11-22 21:07:03.1234560", "2026-11-22 21:07:03.123",
                                        "2026-11-22 21:07:03.1234560", "Nov 22 2026  9:07PM"]
    assert row["f"].endswith(("AM", "PM")) and len(row["g"]) == 27 and row["g"][19] == "."
    # A variable declared DATETIME converts like the column; one declared DATETIME2 like datetime2.
    assert db.scalar("DECLARE @d DATETIME = '2026-11-22 21:07:03' SELECT CAST(@d AS VARCHAR(30))") == "Nov 22 2026  9:07PM"
    assert db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:03' SELECT CAST(@d AS VARCHAR(30))") == \
        "2026-11-22 21:07:03.0000000"


def test_datetime_variables_round_and_date_functions_still_work(db):
    assert stamp(db.scalar("DECLARE @d DATETIME = '2026-11-22 21:07:00.005' SELECT @d")) == expected("2026-11-22 21:07:00.007")
    assert stamp(db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:00.005' SELECT @d")) == expected("2026-11-22 21:07:00.005")
    # A Python datetime passed as a parameter is a datetime2: its microseconds are kept.
    given = dt.datetime(2026, 11, 22, 21, 7, 0, 5001)
    assert stamp(db.query("SELECT @p AS p", {"p": given})["p"][0]) == given
    db.execute("CREATE TABLE dbo.t (d DATETIME); INSERT INTO dbo.t VALUES ('2026-11-22 21:07:00.005')")
    row = db.query("SELECT DATEDIFF(millisecond, '2026-11-22 21:07:00', d) AS ms, DATEPART(millisecond, d) AS part, "
                   "DATEPART(year, d) AS y, (SELECT COUNT(*) FROM dbo.t WHERE d = '2026-11-22 21:07:00.007') AS eq, "
                   "(SELECT COUNT(*) FROM dbo.t WHERE d > '2026-11-22 21:07:00.006') AS gt FROM dbo.t").iloc[0]
    assert row.tolist() == [7, 7, 2026, 1, 0]
    # A string compared with a datetime is converted to datetime first ("Data type precedence"), so
    # '.005' and '.006' are .007: equal to the stored value, not below it.
    counts = db.query("SELECT (SELECT COUNT(*) FROM dbo.t WHERE d = '2026-11-22 21:07:00.005') AS eq, "
                      "(SELECT COUNT(*) FROM dbo.t WHERE d BETWEEN '2026-11-22 21:07:00.001' AND '2026-11-22 21:07:00.005') "
                      "AS between_, (SELECT COUNT(*) FROM dbo.t WHERE d IN ('2026-11-22 21:07:00.006')) AS in_").iloc[0]
    assert counts.tolist() == [1, 1, 1]


def test_char_and_nchar_columns_pad_with_spaces(db):
    # "char and nchar": fixed-length; a shorter value is padded with spaces to n. Blanks beyond n are
    # cut without an error; other characters beyond n are Msg 2628.
    db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;")
    db.execute("CREATE TABLE dbo.t (id INT, c CHAR(5), n NCHAR(3), v VARCHAR(4), one CHAR)")
    db.execute("INSERT INTO dbo.t VALUES (1, 'ab', N'é', 'ab      ', 'x')")
    db.execute("INSERT INTO dbo.t (id, c) SELECT 2, 'abcde     '")
    db.execute("INSERT INTO dbo.t (id, c, n) VALUES (3, '', NULL); UPDATE dbo.t SET n = 'z' WHERE id = 3")
    db.execute("INSERT INTO dbo.t (id, c) EXEC sp_execute_external_script @language = N'Python', "
               "@script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 4 AS id, ''q'' AS c'")
    db.execute("MERGE dbo.t AS t USING (SELECT 1 AS id) AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET one = '';")
    rows = db.query("SELECT id, c + '|' AS c, n + '|' AS n, v + '|' AS v, one + '|' AS one, LEN(c) AS len "
                    "FROM dbo.t ORDER BY id")
    assert rows.astype(object).where(rows.notna(), None).values.tolist() == [
        [1, "ab   |", "é  |", "ab  |", " |", 2], [2, "abcde|", None, None, None, 5],
        [3, "     |", "z  |", None, None, 0], [4, "q    |", None, None, None, 1]]
    with pytest.raises(TsqlError) as raised:
        db.execute("INSERT INTO dbo.t (id, c) VALUES (5, 'abcdef')")
    assert raised.value.number == 2628 and "column 'c'. Truncated value: 'abcde'." in str(raised.value)
    with pytest.raises(TsqlError) as raised:
        db.execute("UPDATE dbo.t SET n = N'four' WHERE id = 1")
    assert raised.value.number == 2628
    # The catalog says char / nchar with their lengths, as SQL Server's does.
    assert column_types(db, "t") == [["id", "int", None], ["c", "char", 5], ["n", "nchar", 3], ["v", "varchar", 4],
                                     ["one", "char", 1]]
    ids = db.query("SELECT c.name, c.system_type_id, c.max_length FROM sys.columns c JOIN sys.tables t "
                   "ON t.object_id = c.object_id WHERE t.name = 't' ORDER BY c.column_id").values.tolist()
    assert ids[1:3] == [["c", 175, 5], ["n", 239, 6]]


def test_defaults_are_stored_as_the_column_type_says(db):
    db.execute("CREATE TABLE dbo.t (id INT, made DATETIME DEFAULT GETDATE(), fixed DATETIME DEFAULT '2026-11-22 21:07:00.005', "
               "code CHAR(4) DEFAULT 'ab')")
    db.execute("INSERT INTO dbo.t (id) VALUES (1); INSERT INTO dbo.t VALUES (2, DEFAULT, DEFAULT, DEFAULT)")
    rows = db.query("SELECT made, fixed, code + '|' AS code FROM dbo.t ORDER BY id")
    assert rows["code"].tolist() == ["ab  |"] * 2
    assert [stamp(v) for v in rows["fixed"]] == [expected("2026-11-22 21:07:00.007")] * 2
    assert all(stamp(v).microsecond % 1000 == 0 and (stamp(v).microsecond // 1000) % 10 in (0, 3, 7) for v in rows["made"])


def test_the_model_registry_sha256_column_is_unchanged(db):
    # dbo.models has sha256 CHAR(64): a 64-character hash is stored as it is.
    digest = "ab" * 32
    db.execute("CREATE TABLE dbo.m (sha256 CHAR(64) NOT NULL)")
    db.execute("DECLARE @h CHAR(64) = @given INSERT INTO dbo.m VALUES (@h)", {"given": digest})
    assert db.scalar("SELECT sha256 FROM dbo.m") == digest


def test_bulk_appends_are_stored_as_the_declared_types_say_or_fail_loudly(db):
    db.execute("CREATE TABLE dbo.t (c CHAR(4), d DATETIME, v VARCHAR(3))")
    frame = pd.DataFrame({"c": ["ab", None], "d": [pd.Timestamp("2026-11-22 21:07:00.005"), pd.NaT],
                          "v": ["abc   ", "x"]})
    db.load_frame(frame, "dbo.t", if_exists="append")
    rows = db.query("SELECT c + '|' AS c, d, v + '|' AS v FROM dbo.t ORDER BY v")
    assert rows["c"].tolist()[0] == "ab  |" and rows["v"].tolist() == ["abc|", "x|"]
    assert stamp(rows["d"][0]) == expected("2026-11-22 21:07:00.007")
    # SQL that bypasses the translator cannot store an unpadded char or an unrounded datetime.
    for statement in ("INSERT INTO dbo.t (c) VALUES ('ab')", "INSERT INTO dbo.t (d) VALUES ('2026-11-22 21:07:00.005')"):
        with pytest.raises(duckdb.Error, match="the embedded engine stores"):
            db.connection.execute(statement)


def test_select_into_copies_the_declared_types(db):
    # "SELECT - INTO Clause": the new table's columns have the types of the select list's expressions.
    db.execute("CREATE TABLE dbo.src (id INT, name VARCHAR(10), code CHAR(3), wide NVARCHAR(20), d DATETIME, "
               "d2 DATETIME2, note VARCHAR(MAX)); "
               "INSERT INTO dbo.src VALUES (1, 'ann', 'ab', N'x', '2026-11-22 21:07:00.003', "
               "'2026-11-22 21:07:00.001', 'n')")
    results = db.execute("DECLARE @v VARCHAR(7) = 'v' "
                         "SELECT s.id, name, code, wide, d, d2, note, CAST(name AS VARCHAR(4)) AS short, 'abc' AS lit, "
                         "N'xy' AS nlit, code + name AS joined, UPPER(name) AS up, @v AS var, GETDATE() AS made, "
                         "CASE WHEN id = 1 THEN name ELSE 'a longer value' END AS chosen "
                         "INTO dbo.copy FROM dbo.src AS s")
    assert [r.message for r in results if r.frame is None] == ["(1 row affected)"]
    types = column_types(db, "copy")
    assert types == [
        ["id", "int", None], ["name", "varchar", 10], ["code", "char", 3], ["wide", "nvarchar", 20],
        ["d", "datetime", None], ["d2", "datetime2", None], ["note", "varchar", -1], ["short", "varchar", 4],
        ["lit", "varchar", 3], ["nlit", "nvarchar", 2], ["joined", "varchar", 13], ["up", "varchar", 10],
        ["var", "varchar", 7], ["made", "datetime", None], ["chosen", "varchar", 14]]
    copied = db.query("SELECT code + '|' AS code, short, d FROM dbo.copy").iloc[0]
    assert copied["code"] == "ab |" and copied["short"] == "ann" and stamp(copied["d"]) == expected("2026-11-22 21:07:00.003")
    # The declared lengths hold for later inserts, as on SQL Server (Msg 2628).
    with pytest.raises(TsqlError) as raised:
        db.execute("INSERT INTO dbo.copy (id, lit) VALUES (2, 'abcd')")
    assert raised.value.number == 2628 and "dbo.copy', column 'lit'" in str(raised.value)
    # ('abc' AS lit and N'xy' AS nlit are constants: NOT NULL columns, as on SQL Server.)
    db.execute("INSERT INTO dbo.copy (id, code, d, lit, nlit) VALUES (3, 'z', '2026-11-22 21:07:00.005', 'a', N'b')")
    row = db.query("SELECT code + '|' AS code, d FROM dbo.copy WHERE id = 3").iloc[0]
    assert row["code"] == "z  |" and stamp(row["d"]) == expected("2026-11-22 21:07:00.007")
    # Temporary tables, stars and derived tables keep the types too.
    db.execute("SELECT * INTO #star FROM (SELECT name, code FROM dbo.src) AS x")
    with pytest.raises(TsqlError, match="2628|truncated"):
        db.execute("INSERT INTO #star (name) VALUES (REPLICATE('n', 11))")
    db.execute("INSERT INTO #star (code) VALUES ('q')")
    assert db.scalar("SELECT code + '|' FROM #star WHERE code LIKE 'q%'") == "q  |"


def test_select_into_refuses_a_string_whose_length_it_cannot_derive(db):
    db.execute("CREATE TABLE dbo.src (name VARCHAR(10), d DATETIME)")
    with pytest.raises(UnsupportedError, match="SELECT ... INTO with the string column l .*CAST the column to VARCHAR"):
        db.execute("SELECT STRING_AGG(name, ',') WITHIN GROUP (ORDER BY name) AS l INTO dbo.copy FROM dbo.src")
    db.execute("SELECT CAST(STRING_AGG(name, ',') AS VARCHAR(2)) AS l INTO dbo.copy FROM dbo.src")
    assert column_types(db, "copy") == [["l", "varchar", 2]]
    db.execute("DROP TABLE dbo.copy; SELECT LEFT(name, 2) AS l INTO dbo.copy FROM dbo.src")   # "LEFT": varchar
    assert column_types(db, "copy") == [["l", "varchar", 2]]


def test_the_course_select_into_of_loaded_tables_still_runs(db):
    # 07-acceptance: SELECT ... INTO dbo.campaign_targets from a loaded table (strings without a declared
    # length stay unbounded) and a table made by CREATE TABLE, with a variable in WHERE.
    db.load_frame(pd.DataFrame({"c_customer_sk": [1, 2], "c_first_name": ["Ann", "Bo"],
                                "c_email_address": ["a@x", None]}), "dbo.customer")
    db.execute("CREATE TABLE dbo.customer_scores (customer INT NOT NULL, cluster INT NOT NULL, model_version INT NOT NULL); "
               "INSERT INTO dbo.customer_scores VALUES (1, 3, 1), (2, 4, 1)")
    db.execute("DROP TABLE IF EXISTS dbo.campaign_targets; "
               "SELECT s.customer, c.c_first_name AS first_name, c.c_email_address AS email_address, s.cluster, "
               "s.model_version INTO dbo.campaign_targets FROM dbo.customer_scores AS s "
               "INNER JOIN dbo.customer AS c ON c.c_customer_sk = s.customer WHERE s.cluster = @target_cluster;",
               {"target_cluster": 3})
    assert db.query("SELECT customer, first_name FROM dbo.campaign_targets").values.tolist() == [[1, "Ann"]]
    assert column_types(db, "campaign_targets")[1] == ["first_name", "varchar", -1]


def test_datetime2_with_fewer_digits_rounds_to_them(db):
    # "datetime2 (Transact-SQL)": datetime2(n) keeps n fractional digits, rounding the value; converted
    # to a string it shows n digits (none for datetime2(0)).
    row = db.query("SELECT CAST('2026-11-22 21:07:00.12351' AS DATETIME2(3)) AS a, "
                   "CAST('2026-11-22 21:07:59.5' AS DATETIME2(0)) AS b, "
                   "CAST(CAST('2026-11-22 21:07:00.12351' AS DATETIME2(3)) AS VARCHAR(40)) AS c, "
                   "CAST(CAST('2026-11-22 21:07:00.4' AS DATETIME2(0)) AS VARCHAR(40)) AS d").iloc[0]
    assert stamp(row["a"]) == expected("2026-11-22 21:07:00.124") and stamp(row["b"]) == expected("2026-11-22 21:08:00.000")
    assert [row["c"], row["d"]] == ["2026-11-22 21:07:00.124", "2026-11-22 21:07:00"]
    db.execute("CREATE TABLE dbo.t (id INT, a DATETIME2(3), b DATETIME2(0), c DATETIME2)")
    db.execute("INSERT INTO dbo.t VALUES (1, '2026-11-22 21:07:00.12351', '2026-11-22 21:07:00.5', "
               "'2026-11-22 21:07:00.123456')")
    db.execute("INSERT INTO dbo.t (id, a) SELECT 2, c FROM dbo.t WHERE id = 1")
    rows = db.query("SELECT a, b, c, CAST(a AS VARCHAR(40)) AS sa, CAST(b AS VARCHAR(40)) AS sb, "
                    "CAST(c AS VARCHAR(40)) AS sc FROM dbo.t ORDER BY id")
    assert [stamp(v) for v in rows["a"]] == [expected("2026-11-22 21:07:00.124"), expected("2026-11-22 21:07:00.123")]
    assert stamp(rows["b"][0]) == expected("2026-11-22 21:07:01.000")
    assert rows[["sa", "sb", "sc"]].values.tolist()[0] == ["2026-11-22 21:07:00.124", "2026-11-22 21:07:01",
                                                          "2026-11-22 21:07:00.1234560"]
    assert db.scalar("DECLARE @x DATETIME2(1) = '2026-11-22 21:07:00.15' SELECT CAST(@x AS VARCHAR(30))") == \
        "2026-11-22 21:07:00.2"
    # SELECT INTO copies datetime2(3): a later value is rounded to 3 digits there too.
    db.execute("SELECT a INTO dbo.copy FROM dbo.t WHERE id = 1; INSERT INTO dbo.copy VALUES ('2026-11-22 21:07:00.0006')")
    assert [stamp(v) for v in db.query("SELECT a FROM dbo.copy ORDER BY a")["a"]] == [
        expected("2026-11-22 21:07:00.001"), expected("2026-11-22 21:07:00.124")]


def test_smalldatetime_is_refused_by_name_in_statements(db):
    with pytest.raises(UnsupportedError, match="SMALLDATETIME"):
        db.execute("CREATE TABLE dbo.t (d SMALLDATETIME)")
    with pytest.raises(UnsupportedError, match="SMALLDATETIME"):
        db.query("SELECT CAST('2026-11-22 21:07:29.999' AS SMALLDATETIME)")
    # A variable rounds to the minute: 29.999 seconds or more round up ("smalldatetime (Transact-SQL)").
    assert stamp(db.scalar("DECLARE @d SMALLDATETIME = '2026-11-22 21:07:29.999' SELECT @d")) == \
        expected("2026-11-22 21:08:00.000")
    assert stamp(db.scalar("DECLARE @d SMALLDATETIME = '2026-11-22 21:07:29.998' SELECT @d")) == \
        expected("2026-11-22 21:07:00.000")


def test_shaping_an_insert_never_hides_a_column_count_mismatch(db):
    # "INSERT": a select list with more (or fewer) items than the insert list is an error, also when the
    # values are shaped for a char column.
    db.execute("CREATE TABLE dbo.t (id INT, c CHAR(3)); CREATE TABLE dbo.s (id INT, c VARCHAR(5), x INT); "
               "INSERT INTO dbo.s VALUES (1, 'a', 0)")
    for statement in ("INSERT INTO dbo.t SELECT * FROM dbo.s", "INSERT INTO dbo.t SELECT id, c, x FROM dbo.s",
                      "INSERT INTO dbo.t SELECT id FROM dbo.s UNION ALL SELECT 2",
                      "INSERT INTO dbo.t (id, c) VALUES (1, 'a', 3)"):
        with pytest.raises(TsqlError):
            db.execute(statement)
    assert db.scalar("SELECT COUNT(*) FROM dbo.t") == 0
    db.execute("INSERT INTO dbo.t SELECT * FROM (SELECT id, c FROM dbo.s) AS x; "
               "INSERT INTO dbo.t SELECT DISTINCT id, c FROM dbo.s")
    assert db.query("SELECT c + '|' AS c FROM dbo.t")["c"].tolist() == ["a  |", "a  |"]


def nullability(db, table: str) -> dict[str, str]:
    return dict(db.query("SELECT COLUMN_NAME, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS "
                         f"WHERE TABLE_NAME = '{table}' ORDER BY ORDINAL_POSITION").values.tolist())


def test_select_into_keeps_not_null_as_sql_server_derives_it(db):
    # "SELECT - INTO Clause": each new column has the nullability of its select-list expression: a column
    # copied from a NOT NULL column is NOT NULL (not on the NULL side of an outer join), a constant and
    # ISNULL(x, NOT NULL) are NOT NULL, other expressions are nullable.
    db.execute("CREATE TABLE dbo.a (k INT NOT NULL, n INT NULL, s VARCHAR(5) NOT NULL); "
               "CREATE TABLE dbo.b (k INT NOT NULL, m INT NOT NULL); "
               "INSERT INTO dbo.a VALUES (1, NULL, 'x'), (2, 3, 'y'); INSERT INTO dbo.b VALUES (1, 1)")
    db.execute("SELECT k, n, s, 1 AS one, 'z' AS lit, NULL AS nothing, ISNULL(n, 0) AS nn, k + 1 AS expr "
               "INTO dbo.c FROM dbo.a")
    assert nullability(db, "c") == {"k": "NO", "n": "YES", "s": "NO", "one": "NO", "lit": "NO", "nothing": "YES",
                                    "nn": "NO", "expr": "YES"}
    db.execute("SELECT a.k, b.m INTO dbo.l FROM dbo.a AS a LEFT JOIN dbo.b AS b ON a.k = b.k")
    db.execute("SELECT a.k, b.m INTO dbo.r FROM dbo.a AS a RIGHT JOIN dbo.b AS b ON a.k = b.k")
    db.execute("SELECT x.k INTO #d FROM (SELECT k FROM dbo.a) AS x")
    assert [nullability(db, "l"), nullability(db, "r")] == [{"k": "NO", "m": "YES"}, {"k": "YES", "m": "NO"}]
    assert db.query("SELECT c.name, c.is_nullable FROM sys.columns c JOIN sys.tables t ON t.object_id = c.object_id "
                    "WHERE t.name = 'c' AND c.name IN ('k', 'n') ORDER BY c.name").values.tolist() == [["k", False],
                                                                                                    ["n", True]]
    # A NULL into a NOT NULL column: Msg 515.
    with pytest.raises(TsqlError) as raised:
        db.execute("INSERT INTO dbo.c (k, s, one, lit, nn) VALUES (NULL, 'a', 1, 'b', 0)")
    assert raised.value.number == 515 and "Cannot insert the value NULL into column 'k'" in str(raised.value)
    with pytest.raises(TsqlError) as raised:
        db.execute("INSERT INTO #d VALUES (NULL)")
    assert raised.value.number == 515
    db.execute("INSERT INTO dbo.c (k, s, one, lit, nn) VALUES (3, 'a', 1, 'b', 0)")


def test_select_into_refuses_to_copy_an_identity_column_by_name(db):
    # "SELECT - INTO Clause", Working with identity columns: an IDENTITY column selected alone from one
    # table stays IDENTITY in the new table (not through a join, UNION, aggregate, or listed twice, where it
    # is a plain NOT NULL column). The embedded engine refuses the first by name.
    db.execute("CREATE TABLE dbo.a (id INT IDENTITY(10, 5) PRIMARY KEY, k INT NOT NULL); CREATE TABLE dbo.b (k INT); "
               "INSERT INTO dbo.a (k) VALUES (1), (2); INSERT INTO dbo.b VALUES (1)")
    for statement in ("SELECT id, k INTO dbo.c FROM dbo.a", "SELECT * INTO #c FROM dbo.a WHERE k = 1",
                      "SELECT x.id INTO dbo.c FROM (SELECT id FROM dbo.a) AS x"):
        with pytest.raises(UnsupportedError, match="SELECT ... INTO copying the IDENTITY column id of dbo.a"):
            db.execute(statement)
    db.execute("SELECT a.id, b.k INTO dbo.joined FROM dbo.a AS a JOIN dbo.b AS b ON a.k = b.k")
    db.execute("SELECT id, id AS again INTO dbo.twice FROM dbo.a")
    db.execute("SELECT id INTO dbo.unioned FROM dbo.a UNION ALL SELECT k FROM dbo.b")
    db.execute("SELECT MAX(id) AS id INTO dbo.top_id FROM dbo.a")
    ids = db.query("SELECT t.name, c.name AS col, c.is_identity, c.is_nullable FROM sys.columns c JOIN sys.tables t "
                   "ON t.object_id = c.object_id WHERE t.name IN ('joined', 'twice', 'unioned', 'top_id') "
                   "ORDER BY t.name, c.column_id").values.tolist()
    assert ids == [["joined", "id", False, False], ["joined", "k", False, True], ["top_id", "id", False, True],
                   ["twice", "id", False, False], ["twice", "again", False, False], ["unioned", "id", False, True]]
    assert db.query("SELECT id FROM dbo.twice ORDER BY id")["id"].tolist() == [10, 15]


def test_nvarchar_columns_are_nvarchar_in_the_catalog_views(db):
    # "sys.columns": max_length is in bytes, 2n for nvarchar(n) and nchar(n), -1 for (max); "COLUMNS":
    # CHARACTER_MAXIMUM_LENGTH is in characters. nvarchar is system_type_id 231, binary 173 ("sys.types").
    db.execute("CREATE TABLE dbo.t (w NVARCHAR(20), m NVARCHAR(MAX), one NVARCHAR, v VARCHAR(5), b BINARY(4), "
               "vb VARBINARY(4))")
    assert column_types(db, "t") == [["w", "nvarchar", 20], ["m", "nvarchar", -1], ["one", "nvarchar", 1],
                                     ["v", "varchar", 5], ["b", "binary", 4], ["vb", "varbinary", 4]]
    ids = db.query("SELECT c.name, c.system_type_id, c.max_length FROM sys.columns c JOIN sys.tables t "
                   "ON t.object_id = c.object_id WHERE t.name = 't' ORDER BY c.column_id").values.tolist()
    assert ids == [["w", 231, 40], ["m", 231, -1], ["one", 231, 2], ["v", 167, 5], ["b", 173, 4], ["vb", 165, 4]]
    # SELECT INTO copies them.
    db.execute("INSERT INTO dbo.t VALUES (N'x', N'y', N'z', 'v', 0x01, 0x02); SELECT w, m, b, vb INTO dbo.c FROM dbo.t")
    assert column_types(db, "c") == [["w", "nvarchar", 20], ["m", "nvarchar", -1], ["b", "binary", 4],
                                     ["vb", "varbinary", 4]]


@pytest.mark.parametrize("column", ["m NVARCHAR(MAX)", "w NVARCHAR(20)", "n NCHAR(2)", "d DATETIME"])
def test_alter_table_adding_a_column_whose_declared_type_the_catalog_cannot_keep_is_refused_by_name(db, column):
    # The declared type lives in a CHECK that DuckDB cannot add to an existing table: an NVARCHAR(MAX)
    # column added by ALTER TABLE would be varchar(max) in the catalog views, where SQL Server says nvarchar.
    db.execute("CREATE TABLE dbo.t (id INT)")
    for statement in (f"ALTER TABLE dbo.t ADD {column}", f"ALTER TABLE dbo.t ALTER COLUMN id {column.split()[1]}"):
        with pytest.raises(UnsupportedError) as caught:
            db.execute(statement)
        assert "ALTER TABLE with the column" in str(caught.value) and "SQL Server runs it" in str(caught.value)
        assert "CREATE TABLE" in str(caught.value)
    assert column_types(db, "t") == [["id", "int", None]]
    db.execute("ALTER TABLE dbo.t ADD v VARCHAR(MAX)")     # varchar(max) needs no declared type
    assert column_types(db, "t") == [["id", "int", None], ["v", "varchar", -1]]


def test_binary_values_are_padded_with_zeros(db):
    # "binary and varbinary": binary(n) is fixed-length n bytes; a shorter value is padded on the right
    # with 0x00 (columns, CAST, variables); varbinary(n) is not padded.
    db.execute("CREATE TABLE dbo.t (id INT, b BINARY(4), vb VARBINARY(4))")
    db.execute("INSERT INTO dbo.t VALUES (1, 0x0102, 0x0102); INSERT INTO dbo.t (id, b) SELECT 2, vb FROM dbo.t; "
               "INSERT INTO dbo.t (id) VALUES (3); UPDATE dbo.t SET b = 0x05 WHERE id = 3")
    rows = db.query("SELECT id, b, vb FROM dbo.t ORDER BY id")
    assert [bytes(v) for v in rows["b"]] == [b"\x01\x02\x00\x00", b"\x01\x02\x00\x00", b"\x05\x00\x00\x00"]
    assert bytes(rows["vb"][0]) == b"\x01\x02"
    assert bytes(db.scalar("SELECT CAST(0x01 AS BINARY(3))")) == b"\x01\x00\x00"
    assert bytes(db.scalar("DECLARE @b BINARY(3) = 0x01 SELECT @b")) == b"\x01\x00\x00"
    with pytest.raises(TsqlError) as raised:
        db.execute("INSERT INTO dbo.t (id, b) VALUES (4, 0x0102030405)")
    assert raised.value.number == 2628
    # A path that bypasses the translator cannot store an unpadded binary(n).
    with pytest.raises(duckdb.Error, match="padded with 0x00"):
        db.connection.execute("INSERT INTO dbo.t (b) VALUES ('\\x01'::BLOB)")


def test_a_date_time_variable_assigned_to_a_string_keeps_its_own_style(db):
    # "CAST and CONVERT", default styles: datetime and smalldatetime 0, datetime2 'yyyy-mm-dd hh:mi:ss.fffffff'
    # (its n digits), date 'yyyy-mm-dd', time 'hh:mi:ss.fffffff'.
    assert db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:03.123456'; DECLARE @s VARCHAR(30) = @d; "
                     "SELECT @s") == "2026-11-22 21:07:03.1234560"
    assert db.scalar("DECLARE @d DATETIME2(3) = '2026-11-22 21:07:03.1236'; DECLARE @s VARCHAR(30); SET @s = @d; "
                     "SELECT @s") == "2026-11-22 21:07:03.124"
    assert db.scalar("DECLARE @d DATETIME = '2026-11-22 21:07:03'; DECLARE @s VARCHAR(30) = @d; SELECT @s") == \
        "Nov 22 2026  9:07PM"
    assert db.scalar("DECLARE @d DATE = '2026-11-22'; DECLARE @s VARCHAR(30) = @d; SELECT @s") == "2026-11-22"
    assert db.scalar("DECLARE @t TIME = '21:07:03.5'; DECLARE @s VARCHAR(30) = @t; SELECT @s") == "21:07:03.5000000"
    assert db.scalar("SELECT CAST(CAST('21:07:03.5' AS TIME) AS VARCHAR(30))") == "21:07:03.5000000"
    # An expression: converted by SQL in its type's style.
    assert db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:03'; DECLARE @s VARCHAR(30) = DATEADD(day, 1, @d); "
                     "SELECT @s") == "2026-11-23 21:07:03.0000000"
    assert db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:03'; DECLARE @s NVARCHAR(MAX); SELECT @s = @d; "
                     "SELECT @s") == "2026-11-22 21:07:03.0000000"
    assert db.scalar("DECLARE @s VARCHAR(30) = GETDATE(); SELECT RIGHT(@s, 2)") in ("AM", "PM")
    assert len(db.scalar("DECLARE @s VARCHAR(30) = SYSDATETIME(); SELECT @s")) == 27
    # A procedure's string parameter given a datetime2 variable.
    db.execute("CREATE PROCEDURE dbo.echo @s VARCHAR(30) AS SELECT @s AS s")
    assert db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:03'; EXEC dbo.echo @s = @d") == \
        "2026-11-22 21:07:03.0000000"


def test_a_datetime_compared_with_a_string_column_or_variable_converts_it_as_sql_server_does(db):
    # "Data type precedence": the string is converted to datetime (rounded to 1/300 s) before comparing;
    # "datetime": a string with more than 3 fractional digits does not convert (Msg 241).
    db.execute("CREATE TABLE dbo.t (d DATETIME, s VARCHAR(40)); "
               "INSERT INTO dbo.t VALUES ('2026-11-22 21:07:00.007', '2026-11-22 21:07:00.005')")
    row = db.query("SELECT (SELECT COUNT(*) FROM dbo.t WHERE d = s) AS eq, (SELECT COUNT(*) FROM dbo.t WHERE s = d) AS eq2, "
                   "(SELECT COUNT(*) FROM dbo.t WHERE d > s) AS gt").iloc[0]
    assert row.tolist() == [1, 1, 0]
    assert db.scalar("DECLARE @s VARCHAR(30) = '2026-11-22 21:07:00.006' SELECT COUNT(*) FROM dbo.t WHERE d = @s") == 1
    # NULLIF compares the same way ("NULLIF": the values are compared as with =).
    assert db.scalar("SELECT COUNT(NULLIF(d, '2026-11-22 21:07:00.005')) FROM dbo.t") == 0
    with pytest.raises(TsqlError) as raised:
        db.query("DECLARE @s VARCHAR(30) = '2026-11-22 21:07:00.0061' SELECT COUNT(*) FROM dbo.t WHERE d = @s")
    assert raised.value.number == 241
    db.execute("UPDATE dbo.t SET s = '2026-11-22 21:07:00.0049'")
    with pytest.raises(TsqlError) as raised:
        db.query("SELECT CAST(s AS DATETIME) FROM dbo.t")
    assert raised.value.number == 241
    with pytest.raises(TsqlError) as raised:
        db.execute("INSERT INTO dbo.t (d) SELECT s FROM dbo.t")
    assert raised.value.number == 241


def test_a_seventh_fractional_digit_is_refused_by_name(db):
    # "datetime2": 100 ns precision (7 digits); DuckDB keeps microseconds, so a non-zero 7th digit that
    # datetime2(7) / datetime2(6) (rounding) / time(7) would use is refused; fewer digits round as SQL Server does.
    for statement in ("SELECT CAST('2026-11-22 21:07:00.1234567' AS DATETIME2)",
                      "SELECT CONVERT(DATETIME2(6), '2026-11-22 21:07:00.1234565')",
                      "SELECT CAST('21:07:00.1234567' AS TIME)"):
        with pytest.raises(UnsupportedError, match="7th fractional digit"):
            db.query(statement)
    db.execute("CREATE TABLE dbo.t (d2 DATETIME2, s VARCHAR(40)); "
               "INSERT INTO dbo.t VALUES ('2026-11-22 21:07:00.1234560', '2026-11-22 21:07:00.1234567')")
    with pytest.raises(UnsupportedError, match="7th fractional digit"):
        db.query("SELECT COUNT(*) FROM dbo.t WHERE d2 = '2026-11-22 21:07:00.1234561'")
    with pytest.raises(UnsupportedError, match="7th fractional digit"):
        db.query("SELECT CAST(s AS DATETIME2) FROM dbo.t")
    assert stamp(db.scalar("SELECT CAST('2026-11-22 21:07:00.1234567' AS DATETIME2(5))")) == \
        expected("2026-11-22 21:07:00.123460")
    assert stamp(db.scalar("SELECT d2 FROM dbo.t")) == expected("2026-11-22 21:07:00.123456")


def test_a_datetime_converted_to_datetime2_is_its_tick(db):
    # "datetime": .007 is stored as the tick 2/300 s, shown rounded; "CAST and CONVERT" converts the tick:
    # CAST(d AS DATETIME2) is .0066667, rounded to n digits for DATETIME2(n).
    db.execute("CREATE TABLE dbo.t (d DATETIME, e DATETIME); "
               "INSERT INTO dbo.t VALUES ('2026-11-22 21:07:00.007', '2026-11-22 21:07:00.010')")
    row = db.query("SELECT CAST(d AS DATETIME2(6)) AS a, CAST(d AS DATETIME2(3)) AS b, CAST(d AS DATETIME2(2)) AS c, "
                   "CONVERT(DATETIME2(4), d) AS e, CAST(CAST(d AS DATETIME2(6)) AS VARCHAR(40)) AS s, "
                   "CAST(e AS DATETIME2) AS f FROM dbo.t").iloc[0]
    assert [stamp(row[k]) for k in "abcef"] == [
        expected("2026-11-22 21:07:00.006667"), expected("2026-11-22 21:07:00.007"), expected("2026-11-22 21:07:00.010"),
        expected("2026-11-22 21:07:00.006700"), expected("2026-11-22 21:07:00.010")]
    assert row["s"] == "2026-11-22 21:07:00.006667"
    # DATETIME2(7) would hold .0066667: refused, as is DATEDIFF below the millisecond ("DATEDIFF").
    with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
        db.query("SELECT CAST(d AS DATETIME2) FROM dbo.t")
    with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
        db.query("SELECT DATEDIFF(microsecond, '2026-11-22 21:07:00', d) FROM dbo.t")
    assert db.scalar("SELECT DATEDIFF(microsecond, '2026-11-22 21:07:00', e) FROM dbo.t") == 10000
    # A datetime compared with a datetime2 is converted the same way ("Data type precedence"): .010 equals
    # .010, and a datetime ending in .003 / .007 (.0066667 there) is refused.
    db.execute("CREATE TABLE dbo.u (d DATETIME, d2 DATETIME2(3)); INSERT INTO dbo.u VALUES "
               "('2026-11-22 21:07:00.010', '2026-11-22 21:07:00.010')")
    assert db.scalar("SELECT COUNT(*) FROM dbo.u WHERE d = d2") == 1
    db.execute("INSERT INTO dbo.u VALUES ('2026-11-22 21:07:00.007', '2026-11-22 21:07:00.007')")
    with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
        db.query("SELECT COUNT(*) FROM dbo.u WHERE d = d2")
    # Also where the columns' types come from the catalog only (UPDATE ... FROM).
    db.execute("CREATE TABLE dbo.w (d2 DATETIME2(3), n INT); INSERT INTO dbo.w VALUES ('2026-11-22 21:07:00.010', 0)")
    with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
        db.execute("UPDATE dbo.w SET n = 1 FROM dbo.u AS u WHERE u.d = w.d2")
    db.execute("UPDATE dbo.w SET n = 1 FROM dbo.t AS t WHERE t.e = w.d2")
    assert db.scalar("SELECT n FROM dbo.w") == 1


def test_date_time_variables_read_a_seventh_digit_only_when_it_is_zero(db):
    # "datetime2" and "time" read 7 fractional digits; Python keeps 6, so a non-zero 7th is refused.
    assert stamp(db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:00.1234560' SELECT @d")) == \
        expected("2026-11-22 21:07:00.123456")
    assert db.scalar("DECLARE @t TIME = '21:07:00.1234560' SELECT CAST(@t AS VARCHAR(30))") == "21:07:00.1234560"
    with pytest.raises(UnsupportedError, match="7th fractional digit"):
        db.scalar("DECLARE @d DATETIME2 = '2026-11-22 21:07:00.1234567' SELECT @d")


def test_a_datetime_stored_in_a_datetime2_column_is_its_tick(db):
    # "CAST and CONVERT": datetime to datetime2 converts the 1/300 s tick (.003 is .0033333), rounded to the
    # column's digits; a datetime2 column of 6 or 7 digits would need 100 ns for .003 / .007: refused by name.
    db.execute("CREATE TABLE dbo.src (d DATETIME, e DATETIME); "
               "INSERT INTO dbo.src VALUES ('2026-11-22 21:07:00.007', '2026-11-22 21:07:00.010')")
    db.execute("CREATE TABLE dbo.t (id INT, a DATETIME2(2), c DATETIME2)")
    db.execute("INSERT INTO dbo.t (id, a) SELECT 1, d FROM dbo.src; INSERT INTO dbo.t (id, c) SELECT 2, e FROM dbo.src; "
               "DECLARE @d DATETIME = '2026-11-22 21:07:00.003'; INSERT INTO dbo.t (id, a) VALUES (3, @d)")
    rows = db.query("SELECT id, a, c FROM dbo.t ORDER BY id")
    assert [stamp(rows["a"][0]), stamp(rows["c"][1]), stamp(rows["a"][2])] == [
        expected("2026-11-22 21:07:00.010"), expected("2026-11-22 21:07:00.010"), expected("2026-11-22 21:07:00.000")]
    for statement in ("INSERT INTO dbo.t (id, c) SELECT 4, d FROM dbo.src",
                      "INSERT INTO dbo.t (id, c) VALUES (5, CAST('2026-11-22 21:07:00.003' AS DATETIME))",
                      "UPDATE dbo.t SET c = (SELECT d FROM dbo.src) WHERE id = 2",
                      "UPDATE dbo.t SET c = s.d FROM dbo.src AS s WHERE t.id = 2"):
        with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
            db.execute(statement)


def test_a_literal_with_a_seventh_digit_stored_in_a_datetime2_or_time_column_is_refused(db):
    # "datetime2" / "time": 7 fractional digits are stored; DuckDB keeps 6.
    db.execute("CREATE TABLE dbo.t (id INT, c DATETIME2, t TIME, a DATETIME2(3))")
    for statement in ("INSERT INTO dbo.t (id, c) VALUES (1, '2026-11-22 21:07:00.1234567')",
                      "INSERT INTO dbo.t (id, t) VALUES (1, '21:07:00.1234567')",
                      "UPDATE dbo.t SET c = '2026-11-22 21:07:00.1234567'"):
        with pytest.raises(UnsupportedError, match="7th fractional digit"):
            db.execute(statement)
    db.execute("INSERT INTO dbo.t VALUES (2, '2026-11-22 21:07:00.1234560', '21:07:00.5', '2026-11-22 21:07:00.1234567')")
    row = db.query("SELECT c, t, a FROM dbo.t").iloc[0]
    assert stamp(row["c"]) == expected("2026-11-22 21:07:00.123456") and row["t"] == dt.time(21, 7, 0, 500000)
    assert stamp(row["a"]) == expected("2026-11-22 21:07:00.123")


def test_a_datetime_stored_into_datetime2_through_a_union_distinct_or_star_is_its_tick(db):
    # "CAST and CONVERT": a datetime converted to datetime2 is its 1/300 s tick (.007 is .0066667), also
    # when INSERT ... SELECT stores it through a UNION, DISTINCT or * (shaped outside the query, by position).
    db.execute("CREATE TABLE dbo.s (d DATETIME, e DATETIME2(3), s VARCHAR(30)); "
               "INSERT INTO dbo.s VALUES ('2026-11-22 21:07:00.007', '2026-11-22 21:07:00.007', '2026-11-22 21:07:00.005'); "
               "CREATE TABLE dbo.t (b DATETIME2(3), c DATETIME2(2), f DATETIME2(4))")
    tick = [stamp("2026-11-22 21:07:00.007"), stamp("2026-11-22 21:07:00.010"), stamp("2026-11-22 21:07:00.0067")]
    for statement, stored in (
            ("INSERT INTO dbo.t SELECT d, d, d FROM dbo.s UNION SELECT d, d, d FROM dbo.s", tick),
            ("INSERT INTO dbo.t SELECT DISTINCT d, d, d FROM dbo.s", tick),
            ("INSERT INTO dbo.t (c, f) SELECT d, d FROM dbo.s UNION ALL SELECT NULL, NULL", [None, *tick[1:]]),
            ("INSERT INTO dbo.t (f) SELECT * FROM (SELECT d FROM dbo.s) AS x", [None, None, tick[2]]),
            ("DECLARE @x DATETIME = '2026-11-22 21:07:00.007'; INSERT INTO dbo.t (f) SELECT @x UNION SELECT @x",
             [None, None, tick[2]])):
        db.execute("DELETE FROM dbo.t")
        db.execute(statement)
        row = db.query("SELECT b, c, f FROM dbo.t WHERE f IS NOT NULL").iloc[0]
        assert [None if pd.isna(v) else stamp(v) for v in row] == stored, statement
    db.execute("DELETE FROM dbo.t")
    db.execute("INSERT INTO dbo.t (f) SELECT e FROM dbo.s UNION SELECT e FROM dbo.s")   # a datetime2 stays itself
    assert stamp(db.scalar("SELECT f FROM dbo.t")) == stamp("2026-11-22 21:07:00.007")
    # A datetime beside a datetime2 is converted in its branch, exactly: .007 needs 100 ns, refused by name.
    with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
        db.execute("INSERT INTO dbo.t (f) SELECT d FROM dbo.s UNION ALL SELECT e FROM dbo.s")
    # A datetime beside a string: SQL Server converts by the UNION's type first; refused by name.
    with pytest.raises(UnsupportedError, match="INSERT ... SELECT through a UNION into the DATETIME2 column"):
        db.execute("INSERT INTO dbo.t (f) SELECT d FROM dbo.s UNION ALL SELECT s FROM dbo.s")
    # A DATETIME2(6) / (7) column keeps 100 ns: a tick that needs them is refused by name, as elsewhere.
    db.execute("CREATE TABLE dbo.fine (a DATETIME2)")
    with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
        db.execute("INSERT INTO dbo.fine SELECT DISTINCT d FROM dbo.s")
    assert db.scalar("SELECT COUNT(*) FROM dbo.fine") == 0


def test_a_datetime_compared_with_a_datetime2_through_in_any_all_subquery_is_its_tick(db):
    # "CAST and CONVERT" / "Data type precedence": a datetime met by a datetime2 is converted to datetime2,
    # its 1/300 s tick (.007 is .0066667), also through IN / ANY / ALL (subquery); the tick needs 100 ns for
    # .003 / .007 (refused by name), and is exact for .000 / .010.
    db.execute("CREATE TABLE dbo.s (d DATETIME, e DATETIME2(3), f DATETIME2(6), k INT); "
               "INSERT INTO dbo.s VALUES ('2026-11-22 21:07:00.010', '2026-11-22 21:07:00.010', "
               "'2026-11-22 21:07:00.010', 1), ('2026-11-22 21:07:00.007', '2026-11-22 21:07:00.007', "
               "'2026-11-22 21:07:00.006667', 2)")
    assert db.query("SELECT k FROM dbo.s WHERE d IN (SELECT d FROM dbo.s) ORDER BY k")["k"].tolist() == [1, 2]
    for sql in ("SELECT k FROM dbo.s WHERE d IN (SELECT e FROM dbo.s)",
                "SELECT k FROM dbo.s WHERE e = ANY (SELECT d FROM dbo.s)",
                "SELECT k FROM dbo.s WHERE f NOT IN (SELECT d FROM dbo.s)",
                "SELECT k FROM dbo.s WHERE d >= ALL (SELECT f FROM dbo.s WHERE k = 2 UNION SELECT d FROM dbo.s)"):
        with pytest.raises(UnsupportedError, match="DATETIME ending in .003 or .007"):
            db.query(sql)
    db.execute("DELETE FROM dbo.s WHERE k = 2")
    assert db.query("SELECT k FROM dbo.s WHERE d IN (SELECT e FROM dbo.s)")["k"].tolist() == [1]
    assert db.query("SELECT k FROM dbo.s WHERE e = ANY (SELECT d FROM dbo.s)")["k"].tolist() == [1]
    assert db.query("SELECT k FROM dbo.s WHERE d >= ALL (SELECT f FROM dbo.s)")["k"].tolist() == [1]
    # A subquery's * hides the column's type: refused by name.
    with pytest.raises(UnsupportedError, match="A DATETIME compared through IN / ANY / ALL"):
        db.query("SELECT k FROM dbo.s WHERE d IN (SELECT * FROM (SELECT e FROM dbo.s) AS z)")


def test_a_string_with_a_7th_digit_stored_from_a_column_or_variable_into_datetime2_or_time_is_refused(db):
    # "datetime2" / "time": 7 fractional digits (100 ns) are kept; DuckDB keeps microseconds. A string that is
    # not a literal is checked when the statement runs (INSERT ... SELECT, also through DISTINCT / UNION,
    # INSERT VALUES and UPDATE with a variable or a column); a 7th digit 0 is stored.
    db.execute("CREATE TABLE dbo.s (k INT, s VARCHAR(40), u VARCHAR(40)); INSERT INTO dbo.s VALUES "
               "(1, '2026-11-22 21:07:00.1234567', '10:11:12.1234567'), (2, '2026-11-22 21:07:00.1234560', "
               "'10:11:12.1234560'); CREATE TABLE dbo.t (k INT, d DATETIME2, t TIME, d3 DATETIME2(3))")
    db.execute("INSERT INTO dbo.t (k, d, t) SELECT k, s, u FROM dbo.s WHERE k = 2; "
               "INSERT INTO dbo.t (k, d3) SELECT k, s FROM dbo.s WHERE k = 1")
    for sql in ("INSERT INTO dbo.t (k, d) SELECT k, s FROM dbo.s WHERE k = 1",
                "INSERT INTO dbo.t (k, t) SELECT k, u FROM dbo.s WHERE k = 1",
                "INSERT INTO dbo.t (k, d) SELECT DISTINCT k, s FROM dbo.s WHERE k = 1",
                "INSERT INTO dbo.t (k, t) SELECT k, u FROM dbo.s WHERE k = 1 UNION SELECT 9, NULL",
                "DECLARE @s VARCHAR(40) = '2026-11-22 21:07:00.1234567'; INSERT INTO dbo.t (k, d) VALUES (5, @s)",
                "DECLARE @s VARCHAR(40) = '2026-11-22 21:07:00.1234567'; UPDATE dbo.t SET d = @s",
                "UPDATE dbo.t SET t = (SELECT u FROM dbo.s WHERE k = 1)"):
        with pytest.raises(UnsupportedError, match="7th fractional digit"):
            db.execute(sql)
    rows = db.query("SELECT k, d, t, d3 FROM dbo.t ORDER BY k, d3")
    assert stamp(rows["d"].iat[1]) == stamp("2026-11-22 21:07:00.123456")
    assert rows["t"].iat[1] == dt.time(10, 11, 12, 123456)
    assert stamp(rows["d3"].iat[0]) == stamp("2026-11-22 21:07:00.123")     # datetime2(3) rounds it
    # Compared with a datetime2 / time, such a string is refused when it runs too (SQL Server keeps the digit).
    db.execute("UPDATE dbo.t SET t = '10:11:12'")
    for sql in ("SELECT t.k FROM dbo.t JOIN dbo.s ON t.d = s.s",
                "DECLARE @v VARCHAR(40) = '10:11:12.0000001'; SELECT k FROM dbo.t WHERE t < @v"):
        with pytest.raises(UnsupportedError, match="7th fractional digit"):
            db.query(sql)
    assert db.query("SELECT t.k FROM dbo.t JOIN dbo.s ON t.d = s.s WHERE s.k = 2")["k"].tolist() == [2]
    assert db.query("DECLARE @v VARCHAR(40) = '10:11:12.0000010'; SELECT k FROM dbo.t WHERE t < @v "
                    "ORDER BY k")["k"].tolist() == [1, 2]


def test_time_n_variables_round_to_n_digits(db):
    # "time (Transact-SQL)": time(n) keeps n fractional digits, rounded; time (7) keeps them.
    row = db.query("DECLARE @t TIME(2) = '10:11:12.345678'; DECLARE @z TIME(0) = '10:11:12.5'; "
                   "DECLARE @v TIME = '10:11:12.345678'; DECLARE @w TIME(3); SET @w = CAST('10:11:12.9996' AS TIME); "
                   "SELECT @t AS t, @z AS z, @v AS v, @w AS w, CAST(@t AS VARCHAR(30)) AS s").iloc[0]
    assert (row["t"], row["z"], row["v"], row["w"]) == (
        dt.time(10, 11, 12, 350000), dt.time(10, 11, 13), dt.time(10, 11, 12, 345678), dt.time(10, 11, 13))
    assert row["s"] == "10:11:12.35"


@pytest.mark.parametrize("sql", ["CREATE TABLE dbo.t (t TIME(2))", "SELECT CAST('10:11:12.345678' AS TIME(2)) AS x",
                                 "SELECT CONVERT(TIME(0), '10:11:12.5') AS x",
                                 "CREATE TABLE dbo.t (id INT); ALTER TABLE dbo.t ADD t TIME(3)"])
def test_time_n_with_fewer_than_6_digits_in_a_statement_is_refused_by_name(db, sql):
    # "time (Transact-SQL)": time(n) rounds to n digits; DuckDB's TIME keeps microseconds, unrounded.
    with pytest.raises(UnsupportedError, match=r"The data type TIME\(\d\)"):
        db.execute(sql)
    db.execute("CREATE TABLE dbo.ok (t TIME(7), v TIME, w TIME(6))")   # these keep what DuckDB keeps
