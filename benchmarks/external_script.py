"""The cost of sp_execute_external_script itself on the embedded engine.

`OutputDataSet = InputDataSet` on 1 thousand and 1 million rows (a customer id and the four
return features), against fetching the same rows directly, side by side in one run:

- DuckDB direct: `connection.execute(sql).df()`, no sqlml at all;
- sqlml SELECT: the same query as T-SQL through `Database.query`;
- external script: the query as @input_data_1, the frame handed back, with and without
  WITH RESULT SETS (which checks and converts every column).

Goal (issue 3): at most 20 ms more per call than the direct fetch, at most 30% more on 1M rows.

    python benchmarks/external_script.py [--repeat-small 30] [--repeat-large 7] [--json FILE]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlml
from _common import add_json_option, scratch_dir, write_json

QUERY = "SELECT customer, orderRatio, itemsRatio, monetaryRatio, frequency FROM dbo.bench_{size}"
RESULT_SETS = ("WITH RESULT SETS ((customer int, orderRatio float, itemsRatio float, monetaryRatio float, "
               "frequency float))")


def external_call(size: str, shaped: bool) -> str:
    return (f"EXEC sp_execute_external_script @language = N'Python', @script = N'OutputDataSet = InputDataSet', "
            f"@input_data_1 = N'{QUERY.format(size=size)}'" + (f" {RESULT_SETS}" if shaped else ""))


def median_seconds(actions: dict, repeat: int) -> dict[str, float]:
    """The median time of each action, run in turn (interleaved, so a busy moment hits all alike)."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for action in actions.values():
        action()  # warm-up: caches, first imports
    for _ in range(repeat):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat-small", type=int, default=30)
    parser.add_argument("--repeat-large", type=int, default=7)
    add_json_option(parser)
    args = parser.parse_args(argv)
    results = []

    with tempfile.TemporaryDirectory(dir=scratch_dir()) as folder:
        db = sqlml.connect(f"duckdb:///{Path(folder) / 'tpcxbb_1gb.duckdb'}")
        db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;")
        raw = db.connection
        sizes = {"1k": 1_000, "1m": 1_000_000}
        for size, rows in sizes.items():
            raw.execute(f"CREATE TABLE dbo.bench_{size} AS SELECT i::INTEGER AS customer, random() AS orderRatio, "
                        f"random() AS itemsRatio, random() AS monetaryRatio, (i % 7)::DOUBLE AS frequency "
                        f"FROM range({rows}) t(i)")
        print("| rows | DuckDB direct | sqlml SELECT | external script | + WITH RESULT SETS "
              "| extra per call vs direct | ratio vs direct |")
        print("|---:|---:|---:|---:|---:|---:|---:|")
        for size, rows in sizes.items():
            repeat = args.repeat_small if rows < 100_000 else args.repeat_large
            direct_sql = f"SELECT customer, orderRatio, itemsRatio, monetaryRatio, frequency FROM dbo.bench_{size}"
            medians = median_seconds({
                "direct": lambda: raw.execute(direct_sql).df(),
                "select": lambda: db.query(QUERY.format(size=size)),
                "plain": lambda: db.query(external_call(size, shaped=False)),
                "shaped": lambda: db.query(external_call(size, shaped=True)),
            }, repeat)
            direct, select, plain, shaped = (medians[k] for k in ("direct", "select", "plain", "shaped"))
            assert len(db.query(external_call(size, shaped=True))) == rows
            worst = max(plain, shaped)
            results.append({"rows": rows, "repeat": repeat, "direct": direct, "select": select, "plain": plain,
                            "shaped": shaped, "extra_seconds": worst - direct, "ratio": worst / direct})
            print(f"| {rows:,} | {direct * 1000:.1f} ms | {select * 1000:.1f} ms | {plain * 1000:.1f} ms "
                  f"| {shaped * 1000:.1f} ms | {(worst - direct) * 1000:+.1f} ms | {worst / direct:.2f} |")
        db.close()
    write_json(args.json, {"sizes": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
