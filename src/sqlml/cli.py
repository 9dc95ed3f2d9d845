"""The `sqlml` command: data, sql, run, book, parity, retrain."""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

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
    run.add_argument("--only", metavar="NAME", help="run only this notebook (for example 05-modeling)")
    run.add_argument("--no-book", action="store_true", help="skip the book build")

    commands.add_parser("book", help="build the HTML book from the executed notebooks")

    parity = commands.add_parser("parity", help="compare two runs' figures (_build/figures.json); exit 1 if they differ")
    parity.add_argument("a", metavar="A", help="a run's figures.json, or its course or _build folder")
    parity.add_argument("b", metavar="B", help="the other run's")
    parity.add_argument("--report", metavar="FILE", help="also write the report as Markdown to FILE")

    retrain = commands.add_parser("retrain", help="train a challenger on the current data; promote it if better")
    _add_database(retrain)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(_dispatch(args) or 0)
    except SqlmlError as error:
        print(f"sqlml {args.command}: error: {error}", file=sys.stderr)
        return 1
    except Exception as error:
        from .errors import is_query_interrupt
        if not is_query_interrupt(error):  # DuckDB's RuntimeError('Query interrupted') is a Ctrl+C
            raise
        return _interrupted(args.command)
    except KeyboardInterrupt:
        return _interrupted(args.command)


def _interrupted(command: str) -> int:
    """Ctrl+C: exit 130 with one line that says what was kept."""
    if command == "sql":  # like sqlcmd: the batches that finished are committed
        print("sqlml sql: interrupted; the batches that had finished keep their changes.", file=sys.stderr)
    elif command == "data":
        print("sqlml data: interrupted; the database is as it was before (nothing half-loaded was kept).",
              file=sys.stderr)
    else:
        print(f"sqlml {command}: interrupted; nothing half-done was kept.", file=sys.stderr)
    return 130


def _dispatch(args: argparse.Namespace) -> int | None:
    if args.command == "data":
        from .data import ensure_data
        ensure_data(args.database, scale_factor=args.scale_factor, force=args.force)
    elif args.command == "sql":
        from .scripts import run_script_command
        return run_script_command(args.script, args.database)
    elif args.command == "run":
        from .course import run_course
        run_course(database_url=args.database, scale_factor=args.scale_factor, only=args.only,
                   build=not args.no_book)
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
