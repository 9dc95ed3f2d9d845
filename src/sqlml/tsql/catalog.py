"""What a DuckDB connection needs to answer T-SQL like SQL Server, and what it knows about its tables.

`prepare_connection` runs on every new connection (also read-only ones), so everything it
creates is a session setting or a TEMP object: nothing is written to the database file. The
macros and catalog views are made on first use, or at once when a view stored in the file
needs them (a view keeps the translated SQL, which calls them).

- `dbo` is the default schema (created when the file is writable and lacks it).
- Strings compare case-insensitively (`default_collation = 'nocase'`), as SQL Server's default
  collation SQL_Latin1_General_CP1_CI_AS does for =, <, IN, GROUP BY, DISTINCT, ORDER BY and
  joins; LIKE is translated to ILIKE by the dialect.
- NULLs sort first in ascending order and last in descending order, as in SQL Server.
- Macros the translated SQL calls (`tsql_*`), and the catalog views `sys.tables`, `sys.columns`,
  `sys.schemas`, `sys.types`, `sys.objects`, `sys.procedures` and SQL Server-shaped `INFORMATION_SCHEMA.TABLES` /
  `COLUMNS`, which the translator points those names at.

`table_types(con, schema, table)` gives the translator the column types of a table a statement names
(for the type-dependent translations: integer division, `+` on strings), cached per connection until
`invalidate(con)`; `mapping_schema(con, tree)` those of a statement's tables, for sqlglot.
"""
from __future__ import annotations

import weakref
from typing import Any, NamedTuple

import re

from . import declared as _declared
from . import exact as _exact

# DuckDB type -> (SQL Server type name, system_type_id, max_length); decimal keeps its precision.
SQLSERVER_TYPES: dict[str, tuple[str, int, int]] = {
    "BOOLEAN": ("bit", 104, 1), "TINYINT": ("tinyint", 48, 1), "UTINYINT": ("tinyint", 48, 1),
    "SMALLINT": ("smallint", 52, 2), "INTEGER": ("int", 56, 4), "BIGINT": ("bigint", 127, 8),
    "HUGEINT": ("decimal", 106, 17), "FLOAT": ("real", 59, 4), "DOUBLE": ("float", 62, 8),
    "DECIMAL": ("decimal", 106, 17), "VARCHAR": ("varchar", 167, -1), "BLOB": ("varbinary", 165, -1),
    "DATE": ("date", 40, 3), "TIME": ("time", 41, 5), "TIMESTAMP": ("datetime2", 42, 8),
    "TIMESTAMP WITH TIME ZONE": ("datetimeoffset", 43, 10), "UUID": ("uniqueidentifier", 36, 16),
}

# TEMP macros used by the translated SQL.
_MACROS = [
    # SQL Server stops a statement that divides by zero (Msg 8134); DuckDB would return NULL/inf.
    "CREATE OR REPLACE TEMP MACRO tsql_divisor(x) AS "
    "CASE WHEN x = 0 THEN error('Msg 8134: Divide by zero error encountered.') ELSE x END",
    # CONVERT style 0/100 (and CAST of a datetime to a string): 'Nov  2 2026  6:05PM'.
    "CREATE OR REPLACE TEMP MACRO tsql_style0(ts) AS "
    "strftime(ts, '%b ') || lpad(CAST(day(ts) AS VARCHAR), 2, ' ') || ' ' || strftime(ts, '%Y ') "
    "|| lpad(CAST(CASE WHEN hour(ts) % 12 = 0 THEN 12 ELSE hour(ts) % 12 END AS VARCHAR), 2, ' ') "
    "|| strftime(ts, ':%M%p')",
    # DATEDIFF(week, a, b) counts the Sundays crossed (1899-12-31 was a Sunday).
    "CREATE OR REPLACE TEMP MACRO tsql_week_boundaries(a, b) AS "
    "(date_diff('day', DATE '1899-12-31', CAST(b AS DATE)) // 7) "
    "- (date_diff('day', DATE '1899-12-31', CAST(a AS DATE)) // 7)",
    # SQL Server type name of a DuckDB type, for the catalog views.
    "CREATE OR REPLACE TEMP MACRO tsql_type_name(t) AS CASE "
    + " ".join(f"WHEN t = '{duck}' THEN '{name}'" for duck, (name, _, _) in SQLSERVER_TYPES.items())
    + " WHEN t LIKE 'DECIMAL%' THEN 'decimal' WHEN t LIKE 'VARCHAR%' THEN 'varchar' ELSE lower(t) END",
    "CREATE OR REPLACE TEMP MACRO tsql_type_id(t) AS CASE "
    + " ".join(f"WHEN t = '{duck}' THEN {type_id}" for duck, (_, type_id, _) in SQLSERVER_TYPES.items())
    + " WHEN t LIKE 'DECIMAL%' THEN 106 ELSE 0 END",
    "CREATE OR REPLACE TEMP MACRO tsql_max_length(t) AS CASE "
    + " ".join(f"WHEN t = '{duck}' THEN {length}" for duck, (_, _, length) in SQLSERVER_TYPES.items())
    + " WHEN t LIKE 'DECIMAL%' THEN 17 ELSE -1 END",
    # OBJECT_ID('[dbo].[t]' [, 'U']) / OBJECT_ID('#t'): the object's id (of that type, when one is
    # given), NULL when there is none.
    "CREATE OR REPLACE TEMP MACRO tsql_object_id(n, t := NULL) AS (SELECT min(o.object_id) FROM sqlml_sys_objects o "
    "WHERE o.name = replace(replace(string_split(n, '.')[-1], '[', ''), ']', '') "
    "AND (len(string_split(n, '.')) = 1 OR o.schema_name = "
    "replace(replace(string_split(n, '.')[-2], '[', ''), ']', '')) "
    "AND (t IS NULL OR o.type = upper(trim(t))))",
]

