"""The context the passes share: one per translated statement.

It holds what the passes (refuse.py, rename.py, arithmetic.py, collation.py, strings.py, datetimes.py,
conversions.py, storage.py, select_into.py) read and add to, and nothing else: the statement's text (for
error positions), the variables' declared types, the parameters the statement binds, the statements to
run before and after it, catalog access, and the types of its nodes (the binder's SQL Server types,
and sqlglot's annotation for what the binder leaves to it). A pass reads the context and returns a node;
it never reaches into another pass.
"""
from __future__ import annotations


from sqlglot import exp
from sqlglot.errors import ParseError

from ..errors import TsqlError, UnsupportedError
from . import catalog, sqltype
from .binder import Binder
from .catalog import CATALOG_VIEWS
from .dialect import SqlmlTSQL
from .source import in_learners_words
from .sqltype import SqlType
from .trees import cast, is_number, output_columns

#: Parameter name the engine binds to the current @@ROWCOUNT (rows affected by the previous statement).
ROWCOUNT_PARAMETER = "__rowcount"
#: Session values the engine binds: @@NAME and the ERROR_...() functions of a CATCH block.
SYSTEM_PARAMETERS = {
    "@@ROWCOUNT": ROWCOUNT_PARAMETER, "@@TRANCOUNT": "__trancount",
    "ERROR_NUMBER": "__error_number", "ERROR_MESSAGE": "__error_message", "ERROR_SEVERITY": "__error_severity",
    "ERROR_STATE": "__error_state", "ERROR_LINE": "__error_line", "ERROR_PROCEDURE": "__error_procedure",
}


