"""The collation pass: strings compare, group, sort and count as SQL Server's default collation has it
(without case; trailing spaces do not count; the collation's order for <, >, ORDER BY, MIN and MAX)."""
from __future__ import annotations

from sqlglot import exp

from . import arithmetic
from .trees import cast, integer_from_string, set_operation_branches

def rewrite_window(node: exp.Window, context) -> exp.Expr:
    partitions = node.args.get("partition_by") or []
    node.set("partition_by", [exp.func("rtrim", p.copy()) if context.is_text(p) else p for p in partitions])
    order = node.args.get("order")
    if isinstance(order, exp.Order):
        for ordered in order.expressions:
            if isinstance(ordered, exp.Ordered) and context.is_a(context.type_of(ordered.this), exp.DataType.TEXT_TYPES):
                ordered.set("this", sort_key(ordered.this))
    if isinstance(node.this, exp.Sum):
        result_type = arithmetic.integer_sum_type(node.this, context)
        if result_type is not None:
            return cast(node, exp.DataType.build(result_type))
    return node


def rewrite_count(node: exp.Count, context) -> exp.Expr:
    distinct = node.this
    if not isinstance(distinct, exp.Distinct):
        return node
    arguments = distinct.expressions
    if len(arguments) != 1:
        return node
    data_type = context.type_of(arguments[0])
    if data_type is None:
        raise context.unknown_type("COUNT(DISTINCT ...) of an expression of unknown type", node,
                               "Strings count case-insensitively in SQL Server: cast the argument.")
    if data_type.this in exp.DataType.TEXT_TYPES:
        # Counted as SQL Server's collation compares: without case and trailing spaces.
        arguments[0].replace(exp.Lower(this=exp.func("rtrim", arguments[0].copy())))
    return node


def rewrite_strposition(node: exp.StrPosition, context) -> exp.Expr:
    # CHARINDEX compares with the column's collation: case-insensitive.
    node.set("this", exp.Lower(this=node.this.copy()))
    node.set("substr", exp.Lower(this=node.args["substr"].copy()))
    return node

# -- string functions at their edges ("LEFT", "RIGHT", "SUBSTRING", "REPLICATE", "SPACE", "CHAR",
# "ASCII" in the T-SQL reference): a negative length is an error, a negative count gives NULL, a
# start before 1 only shortens the substring, and CHAR/ASCII use code page 1252.


def rewrite_comparison(node: exp.Binary, context) -> exp.Expr:
    """'abc' = 'abc  ' is true in SQL Server: trailing spaces do not count when strings compare.

    A literal with trailing spaces loses them and the other side is compared without its own.
    `=` and `<>` between two strings (columns, variables, expressions: typed from the catalog)
    compare both sides without trailing spaces (SQL Server pads the shorter with spaces); `<`,
    `>`, `<=` and `>=` compare their sort keys (sort_key). An assignment (UPDATE ... SET) and
    comparisons of other types (the integer keys of joins) are left as they are, so they keep
    DuckDB's fast plans.
    """
    if isinstance(node, exp.EQ) and (
            (isinstance(node.parent, exp.Update) and node.arg_key == "expressions")
            or (isinstance(node.parent, exp.Select) and node.arg_key == "expressions")):
        return node   # an assignment (UPDATE ... SET c = 'x  ', SELECT @v = ...): the value is stored as is
    _string_beside_integer(context, node)
    for side, other in (("this", "expression"), ("expression", "this")):
        quantified = node.args.get(side)
        if isinstance(quantified, (exp.Any, exp.All)) and isinstance(quantified.this, (exp.Subquery, exp.Query)):
            # s = ANY (SELECT t ...): the subquery's column is compared as = would compare it, in every
            # branch of a UNION.
            values = single_values(quantified.this)
            if values and context.is_text(node.args[other]) and any(context.is_text(v) for v in values):
                for value in values:
                    value.replace(context.typed_as(exp.func("rtrim", value.copy()), value))
                node.set(other, without_trailing_spaces(node.args[other]))
            return node
    if isinstance(node, (exp.LT, exp.LTE, exp.GT, exp.GTE)) and context.is_text(node.this) and context.is_text(node.expression):
        node.set("this", sort_key(node.this))
        node.set("expression", sort_key(node.expression))
        return node
    if string_comparison(context, node):
        for side in ("this", "expression"):
            node.set(side, without_trailing_spaces(node.args[side]))
        return node
    for side, other in (("this", "expression"), ("expression", "this")):
        literal = node.args.get(side)
        if isinstance(literal, exp.National) or (isinstance(literal, exp.Literal) and literal.is_string):
            text = literal.name
            if text != text.rstrip(" "):
                node.set(side, exp.Literal.string(text.rstrip(" ")))
                node.set(other, exp.func("rtrim", node.args[other].copy()))
                return node
    return node


