"""The string pass: + that joins strings, and string functions at their edges ("LEFT", "RIGHT",
"SUBSTRING", "REPLICATE", "SPACE", "CHAR", "ASCII", "REPLACE" in the T-SQL reference): a negative length
is an error, a negative count gives NULL, a start before 1 only shortens the substring, CHAR / ASCII use
code page 1252 and REPLACE ignores case.

String results are cut to their type's length where SQL Server cuts them: REPLICATE, REPLACE, SPACE,
CONCAT and + of strings that are not (max) "truncate the return value at 8,000 bytes" (4,000 Unicode
characters); their type (function_types.py, sqltype.concatenated) says so, and `cut_to_type` does it.
CAST and assignment to a variable cut to the declared length elsewhere (conversions.py, the runtime)."""
from __future__ import annotations

import re

from sqlglot import exp

from . import arithmetic, datetimes
from . import sqltype
from .dialect import SqlmlTSQL
from .refuse import _ANONYMOUS

# Characters 128-255 of code page 1252 (SQL_Latin1_General_CP1's varchar), for CHAR(n) and ASCII(s);
# the five codes 1252 leaves undefined map to the control characters of the same number, as Windows does.
_CP1252_UPPER_HALF = "".join(bytes([code]).decode("cp1252", errors="ignore") or chr(code) for code in range(128, 256))


def cut_to_type(new: exp.Expr, node: exp.Expr, context) -> exp.Expr:
    """`new` (what `node` became) cut to the length of node's SQL Server type when that type stops at the
    8,000-byte limit (4,000 Unicode characters), where SQL Server cuts longer results without an error.
    Bounded results shorter than the limit cannot grow past their type: they are left alone."""
    data_type = context.sql_type(node)
    if not data_type.is_string or data_type.length in (None, sqltype.MAX):
        return new
    if data_type.length != (4000 if data_type.base in ("nvarchar", "nchar") else 8000):
        return new
    return exp.Anonymous(this="left", expressions=[new.copy() if new is node else new,
                                                   exp.Literal.number(data_type.length)])


def rewrite_add(node: exp.Add, context) -> exp.Expr:
    left, right = context.type_of(node.left), context.type_of(node.right)
    text = exp.DataType.TEXT_TYPES
    numeric = exp.DataType.NUMERIC_TYPES
    bound = context.sql_type(node)
    if (context.is_a(left, text) and context.is_a(right, text)) or (
            bound.is_string and context.sql_type(node.left).is_string and context.sql_type(node.right).is_string):
        return cut_to_type(exp.DPipe(this=node.this, expression=node.expression, safe=False), node, context)
    known = [t for t in (left, right) if t is not None]
    if any(t.this == exp.DType.NULL for t in known):
        return node
    if len(known) == 2 or any(t.this in numeric or t.this in exp.DataType.TEMPORAL_TYPES for t in known):
        return arithmetic.exact(node, context)
    raise context.unknown_type(f"The expression {node.sql(dialect=SqlmlTSQL)} (+ adds numbers and joins strings; "
                           "operand types unknown)", node, "Cast the operands to a number or a string.")


def non_negative_literal(node: exp.Expr | None) -> bool:
    return isinstance(node, exp.Literal) and node.is_int and int(node.name) >= 0


def failing_when_negative(length: exp.Expr, value: exp.Expr, message: str) -> exp.Expr:
    fail = exp.Anonymous(this="error", expressions=[exp.Literal.string(message)])
    return exp.Case(ifs=[exp.If(this=exp.LT(this=length.copy(), expression=exp.Literal.number(0)), true=fail)],
                    default=value)


def rewrite_left(node: exp.Left, context) -> exp.Expr:
    if non_negative_literal(node.expression):
        return node
    return failing_when_negative(node.expression, node.copy(),
                                      "Invalid length parameter passed to the LEFT or SUBSTRING function.")


def rewrite_right(node: exp.Right, context) -> exp.Expr:
    if non_negative_literal(node.expression):
        return node
    return failing_when_negative(node.expression, node.copy(),
                                      "Invalid length parameter passed to the RIGHT function.")


def rewrite_substring(node: exp.Substring, context) -> exp.Expr:
    start, length = node.args.get("start"), node.args.get("length")
    if length is None or (isinstance(start, exp.Literal) and start.is_int and int(start.name) >= 1
                          and non_negative_literal(length)):
        return node
    # DuckDB counts a negative start from the end; SQL Server takes the characters from `start`
    # to start + length - 1 that exist.
    first = exp.func("greatest", start.copy(), exp.Literal.number(1))
    count = exp.func("greatest", exp.Sub(this=exp.Add(this=start.copy(), expression=length.copy()),
                                          expression=first.copy()), exp.Literal.number(0))
    cut = exp.Substring(this=node.this.copy(), start=first, length=count)
    return failing_when_negative(length, cut, "Invalid length parameter passed to the LEFT or SUBSTRING function.")


