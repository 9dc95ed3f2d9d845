"""SQL Server's result types of the string functions, from each function's page in the T-SQL reference.

The binder (binder.py) asks `string_function_type` first for a function node; None leaves the node to the
binder's own rules. `of(child)` is the binder's type of a child node.

- LEFT, RIGHT, SUBSTRING: varchar for a non-Unicode argument, nvarchar for a Unicode one (SUBSTRING of a
  binary value: varbinary); as long as the argument, or as the length asked for when that is a constant
  and shorter.
- REPLACE: nvarchar when any argument is nvarchar, else varchar; REPLICATE: the argument's type. Both
  "truncate the return value at 8,000 bytes" unless the argument is varchar(max) / nvarchar(max): their
  type is varchar(8000) / nvarchar(4000) (strings.py cuts the values there).
- SPACE: varchar, cut at 8,000 characters the same way.
- CHARINDEX: bigint when the searched expression is varchar(max) / nvarchar(max), else int.
- CONCAT / CONCAT_WS: nvarchar when an argument is Unicode; (max) when an argument is; else the
  arguments' lengths added up (a number counted as the 30 characters a CAST to varchar gives), at most
  8,000 bytes (4,000 Unicode characters).
- STRING_AGG: varchar(8000) / nvarchar(4000) for arguments of a bounded length, (max) for (max), and
  nvarchar(4000) for numbers and dates.
- TRANSLATE, REVERSE: the argument's type.
"""
from __future__ import annotations

from typing import Callable

from sqlglot import exp

from . import sqltype as st
from .sqltype import SqlType

_UNICODE = ("nvarchar", "nchar", "ntext")


def _unicode(data_type: SqlType) -> bool:
    return data_type.base in _UNICODE


def _bytes_limit(unicode: bool) -> int:
    """The most characters a non-(max) string holds: 8,000 bytes."""
    return 4000 if unicode else 8000


def _constant(node: exp.Expr | None) -> int | None:
    if isinstance(node, exp.Literal) and node.is_int:
        return int(node.name)
    return None


def _string_argument(node: exp.Expr | None) -> exp.Expr | None:
    """LEFT / RIGHT's argument without the CAST(... AS TEXT) sqlglot's T-SQL parser wraps it in."""
    if isinstance(node, exp.Cast) and node.to.this == exp.DType.TEXT:
        return node.this
    return node


def _sized(base: str, length: int | None, nullable: bool) -> SqlType:
    return SqlType(base, length=st.MAX if length is None else length, nullable=nullable)


def string_function_type(node: exp.Expr, of: Callable[[exp.Expr], SqlType]) -> SqlType | None:
    """The SQL Server type of a string function call, None for a node these rules do not cover."""
    if isinstance(node, (exp.Left, exp.Right, exp.Substring)):
        argument = of(_string_argument(node.this))
        if not argument.known or not (argument.is_string or argument.base in st.BINARIES):
            return None
        if argument.base in st.BINARIES:
            base = "varbinary"
        else:
            base = "nvarchar" if _unicode(argument) else "varchar"
        length = None if argument.length in (None, st.MAX) else argument.length
        wanted = _constant(node.expression if not isinstance(node, exp.Substring) else node.args.get("length"))
        if wanted is not None and wanted >= 0:
            length = wanted if length is None else min(length, wanted)
        return _sized(base, length, argument.nullable)
    if isinstance(node, (exp.Replace, exp.Repeat, exp.Translate, exp.Reverse)):
        argument = of(node.this)
        if not argument.known or not argument.is_string:
            return None
        unicode = _unicode(argument)
        if isinstance(node, exp.Replace):
            unicode = unicode or any(_unicode(of(node.args[k])) for k in ("expression", "replacement")
                                     if node.args.get(k) is not None)
        base = "nvarchar" if unicode else "varchar"
        if argument.length in (None, st.MAX):
            return _sized(base, None, argument.nullable)
        if isinstance(node, (exp.Translate, exp.Reverse)):
            return _sized(base, argument.length, argument.nullable)
        return _sized(base, _bytes_limit(unicode), argument.nullable)
    if isinstance(node, exp.Space):
        return SqlType("varchar", length=8000, nullable=of(node.this).nullable)
    if isinstance(node, exp.StrPosition):
        searched = of(node.this)
        return SqlType("bigint" if searched.length == st.MAX and searched.is_string else "int")
    if isinstance(node, (exp.Concat, exp.ConcatWs)):
        parts = [of(value) for value in node.expressions]
        if not all(p.known for p in parts):
            return None
        unicode = any(_unicode(p) for p in parts)
        if any(p.is_string and p.length in (None, st.MAX) for p in parts):
            return _sized("nvarchar" if unicode else "varchar", None, False)
        lengths = [p.length if p.is_string else (0 if p.is_null else 30) for p in parts]
        if isinstance(node, exp.ConcatWs) and len(lengths) > 2:   # the separator goes between the others
            lengths = [lengths[0] * (len(lengths) - 2)] + lengths[1:]
        return _sized("nvarchar" if unicode else "varchar", min(sum(lengths), _bytes_limit(unicode)), False)
    if isinstance(node, exp.GroupConcat):
        argument = of(node.this)
        if not argument.known:
            return None
        if not argument.is_string:
            return SqlType("nvarchar", length=4000)
        unicode = _unicode(argument)
        base = "nvarchar" if unicode else "varchar"
        return _sized(base, None if argument.length in (None, st.MAX) else _bytes_limit(unicode), True)
    return None
