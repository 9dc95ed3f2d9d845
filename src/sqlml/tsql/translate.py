"""T-SQL -> DuckDB for one plain statement, with SQL Server's semantics or a clear refusal.

The steps, each on sqlglot's tree (never on the text):

1. parse with `SqlmlTSQL`; a syntax error is Msg 102 at its line and column in the script;
2. refuse what cannot be translated faithfully (`UnsupportedError` names the construct);
3. rename: `#temp` / `##global` tables, `sys.*` and `INFORMATION_SCHEMA.*` catalog views,
   `@variables` -> `$parameters`, `IDENTITY` -> a sequence;
4. type: where the meaning depends on operand types (`/` between integers truncates, `+`
   between strings concatenates, `AVG` of integers is an integer, `CAST(2.7 AS INT)` truncates,
   `COUNT(DISTINCT s)` ignores case, strings that differ only in trailing spaces are one value in
   comparisons, ORDER BY, GROUP BY, DISTINCT and UNION, decimals keep their precision), annotate a
   qualified copy of the tree with the catalog's column types and the variables' types; an
   operand whose type cannot be known is refused;
5. generate with `SqlmlDuckDB`.

Translations are cached per (text, variable types, connection, catalog version); DDL
invalidates the connection's catalog.
"""
from __future__ import annotations

import datetime as _dt
import decimal as _decimal
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from ..errors import TsqlError, UnsupportedError
from . import arithmetic, catalog, storage
from .catalog import CATALOG_VIEWS, invalidate, prepare_connection  # noqa: F401  (re-exported)
from .dialect import SqlmlDuckDB, SqlmlTSQL
from . import sqltype
from .binder import Binder
from .names import unnamed_columns
from .sqltype import SqlType


@dataclass(frozen=True)
class Translation:
    sql: str
    #: The T-SQL variables (without `@`, lower case) the statement uses, bound as `$name` parameters.
    parameters: tuple[str, ...] = ()
    #: "query" returns a result set, "dml" reports rows affected, "other" reports nothing.
    kind: str = "other"
    #: Positions of the result set's columns without a name in SQL Server (negative: from the end); names.py.
    unnamed: tuple[int, ...] = ()


#: Parameter name the engine binds to the current @@ROWCOUNT (rows affected by the previous statement).
ROWCOUNT_PARAMETER = "__rowcount"
#: Session values the engine binds: @@NAME and the ERROR_...() functions of a CATCH block.
SYSTEM_PARAMETERS = {
    "@@ROWCOUNT": ROWCOUNT_PARAMETER, "@@TRANCOUNT": "__trancount",
    "ERROR_NUMBER": "__error_number", "ERROR_MESSAGE": "__error_message", "ERROR_SEVERITY": "__error_severity",
    "ERROR_STATE": "__error_state", "ERROR_LINE": "__error_line", "ERROR_PROCEDURE": "__error_procedure",
}

# Characters 128-255 of code page 1252 (SQL_Latin1_General_CP1's varchar), for CHAR(n) and ASCII(s);
# the five codes 1252 leaves undefined map to the control characters of the same number, as Windows does.
_CP1252_UPPER_HALF = "".join(bytes([code]).decode("cp1252", errors="ignore") or chr(code) for code in range(128, 256))

_CACHE: "OrderedDict[tuple, Translation]" = OrderedDict()
_CACHE_SIZE = 1024


def translate(statement: str, variables: Mapping[str, Any] | Iterable[str] = (), connection=None, *,
              line: int = 1, column: int = 1, types: Mapping[str, str] | None = None) -> Translation:
    """Translate one plain T-SQL statement to DuckDB SQL.

    - `variables`: the T-SQL variables in scope, name (without `@`) -> Python value, or just names.
      Values are never pasted into the SQL: the statement gets `$name` parameters and
      `Translation.parameters` lists the names to bind. The values' Python types (or `types`,
      name -> declared T-SQL type such as 'INT', which wins) decide typed operators.
    - `connection`: the DuckDB connection the SQL will run on; its catalog gives column types.
    - `line`, `column`: where the statement starts in the whole script, so errors point there.

    Raises TsqlError (Msg 102, Level 15) for a syntax error and UnsupportedError for a construct
    the embedded engine cannot run as SQL Server does.
    """
    # A statement whose translation needed no types is cached by its text alone; one that was
    # typed, by its text, the variables' types, the connection and the catalog's version.
    cached = _CACHE.get((statement,))
    key = (statement,)
    if cached is None:
        variable_types = _variable_types(variables, types)
        version = catalog.catalog_version(connection) if connection is not None else None
        key = (statement, tuple(sorted(variable_types.items())), version)
        cached = _CACHE.get(key)
    if cached is None:
        translator = _Translator(statement, variable_types, connection)
        try:
            translation = translator.run()
        except TsqlError as error:
            raise _placed(error, line, column) from None
        if not translator.typed:
            key = (statement,)
        ddl = translation.kind.startswith("ddl")
        if ddl:
            kind = "dml" if translation.kind == "ddl-dml" else "other"
            translation = Translation(translation.sql, translation.parameters, kind)
        lowered = translation.sql.lower()
        # OBJECT_ID's macro reads the catalog views, so it needs them made as well.
        cached = (translation, ddl, "tsql_" in lowered, "temp.main.sqlml_" in lowered or catalog.USES_CATALOG in lowered)
        _CACHE[key] = cached
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    translation, ddl, uses_macros, uses_views = cached
    if connection is not None:
        if uses_macros or uses_views:
            catalog.ensure_objects(connection, views=uses_views)
        if ddl:
            invalidate(connection)   # the next statement reads the catalog again
    return translation


_CHECKED: "OrderedDict[str, None]" = OrderedDict()


def check_syntax(statement: str, *, line: int = 1, column: int = 1) -> None:
    """Raise SQL Server's Msg 102 (at its place in the script) if a plain statement does not parse.

    SQL Server compiles a whole batch before it runs any of it: an engine calls this for every
    PLAIN statement of a batch first, so a typo on the batch's last line runs nothing.
    """
    if statement in _CHECKED:
        return
    try:
        _Translator(statement, {}, None).parse()
    except TsqlError as error:
        raise _placed(error, line, column) from None
    _CHECKED[statement] = None
    if len(_CHECKED) > _CACHE_SIZE:
        _CHECKED.popitem(last=False)


def set_operation_branches(query: exp.Expr) -> list[exp.Expr]:
    """The queries a (nested) UNION / INTERSECT / EXCEPT combines, left to right, out of their parentheses;
    a query that is not a set operation is its own only branch."""
    if isinstance(query, (exp.Subquery, exp.Paren)):
        return set_operation_branches(query.this)
    if isinstance(query, exp.SetOperation):
        return set_operation_branches(query.this) + set_operation_branches(query.expression)
    return [query]


def _is_number(node: exp.Expr) -> bool:
    """A numeric literal (or NULL): a comparison with it is never a string comparison."""
    return isinstance(node, exp.Null) or (isinstance(node, exp.Literal) and not node.is_string) or (
        isinstance(node, exp.Neg) and _is_number(node.this))


_SIZED_TEXT = {exp.DType.VARCHAR, exp.DType.NVARCHAR, exp.DType.CHAR, exp.DType.NCHAR}
_SIZED_BINARY = {exp.DType.VARBINARY, exp.DType.BINARY}
TRUNCATION_MESSAGE = "String or binary data would be truncated in table"


def length_check(table: exp.Table, column: str, kind: exp.Expr | None) -> str | None:
    """DuckDB's CHECK expression for a column's declared length, None when the type has none (MAX, INT, ...).

    A string or binary type without a length is length 1, as SQL Server has it in a column definition.

    Characters are counted (nvarchar too); trailing blanks beyond the length pass, as SQL Server trims
    them without an error. Binary values count bytes. The failure raises Msg 2628's text with the value
    cut to the length.
    """
    if not isinstance(kind, exp.DataType) or kind.this not in _SIZED_TEXT | _SIZED_BINARY:
        return None
    params = kind.expressions
    if not params:
        size = 1    # VARCHAR, CHAR, BINARY, ... without a length in a column definition: length 1
    elif not isinstance(params[0].this, exp.Literal) or not params[0].this.is_int:
        return None
    else:
        size = int(params[0].this.name)
    quoted = '"' + column.replace('"', '""') + '"'
    if kind.this in _SIZED_BINARY:
        fits = f"octet_length({quoted}) <= {size}"
        shown = f"'0x' || hex({quoted}[1:{size}])"
    else:
        fits = f"length(rtrim({quoted}, ' ')) <= {size}"
        shown = f"'''' || left({quoted}, {size}) || ''''"
    if table.name.startswith("#"):
        where = "'tempdb.dbo." + table.name.replace("'", "''") + "'"
    else:
        where = ("current_database() || '." + (table.text("db") or "dbo").replace("'", "''") + "."
                 + table.name.replace("'", "''") + "'")
    message = (f"'{TRUNCATION_MESSAGE} ''' || {where} || ''', column ''" + column.replace("'", "''")
               + f"''. Truncated value: ' || {shown} || '.'")
    return f"CASE WHEN {quoted} IS NULL OR {fits} THEN true ELSE error({message}) END"


