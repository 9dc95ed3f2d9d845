"""sp_execute_external_script and sp_configure on the embedded engine keep SQL Server's contract."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pandas as pd
import pytest

import sqlml
from sqlml import TsqlError, UnsupportedError

ENABLE = "EXEC sp_configure 'external scripts enabled', 1;\nRECONFIGURE WITH OVERRIDE;"


@pytest.fixture
def new_db(tmp_path):
    database = sqlml.connect(f"duckdb:///{tmp_path}/tpcxbb_1gb.duckdb")
    yield database
    database.close()


@pytest.fixture
def db(new_db):
    new_db.execute(ENABLE)
    new_db.execute("""
        CREATE TABLE dbo.sales (customer int, amount float, label varchar(20));
        INSERT INTO dbo.sales VALUES (1, 10.5, 'a'), (2, 20.0, 'bb'), (3, NULL, NULL);
    """)
    return new_db


def frames(results):
    return [r.frame for r in results if r.frame is not None]


def messages(results):
    return [r.message for r in results if r.frame is None]


def run_script(script: str, tail: str = "", **named) -> str:
    """The T-SQL of one sp_execute_external_script call (the script is passed as a literal)."""
    literal = script.replace("'", "''")
    extra = "".join(f",\n    @{k} = {v}" for k, v in named.items())
    return f"EXEC sp_execute_external_script\n    @language = N'Python',\n    @script = N'{literal}'{extra}\n{tail}"


# -- enabling --------------------------------------------------------------------------------------

def test_disabled_on_a_new_database_with_sql_servers_message(new_db):
    with pytest.raises(TsqlError) as caught:
        new_db.execute(run_script("OutputDataSet = InputDataSet"))
    assert caught.value.number == 39023
    assert caught.value.text == ("'sp_execute_external_script' is disabled on this instance of SQL Server. "
                                 "Use sp_configure 'external scripts enabled' to enable it.")


def test_sp_configure_shows_the_option_and_the_value_takes_effect_at_reconfigure(new_db):
    shown = new_db.query("EXEC sp_configure 'external scripts enabled'")
    assert list(shown.columns) == ["name", "minimum", "maximum", "config_value", "run_value"]
    assert shown.iloc[0].tolist() == ["external scripts enabled", 0, 1, 0, 0]

    results = new_db.execute("EXEC sp_configure 'external scripts enabled', 1")
    assert messages(results) == ["Configuration option 'external scripts enabled' changed from 0 to 1. "
                                 "Run the RECONFIGURE statement to install."]
    assert new_db.query("EXEC sp_configure 'external scripts enabled'")[["config_value", "run_value"]].iloc[0].tolist() == [1, 0]
    with pytest.raises(TsqlError) as caught:  # not in force before RECONFIGURE
        new_db.execute(run_script("pass"))
    assert caught.value.number == 39023

    new_db.execute("RECONFIGURE")
    assert new_db.query("EXEC sp_configure 'external scripts enabled'")[["config_value", "run_value"]].iloc[0].tolist() == [1, 1]
    assert new_db.execute(run_script("pass")) == []


def test_the_setting_is_stored_in_the_database_file(tmp_path):
    url = f"duckdb:///{tmp_path}/tpcxbb_1gb.duckdb"
    with sqlml.connect(url) as first:
        first.execute(ENABLE)
    code = textwrap.dedent(f"""
        import sqlml
        with sqlml.connect({url!r}) as db:
            print(db.query("EXEC sp_configure 'external scripts enabled'")["run_value"].iat[0])
            print(db.query("EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = pandas.DataFrame({{\\"x\\": [7]}})'").iat[0, 0])
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "7"]
    row = sqlml.connect(url).query("SELECT * FROM sqlml_system.configurations")
    assert row.to_dict("records") == [{"name": "external scripts enabled", "config_value": 1, "run_value": 1}]


@pytest.mark.parametrize("script, number", [
    ("EXEC sp_configure 'no such option'", 15123),
    ("EXEC sp_configure 'external scripts enabled', 7", 15129),
])
def test_sp_configure_refuses_bad_input(new_db, script, number):
    with pytest.raises(TsqlError) as caught:
        new_db.execute(script)
    assert caught.value.number == number
    assert new_db.query("EXEC sp_configure 'external scripts enabled'")["config_value"].iat[0] == 0