def rewrite_repeat(node: exp.Expr, context) -> exp.Expr:
    times = node.args.get("times") if isinstance(node, exp.Repeat) else node.this
    if isinstance(node, exp.Space):   # always varchar: cut at 8,000 unless asked for no more
        long = not (non_negative_literal(times) and int(times.name) <= 8000)
        value = exp.Anonymous(this="left", expressions=[node.copy(), exp.Literal.number(8000)]) if long else node
    else:
        value = cut_to_type(node, node, context)
    if non_negative_literal(times):
        return value
    negative = exp.LT(this=times.copy(), expression=exp.Literal.number(0))
    return exp.Case(ifs=[exp.If(this=negative, true=exp.Null())], default=value.copy())   # REPLICATE/SPACE(-1): NULL


def rewrite_chr(node: exp.Chr, context) -> exp.Expr:
    codes = node.expressions
    if len(codes) != 1:
        return node
    code = codes[0]
    if isinstance(code, exp.Literal) and code.is_int and 0 <= int(code.name) < 128:
        return node
    ascii_range = exp.Between(this=code.copy(), low=exp.Literal.number(0), high=exp.Literal.number(127))
    upper_range = exp.Between(this=code.copy(), low=exp.Literal.number(128), high=exp.Literal.number(255))
    upper = exp.Substring(this=exp.Literal.string(_CP1252_UPPER_HALF),
                          start=exp.Sub(this=code.copy(), expression=exp.Literal.number(127)),
                          length=exp.Literal.number(1))
    return exp.Case(ifs=[exp.If(this=ascii_range, true=node.copy()), exp.If(this=upper_range, true=upper)],
                    default=exp.Null())


def rewrite_ascii(node: exp.Ascii, context) -> exp.Expr:
    first = exp.func("left", node.this.copy(), exp.Literal.number(1))
    position = exp.func("strpos", exp.Literal.string(_CP1252_UPPER_HALF), first.copy())
    upper = exp.Case(ifs=[exp.If(this=exp.EQ(this=position.copy(), expression=exp.Literal.number(0)),
                                 true=exp.Literal.number(63))],          # not in code page 1252: '?'
                     default=exp.Add(this=position, expression=exp.Literal.number(127)))
    empty = exp.EQ(this=exp.func("length", node.this.copy()), expression=exp.Literal.number(0))
    return exp.Case(ifs=[exp.If(this=empty, true=exp.Null()),
                         exp.If(this=exp.LT(this=exp.Anonymous(this="unicode", expressions=[first]),
                                            expression=exp.Literal.number(128)), true=node.copy())],
                    default=upper)


def rewrite_replace(node: exp.Replace, context) -> exp.Expr:
    search, replacement = node.expression, node.args.get("replacement")
    if not (isinstance(search, exp.Literal) and search.is_string):
        raise context.unsupported("REPLACE with a search string that is not a literal", node,
                               "SQL Server's REPLACE ignores case; the embedded engine needs a literal to do so.")
    grows = not (isinstance(replacement, exp.Literal) and replacement.is_string
                 and len(replacement.name) <= len(search.name))
    if search.name.lower() == search.name.upper():
        return cut_to_type(node, node, context) if grows else node
    if not (isinstance(replacement, exp.Literal) and replacement.is_string):
        raise context.unsupported("REPLACE with a replacement that is not a literal", node)
    replaced = exp.Anonymous(this="regexp_replace", expressions=[
        node.this, exp.Literal.string(re.escape(search.name)),
        exp.Literal.string(replacement.name.replace("\\", "\\\\")), exp.Literal.string("gi")])
    return cut_to_type(replaced, node, context) if grows else replaced


def rewrite_concat(node: exp.Expr, context) -> exp.Expr:
    """CONCAT / CONCAT_WS of strings that are not (max): at most 8,000 bytes ("CONCAT")."""
    return cut_to_type(node, node, context)


def rewrite_objectid(node: exp.ObjectId, context) -> exp.Expr:
    # OBJECT_ID(name [, type]): the type ('U', 'V', 'P') narrows the match, as in SQL Server.
    arguments = [node.this] + ([node.expression] if node.expression is not None else [])
    return exp.Anonymous(this="tsql_object_id", expressions=arguments)


def rewrite_anonymous(node: exp.Anonymous, context) -> exp.Expr:
    name = node.name.upper()
    if name == "DB_NAME" and not node.expressions:
        return exp.Anonymous(this="current_database", expressions=[])
    if name == "GETUTCDATE" and not node.expressions:    # UTC now, without a time zone, a datetime
        return datetimes.as_datetime(exp.Anonymous(this="timezone", expressions=[
            exp.Literal.string("UTC"), exp.Anonymous(this="now", expressions=[])]))
    if _ANONYMOUS.get(name):
        return exp.Anonymous(this=_ANONYMOUS[name], expressions=node.expressions)
    return node
