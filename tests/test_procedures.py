"""Stored procedures on the embedded engine: definition, calls, persistence, INSERT ... EXEC,
and the course's pattern end to end (k-means inside sp_execute_external_script)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

import sqlml
from sqlml import TsqlError

ENABLE = "EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;"


@pytest.fixture
def url(tmp_path):
    return f"duckdb:///{tmp_path}/tpcxbb_1gb.duckdb"


@pytest.fixture
def db(url):
    database = sqlml.connect(url)
    database.execute(ENABLE)
    yield database
    database.close()


def frames(results):
    return [r.frame for r in results if r.frame is not None]


def messages(results):
    return [r.message for r in results if r.frame is None]


ADD = """
CREATE PROCEDURE dbo.add_up
    @first int,
    @second int = 10,     -- a default
    @total int OUTPUT
AS
BEGIN
    DECLARE @sum int = @first + @second
    SET @total = @sum
    SELECT @sum AS total
    RETURN 3
END
"""


def test_positional_named_default_and_output_arguments(db):
    db.execute(ADD)
    frame = db.query("""
        DECLARE @t int, @status int, @u int
        EXEC @status = dbo.add_up 1, @total = @t OUTPUT
        EXEC add_up @second = 5, @first = 2, @total = @u OUTPUT
        SELECT @t AS t, @u AS u, @status AS status
    """)
    assert frame.to_dict("records") == [{"t": 11, "u": 7, "status": 3}]


def test_results_of_a_procedure_come_in_order_with_their_messages(db):
    db.execute(ADD)
    results = db.execute("DECLARE @t int; EXECUTE add_up 1, 2, @t OUTPUT")
    assert frames(results)[0]["total"].tolist() == [3]
    assert messages(results) == ["(1 row affected)"]


@pytest.mark.parametrize("call, number", [
    ("EXEC add_up @second = 1", 201),                       # @first has no default
    ("DECLARE @t int; EXEC add_up 1, 2, @t OUTPUT, 4", 8144),
    ("EXEC add_up 1, @nope = 2", 8145),
    ("DECLARE @t int; EXEC add_up 1, @t OUTPUT, @total = @t", 8162),  # @second is not OUTPUT
    ("DECLARE @t int; EXEC add_up @first = 1, 2", 119),
    ("EXEC add_up 1, 2, 5 OUTPUT", 179),
    ("EXEC no_such_procedure", 2812),
])
def test_bad_calls_get_sql_server_errors(db, call, number):
    db.execute(ADD)
    with pytest.raises(TsqlError) as caught:
        db.execute(call)
    assert caught.value.number == number


def test_create_alter_and_drop(db):
    db.execute("CREATE PROCEDURE dbo.answer AS SELECT 1 AS v")
    with pytest.raises(TsqlError) as caught:
        db.execute("CREATE PROCEDURE dbo.answer AS SELECT 2 AS v")
    assert caught.value.number == 2714
    db.execute("CREATE OR ALTER PROCEDURE dbo.answer AS SELECT 2 AS v")
    assert db.scalar("EXEC dbo.answer") == 2
    db.execute("ALTER PROCEDURE answer AS SELECT 3 AS v")
    assert db.scalar("EXEC answer") == 3
    with pytest.raises(TsqlError) as caught:
        db.execute("ALTER PROCEDURE dbo.missing AS SELECT 1 AS v")
    assert caught.value.number == 208
    db.execute("DROP PROCEDURE dbo.answer")
    with pytest.raises(TsqlError) as caught:
        db.execute("DROP PROCEDURE dbo.answer")
    assert caught.value.number == 3701
    assert db.execute("DROP PROCEDURE IF EXISTS dbo.answer") == []
    with pytest.raises(TsqlError) as caught:
        db.execute("EXEC dbo.answer")
    assert caught.value.number == 2812


def test_procedures_are_in_the_catalog_views_and_object_id_with_a_type(url, db):
    # sys.procedures / sys.objects list procedures as type 'P', SQL_STORED_PROCEDURE; OBJECT_ID(name, type)
    # finds an object only of that type (learn.microsoft.com/sql/t-sql/functions/object-id-transact-sql).
    db.execute("CREATE TABLE dbo.scores (v INT)")
    assert db.query("SELECT name FROM sys.procedures").empty          # before any procedure exists
    assert db.scalar("SELECT COALESCE(OBJECT_ID(N'dbo.answer', N'P'), 0)") == 0
    db.execute("CREATE PROCEDURE dbo.answer AS SELECT 1 AS v")
    listed = db.query("SELECT p.name, s.name AS schema_name, p.type, p.type_desc, p.object_id, p.create_date "
                      "FROM sys.procedures p JOIN sys.schemas s ON s.schema_id = p.schema_id")
    assert listed[["name", "schema_name", "type", "type_desc"]].values.tolist() == [
        ["answer", "dbo", "P", "SQL_STORED_PROCEDURE"]]
    assert pd.notna(listed["create_date"][0])
    objects = db.query("SELECT name, object_id, type, type_desc FROM sys.objects ORDER BY name")
    assert objects[["name", "type", "type_desc"]].values.tolist() == [
        ["answer", "P", "SQL_STORED_PROCEDURE"], ["scores", "U", "USER_TABLE"]]
    procedure_id = int(listed["object_id"][0])
    assert objects["object_id"].nunique() == 2
    assert db.scalar("SELECT OBJECT_ID(N'dbo.answer', N'P')") == procedure_id
    assert db.scalar("SELECT OBJECT_ID(N'dbo.answer')") == procedure_id
    assert db.scalar("SELECT COALESCE(OBJECT_ID(N'dbo.answer', N'U'), 0)") == 0
    assert db.scalar("SELECT COALESCE(OBJECT_ID(N'dbo.scores', N'P'), 0)") == 0
    assert db.scalar("SELECT OBJECT_ID(N'dbo.scores', N'U')") == db.scalar("SELECT OBJECT_ID(N'dbo.scores')")
    db.close()
    with sqlml.connect(url) as again:     # the same id from a new connection
        assert again.scalar("SELECT OBJECT_ID(N'dbo.answer', N'P')") == procedure_id
        again.execute("IF OBJECT_ID(N'dbo.answer', N'P') IS NOT NULL DROP PROCEDURE dbo.answer")
        assert again.query("SELECT name FROM sys.procedures").empty
        assert again.query("SELECT name FROM sys.objects")["name"].tolist() == ["scores"]
        again.execute("IF OBJECT_ID(N'dbo.answer', N'P') IS NOT NULL DROP PROCEDURE dbo.answer")   # no error


def test_a_syntax_error_in_the_body_is_reported_at_create_and_nothing_is_stored(db):
    with pytest.raises(TsqlError) as caught:
        db.execute("CREATE PROCEDURE dbo.broken AS\nBEGIN\n    SELECT * FROM WHERE\nEND")
    assert caught.value.number == 156   # near the keyword 'WHERE', as SQL Server words it
    assert caught.value.line == 3
    with pytest.raises(TsqlError) as caught:
        db.execute("EXEC dbo.broken")
    assert caught.value.number == 2812


def test_an_error_inside_a_procedure_names_it_and_its_line(db):
    db.execute("SELECT 1 AS pad\nGO\nCREATE PROCEDURE dbo.fails AS\nBEGIN\n    SELECT 1 AS fine\n    SELECT * FROM dbo.nowhere\nEND")
    with pytest.raises(TsqlError) as caught:
        db.execute("EXEC dbo.fails")
    assert caught.value.procedure == "fails"
    assert caught.value.line == 4  # counted from the CREATE line, as SQL Server does
    assert "Procedure fails, Line 4" in str(caught.value)


def test_procedures_have_their_own_variables_and_settings(db):
    db.execute("CREATE PROCEDURE dbo.quiet @x int AS BEGIN SET NOCOUNT ON; DECLARE @y int = @x * 2; SELECT @y AS y; END")
    results = db.execute("DECLARE @y int = 1; EXEC dbo.quiet 4; SELECT @y AS y")
    assert [f["y"].iat[0] for f in frames(results)] == [8, 1]
    assert messages(results) == ["(1 row affected)"]  # NOCOUNT ended with the procedure


def test_procedures_call_procedures_and_external_scripts(db):
    db.execute("""
        CREATE PROCEDURE dbo.inner_script @factor int
        AS
        EXEC sp_execute_external_script @language = N'Python',
            @script = N'OutputDataSet = pandas.DataFrame({"v": [factor * 2]})',
            @params = N'@factor int', @factor = @factor
        WITH RESULT SETS ((v int));
        GO
        CREATE PROCEDURE dbo.outer_call AS
        BEGIN
            DECLARE @f int = 21;
            EXEC dbo.inner_script @factor = @f;
        END
    """)
    assert db.scalar("EXEC dbo.outer_call") == 42


def test_insert_exec_with_and_without_a_column_list(db):
    db.execute("""
        CREATE PROCEDURE dbo.two_rows AS SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, 'y';
        GO
        CREATE TABLE dbo.target (a int, b varchar(10), note varchar(10));
        CREATE TABLE dbo.pairs (a int, b varchar(10));
    """)
    results = db.execute("INSERT INTO dbo.target (a, b) EXEC dbo.two_rows")
    assert messages(results) == ["(2 rows affected)"]
    db.execute("INSERT dbo.pairs EXEC dbo.two_rows")
    assert db.query("SELECT a, b, note FROM dbo.target ORDER BY a").values.tolist() == [[1, "x", None], [2, "y", None]]
    assert db.query("SELECT a, b FROM dbo.pairs ORDER BY a").values.tolist() == [[1, "x"], [2, "y"]]


def test_insert_exec_that_does_not_fit_changes_nothing(db):
    db.execute("CREATE PROCEDURE dbo.two_rows AS SELECT 1 AS a, 'x' AS b;\nGO\nCREATE TABLE dbo.one (a int)")
    with pytest.raises(TsqlError) as caught:
        db.execute("INSERT INTO dbo.one EXEC dbo.two_rows")
    assert caught.value.number == 213
    assert db.scalar("SELECT count(*) FROM dbo.one") == 0


def test_procedures_persist_for_a_new_connection_and_a_new_process(url, db):
    db.execute(ADD)
    db.close()
    with sqlml.connect(url) as again:
        assert again.scalar("DECLARE @t int; EXEC add_up 5, 5, @t OUTPUT; SELECT @t AS t") == 10
    code = textwrap.dedent(f"""
        import sqlml
        with sqlml.connect({url!r}) as db:
            print(db.scalar("DECLARE @t int; EXEC add_up 20, 22, @t OUTPUT; SELECT @t AS t"))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "42"