class Context:
    """What the passes over one statement share (see the module's notes)."""

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
        self.expanded: dict[int, list[exp.Expr]] = {}   # its output columns once `*` is expanded (qualified)
        self.new_ids = -1                # ids for nodes the rewrites make, typed by `typed_as`
        self._catalog_columns: dict[tuple[str, str], dict[str, SqlType] | None] = {}   # per table, for the binder
        self.typed = False               # whether the translation depended on types

    # -- driver --------------------------------------------------------------------------------
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
        columns = catalog.table_types(self.connection, (table.text("db") or "dbo").lower(), name.lower())
        if columns is None:
            return None
        self.typed = True   # the translation (its error) now depends on the catalog
        return len(columns.types)

    def unsupported(self, construct: str, node: exp.Expr | None = None, hint: str | None = None) -> UnsupportedError:
        line = column = None
        if node is not None:   # quote the learner's T-SQL, not the node as the passes left it (source.py)
            construct = in_learners_words(self.text, construct, node, node.sql(dialect=SqlmlTSQL))
            meta = getattr(node, "meta", None) or {}
            line, column = meta.get("line"), meta.get("col")
            if line is not None and column is not None:
                column = self.word_start(line, column)
        if line is None and isinstance(node, exp.Pivot):   # sqlglot keeps no position for PIVOT
            line, column = self.keyword_position("UNPIVOT" if node.args.get("unpivot") else "PIVOT")
        return UnsupportedError(construct, line=line, column=column, hint=hint)

    def keyword_position(self, keyword: str) -> tuple[int | None, int | None]:
        """(line, column) where the statement's first `keyword` token starts (not in a string or comment)."""
        from .dialect import SqlmlTSQL

        for token in SqlmlTSQL().tokenize(self.text):
            if token.token_type.name == keyword:   # a keyword token: not a string's or an identifier's text
                return token.line, token.col - len(token.text) + 1
        return None, None

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
        ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
        for table in tree.find_all(exp.Table):
            if not table.name or isinstance(table.parent, (exp.Into, exp.Create, exp.Schema)):
                continue
            if table.text("catalog") and table.text("catalog").lower() != "temp":
                if table.text("catalog").lower() != catalog.current_database(self.connection).lower():
                    continue   # another database's table: this catalog does not list it (databases.py)
            if table.text("catalog").lower() == "temp" or (not table.text("db") and table.name.lower() in ctes):
                continue
            if catalog.table_types(self.connection, *catalog.table_key(table)) is None:
                return ".".join(p for p in (table.text("db"), table.name) if p)
        return None

    def table_columns(self, table: exp.Table) -> list[tuple[str, str | None, str]]:
        """(name, default, DuckDB type) of a table's columns, in order, from the connection's catalog."""
        self.typed = True   # the translation now depends on the catalog
        return catalog.table_columns(self.connection, table)

    def identity_of(self, table: exp.Table) -> list[str]:
        return [name for name, default, _ in self.table_columns(table) if default and "__identity" in default]

    def needs_types(self, tree: exp.Expr) -> bool:
        return any(isinstance(n, (exp.Div, exp.Add, exp.Sub, exp.Mul, exp.Mod, exp.Avg, exp.Sum, exp.Count, exp.Cast, exp.Convert, exp.Pow,
                                  exp.DateAdd, exp.Extract, exp.Repeat, exp.Replace, exp.Concat, exp.ConcatWs))
                   or (isinstance(n, (exp.EQ, exp.NEQ, exp.LT, exp.LTE, exp.GT, exp.GTE))
                       and not any(is_number(o) for o in (n.this, n.expression)))
                   or (isinstance(n, exp.Between) and not any(is_number(n.args.get(k)) for k in ("this", "low", "high")))
                   or isinstance(n, (exp.Ordered, exp.Group, exp.Distinct, exp.Window, exp.SetOperation, exp.Subquery))
                   or (isinstance(n, exp.Case) and n.this is not None) or isinstance(n, (exp.Nullif, exp.Min, exp.Max))
                   or (isinstance(n, exp.DateDiff) and n.text("unit").upper() == "MICROSECOND")
                   or (isinstance(n, exp.In) and (n.args.get("query") is not None or (
                       n.expressions and not any(is_number(o) for o in n.expressions))))
                   for n in tree.walk())

    def annotate(self, tree: exp.Expr) -> None:
        """Record the type of every node the rewrites look at, from a qualified, annotated copy."""
        from sqlglot.optimizer.annotate_types import annotate_types
        from sqlglot.optimizer.qualify import qualify

        for index, node in enumerate(tree.walk()):
            node.meta["sqlml_id"] = index
        copy = tree.copy()
        for node in list(copy.find_all(exp.Parameter)) if self.parameters or self.variable_types else ():
            declared = self.variable_types.get(node.name.lower(), "INT" if node.name == ROWCOUNT_PARAMETER else "")
            try:
                built = exp.DataType.build(declared, dialect=SqlmlTSQL) if declared else None
            except (ParseError, ValueError):
                built = None   # a type sqlglot does not know (sysname, ...): unknown
            if built is not None:
                typed = cast(exp.Null(), built)
                typed.meta.update(node.meta)
                node.replace(typed)
        schema = catalog.mapping_schema(self.connection, copy)   # the tables it reads, as the catalog has them
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
        bound_types = binder.types
        for node in qualified.walk():
            index = node._meta.get("sqlml_id") if node._meta else None
            if index is None:
                continue
            bound = bound_types.get(id(node))
            if bound is not None and index not in self.sql_types:
                self.sql_types[index] = bound
            if not annotated:
                continue
            if index not in self.types and node.type is not None:
                self.types[index] = node.type
            if isinstance(node, exp.Select):
                # What the select returns once `*` is expanded: decides whether DISTINCT compares strings.
                self.outputs[index] = [e.type for e in node.expressions]
                self.expanded[index] = list(node.expressions)   # not copied: the qualified copy is not changed

    def catalog_columns(self, table: exp.Table) -> dict[str, SqlType] | None:
        """SQL Server's types of a table's columns (declared lengths and date types from storage.py)."""
        if self.connection is None:
            return None
        owner = (table.text("db") or "dbo").lower()
        if table.text("catalog").lower() == "temp":
            return None   # a catalog view
        key = (owner, table.name.lower())
        if key in self._catalog_columns:   # the binder asks once per column reference
            return self._catalog_columns[key]
        columns = catalog.table_types(self.connection, *key)
        found = None
        if columns is not None:
            declared = catalog.declared_columns(self.connection).get(key, {})
            found = {name: sqltype.of_duckdb(kind, declared.get(name), nullable=name not in columns.not_null)
                     for name, kind in columns.types.items()}
        self._catalog_columns[key] = found
        return found

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

    output_columns = staticmethod(output_columns)