#: The macro that reads the catalog views: SQL calling it needs those views as well as the macros.
USES_CATALOG = "tsql_object_id"

#: The engine's own bookkeeping (procedures, sp_configure) lives in this schema; SQL Server keeps
#: such things out of the user catalog, so the views do too.
ENGINE_SCHEMA = "sqlml_system"
_VISIBLE = f"schema_name <> '{ENGINE_SCHEMA}'"

_USER_TABLES = ("(SELECT database_name, schema_name, schema_oid, table_name, table_oid, temporary, 'U' AS type, "
                f"'USER_TABLE' AS type_desc FROM duckdb_tables() WHERE NOT internal AND {_VISIBLE} "
                "UNION ALL SELECT database_name, schema_name, schema_oid, view_name, view_oid, temporary, 'V', 'VIEW' "
                f"FROM duckdb_views() WHERE NOT internal AND {_VISIBLE} "
                "AND NOT (temporary AND view_name LIKE 'sqlml\\_%' ESCAPE '\\'))")

# Procedures are rows of the engine's own table (external/procedures.py), made on the first CREATE
# PROCEDURE: the view reads it when it exists, else it is empty (see `_procedure_rows`). Their ids
# are derived from the name, above the range DuckDB gives its tables and views.
_PROCEDURE_ROWS = (
    "SELECT p.name, CAST(1000000000 + hash(p.object_key) % 1000000000 AS INTEGER) AS object_id, "
    "CAST(s.oid AS INTEGER) AS schema_id, s.schema_name, 'P' AS type, 'SQL_STORED_PROCEDURE' AS type_desc, "
    f"p.created_at AS create_date, p.modified_at AS modify_date FROM {ENGINE_SCHEMA}.procedures p "
    "JOIN duckdb_schemas() s ON s.database_name = current_database() AND lower(s.schema_name) = lower(p.schema_name)")
# User-defined functions (external/functions.py) are rows of the engine's functions table, listed with them.
_FUNCTION_ROWS = (
    "SELECT f.name, CAST(1000000000 + hash(f.object_key) % 1000000000 AS INTEGER) AS object_id, "
    "CAST(s.oid AS INTEGER) AS schema_id, s.schema_name, f.type, CASE f.type WHEN 'FN' THEN 'SQL_SCALAR_FUNCTION' "
    "ELSE 'SQL_INLINE_TABLE_VALUED_FUNCTION' END AS type_desc, f.created_at AS create_date, "
    f"f.modified_at AS modify_date FROM {ENGINE_SCHEMA}.functions f "
    "JOIN duckdb_schemas() s ON s.database_name = current_database() AND lower(s.schema_name) = lower(f.schema_name)")