def _placed(error: TsqlError, line: int, column: int) -> TsqlError:
    """Move an error's statement-relative position into the whole script."""
    if error.line is None:
        error.line, error.column = line, column
    else:
        if error.line == 1 and error.column is not None:
            error.column += column - 1
        error.line += line - 1
    error.args = (error._format(),)
    return error


# -- variable types --------------------------------------------------------------------------------

def _variable_types(variables, types) -> dict[str, str]:
    """name -> sqlglot type text ('' when unknown) for every variable in scope."""
    names = variables.keys() if isinstance(variables, Mapping) else variables
    result = {}
    for name in names:
        key = name.lstrip("@").lower()
        value = variables[name] if isinstance(variables, Mapping) else None
        result[key] = _python_type(value)
    for name, declared in (types or {}).items():
        result[name.lstrip("@").lower()] = declared
    return result


def _python_type(value: Any) -> str:
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "INT" if -2**31 <= value < 2**31 else "BIGINT"
    if isinstance(value, float):
        return "FLOAT"          # read by SqlmlTSQL: 64-bit
    if isinstance(value, _decimal.Decimal):
        return "DECIMAL(38, 10)"
    if isinstance(value, str):
        return "NVARCHAR(MAX)"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "VARBINARY(MAX)"
    if isinstance(value, _dt.datetime):
        return "DATETIME2"
    if isinstance(value, _dt.date):
        return "DATE"
    try:  # numpy scalars
        import numpy as np
        if isinstance(value, np.integer):
            return "BIGINT"
        if isinstance(value, np.floating):
            return "FLOAT"
    except ImportError:  # pragma: no cover
        pass
    return ""


# -- the translator ----------------------------------------------------------------------------------

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
# CONVERT(string, datetime, style): DuckDB strftime formats (checked against the T-SQL reference).
_DATE_STYLES = {
    1: "%m/%d/%y", 101: "%m/%d/%Y", 2: "%y.%m.%d", 102: "%Y.%m.%d", 3: "%d/%m/%y", 103: "%d/%m/%Y",
    4: "%d.%m.%y", 104: "%d.%m.%Y", 5: "%d-%m-%y", 105: "%d-%m-%Y", 10: "%m-%d-%y", 110: "%m-%d-%Y",
    11: "%y/%m/%d", 111: "%Y/%m/%d", 12: "%y%m%d", 112: "%Y%m%d", 23: "%Y-%m-%d",
    8: "%H:%M:%S", 108: "%H:%M:%S", 20: "%Y-%m-%d %H:%M:%S", 120: "%Y-%m-%d %H:%M:%S",
    21: "%Y-%m-%d %H:%M:%S.%g", 121: "%Y-%m-%d %H:%M:%S.%g",
}
_TIME_STYLES = {8, 108, 20, 120, 21, 121, 0, 100}
_DDL = (exp.Create, exp.Drop, exp.Alter, exp.TruncateTable)
# T-SQL statements the embedded engine has no counterpart for.
_STATEMENTS_NOT_TRANSLATED = frozenset("""
    WAITFOR SAVE BULK DBCC KILL CHECKPOINT BACKUP RESTORE OPEN CLOSE FETCH DEALLOCATE GOTO GRANT REVOKE
    DENY ENABLE DISABLE
""".split())


