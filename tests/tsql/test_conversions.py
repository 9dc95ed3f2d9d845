"""A number converted to a string type too short for it, as SQL Server's CAST and CONVERT page says in
"Truncating and rounding results": from int, smallint or tinyint, char and varchar get `*` and nchar and
nvarchar an error; from money, smallmoney, decimal, numeric, float or real every string type gets an
error (Msg 8115, "Arithmetic overflow error converting ..."); a string into a shorter string is cut.
bigint, which that table does not list, is an error as well (as SQL Server answers)."""
from __future__ import annotations

import pandas as pd
import pytest

from sqlml.errors import TsqlError, UnsupportedError

NUMERIC_TO_VARCHAR = "Arithmetic overflow error converting numeric to data type varchar."
TO_VARCHAR = "Arithmetic overflow error converting expression to data type varchar."
TO_NVARCHAR = "Arithmetic overflow error converting expression to data type nvarchar."


DB_PER_MODULE = True
SETUP = ("CREATE TABLE dbo.n (i int, s smallint, t tinyint, b bigint, d decimal(7, 2), x varchar(10));"
         "INSERT INTO dbo.n VALUES (12345, 12345, 200, 12345, 12345.67, 'abcdef')")


# (source expression, target type, what SQL Server gives: a string, or the error's text)
@pytest.mark.parametrize("source, target, expected", [
    # int, smallint, tinyint: * in char / varchar, an error in nchar / nvarchar
    ("12345", "varchar(3)", "*"),
    ("i", "varchar(4)", "*"),
    ("s", "varchar(2)", "*"),
    ("t", "varchar(2)", "*"),
    ("-5", "varchar(1)", "*"),                  # the sign counts
    ("i", "char(3)", "*  "),                    # char is padded to its length
    ("12345", "nvarchar(3)", TO_NVARCHAR),
    ("i", "nchar(4)", TO_NVARCHAR),             # nchar's message names nvarchar
    ("t", "nvarchar(2)", TO_NVARCHAR),
    # long enough: the number's text
    ("i", "varchar(5)", "12345"),
    ("i", "char(7)", "12345  "),
    ("i", "nvarchar(5)", "12345"),
    # bigint: an error
    ("b", "varchar(2)", TO_VARCHAR),
    ("b", "nvarchar(2)", TO_NVARCHAR),
    # decimal / numeric, money, smallmoney: an error for every string type
    ("d", "varchar(5)", NUMERIC_TO_VARCHAR),
    ("d", "char(5)", NUMERIC_TO_VARCHAR),
    ("d", "nvarchar(5)", TO_NVARCHAR),
    ("123.45", "varchar(3)", NUMERIC_TO_VARCHAR),   # a decimal constant, decimal(5,2)
    ("d", "varchar(8)", "12345.67"),
    ("CAST(12345.6789 AS money)", "varchar(5)", TO_VARCHAR),
    ("CAST(12345.6789 AS money)", "varchar(8)", "12345.68"),                # money's default style: two digits, rounded
    ("CAST(12.5 AS smallmoney)", "nvarchar(4)", TO_NVARCHAR),
    ("CAST(12.5 AS smallmoney)", "varchar(5)", "12.50"),
    # the default length is 30: a 31-digit number does not fit
    ("1234567890123456789012345678901", "varchar", NUMERIC_TO_VARCHAR),
    # a string into a shorter string is cut
    ("x", "varchar(3)", "abc"),
    ("x", "char(8)", "abcdef  "),
    ("x", "nvarchar(2)", "ab"),
    # NULL stays NULL whatever the length
    ("CAST(NULL AS int)", "nvarchar(1)", None),
])
def test_a_number_in_a_too_short_string_type(db, source, target, expected):
    query = f"SELECT CAST({source} AS {target}) AS v FROM dbo.n"
    if isinstance(expected, str) and expected.startswith("Arithmetic overflow"):
        with pytest.raises(TsqlError) as raised:
            db.query(query)
        assert (raised.value.number, raised.value.text) == (8115, expected)
        assert not isinstance(raised.value, UnsupportedError)
    else:
        assert db.query(query)["v"].iloc[0] == expected


