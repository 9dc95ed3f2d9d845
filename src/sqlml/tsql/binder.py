"""The binder: SQL Server's type (sqltype.SqlType) for every expression of a statement.

It runs on a copy of the statement that sqlglot has qualified (every column names its source), scope
by scope from the innermost out, so a column of a derived table, a CTE (recursive too: its anchor
decides), a view or a subquery has the type its defining expression has in SQL Server, not the type
DuckDB would give it. Catalog columns take the types the catalog declares (catalog.py, storage.py);
variables and bound parameters arrive as `CAST(NULL AS declared type)`.

What it cannot type is UNKNOWN; the passes refuse an operator whose answer depends on a type they
cannot know (arithmetic.py).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from sqlglot import exp

from . import sqltype as st
from .function_types import string_function_type
from .sqltype import SqlType
from .trees import outer_joined

Columns = Callable[[exp.Table], "dict[str, SqlType] | None"]

_AGGREGATE_FLOAT = (exp.Stddev, exp.StddevSamp, exp.StddevPop, exp.Variance, exp.VariancePop)
_MATH_FLOAT = (exp.Sqrt, exp.Exp, exp.Ln, exp.Log, exp.Sin, exp.Cos, exp.Tan, exp.Atan, exp.Asin, exp.Acos,
               exp.Pi, exp.Rand)
_SAME_AS_ARGUMENT = (exp.Abs, exp.Min, exp.Max, exp.Nullif, exp.Sign, exp.Neg, exp.Paren, exp.Upper, exp.Lower,
                     exp.Trim, exp.FirstValue, exp.LastValue, exp.Lag, exp.Lead, exp.Reverse)
_INT_FUNCTIONS = (exp.Count, exp.StrPosition, exp.Year, exp.Month, exp.Day, exp.Extract, exp.DateDiff, exp.Ascii,
                  exp.Unicode)
_BIGINT_FUNCTIONS = (exp.RowNumber, exp.Rank, exp.DenseRank, exp.Ntile)
_COMPARISONS = (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE, exp.Is, exp.In, exp.Like, exp.ILike,
                exp.Between, exp.Exists, exp.And, exp.Or, exp.Not)


class Binder:
    """Types for the nodes of one qualified statement; `types` maps id(node) -> SqlType."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        self.types: dict[int, SqlType] = {}
        self.outputs: dict[int, list[tuple[str, SqlType]]] = {}   # id(query) -> its named output columns

    # -- scopes ------------------------------------------------------------------------------------
    def bind(self, root: exp.Expr) -> None:
        from sqlglot.optimizer.scope import traverse_scope

        for scope in traverse_scope(root):   # innermost first: a source is typed before its readers
            self.bind_scope(scope)
        if not isinstance(root, exp.Query):
            for node in root.walk():
                if isinstance(node, exp.Expr) and not isinstance(node, exp.Query) and id(node) not in self.types:
                    self.type_of(node, None)

    def bind_scope(self, scope) -> None:
        expression = scope.expression
        if isinstance(expression, exp.SetOperation):
            self.outputs[id(expression)] = self.set_operation_outputs(expression)
            return
        if not isinstance(expression, exp.Select):
            return
        for node in expression.walk():
            if node is not expression and isinstance(node, exp.Query):
                continue
            if isinstance(node, exp.Expr) and id(node) not in self.types and not isinstance(node, exp.Query):
                if _inside_other_query(node, expression):
                    continue
                self.type_of(node, scope)
        # A derived table's or CTE's column is a column: an integer constant in it is int (decimal(10, 0)
        # where it meets a decimal), no longer a constant of its own digits.
        self.outputs[id(expression)] = [(e.alias_or_name.lower(), _column_of(self.type_of(e, scope)))
                                        for e in expression.expressions]

    def set_operation_outputs(self, node: exp.Expr) -> list[tuple[str, SqlType]]:
        if isinstance(node, (exp.Subquery, exp.Paren)):
            return self.set_operation_outputs(node.this)
        if isinstance(node, exp.SetOperation):
            left, right = self.set_operation_outputs(node.this), self.set_operation_outputs(node.expression)
            if not right:   # a recursive CTE's recursive member, not typed yet: the anchor decides
                return left
            if len(left) != len(right):
                return [(name, st.UNKNOWN) for name, _ in left]
            return [(name, st.union([a, b])) for (name, a), (_, b) in zip(left, right)]
        return self.outputs.get(id(node), [])

    # -- expressions -------------------------------------------------------------------------------
    def type_of(self, node: exp.Expr, scope) -> SqlType:
        known = self.types.get(id(node))
        if known is not None:
            return known
        try:
            found = self.derive(node, scope)
        except RecursionError:   # pragma: no cover - nesting is checked before binding
            found = st.UNKNOWN
        if not found.nullable and _nullable_anyway(node, found):
            found = found.with_nullable(True)
        self.types[id(node)] = found
        return found

    def derive(self, node: exp.Expr, scope) -> SqlType:   # noqa: C901 - one case per construct
        of = lambda child: self.type_of(child, scope) if child is not None else st.NULL  # noqa: E731
        if isinstance(node, exp.Func):   # string functions: function_types.py (their pages' return types)
            found = string_function_type(node, of)
            if found is not None:
                return found
        if isinstance(node, exp.Alias):
            return of(node.this)
        if isinstance(node, exp.Column):
            return self.column(node, scope)
        if isinstance(node, exp.Literal):
            if node.is_string:
                return SqlType("varchar", length=max(len(node.name), 1), nullable=False)
            return st.of_number_literal(node.name)
        if isinstance(node, exp.National):
            return SqlType("nvarchar", length=max(len(node.name), 1), nullable=False)
        if isinstance(node, exp.Null):
            return st.NULL
        if isinstance(node, exp.Boolean):
            return SqlType("bit", nullable=False)
        if isinstance(node, (exp.Cast, exp.TryCast)):
            return self.target(node.to, of(node.this).nullable or isinstance(node, exp.TryCast))
        if isinstance(node, exp.Convert):
            return self.target(node.this, of(node.expression).nullable or bool(node.args.get("safe")))
        if isinstance(node, exp.Subquery):
            outputs = self.outputs.get(id(node.this)) or (self.set_operation_outputs(node.this)
                                                          if isinstance(node.this, exp.SetOperation) else None)
            return outputs[0][1].with_nullable(True) if outputs and len(outputs) == 1 else st.UNKNOWN
        if isinstance(node, exp.DPipe):
            return st.concatenated(of(node.this), of(node.expression))
        if isinstance(node, (exp.Add, exp.Sub, exp.Mul, exp.Div, exp.Mod, exp.IntDiv)):
            left, right = of(node.left), of(node.right)
            operator = {exp.Add: "+", exp.Sub: "-", exp.Mul: "*", exp.Div: "/", exp.IntDiv: "/", exp.Mod: "%"}[type(node)]
            if isinstance(node, exp.Add) and left.is_string and right.is_string:
                return st.concatenated(left, right)
            if left.base in st.DATES or right.base in st.DATES:
                date = left if left.base in st.DATES else right
                return date.with_nullable(left.nullable or right.nullable)
            if left.is_string or right.is_string:   # a string meets a number: converted to the number
                number = right if left.is_string else left
                return st.arithmetic(operator, number, number) if number.known else st.UNKNOWN
            return st.arithmetic(operator, left, right)
        if isinstance(node, (exp.BitwiseAnd, exp.BitwiseOr, exp.BitwiseXor)):
            return st.higher(of(node.left), of(node.right))
        if isinstance(node, exp.Sum):
            return self.total(of(_argument(node)))
        if isinstance(node, exp.Avg):
            argument = of(_argument(node))
            if argument.base == "decimal":
                return st.decimal(38, max(argument.scale, 6))
            if argument.base in ("tinyint", "smallint"):
                return st.INT
            return argument.with_nullable(True) if argument.known else st.UNKNOWN
        if isinstance(node, _INT_FUNCTIONS):
            return SqlType("int", nullable=not isinstance(node, exp.Count))
        if isinstance(node, _BIGINT_FUNCTIONS):
            return SqlType("bigint", nullable=False)
        if isinstance(node, exp.Length):
            inner = of(node.this.this if isinstance(node.this, exp.Cast) and node.this.meta.get("sqlml_len")
                       else node.this)
            return SqlType("bigint" if inner.length == st.MAX else "int")
        if isinstance(node, _AGGREGATE_FLOAT + _MATH_FLOAT):
            return st.FLOAT
        if isinstance(node, exp.Window):
            return of(node.this)
        if isinstance(node, (exp.Round, *_SAME_AS_ARGUMENT)):
            inner = of(node.this)
            if isinstance(node, (exp.Min, exp.Max, exp.FirstValue, exp.LastValue, exp.Lag, exp.Lead)):
                return inner.with_nullable(True)
            if isinstance(node, exp.Nullif):
                return inner.with_nullable(True)
            return inner
        if isinstance(node, (exp.Floor, exp.Ceil)):
            inner = of(node.this)
            return st.decimal(inner.precision, 0, inner.nullable) if inner.is_decimal else inner
        if isinstance(node, exp.Pow):
            inner = of(node.this)
            if inner.is_decimal:
                return st.decimal(38, inner.scale, inner.nullable)
            return inner if inner.is_integer or inner.is_float else (st.FLOAT if inner.known else st.UNKNOWN)
        if isinstance(node, exp.Coalesce):
            values = [node.this, *node.expressions]
            if node.args.get("is_null"):   # ISNULL(a, b): a's type; NOT NULL when b is
                first = of(values[0])
                return first.with_nullable(first.nullable and all(of(v).nullable for v in values[1:]))
            return st.union([of(v) for v in values])
        if isinstance(node, exp.Case):
            values = [i.args.get("true") for i in node.args.get("ifs") or []]
            default = node.args.get("default")
            merged = st.union([of(v) for v in values] + [of(default) if default is not None else st.NULL])
            return merged
        if isinstance(node, exp.If):
            return st.union([of(node.args.get("true")), of(node.args.get("false"))])
        if isinstance(node, (exp.Left, exp.Right, exp.Substring, exp.Replace, exp.Repeat)):
            inner = of(node.this)
            if inner.is_string:
                if isinstance(node, (exp.Replace, exp.Repeat)) and inner.length != st.MAX:
                    return SqlType(inner.base, length=4000 if inner.base.startswith("n") else 8000,
                                   nullable=inner.nullable)
                return SqlType("nvarchar" if inner.base.startswith("n") else "varchar", length=inner.length,
                               nullable=inner.nullable)
            return SqlType("varchar", length=8000)
        if isinstance(node, exp.Concat):
            result = SqlType("varchar", length=0, nullable=False)
            for value in node.expressions:
                part = of(value)
                result = st.concatenated(result, part if part.is_string else SqlType("varchar", length=30))
            return result
        if isinstance(node, exp.CurrentTimestamp):
            return SqlType("datetime2", precision=7, nullable=False) if node.this is not None else \
                SqlType("datetime", nullable=False)
        if isinstance(node, exp.CurrentDate):
            return SqlType("date", nullable=False)
        if isinstance(node, exp.DateAdd):
            inner = of(node.this)
            return SqlType("datetime") if inner.is_string else inner
        if isinstance(node, (exp.DateFromParts, exp.LastDay)):
            return SqlType("date")
        if isinstance(node, exp.Chr):
            return SqlType("char", length=1)
        if isinstance(node, exp.Space):
            return SqlType("varchar", length=8000)
        if isinstance(node, exp.Uuid):
            return SqlType("uniqueidentifier", nullable=False)
        if isinstance(node, _COMPARISONS):
            return SqlType("bit")
        if isinstance(node, exp.Anonymous):
            name = node.name.upper()
            if name == "COUNT_BIG":
                return SqlType("bigint", nullable=False)
            if name in ("VAR", "VARP", "STDEV", "STDEVP"):
                return st.FLOAT
            if name == "DB_NAME":
                return SqlType("nvarchar", length=128)
            if name == "GETUTCDATE":
                return SqlType("datetime", nullable=False)
        return st.UNKNOWN

    def target(self, to: exp.DataType, nullable: bool) -> SqlType:
        """The type a CAST / CONVERT gives: strings without a length are 30 long, DECIMAL is (18, 0)."""
        text = _type_text(to)
        parsed = st.parse(text, nullable)
        if parsed.is_string and "(" not in text:
            return SqlType(parsed.base, length=30, nullable=nullable)
        return parsed

    @staticmethod
    def total(argument: SqlType) -> SqlType:
        """SUM: int for the small integers, bigint for bigint, decimal(38, s), money, float."""
        if argument.base in ("tinyint", "smallint", "int"):
            return st.INT
        if argument.base == "decimal":
            return st.decimal(38, argument.scale)
        return argument.with_nullable(True) if argument.known and not argument.is_null else st.UNKNOWN

    # -- columns -----------------------------------------------------------------------------------
    def column(self, column: exp.Column, scope) -> SqlType:
        table = column.table
        name = column.name.lower()
        while scope is not None:
            source = scope.sources.get(table) if table else None
            if source is None and not table and len(scope.sources) == 1:
                source = next(iter(scope.sources.values()))
            if source is not None:
                found = self.from_source(source, name)
                if (not found.nullable and isinstance(scope.expression, exp.Select)
                        and table.lower() in outer_joined(scope.expression)):
                    found = found.with_nullable(True)   # the NULL side of an outer join
                return found
            scope = scope.parent   # a correlated column: from an outer query
        return st.UNKNOWN

    def from_source(self, source, name: str) -> SqlType:
        if isinstance(source, exp.Table):
            columns = self.columns(source)
            found = columns.get(name) if columns else None
            return found or st.UNKNOWN
        expression = getattr(source, "expression", None)
        while isinstance(expression, (exp.Lateral, exp.Subquery)):   # APPLY (a LATERAL join by now)
            expression = expression.this
        if expression is None:
            return st.UNKNOWN
        outputs = self.outputs.get(id(expression))
        if outputs is None and isinstance(expression, exp.SetOperation):
            outputs = self.set_operation_outputs(expression)
        if outputs is None and isinstance(expression, exp.Select):
            self.bind_scope(source)   # a recursive CTE's reference to itself: its anchor's types
            outputs = self.outputs.get(id(expression))
        for output, data_type in outputs or []:
            if output == name:
                return data_type
        return st.UNKNOWN


