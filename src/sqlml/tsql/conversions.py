"""The conversion pass: CAST / CONVERT / TRY_CAST with SQL Server's rules for strings (cut to the
target's length, 30 without one), numbers (truncated to integers) and date styles."""
from __future__ import annotations

from sqlglot import exp

from . import datetimes, sqltype
from .dialect import SqlmlTSQL
from .trees import cast

# CONVERT(string, datetime, style): DuckDB strftime formats (checked against the T-SQL reference).
_DATE_STYLES = {
    1: "%m/%d/%y", 101: "%m/%d/%Y", 2: "%y.%m.%d", 102: "%Y.%m.%d", 3: "%d/%m/%y", 103: "%d/%m/%Y",
    4: "%d.%m.%y", 104: "%d.%m.%Y", 5: "%d-%m-%y", 105: "%d-%m-%Y", 10: "%m-%d-%y", 110: "%m-%d-%Y",
    11: "%y/%m/%d", 111: "%Y/%m/%d", 12: "%y%m%d", 112: "%Y%m%d", 23: "%Y-%m-%d",
    8: "%H:%M:%S", 108: "%H:%M:%S", 20: "%Y-%m-%d %H:%M:%S", 120: "%Y-%m-%d %H:%M:%S",
    21: "%Y-%m-%d %H:%M:%S.%g", 121: "%Y-%m-%d %H:%M:%S.%g",
}
_TIME_STYLES = {8, 108, 20, 120, 21, 121, 0, 100}


def rewrite_cast(node: exp.Cast, context) -> exp.Expr:
    if node._meta and node._meta.get("sqlml_len"):
        return node
    return datetimes.converted(converted(context, node.this, node.to, None, node), node.this, node.to,
                             context.type_of(node.this))


def rewrite_trycast(node: exp.TryCast, context) -> exp.Expr:
    return datetimes.converted(converted(context, node.this, node.to, None, node, safe=True), node.this, node.to,
                             context.type_of(node.this))


def rewrite_convert(node: exp.Convert, context) -> exp.Expr:
    style = node.args.get("style")
    if style is not None and not style.is_int:
        raise context.unsupported("CONVERT with a style that is not a number", node)
    return datetimes.converted(converted(context, node.expression, node.this, int(style.name) if style is not None
                                            else None, node, safe=bool(node.args.get("safe"))),
                             node.expression, node.this, context.type_of(node.expression))


def converted(context, value: exp.Expr, target: exp.DataType, style: int | None, node: exp.Expr,
              safe: bool = False) -> exp.Expr:
    """CAST / CONVERT (TRY_ when `safe`) with SQL Server's rules for strings, integers and date styles."""
    convert = (lambda this, to: exp.TryCast(this=this, to=to)) if safe else cast
    source = context.type_of(value)
    text = {exp.DType.VARCHAR, exp.DType.NVARCHAR, exp.DType.CHAR, exp.DType.NCHAR, exp.DType.TEXT}
    temporal = exp.DataType.TEMPORAL_TYPES
    if target.this in text:
        if style is not None and style != 0 and not context.is_a(source, temporal):
            raise context.unsupported(f"CONVERT style {style} of a value that is not a date", node)
        if context.is_a(source, temporal):
            rendered = date_to_string(context, value, source, style, node)
        elif context.is_a(source, {exp.DType.DOUBLE, exp.DType.FLOAT}):
            raise context.unsupported("Converting a FLOAT to a string", node,
                                   "SQL Server shows 6 significant digits; use STR, or CAST to DECIMAL first.")
        elif context.is_a(source, {exp.DType.BOOLEAN}):
            rendered = exp.Case(ifs=[exp.If(this=value.copy(), true=exp.Literal.string("1"))],
                                default=exp.Literal.string("0"))
            rendered = exp.Case(ifs=[exp.If(this=exp.Is(this=value.copy(), expression=exp.Null()),
                                            true=exp.Null())], default=rendered)
        elif source is None and not isinstance(value, exp.Null):
            if isinstance(value, exp.Column) or isinstance(value, exp.Parameter):
                raise context.unknown_type(f"Converting {value.sql(dialect=SqlmlTSQL)} (type unknown) to a string", node)
            rendered = convert(value, exp.DataType.build("VARCHAR"))
        else:
            rendered = convert(value, exp.DataType.build("VARCHAR"))
            if context.is_a(source, {exp.DType.DECIMAL}):
                # DuckDB prints a decimal(p, p) without its 0 ('.13', '-.5'); SQL Server with it.
                rendered = exp.func("regexp_replace", rendered, exp.Literal.string("^(-?)\\."),
                                    exp.Literal.string("\\10."))
        return sized(context, rendered, target)
    if style is not None and target.this in temporal and context.is_a(source, text):
        fmt = _DATE_STYLES.get(style)
        if fmt is None:
            raise context.unsupported(f"CONVERT style {style}", node)
        fmt = fmt.replace("%g", "%f")
        parsed = exp.Anonymous(this="try_strptime" if safe else "strptime",
                               expressions=[value, exp.Literal.string(fmt)])
        return convert(parsed, target)
    if target.this in exp.DataType.INTEGER_TYPES and context.is_a(
            source, exp.DataType.REAL_TYPES | {exp.DType.DECIMAL, exp.DType.DOUBLE, exp.DType.FLOAT}):
        # SQL Server truncates a number cast to an integer; DuckDB rounds. MONEY rounds in both
        # ("Truncating and rounding results" in CAST and CONVERT).
        if context.is_a(source, {exp.DType.MONEY, exp.DType.SMALLMONEY}):
            return convert(value, target)
        return convert(exp.func("trunc", value), target)
    if target.this == exp.DType.DECIMAL and context.is_a(source, {exp.DType.DOUBLE, exp.DType.FLOAT}):
        # DuckDB scales the float's binary value (355.0 as decimal(25,20) ends in ...01048576); the float's
        # shortest decimal text converts exactly.
        return convert(cast(value, exp.DataType.build("VARCHAR")), target)
    return convert(value, target)


