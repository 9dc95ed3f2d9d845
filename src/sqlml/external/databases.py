"""The embedded engine as an instance: databases beside the one the connection opened.

SQL Server holds databases; the embedded engine holds one DuckDB file per database, side by side in
one folder: the file the connection opened (the course's, unchanged) and one `NAME.duckdb` per CREATE
DATABASE. `USE NAME` attaches that file and makes it DuckDB's current database, so unqualified names,
DB_NAME(), the catalog views and the procedures stored in a database follow it; the server's options
(sp_configure) stay with the instance, in the opened file. `db.schema.table` reaches another database
by attaching its file. `master` exists (a file made when first used); tempdb, model and msdb are listed
in sys.databases, as on every SQL Server, and refused when used.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import TsqlError, UnsupportedError
from ..results import Result
from ..tsql.user_functions import prepare_calls

if TYPE_CHECKING:
    from .interfaces import Host
    from ..tsql import Statement

#: SQL Server's system databases and their database_id.
SYSTEM_DATABASES = {"master": 1, "tempdb": 2, "model": 3, "msdb": 4}
VIEW = "sqlml_sys_databases"
_NAME = r"(?:\[(?P<b{n}>[^\]]+)\]|\"(?P<q{n}>[^\"]+)\"|(?P<w{n}>[A-Za-z_][\w@#$]*))"
_CREATE = re.compile(r"^\s*CREATE\s+DATABASE\s+" + _NAME.format(n=0) + r"\s*;?\s*(?P<rest>.*?)\s*;?\s*$", re.I | re.S)
_DROP = re.compile(r"^\s*DROP\s+DATABASE\s+(?P<exists>IF\s+EXISTS\s+)?(?P<names>.+?)\s*;?\s*$", re.I | re.S)
_THREE_PART = re.compile(_NAME.format(n=0) + r"\s*\.\s*(?:" + _NAME.format(n=1) + r")?\s*\.\s*" + _NAME.format(n=2))
_SYS_DATABASES = re.compile(r"\bsys\s*\]?\s*\.\s*\[?\s*databases\b", re.I)
_LEGAL = re.compile(r"^[A-Za-z_][\w@#$ -]{0,127}$")


def _group(match: re.Match, n: int) -> str | None:
    return match[f"b{n}"] or match[f"q{n}"] or match[f"w{n}"]


# -- the instance's databases --------------------------------------------------------------------

def home_name(database: "Host") -> str:
    return database.name


def current_name(database: "Host") -> str:
    return getattr(database.session, "database", None) or home_name(database)


def _folder(database: "Host") -> Path:
    if database.path is None:
        raise UnsupportedError("Another database beside an in-memory one (CREATE DATABASE, USE, three-part names)",
                               hint="Connect to a database file (duckdb:///path/file.duckdb) to hold several.")
    return database.path.parent


def file_of(database: "Host", name: str) -> Path | None:
    """The file of the database `name` (None: no such database). master's file is made when first used."""
    lowered = name.lower()
    if lowered == home_name(database).lower():
        return database.path
    if lowered in ("tempdb", "model", "msdb"):
        raise UnsupportedError(f"The system database {name}",
                               hint="The embedded engine keeps temporary tables per connection (#name) and has "
                                    "no model or msdb database.")
    folder = _folder(database)
    for candidate in folder.glob("*.duckdb"):
        if candidate.stem.lower() == lowered:
            return candidate
    return folder / "master.duckdb" if lowered == "master" else None


def user_databases(database: "Host") -> list[str]:
    names = {home_name(database)}
    if database.path is not None:
        names |= {p.stem for p in database.path.parent.glob("*.duckdb")}
    return sorted((n for n in names if n.lower() not in SYSTEM_DATABASES), key=str.lower)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _attached(connection) -> set[str]:
    return {row[0].lower() for row in connection.execute(
        "SELECT database_name FROM duckdb_databases() WHERE NOT internal").fetchall()}


def _attach(connection, name: str, path: Path) -> None:
    if name.lower() not in _attached(connection):
        connection.execute(f"ATTACH {_literal(str(path))} AS {_quoted(name)}")
        connection.execute(f"CREATE SCHEMA IF NOT EXISTS {_quoted(name)}.dbo")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# -- statements --------------------------------------------------------------------------------

def run_database_statement(interpreter, statement: "Statement", results: list[Result]) -> bool:
    """CREATE DATABASE / DROP DATABASE, carried out here (True), or not such a statement (False)."""
    head = statement.text.lstrip()[:40].upper().split()
    if len(head) < 2 or head[1] != "DATABASE" or head[0] not in ("CREATE", "DROP"):
        return False
    if head[0] == "CREATE":
        _create(interpreter, statement.text)
    else:
        _drop(interpreter, statement.text)
    return True


def _create(interpreter, text: str) -> None:
    match = _CREATE.match(text)
    if match is None:   # no name after DATABASE (@x, 'x'): SQL Server stops at the word that is no name
        after = text.split(None, 2)[2:]
        raise TsqlError(f"Incorrect syntax near '{after[0].split()[0] if after else 'DATABASE'}'.", number=102,
                        severity=15)
    name, rest = _group(match, 0), match["rest"]
    if rest:
        clause = rest.split()[0].upper()
        raise UnsupportedError(f"CREATE DATABASE ... {clause} (files, collation and options of a database)",
                               hint=f"CREATE DATABASE {name} makes the database as a file beside the current one.")
    database = interpreter.database
    if not _LEGAL.match(name):
        raise UnsupportedError(f"The database name '{name}' as a file name",
                               hint="Use letters, digits and _ in a database's name.")
    if name.lower() in SYSTEM_DATABASES or file_of(database, name) is not None:
        raise TsqlError(f"Database '{name}' already exists. Choose a different database name.", number=1801,
                        severity=16, state=3)
    path = _folder(database) / f"{name}.duckdb"
    connection = interpreter.connection
    connection.execute(f"ATTACH {_literal(str(path))} AS {_quoted(name)}")
    try:
        connection.execute(f"CREATE SCHEMA IF NOT EXISTS {_quoted(name)}.dbo")
    finally:
        connection.execute(f"DETACH {_quoted(name)}")


