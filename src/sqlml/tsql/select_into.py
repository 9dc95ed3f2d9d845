"""SELECT ... INTO: the new table's declared types and NOT NULL, as SQL Server derives them.

("SELECT - INTO Clause": each new column has the name, data type, nullability and value of its select
  item.) The type is the binder's (binder.py, sqltype.py): SQL Server's type of the select item by the
  documented rules, through derived tables, CTEs, set operations and variables, so `SELECT 1.0 AS a,
  'abc' AS b, CAST(x AS varchar(10)) + 'yz' AS c, LEN(s) AS d, GETDATE() AS e INTO #t` makes
  decimal(2,1), varchar(3), varchar(12), int (bigint for a varchar(max) s) and datetime columns, and the
  catalog views report them. Where the binder cannot type a column (a `*`, an expression it does not
  know), or its type disagrees with the kind of value the engine computes, the older derivation below
  decides, column by column:

("SELECT - INTO Clause"): the new table gets the source columns' declared
  types, as SQL Server copies them. Rules (those of "Data type precedence" and "+ (String
  Concatenation)"): a column keeps its declared type; CAST/CONVERT to a sized type gives that size
  (30 without one); 'abc' is varchar(3), N'abc' nvarchar(3); a variable has its declared type;
  UPPER/LOWER/TRIM/LTRIM/RTRIM, MIN/MAX and ISNULL keep their (first) argument's type; + of strings
  adds the lengths (up to 8000 bytes, then that size); CASE / IIF / COALESCE / UNION take the longest
  (varchar over char, nvarchar over varchar, datetime2 over datetime). A string or date-time column
  made any other way is refused by name (CAST it). A string from a table loaded from a frame (no
  declared length) stays unbounded, as before. Nullability (same page: "the same ... nullability ...
  as the corresponding expression"): a column copied from a NOT NULL column is NOT NULL unless an
  outer join can make it NULL (also through derived tables and CTEs; a UNION's column when every branch
  is); a constant other than NULL and ISNULL(x, y) with x or y NOT NULL are NOT NULL; any other
  expression is nullable. An IDENTITY column selected directly (one table, no join, GROUP BY,
  aggregate or UNION, listed once) would stay IDENTITY on SQL Server, with a numbering the engine
  cannot continue as SQL Server does: refused by name; otherwise it is a plain NOT NULL column.
"""
from __future__ import annotations

from sqlglot import exp

from . import sqltype
from .sqltype import SqlType
from .trees import cast, outer_joined, set_operation_branches

from . import catalog
from .catalog import declared_columns
from .declared import (_DATETIME2_TYPES, _DATETIME_TYPES, _NULL, _OTHER, _STRINGS, _TEXT_TYPES, _UNKNOWN,
                       _quoted, column_checks, datetime2_precision, length_check)
from .dialect import SqlmlDuckDB, SqlmlTSQL


