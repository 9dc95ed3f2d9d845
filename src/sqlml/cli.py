"""The `sqlml` command: data, sql, run, book, parity, retrain."""
from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Sequence

from . import interrupts
from .errors import SqlmlError


def scale_factor(text: str) -> float:
    """A TPC-DS scale factor: a number above 0 and at most sqlml.data.MAX_SCALE_FACTOR (1 is about 1 GB)."""
    from .data import validate_scale_factor
    from .errors import DataError

    try:
        return validate_scale_factor(text)
    except DataError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", metavar="URL", default=None,
                        help="duckdb:///path.duckdb or mssql+pyodbc://...; default: SQLML_DATABASE_URL, "
                             "else data/tpcxbb_1gb.duckdb in the course folder")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sqlml", description="The course's companion command.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    data = commands.add_parser("data", help="generate the TPC-DS retail data and load it")
    data.add_argument("--scale-factor", type=scale_factor, default=1.0, metavar="SF",
                      help="TPC-DS scale factor (default 1, the size of Microsoft's tpcxbb_1gb)")
    _add_database(data)
    data.add_argument("--force", action="store_true", help="load again even if the data is there")

    sql = commands.add_parser("sql", help="run a T-SQL script (FILE, or - for standard input), like sqlcmd -i")
    sql.add_argument("script", metavar="FILE|-")
    _add_database(sql)

    run = commands.add_parser("run", help="make the data if missing, execute every notebook, build the book")
    run.add_argument("--scale-factor", type=scale_factor, default=1.0, metavar="SF")
    _add_database(run)
    run.add_argument("--only", metavar="NAME", help="run only this notebook (for example 05-modeling), on the "
                     "database as it is")
    run.add_argument("--from", dest="start_from", metavar="NAME",
                     help="run this notebook and the ones after it, on the database as the notebook before it "
                          "left it (restored when needed)")
    run.add_argument("--force", action="store_true",
                     help="execute every notebook, even those the run cache holds unchanged")
    run.add_argument("--no-book", action="store_true", help="skip the book build")

    commands.add_parser("book", help="build the HTML book from the executed notebooks")

    parity = commands.add_parser("parity", help="compare two runs' figures (_build/figures.json); exit 1 if they differ")
    parity.add_argument("a", metavar="A", help="a run's figures.json, or its course or _build folder")
    parity.add_argument("b", metavar="B", help="the other run's")
    parity.add_argument("--report", metavar="FILE", help="also write the report as Markdown to FILE")

    retrain = commands.add_parser("retrain", help="train a challenger on the current data; promote it if better")
    _add_database(retrain)
    return parser


#: What Ctrl+C keeps, per command (one line each, after "sqlml COMMAND: interrupted; ").
INTERRUPTED = {
    # like sqlcmd: the batches that finished are committed
    "sql": "the batches that had finished keep their changes.",
    "data": "the database is as it was before (nothing half-loaded was kept).",
    "run": "the notebooks that had finished are kept; the next `sqlml run` goes on from there, with the "
           "database as the last of them left it.",
    "book": "the book built before is unchanged.",
    "retrain": "a retraining is one transaction, so none of it was kept: the staged data and the champion "
               "are as they were.",
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    previous = _catch_interrupts()
    try:
        code = int(_dispatch(args) or 0)
        if _interrupted:  # a Ctrl+C taken over or swallowed on the way (see sqlml.interrupts)
            raise KeyboardInterrupt
        return code
    except SqlmlError as error:
        if _interrupted:  # e.g. the book's build process stopped by the same Ctrl+C
            return _report_interrupt(args.command)
        print(f"sqlml {args.command}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return _report_interrupt(args.command)
    except Exception as error:
        from .errors import is_query_interrupt
        # What a library made of the Ctrl+C: DuckDB's RuntimeError('Query interrupted'), or another
        # error raised while the interrupt unwound.
        if _interrupted or is_query_interrupt(error):
            return _report_interrupt(args.command)
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        _seal(args)
        interrupts.INTERRUPTED.clear()  # a caller in the same process (a test) starts afresh


def _report_interrupt(command: str) -> int:
    kept = INTERRUPTED.get(command, "nothing half-done was kept.")
    print(f"sqlml {command}: interrupted; {kept}", file=sys.stderr, flush=True)
    return 130


_interrupted = False


def _quiet_unraisable(hook):
    """Python prints a KeyboardInterrupt it had to swallow (in a garbage-collector callback) as
    "Exception ignored in ..."; the flag has it already, so that noise is not shown."""
    def quiet(unraisable) -> None:
        if not (_interrupted and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            hook(unraisable)
    return quiet


def _on_interrupt(signum: int, frame: object) -> None:
    """Ctrl+C: noted, then raised as Python does, unless a notebook's execution takes it over
    (`sqlml.interrupts`: its kernel is interrupted and the run stops at a clean point)."""
    global _interrupted
    _interrupted = True
    interrupts.INTERRUPTED.set()
    if interrupts.take_over():
        return
    raise KeyboardInterrupt


def _catch_interrupts():
    """Note every Ctrl+C (and raise KeyboardInterrupt as Python does); None if it cannot be caught here."""
    global _interrupted
    _interrupted = False
    if threading.current_thread() is not threading.main_thread():
        return None
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return None  # SIGINT ignored (a background job) or handled by the caller: leave it so
    interrupts.INTERRUPTED.clear()
    if not getattr(sys.unraisablehook, "_sqlml", False):
        sys.unraisablehook = _quiet_unraisable(sys.unraisablehook)
        sys.unraisablehook._sqlml = True
    return signal.signal(signal.SIGINT, _on_interrupt)


def _seal(args: argparse.Namespace) -> None:
    """Every command leaves an embedded database checkpointed and closed (no WAL beside it)."""
    if getattr(args, "command", None) not in ("data", "sql", "run", "retrain"):
        return
    try:
        from .connection import resolve_url
        from .course import seal_database

        seal_database(resolve_url(getattr(args, "database", None)))
    except (SqlmlError, KeyboardInterrupt):
        pass  # a bad URL was reported already; a second Ctrl+C leaves the WAL for the next open


def _dispatch(args: argparse.Namespace) -> int | None:
    if args.command == "data":
        from .data import ensure_data
        report = ensure_data(args.database, scale_factor=args.scale_factor, force=args.force)
        if report.action == "loaded":
            from .connection import connect
            from .state import record
            with connect(args.database) as db:
                record(db, None, "loaded", detail=f"scale factor {args.scale_factor:g} by sqlml data")
    elif args.command == "sql":
        from .scripts import run_script_command
        return run_script_command(args.script, args.database)
    elif args.command == "run":
        from .course import run_course
        run_course(database_url=args.database, scale_factor=args.scale_factor, only=args.only,
                   build=not args.no_book, force=args.force, start_from=args.start_from)
    elif args.command == "book":
        from .course import build_book
        build_book()
    elif args.command == "parity":
        from .parity import parity_command
        return parity_command(args.a, args.b, args.report)
    elif args.command == "retrain":
        from .retraining import retrain_command
        return retrain_command(args.database)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