_NO_PROCEDURES = ("SELECT CAST(NULL AS VARCHAR) AS name, CAST(NULL AS INTEGER) AS object_id, "
                  "CAST(NULL AS INTEGER) AS schema_id, CAST(NULL AS VARCHAR) AS schema_name, 'P' AS type, "
                  "'SQL_STORED_PROCEDURE' AS type_desc, CAST(NULL AS TIMESTAMP) AS create_date, "
                  "CAST(NULL AS TIMESTAMP) AS modify_date LIMIT 0")

# sys.columns: a char / nchar / nvarchar / binary / datetime column (declared in its CHECK, see storage.py) has its
# own type id and length (char(n): n bytes, nchar(n) and nvarchar(n): 2n).
_DECLARED_KIND = "regexp_replace(k.declared_type, '\\(.*', '')"
_DECLARED_ID = ("CASE " + " ".join(f"WHEN {_DECLARED_KIND} = '{name}' THEN {type_id}"
                                   for name, (type_id, _) in _declared.DECLARED_TYPE_IDS.items())
                + " ELSE tsql_type_id(regexp_replace(c.data_type, '\\(.*', '')) END")
# A declared length counts bytes: n for char / varchar / binary / varbinary, 2n for nchar / nvarchar.
_DECLARED_LENGTH = ("CASE WHEN k.declared_type = 'datetime' THEN 8 "
                    "WHEN k.declared_length IS NOT NULL THEN k.declared_length * "
                    "CASE WHEN k.declared_type LIKE 'n%' THEN 2 ELSE 1 END "
                    "ELSE tsql_max_length(c.data_type) END")

