"""Checks a notebook runs before it starts: is what an earlier module made really there?

    from sqlml.checkpoints import require
    require(db, table="dbo.customer_clusters", made_by="05-modeling")

A missing prerequisite raises PrerequisiteMissing with one line that names the notebook to run
first. The checks are plain T-SQL through the Database API, so they work on both engines.

Each notebook also calls `begin(db, "05-modeling")` in its first cells and `passed(db, "05-modeling")`
in its checkpoint: the database records the course's phase (`sqlml.state`), and a notebook refuses a
database whose data is no longer the data it is meant to see (08-retraining moved the new sales
into dbo) with one line that names the command that restores it.
"""
from __future__ import annotations

import math
import numbers
import re
from typing import TYPE_CHECKING, Any

from .errors import CoursePhaseError, SqlmlError

if TYPE_CHECKING:
    from .connection import Database

__all__ = ["DATA_TABLES", "CoursePhaseError", "ParameterError", "PrerequisiteMissing", "begin", "passed", "require",
           "require_data", "require_parameters"]

#: The tables `sqlml data` loads that every module from 03 on reads.
DATA_TABLES = ("dbo.customer", "dbo.store_sales", "dbo.store_returns")

# schema.table or table, plain identifiers: the name is put into T-SQL text, so nothing else passes.
_TABLE_NAME = re.compile(r"^(?:[A-Za-z_][A-Za-z0-9_]*\.)?[A-Za-z_#][A-Za-z0-9_]*$")


class PrerequisiteMissing(SqlmlError):
    """Something an earlier module makes is not in the database yet."""

    def __init__(self, what: str, made_by: str) -> None:
        self.what = what
        self.made_by = made_by
        super().__init__(f"{what}: run {made_by} first (then this notebook again).")


def require(db: "Database", *, table: str, made_by: str, min_rows: int = 1, where: str | None = None) -> int:
    """Check that `table` exists and holds at least `min_rows` rows (matching `where`, if given).

    `where` is a T-SQL condition written by the notebook's author, such as "is_champion = 1".
    Returns the number of rows found, so a checkpoint can also print or glue it.
    """
    if not _TABLE_NAME.match(table):
        raise ValueError(f"require() takes a table as schema.name, such as dbo.customer_clusters; got {table!r}.")
    if not db.table_exists(table):
        raise PrerequisiteMissing(f"{table} is missing", made_by)
    query = f"SELECT COUNT(*) AS row_count FROM {table}" + (f" WHERE {where}" if where else "")
    rows = int(db.scalar(query) or 0)
    if rows < min_rows:
        which = f" with {where}" if where else ""
        if rows == 0:
            raise PrerequisiteMissing(f"{table} has no rows{which}", made_by)
        raise PrerequisiteMissing(f"{table} has {rows} rows{which}, fewer than the {min_rows} needed", made_by)
    return rows


def require_data(db: "Database") -> None:
    """Check that the course data is loaded: the tables `sqlml data` makes, each with rows."""
    for table in DATA_TABLES:
        require(db, table=table, made_by="`sqlml data` (or 03-business-understanding)")


class ParameterError(SqlmlError):
    """A notebook parameter (set in its parameters cell or injected by papermill) has the wrong type."""


def require_parameters(*, database_url: Any, scale_factor: Any) -> None:
    """Check the values of a notebook's parameters cell before anything uses them.

    papermill turns `-p scale_factor abc` into the string 'abc' and `-p database_url 5` into the
    integer 5; without this check the first would pass unnoticed in most modules.
    """
    if database_url is not None and not isinstance(database_url, str):
        raise ParameterError(
            f"Parameter database_url must be a database URL (a string such as duckdb:///data/tpcxbb_1gb.duckdb) "
            f"or None, not {database_url!r} ({type(database_url).__name__}): fix the parameters cell, or pass "
            "-p database_url with a URL to papermill.")
    number = isinstance(scale_factor, numbers.Real) and not isinstance(scale_factor, bool)
    if not (number and math.isfinite(scale_factor) and scale_factor > 0):
        raise ParameterError(
            f"Parameter scale_factor must be a number above 0 (such as 0.01 or 1), not {scale_factor!r} "
            f"({type(scale_factor).__name__}): fix the parameters cell, or pass -p scale_factor 0.01 to papermill.")


#: Notebooks that read the course data in dbo as it stood before retraining; 08 moves the new data in.
BEFORE_RETRAINING = ("03-business-understanding", "04-data-understanding", "05-modeling", "06-deployment",
                     "07-acceptance", "08-retraining")


def begin(db: "Database", notebook: str) -> None:
    """A notebook's first check: refuse a database past this notebook's phase, then record the start.

    Modules 03 to 07 may be run again as often as a learner likes while dbo holds the data from
    before the cutoff; once 08-retraining moved the new sales into dbo they would read (and 05
    would train on) data they are not meant to see, and 08 itself has nothing left to move.
    """
    from . import state

    if notebook in BEFORE_RETRAINING:
        phase, run = state.current_phase(db)
        if phase == "retrained":
            by = f" in run {run}" if run else ""
            from .connection import resolve_url
            from .data import _redact

            where = "" if db.url == resolve_url(None) else f" --database {_redact(db.url)}"
            raise CoursePhaseError(
                f"This database is past {notebook}: 08-retraining already moved the new data into dbo{by}, so "
                f"{notebook} would work on data it is not meant to see. Run `sqlml run --from {notebook}{where}` "
                "(it restores the data from before retraining and runs the course on from there).")
    state.record(db, notebook, "started")


def passed(db: "Database", notebook: str) -> None:
    """A notebook's checkpoint passed: record the phase it reached (with the run's id).

    On the embedded engine the file is let go (and so checkpointed) too, so that a copy of the
    `.duckdb` file holds the module's work even while this notebook's kernel stays up.
    """
    from . import state

    state.record(db, notebook, "passed")
    release = getattr(db, "release", None) if db.engine == "embedded" else None
    if release is not None:
        release()  # the embedded engine checkpoints the file as it lets it go
