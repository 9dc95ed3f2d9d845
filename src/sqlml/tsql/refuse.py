"""The refusal pass: what the embedded engine cannot run as SQL Server does is refused by name, before
anything is rewritten (`UnsupportedError` names the construct and says that SQL Server runs it)."""
from __future__ import annotations

from sqlglot import exp

from .context import SYSTEM_PARAMETERS
from .declared import length_check
from .dialect import SqlmlTSQL
from .user_functions import is_user_function

# Functions whose DuckDB rendering by sqlglot matches SQL Server (checked, or rewritten below).
_SAFE_FUNCTIONS = {getattr(exp, name) for name in """
    Count Sum Min Max Avg Stddev StddevSamp StddevPop Variance VariancePop Abs Round Floor Ceil Sqrt
    Exp Ln Log Sign Upper Lower Trim Substring Left Right Length Concat ConcatWs Coalesce Nullif Case
    If Cast TryCast CurrentTimestamp CurrentDate DateAdd DateDiff Year Month Day StrPosition Replace
    Repeat Space RowNumber Rank DenseRank Lag Lead FirstValue LastValue Ntile CumeDist PercentRank Uuid
    Reverse LastDay DateFromParts Greatest Least Pi Sin Cos Tan Atan Asin Acos Pow Convert ObjectId
    Extract TimeStrToTime TsOrDsToDate Ascii Chr Unicode Translate GroupConcat Rand Mod Exists
    PercentileCont PercentileDisc
""".split() if hasattr(exp, name)}
# T-SQL names of functions sqlglot renders under another name, for refusals that name them.
_FUNCTION_NAMES = {"TimeToStr": "DATENAME / FORMAT", "NumberToStr": "FORMAT", "StrToTime": "PARSE"}
# Functions sqlglot keeps by name that DuckDB runs the same way.
# Functions sqlglot keeps by name, and what DuckDB calls them (None: rewritten below).
_ANONYMOUS = {"DB_NAME": None, "GETUTCDATE": None, "VAR": "var_samp", "VARP": "var_pop",
              "STDEVP": "stddev_pop"}
_SAFE_ANONYMOUS = {*_ANONYMOUS, *(name for name in SYSTEM_PARAMETERS if not name.startswith("@@"))}
_DATEPARTS_OK = {"YEAR", "QUARTER", "MONTH", "DAYOFYEAR", "DAY", "HOUR", "MINUTE", "SECOND",
                 "MILLISECOND", "MICROSECOND", "WEEKDAY", "DAYOFWEEK", "DOW"}
_DATEDIFF_UNITS = {"YEAR", "QUARTER", "MONTH", "DAY", "DAYOFYEAR", "HOUR", "MINUTE", "SECOND",
                   "MILLISECOND", "MICROSECOND", "WEEK"}


