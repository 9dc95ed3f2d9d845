"""external/script_runtime.py and result_sets.py: what sp_execute_external_script hands to the script and
sends back.

Truth: "sp_execute_external_script (Transact-SQL)": @input_data_1 is a query whose rows the script gets as
InputDataSet; the script's OutputDataSet comes back as a result set, its rows numbered from the first,
shaped by WITH RESULT SETS. The script runs as a Python file run on its own does, as the main module.
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError

DB_PER_MODULE = True
SETUP = ["EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;",
         "CREATE TABLE dbo.n (v INT); INSERT dbo.n VALUES (1), (2), (3), (4), (5)"]


def run(db, script: str, extra: str = "") -> list:
    results = db.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'" + script.replace("'", "''")
                         + "', @input_data_1 = N'SELECT v FROM dbo.n ORDER BY v'" + extra)
    return results


def test_the_script_runs_as_the_main_module(db):
    results = run(db, 'if __name__ == "__main__":\n    print("main")')
    assert results[0].message.splitlines()[-1] == "main"


@pytest.mark.parametrize("extra", ["", " WITH RESULT SETS ((v BIGINT))"])
def test_every_other_row_comes_back_numbered_from_the_first(db, extra):
    frames = [r.frame for r in run(db, "OutputDataSet = InputDataSet.iloc[::2]", extra) if r.frame is not None]
    assert list(frames[0].index) == [0, 1, 2] and frames[0].iloc[:, 0].tolist() == [1, 3, 5]


def test_an_input_that_is_no_query_is_one_clear_line(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("EXEC sp_execute_external_script @language = N'Python', @script = N'print(1)', "
                   "@input_data_1 = N'UPDATE dbo.n SET v = v + 10'")
    assert caught.value.text == "The @input_data_1 argument must be a query that returns rows (a SELECT)."
    assert db.query("SELECT v FROM dbo.n ORDER BY v")["v"].tolist() == [1, 2, 3, 4, 5]