class SelectInto:
    """The SELECT INTO half of storage.Storage (which sets `context`, `connection`, `declared`)."""

    def apply_into(self, tree: exp.Expr) -> exp.Expr:
        """SELECT ... INTO t -> CREATE TABLE t (declared columns); INSERT INTO t SELECT ..."""

        # The INTO may sit inside a rewrite's wrapper (a UNION compared without trailing spaces).
        select = tree.find(exp.Into).parent
        into = select.args["into"]
        target = into.this
        query = tree.copy()
        query.find(exp.Into).parent.set("into", None)
        described = self.describe(query)
        if described is None or len(described) != len(self.into_types):
            return tree     # DuckDB's CREATE TABLE AS reports the statement's own error when it runs
        temporary = bool(into.args.get("temporary")) or target.name.startswith("#")
        definitions = []
        not_null = self.into_not_null if len(self.into_not_null) == len(described) else [False] * len(described)
        bound = self.into_bound if self.into_bound is not None and len(self.into_bound) == len(described) else \
            [None] * len(described)
        stored_as = []
        for (name, duck_type), (kind, size), required, sql_type in zip(described, self.into_types, not_null, bound):
            column = _column_of(sql_type, duck_type) if sql_type is not None else None
            if column is not None:
                column_type, tsql_type, declared = column
                checks = []
                if tsql_type is not None:
                    check = length_check(target, name, tsql_type)
                    checks += ([check] if check else []) + column_checks(target, name, tsql_type)
                definitions.append(" ".join([_quoted(name), column_type, *(["NOT NULL"] if required else []),
                                             *(f"CHECK ({c})" for c in checks)]))
                stored_as.append((name, declared))
                continue
            stored_as.append((name, None if kind in ("?", "other", "null") or (
                duck_type == "BLOB" and kind != "binary") else (kind, size)))
            if duck_type == "VARCHAR" and kind not in _STRINGS:
                kind = "?" if kind in ("?", "datetime", "datetime2") else kind
            if kind == "?" and (duck_type == "VARCHAR" or duck_type.startswith("TIMESTAMP")):
                what = "string" if duck_type == "VARCHAR" else "date and time"
                raise self.context.unsupported(
                    f"SELECT ... INTO with the {what} column {name} (the embedded engine cannot derive the type SQL "
                    "Server gives it)", select,
                    hint=("CAST the column to VARCHAR(n) or NVARCHAR(n)." if what == "string"
                          else "CAST the column to DATETIME or DATETIME2."))
            checks: list[str] = []
            column_type = "INTEGER" if duck_type == '"NULL"' or duck_type == "NULL" else duck_type
            if duck_type == "BLOB":
                # binary(n) (its CHECK says so) or varbinary(n) (only a length): bytes, not a string.
                column_type = "BLOB"
                if kind in ("binary", "varchar") and size is not None:
                    tsql_type = exp.DataType.build(f"{'BINARY' if kind == 'binary' else 'VARBINARY'}({size})",
                                                   dialect=SqlmlTSQL)
                    check = length_check(target, name, tsql_type)
                    checks += ([check] if check else []) + column_checks(target, name, tsql_type)
                kind = "binary" if kind == "binary" else "other"
            elif kind in _STRINGS:
                column_type = "VARCHAR"
                if kind == "nvarchar" and size is None:   # NVARCHAR(MAX): its CHECK says nvarchar
                    checks += column_checks(target, name, exp.DataType.build("NVARCHAR(MAX)", dialect=SqlmlTSQL))
                if size is not None:
                    tsql_type = exp.DataType.build(f"{kind.upper()}({size})", dialect=SqlmlTSQL)
                    check = length_check(target, name, tsql_type)
                    checks += ([check] if check else []) + column_checks(target, name, tsql_type)
            elif kind == "datetime":
                column_type = "TIMESTAMP"
                checks += column_checks(target, name, exp.DataType.build("DATETIME", dialect=SqlmlTSQL))
            elif kind == "datetime2" and size is not None:
                column_type = "TIMESTAMP"
                checks += column_checks(target, name, exp.DataType.build(f"DATETIME2({size})", dialect=SqlmlTSQL))
            definitions.append(" ".join([_quoted(name), column_type, *(["NOT NULL"] if required else []),
                                         *(f"CHECK ({c})" for c in checks)]))
        table_sql = target.sql(dialect=SqlmlDuckDB)
        self.context.prelude.append(
            f"CREATE {'TEMP ' if temporary else ''}TABLE {table_sql} ({', '.join(definitions)})")
        insert = exp.Insert(this=target.copy(), expression=query)
        self.apply_insert(insert, columns=stored_as)
        self.kind = "ddl-dml"
        return insert

    def describe(self, query: exp.Expr) -> list[tuple[str, str]] | None:
        """(name, DuckDB type) of the query's columns, from DuckDB (variables as typed NULLs)."""

        probe = query.copy()
        for node in list(probe.find_all(exp.Parameter)):
            declared = self.context.variable_types.get(node.name.lower(), "")
            try:
                data_type = exp.DataType.build(declared, dialect=SqlmlTSQL) if declared else None
            except Exception:
                data_type = None
            node.replace(cast(exp.Null(), data_type or exp.DataType.build("VARCHAR")))
        try:
            sql = probe.sql(dialect=SqlmlDuckDB)
            catalog.ensure_objects(self.connection, views=True, exact="tsql_exact(" in sql.lower())
            rows = self.connection.execute("DESCRIBE " + sql).fetchall()
        except Exception:
            return None
        return [(row[0], str(row[1])) for row in rows]

    def derive_into(self, tree: exp.Expr) -> list[tuple[str, int | None]] | None:
        """The declared type of each column SELECT INTO makes, in order (stars expanded); None if unknown."""
        from sqlglot.optimizer.annotate_types import annotate_types
        from sqlglot.optimizer.qualify import qualify
        from sqlglot.optimizer.scope import build_scope


        self.context.typed = True
        self.into_bound = self.bound_types(tree)
        copy = tree.copy()
        self.select_into(copy).set("into", None)
        for node in list(copy.find_all(exp.Parameter)):
            declared = self.context.variable_types.get(node.name.lower(), "")
            try:
                data_type = exp.DataType.build(declared, dialect=SqlmlTSQL) if declared else None
            except Exception:
                data_type = None
            if data_type is not None:
                node.replace(cast(exp.Null(), data_type))
        schema = catalog.mapping_schema(self.connection, copy)
        try:
            qualified = qualify(copy, dialect=SqlmlTSQL, schema=schema, db="dbo", quote_identifiers=False,
                                expand_alias_refs=False, validate_qualify_columns=False, identify=False)
            annotate_types(qualified, schema=schema, dialect=SqlmlTSQL)
            root = build_scope(qualified)
        except Exception:
            root = None
        if root is None:
            self.refuse_unknown_identity(tree)
            return [_UNKNOWN] * 1000   # described columns then decide: strings and dates are refused
        self.declared = declared_columns(self.connection)
        types = self.scope_types(root)
        self.into_not_null = self.scope_not_null(root, direct=True)
        return types

    def bound_types(self, tree: exp.Expr) -> list[SqlType] | None:
        """The binder's SQL Server type of each column the statement selects; None when a branch selects `*`
        (its columns come from DESCRIBE) or the branches differ in width (DuckDB reports that)."""
        if "sqlml_id" not in tree.meta:   # the translator had no other use for types: bind now
            self.context.annotate(tree)
        columns = []
        for branch in set_operation_branches(tree):
            if not isinstance(branch, exp.Select) or any(
                    isinstance(e, exp.Star) or (isinstance(e, exp.Column) and isinstance(e.this, exp.Star))
                    for e in branch.expressions):
                return None
            columns.append([self.context.sql_type(e) for e in branch.expressions])
        if not columns or len({len(c) for c in columns}) != 1:
            return None
        if len(columns) == 1:
            return columns[0]
        return [sqltype.union(list(types)) for types in zip(*columns)]   # "UNION": precedence, the widest

    # -- SELECT INTO: NOT NULL and IDENTITY ("SELECT - INTO Clause") ------------------------------------
    def scope_not_null(self, scope, direct: bool) -> list[bool]:
        """Whether each column of a scope is NOT NULL as SQL Server derives it for SELECT INTO.

        A column copied from a NOT NULL (or IDENTITY) column is NOT NULL, unless an outer join can make it
        NULL; a constant other than NULL and ISNULL(x, y) with either NOT NULL are NOT NULL; every other
        expression is nullable. `direct`: no join, GROUP BY, aggregate or UNION on the way, so that an
        IDENTITY column selected here would keep its IDENTITY property on SQL Server (refused below).
        """
        expression = scope.expression
        if isinstance(expression, exp.SetOperation):
            children = getattr(scope, "set_operation_scopes", None) or getattr(scope, "union_scopes", None) or []
            branches = [self.scope_not_null(s, direct=False) for s in children]
            return [all(column) for column in zip(*branches)] if branches else []
        if not isinstance(expression, exp.Select):
            return []
        joins = expression.args.get("joins") or []
        single = (not joins and not expression.args.get("group") and not any(
            p.find(exp.AggFunc) for p in expression.expressions))
        nullable_sources = self.outer_joined(expression)
        result = []
        identities: list[tuple] = []
        for projection in expression.expressions:
            not_null, identity = self.not_null(projection, scope, direct and single, nullable_sources)
            result.append(not_null)
            if identity is not None:
                identities.append(identity)
        if direct and identities and len(identities) == len(set(identities)):
            owner, table, column = identities[0]
            raise self.context.unsupported(
                f"SELECT ... INTO copying the IDENTITY column {column} of {owner}.{table} (SQL Server makes it an "
                "IDENTITY column of the new table, whose numbering the embedded engine cannot continue as SQL "
                "Server does)", expression,
                hint="CREATE TABLE the new table with its IDENTITY column and INSERT ... SELECT the other columns.")
        return result

    def refuse_unknown_identity(self, tree: exp.Expr) -> None:
        """A SELECT INTO the engine cannot analyse, from a table with an IDENTITY column: SQL Server may copy it."""
        for table in tree.find_all(exp.Table):
            if isinstance(table.parent, exp.Into):
                continue
            columns = self.facts(*catalog.table_key(table))
            identity = [name for name, (_, is_identity) in columns.items() if is_identity]
            if identity:
                raise self.context.unsupported(
                    f"SELECT ... INTO from {table.name}, which has the IDENTITY column {identity[0]} (the embedded "
                    "engine cannot tell whether SQL Server copies it as an IDENTITY column)", tree,
                    hint="CREATE TABLE the new table and INSERT ... SELECT into it.")

    outer_joined = staticmethod(outer_joined)

    def not_null(self, node: exp.Expr, scope, direct: bool, nullable_sources: set[str]) -> tuple[bool, tuple | None]:
        """(NOT NULL, the IDENTITY column it copies when `direct`) of one select item."""
        if isinstance(node, (exp.Alias, exp.Paren)):
            return self.not_null(node.this, scope, direct, nullable_sources)
        if isinstance(node, exp.Column):
            if node.table.lower() in nullable_sources:
                return False, None
            source = scope.sources.get(node.table) if node.table else None
            if isinstance(source, exp.Table):
                owner = (source.text("db") or "dbo").lower()
                facts = self.facts(owner, source.name.lower()).get(node.name.lower())
                if facts is None:
                    return False, None
                not_null, identity = facts
                return not_null or identity, ((owner, source.name.lower(), node.name.lower())
                                              if identity and direct else None)
            if source is not None and hasattr(source, "expression"):
                inner = source.expression
                names = [s.alias_or_name.lower() for s in inner.selects] if isinstance(inner, exp.Query) else []
                if node.name.lower() not in names:
                    return False, None
                position = names.index(node.name.lower())
                if isinstance(inner, exp.Select):
                    inner_joins = inner.args.get("joins") or []
                    keeps = direct and not inner_joins and not inner.args.get("group") and not any(
                        p.find(exp.AggFunc) for p in inner.expressions)
                    return self.not_null(inner.expressions[position], source, keeps, self.outer_joined(inner))
                return self.scope_not_null(source, direct=False)[position], None
            return False, None
        if isinstance(node, (exp.Literal, exp.National)):
            return True, None
        if isinstance(node, exp.Coalesce) and node.args.get("is_null") and node.expressions:
            # ISNULL(x, y): NOT NULL when either is ("ISNULL": the result is NOT NULL with a NOT NULL y).
            first = self.not_null(node.this, scope, False, nullable_sources)[0]
            second = self.not_null(node.expressions[0], scope, False, nullable_sources)[0]
            return first or second, None
        # Any other expression: the binder's nullability (binder.py: NOT NULL only for what cannot be NULL,
        # e.g. COUNT(*), GETDATE(), a CASE whose every branch is NOT NULL; arithmetic and CAST are nullable).
        bound = self.context.sql_type(node)
        return bound.known and not bound.nullable, None

    def facts(self, owner: str, table: str) -> dict[str, tuple[bool, bool]]:
        """{column: (NOT NULL, IDENTITY)} of a table from DuckDB's catalog (temp tables under dbo); {} if none."""
        found = catalog.table_types(self.connection, owner, table)
        if found is None:
            return {}
        identity = found.identity(self.connection)
        return {column: (column in found.not_null, column in identity) for column in found.types}

    def scope_types(self, scope) -> list[tuple[str, int | None]]:
        expression = scope.expression
        if isinstance(expression, exp.SetOperation):
            children = getattr(scope, "set_operation_scopes", None) or getattr(scope, "union_scopes", None) or []
            branches = [self.scope_types(s) for s in children]
            if not branches:
                return []
            return [_merge(list(column)) for column in zip(*branches)]
        if not isinstance(expression, exp.Select):
            return []
        return [self.derive(projection, scope) for projection in expression.expressions]

    def derive(self, node: exp.Expr, scope) -> tuple[str, int | None]:
        if isinstance(node, (exp.Alias, exp.Paren)):
            return self.derive(node.this, scope)
        if isinstance(node, exp.Column):
            return self.derive_column(node, scope)
        if isinstance(node, (exp.Cast, exp.TryCast)):
            return _of_type(node.to)
        if isinstance(node, exp.Convert):
            return _of_type(node.this)
        if isinstance(node, exp.National):
            return "nvarchar", max(len(node.name), 1)
        if isinstance(node, exp.Literal):
            return ("varchar", max(len(node.name), 1)) if node.is_string else _OTHER
        if isinstance(node, exp.Null):
            return _NULL
        if isinstance(node, exp.CurrentTimestamp):
            return ("datetime2", None) if node.this is not None else ("datetime", None)
        if isinstance(node, (exp.Upper, exp.Lower, exp.Trim, exp.Max, exp.Min)):
            return self.derive(node.this, scope)
        if isinstance(node, exp.Coalesce):
            if node.args.get("is_null"):   # ISNULL: the first argument's type
                return self.derive(node.this, scope)
            return _merge([self.derive(e, scope) for e in [node.this, *node.expressions]])
        if isinstance(node, exp.Case):
            values = [i.args.get("true") for i in node.args.get("ifs") or []] + [node.args.get("default")]
            return _merge([self.derive(v, scope) for v in values if v is not None])
        if isinstance(node, exp.If):
            values = [node.args.get("true"), node.args.get("false")]
            return _merge([self.derive(v, scope) for v in values if v is not None])
        if isinstance(node, exp.DateAdd):
            inner = self.derive(node.this, scope)
            if inner[0] in _STRINGS:
                return "datetime", None
            return inner if inner[0] in ("datetime", "datetime2") else _from_annotation(node)
        if isinstance(node, exp.Add) and _is_text(node.type):
            left, right = self.derive(node.left, scope), self.derive(node.right, scope)
            return _concatenated(left, right)
        return _from_annotation(node)

    def derive_column(self, column: exp.Column, scope) -> tuple[str, int | None]:
        source = scope.sources.get(column.table) if column.table else None
        if isinstance(source, exp.Table):
            owner = (source.text("db") or "dbo").lower()
            declared = self.declared.get((owner, source.name.lower()), {}).get(column.name.lower())
            if declared is not None:
                return declared
            data_type = column.type
            if data_type is not None and data_type.this in (exp.DType.VARCHAR, exp.DType.TEXT):
                return "varchar", None          # a string without a declared length (loaded from a frame, MAX)
            if data_type is not None and data_type.this in _DATETIME2_TYPES:
                return "datetime2", None    # a table's TIMESTAMP column is datetime2 (datetime ones are declared)
            return _from_annotation(column)
        if source is not None and hasattr(source, "expression"):
            inner = source.expression
            if isinstance(inner, exp.SetOperation):
                names = [s.alias_or_name.lower() for s in inner.selects]
                if column.name.lower() in names:
                    return self.scope_types(source)[names.index(column.name.lower())]
                return _UNKNOWN
            if isinstance(inner, exp.Select):
                for projection in inner.expressions:
                    if projection.alias_or_name.lower() == column.name.lower():
                        return self.derive(projection, source)
        return _from_annotation(column)