_VIEWS = {
    "sqlml_sys_procedures": "SELECT name, object_id, schema_id, type, type_desc, create_date, modify_date "
                            "FROM sqlml_procedure_rows WHERE type = 'P'",
    "sqlml_sys_schemas": "SELECT schema_name AS name, CAST(oid AS INTEGER) AS schema_id, 1 AS principal_id "
                         f"FROM duckdb_schemas() WHERE database_name = current_database() AND NOT internal AND {_VISIBLE}",
    "sqlml_sys_objects": "SELECT table_name AS name, CAST(table_oid AS INTEGER) AS object_id, "
                         "CAST(schema_oid AS INTEGER) AS schema_id, schema_name, type, type_desc "
                         f"FROM {_USER_TABLES} WHERE database_name = current_database() "
                         "OR (temporary AND table_name LIKE '#%') "
                         "UNION ALL SELECT name, object_id, schema_id, schema_name, type, type_desc "
                         "FROM sqlml_procedure_rows",
    "sqlml_sys_tables": "SELECT table_name AS name, CAST(table_oid AS INTEGER) AS object_id, "
                        "CAST(schema_oid AS INTEGER) AS schema_id, 'U' AS type, 'USER_TABLE' AS type_desc "
                        f"FROM duckdb_tables() WHERE database_name = current_database() AND NOT internal AND {_VISIBLE}",
    "sqlml_sys_views": "SELECT view_name AS name, CAST(view_oid AS INTEGER) AS object_id, "
                       "CAST(schema_oid AS INTEGER) AS schema_id, 'V' AS type, 'VIEW' AS type_desc "
                       f"FROM duckdb_views() WHERE database_name = current_database() AND NOT internal AND {_VISIBLE}",
    "sqlml_sys_columns": "SELECT CAST(t.table_oid AS INTEGER) AS object_id, c.column_name AS name, "
                         "CAST(c.column_index AS INTEGER) AS column_id, "
                         f"CAST({_DECLARED_ID} AS INTEGER) AS system_type_id, "
                         f"CAST({_DECLARED_ID} AS INTEGER) AS user_type_id, "
                         f"CAST({_DECLARED_LENGTH} AS SMALLINT) AS max_length, "
                         "CAST(CASE c.data_type WHEN 'TINYINT' THEN 3 WHEN 'UTINYINT' THEN 3 WHEN 'SMALLINT' THEN 5 "
                         "WHEN 'INTEGER' THEN 10 WHEN 'BIGINT' THEN 19 ELSE coalesce(c.numeric_precision, 0) END "
                         "AS TINYINT) AS precision, "
                         "CAST(coalesce(c.numeric_scale, 0) AS TINYINT) AS scale, c.is_nullable, "
                         "coalesce(c.column_default LIKE 'nextval(%', false) AS is_identity "
                         f"FROM duckdb_columns() c JOIN {_USER_TABLES} t ON t.database_name = c.database_name "
                         "AND t.schema_name = c.schema_name AND t.table_name = c.table_name "
                         f"LEFT JOIN ({_declared.DECLARED_COLUMNS}) k ON k.database_name = c.database_name "
                         "AND k.schema_name = c.schema_name AND k.table_name = c.table_name AND k.column_name = c.column_name "
                         "WHERE c.database_name = current_database() AND NOT c.internal ORDER BY t.table_oid, c.column_index",
    "sqlml_sys_types": "SELECT * FROM (VALUES " + ", ".join(
        f"('{name}', {type_id}, {type_id}, {length})" for name, type_id, length in sorted(
            {*SQLSERVER_TYPES.values(), *((name, type_id, 8000 if name != "datetime" else 8)
                                          for name, (type_id, _) in _declared.DECLARED_TYPE_IDS.items())})) + ") AS types(name, system_type_id, user_type_id, max_length)",
    "sqlml_information_schema_tables": "SELECT database_name AS TABLE_CATALOG, schema_name AS TABLE_SCHEMA, "
                                       "table_name AS TABLE_NAME, CASE type WHEN 'U' THEN 'BASE TABLE' ELSE 'VIEW' END "
                                       f"AS TABLE_TYPE FROM {_USER_TABLES} WHERE database_name = current_database()",
    "sqlml_information_schema_columns": (
        "SELECT c.database_name AS TABLE_CATALOG, c.schema_name AS TABLE_SCHEMA, c.table_name AS TABLE_NAME, "
        "c.column_name AS COLUMN_NAME, CAST(c.column_index AS INTEGER) AS ORDINAL_POSITION, "
        "c.column_default AS COLUMN_DEFAULT, CASE WHEN c.is_nullable THEN 'YES' ELSE 'NO' END AS IS_NULLABLE, "
        "coalesce(regexp_replace(k.declared_type, '\\(.*', ''), tsql_type_name(c.data_type)) AS DATA_TYPE, "
        # A length declared in T-SQL DDL lives in the column's CHECK (see translate.length_check).
        "CASE WHEN c.data_type IN ('VARCHAR', 'BLOB') THEN coalesce(k.declared_length, -1) END "
        "AS CHARACTER_MAXIMUM_LENGTH, "
        # SQL Server states integer precision in decimal digits (int: 10), DuckDB in bits (32).
        "CAST(CASE c.data_type WHEN 'TINYINT' THEN 3 WHEN 'UTINYINT' THEN 3 WHEN 'SMALLINT' THEN 5 "
        "WHEN 'INTEGER' THEN 10 WHEN 'BIGINT' THEN 19 ELSE c.numeric_precision END AS TINYINT) AS NUMERIC_PRECISION, "
        "CAST(CASE WHEN c.data_type IN ('FLOAT', 'DOUBLE') THEN 2 WHEN c.numeric_precision IS NOT NULL THEN 10 END "
        "AS SMALLINT) AS NUMERIC_PRECISION_RADIX, "
        "CAST(c.numeric_scale AS INTEGER) AS NUMERIC_SCALE "
        f"FROM duckdb_columns() c LEFT JOIN ({_declared.DECLARED_COLUMNS}) k "
        "ON k.database_name = c.database_name AND k.schema_name = c.schema_name "
        "AND k.table_name = c.table_name AND k.column_name = c.column_name "
        "WHERE c.database_name = current_database() AND NOT c.internal "
        f"AND c.{_VISIBLE} ORDER BY c.schema_name, c.table_name, c.column_index"),
}

#: T-SQL catalog names -> the TEMP views that answer them (the translator rewrites the names).
CATALOG_VIEWS = {
    ("sys", "schemas"): "sqlml_sys_schemas", ("sys", "objects"): "sqlml_sys_objects",
    ("sys", "procedures"): "sqlml_sys_procedures",
    ("sys", "tables"): "sqlml_sys_tables", ("sys", "views"): "sqlml_sys_views",
    ("sys", "columns"): "sqlml_sys_columns", ("sys", "types"): "sqlml_sys_types",
    ("sys", "databases"): "sqlml_sys_databases",   # made by external/databases.py, from the folder's files
    ("information_schema", "tables"): "sqlml_information_schema_tables",
    ("information_schema", "columns"): "sqlml_information_schema_columns",
}

_SETTINGS = "SET default_collation = 'nocase'; SET default_null_order = 'nulls_first_on_asc_last_on_desc'"
_VIEW_SQL = "; ".join([*(f"CREATE OR REPLACE TEMP VIEW {name} AS {body}" for name, body in _VIEWS.items()),
                       _MACROS[-1]])  # OBJECT_ID reads sqlml_sys_objects
