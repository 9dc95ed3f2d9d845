"""T-SQL -> DuckDB for one plain statement, with SQL Server's semantics or a clear refusal.

The steps, each on sqlglot's tree (never on the text), sharing one `Context` (context.py):

1. parse with `SqlmlTSQL`; a syntax error is Msg 102 at its line and column in the script;
2. refuse what cannot be translated faithfully (refuse.py: `UnsupportedError` names the construct);
3. rename: `#temp` / `##global` tables, `sys.*` and `INFORMATION_SCHEMA.*` catalog views,
   `@variables` -> `$parameters`, `IDENTITY` -> a sequence (rename.py);
4. bind: where the meaning depends on types, every expression gets its SQL Server type (binder.py,
   sqltype.py) on a qualified copy of the tree, from the catalog's columns and the variables' types;
5. the passes, bottom-up, each `(node, context) -> node` (`PASSES`): arithmetic.py (/ between integers
   truncates, decimals keep SQL Server's precision and scale, AVG of integers is an integer),
   strings.py (+ between strings concatenates; string functions at their edges), collation.py
   (comparisons, ORDER BY, GROUP BY, DISTINCT, UNION and COUNT(DISTINCT) as the collation compares),
   datetimes.py and conversions.py (date functions, CAST / CONVERT); then the stored values
   (storage.py, select_into.py). An operand whose type decides the answer and cannot be known is refused;
6. generate with `SqlmlDuckDB`.

Translations are cached per (text, variable types, connection, catalog version); DDL
invalidates the connection's catalog.
"""
from __future__ import annotations

import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from ..errors import SqlmlError, TsqlError
from . import arithmetic, catalog, collation, conversions, datetimes, storage, strings
from .forms import as_sql_server_means
from .source import learners_statement
from .catalog import invalidate, prepare_connection  # noqa: F401  (prepare_connection: re-exported)
from .context import Context
from .dialect import SqlmlDuckDB, SqlmlTSQL
from .limits import nesting_checked
from .names import spelled_columns, unnamed_columns
from .parameter_types import declared_type
from .refuse import refuse
from .rename import rename
from .syntax_errors import check_statement, check_statement_start, near_error


@dataclass(frozen=True)
class Translation:
    sql: str
    #: The T-SQL variables (without `@`, lower case) the statement uses, bound as `$name` parameters.
    parameters: tuple[str, ...] = ()
    #: "query" returns a result set, "dml" reports rows affected, "other" reports nothing.
    kind: str = "other"
    #: Positions of the result set's columns without a name in SQL Server (negative: from the end); names.py.
    unnamed: tuple[int, ...] = ()
    #: (position, name) of the result set's column references, named as the statement spells them; names.py.
    spelled: tuple[tuple[int, str], ...] = ()


_CACHE: "OrderedDict[tuple, Translation]" = OrderedDict()
_CACHE_SIZE = 1024


@nesting_checked
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
        context = Context(statement, variable_types, connection)
        try:
            translation = run(context)
        except TsqlError as error:
            raise _placed(error, line, column) from None
        if not context.typed:
            key = (statement,)
        ddl = translation.kind.startswith("ddl")
        if ddl:
            kind = "dml" if translation.kind == "ddl-dml" else "other"
            translation = Translation(translation.sql, translation.parameters, kind)   # no result set
        lowered = translation.sql.lower()
        # OBJECT_ID's macro reads the catalog views, so it needs them made as well.
        cached = (translation, ddl, "tsql_" in lowered, "temp.main.sqlml_" in lowered or catalog.USES_CATALOG in lowered,
                  "tsql_exact(" in lowered)
        _CACHE[key] = cached
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(key)
    translation, ddl, uses_macros, uses_views, uses_exact = cached
    if connection is not None:
        if uses_macros or uses_views:
            catalog.ensure_objects(connection, views=uses_views, exact=uses_exact, sql=translation.sql)
        if ddl:
            invalidate(connection, database_changed=False)   # the next statement reads the catalog again
    return translation


_CHECKED: "OrderedDict[str, None]" = OrderedDict()