_SIMPLE_COLUMNS = {"int": "INTEGER", "bigint": "BIGINT", "smallint": "SMALLINT", "tinyint": "UTINYINT",
                   "bit": "BOOLEAN", "float": "DOUBLE", "real": "FLOAT", "date": "DATE", "uniqueidentifier": "UUID"}
_NUMBERS = ("TINYINT", "UTINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "DECIMAL", "DOUBLE", "FLOAT",
            "BOOLEAN", "INTEGER_LITERAL")


def _column_of(bound: SqlType, duck_type: str) -> tuple[str, exp.DataType | None, tuple | None] | None:
    """(DuckDB column type, the T-SQL type whose CHECKs the column carries, the declared (kind, size) its values
    are stored as) for a column of SQL Server type `bound`; None when the engine cannot declare that type, or
    when the value DuckDB computes (`duck_type`) is not of that family (a string where the binder says number)."""
    base = bound.base
    string, binary = base in ("varchar", "nvarchar", "char", "nchar"), base in ("varbinary", "binary")
    temporal = base in ("datetime", "datetime2")
    computed = duck_type.upper()
    if string != (computed == "VARCHAR") or binary != (computed == "BLOB") or \
            temporal != computed.startswith("TIMESTAMP"):
        return None
    if string or binary:
        size = None if bound.length in (None, sqltype.MAX) else bound.length
        if size is None and base in ("char", "nchar", "binary"):
            return None
        tsql_type = exp.DataType.build(f"{base.upper()}({'MAX' if size is None else size})", dialect=SqlmlTSQL)
        if binary:
            return "BLOB", tsql_type, ("binary", size) if base == "binary" else None
        return "VARCHAR", tsql_type, (base, size)
    if base == "datetime":
        return "TIMESTAMP", exp.DataType.build("DATETIME", dialect=SqlmlTSQL), ("datetime", None)
    if base == "datetime2":
        digits = 7 if bound.precision is None else bound.precision
        return ("TIMESTAMP", exp.DataType.build(f"DATETIME2({digits})", dialect=SqlmlTSQL),
                ("datetime2", digits if digits < 6 else None))
    if not computed.startswith(_NUMBERS) and computed != "DATE" and computed != "UUID":
        return None
    if base == "decimal" and bound.precision is not None and bound.scale is not None:
        return f"DECIMAL({bound.precision}, {bound.scale})", None, None
    if base in _SIMPLE_COLUMNS:
        if (base == "date") != (computed == "DATE") or (base == "uniqueidentifier") != (computed == "UUID"):
            return None
        return _SIMPLE_COLUMNS[base], None, None
    return None


