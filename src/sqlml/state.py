"""The course's state, kept in the database it describes: which phase it reached, and by which run.

    from sqlml import state
    state.record(db, "05-modeling", "passed")       # a notebook's checkpoint passed
    state.current_phase(db)                          # "modeled"
    state.last_event(db)                             # the newest row: what the database holds now

`[dbo].[sqlml_course_state]` gets one row per event: a notebook `started` (its first cells) or
`passed` (its checkpoint), and the data `loaded`. Each row names the notebook, the phase it reached,
the run (`SQLML_RUN_ID`, set by `sqlml run`; a notebook run by hand in Jupyter gets `by-hand-...`)
and, for `sqlml run`, the notebook's cache key. Rows older than the data's load time
(`dbo.sqlml_metadata.loaded_at`) no longer count: on SQL Server a reload keeps this table.

The phases, in order: loaded (sqlml data), modeled (05), deployed (06), accepted (07),
retrained (08). Everything here is T-SQL through the Database API, so it runs on both engines.
"""
from __future__ import annotations

import datetime as dt
import os
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .connection import Database

STATE_TABLE = "[dbo].[sqlml_course_state]"
STATE_TABLE_NAME = "dbo.sqlml_course_state"
RUN_ID_VARIABLE = "SQLML_RUN_ID"
CACHE_KEY_VARIABLE = "SQLML_CACHE_KEY"

PHASES = ("loaded", "modeled", "deployed", "accepted", "retrained")
#: The phase a notebook's passing checkpoint reaches.
PHASE_OF_NOTEBOOK = {"05-modeling": "modeled", "06-deployment": "deployed", "07-acceptance": "accepted",
                     "08-retraining": "retrained"}

_CREATE = f"""
IF OBJECT_ID(N'{STATE_TABLE_NAME}', N'U') IS NULL
CREATE TABLE {STATE_TABLE} (
    [event]      NVARCHAR(10)  NOT NULL,
    [notebook]   NVARCHAR(100) NULL,
    [phase]      NVARCHAR(20)  NULL,
    [run_id]     NVARCHAR(80)  NOT NULL,
    [cache_key]  NVARCHAR(64)  NULL,
    [detail]     NVARCHAR(400) NULL,
    [at]         DATETIME2     NOT NULL
)
"""


@dataclass(frozen=True)
class Event:
    event: str
    notebook: str | None
    phase: str | None
    run_id: str
    cache_key: str | None
    detail: str | None
    at: dt.datetime


def new_run_id() -> str:
    """A run's id: when it started (UTC) and a few random letters, such as 20261202T0936Z-3f2a9c."""
    return f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def current_run_id() -> str:
    """The id of the run this process belongs to: `sqlml run`'s, else one for a run by hand."""
    return os.environ.get(RUN_ID_VARIABLE) or f"by-hand-{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%SZ}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def record(db: "Database", notebook: str | None, event: str, *, phase: str | None = None,
           detail: str | None = None, run_id: str | None = None) -> None:
    """Add one event. `passed` takes the notebook's phase (if it has one) and `sqlml run`'s cache key."""
    if event not in ("started", "passed", "loaded"):
        raise ValueError(f"event must be started, passed or loaded; got {event!r}")
    if phase is None and event == "passed":
        phase = PHASE_OF_NOTEBOOK.get(notebook or "")
    if event == "loaded":
        phase = "loaded"
    key = os.environ.get(CACHE_KEY_VARIABLE) if event == "passed" else None
    db.execute(_CREATE)
    db.execute(f"INSERT INTO {STATE_TABLE} ([event], [notebook], [phase], [run_id], [cache_key], [detail], [at]) "
               "VALUES (@event, @notebook, @phase, @run_id, @cache_key, @detail, @at)",
               {"event": event, "notebook": notebook, "phase": phase, "run_id": run_id or current_run_id(),
                "cache_key": key, "detail": detail, "at": _now()})