def date_to_string(context, value: exp.Expr, source: exp.DataType, style: int | None, node) -> exp.Expr:
    if source.this == exp.DType.TIME:
        # time(n) without a style: 'hh:mi:ss.fffffff' with n digits ("CAST and CONVERT", time's default).
        if style in (0, 100):
            raise context.unsupported(f"CONVERT style {style} of a TIME", node)
        value = exp.Add(this=cast(exp.Literal.string("1900-01-01"), exp.DataType.build("DATE")),
                        expression=value)
        if style is None:
            return exp.Substring(this=datetimes.datetime2_text(value, source), start=exp.Literal.number(12))
    if style in (None, 0, 100, 21, 121) and datetimes.is_datetime2(value, source):
        if style is None or style in (21, 121):   # datetime2's default style is 121, with 7 digits
            return datetimes.datetime2_text(value, source)
    if style in (None, 0, 100):
        if source.this == exp.DType.DATE:
            return cast(value, exp.DataType.build("VARCHAR"))   # date -> 'yyyy-mm-dd'
        return exp.Anonymous(this="tsql_style0", expressions=[value])
    fmt = _DATE_STYLES.get(style)
    if fmt is None:
        raise context.unsupported(f"CONVERT style {style}", node)
    if source.this == exp.DType.DATE and style in _TIME_STYLES:
        raise context.unsupported(f"CONVERT style {style} of a DATE", node)
    return exp.func("strftime", value, exp.Literal.string(fmt))


def sized(context, rendered: exp.Expr, target: exp.DataType) -> exp.Expr:
    """SQL Server cuts a converted string to the target's length (30 when none is given)."""
    params = target.expressions
    if target.this == exp.DType.TEXT or (params and not params[0].this.is_int):   # TEXT, (MAX)
        return rendered
    length = int(params[0].this.name) if params else 30
    cut = exp.func("left", rendered, exp.Literal.number(length))
    if target.this in (exp.DType.CHAR, exp.DType.NCHAR):
        cut = exp.func("rpad", cut, exp.Literal.number(length), exp.Literal.string(" "))
    return cut


def typed_variable(node: exp.Parameter, context) -> exp.Expr:
    """A decimal variable in its declared type: DuckDB would type the bound value by its own digits
    (0.13 in a decimal(30,2) variable as DECIMAL(2,2), which prints '.13')."""
    declared = context.variable_types.get(node.name.lower())
    data_type = sqltype.parse(declared) if declared else sqltype.UNKNOWN
    if not data_type.is_decimal:
        return node
    return cast(node, exp.DataType.build(f"DECIMAL({data_type.precision}, {data_type.scale})"))