def sort_key(operand: exp.Expr) -> exp.Expr:
    """Where a string sorts: without case and trailing spaces, in ICU's order for English.

    SQL Server's Latin1_General collations put accented letters next to their plain letter and
    punctuation before digits and letters; DuckDB's NOCASE compares code points, which puts
    'é' after 'z' and '_' after the digits. ICU (built into DuckDB) orders as the collation does
    for letters, digits, accents and most punctuation (see the package docs for what differs).
    """
    trimmed = without_trailing_spaces(operand)
    return exp.Anonymous(this="icu_sort_key", expressions=[exp.Lower(this=trimmed), exp.Literal.string("en_us")])


def rewrite_min(node: exp.Expr, context) -> exp.Expr:
    """MIN / MAX of strings follow the collation's order (the sort key), not code points."""
    argument = node.this
    if isinstance(argument, exp.Distinct):
        argument = argument.expressions[0] if len(argument.expressions) == 1 else None
    if argument is None or not context.is_text(argument):
        return node
    name = "arg_min" if isinstance(node, exp.Min) else "arg_max"
    return context.typed_as(exp.Anonymous(this=name, expressions=[argument.copy(), sort_key(argument)]), argument)


def without_trailing_spaces(operand: exp.Expr) -> exp.Expr:
    if isinstance(operand, exp.National) or (isinstance(operand, exp.Literal) and operand.is_string):
        return exp.Literal.string(operand.name.rstrip(" "))
    return exp.func("rtrim", operand.copy())


def rewrite_between(node: exp.Between, context) -> exp.Expr:
    """`s BETWEEN a AND b` is `s >= a AND s <= b`: between strings, compared by their sort keys."""
    operands = [node.this, node.args.get("low"), node.args.get("high")]
    if any(o is None for o in operands) or not all(context.is_a(context.type_of(o), exp.DataType.TEXT_TYPES) for o in operands):
        return node
    for key, operand in zip(("this", "low", "high"), operands):
        node.set(key, sort_key(operand))
    return node

# -- GROUP BY, DISTINCT and set operations: strings that differ only in trailing spaces are one value


def group_without_trailing_spaces(context, node: exp.Select) -> None:
    """GROUP BY a string groups 'a' with 'a  ', and SELECT DISTINCT keeps one of them, as SQL Server does.

    A string key becomes rtrim(key); where the select list, HAVING or ORDER BY use the key outside
    an aggregate, they get MIN(key): one of the group's values, as SQL Server returns one of them.
    SELECT DISTINCT over strings becomes the same GROUP BY of every selected column.
    """
    distinct = node.args.get("distinct")
    if isinstance(distinct, exp.Distinct) and not distinct.args.get("on"):
        distinct_as_group(context, node)
    group = node.args.get("group")
    if not isinstance(group, exp.Group):
        return
    sets = [e for e in group.expressions if isinstance(e, (exp.Rollup, exp.Cube, exp.GroupingSets))] + [
        group for kind in ("rollup", "cube", "grouping_sets") if group.args.get(kind)]   # also WITH ROLLUP
    if sets:
        # Super-aggregate rows would get MIN(key) instead of NULL: refused where a key is a string.
        if any(context.is_text(k) for k in group.find_all(exp.Column)) or any(context.is_text(k) for k in group.expressions):
            name = "GROUPING SETS" if isinstance(sets[0], exp.GroupingSets) else (
                "CUBE" if isinstance(sets[0], exp.Cube) or group.args.get("cube") else "ROLLUP")
            raise context.unsupported(f"GROUP BY {name} of a string", sets[0],
                                   "Group by the string in a derived table first, or cast it.")
        for kind, node_type in (("rollup", exp.Rollup), ("cube", exp.Cube)):
            if group.args.get(kind):   # GROUP BY a, b WITH ROLLUP is GROUP BY ROLLUP (a, b); DuckDB reads only this
                group.set(kind, None)
                group.set("expressions", [node_type(expressions=list(group.expressions))])
        return
    keys = [key for key in group.expressions if context.is_text(key)]
    if not keys:
        return
    clauses = [*node.expressions, node.args.get("having"), node.args.get("order"), node.args.get("qualify")]
    for clause in filter(None, clauses):
        for key in keys:
            aggregate_key_references(context, clause, key)
    group.set("expressions", [context.typed_as(exp.func("rtrim", key.copy()), key) if key in keys else key
                              for key in group.expressions])