def _duckdb():
    from .dialect import SqlmlDuckDB
    return SqlmlDuckDB


def _is_text(data_type: exp.DataType | None) -> bool:
    return data_type is not None and data_type.this in _TEXT_TYPES


def _from_annotation(node: exp.Expr) -> tuple[str, int | None]:
    """A column of a type without a declared size (numbers, dates) is other; a string or timestamp is unknown."""
    data_type = node.type
    if data_type is None or data_type.this in (exp.DType.UNKNOWN, exp.DType.NULL):
        return _UNKNOWN
    if _is_text(data_type) or data_type.this in exp.DataType.TEMPORAL_TYPES - {exp.DType.DATE, exp.DType.TIME}:
        return _of_type(data_type) if data_type.expressions else _UNKNOWN
    return _OTHER


def _of_type(data_type: exp.DataType) -> tuple[str, int | None]:
    """The declared type a CAST / CONVERT target (or a typed variable) gives."""
    if data_type.this in _DATETIME_TYPES:
        return "datetime", None
    if data_type.this in _DATETIME2_TYPES:
        precision = datetime2_precision(data_type)
        return "datetime2", precision if precision < 6 else None
    if data_type.this in _TEXT_TYPES:
        params = data_type.expressions
        kind = _TEXT_TYPES[data_type.this]
        if data_type.this == exp.DType.TEXT:
            return "varchar", None
        if not params:
            return kind, 30      # CAST(x AS VARCHAR): 30 characters
        value = params[0].this
        if isinstance(value, exp.Literal) and value.is_int:
            return kind, int(value.name)
        return kind, None        # MAX
    return _OTHER


