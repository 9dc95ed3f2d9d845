"""What SQL Server's exact decimal arithmetic costs on the embedded engine, side by side in one run.

The translator computes `+ - * / %` on decimals as SQL Server does (tsql/exact.py): on 128-bit integer
counts of the result's units, in SQL while a row's values fit, and in Python (`tsql_exact`) for a row past
that bound. Each case runs the T-SQL as sqlml translates it and its peer, on the same DuckDB connection,
interleaved (the translation is cached and the engine's per-statement work is left out: what is timed is
the arithmetic):

- per row: `ss_net_paid * ss_ext_tax / NULLIF(ss_list_price, 0)` summed over store_sales; the peer is the
  same expression in DuckDB's own decimal arithmetic (which divides in floating point);
- the clustering tutorial's ratio: SUMs per customer in derived tables, `returns / NULLIF(1.0 * orders, 0)`
  (decimal(38,2) by decimal(38,3) gives decimal(38,6)); the peer is DuckDB's own arithmetic on the same query;
- past 128 bits: `CAST(a AS decimal(38,20)) * CAST(b AS decimal(38,20))` on `--wide-rows` rows, every one
  of which goes to Python; the peer is the same product in DOUBLE.

    python benchmarks/exact_arithmetic.py [--scale-factor 1] [--repeat 7] [--wide-rows 20000] [--database URL] [--json FILE]

Without --database it uses data/benchmarks/features_sf<SF>.duckdb (feature_query.py's file), generating it
the first time (not timed).
"""
from __future__ import annotations

import argparse
import statistics
import sys

import sqlml
from _common import add_course_data_options, add_json_option, course_data, timed, write_json
from sqlml.tsql import translate

_RATIO = """
SELECT ss.customer, COALESCE(sr.returns_money, 0) / NULLIF(1.0 * ss.orders_money, 0) AS monetary_ratio
FROM (SELECT ss_customer_sk AS customer, SUM(ss_net_paid) AS orders_money FROM dbo.store_sales
      WHERE ss_customer_sk IS NOT NULL GROUP BY ss_customer_sk) AS ss
LEFT JOIN (SELECT sr_customer_sk AS customer, SUM(sr_return_amt) AS returns_money FROM dbo.store_returns
           WHERE sr_customer_sk IS NOT NULL GROUP BY sr_customer_sk) AS sr ON sr.customer = ss.customer
"""


def cases(wide_rows: int) -> dict[str, tuple[str, str]]:
    """label -> (T-SQL through sqlml, DuckDB SQL of the peer)."""
    per_row = "SELECT SUM(ss_net_paid * ss_ext_tax / NULLIF(ss_list_price, 0)) AS v FROM dbo.store_sales"
    wide = ("SELECT SUM(CAST(ss_net_paid AS {t}) * CAST(ss_list_price AS {t})) AS v FROM "
            "(SELECT {top}ss_net_paid, ss_list_price FROM dbo.store_sales WHERE ss_net_paid > 100 "
            "ORDER BY ss_ticket_number, ss_item_sk{limit}) AS q")
    return {
        "per row, * and /": (per_row, per_row),
        "tutorial's monetary ratio": (_RATIO, _RATIO),
        f"past 128 bits, {wide_rows:,} rows": (wide.format(t="decimal(38,20)", top=f"TOP ({wide_rows}) ", limit=""),
                                               wide.format(t="DOUBLE", top="", limit=f" LIMIT {wide_rows}")),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_course_data_options(parser)
    parser.add_argument("--wide-rows", type=int, default=20000)
    add_json_option(parser)
    args = parser.parse_args(argv)

    url = course_data(args.database, args.scale_factor)
    results = {}
    print(f"Exact decimal arithmetic, scale factor {args.scale_factor:g}, median of {args.repeat} interleaved runs\n")
    print("| case | sqlml (s) | peer (s) | ratio |")
    print("|---|---:|---:|---:|")
    with sqlml.connect(url) as db:
        connection = db.connection
        for label, (tsql, peer) in cases(args.wide_rows).items():
            translated = translate(tsql, {}, connection).sql
            assert "tsql_exact" in translated.lower() or "past" not in label, translated
            connection.execute(translated).fetchall(), connection.execute(peer).fetchall()   # warm-up
            ours, theirs = [], []
            for _ in range(args.repeat):
                ours.append(timed(lambda: connection.execute(translated).fetchall()))
                theirs.append(timed(lambda: connection.execute(peer).fetchall()))
            results[label] = {"sqlml": statistics.median(ours), "peer": statistics.median(theirs)}
            print(f"| {label} | {results[label]['sqlml']:.3f} | {results[label]['peer']:.3f} | "
                  f"{results[label]['sqlml'] / results[label]['peer']:.2f} |", flush=True)
    write_json(args.json, {"scale_factor": args.scale_factor, "repeat": args.repeat, "wide_rows": args.wide_rows,
                           "cases": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
