"""Microsoft's clustering tutorial, part 4 ("Python tutorial: Deploy a model to categorize customers with
SQL machine learning"), run verbatim on the embedded engine: the ratios it stores are the ones SQL Server
computes, worked out here from the raw tables with Python's `decimal` by the documented typing rules.

The T-SQL below is the tutorial's, unchanged (it is what a learner pastes); only the expected values are ours.
"""
from __future__ import annotations

import shutil
from collections import defaultdict
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import duckdb
import pandas as pd
import pytest

import sqlml

ENABLE = "EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;"

PROCEDURE = '''
USE [tpcxbb_1gb]
GO

CREATE procedure [dbo].[py_generate_customer_return_clusters]
AS

BEGIN
    DECLARE

-- Input query to generate the purchase history & return metrics
     @input_query NVARCHAR(MAX) = N'
SELECT
  ss_customer_sk AS customer,
  CAST( (ROUND(COALESCE(returns_count / NULLIF(1.0*orders_count, 0), 0), 7) ) AS FLOAT) AS orderRatio,
  CAST( (ROUND(COALESCE(returns_items / NULLIF(1.0*orders_items, 0), 0), 7) ) AS FLOAT) AS itemsRatio,
  CAST( (ROUND(COALESCE(returns_money / NULLIF(1.0*orders_money, 0), 0), 7) ) AS FLOAT) AS monetaryRatio,
  CAST( (COALESCE(returns_count, 0)) AS FLOAT) AS frequency
FROM
  (
    SELECT
      ss_customer_sk,
      -- return order ratio
      COUNT(distinct(ss_ticket_number)) AS orders_count,
      -- return ss_item_sk ratio
      COUNT(ss_item_sk) AS orders_items,
      -- return monetary amount ratio
      SUM( ss_net_paid ) AS orders_money
    FROM store_sales s
    GROUP BY ss_customer_sk
  ) orders
  LEFT OUTER JOIN
  (
    SELECT
      sr_customer_sk,
      -- return order ratio
      count(distinct(sr_ticket_number)) as returns_count,
      -- return ss_item_sk ratio
      COUNT(sr_item_sk) as returns_items,
      -- return monetary amount ratio
      SUM( sr_return_amt ) AS returns_money
    FROM store_returns
    GROUP BY sr_customer_sk
  ) returned ON ss_customer_sk=sr_customer_sk
 '

EXEC sp_execute_external_script
      @language = N'Python'
    , @script = N'

import pandas as pd
from sklearn.cluster import KMeans

#get data from input query
customer_data = my_input_data

#We concluded in step 2 in the tutorial that 4 would be a good number of clusters
n_clusters = 4

#Perform clustering
est = KMeans(n_clusters=n_clusters, random_state=111).fit(customer_data[["orderRatio","itemsRatio","monetaryRatio","frequency"]])
clusters = est.labels_
customer_data["cluster"] = clusters

OutputDataSet = customer_data
'
    , @input_data_1 = @input_query
    , @input_data_1_name = N'my_input_data'
             with result sets (("Customer" int, "orderRatio" float,"itemsRatio" float,"monetaryRatio" float,"frequency" float,"cluster" float));
END;
GO
'''

CLUSTERING = '''
--Create a table to store the predictions in

DROP TABLE IF EXISTS [dbo].[py_customer_clusters];
GO

CREATE TABLE [dbo].[py_customer_clusters] (
    [Customer] [bigint] NULL
  , [OrderRatio] [float] NULL
  , [itemsRatio] [float] NULL
  , [monetaryRatio] [float] NULL
  , [frequency] [float] NULL
  , [cluster] [int] NULL
  ,
    ) ON [PRIMARY]
GO

--Execute the clustering and insert results into table
INSERT INTO py_customer_clusters
EXEC [dbo].[py_generate_customer_return_clusters];

-- Select contents of the table to verify it works
SELECT * FROM py_customer_clusters;
'''