@nesting_checked
def check_syntax(statement: str, *, line: int = 1, column: int = 1, first_in_batch: bool = True) -> None:
    """Raise SQL Server's Msg 102 / 156 (at its place in the script) if a plain statement does not parse.

    SQL Server compiles a whole batch before it runs any of it: an engine calls this for every
    PLAIN statement of a batch first, so a typo on the batch's last line runs nothing.
    """
    try:
        check_statement_start(statement, first_in_batch=first_in_batch)
    except TsqlError as error:
        raise _placed(error, line, column) from None
    if statement in _CHECKED:
        return
    try:
        parse(Context(statement, {}, None))
    except TsqlError as error:
        raise _placed(error, line, column) from None
    _CHECKED[statement] = None
    if len(_CHECKED) > _CACHE_SIZE:
        _CHECKED.popitem(last=False)


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
    """name -> T-SQL type text ('' when unknown) for every variable in scope: a declared type (`types`)
    wins; a bound value has the type every engine gives it (parameter_types.declared_type)."""
    mapping = isinstance(variables, Mapping)
    result = {}
    for name in (variables.keys() if mapping else variables):
        result[name.lstrip("@").lower()] = _bound_type(variables[name]) if mapping else ""
    for name, declared in (types or {}).items():
        result[name.lstrip("@").lower()] = declared
    return result


def _bound_type(value: Any) -> str:
    try:
        return declared_type(value)
    except SqlmlError:
        return ""   # a value no engine can bind: its use is refused where the type decides


_DDL = (exp.Create, exp.Drop, exp.Alter, exp.TruncateTable)
# T-SQL statements the embedded engine has no counterpart for.
_STATEMENTS_NOT_TRANSLATED = frozenset("""
    WAITFOR SAVE BULK DBCC KILL CHECKPOINT BACKUP RESTORE OPEN CLOSE FETCH DEALLOCATE GOTO GRANT REVOKE
    DENY ENABLE DISABLE
""".split())


#: The rewrites, by the node type they rewrite; each `(node, context) -> node`, applied bottom-up.
PASSES = {
    exp.Div: arithmetic.divide, exp.Sub: arithmetic.exact, exp.Mul: arithmetic.exact, exp.Mod: arithmetic.exact,
    exp.Avg: arithmetic.average, exp.Sum: arithmetic.total, exp.Pow: arithmetic.power,
    exp.Literal: arithmetic.rewrite_literal,
    exp.Add: strings.rewrite_add, exp.Left: strings.rewrite_left, exp.Right: strings.rewrite_right,
    exp.Substring: strings.rewrite_substring, exp.Repeat: strings.rewrite_repeat, exp.Space: strings.rewrite_repeat,
    exp.Chr: strings.rewrite_chr, exp.Ascii: strings.rewrite_ascii, exp.Replace: strings.rewrite_replace,
    exp.Concat: strings.rewrite_concat, exp.ConcatWs: strings.rewrite_concat, exp.ObjectId: strings.rewrite_objectid, exp.Anonymous: strings.rewrite_anonymous,
    exp.Window: collation.rewrite_window, exp.Count: collation.rewrite_count,
    exp.StrPosition: collation.rewrite_strposition, exp.Min: collation.rewrite_min, exp.Max: collation.rewrite_min,
    exp.Between: collation.rewrite_between, exp.Union: collation.rewrite_union,
    exp.Intersect: collation.refuse_string_set_operation, exp.Except: collation.refuse_string_set_operation,
    exp.Case: collation.rewrite_case, exp.Select: collation.rewrite_select, exp.In: collation.rewrite_in,
    exp.Nullif: collation.rewrite_nullif,
    **{kind: collation.rewrite_comparison for kind in (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE)},
    exp.Extract: datetimes.rewrite_extract, exp.CurrentTimestamp: datetimes.rewrite_currenttimestamp,
    exp.DateAdd: datetimes.rewrite_dateadd, exp.DateDiff: datetimes.rewrite_datediff,
    exp.Cast: conversions.rewrite_cast, exp.TryCast: conversions.rewrite_trycast,
    exp.Convert: conversions.rewrite_convert, exp.Parameter: conversions.typed_variable,
}