def _merge(types: list[tuple[str, int | None]]) -> tuple[str, int | None]:
    """The type of CASE / COALESCE / UNION branches: the highest precedence, the longest."""
    known = [t for t in types if t != _NULL]
    if not known:
        return _NULL if types else _OTHER
    if any(t == _UNKNOWN for t in known):
        return _UNKNOWN
    strings = [t for t in known if t[0] in _STRINGS]
    if strings and len(strings) == len(known):
        unicode = any(t[0].startswith("n") for t in strings)
        fixed = all(t[0] in ("char", "nchar") for t in strings)
        kind = ("n" if unicode else "") + ("char" if fixed else "varchar")
        sizes = [t[1] for t in strings]
        return kind, None if any(s is None for s in sizes) else max(sizes)
    if strings:
        return _UNKNOWN          # a string mixed with a number or a date: SQL Server converts; unclear here
    kinds = {t[0] for t in known}
    if kinds <= {"datetime", "datetime2"} and kinds:
        if "datetime2" not in kinds:
            return "datetime", None
        digits = max(7 if t[1] is None else t[1] for t in known if t[0] == "datetime2")
        return "datetime2", digits if digits < 6 else None
    return _OTHER if kinds <= {"other"} else _UNKNOWN


def _concatenated(left: tuple[str, int | None], right: tuple[str, int | None]) -> tuple[str, int | None]:
    """+ between strings: the lengths add up, to at most 8000 bytes (4000 Unicode characters)."""
    if left[0] not in _STRINGS or right[0] not in _STRINGS:
        return _UNKNOWN
    unicode = left[0].startswith("n") or right[0].startswith("n")
    fixed = left[0] in ("char", "nchar") and right[0] in ("char", "nchar")
    kind = ("n" if unicode else "") + ("char" if fixed else "varchar")
    if left[1] is None or right[1] is None:
        return kind, None
    return kind, min(left[1] + right[1], 4000 if unicode else 8000)