# Nullability (what SELECT INTO gives the new column, "SELECT - INTO Clause": the nullability of its
# expression). NOT NULL: a NOT NULL column (not on the NULL side of an outer join), a constant or an
# expression of constants only, ISNULL(x, y) with x or y NOT NULL, and a CASE / IIF whose results are all
# NOT NULL, with an ELSE. Any other expression is nullable even when its operands are not: CREATE
# TABLE's computed columns say so of most expressions ("possible underflows or overflows also produce
# NULL results"), and COALESCE's page of COALESCE, unlike ISNULL.
_KEEPS_NULLABILITY = (exp.Column, exp.Literal, exp.National, exp.Boolean, exp.Null, exp.Paren, exp.Alias, exp.Case,
                      exp.If)


def _nullable_anyway(node: exp.Expr, found: SqlType) -> bool:
    if isinstance(node, exp.Coalesce):
        return not node.args.get("is_null")
    if isinstance(node, _KEEPS_NULLABILITY) or not isinstance(node, (exp.Func, exp.Binary, exp.Unary)):
        return False
    return not _constant(node)


def _constant(node: exp.Expr) -> bool:
    """Made of constants and operators only: no column, variable, subquery or other function."""
    for inner in node.walk():
        if isinstance(inner, (exp.Column, exp.Query, exp.Subquery, exp.Parameter, exp.Placeholder, exp.Null)):
            return False
        if isinstance(inner, exp.Func) and not isinstance(inner, (exp.Cast, exp.TryCast, exp.Convert)):
            return False
    return True