# -- data in and out -------------------------------------------------------------------------------

def test_input_query_arrives_as_a_dataframe_and_the_output_comes_back(db):
    results = db.execute(run_script(
        "assert isinstance(InputDataSet, pandas.DataFrame)\n"
        "OutputDataSet = InputDataSet[InputDataSet.amount > 15]",
        tail="WITH RESULT SETS ((customer int, amount float, label nvarchar(20)));",
        input_data_1="N'SELECT customer, amount, label FROM dbo.sales ORDER BY customer'"))
    frame = frames(results)[0]
    assert frame.to_dict("records") == [{"customer": 2, "amount": 20.0, "label": "bb"}]
    assert messages(results) == ["(1 row affected)"]


def test_input_and_output_names_can_be_chosen(db):
    frame = db.query(run_script(
        "result = sales.assign(double = sales.customer * 2)[[\"double\"]]",
        tail="WITH RESULT SETS ((doubled bigint));",
        input_data_1="N'SELECT customer FROM dbo.sales ORDER BY customer'",
        input_data_1_name="N'sales'", output_data_1_name="N'result'"))
    assert frame["doubled"].tolist() == [2, 4, 6]


def test_without_result_sets_the_columns_have_no_names(db):
    frame = db.query(run_script("OutputDataSet = InputDataSet", input_data_1="N'SELECT 1 AS a, 2 AS b'"))
    assert list(frame.columns) == ["", ""]
    assert frame.iloc[0].tolist() == [1, 2]


def test_result_sets_undefined_behaves_like_no_clause(db):
    frame = db.query(run_script("OutputDataSet = InputDataSet", "WITH RESULT SETS UNDEFINED",
                                input_data_1="N'SELECT 1 AS a'"))
    assert frame.iat[0, 0] == 1


def test_result_sets_none_returns_nothing_and_refuses_a_result(db):
    assert db.execute(run_script("x = 1", "WITH RESULT SETS NONE")) == []
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("OutputDataSet = InputDataSet", "WITH RESULT SETS NONE", input_data_1="N'SELECT 1 AS a'"))
    assert caught.value.number == 11535


def test_result_sets_checks_the_column_count(db):
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("OutputDataSet = InputDataSet", "WITH RESULT SETS ((a int))",
                              input_data_1="N'SELECT 1 AS a, 2 AS b'"))
    assert caught.value.number == 11537
    assert "specified 1 column(s) for result set number 1, but the statement sent 2 column(s)" in caught.value.text


def test_result_sets_convert_types_as_sql_server_does(db):
    frame = db.query(run_script(
        "OutputDataSet = pandas.DataFrame({'f': [2.9, -2.9], 's': ['12', '13'], 'n': [1, 0], "
        "'d': ['2020-01-31', '2021-12-01'], 'x': [1.5, 2.25]})",
        "WITH RESULT SETS ((f int, s bigint, n varchar(5), d date, x decimal(5, 1)))"))
    assert frame["f"].tolist() == [2, -2]          # truncated toward zero
    assert str(frame["f"].dtype) == "int32"
    assert frame["s"].tolist() == [12, 13]
    assert frame["n"].tolist() == ["1", "0"]
    assert frame["d"].dt.strftime("%Y-%m-%d").tolist() == ["2020-01-31", "2021-12-01"]
    assert frame["x"].tolist() == [1.5, 2.3]


def test_nulls_survive_conversion(db):
    frame = db.query(run_script("OutputDataSet = InputDataSet", "WITH RESULT SETS ((c int, amount float, label varchar(20)))",
                                input_data_1="N'SELECT customer, amount, label FROM dbo.sales ORDER BY customer'"))
    assert frame["amount"].isna().tolist() == [False, False, True]
    assert frame["label"].isna().tolist() == [False, False, True]


