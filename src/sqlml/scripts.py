"""Run T-SQL scripts batch by batch, as sqlcmd does: `sqlml sql FILE|-` and the `%%tsql` cells.

A script is sent one `GO` batch at a time and each batch's output is shown before the next one
runs, so when a batch fails, everything that ran before it has already been printed (and its
changes are kept, as on SQL Server). The run stops at the first failing batch, like `sqlcmd -b`.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

from .errors import SqlmlError, TsqlError
from .results import Result

if TYPE_CHECKING:
    from .connection import Database


class ScriptFailed(SqlmlError):
    """A batch of a script failed; the batches before it ran and their changes were kept."""

    def __init__(self, error: TsqlError, *, batches_done: int, batch_line: int) -> None:
        self.error = error
        self.batches_done = batches_done
        self.batch_line = batch_line
        super().__init__(str(error))


def run_batches(
    db: "Database",
    script: str,
    params: Mapping[str, Any] | None = None,
    on_results: Callable[[list[Result]], None] | None = None,
) -> list[Result]:
    """Run `script` one GO batch at a time; `on_results` sees each batch's output as soon as it exists.

    Error lines are counted in the whole script. Raises ScriptFailed (wrapping the TsqlError)
    when a batch fails.
    """
    with db.held():   # the embedded engine keeps its file open for the whole script, not per batch
        return _run_batches(db, script, params, on_results)


def _run_batches(db, script, params, on_results) -> list[Result]:
    from .tsql import split_batches

    everything: list[Result] = []
    done = 0
    for batch in split_batches(script):
        # Blank lines in front keep the engine's line numbers those of the whole script.
        text = "\n" * (batch.line - 1) + batch.text
        for _ in range(batch.repeat):
            try:
                results = db.execute(text, params)
            except TsqlError as error:
                # The engine may hand over what the batch produced before the failing statement.
                partial = list(getattr(error, "results", None) or [])
                everything.extend(partial)
                if on_results is not None and partial:
                    on_results(partial)
                raise ScriptFailed(error, batches_done=done, batch_line=batch.line) from error
            everything.extend(results)
            if on_results is not None:
                on_results(results)
        done += 1
    return everything


def format_frame(frame) -> str:
    """A result set as sqlcmd prints it: the column names, a rule of dashes, the rows; NULL for missing."""
    import pandas as pd

    columns = [str(c) for c in frame.columns]
    if not columns:
        return ""
    rows = [[_text(v, pd) for v in row] for row in frame.itertuples(index=False, name=None)]
    widths = [max([len(name)] + [len(r[i]) for r in rows]) for i, name in enumerate(columns)]
    lines = [" ".join(name.ljust(w) for name, w in zip(columns, widths)).rstrip(),
             " ".join("-" * w for w in widths)]
    lines += [" ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)


def _text(value: Any, pd) -> str:
    if isinstance(value, (bytes, bytearray, memoryview)):
        digits = bytes(value).hex().upper()  # binary as SQL Server shows it; a model blob is cut short
        return "0x" + (digits if len(digits) <= 64 else digits[:64] + f"... ({len(value)} bytes)")
    return "NULL" if _is_null(value, pd) else str(value)


def _is_null(value: Any, pd) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # arrays and other containers are never NULL
        return False


def print_results(results: list[Result], stream=None) -> None:
    """Result sets as text tables, messages as lines, in the order the server sent them."""
    stream = stream or sys.stdout
    for result in results:
        if result.frame is not None:
            print(format_frame(result.frame), file=stream)
        elif result.message is not None:
            print(result.message, file=stream)
    stream.flush()


def _silence_standard_output() -> None:
    """After a broken pipe, point stdout at /dev/null so Python's final flush raises nothing."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def read_script(script: str) -> str:
    """The text of FILE, or of standard input for `-`; one clear error when it cannot be read."""
    if script == "-":
        return _read_standard_input()
    path = Path(script)
    if path.is_dir():
        raise SqlmlError(f"{script} is a folder, not a script: give a .sql file, or - to read standard input.")
    if not path.is_file():
        raise SqlmlError(f"No such script file: {script}. Give a .sql file, or - to read standard input.")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise SqlmlError(f"{script} is not UTF-8 text: save the script as UTF-8 and run it again.") from None
    except OSError as error:
        raise SqlmlError(f"Cannot read {script}: {error.strerror}.") from None


def _read_standard_input() -> str:
    stream = sys.stdin
    if stream is None or getattr(stream, "closed", False):
        raise SqlmlError("Standard input is closed: pipe a script into sqlml sql -, or give a .sql file.")
    raw = getattr(stream, "buffer", None)
    if raw is None:  # already text (a StringIO, an IDE's console)
        return stream.read()
    try:
        return raw.read().decode("utf-8-sig")  # the bytes as they are, whatever the terminal's locale
    except UnicodeDecodeError as error:
        raise SqlmlError(f"Standard input is not UTF-8 text (byte 0x{error.object[error.start]:02X} at offset "
                         f"{error.start}): convert the script to UTF-8, e.g. iconv -f LATIN1 -t UTF-8.") from None


def _standard_output_usable() -> bool:
    """False when the shell closed standard output (`>&-`: Python then sets sys.stdout to None)."""
    import io
    import os

    stream = sys.stdout
    if stream is None or getattr(stream, "closed", False):
        return False
    try:
        descriptor = stream.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return True  # not backed by a file (a capture, a notebook): it takes what is printed
    try:
        os.fstat(descriptor)
    except OSError:
        return False
    return True


def _utf8_when_ascii(stream) -> None:
    """Under the C locale Python writes ASCII and fails on the first `é` of a result: write UTF-8 then."""
    import codecs

    try:
        if codecs.lookup(stream.encoding).name == "ascii":
            stream.reconfigure(encoding="utf-8")
    except (AttributeError, LookupError, TypeError, ValueError):
        pass


def run_script_command(script: str, database_url: str | None) -> int:
    """`sqlml sql FILE|-`: 0 when every batch ran, 1 (after the SQL Server-style error) when one failed."""
    from .connection import connect

    if not _standard_output_usable():  # results that cannot be shown must not be run blind
        raise SqlmlError("Standard output is closed: sqlml sql prints the results there; run it with an output "
                         "(a terminal, a pipe or > results.txt). Nothing was run.")
    text = read_script(script)  # before connecting: a wrong path must not create a database file
    _utf8_when_ascii(sys.stdout)
    with connect(database_url) as db:
        try:
            run_batches(db, text, on_results=print_results)
        except BrokenPipeError:
            _silence_standard_output()
            print("sqlml sql: error: standard output was closed while results were printed (broken pipe); "
                  "the batches that had finished keep their changes.", file=sys.stderr)
            return 1
        except ScriptFailed as failure:
            print(f"sqlml sql: error: {failure.error}", file=sys.stderr)
            if failure.batches_done:
                before = ("the batch before it ran and its changes are kept" if failure.batches_done == 1 else
                          f"the {failure.batches_done} batches before it ran and their changes are kept")
                print(f"sqlml sql: stopped in the batch starting at line {failure.batch_line}; {before}.",
                      file=sys.stderr)
            return 1
    return 0
