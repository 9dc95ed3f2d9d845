"""T-SQL statement forms that sqlglot reads into another shape than SQL Server means.

- `DELETE t WHERE ...`: FROM is optional in T-SQL; sqlglot keeps the table as a multi-table DELETE's
  target list, which DuckDB cannot run.
- `col INT IDENTITY` (no seed and increment): SQL Server numbers from 1 by 1; sqlglot reads it as
  AUTOINCREMENT, which DuckDB refuses. It becomes IDENTITY(1, 1), which the rename pass makes a sequence.
"""
from __future__ import annotations

from sqlglot import exp


def as_sql_server_means(tree: exp.Expr) -> exp.Expr:
    if isinstance(tree, exp.Delete) and not tree.this and not tree.args.get("using"):
        targets = tree.args.get("tables") or []
        if len(targets) == 1:   # DELETE [FROM] t: one table, the one rows are deleted from
            tree.set("tables", None)
            tree.set("this", targets[0])
    if isinstance(tree, exp.Create):
        for constraint in list(tree.find_all(exp.AutoIncrementColumnConstraint)):
            constraint.replace(exp.GeneratedAsIdentityColumnConstraint(
                this=False, start=exp.Literal.number(1), increment=exp.Literal.number(1)))
    return tree