@pytest.mark.parametrize("output, declared, number", [
    ("pandas.DataFrame({'a': ['x1']})", "a int", 245),
    ("pandas.DataFrame({'a': [3_000_000_000]})", "a int", 8115),
    ("pandas.DataFrame({'a': ['nope']})", "a float", 8114),
    ("pandas.DataFrame({'a': ['2020-13-45']})", "a date", 241),
    ("pandas.DataFrame({'a': ['toolong']})", "a varchar(3)", 8152),
])
def test_values_that_do_not_fit_raise_sql_server_errors(db, output, declared, number):
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script(f"OutputDataSet = {output}", f"WITH RESULT SETS (({declared}))"))
    assert caught.value.number == number


def test_output_must_be_a_dataframe(db):
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("OutputDataSet = [1, 2, 3]"))
    assert caught.value.number == 39004
    assert "must be a pandas DataFrame" in str(caught.value)


# -- parameters ------------------------------------------------------------------------------------

def test_params_arrive_as_python_variables_and_output_ones_come_back(db):
    frame = db.query("""
        DECLARE @model varbinary(max), @rows int, @scale float = 2.5
        EXEC sp_execute_external_script
            @language = N'Python',
            @script = N'
import pickle
assert isinstance(scale, float) and isinstance(label, str)
model = pickle.dumps({"scale": scale, "label": label})
rows = len(InputDataSet)
OutputDataSet = InputDataSet * scale
',
            @input_data_1 = N'SELECT customer FROM dbo.sales WHERE customer >= @minimum',
            @params = N'@scale float, @label nvarchar(10), @minimum int, @model varbinary(max) OUTPUT, @rows int OUTPUT',
            @scale = @scale, @label = N'tag', @minimum = 2, @model = @model OUTPUT, @rows = @rows OUTPUT
        WITH RESULT SETS ((scaled float))
        SELECT @model AS model, @rows AS rows
    """)
    assert frame["rows"].iat[0] == 2
    import pickle
    assert pickle.loads(bytes(frame["model"].iat[0])) == {"scale": 2.5, "label": "tag"}
    model = db.query("""
        DECLARE @m varbinary(max)
        EXEC sp_execute_external_script @language = N'Python', @script = N'model = b"abc"',
            @params = N'@model varbinary(max) OUTPUT', @model = @m OUTPUT
        SELECT @m AS m
    """)["m"].iat[0]
    assert bytes(model) == b"abc"


def test_a_declared_parameter_without_value_is_an_error(db):
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("pass", params="N'@a int'"))
    assert caught.value.number == 201
    assert "'@a'" in caught.value.text


def test_an_undeclared_parameter_is_an_error(db):
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("pass", params="N'@a int'", a="1", b="2"))
    assert caught.value.number == 8145


# -- messages and errors ---------------------------------------------------------------------------

def test_print_output_comes_back_as_messages(db):
    results = db.execute(run_script("print('hello')\nprint(1 + 1)\nOutputDataSet = pandas.DataFrame({'a': [1]})",
                                     "WITH RESULT SETS ((a int))"))
    assert results[0].message == "STDOUT message(s) from external script: \nhello\n2"
    assert frames(results)[0]["a"].tolist() == [1]


def test_a_python_exception_becomes_sql_servers_error_with_the_traceback(db):
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("x = 1\nprint('about to fail')\nraise ValueError('broken model')"))
    error = caught.value
    assert error.number == 39004
    assert error.text == ("A 'Python' script error occurred during execution of 'sp_execute_external_script' "
                          "with HRESULT 0x80004004.")
    text = str(error)
    assert "Msg 39019" in text and "An external script error occurred" in text
    assert 'File "<external script>", line 3' in text
    assert "raise ValueError('broken model')" in text
    assert "ValueError: broken model" in text
    assert "about to fail" in text
    assert "script_runtime.py" not in text  # only the user's frames


def test_a_syntax_error_in_the_script_is_reported_the_same_way(db):
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("def broken(:\n    pass"))
    assert caught.value.number == 39004
    assert "SyntaxError" in str(caught.value)


@pytest.mark.parametrize("language", ["R", "Java", "JavaScript"])
def test_any_language_but_python_is_refused(db, language):
    with pytest.raises(UnsupportedError) as caught:
        db.execute(f"EXEC sp_execute_external_script @language = N'{language}', @script = N'x <- 1'")
    assert f"@language = N'{language}'" in str(caught.value)
    assert "Python" in str(caught.value)