# -- Microsoft's pattern, end to end, on a tiny TPC-DS -------------------------------------------

RETURN_FEATURES = """
SELECT
    sold.customer_id AS customer,
    COALESCE(returned.return_tickets * 1.0 / NULLIF(sold.tickets, 0), 0) AS orderRatio,
    COALESCE(returned.returned_items * 1.0 / NULLIF(sold.items, 0), 0) AS itemsRatio,
    COALESCE(returned.returned_amount / NULLIF(sold.amount, 0), 0) AS monetaryRatio,
    COALESCE(returned.return_tickets, 0) AS frequency
FROM (
    SELECT ss_customer_sk AS customer_id, COUNT(DISTINCT ss_ticket_number) AS tickets,
           COUNT(ss_item_sk) AS items, SUM(ss_net_paid) AS amount
    FROM dbo.store_sales
    WHERE ss_customer_sk IS NOT NULL
    GROUP BY ss_customer_sk
) AS sold
LEFT JOIN (
    SELECT sr_customer_sk AS customer_id, COUNT(DISTINCT sr_ticket_number) AS return_tickets,
           COUNT(sr_item_sk) AS returned_items, SUM(sr_return_amt) AS returned_amount
    FROM dbo.store_returns
    GROUP BY sr_customer_sk
) AS returned ON returned.customer_id = sold.customer_id
ORDER BY customer
"""

