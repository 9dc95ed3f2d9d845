"""The course's four-feature query three ways, side by side in one run, at one scale factor:

- sqlml: `Database.query(return_features.sql)`: T-SQL split, translated (sqlml's dialect) and run on
  the embedded engine, result as a DataFrame;
- DuckDB direct: the same query written in DuckDB SQL by hand, run on the same connection, `.df()`;
- pandas: the same computation on DataFrames already in memory (reading the tables is not counted).

The translation overhead is sqlml's median time over DuckDB's, minus 1. Goal (issue 2): at most 10%
at scale factor 1. The runs are interleaved so that a busy machine slows all three alike.

    python benchmarks/feature_query.py [--scale-factor 1] [--repeat 7] [--database URL] [--json FILE]

Without --database it uses data/benchmarks/features_sf<SF>.duckdb, generating it the first time (not
timed) and keeping it for the next run.
"""
from __future__ import annotations

import argparse
import statistics
import sys

import numpy as np
import pandas as pd

import sqlml
from _common import add_course_data_options, add_json_option, course_data, timed, write_json
from sqlml.queries import read as read_query

# The same query as src/sqlml/queries/return_features.sql, in DuckDB's own SQL.
DUCKDB_QUERY = """
WITH sale_lines AS (
    SELECT s.ss_customer_sk AS customer, s.ss_ticket_number AS ticket, s.ss_net_paid AS amount_paid,
           r.sr_ticket_number AS returned_ticket, r.sr_return_amt AS amount_returned
    FROM dbo.store_sales AS s
    LEFT JOIN dbo.store_returns AS r ON r.sr_item_sk = s.ss_item_sk AND r.sr_ticket_number = s.ss_ticket_number
    WHERE s.ss_customer_sk IS NOT NULL
), per_customer AS (
    SELECT customer, count(DISTINCT ticket) AS orders, count(DISTINCT returned_ticket) AS returned_orders,
           count(*) AS lines_bought, count(returned_ticket) AS lines_returned,
           sum(amount_paid) AS amount_paid, sum(amount_returned) AS amount_returned
    FROM sale_lines GROUP BY customer
)
SELECT customer,
       returned_orders::DOUBLE / orders AS orderRatio,
       lines_returned::DOUBLE / lines_bought AS itemsRatio,
       coalesce(amount_returned::DOUBLE / nullif(amount_paid, 0), 0) AS monetaryRatio,
       returned_orders AS frequency
FROM per_customer ORDER BY customer
"""


def features_in_pandas(sales: pd.DataFrame, returns: pd.DataFrame) -> pd.DataFrame:
    sales = sales[sales["ss_customer_sk"].notna()]
    lines = sales.merge(returns, how="left", left_on=["ss_item_sk", "ss_ticket_number"],
                        right_on=["sr_item_sk", "sr_ticket_number"])
    returned = lines["sr_ticket_number"].notna()
    lines = lines.assign(returned=returned, returned_ticket=lines["ss_ticket_number"].where(returned),
                         paid=lines["ss_net_paid"].astype(float), refunded=lines["sr_return_amt"].astype(float))
    grouped = lines.groupby("ss_customer_sk", sort=True)
    orders = grouped["ss_ticket_number"].nunique()
    returned_orders = grouped["returned_ticket"].nunique()
    paid = grouped["paid"].sum(min_count=1)
    refunded = grouped["refunded"].sum(min_count=1)
    return pd.DataFrame({
        "orderRatio": returned_orders / orders,
        "itemsRatio": grouped["returned"].sum() / grouped.size(),
        "monetaryRatio": (refunded / paid.where(paid != 0)).fillna(0.0),
        "frequency": returned_orders,
    }).rename_axis("customer").reset_index()


def _translate_only(tsql: str, connection) -> None:
    from sqlml.tsql import split_batches, split_statements, translate

    for batch in split_batches(tsql):
        for statement in split_statements(batch):
            translate(statement.text, {}, connection)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_course_data_options(parser)
    add_json_option(parser)
    args = parser.parse_args(argv)

    url = course_data(args.database, args.scale_factor)
    with sqlml.connect(url) as db:
        tsql = read_query("return_features")
        connection = db.connection  # the very DuckDB connection sqlml uses: same settings, same cache
        sales = connection.execute("SELECT ss_customer_sk, ss_item_sk, ss_ticket_number, ss_net_paid "
                                   "FROM dbo.store_sales").df()
        returns = connection.execute("SELECT sr_item_sk, sr_ticket_number, sr_return_amt "
                                     "FROM dbo.store_returns").df()

        ways = {
            "sqlml (T-SQL, translated)": lambda: db.query(tsql),
            "DuckDB direct": lambda: connection.execute(DUCKDB_QUERY).df(),
            "pandas (frames in memory)": lambda: features_in_pandas(sales, returns),
        }
        results = {name: action() for name, action in ways.items()}  # warm-up, and the answers
        reference = results["DuckDB direct"]
        for name, frame in results.items():
            assert len(frame) == len(reference), name
            for column in ("orderRatio", "itemsRatio", "monetaryRatio", "frequency"):
                np.testing.assert_allclose(frame[column].to_numpy(float), reference[column].to_numpy(float),
                                           rtol=1e-9, err_msg=f"{name}: {column}")
        times: dict[str, list[float]] = {name: [] for name in ways}
        for _ in range(args.repeat):
            for name, action in ways.items():
                times[name].append(timed(action))
        translation = statistics.median(timed(lambda: _translate_only(tsql, connection)) for _ in range(args.repeat))

    direct = statistics.median(times["DuckDB direct"])
    fastest_direct = min(times["DuckDB direct"])
    print(f"Four return features, scale factor {args.scale_factor:g}, {len(reference):,} customers, "
          f"median of {args.repeat} interleaved runs")
    print("| way | median (s) | min (s) | median vs DuckDB direct | min vs DuckDB direct |")
    print("|---|---:|---:|---:|---:|")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"| {name} | {median:.3f} | {min(samples):.3f} | {median / direct:.2f}x | "
              f"{min(samples) / fastest_direct:.2f}x |")
    overhead = statistics.median(times["sqlml (T-SQL, translated)"]) / direct - 1
    print(f"\nTranslation overhead: {overhead:+.1%} (goal: at most +10%); splitting and translating alone: "
          f"{translation * 1000:.1f} ms, {translation / direct:.1%} of the direct run")
    write_json(args.json, {
        "scale_factor": args.scale_factor, "repeat": args.repeat, "customers": len(reference),
        "median": {name: statistics.median(samples) for name, samples in times.items()},
        "min": {name: min(samples) for name, samples in times.items()},
        "translate_seconds": translation, "overhead": overhead,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
