"""How long the course takes: each notebook's run time and the book build, data already generated.

    python benchmarks/course_run.py                       # scale factor 1 (the goal: 90 s in all)
    python benchmarks/course_run.py --scale-factor 0.01 [--json FILE]

The data is made first and not timed. By default it is reloaded before timing (`--keep-data` skips
that), because 08-retraining moves the staged rows into dbo: a second run on the same database
would time a different course. The notebooks run exactly as `sqlml run` runs them (papermill,
one kernel each); the book is built as `sqlml book` builds it. Results go to standard output as a
Markdown table, ready for benchmarks/README.md.

The database is data/benchmarks/course_sf<SF>.duckdb unless --database says otherwise, so the course's
own data/tpcxbb_1gb.duckdb is left alone. The executed notebooks and the HTML book go where `sqlml run`
puts them (_build/), as the book build is part of what is timed.
"""
from __future__ import annotations

import argparse
import sys
import os
import platform
import time

from _common import add_json_option, scratch_dir, write_json
from sqlml.course import build_book, run_course
from sqlml.data import ensure_data

GOAL_SECONDS = 90.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factor", type=float, default=1.0)
    parser.add_argument("--database", default=None,
                        help="URL; default: duckdb:///data/benchmarks/course_sf<SF>.duckdb")
    parser.add_argument("--keep-data", action="store_true", help="do not reload the data before timing")
    add_json_option(parser)
    args = parser.parse_args(argv)
    if args.database is None:
        args.database = f"duckdb:///{scratch_dir() / f'course_sf{args.scale_factor:g}.duckdb'}"

    print(f"Preparing the data (scale factor {args.scale_factor:g}, not timed)...", flush=True)
    ensure_data(args.database, scale_factor=args.scale_factor, force=not args.keep_data, progress=False)

    started = time.perf_counter()
    timings = run_course(database_url=args.database, scale_factor=args.scale_factor, build=False, force=True,
                         echo=lambda line: print("  " + line, flush=True))
    began = time.perf_counter()
    build_book(echo=lambda line: None)
    book_seconds = time.perf_counter() - began
    total = time.perf_counter() - started

    notebooks = sum(seconds for _, seconds in timings)
    print()
    print(f"Course run at scale factor {args.scale_factor:g} on {os.cpu_count()} cores "
          f"({platform.python_implementation()} {platform.python_version()}):")
    print()
    print("| Step | Seconds | Share of the run |")
    print("|---|---|---|")
    for name, seconds in timings:
        print(f"| {name} | {seconds:.1f} | {seconds / total:.0%} |")
    print(f"| book build | {book_seconds:.1f} | {book_seconds / total:.0%} |")
    print(f"| **total** (notebooks {notebooks:.1f} s + book, with the data check) | **{total:.1f}** | "
          f"goal {GOAL_SECONDS:.0f} s: {'met' if total <= GOAL_SECONDS else 'NOT met'} |")
    write_json(args.json, {"scale_factor": args.scale_factor, "notebooks": timings, "book": book_seconds,
                           "total": total, "goal": GOAL_SECONDS})
    return 0


if __name__ == "__main__":
    sys.exit(main())