SEGMENTATION = f"""
USE [tpcxbb_1gb];
GO
CREATE OR ALTER PROCEDURE dbo.segment_customers_by_returns
    @clusters int = 4
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE
        -- one row per customer: how much of what they bought came back
        @features nvarchar(max) = N'{RETURN_FEATURES.replace("'", "''")}'

    EXEC sp_execute_external_script
        @language = N'Python',
        @script = N'
from sklearn.cluster import KMeans

columns = ["orderRatio", "itemsRatio", "monetaryRatio", "frequency"]
fitted = KMeans(n_clusters=clusters, n_init=10, random_state=42).fit(customers[columns])
print("clustered", len(customers), "customers")
OutputDataSet = customers.assign(cluster=fitted.labels_)
',
        @input_data_1 = @features,
        @input_data_1_name = N'customers',
        @params = N'@clusters int',
        @clusters = @clusters
    WITH RESULT SETS ((customer int, orderRatio float, itemsRatio float, monetaryRatio float,
                       frequency float, cluster int));
END;
GO
DROP TABLE IF EXISTS dbo.customer_return_clusters;
CREATE TABLE dbo.customer_return_clusters (
    customer int NOT NULL,
    orderRatio float,
    itemsRatio float,
    monetaryRatio float,
    frequency float,
    cluster int,
) ON [PRIMARY];
GO
INSERT INTO dbo.customer_return_clusters
EXEC dbo.segment_customers_by_returns;
GO
SELECT customer.c_email_address AS email
FROM dbo.customer AS customer
JOIN dbo.customer_return_clusters AS segment ON segment.customer = customer.c_customer_sk
WHERE segment.cluster = @target_cluster
ORDER BY email;
"""


