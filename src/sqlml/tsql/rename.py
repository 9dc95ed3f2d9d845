"""The rename pass: #temp / ##global tables, the catalog views, @variables as $parameters, IDENTITY as a
sequence, CROSS / OUTER APPLY as LATERAL joins, and keys that compare as SQL Server's collation does."""
from __future__ import annotations

from sqlglot import exp

from .catalog import CATALOG_VIEWS
from .context import SYSTEM_PARAMETERS
from .dialect import SqlmlDuckDB, SqlmlTSQL

def rename(tree: exp.Expr, context) -> exp.Expr:
    for node in list(tree.walk()):
        if isinstance(node, exp.Identifier) and (node.args.get("temporary") or node.args.get("global_")):
            prefix = "##" if node.args.get("global_") else "#"
            node.set("this", prefix + node.name)
            node.set("quoted", True)
            node.set("temporary", None)
            node.set("global_", None)
            if prefix == "##":
                make_temporary(context, node)
        elif isinstance(node, exp.Table):
            if node.args.get("catalog") and not node.text("db"):
                node.set("db", exp.to_identifier("dbo"))   # database..table: the default schema, dbo
            rename_catalog_view(context, node)
        elif isinstance(node, exp.Parameter) and not isinstance(node.parent, exp.Parameter):
            rename_variable(context, node)
        elif isinstance(node, exp.Anonymous) and node.name.upper() in SYSTEM_PARAMETERS and not node.expressions:
            parameter = SYSTEM_PARAMETERS[node.name.upper()]      # ERROR_MESSAGE() in a CATCH block
            node.replace(exp.Parameter(this=exp.var(parameter)))
            context.parameters.append(parameter)
        elif isinstance(node, exp.Join) and isinstance(node.this, exp.Lateral) \
                and node.this.args.get("cross_apply") is not None:
            apply_join(context, node)
        elif isinstance(node, exp.Length) and isinstance(node.this, exp.Cast):
            node.this.meta["sqlml_len"] = True
        elif isinstance(node, exp.IndexParameters):
            node.set("include", None)   # INCLUDE (cols) only stores copies in the index
        elif isinstance(node, exp.With) and not node.args.get("recursive") and self_referencing(node):
            node.set("recursive", True)  # T-SQL needs no RECURSIVE keyword; DuckDB does
        elif isinstance(node, exp.Properties):
            # ON [PRIMARY] / TEXTIMAGE_ON [PRIMARY]: filegroups do not exist here.
            keep = [p for p in node.expressions if type(p).__name__ not in ("OnProperty", "FileGroupProperty")]
            node.set("expressions", keep)
    if isinstance(tree, exp.Create) and tree.kind and tree.kind.upper() == "TABLE":
        identity_columns(context, tree)   # declared lengths and types: storage.Storage.declare
        unique_keys_as_sql_server_compares(context, tree)
    if isinstance(tree, exp.Create) and tree.args.get("unique") and isinstance(tree.this, exp.Index) \
            and context.connection is not None:
        unique_index_as_sql_server_compares(context, tree.this)
    if isinstance(tree, exp.Drop) and tree.kind and tree.kind.upper() == "TABLE":
        for table in tree.find_all(exp.Table):
            sequence = identity_sequence(context, table)
            context.epilogue.append(f"DROP SEQUENCE IF EXISTS {sequence}")
    if isinstance(tree, exp.Insert) and isinstance(tree.this, exp.Table) and context.connection is not None:
        skip_identity(context, tree)
    if isinstance(tree, exp.TruncateTable) and context.connection is not None:
        for table in tree.expressions:
            for column in context.identity_of(table):
                restart_identity(context, table, column)
    return tree


_SEED = "sqlml identity seed "


def restart_identity(context, table: exp.Table, column: str) -> None:
    """TRUNCATE TABLE restarts an IDENTITY column at its seed, as SQL Server does: DuckDB cannot restart a
    sequence, so the column's default lets go of it and a new one, from the seed, takes its place."""
    sequence = identity_sequence(context, table)
    temporary = table.name.startswith("#")
    schema = "main" if temporary else (table.text("db") or "dbo")
    row = context.connection.execute(
        "SELECT comment, increment_by FROM duckdb_sequences() WHERE schema_name = ? AND sequence_name = ? AND "
        "database_name = CASE WHEN ? THEN 'temp' ELSE current_database() END",
        [schema, sequence.split(".")[-1].strip('"'), temporary]).fetchone()
    if row is None or not str(row[0] or "").startswith(_SEED):   # (a table made before seeds were noted)
        raise context.unsupported(f"TRUNCATE TABLE {table.sql(dialect=SqlmlTSQL)} (its IDENTITY numbering is not "
                                  "the embedded engine's own)", hint="DELETE FROM the table keeps the numbering.")
    seed, step = int(str(row[0])[len(_SEED):]), row[1]
    target = table.sql(dialect=SqlmlDuckDB)
    quoted = '"' + column.replace('"', '""') + '"'
    context.epilogue += [
        f"ALTER TABLE {target} ALTER COLUMN {quoted} DROP DEFAULT",
        f"DROP SEQUENCE {sequence}",
        f"CREATE {'TEMP ' if temporary else ''}SEQUENCE {sequence} START {seed} INCREMENT {step}",
        f"COMMENT ON SEQUENCE {sequence} IS '{_SEED}{seed}'",
        f"ALTER TABLE {target} ALTER COLUMN {quoted} SET DEFAULT nextval('{sequence.replace(chr(34), '')}')"]


