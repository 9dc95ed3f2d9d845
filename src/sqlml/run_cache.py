"""The run cache of `sqlml run`, in the spirit of jupyter-cache: execute a notebook only when needed.

A notebook's cache key is a SHA-256 over

- the key of the notebook before it (the first one starts from the data's key: scale factor,
  cutoff, generator version, and the sqlml version),
- its code cells' sources (prose is not in the key), and
- its parameters (the database URL and the scale factor).

So an edit to 06's code changes the keys of 06, 07 and 08, and only they run again; an edit to
prose changes no key and only the book is built again, with the new prose merged around the
outputs already there.

The key lives in two places: in the executed notebook (`_build/executed/NAME.ipynb`, metadata
`sqlml.cache_key`), and in the database, which records the key of the last notebook that passed
in it (`sqlml.state`). An executed copy is reused when its key is the current one. For the
notebooks that must run, the database must be in the state the first of them starts from: if it is
not, the database file saved after that notebook's predecessor (`_build/cache/KEY.duckdb`, embedded
engine only, one file per notebook of the current keys) is restored.
"""
from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from .paths import build_dir

METADATA_KEY = "sqlml"


def cache_dir() -> Path:
    return build_dir() / "cache"


def data_key(metadata: dict[str, Any], url: str) -> str:
    """The key of the loaded data (the state before the first notebook) in database `url`."""
    from . import __version__

    identity = {"scale_factor": float(metadata["scale_factor"]), "cutoff": str(metadata["cutoff_date"])[:10],
                "generator_version": str(metadata.get("generator_version")), "sqlml": __version__,
                "database": database_identity(url)}
    return _sha(json.dumps(identity, sort_keys=True))


def database_identity(url: str) -> str:
    """What of the URL the keys depend on: the engine and the database's name (for a file, its name,
    so a course folder that moved keeps its cache); never a password."""
    scheme = url.partition("://")[0]
    if scheme == "duckdb":
        return f"duckdb:{Path(url.partition(':///')[2]).name}"
    from .data import _redact

    return _redact(url)


def code_of(notebook: Path) -> list[str]:
    """The sources of a notebook's code cells, in order (what the key covers)."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [_text(cell.get("source", "")) for cell in cells if cell.get("cell_type") == "code"]


def notebook_keys(sources: list[Path], start_key: str, parameters: dict[str, Any]) -> dict[str, str]:
    """Each notebook's key, chained from `start_key` in the order given."""
    keys: dict[str, str] = {}
    previous = start_key
    for source in sources:
        previous = _sha(json.dumps({"after": previous, "code": code_of(source), "parameters": parameters},
                                   sort_keys=True, default=str))
        keys[source.stem] = previous
    return keys


def executed_key(executed: Path) -> str | None:
    """The cache key an executed notebook was made with (None: none, or it did not pass)."""
    record = read_record(executed)
    if not record or not record.get("passed"):
        return None
    return record.get("cache_key")


def read_record(executed: Path) -> dict[str, Any] | None:
    """The `sqlml` metadata of an executed notebook (run id, timing, engine, key), or None."""
    if not executed.is_file():
        return None
    try:
        return json.loads(executed.read_text(encoding="utf-8")).get("metadata", {}).get(METADATA_KEY)
    except (OSError, ValueError):
        return None


def refresh_prose(source: Path, executed: Path) -> bool:
    """Put the source's current cells around the executed copy's outputs; True if the copy changed.

    The code cells are the same (the key says so); markdown cells may have been edited, added or
    removed. The cell papermill injected after the parameters cell is kept in its place.
    """
    fresh = json.loads(source.read_text(encoding="utf-8"))
    done = json.loads(executed.read_text(encoding="utf-8"))
    injected = [c for c in done["cells"] if "injected-parameters" in c.get("metadata", {}).get("tags", [])]
    ran = [c for c in done["cells"] if c.get("cell_type") == "code" and c not in injected]
    code = iter(ran)
    cells = []
    for cell in fresh["cells"]:
        if cell.get("cell_type") == "code":
            old = next(code, None)
            if old is None:
                return False  # not the same code after all: leave it, the key decides
            merged = copy.deepcopy(old)
            merged["source"] = cell["source"]
            cells.append(merged)
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                cells.extend(injected)
        else:
            cells.append(cell)
    if _prose(cells) == _prose(done["cells"]):
        return False
    done["cells"] = cells
    _write_json(executed, done)
    return True


def tag_executed(executed: Path, record: dict[str, Any]) -> None:
    """Write the run's record (run id, timing, engine, scale factor, key) into the notebook's metadata."""
    notebook = json.loads(executed.read_text(encoding="utf-8"))
    notebook.setdefault("metadata", {})[METADATA_KEY] = record
    _write_json(executed, notebook)


# -- database files saved after each notebook (embedded engine) ------------------------------------
def saved_state(key: str) -> Path:
    return cache_dir() / f"{key}.duckdb"


def save_state(database: Path, key: str) -> None:
    """Copy the (checkpointed, closed) database file as the state after the notebook of `key`."""
    target = saved_state(key)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        shutil.copyfile(database, partial)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def restore_state(key: str, database: Path) -> None:
    """Put the saved state `key` in place of `database` (its WAL, if any, goes: it belongs to the old file)."""
    partial = database.with_name(f"{database.name}.tmp-{os.getpid()}")
    try:
        shutil.copyfile(saved_state(key), partial)
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + ".wal").unlink()
        os.replace(partial, database)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def prune_states(keep: set[str]) -> None:
    """Remove the saved states no current key names (an edit made them unreachable)."""
    if not cache_dir().is_dir():
        return
    for path in cache_dir().glob("*.duckdb"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)


def _prose(cells: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The order of the cells and the text of the markdown ones (what a prose edit changes)."""
    return [(c.get("cell_type", ""), _text(c.get("source", "")) if c.get("cell_type") != "code" else "") for c in cells]


def _text(source: Any) -> str:
    return "".join(source) if isinstance(source, list) else str(source)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_json(path: Path, notebook: dict[str, Any]) -> None:
    partial = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        partial.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(partial, path)
    finally:  # interrupted half-way: no hidden file is left beside the notebooks
        partial.unlink(missing_ok=True)
