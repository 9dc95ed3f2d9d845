"""Result columns without a name, as SQL Server decides them on the T-SQL select list.

In SQL Server a select item is named only if it is a column reference (named after the column,
also in parentheses), has an alias (`x AS y`, `x y`, `y = x`) or comes from `*` / `t.*` (the
columns' names). Anything else (`COUNT(*)`, `1`, `@v`, `CAST(x AS INT)`, a scalar subquery) has no
name: through ODBC and pandas its name is ''. DuckDB names such a column after its text
(`count_star()`), so the translator records which output columns have none and the runtime
blanks them (`result_frame`). For a UNION the first branch names the columns.

Where SQL Server needs a name it refuses an unnamed column, which DuckDB accepts silently:
- a derived table or CTE: Msg 8155 (and 8158/8159 when its column list has too few/many names);
- SELECT ... INTO: Msg 1038 (also an empty alias, `AS ""` or `AS []`, anywhere);
- CREATE VIEW: Msg 4511 (and 8158/4502 when its column list has too few/many names).
A name given twice is refused there too (8156, 2705, 4506; DuckDB would rename the second
`a_1`), as far as the select list shows it: a name that comes from a `*` is not compared.
The branches of a UNION, INTERSECT or EXCEPT must have as many columns each (Msg 205; DuckDB's own
error would read as a statement it cannot run), checked where a `*`'s width is known.

`unnamed_columns(tree, widths)` checks these and returns the positions of the unnamed columns of the
statement's result set; a position after a `*` counts from the end (negative), as the width of
`*` is only known when the statement runs. The column number in Msg 8155 / 4511 counts the columns a
`*` / `t.*` before it brings, as SQL Server does, when `widths` (a table's column count, from the
catalog) knows them: `*` over tables, catalog views (the columns the engine's views have, fewer than
SQL Server's), derived tables without a `*` and CTEs (their column list, or their select list with a `*`
in it counted the same way); otherwise (a table the catalog does not have) a `*` counts as one column there. It also reads the (deprecated, still valid)
`'alias' = expression` select item as the alias it is: sqlglot reads it as a comparison, which
DuckDB would answer with a boolean.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from sqlglot import exp

from ..errors import TsqlError, UnsupportedError

if TYPE_CHECKING:
    import pandas as pd

#: What `_item_name` returns for `*` and `t.*`: named columns, how many is known only at run time.
_STAR = object()

_EMPTY_NAME = ("An object or column name is missing or empty. For SELECT INTO statements, verify each column has a "
               "name. For other statements, look for empty alias names. Aliases defined as \"\" or [] are not allowed. "
               "Change the alias to a valid name.")


#: A table's number of columns (None when unknown), for the column numbers of Msg 8155 / 4511.
Widths = Callable[[exp.Table], "int | None"]


def unnamed_columns(tree: exp.Expr, widths: Widths | None = None) -> tuple[int, ...]:
    """Positions (0-based; negative: from the end) of the result set's columns that have no name.

    Raises SQL Server's errors for an unnamed column where a name is needed (see the module).
    Call it on the T-SQL parse tree, before any rewrite adds aliases.
    """
    _string_aliases(tree)
    _check(tree, widths)
    items = _result_items(tree)
    positions = []
    for position, (item, name) in items:
        if name is not None:
            continue
        if position is None:
            raise UnsupportedError(
                "A select list with a column without a name between two * (its position in the result is not "
                "known before the statement runs)", hint="Give the column a name (expression AS name).")
        positions.append(position)
    return tuple(positions)


def spelled_columns(tree: exp.Expr) -> tuple[tuple[int, str], ...]:
    """(position, name) of the result columns that are column references, named as the query spells them.

    SQL Server names such a column as the select list writes it (`SELECT mycol` of a column created as
    `MyCol` is `mycol`); DuckDB uses the table's spelling. Positions count like `unnamed_columns`'.
    """
    return tuple((position, name) for position, (item, name) in _result_items(tree)
                 if position is not None and isinstance(_unparenthesized(item), exp.Column)
                 and name not in (None, _STAR))


def _result_items(tree: exp.Expr) -> list[tuple[int | None, tuple[exp.Expr, object]]]:
    """(position, (select item, its name)) for the items of the result set's select list: the position is
    counted from the start before the first `*`, from the end (negative) after the last, None between two."""
    if not isinstance(tree, exp.Query) or (isinstance(tree, exp.Select) and tree.args.get("into")):
        return []
    select = _first_select(tree)
    if select is None:
        return []
    names = [_item_name(item) for item in select.expressions]
    stars = [k for k, name in enumerate(names) if name is _STAR]
    return [(k if not stars or k < stars[0] else k - len(names) if k > stars[-1] else None, (item, names[k]))
            for k, item in enumerate(select.expressions)]


def _unparenthesized(item: exp.Expr) -> exp.Expr:
    while isinstance(item, exp.Paren):
        item = item.this
    return item


def result_frame(cursor, unnamed: Sequence[int] = (),
                 convert: "Callable[[pd.DataFrame], pd.DataFrame] | None" = None,
                 spelled: Sequence[tuple[int, str]] = ()) -> "pd.DataFrame":
    """A DuckDB result as SQL Server sends it: DuckDB's column names (a repeated name kept, where
    DuckDB's DataFrame adds a suffix), the `spelled` ones (see `spelled_columns`) as the query wrote
    them, the `unnamed` positions (see `unnamed_columns`) named ''.

    `convert` changes the frame while its names are still distinct (pandas selects by name)."""
    names = [column[0] for column in cursor.description]
    for position, name in spelled:
        names[position] = name
    frame = cursor.df()
    if convert is not None:
        frame = convert(frame)
    return blank_names(frame, unnamed, names)


def blank_names(frame: "pd.DataFrame", positions: Sequence[int] | None = None,
                names: Sequence[str] | None = None) -> "pd.DataFrame":
    """`frame` with the columns at `positions` (all when None) named '' and the others `names`
    (default: their own names). The data is not copied."""
    width = frame.shape[1]
    new = list(frame.columns if names is None else names)
    for position in range(width) if positions is None else positions:
        new[position if position >= 0 else width + position] = ""
    if new == list(frame.columns):
        return frame
    return frame.set_axis(new, axis=1)


def _string_aliases(tree: exp.Expr) -> None:
    """`SELECT 'name' = expression` names the column: a select list holds no comparisons in T-SQL."""
    for select in list(tree.find_all(exp.Select)):
        for item in select.expressions:
            if isinstance(item, exp.EQ) and isinstance(item.this, exp.Literal) and item.this.is_string:
                item.replace(exp.Alias(this=item.expression, alias=exp.to_identifier(item.this.name, quoted=True)))


# -- the checks ---------------------------------------------------------------------------------
def _check(tree: exp.Expr, widths: Widths | None = None) -> None:
    if widths is not None:
        widths = _with_ctes(tree, widths)
    for node in tree.walk():
        if isinstance(node, exp.Alias) and not node.alias and isinstance(node.args.get("alias"), exp.Identifier):
            raise TsqlError(_EMPTY_NAME, number=1038, severity=15)
        if isinstance(node, exp.CTE):
            _check_derived(node.this, node.args.get("alias"), widths)
        elif isinstance(node, (exp.Subquery, exp.Values)) and isinstance(node.args.get("alias"), exp.TableAlias):
            _check_derived(node, node.args["alias"], widths)
        elif isinstance(node, exp.Lateral) and isinstance(node.this, exp.Subquery) \
                and isinstance(node.args.get("alias"), exp.TableAlias):
            _check_derived(node.this, node.args["alias"], widths)     # CROSS / OUTER APPLY (SELECT ...) AS a
        elif isinstance(node, exp.SetOperation):
            left, right = _width(node.this, widths), _width(node.expression, widths)
            if left is not None and right is not None and left != right:
                raise TsqlError("All queries combined using a UNION, INTERSECT or EXCEPT operator must have an equal "
                                "number of expressions in their target lists.", number=205, severity=16)
        elif isinstance(node, exp.Select) and node.args.get("into"):
            names = [_item_name(item) for item in node.expressions]
            if any(name is None for name in names):
                raise TsqlError(_EMPTY_NAME, number=1038, severity=15)
            repeated = _repeated(names)
            if repeated:
                table = _written(node.args["into"].this)
                raise TsqlError(f"Column names in each table must be unique. Column name '{repeated}' in table "
                                f"'{table}' is specified more than once.", number=2705, severity=16, state=3)
    if isinstance(tree, exp.Create) and (tree.kind or "").upper() == "VIEW" and isinstance(tree.expression, exp.Query):
        _check_view(tree, widths)


def _check_derived(query: exp.Expr, alias: exp.TableAlias | None, widths: Widths | None = None) -> None:
    if alias is None or not alias.name:
        return   # T-SQL requires the alias; that is a syntax error of its own
    name = alias.name
    listed = alias.args.get("columns") or []
    names = _output_names(query)
    if names is None:
        return
    if listed:
        if any(not column.name for column in listed):
            raise TsqlError(_EMPTY_NAME, number=1038, severity=15)
        if _STAR not in names and len(names) > len(listed):
            raise TsqlError(f"'{name}' has more columns than were specified in the column list.",
                            number=8158, severity=16)
        if _STAR not in names and len(names) < len(listed):
            raise TsqlError(f"'{name}' has fewer columns than were specified in the column list.",
                            number=8159, severity=16)
        names = [column.name for column in listed]
    for position, column in zip(_numbers(query if not listed else None, names, widths), names):
        if column is None:
            raise TsqlError(f"No column name was specified for column {position} of '{name}'.",
                            number=8155, severity=16, state=2)
    repeated = _repeated(names)
    if repeated:
        raise TsqlError(f"The column '{repeated}' was specified multiple times for '{name}'.", number=8156, severity=16)


def _check_view(tree: exp.Create, widths: Widths | None = None) -> None:
    names = _output_names(tree.expression)
    if names is None:
        return
    target = tree.this
    listed = target.expressions if isinstance(target, exp.Schema) else []
    view = (target.this if isinstance(target, exp.Schema) else target).name
    if listed:
        if _STAR not in names and len(names) > len(listed):
            raise TsqlError(f"'{view}' has more columns than were specified in the column list.",
                            number=8158, severity=16)
        if _STAR not in names and len(names) < len(listed):
            raise TsqlError(f"View or function '{view}' has more column names specified than columns defined.",
                            number=4502, severity=16)
        names = [column.name for column in listed]
    for position, column in zip(_numbers(tree.expression if not listed else None, names, widths), names):
        if column is None:
            raise TsqlError(f"Create View or Function failed because no column name was specified for column "
                            f"{position}.", number=4511, severity=16)
    repeated = _repeated(names)
    if repeated:
        raise TsqlError(f"Column names in each view or function must be unique. Column name '{repeated}' in view or "
                        f"function '{view}' is specified more than once.", number=4506, severity=16)


def _numbers(query: exp.Expr | None, names: list, widths: Widths | None) -> list[int]:
    """The column number (from 1) of each name: a `*` before a column counts the columns it brings."""
    select = _first_select(query) if query is not None else None
    if select is None or widths is None or _STAR not in names:
        return list(range(1, len(names) + 1))
    numbers, position = [], 1
    for item, name in zip(select.expressions, names):
        numbers.append(position)
        position += (_star_width(select, item, widths) or 1) if name is _STAR else 1
    return numbers


def _width(query: exp.Expr, widths: Widths | None) -> int | None:
    """How many columns a query returns (a set operation: its first branch's), None when a `*` in it is not known."""
    select = _first_select(query)
    if select is None:
        return None
    total = 0
    for item in select.expressions:
        brought = 1 if _item_name(item) is not _STAR else _star_width(select, item, widths) if widths else None
        if brought is None:
            return None
        total += brought
    return total


def _with_ctes(tree: exp.Expr, widths: Widths) -> Widths:
    """`widths`, where a table named like one of the statement's CTEs is that CTE: its select list's width
    (or its column list's), a `*` in it counted through the same function; None when a CTE's name is given twice."""
    ctes: dict[str, list] = {}
    for cte in tree.find_all(exp.CTE):
        alias = cte.args.get("alias")
        if isinstance(alias, exp.TableAlias) and alias.name:
            ctes.setdefault(alias.name.lower(), []).append(cte)

    def width(table: exp.Table, depth: int = 0) -> int | None:
        found = ctes.get(table.name.lower()) if not table.text("db") and not table.text("catalog") else None
        if not found:
            return widths(table)
        if len(found) > 1 or depth > 20:
            return None
        cte = found[0]
        listed = cte.args["alias"].args.get("columns") or []
        if listed:
            return len(listed)
        names = _output_names(cte.this)
        if names is None:
            return None
        if _STAR not in names:
            return len(names)
        select = _first_select(cte.this)
        total = 0
        for item, name in zip(select.expressions, names):
            if name is _STAR:
                brought = _star_width(select, item, lambda t: width(t, depth + 1))
                if brought is None:
                    return None
                total += brought
            else:
                total += 1
        return total

    return width


def _star_width(select: exp.Select, star: exp.Expr, widths: Widths) -> int | None:
    """How many columns `*` (all the sources) or `t.*` brings, None when a source's width is unknown."""
    from_ = select.args.get("from_") or select.args.get("from")
    sources = ([from_.this] if from_ is not None else []) + [join.this for join in select.args.get("joins") or []]
    if isinstance(star, exp.Column) and star.table:
        sources = [s for s in sources if s.alias_or_name.lower() == star.table.lower()]
    total = 0
    for source in sources:
        if isinstance(source, exp.Table):
            width = widths(source)
        elif isinstance(source, exp.Subquery):
            names = _output_names(source.this)
            width = None if names is None or _STAR in names else len(names)
        else:
            width = None
        if width is None:
            return None
        total += width
    return total or None


def _repeated(names: list) -> str | None:
    """The first name that comes again (names ignore case); what `*` brings is not known here."""
    seen = set()
    for name in names:
        if isinstance(name, str):
            if name.lower() in seen:
                return name
            seen.add(name.lower())
    return None


def _written(table: exp.Table) -> str:
    """A table's name as the statement wrote it (#temp with its #)."""
    identifier = table.this
    prefix = "##" if identifier.args.get("global_") else "#" if identifier.args.get("temporary") else ""
    return prefix + table.name


# -- naming ---------------------------------------------------------------------------------------
def _first_select(query: exp.Expr) -> exp.Select | None:
    """The SELECT that names a query's columns: the first branch of a UNION / EXCEPT / INTERSECT."""
    while True:
        if isinstance(query, exp.Select):
            return query
        if isinstance(query, (exp.SetOperation, exp.Subquery)):
            query = query.this
        else:
            return None


def _output_names(query: exp.Expr) -> list | None:
    """The names of a query's (or VALUES') columns: a name, None (no name) or _STAR; None if unknown."""
    if isinstance(query, exp.Values):
        rows = query.expressions
        width = len(rows[0].expressions) if rows and isinstance(rows[0], exp.Tuple) else 1
        return [None] * width
    select = _first_select(query)
    return None if select is None else [_item_name(item) for item in select.expressions]


def _item_name(item: exp.Expr):
    """A select item's name: its alias, its column's name, _STAR, or None when it has none."""
    if isinstance(item, exp.Alias):
        return item.alias or None
    if isinstance(item, exp.Star) or (isinstance(item, exp.Column) and isinstance(item.this, exp.Star)):
        return _STAR
    if isinstance(item, exp.Column):
        return item.name
    if isinstance(item, exp.Paren):
        return _item_name(item.this) if isinstance(item.this, (exp.Column, exp.Paren)) else None
    return None


__all__ = ["blank_names", "result_frame", "spelled_columns", "unnamed_columns"]
