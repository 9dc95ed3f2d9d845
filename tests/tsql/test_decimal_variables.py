"""Decimal variables hold all 38 digits SQL Server gives them (Python's decimal context keeps 28)."""
from __future__ import annotations

import pytest

import sqlml
from sqlml.errors import TsqlError


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    connection = sqlml.connect(f"duckdb:///{tmp_path_factory.mktemp('variables') / 'v.duckdb'}")
    yield connection
    connection.close()


@pytest.mark.parametrize("declared, literal, stored", [
    ("decimal(32,29)", "7.176715143058146563839859642", "7.17671514305814656383985964200"),
    ("decimal(38,0)", "12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
    ("decimal(38,10)", "-1234567890123456789012345678.0123456789", "-1234567890123456789012345678.0123456789"),
    ("decimal(30,2)", "10.125", "10.13"),   # rounds half away from zero, as CAST does
    ("decimal(38,38)", "0.12345678901234567890123456789012345678", "0.12345678901234567890123456789012345678"),
    ("decimal(30,2)", "0.125", "0.13"),   # a leading 0, as SQL Server writes it
])
def test_a_decimal_variable_keeps_every_digit(database, declared, literal, stored):
    frame = database.query(f"DECLARE @v {declared} = {literal}; SELECT CAST(@v AS varchar(60)) AS v")
    assert frame.iloc[0]["v"] == stored


@pytest.mark.parametrize("declared, literal", [
    ("decimal(5,2)", "1000"),
    ("decimal(5,2)", "999.995"),
    ("decimal(38,0)", "1e40"),
])
def test_a_value_too_large_for_the_variable_is_msg_8115(database, declared, literal):
    with pytest.raises(TsqlError) as raised:
        database.execute(f"DECLARE @v {declared} = {literal};")
    assert raised.value.number == 8115