def test_kmeans_in_a_procedure_stored_with_insert_exec_and_joined_with_customers(tmp_path, tpcds_file):
    path = tmp_path / "tpcxbb_1gb.duckdb"
    shutil.copy(tpcds_file, path)
    with sqlml.connect(f"duckdb:///{path}") as db:
        db.execute(ENABLE)
        results = db.execute(SEGMENTATION, {"target_cluster": 0})
        emails = frames(results)[-1]["email"].tolist()
        stored = db.query("SELECT customer, cluster FROM dbo.customer_return_clusters ORDER BY customer")
        customers = db.query("SELECT c_customer_sk, c_email_address FROM dbo.customer")
        features = db.query(RETURN_FEATURES)

    assert any(m.startswith("STDOUT message(s) from external script: \nclustered ") for m in messages(results))
    # Every customer who bought something has exactly one cluster, one of the four.
    assert stored["customer"].is_unique
    assert len(stored) == len(features) > 100
    assert sorted(stored["cluster"].unique()) == [0, 1, 2, 3]

    # The same model fitted in plain Python gives the same segments, and so the same e-mail list.
    from sklearn.cluster import KMeans
    columns = ["orderRatio", "itemsRatio", "monetaryRatio", "frequency"]
    labels = KMeans(n_clusters=4, n_init=10, random_state=42).fit(features[columns].astype(float)).labels_
    assert stored["cluster"].tolist() == labels.tolist()
    in_cluster = set(features.loc[labels == 0, "customer"])
    expected = sorted(customers.loc[customers["c_customer_sk"].isin(in_cluster), "c_email_address"].dropna())
    assert sorted(e for e in emails if isinstance(e, str)) == expected
    assert emails


def test_insert_exec_converts_like_sql_server_not_like_duckdb(db):
    db.execute("""
        CREATE TABLE dbo.landing (n int, label varchar(10));
        INSERT INTO dbo.landing
        EXEC sp_execute_external_script @language = N'Python',
            @script = N'OutputDataSet = pandas.DataFrame({"n": [2.7, -2.7], "label": [1, 2]})';
    """)
    assert db.query("SELECT n, label FROM dbo.landing ORDER BY n").values.tolist() == [[-2, "2"], [2, "1"]]
    with pytest.raises(TsqlError) as caught:
        db.execute("""INSERT INTO dbo.landing (n) EXEC sp_execute_external_script @language = N'Python',
                      @script = N'OutputDataSet = pandas.DataFrame({"n": ["seven"]})'""")
    assert caught.value.number == 245
    assert db.scalar("SELECT count(*) FROM dbo.landing") == 2
