"""What a course run records about itself: in each executed notebook and in `_build/run.json`.

Each executed notebook's metadata gets `sqlml`:

    {"run_id": "20261202T0936Z-3f2a9c", "notebook": "05-modeling", "started_at": "2026-12-02T09:36:12Z",
     "seconds": 8.4, "passed": true, "engine": "embedded", "engine_version": "DuckDB 1.5.5",
     "scale_factor": 0.01, "database": "duckdb:///.../tpcxbb_1gb.duckdb", "cache_key": "..."}

`_build/run.json` describes the run that the executed notebooks (and so the book) come from:
the run's id, start and end, database, engine and its version, scale factor, Python and the main
packages' versions, and `notebooks`: one such record per notebook, in order (a notebook the run
cache reused keeps the record of the run that executed it; a run that executed nothing leaves the
file as it was). A failed notebook's record has `"passed": false` and `"error"`. A partial run against another database
writes the same files under `_build/runs/LABEL/`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
from pathlib import Path
from typing import Any

from .errors import SqlmlError

RUN_FILE = "run.json"
#: The packages whose versions the status page shows.
PACKAGES = ("sqlml", "duckdb", "pandas", "scikit-learn", "sqlglot", "papermill", "jupyter-book", "myst-nb")


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def engine_version(url: str) -> tuple[str, str]:
    """The engine a URL names and its version: DuckDB's, or SQL Server's @@VERSION (first line)."""
    from .connection import url_scheme

    if url_scheme(url) == "duckdb":
        import duckdb

        return "embedded", f"DuckDB {duckdb.__version__}"
    from .connection import connect

    try:
        with connect(url) as db:
            return "sqlserver", str(db.scalar("SELECT @@VERSION AS version") or "").splitlines()[0].strip()
    except SqlmlError:
        return "sqlserver", "unknown"


def package_versions() -> dict[str, str]:
    from importlib import metadata

    found = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def write_run_file(folder: Path, run: dict[str, Any]) -> Path:
    path = folder / RUN_FILE
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        partial.write_text(json.dumps(run, indent=1) + "\n", encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def read_run_file(folder: Path) -> dict[str, Any] | None:
    try:
        return json.loads((folder / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def check_one_run(executed: list[Path]) -> None:
    """Refuse executed notebooks that come from runs against different data (database, scale factor).

    The message names the notebooks of each group, so the reader sees which differ.
    """
    from .run_cache import read_record

    groups: dict[tuple, list[str]] = {}
    for path in executed:
        record = read_record(path) or {}
        origin = (record.get("database"), record.get("scale_factor"), record.get("engine"))
        groups.setdefault(origin, []).append(path.stem)
    if len(groups) <= 1:
        return
    parts = []
    for (database, scale, _engine), names in groups.items():
        where = (f"scale factor {float(scale):g} on {database}" if database is not None
                 else "a run that recorded no database (an older sqlml)")
        parts.append(f"{', '.join(names)} from {where}")
    raise SqlmlError("The executed notebooks come from different runs, so one book would mix them: "
                     + "; ".join(parts) + ". Run `sqlml run` to execute the course against one database, "
                     "then `sqlml book`.")