class _Translator:
    def __init__(self, text: str, variable_types: dict[str, str], connection) -> None:
        self.text = text
        self.variable_types = variable_types
        self.connection = connection
        self.parameters: list[str] = []
        self.prelude: list[str] = []     # statements that must run before (sequences for IDENTITY)
        self.epilogue: list[str] = []    # and after (dropping a table's identity sequence)
        self.types: dict[int, exp.DataType] = {}
        self.sql_types: dict[int, SqlType] = {}   # SQL Server's type of each node (binder.py)
        self.outputs: dict[int, list[exp.DataType | None]] = {}   # a select's output column types
        self.new_ids = -1                # ids for nodes the rewrites make, typed by `typed_as`
        self.typed = False               # whether the translation depended on types

    # -- driver --------------------------------------------------------------------------------
    def run(self) -> Translation:
        tree = self.parse()
        # On the T-SQL tree, before any rewrite adds aliases; a `*`'s width from the catalog (error numbers).
        unnamed = unnamed_columns(tree, self.star_width if self.connection is not None else None)
        self.refuse(tree)
        tree = self.rename(tree)
        if self.needs_types(tree):
            self.typed = True
            self.annotate(tree)
        stored = storage.Storage(self, tree)   # declared column types and stored values (storage.py)
        tree = stored.apply(self.rewrite_tree(tree))
        try:
            sql = tree.sql(dialect=SqlmlDuckDB, unsupported_level=sqlglot.ErrorLevel.RAISE)
        except sqlglot.errors.UnsupportedError as error:
            raise self.unsupported(f"This statement ({str(error).splitlines()[0]})") from None
        sql = "; ".join([*self.prelude, sql, *self.epilogue])
        return Translation(sql, tuple(dict.fromkeys(self.parameters)), stored.kind or self.kind(tree), unnamed)

    def star_width(self, table: exp.Table) -> int | None:
        """How many columns a table (or view) has, from the catalog; None when it is not there."""
        identifier = table.this
        name = ("#" if isinstance(identifier, exp.Identifier) and (identifier.args.get("temporary")
                                                                  or identifier.args.get("global_")) else "") + table.name
        if isinstance(identifier, exp.Identifier) and identifier.args.get("global_"):
            name = "#" + name
        if table.text("catalog"):
            return None
        view = CATALOG_VIEWS.get((table.text("db").lower(), table.name.lower()))
        if view is not None:
            # A catalog view (sys.columns, ...): its columns are those of the TEMP view that answers it.
            catalog.ensure_objects(self.connection, views=True)
            return len(self.connection.execute(f"DESCRIBE {view}").fetchall())
        if table.text("db").lower() in ("sys", "information_schema"):
            return None
        columns = catalog.catalog_schema(self.connection).get((table.text("db") or "dbo").lower(), {}).get(name.lower())
        if columns is None:
            return None
        self.typed = True   # the translation (its error) now depends on the catalog
        return len(columns)

    def parse(self) -> exp.Expr:
        first = self.text.lstrip().split(None, 1)[0].upper().rstrip(";") if self.text.strip() else ""
        if first in _STATEMENTS_NOT_TRANSLATED:
            # Valid T-SQL that sqlglot does not read: refuse it by name instead of calling it a syntax error.
            raise self.unsupported(f"The {first} statement")
        quiet = logging.getLogger("sqlglot")
        level = quiet.level
        quiet.setLevel(logging.ERROR)   # sqlglot warns when it falls back to a Command: we refuse those
        try:
            trees = [t for t in sqlglot.parse(self.text, dialect=SqlmlTSQL) if t is not None]
        except ParseError as error:
            raise self.syntax_error(error) from None
        except TokenError:
            raise TsqlError("Incorrect syntax: unclosed quotation mark or comment.", number=105, severity=15,
                            line=1, column=1) from None
        finally:
            quiet.setLevel(level)
        if len(trees) != 1:
            raise TsqlError("Incorrect syntax: expected one statement.", number=102, severity=15, line=1, column=1)
        return trees[0]

    def syntax_error(self, error: ParseError) -> TsqlError:
        detail = error.errors[0] if error.errors else {}
        near = (detail.get("highlight") or "").strip()
        line = detail.get("line") or 1
        column = detail.get("col") or 1
        if near:
            column = max(1, column - len(near) + 1)   # sqlglot points at the token's end
        text = f"Incorrect syntax near '{near}'." if near else "Incorrect syntax near the end of the statement."
        return TsqlError(text, number=102, severity=15, line=line, column=column)

    def kind(self, tree: exp.Expr) -> str:
        if isinstance(tree, exp.Select) and tree.args.get("into"):
            return "ddl-dml"
        if isinstance(tree, exp.Query):
            return "query"
        if isinstance(tree, (exp.Insert, exp.Update, exp.Delete, exp.Merge)):
            return "dml"
        if isinstance(tree, _DDL):
            return "ddl"
        return "other"

    # -- 2. refuse ------------------------------------------------------------------------------
    def unsupported(self, construct: str, node: exp.Expr | None = None, hint: str | None = None) -> UnsupportedError:
        line = column = None
        if node is not None:
            meta = getattr(node, "meta", None) or {}
            line, column = meta.get("line"), meta.get("col")
            if line is not None and column is not None:
                column = self.word_start(line, column)
        return UnsupportedError(construct, line=line, column=column, hint=hint)

    def word_start(self, line: int, column: int) -> int:
        """sqlglot places a node at the end of its first token: the column where that word begins."""
        lines = self.text.split("\n")
        if not 1 <= line <= len(lines):
            return column
        text, end = lines[line - 1], min(column, len(lines[line - 1]))
        start = end
        while start > 1 and (text[start - 2].isalnum() or text[start - 2] in "_@#$"):
            start -= 1
        return start

    def unknown_type(self, construct: str, node: exp.Expr, hint: str | None = None) -> TsqlError:
        """The error for an operand whose type is unknown: a missing table first (Msg 208)."""
        missing = self.missing_table(node.root())
        if missing:
            return TsqlError(f"Invalid object name '{missing}'.", number=208, severity=16)
        return self.unsupported(construct, node, hint)

    def missing_table(self, tree: exp.Expr) -> str | None:
        """The first table the statement reads that the connection's catalog does not have."""
        if self.connection is None:
            return None
        schema = catalog.catalog_schema(self.connection)
        ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
        for table in tree.find_all(exp.Table):
            if not table.name or isinstance(table.parent, (exp.Into, exp.Create, exp.Schema)):
                continue
            if table.text("catalog").lower() == "temp" or (not table.text("db") and table.name.lower() in ctes):
                continue
            owner = (table.text("db") or "dbo").lower()
            if table.name.lower() not in schema.get(owner, {}):
                return ".".join(p for p in (table.text("db"), table.name) if p)
        return None

    def refuse(self, tree: exp.Expr) -> None:
        if isinstance(tree, exp.Command):
            rest = tree.args.get("expression")
            words = f"{tree.name} {rest.name if isinstance(rest, exp.Expr) else rest or ''}".split()
            raise self.unsupported(f"The statement {' '.join(words[:3])} ...")
        if isinstance(tree, exp.Alter):
            for action in tree.args.get("actions") or []:
                if isinstance(action, exp.AddConstraint) and action.find(exp.PrimaryKey, exp.UniqueColumnConstraint):
                    # Keys added later would compare as DuckDB does (case, trailing spaces, many NULLs).
                    raise self.unsupported("ALTER TABLE ... ADD a PRIMARY KEY or UNIQUE constraint", action,
                                           "Declare the key in CREATE TABLE, or use CREATE UNIQUE INDEX.")
                kind = action.args.get("kind") if isinstance(action, exp.ColumnDef) else (
                    action.args.get("dtype") if isinstance(action, exp.AlterColumn) else None)
                if length_check(exp.to_table("t"), action.name, kind) is not None:
                    # DuckDB cannot add a CHECK to an existing table: the length would go unchecked.
                    raise self.unsupported(
                        f"ALTER TABLE with the column {action.name} {kind.sql(dialect=SqlmlTSQL)} (a declared "
                        "length is checked only on columns made by CREATE TABLE)", action,
                        hint="Declare the column in CREATE TABLE, or give it a MAX length.")
        if isinstance(tree, exp.Create) and tree.kind and "INDEX" in tree.kind.upper():
            tree.set("kind", "INDEX")   # [NON]CLUSTERED: how SQL Server stores it, no meaning here
        if isinstance(tree, exp.Create) and tree.kind and tree.kind.upper() not in ("TABLE", "VIEW", "SCHEMA", "INDEX"):
            raise self.unsupported(f"CREATE {tree.kind.upper()}")
        if isinstance(tree, (exp.Delete, exp.Update)) and any(
                isinstance(t, exp.Table) and t.name.upper() == "TOP" for t in [tree.this, *(tree.args.get("tables") or [])]):
            raise self.unsupported(f"{type(tree).__name__.upper()} TOP (n)", hint="Select the rows with a WHERE clause.")
        for node in tree.walk():
            if isinstance(node, exp.Anonymous):
                if node.name.upper() not in _SAFE_ANONYMOUS:
                    raise self.unsupported(f"The function {node.name.upper()}", node,
                                           "The embedded engine runs only functions it translates faithfully.")
            elif isinstance(node, exp.Func) and type(node) not in _SAFE_FUNCTIONS \
                    and not isinstance(node, (exp.Binary, exp.Connector, exp.Unary, exp.Distinct)):
                name = _FUNCTION_NAMES.get(type(node).__name__) or node.sql_name()
                raise self.unsupported(f"The function {name}", node)
            elif isinstance(node, exp.Round) and any(
                    value is not None for key, value in node.args.items() if key not in ("this", "decimals")):
                raise self.unsupported("ROUND with a truncation argument", node)   # ROUND(x, n, 1)
            elif isinstance(node, exp.Pivot):
                raise self.unsupported("PIVOT / UNPIVOT", node)
            elif type(node).__name__ in ("ForClause", "ForXML", "ForJson"):
                raise self.unsupported("FOR XML / FOR JSON", node)
            elif type(node).__name__ == "LimitOptions" and (node.args.get("percent") or node.args.get("with_ties")):
                raise self.unsupported("TOP ... PERCENT / WITH TIES", node)
            elif isinstance(node, exp.Like) and isinstance(node.expression, exp.Literal) and "[" in node.expression.name:
                raise self.unsupported("LIKE with a [ ] character set", node)
            elif isinstance(node, exp.Extract) and node.name.upper() not in _DATEPARTS_OK:
                raise self.unsupported(f"DATEPART({node.name.lower()}, ...)", node)
            elif isinstance(node, exp.DateDiff) and node.text("unit").upper() not in _DATEDIFF_UNITS:
                raise self.unsupported(f"DATEDIFF({node.text('unit').lower()}, ...)", node)
            elif isinstance(node, exp.DataType) and node.this in (exp.DType.MONEY, exp.DType.SMALLMONEY) and (
                    isinstance(node.parent, exp.ColumnDef) or (isinstance(tree, exp.Select) and tree.args.get("into"))):
                # Stored, it would be a plain DECIMAL(19, 4): CAST to int would truncate, AVG give a decimal.
                raise self.unsupported(f"A {node.this.value} column", node, "Declare it DECIMAL(19, 4).")
            elif isinstance(node, exp.DataType) and node.this in (exp.DType.XML, exp.DType.VARIANT,
                                                                   exp.DType.ROWVERSION, exp.DType.IMAGE):
                raise self.unsupported(f"The data type {node.sql(dialect=SqlmlTSQL)}", node)
        for_clause = tree.args.get("for") if isinstance(tree, exp.Select) else None
        if for_clause:
            raise self.unsupported("FOR XML / FOR JSON")

    # -- 3. rename -----------------------------------------------------------------------------
    def rename(self, tree: exp.Expr) -> exp.Expr:
        for node in list(tree.walk()):
            if isinstance(node, exp.Identifier) and (node.args.get("temporary") or node.args.get("global_")):
                prefix = "##" if node.args.get("global_") else "#"
                node.set("this", prefix + node.name)
                node.set("quoted", True)
                node.set("temporary", None)
                node.set("global_", None)
                if prefix == "##":
                    self.make_temporary(node)
            elif isinstance(node, exp.Table):
                self.rename_catalog_view(node)
            elif isinstance(node, exp.Parameter) and not isinstance(node.parent, exp.Parameter):
                self.rename_variable(node)
            elif isinstance(node, exp.Anonymous) and node.name.upper() in SYSTEM_PARAMETERS and not node.expressions:
                parameter = SYSTEM_PARAMETERS[node.name.upper()]      # ERROR_MESSAGE() in a CATCH block
                node.replace(exp.Parameter(this=exp.var(parameter)))
                self.parameters.append(parameter)
            elif isinstance(node, exp.Join) and isinstance(node.this, exp.Lateral) \
                    and node.this.args.get("cross_apply") is not None:
                self.apply_join(node)
            elif isinstance(node, exp.Length) and isinstance(node.this, exp.Cast):
                node.this.meta["sqlml_len"] = True
            elif isinstance(node, exp.IndexParameters):
                node.set("include", None)   # INCLUDE (cols) only stores copies in the index
            elif isinstance(node, exp.With) and not node.args.get("recursive") and self.self_referencing(node):
                node.set("recursive", True)  # T-SQL needs no RECURSIVE keyword; DuckDB does
            elif isinstance(node, exp.Properties):
                # ON [PRIMARY] / TEXTIMAGE_ON [PRIMARY]: filegroups do not exist here.
                keep = [p for p in node.expressions if type(p).__name__ not in ("OnProperty", "FileGroupProperty")]
                node.set("expressions", keep)
        if isinstance(tree, exp.Create) and tree.kind and tree.kind.upper() == "TABLE":
            self.identity_columns(tree)   # declared lengths and types: storage.Storage.declare
            self.unique_keys_as_sql_server_compares(tree)
        if isinstance(tree, exp.Create) and tree.args.get("unique") and isinstance(tree.this, exp.Index) \
                and self.connection is not None:
            self.unique_index_as_sql_server_compares(tree.this)
        if isinstance(tree, exp.Drop) and tree.kind and tree.kind.upper() == "TABLE":
            for table in tree.find_all(exp.Table):
                sequence = self.identity_sequence(table)
                self.epilogue.append(f"DROP SEQUENCE IF EXISTS {sequence}")
        if isinstance(tree, exp.Insert) and isinstance(tree.this, exp.Table) and self.connection is not None:
            self.skip_identity(tree)
        if isinstance(tree, exp.TruncateTable) and self.connection is not None:
            for table in tree.expressions:
                if self.identity_of(table):
                    raise self.unsupported(
                        f"TRUNCATE TABLE {table.sql(dialect=SqlmlTSQL)} (it has an IDENTITY column, whose numbering "
                        "SQL Server restarts)", hint="DELETE FROM the table keeps the numbering, on both engines.")
        return tree

    def table_columns(self, table: exp.Table) -> list[tuple[str, str | None, str]]:
        """(name, default, DuckDB type) of a table's columns, in order, from the connection's catalog."""
        self.typed = True   # the translation now depends on the catalog
        return catalog.table_columns(self.connection, table)

    def identity_of(self, table: exp.Table) -> list[str]:
        return [name for name, default, _ in self.table_columns(table) if default and "__identity" in default]

    def skip_identity(self, insert: exp.Insert) -> None:
        """INSERT INTO t VALUES (...) without a column list leaves out t's IDENTITY column, as SQL Server does."""
        table = insert.this
        rows = self.table_columns(table)
        identity = [name for name, default, _ in rows if default and "__identity" in default]
        if not identity:
            return
        columns = [exp.to_identifier(name, quoted=True) for name, _, _ in rows if name not in identity]
        insert.set("this", exp.Schema(this=table.copy(), expressions=columns))

    def apply_join(self, join: exp.Join) -> None:
        """CROSS APPLY -> CROSS JOIN LATERAL; OUTER APPLY -> LEFT JOIN LATERAL ... ON TRUE."""
        lateral = join.this
        outer = not lateral.args.get("cross_apply")
        lateral.set("cross_apply", None)
        join.set("kind", None if outer else "CROSS")
        join.set("side", "LEFT" if outer else None)
        if outer:
            join.set("on", exp.true())

    @staticmethod
    def self_referencing(with_: exp.With) -> bool:
        """Whether a common table expression reads itself (a recursive CTE)."""
        for cte in with_.expressions:
            name = cte.alias_or_name.lower()
            if any(t.name.lower() == name and not t.text("db") for t in cte.this.find_all(exp.Table)):
                return True
        return False

    def make_temporary(self, identifier: exp.Identifier) -> None:
        """`##global` tables are session tables here (one session per database object)."""
        parent = identifier.parent
        while parent is not None and not isinstance(parent, (exp.Create, exp.Into)):
            parent = parent.parent
        if isinstance(parent, exp.Into):
            parent.set("temporary", True)
        elif isinstance(parent, exp.Create):
            properties = parent.args.get("properties") or exp.Properties(expressions=[])
            if not any(isinstance(p, exp.TemporaryProperty) for p in properties.expressions):
                properties.append("expressions", exp.TemporaryProperty())
            parent.set("properties", properties)

    def rename_catalog_view(self, table: exp.Table) -> None:
        if table.text("catalog").lower() == "msdb":   # SQL Server Agent's jobs, schedules and history
            raise self.unsupported(f"SQL Server Agent's database ({table.sql(dialect=SqlmlTSQL)})", table,
                                   "The embedded engine has no msdb: query it on SQL Server.")
        schema = table.text("db").lower()
        if schema in ("sys", "information_schema"):
            view = CATALOG_VIEWS.get((schema, table.name.lower()))
            if view is None:
                raise self.unsupported(f"The catalog view {schema}.{table.name}", table,
                                       "Available: " + ", ".join(f"{s}.{n}" for s, n in CATALOG_VIEWS) + ".")
            alias = table.args.get("alias") or exp.TableAlias(this=exp.to_identifier(table.name))
            table.set("this", exp.to_identifier(view))
            table.set("db", exp.to_identifier("main"))
            table.set("catalog", exp.to_identifier("temp"))
            table.set("alias", alias)

    def rename_variable(self, node: exp.Parameter) -> None:
        inner = node.this
        if isinstance(inner, exp.Parameter):           # @@NAME
            name = inner.name.upper()
            parameter = SYSTEM_PARAMETERS.get("@@" + name)
            if parameter is None:
                raise self.unsupported(f"@@{name}", node)
            node.replace(exp.Parameter(this=exp.var(parameter)))
            self.parameters.append(parameter)
            return
        name = node.name.lower()
        node.set("this", exp.var(name))
        self.parameters.append(name)

    def identity_columns(self, tree: exp.Create) -> None:
        """IDENTITY(seed, step) -> DEFAULT nextval of a sequence named after the table."""
        table = tree.find(exp.Table)
        for constraint in tree.find_all(exp.GeneratedAsIdentityColumnConstraint):
            seed = constraint.args.get("start") or exp.Literal.number(1)
            step = constraint.args.get("increment") or exp.Literal.number(1)
            sequence = self.identity_sequence(table)
            temporary = "TEMP " if table.name.startswith("#") else ""
            self.prelude.append(f"CREATE OR REPLACE {temporary}SEQUENCE {sequence} START {seed.name} INCREMENT {step.name}")
            default = exp.DefaultColumnConstraint(this=exp.Anonymous(
                this="nextval", expressions=[exp.Literal.string(sequence.replace('"', ""))]))
            constraint.parent.set("kind", default) if isinstance(constraint.parent, exp.ColumnConstraint) else None

    # SQL Server's PRIMARY KEY, UNIQUE and unique indexes compare keys with the column's collation
    # (case and trailing spaces do not count) and take NULL as one value (a UNIQUE column holds one
    # NULL). DuckDB's keys compare bytes and let any number of NULLs in, so each such key also gets a
    # unique index on (key IS NULL, lower(rtrim(key))) that refuses what SQL Server refuses.
    def unique_keys_as_sql_server_compares(self, tree: exp.Create) -> None:
        table = tree.find(exp.Table)
        schema = tree.this if isinstance(tree.this, exp.Schema) else None
        if table is None or schema is None:
            return
        columns = {c.name.lower(): c for c in schema.expressions if isinstance(c, exp.ColumnDef)}
        keys: list[tuple[list[str], bool]] = []   # (columns, primary)
        for column in columns.values():
            for constraint in column.args.get("constraints") or []:
                if isinstance(constraint.kind, (exp.PrimaryKeyColumnConstraint, exp.UniqueColumnConstraint)):
                    keys.append(([column.name], isinstance(constraint.kind, exp.PrimaryKeyColumnConstraint)))
        for node in schema.find_all(exp.PrimaryKey, exp.UniqueColumnConstraint):
            if isinstance(node.parent, exp.ColumnConstraint):
                continue
            listed = node.this.expressions if isinstance(node, exp.UniqueColumnConstraint) and isinstance(
                node.this, exp.Schema) else node.expressions
            names = [(e.this if isinstance(e, exp.Ordered) else e).name for e in listed]
            keys.append((names, isinstance(node, exp.PrimaryKey)))
        for number, (names, primary) in enumerate(keys, 1):
            definitions = [columns.get(n.lower()) for n in names]
            if any(d is None for d in definitions):
                continue
            text = [self.is_a(d.args.get("kind"), exp.DataType.TEXT_TYPES) for d in definitions]
            if primary and not any(text):
                continue   # NOT NULL numbers, dates, ...: DuckDB's key compares as SQL Server's does
            self.epilogue.append(self.collated_unique_index(table, f"key{number}", names, text, nullable=not primary))

    def unique_index_as_sql_server_compares(self, index: exp.Index) -> None:
        table = index.args.get("table")
        parameters = index.args.get("params")
        if table is None or parameters is None or parameters.args.get("where") is not None:
            if parameters is not None and parameters.args.get("where") is not None:
                raise self.unsupported("A filtered unique index (CREATE UNIQUE INDEX ... WHERE)", index)
            return
        types = {name.lower(): data_type for name, _, data_type in self.table_columns(table)}
        names = [(o.this if isinstance(o, exp.Ordered) else o).name for o in parameters.args.get("columns") or []]
        text = [types.get(n.lower()) == "VARCHAR" for n in names]
        self.epilogue.append(self.collated_unique_index(table, index.name, names, text, nullable=True))

    @staticmethod
    def collated_unique_index(table: exp.Table, label: str, names: list[str], text: list[bool], *, nullable: bool) -> str:
        parts = []
        for name, is_text in zip(names, text):
            quoted = '"' + name.replace('"', '""') + '"'
            value = f"lower(rtrim({quoted}))" if is_text else quoted
            if nullable:   # NULL is one value: (true, '') for NULL, (false, value) otherwise
                parts += [f"({quoted} IS NULL)", f"coalesce(CAST({value} AS VARCHAR), '')"]
            else:
                parts.append(value)
        where = table.sql(dialect=SqlmlDuckDB)
        index = f'"{table.name}__{label}__sqlml_collated"'.replace("#", "")
        return f"CREATE UNIQUE INDEX {index} ON {where} ({', '.join(parts)})"

    def identity_sequence(self, table: exp.Table) -> str:
        if table.name.startswith("#"):
            return f'"{table.name}__identity"'
        schema = table.text("db") or "dbo"
        return f'"{schema}"."{table.name}__identity"'

    # -- 4. types ------------------------------------------------------------------------------
    def needs_types(self, tree: exp.Expr) -> bool:
        return any(isinstance(n, (exp.Div, exp.Add, exp.Sub, exp.Mul, exp.Mod, exp.Avg, exp.Sum, exp.Count, exp.Cast, exp.Convert, exp.Pow,
                                  exp.DateAdd, exp.Extract))
                   or (isinstance(n, (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE))
                       and not any(_is_number(o) for o in (n.this, n.expression)))
                   or (isinstance(n, exp.Between) and not any(_is_number(n.args.get(k)) for k in ("this", "low", "high")))
                   or isinstance(n, (exp.Ordered, exp.Group, exp.Distinct, exp.Window, exp.SetOperation, exp.Subquery))
                   or (isinstance(n, exp.Case) and n.this is not None) or isinstance(n, (exp.Nullif, exp.Min, exp.Max))
                   or (isinstance(n, exp.DateDiff) and n.text("unit").upper() == "MICROSECOND")
                   or (isinstance(n, exp.In) and (n.args.get("query") is not None or (
                       n.expressions and not any(_is_number(o) for o in n.expressions))))
                   for n in tree.walk())

    def annotate(self, tree: exp.Expr) -> None:
        """Record the type of every node the rewrites look at, from a qualified, annotated copy."""
        from sqlglot.optimizer.annotate_types import annotate_types
        from sqlglot.optimizer.qualify import qualify

        for index, node in enumerate(tree.walk()):
            node.meta["sqlml_id"] = index
        copy = tree.copy()
        for node in list(copy.walk()):
            if isinstance(node, exp.Parameter):
                declared = self.variable_types.get(node.name.lower(), "INT" if node.name == ROWCOUNT_PARAMETER else "")
                try:
                    built = exp.DataType.build(declared, dialect=SqlmlTSQL) if declared else None
                except (ParseError, ValueError):
                    built = None   # a type sqlglot does not know (sysname, ...): unknown
                if built is not None:
                    typed = exp.cast(exp.Null(), built)
                    typed.meta.update(node.meta)
                    node.replace(typed)
        if self.connection is not None and self.missing_table(tree):
            # A table made outside translate (a bulk load, another tool): read the catalog again.
            catalog.invalidate(self.connection)
        schema = catalog.mapping_schema(self.connection)
        annotated = True
        try:
            qualified = qualify(copy, dialect=SqlmlTSQL, schema=schema, db="dbo", quote_identifiers=False,
                                expand_alias_refs=False, validate_qualify_columns=False, identify=False)
            annotate_types(qualified, schema=schema, dialect=SqlmlTSQL)
        except Exception:  # sqlglot could not type this statement: the binder types what it can unqualified
            qualified, annotated = copy, False
        binder = Binder(self.catalog_columns)
        try:
            binder.bind(qualified)
        except Exception:  # pragma: no cover - a shape the binder does not know: its types stay unknown
            binder.types.clear()
        for node in qualified.walk():
            index = node.meta.get("sqlml_id")
            bound = binder.types.get(id(node))
            if index is not None and bound is not None and index not in self.sql_types:
                self.sql_types[index] = bound
        for node in qualified.walk() if annotated else ():
            index = node.meta.get("sqlml_id")
            if index is not None and index not in self.types and node.type is not None:
                self.types[index] = node.type
            if index is not None and isinstance(node, exp.Select):
                # What the select returns once `*` is expanded: decides whether DISTINCT compares strings.
                self.outputs[index] = [e.type for e in node.expressions]

    def catalog_columns(self, table: exp.Table) -> dict[str, SqlType] | None:
        """SQL Server's types of a table's columns (declared lengths and date types from storage.py)."""
        if self.connection is None:
            return None
        owner = (table.text("db") or "dbo").lower()
        if table.text("catalog").lower() == "temp":
            return None   # a catalog view
        columns = catalog.catalog_schema(self.connection).get(owner, {}).get(table.name.lower())
        if columns is None:
            return None
        declared = storage.declared_columns(self.connection).get((owner, table.name.lower()), {})
        return {name: sqltype.of_duckdb(kind, declared.get(name)) for name, kind in columns.items()}

    def sql_type(self, node: exp.Expr) -> SqlType:
        """SQL Server's type of a node as the binder derived it (UNKNOWN when it could not)."""
        while isinstance(node, exp.Paren):
            node = node.this
        found = self.sql_types.get(node._meta.get("sqlml_id")) if node._meta else None
        return found or sqltype.UNKNOWN

    def type_of(self, node: exp.Expr) -> exp.DataType | None:
        """The annotated type of a node, None when unknown."""
        if isinstance(node, exp.Paren):
            return self.type_of(node.this)
        if isinstance(node, exp.DPipe):
            return exp.DataType.build("VARCHAR")   # a + that became a concatenation
        if isinstance(node, exp.Subquery) and not isinstance(node.this, exp.Subquery):
            # A scalar subquery has the type of its one column (a UNION's: its first branch's).
            columns = self.output_columns(node.this)
            return self.type_of(columns[0]) if columns and len(columns) == 1 else None
        if isinstance(node, exp.Alias):
            return self.type_of(node.this)
        found = self.types.get(node._meta.get("sqlml_id")) if node._meta else None
        if found is not None and found.this != exp.DType.UNKNOWN:
            return found
        if isinstance(node, exp.Literal):
            return exp.DataType.build("VARCHAR" if node.is_string else ("INT" if node.is_int else "DECIMAL"))
        if isinstance(node, exp.National):
            return exp.DataType.build("NVARCHAR")
        if isinstance(node, exp.Null):
            return exp.DataType.build("NULL")
        return None

    @staticmethod
    def is_a(data_type: exp.DataType | None, kinds) -> bool:
        return data_type is not None and data_type.this in kinds

    def is_text(self, node: exp.Expr) -> bool:
        return self.is_a(self.type_of(node), exp.DataType.TEXT_TYPES)

    def typed_as(self, node: exp.Expr, like: exp.Expr) -> exp.Expr:
        """Give a node the rewrites made the type of the node it stands for."""
        return self.with_type(node, self.type_of(like))

    def with_type(self, node: exp.Expr, data_type: exp.DataType | None) -> exp.Expr:
        """Record a type for a node the rewrites made (None: left unknown), so type_of finds it."""
        if data_type is not None:
            self.types[self.new_ids] = data_type
            node.meta["sqlml_id"] = self.new_ids
            self.new_ids -= 1
        return node

    @staticmethod
    def output_columns(query: exp.Expr) -> list[exp.Expr] | None:
        """The select items that name a query's columns (a set operation's first branch); None if unknown."""
        while isinstance(query, (exp.SetOperation, exp.Subquery, exp.Paren)):
            query = query.this
        return list(query.expressions) if isinstance(query, exp.Select) else None

    # -- 4b. rewrites --------------------------------------------------------------------------
    def rewrite_tree(self, tree: exp.Expr) -> exp.Expr:
        """Apply the rewrites bottom-up, so each sees its operands already translated."""
        for node in reversed(list(tree.dfs())):
            new = self.rewrite(node)
            if new is node:
                continue
            if node._meta and "sqlml_id" in node._meta:
                new.meta.setdefault("sqlml_id", node._meta["sqlml_id"])
            if node is tree:
                tree = new
            else:
                node.replace(new)
        return tree

    def rewrite(self, node: exp.Expr) -> exp.Expr:
        method = getattr(self, f"rewrite_{type(node).__name__.lower()}", None)
        return method(node) if method else node

    def rewrite_div(self, node: exp.Div) -> exp.Expr:
        return arithmetic.divide(node, self)

    def rewrite_sub(self, node: exp.Expr) -> exp.Expr:
        return arithmetic.exact(node, self)

    rewrite_mul = rewrite_mod = rewrite_sub

    def rewrite_avg(self, node: exp.Avg) -> exp.Expr:
        return arithmetic.average(node, self)

    def rewrite_sum(self, node: exp.Sum) -> exp.Expr:
        return arithmetic.total(node, self)

    def rewrite_pow(self, node: exp.Pow) -> exp.Expr:
        return arithmetic.power(node, self)

    def rewrite_add(self, node: exp.Add) -> exp.Expr:
        left, right = self.type_of(node.left), self.type_of(node.right)
        text = exp.DataType.TEXT_TYPES
        numeric = exp.DataType.NUMERIC_TYPES
        if self.is_a(left, text) and self.is_a(right, text):
            return exp.DPipe(this=node.this, expression=node.expression, safe=False)
        known = [t for t in (left, right) if t is not None]
        if any(t.this == exp.DType.NULL for t in known):
            return node
        if len(known) == 2 or any(t.this in numeric or t.this in exp.DataType.TEMPORAL_TYPES for t in known):
            return arithmetic.exact(node, self)
        raise self.unknown_type(f"The expression {node.sql(dialect=SqlmlTSQL)} (+ adds numbers and joins strings; "
                               "operand types unknown)", node, "Cast the operands to a number or a string.")

    def rewrite_window(self, node: exp.Window) -> exp.Expr:
        partitions = node.args.get("partition_by") or []
        node.set("partition_by", [exp.func("rtrim", p.copy()) if self.is_text(p) else p for p in partitions])
        order = node.args.get("order")
        if isinstance(order, exp.Order):
            for ordered in order.expressions:
                if isinstance(ordered, exp.Ordered) and self.is_a(self.type_of(ordered.this), exp.DataType.TEXT_TYPES):
                    ordered.set("this", self.sort_key(ordered.this))
        if isinstance(node.this, exp.Sum):
            result_type = arithmetic.integer_sum_type(node.this, self)
            if result_type is not None:
                return exp.cast(node, exp.DataType.build(result_type))
        return node

    def rewrite_count(self, node: exp.Count) -> exp.Expr:
        distinct = node.this
        if not isinstance(distinct, exp.Distinct):
            return node
        arguments = distinct.expressions
        if len(arguments) != 1:
            return node
        data_type = self.type_of(arguments[0])
        if data_type is None:
            raise self.unknown_type("COUNT(DISTINCT ...) of an expression of unknown type", node,
                                   "Strings count case-insensitively in SQL Server: cast the argument.")
        if data_type.this in exp.DataType.TEXT_TYPES:
            # Counted as SQL Server's collation compares: without case and trailing spaces.
            arguments[0].replace(exp.Lower(this=exp.func("rtrim", arguments[0].copy())))
        return node

    def rewrite_strposition(self, node: exp.StrPosition) -> exp.Expr:
        # CHARINDEX compares with the column's collation: case-insensitive.
        node.set("this", exp.Lower(this=node.this.copy()))
        node.set("substr", exp.Lower(this=node.args["substr"].copy()))
        return node

    # -- string functions at their edges ("LEFT", "RIGHT", "SUBSTRING", "REPLICATE", "SPACE", "CHAR",
    # "ASCII" in the T-SQL reference): a negative length is an error, a negative count gives NULL, a
    # start before 1 only shortens the substring, and CHAR/ASCII use code page 1252.

    @staticmethod
    def non_negative_literal(node: exp.Expr | None) -> bool:
        return isinstance(node, exp.Literal) and node.is_int and int(node.name) >= 0

    @staticmethod
    def failing_when_negative(length: exp.Expr, value: exp.Expr, message: str) -> exp.Expr:
        fail = exp.Anonymous(this="error", expressions=[exp.Literal.string(message)])
        return exp.Case(ifs=[exp.If(this=exp.LT(this=length.copy(), expression=exp.Literal.number(0)), true=fail)],
                        default=value)

    def rewrite_left(self, node: exp.Left) -> exp.Expr:
        if self.non_negative_literal(node.expression):
            return node
        return self.failing_when_negative(node.expression, node.copy(),
                                          "Invalid length parameter passed to the LEFT or SUBSTRING function.")

    def rewrite_right(self, node: exp.Right) -> exp.Expr:
        if self.non_negative_literal(node.expression):
            return node
        return self.failing_when_negative(node.expression, node.copy(),
                                          "Invalid length parameter passed to the RIGHT function.")

    def rewrite_substring(self, node: exp.Substring) -> exp.Expr:
        start, length = node.args.get("start"), node.args.get("length")
        if length is None or (isinstance(start, exp.Literal) and start.is_int and int(start.name) >= 1
                              and self.non_negative_literal(length)):
            return node
        # DuckDB counts a negative start from the end; SQL Server takes the characters from `start`
        # to start + length - 1 that exist.
        first = exp.func("greatest", start.copy(), exp.Literal.number(1))
        count = exp.func("greatest", exp.Sub(this=exp.Add(this=start.copy(), expression=length.copy()),
                                              expression=first.copy()), exp.Literal.number(0))
        cut = exp.Substring(this=node.this.copy(), start=first, length=count)
        return self.failing_when_negative(length, cut, "Invalid length parameter passed to the LEFT or SUBSTRING function.")

    def rewrite_repeat(self, node: exp.Expr) -> exp.Expr:
        times = node.args.get("times") if isinstance(node, exp.Repeat) else node.this
        if self.non_negative_literal(times):
            return node
        negative = exp.LT(this=times.copy(), expression=exp.Literal.number(0))
        return exp.Case(ifs=[exp.If(this=negative, true=exp.Null())], default=node.copy())   # REPLICATE/SPACE(-1): NULL

    rewrite_space = rewrite_repeat

    def rewrite_chr(self, node: exp.Chr) -> exp.Expr:
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

    def rewrite_ascii(self, node: exp.Ascii) -> exp.Expr:
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

    def rewrite_replace(self, node: exp.Replace) -> exp.Expr:
        search, replacement = node.expression, node.args.get("replacement")
        if not (isinstance(search, exp.Literal) and search.is_string):
            raise self.unsupported("REPLACE with a search string that is not a literal", node,
                                   "SQL Server's REPLACE ignores case; the embedded engine needs a literal to do so.")
        if search.name.lower() == search.name.upper():
            return node
        if not (isinstance(replacement, exp.Literal) and replacement.is_string):
            raise self.unsupported("REPLACE with a replacement that is not a literal", node)
        return exp.Anonymous(this="regexp_replace", expressions=[
            node.this, exp.Literal.string(re.escape(search.name)),
            exp.Literal.string(replacement.name.replace("\\", "\\\\")), exp.Literal.string("gi")])

    def rewrite_comparison(self, node: exp.Binary) -> exp.Expr:
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
        for side, other in (("this", "expression"), ("expression", "this")):
            quantified = node.args.get(side)
            if isinstance(quantified, (exp.Any, exp.All)) and isinstance(quantified.this, (exp.Subquery, exp.Select)):
                # s = ANY (SELECT t ...): the subquery's column is compared as = would compare it.
                columns = self.output_columns(quantified.this)
                if columns and len(columns) == 1 and self.is_text(columns[0]) and self.is_text(node.args[other]):
                    value = columns[0].this if isinstance(columns[0], exp.Alias) else columns[0]
                    value.replace(exp.func("rtrim", value.copy()))
                    node.set(other, self.without_trailing_spaces(node.args[other]))
                return node
        if isinstance(node, (exp.LT, exp.LTE, exp.GT, exp.GTE)) and self.is_text(node.this) and self.is_text(node.expression):
            node.set("this", self.sort_key(node.this))
            node.set("expression", self.sort_key(node.expression))
            return node
        if self.string_comparison(node):
            for side in ("this", "expression"):
                node.set(side, self.without_trailing_spaces(node.args[side]))
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

    rewrite_eq = rewrite_neq = rewrite_lt = rewrite_lte = rewrite_gt = rewrite_gte = rewrite_comparison

    @classmethod
    def sort_key(cls, operand: exp.Expr) -> exp.Expr:
        """Where a string sorts: without case and trailing spaces, in ICU's order for English.

        SQL Server's Latin1_General collations put accented letters next to their plain letter and
        punctuation before digits and letters; DuckDB's NOCASE compares code points, which puts
        'é' after 'z' and '_' after the digits. ICU (built into DuckDB) orders as the collation does
        for letters, digits, accents and most punctuation (see the package docs for what differs).
        """
        trimmed = cls.without_trailing_spaces(operand)
        return exp.Anonymous(this="icu_sort_key", expressions=[exp.Lower(this=trimmed), exp.Literal.string("en_us")])

    def rewrite_min(self, node: exp.Expr) -> exp.Expr:
        """MIN / MAX of strings follow the collation's order (the sort key), not code points."""
        argument = node.this
        if isinstance(argument, exp.Distinct):
            argument = argument.expressions[0] if len(argument.expressions) == 1 else None
        if argument is None or not self.is_text(argument):
            return node
        name = "arg_min" if isinstance(node, exp.Min) else "arg_max"
        return self.typed_as(exp.Anonymous(this=name, expressions=[argument.copy(), self.sort_key(argument)]), argument)

    rewrite_max = rewrite_min

    @staticmethod
    def without_trailing_spaces(operand: exp.Expr) -> exp.Expr:
        if isinstance(operand, exp.National) or (isinstance(operand, exp.Literal) and operand.is_string):
            return exp.Literal.string(operand.name.rstrip(" "))
        return exp.func("rtrim", operand.copy())

    def rewrite_between(self, node: exp.Between) -> exp.Expr:
        """`s BETWEEN a AND b` is `s >= a AND s <= b`: between strings, compared by their sort keys."""
        operands = [node.this, node.args.get("low"), node.args.get("high")]
        if any(o is None for o in operands) or not all(self.is_a(self.type_of(o), exp.DataType.TEXT_TYPES) for o in operands):
            return node
        for key, operand in zip(("this", "low", "high"), operands):
            node.set(key, self.sort_key(operand))
        return node

    # -- GROUP BY, DISTINCT and set operations: strings that differ only in trailing spaces are one value

    def group_without_trailing_spaces(self, node: exp.Select) -> None:
        """GROUP BY a string groups 'a' with 'a  ', and SELECT DISTINCT keeps one of them, as SQL Server does.

        A string key becomes rtrim(key); where the select list, HAVING or ORDER BY use the key outside
        an aggregate, they get MIN(key): one of the group's values, as SQL Server returns one of them.
        SELECT DISTINCT over strings becomes the same GROUP BY of every selected column.
        """
        distinct = node.args.get("distinct")
        if isinstance(distinct, exp.Distinct) and not distinct.args.get("on"):
            self.distinct_as_group(node)
        group = node.args.get("group")
        if not isinstance(group, exp.Group):
            return
        sets = [e for e in group.expressions if isinstance(e, (exp.Rollup, exp.Cube, exp.GroupingSets))] + [
            group for kind in ("rollup", "cube", "grouping_sets") if group.args.get(kind)]   # also WITH ROLLUP
        if sets:
            # Super-aggregate rows would get MIN(key) instead of NULL: refused where a key is a string.
            if any(self.is_text(k) for k in group.find_all(exp.Column)) or any(self.is_text(k) for k in group.expressions):
                name = "GROUPING SETS" if isinstance(sets[0], exp.GroupingSets) else (
                    "CUBE" if isinstance(sets[0], exp.Cube) or group.args.get("cube") else "ROLLUP")
                raise self.unsupported(f"GROUP BY {name} of a string", sets[0],
                                       "Group by the string in a derived table first, or cast it.")
            for kind, node_type in (("rollup", exp.Rollup), ("cube", exp.Cube)):
                if group.args.get(kind):   # GROUP BY a, b WITH ROLLUP is GROUP BY ROLLUP (a, b); DuckDB reads only this
                    group.set(kind, None)
                    group.set("expressions", [node_type(expressions=list(group.expressions))])
            return
        keys = [key for key in group.expressions if self.is_text(key)]
        if not keys:
            return
        clauses = [*node.expressions, node.args.get("having"), node.args.get("order"), node.args.get("qualify")]
        for clause in filter(None, clauses):
            for key in keys:
                self.aggregate_key_references(clause, key)
        group.set("expressions", [self.typed_as(exp.func("rtrim", key.copy()), key) if key in keys else key
                                  for key in group.expressions])

    def aggregate_key_references(self, clause: exp.Expr, key: exp.Expr) -> None:
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
            smallest = self.typed_as(exp.Min(this=match.copy()), key)
            if match is clause and match.parent is not None and isinstance(match, exp.Column):
                smallest = exp.alias_(smallest, match.name, quoted=match.this.quoted if match.this else False)
            match.replace(smallest)

    def distinct_as_group(self, node: exp.Select) -> None:
        values = [e.this if isinstance(e, exp.Alias) else e for e in node.expressions]
        types = self.outputs.get(node._meta.get("sqlml_id") if node._meta else None)
        stars = any(isinstance(v, exp.Star) or (isinstance(v, exp.Column) and isinstance(v.this, exp.Star))
                    for v in values)
        texts = any(self.is_text(v) for v in values) or (
            stars and (types is None or any(self.is_a(t, exp.DataType.TEXT_TYPES) for t in types)))
        if not texts:
            return
        aggregated = any(v.find(exp.AggFunc) for v in values)
        if stars or node.args.get("group") or aggregated or any(v.find(exp.Window) for v in values):
            if aggregated and not node.args.get("group") and not any(v.find(exp.Window) for v in values):
                return   # one row: nothing to tell apart
            raise self.unsupported("SELECT DISTINCT of strings with " + (
                "*" if stars else "GROUP BY" if node.args.get("group") else "a window function"), node,
                "List the columns, or remove the duplicates in a derived table.")
        node.set("distinct", None)
        # Constants need no grouping (and DuckDB would read GROUP BY 1 as a position).
        keys = [v.copy() for v in values if not isinstance(v, (exp.Literal, exp.National, exp.Null))]
        node.set("group", exp.Group(expressions=keys))

    def rewrite_union(self, node: exp.Union) -> exp.Expr:
        """UNION keeps one of 'a' and 'a  ': a UNION ALL grouped as SELECT DISTINCT would be.

        A UNION ALL sorted by a string is wrapped the same way, without the grouping, so that its
        ORDER BY sorts as a select's does.
        """
        distinct = bool(node.args.get("distinct"))
        if not distinct and node.args.get("order") is None:
            return node
        columns = self.set_operation_types(node)
        if columns is None or not any(self.is_a(t, exp.DataType.TEXT_TYPES) for t in columns):
            return node
        if any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
               for branch in set_operation_branches(node) if isinstance(branch, exp.Select)
               for e in branch.expressions):
            raise self.unsupported("UNION of strings with *" + ("" if distinct else " and ORDER BY"), node,
                                   "List the columns" + (", or use UNION ALL." if distinct else "."))
        names = [e.alias_or_name or f"column{i + 1}" for i, e in enumerate(self.output_columns(node) or [])]
        inner = [f"sqlml_c{i + 1}" for i in range(len(columns))]
        union_all = node.copy()
        for key in ("order", "limit", "offset"):
            union_all.set(key, None)
        union_all.set("distinct", False)
        selected = []
        for name, column, data_type in zip(names, inner, columns):
            selected.append(exp.alias_(self.with_type(exp.column(column), data_type), name, quoted=True))
        wrapper = exp.Select(expressions=selected).from_(exp.Subquery(
            this=union_all, alias=exp.TableAlias(this=exp.to_identifier("sqlml_union"),
                                                 columns=[exp.to_identifier(c) for c in inner])))
        if distinct:
            wrapper.set("distinct", exp.Distinct())
        for key in ("order", "limit", "offset"):
            if node.args.get(key) is not None:
                wrapper.set(key, node.args[key].copy())
        return self.rewrite_select(wrapper)

    def set_operation_types(self, node: exp.Expr) -> list[exp.DataType | None] | None:
        """Each output column's type: a string if it is a string in any branch."""
        if isinstance(node, (exp.Subquery, exp.Paren)):
            return self.set_operation_types(node.this)
        if isinstance(node, exp.SetOperation):
            left, right = self.set_operation_types(node.this), self.set_operation_types(node.expression)
            if left is None or right is None or len(left) != len(right):
                return None
            return [a if self.is_a(a, exp.DataType.TEXT_TYPES) or not self.is_a(b, exp.DataType.TEXT_TYPES) else b
                    for a, b in zip(left, right)]
        if isinstance(node, exp.Select):
            columns = [self.type_of(e) for e in node.expressions]
            if any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
                   for e in node.expressions):
                return self.outputs.get(node._meta.get("sqlml_id") if node._meta else None)
            return columns
        return None

    def refuse_string_set_operation(self, node: exp.SetOperation) -> exp.Expr:
        columns = self.set_operation_types(node)
        if columns is None or any(self.is_a(t, exp.DataType.TEXT_TYPES) for t in columns):
            word = type(node).__name__.upper()
            raise self.unsupported(f"{word} of strings (SQL Server ignores their trailing spaces)", node,
                                   "Use EXISTS / NOT EXISTS with = between the columns.")
        return node

    rewrite_intersect = rewrite_except = refuse_string_set_operation

    def rewrite_case(self, node: exp.Case) -> exp.Expr:
        """CASE s WHEN 'a' ... is CASE WHEN s = 'a' ...: the comparison ignores trailing spaces."""
        subject = node.this
        if subject is None or not (self.is_text(subject) or any(self.is_text(i.this) for i in node.args["ifs"])):
            return node
        for branch in node.args["ifs"]:
            comparison = exp.EQ(this=subject.copy(), expression=branch.this.copy())
            branch.set("this", self.rewrite_comparison(comparison))
        node.set("this", None)
        return node

    def rewrite_select(self, node: exp.Select) -> exp.Expr:
        """GROUP BY / DISTINCT of strings (group_without_trailing_spaces), then ORDER BY a string by its
        sort key: without case and trailing spaces, in the collation's order (sort_key).

        The selected values are unchanged. An alias or an ordinal is replaced by the sort key of the
        selected expression (an alias inside a function would bind to a same-named column in DuckDB).
        A DISTINCT select that is still one (no strings in it) is left alone: DuckDB sorts it only by
        selected columns.
        """
        self.group_without_trailing_spaces(node)
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
            if isinstance(key, exp.Literal) and key.is_int:
                position = int(key.name)
                if not 1 <= position <= len(node.expressions):
                    continue
                source = node.expressions[position - 1]
                source = source.this if isinstance(source, exp.Alias) else source
                if isinstance(source, exp.Star) or (isinstance(source, exp.Column) and isinstance(source.this, exp.Star)):
                    continue
            elif isinstance(key, exp.Column) and not key.table and key.name.lower() in selected:
                source = selected[key.name.lower()]
            if self.is_a(self.type_of(source), exp.DataType.TEXT_TYPES):
                ordered.set("this", self.sort_key(source))
        return node

    def rewrite_in(self, node: exp.In) -> exp.Expr:
        """`s IN ('a', t.x)` is `=` against each: strings compare without trailing spaces."""
        values = node.expressions
        query = node.args.get("query")
        if query is not None:
            return self.rewrite_in_query(node, query)
        if node.args.get("unnest") or not values:
            return node
        operands = [node.this, *values]
        if all(isinstance(o, (exp.Literal, exp.National)) for o in operands) or not all(
                self.is_a(self.type_of(o), exp.DataType.TEXT_TYPES) for o in operands):
            return node
        trimmed = [self.without_trailing_spaces(o) for o in operands]
        node.set("this", trimmed[0])
        node.set("expressions", trimmed[1:])
        return node

    def rewrite_in_query(self, node: exp.In, query: exp.Expr) -> exp.Expr:
        """`s IN (SELECT t FROM ...)`: both sides without trailing spaces when both are strings."""
        select = query.this if isinstance(query, exp.Subquery) else query
        branches = set_operation_branches(select)
        if not branches or any(not isinstance(b, exp.Select) or len(b.expressions) != 1 for b in branches):
            return node
        values = [b.expressions[0].this if isinstance(b.expressions[0], exp.Alias) else b.expressions[0]
                  for b in branches]
        if any(isinstance(v, exp.Star) for v in values) or not self.is_text(node.this) or not any(
                self.is_text(v) for v in values):
            return node
        for value in values:   # every branch of a UNION: each can bring a value with trailing spaces
            value.replace(self.typed_as(exp.func("rtrim", value.copy()), value))
        if not isinstance(node.this, (exp.Literal, exp.National)):
            node.set("this", exp.func("rtrim", node.this.copy()))
        return node

    def string_comparison(self, node: exp.Binary) -> bool:
        """Whether both operands of a comparison are strings, at least one of them not a literal."""
        operands = (node.this, node.expression)
        if all(isinstance(o, (exp.Literal, exp.National)) for o in operands):
            return False    # literal against literal: the literal rule below handles trailing spaces
        return all(self.is_a(self.type_of(o), exp.DataType.TEXT_TYPES) for o in operands)

    def rewrite_nullif(self, node: exp.Nullif) -> exp.Expr:
        """NULLIF(s, 'a') is NULL when s equals 'a' as = compares strings (trailing spaces do not count)."""
        if not (self.is_text(node.this) and self.is_text(node.expression)):
            return node
        equal = self.rewrite_comparison(exp.EQ(this=node.this.copy(), expression=node.expression.copy()))
        return exp.Case(ifs=[exp.If(this=equal, true=exp.Null())], default=node.this.copy())

    def rewrite_objectid(self, node: exp.ObjectId) -> exp.Expr:
        # OBJECT_ID(name [, type]): the type ('U', 'V', 'P') narrows the match, as in SQL Server.
        arguments = [node.this] + ([node.expression] if node.expression is not None else [])
        return exp.Anonymous(this="tsql_object_id", expressions=arguments)

    def rewrite_anonymous(self, node: exp.Anonymous) -> exp.Expr:
        name = node.name.upper()
        if name == "DB_NAME" and not node.expressions:
            return exp.Anonymous(this="current_database", expressions=[])
        if name == "GETUTCDATE" and not node.expressions:    # UTC now, without a time zone, a datetime
            return storage.as_datetime(exp.Anonymous(this="timezone", expressions=[
                exp.Literal.string("UTC"), exp.Anonymous(this="now", expressions=[])]))
        if _ANONYMOUS.get(name):
            return exp.Anonymous(this=_ANONYMOUS[name], expressions=node.expressions)
        return node

    def rewrite_extract(self, node: exp.Extract) -> exp.Expr:
        part = node.name.upper()
        if not self.is_a(self.type_of(node.expression), exp.DataType.TEMPORAL_TYPES):
            # DATEPART(part, '2026-11-22'): SQL Server reads the string as a datetime.
            node.set("expression", exp.cast(node.expression, exp.DataType.build("TIMESTAMP")))
        if part in ("WEEKDAY", "DAYOFWEEK", "DOW"):
            # DATEPART(weekday, d) with SQL Server's default DATEFIRST 7: Sunday is 1.
            return exp.Add(this=exp.func("dayofweek", node.expression), expression=exp.Literal.number(1))
        return node

    def rewrite_currenttimestamp(self, node: exp.CurrentTimestamp) -> exp.Expr:
        return storage.now(node)   # GETDATE(), CURRENT_TIMESTAMP: a datetime; SYSDATETIME(): datetime2

    def rewrite_dateadd(self, node: exp.DateAdd) -> exp.Expr:
        # DATEADD returns the type of its date argument; DuckDB's date + interval is a timestamp.
        if self.is_a(self.type_of(node.this), {exp.DType.DATE}):
            return exp.cast(node, exp.DataType.build("DATE"))
        return storage.dateadd(self, node)   # a datetime (or a string read as one) is rounded

    def rewrite_datediff(self, node: exp.DateDiff) -> exp.Expr:
        if node.text("unit").upper() == "WEEK":
            return exp.Anonymous(this="tsql_week_boundaries", expressions=[node.expression, node.this])
        if node.text("unit").upper() == "MICROSECOND":
            for key in ("this", "expression"):   # a datetime counts its 1/300 s tick (storage.py)
                operand = node.args.get(key)
                inner = operand.this if isinstance(operand, (exp.Cast, exp.TimeStrToTime)) else operand
                if inner is not None and storage.is_datetime(inner, self.type_of(inner)):
                    node.set(key, storage.exact_datetime(inner))
        return node

    def rewrite_cast(self, node: exp.Cast) -> exp.Expr:
        if node._meta and node._meta.get("sqlml_len"):
            return node
        return storage.converted(self.converted(node.this, node.to, None, node), node.this, node.to,
                                 self.type_of(node.this))

    def rewrite_trycast(self, node: exp.TryCast) -> exp.Expr:
        return storage.converted(self.converted(node.this, node.to, None, node, safe=True), node.this, node.to,
                                 self.type_of(node.this))

    def rewrite_convert(self, node: exp.Convert) -> exp.Expr:
        style = node.args.get("style")
        if style is not None and not style.is_int:
            raise self.unsupported("CONVERT with a style that is not a number", node)
        return storage.converted(self.converted(node.expression, node.this, int(style.name) if style is not None
                                                else None, node, safe=bool(node.args.get("safe"))),
                                 node.expression, node.this, self.type_of(node.expression))

    def converted(self, value: exp.Expr, target: exp.DataType, style: int | None, node: exp.Expr,
                  safe: bool = False) -> exp.Expr:
        """CAST / CONVERT (TRY_ when `safe`) with SQL Server's rules for strings, integers and date styles."""
        cast = (lambda this, to: exp.TryCast(this=this, to=to)) if safe else exp.cast
        source = self.type_of(value)
        text = {exp.DType.VARCHAR, exp.DType.NVARCHAR, exp.DType.CHAR, exp.DType.NCHAR, exp.DType.TEXT}
        temporal = exp.DataType.TEMPORAL_TYPES
        if target.this in text:
            if style is not None and style != 0 and not self.is_a(source, temporal):
                raise self.unsupported(f"CONVERT style {style} of a value that is not a date", node)
            if self.is_a(source, temporal):
                rendered = self.date_to_string(value, source, style, node)
            elif self.is_a(source, {exp.DType.DOUBLE, exp.DType.FLOAT}):
                raise self.unsupported("Converting a FLOAT to a string", node,
                                       "SQL Server shows 6 significant digits; use STR, or CAST to DECIMAL first.")
            elif self.is_a(source, {exp.DType.BOOLEAN}):
                rendered = exp.Case(ifs=[exp.If(this=value.copy(), true=exp.Literal.string("1"))],
                                    default=exp.Literal.string("0"))
                rendered = exp.Case(ifs=[exp.If(this=exp.Is(this=value.copy(), expression=exp.Null()),
                                                true=exp.Null())], default=rendered)
            elif source is None and not isinstance(value, exp.Null):
                if isinstance(value, exp.Column) or isinstance(value, exp.Parameter):
                    raise self.unknown_type(f"Converting {value.sql(dialect=SqlmlTSQL)} (type unknown) to a string", node)
                rendered = cast(value, exp.DataType.build("VARCHAR"))
            else:
                rendered = cast(value, exp.DataType.build("VARCHAR"))
            return self.sized(rendered, target)
        if style is not None and target.this in temporal and self.is_a(source, text):
            fmt = _DATE_STYLES.get(style)
            if fmt is None:
                raise self.unsupported(f"CONVERT style {style}", node)
            fmt = fmt.replace("%g", "%f")
            parsed = exp.Anonymous(this="try_strptime" if safe else "strptime",
                                   expressions=[value, exp.Literal.string(fmt)])
            return cast(parsed, target)
        if target.this in exp.DataType.INTEGER_TYPES and self.is_a(
                source, exp.DataType.REAL_TYPES | {exp.DType.DECIMAL, exp.DType.DOUBLE, exp.DType.FLOAT}):
            # SQL Server truncates a number cast to an integer; DuckDB rounds. MONEY rounds in both
            # ("Truncating and rounding results" in CAST and CONVERT).
            if self.is_a(source, {exp.DType.MONEY, exp.DType.SMALLMONEY}):
                return cast(value, target)
            return cast(exp.func("trunc", value), target)
        return cast(value, target)

    def date_to_string(self, value: exp.Expr, source: exp.DataType, style: int | None, node) -> exp.Expr:
        if source.this == exp.DType.TIME:
            # time(n) without a style: 'hh:mi:ss.fffffff' with n digits ("CAST and CONVERT", time's default).
            if style in (0, 100):
                raise self.unsupported(f"CONVERT style {style} of a TIME", node)
            value = exp.Add(this=exp.cast(exp.Literal.string("1900-01-01"), exp.DataType.build("DATE")),
                            expression=value)
            if style is None:
                return exp.Substring(this=storage.datetime2_text(value, source), start=exp.Literal.number(12))
        if style in (None, 0, 100, 21, 121) and storage.is_datetime2(value, source):
            if style is None or style in (21, 121):   # datetime2's default style is 121, with 7 digits
                return storage.datetime2_text(value, source)
        if style in (None, 0, 100):
            if source.this == exp.DType.DATE:
                return exp.cast(value, exp.DataType.build("VARCHAR"))   # date -> 'yyyy-mm-dd'
            return exp.Anonymous(this="tsql_style0", expressions=[value])
        fmt = _DATE_STYLES.get(style)
        if fmt is None:
            raise self.unsupported(f"CONVERT style {style}", node)
        if source.this == exp.DType.DATE and style in _TIME_STYLES:
            raise self.unsupported(f"CONVERT style {style} of a DATE", node)
        return exp.func("strftime", value, exp.Literal.string(fmt))

    def sized(self, rendered: exp.Expr, target: exp.DataType) -> exp.Expr:
        """SQL Server cuts a converted string to the target's length (30 when none is given)."""
        params = target.expressions
        if target.this == exp.DType.TEXT or (params and not params[0].this.is_int):   # TEXT, (MAX)
            return rendered
        length = int(params[0].this.name) if params else 30
        cut = exp.func("left", rendered, exp.Literal.number(length))
        if target.this in (exp.DType.CHAR, exp.DType.NCHAR):
            cut = exp.func("rpad", cut, exp.Literal.number(length), exp.Literal.string(" "))
        return cut