def aggregate_key_references(context, clause: exp.Expr, key: exp.Expr) -> None:
    """Replace the key outside aggregates and subqueries in one clause with MIN(key), keeping its name."""
    def same(node: exp.Expr) -> bool:
        if isinstance(key, exp.Column) and isinstance(node, exp.Column):
            # `s` and `t.s` are the same column once T-SQL has accepted the statement.
            return node.name.lower() == key.name.lower() and (
                not node.table or not key.table or node.table.lower() == key.table.lower())
        return node == key

    def inside_aggregate(node: exp.Expr) -> bool:
        parent = node.parent
        while parent is not None and parent is not clause.parent:
            if isinstance(parent, (exp.AggFunc, exp.Subquery)) and not isinstance(parent, exp.Window):
                return True
            if isinstance(parent, exp.Anonymous) and parent.name.lower() in ("arg_min", "arg_max"):
                return True   # MIN / MAX of a string, already rewritten
            parent = parent.parent
        return False

    matches = [n for n in clause.walk() if same(n) and not inside_aggregate(n)]
    for match in matches:
        smallest = context.typed_as(exp.Min(this=match.copy()), key)
        if match is clause and match.parent is not None and isinstance(match, exp.Column):
            smallest = exp.alias_(smallest, match.name, quoted=match.this.quoted if match.this else False)
        match.replace(smallest)


def distinct_as_group(context, node: exp.Select) -> None:
    values = [e.this if isinstance(e, exp.Alias) else e for e in node.expressions]
    types = context.outputs.get(node._meta.get("sqlml_id") if node._meta else None)
    stars = any(isinstance(v, exp.Star) or (isinstance(v, exp.Column) and isinstance(v.this, exp.Star))
                for v in values)
    texts = any(context.is_text(v) for v in values) or (
        stars and (types is None or any(context.is_a(t, exp.DataType.TEXT_TYPES) for t in types)))
    if not texts:
        return
    aggregated = any(v.find(exp.AggFunc) for v in values)
    if stars or node.args.get("group") or aggregated or any(v.find(exp.Window) for v in values):
        if aggregated and not node.args.get("group") and not any(v.find(exp.Window) for v in values):
            return   # one row: nothing to tell apart
        raise context.unsupported("SELECT DISTINCT of strings with " + (
            "*" if stars else "GROUP BY" if node.args.get("group") else "a window function"), node,
            "List the columns, or remove the duplicates in a derived table.")
    node.set("distinct", None)
    # Constants need no grouping (and DuckDB would read GROUP BY 1 as a position).
    keys = [v.copy() for v in values if not isinstance(v, (exp.Literal, exp.National, exp.Null))]
    node.set("group", exp.Group(expressions=keys))


def rewrite_union(node: exp.Union, context) -> exp.Expr:
    """UNION keeps one of 'a' and 'a  ': a UNION ALL grouped as SELECT DISTINCT would be.

    A UNION ALL sorted by a string is wrapped the same way, without the grouping, so that its
    ORDER BY sorts as a select's does.
    """
    distinct = bool(node.args.get("distinct"))
    if not distinct and node.args.get("order") is None:
        return node
    columns = set_operation_types(context, node)
    if columns is None or not any(context.is_a(t, exp.DataType.TEXT_TYPES) for t in columns):
        return node
    if any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
           for branch in set_operation_branches(node) if isinstance(branch, exp.Select)
           for e in branch.expressions):
        raise context.unsupported("UNION of strings with *" + ("" if distinct else " and ORDER BY"), node,
                               "List the columns" + (", or use UNION ALL." if distinct else "."))
    names = [e.alias_or_name or f"column{i + 1}" for i, e in enumerate(context.output_columns(node) or [])]
    inner = [f"sqlml_c{i + 1}" for i in range(len(columns))]
    union_all = node.copy()
    for key in ("order", "limit", "offset"):
        union_all.set(key, None)
    union_all.set("distinct", False)
    selected = []
    for name, column, data_type in zip(names, inner, columns):
        selected.append(exp.alias_(context.with_type(exp.column(column), data_type), name, quoted=True))
    wrapper = exp.Select(expressions=selected).from_(exp.Subquery(
        this=union_all, alias=exp.TableAlias(this=exp.to_identifier("sqlml_union"),
                                             columns=[exp.to_identifier(c) for c in inner])))
    if distinct:
        wrapper.set("distinct", exp.Distinct())
    for key in ("order", "limit", "offset"):
        if node.args.get(key) is not None:
            wrapper.set(key, node.args[key].copy())
    return rewrite_select(wrapper, context)


