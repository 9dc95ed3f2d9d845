"""`sp_configure` and `RECONFIGURE` for the embedded engine.

The options live in the database file, in `sqlml_system.configurations`, so enabling external
scripts once holds for every later connection, as on a server. As on SQL Server, sp_configure
sets `config_value`; RECONFIGURE makes it the `run_value`, the one that counts.
"""
from __future__ import annotations

from ..errors import TsqlError
from ..results import Result
from .configuration_options import OPTIONS_2022, Option

from ..tsql.catalog import ENGINE_SCHEMA as SCHEMA  # one name, known to the catalog views
TABLE = f"{SCHEMA}.configurations"
EXTERNAL_SCRIPTS = "external scripts enabled"


# name (lower case) -> option: SQL Server 2022's table (configuration_options.py).
OPTIONS = {o.name.lower(): o for o in OPTIONS_2022}
SHOW_ADVANCED = "show advanced options"


def _instance(con) -> str:
    """The file the connection opened: the instance's options live there whichever database is in USE."""
    row = con.execute("SELECT database_name FROM duckdb_databases() WHERE NOT internal ORDER BY database_oid "
                      "LIMIT 1").fetchone()
    return '"' + row[0].replace('"', '""') + '"'


def _table(con) -> str:
    return f"{_instance(con)}.{TABLE}"


def _table_exists(con) -> bool:
    row = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ? "
                      "AND table_catalog = (SELECT database_name FROM duckdb_databases() WHERE NOT internal "
                      "ORDER BY database_oid LIMIT 1)", [SCHEMA, "configurations"]).fetchone()
    return bool(row[0])


def _ensure_table(con) -> None:
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {_instance(con)}.{SCHEMA}")
    con.execute(f"CREATE TABLE IF NOT EXISTS {_table(con)} (name VARCHAR PRIMARY KEY, config_value INTEGER NOT NULL, "
                "run_value INTEGER NOT NULL)")


def _stored(con) -> dict[str, tuple[int, int]]:
    if not _table_exists(con):
        return {}
    return {name: (config, run) for name, config, run in con.execute(f"SELECT name, config_value, run_value FROM {_table(con)}").fetchall()}


def run_value(con, name: str) -> int:
    """The value in force (after the last RECONFIGURE). Asked on every external script call: one query."""
    import duckdb
    try:
        row = con.execute(f"SELECT run_value FROM {_table(con)} WHERE name = ?", [name]).fetchone()
    except duckdb.CatalogException:  # never configured: the table does not exist yet
        row = None
    return row[0] if row else OPTIONS[name.lower()].default


def _find(name: str, advanced_shown: bool) -> Option:
    """The option a name stands for: its whole name, or any part of one (case aside), as SQL Server reads it."""
    wanted = " ".join(name.split()).lower()
    visible = [o for o in OPTIONS.values() if advanced_shown or not o.advanced]
    exact = [o for o in visible if o.name.lower() == wanted]
    matches = exact or [o for o in visible if wanted in o.name.lower()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise TsqlError(f"The configuration option '{name}' is not unique.", number=15125, severity=16)
    raise TsqlError(f"The configuration option '{name}' does not exist, or it may be an advanced option.",
                    number=15123, severity=16)


def _advanced_shown(con) -> bool:
    return bool(run_value(con, SHOW_ADVANCED))


def sp_configure(con, name: str | None = None, value: int | None = None) -> list[Result]:
    """`EXEC sp_configure` lists, `EXEC sp_configure 'name'` shows, `EXEC sp_configure 'name', v` sets."""
    if name is None:
        if value is not None:
            raise TsqlError("Procedure or function 'sp_configure' expects parameter '@configname', which was not supplied.",
                            number=201, severity=16, state=4)
        shown = _advanced_shown(con)
        return [_listing(con, [o for o in OPTIONS.values() if shown or not o.advanced])]
    option = _find(str(name), _advanced_shown(con))
    if value is None:
        return [_listing(con, [option])]
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise TsqlError("Error converting data type varchar to int.", number=8114, severity=16) from None
    if not option.minimum <= number <= option.maximum:
        raise TsqlError(f"'{number}' is not a valid value for configuration option '{option.name}'.",
                        number=15129, severity=16)
    stored = _stored(con)
    old_config, old_run = stored.get(option.name, (option.default, option.default))
    _ensure_table(con)
    con.execute(f"INSERT OR REPLACE INTO {_table(con)} VALUES (?, ?, ?)", [option.name, number, old_run])
    return [Result(message=f"Configuration option '{option.name}' changed from {old_config} to {number}. "
                           "Run the RECONFIGURE statement to install.")]


def reconfigure(con) -> list[Result]:
    """RECONFIGURE [WITH OVERRIDE]: every config_value becomes the run_value."""
    if _table_exists(con):
        con.execute(f"UPDATE {_table(con)} SET run_value = config_value WHERE run_value <> config_value")
    return []


def _listing(con, options: list[Option]) -> Result:
    stored = _stored(con)
    rows = []
    for option in sorted(options, key=lambda o: o.name.lower()):   # alphabetically, as SQL Server lists them
        config, run = stored.get(option.name, (option.default, option.default))
        rows.append((option.name, option.minimum, option.maximum, config, run))
    placeholders = ", ".join(["(?, ?::INTEGER, ?::INTEGER, ?::INTEGER, ?::INTEGER)"] * len(rows))
    frame = con.execute(f"SELECT * FROM (VALUES {placeholders}) AS t(name, minimum, maximum, config_value, run_value)",
                        [v for row in rows for v in row]).df()
    return Result(frame=frame)
