"""T-SQL text: batches, statements, and the translation to DuckDB for the embedded engine.

The contract the engines rely on (kept stable; the implementation lives in the submodules):

- `split_batches(script) -> list[Batch]`: cut at `GO [n]` lines, as sqlcmd does.
- `split_statements(batch) -> list[Statement]`: the statements of one batch, each with its kind
  and its line and column in the whole script. T-SQL needs no semicolons, so this is a reader,
  not a split (splitter.py). `split_block(statement)` opens a BLOCK (IF/WHILE/BEGIN/TRY).
- `check_syntax(text, line=, column=)`: Msg 102 with the position if a plain statement does not
  parse; an engine checks a whole batch this way before running any of it, as SQL Server does.
- `translate(text, variables, connection=None, *, line=1, column=1, types=None) -> Translation`:
  a plain statement as DuckDB SQL with SQL Server's semantics (dialect.py, translate.py);
  T-SQL variables become named parameters (`$name`), bound by the engine, never pasted into
  the text. `connection` gives the catalog's column types; `types` the variables' declared
  T-SQL types. Errors carry their position in the script when `line`/`column` are given.
- `prepare_connection(con)`: what a DuckDB connection needs before it runs translated SQL
  (collation, NULL order, macros, the `dbo` schema, the catalog views); catalog.py.
- `invalidate_catalog(con)`: forget the column types cached for `con`. DDL that goes through
  `translate` does this itself; call it after changing tables another way (a bulk load that
  replaces a table with new column types). Tables that are new are found without it.

Parameters the engine binds besides the script's variables: `__rowcount` (@@ROWCOUNT),
`__trancount` (@@TRANCOUNT) and `__error_number`, `__error_message`, `__error_severity`,
`__error_state`, `__error_line`, `__error_procedure` (the ERROR_...() functions).

Known differences the translator does not catch (everything else it cannot do faithfully, it
refuses by name):
- trailing spaces do not count in `=`, `<>`, `<`, `>`, `<=`, `>=`, BETWEEN and `IN` between
  strings (columns, variables, literals, an IN list or a one-column IN subquery) nor in ORDER BY
  a string (the sort key is the value without them; window ORDER BY too), as in SQL Server; they
  still count in GROUP BY, DISTINCT, UNION, ORDER BY of a DISTINCT select or of a UNION, a simple
  `CASE x WHEN`, `= (subquery)` and IN over a UNION, where a value that ends in spaces differs
  from the same value without them; a string that ends in a character below the space (a tab)
  sorts before the same string without it in DuckDB, after it in SQL Server;
- AVG of a decimal, and a decimal division whose operand precision is not known (an aggregate
  other than SUM, a function result), are computed in DOUBLE, not SQL Server's decimal;
- DATETIME and DATETIME2 are both TIMESTAMP (microseconds; datetime rounds to 1/300 s), and a
  TIMESTAMP converted to a string without a style uses datetime's style 0;
- a result column without a name gets DuckDB's (the expression's text) instead of none;
- a table made by SELECT INTO has no declared lengths (SQL Server copies them), so an over-long
  INSERT into it is not refused (CREATE TABLE's lengths are checked, Msg 2628);
- SUM of int does not overflow at 2^31; MONEY cast to an integer truncates (SQL Server rounds);
- CHAR(n) columns hold what was stored, not padded with spaces to n.
"""
from __future__ import annotations

from .batches import Batch, Statement, StatementKind, split_batches, split_statements
from .splitter import Block, split_block
from .catalog import invalidate as invalidate_catalog
from .translate import Translation, check_syntax, prepare_connection, translate

__all__ = [
    "Batch", "Block", "Statement", "StatementKind", "Translation", "split_block",
    "check_syntax", "invalidate_catalog", "prepare_connection", "split_batches", "split_statements", "translate",
]
