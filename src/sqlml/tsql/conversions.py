"""The conversion pass: CAST / CONVERT / TRY_CAST with SQL Server's rules for strings (cut to the
target's length, 30 without one), numbers (truncated to integers) and date styles."""
from __future__ import annotations

from sqlglot import exp

from . import datetimes, sqltype
from .dialect import SqlmlTSQL
from .trees import cast, integer_from_string

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
        bound = context.sql_type(value)   # the binder's type wins: 123.45 is decimal(5,2), not a float
        number = bound.base if bound.known else _NUMBERS.get(source.this) if source is not None else None
        if context.is_a(source, temporal):
            rendered = date_to_string(context, value, source, style, node)
        elif number in ("money", "smallmoney"):
            # money's default style: two digits after the point, rounded ('1.00' for 1, not '1.0000')
            rendered = convert(cast(exp.func("round", value, exp.Literal.number(2)),
                                    exp.DataType.build("DECIMAL(38, 2)")), exp.DataType.build("VARCHAR"))
        elif (bound.is_float if bound.known else context.is_a(source, {exp.DType.DOUBLE, exp.DType.FLOAT})):
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
            if number == "decimal" or context.is_a(source, {exp.DType.DECIMAL}):
                # DuckDB prints a decimal(p, p) without its 0 ('.13', '-.5'); SQL Server with it.
                rendered = exp.func("regexp_replace", rendered, exp.Literal.string("^(-?)\\."),
                                    exp.Literal.string("\\10."))
        return sized(context, rendered, target, _too_short(context, value, target), safe)
    if style is not None and target.this in temporal and context.is_a(source, text):
        fmt = _DATE_STYLES.get(style)
        if fmt is None:
            raise context.unsupported(f"CONVERT style {style}", node)
        fmt = fmt.replace("%g", "%f")
        parsed = exp.Anonymous(this="try_strptime" if safe else "strptime",
                               expressions=[value, exp.Literal.string(fmt)])
        return convert(parsed, target)
    if target.this in exp.DataType.INTEGER_TYPES and source is not None and context.is_a(source, text):
        return integer_from_string(value, target, safe)
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


_NUMBERS = {exp.DType.TINYINT: "tinyint", exp.DType.UTINYINT: "tinyint", exp.DType.SMALLINT: "smallint",
            exp.DType.INT: "int", exp.DType.BIGINT: "bigint", exp.DType.DECIMAL: "decimal", exp.DType.MONEY: "money",
            exp.DType.SMALLMONEY: "smallmoney"}


def _too_short(context, value: exp.Expr, target: exp.DataType) -> str | None:
    """What SQL Server gives for a number whose text is longer than the string type it is converted to
    ("Truncating and rounding results" in CAST and CONVERT): int, smallint and tinyint become `*` in char
    and varchar; every other case of that table is Msg 8115 (this message); bigint, which the table does
    not list, is Msg 8115 as well. None: the string is cut (a string, a date)."""
    base = context.sql_type(value).base
    if base == "unknown":
        annotated = context.type_of(value)
        base = _NUMBERS.get(annotated.this, "unknown") if annotated is not None else base
    unicode = target.this in (exp.DType.NVARCHAR, exp.DType.NCHAR)
    if base in ("tinyint", "smallint", "int") and not unicode:
        return "*"
    if base in _NUMBERS.values():
        # A Unicode target is named nvarchar (nchar too), an ANSI one varchar; a decimal source is "numeric".
        named = "numeric" if base == "decimal" and not unicode else "expression"
        return (f"Msg 8115: Arithmetic overflow error converting {named} to data type "
                f"{'nvarchar' if unicode else 'varchar'}.")
    return None


def sized(context, rendered: exp.Expr, target: exp.DataType, too_short: str | None = None,
          safe: bool = False) -> exp.Expr:
    """SQL Server cuts a converted string to the target's length (30 when none is given); a number too
    long for it is `*` or an error instead (`too_short`, see _too_short; NULL for TRY_CAST / TRY_CONVERT)."""
    params = target.expressions
    if target.this == exp.DType.TEXT or (params and not params[0].this.is_int):   # TEXT, (MAX)
        return rendered
    length = int(params[0].this.name) if params else 30
    if too_short is not None:
        instead = (exp.Literal.string("*") if too_short == "*" else exp.Null() if safe
                   else exp.func("error", exp.Literal.string(too_short)))
        longer = exp.GT(this=exp.func("length", rendered.copy()), expression=exp.Literal.number(length))
        rendered = exp.Case(ifs=[exp.If(this=longer, true=instead)], default=rendered)
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
