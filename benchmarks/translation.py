"""What T-SQL costs before DuckDB runs it: connection set-up, splitting and translating, in one run.

- `prepare_connection` on a new connection, against opening the connection alone;
- splitting a script into statements and translating each, the first time (cold: parse, type
  with the catalog, generate) and again (cached), against running the translated SQL on DuckDB.

The statements are the course's: the four-feature query, the model registry's DDL and DML, a
catalog query for the data dictionary. Data: TPC-DS store_sales/store_returns at the scale factor, or a
copy of `--database` (an embedded database that has them, e.g. feature_query.py's file).

Each translation is timed twice: wall clock (what a user waits on a quiet machine) and the CPU time of the
thread that translates (`time.thread_time`: what the translation itself costs, which other processes on a
loaded machine do not inflate). The first translation in a new process (sqlglot's optimizer modules are
imported on first use) is timed in a fresh interpreter, `--repeat` times.

    python benchmarks/translation.py [--scale-factor 0.1] [--repeat 20] [--database FILE] [--json FILE]
"""
from __future__ import annotations

import argparse
import glob
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from _common import add_json_option, scratch_dir, write_json
from sqlml.queries import read
from sqlml.tsql import prepare_connection, split_batches, split_statements, translate
from sqlml.tsql.splitter import _split_cached
from sqlml.tsql.translate import _CACHE

STATEMENTS = {
    "four-feature query": read("return_features"),
    "CREATE TABLE (registry)": "CREATE TABLE dbo.bench_models (name NVARCHAR(128) NOT NULL, version INT NOT NULL, "
                               "model VARBINARY(MAX) NOT NULL, is_champion BIT NOT NULL, "
                               "CONSTRAINT pk PRIMARY KEY (name, version))",
    "INSERT with variables": "INSERT INTO dbo.bench_models (name, version, model, is_champion) "
                             "VALUES (@name, @version, @model, 0)",
    "data dictionary query": "SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS c "
                             "WHERE c.TABLE_SCHEMA = 'dbo' ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION",
}
VARIABLES = {"name": "kmeans", "version": 1, "model": b"\x00"}


# A fresh interpreter: import the T-SQL layer, connect, then time the first translation of the query.
_NEW_PROCESS = """
import sys, time
import duckdb
from sqlml.queries import read
from sqlml.tsql import prepare_connection, split_batches, split_statements, translate
con = duckdb.connect(sys.argv[1], read_only=True)
prepare_connection(con)
wall, cpu = time.perf_counter(), time.thread_time()
for batch in split_batches(read("return_features")):
    for statement in split_statements(batch):
        translate(statement.text, {}, con)
print((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000)
"""


def first_in_new_process(path: Path, repeat: int) -> tuple[float, float]:
    """Median (wall ms, CPU ms) of the first translation of the four-feature query in a new interpreter."""
    walls, cpus = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _NEW_PROCESS, str(path)], check=True, capture_output=True,
                             text=True).stdout.split()
        walls.append(float(out[0]))
        cpus.append(float(out[1]))
    return statistics.median(walls), statistics.median(cpus)


def median_ms(run, repeat: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        start = clock()
        run()
        times.append(clock() - start)
    return statistics.median(times) * 1000


def make_data(path: Path, scale_factor: float) -> None:
    extension = glob.glob(str(Path(duckdb.__file__).parent.parent / "duckdb_extension_tpcds" / "extensions" / "*"
                              / "tpcds.duckdb_extension"))[0]
    con = duckdb.connect(str(path))
    con.execute(f"LOAD '{extension}'")
    con.execute(f"CALL dsdgen(sf={scale_factor})")
    con.execute("CREATE SCHEMA dbo")
    for table in ("store_sales", "store_returns"):
        con.execute(f"CREATE TABLE dbo.{table} AS SELECT * FROM main.{table}")
    con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factor", type=float, default=0.1)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--database", type=Path, help="an embedded database file with dbo.store_sales and "
                        "dbo.store_returns (copied: the original is not changed); default: generate them")
    add_json_option(parser)
    args = parser.parse_args(argv)
    statements = {}

    with tempfile.TemporaryDirectory(dir=scratch_dir()) as folder:
        path = Path(folder) / "bench.duckdb"
        if args.database is not None:
            shutil.copyfile(args.database, path)
        else:
            make_data(path, args.scale_factor)

        def bare() -> None:
            duckdb.connect(str(path)).close()

        def prepared() -> None:
            con = duckdb.connect(str(path))
            prepare_connection(con)
            con.close()

        bare_ms, prepared_ms = median_ms(bare, args.repeat), median_ms(prepared, args.repeat)
        print(f"Scale factor {args.scale_factor}, median of {args.repeat} runs\n")
        print("| what | peer | peer (ms) | sqlml (ms) | ratio |")
        print("|---|---|---:|---:|---:|")
        print(f"| connect + prepare_connection | connect alone | {bare_ms:.2f} | {prepared_ms:.2f} | "
              f"{prepared_ms / bare_ms:.2f} |")

        con = duckdb.connect(str(path))
        prepare_connection(con)
        for label, script in STATEMENTS.items():
            (statement,) = [s for b in split_batches(script) for s in split_statements(b)]

            def cold() -> None:
                _CACHE.clear()
                _split_cached.cache_clear()
                cached()

            def cached() -> None:
                for batch in split_batches(script):
                    for item in split_statements(batch):
                        translate(item.text, VARIABLES, con)

            translation = translate(statement.text, VARIABLES, con)
            bound = {name: VARIABLES[name] for name in translation.parameters}

            def run_on_duckdb() -> None:
                con.execute("BEGIN TRANSACTION")
                con.execute(translation.sql, bound).fetchall()
                con.execute("ROLLBACK")

            if label.startswith("CREATE"):
                run_ms = median_ms(run_on_duckdb, args.repeat)
            else:
                if label.startswith("INSERT"):
                    con.execute(translate(STATEMENTS["CREATE TABLE (registry)"], {}, con).sql)
                run_ms = median_ms(run_on_duckdb, max(3, args.repeat // 4))
            cold_ms, cached_ms = median_ms(cold, args.repeat), median_ms(cached, args.repeat)
            cold_cpu_ms = median_ms(cold, args.repeat, time.thread_time)
            statements[label] = {"run_ms": run_ms, "first_ms": cold_ms, "cached_ms": cached_ms,
                                 "first_cpu_ms": cold_cpu_ms}
            print(f"| {label}: split + translate, first time | running it on DuckDB | {run_ms:.2f} | {cold_ms:.2f} | "
                  f"{cold_ms / run_ms:.2f} |")
            print(f"| {label}: split + translate, first time, CPU | running it on DuckDB | {run_ms:.2f} | "
                  f"{cold_cpu_ms:.2f} | {cold_cpu_ms / run_ms:.2f} |")
            print(f"| {label}: split + translate, cached | running it on DuckDB | {run_ms:.2f} | {cached_ms:.3f} | "
                  f"{cached_ms / run_ms:.3f} |")
        con.close()
        new_wall_ms, new_cpu_ms = first_in_new_process(path, args.repeat)
        print(f"| four-feature query: first translation in a new process (wall / CPU) | — | — | "
              f"{new_wall_ms:.1f} / {new_cpu_ms:.1f} | — |")
    write_json(args.json, {"scale_factor": args.scale_factor, "repeat": args.repeat, "connect_ms": bare_ms,
                           "prepared_ms": prepared_ms, "statements": statements,
                           "new_process_ms": new_wall_ms, "new_process_cpu_ms": new_cpu_ms})
    return 0


if __name__ == "__main__":
    sys.exit(main())
