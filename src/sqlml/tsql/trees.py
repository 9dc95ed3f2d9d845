"""Small questions about sqlglot trees that several passes ask (no state, no catalog)."""
from __future__ import annotations

import re

from sqlglot import exp


def set_operation_branches(query: exp.Expr) -> list[exp.Expr]:
    """The queries a (nested) UNION / INTERSECT / EXCEPT combines, left to right, out of their parentheses;
    a query that is not a set operation is its own only branch."""
    if isinstance(query, (exp.Subquery, exp.Paren)):
        return set_operation_branches(query.this)
    if isinstance(query, exp.SetOperation):
        return set_operation_branches(query.this) + set_operation_branches(query.expression)
    return [query]


def output_columns(query: exp.Expr) -> list[exp.Expr] | None:
    """The select items that name a query's columns (a set operation's first branch); None if unknown."""
    while isinstance(query, (exp.SetOperation, exp.Subquery, exp.Paren)):
        query = query.this
    return list(query.expressions) if isinstance(query, exp.Select) else None


def is_number(node: exp.Expr) -> bool:
    """A numeric literal (or NULL): a comparison with it is never a string comparison."""
    return isinstance(node, exp.Null) or (isinstance(node, exp.Literal) and not node.is_string) or (
        isinstance(node, exp.Neg) and is_number(node.this))


def cast(node: exp.Expr, to: exp.DataType | str) -> exp.Cast:
    """CAST(node AS to), always: sqlglot's exp.cast drops a cast to a type of the same name as the node's
    own cast (DECIMAL(20, 10) over DECIMAL(5, 5)), which changes a value's precision and scale."""
    return exp.Cast(this=node.copy(), to=to.copy() if isinstance(to, exp.DataType) else exp.DataType.build(to))


#: The text of an integer as SQL Server converts it to one: digits with an optional sign, between spaces.
_INTEGER_TEXT = " *[+-]?[0-9]+ *"


def integer_from_string(value: exp.Expr, to: exp.DataType, safe: bool = False) -> exp.Expr:
    """A string converted to an integer type as SQL Server converts it ("CAST and CONVERT"): digits with
    an optional sign between spaces; blanks are 0; anything else ('2.5', '1e3', '0x1A', which DuckDB
    reads as numbers) fails with the value in the message (Msg 245, engine_errors), or is NULL if `safe`."""
    if isinstance(value, exp.Literal) and value.is_string and re.fullmatch(_INTEGER_TEXT, value.name):
        return cast(value, to)   # a constant that is an integer's text: no test at run time

    def matches(pattern: str) -> exp.Expr:
        return exp.func("regexp_full_match", value.copy(), exp.Literal.string(pattern))

    if safe:
        other: exp.Expr = exp.Null()
    else:
        message = exp.DPipe(this=exp.DPipe(this=exp.Literal.string("Could not convert string '"),
                                           expression=value.copy()),
                            expression=exp.Literal.string(f"' to {to.sql(dialect='duckdb')}"))
        other = exp.Anonymous(this="error", expressions=[message])
    return exp.Case(ifs=[
        exp.If(this=exp.Is(this=value.copy(), expression=exp.Null()), true=cast(exp.Null(), to)),
        exp.If(this=matches(_INTEGER_TEXT), true=cast(value, to)),
        exp.If(this=matches(" *"), true=cast(exp.Literal.number(0), to)),
    ], default=cast(other, to))


def outer_joined(select: exp.Select) -> set[str]:
    """The sources (alias, lower case) of a SELECT that an outer join can fill with NULLs."""
    from_ = select.args.get("from_") or select.args.get("from")
    seen = [from_.this.alias_or_name.lower()] if from_ is not None else []
    nullable: set[str] = set()
    for join in select.args.get("joins") or []:
        name = join.this.alias_or_name.lower()
        side = (join.side or "").upper()
        if side in ("LEFT", "FULL"):
            nullable.add(name)
        if side in ("RIGHT", "FULL"):
            nullable.update(seen)
        seen.append(name)
    return nullable
