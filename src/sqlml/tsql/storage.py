"""Declared column types and the values stored in them, for the embedded engine.

SQL Server stores a value as its column's declared type says; DuckDB has neither fixed-length
strings nor a datetime with SQL Server's precision, so the translator makes the difference here:

- **datetime** and **datetime2(n)**: rounded as SQL Server stores them (the rules: datetimes.py);
- **char(n) / nchar(n)** ("char and varchar"): values are padded with spaces to n; blanks beyond
  n are cut without an error (a longer value is still Msg 2628, the length's CHECK).
  **varchar(n) / nvarchar(n)**: blanks beyond n are cut too; nothing is padded.
- **binary(n)** ("binary and varbinary"): values are padded on the right with 0x00 to n bytes (columns,
  CAST(x AS BINARY(n)), variables); varbinary(n) is not padded.
- **nvarchar(n) / nvarchar(max)**: stored like varchar; a CHECK that checks nothing says `is nvarchar(n):`
  so that the catalog views report nvarchar (CHARACTER_MAXIMUM_LENGTH n, sys.columns max_length 2n).
- A column's declared type lives in a CHECK constraint, like its length (translate.length_check):
  a datetime column's CHECK stops a value that is not rounded, a char column's a value that is not
  padded, with an error that names the column and says why. So a path that bypasses the translator
  (a bulk append) fails loudly instead of storing what SQL Server never would. The CHECK's text
  says `is datetime:` / `is char(n):` / `is nvarchar(n):` / `is binary(n):`, which the catalog views read
  (`DECLARED_COLUMNS`).
- **SELECT ... INTO**: see select_into.py.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from . import catalog
from .catalog import declared_columns
from .datetimes import (_call, as_datetime, exact_datetime, stored, is_datetime, is_datetime2,
                        is_datetime_call, refuse_fine_time)
from .declared import (  # noqa: F401  (round_*: re-exported for the external-script runtime)
    _DATETIME2_TYPES, _DATETIME_TYPES, _FINE_TYPES, _ROUNDED2, _quoted, column_checks, datetime2_precision,
    declared_of, is_text_type, length_check, round_datetime, round_datetime2, round_smalldatetime,
    rounded_datetime_sql)
from .dialect import SqlmlDuckDB
from .select_into import SelectInto
from .trees import cast, set_operation_branches

if TYPE_CHECKING:  # pragma: no cover
    from .context import Context

def _table_columns(con, table: exp.Table, datetime2: bool = False) -> list[tuple[str, tuple[str, int | None] | None]]:
    """(name, declared) of a table's columns in order; declared None for a column stored as DuckDB has it.

    `datetime2`: a TIMESTAMP column without a declared type is ('datetime2', None) (6 or 7 digits), a TIME
    column ('time', None).
    """

    temporary = table.name.startswith("#") or table.text("catalog").lower() == "temp"
    schema = table.text("db") or ("main" if temporary else "dbo")
    declared = declared_columns(con).get(("dbo" if temporary and table.name.startswith("#") else schema.lower(),
                                          table.name.lower()), {})
    undeclared = {"TIMESTAMP": ("datetime2", None), "TIME": ("time", None)} if datetime2 else {}
    return [(name, declared.get(name.lower()) or undeclared.get(data_type))
            for name, _, data_type in catalog.table_columns(con, table)]


def stored_select_sql(con, schema: str, table: str, source: str, names: list[str]) -> str | None:
    """`SELECT ... FROM source` storing `names` (positional) as the table's columns do; None when no column needs it.

    For Database.load_frame appending a frame: inline SQL, no macros.
    """
    target = exp.Table(this=exp.to_identifier(table), db=exp.to_identifier(schema))
    columns = _table_columns(con, target)
    if not any(declared for _, declared in columns):
        return None
    parts = []
    for position, name in enumerate(names):
        quoted = _quoted(name)
        declared = columns[position][1] if position < len(columns) else None
        kind, size = declared or (None, None)
        if kind == "datetime":
            quoted = f"CASE WHEN {quoted} IS NULL THEN NULL ELSE {rounded_datetime_sql(quoted)} END"
        elif kind == "datetime2" and size is not None and size < 6:
            quoted = _ROUNDED2.format(x=quoted, unit=10 ** (6 - size))
        elif kind in ("char", "nchar") and size:
            text = f"CAST({quoted} AS VARCHAR)"
            quoted = f"CASE WHEN length(rtrim({text}, ' ')) <= {size} THEN rpad({text}, {size}, ' ') ELSE {text} END"
        elif kind == "binary" and size:
            quoted = (f"CASE WHEN octet_length({quoted}) < {size} THEN {quoted} || "
                      f"from_hex(repeat('00', {size} - octet_length({quoted}))) ELSE {quoted} END")
        elif kind in ("varchar", "nvarchar") and size:
            text = f"CAST({quoted} AS VARCHAR)"
            quoted = (f"CASE WHEN length({text}) > {size} AND length(rtrim({text}, ' ')) <= {size} "
                      f"THEN left({text}, {size}) ELSE {text} END")
        parts.append(quoted)
    return f"SELECT {', '.join(parts)} FROM {source}"


# -- the translator's hook -----------------------------------------------------------------------------

class Storage(SelectInto):
    """What one statement stores: made before the translator's rewrites (`plan`), applied after them (`apply`)."""

    def __init__(self, context: "Context", tree: exp.Expr) -> None:
        self.context = context
        self.connection = context.connection
        #: "ddl-dml" when a SELECT INTO became CREATE TABLE + INSERT (the translator's kind otherwise).
        self.kind: str | None = None
        self.into_types: list[tuple[str, int | None]] | None = None
        self.into_not_null: list[bool] = []
        self.into_bound: list | None = None      # the binder's SqlType of each SELECT INTO column
        self._columns: dict[tuple[str, str, str], list] = {}
        self.tree = tree
        self.refuse(tree)
        if isinstance(tree, exp.Create) and tree.kind and tree.kind.upper() == "TABLE":
            self.declare(tree)
        elif self.select_into(tree) is not None and self.connection is not None:
            self.into_types = self.derive_into(tree)
        elif isinstance(tree, (exp.Insert, exp.Update, exp.Merge)) and self.connection is not None \
                and not self.context.types and self.stores_typed_values(tree) and self.has_datetime2_target(tree):
            # Whether a value stored in a datetime2 column is a datetime depends on its type.
            self.context.typed = True
            self.context.annotate(tree)

    # -- before the rewrites -------------------------------------------------------------------------
    def refuse(self, tree: exp.Expr) -> None:
        for node in tree.walk():
            if isinstance(node, exp.DataType) and node.this == exp.DType.SMALLDATETIME:
                raise self.context.unsupported(
                    "The data type SMALLDATETIME (SQL Server rounds it to the minute)", node,
                    "Use DATETIME or DATETIME2, or run the statement on SQL Server.")
            if isinstance(node, exp.DataType) and node.this == exp.DType.TIME and node.expressions \
                    and datetime2_precision(node) < 6:
                raise self.context.unsupported(
                    f"The data type {node.sql(dialect='tsql')} (SQL Server rounds a time(n) to n fractional digits; "
                    "the embedded engine keeps microseconds)", node,
                    "Use TIME (or TIME(6), TIME(7)), or run the statement on SQL Server.")
        if isinstance(tree, exp.Alter):
            for action in tree.args.get("actions") or []:
                kind = action.args.get("kind") if isinstance(action, exp.ColumnDef) else (
                    action.args.get("dtype") if isinstance(action, exp.AlterColumn) else None)
                if declared_of(kind) is not None:
                    # The declared type lives in a CHECK, which DuckDB cannot add to an existing table: an
                    # NVARCHAR(MAX) column added here would be reported as varchar(max) by the catalog views.
                    raise self.context.unsupported(
                        f"ALTER TABLE with the column {action.name} {kind.sql(dialect='tsql')} (the values a datetime "
                        "or char column stores, and the nvarchar type the catalog views report, are kept only on "
                        "columns made by CREATE TABLE)", action,
                        hint="Declare the column in CREATE TABLE.")

    def declare(self, tree: exp.Create) -> None:
        """CREATE TABLE: each column with a declared length (translate.length_check) or a type this
        module shapes (column_checks) gets its CHECKs."""

        table = tree.find(exp.Table)
        schema = tree.this if isinstance(tree.this, exp.Schema) else None
        if table is None or schema is None:
            return
        for column in schema.expressions:
            if not isinstance(column, exp.ColumnDef):
                continue
            kind = column.args.get("kind")
            length = length_check(table, column.name, kind)
            for check in ([length] if length else []) + list(column_checks(table, column.name, kind)):
                column.append("constraints", exp.ColumnConstraint(kind=exp.CheckColumnConstraint(this=exp.Var(this=check))))

    def is_datetime_column(self, value: exp.Expr) -> bool:
        """Whether a column the annotation left untyped (UPDATE ... FROM) is a datetime column of its table."""
        kind = self.column_kind(value)
        return kind is not None and kind[0] == "datetime"

    def catalog_type(self, value: exp.Expr) -> exp.DataType | None:
        """The type of a column the annotation left untyped, from its table's declared columns."""
        kind = self.column_kind(value)
        if kind is None:
            return None
        kinds = {"datetime": exp.DType.TIMESTAMP_MS, "datetime2": exp.DType.TIMESTAMP, "time": exp.DType.TIME}
        return exp.DataType(this=kinds.get(kind[0], exp.DType.VARCHAR))

    def column_kind(self, value: exp.Expr) -> tuple[str, int | None] | None:
        if not isinstance(value, exp.Column) or self.context.type_of(value) is not None \
                or self.connection is None:
            return None
        tables = {}
        for table in self.tree.find_all(exp.Table):
            if table.name:
                tables.setdefault(table.alias_or_name.lower(), table)
        if value.table:
            candidates = [tables[value.table.lower()]] if value.table.lower() in tables else []
        else:
            candidates = list({id(t): t for t in tables.values()}.values())
        try:
            kinds = [d for table in candidates for name, d in self.columns_of(table)
                     if name.lower() == value.name.lower()]
        except Exception:  # pragma: no cover - a table the catalog does not have: DuckDB reports it
            return None
        return kinds[0] if len(kinds) == 1 else None

    @staticmethod
    def stores_typed_values(tree: exp.Expr) -> bool:
        """Whether a stored value's type needs the annotation (a column, variable or subquery; not literals)."""
        typed = (exp.Column, exp.Parameter, exp.Subquery)
        if isinstance(tree, exp.Insert) and isinstance(tree.expression, exp.Values):
            return any(value.find(*typed) for value in tree.expression.expressions)
        if isinstance(tree, exp.Update):
            return any(isinstance(a, exp.EQ) and a.expression.find(*typed) for a in tree.expressions)
        return True

    def has_datetime2_target(self, tree: exp.Expr) -> bool:
        target = tree.this.this if isinstance(tree.this, exp.Schema) else tree.this
        if not isinstance(target, exp.Table):
            return False
        if isinstance(tree, exp.Update):
            target = self.update_target(tree) or target
        try:
            return any(d and d[0] in ("datetime2", "time") for _, d in self.columns_of(target))
        except Exception:  # pragma: no cover - a target the catalog does not have: DuckDB reports it
            return False

    def columns_of(self, table: exp.Table) -> list[tuple[str, tuple[str, int | None] | None]]:
        self.context.typed = True   # the translation now depends on the catalog
        key = (table.text("catalog").lower(), table.text("db").lower(), table.name.lower())
        if key not in self._columns:
            self._columns[key] = _table_columns(self.connection, table, datetime2=True)
        return self._columns[key]

    @staticmethod
    def select_into(tree: exp.Expr) -> exp.Select | None:
        select = tree
        while isinstance(select, exp.SetOperation):
            select = select.this
        if isinstance(select, exp.Select) and select.args.get("into") is not None:
            return select
        return None

    # -- after the rewrites --------------------------------------------------------------------------
    def apply(self, tree: exp.Expr) -> exp.Expr:
        self.compared_literals(tree)
        self.compared_subqueries(tree)
        if isinstance(tree, exp.Create):
            self.inline_defaults(tree)
            return tree
        if self.connection is None:
            return tree
        if self.into_types is not None and tree.find(exp.Into) is not None:
            return self.apply_into(tree)
        if isinstance(tree, exp.Insert):
            self.apply_insert(tree)
        elif isinstance(tree, exp.Update):
            self.apply_update(tree)
        elif isinstance(tree, exp.Merge):
            self.apply_merge(tree)
        return tree

    def apply_merge(self, merge: exp.Merge) -> None:
        """MERGE's WHEN ... THEN UPDATE SET / INSERT (...) VALUES (...) store as UPDATE and INSERT do."""
        target = merge.this
        if not isinstance(target, exp.Table):
            return
        columns = self.columns_of(target)
        declared = {name.lower(): d for name, d in columns}
        if not any(declared.values()):
            return
        whens = merge.args.get("whens")
        for when in (whens.expressions if whens is not None else []):
            then = when.args.get("then")
            if isinstance(then, exp.Update):
                self.shape_assignments(then, declared)
            elif isinstance(then, exp.Insert) and isinstance(then.expression, exp.Tuple):
                names = [c.name for c in then.this.expressions] if isinstance(then.this, exp.Tuple) else [
                    name for name, _ in columns]
                for name, value in zip(names, then.expression.expressions):
                    kind = declared.get(name.lower())
                    if kind is not None:
                        value.replace(self.stored(value.copy(), kind))

    def shape_assignments(self, update: exp.Expr, declared: dict) -> None:
        for assignment in update.expressions:
            if isinstance(assignment, exp.EQ) and isinstance(assignment.this, exp.Column):
                kind = declared.get(assignment.this.name.lower())
                if kind is not None:
                    assignment.set("expression", self.stored(assignment.expression.copy(), kind))

    def stored(self, value: exp.Expr, declared: tuple[str, int | None] | None) -> exp.Expr:
        """`stored`, and a datetime stored in a datetime2(n) column is its 1/300 s tick rounded to n digits
        (.007 -> .0066667; refused when that needs 100 ns), as SQL Server converts it ("CAST and CONVERT")."""
        if declared is not None and declared[0] in ("datetime2", "time") and declared[1] is None \
                and isinstance(value, exp.Literal):
            refuse_fine_time(value)     # a 7th fractional digit that datetime2(7) / time(7) would keep
        elif declared is not None and declared[0] in ("datetime2", "time") and declared[1] is None \
                and not isinstance(value, exp.Null) and not (isinstance(value, exp.Anonymous)
                                                             and value.name.lower().startswith("tsql_")):
            data_type = self.context.type_of(value) or self.catalog_type(value)
            if data_type is None or is_text_type(data_type) or data_type.this == exp.DType.UNKNOWN:
                # A string from a column or variable: its 7th digit is checked when the statement runs.
                value = _call("tsql_fine_time", value)
        if declared is not None and declared[0] == "datetime2" and not isinstance(value, exp.Null) and (
                is_datetime(value, self.context.type_of(value)) or self.is_datetime_column(value)):
            size = declared[1]
            return _call("tsql_datetime_to_datetime2", value, exp.Literal.number(0 if size is None else 10 ** (6 - size)))
        return stored(value, declared)

    def compared_literals(self, tree: exp.Expr) -> None:
        """d = '2026-11-22 21:07:00.005': SQL Server converts the string to the datetime's type (.007) to compare.

        A string literal compared with a datetime (=, <>, <, >, <=, >=, BETWEEN, IN) is rounded as a datetime.
        """
        comparisons = (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE, exp.Between, exp.In, exp.Nullif)
        for node in list(tree.walk()):
            if not isinstance(node, comparisons):
                continue
            if isinstance(node, exp.Between):
                operands = [node.this, node.args.get("low"), node.args.get("high")]
            elif isinstance(node, exp.In):
                operands = [node.this, *node.expressions]
            else:
                operands = [node.this, node.expression]
            operands = [o for o in operands if o is not None]
            if any(isinstance(o, exp.Literal) and not o.is_string for o in operands):
                continue    # compared with a number: no date-time string or datetime2 meets a datetime here
            types = [self.context.type_of(o) or self.catalog_type(o) for o in operands]
            if any(t is not None and t.this in _FINE_TYPES and not is_datetime(o, t) for o, t in zip(operands, types)):
                fine = next(t for o, t in zip(operands, types) if t is not None and t.this in _FINE_TYPES
                            and not is_datetime(o, t))
                for operand, data_type in zip(operands, types):   # datetime2 / time: a 7th digit is cut here
                    if isinstance(operand, exp.Literal):
                        refuse_fine_time(operand)
                    elif is_text_type(data_type):
                        # A column's or variable's string: checked when the statement runs, then of the other's type.
                        operand.replace(cast(_call("tsql_fine_time", operand.copy()), exp.DataType.build(
                            "TIME" if fine.this == exp.DType.TIME else "TIMESTAMP")))
            if not any(is_datetime(o, t) for o, t in zip(operands, types)):
                continue
            if any(is_datetime2(o, t) for o, t in zip(operands, types)):
                # datetime with datetime2: SQL Server compares the datetime's tick (.007 is .0066667), which
                # is refused when it is not whole microseconds (storage's tsql_datetime_to_datetime2).
                for operand, data_type in zip(operands, types):
                    if is_datetime(operand, data_type):
                        operand.replace(exact_datetime(operand.copy()))
                continue
            for operand, data_type in zip(operands, types):
                if isinstance(operand, exp.Literal) and operand.is_string:
                    operand.replace(as_datetime(operand.copy()))
                elif is_text_type(data_type) and not is_datetime(operand, data_type):
                    # A string that is not a literal is converted the same way, when the statement runs
                    # (more than 3 fractional digits: Msg 241).
                    operand.replace(as_datetime(operand.copy()))

    @staticmethod
    def branches(query: exp.Expr) -> list[exp.Select | None]:
        """The SELECTs of a query's set operations, in order (None for what is not a SELECT)."""

        return [branch if isinstance(branch, exp.Select) else None for branch in set_operation_branches(query)]

    def date_kind(self, node: exp.Expr) -> str | None:
        """'datetime', 'datetime2' or 'other' for a value; None when its type is unknown."""
        value = node.unalias() if isinstance(node, exp.Alias) else node
        data_type = self.context.type_of(value) or self.catalog_type(value)
        if is_datetime(value, data_type):
            return "datetime"
        if data_type is None or data_type.this == exp.DType.UNKNOWN:
            return "other" if isinstance(value, exp.Null) else None
        return "datetime2" if is_datetime2(value, data_type) else "other"

    def compared_subqueries(self, tree: exp.Expr) -> None:
        """x IN (SELECT ...), x = ANY / ALL (SELECT ...): a datetime met by a datetime2 is its 1/300 s tick (exact,
        refused when that needs 100 ns), as in compared_literals; refused by name when a side's type is unknown."""
        comparisons = (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE)
        for node in list(tree.walk()):
            if isinstance(node, exp.In) and node.args.get("query") is not None:
                left, query = node.this, node.args["query"]
            elif isinstance(node, comparisons) and isinstance(node.expression, (exp.Any, exp.All)):
                left, query = node.this, node.expression.this
            else:
                continue
            items = []
            for branch in self.branches(query):
                single = branch is not None and len(branch.expressions) == 1 and not (
                    isinstance(branch.expressions[0], exp.Star) or (isinstance(branch.expressions[0], exp.Column)
                                                                    and isinstance(branch.expressions[0].this, exp.Star)))
                items.append(branch.expressions[0] if single else None)
            left_kind = self.date_kind(left)
            kinds = [self.date_kind(item) if item is not None else None for item in items]
            every = [left_kind, *kinds]
            if "datetime" not in every:
                continue
            if None in every or (left_kind != "datetime" and "other" in every) or (
                    left_kind == "datetime" and "other" in kinds and "datetime2" in kinds):
                if None in every or "datetime2" in every:
                    raise self.context.unsupported(
                        "A DATETIME compared through IN / ANY / ALL (subquery) with a value whose type the engine "
                        "cannot tell, or with a DATETIME2 beside another type (SQL Server compares a DATETIME met "
                        "by a DATETIME2 as its 1/300 s tick, .007 as .0066667)", node,
                        hint="CAST the DATETIME to DATETIME2, or name the subquery's column instead of *.")
                continue
            if "datetime2" not in every:
                continue
            if left_kind == "datetime":
                left.replace(exact_datetime(left.copy()))
            for item, kind in zip(items, kinds):
                if kind == "datetime":
                    value = item.this if isinstance(item, exp.Alias) else item
                    value.replace(exact_datetime(value.copy()))

    def inline_defaults(self, tree: exp.Create) -> None:
        """A column's DEFAULT is stored in the file: shaped inline (no TEMP macro), as the column stores it."""
        schema = tree.this if isinstance(tree.this, exp.Schema) else None
        for column in (schema.expressions if schema is not None else []):
            if not isinstance(column, exp.ColumnDef):
                continue
            declared = declared_of(column.args.get("kind"))
            for constraint in column.args.get("constraints") or []:
                default = constraint.args.get("kind")
                if not isinstance(default, exp.DefaultColumnConstraint) or default.this is None:
                    continue
                value = default.this
                if declared is not None and declared[0] == "datetime" and not is_datetime_call(value):
                    value = as_datetime(value.copy())
                    default.set("this", value)
                if is_datetime_call(value):
                    inner = value.expressions[0].sql(dialect=SqlmlDuckDB)
                    default.set("this", exp.Var(this=f"({rounded_datetime_sql(inner)})"))
                elif declared is not None and declared[0] in ("char", "nchar"):
                    size = declared[1]
                    text = f"CAST({value.sql(dialect=SqlmlDuckDB)} AS VARCHAR)"
                    default.set("this", exp.Var(this=f"(CASE WHEN length(rtrim({text}, ' ')) <= {size} "
                                                     f"THEN rpad({text}, {size}, ' ') ELSE {text} END)"))

    def insert_target(self, insert: exp.Insert) -> tuple[exp.Table, list[str] | None] | None:
        target = insert.this
        names = None
        if isinstance(target, exp.Schema):
            names = [e.name for e in target.expressions]
            target = target.this
        return (target, names) if isinstance(target, exp.Table) else None

    def apply_insert(self, insert: exp.Insert, columns: list | None = None) -> None:
        found = self.insert_target(insert)
        if found is None:
            return
        table, names = found
        if columns is None:
            columns = self.columns_of(table)
        declared = {name.lower(): d for name, d in columns}
        targets = [declared.get(n.lower()) for n in names] if names is not None else [d for _, d in columns]
        if not any(targets):
            return
        source = insert.expression
        if isinstance(source, exp.Values):
            for row in source.expressions:
                values = row.expressions if isinstance(row, exp.Tuple) else [row]
                for position, value in enumerate(values):
                    if isinstance(value, (exp.Var, exp.Column)) and value.name.upper() == "DEFAULT":
                        continue   # the column's DEFAULT, shaped in CREATE TABLE
                    if position < len(targets) and targets[position] is not None:
                        value.replace(self.stored(value.copy(), targets[position]))
            return
        if not isinstance(source, exp.Query):
            return
        first = source
        while isinstance(first, (exp.SetOperation, exp.Subquery)):
            first = first.this
        starred = not isinstance(first, exp.Select) or any(
            isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
            for e in first.expressions)
        if starred:
            described = self.describe(source)
            count = len(described) if described is not None else None
        else:
            count = len(first.expressions)
        if count != len(targets):
            return      # DuckDB reports the mismatch in its own words (or the CHECKs stop unshaped values)
        if source is first and not starred and not source.args.get("distinct"):
            # A plain SELECT: each value is shaped where it is selected.
            for expression, kind in zip(source.expressions, targets):
                if kind is None:
                    continue
                if isinstance(expression, exp.Alias):
                    expression.set("this", self.stored(expression.this.copy(), kind))
                else:
                    expression.replace(self.stored(expression.copy(), kind))
            return
        # A set operation, DISTINCT or *: shaped outside, by position.
        aliases = [f"sqlml_c{k + 1}" for k in range(len(targets))]
        ticks = self.datetime_sources(source, targets, starred)
        wrapped = exp.select(*[
            _call("tsql_datetime_to_datetime2", exp.column(a), exp.Literal.number(0 if d[1] is None else 10 ** (6 - d[1])))
            if k in ticks else _call("tsql_fine_time", exp.column(a)) if d in (("datetime2", None), ("time", None))
            else stored(exp.column(a), d) for k, (a, d) in enumerate(zip(aliases, targets))]).from_(
            exp.Subquery(this=source.copy(), alias=exp.TableAlias(
                this=exp.to_identifier("sqlml_stored"), columns=[exp.to_identifier(a) for a in aliases])))
        insert.set("expression", wrapped)

    def datetime_sources(self, source: exp.Query, targets: list, starred: bool) -> set[int]:
        """INSERT ... SELECT through a UNION, DISTINCT or *: the positions of the datetime2 columns whose value is
        a datetime in every branch, to be stored as its 1/300 s tick ("CAST and CONVERT": .007 is .0066667).

        A branch that is a datetime where another is a datetime2 is converted in its branch (exactly, refused
        when that needs 100 ns); a datetime beside another type, or a column whose type is unknown while
        DuckDB says it is a TIMESTAMP (it may be a datetime), is refused by name."""
        branches = self.branches(source)
        described = None
        ticks: set[int] = set()
        for position, kind in enumerate(targets):
            if kind is None or kind[0] != "datetime2":
                continue
            kinds = []      # per branch: "datetime", "datetime2", "null", "other" or None (unknown)
            for branch in branches:
                types = self.context.outputs.get(branch._meta.get("sqlml_id") if branch is not None
                                                    and branch._meta else None)
                expression = None
                if branch is not None and not any(isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(
                        e.this, exp.Star)) for e in branch.expressions) and len(branch.expressions) == len(targets):
                    expression = branch.expressions[position]
                data_type = types[position] if types is not None and len(types) == len(targets) else None
                if expression is not None and (is_datetime_call(expression.unalias())
                                               or self.is_datetime_column(expression.unalias())):
                    kinds.append("datetime")
                elif data_type is None or data_type.this == exp.DType.UNKNOWN:
                    kinds.append("null" if isinstance(expression, exp.Null) else None)
                elif data_type.this in _DATETIME_TYPES:
                    kinds.append("datetime")
                elif data_type.this in _DATETIME2_TYPES:
                    kinds.append("datetime2")
                elif data_type.this == exp.DType.NULL:
                    kinds.append("null")
                else:
                    kinds.append("other")
            if None in kinds:
                if described is None:
                    described = self.describe(source) or []
                if position < len(described) and not described[position][1].startswith("TIMESTAMP") and \
                        described[position][1] != "TIMESTAMP_MS":
                    continue     # not a date-time: no datetime to convert
                raise self.context.unsupported(
                    f"INSERT ... SELECT through a UNION, DISTINCT or * into the DATETIME2 column at position "
                    f"{position + 1}, from a column whose type (DATETIME or DATETIME2) the engine cannot tell "
                    "(SQL Server stores a DATETIME's 1/300 s tick, .007 as .0066667)", source,
                    hint="CAST the column to DATETIME2 in the select list.")
            if "datetime" not in kinds:
                continue
            if all(k in ("datetime", "null") for k in kinds):
                ticks.add(position)
                continue
            if all(k in ("datetime", "datetime2", "null") for k in kinds) and all(
                    b is not None and len(b.expressions) == len(targets) and not any(
                        isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
                        for e in b.expressions) for b, k in zip(branches, kinds) if k == "datetime"):
                for branch, k in zip(branches, kinds):
                    if k == "datetime":
                        expression = branch.expressions[position]
                        inner = expression.this if isinstance(expression, exp.Alias) else expression
                        inner.replace(exact_datetime(inner.copy()))
                continue
            raise self.context.unsupported(
                f"INSERT ... SELECT through a UNION into the DATETIME2 column at position {position + 1}, whose "
                "branches mix a DATETIME with another type (SQL Server converts by the UNION's type first)", source,
                hint="CAST each branch's column to DATETIME2.")
        return ticks

    @staticmethod
    def update_target(update: exp.Update) -> exp.Table | None:
        """The table UPDATE changes: `UPDATE a SET ... FROM dbo.t AS a` changes dbo.t."""
        target = update.this
        if not isinstance(target, exp.Table):
            return None
        aliases = {}
        for source in [update.args.get("from_") or update.args.get("from")] + list(update.args.get("joins") or []):
            table = source.this if isinstance(source, (exp.From, exp.Join)) else None
            if isinstance(table, exp.Table) and table.alias:
                aliases[table.alias.lower()] = table
        if not target.text("db") and target.name.lower() in aliases:
            target = aliases[target.name.lower()]
        return target

    def apply_update(self, update: exp.Update) -> None:
        target = self.update_target(update)
        if target is None:
            return
        columns = self.columns_of(target)
        declared = {name.lower(): d for name, d in columns}
        if not any(declared.values()):
            return
        self.shape_assignments(update, declared)

    # -- SELECT INTO ---------------------------------------------------------------------------------