# Types the T-SQL generator spells in its own way (or not at all): `_type_text` leaves them to it.
_GENERATED_TYPES = {exp.DType.INTERVAL, exp.DType.TIMETZ, exp.DType.TIMESTAMPTZ, exp.DType.USERDEFINED,
                    exp.DType.CHARACTER_SET}


def _type_text(to: exp.DataType) -> str:
    """A type as T-SQL writes it ('FLOAT', 'REAL', 'NUMERIC(10, 2)', 'VARCHAR(MAX)'). A plain type with number
    or MAX arguments is spelled here from the T-SQL generator's own TYPE_MAPPING: building the generator the
    first time costs about 1 ms of a new process's first translation."""
    from .dialect import SqlmlTSQL

    kind = to.this
    arguments = []
    plain = (isinstance(kind, exp.DType) and kind not in _GENERATED_TYPES
             and not any(to.args.get(key) for key in ("nested", "values", "kind", "collate")))
    for parameter in to.expressions if plain else ():
        value = parameter.this if isinstance(parameter, exp.DataTypeParam) else None
        if isinstance(value, exp.Literal) and value.is_number or isinstance(value, exp.Var):
            arguments.append(value.name)
        else:
            plain = False
            break
    generator = SqlmlTSQL.generator_class
    if not plain or kind in generator.UNSUPPORTED_TYPES or kind in generator.TYPE_PARAM_SETTINGS:
        return to.sql(dialect=SqlmlTSQL)
    # REAL is read as sqlglot's FLOAT (32-bit, dialect.py), which sqlglot's T-SQL writes as FLOAT (float(53)).
    name = "REAL" if kind is exp.DType.FLOAT else generator.TYPE_MAPPING.get(kind, kind.value)
    return f"{name}({', '.join(arguments)})" if arguments else name


def _argument(node: exp.Expr) -> exp.Expr | None:
    argument = node.this
    if isinstance(argument, exp.Distinct):
        return argument.expressions[0] if argument.expressions else None
    return argument


def _column_of(data_type: SqlType) -> SqlType:
    return replace(data_type, constant=None) if data_type.constant is not None else data_type


def _inside_other_query(node: exp.Expr, select: exp.Select) -> bool:
    """Whether a node belongs to a subquery of `select` (typed in its own scope)."""
    parent = node.parent
    while parent is not None and parent is not select:
        if isinstance(parent, exp.Query):
            return True
        parent = parent.parent
    return False