def skip_identity(context, insert: exp.Insert) -> None:
    """INSERT INTO t VALUES (...) without a column list leaves out t's IDENTITY column, as SQL Server does."""
    table = insert.this
    rows = context.table_columns(table)
    identity = [name for name, default, _ in rows if default and "__identity" in default]
    if not identity:
        return
    columns = [exp.to_identifier(name, quoted=True) for name, _, _ in rows if name not in identity]
    insert.set("this", exp.Schema(this=table.copy(), expressions=columns))


def apply_join(context, join: exp.Join) -> None:
    """CROSS APPLY -> CROSS JOIN LATERAL; OUTER APPLY -> LEFT JOIN LATERAL ... ON TRUE."""
    lateral = join.this
    outer = not lateral.args.get("cross_apply")
    lateral.set("cross_apply", None)
    join.set("kind", None if outer else "CROSS")
    join.set("side", "LEFT" if outer else None)
    if outer:
        join.set("on", exp.true())


def self_referencing(with_: exp.With) -> bool:
    """Whether a common table expression reads itself (a recursive CTE)."""
    for cte in with_.expressions:
        name = cte.alias_or_name.lower()
        if any(t.name.lower() == name and not t.text("db") for t in cte.this.find_all(exp.Table)):
            return True
    return False


def make_temporary(context, identifier: exp.Identifier) -> None:
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


def rename_catalog_view(context, table: exp.Table) -> None:
    if table.text("catalog").lower() == "msdb":   # SQL Server Agent's jobs, schedules and history
        raise context.unsupported(f"SQL Server Agent's database ({table.sql(dialect=SqlmlTSQL)})", table,
                               "The embedded engine has no msdb: query it on SQL Server.")
    schema = table.text("db").lower()
    if schema in ("sys", "information_schema"):
        view = CATALOG_VIEWS.get((schema, table.name.lower()))
        if view is None:
            raise context.unsupported(f"The catalog view {schema}.{table.name}", table,
                                   "Available: " + ", ".join(f"{s}.{n}" for s, n in CATALOG_VIEWS) + ".")
        alias = table.args.get("alias") or exp.TableAlias(this=exp.to_identifier(table.name))
        table.set("this", exp.to_identifier(view))
        table.set("db", exp.to_identifier("main"))
        table.set("catalog", exp.to_identifier("temp"))
        table.set("alias", alias)


def rename_variable(context, node: exp.Parameter) -> None:
    inner = node.this
    if isinstance(inner, exp.Parameter):           # @@NAME
        name = inner.name.upper()
        parameter = SYSTEM_PARAMETERS.get("@@" + name)
        if parameter is None:
            raise context.unsupported(f"@@{name}", node)
        node.replace(exp.Parameter(this=exp.var(parameter)))
        context.parameters.append(parameter)
        return
    name = node.name.lower()
    node.set("this", exp.var(name))
    context.parameters.append(name)


def identity_columns(context, tree: exp.Create) -> None:
    """IDENTITY(seed, step) -> DEFAULT nextval of a sequence named after the table."""
    table = tree.find(exp.Table)
    for constraint in tree.find_all(exp.GeneratedAsIdentityColumnConstraint):
        seed = constraint.args.get("start") or exp.Literal.number(1)
        step = constraint.args.get("increment") or exp.Literal.number(1)
        sequence = identity_sequence(context, table)
        temporary = "TEMP " if table.name.startswith("#") else ""
        context.prelude.append(f"CREATE OR REPLACE {temporary}SEQUENCE {sequence} START {seed.name} INCREMENT {step.name}")
        # DuckDB keeps a sequence's current value as its START when the file is reopened: the seed is noted
        # in its comment, for TRUNCATE TABLE (which restarts the numbering at the seed).
        context.prelude.append(f"COMMENT ON SEQUENCE {sequence} IS '{_SEED}{int(seed.name)}'")
        default = exp.DefaultColumnConstraint(this=exp.Anonymous(
            this="nextval", expressions=[exp.Literal.string(sequence.replace('"', ""))]))
        constraint.parent.set("kind", default) if isinstance(constraint.parent, exp.ColumnConstraint) else None

# SQL Server's PRIMARY KEY, UNIQUE and unique indexes compare keys with the column's collation
# (case and trailing spaces do not count) and take NULL as one value (a UNIQUE column holds one
# NULL). DuckDB's keys compare bytes and let any number of NULLs in, so each such key also gets a
# unique index on (key IS NULL, lower(rtrim(key))) that refuses what SQL Server refuses.


def unique_keys_as_sql_server_compares(context, tree: exp.Create) -> None:
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
        text = [context.is_a(d.args.get("kind"), exp.DataType.TEXT_TYPES) for d in definitions]
        if primary and not any(text):
            continue   # NOT NULL numbers, dates, ...: DuckDB's key compares as SQL Server's does
        context.epilogue.append(collated_unique_index(table, f"key{number}", names, text, nullable=not primary))


def unique_index_as_sql_server_compares(context, index: exp.Index) -> None:
    table = index.args.get("table")
    parameters = index.args.get("params")
    if table is None or parameters is None or parameters.args.get("where") is not None:
        if parameters is not None and parameters.args.get("where") is not None:
            raise context.unsupported("A filtered unique index (CREATE UNIQUE INDEX ... WHERE)", index)
        return
    types = {name.lower(): data_type for name, _, data_type in context.table_columns(table)}
    names = [(o.this if isinstance(o, exp.Ordered) else o).name for o in parameters.args.get("columns") or []]
    text = [types.get(n.lower()) == "VARCHAR" for n in names]
    context.epilogue.append(collated_unique_index(table, index.name, names, text, nullable=True))


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


def identity_sequence(context, table: exp.Table) -> str:
    if table.name.startswith("#"):
        return f'"{table.name}__identity"'
    schema = table.text("db") or "dbo"
    return f'"{schema}"."{table.name}__identity"'

# -- 4. types ------------------------------------------------------------------------------
