"""Files the course database is written through: temporary names that a killed process leaves
behind and the next run removes, and one line for a write that fails (a full disk, a folder that
may not be written)."""
from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from pathlib import Path

#: `<name>.tmp-<pid>` (and its `.wal`): a file some sqlml process was writing.
#: DuckDB may add `.wal` (its log) or `.tmp` (a folder it spills to).
_TEMPORARY = re.compile(r"\.tmp-(?P<pid>\d+)(?:\.wal|\.tmp)?$")


def temporary_path(path: Path) -> Path:
    """A name beside `path` that only this process writes; `remove_leftovers` knows it."""
    return path.with_name(f"{path.name}.tmp-{os.getpid()}")


def remove_leftovers(folder: Path, prefix: str) -> list[Path]:
    """Remove the `prefix*.tmp-<pid>` files in `folder` of sqlml processes that no longer run.

    A killed load (SIGKILL, power cut) cannot clean up after itself; the next run does. Files of a
    process that still runs are left alone: it may be loading right now.
    """
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for candidate in folder.iterdir():
            match = _TEMPORARY.search(candidate.name)
            if not match or not candidate.name.startswith(prefix) or _is_running(int(match["pid"])):
                continue
            with contextlib.suppress(FileNotFoundError):
                if candidate.is_dir() and not candidate.is_symlink():
                    shutil.rmtree(candidate)
                else:
                    candidate.unlink()
                removed.append(candidate)
    return removed


def _is_running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # an earlier attempt of this very process, which has given it up
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process: not ours to judge
    return True


def remove_database_file(path: Path, *, keep_main: bool = False) -> None:
    """Remove a DuckDB file and its write-ahead log (only the log when `keep_main`)."""
    for candidate in ([] if keep_main else [path]) + [path.with_name(path.name + ".wal")]:
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def is_write_failure(error: BaseException) -> bool:
    """A failure to write a file: an OSError, or DuckDB's report of one, which comes as an IO error
    while writing and as a transaction or fatal error when the commit or checkpoint cannot write."""
    import duckdb

    if isinstance(error, (OSError, duckdb.IOException)):
        return True
    return isinstance(error, (duckdb.TransactionException, duckdb.FatalException, duckdb.InvalidInputException)) \
        and bool(_WRITE_FAILURE_TEXT.search(str(error)))


_WRITE_FAILURE_TEXT = re.compile(r"no space left|disk is full|file too large|could not write|failed to write|"
                                 r"permission denied|read-only file system|could not fsync|could not truncate|"
                                 r"invalidated because of a previous fatal error|failed to commit", re.IGNORECASE)


def explain_write_failure(path: Path, error: BaseException, *, database: Path | None = None) -> str:
    """One line for a disk that is full or a folder that may not be written; the old file is kept.

    `path` is the file that could not be written: the course database, or the generator's scratch
    file beside `database`.
    """
    target = database or path
    text = first_line(error)
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, errno.EFBIG) or re.search(r"no space left|disk is full|file too large", text, re.I):
        advice = "free some disk space or choose another location with --database"
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or re.search(r"permission denied|read-only", text, re.I):
        advice = f"make {target.parent} writable or choose another location with --database"
    elif code in (errno.ENOTDIR, errno.ENOENT, errno.EEXIST):
        advice = f"the folder {target.parent} cannot be made there: choose another location with --database"
    else:
        advice = "fix the cause or choose another location with --database"
    kept = "the previous database is unchanged" if target.exists() else "no database was created"
    what = "the course database" if path == target else "the generated data to"
    return f"Could not write {what} {path} ({text}): {advice}, then run the command again; {kept}."


def first_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror  # the reason alone: the file name is said once, by the message
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
