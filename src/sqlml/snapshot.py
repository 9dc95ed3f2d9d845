"""The pristine snapshot of the loaded course data: starting the course again costs a file copy.

`sqlml data` builds the embedded database in a file of its own, checkpoints and closes it, and
keeps a byte copy of it beside the course database before the notebooks change anything:
`data/tpcxbb_1gb.duckdb.snapshot` for `data/tpcxbb_1gb.duckdb`. `restore_snapshot` puts that copy
back in place of the database, which is what regenerating the data would give, in a fraction of
the time (benchmarks/README.md). The snapshot takes as much disk as the freshly loaded database.

Only the embedded engine has one: on SQL Server, `restore_snapshot` says no (returns False) and
the caller loads the data again with `ensure_data(..., force=True)`.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

from .errors import DataError
from .files import (explain_write_failure, is_write_failure, remove_database_file, remove_leftovers,
                    temporary_path)

SNAPSHOT_SUFFIX = ".snapshot"
def snapshot_path(database: Path) -> Path:
    """Where the snapshot of the database file `database` lives."""
    return database.with_name(database.name + SNAPSHOT_SUFFIX)


def keep_snapshot(built: Path, database: Path) -> Path:
    """Copy the freshly built, checkpointed and closed file `built` aside as `database`'s snapshot.

    Written under a temporary name first; `publish_snapshot` gives it its name once the database
    itself is in place, so a snapshot never holds data other than what its database was loaded with.
    """
    staged = temporary_path(snapshot_path(database))
    shutil.copyfile(built, staged)
    return staged


def publish_snapshot(staged: Path, database: Path) -> None:
    os.replace(staged, snapshot_path(database))


def drop_snapshot(database: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        snapshot_path(database).unlink()


def snapshot_metadata(database: Path) -> dict[str, Any] | None:
    """The load's record (scale factor, cutoff, ...) in the snapshot of `database`; None if it has none.

    A damaged snapshot, or one this DuckDB cannot read, counts as none.
    """
    import duckdb

    from .tpcds import METADATA_TABLE

    snapshot = snapshot_path(database)
    if not snapshot.is_file():
        return None
    try:
        with duckdb.connect(str(snapshot), read_only=True) as connection:
            cursor = connection.execute(f"SELECT * FROM {METADATA_TABLE} ORDER BY loaded_at DESC LIMIT 1")
            names = [column[0] for column in cursor.description]
            row = cursor.fetchone()
    except duckdb.Error:
        return None
    return dict(zip(names, row)) if row else None


def restore_snapshot(database_url: str | None = None, *, scale_factor: Any = None, cutoff: Any = None) -> bool:
    """Put the pristine copy of the loaded data back in place of the course database.

    Contract (the course calls this whenever it must start again from the loaded data):

    - Returns True when the database file now holds exactly what `sqlml data` loaded (the file is
      replaced in one rename and its write-ahead log removed; procedures, models, moved rows and
      everything else done since are gone, as after a reload).
    - Returns False, changing nothing, when there is no usable snapshot: a SQL Server URL, an
      in-memory database, no snapshot yet (a database loaded by an older sqlml), a damaged one, or
      one whose scale factor or cutoff differs from `scale_factor` / `cutoff` when these are given.
      The caller then loads the data with `ensure_data(database_url, scale_factor, force=True)`,
      which makes a new snapshot.
    - Raises ConnectError when another process holds the database file open (the message names
      it), and DataError with one line when the file cannot be written (full disk, read-only
      folder); the database is then left as it was.

    `database_url` is resolved like `sqlml.connect`'s (None: SQLML_DATABASE_URL, else the default).
    Close this process's own connections to the database first.
    """
    from .connection import resolve_url, url_scheme
    from .tpcds import same_data

    url = resolve_url(database_url)
    if url_scheme(url) != "duckdb":
        return False
    from .engines.embedded import check_not_in_use, database_path

    database = database_path(url)
    if database is None:
        return False
    remove_leftovers(database.parent, database.name)
    recorded = snapshot_metadata(database)
    if recorded is None:
        return False
    if scale_factor is not None or cutoff is not None:
        wanted_scale = recorded["scale_factor"] if scale_factor is None else scale_factor
        wanted_cutoff = recorded["cutoff_date"] if cutoff is None else cutoff
        from .tpcds import validate_cutoff, validate_scale_factor
        if not same_data(recorded, validate_scale_factor(wanted_scale), validate_cutoff(wanted_cutoff)):
            return False
    check_not_in_use(url)
    staged = temporary_path(database)
    try:
        shutil.copyfile(snapshot_path(database), staged)
        remove_database_file(database, keep_main=True)  # the old log must not be replayed onto the copy
        os.replace(staged, database)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        if is_write_failure(error):
            raise DataError(explain_write_failure(database, error)) from None
        raise
    return True


def describe(metadata: dict[str, Any]) -> str:
    cutoff = metadata.get("cutoff_date")
    shown = cutoff.isoformat() if isinstance(cutoff, dt.date) else str(cutoff)
    return f"scale factor {float(metadata['scale_factor']):g}, cutoff {shown}"


__all__ = ["SNAPSHOT_SUFFIX", "remove_leftovers", "restore_snapshot", "snapshot_metadata", "snapshot_path"]