def _divided(dividend: Decimal, divisor: Decimal, scale: int) -> Decimal:
    """SQL Server's decimal division: exact, cut (not rounded) to the result type's scale."""
    return (dividend / divisor).quantize(Decimal(1).scaleb(-scale), rounding=ROUND_DOWN)


def _ratio(returned, ordered, scale: int) -> float:
    """CAST(ROUND(COALESCE(returned / NULLIF(1.0 * ordered, 0), 0), 7) AS FLOAT) as SQL Server computes it.

    ROUND rounds half away from zero (ROUND_HALF_UP on the magnitude); COALESCE and NULLIF keep the type.
    """
    if returned is None or ordered is None or ordered == 0:
        return 0.0
    quotient = _divided(Decimal(returned), Decimal("1.0") * Decimal(ordered), scale)
    return float(quotient.quantize(Decimal("1e-7"), rounding=ROUND_HALF_UP))


def expected_ratios(path) -> dict:
    """customer -> (orderRatio, itemsRatio, monetaryRatio, frequency), from the raw rows.

    The types, by "Precision, scale, and length (Transact-SQL)": COUNT is int (decimal(10,0)); 1.0 is
    decimal(2,1); 1.0 * int is decimal(13,1); int / decimal(13,1) has scale max(6, 0 + 13 + 1) = 14.
    SUM of decimal(7,2) is decimal(38,2); 1.0 * decimal(38,2) is decimal(41,3), reduced to (38,3) (the
    integral part is over 32 and the scale under 6); decimal(38,2) / decimal(38,3) is decimal(80,41),
    reduced to decimal(38,6).
    """
    con = duckdb.connect(str(path), read_only=True)
    sales = con.execute("SELECT ss_customer_sk, ss_ticket_number, ss_item_sk, ss_net_paid FROM dbo.store_sales").fetchall()
    returns = con.execute("SELECT sr_customer_sk, sr_ticket_number, sr_item_sk, sr_return_amt FROM dbo.store_returns").fetchall()
    con.close()

    def totals(rows):
        tickets, items, money = defaultdict(set), defaultdict(int), {}
        for customer, ticket, item, amount in rows:
            tickets[customer]                     # every group, even one whose tickets are all NULL
            if ticket is not None:
                tickets[customer].add(ticket)
            items[customer] += item is not None
            if amount is not None:
                money[customer] = money.get(customer, Decimal(0)) + amount
        return {c: (len(tickets[c]), items[c], money.get(c)) for c in tickets}

    orders, returned = totals(sales), totals(returns)
    result = {}
    for customer, (orders_count, orders_items, orders_money) in orders.items():
        returns_count, returns_items, returns_money = (returned.get(customer) if customer is not None
                                                       else None) or (None, None, None)
        result[customer] = (_ratio(returns_count, orders_count, 14), _ratio(returns_items, orders_items, 14),
                            _ratio(returns_money, orders_money, 6), float(returns_count or 0))
    return result


@pytest.fixture
def tutorial_database(tmp_path, tpcds_file):
    path = tmp_path / "tpcxbb_1gb.duckdb"
    shutil.copy(tpcds_file, path)
    return path


def test_the_tutorial_procedure_stores_the_ratios_sql_server_computes(tutorial_database):
    expected = expected_ratios(tutorial_database)
    with sqlml.connect(f"duckdb:///{tutorial_database}") as db:
        db.execute(ENABLE)
        db.execute(PROCEDURE)
        results = db.execute(CLUSTERING)
        stored = [r.frame for r in results if r.frame is not None][-1]

    assert len(stored) == len(expected) > 100
    assert sorted(stored["cluster"].unique()) == [0, 1, 2, 3]
    columns = ["OrderRatio", "itemsRatio", "monetaryRatio", "frequency"]
    wrong = {}
    for row in stored.itertuples(index=False):
        customer = None if pd.isna(row.Customer) else int(row.Customer)
        got = tuple(float(getattr(row, c)) for c in columns)
        if got != expected[customer]:
            wrong[customer] = (got, expected[customer])
    assert not wrong, f"{len(wrong)} of {len(stored)} customers differ, e.g. {list(wrong.items())[:3]}"