def run(context: Context) -> Translation:
    """One statement through the steps (see the module's notes)."""
    tree = parse(context)
    # On the T-SQL tree, before any rewrite adds aliases; a `*`'s width from the catalog (error numbers).
    unnamed = unnamed_columns(tree, context.star_width if context.connection is not None else None)
    spelled = spelled_columns(tree)
    refuse(tree, context)
    tree = rename(tree, context)
    if context.needs_types(tree):
        context.typed = True
        context.annotate(tree)
    stored = storage.Storage(context, tree)   # declared column types and stored values (storage.py)
    tree = stored.apply(rewrite_tree(tree, context))
    try:
        # copy=False: the tree is not used again, and copying it first cost about a tenth of a translation.
        sql = tree.sql(dialect=SqlmlDuckDB, unsupported_level=sqlglot.ErrorLevel.RAISE, copy=False)
    except sqlglot.errors.UnsupportedError as error:
        # sqlglot names what DuckDB lacks in DuckDB's words: the learner's statement is what is refused.
        reason = re.sub(r"\s*(is|are) not supported by DuckDB\.?$", "", str(error).splitlines()[0])
        raise context.unsupported(f"{learners_statement(context.text)} ({reason}, which has no DuckDB counterpart)") from None
    sql = "; ".join([*context.prelude, sql, *context.epilogue])
    return Translation(sql, tuple(dict.fromkeys(context.parameters)), stored.kind or kind_of(tree), unnamed, spelled)


def rewrite_tree(tree: exp.Expr, context: Context) -> exp.Expr:
    """Apply the passes bottom-up, so each sees its operands already translated."""
    for node in reversed(list(tree.dfs())):
        rewrite = PASSES.get(type(node))
        if rewrite is None:
            continue
        new = rewrite(node, context)
        if new is node:
            continue
        if node._meta and "sqlml_id" in node._meta:
            new.meta.setdefault("sqlml_id", node._meta["sqlml_id"])
        if node is tree:
            tree = new
        else:
            node.replace(new)
    return tree


def parse(context: Context) -> exp.Expr:
    text = context.text
    first = text.lstrip().split(None, 1)[0].upper().rstrip(";") if text.strip() else ""
    if first in _STATEMENTS_NOT_TRANSLATED:
        # Valid T-SQL that sqlglot does not read: refuse it by name instead of calling it a syntax error.
        raise context.unsupported(f"The {first} statement")
    check_statement(text)   # what SQL Server refuses and sqlglot would read, at SQL Server's token
    quiet = logging.getLogger("sqlglot")
    level = quiet.level
    quiet.setLevel(logging.ERROR)   # sqlglot warns when it falls back to a Command: we refuse those
    try:
        trees = [t for t in sqlglot.parse(text, dialect=SqlmlTSQL) if t is not None]
    except ParseError as error:
        raise syntax_error(error) from None
    except TokenError:
        raise TsqlError("Incorrect syntax: unclosed quotation mark or comment.", number=105, severity=15,
                        line=1, column=1) from None
    finally:
        quiet.setLevel(level)
    if len(trees) != 1:
        raise TsqlError("Incorrect syntax: expected one statement.", number=102, severity=15, line=1, column=1)
    return as_sql_server_means(trees[0])


def syntax_error(error: ParseError) -> TsqlError:
    detail = error.errors[0] if error.errors else {}
    near = (detail.get("highlight") or "").strip()
    line = detail.get("line") or 1
    column = detail.get("col") or 1
    if near:
        column = max(1, column - len(near) + 1)   # sqlglot points at the token's end
    if not near:
        return TsqlError("Incorrect syntax near the end of the statement.", number=102, severity=15,
                         line=line, column=column)
    return near_error(near, line, column)   # Msg 156 for a reserved keyword, as SQL Server words it


def kind_of(tree: exp.Expr) -> str:
    if isinstance(tree, exp.Select) and tree.args.get("into"):
        return "ddl-dml"
    if isinstance(tree, exp.Query):
        return "query"
    if isinstance(tree, (exp.Insert, exp.Update, exp.Delete, exp.Merge)):
        return "dml"
    if isinstance(tree, _DDL):
        return "ddl"
    return "other"