def test_language_and_script_are_required(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("EXEC sp_execute_external_script @script = N'pass'")
    assert caught.value.number == 201 and "@language" in caught.value.text


def test_positional_arguments_bind_in_sql_servers_order(db):
    # The documented order: @language, @script, @input_data_1, @input_data_1_name, @output_data_1_name.
    frame = db.query("EXEC sp_execute_external_script N'Python', N'Out = In', "
                     "N'SELECT customer FROM dbo.sales', N'In', N'Out'")
    assert frame.iloc[:, 0].tolist() == [1, 2, 3]


@pytest.mark.parametrize("call, number", [
    ("EXEC sp_execute_external_script @language = N'Python', N'pass'", 119),   # positional after named
    ("EXEC sp_execute_external_script N'Python', N'pass', N'SELECT 1', N'a', N'b', N'extra'", 8144),
])
def test_misplaced_arguments_get_sql_server_errors(db, call, number):
    with pytest.raises(TsqlError) as caught:
        db.execute(call)
    assert caught.value.number == number


def test_a_failed_script_leaves_the_database_and_variables_as_they_were(db):
    with pytest.raises(TsqlError):
        db.execute("""
            DECLARE @out int = 5
            EXEC sp_execute_external_script @language = N'Python', @script = N'out = 9\nraise RuntimeError()',
                @params = N'@out int OUTPUT', @out = @out OUTPUT
        """)
    assert db.scalar("SELECT count(*) FROM dbo.sales") == 3


def test_positional_arguments_follow_sql_servers_order(db):
    frame = db.query("EXEC sp_execute_external_script N'Python', N'OutputDataSet = InputDataSet', "
                     "N'SELECT 5 AS v' WITH RESULT SETS ((v int))")
    assert frame["v"].tolist() == [5]


def test_results_shape_matches_a_plain_select(db):
    direct = db.query("SELECT customer, amount, label FROM dbo.sales ORDER BY customer")
    through = db.query(run_script("OutputDataSet = InputDataSet",
                                  "WITH RESULT SETS ((customer int, amount float, label varchar(20)))",
                                  input_data_1="N'SELECT customer, amount, label FROM dbo.sales ORDER BY customer'"))
    pd.testing.assert_frame_equal(direct, through)


def test_a_not_null_result_column_refuses_a_null(db):
    # SQL Server's Msg 11555 (sys.messages), not a message of the engine's own under Msg 50000.
    with pytest.raises(TsqlError) as caught:
        db.execute(run_script("OutputDataSet = pandas.DataFrame({'b': [1, 2], 'a': [1.0, None]})",
                              "WITH RESULT SETS ((b int, a int NOT NULL))"))
    assert (caught.value.number, caught.value.text) == (11555, (
        "EXECUTE statement failed because its WITH RESULT SETS clause specified a non-nullable type for column #2 "
        "in result set #1, and the corresponding value sent at run time was null."))


def test_keywords_in_any_case_and_quoted_column_names(db):
    frame = db.query("execute sys.sp_execute_external_script @language = N'python', "
                     "@script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT 1 AS c' "
                     'with result sets (("Customer Id" bigint))')
    assert list(frame.columns) == ["Customer Id"] and frame.iat[0, 0] == 1


def test_insert_exec_of_an_external_script_without_a_procedure(db):
    db.execute("CREATE TABLE dbo.copied (customer int)")
    results = db.execute("INSERT INTO dbo.copied EXEC sp_execute_external_script @language = N'Python', "
                         "@script = N'OutputDataSet = InputDataSet', @input_data_1 = N'SELECT customer FROM dbo.sales'")
    assert messages(results) == ["(3 rows affected)"]
    assert sorted(db.query("SELECT customer FROM dbo.copied")["customer"]) == [1, 2, 3]


def test_integer_columns_with_nulls_arrive_as_floats_with_nan(db):
    frame = db.query(run_script(
        "import numpy\n"
        "column = InputDataSet['n']\n"
        "assert column.dtype == numpy.float64, column.dtype\n"
        "OutputDataSet = pandas.DataFrame({'nans': [int(numpy.isnan(column).sum())]})",
        "WITH RESULT SETS ((nans int))",
        input_data_1="N'SELECT CAST(NULL AS int) AS n UNION ALL SELECT 1'"))
    assert frame["nans"].tolist() == [1]