#: name -> its CREATE MACRO, for making only the macros a statement calls (and the ones they call).
_MACRO_BY_NAME = {re.search(r"MACRO (tsql_\w+)", sql)[1]: sql for sql in [*_MACROS[:-1], *_declared.MACROS]}
_MACRO_NAME = re.compile(r"\btsql_\w+", re.I)

# What each connection has: the macros it was given by name (all of them once `_ALL` is in the set) and
# the catalog views, made on first use so that connecting stays cheap (translate calls ensure_objects
# before it hands out SQL that needs them); `tsql_exact` (exact.py), registered by prepare_connection,
# outside any transaction (registering a Python function makes DuckDB import numpy, about 45 ms of CPU
# once per process, paid on the first connection).
_ALL = "*"
_MADE: "weakref.WeakKeyDictionary[Any, set[str]]" = weakref.WeakKeyDictionary()
_HAS_VIEWS: "weakref.WeakSet[Any]" = weakref.WeakSet()
_HAS_EXACT: "weakref.WeakSet[Any]" = weakref.WeakSet()   # connections with tsql_exact registered


# One look at the file on connect: whether it has dbo, and how many views are stored in it. A view
# is stored as translated DuckDB SQL, which may call the TEMP macros (`tsql_...`) or read the TEMP
# catalog views (`sqlml_sys_...`); TEMP objects die with the connection that made them, so a file
# whose views use them gets them on connect. Reading the views' text costs more than counting
# them, so a file without views (most connects) only pays for the count.
_CONNECT_PROBE = (
    "SELECT (SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'dbo' "
    "AND database_name = current_database()), (SELECT count(*) FROM duckdb_views() "
    "WHERE NOT internal AND NOT temporary AND database_name = current_database()), current_database()")
_STORED_VIEWS = ("SELECT lower(sql) FROM duckdb_views() WHERE NOT internal AND NOT temporary "
                 "AND database_name = current_database()")


def prepare_connection(con) -> None:
    """Make a new DuckDB connection answer T-SQL as SQL Server would (see the module's notes)."""
    has_dbo, stored_views, database = con.execute(_CONNECT_PROBE).fetchone()
    if not has_dbo:
        try:
            con.execute("CREATE SCHEMA dbo")
        except Exception:  # a read-only file without dbo: unqualified names then use main
            pass
        else:
            has_dbo = 1
    if has_dbo:
        con.execute("SET schema = 'dbo'")
    con.execute(_SETTINGS)
    # tsql_exact goes into the catalog DuckDB shares between connections: registered inside a
    # transaction, it can conflict with another session's and abort that transaction (a losing
    # registry save then ended in "Current transaction is aborted"). Here no transaction is open.
    _register_exact(con)
    _MADE.pop(con, None)
    _HAS_VIEWS.discard(con)
    invalidate(con)
    _CURRENT[con] = database   # for `table_types`, which names tables in full
    if stored_views:
        texts = [text for (text,) in con.execute(_STORED_VIEWS).fetchall()]
        needs_catalog = any("sqlml_" in text or USES_CATALOG in text for text in texts)
        if needs_catalog or any("tsql_" in text for text in texts):
            ensure_objects(con, views=needs_catalog, exact=any("tsql_exact" in text for text in texts))


def ensure_objects(con, *, views: bool = False, exact: bool = False, sql: str | None = None) -> None:
    """Create the TEMP macros (and catalog views, and `tsql_exact` when `exact`) on `con` unless it has
    them already: all the macros, or with `sql` only those it calls (and those they call)."""
    made = _MADE.get(con)
    if made is None:
        made = _MADE[con] = set()
    if _ALL not in made:
        if sql is None or views:
            con.execute(";".join(body for name, body in _MACRO_BY_NAME.items() if name not in made))
            made.add(_ALL)
        else:
            wanted = _called(sql) - made
            if wanted:
                # in the order they are defined: a macro that calls another comes after it
                con.execute(";".join(body for name, body in _MACRO_BY_NAME.items() if name in wanted))
                made.update(wanted)
    if exact:   # a connection prepare_connection did not see
        _register_exact(con)
    if views and con not in _HAS_VIEWS:
        con.execute(f"CREATE OR REPLACE TEMP VIEW sqlml_procedure_rows AS {_procedure_rows(con)}")
        con.execute(_VIEW_SQL)
        _HAS_VIEWS.add(con)


