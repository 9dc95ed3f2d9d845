"""T-SQL text: batches, statements, and the translation to DuckDB for the embedded engine.

The contract the engines rely on (kept stable; the implementation lives in the submodules):

- `split_batches(script) -> list[Batch]`: cut at `GO` lines, as sqlcmd does.
- `split_statements(batch) -> list[Statement]`: the statements of one batch, each with its kind
  and its position in the whole script. T-SQL does not need semicolons, so this cannot be a
  plain split.
- `translate(statement, variables) -> Translation`: a plain statement as DuckDB SQL, with the
  T-SQL variables it uses turned into named parameters (`$name`) so values are bound, never
  pasted into the text.
- `prepare_connection(con)`: what a DuckDB connection needs before it runs translated SQL
  (collation, macros, the `dbo` schema, the catalog views).
"""
from __future__ import annotations

from .batches import Batch, Statement, StatementKind, split_batches, split_statements
from .splitter import Block, split_block
from .translate import Translation, prepare_connection, translate

__all__ = [
    "Batch", "Block", "Statement", "StatementKind", "Translation", "split_block",
    "prepare_connection", "split_batches", "split_statements", "translate",
]