@pytest.mark.parametrize("query, expected", [
    ("SELECT CONVERT(varchar(2), i) AS v FROM dbo.n", "*"),
    ("SELECT TRY_CAST(i AS varchar(2)) AS v FROM dbo.n", "*"),          # * is a value, not an error
    ("SELECT TRY_CAST(d AS varchar(2)) AS v FROM dbo.n", None),         # TRY_ gives NULL for the error
    ("SELECT TRY_CONVERT(nvarchar(2), i) AS v FROM dbo.n", None),
])
def test_convert_and_try_forms_follow_the_same_table(db, query, expected):
    assert db.query(query)["v"].iloc[0] == expected


# A string converted to an integer type ("CAST and CONVERT": a string to an integer must look like one):
# digits with a sign between spaces convert, blanks are 0, and a point, an exponent or hex is Msg 245;
# digits past the type's range overflow (Msg 244 for tinyint and smallint, 248 for int). By data type
# precedence the same happens to a string beside an integer in arithmetic, comparisons and IN.
@pytest.mark.parametrize("expression, expected", [
    ("CAST(' 7 ' AS INT)", 7),
    ("CAST('+3' AS SMALLINT)", 3),
    ("CAST('-12' AS BIGINT)", -12),
    ("CAST('' AS INT)", 0),
    ("CAST('   ' AS TINYINT)", 0),
    ("CONVERT(INT, '42')", 42),
    ("TRY_CAST('2.5' AS INT)", None),
    ("TRY_CONVERT(INT, '1e3')", None),
    ("'25' + 1", 26),
    ("CAST('2.5' AS INT)", (245, "Conversion failed when converting the varchar value '2.5' to data type int.")),
    ("CAST('2.0' AS INT)", (245, "Conversion failed when converting the varchar value '2.0' to data type int.")),
    ("CAST('1e3' AS INT)", (245, "Conversion failed when converting the varchar value '1e3' to data type int.")),
    ("CAST('0x1A' AS INT)", (245, "Conversion failed when converting the varchar value '0x1A' to data type int.")),
    ("CONVERT(BIGINT, '2.5')", (245, "Conversion failed when converting the varchar value '2.5' to data type bigint.")),
    ("'2.5' + 1", (245, "Conversion failed when converting the varchar value '2.5' to data type int.")),
    ("CAST(x AS INT)", (245, "Conversion failed when converting the varchar value 'abcdef' to data type int.")),
    ("CAST('300' AS TINYINT)", (244, "The conversion of the varchar value '300' overflowed an INT1 column. "
                                     "Use a larger integer column.")),
    ("CAST('99999' AS SMALLINT)", (244, "The conversion of the varchar value '99999' overflowed an INT2 column. "
                                        "Use a larger integer column.")),
    ("CAST('99999999999' AS INT)", (248, "The conversion of the varchar value '99999999999' overflowed an int column.")),
])
def test_a_string_converts_to_an_integer_only_if_it_is_one(db, expression, expected):
    if isinstance(expected, tuple):
        with pytest.raises(TsqlError) as caught:
            db.query(f"SELECT {expression} AS v FROM dbo.n")
        assert (caught.value.number, caught.value.text) == expected
    else:
        value = db.query(f"SELECT {expression} AS v FROM dbo.n").iat[0, 0]
        assert (None if pd.isna(value) else int(value)) == expected


@pytest.mark.parametrize("where, expected", [
    ("i = '12345'", 1),
    ("i IN (SELECT ' 12345 ')", 1),
    ("i = '12345.0'", (245, "Conversion failed when converting the varchar value '12345.0' to data type int.")),
    ("i IN (SELECT '1.5')", (245, "Conversion failed when converting the varchar value '1.5' to data type int.")),
])
def test_a_string_compared_with_an_integer_is_converted_as_sql_server_converts_it(db, where, expected):
    sql = f"SELECT count(*) AS n FROM dbo.n WHERE {where}"
    if isinstance(expected, tuple):
        with pytest.raises(TsqlError) as caught:
            db.query(sql)
        assert (caught.value.number, caught.value.text) == expected
    else:
        assert db.query(sql).iat[0, 0] == expected