def set_operation_types(context, node: exp.Expr) -> list[exp.DataType | None] | None:
    """Each output column's type: a string if it is a string in any branch."""
    if isinstance(node, (exp.Subquery, exp.Paren)):
        return set_operation_types(context, node.this)
    if isinstance(node, exp.SetOperation):
        left, right = set_operation_types(context, node.this), set_operation_types(context, node.expression)
        if left is None or right is None or len(left) != len(right):
            return None
        return [a if context.is_a(a, exp.DataType.TEXT_TYPES) or not context.is_a(b, exp.DataType.TEXT_TYPES) else b
                for a, b in zip(left, right)]
    if isinstance(node, exp.Select):
        columns = [context.type_of(e) for e in node.expressions]
        if any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
               for e in node.expressions):
            return context.outputs.get(node._meta.get("sqlml_id") if node._meta else None)
        return columns
    return None


def refuse_string_set_operation(node: exp.SetOperation, context) -> exp.Expr:
    columns = set_operation_types(context, node)
    if columns is None or any(context.is_a(t, exp.DataType.TEXT_TYPES) for t in columns):
        word = type(node).__name__.upper()
        raise context.unsupported(f"{word} of strings (SQL Server ignores their trailing spaces)", node,
                               "Use EXISTS / NOT EXISTS with = between the columns.")
    return node


def rewrite_case(node: exp.Case, context) -> exp.Expr:
    """CASE s WHEN 'a' ... is CASE WHEN s = 'a' ...: the comparison ignores trailing spaces."""
    subject = node.this
    if subject is None or not (context.is_text(subject) or any(context.is_text(i.this) for i in node.args["ifs"])):
        return node
    for branch in node.args["ifs"]:
        comparison = exp.EQ(this=subject.copy(), expression=branch.this.copy())
        branch.set("this", rewrite_comparison(comparison, context))
    node.set("this", None)
    return node


def rewrite_select(node: exp.Select, context) -> exp.Expr:
    """GROUP BY / DISTINCT of strings (group_without_trailing_spaces), then ORDER BY a string by its
    sort key: without case and trailing spaces, in the collation's order (sort_key).

    The selected values are unchanged. An alias or an ordinal is replaced by the sort key of the
    selected expression (an alias inside a function would bind to a same-named column in DuckDB).
    A DISTINCT select that is still one (no strings in it) is left alone: DuckDB sorts it only by
    selected columns.
    """
    group_without_trailing_spaces(context, node)
    order = node.args.get("order")
    if not isinstance(order, exp.Order) or node.args.get("distinct"):
        return node
    selected = {}
    for expression in node.expressions:
        if isinstance(expression, exp.Alias):
            selected.setdefault(expression.alias.lower(), expression.this)
    for ordered in order.expressions:
        if not isinstance(ordered, exp.Ordered):
            continue
        key = ordered.this
        source = key
        data_type = None
        if isinstance(key, exp.Literal) and key.is_int:
            position = int(key.name)
            if any(_is_star(e) for e in node.expressions):
                # An ordinal counts the columns `*` stands for: the qualified select lists them.
                expanded = context.expanded.get(node._meta.get("sqlml_id") if node._meta else None) or []
                types = context.outputs.get(node._meta.get("sqlml_id") if node._meta else None) or []
                if not 1 <= position <= len(expanded) or len(types) != len(expanded):
                    continue
                source, data_type = expanded[position - 1].copy(), types[position - 1]
                source = source.this if isinstance(source, exp.Alias) else source
            elif not 1 <= position <= len(node.expressions):
                continue
            else:
                source = node.expressions[position - 1]
                source = source.this if isinstance(source, exp.Alias) else source
        elif isinstance(key, exp.Column) and not key.table and key.name.lower() in selected:
            source = selected[key.name.lower()]
        # sqlglot's type, else the binder's (a derived table's column made by a UNION of string constants)
        if (context.is_a(data_type or context.type_of(source), exp.DataType.TEXT_TYPES)
                or context.sql_type(source).is_string):
            ordered.set("this", sort_key(source))
    return node


def _is_star(expression: exp.Expr) -> bool:
    return isinstance(expression, exp.Star) or (isinstance(expression, exp.Column) and isinstance(expression.this, exp.Star))


def rewrite_in(node: exp.In, context) -> exp.Expr:
    """`s IN ('a', t.x)` is `=` against each: strings compare without trailing spaces."""
    values = node.expressions
    query = node.args.get("query")
    if query is not None:
        return rewrite_in_query(context, node, query)
    if node.args.get("unnest") or not values:
        return node
    operands = [node.this, *values]
    if not all(context.is_a(context.type_of(o), exp.DataType.TEXT_TYPES) for o in operands):
        return node
    trimmed = [without_trailing_spaces(o) for o in operands]
    node.set("this", trimmed[0])
    node.set("expressions", trimmed[1:])
    return node