def _drop(interpreter, text: str) -> None:
    match = _DROP.match(text)
    if match is None:
        raise TsqlError("Incorrect syntax near 'DATABASE'.", number=102, severity=15)
    database, connection = interpreter.database, interpreter.connection
    for part in match["names"].split(","):
        name = part.strip().strip("[]\"")
        if name.lower() in SYSTEM_DATABASES:
            raise TsqlError(f"Cannot drop the database '{name}' because it is a system database.", number=3708,
                            severity=16)
        path = file_of(database, name)
        if path is None or not path.exists():
            if match["exists"]:
                continue
            raise TsqlError(f"Cannot drop the database '{name}', because it does not exist or you do not have "
                            "permission.", number=3701, severity=11)
        if name.lower() in (current_name(database).lower(), home_name(database).lower()):
            raise TsqlError(f'Cannot drop database "{name}" because it is currently in use.', number=3702,
                            severity=16, state=4)
        if name.lower() in _attached(connection):
            connection.execute(f"DETACH {_quoted(name)}")
        for leftover in (path, path.with_name(path.name + ".wal")):
            leftover.unlink(missing_ok=True)


def use(interpreter, name: str) -> None:
    """USE name: that database becomes the current one (for this connection, as in SQL Server)."""
    from ..tsql import invalidate_catalog
    from ..tsql.catalog import procedures_table_created

    database, connection = interpreter.database, interpreter.connection
    name = name.strip().strip("[]\"")
    path = file_of(database, name)
    if path is None:
        raise TsqlError(f"Database '{name}' does not exist. Make sure that the name is entered correctly.",
                        number=911, severity=16)
    if name.lower() == current_name(database).lower():
        return
    if name.lower() == home_name(database).lower():
        connection.execute(f"USE {_quoted(home_name(database))}.dbo")
        database.session.database = None
    else:
        _attach(connection, path.stem, path)
        connection.execute(f"USE {_quoted(path.stem)}.dbo")   # unqualified names are dbo's, as on opening
        database.session.database = path.stem
    invalidate_catalog(connection)   # the translator's column types were the other database's
    procedures_table_created(connection)   # and the catalog views read the other database's procedures


def refuse_another_databases_procedure(database: "Host", name: str) -> None:
    """EXEC db.schema.proc of another database: SQL Server runs it there; the embedded engine refuses it."""
    parts = [p.strip("[]\"") for p in name.split(".")]
    if len(parts) == 3 and parts[0] and parts[0].lower() != current_name(database).lower():
        raise UnsupportedError(f"A procedure of another database ({name})",
                               hint=f"USE {parts[0]}, then EXEC {parts[1] or 'dbo'}.{parts[2]}.")


def reopened(database: "Host", connection) -> None:
    """A file opened again for the next statement: the session's current database is current again."""
    name = getattr(database.session, "database", None)
    if not name:
        return
    path = file_of(database, name)
    if path is None or not path.exists():   # dropped by another session meanwhile
        database.session.database = None
        return
    from ..tsql import invalidate_catalog

    _attach(connection, path.stem, path)
    connection.execute(f"USE {_quoted(path.stem)}.dbo")
    invalidate_catalog(connection)   # the translator names tables in the current database


def before_statement(database: "Host", connection, text: str) -> None:
    """Attach the databases the statement names in three-part names; make sys.databases if it reads it;
    give a call of a user-defined function the helper macros its body may use."""
    if "." not in text:
        return
    prepare_calls(connection, text)
    if database.path is not None:
        for match in _THREE_PART.finditer(text):
            name, schema = _group(match, 0), (_group(match, 1) or "").lower()
            if (name.lower() in (current_name(database).lower(), "temp") or schema in ("sys", "information_schema")
                    or name.lower() in ("tempdb", "model", "msdb")):   # msdb: refused by the translator
                continue
            path = file_of(database, name)
            if path is not None and path.exists():
                _attach(connection, path.stem, path)
    if _SYS_DATABASES.search(text):
        make_view(database, connection)


def make_view(database: "Host", connection) -> None:
    """sys.databases: master, tempdb, model, msdb, then the instance's databases (database_id 5 on)."""
    rows = [(name, number) for name, number in SYSTEM_DATABASES.items()]
    rows += [(name, 5 + i) for i, name in enumerate(user_databases(database))]
    values = ", ".join(f"({_literal(name)}, {number})" for name, number in rows)
    connection.execute(
        f"CREATE OR REPLACE TEMP VIEW {VIEW} AS SELECT CAST(name AS VARCHAR) AS name, "
        "CAST(database_id AS INTEGER) AS database_id, CAST(NULL AS INTEGER) AS source_database_id, "
        "CAST(160 AS UTINYINT) AS compatibility_level, 'SQL_Latin1_General_CP1_CI_AS' AS collation_name, "
        "CAST(0 AS UTINYINT) AS user_access, 'MULTI_USER' AS user_access_desc, CAST(0 AS UTINYINT) AS state, "
        "'ONLINE' AS state_desc, CAST(3 AS UTINYINT) AS recovery_model, 'SIMPLE' AS recovery_model_desc "
        f"FROM (VALUES {values}) AS d(name, database_id)")
