"""external/procedures.py: the nesting of procedure calls, counted as SQL Server counts it.

Truth: "Nesting stored procedures": procedures nest up to 32 levels; the call that would be the 33rd
stops with Msg 217, Level 16 ("Maximum stored procedure, function, trigger, or view nesting level
exceeded (limit 32)."), and each call that returns gives its level back, however many ran before.
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError

DB_PER_MODULE = True
SETUP = ["CREATE PROCEDURE dbo.down @n INT AS BEGIN IF @n > 0 BEGIN DECLARE @m INT = @n - 1; EXEC dbo.down @m; "
         "END END"]


@pytest.mark.parametrize("earlier", [0, 3])
def test_32_levels_run_and_the_33rd_is_msg_217_after_any_number_of_calls(db, earlier):
    for _ in range(earlier):
        db.execute("EXEC dbo.down 2")
    db.execute("EXEC dbo.down 31")           # 32 levels
    with pytest.raises(TsqlError) as caught:
        db.execute("EXEC dbo.down 32")       # 33 levels
    assert (caught.value.number, caught.value.severity, caught.value.text) == (
        217, 16, "Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).")