def events(db: "Database") -> list[Event]:
    """The events since the data was loaded, oldest first."""
    if not db.table_exists(STATE_TABLE_NAME):
        return []
    frame = db.query(f"SELECT [event], [notebook], [phase], [run_id], [cache_key], [detail], [at] "
                     f"FROM {STATE_TABLE} ORDER BY [at], [run_id]")
    loaded_at = _loaded_at(db)
    found = []
    for row in frame.astype(object).where(frame.notna(), None).itertuples(index=False):
        at = row.at.to_pydatetime() if hasattr(row.at, "to_pydatetime") else row.at
        if loaded_at is not None and at < loaded_at:
            continue  # from before the data was loaded again (SQL Server keeps this table)
        found.append(Event(row.event, row.notebook, row.phase, row.run_id, row.cache_key, row.detail, at))
    return found


def _loaded_at(db: "Database") -> dt.datetime | None:
    from .data import METADATA_TABLE

    if not db.table_exists(METADATA_TABLE):
        return None
    value = db.scalar(f"SELECT MAX(loaded_at) AS loaded_at FROM {METADATA_TABLE}")
    if value is None:
        return None
    return value.to_pydatetime() if hasattr(value, "to_pydatetime") else value


def last_event(db: "Database") -> Event | None:
    found = events(db)
    return found[-1] if found else None


def new_data_moved(db: "Database") -> bool:
    """Whether 08-retraining already moved the staged sales into dbo (a fact, recorded or not)."""
    if not db.table_exists("staging.store_sales"):
        return False
    return int(db.scalar("SELECT COUNT(*) AS staged FROM staging.store_sales") or 0) == 0


def current_phase(db: "Database") -> tuple[str | None, str | None]:
    """The furthest phase the database reached and the run that reached it ((None, None): no data).

    The recorded events decide, except that staged sales moved into dbo mean `retrained` whoever
    moved them (08 run by hand before this table existed, or a `sqlml retrain`).
    """
    from .data import METADATA_TABLE

    if not db.table_exists(METADATA_TABLE):
        return None, None
    phase, run = "loaded", None
    for event in events(db):
        if event.phase in PHASES and PHASES.index(event.phase) >= PHASES.index(phase):
            phase, run = event.phase, event.run_id
    if phase != "retrained" and new_data_moved(db):
        phase, run = "retrained", None
    return phase, run


def peek(path) -> tuple[dict, Event | None] | None:
    """The data's metadata and the last event of an embedded database file, read without the T-SQL
    layer (a read-only DuckDB connection: what `sqlml run` checks first, so a rerun with nothing to
    do stays quick). None when that cannot answer (no file, a write-ahead log to replay, the file
    in use, an older layout): the caller then asks through `sqlml.connect`."""
    import duckdb

    if not path.exists() or path.with_name(path.name + ".wal").exists():
        return None
    try:
        connection = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'dbo' AND database_name = current_database()"
        ).fetchall()}
        if "sqlml_metadata" not in tables:
            return None
        cursor = connection.execute('SELECT * FROM "dbo"."sqlml_metadata" ORDER BY "loaded_at" DESC LIMIT 1')
        row = cursor.fetchone()
        if row is None:
            return None
        metadata = dict(zip([d[0] for d in cursor.description], row))
        if not {"scale_factor", "cutoff_date", "loaded_at"} <= set(metadata):
            return None
        last = None
        if "sqlml_course_state" in tables:
            # No bound parameter: binding one makes DuckDB import pandas (seconds on a loaded machine).
            found = connection.execute(
                'SELECT "event", "notebook", "phase", "run_id", "cache_key", "detail", "at" '
                'FROM "dbo"."sqlml_course_state" WHERE "at" >= (SELECT MAX("loaded_at") FROM "dbo"."sqlml_metadata") '
                'ORDER BY "at" DESC, "run_id" DESC LIMIT 1').fetchone()
            last = Event(*found) if found else None
        return metadata, last
    except duckdb.Error:
        return None
    finally:
        connection.close()


__all__ = ["PHASES", "PHASE_OF_NOTEBOOK", "STATE_TABLE", "Event", "current_phase", "current_run_id", "events",
           "last_event", "new_data_moved", "new_run_id", "peek", "record"]
