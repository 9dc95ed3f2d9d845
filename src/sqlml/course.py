"""Run the course: make the data, execute the notebooks in order with papermill, build the book.

    run_course()            # what `sqlml run` does
    build_book()            # what `sqlml book` does

The notebook sources in `content/` are never written to. Each notebook executes into
`_build/executed/` (`sqlml.executor`); the run cache (`sqlml.run_cache`) decides which notebooks
must run, and the run's record (`sqlml.run_record`) says which run made each. The book is built
from those executed notebooks with execution off and warnings as errors.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Callable, Sequence

from .book import (BOOK_SOURCE_DIRS, BOOK_SOURCE_FILES, _toc_documents, book_pages, build_book,  # noqa: F401
                   build_book_if_changed, stage_book_sources)
from .paths import (NOTEBOOK_PATTERN, content_dir, executed_dir, generated_dir, html_dir,  # noqa: F401
                    notebooks)
from .book import echo_line as _print, show_path as _show
from .errors import SqlmlError
from .executor import KERNEL_NAME, NotebookFailed, execute_notebook, one_line as _one_line  # noqa: F401
from .glue import GLUE_PREFIX, glue, glued  # noqa: F401  (the notebooks import them from here)
from .interrupts import INTERRUPTED, taken_over_by
from .paths import build_dir


def saved_state_dir() -> Path:
    """Where `sqlml run` keeps the database as each notebook left it (the run cache, embedded engine)."""
    from .run_cache import cache_dir

    return cache_dir()


def select_notebooks(only: str | None) -> list[Path]:
    """All notebooks, or the one `only` names (`05-modeling`, `05-modeling.ipynb` or `05`)."""
    every = notebooks()
    if not only:
        return every
    wanted = Path(only).name.removesuffix(".ipynb")
    matches = [p for p in every if p.stem == wanted or p.stem.split("-", 1)[0] == wanted]
    if not matches:
        names = ", ".join(p.stem for p in every)
        raise SqlmlError(f"No notebook named {only!r}: choose one of {names}.")
    return matches


def run_course(database_url: str | None = None, scale_factor: float = 1.0, only: str | None = None,
               build: bool = True, *, echo: Callable[[str], None] | None = None, force: bool = False,
               start_from: str | None = None) -> list[tuple[str, float]]:
    """Make the data if missing, execute the notebooks that need it, then build the book.

    A notebook runs only when its code, its parameters, the data it starts from or a notebook
    before it changed (`sqlml.run_cache`); `force` runs them all, `start_from` runs that notebook and
    the ones after it, on the database as the notebook before it left it. `only` runs one notebook
    on the database as it is. Stops at the first notebook that fails (NotebookFailed names it, the
    cell and the error). Returns each executed notebook's name and run time in seconds.
    """
    echo = echo or _print
    if not (isinstance(scale_factor, (int, float)) and scale_factor > 0):
        raise SqlmlError(f"scale factor must be a number above 0, such as 0.01 or 1; got {scale_factor!r}")
    if only and start_from:
        raise SqlmlError("Give --only or --from, not both: --only runs one notebook, --from runs it and the "
                         "ones after it.")
    selected = select_notebooks(only)
    every = notebooks()
    start = every.index(select_notebooks(start_from)[0]) if start_from else None

    from .connection import resolve_url

    url = resolve_url(database_url)
    run = CourseRun(url, float(scale_factor), echo)
    started = time.perf_counter()
    echo(f"Run {run.run_id}: checking the course data (scale factor {scale_factor:g})...")
    run.ensure_data()
    echo(f"Data ready in {time.perf_counter() - started:.1f} s.")

    if only:
        timings = run.execute_only(selected[0], every, database_url)
    else:
        timings = run.execute_all(every, database_url, force=force, start=start)
    figures = build_dir() / "figures.json"
    if run.output_dir == executed_dir() and (timings or not figures.exists()):
        from .figures import write_figures  # the run's figures, for `sqlml parity` (unchanged if nothing ran)
        write_figures(database_url, scale_factor, echo=echo)
        seal_database(url)
    if build and run.output_dir == executed_dir():
        echo("Building the book...")
        began = time.perf_counter()
        index, rebuilt = build_book_if_changed()
        echo(f"Book {'built' if rebuilt else 'unchanged'} in {time.perf_counter() - began:.1f} s: {_show(index)}")
    echo(f"Course run finished in {time.perf_counter() - started:.1f} s.")
    return timings


def new_data_already_moved(database_url: str | None) -> bool:
    """Whether the staged sales were moved into dbo already (08-retraining ran on this database)."""
    from .connection import connect
    from .state import new_data_moved

    with connect(database_url) as db:
        return new_data_moved(db)


def seal_database(url: str) -> None:
    """Leave an embedded database checkpointed and closed: no write-ahead log beside the file.

    A notebook's kernel may end without closing its connection; its WAL then holds the notebook's
    work. Opening the file replays the log, CHECKPOINT writes it into the file, and closing removes
    it, so the `.duckdb` file alone holds everything (a copy or a backup of it loses nothing).
    Nothing happens for SQL Server, a missing file or a file another process holds.
    """
    from .connection import database_file

    path = database_file(url)
    if path is None or not path.exists() or not path.with_name(path.name + ".wal").exists():
        return  # SQL Server, or no write-ahead log: the file holds everything already
    from .engines.embedded import EmbeddedDatabase
    try:
        db = EmbeddedDatabase(url)
    except SqlmlError:
        return  # held by another process, or unreadable: the command that opens it next says so
    try:
        db.connection.execute("CHECKPOINT")
    finally:
        db.close()


class CourseRun:
    """One `sqlml run`: its id, its database, and the records it writes (`sqlml.run_record`)."""

    def __init__(self, url: str, scale_factor: float, echo: Callable[[str], None]) -> None:
        from .data import _redact
        from .run_record import engine_version, package_versions, utc_now
        from .state import new_run_id

        self.url, self.scale_factor, self.echo = url, scale_factor, echo
        self.run_id = new_run_id()
        self.shown = _redact(url)
        self.engine, self.engine_version = engine_version(url)
        self.output_dir = executed_dir()
        self.record: dict = {"run_id": self.run_id, "started_at": utc_now(), "finished_at": None,
                             "database": self.shown, "engine": self.engine, "engine_version": self.engine_version,
                             "scale_factor": scale_factor, "versions": package_versions(), "notebooks": []}
        self.data_key = ""
        self._last_event: tuple | None = None  # (last state event,) while known to be current

    # -- the data ----------------------------------------------------------------------------------
    def ensure_data(self) -> None:
        """Load the data unless it is there at this scale factor (quietly: no "nothing to do")."""
        from .data import ensure_data, read_metadata_at
        from .tpcds import DEFAULT_CUTOFF, same_data
        from .run_cache import data_key

        current = self._read_state()
        if current and same_data(current, self.scale_factor, DEFAULT_CUTOFF):
            self.echo(f"The course data is loaded (scale factor {self.scale_factor:g}, cutoff "
                      f"{DEFAULT_CUTOFF.isoformat()}).")
        else:
            ensure_data(self.url, scale_factor=self.scale_factor)
            current = read_metadata_at(self.url)
            self._record_loaded()
        self.data_key = data_key(current, self.url)

    def _read_state(self):
        """The data's metadata and the database's last state event, through one connection (a rerun
        with nothing to do opens the database once)."""
        from .connection import connect, database_file, url_scheme
        from .data import read_metadata, read_metadata_at
        from .state import last_event

        if url_scheme(self.url) != "duckdb":
            return read_metadata_at(self.url)
        path = database_file(self.url)
        if path is None or not path.exists():
            return None
        from .state import peek

        quick = peek(path)
        if quick is not None:
            self._last_event = (quick[1],)
            return quick[0]
        with connect(self.url) as db:
            current = read_metadata(db)
            if current:
                self._last_event = (last_event(db),)
        return current

    def _record_loaded(self) -> None:
        from .connection import connect
        from .state import record

        with connect(self.url) as db:
            record(db, None, "loaded", detail=f"scale factor {self.scale_factor:g}", run_id=self.run_id)
        seal_database(self.url)
        self._last_event = None

    def reload_data(self) -> None:
        """Start again from the loaded data: `sqlml data`'s snapshot, else the data loaded anew."""
        from .data import ensure_data
        from .snapshot import restore_snapshot

        self._last_event = None
        if restore_snapshot(self.url, scale_factor=self.scale_factor):
            self.echo("Restored the database as `sqlml data` loaded it (from its snapshot).")
            return
        self.echo("No saved state of the database to start from: loading the data again...")
        ensure_data(self.url, scale_factor=self.scale_factor, force=True)
        self._record_loaded()

    def database_key(self) -> str | None:
        """The cache key of the state the database is in (None: unknown, e.g. a notebook ran by hand)."""
        from .connection import connect
        from .state import last_event

        if self._last_event is not None:  # read with the metadata, nothing changed since
            last = self._last_event[0]
        else:
            with connect(self.url) as db:
                last = last_event(db)
        if last is None or last.event == "loaded":
            return self.data_key
        return last.cache_key if last.event == "passed" else None

    # -- executing -----------------------------------------------------------------------------------
    def execute_all(self, every: list[Path], database_url: str | None, *, force: bool,
                    start: int | None) -> list[tuple[str, float]]:
        from .connection import database_file
        from .run_cache import executed_key, notebook_keys, prune_states, restore_state, saved_state

        keys = notebook_keys(every, self.data_key, self.parameters())
        chain = [self.data_key] + [keys[s.stem] for s in every]
        first = len(every)
        for index, source in enumerate(every):
            fresh = executed_key(self.output_dir / source.name) == keys[source.stem]
            if force or (start is not None and index >= start) or not fresh:
                first = index
                break
        path = database_file(self.url)
        at = self.database_key()
        if at != chain[first]:
            # Go back to the latest state at or before `first` that is saved (or the database is in).
            back = first
            while back > 0 and at != chain[back] and not (path and saved_state(chain[back]).exists()):
                back -= 1
            if back < first:
                self.echo(f"No saved state of the database after {every[back - 1].stem if back else 'the load'} "
                          f"for {every[first].stem}: running from {every[back].stem}.")
            first = back
            if at == chain[first]:
                pass
            elif path is not None and saved_state(chain[first]).exists():
                self._ensure_free(path)
                self._last_event = None
                try:
                    restore_state(chain[first], path)
                except OSError as error:
                    from .files import explain_write_failure
                    raise SqlmlError(explain_write_failure(path, error)) from None
                after = every[first - 1].stem if first else "the data was loaded"
                self.echo(f"Restored the database as it was after {after} (saved by an earlier run).")
            else:
                self.reload_data()
        if path is not None and 0 < first < len(every) and not saved_state(chain[first]).exists():
            seal_database(self.url)
            self._save(path, chain[first])

        timings: list[tuple[str, float]] = []
        total = len(every)
        for index, source in enumerate(every, start=1):
            executed = self.output_dir / source.name
            if index - 1 < first:
                from .run_cache import read_record, refresh_prose

                previous = read_record(executed) or {}
                refreshed = refresh_prose(source, executed)
                self.record["notebooks"].append(previous)
                self.echo(f"[{index}/{total}] {source.stem}: unchanged, reused (run {previous.get('run_id')})"
                          + ("; its prose was updated" if refreshed else ""))
                continue
            self.echo(f"[{index}/{total}] {source.stem} ...")
            seconds, produced = self.execute(source, database_url, keys[source.stem],
                                             (path, keys[source.stem]) if path is not None else None)
            timings.append((source.stem, seconds))
            self.echo(f"[{index}/{total}] {source.stem} done in {seconds:.1f} s -> {_show(produced)}")
        if path is not None:
            prune_states(set(chain))
        self.finish()
        return timings

    def execute_only(self, source: Path, every: list[Path], database_url: str | None) -> list[tuple[str, float]]:
        """Run one notebook on the database as it is; against other data than the book's, elsewhere."""
        from .run_cache import notebook_keys
        from .run_record import read_run_file

        if self._other_data():
            label = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{Path(self.shown).stem}-sf{self.scale_factor:g}")
            self.output_dir = build_dir() / "runs" / label / "executed"
            self.echo(f"{self.shown} at scale factor {self.scale_factor:g} is not the data of the notebooks in "
                      f"{_show(executed_dir())}: this run's notebook goes to {_show(self.output_dir)} "
                      "(the book is not built from it).")
        keys = notebook_keys(every, self.data_key, self.parameters())
        chain = [self.data_key] + [keys[s.stem] for s in every]
        index = [s.stem for s in every].index(source.stem)
        key = keys[source.stem] if self.database_key() == chain[index] else None
        kept = read_run_file(self.output_dir.parent) or {}
        if kept.get("database") == self.shown and kept.get("scale_factor") == self.scale_factor:
            self.record["notebooks"] = [n for n in kept.get("notebooks", []) if n.get("notebook") != source.stem]
        self.echo(f"[1/1] {source.stem} ...")
        seconds, produced = self.execute(source, database_url, key)
        self.record["notebooks"].sort(key=lambda n: n.get("notebook", ""))
        self.finish()
        self.echo(f"[1/1] {source.stem} done in {seconds:.1f} s -> {_show(produced)}")
        return [(source.stem, seconds)]

    def _other_data(self) -> bool:
        from .run_cache import read_record

        for executed in executed_dir().glob("*.ipynb"):
            record = read_record(executed)
            if record and (record.get("database") != self.shown or record.get("scale_factor") != self.scale_factor):
                return True
        return False

    def parameters(self) -> dict:
        from .run_cache import database_identity

        return {"database": database_identity(self.url), "scale_factor": self.scale_factor}

    def execute(self, source: Path, database_url: str | None, key: str | None,
                saved_as: tuple[Path, str] | None = None) -> tuple[float, Path]:
        """Execute one notebook (papermill), record it, leave the database checkpointed and closed, and
        keep a copy of it under `saved_as` = (database file, cache key) for a later run."""
        from .environment import environment
        from .run_cache import tag_executed
        from .run_record import utc_now
        from .state import CACHE_KEY_VARIABLE, RUN_ID_VARIABLE

        entry = {"run_id": self.run_id, "notebook": source.stem, "started_at": utc_now(), "seconds": None,
                 "passed": False, "engine": self.engine, "engine_version": self.engine_version,
                 "scale_factor": self.scale_factor, "database": self.shown, "cache_key": key}
        self.record["notebooks"].append(entry)
        began = time.perf_counter()
        # Ctrl+C from here to the end is taken over: the kernel's cell is interrupted (sqlml.executor),
        # and a notebook that finished is recorded whole before the run stops.
        with taken_over_by(lambda: None):
            try:
                # The kernel inherits these: sqlml.state records them with the notebook's events.
                with environment({RUN_ID_VARIABLE: self.run_id, CACHE_KEY_VARIABLE: key or ""}):
                    produced = _run_one(source, database_url, self.scale_factor, self.output_dir)
            except BaseException as error:
                entry["seconds"] = round(time.perf_counter() - began, 2)
                entry["error"] = "interrupted" if isinstance(error, KeyboardInterrupt) else _one_line(error, 300)
                self.finish()
                raise
            finally:
                seal_database(self.url)
            entry.update(seconds=round(time.perf_counter() - began, 2), passed=True)
            tag_executed(produced, entry)
            if saved_as is not None:
                self._save(saved_as[0], saved_as[1])
        if INTERRUPTED.is_set():  # Ctrl+C after the notebook's last cell: it is kept, the run stops here
            self.finish()
            raise KeyboardInterrupt
        return entry["seconds"], produced

    def finish(self) -> None:
        """Write the run's record, unless it executed nothing: then the notebooks (and so the book)
        still come from the run recorded before, whose record stays as it is."""
        from .run_record import read_run_file, utc_now, write_run_file

        before = read_run_file(self.output_dir.parent) or {}
        same = ("database", "scale_factor", "engine_version", "versions", "notebooks")
        if before and all(before.get(k) == self.record.get(k) for k in same):
            return
        self.record["finished_at"] = utc_now()
        write_run_file(self.output_dir.parent, self.record)

    def _save(self, path: Path, key: str) -> None:
        """Keep the database as it is now for a later run; a full disk only costs the cache."""
        from .run_cache import save_state

        try:
            save_state(path, key)
        except OSError as error:
            self.echo(f"Could not save the database's state in {_show(saved_state_dir())} ({error.strerror or error}): "
                      "a later run may execute more notebooks than needed.")

    def _ensure_free(self, path: Path) -> None:
        """Refuse to replace a database file another process holds (ConnectError names its PID)."""
        from .engines.embedded import EmbeddedDatabase

        EmbeddedDatabase(self.url).close()


def _run_one(source: Path, database_url: str | None, scale_factor: float, output_dir: Path | None = None) -> Path:
    return execute_notebook(source, database_url=database_url, scale_factor=scale_factor, output_dir=output_dir)


__all__: Sequence[str] = ("build_book", "execute_notebook", "glue", "glued", "notebooks", "run_course",
                          "select_notebooks", "stage_book_sources", "NotebookFailed")