def _register_exact(con) -> None:
    if con not in _HAS_EXACT:
        _exact.register(con)
        _HAS_EXACT.add(con)


def _called(sql: str) -> set[str]:
    """The helper macros `sql` calls, and the ones their bodies call."""
    found, todo = set(), [sql]
    while todo:
        for name in _MACRO_NAME.findall(todo.pop()):
            name = name.lower()
            if name in _MACRO_BY_NAME and name not in found:
                found.add(name)
                todo.append(_MACRO_BY_NAME[name])
    return found


def _procedure_rows(con) -> str:
    tables = {name for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        f"AND schema_name = '{ENGINE_SCHEMA}' AND table_name IN ('procedures', 'functions')").fetchall()}
    rows = _PROCEDURE_ROWS if "procedures" in tables else _NO_PROCEDURES
    return f"SELECT * FROM ({rows}) UNION ALL {_FUNCTION_ROWS}" if "functions" in tables else rows


def procedures_table_created(con) -> None:
    """The engine's procedures table now exists: remake the catalog views over it on next use."""
    _HAS_VIEWS.discard(con)


# -- the columns of the tables a statement names ----------------------------------------------------
#
# Read one table at a time, as statements name them, never the whole catalog: DuckDB's first read of
# duckdb_columns() binds every view it has, its own internal ones too (5-11 ms of a new process's first
# translation), whatever the filter. A table's columns come from DuckDB's relation API (about 0.1 ms, no
# query), a view's from PRAGMA table_info (which binds it); NOT NULL and the declared types from one
# read of the constraints per catalog version (`declared_columns`).

class TableColumns:
    """What the translator knows of one table's (or view's) columns; names lower case."""

    def __init__(self, place: tuple[str, str, str], types: dict[str, str], not_null: frozenset[str]) -> None:
        self.place = place            # (database, schema, name) where DuckDB has it
        self.types = types            # column -> DuckDB type (datetime columns TIMESTAMP_MS, see `_overlaid`)
        self.not_null = not_null
        self._identity: frozenset[str] | None = None

    def identity(self, con) -> frozenset[str]:
        """The IDENTITY columns (a default from their sequence, see rename.py); read on first use."""
        if self._identity is None:
            self._identity = frozenset(column.lower() for column, default, _, _ in _columns_of(con, *self.place)
                                       if default and default.startswith("nextval(") and "__identity" in default)
        return self._identity


_TABLES: "weakref.WeakKeyDictionary[Any, dict[tuple[str, str], TableColumns]]" = weakref.WeakKeyDictionary()
_CURRENT: "weakref.WeakKeyDictionary[Any, str]" = weakref.WeakKeyDictionary()   # current_database()
_VERSIONS: "weakref.WeakKeyDictionary[Any, int]" = weakref.WeakKeyDictionary()
_EMPTY_MAPPING: list = []


def table_types(con, owner: str, name: str) -> TableColumns | None:
    """The columns of table (or view) `owner.name` as T-SQL names it (lower case), None when there is none.

    Tables of the current database, and DuckDB's temp database (a `#temp` table is found under dbo; the
    engine's own `sqlml_...` TEMP views are not tables here). Cached until `invalidate(con)`; a table
    not there is looked for again next time (one made outside translate is found without invalidating).
    """
    tables = _TABLES.get(con)
    if tables is None:
        tables = _TABLES[con] = {}
    key = (owner, name)
    found = tables.get(key)
    if found is None:
        if name.startswith("#"):
            places = [("temp", "main")] if owner == "dbo" else []
        else:
            places = [(current_database(con), owner)] + ([] if name.startswith("sqlml_") else [("temp", owner)])
        for database, schema in places:
            place = (database, schema, name)
            columns = _relation_columns(con, place)
            if columns is not None:
                not_null = _constraints(con)[2].get((database, schema, name), frozenset())
            else:
                rows = _columns_of(con, *place)   # a view, or what the relation API cannot name
                if not rows:
                    continue
                columns = [(column, data_type) for column, _, data_type, _ in rows]
                not_null = frozenset(column.lower() for column, _, _, required in rows if required)
            declared = declared_columns(con).get(key, {})
            found = tables[key] = TableColumns(
                place, {column.lower(): _overlaid(data_type, declared.get(column.lower())) for column, data_type in columns},
                not_null)
            break
    return found


