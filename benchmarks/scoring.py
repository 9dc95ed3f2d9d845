"""The scoring procedure of 06-deployment against the same scoring in plain Python, in one run.

On a copy of the course data at the given scale factor, with the champion registered (standardised
features, k-means with k = 5), each way scores every customer and stores the result in a table:

- procedure: `INSERT INTO dbo.customer_scores EXEC dbo.score_customers`: the feature view is read
  as @input_data_1, the model comes out of dbo.models into a varbinary(max) parameter, is checked
  and loaded with skops inside sp_execute_external_script, predicts, and the rows go back through
  WITH RESULT SETS into the table;
- plain Python: `Database.query` of the same view, `ModelRegistry.load` (same hash check and skops
  load), `predict`, `Database.load_frame` into a table;
- for reference, `predict` alone on rows already in memory.

Rows per second are customers scored per second; the ratio is procedure time over Python time.

    python benchmarks/scoring.py [--scale-factor 1] [--repeat 5] [--json FILE]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

import sqlml
from _common import add_json_option, write_json

VIEW = """
CREATE VIEW dbo.customer_return_features AS
WITH sale_lines AS (
    SELECT s.ss_customer_sk AS customer, s.ss_ticket_number AS ticket, s.ss_net_paid AS amount_paid,
           r.sr_ticket_number AS returned_ticket, r.sr_return_amt AS amount_returned
    FROM dbo.store_sales AS s
    LEFT OUTER JOIN dbo.store_returns AS r
        ON r.sr_item_sk = s.ss_item_sk AND r.sr_ticket_number = s.ss_ticket_number
    WHERE s.ss_customer_sk IS NOT NULL
),
per_customer AS (
    SELECT customer, COUNT(DISTINCT ticket) AS orders, COUNT(DISTINCT returned_ticket) AS returned_orders,
           COUNT(*) AS lines_bought, COUNT(returned_ticket) AS lines_returned,
           SUM(amount_paid) AS amount_paid, SUM(amount_returned) AS amount_returned
    FROM sale_lines
    GROUP BY customer
)
SELECT customer,
       CAST(returned_orders AS FLOAT) / orders AS orderRatio,
       CAST(lines_returned AS FLOAT) / lines_bought AS itemsRatio,
       COALESCE(CAST(amount_returned AS FLOAT) / NULLIF(amount_paid, 0), 0) AS monetaryRatio,
       returned_orders AS frequency
FROM per_customer
"""

#: The procedure of 06-deployment (without its NULL check, which costs nothing measurable).
PROCEDURE = """
CREATE OR ALTER PROCEDURE dbo.score_customers
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @model VARBINARY(MAX), @sha256 CHAR(64), @version INT;
    SELECT @model = model, @sha256 = sha256, @version = version
    FROM dbo.models WHERE name = N'customer_returns' AND is_champion = 1;
    EXEC sp_execute_external_script
        @language = N'Python',
        @script = N'
from sqlml.models import deserialize
model = deserialize(model_blob, model_sha256)
features = InputDataSet[["orderRatio", "itemsRatio", "monetaryRatio", "frequency"]].astype(float)
OutputDataSet = InputDataSet[["customer"]].copy()
OutputDataSet["cluster"] = model.predict(features)
OutputDataSet["model_version"] = model_version
',
        @input_data_1 = N'SELECT customer, orderRatio, itemsRatio, monetaryRatio, frequency
                          FROM dbo.customer_return_features ORDER BY customer',
        @params = N'@model_blob VARBINARY(MAX), @model_sha256 CHAR(64), @model_version INT',
        @model_blob = @model, @model_sha256 = @sha256, @model_version = @version
    WITH RESULT SETS ((customer INT, cluster INT, model_version INT));
END;
"""

FEATURES_SQL = ("SELECT customer, orderRatio, itemsRatio, monetaryRatio, frequency "
                "FROM dbo.customer_return_features ORDER BY customer")
FEATURES = ["orderRatio", "itemsRatio", "monetaryRatio", "frequency"]


def prepare(scale_factor: float):
    """A scratch copy of the retraining benchmark's base database, with the view and the procedure."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))   # the retraining benchmark's base database
    from retraining import base_database

    base = base_database(scale_factor)
    scratch = base.with_name(f"scoring_sf{scale_factor:g}_scratch.duckdb")
    shutil.copyfile(base, scratch)
    db = sqlml.connect(f"duckdb:///{scratch}")
    db.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;")
    db.execute("DROP VIEW IF EXISTS dbo.customer_return_features")
    db.execute(VIEW)
    db.execute(PROCEDURE)
    db.execute("CREATE TABLE dbo.customer_scores (customer INT NOT NULL, cluster INT NOT NULL, "
               "model_version INT NOT NULL)")
    return db, scratch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factor", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    add_json_option(parser)
    args = parser.parse_args(argv)

    from sqlml.models import ModelRegistry

    db, scratch = prepare(args.scale_factor)
    registry = ModelRegistry(db)
    try:
        def procedure() -> None:
            db.execute("TRUNCATE TABLE dbo.customer_scores; "
                       "INSERT INTO dbo.customer_scores (customer, cluster, model_version) EXEC dbo.score_customers;")

        def plain_python() -> None:
            frame = db.query(FEATURES_SQL)
            model = registry.load("customer_returns")
            scores = frame[["customer"]].copy()
            scores["cluster"] = model.predict(frame[FEATURES].astype(float))
            scores["model_version"] = registry.champion_version("customer_returns")
            db.load_frame(scores, "dbo.customer_scores_python", if_exists="replace")

        frame = db.query(FEATURES_SQL)
        model = registry.load("customer_returns")

        def predict_only() -> None:
            model.predict(frame[FEATURES].astype(float))

        actions = {"procedure (INSERT ... EXEC)": procedure, "plain Python": plain_python,
                   "predict alone (reference)": predict_only}
        times: dict[str, list[float]] = {name: [] for name in actions}
        for action in actions.values():
            action()     # warm-up
        for _ in range(args.repeat):
            for name, action in actions.items():   # interleaved: a busy moment hits all alike
                started = time.perf_counter()
                action()
                times[name].append(time.perf_counter() - started)
        rows = len(frame)
        scored = int(db.scalar("SELECT COUNT(*) AS n FROM dbo.customer_scores"))
        same = int(db.scalar("SELECT COUNT(*) AS n FROM dbo.customer_scores AS s INNER JOIN "
                             "dbo.customer_scores_python AS p ON p.customer = s.customer AND p.cluster = s.cluster"))
        assert scored == rows == same, (scored, rows, same)
        median = {name: statistics.median(values) for name, values in times.items()}
        print(f"scale factor {args.scale_factor:g}: {rows:,} customers, median of {args.repeat} runs "
              "(both ways give every customer the same cluster)")
        for name, seconds in median.items():
            print(f"  {name:<30} {seconds * 1000:9.1f} ms  {rows / seconds:12,.0f} rows/s")
        ratio = median["procedure (INSERT ... EXEC)"] / median["plain Python"]
        print(f"  procedure / plain Python: {ratio:.2f}")
        write_json(args.json, {"scale_factor": args.scale_factor, "repeat": args.repeat, "customers": rows,
                               "procedure": median["procedure (INSERT ... EXEC)"],
                               "python": median["plain Python"], "predict": median["predict alone (reference)"],
                               "ratio": ratio})
    finally:
        db.close()
        scratch.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
