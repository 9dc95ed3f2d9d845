"""external/interpreter.py at its edges: THROW without arguments outside a CATCH block.

Truth: "THROW (Transact-SQL)": THROW without parameters re-raises the error being handled and may only
stand inside a CATCH block; elsewhere SQL Server stops with Msg 10704, Level 15, State 1, whose text
says how to fix it.
"""
from __future__ import annotations

import pytest

from sqlml.errors import TsqlError

RETHROW = ("To rethrow an error, a THROW statement must be used inside a CATCH block. Insert the THROW statement "
           "inside a CATCH block, or add error parameters to the THROW statement.")


@pytest.mark.parametrize("script", [
    "THROW",
    "THROW;",
    "BEGIN TRY\n    SELECT 1 AS x\nEND TRY\nBEGIN CATCH\n    THROW\nEND CATCH;\nTHROW",   # after the block has ended
])
def test_throw_without_arguments_outside_catch_is_msg_10704(db, script):
    with pytest.raises(TsqlError) as caught:
        db.execute(script)
    assert (caught.value.number, caught.value.severity, caught.value.state, caught.value.text) == (
        10704, 15, 1, RETHROW)