def current_database(con) -> str:
    """The connection's current database (USE changes it, and invalidates)."""
    name = _CURRENT.get(con)
    if name is None:
        name = _CURRENT[con] = con.execute("SELECT current_database()").fetchone()[0]
    return name


def _qualified(place: tuple[str, str, str]) -> str | None:
    """"database"."schema"."name", None for a name with a double quote (DuckDB reads those wrongly here)."""
    if any('"' in part for part in place):
        return None
    return ".".join('"' + part + '"' for part in place)


def _relation_columns(con, place: tuple[str, str, str]) -> list[tuple[str, str]] | None:
    """(name, DuckDB type) of a table's columns in order; None when it is no table (a view, or none)."""
    import duckdb

    qualified = _qualified(place)
    if qualified is None:
        return None
    try:
        relation = con.table(qualified)
    except duckdb.Error:
        return None
    return [(column, str(data_type)) for column, data_type in zip(relation.columns, relation.types)]


def _columns_of(con, database: str, schema: str, name: str) -> list[tuple[str, str | None, str, bool]]:
    """(name, default, DuckDB type, NOT NULL) of a table's columns in order; [] when there is no such table."""
    import duckdb

    qualified = _qualified((database, schema, name))
    if qualified is not None:
        try:
            return [(column, default, data_type, bool(not_null)) for column, data_type, not_null, default in con.execute(
                "SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info("
                + _literal(qualified) + ") ORDER BY cid").fetchall()]
        except duckdb.Error as error:
            message = str(error).lower()
            if f"with name {name.lower()} does not exist" in message or "does not exist because schema" in message:
                return []
    # A view that no longer binds (DuckDB keeps its column types), a name with a quote: the catalog's listing
    # (no bound parameters: the first query with one imports pandas, about 200 ms).
    return [(column, default, data_type, not nullable) for column, default, data_type, nullable in con.execute(
        "SELECT column_name, column_default, data_type, is_nullable FROM duckdb_columns() WHERE database_name = "
        f"{_literal(database)} AND lower(schema_name) = lower({_literal(schema)}) AND lower(table_name) = "
        f"lower({_literal(name)}) AND NOT internal ORDER BY column_index").fetchall()]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _overlaid(data_type: str, declared: tuple[str, int | None] | None) -> str:
    """A datetime column is TIMESTAMP_MS to the translator (DuckDB stores TIMESTAMP), which reads TIMESTAMP_MS
    as SQL Server's datetime and TIMESTAMP as datetime2; a datetime2(n) column keeps its digits."""
    if declared is not None:
        kind, size = declared
        if kind == "datetime":
            return "TIMESTAMP_MS"
        if kind == "datetime2" and size is not None:
            return f"TIMESTAMP({size})"   # its digits, for conversions to strings
    return data_type


def table_key(table) -> tuple[str, str]:
    """(schema, name), lower case, under which `table_types` finds a sqlglot Table (dbo by default)."""
    return (table.text("db") or "dbo").lower(), table.name.lower()


def mapping_schema(con, tree=None):
    """A sqlglot MappingSchema (DuckDB type names) of the tables `tree` reads (all of them that exist)."""
    from sqlglot import exp
    from sqlglot.schema import MappingSchema

    if con is None or tree is None:
        if not _EMPTY_MAPPING:
            _EMPTY_MAPPING.append(MappingSchema({}, dialect="duckdb"))
        return _EMPTY_MAPPING[0]
    mapping: dict[str, dict[str, dict[str, str]]] = {}
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        parent = table.parent
        if not table.name or isinstance(parent, (exp.Into, exp.Create)) or (
                isinstance(parent, exp.Schema) and isinstance(parent.parent, exp.Create)):
            continue   # a table the statement makes
        if not table.text("db") and table.name.lower() in ctes:
            continue
        owner, name = table_key(table)
        if name.startswith("sqlml_") and table.text("catalog").lower() == "temp":
            continue   # a catalog view (sys.tables, ...): the engine's own TEMP view
        found = table_types(con, owner, name)
        if found is not None:
            mapping.setdefault(owner, {})[name] = found.types
    # normalize=False: the names are lower case already, and qualify lowers the statement's (T-SQL names
    # are case-insensitive).
    return MappingSchema(mapping, dialect="duckdb", normalize=False)