def _by_precedence(context, node: exp.In, values: list[exp.Expr]) -> None:
    """Convert the string side of `x IN (SELECT v ...)` to the other side's type when the other is not a
    string (DuckDB refuses to compare them; SQL Server converts the string, the type of lower precedence)."""
    left = context.type_of(node.this)
    if left is None:
        return
    if context.is_a(left, exp.DataType.TEXT_TYPES):
        others = [context.type_of(v) for v in values]
        if others and all(o is not None and not context.is_a(o, exp.DataType.TEXT_TYPES)
                          and o.this != exp.DType.NULL for o in others):
            node.set("this", context.with_type(_converted(node.this, others[0]), others[0]))
        return
    if left.this in (exp.DType.NULL, exp.DType.UNKNOWN):
        return
    for value in values:
        if context.is_text(value) and not context.is_a(left, {exp.DType.BOOLEAN}):
            value.replace(context.with_type(_converted(value, left), left))


def _string_beside_integer(context, node: exp.Binary) -> None:
    """A string compared with an integer is converted to the integer's type (data type precedence), as
    SQL Server converts it: '2.5' = 3 is Msg 245 there, where DuckDB would compare 3 = 3."""
    for side, other in (("this", "expression"), ("expression", "this")):
        target = context.type_of(node.args[other])
        if target is None and _int_literal(node.args[other]):
            target = exp.DataType.build("INT")
        if (target is not None and target.this in exp.DataType.INTEGER_TYPES and context.is_text(node.args[side])
                and not isinstance(node.args[side], (exp.Any, exp.All))):
            node.set(side, context.with_type(_converted(node.args[side], target), target))
            return


def _int_literal(node: exp.Expr) -> bool:
    """A number literal SQL Server types as int (digits within int's range)."""
    if isinstance(node, exp.Neg):
        node = node.this
    return (isinstance(node, exp.Literal) and not node.is_string and node.name.isdigit()
            and int(node.name) <= 2147483647)


def _converted(text: exp.Expr, to: exp.DataType) -> exp.Expr:
    """A string converted to `to` (to an integer type as SQL Server does: '2.5' is Msg 245, not 3)."""
    if to.this in exp.DataType.INTEGER_TYPES:
        return integer_from_string(text, to)
    return cast(text.copy(), to.copy())


def single_values(query: exp.Expr) -> list[exp.Expr] | None:
    """The one selected value of each branch of a subquery (a UNION's too); None unless each selects one."""
    branches = set_operation_branches(query)
    if not branches or any(not isinstance(b, exp.Select) or len(b.expressions) != 1 for b in branches):
        return None
    values = [b.expressions[0].this if isinstance(b.expressions[0], exp.Alias) else b.expressions[0]
              for b in branches]
    return None if any(isinstance(v, exp.Star) for v in values) else values


def rewrite_in_query(context, node: exp.In, query: exp.Expr) -> exp.Expr:
    """`s IN (SELECT t FROM ...)`: both sides without trailing spaces when both are strings; a string
    against a number or a date converts to the other side's type ("Data type precedence": `int_col IN
    (SELECT '7')` compares 7, and a string that is no number is Msg 245, as with =)."""
    values = single_values(query)
    if not values:
        return node
    _by_precedence(context, node, values)
    if not context.is_text(node.this) or not any(context.is_text(v) for v in values):
        return node
    for value in values:   # every branch of a UNION: each can bring a value with trailing spaces
        value.replace(context.typed_as(exp.func("rtrim", value.copy()), value))
    node.set("this", without_trailing_spaces(node.this))
    return node


def string_comparison(context, node: exp.Binary) -> bool:
    """Whether both operands of a comparison are strings, at least one of them not a literal."""
    operands = (node.this, node.expression)
    if all(isinstance(o, (exp.Literal, exp.National)) for o in operands):
        return False    # literal against literal: the literal rule below handles trailing spaces
    return all(context.is_a(context.type_of(o), exp.DataType.TEXT_TYPES) for o in operands)


def rewrite_nullif(node: exp.Nullif, context) -> exp.Expr:
    """NULLIF(s, 'a') is NULL when s equals 'a' as = compares strings (trailing spaces do not count)."""
    if not (context.is_text(node.this) and context.is_text(node.expression)):
        return node
    equal = rewrite_comparison(exp.EQ(this=node.this.copy(), expression=node.expression.copy()), context)
    return exp.Case(ifs=[exp.If(this=equal, true=exp.Null())], default=node.this.copy())
