"""Who holds an embedded database file, and why: a small note beside the file per holding process.

DuckDB lets one process open a database file for writing. sqlml opens the file only while a
statement runs (see `EmbeddedDatabase`), so a second notebook normally waits a moment and goes on.
When it cannot (the other process keeps a transaction or #temp tables open, or it is not sqlml),
the note written by the holder lets the message name the notebook that holds the file, as
JupyterLab shows it, and the fix in JupyterLab's words. DuckDB's own error gives only a PID.

The note is `<file>.holder-<pid>.json`: one per process, so a process never overwrites another's.
It is written before the file is opened and removed when the file is closed; notes of processes
that no longer exist are ignored and cleaned up.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

#: Why a process has the file open. Only "statement" and "cell" end by themselves.
RUNNING = "statement"          # a statement or script is running
PYTHON_CELL = "cell"           # Python code took the raw DuckDB connection; freed when its cell ends
TRANSACTION = "transaction"    # BEGIN TRANSACTION without COMMIT / ROLLBACK yet
TEMP_TABLES = "temp tables"    # #temp tables live as long as the connection
PASSING = (RUNNING, PYTHON_CELL)


def notebook_name() -> str | None:
    """The notebook this process is the kernel of: Jupyter's session name (the notebook's path)."""
    name = os.environ.get("JPY_SESSION_NAME") or os.environ.get("SQLML_NOTEBOOK")
    return name or None


def note_path(database: Path, pid: int | None = None) -> Path:
    return database.with_name(f"{database.name}.holder-{pid or os.getpid()}.json")


def write_note(database: Path, reason: str) -> None:
    """Record that this process holds `database` and why (best effort: a read-only folder skips it)."""
    note = {"pid": os.getpid(), "notebook": notebook_name(), "reason": reason, "since": time.time()}
    path = note_path(database)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(json.dumps(note), encoding="utf-8")
        os.replace(partial, path)     # a reader never sees half a note
    except OSError:
        try:
            partial.unlink()
        except OSError:
            pass


def remove_note(database: Path) -> None:
    try:
        note_path(database).unlink()
    except OSError:
        pass


def read_note(database: Path, pid: int) -> dict | None:
    """The note of process `pid` on `database`, if it wrote one."""
    try:
        note = json.loads(note_path(database, pid).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return note if isinstance(note, dict) and note.get("pid") == pid else None


def remove_stale_notes(database: Path) -> None:
    """Delete the notes of processes that have ended (a killed kernel cannot remove its own)."""
    for path in database.parent.glob(f"{database.name}.holder-*.json"):
        try:
            pid = int(path.stem.rsplit("-", 1)[1].split(".")[0])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not _alive(pid):
            try:
                path.unlink()
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:   # exists, owned by someone else
        return True
    return True


def command_line(pid: int) -> str | None:
    """The holder's command line where the system shows it (Linux), shortened."""
    try:
        parts = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return None
    words = [Path(p.decode(errors="replace")).name if i == 0 else p.decode(errors="replace")
             for i, p in enumerate(parts) if p]
    text = " ".join(" ".join(words).split())   # one line, whatever a `-c` program holds
    return text if len(text) <= 80 else text[:77] + "..."


def explain_holder(database: Path, program: str, pid: int) -> str:
    """One line: who holds `database`, why, and what to do about it in JupyterLab's words."""
    note = read_note(database, pid)
    notebook = (note or {}).get("notebook")
    reason = (note or {}).get("reason")
    if notebook:
        who = f"the kernel of the notebook {notebook} (PID {pid})"
        shut_down = f"Kernel > Shut Down Kernel in {Path(notebook).name}"
    else:
        shown = command_line(pid) or program
        who = f"another process ({shown}, PID {pid})"
        shut_down = ("close that program; if it is a notebook's kernel, shut it down (JupyterLab: Kernel > "
                     "Shut Down Kernel in that notebook, or the Running Terminals and Kernels panel)")
    if reason == TRANSACTION:
        return (f"The database file {database} is in use by {who}, which has a transaction open: run COMMIT "
                f"or ROLLBACK there (or {shut_down}), then try again.")
    if reason == TEMP_TABLES:
        return (f"The database file {database} is in use by {who}, which keeps #temp tables: DROP them there "
                f"(or {shut_down}), then try again.")
    if reason in PASSING:
        return (f"The database file {database} is in use by {who}, which has been running one statement for "
                f"a long time: wait for it to finish or interrupt it (Kernel > Interrupt Kernel), then try "
                "again.")
    return (f"The database file {database} is in use by {who}. DuckDB lets one process write a file at a "
            f"time: {shut_down}, then try again.")


def holder_passes(database: Path, pid: int) -> bool:
    """Whether the holder is a sqlml process that lets the file go by itself (worth waiting for)."""
    note = read_note(database, pid)
    return bool(note) and note.get("reason") in PASSING