def learned_state(con) -> tuple:
    """What `con` has learned of the catalog (column types and the translation cache's key), for a
    new connection to the same file when nothing changed the file in between (see `adopt_state`)."""
    return _TABLES.get(con), _VERSIONS.get(con, 0), _SERIALS.get(con), _DECLARED.get(con)


def adopt_state(con, state: tuple) -> None:
    """Give a freshly prepared `con` what an earlier connection to the unchanged file had learned."""
    tables, version, serial, declared = state
    if tables is not None:
        _TABLES[con] = dict(tables)
    _VERSIONS[con] = version
    if serial is not None:
        _SERIALS[con] = serial
    if declared is not None and declared[0] == (serial, version):
        _DECLARED[con] = declared


def invalidate(con, *, database_changed: bool = True) -> None:
    """Forget the cached column types of `con` (after DDL, or a load that bypassed translate, or USE)."""
    _TABLES.pop(con, None)
    if database_changed:
        _CURRENT.pop(con, None)
    _VERSIONS[con] = _VERSIONS.get(con, 0) + 1


_SERIALS: "weakref.WeakKeyDictionary[Any, int]" = weakref.WeakKeyDictionary()
_NEXT_SERIAL = [0]


def catalog_version(con) -> tuple[int, int]:
    """(connection serial, catalog version): part of the translation cache key.

    The serial tells connections apart (`id()` can be reused by a later connection); the
    version changes whenever `invalidate(con)` runs.
    """
    serial = _SERIALS.get(con)
    if serial is None:
        _NEXT_SERIAL[0] += 1
        serial = _SERIALS[con] = _NEXT_SERIAL[0]
    return serial, _VERSIONS.setdefault(con, 0)


def table_columns(con, table) -> list[tuple[str, str | None, str]]:
    """(name, default, DuckDB type) of a table's columns in order; `table` a sqlglot Table as T-SQL names it
    (`#t` and `temp.` tables are in DuckDB's temp database, others default to the dbo schema). Read afresh."""
    temporary = table.name.startswith("#") or table.text("catalog").lower() == "temp"
    schema = table.text("db") or ("main" if temporary else "dbo")
    database = "temp" if temporary else current_database(con)
    return [(name, default, data_type) for name, default, data_type, _ in _columns_of(con, database, schema, table.name)]


# -- the declared types of the catalog's columns -----------------------------------------------------

def declared_columns(con) -> dict[tuple[str, str], dict[str, tuple[str, int | None]]]:
    """{(schema, table): {column: (type, length)}} (lower case) of the columns with a declared length or type.

    Temporary tables are under dbo, as in `table_types`. Types: char, nchar, datetime (from
    this module's CHECKs), else varchar with the declared length (nvarchar is not told apart).
    """
    return _constraints(con)[1]


def _constraints(con) -> tuple:
    """(catalog version, `declared_columns`, {(database, schema, table): NOT NULL columns}) from one read of
    the CHECK and NOT NULL constraints of the current and the temp database; names lower case, the keys of
    NOT NULL as `table_types` looks tables up."""
    version = catalog_version(con)
    cached = _DECLARED.get(con)
    if cached is not None and cached[0] == version:
        return cached
    databases = (current_database(con), "temp")
    rows = [row for row in con.execute(_declared.CONSTRAINTS).fetchall() if row[0] in databases]
    not_null: dict[tuple[str, str, str], set[str]] = {}
    for database, schema, table, column, _, kind in rows:
        if kind == "NOT NULL":
            not_null.setdefault((database, schema.lower(), table.lower()), set()).add(column.lower())
    result: dict[tuple[str, str], dict[str, tuple[str, int | None]]] = {}
    for (database, schema, table, column), (declared, length) in _declared.declared_of_checks(rows).items():
        if database == "temp" and table.startswith("#"):
            schema = "dbo"
        if declared:
            match = re.fullmatch(r"([a-z0-9]+)(?:\((\d+)\))?", declared)
            entry = (match[1], int(match[2]) if match[2] else None) if match else ("varchar", length)
        elif length is not None:
            entry = ("varchar", length)
        else:
            continue
        result.setdefault((schema.lower(), table.lower()), {})[column.lower()] = entry
    cached = _DECLARED[con] = (version, result, {key: frozenset(columns) for key, columns in not_null.items()})
    return cached


_DECLARED: "weakref.WeakKeyDictionary[Any, tuple]" = weakref.WeakKeyDictionary()
