"""What a new connection costs: `duckdb.connect` alone against `prepare_connection`, in one run.

Three files: without views (the probe counts views and stops), with a view that divides (its
translated SQL calls the TEMP macro tsql_divisor, remade on connect), and with a view that reads
sys.tables (the TEMP catalog views are remade too). Interleaved, median of `--repeat` rounds.

Then what holding the file only while a statement runs costs (the embedded engine's lifecycle,
so that several notebooks can share the file): one small SELECT through `Database.execute` on a
released file (open, prepare, run, checkpoint, close) against the same SELECT while the file is
held (`with db.held():`, as within one script).

    python benchmarks/connect.py [--repeat 25] [--json FILE]
"""
from __future__ import annotations

import argparse
import sys
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

import sqlml
from _common import add_json_option, scratch_dir, write_json
from sqlml.tsql import prepare_connection

FILES = {
    "no views": [],
    "a view calling a macro": ["CREATE VIEW dbo.ratio AS SELECT CAST(a AS FLOAT) / b AS r FROM dbo.t"],
    "a view reading sys.tables": ["CREATE VIEW dbo.names AS SELECT name FROM sys.tables"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=25)
    add_json_option(parser)
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as folder:
        paths = {}
        for index, (label, statements) in enumerate(FILES.items()):
            paths[label] = path = Path(folder) / f"f{index}.duckdb"
            with sqlml.connect(f"duckdb:///{path}") as db:
                db.execute("CREATE TABLE dbo.t (a INT, b INT)")
                for statement in statements:
                    db.execute(statement)
        times: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.repeat):
            for label, path in paths.items():
                for how in ("connect alone", "connect + prepare_connection"):
                    start = time.perf_counter()
                    con = duckdb.connect(str(path))
                    if how != "connect alone":
                        prepare_connection(con)
                    times.setdefault((label, how), []).append(time.perf_counter() - start)
                    con.close()
        print("| file | connect alone (ms) | connect + prepare_connection (ms) | ratio |")
        print("|---|---|---|---|")
        for label in paths:
            bare = statistics.median(times[(label, "connect alone")]) * 1000
            prepared = statistics.median(times[(label, "connect + prepare_connection")]) * 1000
            print(f"| {label} | {bare:.2f} | {prepared:.2f} | {prepared / bare:.2f} |")
            results[label] = {"connect_ms": bare, "prepared_ms": prepared}
        statement = _statement_cost(paths["no views"], args.repeat)
        print(f"| a SELECT, file released after it | {statement['released_ms']:.2f} ms | held: "
              f"{statement['held_ms']:.2f} ms | {statement['released_ms'] / statement['held_ms']:.2f} |")
        cycles = _cycle_cost(paths["no views"], args.repeat)
        print()
        print("| one statement's cycle on the file (DuckDB and prepare_connection only) | wall (ms) | CPU (ms) |")
        print("|---|---|---|")
        for label, (wall, cpu) in cycles.items():
            print(f"| {label} | {wall:.2f} | {cpu:.2f} |")
    write_json(args.json, {"repeat": args.repeat, "files": results, "statement": statement,
                           "cycles": {label: {"wall_ms": wall, "cpu_ms": cpu} for label, (wall, cpu) in cycles.items()}})
    return 0


def _cycle_cost(path: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """Where the released file's cost goes: a new DuckDB instance per statement (connect, prepare,
    run, checkpoint, close; what EmbeddedDatabase does) against the file attached to an in-memory
    instance kept for the process (ATTACH, USE, prepare, run, checkpoint, DETACH: the file lock is
    let go the same way), an in-memory instance alone, and the statement on a held connection.
    Wall and CPU time (process_time): on a loaded machine the wall time is mostly waiting for a core."""
    query = "SELECT count(*) FROM dbo.t WHERE a > 0"
    kept = duckdb.connect(":memory:")
    held = duckdb.connect(str(path))
    prepare_connection(held)

    def reopen():
        con = duckdb.connect(str(path))
        prepare_connection(con)
        con.execute(query).fetchall()
        con.execute("CHECKPOINT")
        con.close()

    def attach():
        kept.execute(f"ATTACH '{path}' AS course")
        kept.execute("USE course")
        prepare_connection(kept)
        kept.execute(query).fetchall()
        kept.execute("CHECKPOINT course")
        kept.execute("USE memory")
        kept.execute("DETACH course")

    def instance_alone():
        duckdb.connect(":memory:").close()

    def on_held():
        held.execute(query).fetchall()

    cycles = {"new instance per statement (today)": reopen, "attach to a kept instance": attach,
              "an in-memory instance started and closed, nothing else": instance_alone,
              "the statement on a held connection": on_held}
    walls: dict[str, list[float]] = {label: [] for label in cycles}
    cpus: dict[str, list[float]] = {label: [] for label in cycles}
    try:
        for _ in range(repeat):
            for label, cycle in cycles.items():
                if label.startswith("new instance") or label.startswith("attach"):
                    held.close()   # the file is free for the cycles that open it
                start, cpu = time.perf_counter(), time.process_time()
                cycle()
                walls[label].append(time.perf_counter() - start)
                cpus[label].append(time.process_time() - cpu)
                if label.startswith("new instance") or label.startswith("attach"):
                    held = duckdb.connect(str(path))
                    prepare_connection(held)
    finally:
        held.close()
        kept.close()
    return {label: (statistics.median(walls[label]) * 1000, statistics.median(cpus[label]) * 1000) for label in cycles}


def _statement_cost(path: Path, repeat: int) -> dict:
    query = "SELECT COUNT(*) AS n FROM dbo.t WHERE a > 0"
    released, held = [], []
    db = sqlml.connect(f"duckdb:///{path}")
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            db.execute(query)                       # opens, runs, checkpoints and closes the file
            released.append(time.perf_counter() - start)
            with db.held():
                db.execute(query)                   # warm the held connection's caches
                start = time.perf_counter()
                db.execute(query)
                held.append(time.perf_counter() - start)
    finally:
        db.close()
    return {"released_ms": statistics.median(released) * 1000, "held_ms": statistics.median(held) * 1000}


if __name__ == "__main__":
    sys.exit(main())