def refuse(tree: exp.Expr, context) -> None:
    if isinstance(tree, exp.Command):
        rest = tree.args.get("expression")
        words = f"{tree.name} {rest.name if isinstance(rest, exp.Expr) else rest or ''}".split()
        raise context.unsupported(f"The statement {' '.join(words[:3])} ...")
    if isinstance(tree, exp.Alter):
        for action in tree.args.get("actions") or []:
            if isinstance(action, exp.AddConstraint) and action.find(exp.PrimaryKey, exp.UniqueColumnConstraint):
                # Keys added later would compare as DuckDB does (case, trailing spaces, many NULLs).
                raise context.unsupported("ALTER TABLE ... ADD a PRIMARY KEY or UNIQUE constraint", action,
                                       "Declare the key in CREATE TABLE, or use CREATE UNIQUE INDEX.")
            kind = action.args.get("kind") if isinstance(action, exp.ColumnDef) else (
                action.args.get("dtype") if isinstance(action, exp.AlterColumn) else None)
            if length_check(exp.to_table("t"), action.name, kind) is not None:
                # DuckDB cannot add a CHECK to an existing table: the length would go unchecked.
                raise context.unsupported(
                    f"ALTER TABLE with the column {action.name} {kind.sql(dialect=SqlmlTSQL)} (a declared "
                    "length is checked only on columns made by CREATE TABLE)", action,
                    hint="Declare the column in CREATE TABLE, or give it a MAX length.")
    if isinstance(tree, exp.Create) and tree.kind and "INDEX" in tree.kind.upper():
        tree.set("kind", "INDEX")   # [NON]CLUSTERED: how SQL Server stores it, no meaning here
    if isinstance(tree, exp.Create) and tree.kind and tree.kind.upper() not in ("TABLE", "VIEW", "SCHEMA", "INDEX"):
        raise context.unsupported(f"CREATE {tree.kind.upper()}")
    if isinstance(tree, (exp.Delete, exp.Update)) and any(
            isinstance(t, exp.Table) and t.name.upper() == "TOP" for t in [tree.this, *(tree.args.get("tables") or [])]):
        raise context.unsupported(f"{type(tree).__name__.upper()} TOP (n)", hint="Select the rows with a WHERE clause.")
    for node in tree.walk():
        if isinstance(node, exp.Anonymous):
            if node.name.upper() not in _SAFE_ANONYMOUS and not is_user_function(context, node):
                raise context.unsupported(f"The function {node.name.upper()}", node,
                                       "The embedded engine runs only functions it translates faithfully.")
        elif isinstance(node, exp.Func) and type(node) not in _SAFE_FUNCTIONS \
                and not isinstance(node, (exp.Binary, exp.Connector, exp.Unary, exp.Distinct)):
            name = _FUNCTION_NAMES.get(type(node).__name__) or node.sql_name()
            raise context.unsupported(f"The function {name}", node)
        elif isinstance(node, exp.Round) and any(
                value is not None for key, value in node.args.items() if key not in ("this", "decimals")):
            raise context.unsupported("ROUND with a truncation argument", node)   # ROUND(x, n, 1)
        elif isinstance(node, exp.Pivot):
            raise context.unsupported("PIVOT / UNPIVOT", node)
        elif type(node).__name__ in ("ForClause", "ForXML", "ForJson"):
            raise context.unsupported("FOR XML / FOR JSON", node)
        elif type(node).__name__ == "LimitOptions" and (node.args.get("percent") or node.args.get("with_ties")):
            raise context.unsupported("TOP ... PERCENT / WITH TIES", node)
        elif isinstance(node, exp.Like) and isinstance(node.expression, exp.Literal) and "[" in node.expression.name:
            raise context.unsupported("LIKE with a [ ] character set", node)
        elif isinstance(node, exp.Extract) and node.name.upper() not in _DATEPARTS_OK:
            raise context.unsupported(f"DATEPART({node.name.lower()}, ...)", node)
        elif isinstance(node, exp.DateDiff) and node.text("unit").upper() not in _DATEDIFF_UNITS:
            raise context.unsupported(f"DATEDIFF({node.text('unit').lower()}, ...)", node)
        elif isinstance(node, exp.DataType) and node.this in (exp.DType.MONEY, exp.DType.SMALLMONEY) and (
                isinstance(node.parent, exp.ColumnDef) or (isinstance(tree, exp.Select) and tree.args.get("into"))):
            # Stored, it would be a plain DECIMAL(19, 4): CAST to int would truncate, AVG give a decimal.
            raise context.unsupported(f"A {node.this.value} column", node, "Declare it DECIMAL(19, 4).")
        elif isinstance(node, exp.DataType) and node.this in (exp.DType.XML, exp.DType.VARIANT,
                                                               exp.DType.ROWVERSION, exp.DType.IMAGE):
            raise context.unsupported(f"The data type {node.sql(dialect=SqlmlTSQL)}", node)
    for_clause = tree.args.get("for") if isinstance(tree, exp.Select) else None
    if for_clause:
        raise context.unsupported("FOR XML / FOR JSON")

# -- 3. rename -----------------------------------------------------------------------------
